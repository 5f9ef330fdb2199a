/**
 * Benchmark (not a test): does the server stay responsive while a police file is uploaded (issue 12,
 * point 5)? Starts `kernplan serve` on a fresh demo database, and while it receives
 *   1. one line of 64 MB (refused with 422 after the first 64 KiB),
 *   2. a national-scale file in the CBS layout (2,360,000 rows, ~130 MB, imported),
 * asks GET /api/v1/health every 20 ms. Prints per phase the health latencies (p50, p95, max) beside
 * those of the same server when idle (the reference in the same run), the answer of the upload, the
 * server's peak memory and the machine's load. With DATABASE_URL it also runs on PostgreSQL.
 *   npm run bench:upload [-- --rijen 2360000 --profiel /tmp/profielen]
 * With --profiel the server writes a CPU profile per thread (node --cpu-prof) into that folder when
 * it stops: the long tasks of the main thread show what still blocks it.
 *
 * The poller is one process per server that first warms up (its first request pays for starting
 * fetch and the connection, 50-100 ms, which says nothing about the server) and then asks without
 * stopping; each answer counts for the phase in which its request started.
 */
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createPgDatabase, HttpClient, startServerProcess, stopAllServers } from '../tests/support/server-process.ts';
import { genereer } from './politiebestand.ts';

const { values } = parseArgs({ options: { rijen: { type: 'string' }, profiel: { type: 'string' } } });
const rijen = Number(values.rijen ?? 2_360_000);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
/** Milliseconds since the epoch, precise, comparable between processes. */
const nu = () => performance.timeOrigin + performance.now();
const belasting = () => loadavg().map((x) => x.toFixed(2)).join(' ');

interface Meting {
  start: number;
  duur: number;
}

/**
 * Polls /health every 20 ms from a separate process (so the upload this process streams does not
 * delay the measurement), after 10 warm-up requests, until `stop` is called; gives every answer with
 * the moment its request started.
 */
function peiler(url: string) {
  const code = `
    const url = ${JSON.stringify(`${url}/api/v1/health`)};
    const nu = () => performance.timeOrigin + performance.now();
    let stop = false; const t = [];
    process.stdin.on('data', () => (stop = true)); process.stdin.resume();
    for (let i = 0; i < 10; i++) await (await fetch(url)).arrayBuffer();
    process.stdout.write('klaar\\n');
    while (!stop) {
      const s = nu();
      await (await fetch(url)).arrayBuffer();
      t.push({ start: s, duur: nu() - s });
      await new Promise((r) => setTimeout(r, 20));
    }
    process.stdout.write(JSON.stringify(t)); process.exit(0);`;
  const kind = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['pipe', 'pipe', 'inherit'] });
  let uit = '';
  const warm = new Promise<void>((ok) => {
    const kijk = (d: Buffer) => {
      uit += d.toString();
      if (uit.startsWith('klaar\n')) {
        uit = uit.slice(6);
        kind.stdout.off('data', kijk);
        kind.stdout.on('data', (e: Buffer) => (uit += e.toString()));
        ok();
      }
    };
    kind.stdout.on('data', kijk);
  });
  const klaar = new Promise((r) => kind.once('exit', r));
  return {
    warm,
    async stop(): Promise<Meting[]> {
      kind.stdin.write('stop\n');
      await klaar;
      return JSON.parse(uit) as Meting[];
    },
  };
}

