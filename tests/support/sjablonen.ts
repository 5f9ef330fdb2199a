/**
 * Templates made once per test run instead of once per test file or server:
 * - a migrated PGlite database as a dump, which createTestDb loads into memory (building it took every
 *   test file an initdb and all migrations);
 * - a data folder with the demo installation exactly as a first `kernplan serve` leaves it (migrated,
 *   installation row, demo data), which a test server gets a copy of: a copy opens in a fraction of
 *   a second, an initdb in PGlite takes seconds;
 * - with DATABASE_URL, the same two as PostgreSQL template databases, cloned with
 *   `CREATE DATABASE ... TEMPLATE` instead of migrating (and seeding) every new database.
 * Global setup starts making them and the tests go ahead meanwhile; a helper that needs a template
 * waits until global setup has written that it is ready (a small JSON file in the folder named by
 * KERNPLAN_TEST_SJABLONEN). Without global setup every helper falls back to building from scratch.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrate } from '../../src/server/db/migrate.ts';
import { openDb } from '../../src/server/db/open-db.ts';
import { pgliteDb } from '../../src/server/db/pglite-db.ts';
import { openPostgresDb } from '../../src/server/db/postgres-db.ts';
import { seedDemo } from '../../src/server/demo/demo.ts';
import { appVersion } from '../../src/server/version.ts';
import { nodeArgs } from './node-args.ts';

/** The folder of this run's templates (set by global setup). */
const SJABLONEN_ENV = 'KERNPLAN_TEST_SJABLONEN';

interface Sjablonen {
  /** File with the dump (tar) of a migrated, empty PGlite database. */
  'pglite-dump': string;
  /** Data folder (with pgdata) of the demo installation. */
  'demo-datamap': string;
  /** PostgreSQL template databases (null without DATABASE_URL): migrated and empty, and the demo installation. */
  postgres: { leeg: string; metDemo: string } | null;
}

type Uitkomst<T> = { ok: true; waarde: T } | { ok: false; fout: string };

const klaarBestand = (map: string, sleutel: keyof Sjablonen) => path.join(map, `${sleutel}.klaar.json`);

function meldKlaar<K extends keyof Sjablonen>(map: string, sleutel: K, uitkomst: Uitkomst<Sjablonen[K]>): void {
  const doel = klaarBestand(map, sleutel);
  writeFileSync(`${doel}.tmp`, JSON.stringify(uitkomst));
  renameSync(`${doel}.tmp`, doel);
}

const gelezen = new Map<keyof Sjablonen, Promise<unknown>>();

/** The template `sleutel` once global setup has made it, or null in a run without global setup. */
function sjabloon<K extends keyof Sjablonen>(sleutel: K): Promise<Sjablonen[K] | null> {
  const map = process.env[SJABLONEN_ENV];
  if (!map) return Promise.resolve(null);
  let wacht = gelezen.get(sleutel);
  if (!wacht) {
    wacht = (async () => {
      const bestand = klaarBestand(map, sleutel);
      const grens = Date.now() + 600_000;
      // Global setup writes the file in one rename; until then it is not there.
      while (!existsSync(bestand)) {
        if (Date.now() > grens) throw new Error(`Het sjabloon ${sleutel} kwam niet klaar`);
        await new Promise((r) => setTimeout(r, 25));
      }
      const uitkomst = JSON.parse(readFileSync(bestand, 'utf8')) as Uitkomst<Sjablonen[K]>;
      if (!uitkomst.ok) throw new Error(`Het sjabloon ${sleutel} kon niet worden gemaakt: ${uitkomst.fout}`);
      return uitkomst.waarde;
    })();
    gelezen.set(sleutel, wacht);
  }
  return wacht as Promise<Sjablonen[K]>;
}

