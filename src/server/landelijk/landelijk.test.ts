/**
 * The national picture (issue 17, point 3) on PGlite and (with DATABASE_URL) PostgreSQL: a national
 * workspace imports the example list of 159 real priorities (preview first, all or nothing, errors by
 * line and column, the same file twice refused), adds the adopted or shared municipal IVPs of the
 * installation, and shows the shares per group; a municipality without consent appears only in the
 * counts (and not in a title); every new endpoint against every role, a non-member and anonymous.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { buitenstaander, demoLedenIn } from '../../../tests/support/demo-leden.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'] as const;
const FIXTURE = readFileSync(new URL('../../domain/landelijk/fixtures/prioriteiten-voorbeeld.csv', import.meta.url), 'utf8');

interface Groep {
  groep: { soort: string; waarde: string; naam: string };
  gemeentenInLand: number;
  gemeentenInData: number;
  verdeling: { prioriteiten: number; velden: { veld: number; prioriteiten: number; hoofdveld: number }[] };
  deelnemers: { genoemd: { code: string; naam: string }[]; nietGenoemd: number };
}

describe.each(dbKinds)('landelijk beeld op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  const als = {} as Record<(typeof rollen)[number] | 'buitenstaander', Client>;
  let anoniem: Client;
  let landelijk: string;
  const plan = {} as Record<'tiel' | 'schiedam' | 'vlaardingen', string>;

  async function zet(wie: Client, pad: string, body: unknown) {
    const nu = await wie.get(pad);
    return wie.call('PUT', pad, body, { 'If-Match': nu.headers.get('ETag') ?? '"0"' });
  }
  /** A raw CSV body, as the page sends a file. */
  async function csv(wie: Client, pad: string, inhoud: string) {
    const h: Record<string, string> = { 'Content-Type': 'text/csv' };
    if (wie.cookie) h.Cookie = wie.cookie;
    if (wie.csrf) h['X-CSRF-Token'] = wie.csrf;
    const r = await app.request(`/api/v1${pad}`, { method: 'POST', headers: h, body: inhoud });
    return { status: r.status, type: r.headers.get('Content-Type') ?? '', body: (await r.json()) as Record<string, unknown> };
  }
  const aantalRijen = async () => (await testDb.db.query<{ n: number }>('select count(*)::int as n from landelijk_prioriteiten')).rows[0]!.n;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of rollen) als[r] = await Client.signIn(app, mail(r));
    anoniem = Client.anonymous(app);
    als.buitenstaander = await buitenstaander(testDb.db, app);

    const r = await als.coordinator.call('POST', '/werkruimtes', {
      soort: 'ivp',
      naam: 'Landelijk beeld van prioriteiten',
      gemeentecode: 'GM0344',
      periodeStart: 2027,
      periodeEinde: 2030,
      regio: { soort: 'landelijk', gemeenten: ['GM0344'] },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    landelijk = r.body.id as string;
    // The demo's members get the same roles in the national workspace (test set-up).
    await demoLedenIn(testDb.db, landelijk);

    // Three municipal IVPs: Tiel adopted and consents to its name, Schiedam shares a draft without
    // consent, Vlaardingen does not share (not in the picture).
    const prioriteiten = {
      tiel: [
        { titel: 'Ondermijning in het buitengebied', themaIds: ['5.2'] },
        { titel: 'Overlast van jongeren rond het station', themaIds: ['3.1'] },
      ],
      schiedam: [{ titel: 'Woninginbraak', themaIds: ['1.3'] }],
      vlaardingen: [{ titel: 'Geheim concept', themaIds: ['2.3'] }],
    };
    const codes = { tiel: 'GM0281', schiedam: 'GM0606', vlaardingen: 'GM0622' } as const;
    for (const naam of ['tiel', 'schiedam', 'vlaardingen'] as const) {
      const w = await als.coordinator.call('POST', '/werkruimtes', { soort: 'ivp', naam: `IVP ${naam} 2027-2030`, gemeentecode: codes[naam], periodeStart: 2027, periodeEinde: 2030 });
      expect(w.status, JSON.stringify(w.body)).toBe(201);
      plan[naam] = w.body.id as string;
      const p = await zet(als.coordinator, `/werkruimtes/${plan[naam]}/prioriteiten`, prioriteiten[naam]);
      expect(p.status, JSON.stringify(p.body)).toBe(200);
    }
    await testDb.db.query("insert into besluiten (werkruimte_id, document, soort, orgaan, datum, versie) values ($1, 'ivp', 'vastgesteld', 'Raad', '2027-03-12', 1)", [plan.tiel]);
    const naam = await als.coordinator.write('PATCH', `/werkruimtes/${plan.tiel}`, { naamInLandelijkBeeld: true }, `/werkruimtes/${plan.tiel}`);
    expect(naam.status, JSON.stringify(naam.body)).toBe(200);
    const deel = await als.coordinator.write('PATCH', `/werkruimtes/${plan.schiedam}`, { deeltMetRegio: true }, `/werkruimtes/${plan.schiedam}`);
    expect(deel.status, JSON.stringify(deel.body)).toBe(200);
  }, 180_000);
  afterAll(async () => {
    await testDb?.drop();
  });

  it('toont een voorbeeld van de voorbeeldlijst zonder iets te bewaren', async () => {
    const r = await csv(als.redacteur, `/werkruimtes/${landelijk}/prioriteitenlijsten?voorbeeld=true&bestandsnaam=prioriteiten-voorbeeld.csv`, FIXTURE);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ bestandsnaam: 'prioriteiten-voorbeeld.csv', aantal: 159, gemeenten: 30, fouten: [], kanOpslaan: true, eerderIngelezen: null });
    expect((r.body.rijen as unknown[]).length).toBe(159);
    expect(r.body.metThemas as number).toBeGreaterThan(0);
    expect((r.body.metThemas as number) + (r.body.teClassificeren as number)).toBe(159);
    expect(await aantalRijen()).toBe(0);
  });

  it('weigert een lijst met fouten als geheel, met regel en kolom', async () => {
    const fout = 'gemeentecode;jaar;titel\nGM0363;2023;Ondermijning\nGM9998;2023;Overlast\n0599;20x3;Jeugd\n';
    const voorbeeld = await csv(als.coordinator, `/werkruimtes/${landelijk}/prioriteitenlijsten?voorbeeld=true`, fout);
    expect(voorbeeld.status).toBe(200);
    expect(voorbeeld.body.kanOpslaan).toBe(false);
    expect((voorbeeld.body.fouten as { regel: number; kolom: string }[]).map((f) => `${f.regel} ${f.kolom}`)).toEqual(['3 gemeentecode', '4 jaar']);
    const r = await csv(als.coordinator, `/werkruimtes/${landelijk}/prioriteitenlijsten`, fout);
    expect(r.status).toBe(422);
    expect(r.type).toContain('application/problem+json');
    expect(String(r.body.detail)).toContain('Regel 3, kolom gemeentecode');
    expect(String(r.body.detail)).toContain('Er is niets bewaard');
    expect((r.body.invalidParams as { name: string }[]).map((p) => p.name)).toEqual(['regel 3, kolom gemeentecode', 'regel 4, kolom jaar']);
    expect(await aantalRijen()).toBe(0);
    const leeg = await csv(als.coordinator, `/werkruimtes/${landelijk}/prioriteitenlijsten`, 'gemeentecode;jaar;titel\n');
    expect(leeg.status).toBe(422);
  });

  it('leest de voorbeeldlijst in (CSV) en een kleine lijst (JSON), en weigert hetzelfde bestand twee keer', async () => {
    const r = await csv(als.redacteur, `/werkruimtes/${landelijk}/prioriteitenlijsten?bestandsnaam=prioriteiten-voorbeeld.csv`, FIXTURE);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ bestandsnaam: 'prioriteiten-voorbeeld.csv', aantal: 159, gemeenten: 30, bijNaam: false, ingelezenDoor: expect.any(String) });
    expect(await aantalRijen()).toBe(159);
    const nogEens = await csv(als.coordinator, `/werkruimtes/${landelijk}/prioriteitenlijsten`, FIXTURE);
    expect(nogEens.status).toBe(409);
    const json = await als.coordinator.call('POST', `/werkruimtes/${landelijk}/prioriteitenlijsten`, {
      bestandsnaam: 'eigen-lijst.csv',
      inhoud: 'gemeentecode;jaar;titel;thema\nGM0363;2023;Ondermijning;5.2\n0344;2024;Veilige wijken;1.1\nGM0622;2022;Overlast in de binnenstad van Vlaardingen;\n',
      bijNaam: true,
    });
    expect(json.status, JSON.stringify(json.body)).toBe(201);
    expect(json.body).toMatchObject({ aantal: 3, bijNaam: true, gemeenten: 3, jaren: [2022, 2023, 2024] });
    const lijst = await als.lezer.get(`/werkruimtes/${landelijk}/prioriteitenlijsten`);
    expect(lijst.status).toBe(200);
    expect((lijst.body.imports as { bestandsnaam: string }[]).map((i) => i.bestandsnaam)).toEqual(['eigen-lijst.csv', 'prioriteiten-voorbeeld.csv']);
    const onjuist = await als.coordinator.call('POST', `/werkruimtes/${landelijk}/prioriteitenlijsten`, { bestandsnaam: 'x.csv' });
    expect(onjuist.status).toBe(400);
  });

  it('telt per groep, met de werkruimtes die vastgesteld zijn of gedeeld worden, en noemt alleen wie instemde', async () => {
    const r = await als.lezer.get(`/werkruimtes/${landelijk}/landelijk-beeld?perJaarPerGroep=true&titelsAantal=500`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const b = r.body as {
      landelijk: { gemeentenInData: number; gemeentenInLand: number; verdeling: { prioriteiten: number }; deelnemers: { genoemd: { code: string; naam: string }[]; nietGenoemd: number }; perJaar: { jaar: number }[] };
      groepen: Groep[];
      geclassificeerd: { titel: string; geclassificeerd: true; suggestie: { zekerheid: number } | null; deelnemers: { genoemd: unknown[]; nietGenoemd: number } }[];
      titels: { totaal: number };
      bronnen: { import: { prioriteiten: number }; werkruimte: { prioriteiten: number; plannen: number } };
      p10: { gemeentenInLand: number; ledenVolgensP10: number };
    };
    // 159 + 3 imported; from workspaces Tiel (2), Schiedam (1) and the demo plan of Dijkstede (GM9999,
    // adopted in the demo, not a municipality of 2024: listed as unknown, not counted). Vlaardingen's
    // draft is not shared.
    expect(b.bronnen).toEqual({ import: { prioriteiten: 162 }, werkruimte: { prioriteiten: 6, plannen: 3 } });
    expect((b as unknown as { onbekendeGemeenten: { gemeentecode: string }[] }).onbekendeGemeenten.map((o) => o.gemeentecode)).toEqual(['GM9999', 'GM9999', 'GM9999']);
    expect(b.landelijk.verdeling.prioriteiten).toBe(165);
    expect(JSON.stringify(b)).not.toContain('Geheim concept');
    // 30 of the list, Amsterdam and Utrechtse Heuvelrug... : GM0363, GM0344, GM0622, GM0606 are new; Tiel is in the list already.
    expect(b.landelijk.gemeentenInData).toBe(34);
    expect(b.landelijk.gemeentenInLand).toBe(342);
    const groep = (soort: string, waarde = soort) => b.groepen.find((g) => g.groep.soort === soort && g.groep.waarde === waarde)!;
    // G4 in the list: Den Haag and Rotterdam; plus Amsterdam and Utrecht from the JSON list.
    expect(groep('g4').gemeentenInData).toBe(4);
    expect(groep('g4').gemeentenInLand).toBe(4);
    expect(groep('g40').gemeentenInLand).toBe(41);
    expect(b.p10).toEqual({ gemeentenInLand: 27, ledenVolgensP10: 32 });
    expect(groep('grootteklasse', 'tot-20k').gemeentenInLand).toBe(65);
    expect(b.groepen.some((g) => g.groep.soort === 'provincie')).toBe(true);
    expect(b.groepen.some((g) => g.groep.soort === 'politie-eenheid')).toBe(true);
    expect(b.landelijk.perJaar.map((j) => j.jaar)).toContain(2027);

    // Named: only who consented for all of their priorities (Tiel: its plan consents, but its row in
    // the list does not). Amsterdam, Utrecht (JSON list with consent) are named; Vlaardingen too.
    const genoemd = b.landelijk.deelnemers.genoemd.map((g) => g.naam).sort();
    expect(genoemd).toEqual(['Amsterdam', 'Utrecht', 'Vlaardingen']);
    expect(b.landelijk.deelnemers.nietGenoemd).toBe(31);
    const tekst = JSON.stringify(b);
    expect(tekst).not.toContain('GM0606');
    expect(tekst).not.toContain('Schiedam');
    expect(tekst).not.toContain('Heerenveen');

    // Classified titles are marked and carry their suggestion.
    expect(b.titels.totaal).toBe(b.geclassificeerd.length);
    expect(b.geclassificeerd.length).toBeGreaterThan(30);
    expect(b.geclassificeerd.every((t) => t.geclassificeerd === true)).toBe(true);
    // A workspace priority always has its own themes: it is not classified.
    expect(b.geclassificeerd.some((t) => t.titel === 'Overlast van jongeren rond het station')).toBe(false);
    expect(b.geclassificeerd.some((t) => t.titel === 'Overlast in de binnenstad van Vlaardingen')).toBe(true);

    // Paged, by year, the latest plan only.
    const pagina = await als.lezer.get(`/werkruimtes/${landelijk}/landelijk-beeld?titelsVanaf=5&titelsAantal=3`);
    expect((pagina.body.geclassificeerd as { titel: string }[]).map((t) => t.titel)).toEqual(b.geclassificeerd.slice(5, 8).map((t) => t.titel));
    const jaar = await als.lezer.get(`/werkruimtes/${landelijk}/landelijk-beeld?jaar=2027`);
    expect((jaar.body.landelijk as { verdeling: { prioriteiten: number } }).verdeling.prioriteiten).toBe(3);
    const laatste = await als.lezer.get(`/werkruimtes/${landelijk}/landelijk-beeld?alleenLaatstePlan=true`);
    expect((laatste.body.landelijk as { verdeling: { prioriteiten: number } }).verdeling.prioriteiten).toBeLessThan(165);
    const fout = await als.lezer.get(`/werkruimtes/${landelijk}/landelijk-beeld?jaar=twintig`);
    expect(fout.status).toBe(400);
    expect((fout.body.invalidParams as { name: string }[])[0]!.name).toBe('jaar');

    // CSV: group x field.
    const c = await app.request(`/api/v1/werkruimtes/${landelijk}/landelijk-beeld?formaat=csv`, { headers: { Cookie: als.lezer.cookie! } });
    expect(c.status).toBe(200);
    expect(c.headers.get('Content-Type')).toContain('text/csv');
    const regels = (await c.text()).trim().split('\r\n');
    expect(regels[0]).toContain('groepsoort;groep;gemeenten_in_data;gemeenten_in_land');
    expect(regels.filter((l) => l.startsWith('g4;G4;4;4;')).length).toBe(5);
  });

  it('vervangt de naam van een gemeente die niet genoemd wil worden in een titel', async () => {
    const r = await als.coordinator.call('POST', `/werkruimtes/${landelijk}/prioriteitenlijsten`, {
      bestandsnaam: 'schiedam.csv',
      inhoud: 'gemeentecode;jaar;titel\nGM0606;2021;Overlast in de binnenstad van Schiedam\nGM0518;2021;Haagse aanpak van overlast\n',
    });
    expect(r.status).toBe(201);
    const b = await als.coordinator.get(`/werkruimtes/${landelijk}/landelijk-beeld?titelsAantal=500`);
    const titels = (b.body.geclassificeerd as { titel: string }[]).map((t) => t.titel);
    expect(titels).toContain('Overlast in de binnenstad van [gemeente]');
    expect(titels).toContain('[gemeente] aanpak van overlast');
    expect(JSON.stringify(b.body)).not.toContain('Schiedam');
    expect((await als.coordinator.call('DELETE', `/werkruimtes/${landelijk}/prioriteitenlijsten/${r.body.id as string}`)).status).toBe(204);
  });

  it('verwijdert een import als geheel (alleen de coördinator), een tweede keer is 404', async () => {
    const r = await als.coordinator.call('POST', `/werkruimtes/${landelijk}/prioriteitenlijsten`, { bestandsnaam: 'weg.csv', inhoud: 'gemeentecode;jaar;titel\nGM0014;2020;Cameratoezicht\n' });
    expect(r.status).toBe(201);
    const id = r.body.id as string;
    const voor = await aantalRijen();
    expect((await als.redacteur.call('DELETE', `/werkruimtes/${landelijk}/prioriteitenlijsten/${id}`)).status).toBe(403);
    const weg = await als.coordinator.call('DELETE', `/werkruimtes/${landelijk}/prioriteitenlijsten/${id}`);
    expect(weg.status).toBe(204);
    expect(await aantalRijen()).toBe(voor - 1);
    const nogEens = await als.coordinator.call('DELETE', `/werkruimtes/${landelijk}/prioriteitenlijsten/${id}`);
    expect(nogEens.status).toBe(404);
    const geenUuid = await als.coordinator.call('DELETE', `/werkruimtes/${landelijk}/prioriteitenlijsten/geen-uuid`);
    expect(geenUuid.status).toBe(400);
    expect((geenUuid.body.invalidParams as { name: string }[])[0]!.name).toBe('importId');
    expect(((await als.lezer.get(`/werkruimtes/${landelijk}/prioriteitenlijsten?aantal=1`)).body.imports as unknown[]).length).toBe(1);
    expect((await als.lezer.get(`/werkruimtes/${landelijk}/prioriteitenlijsten?aantal=0`)).status).toBe(400);
    expect(nogEens.headers.get('Content-Type')).toContain('application/problem+json');
  });

  it('laat alleen wie mag de nieuwe eindpunten gebruiken (elke rol, een niet-lid en anoniem)', async () => {
    const lezen = { coordinator: 200, redacteur: 200, partner: 200, beslisser: 200, raad: 403, lezer: 200, auditor: 200, buitenstaander: 404 } as const;
    for (const pad of ['prioriteitenlijsten', 'landelijk-beeld']) {
      for (const [wie, status] of Object.entries(lezen)) {
        expect((await als[wie as keyof typeof als].get(`/werkruimtes/${landelijk}/${pad}`)).status, `${wie} ${pad}`).toBe(status);
      }
      expect((await anoniem.get(`/werkruimtes/${landelijk}/${pad}`)).status).toBe(401);
      // A municipal workspace has no national picture: 404 with the reason.
      const geen = await als.coordinator.get(`/werkruimtes/${plan.tiel}/${pad}`);
      expect(geen.status).toBe(404);
      expect(String(geen.body.detail)).toContain('geen landelijke werkruimte');
    }
    const inlezen = { coordinator: 201, redacteur: 201, partner: 403, beslisser: 403, raad: 403, lezer: 403, auditor: 403, buitenstaander: 404 } as const;
    for (const [wie, status] of Object.entries(inlezen)) {
      const r = await als[wie as keyof typeof als].call('POST', `/werkruimtes/${landelijk}/prioriteitenlijsten`, { bestandsnaam: `${wie}.csv`, inhoud: `gemeentecode;jaar;titel\nGM0014;2020;Toezicht ${wie}\n` });
      expect(r.status, `${wie} POST`).toBe(status);
      if (status === 201) expect((await als.coordinator.call('DELETE', `/werkruimtes/${landelijk}/prioriteitenlijsten/${r.body.id as string}`)).status).toBe(204);
    }
    expect((await anoniem.call('POST', `/werkruimtes/${landelijk}/prioriteitenlijsten`, { bestandsnaam: 'a.csv', inhoud: 'gemeentecode;jaar;titel\nGM0014;2020;A\n' })).status).toBe(401);
    const geenLandelijk = await als.coordinator.call('POST', `/werkruimtes/${plan.tiel}/prioriteitenlijsten`, { bestandsnaam: 'a.csv', inhoud: 'gemeentecode;jaar;titel\nGM0014;2020;A\n' });
    expect(geenLandelijk.status).toBe(404);
    expect(String(geenLandelijk.body.detail)).toContain('geen landelijke werkruimte');
    const verwijderen = { coordinator: 204, redacteur: 403, partner: 403, beslisser: 403, raad: 403, lezer: 403, auditor: 403, buitenstaander: 404 } as const;
    for (const [wie, status] of Object.entries(verwijderen)) {
      const nieuw = await als.coordinator.call('POST', `/werkruimtes/${landelijk}/prioriteitenlijsten`, { bestandsnaam: `v-${wie}.csv`, inhoud: `gemeentecode;jaar;titel\nGM0014;2020;Verwijder ${wie}\n` });
      expect(nieuw.status).toBe(201);
      const pad = `/werkruimtes/${landelijk}/prioriteitenlijsten/${nieuw.body.id as string}`;
      expect((await als[wie as keyof typeof als].call('DELETE', pad)).status, `${wie} DELETE`).toBe(status);
      expect((await anoniem.call('DELETE', pad)).status).toBe(401);
      if (status !== 204) await als.coordinator.call('DELETE', pad);
    }
  });
});
