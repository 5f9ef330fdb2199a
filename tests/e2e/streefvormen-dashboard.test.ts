/**
 * Issue 16, point 4 on the dashboard (demo workspace, Carla Coördinator): indicators with a series of
 * years, a qualitative target ('afname'), a ceiling per 10.000 of a group and a relative target per
 * year. The target table shows every year in the plan's form, and each chart draws what the form
 * allows (a point for every year of the series, a labelled limit, no line but a text for 'afname'),
 * with a summary that says the same. axe-clean; screenshots of the cards and the table at 1366 and 390 px.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium, schermafdrukMap } from '../support/browser.ts';

const WERKRUIMTE = 'Integraal Veiligheidsplan Dijkstede 2027-2030';

const INDICATOREN = [
  {
    naam: 'Straatroof (reeks)',
    eenheid: 'aantal',
    richting: 'lager-is-beter',
    referentiejaar: 2025,
    referentiewaarde: 150,
    streefwaarden: [{ jaar: 2027, totJaar: 2030, waarde: 130, soort: 'reeks' }],
    metingen: [
      { periode: '2026', waarde: 142 },
      { periode: '2027', waarde: 128 },
    ],
  },
  {
    naam: 'Overlast in het centrum (afname)',
    eenheid: 'aantal',
    richting: 'lager-is-beter',
    referentiejaar: 2025,
    referentiewaarde: 412,
    streefwaarden: [{ jaar: 2030, soort: 'kwalitatief', koers: 'afname' }],
    metingen: [
      { periode: '2026', waarde: 405 },
      { periode: '2027', waarde: 398 },
    ],
  },
  {
    naam: 'Verwijzingen naar Halt (plafond)',
    eenheid: 'per-10000',
    noemer: 'jongeren van 12 tot en met 17 jaar',
    richting: 'lager-is-beter',
    referentiejaar: 2025,
    referentiewaarde: 132,
    streefwaarden: [{ jaar: 2028, waarde: 125, soort: 'plafond' }],
    metingen: [{ periode: '2026', waarde: 128 }],
  },
  {
    naam: 'Woninginbraken (−2 % per jaar)',
    eenheid: 'aantal',
    richting: 'lager-is-beter',
    referentiejaar: 2025,
    referentiewaarde: 412,
    streefwaarden: [{ jaar: 2029, soort: 'relatief', procent: -2, basis: 'per-jaar' }],
    metingen: [{ periode: '2026', waarde: 400 }],
  },
];

describe.skipIf(!hasChromium)('streefvormen op het dashboard: streeftabel en grafiek', () => {
  const b = browserOmgeving({ schermafdruk: 'streefvormen-dashboard-', context: { viewport: { width: 1366, height: 900 } }, timeout: 15_000 });
  let page: Page;
  let basis = '';
  const fouten: string[] = [];

  async function afdruk(deel: Locator, naam: string) {
    for (const breedte of [1366, 390]) {
      await page.setViewportSize({ width: breedte, height: breedte === 390 ? 844 : 900 });
      await deel.scrollIntoViewIfNeeded();
      await deel.screenshot({ path: path.join(schermafdrukMap, `streefvormen-dashboard-${naam}-${breedte}.png`) });
      if (breedte === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  beforeAll(async () => {
    page = await b.aangemeld('Carla Coördinator', fouten);
    await page.getByRole('link', { name: WERKRUIMTE }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
    // The indicators through the API, as the indicator form would save them.
    const statussen = await page.evaluate(
      async ({ pad, indicatoren }) => {
        const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken: string };
        const kop = { 'Content-Type': 'application/json', 'X-CSRF-Token': sessie.csrfToken };
        const uit: number[] = [];
        for (const { metingen, ...ind } of indicatoren) {
          const r = await fetch(`/api/v1${pad}/indicatoren`, { method: 'POST', headers: kop, body: JSON.stringify({ ...ind, prioriteitId: 'p1' }) });
          uit.push(r.status);
          const { id } = (await r.json()) as { id: string };
          for (const m of metingen) uit.push((await fetch(`/api/v1${pad}/indicatoren/${id}/metingen`, { method: 'POST', headers: kop, body: JSON.stringify(m) })).status);
        }
        return uit;
      },
      { pad: basis, indicatoren: INDICATOREN },
    );
    expect(statussen.every((s) => s === 201)).toBe(true);
  });

  const kaart = (naam: string) => page.locator('article', { has: page.getByRole('heading', { level: 3, name: naam }) });

  it('tekent in elke grafiek wat de vorm toelaat, en zegt hetzelfde in woorden', async () => {
    await page.goto(`${basis}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Stap 6: sturing' }).waitFor();

    const reeks = kaart('Straatroof (reeks)');
    await reeks.locator('svg[role="img"]').waitFor();
    const reeksLabel = (await reeks.locator('svg[role="img"]').getAttribute('aria-label'))!;
    expect(reeksLabel).toContain('Streefwaarde 130 per jaar (2027 t/m 2030), tot en met 2030.');
    expect(reeksLabel).toContain('Streefpad vanaf de referentie 150 (2025): 2027: 130; 2028: 130; 2029: 130; 2030: 130.');
    // A point on the path for every year of the series (not only the first).
    expect(await reeks.locator('svg[role="img"] circle[r="3.5"]').count()).toBe(4);

    const afname = kaart('Overlast in het centrum (afname)');
    const afnameLabel = (await afname.locator('svg[role="img"]').getAttribute('aria-label'))!;
    expect(afnameLabel).toContain('Streefwaarde afname, tot en met 2030.');
    expect(afnameLabel).toContain('zonder getal, dus geen streeflijn');
    // No target line, a text label instead; the legend and caption say so.
    expect(await afname.locator('svg[role="img"] polyline[stroke-dasharray="9 6"]').count()).toBe(0);
    await afname.locator('svg[role="img"] text', { hasText: 'Streefwaarde: afname (2030)' }).waitFor();
    await afname.getByText('Streefwaarde afname (2030): zonder getal, geen streeflijn').waitFor();
    await afname.getByText('Cijfers in tabel').click();
    await afname.getByRole('row', { name: /2027 trend: afname 398 Op koers/ }).waitFor();

    const halt = kaart('Verwijzingen naar Halt (plafond)');
    await halt.locator('svg[role="img"] text', { hasText: 'niet boven 125' }).waitFor();
    await halt.getByText('Plafond: niet boven 125 vanaf 2028').waitFor();
    await halt.locator('figcaption', { hasText: 'per 10.000 jongeren van 12 tot en met 17 jaar, lager is beter' }).waitFor();
    await halt.getByText('per 10.000 jongeren van 12 tot en met 17 jaar, lager is beter', { exact: true }).waitFor();
    expect(await halt.locator('svg[role="img"]').getAttribute('aria-label')).toContain('Plafond: niet boven 125 in 2028, en daarna.');

    const relatief = kaart('Woninginbraken (−2 % per jaar)');
    expect(await relatief.locator('svg[role="img"]').getAttribute('aria-label')).toContain('2026: −2\u00A0% t.o.v. vorig jaar (403,8)');

    await b.controleer(page, 'dashboard-1366');
    await afdruk(reeks, 'reeks');
    await afdruk(afname, 'afname');
    await afdruk(halt, 'plafond');
    expect(fouten).toEqual([]);
  });

  it('zet elk jaar van de streeftabel in de vorm van het plan', async () => {
    const tabel = page.getByRole('table', { name: /Streefwaarden per indicator/ });
    await tabel.waitFor();
    await tabel.getByRole('row', { name: /Straatroof \(reeks\)\s*aantal\s*2025\s*150\s*130\s*130\s*130\s*130\s*130\s*−13,3\s%/ }).waitFor();
    await tabel.getByRole('row', { name: /Overlast in het centrum \(afname\)\s*aantal\s*2025\s*412\s*afname\s*afname\s*–/ }).waitFor();
    await tabel.getByRole('row', { name: /Verwijzingen naar Halt \(plafond\)\s*per 10\.000 jongeren van 12 tot en met 17 jaar\s*2025\s*132\s*niet boven 125\s*niet boven 125/ }).waitFor();
    await tabel.getByRole('row', { name: /Woninginbraken \(−2 % per jaar\).*−2\s% t\.o\.v\. vorig jaar\s*niveau 403,8.*−2\s% per jaar \(380\)/ }).waitFor();
    await afdruk(page.locator('#streeftabel'), 'streeftabel');
    expect(fouten).toEqual([]);
  });
});
