/**
 * Throttling of sign-in and the proxy rules with real server processes and sockets (ADR 0013):
 * made-up e-mail addresses never lock out a real account, an account blocked on one process is
 * blocked on the other (PostgreSQL, one database), the per-address limit holds across processes,
 * X-Forwarded-For/-Proto count only from a trusted proxy, and PUBLIC_URL decides the Secure flag.
 */
import { request } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/demo/demo.ts';
import { createPgDatabase, type ServerProcess, startServerProcess, stopAllServers } from './support/server-process.ts';
import { vereist } from './support/vereist.ts';

const mail = (rol: string) => `${rol}@demo.kernplan.nl`;

interface Antwoord {
  status: number;
  retryAfter: string | null;
  cookie: string;
  body: Record<string, unknown>;
}

/** POST /api/v1/sessies over plain HTTP with exactly these headers (Host included). */
function aanmelden(server: ServerProcess, email: string, wachtwoord: string, headers: Record<string, string> = {}): Promise<Antwoord> {
  const body = JSON.stringify({ email, wachtwoord });
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: '/api/v1/sessies', method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: (res.headers['retry-after'] as string | undefined) ?? null,
            cookie: (res.headers['set-cookie'] ?? []).join('\n'),
            body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
          }),
        );
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

const via = (clientAdres: string) => ({ 'X-Forwarded-For': clientAdres });
/** Starting (seeding the demo) can take a while on a busy machine. */
const START = 180_000;

const kinds = vereist('DATABASE_URL') ? (['pglite', 'postgresql'] as const) : (['pglite'] as const);

