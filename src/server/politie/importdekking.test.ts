/**
 * Issue 16, point 2, in the summary of an import (through the API, on PGlite and with DATABASE_URL on
 * PostgreSQL): per imported region level and period which themes and fields are complete and which are
 * "onvolledig", with the real download of data.politie.nl (bicycle theft 1.2.3 only, Amsterdam's 517
 * neighbourhoods, 2024); a full export says it in one sentence. Stored with the import and read back.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/support/session-client.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { groepen } from '../../domain/politie/cijfers.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import { dekkingTekst, type ImportDekking } from '../../domain/politie/samenvatting.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';

const amsterdam = readFileSync(new URL('../../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));
const thema13 = groepen('thema').get('1.3')!;
const veld1 = groepen('veld').get('1')!;

/** A CBS export with every crime type for Amsterdam, two of its wijken and one neighbourhood, 2022 and 2023 (also counts of 0). */
function volledig(): Uint8Array {
  const regels = ['"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"'];
  let id = 0;
  for (const regio of ['GM0363', 'WK0363AA', 'WK0363AB', 'BU0363AA01']) for (const jaar of ['2022JJ00', '2023JJ00']) for (const m of misdrijfsoorten) regels.push(`"${id++}";"${regio}";"${m.code}";"${jaar}";"${id % 4}"`);
  return new TextEncoder().encode(regels.join('\r\n'));
}

describe.each(dbKinds)('dekking per thema en veld in de importsamenvatting (%s)', (kind) => {
  let t: TestDb;
  let app: KernplanApp;
  let coordinator: Client;
  let w: string;

  async function upload(naam: string, bytes: Uint8Array) {
    const res = await app.request(`/api/v1/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=${naam}`, {
      method: 'POST',
      headers: { Cookie: coordinator.cookie!, 'X-CSRF-Token': coordinator.csrf!, 'Content-Type': 'text/csv' },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { id: string; samenvatting: { dekking: ImportDekking } };
  }

  beforeAll(async () => {
    t = await createTestDb(kind);
    await seedDemo(t.db);
    app = createApp({ db: t.db });
    coordinator = await Client.signIn(app, 'coordinator@demo.kernplan.nl');
    w = (await coordinator.call('POST', '/werkruimtes', { naam: 'IVP Amsterdam', gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2030 })).body.id as string;
  });
  afterAll(() => t.drop());

  it('noemt thema 1.3 en veld 1 onvolledig voor de 517 buurten in 2024: alleen 1.2.3; bewaard en teruggelezen', async () => {
    const u = await upload('amsterdam.csv', amsterdam);
    const d = u.samenvatting.dekking;
    expect(d.alleVolledig).toBe(false);
    expect(d.groepen.map((g) => g.waar)).toEqual([[{ niveau: 'buurt', periode: '2024JJ00', regios: 517 }]]);
    const [t13, v1] = d.groepen[0]!.onvolledig;
    expect(t13).toMatchObject({ soort: 'thema', sleutel: '1.3', dekking: { codes: thema13, aanwezig: ['1.2.3'], volledig: false } });
    expect(v1).toMatchObject({ soort: 'veld', sleutel: '1', dekking: { codes: veld1, aanwezig: ['1.2.3'], volledig: false } });
    const tekst = dekkingTekst(d);
    expect(tekst[0]!.kop).toBe('517 buurten in 2024:');
    expect(tekst[0]!.regels.slice(0, 2)).toEqual([
      `Thema 1.3 Objectieve veiligheid/veelvoorkomende en high impact crime: onvolledig (1 van ${thema13.length} soorten: alleen 1.2.3)`,
      `Veld 1 Veilige woon- en leefomgeving: onvolledig (1 van ${veld1.length} soorten: alleen 1.2.3)`,
    ]);
    const terug = await coordinator.get(`/werkruimtes/${w}/politiecijfers/imports/${u.id}`);
    expect(terug.status).toBe(200);
    expect((terug.body.samenvatting as { dekking: ImportDekking }).dekking).toEqual(d);
  });

  it('zegt bij een volledige export in één zin dat alles volledig is', async () => {
    const d = (await upload('volledig.csv', volledig())).samenvatting.dekking;
    expect(d.alleVolledig).toBe(true);
    expect(dekkingTekst(d)).toEqual([
      {
        kop: "Alle thema's en velden zijn volledig: elke soort misdrijf heeft een aantal voor elke regio en periode in het bestand (1 gemeente, 2 wijken en 1 buurt in 2022 en 2023).",
        regels: [],
      },
    ]);
  });
});
