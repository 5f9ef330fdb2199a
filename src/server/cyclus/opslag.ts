/**
 * The store of the policy cycle: the workspace header, the versioned cycle parts (cyclusdelen) and
 * the few member and project look-ups the cycle's routes need. The lowest layer of the cycle: it
 * imports no other store, so monitoring's store and the cycle state (stand.ts) can build on it.
 */
import { type Uitvoeringsplan, volledigUitvoeringsplan } from '../../domain/cyclus/inhoud.ts';
import { beginStandaardplanning, standaardProces } from '../../domain/cyclus/methode.ts';
import { raadVanPlanning } from '../../domain/cyclus/stapstand.ts';
import { leegProject } from '../../domain/cyclus/project.ts';
import { legeStartnotitie, leegIvp } from '../../domain/cyclus/stand.ts';
import { gemeenteBijCode } from '../../domain/gemeenten/gemeenten.ts';
import type { Regio } from '../../domain/regio/regio.ts';
import { legeRapportage } from '../../domain/monitoring/dashboard.ts';
import { standaardMonitoring } from '../../domain/monitoring/voortgang.ts';
import type { Queryable } from '../db/db.ts';

export interface Deel<T> {
  inhoud: T;
  versie: number;
  bijgewerktOp: string | null;
  bijgewerktDoor: string | null;
}

export interface WerkruimteKop {
  id: string;
  soort: 'ivp' | 'project';
  naam: string;
  gemeentenaam: string;
  gemeentecode: string;
  /** Alle gemeenten van het plan, de eigen eerst; meer dan één bij een gezamenlijk IVP. */
  gemeenten: { code: string; naam: string }[];
  periodeStart: number | null;
  periodeEinde: number | null;
  /** De dag waarop de werkruimte is gemaakt (UTC, 2026-12-02): waar een nieuwe planning ten vroegste begint. */
  aangemaaktOp: string;
  /** De datum van het coalitieakkoord (ISO), of null. */
  coalitieakkoord: string | null;
  /** Een regionale werkruimte (ADR 0023): soort en lidgemeenten; null voor een gemeentelijk plan of project. */
  regio?: Regio | null;
}

/** A date column as an ISO date (PGlite and pg give a Date at local midnight, or a string). */
const isoDatum = (d: string | Date | null): string | null =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 10) : new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);

export async function laadWerkruimte(db: Queryable, id: string): Promise<WerkruimteKop | undefined> {
  const { rows } = await db.query<{
    id: string;
    soort: 'ivp' | 'project';
    naam: string;
    gemeente_naam: string;
    cbs_code: string;
    deelnemers: string[];
    periode_van: number | null;
    periode_tot: number | null;
    aangemaakt_op: Date;
    coalitieakkoord: string | null;
    regiosoort: Regio['soort'] | null;
    regiogemeenten: string[];
  }>('select id, soort, naam, gemeente_naam, cbs_code, deelnemers, periode_van, periode_tot, aangemaakt_op, coalitieakkoord::text as coalitieakkoord, regiosoort, regiogemeenten from werkruimtes where id = $1', [id]);
  const r = rows[0];
  if (!r) return undefined;
  const gemeenten = [{ code: r.cbs_code, naam: r.gemeente_naam }, ...r.deelnemers.map((code) => ({ code, naam: gemeenteBijCode(code)?.naam ?? code }))];
  return { id: r.id, soort: r.soort, naam: r.naam, gemeentenaam: r.gemeente_naam, gemeentecode: r.cbs_code, gemeenten, periodeStart: r.periode_van, periodeEinde: r.periode_tot, aangemaaktOp: new Date(r.aangemaakt_op).toISOString().slice(0, 10), coalitieakkoord: isoDatum(r.coalitieakkoord), regio: r.regiosoort ? { soort: r.regiosoort, gemeenten: r.regiogemeenten } : null };
}

/** The default of a part that was never saved (version 0). */
export function standaardInhoud(sleutel: string, w: WerkruimteKop): unknown {
  // Planned back from the first year of the plan, never before the day the workspace was made.
  if (sleutel === 'proces') {
    const proces = standaardProces(beginStandaardplanning(w.periodeStart ?? Number(w.aangemaaktOp.slice(0, 4)) + 1, w.aangemaaktOp));
    // The council meeting that adopts the IVP: the planned end of step 4, editable on the cycle page.
    return { ...proces, raadsvergadering: raadVanPlanning(proces) };
  }
  if (sleutel === 'startnotitie') return legeStartnotitie();
  if (sleutel === 'prioriteiten' || sleutel === 'overige-themas') return [];
  if (sleutel === 'prioriteringssessie') return null;
  if (sleutel === 'terugblik') return null; // issue 19: only a successor has a look-back
  if (sleutel === 'uitzonderingen') return {};
  if (sleutel === 'kandidaten') return {};
  if (sleutel === 'ivp') return leegIvp();
  if (sleutel === 'project') return leegProject();
  if (sleutel === 'monitoring') return standaardMonitoring();
  if (/^rapportage-\d{4}(-K[1-4])?$/.test(sleutel)) return legeRapportage();
  const jaar = /^uitvoeringsplan-(\d{4})$/.exec(sleutel);
  if (jaar) return { jaar: Number(jaar[1]), hoofdlijn: '', terugblik: '', actiepunten: [], begroting: '' } satisfies Uitvoeringsplan;
  throw new Error(`Onbekend onderdeel ${sleutel}`);
}

