/**
 * The order of the test files: the longest first. With two workers a long file that starts last
 * makes the whole run wait for it; started first, the short ones fill up the other worker meanwhile.
 * A file's duration is the larger of the estimate below (seconds measured in a whole run on the
 * 2-core reference machine; only their order matters; an unknown file gets one by its folder) and
 * Vitest's cache of the previous run (node_modules/.vite; none in a fresh clone, as in CI). The
 * cache alone can mislead: a run of a single test of a file stores that short time.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const geschat: Record<string, number> = {
  'tests/backup.test.ts': 108,
  'tests/cli.test.ts': 52,
  'tests/e2e/beleidscyclus.test.ts': 52,
  'tests/gelijktijdig-schrijven.test.ts': 47,
  'tests/live-sessie.test.ts': 47,
  'src/server/rollenmatrix.test.ts': 33,
  'src/server/toegang/aanmelden-beperking.test.ts': 32,
  'tests/aanmeldbeperking.test.ts': 29,
  'src/server/politie/lange-regel.test.ts': 27,
  'tests/e2e/samenwerken.test.ts': 26,
  'tests/e2e/politiecijfers.test.ts': 25,
  'tests/realtime.test.ts': 25,
  'src/server/samenwerken.test.ts': 23,
  'tests/durability.test.ts': 21,
  'tests/e2e/sturing.test.ts': 20,
  'tests/e2e/sturing-beheer.test.ts': 18,
  'src/server/vertrouwelijk.test.ts': 17,
  'src/server/cyclus/cyclus.test.ts': 16,
  'tests/import-police.test.ts': 15,
};

function schatting(relatief: string): number {
  const bekend = geschat[relatief];
  if (bekend !== undefined) return bekend;
  if (relatief.startsWith('tests/e2e/')) return 30;
  if (relatief.startsWith('tests/')) return 20;
  if (relatief.startsWith('src/server/')) return 10;
  return 1;
}

export class TijdSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const duur = (spec: TestSpecification): number => {
      const relatief = path.relative(this.ctx.config.root, spec.moduleId).split(path.sep).join('/');
      const vorige = this.ctx.cache.getFileTestResults(`${spec.project.name}:${relatief}`);
      return Math.max(schatting(relatief), (vorige?.duration ?? 0) / 1000);
    };
    return [...files].sort((a, b) => duur(b) - duur(a));
  }
}
