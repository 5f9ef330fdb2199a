/**
 * The policy chain over HTTP (issue 19): GET /werkruimtes/{id}/beleidsketen on the demo workspace,
 * its shape, a gap a measure without links makes (also in the plan check, as a warning), confidential
 * sections, measures and indicators only for members with clearance, and who may read it. On PGlite
 * and (with DATABASE_URL) PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { Client } from '../../../tests/support/session-client.ts';
import type { KetenPrioriteit } from '../../domain/cyclus/beleidsketen.ts';
import { hiaatSoorten } from '../../domain/cyclus/beleidsketen.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { demoPlan } from '../demo/demo-plan.ts';
import { seedDemo } from '../demo/demo.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;
const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'] as const;
type Rol = (typeof rollen)[number];
const GEHEIME_MAATREGELEN = demoPlan.uitvoeringsplan.actiepunten.flatMap((a) => a.maatregelen).filter((m) => m.vertrouwelijk);
const GEHEIME_INDICATOR = 'Signalen van ondermijning ingebracht bij het RIEC';

describe.each(dbKinds)('de beleidsketen op %s', (kind) => {
  let testDb: TestDb;
  let app: KernplanApp;
  let ws: string;
  const als = {} as Record<Rol | 'buitenstaander', Client>;
  const w = (pad: string) => `/werkruimtes/${ws}${pad}`;
  const keten = async (c: Client) => {
    const r = await c.get(w('/beleidsketen'));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.prioriteiten as KetenPrioriteit[];
  };

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
    app = createApp({ db: testDb.db });
    for (const r of rollen) als[r] = await Client.signIn(app, mail(r));
    ws = ((await als.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    const { rows } = await testDb.db.query<{ organisatie_id: string; wachtwoord_hash: string }>('select organisatie_id, wachtwoord_hash from gebruikers limit 1');
    await testDb.db.query(`insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash) values ('buiten@voorbeeld.nl', 'Buiten Staander', $1, $2)`, [rows[0]!.organisatie_id, rows[0]!.wachtwoord_hash]);
    als.buitenstaander = await Client.signIn(app, 'buiten@voorbeeld.nl');
  }, 120_000);
  afterAll(async () => {
    await testDb?.drop();
  });

  it('geeft per prioriteit het probleem, het doel, de indicatoren, de maatregelen met output en de hiaten', async () => {
    const r = await als.coordinator.get(w('/beleidsketen'));
    expect(r.status).toBe(200);
    expect(r.body.beoordeling).toBe('pad');
    const prioriteiten = r.body.prioriteiten as KetenPrioriteit[];
    expect(prioriteiten.map((p) => [p.id, p.titel, p.themaIds])).toEqual(demoPlan.prioriteiten.map((p) => [p.id, p.titel, p.themaIds]));
    for (const p of prioriteiten) {
      expect(Object.keys(p).sort()).toEqual(['doel', 'hiaten', 'id', 'indicatoren', 'maatregelen', 'problemen', 'themaIds', 'titel']);
      expect(p.doel.length, p.titel).toBeGreaterThan(10);
      expect(p.problemen.map((x) => x.themaId)).toEqual(p.themaIds);
      for (const x of p.problemen) {
        expect(x.sleutel).toBe(`thema-${x.themaId}`);
        expect(x.samenvatting.length, x.titel).toBeGreaterThan(20);
        expect(x.samenvatting.length).toBeLessThanOrEqual(321);
      }
      for (const h of p.hiaten) {
        expect(hiaatSoorten).toContain(h.soort);
        expect(h.tekst).toMatch(/\.$/);
      }
    }
    const wijken = prioriteiten.find((p) => p.id === 'p2')!;
    expect(wijken.indicatoren.length).toBeGreaterThan(0);
    for (const i of wijken.indicatoren) {
      expect(i).toMatchObject({ id: expect.any(String), naam: expect.any(String), eenheid: expect.any(String), maatregelIds: expect.any(Array), vertrouwelijk: false });
      expect(['op-koers', 'achter', 'onbekend']).toContain(i.status);
    }
    expect(wijken.indicatoren.some((i) => i.streefwaarde !== null && i.referentiewaarde !== null && i.laatsteMeting !== null)).toBe(true);
    const demoWijken = demoPlan.uitvoeringsplan.actiepunten.filter((a) => a.prioriteitId === 'p2').flatMap((a) => a.maatregelen);
    expect(wijken.maatregelen.map((m) => m.id)).toEqual(demoWijken.filter((m) => m.status !== 'geschrapt').map((m) => m.id));
    const m = wijken.maatregelen[0]!;
    expect(m).toMatchObject({ jaar: 2027, naam: demoWijken[0]!.naam, actiepunt: expect.any(String), output: { prestatieIndicator: demoWijken[0]!.prestatieIndicator } });
    expect(Object.keys(m).sort()).toEqual(
      ['actiepunt', 'id', 'indicatorIds', 'jaar', 'methodeId', 'methodeNaam', 'naam', 'onderbouwing', 'output', 'probleemSleutels', 'status', 'vertrouwelijk'].sort(),
    );
  });

  it('een maatregel zonder koppelingen in een nieuw plan geeft hiaten in de keten en waarschuwingen in de plancheck', async () => {
    const pad = w('/uitvoeringsplannen/2028');
    const plan = {
      jaar: 2028,
      hoofdlijn: '',
      terugblik: '',
      begroting: '',
      actiepunten: [
        {
          id: 'a1',
          titel: 'Jeugd in 2028',
          prioriteitId: 'p3',
          themaId: null,
          maatregelen: [
            {
              id: 'm1',
              naam: 'Losse proef zonder onderbouwing',
              prestatieIndicator: '3 bijeenkomsten',
              bestuurlijkTrekker: 'Wethouder Jeugd',
              ambtelijkTrekker: 'Team Jeugd',
              partners: '',
              startKwartaal: '2028-K1',
              eindKwartaal: '2028-K4',
              budget: null,
              status: 'niet-gestart',
              prestaties: [{ kwartaal: '2028-K1', gepland: 1, gerealiseerd: null }, { kwartaal: '2028-K2', gepland: 2, gerealiseerd: null }],
            },
          ],
        },
      ],
    };
    const opgeslagen = await als.coordinator.call('PUT', pad, plan, { 'If-Match': '"0"' });
    expect(opgeslagen.status, JSON.stringify(opgeslagen.body)).toBe(200);

    const jeugd = (await keten(als.coordinator)).find((p) => p.id === 'p3')!;
    expect(jeugd.maatregelen.find((m) => m.jaar === 2028)).toMatchObject({
      id: 'm1',
      naam: 'Losse proef zonder onderbouwing',
      indicatorIds: [],
      probleemSleutels: [],
      methodeId: null,
      methodeNaam: null,
      onderbouwing: '',
      output: { prestatieIndicator: '3 bijeenkomsten', gepland: 3, gerealiseerd: null },
    });
    const hiaten = jeugd.hiaten.filter((h) => h.jaar === 2028);
    expect(hiaten.map((h) => h.soort)).toEqual(['maatregel-zonder-indicator', 'maatregel-zonder-probleem', 'maatregel-zonder-onderbouwing']);
    expect(hiaten.every((h) => h.maatregelId === 'm1')).toBe(true);
    expect(hiaten[2]!.tekst).toBe('De maatregel "Losse proef zonder onderbouwing" (2028) heeft geen onderbouwing: geen methode uit de catalogus en geen andere onderbouwing.');

    const check = (await als.coordinator.get(w('/plancheck'))).body.bevindingen as { ernst: string; code: string; plek: string; melding: string }[];
    const vanProef = check.filter((b) => b.plek === 'uitvoeringsplan/2028#maatregel-m1');
    expect(vanProef.filter((b) => b.code.startsWith('maatregel-zonder-') && (hiaatSoorten as readonly string[]).includes(b.code))).toEqual([
      expect.objectContaining({ ernst: 'waarschuwing', code: 'maatregel-zonder-indicator' }),
      expect.objectContaining({ ernst: 'waarschuwing', code: 'maatregel-zonder-probleem' }),
      expect.objectContaining({ ernst: 'waarschuwing', code: 'maatregel-zonder-onderbouwing', melding: expect.stringContaining('geen enkele onderbouwing') }),
    ]);
    // Chain gaps never block the adoption.
    expect(check.filter((b) => (hiaatSoorten as readonly string[]).includes(b.code)).every((b) => b.ernst === 'waarschuwing')).toBe(true);
  });

  it('toont vertrouwelijke maatregelen, indicatoren en thema\'s alleen aan wie toegang heeft; anderen zien er niets van, ook geen koppeling', async () => {
    const coordinator = await keten(als.coordinator);
    const ondermijning = coordinator.find((p) => p.id === 'p1')!;
    expect(ondermijning.maatregelen.filter((m) => m.vertrouwelijk).map((m) => m.naam)).toEqual(expect.arrayContaining(GEHEIME_MAATREGELEN.map((m) => m.naam)));
    const geheim = ondermijning.indicatoren.find((i) => i.naam === GEHEIME_INDICATOR)!;
    expect(geheim.vertrouwelijk).toBe(true);
    expect(ondermijning.problemen.find((x) => x.themaId === '5.2')).toMatchObject({ vertrouwelijk: true });

    for (const rol of ['redacteur', 'lezer', 'auditor'] as const) {
      const zonder = await keten(als[rol]);
      const tekst = JSON.stringify(zonder);
      for (const m of GEHEIME_MAATREGELEN) {
        expect(tekst, rol).not.toContain(m.naam);
        expect(tekst, rol).not.toContain(m.prestatieIndicator);
      }
      expect(tekst, rol).not.toContain(GEHEIME_INDICATOR);
      expect(tekst, rol).not.toContain(geheim.id);
      expect(tekst, rol).not.toContain('thema-5.2');
      const p1 = zonder.find((p) => p.id === 'p1')!;
      // The priority and its themes are no secret; the confidential analysis is not there.
      expect(p1.themaIds).toEqual(['5.2', '2.2']);
      expect(p1.problemen.map((x) => x.themaId)).toEqual(['2.2']);
      expect(p1.maatregelen.some((m) => m.vertrouwelijk)).toBe(false);
    }
    // Members with clearance (the partner here) see what the coordinator sees.
    expect(await keten(als.partner)).toEqual(coordinator);
  });

  it('anoniem 401, geen lid 404, de raad 403 (hij leest de vastgestelde documenten); elke andere rol leest', async () => {
    expect((await Client.anonymous(app).get(w('/beleidsketen'))).status).toBe(401);
    const buiten = await als.buitenstaander.get(w('/beleidsketen'));
    expect(buiten.status).toBe(404);
    expect(buiten.headers.get('content-type')).toContain('application/problem+json');
    const raad = await als.raad.get(w('/beleidsketen'));
    expect(raad.status).toBe(403);
    expect(raad.body.detail).toBe('Uw rol mag de beleidsketen niet lezen; u ziet de vastgestelde documenten.');
    for (const rol of ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer', 'auditor'] as const) {
      expect((await als[rol].get(w('/beleidsketen'))).status, rol).toBe(200);
    }
    // An id that is no uuid names no workspace either.
    expect((await als.coordinator.get('/werkruimtes/geen-id/beleidsketen')).status).toBe(404);
  });

  it('staat als bijlage in het IVP, na de streefwaarden, zonder iets vertrouwelijks', async () => {
    const doc = await als.coordinator.get(w('/documenten/ivp'));
    expect(doc.status).toBe(200);
    const blokken = (doc.body as { blokken: { soort: string; nummer?: string; tekst?: string; bijschrift?: string; kolommen?: string[]; rijen?: string[][] }[] }).blokken;
    const bijlagen = blokken.filter((b) => b.soort === 'kop' && b.nummer?.startsWith('Bijlage')).map((b) => `${b.nummer} ${b.tekst}`);
    expect(bijlagen).toEqual(['Bijlage 1 Streefwaarden', 'Bijlage 2 Beleidsketen per prioriteit']);
    const tabel = blokken.find((b) => b.soort === 'tabel' && b.bijschrift?.startsWith('Beleidsketen per prioriteit'))!;
    expect(tabel.kolommen).toEqual(['Prioriteit', 'Probleem', 'Doel', 'Effectindicatoren', 'Hiaten']);
    expect(tabel.rijen!.map((r) => r[0])).toEqual(demoPlan.prioriteiten.map((p) => p.titel));
    const tekst = JSON.stringify(tabel);
    for (const m of GEHEIME_MAATREGELEN) expect(tekst).not.toContain(m.naam);
    expect(tekst).not.toContain(GEHEIME_INDICATOR);
  });
});
