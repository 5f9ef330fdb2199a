/**
 * Benchmark of the police-figures import (not a test): generates a national-scale file in the CBS
 * format (8,000 regions x 59 crime types x 5 years = 2,360,000 rows, ~130 MB), imports it through the
 * embedded database exactly as `kernplan import-police` does, and in the same run lets DuckDB read the
 * same file and compute the same aggregates (per region, theme and period). Each side runs in its own
 * process, so the peak memory (max RSS) is that side's alone.
 *   npm run bench:import [-- --rijen 2360000 --rondes 3 --houden]
 * Goal: Kernplan <= 2x DuckDB's wall time, peak memory <= 512 MiB. Figures: docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { genereer } from './politiebestand.ts';

const hier = fileURLToPath(import.meta.url);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rol: { type: 'string' }, rijen: { type: 'string' }, rondes: { type: 'string' }, houden: { type: 'boolean' } },
});

interface Meting {
  ms: number;
  maxRssMiB: number;
  detail: string;
}

function meld(m: Meting) {
  console.log(`METING ${JSON.stringify(m)}`);
}

const maxRss = () => Math.round(process.resourceUsage().maxRSS / 1024);

// --- Child: Kernplan's import on the embedded database ------------------------------------------
// Timed as the import page runs it in the server: the database is already open. Opening it (what
// `kernplan import-police` adds on top, mostly PGlite's start) is measured and printed separately.
if (values.rol === 'kernplan') {
  const [bestand, dataDir] = positionals as [string, string];
  const { createReadStream } = await import('node:fs');
  const { openDb } = await import('../src/server/db/open-db.ts');
  const { bereidImportVoor, importeerPolitiecijfers } = await import('../src/server/politie/import.ts');
  const t0 = performance.now();
  // Zoals de server: de import- en leesthread starten met de importpagina, terwijl de database al open is.
  bereidImportVoor();
  const { db } = await openDb({ dataDir }, 'bench');
  const t1 = performance.now();
  const fasen: string[] = [];
  let fase = '';
  // Hoe lang de hoofdthread hoogstens aan één stuk bezig was (een server antwoordt dan niet).
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const lus = monitorEventLoopDelay({ resolution: 5 });
  lus.enable();
  const uitslag = await importeerPolitiecijfers(db, {
    bron: createReadStream(bestand, { highWaterMark: 1 << 20 }),
    bestandsnaam: path.basename(bestand),
    bytesTotaal: statSync(bestand).size,
    opVoortgang: (v) => {
      if (v.fase !== fase) {
        fase = v.fase;
        fasen.push(`${fase} ${((performance.now() - t1) / 1000).toFixed(2)} s`);
      }
    },
  });
  const ms = performance.now() - t1;
  lus.disable();
  if (process.env.BENCH_FASEN) console.error(fasen.join(' | '));
  if (uitslag.status !== 'ingelezen') throw new Error(`import: ${uitslag.status}`);
  await db.close();
  meld({ ms, maxRssMiB: maxRss(), detail: `import zoals de importpagina (lezen, optellen, opslaan, commit); database openen kwam er vooraf bij: ${((t1 - t0) / 1000).toFixed(2)} s; hoofdthread hoogstens ${Math.round(lus.max / 1e6)} ms aan één stuk bezig (p99 ${Math.round(lus.percentile(99) / 1e6)} ms)` });
  process.exit(0);
}

// --- Child: create and migrate the data folder, so initdb is not part of the measurement ---------
if (values.rol === 'voorbereiden') {
  const { openDb } = await import('../src/server/db/open-db.ts');
  const { db } = await openDb({ dataDir: positionals[0]! }, 'bench');
  await db.close();
  process.exit(0);
}

// --- Child: DuckDB reads the same file and computes the same aggregates ---------------------------
if (values.rol === 'duckdb') {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const { standaardKoppeling } = await import('../src/domain/politie/themakoppeling.ts');
  const bestand = positionals[0]!;
  const start = performance.now();
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  await con.run('create table koppeling (code varchar, thema varchar)');
  await con.run(`insert into koppeling values ${standaardKoppeling.map((k) => `('${k.code}', ${k.themaId ? `'${k.themaId}'` : 'null'})`).join(', ')}`);
  const r = await con.runAndReadAll(`
    select trim(c.WijkenEnBuurten) as regio, c.Perioden as periode, k.thema, sum(try_cast(trim(c.GeregistreerdeMisdrijven_1) as integer)) as aantal
      from read_csv('${bestand}', delim = ';', quote = '"', header = true,
                    columns = {'ID': 'VARCHAR', 'WijkenEnBuurten': 'VARCHAR', 'SoortMisdrijf': 'VARCHAR', 'Perioden': 'VARCHAR', 'GeregistreerdeMisdrijven_1': 'VARCHAR'}) as c
      join koppeling k on k.code = trim(c.SoortMisdrijf)
     where k.thema is not null
     group by all`);
  const ms = performance.now() - start;
  meld({ ms, maxRssMiB: maxRss(), detail: `DuckDB read_csv + join koppeling + group by regio, thema, periode (${r.currentRowCount.toLocaleString('nl-NL')} groepen)` });
  process.exit(0);
}

// --- Parent ---------------------------------------------------------------------------------------
function kind(args: string[]): Promise<Meting | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', hier, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let uit = '';
    child.stdout.on('data', (d: Buffer) => (uit += d.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${args[1]} stopte met exitcode ${code}:\n${uit.slice(-2000)}`));
      const regel = uit.split('\n').find((r) => r.startsWith('METING '));
      resolve(regel ? (JSON.parse(regel.slice(7)) as Meting) : null);
    });
  });
}


const map = mkdtempSync(path.join(tmpdir(), 'kernplan-bench-import-'));
try {
  const bestand = path.join(map, '47018NED-landelijk.csv');
  const gevraagd = Number(values.rijen ?? 2_360_000);
  console.log(`Bestand maken (CBS-formaat, ${gevraagd.toLocaleString('nl-NL')} rijen) ...`);
  const rijen = await genereer(bestand, gevraagd);
  const grootte = statSync(bestand).size;
  console.log(`${bestand}: ${rijen.toLocaleString('nl-NL')} rijen, ${(grootte / 2 ** 20).toFixed(0)} MiB`);
  const rondes = Math.max(1, Number(values.rondes ?? 3));
  // Warm the page cache so both sides read the file from memory.
  await kind(['--rol', 'duckdb', bestand]);
  // Each round: DuckDB, then Kernplan on a fresh, migrated data folder (a first import), in turns so
  // that a busy moment of the machine hits both sides. The ratio uses the medians.
  const duck: Meting[] = [];
  const kern: Meting[] = [];
  for (let i = 0; i < rondes; i++) {
    const dataDir = path.join(map, `data-${i}`);
    await kind(['--rol', 'voorbereiden', dataDir]);
    duck.push((await kind(['--rol', 'duckdb', bestand]))!);
    kern.push((await kind(['--rol', 'kernplan', bestand, dataDir]))!);
  }
  const mediaan = (m: Meting[]) => [...m].sort((a, b) => a.ms - b.ms)[Math.floor(m.length / 2)]!;
  const k = mediaan(kern);
  const d = mediaan(duck);

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const perSec = (ms: number) => `${Math.round(rijen / (ms / 1000)).toLocaleString('nl-NL')} rijen/s`;
  console.log('');
  console.log(`Per ronde (Kernplan / DuckDB): ${kern.map((m, i) => `${s(m.ms)} / ${s(duck[i]!.ms)}`).join('; ')}`);
  console.log(`Kernplan  ${s(k.ms).padStart(8)}  ${perSec(k.ms).padStart(20)}  piekgeheugen ${String(Math.max(...kern.map((m) => m.maxRssMiB))).padStart(4)} MiB  mediaan van ${rondes}; ${k.detail}`);
  console.log(`DuckDB    ${s(d.ms).padStart(8)}  ${perSec(d.ms).padStart(20)}  piekgeheugen ${String(Math.max(...duck.map((m) => m.maxRssMiB))).padStart(4)} MiB  mediaan van ${rondes}; ${d.detail}`);
  const ratio = k.ms / d.ms;
  const piek = Math.max(...kern.map((m) => m.maxRssMiB));
  console.log(`Verhouding Kernplan / DuckDB: ${ratio.toFixed(2)}x (doel: <= 2x); piekgeheugen Kernplan ${piek} MiB (doel: <= 512 MiB)`);
} finally {
  if (values.houden) console.log(`Bewaard in ${map}`);
  else rmSync(map, { recursive: true, force: true });
}
