/**
 * Confidential themes, measures and indicators (ADR 0015): for a member without clearance they do not
 * exist, in any answer (JSON or Word), count, plan check, notification or live event; an editor
 * without clearance cannot remove or overwrite them; the coordinator with clearance sees everything.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../tests/support/test-db.ts';
import { Client } from '../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from './app.ts';
import { seedDemo } from './demo/demo.ts';
import { demoPlan } from './demo/demo-plan.ts';
import { stuurHerinneringen } from './monitoring/herinneringen.ts';
import { Hub } from './realtime/hub.ts';

const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'] as const;
type Rol = (typeof rollen)[number];
const mail = (rol: Rol) => `${rol}@demo.kernplan.nl`;

interface Maatregel {
  id: string;
  naam: string;
  vertrouwelijk?: boolean;
  [k: string]: unknown;
}
interface Plan {
  jaar: number;
  actiepunten: { id: string; titel: string; prioriteitId: string | null; themaId: string | null; maatregelen: Maatregel[] }[];
  [k: string]: unknown;
}
const maatregelenVan = (p: Plan) => p.actiepunten.flatMap((a) => a.maatregelen);

const sectie52 = demoPlan.secties.find((s) => s.sleutel === 'thema-5.2')!;
const GEHEIME_MAATREGELEN = demoPlan.uitvoeringsplan.actiepunten.flatMap((a) => a.maatregelen).filter((m) => m.vertrouwelijk);
const GEHEIME_INDICATOR = 'Signalen van ondermijning ingebracht bij het RIEC';

/** The text of a Word file (all runs), or of a JSON answer. */
async function tekstVan(res: Response): Promise<string> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('wordprocessingml')) {
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
  }
  return res.text();
}

