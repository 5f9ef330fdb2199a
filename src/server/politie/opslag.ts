/**
 * De opslag van een import van politiecijfers: alle SQL van import.ts, en welke cijfers zichtbaar
 * zijn (zichtbareCijfers, voor elke lezer in cijfers.ts).
 *
 * Een import schrijft in stukken en legt daarna in één kleine transactie vast (ADR 0011, aanvulling).
 * Bij PostgreSQL gebeurt alles in de transactie van het slot (metImportSlot): wat nog niet is
 * vastgelegd, ziet niemand. Bij de ingebouwde database (PGlite, in de hoofdthread) mag geen transactie
 * lang duren: elke andere opdracht wacht erop. Daar zo:
 *  1. Een markering in politie_import_buffer (niveau 'lopend') zegt: deze import loopt.
 *  2. Rijen met een sleutel (gemeente, niveau, jaar, maand) die er nog niet is, gaan meteen in
 *     politie_cijfers, met het id van de import: onzichtbaar zolang de markering er is.
 *  3. Rijen die een bestaande rij vervangen (al samengevoegd), gaan in politie_import_buffer onder het
 *     id van de import: een bufferrij is alleen zichtbaar als haar import in politie_imports staat.
 *  4. Vastleggen, in één kleine transactie: de regel in politie_imports, de markering weg. Vanaf dan is
 *     alles van de import zichtbaar; een bufferrij gaat voor op de rij met dezelfde sleutel in
 *     politie_cijfers.
 *  5. Daarna zet `verplaats` de bufferrijen in stukken over naar politie_cijfers; wat iemand ziet,
 *     verandert daarbij niet.
 * Elke stap is één korte opdracht, zodat de database tussendoor andere verzoeken beantwoordt. Een
 * import die niet wordt vastgelegd (geweigerd, geannuleerd, gestopt proces) laat alleen onzichtbare
 * rijen achter, die hij zelf of de volgende import opruimt (ruimOp).
 *
 * Tussenstanden van een grote import (meer cellen dan in het geheugen passen) staan in de buffer
 * onder een eigen id per tussenstand (nooit in politie_imports, dus onzichtbaar); ze worden aan het
 * eind samengevoegd en dan verwijderd.
 */
import type { Opslagrij } from '../../domain/politie/opslagrij.ts';
import { type Regio, type RegioSoort, regioSoort } from '../../domain/politie/regios.ts';
import type { Db, Queryable } from '../db/db.ts';

export type Tabel = 'politie_cijfers' | 'politie_import_buffer';

const KOLOMMEN = 'gemeente, niveau, jaar, maand, regios, aantallen, import_id';

/** Laat de event loop even draaien, tussen twee stukken werk in de hoofdthread. */
export const adem = (): Promise<void> => new Promise((ok) => setImmediate(ok));

/** De markering van een lopende import: een rij in politie_import_buffer met een sleutel die geen echte rij heeft. */
const markering = (b: string) => `${b}.gemeente = '' and ${b}.niveau = 'lopend' and ${b}.jaar = 0 and ${b}.maand = 0`;

/** De rij in politie_cijfers is van een import die nog loopt (of stopte zonder vast te leggen). */
const lopend = (alias: string) => `exists (select from politie_import_buffer m where m.import_id = ${alias}.import_id and ${markering('m')})`;

/**
 * SQL voor de zichtbare cijfers met `voorwaarden` (over gemeente, niveau, jaar en maand): de rijen in
 * politie_cijfers behalve die van een lopende import, en de bufferrijen van vastgelegde imports, die
 * voorgaan (zie boven). Geeft `kolommen`.
 */
