/**
 * Issue 15, points 2 and 4 through the API: the IVP holds its effect indicators and targets (chapter 2
 * for overall indicators, chapter 4 per priority, the targets table as annex); the Raad cannot adopt an
 * IVP with a priority without an indicator with a target unless the coordinator recorded why (a
 * versioned, coordinator-only part); and the council term (coalition agreement date, elections,
 * warnings about the planning) in the workspace settings, the cycle overview and the plan check.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';
import { maakIndicator } from '../monitoring/opslag.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'] as const;
type Rol = (typeof rollen)[number];

const ontsnap = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The Word file's paragraphs (with their style), and its tables as rows of cell texts. */
async function word(app: KernplanApp, c: Client, pad: string) {
  const res = await app.request(`/api/v1${pad}`, { headers: { Cookie: c.cookie! } });
  expect(res.status).toBe(200);
  const xml = await (await JSZip.loadAsync(await res.arrayBuffer())).file('word/document.xml')!.async('string');
  const tekstVan = (x: string) => [...x.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => ontsnap(m[1]!)).join('');
  const alineas = xml.split('</w:p>').map((p) => ({ stijl: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '', tekst: tekstVan(p) }));
  const tabellen = xml.split('<w:tbl>').slice(1).map((t) => t.split('</w:tbl>')[0]!.split('</w:tr>').slice(0, -1).map((r) => r.split('</w:tc>').slice(0, -1).map(tekstVan)));
  return { xml, alineas, koppen: alineas.filter((a) => a.stijl === 'Heading1').map((a) => a.tekst), tabellen };
}

