import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Db, planVerlopen, type Queryable, StartupError } from './db.ts';

function describeTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(ongeldige URL)';
  }
}

/**
 * Connections per server process. A connection runs one query at a time; PostgreSQL on 2 cores runs
 * at most 2 at once, and connections beyond a few per core only queue inside PostgreSQL and cost it
 * memory (a backend each). 8 per process leaves room for connections waiting on the network or on a
 * transaction of the app, and two processes stay at 16. On the reference machine (2 cores, shared
 * with Kernplan itself) bench:load could not tell 4, 8, 16 and 32 apart at 100 concurrent requests;
 * the old 10 was no better. PG_POOL_MAX sets it for a larger database server.
 */
export function poolGrootte(env: NodeJS.ProcessEnv = process.env): number {
  const waarde = env.PG_POOL_MAX?.trim();
  if (!waarde) return 8;
  const n = Number(waarde);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new StartupError(`PG_POOL_MAX moet een geheel getal van 1 tot en met 1000 zijn, niet '${env.PG_POOL_MAX}'.`);
  return n;
}

/**
 * Named prepared statements: a parameterised query is parsed and planned once per connection and then
 * only bound and executed, which saves PostgreSQL most of the work of the small, frequent queries
 * (the session check of every request, a member, a section). The name is a hash of the text. Only up
 * to MAX_PREPARED different texts get a name, so SQL built with values in it (which should not exist)
 * cannot fill the server's memory; the rest runs as before.
 */
const MAX_PREPARED = 500;

export class PreparedStatements {
  private readonly namen = new Map<string, string>();
  /** Texts whose prepared form failed in a way a fresh parse does not (a changed table under a cached plan). */
  private readonly nooit = new Set<string>();

  naam(sql: string): string | undefined {
    if (this.nooit.has(sql)) return undefined;
    let naam = this.namen.get(sql);
    if (!naam && this.namen.size < MAX_PREPARED) {
      naam = `kp_${createHash('sha1').update(sql).digest('base64url')}`;
      this.namen.set(sql, naam);
    }
    return naam;
  }

  /** After an error of a prepared query: true when the query should be tried once more, unprepared. */
  opnieuwZonder(sql: string, err: unknown): boolean {
    if (!planVerlopen(err)) return false;
    this.nooit.add(sql);
    this.namen.delete(sql);
    return true;
  }
}

/** Connects to a PostgreSQL server and checks the connection once, with a clear message if it fails. */
export async function openPostgresDb(url: string): Promise<Db> {
  let pool: pg.Pool;
  const max = poolGrootte();
  try {
    pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  } catch (err) {
    throw new StartupError(`DATABASE_URL is geen geldige PostgreSQL-URL: ${(err as Error).message}`);
  }
  // An idle client that loses its server must not crash the process.
  pool.on('error', (err) => console.warn(`PostgreSQL-verbinding verbroken: ${err.message}`));
  try {
    await pool.query('select 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    const e = err as NodeJS.ErrnoException;
    throw new StartupError(
      `Kan geen verbinding maken met de PostgreSQL-server uit DATABASE_URL (${describeTarget(url)}): ${e.code ?? e.message}.`,
    );
  }
  const prepared = new PreparedStatements();
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query(sql, params) {
      const values = params as unknown[] | undefined;
      const name = values?.length ? prepared.naam(sql) : undefined;
      if (!name) return { rows: (await c.query(sql, values)).rows };
      try {
        return { rows: (await c.query({ name, text: sql, values })).rows };
      } catch (err) {
        // Inside a transaction the error has aborted it: the caller sees the error, the next try goes unprepared.
        if (!prepared.opnieuwZonder(sql, err) || !(c instanceof pg.Pool)) throw err;
        return { rows: (await c.query(sql, values)).rows };
      }
    },
    async exec(sql) {
      await c.query(sql);
    },
    async kopieerBinair(doel, gegevens) {
      const client = c instanceof pg.Pool ? await c.connect() : c;
      try {
        await pipeline(Readable.from([gegevens]), client.query(copyFrom(`copy ${doel} from stdin with (format binary)`)));
      } finally {
        if (c instanceof pg.Pool) (client as pg.PoolClient).release();
      }
    },
  });
  return {
    kind: 'postgresql',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(wrap(client));
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
