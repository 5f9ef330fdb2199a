/**
 * Data for the load benchmark (bench/load.ts), written straight into a freshly seeded demo database
 * with set-based SQL and the store functions (no HTTP), before the server starts:
 *
 * - zaaiSchrijvers: 20 extra users ('schrijver-01..20@bench.kernplan.nl') who save sections, and
 *   enough workspaces that 100 connections each have a section of their own (no If-Match conflicts).
 * - zaaiLandelijk: a national-scale installation: the 342 municipalities of src/domain/gemeenten
 *   each with a workspace that holds a copy of the demo plan (sections, cycle parts, decisions,
 *   indicators with measurements), 10 police units and 10 GGD regions as partners, about 3,000 users,
 *   and a year of history: section changes, comments, notifications, sign-ins in the security log and
 *   abandoned sessions.
 *
 * Every user has the demo password.
 */
import { gemeentenData } from '../src/domain/gemeenten/data.ts';
import type { Queryable } from '../src/server/db/db.ts';
import { DEMO_GEMEENTECODE } from '../src/server/demo/demo.ts';
import { createWorkspace } from '../src/server/werkruimte/opslag.ts';

export const SCHRIJVERS = 20;

/** One connection of the read mix: who signs in, and which workspace it reads. */
export interface Lezer {
  email: string;
  werkruimteId: string;
}

/** One connection of the write mix: who saves which section. */
export interface Schrijfplek {
  email: string;
  werkruimteId: string;
  sleutel: string;
}

export interface Belasting {
  lezers: Lezer[];
  schrijfplekken: Schrijfplek[];
}

interface DemoBasis {
  werkruimteId: string;
  coordinatorId: string;
  wachtwoordHash: string;
  organisatieId: string;
}

async function demoBasis(db: Queryable): Promise<DemoBasis> {
  const { rows } = await db.query<{ id: string; aangemaakt_door: string; wachtwoord_hash: string; organisatie_id: string }>(
    `select w.id, w.aangemaakt_door, g.wachtwoord_hash, g.organisatie_id
       from werkruimtes w join gebruikers g on g.id = w.aangemaakt_door
      where w.soort = 'ivp' and w.cbs_code = $1 order by w.aangemaakt_op limit 1`,
    [DEMO_GEMEENTECODE],
  );
  const r = rows[0];
  if (!r) throw new Error('Geen demowerkruimte: zaai eerst de demo (seedDemo).');
  return { werkruimteId: r.id, coordinatorId: r.aangemaakt_door, wachtwoordHash: r.wachtwoord_hash, organisatieId: r.organisatie_id };
}

const schrijverEmail = (i: number) => `schrijver-${String(i + 1).padStart(2, '0')}@bench.kernplan.nl`;

async function maakSchrijvers(db: Queryable, basis: DemoBasis): Promise<string[]> {
  const emails = Array.from({ length: SCHRIJVERS }, (_, i) => schrijverEmail(i));
  const { rows } = await db.query<{ id: string }>(
    `insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash)
     select e, 'Schrijver ' || n, $2, $3 from unnest($1::text[]) with ordinality as x (e, n) order by n returning id`,
    [emails, basis.organisatieId, basis.wachtwoordHash],
  );
  return rows.map((r) => r.id);
}

/** Sections a redacteur may edit: not confidential and not assigned to a partner. */
async function vrijeSecties(db: Queryable, werkruimteIds: string[]): Promise<{ werkruimteId: string; sleutel: string }[]> {
  const { rows } = await db.query<{ werkruimte_id: string; sleutel: string }>(
    `select werkruimte_id, sleutel from secties
      where werkruimte_id = any($1::uuid[]) and not vertrouwelijk and toegewezen_organisatie_id is null
      order by array_position($1::uuid[], werkruimte_id), volgorde`,
    [werkruimteIds],
  );
  return rows.map((r) => ({ werkruimteId: r.werkruimte_id, sleutel: r.sleutel }));
}

