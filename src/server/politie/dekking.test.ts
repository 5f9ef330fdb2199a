/**
 * Issue 16, point 2: every theme and field figure carries its coverage, and a comparison of an incomplete
 * figure is refused with the reason. With the real download of data.politie.nl (bicycle theft 1.2.3 only,
 * Amsterdam's 517 neighbourhoods, 2024), on PGlite and PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/support/session-client.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { groepen } from '../../domain/politie/cijfers.ts';
import type { Dekking } from '../../domain/politie/dekking.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';

const amsterdam = readFileSync(new URL('../../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));
const thema13 = groepen('thema').get('1.3')!;
const veld1 = groepen('veld').get('1')!;

type Rij = { regio: string; jaar: number; sleutel: string; aantal: number | null; dekking: Dekking };
type Thema = { themaId: string; per1000: number | null; dekking: Dekking; vergelijkbaar: boolean; reden: string | null; gemiddelde: number | null; plaats: number | null; van: number; weggelaten: { code: string; reden: string }[] };
type Vergelijking = { jaar: number; gemeenten: { code: string; herkomst: string | null; themas: Thema[] }[] };

describe.each(dbKinds)('dekking van politiecijfers per thema en veld (%s)', (kind) => {
  let t: TestDb;
  let app: KernplanApp;
  let coordinator: Client;
  let raad: Client;
  let ams: string;
  let rdam: string;

  async function upload(w: string, naam: string, bytes: Uint8Array) {
    const res = await app.request(`/api/v1/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=${naam}`, {
      method: 'POST',
      headers: { Cookie: coordinator.cookie!, 'X-CSRF-Token': coordinator.csrf!, 'Content-Type': 'text/csv' },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
    expect(res.status).toBe(200);
  }

  beforeAll(async () => {
    t = await createTestDb(kind);
    await seedDemo(t.db);
    app = createApp({ db: t.db });
    coordinator = await Client.signIn(app, 'coordinator@demo.kernplan.nl');
    raad = await Client.signIn(app, 'raad@demo.kernplan.nl');
    ams = (await coordinator.call('POST', '/werkruimtes', { naam: 'IVP Amsterdam', gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2030 })).body.id as string;
    rdam = (await coordinator.call('POST', '/werkruimtes', { naam: 'IVP Rotterdam', gemeentecode: 'GM0599', periodeStart: 2027, periodeEinde: 2030 })).body.id as string;
    await t.db.query(`insert into leden (werkruimte_id, gebruiker_id, rol) select $1, id, 'raad' from gebruikers where email = 'raad@demo.kernplan.nl'`, [ams]);
    await upload(ams, 'amsterdam.csv', amsterdam);
  });
  afterAll(() => t.drop());

  it('geeft een buurt met alleen fietsendiefstal thema 1.3 en veld 1 met dekking 1 van N, onvolledig', async () => {
    const thema = await coordinator.get(`/werkruimtes/${ams}/politiecijfers/aggregaten?groep=thema&niveau=buurt&jaarVan=2024&jaarTot=2024`);
    expect(thema.status).toBe(200);
    const rijen = thema.body.rijen as Rij[];
    const buurt = rijen.find((r) => r.regio === 'BU0363MP03' && r.sleutel === '1.3')!;
    expect(buurt.aantal).toBe(12);
    expect(buurt.dekking).toEqual({ codes: thema13, aanwezig: ['1.2.3'], ontbrekend: thema13.filter((c) => c !== '1.2.3'), volledig: false });
    // Every theme figure carries its coverage; none is complete in this file.
    expect(rijen.every((r) => r.dekking && r.dekking.volledig === false)).toBe(true);

    const veld = await coordinator.get(`/werkruimtes/${ams}/politiecijfers/aggregaten?groep=veld&niveau=buurt&regio=BU0363MP03`);
    const v1 = (veld.body.rijen as Rij[]).find((r) => r.sleutel === '1')!;
    expect(v1).toMatchObject({ aantal: 12, dekking: { aanwezig: ['1.2.3'], volledig: false } });
    expect(v1.dekking.codes).toHaveLength(veld1.length);
    // A crime type on its own is complete when it is in the file.
    const soort = await coordinator.get(`/werkruimtes/${ams}/politiecijfers/aggregaten?groep=soort&niveau=buurt&regio=BU0363MP03`);
    expect((soort.body.rijen as Rij[]).find((r) => r.sleutel === '1.2.3')!.dekking.volledig).toBe(true);
    expect((soort.body.rijen as Rij[]).find((r) => r.sleutel === '1.1.1')!.dekking.volledig).toBe(false);
    // The shape is a component of the OpenAPI document.
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { components: { schemas: Record<string, { required?: string[] }> } };
    expect(doc.components.schemas.PolitieDekking?.required).toEqual(['codes', 'aanwezig', 'ontbrekend', 'volledig']);
  });

  it('weigert de vergelijking van thema 1.3 voor Amsterdam met de reden: geen "plaats 1 van 1"', async () => {
    const v = await coordinator.get(`/werkruimtes/${ams}/politiecijfers/vergelijking`);
    expect(v.status).toBe(200);
    const body = v.body as unknown as Vergelijking;
    expect(body.jaar).toBe(2024);
    const g = body.gemeenten[0]!;
    expect(g).toMatchObject({ code: 'GM0363', herkomst: 'som van 517 buurten' });
    const t13 = g.themas.find((x) => x.themaId === '1.3')!;
    expect(t13).toMatchObject({ vergelijkbaar: false, gemiddelde: null, plaats: null, van: 0 });
    expect(t13.per1000).toBeGreaterThan(12);
    expect(t13.dekking).toMatchObject({ aanwezig: ['1.2.3'], volledig: false });
    expect(t13.reden).toContain('Thema 1.3 Objectieve veiligheid/veelvoorkomende en high impact crime van Amsterdam (2024) wordt niet vergeleken of gerangschikt');
    expect(t13.reden).toContain(`alleen 1 van de ${thema13.length} soorten misdrijf zit in de ingelezen cijfers (1.2.3)`);
    expect(t13.reden).toContain('Ontbrekend: 1.1.1 Diefstal/inbraak woning');
    // No theme gets a place from an incomplete figure.
    expect(g.themas.every((x) => x.plaats === null && !x.vergelijkbaar && x.reden)).toBe(true);
    // Only who may read the figures sees the comparison.
    expect((await raad.get(`/werkruimtes/${ams}/politiecijfers/vergelijking`)).status).toBe(403);
  });

  it('zegt bij een indicator die thema 1.3 volgt dat de meting onvolledig is, en zet er geen gemeenten naast', async () => {
    const r = await coordinator.call('POST', `/werkruimtes/${ams}/indicatoren`, {
      naam: 'Veelvoorkomende criminaliteit',
      richting: 'lager-is-beter',
      eenheid: 'aantal',
      referentiejaar: 2023,
      referentiewaarde: 12000,
      streefwaarden: [{ jaar: 2026, waarde: 10000 }],
      reeks: { gemeentecode: 'GM0363', themaId: '1.3' },
    });
    expect(r.status).toBe(201);
    expect(r.body.metingen).toEqual([
      expect.objectContaining({ periode: '2024', waarde: 11987, toelichting: expect.stringContaining(`som van 517 buurten; onvolledig: 1 van de ${thema13.length} soorten in de cijfers (1.2.3))`) }),
    ]);
    expect((await coordinator.get(`/werkruimtes/${ams}/indicatoren/${String(r.body.id)}`)).body.vergelijkbareGemeenten).toBeNull();
  });

  it('rangschikt alleen volledige cijfers en laat gemeenten met een onvolledig cijfer weg, met de reden', async () => {
    // Rotterdam complete for theme 1.3, Utrecht only burglary: same size class as Amsterdam (its 2024 neighbourhoods: bicycle theft only).
    const regels = ['regio;soort;periode;aantal', ...thema13.map((c, i) => `GM0599;${c};2024;${100 + i}`), 'GM0344;1.1.1;2024;900'];
    await upload(rdam, 'rotterdam.csv', new TextEncoder().encode(regels.join('\n')));
    const v = (await coordinator.get(`/werkruimtes/${rdam}/politiecijfers/vergelijking?jaar=2024`)).body as unknown as Vergelijking;
    const t13 = v.gemeenten[0]!.themas.find((x) => x.themaId === '1.3')!;
    expect(t13).toMatchObject({ vergelijkbaar: true, reden: null, plaats: 1, van: 1, dekking: { volledig: true } });
    expect(t13.weggelaten.map((x) => x.code).sort()).toEqual(['GM0344', 'GM0363']);
    expect(t13.weggelaten.find((x) => x.code === 'GM0363')!.reden).toBe(`thema 1.3 onvolledig (1 van ${thema13.length} soorten)`);
    // Amsterdam's own comparison still refuses 1.3, though Rotterdam is now there.
    const a = (await coordinator.get(`/werkruimtes/${ams}/politiecijfers/vergelijking?jaar=2024`)).body as unknown as Vergelijking;
    expect(a.gemeenten[0]!.themas.find((x) => x.themaId === '1.3')).toMatchObject({ vergelijkbaar: false, plaats: null });

    // The overview per theme and field carries the coverage per year and over the years.
    const o = await coordinator.get(`/werkruimtes/${rdam}/politiecijfers`);
    const r = (o.body.gemeenten as { themas: { themaId: string; dekking: Dekking; reeks: { jaar: number; dekking: Dekking }[] }[]; velden: { veld: number; dekking: Dekking }[] }[])[0]!;
    const th = r.themas.find((x) => x.themaId === '1.3')!;
    expect(th.dekking.volledig).toBe(true);
    expect(th.reeks[0]!.dekking.volledig).toBe(true);
    expect(r.themas.find((x) => x.themaId === '2.1')!.dekking).toMatchObject({ volledig: false, aanwezig: [] });
    // Field 1 also holds themes 1.1 and 1.2, which are not in the file.
    expect(r.velden.find((x) => x.veld === 1)!.dekking.volledig).toBe(false);
  });
});
