/**
 * `kernplan backup BESTAND` and `kernplan restore BESTAND [--overschrijven]` (ADR 0014).
 *
 * backup: with DATABASE_URL straight from PostgreSQL in one REPEATABLE READ transaction (the server
 * may keep running); with the embedded database from the running server over its local socket, or,
 * when no server runs, by opening the data folder. The file is written next to its target and renamed
 * into place when complete, so a scheduled job never leaves half a back-up under the real name.
 *
 * restore: checks the whole file first, then fills an empty database (or, with --overschrijven, a
 * used one) in one transaction. With the embedded database the server must be stopped.
 */
import { existsSync, fsyncSync, openSync, closeSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../server/config.ts';
import { BackUpFout, herstel, leesBackUp, maakBackUp, type Samenvatting } from '../server/db/back-up.ts';
import { type Db, StartupError } from '../server/db/db.ts';
import { leesFsync, openPgliteDb } from '../server/db/pglite-db.ts';
import { vraagDatamap } from '../server/db/pglite-kanaal.ts';
import { openPostgresDb } from '../server/db/postgres-db.ts';
import { appVersion } from '../server/version.ts';
import { ALGEMEEN, verschuifStanden } from '../server/db/standen.ts';

export interface Resultaat {
  code: 0 | 1;
  uitvoer: string;
}

const rijenTekst = (s: Samenvatting) => `${s.tabellen} tabellen, ${s.rijen} rijen, schemaversie ${s.schemaversie}`;

function kB(n: number): string {
  return n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} kB` : `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** Opens the configured database without migrating it (a back-up never changes the source). */
async function openBron(env: NodeJS.ProcessEnv): Promise<{ db: Db; waar: string }> {
  const config = readConfig(env);
  if (config.databaseUrl) return { db: await openPostgresDb(config.databaseUrl), waar: 'de PostgreSQL-server (DATABASE_URL)' };
  if (!existsSync(path.join(config.dataDir, 'pgdata', 'PG_VERSION'))) {
    throw new BackUpFout(`In ${path.resolve(config.dataDir)} staat geen ingebouwde Kernplan-database. Geef de datamap met DATA_DIR.`);
  }
  return { db: await openPgliteDb(config.dataDir, { fsync: leesFsync(env) }), waar: `de ingebouwde database in ${path.resolve(config.dataDir)}` };
}

/** Writes next to the target, syncs, then renames: the target is either the old or the whole new file. */
function schrijfVeilig(doel: string, inhoud: Buffer): void {
  const tijdelijk = path.join(path.dirname(doel), `.${path.basename(doel)}.${process.pid}.tmp`);
  try {
    writeFileSync(tijdelijk, inhoud, { mode: 0o600 });
    const fd = openSync(tijdelijk, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tijdelijk, doel);
  } catch (err) {
    rmSync(tijdelijk, { force: true });
    const e = err as NodeJS.ErrnoException;
    throw new BackUpFout(`Kan ${path.resolve(doel)} niet schrijven (${e.code ?? e.message}).`);
  }
}

export async function backUp(bestand: string, env: NodeJS.ProcessEnv = process.env): Promise<Resultaat> {
  try {
    const config = readConfig(env);
    let inhoud: Buffer | null = null;
    let waar = '';
    if (!config.databaseUrl) {
      inhoud = await vraagDatamap(config.dataDir, 'back-up');
      if (inhoud) waar = `de draaiende server (${path.resolve(config.dataDir)})`;
    }
    if (!inhoud) {
      const bron = await openBron(env);
      try {
        inhoud = (await maakBackUp(bron.db, appVersion)).bestand;
        waar = bron.waar;
      } finally {
        await bron.db.close();
      }
    }
    // Check what is written exactly as a restore would read it.
    const samenvatting = (await leesBackUp(inhoud)).tabellen;
    schrijfVeilig(bestand, inhoud);
    const rijen = samenvatting.reduce((n, t) => n + t.rijen.length, 0);
    return { code: 0, uitvoer: `Back-up van ${waar} geschreven naar ${path.resolve(bestand)}: ${samenvatting.length} tabellen, ${rijen} rijen, ${kB(inhoud.length)}.` };
  } catch (err) {
    if (err instanceof BackUpFout || err instanceof StartupError) return { code: 1, uitvoer: err.message };
    throw err;
  }
}

export async function restore(bestand: string, opties: { overschrijven?: boolean } = {}, env: NodeJS.ProcessEnv = process.env): Promise<Resultaat> {
  try {
    let ruw: Buffer;
    try {
      ruw = readFileSync(bestand);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new BackUpFout(code === 'ENOENT' ? `Het bestand ${path.resolve(bestand)} bestaat niet.` : `Kan ${path.resolve(bestand)} niet lezen (${code}).`);
    }
    const inhoud = await leesBackUp(ruw);
    const config = readConfig(env);
    const db = config.databaseUrl ? await openPostgresDb(config.databaseUrl) : await openPgliteDb(config.dataDir, { fsync: leesFsync(env) });
    try {
      const s = await herstel(db, inhoud, opties);
      // A running server (PostgreSQL) must not keep answers of what was there before (ADR 0017).
      await verschuifStanden(db, [ALGEMEEN]);
      const waar = config.databaseUrl ? 'de PostgreSQL-server (DATABASE_URL)' : `de ingebouwde database in ${path.resolve(config.dataDir)}`;
      return {
        code: 0,
        uitvoer: `Back-up van ${inhoud.kop.gemaakt} (Kernplan ${inhoud.kop.kernplanVersie}) teruggezet in ${waar}: ${rijenTekst(s)}. Iedereen meldt zich opnieuw aan.`,
      };
    } finally {
      await db.close();
    }
  } catch (err) {
    if (err instanceof BackUpFout || err instanceof StartupError) return { code: 1, uitvoer: err.message };
    throw err;
  }
}
