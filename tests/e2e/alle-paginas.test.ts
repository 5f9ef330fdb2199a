/**
 * Every page of Kernplan, at 1366 and at 390 px wide, as the coordinator of the demo: axe-core finds
 * no serious or critical violation, and no page is wider than the screen. Pages with texts written
 * together are scrolled through, so every editor has connected when axe runs.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, ernstigeToegankelijkheidsfouten, hasChromium, schermafdruk } from '../support/browser.ts';

const paginas = (ivp: string, project: string): [string, string][] => [
  ['home', '/'],
  ['kennisbank', '/kennisbank'],
  ['thema', '/kennisbank/themas/1.3'],
  ['methoden', '/methoden'],
  ['werkruimtes', '/werkruimtes'],
  ['meldingen', '/meldingen'],
  ['begin-hier', `/werkruimtes/${ivp}`],
  ['instellingen', `/werkruimtes/${ivp}/instellingen`],
  ['leden', `/werkruimtes/${ivp}/leden`],
  ['sectie-thema', `/werkruimtes/${ivp}/secties/thema-2.1`],
  ['sectie-veld', `/werkruimtes/${ivp}/secties/veld-1`],
  ['cyclus', `/werkruimtes/${ivp}/cyclus`],
  ['startnotitie', `/werkruimtes/${ivp}/startnotitie`],
  ['prioriteiten', `/werkruimtes/${ivp}/prioriteiten`],
  ['ivp', `/werkruimtes/${ivp}/ivp`],
  ['uitvoeringsplan', `/werkruimtes/${ivp}/uitvoeringsplan`],
  ['documenten', `/werkruimtes/${ivp}/documenten`],
  ['document-ivp', `/werkruimtes/${ivp}/documenten/ivp`],
  ['dashboard', `/werkruimtes/${ivp}/dashboard`],
  ['indicatoren', `/werkruimtes/${ivp}/indicatoren`],
  ['voortgangsoverleg', `/werkruimtes/${ivp}/voortgangsoverleg`],
  ['rapportages', `/werkruimtes/${ivp}/rapportages`],
  ['rapportage', `/werkruimtes/${ivp}/rapportages/2027-K1`],
  ['mijn-voortgang', `/werkruimtes/${ivp}/mijn-voortgang`],
  ['politiecijfers', `/werkruimtes/${ivp}/politiecijfers`],
  ['veiligheidsmonitor', `/werkruimtes/${ivp}/veiligheidsmonitor`],
  ['indicatoren-importeren', `/werkruimtes/${ivp}/indicatoren/importeren`],
  ['beleidsketen', `/werkruimtes/${ivp}/beleidsketen`],
  ['afspraken', `/werkruimtes/${ivp}/afspraken`],
  ['evaluaties', `/werkruimtes/${ivp}/evaluaties`],
  ['opvolger', `/werkruimtes/${ivp}/opvolger`],
  ['project', `/werkruimtes/${project}/project`],
];

/** Scrolls down in steps so every text near the screen connects; returns the texts that did not. */
async function doorloop(page: Page): Promise<string[]> {
  // Like a reader scrolling: each position is on screen for a frame, so the page notices it. The page
  // grows while texts arrive, so its height is measured again at every step.
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 700) {
    await page.evaluate((top) => {
      window.scrollTo(0, top);
      return new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(() => klaar(null))));
    }, y);
  }
  const wachtend = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.kp-editor')].filter((e) => /Verbinden|laden/.test(e.querySelector('.kp-editor__stand')?.textContent ?? '')).map((e) => e.getAttribute('data-sleutel') ?? '?'),
    );
  for (let i = 0; i < 60 && (await wachtend()).length > 0; i++) await page.waitForTimeout(250);
  await page.evaluate(() => window.scrollTo(0, 0));
  return wachtend();
}

describe.skipIf(!hasChromium).each([1366, 390])('alle pagina\'s op %i px', (breedte) => {
  const b = browserOmgeving({ context: { viewport: { width: breedte, height: breedte > 500 ? 900 : 844 } }, timeout: 15_000 });
  let page: Page;
  let ivp = '';
  let project = '';
  const fouten: string[] = [];

  beforeAll(async () => {
    page = await b.aangemeld('Carla Coördinator', fouten);
    const lijst = (await (await page.request.get('/api/v1/werkruimtes')).json()) as { werkruimtes: { id: string; soort: string }[] };
    ivp = lijst.werkruimtes.find((w) => w.soort === 'ivp')!.id;
    project = lijst.werkruimtes.find((w) => w.soort === 'project')!.id;
  });

  it('heeft op geen enkele pagina een ernstige toegankelijkheidsfout en schuift nergens opzij', async () => {
    const gevonden: string[] = [];
    for (const [naam, pad] of paginas(ivp, project)) {
      await page.goto(pad);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle').catch(() => undefined);
      for (const sleutel of await doorloop(page)) gevonden.push(`${naam}: tekst ${sleutel} verbindt niet`);
      for (const f of await ernstigeToegankelijkheidsfouten(page)) gevonden.push(`${naam}: ${f}`);
      const breed = await page.evaluate(() => document.documentElement.scrollWidth);
      if (breed > breedte + 1) gevonden.push(`${naam}: de pagina is ${breed} px breed`);
      await schermafdruk(page, `alle-${breedte}-${naam}`);
    }
    expect(gevonden).toEqual([]);
    expect(fouten).toEqual([]);
  }, 300_000);
});
