/**
 * Throttling of sign-in (per account and per address, in the database) and the proxy rules
 * (TRUST_PROXY, PUBLIC_URL) for the client address and the Secure cookie flag. ADR 0013.
 */
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { Aanmeldbeperking } from './aanmeldbeperking.ts';
import { totpCode } from './totp.ts';
import { parseTrustProxy, verbinding, type VerbindingOptions } from './verbinding.ts';
import { readConfig } from '../config.ts';
import { StartupError } from '../db/db.ts';
import { DEMO_PASSWORD, seedDemo } from '../demo/demo.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;

interface Verzoek {
  /** The address of the TCP peer (the socket); absent: like app.request() without a socket. */
  peer?: string;
  headers?: Record<string, string>;
  url?: string;
}

/** POST /api/v1/sessies as if it came from `peer` over a socket. */
async function aanmelden(app: KernplanApp, email: string, wachtwoord: string, v: Verzoek = {}, extra: Record<string, string> = {}) {
  const env = v.peer ? { incoming: { socket: { remoteAddress: v.peer, remotePort: 50_000, remoteFamily: v.peer.includes(':') ? 'IPv6' : 'IPv4' } } } : undefined;
  const res = await app.request(
    v.url ?? 'http://localhost/api/v1/sessies',
    { method: 'POST', headers: { 'Content-Type': 'application/json', ...v.headers }, body: JSON.stringify({ email, wachtwoord, ...extra }) },
    env,
  );
  return res;
}

