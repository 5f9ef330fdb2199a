/**
 * Storage of the agreements with partners and the Driehoek's capacity choices (issue 19, point 4;
 * migration 023), and what the routes need of the plan to check links against: the priorities and
 * the measures of every uitvoeringsplan, with which of them are confidential.
 */
import type { Afspraak, AfspraakSoort, AfspraakStatus, Capaciteitskeuze } from '../../domain/cyclus/afspraken.ts';
import type { Prioriteit, Uitvoeringsplan } from '../../domain/cyclus/inhoud.ts';
import type { Queryable } from '../db/db.ts';
import type { VersieRij } from '../db/versies.ts';
import { laadDeel, uitvoeringsplanJaren, type WerkruimteKop } from './opslag.ts';

const isoDatum = (d: string | Date | null): string | null =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 10) : new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
const lijst = (x: unknown): string[] => (Array.isArray(x) ? x.map(String) : typeof x === 'string' ? (JSON.parse(x) as string[]) : []);

interface AfspraakRij {
  id: string;
  partner: string;
  soort: AfspraakSoort;
  omschrijving: string;
  prioriteit_ids: unknown;
  maatregel_ids: unknown;
  status: AfspraakStatus;
  vastgelegd_in: string;
  termijn: string | Date | null;
  toelichting: string;
  bijgewerkt_op: Date;
  versie: number;
}

const afspraakUit = (r: AfspraakRij): Afspraak => ({
  id: r.id,
  partner: r.partner,
  soort: r.soort,
  omschrijving: r.omschrijving,
  prioriteitIds: lijst(r.prioriteit_ids),
  maatregelIds: lijst(r.maatregel_ids),
  status: r.status,
  vastgelegdIn: r.vastgelegd_in,
  termijn: isoDatum(r.termijn),
  toelichting: r.toelichting,
  versie: r.versie,
  bijgewerktOp: new Date(r.bijgewerkt_op).toISOString(),
});

/** What a writer sends for an agreement (ids already checked against the plan). */
export type AfspraakInvoer = Omit<Afspraak, 'id' | 'versie' | 'bijgewerktOp'>;
export type KeuzeInvoer = Omit<Capaciteitskeuze, 'id' | 'versie'>;

const afspraakKolommen = `id, partner, soort, omschrijving, prioriteit_ids, maatregel_ids, status, vastgelegd_in, termijn::text as termijn, toelichting, bijgewerkt_op, versie`;

/** The agreements of a workspace (with `id`: that one), by partner and date. */
export async function laadAfspraken(db: Queryable, werkruimteId: string, id?: string): Promise<Afspraak[]> {
  const { rows } = await db.query<AfspraakRij>(
    `select ${afspraakKolommen} from afspraken where werkruimte_id = $1 ${id ? 'and id = $2' : ''} order by lower(partner), termijn nulls last, aangemaakt_op, id`,
    id ? [werkruimteId, id] : [werkruimteId],
  );
  return rows.map(afspraakUit);
}

export async function maakAfspraak(tx: Queryable, werkruimteId: string, a: AfspraakInvoer, gebruikerId: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into afspraken (werkruimte_id, partner, soort, omschrijving, prioriteit_ids, maatregel_ids, status, vastgelegd_in, termijn, toelichting, bijgewerkt_door)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [werkruimteId, a.partner, a.soort, a.omschrijving, JSON.stringify(a.prioriteitIds), JSON.stringify(a.maatregelIds), a.status, a.vastgelegdIn, a.termijn, a.toelichting, gebruikerId],
  );
  return rows[0]!.id;
}

/** Writes the content of an agreement (the caller took its new version). */
export async function schrijfAfspraak(tx: Queryable, id: string, a: AfspraakInvoer): Promise<void> {
  await tx.query(
    `update afspraken set partner = $2, soort = $3, omschrijving = $4, prioriteit_ids = $5, maatregel_ids = $6, status = $7, vastgelegd_in = $8, termijn = $9, toelichting = $10
      where id = $1`,
    [id, a.partner, a.soort, a.omschrijving, JSON.stringify(a.prioriteitIds), JSON.stringify(a.maatregelIds), a.status, a.vastgelegdIn, a.termijn, a.toelichting],
  );
}

export async function verwijderAfspraak(tx: Queryable, id: string): Promise<void> {
  await tx.query('delete from afspraken where id = $1', [id]);
}

