/**
 * Storage of the evaluation area (issue 19, point 2): evaluations of the policy against a norms
 * framework, and a workspace's own frameworks. Migration 022. The default framework is not stored: it
 * lives in the domain (standaardNormenkader).
 */
import type { EvaluatieStatus, EvaluatieVraag, KaderVraag, Normenkader, Uitvoerder } from '../../domain/evaluatie/normenkader.ts';
import type { Queryable } from '../db/db.ts';
import type { VersieRij } from '../db/versies.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

export interface Evaluatie {
  id: string;
  naam: string;
  uitvoerder: Uitvoerder;
  status: EvaluatieStatus;
  kaderNaam: string;
  vragen: EvaluatieVraag[];
  aangemaaktOp: string;
  bijgewerktOp: string;
  bijgewerktDoor: string | null;
  versie: number;
}

interface EvaluatieRij {
  id: string;
  naam: string;
  uitvoerder: Uitvoerder;
  status: EvaluatieStatus;
  kader_naam: string;
  vragen: EvaluatieVraag[];
  aangemaakt_op: Date;
  bijgewerkt_op: Date;
  bijgewerkt_door_naam: string | null;
  versie: number;
}

const uit = (r: EvaluatieRij): Evaluatie => ({
  id: r.id,
  naam: r.naam,
  uitvoerder: r.uitvoerder,
  status: r.status,
  kaderNaam: r.kader_naam,
  vragen: r.vragen,
  aangemaaktOp: iso(r.aangemaakt_op),
  bijgewerktOp: iso(r.bijgewerkt_op),
  bijgewerktDoor: r.bijgewerkt_door_naam,
  versie: r.versie,
});

const select = `select e.id, e.naam, e.uitvoerder, e.status, e.kader_naam, e.vragen, e.aangemaakt_op, e.bijgewerkt_op, g.naam as bijgewerkt_door_naam, e.versie
                  from evaluaties e left join gebruikers g on g.id = e.bijgewerkt_door`;

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/** The evaluations of a workspace, oldest first; with `alleenDefinitief` only the final ones. */
export async function laadEvaluaties(db: Queryable, werkruimteId: string, alleenDefinitief = false): Promise<Evaluatie[]> {
  const { rows } = await db.query<EvaluatieRij>(`${select} where e.werkruimte_id = $1 ${alleenDefinitief ? `and e.status = 'definitief'` : ''} order by e.aangemaakt_op, e.id`, [werkruimteId]);
  return rows.map(uit);
}

/** One evaluation of the workspace, or undefined (also for an id that is no uuid). */
export async function laadEvaluatie(db: Queryable, werkruimteId: string, id: string): Promise<Evaluatie | undefined> {
  if (!isUuid(id)) return undefined;
  const { rows } = await db.query<EvaluatieRij>(`${select} where e.werkruimte_id = $1 and e.id = $2`, [werkruimteId, id]);
  return rows[0] ? uit(rows[0]) : undefined;
}

export async function maakEvaluatie(
  tx: Queryable,
  werkruimteId: string,
  e: { naam: string; uitvoerder: Uitvoerder; status?: EvaluatieStatus; kaderNaam: string; vragen: EvaluatieVraag[] },
  gebruikerId: string,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into evaluaties (werkruimte_id, naam, uitvoerder, status, kader_naam, vragen, aangemaakt_door, bijgewerkt_door)
     values ($1, $2, $3, $4, $5, $6, $7, $7) returning id`,
    [werkruimteId, e.naam, e.uitvoerder, e.status ?? 'concept', e.kaderNaam, JSON.stringify(e.vragen), gebruikerId],
  );
  return rows[0]!.id;
}

/**
 * Where the version of an evaluation lives (ADR 0012): taking the next version also writes who changed
 * it and when, and gives back the current questions so the write works on what is there now.
 */
export function evaluatieVersieRij(werkruimteId: string, id: string, gebruikerId: string): VersieRij {
  return { tabel: 'evaluaties', sleutel: { id, werkruimte_id: werkruimteId }, zet: { bijgewerkt_door: gebruikerId, bijgewerkt_op: new Date() } };
}

/** Writes the changed fields (the caller took the new version). */
export async function schrijfEvaluatie(tx: Queryable, id: string, e: { naam: string; uitvoerder: Uitvoerder; status: EvaluatieStatus; vragen: EvaluatieVraag[] }): Promise<void> {
  await tx.query('update evaluaties set naam = $2, uitvoerder = $3, status = $4, vragen = $5 where id = $1', [id, e.naam, e.uitvoerder, e.status, JSON.stringify(e.vragen)]);
}

export async function verwijderEvaluatie(tx: Queryable, id: string): Promise<void> {
  await tx.query('delete from evaluaties where id = $1', [id]);
}

// --- Frameworks of a workspace ---------------------------------------------------------------------

export interface EigenNormenkader extends Normenkader {
  aangemaaktOp: string;
  aangemaaktDoor: string | null;
}

export async function laadNormenkaders(db: Queryable, werkruimteId: string, id?: string): Promise<EigenNormenkader[]> {
  if (id !== undefined && !isUuid(id)) return [];
  const { rows } = await db.query<{ id: string; naam: string; beschrijving: string; vragen: KaderVraag[]; aangemaakt_op: Date; aangemaakt_door_naam: string | null }>(
    `select k.id, k.naam, k.beschrijving, k.vragen, k.aangemaakt_op, g.naam as aangemaakt_door_naam
       from normenkaders k left join gebruikers g on g.id = k.aangemaakt_door
      where k.werkruimte_id = $1 ${id ? 'and k.id = $2' : ''}
      order by k.aangemaakt_op, k.id`,
    id ? [werkruimteId, id] : [werkruimteId],
  );
  return rows.map((r) => ({ id: r.id, naam: r.naam, beschrijving: r.beschrijving, vragen: r.vragen, aangemaaktOp: iso(r.aangemaakt_op), aangemaaktDoor: r.aangemaakt_door_naam }));
}

export async function maakNormenkader(tx: Queryable, werkruimteId: string, k: { naam: string; beschrijving: string; vragen: KaderVraag[] }, gebruikerId: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    'insert into normenkaders (werkruimte_id, naam, beschrijving, vragen, aangemaakt_door) values ($1, $2, $3, $4, $5) returning id',
    [werkruimteId, k.naam, k.beschrijving, JSON.stringify(k.vragen), gebruikerId],
  );
  return rows[0]!.id;
}
