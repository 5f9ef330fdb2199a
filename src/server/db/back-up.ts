/**
 * Back-up and restore of all Kernplan data, the same file for PGlite and PostgreSQL (ADR 0014).
 *
 * The file is gzip with lines of text: a fixed first line, a header (format, Kernplan version,
 * schema version), per table a line with its name, columns and number of rows followed by one JSON
 * object per row (`to_jsonb`: by column name, bytea as hex, timestamps with time zone), the values of
 * the sequences, and a closing line with a sha256 over everything before it. A back-up is read in
 * one REPEATABLE READ READ ONLY transaction, so it is consistent while the server keeps writing.
 *
 * A restore first checks the whole file, then in one transaction: creates the schema up to the
 * version of the back-up, loads the tables in foreign-key order, sets the sequences, checks the
 * counts and only then applies the newer migrations, so their data conversions run on the restored
 * rows. Anything wrong rolls back all of it.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Db, Queryable } from './db.ts';
import { loadMigrations, vergrendelSchema } from './migrate.ts';

export const BACK_UP_REGEL = 'KERNPLAN-BACK-UP';
export const BACK_UP_FORMAAT = 1;

/**
 * Tables a back-up leaves out: sessions and half-finished OpenID Connect sign-ins are short-lived.
 * After a restore everyone signs in again. The stands of the answer cache (ADR 0017) only say when
 * something changed; a restored database starts without them.
 */
export const NIET_IN_BACK_UP = new Set(['schema_migraties', 'sessies', 'oidc_aanvragen', 'standen']);

/** A problem with the file or the target that the user can fix; one line in Dutch. */
export class BackUpFout extends Error {
  override name = 'BackUpFout';
}

export interface BackUpKop {
  formaat: number;
  kernplanVersie: string;
  schemaversie: number;
  gemaakt: string;
  database: Db['kind'];
}

export interface BackUpTabel {
  tabel: string;
  kolommen: string[];
  /** One JSON object per row, as text. */
  rijen: string[];
}

export interface Reeks {
  naam: string;
  waarde: string;
  aangeroepen: boolean;
}

export interface BackUpInhoud {
  kop: BackUpKop;
  tabellen: BackUpTabel[];
  reeksen: Reeks[];
}

export interface Samenvatting {
  schemaversie: number;
  tabellen: number;
  rijen: number;
}

const id = (naam: string) => `"${naam.replaceAll('"', '""')}"`;

/** The tables of the current schema, parents before children (foreign keys). */
async function tabellenOpVolgorde(q: Queryable): Promise<{ naam: string; kolommen: string[] }[]> {
  const { rows: tabellen } = await q.query<{ naam: string; kolommen: string[] }>(
    `select c.relname as naam,
            array(select a.attname::text from pg_attribute a
                  where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                  order by a.attnum) as kolommen
       from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
      order by c.relname`,
  );
  const { rows: fks } = await q.query<{ kind: string; ouder: string }>(
    `select k.relname as kind, o.relname as ouder
       from pg_constraint f join pg_class k on k.oid = f.conrelid join pg_class o on o.oid = f.confrelid
      where f.contype = 'f' and k.relnamespace = current_schema()::regnamespace and k.oid <> o.oid`,
  );
  const ouders = new Map<string, Set<string>>();
  for (const { kind, ouder } of fks) ouders.set(kind, (ouders.get(kind) ?? new Set()).add(ouder));
  const volgorde: { naam: string; kolommen: string[] }[] = [];
  const gedaan = new Set<string>();
  const bezig = new Set<string>();
  const bezoek = (naam: string) => {
    if (gedaan.has(naam) || bezig.has(naam)) return; // a cycle loads in name order
    bezig.add(naam);
    for (const ouder of [...(ouders.get(naam) ?? [])].sort()) bezoek(ouder);
    bezig.delete(naam);
    gedaan.add(naam);
    const t = tabellen.find((x) => x.naam === naam);
    if (t) volgorde.push(t);
  };
  for (const t of tabellen) bezoek(t.naam);
  return volgorde;
}

