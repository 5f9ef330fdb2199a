import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/support/session-client.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';
import { groepen } from '../../domain/politie/cijfers.ts';

const amsterdam = readFileSync(new URL('../../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));
/** The real CBS code lists of table 47018NED, each with one made-up row (a district of another layout, an unknown crime type). */
const regioLijst = Buffer.concat([
  readFileSync(new URL('../../../../shared/data/cbs-47018NED/WijkenEnBuurten.csv', import.meta.url)),
  Buffer.from('"WK036399  ","Wijk 99 Testwijk","Wijk \'Wijk 99 Testwijk\' (WK036399) is een wijk in de gemeente \'Amsterdam\'.","GM0363","WK036399"\n'),
]);
const soortLijst = Buffer.concat([readFileSync(new URL('../../../../shared/data/cbs-47018NED/SoortMisdrijf.csv', import.meta.url)), Buffer.from('"9.9.9 ","9.9.9 Testsoort","Alleen voor de test.",\n')]);
const rollen = ['coordinator', 'redacteur', 'raad', 'lezer'] as const;

describe.each(dbKinds)('API politiecijfers (%s)', (kind) => {
  let t: TestDb;
  let app: KernplanApp;
  let w: string;
  const as = {} as Record<(typeof rollen)[number], Client>;

  beforeAll(async () => {
    t = await createTestDb(kind);
    await seedDemo(t.db);
    app = createApp({ db: t.db });
    for (const r of rollen) as[r] = await Client.signIn(app, `${r}@demo.kernplan.nl`);
    const demo = ((await as.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    // Een werkruimte van Amsterdam, met de demogebruikers in hun demorol.
    const nieuw = await as.coordinator.call('POST', '/werkruimtes', { naam: 'IVP Amsterdam', gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2030 });
    w = nieuw.body.id as string;
    const leden = (await as.coordinator.get(`/werkruimtes/${demo}/leden`)).body.leden as { gebruikerId: string; rol: string }[];
    for (const l of leden) if (l.rol !== 'coordinator') await t.db.query('insert into leden (werkruimte_id, gebruiker_id, rol) values ($1, $2, $3)', [w, l.gebruikerId, l.rol]);
  });
  afterAll(() => t.drop());

  /** Stuurt een bestand als body (geen JSON), zoals de importpagina doet. */
  async function upload(c: Client, method: 'POST' | 'PUT', pad: string, bytes: Uint8Array) {
    const res = await app.request(`/api/v1${pad}`, {
      method,
      headers: { Cookie: c.cookie!, 'X-CSRF-Token': c.csrf!, 'Content-Type': 'text/csv' },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
  }

  it('beschrijft elk pad van de politiecijfers in /openapi.json, met parameters, body en antwoorden', async () => {
    const res = await app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    type Operatie = { tags: string[]; parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: Record<string, unknown> }> }; responses: Record<string, { description: string }> };
    const doc = (await res.json()) as { paths: Record<string, Record<string, Operatie>> };
    const p = '/api/v1/werkruimtes/{werkruimteId}/politiecijfers';
    const verwacht: [string, string, number[]][] = [
      ['get', p, [200, 401, 403, 404]],
      ['get', `${p}/aggregaten`, [200, 400, 401, 403, 404]],
      ['get', `${p}/begrotingsindicatoren`, [200, 401, 403, 404]],
      ['put', `${p}/halt`, [200, 400, 401, 403, 404, 412, 422, 428]],
      ['get', `${p}/inwoners`, [200, 400, 401, 403, 404]],
      ['put', `${p}/inwoners`, [200, 400, 401, 403, 404, 412, 422, 428]],
      ['get', `${p}/vergelijking`, [200, 400, 401, 403, 404]],
      ['get', `${p}/themakoppeling`, [200, 401, 403, 404]],
      ['get', `${p}/themabijdragen`, [200, 400, 401, 403, 404]],
      ['put', `${p}/themakoppeling`, [200, 400, 401, 403, 404, 412, 422, 428]],
      ['get', `${p}/imports`, [200, 401, 403, 404]],
      ['post', `${p}/imports`, [200, 201, 400, 401, 403, 404, 409, 413, 422]],
      ['put', `${p}/imports/{importId}/codelijsten/{lijst}`, [200, 400, 401, 403, 404, 409, 413, 422]],
      ['put', `${p}/imports/{importId}/bestand`, [200, 401, 403, 404, 409, 413, 422]],
      ['get', `${p}/imports/{importId}`, [200, 401, 403, 404]],
      ['delete', `${p}/imports/{importId}`, [200, 202, 401, 403, 404, 409]],
      ['post', `${p}/cbs-misdrijfgroepen`, [201, 400, 401, 403, 404, 413, 422]],
      ['get', `${p}/cbs-misdrijfgroepen`, [200, 400, 401, 403, 404]],
    ];
    for (const [methode, pad, statussen] of verwacht) {
      const o = doc.paths[pad]?.[methode];
      expect(o, `${methode.toUpperCase()} ${pad}`).toBeDefined();
      expect(o!.tags).toEqual(['Politiecijfers']);
      expect(Object.keys(o!.responses).map(Number), `${methode} ${pad}`).toEqual(statussen);
      for (const a of Object.values(o!.responses)) expect(a.description).toMatch(/^[A-Z`]/);
      const padParams = [...pad.matchAll(/{(\w+)}/g)].map((m) => m[1]);
      expect(o!.parameters?.filter((x) => x.in === 'path').map((x) => x.name)).toEqual(padParams);
    }
    // Every police route the server answers is in the document (a new route without documentation fails here).
    const gedocumenteerd = new Set(verwacht.map(([m, pad]) => `${m.toUpperCase()} ${pad}`));
    const bediend = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.includes('/politiecijfers'))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(new Set(bediend)).toEqual(gedocumenteerd);

    expect(doc.paths[`${p}/aggregaten`]!.get!.parameters!.filter((x) => x.in === 'query').map((x) => x.name)).toEqual(['groep', 'niveau', 'periode', 'jaarVan', 'jaarTot', 'regio']);
    expect(doc.paths[`${p}/vergelijking`]!.get!.parameters!.filter((x) => x.in === 'query').map((x) => x.name)).toEqual(['jaar']);
    expect(Object.keys(doc.paths[`${p}/imports`]!.post!.requestBody!.content)).toEqual(['application/json', 'text/csv', 'application/octet-stream']);
    for (const pad of [`${p}/imports/{importId}/bestand`, `${p}/imports/{importId}/codelijsten/{lijst}`]) {
      expect(doc.paths[pad]!.put!.requestBody!.content['text/csv']!.schema).toEqual({ type: 'string', format: 'binary' });
    }
    for (const pad of [`${p}/halt`, `${p}/inwoners`, `${p}/themakoppeling`]) {
      expect(doc.paths[pad]!.put!.requestBody!.content['application/json']!.schema).toHaveProperty('$ref');
    }
  });

  it('weigert anoniem (401) en rollen zonder recht (403)', async () => {
    const anoniem = Client.anonymous(app);
    expect((await anoniem.get(`/werkruimtes/${w}/politiecijfers`)).status).toBe(401);
    const post = await anoniem.call('POST', `/werkruimtes/${w}/politiecijfers/imports`, { bestandsnaam: 'x.csv' });
    expect(post.status).toBe(401);
    expect(post.headers.get('content-type')).toBe('application/problem+json');

    for (const rol of ['lezer', 'raad'] as const) {
      const r = await as[rol].call('POST', `/werkruimtes/${w}/politiecijfers/imports`, { bestandsnaam: 'x.csv' });
      expect(r.status).toBe(403);
      expect(r.body.detail).toContain('Uw rol mag geen politiecijfers inlezen');
      expect((await upload(as[rol], 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=a.csv`, amsterdam)).status).toBe(403);
    }
    expect((await as.raad.get(`/werkruimtes/${w}/politiecijfers`)).status).toBe(403);
    expect((await as.lezer.get(`/werkruimtes/${w}/politiecijfers`)).status).toBe(200);
    expect((await as.lezer.call('PUT', `/werkruimtes/${w}/politiecijfers/themakoppeling`, { afwijkingen: [] })).status).toBe(403);
    const vreemd = '00000000-0000-4000-8000-000000000000';
    expect((await as.coordinator.get(`/werkruimtes/${vreemd}/politiecijfers`)).status).toBe(404);
  });

  it('importeert in twee stappen met voortgang en samenvatting', async () => {
    const start = await as.redacteur.call('POST', `/werkruimtes/${w}/politiecijfers/imports`, { bestandsnaam: 'amsterdam.csv', grootte: amsterdam.length });
    expect(start.status).toBe(201);
    expect(start.body).toMatchObject({ status: 'wacht-op-bestand', bestandsnaam: 'amsterdam.csv', voortgang: { fase: 'wachten', bytesTotaal: amsterdam.length } });
    const id = start.body.id as string;
    expect(start.headers.get('Location')).toBe(`/api/v1/werkruimtes/${w}/politiecijfers/imports/${id}`);

    const klaar = await upload(as.redacteur, 'PUT', `/werkruimtes/${w}/politiecijfers/imports/${id}/bestand`, amsterdam);
    expect(klaar.status).toBe(200);
    expect(klaar.body).toMatchObject({ status: 'ingelezen', voortgang: { fase: 'klaar', bytesGelezen: amsterdam.length }, samenvatting: { regelsGeimporteerd: 517 } });

    const gelezen = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/imports/${id}`);
    expect(gelezen.body).toMatchObject({ status: 'ingelezen', samenvatting: { regelsGelezen: 517, formaat: 'politie-portaal' } });
    const lijst = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/imports`);
    expect((lijst.body.imports as { id: string }[]).map((i) => i.id)).toContain(id);

    expect((await upload(as.redacteur, 'PUT', `/werkruimtes/${w}/politiecijfers/imports/${id}/bestand`, amsterdam)).status).toBe(409);
  });

  it('weigert een slecht bestand met problem+json, regelnummer en reden', async () => {
    const slecht = new TextEncoder().encode('"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"\n"0";"GM0363";"1.1.1";"2023JJ00";"5"\n"1";"GM0363";"1.1.2";"2023JJ00";"-5"\n');
    const deels = await upload(as.coordinator, 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=deels.csv`, slecht);
    expect(deels.status).toBe(200);
    expect((deels.body.samenvatting as { geweigerdeRegels: unknown[] }).geweigerdeRegels).toEqual([{ regel: 3, reden: "Regel 3: negatief aantal '-5'." }]);

    const onbekend = await upload(as.coordinator, 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=adressen.csv`, new TextEncoder().encode('naam;adres\nJan;Dorpsstraat 1\n'));
    expect(onbekend.status).toBe(422);
    expect(onbekend.type).toBe('application/problem+json');
    expect(onbekend.body.detail).toContain('Het bestand adressen.csv is geweigerd (regel 1): Het formaat van het bestand is niet herkend');
    expect(onbekend.body.detail).toContain('GeregistreerdeMisdrijven_1');
    expect(onbekend.body.regel).toBe(1);
  });

  it('annuleert een import die op zijn bestand wacht', async () => {
    const start = await as.coordinator.call('POST', `/werkruimtes/${w}/politiecijfers/imports`, { bestandsnaam: 'later.csv' });
    const id = start.body.id as string;
    expect((await as.lezer.call('DELETE', `/werkruimtes/${w}/politiecijfers/imports/${id}`)).status).toBe(403);
    const weg = await as.coordinator.call('DELETE', `/werkruimtes/${w}/politiecijfers/imports/${id}`);
    expect(weg.body.status).toBe('geannuleerd');
    expect((await upload(as.coordinator, 'PUT', `/werkruimtes/${w}/politiecijfers/imports/${id}/bestand`, amsterdam)).status).toBe(409);
    expect((await as.coordinator.call('POST', `/werkruimtes/${w}/politiecijfers/imports`, { grootte: 3 })).status).toBe(400);
  });

  it('geeft cijfers per thema, begrotingsindicatoren, vergelijking en de themakoppeling', async () => {
    const agg = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/aggregaten?groep=veld&niveau=gemeente&jaarVan=2023`);
    expect(agg.status).toBe(200);
    expect(agg.body.groep).toBe('veld');
    const fout = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/aggregaten?groep=kleur`);
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams).toEqual([{ name: 'groep', code: 'keuze', reason: "'kleur' is geen geldige waarde." }]);
    expect((await as.lezer.get(`/werkruimtes/${w}/politiecijfers/aggregaten?jaarVan=volgend`)).status).toBe(400);

    const bi = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/begrotingsindicatoren`);
    expect(bi.status).toBe(200);
    const ind = (bi.body.gemeenten as { code: string; indicatoren: { id: string; waarden: { jaar: number; waarde: number }[] }[] }[])[0]!;
    expect(ind.code).toBe('GM0363');
    // Issue 16: a year's rate uses that year's population (1 January); without an entered figure for 2023 there is none (not the 2024 one).
    expect(ind.indicatoren.find((i) => i.id === 'diefstal-uit-woning')!.waarden[0]).toMatchObject({ jaar: 2023, aantal: 5, inwoners: null, waarde: null, landelijkBron: 'meegeleverd', dekking: 'volledig' });
    // 2024 came only as neighbourhoods (the police portal file): summed, and labelled as such.
    expect(ind.indicatoren.find((i) => i.id === 'winkeldiefstal')!.waarden.find((x) => x.jaar === 2024)).toMatchObject({ herkomst: 'som van 517 buurten' });
    expect((await as.lezer.get(`/werkruimtes/${w}/politiecijfers/vergelijking`)).status).toBe(200);

    const koppeling = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/themakoppeling`);
    expect((koppeling.body.koppeling as unknown[]).length).toBe(59);
    expect(koppeling.body.versie).toBe(0);
    const zonderVersie = await as.redacteur.call('PUT', `/werkruimtes/${w}/politiecijfers/themakoppeling`, { afwijkingen: [{ code: '1.2.4', themaId: '2.1' }] });
    expect(zonderVersie.status).toBe(428);
    const zet = await as.redacteur.call('PUT', `/werkruimtes/${w}/politiecijfers/themakoppeling`, { afwijkingen: [{ code: '1.2.4', themaId: '2.1' }] }, { 'If-Match': '"0"' });
    expect(zet.status).toBe(200);
    expect(zet.headers.get('ETag')).toBe('"1"');
    expect(zet.body.afwijkingen).toEqual({ '1.2.4': '2.1' });
    const ongeldig = await as.redacteur.call('PUT', `/werkruimtes/${w}/politiecijfers/themakoppeling`, { afwijkingen: [{ code: '0.0.0', themaId: '1.3' }, { code: '9.9.9', themaId: null }] }, { 'If-Match': '"1"' });
    expect(ongeldig.status).toBe(422);
    expect(ongeldig.body.detail).toContain('Het totaal (0.0.0)');
    expect(ongeldig.body.detail).toContain("'9.9.9' is geen soort misdrijf");
  });
  it('laat een effectindicator een geïmporteerde reeks volgen; een nieuwe import verdubbelt niets', async () => {
    const reeks = { gemeentecode: 'GM0363', codes: ['1.2.3'] };
    const basis = { naam: 'Fietsendiefstal', richting: 'lager-is-beter', referentiejaar: 2023, referentiewaarde: 11000, streefwaarden: [{ jaar: 2026, waarde: 9000 }] };
    const aantal = await as.coordinator.call('POST', `/werkruimtes/${w}/indicatoren`, { ...basis, eenheid: 'aantal', reeks });
    expect(aantal.status).toBe(201);
    // The file holds only neighbourhoods: the series is their sum, and says so.
    expect(aantal.body.metingen).toEqual([expect.objectContaining({ periode: '2024', waarde: 11987, status: 'achter', toelichting: expect.stringContaining('som van 517 buurten') })]);
    const per = await as.coordinator.call('POST', `/werkruimtes/${w}/indicatoren`, { ...basis, eenheid: 'per-1000', referentiewaarde: 12, streefwaarden: [{ jaar: 2026, waarde: 10 }], reeks });
    const perWaarde = (per.body.metingen as { waarde: number }[])[0]!.waarde;
    expect(perWaarde).toBeGreaterThan(12);
    expect(perWaarde).toBeLessThan(14);
    // A series of another municipality or an unknown code is refused, naming the field.
    const fout = await as.coordinator.call('POST', `/werkruimtes/${w}/indicatoren`, { ...basis, eenheid: 'aantal', reeks: { gemeentecode: 'GM0599', codes: ['9.9.9'] } });
    expect(fout.status).toBe(422);
    expect((fout.body.invalidParams as { name: string }[]).map((p) => p.name)).toEqual(expect.arrayContaining(['reeks.gemeentecode', 'reeks.codes[0]']));
    // Importing the same file again keeps one measurement with the same value.
    expect((await upload(as.redacteur, 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=amsterdam.csv`, amsterdam)).status).toBe(200);
    const na = await as.lezer.get(`/werkruimtes/${w}/indicatoren/${String(aantal.body.id)}`);
    expect(na.body.metingen).toEqual([expect.objectContaining({ periode: '2024', waarde: 11987 })]);
  });
  it('laat de Halt-verwijzingen met de hand invullen, per 1.000 jongeren van 12-17, en weigert onzin met het veld', async () => {
    const pad = `/werkruimtes/${w}/politiecijfers/halt`;
    expect((await as.lezer.call('PUT', pad, { gemeentecode: 'GM0363', jaar: 2024, verwijzingen: 900, jongeren: 60000 })).status).toBe(403);
    const fout = await as.coordinator.call('PUT', pad, { gemeentecode: 'GM0599', jaar: 2024, verwijzingen: -1, jongeren: 60000 });
    expect(fout.status).toBe(422);
    expect((fout.body.invalidParams as { name: string }[]).map((p) => p.name)).toEqual(['gemeentecode', 'verwijzingen']);
    expect((await as.coordinator.call('PUT', pad, { gemeentecode: 'GM0363', jaar: 2024, verwijzingen: 900, jongeren: 60000 })).status).toBe(428);
    const versie = (await as.lezer.get(`/werkruimtes/${w}/politiecijfers/begrotingsindicatoren`)).body.haltVersie as number;
    const ok = await as.coordinator.call('PUT', pad, { gemeentecode: 'GM0363', jaar: 2024, verwijzingen: 900, jongeren: 60000 }, { 'If-Match': `"${versie}"` });
    expect(ok.status).toBe(200);
    expect(ok.body.haltVersie).toBe(versie + 1);
    // Saving again on the version read before is refused: nothing is overwritten silently.
    expect((await as.coordinator.call('PUT', pad, { gemeentecode: 'GM0363', jaar: 2023, verwijzingen: 800, jongeren: 60000 }, { 'If-Match': `"${versie}"` })).status).toBe(412);
    const halt = ((ok.body.gemeenten as { indicatoren: { id: string; waarden: { jaar: number; waarde: number }[] }[] }[])[0]!.indicatoren).find((i) => i.id === 'verwijzingen-halt')!;
    expect(halt.waarden).toEqual([expect.objectContaining({ jaar: 2024, waarde: 15 })]);
  });
  it('neemt inwonertallen aan, zodat per 1.000 inwoners en de reeksen daarop rekenen', async () => {
    const pad = `/werkruimtes/${w}/politiecijfers/inwoners`;
    expect((await as.raad.call('PUT', pad, { regio: 'GM0363', jaar: 2024, inwoners: 1000000 })).status).toBe(403);
    const fout = await as.coordinator.call('PUT', pad, { regio: 'GM0599', jaar: 2024, inwoners: 0 });
    expect(fout.status).toBe(422);
    expect((fout.body.invalidParams as { name: string }[]).map((p) => p.name)).toEqual(['regio', 'inwoners']);
    expect((await as.coordinator.call('PUT', pad, { regio: 'GM0363', jaar: 2024, inwoners: 1000000 })).status).toBe(428);
    const gelezen = await as.lezer.get(`${pad}?regio=GM0363&jaar=2024`);
    expect(gelezen.body).toMatchObject({ regio: 'GM0363', jaar: 2024, inwoners: null, versie: 0 });
    const gezet = await as.coordinator.call('PUT', pad, { regio: 'GM0363', jaar: 2024, inwoners: 1000000 }, { 'If-Match': '"0"' });
    expect(gezet.status).toBe(200);
    expect(gezet.body.versie).toBe(1);
    expect((await as.coordinator.call('PUT', pad, { regio: 'GM0363', jaar: 2024, inwoners: 999999 }, { 'If-Match': '"0"' })).status).toBe(412);
    const lijst = (await as.lezer.get(`/werkruimtes/${w}/indicatoren`)).body.indicatoren as { eenheid: string; metingen: { waarde: number }[] }[];
    const per = lijst.find((i) => i.eenheid === 'per-1000')!;
    expect(per.metingen[0]!.waarde).toBe(11.99);
  });
  it('zet bij een indicator op een politiethema de gemeenten van dezelfde grootte naast de streefwaarde', async () => {
    const tabel = ['regio;soort;periode;aantal', 'GM0363;1.1.1;2023;2800', 'GM0599;1.1.1;2023;2600', 'GM0518;1.1.1;2023;2100', 'GM0344;1.1.1;2023;900'].join('\n');
    expect((await upload(as.redacteur, 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=lang.csv`, new TextEncoder().encode(tabel))).status).toBe(200);
    const r = await as.coordinator.call('POST', `/werkruimtes/${w}/indicatoren`, {
      naam: 'Woninginbraak per 1.000 inwoners',
      richting: 'lager-is-beter',
      eenheid: 'per-1000',
      referentiejaar: 2023,
      referentiewaarde: 3,
      streefwaarden: [{ jaar: 2026, waarde: 2.5 }],
      reeks: { gemeentecode: 'GM0363', themaId: '1.3' },
    });
    expect(r.status).toBe(201);
    // Only burglary (1.1.1) of theme 1.3 is in: an incomplete theme is not ranked (issue 16, point 2).
    expect((await as.lezer.get(`/werkruimtes/${w}/indicatoren/${String(r.body.id)}`)).body.vergelijkbareGemeenten).toBeNull();
    const overige = ['GM0363', 'GM0599', 'GM0518', 'GM0344'].flatMap((g) => (groepen('thema').get('1.3') ?? []).filter((c) => c !== '1.1.1').map((c) => `${g};${c};2023;0`));
    expect((await upload(as.redacteur, 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=rest.csv`, new TextEncoder().encode(['regio;soort;periode;aantal', ...overige].join('\n')))).status).toBe(200);
    const v = (await as.lezer.get(`/werkruimtes/${w}/indicatoren/${String(r.body.id)}`)).body.vergelijkbareGemeenten as Record<string, unknown>;
    // The latest year with figures of Amsterdam and of other municipalities (2024 has only Amsterdam's neighbourhoods); Utrecht is lowest.
    expect(v).toMatchObject({ jaar: 2023, klasse: '150.000 inwoners of meer', van: 4, plaats: 2 });
    expect(v.gemiddelde).toBeGreaterThan(3);
  });

  describe('codelijsten bij een import', () => {
    const lijstPad = (werkruimte: string, id: string, lijst: string) => `/werkruimtes/${werkruimte}/politiecijfers/imports/${id}/codelijsten/${lijst}`;
    const nieuweImport = async (c: Client = as.coordinator, werkruimte = w) => (await c.call('POST', `/werkruimtes/${werkruimte}/politiecijfers/imports`, { bestandsnaam: 'met-codelijst.csv' })).body.id as string;

    it('mag alleen wie mag importeren: anoniem 401, lezer en raad 403, geen lid 404', async () => {
      const id = await nieuweImport();
      const anoniem = await app.request(`/api/v1${lijstPad(w, id, 'soorten')}`, { method: 'PUT', headers: { 'Content-Type': 'text/csv' }, body: soortLijst as Uint8Array<ArrayBuffer> });
      expect(anoniem.status).toBe(401);
      for (const rol of ['lezer', 'raad'] as const) {
        const r = await upload(as[rol], 'PUT', lijstPad(w, id, 'soorten'), soortLijst);
        expect(r.status).toBe(403);
        expect(r.type).toBe('application/problem+json');
        expect(r.body.detail).toContain('Uw rol mag geen politiecijfers inlezen');
      }
      // A workspace of which the editor is no member: 404, as if it did not exist.
      const eigen = (await as.coordinator.call('POST', '/werkruimtes', { naam: 'IVP Utrecht', gemeentecode: 'GM0344', periodeStart: 2027, periodeEinde: 2030 })).body.id as string;
      const vreemdeImport = await nieuweImport(as.coordinator, eigen);
      const geenLid = await upload(as.redacteur, 'PUT', lijstPad(eigen, vreemdeImport, 'soorten'), soortLijst);
      expect(geenLid.status).toBe(404);
      expect(geenLid.body.detail).toBe('Deze werkruimte bestaat niet of u bent er geen lid van.');
      expect((await upload(as.redacteur, 'PUT', lijstPad('00000000-0000-4000-8000-000000000000', id, 'soorten'), soortLijst)).status).toBe(404);
      // An import of another workspace does not exist here.
      expect((await upload(as.coordinator, 'PUT', lijstPad(w, vreemdeImport, 'soorten'), soortLijst)).status).toBe(404);
      expect((await upload(as.redacteur, 'PUT', lijstPad(w, id, 'soorten'), soortLijst)).status).toBe(200);
    });

    it('controleert de lijst: onbekende lijst 400, onleesbaar of leeg 422 met de kolommen, te groot 413, niet meer na het bestand 409', async () => {
      const id = await nieuweImport();
      const onbekend = await upload(as.coordinator, 'PUT', lijstPad(w, id, 'gemeenten'), soortLijst);
      expect(onbekend.status).toBe(400);
      expect(onbekend.body.invalidParams).toEqual([expect.objectContaining({ name: 'lijst', reason: "Onbekende waarde 'gemeenten'. Toegestaan: regios, soorten." })]);

      const verkeerd = await upload(as.coordinator, 'PUT', lijstPad(w, id, 'regios'), amsterdam);
      expect(verkeerd.status).toBe(422);
      expect(verkeerd.type).toBe('application/problem+json');
      expect(verkeerd.body.detail).toMatch(/^De regio-codelijst \(WijkenEnBuurten\.csv\) is geweigerd: De codelijst van regio's mist de kolom Key\. Gevonden kolommen: /);
      expect(verkeerd.body.detail).toContain('Verwacht: een CSV-bestand van CBS met de kolommen Key en Title, en eventueel Municipality (de gemeentecode).');
      const leeg = await upload(as.coordinator, 'PUT', lijstPad(w, id, 'soorten'), new TextEncoder().encode('"Key","Title"\n'));
      expect(leeg.status).toBe(422);
      expect(leeg.body.detail).toBe('De codelijst soorten misdrijf (SoortMisdrijf.csv) is geweigerd: er staan geen soorten misdrijf in. Verwacht: een CSV-bestand van CBS met de kolommen Key en Title.');
      expect(leeg.body.invalidParams).toEqual([{ name: 'soorten', code: 'codelijst', reason: 'Verwacht de kolommen Key en Title.' }]);

      const groot = await upload(as.coordinator, 'PUT', lijstPad(w, id, 'soorten'), new Uint8Array(20 * 1024 * 1024 + 1));
      expect(groot.status).toBe(413);
      expect(groot.type).toBe('application/problem+json');
      expect(groot.body.detail).toBe('De codelijst soorten misdrijf (SoortMisdrijf.csv) is te groot: hoogstens 20 MB.');

      expect((await as.coordinator.call('DELETE', `/werkruimtes/${w}/politiecijfers/imports/${id}`)).status).toBe(200);
      const laat = await upload(as.coordinator, 'PUT', lijstPad(w, id, 'soorten'), soortLijst);
      expect(laat.status).toBe(409);
      expect(laat.body.detail).toContain("de status is 'geannuleerd'");
    });

    it('gebruikt de meegestuurde lijsten: een wijk van een andere indeling krijgt zijn naam, een onbekende soort zijn titel', async () => {
      const tabel = new TextEncoder().encode(['regio;soort;periode;aantal', 'WK036399;1.1.1;2023;5', 'GM0363;9.9.9;2023;3'].join('\n'));
      // Without code lists: the district is unknown, the crime type has no title.
      const zonder = await upload(as.coordinator, 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=zonder.csv`, tabel);
      expect(zonder.status).toBe(200);
      const z = zonder.body.samenvatting as { onbekendeRegiocodes: string[]; onbekendeSoorten: { code: string; titel: string | null }[] };
      expect(z.onbekendeRegiocodes).toContain('WK036399');
      expect(z.onbekendeSoorten).toEqual([expect.objectContaining({ code: '9.9.9', titel: null })]);

      const id = await nieuweImport(as.redacteur);
      const regios = await upload(as.redacteur, 'PUT', lijstPad(w, id, 'regios'), regioLijst);
      expect(regios.status).toBe(200);
      expect(regios.body).toEqual({ importId: id, lijst: 'regios', aantal: 18_314, bytes: regioLijst.length });
      const soorten = await upload(as.redacteur, 'PUT', lijstPad(w, id, 'soorten'), soortLijst);
      expect(soorten.body).toMatchObject({ lijst: 'soorten', aantal: 60 });
      expect((await as.lezer.get(`/werkruimtes/${w}/politiecijfers/imports/${id}`)).body.status).toBe('wacht-op-bestand');

      const klaar = await upload(as.redacteur, 'PUT', `/werkruimtes/${w}/politiecijfers/imports/${id}/bestand`, tabel);
      expect(klaar.status).toBe(200);
      const s = klaar.body.samenvatting as typeof z;
      expect(s.onbekendeRegiocodes).not.toContain('WK036399');
      expect(s.onbekendeSoorten).toEqual([expect.objectContaining({ code: '9.9.9', titel: 'Testsoort' })]);
      const { rows } = await t.db.query<{ naam: string; gemeente: string }>("select naam, gemeente from politie_regios where code = 'WK036399'");
      expect(rows).toEqual([{ naam: 'Wijk 99 Testwijk', gemeente: 'GM0363' }]);
      // After the file, no more lists for this import.
      expect((await upload(as.redacteur, 'PUT', lijstPad(w, id, 'soorten'), soortLijst)).status).toBe(409);
    });
  });
});
