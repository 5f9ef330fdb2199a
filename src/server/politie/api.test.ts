import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/support/session-client.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo.ts';

const amsterdam = readFileSync(new URL('../../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));
const rollen = ['coordinator', 'redacteur', 'raad', 'lezer'] as const;

describe.each(dbKinds)('API politiecijfers (%s)', (kind) => {
  let t: TestDb;
  let app: KernplanApp;
  let w: string;
  const as = {} as Record<(typeof rollen)[number], Client>;

  beforeAll(async () => {
    t = await createTestDb(kind);
    await seedDemo(t.db);
    app = createApp({ db: t.db });
    for (const r of rollen) as[r] = await Client.signIn(app, `${r}@demo.kernplan.nl`);
    const demo = ((await as.coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    // Een werkruimte van Amsterdam, met de demogebruikers in hun demorol.
    const nieuw = await as.coordinator.call('POST', '/werkruimtes', { naam: 'IVP Amsterdam', gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2030 });
    w = nieuw.body.id as string;
    const leden = (await as.coordinator.get(`/werkruimtes/${demo}/leden`)).body.leden as { gebruikerId: string; rol: string }[];
    for (const l of leden) if (l.rol !== 'coordinator') await t.db.query('insert into leden (werkruimte_id, gebruiker_id, rol) values ($1, $2, $3)', [w, l.gebruikerId, l.rol]);
  });
  afterAll(() => t.drop());

  /** Stuurt een bestand als body (geen JSON), zoals de importpagina doet. */
  async function upload(c: Client, method: 'POST' | 'PUT', pad: string, bytes: Uint8Array) {
    const res = await app.request(`/api/v1${pad}`, {
      method,
      headers: { Cookie: c.cookie!, 'X-CSRF-Token': c.csrf!, 'Content-Type': 'text/csv' },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
  }

  it('weigert anoniem (401) en rollen zonder recht (403)', async () => {
    const anoniem = Client.anonymous(app);
    expect((await anoniem.get(`/werkruimtes/${w}/politiecijfers`)).status).toBe(401);
    const post = await anoniem.call('POST', `/werkruimtes/${w}/politiecijfers/imports`, { bestandsnaam: 'x.csv' });
    expect(post.status).toBe(401);
    expect(post.headers.get('content-type')).toBe('application/problem+json');

    for (const rol of ['lezer', 'raad'] as const) {
      const r = await as[rol].call('POST', `/werkruimtes/${w}/politiecijfers/imports`, { bestandsnaam: 'x.csv' });
      expect(r.status).toBe(403);
      expect(r.body.detail).toContain('Uw rol mag geen politiecijfers inlezen');
      expect((await upload(as[rol], 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=a.csv`, amsterdam)).status).toBe(403);
    }
    expect((await as.raad.get(`/werkruimtes/${w}/politiecijfers`)).status).toBe(403);
    expect((await as.lezer.get(`/werkruimtes/${w}/politiecijfers`)).status).toBe(200);
    expect((await as.lezer.call('PUT', `/werkruimtes/${w}/politiecijfers/themakoppeling`, { afwijkingen: [] })).status).toBe(403);
    const vreemd = '00000000-0000-4000-8000-000000000000';
    expect((await as.coordinator.get(`/werkruimtes/${vreemd}/politiecijfers`)).status).toBe(404);
  });

  it('importeert in twee stappen met voortgang en samenvatting', async () => {
    const start = await as.redacteur.call('POST', `/werkruimtes/${w}/politiecijfers/imports`, { bestandsnaam: 'amsterdam.csv', grootte: amsterdam.length });
    expect(start.status).toBe(201);
    expect(start.body).toMatchObject({ status: 'wacht-op-bestand', bestandsnaam: 'amsterdam.csv', voortgang: { fase: 'wachten', bytesTotaal: amsterdam.length } });
    const id = start.body.id as string;
    expect(start.headers.get('Location')).toBe(`/api/v1/werkruimtes/${w}/politiecijfers/imports/${id}`);

    const klaar = await upload(as.redacteur, 'PUT', `/werkruimtes/${w}/politiecijfers/imports/${id}/bestand`, amsterdam);
    expect(klaar.status).toBe(200);
    expect(klaar.body).toMatchObject({ status: 'ingelezen', voortgang: { fase: 'klaar', bytesGelezen: amsterdam.length }, samenvatting: { regelsGeimporteerd: 517 } });

    const gelezen = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/imports/${id}`);
    expect(gelezen.body).toMatchObject({ status: 'ingelezen', samenvatting: { regelsGelezen: 517, formaat: 'politie-portaal' } });
    const lijst = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/imports`);
    expect((lijst.body.imports as { id: string }[]).map((i) => i.id)).toContain(id);

    expect((await upload(as.redacteur, 'PUT', `/werkruimtes/${w}/politiecijfers/imports/${id}/bestand`, amsterdam)).status).toBe(409);
  });

  it('weigert een slecht bestand met problem+json, regelnummer en reden', async () => {
    const slecht = new TextEncoder().encode('"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"\n"0";"GM0363";"1.1.1";"2023JJ00";"5"\n"1";"GM0363";"1.1.2";"2023JJ00";"-5"\n');
    const deels = await upload(as.coordinator, 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=deels.csv`, slecht);
    expect(deels.status).toBe(200);
    expect((deels.body.samenvatting as { geweigerdeRegels: unknown[] }).geweigerdeRegels).toEqual([{ regel: 3, reden: "Regel 3: negatief aantal '-5'." }]);

    const onbekend = await upload(as.coordinator, 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=adressen.csv`, new TextEncoder().encode('naam;adres\nJan;Dorpsstraat 1\n'));
    expect(onbekend.status).toBe(422);
    expect(onbekend.type).toBe('application/problem+json');
    expect(onbekend.body.detail).toContain('Het bestand adressen.csv is geweigerd (regel 1): Het formaat van het bestand is niet herkend');
    expect(onbekend.body.detail).toContain('GeregistreerdeMisdrijven_1');
    expect(onbekend.body.regel).toBe(1);
  });

  it('annuleert een import die op zijn bestand wacht', async () => {
    const start = await as.coordinator.call('POST', `/werkruimtes/${w}/politiecijfers/imports`, { bestandsnaam: 'later.csv' });
    const id = start.body.id as string;
    expect((await as.lezer.call('DELETE', `/werkruimtes/${w}/politiecijfers/imports/${id}`)).status).toBe(403);
    const weg = await as.coordinator.call('DELETE', `/werkruimtes/${w}/politiecijfers/imports/${id}`);
    expect(weg.body.status).toBe('geannuleerd');
    expect((await upload(as.coordinator, 'PUT', `/werkruimtes/${w}/politiecijfers/imports/${id}/bestand`, amsterdam)).status).toBe(409);
    expect((await as.coordinator.call('POST', `/werkruimtes/${w}/politiecijfers/imports`, { grootte: 3 })).status).toBe(400);
  });

  it('geeft cijfers per thema, begrotingsindicatoren, vergelijking en de themakoppeling', async () => {
    const agg = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/aggregaten?groep=veld&niveau=gemeente&jaarVan=2023`);
    expect(agg.status).toBe(200);
    expect(agg.body.groep).toBe('veld');
    const fout = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/aggregaten?groep=kleur`);
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams).toEqual([{ name: 'groep', code: 'keuze', reason: "'kleur' is geen geldige waarde." }]);
    expect((await as.lezer.get(`/werkruimtes/${w}/politiecijfers/aggregaten?jaarVan=volgend`)).status).toBe(400);

    const bi = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/begrotingsindicatoren`);
    expect(bi.status).toBe(200);
    const ind = (bi.body.gemeenten as { code: string; indicatoren: { id: string; waarden: { jaar: number; waarde: number }[] }[] }[])[0]!;
    expect(ind.code).toBe('GM0363');
    expect(ind.indicatoren.find((i) => i.id === 'diefstal-uit-woning')!.waarden[0]).toMatchObject({ jaar: 2023, aantal: 5, inwoners: 931300, landelijkBron: 'meegeleverd' });
    // 2024 came only as neighbourhoods (the police portal file): summed, and labelled as such.
    expect(ind.indicatoren.find((i) => i.id === 'winkeldiefstal')!.waarden.find((x) => x.jaar === 2024)).toMatchObject({ herkomst: 'som van 517 buurten' });
    expect((await as.lezer.get(`/werkruimtes/${w}/politiecijfers/vergelijking`)).status).toBe(200);

    const koppeling = await as.lezer.get(`/werkruimtes/${w}/politiecijfers/themakoppeling`);
    expect((koppeling.body.koppeling as unknown[]).length).toBe(59);
    const zet = await as.redacteur.call('PUT', `/werkruimtes/${w}/politiecijfers/themakoppeling`, { afwijkingen: [{ code: '1.2.4', themaId: '2.1' }] });
    expect(zet.status).toBe(200);
    expect(zet.body.afwijkingen).toEqual({ '1.2.4': '2.1' });
    const ongeldig = await as.redacteur.call('PUT', `/werkruimtes/${w}/politiecijfers/themakoppeling`, { afwijkingen: [{ code: '0.0.0', themaId: '1.3' }, { code: '9.9.9', themaId: null }] });
    expect(ongeldig.status).toBe(422);
    expect(ongeldig.body.detail).toContain('Het totaal (0.0.0)');
    expect(ongeldig.body.detail).toContain("'9.9.9' is geen soort misdrijf");
  });
  it('laat een effectindicator een geïmporteerde reeks volgen; een nieuwe import verdubbelt niets', async () => {
    const reeks = { gemeentecode: 'GM0363', codes: ['1.2.3'] };
    const basis = { naam: 'Fietsendiefstal', richting: 'lager-is-beter', referentiejaar: 2023, referentiewaarde: 11000, streefwaarden: [{ jaar: 2026, waarde: 9000 }] };
    const aantal = await as.coordinator.call('POST', `/werkruimtes/${w}/indicatoren`, { ...basis, eenheid: 'aantal', reeks });
    expect(aantal.status).toBe(201);
    // The file holds only neighbourhoods: the series is their sum, and says so.
    expect(aantal.body.metingen).toEqual([expect.objectContaining({ periode: '2024', waarde: 11987, status: 'achter', toelichting: expect.stringContaining('som van 517 buurten') })]);
    const per = await as.coordinator.call('POST', `/werkruimtes/${w}/indicatoren`, { ...basis, eenheid: 'per-1000', referentiewaarde: 12, streefwaarden: [{ jaar: 2026, waarde: 10 }], reeks });
    const perWaarde = (per.body.metingen as { waarde: number }[])[0]!.waarde;
    expect(perWaarde).toBeGreaterThan(12);
    expect(perWaarde).toBeLessThan(14);
    // A series of another municipality or an unknown code is refused, naming the field.
    const fout = await as.coordinator.call('POST', `/werkruimtes/${w}/indicatoren`, { ...basis, eenheid: 'aantal', reeks: { gemeentecode: 'GM0599', codes: ['9.9.9'] } });
    expect(fout.status).toBe(422);
    expect((fout.body.invalidParams as { name: string }[]).map((p) => p.name)).toEqual(expect.arrayContaining(['reeks.gemeentecode', 'reeks.codes[0]']));
    // Importing the same file again keeps one measurement with the same value.
    expect((await upload(as.redacteur, 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=amsterdam.csv`, amsterdam)).status).toBe(200);
    const na = await as.lezer.get(`/werkruimtes/${w}/indicatoren/${String(aantal.body.id)}`);
    expect(na.body.metingen).toEqual([expect.objectContaining({ periode: '2024', waarde: 11987 })]);
  });
  it('laat de Halt-verwijzingen met de hand invullen, per 1.000 jongeren van 12-17, en weigert onzin met het veld', async () => {
    const pad = `/werkruimtes/${w}/politiecijfers/halt`;
    expect((await as.lezer.call('PUT', pad, { gemeentecode: 'GM0363', jaar: 2024, verwijzingen: 900, jongeren: 60000 })).status).toBe(403);
    const fout = await as.coordinator.call('PUT', pad, { gemeentecode: 'GM0599', jaar: 2024, verwijzingen: -1, jongeren: 60000 });
    expect(fout.status).toBe(422);
    expect((fout.body.invalidParams as { name: string }[]).map((p) => p.name)).toEqual(['gemeentecode', 'verwijzingen']);
    const ok = await as.coordinator.call('PUT', pad, { gemeentecode: 'GM0363', jaar: 2024, verwijzingen: 900, jongeren: 60000 });
    expect(ok.status).toBe(200);
    const halt = ((ok.body.gemeenten as { indicatoren: { id: string; waarden: { jaar: number; waarde: number }[] }[] }[])[0]!.indicatoren).find((i) => i.id === 'verwijzingen-halt')!;
    expect(halt.waarden).toEqual([expect.objectContaining({ jaar: 2024, waarde: 15 })]);
  });
  it('neemt inwonertallen aan, zodat per 1.000 inwoners en de reeksen daarop rekenen', async () => {
    const pad = `/werkruimtes/${w}/politiecijfers/inwoners`;
    expect((await as.raad.call('PUT', pad, { regio: 'GM0363', jaar: 2024, inwoners: 1000000 })).status).toBe(403);
    const fout = await as.coordinator.call('PUT', pad, { regio: 'GM0599', jaar: 2024, inwoners: 0 });
    expect(fout.status).toBe(422);
    expect((fout.body.invalidParams as { name: string }[]).map((p) => p.name)).toEqual(['regio', 'inwoners']);
    expect((await as.coordinator.call('PUT', pad, { regio: 'GM0363', jaar: 2024, inwoners: 1000000 })).status).toBe(200);
    const lijst = (await as.lezer.get(`/werkruimtes/${w}/indicatoren`)).body.indicatoren as { eenheid: string; metingen: { waarde: number }[] }[];
    const per = lijst.find((i) => i.eenheid === 'per-1000')!;
    expect(per.metingen[0]!.waarde).toBe(11.99);
  });
  it('zet bij een indicator op een politiethema de gemeenten van dezelfde grootte naast de streefwaarde', async () => {
    const tabel = ['regio;soort;periode;aantal', 'GM0363;1.1.1;2023;2800', 'GM0599;1.1.1;2023;2600', 'GM0518;1.1.1;2023;2100', 'GM0344;1.1.1;2023;900'].join('\n');
    expect((await upload(as.redacteur, 'POST', `/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=lang.csv`, new TextEncoder().encode(tabel))).status).toBe(200);
    const r = await as.coordinator.call('POST', `/werkruimtes/${w}/indicatoren`, {
      naam: 'Woninginbraak per 1.000 inwoners',
      richting: 'lager-is-beter',
      eenheid: 'per-1000',
      referentiejaar: 2023,
      referentiewaarde: 3,
      streefwaarden: [{ jaar: 2026, waarde: 2.5 }],
      reeks: { gemeentecode: 'GM0363', themaId: '1.3' },
    });
    expect(r.status).toBe(201);
    const v = (await as.lezer.get(`/werkruimtes/${w}/indicatoren/${String(r.body.id)}`)).body.vergelijkbareGemeenten as Record<string, unknown>;
    // The latest year with a row for Amsterdam itself (2024 came only as neighbourhoods); Utrecht is lowest.
    expect(v).toMatchObject({ jaar: 2023, klasse: '150.000 inwoners of meer', van: 4, plaats: 2 });
    expect(v.gemiddelde).toBeGreaterThan(3);
  });
});
