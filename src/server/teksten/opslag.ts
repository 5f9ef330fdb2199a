/**
 * The store of texts written together (ADR 0019): per text its compacted Yjs state and the updates
 * after it, derived content (editor JSON and plain text) and the history of versions. The only SQL of
 * this area.
 */
import * as Y from 'yjs';
import { platteTekst, type RijkeKnoop } from '../../domain/tekst/rijk.ts';
import type { SamenTekst } from '../../domain/cyclus/teksten.ts';
import type { Db, Queryable } from '../db/db.ts';
import { rijkUitUpdates } from './yjs.ts';

/** The NOTIFY channel on which processes tell each other about a stored update of a text. */
export const TEKST_KANAAL = 'kernplan_teksten';

const bytes = (b: Uint8Array | Buffer): Uint8Array => (b instanceof Uint8Array ? b : new Uint8Array(b));

export interface GeladenTekst {
  id: string;
  /** The state and the updates after it, in order; applied together they give the document. */
  updates: Uint8Array[];
  /** The ids of the updates (without the state), to know which have been applied. */
  updateIds: number[];
}

/**
 * The text with this key, created with `begin` (the content from before writing together) when it
 * does not exist yet. Two processes creating it at once: one insert wins, both load that one.
 */
export async function zoekOfMaakTekst(db: Queryable, werkruimteId: string, sleutel: string, begin: () => Promise<{ staat: Uint8Array; inhoud: RijkeKnoop }>): Promise<GeladenTekst> {
  const bestaand = await laadTekstOpSleutel(db, werkruimteId, sleutel);
  if (bestaand) return bestaand;
  const { staat, inhoud } = await begin();
  await db.query(
    `insert into teksten (werkruimte_id, sleutel, staat, inhoud, platte_tekst) values ($1, $2, $3, $4, $5)
     on conflict (werkruimte_id, sleutel) do nothing`,
    [werkruimteId, sleutel, staat, JSON.stringify(inhoud), platteTekst(inhoud)],
  );
  const nieuw = await laadTekstOpSleutel(db, werkruimteId, sleutel);
  if (!nieuw) throw new Error(`Tekst ${sleutel} kon niet worden aangemaakt`);
  return nieuw;
}

async function laadTekstOpSleutel(db: Queryable, werkruimteId: string, sleutel: string): Promise<GeladenTekst | null> {
  const { rows } = await db.query<{ id: string; staat: Uint8Array; ids: string[] | null; updates: Uint8Array[] | null }>(
    `select t.id, t.staat,
            (select array_agg(u.id::text order by u.id) from tekst_updates u where u.tekst_id = t.id) as ids,
            (select array_agg(u.update order by u.id) from tekst_updates u where u.tekst_id = t.id) as updates
       from teksten t where t.werkruimte_id = $1 and t.sleutel = $2`,
    [werkruimteId, sleutel],
  );
  const r = rows[0];
  if (!r) return null;
  return { id: r.id, updates: [bytes(r.staat), ...(r.updates ?? []).map(bytes)], updateIds: (r.ids ?? []).map(Number) };
}

/** The whole text again (after a notification about an update that was compacted away meanwhile). */
export async function laadTekst(db: Queryable, tekstId: string): Promise<GeladenTekst | null> {
  const { rows } = await db.query<{ werkruimte_id: string; sleutel: string }>('select werkruimte_id, sleutel from teksten where id = $1', [tekstId]);
  return rows[0] ? laadTekstOpSleutel(db, rows[0].werkruimte_id, rows[0].sleutel) : null;
}

export async function tekstBestaat(db: Queryable, werkruimteId: string, sleutel: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from teksten where werkruimte_id = $1 and sleutel = $2', [werkruimteId, sleutel]);
  return rows.length > 0;
}

export async function haalUpdate(db: Queryable, id: number): Promise<Uint8Array | null> {
  const { rows } = await db.query<{ update: Uint8Array }>('select update from tekst_updates where id = $1', [id]);
  return rows[0] ? bytes(rows[0].update) : null;
}

/**
 * Stores one update, in one statement (so one round trip and its own commit): the update, who and
 * when on the text, a new stand of the workspace for the answer cache, and with PostgreSQL a NOTIFY
 * to the other processes (delivered at the commit). Returns the update's id.
 */
export async function bewaarUpdate(
  db: Queryable,
  u: { tekstId: string; werkruimteId: string; update: Uint8Array; gebruikerId: string | null; melden: boolean; proces: string },
): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    `with u as (insert into tekst_updates (tekst_id, update, gebruiker_id) values ($1, $2, $3) returning id),
          t as (update teksten set bijgewerkt_op = now(), bijgewerkt_door = $3 where id = $1),
          s as (insert into standen (sleutel, stand) values ($4, gen_random_uuid()) on conflict (sleutel) do update set stand = excluded.stand)
     select u.id::text as id, case when $5::boolean then pg_notify($6, json_build_object('t', $1::text, 'u', u.id, 'p', $7::text)::text) end as gemeld from u`,
    [u.tekstId, u.update, u.gebruikerId, u.werkruimteId, u.melden, TEKST_KANAAL, u.proces],
  );
  return Number(rows[0]!.id);
}

/**
 * Merges the updates of a text into its state and derives its content again, in one transaction;
 * deletes exactly the updates it merged (one stored meanwhile stays for the next time). Two processes
 * at once: the row lock makes the second wait, and it then finds nothing (or only newer updates).
 */
