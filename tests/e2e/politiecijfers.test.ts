/**
 * Browser journey "politiecijfers" in Debian's Chromium: the coordinator creates a workspace for
 * Amsterdam, imports a real download of data.politie.nl (bicycle theft per neighbourhood, 2024) through
 * the import page while the progress bar follows the upload, reads the summary, sees a refused file
 * with the expected columns, finds the theme of code 1.2.3 with its figure on the figures page, and puts
 * that figure into the analysis of theme 1.3 with one button; the figure is saved. Halt referrals are
 * entered by hand beside the budget indicators. Finally an import with CBS code lists: a wrong list is
 * refused beside its field (nothing imported), and the real lists (plus a district of another layout and
 * an unknown crime type) take effect in the summary. axe-core runs on every page (no serious or critical violations).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aanmelden, browserOmgeving, hasChromium } from '../support/browser.ts';

const AMSTERDAM = fileURLToPath(new URL('../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));
/** The sum of the 517 neighbourhoods in the file (bicycle theft, code 1.2.3, 2024). */
const FIETSENDIEFSTAL_2024 = 11_987;
const BESTANDSVELD = 'Bestand met politiecijfers (.csv of .txt)';
const CBS = (bestand: string) => fileURLToPath(new URL(`../../../shared/data/cbs-47018NED/${bestand}`, import.meta.url));
const REGIOVELD = 'Regio-codelijst (WijkenEnBuurten.csv, optioneel)';
const SOORTVELD = 'Codelijst soorten misdrijf (SoortMisdrijf.csv, optioneel)';

