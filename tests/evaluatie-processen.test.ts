/**
 * Evaluations (issue 19, point 2) with two server processes on one PostgreSQL database: two people
 * saving a verdict on the same evaluation with the same If-Match, one on each process, at once: one
 * gets 200, the other 412 with the evaluation as it is now; nothing is lost silently.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createPgDatabase, HttpClient, type ServerProcess, startServerProcess, stopAllServers } from './support/server-process.ts';
import { vereist } from './support/vereist.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;

afterAll(async () => {
  await stopAllServers();
});

describe.skipIf(!vereist('DATABASE_URL'))('evaluaties met twee serverprocessen op PostgreSQL', () => {
  it('laat van twee gelijktijdige oordelen met dezelfde versie er één winnen; de ander krijgt 412', { timeout: 300_000 }, async () => {
    const db = await createPgDatabase({ demo: true });
    const servers: ServerProcess[] = [];
    try {
      servers.push(await startServerProcess({ databaseUrl: db.url, timeoutMs: 150_000 }));
      servers.push(await startServerProcess({ databaseUrl: db.url, timeoutMs: 150_000 }));
      const [a, b] = servers as [ServerProcess, ServerProcess];
      const auditor = await HttpClient.signIn(a.url, mail('auditor'));
      const coordinator = (await HttpClient.signIn(a.url, mail('coordinator'))).on(b.url);
      const ws = ((await auditor.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
      const nieuw = await auditor.call('POST', `/werkruimtes/${ws}/evaluaties`, { naam: 'Audit met twee', uitvoerder: 'interne-audit' });
      expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(201);
      const pad = `/werkruimtes/${ws}/evaluaties/${nieuw.body.id as string}`;

      for (let ronde = 0; ronde < 5; ronde++) {
        const versie = `"${ronde + 1}"`;
        const [x, y] = await Promise.all([
          auditor.call('PUT', `${pad}/normen/1.1`, { oordeel: 'voldoet', toelichting: `Auditor, ronde ${ronde}` }, { 'If-Match': versie }),
          coordinator.call('PUT', `${pad}/normen/1.2`, { oordeel: 'voldoet-niet', toelichting: `Coördinator, ronde ${ronde}` }, { 'If-Match': versie }),
        ]);
        const statussen = [x.status, y.status].sort();
        expect(statussen, JSON.stringify([x.body, y.body])).toEqual([200, 412]);
        const verliezer = x.status === 412 ? x : y;
        expect(verliezer.body.detail).toMatch(/Iemand anders/);
        expect((verliezer.body.huidig as { versie: number }).versie).toBe(ronde + 2);
        // Both processes give the same, current version.
        for (const s of servers) {
          const r = await auditor.on(s.url).get(pad);
          expect(r.headers.get('ETag')).toBe(`"${ronde + 2}"`);
        }
      }
    } finally {
      for (const s of servers) await s.kill();
      await db.drop();
    }
  });
});
