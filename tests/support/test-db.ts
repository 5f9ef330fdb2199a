/**
 * Fresh databases for server tests: PGlite cloned from a migrated template (one template per
 * worker), and, when DATABASE_URL is set, a new database on that PostgreSQL server per test file.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Db } from '../../src/server/db/db.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { pgliteDb } from '../../src/server/db/pglite-db.ts';
import { openPostgresDb } from '../../src/server/db/postgres-db.ts';
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
    const pgl = await PGlite.create();
    await migrate(pgliteDb(pgl));
    const dump = await pgl.dumpDataDir('none');
    await pgl.close();
    return dump;
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
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgresDb(url.toString());
  await migrate(db);
  return {
    db,
    async drop() {
      await db.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
