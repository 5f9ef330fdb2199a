/**
 * A joint IVP worked out per municipality (issue 17, point 2) in Debian's Chromium: the coordinator of
 * a joint IVP of Zwolle, Kampen and Dalfsen records each municipality's candidate priorities (step 3a)
 * and reads the matrix with its proposal; adds an action point that is Kampen's local part to the
 * uitvoeringsplan; and opens the dashboard of one municipality. axe-core at 1366 and 390 px: no serious
 * or critical violations, no sideways scrolling of the page. Screenshots: /tmp/e2e-shots/gezamenlijk-*.png.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

const TELEFOON = { width: 390, height: 844 };
const BREED = { width: 1366, height: 900 };

describe.skipIf(!hasChromium)('een gezamenlijk IVP per gemeente in de browser', () => {
  const b = browserOmgeving({ schermafdruk: 'gezamenlijk-', context: { viewport: BREED }, timeout: 15_000 });
  let page: Page;
  let basis = '';
  const fouten: string[] = [];

  async function controleer(naam: string) {
    await b.controleer(page, `${naam}-1366`);
    await page.setViewportSize(TELEFOON);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), naam).toBeLessThanOrEqual(TELEFOON.width);
    await b.controleer(page, `${naam}-390`);
    await page.setViewportSize(BREED);
  }

  async function api(methode: string, pad: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    return page.evaluate(
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
    page = await b.aangemeld('Carla Coördinator', fouten);
    const w = await api('POST', '/werkruimtes', { naam: 'IVP Zwolle, Kampen en Dalfsen 2027-2030', gemeentecode: 'GM0193', deelnemendeGemeenten: ['GM0166', 'GM0148'], periodeStart: 2027, periodeEinde: 2030 });
    expect(w.status, JSON.stringify(w.body)).toBe(201);
    basis = `/werkruimtes/${w.body.id as string}`;
    const p = await api('PUT', `${basis}/prioriteiten`, [
      { titel: 'Woninginbraak', themaIds: ['1.3'] },
      { titel: 'Jeugd in Kampen', themaIds: ['3.1'], gemeentecode: 'GM0166' },
    ]);
    expect(p.status, JSON.stringify(p.body)).toBe(200);
  }, 60_000);

  it('legt per gemeente de kandidaten vast en zet ze naast elkaar met een voorstel (stap 3a)', async () => {
    await page.goto(basis);
    await page.getByRole('link', { name: '3a Kandidaten per gemeente' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stap 3a: kandidaat-prioriteiten per gemeente' }).waitFor();
    await page.getByText('Zwolle heeft nog geen kandidaat-prioriteiten.').waitFor();
    // Zwolle (the default), then Kampen.
    await page.getByLabel('1.3 Objectieve veiligheid/veelvoorkomende en high impact crime').check();
    await page.getByLabel('5.2 Georganiseerde/ondermijnende criminaliteit').check();
    await page.getByRole('button', { name: 'Kandidaten opslaan' }).click();
    await page.getByText(/Opgeslagen om .*Dit is nu versie 1\./).waitFor();
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Kampen' });
    await page.getByLabel('1.3 Objectieve veiligheid/veelvoorkomende en high impact crime').check();
    await page.getByLabel('3.1 Jeugdoverlast').check();
    await page.getByLabel('Toelichting van Kampen').fill('Uit de jeugdschouw van 2026.');
    await page.getByRole('button', { name: 'Kandidaten opslaan' }).click();
    await page.getByText(/Dit is nu versie 2\./).waitFor();
    const matrix = page.getByRole('table', { name: 'Kandidaat-prioriteiten per gemeente' });
    await matrix.getByRole('row', { name: /^1\.3 .*Gezamenlijk \(2 van 3\)/ }).waitFor();
    await matrix.getByRole('row', { name: /^5\.2 .*Lokaal voor Zwolle/ }).waitFor();
    await matrix.getByRole('row', { name: /^3\.1 .*Lokaal voor Kampen/ }).waitFor();
    await page.getByText('Dalfsen heeft nog geen kandidaat-prioriteiten.').waitFor();
    await controleer('01-kandidaten');
    expect(fouten).toEqual([]);
  });

  it('voegt een lokaal actiepunt van Kampen toe en toont het dashboard van één gemeente', async () => {
    await page.goto(`${basis}/uitvoeringsplan?jaar=2027`);
    await page.getByRole('heading', { level: 1, name: 'Stap 5: uitvoeringsplan 2027' }).waitFor();
    await page.getByLabel('Titel van het actiepunt').fill('Buurtpreventie Kampen');
    await page.getByLabel('Hoort bij').selectOption({ label: 'Woninginbraak' });
    await page.getByLabel('Voor', { exact: true }).selectOption({ label: 'Alleen Kampen' });
    await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
    await page.getByText('Prioriteit: Woninginbraak. Alleen Kampen').waitFor();
    await controleer('02-uitvoeringsplan');

    await page.goto(`${basis}/dashboard`);
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Dalfsen' });
    await page.waitForURL(/gemeente=GM0148/);
    await page.getByRole('heading', { name: 'Woninginbraak' }).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Jeugd in Kampen' }).count()).toBe(0);
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Kampen' });
    await page.getByRole('heading', { name: 'Jeugd in Kampen' }).first().waitFor();
    await controleer('03-dashboard-kampen');
    expect(fouten).toEqual([]);
  });
});
