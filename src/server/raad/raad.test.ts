/**
 * The council view (issue 15, point 3) on the demo workspace: the overview per priority of the adopted
 * IVP, questions of council members and their answers (versioned, with notifications), and reports
 * offered to the council, frozen as offered. On PGlite and (with DATABASE_URL) PostgreSQL.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';
import type { MailMessage } from '../mail/mailer.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'] as const;
type Rol = (typeof rollen)[number];
const GEHEIM = 'Signalen van ondermijning ingebracht bij het RIEC';

interface Prioriteit {
  id: string | null;
  titel: string;
  doel: string;
  vastgesteld: boolean;
  koers: string;
  indicatoren: { naam: string; koers: string; reden: string; status: string }[];
  maatregelen: { totaal: number; perStatus: { naam: string; aantal: number }[]; teLaat: { naam: string }[]; samenvatting: string };
}

describe.each(dbKinds)('de raad stuurt op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let ws: string;
  const verstuurd: MailMessage[] = [];
  const mailer = { send: async (m: MailMessage) => void verstuurd.push(m), close: () => undefined };
  const als = {} as Record<Rol | 'buitenstaander', Client>;
  const w = (pad: string) => `/werkruimtes/${ws}${pad}`;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db, mailer });
    for (const r of rollen) als[r] = await Client.signIn(app, mail(r));
    ws = ((await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    const { rows } = await testDb.db.query<{ organisatie_id: string; wachtwoord_hash: string }>('select organisatie_id, wachtwoord_hash from gebruikers limit 1');
    await testDb.db.query(`insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash) values ('buiten@voorbeeld.nl', 'Buiten Staander', $1, $2)`, [rows[0]!.organisatie_id, rows[0]!.wachtwoord_hash]);
    als.buitenstaander = await Client.signIn(app, 'buiten@voorbeeld.nl');
  }, 120_000);
  afterAll(async () => {
    await testDb?.drop();
  });

  it('toont de raad per vastgestelde prioriteit het doel, de indicatoren in gewone woorden en de maatregelen, zonder iets vertrouwelijks', async () => {
    const r = await als.raad.get(w('/raadsoverzicht'));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.ivp).toMatchObject({ vastgesteld: true, versie: 1, datum: '2026-11-12' });
    const prioriteiten = r.body.prioriteiten as Prioriteit[];
    expect(prioriteiten.length).toBeGreaterThan(1);
    for (const p of prioriteiten) {
      expect(p.vastgesteld).toBe(true);
      expect(p.id, p.titel).not.toBeNull();
      expect(p.doel.length, p.titel).toBeGreaterThan(10);
      for (const i of p.indicatoren) {
        expect(['op koers', 'achter', 'niet te beoordelen']).toContain(i.koers);
        expect(i.reden).toMatch(/\.$/);
      }
    }
    expect(prioriteiten.flatMap((p) => p.indicatoren).length).toBeGreaterThan(2);
    expect(prioriteiten.some((p) => p.maatregelen.totaal > 0)).toBe(true);
    expect(JSON.stringify(r.body)).not.toContain(GEHEIM);
    // The coordinator (with clearance) sees the same: the council view is the council's.
    expect(JSON.stringify((await als.coordinator.get(w('/raadsoverzicht'))).body)).not.toContain(GEHEIM);
    const documenten = r.body.documenten as { titel: string; pad: string; orgaan: string }[];
    expect(documenten.find((d) => d.pad === 'documenten/ivp?versie=1')).toMatchObject({ titel: 'Integraal Veiligheidsplan', orgaan: 'Raad' });
    expect(r.body.laatsteRapportage).toBeNull();
    expect(r.body.mag).toEqual({ vragen: true, beantwoorden: false, behandelingVastleggen: false });
  });

  it('zegt het gewoon als het IVP nog niet is vastgesteld, en toont de huidige prioriteiten alleen aan wie de cyclus leest', async () => {
    const nieuw = await als.coordinator.call('POST', '/werkruimtes', { naam: 'Nog niet vastgesteld', gemeentecode: 'GM0599', periodeStart: 2027, periodeEinde: 2030 });
    expect(nieuw.status).toBe(201);
    const id = nieuw.body.id as string;
    const raadId = (await testDb.db.query<{ id: string }>('select id from gebruikers where email = $1', [mail('raad')])).rows[0]!.id;
    await testDb.db.query(`insert into leden (werkruimte_id, gebruiker_id, rol) values ($1, $2, 'raad')`, [id, raadId]);
    const pr = await als.coordinator.call('PUT', `/werkruimtes/${id}/prioriteiten`, [{ id: 'p1', titel: 'Woninginbraak', themaIds: ['1.3'] }], { 'If-Match': '"0"' });
    expect(pr.status, JSON.stringify(pr.body)).toBe(200);
    const c = await als.coordinator.get(`/werkruimtes/${id}/raadsoverzicht`);
    expect(c.body.ivp).toEqual({ vastgesteld: false });
    expect(c.body.uitleg).toMatch(/nog niet vastgesteld/);
    expect((c.body.prioriteiten as Prioriteit[]).map((x) => [x.titel, x.vastgesteld])).toEqual([['Woninginbraak', false]]);
    const r = await als.raad.get(`/werkruimtes/${id}/raadsoverzicht`);
    expect(r.status).toBe(200);
    expect(r.body.uitleg).toMatch(/nog niet vastgesteld/);
    expect(r.body.prioriteiten).toEqual([]);
  });

  it('weigert wie geen lid is (404) en leest niet zonder aanmelding (401)', async () => {
    expect((await als.buitenstaander.get(w('/raadsoverzicht'))).status).toBe(404);
    expect((await als.buitenstaander.get(w('/raadsvragen'))).status).toBe(404);
    expect((await Client.anonymous(app).get(w('/raadsoverzicht'))).status).toBe(401);
  });

  let vraagId = '';
  let prioriteitId = '';

  it('laat een raadslid een vraag stellen over een prioriteit; de coördinator krijgt een melding', async () => {
    prioriteitId = ((await als.raad.get(w('/raadsoverzicht'))).body.prioriteiten as Prioriteit[])[0]!.id!;
    const r = await als.raad.call('POST', w('/raadsvragen'), { prioriteitId, vraag: 'Waarom loopt de camerapilot in het stationsgebied vertraging op?' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.headers.get('ETag')).toBe('"1"');
    expect(r.body).toMatchObject({ vraag: 'Waarom loopt de camerapilot in het stationsgebied vertraging op?', antwoord: null, gesteldDoor: 'Rosa Raadslid', vanMij: true, versie: 1 });
    expect(r.body).not.toHaveProperty('gesteldDoorId');
    vraagId = r.body.id as string;
    const meldingen = (await als.coordinator.get('/meldingen')).body.meldingen as { tekst: string; pad: string }[];
    expect(meldingen.find((m) => m.pad === `raad#vraag-${vraagId}`)?.tekst).toMatch(/Rosa Raadslid \(raad\) stelde een vraag/);
    expect(verstuurd.some((m) => m.aan === mail('coordinator'))).toBe(true);
    // Everyone who reads the council view sees it, with the date.
    const lijst = await als.lezer.get(w('/raadsvragen'));
    expect(lijst.status).toBe(200);
    expect(lijst.body.open).toBeGreaterThanOrEqual(1);
    expect((lijst.body.vragen as { id: string; gesteldOp: string; vanMij: boolean }[]).find((v) => v.id === vraagId)).toMatchObject({ vanMij: false, gesteldOp: expect.stringMatching(/^\d{4}-/) });
  });

  it('weigert vragen van andere rollen (403) en slechte invoer met het veld (400/422)', async () => {
    const body = { prioriteitId, vraag: 'Een vraag' };
    expect((await als.coordinator.call('POST', w('/raadsvragen'), body)).status).toBe(403);
    expect((await als.lezer.call('POST', w('/raadsvragen'), body)).status).toBe(403);
    expect((await als.buitenstaander.call('POST', w('/raadsvragen'), body)).status).toBe(404);
    const leeg = await als.raad.call('POST', w('/raadsvragen'), { prioriteitId, vraag: '  ' });
    expect(leeg.status).toBe(400);
    expect(JSON.stringify(leeg.body.invalidParams)).toContain('vraag');
    const beide = await als.raad.call('POST', w('/raadsvragen'), { vraag: 'Over niets?' });
    expect(beide.status).toBe(422);
    expect((beide.body.invalidParams as { name: string }[])[0]!.name).toBe('prioriteitId');
    const onbekend = await als.raad.call('POST', w('/raadsvragen'), { prioriteitId: 'p99', vraag: 'Bestaat dit?' });
    expect(onbekend.status).toBe(422);
    const niet = await als.raad.call('POST', w('/raadsvragen'), { periode: '2027-K2', vraag: 'En deze?' });
    expect(niet.status).toBe(422);
    expect((niet.body.invalidParams as { name: string }[])[0]!.name).toBe('periode');
  });

  it('waarschuwt bij persoonsgegevens (422) en slaat op na bevestiging', async () => {
    const vraag = { prioriteitId, vraag: 'Kunt u mailen naar jan.jansen@example.nl over de wijkschouw?' };
    const r = await als.raad.call('POST', w('/raadsvragen'), vraag);
    expect(r.status).toBe(422);
    expect((r.body.vondsten as { soort: string }[])[0]!.soort).toBe('e-mailadres');
    expect((await als.raad.call('POST', w('/raadsvragen'), { ...vraag, persoonsgegevensGecontroleerd: true })).status).toBe(201);
  });

  it('laat de coördinator antwoorden met If-Match; een tweede antwoord op dezelfde versie krijgt 412; de vraagsteller krijgt een melding', async () => {
    const pad = w(`/raadsvragen/${vraagId}/antwoord`);
    const antwoord = { antwoord: 'De aanbesteding van de camera’s liep vier maanden uit; de pilot start in het tweede kwartaal.' };
    expect((await als.coordinator.call('PUT', pad, antwoord)).status).toBe(428);
    expect((await als.raad.call('PUT', pad, antwoord, { 'If-Match': '"1"' })).status).toBe(403);
    expect((await als.redacteur.call('PUT', pad, antwoord, { 'If-Match': '"1"' })).status).toBe(403);
    expect((await als.buitenstaander.call('PUT', pad, antwoord, { 'If-Match': '"1"' })).status).toBe(404);
    expect((await als.coordinator.call('PUT', w('/raadsvragen/00000000-0000-0000-0000-000000000000/antwoord'), antwoord, { 'If-Match': '"1"' })).status).toBe(404);
    expect((await als.coordinator.call('PUT', pad, { antwoord: '' }, { 'If-Match': '"1"' })).status).toBe(400);
    const r = await als.coordinator.call('PUT', pad, antwoord, { 'If-Match': '"1"' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.headers.get('ETag')).toBe('"2"');
    expect(r.body).toMatchObject({ antwoord: antwoord.antwoord, beantwoordDoor: 'Carla Coördinator', versie: 2 });
    const laat = await als.coordinator.call('PUT', pad, { antwoord: 'Een ander antwoord' }, { 'If-Match': '"1"' });
    expect(laat.status).toBe(412);
    expect((laat.body.huidig as { antwoord: string }).antwoord).toBe(antwoord.antwoord);
    const meldingen = (await als.raad.get('/meldingen')).body.meldingen as { tekst: string; pad: string }[];
    expect(meldingen.find((m) => m.pad === `raad#vraag-${vraagId}`)?.tekst).toMatch(/is beantwoord/);
    const lijst = (await als.raad.get(w('/raadsvragen'))).body.vragen as { id: string; antwoord: string | null; beantwoordOp: string | null }[];
    expect(lijst.find((v) => v.id === vraagId)).toMatchObject({ antwoord: antwoord.antwoord, beantwoordOp: expect.stringMatching(/^\d{4}-/) });
  });

  it('laat de raad een rapportage pas lezen als ze is aangeboden, en bevriest haar zoals ze werd aangeboden', async () => {
    const rap = w('/voortgangsrapportages/2027-K1');
    const geweigerd = await als.raad.get(rap);
    expect(geweigerd.status).toBe(403);
    expect(geweigerd.body.detail).toMatch(/nog niet aan de raad aangeboden/);
    expect((await als.raad.call('POST', `${rap}/raadsbehandelingen`, { soort: 'aangeboden', datum: '2026-10-20' })).status).toBe(403);
    expect((await als.coordinator.call('POST', `${rap}/raadsbehandelingen`, { soort: 'besproken', datum: '2026-10-20' })).status).toBe(409);
    expect((await als.coordinator.call('POST', `${rap}/raadsbehandelingen`, { soort: 'later', datum: '2026-10-20' })).body.invalidParams).toMatchObject([{ name: 'soort' }]);
    const aangeboden = await als.coordinator.call('POST', `${rap}/raadsbehandelingen`, { soort: 'aangeboden', datum: '2026-10-20' });
    expect(aangeboden.status, JSON.stringify(aangeboden.body)).toBe(201);
    expect(aangeboden.body.raad).toMatchObject({ versies: [{ versie: 1, aangebodenOp: '2026-10-20', besprokenOp: null }], gewijzigdNaAanbieden: false });
    expect((await als.coordinator.call('POST', `${rap}/raadsbehandelingen`, { soort: 'aangeboden', datum: '2026-10-21' })).status).toBe(409);
    // Read back from the database, the frozen version is still the same as the concept.
    expect((await als.coordinator.get(rap)).body.raad).toMatchObject({ gewijzigdNaAanbieden: false });

    const gelezen = await als.raad.get(rap);
    expect(gelezen.status).toBe(200);
    expect((gelezen.body.model as { status: string }).status).toBe('Aangeboden aan de raad op 20 oktober 2026 (versie 1)');
    const toen = JSON.stringify(gelezen.body.model);
    expect(toen).toContain('Keurmerk Veilig Ondernemen');
    expect(toen).not.toContain(GEHEIM);

    // Later edits do not change what the council received; they make a new concept.
    const huidig = await als.coordinator.get(rap);
    const gewijzigd = await als.coordinator.call('PUT', rap, { hoogtepunten: 'Een nieuw hoogtepunt na het aanbieden.', knelpunten: '' }, { 'If-Match': huidig.headers.get('ETag')! });
    expect(gewijzigd.status, JSON.stringify(gewijzigd.body)).toBe(200);
    expect(JSON.stringify((await als.raad.get(rap)).body.model)).toBe(toen);
    expect((await als.coordinator.get(rap)).body.raad).toMatchObject({ gewijzigdNaAanbieden: true });

    const besprokenTeVroeg = await als.coordinator.call('POST', `${rap}/raadsbehandelingen`, { soort: 'besproken', datum: '2026-10-01' });
    expect(besprokenTeVroeg.status).toBe(422);
    expect((besprokenTeVroeg.body.invalidParams as { name: string }[])[0]!.name).toBe('datum');
    expect((await als.coordinator.call('POST', `${rap}/raadsbehandelingen`, { soort: 'besproken', datum: '2026-11-11' })).status).toBe(201);
    expect((await als.coordinator.call('POST', `${rap}/raadsbehandelingen`, { soort: 'besproken', datum: '2026-11-12' })).status).toBe(409);
    expect((await als.raad.get(rap)).body.model).toMatchObject({ status: 'Aangeboden aan de raad op 20 oktober 2026 (versie 1); besproken in de raad op 11 november 2026' });

    const tweede = await als.coordinator.call('POST', `${rap}/raadsbehandelingen`, { soort: 'aangeboden', datum: '2026-11-20' });
    expect(tweede.status).toBe(201);
    expect((tweede.body.raad as { versies: unknown[] }).versies).toHaveLength(2);
    expect(JSON.stringify((await als.raad.get(rap)).body.model)).toContain('Een nieuw hoogtepunt na het aanbieden.');
    // The first version stays as it was.
    const v1 = await als.raad.get(`${rap}/raadsversies/1`);
    expect(v1.status).toBe(200);
    expect(JSON.stringify(v1.body.model)).not.toContain('Een nieuw hoogtepunt');
    expect((await als.raad.get(`${rap}/raadsversies/3`)).status).toBe(404);
    expect((await als.buitenstaander.get(`${rap}/raadsversies/1`)).status).toBe(404);
    const docx = await app.request(`/api/v1${rap}/raadsversies/1.docx`, { headers: { Cookie: als.raad.cookie! } });
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(await docx.arrayBuffer());
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Aangeboden aan de raad op 20 oktober 2026');

    const overzicht = await als.raad.get(w('/raadsoverzicht'));
    expect(overzicht.body.laatsteRapportage).toMatchObject({ periode: '2027-K1', versie: 2, titel: 'Voortgangsrapportage 1e kwartaal 2027' });
    // The yearbook is offered the same way.
    const jaarbeeld = await als.coordinator.call('POST', w('/voortgangsrapportages/2027/raadsbehandelingen'), { soort: 'aangeboden', datum: '2026-11-21' });
    expect(jaarbeeld.status).toBe(201);
    expect((await als.raad.get(w('/voortgangsrapportages/2027'))).body.model).toMatchObject({ titel: 'Jaarbeeld integrale veiligheid 2027', status: 'Aangeboden aan de raad op 21 november 2026 (versie 1)' });
    expect(((await als.raad.get(w('/raadsoverzicht'))).body.rapportages as { periode: string }[]).map((r) => r.periode)).toEqual(['2027', '2027-K1']);
    // Now the council can ask about the report.
    expect((await als.raad.call('POST', w('/raadsvragen'), { periode: '2027-K1', vraag: 'Wat is de stand van het convenant woonoverlast?' })).status).toBe(201);
  });
});
