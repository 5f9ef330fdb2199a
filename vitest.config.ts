import { defineConfig } from 'vitest/config';
import { kiesNodeArgs, NODE_ARGS_ENV } from './tests/support/node-args.ts';
import { TijdSequencer } from './tests/support/volgorde.ts';

// Node options of the test workers and of the Node processes the tests start (see node-args.ts).
process.env[NODE_ARGS_ENV] ??= kiesNodeArgs().join(' ');
const nodeArgs = process.env[NODE_ARGS_ENV].split(' ').filter(Boolean);

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    execArgv: nodeArgs,
    // Much of the test time is waiting on server processes, PostgreSQL and Chromium: three files at a
    // time keep two cores busy, where two files left one of them idle in every such wait.
    maxWorkers: 3,
    // The slowest files first, so that no long file starts last (tests/support/volgorde.ts).
    sequence: { sequencer: TijdSequencer },
  },
});
