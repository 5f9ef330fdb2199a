/**
 * The public safety dashboard (issue 18, point 1) in the browser: the coordinator opens 'Openbaar
 * dashboard', finds the demo's dashboard published, withdraws one indicator and publishes it again;
 * then a fresh context WITHOUT sign-in opens /openbaar/GM9999, finds the priorities and indicators,
 * and finds no confidential item in the page, the JSON or the CSV. axe-clean at 1366 and 390 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

/** Confidential in the demo (`vertrouwelijk: true`): an indicator, three measures, and the analysis of theme 5.2. */
const GEHEIM = [
  'Signalen van ondermijning ingebracht bij het RIEC',
  'Integrale controles op bedrijventerrein Haven-Oost',
  'Informatiemakelaar ondermijning en ondermijningsbeeld Dijkstede',
  'Veilig Buitengebied Ravenswaard en Eikhorst',
  'RIEC, casusregistratie',
];

describe.skipIf(!hasChromium)('het openbare veiligheidsdashboard', () => {
  const b = browserOmgeving({ schermafdruk: 'openbaar-', context: { viewport: { width: 1366, height: 900 } }, timeout: 15_000 });
  let coordinator: Page;
  let basis = '';
  const fouten: string[] = [];

  beforeAll(async () => {
    coordinator = await b.aangemeld('Carla Coördinator', fouten);
    await coordinator.getByRole('link', { name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).click();
    await coordinator.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(coordinator.url()).pathname;
  });

  it('laat de coördinator zien wat openbaar is, en een onderdeel intrekken en weer publiceren', async () => {
    await coordinator.goto(`${basis}/openbaar`);
    await coordinator.getByRole('heading', { level: 1, name: 'Openbaar dashboard' }).waitFor();
    const schakelaar = coordinator.getByRole('switch', { name: 'Effectindicator: Woninginbraken' });
    await schakelaar.waitFor();
    expect(await schakelaar.isChecked()).toBe(true);
    expect(await coordinator.getByRole('switch', { name: 'Het vastgestelde veiligheidsplan en de prioriteiten' }).isChecked()).toBe(true);
    for (const g of GEHEIM) expect(await coordinator.getByText(g).count(), g).toBe(0);
    await b.controleer(coordinator, '01-beheer-1366');
    await schakelaar.uncheck();
    await coordinator.getByText('‘Effectindicator: Woninginbraken’ is van het openbare dashboard gehaald.').waitFor();
    expect(await schakelaar.isChecked()).toBe(false);
    await schakelaar.check();
    await coordinator.getByText('‘Effectindicator: Woninginbraken’ staat nu op het openbare dashboard.').waitFor();
    expect(await schakelaar.isChecked()).toBe(true);
    await coordinator.setViewportSize({ width: 390, height: 844 });
    await b.controleer(coordinator, '02-beheer-390');
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await coordinator.getByRole('link', { name: 'Bekijk zoals inwoners het zien' }).click();
    await coordinator.waitForURL(/\/openbaar\/GM9999$/);
    await coordinator.getByRole('heading', { level: 1, name: 'Veiligheid in Dijkstede' }).waitFor();
  });

  it('toont inwoners zonder aanmelden de prioriteiten en indicatoren, en niets vertrouwelijks in de pagina, de JSON of de CSV', async () => {
    const context = await b.nieuweContext();
    const inwoner = await context.newPage();
    const eigenFouten: string[] = [];
    inwoner.on('pageerror', (e) => eigenFouten.push(e.message));
    await inwoner.goto('/openbaar/GM9999');
    await inwoner.getByRole('heading', { level: 1, name: 'Veiligheid in Dijkstede' }).waitFor();
    expect(await context.cookies()).toEqual([]);
    await inwoner.getByRole('heading', { level: 2, name: 'Het veiligheidsplan' }).waitFor();
    for (const p of ['Ondermijning en drugscriminaliteit', 'Veilige en leefbare wijken', 'Jeugd en veiligheid']) {
      expect(await inwoner.getByRole('heading', { level: 3, name: p }).count(), p).toBeGreaterThan(0);
    }
    await inwoner.getByRole('heading', { level: 4, name: 'Woninginbraken' }).waitFor();
    await inwoner.getByText(/‘Op koers’ betekent/).waitFor();
    await inwoner.getByRole('heading', { level: 2, name: 'Wat doet de gemeente?' }).waitFor();
    await inwoner.locator('main').getByRole('link', { name: 'toegankelijkheidsverklaring' }).waitFor();
    await inwoner.getByRole('link', { name: 'CSV-bestand (voor Excel)' }).waitFor();
    const tekst = await inwoner.locator('main').innerText();
    for (const g of GEHEIM) expect(tekst, g).not.toContain(g);
    await b.controleer(inwoner, '03-publiek-1366');
    await inwoner.setViewportSize({ width: 390, height: 844 });
    await b.controleer(inwoner, '04-publiek-390');
    expect(await inwoner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const json = await context.request.get('/api/v1/openbaar/GM9999');
    expect(json.status()).toBe(200);
    const csv = await context.request.get('/api/v1/openbaar/GM9999/cijfers.csv');
    expect(csv.status()).toBe(200);
    const open = await context.request.get('/api/v1/openbaar/GM9999/cijfers.json');
    for (const t of [await json.text(), await csv.text(), await open.text()]) {
      expect(t).toContain('Woninginbraken');
      for (const g of GEHEIM) expect(t, g).not.toContain(g);
    }
    expect(await csv.text()).toContain('CC BY 4.0');
    expect(eigenFouten).toEqual([]);
  });

  it('zegt het gewoon bij een gemeente zonder openbaar dashboard', async () => {
    const inwoner = await b.nieuwePagina();
    await inwoner.goto('/openbaar/GM0363');
    await inwoner.getByRole('heading', { level: 1, name: 'Geen openbaar dashboard' }).waitFor();
    await inwoner.getByText(/Gemeente GM0363 heeft geen openbaar veiligheidsdashboard/).waitFor();
    expect(fouten).toEqual([]);
  });
});
