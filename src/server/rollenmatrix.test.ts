/**
 * The role matrix: every writing operation of the API against every role, anonymous and a signed-in
 * non-member, on PGlite and (with DATABASE_URL) on PostgreSQL.
 *
 * The list of writing operations comes from the OpenAPI document (POST, PUT, PATCH and DELETE). Each
 * must have an entry in `matrix`: who may do it and a sample request on the demo workspace; a new
 * operation without an entry fails the test, by name. Per case and per participant:
 * - who may not gets 401 (anonymous), 404 (not a member, or a confidential theme he does not see) or
 *   403 (member without the right), and nothing changes: the fingerprint of the database (and where
 *   needed the import held in memory) is the same after the refusal as before;
 * - who may is not refused: 2xx, or 409/412/428 (a question of state or version, not a refusal).
 * Every request gets fresh data (its own member, indicator, import or comment) and the current ETag,
 * so the writes of allowed roles do not disturb the cases after them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../tests/support/test-db.ts';
import { Client } from '../../tests/support/session-client.ts';
import { rollen, type Rol } from '../domain/toegang/rollen.ts';
import { bewaarVersie, zoekOfMaakTekst } from './teksten/opslag.ts';
import { staatUitRijk } from './teksten/yjs.ts';
import { uitPlatteTekst } from '../domain/tekst/rijk.ts';
import { createApp, type KernplanApp } from './app.ts';
import { totpCode } from './toegang/totp.ts';
import { DEMO_PASSWORD, seedDemo } from './demo/demo.ts';
import { createHash } from 'node:crypto';
import { nulBits, standaardKeuzes } from '../domain/inwoners/inwoners.ts';
import { evaluatieVragen, standaardNormenkader } from '../domain/evaluatie/normenkader.ts';

/** Who sends a request: a role in the demo workspace, a signed-in non-member, anonymous, or (for operations on one's own account) a fresh account. */
type Deelnemer = Rol | 'buitenstaander' | 'anoniem' | 'eigen account';
const gewoneDeelnemers: Deelnemer[] = ['anoniem', 'buitenstaander', ...rollen];
const schrijvend = ['post', 'put', 'patch', 'delete'] as const;

interface Verzoek {
  pad: string;
  body?: unknown;
  /** A raw body (a file) instead of JSON. */
  ruw?: { type: string; inhoud: string };
  headers?: Record<string, string>;
  /** State outside the database (imports in memory), compared at a refusal too. */
  staat?: () => Promise<unknown>;
}

interface Geval {
  variant?: string;
  /** Who may do it. */
  mag: readonly Deelnemer[];
  /** A different refusal (standard: anonymous 401, non-member 404, other roles 403). */
  weigering?: Partial<Record<Deelnemer, number>>;
  /** Only these participants (standard: anonymous, the non-member and every role). */
  deelnemers?: readonly Deelnemer[];
  /** Builds the request, with fresh data and the current ETag; `wie` is the client that sends it. */
  verzoek: (wie: Client, deelnemer: Deelnemer) => Promise<Verzoek>;
}

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const CSV_SOORTEN = '"Key","Title","Description","CategoryGroupID"\n"1.1.1 ","1.1.1 Diefstal/inbraak woning",,\n';
const CSV_POLITIE = '"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"\n"0";"GM0363";"1.1.1";"2023JJ00";"5"\n';

/** Tables that change by reading or by a refusal itself (sessions, sign-in attempts, the security log). */
const buitenVingerafdruk = /^(sessies|aanmeld.*|beveiligingslog|oidc_.*|schema_migraties)$/;

