/**
 * Storage of workspaces, their members and invitations. The routes call these functions; all SQL of
 * this area lives here (the history lines in geschiedenis.ts).
 */
import { analyseSectieLijst, lokaleSecties } from '../../domain/cyclus/stand.ts';
import { gemeenteBijCode } from '../../domain/gemeenten/gemeenten.ts';
import type { Regiosoort } from '../../domain/regio/regio.ts';
import type { Rol } from '../../domain/toegang/rollen.ts';
import type { Queryable } from '../db/db.ts';
import type { VersieRij } from '../db/versies.ts';
import { legWijzigingVast } from './geschiedenis.ts';

/** A workspace as one member sees it: with his role and clearance. */
export interface WerkruimteRij {
  id: string;
  soort: 'ivp' | 'project';
  naam: string;
  gemeente_naam: string;
  cbs_code: string;
  periode_van: number | null;
  periode_tot: number | null;
  deelnemers: string[];
  /** ISO date of the coalition agreement, or null. */
  coalitieakkoord: string | null;
  /** A regional workspace (ADR 0023): its kind; null for a municipal plan or project. */
  regiosoort: Regiosoort | null;
  /** A regional workspace: its member municipalities (CBS codes), the lead included. */
  regiogemeenten: string[];
  /** A municipal IVP shares its draft priorities with the regions it lies in. */
  deelt_met_regio: boolean;
  /** A municipal IVP agrees to be named in a national picture of priorities. */
  landelijk_bij_naam: boolean;
  versie: number;
  rol: Rol;
  vertrouwelijk_toegang: boolean;
}

export interface Lid {
  gebruikerId: string;
  naam: string;
  email: string;
  organisatie: { id: string; naam: string };
  rol: Rol;
  vertrouwelijkToegang: boolean;
  versie: number;
}

export interface NieuweWerkruimte {
  soort: 'ivp' | 'project';
  naam: string;
  gemeentecode: string;
  periodeStart: number;
  periodeEinde: number;
  deelnemendeGemeenten?: string[];
  regio?: { soort: Regiosoort; gemeenten: string[] };
}

/** What a coordinator may change of a workspace; a missing field stays as it is. */
export interface WerkruimteWijziging {
  naam?: string;
  periodeStart?: number;
  periodeEinde?: number;
  deelnemendeGemeenten?: string[];
  /** ISO date; null clears it. */
  coalitieakkoord?: string | null;
  /** Only for a regional workspace: its member municipalities. */
  regiogemeenten?: string[];
  deeltMetRegio?: boolean;
  naamInLandelijkBeeld?: boolean;
}

export interface Uitnodiging {
  id: string;
  werkruimte_id: string;
  email: string;
  rol: Rol;
  vertrouwelijk_toegang: boolean;
  verloopt_op: Date;
  geaccepteerd_op: Date | null;
}

/** Where the version of a workspace lives (for neemVersie). */
export const werkruimteVersieRij = (werkruimteId: string): VersieRij => ({ tabel: 'werkruimtes', sleutel: { id: werkruimteId } });

/** Where the version of one membership lives (for neemVersie). */
export const lidVersieRij = (werkruimteId: string, gebruikerId: string): VersieRij => ({ tabel: 'leden', sleutel: { werkruimte_id: werkruimteId, gebruiker_id: gebruikerId } });

const werkruimteKolommen =
  'w.id, w.soort, w.naam, w.gemeente_naam, w.cbs_code, w.periode_van, w.periode_tot, w.deelnemers, w.coalitieakkoord::text as coalitieakkoord, w.regiosoort, w.regiogemeenten, w.deelt_met_regio, w.landelijk_bij_naam, w.versie, l.rol, l.vertrouwelijk_toegang';

/** One workspace as seen by a member; undefined when it does not exist or he is no member. */
export async function laadWerkruimte(db: Queryable, id: string, gebruikerId: string): Promise<WerkruimteRij | undefined> {
  const { rows } = await db.query<WerkruimteRij>(
    `select ${werkruimteKolommen}
       from werkruimtes w join leden l on l.werkruimte_id = w.id and l.gebruiker_id = $2 where w.id = $1`,
    [id, gebruikerId],
  );
  return rows[0];
}

