/**
 * Browser journey "beleidscyclus" in Debian's Chromium: the coordinator creates a workspace, fills the
 * analysis of two themes, sets three priorities (a fifth is refused), writes the IVP, adds two
 * measures to the uitvoeringsplan, has the IVP adopted by the Raad and downloads it as Word; the Word
 * file holds the seven chapter headings and the three priorities. The council member then sees only
 * the adopted version. axe-core runs on every page of the cycle (no serious or critical violations).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ivpHoofdstukken } from '../../src/domain/cyclus/methode.ts';
import { aanmelden, browserOmgeving, hasChromium } from '../support/browser.ts';
import { vereist } from '../support/vereist.ts';

const PRIORITEITEN = ['Ondermijning aanpakken', 'Veilige wijken', 'Jeugd en veiligheid'];

/** The journey runs on the embedded database, and with DATABASE_URL also on a fresh PostgreSQL database. */
const kinds = vereist('DATABASE_URL') ? (['pglite', 'postgresql'] as const) : (['pglite'] as const);

/** Replaces the text of an editor that is written together, and waits until the server has stored it. */
async function schrijf(editor: Locator, tekst: string): Promise<void> {
  await editor.click();
  await editor.press('Control+a');
  await editor.pressSequentially(tekst);
  const stand = editor.locator('xpath=ancestor::div[contains(@class, "kp-editor")][1]').locator('.kp-editor__stand');
  await expect.poll(() => stand.innerText(), { timeout: 5000 }).toMatch(/^Opgeslagen \d\d:\d\d$/);
}

