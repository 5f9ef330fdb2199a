/**
 * POST /api/v1/prioriteitclassificaties: vorm van het antwoord, foutmeldingen met het pad van het veld,
 * en open voor iedereen (anoniem, zonder CSRF-token) en voor aangemelde gebruikers. De route raakt de
 * database niet, dus dit draait op PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { problemSchema } from '../api/schemas.ts';
import { seedDemo } from '../demo/demo.ts';

const PAD = '/api/v1/prioriteitclassificaties';

describe('POST /prioriteitclassificaties', () => {
  let testDb: TestDb;
  let app: KernplanApp;

  beforeAll(async () => {
    testDb = await createTestDb('pglite');
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
  }, 120_000);
  afterAll(async () => {
    await testDb.drop();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.request(PAD, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('geeft per titel hoogstens drie suggesties, beste eerst, zonder aanmelden en zonder CSRF-token', async () => {
    const titels = ['Veilige en leefbare kernen', 'Aanpak ondermijning en georganiseerde criminaliteit', 'Zorg en veiligheid', 'Planning en control'];
    const res = await post({ titels });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('API-Version')).toBeTruthy();
    const body = (await res.json()) as { resultaten: { titel: string; suggesties: { id: string; soort: string; naam: string; zekerheid: number; waarom: string }[] }[] };
    expect(body.resultaten.map((r) => r.titel)).toEqual(titels);
    expect(body.resultaten.map((r) => r.suggesties[0]?.id)).toEqual(['1.1', '5.2', 'zorg-en-veiligheid', undefined]);
    const eerste = body.resultaten[0]!.suggesties;
    expect(eerste.length).toBeLessThanOrEqual(3);
    expect(Object.keys(eerste[0]!).sort()).toEqual(['id', 'naam', 'soort', 'waarom', 'zekerheid']);
    expect(eerste[0]).toMatchObject({ soort: 'thema', naam: 'Sociale kwaliteit' });
    expect(body.resultaten[2]!.suggesties[0]!.soort).toBe('strategisch-thema');
    for (const r of body.resultaten) {
      const z = r.suggesties.map((s) => s.zekerheid);
      expect([...z].sort((a, b) => b - a)).toEqual(z);
      for (const s of r.suggesties) {
        expect(s.zekerheid).toBeGreaterThanOrEqual(0);
        expect(s.zekerheid).toBeLessThanOrEqual(1);
      }
    }
  });

  it('werkt ook voor een aangemelde gebruiker', async () => {
    const lid = await Client.signIn(app, 'lezer@demo.kernplan.nl');
    const r = await lid.call('POST', '/prioriteitclassificaties', { titels: ['Verkeersveiligheid'] });
    expect(r.status).toBe(200);
    expect((r.body.resultaten as { suggesties: { id: string }[] }[])[0]!.suggesties[0]!.id).toBe('4.1');
  });

  async function probleem(body: unknown) {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    return problemSchema.parse(await res.json());
  }

  it('weigert ongeldige invoer met een Nederlandse melding die het veld aanwijst', async () => {
    const leeg = await probleem({ titels: [] });
    expect(leeg.invalidParams?.[0]?.name).toBe('titels');

    const zonder = await probleem({});
    expect(zonder.invalidParams?.[0]).toMatchObject({ name: 'titels', reason: 'Verplicht.' });

    const lege = await probleem({ titels: ['Jeugd', '   '] });
    expect(lege.invalidParams?.[0]).toMatchObject({ name: 'titels.1', reason: 'Mag niet leeg zijn.' });

    const lang = await probleem({ titels: ['Jeugd', 'x'.repeat(301)] });
    expect(lang.invalidParams?.[0]?.name).toBe('titels.1');
    expect(lang.invalidParams?.[0]?.reason).toContain('300');

    const veel = await probleem({ titels: Array.from({ length: 501 }, (_, i) => `Titel ${i}`) });
    expect(veel.invalidParams?.[0]?.name).toBe('titels');
    expect(veel.invalidParams?.[0]?.reason).toContain('500');

    const getal = await probleem({ titels: [42] });
    expect(getal.invalidParams?.[0]?.name).toBe('titels.0');
  });

  it('aanvaardt precies 500 titels van 300 tekens', async () => {
    const res = await post({ titels: Array.from({ length: 500 }, (_, i) => `Woninginbraak ${i} `.padEnd(300, 'x')) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { resultaten: unknown[] }).resultaten).toHaveLength(500);
  });

  it('weigert een body die geen JSON is', async () => {
    const res = await post('{titels:');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
