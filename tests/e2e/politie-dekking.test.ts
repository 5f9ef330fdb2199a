/**
 * Browser journey "dekking van politiecijfers" (issue 16, point 2) in Debian's Chromium: after importing
 * the real download of data.politie.nl that holds only bicycle theft (1.2.3), the figures page shows
 * theme 1.3 and field 1 as "onvolledig (1 van N soorten)" with the missing crime types on demand, warns
 * above the figures, marks the figures per neighbourhood, and the comparison explains in Dutch why no
 * theme is ranked. axe-core on the page; screenshots at 1366 and 390 px wide.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { groepen } from '../../src/domain/politie/cijfers.ts';
import path from 'node:path';
import { aanmelden, browserOmgeving, hasChromium, schermafdruk, schermafdrukMap } from '../support/browser.ts';

const AMSTERDAM = fileURLToPath(new URL('../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));
const N = groepen('thema').get('1.3')!.length;
/** A screenshot of one part of the page, beside the full-page ones. */
const deel = (naam: string) => ({ path: path.join(schermafdrukMap, `politie-dekking-${naam}.png`) });

describe.skipIf(!hasChromium)('Dekking van politiecijfers in de browser: een onvolledig thema heet onvolledig en wordt niet vergeleken', () => {
  const b = browserOmgeving({ schermafdruk: 'politie-dekking-', context: { viewport: { width: 1366, height: 900 } }, timeout: 15_000 });
  let page: Page;
  let basis = '';
  const fouten: string[] = [];

  beforeAll(async () => {
    expect(existsSync(AMSTERDAM), `${AMSTERDAM} ontbreekt (de map shared naast de repository)`).toBe(true);
    page = await b.nieuwePagina();
    page.on('pageerror', (err) => fouten.push(err.message));
  });

  it('leest de download met alleen fietsendiefstal in voor Amsterdam', async () => {
    await aanmelden(page, 'Carla Coördinator');
    await page.getByLabel('Naam').fill('IVP Amsterdam (dekking)');
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Amsterdam (GM0363)' });
    await page.getByLabel('Van (jaar)').fill('2027');
    await page.getByLabel('Tot en met (jaar)').fill('2030');
    await page.getByRole('button', { name: 'Werkruimte aanmaken' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
    await page.goto(`${basis}/politiecijfers/import`);
    await page.getByLabel('Bestand met politiecijfers (.csv of .txt)').setInputFiles(AMSTERDAM);
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /is ingelezen$/ }).waitFor({ timeout: 30_000 });
  });

  it('toont thema 1.3 en veld 1 als onvolledig, met de ontbrekende soorten op verzoek', async () => {
    await page.goto(`${basis}/politiecijfers`);
    const kort = `onvolledig (1 van ${N} soorten)`;
    const thema = page.locator('section.kp-politie-thema').filter({ has: page.getByRole('heading', { name: '1.3 Objectieve veiligheid/veelvoorkomende en high impact crime' }) });
    await thema.waitFor();
    // Beside the figure of 2024 in the table, and at the top of the theme.
    expect(await thema.getByRole('table').getByRole('row', { name: /2024/ }).textContent()).toContain(`11.987${kort}`);
    const uitleg = thema.locator('details.kp-politie-dekking');
    expect(await uitleg.locator('summary').textContent()).toContain(kort);
    expect(await uitleg.getByText('1.1.1 Diefstal/inbraak woning', { exact: true }).isVisible()).toBe(false);
    await uitleg.locator('summary').click();
    await uitleg.getByText('1.1.1 Diefstal/inbraak woning', { exact: true }).waitFor();
    await thema.screenshot(deel('thema-1366'));
    await uitleg.getByText(new RegExp(`^Onvolledig: 1 van de ${N} soorten misdrijf zit in de ingelezen cijfers \\(1\\.2\\.3\\)`)).waitFor();
    await page.locator('.kp-politie-onvolledig-melding').getByText(/Onvolledige cijfers\./).waitFor();
    // Field 1 in the table per field.
    const veld1 = page.getByRole('table', { name: /Geregistreerde misdrijven per veld/ }).getByRole('row', { name: /^1 / });
    expect(await veld1.textContent()).toMatch(/onvolledig \(1 van \d+ soorten\)/);
    await page.locator('.kp-politie-gemeente').first().screenshot(deel('gemeente-1366'));
  });

  it('legt in de vergelijking uit waarom geen thema is vergeleken', async () => {
    const sectie = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Vergelijking met gemeenten van dezelfde grootte' }) });
    const uitleg = sectie.getByRole('note', { name: 'Niet vergeleken: Amsterdam' });
    await uitleg.getByText('Geen enkel thema van Amsterdam is vergeleken.').waitFor();
    await uitleg
      .getByText(/^Thema 1\.3 Objectieve veiligheid\/veelvoorkomende en high impact crime van Amsterdam \(2024\) wordt niet vergeleken of gerangschikt: het cijfer is onvolledig/)
      .waitFor();
    const rij = sectie.getByRole('table').getByRole('row', { name: /^1\.3 / });
    expect(await rij.textContent()).toContain('niet vergeleken');
    expect(await rij.textContent()).not.toMatch(/1 van 1$/);
    await uitleg.screenshot(deel('vergelijking-1366'));
    // axe-core before the table of 517 neighbourhoods below (which makes the check slow), then the whole page.
    await b.controleer(page, '1366');
  });

  it('markeert onvolledige cijfers per buurt, met de soorten die ontbreken', async () => {
    await page.getByLabel('Gebied', { exact: true }).selectOption('buurt');
    await page.getByRole('button', { name: 'Tonen' }).click();
    const tabel = page.getByRole('table', { name: 'Geregistreerde misdrijven per gebied en periode' });
    await tabel.waitFor();
    expect(await tabel.getByRole('row', { name: /Westelijke eilanden/ }).first().textContent()).toContain('onvolledig');
    await page.getByText(/Cijfers met ‘onvolledig’ zijn een som over een deel van de soorten misdrijf van het thema/).waitFor();
  });

  it('blijft leesbaar op een telefoon (390 px): niets schuift de pagina zijwaarts', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${basis}/politiecijfers`);
    await page.locator('section.kp-politie-thema').first().waitFor();
    await page.getByText(`onvolledig (1 van ${N} soorten)`).first().waitFor();
    const breed = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.kp-table-scroll'))
        .slice(0, 8)
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent ?? '').slice(0, 60)}`),
    );
    expect(breed).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.locator('section.kp-politie-thema').filter({ has: page.getByRole('heading', { name: /^1\.3 / }) }).screenshot(deel('thema-390'));
    await page.getByRole('note', { name: 'Niet vergeleken: Amsterdam' }).screenshot(deel('vergelijking-390'));
    await page.locator('.kp-politie-onvolledig-melding').screenshot(deel('melding-390'));
    await schermafdruk(page, 'politie-dekking-390');
    expect(fouten).toEqual([]);
  });
});
