/**
 * `kernplan backup` and `kernplan restore` as real processes: a round trip of the demo installation
 * (plus awkward bytes and texts) on PGlite and PostgreSQL and across them, a back-up from a running
 * server while it is being written to, refusal of a non-empty target, a damaged or cut-off file that
 * leaves the target as it was, one process per embedded database, and durable commits in PGlite.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { restore } from '../src/cli/back-up.ts';
import { leesBackUp, NIET_IN_BACK_UP } from '../src/server/db/back-up.ts';
import { type Db, StartupError } from '../src/server/db/db.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { aantalFsyncs, leesFsync, openPgliteDb } from '../src/server/db/pglite-db.ts';
import { openPostgresDb } from '../src/server/db/postgres-db.ts';
import { seedDemo } from '../src/server/demo/demo.ts';
import { nodeArgs } from './support/node-args.ts';
import { createPgDatabase, HttpClient, startServerProcess, stopAllServers } from './support/server-process.ts';
import { kopieerDemoDatamap } from './support/sjablonen.ts';
import { vereist } from './support/vereist.ts';

const bin = fileURLToPath(new URL('../bin/kernplan.mjs', import.meta.url));
const heeftPg = vereist('DATABASE_URL');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function kernplan(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs(), bin, ...args], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', ...env }, stdio: 'pipe' });
    child.stdin.end();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const mappen: string[] = [];
const databases: { drop(): Promise<void> }[] = [];
const nieuweMap = (prefix = 'kp-bu-') => {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  mappen.push(d);
  return d;
};
afterAll(async () => {
  await stopAllServers();
  for (const d of databases) await d.drop();
  for (const d of mappen) rmSync(d, { recursive: true, force: true });
});

/** Per table (except the ones a back-up leaves out): row count and md5 over the rows as record text, plus the sequences. */
async function staat(db: Db): Promise<Record<string, string>> {
  return db.transaction(async (tx) => {
    await tx.query(`set local timezone = 'UTC'`);
    const { rows: tabellen } = await tx.query<{ naam: string }>(
      `select relname as naam from pg_class where relnamespace = current_schema()::regnamespace and relkind = 'r' order by relname`,
    );
    const uit: Record<string, string> = {};
    for (const { naam } of tabellen) {
      if (NIET_IN_BACK_UP.has(naam)) continue;
      const { rows } = await tx.query<{ n: number; h: string }>(
        `select count(*)::int as n, coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') as h from "${naam}" t`,
      );
      uit[naam] = `${rows[0]!.n} ${rows[0]!.h}`;
    }
    const { rows: reeksen } = await tx.query<{ naam: string }>(`select relname as naam from pg_class where relkind = 'S' and relnamespace = current_schema()::regnamespace`);
    for (const { naam } of reeksen) {
      const { rows } = await tx.query<{ v: string }>(`select last_value::text || ' ' || is_called::text as v from "${naam}"`);
      uit[`reeks ${naam}`] = rows[0]!.v;
    }
    return uit;
  });
}

/** The demo plus rows that test the edges: all 256 byte values, newlines, quotes, backslashes, emoji. */
async function vulBron(db: Db): Promise<void> {
  await migrate(db);
  await db.query(`insert into installatie (kernplan_versie, modus) values ('test', 'demo') on conflict (id) do nothing`);
  await seedDemo(db);
  const alleBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  await db.query(
    `insert into politie_cijfers (gemeente, niveau, jaar, maand, regios, aantallen, import_id) values ('GM9999', 'gemeente', 2024, 0, array['GM9999'], $1, gen_random_uuid())`,
    [alleBytes],
  );
  const lastig = 'regel 1\nregel 2\t"aanhalingstekens" \\ backslash \\x00 en 🚓 en \'quote\'';
  await db.query(`insert into wijzigingen (soort, na, reden) values ('test', $1::jsonb, $2)`, [JSON.stringify({ tekst: lastig, getal: 0.1 + 0.2 }), lastig]);
  await db.query(`insert into beveiligingslog (soort, email, details) values ('test', 'a@b.nl', $1::jsonb)`, [JSON.stringify({ lastig })]);
}