describe.each(dbKinds)('vertrouwelijke thema’s, maatregelen en indicatoren op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let ws: string;
  let geheimeIndicatorId: string;
  const hub = new Hub();
  const as = {} as Record<Rol, Client>;
  const ids = {} as Record<Rol, string>;

  const raw = (c: Client, pad: string) => app.request(`/api/v1${pad}`, { headers: { Cookie: c.cookie! } });
  const lees = async (c: Client, pad: string) => tekstVan(await raw(c, pad));

  /** Everything that must never reach a member without clearance. */
  function geheimen(metIds = true): string[] {
    return [
      sectie52.tekst.slice(0, 60),
      sectie52.analyse.huidigeAanpak!.slice(0, 60),
      'Vertrouwelijk; niet in deze rapportage',
      'Niet opgenomen omdat ze vertrouwelijk zijn',
      'thema-5.2',
      GEHEIME_INDICATOR,
      geheimeIndicatorId,
      ...GEHEIME_MAATREGELEN.flatMap((m) => [m.naam, m.prestatieIndicator, ...(metIds ? [`"id":"${m.id}"`, `maatregel-${m.id}"`] : [])]),
    ];
  }
  /** `metIds` false: after an editor without clearance chose the id of a hidden measure for his own. */
  function verwachtGeenGeheim(tekst: string, waar: string, metIds = true) {
    for (const g of geheimen(metIds)) expect(tekst.includes(g), `${waar} bevat '${g}'`).toBe(false);
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db, hub });
    for (const r of rollen) as[r] = await Client.signIn(app, mail(r));
    ws = ((await as.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
    const leden = (await as.coordinator.get(`/werkruimtes/${ws}/leden`)).body.leden as { gebruikerId: string; email: string }[];
    for (const r of rollen) ids[r] = leden.find((l) => l.email === mail(r))!.gebruikerId;
    const indicatoren = (await as.coordinator.get(`/werkruimtes/${ws}/indicatoren`)).body.indicatoren as { id: string; naam: string }[];
    geheimeIndicatorId = indicatoren.find((i) => i.naam === GEHEIME_INDICATOR)!.id;
  }, 300_000);
  afterAll(async () => {
    await testDb.drop();
  });

  it('de coördinator met toegang ziet alles: 22 thema’s, 20 maatregelen, de vertrouwelijke indicator', async () => {
    expect((await as.coordinator.get(`/werkruimtes/${ws}/cyclus`)).body.analyse).toEqual({ ingevuld: 22, themas: 22 });
    const plan = (await as.coordinator.get(`/werkruimtes/${ws}/uitvoeringsplannen/2027`)).body.inhoud as Plan;
    expect(maatregelenVan(plan)).toHaveLength(20);
    expect(maatregelenVan(plan).filter((m) => m.vertrouwelijk).map((m) => m.naam)).toEqual(GEHEIME_MAATREGELEN.map((m) => m.naam));
    expect((await as.coordinator.get(`/werkruimtes/${ws}/indicatoren/${geheimeIndicatorId}`)).status).toBe(200);
    const dashboard = await lees(as.coordinator, `/werkruimtes/${ws}/dashboard`);
    expect(dashboard).toContain(GEHEIME_INDICATOR);
    expect(dashboard).toContain(GEHEIME_MAATREGELEN[0]!.naam);
  });

  it('verbergt ze voor de lezer: telling, plan, indicator (404), dashboard, rapportage, streeftabel, agenda', async () => {
    expect((await as.lezer.get(`/werkruimtes/${ws}/cyclus`)).body.analyse).toEqual({ ingevuld: 21, themas: 21 });
    const plan = await as.lezer.get(`/werkruimtes/${ws}/uitvoeringsplannen/2027`);
    expect(maatregelenVan(plan.body.inhoud as Plan)).toHaveLength(20 - GEHEIME_MAATREGELEN.length);
    verwachtGeenGeheim(JSON.stringify(plan.body), 'uitvoeringsplan');
    const weg = await as.lezer.get(`/werkruimtes/${ws}/indicatoren/${geheimeIndicatorId}`);
    const onbekend = await as.lezer.get(`/werkruimtes/${ws}/indicatoren/00000000-0000-4000-8000-000000000000`);
    expect(weg.status).toBe(404);
    expect(weg.body.detail).toBe(onbekend.body.detail);
    const streef = await as.lezer.get(`/werkruimtes/${ws}/streeftabel?indicatoren=${geheimeIndicatorId}`);
    expect(streef.status).toBe(400);
    expect(streef.body.detail).toBe(`Onbekende indicator: ${geheimeIndicatorId}.`);
    for (const pad of ['dashboard', 'indicatoren', 'streeftabel', 'streeftabel?formaat=docx', 'voortgangsrapportages/2027-K1', 'voortgangsrapportages/2027-K1.docx', 'voortgangsrapportages/2027', 'voortgangsoverleg/agenda?datum=2028-03-15']) {
      const res = await raw(as.lezer, `/werkruimtes/${ws}/${pad}`);
      expect(res.status, pad).toBe(200);
      verwachtGeenGeheim(await tekstVan(res), pad);
    }
    // Counts come from what the reader sees.
    const d = (await as.lezer.get(`/werkruimtes/${ws}/dashboard`)).body as { samenvatting: { maatregelen: { totaal: number } } };
    expect(d.samenvatting.maatregelen.totaal).toBe(20 - GEHEIME_MAATREGELEN.length);
    const stand = await as.redacteur.get(`/werkruimtes/${ws}/voortgangsoverleg/bijwerkstand`);
    expect(stand.status).toBe(200);
    verwachtGeenGeheim(JSON.stringify(stand.body), 'bijwerkstand');
  });

  it('de veiligheidsanalyse noemt het vertrouwelijke thema nergens, ook niet vastgesteld en niet voor de raad', async () => {
    const model = (await as.lezer.get(`/werkruimtes/${ws}/documenten/veiligheidsanalyse`)).body as { blokken: { soort: string; tekst?: string; nummer?: string }[] };
    verwachtGeenGeheim(JSON.stringify(model), 'analyse (JSON)');
    // 5.2 reads like any theme without analysis.
    const i = model.blokken.findIndex((b) => b.soort === 'kop' && b.nummer === '5.2');
    expect(model.blokken[i + 1]).toEqual({ soort: 'leeg', tekst: 'Niet geanalyseerd.' });
    expect(await lees(as.coordinator, `/werkruimtes/${ws}/documenten/veiligheidsanalyse`)).toBe(await lees(as.lezer, `/werkruimtes/${ws}/documenten/veiligheidsanalyse`));
    verwachtGeenGeheim(await lees(as.lezer, `/werkruimtes/${ws}/documenten/veiligheidsanalyse.docx`), 'analyse (Word)');
    verwachtGeenGeheim(await lees(as.lezer, `/werkruimtes/${ws}/documenten/uitvoeringsplan.docx`), 'uitvoeringsplan (Word)');
    verwachtGeenGeheim(await lees(as.coordinator, `/werkruimtes/${ws}/documenten/uitvoeringsplan.docx`), 'uitvoeringsplan (Word, coördinator)');

    const besluit = await as.coordinator.call('POST', `/werkruimtes/${ws}/documenten/veiligheidsanalyse/besluiten`, { soort: 'vastgesteld', orgaan: 'College', datum: '2026-06-02' });
    expect(besluit.status).toBe(201);
    const versie = (besluit.body.besluit as { versie: number }).versie;
    for (const c of [as.raad, as.lezer, as.coordinator]) {
      verwachtGeenGeheim(await lees(c, `/werkruimtes/${ws}/documenten/veiligheidsanalyse?versie=${versie}`), 'vastgestelde analyse');
      verwachtGeenGeheim(await lees(c, `/werkruimtes/${ws}/documenten/veiligheidsanalyse.docx?versie=${versie}`), 'vastgestelde analyse (Word)');
      verwachtGeenGeheim(await lees(c, `/werkruimtes/${ws}/documenten`), 'documentenlijst');
    }
    // A copy frozen before this rule (with the old mention) no longer shows it, and stays the adopted version.
    const { rows } = await testDb.db.query<{ model: { blokken: { soort: string; tekst?: string }[] } }>(
      `select model from vastgestelde_versies where werkruimte_id = $1 and document = 'veiligheidsanalyse' and versie = $2`,
      [ws, versie],
    );
    const oud = structuredClone(rows[0]!.model);
    const j = oud.blokken.findIndex((b) => b.soort === 'leeg' && b.tekst === 'Niet geanalyseerd.');
    oud.blokken[j] = { soort: 'leeg', tekst: 'Vertrouwelijk; niet in deze rapportage opgenomen.' };
    oud.blokken.push({ soort: 'alinea', tekst: 'Niet opgenomen omdat ze vertrouwelijk zijn: 5.2 Georganiseerde criminaliteit.' });
    const besluitId = (await testDb.db.query<{ besluit_id: string }>(`select besluit_id from vastgestelde_versies where werkruimte_id = $1 and document = 'veiligheidsanalyse'`, [ws])).rows[0]!.besluit_id;
    await testDb.db.query(`insert into vastgestelde_versies (werkruimte_id, document, jaar, versie, besluit_id, model, gemeentecode) values ($1, 'veiligheidsanalyse', 0, 99, $2, $3, '')`, [ws, besluitId, JSON.stringify(oud)]);
    const legacy = await lees(as.raad, `/werkruimtes/${ws}/documenten/veiligheidsanalyse.docx?versie=99`);
    verwachtGeenGeheim(legacy, 'oude vastgestelde analyse');
    expect(legacy).not.toMatch(/vertrouwelijk/i);
    await testDb.db.query(`delete from vastgestelde_versies where werkruimte_id = $1 and versie = 99`, [ws]);
    // Many documents as JSON and Word, for three readers: slow on a busy machine, not a measure of speed.
  }, 90_000);

  it('de plancheck en het overzicht van de lezer veranderen niet als er iets verborgens verandert', async () => {
    const voor = [await lees(as.lezer, `/werkruimtes/${ws}/plancheck`), (await as.lezer.get(`/werkruimtes/${ws}/cyclus`)).body];
    verwachtGeenGeheim(voor[0] as string, 'plancheck');
    verwachtGeenGeheim(JSON.stringify(voor[1]), 'cyclus');
    // A confidential measure without owner or planning, a confidential indicator without target, an empty 5.2.
    const pad = `/werkruimtes/${ws}/uitvoeringsplannen/2027`;
    const huidig = await as.coordinator.get(pad);
    const plan = structuredClone(huidig.body.inhoud) as Plan;
    plan.actiepunten[0]!.maatregelen.push({ ...GEHEIME_MAATREGELEN[0]!, id: 'm-geheim', naam: 'Geheime proef', bestuurlijkTrekker: '', ambtelijkTrekker: '', startKwartaal: null, eindKwartaal: null });
    expect((await as.coordinator.call('PUT', pad, plan, { 'If-Match': huidig.headers.get('ETag')! })).status).toBe(200);
    const ind = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, { naam: 'Geheime indicator', prioriteitId: 'p1', eenheid: 'aantal', richting: 'lager-is-beter', vertrouwelijk: true });
    expect(ind.status).toBe(201);
    const coordinatorCheck = await lees(as.coordinator, `/werkruimtes/${ws}/plancheck`);
    expect(coordinatorCheck).toContain('Geheime proef');
    expect(coordinatorCheck).toContain('Geheime indicator');
    const na = [await lees(as.lezer, `/werkruimtes/${ws}/plancheck`), (await as.lezer.get(`/werkruimtes/${ws}/cyclus`)).body];
    expect(na).toEqual(voor);
    // Clean up: the coordinator removes them again.
    const weer = await as.coordinator.get(pad);
    const schoon = structuredClone(weer.body.inhoud) as Plan;
    schoon.actiepunten[0]!.maatregelen = schoon.actiepunten[0]!.maatregelen.filter((m) => m.id !== 'm-geheim');
    expect((await as.coordinator.call('PUT', pad, schoon, { 'If-Match': weer.headers.get('ETag')! })).status).toBe(200);
    expect((await as.coordinator.call('DELETE', `/werkruimtes/${ws}/indicatoren/${ind.body.id as string}`, undefined, { 'If-Match': ind.headers.get('ETag')! })).status).toBe(204);
  });

  it('geen enkel GET-eindpunt uit het OpenAPI-document geeft de lezer of de raad iets vertrouwelijks', async () => {
    const openapi = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const vervang: Record<string, string[]> = {
      werkruimteId: [ws],
      jaar: ['2027'],
      indicatorId: [geheimeIndicatorId],
      sleutel: ['thema-5.2', 'thema-5.1', 'veld-5', 'sectie.thema-5.2', 'sectie.veld-5', 'ivp.uitgangssituatie'],
      document: ['veiligheidsanalyse', 'veiligheidsanalyse.docx', 'uitvoeringsplan', 'uitvoeringsplan.docx', 'ivp', 'startnotitie'],
      periode: ['2027-K1', '2027-K1.docx', '2027', '2027.docx'],
    };
    const paden = Object.entries(openapi.paths)
      .map(([p, ops]) => [p.replace(/^\/api\/v1/, ''), ops] as const)
      .filter(([p, ops]) => 'get' in ops && (p.startsWith('/werkruimtes/{werkruimteId}') || p === '/meldingen' || p === '/werkruimtes'))
      .map(([p]) => p);
    expect(paden.length).toBeGreaterThan(25);
    let gelezen = 0;
    for (const sjabloon of paden) {
      let varianten = [sjabloon];
      for (const [naam, waarden] of Object.entries(vervang)) {
        varianten = varianten.flatMap((v) => (v.includes(`{${naam}}`) ? waarden.map((w) => v.replace(`{${naam}}`, w)) : [v]));
      }
      for (const pad of varianten.filter((v) => !v.includes('{'))) {
        for (const c of [as.lezer, as.raad]) {
          const res = await raw(c, pad);
          // A problem echoes the path asked for (instance); that is not a leak.
          verwachtGeenGeheim((await tekstVan(res)).replaceAll(`/api/v1${pad}`, ''), `${pad} (${c === as.lezer ? 'lezer' : 'raad'}, ${res.status})`);
          gelezen++;
        }
      }
    }
    expect(gelezen).toBeGreaterThan(60);
  }, 120_000);

  it('meldingen en herinneringen over iets vertrouwelijks bereiken niemand zonder toegang', async () => {
    // A visible indicator turns 'achter': the beslisser (with clearance) hears of it.
    const ind = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, {
      naam: 'Verborgen teller',
      prioriteitId: 'p1',
      eenheid: 'aantal',
      richting: 'lager-is-beter',
      referentiejaar: 2024,
      referentiewaarde: 100,
      streefwaarden: [{ jaar: 2030, waarde: 50 }],
      eigenaarId: ids.partner,
    });
    expect(ind.status).toBe(201);
    const id = ind.body.id as string;
    expect((await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren/${id}/metingen`, { periode: '2027', waarde: 140 })).status).toBe(201);
    const tekst = async (c: Client) => JSON.stringify((await c.get('/meldingen')).body);
    expect(await tekst(as.beslisser)).toContain('Verborgen teller');
    // The coordinator makes it confidential; the beslisser loses clearance: the alert is gone for him.
    const huidig = await as.coordinator.get(`/werkruimtes/${ws}/indicatoren/${id}`);
    const { naam, prioriteitId, eenheid, richting, referentiejaar, referentiewaarde, streefwaarden } = huidig.body as Record<string, unknown>;
    const gegevens = { naam, prioriteitId, eenheid, richting, referentiejaar, referentiewaarde, streefwaarden: (streefwaarden as { jaar: number; waarde: number }[]).map((s) => ({ jaar: s.jaar, waarde: s.waarde })) };
    // Only the coordinator sets it (403 for the redacteur).
    expect((await as.redacteur.call('PUT', `/werkruimtes/${ws}/indicatoren/${id}`, { ...gegevens, vertrouwelijk: true }, { 'If-Match': huidig.headers.get('ETag')! })).status).toBe(403);
    expect((await as.coordinator.call('PUT', `/werkruimtes/${ws}/indicatoren/${id}`, { ...gegevens, vertrouwelijk: true }, { 'If-Match': huidig.headers.get('ETag')! })).status).toBe(200);
    expect(await tekst(as.beslisser)).toContain('Verborgen teller');
    await testDb.db.query('update leden set vertrouwelijk_toegang = false where werkruimte_id = $1 and gebruiker_id = $2', [ws, ids.beslisser]);
    expect(await tekst(as.beslisser)).not.toContain('Verborgen teller');
    // A new alert about a confidential measure is not even made for him.
    const m = GEHEIME_MAATREGELEN[1]!;
    const r = await as.coordinator.call('POST', `/werkruimtes/${ws}/uitvoeringsplannen/2027/maatregelen/${m.id}/voortgang`, { status: 'vertraagd', toelichting: 'Geheim uitstel' });
    expect(r.status).toBe(200);
    expect(await tekst(as.coordinator)).toContain('Geheim uitstel');
    const beslisser = await tekst(as.beslisser);
    expect(beslisser).not.toContain('Geheim uitstel');
    verwachtGeenGeheim(beslisser, 'meldingen beslisser zonder toegang');
    await testDb.db.query('update leden set vertrouwelijk_toegang = true where werkruimte_id = $1 and gebruiker_id = $2', [ws, ids.beslisser]);

    // A reminder lists only what the owner may see: the partner without clearance hears nothing of the confidential indicator.
    await testDb.db.query('update leden set vertrouwelijk_toegang = false where werkruimte_id = $1 and gebruiker_id = $2', [ws, ids.partner]);
    await stuurHerinneringen(testDb.db, null, '2027-09-10', ws);
    const partner = (await as.partner.get('/meldingen')).body.meldingen as { soort: string; tekst: string }[];
    const herinnering = partner.find((x) => x.soort === 'herinnering');
    expect(herinnering?.tekst).toContain('Woninginbraken');
    verwachtGeenGeheim(JSON.stringify(partner), 'meldingen partner zonder toegang');
    expect(JSON.stringify(partner)).not.toContain('Verborgen teller');
    await testDb.db.query('update leden set vertrouwelijk_toegang = true where werkruimte_id = $1 and gebruiker_id = $2', [ws, ids.partner]);
  });

  it('meldt een wijziging van een vertrouwelijke indicator live alleen aan leden met toegang', async () => {
    const ontvangen = { lezer: [] as string[], coordinator: [] as string[] };
    const verbind = (rol: 'lezer' | 'coordinator', toegang: boolean) =>
      hub.join({ werkruimteId: ws, sessie: rol, gebruiker: { id: ids[rol], naam: rol }, lid: { rol, organisatieId: '', vertrouwelijkToegang: toegang }, send: (d) => ontvangen[rol].push(d), close: () => {} });
    const verbindingen = [verbind('lezer', false), verbind('coordinator', true)];
    try {
      const huidig = await as.coordinator.get(`/werkruimtes/${ws}/indicatoren/${geheimeIndicatorId}`);
      expect((await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren/${geheimeIndicatorId}/metingen`, { periode: '2028', waarde: 11 }, { 'If-Match': huidig.headers.get('ETag')! })).status).toBe(201);
      const wijzigingen = (l: string[]) => l.map((d) => JSON.parse(d) as { type: string; id?: string }).filter((e) => e.type === 'werkruimte' && e.id === 'indicatoren');
      expect(wijzigingen(ontvangen.coordinator)).toHaveLength(1);
      expect(wijzigingen(ontvangen.lezer)).toHaveLength(0);
      const openbaar = ((await as.coordinator.get(`/werkruimtes/${ws}/indicatoren`)).body.indicatoren as { id: string; naam: string }[]).find((i) => i.naam === 'Woninginbraken')!;
      expect((await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren/${openbaar.id}/metingen`, { periode: '2028', waarde: 190 })).status).toBe(201);
      expect(wijzigingen(ontvangen.lezer)).toHaveLength(1);
      verwachtGeenGeheim(ontvangen.lezer.join('\n'), 'live');
    } finally {
      for (const v of verbindingen) hub.leave(v);
    }
  });

  it('een redacteur zonder toegang houdt bij opslaan de verborgen maatregelen heel en kan ze niet overschrijven', async () => {
    const pad = `/werkruimtes/${ws}/uitvoeringsplannen/2027`;
    const voor = (await as.coordinator.get(pad)).body.inhoud as Plan;
    const geheimVoor = maatregelenVan(voor).filter((m) => m.vertrouwelijk);
    const gezien = await as.redacteur.get(pad);
    const plan = structuredClone(gezien.body.inhoud) as Plan;
    // He renames a visible measure, removes a visible one and adds one with the id of a hidden measure.
    plan.actiepunten[0]!.maatregelen[0]!.naam = 'KVO-b (hernoemd)';
    plan.actiepunten[1]!.maatregelen = [];
    const botsend = geheimVoor[0]!.id;
    plan.actiepunten[2]!.maatregelen.push({ ...plan.actiepunten[2]!.maatregelen[0]!, id: botsend, naam: 'Nieuwe buurtactie', eigenaarId: null });
    const r = await as.redacteur.call('PUT', pad, plan, { 'If-Match': gezien.headers.get('ETag')! });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    verwachtGeenGeheim(JSON.stringify(r.body), 'antwoord op PUT', false);
    expect(maatregelenVan(r.body.inhoud as Plan).find((m) => m.id === botsend)?.naam).toBe('Nieuwe buurtactie');

    const na = (await as.coordinator.get(pad)).body.inhoud as Plan;
    const geheimNa = maatregelenVan(na).filter((m) => m.vertrouwelijk);
    const zonderId = ({ id: _i, bijgewerktOp: _b, ...rest }: Maatregel) => rest;
    expect(geheimNa.map(zonderId)).toEqual(geheimVoor.map(zonderId));
    expect(geheimNa.find((m) => m.naam === geheimVoor[0]!.naam)!.id).not.toBe(botsend);
    expect(maatregelenVan(na).find((m) => m.id === botsend)?.naam).toBe('Nieuwe buurtactie');
    expect(maatregelenVan(na).some((m) => m.naam === 'KVO-b (hernoemd)')).toBe(true);
    // The action point he emptied keeps its hidden measures (now only hidden: hidden itself).
    const a2 = na.actiepunten.find((a) => a.id === voor.actiepunten[1]!.id)!;
    expect(a2.maatregelen.map((m) => m.naam)).toEqual(voor.actiepunten[1]!.maatregelen.filter((m) => m.vertrouwelijk).map((m) => m.naam));
    const lezer = await as.lezer.get(pad);
    expect((lezer.body.inhoud as Plan).actiepunten.some((a) => a.id === a2.id)).toBe(false);

    // He cannot make anything confidential, nor reach a hidden measure by its id.
    const weer = await as.redacteur.get(pad);
    const poging = structuredClone(weer.body.inhoud) as Plan;
    poging.actiepunten[0]!.maatregelen[0]!.vertrouwelijk = true;
    expect((await as.redacteur.call('PUT', pad, poging, { 'If-Match': weer.headers.get('ETag')! })).status).toBe(403);
    const verborgen = geheimNa[1]!.id;
    const v1 = await as.redacteur.call('POST', `${pad}/maatregelen/${verborgen}/voortgang`, { status: 'afgerond' });
    const v2 = await as.redacteur.call('POST', `${pad}/maatregelen/m-bestaat-niet/voortgang`, { status: 'afgerond' });
    expect([v1.status, v2.status]).toEqual([404, 404]);
    expect(String(v1.body.detail).replace(verborgen, 'X')).toBe(String(v2.body.detail).replace('m-bestaat-niet', 'X'));
    // A stale version gives 412 without the hidden measures.
    const oud = await as.redacteur.call('PUT', pad, weer.body.inhoud, { 'If-Match': '"1"' });
    expect(oud.status).toBe(412);
    verwachtGeenGeheim(JSON.stringify(oud.body), '412', false);
    // The vervolgplan carries the hidden measures along, and its look-back counts only visible ones.
    const vervolg = await as.redacteur.call('POST', `${pad}/vervolgplan`);
    expect(vervolg.status).toBe(201);
    verwachtGeenGeheim(JSON.stringify(vervolg.body), 'vervolgplan', false);
    const vervolgVoorCoordinator = (await as.coordinator.get(`/werkruimtes/${ws}/uitvoeringsplannen/2028`)).body.inhoud as Plan;
    expect(maatregelenVan(vervolgVoorCoordinator).some((m) => m.vertrouwelijk)).toBe(true);
    expect(String((vervolg.body.inhoud as { terugblik: string }).terugblik)).toMatch(new RegExp(`In 2027 stonden ${maatregelenVan(na).length - geheimNa.length} maatregelen`));
  });
});
