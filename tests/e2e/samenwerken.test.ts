/**
 * Browser journey "samenwerken" in Debian's Chromium with two people at once: the coordinator
 * (signed in with the keyboard only) and the police partner (signed in with the demo button) open the
 * same section; a save appears live at the other; a conflict ends in the merge view (412), nothing is
 * overwritten; the partner cannot edit a theme of someone else; a BSN is stopped by the privacy warning
 * (422) until confirmed; a comment is placed and resolved; an earlier text is restored; an invitation is
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
  let samengevoegd = '';
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

  it('toont een opgeslagen tekst van de coördinator zonder herladen bij de partner', async () => {
    for (const page of [coordinator, partner]) {
      await page.locator(`.kp-secties a[href="${sectiePad('thema-1.3')}"]`).click();
      await page.getByRole('heading', { level: 1, name: /^1\.3 / }).waitFor();
      await page.locator('#sectie-tekst').waitFor();
    }
    // The partner sees the coordinator on the section, and then that she is editing.
    const aanwezig = partner.getByRole('list', { name: 'Nu ook bij deze sectie' });
    await expect.poll(() => aanwezig.textContent(), { timeout: 5000 }).toBe('Carla Coördinator kijkt mee');
    expect(await ernstigeToegankelijkheidsfouten(partner)).toEqual([]);

    const nieuw = 'Woninginbraken daalden tussen 2019 en 2023 met een derde. Fietsendiefstal bij het station blijft hoog.';
    await coordinator.locator('#sectie-tekst').fill(nieuw);
    await expect.poll(() => aanwezig.textContent(), { timeout: 5000 }).toBe('Carla Coördinator bewerkt dit nu');
    await coordinator.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await coordinator.getByText(/^Opgeslagen om \d\d:\d\d\. Dit is nu versie \d+\.$/).waitFor();

    const laden = await partner.evaluate(() => performance.getEntriesByType('navigation').length);
    await expect.poll(() => partner.locator('#sectie-tekst').inputValue(), { timeout: 5000 }).toBe(nieuw);
    await partner.getByText(/^De tekst is bijgewerkt door Carla Coördinator/).waitFor();
    expect(await partner.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(laden);
    expect(await ernstigeToegankelijkheidsfouten(coordinator)).toEqual([]);
    await schermafdruk(partner, '04-sectie-partner-live');
  });

  it('toont bij een conflict beide teksten, laat samenvoegen en overschrijft niets', async () => {
    const vanPartner = 'Aanvulling politie: 412 fietsendiefstallen in 2023, vooral in de avond.';
    const vanCoordinator = 'Tekst van de gemeente: het stationsgebied krijgt cameratoezicht.';
    // Both start from the same version.
    await partner.locator('#sectie-tekst').fill(vanPartner);
    await coordinator.locator('#sectie-tekst').fill(vanCoordinator);
    await coordinator.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await coordinator.getByText(/^Opgeslagen om/).waitFor();
    // The partner keeps her text and is told there is a newer version.
    await partner.getByText('Er is een nieuwere versie; uw wijzigingen blijven staan. Bij opslaan ziet u beide.').waitFor();
    expect(await partner.locator('#sectie-tekst').inputValue()).toBe(vanPartner);

    await partner.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await partner.getByRole('heading', { level: 2, name: 'Iemand anders heeft dit intussen gewijzigd' }).waitFor();
    await expect.poll(() => partner.getByTestId('conflict-mijn-tekst').textContent()).toBe(vanPartner);
    expect(await partner.getByTestId('conflict-hun-tekst').textContent()).toBe(vanCoordinator);
    expect(await partner.getByRole('heading', { level: 3, name: /^Tekst van Carla Coördinator \(versie \d+\)$/ }).count()).toBe(1);
    // Nothing was overwritten.
    expect(await opgeslagenTekst(partner)).toBe(vanCoordinator);
    expect(await ernstigeToegankelijkheidsfouten(partner)).toEqual([]);
    await schermafdruk(partner, '05-conflict-samenvoegen');

    await partner.getByRole('button', { name: 'Andere tekst eronder plakken' }).click();
    samengevoegd = `${vanPartner}\n\n${vanCoordinator}`;
    expect(await partner.getByLabel('Samengevoegde tekst').inputValue()).toBe(samengevoegd);
    await partner.getByRole('button', { name: 'Samengevoegd opslaan' }).click();
    await partner.getByText(/^Opgeslagen om/).waitFor();
    expect(await opgeslagenTekst(partner)).toBe(samengevoegd);
    await expect.poll(() => coordinator.locator('#sectie-tekst').inputValue(), { timeout: 5000 }).toBe(samengevoegd);
  });

  it('laat de partner een thema van een ander niet bewerken, ook niet rechtstreeks', async () => {
    await partner.goto(sectiePad('thema-2.1'));
    await partner.getByRole('heading', { level: 1, name: /^2\.1 / }).waitFor();
    await partner.getByText('Alleen lezen.').waitFor();
    await partner.getByText(/Als partner bewerkt u alleen de thema's die aan uw organisatie \(Politie basisteam Dijkstede\) zijn toegewezen\./).waitFor();
    expect(await partner.locator('#sectie-tekst').count()).toBe(0);
    expect(await partner.locator('textarea:not([readonly]):not(#nieuwe-opmerking)').count()).toBe(0);
    expect(await ernstigeToegankelijkheidsfouten(partner)).toEqual([]);
    await schermafdruk(partner, '06-alleen-lezen-partner');

    const voor = await api(partner, 'GET', sectiePad('thema-2.1'));
    const poging = await api(partner, 'PATCH', sectiePad('thema-2.1'), { body: { tekst: 'Poging van de partner.' }, ifMatch: voor.body.versie as number });
    expect(poging.status).toBe(403);
    expect(await opgeslagenTekst(partner, 'thema-2.1')).toBe(voor.body.tekst);
  });

  it('waarschuwt voor een BSN en slaat pas op na bevestiging', async () => {
    const versieVoor = (await api(coordinator, 'GET', sectiePad('thema-1.3'))).body.versie as number;
    const metBsn = `${samengevoegd}\nMelder met BSN 111222333 belde twee keer.`;
    await coordinator.locator('#sectie-tekst').fill(metBsn);
    await coordinator.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const kop = coordinator.getByRole('heading', { level: 2, name: 'Staan er gegevens over inwoners in de tekst?' });
    await kop.waitFor();
    await expect.poll(() => kop.evaluate((el) => el === document.activeElement)).toBe(true);
    await coordinator.getByText(/^Er is nog niets opgeslagen\./).waitFor();
    await coordinator.locator('mark', { hasText: '111222333' }).waitFor();
    const nu = await api(coordinator, 'GET', sectiePad('thema-1.3'));
    expect(nu.body.tekst).toBe(samengevoegd);
    expect(nu.body.versie).toBe(versieVoor);
    expect(await ernstigeToegankelijkheidsfouten(coordinator)).toEqual([]);
    await schermafdruk(coordinator, '07-privacywaarschuwing');

    await coordinator.getByRole('button', { name: 'Toch opslaan (het zijn geen gegevens over inwoners)' }).click();
    await coordinator.getByText(/^Opgeslagen om/).waitFor();
    expect(await opgeslagenTekst(coordinator)).toBe(metBsn);
  });

  it('zet een eerdere tekst terug uit de geschiedenis', async () => {
    // The merged text of the partner, not the later one with the BSN (that is the current text).
    const item = coordinator
      .locator('.kp-geschiedenis > li')
      .filter({ hasText: 'Tekst gewijzigd door Priya Partner' })
      .filter({ hasNotText: '111222333' });
    await expect.poll(() => item.count()).toBe(1);
    await item.getByRole('button', { name: /^Deze versie terugzetten/ }).click();
    await coordinator.getByText(/^De eerdere tekst is teruggezet als nieuwe versie \d+\.$/).waitFor();
    expect(await opgeslagenTekst(coordinator)).toBe(samengevoegd);
    await expect.poll(() => coordinator.locator('#sectie-tekst').inputValue()).toBe(samengevoegd);
    await coordinator.locator('.kp-geschiedenis > li').first().getByText('Eerdere tekst teruggezet').waitFor();
    await schermafdruk(coordinator, '08-geschiedenis-teruggezet');
  });

  it('plaatst een opmerking die live verschijnt en lost hem op', async () => {
    await partner.goto(sectiePad('thema-1.3'));
    await partner.locator('#sectie-tekst').waitFor();
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