describe('kernplan backup en restore', () => {
  it('geeft exitcode 2 zonder bestand en 1 voor een bestand dat niet bestaat', async () => {
    const zonder = await kernplan(['backup'], { DATA_DIR: nieuweMap() });
    expect(zonder.code).toBe(2);
    expect(zonder.stderr).toContain('geef het bestand');
    const weg = await kernplan(['restore', path.join(nieuweMap(), 'bestaat-niet.backup')], { DATA_DIR: nieuweMap() });
    expect(weg.code).toBe(1);
    expect(weg.stderr.trim()).toMatch(/^Kernplan: Het bestand .*bestaat-niet\.backup bestaat niet\.$/);
    const leeg = await kernplan(['backup', path.join(nieuweMap(), 'x.backup')], { DATA_DIR: nieuweMap() });
    expect(leeg.code).toBe(1);
    expect(leeg.stderr).toContain('staat geen ingebouwde Kernplan-database');
  }, 120_000);

  it('PGlite: heen en terug geeft dezelfde gegevens; weigert een gevulde database en een beschadigd bestand', async () => {
    const bronMap = nieuweMap();
    const bron = await openPgliteDb(bronMap);
    await vulBron(bron);
    const verwacht = await staat(bron);
    await bron.close();
    const rijen = (t: string) => Number(verwacht[t]!.split(' ')[0]);
    expect(rijen('wijzigingen')).toBeGreaterThan(1);
    expect(rijen('secties')).toBeGreaterThan(20);
    expect(rijen('politie_cijfers')).toBe(1);

    const bestand = path.join(nieuweMap(), 'kernplan.backup');
    const b = await kernplan(['backup', bestand], { DATA_DIR: bronMap });
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/^Back-up van de ingebouwde database in .* geschreven naar .*kernplan\.backup: \d+ tabellen, \d+ rijen, \d+ kB\.\n$/);

    const doelMap = nieuweMap();
    const r = await kernplan(['restore', bestand], { DATA_DIR: doelMap });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('teruggezet in de ingebouwde database');
    let doel = await openPgliteDb(doelMap);
    expect(await staat(doel)).toEqual(verwacht);
    // The append-only tables stay append-only after a restore.
    await expect(doel.query(`delete from wijzigingen`)).rejects.toThrow(/alleen-toevoegen/);
    // The sequences continue after the restored ids.
    const { rows } = await doel.query<{ id: string }>(`insert into wijzigingen (soort) values ('na herstel') returning id::text`);
    const { rows: max } = await doel.query<{ m: string }>(`select max(id)::text as m from wijzigingen where soort <> 'na herstel'`);
    expect(BigInt(rows[0]!.id)).toBeGreaterThan(BigInt(max[0]!.m));
    await doel.query(`delete from politie_cijfers`);
    const naWijziging = await staat(doel);
    await doel.close();

    // Not into a database that holds data; the target stays as it was.
    const weer = await kernplan(['restore', bestand], { DATA_DIR: doelMap });
    expect(weer.code).toBe(1);
    expect(weer.stderr.trim()).toMatch(/^Kernplan: De doeldatabase is niet leeg \(\d+ tabellen met gegevens, zoals .*\)\. Zet terug in een lege datamap of database, of vervang alles met --overschrijven\.$/);
    doel = await openPgliteDb(doelMap);
    expect(await staat(doel)).toEqual(naWijziging);
    await doel.close();

    // A cut-off and a damaged file: a clear message, nothing changes, not even with --overschrijven.
    const ruw = readFileSync(bestand);
    const afgebroken = path.join(nieuweMap(), 'afgebroken.backup');
    writeFileSync(afgebroken, ruw.subarray(0, Math.floor(ruw.length / 2)));
    const beschadigd = path.join(nieuweMap(), 'beschadigd.backup');
    const kapot = Buffer.from(ruw);
    kapot[Math.floor(kapot.length / 2)]! ^= 0xff;
    writeFileSync(beschadigd, kapot);
    const geenBackUp = path.join(nieuweMap(), 'tekst.backup');
    writeFileSync(geenBackUp, 'dit is geen back-up\n');
    const k = await kernplan(['restore', afgebroken, '--overschrijven'], { DATA_DIR: doelMap });
    expect(k.code).toBe(1);
    expect(k.stderr.trim()).toBe('Kernplan: Dit is geen back-up van Kernplan, of het bestand is beschadigd of afgebroken (het bestand houdt te vroeg op).');
    // The same function as the command, in this process (starting a process costs seconds).
    for (const f of [beschadigd, geenBackUp]) {
      const r2 = await restore(f, { overschrijven: true }, { DATA_DIR: doelMap });
      expect(r2.code, f).toBe(1);
      expect(r2.uitvoer).toMatch(/^Dit is geen back-up van Kernplan, of het bestand is beschadigd of afgebroken \(.+\)\.$/);
    }
    for (const f of [afgebroken, beschadigd, geenBackUp]) {
      const leegMap = path.join(nieuweMap(), 'nieuw');
      expect((await restore(f, {}, { DATA_DIR: leegMap })).code).toBe(1);
      expect(existsSync(path.join(leegMap, 'pgdata'))).toBe(false);
    }
    doel = await openPgliteDb(doelMap);
    expect(await staat(doel)).toEqual(naWijziging);
    await doel.close();

    // --overschrijven replaces everything.
    const over = await kernplan(['restore', bestand, '--overschrijven'], { DATA_DIR: doelMap });
    expect(over.stderr).toBe('');
    expect(over.code).toBe(0);
    doel = await openPgliteDb(doelMap);
    expect(await staat(doel)).toEqual(verwacht);
    await doel.close();

    // The same file restores into PostgreSQL too.
    if (heeftPg) {
      const pgDoel = await createPgDatabase();
      databases.push(pgDoel);
      const p = await kernplan(['restore', bestand], { DATABASE_URL: pgDoel.url });
      expect(p.stderr).toBe('');
      expect(p.code).toBe(0);
      const db = await openPostgresDb(pgDoel.url);
      expect(await staat(db)).toEqual(verwacht);
      await db.close();
    }
  }, 600_000);

  it.skipIf(!heeftPg)('PostgreSQL: heen en terug, ook naar PGlite, en weigert een gevulde database', async () => {
    const bronDb = await createPgDatabase();
    databases.push(bronDb);
    const bron = await openPostgresDb(bronDb.url);
    await vulBron(bron);
    const verwacht = await staat(bron);
    await bron.close();

    const bestand = path.join(nieuweMap(), 'pg.backup');
    const b = await kernplan(['backup', bestand], { DATABASE_URL: bronDb.url });
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('Back-up van de PostgreSQL-server (DATABASE_URL)');

    const doelDb = await createPgDatabase();
    databases.push(doelDb);
    const r = await kernplan(['restore', bestand], { DATABASE_URL: doelDb.url });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doel = await openPostgresDb(doelDb.url);
    expect(await staat(doel)).toEqual(verwacht);
    await doel.close();

    const weer = await kernplan(['restore', bestand], { DATABASE_URL: doelDb.url });
    expect(weer.code).toBe(1);
    expect(weer.stderr).toContain('De doeldatabase is niet leeg');

    const pgliteMap = nieuweMap();
    const l = await kernplan(['restore', bestand], { DATA_DIR: pgliteMap });
    expect(l.stderr).toBe('');
    expect(l.code).toBe(0);
    const pglite = await openPgliteDb(pgliteMap);
    expect(await staat(pglite)).toEqual(verwacht);
    await pglite.close();
  }, 600_000);

  it('PGlite: een back-up terwijl de server draait en schrijft; terugzetten en een tweede proces worden geweigerd', async () => {
    // The demo installation (a copy of the template of global setup; without it the server installs it).
    const dataDir = nieuweMap();
    await kopieerDemoDatamap(dataDir);
    const server = await startServerProcess({ dataDir, timeoutMs: 120_000 });
    const coordinator = await HttpClient.signIn(server.url, 'coordinator@demo.kernplan.nl');
    const lijst = (await coordinator.get('/werkruimtes')).body.werkruimtes as { id: string; naam: string }[];
    const werkruimte = lijst.find((w) => w.naam === 'Integraal Veiligheidsplan Dijkstede 2027-2030')!.id;
    // A write acknowledged before the back-up must be in it.
    const voor = await coordinator.call('POST', `/werkruimtes/${werkruimte}/secties/thema-1.1/opmerkingen`, { tekst: 'Vóór de back-up' });
    expect(voor.status).toBe(201);

    // Writes keep going during the back-up.
    let schrijven = true;
    const schrijver = (async () => {
      let n = 0;
      while (schrijven) {
        const a = await coordinator.call('POST', `/werkruimtes/${werkruimte}/secties/thema-2.1/opmerkingen`, { tekst: `Tijdens ${n++}` });
        expect(a.status).toBe(201);
      }
      return n;
    })();
    const bestand = path.join(nieuweMap(), 'draaiend.backup');
    const b = await kernplan(['backup', bestand], { DATA_DIR: dataDir });
    schrijven = false;
    expect(await schrijver).toBeGreaterThan(0);
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('Back-up van de draaiende server');

    const inhoud = await leesBackUp(readFileSync(bestand));
    const opmerkingen = inhoud.tabellen.find((t) => t.tabel === 'opmerkingen')!.rijen.map((r) => (JSON.parse(r) as { tekst: string }).tekst);
    expect(opmerkingen).toContain('Vóór de back-up');

    // The server still answers, and its data folder is its own.
    expect((await coordinator.get(`/werkruimtes/${werkruimte}`)).status).toBe(200);
    const terug = await kernplan(['restore', bestand, '--overschrijven'], { DATA_DIR: dataDir });
    expect(terug.code).toBe(1);
    expect(terug.stderr).toContain('is in gebruik door een ander Kernplan-proces. Stop dat eerst');
    const check = await kernplan(['check', 'Dijkstede 2027-2030'], { DATA_DIR: dataDir });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('is in gebruik door een ander Kernplan-proces');
    await expect(openPgliteDb(dataDir)).rejects.toThrow(StartupError);

    // After a stop (even a SIGKILL) the folder can be opened again, and the restore is consistent.
    await server.kill('SIGKILL');
    const doelMap = nieuweMap();
    const r = await kernplan(['restore', bestand], { DATA_DIR: doelMap });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doel = await openPgliteDb(doelMap);
    const { rows } = await doel.query<{ n: number }>(`select count(*)::int as n from opmerkingen where tekst = 'Vóór de back-up'`);
    expect(rows[0]!.n).toBe(1);
    await doel.close();
    const weer = await openPgliteDb(dataDir);
    await weer.close();
  }, 600_000);
});

