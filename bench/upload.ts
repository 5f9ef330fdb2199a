/**
 * Benchmark (not a test): does the server stay responsive while a police file is uploaded (issue 12,
 * point 5)? Starts `kernplan serve` on a fresh demo database, and while it receives
 *   1. one line of 64 MB (refused with 422 after the first 64 KiB),
 *   2. a national-scale file in the CBS layout (2,360,000 rows, ~130 MB, imported),
 * asks GET /api/v1/health every 20 ms. Prints per phase the health latencies (p50, p95, max) beside
 * those of the same server when idle (the reference in the same run), the answer of the upload and
 * the server's peak memory. With DATABASE_URL it also runs on PostgreSQL.
 *   npm run bench:upload [-- --rijen 2360000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createPgDatabase, HttpClient, startServerProcess, stopAllServers } from '../tests/support/server-process.ts';
import { genereer } from './politiebestand.ts';

const { values } = parseArgs({ options: { rijen: { type: 'string' } } });
const rijen = Number(values.rijen ?? 2_360_000);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

/**
 * Polls /health every 20 ms from a separate process (so the upload this process streams does not
 * delay the measurement) until `klaar` resolves; returns the latencies.
 */
async function peil(url: string, klaar: Promise<unknown>): Promise<number[]> {
  const code = `
    let stop = false; const t = [];
    process.stdin.on('data', () => (stop = true)); process.stdin.resume();
    while (!stop) {
      const s = performance.now();
      await (await fetch(${JSON.stringify(`${url}/api/v1/health`)})).arrayBuffer();
      t.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 20));
    }
    process.stdout.write(JSON.stringify(t)); process.exit(0);`;
  const kind = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['pipe', 'pipe', 'inherit'] });
  let uit = '';
  kind.stdout.on('data', (d: Buffer) => (uit += d.toString()));
  const klaarKind = new Promise((r) => kind.once('exit', r));
  await klaar.catch(() => undefined);
  kind.stdin.write('stop\n');
  await klaarKind;
  return JSON.parse(uit) as number[];
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
      const server = await startServerProcess({ databaseUrl: pg?.url, timeoutMs: 120_000 });
      const c = await HttpClient.signIn(server.url, 'coordinator@demo.kernplan.nl');
      const ws = ((await c.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((w) => w.soort === 'ivp')!.id;
      const rust = await peil(server.url, new Promise((r) => setTimeout(r, 3000)));

      const regel = new Uint8Array(64 << 20).fill(0x41);
      const langeRegel = upload(c, ws, 'een-regel.csv', Readable.toWeb(Readable.from([regel.subarray(0, 1 << 20), ...Array.from({ length: 63 }, (_, i) => regel.subarray((i + 1) << 20, (i + 2) << 20))])) as ReadableStream, regel.length);
      const tijdensRegel = await peil(server.url, langeRegel);
      const r1 = await langeRegel;

      const landelijk = upload(c, ws, 'landelijk.csv', Readable.toWeb(createReadStream(bestand, { highWaterMark: 1 << 20 })) as ReadableStream, grootte);
      const tijdensImport = await peil(server.url, landelijk);
      const r2 = await landelijk;

      console.log(`\n${soort === 'pglite' ? 'PGlite (ingebouwd)' : 'PostgreSQL'}: GET /api/v1/health elke 20 ms`);
      console.log('| fase | metingen | p50 | p95 | max | verhouding p95 / rust |');
      console.log('|---|---|---|---|---|---|');
      for (const [naam, xs] of [['rust (referentie)', rust], ['upload van één regel van 64 MB', tijdensRegel], [`landelijk bestand (${(grootte / 2 ** 20).toFixed(0)} MiB)`, tijdensImport]] as const) {
        console.log(`| ${naam} | ${xs.length} | ${ms(pct(xs, 50))} | ${ms(pct(xs, 95))} | ${ms(Math.max(...xs))} | ${(pct(xs, 95) / pct(rust, 95)).toFixed(1)}x |`);
      }
      console.log(`Eén regel: ${r1.status} na ${ms(r1.ms)} (${r1.detail.slice(0, 90)})`);
      console.log(`Landelijk: ${r2.status} na ${ms(r2.ms)} (${r2.detail.slice(0, 90)})`);
      console.log(`Piekgeheugen van de server: ${rssMiB(server.pid)} MiB`);
      await server.kill();
    } finally {
      await pg?.drop();
    }
  }
} finally {
  await stopAllServers();
  rmSync(map, { recursive: true, force: true });
}
