/**
 * CBS 83648NED inlezen (issue 16, punt 1): wie mag, problem+json met regel en kolom, alles of niets,
 * en daarna zijn geweld en vernielingen van de gemeente volledig, met de bron CBS 83648NED, op PGlite
 * en (met DATABASE_URL) PostgreSQL. De aantallen in de bestanden zijn verzonnen; alleen de vorm is echt.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/support/session-client.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { gemeenteBijCode } from '../../domain/gemeenten/gemeenten.ts';
import { leesCbsGroepen } from '../../domain/politie/cbs-groepen.ts';
import { rollen } from '../../domain/toegang/rollen.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';
import { bewaarCbsGroepen } from './cbs-groepen-opslag.ts';
import { cbs83648Uittreksel, gepubliceerdGeweld } from '../../../tests/support/cbs-83648ned.ts';

const amsterdam = readFileSync(new URL('../../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));

const KOP = '"ID";"SoortMisdrijf";"RegioS";"Perioden";"TotaalGeregistreerdeMisdrijven_1";"GeregistreerdeMisdrijvenRelatief_2";"GeregistreerdeMisdrijvenPer1000Inw_3"';
/** CBS open data (TypedDataSet), verzonnen aantallen voor Amsterdam en Nederland. */
const BESTAND = [
  KOP,
  '"1";"CRI3000";"GM0363    ";"2021JJ00";"       8000";"       10.0";"        9.1"',
  '"2";"CRI3000";"GM0363    ";"2022JJ00";"          .";"          .";"        9.4"',
  '"3";"CRI3000";"GM0363    ";"2024JJ00";"       8100";"       10.1";"        8.7"',
  '"4";"CRI1000";"GM0363    ";"2024JJ00";"      40000";"       50.0";"       43.9"',
  '"5";"CRI3000";"NL01    ";"2024JJ00";"      76000";"        9.5";"        4.2"',
  '"6";"CRI3000";"PV27    ";"2024JJ00";"      20000";"        9.5";"        6.9"',
].join('\n');

