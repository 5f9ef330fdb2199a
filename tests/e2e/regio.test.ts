/**
 * The regional workspace (issue 17, point 1) in Debian's Chromium: a police unit with five municipal
 * IVP workspaces (one adopted, three sharing their draft, one not sharing) and one municipality
 * without a plan. The region's page shows the stacking matrix (the municipalities' plans, the regional
 * themes with the municipalities behind them, a theme read from a title marked as such, the gaps in
 * words) and the regional targets table with a linked local indicator and its measurement beside the
 * regional line. axe-core at 1366 and 390 px: no serious or critical violations, no sideways
 * scrolling of the page on the phone. Screenshots: /tmp/e2e-shots/regio-*.png.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

const TELEFOON = { width: 390, height: 844 };
const BREED = { width: 1366, height: 900 };
const REGIO = 'Politie-eenheid Rotterdam: beleidsplan 2027-2030';

const GEMEENTEN: { code: string; naam: string; deelt: boolean; prioriteiten: { titel: string; themaIds: string[] }[] }[] = [
  { code: 'GM0599', naam: 'Rotterdam', deelt: false, prioriteiten: [{ titel: 'Aanpak ondermijning', themaIds: ['5.2'] }, { titel: 'Veilige wijken', themaIds: ['1.1', '1.3'] }] },
  { code: 'GM0606', naam: 'Schiedam', deelt: true, prioriteiten: [{ titel: 'Cybercrime en online fraude', themaIds: ['1.3'] }, { titel: 'Jeugd en veiligheid', themaIds: ['3.2'] }] },
  { code: 'GM0622', naam: 'Vlaardingen', deelt: false, prioriteiten: [{ titel: 'Woninginbraak', themaIds: ['1.3'] }] },
  { code: 'GM0556', naam: 'Maassluis', deelt: true, prioriteiten: [{ titel: 'Drugs en ondermijning', themaIds: ['5.2'] }] },
  { code: 'GM0502', naam: 'Capelle aan den IJssel', deelt: true, prioriteiten: [{ titel: 'Veilig uitgaan', themaIds: ['2.3'] }] },
];

describe.skipIf(!hasChromium)('de regionale werkruimte in de browser', () => {
  const b = browserOmgeving({ schermafdruk: 'regio-', context: { viewport: BREED }, timeout: 15_000 });
  let coordinator: Page;
  let regio = '';
  const fouten: string[] = [];

  /** An API call from the signed-in page, with CSRF token and (for PUT/PATCH) the current ETag. */
  async function api(methode: string, pad: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    return coordinator.evaluate(
      async ({ methode, pad, body }) => {
        const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken: string };
        const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-CSRF-Token': sessie.csrfToken };
        if (methode === 'PUT' || methode === 'PATCH') headers['If-Match'] = (await fetch(`/api/v1${pad}`)).headers.get('ETag') ?? '"0"';
        const r = await fetch(`/api/v1${pad}`, { method: methode, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        const tekst = await r.text();
        return { status: r.status, body: tekst ? (JSON.parse(tekst) as Record<string, unknown>) : {} };
      },
      { methode, pad, body },
    );
  }

  beforeAll(async () => {
    coordinator = await b.aangemeld('Carla Coördinator', fouten);
    const plannen: Record<string, string> = {};
    for (const g of GEMEENTEN) {
      const w = await api('POST', '/werkruimtes', { soort: 'ivp', naam: `IVP ${g.naam} 2027-2030`, gemeentecode: g.code, periodeStart: 2027, periodeEinde: 2030 });
      expect(w.status, JSON.stringify(w.body)).toBe(201);
      plannen[g.naam] = w.body.id as string;
      expect((await api('PUT', `/werkruimtes/${plannen[g.naam]}/prioriteiten`, g.prioriteiten)).status).toBe(200);
      if (g.deelt) expect((await api('PATCH', `/werkruimtes/${plannen[g.naam]}`, { deeltMetRegio: true })).status).toBe(200);
    }
    // Rotterdam's council adopted its IVP (adoption through the plan check has its own tests).
    await b.server.db.query("insert into besluiten (werkruimte_id, document, soort, orgaan, datum, versie) values ($1, 'ivp', 'vastgesteld', 'Raad', '2027-03-12', 1)", [plannen.Rotterdam]);

    const r = await api('POST', '/werkruimtes', {
      soort: 'ivp',
      naam: REGIO,
      gemeentecode: 'GM0599',
      periodeStart: 2027,
      periodeEinde: 2030,
      regio: { soort: 'politie-eenheid', gemeenten: [...GEMEENTEN.map((g) => g.code), 'GM0613'] },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    regio = r.body.id as string;
    const themas = await api('PUT', `/werkruimtes/${regio}/prioriteiten`, [
      { titel: 'Ondermijning', themaIds: ['5.2'] },
      { titel: 'High impact crimes', themaIds: ['1.3'] },
      { titel: 'Cybercrime', themaIds: [], strategischeIds: ['gedigitaliseerde-criminaliteit'] },
      { titel: 'Weerbaar bestuur', themaIds: ['5.3'] },
      { titel: 'Jeugd', themaIds: ['3.1', '3.2'] },
    ]);
    expect(themas.status, JSON.stringify(themas.body)).toBe(200);
    const ri = await api('POST', `/werkruimtes/${regio}/indicatoren`, {
      naam: 'Woninginbraken in de eenheid',
      prioriteitId: 'p2',
      eenheid: 'aantal',
      richting: 'lager-is-beter',
      bron: 'politieregistratie',
      referentiejaar: 2025,
      referentiewaarde: 5000,
      streefwaarden: [
        { jaar: 2027, waarde: 4800 },
        { jaar: 2028, waarde: 4600 },
      ],
    });
    expect(ri.status, JSON.stringify(ri.body)).toBe(201);
    const li = await api('POST', `/werkruimtes/${plannen.Schiedam}/indicatoren`, {
      naam: 'Woninginbraken Schiedam',
      eenheid: 'aantal',
      richting: 'lager-is-beter',
      referentiejaar: 2025,
      referentiewaarde: 300,
      streefwaarden: [{ jaar: 2027, waarde: 280 }],
      regioKoppeling: { werkruimteId: regio, indicatorId: ri.body.id },
    });
    expect(li.status, JSON.stringify(li.body)).toBe(201);
    const meet = (ws: string, id: string, waarde: number) =>
      coordinator.evaluate(
        async ({ pad, waarde }) => {
          const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken: string };
          const etag = (await fetch(`/api/v1${pad}`)).headers.get('ETag') ?? '"1"';
          return (await fetch(`/api/v1${pad}/metingen`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': sessie.csrfToken, 'If-Match': etag }, body: JSON.stringify({ periode: '2027', waarde }) })).status;
        },
        { pad: `/werkruimtes/${ws}/indicatoren/${id}`, waarde },
      );
    expect(await meet(regio, ri.body.id as string, 4900)).toBe(201);
    expect(await meet(plannen.Schiedam!, li.body.id as string, 270)).toBe(201);
  }, 90_000);

  it('toont de stapelmatrix met de plannen, de regionale thema’s, een thema uit de titel en de hiaten', async () => {
    await coordinator.goto(`/werkruimtes/${regio}`);
    await coordinator.getByRole('link', { name: 'Stapeling en regionale doelen' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Stapeling en regionale doelen' }).waitFor();

    const plannen = coordinator.getByRole('table', { name: 'Plannen van de lidgemeenten' });
    await plannen.getByRole('row', { name: /Rotterdam .*vastgesteld door de raad op 12 maart 2027/ }).waitFor();
    await plannen.getByRole('row', { name: /Schiedam .*concept, gedeeld met de regio/ }).waitFor();
    await plannen.getByRole('row', { name: /Albrandswaard .*geen plan in Kernplan/ }).waitFor();

    const themas = coordinator.getByRole('table', { name: "Regionale thema's met de gemeenten die er een prioriteit op hebben" });
    const cyber = themas.getByRole('row', { name: /^Cybercrime/ });
    await cyber.getByText('(gelezen uit de titel)').waitFor();
    await cyber.getByText('Schiedam:').waitFor();
    await themas.getByRole('row', { name: /^Ondermijning .* 2 /ms }).waitFor();

    const hiaten = coordinator.getByRole('region', { name: 'Hiaten' });
    await hiaten.getByText('Weerbaar bestuur', { exact: true }).waitFor();
    await hiaten.getByText('Capelle aan den IJssel: Veilig uitgaan (2.3 Veilig uitgaan)').waitFor();
    await hiaten.getByText('Vlaardingen: plan in voorbereiding, niet gedeeld').waitFor();
    await coordinator.getByRole('link', { name: 'Download de stapeling als Word (.docx)' }).waitFor();
    await b.controleer(coordinator, '01-stapeling-1366');
  });

  it('toont de regionale streefwaarden met de gekoppelde indicator van Schiedam en haar meting naast de regionale lijn', async () => {
    const tabel = coordinator.getByRole('table', { name: 'Regionale streefwaarden met de gemeenten' });
    const regionaal = tabel.getByRole('row', { name: /^Woninginbraken in de eenheid High impact crimes Regio/ });
    await regionaal.getByText('gemeten 4.900').waitFor();
    await regionaal.getByText('Achter in 2027').waitFor();
    const lokaal = tabel.getByRole('row', { name: /^Woninginbraken Schiedam .*Schiedam/ });
    await lokaal.getByText('gemeten 270').waitFor();
    await lokaal.getByText('Op koers in 2027').waitFor();
    await coordinator.getByRole('link', { name: 'Download de regionale streeftabel als Word (.docx)' }).waitFor();
    // The local measurements beside the regional line: one chart, each as an index of its own reference.
    await coordinator.getByRole('img', { name: 'Woninginbraken in de eenheid, als index (referentie = 100). Regio: 98 in 2027; Schiedam: 90 in 2027.' }).waitFor();
    await coordinator.getByRole('img', { name: /^Woninginbraken in de eenheid, als index/ }).scrollIntoViewIfNeeded();
    await b.controleer(coordinator, '02-streefwaarden-1366');

    await coordinator.setViewportSize(TELEFOON);
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TELEFOON.width);
    await coordinator.evaluate(() => window.scrollTo(0, 0));
    await b.controleer(coordinator, '03-stapeling-390');
    await coordinator.setViewportSize(BREED);
    expect(fouten).toEqual([]);
  });
});