describe.skipIf(!hasChromium).each(kinds)('De beleidscyclus in de browser (%s): van werkruimte tot vastgesteld IVP in Word', (kind) => {
  const b = browserOmgeving({ database: kind, schermafdruk: `cyclus-${kind}-`, context: { viewport: { width: 1280, height: 900 }, acceptDownloads: true }, timeout: 10_000 });
  let page: Page;
  let basis = '';
  const consolefouten: string[] = [];
  const controleer = (naam: string) => b.controleer(page, naam);

  beforeAll(async () => {
    page = await b.nieuwePagina();
    page.on('pageerror', (err) => consolefouten.push(err.message));
  });

  it('maakt een werkruimte met gemeente en planperiode', async () => {
    await aanmelden(page, 'Carla Coördinator');
    await page.getByLabel('Naam').fill('Integraal Veiligheidsplan Utrecht 2027-2030');
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Utrecht (GM0344)' });
    await page.getByLabel('Van (jaar)').fill('2027');
    await page.getByLabel('Tot en met (jaar)').fill('2030');
    await page.getByRole('button', { name: 'Werkruimte aanmaken' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Integraal Veiligheidsplan Utrecht 2027-2030' }).waitFor();
    // The step navigation is on the workspace page too, with each step's state; a new plan is never late on day one.
    const stappen = page.getByRole('navigation', { name: 'Stappen van de beleidscyclus' });
    await expect.poll(() => stappen.getByText('(niet gestart)').count()).toBe(6);
    expect(await stappen.getByText(/over de planning/).count()).toBe(0);
    await controleer('01-werkruimte');
  });

  it('vult de analyse van twee thema\'s, met cijfers en een methode uit de catalogus', async () => {
    await page.goto(`${basis}/secties/thema-5.2`);
    await schrijf(page.getByRole('textbox', { name: 'Problematiek' }), 'Signalen van ondermijning op twee bedrijventerreinen; vastgoed met onduidelijke eigenaren.');
    await page.getByLabel('Omschrijving').fill('Integrale controles');
    await page.getByLabel('Waarde').fill('6');
    await page.getByLabel('Jaar of periode').fill('2024');
    await page.getByLabel('Bron', { exact: true }).fill('RIEC');
    await page.getByRole('button', { name: 'Cijfer toevoegen' }).click();
    // Added is saved: leave the page at once (in the app) and come back, the figure is there.
    await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link').last().click();
    await page.waitForURL((u) => !u.pathname.includes('/secties/'));
    await page.goto(`${basis}/secties/thema-5.2`);
    await page.getByRole('cell', { name: 'Integrale controles' }).first().waitFor();
    await schrijf(page.getByRole('textbox', { name: 'Huidige aanpak' }), 'Bibob-toets bij vergunningen en controles met de partners.');
    await page.getByLabel('Methode uit de catalogus (optioneel)').selectOption({ label: 'Keurmerk Veilig Ondernemen' });
    await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    await page.getByText(/^De maatregel "Keurmerk Veilig Ondernemen" is opgeslagen om/).waitFor();
    // Nothing is left to save: no save button, and after a reload everything is there.
    expect(await page.getByRole('button', { name: 'Aanpak opslaan' }).count()).toBe(0);
    await page.reload();
    await page.getByRole('cell', { name: 'Integrale controles' }).first().waitFor();
    await page.getByText('Keurmerk Veilig Ondernemen').first().waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Huidige aanpak' }).innerText(), { timeout: 10_000 }).toBe('Bibob-toets bij vergunningen en controles met de partners.');
    await page.getByRole('heading', { name: 'Wat de kennisbank noemt' }).waitFor();
    await controleer('02-analyse-thema');

    await page.goto(`${basis}/secties/thema-1.3`);
    await schrijf(page.getByRole('textbox', { name: 'Problematiek' }), 'Woninginbraken concentreren zich in twee wijken.');
  });

  it('kiest drie prioriteiten; bij vier zegt één melding dat dat het maximum is en kan er geen vijfde bij', async () => {
    await page.goto(`${basis}/prioriteiten`);
    await page.getByRole('heading', { level: 1, name: 'Stap 3: prioriteiten' }).waitFor();
    const themasPer: string[][] = [['5.2'], ['1.3'], ['3.1']];
    for (const [i, titel] of PRIORITEITEN.entries()) {
      await page.getByLabel('Nieuwe prioriteit').fill(titel);
      await page.getByRole('button', { name: 'Prioriteit toevoegen' }).click();
      for (const t of themasPer[i]!) await page.locator(`[id="prioriteit-${i}-thema-${t}"]`).check();
    }
    await controleer('03-prioriteiten');
    expect(await page.locator('#prioriteiten-maximum').count()).toBe(0);
    await page.getByLabel('Nieuwe prioriteit').fill('Cybercrime');
    await page.getByRole('button', { name: 'Prioriteit toevoegen' }).click();
    await page.locator('[id="prioriteit-3-thema-5.4"]').check();
    // At four: one message, before anything is saved, and no way to add a fifth.
    await page.locator('#prioriteiten-maximum').getByText(/4 prioriteiten is het maximum van de methode/).waitFor();
    await page.getByLabel('Nieuwe prioriteit').fill('Brandveiligheid');
    expect(await page.getByRole('button', { name: 'Prioriteit toevoegen' }).isDisabled()).toBe(true);
    expect(await page.locator('.kp-note, .kp-warning, [role="alert"]').count()).toBe(1);
    await controleer('03-prioriteiten-maximum');
    await page.getByRole('button', { name: 'Prioriteit 4 verwijderen' }).click();
    await page.locator('#prioriteiten-maximum').waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Prioriteit toevoegen' }).isDisabled()).toBe(false);
    await page.getByLabel('Nieuwe prioriteit').fill('');
    await page.getByRole('button', { name: 'Prioriteiten opslaan' }).click();
    await page.getByText(/^Opgeslagen om .*versie 1\.$/).waitFor();
  });

  it('vult het IVP, dat het voorstel uit de analyse meeneemt', async () => {
    await page.goto(`${basis}/ivp`);
    await page.getByRole('heading', { level: 1, name: 'Stap 4: het Integraal Veiligheidsplan' }).waitFor();
    await page.getByText(/Dit is een voorstel/).waitFor();
    // Every text of the IVP is written together: it starts from the proposal and saves itself.
    await page.locator('#prioriteit-p1').getByRole('textbox', { name: 'Waarom een prioriteit' }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#prioriteit-p1').getByRole('textbox', { name: 'Waarom een prioriteit' }).innerText(), { timeout: 10_000 }).toContain('Signalen van ondermijning');
    await schrijf(page.getByRole('textbox', { name: 'Tekst van hoofdstuk 2' }), 'Utrecht is en voelt veilig, voor iedereen.');
    for (const [i, id] of ['p1', 'p2', 'p3'].entries()) await schrijf(page.locator(`#prioriteit-${id}`).getByRole('textbox', { name: 'Doel' }), `Doel voor ${PRIORITEITEN[i]}.`);
    await schrijf(page.getByRole('textbox', { name: 'Tekst van hoofdstuk 6' }), 'De coördinator stuurt; de Driehoek bespreekt de voortgang twee keer per jaar.');
    expect(await page.getByRole('button', { name: 'IVP opslaan' }).count()).toBe(0);
    await page.reload();
    await page.locator('#prioriteit-p3').getByRole('textbox', { name: 'Doel' }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#prioriteit-p3').getByRole('textbox', { name: 'Doel' }).innerText(), { timeout: 10_000 }).toBe(`Doel voor ${PRIORITEITEN[2]}.`);
    await controleer('04-ivp');
  });

  it('voegt twee maatregelen toe aan het uitvoeringsplan', async () => {
    await page.goto(`${basis}/uitvoeringsplan`);
    await page.getByRole('heading', { level: 1, name: 'Stap 5: uitvoeringsplan 2027' }).waitFor();
    await page.getByLabel('Titel van het actiepunt').fill('Weerbare bedrijventerreinen');
    await page.getByLabel('Hoort bij').selectOption({ label: 'Ondermijning aanpakken' });
    await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
    const maatregelen = [
      { naam: 'Integrale controles', indicator: '6 controles', start: '2027 kwartaal 1', eind: '2027 kwartaal 4' },
      { naam: 'Keurmerk Veilig Ondernemen starten', indicator: '1 keurmerk behaald', start: '2027 kwartaal 2', eind: '2027 kwartaal 3' },
    ];
    for (const m of maatregelen) {
      await page.getByLabel('Actiepunt', { exact: true }).selectOption({ label: 'Weerbare bedrijventerreinen' });
      await page.getByLabel('Maatregel', { exact: true }).fill(m.naam);
      await page.getByLabel('Prestatie-indicator').fill(m.indicator);
      await page.getByLabel('Bestuurlijk trekker').fill('Burgemeester');
      await page.getByLabel('Ambtelijk trekker').fill('Team OOV');
      await page.getByLabel('Startkwartaal').selectOption({ label: m.start });
      await page.getByLabel('Eindkwartaal').selectOption({ label: m.eind });
      await page.getByLabel("Budget in euro's").fill('12500');
      await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    }
    await page.getByRole('button', { name: 'Uitvoeringsplan 2027 opslaan' }).click();
    await page.getByText(/^Opgeslagen om .*versie 1\.$/).waitFor();
    await expect.poll(() => page.locator('table').last().locator('tbody tr').count()).toBe(2);
    // Edit a measure in place: same row, new budget.
    await page.getByRole('button', { name: 'Bewerken (Keurmerk Veilig Ondernemen starten)' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('maatregel-naam');
    await page.getByLabel("Budget in euro's").fill('20000');
    await page.getByRole('button', { name: 'Maatregel bijwerken' }).click();
    await page.getByRole('button', { name: 'Uitvoeringsplan 2027 opslaan' }).click();
    await page.getByText(/^Opgeslagen om .*versie 2\.$/).waitFor();
    await expect.poll(() => page.locator('table').last().locator('tbody tr').count()).toBe(2);
    await page.locator('table').last().getByText('€ 20.000').waitFor();
    await controleer('05-uitvoeringsplan');
  });

  it('toont het overzicht met plancheck en tijdlijn', async () => {
    await page.goto(`${basis}/cyclus`);
    await page.getByRole('heading', { level: 2, name: 'Plancheck' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'De zes stappen: gepland en werkelijk' }).waitFor();
    await controleer('06-overzicht');
    await page.goto(`${basis}/startnotitie`);
    await page.getByRole('heading', { level: 1, name: 'Stap 1: startnotitie' }).waitFor();
    await controleer('07-startnotitie');
  });

  it('weigert de vaststelling door de Raad zolang een prioriteit geen streefwaarde heeft; de coördinator legt per prioriteit de reden vast', async () => {
    await page.goto(`${basis}/documenten/ivp`);
    await page.getByRole('heading', { level: 2, name: '4 Prioriteiten' }).waitFor();
    await page.getByLabel('Vastgesteld (bevriest deze versie)').check();
    await page.getByLabel('Door').selectOption('Raad');
    await page.getByLabel('Datum').fill('2027-03-11');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText(/De Raad kan dit IVP nog niet vaststellen/).waitFor();
    await page.goto(`${basis}/ivp#streefwaarden`);
    await page.getByRole('heading', { level: 3, name: 'Effectindicatoren en streefwaarden' }).waitFor();
    await expect.poll(() => page.getByText('nog geen indicator met streefwaarde').count()).toBe(PRIORITEITEN.length);
    for (const [i, p] of PRIORITEITEN.entries()) {
      await page.getByLabel(`Waarom heeft ${p} geen streefwaarde?`).fill('De nulmeting volgt uit de Veiligheidsmonitor 2027; de streefwaarde komt in het uitvoeringsplan 2028.');
      await page.getByRole('button', { name: `Reden vastleggen voor ${p}` }).click();
      await page.getByText(`Dit is nu versie ${i + 1}.`).waitFor();
    }
    await controleer('08a-ivp-streefwaarden');
  });

  it('laat de Raad het IVP vaststellen en downloadt het als Word met zeven hoofdstukken en drie prioriteiten', async () => {
    await page.goto(`${basis}/documenten/ivp`);
    await page.getByRole('heading', { level: 2, name: '4 Prioriteiten' }).waitFor();
    await page.getByLabel('Vastgesteld (bevriest deze versie)').check();
    await page.getByLabel('Door').selectOption('Raad');
    await page.getByLabel('Datum').fill('2027-03-11');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('Vaststelling door Raad vastgelegd.').waitFor();
    await page.getByText('Vastgesteld door de Raad op 11 maart 2027 (versie 1)').first().waitFor();
    await controleer('08-ivp-vastgesteld');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ivp-utrecht-v1\.docx$/);
    const bestand = path.join(mkdtempSync(path.join(tmpdir(), 'kp-docx-')), 'ivp.docx');
    await download.saveAs(bestand);
    const xml = await (await JSZip.loadAsync(readFileSync(bestand))).file('word/document.xml')!.async('string');
    const tekst = xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    for (const h of ivpHoofdstukken) expect(tekst).toContain(`${h.nummer} ${h.titel}`);
    for (const p of PRIORITEITEN) expect(tekst).toContain(p);
    expect(tekst).toContain('Gemeente Utrecht');
    await page.goto(`${basis}/documenten`);
    await page.getByRole('heading', { level: 1, name: 'Documenten' }).waitFor();
    await controleer('09-documenten');
    expect(consolefouten).toEqual([]);
  });

  it('werkt een project langs de zes vragen uit, met de stappen van de methode als checklist', async () => {
    await page.goto('/werkruimtes');
    await page.getByRole('link', { name: 'Veilig stationsgebied Dijkstede 2027-2028' }).click();
    await page.getByRole('link', { name: 'Projectplan: de zes vragen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Projectplan: de zes vragen' }).waitFor();
    for (const vraag of ['1 Wat is het probleem?', '2 Wat zijn de belangrijkste problemen?', '3 Wat doen we al?', '4 Wat willen we bereiken?', '5 Wat gaan we doen?', '6 Wat hebben we bereikt?']) {
      await page.getByRole('heading', { level: 2, name: vraag }).waitFor();
    }
    const stap = page.getByLabel('Gerichte fysieke, sociale en economische maatregelen uitvoeren');
    expect(await stap.isChecked()).toBe(false);
    await stap.check();
    await page.getByRole('button', { name: 'Projectplan opslaan' }).click();
    await page.getByText(/^Opgeslagen om .*versie 2\.$/).waitFor();
    await controleer('10-project');
    expect(consolefouten).toEqual([]);
  });

  it('maakt van het demo-IVP een gezamenlijk IVP met een lokale prioriteit en een versie per gemeente', async () => {
    await page.goto('/werkruimtes');
    await page.getByRole('link', { name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    const ws = new URL(page.url()).pathname;
    // The joint IVP is a setting of the workspace.
    await page.getByRole('link', { name: 'Instellingen van de werkruimte' }).click();
    await page.getByLabel('Gemeente toevoegen').selectOption('GM0353');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByText('De deelnemende gemeenten zijn opgeslagen.').waitFor();
    await controleer('11-gezamenlijk');
    await page.goto(`${ws}/prioriteiten`);
    await page.getByLabel('Geldt voor').nth(2).selectOption('GM0353');
    await page.getByRole('button', { name: 'Prioriteiten opslaan' }).click();
    await page.getByText(/^Opgeslagen om/).waitFor();
    // De Bilt does not take part: a clear message, not a crash.
    await page.goto(`${ws}/documenten/ivp?gemeente=GM0310`);
    await page.getByText('Gemeente GM0310 doet niet mee aan dit IVP.').waitFor();
    await page.goto(`${ws}/documenten/ivp?gemeente=GM0353`);
    await page.getByText('Gemeente IJsselstein').first().waitFor();
    await page.getByRole('heading', { level: 3, name: /Jeugd en veiligheid/ }).waitFor();
    await controleer('12-versie-ijsselstein');
    expect(consolefouten).toEqual([]);
  });
});
