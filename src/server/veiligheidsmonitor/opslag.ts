/**
 * Opslag van de Veiligheidsmonitor (migratie 027): imports, onderwerpen, regio's en waarden per
 * onderwerp x regio x jaar met marge. Installatiebreed, zoals de politiecijfers. Alleen hier SQL.
 */
import type { VmEenheid } from '../../domain/veiligheidsmonitor/catalogus.ts';
import type { VmTabel } from '../../domain/veiligheidsmonitor/lezen.ts';
import type { VmRegio, VmRegioSoort } from '../../domain/veiligheidsmonitor/regios.ts';
import type { VmSamenvatting } from '../../domain/veiligheidsmonitor/samenvatting.ts';
import type { Queryable } from '../db/db.ts';

export interface VmImportRij {
  id: string;
  bestandsnaam: string;
  formaat: string;
  klaarOp: string;
  gebruikerNaam: string | null;
  samenvatting: VmSamenvatting;
}

const BLOK = 500;

/** Bewaart een gelezen tabel in de transactie van de aanroeper: alles of niets. */
export async function bewaarImport(
  tx: Queryable,
  imp: { id: string; bestandsnaam: string; sha256: string; werkruimteId: string; gebruikerId: string; samenvatting: VmSamenvatting },
  tabel: VmTabel,
): Promise<void> {
  await tx.query(
    `insert into veiligheidsmonitor_imports (id, bestandsnaam, sha256, formaat, werkruimte_id, gebruiker_id, samenvatting) values ($1, $2, $3, $4, $5, $6, $7)`,
    [imp.id, imp.bestandsnaam, imp.sha256, tabel.formaat, imp.werkruimteId, imp.gebruikerId, JSON.stringify(imp.samenvatting)],
  );
  for (const o of tabel.onderwerpen) {
    await tx.query(
      `insert into veiligheidsmonitor_onderwerpen (indicator_id, label, cbs_eenheid, eenheid) values ($1, $2, $3, $4)
       on conflict (indicator_id) do update set label = excluded.label, cbs_eenheid = excluded.cbs_eenheid, eenheid = excluded.eenheid`,
      [o.indicatorId, o.label, o.cbsEenheid, o.eenheid],
    );
  }
  for (const r of tabel.regios) {
    await tx.query(
      `insert into veiligheidsmonitor_regios (code, naam, soort) values ($1, $2, $3) on conflict (code) do update set naam = excluded.naam, soort = excluded.soort`,
      [r.code, r.naam, r.soort],
    );
  }
  for (let i = 0; i < tabel.waarden.length; i += BLOK) {
    const blok = tabel.waarden.slice(i, i + BLOK);
    const params: unknown[] = [imp.id];
    const rijen = blok.map((w) => {
      params.push(w.indicatorId, w.regiocode, w.jaar, w.waarde, w.marge);
      const n = params.length;
      return `($${n - 4}, $${n - 3}, $${n - 2}::smallint, $${n - 1}::double precision, $${n}::double precision, $1::uuid)`;
    });
    await tx.query(
      `insert into veiligheidsmonitor_waarden (indicator_id, regio, jaar, waarde, marge, import_id) values ${rijen.join(', ')}
       on conflict (indicator_id, regio, jaar) do update set waarde = excluded.waarde, marge = excluded.marge, import_id = excluded.import_id`,
      params,
    );
  }
}

/** De laatste imports (nieuwste eerst). */
export async function laadImports(db: Queryable, aantal = 20): Promise<VmImportRij[]> {
  const { rows } = await db.query<{ id: string; bestandsnaam: string; formaat: string; klaar_op: Date; naam: string | null; samenvatting: VmSamenvatting }>(
    `select i.id, i.bestandsnaam, i.formaat, i.klaar_op, g.naam, i.samenvatting
       from veiligheidsmonitor_imports i left join gebruikers g on g.id = i.gebruiker_id
      order by i.klaar_op desc, i.id limit $1`,
    [aantal],
  );
  return rows.map((r) => ({ id: r.id, bestandsnaam: r.bestandsnaam, formaat: r.formaat, klaarOp: new Date(r.klaar_op).toISOString(), gebruikerNaam: r.naam, samenvatting: r.samenvatting }));
}

export interface VmOpgeslagenOnderwerp {
  indicatorId: string;
  label: string;
  cbsEenheid: string | null;
  eenheid: VmEenheid;
  regios: number;
  jaren: number[];
}

/** De onderwerpen met opgeslagen waarden: in hoeveel regio's en welke jaren. */
export async function laadOnderwerpen(db: Queryable): Promise<VmOpgeslagenOnderwerp[]> {
  const { rows } = await db.query<{ indicator_id: string; label: string; cbs_eenheid: string | null; eenheid: VmEenheid; regios: number; jaren: number[] }>(
    `select o.indicator_id, o.label, o.cbs_eenheid, o.eenheid, count(distinct w.regio)::int as regios, array_agg(distinct w.jaar::int order by w.jaar::int) as jaren
       from veiligheidsmonitor_onderwerpen o join veiligheidsmonitor_waarden w on w.indicator_id = o.indicator_id
      group by o.indicator_id, o.label, o.cbs_eenheid, o.eenheid
      order by o.indicator_id`,
  );
  return rows.map((r) => ({ indicatorId: r.indicator_id, label: r.label, cbsEenheid: r.cbs_eenheid, eenheid: r.eenheid, regios: r.regios, jaren: r.jaren.map(Number) }));
}

