import { readdirSync, readFileSync } from 'node:fs';
import type { Db, Queryable } from './db.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered SQL files `NNN_name.sql`, forward only, in order. */
export function loadMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d{3}_[a-z0-9_-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 3)),
      name: f.slice(4, -4),
      sql: readFileSync(new URL(f, migrationsDir), 'utf8'),
    }));
}

/**
 * Takes the schema lock until the end of the transaction (migrations, a restore) and makes sure the
 * table of applied migrations exists. A server that starts meanwhile waits.
 */
export async function vergrendelSchema(tx: Queryable): Promise<void> {
  await tx.query('select pg_advisory_xact_lock(727001)');
  // Under the lock: two processes creating it at once fail with a duplicate key in pg_type.
  await tx.exec(`create table if not exists schema_migraties (
    versie integer primary key,
    naam text not null,
    toegepast_op timestamptz not null default now()
  )`);
}

/**
 * Applies the migrations that have not run yet, each in its own transaction. An advisory lock
 * keeps two server processes from migrating the same PostgreSQL database at once.
 */
export async function migrate(db: Db, migrations = loadMigrations()): Promise<number> {
  return db.transaction(async (tx) => {
    await vergrendelSchema(tx);
    const done = new Set(
      (await tx.query<{ versie: number }>('select versie from schema_migraties')).rows.map((r) => r.versie),
    );
    let latest = Math.max(0, ...done);
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migraties (versie, naam) values ($1, $2)', [m.version, m.name]);
      latest = Math.max(latest, m.version);
    }
    return latest;
  });
}

export async function currentVersion(db: Db): Promise<number> {
  const r = await db.query<{ versie: number | null }>('select max(versie) as versie from schema_migraties');
  return r.rows[0]?.versie ?? 0;
}
