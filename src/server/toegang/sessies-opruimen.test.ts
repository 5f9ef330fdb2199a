/**
 * Ended sessions are removed by the server's timer, also when nobody shows their cookie again; live
 * sessions stay. On the embedded PGlite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { seedDemo } from '../demo/demo.ts';
import { ABSOLUTE_TIMEOUT_MS, createSession, findSession, IDLE_TIMEOUT_MS, ruimVerlopenSessiesOp } from './session.ts';

describe.each(dbKinds)('verlopen sessies opruimen op %s', (kind) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
  }, 180_000);
  afterAll(async () => {
    await testDb.drop();
  });

  it('verwijdert sessies die te lang stil waren of te oud zijn, en laat lopende sessies staan', async () => {
    const db = testDb.db;
    const { rows } = await db.query<{ id: string }>(`select id from gebruikers where email = 'coordinator@demo.kernplan.nl'`);
    const gebruiker = rows[0]!.id;
    const nu = new Date();
    const lopend = await createSession(db, gebruiker, true);
    const stil = await createSession(db, gebruiker, true);
    const oud = await createSession(db, gebruiker, true);
    const zet = (token: string, kolom: 'laatst_actief_op' | 'aangemaakt_op', waarde: Date) =>
      db.query(`update sessies set ${kolom} = $2 where id_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`, [token, waarde]);
    await zet(stil.token, 'laatst_actief_op', new Date(nu.getTime() - IDLE_TIMEOUT_MS - 60_000));
    await zet(oud.token, 'aangemaakt_op', new Date(nu.getTime() - ABSOLUTE_TIMEOUT_MS - 60_000));
    const voor = (await db.query<{ n: number }>('select count(*)::int as n from sessies')).rows[0]!.n;

    expect(await ruimVerlopenSessiesOp(db, nu)).toBe(2);
    expect((await db.query<{ n: number }>('select count(*)::int as n from sessies')).rows[0]!.n).toBe(voor - 2);
    expect(await findSession(db, lopend.token, nu)).not.toBeNull();
    expect(await findSession(db, stil.token, nu)).toBeNull();
    expect(await ruimVerlopenSessiesOp(db, nu)).toBe(0);
  });
});
