/**
 * Realtime with real processes and sockets: announcements of changes made over HTTP reach the other
 * members' websockets, presence is shared, confidential sections stay hidden from members without
 * clearance, refused upgrades are refused, and with PostgreSQL a change on one server process
 * reaches a websocket on another.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseVoor,
  createPgDatabase,
  HttpClient,
  LiveClient,
  type LiveMessage,
  type ServerProcess,
  startServerProcess,
  stopAllServers,
  upgradeStatus,
} from './support/server-process.ts';
import { vereist } from './support/vereist.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const WAIT = 5000;
const DEMO_WERKRUIMTE = 'Integraal Veiligheidsplan Dijkstede 2027-2030';

type Rol = 'coordinator' | 'redacteur' | 'partner' | 'lezer';
const rollen: Rol[] = ['coordinator', 'redacteur', 'partner', 'lezer'];

interface Aanwezige {
  verbinding: string;
  gebruikerId: string;
  naam: string;
  sectie: string | null;
  bewerkt: boolean;
}
const aanwezigen = (m: LiveMessage) => m.aanwezigen as Aanwezige[];
const isSectie = (sleutel: string, versie?: number) => (m: LiveMessage) =>
  m.type === 'sectie' && m.id === sleutel && (versie === undefined || m.versie === versie);

async function demoWorkspace(client: HttpClient): Promise<string> {
  const list = await client.get('/werkruimtes');
  const found = (list.body.werkruimtes as { id: string; naam: string }[]).find((w) => w.naam === DEMO_WERKRUIMTE);
  if (!found) throw new Error(`Demowerkruimte niet gevonden: ${JSON.stringify(list.body)}`);
  return found.id;
}

async function patchTekst(client: HttpClient, ws: string, sleutel: string, tekst: string) {
  const res = await client.writeCurrent('PATCH', `/werkruimtes/${ws}/secties/${sleutel}`, { tekst, persoonsgegevensGecontroleerd: true });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.versie as number;
}

const kinds = vereist('DATABASE_URL') ? (['pglite', 'postgresql'] as const) : (['pglite'] as const);

describe.each(kinds)('realtime binnen één serverproces (%s)', (kind) => {
  let server: ServerProcess;
  let drop: (() => Promise<void>) | undefined;
  let ws: string;
  const as = {} as Record<Rol, HttpClient>;
  const open: LiveClient[] = [];
  const live = async (rol: Rol, werkruimte = ws) => {
    const c = await LiveClient.connect(server.url, werkruimte, as[rol].cookie);
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    const database = await databaseVoor(kind);
    const databaseUrl = database.databaseUrl;
    drop = database.drop;
    server = await startServerProcess({ databaseUrl });
    for (const r of rollen) as[r] = await HttpClient.signIn(server.url, mail(r));
    ws = await demoWorkspace(as.coordinator);
  });
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
  });
  afterAll(async () => {
    await stopAllServers();
    await drop?.();
  });

  it('kondigt een sectiewijziging via HTTP binnen een seconde aan bij een ander lid, met sleutel en nieuwe versie', async () => {
    const coordinator = await live('coordinator');
    const redacteur = await live('redacteur');
    const start = Date.now();
    const versie = await patchTekst(as.redacteur, ws, 'thema-1.1', `Nieuwe analyse ${start}`);
    // Normally within milliseconds; the generous wait keeps a busy test machine from failing it.
    const bericht = await coordinator.waitFor(isSectie('thema-1.1', versie), WAIT);
    // Only what a client needs to refetch; no internal fields (vertrouwelijk, gebruikerId).
    expect(bericht).toEqual({ type: 'sectie', werkruimteId: ws, id: 'thema-1.1', versie });
    // The writer's own other tabs hear it too.
    await redacteur.waitFor(isSectie('thema-1.1', versie), WAIT);
    // Refetching after the announcement gives (at least) the announced version.
    const opgehaald = await as.coordinator.get(`/werkruimtes/${ws}/secties/thema-1.1`);
    expect(opgehaald.body.versie).toBeGreaterThanOrEqual(versie);
    expect(opgehaald.body.tekst).toBe(`Nieuwe analyse ${start}`);

    const plaatsen = await as.coordinator.call('POST', `/werkruimtes/${ws}/secties/thema-1.1/opmerkingen`, { tekst: 'Graag cijfers van 2024 toevoegen.' });
    expect(plaatsen.status).toBe(201);
    const opmerking = await redacteur.waitFor((m) => m.type === 'opmerking' && m.id === 'thema-1.1', WAIT);
    expect(opmerking.versie).toBe(plaatsen.body.versie);
    coordinator.close();
    redacteur.close();
  });

  it('deelt wie welke sectie bekijkt of bewerkt, en wie weggaat', async () => {
    const coordinator = await live('coordinator');
    const redacteur = await live('redacteur');
    const beide = await redacteur.waitFor(
      (m) => m.type === 'aanwezigheid' && [coordinator.connectionId, redacteur.connectionId].every((id) => aanwezigen(m).some((a) => a.verbinding === id)),
      WAIT,
    );
    expect(aanwezigen(beide).find((a) => a.verbinding === coordinator.connectionId)).toMatchObject({ naam: 'Carla Coördinator', sectie: null, bewerkt: false });

    redacteur.send({ type: 'aanwezigheid', sectie: 'thema-1.1', bewerkt: true });
    const bewerkt = await coordinator.waitFor(
      (m) => m.type === 'aanwezigheid' && aanwezigen(m).some((a) => a.verbinding === redacteur.connectionId && a.sectie === 'thema-1.1' && a.bewerkt),
      WAIT,
    );
    expect(aanwezigen(bewerkt).find((a) => a.verbinding === redacteur.connectionId)!.naam).toBe('Ruben Redacteur');

    const vanaf = coordinator.messages.length;
    redacteur.close();
    await coordinator.waitFor((m) => m.type === 'aanwezigheid' && !aanwezigen(m).some((a) => a.verbinding === redacteur.connectionId), WAIT, vanaf);
    coordinator.close();
  });

  it('toont niet aan wie zonder toegang dat iemand een vertrouwelijke sectie bewerkt, ook niet na activiteit in een andere werkruimte', async () => {
    const partner = await live('partner');
    const redacteur = await live('redacteur');
    const coordinator = await live('coordinator');
    partner.send({ type: 'aanwezigheid', sectie: 'thema-5.2', bewerkt: true });
    const partnerBij = (m: LiveMessage) => aanwezigen(m).find((a) => a.verbinding === partner.connectionId);
    await coordinator.waitFor((m) => m.type === 'aanwezigheid' && partnerBij(m)?.sectie === 'thema-5.2' && partnerBij(m)?.bewerkt === true, WAIT);
    const gezien = await redacteur.waitFor((m) => m.type === 'aanwezigheid' && partnerBij(m) !== undefined, WAIT);
    expect(partnerBij(gezien)).toMatchObject({ sectie: null, bewerkt: false });

    // Presence in another workspace, where thema-5.2 is not confidential, must not change what
    // the members of the demo workspace are shown.
    const tweede = await as.coordinator.call('POST', '/werkruimtes', {
      soort: 'project',
      naam: `Project cameratoezicht ${Date.now()}`,
      gemeentecode: 'GM0193',
      periodeStart: 2026,
      periodeEinde: 2027,
    });
    expect(tweede.status).toBe(201);
    const elders = await live('coordinator', tweede.body.id as string);
    elders.send({ type: 'aanwezigheid', sectie: 'thema-5.2', bewerkt: true });
    await elders.waitFor((m) => m.type === 'aanwezigheid' && aanwezigen(m).some((a) => a.sectie === 'thema-5.2'), WAIT);

    // Someone joins the demo workspace: everyone there gets the presence list again.
    const lezer = await live('lezer');
    const naJoin = await redacteur.waitFor((m) => m.type === 'aanwezigheid' && aanwezigen(m).some((a) => a.verbinding === lezer.connectionId), WAIT);
    expect(partnerBij(naJoin)).toMatchObject({ sectie: null, bewerkt: false });
    const lezerZiet = await lezer.waitFor((m) => m.type === 'aanwezigheid' && partnerBij(m) !== undefined, WAIT);
    expect(partnerBij(lezerZiet)).toMatchObject({ sectie: null, bewerkt: false });
    for (const c of [partner, redacteur, coordinator, elders, lezer]) c.close();
  });

  it('stuurt een wijziging van een vertrouwelijke sectie alleen naar leden met toegang', async () => {
    const redacteur = await live('redacteur'); // no clearance in the demo
    const lezer = await live('lezer'); // no clearance in the demo
    const partner = await live('partner'); // police, clearance, thema-5.2 assigned to them
    const coordinator = await live('coordinator');

    const versie = await patchTekst(as.partner, ws, 'thema-5.2', `Ondermijning: beeld van het basisteam ${Date.now()}`);
    await coordinator.waitFor(isSectie('thema-5.2', versie), WAIT);
    await partner.waitFor(isSectie('thema-5.2', versie), WAIT);
    const opmerking = await as.coordinator.call('POST', `/werkruimtes/${ws}/secties/thema-5.2/opmerkingen`, { tekst: 'Afstemmen met het RIEC.' });
    expect(opmerking.status).toBe(201);
    await partner.waitFor((m) => m.type === 'opmerking' && m.id === 'thema-5.2', WAIT);

    // A later public change is delivered after the confidential ones; once it has arrived, the
    // confidential ones would have arrived too if they were sent.
    const openbaar = await patchTekst(as.coordinator, ws, 'thema-1.2', `Openbare analyse ${Date.now()}`);
    for (const zonder of [redacteur, lezer]) {
      await zonder.waitFor(isSectie('thema-1.2', openbaar), WAIT);
      await new Promise((r) => setTimeout(r, 100));
      expect(JSON.stringify(zonder.messages)).not.toContain('thema-5.2');
    }
    for (const c of [redacteur, lezer, partner, coordinator]) c.close();
  });

  it('sluit de verbinding van een lid waarvan de toegang wordt ingetrokken; daarna komt er niets vertrouwelijks meer', async () => {
    const partner = await live('partner');
    const coordinator = await live('coordinator');
    const leden = (await as.coordinator.get(`/werkruimtes/${ws}/leden`)).body.leden as { gebruikerId: string; email: string; versie: number }[];
    const lid = leden.find((l) => l.email === mail('partner'))!;
    const intrekken = await as.coordinator.call('PATCH', `/werkruimtes/${ws}/leden/${lid.gebruikerId}`, { vertrouwelijkToegang: false }, { 'If-Match': `"${lid.versie}"` });
    expect(intrekken.status, JSON.stringify(intrekken.body)).toBe(200);
    expect(intrekken.body.vertrouwelijkToegang).toBe(false);
    const gesloten = await Promise.race([partner.closed, new Promise((r) => setTimeout(() => r('open'), WAIT))]);
    expect(gesloten).toMatchObject({ code: 4001 });

    const opnieuw = await live('partner');
    const versie = await patchTekst(as.coordinator, ws, 'thema-5.2', `Ondermijning, bijgewerkt ${Date.now()}`);
    await coordinator.waitFor(isSectie('thema-5.2', versie), WAIT);
    const openbaar = await patchTekst(as.coordinator, ws, 'thema-1.2', `Openbaar, bijgewerkt ${Date.now()}`);
    await opnieuw.waitFor(isSectie('thema-1.2', openbaar), WAIT);
    await new Promise((r) => setTimeout(r, 100));
    expect(JSON.stringify(opnieuw.messages)).not.toContain('thema-5.2');
    opnieuw.close();
    coordinator.close();
  });

  it('weigert een upgrade zonder sessie, van een niet-lid, voor een onbekende werkruimte en van een andere origin', async () => {
    const pad = `/api/v1/werkruimtes/${ws}/live`;
    expect(await upgradeStatus(server.url, pad, { Cookie: as.redacteur.cookie! }), 'een lid komt binnen').toBe(101);
    expect(await upgradeStatus(server.url, pad)).toBe(401);
    expect(await upgradeStatus(server.url, pad, { Cookie: 'kernplan_sessie=verzonnen' })).toBe(401);
    expect(await upgradeStatus(server.url, pad, { Cookie: as.redacteur.cookie!, Origin: 'https://aanvaller.example' })).toBe(403);
    // A malformed Origin (a sandboxed frame sends 'null') is another origin: 403, not a server error.
    expect(await upgradeStatus(server.url, pad, { Cookie: as.redacteur.cookie!, Origin: 'null' })).toBe(403);

    // The redacteur is no member of a workspace the coordinator creates.
    const eigen = await as.coordinator.call('POST', '/werkruimtes', { soort: 'project', naam: `Project ${Date.now()}`, gemeentecode: 'GM0193', periodeStart: 2026, periodeEinde: 2027 });
    expect(eigen.status).toBe(201);
    const anderPad = `/api/v1/werkruimtes/${eigen.body.id as string}/live`;
    expect(await upgradeStatus(server.url, anderPad, { Cookie: as.coordinator.cookie! })).toBe(101);
    expect(await upgradeStatus(server.url, anderPad, { Cookie: as.redacteur.cookie! })).toBe(403);
    expect(await upgradeStatus(server.url, '/api/v1/werkruimtes/00000000-0000-4000-8000-000000000000/live', { Cookie: as.redacteur.cookie! })).toBe(403);
    await expect(LiveClient.connect(server.url, eigen.body.id as string, as.redacteur.cookie)).rejects.toThrow(/403/);
  });
});

describe.skipIf(!vereist('DATABASE_URL'))('realtime over twee serverprocessen op één PostgreSQL-database', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let drop: () => Promise<void>;
  const open: LiveClient[] = [];

  beforeAll(async () => {
    const db = await createPgDatabase();
    drop = db.drop;
    // A creates and seeds the fresh database; B starts on it only after A listens.
    a = await startServerProcess({ databaseUrl: db.url });
    b = await startServerProcess({ databaseUrl: db.url });
  });
  afterAll(async () => {
    for (const c of open) c.close();
    await stopAllServers();
    await drop?.();
  });

  it('seedt de demo één keer en bezorgt een wijziging via A aan een websocket op B (en andersom)', async () => {
    const coordinatorA = await HttpClient.signIn(a.url, mail('coordinator'));
    const redacteurB = await HttpClient.signIn(b.url, mail('redacteur'));
    const partnerB = await HttpClient.signIn(b.url, mail('partner'));

    const werkruimtes = (await coordinatorA.get('/werkruimtes')).body.werkruimtes as { naam: string }[];
    expect(werkruimtes.map((w) => w.naam)).toEqual([DEMO_WERKRUIMTE, 'Veilig stationsgebied Dijkstede 2027-2028']);
    const ws = await demoWorkspace(coordinatorA);
    const leden = (await redacteurB.get(`/werkruimtes/${ws}/leden`)).body.leden as unknown[];
    expect(leden).toHaveLength(9);

    const redLive = await LiveClient.connect(b.url, ws, redacteurB.cookie);
    const partnerLive = await LiveClient.connect(b.url, ws, partnerB.cookie);
    const coordLive = await LiveClient.connect(a.url, ws, coordinatorA.cookie);
    open.push(redLive, partnerLive, coordLive);

    const tekst = `Analyse via proces A ${Date.now()}`;
    const versie = await patchTekst(coordinatorA, ws, 'thema-1.1', tekst);
    expect(await redLive.waitFor(isSectie('thema-1.1', versie), WAIT)).toEqual({ type: 'sectie', werkruimteId: ws, id: 'thema-1.1', versie });
    const opB = await redacteurB.get(`/werkruimtes/${ws}/secties/thema-1.1`);
    expect(opB.body.versie).toBeGreaterThanOrEqual(versie);
    expect(opB.body.tekst).toBe(tekst);

    const terug = await patchTekst(redacteurB, ws, 'thema-1.1', `Analyse via proces B ${Date.now()}`);
    await coordLive.waitFor(isSectie('thema-1.1', terug), WAIT);

    // Confidential changes cross processes only to members with clearance.
    const geheim = await patchTekst(coordinatorA, ws, 'thema-5.2', `Ondermijning via A ${Date.now()}`);
    await partnerLive.waitFor(isSectie('thema-5.2', geheim), WAIT);
    const openbaar = await patchTekst(coordinatorA, ws, 'thema-1.2', `Openbaar via A ${Date.now()}`);
    await redLive.waitFor(isSectie('thema-1.2', openbaar), WAIT);
    await new Promise((r) => setTimeout(r, 200));
    expect(JSON.stringify(redLive.messages)).not.toContain('thema-5.2');

    expect(a.output()).not.toMatch(/error|fout/i);
    expect(b.output()).not.toMatch(/error|fout/i);
  });
});