async function schemaversie(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ bestaat: boolean }>(`select to_regclass('schema_migraties') is not null as bestaat`);
  if (!rows[0]?.bestaat) return 0;
  const r = await q.query<{ versie: number | null }>('select max(versie) as versie from schema_migraties');
  return r.rows[0]?.versie ?? 0;
}

/** Reads everything in one consistent snapshot. */
export async function leesDatabase(db: Db, kernplanVersie: string): Promise<BackUpInhoud> {
  return db.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read, read only');
    const versie = await schemaversie(tx);
    if (versie === 0) throw new BackUpFout('Deze database bevat geen Kernplan-gegevens: er is niets om te bewaren.');
    const tabellen: BackUpTabel[] = [];
    for (const t of await tabellenOpVolgorde(tx)) {
      if (NIET_IN_BACK_UP.has(t.naam)) continue;
      const { rows } = await tx.query<{ r: string }>(`select to_jsonb(t)::text as r from ${id(t.naam)} t`);
      tabellen.push({ tabel: t.naam, kolommen: t.kolommen, rijen: rows.map((x) => x.r) });
    }
    const { rows: namen } = await tx.query<{ naam: string }>(
      `select relname as naam from pg_class where relkind = 'S' and relnamespace = current_schema()::regnamespace order by relname`,
    );
    const reeksen: Reeks[] = [];
    for (const { naam } of namen) {
      const { rows } = await tx.query<{ waarde: string; aangeroepen: boolean }>(`select last_value::text as waarde, is_called as aangeroepen from ${id(naam)}`);
      reeksen.push({ naam, waarde: rows[0]!.waarde, aangeroepen: rows[0]!.aangeroepen });
    }
    const kop: BackUpKop = { formaat: BACK_UP_FORMAAT, kernplanVersie, schemaversie: versie, gemaakt: new Date().toISOString(), database: db.kind };
    return { kop, tabellen, reeksen };
  });
}

/** The file: gzip of the text lines described at the top. */
export async function schrijfBackUp(inhoud: BackUpInhoud): Promise<Buffer> {
  const delen: string[] = [BACK_UP_REGEL, JSON.stringify(inhoud.kop)];
  for (const t of inhoud.tabellen) {
    delen.push(JSON.stringify({ tabel: t.tabel, kolommen: t.kolommen, rijen: t.rijen.length }));
    for (const r of t.rijen) delen.push(r);
  }
  delen.push(JSON.stringify({ reeksen: inhoud.reeksen }));
  const tekst = `${delen.join('\n')}\n`;
  const sha256 = createHash('sha256').update(tekst).digest('hex');
  const slot = `${JSON.stringify({ einde: true, tabellen: inhoud.tabellen.length, sha256 })}\n`;
  return promisify(gzip)(Buffer.from(tekst + slot));
}

export async function maakBackUp(db: Db, kernplanVersie: string): Promise<{ bestand: Buffer; samenvatting: Samenvatting }> {
  const inhoud = await leesDatabase(db, kernplanVersie);
  return { bestand: await schrijfBackUp(inhoud), samenvatting: vatSamen(inhoud) };
}

export function vatSamen(inhoud: BackUpInhoud): Samenvatting {
  return {
    schemaversie: inhoud.kop.schemaversie,
    tabellen: inhoud.tabellen.length,
    rijen: inhoud.tabellen.reduce((n, t) => n + t.rijen.length, 0),
  };
}

const GEEN_BACK_UP = 'Dit is geen back-up van Kernplan, of het bestand is beschadigd of afgebroken';

