/**
 * Browser journey "de weg door een werkruimte" in Debian's Chromium: a new workspace opens on "Begin
 * hier", which says what to do next (from the state of the six steps) and who takes part; when the
 * steps move on, the page follows. The analysis is grouped per field with its progress. The joint IVP
 * is in the settings of the workspace. The start page of a signed-in user lists notifications, tasks
 * and workspaces. axe-core finds no serious or critical violation at 1366 and at 390 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { aanmelden, browserOmgeving, hasChromium } from '../support/browser.ts';

const BREED = { width: 1366, height: 900 };
const SMAL = { width: 390, height: 844 };
const DEMO_IVP = 'Integraal Veiligheidsplan Dijkstede 2027-2030';

interface Deel {
  versie: number;
  inhoud: { stappen: { stap: number; status: string; deelstappen: Record<string, string> }[] };
}

/** A request from inside the page, with its session cookie and (for a write) its CSRF token. */
async function api<T>(page: Page, methode: string, pad: string, body?: unknown, ifMatch?: number): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ methode, pad, body, ifMatch }) => {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (methode !== 'GET') {
        const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken?: string };
        headers['X-CSRF-Token'] = sessie.csrfToken ?? '';
        headers['Content-Type'] = 'application/json';
      }
      if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
      const r = await fetch(`/api/v1${pad}`, { method: methode, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      const tekst = await r.text();
      return { status: r.status, body: (tekst ? JSON.parse(tekst) : {}) as T };
    },
    { methode, pad, body, ifMatch },
  );
}

