/**
 * Browser journey "samenwerken" in Debian's Chromium with two people at once: the coordinator
 * (signed in with the keyboard only) and the police partner (signed in with the demo button) open the
 * same section; what one types appears live at the other and saves itself; both write in the text at
 * once without a conflict; the partner cannot edit a theme of someone else; a BSN is warned about while
 * typing; a comment is placed and resolved; an earlier version is restored; an invitation is
 * made, copied and accepted in a third browser context; the coordinator signs out via the header.
 * axe-core (WCAG 2.x A/AA) runs on every page: no serious or critical violations.
 * Screenshots of key states go to /tmp/e2e-shots/ (outside the repository).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOmgeving, ernstigeToegankelijkheidsfouten, hasChromium, schermafdruk, volgFouten } from '../support/browser.ts';

const WACHTWOORD = 'Kernplan-demo-2026';

interface Antwoord {
  status: number;
  body: Record<string, unknown>;
}

/** A request from inside the page, with the page's session cookie and (for writes) its CSRF token. */
async function api(page: Page, methode: string, pad: string, opties: { body?: unknown; ifMatch?: number } = {}): Promise<Antwoord> {
  return page.evaluate(
    async ({ methode, pad, opties }) => {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (methode !== 'GET') {
        const sessie = (await (await fetch('/api/v1/sessies/huidig')).json()) as { csrfToken?: string };
        headers['X-CSRF-Token'] = sessie.csrfToken ?? '';
        headers['Content-Type'] = 'application/json';
      }
      if (opties.ifMatch !== undefined) headers['If-Match'] = `"${opties.ifMatch}"`;
      const r = await fetch(`/api/v1${pad}`, {
        method: methode,
        headers,
        ...(opties.body !== undefined ? { body: JSON.stringify(opties.body) } : {}),
      });
      const tekst = await r.text();
      return { status: r.status, body: (tekst ? JSON.parse(tekst) : {}) as Record<string, unknown> };
    },
    { methode, pad, opties },
  );
}

