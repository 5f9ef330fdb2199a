/**
 * Demo mode: one account per role with a published password, shown on the sign-in page, and a
 * workspace to try things in. Only ever on a data folder created in demo mode.
 */
import type { Rol } from '../../domain/toegang/rollen.ts';
import { hashPassword } from '../toegang/password.ts';
import type { Db, Queryable } from '../db/db.ts';
import { createWorkspace } from '../werkruimte/opslag.ts';
import { laadWerkruimte, legBesluitVast } from '../cyclus/stand.ts';
import { demoPlan } from './demo-plan.ts';
import { seedDemoMonitoring } from './demo-monitoring.ts';
import { demoProject, demoProjectNaam } from './demo-project.ts';
import { volledigeAnalyse } from '../../domain/cyclus/stand.ts';
import { seedDemoOpenbaar } from './demo-openbaar.ts';

export const DEMO_PASSWORD = 'Kernplan-demo-2026';

export const demoAccounts: { email: string; naam: string; rol: Rol; organisatie: string; vertrouwelijk: boolean }[] = [
  { email: 'coordinator@demo.kernplan.nl', naam: 'Carla Coördinator', rol: 'coordinator', organisatie: 'Gemeente Dijkstede', vertrouwelijk: true },
  { email: 'redacteur@demo.kernplan.nl', naam: 'Ruben Redacteur', rol: 'redacteur', organisatie: 'Gemeente Dijkstede', vertrouwelijk: false },
  { email: 'partner@demo.kernplan.nl', naam: 'Priya Partner', rol: 'partner', organisatie: 'Politie basisteam Dijkstede', vertrouwelijk: true },
  { email: 'beslisser@demo.kernplan.nl', naam: 'Bart Burgemeester', rol: 'beslisser', organisatie: 'Gemeente Dijkstede', vertrouwelijk: true },
  { email: 'raad@demo.kernplan.nl', naam: 'Rosa Raadslid', rol: 'raad', organisatie: 'Gemeenteraad Dijkstede', vertrouwelijk: false },
  { email: 'raadslid2@demo.kernplan.nl', naam: 'Sanne de Vries', rol: 'raad', organisatie: 'Gemeenteraad Dijkstede', vertrouwelijk: false },
  { email: 'raadslid3@demo.kernplan.nl', naam: 'Jeroen Bakker', rol: 'raad', organisatie: 'Gemeenteraad Dijkstede', vertrouwelijk: false },
  { email: 'lezer@demo.kernplan.nl', naam: 'Lars Lezer', rol: 'lezer', organisatie: 'GGD IJsselland', vertrouwelijk: false },
  { email: 'auditor@demo.kernplan.nl', naam: 'Anouk Auditor', rol: 'auditor', organisatie: 'Rekenkamer Dijkstede', vertrouwelijk: false },
];

const organisaties: Record<string, string> = {
  'Gemeente Dijkstede': 'gemeente',
  'Politie basisteam Dijkstede': 'politie',
  'Gemeenteraad Dijkstede': 'gemeente',
  'GGD IJsselland': 'zorg',
  'Rekenkamer Dijkstede': 'rekenkamer',
};

/**
 * Later accounts of a role that has one already: the two extra council members (issue 15, a
 * prioritisation round with three council members). The first account of a role is that role's demo
 * user (`userIds`); these are members of the IVP workspace only.
 */
const extraAccounts = demoAccounts.filter((a, i) => demoAccounts.findIndex((b) => b.rol === a.rol) !== i);

/** Dijkstede is fictional; GM9999 is not a CBS code, so it can never be mistaken for a real municipality. */
export const DEMO_GEMEENTECODE = 'GM9999';

/** The worked example: analysis, priorities, IVP and the first uitvoeringsplan, with decisions on them. */
async function seedPlan(tx: Queryable, werkruimteId: string, coordinatorId: string): Promise<void> {
  for (const s of demoPlan.secties) {
    await tx.query('update secties set tekst = $3, analyse_inhoud = $4, versie = versie + 1, bijgewerkt_op = now() where werkruimte_id = $1 and sleutel = $2', [
      werkruimteId,
      s.sleutel,
      s.tekst,
      JSON.stringify(volledigeAnalyse(s.analyse)),
    ]);
  }
  const delen: [string, unknown][] = [
    ['proces', demoPlan.proces],
    ['startnotitie', demoPlan.startnotitie],
    ['prioriteiten', demoPlan.prioriteiten],
    ['overige-themas', demoPlan.overigeGroepen],
    ['prioriteringssessie', demoPlan.prioriteringssessie],
    ['ivp', demoPlan.ivp],
    [`uitvoeringsplan-${demoPlan.uitvoeringsplan.jaar}`, demoPlan.uitvoeringsplan],
  ];
  for (const [sleutel, inhoud] of delen) {
    await tx.query('insert into cyclusdelen (werkruimte_id, sleutel, inhoud, versie, bijgewerkt_door) values ($1, $2, $3, 1, $4)', [
      werkruimteId,
      sleutel,
      JSON.stringify(inhoud),
      coordinatorId,
    ]);
  }
}

