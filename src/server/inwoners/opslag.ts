/**
 * Storage of what residents say (migration 020): consultations and their results, the questionnaires,
 * their anonymous answers with the moderation of texts, the used proofs of work and the server secret
 * that signs the challenges. Also the neighbourhoods (wijken, buurten) of a workspace's municipalities.
 */
import { randomBytes } from 'node:crypto';
import { type Keuze, type RaadplegingSoort, type Resultaat, type TekstStatus, tel } from '../../domain/inwoners/inwoners.ts';
import { type Regio, regioSoort } from '../../domain/politie/regios.ts';
import type { Queryable } from '../db/db.ts';
import { laadExtraRegios } from '../politie/opslag.ts';
import { regiolijst } from '../politie/regiolijst.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const datum = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10));

// --- Neighbourhoods --------------------------------------------------------------------------------

export interface Gebied {
  code: string;
  naam: string;
  soort: 'gemeente' | 'wijk' | 'buurt';
  /** The wijk of a buurt (WK code), the municipality of a wijk. */
  binnen: string | null;
}

/**
 * The municipality, its wijken and buurten (CBS 47018NED, plus regions of a code list read with the
 * police figures), for the municipalities of a workspace: municipality, then per wijk its buurten.
 */
export async function gebiedenVan(db: Queryable, gemeenten: readonly { code: string; naam: string }[]): Promise<Gebied[]> {
  const lijst = regiolijst(await laadExtraRegios(db));
  const codes = new Set(gemeenten.map((g) => g.code));
  const binnen: Regio[] = [];
  for (const r of lijst.alle()) if (r.gemeente && codes.has(r.gemeente) && (r.soort === 'wijk' || r.soort === 'buurt')) binnen.push(r);
  binnen.sort((a, b) => a.code.localeCompare(b.code));
  const uit: Gebied[] = [];
  for (const g of gemeenten) {
    uit.push({ code: g.code, naam: g.naam, soort: 'gemeente', binnen: null });
    for (const w of binnen.filter((r) => r.soort === 'wijk' && r.gemeente === g.code)) {
      uit.push({ code: w.code, naam: w.naam, soort: 'wijk', binnen: g.code });
      for (const b of binnen.filter((r) => r.soort === 'buurt' && r.code.slice(2, 8) === w.code.slice(2))) uit.push({ code: b.code, naam: b.naam, soort: 'buurt', binnen: w.code });
    }
  }
  return uit;
}

// --- Sections ------------------------------------------------------------------------------------

/** Whether the theme's section is confidential; undefined when the workspace has no such section. */
export async function sectieVertrouwelijk(db: Queryable, werkruimteId: string, sleutel: string): Promise<boolean | undefined> {
  const { rows } = await db.query<{ vertrouwelijk: boolean }>('select vertrouwelijk from secties where werkruimte_id = $1 and sleutel = $2', [werkruimteId, sleutel]);
  return rows[0]?.vertrouwelijk;
}

/** The themes whose sections are confidential in this workspace. */
export async function vertrouwelijkeThemas(db: Queryable, werkruimteId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ sleutel: string }>(`select sleutel from secties where werkruimte_id = $1 and vertrouwelijk and sleutel like 'thema-%'`, [werkruimteId]);
  return new Set(rows.map((r) => r.sleutel.slice('thema-'.length)));
}

// --- Consultations ---------------------------------------------------------------------------------

export interface Raadpleging {
  id: string;
  soort: RaadplegingSoort;
  titel: string;
  datum: string;
  gebied: string;
  deelnemers: number | null;
  vastgelegdDoor: string | null;
  vastgelegdOp: string;
  resultaten: Resultaat[];
}

export async function maakRaadpleging(
  tx: Queryable,
  werkruimteId: string,
  r: { soort: RaadplegingSoort; titel: string; datum: string; gebied: string; deelnemers: number | null },
  resultaten: readonly Resultaat[],
  gebruikerId: string,
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    'insert into raadplegingen (werkruimte_id, soort, titel, datum, gebied, deelnemers, vastgelegd_door) values ($1, $2, $3, $4, $5, $6, $7) returning id',
    [werkruimteId, r.soort, r.titel, r.datum, r.gebied, r.deelnemers, gebruikerId],
  );
  const id = rows[0]!.id;
  let regel = 0;
  for (const res of resultaten) {
    await tx.query('insert into raadplegingsresultaten (raadpleging_id, regel, thema_id, vraag, gebied, aandeel, aantal) values ($1, $2, $3, $4, $5, $6, $7)', [
      id,
      ++regel,
      res.themaId,
      res.vraag,
      res.gebied,
      res.aandeel,
      res.aantal,
    ]);
  }
  return id;
}

