/**
 * Real Kernplan servers for tests: `node bin/kernplan.mjs serve` as a child process on a free port,
 * an HTTP client that signs in with the session cookie and CSRF token, a websocket client for the
 * live endpoint, and fresh PostgreSQL databases. Every child process is killed when the test file ends
 * (stopAllServers in afterAll, and SIGKILL on exit as a last resort).
 *
 * A server started without a data folder or database gets a copy of the demo installation made by
 * global setup (support/sjablonen.ts): the same data a first start creates, without an initdb and the
 * seeding per server. A test that passes its own (empty) folder or database still sees a first start.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { DEMO_PASSWORD } from '../../src/server/demo/demo.ts';
import { nodeArgs } from './node-args.ts';
import { databaseUrl as urlVan, kopieerDemoDatamap, maakPgDatabase, verwijderPgDatabase } from './sjablonen.ts';

const bin = fileURLToPath(new URL('../../bin/kernplan.mjs', import.meta.url));

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const tempDirs: string[] = [];

/** A new, empty data folder (removed by stopAllServers). */
export function tempDataDir(prefix = 'kp-srv-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/**
 * A new data folder with the demo installation (a copy of the template of global setup; without it an
 * empty folder, which the server fills on its first start). Removed by stopAllServers.
 */
export async function demoDataDir(prefix = 'kp-srv-'): Promise<string> {
  const dir = tempDataDir(prefix);
  await kopieerDemoDatamap(dir);
  return dir;
}

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal (SIGTERM by default) and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartOptions {
  /** Data folder for the embedded database (ignored by the server when databaseUrl is set). */
  dataDir?: string;
  /** PostgreSQL database; empty means the embedded database. */
  databaseUrl?: string;
  port?: number;
  timeoutMs?: number;
  /** Extra environment variables for the server (e.g. TRUST_PROXY, PUBLIC_URL). */
  env?: Record<string, string>;
}

/** Starts `kernplan serve` and resolves once it prints 'Kernplan draait op'. */
export async function startServerProcess(options: StartOptions = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  // With PostgreSQL the data folder is not used.
  const dataDir = options.dataDir ?? (options.databaseUrl ? '' : await demoDataDir());
  const child = spawn(process.execPath, [...nodeArgs(), bin, 'serve'], {
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: options.databaseUrl ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });
  const timeoutMs = options.timeoutMs ?? 45_000;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Server startte niet binnen ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const check = () => {
      if (out.includes('Kernplan draait op')) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`Server stopte tijdens het starten (code ${code}, signaal ${signal}):\n${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    output: () => out,
    exited,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Kills every server this file started and removes the temporary data folders. */
export async function stopAllServers(): Promise<void> {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A new database on the PostgreSQL server of DATABASE_URL: empty, or with `demo` a clone of the demo
 * installation of global setup (empty without it: the server then installs the demo on its first start).
 */
export async function createPgDatabase(opties: { demo?: boolean } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL ontbreekt');
  const name = `kernplan_proc_${randomBytes(6).toString('hex')}`;
  await maakPgDatabase(name, opties.demo ? 'demo' : null);
  return {
    url: urlVan(adminUrl, name),
    drop: () => verwijderPgDatabase(name),
  };
}

/**
 * The database for a test server of this kind with the demo installation: a fresh PostgreSQL database
 * (dropped by `drop`), or the embedded one (the server's default data folder, see startServerProcess).
 */
export async function databaseVoor(kind: 'pglite' | 'postgresql'): Promise<{ databaseUrl: string | undefined; drop: () => Promise<void> }> {
  if (kind !== 'postgresql') return { databaseUrl: undefined, drop: async () => undefined };
  const db = await createPgDatabase({ demo: true });
  return { databaseUrl: db.url, drop: db.drop };
}

export interface HttpAnswer {
  status: number;
  body: Record<string, unknown>;
  etag: string | null;
  headers: Headers;
}

/** Talks to a server process over real HTTP, signed in with a session cookie and CSRF token. */
export class HttpClient {
  constructor(
    readonly baseUrl: string,
    readonly cookie: string | null,
    readonly csrf: string | null,
  ) {}

  static async signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<HttpClient> {
    const res = await fetch(`${baseUrl}/api/v1/sessies`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, wachtwoord: password }),
    });
    if (res.status !== 201) throw new Error(`Aanmelden als ${email} gaf ${res.status}: ${await res.text()}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const body = (await res.json()) as { csrfToken: string };
    return new HttpClient(baseUrl, cookie, body.csrfToken);
  }

  /** The same session against another server process (sessions live in the shared database). */
  on(baseUrl: string): HttpClient {
    return new HttpClient(baseUrl, this.cookie, this.csrf);
  }

  async call(method: string, apiPath: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.Cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['X-CSRF-Token'] = this.csrf;
    if (body !== undefined) h['Content-Type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}/api/v1${apiPath}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, etag: res.headers.get('etag'), headers: res.headers };
  }

  get(apiPath: string): Promise<HttpAnswer> {
    return this.call('GET', apiPath);
  }

  /** Reads the current ETag and sends the change with it. */
  async writeCurrent(method: 'PATCH' | 'DELETE', apiPath: string, body?: unknown): Promise<HttpAnswer> {
    const current = await this.get(apiPath);
    if (current.status !== 200 || !current.etag) throw new Error(`GET ${apiPath} gaf ${current.status}`);
    return this.call(method, apiPath, body, { 'If-Match': current.etag });
  }
}

export type LiveMessage = Record<string, unknown> & { type: string };

/** A websocket client on /api/v1/werkruimtes/{id}/live that keeps every message it receives. */
export class LiveClient {
  readonly messages: LiveMessage[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: (() => void)[] = [];

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (raw: WebSocket.RawData) => {
      this.messages.push(JSON.parse(String(raw)) as LiveMessage);
      for (const w of this.waiters.splice(0)) w();
    });
    this.closed = new Promise((resolve) => ws.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })));
  }

  /** Connects and waits for the 'welkom' message; rejects when the upgrade is refused. */
  static async connect(baseUrl: string, werkruimteId: string, cookie: string | null): Promise<LiveClient> {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/v1/werkruimtes/${werkruimteId}/live`, {
      headers: cookie ? { Cookie: cookie } : {},
    });
    const client = new LiveClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade geweigerd: ${res.statusCode}`)));
    });
    await client.waitFor((m) => m.type === 'welkom');
    return client;
  }

  get connectionId(): string {
    return this.messages.find((m) => m.type === 'welkom')?.verbinding as string;
  }

  send(message: unknown): void {
    this.ws.send(JSON.stringify(message));
  }

  /** The first message (received so far or later) matching the predicate, or an error after timeoutMs. */
  async waitFor(predicate: (m: LiveMessage) => boolean, timeoutMs = 5000, from = 0): Promise<LiveMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.slice(from).find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Geen passend bericht binnen ${timeoutMs} ms; ontvangen: ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.ws.close();
  }
}

/**
 * Tries a websocket upgrade with raw HTTP and returns the status the server answered with
 * (101 when it accepted, then the socket is closed again).
 */
export function upgradeStatus(baseUrl: string, apiPath: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${apiPath}`, {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        ...headers,
      },
    });
    req.once('upgrade', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.once('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });
}