/** The workspaces a user is a member of, newest first. */
export async function laadWerkruimtesVan(db: Queryable, gebruikerId: string): Promise<WerkruimteRij[]> {
  const { rows } = await db.query<WerkruimteRij>(
    `select ${werkruimteKolommen}
       from werkruimtes w join leden l on l.werkruimte_id = w.id and l.gebruiker_id = $1 order by w.aangemaakt_op desc, w.naam`,
    [gebruikerId],
  );
  return rows;
}

/** The stored row of a workspace as it is (all columns), for the history line of a change. */
export async function werkruimteZoalsOpgeslagen(tx: Queryable, id: string): Promise<Record<string, unknown> | undefined> {
  const { rows } = await tx.query<Record<string, unknown>>('select * from werkruimtes where id = $1', [id]);
  return rows[0];
}

/** Creates a workspace with its coordinator and one analysis section per theme; call it inside a transaction. */
export async function createWorkspace(tx: Queryable, input: NieuweWerkruimte, creatorId: string, opties: { gemeentenaam?: string } = {}): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into werkruimtes (soort, naam, gemeente_naam, cbs_code, periode_van, periode_tot, aangemaakt_door, deelnemers, regiosoort, regiogemeenten)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [
      input.soort,
      input.naam,
      opties.gemeentenaam ?? gemeenteBijCode(input.gemeentecode)!.naam,
      input.gemeentecode,
      input.periodeStart,
      input.periodeEinde,
      creatorId,
      JSON.stringify(input.deelnemendeGemeenten ?? []),
      input.regio?.soort ?? null,
      JSON.stringify(input.regio?.gemeenten ?? []),
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('Werkruimte niet aangemaakt');
  await tx.query(`insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang) values ($1, $2, 'coordinator', true)`, [id, creatorId]);
  for (const s of analyseSectieLijst()) {
    await tx.query('insert into secties (werkruimte_id, sleutel, titel, volgorde, bijgewerkt_door) values ($1, $2, $3, $4, $5)', [
      id,
      s.sleutel,
      s.titel,
      s.volgorde,
      creatorId,
    ]);
  }
  if (!input.regio) await voegLokaleSectiesToe(tx, id, [input.gemeentecode, ...(input.deelnemendeGemeenten ?? [])], creatorId);
  await legWijzigingVast(tx, { werkruimteId: id, sleutel: null, gebruikerId: creatorId, soort: 'werkruimte.aangemaakt', na: input });
  return id;
}

/**
 * A joint IVP gets a section per municipality for its local picture; a municipality that joins later
 * gets hers too. A section of a municipality that left stays (it may hold text) but is not in the plan.
 */
export async function voegLokaleSectiesToe(tx: Queryable, werkruimteId: string, codes: readonly string[], gebruikerId: string): Promise<void> {
  const secties = lokaleSecties(codes.map((code) => ({ code, naam: gemeenteBijCode(code)?.naam ?? code })));
  for (const s of secties) {
    await tx.query('insert into secties (werkruimte_id, sleutel, titel, volgorde, bijgewerkt_door) values ($1, $2, $3, $4, $5) on conflict (werkruimte_id, sleutel) do nothing', [
      werkruimteId,
      s.sleutel,
      s.titel,
      s.volgorde,
      gebruikerId,
    ]);
  }
}

/** Changes name, plan period, participating municipalities or the coalition agreement's date; the version was taken before. */
export async function wijzigWerkruimte(tx: Queryable, id: string, w: WerkruimteWijziging): Promise<void> {
  await tx.query(
    `update werkruimtes set naam = coalesce($2, naam), periode_van = coalesce($3, periode_van), periode_tot = coalesce($4, periode_tot),
            deelnemers = coalesce($5, deelnemers), coalitieakkoord = case when $6::boolean then $7::date else coalitieakkoord end,
            regiogemeenten = coalesce($8, regiogemeenten), deelt_met_regio = coalesce($9, deelt_met_regio),
            landelijk_bij_naam = coalesce($10, landelijk_bij_naam) where id = $1`,
    [
      id,
      w.naam ?? null,
      w.periodeStart ?? null,
      w.periodeEinde ?? null,
      w.deelnemendeGemeenten ? JSON.stringify(w.deelnemendeGemeenten) : null,
      w.coalitieakkoord !== undefined,
      w.coalitieakkoord ?? null,
      w.regiogemeenten ? JSON.stringify(w.regiogemeenten) : null,
      w.deeltMetRegio ?? null,
      w.naamInLandelijkBeeld ?? null,
    ],
  );
}

