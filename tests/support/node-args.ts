/**
 * Node options for the Node processes of the tests (test workers, server processes, `kernplan`
 * commands). `--liftoff-only` keeps V8 on its baseline compiler for WebAssembly: PGlite is a large
 * WebAssembly module, and the optimising compiler spends seconds of CPU per process on functions of
 * a start that runs once; the tests start dozens of such processes on two cores. It changes how fast
 * the code runs, not what it does. vitest.config.ts checks that this Node knows the flag and passes
 * the list on in KERNPLAN_TEST_NODE_ARGS (empty: none).
 */
import { spawnSync } from 'node:child_process';

export const NODE_ARGS_ENV = 'KERNPLAN_TEST_NODE_ARGS';

/** The options that this Node accepts, out of the wanted ones (checked by starting Node once). */
export function kiesNodeArgs(gewenst: string[] = ['--liftoff-only']): string[] {
  return gewenst.filter((arg) => spawnSync(process.execPath, [arg, '-e', ''], { stdio: 'ignore' }).status === 0);
}

/** The options for a Node child process of a test: `spawn(process.execPath, [...nodeArgs(), script])`. */
export function nodeArgs(): string[] {
  return (process.env[NODE_ARGS_ENV] ?? '').split(' ').filter(Boolean);
}