describe.each(dbKinds)('aanmeldbeperking op %s', (kind) => {
  let testDb: TestDb;
  const apps: KernplanApp[] = [];
  const app = (verbindingOpties: VerbindingOptions = {}, limieten?: ConstructorParameters<typeof Aanmeldbeperking>[1]) => {
    const a = createApp({
      db: testDb.db,
      verbinding: verbindingOpties,
      ...(limieten ? { aanmeldbeperking: new Aanmeldbeperking(testDb.db, limieten) } : {}),
    });
    apps.push(a);
    return a;
  };

  // Seeding the demo can take over a minute on a busy machine.
  beforeAll(async () => {
    testDb = await createTestDb(kind);
    await seedDemo(testDb.db);
  }, 180_000);
  afterAll(async () => {
    await testDb.drop();
  });

  const log = async (soort: string, email: string) =>
    (await testDb.db.query<{ adres: string; details: Record<string, unknown> | null }>('select adres, details from beveiligingslog where soort = $1 and email = $2 order by id', [soort, email])).rows;

  it('laat de coördinator met het goede wachtwoord binnen na 21 mislukte pogingen met verzonnen adressen vanaf hetzelfde adres', async () => {
    const a = app();
    const peer = '203.0.113.10';
    // Before ADR 0013 twenty failures from one address blocked everyone there for 15 minutes.
    for (let i = 0; i < 21; i++) {
      const r = await aanmelden(a, `verzonnen-${i}@voorbeeld.nl`, 'een-fout-wachtwoord', { peer });
      expect(r.status).toBe(401);
    }
    const coordinator = await aanmelden(a, mail('coordinator'), DEMO_PASSWORD, { peer });
    expect(coordinator.status).toBe(201);
  });

  it('blokkeert een account na vijf fouten (429 met Retry-After), maar niet een ander account vanaf hetzelfde adres', async () => {
    const a = app();
    const peer = '203.0.113.11';
    for (let i = 0; i < 5; i++) expect((await aanmelden(a, mail('redacteur'), `fout-${i}-wachtwoord`, { peer })).status).toBe(401);
    const geblokkeerd = await aanmelden(a, mail('redacteur'), DEMO_PASSWORD, { peer });
    expect(geblokkeerd.status).toBe(429);
    expect(geblokkeerd.headers.get('Retry-After')).toBe('900');
    expect(((await geblokkeerd.json()) as { detail: string }).detail).toBe('Te veel mislukte aanmeldpogingen. Wacht 15 minuten en probeer het dan opnieuw.');
    // Also from another address, and in another app on the same database (another process).
    const elders = await aanmelden(app(), mail('redacteur'), DEMO_PASSWORD, { peer: '198.51.100.77' });
    expect(elders.status).toBe(429);
    expect(Number(elders.headers.get('Retry-After'))).toBeGreaterThan(890);
    expect((await aanmelden(a, mail('partner'), DEMO_PASSWORD, { peer })).status).toBe(201);
    const blokkades = await log('aanmelding-geblokkeerd', mail('redacteur'));
    expect(blokkades.map((b) => b.details?.beperking)).toEqual(['account', 'account']);
    expect(blokkades[0]!.adres).toBe(peer);
  });

  it('zegt bij een onbekend e-mailadres hetzelfde als bij een bestaand account, ook na vijf fouten', async () => {
    const a = app();
    const peer = '203.0.113.12';
    for (let i = 0; i < 5; i++) expect((await aanmelden(a, 'niemand-hier@voorbeeld.nl', `fout-${i}-wachtwoord`, { peer })).status).toBe(401);
    const onbekend = await aanmelden(a, 'niemand-hier@voorbeeld.nl', 'fout-6-wachtwoord', { peer });
    expect(onbekend.status).toBe(429);
    expect(onbekend.headers.get('Retry-After')).toBe('900');
    // The unknown address is stored only as a hash.
    const { rows } = await testDb.db.query<{ key: string }>('select key from aanmeldbeperking');
    expect(rows.some((r) => r.key.includes('niemand'))).toBe(false);
  });

  it('zet de teller van een account terug na een geslaagde aanmelding', async () => {
    const a = app();
    const peer = '203.0.113.13';
    for (let ronde = 0; ronde < 2; ronde++) {
      for (let i = 0; i < 4; i++) expect((await aanmelden(a, mail('lezer'), `fout-${i}-wachtwoord`, { peer })).status).toBe(401);
      expect((await aanmelden(a, mail('lezer'), DEMO_PASSWORD, { peer })).status).toBe(201);
    }
  });

  it('telt foute TOTP-codes mee, een goed wachtwoord zonder code niet', async () => {
    const a = app();
    const peer = '203.0.113.14';
    const geheim = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await testDb.db.query('update gebruikers set totp_geheim = $2, totp_laatste_stap = null where email = $1', [mail('beslisser'), geheim]);
    for (let i = 0; i < 6; i++) {
      const r = await aanmelden(a, mail('beslisser'), DEMO_PASSWORD, { peer });
      expect(r.status).toBe(401);
      expect(((await r.json()) as { totpVereist?: boolean }).totpVereist).toBe(true);
    }
    const fout = String((Number(totpCode(geheim, Date.now())) + 500_000) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i++) expect((await aanmelden(a, mail('beslisser'), DEMO_PASSWORD, { peer }, { code: fout })).status).toBe(401);
    const goed = await aanmelden(a, mail('beslisser'), DEMO_PASSWORD, { peer }, { code: totpCode(geheim, Date.now()) });
    expect(goed.status).toBe(429);
    await testDb.db.query('update gebruikers set totp_geheim = null where email = $1', [mail('beslisser')]);
  });

  it('blokkeert een adres na zijn limiet; een ander adres via een vertrouwde proxy niet; zonder TRUST_PROXY telt X-Forwarded-For niet', async () => {
    const limieten = { perAccount: 5, perAdres: 8, vensterSeconden: 900 };
    const achterProxy = app({ trustProxy: ['127.0.0.1'] }, limieten);
    const proxy = '127.0.0.1';
    for (let i = 0; i < 8; i++) {
      const r = await aanmelden(achterProxy, `proxy-${i}@voorbeeld.nl`, 'een-fout-wachtwoord', { peer: proxy, headers: { 'X-Forwarded-For': '198.51.100.1' } });
      expect(r.status).toBe(401);
    }
    const geblokkeerd = await aanmelden(achterProxy, mail('coordinator'), DEMO_PASSWORD, { peer: proxy, headers: { 'X-Forwarded-For': '198.51.100.1' } });
    expect(geblokkeerd.status).toBe(429);
    expect(geblokkeerd.headers.get('Retry-After')).toBe('900');
    // Another client behind the same proxy, also with a spoofed first hop.
    const ander = await aanmelden(achterProxy, mail('coordinator'), DEMO_PASSWORD, { peer: proxy, headers: { 'X-Forwarded-For': '198.51.100.1, 198.51.100.2' } });
    expect(ander.status).toBe(201);
    const mislukt = await log('aanmelding-mislukt', 'proxy-0@voorbeeld.nl');
    expect(mislukt[0]!.adres).toBe('198.51.100.1');
    const blok = await log('aanmelding-geblokkeerd', mail('coordinator'));
    expect(blok.at(-1)!.details?.beperking).toBe('adres');

    // Without TRUST_PROXY a client cannot get a fresh address by sending X-Forwarded-For.
    const direct = app({}, limieten);
    const peer = '203.0.113.15';
    for (let i = 0; i < 8; i++) {
      const r = await aanmelden(direct, `direct-${i}@voorbeeld.nl`, 'een-fout-wachtwoord', { peer, headers: { 'X-Forwarded-For': `198.51.100.${100 + i}` } });
      expect(r.status).toBe(401);
    }
    const gespoofd = await aanmelden(direct, mail('coordinator'), DEMO_PASSWORD, { peer, headers: { 'X-Forwarded-For': '198.51.100.200' } });
    expect(gespoofd.status).toBe(429);
    expect((await log('aanmelding-mislukt', 'direct-0@voorbeeld.nl'))[0]!.adres).toBe(peer);
  });

  it('met TRUST_PROXY=1 telt alleen de laatste hop van X-Forwarded-For', async () => {
    const a = app({ trustProxy: 1 });
    const r = await aanmelden(a, 'hop@voorbeeld.nl', 'een-fout-wachtwoord', { peer: '10.0.0.2', headers: { 'X-Forwarded-For': '192.0.2.1, 198.51.100.9' } });
    expect(r.status).toBe(401);
    expect((await log('aanmelding-mislukt', 'hop@voorbeeld.nl'))[0]!.adres).toBe('198.51.100.9');
  });

  describe('Secure-vlag van de sessiecookie', () => {
    const cookie = async (a: KernplanApp, v: Verzoek) => {
      const r = await aanmelden(a, mail('lezer'), DEMO_PASSWORD, v);
      expect(r.status).toBe(201);
      return r.headers.get('set-cookie') ?? '';
    };

    it('met PUBLIC_URL https altijd Secure, wat de Host ook is', async () => {
      const a = app({ publicUrl: 'https://kernplan.gemeente.example' });
      expect(await cookie(a, { peer: '203.0.113.20', headers: { Host: 'localhost' } })).toMatch(/;\s*Secure/i);
      expect(await cookie(a, { url: 'http://localhost/api/v1/sessies' })).toMatch(/;\s*Secure/i);
    });

    it('Host: localhost met X-Forwarded-Proto: https: niet Secure van een onvertrouwde peer, wel van een vertrouwde proxy', async () => {
      const headers = { Host: 'localhost', 'X-Forwarded-Proto': 'https' };
      expect(await cookie(app(), { peer: '203.0.113.21', headers })).not.toMatch(/Secure/i);
      expect(await cookie(app({ trustProxy: ['127.0.0.1'] }), { peer: '203.0.113.21', headers })).not.toMatch(/Secure/i);
      expect(await cookie(app({ trustProxy: ['127.0.0.1'] }), { peer: '127.0.0.1', headers })).toMatch(/;\s*Secure/i);
      expect(await cookie(app({ trustProxy: 1 }), { peer: '::ffff:10.1.2.3', headers })).toMatch(/;\s*Secure/i);
    });

    it('een externe Host over gewoon http geeft geen Secure meer; afmelden wist de cookie met dezelfde vlag', async () => {
      const a = app({ trustProxy: 1 });
      expect(await cookie(a, { peer: '203.0.113.22', headers: { Host: 'kernplan.gemeente.example' } })).not.toMatch(/Secure/i);
      const set = await cookie(a, { peer: '10.0.0.1', headers: { 'X-Forwarded-Proto': 'https' } });
      const res = await a.request(
        'http://localhost/api/v1/sessies/huidig',
        { method: 'GET', headers: { Cookie: set.split(';')[0]!, 'X-Forwarded-Proto': 'https' } },
        { incoming: { socket: { remoteAddress: '10.0.0.1' } } },
      );
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      const uit = await a.request(
        'http://localhost/api/v1/sessies/huidig',
        { method: 'DELETE', headers: { Cookie: set.split(';')[0]!, 'X-CSRF-Token': csrfToken, 'X-Forwarded-Proto': 'https' } },
        { incoming: { socket: { remoteAddress: '10.0.0.1' } } },
      );
      expect(uit.status).toBe(204);
      expect(uit.headers.get('set-cookie')).toMatch(/Max-Age=0.*Secure|Secure.*Max-Age=0/i);
    });
  });
});

