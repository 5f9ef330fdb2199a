/**
 * Issue 16, points 3 and 6, through the API on PGlite and (with DATABASE_URL) PostgreSQL, with the real
 * files of ../shared/data: the import summary names only periods and crime types that were imported, the
 * police portal's table per place is refused with the table to download instead, and per theme the
 * crime types that drive it (GET …/politiecijfers/themabijdragen).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/support/session-client.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { tabelPerPlaats } from '../../domain/politie/formaat.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';

const data = (pad: string) => readFileSync(new URL(`../../../../shared/data/${pad}`, import.meta.url));
/** The real police portal download: 1.2.3 for Amsterdam's 517 neighbourhoods in 2024, no 0.0.0 rows. */
const amsterdam = data('politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv');
/** The first 106 real rows of CBS 47018NED for 2023 (0.0.0 for neighbourhoods of Aa en Hunze), plus on line 108 the only 2020 row, with a negative count. */
const aaEnHunze = Buffer.concat([
  data('cbs-47018NED/rows-2023-first106-cbsodataR-form.csv'),
  Buffer.from('"107","1.1.1 ","Diefstal/inbraak woning","BU16800000","Annen","2020JJ00",2020-01-01,"Y","2020",-5,"Aa en Hunze                   ","Buurt   "\n'),
]);
/** The police portal's table per place, in its real column layout (UTF-8 with BOM, CRLF, `;`, every field quoted, padded counts). */
const perPlaats = Buffer.from(
  [
    '\uFEFF"Soort misdrijf";"Plaatsen";"Perioden";"Geregistreerde misdrijven (aantal)"',
    '"1.2.3 Diefstal van brom-, snor-, fietsen";"Amsterdam";"2024";"   11846"',
    '"1.2.3 Diefstal van brom-, snor-, fietsen";"Zwanenburg";"2024";"      41"',
    '"1.1.1 Diefstal/inbraak woning";"Amsterdam";"2024";"    2954"',
  ].join('\r\n'),
);
/** A CBS export of Amsterdam as a whole for 2023 (the municipality's own row), with codes of several themes. */
const amsterdam2023 = Buffer.from(
  [
    '"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"',
    ...[
      ['0.0.0', 99000],
      ['1.2.3', 12000],
      ['3.9.1', 7500],
      ['1.1.1', 4500],
      ['1.4.5', 3000],
      ['1.2.1', 2000],
      ['1.6.1', 400],
      ['2.2.1', 6000],
      ['2.6.9', 150],
      ['3.1.1', 900],
      ['3.7.4', 1100],
      ['2.5.2', 5000],
    ].map(([code, n], i) => `"${i}";"GM0363    ";"${code}";"2023JJ00";"${n}"`),
  ].join('\r\n'),
);

