/**
 * Storage of the council area: technical questions of council members and their answers, and the
 * progress reports and yearbooks offered to the council (frozen as offered, with the dates offered
 * and discussed). Migration 017.
 */
import type { DocumentModel } from '../../domain/cyclus/document.ts';
import type { BehandelingSoort, Raadsversie, Raadsvraag, VraagOnderwerp } from '../../domain/raad/raad.ts';
import type { Queryable } from '../db/db.ts';
import type { VersieRij } from '../db/versies.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const isoDatum = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10));

interface VraagRij {
  id: string;
  prioriteit_id: string | null;
  periode: string | null;
  onderwerp: string;
  vraag: string;
  gesteld_door: string | null;
  gesteld_door_naam: string | null;
  gesteld_op: Date;
  antwoord: string | null;
  beantwoord_door_naam: string | null;
  beantwoord_op: Date | null;
  versie: number;
}

export interface VraagMetSteller extends Raadsvraag {
  /** The user who asked (for the notification when it is answered), or null when the account is gone. */
  gesteldDoorId: string | null;
}

function vraagUit(r: VraagRij): VraagMetSteller {
  const onderwerp: VraagOnderwerp = r.prioriteit_id !== null ? { soort: 'prioriteit', prioriteitId: r.prioriteit_id } : { soort: 'rapportage', periode: r.periode! };
  return {
    id: r.id,
    onderwerp: { ...onderwerp, titel: r.onderwerp },
    vraag: r.vraag,
    gesteldDoor: r.gesteld_door_naam,
    gesteldDoorId: r.gesteld_door,
    gesteldOp: iso(r.gesteld_op)!,
    antwoord: r.antwoord,
    beantwoordDoor: r.antwoord === null ? null : r.beantwoord_door_naam,
    beantwoordOp: iso(r.beantwoord_op),
    versie: r.versie,
  };
}

const vraagSelect = `select v.id, v.prioriteit_id, v.periode, v.onderwerp, v.vraag, v.gesteld_door, s.naam as gesteld_door_naam, v.gesteld_op,
                           v.antwoord, b.naam as beantwoord_door_naam, v.beantwoord_op, v.versie
                      from raadsvragen v left join gebruikers s on s.id = v.gesteld_door left join gebruikers b on b.id = v.beantwoord_door`;

/** The questions of a workspace, newest first (with `id`: that one). */
export async function laadVragen(db: Queryable, werkruimteId: string, id?: string): Promise<VraagMetSteller[]> {
  const { rows } = await db.query<VraagRij>(`${vraagSelect} where v.werkruimte_id = $1 ${id ? 'and v.id = $2' : ''} order by v.gesteld_op desc, v.id`, id ? [werkruimteId, id] : [werkruimteId]);
  return rows.map(vraagUit);
}

/** Stores a new question (version 1); returns its id. */
export async function stelVraag(tx: Queryable, werkruimteId: string, onderwerp: VraagOnderwerp, titel: string, vraag: string, gebruikerId: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    'insert into raadsvragen (werkruimte_id, prioriteit_id, periode, onderwerp, vraag, gesteld_door) values ($1, $2, $3, $4, $5, $6) returning id',
    [werkruimteId, onderwerp.soort === 'prioriteit' ? onderwerp.prioriteitId : null, onderwerp.soort === 'rapportage' ? onderwerp.periode : null, titel, vraag, gebruikerId],
  );
  return rows[0]!.id;
}

/**
 * Where the version of a question lives (ADR 0012): taking the next version also writes who answered
 * and when. The table is not (yet) in VersieTabel of db/versies.ts, which belongs to another area;
 * its key and columns are fixed here, never from input.
 */
export function vraagVersieRij(werkruimteId: string, vraagId: string, gebruikerId: string): VersieRij {
  return { tabel: 'raadsvragen', sleutel: { id: vraagId, werkruimte_id: werkruimteId }, zet: { beantwoord_door: gebruikerId, beantwoord_op: new Date() } };
}