describe('duurzaamheid van de ingebouwde database', () => {
  it('schrijft elke commit met fsync naar schijf, tenzij PGLITE_FSYNC=uit', async () => {
    expect(leesFsync({})).toBe(true);
    expect(leesFsync({ PGLITE_FSYNC: 'uit' })).toBe(false);
    expect(() => leesFsync({ PGLITE_FSYNC: 'soms' })).toThrow("PGLITE_FSYNC moet 'aan' of 'uit' zijn, niet 'soms'.");

    const db = await openPgliteDb(nieuweMap(), { fsync: true });
    const { rows } = await db.query<{ fsync: string; methode: string }>(`select current_setting('fsync') as fsync, current_setting('wal_sync_method') as methode`);
    expect(rows[0]).toEqual({ fsync: 'on', methode: 'fsync' });
    await db.exec('create table t (x int)');
    const voor = aantalFsyncs();
    for (let i = 0; i < 5; i++) await db.query('insert into t values ($1)', [i]);
    expect(aantalFsyncs() - voor).toBeGreaterThanOrEqual(5);
    await db.close();

    const snel = await openPgliteDb(nieuweMap(), { fsync: false });
    expect((await snel.query<{ f: string }>(`select current_setting('fsync') as f`)).rows[0]!.f).toBe('off');
    await snel.exec('create table t (x int)');
    const voor2 = aantalFsyncs();
    await snel.query('insert into t values (1)');
    expect(aantalFsyncs()).toBe(voor2);
    await snel.close();
  }, 180_000);
});