describe.each(dbKinds)('streefwaarden in het IVP en de raadsperiode op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  const as = {} as Record<Rol, Client>;
  let ws = '';

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of rollen) as[r] = await Client.signIn(app, mail(r));
    // A workspace of its own: the council (raad) is not a member of it; the others are.
    const res = await as.coordinator.call('POST', '/werkruimtes', { naam: 'IVP Zwolle streefwaarden', gemeentecode: 'GM0193', periodeStart: 2027, periodeEinde: 2030 });
    expect(res.status).toBe(201);
    ws = res.body.id as string;
    const demo = ((await as.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string; naam: string }[]).find((w) => w.naam.includes('Dijkstede') && w.soort === 'ivp')!.id;
    const leden = (await as.coordinator.get(`/werkruimtes/${demo}/leden`)).body.leden as { gebruikerId: string; rol: string }[];
    for (const l of leden) {
      if (l.rol === 'coordinator' || l.rol === 'raad') continue;
      await testDb.db.query('insert into leden (werkruimte_id, gebruiker_id, rol) values ($1, $2, $3) on conflict do nothing', [ws, l.gebruikerId, l.rol]);
    }
    const p = await as.coordinator.call('PUT', `/werkruimtes/${ws}/prioriteiten`, [
      { titel: 'Woninginbraak', themaIds: ['1.3'] },
      { titel: 'Jeugdoverlast', themaIds: ['3.1'] },
    ], { 'If-Match': '"0"' });
    expect(p.status).toBe(200);
  });
  afterAll(async () => {
    await testDb.drop();
  });

  const indicator = (body: Record<string, unknown>) =>
    as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, { eenheid: 'aantal', richting: 'lager-is-beter', bron: 'politieregistratie', aard: 'objectief', ...body });
  const vaststellen = (datum = '2027-03-11') => as.beslisser.call('POST', `/werkruimtes/${ws}/documenten/ivp/besluiten`, { soort: 'vastgesteld', orgaan: 'Raad', datum });
  const uitzonderingen = () => as.coordinator.get(`/werkruimtes/${ws}/uitzonderingen`);

  it('weigert de vaststelling door de Raad (422) zolang een prioriteit geen indicator met streefwaarde heeft, en legt niets vast', async () => {
    // p1 gets an indicator with a target; p2 one without a target, and a confidential one with a target.
    expect((await indicator({ naam: 'Woninginbraken', prioriteitId: 'p1', referentiejaar: 2025, referentiewaarde: 412, streefwaarden: [{ jaar: 2028, waarde: 380 }, { jaar: 2030, waarde: 350 }] })).status).toBe(201);
    expect((await indicator({ naam: 'Overlastmeldingen jeugd', prioriteitId: 'p2', referentiejaar: 2025, referentiewaarde: 230 })).status).toBe(201);
    expect((await indicator({ naam: 'Geheime jeugdgroepen', prioriteitId: 'p2', referentiejaar: 2025, referentiewaarde: 9, streefwaarden: [{ jaar: 2030, waarde: 5 }], vertrouwelijk: true })).status).toBe(201);

    const voor = (await testDb.db.query<{ n: number }>('select count(*)::int as n from besluiten where werkruimte_id = $1', [ws])).rows[0]!.n;
    const r = await vaststellen();
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body.detail).toMatch(/^De Raad kan dit IVP nog niet vaststellen: prioriteit 'Jeugdoverlast' heeft nog geen effectindicator met streefwaarde\./);
    expect(r.body.invalidParams).toEqual([{ name: 'prioriteiten.p2', code: 'prioriteit-zonder-streefwaarde', reason: expect.stringMatching(/Voeg er een toe \(Indicatoren, bij deze prioriteit\), of leg vast waarom niet/) }]);
    expect(r.body.prioriteiten).toEqual([{ id: 'p2', titel: 'Jeugdoverlast', plek: 'indicatoren#prioriteit-p2', redenPlek: 'ivp#streefwaarden' }]);
    expect((await testDb.db.query<{ n: number }>('select count(*)::int as n from besluiten where werkruimte_id = $1', [ws])).rows[0]!.n).toBe(voor);
    // Discussing it, or adoption by another body, is not what the rule is about.
    expect((await as.beslisser.call('POST', `/werkruimtes/${ws}/documenten/ivp/besluiten`, { soort: 'besproken', orgaan: 'Driehoek', datum: '2027-02-01' })).status).toBe(201);

    const check = (await as.coordinator.get(`/werkruimtes/${ws}/plancheck`)).body.bevindingen as { ernst: string; code: string; melding: string; plek: string }[];
    expect(check.filter((b) => b.code === 'prioriteit-zonder-streefwaarde')).toEqual([
      { ernst: 'fout', code: 'prioriteit-zonder-streefwaarde', document: 'ivp', melding: expect.stringContaining("Prioriteit 'Jeugdoverlast'"), plek: 'indicatoren#prioriteit-p2' },
    ]);
  });

  it('de reden: alleen de coördinator (403 voor andere rollen, 404 voor wie geen lid is), met versie, en gecontroleerd', async () => {
    const leeg = await uitzonderingen();
    expect(leeg.status).toBe(200);
    expect(leeg.headers.get('ETag')).toBe('"0"');
    expect(leeg.body.inhoud).toEqual({});
    const reden = { p2: { reden: 'De nulmeting van de beleving komt uit de Veiligheidsmonitor 2027; de streefwaarde volgt in het uitvoeringsplan 2028.' } };
    for (const r of ['redacteur', 'partner', 'beslisser', 'lezer'] as const) {
      const a = await as[r].call('PUT', `/werkruimtes/${ws}/uitzonderingen`, reden, { 'If-Match': '"0"' });
      expect(a.status, r).toBe(403);
      expect(a.body.detail).toBe('Alleen de coördinator legt vast waarom een prioriteit geen streefwaarde heeft.');
    }
    expect((await as.raad.call('PUT', `/werkruimtes/${ws}/uitzonderingen`, reden, { 'If-Match': '"0"' })).status).toBe(404);
    expect((await as.raad.get(`/werkruimtes/${ws}/uitzonderingen`)).status).toBe(404);
    expect((await as.coordinator.call('PUT', `/werkruimtes/${ws}/uitzonderingen`, reden)).status).toBe(428);

    const kort = await as.coordinator.call('PUT', `/werkruimtes/${ws}/uitzonderingen`, { p2: { reden: 'Later' } }, { 'If-Match': '"0"' });
    expect(kort.status).toBe(400);
    expect((kort.body.invalidParams as { name: string; reason: string }[])[0]).toMatchObject({ name: expect.stringContaining('p2'), reason: expect.stringMatching(/minstens 10 tekens/) });
    const onbekend = await as.coordinator.call('PUT', `/werkruimtes/${ws}/uitzonderingen`, { p9: { reden: 'Een prioriteit die niet bestaat.' } }, { 'If-Match': '"0"' });
    expect(onbekend.status).toBe(422);
    expect(onbekend.body.invalidParams).toEqual([{ name: 'p9', code: 'regel', reason: expect.stringMatching(/^Prioriteit 'p9' bestaat niet/) }]);
    expect((await uitzonderingen()).headers.get('ETag')).toBe('"0"');

    const ok = await as.coordinator.call('PUT', `/werkruimtes/${ws}/uitzonderingen`, reden, { 'If-Match': '"0"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('ETag')).toBe('"1"');
    const oud = await as.coordinator.call('PUT', `/werkruimtes/${ws}/uitzonderingen`, {}, { 'If-Match': '"0"' });
    expect(oud.status).toBe(412);
    expect((await as.redacteur.get(`/werkruimtes/${ws}/uitzonderingen`)).body.inhoud).toEqual(reden);
  });

  it('met de reden wordt het een waarschuwing die de reden noemt, en stelt de Raad het IVP vast', async () => {
    const check = (await as.coordinator.get(`/werkruimtes/${ws}/plancheck`)).body.bevindingen as { ernst: string; code: string; melding: string }[];
    expect(check.some((b) => b.code === 'prioriteit-zonder-streefwaarde')).toBe(false);
    expect(check.find((b) => b.code === 'prioriteit-zonder-streefwaarde-met-reden')).toMatchObject({ ernst: 'waarschuwing', melding: expect.stringContaining('Veiligheidsmonitor 2027') });
    const r = await vaststellen();
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  });

  it('het IVP in Word: hoofdstuk 4 met per prioriteit de indicatoren, referentie en streefwaarden, de reden, en de bijlage met de streeftabel; niets vertrouwelijks', async () => {
    const doc = await word(app, as.coordinator, `/werkruimtes/${ws}/documenten/ivp.docx?versie=1`);
    expect(doc.koppen).toEqual([
      '1 Uitgangssituatie',
      expect.stringMatching(/^2 /),
      expect.stringMatching(/^3 /),
      expect.stringMatching(/^4 /),
      expect.stringMatching(/^5 /),
      expect.stringMatching(/^6 /),
      expect.stringMatching(/^7 /),
      'Bijlage 1 Streefwaarden',
      'Bijlage 2 Beleidsketen per prioriteit',
    ]);
    const inbraak = doc.tabellen.find((t) => t[0]?.[0] === 'Indicator' && t.some((r) => r[0]?.startsWith('Woninginbraken')))!;
    expect(inbraak[0]).toEqual(['Indicator', 'Bron', 'Objectief of subjectief', 'Referentie', 'Streefwaarden']);
    expect(inbraak[1]).toEqual(['Woninginbraken (aantal)', 'Politieregistratie', 'Objectief', '2025: 412', '2028: 380; 2030: 350 (eindstreefwaarde)']);
    const jeugd = doc.tabellen.find((t) => t.some((r) => r[0]?.startsWith('Overlastmeldingen jeugd')) && t[0]?.[1] === 'Bron')!;
    expect(jeugd[1]![4]).toBe('Nog geen streefwaarde');
    const tekst = doc.alineas.map((a) => a.tekst).join('\n');
    expect(tekst).toContain('Reden: De nulmeting van de beleving komt uit de Veiligheidsmonitor 2027');
    expect(tekst).toContain('Effectindicatoren en streefwaarden');
    const bijlage = doc.tabellen.find((t) => t[0]?.[0] === 'Indicator' && t[0]?.includes('Eindstreefwaarde'))!;
    expect(bijlage[0]).toEqual(['Indicator', 'Hoort bij', 'Referentiejaar', 'Referentiewaarde', '2028', '2030', 'Eindstreefwaarde', 'Mutatie']);
    expect(bijlage[1]).toEqual(['Woninginbraken (aantal)', 'Woninginbraak', '2025', '412', '380', '350', '350', '−15,0\u00A0%']);
    // The annex is wide: it stands on a landscape page.
    expect(doc.xml).toContain('w:orient="landscape"');
    expect(doc.xml).not.toContain('Geheime jeugdgroepen');
    expect(JSON.stringify((await as.coordinator.get(`/werkruimtes/${ws}/documenten/ivp`)).body)).not.toContain('Geheime jeugdgroepen');
  });

  it('wordt een indicator later vertrouwelijk, dan verdwijnt hij ook uit het vastgestelde IVP', async () => {
    const id = (await testDb.db.query<{ id: string }>(`select id from indicatoren where werkruimte_id = $1 and gegevens->>'naam' = 'Overlastmeldingen jeugd'`, [ws])).rows[0]!.id;
    await testDb.db.query('update indicatoren set vertrouwelijk = true where id = $1', [id]);
    try {
      expect(JSON.stringify((await as.beslisser.get(`/werkruimtes/${ws}/documenten/ivp?versie=1`)).body)).not.toContain('Overlastmeldingen jeugd');
      expect((await word(app, as.coordinator, `/werkruimtes/${ws}/documenten/ivp.docx?versie=1`)).xml).not.toContain('Overlastmeldingen jeugd');
      expect((await word(app, as.coordinator, `/werkruimtes/${ws}/documenten/ivp.docx?versie=1`)).xml).toContain('Woninginbraken');
    } finally {
      await testDb.db.query('update indicatoren set vertrouwelijk = false where id = $1', [id]);
    }
  });

  it('een overkoepelende effectindicator staat in hoofdstuk 2 en vooraan in de bijlage', async () => {
    const coordinator = (await testDb.db.query<{ id: string }>(`select id from gebruikers where email = $1`, [mail('coordinator')])).rows[0]!.id;
    await maakIndicator(
      testDb.db,
      ws,
      {
        naam: 'Rapportcijfer veiligheid in de buurt',
        prioriteitId: null,
        themaId: null,
        overkoepelend: true,
        bron: 'veiligheidsmonitor',
        bronToelichting: 'gemeentelijke steekproef',
        aard: 'subjectief',
        eenheid: 'score',
        richting: 'hoger-is-beter',
        referentiejaar: 2025,
        referentiewaarde: 7.1,
        streefwaarden: [{ jaar: 2030, waarde: 7.5 }],
      },
      null,
      coordinator,
    );
    const model = (await as.coordinator.get(`/werkruimtes/${ws}/documenten/ivp`)).body as { blokken: { soort: string; tekst?: string; bijschrift?: string; rijen?: string[][] }[] };
    const tabel = model.blokken.findIndex((b) => b.soort === 'tabel' && b.bijschrift === 'Overkoepelende effectindicatoren');
    expect(tabel).toBeGreaterThan(-1);
    const hoofdstuk2 = model.blokken.findIndex((b) => b.soort === 'kop' && (b as { nummer?: string }).nummer === '2');
    const hoofdstuk3 = model.blokken.findIndex((b) => b.soort === 'kop' && (b as { nummer?: string }).nummer === '3');
    expect(tabel).toBeGreaterThan(hoofdstuk2);
    expect(tabel).toBeLessThan(hoofdstuk3);
    expect(model.blokken[tabel]!.rijen![0]).toEqual(['Rapportcijfer veiligheid in de buurt (score (rapportcijfer of schaalscore))', 'Veiligheidsmonitor: gemeentelijke steekproef', 'Subjectief', '2025: 7,1', '2030: 7,5 (eindstreefwaarde)']);
    const bijlage = model.blokken.find((b) => b.soort === 'tabel' && b.bijschrift?.startsWith('Streefwaarden per indicator'))!;
    expect(bijlage.rijen![0]!.slice(0, 2)).toEqual(['Rapportcijfer veiligheid in de buurt (score (rapportcijfer of schaalscore))', 'Strategische doelstelling']);
    // A new version of the IVP: the council adopts the targets it contains.
    const docs = (await as.coordinator.get(`/werkruimtes/${ws}/documenten`)).body.documenten as { soort: string; versie: number; status: string }[];
    expect(docs.find((d) => d.soort === 'ivp')).toMatchObject({ versie: 2, status: 'concept' });
  });

  it('de datum van het coalitieakkoord: de coördinator zet en wist hem (PATCH met If-Match), andere rollen niet; een ongeldige datum geeft het veld', async () => {
    const pad = `/werkruimtes/${ws}`;
    const etag = async () => (await as.coordinator.get(pad)).headers.get('ETag')!;
    expect((await as.coordinator.get(pad)).body.coalitieakkoord).toBeNull();
    expect((await as.redacteur.call('PATCH', pad, { coalitieakkoord: '2026-06-10' }, { 'If-Match': await etag() })).status).toBe(403);
    expect((await as.raad.call('PATCH', pad, { coalitieakkoord: '2026-06-10' }, { 'If-Match': await etag() })).status).toBe(404);
    const fout = await as.coordinator.call('PATCH', pad, { coalitieakkoord: '10-06-2026' }, { 'If-Match': await etag() });
    expect(fout.status).toBe(400);
    expect((fout.body.invalidParams as { name: string }[])[0]!.name).toBe('coalitieakkoord');
    const ok = await as.coordinator.call('PATCH', pad, { coalitieakkoord: '2026-06-10' }, { 'If-Match': await etag() });
    expect(ok.status).toBe(200);
    expect(ok.body.coalitieakkoord).toBe('2026-06-10');
    // Other changes leave it as it is; null clears it.
    expect((await as.coordinator.call('PATCH', pad, { naam: 'IVP Zwolle streefwaarden 2027-2030' }, { 'If-Match': await etag() })).body.coalitieakkoord).toBe('2026-06-10');
    expect((await as.coordinator.call('PATCH', pad, { coalitieakkoord: null }, { 'If-Match': await etag() })).body.coalitieakkoord).toBeNull();
  });

  it('de raadsperiode in het overzicht en de plancheck: verkiezingen uit de Kieswet en waarschuwingen over de planning', async () => {
    const nieuw = await as.coordinator.call('POST', '/werkruimtes', { naam: 'IVP Zwolle planning', gemeentecode: 'GM0193', periodeStart: 2025, periodeEinde: 2028 });
    const w2 = nieuw.body.id as string;
    const proces = await as.coordinator.get(`/werkruimtes/${w2}/proces`);
    const inhoud = { ...(proces.body.inhoud as object), raadsvergadering: '2026-02-12' };
    expect((await as.coordinator.call('PUT', `/werkruimtes/${w2}/proces`, inhoud, { 'If-Match': proces.headers.get('ETag')! })).status).toBe(200);
    const etag = (await as.coordinator.get(`/werkruimtes/${w2}`)).headers.get('ETag')!;
    expect((await as.coordinator.call('PATCH', `/werkruimtes/${w2}`, { coalitieakkoord: '2026-06-10' }, { 'If-Match': etag })).status).toBe(200);

    const cyclus = await as.coordinator.get(`/werkruimtes/${w2}/cyclus`);
    const r = cyclus.body.raadsperiode as { verkiezingen: string[]; aangeradenPlanperiode: { van: number; tot: number }; waarschuwingen: { code: string; melding: string }[]; coalitieakkoord: string };
    expect(r.verkiezingen.length).toBe(3);
    expect(r.verkiezingen.every((d) => /^\d{4}-03-\d{2}$/.test(d))).toBe(true);
    expect(r.aangeradenPlanperiode).toEqual({ van: 2027, tot: 2030 });
    expect(r.coalitieakkoord).toBe('2026-06-10');
    expect(r.waarschuwingen.map((w) => w.code)).toEqual(['vaststelling-voor-verkiezingen', 'planperiode-volgt-raad-niet', 'coalitieakkoord-na-vaststelling']);
    const bevindingen = (await as.coordinator.get(`/werkruimtes/${w2}/plancheck`)).body.bevindingen as { ernst: string; code: string; plek: string }[];
    expect(bevindingen.filter((b) => b.code.startsWith('vaststelling-') || b.code.startsWith('planperiode-') || b.code.startsWith('coalitieakkoord-'))).toEqual([
      expect.objectContaining({ ernst: 'waarschuwing', code: 'vaststelling-voor-verkiezingen', plek: 'cyclus#raadsperiode' }),
      expect.objectContaining({ ernst: 'waarschuwing', code: 'planperiode-volgt-raad-niet', plek: 'instellingen#raadsperiode' }),
      expect.objectContaining({ ernst: 'waarschuwing', code: 'coalitieakkoord-na-vaststelling', plek: 'cyclus#raadsperiode' }),
    ]);
    // The demo plan follows the council term (2027-2030, adopted in November 2026): no warnings about it.
    const demo = ((await as.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; naam: string; soort: string }[]).find((w) => w.naam.includes('Dijkstede') && w.soort === 'ivp')!.id;
    const demoCheck = (await as.coordinator.get(`/werkruimtes/${demo}/plancheck`)).body.bevindingen as { ernst: string; code: string }[];
    expect(demoCheck.filter((b) => b.ernst === 'fout')).toEqual([]);
  });
});
