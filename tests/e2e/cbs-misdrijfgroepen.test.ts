/**
 * Browser journey "CBS 83648NED inlezen" (issue 16, punt 1) in Debian's Chromium: a workspace for
 * Amsterdam with police figures for 2024 (geweld from police types: onvolledig) reads a CBS table with
 * groups 2 and 3. A broken file is refused with every error and its line and column; the real file makes
 * geweld and vernielingen of 2024 complete, with the source CBS 83648NED. axe-core runs on the page (no
 * serious or critical violations); screenshots at 1366 and 390 px. The counts are made up; the form is CBS's.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aanmelden, browserOmgeving, ernstigeToegankelijkheidsfouten, hasChromium, schermafdrukMap } from '../support/browser.ts';

const POLITIE = ['"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"', '"0";"GM0363";"1.4.5";"2024JJ00";"3100"', '"1";"GM0363";"2.2.1";"2024JJ00";"4000"', ''].join('\n');
const KOP = '"ID";"SoortMisdrijf";"RegioS";"Perioden";"TotaalGeregistreerdeMisdrijven_1";"GeregistreerdeMisdrijvenPer1000Inw_3"';
const CBS = [KOP, '"1";"CRI3000";"GM0363    ";"2024JJ00";"8100";"8.7"', '"2";"CRI2000";"GM0363    ";"2024JJ00";"9300";"10.0"', '"3";"CRI3000";"NL01    ";"2024JJ00";"76000";"4.2"', ''].join('\n');
const KAPOT = [KOP, '"1";"CRI3000";"GM0363    ";"2024KW01";"8100";"8.7"', '"2";"CRI2000";"GM0363    ";"2024JJ00";"93,5";"10.0"', ''].join('\n');

describe.skipIf(!hasChromium)('CBS 83648NED inlezen in de browser: geweld en vernielingen worden volledig', () => {
  const b = browserOmgeving({ schermafdruk: 'cbs83648-', context: { viewport: { width: 1366, height: 900 } }, timeout: 15_000 });
  let page: Page;
  let basis = '';
  const consolefouten: string[] = [];

  beforeAll(async () => {
    page = await b.nieuwePagina();
    page.on('pageerror', (err) => consolefouten.push(err.message));
  });

  const sectie = () => page.locator('section.kp-politie-cbsgroepen');
  const indicator = (naam: RegExp) => page.locator('section.kp-politie-indicator').filter({ has: page.getByRole('heading', { name: naam }) });

  it('een werkruimte van Amsterdam met politiecijfers: geweld is onvolledig', async () => {
    await aanmelden(page, 'Carla Coördinator');
    await page.getByLabel('Naam').fill('CBS-groepen Amsterdam');
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Amsterdam (GM0363)' });
    await page.getByLabel('Van (jaar)').fill('2027');
    await page.getByLabel('Tot en met (jaar)').fill('2030');
    await page.getByRole('button', { name: 'Werkruimte aanmaken' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
    await page.goto(`${basis}/politiecijfers/import`);
    await page.getByLabel('Bestand met politiecijfers (.csv of .txt)').setInputFiles({ name: 'amsterdam.csv', mimeType: 'text/csv', buffer: Buffer.from(POLITIE) });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Samenvatting: amsterdam.csv is ingelezen' }).waitFor({ timeout: 30_000 });
    await page.goto(`${basis}/politiecijfers`);
    await sectie().getByRole('heading', { name: /Officiële cijfers voor geweld en vernielingen/ }).waitFor();
    expect(await indicator(/^Geweldsmisdrijven per 1\.000 inwoners$/).getByRole('table').getByRole('row', { name: /^2024/ }).textContent()).toMatch(/onvolledig$/);
  });

  it('een fout bestand: geweigerd, met regel en kolom van elke fout', async () => {
    await sectie().getByLabel('Tabel 83648NED als CSV').setInputFiles({ name: 'kapot.csv', mimeType: 'text/csv', buffer: Buffer.from(KAPOT) });
    await sectie().getByRole('button', { name: 'CBS-tabel inlezen' }).click();
    await sectie().getByRole('heading', { name: 'Het bestand kapot.csv is geweigerd' }).waitFor();
    await sectie().getByText("Regel 2, kolom 4 (Perioden): '2024KW01' is geen jaar", { exact: false }).first().waitFor();
    await sectie().getByText("Regel 3, kolom 5 (TotaalGeregistreerdeMisdrijven_1): '93,5' is geen aantal", { exact: false }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await sectie().screenshot({ path: path.join(schermafdrukMap, 'cbs83648-00-geweigerd-1366.png') });
  });

  it('het goede bestand: samenvatting, en geweld en vernielingen 2024 volledig uit CBS 83648NED', async () => {
    await sectie().getByLabel('Tabel 83648NED als CSV').setInputFiles({ name: '83648NED.csv', mimeType: 'text/csv', buffer: Buffer.from(CBS) });
    await sectie().getByRole('button', { name: 'CBS-tabel inlezen' }).click();
    await sectie().getByRole('heading', { name: '83648NED.csv is ingelezen' }).waitFor();
    await sectie().getByText(/Voor Amsterdam \(2024\) zijn geweld en vernielingen nu officieel en volledig/).waitFor();
    await sectie().getByText(/Amsterdam: geweld 2024, vernielingen 2024/).waitFor();
    const geweld = indicator(/^Geweldsmisdrijven per 1\.000 inwoners$/);
    await geweld.getByText('Officieel en volledig:').waitFor();
    expect(await geweld.getByRole('table').getByRole('row', { name: /^2024/ }).textContent()).toMatch(/^20248\.100.*volledig \(CBS 83648NED\)$/);
    expect(await indicator(/^Vernielingen en beschadigingen/).getByRole('table').getByRole('row', { name: /^2024/ }).textContent()).toMatch(/^20249\.300.*volledig \(CBS 83648NED\)$/);
    await b.controleer(page, '01-politiecijfers-1366');
    await sectie().screenshot({ path: path.join(schermafdrukMap, 'cbs83648-02-sectie-1366.png') });
    await geweld.screenshot({ path: path.join(schermafdrukMap, 'cbs83648-03-geweld-1366.png') });
  });

  it('op een telefoon (390 px): dezelfde sectie, zonder toegankelijkheidsfouten', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await sectie().getByRole('heading', { name: /Officiële cijfers voor geweld en vernielingen/ }).waitFor();
    await sectie().getByText(/Amsterdam: geweld 2024, vernielingen 2024/).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(page)).toEqual([]);
    await sectie().screenshot({ path: path.join(schermafdrukMap, 'cbs83648-04-sectie-390.png') });
    await indicator(/^Geweldsmisdrijven per 1\.000 inwoners$/).screenshot({ path: path.join(schermafdrukMap, 'cbs83648-05-geweld-390.png') });
    expect(consolefouten).toEqual([]);
  });
});
