import fs, { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { appVersion } from '../version.ts';
import { maakBackUp } from './back-up.ts';
import { type Db, type Queryable, StartupError } from './db.ts';
import { type Kanaal, neemDatamap } from './pglite-kanaal.ts';

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

/**
 * PGLITE_FSYNC: 'aan' (standard) makes every commit durable: PostgreSQL's fsync is on and reaches the
 * disk. 'uit' runs as PGlite does by itself: a commit survives a crash of the process, but not
 * necessarily a power loss or a crash of the operating system (see ADR 0014).
 */
export function leesFsync(env: NodeJS.ProcessEnv = process.env): boolean {
  const waarde = env.PGLITE_FSYNC?.trim().toLowerCase() || 'aan';
  if (['aan', 'on', 'true', '1', 'ja'].includes(waarde)) return true;
  if (['uit', 'off', 'false', '0', 'nee'].includes(waarde)) return false;
  throw new StartupError(`PGLITE_FSYNC moet 'aan' of 'uit' zijn, niet '${env.PGLITE_FSYNC}'.`);
}

let fsyncs = 0;
/** How many fsync calls the embedded databases of this process made (for the tests). */
export function aantalFsyncs(): number {
  return fsyncs;
}

interface EmscriptenStream {
  nfd: number;
  node: { mode: number };
}
interface EmscriptenFs {
  isDir(mode: number): boolean;
  ErrnoError: new (errno: number) => Error;
}
interface NodeFsModule {
  FS: EmscriptenFs;
  NODEFS: { stream_ops: { fsync?: (stream: EmscriptenStream) => number } };
}

/**
 * PGlite's NodeFS writes straight to the files but has no fsync: Emscripten's fsync() returns without
 * doing anything, and PGlite starts PostgreSQL with -F (fsync off). This file system passes fsync on
 * to the operating system, so that together with fsync on and wal_sync_method = fsync a commit is
 * on disk before PGlite answers, and a checkpoint has synced the data files before it recycles WAL.
 */
class DuurzameNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...preRun,
      (mod: unknown) => {
        const { FS, NODEFS } = mod as NodeFsModule;
        NODEFS.stream_ops.fsync = (stream) => {
          try {
            fs.fsyncSync(stream.nfd);
            fsyncs++;
          } catch (err) {
            // Some platforms cannot fsync a directory; PostgreSQL ignores that too.
            if (FS.isDir(stream.node.mode)) return 0;
            console.warn(`fsync mislukt: ${(err as Error).message}`);
            throw new FS.ErrnoError(29); // EIO: PostgreSQL stops rather than lose a commit silently.
          }
          return 0;
        };
      },
    ];
    return result;
  }
}

/** PGlite options for a data folder: durable (fsync) unless PGLITE_FSYNC=uit. */
export function pgliteOpties(pgdata: string, fsync: boolean): PGliteOptions {
  // A municipality's plan is small: 32 MB of shared buffers (PostgreSQL's default is 128 MB) keeps
  // the process well under 512 MiB, also during a national import of police figures (bench:import).
  const opties: PGliteOptions = { postgresqlconf: 'shared_buffers = 32MB' };
  if (!fsync) return { ...opties, dataDir: pgdata };
  return {
    ...opties,
    fs: new DuurzameNodeFS(pgdata),
    // Emscripten's fdatasync() does nothing; fsync() reaches DuurzameNodeFS.
    startParams: [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'],
  };
}

/**
 * Opens (or creates) the embedded database in DATA_DIR/pgdata. The process takes the folder (a
 * local socket, see pglite-kanaal.ts): a second process gets a clear StartupError instead of damaging
 * the files, and `kernplan backup` gets a consistent back-up from this process over that socket.
 */
export async function openPgliteDb(dataDir: string, opties: { fsync?: boolean } = {}): Promise<Db> {
  ensureWritableDir(dataDir);
  const fsync = opties.fsync ?? leesFsync();
  let kanaal: Kanaal | null = null;
  try {
    kanaal = await neemDatamap(dataDir);
  } catch (err) {
    if (err instanceof StartupError) throw err;
    // A file system without sockets: run as before, without the lock; a back-up then needs a stop.
    console.warn(`Kernplan kan geen beheerkanaal openen in ${path.resolve(dataDir)} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); stop Kernplan voor een back-up.`);
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create(pgliteOpties(path.join(dataDir, 'pgdata'), fsync));
  } catch (err) {
    await kanaal?.close();
    throw err;
  }
  const db = pgliteDb(pg);
  kanaal?.bedien(async () => (await maakBackUp(db, appVersion)).bestand);
  return {
    ...db,
    async close() {
      await kanaal?.close();
      await db.close();
    },
  };
}
