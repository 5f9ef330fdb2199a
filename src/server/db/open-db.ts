import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openPgliteDb } from './pglite-db.ts';
import { openPostgresDb } from './postgres-db.ts';

export interface DbConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
}

/** Opens the configured database and brings its schema up to date. */
export async function openDb(config: DbConfig, appVersion: string): Promise<Db> {
  const db = config.databaseUrl ? await openPostgresDb(config.databaseUrl) : await openPgliteDb(config.dataDir);
  try {
    await migrate(db);
    await db.query(
      'insert into installatie (kernplan_versie) values ($1) on conflict (id) do nothing',
      [appVersion],
    );
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}