export async function laadRaadplegingen(db: Queryable, werkruimteId: string, id?: string): Promise<Raadpleging[]> {
  const { rows } = await db.query<{ id: string; soort: RaadplegingSoort; titel: string; datum: string | Date; gebied: string; deelnemers: number | null; naam: string | null; vastgelegd_op: Date }>(
    `select r.id, r.soort, r.titel, r.datum::text as datum, r.gebied, r.deelnemers, g.naam, r.vastgelegd_op
       from raadplegingen r left join gebruikers g on g.id = r.vastgelegd_door
      where r.werkruimte_id = $1 ${id ? 'and r.id = $2' : ''} order by r.datum desc, r.vastgelegd_op desc`,
    id ? [werkruimteId, id] : [werkruimteId],
  );
  if (rows.length === 0) return [];
  const res = await db.query<{ raadpleging_id: string; thema_id: string; vraag: string | null; gebied: string; aandeel: string | number | null; aantal: number | null }>(
    'select raadpleging_id, thema_id, vraag, gebied, aandeel, aantal from raadplegingsresultaten where raadpleging_id = any($1::uuid[]) order by raadpleging_id, regel',
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    id: r.id,
    soort: r.soort,
    titel: r.titel,
    datum: datum(r.datum),
    gebied: r.gebied,
    deelnemers: r.deelnemers,
    vastgelegdDoor: r.naam,
    vastgelegdOp: iso(r.vastgelegd_op)!,
    resultaten: res.rows
      .filter((x) => x.raadpleging_id === r.id)
      .map((x) => ({ themaId: x.thema_id, vraag: x.vraag, gebied: x.gebied, aandeel: x.aandeel === null ? null : Number(x.aandeel), aantal: x.aantal })),
  }));
}

export async function verwijderRaadpleging(tx: Queryable, werkruimteId: string, id: string): Promise<boolean> {
  const { rows } = await tx.query<{ id: string }>('delete from raadplegingen where werkruimte_id = $1 and id = $2 returning id', [werkruimteId, id]);
  return rows.length > 0;
}

// --- Questionnaires --------------------------------------------------------------------------------

export interface Vragenlijst {
  id: string;
  werkruimteId: string;
  titel: string;
  start: string;
  einde: string;
  keuzes: Keuze[];
  geopendOp: string;
}

export interface VragenlijstMetTellingen extends Vragenlijst {
  antwoorden: number;
  teBeoordelen: number;
}

type LijstRij = { id: string; werkruimte_id: string; titel: string; start: string; einde: string; keuzes: Keuze[] | string; geopend_op: Date; antwoorden?: number; te_beoordelen?: number };
const lijstUit = (r: LijstRij): Vragenlijst => ({
  id: r.id,
  werkruimteId: r.werkruimte_id,
  titel: r.titel,
  start: datum(r.start),
  einde: datum(r.einde),
  keuzes: typeof r.keuzes === 'string' ? (JSON.parse(r.keuzes) as Keuze[]) : r.keuzes,
  geopendOp: iso(r.geopend_op)!,
});

export async function maakVragenlijst(tx: Queryable, werkruimteId: string, v: { titel: string; start: string; einde: string; keuzes: readonly Keuze[] }, gebruikerId: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>('insert into vragenlijsten (werkruimte_id, titel, start, einde, keuzes, geopend_door) values ($1, $2, $3, $4, $5, $6) returning id', [
    werkruimteId,
    v.titel,
    v.start,
    v.einde,
    JSON.stringify(v.keuzes),
    gebruikerId,
  ]);
  return rows[0]!.id;
}