/**
 * The decisions on the demo's documents. After the indicators are seeded: the IVP the council
 * adopts holds its effect indicators and targets (chapter 4 and the annex, issue 15).
 */
async function seedBesluiten(tx: Queryable, werkruimteId: string, coordinatorId: string): Promise<void> {
  const w = (await laadWerkruimte(tx, werkruimteId))!;
  const jaar = demoPlan.uitvoeringsplan.jaar;
  const besluiten: Parameters<typeof legBesluitVast>[3][] = [
    { document: 'startnotitie', jaar: null, soort: 'vastgesteld', orgaan: 'College', datum: '2026-02-17', toelichting: 'Vastgesteld na bespreking in het MT.' },
    { document: 'veiligheidsanalyse', jaar: null, soort: 'besproken', orgaan: 'College', datum: '2026-05-19', toelichting: 'Ter kennisname; basis voor de prioritering.' },
    { document: 'ivp', jaar: null, soort: 'besproken', orgaan: 'Driehoek', datum: '2026-09-08', toelichting: 'Driehoek stemt in met de prioriteiten.' },
    { document: 'ivp', jaar: null, soort: 'besproken', orgaan: 'College', datum: '2026-10-06', toelichting: 'Aangeboden aan de Raad.' },
    { document: 'ivp', jaar: null, soort: 'vastgesteld', orgaan: 'Raad', datum: '2026-11-12', toelichting: 'Raadsbesluit; amendement over de begroting verwerkt.' },
    { document: 'uitvoeringsplan', jaar, soort: 'besproken', orgaan: 'MT', datum: '2026-11-17', toelichting: 'Capaciteit per afdeling afgestemd.' },
  ];
  for (const b of besluiten) await legBesluitVast(tx, w, coordinatorId, b);
}

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
      if (extraAccounts.includes(a)) continue;
      const { rows } = await tx.query<{ id: string }>(
        'insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash) values ($1, $2, $3, $4) returning id',
        [a.email, a.naam, orgIds.get(a.organisatie), hash],
      );
      userIds.set(a.rol, rows[0]!.id);
    }
    const werkruimteId = await createWorkspace(
      tx,
      { soort: 'ivp', naam: 'Integraal Veiligheidsplan Dijkstede 2027-2030', gemeentecode: DEMO_GEMEENTECODE, periodeStart: 2027, periodeEinde: 2030 },
      userIds.get('coordinator')!,
      { gemeentenaam: 'Dijkstede' },
    );
    for (const a of demoAccounts) {
      if (extraAccounts.includes(a)) continue;
      if (a.rol === 'coordinator') continue;
      await tx.query('insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang) values ($1, $2, $3, $4)', [
        werkruimteId,
        userIds.get(a.rol),
        a.rol,
        a.vertrouwelijk,
      ]);
    }
    for (const a of extraAccounts) {
      const { rows } = await tx.query<{ id: string }>('insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash) values ($1, $2, $3, $4) returning id', [
        a.email,
        a.naam,
        orgIds.get(a.organisatie),
        hash,
      ]);
      await tx.query('insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang) values ($1, $2, $3, $4)', [werkruimteId, rows[0]!.id, a.rol, a.vertrouwelijk]);
    }
    const politie = orgIds.get('Politie basisteam Dijkstede');
    await tx.query(`update secties set toegewezen_organisatie_id = $2 where werkruimte_id = $1 and sleutel in ('thema-1.3', 'thema-5.2')`, [werkruimteId, politie]);
    await tx.query(`update secties set vertrouwelijk = true where werkruimte_id = $1 and sleutel = 'thema-5.2'`, [werkruimteId]);
    await seedPlan(tx, werkruimteId, userIds.get('coordinator')!);
    await seedDemoMonitoring(tx, werkruimteId, userIds, demoPlan.uitvoeringsplan);
    await seedBesluiten(tx, werkruimteId, userIds.get('coordinator')!);
    await seedDemoOpenbaar(tx, werkruimteId, userIds.get('coordinator')!);
    await (await import('./demo-afspraken.ts')).seedDemoAfspraken(tx, werkruimteId, userIds);
    await (await import('./demo-evaluatie.ts')).seedDemoEvaluatie(tx, werkruimteId, userIds);
    const projectId = await createWorkspace(
      tx,
      { soort: 'project', naam: demoProjectNaam, gemeentecode: DEMO_GEMEENTECODE, periodeStart: 2027, periodeEinde: 2028 },
      userIds.get('coordinator')!,
      { gemeentenaam: 'Dijkstede' },
    );
    for (const a of demoAccounts) {
      if (extraAccounts.includes(a)) continue;
      if (a.rol === 'coordinator') continue;
      await tx.query('insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang) values ($1, $2, $3, $4)', [projectId, userIds.get(a.rol), a.rol, a.vertrouwelijk]);
    }
    await tx.query('insert into cyclusdelen (werkruimte_id, sleutel, inhoud, versie, bijgewerkt_door) values ($1, $2, $3, 1, $4)', [
      projectId,
      'project',
      JSON.stringify(demoProject(werkruimteId)),
      userIds.get('coordinator'),
    ]);
    await tx.query(`update installatie set modus = 'demo'`);
  });
}
