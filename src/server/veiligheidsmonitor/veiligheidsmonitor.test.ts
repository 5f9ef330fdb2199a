import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/support/session-client.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { rollen } from '../../domain/toegang/rollen.ts';
import { leesVeiligheidsmonitor } from '../../domain/veiligheidsmonitor/lezen.ts';
import { vatSamen } from '../../domain/veiligheidsmonitor/samenvatting.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';
import { maakIndicator, type IndicatorGegevens } from '../monitoring/opslag.ts';
import { bewaarImport } from './opslag.ts';
import { volgVeiligheidsmonitorReeksen } from './reeksen.ts';

// The real sample (CBS StatLine export, provinces 2015-2017).
const VOORBEELD = readFileSync(new URL('../../../../shared/data/veiligheidsmonitor/veiligheidsmonitor-provincies-2015-2017.csv', import.meta.url));

describe.each(dbKinds)('API Veiligheidsmonitor (%s)', (kind) => {
  let t: TestDb;
  let app: KernplanApp;
  let w: string;
  const als = {} as Record<(typeof rollen)[number], Client>;
  const pad = (p = '') => `/werkruimtes/${w}/veiligheidsmonitor${p}`;

  beforeAll(async () => {
    t = await createTestDb(kind);
    await seedDemo(t.db);
    app = createApp({ db: t.db });
    for (const r of rollen) als[r] = await Client.signIn(app, `${r}@demo.kernplan.nl`);
    w = ((await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
  }, 120_000);
  afterAll(() => t?.drop());

  async function upload(c: Client, bytes: Uint8Array | string, bestandsnaam = 'vm.csv') {
    const res = await app.request(`/api/v1${pad(`/imports?bestandsnaam=${encodeURIComponent(bestandsnaam)}`)}`, {
      method: 'POST',
      headers: { ...(c.cookie ? { Cookie: c.cookie } : {}), ...(c.csrf ? { 'X-CSRF-Token': c.csrf } : {}), 'Content-Type': 'text/csv' },
      body: (typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes) as Uint8Array<ArrayBuffer>,
    });
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
  }

  const tellingen = async () =>
    (
      await t.db.query<{ n: string }>(
        `select (select count(*) from veiligheidsmonitor_imports) || '/' || (select count(*) from veiligheidsmonitor_waarden) || '/' || (select count(*) from veiligheidsmonitor_onderwerpen) || '/' || (select count(*) from indicator_metingen) as n`,
      )
    ).rows[0]!.n;

  it('weigert wie niet mag inlezen, en er verandert niets', async () => {
    const voor = await tellingen();
    for (const r of ['partner', 'beslisser', 'raad', 'lezer', 'auditor'] as const) {
      const u = await upload(als[r], VOORBEELD);
      expect(u.status, r).toBe(403);
      expect(u.type).toContain('application/problem+json');
      expect(u.body.detail).toContain('coördinator en de redacteuren');
    }
    expect((await upload(Client.anonymous(app), VOORBEELD)).status).toBe(401);
    const buiten = await als.coordinator.call('POST', '/werkruimtes', { naam: 'Andere gemeente', gemeentecode: 'GM0014', periodeStart: 2027, periodeEinde: 2030 });
    const ander = buiten.body.id as string;
    const res = await app.request(`/api/v1/werkruimtes/${ander}/veiligheidsmonitor/imports`, {
      method: 'POST',
      headers: { Cookie: als.redacteur.cookie!, 'X-CSRF-Token': als.redacteur.csrf!, 'Content-Type': 'text/csv' },
      body: VOORBEELD as Uint8Array<ArrayBuffer>,
    });
    expect(res.status).toBe(404);
    expect(await tellingen()).toBe(voor);
    // Reading: the council has no cycle rights (cyclus.lezen), a reader has.
    expect((await als.raad.get(pad())).status).toBe(403);
    expect((await als.raad.get(pad('/reeksen?regio=PV20'))).status).toBe(403);
    expect((await als.lezer.get(pad())).status).toBe(200);
  });

  it('een onleesbaar bestand: 422 met regel en kolom, en niets opgeslagen', async () => {
    const voor = await tellingen();
    const kapot = VOORBEELD.toString('utf8').replace('"18,3"', '"18,3x"');
    const u = await upload(als.coordinator, kapot);
    expect(u.status).toBe(422);
    expect(u.type).toContain('application/problem+json');
    expect(u.body.detail).toBe("Regel 8, kolom 3 (Waarde_Groningen (PV)_2015): '18,3x' is geen getal (verwacht bijvoorbeeld 18,3; leeg of '.' als er geen waarde is). Er is niets opgeslagen.");
    expect(u.body.invalidParams).toEqual([{ name: 'regel 8, kolom 3 (Waarde_Groningen (PV)_2015)', code: 'csv', reason: expect.stringContaining("'18,3x' is geen getal") }]);
    expect((await upload(als.coordinator, 'a;b\n1;2\n')).status).toBe(422);
    expect((await upload(als.coordinator, '')).status).toBe(422);
    expect(await tellingen()).toBe(voor);
  });

  it('een import die halverwege misgaat laat niets na (één transactie)', async () => {
    const voor = await tellingen();
    const u = leesVeiligheidsmonitor(VOORBEELD.toString('utf8'));
    if (!u.ok) throw new Error('voorbeeld niet gelezen');
    const gebruiker = (await t.db.query<{ id: string }>(`select id from gebruikers where email = 'coordinator@demo.kernplan.nl'`)).rows[0]!.id;
    await expect(
      t.db.transaction(async (tx) => {
        await bewaarImport(tx, { id: '00000000-0000-4000-8000-000000000001', bestandsnaam: 'x.csv', sha256: 'x', werkruimteId: w, gebruikerId: gebruiker, samenvatting: vatSamen(u.tabel) }, u.tabel);
        expect(Number((await tx.query<{ n: string }>('select count(*) as n from veiligheidsmonitor_waarden')).rows[0]!.n)).toBeGreaterThan(1000);
        throw new Error('stroom weg');
      }),
    ).rejects.toThrow('stroom weg');
    expect(await tellingen()).toBe(voor);
  });

  it('leest de echte tabel in: samenvatting met regio’s, jaren, onderwerpen en thema’s; reeksen met marge', async () => {
    const u = await upload(als.redacteur, VOORBEELD, 'veiligheidsmonitor-provincies-2015-2017.csv');
    expect(u.status).toBe(201);
    const s = u.body.samenvatting as { formaat: string; regios: { code: string }[]; jaren: number[]; onderwerpen: { indicatorId: string; themas: { id: string; naam: string }[]; bekend: boolean }[]; waarden: number; metMarge: number };
    expect(s.formaat).toBe('statline-draaitabel');
    expect(s.regios).toHaveLength(12);
    expect(s.jaren).toEqual([2015, 2016, 2017]);
    expect(s.onderwerpen).toHaveLength(30);
    expect(s.waarden).toBe(1080);
    expect(s.metMarge).toBe(1080);
    expect(s.onderwerpen.find((o) => o.indicatorId === 'onveilig-buurt-wel-eens')!.themas).toEqual([{ id: '1.4', naam: 'Subjectieve veiligheid' }]);

    const overzicht = await als.lezer.get(pad());
    expect(overzicht.status).toBe(200);
    expect((overzicht.body.regios as unknown[]).length).toBe(12);
    expect((overzicht.body.imports as { bestandsnaam: string; gebruikerNaam: string }[])[0]!.bestandsnaam).toBe('veiligheidsmonitor-provincies-2015-2017.csv');
    expect(overzicht.body.mag).toEqual({ importeren: false });

    const r = await als.lezer.get(pad('/reeksen?regio=PV20&indicator=onveilig-buurt-wel-eens'));
    expect(r.status).toBe(200);
    const [reeks] = r.body.reeksen as { regio: { code: string; naam: string }; waarden: { jaar: number; waarde: number; marge: number; ondergrens: number; bovengrens: number; tekst: string; verschilMetVorige: { betekenisvol: boolean } | null }[] }[];
    expect(reeks!.regio).toEqual({ code: 'PV20', naam: 'Groningen', soort: 'provincie' });
    expect(reeks!.waarden[0]).toEqual({ jaar: 2015, waarde: 18.3, marge: 1.7, ondergrens: 16.6, bovengrens: 20, tekst: '18,3 % ± 1,7', verschilMetVorige: null });
    // 14,7 ± 1,6 against 18,3 ± 1,7: a difference of 3,6 > 2,3.
    expect(reeks!.waarden[1]!.verschilMetVorige).toEqual({ vorigJaar: 2015, verschil: -3.6, betekenisvol: true });
    expect((await als.lezer.get(pad('/reeksen?regio=PV20'))).body.reeksen).toHaveLength(30);
    expect((await als.lezer.get(pad('/reeksen?indicator=rapportcijfer-veiligheid-buurt'))).body.reeksen).toHaveLength(12);
    const fout = await als.lezer.get(pad('/reeksen?regio=Groningen'));
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams).toEqual([{ name: 'regio', code: 'regiocode', reason: "'GRONINGEN' is geen regiocode." }]);
    expect((await als.lezer.get(pad('/reeksen'))).status).toBe(400);
    expect((await als.lezer.get(pad('?imports=0'))).status).toBe(400);
    expect(((await als.lezer.get(pad('?imports=1'))).body.imports as unknown[]).length).toBe(1);
    const lang = await upload(als.coordinator, VOORBEELD, 'x'.repeat(256));
    expect(lang.status).toBe(400);
    expect((lang.body.invalidParams as { name: string }[])[0]!.name).toBe('bestandsnaam');
  });

  it('beschrijft de paden in /openapi.json', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: { content: Record<string, unknown> } }>> };
    const p = '/api/v1/werkruimtes/{werkruimteId}/veiligheidsmonitor';
    expect(Object.keys(doc.paths[p]!.get!.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    expect(Object.keys(doc.paths[`${p}/reeksen`]!.get!.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    expect(Object.keys(doc.paths[`${p}/imports`]!.post!.responses).sort()).toEqual(['201', '400', '401', '403', '404', '413', '422']);
    expect(Object.keys(doc.paths[`${p}/imports`]!.post!.requestBody!.content)).toEqual(['text/csv']);
  });

  it('een indicator die een reeks volgt krijgt jaarmetingen met marge; binnen de marge is geen signaal, erbuiten wel', async () => {
    const gebruiker = (await t.db.query<{ id: string }>(`select id from gebruikers where email = 'coordinator@demo.kernplan.nl'`)).rows[0]!.id;
    const basis = {
      naam: 'Voelt zich wel eens onveilig in de buurt (Groningen)',
      prioriteitId: null,
      themaId: '1.4',
      bron: 'veiligheidsmonitor',
      bronToelichting: 'Veiligheidsmonitor, provincie',
      aard: 'subjectief',
      eenheid: 'percentage',
      richting: 'lager-is-beter',
      referentiejaar: 2015,
      referentiewaarde: 18.3,
      veiligheidsmonitor: { regiocode: 'PV20', indicatorId: 'onveilig-buurt-wel-eens' },
    } as const;
    // The API does not pass unknown fields through (zod strips them), so the field is stored directly, as the lead's type will.
    const binnen = await t.db.transaction((tx) => maakIndicator(tx, w, { ...basis, streefwaarden: [{ jaar: 2017, waarde: 15 }] } as unknown as IndicatorGegevens, null, gebruiker));
    const buiten = await t.db.transaction((tx) => maakIndicator(tx, w, { ...basis, naam: 'Streng', streefwaarden: [{ jaar: 2017, waarde: 12 }] } as unknown as IndicatorGegevens, null, gebruiker));
    // A cached read of the indicators before the import (ADR 0017): the import must move the shared stand.
    const indicatorenVoor = await als.coordinator.get(`/werkruimtes/${w}/indicatoren`);
    expect(indicatorenVoor.status).toBe(200);
    const meldingenVoor = Number((await t.db.query<{ n: string }>(`select count(*) as n from meldingen where tekst like '%Veiligheidsmonitor%'`)).rows[0]!.n);

    const u = await upload(als.coordinator, VOORBEELD);
    expect(u.status).toBe(201);
    expect(u.body.indicatorenBijgewerkt).toBe(6);
    const { rows } = await t.db.query<{ indicator_id: string; periode: string; waarde: number; marge: number; toelichting: string }>(
      'select indicator_id, periode, waarde, marge, toelichting from indicator_metingen where indicator_id = $1 order by periode',
      [binnen],
    );
    expect(rows.map((r) => [r.periode, Number(r.waarde), Number(r.marge)])).toEqual([
      ['2015', 18.3, 1.7],
      ['2016', 14.7, 1.6],
      ['2017', 15.8, 1.6],
    ]);
    expect(rows[0]!.toelichting).toBe('Veiligheidsmonitor 2015, Voelt zich wel eens onveilig in de eigen buurt (Groningen), marge ± 1,7 (95%)');
    // 2017: 15,8 against 15 (inside ± 1,6): no signal; against 12 (outside): a signal for the streng indicator only.
    const meldingen = (await t.db.query<{ tekst: string; pad: string }>(`select tekst, pad from meldingen where tekst like '%Veiligheidsmonitor%'`)).rows;
    expect(meldingen.length).toBeGreaterThan(meldingenVoor);
    expect(meldingen.every((m) => m.pad === `dashboard#indicator-${buiten}`)).toBe(true);
    expect(u.body.signalen).toBeGreaterThan(0);

    const indicatorenNa = await als.coordinator.get(`/werkruimtes/${w}/indicatoren`);
    const na = (indicatorenNa.body.indicatoren as { id: string; metingen: { periode: string; waarde: number }[] }[]).find((i) => i.id === binnen)!;
    expect(na.metingen.map((m) => m.waarde)).toEqual([18.3, 14.7, 15.8]);

    // Again: nothing changed, nothing written; the same period is replaced, never doubled.
    expect(await t.db.transaction((tx) => volgVeiligheidsmonitorReeksen(tx))).toEqual({ bijgewerkt: 0, meldingIds: [] });
    expect((await upload(als.coordinator, VOORBEELD)).body.indicatorenBijgewerkt).toBe(0);
    expect(Number((await t.db.query<{ n: string }>('select count(*) as n from indicator_metingen where indicator_id = $1', [binnen])).rows[0]!.n)).toBe(3);
  });

  it('via de API: een indicator volgt een reeks; een meting binnen de marge is niet achter, erbuiten wel; fouten per veld', async () => {
    expect((await upload(als.coordinator, VOORBEELD)).status).toBe(201);
    const basis = {
      naam: 'Onveilig in de buurt (Groningen, API)',
      themaId: '1.4',
      bron: 'veiligheidsmonitor',
      aard: 'subjectief',
      eenheid: 'percentage',
      richting: 'lager-is-beter',
      referentiejaar: 2015,
      referentiewaarde: 18.3,
      veiligheidsmonitor: { regiocode: 'PV20', indicatorId: 'onveilig-buurt-wel-eens' },
    };
    const maak = (extra: Record<string, unknown>) => als.coordinator.call('POST', `/werkruimtes/${w}/indicatoren`, { ...basis, ...extra });
    const binnen = await maak({ streefwaarden: [{ jaar: 2017, waarde: 15 }] });
    expect(binnen.status, JSON.stringify(binnen.body)).toBe(201);
    const streng = await maak({ naam: 'Onveilig in de buurt (streng, API)', streefwaarden: [{ jaar: 2017, waarde: 12 }] });
    expect(streng.status).toBe(201);
    type M = { periode: string; waarde: number; marge?: number | null; status: string; uitleg: string };
    const lijst = (await als.coordinator.get(`/werkruimtes/${w}/indicatoren`)).body.indicatoren as { id: string; naam: string; veiligheidsmonitor?: unknown; metingen: M[] }[];
    const b = lijst.find((i) => i.naam === basis.naam)!;
    expect(b.veiligheidsmonitor).toEqual(basis.veiligheidsmonitor);
    const m2017 = b.metingen.find((m) => m.periode === '2017')!;
    expect(m2017).toMatchObject({ waarde: 15.8, marge: 1.6, status: 'op-koers' });
    expect(m2017.uitleg).toMatch(/binnen de marge/);
    const s2017 = lijst.find((i) => i.naam === 'Onveilig in de buurt (streng, API)')!.metingen.find((m) => m.periode === '2017')!;
    expect(s2017.status).toBe('achter');

    // Both sources at once, an unknown subject, a unit that does not fit: 400/422 naming the field.
    const beide = await maak({ naam: 'Beide', reeks: { gemeentecode: 'GM0001', themaId: '1.3' } });
    expect(beide.status).toBe(422);
    expect(JSON.stringify(beide.body)).toContain('veiligheidsmonitor');
    const onbekend = await maak({ naam: 'Onbekend', veiligheidsmonitor: { regiocode: 'PV20', indicatorId: 'bestaat-niet' } });
    expect(onbekend.status).toBe(422);
    expect(JSON.stringify(onbekend.body)).toContain('veiligheidsmonitor.indicatorId');
    const eenheid = await maak({ naam: 'Verkeerde eenheid', eenheid: 'score' });
    expect(eenheid.status).toBe(422);
    // A reader may not create one.
    expect((await als.lezer.call('POST', `/werkruimtes/${w}/indicatoren`, { ...basis, naam: 'Lezer' })).status).toBe(403);
    // A measurement entered by hand may carry its margin too.
    const hand = await als.coordinator.call('POST', `/werkruimtes/${w}/indicatoren/${(streng.body as { id: string }).id}/metingen`, { periode: '2018', waarde: 13, marge: 1.5 });
    expect(hand.status, JSON.stringify(hand.body)).toBe(201);
    expect(JSON.stringify(hand.body)).toContain('"marge":1.5');
    const fout = await als.coordinator.call('POST', `/werkruimtes/${w}/indicatoren/${(streng.body as { id: string }).id}/metingen`, { periode: '2019', waarde: 13, marge: -1 });
    expect(fout.status).toBe(422);
  });

  it('herleidt wijken en buurten op naam (met de meegeleverde regiolijst) en geeft een losse code haar naam', async () => {
    const csv =
      'Onderwerp,Perioden,Waarde_Jordaan (Amsterdam)_2023,Waarde_BU00140000_2023,Waarde_Amsterdam_2023,Marges_Jordaan (Amsterdam)_2023\n' +
      '|||Voelt zich wel eens onveilig in buurt ,%,"21,0","19,5","24,1","3,9"\n';
    const u = await upload(als.coordinator, csv, 'wijken.csv');
    expect(u.status).toBe(201);
    expect((u.body.samenvatting as { regios: unknown[] }).regios).toEqual([
      { code: 'WK0363AB', naam: 'Jordaan', soort: 'wijk' },
      { code: 'BU00140000', naam: 'Binnenstad-Noord', soort: 'buurt' },
      { code: 'GM0363', naam: 'Amsterdam', soort: 'gemeente' },
    ]);
    const r = await als.lezer.get(pad('/reeksen?regio=WK0363AB&indicator=onveilig-buurt-wel-eens'));
    expect((r.body.reeksen as { waarden: { tekst: string }[] }[])[0]!.waarden[0]!.tekst).toBe('21,0 % ± 3,9');
    const onbekend = await upload(als.coordinator, csv.replace('Jordaan (Amsterdam)', 'Jordaan (Atlantis)'), 'wijken.csv');
    expect(onbekend.status).toBe(422);
    expect(onbekend.body.detail).toContain("Regel 1, kolom 3 (Waarde_Jordaan (Atlantis)_2023): De regio 'Jordaan (Atlantis)' is niet te herleiden");
  });
});
