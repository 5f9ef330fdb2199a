/**
 * What a council member met (issue 15, point 5): the documents list shows what the council adopted,
 * an adopted document opens on its adopted version with its content, and the IVP page of the plan in
 * the making sends the council member to the adopted IVP instead of "Er ging iets mis".
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

describe.skipIf(!hasChromium)('de raad leest wat hij vaststelde', () => {
  const b = browserOmgeving({ schermafdruk: 'raad-', context: { viewport: { width: 1366, height: 900 } }, timeout: 10_000 });
  let page: Page;
  let basis = '';
  const fouten: string[] = [];

  beforeAll(async () => {
    page = await b.aangemeld('Rosa Raadslid', fouten);
    await page.getByRole('link', { name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
  });

  it('ziet in de lijst van documenten welke versie is vastgesteld', async () => {
    await page.goto(`${basis}/documenten`);
    const rij = page.getByRole('row', { name: /Integraal Veiligheidsplan 2027-2030/ });
    await rij.getByText(/^Vastgesteld \(versie 1, 12 november 2026\)$/).waitFor();
    expect(await page.getByRole('cell', { name: '—', exact: true }).count()).toBe(0);
    await b.controleer(page, '01-documenten');
  });

  it('opent het IVP op de vastgestelde versie, met de inhoud', async () => {
    await page.getByRole('link', { name: 'Integraal Veiligheidsplan 2027-2030', exact: true }).first().click();
    await page.getByRole('heading', { level: 2, name: '1 Uitgangssituatie' }).waitFor();
    await page.getByText(/^Vastgesteld door de Raad op 12 november 2026 \(versie 1\)$/).waitFor();
    await b.controleer(page, '02-ivp-vastgesteld');
  });

  it('krijgt op de pagina van het IVP in wording een weg naar het vastgestelde IVP, geen foutmelding', async () => {
    await page.goto(`${basis}/ivp`);
    await page.getByText(/Met uw rol leest u het IVP zoals het is vastgesteld/).waitFor();
    expect(await page.getByText('Er ging iets mis').count()).toBe(0);
    await b.controleer(page, '03-ivp-pagina');
    await page.getByRole('link', { name: 'Naar het vastgestelde IVP' }).click();
    await page.getByRole('heading', { level: 2, name: '1 Uitgangssituatie' }).waitFor();
    expect(fouten).toEqual([]);
  });
});