/** Reads and checks a whole back-up file; throws a BackUpFout before anything is written. */
export async function leesBackUp(bestand: Buffer): Promise<BackUpInhoud> {
  let tekst: string;
  try {
    tekst = (await promisify(gunzip)(bestand)).toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new BackUpFout(`${GEEN_BACK_UP} (${code === 'Z_BUF_ERROR' ? 'het bestand houdt te vroeg op' : 'geen geldige gzip'}).`);
  }
  const regels = tekst.split('\n');
  if (regels[0] !== BACK_UP_REGEL) throw new BackUpFout(`${GEEN_BACK_UP}.`);
  if (regels.at(-1) !== '') throw new BackUpFout(`${GEEN_BACK_UP} (het bestand houdt te vroeg op).`);
  const slotRegel = regels.at(-2) ?? '';
  let slot: { einde?: boolean; sha256?: string; tabellen?: number };
  try {
    slot = JSON.parse(slotRegel) as typeof slot;
  } catch {
    slot = {};
  }
  if (slot.einde !== true) throw new BackUpFout(`${GEEN_BACK_UP} (het slot ontbreekt).`);
  const romp = tekst.slice(0, tekst.length - slotRegel.length - 1);
  if (createHash('sha256').update(romp).digest('hex') !== slot.sha256) throw new BackUpFout(`${GEEN_BACK_UP} (de controlesom klopt niet).`);

  const json = <T>(i: number): T => {
    try {
      return JSON.parse(regels[i]!) as T;
    } catch {
      throw new BackUpFout(`${GEEN_BACK_UP} (regel ${i + 1} is onleesbaar).`);
    }
  };
  const kop = json<BackUpKop>(1);
  if (kop.formaat !== BACK_UP_FORMAAT) {
    throw new BackUpFout(`Deze back-up heeft formaat ${kop.formaat}; deze versie van Kernplan leest formaat ${BACK_UP_FORMAAT}. Gebruik de Kernplan-versie waarmee hij is gemaakt (${kop.kernplanVersie}) of nieuwer.`);
  }
  if (!Number.isInteger(kop.schemaversie) || kop.schemaversie < 1) throw new BackUpFout(`${GEEN_BACK_UP} (geen schemaversie).`);
  const tabellen: BackUpTabel[] = [];
  let i = 2;
  const eind = regels.length - 3; // index of the sequences line
  while (i < eind) {
    const t = json<{ tabel?: string; kolommen?: string[]; rijen?: number }>(i);
    if (typeof t.tabel !== 'string' || !Array.isArray(t.kolommen) || !Number.isInteger(t.rijen) || i + 1 + t.rijen! > eind) {
      throw new BackUpFout(`${GEEN_BACK_UP} (regel ${i + 1}).`);
    }
    tabellen.push({ tabel: t.tabel, kolommen: t.kolommen, rijen: regels.slice(i + 1, i + 1 + t.rijen!) });
    i += 1 + t.rijen!;
  }
  const { reeksen } = json<{ reeksen?: Reeks[] }>(eind);
  if (i !== eind || !Array.isArray(reeksen) || slot.tabellen !== tabellen.length) throw new BackUpFout(`${GEEN_BACK_UP} (de indeling klopt niet).`);
  return { kop, tabellen, reeksen };
}

/** Rows per insert: a few MB of JSON as one parameter. */
function inPorties(rijen: string[], maxTekens = 4_000_000): string[][] {
  const porties: string[][] = [];
  let huidige: string[] = [];
  let tekens = 0;
  for (const r of rijen) {
    if (huidige.length > 0 && tekens + r.length > maxTekens) {
      porties.push(huidige);
      huidige = [];
      tekens = 0;
    }
    huidige.push(r);
    tekens += r.length + 1;
  }
  if (huidige.length > 0) porties.push(huidige);
  return porties;
}

export interface HerstelOpties {
  /** Replace what the target holds; without it a target with data is refused. */
  overschrijven?: boolean;
}

/**
 * Restores a checked back-up into `db` in one transaction. The target must be empty (no Kernplan
 * tables, or only empty ones) unless `overschrijven`; its schema must not be newer than the back-up's.
 */
