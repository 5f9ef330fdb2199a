import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { aggregatenVoorWerkruimte, begrotingsindicatorenVoorWerkruimte, laadRijen, overzichtVoorWerkruimte, vergelijkingVoorWerkruimte } from './cijfers.ts';
import { importeerPolitiecijfers, type ImportInvoer, type Voortgang } from './import.ts';
import { zetAfwijkingen } from './themakoppeling.ts';

const amsterdam = readFileSync(new URL('../../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));
const kop = '"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"';

function* stukken(bytes: Uint8Array, grootte = 4096) {
  for (let i = 0; i < bytes.length; i += grootte) yield bytes.subarray(i, Math.min(bytes.length, i + grootte));
}

async function* traag(bytes: Uint8Array, grootte: number) {
  for (const s of stukken(bytes, grootte)) {
    await new Promise((r) => setTimeout(r, 1));
    yield s;
  }
}

const tekst = (t: string) => new TextEncoder().encode(t);

/** Een CBS-bestand met twee gemeenten, een wijk en NL00 over twee jaar. */
function cbsBestand(factor = 1): Uint8Array {
  const regels = [kop];
  let id = 0;
  for (const jaar of [2022, 2023]) {
    for (const [regio, basis] of [
      ['NL00', 100000],
      ['GM0363', 5000],
      ['GM0014', 1200],
      ['WK036300', 300],
    ] as const) {
      for (const [code, deel] of [
        ['0.0.0', 10],
        ['1.1.1', 1],
        ['2.5.2', 2],
        ['1.4.5', 1],
        ['2.2.1', 3],
        ['2.6.4', 1],
      ] as const) {
        regels.push(`"${id++}";"${regio.padEnd(10)}";"${code.padEnd(7)}";"${jaar}JJ00";"${String(basis * deel * factor + (jaar - 2022)).padStart(8)}"`);
      }
    }
  }
  return tekst(regels.join('\r\n'));
}

describe.each(dbKinds)('import van politiecijfers (%s)', (kind) => {
  let t: TestDb;
  let werkruimteId: string;
  beforeAll(async () => {
    t = await createTestDb(kind);
    const { rows } = await t.db.query<{ id: string }>(
      `insert into werkruimtes (soort, naam, gemeente_naam, cbs_code) values ('ivp', 'IVP Amsterdam', 'Amsterdam', 'GM0363') returning id`,
    );
    werkruimteId = rows[0]!.id;
  });
  afterAll(() => t.drop());

  const importeer = (bytes: Uint8Array, extra: Partial<ImportInvoer> = {}) =>
    importeerPolitiecijfers(t.db, { bron: stukken(bytes), bestandsnaam: 'test.csv', bytesTotaal: bytes.length, ...extra });
  const tel = async (tabel: string) => (await t.db.query<{ n: number }>(`select count(*)::int as n from ${tabel}`)).rows[0]!.n;

  it('leest de echte export van data.politie.nl in, met voortgang en samenvatting', async () => {
    const voortgang: Voortgang[] = [];
    const u = await importeer(amsterdam, { werkruimteId, opVoortgang: (v) => voortgang.push(v) });
    expect(u.status).toBe('ingelezen');
    if (u.status !== 'ingelezen') return;
    const s = u.samenvatting;
    expect(s).toMatchObject({ formaat: 'politie-portaal', codering: 'UTF-8 met BOM', regeleinde: 'CRLF', regelsGelezen: 517, regelsGeimporteerd: 517, geweigerdTotaal: 0 });
    expect(s.regios.aantal.buurt).toBe(517);
    expect(s.regios.gemeenten).toEqual(['GM0363']);
    expect(s.perioden).toMatchObject({ jaren: [2024], van: '2024JJ00', tot: '2024JJ00' });
    // Only 1.2.3 (theme 1.3) is in the file: no crime type without a theme, not even the total 0.0.0 (issue 16).
    expect(s.zonderThema).toEqual([]);
    expect(s.zoekGemeenten).toEqual({ gemeenten: ['GM0363'], afgeleid: false });
    expect(voortgang[0]!.fase).toBe('lezen');
    expect(voortgang.at(-1)).toMatchObject({ fase: 'klaar', bytesGelezen: amsterdam.length, bytesTotaal: amsterdam.length, regelsGelezen: 517 });
    const rijen = await laadRijen(t.db, { gemeenten: ['GM0363'], niveaus: ['buurt'] });
    expect(rijen).toHaveLength(517);
    expect(rijen.find((r) => r.regio === 'BU0363MP03')!.aantallen[5]).toBe(12); // 1.2.3 staat op plaats 5
  });

  it('is idempotent: hetzelfde bestand nog eens geeft dezelfde cijfers, niet dubbele', async () => {
    const voor = await laadRijen(t.db, { gemeenten: ['GM0363'], niveaus: ['buurt'] });
    const u = await importeer(amsterdam, { werkruimteId });
    expect(u.status).toBe('ingelezen');
    if (u.status !== 'ingelezen') return;
    expect(u.samenvatting.eerderIngelezen).toHaveLength(1);
    expect(await laadRijen(t.db, { gemeenten: ['GM0363'], niveaus: ['buurt'] })).toEqual(voor);
  });

  it('laat bij meer dan 1.000 foute regels geen spoor na', async () => {
    const [imports, cijfers] = [await tel('politie_imports'), await tel('politie_cijfers')];
    const regels = [kop, '"0";"GM0599";"1.1.1";"2023JJ00";"10"'];
    for (let i = 0; i < 1001; i++) regels.push(`"${i}";"GM0599";"1.1.1";"2023JJ00";"-1"`);
    const u = await importeer(tekst(regels.join('\n')));
    expect(u.status).toBe('geweigerd');
    if (u.status !== 'geweigerd') return;
    expect(u.reden).toContain('Meer dan 1.000 foute regels');
    expect(u.fouten).toHaveLength(1000);
    expect(u.fouten[0]).toEqual({ regel: 3, reden: "Regel 3: negatief aantal '-1'." });
    expect([await tel('politie_imports'), await tel('politie_cijfers')]).toEqual([imports, cijfers]);
  });

  it('weigert een onbekend formaat met de verwachte kolommen', async () => {
    const u = await importeer(tekst('naam;adres\nJan;Dorpsstraat 1\n'));
    expect(u).toMatchObject({ status: 'geweigerd', regel: 1 });
    if (u.status === 'geweigerd') expect(u.reden).toContain('GeregistreerdeMisdrijven_1');
  });

  it('kan geannuleerd worden en laat dan niets na, ook niet in de buffer', async () => {
    const [imports, cijfers] = [await tel('politie_imports'), await tel('politie_cijfers')];
    const stop = new AbortController();
    const bytes = cbsBestand(7);
    const u = await importeerPolitiecijfers(t.db, {
      bron: traag(bytes, 200),
      bestandsnaam: 'groot.csv',
      maxCellen: 2,
      signal: stop.signal,
      opVoortgang: (v) => {
        if (v.bytesGelezen > bytes.length / 2) stop.abort();
      },
    });
    expect(u.status).toBe('geannuleerd');
    expect([await tel('politie_imports'), await tel('politie_cijfers'), await tel('politie_import_buffer')]).toEqual([imports, cijfers, 0]);
  });

  it('schrijft via de buffer hetzelfde weg als in één keer', async () => {
    const bytes = cbsBestand();
    const metBuffer = await importeer(bytes, { maxCellen: 3 });
    expect(metBuffer.status).toBe('ingelezen');
    const via = await laadRijen(t.db, { regios: ['NL00', 'GM0363', 'GM0014', 'WK036300'] });
    expect(await tel('politie_import_buffer')).toBe(0);
    const inEens = await importeer(bytes);
    // The totals of the crime types without a theme count every imported value once, also via the buffer.
    const totaal = (u: typeof inEens) => (u.status === 'ingelezen' ? u.samenvatting.zonderThema.find((z) => z.code === '0.0.0')?.aantal : null);
    expect(totaal(inEens)).toBe((1_000_000 + 50_000 + 12_000 + 3_000) * 2 + 4);
    expect(totaal(metBuffer)).toBe(totaal(inEens));
    expect(await laadRijen(t.db, { regios: ['NL00', 'GM0363', 'GM0014', 'WK036300'] })).toEqual(via);
    expect(via).toHaveLength(8);
  });

  it('laat een onbekende waarde een eerder ingelezen waarde niet wissen', async () => {
    await importeer(tekst(`${kop}\n"0";"GM0344";"1.1.1";"2021JJ00";"40"\n"1";"GM0344";"2.5.2";"2021JJ00";"9"`));
    await importeer(tekst(`${kop}\n"0";"GM0344";"1.1.1";"2021JJ00";"."\n"1";"GM0344";"2.5.2";"2021JJ00";"11"`));
    const [r] = await laadRijen(t.db, { regios: ['GM0344'] });
    expect(r!.aantallen[1]).toBe(40);
    expect(r!.aantallen[25]).toBe(11); // 2.5.2
  });

  it('telt per thema en veld, per 1.000 inwoners, met trend, begrotingsindicatoren en vergelijking', async () => {
    await importeer(cbsBestand());
    const agg = await aggregatenVoorWerkruimte(t.db, werkruimteId, { groep: 'thema' });
    const r13 = agg.rijen.find((r) => r.regio === 'GM0363' && r.jaar === 2023 && r.sleutel === '1.3')!;
    expect(r13.aantal).toBe(5001 + 5001); // 1.1.1 en 1.4.5
    expect(r13.per1000).toBeCloseTo((10002 / 931298) * 1000, 2);
    expect(agg.rijen.find((r) => r.regio === 'GM0363' && r.jaar === 2023 && r.sleutel === '2.1')!.aantal).toBe(10001);
    expect(agg.codes['2.1']).toEqual(['2.5.2']);

    // Een afwijking van de werkruimte: winkeldiefstal bij geen thema.
    await zetAfwijkingen(t.db, werkruimteId, [{ code: '2.5.2', themaId: null }]);
    const na = await aggregatenVoorWerkruimte(t.db, werkruimteId, { groep: 'thema' });
    expect(na.rijen.find((r) => r.sleutel === '2.1')).toBeUndefined();
    await zetAfwijkingen(t.db, werkruimteId, []);

    const wijken = await aggregatenVoorWerkruimte(t.db, werkruimteId, { groep: 'veld', niveau: 'wijk' });
    expect(wijken.rijen.find((r) => r.regio === 'WK036300' && r.jaar === 2022 && r.sleutel === '1')!.aantal).toBe(300 + 300 + 900);

    const overzicht = await overzichtVoorWerkruimte(t.db, werkruimteId);
    const ams = overzicht.gemeenten[0]!;
    // 2024 came only as neighbourhoods (the first test): the overview shows their sum and names it (issue 16).
    expect(ams.jaren).toEqual([2022, 2023, 2024]);
    expect(ams.gebiedssommen).toEqual([{ jaar: 2024, herkomst: 'som van 517 buurten' }]);
    const thema13 = ams.themas.find((x) => x.themaId === '1.3')!;
    expect(thema13.trend).toMatchObject({ vanJaar: 2022, richting: 'stijgend' });

    const bi = await begrotingsindicatorenVoorWerkruimte(t.db, werkruimteId);
    const winkel = bi.gemeenten[0]!.indicatoren.find((i) => i.id === 'winkeldiefstal')!;
    expect(winkel.codes).toEqual([{ code: '2.5.2', titel: 'Winkeldiefstal' }]);
    const w2023 = winkel.waarden.find((w) => w.jaar === 2023)!;
    expect(w2023.aantal).toBe(10001);
    expect(w2023.landelijkBron).toBe('import-NL00');
    expect(w2023.landelijk).toBeCloseTo((200001 / 17811291) * 1000, 2);
    expect(bi.gemeenten[0]!.indicatoren.find((i) => i.id === 'verwijzingen-halt')!.waarden).toEqual([]);

    const v = await vergelijkingVoorWerkruimte(t.db, werkruimteId, 2023);
    expect(v.gemeenten[0]).toMatchObject({ code: 'GM0363', klasse: '150.000 inwoners of meer' });
    expect(v.gemeenten[0]!.vergeleken.map((g) => g.code)).toEqual(['GM0014']);
  });

  it('vergelijkt ook een gemeente die alleen buurten heeft (echte download): met de som van haar buurten', async () => {
    // 2024: Amsterdam alleen als buurten (eerste test); Rotterdam en Utrecht als gemeente.
    const regels = [kop];
    for (const [regio, n] of [
      ['GM0599', 9000],
      ['GM0344', 4000],
    ] as const) {
      for (const code of ['0.0.0', '1.1.1', '2.5.2']) regels.push(`"x";"${regio}";"${code}";"2024JJ00";"${n}"`);
    }
    expect((await importeer(tekst(regels.join('\n')))).status).toBe('ingelezen');
    const v = await vergelijkingVoorWerkruimte(t.db, werkruimteId);
    expect(v.jaar).toBe(2024);
    const amsterdam = v.gemeenten[0]!;
    expect(amsterdam).toMatchObject({ code: 'GM0363', klasse: '150.000 inwoners of meer', herkomst: 'som van 517 buurten' });
    expect(amsterdam.vergeleken).toEqual([
      expect.objectContaining({ code: 'GM0344', herkomst: null }),
      expect.objectContaining({ code: 'GM0599', herkomst: null }),
    ]);
    // Amsterdam's neighbourhoods hold only bicycle theft: theme 1.3 is a partial sum and is not ranked (issue 16, point 2).
    const t13 = amsterdam.themas.find((th) => th.themaId === '1.3')!;
    expect(t13).toMatchObject({ vergelijkbaar: false, plaats: null, dekking: { aanwezig: ['1.2.3'], volledig: false } });
    expect(t13.per1000).not.toBeNull();
    expect(t13.reden).toContain('wordt niet vergeleken of gerangschikt');
  });
});