describe.each(kinds)('aanmeldbeperking met echte serverprocessen (%s)', (kind) => {
  /** A: TRUST_PROXY=1. B: TRUST_PROXY=127.0.0.1 and PUBLIC_URL https (PostgreSQL; with PGlite B is A). */
  let a: ServerProcess;
  let b: ServerProcess;
  /** No TRUST_PROXY, no PUBLIC_URL (PostgreSQL only). */
  let c: ServerProcess | undefined;
  let databaseUrl: string | undefined;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (kind === 'postgresql') {
      const db = await createPgDatabase();
      databaseUrl = db.url;
      drop = db.drop;
      // A creates and seeds the fresh database; the others start on it after A listens.
      a = await startServerProcess({ databaseUrl, env: { TRUST_PROXY: '1' }, timeoutMs: START });
      b = await startServerProcess({ databaseUrl, env: { TRUST_PROXY: '127.0.0.1', PUBLIC_URL: 'https://kernplan.gemeente.example' }, timeoutMs: START });
      c = await startServerProcess({ databaseUrl, timeoutMs: START });
    } else {
      a = await startServerProcess({ env: { TRUST_PROXY: '1' }, timeoutMs: START });
      b = a;
    }
  }, 4 * START);
  afterAll(async () => {
    await stopAllServers();
    await drop?.();
  });

  it('laat de coördinator binnen na 21 mislukte pogingen met verzonnen e-mailadressen vanaf één adres', async () => {
    const adres = via('198.51.100.10');
    for (let i = 0; i < 21; i++) {
      const r = await aanmelden(i % 2 ? b : a, `verzonnen-${i}@voorbeeld.nl`, 'een-fout-wachtwoord', adres);
      expect(r.status).toBe(401);
    }
    expect((await aanmelden(a, mail('coordinator'), DEMO_PASSWORD, adres)).status).toBe(201);
    expect((await aanmelden(b, mail('coordinator'), DEMO_PASSWORD, adres)).status).toBe(201);
  });

  it('blokkeert een account na zes pogingen op beide processen; een ander account vanaf hetzelfde adres komt binnen', async () => {
    const adres = via('198.51.100.11');
    for (let i = 0; i < 5; i++) expect((await aanmelden(i % 2 ? b : a, mail('redacteur'), `fout-${i}-wachtwoord`, adres)).status).toBe(401);
    const opA = await aanmelden(a, mail('redacteur'), DEMO_PASSWORD, adres);
    expect(opA.status).toBe(429);
    expect(opA.retryAfter).toBe('900');
    const opB = await aanmelden(b, mail('redacteur'), DEMO_PASSWORD, adres);
    expect(opB.status).toBe(429);
    expect(Number(opB.retryAfter)).toBeGreaterThan(880);
    expect((await aanmelden(b, mail('partner'), DEMO_PASSWORD, adres)).status).toBe(201);
    expect((await aanmelden(a, mail('partner'), DEMO_PASSWORD, adres)).status).toBe(201);
  });

  it('zet Secure bij X-Forwarded-Proto: https van een vertrouwde proxy, ook met Host: localhost', async () => {
    const metHttps = await aanmelden(a, mail('lezer'), DEMO_PASSWORD, { Host: 'localhost', 'X-Forwarded-Proto': 'https', ...via('198.51.100.20') });
    expect(metHttps.status).toBe(201);
    expect(metHttps.cookie).toMatch(/;\s*Secure/i);
    const zonder = await aanmelden(a, mail('lezer'), DEMO_PASSWORD, { Host: 'kernplan.gemeente.example', ...via('198.51.100.20') });
    expect(zonder.cookie).not.toMatch(/Secure/i);
  });

  describe.skipIf(kind !== 'postgresql')('meer processen op één database', () => {
    it('blokkeert een adres na 100 fouten op beide processen, een ander adres achter dezelfde proxy niet', { timeout: 240_000 }, async () => {
      const adres = via('198.51.100.12');
      for (let i = 0; i < 100; i += 10) {
        const batch = await Promise.all(
          Array.from({ length: 10 }, (_, j) => aanmelden((i + j) % 2 ? b : a, `adres-${i + j}@voorbeeld.nl`, 'een-fout-wachtwoord', adres)),
        );
        expect(batch.map((r) => r.status)).toEqual(Array(10).fill(401));
      }
      const opB = await aanmelden(b, mail('coordinator'), DEMO_PASSWORD, adres);
      expect(opB.status).toBe(429);
      expect(opB.retryAfter).toBe('900');
      expect((await aanmelden(a, mail('coordinator'), DEMO_PASSWORD, adres)).status).toBe(429);
      expect((await aanmelden(a, mail('coordinator'), DEMO_PASSWORD, via('198.51.100.13'))).status).toBe(201);
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ details: { beperking: string } }>(
          `select details from beveiligingslog where soort = 'aanmelding-geblokkeerd' and adres = '198.51.100.12'`,
        );
        expect(rows.map((r) => r.details.beperking)).toEqual(['adres', 'adres']);
      } finally {
        await client.end();
      }
    });

    it('zonder TRUST_PROXY telt een meegestuurde X-Forwarded-(For|Proto) niet; met PUBLIC_URL https altijd Secure', async () => {
      const gespoofd = await aanmelden(c!, 'spoof@voorbeeld.nl', 'een-fout-wachtwoord', { ...via('192.0.2.99'), 'X-Forwarded-Proto': 'https' });
      expect(gespoofd.status).toBe(401);
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ adres: string }>(`select adres from beveiligingslog where email = 'spoof@voorbeeld.nl'`);
        expect(rows.map((r) => r.adres)).toEqual([expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$/)]);
      } finally {
        await client.end();
      }
      const onvertrouwd = await aanmelden(c!, mail('lezer'), DEMO_PASSWORD, { Host: 'localhost', 'X-Forwarded-Proto': 'https' });
      expect(onvertrouwd.status).toBe(201);
      expect(onvertrouwd.cookie).not.toMatch(/Secure/i);
      const publiek = await aanmelden(b, mail('lezer'), DEMO_PASSWORD, { Host: 'localhost', ...via('198.51.100.21') });
      expect(publiek.status).toBe(201);
      expect(publiek.cookie).toMatch(/;\s*Secure/i);
    });
  });
});
