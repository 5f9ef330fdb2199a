import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';
import type { MailMessage } from '../mail/mailer.ts';
import { stuurHerinneringen } from './herinneringen.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'] as const;
type Rol = (typeof rollen)[number];

describe.each(dbKinds)('sturing (stap 6) op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let demo: string;
  const verstuurd: MailMessage[] = [];
  const mailer = { send: async (m: MailMessage) => void verstuurd.push(m), close: () => undefined };
  const as = {} as Record<Rol, Client>;
  const ids = {} as Record<Rol, string>;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db, mailer });
    for (const r of rollen) as[r] = await Client.signIn(app, mail(r));
    demo = ((await as.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
    const leden = (await as.coordinator.get(`/werkruimtes/${demo}/leden`)).body.leden as { gebruikerId: string; email: string }[];
    for (const r of rollen) ids[r] = leden.find((l) => l.email === mail(r))!.gebruikerId;
  });
  afterAll(async () => {
    await testDb.drop();
  });

  async function nieuweWerkruimte(naam: string): Promise<string> {
    const res = await as.coordinator.call('POST', '/werkruimtes', { naam, gemeentecode: 'GM0599', periodeStart: 2011, periodeEinde: 2018 });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    for (const r of rollen) if (r !== 'coordinator') await testDb.db.query('insert into leden (werkruimte_id, gebruiker_id, rol) values ($1, $2, $3)', [id, ids[r], r]);
    return id;
  }

  const indicator = (naam: string, ref: number, doel: number, extra: Record<string, unknown> = {}) => ({
    naam,
    richting: doel < ref ? 'lager-is-beter' : 'hoger-is-beter',
    eenheid: 'aantal',
    referentiejaar: 2011,
    referentiewaarde: ref,
    streefwaarden: [{ jaar: 2018, waarde: doel }],
    ...extra,
  });

  it('rekent de streefverandering van de Rotterdamse bijlage goed uit (ook waar het plan -39 % drukt)', async () => {
    const ws = await nieuweWerkruimte('Rotterdam-voorbeeld');
    const post = (b: unknown) => as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, b);
    const uitkomst = [];
    for (const [naam, ref, doel, eenheid] of [
      ['Overvallen', 486, 300, 'aantal'],
      ['Straatroof', 1630, 1200, 'aantal'],
      ['Woninginbraak', 8470, 7500, 'aantal'],
      ['Oplossingspercentage overvallen', 46, 55, 'percentage'],
    ] as const) {
      const r = await post(indicator(naam, ref, doel, { eenheid }));
      expect(r.status).toBe(201);
      expect(r.headers.get('Location')).toContain(`/indicatoren/${String(r.body.id)}`);
      uitkomst.push(r.body.streefveranderingProcent);
    }
    expect(uitkomst).toEqual([-38.3, -26.4, -11.5, 19.6]);
    const tabel = await as.raad.get(`/werkruimtes/${ws}/streeftabel`);
    expect(tabel.status).toBe(200);
    const rijen = (tabel.body.tabel as { rijen: { naam: string; mutatieProcent: number }[] }).rijen;
    expect(rijen.map((r) => r.mutatieProcent)).toEqual([-38.3, -26.4, -11.5, 19.6]);
    const docx = await app.request(`/api/v1/werkruimtes/${ws}/streeftabel?formaat=docx`, { headers: { Cookie: as.coordinator.cookie! } });
    expect(docx.status).toBe(200);
    const xml = await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(xml).toContain('Overvallen');
    expect(xml).toContain('−38,3');
  });

  it('geeft elke meting een status langs het streefpad, en begrijpt Nederlandse getallen', async () => {
    const ws = await nieuweWerkruimte('Metingen');
    const r = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, indicator('Overvallen', 486, 300, { streefwaarden: [{ jaar: 2014, waarde: 400 }, { jaar: 2018, waarde: '300' }] }));
    expect(r.status).toBe(201);
    const pad = `/werkruimtes/${ws}/indicatoren/${String(r.body.id)}`;
    expect((await as.redacteur.call('POST', `${pad}/metingen`, { periode: 2012, waarde: 440 })).status).toBe(201);
    expect((await as.redacteur.call('POST', `${pad}/metingen`, { periode: '2013', waarde: '1.450' })).status).toBe(201);
    expect((await as.redacteur.call('POST', `${pad}/metingen`, { periode: '2010', waarde: 500 })).status).toBe(201);
    const lezen = await as.lezer.get(pad);
    expect(lezen.status).toBe(200);
    const metingen = lezen.body.metingen as { periode: string; waarde: number; status: string }[];
    expect(metingen.map((m) => [m.periode, m.waarde, m.status])).toEqual([
      ['2010', 500, 'onbekend'],
      ['2012', 440, 'op-koers'],
      ['2013', 1450, 'achter'],
    ]);
    // Same period again replaces, never doubles.
    expect((await as.redacteur.call('POST', `${pad}/metingen`, { periode: '2013', waarde: 410 })).status).toBe(201);
    const opnieuw = (await as.lezer.get(pad)).body.metingen as { periode: string; status: string }[];
    expect(opnieuw.filter((m) => m.periode === '2013')).toEqual([expect.objectContaining({ status: 'op-koers' })]);
    // A quarter as the app shows it ("2e kwartaal 2014") is read as 2014-K2.
    expect((await as.redacteur.call('POST', `${pad}/metingen`, { periode: '2e kwartaal 2014', waarde: 400 })).status).toBe(201);
    const kwartaal = (await as.lezer.get(pad)).body.metingen as { periode: string }[];
    expect(kwartaal.map((m) => m.periode)).toContain('2014-K2');
  });

  it('weigert foute invoer met 422 en noemt het veld', async () => {
    const ws = await nieuweWerkruimte('Foute invoer');
    const post = (b: unknown) => as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, b);
    const namen = (r: { body: Record<string, unknown> }) => (r.body.invalidParams as { name: string; reason: string }[]).map((p) => p.name);

    const voor = await post(indicator('X', 10, 5, { streefwaarden: [{ jaar: 2009, waarde: 5 }] }));
    expect(voor.status).toBe(422);
    expect(voor.headers.get('content-type')).toContain('application/problem+json');
    expect(namen(voor)).toContain('streefwaarden[0].jaar');

    const tekst = await post(indicator('X', 10, 5, { referentiewaarde: 'veel' }));
    expect(tekst.status).toBe(422);
    expect(namen(tekst)).toContain('referentiewaarde');
    expect(String(tekst.body.detail)).toContain('veel');

    const procent = await post(indicator('X', 46, 120, { eenheid: 'percentage' }));
    expect(procent.status).toBe(422);
    expect(namen(procent)).toContain('streefwaarden[0].waarde');

    const punt = await post(indicator('X', 10, 5, { referentiewaarde: '7.5' }));
    expect(punt.status).toBe(422);
    expect(String(punt.body.detail)).toContain('komma');

    const ok = await post(indicator('Rapportcijfer', 6.8, 7.5, { eenheid: 'score', referentiewaarde: '6,8', streefwaarden: [{ jaar: 2018, waarde: '7,5 (1 tot 10)' }] }));
    expect(ok.status).toBe(201);
    expect(ok.body.referentiewaarde).toBe(6.8);
    const metingen = `/werkruimtes/${ws}/indicatoren/${String(ok.body.id)}/metingen`;
    const geenGetal = await as.coordinator.call('POST', metingen, { periode: '2012', waarde: 'onbekend' });
    expect(geenGetal.status).toBe(422);
    expect(namen(geenGetal)).toContain('waarde');
    const periode = await as.coordinator.call('POST', metingen, { periode: '2012-13', waarde: 7 });
    expect(periode.status).toBe(422);
    expect(namen(periode)).toContain('periode');

    const pct = await post(indicator('Aandeel', 30, 20, { eenheid: '%' }));
    expect(pct.status).toBe(201);
    const boven = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren/${String(pct.body.id)}/metingen`, { periode: '2013', waarde: '128,8%' });
    expect(boven.status).toBe(422);
    expect(namen(boven)).toContain('waarde');
    // Nothing of the refused measurements was saved.
    expect(((await as.coordinator.get(`/werkruimtes/${ws}/indicatoren/${String(pct.body.id)}`)).body.metingen as unknown[]).length).toBe(0);
  });

  it('laat alleen wie mag indicatoren beheren, metingen vastleggen en het dashboard lezen', async () => {
    const ws = await nieuweWerkruimte('Rechten');
    const nieuw = indicator('Overvallen', 486, 300);
    for (const r of ['partner', 'beslisser', 'raad', 'lezer'] as const) {
      expect((await as[r].call('POST', `/werkruimtes/${ws}/indicatoren`, nieuw)).status, r).toBe(403);
    }
    expect((await Client.anonymous(app).call('POST', `/werkruimtes/${ws}/indicatoren`, nieuw)).status).toBe(401);
    const r = await as.redacteur.call('POST', `/werkruimtes/${ws}/indicatoren`, { ...nieuw, eigenaarId: ids.partner });
    expect(r.status).toBe(201);
    const pad = `/werkruimtes/${ws}/indicatoren/${String(r.body.id)}`;
    // The owner (a partner) may record a measurement; a partner who is not the owner may not.
    expect((await as.partner.call('POST', `${pad}/metingen`, { periode: '2012', waarde: 450 })).status).toBe(201);
    const anders = await as.redacteur.call('POST', `/werkruimtes/${ws}/indicatoren`, indicator('Straatroof', 1630, 1200));
    expect((await as.partner.call('POST', `/werkruimtes/${ws}/indicatoren/${String(anders.body.id)}/metingen`, { periode: '2012', waarde: 1500 })).status).toBe(403);
    for (const rol of ['raad', 'lezer'] as const) expect((await as[rol].call('POST', `${pad}/metingen`, { periode: '2013', waarde: 1 })).status, rol).toBe(403);
    // Raad and lezer cannot own an indicator.
    const eigenaarRaad = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, { ...nieuw, eigenaarId: ids.raad });
    expect(eigenaarRaad.status).toBe(422);
    // Everyone in the workspace reads the dashboard, the raad included; outsiders get 404.
    for (const rol of rollen) expect((await as[rol].get(`/werkruimtes/${ws}/dashboard`)).status, rol).toBe(200);
    expect((await Client.anonymous(app).get(`/werkruimtes/${ws}/dashboard`)).status).toBe(401);
    // Meetings and reports: only coordinator and werkgroep write.
    const overleg = await as.coordinator.get(`/werkruimtes/${ws}/voortgangsoverleg`);
    for (const rol of ['partner', 'beslisser', 'raad', 'lezer'] as const) {
      expect((await as[rol].call('PUT', `/werkruimtes/${ws}/voortgangsoverleg`, overleg.body.inhoud, { 'If-Match': '"0"' })).status, rol).toBe(403);
      expect((await as[rol].call('PUT', `/werkruimtes/${ws}/voortgangsrapportages/2012-K1`, { hoogtepunten: '', knelpunten: '' }, { 'If-Match': '"0"' })).status, rol).toBe(403);
      expect((await as[rol].get(`/werkruimtes/${ws}/voortgangsoverleg/bijwerkstand`)).status, rol).toBe(403);
    }
    expect((await as.redacteur.call('POST', `/werkruimtes/${ws}/voortgangsoverleg/herinneringen`)).status).toBe(403);
    expect((await as.redacteur.call('DELETE', pad)).status).toBe(428);
    const huidig = (await as.redacteur.get(pad)).headers.get('ETag')!;
    expect((await as.redacteur.call('DELETE', pad, undefined, { 'If-Match': huidig })).status).toBe(204);
    expect((await as.partner.call('DELETE', `/werkruimtes/${ws}/indicatoren/${String(anders.body.id)}`)).status).toBe(403);
  });

  it('vult de plancheck aan met de regels voor indicatoren en prestatie-indicatoren', async () => {
    const ws = await nieuweWerkruimte('Plancheck');
    const prio = await as.coordinator.call('PUT', `/werkruimtes/${ws}/prioriteiten`, [{ titel: 'Overvallen', themaIds: ['1.3'] }], { 'If-Match': '"0"' });
    expect(prio.status).toBe(200);
    const codes = async () => ((await as.coordinator.get(`/werkruimtes/${ws}/plancheck`)).body.bevindingen as { code: string; ernst: string }[]).map((b) => `${b.ernst}:${b.code}`);
    expect(await codes()).toContain('waarschuwing:indicatoren-aantal');
    const post = (b: unknown) => as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, b);
    expect((await post(indicator('Overvallen', 486, 300, { prioriteitId: 'p1', aard: 'objectief' }))).status).toBe(201);
    expect((await post(indicator('Straatroof', 1630, 1800, { prioriteitId: 'p1', richting: 'lager-is-beter', aard: 'objectief' }))).status).toBe(201);
    expect((await post({ naam: 'Zonder nulmeting', richting: 'lager-is-beter', eenheid: 'aantal', prioriteitId: 'p1' })).status).toBe(201);
    const na = await codes();
    expect(na).not.toContain('waarschuwing:indicatoren-aantal');
    expect(na).toContain('waarschuwing:indicatoren-aard');
    expect(na).toContain('fout:streefwaarde-verkeerde-richting');
    expect(na).toContain('fout:indicator-zonder-referentie');
    expect(na).toContain('fout:indicator-zonder-streefwaarde');
    expect((await post(indicator('Onbekende prioriteit', 486, 300, { prioriteitId: 'p9' }))).status).toBe(422);
  });

  it('laat de eigenaar een maatregel bijwerken en seint de coördinator en de portefeuillehouder bij vertraging', async () => {
    const plannen = (await as.coordinator.get(`/werkruimtes/${demo}/uitvoeringsplannen`)).body.jaren as number[];
    const jaar = plannen[0]!;
    const plan = (await as.coordinator.get(`/werkruimtes/${demo}/uitvoeringsplannen/${jaar}`)).body.inhoud as { actiepunten: { maatregelen: { id: string; eigenaarId: string | null; status: string }[] }[] };
    const vanPartner = plan.actiepunten.flatMap((a) => a.maatregelen).find((m) => m.eigenaarId === ids.partner)!;
    const nietVanPartner = plan.actiepunten.flatMap((a) => a.maatregelen).find((m) => m.eigenaarId !== ids.partner)!;
    const pad = (id: string) => `/werkruimtes/${demo}/uitvoeringsplannen/${jaar}/maatregelen/${id}/voortgang`;
    const voor = ((await as.beslisser.get('/meldingen')).body.ongelezen as number) ?? 0;
    const r = await as.partner.call('POST', pad(vanPartner.id), { status: 'vertraagd', toelichting: 'Aanbesteding camera’s loopt uit', gerealiseerd: [{ kwartaal: `${jaar}-K1`, waarde: 2 }] });
    expect(r.status).toBe(200);
    expect(r.body.maatregel).toMatchObject({ status: 'vertraagd', statusToelichting: 'Aanbesteding camera’s loopt uit' });
    expect((await as.partner.call('POST', pad(nietVanPartner.id), { status: 'afgerond' })).status).toBe(403);
    expect((await as.raad.call('POST', pad(vanPartner.id), { status: 'afgerond' })).status).toBe(403);
    const meldingen = (await as.beslisser.get('/meldingen')).body;
    expect(meldingen.ongelezen).toBe(voor + 1);
    const signaal = (meldingen.meldingen as { id: string; tekst: string; soort: string }[])[0]!;
    expect(signaal).toMatchObject({ soort: 'signaal' });
    expect(signaal.tekst).toContain('vertraagd');
    expect(verstuurd.some((m) => m.aan === mail('beslisser') && m.tekst.includes('Aanbesteding'))).toBe(true);
    expect((await as.beslisser.call('POST', `/meldingen/${signaal.id}/gelezen`)).status).toBe(204);
    expect((await as.partner.call('POST', `/meldingen/${signaal.id}/gelezen`)).status).toBe(404);
    // An owner in the plan itself must be a member who may update (not the raad).
    const pad2027 = `/werkruimtes/${demo}/uitvoeringsplannen/${jaar}`;
    const huidig = await as.coordinator.get(pad2027);
    const metRaad = structuredClone(huidig.body.inhoud) as typeof plan;
    metRaad.actiepunten[0]!.maatregelen[0]!.eigenaarId = ids.raad;
    const geweigerd = await as.coordinator.call('PUT', pad2027, metRaad, { 'If-Match': huidig.headers.get('ETag')! });
    expect(geweigerd.status).toBe(422);
    expect((geweigerd.body.invalidParams as { name: string }[])[0]!.name).toBe('actiepunten[0].maatregelen[0].eigenaarId');
    // The dashboard counts it as late.
    const d = (await as.raad.get(`/werkruimtes/${demo}/dashboard`)).body as { samenvatting: { maatregelen: { teLaat: number } } };
    expect(d.samenvatting.maatregelen.teLaat).toBeGreaterThan(0);
  });

  it('stuurt eigenaren die niet bijwerkten één herinnering voor het overleg, ook per e-mail', async () => {
    const ws = await nieuweWerkruimte('Herinneringen');
    const r = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, { ...indicator('Overvallen', 486, 300), eigenaarId: ids.beslisser });
    expect(r.status).toBe(201);
    const overleg = await as.coordinator.get(`/werkruimtes/${ws}/voortgangsoverleg`);
    const inhoud = { ...(overleg.body.inhoud as object), eersteOverleg: '2027-03-15', intervalMaanden: 3 };
    expect((await as.coordinator.call('PUT', `/werkruimtes/${ws}/voortgangsoverleg`, inhoud, { 'If-Match': '"0"' })).status).toBe(200);
    const mails = verstuurd.length;
    const ver = await stuurHerinneringen(testDb.db, mailer, '2027-06-01');
    expect(ver.overleggen.find((o) => o.werkruimteId === ws)).toBeUndefined();
    const dichtbij = await stuurHerinneringen(testDb.db, mailer, '2027-06-10');
    expect(dichtbij.overleggen).toContainEqual({ werkruimteId: ws, datum: '2027-06-15' });
    const eigen = (await as.beslisser.get('/meldingen')).body.meldingen as { werkruimteId: string; soort: string; tekst: string }[];
    const herinnering = eigen.filter((m) => m.werkruimteId === ws && m.soort === 'herinnering');
    expect(herinnering).toHaveLength(1);
    expect(herinnering[0]!.tekst).toContain('Overvallen');
    // Counted from the previous meeting.
    expect(herinnering[0]!.tekst).toContain('Sinds 15 maart 2027');
    expect(verstuurd.slice(mails).some((m) => m.aan === mail('beslisser') && m.onderwerp.startsWith('Herinnering'))).toBe(true);
    // A second sweep sends nothing new.
    await stuurHerinneringen(testDb.db, mailer, '2027-06-12');
    expect(((await as.beslisser.get('/meldingen')).body.meldingen as { werkruimteId: string; soort: string }[]).filter((m) => m.werkruimteId === ws && m.soort === 'herinnering')).toHaveLength(1);
    const stand = await as.coordinator.get(`/werkruimtes/${ws}/voortgangsoverleg/bijwerkstand`);
    expect(stand.status).toBe(200);
  });

  it('maakt de agenda, de voortgangsrapportage (ook in Word) en het jaarbeeld dat de terugblik voedt', async () => {
    const agenda = await as.coordinator.get(`/werkruimtes/${demo}/voortgangsoverleg/agenda?datum=2027-09-15`);
    expect(agenda.status).toBe(200);
    expect(String(agenda.body.tekst)).toMatch(/^1\. Opening/);
    const pad = `/werkruimtes/${demo}/voortgangsrapportages/2027-K2`;
    const leeg = await as.coordinator.get(pad);
    expect(leeg.status).toBe(200);
    const opslaan = await as.coordinator.call('PUT', pad, { hoogtepunten: 'Keurmerk Veilig Ondernemen gecertificeerd.', knelpunten: 'Te weinig boa-capaciteit in de avond.' }, { 'If-Match': leeg.headers.get('ETag')! });
    expect(opslaan.status).toBe(200);
    const model = opslaan.body.model as { titel: string; blokken: { soort: string; tekst?: string }[] };
    expect(model.titel).toBe('Voortgangsrapportage 2e kwartaal 2027');
    expect(model.blokken.some((b) => b.tekst === 'Te weinig boa-capaciteit in de avond.')).toBe(true);
    const docx = await app.request(`/api/v1${pad}.docx`, { headers: { Cookie: as.lezer.cookie! } });
    expect(docx.status).toBe(200);
    // The council reads a report only once it is offered to it (issue 15), not the concept.
    expect((await app.request(`/api/v1${pad}.docx`, { headers: { Cookie: as.raad.cookie! } })).status).toBe(403);
    const xml = await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(xml).toContain('Te weinig boa-capaciteit');
    expect((await as.coordinator.get(`/werkruimtes/${demo}/voortgangsrapportages/2027-K5`)).status).toBe(404);
    // The yearbook of 2027 feeds the look-back of the plan for 2028.
    const jb = await as.coordinator.get(`/werkruimtes/${demo}/voortgangsrapportages/2027`);
    await as.coordinator.call('PUT', `/werkruimtes/${demo}/voortgangsrapportages/2027`, { hoogtepunten: 'Minder woninginbraken dan ooit.', knelpunten: '' }, { 'If-Match': jb.headers.get('ETag')! });
    const vervolg = await as.coordinator.call('POST', `/werkruimtes/${demo}/uitvoeringsplannen/2027/vervolgplan`);
    expect(vervolg.status).toBe(201);
    const terugblik = (vervolg.body.inhoud as { terugblik: string }).terugblik;
    expect(terugblik).toContain('Jaarbeeld 2027');
    expect(terugblik).toContain('Minder woninginbraken dan ooit.');
  });

  it('seint elke indicator die op het dashboard achterloopt ook zonder nieuwe meting, één keer per periode', async () => {
    const vandaag = new Date().toISOString().slice(0, 10);
    const dashboard = await as.coordinator.get(`/werkruimtes/${demo}/dashboard`);
    const achter = (dashboard.body.groepen as { indicatoren: { naam: string; status: string }[] }[]).flatMap((g) => g.indicatoren).filter((i) => i.status === 'achter');
    expect(achter.length).toBeGreaterThan(0);
    const signalen = async () =>
      ((await as.coordinator.get('/meldingen')).body.meldingen as { werkruimteId: string; soort: string; tekst: string }[]).filter((m) => m.werkruimteId === demo && m.soort === 'signaal' && m.tekst.includes('loopt achter'));
    await stuurHerinneringen(testDb.db, null, vandaag);
    const na = await signalen();
    for (const i of achter) expect(na.filter((m) => m.tekst.startsWith(`Indicator '${i.naam}' loopt achter`))).toHaveLength(1);
    // A second sweep adds nothing.
    await stuurHerinneringen(testDb.db, null, vandaag);
    expect(await signalen()).toHaveLength(na.length);
  });
});
