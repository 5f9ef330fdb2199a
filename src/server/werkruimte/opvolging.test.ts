/**
 * The next plan starts from the old one (issue 19, point 5): the coordinator of the demo IVP starts its
 * successor; it opens with the old final values as references, the look-back per old priority, the
 * last report and the reasons for dropped priorities (versioned). Refusals, and all-or-nothing. On
 * PGlite and (with DATABASE_URL) PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { opvolgingBevindingen } from '../../domain/cyclus/opvolging.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { laadWerkruimte, laadStand } from '../cyclus/stand.ts';
import type { Queryable } from '../db/db.ts';
import { seedDemo } from '../demo/demo.ts';
import { maakOpvolger } from './opvolging.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const GEHEIM = 'Signalen van ondermijning ingebracht bij het RIEC';

interface Ind {
  id: string;
  naam: string;
  prioriteitId: string | null;
  referentiejaar: number | null;
  referentiewaarde: number | null;
  streefwaarden: unknown[];
  metingen: unknown[];
  bronToelichting: string;
  eenheid: string;
  richting: string;
  vertrouwelijk: boolean;
}

describe.each(dbKinds)('het volgende plan begint bij het vorige op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let ivp: string;
  let project: string;
  let nieuw: string;
  const als = {} as Record<'coordinator' | 'redacteur' | 'lezer' | 'buitenstaander', Client>;
  let anoniem: Client;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of ['coordinator', 'redacteur', 'lezer'] as const) als[r] = await Client.signIn(app, mail(r));
    anoniem = Client.anonymous(app);
    const lijst = (await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[];
    ivp = lijst.find((x) => x.soort === 'ivp')!.id;
    project = lijst.find((x) => x.soort === 'project')!.id;
    const { rows } = await testDb.db.query<{ organisatie_id: string; wachtwoord_hash: string }>(`select organisatie_id, wachtwoord_hash from gebruikers where email = $1`, [mail('coordinator')]);
    await testDb.db.query(`insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash) values ('buiten@voorbeeld.nl', 'Buiten Staander', $1, $2)`, [rows[0]!.organisatie_id, rows[0]!.wachtwoord_hash]);
    als.buitenstaander = await Client.signIn(app, 'buiten@voorbeeld.nl');
  }, 120_000);
  afterAll(async () => {
    await testDb?.drop();
  });

  const aantalWerkruimtes = async () => (await testDb.db.query<{ n: number }>('select count(*)::int as n from werkruimtes')).rows[0]!.n;

  it('weigert wie niet mag: niet aangemeld 401, geen lid 404, geen coördinator 403; er komt niets bij', async () => {
    const voor = await aantalWerkruimtes();
    const body = { naam: 'IVP Dijkstede 2031-2034', periodeStart: 2031, periodeEinde: 2034 };
    expect((await anoniem.call('POST', `/werkruimtes/${ivp}/opvolger`, body)).status).toBe(401);
    expect((await als.buitenstaander.call('POST', `/werkruimtes/${ivp}/opvolger`, body)).status).toBe(404);
    const r = await als.redacteur.call('POST', `/werkruimtes/${ivp}/opvolger`, body);
    expect(r.status).toBe(403);
    expect(r.headers.get('Content-Type')).toContain('application/problem+json');
    expect(await aantalWerkruimtes()).toBe(voor);
  });

  it('weigert een ongeldige periode met het veld (400) en een project (409)', async () => {
    const voor = await aantalWerkruimtes();
    const omgekeerd = await als.coordinator.call('POST', `/werkruimtes/${ivp}/opvolger`, { naam: 'Omgekeerd', periodeStart: 2034, periodeEinde: 2031 });
    expect(omgekeerd.status).toBe(400);
    expect((omgekeerd.body.invalidParams as { name: string }[]).map((p) => p.name)).toContain('periodeEinde');
    const tevroeg = await als.coordinator.call('POST', `/werkruimtes/${ivp}/opvolger`, { naam: 'Te vroeg', periodeStart: 2027, periodeEinde: 2030 });
    expect(tevroeg.status).toBe(400);
    expect((tevroeg.body.invalidParams as { name: string }[]).map((p) => p.name)).toEqual(['periodeStart']);
    const vanProject = await als.coordinator.call('POST', `/werkruimtes/${project}/opvolger`, { naam: 'Opvolger van een project', periodeStart: 2031, periodeEinde: 2034 });
    expect(vanProject.status).toBe(409);
    expect(vanProject.headers.get('Content-Type')).toContain('application/problem+json');
    expect(vanProject.body.detail).toMatch(/IVP/);
    expect(await aantalWerkruimtes()).toBe(voor);
  });

  it('maakt de opvolger met de eindwaarden van het demo-IVP als referentie', async () => {
    const r = await als.coordinator.call('POST', `/werkruimtes/${ivp}/opvolger`, { naam: 'Integraal Veiligheidsplan Dijkstede 2031-2034', periodeStart: 2031, periodeEinde: 2034 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    nieuw = r.body.id as string;
    const ws = await als.coordinator.get(`/werkruimtes/${nieuw}`);
    expect(ws.body).toMatchObject({ soort: 'ivp', mijnRol: 'coordinator', periodeStart: 2031, periodeEinde: 2034, gemeentenaam: 'Dijkstede' });
    const { rows } = await testDb.db.query<{ voorganger_id: string }>('select voorganger_id from werkruimtes where id = $1', [nieuw]);
    expect(rows[0]!.voorganger_id).toBe(ivp);

    const oud = (await als.coordinator.get(`/werkruimtes/${ivp}/indicatoren`)).body.indicatoren as Ind[];
    const nu = (await als.coordinator.get(`/werkruimtes/${nieuw}/indicatoren`)).body.indicatoren as Ind[];
    expect(nu.map((i) => i.naam).sort()).toEqual(oud.map((i) => i.naam).sort());
    // Woninginbraken: 212 in 2024, last measured 201 in 2027; that is the new reference.
    const inbraak = nu.find((i) => i.naam === 'Woninginbraken')!;
    expect(inbraak).toMatchObject({ referentiejaar: 2027, referentiewaarde: 201, streefwaarden: [], metingen: [], prioriteitId: null, eenheid: 'aantal', richting: 'lager-is-beter' });
    expect(inbraak.bronToelichting).toContain('eindwaarde 2027');
    // The confidential indicator came along and stays confidential.
    expect(nu.find((i) => i.naam === GEHEIM)).toMatchObject({ vertrouwelijk: true, referentiejaar: 2027, referentiewaarde: 10 });
    expect(nu.every((i) => i.prioriteitId === null && i.metingen.length === 0 && i.streefwaarden.length === 0)).toBe(true);
    // Nothing else of the old plan: the new plan has no priorities yet, and its analysis is empty.
    expect((await als.coordinator.get(`/werkruimtes/${nieuw}/prioriteiten`)).body.inhoud).toEqual([]);
    // The old workspace knows its successor, the new one its predecessor.
    expect((await als.coordinator.get(`/werkruimtes/${ivp}/opvolging`)).body).toMatchObject({ voorganger: null, opvolgers: [{ id: nieuw }] });
    expect((await als.coordinator.get(`/werkruimtes/${nieuw}/opvolging`)).body).toMatchObject({ voorganger: { id: ivp }, opvolgers: [] });
  });

  it('opent met de terugblik: per oude prioriteit doel, indicatoren en maatregelen, en de laatste rapportage', async () => {
    const r = await als.coordinator.get(`/werkruimtes/${nieuw}/terugblik`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.headers.get('ETag')).toBe('"1"');
    const t = r.body.inhoud as {
      voorganger: { id: string; naam: string; periode: string };
      prioriteiten: { id: string; titel: string; doel: string; themaIds: string[]; indicatoren: { naam: string; eindwaarde: unknown; resultaat: string; opvolgerId: string }[]; maatregelen: { naam: string; status: string }[] }[];
      jaarbeeld: { titel: string; samenvatting: string } | null;
      evaluatie: unknown;
      vervallenPrioriteiten: Record<string, string>;
    };
    expect(t.voorganger).toMatchObject({ id: ivp, periode: '2027-2030' });
    expect(t.prioriteiten.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    const p2 = t.prioriteiten.find((p) => p.id === 'p2')!;
    expect(p2.themaIds).toEqual(['1.1', '1.3']);
    expect(p2.doel.length).toBeGreaterThan(10);
    // 201 in 2027 against the final target of 170 in 2030: not (yet) reached.
    expect(p2.indicatoren.find((i) => i.naam === 'Woninginbraken')).toMatchObject({ eindwaarde: { jaar: 2027, waarde: 201 }, resultaat: 'niet-gehaald' });
    expect(t.prioriteiten.flatMap((p) => p.maatregelen).length).toBeGreaterThan(0);
    expect(t.jaarbeeld?.titel).toBe('Laatste rapportage: Voortgangsrapportage 1e kwartaal 2027');
    expect(t.jaarbeeld?.samenvatting).toContain('Keurmerk Veilig Ondernemen');
    // The demo's final evaluation by the rekenkamer: its verdicts per norm.
    const evaluatie = t.evaluatie as { titel: string; bevindingen: { norm: string; oordeel: string; toelichting: string }[] };
    expect(evaluatie.titel).toMatch(/^Evaluatie: .+ \(rekenkamer\)$/);
    expect(evaluatie.bevindingen.find((b) => b.norm.startsWith('5.2 '))).toMatchObject({ oordeel: 'Voldoet deels', toelichting: expect.stringContaining('twee keer per jaar') });
    expect(t.vervallenPrioriteiten).toEqual({});
    expect(r.body.vervallen).toEqual([]);
    expect(r.body.voorgangerLeesbaar).toBe(true);
    // Every indicator of the look-back points to its copy in the new plan.
    const nu = (await als.coordinator.get(`/werkruimtes/${nieuw}/indicatoren`)).body.indicatoren as Ind[];
    expect(p2.indicatoren.every((i) => nu.some((n) => n.id === i.opvolgerId))).toBe(true);
    expect(JSON.stringify(t)).toContain(GEHEIM);
  });

  it('laat een lid zonder toegang vertrouwelijk de vertrouwelijke indicator niet zien', async () => {
    const { rows } = await testDb.db.query<{ id: string }>('select id from gebruikers where email = $1', [mail('lezer')]);
    await testDb.db.query(`insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang) values ($1, $2, 'lezer', false)`, [nieuw, rows[0]!.id]);
    const r = await als.lezer.get(`/werkruimtes/${nieuw}/terugblik`);
    expect(r.status).toBe(200);
    // The council reads adopted documents, not the plan in the making; a non-member finds nothing.
    const raad = await Client.signIn(app, mail('raad'));
    const { rows: raadslid } = await testDb.db.query<{ id: string }>('select id from gebruikers where email = $1', [mail('raad')]);
    await testDb.db.query(`insert into leden (werkruimte_id, gebruiker_id, rol) values ($1, $2, 'raad')`, [nieuw, raadslid[0]!.id]);
    expect((await raad.get(`/werkruimtes/${nieuw}/terugblik`)).status).toBe(403);
    expect((await als.buitenstaander.get(`/werkruimtes/${nieuw}/terugblik`)).status).toBe(404);
    expect((await als.buitenstaander.get(`/werkruimtes/${nieuw}/opvolging`)).status).toBe(404);
    expect((await anoniem.get(`/werkruimtes/${nieuw}/opvolging`)).status).toBe(401);
    expect(JSON.stringify(r.body)).not.toContain(GEHEIM);
    // Reading yes, writing no.
    const schrijf = await als.lezer.call('PUT', `/werkruimtes/${nieuw}/terugblik`, { vervallenPrioriteiten: {} }, { 'If-Match': '"1"' });
    expect(schrijf.status).toBe(403);
  });

  it('waarschuwt voor een oude prioriteit die zonder reden vervalt, tot de reden er staat (If-Match)', async () => {
    const w = (await laadWerkruimte(testDb.db, nieuw))!;
    // Step 3 of the new plan: only the themes of p1 and p2 come back.
    const pr = await als.coordinator.get(`/werkruimtes/${nieuw}/prioriteiten`);
    const opgeslagen = await als.coordinator.call(
      'PUT',
      `/werkruimtes/${nieuw}/prioriteiten`,
      [
        { titel: 'Ondermijning', themaIds: ['5.2'] },
        { titel: 'Woninginbraak en overlast', themaIds: ['1.1', '1.3'] },
      ],
      { 'If-Match': pr.headers.get('ETag')! },
    );
    expect(opgeslagen.status, JSON.stringify(opgeslagen.body)).toBe(200);
    const bevindingen = opvolgingBevindingen(await laadStand(testDb.db, w));
    expect(bevindingen).toHaveLength(1);
    expect(bevindingen[0]).toMatchObject({ ernst: 'waarschuwing', code: 'opvolging.prioriteit-vervallen', plek: 'terugblik#vervallen-p3' });
    expect(bevindingen[0]!.melding).toContain('Jeugd en veiligheid');
    expect((await als.coordinator.get(`/werkruimtes/${nieuw}/terugblik`)).body.vervallen).toEqual(['p3']);

    const pad = `/werkruimtes/${nieuw}/terugblik`;
    const reden = 'Jeugdoverlast daalde twee jaar op rij; het thema loopt door in het jeugdbeleid.';
    expect((await als.coordinator.call('PUT', pad, { vervallenPrioriteiten: { p3: reden } })).status).toBe(428);
    const onbekend = await als.coordinator.call('PUT', pad, { vervallenPrioriteiten: { p9: reden } }, { 'If-Match': '"1"' });
    expect(onbekend.status).toBe(422);
    expect((onbekend.body.invalidParams as { name: string }[])[0]!.name).toBe('vervallenPrioriteiten.p9');
    const goed = await als.redacteur.call('PUT', pad, { vervallenPrioriteiten: { p3: reden } }, { 'If-Match': '"1"' });
    expect(goed.status).toBe(404); // the redacteur of the old plan is no member of the new one
    const ok = await als.coordinator.call('PUT', pad, { vervallenPrioriteiten: { p3: `  ${reden}  ` } }, { 'If-Match': '"1"' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.headers.get('ETag')).toBe('"2"');
    expect((ok.body.inhoud as { vervallenPrioriteiten: unknown }).vervallenPrioriteiten).toEqual({ p3: reden });
    expect(opvolgingBevindingen(await laadStand(testDb.db, w))).toEqual([]);
    // Someone working on version 1 does not overwrite it.
    const oud = await als.coordinator.call('PUT', pad, { vervallenPrioriteiten: {} }, { 'If-Match': '"1"' });
    expect(oud.status).toBe(412);
    expect(((await als.coordinator.get(pad)).body.inhoud as { vervallenPrioriteiten: unknown }).vervallenPrioriteiten).toEqual({ p3: reden });
  });

  it('heeft bij een werkruimte zonder voorganger geen terugblik', async () => {
    expect((await als.coordinator.get(`/werkruimtes/${ivp}/terugblik`)).status).toBe(404);
    expect((await als.coordinator.call('PUT', `/werkruimtes/${ivp}/terugblik`, { vervallenPrioriteiten: {} }, { 'If-Match': '"0"' })).status).toBe(409);
  });

  it('neemt de bevindingen van de laatste definitieve evaluatie op, niet die van een concept', async () => {
    const vragen = (oordeel: string | null, toelichting: string) =>
      JSON.stringify([{ id: '4', nummer: '4', vraag: 'Worden de doelen gehaald?', normen: [{ id: '4.1', norm: 'De doelen zijn meetbaar.', sleutel: 'meetbaar', oordeel, toelichting, bewijs: [] }, { id: '4.2', norm: 'Nog niet beoordeeld.', sleutel: 'x', oordeel: null, toelichting: '', bewijs: [] }] }]);
    const rij = `insert into evaluaties (werkruimte_id, naam, uitvoerder, status, kader_naam, vragen, aangemaakt_op) values ($1, $2, 'rekenkamer', $3, 'Standaardnormenkader', $4, $5)`;
    await testDb.db.query(rij, [ivp, 'Onderzoek veiligheidsbeleid', 'definitief', vragen('voldoet-deels', 'Twee prioriteiten hebben geen streefwaarde.'), '2030-03-01T10:00:00Z']);
    await testDb.db.query(rij, [ivp, 'Nog in concept', 'concept', vragen('voldoet-niet', 'Concept'), '2030-06-01T10:00:00Z']);
    const r = await als.coordinator.call('POST', `/werkruimtes/${ivp}/opvolger`, { naam: 'Met evaluatie 2031-2034', periodeStart: 2031, periodeEinde: 2034 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const t = (await als.coordinator.get(`/werkruimtes/${r.body.id as string}/terugblik`)).body.inhoud as { evaluatie: unknown };
    expect(t.evaluatie).toEqual({
      titel: 'Evaluatie: Onderzoek veiligheidsbeleid (rekenkamer)',
      bevindingen: [{ norm: '4.1 De doelen zijn meetbaar.', oordeel: 'Voldoet deels', toelichting: 'Twee prioriteiten hebben geen streefwaarde.' }],
    });
    await testDb.db.query(`delete from evaluaties where werkruimte_id = $1 and naam in ('Onderzoek veiligheidsbeleid', 'Nog in concept')`, [ivp]);
  });

  it('neemt voor een coördinator zonder toegang vertrouwelijk niets vertrouwelijks mee', async () => {
    const { rows } = await testDb.db.query<{ id: string }>('select id from gebruikers where email = $1', [mail('coordinator')]);
    await testDb.db.query('update leden set vertrouwelijk_toegang = false where werkruimte_id = $1 and gebruiker_id = $2', [ivp, rows[0]!.id]);
    try {
      const r = await als.coordinator.call('POST', `/werkruimtes/${ivp}/opvolger`, { naam: 'Zonder vertrouwelijk 2031-2034', periodeStart: 2031, periodeEinde: 2034 });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      const id = r.body.id as string;
      // In the new workspace he has clearance: still nothing of the old confidential indicator is there.
      expect(JSON.stringify((await als.coordinator.get(`/werkruimtes/${id}/indicatoren`)).body)).not.toContain(GEHEIM);
      const t = await als.coordinator.get(`/werkruimtes/${id}/terugblik`);
      expect(t.status).toBe(200);
      expect(JSON.stringify(t.body)).not.toContain(GEHEIM);
      expect(((await testDb.db.query('select 1 from indicatoren where werkruimte_id = $1 and vertrouwelijk', [id])).rows)).toHaveLength(0);
    } finally {
      await testDb.db.query('update leden set vertrouwelijk_toegang = true where werkruimte_id = $1 and gebruiker_id = $2', [ivp, rows[0]!.id]);
    }
  });

  it('laat bij een fout halverwege niets achter (alles of niets)', async () => {
    const voor = await aantalWerkruimtes();
    const { rows } = await testDb.db.query<{ id: string }>('select id from gebruikers where email = $1', [mail('coordinator')]);
    const naam = 'Halverwege mislukt 2031-2034';
    await expect(
      testDb.db.transaction(async (tx) => {
        // Fails when the look-back is written: after the workspace and its indicators.
        const falend: Queryable = {
          query: (sql, params) => (sql.includes('insert into cyclusdelen') ? Promise.reject(new Error('schijf vol')) : tx.query(sql, params)),
          exec: (sql) => tx.exec(sql),
          kopieerBinair: (doel, gegevens) => tx.kopieerBinair(doel, gegevens),
        } as Queryable;
        return maakOpvolger(falend, ivp, { naam, periodeStart: 2031, periodeEinde: 2034 }, rows[0]!.id);
      }),
    ).rejects.toThrow('schijf vol');
    expect(await aantalWerkruimtes()).toBe(voor);
    expect((await testDb.db.query('select 1 from werkruimtes where naam = $1', [naam])).rows).toHaveLength(0);
  });
});
