/**
 * Step 6 of the worked example (Dijkstede, fictional): effect indicators per priority with a
 * reference in 2024, targets up to 2030 and three years of measurements (2025-2027); owners and
 * progress on the measures of 2027; the schedule and first minutes of the progress meeting; and a
 * first quarterly report. All figures are invented.
 */
import { type Uitvoeringsplan, volledigeMaatregel } from '../../domain/cyclus/inhoud.ts';
import type { Indicator } from '../../domain/monitoring/typen.ts';
import type { Monitoring } from '../../domain/monitoring/voortgang.ts';
import type { Rol } from '../../domain/toegang/rollen.ts';
import type { Queryable } from '../db/db.ts';

type DemoIndicator = Omit<Indicator, 'id' | 'eigenaarId'> & { eigenaar: Rol };

const m = (periode: string, waarde: number, toelichting = '') => ({ periode, waarde, toelichting });

export const demoIndicatoren: DemoIndicator[] = [
  {
    naam: 'Signalen van ondermijning ingebracht bij het RIEC',
    prioriteitId: 'p1',
    themaId: null,
    bron: 'gemeente',
    bronToelichting: 'RIEC, casusregistratie',
    aard: 'objectief',
    eenheid: 'aantal',
    richting: 'hoger-is-beter',
    referentiejaar: 2024,
    referentiewaarde: 5,
    streefwaarden: [
      { jaar: 2027, waarde: 8 },
      { jaar: 2030, waarde: 12 },
    ],
    metingen: [m('2025', 7), m('2026', 6), m('2027', 10, 'Twee signalen uit de integrale controles op Haven-Oost')],
    // Confidential, like the ondermijning analysis (5.2); its owner has clearance.
    vertrouwelijk: true,
    eigenaar: 'partner',
  },
  {
    naam: 'Ondernemers op Haven-Oost die zich veilig voelen',
    prioriteitId: 'p1',
    themaId: null,
    bron: 'enquete',
    bronToelichting: 'Ondernemerspeiling parkmanagement Haven-Oost',
    aard: 'subjectief',
    eenheid: 'percentage',
    richting: 'hoger-is-beter',
    referentiejaar: 2024,
    referentiewaarde: 71,
    streefwaarden: [
      { jaar: 2027, waarde: 75 },
      { jaar: 2030, waarde: 80 },
    ],
    metingen: [m('2025', 72), m('2026', 71.5), m('2027', 76, 'Peiling na de start van het keurmerk')],
    eigenaar: 'coordinator',
  },
  {
    naam: 'Woninginbraken',
    prioriteitId: 'p2',
    themaId: null,
    bron: 'politieregistratie',
    bronToelichting: 'Politie, open data (misdrijfsoort 1.1.1)',
    aard: 'objectief',
    eenheid: 'aantal',
    richting: 'lager-is-beter',
    referentiejaar: 2024,
    referentiewaarde: 212,
    streefwaarden: [
      { jaar: 2027, waarde: 195 },
      { jaar: 2028, waarde: 188 },
      { jaar: 2029, waarde: 180 },
      { jaar: 2030, waarde: 170 },
    ],
    metingen: [m('2021', 260), m('2022', 241), m('2023', 228), m('2025', 205), m('2026', 214, 'Piek in het najaar in de Molenwijk'), m('2027', 201)],
    eigenaar: 'partner',
  },
  {
    naam: 'Geweldsmisdrijven per 1.000 inwoners',
    prioriteitId: 'p2',
    themaId: null,
    bron: 'politieregistratie',
    bronToelichting: 'Politie, open data; CBS bevolking op 1 januari',
    aard: 'objectief',
    eenheid: 'per-1000',
    richting: 'lager-is-beter',
    referentiejaar: 2024,
    referentiewaarde: 5.8,
    streefwaarden: [
      { jaar: 2027, waarde: 5.5 },
      { jaar: 2030, waarde: 5 },
    ],
    metingen: [m('2025', 5.6), m('2026', 5.7), m('2027', 5.4)],
    eigenaar: 'partner',
  },
  {
    naam: 'Inwoners die zich weleens onveilig voelen in de eigen buurt',
    prioriteitId: 'p2',
    themaId: null,
    bron: 'veiligheidsmonitor',
    bronToelichting: 'Veiligheidsmonitor, gemeentelijke steekproef',
    aard: 'subjectief',
    eenheid: 'percentage',
    richting: 'lager-is-beter',
    referentiejaar: 2024,
    referentiewaarde: 21,
    streefwaarden: [
      { jaar: 2027, waarde: 19 },
      { jaar: 2030, waarde: 17 },
    ],
    metingen: [m('2025', 20.4), m('2026', 20.8), m('2027', 19.9, 'Extra meting via het inwonerspanel')],
    eigenaar: 'redacteur',
  },
  {
    naam: 'Meldingen van jeugdoverlast',
    prioriteitId: 'p3',
    themaId: null,
    bron: 'politieregistratie',
    bronToelichting: 'Politie, registratie incidenten (BVH)',
    aard: 'objectief',
    eenheid: 'aantal',
    richting: 'lager-is-beter',
    referentiejaar: 2024,
    referentiewaarde: 395,
    streefwaarden: [
      { jaar: 2027, waarde: 350 },
      { jaar: 2030, waarde: 300 },
    ],
    metingen: [m('2025', 380), m('2026', 352), m('2027-K1', 84), m('2027-K2', 95), m('2027', 348)],
    eigenaar: 'partner',
  },
  {
    naam: 'Jongeren (12-17) die zich veilig voelen op straat',
    prioriteitId: 'p3',
    themaId: null,
    bron: 'enquete',
    bronToelichting: 'Jeugdmonitor Dijkstede',
    aard: 'subjectief',
    eenheid: 'percentage',
    richting: 'hoger-is-beter',
    referentiejaar: 2024,
    referentiewaarde: 78,
    streefwaarden: [
      { jaar: 2027, waarde: 81 },
      { jaar: 2030, waarde: 85 },
    ],
    metingen: [m('2025', 79), m('2026', 77), m('2027', 80.5)],
    eigenaar: 'redacteur',
  },
  {
    naam: 'Rapportcijfer voor de veiligheid in de eigen buurt',
    prioriteitId: null,
    themaId: '1.4',
    bron: 'veiligheidsmonitor',
    bronToelichting: 'Veiligheidsmonitor',
    aard: 'subjectief',
    eenheid: 'score',
    richting: 'hoger-is-beter',
    referentiejaar: 2024,
    referentiewaarde: 6.9,
    streefwaarden: [{ jaar: 2030, waarde: 7.2 }],
    metingen: [m('2025', 7), m('2026', 7), m('2027', 7.1)],
    eigenaar: 'redacteur',
  },
];