describe.each(dbKinds)('API CBS 83648NED (%s)', (kind) => {
  let t: TestDb;
  let app: KernplanApp;
  let demo: string;
  let w: string;
  const als = {} as Record<(typeof rollen)[number], Client>;
  const pad = (werkruimte: string, p = '') => `/werkruimtes/${werkruimte}/politiecijfers/cbs-misdrijfgroepen${p}`;

  beforeAll(async () => {
    t = await createTestDb(kind);
    await seedDemo(t.db);
    app = createApp({ db: t.db });
    for (const r of rollen) als[r] = await Client.signIn(app, `${r}@demo.kernplan.nl`);
    demo = ((await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    w = (await als.coordinator.call('POST', '/werkruimtes', { naam: 'IVP Amsterdam', gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2030 })).body.id as string;
  }, 120_000);
  afterAll(() => t?.drop());

  async function upload(c: Client, werkruimte: string, bytes: Uint8Array | string, bestandsnaam = '83648NED.csv') {
    const res = await app.request(`/api/v1${pad(werkruimte, `?bestandsnaam=${encodeURIComponent(bestandsnaam)}`)}`, {
      method: 'POST',
      headers: { ...(c.cookie ? { Cookie: c.cookie } : {}), ...(c.csrf ? { 'X-CSRF-Token': c.csrf } : {}), 'Content-Type': 'text/csv' },
      body: (typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes) as Uint8Array<ArrayBuffer>,
    });
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
  }

  const tellingen = async () =>
    (await t.db.query<{ n: string }>(`select (select count(*) from cbs_misdrijfgroep_imports) || '/' || (select count(*) from cbs_misdrijfgroepen) as n`)).rows[0]!.n;

  type Waarde = { jaar: number; aantal: number | null; inwoners: number | null; waarde: number | null; dekking?: string; bron?: string; per1000Cbs?: number | null; per1000Uit?: string; landelijk: number | null; landelijkBron: string | null; herkomst?: string | null };
  const bbv = async (id: string): Promise<Waarde[]> => {
    const r = await als.coordinator.get(`/werkruimtes/${w}/politiecijfers/begrotingsindicatoren`);
    expect(r.status).toBe(200);
    return (r.body.gemeenten as { indicatoren: { id: string; waarden: Waarde[] }[] }[])[0]!.indicatoren.find((i) => i.id === id)!.waarden;
  };

  it('weigert wie niet mag inlezen (403 problem+json), anoniem (401) en een niet-lid (404); er verandert niets', async () => {
    const voor = await tellingen();
    for (const r of ['partner', 'beslisser', 'raad', 'lezer', 'auditor'] as const) {
      const u = await upload(als[r], demo, BESTAND);
      expect(u.status, r).toBe(403);
      expect(u.type).toContain('application/problem+json');
      expect(u.body.detail).toContain('coördinator en de redacteuren');
    }
    expect((await upload(Client.anonymous(app), demo, BESTAND)).status).toBe(401);
    // The editor of the demo workspace is no member of the Amsterdam workspace.
    expect((await upload(als.redacteur, w, BESTAND)).status).toBe(404);
    expect(await tellingen()).toBe(voor);
    expect((await als.raad.get(pad(demo))).status).toBe(403);
    const lezer = await als.lezer.get(pad(demo));
    expect(lezer.status).toBe(200);
    expect(lezer.body.mag).toEqual({ importeren: false });
    expect((await als.lezer.get(pad(demo, '?imports=0'))).status).toBe(400);
  });

  it('een fout bestand: 422 problem+json met regel en kolom per fout, en niets opgeslagen', async () => {
    const voor = await tellingen();
    const u = await upload(als.redacteur, demo, BESTAND.replace('"       8100"', '"      81 00"').replace('"2022JJ00"', '"2022MM03"'));
    expect(u.status).toBe(422);
    expect(u.type).toContain('application/problem+json');
    expect(u.body.detail).toBe("Regel 3, kolom 4 (Perioden): '2022MM03' is geen jaar (verwacht bijvoorbeeld 2021JJ00, 2021 of 2023*). En nog 1 fout. Er is niets opgeslagen.");
    expect(u.body.invalidParams).toEqual([
      { name: 'regel 3, kolom 4 (Perioden)', code: 'csv', reason: expect.stringContaining("'2022MM03' is geen jaar") },
      { name: 'regel 4, kolom 5 (TotaalGeregistreerdeMisdrijven_1)', code: 'csv', reason: expect.stringContaining("'81 00' is geen aantal") },
    ]);
    expect((await upload(als.redacteur, demo, 'a;b\n1;2\n')).status).toBe(422);
    expect((await upload(als.redacteur, demo, '')).status).toBe(422);
    expect(await tellingen()).toBe(voor);
  });

  it('een import die halverwege misgaat laat niets na (één transactie)', async () => {
    const voor = await tellingen();
    const u = leesCbsGroepen(new TextEncoder().encode(BESTAND));
    if (!u.ok) throw new Error('niet gelezen');
    const gebruiker = (await t.db.query<{ id: string }>(`select id from gebruikers where email = 'coordinator@demo.kernplan.nl'`)).rows[0]!.id;
    await expect(
      t.db.transaction(async (tx) => {
        await bewaarCbsGroepen(tx, { id: '00000000-0000-4000-8000-0000000000cb', bestandsnaam: 'x.csv', sha256: 'x', werkruimteId: demo, gebruikerId: gebruiker }, u.tabel);
        throw new Error('stroom weg');
      }),
    ).rejects.toThrow('stroom weg');
    expect(await tellingen()).toBe(voor);
  });

  it('zonder CBS-tabel blijft geweld onvolledig; daarna is het volledig, uit CBS 83648NED, per 1.000 inwoners van hetzelfde jaar', async () => {
    // Police figures of Amsterdam 2024 (neighbourhoods, 1.2.3 only): geweld from police types is incomplete.
    const politie = await app.request(`/api/v1/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=amsterdam.csv`, {
      method: 'POST',
      headers: { Cookie: als.coordinator.cookie!, 'X-CSRF-Token': als.coordinator.csrf!, 'Content-Type': 'text/csv' },
      body: amsterdam as Uint8Array<ArrayBuffer>,
    });
    expect(politie.status).toBeLessThan(300);
    const voor = await bbv('geweldsmisdrijven');
    expect(voor.map((x) => [x.jaar, x.dekking])).toEqual([[2024, 'onvolledig']]);
    expect(voor[0]!.bron).toBeUndefined();

    // The population of 1 January 2021 entered; 2022 has none.
    const inw = await als.coordinator.call('PUT', `/werkruimtes/${w}/politiecijfers/inwoners`, { regio: 'GM0363', jaar: 2021, inwoners: 872_779 }, { 'If-Match': '"0"' });
    expect(inw.status).toBe(200);

    const u = await upload(als.coordinator, w, BESTAND, '83648NED_TypedDataSet.csv');
    expect(u.status).toBe(201);
    expect(u.body).toMatchObject({ bestandsnaam: '83648NED_TypedDataSet.csv', formaat: 'cbs-open-data', werkruimte: [{ code: 'GM0363', naam: 'Amsterdam', jaren: [2021, 2022, 2024] }] });
    expect(u.body.samenvatting).toMatchObject({ waarden: 4, gemeenten: ['GM0363'], nederland: true, jaren: [2021, 2022, 2024], overgeslagen: { andereSoorten: 1, andereRegios: 1 } });

    const geweld = await bbv('geweldsmisdrijven');
    expect(geweld.map((x) => [x.jaar, x.dekking, x.bron])).toEqual([
      [2021, 'volledig', 'CBS 83648NED'],
      [2022, 'volledig', 'CBS 83648NED'],
      [2024, 'volledig', 'CBS 83648NED'],
    ]);
    const [j2021, j2022, j2024] = geweld;
    expect(j2021).toMatchObject({ aantal: 8000, inwoners: 872_779, waarde: 9.17, per1000Cbs: 9.1, per1000Uit: 'inwoners' });
    // No population of 2022 and no count: CBS's own rate, said so.
    expect(j2022).toMatchObject({ aantal: null, inwoners: null, waarde: 9.4, per1000Uit: 'CBS' });
    // 2024: the shipped population of 1 January 2024; Nederland from the same group (NL01 in the file).
    const inwoners2024 = gemeenteBijCode('GM0363')!.inwoners;
    expect(j2024).toMatchObject({ aantal: 8100, inwoners: inwoners2024, waarde: Math.round((8100 / inwoners2024) * 100_000) / 100, landelijkBron: 'CBS 83648NED', herkomst: null });
    expect(Math.abs(j2024!.waarde! - j2024!.per1000Cbs!)).toBeLessThan(0.1);
    expect(j2024!.landelijk).toBeCloseTo((76000 / 17_942_942) * 1000, 1);

    // Vernielingen: no CBS group 2 in the file, so it stays as it was.
    expect((await bbv('vernielingen')).map((x) => [x.jaar, x.dekking, x.bron])).toEqual([[2024, 'onvolledig', undefined]]);

    const g = await als.coordinator.get(pad(w));
    expect(g.status).toBe(200);
    expect(g.body.gemeenten).toMatchObject([{ code: 'GM0363', jaren: [{ groep: 'T001161', jaren: [] }, { groep: 'CRI2000', jaren: [] }, { groep: 'CRI3000', jaren: [2021, 2022, 2024] }] }]);
    expect((g.body.imports as { bestandsnaam: string; gebruikerNaam: string }[])[0]!.bestandsnaam).toBe('83648NED_TypedDataSet.csv');
    expect(g.body.mag).toEqual({ importeren: true });

    // A newer import of the same cell replaces it; nothing doubles.
    const opnieuw = await upload(als.coordinator, w, BESTAND.replace('"       8100"', '"       8200"'));
    expect(opnieuw.status).toBe(201);
    expect((await bbv('geweldsmisdrijven')).find((x) => x.jaar === 2024)!.aantal).toBe(8200);
    expect(Number((await t.db.query<{ n: string }>(`select count(*) as n from cbs_misdrijfgroepen where regio = 'GM0363'`)).rows[0]!.n)).toBe(3);
  });

  it('echte rijen (StatLine-download 2020): geweld van Maassluis, Terneuzen en Amstelveen ligt binnen 0,1 van het gepubliceerde', async () => {
    const u = await upload(als.coordinator, demo, cbs83648Uittreksel, 'Veiligheid.csv');
    expect(u.status).toBe(201);
    expect(u.body.formaat).toBe('statline');
    for (const code of ['GM0556', 'GM0715', 'GM0362']) {
      const ws = (await als.coordinator.call('POST', '/werkruimtes', { naam: `IVP ${code}`, gemeentecode: code, periodeStart: 2027, periodeEinde: 2030 })).body.id as string;
      const r = await als.coordinator.get(`/werkruimtes/${ws}/politiecijfers/begrotingsindicatoren`);
      const geweld = (r.body.gemeenten as { indicatoren: { id: string; waarden: Waarde[] }[] }[])[0]!.indicatoren.find((i) => i.id === 'geweldsmisdrijven')!.waarden;
      const gepubliceerd = gepubliceerdGeweld.filter((p) => p.code === code);
      expect(gepubliceerd.length).toBeGreaterThan(0);
      for (const p of gepubliceerd) {
        const w = geweld.find((x) => x.jaar === p.jaar)!;
        expect(w, `${p.gemeente} ${p.jaar}`).toMatchObject({ dekking: 'volledig', bron: 'CBS 83648NED' });
        expect(Math.abs(w.waarde! - p.waarde), `${p.gemeente} ${p.jaar}: ${w.waarde} tegen ${p.waarde}`).toBeLessThanOrEqual(0.1 + 1e-9);
      }
    }
  });
});
