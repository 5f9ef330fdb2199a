/**
 * Issue 17, point 1 in the browser (ADR 0023), as Carla Coördinator: a regional workspace made with the
 * form (kind, lead municipality and members typed as names), its members in the settings, its regional
 * themes (a theme in two regional themes, one resting only on a strategic theme), a municipal IVP that
 * shares its draft priorities, and a municipal indicator linked to a regional target, also when edited.
 * axe-clean at 1366 and 390 px, with screenshots in /tmp/e2e-shots.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, hasChromium } from '../support/browser.ts';

const REGIONAAM = 'Veiligheidsregio IJsselland: regionaal beleidsplan';

describe.skipIf(!hasChromium)('formulieren van de regionale werkruimte in de browser', () => {
  const b = browserOmgeving({ schermafdruk: 'regio-formulieren-', context: { viewport: { width: 1366, height: 900 } }, timeout: 15_000 });
  let page: Page;
  let regio = '';
  let kampen = '';
  const fouten: string[] = [];

  /** axe-clean and a screenshot at 1366 px and at 390 px wide; nothing makes the page scroll sideways. */
  async function controleer(naam: string) {
    await b.controleer(page, `${naam}-1366`);
    await page.setViewportSize({ width: 390, height: 844 });
    await b.controleer(page, `${naam}-390`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${naam} schuift zijwaarts op 390 px`).toBe(true);
    await page.setViewportSize({ width: 1366, height: 900 });
  }

  /** A call to the API from the page, with the session's CSRF token (and the current ETag for PUT/PATCH). */
  function api(methode: string, pad: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    return page.evaluate(
      async ({ methode, pad, body }) => {
        const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken: string };
        const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-CSRF-Token': sessie.csrfToken };
        if (methode === 'PUT' || methode === 'PATCH') headers['If-Match'] = (await fetch(`/api/v1${pad}`)).headers.get('ETag') ?? '"0"';
        const r = await fetch(`/api/v1${pad}`, { method: methode, headers, body: body === undefined ? null : JSON.stringify(body) });
        return { status: r.status, body: (await r.json().catch(() => ({}))) as Record<string, unknown> };
      },
      { methode, pad, body },
    );
  }

  beforeAll(async () => {
    page = await b.aangemeld('Carla Coördinator', fouten);
  });

  it('maakt een regionale werkruimte met het formulier: soort, trekker en lidgemeenten op naam', async () => {
    await page.getByLabel('Regionale werkruimte').check();
    await page.getByLabel('Naam').fill(REGIONAAM);
    await page.getByLabel('Soort regio').selectOption({ label: 'Veiligheidsregio' });
    await page.getByLabel('Trekker', { exact: true }).selectOption({ label: 'Zwolle (GM0193)' });
    const toevoegen = page.getByLabel('Gemeenten toevoegen');
    // A name that does not exist stays in the field, with the reason next to it; the others are added.
    await toevoegen.fill('Kampen, Atlantis, 0150, Olst-Wijhe');
    await page.getByRole('button', { name: 'Toevoegen aan de lidgemeenten' }).click();
    await page.getByText('Niet gevonden: Atlantis.').waitFor();
    expect(await toevoegen.inputValue()).toBe('Atlantis');
    const gekozen = page.getByRole('list', { name: 'Gekozen lidgemeenten' });
    await expect.poll(() => gekozen.locator('.kp-chip__tekst').allInnerTexts()).toEqual(['Zwolle (GM0193), trekker', 'Kampen (GM0166)', 'Deventer (GM0150)', 'Olst-Wijhe (GM1773)']);
    // The trekker cannot be removed; another member can.
    expect(await gekozen.getByRole('button', { name: 'Zwolle verwijderen uit de lidgemeenten' }).count()).toBe(0);
    await gekozen.getByRole('button', { name: 'Olst-Wijhe verwijderen uit de lidgemeenten' }).click();
    await expect.poll(() => gekozen.getByRole('listitem').count()).toBe(3);
    await toevoegen.fill('');
    expect(await page.getByText('Niet gevonden: Atlantis.').count()).toBe(0);
    await page.getByLabel('Van (jaar)').fill('2027');
    await page.getByLabel('Tot en met (jaar)').fill('2030');
    await controleer('nieuw');
    await page.getByRole('button', { name: 'Werkruimte aanmaken' }).click();
    await page.waitForURL(/\/werkruimtes\/[0-9a-f-]{36}$/);
    regio = new URL(page.url()).pathname;
    const ws = await api('GET', regio);
    expect(ws.body.regio).toEqual({
      soort: 'veiligheidsregio',
      soortNaam: 'Veiligheidsregio',
      gemeenten: [
        { gemeentecode: 'GM0193', gemeentenaam: 'Zwolle' },
        { gemeentecode: 'GM0166', gemeentenaam: 'Kampen' },
        { gemeentecode: 'GM0150', gemeentenaam: 'Deventer' },
      ],
    });
  });

  it('de instellingen van de regio wijzigen de lidgemeenten, zonder deelnemende gemeenten of raadsperiode', async () => {
    await page.goto(`${regio}/instellingen`);
    const sectie = page.getByRole('region', { name: 'Regio en lidgemeenten' });
    await sectie.waitFor();
    expect(await page.getByRole('heading', { name: 'Gezamenlijk IVP' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Raadsperiode en coalitieakkoord' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Delen met de regio en het landelijk beeld' }).count()).toBe(0);
    await sectie.getByLabel('Gemeenten toevoegen').fill('Olst-Wijhe');
    await sectie.getByLabel('Gemeenten toevoegen').press('Enter');
    await sectie.getByRole('button', { name: 'Lidgemeenten opslaan' }).click();
    await sectie.getByText('De lidgemeenten zijn opgeslagen: 4 gemeenten.').waitFor();
    await controleer('instellingen');
    const ws = await api('GET', regio);
    expect((ws.body.regio as { gemeenten: { gemeentecode: string }[] }).gemeenten.map((g) => g.gemeentecode)).toEqual(['GM0193', 'GM0166', 'GM0150', 'GM1773']);
  });

  it("bewaart regionale thema's: een thema in twee regionale thema's, en een op alleen een strategisch thema", async () => {
    await page.goto(`${regio}/prioriteiten`);
    await page.getByRole('heading', { level: 1, name: "Stap 3: regionale thema's" }).waitFor();
    expect(await page.getByText('maximum van de methode').count()).toBe(0);
    for (const titel of ['Ondermijning', 'Drugs', 'Cybercrime']) {
      await page.getByLabel('Nieuw regionaal thema').fill(titel);
      await page.getByRole('button', { name: 'Regionaal thema toevoegen' }).click();
    }
    await page.locator('#prioriteit-0-thema-5\\.2').check();
    // 5.2 is in regional theme 1 and can still be chosen in regional theme 2.
    await expect.poll(() => page.locator('#prioriteit-1-thema-5\\.2').isDisabled()).toBe(false);
    await page.locator('#prioriteit-1-thema-5\\.2').check();
    await page.getByRole('group', { name: "Strategische thema's van regionaal thema 3" }).getByLabel('Gedigitaliseerde criminaliteit').check();
    // A regional theme without a theme or strategic theme: the server's reason appears at its themes.
    await page.getByLabel('Nieuw regionaal thema').fill('Zonder koppeling');
    await page.getByRole('button', { name: 'Regionaal thema toevoegen' }).click();
    await page.getByRole('button', { name: "Regionale thema's opslaan" }).click();
    await page.getByRole('group', { name: "Thema's van regionaal thema 4" }).getByText("Koppel 'Zonder koppeling' aan ten minste één van de 22 thema's").waitFor();
    await page.getByRole('button', { name: 'Regionaal thema 4 verwijderen' }).click();
    await page.getByRole('button', { name: "Regionale thema's opslaan" }).click();
    await page.getByText(/Opgeslagen om/).waitFor();
    await controleer('themas');
    const p = await api('GET', `${regio}/prioriteiten`);
    expect((p.body.inhoud as { titel: string; themaIds: string[]; strategischeIds?: string[] }[]).map((t) => [t.titel, t.themaIds, t.strategischeIds ?? []])).toEqual([
      ['Ondermijning', ['5.2'], []],
      ['Drugs', ['5.2'], []],
      ['Cybercrime', [], ['gedigitaliseerde-criminaliteit']],
    ]);
  });

  it('een gemeentelijk IVP deelt zijn prioriteiten in concept met de regio', async () => {
    const w = await api('POST', '/werkruimtes', { soort: 'ivp', naam: 'Integraal Veiligheidsplan Kampen 2027-2030', gemeentecode: 'GM0166', periodeStart: 2027, periodeEinde: 2030 });
    expect(w.status, JSON.stringify(w.body)).toBe(201);
    kampen = `/werkruimtes/${w.body.id as string}`;
    await page.goto(`${kampen}/instellingen`);
    const sectie = page.getByRole('region', { name: 'Delen met de regio en het landelijk beeld' });
    await sectie.waitFor();
    await sectie.getByText('Een vastgesteld IVP is altijd zichtbaar voor de regio').waitFor();
    expect(await page.getByRole('heading', { name: 'Regio en lidgemeenten' }).count()).toBe(0);
    await sectie.getByLabel('Deel de prioriteiten in concept met de regio').check();
    // Consent to be named in a national picture of priorities (issue 17, point 3).
    await sectie.getByLabel('Noem Kampen bij naam in een landelijk beeld van prioriteiten').check();
    await sectie.getByRole('button', { name: 'Keuze opslaan' }).click();
    await sectie.getByText('De prioriteiten in concept worden nu gedeeld met de regio. Kampen staat bij naam in een landelijk beeld.').waitFor();
    const na = (await api('GET', kampen)).body;
    expect(na.deeltMetRegio).toBe(true);
    expect(na.naamInLandelijkBeeld).toBe(true);
    await controleer('delen');
  });

  it('koppelt een gemeentelijke indicator aan een regionale streefwaarde, ook bij bewerken', async () => {
    const ri = await api('POST', `${regio}/indicatoren`, {
      naam: 'Ondermijningszaken in de regio',
      prioriteitId: 'p1',
      eenheid: 'aantal',
      richting: 'hoger-is-beter',
      referentiejaar: 2025,
      referentiewaarde: 40,
      streefwaarden: [{ jaar: 2030, waarde: 60 }],
    });
    expect(ri.status, JSON.stringify(ri.body)).toBe(201);
    const p = await api('PUT', `${kampen}/prioriteiten`, [{ titel: 'Ondermijning', themaIds: ['5.2'] }]);
    expect(p.status, JSON.stringify(p.body)).toBe(200);

    await page.goto(`${kampen}/indicatoren`);
    const groep = page.locator('#prioriteit-p1');
    await groep.waitFor();
    await groep.getByRole('button', { name: /^Indicator toevoegen/ }).click();
    const koppeling = groep.getByLabel('Hoort bij regionale streefwaarde');
    await expect.poll(() => koppeling.locator('option').allInnerTexts()).toEqual(['Geen', `${REGIONAAM}: Ondermijningszaken in de regio`]);
    await groep.getByLabel('Naam van de indicator').fill('Ondermijningszaken in Kampen');
    await groep.getByLabel('Eenheid').selectOption('aantal');
    await groep.getByLabel('hoger is beter').check();
    await groep.getByRole('textbox', { name: 'Referentiejaar' }).fill('2025');
    await groep.getByRole('textbox', { name: 'Referentiewaarde' }).fill('4');
    await groep.getByRole('textbox', { name: 'Streefwaarde 2030' }).fill('6');
    await koppeling.selectOption({ label: `${REGIONAAM}: Ondermijningszaken in de regio` });
    await controleer('indicator');
    await groep.getByRole('button', { name: 'Indicator opslaan' }).click();
    await page.getByText('De indicator ‘Ondermijningszaken in Kampen’ is toegevoegd.').waitFor();
    const lijst = (await api('GET', `${kampen}/indicatoren`)).body.indicatoren as { naam: string; regioKoppeling?: { werkruimteId: string; indicatorId: string } }[];
    expect(lijst.find((i) => i.naam === 'Ondermijningszaken in Kampen')?.regioKoppeling).toEqual({ werkruimteId: regio.split('/').at(-1), indicatorId: ri.body.id });

    // Editing shows the link, and keeps it when something else changes.
    await groep.getByRole('button', { name: 'Bewerken (Ondermijningszaken in Kampen)' }).click();
    const bewerkKoppeling = groep.getByLabel('Hoort bij regionale streefwaarde');
    await expect.poll(async () => bewerkKoppeling.locator('option:checked').innerText()).toBe(`${REGIONAAM}: Ondermijningszaken in de regio`);
    await groep.getByLabel('Naam van de indicator').fill('Ondermijningszaken Kampen');
    await groep.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De indicator ‘Ondermijningszaken Kampen’ is opgeslagen.').waitFor();
    const na = (await api('GET', `${kampen}/indicatoren`)).body.indicatoren as { naam: string; regioKoppeling?: unknown }[];
    expect(na.find((i) => i.naam === 'Ondermijningszaken Kampen')?.regioKoppeling).toEqual({ werkruimteId: regio.split('/').at(-1), indicatorId: ri.body.id });
    expect(fouten).toEqual([]);
  });
});