/** De regio's met opgeslagen waarden. */
export async function laadRegios(db: Queryable): Promise<VmRegio[]> {
  const { rows } = await db.query<{ code: string; naam: string; soort: VmRegioSoort }>(
    `select r.code, r.naam, r.soort from veiligheidsmonitor_regios r where exists (select 1 from veiligheidsmonitor_waarden w where w.regio = r.code) order by r.code`,
  );
  return rows;
}

export interface VmOpgeslagenWaarde {
  indicatorId: string;
  regiocode: string;
  jaar: number;
  waarde: number;
  marge: number | null;
}

/** Waarden van één regio en/of één onderwerp, op onderwerp, regio en jaar. */
export async function laadWaarden(db: Queryable, filter: { regio?: string; indicatorId?: string }): Promise<VmOpgeslagenWaarde[]> {
  const voorwaarden: string[] = [];
  const params: unknown[] = [];
  if (filter.regio) {
    params.push(filter.regio);
    voorwaarden.push(`regio = $${params.length}`);
  }
  if (filter.indicatorId) {
    params.push(filter.indicatorId);
    voorwaarden.push(`indicator_id = $${params.length}`);
  }
  const { rows } = await db.query<{ indicator_id: string; regio: string; jaar: number; waarde: number; marge: number | null }>(
    `select indicator_id, regio, jaar, waarde, marge from veiligheidsmonitor_waarden ${voorwaarden.length ? `where ${voorwaarden.join(' and ')}` : ''} order by indicator_id, regio, jaar`,
    params,
  );
  return rows.map((r) => ({ indicatorId: r.indicator_id, regiocode: r.regio, jaar: Number(r.jaar), waarde: Number(r.waarde), marge: r.marge === null ? null : Number(r.marge) }));
}

/** Een opgeslagen regio bij code, of undefined. */
export async function laadRegio(db: Queryable, code: string): Promise<VmRegio | undefined> {
  const { rows } = await db.query<{ code: string; naam: string; soort: VmRegioSoort }>('select code, naam, soort from veiligheidsmonitor_regios where code = $1', [code]);
  return rows[0];
}

/** Een opgeslagen onderwerp bij id, of undefined. */
export async function laadOnderwerp(db: Queryable, indicatorId: string): Promise<{ indicatorId: string; label: string; cbsEenheid: string | null; eenheid: VmEenheid } | undefined> {
  const { rows } = await db.query<{ indicator_id: string; label: string; cbs_eenheid: string | null; eenheid: VmEenheid }>(
    'select indicator_id, label, cbs_eenheid, eenheid from veiligheidsmonitor_onderwerpen where indicator_id = $1',
    [indicatorId],
  );
  const r = rows[0];
  return r && { indicatorId: r.indicator_id, label: r.label, cbsEenheid: r.cbs_eenheid, eenheid: r.eenheid };
}

/** Indicatoren (in alle werkruimtes, of één werkruimte, of één indicator) met een veld `veiligheidsmonitor` in hun gegevens. */
export async function indicatorenMetVmReeks(db: Queryable, opties: { werkruimteId?: string; indicatorId?: string }): Promise<{ id: string; werkruimteId: string; gegevens: unknown }[]> {
  const params: unknown[] = [];
  let extra = '';
  if (opties.werkruimteId) {
    params.push(opties.werkruimteId);
    extra += ` and werkruimte_id = $${params.length}`;
  }
  if (opties.indicatorId) {
    params.push(opties.indicatorId);
    extra += ` and id = $${params.length}`;
  }
  const { rows } = await db.query<{ id: string; werkruimte_id: string; gegevens: unknown }>(
    `select id, werkruimte_id, gegevens from indicatoren where jsonb_typeof(gegevens->'veiligheidsmonitor') = 'object'${extra} order by werkruimte_id, volgorde`,
    params,
  );
  return rows.map((r) => ({ id: r.id, werkruimteId: r.werkruimte_id, gegevens: r.gegevens }));
}

/** De opgeslagen metingen (waarde en marge) van een indicator per periode. */
export async function laadMetingMarges(db: Queryable, indicatorId: string): Promise<Map<string, { waarde: number; marge: number | null }>> {
  const { rows } = await db.query<{ periode: string; waarde: number; marge: number | null }>('select periode, waarde, marge from indicator_metingen where indicator_id = $1', [indicatorId]);
  return new Map(rows.map((r) => [r.periode, { waarde: Number(r.waarde), marge: r.marge === null ? null : Number(r.marge) }]));
}

/** Schrijft een jaarmeting met marge; dezelfde periode wordt vervangen, nooit verdubbeld. */
export async function schrijfMeting(tx: Queryable, indicatorId: string, m: { periode: string; waarde: number; marge: number | null; toelichting: string }): Promise<void> {
  await tx.query(
    `insert into indicator_metingen (indicator_id, periode, waarde, toelichting, marge) values ($1, $2, $3, $4, $5)
     on conflict (indicator_id, periode) do update set waarde = excluded.waarde, toelichting = excluded.toelichting, marge = excluded.marge, ingevoerd_door = null, ingevoerd_op = now()`,
    [indicatorId, m.periode, m.waarde, m.toelichting, m.marge],
  );
}
