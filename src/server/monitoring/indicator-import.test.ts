/**
 * Issue 16, point 4 through the API: the target forms of real plans on an indicator (relative,
 * ceiling, floor, qualitative, span of years, per 10,000 of a named group, a measurement with its
 * benchmark), the unit checks ('28,8%' is no score, '7,5 (1 tot 10)' no percentage), and the import
 * of an indicator table (CSV and XLSX): a preview that writes nothing, then all or nothing; errors
 * by line and column in Dutch; who may not is refused.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'raad', 'lezer'] as const;
type Rol = (typeof rollen)[number];

/** A budget table as a municipality keeps it: a title line, Dutch numbers, the forms of real plans. */
const TABEL = [
  'Beleidsindicatoren Veiligheid, begroting 2025;;;;;;;;',
  'Indicator;Eenheid;Bron;Richting;Realisatie 2022;Realisatie 2023;Realisatie 2024;Streefwaarde 2024;Streefwaarde 2025;2019-2023',
  'Woninginbraken;aantal;Politie (data.politie.nl);;412;398;390;vermindert met 2 % per jaar;-2%;',
  'Verwijzingen naar Halt;per 10.000 jongeren 12-17;Halt;;132;128;131;niet boven 130;niet boven 130;',
  'Rapportcijfer veiligheid in de buurt;rapportcijfer;Veiligheidsmonitor;;"6 / 8";"7,2 / 7,3";"7,4 / 7,3";minimaal 7;minimaal 7;',
  'Ervaren overlast van jongeren;%;Veiligheidsmonitor;lager is beter;12,5;11,9;11,0;afname;stabiel;',
  'Jeugdcriminaliteit (verdachten);aantal;Gemeente;lager is beter;;;;;;130',
].join('\r\n');