/**
 * The demo installation with 20 writers: members (redacteur) of the demo workspace and of as many
 * extra workspaces of Dijkstede as `verbindingen` sections need. Reads: every connection is the
 * coordinator in the demo workspace (one session, as a person with many tabs, the worst case for
 * per-session work).
 */
export async function zaaiSchrijvers(db: Queryable, verbindingen: number): Promise<Belasting> {
  const basis = await demoBasis(db);
  const schrijvers = await maakSchrijvers(db, basis);
  const werkruimtes = [basis.werkruimteId];
  for (;;) {
    const plekken = await vrijeSecties(db, werkruimtes);
    if (plekken.length >= verbindingen) break;
    werkruimtes.push(
      await createWorkspace(
        db,
        { soort: 'ivp', naam: `Belastingtest Dijkstede ${werkruimtes.length}`, gemeentecode: DEMO_GEMEENTECODE, periodeStart: 2027, periodeEinde: 2030 },
        basis.coordinatorId,
        { gemeentenaam: 'Dijkstede' },
      ),
    );
  }
  await db.query(
    `insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang)
     select w, g, 'redacteur', true from unnest($1::uuid[]) w cross join unnest($2::uuid[]) g`,
    [werkruimtes, schrijvers],
  );
  const plekken = (await vrijeSecties(db, werkruimtes)).slice(0, verbindingen);
  return {
    lezers: [{ email: 'coordinator@demo.kernplan.nl', werkruimteId: basis.werkruimteId }],
    schrijfplekken: plekken.map((p, i) => ({ ...p, email: schrijverEmail(i % SCHRIJVERS) })),
  };
}

/** The ten police units, with the provinces (or municipalities) they cover, approximately. */
const eenheden = ['Noord-Nederland', 'Oost-Nederland', 'Midden-Nederland', 'Noord-Holland', 'Amsterdam', 'Den Haag', 'Rotterdam', 'Zeeland-West-Brabant', 'Oost-Brabant', 'Limburg'] as const;
const amsterdam = new Set(['Amsterdam', 'Amstelveen', 'Aalsmeer', 'Diemen', 'Ouder-Amstel', 'Uithoorn']);
const westBrabant = new Set(['Breda', 'Roosendaal', 'Bergen op Zoom', 'Etten-Leur', 'Oosterhout', 'Tilburg', 'Waalwijk', 'Dongen', 'Gilze en Rijen', 'Goirle', 'Hilvarenbeek', 'Loon op Zand', 'Oisterwijk', 'Alphen-Chaam', 'Baarle-Nassau', 'Drimmelen', 'Geertruidenberg', 'Halderberge', 'Moerdijk', 'Rucphen', 'Steenbergen', 'Woensdrecht', 'Zundert', 'Altena']);

function eenheidVan(g: { naam: string; provincie: string }, index: number): (typeof eenheden)[number] {
  switch (g.provincie) {
    case 'Groningen':
    case 'Fryslân':
    case 'Friesland':
    case 'Drenthe':
      return 'Noord-Nederland';
    case 'Overijssel':
    case 'Gelderland':
      return 'Oost-Nederland';
    case 'Utrecht':
    case 'Flevoland':
      return 'Midden-Nederland';
    case 'Noord-Holland':
      return amsterdam.has(g.naam) ? 'Amsterdam' : 'Noord-Holland';
    case 'Zuid-Holland':
      // Roughly: the north of the province to The Hague, the south to Rotterdam.
      return index % 2 === 0 ? 'Den Haag' : 'Rotterdam';
    case 'Zeeland':
      return 'Zeeland-West-Brabant';
    case 'Noord-Brabant':
      return westBrabant.has(g.naam) ? 'Zeeland-West-Brabant' : 'Oost-Brabant';
    case 'Limburg':
      return 'Limburg';
    default:
      return eenheden[index % eenheden.length]!;
  }
}