/** Sets a questionnaire's period (to close it early, or extend it). False when it does not exist. */
export async function zetPeriode(tx: Queryable, werkruimteId: string, id: string, start: string, einde: string): Promise<boolean> {
  const { rows } = await tx.query<{ id: string }>('update vragenlijsten set start = $3, einde = $4 where werkruimte_id = $1 and id = $2 returning id', [werkruimteId, id, start, einde]);
  return rows.length > 0;
}

/** One questionnaire by id (for the public page), whatever its workspace. */
export async function laadVragenlijst(db: Queryable, id: string): Promise<Vragenlijst | undefined> {
  const { rows } = await db.query<LijstRij>('select id, werkruimte_id, titel, start::text as start, einde::text as einde, keuzes, geopend_op from vragenlijsten where id = $1', [id]);
  return rows[0] ? lijstUit(rows[0]) : undefined;
}

export async function laadVragenlijsten(db: Queryable, werkruimteId: string): Promise<VragenlijstMetTellingen[]> {
  const { rows } = await db.query<LijstRij>(
    `select l.id, l.werkruimte_id, l.titel, l.start::text as start, l.einde::text as einde, l.keuzes, l.geopend_op,
            (select count(*)::int from vragenlijstantwoorden a where a.vragenlijst_id = l.id) as antwoorden,
            (select count(*)::int from vragenlijstantwoorden a where a.vragenlijst_id = l.id and a.tekst_status = 'te-beoordelen') as te_beoordelen
       from vragenlijsten l where l.werkruimte_id = $1 order by l.start desc, l.geopend_op desc`,
    [werkruimteId],
  );
  return rows.map((r) => ({ ...lijstUit(r), antwoorden: r.antwoorden ?? 0, teBeoordelen: r.te_beoordelen ?? 0 }));
}

// --- Answers ---------------------------------------------------------------------------------------

/** Marks a proof of work as used; false when it was used before. Expired ones are cleared. */
export async function gebruikBewijs(tx: Queryable, sleutel: string, verloopt: Date): Promise<boolean> {
  await tx.query('delete from vragenlijstbewijzen where verloopt < now()');
  const { rows } = await tx.query<{ sleutel: string }>('insert into vragenlijstbewijzen (sleutel, verloopt) values ($1, $2) on conflict do nothing returning sleutel', [sleutel, verloopt]);
  return rows.length > 0;
}

/** The server secret that signs the challenges: made once, shared by every server process. */
export async function laadGeheim(db: Queryable): Promise<string> {
  await db.query('insert into inwonersgeheim (id, geheim) values (1, $1) on conflict do nothing', [randomBytes(32).toString('hex')]);
  const { rows } = await db.query<{ geheim: string }>('select geheim from inwonersgeheim where id = 1');
  return rows[0]!.geheim;
}

/** Stores an anonymous answer: the choices, the neighbourhood, and a text held for moderation. */
export async function slaAntwoordOp(tx: Queryable, vragenlijstId: string, a: { buurt: string | null; keuzes: readonly string[]; tekst: string | null; status: TekstStatus; vondsten: readonly string[] }): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    'insert into vragenlijstantwoorden (vragenlijst_id, buurt, keuzes, tekst, tekst_status, vondsten) values ($1, $2, $3, $4, $5, $6) returning id',
    [vragenlijstId, a.buurt, a.keuzes, a.tekst, a.status, a.vondsten],
  );
  return rows[0]!.id;
}

export interface AntwoordRij {
  vragenlijstId: string;
  buurt: string | null;
  keuzes: string[];
}

/** The choices and neighbourhoods of every answer to the workspace's questionnaires (no texts). */
export async function laadAntwoorden(db: Queryable, werkruimteId: string): Promise<AntwoordRij[]> {
  const { rows } = await db.query<{ vragenlijst_id: string; buurt: string | null; keuzes: string[] }>(
    'select a.vragenlijst_id, a.buurt, a.keuzes from vragenlijstantwoorden a join vragenlijsten l on l.id = a.vragenlijst_id where l.werkruimte_id = $1',
    [werkruimteId],
  );
  return rows.map((r) => ({ vragenlijstId: r.vragenlijst_id, buurt: r.buurt, keuzes: r.keuzes }));
}

export interface Tekst {
  id: string;
  vragenlijstId: string;
  vragenlijst: string;
  tekst: string;
  buurt: string | null;
  keuzes: string[];
  status: TekstStatus;
  vondsten: string[];
  ontvangenOp: string;
  beoordeeldDoor: string | null;
}

