/**
 * The next plan starts from the old one (issue 19, point 5), in Debian's Chromium: the coordinator of
 * the demo IVP starts its successor from the page "Het volgende plan" (a wrong period is explained at
 * its field), lands on the look-back of the new workspace with what the old priorities achieved, finds
 * an indicator on the new dashboard with the old final value as its reference, and once the new
 * priorities leave an old one out, writes why (saved with If-Match) and the warning goes.
 * axe-core (WCAG 2.x A/AA) at 1366 and 390 px: no serious or critical violations.
 * Screenshots: /tmp/e2e-shots/opvolging-*.png.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium, volgFouten } from '../support/browser.ts';
import { vereist } from '../support/vereist.ts';

const WERKRUIMTE = 'Integraal Veiligheidsplan Dijkstede 2027-2030';
const NIEUW = 'Integraal Veiligheidsplan Dijkstede 2031-2034';
const TELEFOON = { width: 390, height: 844 };
const BREED = { width: 1366, height: 900 };
const kinds = vereist('DATABASE_URL') ? (['postgresql'] as const) : (['pglite'] as const);

describe.skipIf(!hasChromium).each(kinds)('het volgende plan begint bij het vorige (%s)', (kind) => {
  const b = browserOmgeving({ database: kind, schermafdruk: kind === 'pglite' ? 'opvolging-' : `opvolging-${kind}-`, context: { viewport: BREED }, timeout: 15_000 });
  let coordinator: Page;
  let basis = '';
  let nieuw = '';
  const fouten: string[] = [];

  /** axe, no sideways scrolling and a screenshot at 390 px, then back to 1366. */
  const opTelefoon = async (page: Page, naam: string) => {
    await page.setViewportSize(TELEFOON);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), naam).toBeLessThanOrEqual(TELEFOON.width);
    await b.controleer(page, naam);
    await page.setViewportSize(BREED);
  };

  beforeAll(async () => {
    coordinator = await b.aangemeld('Carla Coördinator', fouten);
    volgFouten(coordinator, fouten, { console: true, naam: 'coördinator' });
    await coordinator.getByRole('link', { name: WERKRUIMTE }).click();
    await coordinator.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(coordinator.url()).pathname;
  });

  it('begint vanuit het demo-IVP het volgende plan, met de fout bij het veld', async () => {
    await coordinator.goto(`${basis}/opvolger`);
    await coordinator.getByRole('heading', { level: 1, name: 'Het volgende plan' }).waitFor();
    expect(await coordinator.getByLabel('Naam van het nieuwe plan').inputValue()).toBe(NIEUW);
    expect(await coordinator.getByLabel('Van (jaar)').inputValue()).toBe('2031');
    await b.controleer(coordinator, '01-opvolger-1366');
    await opTelefoon(coordinator, '02-opvolger-390');

    // With the keyboard: a period that runs backwards is explained at its field.
    await coordinator.getByLabel('Tot en met (jaar)').fill('2029');
    await coordinator.getByLabel('Tot en met (jaar)').press('Enter');
    const foutlink = coordinator.getByRole('link', { name: 'Tot en met (jaar): Het laatste jaar ligt voor het eerste jaar.' });
    await foutlink.waitFor();
    await foutlink.click();
    expect(await coordinator.evaluate(() => document.activeElement?.id)).toBe('opv-tot');
    await coordinator.keyboard.press('Control+A');
    await coordinator.keyboard.type('2034');
    await coordinator.getByRole('button', { name: 'Nieuw plan beginnen' }).click();
    await coordinator.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}\/terugblik$/);
    nieuw = new URL(coordinator.url()).pathname.replace(/\/terugblik$/, '');
    expect(nieuw).not.toBe(basis);
  });

  it('opent met de terugblik per oude prioriteit en de oude eindwaarde als referentie', async () => {
    await coordinator.getByRole('heading', { level: 1, name: 'Terugblik op het vorige plan' }).waitFor();
    await coordinator.getByRole('link', { name: WERKRUIMTE }).first().waitFor();
    for (const titel of ['Ondermijning en drugscriminaliteit', 'Veilige en leefbare wijken', 'Jeugd en veiligheid']) {
      await coordinator.getByRole('heading', { level: 2, name: titel }).waitFor();
    }
    const inbraak = coordinator.getByRole('table', { name: 'Wat de indicatoren bereikten: Veilige en leefbare wijken' }).getByRole('row', { name: /Woninginbraken/ });
    expect(await inbraak.innerText()).toMatch(/212 \(2024\)[\s\S]*201 \(2027\)[\s\S]*170 \(2030\)[\s\S]*Streefwaarde niet gehaald/);
    await coordinator.getByRole('heading', { level: 2, name: 'Laatste rapportage: Voortgangsrapportage 1e kwartaal 2027' }).waitFor();
    await coordinator.getByText('Zodra het nieuwe plan prioriteiten heeft', { exact: false }).waitFor();
    // The demo's final evaluation by the rekenkamer: a verdict per norm.
    await coordinator.getByRole('heading', { level: 2, name: /^Evaluatie: .+ \(rekenkamer\)$/ }).waitFor();
    await coordinator.getByRole('table', { name: 'Bevindingen van de evaluatie' }).getByRole('row', { name: /^5\.2 / }).getByText('Voldoet deels').waitFor();
    await b.controleer(coordinator, '03-terugblik-1366');
    await opTelefoon(coordinator, '04-terugblik-390');

    // The indicator came along: on the new dashboard, its reference is the old final value.
    await coordinator.goto(`${nieuw}/dashboard`);
    const kaart = coordinator.getByRole('article', { name: 'Woninginbraken' });
    await kaart.waitFor();
    await kaart.getByText('201 in 2027').waitFor();
  });

  it('vraagt waarom een oude prioriteit niet terugkomt, en bewaart de reden', async () => {
    // Step 3 of the new plan (through the API, as the priorities page would): youth does not come back.
    const status = await coordinator.evaluate(async (pad) => {
      const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken: string };
      const lees = await fetch(`/api/v1${pad}/prioriteiten`);
      const r = await fetch(`/api/v1${pad}/prioriteiten`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': sessie.csrfToken, 'If-Match': lees.headers.get('ETag')! },
        body: JSON.stringify([
          { titel: 'Ondermijning', themaIds: ['5.2', '2.2'] },
          { titel: 'Veilige wijken', themaIds: ['1.1', '1.3'] },
        ]),
      });
      return r.status;
    }, nieuw);
    expect(status).toBe(200);
    await coordinator.goto(`${nieuw}/terugblik`);
    await coordinator.getByText('Komt niet terug:', { exact: false }).waitFor();
    const veld = coordinator.getByLabel('Waarom komt ‘Jeugd en veiligheid’ niet terug?');
    await veld.fill('De jeugdoverlast daalde drie jaar op rij. Wat nog nodig is, loopt door in het jeugdbeleid en het Zorg- en Veiligheidshuis.');
    await b.controleer(coordinator, '05-reden-1366');
    await opTelefoon(coordinator, '06-reden-390');
    await coordinator.getByRole('button', { name: 'Redenen opslaan' }).click();
    await coordinator.getByText('Dit is nu versie 2.', { exact: false }).waitFor();
    expect(await coordinator.getByText('Komt niet terug:', { exact: false }).count()).toBe(0);
    await coordinator.reload();
    expect(await coordinator.getByLabel('Waarom komt ‘Jeugd en veiligheid’ niet terug?').inputValue()).toContain('daalde drie jaar op rij');
    await b.controleer(coordinator, '07-opgeslagen-1366');
    expect(fouten).toEqual([]);
  });
});
