import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Db, type Queryable, StartupError } from './db.ts';

function describeTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(ongeldige URL)';
  }
}

/** Connects to a PostgreSQL server and checks the connection once, with a clear message if it fails. */
export async function openPostgresDb(url: string): Promise<Db> {
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
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
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query(sql, params) {
      const r = await c.query(sql, params as unknown[] | undefined);
      return { rows: r.rows };
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
