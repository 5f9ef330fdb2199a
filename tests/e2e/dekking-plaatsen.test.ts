/**
 * Issue 16, point 2, in the three places that had their own looser coverage text, in Debian's Chromium:
 * the import summary names per region level and period which themes and fields are "onvolledig" (the
 * real download of data.politie.nl: bicycle theft 1.2.3 only); the neighbourhood pages mark the police
 * figure of a wijk with only part of the crime types as "onvolledig" and say why the wijken are not
 * ranked; the public dashboard marks the theme and its figures "onvolledig" in view. axe-core and
 * screenshots at 1366 and 390 px.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { groepen } from '../../src/domain/politie/cijfers.ts';
import { misdrijfsoorten } from '../../src/domain/politie/misdrijfsoorten.ts';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

const AMSTERDAM = fileURLToPath(new URL('../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));
const N = groepen('thema').get('1.3')!.length;
const BESTANDSVELD = 'Bestand met politiecijfers (.csv of .txt)';

/** Haarlemmerbuurt (WK0363AA) with all 59 crime types in 2024, Jordaan (WK0363AB) with only 1.2.3. */
function wijkbestand(): Buffer {
  const regels = ['"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"'];
  let id = 0;
  for (const m of misdrijfsoorten) regels.push(`"${id++}";"WK0363AA";"${m.code}";"2024JJ00";"${(id * 7) % 23}"`);
  regels.push(`"${id}";"WK0363AB";"1.2.3";"2024JJ00";"40"`);
  return Buffer.from(regels.join('\n'));
}

