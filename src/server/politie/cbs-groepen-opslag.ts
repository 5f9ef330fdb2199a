/**
 * Opslag van CBS 83648NED, de groepen totaal, 2 (vernielingen) en 3 (geweld) per regio en jaar
 * (migratie 028). Installatiebreed, zoals de politiecijfers. Alleen hier SQL.
 */
import type { CbsGroepenSamenvatting, CbsGroepenTabel, CbsGroepSleutel } from '../../domain/politie/cbs-groepen.ts';
import type { Queryable } from '../db/db.ts';

const BLOK = 500;

/** Bewaart een gelezen tabel in de transactie van de aanroeper: alles of niets. */
export async function bewaarCbsGroepen(
  tx: Queryable,
  imp: { id: string; bestandsnaam: string; sha256: string; werkruimteId: string; gebruikerId: string },
  tabel: CbsGroepenTabel,
): Promise<void> {
  await tx.query(
    `insert into cbs_misdrijfgroep_imports (id, bestandsnaam, sha256, formaat, werkruimte_id, gebruiker_id, samenvatting) values ($1, $2, $3, $4, $5, $6, $7)`,
    [imp.id, imp.bestandsnaam, imp.sha256, tabel.formaat, imp.werkruimteId, imp.gebruikerId, JSON.stringify(tabel.samenvatting)],
  );
  for (let i = 0; i < tabel.waarden.length; i += BLOK) {
    const blok = tabel.waarden.slice(i, i + BLOK);
    const params: unknown[] = [imp.id];
    const rijen = blok.map((w) => {
      params.push(w.regiocode, w.groep, w.jaar, w.aantal, w.per1000, w.voorlopig);
      const n = params.length;
      return `($${n - 5}, $${n - 4}, $${n - 3}::smallint, $${n - 2}::integer, $${n - 1}::double precision, $${n}::boolean, $1::uuid)`;
    });
    await tx.query(
      `insert into cbs_misdrijfgroepen (regio, groep, jaar, aantal, per1000, voorlopig, import_id) values ${rijen.join(', ')}
       on conflict (regio, groep, jaar) do update set aantal = excluded.aantal, per1000 = excluded.per1000, voorlopig = excluded.voorlopig, import_id = excluded.import_id`,
      params,
    );
  }
}

export interface OpgeslagenCbsGroep {
  regiocode: string;
  groep: CbsGroepSleutel;
  jaar: number;
  aantal: number | null;
  per1000: number | null;
  voorlopig: boolean;
}

/** De opgeslagen tellingen van deze regio's (GMxxxx, NL01), op regio, groep en jaar. */
export async function laadCbsGroepen(db: Queryable, regios: readonly string[]): Promise<OpgeslagenCbsGroep[]> {
  if (regios.length === 0) return [];
  const { rows } = await db.query<{ regio: string; groep: CbsGroepSleutel; jaar: number; aantal: number | null; per1000: number | null; voorlopig: boolean }>(
    'select regio, groep, jaar, aantal, per1000, voorlopig from cbs_misdrijfgroepen where regio = any($1::text[]) order by regio, groep, jaar',
    [regios],
  );
  return rows.map((r) => ({
    regiocode: r.regio,
    groep: r.groep,
    jaar: Number(r.jaar),
    aantal: r.aantal === null ? null : Number(r.aantal),
    per1000: r.per1000 === null ? null : Number(r.per1000),
    voorlopig: r.voorlopig,
  }));
}

export interface CbsGroepImportRij {
  id: string;
  bestandsnaam: string;
  formaat: string;
  klaarOp: string;
  gebruikerNaam: string | null;
  samenvatting: CbsGroepenSamenvatting;
}

/** De laatste imports (nieuwste eerst). */
export async function laadCbsGroepImports(db: Queryable, aantal = 10): Promise<CbsGroepImportRij[]> {
  const { rows } = await db.query<{ id: string; bestandsnaam: string; formaat: string; klaar_op: Date; naam: string | null; samenvatting: CbsGroepenSamenvatting }>(
    `select i.id, i.bestandsnaam, i.formaat, i.klaar_op, g.naam, i.samenvatting
       from cbs_misdrijfgroep_imports i left join gebruikers g on g.id = i.gebruiker_id
      order by i.klaar_op desc, i.id limit $1`,
    [aantal],
  );
  return rows.map((r) => ({ id: r.id, bestandsnaam: r.bestandsnaam, formaat: r.formaat, klaarOp: new Date(r.klaar_op).toISOString(), gebruikerNaam: r.naam, samenvatting: r.samenvatting }));
}

/** Hoeveel er installatiebreed is opgeslagen: regio's en jaren. */
export async function cbsGroepenOmvang(db: Queryable): Promise<{ regios: number; gemeenten: number; jaren: number[]; waarden: number }> {
  const { rows } = await db.query<{ regios: number; gemeenten: number; jaren: number[] | null; waarden: number }>(
    `select count(distinct regio)::int as regios, count(distinct regio) filter (where regio like 'GM%')::int as gemeenten,
            array_agg(distinct jaar::int order by jaar::int) as jaren, count(*)::int as waarden
       from cbs_misdrijfgroepen`,
  );
  const r = rows[0]!;
  return { regios: Number(r.regios), gemeenten: Number(r.gemeenten), jaren: (r.jaren ?? []).map(Number), waarden: Number(r.waarden) };
}
