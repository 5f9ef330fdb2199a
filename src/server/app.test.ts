import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from '@hono/zod-openapi';
import { createTestDb, dbKinds, type TestDb } from '../../tests/support/test-db.ts';
import { createApp, type KernplanApp } from './app.ts';
import {
  aspectSchema,
  methodeSchema,
  problemSchema,
  strategischThemaSchema,
  themaSamenvattingSchema,
  themaSchema,
  veldSchema,
  zoekresultaatSchema,
} from './api/schemas.ts';
import { loadMigrations, migrate } from './db/migrate.ts';

const latest = loadMigrations().at(-1)?.version ?? 0;

describe.each(dbKinds)('API op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    app = createApp({ db: testDb.db });
  });
  afterAll(async () => {
    await testDb.drop();
  });

  async function get(pad: string, init?: RequestInit) {
    const res = await app.request(pad, init);
    const type = res.headers.get('content-type') ?? '';
    const body: unknown = type.includes('json') ? await res.json() : await res.text();
    return { res, body, type };
  }

  async function expectProblem(pad: string, status: number, init?: RequestInit) {
    const { res, body, type } = await get(pad, init);
    expect(res.status).toBe(status);
    expect(type).toBe('application/problem+json');
    const p = problemSchema.parse(body);
    expect(p.status).toBe(status);
    return { res, problem: p };
  }

  describe('beheer', () => {
    it('meldt de gezondheid met het soort database en de schemaversie', async () => {
      const { res, body } = await get('/api/v1/health');
      expect(res.status).toBe(200);
      expect(body).toMatchObject({ status: 'ok', database: { soort: kind, schemaversie: latest } });
    });

    it('migreert idempotent', async () => {
      expect(latest).toBeGreaterThanOrEqual(2);
      expect(await migrate(testDb.db)).toBe(latest);
      expect(await migrate(testDb.db)).toBe(latest);
    });
  });

  describe('kennisbank', () => {
    it('geeft 5 velden met samen 22 thema\'s', async () => {
      const { body } = await get('/api/v1/velden');
      const { velden } = z.object({ velden: z.array(veldSchema) }).parse(body);
      expect(velden).toHaveLength(5);
      expect(velden.flatMap((v) => v.themas.map((t) => t.id))).toHaveLength(22);
      expect(velden[4]?.themas.map((t) => t.id)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5']);
    });

    it('filtert thema\'s op veld en zoekt zonder op accenten of hoofdletters te letten', async () => {
      const schema = z.object({ themas: z.array(themaSamenvattingSchema) });
      const veld3 = schema.parse((await get('/api/v1/themas?veld=3')).body);
      expect(veld3.themas.map((t) => t.id)).toEqual(['3.1', '3.2', '3.3', '3.4']);
      const twee = schema.parse((await get('/api/v1/themas?veld=2&veld=4')).body);
      expect(twee.themas).toHaveLength(9);
      const zoek = schema.parse((await get('/api/v1/themas?zoek=Ondermijning')).body);
      expect(zoek.themas[0]?.id).toBe('5.2');
      const accent = schema.parse((await get(`/api/v1/themas?zoek=${encodeURIComponent('crimináliteit')}`)).body);
      const gewoon = schema.parse((await get('/api/v1/themas?zoek=criminaliteit')).body);
      expect(accent.themas).toEqual(gewoon.themas);
      expect(gewoon.themas.length).toBeGreaterThan(1);
    });

    it('weigert een onbekend veld met 400 dat de parameter en de toegestane waarden noemt', async () => {
      const { problem } = await expectProblem('/api/v1/themas?veld=9', 400);
      expect(problem.invalidParams?.[0]).toMatchObject({ name: 'veld' });
      expect(problem.invalidParams?.[0]?.reason).toContain("'9'");
      expect(problem.invalidParams?.[0]?.reason).toContain('1, 2, 3, 4, 5');
    });

    it('geeft een volledig thema met raakvlakken en methoden', async () => {
      const { res, body } = await get('/api/v1/themas/2.1');
      expect(res.status).toBe(200);
      const thema = themaSchema.parse(body);
      expect(thema.naam).toBe('Veilig winkelgebied');
      expect(thema.veldnaam).toBe('Bedrijvigheid en veiligheid');
      expect(thema.aanpak?.maatregelen.length).toBeGreaterThan(5);
      expect(thema.effectindicatoren.length).toBeGreaterThan(0);
      expect(thema.methoden.map((m) => m.id)).toContain('keurmerk-veilig-ondernemen');
      expect(thema.raakvlakken.every((r) => r.naam.length > 0)).toBe(true);
    });

    it('laat bij veld 1 de aanpak weg (die staat per aspect)', async () => {
      const thema = themaSchema.parse((await get('/api/v1/themas/1.3')).body);
      expect(thema.aanpak).toBeUndefined();
    });

    it('geeft 404 problem+json voor een onbekend thema', async () => {
      const { problem } = await expectProblem('/api/v1/themas/6.1', 404);
      expect(problem.detail).toContain('6.1');
    });

    it('geeft de zes aanpak-aspecten en elk apart', async () => {
      const lijst = z.object({ aanpakaspecten: z.array(aspectSchema) }).parse((await get('/api/v1/aanpakaspecten')).body);
      expect(lijst.aanpakaspecten.map((a) => a.id)).toEqual(['1', '2', '3', '4', '5', '6']);
      const vijf = aspectSchema.parse((await get('/api/v1/aanpakaspecten/5')).body);
      expect(vijf.naam).toBe('Toezicht en handhaving');
      await expectProblem('/api/v1/aanpakaspecten/7', 404);
    });

    it('geeft de drie strategische thema\'s', async () => {
      const { strategischeThemas } = z
        .object({ strategischeThemas: z.array(strategischThemaSchema) })
        .parse((await get('/api/v1/strategische-themas')).body);
      expect(strategischeThemas).toHaveLength(3);
    });

    it('zoekt door kennisbank en methoden heen', async () => {
      const { zoekresultaten } = z
        .object({ zoekresultaten: z.array(zoekresultaatSchema) })
        .parse((await get('/api/v1/zoekresultaten?zoek=keurmerk')).body);
      expect(zoekresultaten.some((r) => r.soort === 'methode' && r.id === 'keurmerk-veilig-ondernemen')).toBe(true);
      const { problem } = await expectProblem('/api/v1/zoekresultaten?zoek=', 400);
      expect(problem.invalidParams?.[0]?.name).toBe('zoek');
      await expectProblem('/api/v1/zoekresultaten', 400);
    });
  });

  describe('methodencatalogus', () => {
    const lijstSchema = z.object({ aantal: z.number(), methoden: z.array(methodeSchema) });

    it('geeft zonder filter alle 26 methoden', async () => {
      const { aantal, methoden } = lijstSchema.parse((await get('/api/v1/methoden')).body);
      expect(aantal).toBe(26);
      expect(methoden).toHaveLength(26);
    });

    it('combineert filters: OF binnen een filter, EN tussen filters', async () => {
      const alleen = lijstSchema.parse((await get('/api/v1/methoden?object=gebied')).body);
      expect(alleen.aantal).toBe(12);
      const combi = lijstSchema.parse((await get('/api/v1/methoden?object=gebied&partij=ondernemer')).body);
      expect(combi.methoden.every((m) => m.object === 'gebied' && m.partijen.includes('ondernemer'))).toBe(true);
      expect(combi.aantal).toBeLessThan(alleen.aantal);
      const of = lijstSchema.parse((await get('/api/v1/methoden?object=thema,overig')).body);
      expect(of.aantal).toBe(5);
      const zes = lijstSchema.parse(
        (await get('/api/v1/methoden?veld=2&object=gebied&samenwerking=convenant&rol=initiator&partij=politie&probleem=uitgaansoverlast')).body,
      );
      expect(zes.methoden.map((m) => m.id)).toEqual(['kwaliteitsmeter-veilig-uitgaan']);
    });

    it('zoekt in vrije tekst', async () => {
      const { methoden } = lijstSchema.parse((await get('/api/v1/methoden?zoek=hotspot')).body);
      expect(methoden[0]?.id).toBe('hotspotaanpak');
    });

    it.each([
      ['veld', '7'],
      ['object', 'dier'],
      ['samenwerking', 'fusie'],
      ['rol', 'baas'],
      ['partij', 'brandweer'],
      ['probleem', 'graffiti'],
    ])('weigert een onbekende waarde voor %s met de toegestane waarden', async (param, waarde) => {
      const { problem } = await expectProblem(`/api/v1/methoden?${param}=${waarde}`, 400);
      expect(problem.invalidParams).toHaveLength(1);
      expect(problem.invalidParams?.[0]?.name).toBe(param);
      expect(problem.invalidParams?.[0]?.reason).toContain(`'${waarde}'`);
      expect(problem.invalidParams?.[0]?.reason).toMatch(/Toegestaan: \S+/);
      expect(problem.detail).toContain(param);
    });

    it('geeft één methode of 404', async () => {
      const m = methodeSchema.parse((await get('/api/v1/methoden/keurmerk-veilig-ondernemen')).body);
      expect(m.stappen.length).toBeGreaterThan(2);
      expect(m.themas.map((t) => t.id)).toContain('2.1');
      await expectProblem('/api/v1/methoden/bestaat-niet', 404);
    });
  });

  describe('NL GOV API Design Rules', () => {
    it('zet API-Version op elk antwoord, ook op fouten', async () => {
      for (const pad of ['/api/v1/health', '/api/v1/themas/9.9', '/api/v1/methoden?rol=x', '/api/v1/openapi.json', '/api/v1/onbekend']) {
        const res = await app.request(pad);
        expect(res.headers.get('API-Version'), pad).toBe('1.0.0');
      }
    });

    it('beantwoordt een slash aan het eind met 404, zonder doorverwijzing', async () => {
      for (const pad of ['/api/v1/themas/', '/api/v1/methoden/', '/api/v1/themas/1.1/']) {
        const { res } = await expectProblem(pad, 404);
        expect(res.headers.get('location')).toBeNull();
      }
    });

    it('beantwoordt een niet-ondersteunde methode met 405 en Allow', async () => {
      for (const [method, pad] of [
        ['POST', '/api/v1/themas'],
        ['DELETE', '/api/v1/themas/1.1'],
        ['PUT', '/api/v1/methoden/hotspotaanpak'],
        ['PATCH', '/api/v1/velden'],
      ] as const) {
        const { res } = await expectProblem(pad, 405, { method });
        expect(res.headers.get('Allow')).toBe('GET, HEAD');
      }
    });

    it('publiceert een OpenAPI 3.1-document met alle paden in het Nederlands', async () => {
      const { res, body } = await get('/api/v1/openapi.json');
      expect(res.status).toBe(200);
      const doc = body as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>>; components: { schemas: Record<string, unknown> } };
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/aanpakaspecten',
          '/api/v1/aanpakaspecten/{id}',
          '/api/v1/health',
          '/api/v1/methoden',
          '/api/v1/methoden/{id}',
          '/api/v1/strategische-themas',
          '/api/v1/themas',
          '/api/v1/themas/{id}',
          '/api/v1/velden',
          '/api/v1/zoekresultaten',
          '/api/v1/sessies',
          '/api/v1/sessies/huidig',
          '/api/v1/werkruimtes',
          '/api/v1/werkruimtes/{werkruimteId}/secties/{sleutel}',
        ]),
      );
      // Dutch, plural collections, no trailing slash, no verbs in paths.
      for (const pad of Object.keys(doc.paths)) expect(pad).toMatch(/^\/api\/v1\/[a-z{}/.-]+[a-z}]$/i);
      const params = doc.paths['/api/v1/methoden']?.get?.parameters?.map((p) => p.name);
      expect(params).toEqual(['veld', 'object', 'samenwerking', 'rol', 'partij', 'probleem', 'zoek']);
      expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Thema', 'Methode', 'Probleem', 'Effectindicator']));
    });

    it('stuurt beveiligingsheaders mee, met een Content-Security-Policy', async () => {
      const res = await app.request('/api/v1/velden');
      expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    });
  });
});

describe('webapplicatie serveren', () => {
  let testDb: TestDb;
  let app: KernplanApp;
  beforeAll(async () => {
    testDb = await createTestDb('pglite');
    const webRoot = mkdtempSync(path.join(tmpdir(), 'kp-web-'));
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Kernplan</title><div id="root"></div>');
    app = createApp({ db: testDb.db, webRoot });
  });
  afterAll(() => testDb.drop());

  it('geeft voor elke pagina buiten de API de app terug', async () => {
    for (const pad of ['/', '/kennisbank', '/kennisbank/themas/5.2', '/methoden?rol=initiator']) {
      const res = await app.request(pad);
      expect(res.status, pad).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('laat onbekende API-paden een 404 problem+json blijven', async () => {
    const res = await app.request('/api/v1/bestaat-niet');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