describe('verbindingsregels', () => {
  const probe = (opties: VerbindingOptions) => {
    const v = verbinding(opties);
    const h = new Hono();
    h.get('/', (c) => c.json({ adres: v.clientAddress(c), https: v.isHttps(c), secure: v.secureCookies(c), origin: v.publicOrigin(c) }));
    return async (peer: string | null, headers: Record<string, string> = {}, url = 'http://kernplan.intern/') => {
      const res = await h.request(url, { headers }, peer ? { incoming: { socket: { remoteAddress: peer } } } : undefined);
      return (await res.json()) as Record<string, unknown>;
    };
  };

  it('neemt het publieke adres uit PUBLIC_URL, anders uit het verzoek met het protocol van een vertrouwde proxy', async () => {
    expect(await probe({ publicUrl: 'https://kernplan.gemeente.example' })('203.0.113.1', { Host: 'evil.example' })).toMatchObject({
      origin: 'https://kernplan.gemeente.example',
      secure: true,
      https: false,
    });
    expect(await probe({ trustProxy: 1 })('10.0.0.1', { 'X-Forwarded-Proto': 'https' })).toMatchObject({ origin: 'https://kernplan.intern', secure: true });
    expect(await probe({})('10.0.0.1', { 'X-Forwarded-Proto': 'https' })).toMatchObject({ origin: 'http://kernplan.intern', secure: false, adres: '10.0.0.1' });
  });

  it('vertrouwt een subnet, en houdt op bij de eerste onvertrouwde hop', async () => {
    const p = probe({ trustProxy: ['10.0.0.0/8'] });
    expect(await p('10.0.0.1', { 'X-Forwarded-For': '192.0.2.1, 10.0.0.7' })).toMatchObject({ adres: '192.0.2.1' });
    expect(await p('10.0.0.1', { 'X-Forwarded-For': '192.0.2.1, 198.51.100.3, 10.0.0.7' })).toMatchObject({ adres: '198.51.100.3' });
    expect(await p(null, { 'X-Forwarded-For': '192.0.2.1' })).toMatchObject({ adres: 'onbekend' });
  });

  it('leest TRUST_PROXY en PUBLIC_URL, en weigert foute waarden met één regel', () => {
    expect(parseTrustProxy(undefined)).toBeUndefined();
    expect(parseTrustProxy(' 0 ')).toBeUndefined();
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.5, 10.0.0.6,fd00::/8')).toEqual(['10.0.0.5', '10.0.0.6', 'fd00::/8']);
    for (const fout of ['true', '10.0.0.300', '10.0.0.5,,10.0.0.6', 'proxy.gemeente.nl', '99']) {
      expect(() => parseTrustProxy(fout)).toThrow(StartupError);
    }
    expect(() => parseTrustProxy('true')).toThrow(/^TRUST_PROXY moet het aantal proxy's/);
    expect(readConfig({ PUBLIC_URL: 'https://kernplan.gemeente.example/' }).publicUrl).toBe('https://kernplan.gemeente.example');
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(() => readConfig({ PUBLIC_URL: 'https://kernplan.gemeente.example/kernplan' })).toThrow(/PUBLIC_URL is het adres van Kernplan zonder pad/);
    expect(() => readConfig({ PUBLIC_URL: 'http://kernplan.gemeente.example' })).toThrow(/PUBLIC_URL moet met https:\/\/ beginnen/);
    expect(() => readConfig({ PUBLIC_URL: 'kernplan.gemeente.example' })).toThrow(StartupError);
  });
});