/** Where the version of an agreement lives (ADR 0012); key and columns fixed here, never from input. */
export function afspraakVersieRij(werkruimteId: string, id: string, gebruikerId: string): VersieRij {
  return { tabel: 'afspraken', sleutel: { id, werkruimte_id: werkruimteId }, zet: { bijgewerkt_op: new Date(), bijgewerkt_door: gebruikerId } };
}

interface KeuzeRij {
  id: string;
  datum: string | Date;
  onderwerp: string;
  keuze: string;
  capaciteit: string;
  prioriteit_ids: unknown;
  versie: number;
}

const keuzeUit = (r: KeuzeRij): Capaciteitskeuze => ({
  id: r.id,
  datum: isoDatum(r.datum)!,
  onderwerp: r.onderwerp,
  keuze: r.keuze,
  capaciteit: r.capaciteit,
  prioriteitIds: lijst(r.prioriteit_ids),
  versie: r.versie,
});

/** The Driehoek's capacity choices of a workspace (with `id`: that one), newest first. */
export async function laadKeuzes(db: Queryable, werkruimteId: string, id?: string): Promise<Capaciteitskeuze[]> {
  const { rows } = await db.query<KeuzeRij>(
    `select id, datum::text as datum, onderwerp, keuze, capaciteit, prioriteit_ids, versie from capaciteitskeuzes
      where werkruimte_id = $1 ${id ? 'and id = $2' : ''} order by datum desc, aangemaakt_op desc, id`,
    id ? [werkruimteId, id] : [werkruimteId],
  );
  return rows.map(keuzeUit);
}

export async function maakKeuze(tx: Queryable, werkruimteId: string, k: KeuzeInvoer, gebruikerId: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into capaciteitskeuzes (werkruimte_id, datum, onderwerp, keuze, capaciteit, prioriteit_ids, bijgewerkt_door) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [werkruimteId, k.datum, k.onderwerp, k.keuze, k.capaciteit, JSON.stringify(k.prioriteitIds), gebruikerId],
  );
  return rows[0]!.id;
}

export async function schrijfKeuze(tx: Queryable, id: string, k: KeuzeInvoer): Promise<void> {
  await tx.query('update capaciteitskeuzes set datum = $2, onderwerp = $3, keuze = $4, capaciteit = $5, prioriteit_ids = $6 where id = $1', [
    id,
    k.datum,
    k.onderwerp,
    k.keuze,
    k.capaciteit,
    JSON.stringify(k.prioriteitIds),
  ]);
}

export async function verwijderKeuze(tx: Queryable, id: string): Promise<void> {
  await tx.query('delete from capaciteitskeuzes where id = $1', [id]);
}

export function keuzeVersieRij(werkruimteId: string, id: string, gebruikerId: string): VersieRij {
  return { tabel: 'capaciteitskeuzes', sleutel: { id, werkruimte_id: werkruimteId }, zet: { bijgewerkt_op: new Date(), bijgewerkt_door: gebruikerId } };
}

/** The names of the organisations of the workspace's members: suggestions for the partner field. */
export async function organisatiesVanLeden(db: Queryable, werkruimteId: string): Promise<string[]> {
  const { rows } = await db.query<{ naam: string }>(
    `select distinct o.naam from leden l join gebruikers g on g.id = l.gebruiker_id join organisaties o on o.id = g.organisatie_id where l.werkruimte_id = $1 order by o.naam`,
    [werkruimteId],
  );
  return rows.map((r) => r.naam);
}

export interface PlanKoppelingen {
  prioriteiten: { id: string; titel: string }[];
  /** Every measure of every uitvoeringsplan, with its year and priority. */
  maatregelen: { id: string; naam: string; jaar: number; prioriteitId: string | null; vertrouwelijk: boolean }[];
}

/** The priorities and measures of the workspace's plan, to check links and to name them. */
export async function laadPlanKoppelingen(db: Queryable, w: WerkruimteKop): Promise<PlanKoppelingen> {
  const prioriteiten = ((await laadDeel<Prioriteit[]>(db, w, 'prioriteiten')).inhoud ?? []).map((p) => ({ id: p.id, titel: p.titel }));
  const maatregelen: PlanKoppelingen['maatregelen'] = [];
  for (const jaar of await uitvoeringsplanJaren(db, w.id)) {
    const plan = (await laadDeel<Uitvoeringsplan>(db, w, `uitvoeringsplan-${jaar}`)).inhoud;
    for (const a of plan.actiepunten) {
      for (const m of a.maatregelen) maatregelen.push({ id: m.id, naam: m.naam, jaar, prioriteitId: a.prioriteitId, vertrouwelijk: m.vertrouwelijk === true });
    }
  }
  return { prioriteiten, maatregelen };
}
