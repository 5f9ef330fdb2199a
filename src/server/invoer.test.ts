/**
 * Input that used to end in a 500: malformed JSON, another Content-Type, an empty or too large body,
 * NUL characters and lone surrogates, dates that do not exist. Each gets a 4xx problem in Dutch with
 * the field named, and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTPException } from 'hono/http-exception';
import { createTestDb, dbKinds, type TestDb } from '../../tests/support/test-db.ts';
import { Client } from '../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from './app.ts';
import { MAX_JSON_BYTES } from './api/invoer.ts';
import { bestaandeDatum, problemSchema } from './api/schemas.ts';
import { seedDemo } from './demo/demo.ts';
import { clientfout } from './problem.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;

/** Tables a refused write could touch (sessions and the security log change on every request). */
const tabellen = [
  'organisaties',
  'gebruikers',
  'werkruimtes',
  'leden',
  'uitnodigingen',
  'secties',
  'opmerkingen',
  'wijzigingen',
  'cyclusdelen',
  'besluiten',
  'vastgestelde_versies',
  'indicatoren',
  'indicator_metingen',
  'meldingen',
  'politie_inwoners',
];

interface Antwoord {
  status: number;
  type: string;
  body: Record<string, unknown>;
}

describe.each(dbKinds)('invoer op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let coordinator: Client;
  let ws: string;
  let sectie: string;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    coordinator = await Client.signIn(app, mail('coordinator'));
    ws = ((await coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
    const secties = (await coordinator.get(`/werkruimtes/${ws}/secties`)).body.secties as { sleutel: string; vertrouwelijk: boolean }[];
    sectie = secties.find((s) => s.sleutel.startsWith('thema-') && !s.vertrouwelijk)!.sleutel;
  });
  afterAll(async () => {
    await testDb.drop();
  });

  /** One fingerprint of every row a write could have stored. */
  async function vingerafdruk(): Promise<string> {
    const delen: string[] = [];
    for (const t of tabellen) {
      const r = await testDb.db.query<{ h: string | null }>(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${t} t`);
      delen.push(`${t}:${r.rows[0]!.h}`);
    }
    return delen.join(' ');
  }

  /** A request with the coordinator's cookie and CSRF token and exactly the given body and headers. */
  async function stuur(method: string, pad: string, body: string | Uint8Array | null, headers: Record<string, string> = {}, wie: Client | null = coordinator): Promise<Antwoord> {
    const h: Record<string, string> = { ...headers };
    if (wie?.cookie) h.Cookie = wie.cookie;
    if (wie?.csrf) h['X-CSRF-Token'] = wie.csrf;
    const res = await app.request(`/api/v1${pad}`, { method, headers: h, body: body as BodyInit | null });
    const tekst = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: tekst ? (JSON.parse(tekst) as Record<string, unknown>) : {} };
  }
  const json = { 'Content-Type': 'application/json' };

  /** Expects a problem document with a Dutch detail, and that nothing was stored. */
  async function geweigerd(doe: () => Promise<Antwoord>, status: number): Promise<{ detail: string; velden: { name: string; code: string; reason: string }[] }> {
    const voor = await vingerafdruk();
    const a = await doe();
    expect(a.status, JSON.stringify(a.body)).toBe(status);
    expect(a.type).toBe('application/problem+json');
    const p = problemSchema.parse(a.body);
    expect(p.status).toBe(status);
    expect(p.title).not.toBe('Interne fout');
    expect(await vingerafdruk()).toBe(voor);
    return { detail: p.detail ?? '', velden: p.invalidParams ?? [] };
  }

  const opmerkingen = () => `/werkruimtes/${ws}/secties/${sectie}/opmerkingen`;
  async function ifMatch(pad: string): Promise<string> {
    const r = await coordinator.get(pad);
    return r.headers.get('ETag') ?? `"${String((r.body as { versie?: number }).versie ?? 0)}"`;
  }

  describe('kapotte JSON: 400 met de plek', () => {
    it('een afgebroken object', async () => {
      const { detail, velden } = await geweigerd(() => stuur('POST', '/sessies', '{"email":', json, null), 400);
      expect(detail).toBe('De body is geen geldige JSON: de JSON houdt op voordat hij af is (regel 1, kolom 10).');
      expect(velden).toEqual([expect.objectContaining({ name: '(body)', code: 'json' })]);
    });

    it('NaN, een komma te veel, iets na de waarde', async () => {
      expect((await geweigerd(() => stuur('POST', opmerkingen(), 'NaN', json), 400)).detail).toBe("De body is geen geldige JSON: onverwacht 'NaN' op regel 1, kolom 1.");
      expect((await geweigerd(() => stuur('POST', opmerkingen(), '{\n  "tekst": "a",\n}', json), 400)).detail).toBe(
        'De body is geen geldige JSON: verwacht een veldnaam tussen dubbele aanhalingstekens op regel 3, kolom 1.',
      );
      expect((await geweigerd(() => stuur('POST', opmerkingen(), '{"tekst":"a"} x', json), 400)).detail).toMatch(/^De body is geen geldige JSON: .* op regel 1, kolom 15\.$/);
    });

    it('geen UTF-8', async () => {
      const bytes = new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x6b, 0x73, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
      expect((await geweigerd(() => stuur('POST', opmerkingen(), bytes, json), 400)).detail).toMatch(/UTF-8/);
    });

    it('ook bij een route die de body zelf leest (politiecijfers)', async () => {
      const { detail } = await geweigerd(() => stuur('PUT', `/werkruimtes/${ws}/politiecijfers/inwoners`, '{"regio":', json), 400);
      expect(detail).toMatch(/^De body is geen geldige JSON/);
    });
  });

  describe('Content-Type en lege body', () => {
    it('text/plain en application/xml: 415 met het verwachte type', async () => {
      for (const type of ['text/plain', 'application/xml']) {
        const { detail, velden } = await geweigerd(() => stuur('POST', opmerkingen(), '{"tekst":"hallo"}', { 'Content-Type': type }), 415);
        expect(detail).toBe(`Content-Type '${type}' wordt hier niet geaccepteerd: stuur de body als JSON met Content-Type: application/json.`);
        expect(velden[0]).toMatchObject({ name: 'Content-Type' });
      }
      // Also before signing in.
      await geweigerd(() => stuur('POST', '/sessies', 'email=a', { 'Content-Type': 'application/x-www-form-urlencoded' }, null), 415);
    });

    it('een body zonder Content-Type: 415', async () => {
      const { detail } = await geweigerd(() => stuur('POST', opmerkingen(), new TextEncoder().encode('{"tekst":"hallo"}')), 415);
      expect(detail).toMatch(/^De Content-Type ontbreekt: stuur de body als JSON/);
    });

    it('een lege body: 400, met en zonder Content-Type', async () => {
      for (const [body, headers] of [
        ['', json],
        [null, {}],
        [new Uint8Array(0), {}],
      ] as const) {
        const { detail, velden } = await geweigerd(() => stuur('POST', opmerkingen(), body, headers), 400);
        expect(detail).toBe('De body ontbreekt: stuur JSON met Content-Type: application/json.');
        expect(velden).toEqual([expect.objectContaining({ name: '(body)', code: 'verplicht' })]);
      }
    });

    it('application/json met charset en een +json-type gaan door', async () => {
      const r = await stuur('POST', opmerkingen(), JSON.stringify({ tekst: 'Met charset' }), { 'Content-Type': 'application/json; charset=utf-8' });
      expect(r.status).toBe(201);
      const r2 = await stuur('POST', opmerkingen(), JSON.stringify({ tekst: 'Als +json' }), { 'Content-Type': 'application/merge-patch+json' });
      expect(r2.status).toBe(201);
    });

    it('laat acties zonder body en bestanden met rust', async () => {
      expect((await stuur('POST', '/gebruikers/huidig/totp-voorstellen', null)).status).toBe(201);
      const plannen = (await coordinator.get(`/werkruimtes/${ws}/uitvoeringsplannen`)).body.jaren as number[];
      expect(plannen.length).toBeGreaterThan(0);
      expect((await stuur('POST', `/werkruimtes/${ws}/voortgangsoverleg/herinneringen`, null)).status).toBe(200);
      // An import in one step sends the file with its own type; JSON starts an import that waits for it.
      const start = await stuur('POST', `/werkruimtes/${ws}/politiecijfers/imports`, JSON.stringify({ bestandsnaam: '47018NED.csv' }), json);
      expect(start.status).toBe(201);
      const bestand = await stuur('PUT', `/werkruimtes/${ws}/politiecijfers/imports/${String(start.body.id)}/bestand`, 'geen,csv\n', { 'Content-Type': 'text/csv' });
      expect([200, 422]).toContain(bestand.status);
      const zelf = await Client.signIn(app, mail('lezer'));
      expect((await stuur('DELETE', '/sessies/huidig', null, {}, zelf)).status).toBe(204);
    });

    it('een route die de body zelf leest krijgt hem nog (c.req.json na de controle)', async () => {
      const r = await stuur('POST', `/werkruimtes/${ws}/politiecijfers/imports`, JSON.stringify({ bestandsnaam: 'eigen-naam.csv', grootte: 12 }), json);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body).toMatchObject({ bestandsnaam: 'eigen-naam.csv', voortgang: { bytesTotaal: 12 } });
      await stuur('DELETE', `/werkruimtes/${ws}/politiecijfers/imports/${String(r.body.id)}`, null);
    });
  });

  describe('grootte: hoogstens 1 MiB JSON', () => {
    const groot = JSON.stringify({ tekst: 'x'.repeat(MAX_JSON_BYTES) });

    it('413 daarboven, met en zonder Content-Length', async () => {
      const { detail } = await geweigerd(() => stuur('POST', opmerkingen(), groot, json), 413);
      expect(detail).toBe('De body is te groot: hoogstens 1 MiB JSON per verzoek.');
      await geweigerd(() => stuur('POST', opmerkingen(), groot, { ...json, 'Content-Length': String(Buffer.byteLength(groot)) }), 413);
    });

    it('net eronder komt de body bij de validatie van de route', async () => {
      const net = JSON.stringify({ tekst: 'x'.repeat(MAX_JSON_BYTES - 20) });
      const { velden } = await geweigerd(() => stuur('POST', opmerkingen(), net, json), 400);
      expect(velden[0]).toMatchObject({ name: 'tekst', code: 'too_big' });
    });
  });

  describe('NUL-tekens en losse surrogaten: 422 met het veld', () => {
    it('in een sectietekst, een opmerking, een werkruimtenaam en een e-mailadres', async () => {
      const pad = `/werkruimtes/${ws}/secties/${sectie}`;
      const etag = await ifMatch(pad);
      const gevallen: [string, () => Promise<Antwoord>, string][] = [
        ['sectietekst', () => stuur('PATCH', pad, JSON.stringify({ tekst: 'Analyse\u0000tekst' }), { ...json, 'If-Match': etag }), 'tekst'],
        ['opmerking', () => stuur('POST', opmerkingen(), JSON.stringify({ tekst: 'Opmerking \u0000' }), json), 'tekst'],
        ['werkruimte', () => stuur('POST', '/werkruimtes', JSON.stringify({ naam: 'Werk\u0000ruimte', gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2030 }), json), 'naam'],
        ['aanmelden', () => stuur('POST', '/sessies', JSON.stringify({ email: 'coordinator@demo.kernplan.nl\u0000', wachtwoord: 'x' }), json, null), 'email'],
        ['uitnodiging', () => stuur('POST', `/werkruimtes/${ws}/uitnodigingen`, JSON.stringify({ email: 'nieuw\u0000@gemeente.nl', rol: 'lezer' }), json), 'email'],
      ];
      for (const [naam, doe, veld] of gevallen) {
        const { detail, velden } = await geweigerd(doe, 422);
        expect(velden, naam).toEqual([expect.objectContaining({ name: veld, code: 'nul-teken' })]);
        expect(detail, naam).toBe(`Ongeldige invoer: veld '${veld}': De tekst bevat een NUL-teken (\\u0000); dat kan niet worden opgeslagen. Haal het teken weg.`);
      }
    });

    it('noemt het pad van een genest veld en een veldnaam met NUL', async () => {
      const pad = `/werkruimtes/${ws}/startnotitie`;
      const nu = (await coordinator.get(pad)).body.inhoud as { werkgroep: { naam: string; organisatie: string; rol: string }[] };
      const inhoud = { ...nu, werkgroep: [{ naam: 'Lid', organisatie: 'Org', rol: 'x' }, { naam: 'L\u0000d', organisatie: 'Org', rol: 'x' }] };
      const { velden } = await geweigerd(() => stuur('PUT', pad, JSON.stringify(inhoud), { ...json, 'If-Match': '"999"' }), 422);
      expect(velden.map((v) => v.name)).toEqual(['werkgroep.1.naam']);
      const sleutel = await geweigerd(() => stuur('POST', opmerkingen(), '{"tekst":"a","te\\u0000kst":1}', json), 422);
      expect(sleutel.velden).toEqual([expect.objectContaining({ name: 'te\\u0000kst', code: 'nul-teken' })]);
      expect(sleutel.velden[0]!.reason).toMatch(/^De naam van dit veld bevat een NUL-teken/);
    });

    it('een losse surrogaathelft in een tekst; een echt paar (emoji) mag', async () => {
      const { detail, velden } = await geweigerd(() => stuur('POST', opmerkingen(), '{"tekst":"a\\ud800b"}', json), 422);
      expect(velden).toEqual([expect.objectContaining({ name: 'tekst', code: 'losse-surrogaat' })]);
      expect(detail).toBe("Ongeldige invoer: veld 'tekst': De tekst bevat een losse surrogaathelft (\\ud800) en is daarmee geen geldige Unicode-tekst.");
      await geweigerd(() => stuur('POST', opmerkingen(), '{"tekst":"\\udc00 los"}', json), 422);
      const emoji = await stuur('POST', opmerkingen(), '{"tekst":"Goed idee \\ud83d\\ude00"}', json);
      expect(emoji.status).toBe(201);
      expect((emoji.body as { tekst: string }).tekst).toBe('Goed idee 😀');
    });
  });

  describe('datums die niet bestaan: 422 met het veld, overal', () => {
    const onmogelijk = ['2027-02-30', '2027-13-45', '2027-00-10', '2027-04-31', '1800-01-01'];

    it('kent de kalender', () => {
      expect(['2027-03-15', '2028-02-29', '2000-02-29', '2027-12-31'].every(bestaandeDatum)).toBe(true);
      expect(['2027-02-29', '1900-02-29', '2100-02-29', ...onmogelijk, '2027-3-15', '15-03-2027'].some(bestaandeDatum)).toBe(false);
    });

    it('besluit (datum)', async () => {
      for (const datum of onmogelijk) {
        const { detail, velden } = await geweigerd(() => stuur('POST', `/werkruimtes/${ws}/documenten/ivp/besluiten`, JSON.stringify({ soort: 'besproken', orgaan: 'MT', datum }), json), 422);
        expect(velden).toEqual([expect.objectContaining({ name: 'datum' })]);
        expect(detail).toBe(datum.startsWith('1800') ? "Ongeldige invoer: veld 'datum': Een datum tussen 1900 en 2199." : `Ongeldige invoer: veld 'datum': De datum ${datum} bestaat niet.`);
      }
      // A wrong form stays what the route answers for invalid input.
      expect((await geweigerd(() => stuur('POST', `/werkruimtes/${ws}/documenten/ivp/besluiten`, JSON.stringify({ soort: 'besproken', orgaan: 'MT', datum: '11-03-2027' }), json), 400)).velden[0]!.reason).toBe(
        'Gebruik een datum als 2027-03-15 (jaar-maand-dag).',
      );
    });

    it('voortgang van een maatregel (datum)', async () => {
      const jaar = ((await coordinator.get(`/werkruimtes/${ws}/uitvoeringsplannen`)).body.jaren as number[])[0]!;
      const plan = (await coordinator.get(`/werkruimtes/${ws}/uitvoeringsplannen/${jaar}`)).body.inhoud as { actiepunten: { maatregelen: { id: string }[] }[] };
      const m = plan.actiepunten.flatMap((a) => a.maatregelen)[0]!;
      const pad = `/werkruimtes/${ws}/uitvoeringsplannen/${jaar}/maatregelen/${m.id}/voortgang`;
      const etag = await ifMatch(`/werkruimtes/${ws}/uitvoeringsplannen/${jaar}`);
      for (const datum of onmogelijk) {
        const { velden } = await geweigerd(() => stuur('POST', pad, JSON.stringify({ status: 'loopt', datum }), { ...json, 'If-Match': etag }), 422);
        expect(velden).toEqual([expect.objectContaining({ name: 'datum', code: 'custom' })]);
      }
    });

    it('voortgangsoverleg (eersteOverleg, datum en deadline van een overleg) en de agenda', async () => {
      const pad = `/werkruimtes/${ws}/voortgangsoverleg`;
      const nu = (await coordinator.get(pad)).body.inhoud as Record<string, unknown>;
      const etag = await ifMatch(pad);
      const overleg = (datum: string, deadline: string | null) => ({ datum, agenda: '', notulen: '', besluiten: [], acties: [{ wat: 'Bellen', wie: 'Piet', deadline, gereed: false }] });
      for (const datum of onmogelijk) {
        const gevallen: [Record<string, unknown>, string][] = [
          [{ ...nu, eersteOverleg: datum }, 'eersteOverleg'],
          [{ ...nu, overleggen: [overleg(datum, null)] }, 'overleggen.0.datum'],
          [{ ...nu, overleggen: [overleg('2027-03-15', datum)] }, 'overleggen.0.acties.0.deadline'],
        ];
        for (const [inhoud, veld] of gevallen) {
          const { velden } = await geweigerd(() => stuur('PUT', pad, JSON.stringify(inhoud), { ...json, 'If-Match': etag }), 422);
          expect(velden.map((v) => v.name)).toEqual([veld]);
        }
      }
      const agenda = await coordinator.get(`${pad}/agenda?datum=2027-02-30`);
      expect(agenda.status).toBe(400);
      expect(agenda.body.invalidParams).toEqual([expect.objectContaining({ name: 'datum', reason: 'De datum 2027-02-30 bestaat niet.' })]);
    });

    it('proces, prioriteringssessie en de statusdatum in het uitvoeringsplan', async () => {
      const proces = (await coordinator.get(`/werkruimtes/${ws}/proces`)).body.inhoud as { stappen: Record<string, unknown>[] };
      const sessie = ((await coordinator.get(`/werkruimtes/${ws}/prioriteringssessie`)).body.inhoud as Record<string, unknown> | null) ?? {
        orgaan: 'college',
        vorm: '',
        status: 'consultatief',
        datum: null,
        deelnemers: '',
        uitkomst: '',
      };
      const jaar = ((await coordinator.get(`/werkruimtes/${ws}/uitvoeringsplannen`)).body.jaren as number[])[0]!;
      const plan = (await coordinator.get(`/werkruimtes/${ws}/uitvoeringsplannen/${jaar}`)).body.inhoud as { actiepunten: { maatregelen: Record<string, unknown>[] }[] };
      for (const datum of onmogelijk) {
        const p = structuredClone(proces);
        p.stappen[0]!.geplandStart = datum;
        const u = structuredClone(plan);
        u.actiepunten[0]!.maatregelen[0]!.statusDatum = datum;
        const gevallen: [string, unknown, string][] = [
          [`/werkruimtes/${ws}/proces`, p, 'stappen.0.geplandStart'],
          [`/werkruimtes/${ws}/prioriteringssessie`, { ...sessie, datum }, 'datum'],
          [`/werkruimtes/${ws}/uitvoeringsplannen/${jaar}`, u, 'actiepunten.0.maatregelen.0.statusDatum'],
        ];
        for (const [pad, inhoud, veld] of gevallen) {
          const etag = await ifMatch(pad);
          const { velden } = await geweigerd(() => stuur('PUT', pad, JSON.stringify(inhoud), { ...json, 'If-Match': etag }), 422);
          expect(velden.map((v) => v.name), pad).toEqual([veld]);
        }
      }
    });

    it('elk datumveld in het OpenAPI-document is format: date', async () => {
      const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { components: { schemas: Record<string, unknown> }; paths: Record<string, unknown> };
      const datumvelden: string[] = [];
      const fout: string[] = [];
      const loop = (v: unknown, pad: string) => {
        if (Array.isArray(v)) return v.forEach((x, i) => loop(x, `${pad}[${i}]`));
        if (!v || typeof v !== 'object') return;
        const o = v as Record<string, unknown>;
        if (o.properties && typeof o.properties === 'object') {
          for (const [k, s] of Object.entries(o.properties as Record<string, Record<string, unknown>>)) {
            const string = s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string'));
            if (string && /datum|overleg$|deadline|^(gepland|werkelijk)(Start|Einde)$/i.test(k)) {
              datumvelden.push(`${pad}.${k}`);
              if (s.format !== 'date') fout.push(`${pad}.${k}`);
            }
          }
        }
        for (const [k, x] of Object.entries(o)) loop(x, `${pad}.${k}`);
      };
      loop(doc.components.schemas, 'components');
      loop(doc.paths, 'paths');
      expect(datumvelden.length).toBeGreaterThanOrEqual(8);
      expect(fout).toEqual([]);
    });
  });

  describe('vangnet in de foutafhandeling', () => {
    it('maakt van een weigering door de database een 4xx, en laat echte fouten een 500', async () => {
      const fout = async (sql: string, params: unknown[] = []) => testDb.db.query(sql, params).then(() => null, (e: unknown) => e);
      expect(clientfout(await fout('select $1::text as t', ['a\u0000b']))).toMatchObject({ status: 422 });
      expect(clientfout(await fout("select '2027-02-30'::date as d"))).toMatchObject({ status: 422, detail: expect.stringMatching(/datum/) });
      expect(clientfout(await fout('select 1 / 0 as x'))).toBeNull();
      expect(clientfout(await fout('select * from bestaat_niet'))).toBeNull();
      expect(clientfout(new HTTPException(400, { message: 'Malformed JSON in request body' }))).toMatchObject({ status: 400 });
      expect(clientfout(new HTTPException(413))).toMatchObject({ status: 413, detail: 'De body is te groot.' });
      expect(clientfout(new HTTPException(503))).toBeNull();
      expect(clientfout(new Error('iets anders'))).toBeNull();
    });
  });
});
