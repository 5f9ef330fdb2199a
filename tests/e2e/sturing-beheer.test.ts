/**
 * Browser journey "sturing" (step 6) in Debian's Chromium, on the demo workspace: the coordinator adds
 * an effect indicator to a priority from a knowledge-base suggestion, typing Dutch numbers
 * ("28,8%", "27,5 (tussendoel)"); a wrong value ("veel") is refused at its field; then records a
 * measurement. The coordinator makes the minutes of a progress meeting from the generated agenda.
 * The partner sets one of her measures to "Vertraagd" on "Mijn voortgang", and the coordinator sees
 * the alert under Meldingen. axe-core runs on every page (no serious or critical violations).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

const WERKRUIMTE = 'Integraal Veiligheidsplan Dijkstede 2027-2030';

describe.skipIf(!hasChromium)('Sturing in de browser: indicatoren, voortgangsoverleg, mijn voortgang en meldingen', () => {
  const b = browserOmgeving({ schermafdruk: 'sturing-', context: { viewport: { width: 1280, height: 900 } }, timeout: 10_000 });
  let coordinator: Page;
  let basis = '';
  const consolefouten: string[] = [];

  beforeAll(async () => {
    coordinator = await b.aangemeld('Carla Coördinator', consolefouten);
    await coordinator.getByRole('link', { name: WERKRUIMTE }).click();
    await coordinator.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(coordinator.url()).pathname;
  });

  it('voegt een indicator toe vanuit de kennisbank; Nederlandse getallen worden begrepen, "veel" geweigerd bij het veld', async () => {
    const page = coordinator;
    await page.goto(`${basis}/indicatoren#prioriteit-p1`);
    await page.getByRole('heading', { level: 1, name: 'Stap 6: indicatoren' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Prioriteit: Ondermijning en drugscriminaliteit' }).waitFor();
    // The plan check links here: the priority is where the page lands.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('prioriteit-p1');
    await b.controleer(page, '01-indicatoren');

    await page.getByRole('button', { name: 'Indicator toevoegen bij Ondermijning en drugscriminaliteit' }).click();
    await page.getByRole('heading', { name: 'Suggesties uit de kennisbank' }).waitFor();
    await page.getByRole('button', { name: 'Overnemen: Ervaren drugsoverlast in de buurt' }).click();
    const naam = page.getByRole('textbox', { name: 'Naam van de indicator' });
    expect(await naam.inputValue()).toBe('Ervaren drugsoverlast in de buurt');
    await expect.poll(() => naam.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByLabel('Bron', { exact: true }).inputValue()).toBe('veiligheidsmonitor');
    expect(await page.getByLabel('Subjectief (beleving, oordeel van inwoners)').isChecked()).toBe(true);

    await page.getByLabel('Eenheid').selectOption('percentage');
    await page.getByLabel('lager is beter').check();
    await page.getByRole('textbox', { name: 'Referentiejaar' }).fill('2024');
    await page.getByRole('textbox', { name: 'Referentiewaarde' }).fill('28,8%');
    await page.getByText('Begrepen als 28,8 %.').waitFor();
    const streef2027 = page.getByRole('textbox', { name: 'Streefwaarde 2027' });
    await streef2027.fill('veel');
    await streef2027.press('Tab');
    // The reason is at the field and tied to it.
    const reden = '‘veel’ is geen getal. Vul een getal in, bijvoorbeeld 1.630 of 7,5.';
    await page.getByText(reden, { exact: true }).waitFor();
    // Leaving the field is not submitting: no error summary yet.
    expect(await page.getByRole('link', { name: `Streefwaarde 2027: ${reden}` }).count()).toBe(0);
    expect(await streef2027.getAttribute('aria-invalid')).toBe('true');
    const beschreven = (await streef2027.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${beschreven.split(' ').at(-1)}"]`).innerText()).toContain(reden);
    await page.getByRole('textbox', { name: 'Streefwaarde 2028' }).fill('27,5 (tussendoel)');
    await page.getByText('Begrepen als 27,5 %.').waitFor();
    await page.getByRole('textbox', { name: 'Streefwaarde 2030' }).fill('25');
    await page.getByLabel('Eigenaar').selectOption({ label: 'Priya Partner (Politie basisteam Dijkstede)' });
    await page.getByRole('button', { name: 'Indicator opslaan' }).click();
    // Not saved: the error summary names the field.
    await page.getByRole('alert').getByRole('link', { name: `Streefwaarde 2027: ${reden}` }).waitFor();
    await b.controleer(page, '02-indicator-fout');

    await streef2027.fill('28');
    await page.getByRole('button', { name: 'Indicator opslaan' }).click();
    await page.getByText('De indicator ‘Ervaren drugsoverlast in de buurt’ is toegevoegd.').waitFor();
    const kaart = page.locator('article', { has: page.getByRole('heading', { level: 3, name: 'Ervaren drugsoverlast in de buurt' }) });
    await kaart.getByRole('cell', { name: '28,8 %' }).waitFor();
    await kaart.getByRole('cell', { name: '27,5 %' }).waitFor();
    await kaart.getByText('Priya Partner').waitFor();
    // The server stored the numbers, not the texts.
    const opgeslagen = await page.evaluate(async (b) => {
      const d = (await (await fetch(`/api/v1${b}/indicatoren`)).json()) as { indicatoren: { naam: string; referentiewaarde: number; streefwaarden: { jaar: number; waarde: number }[] }[] };
      return d.indicatoren.find((i) => i.naam === 'Ervaren drugsoverlast in de buurt');
    }, basis);
    expect(opgeslagen?.referentiewaarde).toBe(28.8);
    expect(opgeslagen?.streefwaarden).toEqual([
      { jaar: 2027, waarde: 28 },
      { jaar: 2028, waarde: 27.5 },
      { jaar: 2030, waarde: 25 },
    ]);

    await kaart.getByRole('button', { name: 'Meting vastleggen voor Ervaren drugsoverlast in de buurt' }).click();
    await kaart.getByRole('textbox', { name: 'Periode' }).fill('2027-K2');
    await kaart.getByRole('textbox', { name: 'Waarde', exact: true }).fill('27,9 %');
    await kaart.getByRole('textbox', { name: 'Toelichting (optioneel)' }).fill('Tussenmeting inwonerspanel');
    await kaart.getByRole('button', { name: 'Meting opslaan voor Ervaren drugsoverlast in de buurt' }).click();
    await kaart.getByText(/^Meting over 2027-K2 vastgelegd: 27,9\s%\. Status: Op koers\./).waitFor();
    await kaart.getByRole('rowheader', { name: '2027 kwartaal 2' }).waitFor();
    await b.controleer(page, '03-indicator-met-meting');
  }, 90_000);

  it('maakt in het voortgangsoverleg een verslag met de gegenereerde agenda en slaat het op', async () => {
    const page = coordinator;
    await page.goto(`${basis}/voortgangsoverleg`);
    await page.getByRole('heading', { level: 1, name: 'Stap 6: voortgangsoverleg' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wie moet nog bijwerken' }).waitFor();
    await b.controleer(page, '04-overleg');

    // The last meeting on offer has no minutes yet.
    const keuze = page.getByLabel('Agenda voor het overleg van');
    const laatste = await keuze.locator('option').last().getAttribute('value');
    await keuze.selectOption(laatste!);
    await page.getByRole('heading', { level: 3, name: /^Agenda \d+ \w+ \d{4}$/ }).waitFor();
    await page.getByText(/Indicator 'Woninginbraken' loopt achter/).first().waitFor();
    await page.getByRole('button', { name: 'Nieuw verslag met deze agenda' }).click();
    const verslag = page.locator('details[open]', { has: page.getByRole('heading', { level: 3 }) }).first();
    const notulen = verslag.getByRole('textbox', { name: 'Notulen' });
    await expect.poll(() => notulen.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await verslag.getByRole('textbox', { name: 'Agenda' }).inputValue()).toMatch(/^1\. Opening en vaststellen van de agenda\n/);
    await notulen.fill('Aanwezig: coördinator, politie basisteam, team Jeugd. Besproken: de woninginbraken in de Molenwijk.');
    await verslag.getByRole('button', { name: 'Besluit toevoegen' }).click();
    await verslag.getByRole('textbox', { name: 'Besluit 1' }).fill('Extra surveillance in de Molenwijk tot het einde van het jaar.');
    await verslag.getByRole('button', { name: 'Actie toevoegen' }).click();
    await verslag.getByRole('textbox', { name: 'Wat' }).fill('Wijkschouw Molenwijk plannen');
    await verslag.getByRole('textbox', { name: 'Wie' }).fill('Team OOV');
    await page.getByRole('button', { name: 'Voortgangsoverleg opslaan' }).click();
    await page.getByText(/^Opgeslagen om .*versie 2\.$/).waitFor();
    await b.controleer(page, '05-overleg-verslag');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Stap 6: voortgangsoverleg' }).waitFor();
    expect(await page.locator('details[open]').getByRole('textbox', { name: 'Notulen' }).inputValue()).toContain('woninginbraken in de Molenwijk');
  }, 60_000);

  it('zet als partner een eigen maatregel op "Vertraagd", met toelichting', async () => {
    const page = await b.aangemeld('Priya Partner', consolefouten);
    await page.goto(`${basis}/mijn-voortgang`);
    await page.getByRole('heading', { level: 1, name: 'Mijn voortgang' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mijn maatregelen' }).waitFor();
    // Her own indicator, with the measurement form.
    await page.getByRole('heading', { level: 3, name: 'Woninginbraken' }).waitFor();
    await b.controleer(page, '06-mijn-voortgang');

    const maatregel = page.locator('article', { has: page.getByRole('heading', { level: 3, name: 'Convenant woonoverlast' }) });
    await maatregel.getByLabel('Status').selectOption({ label: 'Vertraagd' });
    await maatregel.getByRole('button', { name: 'Voortgang opslaan (Convenant woonoverlast)' }).click();
    await maatregel.getByText('Licht toe waarom de maatregel vertraagd is en wat de nieuwe planning is.').waitFor();
    await maatregel.getByRole('textbox', { name: 'Toelichting' }).fill('De woningcorporatie tekent het convenant pas na de zomer.');
    await maatregel.getByRole('button', { name: 'Voortgang opslaan (Convenant woonoverlast)' }).click();
    await maatregel.getByText('De voortgang van ‘Convenant woonoverlast’ is opgeslagen: Vertraagd.').waitFor();
    await maatregel.getByText(/^Vertraagd sinds /).waitFor();
    await b.controleer(page, '07-mijn-voortgang-vertraagd');
  }, 60_000);

  it('laat de coördinator het signaal zien onder Meldingen, met een link naar de maatregel', async () => {
    const page = coordinator;
    await page.goto('/werkruimtes');
    const link = page.getByRole('link', { name: /^Meldingen \(\d+ nieuw\)$/ });
    const nieuw = Number(/\((\d+) nieuw\)/.exec(await link.innerText())![1]);
    expect(nieuw).toBeGreaterThanOrEqual(1);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const melding = page.getByRole('listitem').filter({ hasText: "Maatregel 'Convenant woonoverlast' (uitvoeringsplan 2027) is vertraagd: De woningcorporatie tekent het convenant pas na de zomer." });
    await melding.getByText('Signaal', { exact: true }).waitFor();
    await b.controleer(page, '08-meldingen');

    await melding.getByRole('button', { name: /^Markeer als gelezen/ }).click();
    await page.getByText('De melding is als gelezen gemarkeerd.').waitFor();
    await page.getByRole('link', { name: nieuw === 1 ? 'Meldingen' : `Meldingen (${nieuw - 1} nieuw)`, exact: true }).waitFor();
    await melding.getByRole('link', { name: /^Bekijken/ }).click();
    await page.waitForURL(/\/uitvoeringsplan\?jaar=2027#maatregel-m8$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('maatregel-m8');
    expect(consolefouten).toEqual([]);
  }, 60_000);
});