async function upload(c: HttpClient, ws: string, naam: string, body: ReadableStream | Uint8Array, grootte: number) {
  const t = performance.now();
  // The server may answer 422 and close before the whole body is sent: then fetch fails on the client side.
  const res = await fetch(`${c.baseUrl}/api/v1/werkruimtes/${ws}/politiecijfers/imports?bestandsnaam=${naam}`, {
    method: 'POST',
    headers: { Cookie: c.cookie!, 'X-CSRF-Token': c.csrf!, 'Content-Type': 'text/csv', 'Content-Length': String(grootte) },
    body: body as never,
    duplex: 'half',
  } as RequestInit).catch((e: Error) => e);
  if (res instanceof Error) return { status: 0, ms: performance.now() - t, detail: `verbinding gesloten door de server (${res.message})` };
  const tekst = await res.text();
  return { status: res.status, ms: performance.now() - t, detail: (JSON.parse(tekst) as { detail?: string; status?: string }).detail ?? (JSON.parse(tekst) as { status?: string }).status ?? '' };
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const map = mkdtempSync(path.join(tmpdir(), 'kp-bench-upload-'));
const bestand = path.join(map, 'landelijk.csv');
console.log(`Bestand maken: ${rijen.toLocaleString('nl-NL')} regels...`);
await genereer(bestand, rijen);
const grootte = statSync(bestand).size;

const soorten: ('pglite' | 'postgresql')[] = process.env.DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
try {
  for (const soort of soorten) {
    const pg = soort === 'postgresql' ? await createPgDatabase() : null;
    try {
      // Node options for the server process (tests/support/node-args.ts; --cpu-prof is not allowed in NODE_OPTIONS).
      if (values.profiel) process.env.KERNPLAN_TEST_NODE_ARGS = `--cpu-prof --cpu-prof-dir=${path.resolve(values.profiel, soort)}`;
      const server = await startServerProcess({ databaseUrl: pg?.url, timeoutMs: 120_000 });
      const c = await HttpClient.signIn(server.url, 'coordinator@demo.kernplan.nl');
      const ws = ((await c.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
      // As the import page does when it opens: the import threads start.
      await c.get(`/werkruimtes/${ws}/politiecijfers/imports`);
      const p = peiler(server.url);
      await p.warm;
      const belastingVoor = belasting();
      const fasen: { naam: string; van: number; tot: number }[] = [];
      const fase = async <T>(naam: string, werk: () => Promise<T>): Promise<T> => {
        const van = nu();
        try {
          return await werk();
        } finally {
          fasen.push({ naam, van, tot: nu() });
        }
      };

      await fase('rust (referentie)', () => new Promise((r) => setTimeout(r, 3000)));
      const regel = new Uint8Array(64 << 20).fill(0x41);
      const r1 = await fase('upload van één regel van 64 MB', () =>
        upload(c, ws, 'een-regel.csv', Readable.toWeb(Readable.from(Array.from({ length: 64 }, (_, i) => regel.subarray(i << 20, (i + 1) << 20)))) as ReadableStream, regel.length),
      );
      await new Promise((r) => setTimeout(r, 500));
      const r2 = await fase(`landelijk bestand (${(grootte / 2 ** 20).toFixed(0)} MiB)`, () =>
        upload(c, ws, 'landelijk.csv', Readable.toWeb(createReadStream(bestand, { highWaterMark: 1 << 20 })) as ReadableStream, grootte),
      );
      const metingen = await p.stop();
      const belastingNa = belasting();

      console.log(`\n${soort === 'pglite' ? 'PGlite (ingebouwd)' : 'PostgreSQL'}: GET /api/v1/health elke 20 ms`);
      console.log('| fase | metingen | p50 | p95 | max | verhouding p95 / rust |');
      console.log('|---|---|---|---|---|---|');
      const rust = metingen.filter((m) => m.start >= fasen[0]!.van && m.start < fasen[0]!.tot).map((m) => m.duur);
      for (const f of fasen) {
        const xs = metingen.filter((m) => m.start >= f.van && m.start < f.tot).map((m) => m.duur);
        console.log(`| ${f.naam} | ${xs.length} | ${ms(pct(xs, 50))} | ${ms(pct(xs, 95))} | ${ms(Math.max(...xs))} | ${(pct(xs, 95) / pct(rust, 95)).toFixed(1)}x |`);
      }
      console.log(`Eén regel: ${r1.status} na ${ms(r1.ms)} (${r1.detail.slice(0, 90)})`);
      console.log(`Landelijk: ${r2.status} na ${ms(r2.ms)} (${r2.detail.slice(0, 90)})`);
      console.log(`Piekgeheugen van de server: ${rssMiB(server.pid)} MiB`);
      console.log(`Belasting van de machine (1, 5, 15 min): voor ${belastingVoor}, na ${belastingNa}`);
      await server.kill();
    } finally {
      await pg?.drop();
    }
  }
} finally {
  await stopAllServers();
  rmSync(map, { recursive: true, force: true });
}