const RIEC = 'Signalen van ondermijning ingebracht bij het RIEC';
const ONDERNEMERS = 'Ondernemers op Haven-Oost die zich veilig voelen';
const INBRAKEN = 'Woninginbraken';
const GEWELD = 'Geweldsmisdrijven per 1.000 inwoners';
const ONVEILIG = 'Inwoners die zich weleens onveilig voelen in de eigen buurt';
const JEUGDOVERLAST = 'Meldingen van jeugdoverlast';
const JONGEREN = 'Jongeren (12-17) die zich veilig voelen op straat';

/**
 * Issue 19, the policy chain: per measure of 2027 the effect indicators (by name) it should move. Every
 * measure under a priority names at least one indicator of that priority, and every indicator of a
 * priority is named. Only the confidential measures name the confidential RIEC indicator (and the
 * confidential analysis of 5.2), so no public measure points at something a member cannot see.
 */
export const demoMaatregelIndicatoren: Record<string, string[]> = {
  m1: [RIEC, ONDERNEMERS],
  m2: [ONDERNEMERS],
  m3: [ONDERNEMERS],
  m4: [RIEC],
  m5: [ONDERNEMERS],
  m6: [RIEC],
  m7: [INBRAKEN, ONVEILIG, GEWELD],
  m8: [ONVEILIG],
  m9: [ONVEILIG],
  m10: [INBRAKEN],
  m11: [GEWELD, INBRAKEN],
  m12: [GEWELD],
  m13: [JEUGDOVERLAST, JONGEREN],
  m14: [JEUGDOVERLAST, JONGEREN],
  m15: [JONGEREN],
  m16: [JEUGDOVERLAST],
  m17: [JEUGDOVERLAST],
};

/** The ids of the indicators a measure should move, from their names (a wrong name is a bug in the demo). */
function indicatorIdsVan(maatregelId: string, indicatorIds: Map<string, string>): string[] {
  return (demoMaatregelIndicatoren[maatregelId] ?? []).map((naam) => {
    const id = indicatorIds.get(naam);
    if (!id) throw new Error(`Demo: maatregel ${maatregelId} noemt onbekende indicator '${naam}'.`);
    return id;
  });
}

/** Owners, progress and planned/realised output of the measures of 2027, and the indicators they should move. */
function metVoortgang(plan: Uitvoeringsplan, ids: Map<Rol, string>, indicatorIds: Map<string, string>): Uitvoeringsplan {
  const eigenaren: Rol[] = ['redacteur', 'partner', 'coordinator'];
  // The owner of a confidential measure must have clearance (in the demo: coordinator, partner, beslisser).
  const metToegang: Rol[] = ['coordinator', 'partner', 'beslisser'];
  let n = 0;
  return {
    ...plan,
    actiepunten: plan.actiepunten.map((a) => ({
      ...a,
      maatregelen: a.maatregelen.map((oud) => {
        const mt = volledigeMaatregel(oud);
        const i = n++;
        const rol = eigenaren[i % eigenaren.length]!;
        const eigenaar = ids.get(mt.vertrouwelijk && !metToegang.includes(rol) ? 'coordinator' : rol) ?? null;
        const status = i === 0 ? 'loopt' : i === 3 ? 'afgerond' : i === 5 ? 'vertraagd' : i % 4 === 1 ? 'loopt' : mt.status;
        return {
          ...mt,
          indicatorIds: indicatorIdsVan(mt.id, indicatorIds),
          eigenaarId: eigenaar,
          status,
          statusDatum: status === mt.status ? null : '2027-04-02',
          statusToelichting:
            status === 'vertraagd' ? 'Wacht op de aanbesteding; start verschoven naar het derde kwartaal.' : status === 'afgerond' ? 'Opgeleverd en besproken in het MT.' : status === 'loopt' ? 'Volgens planning gestart.' : '',
          prestaties:
            i === 0
              ? [
                  { kwartaal: '2027-K1', gepland: 1, gerealiseerd: 1 },
                  { kwartaal: '2027-K2', gepland: 1, gerealiseerd: 1 },
                  { kwartaal: '2027-K3', gepland: 1, gerealiseerd: null },
                  { kwartaal: '2027-K4', gepland: 1, gerealiseerd: null },
                ]
              : [],
          bijgewerktOp: status === mt.status ? null : '2027-04-02T09:00:00.000Z',
        };
      }),
    })),
  };
}

