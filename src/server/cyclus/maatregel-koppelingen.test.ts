/**
 * Issue 19, points 1 and 3 (the data side of the policy chain): a measure of the uitvoeringsplan names
 * the effect indicators it should move, the problems (theme sections of the analysis) it answers and
 * the method from the catalogue it applies, or another basis. The PUT checks the links; a member
 * without clearance does not see links to confidential indicators or sections, and his save keeps
 * them. The demo plan has a complete chain per priority. On PGlite and (with DATABASE_URL) PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';
import { vindMethode } from '../../domain/methoden/catalogus.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'raad', 'lezer', 'auditor'] as const;
type Rol = (typeof rollen)[number];
const GEHEIME_INDICATOR = 'Signalen van ondermijning ingebracht bij het RIEC';

interface Maatregel {
  id: string;
  naam: string;
  status: string;
  vertrouwelijk?: boolean;
  indicatorIds?: string[];
  probleemSleutels?: string[];
  methodeId?: string | null;
  onderbouwing?: string;
  [k: string]: unknown;
}
interface Plan {
  jaar: number;
  actiepunten: { id: string; prioriteitId: string | null; maatregelen: Maatregel[] }[];
  [k: string]: unknown;
}
interface Indicator {
  id: string;
  naam: string;
  prioriteitId: string | null;
  vertrouwelijk?: boolean;
  streefwaarden: unknown[];
}
type Probleem = { name: string; reason: string };

describe.each(dbKinds)('koppelingen van een maatregel op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let ws: string;
  let indicatoren: Indicator[];
  let geheimId: string;
  const als = {} as Record<Rol, Client>;
  const pad = () => `/werkruimtes/${ws}/uitvoeringsplannen/2027`;

  const lees = async (c: Client) => {
    const r = await c.get(pad());
    expect(r.status).toBe(200);
    return { plan: r.body.inhoud as Plan, etag: r.headers.get('ETag')!, tekst: JSON.stringify(r.body) };
  };
  const bewaar = (c: Client, plan: Plan, etag: string) => c.call('PUT', pad(), plan, { 'If-Match': etag });
  const vind = (plan: Plan, id: string) => plan.actiepunten.flatMap((a) => a.maatregelen).find((m) => m.id === id)!;
  /** The position of a measure in the plan, as the field path of a problem names it. */
  const plek = (plan: Plan, id: string) => {
    const i = plan.actiepunten.findIndex((a) => a.maatregelen.some((m) => m.id === id));
    return `actiepunten[${i}].maatregelen[${plan.actiepunten[i]!.maatregelen.findIndex((m) => m.id === id)}]`;
  };
  const openbaar = (prioriteitId: string) => indicatoren.filter((i) => i.prioriteitId === prioriteitId && !i.vertrouwelijk);

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of rollen) als[r] = await Client.signIn(app, mail(r));
    ws = ((await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    indicatoren = (await als.coordinator.get(`/werkruimtes/${ws}/indicatoren`)).body.indicatoren as Indicator[];
    geheimId = indicatoren.find((i) => i.naam === GEHEIME_INDICATOR)!.id;
  }, 300_000);
  afterAll(async () => {
    await testDb?.drop();
  });

  it('de demo heeft per prioriteit een volledige keten: doel, analyse, indicator met streefwaarde, maatregelen met indicator, probleem en onderbouwing', async () => {
    const { plan } = await lees(als.coordinator);
    const prioriteiten = (await als.coordinator.get(`/werkruimtes/${ws}/prioriteiten`)).body.inhoud as { id: string; titel: string; themaIds: string[] }[];
    const ivp = (await als.coordinator.get(`/werkruimtes/${ws}/ivp`)).body.inhoud as { prioriteiten: Record<string, { doel: string }> };
    const secties = (await als.coordinator.get(`/werkruimtes/${ws}/secties`)).body.secties as { sleutel: string; tekst: string }[];
    expect(prioriteiten.length).toBeGreaterThan(0);
    for (const p of prioriteiten) {
      expect(ivp.prioriteiten[p.id]?.doel.trim().length, p.titel).toBeGreaterThan(20);
      for (const t of p.themaIds) expect(secties.find((s) => s.sleutel === `thema-${t}`)?.tekst.trim().length, `thema ${t}`).toBeGreaterThan(50);
      const eigen = indicatoren.filter((i) => i.prioriteitId === p.id);
      expect(eigen.some((i) => i.streefwaarden.length > 0), p.titel).toBe(true);
      const maatregelen = plan.actiepunten.filter((a) => a.prioriteitId === p.id).flatMap((a) => a.maatregelen).filter((m) => m.status !== 'geschrapt');
      expect(maatregelen.length, p.titel).toBeGreaterThan(0);
      for (const m of maatregelen) {
        expect(m.indicatorIds!.some((id) => eigen.some((i) => i.id === id)), m.naam).toBe(true);
        expect(m.probleemSleutels!.length, m.naam).toBeGreaterThan(0);
        for (const s of m.probleemSleutels!) expect(secties.some((x) => x.sleutel === s), `${m.naam}: ${s}`).toBe(true);
        expect(m.methodeId ? vindMethode(m.methodeId) !== undefined : m.onderbouwing!.trim().length > 20, m.naam).toBe(true);
        // A public measure points only at what every member may see.
        if (!m.vertrouwelijk) {
          expect(m.indicatorIds, m.naam).not.toContain(geheimId);
          expect(m.probleemSleutels, m.naam).not.toContain('thema-5.2');
        }
      }
      for (const i of eigen) expect(maatregelen.some((m) => m.indicatorIds!.includes(i.id)), i.naam).toBe(true);
    }
  });

  it('slaat de vier velden op en geeft ze terug; een maatregel zonder de velden (van vóór issue 19) blijft werken', async () => {
    const { plan, etag } = await lees(als.coordinator);
    const woninginbraken = indicatoren.find((i) => i.naam === 'Woninginbraken')!.id;
    const m9 = vind(plan, 'm9');
    Object.assign(m9, { indicatorIds: [woninginbraken], probleemSleutels: ['thema-1.3', 'thema-1.1'], methodeId: 'mensen-maken-de-stad', onderbouwing: 'Eigen evaluatie van 2026.' });
    // An old client sends a measure without the fields: what it had stays.
    const m10 = vind(plan, 'm10');
    const m10Was = { indicatorIds: m10.indicatorIds, probleemSleutels: m10.probleemSleutels, methodeId: m10.methodeId, onderbouwing: m10.onderbouwing };
    delete m10.indicatorIds;
    delete m10.probleemSleutels;
    delete m10.methodeId;
    delete m10.onderbouwing;
    const r = await bewaar(als.coordinator, plan, etag);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const terug = await lees(als.coordinator);
    expect(vind(terug.plan, 'm9')).toMatchObject({ indicatorIds: [woninginbraken], probleemSleutels: ['thema-1.3', 'thema-1.1'], methodeId: 'mensen-maken-de-stad', onderbouwing: 'Eigen evaluatie van 2026.' });
    expect(vind(terug.plan, 'm10')).toMatchObject(m10Was);
    // A new measure without the fields gets empty links.
    terug.plan.actiepunten[2]!.maatregelen.push({ ...vind(terug.plan, 'm9'), id: 'm-oud', naam: 'Maatregel zoals vroeger', indicatorIds: undefined, probleemSleutels: undefined, methodeId: undefined, onderbouwing: undefined });
    const nieuw = await bewaar(als.coordinator, JSON.parse(JSON.stringify(terug.plan)) as Plan, terug.etag);
    expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(200);
    expect(vind(nieuw.body.inhoud as Plan, 'm-oud')).toMatchObject({ indicatorIds: [], probleemSleutels: [], methodeId: null, onderbouwing: '' });
    // A year without a plan yet still reads (version 0, no measures).
    const leeg = await als.coordinator.get(`/werkruimtes/${ws}/uitvoeringsplannen/2029`);
    expect(leeg.status).toBe(200);
  });

  it('weigert een onbekende indicator, een onbekend probleem en een methode buiten de catalogus, met het pad van het veld', async () => {
    const { plan, etag } = await lees(als.coordinator);
    const geval = async (wijzig: Partial<Maatregel>, veld: string, woord: RegExp) => {
      const kopie = structuredClone(plan);
      Object.assign(vind(kopie, 'm7'), wijzig);
      const r = await bewaar(als.coordinator, kopie, etag);
      expect(r.status, JSON.stringify(r.body)).toBe(422);
      expect(r.headers.get('Content-Type')).toContain('application/problem+json');
      const p = (r.body.invalidParams as Probleem[]).find((x) => x.name === `${plek(kopie, 'm7')}.${veld}`);
      expect(p, JSON.stringify(r.body.invalidParams)).toBeDefined();
      expect(p!.reason).toMatch(woord);
      expect(r.body.detail as string).toMatch(/^Het uitvoeringsplan klopt niet/);
    };
    await geval({ indicatorIds: [openbaar('p2')[0]!.id, '00000000-0000-4000-8000-000000000000'] }, 'indicatorIds[1]', /indicator '00000000-0000-4000-8000-000000000000'.*bestaat niet/);
    await geval({ indicatorIds: [openbaar('p2')[0]!.id, openbaar('p2')[0]!.id] }, 'indicatorIds[1]', /twee keer/);
    await geval({ probleemSleutels: ['thema-9.9'] }, 'probleemSleutels[0]', /geen themasectie/);
    await geval({ probleemSleutels: ['thema-1.3', 'veld-1'] }, 'probleemSleutels[1]', /geen themasectie/);
    await geval({ methodeId: 'bestaat-niet' }, 'methodeId', /methodencatalogus/);
    // Nothing was stored.
    expect((await lees(als.coordinator)).etag).toBe(etag);
  });

  it('verbergt een koppeling met een vertrouwelijke indicator of sectie voor wie geen toegang heeft, en houdt hem vast als die opslaat', async () => {
    const c = await lees(als.coordinator);
    const [eerste, tweede] = openbaar('p2');
    Object.assign(vind(c.plan, 'm8'), { indicatorIds: [eerste!.id, geheimId], probleemSleutels: ['thema-1.1', 'thema-5.2'] });
    expect((await bewaar(als.coordinator, c.plan, c.etag)).status).toBe(200);

    // The editor without clearance: no confidential id or section, not in the plan, not in the answer.
    const r = await lees(als.redacteur);
    expect(r.tekst).not.toContain(geheimId);
    expect(r.tekst).not.toContain('thema-5.2');
    expect(vind(r.plan, 'm8')).toMatchObject({ indicatorIds: [eerste!.id], probleemSleutels: ['thema-1.1'] });
    // He cannot add the confidential indicator either: for him it does not exist (the same answer as an unknown id).
    const poging = structuredClone(r.plan);
    vind(poging, 'm8').indicatorIds = [geheimId];
    const geweigerd = await bewaar(als.redacteur, poging, r.etag);
    expect(geweigerd.status).toBe(422);
    expect((geweigerd.body.invalidParams as Probleem[])[0]).toMatchObject({ name: `${plek(poging, 'm8')}.indicatorIds[0]` });
    expect((geweigerd.body.invalidParams as Probleem[])[0]!.reason).toMatch(/bestaat niet in deze werkruimte/);
    // He changes the links he sees; the ones he does not see stay.
    vind(r.plan, 'm8').indicatorIds = [tweede!.id];
    vind(r.plan, 'm8').probleemSleutels = ['thema-1.3'];
    const opgeslagen = await bewaar(als.redacteur, r.plan, r.etag);
    expect(opgeslagen.status, JSON.stringify(opgeslagen.body)).toBe(200);
    expect(JSON.stringify(opgeslagen.body)).not.toContain(geheimId);
    expect(JSON.stringify(opgeslagen.body)).not.toContain('thema-5.2');
    expect(vind(opgeslagen.body.inhoud as Plan, 'm8')).toMatchObject({ indicatorIds: [tweede!.id], probleemSleutels: ['thema-1.3'] });
    const na = await lees(als.coordinator);
    expect(vind(na.plan, 'm8')).toMatchObject({ indicatorIds: [tweede!.id, geheimId], probleemSleutels: ['thema-1.3', 'thema-5.2'] });
    // The confidential measures and their links are untouched.
    expect(vind(na.plan, 'm1').indicatorIds).toContain(geheimId);
    // Elsewhere the measures come with their links too (dashboard, agenda, tasks): never a hidden one.
    for (const p of [`/werkruimtes/${ws}/dashboard`, `/werkruimtes/${ws}/voortgangsoverleg/agenda`, '/taken']) {
      const r2 = await als.redacteur.get(p);
      expect(r2.status, p).toBe(200);
      expect(JSON.stringify(r2.body), p).not.toContain(geheimId);
      expect(JSON.stringify(r2.body), p).not.toContain('thema-5.2');
    }
    expect(JSON.stringify((await als.coordinator.get(`/werkruimtes/${ws}/dashboard`)).body)).toContain(geheimId);
    // A stale save (412) shows him the current plan without the hidden links too.
    const oud = await bewaar(als.redacteur, r.plan, r.etag);
    expect(oud.status).toBe(412);
    expect(JSON.stringify(oud.body)).not.toContain(geheimId);
    // With clearance he could remove it: the coordinator does.
    vind(na.plan, 'm8').indicatorIds = [tweede!.id];
    expect((await bewaar(als.coordinator, na.plan, na.etag)).status).toBe(200);
    expect(vind((await lees(als.coordinator)).plan, 'm8').indicatorIds).toEqual([tweede!.id]);
  });

  it('weigert het opslaan voor raad, lezer en auditor (403), en laat niets veranderen', async () => {
    for (const rol of ['raad', 'lezer', 'auditor'] as const) {
      const { plan, etag } = await lees(als.coordinator);
      vind(plan, 'm7').indicatorIds = [];
      const r = await bewaar(als[rol], plan, etag);
      expect(r.status, rol).toBe(403);
      expect(r.body.detail).toBe('Uw rol mag het uitvoeringsplan niet wijzigen.');
      expect((await lees(als.coordinator)).etag, rol).toBe(etag);
    }
  });
});
