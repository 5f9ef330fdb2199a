/**
 * Agreements with partners and the Driehoek's capacity choices (issue 19, point 4) on the demo
 * workspace, on PGlite and (with DATABASE_URL) PostgreSQL: reading per role, writing with If-Match,
 * links checked against the plan, confidential measures hidden; and with two server processes on one
 * PostgreSQL database, concurrent changes with the same If-Match (one wins, the rest get 412).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { createPgDatabase, HttpClient, type ServerProcess, startServerProcess, stopAllServers } from '../../../tests/support/server-process.ts';
import { vereist } from '../../../tests/support/vereist.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'] as const;
type Rol = (typeof rollen)[number];

interface Afspraak {
  id: string;
  partner: string;
  status: string;
  maatregelIds: string[];
  prioriteitIds: string[];
  omschrijving: string;
  versie: number;
}

const nieuw = { partner: 'Veiligheidsregio IJsselland', soort: 'levering', omschrijving: 'Een risicoprofiel van het evenemententerrein.', status: 'in-voorbereiding', prioriteitIds: ['p2'], maatregelIds: ['m7'], vastgelegdIn: 'Mail van 1 december', termijn: '2027-04-01' };

describe.each(dbKinds)('afspraken met partners op %s', (kind) => {
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

  it('toont de demo-afspraken per partner met tellingen, suggesties en de keuzes van de Driehoek', async () => {
    const r = await als.coordinator.get(w('/afspraken'));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const afspraken = r.body.afspraken as Afspraak[];
    expect(afspraken.length).toBeGreaterThanOrEqual(8);
    const partners = new Set(afspraken.map((a) => a.partner));
    for (const p of ['Politie basisteam Dijkstede', 'GGD IJsselland', 'Woonstichting Dijkstede']) expect(partners).toContain(p);
    expect([...partners].some((p) => p.startsWith('Openbaar Ministerie'))).toBe(true);
    const overzicht = r.body.overzicht as { totaal: number; perPartner: { partner: string; totaal: number }[]; aandacht: number };
    expect(overzicht.totaal).toBe(afspraken.length);
    expect(overzicht.perPartner.find((p) => p.partner === 'Politie basisteam Dijkstede')!.totaal).toBe(4);
    expect(overzicht.aandacht).toBe(2);
    expect(r.body.partnerSuggesties).toEqual(expect.arrayContaining(['Gemeente Dijkstede', 'Politie basisteam Dijkstede', 'Woonstichting Dijkstede']));
    expect((r.body.capaciteitskeuzes as { capaciteit: string }[]).map((k) => k.capaciteit)).toContain('2 fte wijkagent, waarvan 16 uur per week in de Molenwijk');
    expect(r.body.mag).toEqual({ beheren: true });
    // The coordinator (with clearance) sees the link to the confidential measure m1.
    expect(afspraken.some((a) => a.maatregelIds.includes('m1'))).toBe(true);
    expect((r.body.maatregelen as { id: string }[]).map((m) => m.id)).toContain('m1');
  });

  it('laat vertrouwelijke maatregelen weg voor wie geen toegang vertrouwelijk heeft, en bewaart ze als hij opslaat', async () => {
    const lijst = (await als.redacteur.get(w('/afspraken'))).body;
    expect(JSON.stringify(lijst.afspraken)).not.toContain('"m1"');
    expect((lijst.maatregelen as { id: string }[]).map((m) => m.id)).not.toContain('m1');
    const a = (lijst.afspraken as Afspraak[]).find((x) => x.omschrijving.includes('Haven-Oost'))!;
    expect(a.maatregelIds).toEqual(['m2']);
    const enkel = await als.redacteur.get(w(`/afspraken/${a.id}`));
    expect(enkel.body.maatregelIds).toEqual(['m2']);
    // Sending m1 himself: it does not exist for him.
    const geheim = await als.redacteur.call('PUT', w(`/afspraken/${a.id}`), { ...a, maatregelIds: ['m1'] }, { 'If-Match': enkel.headers.get('ETag')! });
    expect(geheim.status).toBe(422);
    expect((geheim.body.invalidParams as { name: string }[])[0]!.name).toBe('maatregelIds[0]');
    // Saving what he sees keeps the hidden link.
    const put = await als.redacteur.call('PUT', w(`/afspraken/${a.id}`), { ...a, status: 'nagekomen' }, { 'If-Match': enkel.headers.get('ETag')! });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.maatregelIds).toEqual(['m2']);
    const coordinator = await als.coordinator.get(w(`/afspraken/${a.id}`));
    expect(coordinator.body).toMatchObject({ status: 'nagekomen', maatregelIds: ['m2', 'm1'] });
  });

  it('legt een afspraak vast, wijzigt haar met If-Match (428, 412) en verwijdert haar', async () => {
    const post = await als.redacteur.call('POST', w('/afspraken'), nieuw);
    expect(post.status, JSON.stringify(post.body)).toBe(201);
    expect(post.headers.get('ETag')).toBe('"1"');
    expect(post.body).toMatchObject({ partner: nieuw.partner, termijn: '2027-04-01', toelichting: '', versie: 1 });
    const pad = w(`/afspraken/${post.body.id}`);
    expect((await als.coordinator.call('PUT', pad, { ...nieuw, status: 'gemaakt' })).status).toBe(428);
    const ok = await als.coordinator.call('PUT', pad, { ...nieuw, status: 'gemaakt' }, { 'If-Match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('ETag')).toBe('"2"');
    const oud = await als.redacteur.call('PUT', pad, { ...nieuw, status: 'vervallen' }, { 'If-Match': '"1"' });
    expect(oud.status).toBe(412);
    expect(oud.body).toMatchObject({ huidigeVersie: 2, huidig: { status: 'gemaakt' } });
    expect((await als.redacteur.call('DELETE', pad, undefined, { 'If-Match': '"1"' })).status).toBe(412);
    expect((await als.redacteur.call('DELETE', pad, undefined, { 'If-Match': '"2"' })).status).toBe(204);
    expect((await als.coordinator.get(pad)).status).toBe(404);
    expect((await als.coordinator.call('PUT', pad, nieuw, { 'If-Match': '"2"' })).status).toBe(404);
  });

  it('controleert koppelingen en invoer tegen het plan, met het veld in de fout', async () => {
    const p = await als.coordinator.call('POST', w('/afspraken'), { ...nieuw, prioriteitIds: ['p2', 'p9'], maatregelIds: ['m99'] });
    expect(p.status).toBe(422);
    expect(p.headers.get('Content-Type')).toContain('application/problem+json');
    expect((p.body.invalidParams as { name: string }[]).map((x) => x.name)).toEqual(['prioriteitIds[1]', 'maatregelIds[0]']);
    expect(p.body.detail).toMatch(/koppelingen bestaan niet/);
    const leeg = await als.coordinator.call('POST', w('/afspraken'), { ...nieuw, partner: ' ', soort: 'geld' });
    expect([400, 422]).toContain(leeg.status);
    const namen = (leeg.body.invalidParams as { name: string }[]).map((x) => x.name);
    expect(namen).toEqual(expect.arrayContaining(['partner', 'soort']));
    const datum = await als.coordinator.call('POST', w('/afspraken'), { ...nieuw, termijn: '2027-02-30' });
    expect([400, 422]).toContain(datum.status);
    const k = await als.coordinator.call('POST', w('/capaciteitskeuzes'), { datum: '2026-12-01', onderwerp: 'Toezicht', keuze: 'Meer.', prioriteitIds: ['px'] });
    expect(k.status).toBe(422);
    expect((k.body.invalidParams as { name: string }[])[0]!.name).toBe('prioriteitIds[0]');
  });

  it('legt capaciteitskeuzes van de Driehoek vast en wijzigt ze met If-Match', async () => {
    const post = await als.coordinator.call('POST', w('/capaciteitskeuzes'), { datum: '2026-12-09', onderwerp: 'Uitgaansnachten', keuze: 'Extra surveillance in het Havenkwartier.', capaciteit: '4 agenten per nacht', prioriteitIds: ['p2'] });
    expect(post.status, JSON.stringify(post.body)).toBe(201);
    const pad = w(`/capaciteitskeuzes/${post.body.id}`);
    expect((await als.lezer.get(pad)).body).toMatchObject({ datum: '2026-12-09', capaciteit: '4 agenten per nacht' });
    expect((await als.redacteur.call('PUT', pad, { ...post.body, capaciteit: '6 agenten' })).status).toBe(428);
    const put = await als.redacteur.call('PUT', pad, { datum: '2026-12-09', onderwerp: 'Uitgaansnachten', keuze: 'Extra surveillance.', capaciteit: '6 agenten', prioriteitIds: [] }, { 'If-Match': '"1"' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ capaciteit: '6 agenten', versie: 2 });
    expect((await als.redacteur.call('PUT', pad, put.body, { 'If-Match': '"1"' })).status).toBe(412);
    const lijst = await als.auditor.get(w('/capaciteitskeuzes'));
    expect((lijst.body.capaciteitskeuzes as { id: string }[]).map((x) => x.id)).toContain(post.body.id);
    expect((await als.coordinator.call('DELETE', pad, undefined, { 'If-Match': '"2"' })).status).toBe(204);
  });

  it('weigert wie niet mag: 401 zonder aanmelding, 404 buiten de werkruimte, 403 voor de raad en voor lezers en auditors die willen schrijven', async () => {
    const eerste = ((await als.coordinator.get(w('/afspraken'))).body.afspraken as Afspraak[])[0]!;
    expect((await anoniem.get(w('/afspraken'))).status).toBe(401);
    expect((await anoniem.get(w('/capaciteitskeuzes'))).status).toBe(401);
    expect((await als.buitenstaander.get(w('/afspraken'))).status).toBe(404);
    expect((await als.buitenstaander.get(w(`/afspraken/${eerste.id}`))).status).toBe(404);
    expect((await als.raad.get(w('/afspraken'))).status).toBe(403);
    expect((await als.raad.get(w('/capaciteitskeuzes'))).status).toBe(403);
    expect((await als.raad.get(w(`/afspraken/${eerste.id}`))).status).toBe(403);
    for (const r of ['lezer', 'auditor', 'partner', 'beslisser'] as const) {
      const lezen = await als[r].get(w('/afspraken'));
      expect(lezen.status, r).toBe(200);
      expect(lezen.body.mag, r).toEqual({ beheren: false });
      expect((await als[r].call('POST', w('/afspraken'), nieuw)).status, r).toBe(403);
      expect((await als[r].call('PUT', w(`/afspraken/${eerste.id}`), nieuw, { 'If-Match': `"${eerste.versie}"` })).status, r).toBe(403);
      expect((await als[r].call('DELETE', w(`/afspraken/${eerste.id}`), undefined, { 'If-Match': `"${eerste.versie}"` })).status, r).toBe(403);
      expect((await als[r].call('POST', w('/capaciteitskeuzes'), { datum: '2026-12-01', onderwerp: 'x', keuze: 'y' })).status, r).toBe(403);
    }
    expect((await als.coordinator.get(w('/afspraken/niet-een-id'))).status).toBe(404);
    expect((await als.coordinator.get(w('/afspraken/0b0e2c6e-4c1f-4c55-9f51-2a8a5d3b9c10'))).status).toBe(404);
  });
});

afterAll(async () => {
  await stopAllServers();
});

describe.skipIf(!vereist('DATABASE_URL'))('afspraken met twee serverprocessen op PostgreSQL', () => {
  it('laat van gelijktijdige wijzigingen met dezelfde If-Match er precies één winnen', { timeout: 300_000 }, async () => {
    const db = await createPgDatabase({ demo: true });
    const servers: ServerProcess[] = [];
    try {
      servers.push(await startServerProcess({ databaseUrl: db.url, timeoutMs: 150_000 }));
      servers.push(await startServerProcess({ databaseUrl: db.url, timeoutMs: 150_000 }));
      const [a, b] = servers as [ServerProcess, ServerProcess];
      const coordinator = await HttpClient.signIn(a.url, mail('coordinator'));
      const redacteur = await HttpClient.signIn(b.url, mail('redacteur'));
      const ws = ((await coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
      const lijst = (await coordinator.get(`/werkruimtes/${ws}/afspraken`)).body.afspraken as Afspraak[];
      const doel = lijst.find((x) => x.partner === 'Woonstichting Dijkstede')!;
      const pad = `/werkruimtes/${ws}/afspraken/${doel.id}`;
      const schrijvers = [coordinator, redacteur];
      const N = 8;
      const antwoorden = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          schrijvers[i % 2]!.call('PUT', pad, { partner: doel.partner, soort: 'capaciteit', omschrijving: `Versie ${i}`, status: 'nagekomen', prioriteitIds: ['p2'], maatregelIds: ['m8'] }, { 'If-Match': `"${doel.versie}"` }),
        ),
      );
      const statussen = antwoorden.map((r) => r.status);
      const winnaars = statussen.flatMap((s, i) => (s === 200 ? [i] : []));
      expect(winnaars, JSON.stringify(statussen)).toHaveLength(1);
      expect(statussen.filter((s) => s === 412), JSON.stringify(statussen)).toHaveLength(N - 1);
      for (const r of antwoorden.filter((x) => x.status === 412)) expect((r.body.huidig as Afspraak).omschrijving).toBe(`Versie ${winnaars[0]}`);
      for (const s of servers) {
        const nu = await coordinator.on(s.url).get(pad);
        expect(nu.body).toMatchObject({ omschrijving: `Versie ${winnaars[0]}`, versie: doel.versie + 1 });
      }
    } finally {
      for (const s of servers) await s.kill();
      await db.drop();
    }
  });
});
