/**
 * Test set-up around the demo installation: a signed-in account that is member of nothing (to test
 * the 404 of a non-member), and the demo's members in the same roles in a workspace a test made.
 */
import type { Queryable } from '../../src/server/db/db.ts';
import type { KernplanApp } from '../../src/server/app.ts';
import { Client } from './session-client.ts';

/** A new account 'buiten@voorbeeld.nl' in a demo organisation, member of no workspace, signed in. */
export async function buitenstaander(db: Queryable, app: KernplanApp): Promise<Client> {
  const { rows } = await db.query<{ organisatie_id: string; wachtwoord_hash: string }>('select organisatie_id, wachtwoord_hash from gebruikers limit 1');
  await db.query(`insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash) values ('buiten@voorbeeld.nl', 'Buiten Staander', $1, $2)`, [rows[0]!.organisatie_id, rows[0]!.wachtwoord_hash]);
  return Client.signIn(app, 'buiten@voorbeeld.nl');
}

/** The members of the demo IVP (except its coordinator) join `werkruimteId` in the same roles and clearance. */
export async function demoLedenIn(db: Queryable, werkruimteId: string): Promise<void> {
  const { rows } = await db.query<{ gebruiker_id: string; rol: string; vertrouwelijk_toegang: boolean }>(
    "select l.gebruiker_id, l.rol, l.vertrouwelijk_toegang from leden l join werkruimtes w on w.id = l.werkruimte_id where w.cbs_code = 'GM9999' and w.soort = 'ivp' and l.rol <> 'coordinator'",
  );
  for (const l of rows) {
    await db.query('insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang) values ($1, $2, $3, $4) on conflict do nothing', [werkruimteId, l.gebruiker_id, l.rol, l.vertrouwelijk_toegang]);
  }
}