export async function herstel(db: Db, inhoud: BackUpInhoud, opties: HerstelOpties = {}): Promise<Samenvatting> {
  const migraties = loadMigrations();
  const nieuwste = Math.max(0, ...migraties.map((m) => m.version));
  const b = inhoud.kop.schemaversie;
  if (b > nieuwste) {
    throw new BackUpFout(`Deze back-up komt van een nieuwere Kernplan (${inhoud.kop.kernplanVersie}, schemaversie ${b}); deze versie kent schemaversie ${nieuwste}. Werk Kernplan eerst bij.`);
  }
  return db.transaction(async (tx) => {
    // The lock of migrate(): a server that starts now waits until the restore is done.
    await vergrendelSchema(tx);
    const t = await schemaversie(tx);
    const bestaande = (await tabellenOpVolgorde(tx)).filter((x) => x.naam !== 'schema_migraties');
    const gevuld: string[] = [];
    for (const x of bestaande) {
      const { rows } = await tx.query<{ gevuld: boolean }>(`select exists (select 1 from ${id(x.naam)}) as gevuld`);
      if (rows[0]?.gevuld) gevuld.push(x.naam);
    }
    if (gevuld.length > 0 && !opties.overschrijven) {
      throw new BackUpFout(
        `De doeldatabase is niet leeg (${gevuld.length} ${gevuld.length === 1 ? 'tabel' : 'tabellen'} met gegevens, zoals ${gevuld.slice(0, 3).join(', ')}). Zet terug in een lege datamap of database, of vervang alles met --overschrijven.`,
      );
    }
    if (t > b) {
      throw new BackUpFout(`De doeldatabase heeft al schemaversie ${t}, nieuwer dan de back-up (${b}). Zet terug in een lege datamap of database.`);
    }
    if (gevuld.length > 0) {
      // Also the append-only tables: TRUNCATE does not fire their row triggers. Only with --overschrijven.
      await tx.exec(`truncate table ${bestaande.map((x) => id(x.naam)).join(', ')} restart identity cascade`);
    }
    const pasToe = async (tot: number, vanaf: number) => {
      for (const m of migraties) {
        if (m.version <= vanaf || m.version > tot) continue;
        await tx.exec(m.sql);
        await tx.query('insert into schema_migraties (versie, naam) values ($1, $2)', [m.version, m.name]);
      }
    };
    await pasToe(b, t);

    const doel = new Map((await tabellenOpVolgorde(tx)).map((x) => [x.naam, x.kolommen]));
    for (const tabel of inhoud.tabellen) {
      const kolommen = doel.get(tabel.tabel);
      if (!kolommen || NIET_IN_BACK_UP.has(tabel.tabel)) throw new BackUpFout(`Tabel ${tabel.tabel} uit de back-up hoort niet bij schemaversie ${b}.`);
      const onbekend = tabel.kolommen.filter((k) => !kolommen.includes(k));
      if (onbekend.length > 0) throw new BackUpFout(`Kolom ${onbekend.join(', ')} van tabel ${tabel.tabel} uit de back-up hoort niet bij schemaversie ${b}.`);
      const lijst = tabel.kolommen.map(id).join(', ');
      for (const portie of inPorties(tabel.rijen)) {
        // COPY would be faster, but this runs through the plain query interface of both adapters and
        // reads columns by name. Only INSERT: the append-only triggers (update/delete) stay untouched.
        await tx.query(
          `insert into ${id(tabel.tabel)} (${lijst}) overriding system value
           select ${lijst} from jsonb_populate_recordset(null::${id(tabel.tabel)}, $1::jsonb)`,
          [`[${portie.join(',')}]`],
        );
      }
      const { rows } = await tx.query<{ n: string }>(`select count(*)::text as n from ${id(tabel.tabel)}`);
      if (Number(rows[0]?.n) !== tabel.rijen.length) {
        throw new BackUpFout(`Tabel ${tabel.tabel} heeft na het terugzetten ${rows[0]?.n} rijen in plaats van ${tabel.rijen.length}; er is niets teruggezet.`);
      }
    }
    for (const r of inhoud.reeksen) {
      const { rows } = await tx.query<{ bestaat: boolean }>(`select to_regclass($1) is not null as bestaat`, [id(r.naam)]);
      if (rows[0]?.bestaat) await tx.query('select setval($1::regclass, $2::bigint, $3)', [id(r.naam), r.waarde, r.aangeroepen]);
    }
    await pasToe(nieuwste, b);
    return vatSamen(inhoud);
  });
}
