/**
 * The public safety dashboard (issue 18, point 1) on the demo: publishing per item by the coordinator
 * only, the public JSON, CSV and JSON open data without signing in, never anything confidential (also
 * not after an item was published and then made confidential), 404 for an unknown municipality, and
 * the public answers kept in the answer cache until the workspace changes. On PGlite and (with
 * DATABASE_URL) PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgDatabase, HttpClient, type ServerProcess, startServerProcess, stopAllServers } from '../../../tests/support/server-process.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { vereist } from '../../../tests/support/vereist.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { CACHE_HEADER } from '../api/antwoordcache.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';
import { importeerPolitiecijfers } from '../politie/import.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'] as const;
type Rol = (typeof rollen)[number];
/** Confidential in the demo: an indicator, three measures and the analysis of theme 5.2. */
const GEHEIM = ['Signalen van ondermijning ingebracht bij het RIEC', 'Integrale controles op bedrijventerrein Haven-Oost', 'Informatiemakelaar ondermijning', 'Veilig Buitengebied Ravenswaard', 'RIEC, casusregistratie'];

interface Onderdeel {
  id: string;
  soort: string;
  titel: string;
  gepubliceerd: boolean;
}

/** RFC 4180 with quotes, enough for these files. */
function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let inQuote = false;
  for (let i = 0; i < tekst.length; i++) {
    const t = tekst[i]!;
    if (inQuote) {
      if (t === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (t === '"') inQuote = false;
      else veld += t;
    } else if (t === '"') inQuote = true;
    else if (t === ',') {
      rij.push(veld);
      veld = '';
    } else if (t === '\r' && tekst[i + 1] === '\n') {
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
      i++;
    } else veld += t;
  }
  if (veld || rij.length) {
    rij.push(veld);
    rijen.push(rij);
  }
  return rijen;
}

