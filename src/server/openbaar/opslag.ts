/**
 * Storage of the public dashboard (issue 18, point 1; migration 019): which items a workspace has
 * published, and which workspace answers for a municipality code. Publishing and withdrawing are
 * idempotent per item: a row exists or it does not.
 */
import type { Queryable } from '../db/db.ts';

/** The published items of a workspace. */
export async function laadPublicaties(db: Queryable, werkruimteId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ onderdeel: string }>('select onderdeel from publicaties where werkruimte_id = $1', [werkruimteId]);
  return new Set(rows.map((r) => r.onderdeel));
}

/** Publishes an item; true when it was not published yet. */
export async function publiceer(tx: Queryable, werkruimteId: string, onderdeel: string, gebruikerId: string): Promise<boolean> {
  const { rows } = await tx.query<{ onderdeel: string }>(
    'insert into publicaties (werkruimte_id, onderdeel, gepubliceerd_door) values ($1, $2, $3) on conflict do nothing returning onderdeel',
    [werkruimteId, onderdeel, gebruikerId],
  );
  return rows.length > 0;
}

/** Withdraws an item; true when it was published. */
export async function trekIn(tx: Queryable, werkruimteId: string, onderdeel: string): Promise<boolean> {
  const { rows } = await tx.query<{ onderdeel: string }>('delete from publicaties where werkruimte_id = $1 and onderdeel = $2 returning onderdeel', [werkruimteId, onderdeel]);
  return rows.length > 0;
}

/** Replaces the whole set of published items (publish all, withdraw all). */
export async function vervangPublicaties(tx: Queryable, werkruimteId: string, onderdelen: readonly string[], gebruikerId: string): Promise<void> {
  await tx.query('delete from publicaties where werkruimte_id = $1 and not (onderdeel = any($2::text[]))', [werkruimteId, onderdelen]);
  await tx.query(
    `insert into publicaties (werkruimte_id, onderdeel, gepubliceerd_door)
     select $1, o, $3 from unnest($2::text[]) as o
     on conflict do nothing`,
    [werkruimteId, onderdelen, gebruikerId],
  );
}

/**
 * The IVP workspace that answers for a municipality: of that code, with something published; with
 * several, the one with the latest adopted IVP (then the newest).
 */
export async function vindOpenbareWerkruimte(db: Queryable, gemeentecode: string): Promise<{ werkruimteId: string } | null> {
  const { rows } = await db.query<{ id: string }>(
    `select w.id
       from werkruimtes w
      where w.soort = 'ivp' and w.cbs_code = $1
        and exists (select 1 from publicaties p where p.werkruimte_id = w.id)
      order by (select max(b.datum) from besluiten b
                 where b.werkruimte_id = w.id and b.document = 'ivp' and b.soort = 'vastgesteld' and b.orgaan = 'Raad') desc nulls last,
               w.aangemaakt_op desc, w.id
      limit 1`,
    [gemeentecode],
  );
  return rows[0] ? { werkruimteId: rows[0].id } : null;
}

/**
 * What a public answer for a municipality is made from (ADR 0017): the stand of each IVP workspace of
 * that code (which one answers depends on what each has published and adopted) and of the shared part,
 * in one cheap query; null when the code has no IVP workspace at all. A new workspace moves the shared
 * stand, a publication or an adoption moves its workspace's.
 */
export async function standenVanGemeente(db: Queryable, gemeentecode: string): Promise<string | null> {
  const { rows } = await db.query<{ sleutel: string; stand: string | null }>(
    `select w.id::text as sleutel, s.stand::text as stand
       from werkruimtes w left join standen s on s.sleutel = w.id::text
      where w.soort = 'ivp' and w.cbs_code = $1
     union all
     select 'algemeen', (select stand::text from standen where sleutel = 'algemeen')`,
    [gemeentecode],
  );
  if (rows.length < 2) return null;
  return rows
    .map((r) => `${r.sleutel}=${r.stand ?? '0'}`)
    .sort()
    .join('|');
}

/** The themes (ids like '5.2') whose analysis section is confidential. */
export async function vertrouwelijkeThemas(db: Queryable, werkruimteId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ sleutel: string }>(`select sleutel from secties where werkruimte_id = $1 and vertrouwelijk and sleutel like 'thema-%'`, [werkruimteId]);
  return new Set(rows.map((r) => r.sleutel.slice('thema-'.length)));
}