export function zichtbareCijfers(voorwaarden: string, kolommen = 'gemeente, niveau, jaar, maand, regios, aantallen'): string {
  return `select distinct on (gemeente, niveau, jaar, maand) ${kolommen} from (
      select c.gemeente, c.niveau, c.jaar, c.maand, c.regios, c.aantallen, 0 as laag, null::timestamptz as klaar
        from politie_cijfers c where ${voorwaarden} and not ${lopend('c')}
      union all
      select b.gemeente, b.niveau, b.jaar, b.maand, b.regios, b.aantallen, 1, i.klaar_op
        from politie_import_buffer b join politie_imports i on i.id = b.import_id where ${voorwaarden}
    ) as zichtbaar order by gemeente, niveau, jaar, maand, laag desc, klaar desc`;
}

type RijUitDb = { gemeente: string; niveau: RegioSoort; jaar: number; maand: number; regios: string[]; aantallen: Uint8Array };

const naarRij = (r: RijUitDb): Opslagrij => ({ gemeente: r.gemeente, niveau: r.niveau, jaar: r.jaar, maand: r.maand, regios: r.regios, aantallen: r.aantallen });

/** Sleutels (rijSleutel) als vier lijsten, voor unnest. */
function sleutelLijsten(sleutels: readonly string[]): [string[], string[], number[], number[]] {
  const uit: [string[], string[], number[], number[]] = [[], [], [], []];
  for (const s of sleutels) {
    const [g, n, j, m] = s.split('\t');
    uit[0].push(g!);
    uit[1].push(n!);
    uit[2].push(Number(j));
    uit[3].push(Number(m));
  }
  return uit;
}

const sleutelTabel = 'unnest($1::text[], $2::text[], $3::smallint[], $4::smallint[]) as k (gemeente, niveau, jaar, maand)';

/**
 * Eén import tegelijk, ook over processen heen (PostgreSQL): het werk houdt een advisory lock vast in
 * een eigen transactie (het slot), waarin het ook schrijft en vastlegt. Bij de ingebouwde database
 * (één proces, de wachtrij van import.ts): null.
 */
export async function metImportSlot<T>(db: Db, werk: (slot: Queryable | null) => Promise<T>): Promise<T> {
  if (db.kind !== 'postgresql') return werk(null);
  return db.transaction(async (slot) => {
    await slot.query('select pg_advisory_xact_lock(727008)');
    return werk(slot);
  });
}

/** Markeert een import als lopend (PGlite, zie boven), voordat hij iets wegschrijft. */
export async function markeerLopend(db: Queryable, importId: string): Promise<void> {
  await db.query(`insert into politie_import_buffer (import_id, gemeente, niveau, jaar, maand, regios, aantallen) values ($1, '', 'lopend', 0, 0, '{}', '')`, [importId]);
}

/**
 * Ruimt op wat een eerdere import achterliet (een gestopt proces): de rijen van een import die niet
 * is vastgelegd, gaan weg; bufferrijen van een vastgelegde import gaan alsnog naar politie_cijfers.
 * Alleen binnen het slot (of de wachtrij) van de imports: dan loopt er geen andere import.
 */
export async function ruimOp(db: Queryable, maxBytes: number): Promise<void> {
  // Meestal is de buffer leeg: dan is dit de enige opdracht.
  const { rows } = await db.query<{ import_id: string; lopend: boolean; klaar_op: Date | null }>(
    `select b.import_id, bool_or(${markering('b')}) as lopend, max(i.klaar_op) as klaar_op
       from politie_import_buffer b left join politie_imports i on i.id = b.import_id group by b.import_id`,
  );
  if (rows.length === 0) return;
  // Niet vastgelegd: een import die stopte (met zijn rijen in politie_cijfers), of een tussenstand.
  const gestopt = rows.filter((r) => r.lopend || r.klaar_op === null).map((r) => r.import_id);
  if (gestopt.length > 0) await verwijderImportRijen(db, gestopt);
  const vastgelegd = rows.filter((r) => !r.lopend && r.klaar_op !== null).sort((a, b) => +new Date(a.klaar_op!) - +new Date(b.klaar_op!));
  for (const r of vastgelegd) await verplaats(db, r.import_id, maxBytes);
}

