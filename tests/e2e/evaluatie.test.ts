/**
 * Evaluations (issue 19, point 2) in the browser, as the auditor of the rekenkamer (Anouk Auditor):
 * she opens the evaluations from the workspace, reads the demo's final rekenkamer evaluation, starts a
 * new one against the default framework, accepts Kernplan's proposal with one click, judges a norm
 * with reasoning and evidence, and sees the counts change; the plan itself she reads without being
 * able to change it. axe-clean at 1366 and 390 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

describe.skipIf(!hasChromium)('evaluatie van het veiligheidsbeleid door de auditor', () => {
  const b = browserOmgeving({ schermafdruk: 'evaluatie-', context: { viewport: { width: 1366, height: 900 } }, timeout: 15_000 });
  let auditor: Page;
  let basis = '';
  const fouten: string[] = [];

  beforeAll(async () => {
    auditor = await b.aangemeld('Anouk Auditor', fouten);
    await auditor.getByRole('link', { name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).click();
    await auditor.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(auditor.url()).pathname;
  });

  it('toont de evaluaties met de definitieve evaluatie van de rekenkamer', async () => {
    await auditor.goto(`${basis}/evaluaties`);
    await auditor.getByRole('heading', { level: 1, name: 'Evaluaties' }).waitFor();
    const demo = auditor.getByRole('link', { name: 'Rekenkameronderzoek integrale veiligheid' });
    await demo.waitFor();
    await auditor.getByText(/voldoet deels, \d+ voldoet niet \(van 14 normen\)/).first().waitFor();
    await b.controleer(auditor, '01-lijst-1366');
    await demo.click();
    await auditor.getByRole('heading', { level: 1, name: 'Rekenkameronderzoek integrale veiligheid' }).waitFor();
    await auditor.getByRole('heading', { level: 3, name: /^Norm 5\.1: Voldoet$/ }).waitFor();
    // Final: read as it is, with the option to put it back to concept.
    await auditor.getByRole('button', { name: 'Terug naar concept' }).waitFor();
    expect(await auditor.getByRole('button', { name: 'Oordeel opslaan' }).count()).toBe(0);
    const word = auditor.getByRole('link', { name: 'Rapport downloaden (Word)' });
    expect(await word.getAttribute('href')).toMatch(/\/evaluaties\/[0-9a-f-]{36}\.docx$/);
    await b.controleer(auditor, '02-definitief-1366');
  });

  it('laat de auditor een evaluatie beginnen, een voorstel overnemen en een norm beoordelen', async () => {
    await auditor.goto(`${basis}/evaluaties`);
    const form = auditor.getByRole('form', { name: 'Nieuwe evaluatie' });
    await form.getByLabel('Naam').fill('Quickscan rekenkamer 2027');
    await form.getByLabel('Rekenkamer').check();
    await form.getByLabel('Normenkader').selectOption({ label: 'Standaardnormenkader integrale veiligheid' });
    await form.getByRole('button', { name: 'Evaluatie beginnen' }).click();
    await auditor.getByRole('heading', { level: 1, name: 'Quickscan rekenkamer 2027' }).waitFor();
    await auditor.getByText('In totaal: 0 voldoet, 0 voldoet deels, 0 voldoet niet, 14 nog zonder oordeel (van 14 normen).').waitFor();

    // One click on the proposal of norm 5.1 (every priority measurable) saves it.
    const norm51 = auditor.getByRole('form', { name: 'Norm 5.1' });
    await norm51.getByText(/^Voorstel van Kernplan: voldoet\./).waitFor();
    await norm51.getByRole('button', { name: 'Voorstel overnemen' }).click();
    await norm51.getByText('Voorstel bij norm 5.1 overgenomen en opgeslagen. Pas het gerust aan.').waitFor();
    expect(await norm51.getByLabel('Voldoet', { exact: true }).isChecked()).toBe(true);
    expect(await norm51.getByLabel('Toelichting bij norm 5.1').inputValue()).toMatch(/prioriteiten heeft een doel/);

    // Norm 1.3 judged by hand, with a link as evidence, with the keyboard where it matters.
    const norm13 = auditor.getByRole('form', { name: 'Norm 1.3' });
    await norm13.getByLabel('Voldoet deels', { exact: true }).check();
    await norm13.getByLabel('Toelichting bij norm 1.3').fill('Bij de helft van de maatregelen ontbreekt een toets aan wat werkt.');
    await norm13.getByText('Bewijs toevoegen', { exact: true }).click();
    await norm13.getByLabel('Soort bewijs').selectOption('link');
    await norm13.getByLabel('Omschrijving').fill('Handreiking werkzame elementen');
    await norm13.getByLabel('Verwijzing').fill('javascript:alert(1)');
    await norm13.getByRole('button', { name: 'Bewijs toevoegen aan de lijst' }).click();
    await norm13.getByText(/Geef een pad in Kernplan/).waitFor();
    await norm13.getByLabel('Verwijzing').fill('https://www.hetccv.nl/');
    await norm13.getByRole('button', { name: 'Bewijs toevoegen aan de lijst' }).click();
    await norm13.getByRole('link', { name: /Handreiking werkzame elementen/ }).waitFor();
    await norm13.getByRole('button', { name: 'Oordeel opslaan' }).focus();
    await auditor.keyboard.press('Enter');
    await norm13.getByText('Oordeel bij norm 1.3 opgeslagen.').waitFor();
    await auditor.getByText('In totaal: 1 voldoet, 1 voldoet deels, 0 voldoet niet, 12 nog zonder oordeel (van 14 normen).').waitFor();
    await b.controleer(auditor, '03-beoordelen-1366');

    // After a reload everything is still there.
    await auditor.reload();
    const na = auditor.getByRole('form', { name: 'Norm 1.3' });
    expect(await na.getByLabel('Voldoet deels', { exact: true }).isChecked()).toBe(true);
    await na.getByRole('link', { name: /Handreiking werkzame elementen/ }).waitFor();
  });

  it('werkt op een telefoon, en laat de auditor het plan lezen zonder het te kunnen wijzigen', async () => {
    await auditor.setViewportSize({ width: 390, height: 844 });
    await b.controleer(auditor, '04-evaluatie-390');
    await auditor.goto(`${basis}/evaluaties`);
    await auditor.getByRole('heading', { level: 1, name: 'Evaluaties' }).waitFor();
    await b.controleer(auditor, '05-lijst-390');
    const breed = await auditor.evaluate(() => document.documentElement.scrollWidth);
    expect(breed).toBeLessThanOrEqual(390);

    await auditor.setViewportSize({ width: 1366, height: 900 });
    await auditor.goto(`${basis}/prioriteiten`);
    const titel = auditor.getByLabel('Titel van prioriteit 1');
    await titel.waitFor();
    expect(await titel.getAttribute('readonly')).not.toBeNull();
    expect(await auditor.getByRole('button', { name: 'Prioriteit 1 verwijderen' }).count()).toBe(0);
    expect(fouten).toEqual([]);
  });
});
