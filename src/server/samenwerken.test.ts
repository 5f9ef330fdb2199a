import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../tests/support/test-db.ts';
import { Client } from '../../tests/support/session-client.ts';
import { createApp, type KernplanApp } from './app.ts';
import { totpCode } from './toegang/totp.ts';
import { DEMO_PASSWORD, seedDemo } from './demo/demo.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'] as const;
type Rol = (typeof rollen)[number];

describe.each(dbKinds)('samenwerken op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let ws: string;
  const as = {} as Record<Rol, Client>;
  let anon: Client;

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of rollen) as[r] = await Client.signIn(app, mail(r));
    anon = Client.anonymous(app);
    const list = await as.coordinator.get('/werkruimtes');
    ws = (list.body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
  });
  afterAll(async () => {
    await testDb.drop();
  });

  const sectie = (s: string) => `/werkruimtes/${ws}/secties/${s}`;

  describe('aanmelden en sessies', () => {
    it('zet een HttpOnly, SameSite=Strict-cookie, Secure buiten localhost', async () => {
      const body = JSON.stringify({ email: mail('lezer'), wachtwoord: DEMO_PASSWORD });
      const lokaal = await app.request('http://localhost/api/v1/sessies', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      const cookie = lokaal.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).not.toMatch(/Secure/i);
      const extern = await app.request('https://kernplan.gemeente.example/api/v1/sessies', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      expect(extern.headers.get('set-cookie')).toMatch(/Secure/);
    });

    it('geeft bij elke aanmelding een nieuwe sessie en maakt de oude ongeldig', async () => {
      const eerste = await Client.signIn(app, mail('lezer'));
      const res = await app.request('/api/v1/sessies', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: eerste.cookie! },
        body: JSON.stringify({ email: mail('lezer'), wachtwoord: DEMO_PASSWORD }),
      });
      const nieuw = (res.headers.get('set-cookie') ?? '').split(';')[0];
      expect(nieuw).not.toBe(eerste.cookie);
      expect((await eerste.get('/sessies/huidig')).status).toBe(401);
    });

    it('zegt niet of een account bestaat', async () => {
      const fout = await anon.call('POST', '/sessies', { email: mail('lezer'), wachtwoord: 'verkeerd-wachtwoord' });
      const onbekend = await anon.call('POST', '/sessies', { email: 'niemand@voorbeeld.nl', wachtwoord: 'verkeerd-wachtwoord' });
      expect(fout.status).toBe(401);
      expect(onbekend.status).toBe(401);
      expect(fout.body.detail).toBe(onbekend.body.detail);
    });

    it('blokkeert een account na vijf mislukte pogingen, ook met het goede wachtwoord', async () => {
      for (let i = 0; i < 5; i++) {
        expect((await anon.call('POST', '/sessies', { email: mail('raad'), wachtwoord: `fout-${i}-wachtwoord` })).status).toBe(401);
      }
      const geblokkeerd = await anon.call('POST', '/sessies', { email: mail('raad'), wachtwoord: DEMO_PASSWORD });
      expect(geblokkeerd.status).toBe(429);
      expect(geblokkeerd.headers.get('Retry-After')).toBe('900');
      await testDb.db.query(`delete from aanmeldbeperking`);
    });

    it('beëindigt een sessie na 30 minuten zonder activiteit en na 12 uur', async () => {
      const c = await Client.signIn(app, mail('lezer'));
      await testDb.db.query(`update sessies set laatst_actief_op = now() - interval '31 minutes' where gebruiker_id = (select id from gebruikers where email = $1)`, [mail('lezer')]);
      expect((await c.get('/sessies/huidig')).status).toBe(401);
      const d = await Client.signIn(app, mail('lezer'));
      await testDb.db.query(`update sessies set aangemaakt_op = now() - interval '13 hours' where gebruiker_id = (select id from gebruikers where email = $1)`, [mail('lezer')]);
      expect((await d.get('/sessies/huidig')).status).toBe(401);
      as.lezer = await Client.signIn(app, mail('lezer'));
    });

    it('weigert een schrijfactie zonder of met een fout CSRF-token', async () => {
      const zonder = new Client(app, as.coordinator.cookie, null);
      const r = await zonder.call('POST', `${sectie('thema-1.1')}/opmerkingen`, { tekst: 'zonder token' });
      expect(r.status).toBe(403);
      expect(r.body.detail).toContain('X-CSRF-Token');
      const fout = new Client(app, as.coordinator.cookie, 'verkeerd');
      expect((await fout.call('POST', `${sectie('thema-1.1')}/opmerkingen`, { tekst: 'fout token' })).status).toBe(403);
    });

    it('zegt in de sessie of iemand een werkruimte mag aanmaken: alleen een coördinator van de gemeente', async () => {
      const gebruiker = async (c: Client) => (await c.get('/sessies/huidig')).body.gebruiker as { magWerkruimteAanmaken: boolean };
      const mag = Object.fromEntries(await Promise.all(rollen.map(async (r) => [r, (await gebruiker(as[r])).magWerkruimteAanmaken] as const)));
      // The redacteur, beslisser and raad work for the municipality too, but coordinate no workspace.
      expect(mag).toEqual({ coordinator: true, redacteur: false, partner: false, beslisser: false, raad: false, lezer: false });
    });

    it('weigert anoniem afmelden en TOTP instellen (401)', async () => {
      expect((await anon.call('DELETE', '/sessies/huidig')).status).toBe(401);
      expect((await anon.call('POST', '/gebruikers/huidig/totp-voorstellen')).status).toBe(401);
      expect((await anon.call('PUT', '/gebruikers/huidig/totp', { geheim: 'JBSWY3DPEHPK3PXP', code: '123456' })).status).toBe(401);
    });

    it('meldt af: daarna is de sessie weg', async () => {
      const c = await Client.signIn(app, mail('lezer'));
      expect((await c.call('DELETE', '/sessies/huidig')).status).toBe(204);
      expect((await c.get('/sessies/huidig')).status).toBe(401);
    });

    it('stelt TOTP in en vraagt daarna bij aanmelden een nieuwe code', async () => {
      const c = await Client.signIn(app, mail('beslisser'));
      const voorstel = await c.call('POST', '/gebruikers/huidig/totp-voorstellen');
      const geheim = voorstel.body.geheim as string;
      expect(voorstel.body.uri).toMatch(/^otpauth:\/\/totp\//);
      expect((await c.call('PUT', '/gebruikers/huidig/totp', { geheim, code: '000000' })).status).toBe(400);
      expect((await c.call('PUT', '/gebruikers/huidig/totp', { geheim, code: totpCode(geheim, Date.now()) })).status).toBe(204);
      const zonderCode = await anon.call('POST', '/sessies', { email: mail('beslisser'), wachtwoord: DEMO_PASSWORD });
      expect(zonderCode.status).toBe(401);
      expect(zonderCode.body.totpVereist).toBe(true);
      const hergebruik = await anon.call('POST', '/sessies', { email: mail('beslisser'), wachtwoord: DEMO_PASSWORD, code: totpCode(geheim, Date.now()) });
      expect(hergebruik.status).toBe(401);
      const volgende = await anon.call('POST', '/sessies', { email: mail('beslisser'), wachtwoord: DEMO_PASSWORD, code: totpCode(geheim, Date.now() + 30_000) });
      expect(volgende.status).toBe(201);
      const cookie = (volgende.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      as.beslisser = new Client(app, cookie, volgende.body.csrfToken as string);
      expect((await as.beslisser.get('/sessies/huidig')).status).toBe(200);
    });

    it('laat in productiemodus een coördinator zonder TOTP alleen TOTP instellen', async () => {
      const prod = createApp({ db: testDb.db, production: true });
      const c = await Client.signIn(prod, mail('coordinator'));
      expect((await c.get('/sessies/huidig')).body.totpInstellenVerplicht).toBe(true);
      const r = await c.get('/werkruimtes');
      expect(r.status).toBe(403);
      expect(r.body.detail).toContain('tweestapsverificatie');
      expect((await c.call('POST', '/gebruikers/huidig/totp-voorstellen')).status).toBe(201);
    });
  });

  // Every writing operation against every role: src/server/rollenmatrix.test.ts.

  describe('vertrouwelijke secties', () => {
    it('zijn er niet voor leden zonder toegang: niet in lijsten, niet los, niet in opmerkingen of geschiedenis', async () => {
      await as.coordinator.call('POST', `${sectie('thema-5.2')}/opmerkingen`, { tekst: 'Signalen vastgoedfraude bespreken in RIEC-overleg.' });
      for (const r of ['redacteur', 'lezer'] as const) {
        const lijst = await as[r].get(`/werkruimtes/${ws}/secties`);
        expect((lijst.body.secties as { sleutel: string }[]).map((s) => s.sleutel)).not.toContain('thema-5.2');
        expect((lijst.body.secties as unknown[]).length).toBe(32);
        expect((await as[r].get(sectie('thema-5.2'))).status).toBe(404);
        expect((await as[r].get(`${sectie('thema-5.2')}/opmerkingen`)).status).toBe(404);
        const open = await as[r].get(`/werkruimtes/${ws}/open-opmerkingen`);
        expect(JSON.stringify(open.body)).not.toContain('vastgoedfraude');
      }
      expect((await as.redacteur.get(`${sectie('thema-5.2')}/wijzigingen`)).status).toBe(404);
      const partner = await as.partner.get(sectie('thema-5.2'));
      expect(partner.status).toBe(200);
      expect(partner.body.magBewerken).toBe(true);
      expect(JSON.stringify((await as.partner.get(`/werkruimtes/${ws}/open-opmerkingen`)).body)).toContain('vastgoedfraude');
    });

    it('laat de raad geen conceptanalyse lezen', async () => {
      expect((await as.raad.get(`/werkruimtes/${ws}/secties`)).status).toBe(403);
      expect((await as.raad.get(`/werkruimtes/${ws}`)).status).toBe(200);
    });
  });

  describe('versies: niets wordt stil overschreven', () => {
    it('vraagt If-Match (428), weigert een oude versie (412) en geeft dan de huidige mee', async () => {
      const zonder = await as.coordinator.call('PATCH', sectie('thema-3.1'), { tekst: 'zonder versie' });
      expect(zonder.status).toBe(428);
      const huidig = await as.coordinator.get(sectie('thema-3.1'));
      const etag = huidig.headers.get('ETag')!;
      expect((await as.coordinator.call('PATCH', sectie('thema-3.1'), { tekst: 'eerste' }, { 'If-Match': etag })).status).toBe(200);
      const oud = await as.redacteur.call('PATCH', sectie('thema-3.1'), { tekst: 'tweede, op oude versie' }, { 'If-Match': etag });
      expect(oud.status).toBe(412);
      expect((oud.body.huidig as { tekst: string }).tekst).toBe('eerste');
      expect(oud.body.huidigeVersie).toBe(Number(etag.replaceAll('"', '')) + 1);
      expect(oud.headers.get('ETag')).toBe(`"${oud.body.huidigeVersie as number}"`);
      expect((await as.coordinator.call('PATCH', sectie('thema-3.1'), { tekst: 'x' }, { 'If-Match': 'abc' })).status).toBe(400);
    });

    it('laat van 50 gelijktijdige schrijvers op dezelfde versie er precies één winnen', async () => {
      const start = await as.redacteur.get(sectie('thema-3.2'));
      const etag = start.headers.get('ETag')!;
      const antwoorden = await Promise.all(
        Array.from({ length: 50 }, (_, i) => as.redacteur.call('PATCH', sectie('thema-3.2'), { tekst: `Versie van schrijver ${i}` }, { 'If-Match': etag })),
      );
      const gelukt = antwoorden.filter((a) => a.status === 200);
      expect(gelukt).toHaveLength(1);
      expect(antwoorden.filter((a) => a.status === 412)).toHaveLength(49);
      const opgeslagen = await as.redacteur.get(sectie('thema-3.2'));
      expect(opgeslagen.body.tekst).toBe(gelukt[0]!.body.tekst);
      expect(opgeslagen.body.versie).toBe(Number(etag.replaceAll('"', '')) + 1);
    });
  });

  describe('privacy en geschiedenis', () => {
    it('waarschuwt voor persoonsgegevens en slaat dan niets op', async () => {
      const voor = await as.redacteur.get(sectie('thema-3.3'));
      const r = await as.redacteur.call('PATCH', sectie('thema-3.3'), { tekst: 'Jongere met BSN 111222333 valt op.' }, { 'If-Match': voor.headers.get('ETag')! });
      expect(r.status).toBe(422);
      expect((r.body.vondsten as { soort: string }[])[0]?.soort).toBe('bsn');
      expect((await as.redacteur.get(sectie('thema-3.3'))).body.versie).toBe(voor.body.versie);
      const bevestigd = await as.redacteur.call(
        'PATCH',
        sectie('thema-3.3'),
        { tekst: 'Het kenmerk 111222333 is een zaaknummer van de politie.', persoonsgegevensGecontroleerd: true },
        { 'If-Match': voor.headers.get('ETag')! },
      );
      expect(bevestigd.status).toBe(200);
    });

    it('houdt de geschiedenis bij en zet een eerdere tekst terug als nieuwe wijziging', async () => {
      for (const tekst of ['Versie A', 'Versie B']) await as.coordinator.write('PATCH', sectie('thema-4.1'), { tekst, reden: 'test' }, sectie('thema-4.1'));
      const hist = (await as.coordinator.get(`${sectie('thema-4.1')}/wijzigingen`)).body.wijzigingen as { id: number; na: { tekst: string }; gebruiker: string; reden: string }[];
      expect(hist.map((w) => w.na.tekst).slice(0, 2)).toEqual(['Versie B', 'Versie A']);
      expect(hist[0]).toMatchObject({ gebruiker: 'Carla Coördinator', reden: 'test' });
      const a = hist.find((w) => w.na.tekst === 'Versie A')!;
      const hersteld = await as.coordinator.write('POST', `${sectie('thema-4.1')}/herstellingen`, { wijzigingId: a.id }, sectie('thema-4.1'));
      expect(hersteld.status).toBe(201);
      expect(hersteld.body.tekst).toBe('Versie A');
      const na = (await as.coordinator.get(`${sectie('thema-4.1')}/wijzigingen`)).body.wijzigingen as { soort: string }[];
      expect(na[0]?.soort).toBe('sectie.hersteld');
      expect(na).toHaveLength(hist.length + 1);
    });

    it('kan de geschiedenis niet wijzigen of wissen', async () => {
      await expect(testDb.db.query(`update wijzigingen set reden = 'vervalst'`)).rejects.toThrow(/alleen-toevoegen/);
      await expect(testDb.db.query('delete from beveiligingslog')).rejects.toThrow(/alleen-toevoegen/);
    });
  });

  describe('werkruimte aanmaken', () => {
    it('neemt naam, gemeentecode en planperiode aan en vult de gemeentenaam zelf in', async () => {
      const r = await as.coordinator.call('POST', '/werkruimtes', { naam: 'IVP Deventer 2027-2030', gemeentecode: 'gm0150', periodeStart: 2027, periodeEinde: 2030 });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ soort: 'ivp', gemeentecode: 'GM0150', gemeentenaam: 'Deventer', periodeStart: 2027, periodeEinde: 2030, mijnRol: 'coordinator' });
      expect(r.body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.headers.get('ETag')).toBe('"1"');
    });

    it('wijst een onbekende gemeentecode en een omgekeerde periode aan', async () => {
      const onbekend = await as.coordinator.call('POST', '/werkruimtes', { naam: 'IVP Nergenshuizen', gemeentecode: 'GM9999', periodeStart: 2027, periodeEinde: 2030 });
      expect(onbekend.status).toBe(400);
      expect(onbekend.headers.get('Content-Type')).toContain('application/problem+json');
      expect(onbekend.body.invalidParams).toEqual([expect.objectContaining({ name: 'gemeentecode' })]);
      const omgekeerd = await as.coordinator.call('POST', '/werkruimtes', { naam: 'IVP Zwolle', gemeentecode: 'GM0193', periodeStart: 2030, periodeEinde: 2027 });
      expect(omgekeerd.status).toBe(400);
      expect(omgekeerd.body.invalidParams).toEqual([expect.objectContaining({ name: 'periodeEinde' })]);
      const wijzig = await as.coordinator.write('PATCH', `/werkruimtes/${ws}`, { periodeEinde: 2020 }, `/werkruimtes/${ws}`);
      expect(wijzig.status).toBe(400);
      expect((await as.coordinator.get(`/werkruimtes/${ws}`)).body.periodeEinde).toBe(2030);
    });
  });

  describe('uitnodigingen', () => {
    it('maakt een link die een nieuw account aanmaakt en lid maakt, één keer', async () => {
      const inv = await as.coordinator.call('POST', `/werkruimtes/${ws}/uitnodigingen`, { email: 'jeugdwerk@voorbeeld.nl', rol: 'partner' });
      expect(inv.status).toBe(201);
      const token = String(inv.body.link).split('/uitnodiging/')[1]!;
      const kort = await anon.call('POST', `/uitnodigingen/${token}/acceptaties`, { naam: 'Jamal Jeugdwerk', organisatie: 'Jongerenwerk Zwolle', wachtwoord: 'kort' });
      expect(kort.status).toBe(400);
      expect(kort.body.detail).toContain('12 tekens');
      const ok = await anon.call('POST', `/uitnodigingen/${token}/acceptaties`, { naam: 'Jamal Jeugdwerk', organisatie: 'Jongerenwerk Zwolle', wachtwoord: 'een lang en goed wachtwoord' });
      expect(ok.status).toBe(201);
      expect(ok.body.werkruimteId).toBe(ws);
      const leden = (await as.coordinator.get(`/werkruimtes/${ws}/leden`)).body.leden as { email: string; rol: string }[];
      expect(leden.find((l) => l.email === 'jeugdwerk@voorbeeld.nl')?.rol).toBe('partner');
      expect((await anon.call('POST', `/uitnodigingen/${token}/acceptaties`, {})).status).toBe(410);
    });
  });
});
