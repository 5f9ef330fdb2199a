/**
 * The answer cache (ADR 0017): a kept read answer is reused only while nothing it was made from
 * changed, in whichever server process the change happened. Runs on the embedded PGlite (one process)
 * and on PostgreSQL with two server processes on one database: reads on B, writes on A, and the very
 * next read on B must show the write (no waiting for a notification).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Antwoordcache, CACHE_HEADER, standenVanVerzoek, wordtGecacht } from '../src/server/api/antwoordcache.ts';
import { readConfig } from '../src/server/config.ts';
import { createPgDatabase, HttpClient, type ServerProcess, startServerProcess, stopAllServers } from './support/server-process.ts';
import { vereist } from './support/vereist.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const WS = '0b0e2c6e-4c1f-4c55-9f51-2a8a5d3b9c10';

describe('welke verzoeken welke stand verschuiven', () => {
  it('een schrijfactie in een werkruimte verschuift die werkruimte; politiecijfers en alles buiten een werkruimte het gedeelde deel', () => {
    expect(standenVanVerzoek('PATCH', `/api/v1/werkruimtes/${WS}/secties/thema-1.1`)).toEqual([WS]);
    expect(standenVanVerzoek('DELETE', `/api/v1/werkruimtes/${WS.toUpperCase()}/indicatoren/x`)).toEqual([WS]);
    expect(standenVanVerzoek('POST', `/api/v1/werkruimtes/${WS}/politiecijfers/imports`)).toEqual([WS, 'algemeen']);
    expect(standenVanVerzoek('POST', `/api/v1/werkruimtes/${WS}/veiligheidsmonitor/imports`)).toEqual([WS, 'algemeen']);
    expect(standenVanVerzoek('PUT', `/api/v1/werkruimtes/${WS}/politiecijfers/imports/i/bestand`)).toEqual([WS, 'algemeen']);
    expect(standenVanVerzoek('POST', '/api/v1/werkruimtes')).toEqual(['algemeen']);
    expect(standenVanVerzoek('POST', '/api/v1/uitnodigingen/abc/acceptaties')).toEqual(['algemeen']);
    expect(standenVanVerzoek('GET', '/api/v1/oidc/terugkeer')).toEqual(['algemeen']);
  });
  it('lezen, aanmelden en een melding als gelezen markeren verschuiven niets', () => {
    expect(standenVanVerzoek('GET', `/api/v1/werkruimtes/${WS}/dashboard`)).toEqual([]);
    expect(standenVanVerzoek('POST', '/api/v1/sessies')).toEqual([]);
    expect(standenVanVerzoek('DELETE', '/api/v1/sessies/huidig')).toEqual([]);
    expect(standenVanVerzoek('POST', '/api/v1/meldingen/m/gelezen')).toEqual([]);
  });
  it('bewaart alleen de genoemde leesroutes van een werkruimte', () => {
    expect(wordtGecacht(`/api/v1/werkruimtes/${WS}/dashboard`)).toBe(true);
    expect(wordtGecacht(`/api/v1/werkruimtes/${WS}/secties/thema-5.2`)).toBe(true);
    expect(wordtGecacht(`/api/v1/werkruimtes/${WS}/documenten/ivp`)).toBe(false);
    expect(wordtGecacht(`/api/v1/werkruimtes/${WS}/secties/thema-5.2/wijzigingen`)).toBe(false);
    expect(wordtGecacht('/api/v1/werkruimtes')).toBe(false);
  });
});

describe('ANTWOORDCACHE_MB', () => {
  it('zet de grootte in megabytes (standaard 32, 0 zet de cache uit) en weigert een onzinnige waarde met één duidelijke regel', () => {
    expect(readConfig({}).antwoordcacheBytes).toBe(32 * 1024 * 1024);
    expect(readConfig({ ANTWOORDCACHE_MB: '8' }).antwoordcacheBytes).toBe(8 * 1024 * 1024);
    expect(new Antwoordcache({ maxBytes: readConfig({ ANTWOORDCACHE_MB: '0' }).antwoordcacheBytes }).aan).toBe(false);
    expect(() => readConfig({ ANTWOORDCACHE_MB: 'veel' })).toThrow("ANTWOORDCACHE_MB moet een aantal megabytes zijn (0 zet de cache uit), bijvoorbeeld 32, niet 'veel'.");
    expect(() => readConfig({ ANTWOORDCACHE_MB: '-1' })).toThrow(/ANTWOORDCACHE_MB/);
  });
});

describe('de cache zelf', () => {
  const antwoord = (grond: string, bytes: number, gemaakt = 0) => ({ grond, status: 200, headers: [], body: 'x', bytes, gemaakt });
  it('geeft een antwoord alleen terug bij dezelfde grond, en niet na de maximale leeftijd', () => {
    const c = new Antwoordcache({ maxBytes: 1000, maxLeeftijdMs: 100 });
    c.bewaar('a', antwoord('r|1|1|2026-12-02', 10));
    expect(c.haal('a', 'r|1|1|2026-12-02', 50)).not.toBeNull();
    expect(c.haal('a', 'r|2|1|2026-12-02', 50)).toBeNull();
    // A miss on another grond removes the answer.
    expect(c.haal('a', 'r|1|1|2026-12-02', 50)).toBeNull();
    c.bewaar('b', antwoord('g', 10));
    expect(c.haal('b', 'g', 101)).toBeNull();
  });
  it('blijft binnen zijn geheugen en gooit het langst niet gebruikte antwoord eerst weg', () => {
    const c = new Antwoordcache({ maxBytes: 240 });
    for (const k of 'abcdefgh') expect(c.bewaar(k, antwoord('g', 30))).toBe(true);
    expect(c.grootte).toEqual({ antwoorden: 8, bytes: 240 });
    c.haal('a', 'g', 0);
    c.bewaar('i', antwoord('g', 30));
    expect(c.grootte).toEqual({ antwoorden: 8, bytes: 240 });
    expect(c.haal('b', 'g', 0)).toBeNull();
    expect(c.haal('a', 'g', 0)).not.toBeNull();
    // Larger than an eighth of the room: not kept.
    expect(c.bewaar('j', antwoord('g', 31))).toBe(false);
  });
});

const opstellingen = vereist('DATABASE_URL') ? (['pglite', 'postgresql'] as const) : (['pglite'] as const);

describe.each(opstellingen)('antwoordcache over HTTP op %s', (soort) => {
  let a: ServerProcess;
  let b: ServerProcess;
  let drop = async () => undefined as void;
  let ws = '';
  const als: Record<string, { a: HttpClient; b: HttpClient }> = {};

  beforeAll(async () => {
    if (soort === 'postgresql') {
      const db = await createPgDatabase({ demo: true });
      drop = db.drop;
      a = await startServerProcess({ databaseUrl: db.url });
      b = await startServerProcess({ databaseUrl: db.url });
    } else {
      a = await startServerProcess();
      b = a;
    }
    for (const rol of ['coordinator', 'redacteur', 'partner', 'beslisser']) {
      const c = await HttpClient.signIn(a.url, mail(rol));
      als[rol] = { a: c, b: c.on(b.url) };
    }
    const lijst = (await als.coordinator!.a.get('/werkruimtes')).body.werkruimtes as { id: string; naam: string }[];
    ws = lijst.find((w) => w.naam.startsWith('Integraal Veiligheidsplan'))!.id;
  }, 120_000);
  afterAll(async () => {
    await stopAllServers();
    await drop();
  });

  const lees = async (c: HttpClient, pad: string) => {
    const r = await c.get(pad);
    return { ...r, cache: r.headers.get(CACHE_HEADER) };
  };

  it('hergebruikt een gelezen sectie en toont een wijziging via het andere proces bij het eerstvolgende verzoek', async () => {
    const pad = `/werkruimtes/${ws}/secties/thema-1.1`;
    const eerst = await lees(als.coordinator!.b, pad);
    expect(eerst.status).toBe(200);
    const tweede = await lees(als.coordinator!.b, pad);
    expect(tweede.cache).toBe('hergebruikt');
    expect(tweede.etag).toBe(eerst.etag);
    expect(tweede.body).toEqual(eerst.body);

    for (let i = 1; i <= 5; i++) {
      const huidig = await als.coordinator!.a.get(pad);
      const w = await als.coordinator!.a.call('PATCH', pad, { tekst: `Nieuwe analyse ${i} van winkeldiefstal.` }, { 'If-Match': huidig.etag! });
      expect(w.status).toBe(200);
      const na = await lees(als.coordinator!.b, pad);
      expect(na.cache).toBe('nieuw');
      expect(na.etag).toBe(w.etag);
      expect(na.body.tekst).toBe(`Nieuwe analyse ${i} van winkeldiefstal.`);
      // Another user's kept answer of the same section is not reused either.
      expect((await lees(als.redacteur!.b, pad)).body.tekst).toBe(`Nieuwe analyse ${i} van winkeldiefstal.`);
    }
  });

  it('toont een nieuwe meting meteen op het dashboard en bij de indicatoren van het andere proces', async () => {
    const dashboard = `/werkruimtes/${ws}/dashboard`;
    await lees(als.coordinator!.b, dashboard);
    expect((await lees(als.coordinator!.b, dashboard)).cache).toBe('hergebruikt');
    const indicatoren = (await als.coordinator!.b.get(`/werkruimtes/${ws}/indicatoren`)).body.indicatoren as { id: string; naam: string }[];
    const nieuw = await als.coordinator!.a.call('POST', `/werkruimtes/${ws}/indicatoren`, {
      naam: 'Cachetest: aangiften fietsendiefstal',
      eenheid: 'aantal',
      richting: 'lager-is-beter',
      referentiejaar: 2025,
      referentiewaarde: 100,
      streefwaarden: [{ jaar: 2030, waarde: 80 }],
    });
    expect(nieuw.status).toBe(201);
    const na = (await lees(als.coordinator!.b, `/werkruimtes/${ws}/indicatoren`)).body.indicatoren as { naam: string }[];
    expect(na).toHaveLength(indicatoren.length + 1);
    const d = await lees(als.coordinator!.b, dashboard);
    expect(d.cache).toBe('nieuw');
    expect(JSON.stringify(d.body)).toContain('Cachetest: aangiften fietsendiefstal');
  });

  it('geeft een vertrouwelijke sectie niet meer uit de cache zodra de toegang is ingetrokken, en geen werkruimte meer aan wie geen lid is', async () => {
    const pad = `/werkruimtes/${ws}/secties/thema-5.2`;
    expect((await lees(als.partner!.b, pad)).status).toBe(200);
    expect((await lees(als.partner!.b, pad)).cache).toBe('hergebruikt');
    const leden = (await als.coordinator!.a.get(`/werkruimtes/${ws}/leden`)).body.leden as { gebruikerId: string; email: string; versie: number }[];
    const lid = leden.find((l) => l.email === mail('partner'))!;
    const intrekken = await als.coordinator!.a.call('PATCH', `/werkruimtes/${ws}/leden/${lid.gebruikerId}`, { vertrouwelijkToegang: false }, { 'If-Match': `"${lid.versie}"` });
    expect(intrekken.status).toBe(200);
    expect((await lees(als.partner!.b, pad)).status).toBe(404);

    const dashboard = `/werkruimtes/${ws}/dashboard`;
    expect((await lees(als.beslisser!.b, dashboard)).status).toBe(200);
    expect((await lees(als.beslisser!.b, dashboard)).cache).toBe('hergebruikt');
    const beslisser = leden.find((l) => l.email === mail('beslisser'))!;
    const weg = await als.coordinator!.a.call('DELETE', `/werkruimtes/${ws}/leden/${beslisser.gebruikerId}`, undefined, { 'If-Match': `"${beslisser.versie}"` });
    expect(weg.status).toBe(204);
    expect((await lees(als.beslisser!.b, dashboard)).status).toBe(404);
  });

  it('geeft na het afmelden niets meer uit de cache', async () => {
    const c = await HttpClient.signIn(a.url, mail('coordinator'));
    const pad = `/werkruimtes/${ws}/cyclus`;
    await lees(c.on(b.url), pad);
    expect((await lees(c.on(b.url), pad)).cache).toBe('hergebruikt');
    expect((await c.call('DELETE', '/sessies/huidig')).status).toBe(204);
    expect((await lees(c.on(b.url), pad)).status).toBe(401);
  });
});
