import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import { ivpHoofdstukken } from '../../domain/cyclus/methode.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';
import { demoPlan } from '../demo/demo-plan.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'] as const;
type Rol = (typeof rollen)[number];

const ontsnap = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The text of a Word file, paragraph by paragraph, and the styles of its paragraphs. */
async function wordTekst(app: KernplanApp, client: Client, pad: string): Promise<{ status: number; tekst: string; koppen: string[]; tabellen: number }> {
  const res = await app.request(`/api/v1${pad}`, { headers: { Cookie: client.cookie! } });
  if (res.status !== 200) return { status: res.status, tekst: '', koppen: [], tabellen: 0 };
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const zip = await JSZip.loadAsync(await res.arrayBuffer());
  const xml = await zip.file('word/document.xml')!.async('string');
  const alineas = xml.split('</w:p>').map((p) => ({ stijl: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '', tekst: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => ontsnap(m[1]!)).join('') }));
  return {
    status: 200,
    tekst: alineas.map((a) => a.tekst).join('\n'),
    koppen: alineas.filter((a) => a.stijl === 'Heading1').map((a) => a.tekst),
    tabellen: (xml.match(/<w:tbl>/g) ?? []).length,
  };
}

describe.each(dbKinds)('beleidscyclus op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let demo: string;
  const as = {} as Record<Rol, Client>;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of rollen) as[r] = await Client.signIn(app, mail(r));
    demo = ((await as.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
  });
  afterAll(async () => {
    await testDb.drop();
  });

  /** A fresh workspace of the coordinator, so tests do not lean on each other. */
  async function nieuweWerkruimte(naam: string): Promise<string> {
    const res = await as.coordinator.call('POST', '/werkruimtes', { naam, gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2030 });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    // The other demo users join with their demo role.
    const leden = (await as.coordinator.get(`/werkruimtes/${demo}/leden`)).body.leden as { gebruikerId: string; rol: string }[];
    for (const l of leden) {
      if (l.rol === 'coordinator') continue;
      await testDb.db.query('insert into leden (werkruimte_id, gebruiker_id, rol) values ($1, $2, $3)', [id, l.gebruikerId, l.rol]);
    }
    return id;
  }

  const put = (c: Client, pad: string, body: unknown) => c.write('PUT' as never, pad, body, pad);

  /** An effect indicator with a target for a priority: the Raad adopts an IVP only with one per priority (issue 15). */
  async function metStreefwaarde(ws: string, prioriteitId: string) {
    const r = await as.coordinator.call('POST', `/werkruimtes/${ws}/indicatoren`, {
      naam: `Effectindicator bij ${prioriteitId}`,
      prioriteitId,
      eenheid: 'aantal',
      richting: 'lager-is-beter',
      referentiejaar: 2025,
      referentiewaarde: 100,
      streefwaarden: [{ jaar: 2030, waarde: 80 }],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  }

  describe('de demogemeente', () => {
    it('is compleet: analyse van alle velden, drie prioriteiten, IVP vastgesteld, uitvoeringsplan met 20 maatregelen', async () => {
      const cyclus = await as.coordinator.get(`/werkruimtes/${demo}/cyclus`);
      expect(cyclus.status).toBe(200);
      expect(cyclus.body.analyse).toEqual({ ingevuld: 22, themas: 22 });
      expect((cyclus.body.prioriteiten as unknown[]).length).toBe(3);
      expect(cyclus.body.uitvoeringsplanJaren).toEqual([2027]);
      expect((cyclus.body.bevindingen as { ernst: string }[]).filter((b) => b.ernst === 'fout')).toEqual([]);
      const plan = await as.coordinator.get(`/werkruimtes/${demo}/uitvoeringsplannen/2027`);
      const maatregelen = (plan.body.inhoud as { actiepunten: { maatregelen: unknown[] }[] }).actiepunten.flatMap((a) => a.maatregelen);
      expect(maatregelen.length).toBe(20);
      const docs = (await as.coordinator.get(`/werkruimtes/${demo}/documenten`)).body.documenten as { soort: string; status: string }[];
      expect(docs.map((d) => [d.soort, d.status])).toEqual([
        ['startnotitie', 'vastgesteld'],
        ['veiligheidsanalyse', 'in-bespreking'],
        ['ivp', 'vastgesteld'],
        ['uitvoeringsplan', 'in-bespreking'],
      ]);
    });

    it('geeft elk van de vier documenten als Word met de hoofdstukken van de methode', async () => {
      const ivp = await wordTekst(app, as.coordinator, `/werkruimtes/${demo}/documenten/ivp.docx`);
      expect(ivp.koppen).toEqual([...ivpHoofdstukken.map((h) => `${h.nummer} ${h.titel}`), 'Bijlage 1 Streefwaarden', 'Bijlage 2 Beleidsketen per prioriteit']);
      for (const p of demoPlan.prioriteiten) expect(ivp.tekst).toContain(p.titel);
      expect(ivp.tekst).toContain('Gemeente Dijkstede');
      expect(ivp.tekst).toContain('2027-2030');
      const plan = await wordTekst(app, as.coordinator, `/werkruimtes/${demo}/documenten/uitvoeringsplan.docx`);
      expect(plan.koppen).toEqual([
        '1 Hoofdlijn IVP en beleidscyclus',
        '2 Terugblik',
        '3 Uitwerking prioriteiten',
        "4 Uitwerking overige strategische thema's",
        '5 Begroting',
        `Bijlage 1 Beleidsketen ${demoPlan.uitvoeringsplan.jaar}`,
        'Bijlage 2 Afspraken met partners en capaciteit',
      ]);
      // A table per action point, the chain annex, and the agreements and capacity choices.
      expect(plan.tabellen).toBe(demoPlan.uitvoeringsplan.actiepunten.length + 3);
      const analyse = await wordTekst(app, as.coordinator, `/werkruimtes/${demo}/documenten/veiligheidsanalyse.docx`);
      expect(analyse.koppen).toEqual(['1 Veilige woon- en leefomgeving', '2 Bedrijvigheid en veiligheid', '3 Jeugd en veiligheid', '4 Fysieke veiligheid', '5 Integriteit en veiligheid']);
      expect(analyse.tabellen).toBeGreaterThan(20);
      const start = await wordTekst(app, as.coordinator, `/werkruimtes/${demo}/documenten/startnotitie.docx`);
      expect(start.koppen[0]).toBe('1 Aanleiding');
      expect(start.tabellen).toBe(1);
    });

    it('laat een vertrouwelijk thema weg uit de rapportage, ook voor wie het mag zien', async () => {
      const geheim = demoPlan.secties.find((s) => s.sleutel === 'thema-5.2')!.tekst.slice(0, 60);
      const analyse = await wordTekst(app, as.coordinator, `/werkruimtes/${demo}/documenten/veiligheidsanalyse.docx`);
      expect(analyse.tekst).not.toContain(geheim);
      // It reads like a theme without analysis: the document does not even say something was left out (ADR 0015).
      expect(analyse.tekst).not.toMatch(/vertrouwelijk/i);
    });
  });

  describe('prioriteiten (PUT met If-Match)', () => {
    it('neemt er drie aan, vier met een opmerking, en weigert een vijfde met uitleg (422) zonder iets te wijzigen', async () => {
      const ws = await nieuweWerkruimte('IVP Amsterdam-test prioriteiten');
      const pad = `/werkruimtes/${ws}/prioriteiten`;
      const drie = [
        { titel: 'Ondermijning', themaIds: ['5.2'] },
        { titel: 'Woninginbraak', themaIds: ['1.3'] },
        { titel: 'Jeugdoverlast', themaIds: ['3.1', '3.2'] },
      ];
      const r3 = await put(as.coordinator, pad, drie);
      expect(r3.status).toBe(200);
      expect((r3.body.inhoud as { id: string }[]).map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
      expect(r3.body.opmerkingen).toEqual([]);

      const r4 = await put(as.coordinator, pad, [...drie, { titel: 'Cybercrime', themaIds: ['5.4'] }]);
      expect(r4.status).toBe(200);
      expect((r4.body.opmerkingen as string[])[0]).toMatch(/Vier prioriteiten is het maximum/);

      const r5 = await put(as.coordinator, pad, [...drie, { titel: 'Cybercrime', themaIds: ['5.4'] }, { titel: 'Brandveiligheid', themaIds: ['4.1'] }]);
      expect(r5.status).toBe(422);
      expect(r5.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(r5.body.detail).toMatch(/het maximum is 4/);
      expect(r5.body.detail).toMatch(/drie, hooguit vier prioriteiten/);
      const na = await as.coordinator.get(pad);
      expect((na.body.inhoud as unknown[]).length).toBe(4);
      expect(na.body.versie).toBe(r4.body.versie);
    });

    it('vraagt If-Match (428), weigert een oude versie (412) en een onbekend thema (422 met plek)', async () => {
      const ws = await nieuweWerkruimte('IVP Amsterdam-test versies');
      const pad = `/werkruimtes/${ws}/prioriteiten`;
      const zonder = await as.coordinator.call('PUT', pad, [{ titel: 'A', themaIds: ['1.1'] }]);
      expect(zonder.status).toBe(428);
      const eerste = await as.coordinator.call('PUT', pad, [{ titel: 'A', themaIds: ['1.1'] }], { 'If-Match': '"0"' });
      expect(eerste.status).toBe(200);
      const oud = await as.coordinator.call('PUT', pad, [{ titel: 'B', themaIds: ['1.2'] }], { 'If-Match': '"0"' });
      expect(oud.status).toBe(412);
      expect(oud.body.huidigeVersie).toBe(1);
      const onbekend = await as.coordinator.call('PUT', pad, [{ titel: 'B', themaIds: ['9.9'] }], { 'If-Match': '"1"' });
      expect(onbekend.status).toBe(400);
      expect((onbekend.body.invalidParams as { name: string }[])[0]!.name).toBe('0.themaIds.0');
      const dubbel = await as.coordinator.call('PUT', pad, [{ titel: 'B', themaIds: ['1.2'] }, { titel: 'C', themaIds: ['1.2'] }], { 'If-Match': '"1"' });
      expect(dubbel.status).toBe(422);
      expect((dubbel.body.invalidParams as { name: string }[])[0]!.name).toBe('[1].themaIds[0]');
    });

    it('weigert lezer, raad, partner en beslisser (403) en anoniem (401)', async () => {
      const pad = `/werkruimtes/${demo}/prioriteiten`;
      for (const r of ['lezer', 'raad', 'partner', 'beslisser'] as const) {
        expect((await put(as[r], pad, [{ titel: 'X', themaIds: ['1.1'] }])).status, r).toBe(403);
      }
      expect((await Client.anonymous(app).call('PUT', pad, [], { 'If-Match': '"1"' })).status).toBe(401);
      expect((await as.raad.get(pad)).status).toBe(403);
    });
  });

  describe('analyse, IVP en uitvoeringsplan', () => {
    it('slaat cijfers, huidige aanpak en maatregelen bij een thema op; een partner alleen bij een toegewezen thema', async () => {
      const ws = await nieuweWerkruimte('IVP Amsterdam-test analyse');
      const pad = `/werkruimtes/${ws}/secties/thema-2.1`;
      const analyse = {
        cijfers: [{ omschrijving: 'Winkeldiefstal', waarde: 212, eenheid: 'aantal', periode: '2024', bron: 'Politie, open data' }],
        huidigeAanpak: 'Keurmerk in het centrum.',
        maatregelen: [{ naam: 'KVO winkelgebied', methodeId: 'keurmerk-veilig-ondernemen' }],
        extra: 'Uitbreiden naar de wijkcentra.',
      };
      const r = await as.redacteur.write('PATCH', pad, { tekst: 'Winkeldiefstal stijgt.', analyse }, pad);
      expect(r.status).toBe(200);
      expect(r.body.analyse).toMatchObject(analyse);
      expect(r.body.soort).toBe('thema');
      const fout = await as.redacteur.write('PATCH', pad, { analyse: { maatregelen: [{ naam: 'X', methodeId: 'bestaat-niet' }] } }, pad);
      expect(fout.status).toBe(400);
      expect((fout.body.invalidParams as { name: string }[])[0]!.name).toBe('analyse.maatregelen.0.methodeId');
      expect((await as.partner.write('PATCH', pad, { analyse: { extra: 'Poging' } }, pad)).status).toBe(403);
      const secties = (await as.coordinator.get(`/werkruimtes/${ws}/secties`)).body.secties as { sleutel: string }[];
      expect(secties.length).toBe(33);
      expect(secties.slice(0, 12).map((s) => s.sleutel)).toEqual([
        'thema-1.1', 'thema-1.2', 'thema-1.3', 'thema-1.4',
        'aspect-1', 'aspect-2', 'aspect-3', 'aspect-4', 'aspect-5', 'aspect-6',
        'veld-1', 'thema-2.1',
      ]);
    });

    it('stelt het IVP voor uit analyse en prioriteiten, en meldt een prioriteit zonder doel in de plancheck', async () => {
      const ws = await nieuweWerkruimte('IVP Amsterdam-test ivp');
      await as.coordinator.write('PATCH', `/werkruimtes/${ws}/secties/thema-1.3`, { tekst: 'Inbraken vooral in Noord.' }, `/werkruimtes/${ws}/secties/thema-1.3`);
      await as.coordinator.write('PATCH', `/werkruimtes/${ws}/secties/veld-1`, { tekst: 'Veld 1 vraagt aandacht.' }, `/werkruimtes/${ws}/secties/veld-1`);
      await put(as.coordinator, `/werkruimtes/${ws}/prioriteiten`, [{ titel: 'Woninginbraak', themaIds: ['1.3'] }]);
      const voorstel = await as.coordinator.get(`/werkruimtes/${ws}/ivp`);
      expect(voorstel.body.versie).toBe(0);
      const ivp = voorstel.body.inhoud as { uitgangssituatie: string; prioriteiten: Record<string, { waarom: string; doel: string }> };
      expect(ivp.uitgangssituatie).toContain('Veld 1 vraagt aandacht.');
      expect(ivp.prioriteiten.p1!.waarom).toBe('Inbraken vooral in Noord.');
      const check = await as.coordinator.get(`/werkruimtes/${ws}/plancheck`);
      expect(check.body.bevindingen).toContainEqual(expect.objectContaining({ ernst: 'fout', code: 'prioriteit-zonder-doel', plek: 'ivp#prioriteit-p1' }));
      ivp.prioriteiten.p1!.doel = 'Minder inbraken dan in 2024.';
      expect((await put(as.redacteur, `/werkruimtes/${ws}/ivp`, ivp)).status).toBe(200);
      const na = await as.coordinator.get(`/werkruimtes/${ws}/plancheck`);
      expect((na.body.bevindingen as { code: string }[]).map((b) => b.code)).not.toContain('prioriteit-zonder-doel');
      expect((await put(as.partner, `/werkruimtes/${ws}/ivp`, ivp)).status).toBe(403);
    });

    it('bewaart een uitvoeringsplan, vindt een maatregel zonder trekker en planning, en maakt een vervolgplan', async () => {
      const ws = await nieuweWerkruimte('IVP Amsterdam-test uitvoering');
      await put(as.coordinator, `/werkruimtes/${ws}/prioriteiten`, [{ titel: 'Woninginbraak', themaIds: ['1.3'] }]);
      const maatregel = (id: string, extra: object = {}) => ({
        id,
        naam: `Maatregel ${id}`,
        prestatieIndicator: '4 voorlichtingsavonden',
        bestuurlijkTrekker: 'Burgemeester',
        ambtelijkTrekker: 'Team OOV',
        partners: 'Politie',
        startKwartaal: '2027-K1',
        eindKwartaal: '2027-K4',
        budget: 5000,
        status: 'gepland',
        ...extra,
      });
      const plan = {
        jaar: 2027,
        hoofdlijn: 'Hoofdlijn.',
        terugblik: '',
        begroting: '',
        actiepunten: [
          { id: 'a1', titel: 'Voorlichting', prioriteitId: 'p1', themaId: null, maatregelen: [maatregel('m1', { status: 'gereed' }), maatregel('m2')] },
          { id: 'a2', titel: 'Los', prioriteitId: null, themaId: null, maatregelen: [maatregel('m3', { bestuurlijkTrekker: '', ambtelijkTrekker: '', startKwartaal: null })] },
        ],
      };
      const pad = `/werkruimtes/${ws}/uitvoeringsplannen/2027`;
      expect((await put(as.redacteur, pad, plan)).status).toBe(200);
      const codes = ((await as.coordinator.get(`/werkruimtes/${ws}/plancheck`)).body.bevindingen as { code: string; plek: string }[]).filter((b) => b.plek.endsWith('m3')).map((b) => b.code);
      expect(codes.sort()).toEqual(['maatregel-zonder-koppeling', 'maatregel-zonder-planning', 'maatregel-zonder-trekker']);
      expect((await put(as.redacteur, `/werkruimtes/${ws}/uitvoeringsplannen/2031`, { ...plan, jaar: 2031 })).status).toBe(400);
      const verkeerd = await put(as.redacteur, pad, { ...plan, actiepunten: [{ ...plan.actiepunten[0], prioriteitId: 'p9' }] });
      expect(verkeerd.status).toBe(422);
      expect((verkeerd.body.invalidParams as { name: string }[])[0]!.name).toBe('actiepunten[0].prioriteitId');
      // Identifiers are no text: an id whose digits pass the BSN check (as a uuid can by chance) is no personal data.
      const metId = { ...plan, actiepunten: [{ ...plan.actiepunten[0]!, maatregelen: [{ ...maatregel('00516302'), naam: 'Maatregel met een lang nummer als id' }] }, plan.actiepunten[1]!] };
      const r = await put(as.redacteur, pad, metId);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect((await put(as.redacteur, pad, plan)).status).toBe(200);

      const vervolg = await as.redacteur.call('POST', `${pad}/vervolgplan`);
      expect(vervolg.status).toBe(201);
      const v = vervolg.body.inhoud as { jaar: number; terugblik: string; actiepunten: { maatregelen: { id: string }[] }[] };
      expect(v.jaar).toBe(2028);
      expect(v.actiepunten.flatMap((a) => a.maatregelen.map((m) => m.id))).toEqual(['m2', 'm3']);
      expect(v.terugblik).toMatch(/In 2027 stonden 3 maatregelen/);
      expect((await as.redacteur.call('POST', `${pad}/vervolgplan`)).status).toBe(409);
      expect((await as.lezer.call('POST', `/werkruimtes/${ws}/uitvoeringsplannen/2028/vervolgplan`)).status).toBe(403);
    });
  });

  describe('besluiten en versies', () => {
    it('bevriest een vastgestelde versie; een latere wijziging wordt versie 2 en versie 1 blijft op te vragen', async () => {
      const ws = await nieuweWerkruimte('IVP Amsterdam-test besluiten');
      await put(as.coordinator, `/werkruimtes/${ws}/prioriteiten`, [{ titel: 'Woninginbraak', themaIds: ['1.3'] }]);
      await metStreefwaarde(ws, 'p1');
      const ivpPad = `/werkruimtes/${ws}/ivp`;
      const ivp = (await as.coordinator.get(ivpPad)).body.inhoud as Record<string, unknown>;
      await put(as.coordinator, ivpPad, { ...ivp, strategischeDoelstelling: 'Een veilige stad voor iedereen.' });
      const besluit = (body: object, c: Client = as.beslisser) => c.call('POST', `/werkruimtes/${ws}/documenten/ivp/besluiten`, body);
      expect((await besluit({ soort: 'besproken', orgaan: 'Driehoek', datum: '2027-02-01' })).status).toBe(201);
      const vast = await besluit({ soort: 'vastgesteld', orgaan: 'Raad', datum: '2027-03-11' });
      expect(vast.status).toBe(201);
      expect(vast.body.waarschuwingen).toEqual([]);
      expect((await besluit({ soort: 'vastgesteld', orgaan: 'Raad', datum: '2027-03-12' })).status).toBe(409);

      await put(as.coordinator, ivpPad, { ...ivp, strategischeDoelstelling: 'Gewijzigd na vaststelling.' });
      const docs = (await as.coordinator.get(`/werkruimtes/${ws}/documenten`)).body.documenten as { soort: string; versie: number; status: string; vastgesteldeVersies: unknown[] }[];
      expect(docs.find((d) => d.soort === 'ivp')).toMatchObject({ versie: 2, status: 'concept', vastgesteldeVersies: [{ versie: 1, orgaan: 'Raad', datum: '2027-03-11' }] });
      const v1 = await as.coordinator.get(`/werkruimtes/${ws}/documenten/ivp?versie=1`);
      expect(JSON.stringify(v1.body)).toContain('Een veilige stad voor iedereen.');
      expect(v1.body.status).toBe('Vastgesteld door de Raad op 11 maart 2027 (versie 1)');
      const huidig = await as.coordinator.get(`/werkruimtes/${ws}/documenten/ivp`);
      expect(JSON.stringify(huidig.body)).toContain('Gewijzigd na vaststelling.');
      expect(huidig.body.status).toBe('Concept, versie 2');

      // The council reads only adopted versions.
      expect((await as.raad.get(`/werkruimtes/${ws}/documenten/ivp`)).status).toBe(403);
      expect((await as.raad.get(`/werkruimtes/${ws}/documenten/ivp?versie=1`)).status).toBe(200);
      expect((await wordTekst(app, as.raad, `/werkruimtes/${ws}/documenten/ivp.docx?versie=1`)).tekst).toContain('Een veilige stad voor iedereen.');
      const raadDocs = (await as.raad.get(`/werkruimtes/${ws}/documenten`)).body;
      expect(raadDocs.alleenVastgesteld).toBe(true);
      expect((raadDocs.documenten as { status: unknown }[])[2]!.status).toBeNull();

      // Wrong body: recorded (it happened), warned about, and flagged by the plan check.
      const college = await besluit({ soort: 'vastgesteld', orgaan: 'College', datum: '2027-04-01' }, as.coordinator);
      expect(college.status).toBe(201);
      expect((college.body.waarschuwingen as string[])[0]).toMatch(/stelt de Raad het IVP vast/);
      const check = (await as.coordinator.get(`/werkruimtes/${ws}/plancheck`)).body.bevindingen as { code: string; melding: string }[];
      expect(check.find((b) => b.code === 'verkeerd-orgaan')?.melding).toBe('Het IVP is vastgesteld door het College; volgens de methode stelt de Raad dit vast.');

      for (const r of ['redacteur', 'partner', 'raad', 'lezer'] as const) {
        expect((await besluit({ soort: 'besproken', orgaan: 'MT', datum: '2027-05-01' }, as[r])).status, r).toBe(403);
      }
    });

    it('geeft een duidelijke fout bij een onbekend document of een onbekende versie', async () => {
      const onbekend = await as.coordinator.get(`/werkruimtes/${demo}/documenten/begroting.docx`);
      expect(onbekend.status).toBe(404);
      expect(onbekend.body.detail).toMatch(/Kies uit startnotitie, veiligheidsanalyse, ivp, uitvoeringsplan, projectplan/);
      expect((await as.coordinator.get(`/werkruimtes/${demo}/documenten/ivp?versie=7`)).status).toBe(404);
      const datum = await as.coordinator.call('POST', `/werkruimtes/${demo}/documenten/ivp/besluiten`, { soort: 'besproken', orgaan: 'MT', datum: '11-03-2027' });
      expect(datum.status).toBe(400);
      expect((datum.body.invalidParams as { name: string }[])[0]!.name).toBe('datum');
    });
  });

  describe('proces', () => {
    it('geeft de zes stappen met tijdlijn en weigert een overgang die niet in de tabel staat', async () => {
      const ws = await nieuweWerkruimte('IVP Amsterdam-test proces');
      const pad = `/werkruimtes/${ws}/proces`;
      const proces = (await as.coordinator.get(pad)).body.inhoud as { stappen: { status: string; deelstappen: Record<string, string> }[] };
      expect(proces.stappen.length).toBe(6);
      proces.stappen[0]!.status = 'afgerond';
      const fout = await put(as.coordinator, pad, proces);
      expect(fout.status).toBe(422);
      expect(fout.body.detail).toMatch(/niet-gestart|afgerond/);
      proces.stappen[0]!.status = 'bezig';
      expect((await put(as.coordinator, pad, proces)).status).toBe(200);
      expect((await put(as.redacteur, pad, proces)).status).toBe(403);
      const cyclus = await as.coordinator.get(`/werkruimtes/${ws}/cyclus`);
      expect(((cyclus.body.proces as { tijdlijn: unknown[] }).tijdlijn).length).toBe(6);
    });

    it('plant een nieuw IVP nooit in het verleden: niets staat op de dag van aanmaken al over de planning', async () => {
      const ws = await nieuweWerkruimte('IVP Amsterdam-test planning');
      const vandaag = new Date().toISOString().slice(0, 10);
      const proces = (await as.coordinator.get(`/werkruimtes/${ws}/proces`)).body.inhoud as { stappen: { geplandStart: string | null }[] };
      for (const s of proces.stappen) expect(s.geplandStart! >= vandaag).toBe(true);
      const cyclus = await as.coordinator.get(`/werkruimtes/${ws}/cyclus`);
      expect((cyclus.body.proces as { tijdlijn: { teLaat: boolean }[] }).tijdlijn.filter((r) => r.teLaat)).toEqual([]);
    });
  });

  describe('projecten (Lokale Veiligheidsplanner)', () => {
    it('geeft het demoproject met zes vragen, methodechecklist en koppeling aan prioriteit p2 van het IVP', async () => {
      const lijst = (await as.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[];
      const project = lijst.find((w) => w.soort === 'project')!.id;
      const p = await as.coordinator.get(`/werkruimtes/${project}/project`);
      expect(p.status).toBe(200);
      expect(p.body.inhoud).toMatchObject({ methodeId: 'hotspotaanpak', ivpKoppeling: { werkruimteId: demo, prioriteitId: 'p2' } });
      expect((p.body.inhoud as { checklist: boolean[] }).checklist).toHaveLength(6);
      const gekoppeld = await as.redacteur.get(`/werkruimtes/${demo}/projecten`);
      expect(gekoppeld.body.projecten).toEqual([{ id: project, naam: 'Veilig stationsgebied Dijkstede 2027-2028', prioriteitId: 'p2' }]);
      const docs = (await as.coordinator.get(`/werkruimtes/${project}/documenten`)).body.documenten as { soort: string }[];
      expect(docs.map((d) => d.soort)).toEqual(['projectplan']);
      const word = await wordTekst(app, as.coordinator, `/werkruimtes/${project}/documenten/projectplan.docx`);
      expect(word.koppen).toEqual(['1 Wat is het probleem?', '2 Wat zijn de belangrijkste problemen?', '3 Wat doen we al?', '4 Wat willen we bereiken?', '5 Wat gaan we doen?', '6 Wat hebben we bereikt?']);
      expect(word.tabellen).toBe(2);
      expect((await as.coordinator.get(`/werkruimtes/${project}/plancheck`)).body.bevindingen).toEqual([]);
      expect((await as.coordinator.get(`/werkruimtes/${demo}/project`)).status).toBe(404);
    });

    it('maakt een project vanuit een methode, controleert SMART-doelen en weigert een koppeling aan een onbekende prioriteit', async () => {
      const r = await as.coordinator.call('POST', '/werkruimtes', { soort: 'project', naam: 'Keurmerk winkelcentrum Oost', gemeentecode: 'GM9999', periodeStart: 2027, periodeEinde: 2027 });
      // GM9999 is the fictional demo code: not a real municipality, so not accepted for new workspaces.
      expect(r.status).toBe(400);
      const ws = await nieuweWerkruimte('IVP Amsterdam-test voor project');
      const nieuw = await as.coordinator.call('POST', '/werkruimtes', { soort: 'project', naam: 'Keurmerk winkelcentrum Oost', gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2027 });
      expect(nieuw.status).toBe(201);
      const pad = `/werkruimtes/${nieuw.body.id as string}/project`;
      const leeg = (await as.coordinator.get(pad)).body.inhoud as Record<string, unknown>;
      const metMethode = await put(as.coordinator, pad, { ...leeg, methodeId: 'keurmerk-veilig-ondernemen', checklist: [true] });
      expect(metMethode.status).toBe(200);
      const checklist = (metMethode.body.inhoud as { checklist: boolean[] }).checklist;
      expect(checklist.length).toBeGreaterThan(2);
      expect(checklist[0]).toBe(false); // a new method starts a fresh checklist

      const doelen = [{ omschrijving: 'Minder winkeldiefstal', indicator: '', nulwaarde: '', streefwaarde: '', termijn: '' }];
      await put(as.coordinator, pad, { ...(metMethode.body.inhoud as object), doelen });
      const check = (await as.coordinator.get(`/werkruimtes/${nieuw.body.id as string}/plancheck`)).body.bevindingen as { code: string; melding: string }[];
      expect(check.find((b) => b.code === 'doel-niet-smart')?.melding).toBe('Doel 1 is niet SMART: het mist een indicator met streefwaarde, een termijn.');

      const huidig = (await as.coordinator.get(pad)).body.inhoud as object;
      const fout = await put(as.coordinator, pad, { ...huidig, ivpKoppeling: { werkruimteId: ws, prioriteitId: 'p7' } });
      expect(fout.status).toBe(422);
      expect((fout.body.invalidParams as { name: string; reason: string }[])[0]).toMatchObject({ name: 'ivpKoppeling', reason: "Het IVP IVP Amsterdam-test voor project heeft geen prioriteit 'p7'." });
      const andereGemeente = await put(as.coordinator, pad, { ...huidig, ivpKoppeling: { werkruimteId: demo, prioriteitId: 'p1' } });
      expect(andereGemeente.status).toBe(422);
      expect(andereGemeente.body.detail).toBe('Het IVP hoort bij een andere gemeente dan dit project.');
      await put(as.coordinator, `/werkruimtes/${ws}/prioriteiten`, [{ titel: 'Winkelcriminaliteit', themaIds: ['2.1'] }]);
      expect((await put(as.coordinator, pad, { ...huidig, ivpKoppeling: { werkruimteId: ws, prioriteitId: 'p1' } })).status).toBe(200);
      // Someone who is no member of the project cannot read or change it.
      expect((await as.lezer.get(pad)).status).toBe(404);
    });
  });

  describe('gezamenlijk IVP (stap 3a)', () => {
    it('telt het maximum per gemeente, geeft elke gemeente haar eigen versie en laat elke raad die apart vaststellen', async () => {
      const r = await as.coordinator.call('POST', '/werkruimtes', {
        naam: 'Gezamenlijk IVP De Bilt en IJsselstein',
        gemeentecode: 'GM0310',
        deelnemendeGemeenten: ['GM0353'],
        periodeStart: 2027,
        periodeEinde: 2030,
      });
      expect(r.status).toBe(201);
      expect(r.body.deelnemendeGemeenten).toEqual([{ gemeentecode: 'GM0353', gemeentenaam: 'IJsselstein' }]);
      const ws = r.body.id as string;
      expect((await as.coordinator.call('POST', '/werkruimtes', { naam: 'Fout', gemeentecode: 'GM0310', deelnemendeGemeenten: ['GM0310'], periodeStart: 2027, periodeEinde: 2030 })).status).toBe(400);

      const pad = `/werkruimtes/${ws}/prioriteiten`;
      const gedeeld = [
        { titel: 'Ondermijning', themaIds: ['5.2'] },
        { titel: 'Woninginbraak', themaIds: ['1.3'] },
        { titel: 'Jeugd', themaIds: ['3.1'] },
      ];
      // Three shared plus one local each: four per municipality, allowed.
      const vier = await put(as.coordinator, pad, [
        ...gedeeld,
        { titel: 'Verkeersveiligheid dorpskernen', themaIds: ['1.2'], gemeentecode: 'GM0310' },
        { titel: 'Drugsoverlast centrum', themaIds: ['3.3'], gemeentecode: 'GM0353' },
      ]);
      expect(vier.status).toBe(200);
      // A second local priority for IJsselstein makes five there: refused, naming the municipality.
      const vijf = await put(as.coordinator, pad, [...(vier.body.inhoud as object[]), { titel: 'Cybercrime', themaIds: ['5.4'], gemeentecode: 'GM0353' }]);
      expect(vijf.status).toBe(422);
      expect(vijf.body.detail).toMatch(/^Voor IJsselstein gelden 5 prioriteiten; het maximum is 4\./);
      const vreemd = await put(as.coordinator, pad, [{ titel: 'X', themaIds: ['2.1'], gemeentecode: 'GM0344' }]);
      expect((vreemd.body.invalidParams as { reason: string }[])[0]!.reason).toBe('Gemeente GM0344 doet niet mee aan dit IVP.');

      const ijsselstein = await as.coordinator.get(`/werkruimtes/${ws}/documenten/ivp?gemeente=GM0353`);
      const tekst = JSON.stringify(ijsselstein.body);
      expect(ijsselstein.body.gemeente).toBe('Gemeente IJsselstein');
      expect(tekst).toContain('Drugsoverlast centrum');
      expect(tekst).not.toContain('Verkeersveiligheid dorpskernen');
      const samen = await as.coordinator.get(`/werkruimtes/${ws}/documenten/ivp`);
      expect(samen.body.gemeente).toBe('Gemeenten De Bilt en IJsselstein');
      expect(JSON.stringify(samen.body)).toContain('Verkeersveiligheid dorpskernen (alleen De Bilt)');

      const besluit = (body: object) => as.coordinator.call('POST', `/werkruimtes/${ws}/documenten/ivp/besluiten`, body);
      const zonderGemeente = await besluit({ soort: 'vastgesteld', orgaan: 'Raad', datum: '2027-03-01' });
      expect(zonderGemeente.status).toBe(422);
      // The IJsselstein version holds the three shared priorities and its own: each with a target or a reason.
      const prioriteiten = (await as.coordinator.get(pad)).body.inhoud as { id: string; titel: string; gemeentecode?: string | null }[];
      for (const p of prioriteiten.filter((x) => !x.gemeentecode)) await metStreefwaarde(ws, p.id);
      const lokaal = prioriteiten.find((x) => x.gemeentecode === 'GM0353')!;
      expect((await besluit({ soort: 'vastgesteld', orgaan: 'Raad', datum: '2027-03-01', gemeentecode: 'GM0353' })).status).toBe(422);
      const reden = await as.coordinator.call('PUT', `/werkruimtes/${ws}/uitzonderingen`, { [lokaal.id]: { reden: 'De nulmeting van de drugsoverlast volgt uit de wijkschouw van 2027.' } }, { 'If-Match': '"0"' });
      expect(reden.status).toBe(200);
      expect((await besluit({ soort: 'vastgesteld', orgaan: 'Raad', datum: '2027-03-01', gemeentecode: 'GM0353' })).status).toBe(201);
      const docs = (await as.coordinator.get(`/werkruimtes/${ws}/documenten`)).body.documenten as { soort: string; gemeentecode: string | null; status: string }[];
      expect(docs.filter((d) => d.soort === 'ivp').map((d) => [d.gemeentecode, d.status])).toEqual([
        [null, 'concept'],
        ['GM0310', 'concept'],
        ['GM0353', 'vastgesteld'],
      ]);
      const word = await wordTekst(app, as.coordinator, `/werkruimtes/${ws}/documenten/ivp.docx?gemeente=GM0353&versie=1`);
      expect(word.tekst).toContain('Gemeente IJsselstein');
      expect(word.tekst).toMatch(/gezamenlijk met De Bilt/i);
      expect((await as.coordinator.get(`/werkruimtes/${ws}/documenten/ivp?gemeente=GM0344`)).status).toBe(400);
    });
  });

  describe('rechten op elk eindpunt van de cyclus', () => {
    it('weigert elke rol die het eindpunt niet mag (403) en anoniem (401), en laat niets veranderen', async () => {
      const ws = demo;
      /** Writes back what is there (a valid body with the current version): only the role decides. */
      const terugschrijven = async (c: Client, pad: string) => {
        // What the writer itself reads (without clearance: without the confidential measures, ADR 0015).
        const eigen = await c.get(pad);
        const nu = eigen.status === 200 ? eigen : await as.coordinator.get(pad);
        return (await c.call('PUT', pad, nu.body.inhoud, { 'If-Match': `"${String(nu.body.versie)}"` })).status;
      };
      const lezen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer'] as const;
      const gevallen: { naam: string; mag: readonly Rol[]; doe: (c: Client) => Promise<number> }[] = [
        { naam: 'GET cyclus', mag: lezen, doe: async (c) => (await c.get(`/werkruimtes/${ws}/cyclus`)).status },
        { naam: 'GET plancheck', mag: lezen, doe: async (c) => (await c.get(`/werkruimtes/${ws}/plancheck`)).status },
        { naam: 'GET projecten', mag: lezen, doe: async (c) => (await c.get(`/werkruimtes/${ws}/projecten`)).status },
        { naam: 'GET uitvoeringsplannen', mag: lezen, doe: async (c) => (await c.get(`/werkruimtes/${ws}/uitvoeringsplannen`)).status },
        { naam: 'GET uitvoeringsplan 2027', mag: lezen, doe: async (c) => (await c.get(`/werkruimtes/${ws}/uitvoeringsplannen/2027`)).status },
        { naam: 'GET startnotitie', mag: lezen, doe: async (c) => (await c.get(`/werkruimtes/${ws}/startnotitie`)).status },
        { naam: 'GET documenten', mag: [...lezen, 'raad'], doe: async (c) => (await c.get(`/werkruimtes/${ws}/documenten`)).status },
        { naam: 'PUT startnotitie', mag: ['coordinator', 'redacteur'], doe: (c) => terugschrijven(c, `/werkruimtes/${ws}/startnotitie`) },
        { naam: 'PUT overige-themas', mag: ['coordinator', 'redacteur'], doe: (c) => terugschrijven(c, `/werkruimtes/${ws}/overige-themas`) },
        { naam: 'PUT prioriteringssessie', mag: ['coordinator', 'redacteur'], doe: (c) => terugschrijven(c, `/werkruimtes/${ws}/prioriteringssessie`) },
        { naam: 'PUT uitvoeringsplan', mag: ['coordinator', 'redacteur'], doe: (c) => terugschrijven(c, `/werkruimtes/${ws}/uitvoeringsplannen/2027`) },
        { naam: 'PUT proces', mag: ['coordinator'], doe: (c) => terugschrijven(c, `/werkruimtes/${ws}/proces`) },
        {
          naam: 'POST besluit',
          mag: ['coordinator', 'beslisser'],
          doe: async (c) => (await c.call('POST', `/werkruimtes/${ws}/documenten/startnotitie/besluiten`, { soort: 'besproken', orgaan: 'MT', datum: '2027-01-05' })).status,
        },
      ];
      for (const g of gevallen) {
        for (const r of rollen) {
          const status = await g.doe(as[r]);
          if (g.mag.includes(r)) expect([200, 201], `${g.naam} als ${r}`).toContain(status);
          else expect(status, `${g.naam} als ${r}`).toBe(403);
        }
        expect(await g.doe(Client.anonymous(app)), `${g.naam} anoniem`).toBe(401);
      }
      // Nothing above changed the demo: the plan check is still clean and the IVP still adopted.
      expect(((await as.coordinator.get(`/werkruimtes/${ws}/plancheck`)).body.bevindingen as { ernst: string }[]).filter((b) => b.ernst === 'fout')).toEqual([]);
    });
  });
});
