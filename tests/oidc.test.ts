/**
 * Sign-in with an organisation account: a real OpenID Connect provider (oidc-provider, with its
 * development login and consent pages) runs in the test process on a random port; the test drives
 * the browser's part with fetch, following redirects by hand and keeping the provider's cookies.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type KernplanApp } from '../src/server/app.ts';
import { readConfig } from '../src/server/config.ts';
import { StartupError } from '../src/server/db/db.ts';
import { seedDemo } from '../src/server/demo/demo.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

const KERNPLAN = 'http://localhost';
const CALLBACK = `${KERNPLAN}/api/v1/oidc/terugkeer`;

/** The browser's cookies at the identity provider (one host, so names are enough). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (/expires=Thu, 01 Jan 1970/i.test(c) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

function cookieFrom(res: Response, name: string): string | undefined {
  return res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0];
}

describe('aanmelden met een organisatie-account (OpenID Connect)', () => {
  let idp: Server;
  let issuer: string;
  let testDb: TestDb;
  let app: KernplanApp;

  beforeAll(async () => {
    const handler: { fn?: ReturnType<Provider['callback']> } = {};
    idp = createServer((req, res) => void handler.fn!(req, res));
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'kernplan',
          client_secret: 'test-client-secret-zwolle',
          redirect_uris: [CALLBACK],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      // The development login page takes any login name as the account id.
      findAccount: (_ctx, id) => ({
        accountId: id,
        claims: () => ({ sub: id, email: `${id}@zwolle.example`, email_verified: true, name: `Medewerker ${id}` }),
      }),
      features: { devInteractions: { enabled: true } },
      cookies: { keys: ['test-cookie-sleutel'] },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    });
    warn.mockRestore();
    handler.fn = provider.callback();
    testDb = await createTestDb('pglite');
    await seedDemo(testDb.db);
    app = createApp({
      db: testDb.db,
      oidc: {
        issuer,
        clientId: 'kernplan',
        clientSecret: 'test-client-secret-zwolle',
        redirectUri: undefined,
        naam: 'Gemeente Zwolle-account',
        organisatie: 'Gemeente Zwolle',
      },
    });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => idp.close(() => resolve()));
    idp.closeAllConnections();
    await testDb.drop();
  });

  /** Starts at Kernplan; returns the provider's first URL and the Kernplan attempt cookie. */
  async function start(terug = '/werkruimtes') {
    const res = await app.request(`${KERNPLAN}/api/v1/oidc/aanmelden?terug=${encodeURIComponent(terug)}`);
    expect(res.status).toBe(302);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kernplan_oidc='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    return { url: new URL(res.headers.get('location')!), cookie: cookie.split(';')[0]! };
  }

  /** Plays the browser at the provider: follows redirects, fills in login and consent, until it goes back to Kernplan. */
  async function atProvider(first: URL, login: string): Promise<URL> {
    const jar = new CookieJar();
    let url = first;
    let body: URLSearchParams | undefined;
    for (let step = 0; step < 12; step++) {
      const res = await fetch(url, {
        method: body ? 'POST' : 'GET',
        redirect: 'manual',
        headers: { Cookie: jar.header(), ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) },
        body,
      });
      jar.take(res);
      body = undefined;
      const location = res.headers.get('location');
      if (location) {
        url = new URL(location, url);
        if (url.origin !== issuer) return url;
        continue;
      }
      const html = await res.text();
      expect(res.status, html).toBe(200);
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="([a-z]+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`Onverwachte pagina van de inlogdienst: ${html.slice(0, 300)}`);
      url = new URL(action, url);
      body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'test' } : { prompt });
    }
    throw new Error('Te veel stappen bij de inlogdienst');
  }

  it('toont de knop via de instellingen', async () => {
    const res = await app.request('/api/v1/instellingen');
    expect(((await res.json()) as { oidc: unknown }).oidc).toEqual({ naam: 'Gemeente Zwolle-account', aanmeldUrl: '/api/v1/oidc/aanmelden' });
  });

  it('meldt aan met PKCE, state en nonce, maakt het account en een gewone sessie', async () => {
    const { url, cookie } = await start('/werkruimtes');
    expect(url.origin).toBe(issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toBeTruthy();
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);

    const callback = await atProvider(url, 'olga');
    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
    expect(callback.searchParams.get('code')).toBeTruthy();

    const terug = await app.request(callback.toString(), { headers: { Cookie: cookie } });
    expect(terug.status, await terug.clone().text()).toBe(302);
    expect(terug.headers.get('location')).toBe('/werkruimtes');
    const sessieCookie = terug.headers.getSetCookie().find((c) => c.startsWith('kernplan_sessie='))!;
    expect(sessieCookie).toMatch(/HttpOnly/i);
    expect(sessieCookie).toMatch(/SameSite=Strict/i);
    expect(sessieCookie).toMatch(/Path=\//);

    const huidig = await app.request(`${KERNPLAN}/api/v1/sessies/huidig`, { headers: { Cookie: sessieCookie.split(';')[0]! } });
    expect(huidig.status).toBe(200);
    const sessie = (await huidig.json()) as { csrfToken: string; totpInstellenVerplicht: boolean; gebruiker: { email: string; naam: string; organisatie: { naam: string } } };
    expect(sessie.gebruiker).toMatchObject({ email: 'olga@zwolle.example', naam: 'Medewerker olga', organisatie: { naam: 'Gemeente Zwolle' } });
    expect(sessie.totpInstellenVerplicht).toBe(false);

    // A new municipality employee coordinates no workspace yet, so may not create one (a coordinator or the administrator invites him).
    const ws = await app.request(`${KERNPLAN}/api/v1/werkruimtes`, {
      method: 'POST',
      headers: { Cookie: sessieCookie.split(';')[0]!, 'X-CSRF-Token': sessie.csrfToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({ naam: 'Wijkaanpak Zwolle-Zuid', soort: 'project', gemeentecode: 'GM0193', periodeStart: 2026, periodeEinde: 2027 }),
    });
    expect(ws.status).toBe(403);

    const log = await testDb.db.query<{ details: { methode: string; nieuwAccount: boolean } }>(
      "select details from beveiligingslog where soort = 'aanmelding' and email = 'olga@zwolle.example'",
    );
    expect(log.rows.map((r) => r.details)).toEqual([{ methode: 'oidc', nieuwAccount: true }]);

    // The same person again: the same account, found by the IdP's subject, and the attempt cannot be replayed.
    const opnieuw = await start();
    const tweede = await app.request((await atProvider(opnieuw.url, 'olga')).toString(), { headers: { Cookie: opnieuw.cookie } });
    expect(tweede.status).toBe(302);
    const aantal = await testDb.db.query("select 1 from gebruikers where email = 'olga@zwolle.example'");
    expect(aantal.rows).toHaveLength(1);
    const replay = await app.request(callback.toString(), { headers: { Cookie: cookie } });
    expect(replay.status).toBe(400);
  });

  it('koppelt een bestaand account met hetzelfde e-mailadres', async () => {
    const { url, cookie } = await start();
    // The demo coordinator's address is coordinator@demo.kernplan.nl; make an IdP account with a matching address.
    await testDb.db.query("update gebruikers set email = 'carla@zwolle.example' where email = 'coordinator@demo.kernplan.nl'");
    const res = await app.request((await atProvider(url, 'carla')).toString(), { headers: { Cookie: cookie } });
    expect(res.status).toBe(302);
    const huidig = await app.request(`${KERNPLAN}/api/v1/sessies/huidig`, { headers: { Cookie: cookieFrom(res, 'kernplan_sessie')! } });
    expect(((await huidig.json()) as { gebruiker: { naam: string } }).gebruiker.naam).toBe('Carla Coördinator');
  });

  it('weigert een terugkeer met een andere state, zonder aanvraag, of met een fout van de inlogdienst', async () => {
    const { cookie } = await start();
    const verkeerd = await app.request(`${CALLBACK}?code=abc&state=vervalst`, { headers: { Cookie: cookie } });
    expect(verkeerd.status).toBe(400);
    expect(verkeerd.headers.get('content-type')).toContain('application/problem+json');
    expect(((await verkeerd.json()) as { detail: string }).detail).toContain('controlewaarde (state) van de aanmelding via Gemeente Zwolle-account klopt niet');

    const zonder = await app.request(`${CALLBACK}?code=abc&state=iets`);
    expect(zonder.status).toBe(400);
    expect(((await zonder.json()) as { detail: string }).detail).toContain('verlopen of in een ander venster begonnen');

    const poging = await start();
    const state = poging.url.searchParams.get('state')!;
    const geweigerd = await app.request(`${CALLBACK}?error=access_denied&state=${state}`, { headers: { Cookie: poging.cookie } });
    expect(geweigerd.status).toBe(401);
    expect(((await geweigerd.json()) as { detail: string }).detail).toContain('afgebroken of geweigerd');
    expect(geweigerd.headers.getSetCookie().some((c) => c.startsWith('kernplan_sessie='))).toBe(false);
  });

  it('geeft 404 problem+json als OpenID Connect niet is ingesteld', async () => {
    const zonder = createApp({ db: testDb.db });
    for (const pad of ['/api/v1/oidc/aanmelden', '/api/v1/oidc/terugkeer?code=x&state=y']) {
      const res = await zonder.request(pad);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(((await (await zonder.request('/api/v1/instellingen')).json()) as { oidc: unknown }).oidc).toBeNull();
  });
});

describe('instellingen voor OpenID Connect en e-mail', () => {
  const fout = (env: Record<string, string>) => {
    try {
      readConfig(env);
    } catch (err) {
      expect(err).toBeInstanceOf(StartupError);
      return (err as Error).message;
    }
    throw new Error('geen StartupError');
  };

  it('leest een volledige instelling', () => {
    const c = readConfig({
      OIDC_ISSUER: 'https://login.zwolle.example',
      OIDC_CLIENT_ID: 'kernplan',
      OIDC_CLIENT_SECRET: 's',
      OIDC_NAAM: 'Gemeente Zwolle-account',
      SMTP_URL: 'smtp://u:p@mail.zwolle.example:587',
      MAIL_AFZENDER: 'Kernplan <kernplan@zwolle.example>',
    });
    expect(c.oidc).toMatchObject({ issuer: 'https://login.zwolle.example', clientId: 'kernplan', naam: 'Gemeente Zwolle-account', organisatie: undefined });
    expect(c.mail).toEqual({ smtpUrl: 'smtp://u:p@mail.zwolle.example:587', afzender: 'Kernplan <kernplan@zwolle.example>' });
    expect(readConfig({})).toMatchObject({ oidc: null, mail: null });
  });

  it('weigert halve of onveilige instellingen met een duidelijke melding, zonder geheimen', () => {
    expect(fout({ OIDC_ISSUER: 'https://login.zwolle.example' })).toContain('OIDC_CLIENT_ID ontbreekt');
    expect(fout({ OIDC_ISSUER: 'http://login.zwolle.example', OIDC_CLIENT_ID: 'k' })).toContain('OIDC_ISSUER moet met https:// beginnen');
    expect(fout({ OIDC_ISSUER: 'geen url', OIDC_CLIENT_ID: 'k' })).toContain('OIDC_ISSUER moet een volledige URL zijn');
    expect(fout({ OIDC_ISSUER: 'https://x.example', OIDC_CLIENT_ID: 'k', OIDC_REDIRECT_URI: 'ftp://x' })).toContain('OIDC_REDIRECT_URI');
    expect(fout({ SMTP_URL: 'smtp://u:p@mail.example' })).toContain('MAIL_AFZENDER ontbreekt');
    expect(fout({ MAIL_AFZENDER: 'kernplan@zwolle.example' })).toContain('SMTP_URL ontbreekt');
    const slecht = fout({ SMTP_URL: 'http://gebruiker:supergeheim@mail.example', MAIL_AFZENDER: 'kernplan@zwolle.example' });
    expect(slecht).toContain('SMTP_URL moet de vorm smtp://');
    expect(slecht).not.toContain('supergeheim');
    expect(fout({ SMTP_URL: 'smtp://mail.example', MAIL_AFZENDER: 'geen adres' })).toContain('MAIL_AFZENDER moet een e-mailadres zijn');
  });
});
