/**
 * A joint IVP worked out per municipality (issue 17, point 2) on PGlite and (with DATABASE_URL)
 * PostgreSQL: three municipalities, each with a section for its local picture in the analysis; the
 * candidate matrix of step 3a with a proposal per theme; shared and local priorities; an
 * uitvoeringsplan with a shared and a local part; the startnotitie, the IVP and the uitvoeringsplan
 * decided per municipality (each with its own frozen version); the dashboard per municipality; and
 * room for thirty municipalities.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { gemeentenOpNaam as alleGemeenten } from '../../domain/gemeenten/gemeenten.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';

const ZWOLLE = 'GM0193';
const KAMPEN = 'GM0166';
const DALFSEN = 'GM0148';

describe.each(dbKinds)('gezamenlijk IVP per gemeente uitgewerkt op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let coordinator: Client;
  let lezer: Client;
  let ws = '';
  const pad = (p: string) => `/werkruimtes/${ws}${p}`;
  async function zet(p: string, body: unknown) {
    const nu = await coordinator.get(p);
    return coordinator.call('PUT', p, body, { 'If-Match': nu.headers.get('ETag') ?? '"0"' });
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    coordinator = await Client.signIn(app, 'coordinator@demo.kernplan.nl');
    lezer = await Client.signIn(app, 'lezer@demo.kernplan.nl');
    const r = await coordinator.call('POST', '/werkruimtes', { naam: 'IVP Zwolle, Kampen en Dalfsen 2027-2030', gemeentecode: ZWOLLE, deelnemendeGemeenten: [KAMPEN, DALFSEN], periodeStart: 2027, periodeEinde: 2030 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    ws = r.body.id as string;
    // The demo's reader joins as lezer (set-up; invitations are tested elsewhere).
    await testDb.db.query("insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang) select $1, id, 'lezer', false from gebruikers where email = 'lezer@demo.kernplan.nl'", [ws]);
  }, 120_000);
  afterAll(async () => {
    await testDb?.drop();
  });

  it('geeft elke gemeente een sectie voor haar lokale beeld, ook een gemeente die later meedoet', async () => {
    const secties = (await coordinator.get(pad('/secties'))).body.secties as { sleutel: string; titel: string; soort: string | null }[];
    expect(secties.filter((s) => s.soort === 'lokaal').map((s) => s.titel)).toEqual(['Lokaal beeld: Zwolle', 'Lokaal beeld: Kampen', 'Lokaal beeld: Dalfsen']);
    const tekst = await coordinator.get(pad('/secties/lokaal-GM0166'));
    expect(tekst.status).toBe(200);
    const analyse = await coordinator.get(pad('/documenten/veiligheidsanalyse'));
    expect(JSON.stringify(analyse.body)).toContain('Lokaal beeld per gemeente');
  });

  it('zet de kandidaten van elke gemeente naast elkaar met een voorstel per thema (stap 3a)', async () => {
    const fout = await zet(pad('/kandidaten'), { [ZWOLLE]: { themaIds: ['1.3'] }, GM0344: { themaIds: ['1.3'] } });
    expect(fout.status).toBe(422);
    expect(JSON.stringify(fout.body)).toContain('GM0344 doet niet mee');
    const goed = await zet(pad('/kandidaten'), { [ZWOLLE]: { themaIds: ['1.3', '5.2'] }, [KAMPEN]: { themaIds: ['1.3', '3.1'], toelichting: 'Uit de jeugdschouw.' }, [DALFSEN]: { themaIds: ['1.3'] } });
    expect(goed.status, JSON.stringify(goed.body)).toBe(200);
    const m = await lezer.get(pad('/kandidatenmatrix'));
    expect(m.status).toBe(200);
    const rijen = m.body.rijen as { themaId: string; gemeenten: string[]; voorstel: string }[];
    expect(rijen.map((r) => [r.themaId, r.gemeenten.length, r.voorstel])).toEqual([
      ['1.3', 3, 'gezamenlijk'],
      ['3.1', 1, 'lokaal'],
      ['5.2', 1, 'lokaal'],
    ]);
    // A workspace of one municipality has no candidate matrix.
    const demo = ((await coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; gemeentecode: string; soort: string }[]).find((w) => w.gemeentecode === 'GM9999' && w.soort === 'ivp')!.id;
    expect((await coordinator.get(`/werkruimtes/${demo}/kandidatenmatrix`)).status).toBe(404);
  });

  it('stelt per gemeente de startnotitie, het IVP en een eigen uitvoeringsplan vast', async () => {
    const prio = await zet(pad('/prioriteiten'), [
      { titel: 'Woninginbraak', themaIds: ['1.3'] },
      { titel: 'Ondermijning in Zwolle', themaIds: ['5.2'], gemeentecode: ZWOLLE },
      { titel: 'Jeugd in Kampen', themaIds: ['3.1'], gemeentecode: KAMPEN },
    ]);
    expect(prio.status, JSON.stringify(prio.body)).toBe(200);
    const ids = (prio.body.inhoud as { id: string; titel: string }[]).map((p) => p.id);
    expect((await zet(pad('/uitzonderingen'), Object.fromEntries(ids.map((id) => [id, { reden: 'De nulmeting volgt uit de monitor van 2027.' }])))).status).toBe(200);

    const maatregel = (id: string, naam: string) => ({ id, naam, prestatieIndicator: '', bestuurlijkTrekker: '', ambtelijkTrekker: '', partners: '', startKwartaal: null, eindKwartaal: null, budget: null, status: 'niet-gestart' });
    const plan = (actiepunten: unknown[]) => ({ jaar: 2027, hoofdlijn: '', terugblik: '', begroting: '', actiepunten });
    // An action point under Zwolle's local priority cannot be Kampen's.
    const mis = await zet(pad('/uitvoeringsplannen/2027'), plan([{ id: 'a1', titel: 'Fout', prioriteitId: ids[1], themaId: null, gemeentecode: KAMPEN, maatregelen: [] }]));
    expect(mis.status).toBe(422);
    expect(JSON.stringify(mis.body)).toContain('actiepunten[0].gemeentecode');
    const goed = await zet(
      pad('/uitvoeringsplannen/2027'),
      plan([
        { id: 'a1', titel: 'Samen tegen woninginbraak', prioriteitId: ids[0], themaId: null, maatregelen: [maatregel('m1', 'Gezamenlijke campagne inbraakpreventie')] },
        { id: 'a2', titel: 'Bestuurlijke aanpak panden', prioriteitId: ids[1], themaId: null, maatregelen: [maatregel('m2', 'Bibob-toets bij horeca in Zwolle')] },
        { id: 'a3', titel: 'Buurtpreventie Kampen', prioriteitId: ids[0], themaId: null, gemeentecode: KAMPEN, maatregelen: [maatregel('m3', 'Buurtpreventie-apps in Kampen')] },
      ]),
    );
    expect(goed.status, JSON.stringify(goed.body)).toBe(200);

    const kampen = await coordinator.get(pad(`/documenten/uitvoeringsplan?jaar=2027&gemeente=${KAMPEN}`));
    expect(kampen.status).toBe(200);
    expect(kampen.body.gemeente).toBe('Gemeente Kampen');
    const kampenTekst = JSON.stringify(kampen.body);
    expect(kampenTekst).toContain('Buurtpreventie-apps in Kampen');
    expect(kampenTekst).toContain('Gezamenlijke campagne inbraakpreventie');
    expect(kampenTekst).not.toContain('Bibob-toets bij horeca in Zwolle');
    expect(JSON.stringify((await coordinator.get(pad('/documenten/uitvoeringsplan?jaar=2027'))).body)).toContain('Buurtpreventie Kampen (alleen Kampen)');

    const besluit = (document: string, body: object) => coordinator.call('POST', pad(`/documenten/${document}/besluiten`), body);
    // Without a municipality, each of the three is refused in a joint plan.
    for (const [document, orgaan] of [['startnotitie', 'College'], ['ivp', 'Raad'], ['uitvoeringsplan', 'College']] as const) {
      const r = await besluit(document, { soort: 'vastgesteld', orgaan, datum: '2027-01-20', ...(document === 'uitvoeringsplan' ? { jaar: 2027 } : {}) });
      expect(r.status, document).toBe(422);
      expect(r.body.detail).toMatch(/elke gemeente een eigen versie/);
    }
    for (const code of [ZWOLLE, KAMPEN, DALFSEN]) {
      expect((await besluit('startnotitie', { soort: 'vastgesteld', orgaan: 'College', datum: '2026-12-15', gemeentecode: code })).status).toBe(201);
      expect((await besluit('ivp', { soort: 'vastgesteld', orgaan: 'Raad', datum: '2027-03-01', gemeentecode: code })).status).toBe(201);
      expect((await besluit('uitvoeringsplan', { soort: 'vastgesteld', orgaan: 'College', datum: '2027-03-20', jaar: 2027, gemeentecode: code })).status).toBe(201);
    }
    const docs = (await coordinator.get(pad('/documenten'))).body.documenten as { soort: string; jaar: number | null; gemeentecode: string | null; status: string }[];
    for (const soort of ['startnotitie', 'ivp', 'uitvoeringsplan']) {
      expect(docs.filter((d) => d.soort === soort && d.gemeentecode).map((d) => [d.gemeentecode, d.status]), soort).toEqual([
        [ZWOLLE, 'vastgesteld'],
        [KAMPEN, 'vastgesteld'],
        [DALFSEN, 'vastgesteld'],
      ]);
    }
    // Kampen's adopted uitvoeringsplan is frozen as it was: a later change makes a new concept, version 1 stays.
    const v1 = await coordinator.get(pad(`/documenten/uitvoeringsplan?jaar=2027&gemeente=${KAMPEN}&versie=1`));
    expect(v1.status).toBe(200);
    expect(JSON.stringify(v1.body)).toContain('Buurtpreventie-apps in Kampen');
    // The analysis stays one shared document.
    expect((await coordinator.get(pad(`/documenten/veiligheidsanalyse?gemeente=${KAMPEN}`))).status).toBe(400);
  });

  it('toont het dashboard per gemeente: de gezamenlijke prioriteiten en haar eigen lokale deel', async () => {
    const kampen = await lezer.get(pad(`/dashboard?gemeente=${KAMPEN}`));
    expect(kampen.status, JSON.stringify(kampen.body)).toBe(200);
    const titels = (kampen.body.groepen as { titel: string; maatregelen: { naam: string }[] }[]).map((g) => g.titel);
    expect(titels).toContain('Woninginbraak');
    expect(titels).toContain('Jeugd in Kampen');
    expect(titels).not.toContain('Ondermijning in Zwolle');
    const dalfsen = await lezer.get(pad(`/dashboard?gemeente=${DALFSEN}`));
    const maatregelen = (dalfsen.body.groepen as { maatregelen: { naam: string }[] }[]).flatMap((g) => g.maatregelen.map((m) => m.naam));
    expect(maatregelen).toEqual(['Gezamenlijke campagne inbraakpreventie']);
    expect((await lezer.get(pad('/dashboard?gemeente=GM0344'))).status).toBe(400);
  });

  it('biedt ruimte aan dertig gemeenten', async () => {
    const overijssel = alleGemeenten.filter((g) => g.provincie === 'Overijssel' && g.code !== ZWOLLE).map((g) => g.code);
    const andere = alleGemeenten.filter((g) => g.provincie === 'Gelderland').map((g) => g.code);
    const deelnemers = [...overijssel, ...andere].slice(0, 29);
    const r = await coordinator.call('POST', '/werkruimtes', { naam: 'Gezamenlijk IVP van dertig gemeenten', gemeentecode: ZWOLLE, deelnemendeGemeenten: deelnemers, periodeStart: 2027, periodeEinde: 2030 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect((r.body.deelnemendeGemeenten as unknown[]).length).toBe(29);
    const secties = (await coordinator.get(`/werkruimtes/${r.body.id as string}/secties`)).body.secties as { soort: string | null }[];
    expect(secties.filter((s) => s.soort === 'lokaal')).toHaveLength(30);
  });
});
