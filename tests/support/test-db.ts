/**
 * Fresh databases for server tests: PGlite loaded from a migrated template, and, when DATABASE_URL is
 * set, a new database on that PostgreSQL server per call, cloned from a migrated template database.
 * The templates are made once per run by global setup (support/sjablonen.ts); without it, the PGlite
 * template is made once per test file and every PostgreSQL database is migrated.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { Db } from '../../src/server/db/db.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { pgliteDb } from '../../src/server/db/pglite-db.ts';
import { openPostgresDb } from '../../src/server/db/postgres-db.ts';
import { databaseUrl, maakPgDatabase, pgliteDump, verwijderPgDatabase } from './sjablonen.ts';
import { vereist } from './vereist.ts';

export type DbKind = Db['kind'];

/**
 * The database kinds this run tests against: always PGlite, PostgreSQL too when DATABASE_URL is set.
 * In CI a missing DATABASE_URL fails the test file instead of testing PGlite only.
 */
export const dbKinds: DbKind[] = vereist('DATABASE_URL') ? ['pglite', 'postgresql'] : ['pglite'];

let template: Promise<Blob> | undefined;

async function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const dump = await pgliteDump();
    if (dump) return dump;
    const pgl = await PGlite.create();
    await migrate(pgliteDb(pgl));
    const made = await pgl.dumpDataDir('none');
    await pgl.close();
    return made;
  })();
  return template;
}

export interface TestDb {
  db: Db;
  drop(): Promise<void>;
}

export async function createTestDb(kind: DbKind): Promise<TestDb> {
  if (kind === 'pglite') {
    const pgl = await PGlite.create({ loadDataDir: await migratedTemplate() });
    const db = pgliteDb(pgl);
    return { db, drop: () => db.close() };
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL ontbreekt voor een PostgreSQL-test');
  const name = `kernplan_test_${randomBytes(6).toString('hex')}`;
  await maakPgDatabase(name, 'leeg');
  const db = await openPostgresDb(databaseUrl(adminUrl, name));
  // A clone of the template is migrated already; migrate() then only checks the schema version.
  await migrate(db);
  return {
    db,
    async drop() {
      await db.close();
      await verwijderPgDatabase(name);
    },
  };
}
