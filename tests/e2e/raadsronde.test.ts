/**
 * The council round of step 3 (issue 15, point 1), in Debian's Chromium: the coordinator opens a
 * prioritisation round from the priorities page with the candidate themes of the analysis; three
 * council members, each in a browser context of their own (one on a phone), read the proposal and
 * rank the candidates with an argument per choice; the coordinator's presentation mode walks through
 * the themes with the keyboard and its result screen updates live while they submit; the coordinator
 * closes the round and carries the outcome into the priorities (the method's maximum of 4 is
 * explained when too many themes are chosen), and the priorities page then shows it.
 * axe-core (WCAG 2.x A/AA) on every new page at 1366 and 390 px: no serious or critical violations.
 * The journey runs on the embedded database and, with DATABASE_URL, also on PostgreSQL (where the live
 * announcements go through LISTEN/NOTIFY). Screenshots: /tmp/e2e-shots/raadsronde-*.png.
 */
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium, volgFouten } from '../support/browser.ts';
import { vereist } from '../support/vereist.ts';

const WACHTWOORD = 'Kernplan-demo-2026';
const WERKRUIMTE = 'Integraal Veiligheidsplan Dijkstede 2027-2030';
const TELEFOON = { width: 390, height: 844 };
const BREED = { width: 1366, height: 900 };
/** The candidates of the demo analysis that are not yet a priority, in the order of the method. */
const KANDIDATEN = [
  ['1.4', 'Subjectieve veiligheid'],
  ['2.3', 'Veilig uitgaan'],
  ['4.4', 'Rampenbestrijding en crisisbeheersing'],
  ['5.3', 'Weerbare overheid/weerbaar bestuur'],
] as const;
const RAADSLEDEN = ['raad@demo.kernplan.nl', 'raadslid2@demo.kernplan.nl', 'raadslid3@demo.kernplan.nl'];
// One walk, on PostgreSQL where the run has it (production), else on the embedded database; the
// concurrency of submissions over two processes is tested in tests/prioriteringsronde-processen.test.ts.
const kinds = vereist('DATABASE_URL') ? (['postgresql'] as const) : (['pglite'] as const);

