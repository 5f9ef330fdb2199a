/**
 * The council view (issue 15, point 3) in the browser: the council member (Rosa Raadslid) opens the
 * council view from the workspace, asks a question on a priority; the coordinator (second browser
 * context) answers it; the council member sees the answer come in live. The coordinator offers the
 * report of 2027-K1 to the council; the council member reads the offered version. axe-clean at 1366
 * and 390 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

const VRAAG = 'Waarom liggen de woninginbraken boven het streefpad, en wat doet de gemeente daaraan?';
const ANTWOORD = 'In 2027 telde de politie meer inbraken in de Molenwijk. De najaarscampagne begint daarom al in september, eerst in die wijk.';

describe.skipIf(!hasChromium)('de raad stuurt: raadsoverzicht, vragen en de aangeboden rapportage', () => {
  const b = browserOmgeving({ schermafdruk: 'raadsoverzicht-', context: { viewport: { width: 1366, height: 900 } }, timeout: 15_000 });
  let raad: Page;
  let coordinator: Page;
  let basis = '';
  const fouten: string[] = [];
  const vandaag = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());

  beforeAll(async () => {
    raad = await b.aangemeld('Rosa Raadslid', fouten);
    await raad.getByRole('link', { name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).click();
    await raad.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(raad.url()).pathname;
    coordinator = await b.aangemeld('Carla Coördinator', fouten);
  });

  it('opent het raadsoverzicht vanaf de werkruimte: per prioriteit het doel, de koers en de maatregelen', async () => {
    await raad.getByRole('link', { name: 'Naar het raadsoverzicht' }).click();
    await raad.getByRole('heading', { level: 1, name: 'Raadsoverzicht' }).waitFor();
    await raad.getByText(/De raad stelde het Integraal Veiligheidsplan vast op 12 november 2026/).waitFor();
    const wijken = raad.getByRole('region', { name: 'Veilige en leefbare wijken' });
    await wijken.getByRole('heading', { level: 3, name: 'Doel' }).waitFor();
    await wijken.getByText('Woninginbraken', { exact: true }).waitFor();
    expect(await wijken.getByText('Achter', { exact: true }).count()).toBeGreaterThan(0);
    await wijken.getByText(/^\d+ maatregelen: /).waitFor();
    expect(await raad.getByText('Signalen van ondermijning ingebracht bij het RIEC').count()).toBe(0);
    await b.controleer(raad, '01-raad-1366');
  });

  it('laat het raadslid een vraag stellen over een prioriteit', async () => {
    const wijken = raad.getByRole('region', { name: 'Veilige en leefbare wijken' });
    await wijken.getByText('Stel een vraag over ‘Veilige en leefbare wijken’').click();
    await wijken.getByLabel('Uw vraag').fill(VRAAG);
    await wijken.getByRole('button', { name: 'Vraag versturen' }).click();
    await wijken.getByText(/Uw vraag is verstuurd/).waitFor();
    await wijken.getByText(VRAAG).waitFor();
    await wijken.getByText('Nog niet beantwoord').waitFor();
    await b.controleer(raad, '02-vraag-gesteld');
  });

  it('laat de coördinator in een tweede browser antwoorden; het raadslid ziet het antwoord live', async () => {
    await coordinator.goto(`${basis}/raad`);
    const wijken = coordinator.getByRole('region', { name: 'Veilige en leefbare wijken' });
    await wijken.getByText(VRAAG).waitFor();
    await wijken.getByLabel('Uw antwoord').fill(ANTWOORD);
    await b.controleer(coordinator, '03-coordinator-antwoordt');
    await wijken.getByRole('button', { name: 'Antwoord versturen' }).click();
    await wijken.getByText(ANTWOORD).waitFor();
    // Live, without reloading: the council member's page shows the answer.
    const bijRaad = raad.getByRole('region', { name: 'Veilige en leefbare wijken' });
    await bijRaad.getByText(ANTWOORD).waitFor();
    expect(await bijRaad.getByText('Nog niet beantwoord').count()).toBe(0);
    await bijRaad.getByText(/^Antwoord van Carla Coördinator/).waitFor();
  });

  it('laat de coördinator de rapportage 2027-K1 aan de raad aanbieden', async () => {
    await coordinator.goto(`${basis}/rapportages/2027-K1`);
    const deel = coordinator.getByRole('region', { name: 'Aan de raad' });
    await deel.getByText('Deze rapportage is nog niet aan de raad aangeboden.').waitFor();
    await deel.getByRole('button', { name: 'Aanbieden aan de raad' }).click();
    await deel.getByText(/^Aangeboden aan de raad op/).first().waitFor();
    await deel.getByText(`Aangeboden aan de raad op ${vandaag} (versie 1).`, { exact: false }).waitFor();
    expect(await deel.getByText(/gewijzigd sinds u haar aanbood/).count()).toBe(0);
    await coordinator.reload();
    await coordinator.getByRole('region', { name: 'Aan de raad' }).getByText(`Aangeboden aan de raad op ${vandaag} (versie 1).`, { exact: false }).waitFor();
    expect(await coordinator.getByText(/gewijzigd sinds u haar aanbood/).count()).toBe(0);
    await b.controleer(coordinator, '04-rapportage-aangeboden');
  });

  it('laat het raadslid de aangeboden versie lezen, ook op een telefoon', async () => {
    await raad.goto(`${basis}/rapportages/2027-K1`);
    await raad.getByText('U leest de rapportage zoals ze aan de raad is aangeboden.').waitFor();
    await raad.getByText(`Aangeboden aan de raad op ${vandaag} (versie 1)`, { exact: true }).waitFor();
    await raad.getByRole('heading', { level: 2, name: '1 Samenvatting' }).waitFor();
    await b.controleer(raad, '05-raad-leest-rapportage');
    await raad.goto(`${basis}/raad`);
    const rapportages = raad.getByRole('region', { name: 'Rapportages aan de raad' });
    await rapportages.getByRole('heading', { level: 3, name: /Voortgangsrapportage 1e kwartaal 2027/ }).waitFor();
    await raad.setViewportSize({ width: 390, height: 844 });
    await b.controleer(raad, '06-raad-390');
    await raad.goto(`${basis}/rapportages/2027-K1`);
    await raad.getByRole('heading', { level: 2, name: '1 Samenvatting' }).waitFor();
    await b.controleer(raad, '07-rapportage-390');
    await raad.goto(basis);
    await raad.getByText(/1 vraag van de raad, alle beantwoord\. Uw vraag is beantwoord\./).waitFor();
    await b.controleer(raad, '08-werkruimte-390');
    expect(fouten).toEqual([]);
  });
});
