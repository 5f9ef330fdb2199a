/**
 * Browser journey "sturing" (step 6) in Debian's Chromium, on the demo data: the coordinator opens the
 * dashboard of the demo IVP (charts with a status in words), narrows the period (the address follows),
 * chooses indicators for the target table, writes a highlight in the progress report of 2027-K1,
 * meets a conflict with someone else's save (412: the typed text stays), downloads the report as Word
 * (the highlight is in word/document.xml) and finds the print button. The council member reads the
 * dashboard and the report without links or forms to edit. axe-core finds no serious or critical
 * violations on these pages.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aanmelden, browserOmgeving, hasChromium } from '../support/browser.ts';

const DEMO_IVP = 'Integraal Veiligheidsplan Dijkstede 2027-2030';
const HOOGTEPUNT = 'Het keurmerk op Haven-Oost is in maart 2027 behaald, met 31 aangesloten bedrijven.';

describe.skipIf(!hasChromium)('Sturing in de browser: dashboard, streeftabel en voortgangsrapportage', () => {
  const b = browserOmgeving({ schermafdruk: 'sturing-', context: { viewport: { width: 1280, height: 900 }, acceptDownloads: true }, timeout: 10_000 });
  let page: Page;
  let basis = '';
  const consolefouten: string[] = [];

  beforeAll(async () => {
    page = await b.nieuwePagina();
    page.on('pageerror', (err) => consolefouten.push(err.message));
  });

  it('toont het dashboard met grafieken en de status in woorden', async () => {
    await aanmelden(page, 'Carla Coördinator');
    await page.getByRole('link', { name: DEMO_IVP }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
    await page.goto(`${basis}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Stap 6: sturing' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Prioriteit: Veilige en leefbare wijken' }).waitFor();

    const grafieken = page.locator('svg[role="img"]');
    await grafieken.first().waitFor();
    expect(await grafieken.count()).toBe(8);
    const woninginbraken = page.locator('article', { has: page.getByRole('heading', { level: 3, name: 'Woninginbraken' }) });
    const label = await woninginbraken.locator('svg[role="img"]').getAttribute('aria-label');
    expect(label).toContain('Referentie 212 in 2024.');
    expect(label).toContain('Streefwaarde 170 in 2030.');
    // Status in words (with an icon), never colour alone.
    await expect.poll(() => page.getByText(/^(Op koers|Achter)$/).first().isVisible()).toBe(true);
    await expect.poll(() => woninginbraken.locator('.kp-indicator__status').innerText()).toBe('Achter');
    await woninginbraken.getByText(/170 in 2030 \(streefverandering −19,8\s%\)/).waitFor();
    // The figures are also in a table.
    await woninginbraken.getByText('Cijfers in tabel').click();
    await woninginbraken.getByRole('row', { name: /2026 hooguit 200,7 214 Achter/ }).waitFor();
    // Quarter counts are in their own table, not in the chart.
    const jeugdoverlast = page.locator('article', { has: page.getByRole('heading', { level: 3, name: 'Meldingen van jeugdoverlast' }) });
    await jeugdoverlast.getByRole('table', { name: /Kwartaaltellingen/ }).getByRole('row', { name: /2e kwartaal 2027 95 hooguit 89,4 Achter/ }).waitFor();
    await page.getByText('1 van 20 maatregelen afgerond (5%)').waitFor();
    await b.controleer(page, '01-dashboard');
    expect(consolefouten).toEqual([]);
  });

  it('past de periode aan; het adres volgt de keuze', async () => {
    const woninginbraken = page.locator('article', { has: page.getByRole('heading', { level: 3, name: 'Woninginbraken' }) });
    expect(await woninginbraken.locator('svg[role="img"]').getAttribute('aria-label')).toContain('van 2025 tot en met 2027');
    await page.getByLabel('Van (jaar)').selectOption('2021');
    await page.waitForURL(/\?van=2021&tot=2030$/);
    await page.getByRole('heading', { level: 2, name: 'Samenvatting 2021–2030' }).waitFor();
    await expect.poll(() => woninginbraken.locator('svg[role="img"]').getAttribute('aria-label')).toContain('van 2021 tot en met 2027');
    await page.getByLabel('Tot en met (jaar)').selectOption('2026');
    await page.waitForURL(/\?van=2021&tot=2026$/);
    await page.getByRole('heading', { level: 2, name: 'Samenvatting 2021–2026' }).waitFor();
    await expect.poll(() => woninginbraken.locator('svg[role="img"]').getAttribute('aria-label')).toContain('Laatste meting 214 in 2026: achter.');
    // Measures are planned for 2027: none in this period.
    await page.getByText('Geen maatregelen in uitvoeringsplannen van deze periode.').waitFor();
    // Reloading the address gives the same view.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Samenvatting 2021–2026' }).waitFor();
    expect(await page.getByLabel('Van (jaar)').inputValue()).toBe('2021');
    await b.controleer(page, '02-dashboard-periode');
  });

  it('maakt de streeftabel voor een keuze van indicatoren, ook als Word', async () => {
    await page.goto(`${basis}/dashboard`);
    const tabel = page.getByRole('table', { name: /Streefwaarden per indicator/ });
    await tabel.waitFor();
    expect(await tabel.locator('tbody tr').count()).toBe(8);
    await tabel.getByRole('row', { name: /Woninginbraken.*2024\s212\s195\s188\s180\s170\s170\s−19,8\s%/ }).waitFor();
    await page.getByRole('checkbox', { name: 'Rapportcijfer voor de veiligheid in de eigen buurt' }).uncheck();
    await page.getByRole('table', { name: 'Streefwaarden per indicator (7 indicatoren)' }).waitFor();
    const href = await page.getByRole('link', { name: 'Download de streeftabel als Word (.docx)' }).getAttribute('href');
    expect(href).toMatch(/\/streeftabel\?formaat=docx&indicatoren=[0-9a-f-]{36}(,[0-9a-f-]{36}){6}$/);
  });

  it('schrijft een hoogtepunt en een knelpunt als lijst in de rapportage van 2027-K1, zonder opslaanknop, en downloadt Word', async () => {
    await page.goto(`${basis}/dashboard`);
    await page.getByRole('link', { name: 'Voortgangsrapportages en jaarbeeld' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voortgangsrapportages en jaarbeeld' }).waitFor();
    await b.controleer(page, '03-rapportages');
    await page.getByRole('link', { name: '1e kwartaal 2027' }).click();
    await page.waitForURL(/\/rapportages\/2027-K1$/);
    await page.getByRole('heading', { level: 1, name: 'Voortgangsrapportage 1e kwartaal 2027' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '1 Samenvatting' }).waitFor();

    const hoogtepunten = page.getByRole('textbox', { name: 'Hoogtepunten' });
    const knelpunten = page.getByRole('textbox', { name: 'Knelpunten' });
    await hoogtepunten.click();
    await hoogtepunten.press('Control+a');
    await hoogtepunten.pressSequentially(HOOGTEPUNT);
    await knelpunten.click();
    await knelpunten.press('Control+a');
    await knelpunten.press('Delete');
    await page.getByRole('toolbar', { name: 'Opmaak van Knelpunten' }).getByRole('button', { name: 'Opsomming' }).click();
    await knelpunten.pressSequentially('Te weinig boa-capaciteit in de avond.');
    await knelpunten.press('Enter');
    await knelpunten.pressSequentially('Mijn knelpunt dat niet verloren mag gaan.');
    expect(await page.getByRole('button', { name: 'Rapportage opslaan' }).count()).toBe(0);
    // The preview of the report follows, with the list as a list.
    await page.locator('article.kp-document').getByText(HOOGTEPUNT).waitFor();
    await page.locator('article.kp-document li', { hasText: 'Mijn knelpunt dat niet verloren mag gaan.' }).waitFor();

    await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
    await b.controleer(page, '04-rapportage');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('voortgangsrapportage-2027-K1.docx');
    const bestand = path.join(mkdtempSync(path.join(tmpdir(), 'kp-docx-')), 'rapportage.docx');
    await download.saveAs(bestand);
    const bytes = readFileSync(bestand);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const tekst = xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    expect(tekst).toContain(HOOGTEPUNT);
    expect(tekst).toContain('Mijn knelpunt dat niet verloren mag gaan.');
    expect(xml.split('<w:p>').concat(xml.split('<w:p ')).filter((x) => x.includes('Mijn knelpunt dat niet verloren')).every((x) => x.includes('<w:numPr>'))).toBe(true);
    expect(tekst).toContain('Voortgangsrapportage 1e kwartaal 2027');
    expect(consolefouten).toEqual([]);
  });

  it('laat de raad het dashboard en de aangeboden rapportage lezen, zonder bewerken', async () => {
    // The council reads a report as it was offered to it (issue 15), so the coordinator offers it first.
    await page.goto(`${basis}/rapportages/2027-K1`);
    const aanDeRaad = page.getByRole('region', { name: 'Aan de raad' });
    await aanDeRaad.getByRole('button', { name: 'Aanbieden aan de raad' }).click();
    await aanDeRaad.getByText(/^Aangeboden aan de raad op/).first().waitFor();
    const raadContext = await b.nieuweContext();
    const raad = await raadContext.newPage();
    const fouten: string[] = [];
    raad.on('pageerror', (err) => fouten.push(err.message));
    try {
      await aanmelden(raad, 'Rosa Raadslid');
      await raad.goto(`${basis}/dashboard`);
      await raad.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      await raad.locator('svg[role="img"]').first().waitFor();
      await raad.getByText(/^(Op koers|Achter)$/).first().waitFor();
      await raad.getByRole('heading', { level: 2, name: 'Streeftabel' }).waitFor();
      expect(await raad.getByRole('link', { name: /Indicatoren en metingen/ }).count()).toBe(0);
      expect(await raad.getByRole('link', { name: 'Voortgangsoverleg' }).count()).toBe(0);
      expect(await raad.getByRole('link', { name: /Meting invoeren/ }).count()).toBe(0);
      await b.controleer(raad, '05-raad-dashboard');

      await raad.getByRole('link', { name: 'Voortgangsrapportages en jaarbeeld' }).click();
      await raad.getByRole('link', { name: '1e kwartaal 2027' }).click();
      await raad.getByRole('heading', { level: 1, name: 'Voortgangsrapportage 1e kwartaal 2027' }).waitFor();
      await raad.locator('article.kp-document').getByText(HOOGTEPUNT).waitFor();
      expect(await raad.getByRole('textbox').count()).toBe(0);
      expect(await raad.getByRole('toolbar').count()).toBe(0);
      await raad.getByRole('button', { name: 'Afdrukken' }).waitFor();
      await b.controleer(raad, '06-raad-rapportage');
      expect(fouten).toEqual([]);
    } finally {
      await raadContext.close();
    }
  });
});