/** The members of a workspace, by name. */
export async function laadLeden(db: Queryable, werkruimteId: string): Promise<Lid[]> {
  const { rows } = await db.query<{ gebruiker_id: string; naam: string; email: string; organisatie_id: string; organisatie_naam: string; rol: Rol; vertrouwelijk_toegang: boolean; versie: number }>(
    `select l.gebruiker_id, g.naam, g.email, g.organisatie_id, o.naam as organisatie_naam, l.rol, l.vertrouwelijk_toegang, l.versie
       from leden l join gebruikers g on g.id = l.gebruiker_id join organisaties o on o.id = g.organisatie_id
      where l.werkruimte_id = $1 order by g.naam`,
    [werkruimteId],
  );
  return rows.map((r) => ({
    gebruikerId: r.gebruiker_id,
    naam: r.naam,
    email: r.email,
    organisatie: { id: r.organisatie_id, naam: r.organisatie_naam },
    rol: r.rol,
    vertrouwelijkToegang: r.vertrouwelijk_toegang,
    versie: r.versie,
  }));
}

/** Changes a member's role and/or clearance; a missing field stays as it is. */
export async function wijzigLid(tx: Queryable, werkruimteId: string, gebruikerId: string, w: { rol?: Rol; vertrouwelijkToegang?: boolean }): Promise<void> {
  await tx.query(
    `update leden set rol = coalesce($3, rol), vertrouwelijk_toegang = coalesce($4, vertrouwelijk_toegang)
      where werkruimte_id = $1 and gebruiker_id = $2`,
    [werkruimteId, gebruikerId, w.rol ?? null, w.vertrouwelijkToegang ?? null],
  );
}

export async function verwijderLid(tx: Queryable, werkruimteId: string, gebruikerId: string): Promise<void> {
  await tx.query('delete from leden where werkruimte_id = $1 and gebruiker_id = $2', [werkruimteId, gebruikerId]);
}

/** Adds a member; a user who is already a member keeps his role. */
export async function voegLidToe(tx: Queryable, werkruimteId: string, gebruikerId: string, rol: Rol, vertrouwelijkToegang: boolean): Promise<void> {
  await tx.query(
    `insert into leden (werkruimte_id, gebruiker_id, rol, vertrouwelijk_toegang) values ($1, $2, $3, $4)
     on conflict (werkruimte_id, gebruiker_id) do nothing`,
    [werkruimteId, gebruikerId, rol, vertrouwelijkToegang],
  );
}

/** Stores an invitation (only the hash of its token); returns its id. */
export async function maakUitnodiging(
  db: Queryable,
  u: { werkruimteId: string; email: string; rol: Rol; vertrouwelijkToegang: boolean; tokenHash: string; uitgenodigdDoor: string; verlooptOp: Date },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into uitnodigingen (werkruimte_id, email, rol, vertrouwelijk_toegang, token_hash, uitgenodigd_door, verloopt_op)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [u.werkruimteId, u.email, u.rol, u.vertrouwelijkToegang, u.tokenHash, u.uitgenodigdDoor, u.verlooptOp],
  );
  return rows[0]!.id;
}

export async function vindUitnodiging(db: Queryable, tokenHash: string): Promise<Uitnodiging | undefined> {
  const { rows } = await db.query<Uitnodiging>('select * from uitnodigingen where token_hash = $1', [tokenHash]);
  return rows[0];
}

/** Marks an invitation as used; false when it was used already (by a concurrent acceptance too). */
export async function markeerUitnodigingGebruikt(tx: Queryable, id: string): Promise<boolean> {
  const { rows } = await tx.query('update uitnodigingen set geaccepteerd_op = now() where id = $1 and geaccepteerd_op is null returning id', [id]);
  return rows.length > 0;
}

/**
 * Workspaces whose id or name matches a search text (for the command line): an exact id or name
 * first, then names that contain the text, by name.
 */
export async function zoekWerkruimtes(db: Queryable, zoek: string): Promise<{ id: string; naam: string }[]> {
  const { rows } = await db.query<{ id: string; naam: string }>(
    `select id, naam from werkruimtes where id::text = $1 or lower(naam) = lower($1) or lower(naam) like '%' || lower($1) || '%' order by (lower(naam) = lower($1) or id::text = $1) desc, naam`,
    [zoek],
  );
  return rows;
}
