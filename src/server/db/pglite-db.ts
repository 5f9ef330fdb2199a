import { createHash } from 'node:crypto';
import fs, { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, PGlite, type PGliteOptions, protocol, type Results } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { appVersion } from '../version.ts';
import { maakBackUp } from './back-up.ts';
import { type Db, planVerlopen, type Queryable, StartupError } from './db.ts';
import { type Kanaal, neemDatamap } from './pglite-kanaal.ts';

/**
 * Named prepared statements for PGlite. PGlite's query() sends six protocol messages into the
 * database per query (parse, describe, bind, describe, execute, sync), each a separate call into the
 * WebAssembly module. A parameterised query here is parsed and described once per database, then run
 * with one call (bind, describe, execute, sync): about a quarter of the time for the small queries
 * every request makes (measured with bench:load). Only up to MAX_PREPARED different texts get a name,
 * so SQL with values in it cannot fill the memory; the rest, and queries without parameters, go
 * through query() as before. The results are parsed by PGlite's own parser, with its serializers for
 * the parameters, so rows look exactly as query() gives them.
 */
const MAX_PREPARED = 500;
const ser = protocol.serialize;

interface Statement {
  name: string;
  types: number[];
}

interface Statements {
  byText: Map<string, Statement>;
  /** Texts whose prepared form failed where a fresh parse would not (a table changed under it). */
  never: Set<string>;
}

/** Per database (not per adapter): a second adapter on the same PGlite shares the names. */
const statementsOf = new WeakMap<PGlite, Statements>();

/** A turn of the event loop: sockets are read and written before this continues. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function preparedRunner(pg: PGlite) {
  let st = statementsOf.get(pg);
  if (!st) statementsOf.set(pg, (st = { byText: new Map(), never: new Set() }));
  const statements = st;

  /** Runs under PGlite's query mutex (the caller holds the transaction mutex, or is inside a transaction). */
  async function run(sql: string, params: unknown[]): Promise<Results> {
    if (pg.closed) throw new Error('PGlite is closed');
    try {
      let stmt = statements.byText.get(sql);
      if (!stmt) {
        const name = `kp_${createHash('sha1').update(sql).digest('base64url')}`;
        const described = await pg.execProtocolStream(concat([ser.parse({ name, text: sql }), ser.describe({ type: 'S', name }), ser.sync()]), { syncToFs: false });
        stmt = { name, types: parse.parseDescribeStatementResults(described) };
        statements.byText.set(sql, stmt);
      }
      const types = stmt.types;
      const values = params.map((p, i) => {
        if (p === null || p === undefined) return null;
        const serialize = pg.serializers[types[i]!];
        return serialize ? (serialize(p) as string) : String(p);
      });
      const messages = await pg.execProtocolStream(
        concat([ser.bind({ statement: stmt.name, values }), ser.describe({ type: 'P' }), ser.execute({}), ser.sync()]),
        { syncToFs: false },
      );
      return parse.parseResults(messages, pg.parsers)[0]!;
    } catch (err) {
      // As query() does: the error names the query and its parameters.
      if (err instanceof Error && 'code' in err) Object.assign(err, { query: sql, params });
      throw err;
    }
  }

  return {
    /** Whether this query runs prepared. */
    takes(sql: string, params: unknown[] | undefined): params is unknown[] {
      return !!params?.length && !statements.never.has(sql) && (statements.byText.has(sql) || statements.byText.size < MAX_PREPARED);
    },
    /** After an error: true when the query should be tried again unprepared (0A000: a table changed under the plan; 26000: the statement is gone). */
    retryUnprepared(sql: string, err: unknown): boolean {
      if (!planVerlopen(err)) return false;
      statements.byText.delete(sql);
      statements.never.add(sql);
      return true;
    },
    /** Outside a transaction: waits for running transactions, as query() does. */
    async query(sql: string, params: unknown[]): Promise<Results> {
      // PGlite runs in this thread and a query only ever waits for promises: without a turn of the
      // event loop first, the requests already inside could keep it busy for hundreds of milliseconds
      // at a time, and a request whose answer was waiting for the socket could wait for seconds
      // (measured: p99 2-3 s, max 8 s at 100 connections; with this turn: max under 0.5 s).
      await turn();
      const r = await pg._runExclusiveTransaction(() => pg._runExclusiveQuery(() => run(sql, params)));
      await pg.syncToFs();
      return r;
    },
    /** Inside pg.transaction (which holds the transaction mutex). */
    queryInTransaction: (sql: string, params: unknown[]): Promise<Results> => pg._runExclusiveQuery(() => run(sql, params)),
  };
}

function wrap(pg: Pick<PGlite, 'query' | 'exec'>, prepared: ReturnType<typeof preparedRunner>, inTransaction: boolean): Queryable {
  return {
    async query(sql, params) {
      const values = params as unknown[] | undefined;
      if (prepared.takes(sql, values)) {
        try {
          const r = await (inTransaction ? prepared.queryInTransaction(sql, values) : prepared.query(sql, values));
          return { rows: r.rows as never[] };
        } catch (err) {
          // Inside a transaction the error has aborted it: the caller sees it, the next try goes unprepared.
          const retry = prepared.retryUnprepared(sql, err);
          if (inTransaction || !retry) throw err;
        }
      }
      const r = await pg.query(sql, values);
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
  const prepared = preparedRunner(pg);
  return {
    kind: 'pglite',
    ...wrap(pg, prepared, false),
    transaction: (work) =>
      pg.transaction(async (tx) => {
        // One transaction hands the database to the next without the event loop in between; a turn here
        // lets waiting sockets be read and answered (see preparedRunner.query).
        await turn();
        return work(wrap(tx, prepared, true));
      }),
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
  // wal_init_zero = off: a new 16 MiB WAL segment is not filled with zeroes first. That fill took
  // 47-74 ms in one piece on the main thread during a national police import (bench:upload), longer
  // than any other write; PostgreSQL does not need it for correctness (only copy-on-write file
  // systems and preallocation differ), and a full disk still fails the commit, not the data.
  const opties: PGliteOptions = { postgresqlconf: 'shared_buffers = 32MB\nwal_init_zero = off' };
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
