/**
 * The prioritisation round (issue 15) over two server processes on one PostgreSQL database: three
 * council members submit their rankings at the same moment, spread over both processes; the result
 * (read from either process) combines all three, and the live announcement of a submission reaches a
 * websocket client connected to the other process. While they submit, the coordinator closes the
 * round on the other process: a ranking is either counted or refused with 409, never lost halfway.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgDatabase, HttpClient, LiveClient, type ServerProcess, startServerProcess, stopAllServers } from './support/server-process.ts';
import { vereist } from './support/vereist.ts';

const RAADSLEDEN = ['raad@demo.kernplan.nl', 'raadslid2@demo.kernplan.nl', 'raadslid3@demo.kernplan.nl'];
const WAIT = 8000;

interface Uitslag {
  aantalUitgenodigd: number;
  aantalDeelnemers: number;
  themas: { themaId: string; score: number; aantalDeelnemers: number; argumenten: { tekst: string; door: string | null }[] }[];
}

describe.skipIf(!vereist('DATABASE_URL'))('prioriteringsronde over twee serverprocessen op PostgreSQL', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let drop: (() => Promise<void>) | undefined;
  let ws: string;
  let coordinator: HttpClient;
  const open: LiveClient[] = [];

  beforeAll(async () => {
    const db = await createPgDatabase({ demo: true });
    drop = db.drop;
    a = await startServerProcess({ databaseUrl: db.url });
    b = await startServerProcess({ databaseUrl: db.url });
    coordinator = await HttpClient.signIn(a.url, 'coordinator@demo.kernplan.nl');
    ws = ((await coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
  }, 120_000);
  afterAll(async () => {
    for (const c of open) c.close();
    await stopAllServers();
    await drop?.();
  });

  async function nieuweRonde(): Promise<string> {
    const r = await coordinator.call('POST', `/werkruimtes/${ws}/prioriteringsrondes`, { naam: `Raadssessie ${Date.now()}`, themaIds: ['1.4', '2.1', '4.1'] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  }

  it('drie raadsleden tegelijk op twee processen: de uitslag telt ze alle drie; de melding bereikt een websocket op het andere proces', async () => {
    const ronde = await nieuweRonde();
    // The coordinator watches the room on process B; the council members submit via A, B and A.
    const live = await LiveClient.connect(b.url, ws, coordinator.cookie);
    open.push(live);
    const raadsleden = await Promise.all(RAADSLEDEN.map((m, i) => HttpClient.signIn(i % 2 === 0 ? a.url : b.url, m)));
    const rangordes = [
      [{ themaId: '1.4', argument: 'Inwoners voelen zich onveilig.' }, { themaId: '2.1' }, { themaId: '4.1' }],
      [{ themaId: '2.1', argument: 'Winkeliers melden overlast.' }, { themaId: '1.4' }],
      [{ themaId: '1.4', argument: 'Veel meldingen in de wijk.' }],
    ];
    const vanaf = live.messages.length;
    const antwoorden = await Promise.all(raadsleden.map((c, i) => c.call('PUT', `/werkruimtes/${ws}/prioriteringsrondes/${ronde}/mijn-rangorde`, { rangorde: rangordes[i] })));
    expect(antwoorden.map((r) => r.status), JSON.stringify(antwoorden.map((r) => r.body))).toEqual([200, 200, 200]);

    // Process A's submissions reach the socket on B (and B's own too).
    await live.waitFor((m) => m.type === 'werkruimte' && m.id === `prioriteringsronde:${ronde}`, WAIT, vanaf);
    const deadline = Date.now() + WAIT;
    while (live.messages.slice(vanaf).filter((m) => m.id === `prioriteringsronde:${ronde}`).length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(live.messages.slice(vanaf).filter((m) => m.id === `prioriteringsronde:${ronde}`)).toHaveLength(3);

    for (const url of [a.url, b.url]) {
      const r = await coordinator.on(url).get(`/werkruimtes/${ws}/prioriteringsrondes/${ronde}/uitslag`);
      expect(r.status).toBe(200);
      const u = r.body as unknown as Uitslag;
      expect(u.aantalUitgenodigd).toBe(3);
      expect(u.aantalDeelnemers).toBe(3);
      expect(u.themas.map((t) => [t.themaId, t.score, t.aantalDeelnemers])).toEqual([
        ['1.4', 8, 3],
        ['2.1', 5, 2],
        ['4.1', 1, 1],
      ]);
      expect(u.themas[0]!.argumenten.map((x) => x.door).sort()).toEqual(['Jeroen Bakker', 'Rosa Raadslid']);
    }
  });

  it('sluiten terwijl er wordt ingevuld: elke rangorde telt mee of krijgt 409, niets half', async () => {
    const ronde = await nieuweRonde();
    const raadsleden = await Promise.all(RAADSLEDEN.map((m, i) => HttpClient.signIn(i % 2 === 0 ? a.url : b.url, m)));
    const etag = (await coordinator.get(`/werkruimtes/${ws}/prioriteringsrondes/${ronde}`)).etag!;
    const [sluiten, ...rangschikken] = await Promise.all([
      coordinator.on(b.url).call('PATCH', `/werkruimtes/${ws}/prioriteringsrondes/${ronde}`, { status: 'gesloten' }, { 'If-Match': etag }),
      ...raadsleden.map((c) => c.call('PUT', `/werkruimtes/${ws}/prioriteringsrondes/${ronde}/mijn-rangorde`, { rangorde: [{ themaId: '2.1' }] })),
    ]);
    expect(sluiten!.status).toBe(200);
    for (const r of rangschikken) expect([200, 409]).toContain(r.status);
    const u = (await coordinator.get(`/werkruimtes/${ws}/prioriteringsrondes/${ronde}/uitslag`)).body as unknown as Uitslag;
    expect(u.aantalDeelnemers).toBe(rangschikken.filter((r) => r.status === 200).length);
    // After the close, nobody gets in any more, on either process.
    const laat = await raadsleden[1]!.call('PUT', `/werkruimtes/${ws}/prioriteringsrondes/${ronde}/mijn-rangorde`, { rangorde: [{ themaId: '4.1' }] });
    expect(laat.status).toBe(409);
  });
});