/** Texts of the workspace's answers with the given statuses, newest first. */
export async function laadTeksten(db: Queryable, werkruimteId: string, statussen: readonly TekstStatus[], id?: string): Promise<Tekst[]> {
  const { rows } = await db.query<{ id: string; vragenlijst_id: string; titel: string; tekst: string; buurt: string | null; keuzes: string[]; tekst_status: TekstStatus; vondsten: string[]; ontvangen_op: string; naam: string | null }>(
    `select a.id, a.vragenlijst_id, l.titel, a.tekst, a.buurt, a.keuzes, a.tekst_status, a.vondsten, a.ontvangen_op::text as ontvangen_op, g.naam
       from vragenlijstantwoorden a join vragenlijsten l on l.id = a.vragenlijst_id left join gebruikers g on g.id = a.beoordeeld_door
      where l.werkruimte_id = $1 and a.tekst_status = any($2::text[]) ${id ? 'and a.id = $3' : ''}
      order by a.ontvangen_op desc, a.id`,
    id ? [werkruimteId, statussen, id] : [werkruimteId, statussen],
  );
  return rows.map((r) => ({
    id: r.id,
    vragenlijstId: r.vragenlijst_id,
    vragenlijst: r.titel,
    tekst: r.tekst,
    buurt: r.buurt,
    keuzes: r.keuzes,
    status: r.tekst_status,
    vondsten: r.vondsten,
    ontvangenOp: datum(r.ontvangen_op),
    beoordeeldDoor: r.naam,
  }));
}

/** Records the moderator's decision on a text. A rejected text is removed; only the decision stays. */
export async function beoordeel(tx: Queryable, antwoordId: string, besluit: 'goedgekeurd' | 'afgewezen', gebruikerId: string): Promise<void> {
  await tx.query(
    `update vragenlijstantwoorden set tekst_status = $2, beoordeeld_door = $3, beoordeeld_op = now(),
            tekst = case when $2 = 'afgewezen' then null else tekst end
      where id = $1`,
    [antwoordId, besluit, gebruikerId],
  );
}

export const isWijkOfBuurt = (code: string) => ['wijk', 'buurt'].includes(regioSoort(code));

/**
 * For the prioritisation proposal: per theme the answers to the questionnaires that name it (with
 * the wijken that name it most) and the number of consultations with results about it.
 */
export async function inwonersPerThema(
  db: Queryable,
  w: { id: string; gemeenten: readonly { code: string; naam: string }[] },
): Promise<(themaId: string) => { antwoorden: number; perWijk: { naam: string; aantal: number }[]; raadplegingen: number }> {
  const lijsten = await laadVragenlijsten(db, w.id);
  const antwoorden = await laadAntwoorden(db, w.id);
  const raadplegingen = await laadRaadplegingen(db, w.id);
  const gebieden = lijsten.length > 0 ? await gebiedenVan(db, w.gemeenten) : [];
  const perCode = new Map(gebieden.map((g) => [g.code, g]));
  const wijkVan = (code: string | null) => {
    const g = code ? perCode.get(code) : undefined;
    return g?.soort === 'wijk' ? g : g?.soort === 'buurt' && g.binnen ? perCode.get(g.binnen) : undefined;
  };
  const telling = lijsten.flatMap((l) => tel(antwoorden.filter((a) => a.vragenlijstId === l.id), l.keuzes));
  return (themaId) => {
    const eigen = telling.filter((t) => t.themaId === themaId);
    const perWijk = new Map<string, number>();
    for (const t of eigen) {
      const wijk = wijkVan(t.buurt);
      if (wijk) perWijk.set(wijk.naam, (perWijk.get(wijk.naam) ?? 0) + t.aantal);
    }
    return {
      antwoorden: eigen.reduce((s, t) => s + t.aantal, 0),
      perWijk: [...perWijk].map(([naam, aantal]) => ({ naam, aantal })).sort((a, b) => b.aantal - a.aantal || a.naam.localeCompare(b.naam)),
      raadplegingen: raadplegingen.filter((r) => r.resultaten.some((x) => x.themaId === themaId)).length,
    };
  };
}