describe.skipIf(!hasChromium)('De weg door een werkruimte', () => {
  const b = browserOmgeving({ schermafdruk: 'weg-', context: { viewport: BREED }, timeout: 10_000 });
  let page: Page;
  let basis = '';
  const fouten: string[] = [];

  /** axe at 1366 and at 390 px (a screenshot of each), then back to 1366. */
  const controleerBeide = async (p: Page, naam: string) => {
    await b.controleer(p, `${naam}-1366`);
    await p.setViewportSize(SMAL);
    await b.controleer(p, `${naam}-390`);
    await p.setViewportSize(BREED);
  };

  beforeAll(async () => {
    page = await b.nieuwePagina();
    page.on('pageerror', (err) => fouten.push(err.message));
  });

  it('opent een nieuwe werkruimte op "Begin hier": begin met stap 1, en u bent nog de enige', async () => {
    await aanmelden(page, 'Carla Coördinator');
    await page.getByLabel('Naam').fill('Integraal Veiligheidsplan Zwolle 2027-2030');
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zwolle (GM0193)' });
    await page.getByLabel('Van (jaar)').fill('2027');
    await page.getByLabel('Tot en met (jaar)').fill('2030');
    await page.getByRole('button', { name: 'Werkruimte aanmaken' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    basis = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Integraal Veiligheidsplan Zwolle 2027-2030' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Begin hier' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Begin met stap 1: Opstart' }).waitFor();
    await page.getByText(/^Eerstvolgende deelstap: 1\.1 Startnotitie voorbereiden/).waitFor();
    expect(await page.getByRole('link', { name: 'Naar de startnotitie' }).getAttribute('href')).toBe(`${basis}/startnotitie`);
    // Who takes part: only the coordinator, with the way to invite others.
    await page.getByRole('heading', { level: 2, name: 'Wie doet mee' }).waitFor();
    await page.getByText(/^U bent nog de enige in deze werkruimte\./).waitFor();
    await page.getByRole('link', { name: 'Leden en uitnodigingen' }).waitFor();
    // The step navigation stays, with each step's state.
    const stappen = page.getByRole('navigation', { name: 'Stappen van de beleidscyclus' });
    await expect.poll(() => stappen.getByText('(niet gestart)').count()).toBe(6);
    await controleerBeide(page, '01-begin-hier-nieuw');
  });

  it('volgt de stand van de stappen: na stap 1 wijst de pagina naar de analyse', async () => {
    const pad = `${basis}/proces`;
    const zet = async (f: (d: Deel['inhoud']) => void) => {
      const huidig = await api<Deel>(page, 'GET', pad);
      const inhoud = structuredClone(huidig.body.inhoud);
      f(inhoud);
      const r = await api(page, 'PUT', pad, inhoud, huidig.body.versie);
      expect(r.status).toBe(200);
    };
    const stap = (d: Deel['inhoud'], n: number) => d.stappen.find((s) => s.stap === n)!;
    await zet((d) => {
      // Set by hand by the coordinator (without that, a step follows the work).
      Object.assign(stap(d, 1), { status: 'bezig', handmatig: true, deelstappen: { '1.1': 'afgerond', '1.2': 'afgerond', '1.3': 'afgerond' } });
    });
    await zet((d) => {
      stap(d, 1).status = 'afgerond';
      Object.assign(stap(d, 2), { status: 'bezig', handmatig: true, deelstappen: { '2.1': 'afgerond' } });
    });
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Ga verder met stap 2: Veiligheidsanalyse' }).waitFor();
    await page.getByText(/^Eerstvolgende deelstap: 2\.2 Eerste analyse door de coördinator/).waitFor();
    // The analysis is on this page: the link goes to it.
    await page.getByRole('link', { name: 'Naar de analyse' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#analyse');
    await page.getByRole('heading', { level: 2, name: 'Stap 2: veiligheidsanalyse' }).waitFor();
  });

  it('groepeert de analyse per veld, met de voortgang per veld', async () => {
    const analyse = page.locator('section#analyse');
    const velden = analyse.getByRole('heading', { level: 3, name: /^Veld \d: / });
    expect(await velden.allTextContents()).toEqual([
      'Veld 1: Veilige woon- en leefomgeving',
      'Veld 2: Bedrijvigheid en veiligheid',
      'Veld 3: Jeugd en veiligheid',
      'Veld 4: Fysieke veiligheid',
      'Veld 5: Integriteit en veiligheid',
    ]);
    // Each section once, in the group of its field; the aspects belong to field 1.
    expect(await analyse.locator('.kp-secties a').count()).toBe(33);
    const veld = (n: number) => analyse.getByRole('region', { name: new RegExp(`^Veld ${n}: `) });
    await veld(1).getByRole('link', { name: 'Aspect 1.6 Aanpak van specifieke criminaliteitsfenomenen' }).waitFor();
    await veld(2).getByRole('link', { name: '2.1 Veilig winkelgebied' }).waitFor();
    await veld(1).getByText('0 van 11 met tekst, 0 helemaal ingevuld').waitFor();
    await veld(2).getByText('0 van 6 met tekst, 0 helemaal ingevuld').waitFor();
    // A conclusion with text counts in its own field at once (live).
    const conclusie = await api<{ versie: number }>(page, 'GET', `${basis}/secties/veld-2`);
    const r = await api(page, 'PATCH', `${basis}/secties/veld-2`, { tekst: 'Het winkelgebied vraagt aandacht.' }, conclusie.body.versie);
    expect(r.status).toBe(200);
    await veld(2).getByText('1 van 6 met tekst, 1 helemaal ingevuld').waitFor();
    await veld(2).locator('li', { has: page.getByRole('link', { name: 'Conclusie veld 2: Bedrijvigheid en veiligheid' }) }).getByText('Ingevuld', { exact: true }).waitFor();
    // The page is short: far from the 6,900 px of the flat list.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3500);
    await controleerBeide(page, '02-analyse-per-veld');
  });

  it('heeft het gezamenlijk IVP in de instellingen van de werkruimte', async () => {
    await page.getByRole('link', { name: 'Instellingen van de werkruimte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Gezamenlijk IVP' }).waitFor();
    await page.getByLabel('Gemeente toevoegen').selectOption('GM0200');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByText('De deelnemende gemeenten zijn opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Verwijderen (Apeldoorn)' }).waitFor();
    await controleerBeide(page, '03-instellingen');
    // Back on "Begin hier" the municipalities are named, the joint IVP block is not there.
    await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Integraal Veiligheidsplan Zwolle 2027-2030' }).click();
    await page.getByText('Zwolle (GM0193), Apeldoorn (GM0200)').waitFor();
    expect(await page.getByLabel('Gemeente toevoegen').count()).toBe(0);
  });

  it('toont de partner op de startpagina zijn taken, meldingen en werkruimtes, met links naar het werk', async () => {
    const partner = await b.aangemeld('Priya Partner', fouten);
    await partner.goto('/');
    await partner.getByRole('heading', { level: 1, name: 'Welkom, Priya Partner' }).waitFor();
    await partner.getByRole('heading', { level: 2, name: 'Nieuwe meldingen' }).waitFor();
    const taken = partner.getByRole('region', { name: 'Mijn taken' });
    await taken.getByRole('heading', { level: 3, name: DEMO_IVP }).waitFor();
    await taken.getByRole('link', { name: '1.3 Objectieve veiligheid/veelvoorkomende en high impact crime' }).waitFor();
    await taken.getByRole('link', { name: '5.2 Georganiseerde/ondermijnende criminaliteit' }).waitFor();
    expect(await taken.locator('a[href*="/mijn-voortgang#indicator-"]').count()).toBeGreaterThan(0);
    const werkruimtes = partner.getByRole('region', { name: 'Mijn werkruimtes' });
    await werkruimtes.getByText(/^Nu: stap 6, Van beleid naar uitvoering \(bezig\)/).waitFor();
    await controleerBeide(partner, '04-home-partner');

    await taken.getByRole('link', { name: '1.3 Objectieve veiligheid/veelvoorkomende en high impact crime' }).click();
    await partner.getByRole('heading', { level: 1, name: /^1\.3 / }).waitFor();

    // On "Begin hier" of the demo plan: where the plan is, and what is his.
    await partner.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: DEMO_IVP }).click();
    await partner.getByRole('heading', { level: 3, name: 'Nu aan de beurt: stap 6, Van beleid naar uitvoering' }).waitFor();
    const voorU = partner.locator('.kp-wr-voor-u');
    await voorU.getByRole('link', { name: /^1\.3 / }).waitFor();
    await voorU.getByRole('link', { name: 'Werk de voortgang bij' }).waitFor();
    await partner.getByRole('region', { name: /^Veld 1: / }).getByText('11 van 11 met tekst, 11 helemaal ingevuld').waitFor();
    await controleerBeide(partner, '05-begin-hier-partner');
  });

  it('toont de coördinator op de startpagina de maatregelen die hij bijhoudt', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Welkom, Carla Coördinator' }).waitFor();
    const taken = page.getByRole('region', { name: 'Mijn taken' });
    await taken.getByText(/^\d+ taken in 1 werkruimte\.$/).waitFor();
    expect(await taken.locator('a[href*="/mijn-voortgang#maatregel-"]').count()).toBeGreaterThan(0);
    const werkruimtes = page.getByRole('region', { name: 'Mijn werkruimtes' });
    await werkruimtes.getByRole('link', { name: 'Integraal Veiligheidsplan Zwolle 2027-2030' }).waitFor();
    await werkruimtes.getByText(/^Nu: stap 2, Veiligheidsanalyse \(bezig\)/).waitFor();
    await controleerBeide(page, '06-home-coordinator');
    expect(fouten).toEqual([]);
  });
});