describe.skipIf(!hasChromium)('Dekking in de importsamenvatting, op de wijkpagina’s en op het openbare dashboard', () => {
  const b = browserOmgeving({ schermafdruk: 'dekking-plaatsen-', context: { viewport: { width: 1366, height: 900 } }, timeout: 20_000 });
  let page: Page;
  let basis = '';
  let id = '';
  const fouten: string[] = [];

  beforeAll(async () => {
    expect(existsSync(AMSTERDAM), `${AMSTERDAM} ontbreekt (de map shared naast de repository)`).toBe(true);
    page = await b.aangemeld('Carla Coördinator', fouten);
    id = await page.evaluate(async () => {
      const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken: string };
      const r = await fetch('/api/v1/werkruimtes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': sessie.csrfToken },
        body: JSON.stringify({ naam: 'IVP Amsterdam (dekking)', gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2030 }),
      });
      return ((await r.json()) as { id: string }).id;
    });
    basis = `/werkruimtes/${id}`;
  }, 60_000);

  it('noemt in de importsamenvatting thema 1.3 en veld 1 onvolledig: alleen 1.2.3', async () => {
    await page.goto(`${basis}/politiecijfers/import`);
    await page.getByLabel(BESTANDSVELD).setInputFiles(AMSTERDAM);
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Samenvatting: amsterdam-1.2.3-2024-by-wijk-buurt.csv is ingelezen' }).waitFor({ timeout: 30_000 });
    const dekking = page.getByRole('region', { name: 'Dekking per thema en veld: niet alles volledig' });
    await dekking.getByRole('heading', { level: 3, name: '517 buurten in 2024' }).waitFor();
    const regel = dekking.getByRole('listitem').filter({ hasText: /^Thema 1\.3 / });
    expect(await regel.textContent()).toBe(`Thema 1.3 Objectieve veiligheid/veelvoorkomende en high impact crime: onvolledig (1 van ${N} soorten: alleen 1.2.3)`);
    await regel.locator('.kp-politie-dekkinglabel').getByText('onvolledig', { exact: true }).waitFor();
    await dekking.getByRole('listitem').filter({ hasText: /^Veld 1 Veilige woon- en leefomgeving: onvolledig \(1 van \d+ soorten: alleen 1\.2\.3\)$/ }).waitFor();
    await dekking.scrollIntoViewIfNeeded();
    await b.controleer(page, '01-import-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await b.controleer(page, '02-import-390');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('markeert op de wijkenpagina en de pagina van een wijk het onvolledige cijfer, en zegt waarom er geen rangorde is', async () => {
    await page.goto(`${basis}/politiecijfers/import`);
    await page.getByLabel(BESTANDSVELD).setInputFiles({ name: 'wijken-2024.csv', mimeType: 'text/csv', buffer: wijkbestand() });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Samenvatting: wijken-2024.csv is ingelezen' }).waitFor({ timeout: 30_000 });

    await page.goto(`${basis}/wijken`);
    const jordaan = page.getByRole('row', { name: /^Jordaan/ });
    await jordaan.locator('.kp-politie-dekkinglabel').getByText(/^onvolledig \(1 van \d+ soorten\)$/).waitFor();
    expect(await page.getByRole('row', { name: /^Haarlemmerbuurt/ }).locator('.kp-politie-dekkinglabel').count()).toBe(0);
    await page.getByRole('note').getByText(/^De wijken staan in de volgorde van de CBS-indeling, niet gerangschikt op het aantal misdrijven/).waitFor();
    const perThema = page.getByRole('region', { name: 'Dekking van de politiecijfers per thema (2024)' });
    await perThema.getByText(`onvolledig (1 van ${N} soorten)`).waitFor();
    await b.controleer(page, '03-wijken-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await b.controleer(page, '04-wijken-390');
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.goto(`${basis}/wijken/WK0363AB`);
    await page.getByRole('heading', { level: 1, name: 'Jordaan' }).waitFor();
    const rij = page.getByRole('row', { name: /^1\.3 Objectieve veiligheid/ });
    expect(await rij.textContent()).toContain(`40onvolledig (1 van ${N} soorten)`);
    await page.getByText(/^Politiecijfers voor deze wijk van 2024\. In 2024 is 1 thema-cijfer van de 1 onvolledig/).waitFor();
    const onvolledig = page.getByRole('region', { name: 'Onvolledige politiecijfers in Jordaan' });
    await onvolledig.locator('summary').click();
    await onvolledig.getByText('1.1.1 Diefstal/inbraak woning', { exact: true }).waitFor();
    await b.controleer(page, '05-wijk-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await b.controleer(page, '06-wijk-390');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('zet op het openbare dashboard "onvolledig" zichtbaar bij het thema en zijn cijfers', async () => {
    const status = await page.evaluate(async (w) => {
      const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken: string };
      return (await fetch(`/api/v1/werkruimtes/${w}/publicaties/politie-1.3`, { method: 'PUT', headers: { 'X-CSRF-Token': sessie.csrfToken } })).status;
    }, id);
    expect(status).toBe(200);
    const context = await b.nieuweContext();
    const inwoner = await context.newPage();
    inwoner.on('pageerror', (e) => fouten.push(e.message));
    await inwoner.goto('/openbaar/GM0363');
    await inwoner.getByRole('heading', { level: 2, name: 'Cijfers van de politie' }).waitFor();
    const kop = inwoner.getByRole('heading', { level: 3, name: /^Objectieve veiligheid\/veelvoorkomende en high impact crime/ });
    await kop.locator('.kp-politie-dekkinglabel').getByText('onvolledig', { exact: true }).waitFor();
    const noot = inwoner.getByRole('note').filter({ hasText: /^Onvolledig: \d+ van de \d+ soorten misdrijf zit in de ingelezen cijfers \(1\.2\.3\); het echte aantal kan hoger zijn\. Zo'n cijfer is niet het hele onderwerp/ });
    expect(await noot.isVisible()).toBe(true);
    const jaar = inwoner.getByRole('table', { name: /Cijfers per jaar/ }).getByRole('row', { name: /^2024/ });
    expect(await jaar.textContent()).toMatch(/onvolledig \(\d+ van \d+ soorten\)/);
    await kop.scrollIntoViewIfNeeded();
    await b.controleer(inwoner, '07-openbaar-1366');
    await inwoner.setViewportSize({ width: 390, height: 844 });
    await kop.scrollIntoViewIfNeeded();
    await b.controleer(inwoner, '08-openbaar-390');
    expect(fouten).toEqual([]);
  });
});
