/**
 * The policy chain (issue 19) in Debian's Chromium: the demo coordinator opens the chain page of the
 * demo IVP, reads a priority's chain from problem to effect in six labelled steps, and finds the gaps
 * of a measure without links (made here through the API in a plan of its own year, so the test does
 * not depend on how complete the demo is) marked in words, with a link to where it is fixed; a
 * measure with a method shows the method with the strength of its evidence. axe-core (WCAG 2.x A/AA)
 * at 1366 and 390 px: no serious or critical violations, no sideways scrolling on the phone.
 * Screenshots: /tmp/e2e-shots/beleidsketen-*.png.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bewijsNamen, bewijsVan } from '../../src/domain/methoden/bewijs.ts';
import { vindMethode } from '../../src/domain/methoden/catalogus.ts';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

const WERKRUIMTE = 'Integraal Veiligheidsplan Dijkstede 2027-2030';
const TELEFOON = { width: 390, height: 844 };
const BREED = { width: 1366, height: 900 };
const JAAR = 2029;
const LOS = 'Proef zonder koppelingen';
const GEKOPPELD = 'Jongerenwerk volgens de methode';
const METHODE = 'aanpak-harde-kern-jeugd';

describe.skipIf(!hasChromium)('de beleidsketen in de browser', () => {
  const b = browserOmgeving({ schermafdruk: 'beleidsketen-', context: { viewport: BREED }, timeout: 15_000 });
  let coordinator: Page;
  let basis = '';
  const fouten: string[] = [];

  beforeAll(async () => {
    coordinator = await b.aangemeld('Carla Coördinator', fouten);
    await coordinator.getByRole('link', { name: WERKRUIMTE }).click();
    await coordinator.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(coordinator.url()).pathname;
    // A plan of its own year under 'Jeugd en veiligheid' (p3): one measure without any link, one fully linked.
    const antwoord = await coordinator.evaluate(
      async ({ api, jaar, los, gekoppeld, methode }) => {
        const keten = (await (await fetch(`${api}/beleidsketen`)).json()) as { prioriteiten: { id: string; indicatoren: { id: string }[] }[] };
        const indicator = keten.prioriteiten.find((p) => p.id === 'p3')!.indicatoren[0]!.id;
        const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken: string };
        const pad = `${api}/uitvoeringsplannen/${jaar}`;
        const huidig = await fetch(pad);
        const maatregel = (id: string, naam: string) => ({
          id,
          naam,
          prestatieIndicator: '4 bijeenkomsten met jongeren',
          bestuurlijkTrekker: 'Wethouder Jeugd',
          ambtelijkTrekker: 'Team Jeugd',
          partners: 'Jongerenwerk Dijkstede',
          startKwartaal: `${jaar}-K1`,
          eindKwartaal: `${jaar}-K4`,
          budget: null,
          status: 'niet-gestart',
        });
        const r = await fetch(pad, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': sessie.csrfToken, 'If-Match': huidig.headers.get('ETag') ?? '"0"' },
          body: JSON.stringify({
            jaar,
            hoofdlijn: '',
            terugblik: '',
            begroting: '',
            actiepunten: [
              {
                id: 'a1',
                titel: 'Jeugd in de laatste jaren van het plan',
                prioriteitId: 'p3',
                themaId: null,
                maatregelen: [
                  maatregel('m1', los),
                  { ...maatregel('m2', gekoppeld), indicatorIds: [indicator], probleemSleutels: ['thema-3.1'], methodeId: methode },
                ],
              },
            ],
          }),
        });
        return { status: r.status, tekst: await r.text() };
      },
      { api: `/api/v1${basis}`, jaar: JAAR, los: LOS, gekoppeld: GEKOPPELD, methode: METHODE },
    );
    expect(antwoord.status, antwoord.tekst).toBe(200);
  }, 60_000);

  it('toont per prioriteit de keten van probleem tot effect, met de hiaten in woorden', async () => {
    await coordinator.goto(`${basis}/beleidsketen`);
    await coordinator.getByRole('heading', { level: 1, name: 'Beleidsketen' }).waitFor();
    const jeugd = coordinator.getByRole('region', { name: /^Jeugd en veiligheid/ });
    await jeugd.waitFor();
    // Six labelled steps, in the order of the chain.
    const stappen = jeugd.getByRole('list', { name: 'De keten van Jeugd en veiligheid' }).getByRole('heading', { level: 3 });
    expect((await stappen.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/Probleem/),
      expect.stringMatching(/Cijfers/),
      expect.stringMatching(/Doel/),
      expect.stringMatching(/Maatregelen/),
      expect.stringMatching(/Output/),
      expect.stringMatching(/Effect/),
    ]);
    // Problem: the theme sections of the analysis, linked.
    await jeugd.getByRole('link', { name: /^3\.1 Jeugdoverlast/ }).waitFor();
    // The measure without links: three gaps, each said in words, not by colour alone.
    const los = jeugd.locator('.kp-keten-item', { has: coordinator.getByRole('link', { name: LOS, exact: true }) });
    await los.waitFor();
    expect(await los.getByText('Hiaat:').count()).toBe(3);
    await los.getByText('beweegt geen effectindicator van deze prioriteit.').waitFor();
    await los.getByText('geen methode en geen andere onderbouwing.').waitFor();
    // The linked one: the method with the strength of its evidence, and no gap.
    const gekoppeld = jeugd.locator('.kp-keten-item', { has: coordinator.getByRole('link', { name: GEKOPPELD, exact: true }) });
    await gekoppeld.getByRole('link', { name: vindMethode(METHODE)!.naam }).waitFor();
    const bewijs = bewijsVan(METHODE);
    if (bewijs) await gekoppeld.getByText(bewijsNamen[bewijs.niveau], { exact: true }).waitFor();
    expect(await gekoppeld.getByText('Hiaat:').count()).toBe(0);
    // Output: the performance indicator of the measure.
    await jeugd.getByText(`${LOS} (${JAAR}):`).waitFor();
    // Every gap in one list with where it is fixed.
    await jeugd.getByText('Alle hiaten van deze prioriteit, met waar u ze herstelt').click();
    await jeugd.getByText(`De maatregel "${LOS}" (${JAAR}) heeft geen onderbouwing: geen methode uit de catalogus en geen andere onderbouwing.`).waitFor();
    await b.controleer(coordinator, '01-keten-1366');

    // On a phone the steps stack, without sideways scrolling.
    await coordinator.setViewportSize(TELEFOON);
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TELEFOON.width);
    await b.controleer(coordinator, '02-keten-390');
    await coordinator.setViewportSize(BREED);
    expect(fouten).toEqual([]);
  });

  it('brengt de coördinator van een hiaat naar de maatregel in het uitvoeringsplan', async () => {
    const jeugd = coordinator.getByRole('region', { name: /^Jeugd en veiligheid/ });
    const los = jeugd.locator('.kp-keten-item', { has: coordinator.getByRole('link', { name: LOS, exact: true }) });
    await los.getByRole('link', { name: LOS, exact: true }).click();
    await coordinator.waitForURL((u) => u.pathname === `${basis}/uitvoeringsplan` && u.search === `?jaar=${JAAR}` && u.hash === '#maatregel-m1');
    await coordinator.getByRole('heading', { level: 1 }).first().waitFor();
    await coordinator.getByText(LOS).first().waitFor();
    expect(fouten).toEqual([]);
  });
});
