/**
 * Issue 15, points 2 and 4 in the browser (demo workspace, Carla Coördinator): the settings page shows
 * the council term and takes the date of the coalition agreement; the cycle overview shows the council
 * term; the IVP page shows per priority its indicators with a target; an overall effect indicator
 * added on the indicators page appears in chapter 2 of the IVP document. axe-clean at 1366 and 390 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

describe.skipIf(!hasChromium)('streefwaarden in het IVP en de raadsperiode in de browser', () => {
  const b = browserOmgeving({ schermafdruk: 'ivp-streefwaarden-', context: { viewport: { width: 1366, height: 900 } }, timeout: 15_000 });
  let page: Page;
  let basis = '';
  const fouten: string[] = [];

  /** axe-clean and a screenshot at 1366 px and at 390 px wide. */
  async function controleer(naam: string) {
    await b.controleer(page, `${naam}-1366`);
    await page.setViewportSize({ width: 390, height: 844 });
    await b.controleer(page, `${naam}-390`);
    // At 390 px nothing makes the page itself scroll sideways (wide tables scroll in their own frame).
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  beforeAll(async () => {
    page = await b.aangemeld('Carla Coördinator', fouten);
    await page.getByRole('link', { name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
  });

  it('de instellingen tonen de raadsperiode en nemen de datum van het coalitieakkoord', async () => {
    await page.goto(`${basis}/instellingen`);
    const sectie = page.getByRole('region', { name: 'Raadsperiode en coalitieakkoord' });
    await sectie.waitFor();
    await sectie.getByText('Volgende verkiezingen').waitFor();
    expect(await sectie.getByText(/maart 20\d\d/).count()).toBeGreaterThan(0);
    await sectie.getByText('2027 tot en met 2030 (de raad van 2026)').waitFor();
    await page.getByLabel('Datum van het coalitieakkoord').fill('2026-06-10');
    await page.getByRole('button', { name: 'Datum opslaan' }).click();
    await page.getByText('De datum van het coalitieakkoord (10 juni 2026) is opgeslagen.').waitFor();
    await controleer('instellingen');
  });

  it('het overzicht van de cyclus toont de raadsperiode met het coalitieakkoord', async () => {
    await page.goto(`${basis}/cyclus`);
    const sectie = page.getByRole('region', { name: 'Raadsperiode en verkiezingen' });
    await sectie.waitFor();
    await sectie.getByText('10 juni 2026').waitFor();
    await sectie.getByText('12 november 2026').or(sectie.getByText('nog niet gepland')).first().waitFor();
    await controleer('cyclus');
  });

  it('het IVP toont per prioriteit de indicatoren met streefwaarde', async () => {
    await page.goto(`${basis}/ivp#streefwaarden`);
    const sectie = page.getByRole('region', { name: 'Effectindicatoren en streefwaarden' });
    await sectie.waitFor();
    await expect.poll(() => sectie.getByRole('link', { name: /^Bekijk de indicatoren van / }).count()).toBe(3);
    expect(await sectie.getByText('nog geen indicator met streefwaarde').count()).toBe(0);
    await controleer('ivp');
  });

  it('een overkoepelende effectindicator komt in hoofdstuk 2 van het IVP', async () => {
    await page.goto(`${basis}/indicatoren`);
    const overig = page.locator('#overige-themas');
    await overig.waitFor();
    await overig.getByRole('button', { name: /Indicator toevoegen/ }).click();
    await overig.getByLabel('Overkoepelende effectindicator').check();
    expect(await overig.getByLabel('Thema', { exact: true }).count()).toBe(0);
    await overig.getByLabel('Naam van de indicator').fill('Inwoners die hun buurt veilig vinden');
    await overig.getByLabel('Eenheid').selectOption('percentage');
    await overig.getByLabel('hoger is beter').check();
    await overig.getByRole('textbox', { name: 'Referentiejaar' }).fill('2025');
    await overig.getByRole('textbox', { name: 'Referentiewaarde' }).fill('78');
    await overig.getByRole('textbox', { name: 'Streefwaarde 2030' }).fill('82');
    await controleer('indicator-overkoepelend');
    await overig.getByRole('button', { name: 'Indicator opslaan' }).click();
    await page.getByText('De indicator ‘Inwoners die hun buurt veilig vinden’ is toegevoegd.').waitFor();
    await page.goto(`${basis}/documenten/ivp`);
    const tabel = page.getByRole('table', { name: 'Overkoepelende effectindicatoren' });
    await tabel.waitFor();
    await tabel.getByText('2030: 82\u00A0% (eindstreefwaarde)').waitFor();
    expect(fouten).toEqual([]);
  });
});
