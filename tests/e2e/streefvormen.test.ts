/**
 * Issue 16, point 4 in the browser (demo workspace, Carla Coördinator): a relative target
 * ('vermindert met 2 % per jaar') and a qualitative target ('afname') are entered in the indicator
 * form as a plan writes them, each gets a status from a measurement; an indicator table (CSV) is
 * previewed and saved on the import page. axe-clean, screenshots at 1366 and 390 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { browserOmgeving, hasChromium, schermafdrukMap } from '../support/browser.ts';

const WERKRUIMTE = 'Integraal Veiligheidsplan Dijkstede 2027-2030';
const PRIORITEIT = 'Ondermijning en drugscriminaliteit';

const TABEL = [
  'Indicator;Eenheid;Bron;Realisatie 2025;Realisatie 2026;Streefwaarde 2027;Streefwaarde 2028',
  'Verwijzingen naar Halt;per 10.000 jongeren 12-17;Halt;132;128;niet boven 130;niet boven 125',
  'Rapportcijfer veiligheid in de buurt;rapportcijfer;Veiligheidsmonitor;"6,8 / 7,2";"7,1 / 7,3";minimaal 7;minimaal 7,2',
].join('\r\n');

describe.skipIf(!hasChromium)('streefvormen van echte plannen in de browser', () => {
  const b = browserOmgeving({ schermafdruk: 'streefvormen-', context: { viewport: { width: 1366, height: 900 } }, timeout: 15_000 });
  let page: Page;
  let basis = '';
  const fouten: string[] = [];

  async function controleer(naam: string) {
    await b.controleer(page, `${naam}-1366`);
    await page.setViewportSize({ width: 390, height: 844 });
    await b.controleer(page, `${naam}-390`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  /** The card alone, at both widths, to look at (the full page is very long). */
  async function kaartAfdruk(kaart: ReturnType<Page['locator']>, naam: string) {
    for (const breedte of [1366, 390]) {
      await page.setViewportSize({ width: breedte, height: 900 });
      await kaart.screenshot({ path: path.join(schermafdrukMap, `streefvormen-${naam}-kaart-${breedte}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  beforeAll(async () => {
    page = await b.aangemeld('Carla Coördinator', fouten);
    await page.getByRole('link', { name: WERKRUIMTE }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
  });

  async function voegToe(naam: string, eenheid: string, referentie: string, streef2030: string, begrepen: string) {
    await page.goto(`${basis}/indicatoren#prioriteit-p1`);
    await page.getByRole('heading', { level: 1, name: 'Stap 6: indicatoren' }).waitFor();
    await page.getByRole('button', { name: `Indicator toevoegen bij ${PRIORITEIT}` }).click();
    await page.getByRole('textbox', { name: 'Naam van de indicator' }).fill(naam);
    await page.getByLabel('Eenheid').selectOption(eenheid);
    await page.getByLabel('lager is beter').check();
    await page.getByRole('textbox', { name: 'Referentiejaar' }).fill('2025');
    await page.getByRole('textbox', { name: 'Referentiewaarde' }).fill(referentie);
    await page.getByRole('textbox', { name: 'Streefwaarde 2030' }).fill(streef2030);
    await page.getByText(begrepen).waitFor();
  }

  async function meet(naam: string, periode: string, waarde: string) {
    const kaart = page.locator('article', { has: page.getByRole('heading', { level: 3, name: naam }) });
    await kaart.getByRole('button', { name: `Meting vastleggen voor ${naam}` }).click();
    await kaart.getByRole('textbox', { name: 'Periode' }).fill(periode);
    await kaart.getByRole('textbox', { name: 'Waarde', exact: true }).fill(waarde);
    await kaart.getByRole('button', { name: `Meting opslaan voor ${naam}` }).click();
    return kaart;
  }

  it("een relatieve streefwaarde ('vermindert met 2 % per jaar') krijgt een status", async () => {
    await voegToe('Woninginbraken (relatief)', 'aantal', '412', 'vermindert met 2 % per jaar', 'Begrepen als een relatieve verandering: −2 % per jaar.');
    await controleer('relatief-formulier');
    await page.getByRole('button', { name: 'Indicator opslaan' }).click();
    await page.getByText('De indicator ‘Woninginbraken (relatief)’ is toegevoegd.').waitFor();
    // 412 × 0,98 = 403,8 in 2026: 400 is on course.
    const kaart = await meet('Woninginbraken (relatief)', '2026', '400');
    await kaart.getByText(/^Meting over 2026 vastgelegd: 400\. Status: Op koers\./).waitFor();
    await kaart.getByRole('table', { name: 'Referentie en streefwaarden van Woninginbraken (relatief)' }).getByRole('cell', { name: /−2\s% per jaar/ }).waitFor();
    expect(await kaart.locator('.kp-sb-indicatorkop').getByText('Op koers').count()).toBe(1);
    await controleer('relatief-status');
    await kaartAfdruk(kaart, 'relatief');
  }, 90_000);

  it("een kwalitatieve streefwaarde ('afname') wordt aan de trend beoordeeld", async () => {
    await voegToe('Ervaren overlast (kwalitatief)', 'percentage', '12,5%', 'afname', 'Begrepen als een kwalitatieve streefwaarde: afname.');
    await page.getByRole('button', { name: 'Indicator opslaan' }).click();
    await page.getByText('De indicator ‘Ervaren overlast (kwalitatief)’ is toegevoegd.').waitFor();
    const kaart = await meet('Ervaren overlast (kwalitatief)', '2026', '13,1%');
    await kaart.getByText(/Status: Achter\. De trend van de referentie 12,5\s% \(2025\) naar 13,1\s% \(2026\) stijgt 4,8\s%; de streefwaarde ‘afname’ vraagt een daling\./).waitFor();
    await kaart.getByRole('table', { name: 'Referentie en streefwaarden van Ervaren overlast (kwalitatief)' }).getByRole('cell', { name: 'afname', exact: true }).waitFor();
    await controleer('kwalitatief-status');
    await kaartAfdruk(kaart, 'kwalitatief');
  }, 90_000);

  it('leest een indicatorentabel: eerst het voorbeeld, dan alles opslaan', async () => {
    await page.goto(`${basis}/indicatoren/importeren`);
    await page.getByRole('heading', { level: 1, name: 'Tabel met indicatoren inlezen' }).waitFor();
    await page.getByLabel('Bestand (CSV of Excel .xlsx)').setInputFiles({ name: 'begroting-2027.csv', mimeType: 'text/csv', buffer: Buffer.from(TABEL, 'utf8') });
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Voorbeeld: 2 indicatoren' }).waitFor();
    const tabel = page.getByRole('table', { name: 'Zo leest Kernplan de indicatoren' });
    await tabel.getByText('per 10.000 jongeren van 12 tot en met 17 jaar, lager is beter; Halt').waitFor();
    await tabel.getByText('2028: niet boven 125').waitFor();
    await tabel.getByText('benchmark 7,3').waitFor();
    await controleer('import-voorbeeld');
    await page.getByRole('button', { name: 'Alles opslaan (2 indicatoren)' }).click();
    await page.getByText('2 indicatoren opgeslagen, met hun metingen.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Naar de indicatoren' }).click();
    await page.getByRole('heading', { level: 3, name: 'Verwijzingen naar Halt' }).waitFor();
    expect(fouten).toEqual([]);
  }, 90_000);
});