export async function laadDeel<T>(db: Queryable, w: WerkruimteKop, sleutel: string, lock = false): Promise<Deel<T>> {
  const { rows } = await db.query<{ inhoud: T; versie: number; bijgewerkt_op: Date; naam: string | null }>(
    `select d.inhoud, d.versie, d.bijgewerkt_op, g.naam from cyclusdelen d left join gebruikers g on g.id = d.bijgewerkt_door
      where d.werkruimte_id = $1 and d.sleutel = $2${lock ? ' for update of d' : ''}`,
    [w.id, sleutel],
  );
  const r = rows[0];
  if (!r) return { inhoud: standaardInhoud(sleutel, w) as T, versie: 0, bijgewerktOp: null, bijgewerktDoor: null };
  // Plans saved before step 6 existed get today's measure fields and status names.
  const inhoud = sleutel.startsWith('uitvoeringsplan-') ? (volledigUitvoeringsplan(r.inhoud as Uitvoeringsplan) as T) : r.inhoud;
  return { inhoud, versie: r.versie, bijgewerktOp: new Date(r.bijgewerkt_op).toISOString(), bijgewerktDoor: r.naam };
}

/** Writes a part with its new version (the caller checked If-Match against the previous one). */
export async function schrijfDeel(tx: Queryable, werkruimteId: string, sleutel: string, inhoud: unknown, versie: number, gebruikerId: string): Promise<void> {
  await tx.query(
    `insert into cyclusdelen (werkruimte_id, sleutel, inhoud, versie, bijgewerkt_door) values ($1, $2, $3, $4, $5)
     on conflict (werkruimte_id, sleutel) do update set inhoud = excluded.inhoud, versie = excluded.versie, bijgewerkt_op = now(), bijgewerkt_door = excluded.bijgewerkt_door`,
    [werkruimteId, sleutel, JSON.stringify(inhoud), versie, gebruikerId],
  );
}

export async function uitvoeringsplanJaren(db: Queryable, werkruimteId: string): Promise<number[]> {
  const { rows } = await db.query<{ sleutel: string }>(`select sleutel from cyclusdelen where werkruimte_id = $1 and sleutel like 'uitvoeringsplan-%' order by sleutel`, [
    werkruimteId,
  ]);
  return rows.map((r) => Number(r.sleutel.slice('uitvoeringsplan-'.length)));
}

/**
 * The stored content of a part as it is, or undefined when it was never saved (no default, no
 * normalisation: for callers that merge it themselves).
 */
export async function opgeslagenInhoud<T>(db: Queryable, werkruimteId: string, sleutel: string): Promise<T | undefined> {
  const { rows } = await db.query<{ inhoud: T }>('select inhoud from cyclusdelen where werkruimte_id = $1 and sleutel = $2', [werkruimteId, sleutel]);
  return rows[0]?.inhoud;
}

/**
 * Locks the workspace row until the end of the transaction: one decision at a time per workspace,
 * so the version it applies to cannot shift underneath.
 */
export async function vergrendelWerkruimte(tx: Queryable, werkruimteId: string): Promise<void> {
  await tx.query('select 1 from werkruimtes where id = $1 for update', [werkruimteId]);
}

/** Do both workspaces belong to the same municipality (the same own CBS code)? False when either is missing. */
export async function zelfdeGemeente(db: Queryable, werkruimteA: string, werkruimteB: string): Promise<boolean> {
  const { rows } = await db.query<{ gelijk: boolean }>('select a.cbs_code = b.cbs_code as gelijk from werkruimtes a, werkruimtes b where a.id = $1 and b.id = $2', [
    werkruimteA,
    werkruimteB,
  ]);
  return rows[0]?.gelijk === true;
}

/** The members who may own a measure: every member whose role may update progress (not raad or lezer). */
export async function mogelijkeEigenaren(db: Queryable, werkruimteId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ gebruiker_id: string }>(`select gebruiker_id from leden where werkruimte_id = $1 and rol not in ('raad', 'lezer', 'auditor')`, [werkruimteId]);
  return new Set(rows.map((r) => r.gebruiker_id));
}

export interface GekoppeldProject {
  id: string;
  naam: string;
  prioriteitId: string;
}

/**
 * The projects linked to a priority of this IVP, only those the user is a member of (so the list
 * never reveals a workspace he cannot see); by name.
 */
export async function gekoppeldeProjecten(db: Queryable, ivpWerkruimteId: string, gebruikerId: string): Promise<GekoppeldProject[]> {
  const { rows } = await db.query<{ id: string; naam: string; prioriteit_id: string }>(
    `select w.id, w.naam, d.inhoud->'ivpKoppeling'->>'prioriteitId' as prioriteit_id
       from werkruimtes w
       join cyclusdelen d on d.werkruimte_id = w.id and d.sleutel = 'project'
       join leden l on l.werkruimte_id = w.id and l.gebruiker_id = $2
      where d.inhoud->'ivpKoppeling'->>'werkruimteId' = $1
      order by w.naam`,
    [ivpWerkruimteId, gebruikerId],
  );
  return rows.map((r) => ({ id: r.id, naam: r.naam, prioriteitId: r.prioriteit_id }));
}