describe.each(dbKinds)('rollenmatrix op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let ws: string;
  let project: string;
  let wachtwoordHash: string;
  let gemeenteOrg: string;
  const als = {} as Record<Rol | 'buitenstaander', Client>;
  const id = {} as Record<Rol, string>;
  let anoniem: Client;
  let vingerafdrukSql = '';
  let teller = 0;
  const uniek = () => `${Date.now().toString(36)}-${++teller}`;

  const w = (pad = '') => `/werkruimtes/${ws}${pad}`;
  const sectie = (s: string) => w(`/secties/${s}`);

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of rollen) als[r] = await Client.signIn(app, mail(r));
    anoniem = Client.anonymous(app);
    const lijst = (await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[];
    ws = lijst.find((x) => x.soort === 'ivp')!.id;
    project = lijst.find((x) => x.soort === 'project')!.id;
    const { rows } = await testDb.db.query<{ id: string; email: string; wachtwoord_hash: string; organisatie_id: string }>(
      'select id, email, wachtwoord_hash, organisatie_id from gebruikers',
    );
    for (const r of rollen) id[r] = rows.find((g) => g.email === mail(r))!.id;
    wachtwoordHash = rows[0]!.wachtwoord_hash;
    gemeenteOrg = rows.find((g) => g.email === mail('coordinator'))!.organisatie_id;
    // A signed-in municipal employee who is a member of no workspace.
    await nieuwAccount('buitenstaander@demo.kernplan.nl');
    als.buitenstaander = await Client.signIn(app, 'buitenstaander@demo.kernplan.nl');
    // A text edit to restore (herstellingen).
    expect((await als.coordinator.write('PATCH', sectie('thema-1.3'), { tekst: 'Basis voor herstel' }, sectie('thema-1.3'))).status).toBe(200);
    const tabellen = await testDb.db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
    );
    vingerafdrukSql = tabellen.rows
      .map((t) => t.table_name)
      .filter((t) => !buitenVingerafdruk.test(t))
      // Every insert, update or delete changes the count or the newest row version (xmin) of a table.
      .map((t) => `select '${t}' as tabel, count(*)::int as n, coalesce(max(xmin::text::bigint), 0)::text as h from "${t}"`)
      .join(' union all ');
  }, 180_000);
  afterAll(async () => {
    await testDb?.drop();
  });

  async function nieuwAccount(email: string): Promise<string> {
    const { rows } = await testDb.db.query<{ id: string }>('insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash) values ($1, $2, $3, $4) returning id', [
      email,
      'Tijdelijk Account',
      gemeenteOrg,
      wachtwoordHash,
    ]);
    return rows[0]!.id;
  }

  /** A fresh evaluation against the default framework (directly in the database), at version 1. */
  async function nieuweEvaluatie(): Promise<string> {
    const { rows } = await testDb.db.query<{ id: string }>(`insert into evaluaties (werkruimte_id, naam, uitvoerder, kader_naam, vragen) values ($1, $2, 'rekenkamer', 'Standaard', $3) returning id`, [
      ws,
      `Evaluatie ${uniek()}`,
      JSON.stringify(evaluatieVragen(standaardNormenkader)),
    ]);
    return rows[0]!.id;
  }

  /** A fresh member of the demo workspace (directly in the database: no invitation, no password hashing). */
  async function nieuwLid(rol: Rol): Promise<{ gebruikerId: string; versie: number }> {
    const gebruikerId = await nieuwAccount(`lid-${uniek()}@voorbeeld.nl`);
    await testDb.db.query('insert into leden (werkruimte_id, gebruiker_id, rol) values ($1, $2, $3)', [ws, gebruikerId, rol]);
    const leden = (await als.coordinator.get(w('/leden'))).body.leden as { gebruikerId: string; versie: number }[];
    return leden.find((l) => l.gebruikerId === gebruikerId)!;
  }

  async function vingerafdruk(): Promise<Record<string, string>> {
    const { rows } = await testDb.db.query<{ tabel: string; n: number; h: string }>(vingerafdrukSql);
    return Object.fromEntries(rows.map((r) => [r.tabel, `${r.n} ${r.h}`]));
  }

  /** If-Match with the current ETag of a resource (read as the coordinator). */
  async function ifMatch(pad: string): Promise<Record<string, string>> {
    const r = await als.coordinator.get(pad);
    expect(r.status, `GET ${pad}`).toBe(200);
    const etag = r.headers.get('ETag');
    return etag ? { 'If-Match': etag } : {};
  }

  /**
   * The current content of a versioned part as the writer sees it (confidential parts hidden), to save
   * it unchanged; as the coordinator sees it when the writer may not read it.
   */
  async function huidigDeel(pad: string, wie: Client): Promise<Verzoek> {
    const eigen = await wie.get(pad);
    const r = eigen.status === 200 ? eigen : await als.coordinator.get(pad);
    expect(r.status, `GET ${pad}`).toBe(200);
    return { pad, body: r.body.inhoud, headers: { 'If-Match': r.headers.get('ETag')! } };
  }

  async function nieuweIndicator(eigenaar: Rol | null): Promise<string> {
    const r = await als.coordinator.call('POST', w('/indicatoren'), {
      naam: `Woninginbraken ${uniek()}`,
      eenheid: 'aantal',
      richting: 'lager-is-beter',
      referentiejaar: 2023,
      referentiewaarde: 100,
      streefwaarden: [{ jaar: 2030, waarde: 80 }],
      eigenaarId: eigenaar ? id[eigenaar] : null,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  }

  async function nieuweImport(): Promise<string> {
    const r = await als.coordinator.call('POST', w('/politiecijfers/imports'), { bestandsnaam: '47018NED.csv', grootte: CSV_POLITIE.length });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  }
  const importStaat = (importId: string) => async () => (await als.coordinator.get(w(`/politiecijfers/imports/${importId}`))).body;

  /** A measure of the demo plan with this owner that every member sees (not confidential). */
  async function maatregelVan(eigenaar: Rol): Promise<string> {
    const plan = (await als.coordinator.get(w('/uitvoeringsplannen/2027'))).body.inhoud as {
      actiepunten: { maatregelen: { id: string; eigenaarId: string | null; vertrouwelijk?: boolean }[] }[];
    };
    const m = plan.actiepunten.flatMap((a) => a.maatregelen).find((x) => x.eigenaarId === id[eigenaar] && x.vertrouwelijk !== true);
    if (!m) throw new Error(`Het demo-uitvoeringsplan 2027 heeft geen openbare maatregel met de ${eigenaar} als eigenaar.`);
    return m.id;
  }

  /** A fresh prioritisation round (issue 15) of the coordinator; by default the council members take part. */
  async function nieuweRonde(extra: Record<string, unknown>): Promise<string> {
    const r = await als.coordinator.call('POST', w('/prioriteringsrondes'), { naam: `Ronde ${uniek()}`, themaIds: ['1.4', '2.1'], ...extra });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  }

  const metingVariant = (eigenaar: Rol | null, mag: readonly Rol[], verzoek: (indicator: string) => Promise<Verzoek>): Geval => ({
    variant: eigenaar ? `indicator met de ${eigenaar} als eigenaar` : 'indicator zonder eigenaar',
    mag,
    verzoek: async () => verzoek(await nieuweIndicator(eigenaar)),
  });

  const cyclusDeel = (pad: string, mag: readonly Rol[]): Geval[] => [{ mag, verzoek: (wie) => huidigDeel(w(pad), wie) }];
  const alleenEigenAccount = { deelnemers: ['anoniem', 'eigen account'], mag: ['eigen account'] } as const;

  /** A joint IVP of two municipalities (issue 17, point 2) with the demo's members in their roles, made once. */
  let gezamenlijkeWerkruimte: Promise<string> | undefined;
  const gezamenlijk = (pad = '') =>
    (gezamenlijkeWerkruimte ??= (async () => {
      const r = await als.coordinator.call('POST', '/werkruimtes', { soort: 'ivp', naam: 'Gezamenlijk IVP', gemeentecode: 'GM0310', deelnemendeGemeenten: ['GM0353'], periodeStart: 2027, periodeEinde: 2030 });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      const nieuw = r.body.id as string;
      await testDb.db.query(`insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang) select $1, gebruiker_id, rol, vertrouwelijk_toegang from leden where werkruimte_id = $2 and rol <> 'coordinator' on conflict do nothing`, [nieuw, ws]);
      return nieuw;
    })()).then((id) => `/werkruimtes/${id}${pad}`);

  /** A national workspace (issue 17, point 3) with the demo's members in their roles, made once. */
  let landelijkeWerkruimte: Promise<string> | undefined;
  const landelijk = (pad = '') =>
    (landelijkeWerkruimte ??= (async () => {
      const r = await als.coordinator.call('POST', '/werkruimtes', { soort: 'ivp', naam: 'Landelijk beeld', gemeentecode: 'GM0344', periodeStart: 2027, periodeEinde: 2030, regio: { soort: 'landelijk', gemeenten: ['GM0344'] } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      const nieuw = r.body.id as string;
      await testDb.db.query(`insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang) select $1, gebruiker_id, rol, vertrouwelijk_toegang from leden where werkruimte_id = $2 and rol <> 'coordinator' on conflict do nothing`, [nieuw, ws]);
      return nieuw;
    })()).then((id) => `/werkruimtes/${id}${pad}`);
  /** A fresh imported list of one priority in the national workspace (directly in the database). */
  async function nieuweLijst(): Promise<string> {
    const pad = await landelijk();
    const { rows } = await testDb.db.query<{ id: string }>(
      `insert into landelijk_imports (id, werkruimte_id, bestandsnaam, sha256, aantal) values (gen_random_uuid(), $1, 'lijst.csv', $2, 1) returning id`,
      [pad.split('/')[2], `sha-${uniek()}`],
    );
    await testDb.db.query(`insert into landelijk_prioriteiten (import_id, regel, gemeentecode, jaar, titel) values ($1, 2, 'GM0014', 2020, 'Cameratoezicht')`, [rows[0]!.id]);
    return rows[0]!.id;
  }

  /**
   * Every writing operation of the API ('METHOD /path' as in the OpenAPI document), who may do it,
   * and a sample request. Rules: src/domain/toegang/rollen.ts.
   */
  const matrix: Record<string, Geval[]> = {
    // --- Sign-in and the own account: no workspace role involved --------------------------------
    'POST /sessies': [
      {
        variant: 'aanmelden is openbaar',
        deelnemers: ['anoniem'],
        mag: ['anoniem'],
        verzoek: async () => {
          const email = `aanmelder-${uniek()}@voorbeeld.nl`;
          await nieuwAccount(email);
          return { pad: '/sessies', body: { email, wachtwoord: DEMO_PASSWORD } };
        },
      },
    ],
    'DELETE /sessies/huidig': [{ ...alleenEigenAccount, verzoek: async () => ({ pad: '/sessies/huidig' }) }],
    'POST /gebruikers/huidig/totp-voorstellen': [{ ...alleenEigenAccount, verzoek: async () => ({ pad: '/gebruikers/huidig/totp-voorstellen' }) }],
    'PUT /gebruikers/huidig/totp': [
      {
        ...alleenEigenAccount,
        verzoek: async (wie) => {
          const voorstel = await wie.call('POST', '/gebruikers/huidig/totp-voorstellen');
          const geheim = (voorstel.body.geheim as string | undefined) ?? 'JBSWY3DPEHPK3PXP';
          return { pad: '/gebruikers/huidig/totp', body: { geheim, code: totpCode(geheim, Date.now()) } };
        },
      },
    ],
    'POST /uitnodigingen/{token}/acceptaties': [
      {
        variant: 'een uitnodiging voor een nieuw e-mailadres',
        // Anyone with the link may accept as the invited person; a signed-in account with another address may not.
        mag: ['anoniem'],
        weigering: { buitenstaander: 403 },
        verzoek: async () => {
          const inv = await als.coordinator.call('POST', w('/uitnodigingen'), { email: `genodigde-${uniek()}@voorbeeld.nl`, rol: 'lezer' });
          const token = String(inv.body.link).split('/uitnodiging/')[1]!;
          return { pad: `/uitnodigingen/${token}/acceptaties`, body: { naam: 'Nieuw Lid', organisatie: 'Buurtbemiddeling Dijkstede', wachtwoord: 'een lang en goed wachtwoord' } };
        },
      },
    ],
    'POST /werkruimtes': [
      {
        variant: 'alleen een coördinator van de gemeente (of een beheerder)',
        mag: ['coordinator'],
        weigering: { buitenstaander: 403 },
        verzoek: async () => ({ pad: '/werkruimtes', body: { naam: `Project ${uniek()}`, soort: 'project', gemeentecode: 'GM0193', periodeStart: 2027, periodeEinde: 2028 } }),
      },
    ],

    // --- Workspace and members -------------------------------------------------------------------
    'PATCH /werkruimtes/{werkruimteId}': [
      { mag: ['coordinator'], verzoek: async () => ({ pad: w(), body: { naam: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }, headers: await ifMatch(w()) }) },
      { variant: 'datum van het coalitieakkoord', mag: ['coordinator'], verzoek: async () => ({ pad: w(), body: { coalitieakkoord: '2026-06-10' }, headers: await ifMatch(w()) }) },
    ],
    'PATCH /werkruimtes/{werkruimteId}/leden/{gebruikerId}': [
      {
        mag: ['coordinator'],
        verzoek: async () => {
          const lid = await nieuwLid('lezer');
          return { pad: w(`/leden/${lid.gebruikerId}`), body: { rol: 'redacteur' }, headers: { 'If-Match': `"${lid.versie}"` } };
        },
      },
    ],
    'DELETE /werkruimtes/{werkruimteId}/leden/{gebruikerId}': [
      {
        mag: ['coordinator'],
        verzoek: async () => {
          const lid = await nieuwLid('lezer');
          return { pad: w(`/leden/${lid.gebruikerId}`), headers: { 'If-Match': `"${lid.versie}"` } };
        },
      },
    ],
    'POST /werkruimtes/{werkruimteId}/uitnodigingen': [{ mag: ['coordinator'], verzoek: async () => ({ pad: w('/uitnodigingen'), body: { email: `nieuw-${uniek()}@voorbeeld.nl`, rol: 'lezer' } }) }],

    // --- Analysis sections and comments ----------------------------------------------------------
    'PATCH /werkruimtes/{werkruimteId}/secties/{sleutel}': [
      {
        variant: 'tekst van thema 1.3, toegewezen aan de organisatie van de partner',
        mag: ['coordinator', 'redacteur', 'partner'],
        verzoek: async () => ({ pad: sectie('thema-1.3'), body: { tekst: `Analyse woninginbraak, versie ${uniek()}` }, headers: await ifMatch(sectie('thema-1.3')) }),
      },
      {
        variant: 'tekst van thema 2.1, niet toegewezen',
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({ pad: sectie('thema-2.1'), body: { tekst: `Winkelgebied, versie ${uniek()}` }, headers: await ifMatch(sectie('thema-2.1')) }),
      },
      {
        variant: 'tekst van het vertrouwelijke thema 5.2 (partner), onzichtbaar zonder toegang',
        mag: ['coordinator', 'partner'],
        weigering: { redacteur: 404, lezer: 404, auditor: 404 },
        verzoek: async () => ({ pad: sectie('thema-5.2'), body: { tekst: `Ondermijning, versie ${uniek()}` }, headers: await ifMatch(sectie('thema-5.2')) }),
      },
      {
        variant: 'vertrouwelijkheid instellen',
        mag: ['coordinator'],
        verzoek: async () => ({ pad: sectie('thema-2.2'), body: { vertrouwelijk: false }, headers: await ifMatch(sectie('thema-2.2')) }),
      },
    ],
    'POST /werkruimtes/{werkruimteId}/secties/{sleutel}/herstellingen': [
      {
        mag: ['coordinator'],
        verzoek: async () => {
          const hist = (await als.coordinator.get(`${sectie('thema-1.3')}/wijzigingen`)).body.wijzigingen as { id: number; soort: string }[];
          const wijzigingId = hist.find((x) => x.soort === 'sectie.tekst')!.id;
          return { pad: `${sectie('thema-1.3')}/herstellingen`, body: { wijzigingId }, headers: await ifMatch(sectie('thema-1.3')) };
        },
      },
    ],
    'POST /werkruimtes/{werkruimteId}/teksten/{sleutel}/herstellingen': [
      {
        variant: 'een versie van een samen geschreven tekst van het IVP (de raad ziet de tekst in wording niet: 404)',
        mag: ['coordinator'],
        weigering: { raad: 404 },
        verzoek: async () => {
          const tekst = await zoekOfMaakTekst(testDb.db, ws, 'ivp.coordinatie', async () => {
            const inhoud = uitPlatteTekst('Coördinatie door het team veiligheid.');
            return { staat: staatUitRijk(inhoud), inhoud };
          });
          const versieId = await bewaarVersie(testDb.db, { tekstId: tekst.id, staat: tekst.updates[0]!, inhoud: uitPlatteTekst('Eerdere versie.'), door: [id.coordinator] });
          return { pad: w('/teksten/ivp.coordinatie/herstellingen'), body: { versieId } };
        },
      },
    ],
    'POST /werkruimtes/{werkruimteId}/secties/{sleutel}/opmerkingen': [
      { mag: ['coordinator', 'redacteur', 'partner', 'beslisser'], verzoek: async () => ({ pad: `${sectie('thema-1.3')}/opmerkingen`, body: { tekst: 'Graag cijfers toevoegen.' } }) },
    ],
    'PATCH /werkruimtes/{werkruimteId}/opmerkingen/{opmerkingId}': (['coordinator', 'partner'] as const).map(
      (auteur): Geval => ({
        variant: `opmerking van de ${auteur} oplossen`,
        mag: auteur === 'partner' ? ['coordinator', 'redacteur', 'partner'] : ['coordinator', 'redacteur'],
        verzoek: async () => {
          const geplaatst = await als[auteur].call('POST', `${sectie('thema-1.3')}/opmerkingen`, { tekst: `Vraag van de ${auteur}` });
          expect(geplaatst.status).toBe(201);
          return { pad: w(`/opmerkingen/${geplaatst.body.id as string}`), body: { opgelost: true }, headers: { 'If-Match': `"${geplaatst.body.versie as number}"` } };
        },
      }),
    ),

    // --- The policy cycle (saved unchanged, with the current version) -----------------------------
    'PUT /werkruimtes/{werkruimteId}/proces': cyclusDeel('/proces', ['coordinator']),
    'PUT /werkruimtes/{werkruimteId}/startnotitie': cyclusDeel('/startnotitie', ['coordinator', 'redacteur']),
    'PUT /werkruimtes/{werkruimteId}/prioriteiten': cyclusDeel('/prioriteiten', ['coordinator', 'redacteur']),
    'PUT /werkruimtes/{werkruimteId}/kandidaten': [
      { mag: ['coordinator', 'redacteur'], verzoek: async (wie) => ({ ...(await huidigDeel(await gezamenlijk('/kandidaten'), wie)), body: { GM0310: { themaIds: ['1.3'], toelichting: `Uit de analyse (${uniek()}).` } } }) },
    ],
    'PUT /werkruimtes/{werkruimteId}/overige-themas': cyclusDeel('/overige-themas', ['coordinator', 'redacteur']),
    'PUT /werkruimtes/{werkruimteId}/prioriteringssessie': cyclusDeel('/prioriteringssessie', ['coordinator', 'redacteur']),
    'PUT /werkruimtes/{werkruimteId}/ivp': cyclusDeel('/ivp', ['coordinator', 'redacteur']),
    // Issue 15: only the coordinator records why a priority has no effect indicator with a target.
    'PUT /werkruimtes/{werkruimteId}/uitzonderingen': [
      {
        mag: ['coordinator'],
        verzoek: async (wie) => ({ ...(await huidigDeel(w('/uitzonderingen'), wie)), body: { p2: { reden: `De nulmeting volgt uit de Veiligheidsmonitor 2027 (${uniek()}).` } } }),
      },
    ],
    'PUT /werkruimtes/{werkruimteId}/project': [
      { variant: 'in het demoproject', mag: ['coordinator', 'redacteur'], verzoek: (wie) => huidigDeel(`/werkruimtes/${project}/project`, wie) },
    ],
    'PUT /werkruimtes/{werkruimteId}/uitvoeringsplannen/{jaar}': cyclusDeel('/uitvoeringsplannen/2027', ['coordinator', 'redacteur']),
    // Issue 19, point 5: the coordinator starts the next plan from this one; the look-back's reasons
    // (the demo IVP has no predecessor: who may write gets 409, not a refusal).
    'POST /werkruimtes/{werkruimteId}/opvolger': [{ mag: ['coordinator'], verzoek: async () => ({ pad: w('/opvolger'), body: { naam: `IVP Dijkstede 2031-2034 ${uniek()}`, periodeStart: 2031, periodeEinde: 2034 } }) }],
    'PUT /werkruimtes/{werkruimteId}/terugblik': [
      { mag: ['coordinator', 'redacteur'], verzoek: async () => ({ pad: w('/terugblik'), body: { vervallenPrioriteiten: {} }, headers: { 'If-Match': '"0"' } }) },
    ],
    'POST /werkruimtes/{werkruimteId}/uitvoeringsplannen/{jaar}/vervolgplan': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const jaren = (await als.coordinator.get(w('/uitvoeringsplannen'))).body.jaren as number[];
          return { pad: w(`/uitvoeringsplannen/${Math.max(...jaren)}/vervolgplan`), body: {} };
        },
      },
    ],
    'POST /werkruimtes/{werkruimteId}/documenten/{document}/besluiten': [
      {
        mag: ['coordinator', 'beslisser'],
        verzoek: async () => ({ pad: w('/documenten/veiligheidsanalyse/besluiten'), body: { soort: 'besproken', orgaan: 'MT', datum: '2026-12-01', toelichting: 'Besproken.' } }),
      },
    ],

    // --- Police figures ----------------------------------------------------------------------------
    'PUT /werkruimtes/{werkruimteId}/politiecijfers/halt': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({
          pad: w('/politiecijfers/halt'),
          body: { gemeentecode: 'GM9999', jaar: 2024, verwijzingen: 12, jongeren: 1500 },
          headers: await ifMatch(w('/politiecijfers/begrotingsindicatoren')),
        }),
      },
    ],
    'PUT /werkruimtes/{werkruimteId}/politiecijfers/inwoners': [
      { mag: ['coordinator', 'redacteur'], verzoek: async () => ({ pad: w('/politiecijfers/inwoners'), body: { regio: 'GM9999', jaar: 2024, inwoners: 41_000 }, headers: await ifMatch(w('/politiecijfers')) }) },
    ],
    'PUT /werkruimtes/{werkruimteId}/politiecijfers/themakoppeling': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({ pad: w('/politiecijfers/themakoppeling'), body: { afwijkingen: [{ code: '1.2.4', themaId: '2.1' }] }, headers: await ifMatch(w('/politiecijfers/themakoppeling')) }),
      },
    ],
    'POST /werkruimtes/{werkruimteId}/politiecijfers/imports': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({
          pad: w('/politiecijfers/imports'),
          body: { bestandsnaam: '47018NED.csv', grootte: 100 },
          staat: async () => (await als.coordinator.get(w('/politiecijfers/imports'))).body,
        }),
      },
    ],
    'PUT /werkruimtes/{werkruimteId}/politiecijfers/imports/{importId}/codelijsten/{lijst}': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const importId = await nieuweImport();
          return { pad: w(`/politiecijfers/imports/${importId}/codelijsten/soorten`), ruw: { type: 'text/csv', inhoud: CSV_SOORTEN }, staat: importStaat(importId) };
        },
      },
    ],
    'PUT /werkruimtes/{werkruimteId}/politiecijfers/imports/{importId}/bestand': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const importId = await nieuweImport();
          return { pad: w(`/politiecijfers/imports/${importId}/bestand`), ruw: { type: 'text/csv', inhoud: CSV_POLITIE }, staat: importStaat(importId) };
        },
      },
    ],
    'DELETE /werkruimtes/{werkruimteId}/politiecijfers/imports/{importId}': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const importId = await nieuweImport();
          return { pad: w(`/politiecijfers/imports/${importId}`), staat: importStaat(importId) };
        },
      },
    ],
    // --- Veiligheidsmonitor (issue 16, punt 5): the same right as the police import ---------------
    'POST /werkruimtes/{werkruimteId}/veiligheidsmonitor/imports': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({
          pad: w('/veiligheidsmonitor/imports?bestandsnaam=vm.csv'),
          ruw: { type: 'text/csv', inhoud: 'Onderwerp,Perioden,Waarde_Groningen (PV)_2017,Marges_Groningen (PV)_2017\n|||Voelt zich wel eens onveilig in buurt ,%,"15,8","1,6"\n' },
        }),
      },
    ],

    // --- CBS 83648NED, geweld and vernielingen per municipality (issue 16, punt 1): the same right as the police import ---
    'POST /werkruimtes/{werkruimteId}/politiecijfers/cbs-misdrijfgroepen': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({
          pad: w('/politiecijfers/cbs-misdrijfgroepen?bestandsnaam=83648NED.csv'),
          ruw: { type: 'text/csv', inhoud: '"SoortMisdrijf";"RegioS";"Perioden";"TotaalGeregistreerdeMisdrijven_1"\n"CRI3000";"GM0014    ";"2021JJ00";"1000"\n' },
        }),
      },
    ],

    // --- Steering: indicators, measurements, progress, meetings, reports --------------------------
    'POST /werkruimtes/{werkruimteId}/indicatoren': [
      { mag: ['coordinator', 'redacteur'], verzoek: async () => ({ pad: w('/indicatoren'), body: { naam: `Fietsdiefstal ${uniek()}`, eenheid: 'aantal', richting: 'lager-is-beter' } }) },
    ],
    // Import of an indicator table (issue 16, point 4): the same right as adding an indicator.
    'POST /werkruimtes/{werkruimteId}/indicatoren/import/voorbeeld': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({ pad: w('/indicatoren/import/voorbeeld?bestandsnaam=tabel.csv'), ruw: { type: 'text/csv', inhoud: `Indicator;Eenheid;Realisatie 2023;Streefwaarde 2026\nOverlast ${uniek()};aantal;120;afname\n` } }),
      },
    ],
    'POST /werkruimtes/{werkruimteId}/indicatoren/import': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({ pad: w('/indicatoren/import?bestandsnaam=tabel.csv'), ruw: { type: 'text/csv', inhoud: `Indicator;Eenheid;Realisatie 2023;Streefwaarde 2026\nOverlast ${uniek()};aantal;120;afname\n` } }),
      },
    ],
    'PUT /werkruimtes/{werkruimteId}/indicatoren/{indicatorId}': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const indicator = await nieuweIndicator(null);
          const pad = w(`/indicatoren/${indicator}`);
          return { pad, body: { naam: `Woninginbraken ${uniek()}`, eenheid: 'aantal', richting: 'lager-is-beter', referentiejaar: 2023, referentiewaarde: 90 }, headers: await ifMatch(pad) };
        },
      },
    ],
    'DELETE /werkruimtes/{werkruimteId}/indicatoren/{indicatorId}': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const pad = w(`/indicatoren/${await nieuweIndicator(null)}`);
          return { pad, headers: await ifMatch(pad) };
        },
      },
    ],
    'POST /werkruimtes/{werkruimteId}/indicatoren/{indicatorId}/metingen': [
      metingVariant('partner', ['coordinator', 'redacteur', 'partner'], async (i) => ({ pad: w(`/indicatoren/${i}/metingen`), body: { periode: '2025', waarde: 95 }, headers: await ifMatch(w(`/indicatoren/${i}`)) })),
      metingVariant('beslisser', ['coordinator', 'redacteur', 'beslisser'], async (i) => ({ pad: w(`/indicatoren/${i}/metingen`), body: { periode: '2025', waarde: 95 }, headers: await ifMatch(w(`/indicatoren/${i}`)) })),
      metingVariant(null, ['coordinator', 'redacteur'], async (i) => ({ pad: w(`/indicatoren/${i}/metingen`), body: { periode: '2025', waarde: 95 }, headers: await ifMatch(w(`/indicatoren/${i}`)) })),
    ],
    'DELETE /werkruimtes/{werkruimteId}/indicatoren/{indicatorId}/metingen/{periode}': (
      [
        ['partner', ['coordinator', 'redacteur', 'partner']],
        [null, ['coordinator', 'redacteur']],
      ] as const
    ).map(([eigenaar, mag]) =>
      metingVariant(eigenaar, mag, async (i) => {
        const meting = await als.coordinator.call('POST', w(`/indicatoren/${i}/metingen`), { periode: '2025', waarde: 95 }, await ifMatch(w(`/indicatoren/${i}`)));
        expect(meting.status, JSON.stringify(meting.body)).toBe(201);
        return { pad: w(`/indicatoren/${i}/metingen/2025`), headers: await ifMatch(w(`/indicatoren/${i}`)) };
      }),
    ),
    'POST /werkruimtes/{werkruimteId}/uitvoeringsplannen/{jaar}/maatregelen/{maatregelId}/voortgang': (
      [
        ['partner', ['coordinator', 'redacteur', 'partner']],
        ['coordinator', ['coordinator', 'redacteur']],
      ] as const
    ).map(([eigenaar, mag]) => ({
      variant: `maatregel met de ${eigenaar} als eigenaar`,
      mag,
      verzoek: async () => ({
        pad: w(`/uitvoeringsplannen/2027/maatregelen/${await maatregelVan(eigenaar)}/voortgang`),
        body: { status: 'loopt', datum: '2027-05-01', toelichting: 'Volgens planning.' },
        headers: await ifMatch(w('/uitvoeringsplannen/2027')),
      }),
    })),
    'PUT /werkruimtes/{werkruimteId}/voortgangsoverleg': cyclusDeel('/voortgangsoverleg', ['coordinator', 'redacteur']),
    'POST /werkruimtes/{werkruimteId}/voortgangsoverleg/herinneringen': [{ mag: ['coordinator'], verzoek: async () => ({ pad: w('/voortgangsoverleg/herinneringen') }) }],
    'PUT /werkruimtes/{werkruimteId}/voortgangsrapportages/{periode}': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({ pad: w('/voortgangsrapportages/2027-K2'), body: { hoogtepunten: 'Cameratoezicht gestart.', knelpunten: '' }, headers: await ifMatch(w('/voortgangsrapportages/2027-K2')) }),
      },
    ],
    // --- The prioritisation round (issue 15): the coordinator manages, only who is on the list ranks ----
    'POST /werkruimtes/{werkruimteId}/prioriteringsrondes': [
      { mag: ['coordinator'], verzoek: async () => ({ pad: w('/prioriteringsrondes'), body: { naam: `Ronde ${uniek()}`, themaIds: ['1.4', '2.1'] } }) },
    ],
    'PATCH /werkruimtes/{werkruimteId}/prioriteringsrondes/{rondeId}': [
      {
        variant: 'een ronde met de raad (het raadslid staat op de lijst, mag niet beheren: 403)',
        mag: ['coordinator'],
        verzoek: async () => {
          const ronde = await nieuweRonde({});
          return { pad: w(`/prioriteringsrondes/${ronde}`), body: { naam: `Gewijzigd ${uniek()}` }, headers: await ifMatch(w(`/prioriteringsrondes/${ronde}`)) };
        },
      },
    ],
    'PUT /werkruimtes/{werkruimteId}/prioriteringsrondes/{rondeId}/mijn-rangorde': [
      {
        variant: 'een ronde met de raad: alleen het raadslid op de lijst',
        mag: ['raad'],
        verzoek: async () => ({ pad: w(`/prioriteringsrondes/${await nieuweRonde({})}/mijn-rangorde`), body: { rangorde: [{ themaId: '2.1', argument: 'Winkeliers melden overlast.' }] } }),
      },
      {
        variant: 'een ronde met iedere rol die mag meedoen op de lijst (een lezer kan niet meedoen)',
        mag: ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad'],
        verzoek: async () => ({
          pad: w(`/prioriteringsrondes/${await nieuweRonde({ deelnemerIds: (['coordinator', 'redacteur', 'partner', 'beslisser', 'raad'] as const).map((r) => id[r]) })}/mijn-rangorde`),
          body: { rangorde: [{ themaId: '1.4' }] },
        }),
      },
      {
        variant: 'een ronde waar het raadslid niet op de lijst staat: voor hem bestaat zij niet (404)',
        mag: ['beslisser'],
        weigering: { raad: 404 },
        verzoek: async () => ({ pad: w(`/prioriteringsrondes/${await nieuweRonde({ groep: 'college' })}/mijn-rangorde`), body: { rangorde: [{ themaId: '1.4' }] } }),
      },
    ],
    'POST /werkruimtes/{werkruimteId}/prioriteringsrondes/{rondeId}/overname': [
      {
        variant: 'een thema dat al prioriteit is (wordt overgeslagen; het verslag van de sessie wordt geschreven)',
        mag: ['coordinator'],
        verzoek: async () => ({ pad: w(`/prioriteringsrondes/${await nieuweRonde({ themaIds: ['1.1', '2.1'] })}/overname`), body: { themaIds: ['1.1'] } }),
      },
    ],
    'POST /meldingen/{meldingId}/gelezen': [
      {
        variant: 'een melding van de coördinator; voor ieder ander bestaat zij niet',
        mag: ['coordinator'],
        weigering: Object.fromEntries(rollen.map((r) => [r, 404])),
        verzoek: async () => {
          const { rows } = await testDb.db.query<{ id: string }>(
            `insert into meldingen (gebruiker_id, werkruimte_id, soort, tekst, pad, sleutel) values ($1, $2, 'signaal', 'Indicator achter', 'dashboard', $3) returning id`,
            [id.coordinator, ws, `rollenmatrix-${uniek()}`],
          );
          return { pad: `/meldingen/${rows[0]!.id}/gelezen` };
        },
      },
    ],
    // --- The council view (issue 15, point 3) ----------------------------------------------------
    'POST /werkruimtes/{werkruimteId}/raadsvragen': [
      { mag: ['raad'], verzoek: async () => ({ pad: w('/raadsvragen'), body: { prioriteitId: 'p2', vraag: `Hoe staat de camerapilot ervoor? (${uniek()})` } }) },
    ],
    'PUT /werkruimtes/{werkruimteId}/raadsvragen/{vraagId}/antwoord': [
      {
        variant: 'een nieuwe vraag van het raadslid, met If-Match',
        mag: ['coordinator'],
        verzoek: async () => {
          const { rows } = await testDb.db.query<{ id: string }>(
            `insert into raadsvragen (werkruimte_id, prioriteit_id, onderwerp, vraag, gesteld_door) values ($1, 'p2', 'Veilige en leefbare wijken', $2, $3) returning id`,
            [ws, `Vraag ${uniek()}`, id.raad],
          );
          return { pad: w(`/raadsvragen/${rows[0]!.id}/antwoord`), body: { antwoord: 'De pilot start in het tweede kwartaal.' }, headers: { 'If-Match': '"1"' } };
        },
      },
    ],
    'POST /werkruimtes/{werkruimteId}/voortgangsrapportages/{periode}/raadsbehandelingen': [
      { mag: ['coordinator'], verzoek: async () => ({ pad: w('/voortgangsrapportages/2027-K2/raadsbehandelingen'), body: { soort: 'aangeboden', datum: '2026-11-02' } }) },
    ],
    // --- Evaluations against a norms framework (issue 19, point 2) ------------------------------
    'POST /werkruimtes/{werkruimteId}/normenkaders': [
      { mag: ['coordinator', 'auditor'], verzoek: async () => ({ pad: w('/normenkaders'), body: { naam: `Kader ${uniek()}`, vanKader: 'standaard' } }) },
    ],
    'POST /werkruimtes/{werkruimteId}/evaluaties': [
      { mag: ['coordinator', 'redacteur', 'auditor'], verzoek: async () => ({ pad: w('/evaluaties'), body: { naam: `Evaluatie ${uniek()}`, uitvoerder: 'rekenkamer' } }) },
    ],
    'PATCH /werkruimtes/{werkruimteId}/evaluaties/{evaluatieId}': [
      {
        variant: 'een nieuwe evaluatie, met If-Match',
        mag: ['coordinator', 'redacteur', 'auditor'],
        verzoek: async () => ({ pad: w(`/evaluaties/${await nieuweEvaluatie()}`), body: { naam: `Hernoemd ${uniek()}` }, headers: { 'If-Match': '"1"' } }),
      },
    ],
    'PUT /werkruimtes/{werkruimteId}/evaluaties/{evaluatieId}/normen/{normId}': [
      {
        variant: 'een nieuwe evaluatie, met If-Match',
        mag: ['coordinator', 'redacteur', 'auditor'],
        verzoek: async () => ({ pad: w(`/evaluaties/${await nieuweEvaluatie()}/normen/1.1`), body: { oordeel: 'voldoet', toelichting: 'Elke maatregel noemt haar probleem.' }, headers: { 'If-Match': '"1"' } }),
      },
    ],
    // --- What residents say (issue 18): consultations, questionnaires, moderation ----------------
    'POST /werkruimtes/{werkruimteId}/raadplegingen': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({ pad: w('/raadplegingen'), body: { soort: 'enquete', titel: `Enquête ${uniek()}`, datum: '2026-10-01', gebied: 'GM9999', deelnemers: 300, resultaten: [{ themaId: '1.3', gebied: 'GM9999', aandeel: 12.5 }] } }),
      },
    ],
    'DELETE /werkruimtes/{werkruimteId}/raadplegingen/{raadplegingId}': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const { rows } = await testDb.db.query<{ id: string }>(`insert into raadplegingen (werkruimte_id, soort, titel, datum, gebied) values ($1, 'wijkbijeenkomst', $2, '2026-10-01', 'GM9999') returning id`, [ws, `Avond ${uniek()}`]);
          return { pad: w(`/raadplegingen/${rows[0]!.id}`) };
        },
      },
    ],
    'POST /werkruimtes/{werkruimteId}/vragenlijsten': [
      { mag: ['coordinator', 'redacteur'], verzoek: async () => ({ pad: w('/vragenlijsten'), body: { titel: `Buurtpeiling ${uniek()}`, start: '2026-11-01', einde: '2026-11-30' } }) },
    ],
    'PUT /werkruimtes/{werkruimteId}/inwonerteksten/{antwoordId}/beoordeling': [
      {
        variant: 'een nieuwe tekst van een inwoner',
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const l = await testDb.db.query<{ id: string }>(`insert into vragenlijsten (werkruimte_id, titel, start, einde, keuzes) values ($1, 'Peiling', current_date, current_date + 7, $2) returning id`, [ws, JSON.stringify(standaardKeuzes)]);
          const { rows } = await testDb.db.query<{ id: string }>(`insert into vragenlijstantwoorden (vragenlijst_id, keuzes, tekst, tekst_status) values ($1, '{inbraak}', $2, 'te-beoordelen') returning id`, [l.rows[0]!.id, `Veel inbraken ${uniek()}`]);
          return { pad: w(`/inwonerteksten/${rows[0]!.id}/beoordeling`), body: { besluit: 'goedgekeurd' } };
        },
      },
    ],
    // Reading priority titles (issue 17): a calculation on the public knowledge base that stores nothing, open to everyone.
    'POST /prioriteitclassificaties': [
      {
        variant: 'iedereen, ook zonder aanmelden',
        mag: ['anoniem', 'buitenstaander', ...rollen],
        verzoek: async () => ({ pad: '/prioriteitclassificaties', body: { titels: ['Veilige en leefbare kernen', 'Zorg en veiligheid'] } }),
      },
    ],
    'POST /vragenlijsten/{vragenlijstId}/antwoorden': [
      {
        variant: 'een openbare vragenlijst beantwoorden, met bewijs van werk',
        deelnemers: ['anoniem'],
        mag: ['anoniem'],
        verzoek: async () => {
          const l = await testDb.db.query<{ id: string }>(`insert into vragenlijsten (werkruimte_id, titel, start, einde, keuzes) values ($1, 'Peiling', current_date - 1, current_date + 7, $2) returning id`, [ws, JSON.stringify(standaardKeuzes)]);
          const id = l.rows[0]!.id;
          const bewijs = ((await anoniem.get(`/vragenlijsten/${id}`)).body.bewijs as { uitdaging: string; bits: number });
          let n = 0;
          while (nulBits(createHash('sha256').update(bewijs.uitdaging + n.toString(36)).digest()) < bewijs.bits) n++;
          return { pad: `/vragenlijsten/${id}/antwoorden`, body: { keuzes: ['inbraak'], buurt: null, uitdaging: bewijs.uitdaging, nonce: n.toString(36) } };
        },
      },
    ],
    // The public dashboard (issue 18): each refusal is tried against a state in which the write would change something.
    'PUT /werkruimtes/{werkruimteId}/publicaties/{onderdeel}': [
      {
        mag: ['coordinator'],
        verzoek: async () => {
          await testDb.db.query(`delete from publicaties where werkruimte_id = $1 and onderdeel = 'voortgang'`, [ws]);
          return { pad: w('/publicaties/voortgang') };
        },
      },
    ],
    'DELETE /werkruimtes/{werkruimteId}/publicaties/{onderdeel}': [
      {
        mag: ['coordinator'],
        verzoek: async () => {
          await testDb.db.query(`insert into publicaties (werkruimte_id, onderdeel) values ($1, 'voortgang') on conflict do nothing`, [ws]);
          return { pad: w('/publicaties/voortgang') };
        },
      },
    ],
    'PUT /werkruimtes/{werkruimteId}/publicaties': [
      {
        mag: ['coordinator'],
        verzoek: async () => {
          await testDb.db.query(`insert into publicaties (werkruimte_id, onderdeel) values ($1, 'voortgang') on conflict do nothing`, [ws]);
          return { pad: w('/publicaties'), body: { onderdelen: ['ivp'] } };
        },
      },
    ],
    // --- Agreements with partners and the Driehoek's capacity choices (issue 19, point 4) ---------
    'POST /werkruimtes/{werkruimteId}/afspraken': [
      { mag: ['coordinator', 'redacteur'], verzoek: async () => ({ pad: w('/afspraken'), body: { partner: `GGD ${uniek()}`, soort: 'levering', omschrijving: 'Cijfers per wijk.', status: 'gemaakt', prioriteitIds: ['p3'] } }) },
    ],
    'PUT /werkruimtes/{werkruimteId}/afspraken/{afspraakId}': [
      {
        variant: 'een nieuwe afspraak, met If-Match',
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const { rows } = await testDb.db.query<{ id: string }>(`insert into afspraken (werkruimte_id, partner, soort, omschrijving, status) values ($1, $2, 'capaciteit', 'Twee agenten.', 'gemaakt') returning id`, [ws, `Politie ${uniek()}`]);
          return { pad: w(`/afspraken/${rows[0]!.id}`), body: { partner: 'Politie basisteam Dijkstede', soort: 'capaciteit', omschrijving: 'Drie agenten.', status: 'nagekomen' }, headers: { 'If-Match': '"1"' } };
        },
      },
    ],
    'DELETE /werkruimtes/{werkruimteId}/afspraken/{afspraakId}': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const { rows } = await testDb.db.query<{ id: string }>(`insert into afspraken (werkruimte_id, partner, soort, omschrijving, status) values ($1, $2, 'levering', 'Een analyse.', 'vervallen') returning id`, [ws, `OM ${uniek()}`]);
          return { pad: w(`/afspraken/${rows[0]!.id}`), headers: { 'If-Match': '"1"' } };
        },
      },
    ],
    'POST /werkruimtes/{werkruimteId}/capaciteitskeuzes': [
      { mag: ['coordinator', 'redacteur'], verzoek: async () => ({ pad: w('/capaciteitskeuzes'), body: { datum: '2026-12-01', onderwerp: `Inzet ${uniek()}`, keuze: 'Meer blauw op straat.', capaciteit: '1 fte', prioriteitIds: ['p2'] } }) },
    ],
    'PUT /werkruimtes/{werkruimteId}/capaciteitskeuzes/{keuzeId}': [
      {
        variant: 'een nieuwe keuze, met If-Match',
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const { rows } = await testDb.db.query<{ id: string }>(`insert into capaciteitskeuzes (werkruimte_id, datum, onderwerp, keuze) values ($1, '2026-12-01', $2, 'Meer toezicht.') returning id`, [ws, `Keuze ${uniek()}`]);
          return { pad: w(`/capaciteitskeuzes/${rows[0]!.id}`), body: { datum: '2026-12-02', onderwerp: 'Toezicht', keuze: 'Meer toezicht in het centrum.' }, headers: { 'If-Match': '"1"' } };
        },
      },
    ],
    'DELETE /werkruimtes/{werkruimteId}/capaciteitskeuzes/{keuzeId}': [
      {
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => {
          const { rows } = await testDb.db.query<{ id: string }>(`insert into capaciteitskeuzes (werkruimte_id, datum, onderwerp, keuze) values ($1, '2026-12-01', $2, 'Minder toezicht.') returning id`, [ws, `Keuze ${uniek()}`]);
          return { pad: w(`/capaciteitskeuzes/${rows[0]!.id}`), headers: { 'If-Match': '"1"' } };
        },
      },
    ],
    // --- The national picture (issue 17, point 3), in a national workspace ------------------------
    'POST /werkruimtes/{werkruimteId}/prioriteitenlijsten': [
      {
        variant: 'een lijst als CSV',
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({ pad: await landelijk('/prioriteitenlijsten?bestandsnaam=lijst.csv'), ruw: { type: 'text/csv', inhoud: `gemeentecode;jaar;titel\nGM0014;2020;Toezicht ${uniek()}\n` } }),
      },
      {
        variant: 'een voorbeeld (bewaart niets)',
        mag: ['coordinator', 'redacteur'],
        verzoek: async () => ({ pad: await landelijk('/prioriteitenlijsten?voorbeeld=true'), body: { bestandsnaam: 'lijst.csv', inhoud: `gemeentecode;jaar;titel\nGM0014;2020;Toezicht ${uniek()}\n`, bijNaam: true } }),
      },
    ],
    'DELETE /werkruimtes/{werkruimteId}/prioriteitenlijsten/{importId}': [
      { mag: ['coordinator'], verzoek: async () => ({ pad: await landelijk(`/prioriteitenlijsten/${await nieuweLijst()}`) }) },
    ],
  };

  async function stuur(wie: Client, method: string, v: Verzoek) {
    const h: Record<string, string> = { ...v.headers };
    if (wie.cookie) h.Cookie = wie.cookie;
    if (wie.csrf) h['X-CSRF-Token'] = wie.csrf;
    let body: string | undefined;
    if (v.ruw) {
      h['Content-Type'] = v.ruw.type;
      body = v.ruw.inhoud;
    } else if (v.body !== undefined) {
      h['Content-Type'] = 'application/json';
      body = JSON.stringify(v.body);
    }
    const res = await app.request(`/api/v1${v.pad}`, { method, headers: h, body });
    return { status: res.status, tekst: await res.text() };
  }

  async function deelnemer(d: Deelnemer): Promise<Client> {
    if (d === 'anoniem') return anoniem;
    if (d === 'eigen account') {
      const email = `eigen-${uniek()}@voorbeeld.nl`;
      await nieuwAccount(email);
      return Client.signIn(app, email);
    }
    return als[d];
  }

  it('heeft een regel voor elke schrijvende actie in het OpenAPI-document, en niet meer', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const acties = Object.entries(doc.paths).flatMap(([pad, ops]) =>
      schrijvend.filter((m) => m in ops).map((m) => `${m.toUpperCase()} ${pad.replace(/^\/api\/v1/, '')}`),
    );
    expect(acties.length).toBeGreaterThanOrEqual(41);
    const zonderRegel = acties.filter((a) => !(a in matrix));
    expect(zonderRegel, `Schrijvende acties zonder regel in de rollenmatrix (voeg ze toe aan matrix in ${import.meta.url.split('/').pop()})`).toEqual([]);
    expect(
      Object.keys(matrix).filter((a) => !acties.includes(a)),
      'Regels voor acties die niet (meer) in het OpenAPI-document staan',
    ).toEqual([]);
  });

  const gevallen = Object.entries(matrix).flatMap(([actie, lijst]) => lijst.map((g) => [`${actie}${g.variant ? ` (${g.variant})` : ''}`, actie, g] as const));

  it.each(gevallen)('%s', { timeout: 120_000 }, async (_naam, actie, geval) => {
    const method = actie.split(' ')[0]!;
    const deelnemers = geval.deelnemers ?? gewoneDeelnemers;
    const verwachteWeigering = (d: Deelnemer) => geval.weigering?.[d] ?? (d === 'anoniem' ? 401 : d === 'buitenstaander' ? 404 : 403);
    // Refusals first, against an unchanged state; then the allowed ones.
    const volgorde = [...deelnemers.filter((d) => !geval.mag.includes(d)), ...deelnemers.filter((d) => geval.mag.includes(d))];
    const uitkomst: Record<string, string> = {};
    const verwacht: Record<string, string> = {};
    for (const d of volgorde) {
      const wie = await deelnemer(d);
      const v = await geval.verzoek(wie, d);
      if (geval.mag.includes(d)) {
        const r = await stuur(wie, method, v);
        const geweigerd = [401, 403, 404].includes(r.status);
        const gelukt = (r.status >= 200 && r.status < 300) || [409, 412, 428].includes(r.status);
        uitkomst[d] = geweigerd ? `geweigerd (${r.status}): ${r.tekst}` : gelukt ? 'toegestaan' : `${r.status}: ${r.tekst}`;
        verwacht[d] = 'toegestaan';
      } else {
        const voor = await vingerafdruk();
        const staatVoor = await v.staat?.();
        const r = await stuur(wie, method, v);
        const na = await vingerafdruk();
        const staatNa = await v.staat?.();
        const veranderd = Object.keys({ ...voor, ...na }).filter((t) => voor[t] !== na[t]);
        if (JSON.stringify(staatVoor) !== JSON.stringify(staatNa)) veranderd.push('toestand in het geheugen');
        uitkomst[d] = `${r.status}${veranderd.length ? `, maar veranderde ${veranderd.join(', ')}` : ''}`;
        verwacht[d] = String(verwachteWeigering(d));
      }
    }
    expect(uitkomst).toEqual(verwacht);
  });

  it('laat een werkruimte aanmaken door wie in een werkruimte coördinator is en bij een gemeente werkt', async () => {
    const nieuw = () => ({ naam: `Project ${uniek()}`, soort: 'project', gemeentecode: 'GM0193', periodeStart: 2027, periodeEinde: 2028 });
    const mag = async (c: Client) => ((await c.get('/sessies/huidig')).body.gebruiker as { magWerkruimteAanmaken: boolean }).magWerkruimteAanmaken;
    // Coordinator of the demo project only: the redacteur (municipality) and the partner (police).
    await testDb.db.query(`update leden set rol = 'coordinator' where werkruimte_id = $1 and gebruiker_id = any($2::uuid[])`, [project, [id.redacteur, id.partner]]);
    try {
      expect(await mag(als.redacteur)).toBe(true);
      expect((await als.redacteur.call('POST', '/werkruimtes', nieuw())).status).toBe(201);
      expect(await mag(als.partner)).toBe(false);
      const partner = await als.partner.call('POST', '/werkruimtes', nieuw());
      expect(partner.status).toBe(403);
      expect(partner.body.detail).toContain('coördinator van de gemeente');
    } finally {
      await testDb.db.query(`update leden set rol = l.oud from (values ($2::uuid, 'redacteur'), ($3::uuid, 'partner')) as l(id, oud) where werkruimte_id = $1 and gebruiker_id = l.id`, [
        project,
        id.redacteur,
        id.partner,
      ]);
    }
    // An administrator (kernplan create-admin) may, member of a workspace or not.
    await testDb.db.query('update gebruikers set is_beheerder = true where email = $1', ['buitenstaander@demo.kernplan.nl']);
    expect(await mag(als.buitenstaander)).toBe(true);
    expect((await als.buitenstaander.call('POST', '/werkruimtes', nieuw())).status).toBe(201);
  });

  it('legt de weigeringen vast in het beveiligingslog, zonder wachtwoord of token', async () => {
    const { rows } = await testDb.db.query<{ soort: string }>('select soort, details, email from beveiligingslog');
    expect(rows.filter((r) => r.soort === 'geweigerd').length).toBeGreaterThan(100);
    const alles = JSON.stringify(rows);
    expect(alles).not.toContain(DEMO_PASSWORD);
    expect(alles).not.toContain(als.coordinator.cookie!.split('=')[1]);
    expect(alles).not.toContain(als.coordinator.csrf!);
  });
});
