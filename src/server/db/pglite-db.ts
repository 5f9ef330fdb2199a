import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type Db, type Queryable, StartupError } from './db.ts';

function wrap(pg: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query(sql, params) {
      const r = await pg.query(sql, params as unknown[] | undefined);
      return { rows: r.rows as never[] };
    },
    async exec(sql) {
      await pg.exec(sql);
    },
    async kopieerBinair(doel, gegevens) {
      await pg.query(`copy ${doel} from '/dev/blob' with (format binary)`, [], { blob: new Blob([gegevens]) });
    },
  };
}

export function pgliteDb(pg: PGlite): Db {
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close(),
  };
}

/** Checks that the data folder can be created and written, with a clear message if not. */
export function ensureWritableDir(dir: string): void {
  const probe = path.join(dir, `.schrijftest-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'onbekende fout';
    throw new StartupError(
      `De datamap ${path.resolve(dir)} is niet schrijfbaar (${code}). Kies een andere map met DATA_DIR=/pad/naar/map.`,
    );
  }
}

/** Opens (or creates) the embedded database in DATA_DIR/pgdata. */
export async function openPgliteDb(dataDir: string): Promise<Db> {
  ensureWritableDir(dataDir);
  // A municipality's plan is small: 64 MB of shared buffers (PostgreSQL's default is 128 MB) keeps
  // the process well under 512 MiB, also during a national import of police figures (bench:import).
  const pg = await PGlite.create({ dataDir: path.join(dataDir, 'pgdata'), postgresqlconf: 'shared_buffers = 32MB' });
  return pgliteDb(pg);
}