/** The municipal accounts per workspace (7), and how many police and GGD accounts each region has. */
const gemeenteRollen = [
  ['coordinator', 'coordinator', true],
  ['redacteur-1', 'redacteur', false],
  ['redacteur-2', 'redacteur', true],
  ['beslisser', 'beslisser', true],
  ['raad', 'raad', false],
  ['lezer', 'lezer', false],
  ['analist', 'redacteur', false],
] as const;
const POLITIE_PER_EENHEID = 40;
const GGD_PER_REGIO = 20;

const coordinatorEmail = (code: string) => `coordinator.${code.toLowerCase()}@landelijk.kernplan.nl`;

export interface LandelijkeOmvang {
  werkruimtes: number;
  gebruikers: number;
  leden: number;
  wijzigingen: number;
  beveiligingslog: number;
  meldingen: number;
  sessies: number;
  opmerkingen: number;
  seconden: number;
}

/**
 * The national data set, on top of the demo (and the writers of zaaiSchrijvers, which become members
 * of 100 municipal workspaces: each their own section). Reads: `verbindingen` coordinators of
 * municipalities spread over the country, each their own session and workspace.
 */
export async function zaaiLandelijk(db: Queryable, verbindingen: number): Promise<Belasting & { omvang: LandelijkeOmvang }> {
  const start = performance.now();
  const basis = await demoBasis(db);
  const schrijvers = await maakSchrijvers(db, basis);
  const gemeenten = gemeentenData.map((g, i) => ({ ...g, eenheid: eenheidVan(g, i) }));

  // Organisations: each municipality, the ten police units, a GGD per unit.
  await db.query(
    `insert into organisaties (naam, soort)
     select n, s from unnest($1::text[], $2::text[]) as x (n, s)`,
    [
      [...gemeenten.map((g) => `Gemeente ${g.naam} (${g.code})`), ...eenheden.map((e) => `Politie eenheid ${e}`), ...eenheden.map((e) => `GGD regio ${e}`)],
      [...gemeenten.map(() => 'gemeente'), ...eenheden.map(() => 'politie'), ...eenheden.map(() => 'zorg')],
    ],
  );

  // Users: 7 per municipality, 40 per police unit, 20 per GGD region.
  const emails: string[] = [];
  const namen: string[] = [];
  const orgs: string[] = [];
  for (const g of gemeenten) {
    for (const [naam] of gemeenteRollen) {
      emails.push(naam === 'coordinator' ? coordinatorEmail(g.code) : `${naam}.${g.code.toLowerCase()}@landelijk.kernplan.nl`);
      namen.push(`${naam} ${g.naam}`);
      orgs.push(`Gemeente ${g.naam} (${g.code})`);
    }
  }
  eenheden.forEach((e, ei) => {
    for (let i = 0; i < POLITIE_PER_EENHEID; i++) {
      emails.push(`politie-${ei + 1}-${i + 1}@landelijk.kernplan.nl`);
      namen.push(`Agent ${i + 1} ${e}`);
      orgs.push(`Politie eenheid ${e}`);
    }
    for (let i = 0; i < GGD_PER_REGIO; i++) {
      emails.push(`ggd-${ei + 1}-${i + 1}@landelijk.kernplan.nl`);
      namen.push(`GGD-medewerker ${i + 1} ${e}`);
      orgs.push(`GGD regio ${e}`);
    }
  });
  await db.query(
    `insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash, aangemaakt_op)
     select x.e, x.n, o.id, $4, now() - interval '400 days'
       from unnest($1::text[], $2::text[], $3::text[]) as x (e, n, org) join organisaties o on o.naam = x.org`,
    [emails, namen, orgs, basis.wachtwoordHash],
  );

  // Workspaces, one per municipality, created by its coordinator.
  await db.query(
    `insert into werkruimtes (soort, naam, gemeente_naam, cbs_code, periode_van, periode_tot, aangemaakt_door, aangemaakt_op)
     select 'ivp', 'Integraal Veiligheidsplan ' || x.naam || ' 2027-2030', x.naam, x.code, 2027, 2030, g.id, now() - interval '365 days'
       from unnest($1::text[], $2::text[]) as x (code, naam)
       join gebruikers g on g.email = 'coordinator.' || lower(x.code) || '@landelijk.kernplan.nl'`,
    [gemeenten.map((g) => g.code), gemeenten.map((g) => g.naam)],
  );
  const { rows: ws } = await db.query<{ id: string; cbs_code: string }>(
    `select id, cbs_code from werkruimtes where cbs_code = any($1::text[])`,
    [gemeenten.map((g) => g.code)],
  );
  const wsPerCode = new Map(ws.map((w) => [w.cbs_code, w.id]));
  await db.query(`create temporary table bench_ws (id uuid primary key, code text, eenheid text, coordinator uuid)`);
  await db.query(
    `insert into bench_ws (id, code, eenheid, coordinator)
     select w.id, w.cbs_code, x.eenheid, w.aangemaakt_door
       from unnest($1::text[], $2::text[]) as x (code, eenheid) join werkruimtes w on w.cbs_code = x.code`,
    [gemeenten.map((g) => g.code), gemeenten.map((g) => g.eenheid)],
  );

  // Members: the 7 municipal accounts; 2 police officers and 1 GGD colleague of the region (partners).
  await db.query(
    `insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang, toegevoegd_op)
     select b.id, g.id, r.rol, r.vertrouwelijk, now() - interval '360 days'
       from bench_ws b
       cross join unnest($1::text[], $2::text[], $3::boolean[]) as r (naam, rol, vertrouwelijk)
       join gebruikers g on g.email = r.naam || '.' || lower(b.code) || '@landelijk.kernplan.nl'`,
    [gemeenteRollen.map((r) => r[0]), gemeenteRollen.map((r) => r[1]), gemeenteRollen.map((r) => r[2])],
  );
  await db.query(
    `insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang, toegevoegd_op)
     select b.id, g.id, 'partner', g.email like 'politie-%', now() - interval '350 days'
       from (select b.*, row_number() over (partition by b.eenheid order by b.code) as n from bench_ws b) b
       join organisaties o on o.naam in ('Politie eenheid ' || b.eenheid, 'GGD regio ' || b.eenheid)
       join gebruikers g on g.organisatie_id = o.id
        and (g.email in ('politie-' || (array_position($1::text[], b.eenheid)) || '-' || (1 + (b.n * 2) % ${POLITIE_PER_EENHEID}) || '@landelijk.kernplan.nl',
                         'politie-' || (array_position($1::text[], b.eenheid)) || '-' || (1 + (b.n * 2 + 1) % ${POLITIE_PER_EENHEID}) || '@landelijk.kernplan.nl',
                         'ggd-' || (array_position($1::text[], b.eenheid)) || '-' || (1 + b.n % ${GGD_PER_REGIO}) || '@landelijk.kernplan.nl'))`,
    [[...eenheden]],
  );

  // Content: a copy of the demo plan in every workspace. A section assigned to the police in the demo
  // is assigned to the police unit of the region.
  await db.query(
    `insert into secties (werkruimte_id, sleutel, titel, volgorde, tekst, vertrouwelijk, toegewezen_organisatie_id, versie, bijgewerkt_op, bijgewerkt_door, analyse_inhoud)
     select b.id, s.sleutel, s.titel, s.volgorde, s.tekst, s.vertrouwelijk,
            case when s.toegewezen_organisatie_id is null then null else (select id from organisaties where naam = 'Politie eenheid ' || b.eenheid) end,
            s.versie + 8, now() - interval '20 days', b.coordinator, s.analyse_inhoud
       from secties s cross join bench_ws b where s.werkruimte_id = $1`,
    [basis.werkruimteId],
  );
  await db.query(
    `insert into cyclusdelen (werkruimte_id, sleutel, inhoud, versie, bijgewerkt_op, bijgewerkt_door)
     select b.id, d.sleutel, d.inhoud, d.versie, now() - interval '30 days', b.coordinator
       from cyclusdelen d cross join bench_ws b where d.werkruimte_id = $1`,
    [basis.werkruimteId],
  );
  await db.query(
    `insert into besluiten (id, werkruimte_id, document, jaar, soort, orgaan, datum, toelichting, versie, vastgelegd_door, vastgelegd_op, gemeentecode)
     select md5(d.id::text || b.id::text)::uuid, b.id, d.document, d.jaar, d.soort, d.orgaan, d.datum, d.toelichting, d.versie, b.coordinator, d.vastgelegd_op,
            case when d.gemeentecode = '' then '' else b.code end
       from besluiten d cross join bench_ws b where d.werkruimte_id = $1`,
    [basis.werkruimteId],
  );
  await db.query(
    `insert into vastgestelde_versies (werkruimte_id, document, jaar, versie, besluit_id, model, gemeentecode)
     select b.id, v.document, v.jaar, v.versie, md5(v.besluit_id::text || b.id::text)::uuid, v.model, case when v.gemeentecode = '' then '' else b.code end
       from vastgestelde_versies v cross join bench_ws b where v.werkruimte_id = $1`,
    [basis.werkruimteId],
  );
  await db.query(
    `insert into indicatoren (id, werkruimte_id, gegevens, eigenaar_id, volgorde, versie, aangemaakt_op, bijgewerkt_op, bijgewerkt_door, vertrouwelijk)
     select md5(i.id::text || b.id::text)::uuid, b.id, i.gegevens, b.coordinator, i.volgorde, i.versie, now() - interval '300 days', i.bijgewerkt_op, b.coordinator, i.vertrouwelijk
       from indicatoren i cross join bench_ws b where i.werkruimte_id = $1`,
    [basis.werkruimteId],
  );
  await db.query(
    `insert into indicator_metingen (indicator_id, periode, waarde, toelichting, ingevoerd_door, ingevoerd_op)
     select md5(m.indicator_id::text || b.id::text)::uuid, m.periode, m.waarde * (0.8 + random() * 0.4), m.toelichting, b.coordinator, m.ingevoerd_op
       from indicator_metingen m join indicatoren i on i.id = m.indicator_id cross join bench_ws b where i.werkruimte_id = $1`,
    [basis.werkruimteId],
  );

  // A year of history per workspace: 8 text changes per section (264), by its members, in time order.
  await db.query(
    `insert into wijzigingen (werkruimte_id, sectie_sleutel, gebruiker_id, tijdstip, soort, voor, na)
     select s.werkruimte_id, s.sleutel, m.ids[1 + (n.g * 7 + s.volgorde) % cardinality(m.ids)],
            now() - interval '365 days' + (n.g * 45 + (s.volgorde % 45)) * interval '1 day',
            'sectie.tekst',
            jsonb_build_object('tekst', left(s.tekst, greatest(0, length(s.tekst) - 40 * (9 - n.g))), 'analyse', s.analyse_inhoud),
            jsonb_build_object('tekst', left(s.tekst, greatest(0, length(s.tekst) - 40 * (8 - n.g))), 'analyse', s.analyse_inhoud)
       from secties s
       join (select werkruimte_id, array_agg(gebruiker_id order by gebruiker_id) as ids from leden
              where rol in ('coordinator', 'redacteur', 'partner') group by werkruimte_id) m using (werkruimte_id)
       cross join generate_series(1, 8) as n (g)
      where s.werkruimte_id in (select id from bench_ws)
      order by 4`,
  );
  // Comments: 20 per workspace, three quarters resolved.
  await db.query(
    `insert into opmerkingen (werkruimte_id, sectie_sleutel, auteur_id, tekst, aangemaakt_op, opgelost_op, opgelost_door)
     select s.werkruimte_id, s.sleutel, b.coordinator, 'Kunnen we hier de cijfers van ' || (2020 + n.g % 5) || ' bij zetten?',
            now() - (n.g * 17) * interval '1 day', case when n.g % 4 = 0 then null else now() - (n.g * 17 - 3) * interval '1 day' end,
            case when n.g % 4 = 0 then null else b.coordinator end
       from bench_ws b cross join generate_series(1, 20) as n (g)
       join secties s on s.werkruimte_id = b.id and s.volgorde = (select volgorde from secties x where x.werkruimte_id = b.id order by volgorde offset (n.g % 30) limit 1)`,
  );
  // Notifications: two a month per member, most of them read.
  await db.query(
    `insert into meldingen (gebruiker_id, werkruimte_id, soort, tekst, pad, sleutel, aangemaakt_op, gelezen_op)
     select l.gebruiker_id, l.werkruimte_id, case when n.g % 3 = 0 then 'signaal' else 'herinnering' end,
            'Werk de voortgang bij vóór het overleg (' || n.g || ')', 'dashboard', 'bench-' || l.werkruimte_id || '-' || n.g,
            now() - (n.g * 15) * interval '1 day', case when n.g > 2 then now() - (n.g * 15 - 1) * interval '1 day' end
       from leden l cross join generate_series(1, 24) as n (g)
      where l.werkruimte_id in (select id from bench_ws)`,
  );
  // Sign-ins in the security log: twice a week per user; sessions left behind (browser closed).
  await db.query(
    `insert into beveiligingslog (tijdstip, soort, gebruiker_id, email, adres, details)
     select now() - (n.g * 3.5) * interval '1 day', 'aanmelding', g.id, g.email, '192.0.2.' || (1 + n.g % 250), '{}'::jsonb
       from gebruikers g cross join generate_series(1, 104) as n (g)
      where g.email like '%@landelijk.kernplan.nl'
      order by 1`,
  );
  await db.query(
    `insert into sessies (id_hash, gebruiker_id, csrf_token, totp_voldaan, aangemaakt_op, laatst_actief_op)
     select encode(sha256((g.id::text || n.g)::bytea), 'hex'), g.id, md5(g.id::text || n.g), true,
            now() - (n.g * 9) * interval '1 day', now() - (n.g * 9) * interval '1 day' + interval '2 hours'
       from gebruikers g cross join generate_series(1, 40) as n (g)
      where g.email like '%@landelijk.kernplan.nl'`,
  );
  await db.query(`drop table bench_ws`);

  // The writers: redacteur in 5 municipal workspaces each, one section per connection.
  const verspreid = (aantal: number, stap: number) => Array.from({ length: aantal }, (_, i) => gemeenten[(i * stap) % gemeenten.length]!);
  const schrijfGemeenten = verspreid(Math.max(verbindingen, SCHRIJVERS), 3);
  const schrijfplekken: Schrijfplek[] = schrijfGemeenten.slice(0, verbindingen).map((g, i) => ({ email: schrijverEmail(i % SCHRIJVERS), werkruimteId: wsPerCode.get(g.code)!, sleutel: 'thema-1.1' }));
  await db.query(
    `insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang)
     select distinct on (w, g) w, g, 'redacteur', true from unnest($1::uuid[], $2::uuid[]) as x (w, g)`,
    [schrijfplekken.map((p) => p.werkruimteId), schrijfplekken.map((_, i) => schrijvers[i % SCHRIJVERS]!)],
  );
  const lezers = verspreid(verbindingen, 7).map((g) => ({ email: coordinatorEmail(g.code), werkruimteId: wsPerCode.get(g.code)! }));

  const tel = async (tabel: string) => Number((await db.query<{ n: string }>(`select count(*) as n from ${tabel}`)).rows[0]!.n);
  const omvang: LandelijkeOmvang = {
    werkruimtes: await tel('werkruimtes'),
    gebruikers: await tel('gebruikers'),
    leden: await tel('leden'),
    wijzigingen: await tel('wijzigingen'),
    beveiligingslog: await tel('beveiligingslog'),
    meldingen: await tel('meldingen'),
    sessies: await tel('sessies'),
    opmerkingen: await tel('opmerkingen'),
    seconden: (performance.now() - start) / 1000,
  };
  return { lezers, schrijfplekken, omvang };
}
