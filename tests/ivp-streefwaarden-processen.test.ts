/**
 * Issue 15 (targets the council adopts, the council term) over two server processes on one PostgreSQL
 * database: the coordinator's reasons for priorities without a target are a versioned part, so of N
 * writers with the same If-Match spread over both processes exactly one wins and the others get 412;
 * a reason recorded on one process lets the Raad adopt the IVP on the other at once (no stale answer
 * from the response cache), and the coalition agreement set on one process shows in the other's
 * overview of the cycle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgDatabase, HttpClient, type ServerProcess, startServerProcess, stopAllServers } from './support/server-process.ts';
import { vereist } from './support/vereist.ts';

const N = 10;

describe.skipIf(!vereist('DATABASE_URL'))('streefwaarden en raadsperiode over twee serverprocessen op PostgreSQL', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let drop: (() => Promise<void>) | undefined;
  let ws: string;
  let opA: HttpClient;
  let opB: HttpClient;

  beforeAll(async () => {
    const db = await createPgDatabase({ demo: true });
    drop = db.drop;
    a = await startServerProcess({ databaseUrl: db.url });
    b = await startServerProcess({ databaseUrl: db.url });
    opA = await HttpClient.signIn(a.url, 'coordinator@demo.kernplan.nl');
    opB = opA.on(b.url);
    ws = ((await opA.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
  }, 120_000);
  afterAll(async () => {
    await stopAllServers();
    await drop?.();
  });

  it('de redenen: van N schrijvers met dezelfde If-Match wint er precies één, ook bij de eerste opslag', async () => {
    const pad = `/werkruimtes/${ws}/uitzonderingen`;
    expect((await opA.call('PUT', pad, {})).status).toBe(428);
    for (const versie of [0, 1]) {
      const antwoorden = await Promise.all(
        Array.from({ length: N }, (_, i) => (i % 2 === 0 ? opA : opB).call('PUT', pad, { p2: { reden: `Reden van schrijver ${i}, ronde ${versie}.` } }, { 'If-Match': `"${versie}"` })),
      );
      const statussen = antwoorden.map((r) => r.status);
      expect(statussen.filter((s) => s === 200), JSON.stringify(statussen)).toHaveLength(1);
      expect(statussen.filter((s) => s === 412)).toHaveLength(N - 1);
      const winnaar = statussen.indexOf(200);
      for (const op of [opA, opB]) {
        const na = await op.get(pad);
        expect(na.etag).toBe(`"${versie + 1}"`);
        expect(na.body.inhoud).toEqual({ p2: { reden: `Reden van schrijver ${winnaar}, ronde ${versie}.` } });
      }
    }
  });

  it('een reden op het ene proces laat de Raad op het andere proces meteen vaststellen; het coalitieakkoord is meteen overal', async () => {
    const nieuw = await opA.call('POST', '/werkruimtes', { naam: `IVP processen ${Date.now()}`, gemeentecode: 'GM0193', periodeStart: 2027, periodeEinde: 2030 });
    expect(nieuw.status).toBe(201);
    const w = nieuw.body.id as string;
    expect((await opA.call('PUT', `/werkruimtes/${w}/prioriteiten`, [{ titel: 'Woninginbraak', themaIds: ['1.3'] }], { 'If-Match': '"0"' })).status).toBe(200);
    const vaststellen = (op: HttpClient) => op.call('POST', `/werkruimtes/${w}/documenten/ivp/besluiten`, { soort: 'vastgesteld', orgaan: 'Raad', datum: '2027-03-11' });

    // Both processes read the plan check (and keep the answer) before the reason exists.
    for (const op of [opA, opB]) {
      const check = (await op.get(`/werkruimtes/${w}/plancheck`)).body.bevindingen as { code: string }[];
      expect(check.some((x) => x.code === 'prioriteit-zonder-streefwaarde')).toBe(true);
    }
    expect((await vaststellen(opB)).status).toBe(422);
    expect((await opA.call('PUT', `/werkruimtes/${w}/uitzonderingen`, { p1: { reden: 'De nulmeting volgt uit de Veiligheidsmonitor 2027.' } }, { 'If-Match': '"0"' })).status).toBe(200);
    const check = (await opB.get(`/werkruimtes/${w}/plancheck`)).body.bevindingen as { code: string }[];
    expect(check.some((x) => x.code === 'prioriteit-zonder-streefwaarde')).toBe(false);
    expect(check.some((x) => x.code === 'prioriteit-zonder-streefwaarde-met-reden')).toBe(true);
    expect((await vaststellen(opB)).status).toBe(201);

    expect(((await opB.get(`/werkruimtes/${w}/cyclus`)).body.raadsperiode as { coalitieakkoord: string | null }).coalitieakkoord).toBeNull();
    const etag = (await opA.get(`/werkruimtes/${w}`)).etag!;
    expect((await opA.call('PATCH', `/werkruimtes/${w}`, { coalitieakkoord: '2026-06-10' }, { 'If-Match': etag })).status).toBe(200);
    expect(((await opB.get(`/werkruimtes/${w}/cyclus`)).body.raadsperiode as { coalitieakkoord: string | null }).coalitieakkoord).toBe('2026-06-10');
    expect((await opB.get(`/werkruimtes/${w}`)).body.coalitieakkoord).toBe('2026-06-10');
  });
});
