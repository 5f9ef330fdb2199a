/**
 * Load benchmark (not a test): what Kernplan serves with 100 concurrent connections, beside a minimal
 * Node HTTP server (the floor) measured in the same run with the same load generator (autocannon).
 *
 * For each database (PGlite; with DATABASE_URL also PostgreSQL, and two server processes on one
 * PostgreSQL database) it prepares a fresh installation (the demo, plus 20 writers; with --landelijk
 * the national data set of bench/landelijk.ts), starts `kernplan serve`, signs in over HTTP and runs
 *   - the read mix: dashboard, section, cycle, indicators and a theme of the knowledge base, in turn;
 *   - the write mix: section saves with If-Match by 20 users, each connection its own section.
 * It prints req/s, p50, p95, p99, errors (non-2xx, connection errors, timeouts), the ratio of
 * Kernplan's p95 to the floor's p95, and the server's peak memory (VmHWM).
 *
 *   npm run bench:load [-- --duur 15 --verbindingen 100 --landelijk --alleen pglite|postgresql|postgresql-2 --mix lezen|schrijven --profiel map]
 *
 * --profiel writes a CPU profile (.cpuprofile) of every server process into that folder.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDb } from '../src/server/db/open-db.ts';
import { seedDemo } from '../src/server/demo/demo.ts';
import { ensureWebBuild, kiesWebRoot } from '../src/server/main.ts';
import { appVersion } from '../src/server/version.ts';
import { createPgDatabase, freePort, HttpClient } from '../tests/support/server-process.ts';
import { type Belasting, zaaiLandelijk, zaaiSchrijvers } from './landelijk.ts';
import { pct, startVloer } from './vloer.ts';

// --- autocannon (CommonJS, no bundled types): the part this benchmark uses -------------------------
interface AcRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AcRequest, context: object) => AcRequest;
  onResponse?: (status: number, body: string, context: object, headers: Record<string, string>) => void;
}
interface AcClient {
  setRequests(requests: AcRequest[]): void;
}
interface AcResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number };
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
    landelijk: { type: 'boolean', default: false },
    alleen: { type: 'string' },
    profiel: { type: 'string' },
    mix: { type: 'string', default: 'beide' },
  },
});
const duur = Number(values.duur);
const verbindingen = Number(values.verbindingen);
const profielMap = values.profiel ? path.resolve(values.profiel) : null;

interface Meting {
  naam: string;
  /** CPU time of the server process(es) per answered request, in ms. */
  cpuPerVerzoek?: number;
  /** CPU time of the local PostgreSQL server (all its processes) per answered request, in ms. */
  pgCpuPerVerzoek?: number;
  /** CPU time of this process (autocannon, the load generator) per answered request, in ms. */
  generatorCpuPerVerzoek?: number;
  /** Share of all cores of the machine that was busy during the run (all processes and the kernel), 0-1. */
  machineBezet?: number;
  reqPerS: number;
  p50: number;
  p95: number;
  p99: number;
  fouten: number;
  statussen: Record<number, number>;
}

