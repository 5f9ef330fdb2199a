/**
 * Forms that look like what they are (issue 14, point 5), in Debian's Chromium on the demo plan:
 * - step 3 (priorities) is short: each priority shows its themes as chips and one closed disclosure
 *   with the themes per veld, instead of 22 checkboxes per priority; a new priority opens it;
 * - a theme is added and removed with the keyboard only, and the focus stays on the picker;
 * - every select shows an arrow (the Utrecht select with a chevron), a boundary of at least 3:1 and
 *   a visible focus ring;
 * - axe-core finds no serious or critical violation at 1366 and at 390 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aanmelden, browserOmgeving, hasChromium } from '../support/browser.ts';

const PLAN = 'Integraal Veiligheidsplan Dijkstede 2027-2030';

/** Opens the demo plan and returns the path of its workspace. */
async function openPlan(page: Page): Promise<string> {
  await page.goto('/werkruimtes');
  await page.getByRole('link', { name: PLAN }).click();
  await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

/** Presses Tab (or Shift+Tab) until the element with this id has the focus. */
async function tabNaar(page: Page, id: string, toets: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press(toets);
  }
  throw new Error(`Met ${toets} niet bij #${id} gekomen`);
}

/** Contrast ratio of two CSS colours `rgb(r, g, b)` (WCAG relative luminance). */
function contrast(a: string, b: string): number {
  const lum = (kleur: string) => {
    const [r, g, bl] = (kleur.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

interface SelectStijl {
  id: string;
  appearance: string;
  achtergrond: string;
  rand: string;
  randbreedte: number;
  vlak: string;
}

/** The computed style of every select in the main content. */
function selectStijlen(page: Page): Promise<SelectStijl[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main select')].map((el) => {
      const s = getComputedStyle(el);
      return { id: el.id, appearance: s.appearance, achtergrond: s.backgroundImage, rand: s.borderTopColor, randbreedte: parseFloat(s.borderTopWidth), vlak: s.backgroundColor };
    }),
  );
}

