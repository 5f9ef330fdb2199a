/**
 * The regional workspace (issue 17, point 1) on PGlite and (with DATABASE_URL) PostgreSQL: a police
 * unit with five municipal IVP workspaces; regional themes beyond the IVP's maximum of four; the
 * stacking matrix (adopted, shared draft, not shared, no plan) as JSON, CSV and Word; a municipal
 * indicator linked to a regional target and the regional targets table with the local measurements;
 * and every new endpoint against every role, a non-member and anonymous.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { buitenstaander, demoLedenIn } from '../../../tests/support/demo-leden.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'] as const;

const GEMEENTEN = { rotterdam: 'GM0599', schiedam: 'GM0606', vlaardingen: 'GM0622', maassluis: 'GM0556', capelle: 'GM0502', albrandswaard: 'GM0613' } as const;

describe.each(dbKinds)('regionale werkruimte op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  const als = {} as Record<(typeof rollen)[number] | 'buitenstaander', Client>;
  let anoniem: Client;
  let regio: string;
  const plan = {} as Record<keyof typeof GEMEENTEN, string>;

  async function zet(wie: Client, pad: string, body: unknown) {
    const nu = await wie.get(pad);
    return wie.call('PUT', pad, body, { 'If-Match': nu.headers.get('ETag') ?? '"0"' });
  }

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of rollen) als[r] = await Client.signIn(app, mail(r));
    anoniem = Client.anonymous(app);
    als.buitenstaander = await buitenstaander(testDb.db, app);

    const r = await als.coordinator.call('POST', '/werkruimtes', {
      soort: 'ivp',
      naam: 'Eenheid Rotterdam: regionaal beleidsplan',
      gemeentecode: GEMEENTEN.rotterdam,
      periodeStart: 2027,
      periodeEinde: 2030,
      regio: { soort: 'politie-eenheid', gemeenten: Object.values(GEMEENTEN) },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    regio = r.body.id as string;
    // The demo's members get the same roles in the region (test set-up; invitations are tested elsewhere).
    await demoLedenIn(testDb.db, regio);

    const prioriteiten: Record<keyof typeof GEMEENTEN, { titel: string; themaIds: string[] }[]> = {
      rotterdam: [
        { titel: 'Aanpak ondermijning', themaIds: ['5.2'] },
        { titel: 'Veilige wijken', themaIds: ['1.1', '1.3'] },
      ],
      schiedam: [
        { titel: 'Cybercrime en online fraude', themaIds: ['1.3'] },
        { titel: 'Jeugd en veiligheid', themaIds: ['3.2'] },
      ],
      vlaardingen: [{ titel: 'Woninginbraak', themaIds: ['1.3'] }],
      maassluis: [{ titel: 'Drugs en ondermijning', themaIds: ['5.2'] }],
      capelle: [{ titel: 'Veilig uitgaan', themaIds: ['2.3'] }],
      albrandswaard: [],
    };
    for (const [naam, code] of Object.entries(GEMEENTEN) as [keyof typeof GEMEENTEN, string][]) {
      if (naam === 'albrandswaard') continue; // no plan in Kernplan
      const w = await als.coordinator.call('POST', '/werkruimtes', { soort: 'ivp', naam: `IVP ${naam} 2027-2030`, gemeentecode: code, periodeStart: 2027, periodeEinde: 2030 });
      expect(w.status, JSON.stringify(w.body)).toBe(201);
      plan[naam] = w.body.id as string;
      const p = await zet(als.coordinator, `/werkruimtes/${plan[naam]}/prioriteiten`, prioriteiten[naam]);
      expect(p.status, JSON.stringify(p.body)).toBe(200);
    }
    // Rotterdam's council adopted its IVP (set-up: adoption through the plan check is tested in the cycle's tests).
    await testDb.db.query("insert into besluiten (werkruimte_id, document, soort, orgaan, datum, versie) values ($1, 'ivp', 'vastgesteld', 'Raad', '2027-03-12', 1)", [plan.rotterdam]);
    for (const naam of ['schiedam', 'maassluis', 'capelle'] as const) {
      const d = await als.coordinator.write('PATCH', `/werkruimtes/${plan[naam]}`, { deeltMetRegio: true }, `/werkruimtes/${plan[naam]}`);
      expect(d.status, JSON.stringify(d.body)).toBe(200);
      expect(d.body.deeltMetRegio).toBe(true);
    }
  }, 180_000);
  afterAll(async () => {
    await testDb?.drop();
  });

  it('maakt een regio met haar lidgemeenten en weigert een regio zonder de trekker of met een onbekende gemeente', async () => {
    const w = await als.coordinator.get(`/werkruimtes/${regio}`);
    expect(w.body.regio).toMatchObject({ soort: 'politie-eenheid', soortNaam: 'Politie-eenheid' });
    expect((w.body.regio as { gemeenten: { gemeentenaam: string }[] }).gemeenten.map((g) => g.gemeentenaam)).toContain('Schiedam');
    const zonder = await als.coordinator.call('POST', '/werkruimtes', { soort: 'ivp', naam: 'Regio zonder trekker', gemeentecode: 'GM0599', periodeStart: 2027, periodeEinde: 2030, regio: { soort: 'district', gemeenten: ['GM0606'] } });
    expect(zonder.status).toBe(400);
    expect(zonder.headers.get('Content-Type')).toContain('application/problem+json');
    expect(JSON.stringify(zonder.body)).toContain('trekker');
    const onbekend = await als.coordinator.call('POST', '/werkruimtes', { soort: 'ivp', naam: 'Regio onbekend', gemeentecode: 'GM0599', periodeStart: 2027, periodeEinde: 2030, regio: { soort: 'vrij', gemeenten: ['GM0599', 'GM0001'] } });
    expect(onbekend.status).toBe(400);
    expect((onbekend.body.invalidParams as { name: string }[])[0]!.name).toBe('regio.gemeenten[1]');
    const project = await als.coordinator.call('POST', '/werkruimtes', { soort: 'project', naam: 'Regio als project', gemeentecode: 'GM0599', periodeStart: 2027, periodeEinde: 2030, regio: { soort: 'vrij', gemeenten: ['GM0599'] } });
    expect(project.status).toBe(400);
    // A municipal IVP has no member municipalities; a region does not "share with the region".
    expect((await als.coordinator.write('PATCH', `/werkruimtes/${plan.schiedam}`, { regiogemeenten: ['GM0606'] }, `/werkruimtes/${plan.schiedam}`)).status).toBe(400);
    expect((await als.coordinator.write('PATCH', `/werkruimtes/${regio}`, { deeltMetRegio: true }, `/werkruimtes/${regio}`)).status).toBe(400);
  });

  it("bewaart meer dan vier regionale thema's, ook op alleen een strategisch thema, en weigert een thema zonder koppeling", async () => {
    const themas = [
      { titel: 'Ondermijning', themaIds: ['5.2'] },
      { titel: 'High impact crimes', themaIds: ['1.3'] },
      { titel: 'Cybercrime', themaIds: [], strategischeIds: ['gedigitaliseerde-criminaliteit'] },
      { titel: 'Weerbaar bestuur', themaIds: ['5.3'] },
      { titel: 'Jeugd', themaIds: ['3.1', '3.2'] },
    ];
    const fout = await zet(als.coordinator, `/werkruimtes/${regio}/prioriteiten`, [...themas, { titel: 'Zonder koppeling', themaIds: [] }]);
    expect(fout.status).toBe(422);
    expect(JSON.stringify(fout.body)).toContain('Zonder koppeling');
    const goed = await zet(als.coordinator, `/werkruimtes/${regio}/prioriteiten`, themas);
    expect(goed.status, JSON.stringify(goed.body)).toBe(200);
    // In a municipal IVP a strategic theme on a priority is refused.
    const ivp = await zet(als.coordinator, `/werkruimtes/${plan.capelle}/prioriteiten`, [{ titel: 'Veilig uitgaan', themaIds: ['2.3'], strategischeIds: ['informatiepositie'] }]);
    expect(ivp.status).toBe(422);
  });

  it('stapelt de prioriteiten van de lidgemeenten tegen de regionale thema’s en de 22 thema’s, met de hiaten', async () => {
    const r = await als.lezer.get(`/werkruimtes/${regio}/stapeling`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const s = r.body as {
      gemeenten: Record<string, number>;
      plannen: { gemeentenaam: string; status: string; werkruimteId: string | null }[];
      regiothemas: { naam: string; aantal: number; gemeenten: { gemeentenaam: string; prioriteiten: { titel: string; gelezen: boolean }[] }[] }[];
      themas: { id: string; aantal: number }[];
      hiaten: { regiothemasZonderGemeente: { titel: string }[]; lokaalZonderRegio: { gemeentenaam: string; titel: string }[]; gemeentenZonderPlan: { gemeentenaam: string; status: string }[] };
    };
    expect(s.gemeenten).toEqual({ totaal: 6, metPlan: 4, vastgesteld: 1, concept: 3 });
    expect(Object.fromEntries(s.plannen.map((p) => [p.gemeentenaam, p.status]))).toEqual({
      Albrandswaard: 'geen-plan',
      'Capelle aan den IJssel': 'concept',
      Maassluis: 'concept',
      Rotterdam: 'vastgesteld',
      Schiedam: 'concept',
      Vlaardingen: 'niet-gedeeld',
    });
    const rij = (naam: string) => s.regiothemas.find((t) => t.naam === naam)!;
    expect(rij('Ondermijning').gemeenten.map((g) => g.gemeentenaam)).toEqual(['Maassluis', 'Rotterdam']);
    expect(rij('High impact crimes').aantal).toBe(2);
    expect(rij('Cybercrime').gemeenten).toEqual([{ gemeentecode: 'GM0606', gemeentenaam: 'Schiedam', prioriteiten: [{ id: 'p1', titel: 'Cybercrime en online fraude', gelezen: true }] }]);
    // Vlaardingen does not share its draft: its priority on 1.3 is not counted.
    expect(s.themas.find((t) => t.id === '1.3')!.aantal).toBe(2);
    expect(s.hiaten.regiothemasZonderGemeente.map((t) => t.titel)).toEqual(['Weerbaar bestuur']);
    expect(s.hiaten.lokaalZonderRegio.map((p) => `${p.gemeentenaam}: ${p.titel}`)).toEqual(['Capelle aan den IJssel: Veilig uitgaan']);
    expect(s.hiaten.gemeentenZonderPlan.map((g) => `${g.gemeentenaam} (${g.status})`)).toEqual(['Albrandswaard (geen-plan)', 'Vlaardingen (niet-gedeeld)']);

    const csv = await app.request(`/api/v1/werkruimtes/${regio}/stapeling?formaat=csv`, { headers: { Cookie: (als.lezer as unknown as { cookie: string }).cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('Content-Type')).toContain('text/csv');
    expect(await csv.text()).toContain('regiothema;p3;Cybercrime;1;GM0606;Schiedam;Cybercrime en online fraude;ja;concept');
    const docx = await app.request(`/api/v1/werkruimtes/${regio}/stapeling?formaat=docx`, { headers: { Cookie: (als.lezer as unknown as { cookie: string }).cookie } });
    expect(docx.status).toBe(200);
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });

  it('koppelt een gemeentelijke indicator aan een regionale streefwaarde en toont de lokale metingen naast de regionale lijn', async () => {
    const ri = await als.coordinator.call('POST', `/werkruimtes/${regio}/indicatoren`, {
      naam: 'Woninginbraken in de eenheid',
      prioriteitId: 'p2',
      eenheid: 'aantal',
      richting: 'lager-is-beter',
      bron: 'politieregistratie',
      referentiejaar: 2025,
      referentiewaarde: 5000,
      streefwaarden: [
        { jaar: 2027, waarde: 4800 },
        { jaar: 2030, waarde: 4400 },
      ],
    });
    expect(ri.status, JSON.stringify(ri.body)).toBe(201);
    const regionaal = ri.body.id as string;

    const keuze = await als.coordinator.get(`/werkruimtes/${plan.schiedam}/regionale-indicatoren`);
    expect(keuze.status).toBe(200);
    expect(keuze.body.indicatoren).toEqual([{ werkruimteId: regio, regionaam: 'Eenheid Rotterdam: regionaal beleidsplan', indicatorId: regionaal, naam: 'Woninginbraken in de eenheid', eenheid: 'aantal' }]);

    const lokaal = { naam: 'Woninginbraken Schiedam', eenheid: 'aantal', richting: 'lager-is-beter', referentiejaar: 2025, referentiewaarde: 300, streefwaarden: [{ jaar: 2027, waarde: 280 }], regioKoppeling: { werkruimteId: regio, indicatorId: regionaal } };
    const li = await als.coordinator.call('POST', `/werkruimtes/${plan.schiedam}/indicatoren`, lokaal);
    expect(li.status, JSON.stringify(li.body)).toBe(201);
    const m = await als.coordinator.call('POST', `/werkruimtes/${plan.schiedam}/indicatoren/${li.body.id as string}/metingen`, { periode: '2027', waarde: 270 }, { 'If-Match': '"1"' });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    await als.coordinator.call('POST', `/werkruimtes/${regio}/indicatoren/${regionaal}/metingen`, { periode: '2027', waarde: 4900 }, { 'If-Match': '"1"' });

    // A regional indicator of a region the municipality is not in, or an unknown one, is refused with the field.
    const buiten = await als.coordinator.call('POST', `/werkruimtes/${plan.schiedam}/indicatoren`, { ...lokaal, regioKoppeling: { werkruimteId: regio, indicatorId: '00000000-0000-4000-8000-000000000000' } });
    expect(buiten.status).toBe(422);
    expect(JSON.stringify(buiten.body)).toContain('regioKoppeling.indicatorId');
    const demoWs = ((await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; gemeentecode: string; soort: string }[]).find((w) => w.gemeentecode === 'GM9999' && w.soort === 'ivp')!.id;
    const vreemd = await als.coordinator.call('POST', `/werkruimtes/${demoWs}/indicatoren`, lokaal);
    expect(vreemd.status).toBe(422);

    const t = await als.raad.get(`/werkruimtes/${regio}/regionale-streeftabel`);
    expect(t.status, JSON.stringify(t.body)).toBe(200);
    const rij = (t.body.rijen as { naam: string; hoortBij: string; streef: Record<string, string>; meting: Record<string, string>; status: string; lokaal: { gemeentenaam: string; meting: Record<string, string>; streef: Record<string, string>; status: string }[] }[])[0]!;
    expect(rij).toMatchObject({ naam: 'Woninginbraken in de eenheid', hoortBij: 'High impact crimes', meting: { 2027: '4.900' }, status: 'achter' });
    expect(rij.lokaal).toEqual([expect.objectContaining({ gemeentenaam: 'Schiedam', meting: { 2027: '270' }, streef: { 2027: '280' }, status: 'op-koers' })]);
    const docx = await app.request(`/api/v1/werkruimtes/${regio}/regionale-streeftabel?formaat=docx`, { headers: { Cookie: (als.raad as unknown as { cookie: string }).cookie } });
    expect(docx.status).toBe(200);
  });

  it('laat alleen wie mag de nieuwe eindpunten gebruiken (elke rol, een niet-lid en anoniem)', async () => {
    const verwacht = {
      stapeling: { coordinator: 200, redacteur: 200, partner: 200, beslisser: 200, raad: 403, lezer: 200, auditor: 200, buitenstaander: 404 },
      'regionale-streeftabel': { coordinator: 200, redacteur: 200, partner: 200, beslisser: 200, raad: 200, lezer: 200, auditor: 200, buitenstaander: 404 },
    } as const;
    for (const [pad, perRol] of Object.entries(verwacht)) {
      for (const [wie, status] of Object.entries(perRol)) {
        expect((await als[wie as keyof typeof als].get(`/werkruimtes/${regio}/${pad}`)).status, `${wie} ${pad}`).toBe(status);
      }
      expect((await anoniem.get(`/werkruimtes/${regio}/${pad}`)).status).toBe(401);
      // A municipal workspace has no stacking: 404 with the reason.
      const geen = await als.coordinator.get(`/werkruimtes/${plan.schiedam}/${pad}`);
      expect(geen.status).toBe(404);
      expect(String(geen.body.detail)).toContain('geen regio');
    }
    // Choosing a regional target to link to: only who keeps the indicators (in the demo workspace, where the roles live).
    const demoWs = ((await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; gemeentecode: string; soort: string }[]).find((w) => w.gemeentecode === 'GM9999' && w.soort === 'ivp')!.id;
    for (const rol of rollen) {
      expect((await als[rol].get(`/werkruimtes/${demoWs}/regionale-indicatoren`)).status, rol).toBe(rol === 'coordinator' || rol === 'redacteur' ? 200 : 403);
    }
    expect((await als.buitenstaander.get(`/werkruimtes/${demoWs}/regionale-indicatoren`)).status).toBe(404);
    expect((await anoniem.get(`/werkruimtes/${demoWs}/regionale-indicatoren`)).status).toBe(401);
  });
});