/** Verwijdert de rijen van een import (en zijn tussenstanden) die niet is vastgelegd, in stukken. */
export async function verwijderImportRijen(db: Queryable, ids: readonly string[]): Promise<void> {
  for (const tabel of ['politie_cijfers', 'politie_import_buffer'] as const) {
    const sleutel = tabel === 'politie_cijfers' ? 'gemeente, niveau, jaar, maand' : 'import_id, gemeente, niveau, jaar, maand';
    for (;;) {
      const weg = await db.query(
        `delete from ${tabel} where import_id = any($1::uuid[]) and (${sleutel}) in (select ${sleutel} from ${tabel} where import_id = any($1::uuid[]) limit 200) returning 1`,
        [ids],
      );
      await adem();
      if (weg.rows.length === 0) break;
    }
  }
}

/** De sleutels van de rijen in politie_cijfers in deze perioden (jaar * 16 + maand). */
export async function bestaandeSleutels(db: Queryable, perioden: readonly number[]): Promise<Set<string>> {
  const { rows } = await db.query<{ s: string }>(
    `select gemeente || E'\\t' || niveau || E'\\t' || jaar || E'\\t' || maand as s from politie_cijfers where jaar * 16 + maand = any($1::int[])`,
    [perioden],
  );
  return new Set(rows.map((r) => r.s));
}

/** De sleutels in de buffer onder deze ids (tussenstanden van een import). */
export async function bufferSleutels(db: Queryable, ids: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ s: string }>(
    `select distinct gemeente || E'\\t' || niveau || E'\\t' || jaar || E'\\t' || maand as s from politie_import_buffer where import_id = any($1::uuid[]) order by 1`,
    [ids],
  );
  return rows.map((r) => r.s);
}

/** De rijen in politie_cijfers met deze sleutels. */
export async function haalBestaandeRijen(db: Queryable, sleutels: readonly string[]): Promise<Opslagrij[]> {
  if (sleutels.length === 0) return [];
  const { rows } = await db.query<RijUitDb>(
    `select c.gemeente, c.niveau, c.jaar, c.maand, c.regios, c.aantallen from politie_cijfers c
       join ${sleutelTabel} on (c.gemeente, c.niveau, c.jaar, c.maand) = (k.gemeente, k.niveau, k.jaar, k.maand)`,
    sleutelLijsten(sleutels),
  );
  return rows.map(naarRij);
}

/** De bufferrijen met deze sleutels onder deze ids, op volgorde van de ids. */
export async function haalBufferrijen(db: Queryable, sleutels: readonly string[], ids: readonly string[]): Promise<Opslagrij[]> {
  if (sleutels.length === 0 || ids.length === 0) return [];
  const { rows } = await db.query<RijUitDb>(
    `select b.gemeente, b.niveau, b.jaar, b.maand, b.regios, b.aantallen from politie_import_buffer b
       join ${sleutelTabel} on (b.gemeente, b.niveau, b.jaar, b.maand) = (k.gemeente, k.niveau, k.jaar, k.maand)
       join unnest($5::uuid[]) with ordinality as x (id, nr) on x.id = b.import_id
      order by x.nr`,
    [...sleutelLijsten(sleutels), ids],
  );
  return rows.map(naarRij);
}

/** Schrijft COPY-gegevens (zie copyBinair) in een tabel. */
export async function kopieer(db: Queryable, tabel: Tabel, gegevens: Uint8Array<ArrayBuffer>): Promise<void> {
  await db.kopieerBinair(`${tabel} (${KOLOMMEN})`, gegevens);
}

/**
 * Zet de bufferrijen van een vastgelegde import over naar politie_cijfers (vervangt de rij met
 * dezelfde sleutel), in stukken van ongeveer `maxBytes`, elk in één opdracht. Wat zichtbaar is,
 * verandert daarbij niet.
 */
