/**
 * Issue 19, points 1 and 3, in Debian's Chromium: the coordinator opens the uitvoeringsplan of the demo
 * IVP, edits a measure and links it to an effect indicator it should move, a problem from the analysis
 * (a theme section) and a method from the catalogue, saves, reloads and finds the links again. The
 * measure editor is checked with axe-core (WCAG 2.x A/AA, no serious or critical violations) at 1366
 * and 390 px, without sideways scrolling on the phone. Screenshots: /tmp/e2e-shots/maatregel-koppelingen-*.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium, schermafdrukMap } from '../support/browser.ts';
import { vereist } from '../support/vereist.ts';

const WERKRUIMTE = 'Integraal Veiligheidsplan Dijkstede 2027-2030';
const TELEFOON = { width: 390, height: 844 };
const BREED = { width: 1366, height: 900 };
const MAATREGEL = 'Convenant woonoverlast';
const INDICATOREN = 'Effectindicatoren die deze maatregel moet bewegen';
const PROBLEMEN = 'Welk probleem pakt de maatregel aan?';
const kinds = vereist('DATABASE_URL') ? (['postgresql'] as const) : (['pglite'] as const);

describe.skipIf(!hasChromium).each(kinds)('een maatregel gekoppeld aan indicator, probleem en methode (%s)', (kind) => {
  const b = browserOmgeving({ database: kind, schermafdruk: kind === 'pglite' ? 'maatregel-koppelingen-' : `maatregel-koppelingen-${kind}-`, context: { viewport: BREED }, timeout: 15_000 });
  let page: Page;
  let basis = '';
  const fouten: string[] = [];

  const editor = () => page.locator('form[aria-labelledby="nieuwe-maatregel-kop"]');
  const bewerk = async () => {
    await page.getByRole('button', { name: `Bewerken (${MAATREGEL})` }).click();
    await page.getByRole('heading', { level: 3, name: `Maatregel ${MAATREGEL} bewerken` }).waitFor();
    // The indicators and the sections are loaded from their own endpoints.
    await page.getByRole('group', { name: INDICATOREN }).getByLabel('Woninginbraken', { exact: true }).waitFor();
    await page.getByRole('group', { name: PROBLEMEN }).getByLabel(/^1\.3 /).waitFor();
  };
  /** axe and screenshots of the page and of the measure editor at this width. */
  const leg = async (naam: string) => {
    await b.controleer(page, naam);
    await editor().screenshot({ path: path.join(schermafdrukMap, `${kind === 'pglite' ? 'maatregel-koppelingen-' : `maatregel-koppelingen-${kind}-`}${naam}-editor.png`) });
  };

  beforeAll(async () => {
    page = await b.aangemeld('Carla Coördinator', fouten);
    await page.getByRole('link', { name: WERKRUIMTE }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
  });

  it('koppelt een maatregel aan een indicator, een probleem en een methode, en vindt ze na herladen terug', async () => {
    await page.goto(`${basis}/uitvoeringsplan?jaar=2027`);
    await page.getByRole('heading', { level: 1, name: 'Stap 5: uitvoeringsplan 2027' }).waitFor();
    await bewerk();
    const indicatoren = page.getByRole('group', { name: INDICATOREN });
    const problemen = page.getByRole('group', { name: PROBLEMEN });
    // The demo links it already to the feeling of safety and to the social quality (1.1).
    expect(await indicatoren.getByLabel('Inwoners die zich weleens onveilig voelen in de eigen buurt').isChecked()).toBe(true);
    expect(await indicatoren.getByLabel('Woninginbraken', { exact: true }).isChecked()).toBe(false);
    expect(await problemen.getByLabel(/^1\.1 /).isChecked()).toBe(true);
    await leg('1366');

    // With the keyboard: tab to the box and press space; then the problem, the method and a basis.
    await indicatoren.getByLabel('Woninginbraken', { exact: true }).focus();
    await page.keyboard.press('Space');
    expect(await indicatoren.getByLabel('Woninginbraken', { exact: true }).isChecked()).toBe(true);
    await problemen.getByLabel(/^1\.3 /).check();
    await page.getByLabel('Methode uit de catalogus').selectOption({ label: 'Mensen maken de Stad' });
    await page.getByLabel('Andere onderbouwing').fill('Evaluatie van het convenant in een buurgemeente, 2025.');
    await page.getByRole('button', { name: 'Maatregel bijwerken' }).click();
    await page.getByRole('button', { name: 'Uitvoeringsplan 2027 opslaan' }).click();
    await page.getByText(/^Opgeslagen om /).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Stap 5: uitvoeringsplan 2027' }).waitFor();
    await bewerk();
    expect(await indicatoren.getByLabel('Woninginbraken', { exact: true }).isChecked()).toBe(true);
    expect(await indicatoren.getByLabel('Inwoners die zich weleens onveilig voelen in de eigen buurt').isChecked()).toBe(true);
    expect(await problemen.getByLabel(/^1\.3 /).isChecked()).toBe(true);
    expect(await problemen.getByLabel(/^1\.1 /).isChecked()).toBe(true);
    expect(await page.getByLabel('Methode uit de catalogus').inputValue()).toBe('mensen-maken-de-stad');
    expect(await page.getByLabel('Andere onderbouwing').inputValue()).toBe('Evaluatie van het convenant in een buurgemeente, 2025.');

    // The other themes are folded away and open with the keyboard.
    const andere = problemen.locator('summary');
    await andere.focus();
    await page.keyboard.press('Enter');
    await problemen.getByLabel(/^2\.2 /).waitFor();

    await page.setViewportSize(TELEFOON);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TELEFOON.width);
    await editor().scrollIntoViewIfNeeded();
    await leg('390');
    await page.setViewportSize(BREED);
    expect(fouten).toEqual([]);
  });
});
