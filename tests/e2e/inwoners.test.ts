/**
 * What residents say (issue 18) in the browser: the coordinator opens a questionnaire for a
 * municipality with real neighbourhoods (Oldebroek), a resident without signing in answers it (the
 * browser solves the proof of work), one with a phone number in the text; the coordinator moderates;
 * the theme page shows the counts per wijk and the neighbourhood view shows the wijk. axe-clean at
 * 1366 and 390 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

describe.skipIf(!hasChromium)('wat inwoners zeggen: vragenlijst, moderatie, thema en wijk', () => {
  const b = browserOmgeving({ schermafdruk: 'inwoners-', context: { viewport: { width: 1366, height: 900 } }, timeout: 20_000 });
  let coordinator: Page;
  let basis = '';
  let publiek = '';
  const fouten: string[] = [];

  beforeAll(async () => {
    coordinator = await b.aangemeld('Carla Coördinator', fouten);
    const id = await coordinator.evaluate(async () => {
      const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken: string };
      const r = await fetch('/api/v1/werkruimtes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': sessie.csrfToken },
        body: JSON.stringify({ naam: 'Veilig Oldebroek', gemeentecode: 'GM0269', periodeStart: 2027, periodeEinde: 2030 }),
      });
      return ((await r.json()) as { id: string }).id;
    });
    basis = `/werkruimtes/${id}`;
  }, 60_000);

  it('laat de coördinator een vragenlijst openen', async () => {
    await coordinator.goto(`${basis}/inwoners`);
    await coordinator.getByRole('heading', { level: 1, name: 'Wat inwoners zeggen' }).waitFor();
    await coordinator.getByLabel('Titel').first().fill('Buurtpeiling Oldebroek');
    await coordinator.getByRole('button', { name: 'Vragenlijst openen' }).click();
    const link = coordinator.getByRole('status').getByRole('link');
    await link.waitFor();
    publiek = new URL((await link.getAttribute('href'))!, b.url).pathname;
    expect(publiek).toMatch(/^\/vragenlijst\/[0-9a-f-]{36}$/);
    await coordinator.getByRole('cell', { name: 'Open', exact: true }).waitFor();
    await b.controleer(coordinator, '01-beheer-1366');
  });

  it('laat een inwoner zonder aanmelden antwoorden, ook op een telefoon', async () => {
    const inwoner = await b.nieuwePagina();
    await inwoner.goto(publiek);
    await inwoner.getByRole('heading', { level: 1, name: 'Buurtpeiling Oldebroek' }).waitFor();
    await b.controleer(inwoner, '02-vragenlijst-1366');
    await inwoner.getByLabel('Inbraak in woningen').check();
    await inwoner.getByLabel('Overlast van jongeren').check();
    await inwoner.getByLabel('In welke buurt woont u?').selectOption({ label: 'Wezep-Centrum' });
    await inwoner.getByLabel('Wilt u nog iets toelichten?').fill('Bij het winkelcentrum hangen ’s avonds groepen jongeren rond.');
    const start = Date.now();
    await inwoner.getByRole('button', { name: 'Verstuur mijn antwoord' }).click();
    await inwoner.getByText(/Bedankt voor uw antwoord/).waitFor();
    console.log(`Bewijs van werk en versturen in de browser: ${Date.now() - start} ms`);
    await b.controleer(inwoner, '03-bedankt');

    const telefoon = await b.nieuwePagina({ viewport: { width: 390, height: 844 }, isMobile: true });
    await telefoon.goto(publiek);
    await telefoon.getByRole('heading', { level: 1, name: 'Buurtpeiling Oldebroek' }).waitFor();
    await b.controleer(telefoon, '04-vragenlijst-390');
    await telefoon.getByLabel('Inbraak in woningen').check();
    await telefoon.getByLabel('In welke buurt woont u?').selectOption({ label: 'Wezep-Oost' });
    await telefoon.getByLabel('Wilt u nog iets toelichten?').fill('Bel mij op 06-12345678 als u meer wilt weten.');
    await telefoon.getByRole('button', { name: 'Verstuur mijn antwoord' }).click();
    await telefoon.getByText(/lijkt persoonsgegevens te bevatten/).waitFor();
  }, 60_000);

  it('laat de coördinator de teksten beoordelen: de tekst met een telefoonnummer kan alleen worden afgewezen', async () => {
    await coordinator.goto(`${basis}/inwoners`);
    const moderatie = coordinator.getByRole('region', { name: 'Teksten beoordelen' });
    await moderatie.getByText('Bel mij op [telefoonnummer] als u meer wilt weten.').waitFor();
    await moderatie.getByText(/Tegengehouden: de tekst lijkt persoonsgegevens te bevatten \(telefoonnummer\)/).waitFor();
    expect(await moderatie.getByRole('button', { name: /Goedkeuren/ }).count()).toBe(1);
    await b.controleer(coordinator, '05-moderatie');
    const telefoonItem = moderatie.getByRole('listitem').filter({ hasText: '[telefoonnummer]' });
    await telefoonItem.getByRole('button', { name: /Afwijzen/ }).click();
    await moderatie.getByText('De tekst is afgewezen en gewist.').waitFor();
    await moderatie.getByRole('button', { name: /Goedkeuren/ }).click();
    await moderatie.getByText('Er zijn geen teksten te beoordelen.').waitFor();
  });

  it('toont op de themapagina de aantallen per wijk naast de politiecijfers', async () => {
    await coordinator.goto(`${basis}/secties/thema-1.3`);
    const inwoners = coordinator.getByRole('region', { name: 'Wat inwoners zeggen' });
    await inwoners.getByText(/2 antwoorden op ‘Waar heeft u last van in uw buurt\?’ noemden dit thema/).waitFor();
    await inwoners.getByRole('img', { name: /Wijk 01 Wezep: 2/ }).waitFor();
    const rij = inwoners.getByRole('row', { name: /Wijk 01 Wezep/ });
    await rij.getByRole('cell', { name: '2', exact: true }).waitFor();
    await rij.getByRole('cell', { name: 'geen cijfers' }).waitFor();
    expect(await coordinator.getByText('06-12345678').count()).toBe(0);
    await b.controleer(coordinator, '06-thema-1366');
    await coordinator.setViewportSize({ width: 390, height: 844 });
    await b.controleer(coordinator, '07-thema-390');
    await coordinator.setViewportSize({ width: 1366, height: 900 });
    await coordinator.goto(`${basis}/secties/thema-3.1`);
    await coordinator.getByRole('region', { name: 'Wat inwoners zeggen' }).getByText('Bij het winkelcentrum hangen ’s avonds groepen jongeren rond.').waitFor();
  });

  it('toont de wijk met politiecijfers, inwoners en raadplegingen naast elkaar', async () => {
    await coordinator.goto(`${basis}/wijken`);
    await coordinator.getByText(/nog geen politiecijfers per wijk/).waitFor();
    await b.controleer(coordinator, '08-wijken');
    await coordinator.getByRole('link', { name: 'Wijk 01 Wezep' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Wijk 01 Wezep' }).waitFor();
    await coordinator.getByRole('row', { name: /1\.3 Objectieve veiligheid/ }).waitFor();
    await b.controleer(coordinator, '09-wijk-1366');
    await coordinator.setViewportSize({ width: 390, height: 844 });
    await b.controleer(coordinator, '10-wijk-390');
    expect(fouten).toEqual([]);
  });
});
