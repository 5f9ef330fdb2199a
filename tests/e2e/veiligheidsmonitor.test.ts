/**
 * Browser journey "Veiligheidsmonitor" in Debian's Chromium (issue 16, punt 5): the coordinator opens the
 * page of the demo workspace, sends a broken table (refused with line and column, nothing imported),
 * then with the keyboard imports the real CBS table per province 2015-2017, reads the summary (regions,
 * years, which subject maps to which theme) and chooses a series: Groningen, "Voelt zich wel eens onveilig
 * in de eigen buurt", 2015 = 18,3 % ± 1,7. A reader sees the figures without the form. axe-core at 1366 and
 * 390 px (no serious or critical violations, no sideways scrolling at 390). Screenshots:
 * /tmp/e2e-shots/veiligheidsmonitor-*.png.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

const VOORBEELD = fileURLToPath(new URL('../../../shared/data/veiligheidsmonitor/veiligheidsmonitor-provincies-2015-2017.csv', import.meta.url));
const WERKRUIMTE = 'Integraal Veiligheidsplan Dijkstede 2027-2030';
const BESTANDSVELD = 'Tabel van de Veiligheidsmonitor (.csv)';
const TELEFOON = { width: 390, height: 844 };
const BREED = { width: 1366, height: 900 };

describe.skipIf(!hasChromium)('Veiligheidsmonitor in de browser: inlezen, samenvatting en een reeks met marges', () => {
  const b = browserOmgeving({ schermafdruk: 'veiligheidsmonitor-', context: { viewport: BREED }, timeout: 15_000 });
  let page: Page;
  let basis = '';
  const fouten: string[] = [];

  const beide = async (p: Page, naam: string) => {
    await b.controleer(p, `${naam}-1366`);
    await p.setViewportSize(TELEFOON);
    expect(await p.evaluate(() => document.documentElement.scrollWidth), naam).toBeLessThanOrEqual(TELEFOON.width);
    await b.controleer(p, `${naam}-390`);
    await p.setViewportSize(BREED);
  };

  beforeAll(async () => {
    expect(existsSync(VOORBEELD), `${VOORBEELD} ontbreekt (de map shared naast de repository)`).toBe(true);
    page = await b.aangemeld('Carla Coördinator', fouten);
    await page.getByRole('link', { name: WERKRUIMTE }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
  });

  it('zonder cijfers: het formulier en een lege lijst', async () => {
    await page.goto(`${basis}/veiligheidsmonitor`);
    await page.getByRole('heading', { level: 1, name: 'Veiligheidsmonitor' }).waitFor();
    await page.getByText('Er is nog geen tabel van de Veiligheidsmonitor ingelezen.').waitFor();
    await page.getByText('Nog geen cijfers: lees eerst een tabel in.').waitFor();
    await beide(page, '01-leeg');
  });

  it('weigert een kapotte tabel met regel en kolom, en leest niets in', async () => {
    const map = mkdtempSync(path.join(tmpdir(), 'kp-vm-'));
    const kapot = path.join(map, 'kapot.csv');
    writeFileSync(kapot, 'Onderwerp,Perioden,Waarde_Groningen (PV)_2015,Marges_Groningen (PV)_2015\n|||Voelt zich wel eens onveilig in buurt,%,"18,3x","1,7"\n');
    await page.getByLabel(BESTANDSVELD).setInputFiles(kapot);
    await page.getByRole('button', { name: 'Inlezen', exact: true }).click();
    const kop = page.getByRole('heading', { level: 2, name: 'Het bestand kapot.csv is geweigerd' });
    await kop.waitFor();
    await expect.poll(() => kop.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByText("Regel 2, kolom 3 (Waarde_Groningen (PV)_2015): '18,3x' is geen getal").waitFor();
    expect(await page.getByText('Er is nog geen tabel van de Veiligheidsmonitor ingelezen.').count()).toBe(1);
    await beide(page, '02-geweigerd');
  });

  it('leest met het toetsenbord de echte tabel in en toont de samenvatting met thema’s', async () => {
    const veld = page.getByLabel(BESTANDSVELD);
    await veld.setInputFiles(VOORBEELD);
    await veld.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Inlezen');
    await page.keyboard.press('Enter');
    const kop = page.getByRole('heading', { level: 2, name: 'Samenvatting: veiligheidsmonitor-provincies-2015-2017.csv is ingelezen' });
    await kop.waitFor();
    await expect.poll(() => kop.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByText('1.080, waarvan 1.080 met marge').waitFor();
    await page.getByText('30, waarvan 30 bekend bij Kernplan').waitFor();
    await page.getByText(/Groningen \(provincie, PV20\); Fryslân \(provincie, PV21\)/).waitFor();
    const rij = page.getByRole('row', { name: /Voelt zich wel eens onveilig in de eigen buurt \(in het bestand: Voelt zich wel eens onveilig in buurt\)/ });
    await expect.poll(() => rij.textContent()).toContain('1.4 Subjectieve veiligheid');
    expect(await rij.textContent()).toContain('Veiligheidsgevoel in de eigen buurt');
    const jongeren = page.getByRole('row', { name: /Voelt zich wel eens onveilig op plekken waar jongeren rondhangen/ });
    expect(await jongeren.textContent()).toContain('3.1 Jeugdoverlast');
    await page.getByRole('cell', { name: 'veiligheidsmonitor-provincies-2015-2017.csv' }).waitFor();
    await beide(page, '03-ingelezen');
  });

  it('toont een reeks met marges; een andere regio kiezen kan met het toetsenbord', async () => {
    const tabel = page.getByRole('table', { name: /Voelt zich wel eens onveilig in de eigen buurt, Groningen/ });
    await tabel.waitFor();
    const rij2015 = tabel.getByRole('row', { name: /^2015/ });
    expect(await rij2015.textContent()).toContain('18,3 % ± 1,7');
    expect(await rij2015.textContent()).toContain('16,6 tot 20,0');
    expect(await tabel.getByRole('row', { name: /^2016/ }).textContent()).toContain('-3,6 t.o.v. 2015: buiten de marge, een echte verandering');
    expect(await tabel.getByRole('row', { name: /^2017/ }).textContent()).toContain('binnen de marge, geen aantoonbare verandering');

    const regio = page.getByLabel('Regio', { exact: true });
    await regio.focus();
    await page.keyboard.press('ArrowDown');
    const fryslan = page.getByRole('table', { name: /Voelt zich wel eens onveilig in de eigen buurt, Fryslân/ });
    await fryslan.waitFor();
    expect(await fryslan.getByRole('row', { name: /^2015/ }).textContent()).toMatch(/\d+,\d % ± \d,\d/);
    await beide(page, '04-reeks');
  });

  it('een lezer ziet de cijfers, niet het formulier', async () => {
    const lezer = await b.aangemeld('Lars Lezer', fouten);
    await lezer.goto(`${basis}/veiligheidsmonitor`);
    await lezer.getByRole('heading', { level: 1, name: 'Veiligheidsmonitor' }).waitFor();
    await lezer.getByText('Met uw rol kunt u geen tabellen van de Veiligheidsmonitor inlezen').waitFor();
    expect(await lezer.getByLabel(BESTANDSVELD).count()).toBe(0);
    await lezer.getByRole('table', { name: /Voelt zich wel eens onveilig in de eigen buurt, Groningen/ }).waitFor();
    await b.controleer(lezer, '05-lezer');
    expect(fouten).toEqual([]);
  });
});
