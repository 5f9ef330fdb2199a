/**
 * The public questionnaire (issue 18) with two server processes on one PostgreSQL database: a
 * challenge handed out by one process is accepted by the other (the signing secret lives in the
 * database), and one proof of work sent to both processes at once counts exactly once.
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { nulBits } from '../src/domain/inwoners/inwoners.ts';
import { createPgDatabase, HttpClient, type ServerProcess, startServerProcess, stopAllServers } from './support/server-process.ts';
import { vereist } from './support/vereist.ts';

const N = 10;
const dag = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

afterAll(async () => {
  await stopAllServers();
});

describe.skipIf(!vereist('DATABASE_URL'))('de openbare vragenlijst met twee serverprocessen op PostgreSQL', () => {
  it('aanvaardt een uitdaging van het ene proces bij het andere, en telt één bewijs precies één keer', { timeout: 300_000 }, async () => {
    const db = await createPgDatabase({ demo: true });
    const servers: ServerProcess[] = [];
    try {
      servers.push(await startServerProcess({ databaseUrl: db.url, timeoutMs: 150_000 }));
      servers.push(await startServerProcess({ databaseUrl: db.url, timeoutMs: 150_000 }));
      const [a, b] = servers as [ServerProcess, ServerProcess];
      const coordinator = await HttpClient.signIn(a.url, 'coordinator@demo.kernplan.nl');
      const ws = ((await coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
      const open = await coordinator.call('POST', `/werkruimtes/${ws}/vragenlijsten`, { titel: 'Buurtpeiling', start: dag(-1), einde: dag(7) });
      expect(open.status, JSON.stringify(open.body)).toBe(201);
      const id = open.body.id as string;
      const anoniem = [new HttpClient(a.url, null, null), new HttpClient(b.url, null, null)];

      const los = (uitdaging: string, bits: number) => {
        let n = 0;
        while (nulBits(createHash('sha256').update(uitdaging + n.toString(36)).digest()) < bits) n++;
        return n.toString(36);
      };
      // From A, answered at B.
      const vanA = (await anoniem[0]!.get(`/vragenlijsten/${id}`)).body.bewijs as { uitdaging: string; bits: number };
      const bijB = await anoniem[1]!.call('POST', `/vragenlijsten/${id}/antwoorden`, { keuzes: ['inbraak'], uitdaging: vanA.uitdaging, nonce: los(vanA.uitdaging, vanA.bits) });
      expect(bijB.status, JSON.stringify(bijB.body)).toBe(201);

      // One proof, sent N times to both processes at once: one counts, the others get 409.
      const bewijs = (await anoniem[1]!.get(`/vragenlijsten/${id}`)).body.bewijs as { uitdaging: string; bits: number };
      const nonce = los(bewijs.uitdaging, bewijs.bits);
      const antwoorden = await Promise.all(
        Array.from({ length: N }, (_, i) => anoniem[i % 2]!.call('POST', `/vragenlijsten/${id}/antwoorden`, { keuzes: ['jongeren'], uitdaging: bewijs.uitdaging, nonce })),
      );
      const statussen = antwoorden.map((r) => r.status).sort();
      expect(statussen).toEqual([201, ...Array<number>(N - 1).fill(409)]);

      for (const s of servers) {
        const overzicht = (await coordinator.on(s.url).get(`/werkruimtes/${ws}/inwoners`)).body.vragenlijsten as { id: string; antwoorden: number }[];
        expect(overzicht.find((l) => l.id === id)!.antwoorden).toBe(2);
      }
    } finally {
      for (const s of servers) await s.kill();
      await db.drop();
    }
  });
});
