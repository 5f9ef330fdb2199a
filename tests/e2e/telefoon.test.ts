/**
 * On a phone (390 px wide): the header is one compact row with a menu button instead of taking a third
 * of the screen; the menu opens and closes with the keyboard (Escape) and closes after navigating; the
 * step navigation of a workspace shows each step's state; a table wider than the screen says that it
 * scrolls sideways; axe-core finds no serious or critical violation, with the menu closed and open.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

describe.skipIf(!hasChromium)('Kernplan op een telefoon (390 px)', () => {
  const b = browserOmgeving({ schermafdruk: 'telefoon-', context: { viewport: { width: 390, height: 844 } }, timeout: 10_000 });
  let page: Page;
  const fouten: string[] = [];

  beforeAll(async () => {
    page = await b.aangemeld('Carla Coördinator', fouten);
  });

  it('heeft een kopregel van één rij met een menuknop, die opent, met Escape sluit en na navigeren dicht is', async () => {
    const kop = page.locator('header.kp-header');
    expect((await kop.boundingBox())!.height).toBeLessThan(90);
    const knop = page.getByRole('button', { name: 'Menu', exact: true });
    expect(await knop.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Kennisbank' }).isVisible()).toBe(false);
    await b.controleer(page, '01-menu-dicht');

    await knop.click();
    expect(await page.getByRole('button', { name: 'Menu sluiten' }).getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: 'Kennisbank' }).waitFor();
    await page.getByRole('button', { name: 'Afmelden' }).waitFor();
    await b.controleer(page, '02-menu-open');

    await page.getByRole('link', { name: 'Methoden' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');
    expect(await page.getByRole('link', { name: 'Kennisbank' }).isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('link', { name: 'Kennisbank' }).click();
    await page.waitForURL(/\/kennisbank$/);
    await expect.poll(() => page.getByRole('button', { name: 'Menu', exact: true }).getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: 'Methoden' }).isVisible()).toBe(false);
  });

  it('toont in een werkruimte de stappen met hun stand', async () => {
    await page.goto('/werkruimtes');
    await page.getByRole('link', { name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    const stappen = page.getByRole('navigation', { name: 'Stappen van de beleidscyclus' });
    await stappen.getByText('(afgerond)').first().waitFor();
    await b.controleer(page, '03-werkruimte');
  });

  it('zegt bij een tabel die breder is dan het scherm dat hij opzij schuift', async () => {
    await page.getByRole('link', { name: /2\.1 Veilig winkelgebied/ }).first().click();
    await page.getByRole('heading', { level: 1, name: '2.1 Veilig winkelgebied' }).waitFor();
    const cue = page.getByText('Schuif de tabel opzij voor de andere kolommen.').first();
    await cue.waitFor();
    // The scrolling frame right below it is described by it, for screen readers too.
    const kader = page.locator(`[aria-describedby="${await cue.getAttribute('id')}"]`);
    expect(await kader.getAttribute('role')).toBe('region');
    expect(await kader.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await b.controleer(page, '04-tabel');
    expect(fouten).toEqual([]);
  });

  it('laat op een telefoon samen schrijven in het IVP: werkbalk, tekst en opslagstand passen, zonder toegankelijkheidsfouten', async () => {
    const ws = new URL(page.url()).pathname.split('/')[2]!;
    await page.goto(`/werkruimtes/${ws}/ivp`);
    const editor = page.getByRole('textbox', { name: 'Tekst van hoofdstuk 1' });
    await editor.scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.kp-editor__stand').first().innerText(), { timeout: 10_000 }).toBe('Alles is opgeslagen.');
    expect((await editor.boundingBox())!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await b.controleer(page, '05-ivp-samen-schrijven');
  });

  it('slaat een andere rol van een lid meteen op, zonder opslaanknop per rij', async () => {
    const ws = new URL(page.url()).pathname.split('/')[2]!;
    await page.goto(`/werkruimtes/${ws}/leden`);
    const rol = page.getByLabel('Rol van Lars Lezer');
    await rol.selectOption('redacteur');
    await page.getByText(/^De gegevens van Lars Lezer zijn opgeslagen: Redacteur/).waitFor();
    expect(await page.getByRole('button', { name: /^Opslaan/ }).count()).toBe(0);
    await page.getByLabel('Rol van Lars Lezer').selectOption('lezer');
    await page.getByText(/^De gegevens van Lars Lezer zijn opgeslagen: Lezer/).waitFor();
    await b.controleer(page, '06-leden');
    expect(fouten).toEqual([]);
  });
});