describe.each(dbKinds)('issue 16 via de API (%s)', (kind) => {
  let t: TestDb;
  let app: KernplanApp;
  let w: string;
  const as = {} as Record<'coordinator' | 'redacteur' | 'raad' | 'lezer', Client>;

  beforeAll(async () => {
    t = await createTestDb(kind);
    await seedDemo(t.db);
    app = createApp({ db: t.db });
    for (const r of ['coordinator', 'redacteur', 'raad', 'lezer'] as const) as[r] = await Client.signIn(app, `${r}@demo.kernplan.nl`);
    const demo = ((await as.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    const nieuw = await as.coordinator.call('POST', '/werkruimtes', { naam: 'IVP Amsterdam', gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2030 });
    w = nieuw.body.id as string;
    const leden = (await as.coordinator.get(`/werkruimtes/${demo}/leden`)).body.leden as { gebruikerId: string; rol: string }[];
    for (const l of leden) if (l.rol !== 'coordinator') await t.db.query('insert into leden (werkruimte_id, gebruiker_id, rol) values ($1, $2, $3)', [w, l.gebruikerId, l.rol]);
  });
  afterAll(() => t.drop());

  async function upload(c: Client, naam: string, bytes: Uint8Array) {
    const res = await app.request(`/api/v1/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=${encodeURIComponent(naam)}`, {
      method: 'POST',
      headers: { Cookie: c.cookie!, 'X-CSRF-Token': c.csrf!, 'Content-Type': 'text/csv' },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
  }
  type Samenvatting = { perioden: { jaren: number[]; van: string | null; tot: string | null }; zonderThema: { code: string; aantal: number }[]; geweigerdeRegels: { regel: number; reden: string }[] };

  it('noemt in de samenvatting geen jaar waarvan de enige regel is geweigerd, en het totaal 0.0.0 alleen als het in het bestand staat', async () => {
    const cbs = await upload(as.coordinator, 'aa-en-hunze.csv', aaEnHunze);
    expect(cbs.status).toBe(200);
    const s = cbs.body.samenvatting as Samenvatting;
    expect(s.geweigerdeRegels).toEqual([{ regel: 108, reden: "Regel 108: negatief aantal '-5'." }]);
    expect(s.perioden).toMatchObject({ jaren: [2023], van: '2023JJ00', tot: '2023JJ00' });
    // The file holds only 0.0.0: that (and nothing else) is listed without a theme, with its real sum.
    expect(s.zonderThema.map((z) => z.code)).toEqual(['0.0.0']);
    expect(s.zonderThema[0]!.aantal).toBeGreaterThan(0);

    const portaal = await upload(as.coordinator, 'amsterdam.csv', amsterdam);
    expect(portaal.status).toBe(200);
    const p = portaal.body.samenvatting as Samenvatting;
    expect(p.perioden.jaren).toEqual([2024]);
    expect(p.zonderThema).toEqual([]);
    // Stored and read back the same way.
    const terug = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/imports/${portaal.body.id as string}`);
    expect((terug.body.samenvatting as Samenvatting).zonderThema).toEqual([]);
  });

  it('weigert de tabel per plaats met de tabel die wel past, en leest niets in', async () => {
    const voor = (await t.db.query<{ n: number }>('select count(*)::int as n from politie_imports')).rows[0]!.n;
    const r = await upload(as.coordinator, 'plaatsen.csv', perPlaats);
    expect(r.status).toBe(422);
    expect(r.type).toBe('application/problem+json');
    expect(r.body.regel).toBe(1);
    expect(r.body.detail).toBe(`Het bestand plaatsen.csv is geweigerd (regel 1): ${tabelPerPlaats}`);
    expect(r.body.detail).toContain('47018NED');
    expect((await t.db.query<{ n: number }>('select count(*)::int as n from politie_imports')).rows[0]!.n).toBe(voor);
  });

  it('toont per thema de soorten die het bepalen, ook voor een gemeente met alleen buurten', async () => {
    const pad = `/werkruimtes/${w}/politiecijfers/themabijdragen`;
    // Only neighbourhoods of 2024 so far: the municipality is their sum, and says so.
    const buurten = await as.lezer.get(pad);
    expect(buurten.status).toBe(200);
    expect(buurten.body).toMatchObject({ regio: 'GM0363', regioNaam: 'Amsterdam', jaar: 2024, jaren: [2024], herkomst: 'som van 517 buurten' });
    type Thema = { themaId: string; totaal: number | null; samenvatting: string | null; bijdragen: { code: string; aantal: number; aandeel: number }[]; strategisch: { id: string; codes: { code: string }[] }[] };
    const themas = (b: Record<string, unknown>) => b.themas as Thema[];
    expect(themas(buurten.body).find((x) => x.themaId === '1.3')).toMatchObject({ totaal: 11987, samenvatting: 'helemaal 1.2.3 Diefstal van brom-, snor-, fietsen' });

    // The municipal overview shows the municipality too, with the sum of its neighbourhoods, named as such.
    type Gemeente = { code: string; jaren: number[]; gebiedssommen: { jaar: number; herkomst: string }[]; themas: { themaId: string; reeks: { jaar: number; aantal: number | null }[] }[] };
    const overzicht = async () => ((await as.lezer.get(`/werkruimtes/${w}/politiecijfers`)).body.gemeenten as Gemeente[]).find((g) => g.code === 'GM0363')!;
    const alleenBuurten = await overzicht();
    expect(alleenBuurten.jaren).toEqual([2024]);
    expect(alleenBuurten.gebiedssommen).toEqual([{ jaar: 2024, herkomst: 'som van 517 buurten' }]);
    expect(alleenBuurten.themas.find((x) => x.themaId === '1.3')!.reeks.map((r) => [r.jaar, r.aantal])).toEqual([[2024, 11987]]);

    expect((await upload(as.coordinator, 'amsterdam-2023.csv', amsterdam2023)).status).toBe(200);
    const metEigen = await overzicht();
    expect(metEigen.jaren).toEqual([2023, 2024]);
    expect(metEigen.gebiedssommen).toEqual([{ jaar: 2024, herkomst: 'som van 517 buurten' }]);
    expect(metEigen.themas.find((x) => x.themaId === '1.3')!.reeks.map((r) => [r.jaar, r.aantal])).toEqual([
      [2023, 29400],
      [2024, 11987],
    ]);
    const eigen = await as.lezer.get(`${pad}?jaar=2023`);
    expect(eigen.status).toBe(200);
    expect(eigen.body).toMatchObject({ jaar: 2023, jaren: [2023, 2024], herkomst: null });
    const t13 = themas(eigen.body).find((x) => x.themaId === '1.3')!;
    // 1.3 = 1.2.3 + 3.9.1 + 1.1.1 + 1.4.5 + 1.2.1 + 1.6.1 (the new mapping: horizontal fraud and fire/explosion belong here).
    expect(t13.totaal).toBe(12000 + 7500 + 4500 + 3000 + 2000 + 400);
    expect(t13.samenvatting).toBe('vooral 1.2.3 Diefstal van brom-, snor-, fietsen (41 %), 3.9.1 Horizontale fraude (26 %), 1.1.1 Diefstal/inbraak woning (15 %)');
    expect(t13.bijdragen.map((b) => b.code)).toEqual(['1.2.3', '3.9.1', '1.1.1', '1.4.5', '1.2.1', '1.6.1']);
    expect(t13.strategisch).toEqual([{ id: 'gedigitaliseerde-criminaliteit', naam: 'Gedigitaliseerde criminaliteit (waaronder cybercrime)', codes: [{ code: '3.9.1', aantal: 7500 }] }]);
    expect(themas(eigen.body).find((x) => x.themaId === '5.2')).toMatchObject({ totaal: 2000, samenvatting: 'vooral 3.7.4 Cybercrime (55 %), 3.1.1 Drugshandel (45 %)' });
    expect(themas(eigen.body).find((x) => x.themaId === '1.1')!.bijdragen.map((b) => b.code)).toEqual(['2.6.9']);
    expect(themas(eigen.body).find((x) => x.themaId === '1.2')!.bijdragen.map((b) => b.code)).toEqual(['2.2.1']);
    // Default: the latest year (2024, still the sum of neighbourhoods: the municipality has no own row for 2024).
    expect((await as.lezer.get(pad)).body).toMatchObject({ jaar: 2024, herkomst: 'som van 517 buurten' });
    // A neighbourhood of the workspace.
    const buurt = await as.lezer.get(`${pad}?regio=BU0363MP03`);
    expect(buurt.body).toMatchObject({ regio: 'BU0363MP03', jaar: 2024, herkomst: null });
    expect(themas(buurt.body).find((x) => x.themaId === '1.3')!.totaal).toBe(12);

    // The workspace's own mapping counts: horizontal fraud back to 5.2.
    const zet = await as.coordinator.call('PUT', `/werkruimtes/${w}/politiecijfers/themakoppeling`, { afwijkingen: [{ code: '3.9.1', themaId: '5.2' }] }, { 'If-Match': '"0"' });
    expect(zet.status).toBe(200);
    const anders = await as.lezer.get(`${pad}?jaar=2023`);
    expect(themas(anders.body).find((x) => x.themaId === '5.2')!.samenvatting).toBe('vooral 3.9.1 Horizontale fraude (79 %)');
    expect(themas(anders.body).find((x) => x.themaId === '1.3')!.totaal).toBe(12000 + 4500 + 3000 + 2000 + 400);
  });

  it('weigert wie niet mag en een verkeerde regio of jaar, met de parameter', async () => {
    const pad = `/werkruimtes/${w}/politiecijfers/themabijdragen`;
    expect((await Client.anonymous(app).get(pad)).status).toBe(401);
    const raad = await as.raad.get(pad);
    expect(raad.status).toBe(403);
    expect(raad.body.detail).toBe('Uw rol mag de politiecijfers van deze werkruimte niet lezen.');
    expect((await as.coordinator.get('/werkruimtes/00000000-0000-4000-8000-000000000000/politiecijfers/themabijdragen')).status).toBe(404);
    const ander = await as.lezer.get(`${pad}?regio=GM0599`);
    expect(ander.status).toBe(400);
    expect(ander.body.invalidParams).toEqual([{ name: 'regio', code: 'waarde', reason: "'GM0599' is geen gemeente, wijk of buurt van deze werkruimte (GM0363)." }]);
    const jaar = await as.lezer.get(`${pad}?jaar=2019`);
    expect(jaar.status).toBe(400);
    expect(jaar.body.detail).toBe('Voor Amsterdam zijn er cijfers over 2023, 2024, niet over 2019.');
    expect((await as.lezer.get(`${pad}?jaar=volgend`)).status).toBe(400);
  });
});
