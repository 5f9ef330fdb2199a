/**
 * The council's questions and reports (issue 15, point 3) with two server processes on one PostgreSQL
 * database: coordinators on both processes answering the same question with the same If-Match (one
 * wins, the others get 412 with the answer that won, nothing is lost silently); a council member
 * connected to the other process hears of the answer live; offering the same report from both
 * processes at once freezes it once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createPgDatabase, HttpClient, LiveClient, type ServerProcess, startServerProcess, stopAllServers } from './support/server-process.ts';
import { vereist } from './support/vereist.ts';

const N = 10;
const mail = (rol: string) => `${rol}@demo.kernplan.nl`;

afterAll(async () => {
  await stopAllServers();
});

describe.skipIf(!vereist('DATABASE_URL'))('raadsvragen en rapportages aan de raad met twee serverprocessen op PostgreSQL', () => {
  it('laat van gelijktijdige antwoorden er precies één winnen, meldt het live aan de raad en bevriest een rapportage één keer', { timeout: 300_000 }, async () => {
    const db = await createPgDatabase({ demo: true });
    const servers: ServerProcess[] = [];
    try {
      servers.push(await startServerProcess({ databaseUrl: db.url, timeoutMs: 150_000 }));
      servers.push(await startServerProcess({ databaseUrl: db.url, timeoutMs: 150_000 }));
      const [a, b] = servers as [ServerProcess, ServerProcess];
      const coordinator = await HttpClient.signIn(a.url, mail('coordinator'));
      const coordinatoren = [coordinator, coordinator.on(b.url)];
      const raad = await HttpClient.signIn(a.url, mail('raad'));
      const ws = ((await coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;

      // The council member listens on the other process.
      const live = await LiveClient.connect(b.url, ws, raad.cookie);
      const vraag = await raad.call('POST', `/werkruimtes/${ws}/raadsvragen`, { prioriteitId: 'p2', vraag: 'Waarom loopt de camerapilot in het stationsgebied vertraging op?' });
      expect(vraag.status, JSON.stringify(vraag.body)).toBe(201);
      const vraagId = vraag.body.id as string;
      await live.waitFor((m) => m.type === 'werkruimte' && m.id === 'raadsvragen', 10_000);
      const vanaf = live.messages.length;

      const pad = `/werkruimtes/${ws}/raadsvragen/${vraagId}/antwoord`;
      const antwoorden = await Promise.all(
        Array.from({ length: N }, (_, i) => coordinatoren[i % 2]!.call('PUT', pad, { antwoord: `Antwoord ${i}: de aanbesteding liep uit.` }, { 'If-Match': '"1"' })),
      );
      const statussen = antwoorden.map((r) => r.status);
      const winnaars = statussen.flatMap((s, i) => (s === 200 ? [i] : []));
      expect(winnaars, JSON.stringify(statussen)).toHaveLength(1);
      expect(statussen.filter((s) => s === 412), JSON.stringify(statussen)).toHaveLength(N - 1);
      const winnaar = `Antwoord ${winnaars[0]}: de aanbesteding liep uit.`;
      for (const r of antwoorden.filter((x) => x.status === 412)) expect((r.body.huidig as { antwoord: string }).antwoord).toBe(winnaar);

      // Both processes give the stored answer, at version 2; the council member got one notification.
      for (const s of servers) {
        const lijst = (await raad.on(s.url).get(`/werkruimtes/${ws}/raadsvragen`)).body.vragen as { id: string; antwoord: string; versie: number }[];
        expect(lijst.find((v) => v.id === vraagId)).toMatchObject({ antwoord: winnaar, versie: 2 });
      }
      await live.waitFor((m) => m.type === 'werkruimte' && m.id === 'raadsvragen' && m.versie === 2, 10_000, vanaf);
      const meldingen = (await raad.get('/meldingen')).body.meldingen as { pad: string; tekst: string }[];
      expect(meldingen.filter((m) => m.pad === `raad#vraag-${vraagId}`)).toHaveLength(1);
      live.close();

      // Offering the same report from both processes at once: one version, the others 409.
      const aanbod = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          coordinatoren[i % 2]!.call('POST', `/werkruimtes/${ws}/voortgangsrapportages/2027-K1/raadsbehandelingen`, { soort: 'aangeboden', datum: '2026-11-20' }),
        ),
      );
      const aanbodStatussen = aanbod.map((r) => r.status);
      expect(aanbodStatussen.filter((s) => s === 201), JSON.stringify(aanbodStatussen)).toHaveLength(1);
      expect(aanbodStatussen.filter((s) => s === 409), JSON.stringify(aanbodStatussen)).toHaveLength(N - 1);
      const rapportage = await raad.on(b.url).get(`/werkruimtes/${ws}/voortgangsrapportages/2027-K1`);
      expect(rapportage.status).toBe(200);
      expect((rapportage.body.raad as { versies: unknown[] }).versies).toHaveLength(1);
    } finally {
      for (const s of servers) await s.kill();
      await db.drop();
    }
  });
});