/** Writes the answer (the caller took the question's new version). */
export async function schrijfAntwoord(tx: Queryable, vraagId: string, antwoord: string): Promise<void> {
  await tx.query('update raadsvragen set antwoord = $2 where id = $1', [vraagId, antwoord]);
}

/** The coordinators of a workspace: they answer the questions and hear of new ones. */
export async function coordinatoren(db: Queryable, werkruimteId: string): Promise<string[]> {
  const { rows } = await db.query<{ gebruiker_id: string }>(`select gebruiker_id from leden where werkruimte_id = $1 and rol = 'coordinator'`, [werkruimteId]);
  return rows.map((r) => r.gebruiker_id);
}

// --- Reports offered to the council ---------------------------------------------------------------

export interface RaadsversieMetPeriode extends Raadsversie {
  periode: string;
}

/** Every offered version (with `periode`: of that report), oldest first, with the dates offered and discussed. */
export async function laadRaadsversies(db: Queryable, werkruimteId: string, periode?: string): Promise<RaadsversieMetPeriode[]> {
  const { rows } = await db.query<{ periode: string; versie: number; aangeboden: string | Date | null; besproken: string | Date | null }>(
    `select r.periode, r.versie,
            (select b.datum::text from raadsbehandelingen b where b.werkruimte_id = r.werkruimte_id and b.periode = r.periode and b.versie = r.versie and b.soort = 'aangeboden') as aangeboden,
            (select b.datum::text from raadsbehandelingen b where b.werkruimte_id = r.werkruimte_id and b.periode = r.periode and b.versie = r.versie and b.soort = 'besproken') as besproken
       from raadsrapportages r
      where r.werkruimte_id = $1 ${periode ? 'and r.periode = $2' : ''}
      order by r.periode, r.versie`,
    periode ? [werkruimteId, periode] : [werkruimteId],
  );
  return rows.map((r) => ({ periode: r.periode, versie: r.versie, aangebodenOp: isoDatum(r.aangeboden ?? ''), besprokenOp: r.besproken === null ? null : isoDatum(r.besproken) }));
}

/** The model of a report as it was offered, or undefined. */
export async function laadRaadsversieModel(db: Queryable, werkruimteId: string, periode: string, versie: number): Promise<DocumentModel | undefined> {
  const { rows } = await db.query<{ model: DocumentModel }>('select model from raadsrapportages where werkruimte_id = $1 and periode = $2 and versie = $3', [werkruimteId, periode, versie]);
  return rows[0]?.model;
}

/**
 * Freezes a report as offered, as version `versie`, with the date it was offered. False when that
 * version exists already (another coordinator offered at the same moment): nothing is written.
 */
export async function bevriesRaadsversie(tx: Queryable, werkruimteId: string, periode: string, versie: number, model: DocumentModel, datum: string, gebruikerId: string): Promise<boolean> {
  const { rows } = await tx.query<{ versie: number }>(
    `insert into raadsrapportages (werkruimte_id, periode, versie, model, vastgelegd_door) values ($1, $2, $3, $4, $5)
     on conflict do nothing returning versie`,
    [werkruimteId, periode, versie, JSON.stringify(model), gebruikerId],
  );
  if (!rows[0]) return false;
  return legBehandelingVast(tx, werkruimteId, periode, versie, 'aangeboden', datum, gebruikerId);
}

/** Records that a version was offered or discussed; false when that was recorded already. */
export async function legBehandelingVast(tx: Queryable, werkruimteId: string, periode: string, versie: number, soort: BehandelingSoort, datum: string, gebruikerId: string): Promise<boolean> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into raadsbehandelingen (werkruimte_id, periode, versie, soort, datum, vastgelegd_door) values ($1, $2, $3, $4, $5, $6)
     on conflict do nothing returning id`,
    [werkruimteId, periode, versie, soort, datum, gebruikerId],
  );
  return rows.length > 0;
}