/** A select shows an arrow: its own chevron (appearance none plus an image), or the browser's. */
function verwachtPijl(stijlen: SelectStijl[]): void {
  expect(stijlen.length).toBeGreaterThan(0);
  for (const s of stijlen) {
    if (s.appearance === 'none') expect(s.achtergrond, `select #${s.id} zonder pijl`).toMatch(/^url\("data:image\/svg\+xml/);
    expect(s.randbreedte, `rand van #${s.id}`).toBeGreaterThanOrEqual(1);
    expect(contrast(s.rand, s.vlak), `contrast van de rand van #${s.id}`).toBeGreaterThanOrEqual(3);
  }
}

describe.skipIf(!hasChromium)('Formulieren die eruitzien als wat ze zijn', () => {
  const b = browserOmgeving({ schermafdruk: 'formulieren-', context: { viewport: { width: 1366, height: 900 } }, timeout: 10_000 });
  let page: Page;
  let basis = '';
  const fouten: string[] = [];

  beforeAll(async () => {
    page = await b.aangemeld('Carla Coördinator', fouten);
    // Leaving a page with unsaved changes asks first; here leaving is fine.
    page.on('dialog', (d) => void d.accept());
    basis = await openPlan(page);
  });

  it('toont de prioriteiten kort: gekozen thema\'s als labels, de keuzelijst dicht', async () => {
    await page.goto(`${basis}/prioriteiten`);
    await page.getByRole('heading', { level: 1, name: 'Stap 3: prioriteiten' }).waitFor();
    const gekozen = page.getByRole('list', { name: "Gekozen thema's van prioriteit 1" });
    await gekozen.getByText('5.2 Georganiseerde/ondermijnende criminaliteit').waitFor();
    // Was ~7,200 px with 22 checkboxes per priority.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3000);
    expect(await page.locator('[id="prioriteit-0-thema-5.2"]').isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: "Thema's van prioriteit 2" }).count()).toBe(1);
    await b.controleer(page, '01-prioriteiten-1366');
  });

  it('voegt met het toetsenbord een thema toe en haalt het weer weg', async () => {
    // Open the picker of priority 2 with Enter on its summary.
    await page.locator('#prioriteit-1-themas-kiezen').focus();
    await page.keyboard.press('Enter');
    const vakje = page.locator('[id="prioriteit-1-thema-1.4"]');
    await vakje.waitFor();
    // A theme of another priority cannot be chosen here as well.
    expect(await page.locator('[id="prioriteit-1-thema-5.2"]').isDisabled()).toBe(true);
    await tabNaar(page, 'prioriteit-1-thema-1.4');
    await page.keyboard.press('Space');
    expect(await vakje.isChecked()).toBe(true);
    const weg = page.getByRole('button', { name: 'Thema 1.4 Subjectieve veiligheid verwijderen uit prioriteit 2' });
    await weg.waitFor();
    await b.controleer(page, '02-thema-kiezen-open');

    // Back up to the chip's remove button and press Enter: the chip goes, the box is cleared.
    await tabNaar(page, (await weg.getAttribute('id'))!, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await weg.waitFor({ state: 'detached' });
    expect(await vakje.isChecked()).toBe(false);
    // The focus goes to the neighbouring chip, not to the top of the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Thema 1.3 Objectieve veiligheid/veelvoorkomende en high impact crime verwijderen uit prioriteit 2',
    );
    // Closing the picker with the keyboard as well.
    await page.locator('#prioriteit-1-themas-kiezen').focus();
    await page.keyboard.press('Space');
    await vakje.waitFor({ state: 'hidden' });
  });

  it('opent de keuzelijst bij een nieuwe prioriteit en meldt bij vier één keer het maximum', async () => {
    await page.getByLabel('Nieuwe prioriteit').fill('Cybercrime');
    await page.getByRole('button', { name: 'Prioriteit toevoegen' }).click();
    await page.locator('[id="prioriteit-3-thema-5.4"]').check();
    await page.getByRole('button', { name: 'Thema 5.4 Informatieveiligheid verwijderen uit prioriteit 4' }).waitFor();
    await page.locator('#prioriteiten-maximum').getByText(/4 prioriteiten is het maximum van de methode/).waitFor();
    expect(await page.getByRole('button', { name: 'Prioriteit toevoegen' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Prioriteit 4 verwijderen' }).click();
    await page.locator('#prioriteiten-maximum').waitFor({ state: 'detached' });
  });

  it('laat elke keuzelijst zien als keuzelijst: met pijl, duidelijke rand en zichtbare focus', async () => {
    await page.goto(`${basis}/leden`);
    await page.getByRole('heading', { level: 1, name: 'Leden' }).waitFor();
    await page.locator('main select').first().waitFor();
    verwachtPijl(await selectStijlen(page));
    // Focus by keyboard: a 3 px outline.
    await page.getByLabel('E-mailadres').focus();
    await tabNaar(page, 'uitnodiging-rol');
    const focus = await page.locator('#uitnodiging-rol').evaluate((el) => ({ stijl: getComputedStyle(el).outlineStyle, breedte: parseFloat(getComputedStyle(el).outlineWidth) }));
    expect(focus.stijl).toBe('solid');
    expect(focus.breedte).toBeGreaterThanOrEqual(2);
    await b.controleer(page, '03-leden-1366');

    await page.goto(`${basis}/mijn-voortgang`);
    await page.locator('main select').first().waitFor();
    verwachtPijl(await selectStijlen(page));

    await page.goto(`${basis}/indicatoren`);
    await page.getByRole('button', { name: /^Indicator toevoegen/ }).first().click();
    await page.locator('main select').first().waitFor();
    verwachtPijl(await selectStijlen(page));
    await b.controleer(page, '04-indicator-1366');
  });

  it('heeft op een telefoon (390 px) geen ernstige toegankelijkheidsfouten op deze pagina\'s', async () => {
    const telefoon = await b.nieuwePagina({ viewport: { width: 390, height: 844 } });
    telefoon.on('pageerror', (err) => fouten.push(err.message));
    telefoon.on('dialog', (d) => void d.accept());
    await aanmelden(telefoon, 'Carla Coördinator');
    const ws = await openPlan(telefoon);
    await telefoon.goto(`${ws}/prioriteiten`);
    await telefoon.getByRole('list', { name: "Gekozen thema's van prioriteit 1" }).waitFor();
    await b.controleer(telefoon, '05-prioriteiten-390');
    await telefoon.locator('#prioriteit-0-themas-kiezen').click();
    await telefoon.locator('[id="prioriteit-0-thema-1.2"]').waitFor();
    await b.controleer(telefoon, '06-thema-kiezen-390');
    await telefoon.goto(`${ws}/leden`);
    await telefoon.locator('main select').first().waitFor();
    verwachtPijl(await selectStijlen(telefoon));
    await b.controleer(telefoon, '07-leden-390');
    expect(fouten).toEqual([]);
  });
});
