/**
 * Browser journey for issue 16 (points 3 and 6) in Debian's Chromium: after importing the real
 * data.politie.nl download (bicycle theft per neighbourhood, 2024), the figures page says per theme what
 * drives it ("helemaal 1.2.3 …", from the sum of the 517 neighbourhoods); the police portal's table per
 * place is refused with the steps to download the table per municipality, district and neighbourhood.
 * axe-core runs on every page (no serious or critical violations).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aanmelden, browserOmgeving, hasChromium } from '../support/browser.ts';

const AMSTERDAM = fileURLToPath(new URL('../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));
const BESTANDSVELD = 'Bestand met politiecijfers (.csv of .txt)';
/** The police portal's table per place, in its real column layout. */
const PER_PLAATS = Buffer.from(
  '\uFEFF"Soort misdrijf";"Plaatsen";"Perioden";"Geregistreerde misdrijven (aantal)"\r\n"1.2.3 Diefstal van brom-, snor-, fietsen";"Amsterdam";"2024";"   11846"\r\n',
);

describe.skipIf(!hasChromium)('Politiecijfers: wat een thema bepaalt, en de tabel per plaats', () => {
  const b = browserOmgeving({ schermafdruk: 'politie-bijdragen-', context: { viewport: { width: 1280, height: 900 } }, timeout: 15_000 });
  let page: Page;
  let basis = '';
  const controleer = (naam: string) => b.controleer(page, naam);

  beforeAll(async () => {
    expect(existsSync(AMSTERDAM)).toBe(true);
    page = await b.nieuwePagina();
    await aanmelden(page, 'Carla Coördinator');
    await page.getByLabel('Naam').fill('IVP Amsterdam (themabijdragen)');
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Amsterdam (GM0363)' });
    await page.getByLabel('Van (jaar)').fill('2027');
    await page.getByLabel('Tot en met (jaar)').fill('2030');
    await page.getByRole('button', { name: 'Werkruimte aanmaken' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
  });

  it('weigert de tabel per plaats en noemt de stappen naar de tabel per gemeente, wijk en buurt', async () => {
    await page.goto(`${basis}/politiecijfers/import`);
    await page.getByLabel(BESTANDSVELD).setInputFiles({ name: 'plaatsen.csv', mimeType: 'text/csv', buffer: PER_PLAATS });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    const geweigerd = page.locator('.kp-politie-geweigerd');
    await geweigerd.getByRole('heading', { name: 'Het bestand plaatsen.csv is geweigerd' }).waitFor();
    await geweigerd.getByText(/Dit is de tabel per plaats van data\.politie\.nl/).waitFor();
    const stappen = geweigerd.getByRole('listitem');
    expect(await stappen.count()).toBe(4);
    expect(await stappen.first().textContent()).toContain('47018NED');
    await controleer('01-per-plaats');
  });

  it('toont per thema de soorten die het bepalen, bij de som van de buurten', async () => {
    await page.getByLabel(BESTANDSVELD).setInputFiles(AMSTERDAM);
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Samenvatting: amsterdam-1.2.3-2024-by-wijk-buurt.csv is ingelezen' }).waitFor({ timeout: 30_000 });
    await page.goto(`${basis}/politiecijfers`);
    const sectie = page.locator('section.kp-politie-bijdragen');
    await sectie.getByRole('heading', { name: "Wat de thema's bepaalt" }).waitFor();
    await sectie.getByText(/voor Amsterdam in 2024 \(som van 517 buurten/).waitFor();
    const rij = sectie.getByRole('row', { name: /^1\.3 Objectieve veiligheid/ });
    expect(await rij.textContent()).toContain('helemaal 1.2.3 Diefstal van brom-, snor-, fietsen');
    expect(await rij.textContent()).toContain('11.987');
    // Only 1.2.3 is in the file: the other 21 crime types of theme 1.3 have no figure, and the row says so.
    expect(await rij.textContent()).toContain('Onvolledig: 21 soorten van dit thema staan niet in de cijfers.');
    await controleer('02-bijdragen');
  });
});