describe.skipIf(!hasChromium)('Politiecijfers in de browser: importeren, per thema bekijken en opnemen in de analyse', () => {
  const b = browserOmgeving({ schermafdruk: 'politie-', context: { viewport: { width: 1280, height: 900 } }, timeout: 15_000 });
  let page: Page;
  let basis = '';
  const consolefouten: string[] = [];
  const controleer = (naam: string) => b.controleer(page, naam);

  beforeAll(async () => {
    expect(existsSync(AMSTERDAM), `${AMSTERDAM} ontbreekt (de map shared naast de repository)`).toBe(true);
    page = await b.nieuwePagina();
    page.on('pageerror', (err) => consolefouten.push(err.message));
  });

  it('maakt een werkruimte voor Amsterdam; zonder cijfers wijst de pagina naar de import', async () => {
    await aanmelden(page, 'Carla Coördinator');
    await page.getByLabel('Naam').fill('Integraal Veiligheidsplan Amsterdam 2027-2030');
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Amsterdam (GM0363)' });
    await page.getByLabel('Van (jaar)').fill('2027');
    await page.getByLabel('Tot en met (jaar)').fill('2030');
    await page.getByRole('button', { name: 'Werkruimte aanmaken' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;

    await page.getByRole('link', { name: 'Politiecijfers per thema' }).click();
    await page.getByRole('heading', { level: 1, name: 'Politiecijfers' }).waitFor();
    await page.getByText('Nog geen politiecijfers voor Amsterdam;').waitFor();
    await controleer('01-leeg');
    await page.getByRole('link', { name: 'importeer een bestand' }).click();
    await page.getByRole('heading', { level: 1, name: 'Politiecijfers importeren' }).waitFor();
    await page.getByText('Vanuit deze werkruimte zijn nog geen politiecijfers ingelezen.').waitFor();
    await controleer('02-import');
  });

  it('leest een echte download van data.politie.nl in, met voortgang en samenvatting', async () => {
    // Upload slowly, so the progress bar is seen while the file comes in.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 10_000 });

    try {
      await page.getByLabel(BESTANDSVELD).setInputFiles(AMSTERDAM);
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      const balk = page.getByRole('progressbar', { name: 'Voortgang van de import' });
      await balk.waitFor();
      await expect.poll(() => page.locator('#import-voortgang-tekst').textContent(), { timeout: 10_000 }).toMatch(/^Bestand lezen · \d+ regels gelezen · [1-9][\d,]* kB van 42,2 kB$/);
      expect(await balk.evaluate((el) => (el as HTMLProgressElement).value)).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: 'Annuleren' }).isVisible()).toBe(true);
      await controleer('03-voortgang');
    } finally {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    }

    const kop = page.getByRole('heading', { level: 2, name: 'Samenvatting: amsterdam-1.2.3-2024-by-wijk-buurt.csv is ingelezen' });
    await kop.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5000 }).toBe('samenvatting-kop');
    const kerngetal = (naam: string) => page.locator('.kp-politie-kerngetallen div').filter({ has: page.getByText(naam, { exact: true }) }).locator('dd');
    expect(await kerngetal('Regels gelezen').textContent()).toBe('517');
    expect(await kerngetal('Regels ingelezen').textContent()).toBe('517');
    expect(await kerngetal('Regels geweigerd').textContent()).toBe('0');
    const samenvatting = page.locator('.kp-politie-samenvatting');
    await samenvatting.getByText('download van data.politie.nl (namen)').waitFor();
    await samenvatting.getByText('UTF-8 met BOM').waitFor();
    await samenvatting.getByText('CRLF').waitFor();
    await samenvatting.getByText('517 buurten').waitFor();
    await samenvatting.getByText('Amsterdam (GM0363)').waitFor();
    await samenvatting.getByRole('heading', { name: 'Soorten misdrijf zonder thema' }).waitFor();
    await page.getByRole('table', { name: /Eerdere imports/ }).getByRole('cell', { name: 'amsterdam-1.2.3-2024-by-wijk-buurt.csv', exact: true }).waitFor();
    await controleer('04-samenvatting');
  });

  it('weigert een bestand met onbekende kolommen, met de verwachte kolommen en zonder iets in te lezen', async () => {
    await page.getByLabel(BESTANDSVELD).setInputFiles({ name: 'adressen.csv', mimeType: 'text/csv', buffer: Buffer.from('naam;adres;woonplaats\nJan;Dorpsstraat 1;Dijkstede\n') });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    const geweigerd = page.locator('.kp-politie-geweigerd');
    await geweigerd.getByRole('heading', { name: 'Het bestand adressen.csv is geweigerd' }).waitFor();
    await geweigerd.getByText('Er is niets ingelezen.').waitFor();
    await geweigerd.getByText(/Het formaat van het bestand is niet herkend/).waitFor();
    await geweigerd.getByText('Verwachte kolommen, in een van deze vormen:').waitFor();
    await geweigerd.getByText(/GeregistreerdeMisdrijven_1/).waitFor();
    await geweigerd.getByText(/"Soort misdrijf", "Perioden", "Wijken en buurten"/).waitFor();
    await controleer('05-geweigerd');
    // Still one import in the list: the refused file changed nothing.
    expect(await page.getByRole('table', { name: /Eerdere imports/ }).locator('tbody tr').count()).toBe(1);
  });

  it('toont het thema van code 1.2.3 met zijn cijfer, de soorten misdrijf en de begrotingsindicatoren', async () => {
    await page.goto(`${basis}/politiecijfers`);
    const thema = page.locator('section.kp-politie-thema').filter({ has: page.getByRole('heading', { name: '1.3 Objectieve veiligheid/veelvoorkomende en high impact crime' }) });
    await thema.waitFor();
    const rij = thema.getByRole('table').getByRole('row', { name: /2024/ });
    expect(await rij.textContent()).toContain('11.987');
    expect(await thema.getByRole('img').getAttribute('aria-label')).toContain('2024: 11.987');
    await thema.getByText('Soorten misdrijf in dit thema (22)').click(); // 20 before issue 16: 1.6.1 and 3.9.1 now count in 1.3
    await thema.getByText('1.2.3 Diefstal van brom-, snor-, fietsen').waitFor();
    await page.getByText(/som van de 517 buurten/).waitFor();
    await page.getByRole('heading', { name: 'Winkeldiefstal per 1.000 inwoners' }).waitFor();
    // Halt is no police figure: entered by hand, per 1,000 young people aged 12-17.
    const halt = page.locator('section.kp-politie-indicator').filter({ has: page.getByRole('heading', { name: /^Verwijzingen Halt per 1\.000 jongeren/ }) });
    await halt.getByText(/Dit is geen politiecijfer/).waitFor();
    await halt.getByLabel('Jaar van het Halt-cijfer').fill('2024');
    await halt.getByLabel('Verwijzingen naar Halt').fill('900');
    await halt.getByLabel('Jongeren van 12 tot en met 17 jaar').fill('60000');
    await halt.getByRole('button', { name: 'Halt-cijfer opslaan' }).click();
    await halt.getByText('Halt-cijfer van 2024 opgeslagen voor Amsterdam.').waitFor();
    expect(await halt.getByRole('table').getByRole('row', { name: /2024/ }).textContent()).toMatch(/2024900.*60\.000.*15$/);
    expect(await page.getByRole('combobox', { name: 'Thema voor 1.2.3 Diefstal van brom-, snor-, fietsen' }).inputValue()).toBe('1.3');
    await controleer('06-cijfers');
  });

  it('neemt het cijfer met één knop op in de analyse van thema 1.3, en het blijft bewaard', async () => {
    await thema13();
    const paneel = page.locator('.kp-politie-paneel');
    await paneel.getByRole('heading', { name: 'Politiecijfers voor dit thema' }).waitFor();
    await paneel.getByText('1.2.3 Diefstal van brom-, snor-, fietsen', { exact: false }).waitFor();
    await controleer('07-sectie');
    await paneel.getByRole('button', { name: /^Neem op in de problematiek \(aantal 2024: 11\.987\)$/ }).click();
    await paneel.getByText(/^Opgenomen in de cijfers en opgeslagen: Geregistreerde misdrijven thema 1\.3, onvolledig: alleen 1\.2\.3 \(politie\), 2024: 11\.987\./).waitFor();
    await paneel.getByText('Staat in de cijfers').waitFor();
    const cijfers = page.getByRole('table', { name: /Cijfers bij/ });
    await cijfers.getByRole('cell', { name: 'Geregistreerde misdrijven thema 1.3, onvolledig: alleen 1.2.3 (politie)', exact: true }).waitFor();
    await controleer('08-opgenomen');

    // Saved on the server, not only in the form.
    const werkruimteId = basis.split('/').at(-1)!;
    const antwoord = await page.request.get(`/api/v1/werkruimtes/${werkruimteId}/secties/thema-1.3`);
    expect(antwoord.status()).toBe(200);
    const sectie = (await antwoord.json()) as { analyse: { cijfers: { omschrijving: string; waarde: number; eenheid: string; periode: string; bron: string }[] } };
    expect(sectie.analyse.cijfers).toEqual([
      {
        omschrijving: 'Geregistreerde misdrijven thema 1.3, onvolledig: alleen 1.2.3 (politie)',
        waarde: FIETSENDIEFSTAL_2024,
        eenheid: 'aantal',
        periode: '2024',
        bron: 'Politie, geregistreerde misdrijven (CBS 47018NED); som van de buurten',
      },
    ]);

    await page.reload();
    await page.getByRole('table', { name: /Cijfers bij/ }).getByRole('cell', { name: 'Geregistreerde misdrijven thema 1.3, onvolledig: alleen 1.2.3 (politie)', exact: true }).waitFor();
    expect(consolefouten).toEqual([]);
  });

  it('stuurt codelijsten van CBS mee: een verkeerde lijst staat bij het veld, de echte lijsten werken door in de samenvatting', async () => {
    await page.goto(`${basis}/politiecijfers/import`);
    await page.getByRole('heading', { level: 1, name: 'Politiecijfers importeren' }).waitFor();
    const codelijsten = page.getByRole('group', { name: 'Codelijsten van CBS (optioneel)' });
    await codelijsten.getByText(/regiocodes van de indeling van een ander jaar/).waitFor();
    await codelijsten.getByText(/codes van soorten misdrijf bevat die Kernplan niet kent/).waitFor();
    const eerder = await page.getByRole('table', { name: /Eerdere imports/ }).locator('tbody tr').count();
    const tabel = Buffer.from(['regio;soort;periode;aantal', 'WK036399;1.1.1;2023;5', 'GM0363;9.9.9;2023;3'].join('\n'));

    // A list without the columns of CBS: refused beside its field, focus there, the import is dropped.
    await page.getByLabel(BESTANDSVELD).setInputFiles({ name: 'andere-indeling.csv', mimeType: 'text/csv', buffer: tabel });
    await page.getByLabel(REGIOVELD).setInputFiles({ name: 'wijken.csv', mimeType: 'text/csv', buffer: Buffer.from('naam;adres\nJan;Dorpsstraat 1\n') });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    const fout = page.locator('#politie-codelijst-regios-fout');
    await fout.waitFor();
    expect(await fout.textContent()).toMatch(/^De regio-codelijst \(WijkenEnBuurten\.csv\) is geweigerd: De codelijst van regio's mist de kolom Key\..*Verwacht: een CSV-bestand van CBS met de kolommen Key en Title/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('politie-codelijst-regios');
    expect(await page.getByLabel(REGIOVELD).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel(REGIOVELD).getAttribute('aria-describedby')).toBe('politie-codelijst-regios-uitleg politie-codelijst-regios-fout');
    await controleer('09-codelijst-geweigerd');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Politiecijfers importeren' }).waitFor();
    await page.getByRole('table', { name: /Eerdere imports/ }).waitFor();
    expect(await page.getByRole('table', { name: /Eerdere imports/ }).locator('tbody tr').count()).toBe(eerder);

    // The real lists of CBS table 47018NED, with a district of another layout and a crime type Kernplan does not know.
    const regios = Buffer.concat([readFileSync(CBS('WijkenEnBuurten.csv')), Buffer.from('"WK036399  ","Wijk 99 Testwijk","","GM0363","WK036399"\n')]);
    const soorten = Buffer.concat([readFileSync(CBS('SoortMisdrijf.csv')), Buffer.from('"9.9.9 ","9.9.9 Testsoort","",\n')]);
    await page.getByLabel(BESTANDSVELD).setInputFiles({ name: 'andere-indeling.csv', mimeType: 'text/csv', buffer: tabel });
    await page.getByLabel(REGIOVELD).setInputFiles({ name: 'WijkenEnBuurten.csv', mimeType: 'text/csv', buffer: regios });
    await page.getByLabel(SOORTVELD).setInputFiles({ name: 'SoortMisdrijf.csv', mimeType: 'text/csv', buffer: soorten });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    const samenvatting = page.locator('.kp-politie-samenvatting');
    await samenvatting.getByRole('heading', { level: 2, name: 'Samenvatting: andere-indeling.csv is ingelezen' }).waitFor({ timeout: 30_000 });
    // The unknown crime type is named by the list; the district is known through the list, so not reported.
    await samenvatting.getByRole('heading', { name: 'Onbekende soorten misdrijf (1)' }).waitFor();
    await samenvatting.getByRole('cell', { name: 'Testsoort', exact: true }).waitFor();
    expect(await samenvatting.getByRole('heading', { name: /Onbekende regiocodes/ }).count()).toBe(0);
    expect(await page.locator('#politie-codelijst-regios-fout').count()).toBe(0);
    // The lists belonged to this import: the fields are empty again.
    expect(await page.getByLabel(REGIOVELD).inputValue()).toBe('');
    expect(await page.getByLabel(SOORTVELD).inputValue()).toBe('');
    await controleer('10-codelijsten');
    expect(consolefouten).toEqual([]);
  });

  async function thema13() {
    await page.goto(`${basis}/secties/thema-1.3`);
    await page.getByRole('heading', { level: 1, name: '1.3 Objectieve veiligheid/veelvoorkomende en high impact crime' }).waitFor();
  }
});
