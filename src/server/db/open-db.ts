import { type Db, StartupError } from './db.ts';
import { migrate } from './migrate.ts';
import { openPgliteDb } from './pglite-db.ts';
import { openPostgresDb } from './postgres-db.ts';

export interface DbConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
  production?: boolean;
}

export interface OpenedDb {
  db: Db;
  /** True when this start created the installation (a fresh data folder or database). */
  fresh: boolean;
  modus: 'demo' | 'productie';
}

/** Opens the configured database and brings its schema up to date. */
export async function openDb(config: DbConfig, appVersion: string): Promise<OpenedDb> {
  const db = config.databaseUrl ? await openPostgresDb(config.databaseUrl) : await openPgliteDb(config.dataDir);
  try {
    await migrate(db);
    const wanted = config.production ? 'productie' : 'demo';
    const inserted = await db.query(
      'insert into installatie (kernplan_versie, modus) values ($1, $2) on conflict (id) do nothing returning id',
      [appVersion, wanted],
    );
    const { rows } = await db.query<{ modus: 'demo' | 'productie' }>('select modus from installatie');
    const modus = rows[0]?.modus ?? wanted;
    if (config.production && modus === 'demo') {
      throw new StartupError(
        'Deze database is in demomodus aangemaakt en bevat accounts met openbare wachtwoorden. Start de productie op een nieuwe DATA_DIR of database.',
      );
    }
    return { db, fresh: inserted.rows.length > 0, modus };
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
}