describe.each(dbKinds)('het openbare dashboard op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let ws: string;
  const als = {} as Record<Rol | 'buitenstaander', Client>;
  let anoniem: Client;
  const w = (pad: string) => `/werkruimtes/${ws}${pad}`;
  const publiek = (pad = '') => app.request(`/api/v1/openbaar/GM9999${pad}`);

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of rollen) als[r] = await Client.signIn(app, mail(r));
    ws = ((await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    const { rows } = await testDb.db.query<{ organisatie_id: string; wachtwoord_hash: string }>('select organisatie_id, wachtwoord_hash from gebruikers limit 1');
    await testDb.db.query(`insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash) values ('buiten@voorbeeld.nl', 'Buiten Staander', $1, $2)`, [rows[0]!.organisatie_id, rows[0]!.wachtwoord_hash]);
    als.buitenstaander = await Client.signIn(app, 'buiten@voorbeeld.nl');
    anoniem = Client.anonymous(app);
  }, 120_000);
  afterAll(async () => {
    await testDb?.drop();
  });

  it('de demo heeft haar dashboard gepubliceerd, zonder vertrouwelijke onderdelen in de lijst', async () => {
    const r = await als.coordinator.get(w('/publicaties'));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const onderdelen = r.body.onderdelen as Onderdeel[];
    expect(r.body.publiekPad).toBe('/openbaar/GM9999');
    expect(onderdelen.map((o) => o.soort)).toEqual(expect.arrayContaining(['ivp', 'indicator', 'voortgang']));
    expect(onderdelen.every((o) => o.gepubliceerd)).toBe(true);
    for (const g of GEHEIM) expect(JSON.stringify(r.body)).not.toContain(g);
    expect(r.body.mag).toEqual({ publiceren: true });
    // Reading the management page: who reads the cycle; publishing: the coordinator.
    expect((await als.lezer.get(w('/publicaties'))).body.mag).toEqual({ publiceren: false });
    expect((await als.raad.get(w('/publicaties'))).status).toBe(403);
    expect((await als.buitenstaander.get(w('/publicaties'))).status).toBe(404);
    expect((await anoniem.get(w('/publicaties'))).status).toBe(401);
  });

  it('alleen de coördinator publiceert en trekt in: 403 voor andere rollen, 404 voor wie geen lid is, 401 zonder aanmelden', async () => {
    const id = ((await als.coordinator.get(w('/publicaties'))).body.onderdelen as Onderdeel[]).find((o) => o.soort === 'indicator')!.id;
    for (const r of ['redacteur', 'partner', 'beslisser', 'raad', 'lezer'] as const) {
      const put = await als[r].call('PUT', w(`/publicaties/${id}`));
      expect(put.status, r).toBe(403);
      expect(put.headers.get('content-type')).toContain('application/problem+json');
      expect((await als[r].call('DELETE', w(`/publicaties/${id}`))).status, r).toBe(403);
      expect((await als[r].call('PUT', w('/publicaties'), { onderdelen: [] })).status, r).toBe(403);
    }
    expect((await als.buitenstaander.call('PUT', w(`/publicaties/${id}`))).status).toBe(404);
    expect((await anoniem.call('PUT', w(`/publicaties/${id}`))).status).toBe(401);
    expect((await anoniem.call('DELETE', w(`/publicaties/${id}`))).status).toBe(401);
    // Idempotent: withdraw twice, publish twice.
    expect((await als.coordinator.call('DELETE', w(`/publicaties/${id}`))).status).toBe(204);
    expect((await als.coordinator.call('DELETE', w(`/publicaties/${id}`))).status).toBe(204);
    const lijst = (await als.coordinator.get(w('/publicaties'))).body.onderdelen as Onderdeel[];
    expect(lijst.find((o) => o.id === id)!.gepubliceerd).toBe(false);
    const naam = lijst.find((o) => o.id === id)!.titel.replace('Effectindicator: ', '');
    expect(JSON.stringify(await (await publiek()).json())).not.toContain(naam);
    expect((await als.coordinator.call('PUT', w(`/publicaties/${id}`))).body).toEqual({ onderdeel: id, gepubliceerd: true });
    expect((await als.coordinator.call('PUT', w(`/publicaties/${id}`))).status).toBe(200);
    expect(JSON.stringify(await (await publiek()).json())).toContain(naam);
    // Unknown items: 404 per item, 422 naming the field in the whole set.
    expect((await als.coordinator.call('PUT', w('/publicaties/indicator-bestaat-niet'))).status).toBe(404);
    const fout = await als.coordinator.call('PUT', w('/publicaties'), { onderdelen: ['ivp', 'onzin'] });
    expect(fout.status).toBe(422);
    expect(fout.body.invalidParams).toEqual([expect.objectContaining({ name: 'onderdelen[1]' })]);
    const leeg = await als.coordinator.call('PUT', w('/publicaties'), { onderdelen: 'ivp' });
    expect(leeg.status).toBe(400);
    expect(JSON.stringify(leeg.body.invalidParams)).toContain('onderdelen');
  });

  it('is zonder aanmelden te lezen, snel uit de cache, met een sterke ETag, Cache-Control en CORS', async () => {
    const eerste = await publiek();
    expect(eerste.status).toBe(200);
    const d = (await eerste.json()) as { titel: string; ivp: { prioriteiten: { titel: string }[] }; indicatoren: { naam: string; statusWoorden: string; uitleg: string }[]; voortgang: { totaal: number } };
    expect(d.titel).toBe('Veiligheid in Dijkstede');
    expect(d.ivp.prioriteiten.map((p) => p.titel)).toContain('Veilige en leefbare wijken');
    expect(d.indicatoren.length).toBeGreaterThan(3);
    for (const i of d.indicatoren) expect(['Op koers', 'Achter', 'Nog niet te zeggen']).toContain(i.statusWoorden);
    expect(d.voortgang.totaal).toBeGreaterThan(0);
    const etag = eerste.headers.get('ETag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(eerste.headers.get('Cache-Control')).toContain('public');
    expect(eerste.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const tweede = await publiek();
    expect(tweede.headers.get(CACHE_HEADER)).toBe('hergebruikt');
    expect(tweede.headers.get('ETag')).toBe(etag);
    expect((await app.request('/api/v1/openbaar/GM9999', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    // A write in the workspace moves its stand: the next public answer is made anew.
    await als.coordinator.call('PUT', w('/publicaties/voortgang'));
    expect((await publiek()).headers.get(CACHE_HEADER)).toBe('nieuw');
    // Lower case works too.
    expect((await app.request('/api/v1/openbaar/gm9999')).status).toBe(200);
  });

  it('geeft de cijfers als CSV en JSON met licentie, uitgever en bron per cijfer', async () => {
    const csv = await publiek('/cijfers.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('Link')).toContain('rel="license"');
    const rijen = leesCsv(await csv.text());
    expect(rijen[0]).toEqual(['onderwerp', 'naam', 'gebied', 'gebiedscode', 'periode', 'waarde', 'eenheid', 'bron', 'uitgever', 'licentie', 'dekking']);
    expect(rijen.length).toBeGreaterThan(5);
    for (const r of rijen.slice(1)) {
      expect(r).toHaveLength(11);
      expect(r[7]!.length, r.join('|')).toBeGreaterThan(3);
      expect(r[8]).toBe('Gemeente Dijkstede, gepubliceerd met Kernplan');
      expect(r[9]).toContain('CC BY 4.0');
    }
    const json = await publiek('/cijfers.json');
    const j = (await json.json()) as { licentie: { naam: string; url: string }; uitgever: string; cijfers: { bron: string }[] };
    expect(j.licentie.naam).toBe('CC BY 4.0');
    expect(j.cijfers.length).toBe(rijen.length - 1);
    expect(j.cijfers.every((c) => c.bron.length > 0)).toBe(true);
  });

  it('toont nooit iets vertrouwelijks, ook niet als het na publicatie vertrouwelijk werd', async () => {
    const body = { naam: 'Nieuwe openbare indicator', prioriteitId: 'p2', eenheid: 'aantal', richting: 'lager-is-beter' };
    const ind = await als.coordinator.call('POST', w('/indicatoren'), body);
    expect(ind.status, JSON.stringify(ind.body)).toBe(201);
    const id = ind.body.id as string;
    expect((await als.coordinator.call('PUT', w(`/publicaties/indicator-${id}`))).status).toBe(200);
    expect(JSON.stringify(await (await publiek()).json())).toContain('Nieuwe openbare indicator');
    const geheim = await als.coordinator.call('PUT', w(`/indicatoren/${id}`), { ...body, vertrouwelijk: true }, { 'If-Match': ind.headers.get('ETag')! });
    expect(geheim.status, JSON.stringify(geheim.body)).toBe(200);
    // Still published (the row stays), but never shown, nor listed for publishing.
    const { rows } = await testDb.db.query<{ n: number }>(`select count(*)::int as n from publicaties where onderdeel = $1`, [`indicator-${id}`]);
    expect(rows[0]!.n).toBe(1);
    const teksten = [JSON.stringify(await (await publiek()).json()), await (await publiek('/cijfers.csv')).text(), await (await publiek('/cijfers.json')).text(), JSON.stringify((await als.coordinator.get(w('/publicaties'))).body)];
    for (const t of teksten) {
      expect(t).not.toContain('Nieuwe openbare indicator');
      for (const g of GEHEIM) expect(t).not.toContain(g);
    }
    expect((await als.coordinator.call('PUT', w(`/publicaties/indicator-${id}`))).status).toBe(404);
  });

  it('publiceert de politiecijfers per thema en wijk met hun dekking, nooit van een vertrouwelijk thema', async () => {
    const nieuw = await als.coordinator.call('POST', '/werkruimtes', { naam: 'IVP Amsterdam (test)', gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2030 });
    expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(201);
    const ams = nieuw.body.id as string;
    const regels = ['"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"'];
    regels.push('"0";"GM0363";"1.1.1";"2023JJ00";"1000"', '"1";"GM0363";"1.1.1";"2024JJ00";"1100"', '"2";"WK0363AA";"1.1.1";"2024JJ00";"70"', '"3";"GM0363";"2.5.2";"2024JJ00";"40"');
    // 1.2.3 (theme 1.3) only in 2024, with 0: present in 2024 (a known count), but not over both years.
    regels.push('"4";"GM0363";"1.2.3";"2024JJ00";"0"');
    const u = await importeerPolitiecijfers(testDb.db, { bron: [new TextEncoder().encode(regels.join('\n'))], bestandsnaam: '47018NED.csv', werkruimteId: ams });
    expect(u.status, JSON.stringify(u)).toBe('ingelezen');
    // Theme 2.1 (shoplifting) is confidential in this workspace: its figures are never publishable.
    const sectie = `/werkruimtes/${ams}/secties/thema-2.1`;
    expect((await als.coordinator.write('PATCH', sectie, { vertrouwelijk: true }, sectie)).status).toBe(200);
    const onderdelen = (await als.coordinator.get(`/werkruimtes/${ams}/publicaties`)).body.onderdelen as Onderdeel[];
    expect(onderdelen.map((o) => o.id)).toContain('politie-1.3');
    expect(onderdelen.map((o) => o.id)).not.toContain('politie-2.1');
    expect((await als.coordinator.call('PUT', `/werkruimtes/${ams}/publicaties/politie-2.1`)).status).toBe(404);
    await testDb.db.query(`insert into publicaties (werkruimte_id, onderdeel) values ($1, 'politie-2.1')`, [ams]);
    expect((await als.coordinator.call('PUT', `/werkruimtes/${ams}/publicaties/politie-1.3`)).status).toBe(200);
    const r = await app.request('/api/v1/openbaar/GM0363');
    expect(r.status).toBe(200);
    const d = (await r.json()) as {
      politie: {
        bron: string;
        themas: {
          themaId: string;
          reeks: { jaar: number; aantal: number; volledig: boolean; dekking: string }[];
          wijken: { code: string; naam: string; aantal: number; volledig: boolean; dekking: string }[];
          dekking: { codes: { code: string; inDeCijfers: boolean }[]; tekst: string; volledig: boolean; kort: string };
        }[];
      };
    };
    expect(d.politie.bron).toBe('Politie, geregistreerde misdrijven (data.politie.nl / CBS 47018NED)');
    expect(d.politie.themas.map((t) => t.themaId)).toEqual(['1.3']);
    const t = d.politie.themas[0]!;
    expect(t.reeks.map((x) => [x.jaar, x.aantal])).toEqual([
      [2023, 1000],
      [2024, 1100],
    ]);
    expect(t.wijken).toEqual([expect.objectContaining({ code: 'WK0363AA', naam: 'Haarlemmerbuurt', aantal: 70 })]);
    expect(t.dekking.codes.find((c) => c.code === '1.1.1')!.inDeCijfers).toBe(true);
    // The rule of domain/politie/dekking.ts: over the years a crime type counts only if it is in each year.
    expect(t.dekking.codes.find((c) => c.code === '1.2.3')!.inDeCijfers).toBe(false);
    expect(t.dekking.codes.filter((c) => !c.inDeCijfers).length).toBeGreaterThan(0);
    expect(t.dekking.tekst).toMatch(/^Onvolledig: 1 van de \d+ soorten misdrijf zit in de ingelezen cijfers \(1\.1\.1\); het echte aantal kan hoger zijn\. Over meer jaren telt een soort alleen mee als hij in elk jaar in de cijfers zit\.$/);
    expect(t.dekking.volledig).toBe(false);
    expect(t.reeks.map((x) => [x.jaar, x.volledig, x.dekking.replace(/ van \d+ soorten/, '')])).toEqual([
      [2023, false, 'onvolledig (1)'],
      [2024, false, 'onvolledig (2)'],
    ]);
    expect(t.wijken[0]).toMatchObject({ volledig: false, dekking: expect.stringMatching(/^onvolledig \(1 van \d+ soorten\)$/) });
    const csv = await (await app.request('/api/v1/openbaar/GM0363/cijfers.csv')).text();
    expect(csv).toContain('politie,Objectieve veiligheid/veelvoorkomende en high impact crime,Haarlemmerbuurt,WK0363AA,2024,70,aantal,');
    expect(csv).toMatch(/politie,Objectieve veiligheid\/veelvoorkomende en high impact crime,Haarlemmerbuurt,WK0363AA,2024,70,aantal,.*,onvolledig \(1 van \d+ soorten\)\r\n/);
    expect(csv).toContain('WK0363AA');
    expect(csv).not.toMatch(/winkel/i);
  });

  it('geeft 404 in het Nederlands voor een onbekende gemeente of een gemeente zonder gepubliceerd dashboard, en 400 voor een onzinnige code', async () => {
    for (const code of ['GM0001', 'GM0599']) {
      const r = await app.request(`/api/v1/openbaar/${code}`);
      expect(r.status).toBe(404);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(((await r.json()) as { detail: string }).detail).toContain('geen openbaar veiligheidsdashboard');
      expect((await app.request(`/api/v1/openbaar/${code}/cijfers.csv`)).status).toBe(404);
    }
    const fout = await app.request('/api/v1/openbaar/Amsterdam');
    expect(fout.status).toBe(400);
    expect(JSON.stringify(await fout.json())).toContain('gemeentecode');
    // Withdraw all: the municipality has no dashboard any more.
    expect((await als.coordinator.call('PUT', w('/publicaties'), { onderdelen: [] })).status).toBe(200);
    expect((await publiek()).status).toBe(404);
    const alles = ((await als.coordinator.get(w('/publicaties'))).body.onderdelen as Onderdeel[]).map((o) => o.id);
    expect((await als.coordinator.call('PUT', w('/publicaties'), { onderdelen: alles })).status).toBe(200);
    expect((await publiek()).status).toBe(200);
  });
});

/**
 * The public answers are kept per process; what they were made from (the stands) is read from the
 * database on every request. Two server processes on one PostgreSQL database: the coordinator
 * withdraws on A, and the very next anonymous read on B no longer shows it.
 */
describe.skipIf(!vereist('DATABASE_URL'))('het openbare dashboard over twee serverprocessen op PostgreSQL', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let drop = async () => undefined as void;
  let coordinator: HttpClient;
  let ws = '';

  beforeAll(async () => {
    const db = await createPgDatabase({ demo: true });
    drop = db.drop;
    a = await startServerProcess({ databaseUrl: db.url });
    b = await startServerProcess({ databaseUrl: db.url });
    coordinator = await HttpClient.signIn(a.url, mail('coordinator'));
    ws = ((await coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
  }, 120_000);
  afterAll(async () => {
    await stopAllServers();
    await drop();
  });

  it('toont een intrekking via het andere proces bij het eerstvolgende verzoek', async () => {
    const lees = async () => {
      const r = await fetch(`${b.url}/api/v1/openbaar/GM9999`);
      return { status: r.status, cache: r.headers.get(CACHE_HEADER), tekst: await r.text() };
    };
    const onderdelen = (await coordinator.get(`/werkruimtes/${ws}/publicaties`)).body.onderdelen as Onderdeel[];
    const ind = onderdelen.find((o) => o.titel === 'Effectindicator: Woninginbraken')!;
    expect((await lees()).tekst).toContain('Woninginbraken');
    expect((await lees()).cache).toBe('hergebruikt');
    for (let i = 0; i < 3; i++) {
      expect((await coordinator.call('DELETE', `/werkruimtes/${ws}/publicaties/${ind.id}`)).status).toBe(204);
      const weg = await lees();
      expect(weg.cache).toBe('nieuw');
      expect(weg.tekst).not.toContain('Woninginbraken');
      expect((await coordinator.call('PUT', `/werkruimtes/${ws}/publicaties/${ind.id}`)).status).toBe(200);
      expect((await lees()).tekst).toContain('Woninginbraken');
    }
  });
});