export async function verplaats(db: Queryable, importId: string, maxBytes: number): Promise<void> {
  for (;;) {
    const { rows } = await db.query(
      `with stuk as (
         select gemeente, niveau, jaar, maand from (
           select gemeente, niveau, jaar, maand, row_number() over w as nr, sum(octet_length(aantallen)) over w as bytes
             from politie_import_buffer where import_id = $1 and not (${markering('politie_import_buffer')}) window w as (order by gemeente, niveau, jaar, maand)) s
          where nr = 1 or bytes <= $2),
       weg as (
         delete from politie_import_buffer b using stuk s
          where b.import_id = $1 and (b.gemeente, b.niveau, b.jaar, b.maand) = (s.gemeente, s.niveau, s.jaar, s.maand)
          returning b.gemeente, b.niveau, b.jaar, b.maand, b.regios, b.aantallen, b.import_id)
       insert into politie_cijfers (${KOLOMMEN}) select ${KOLOMMEN} from weg
       on conflict (gemeente, niveau, jaar, maand) do update set regios = excluded.regios, aantallen = excluded.aantallen, import_id = excluded.import_id
       returning 1`,
      [importId, Math.min(maxBytes, Number.MAX_SAFE_INTEGER)],
    );
    await adem();
    if (rows.length === 0) return;
  }
}

/** Regio's uit een meegegeven codelijst (politie_regios). */
export async function laadExtraRegios(db: Queryable): Promise<Regio[]> {
  const { rows } = await db.query<{ code: string; naam: string; gemeente: string | null }>('select code, naam, gemeente from politie_regios');
  return rows.map((r) => ({ code: r.code, naam: r.naam, soort: regioSoort(r.code), gemeente: r.gemeente }));
}

/** Eerdere imports van een bestand met deze sha256. */
export async function eerdereImports(db: Queryable, sha256: string): Promise<{ importId: string; klaarOp: string }[]> {
  const { rows } = await db.query<{ id: string; klaar_op: Date }>('select id, klaar_op from politie_imports where sha256 = $1 order by klaar_op', [sha256]);
  return rows.map((r) => ({ importId: r.id, klaarOp: new Date(r.klaar_op).toISOString() }));
}

export interface Vastlegging {
  importId: string;
  bestandsnaam: string;
  sha256: string;
  formaat: string;
  werkruimteId: string | null;
  gebruikerId: string | null;
  gestartOp: Date;
  samenvatting: unknown;
  nieuweRegios: readonly Regio[];
}

/**
 * Legt een import vast (zie boven): de regel in politie_imports met de samenvatting, de markering weg,
 * en de regio's uit de codelijst. Met `overzetten` (PostgreSQL) gaan de bufferrijen in dezelfde
 * transactie over.
 */
export async function legImportVast(tx: Queryable, v: Vastlegging, overzetten: boolean): Promise<void> {
  await tx.query(
    `insert into politie_imports (id, bestandsnaam, sha256, formaat, werkruimte_id, gebruiker_id, gestart_op, samenvatting)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [v.importId, v.bestandsnaam, v.sha256, v.formaat, v.werkruimteId, v.gebruikerId, v.gestartOp, JSON.stringify(v.samenvatting)],
  );
  await tx.query(`delete from politie_import_buffer where import_id = $1 and ${markering('politie_import_buffer')}`, [v.importId]);
  if (overzetten) await verplaats(tx, v.importId, Number.MAX_SAFE_INTEGER);
  // Een code die twee keer in de lijst staat: de laatste telt (zoals voorheen, regel voor regel).
  const regios = [...new Map(v.nieuweRegios.map((r) => [r.code, r])).values()];
  if (regios.length > 0) {
    await tx.query(
      `insert into politie_regios (code, naam, gemeente) select * from unnest($1::text[], $2::text[], $3::text[])
       on conflict (code) do update set naam = excluded.naam, gemeente = excluded.gemeente`,
      [regios.map((r) => r.code), regios.map((r) => r.naam), regios.map((r) => r.gemeente)],
    );
  }
}
