/**
 * GET /taken: per workspace of the signed-in user what is his to do. Anonymous is refused; a user
 * sees only workspaces he is a member of, only sections of his own organisation that he may edit,
 * only what he owns, and nothing confidential without clearance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';
import type { WerkruimteTaken } from './taken.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;

describe.each(dbKinds)('mijn taken op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let demo: string;
  const as: Record<string, Client> = {};

  const taken = async (wie: Client): Promise<WerkruimteTaken[]> => {
    const r = await wie.get('/taken');
    expect(r.status).toBe(200);
    return r.body.werkruimtes as WerkruimteTaken[];
  };

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of ['coordinator', 'partner', 'raad', 'lezer', 'redacteur']) as[r] = await Client.signIn(app, mail(r));
    demo = ((await as.coordinator!.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
  });
  afterAll(async () => {
    await testDb.drop();
  });

  it('weigert wie niet is aangemeld (401), ook met een verlopen of verzonnen sessie', async () => {
    expect((await Client.anonymous(app).get('/taken')).status).toBe(401);
    expect((await new Client(app, 'kernplan_sessie=verzonnen', null).get('/taken')).status).toBe(401);
  });

  it('geeft de partner de thema\'s van zijn organisatie en wat hij zelf bijhoudt', async () => {
    const w = (await taken(as.partner!)).find((x) => x.id === demo)!;
    expect(w.rol).toBe('partner');
    expect(w.secties.map((s) => s.sleutel).sort()).toEqual(['thema-1.3', 'thema-5.2']);
    expect(w.indicatoren.length).toBeGreaterThan(0);
    expect(w.stappen?.map((s) => s.stap)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('geeft de coördinator geen secties van een andere organisatie, wel zijn eigen maatregelen', async () => {
    const w = (await taken(as.coordinator!)).find((x) => x.id === demo)!;
    expect(w.secties).toEqual([]);
    expect(w.maatregelen.length + w.indicatoren.length).toBeGreaterThan(0);
    // What the partner owns is not the coordinator's task.
    const vanPartner = (await taken(as.partner!)).find((x) => x.id === demo)!;
    for (const i of vanPartner.indicatoren) expect(w.indicatoren.map((x) => x.id)).not.toContain(i.id);
  });

  it('geeft de raad en een lezer geen werk in wording: geen stappen, secties of maatregelen', async () => {
    const raad = (await taken(as.raad!)).find((x) => x.id === demo)!;
    expect(raad).toMatchObject({ stappen: null, secties: [], maatregelen: [], indicatoren: [] });
    const lezer = (await taken(as.lezer!)).find((x) => x.id === demo)!;
    expect(lezer).toMatchObject({ secties: [], maatregelen: [], indicatoren: [] });
  });

  it('toont niets van een werkruimte waarvan u geen lid bent', async () => {
    const nieuw = await as.coordinator!.call('POST', '/werkruimtes', { naam: 'Alleen voor de gemeente', gemeentecode: 'GM0193', periodeStart: 2027, periodeEinde: 2030 });
    expect(nieuw.status).toBe(201);
    const id = nieuw.body.id as string;
    // A theme of the new workspace is assigned to the partner's organisation, but he is no member.
    await testDb.db.query(
      `update secties set toegewezen_organisatie_id = (select organisatie_id from gebruikers where email = $2) where werkruimte_id = $1 and sleutel = 'thema-2.1'`,
      [id, mail('partner')],
    );
    expect((await taken(as.partner!)).map((x) => x.id)).not.toContain(id);
    // Asking for that workspace by its id gives nothing either; a malformed id is a 400.
    expect((await as.partner!.get(`/taken?werkruimteId=${id}`)).body.werkruimtes).toEqual([]);
    expect((await as.partner!.get('/taken?werkruimteId=geen-id')).status).toBe(400);
    expect(((await as.coordinator!.get(`/taken?werkruimteId=${id}`)).body.werkruimtes as WerkruimteTaken[]).map((x) => x.id)).toEqual([id]);
    const eigen = (await taken(as.coordinator!)).find((x) => x.id === id)!;
    expect(eigen.stappen?.every((s) => s.status === 'niet-gestart' && !s.teLaat)).toBe(true);
  });

  it('laat een vertrouwelijk thema weg voor wie geen toegang vertrouwelijk heeft', async () => {
    const leden = (await as.coordinator!.get(`/werkruimtes/${demo}/leden`)).body.leden as { gebruikerId: string; email: string; versie: number }[];
    const partner = leden.find((l) => l.email === mail('partner'))!;
    const r = await as.coordinator!.call('PATCH', `/werkruimtes/${demo}/leden/${partner.gebruikerId}`, { vertrouwelijkToegang: false }, { 'If-Match': `"${partner.versie}"` });
    expect(r.status).toBe(200);
    const w = (await taken(as.partner!)).find((x) => x.id === demo)!;
    expect(w.secties.map((s) => s.sleutel)).toEqual(['thema-1.3']);
  });
});