describe.skipIf(!hasChromium).each(kinds)('een prioriteringsronde met drie raadsleden (%s)', (kind) => {
  const b = browserOmgeving({ database: kind, schermafdruk: kind === 'pglite' ? 'raadsronde-' : `raadsronde-${kind}-`, context: { viewport: BREED, acceptDownloads: true }, timeout: 15_000 });
  let coordinator: Page;
  let basis = '';
  let rondePad = '';
  const raadsleden: Page[] = [];
  const fouten: string[] = [];

  /** Signs in on a device of one's own with e-mail address and password (as a council member would). */
  const aanmeldenAls = async (email: string, viewport = BREED): Promise<Page> => {
    const page = await b.nieuwePagina({ viewport });
    volgFouten(page, fouten, { naam: email });
    await page.goto('/aanmelden');
    await page.locator('#aanmeld-email').fill(email);
    await page.locator('#aanmeld-wachtwoord').fill(WACHTWOORD);
    await page.locator('#aanmeld-wachtwoord').press('Enter');
    await page.waitForURL(/\/werkruimtes$/);
    return page;
  };

  /** axe, no sideways scrolling and a screenshot at 390 px, then back to the page's own width. */
  const opTelefoon = async (page: Page, naam: string) => {
    const was = page.viewportSize() ?? BREED;
    await page.setViewportSize(TELEFOON);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), naam).toBeLessThanOrEqual(TELEFOON.width);
    await b.controleer(page, naam);
    await page.setViewportSize(was);
  };

  beforeAll(async () => {
    coordinator = await b.aangemeld('Carla Coördinator', fouten);
    await coordinator.getByRole('link', { name: WERKRUIMTE }).click();
    await coordinator.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(coordinator.url()).pathname;
  });

  it('opent vanaf stap 3 een ronde met de kandidaat-thema\'s van de analyse', async () => {
    await coordinator.goto(`${basis}/prioriteiten`);
    await coordinator.getByRole('link', { name: 'prioriteringsronde met de raad' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Prioriteringsrondes' }).waitFor();
    await coordinator.getByText('De methode Kernbeleid Veiligheid raadt aan de prioriteiten bij voorkeur samen met de gemeenteraad te kiezen.', { exact: false }).waitFor();

    // Preselected: the candidates of the conclusions per veld that are not yet a priority.
    const chips = coordinator.getByRole('list', { name: "Gekozen thema's van de ronde" }).getByRole('listitem');
    await chips.first().waitFor();
    expect(await chips.allInnerTexts()).toEqual(KANDIDATEN.map(([id, naam]) => expect.stringContaining(`${id} ${naam}`)));
    expect(await coordinator.locator('#ronde-groep-raad').isChecked()).toBe(true);
    await b.controleer(coordinator, '01-rondes-1366');
    await opTelefoon(coordinator, '02-rondes-390');

    // Without a name the form says what is missing.
    await coordinator.getByRole('button', { name: 'Ronde openen' }).click();
    await coordinator.getByRole('link', { name: 'Naam: Geef de ronde een naam.' }).waitFor();

    await coordinator.getByLabel('Naam van de ronde').fill('Prioritering met de commissie Bestuur');
    await coordinator.getByLabel('Datum van de bijeenkomst').fill('2027-01-14');
    await coordinator.getByLabel('Argument bij 5.3 Weerbare overheid/weerbaar bestuur').fill('Ondermijning raakt ook het bestuur: vergunningen en integriteit zijn kwetsbaar.');
    await coordinator.getByLabel('Argument bij 1.4 Subjectieve veiligheid').fill('Inwoners van de Molenwijk voelen zich minder veilig dan elders.');
    await coordinator.getByRole('button', { name: 'Ronde openen' }).click();
    await coordinator.waitForURL(/\/prioriteringsrondes\/[0-9a-f-]{36}$/);
    rondePad = new URL(coordinator.url()).pathname;
    await coordinator.getByRole('heading', { level: 1, name: 'Prioritering met de commissie Bestuur' }).waitFor();
    await coordinator.getByText('0 van de 3 deelnemers hebben ingestuurd.').first().waitFor();
    await coordinator.getByRole('heading', { level: 3, name: '5.3 Weerbare overheid/weerbaar bestuur' }).waitFor();
    await b.controleer(coordinator, '03-ronde-coordinator-1366');

    // The proposal as Word, for the council's papers.
    const [download] = await Promise.all([coordinator.waitForEvent('download'), coordinator.getByRole('link', { name: 'Download het voorstel als Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(await download.failure()).toBeNull();
  });

  it('toont het voorstel in de presentatie, één thema per scherm, met het toetsenbord', async () => {
    await coordinator.getByRole('link', { name: 'Presentatie starten' }).click();
    await coordinator.waitForURL(/\/presentatie$/);
    const plek = coordinator.locator('.kp-presentatie__plek');
    const kop = coordinator.getByRole('heading', { level: 2 });
    await plek.getByText('Thema 1 van 4').waitFor();
    await kop.getByText('1.4 Subjectieve veiligheid').waitFor();
    await coordinator.getByText('Inwoners van de Molenwijk voelen zich minder veilig dan elders.').waitFor();
    await b.controleer(coordinator, '04-presentatie-thema-1366');
    await opTelefoon(coordinator, '05-presentatie-thema-390');

    await coordinator.keyboard.press('ArrowRight');
    await plek.getByText('Thema 2 van 4').waitFor();
    await kop.getByText('2.3 Veilig uitgaan').waitFor();
    await coordinator.keyboard.press('Space');
    await plek.getByText('Thema 3 van 4').waitFor();
    await coordinator.keyboard.press('PageDown');
    await plek.getByText('Thema 4 van 4').waitFor();
    await kop.getByText('5.3 Weerbare overheid/weerbaar bestuur').waitFor();
    await coordinator.keyboard.press('ArrowLeft');
    await plek.getByText('Thema 3 van 4').waitFor();
    await coordinator.keyboard.press('Home');
    await plek.getByText('Thema 1 van 4').waitFor();
    await coordinator.getByRole('button', { name: 'Volgende' }).click();
    await plek.getByText('Thema 2 van 4').waitFor();
    await coordinator.keyboard.press('End');
    await plek.getByText('Uitkomst').waitFor();
    await coordinator.getByText('0 van de 3 deelnemers hebben ingestuurd.').waitFor();
  });

  it('drie raadsleden rangschikken op hun eigen apparaat, met een argument per keuze; de uitkomst in de zaal loopt live mee', async () => {
    const argumenten: Record<string, string>[] = [
      { '5.3': 'De haven maakt ons kwetsbaar voor ondermijning.', '1.4': 'Veiligheidsgevoel in de wijken blijft achter.', '2.3': 'Het uitgaansgebied loopt goed.', '4.4': 'Is goed belegd bij de Veiligheidsregio.' },
      { '5.3': 'Integriteit van het bestuur gaat voor.', '4.4': 'Crisisorganisatie moet beter opgeleid.', '1.4': 'Belangrijk, maar minder urgent.', '2.3': 'Geen grote problemen.' },
      { '5.3': 'Weerbaar bestuur is de basis.', '2.3': 'Overlast in het weekend neemt toe.', '1.4': 'Vraagt vooral communicatie.', '4.4': 'Regionaal geregeld.' },
    ];
    // Each puts 5.3 on top; the second and third also move one more theme up.
    for (const [i, email] of RAADSLEDEN.entries()) {
      const telefoon = i === 2;
      const page = await aanmeldenAls(email, telefoon ? TELEFOON : BREED);
      raadsleden.push(page);
      // A council member opens the round directly (he has no right to read the cycle in progress).
      await page.goto(rondePad);
      await page.getByRole('heading', { level: 1, name: 'Prioritering met de commissie Bestuur' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Uw keuze' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Afronden' }).count()).toBe(0);
      await page.getByText('hier ziet u hem zodra de ronde gesloten is', { exact: false }).waitFor();

      const hoger53 = page.getByRole('button', { name: 'Hoger: 5.3 Weerbare overheid/weerbaar bestuur' });
      if (i === 0) {
        // With the keyboard only: the focus stays on the moved theme, also when it reaches the top.
        await hoger53.focus();
        for (let n = 0; n < 3; n++) await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('keuze-5-3-lager');
        await page.getByRole('status').getByText('5.3 Weerbare overheid/weerbaar bestuur staat nu op plaats 1 van 4.').waitFor({ state: 'attached' });
      } else {
        for (let n = 0; n < 3; n++) await hoger53.click();
      }
      if (i === 1) for (let n = 0; n < 2; n++) await page.getByRole('button', { name: 'Hoger: 4.4 Rampenbestrijding en crisisbeheersing' }).click();
      if (i === 2) await page.getByRole('button', { name: 'Hoger: 2.3 Veilig uitgaan' }).click();
      const volgorde = await page.locator('.kp-keuze__naam').allInnerTexts();
      expect(volgorde[0]).toContain('5.3 Weerbare overheid');
      for (const [themaId, tekst] of Object.entries(argumenten[i]!)) await page.locator(`#keuze-${themaId.replace('.', '-')}-argument`).fill(tekst);

      if (i === 0) await b.controleer(page, '06-ronde-raadslid-1366');
      if (telefoon) {
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TELEFOON.width);
        await b.controleer(page, '07-ronde-raadslid-390');
      }

      if (i === 2) {
        // Personal data in an argument: the page names it and lets him send anyway.
        await page.locator('#keuze-4-4-argument').fill('Regionaal geregeld, zie mail van j.jansen@dijkstede.nl.');
        await page.getByRole('button', { name: 'Mijn keuze insturen' }).click();
        await page.getByText('Staan er persoonsgegevens in uw argumenten?').waitFor();
        await page.locator('#keuze-4-4-argument').fill(argumenten[i]!['4.4']!);
      }
      await page.getByRole('button', { name: 'Mijn keuze insturen' }).click();
      await page.getByText(/^Uw keuze is ingestuurd om \d{2}:\d{2}\./).waitFor();
      await page.getByRole('button', { name: 'Mijn keuze opnieuw insturen' }).waitFor();

      // The room sees the result move: the coordinator's result screen updates without reloading.
      await coordinator.getByText(`${i + 1} van de 3 deelnemers ${i === 0 ? 'heeft' : 'hebben'} ingestuurd.`).waitFor();
    }
    const eerste = coordinator.locator('.kp-staaf').first();
    await eerste.getByText('5.3 Weerbare overheid/weerbaar bestuur').waitFor();
    await eerste.getByText(/^12 punten/).waitFor();
    await coordinator.getByText('De haven maakt ons kwetsbaar voor ondermijning.').waitFor();
    await b.controleer(coordinator, '08-presentatie-uitkomst-1366');
    await opTelefoon(coordinator, '09-presentatie-uitkomst-390');
  });

  it('toont een raadslid de rondes waarin hij meedoet', async () => {
    const rosa = raadsleden[0]!;
    await rosa.goto(`${basis}/prioriteringsrondes`);
    await rosa.getByRole('heading', { level: 2, name: 'Rondes waarin u meedoet' }).waitFor();
    await rosa.getByRole('link', { name: 'Prioritering met de commissie Bestuur' }).waitFor();
    await rosa.getByText('U hebt uw keuze ingestuurd.').waitFor();
    expect(await rosa.getByRole('heading', { name: 'Een ronde openen' }).count()).toBe(0);
    await b.controleer(rosa, '10-rondes-raadslid-1366');
    await opTelefoon(rosa, '11-rondes-raadslid-390');
  });

  it('sluit de ronde en neemt de uitkomst over in de prioriteiten, binnen het maximum van de methode', async () => {
    await coordinator.keyboard.press('Escape');
    await coordinator.waitForURL((u) => u.pathname === rondePad);
    await coordinator.getByRole('heading', { level: 2, name: 'Uitkomst tot nu toe' }).waitFor();
    expect(await coordinator.locator('.kp-deelnemer--klaar').count()).toBe(3);
    await b.controleer(coordinator, '12-ronde-uitkomst-1366');
    await opTelefoon(coordinator, '13-ronde-uitkomst-390');

    await coordinator.getByRole('button', { name: 'Ronde sluiten' }).click();
    await coordinator.getByText('De ronde is gesloten. Niemand kan zijn keuze nog insturen of aanpassen.').waitFor();

    // The demo plan has 3 priorities: the default takes over only the winner (the method allows 4).
    await coordinator.getByText('U kunt er nog 1 bij nemen.', { exact: false }).waitFor();
    const winnaar = coordinator.getByRole('checkbox', { name: /5\.3 Weerbare overheid\/weerbaar bestuur/ });
    expect(await winnaar.isChecked()).toBe(true);
    const checked = await coordinator.locator('form input[type=checkbox][id^="overname-"]:checked').count();
    expect(checked).toBe(1);

    // Two more than room: the server refuses, and the page says why in plain words.
    await coordinator.locator('form input[type=checkbox][id^="overname-"]:not(:checked)').first().check();
    await coordinator.getByRole('button', { name: 'Overnemen in de prioriteiten' }).click();
    await coordinator.getByRole('alert').getByText(/De methode staat hooguit 4 prioriteiten toe en er zijn er nu 3\./).waitFor();
    await coordinator.locator('form input[type=checkbox][id^="overname-"]:checked:not(#overname-5-3)').uncheck();

    await coordinator.getByRole('button', { name: 'Overnemen in de prioriteiten' }).click();
    await coordinator.getByText('De uitkomst is overgenomen: 5.3 Weerbare overheid/weerbaar bestuur is nu een prioriteit.', { exact: false }).waitFor();
    await coordinator.getByText('De uitkomst van deze ronde is overgenomen in de prioriteiten.').waitFor();

    await coordinator.getByRole('link', { name: 'Naar de prioriteiten' }).first().click();
    await coordinator.waitForURL((u) => u.pathname === `${basis}/prioriteiten`);
    await expect.poll(() => coordinator.getByLabel('Titel van prioriteit 4').inputValue()).toBe('Weerbare overheid/weerbaar bestuur');
  });

  it('laat het raadslid na afloop de uitkomst en zijn eigen keuze zien', async () => {
    const rosa = raadsleden[0]!;
    await rosa.goto(rondePad);
    await rosa.getByText('De uitkomst van deze ronde is overgenomen in de prioriteiten.').waitFor();
    await rosa.getByRole('heading', { level: 2, name: 'Uitkomst' }).waitFor();
    await rosa.getByRole('table').getByText('5.3 Weerbare overheid/weerbaar bestuur').waitFor();
    expect(await rosa.getByRole('button', { name: /Mijn keuze/ }).count()).toBe(0);
    await b.controleer(rosa, '14-ronde-afgerond-raadslid-1366');
    expect(fouten).toEqual([]);
  });

  it('zet het verslag van de ronde in het IVP, naast hoofdstuk 4 met de indicatoren en de bijlage met streefwaarden', async () => {
    const antwoord = await coordinator.request.get(`/api/v1${basis}/documenten/ivp.docx`);
    expect(antwoord.status()).toBe(200);
    const xml = await (await JSZip.loadAsync(await antwoord.body())).file('word/document.xml')!.async('string');
    const tekst = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
    // Chapter 4: per priority its indicators with reference and targets; the new priority has none yet.
    expect(tekst).toContain('Effectindicatoren en streefwaarden');
    expect(tekst).toContain('Effectindicatoren: Veilige en leefbare wijken');
    expect(tekst).toContain('(eindstreefwaarde)');
    expect(tekst).toContain('Weerbare overheid/weerbaar bestuur');
    expect(tekst).toContain('Nog geen effectindicatoren.');
    // The annexes: the targets table, then the record of the round with who took part and what they said.
    expect(tekst).toMatch(/Bijlage 1\s*Streefwaarden/);
    expect(tekst).toMatch(/Bijlage 2\s*Verslag van de prioritering/);
    expect(tekst).toContain('Prioriteringsronde: Prioritering met de commissie Bestuur');
    expect(tekst).toContain('Op 14 januari 2027 legde de coördinator 4 kandidaat-thema');
    expect(tekst).toContain('Rosa Raadslid');
    expect(tekst).toContain('Overgenomen als prioriteit: 5.3');
  });
});
