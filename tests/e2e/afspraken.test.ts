/**
 * Agreements with partners and the Driehoek's capacity choices (issue 19, point 4), in Debian's
 * Chromium: the coordinator reads the demo agreements per partner, filters them on a priority, adds an
 * agreement with the keyboard (partner from the suggestions, links to a priority and a measure), sees
 * a field error named by the server, changes the state of an agreement and records a choice of the
 * Driehoek; a reader sees everything without the forms. axe-core at 1366 and 390 px: no serious or
 * critical violations, no sideways scrolling at 390. Screenshots: /tmp/e2e-shots/afspraken-*.png.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

const WERKRUIMTE = 'Integraal Veiligheidsplan Dijkstede 2027-2030';
const TELEFOON = { width: 390, height: 844 };
const BREED = { width: 1366, height: 900 };

describe.skipIf(!hasChromium)('afspraken met partners en de keuzes van de Driehoek', () => {
  const b = browserOmgeving({ schermafdruk: 'afspraken-', context: { viewport: BREED }, timeout: 15_000 });
  let coordinator: Page;
  let basis = '';
  const fouten: string[] = [];

  const opTelefoon = async (page: Page, naam: string) => {
    await page.setViewportSize(TELEFOON);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), naam).toBeLessThanOrEqual(TELEFOON.width);
    await b.controleer(page, naam);
    await page.setViewportSize(BREED);
  };

  beforeAll(async () => {
    coordinator = await b.aangemeld('Carla Coördinator', fouten);
    await coordinator.getByRole('link', { name: WERKRUIMTE }).click();
    await coordinator.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(coordinator.url()).pathname;
  });

  it('toont de afspraken per partner en filtert op prioriteit', async () => {
    await coordinator.goto(`${basis}/afspraken`);
    await coordinator.getByRole('heading', { level: 1, name: 'Afspraken met partners' }).waitFor();
    await coordinator.getByRole('heading', { level: 2, name: /Politie basisteam Dijkstede/ }).waitFor();
    for (const p of [/Openbaar Ministerie/, /GGD IJsselland/, /Woonstichting Dijkstede/, 'Capaciteitskeuzes van de Driehoek']) {
      expect(await coordinator.getByRole('heading', { level: 2, name: p }).count(), String(p)).toBe(1);
    }
    await coordinator.getByText('2 niet of deels nagekomen').waitFor();
    await coordinator.getByRole('cell', { name: '2 fte wijkagent, waarvan 16 uur per week in de Molenwijk' }).waitFor();
    await b.controleer(coordinator, 'overzicht-1366');
    await opTelefoon(coordinator, 'overzicht-390');

    await coordinator.getByLabel('Toon afspraken voor prioriteit', { exact: true }).selectOption({ label: 'Jeugd en veiligheid' });
    await coordinator.getByText(/afspraken dragen bij aan ‘Jeugd en veiligheid’/).waitFor();
    expect(await coordinator.getByRole('heading', { level: 2, name: /Woonstichting Dijkstede/ }).count()).toBe(0);
    expect(await coordinator.getByRole('heading', { level: 2, name: /Stichting Welzijn Dijkstede/ }).count()).toBe(1);
    await coordinator.getByLabel('Toon afspraken voor prioriteit', { exact: true }).selectOption({ label: 'Alle prioriteiten' });
  });

  it('legt met het toetsenbord een nieuwe afspraak vast, met een fout van de server bij het veld', async () => {
    await coordinator.getByRole('button', { name: 'Nieuwe afspraak' }).click();
    const kop = coordinator.getByRole('heading', { level: 2, name: 'Nieuwe afspraak' });
    await kop.waitFor();
    await expect.poll(() => kop.evaluate((el) => el === document.activeElement)).toBe(true);
    // Empty: the page itself names the fields.
    await coordinator.getByRole('button', { name: 'Afspraak vastleggen' }).click();
    const samenvatting = coordinator.getByRole('alert').filter({ hasText: 'Controleer de volgende velden' });
    await samenvatting.getByRole('link', { name: /Partner: Vul de partner in/ }).waitFor();
    await samenvatting.getByRole('link', { name: /Partner: Vul de partner in/ }).click();
    await expect.poll(() => coordinator.evaluate(() => document.activeElement?.getAttribute('id') ?? '')).toMatch(/-partner$/);

    await coordinator.keyboard.type('GGD IJsselland');
    await coordinator.keyboard.press('Tab');
    await coordinator.keyboard.press('Tab');
    await coordinator.keyboard.type('Een wijkprofiel met cijfers over verward gedrag, twee keer per jaar.');
    await coordinator.getByLabel('Soort afspraak', { exact: true }).selectOption('levering');
    await coordinator.getByLabel('Stand', { exact: true }).selectOption('gemaakt');
    await coordinator.getByRole('group', { name: 'Prioriteiten waaraan de afspraak bijdraagt' }).getByLabel('Veilige en leefbare wijken', { exact: true }).check();
    await coordinator.getByRole('group', { name: 'Maatregelen waaraan de afspraak bijdraagt' }).getByLabel(/Convenant woonoverlast/).check();
    await coordinator.getByLabel('Vastgelegd in', { exact: true }).fill('Brief van de GGD');
    await coordinator.getByLabel('Termijn', { exact: true }).fill('2027-05-01');
    await b.controleer(coordinator, 'formulier-1366');
    await opTelefoon(coordinator, 'formulier-390');
    await coordinator.getByRole('button', { name: 'Afspraak vastleggen' }).focus();
    await coordinator.keyboard.press('Enter');
    await coordinator.getByText('De afspraak is vastgelegd.').waitFor();
    await coordinator.getByRole('heading', { level: 3, name: 'Een wijkprofiel met cijfers over verward gedrag, twee keer per jaar.' }).waitFor();
  });

  it('wijzigt de stand van een afspraak', async () => {
    await coordinator.locator('li.kp-card').filter({ hasText: 'Een wijkprofiel met cijfers over verward gedrag' }).getByRole('button', { name: /^Wijzigen/ }).click();
    await coordinator.getByRole('heading', { level: 2, name: 'Afspraak wijzigen' }).waitFor();
    await coordinator.getByLabel('Stand', { exact: true }).selectOption('deels-nagekomen');
    await coordinator.getByLabel('Toelichting', { exact: true }).fill('Het eerste profiel kwam, het tweede nog niet.');
    await coordinator.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await coordinator.getByText('De afspraak is bijgewerkt.').waitFor();
    await coordinator.getByText('3 niet of deels nagekomen').waitFor();
  });

  it('legt een capaciteitskeuze van de Driehoek vast', async () => {
    await coordinator.getByRole('button', { name: 'Nieuwe keuze van de Driehoek' }).click();
    await coordinator.getByRole('heading', { level: 3, name: 'Nieuwe keuze van de Driehoek' }).waitFor();
    await coordinator.getByLabel('Datum van het overleg', { exact: true }).fill('2026-12-09');
    await coordinator.getByLabel('Onderwerp', { exact: true }).fill('Uitgaansnachten Havenkwartier');
    await coordinator.getByLabel('Keuze', { exact: true }).fill('Op vrijdag- en zaterdagnacht een vast koppel in het Havenkwartier.');
    await coordinator.getByLabel('Capaciteit', { exact: true }).fill('2 agenten per nacht');
    await coordinator.getByRole('group', { name: 'Prioriteiten waarvoor de keuze geldt' }).getByLabel('Veilige en leefbare wijken', { exact: true }).check();
    await opTelefoon(coordinator, 'driehoek-formulier-390');
    await coordinator.getByRole('button', { name: 'Keuze vastleggen' }).click();
    await coordinator.getByText('De keuze van de Driehoek is vastgelegd.').waitFor();
    await coordinator.getByRole('cell', { name: '2 agenten per nacht' }).waitFor();
  });

  it('toont bij de methoden het bewijsniveau met de bron en de uitleg van de niveaus (issue 19, punt 3)', async () => {
    await coordinator.goto('/methoden/hotspotaanpak');
    await coordinator.getByRole('heading', { level: 2, name: 'Werkt het?' }).waitFor();
    await coordinator.locator('.kp-bewijs--veelbelovend', { hasText: 'Veelbelovend' }).waitFor();
    await coordinator.getByText(/10\.4073\/csr\.2012\.8/).waitFor();
    await coordinator.getByText('Wat betekenen de bewijsniveaus?').click();
    await coordinator.getByRole('group').getByText('Theoretisch onderbouwd', { exact: true }).waitFor();
    await b.controleer(coordinator, 'methode-1366');
    await opTelefoon(coordinator, 'methode-390');
    await coordinator.goto('/methoden');
    await expect.poll(() => coordinator.locator('.kp-bewijs--onbekend').count()).toBe(24);
    expect(await coordinator.locator('.kp-bewijs--veelbelovend').count()).toBe(2);
    await b.controleer(coordinator, 'catalogus-1366');
    await opTelefoon(coordinator, 'catalogus-390');
  });

  it('laat een lezer alles zien zonder formulieren', async () => {
    const lezer = await b.aangemeld('Lars Lezer', fouten);
    await lezer.goto(`${basis}/afspraken`);
    await lezer.getByRole('heading', { level: 2, name: /Politie basisteam Dijkstede/ }).waitFor();
    expect(await lezer.getByRole('button', { name: 'Nieuwe afspraak' }).count()).toBe(0);
    expect(await lezer.getByRole('button', { name: /Wijzigen/ }).count()).toBe(0);
    // The lezer has no access to confidential items: the confidential measure is not named.
    expect(await lezer.getByText('Integrale controles op bedrijventerrein Haven-Oost').count()).toBe(0);
    await b.controleer(lezer, 'lezer-1366');
    await opTelefoon(lezer, 'lezer-390');
    expect(fouten).toEqual([]);
  });
});
