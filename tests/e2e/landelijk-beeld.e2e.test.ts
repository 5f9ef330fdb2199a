/**
 * Issue 17, point 3 in the browser, as Carla Coördinator: a national workspace (made through the API),
 * the example list of 159 real priorities of 30 municipalities read in through the page (a file with
 * errors first: the errors by line and column, nothing stored), and the national picture with the
 * breakdown by G4, G40, P10 and size class, the themes, the plan years and the titles Kernplan read.
 * axe-clean at 1366 and 390 px, with screenshots in /tmp/e2e-shots.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

const FIXTURE = fileURLToPath(new URL('../../src/domain/landelijk/fixtures/prioriteiten-voorbeeld.csv', import.meta.url));

describe.skipIf(!hasChromium)('het landelijk beeld in de browser', () => {
  const b = browserOmgeving({ schermafdruk: 'landelijk-beeld-', context: { viewport: { width: 1366, height: 900 } }, timeout: 20_000 });
  let page: Page;
  let werkruimte = '';
  const fouten: string[] = [];

  /** axe-clean and a screenshot at 1366 px and at 390 px wide; nothing makes the page scroll sideways. */
  async function controleer(naam: string) {
    await b.controleer(page, `${naam}-1366`);
    await page.setViewportSize({ width: 390, height: 844 });
    await b.controleer(page, `${naam}-390`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${naam} schuift zijwaarts op 390 px`).toBe(true);
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  beforeAll(async () => {
    page = await b.aangemeld('Carla Coördinator', fouten);
    const r = await page.evaluate(async () => {
      const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken: string };
      const res = await fetch('/api/v1/werkruimtes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': sessie.csrfToken },
        body: JSON.stringify({ soort: 'ivp', naam: 'Landelijk beeld van prioriteiten', gemeentecode: 'GM0344', periodeStart: 2027, periodeEinde: 2030, regio: { soort: 'landelijk', gemeenten: ['GM0344'] } }),
      });
      return { status: res.status, body: (await res.json()) as { id: string } };
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    werkruimte = `/werkruimtes/${r.body.id}`;
  });

  it('toont de fouten van een bestand per regel en kolom, en bewaart niets', async () => {
    await page.goto(werkruimte);
    await page.getByRole('link', { name: 'Landelijk beeld' }).click();
    await page.getByRole('heading', { level: 1, name: 'Landelijk beeld' }).waitFor();
    await page.getByText('Er is nog geen lijst ingelezen.').waitFor();
    await page.getByLabel('Bestand (CSV)').setInputFiles({ name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from('gemeentecode;jaar;titel\nGM0363;2023;Ondermijning\nGM9998;2023;Overlast\n') });
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const tabel = page.getByRole('table', { name: 'Fouten: er wordt niets ingelezen tot ze zijn opgelost' });
    await tabel.waitFor();
    expect(await tabel.getByRole('row').nth(1).innerText()).toContain('gemeentecode');
    expect(await page.getByRole('button', { name: 'Inlezen kan pas zonder fouten' }).isDisabled()).toBe(true);
  });

  it('leest de voorbeeldlijst in: eerst het voorbeeld, dan alles', async () => {
    await page.getByLabel('Bestand (CSV)').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByRole('heading', { name: 'Voorbeeld van prioriteiten-voorbeeld.csv: 159 prioriteiten van 30 gemeenten' }).waitFor();
    expect(await page.getByRole('table', { name: /Zo leest Kernplan de prioriteiten/ }).getByRole('row').count()).toBe(160);
    await controleer('voorbeeld');
    await page.getByRole('button', { name: 'Alles inlezen (159 prioriteiten)' }).click();
    await page.getByText('prioriteiten-voorbeeld.csv is ingelezen: 159 prioriteiten van 30 gemeenten.').waitFor();
    const lijsten = page.getByRole('table', { name: 'Ingelezen lijsten met prioriteiten' });
    await lijsten.getByRole('rowheader', { name: 'prioriteiten-voorbeeld.csv' }).waitFor();
    expect(await lijsten.getByRole('row').nth(1).innerText()).toContain('nee, alleen in de aantallen');
  });

  it('toont het beeld naar G4, G40, P10 en grootteklasse, de thema’s, de jaren en de gelezen titels', async () => {
    const netwerken = page.getByRole('table', { name: /Nederland, de netwerken G4, G40 en P10/ });
    await netwerken.waitFor();
    const rij = (naam: string) => netwerken.getByRole('row', { name: new RegExp(`^${naam}(\\s|$)`) });
    expect(await rij('Nederland').innerText()).toMatch(/30 \/ 342\s+159/);
    expect(await rij('G4').innerText()).toMatch(/2 \/ 4\s+14/);
    expect(await rij('G40').innerText()).toContain('5 / 41');
    expect(await rij('P10').innerText()).toContain('telt 27 van de 32 leden');
    expect(await rij('Minder dan 20.000 inwoners').innerText()).toMatch(/5 \/ 65\s+33/);
    expect(await rij('Minder dan 50.000 inwoners').innerText()).toContain('/ 247');
    // G4, by main field, the file as it is (older titles read by Kernplan): 6 of 14 in field 1.
    const hoofdveld = await rij('G4').innerText();
    expect(hoofdveld).toMatch(/2 \/ 4\s+14\s+42,9\s%/);
    await page.getByRole('table', { name: 'Per provincie' }).waitFor();
    await page.getByRole('table', { name: 'Per politie-eenheid' }).waitFor();
    // No municipality consented: none is named.
    await page.getByText('Gemeenten in het beeld: 30 gemeenten (niet bij naam).').waitFor();
    // Another measure.
    await page.getByLabel('Aandeel').selectOption({ label: 'prioriteiten die het veld raken (een prioriteit kan meer velden raken)' });
    await expect.poll(() => rij('G4').innerText()).not.toBe(hoofdveld);
    await page.getByRole('table', { name: /aandeel prioriteiten die het veld raken/ }).first().waitFor();
    // The themes and years of one group.
    await page.getByLabel('Groep').selectOption({ label: 'G40 (5 gemeenten)' });
    await page.getByRole('table', { name: "Thema's met de meeste prioriteiten, G40" }).waitFor();
    await page.getByRole('table', { name: 'Per planjaar, G40' }).waitFor();
    // The titles Kernplan read, marked as such.
    const titels = page.getByRole('table', { name: 'Titels gelezen door Kernplan' });
    await titels.waitFor();
    expect(await titels.getByText('gelezen door Kernplan').count()).toBeGreaterThan(10);
    await controleer('beeld');
    expect(fouten).toEqual([]);
  });
});