export async function compacteer(db: Db, tekstId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows: t } = await tx.query<{ staat: Uint8Array }>('select staat from teksten where id = $1 for update', [tekstId]);
    if (!t[0]) return;
    const { rows: u } = await tx.query<{ id: string; update: Uint8Array }>('select id::text as id, update from tekst_updates where tekst_id = $1 order by id', [tekstId]);
    if (u.length === 0) return;
    const staat = Y.mergeUpdates([bytes(t[0].staat), ...u.map((r) => bytes(r.update))]);
    const inhoud = rijkUitUpdates([staat]);
    await tx.query('update teksten set staat = $2, inhoud = $3, platte_tekst = $4 where id = $1', [tekstId, staat, JSON.stringify(inhoud), platteTekst(inhoud)]);
    await tx.query('delete from tekst_updates where id = any($1::bigint[])', [u.map((r) => r.id)]);
  });
}

/**
 * All texts of a workspace that have been written together, by key: plain text and content. A text
 * with updates after its last compaction is derived here from its state and those updates.
 */
export async function leesTeksten(db: Queryable, werkruimteId: string, alleen?: string[]): Promise<Map<string, SamenTekst>> {
  const { rows } = await db.query<{ sleutel: string; inhoud: RijkeKnoop; platte_tekst: string; staat: Uint8Array | null; updates: Uint8Array[] | null }>(
    `select t.sleutel, t.inhoud, t.platte_tekst, u.updates, case when u.updates is null then null else t.staat end as staat
       from teksten t
       left join lateral (select array_agg(x.update order by x.id) as updates from tekst_updates x where x.tekst_id = t.id) u on true
      where t.werkruimte_id = $1 and ($2::text[] is null or t.sleutel = any($2::text[]))`,
    [werkruimteId, alleen ?? null],
  );
  const uit = new Map<string, SamenTekst>();
  for (const r of rows) {
    if (r.staat && r.updates) {
      const inhoud = rijkUitUpdates([bytes(r.staat), ...r.updates.map(bytes)]);
      uit.set(r.sleutel, { inhoud, platteTekst: platteTekst(inhoud) });
    } else uit.set(r.sleutel, { inhoud: r.inhoud, platteTekst: r.platte_tekst });
  }
  return uit;
}

/** A version for the history: the state after a burst of writing, and who wrote in it. */
export async function bewaarVersie(db: Queryable, v: { tekstId: string; staat: Uint8Array; inhoud: RijkeKnoop; door: string[]; hersteldVan?: number | null }): Promise<number> {
  const { rows } = await db.query<{ id: string }>(
    `insert into tekst_versies (tekst_id, staat, inhoud, platte_tekst, door, door_namen, hersteld_van)
     select $1, $2, $3, $4, $5::uuid[], coalesce((select array_agg(g.naam order by g.naam) from gebruikers g where g.id = any($5::uuid[])), '{}'), $6
     returning id::text as id`,
    [v.tekstId, v.staat, JSON.stringify(v.inhoud), platteTekst(v.inhoud), v.door, v.hersteldVan ?? null],
  );
  return Number(rows[0]!.id);
}

export interface TekstVersie {
  id: number;
  gemaaktOp: string;
  door: string[];
  platteTekst: string;
  hersteldVan: number | null;
}

/** The history of a text, newest first (at most `max`). */
export async function versies(db: Queryable, werkruimteId: string, sleutel: string, max = 50): Promise<TekstVersie[]> {
  const { rows } = await db.query<{ id: string; gemaakt_op: Date; door_namen: string[]; platte_tekst: string; hersteld_van: string | null }>(
    `select v.id::text as id, v.gemaakt_op, v.door_namen, v.platte_tekst, v.hersteld_van::text as hersteld_van
       from tekst_versies v join teksten t on t.id = v.tekst_id
      where t.werkruimte_id = $1 and t.sleutel = $2 order by v.id desc limit $3`,
    [werkruimteId, sleutel, max],
  );
  return rows.map((r) => ({ id: Number(r.id), gemaaktOp: new Date(r.gemaakt_op).toISOString(), door: r.door_namen, platteTekst: r.platte_tekst, hersteldVan: r.hersteld_van === null ? null : Number(r.hersteld_van) }));
}

export async function versieInhoud(db: Queryable, werkruimteId: string, sleutel: string, id: number): Promise<RijkeKnoop | null> {
  const { rows } = await db.query<{ inhoud: RijkeKnoop }>(
    `select v.inhoud from tekst_versies v join teksten t on t.id = v.tekst_id where t.werkruimte_id = $1 and t.sleutel = $2 and v.id = $3`,
    [werkruimteId, sleutel, id],
  );
  return rows[0]?.inhoud ?? null;
}

/** Who may see a section's text and who may edit it: its confidentiality and assignment. */
export async function sectieToegang(db: Queryable, werkruimteId: string, sectie: string): Promise<{ vertrouwelijk: boolean; toegewezenOrganisatieId: string | null } | null> {
  const { rows } = await db.query<{ vertrouwelijk: boolean; toegewezen_organisatie_id: string | null }>(
    'select vertrouwelijk, toegewezen_organisatie_id from secties where werkruimte_id = $1 and sleutel = $2',
    [werkruimteId, sectie],
  );
  return rows[0] ? { vertrouwelijk: rows[0].vertrouwelijk, toegewezenOrganisatieId: rows[0].toegewezen_organisatie_id } : null;
}
