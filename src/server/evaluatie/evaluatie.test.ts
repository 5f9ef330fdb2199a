/**
 * Evaluations against a norms framework (issue 19, point 2) on the demo workspace: the demo's final
 * rekenkamer evaluation, starting one with the default or an own framework, verdicts with If-Match,
 * Kernplan's proposals, the Word report, and who may do what (the auditor judges; the council reads
 * only final evaluations; the reader reads). On PGlite and (with DATABASE_URL) PostgreSQL.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';
import { DEMO_EVALUATIE_NAAM } from '../demo/demo-evaluatie.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'] as const;
type Rol = (typeof rollen)[number];

interface Norm {
  id: string;
  vraag: string;
  norm: string;
  oordeel: string | null;
  toelichting: string;
  bewijs: { soort: string; label: string; verwijzing: string }[];
  voorstel: { oordeel: string | null; uitleg: string; bewijs: unknown[] } | null;
}
interface Evaluatie {
  id: string;
  naam: string;
  uitvoerder: string;
  status: string;
  normen: Norm[];
  versie: number;
}

describe.each(dbKinds)('evaluaties tegen een normenkader op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let ws: string;
  const als = {} as Record<Rol | 'buitenstaander', Client>;
  let anoniem: Client;
  const w = (pad: string) => `/werkruimtes/${ws}${pad}`;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of rollen) als[r] = await Client.signIn(app, mail(r));
    anoniem = Client.anonymous(app);
    ws = ((await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    const { rows } = await testDb.db.query<{ organisatie_id: string; wachtwoord_hash: string }>('select organisatie_id, wachtwoord_hash from gebruikers limit 1');
    await testDb.db.query(`insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash) values ('buiten@voorbeeld.nl', 'Buiten Staander', $1, $2)`, [rows[0]!.organisatie_id, rows[0]!.wachtwoord_hash]);
    als.buitenstaander = await Client.signIn(app, 'buiten@voorbeeld.nl');
  }, 120_000);
  afterAll(async () => {
    await testDb?.drop();
  });

  async function nieuw(wie: Client = als.auditor, body: Record<string, unknown> = { naam: 'Interne audit 2027', uitvoerder: 'interne-audit' }): Promise<string> {
    const r = await wie.call('POST', w('/evaluaties'), body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.headers.get('ETag')).toBe('"1"');
    return r.body.id as string;
  }

  it('toont de definitieve evaluatie van de rekenkamer uit de demo, met een oordeel en toelichting bij elke norm', async () => {
    const r = await als.lezer.get(w('/evaluaties'));
    expect(r.status).toBe(200);
    const e = (r.body.evaluaties as Evaluatie[]).find((x) => x.naam === DEMO_EVALUATIE_NAAM)!;
    expect(e).toMatchObject({ uitvoerder: 'rekenkamer', status: 'definitief' });
    expect(e.normen.length).toBe(14);
    for (const n of e.normen) {
      expect(['voldoet', 'voldoet-deels', 'voldoet-niet']).toContain(n.oordeel);
      expect(n.toelichting.length, n.id).toBeGreaterThan(40);
      expect(n.bewijs.length, n.id).toBeGreaterThan(0);
      expect(n.voorstel, n.id).not.toBeNull();
    }
    expect(e.normen.map((n) => n.vraag)).toContain('Kan de raad sturen op het veiligheidsbeleid en wordt hij over de resultaten geïnformeerd?');
    expect(r.body.mag).toEqual({ bewerken: false, kadersBeheren: false });
    expect((await als.auditor.get(w('/evaluaties'))).body.mag).toEqual({ bewerken: true, kadersBeheren: true });
  });

  it('laat de auditor een evaluatie beginnen en oordelen vastleggen met If-Match: 428 zonder, 412 met een oude versie', async () => {
    const id = await nieuw();
    const pad = w(`/evaluaties/${id}`);
    const een = await als.auditor.get(pad);
    expect(een.status).toBe(200);
    expect(een.headers.get('ETag')).toBe('"1"');
    const e = een.body as unknown as Evaluatie;
    expect(e.normen.every((n) => n.oordeel === null)).toBe(true);
    const oordeel = { oordeel: 'voldoet-deels', toelichting: 'Niet elke maatregel noemt haar probleem.', bewijs: [{ soort: 'plan', label: 'Uitvoeringsplan', verwijzing: `/werkruimtes/${ws}/uitvoeringsplan` }] };
    const zonder = await als.auditor.call('PUT', `${pad}/normen/1.1`, oordeel);
    expect(zonder.status).toBe(428);
    expect(zonder.body.detail).toMatch(/If-Match/);
    const goed = await als.auditor.call('PUT', `${pad}/normen/1.1`, oordeel, { 'If-Match': '"1"' });
    expect(goed.status, JSON.stringify(goed.body)).toBe(200);
    expect(goed.headers.get('ETag')).toBe('"2"');
    expect((goed.body.normen as Norm[]).find((n) => n.id === '1.1')).toMatchObject({ oordeel: 'voldoet-deels', toelichting: oordeel.toelichting });
    const oud = await als.coordinator.call('PUT', `${pad}/normen/1.2`, { oordeel: 'voldoet' }, { 'If-Match': '"1"' });
    expect(oud.status).toBe(412);
    expect(oud.body.detail).toMatch(/versie 1.*versie is 2/);
    expect(((oud.body.huidig as Evaluatie).normen.find((n) => n.id === '1.1') as Norm).oordeel).toBe('voldoet-deels');
    // Nothing changed by the refused write.
    expect((await als.auditor.get(pad)).headers.get('ETag')).toBe('"2"');
    // An unknown norm: 404; an unsafe link: 400.
    expect((await als.auditor.call('PUT', `${pad}/normen/9.9`, { oordeel: 'voldoet' }, { 'If-Match': '"2"' })).status).toBe(404);
    const js = await als.auditor.call('PUT', `${pad}/normen/1.2`, { oordeel: 'voldoet', bewijs: [{ soort: 'link', label: 'x', verwijzing: 'javascript:alert(1)' }] }, { 'If-Match': '"2"' });
    expect(js.status).toBe(400);
    expect(JSON.stringify(js.body.invalidParams)).toContain('bewijs');
  });

  it('maakt een evaluatie pas definitief als elke norm een oordeel heeft, en weigert daarna een gewijzigd oordeel', async () => {
    const id = await nieuw(als.coordinator, { naam: 'Werkgroep kijkt terug', uitvoerder: 'werkgroep' });
    const pad = w(`/evaluaties/${id}`);
    const te = await als.coordinator.call('PATCH', pad, { status: 'definitief' }, { 'If-Match': '"1"' });
    expect(te.status).toBe(422);
    expect(te.body.detail).toMatch(/14 normen zonder oordeel/);
    // Keep only question 1 with two norms, then judge both.
    const kader = await als.coordinator.call('PATCH', pad, { naam: 'Werkgroep kijkt terug (kort)', vragen: [{ id: '1', nummer: '1', vraag: 'Passen de maatregelen?', normen: [{ id: '1.1', norm: 'Probleemanalyse' }, { id: 'eigen', norm: 'Een eigen norm' }] }] }, { 'If-Match': '"1"' });
    expect(kader.status, JSON.stringify(kader.body)).toBe(200);
    expect((kader.body.normen as Norm[]).map((n) => n.id)).toEqual(['1.1', 'eigen']);
    let versie = 2;
    for (const n of ['1.1', 'eigen']) {
      const r = await als.coordinator.call('PUT', `${pad}/normen/${n}`, { oordeel: 'voldoet' }, { 'If-Match': `"${versie}"` });
      expect(r.status).toBe(200);
      versie++;
    }
    const def = await als.coordinator.call('PATCH', pad, { status: 'definitief' }, { 'If-Match': `"${versie}"` });
    expect(def.status, JSON.stringify(def.body)).toBe(200);
    const dicht = await als.coordinator.call('PUT', `${pad}/normen/1.1`, { oordeel: 'voldoet-niet' }, { 'If-Match': `"${versie + 1}"` });
    expect(dicht.status).toBe(409);
    // The proposal: Kernplan's norm gets one, the own norm none.
    const v = await als.coordinator.get(`${pad}/voorstel`);
    expect(v.status).toBe(200);
    const voorstellen = v.body.voorstellen as { normId: string; voorstel: { oordeel: string | null; uitleg: string } | null }[];
    expect(voorstellen.find((x) => x.normId === '1.1')!.voorstel!.uitleg).toMatch(/maatregel/);
    expect(voorstellen.find((x) => x.normId === 'eigen')!.voorstel).toBeNull();
  });

  it('stelt per norm een oordeel voor uit het plan: meetbare doelen, probleemanalyse, afspraken, de raad, de voortgang', async () => {
    const id = await nieuw();
    const v = await als.auditor.get(w(`/evaluaties/${id}/voorstel`));
    const per = Object.fromEntries((v.body.voorstellen as { normId: string; voorstel: { oordeel: string | null; uitleg: string; bewijs: { verwijzing: string }[] } }[]).map((x) => [x.normId, x.voorstel]));
    expect(per['5.1']!.oordeel).toBe('voldoet');
    expect(per['5.1']!.uitleg).toMatch(/prioriteiten heeft een doel/);
    expect(per['1.1']!.uitleg).toMatch(/noemt het probleem/);
    expect(per['3.1']!.oordeel).not.toBeNull();
    expect(per['4.1']!.uitleg).toMatch(/effectindicator/);
    expect(per['5.2']!.oordeel).toBe('voldoet-niet');
    for (const p of Object.values(per)) for (const b of p!.bewijs) expect(b.verwijzing).toMatch(/^\//);
    // Once a report is offered and discussed in the council, the proposal follows.
    expect((await als.coordinator.call('POST', w('/voortgangsrapportages/2027-K1/raadsbehandelingen'), { soort: 'aangeboden', datum: '2026-11-20' })).status).toBe(201);
    const na = await als.auditor.get(w(`/evaluaties/${id}/voorstel`));
    const raad = (na.body.voorstellen as { normId: string; voorstel: { oordeel: string } }[]).find((x) => x.normId === '5.2')!.voorstel;
    expect(raad.oordeel).toBe('voldoet-deels');
  });

  it('kent normenkaders: het standaardkader altijd, een eigen kopie die de auditor toevoegt en waartegen een evaluatie begint', async () => {
    const lijst = await als.lezer.get(w('/normenkaders'));
    expect(lijst.status).toBe(200);
    const kaders = lijst.body.normenkaders as { id: string; standaard: boolean; vragen: { normen: unknown[] }[] }[];
    expect(kaders[0]).toMatchObject({ id: 'standaard', standaard: true });
    const kopie = await als.auditor.call('POST', w('/normenkaders'), { naam: 'Kader rekenkamer Dijkstede', vanKader: 'standaard' });
    expect(kopie.status, JSON.stringify(kopie.body)).toBe(201);
    const eigen = await als.auditor.call('POST', w('/normenkaders'), { naam: 'Alleen vraag 1', vragen: [{ id: 'a', nummer: '1', vraag: 'Werkt het?', normen: [{ id: 'a1', norm: 'Het werkt.' }] }] });
    expect(eigen.status).toBe(201);
    const fout = await als.auditor.call('POST', w('/normenkaders'), { naam: 'Dubbel', vragen: [{ id: 'a', nummer: '1', vraag: 'V', normen: [{ id: 'x', norm: 'a' }, { id: 'x', norm: 'b' }] }] });
    expect(fout.status).toBe(422);
    expect(fout.body.detail).toMatch(/twee keer/);
    expect((await als.auditor.call('POST', w('/normenkaders'), { naam: 'Kopie van niets', vanKader: '00000000-0000-4000-8000-000000000000' })).status).toBe(422);
    const id = await nieuw(als.auditor, { naam: 'Tegen eigen kader', uitvoerder: 'rekenkamer', kaderId: eigen.body.id });
    const e = (await als.auditor.get(w(`/evaluaties/${id}`))).body as unknown as Evaluatie & { kaderNaam: string };
    expect(e.kaderNaam).toBe('Alleen vraag 1');
    expect(e.normen.map((n) => n.id)).toEqual(['a1']);
    expect((await als.auditor.call('POST', w('/evaluaties'), { naam: 'X', uitvoerder: 'rekenkamer', kaderId: 'bestaat-niet' })).status).toBe(422);
    expect((await als.auditor.call('POST', w('/evaluaties'), { naam: 'X', uitvoerder: 'accountant' })).status).toBe(400);
  });

  it('levert het rapport als Word-bestand met de normentabel en de samenvatting', async () => {
    const lijst = (await als.raad.get(w('/evaluaties'))).body.evaluaties as Evaluatie[];
    const demo = lijst.find((x) => x.naam === DEMO_EVALUATIE_NAAM)!;
    const res = await app.request(`/api/v1${w(`/evaluaties/${demo.id}.docx`)}`, { headers: { Cookie: als.raad.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('wordprocessingml');
    expect(res.headers.get('Content-Disposition')).toContain('evaluatie-rekenkameronderzoek-integrale-veiligheid.docx');
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const t of ['Samenvatting', 'Normentabel', 'Toelichting', 'Bewijs', 'Voldoet deels', 'Rekenkameronderzoek integrale veiligheid']) expect(xml, t).toContain(t);
  });

  it('weigert wie niet mag: anoniem 401, geen lid 404, raad en lezer 403 bij schrijven; de raad ziet geen concept', async () => {
    const id = await nieuw();
    const pad = w(`/evaluaties/${id}`);
    expect((await anoniem.get(w('/evaluaties'))).status).toBe(401);
    expect((await als.buitenstaander.get(w('/evaluaties'))).status).toBe(404);
    expect((await als.buitenstaander.get(pad)).status).toBe(404);
    for (const r of ['raad', 'lezer', 'partner', 'beslisser'] as const) {
      const p = await als[r].call('PUT', `${pad}/normen/1.1`, { oordeel: 'voldoet' }, { 'If-Match': '"1"' });
      expect(p.status, r).toBe(403);
      expect(p.body.detail).toMatch(/oordelen/);
      expect((await als[r].call('POST', w('/evaluaties'), { naam: 'Mag niet', uitvoerder: 'werkgroep' })).status, r).toBe(403);
      expect((await als[r].call('PATCH', pad, { naam: 'Mag niet' }, { 'If-Match': '"1"' })).status, r).toBe(403);
    }
    expect((await als.redacteur.call('POST', w('/normenkaders'), { naam: 'Mag niet' })).status).toBe(403);
    // The council reads only final evaluations: a concept does not exist for it.
    expect((await als.raad.get(pad)).status).toBe(404);
    expect((await als.raad.get(`${pad}/voorstel`)).status).toBe(404);
    expect((await als.raad.get(`${pad}.docx`)).status).toBe(404);
    const raadLijst = (await als.raad.get(w('/evaluaties'))).body.evaluaties as Evaluatie[];
    expect(raadLijst.every((e) => e.status === 'definitief')).toBe(true);
    expect(raadLijst.length).toBeGreaterThan(0);
    expect((await als.lezer.get(pad)).status).toBe(200);
    // The auditor still cannot change the plan itself.
    expect((await als.auditor.call('PUT', w('/prioriteiten'), [], { 'If-Match': '"1"' })).status).toBe(403);
    expect((await als.auditor.get(w('/evaluaties/geen-uuid'))).status).toBe(404);
  });
});