/** A minimal .xlsx: shared strings, numbers, and a cell formatted as a percentage (0.288 shown as 28,8%). */
async function xlsx(rijen: (string | number | { procent: number })[][]): Promise<Uint8Array> {
  const gedeeld: string[] = [];
  const kol = (i: number) => String.fromCharCode(65 + i);
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = rijen
    .map((rij, r) => {
      const cellen = rij
        .map((v, i) => {
          const ref = `${kol(i)}${r + 1}`;
          if (typeof v === 'string') {
            gedeeld.push(v);
            return `<c r="${ref}" t="s"><v>${gedeeld.length - 1}</v></c>`;
          }
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          return `<c r="${ref}" s="1"><v>${v.procent}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cellen}</row>`;
    })
    .join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Indicatoren" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/blad1.xml"/></Relationships>');
  zip.file('xl/worksheets/blad1.xml', `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`);
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0"?><sst>${gedeeld.map((t) => `<si><t>${esc(t)}</t></si>`).join('')}</sst>`);
  zip.file('xl/styles.xml', '<?xml version="1.0"?><styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe.each(dbKinds)('streefvormen en de import van een indicatorentabel op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  const as = {} as Record<Rol, Client>;
  const ids = {} as Record<Rol, string>;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of rollen) as[r] = await Client.signIn(app, mail(r));
    const demo = ((await as.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
    const leden = (await as.coordinator.get(`/werkruimtes/${demo}/leden`)).body.leden as { gebruikerId: string; email: string }[];
    for (const r of rollen) ids[r] = leden.find((l) => l.email === mail(r))!.gebruikerId;
  });
  afterAll(async () => {
    await testDb.drop();
  });

  async function nieuweWerkruimte(naam: string): Promise<string> {
    const res = await as.coordinator.call('POST', '/werkruimtes', { naam, gemeentecode: 'GM0599', periodeStart: 2023, periodeEinde: 2026 });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    for (const r of rollen) if (r !== 'coordinator') await testDb.db.query('insert into leden (werkruimte_id, gebruiker_id, rol) values ($1, $2, $3)', [id, ids[r], r]);
    return id;
  }

  async function stuur(wie: Client, pad: string, inhoud: string | Uint8Array, type = 'text/csv') {
    const res = await app.request(`/api/v1${pad}`, { method: 'POST', headers: { Cookie: wie.cookie!, 'X-CSRF-Token': wie.csrf!, 'Content-Type': type }, body: typeof inhoud === 'string' ? inhoud : new Blob([new Uint8Array(inhoud)]) });
    const tekst = await res.text();
    return { status: res.status, type: res.headers.get('Content-Type'), body: (tekst ? JSON.parse(tekst) : {}) as Record<string, unknown> };
  }

  const aantalIndicatoren = async (ws: string) => Number((await testDb.db.query<{ n: string }>('select count(*) as n from indicatoren where werkruimte_id = $1', [ws])).rows[0]!.n);

  type Antwoord = { naam: string; status: string; eenheid: string; noemer?: string; streefwaarden: { jaar: number; waarde: number; soort?: string }[]; metingen: { periode: string; waarde: number; benchmark?: number; status: string; uitleg: string }[] };

  it('legt elke vorm via de API vast en beoordeelt hem; oude indicatoren zonder soort blijven werken', async () => {
    const ws = await nieuweWerkruimte('Vormen');
    const post = (b: unknown) => as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, b);
    const relatief = await post({
      naam: 'Woninginbraken',
      eenheid: 'aantal',
      richting: 'lager-is-beter',
      referentiejaar: 2022,
      referentiewaarde: 412,
      streefwaarden: [{ jaar: 2026, soort: 'relatief', procent: -2, basis: 'per-jaar' }],
    });
    expect(relatief.status).toBe(201);
    expect((relatief.body as unknown as Antwoord).streefwaarden).toEqual([{ jaar: 2026, waarde: 380.016, soort: 'relatief', procent: -2, basis: 'per-jaar' }]);
    const halt = await post({
      naam: 'Verwijzingen naar Halt',
      eenheid: 'per 10.000',
      noemer: 'jongeren van 12 tot en met 17 jaar',
      richting: 'lager-is-beter',
      referentiejaar: 2023,
      referentiewaarde: 128,
      streefwaarden: [{ jaar: 2024, soort: 'plafond', waarde: 130 }, { jaar: 2025, totJaar: 2027, soort: 'reeks', waarde: '125' }],
    });
    expect(halt.status).toBe(201);
    expect(halt.body).toMatchObject({ eenheid: 'per-10000', noemer: 'jongeren van 12 tot en met 17 jaar', eindjaar: 2027, eindvorm: '125 per jaar (2025 t/m 2027)' });
    const overlast = await post({
      naam: 'Ervaren overlast',
      eenheid: 'percentage',
      richting: 'lager-is-beter',
      referentiejaar: 2023,
      referentiewaarde: '11,9%',
      streefwaarden: [{ jaar: 2026, soort: 'kwalitatief', koers: 'afname' }],
    });
    expect(overlast.status).toBe(201);

    // A measurement with its benchmark, as a budget prints it: '6 / 8'.
    const cijfer = await post({ naam: 'Rapportcijfer buurt', eenheid: 'score', richting: 'hoger-is-beter', referentiejaar: 2023, referentiewaarde: 7.2, streefwaarden: [{ jaar: 2025, soort: 'vloer', waarde: 7 }] });
    const meting = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren/${String(cijfer.body.id)}/metingen`, { periode: '2025', waarde: '6,9 / 7,3' });
    expect(meting.status).toBe(201);
    expect((meting.body as unknown as Antwoord).metingen[0]).toMatchObject({ waarde: 6.9, benchmark: 7.3, status: 'achter' });
    expect((meting.body as unknown as Antwoord).metingen[0]!.uitleg).toContain('de vloer (minimaal) 7 voor 2025');

    const inOverlast = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren/${String(overlast.body.id)}/metingen`, { periode: '2024', waarde: '11,0%' });
    expect(inOverlast.body).toMatchObject({ status: 'op-koers' });
    const inHalt = await as.partner.call('POST', `/werkruimtes/${ws}/indicatoren/${String(halt.body.id)}/metingen`, { periode: 2024, waarde: 131 });
    expect(inHalt.status).toBe(403);
    const inHalt2 = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren/${String(halt.body.id)}/metingen`, { periode: 2024, waarde: 131 });
    expect(inHalt2.body).toMatchObject({ status: 'achter' });

    // An indicator stored before issue 16 (no soort, no noemer, no benchmark) reads and judges as before.
    const oud = await post({ naam: 'Overvallen', eenheid: 'aantal', richting: 'lager-is-beter', referentiejaar: 2011, referentiewaarde: 486, streefwaarden: [{ jaar: 2018, waarde: 300 }] });
    const m = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren/${String(oud.body.id)}/metingen`, { periode: '2015', waarde: 380 });
    expect((m.body as unknown as Antwoord).metingen[0]).toMatchObject({ status: 'achter', streefsoort: 'waarde' });
    expect((m.body as unknown as Antwoord).streefwaarden).toEqual([{ jaar: 2018, waarde: 300 }]);
  });

  it("weigert '28,8%' bij een score en '7,5 (1 tot 10)' bij een percentage, met het veld", async () => {
    const ws = await nieuweWerkruimte('Eenheden');
    const score = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, { naam: 'Rapportcijfer', eenheid: 'score', richting: 'hoger-is-beter', referentiejaar: 2023, referentiewaarde: '28,8%' });
    expect(score.status).toBe(422);
    expect(score.body.invalidParams).toEqual([
      { name: 'referentiewaarde', code: 'regel', reason: '‘28,8%’ is een percentage, geen score. Vul bij de eenheid score een rapportcijfer of schaalscore in zonder %-teken (bijvoorbeeld 7,5), of kies de eenheid percentage.' },
    ]);
    const pct = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, { naam: 'Onveilig', eenheid: 'percentage', richting: 'lager-is-beter', referentiejaar: 2023, referentiewaarde: 30, streefwaarden: [{ jaar: 2026, waarde: '7,5 (1 tot 10)' }] });
    expect(pct.status).toBe(422);
    expect(pct.body.invalidParams).toMatchObject([{ name: 'streefwaarden[0].waarde', reason: expect.stringContaining('geen percentage') }]);
    const zonderRef = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, { naam: 'Afname zonder referentie', eenheid: 'aantal', richting: 'lager-is-beter', streefwaarden: [{ jaar: 2026, soort: 'kwalitatief', koers: 'afname' }] });
    expect(zonderRef.status).toBe(422);
    expect(zonderRef.body.invalidParams).toMatchObject([{ name: 'streefwaarden[0].soort', reason: expect.stringContaining('vul het referentiejaar en de referentiewaarde in') }]);
    expect(await aantalIndicatoren(ws)).toBe(0);
  });

  it('toont eerst wat een CSV-tabel oplevert (niets opgeslagen), slaat dan alles op, en weigert een tweede keer', async () => {
    const ws = await nieuweWerkruimte('Import CSV');
    const voorbeeld = await stuur(as.redacteur, `/werkruimtes/${ws}/indicatoren/import/voorbeeld?bestandsnaam=begroting.csv`, TABEL);
    expect(voorbeeld.status).toBe(200);
    expect(voorbeeld.body).toMatchObject({ kopregel: 2, problemen: [], kanOpslaan: true });
    const lijst = voorbeeld.body.indicatoren as (Omit<Antwoord, 'streefwaarden'> & { eenheidTekst: string; streefwaarden: { tekst: string }[] })[];
    expect(lijst.map((i) => [i.naam, i.status])).toEqual([
      ['Woninginbraken', 'op-koers'],
      ['Verwijzingen naar Halt', 'achter'],
      ['Rapportcijfer veiligheid in de buurt', 'op-koers'],
      ['Ervaren overlast van jongeren', 'op-koers'],
      ['Jeugdcriminaliteit (verdachten)', 'onbekend'],
    ]);
    expect(lijst[1]!.eenheidTekst).toBe('per 10.000 jongeren van 12 tot en met 17 jaar');
    expect(lijst[0]!.streefwaarden.map((s) => s.tekst)).toEqual(['\u22122\u00a0% per jaar', '\u22122\u00a0% t.o.v. referentie']);
    expect(await aantalIndicatoren(ws)).toBe(0);

    const opgeslagen = await stuur(as.redacteur, `/werkruimtes/${ws}/indicatoren/import?bestandsnaam=begroting.csv`, TABEL);
    expect(opgeslagen.status).toBe(201);
    expect(opgeslagen.body.aantal).toBe(5);
    const alle = (await as.lezer.get(`/werkruimtes/${ws}/indicatoren`)).body.indicatoren as Antwoord[];
    expect(alle.map((i) => i.status)).toEqual(['op-koers', 'achter', 'op-koers', 'op-koers', 'onbekend']);
    expect(alle[2]!.metingen.at(-1)).toMatchObject({ periode: '2024', waarde: 7.4, benchmark: 7.3 });
    expect(alle[4]!.streefwaarden).toEqual([{ jaar: 2019, totJaar: 2023, waarde: 130, soort: 'reeks' }]);

    const nogmaals = await stuur(as.coordinator, `/werkruimtes/${ws}/indicatoren/import`, TABEL);
    expect(nogmaals.status).toBe(422);
    expect(nogmaals.type).toContain('application/problem+json');
    expect((nogmaals.body.invalidParams as { name: string; reason: string }[])[0]).toEqual({
      name: 'regel 3, kolom A (Indicator)',
      code: 'tabel',
      reason: 'Er is al een indicator ‘Woninginbraken’ in deze werkruimte; geef deze een andere naam of verwijder de bestaande eerst.',
    });
    expect(await aantalIndicatoren(ws)).toBe(5);
  });

  it('slaat niets op als één regel niet klopt, en noemt regel en kolom', async () => {
    const ws = await nieuweWerkruimte('Import fout');
    const csv = ['Indicator;Eenheid;Bron;Realisatie 2023;Streefwaarde 2026', 'Winkeldiefstal;aantal;Politie;120;100', 'Rapportcijfer buurt;score;VM;28,8%;7'].join('\n');
    const r = await stuur(as.coordinator, `/werkruimtes/${ws}/indicatoren/import`, csv);
    expect(r.status).toBe(422);
    expect(r.body.invalidParams).toEqual([{ name: 'regel 3, kolom D (Realisatie 2023)', code: 'tabel', reason: expect.stringContaining('‘28,8%’ is een percentage, geen score') }]);
    expect(String(r.body.detail)).toMatch(/^Niets opgeslagen: de tabel heeft een fout\. regel 3, kolom D/);
    expect(await aantalIndicatoren(ws)).toBe(0);
    const leeg = await stuur(as.coordinator, `/werkruimtes/${ws}/indicatoren/import/voorbeeld`, 'Titel\nnog een regel');
    expect(leeg.status).toBe(200);
    expect(leeg.body).toMatchObject({ kanOpslaan: false, problemen: [{ rij: 1, kolom: null, reden: expect.stringMatching(/^Geen kopregel gevonden/) }] });
  });

  it('leest een Excel-werkmap, met een percentage-opmaak als 28,8%', async () => {
    const ws = await nieuweWerkruimte('Import XLSX');
    const bestand = await xlsx([
      ['Indicator', 'Eenheid', 'Bron', 'Realisatie 2023', 'Realisatie 2024', 'Streefwaarde 2026'],
      ['Voelt zich weleens onveilig in de buurt', 'percentage', 'Veiligheidsmonitor', { procent: 0.288 }, { procent: 0.275 }, 'niet boven 25%'],
      ['Woninginbraken', 'aantal', 'Politie', 412, 398, '-2% per jaar'],
    ]);
    const v = await stuur(as.coordinator, `/werkruimtes/${ws}/indicatoren/import/voorbeeld?bestandsnaam=tabel.xlsx`, bestand, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(v.status).toBe(200);
    expect(v.body.problemen).toEqual([]);
    const [onveilig, inbraak] = v.body.indicatoren as Antwoord[];
    expect(onveilig).toMatchObject({ eenheid: 'percentage', streefwaarden: [{ jaar: 2026, waarde: 25, soort: 'plafond' }] });
    expect(onveilig!.metingen.map((m) => m.waarde)).toEqual([28.8, 27.5]);
    expect(onveilig).toMatchObject({ referentiejaar: 2024, referentiewaarde: 27.5 });
    expect(inbraak).toMatchObject({ richting: 'lager-is-beter', streefwaarden: [{ jaar: 2026, soort: 'relatief', procent: -2, basis: 'per-jaar' }] });

    // A score column formatted as a percentage in Excel is refused, by line and column.
    const fout = await xlsx([
      ['Indicator', 'Eenheid', 'Realisatie 2023', 'Streefwaarde 2026'],
      ['Rapportcijfer', 'rapportcijfer', { procent: 0.288 }, 7],
    ]);
    const f = await stuur(as.coordinator, `/werkruimtes/${ws}/indicatoren/import?bestandsnaam=tabel.xlsx`, fout, 'application/octet-stream');
    expect(f.status).toBe(422);
    expect(f.body.invalidParams).toMatchObject([{ name: 'regel 2, kolom C (Realisatie 2023)', reason: expect.stringContaining('geen score') }]);
    const kapot = await stuur(as.coordinator, `/werkruimtes/${ws}/indicatoren/import/voorbeeld?bestandsnaam=tabel.xlsx`, 'geen zip');
    expect(kapot.status).toBe(422);
    expect(kapot.body.detail).toBe('Dit bestand heet .xlsx maar is geen Excel-werkmap. Sla het opnieuw op als .xlsx of als CSV.');
  });

  it('weigert wie geen indicatoren mag toevoegen: 403 voor partner, raad en lezer, 404 voor wie geen lid is', async () => {
    const ws = await nieuweWerkruimte('Import rechten');
    for (const r of ['partner', 'raad', 'lezer'] as const) {
      for (const pad of ['/indicatoren/import', '/indicatoren/import/voorbeeld']) {
        const res = await stuur(as[r], `/werkruimtes/${ws}${pad}`, TABEL);
        expect(res.status, `${r} ${pad}`).toBe(403);
        expect(res.type).toContain('application/problem+json');
      }
    }
    const buiten = await Client.signIn(app, mail('coordinator'));
    const anderWs = (await buiten.call('POST', '/werkruimtes', { naam: 'Ander', gemeentecode: 'GM0599' })).body.id as string;
    expect((await stuur(as.lezer, `/werkruimtes/${anderWs}/indicatoren/import`, TABEL)).status).toBe(404);
    expect(await aantalIndicatoren(ws)).toBe(0);
  });
});
