/**
 * Demo mode: one account per role with a published password, shown on the sign-in page, and a
 * workspace to try things in. Only ever on a data folder created in demo mode.
 */
import type { Rol } from '../domain/toegang/rollen.ts';
import { hashPassword } from './auth/password.ts';
import type { Db } from './db/db.ts';
import { createWorkspace } from './api/werkruimtes-routes.ts';

export const DEMO_PASSWORD = 'Kernplan-demo-2026';

export const demoAccounts: { email: string; naam: string; rol: Rol; organisatie: string; vertrouwelijk: boolean }[] = [
  { email: 'coordinator@demo.kernplan.nl', naam: 'Carla Coördinator', rol: 'coordinator', organisatie: 'Gemeente Zwolle', vertrouwelijk: true },
  { email: 'redacteur@demo.kernplan.nl', naam: 'Ruben Redacteur', rol: 'redacteur', organisatie: 'Gemeente Zwolle', vertrouwelijk: false },
  { email: 'partner@demo.kernplan.nl', naam: 'Priya Partner', rol: 'partner', organisatie: 'Politie basisteam Zwolle', vertrouwelijk: true },
  { email: 'beslisser@demo.kernplan.nl', naam: 'Bart Burgemeester', rol: 'beslisser', organisatie: 'Gemeente Zwolle', vertrouwelijk: true },
  { email: 'raad@demo.kernplan.nl', naam: 'Rosa Raadslid', rol: 'raad', organisatie: 'Gemeenteraad Zwolle', vertrouwelijk: false },
  { email: 'lezer@demo.kernplan.nl', naam: 'Lars Lezer', rol: 'lezer', organisatie: 'GGD IJsselland', vertrouwelijk: false },
];

const organisaties: Record<string, string> = {
  'Gemeente Zwolle': 'gemeente',
  'Politie basisteam Zwolle': 'politie',
  'Gemeenteraad Zwolle': 'gemeente',
  'GGD IJsselland': 'zorg',
};

export async function seedDemo(db: Db): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const orgIds = new Map<string, string>();
    for (const [naam, soort] of Object.entries(organisaties)) {
      const { rows } = await tx.query<{ id: string }>('insert into organisaties (naam, soort) values ($1, $2) returning id', [naam, soort]);
      orgIds.set(naam, rows[0]!.id);
    }
    const userIds = new Map<Rol, string>();
    for (const a of demoAccounts) {
      const { rows } = await tx.query<{ id: string }>(
        'insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash) values ($1, $2, $3, $4) returning id',
        [a.email, a.naam, orgIds.get(a.organisatie), hash],
      );
      userIds.set(a.rol, rows[0]!.id);
    }
    const werkruimteId = await createWorkspace(
      tx,
      { soort: 'ivp', naam: 'Integraal Veiligheidsplan Zwolle 2027-2030', gemeentecode: 'GM0193', periodeStart: 2027, periodeEinde: 2030 },
      userIds.get('coordinator')!,
    );
    for (const a of demoAccounts) {
      if (a.rol === 'coordinator') continue;
      await tx.query('insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang) values ($1, $2, $3, $4)', [
        werkruimteId,
        userIds.get(a.rol),
        a.rol,
        a.vertrouwelijk,
      ]);
    }
    const politie = orgIds.get('Politie basisteam Zwolle');
    await tx.query(`update secties set toegewezen_organisatie_id = $2 where werkruimte_id = $1 and sleutel in ('thema-1.3', 'thema-5.2')`, [werkruimteId, politie]);
    await tx.query(`update secties set vertrouwelijk = true where werkruimte_id = $1 and sleutel = 'thema-5.2'`, [werkruimteId]);
    await tx.query(`update secties set tekst = $2, versie = versie + 1 where werkruimte_id = $1 and sleutel = 'thema-1.3'`, [
      werkruimteId,
      'De politie registreerde in 2023 minder woninginbraken dan in 2019. Fietsendiefstal rond het station blijft hoog. ' +
        'Aanvulling van het basisteam volgt na de cijferanalyse.',
    ]);
    await tx.query(`update installatie set modus = 'demo'`);
  });
}