/** Runs autocannon; `perVerbinding(i)` gives connection i its requests. Latencies of every answer count. */
function belast(naam: string, urls: string[], pids: number[], perVerbinding: (i: number) => AcRequest[], seconden = duur): Promise<Meting> {
  return new Promise((resolve, reject) => {
    let tijden = new Float64Array(1 << 16);
    let n = 0;
    const statussen: Record<number, number> = {};
    let volgende = 0;
    const start = performance.now();
    const cpu = () => pids.reduce((t, p) => t + cpuMs(p), 0);
    const cpuVoor = cpu();
    const pgVoor = postgresCpu();
    const machineVoor = machineCpu();
    const generatorVoor = process.cpuUsage();
    const instance = autocannon(
      {
        url: urls.length === 1 ? urls[0] : urls,
        connections: verbindingen,
        duration: seconden,
        timeout: 10,
        setupClient: (client: AcClient) => client.setRequests(perVerbinding(volgende++)),
      },
      (err, result) => {
        if (err) return reject(err);
        const s = tijden.subarray(0, n).sort();
        const fouten = result.errors + Object.entries(statussen).reduce((t, [code, aantal]) => t + (Number(code) >= 300 ? aantal : 0), 0);
        const cpuPerVerzoek = pids.length ? (cpu() - cpuVoor) / n : undefined;
        const pgNa = postgresCpu();
        const pgCpuPerVerzoek = pgNa.size ? [...pgNa].reduce((t, [pid, ms]) => t + ms - (pgVoor.get(pid) ?? 0), 0) / n : undefined;
        const g = process.cpuUsage(generatorVoor);
        const generatorCpuPerVerzoek = (g.user + g.system) / 1000 / n;
        const machineNa = machineCpu();
        const machineBezet = machineNa && machineVoor ? (machineNa.bezet - machineVoor.bezet) / (machineNa.totaal - machineVoor.totaal) : undefined;
        resolve({ naam, reqPerS: n / ((performance.now() - start) / 1000), p50: pct(s, 50), p95: pct(s, 95), p99: pct(s, 99), fouten, statussen, cpuPerVerzoek, pgCpuPerVerzoek, generatorCpuPerVerzoek, machineBezet });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
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


/** Clock ticks of all cores since boot, busy and in total (from /proc/stat); null off Linux. */
function machineCpu(): { bezet: number; totaal: number } | null {
  try {
    const [, ...velden] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const t = velden.slice(0, 8).map(Number); // user nice system idle iowait irq softirq steal
    const totaal = t.reduce((a, b) => a + b, 0);
    return { bezet: totaal - t[3]! - t[4]!, totaal };
  } catch {
    return null;
  }
}

/** CPU time so far of every process of a PostgreSQL server on this machine (by pid); empty when none is visible. */
function postgresCpu(): Map<number, number> {
  const uit = new Map<number, number>();
  for (const naam of readdirSync('/proc')) {
    if (!/^\d+$/.test(naam)) continue;
    try {
      if (readFileSync(`/proc/${naam}/comm`, 'utf8').trim() === 'postgres') uit.set(Number(naam), cpuMs(Number(naam)));
    } catch {
      /* the process ended */
    }
  }
  return uit;
}

/** CPU time (user + system) of a process so far, in ms. */
function cpuMs(pid: number): number {
  try {
    const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return ((Number(velden[11]) + Number(velden[12])) * 1000) / 100; // clock ticks of 1/100 s (Linux)
  } catch {
    return NaN;
  }
}

function piekMiB(pid: number): number {
  try {
    return Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
  } catch {
    return NaN;
  }
}

type Opstelling = 'pglite' | 'postgresql' | 'postgresql-2';

/** A fresh installation, prepared in this process before the server starts (as `serve` would, plus the bench data). */
async function bereidVoor(soort: Opstelling): Promise<{ dataDir?: string; databaseUrl?: string; belasting: Belasting; drop(): Promise<void> }> {
  const pg = soort === 'pglite' ? null : await createPgDatabase();
  const dataDir = pg ? undefined : mkdtempSync(path.join(tmpdir(), 'kp-bench-load-'));
  const { db } = await openDb({ databaseUrl: pg?.url, dataDir: dataDir ?? '' }, appVersion);
  try {
    await seedDemo(db);
    const t = performance.now();
    const belasting = values.landelijk
      ? await db.transaction(async (tx) => {
          const r = await zaaiLandelijk(tx, verbindingen);
          const o = r.omvang;
          console.log(
            `  landelijke gegevens: ${o.werkruimtes} werkruimtes, ${o.gebruikers} gebruikers, ${o.leden} lidmaatschappen, ${o.wijzigingen} wijzigingen, ` +
              `${o.opmerkingen} opmerkingen, ${o.meldingen} meldingen, ${o.beveiligingslog} regels beveiligingslog, ${o.sessies} sessies (${o.seconden.toFixed(1)} s)`,
          );
          return r;
        })
      : await db.transaction((tx) => zaaiSchrijvers(tx, verbindingen));
    if (values.landelijk) await db.exec('analyze');
    console.log(`  voorbereid in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return {
      dataDir,
      databaseUrl: pg?.url,
      belasting,
      async drop() {
        await pg?.drop();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } finally {
    await db.close();
  }
}

const bin = fileURLToPath(new URL('../bin/kernplan.mjs', import.meta.url));
const kinderen = new Set<ChildProcess>();
process.once('exit', () => {
  for (const k of kinderen) k.kill('SIGKILL');
});

interface Kernplan {
  url: string;
  pid: number;
  uitvoer(): string;
  stop(): Promise<void>;
}

/** `kernplan serve` as a child process (with --profiel: node --cpu-prof); resolves once it listens. */
async function startKernplan(voorbereid: { dataDir?: string; databaseUrl?: string }, webRoot: string): Promise<Kernplan> {
  const port = await freePort();
  const node = profielMap ? ['--cpu-prof', `--cpu-prof-dir=${profielMap}`] : [];
  const child = spawn(process.execPath, [...node, bin, 'serve'], {
    env: { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: voorbereid.dataDir ?? '', DATABASE_URL: voorbereid.databaseUrl ?? '', WEB_ROOT: webRoot },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  kinderen.add(child);
  let uit = '';
  const gestopt = new Promise<void>((resolve) => child.once('exit', () => (kinderen.delete(child), resolve())));
  await new Promise<void>((resolve, reject) => {
    const lees = (d: Buffer) => {
      uit += d.toString();
      if (uit.includes('Kernplan draait op')) resolve();
    };
    child.stdout!.on('data', lees);
    child.stderr!.on('data', lees);
    void gestopt.then(() => reject(new Error(`Kernplan stopte tijdens het starten:\n${uit}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    uitvoer: () => uit,
    async stop() {
      child.kill('SIGTERM'); // a clean exit writes the CPU profile
      const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await gestopt;
      clearTimeout(t);
    },
  };
}

function leesVerzoeken(werkruimteId: string, cookie: string): AcRequest[] {
  const ws = `/api/v1/werkruimtes/${werkruimteId}`;
  const headers = { cookie };
  return [`${ws}/dashboard`, `${ws}/secties/thema-1.1`, `${ws}/cyclus`, `${ws}/indicatoren`, '/api/v1/themas/5.2'].map((p) => ({ method: 'GET', path: p, headers }));
}

async function meldAan(urls: string[], emails: string[]): Promise<Map<string, HttpClient>> {
  const sessies = new Map<string, HttpClient>();
  for (const email of new Set(emails)) sessies.set(email, await HttpClient.signIn(urls[0]!, email));
  return sessies;
}

async function lezen(naam: string, urls: string[], pids: number[], b: Belasting): Promise<Meting> {
  const sessies = await meldAan(urls, b.lezers.map((l) => l.email));
  return belast(naam, urls, pids, (i) => {
    const l = b.lezers[i % b.lezers.length]!;
    return leesVerzoeken(l.werkruimteId, sessies.get(l.email)!.cookie!);
  });
}

async function schrijven(naam: string, urls: string[], pids: number[], b: Belasting): Promise<Meting> {
  const sessies = await meldAan(urls, b.schrijfplekken.map((p) => p.email));
  const plekken = await Promise.all(
    b.schrijfplekken.map(async (p) => {
      const c = sessies.get(p.email)!;
      const pad = `/werkruimtes/${p.werkruimteId}/secties/${p.sleutel}`;
      const huidig = await c.get(pad);
      if (huidig.status !== 200 || !huidig.etag) throw new Error(`GET ${pad} als ${p.email} gaf ${huidig.status}`);
      return { ...p, pad: `/api/v1${pad}`, cookie: c.cookie!, csrf: c.csrf!, etag: huidig.etag, keer: 0 };
    }),
  );
  return belast(naam, urls, pids, (i) => {
    const p = plekken[i % plekken.length]!;
    return [
      {
        method: 'PATCH',
        path: p.pad,
        setupRequest: (req) => ({
          ...req,
          headers: { cookie: p.cookie, 'x-csrf-token': p.csrf, 'if-match': p.etag, 'content-type': 'application/json' },
          body: JSON.stringify({ tekst: `Analyse van ${p.sleutel}, bijgewerkt door ${p.email.split('@')[0]} (keer ${++p.keer}).` }),
        }),
        onResponse: (_status, _body, _context, headers) => {
          const nieuw = headers.etag ?? headers.ETag;
          if (nieuw) p.etag = nieuw;
        },
      },
    ];
  });
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Bezetting van de machine bij één proces dat leest (voor het oordeel over twee processen). */
let bezetEenProces: number | undefined;

/**
 * The targets of issue 13, judged on this run: met or not, and for a miss where the time went (CPU per
 * request of server, PostgreSQL and load generator, and how busy the machine was). With --profiel the
 * CPU profiles of the server show the rest (docs/performance.md reads them).
 */
function toetsDoelen(soort: Opstelling, lees: Meting | null, schrijf: Meting | null, piekMiB: number): void {
  const regels: string[] = [];
  const waar = (m: Meting) =>
    `CPU per verzoek: server ${m.cpuPerVerzoek?.toFixed(2) ?? '?'} ms` +
    (m.pgCpuPerVerzoek ? `, PostgreSQL ${m.pgCpuPerVerzoek.toFixed(2)} ms` : '') +
    `, lastgenerator ${m.generatorCpuPerVerzoek?.toFixed(2) ?? '?'} ms; machine ${m.machineBezet === undefined ? '?' : Math.round(m.machineBezet * 100)} % bezet`;
  const oordeel = (naam: string, m: Meting, grens: number) =>
    m.p95 <= grens && m.fouten === 0
      ? `- ${naam} p95 ≤ ${grens} ms zonder fouten: gehaald (${ms(m.p95)})`
      : `- ${naam} p95 ≤ ${grens} ms zonder fouten: NIET gehaald (${ms(m.p95)}, ${m.fouten} fouten). ${waar(m)}`;
  if (lees) regels.push(oordeel('lezen', lees, 50));
  if (schrijf) regels.push(oordeel('schrijven', schrijf, 100));
  regels.push(`- piek RSS ≤ 400 MiB per proces: ${piekMiB <= 400 ? 'gehaald' : 'NIET gehaald'} (${piekMiB} MiB)`);
  if (soort === 'postgresql' && lees) bezetEenProces = lees.machineBezet;
  if (soort === 'postgresql-2' && lees && doorvoer.postgresql) {
    const x = lees.reqPerS / doorvoer.postgresql;
    const max = bezetEenProces ? 1 / bezetEenProces : undefined;
    regels.push(
      x >= 1.6
        ? `- twee processen ≥ 1,6x één: gehaald (${x.toFixed(2)}x)`
        : `- twee processen ≥ 1,6x één: NIET gehaald (${x.toFixed(2)}x)` +
            (max ? `; bij één proces was de machine al ${Math.round(bezetEenProces! * 100)} % bezet, dus meer dan ${max.toFixed(2)}x kan deze machine niet geven` : ''),
    );
  }
  console.log(`Doelen (issue 13):\n${regels.join('\n')}`);
}

function rij(m: Meting, vloer: Meting | null, piek: string) {
  const fouten = m.fouten === 0 ? '0' : `${m.fouten} (${Object.entries(m.statussen).filter(([c]) => Number(c) >= 300).map(([c, a]) => `${a}x ${c}`).join(', ') || 'verbinding/time-out'})`;
  const verhouding = vloer ? `${(m.p95 / vloer.p95).toFixed(1)}x` : '1,0x';
  const cpuMsTekst = (x: number | undefined) => (x === undefined ? '' : `${x.toFixed(2)} ms`);
  console.log(`| ${m.naam} | ${Math.round(m.reqPerS)} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${fouten} | ${verhouding} | ${cpuMsTekst(m.cpuPerVerzoek)} | ${cpuMsTekst(m.pgCpuPerVerzoek)} | ${cpuMsTekst(m.generatorCpuPerVerzoek)} | ${m.machineBezet === undefined ? '' : `${Math.round(m.machineBezet * 100)} %`} | ${piek} |`);
}

const opstellingen: Opstelling[] = process.env.DATABASE_URL ? ['pglite', 'postgresql', 'postgresql-2'] : ['pglite'];
const gekozen = values.alleen ? opstellingen.filter((o) => o === values.alleen) : opstellingen;
const mix = values.mix ?? 'beide';
const webRoot = kiesWebRoot();
await ensureWebBuild(webRoot);
console.log(`Belastingtest: ${verbindingen} verbindingen, ${duur} s per meting${values.landelijk ? ', landelijke gegevens' : ', demo'}; ${new Date().toISOString()}`);
const vloer = await startVloer();
const doorvoer: Partial<Record<Opstelling, number>> = {};
try {
  for (const soort of gekozen) {
    const titel = { pglite: 'PGlite (ingebouwd)', postgresql: 'PostgreSQL, één serverproces', 'postgresql-2': 'PostgreSQL, twee serverprocessen' }[soort];
    console.log(`\n${titel}`);
    const voorbereid = await bereidVoor(soort);
    try {
      const servers = [await startKernplan(voorbereid, webRoot)];
      if (soort === 'postgresql-2') servers.push(await startKernplan(voorbereid, webRoot));
      const urls = servers.map((s) => s.url);
      const vloerMeting = await belast('minimale Node-server (vloer)', [vloer.url], [vloer.child.pid!], () => [{ method: 'GET', path: '/' }]);
      const pids = servers.map((s) => s.pid);
      const lees = mix === 'schrijven' ? null : await lezen('Kernplan lezen', urls, pids, voorbereid.belasting);
      const piekenLezen = servers.map((s) => piekMiB(s.pid));
      const piekLezen = piekenLezen.map((x) => `${x} MiB`).join(' + ');
      const schrijf = mix === 'lezen' ? null : await schrijven('Kernplan schrijven (If-Match)', urls, pids, voorbereid.belasting);
      const pieken = servers.map((s) => piekMiB(s.pid));
      const piek = pieken.map((x) => `${x} MiB`).join(' + ');
      if (lees) doorvoer[soort] = lees.reqPerS;
      console.log('| meting | req/s | p50 | p95 | p99 | fouten | p95 / vloer | CPU server per verzoek | CPU PostgreSQL per verzoek | CPU lastgenerator per verzoek | machine bezet | piek RSS server |');
      console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
      rij(vloerMeting, null, '');
      if (lees) rij(lees, vloerMeting, schrijf ? `${piekLezen} (na lezen)` : piekLezen);
      if (schrijf) rij(schrijf, vloerMeting, piek);
      if (soort === 'postgresql-2' && doorvoer.postgresql && lees) {
        console.log(`Twee processen lezen ${(lees.reqPerS / doorvoer.postgresql).toFixed(2)}x zoveel per seconde als één.`);
      }
      toetsDoelen(soort, lees, schrijf, Math.max(...(schrijf ? pieken : piekenLezen)));
      for (const s of servers) {
        const uitvoer = s.uitvoer().split('\n').filter((r) => /error|fout|warn/i.test(r));
        if (uitvoer.length) console.log(`Server ${s.url} meldde: ${uitvoer.slice(0, 5).join(' | ')}`);
        await s.stop();
      }
    } finally {
      for (const k of kinderen) k.kill('SIGKILL');
      await voorbereid.drop();
    }
  }
} finally {
  vloer.child.kill();
}
if (profielMap) console.log(`\nCPU-profielen: ${profielMap}`);
