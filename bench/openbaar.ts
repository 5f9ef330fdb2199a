/**
 * Load benchmark of the public dashboard (issue 18; not a test): anonymous readers of
 * /api/v1/openbaar/GM9999 (the dashboard, the CSV and the JSON open data, in turn) with 100 concurrent
 * connections, beside a minimal Node HTTP server (the floor) measured in the same run with the same
 * load generator (autocannon). Public answers are kept in the answer cache (ADR 0017) while the
 * workspace's stand is unchanged: one query per request. Prints req/s, p50, p95, p99, errors and the
 * ratio of Kernplan's p95 to the floor's.
 *
 *   npm run bench:openbaar [-- --duur 15 --verbindingen 100 --alleen pglite|postgresql]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDb } from '../src/server/db/open-db.ts';
import { DEMO_GEMEENTECODE, seedDemo } from '../src/server/demo/demo.ts';
import { ensureWebBuild, kiesWebRoot } from '../src/server/main.ts';
import { appVersion } from '../src/server/version.ts';
import { createPgDatabase, freePort } from '../tests/support/server-process.ts';
import { pct, startVloer } from './vloer.ts';

interface AcRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
}
interface AcClient {
  setRequests(requests: AcRequest[]): void;
}
interface AcResult {
  errors: number;
  timeouts: number;
}
interface AcInstance {
  on(event: 'response', listener: (client: AcClient, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (opts: Record<string, unknown>, cb: (err: Error | null, result: AcResult) => void) => AcInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values } = parseArgs({
  options: {
    duur: { type: 'string', default: '15' },
    verbindingen: { type: 'string', default: '100' },
    alleen: { type: 'string' },
  },
});
const duur = Number(values.duur);
const verbindingen = Number(values.verbindingen);

interface Meting {
  naam: string;
  reqPerS: number;
  p50: number;
  p95: number;
  p99: number;
  fouten: number;
  statussen: Record<number, number>;
}

function belast(naam: string, url: string, verzoeken: AcRequest[]): Promise<Meting> {
  return new Promise((resolve, reject) => {
    let tijden = new Float64Array(1 << 16);
    let n = 0;
    const statussen: Record<number, number> = {};
    let volgende = 0;
    const start = performance.now();
    const instance = autocannon(
      {
        url,
        connections: verbindingen,
        duration: duur,
        timeout: 10,
        // Each connection starts at another request of the mix, so all three run at once.
        setupClient: (client: AcClient) => {
          const i = volgende++ % verzoeken.length;
          client.setRequests([...verzoeken.slice(i), ...verzoeken.slice(0, i)]);
        },
      },
      (err, result) => {
        if (err) return reject(err);
        const s = tijden.subarray(0, n).sort();
        const fouten = result.errors + Object.entries(statussen).reduce((t, [code, aantal]) => t + (Number(code) >= 300 ? aantal : 0), 0);
        resolve({ naam, reqPerS: n / ((performance.now() - start) / 1000), p50: pct(s, 50), p95: pct(s, 95), p99: pct(s, 99), fouten, statussen });
      },
    );
    instance.on('response', (_c, status, _b, ms) => {
      if (n === tijden.length) {
        const groter = new Float64Array(tijden.length * 2);
        groter.set(tijden);
        tijden = groter;
      }
      tijden[n++] = ms;
      statussen[status] = (statussen[status] ?? 0) + 1;
    });
  });
}


const bin = fileURLToPath(new URL('../bin/kernplan.mjs', import.meta.url));

async function startKernplan(env: { dataDir?: string; databaseUrl?: string }, webRoot: string): Promise<{ url: string; child: ChildProcess; uitvoer: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: env.dataDir ?? '', DATABASE_URL: env.databaseUrl ?? '', WEB_ROOT: webRoot },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let uit = '';
  await new Promise<void>((resolve, reject) => {
    const lees = (d: Buffer) => {
      uit += d.toString();
      if (uit.includes('Kernplan draait op')) resolve();
    };
    child.stdout!.on('data', lees);
    child.stderr!.on('data', lees);
    child.once('exit', () => reject(new Error(`Kernplan stopte tijdens het starten:\n${uit}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, uitvoer: () => uit };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
function rij(m: Meting, vloer: Meting | null) {
  const fouten = m.fouten === 0 ? '0' : `${m.fouten} (${Object.entries(m.statussen).filter(([c]) => Number(c) >= 300).map(([c, a]) => `${a}x ${c}`).join(', ') || 'verbinding/time-out'})`;
  console.log(`| ${m.naam} | ${Math.round(m.reqPerS)} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${fouten} | ${vloer ? `${(m.p95 / vloer.p95).toFixed(1)}x` : '1,0x'} |`);
}

const opstellingen = (process.env.DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite']).filter((o) => !values.alleen || o === values.alleen);
const webRoot = kiesWebRoot();
await ensureWebBuild(webRoot);
console.log(`Belastingtest openbaar dashboard: ${verbindingen} verbindingen, ${duur} s per meting, zonder aanmelden; ${new Date().toISOString()}`);
const vloer = await startVloer();
try {
  for (const soort of opstellingen) {
    console.log(`\n${soort === 'pglite' ? 'PGlite (ingebouwd)' : 'PostgreSQL, één serverproces'}`);
    const pg = soort === 'pglite' ? null : await createPgDatabase();
    const dataDir = pg ? undefined : mkdtempSync(path.join(tmpdir(), 'kp-bench-openbaar-'));
    const { db } = await openDb({ databaseUrl: pg?.url, dataDir: dataDir ?? '' }, appVersion);
    await seedDemo(db);
    await db.close();
    const server = await startKernplan({ dataDir, databaseUrl: pg?.url }, webRoot);
    try {
      const basis = `/api/v1/openbaar/${DEMO_GEMEENTECODE}`;
      const mix = [basis, `${basis}/cijfers.csv`, `${basis}/cijfers.json`].map((p) => ({ method: 'GET', path: p }));
      for (const v of mix) {
        const r = await fetch(`${server.url}${v.path}`);
        if (r.status !== 200) throw new Error(`GET ${v.path} gaf ${r.status}: ${await r.text()}`);
      }
      const vloerMeting = await belast('minimale Node-server (vloer)', vloer.url, [{ method: 'GET', path: '/' }]);
      const kp = await belast('Kernplan openbaar (dashboard, CSV, JSON)', server.url, mix);
      console.log('| meting | req/s | p50 | p95 | p99 | fouten | p95 / vloer |');
      console.log('|---|---|---|---|---|---|---|');
      rij(vloerMeting, null);
      rij(kp, vloerMeting);
      console.log(`Doel p95 < 50 ms zonder fouten: ${kp.p95 < 50 && kp.fouten === 0 ? 'gehaald' : 'NIET gehaald'} (${ms(kp.p95)}).`);
    } finally {
      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      server.child.kill('SIGKILL');
      await pg?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }
} finally {
  vloer.child.kill();
}
