/**
 * GET /api/v1/landelijke-cijfers/begrotingsindicatoren (issue 16): de officiële landelijke cijfers,
 * zonder aanmelden, en Nederlandse problemen die de parameter `jaar` noemen. Op PGlite en, met
 * DATABASE_URL, op PostgreSQL (de route raakt de database niet, de app wel).
 * Gepubliceerd voor 2021 (Edam-Volendam, begroting 2023, benchmark Nederland): winkeldiefstal 1,8,
 * geweldsmisdrijven 4,3, diefstal uit woning 1,3, vernielingen 6,1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/support/session-client.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { problemSchema } from '../api/schemas.ts';
import { seedDemo } from '../demo/demo.ts';

const PAD = '/api/v1/landelijke-cijfers/begrotingsindicatoren';

describe.each(dbKinds)('GET /landelijke-cijfers/begrotingsindicatoren (%s)', (kind) => {
  let t: TestDb;
  let app: KernplanApp;

  beforeAll(async () => {
    t = await createTestDb(kind);
    await seedDemo(t.db);
    app = createApp({ db: t.db });
  }, 120_000);
  afterAll(async () => {
    await t.drop();
  });

  it('geeft de vier indicatoren van 2021 zonder aanmelden, binnen 0,1 van de gepubliceerde', async () => {
    const res = await app.request(`${PAD}?jaar=2021`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { jaar: number; begrotingsindicatoren: { id: string; naam: string; eenheid: string; waarde: number; aantal: number; inwoners: number }[] };
    expect(body.jaar).toBe(2021);
    expect(body.begrotingsindicatoren.map((b) => b.id)).toEqual(['winkeldiefstal', 'geweldsmisdrijven', 'diefstal-uit-woning', 'vernielingen']);
    const gepubliceerd: Record<string, number> = { winkeldiefstal: 1.8, geweldsmisdrijven: 4.3, 'diefstal-uit-woning': 1.3, vernielingen: 6.1 };
    for (const b of body.begrotingsindicatoren) {
      expect(b.eenheid).toBe('per 1.000 inwoners');
      expect(b.inwoners).toBe(17_475_415);
      expect(Math.round((b.aantal / b.inwoners) * 100_000) / 100).toBe(b.waarde);
      expect(Math.abs(b.waarde - gepubliceerd[b.id]!), b.id).toBeLessThanOrEqual(0.1);
    }
  });

  it('werkt ook voor een aangemelde gebruiker, met dezelfde cijfers', async () => {
    const lid = await Client.signIn(app, 'lezer@demo.kernplan.nl');
    const r = await lid.get('/landelijke-cijfers/begrotingsindicatoren?jaar=2018');
    expect(r.status).toBe(200);
    const vernielingen = (r.body.begrotingsindicatoren as { id: string; waarde: number; inwoners: number }[]).find((b) => b.id === 'vernielingen')!;
    expect(vernielingen.inwoners).toBe(17_181_084);
    expect(Math.abs(vernielingen.waarde - 5.4)).toBeLessThanOrEqual(0.1);
  });

  it.each([
    ['', 400],
    ['?jaar=', 400],
    ['?jaar=twintig', 400],
    ['?jaar=2021.5', 400],
    ['?jaar=1999', 404],
    ['?jaar=2030', 404],
  ])('weigert %s met %i en noemt de parameter jaar', async (query, status) => {
    const res = await app.request(`${PAD}${query}`);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = problemSchema.parse(await res.json());
    expect(body.invalidParams?.map((p) => p.name)).toEqual(['jaar']);
    expect(`${body.detail} ${body.invalidParams?.[0]?.reason}`).toMatch(/jaar|Verplicht/i);
  });

  it('staat in het OpenAPI-document, zonder beveiliging', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, { get?: { security?: unknown[] } }> };
    const op = doc.paths[PAD]?.get;
    expect(op).toBeTruthy();
    expect(op?.security ?? []).toEqual([]);
  });
});