/** The URL of another database on the server of `adminUrl`. */
export function databaseUrl(adminUrl: string, naam: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${naam}`;
  return url.toString();
}

async function metBeheer<T>(werk: (c: pg.Client) => Promise<T>): Promise<T> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL ontbreekt');
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await werk(c);
  } finally {
    await c.end();
  }
}

/**
 * A new database named `naam`: a clone of a template of this run (`sjabloon`: 'leeg' migrated, 'demo'
 * the demo installation), or empty (null, or a run without templates). Returns whether it was cloned.
 */
export async function maakPgDatabase(naam: string, soort: 'leeg' | 'demo' | null): Promise<boolean> {
  const sjablonen = soort ? await sjabloon('postgres') : null;
  const bron = sjablonen ? (soort === 'demo' ? sjablonen.metDemo : sjablonen.leeg) : undefined;
  await metBeheer((c) => c.query(bron ? `create database ${naam} template ${bron}` : `create database ${naam}`));
  return !!bron;
}

/**
 * Drops the database. A pool that was just closed may still have connections on their way out (pg's
 * Pool.end() does not wait for them); those first get up to 5 seconds to go, as a forced drop would
 * end them with an error that their client may not handle. After that the drop is forced.
 */
export async function verwijderPgDatabase(naam: string): Promise<void> {
  await metBeheer(async (c) => {
    for (let poging = 0; poging < 100; poging++) {
      const { rows } = await c.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [naam]);
      if (rows[0]!.n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await c.query(`drop database if exists ${naam} with (force)`);
  });
}

/** The migrated, empty PGlite database as a dump for `PGlite.create({ loadDataDir })`, or null without templates. */
export async function pgliteDump(): Promise<Blob | null> {
  const bestand = await sjabloon('pglite-dump');
  return bestand ? new Blob([readFileSync(bestand)]) : null;
}

/**
 * Puts a copy of the demo installation into `dataDir` (which must not hold a database yet).
 * Returns false (and copies nothing) in a run without templates: a server then installs it itself.
 */
export async function kopieerDemoDatamap(dataDir: string): Promise<boolean> {
  const bron = await sjabloon('demo-datamap');
  if (!bron) return false;
  mkdirSync(dataDir, { recursive: true });
  cpSync(path.join(bron, 'pgdata'), path.join(dataDir, 'pgdata'), { recursive: true });
  return true;
}

/** What a first start of the server does to a fresh database in demo mode (see startServer). */
async function installeerDemo(config: { dataDir: string; databaseUrl?: string }): Promise<void> {
  const { db, fresh, modus } = await openDb({ ...config, production: false }, appVersion);
  try {
    if (!fresh || modus !== 'demo') throw new Error('Het sjabloon voor de demo-installatie is niet nieuw');
    await seedDemo(db);
  } finally {
    await db.close();
  }
}

/** The migrated, empty PGlite database as a dump in `bestand`. */
async function maakPgliteDump(bestand: string): Promise<void> {
  const pgl = await PGlite.create();
  await migrate(pgliteDb(pgl));
  const dump = await pgl.dumpDataDir('none');
  await pgl.close();
  writeFileSync(bestand, Buffer.from(await dump.arrayBuffer()));
}

const taken = {
  'pglite-dump': maakPgliteDump,
  'demo-datamap': (dataDir: string) => installeerDemo({ dataDir }),
};

/**
 * Runs a task of `taken` in its own Node process: PGlite runs on the thread that calls it, so two
 * PGlite templates in one process would take turns on one core.
 */
function inEigenProces(taak: keyof typeof taken, doel: string, kinderen: Set<ChildProcess>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs(), '--import', 'tsx', fileURLToPath(import.meta.url), taak, doel], { stdio: ['ignore', 'ignore', 'pipe'] });
    kinderen.add(child);
    child.once('exit', () => kinderen.delete(child));
    let fout = '';
    child.stderr.on('data', (d: Buffer) => (fout += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Sjabloon ${taak} mislukt (exitcode ${code}):\n${fout}`))));
  });
}

/**
 * Both PostgreSQL templates on the server of DATABASE_URL; `namen` gets their names at once, for the
 * clean-up. Stops between two steps once `gestopt()` (the run ended before a test needed them).
 */
async function maakPgSjablonen(namen: string[], gestopt: () => boolean): Promise<Sjablonen['postgres']> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) return null;
  const verder = () => {
    if (gestopt()) throw new Error('gestopt');
  };
  const id = randomBytes(4).toString('hex');
  const leeg = `kernplan_sjabloon_${id}`;
  const metDemo = `kernplan_sjabloon_demo_${id}`;
  for (const naam of [leeg, metDemo]) {
    namen.push(naam);
    await maakPgDatabase(naam, null);
    verder();
  }
  const db = await openPostgresDb(databaseUrl(adminUrl, leeg));
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  verder();
  await installeerDemo({ dataDir: '', databaseUrl: databaseUrl(adminUrl, metDemo) });
  verder();
  // Nothing may connect to a template while it is cloned.
  await metBeheer(async (c) => {
    for (const naam of [leeg, metDemo]) await c.query(`alter database ${naam} with allow_connections false`);
  });
  return { leeg, metDemo };
}

/**
 * Starts making the templates (global setup) and returns at once; the tests wait for a template when
 * they need it. The returned clean-up stops what is still being made (a run that needed no template)
 * and removes them.
 */
export function maakSjablonen(): () => Promise<void> {
  const map = mkdtempSync(path.join(tmpdir(), 'kp-sjablonen-'));
  process.env[SJABLONEN_ENV] = map;
  const pgNamen: string[] = [];
  const kinderen = new Set<ChildProcess>();
  let gestopt = false;
  const maak = async <K extends keyof Sjablonen>(sleutel: K, werk: () => Promise<Sjablonen[K]>) => {
    try {
      meldKlaar(map, sleutel, { ok: true, waarde: await werk() });
    } catch (err) {
      meldKlaar(map, sleutel, { ok: false, fout: err instanceof Error ? err.message : String(err) });
    }
  };
  const dump = path.join(map, 'pglite-gemigreerd.tar');
  const demoMap = path.join(map, 'demo');
  const bezig = Promise.all([
    maak('pglite-dump', async () => (await inEigenProces('pglite-dump', dump, kinderen), dump)),
    maak('demo-datamap', async () => (await inEigenProces('demo-datamap', demoMap, kinderen), demoMap)),
    maak('postgres', () => maakPgSjablonen(pgNamen, () => gestopt)),
  ]);
  return async () => {
    gestopt = true;
    for (const kind of kinderen) kind.kill('SIGKILL');
    await bezig;
    for (const naam of pgNamen) await verwijderPgDatabase(naam).catch(() => undefined);
    rmSync(map, { recursive: true, force: true });
    delete process.env[SJABLONEN_ENV];
  };
}

// As a script (see inEigenProces): `node --import tsx sjablonen.ts <taak> <doel>`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [taak, doel] = process.argv.slice(2) as [keyof typeof taken, string];
  await taken[taak](doel);
  process.exit(0);
}