const demoMonitoring: Monitoring = {
  beoordeling: 'pad',
  eersteOverleg: '2027-03-15',
  intervalMaanden: 3,
  overleggen: [
    {
      datum: '2027-03-15',
      agenda: '1. Opening en vaststellen van de agenda\n2. Stand van de maatregelen per prioriteit\n3. Cijfers 2026: woninginbraken hoger dan het streefpad\n4. Rondvraag en afspraken voor het volgende overleg',
      notulen:
        'Aanwezig: coördinator integrale veiligheid, politie basisteam Dijkstede, team Jeugd, team Economie. De maatregelen voor 2027 zijn gestart, behalve de cameraproef in het stationsgebied, die wacht op de aanbesteding. Het aantal woninginbraken lag in 2026 boven het streefpad; de politie ziet vooral een piek in het najaar in de Molenwijk.',
      besluiten: ['De najaarscampagne woninginbraak begint dit jaar al in september en richt zich eerst op de Molenwijk.'],
      acties: [
        { wat: 'Wijkanalyse woninginbraak Molenwijk opleveren', wie: 'Politie basisteam Dijkstede', deadline: '2027-05-31', gereed: true },
        { wat: 'Planning aanbesteding cameraproef voorleggen aan de portefeuillehouder', wie: 'Team OOV', deadline: '2027-06-01', gereed: false },
      ],
    },
  ],
};

export async function seedDemoMonitoring(tx: Queryable, werkruimteId: string, ids: Map<Rol, string>, plan: Uitvoeringsplan): Promise<void> {
  const indicatorIds = new Map<string, string>();
  for (const [volgorde, i] of demoIndicatoren.entries()) {
    const { metingen, eigenaar, vertrouwelijk, ...gegevens } = i;
    const { rows } = await tx.query<{ id: string }>(
      'insert into indicatoren (werkruimte_id, gegevens, eigenaar_id, volgorde, bijgewerkt_door, vertrouwelijk) values ($1, $2, $3, $4, $5, $6) returning id',
      [werkruimteId, JSON.stringify(gegevens), ids.get(eigenaar) ?? null, volgorde, ids.get('coordinator'), vertrouwelijk === true],
    );
    indicatorIds.set(i.naam, rows[0]!.id);
    for (const x of metingen) {
      await tx.query(`insert into indicator_metingen (indicator_id, periode, waarde, toelichting, ingevoerd_door, ingevoerd_op) values ($1, $2, $3, $4, $5, $6)`, [
        rows[0]!.id,
        x.periode,
        x.waarde,
        x.toelichting,
        ids.get(eigenaar),
        `${x.periode.slice(0, 4) === '2027' ? '2027-04-0' + (x.periode.length > 4 ? '1' : '2') : `${Number(x.periode.slice(0, 4)) + 1}-02-15`}T09:00:00Z`,
      ]);
    }
  }
  await tx.query(`update cyclusdelen set inhoud = $3 where werkruimte_id = $1 and sleutel = $2`, [werkruimteId, `uitvoeringsplan-${plan.jaar}`, JSON.stringify(metVoortgang(plan, ids, indicatorIds))]);
  const delen: [string, unknown][] = [
    ['monitoring', demoMonitoring],
    [
      'rapportage-2027-K1',
      {
        hoogtepunten: 'De ondernemers op Haven-Oost richtten een werkgroep voor het Keurmerk Veilig Ondernemen op. Het convenant woonoverlast is in voorbereiding.',
        knelpunten: 'De cameraproef in het stationsgebied is vertraagd door de aanbesteding. Woninginbraken lagen in 2026 boven het streefpad.',
      },
    ],
  ];
  for (const [sleutel, inhoud] of delen) {
    await tx.query('insert into cyclusdelen (werkruimte_id, sleutel, inhoud, versie, bijgewerkt_door) values ($1, $2, $3, 1, $4)', [werkruimteId, sleutel, JSON.stringify(inhoud), ids.get('coordinator')]);
  }
}