describe.skipIf(!hasChromium)('Samenwerken in de browser, met twee mensen tegelijk', () => {
  const b = browserOmgeving({ context: { viewport: { width: 1280, height: 900 } }, timeout: 10_000 });
  let coordinator: Page;
  let partner: Page;
  let werkruimtePad = '';
  let werkruimteId = '';
  let samengevoegd = "";
  let uitnodigingslink = '';
  const consolefouten: string[] = [];

  const nieuwePagina = async (naam: string): Promise<Page> => {
    const page = await b.nieuwePagina();
    volgFouten(page, consolefouten, { console: true, naam });
    return page;
  };

  const sectiePad = (sleutel: string) => `/werkruimtes/${werkruimteId}/secties/${sleutel}`;
  const opgeslagenTekst = async (page: Page, sleutel = 'thema-1.3'): Promise<string> => {
    const r = await api(page, 'GET', sectiePad(sleutel));
    expect(r.status).toBe(200);
    return r.body.tekst as string;
  };

  beforeAll(async () => {
    coordinator = await nieuwePagina('coördinator');
    partner = await nieuwePagina('partner');
  });

  it('meldt de coördinator aan met alleen het toetsenbord (Tab en Enter)', async () => {
    await coordinator.goto('/aanmelden');
    await coordinator.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await coordinator.getByRole('button', { name: 'Aanmelden als Carla Coördinator' }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(coordinator)).toEqual([]);
    await schermafdruk(coordinator, '01-aanmelden');

    const focusId = () => coordinator.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 20 && (await focusId()) !== 'aanmeld-email'; i++) await coordinator.keyboard.press('Tab');
    expect(await focusId()).toBe('aanmeld-email');
    await coordinator.keyboard.type('coordinator@demo.kernplan.nl');
    await coordinator.keyboard.press('Tab');
    expect(await focusId()).toBe('aanmeld-wachtwoord');
    await coordinator.keyboard.type(WACHTWOORD);
    await coordinator.keyboard.press('Enter');
    await coordinator.waitForURL(/\/werkruimtes$/);
    await coordinator.getByRole('heading', { level: 1, name: 'Werkruimtes' }).waitFor();
    await coordinator.getByText('Carla Coördinator', { exact: true }).waitFor();
  });

  it('meldt de partner aan met de demoknop en toont de werkruimtes', async () => {
    await partner.goto('/aanmelden');
    await partner.getByRole('button', { name: 'Aanmelden als Priya Partner' }).click();
    await partner.waitForURL(/\/werkruimtes$/);
    await partner.getByRole('link', { name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(partner)).toEqual([]);
    await schermafdruk(partner, '02-werkruimtes-partner');
  });

  it('opent bij beiden dezelfde werkruimte, met wie er aanwezig is', async () => {
    for (const page of [coordinator, partner]) {
      await page.getByRole('link', { name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).click();
      await page.getByRole('heading', { level: 1, name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).waitFor();
      await page.getByText('Wijzigingen van anderen verschijnen hier vanzelf.').waitFor();
    }
    werkruimtePad = new URL(coordinator.url()).pathname;
    werkruimteId = werkruimtePad.split('/').pop() ?? '';
    expect(new URL(partner.url()).pathname).toBe(werkruimtePad);
    await partner.getByText('Nu ook in deze werkruimte: Carla Coördinator.').waitFor();
    expect(await ernstigeToegankelijkheidsfouten(partner)).toEqual([]);
    await schermafdruk(partner, '03-werkruimte-partner');
  });

  /** The editor of the section text (a contenteditable textbox named after the kind of text). */
  const tekstvak = (page: Page) => page.getByRole('textbox', { name: 'Problematiek' });
  /** The editor's text without other writers' cursor labels. */
  const zichtbareTekst = (page: Page) =>
    tekstvak(page).evaluate((el) => {
      const kopie = el.cloneNode(true) as HTMLElement;
      kopie.querySelectorAll('.kp-caret').forEach((c) => c.remove());
      return (kopie.innerText ?? '').trim();
    });
  const standregel = (page: Page) => page.locator('.kp-editor__stand').first();

  it('toont wat de coördinator typt live bij de partner, en bewaart het zonder opslaanknop', async () => {
    for (const page of [coordinator, partner]) {
      await page.locator(`.kp-secties a[href="${sectiePad('thema-1.3')}"]`).click();
      await page.getByRole('heading', { level: 1, name: /^1\.3 / }).waitFor();
      await tekstvak(page).waitFor();
    }
    // The partner sees the coordinator on the section.
    const aanwezig = partner.getByRole('list', { name: 'Nu ook bij deze sectie' });
    await expect.poll(() => aanwezig.textContent(), { timeout: 5000 }).toBe('Carla Coördinator kijkt mee');
    expect(await ernstigeToegankelijkheidsfouten(partner)).toEqual([]);

    const nieuw = 'Woninginbraken daalden tussen 2019 en 2023 met een derde. Fietsendiefstal bij het station blijft hoog.';
    await tekstvak(coordinator).click();
    await coordinator.keyboard.press('Control+a');
    await coordinator.keyboard.type(nieuw);
    await expect.poll(() => standregel(coordinator).innerText(), { timeout: 5000 }).toMatch(/^Opgeslagen \d\d:\d\d$/);
    expect(await coordinator.getByRole('button', { name: 'Opslaan', exact: true }).count()).toBe(0);

    const laden = await partner.evaluate(() => performance.getEntriesByType('navigation').length);
    await expect.poll(() => zichtbareTekst(partner), { timeout: 5000 }).toBe(nieuw);
    await partner.getByText('Schrijft mee: Carla Coördinator').waitFor();
    expect(await partner.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(laden);
    expect(await opgeslagenTekst(partner)).toBe(nieuw);
    expect(await ernstigeToegankelijkheidsfouten(coordinator)).toEqual([]);
    await schermafdruk(partner, '04-sectie-partner-live');
  });

  it('laat twee mensen tegelijk in dezelfde tekst schrijven zonder conflict; niets gaat verloren', async () => {
    await tekstvak(partner).click();
    await partner.keyboard.press('Control+End');
    await partner.keyboard.press('Enter');
    await tekstvak(coordinator).click();
    await coordinator.keyboard.press('Control+Home');
    await Promise.all([
      partner.keyboard.type('Aanvulling politie: 412 fietsendiefstallen in 2023, vooral in de avond.', { delay: 10 }),
      coordinator.keyboard.type('Gemeente: ', { delay: 10 }),
    ]);
    await expect.poll(async () => (await zichtbareTekst(coordinator)) === (await zichtbareTekst(partner)) && (await zichtbareTekst(partner)).includes('412 fietsendiefstallen'), { timeout: 5000 }).toBe(true);
    samengevoegd = await zichtbareTekst(partner);
    expect(samengevoegd).toContain('Gemeente: Woninginbraken');
    expect(await partner.getByRole('heading', { name: 'Iemand anders heeft dit intussen gewijzigd' }).count()).toBe(0);
    await expect.poll(() => standregel(partner).innerText(), { timeout: 5000 }).toMatch(/^Opgeslagen \d\d:\d\d$/);
    await expect.poll(async () => (await opgeslagenTekst(partner)).replace(/\s+/g, ''), { timeout: 5000 }).toBe(samengevoegd.replace(/\s+/g, ''));
    await schermafdruk(partner, '05-samen-in-een-tekst');
  });

  it('laat de partner een thema van een ander niet bewerken, ook niet rechtstreeks', async () => {
    await partner.goto(sectiePad('thema-2.1'));
    await partner.getByRole('heading', { level: 1, name: /^2\.1 / }).waitFor();
    await partner.getByText('Alleen lezen.').waitFor();
    await partner.getByText(/Als partner bewerkt u alleen de thema's die aan uw organisatie \(Politie basisteam Dijkstede\) zijn toegewezen\./).waitFor();
    await expect.poll(() => tekstvak(partner).getAttribute('aria-readonly'), { timeout: 5000 }).toBe('true');
    expect(await partner.getByRole('toolbar').count()).toBe(0);
    // Connected and in sync: the status line says it can be read, not edited.
    await expect.poll(() => standregel(partner).innerText(), { timeout: 10_000 }).toBe('U kunt deze tekst lezen, niet bewerken.');
    // The status line can say so before the text has arrived: wait for the text itself.
    await expect.poll(() => zichtbareTekst(partner), { timeout: 5000 }).toContain('Hoogstraat');
    const voorTekst = await zichtbareTekst(partner);
    await tekstvak(partner).click();
    await partner.keyboard.type('Poging van de partner.');
    expect(await zichtbareTekst(partner)).toBe(voorTekst);
    expect(await ernstigeToegankelijkheidsfouten(partner)).toEqual([]);
    await schermafdruk(partner, '06-alleen-lezen-partner');

    const voor = await api(partner, 'GET', sectiePad('thema-2.1'));
    const poging = await api(partner, 'PATCH', sectiePad('thema-2.1'), { body: { tekst: 'Poging van de partner.' }, ifMatch: voor.body.versie as number });
    expect(poging.status).toBe(403);
    expect(await opgeslagenTekst(partner, 'thema-2.1')).toBe(voor.body.tekst);
  });

  it('waarschuwt bij het typen voor een BSN', async () => {
    await tekstvak(coordinator).click();
    await coordinator.keyboard.press('Control+End');
    await coordinator.keyboard.press('Enter');
    await coordinator.keyboard.type('Melder met BSN 111222333 belde twee keer.');
    const waarschuwing = coordinator.getByRole('alert').filter({ hasText: 'Deze tekst lijkt persoonsgegevens te bevatten' });
    await waarschuwing.waitFor({ timeout: 5000 });
    await waarschuwing.getByText(/"111222333"/).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(coordinator)).toEqual([]);
    await schermafdruk(coordinator, '07-privacywaarschuwing');
    // Taking it out again removes the warning.
    for (let i = 0; i < 'Melder met BSN 111222333 belde twee keer.'.length; i++) await coordinator.keyboard.press('Backspace');
    await expect.poll(() => waarschuwing.count(), { timeout: 5000 }).toBe(0);
  });

  it('zet een eerdere versie terug uit de geschiedenis van de tekst', async () => {
    // Both leave the section: the burst of writing becomes a version.
    await Promise.all([coordinator.goto(werkruimtePad), partner.goto(werkruimtePad)]);
    const versies = async () => ((await api(coordinator, 'GET', `/werkruimtes/${werkruimteId}/teksten/sectie.thema-1.3/versies`)).body.versies as { id: number }[]) ?? [];
    await expect.poll(async () => (await versies()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const eerder = (await api(coordinator, 'GET', `/werkruimtes/${werkruimteId}/teksten/sectie.thema-1.3`)).body.platteTekst as string;
    await coordinator.goto(sectiePad('thema-1.3'));
    await tekstvak(coordinator).click();
    await coordinator.keyboard.press('Control+a');
    await coordinator.keyboard.type('Alles weg, per ongeluk.');
    await expect.poll(() => standregel(coordinator).innerText(), { timeout: 5000 }).toMatch(/^Opgeslagen/);
    await coordinator.getByText('Geschiedenis van deze tekst').click();
    const item = coordinator.locator('.kp-versie').filter({ hasText: 'Carla Coördinator' }).filter({ hasText: '412 fietsendiefstallen' }).first();
    await item.waitFor();
    await item.getByRole('button', { name: 'Deze versie terugzetten' }).click();
    await coordinator.getByText('De versie is teruggezet; iedereen in deze tekst ziet hem nu.').waitFor();
    await expect.poll(() => opgeslagenTekst(coordinator), { timeout: 5000 }).toBe(eerder);
    await expect.poll(() => zichtbareTekst(coordinator), { timeout: 5000 }).toContain('412 fietsendiefstallen');
    await schermafdruk(coordinator, '08-geschiedenis-teruggezet');
  });

  it('plaatst een opmerking die live verschijnt en lost hem op', async () => {
    await partner.goto(sectiePad('thema-1.3'));
    await tekstvak(partner).waitFor();
    await partner.getByLabel('Nieuwe opmerking').fill('Kunnen we de cijfers van 2024 nog toevoegen?');
    await partner.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await partner.getByText('Uw opmerking is geplaatst.').waitFor();

    // The coordinator sees it arrive without reloading, and resolves it.
    const oplossen = coordinator.getByRole('button', { name: 'Markeer als opgelost (opmerking van Priya Partner)' });
    await oplossen.waitFor({ timeout: 5000 });
    await coordinator.getByText('1 open opmerking.').waitFor();
    await oplossen.click();
    await coordinator.getByText('De opmerking is opgelost.').waitFor();
    await coordinator.getByText('Er zijn geen open opmerkingen.').waitFor();
    await coordinator.getByText('Opgeloste opmerkingen (1)').waitFor();
    await partner.getByText('Er zijn geen open opmerkingen.').waitFor({ timeout: 5000 });
    const opmerkingen = await api(coordinator, 'GET', `${sectiePad('thema-1.3')}/opmerkingen`);
    expect((opmerkingen.body.opmerkingen as { opgelost: boolean }[]).map((o) => o.opgelost)).toEqual([true]);
    expect(await ernstigeToegankelijkheidsfouten(coordinator)).toEqual([]);
    await schermafdruk(coordinator, '09-sectie-coordinator');
  });

  it('maakt een uitnodiging met een link om te kopiëren', async () => {
    await coordinator.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await coordinator.getByRole('link', { name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).click();
    await coordinator.getByRole('link', { name: 'Leden en uitnodigingen' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Leden' }).waitFor();
    await coordinator.getByRole('row', { name: /Priya Partner/ }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(coordinator)).toEqual([]);

    await coordinator.getByLabel('E-mailadres').fill('wijkagent@politie.example');
    await coordinator.getByLabel('Rol', { exact: true }).selectOption('partner');
    await coordinator.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await coordinator.getByText(/^De uitnodiging voor wijkagent@politie\.example \(Partner\) is klaar\./).waitFor();
    const veld = coordinator.getByLabel('Uitnodigingslink');
    uitnodigingslink = await veld.inputValue();
    expect(uitnodigingslink).toMatch(/\/uitnodiging\/[\w-]+$/);
    await coordinator.getByRole('button', { name: 'Kopieer link' }).click();
    await coordinator.getByText(/De link is gekopieerd|Kopiëren lukte niet automatisch/).waitFor();
    const gekopieerd = await coordinator.evaluate(() => navigator.clipboard.readText().catch(() => ''));
    if (gekopieerd) expect(gekopieerd).toBe(uitnodigingslink);
    expect(await ernstigeToegankelijkheidsfouten(coordinator)).toEqual([]);
    await schermafdruk(coordinator, '10-leden-uitnodiging');
  });

  it('laat een nieuwe genodigde in een eigen browser de uitnodiging aannemen met een nieuw account', async () => {
    const genodigde = await nieuwePagina('genodigde');
    await genodigde.goto(new URL(uitnodigingslink).pathname);
    await genodigde.getByRole('heading', { level: 1, name: 'Uitnodiging aannemen' }).waitFor();
    await genodigde.getByRole('heading', { level: 2, name: 'Nieuw account maken' }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(genodigde)).toEqual([]);
    await schermafdruk(genodigde, '11-uitnodiging');

    // First an incomplete form: the errors are shown and summarised.
    await genodigde.getByRole('button', { name: 'Account maken en uitnodiging aannemen' }).click();
    await genodigde.getByRole('alert').filter({ hasText: 'Controleer de volgende velden' }).waitFor();
    expect(await ernstigeToegankelijkheidsfouten(genodigde)).toEqual([]);

    await genodigde.getByLabel('Uw naam').fill('Wim Wijkagent');
    await genodigde.getByLabel('Organisatie').fill('Politie basisteam Dijkstede');
    await genodigde.getByLabel('Wachtwoord').fill('fietsen stallen bij het station');
    await genodigde.getByRole('button', { name: 'Account maken en uitnodiging aannemen' }).click();
    await genodigde.waitForURL(new RegExp(`${werkruimtePad}$`));
    await genodigde.getByRole('heading', { level: 1, name: 'Integraal Veiligheidsplan Dijkstede 2027-2030' }).waitFor();
    await genodigde.getByText('Wim Wijkagent', { exact: true }).waitFor();
    // The coordinator's member list shows the new member without reloading.
    await coordinator.getByRole('row', { name: /Wim Wijkagent/ }).waitFor({ timeout: 5000 });
    await schermafdruk(genodigde, '12-werkruimte-genodigde');
  });

  it('toont de pagina voor tweestapsverificatie zonder ernstige toegankelijkheidsfouten', async () => {
    await coordinator.goto('/tweestapsverificatie');
    await coordinator.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' }).waitFor();
    await coordinator.locator('#totp-code, input[autocomplete="one-time-code"]').first().waitFor();
    expect(await ernstigeToegankelijkheidsfouten(coordinator)).toEqual([]);
    await schermafdruk(coordinator, '13-tweestapsverificatie');
  });

  it('meldt de coördinator af via de kop van de pagina', async () => {
    await coordinator.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();
    await coordinator.waitForURL(/\/aanmelden$/);
    await coordinator.getByText('U bent afgemeld.').waitFor();
    await coordinator.getByRole('banner').getByText('Carla Coördinator').waitFor({ state: 'detached' });
    expect((await api(coordinator, 'GET', '/sessies/huidig')).status).toBe(401);
    // The partner's session is untouched.
    expect((await api(partner, 'GET', '/sessies/huidig')).status).toBe(200);
    expect(await ernstigeToegankelijkheidsfouten(coordinator)).toEqual([]);
    await schermafdruk(coordinator, '14-afgemeld');
  });

  it('geeft geen fouten in de console van de browser', () => {
    // The refused PATCH and the 401 after signing out are expected network errors.
    const onverwacht = consolefouten.filter((f) => !/Failed to load resource: the server responded with a status of (401|403|412|422)/.test(f));
    expect(onverwacht).toEqual([]);
  });
});
