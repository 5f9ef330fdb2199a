/**
 * What residents say (issue 18): consultations with a CSV import (all or nothing), the public
 * questionnaire with its proof of work, rate limit and moderation, the counts per theme and the
 * neighbourhood view. On PGlite and (with DATABASE_URL) PostgreSQL.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nulBits } from '../../domain/inwoners/inwoners.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'] as const;
type Rol = (typeof rollen)[number];
const dag = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

/** Solves the proof of work as the browser does. */
function los(uitdaging: string, bits: number): string {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (nulBits(createHash('sha256').update(uitdaging + nonce).digest()) >= bits) return nonce;
  }
}

interface Lijst {
  open: boolean;
  keuzes: { id: string; tekst: string }[];
  buurten: { code: string; naam: string; soort: string }[];
  bewijs: { uitdaging: string; bits: number } | null;
}

describe.each(dbKinds)('inwoners op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let demo: string;
  let ws: string;
  const als = {} as Record<Rol | 'buitenstaander', Client>;
  let anoniem: Client;
  let lijstId: string;

  async function antwoord(a: Client, id: string, body: Record<string, unknown>) {
    const l = (await a.get(`/vragenlijsten/${id}`)).body as unknown as Lijst;
    const b = l.bewijs!;
    return a.call('POST', `/vragenlijsten/${id}/antwoorden`, { uitdaging: b.uitdaging, nonce: los(b.uitdaging, b.bits), ...body });
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db, inwoners: { perAdres: 1000 } });
    for (const r of rollen) als[r] = await Client.signIn(app, mail(r));
    anoniem = Client.anonymous(app);
    demo = ((await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    const nieuw = await als.coordinator.call('POST', '/werkruimtes', { naam: 'Veilig Oldebroek', gemeentecode: 'GM0269', periodeStart: 2027, periodeEinde: 2030 });
    expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(201);
    ws = nieuw.body.id as string;
    const { rows } = await testDb.db.query<{ organisatie_id: string; wachtwoord_hash: string }>('select organisatie_id, wachtwoord_hash from gebruikers limit 1');
    await testDb.db.query(`insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash) values ('buiten@voorbeeld.nl', 'Buiten Staander', $1, $2)`, [rows[0]!.organisatie_id, rows[0]!.wachtwoord_hash]);
    als.buitenstaander = await Client.signIn(app, 'buiten@voorbeeld.nl');
  }, 120_000);
  afterAll(async () => {
    await testDb?.drop();
  });

  it('weigert wie niet mag: 401 zonder aanmelden, 404 voor een niet-lid, 403 voor een rol zonder recht', async () => {
    const d = (p: string) => `/werkruimtes/${demo}${p}`;
    const raadpleging = { soort: 'enquete', titel: 'Veiligheidsmonitor', datum: '2026-10-01', gebied: 'GM9999', deelnemers: 800 };
    expect((await anoniem.call('POST', d('/raadplegingen'), raadpleging)).status).toBe(401);
    expect((await anoniem.get(d('/inwoners'))).status).toBe(401);
    expect((await als.buitenstaander.call('POST', d('/raadplegingen'), raadpleging)).status).toBe(404);
    expect((await als.buitenstaander.get(d('/wijken'))).status).toBe(404);
    for (const r of ['partner', 'beslisser', 'raad', 'lezer'] as const) {
      const x = await als[r].call('POST', d('/raadplegingen'), raadpleging);
      expect(x.status, r).toBe(403);
      expect((await als[r].call('POST', d('/vragenlijsten'), { titel: 'X', start: dag(0), einde: dag(1) })).status, r).toBe(403);
    }
    expect((await als.raad.get(d('/inwoners'))).status).toBe(403);
    expect((await als.lezer.get(d('/inwoners'))).status).toBe(200);
    expect((await als.redacteur.call('POST', d('/raadplegingen'), raadpleging)).status).toBe(201);
    const fout = await als.coordinator.call('POST', d('/raadplegingen'), { ...raadpleging, soort: 'kletspraat', datum: 'gisteren' });
    expect(fout.status).toBe(400);
    expect(JSON.stringify(fout.body.invalidParams)).toContain('soort');
  });

  it('opent een vragenlijst, krijgt 50 antwoorden van een script, houdt een tekst met een telefoonnummer tegen en telt per thema', async () => {
    const open = await als.coordinator.call('POST', `/werkruimtes/${ws}/vragenlijsten`, { titel: 'Buurtpeiling najaar', start: dag(-1), einde: dag(14) });
    expect(open.status, JSON.stringify(open.body)).toBe(201);
    lijstId = open.body.id as string;
    const lijst = (await anoniem.get(`/vragenlijsten/${lijstId}`)).body as unknown as Lijst;
    expect(lijst.open).toBe(true);
    expect(lijst.bewijs!.bits).toBe(16);
    const wezep = lijst.buurten.find((b) => b.naam === 'Wezep-Centrum')!;
    const oosterwolde = lijst.buurten.find((b) => b.naam === 'Oosterwolde' && b.soort === 'buurt')!;
    expect(wezep.code).toBe('BU02690100');
    for (let i = 0; i < 50; i++) {
      const keuzes = i % 2 === 0 ? ['inbraak', 'jongeren'] : ['inbraak'];
      const r = await antwoord(anoniem, lijstId, { keuzes, buurt: i < 30 ? wezep.code : oosterwolde.code, tekst: i === 7 ? 'Bel mij gerust op 06-12345678, ik zie ze elke avond.' : i === 8 ? 'Bij het speelveld wordt te hard gereden.' : null });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      if (i === 7) expect(r.body.tekst).toBe('tegengehouden');
    }
    // Nothing of a resident's address is stored: the answers hold only date, choices, area and text.
    const { rows } = await testDb.db.query<Record<string, unknown>>('select * from vragenlijstantwoorden limit 1');
    expect(Object.keys(rows[0]!).sort()).toEqual(['beoordeeld_door', 'beoordeeld_op', 'buurt', 'id', 'keuzes', 'ontvangen_op', 'tekst', 'tekst_status', 'vondsten', 'vragenlijst_id']);

    // The texts are held: a reader sees none; the coordinator moderates.
    expect(((await als.lezer.get(`/werkruimtes/${demo}/inwonerteksten`)).body.teksten as unknown[]).length).toBe(0);
    const teksten = (await als.coordinator.get(`/werkruimtes/${ws}/inwonerteksten`)).body.teksten as { id: string; tekst: string; vondsten: string[]; status: string }[];
    expect(teksten).toHaveLength(2);
    const telefoon = teksten.find((t) => t.vondsten.includes('telefoonnummer'))!;
    const gewoon = teksten.find((t) => t.vondsten.length === 0)!;
    const nee = await als.coordinator.call('PUT', `/werkruimtes/${ws}/inwonerteksten/${telefoon.id}/beoordeling`, { besluit: 'goedgekeurd' });
    expect(nee.status).toBe(422);
    expect(nee.body.detail).toContain('alleen afwijzen');
    expect((await als.coordinator.call('PUT', `/werkruimtes/${ws}/inwonerteksten/${telefoon.id}/beoordeling`, { besluit: 'afgewezen' })).status).toBe(200);
    expect((await als.coordinator.call('PUT', `/werkruimtes/${ws}/inwonerteksten/${gewoon.id}/beoordeling`, { besluit: 'goedgekeurd' })).status).toBe(200);
    expect(telefoon.tekst).toBe('Bel mij gerust op [telefoonnummer], ik zie ze elke avond.');
    const { rows: nergens } = await testDb.db.query<{ n: number }>(`select count(*)::int as n from vragenlijstantwoorden where tekst like '%12345678%'`);
    expect(nergens[0]!.n).toBe(0);
    const { rows: weg } = await testDb.db.query<{ tekst: string | null }>('select tekst from vragenlijstantwoorden where id = $1', [telefoon.id]);
    expect(weg[0]!.tekst).toBeNull();

    const thema = (await als.coordinator.get(`/werkruimtes/${ws}/inwoners/themas/1.3`)).body;
    expect(thema.antwoorden).toBe(50);
    const perWijk = thema.perWijk as { naam: string; inwoners: number }[];
    expect(perWijk.find((w) => w.naam === 'Wijk 01 Wezep')!.inwoners).toBe(30);
    expect(perWijk.find((w) => w.naam === 'Wijk 02 Oosterwolde')!.inwoners).toBe(20);
    expect(((await als.coordinator.get(`/werkruimtes/${ws}/inwoners/themas/3.1`)).body.antwoorden)).toBe(25);
    expect(JSON.stringify(thema)).not.toContain('06-12345678');
    expect((await als.coordinator.get(`/werkruimtes/${ws}/inwoners/themas/9.9`)).status).toBe(404);

    const wijken = (await als.coordinator.get(`/werkruimtes/${ws}/wijken`)).body;
    expect((wijken.wijken as { naam: string; antwoorden: number }[]).find((w) => w.naam === 'Wijk 01 Wezep')!.antwoorden).toBe(30);
    expect(wijken.dekking).toContain('nog geen politiecijfers per wijk');
    const wijk = (await als.coordinator.get(`/werkruimtes/${ws}/wijken/WK026901`)).body;
    expect((wijk.themas as { themaId: string; inwoners: number }[]).find((t) => t.themaId === '1.3')!.inwoners).toBe(30);
    expect((wijk.teksten as { tekst: string }[]).map((t) => t.tekst)).toEqual(['Bij het speelveld wordt te hard gereden.']);
    expect((await als.coordinator.get(`/werkruimtes/${ws}/wijken/WK036300`)).status).toBe(404);
  }, 120_000);

  it('weigert een hergebruikt of fout bewijs en een onbekende buurt', async () => {
    const l = (await anoniem.get(`/vragenlijsten/${lijstId}`)).body as unknown as Lijst;
    const b = l.bewijs!;
    const nonce = los(b.uitdaging, b.bits);
    const stuur = (extra: Record<string, unknown>) => anoniem.call('POST', `/vragenlijsten/${lijstId}/antwoorden`, { keuzes: ['verkeer'], uitdaging: b.uitdaging, nonce, ...extra });
    let fout = 'a';
    while (nulBits(createHash('sha256').update(b.uitdaging + fout).digest()) >= b.bits) fout += 'a';
    expect((await stuur({ nonce: fout })).status).toBe(422);
    const vervalst = b.uitdaging.replace(/\.[^.]+$/, '.AAAA');
    expect((await stuur({ uitdaging: vervalst, nonce: los(vervalst, b.bits) })).status).toBe(422);
    expect((await stuur({ buurt: 'BU03630000' })).status).toBe(422);
    expect((await stuur({})).status).toBe(201);
    const opnieuw = await stuur({});
    expect(opnieuw.status).toBe(409);
    expect(opnieuw.body.detail).toContain('al gebruikt');
    expect((await anoniem.get('/vragenlijsten/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  }, 60_000);

  it('laat wat inwoners over een vertrouwelijk thema zeiden alleen zien aan wie toegang vertrouwelijk heeft', async () => {
    const d = (p: string) => `/werkruimtes/${demo}${p}`;
    const open = await als.coordinator.call('POST', d('/vragenlijsten'), { titel: 'Peiling Dijkstede', start: dag(0), einde: dag(7) });
    expect(open.status).toBe(201);
    const tekst = 'Bij de snackbar wordt openlijk gedeald.';
    expect((await antwoord(anoniem, open.body.id as string, { keuzes: ['drugshandel'], tekst })).status).toBe(201);
    const teksten = (await als.coordinator.get(d('/inwonerteksten'))).body.teksten as { id: string; tekst: string }[];
    const id = teksten.find((t) => t.tekst === tekst)!.id;
    expect((await als.coordinator.call('PUT', d(`/inwonerteksten/${id}/beoordeling`), { besluit: 'goedgekeurd' })).status).toBe(200);
    // Theme 5.2 is confidential in the demo: the reader without clearance sees neither the counts nor the text.
    expect((await als.lezer.get(d('/inwoners/themas/5.2'))).status).toBe(404);
    expect(JSON.stringify((await als.lezer.get(d('/inwonerteksten'))).body)).not.toContain(tekst);
    const metToegang = await als.beslisser.get(d('/inwoners/themas/5.2'));
    expect(metToegang.status).toBe(200);
    expect(metToegang.body.antwoorden).toBe(1);
    expect(JSON.stringify(metToegang.body.teksten)).toContain(tekst);
  });

  it('neemt buiten de periode geen antwoorden aan (409)', async () => {
    const dicht = await als.coordinator.call('POST', `/werkruimtes/${ws}/vragenlijsten`, { titel: 'Voorjaar', start: dag(-30), einde: dag(-2) });
    expect(dicht.status).toBe(201);
    const id = dicht.body.id as string;
    const l = (await anoniem.get(`/vragenlijsten/${id}`)).body as unknown as Lijst;
    expect(l.open).toBe(false);
    expect(l.bewijs).toBeNull();
    // Even with a valid proof from an open questionnaire.
    const open = (await anoniem.get(`/vragenlijsten/${lijstId}`)).body as unknown as Lijst;
    const r = await anoniem.call('POST', `/vragenlijsten/${id}/antwoorden`, { keuzes: ['inbraak'], uitdaging: open.bewijs!.uitdaging, nonce: los(open.bewijs!.uitdaging, 16) });
    expect(r.status).toBe(409);
    expect(r.body.detail).toContain('gesloten');
    const later = await als.coordinator.call('POST', `/werkruimtes/${ws}/vragenlijsten`, { titel: 'Later', start: dag(5), einde: dag(3) });
    expect(later.status).toBe(422);
  });

  it('weigert een stortvloed vanaf één adres met 429 en Retry-After', async () => {
    const streng = createApp({ db: testDb.db, inwoners: { perAdres: 3, vensterSeconden: 600 } });
    const a = Client.anonymous(streng);
    const statussen: number[] = [];
    let laatste: Awaited<ReturnType<Client['call']>> | undefined;
    for (let i = 0; i < 5; i++) {
      laatste = await antwoord(a, lijstId, { keuzes: ['geweld'] });
      statussen.push(laatste.status);
    }
    expect(statussen).toEqual([201, 201, 201, 429, 429]);
    expect(Number(laatste!.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(laatste!.body.detail).toContain('Wacht');
  }, 60_000);

  it('importeert een resultatentabel als CSV, en laat bij een fout niets achter', async () => {
    const basis = { soort: 'bewonerspanel', titel: 'Bewonerspanel 2026', datum: '2026-09-15', gebied: 'Oldebroek', deelnemers: 412 };
    const goed = await als.coordinator.call('POST', `/werkruimtes/${ws}/raadplegingen`, {
      ...basis,
      csv: 'thema;gebied;aandeel\n1.3;Wezep-Centrum;12,5\nJeugdoverlast;WK026901;31,4\nVerkeersveiligheid;GM0269;40\n',
    });
    expect(goed.status, JSON.stringify(goed.body)).toBe(201);
    expect(goed.body.gebied).toBe('GM0269');
    expect(goed.body.resultaten).toMatchObject([
      { themaId: '1.3', gebied: 'BU02690100', aandeel: 12.5 },
      { themaId: '3.1', gebied: 'WK026901', aandeel: 31.4 },
      { themaId: '4.1', gebied: 'GM0269', aandeel: 40 },
    ]);
    const tellen = async () => (await testDb.db.query<{ n: number }>('select (select count(*) from raadplegingen)::int + (select count(*) from raadplegingsresultaten)::int as n')).rows[0]!.n;
    const voor = await tellen();
    const kapot = await als.coordinator.call('POST', `/werkruimtes/${ws}/raadplegingen`, { ...basis, csv: 'thema;gebied;aandeel\n1.3;Wezep-Centrum;12,5\nHondenpoep;Wezep-Centrum;3\n' });
    expect(kapot.status).toBe(422);
    expect(kapot.body.detail).toContain("Regel 3, kolom thema: 'Hondenpoep'");
    expect(kapot.body.detail).toContain('niets opgeslagen');
    expect(JSON.stringify(kapot.body.invalidParams)).toContain('csv[regel 3].thema');
    expect(await tellen()).toBe(voor);
    const thema = (await als.lezer.get(`/werkruimtes/${demo}/inwoners/themas/1.3`)).status;
    expect(thema).toBe(200);
    const t13 = (await als.coordinator.get(`/werkruimtes/${ws}/inwoners/themas/1.3`)).body;
    expect((t13.raadplegingen as { titel: string; resultaten: unknown[] }[])[0]).toMatchObject({ titel: 'Bewonerspanel 2026', resultaten: [{ gebiedNaam: 'Wezep-Centrum', aandeel: 12.5 }] });
    // The prioritisation proposal carries the residents' counts per theme.
    const ronde = await als.coordinator.call('POST', `/werkruimtes/${ws}/prioriteringsrondes`, { naam: 'Raadssessie', themaIds: ['1.3', '3.1', '4.1'] });
    expect(ronde.status, JSON.stringify(ronde.body)).toBe(201);
    const voorstel = (await als.coordinator.get(`/werkruimtes/${ws}/prioriteringsrondes/${ronde.body.id as string}/voorstel`)).body;
    const v13 = (voorstel.themas as { themaId: string; inwoners: { antwoorden: number; perWijk: { naam: string; aantal: number }[]; raadplegingen: number } }[]).find((t) => t.themaId === '1.3')!;
    expect(v13.inwoners.antwoorden).toBeGreaterThanOrEqual(50);
    expect(v13.inwoners.perWijk[0]).toEqual({ naam: 'Wijk 01 Wezep', aantal: 30 });
    expect(v13.inwoners.raadplegingen).toBe(1);
    const del = await als.coordinator.call('DELETE', `/werkruimtes/${ws}/raadplegingen/${goed.body.id as string}`);
    expect(del.status).toBe(204);
    expect((await als.coordinator.call('DELETE', `/werkruimtes/${ws}/raadplegingen/${goed.body.id as string}`)).status).toBe(404);
  });
});
