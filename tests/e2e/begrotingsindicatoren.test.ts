/**
 * Browser journey "begrotingsindicatoren" (issue 16) in Debian's Chromium: a workspace for Amsterdam
 * imports a small CBS export (winkeldiefstal 2.5.2 and mishandeling 1.4.5 for 2021 and 2024). The page
 * shows per indicator the official definition, the official national figure beside the one with the
 * same crime types, "onvolledig" for violence (a CBS group the police types do not cover), no rate for
 * 2021 because Amsterdam's population on 1 January 2021 is not known (not the 2024 figure), and Halt
 * with both units. axe-core runs on the page (no serious or critical violations).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aanmelden, browserOmgeving, hasChromium } from '../support/browser.ts';

const BESTANDSVELD = 'Bestand met politiecijfers (.csv of .txt)';
const CBS_EXPORT = [
  '"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"',
  '"0";"GM0363";"2.5.2";"2021JJ00";"4000"',
  '"1";"GM0363";"1.4.5";"2021JJ00";"3000"',
  '"2";"GM0363";"2.5.2";"2024JJ00";"5000"',
  '"3";"GM0363";"1.4.5";"2024JJ00";"3100"',
  '',
].join('\n');

describe.skipIf(!hasChromium)('Begrotingsindicatoren in de browser: officiële definitie, dekking en inwoners van hetzelfde jaar', () => {
  const b = browserOmgeving({ schermafdruk: 'bbv-', context: { viewport: { width: 1280, height: 900 } }, timeout: 15_000 });
  let page: Page;
  const consolefouten: string[] = [];

  beforeAll(async () => {
    page = await b.nieuwePagina();
    page.on('pageerror', (err) => consolefouten.push(err.message));
  });

  it('leest een kleine CBS-export in voor Amsterdam', async () => {
    await aanmelden(page, 'Carla Coördinator');
    await page.getByLabel('Naam').fill('Begrotingsindicatoren Amsterdam');
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Amsterdam (GM0363)' });
    await page.getByLabel('Van (jaar)').fill('2027');
    await page.getByLabel('Tot en met (jaar)').fill('2030');
    await page.getByRole('button', { name: 'Werkruimte aanmaken' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    const basis = new URL(page.url()).pathname;
    await page.goto(`${basis}/politiecijfers/import`);
    await page.getByLabel(BESTANDSVELD).setInputFiles({ name: 'amsterdam-bbv.csv', mimeType: 'text/csv', buffer: Buffer.from(CBS_EXPORT) });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Samenvatting: amsterdam-bbv.csv is ingelezen' }).waitFor({ timeout: 30_000 });
    await page.goto(`${basis}/politiecijfers`);
  });

  it('toont definitie, officieel landelijk cijfer, dekking en geen cijfer zonder inwoners van dat jaar', async () => {
    const sectie = (naam: RegExp) => page.locator('section.kp-politie-indicator').filter({ has: page.getByRole('heading', { name: naam }) });
    const winkel = sectie(/^Winkeldiefstal per 1\.000 inwoners$/);
    await winkel.getByText('Officiële definitie:').waitFor();
    const rij2021 = await winkel.getByRole('table').getByRole('row', { name: /^2021/ }).textContent();
    // Count 4.000, no population for 1 January 2021, national same types 1,76, official 1,76, coverage complete.
    expect(rij2021).toMatch(/^20214\.000.*1,76.*1,76volledig$/);
    await winkel.getByText(/Voor 2021 is geen inwonertal op 1 januari van dat jaar bekend/).waitFor();
    expect(await winkel.getByText('Onvolledig:').count()).toBe(0);

    const geweld = sectie(/^Geweldsmisdrijven per 1\.000 inwoners$/);
    await geweld.getByText('Onvolledig:').waitFor();
    await geweld.getByText(/83648NED/).first().waitFor();
    expect(await geweld.getByRole('table').getByRole('row', { name: /^2021/ }).textContent()).toMatch(/4,37onvolledig$/);
    // 2024: Amsterdam's shipped population of 1 January 2024 applies to 2024 itself.
    expect(await geweld.getByRole('table').getByRole('row', { name: /^2024/ }).textContent()).toMatch(/^20243\.100[\d.]+3,\d\d/);
  });

  it('toont Halt met aantal, jongeren en beide eenheden', async () => {
    const halt = page.locator('section.kp-politie-indicator').filter({ has: page.getByRole('heading', { name: /^Verwijzingen Halt per 1\.000 jongeren/ }) });
    await halt.getByLabel('Jaar van het Halt-cijfer').fill('2024');
    await halt.getByLabel('Verwijzingen naar Halt').fill('900');
    await halt.getByLabel('Jongeren van 12 tot en met 17 jaar').fill('60000');
    await halt.getByRole('button', { name: 'Halt-cijfer opslaan' }).click();
    await halt.getByText('Halt-cijfer van 2024 opgeslagen voor Amsterdam.').waitFor();
    await halt.getByRole('columnheader', { name: 'Per 10.000 jongeren (oude eenheid)' }).waitFor();
    expect(await halt.getByRole('table').getByRole('row', { name: /2024/ }).textContent()).toMatch(/^2024900.*60\.00015015$/);
    await b.controleer(page, '01-begrotingsindicatoren');
    expect(consolefouten).toEqual([]);
  });
});
