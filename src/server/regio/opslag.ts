/**
 * De opslag van het gebied regio (ADR 0023): de plannen van de lidgemeenten voor de stapelmatrix,
 * de regionale indicatoren waaraan een gemeente kan koppelen en de lokale indicatoren die aan een
 * regionale streefwaarde hangen. Alle SQL van het gebied staat hier.
 *
 * Wat een regio van een gemeente ziet: de prioriteiten van een vastgesteld IVP (een openbaar
 * raadsbesluit) of van een concept dat de gemeente deelt (`deelt_met_regio`); van een lokale
 * indicator alleen wat niet vertrouwelijk is.
 */
import type { Prioriteit } from '../../domain/cyclus/inhoud.ts';
import { gemeenteBijCode } from '../../domain/gemeenten/gemeenten.ts';
import type { Indicator } from '../../domain/monitoring/typen.ts';
import type { LokaalPlan } from '../../domain/regio/stapeling.ts';
import type { Queryable } from '../db/db.ts';
import { laadIndicatoren } from '../monitoring/opslag.ts';

interface PlanRij {
  id: string;
  naam: string;
  cbs_code: string;
  deelnemers: string[];
  deelt_met_regio: boolean;
  periode_van: number | null;
  aangemaakt_op: Date;
}

const isoDatum = (d: string | Date): string => (typeof d === 'string' ? d.slice(0, 10) : new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10));

/**
 * Per lidgemeente het plan dat de regio ziet: het nieuwste vastgestelde of gedeelde IVP (ook een
 * gezamenlijk IVP waaraan de gemeente deelneemt, met de gezamenlijke en haar eigen lokale
 * prioriteiten); anders het nieuwste plan als 'niet-gedeeld', of 'geen-plan'.
 */
export async function laadLokalePlannen(db: Queryable, gemeenten: readonly string[]): Promise<LokaalPlan[]> {
  if (gemeenten.length === 0) return [];
  const { rows } = await db.query<PlanRij>(
    `select id, naam, cbs_code, deelnemers, deelt_met_regio, periode_van, aangemaakt_op from werkruimtes
      where soort = 'ivp' and regiosoort is null and (cbs_code = any($1::text[]) or deelnemers ?| $1::text[])
      order by coalesce(periode_van, 0) desc, aangemaakt_op desc`,
    [gemeenten],
  );
  const ids = rows.map((r) => r.id);
  const { rows: besluiten } = ids.length
    ? await db.query<{ werkruimte_id: string; gemeentecode: string; datum: string | Date }>(
        `select werkruimte_id, gemeentecode, max(datum) as datum from besluiten
          where werkruimte_id = any($1::uuid[]) and document = 'ivp' and soort = 'vastgesteld' and orgaan = 'Raad'
          group by werkruimte_id, gemeentecode`,
        [ids],
      )
    : { rows: [] };
  const { rows: delen } = ids.length
    ? await db.query<{ werkruimte_id: string; inhoud: Prioriteit[] }>("select werkruimte_id, inhoud from cyclusdelen where werkruimte_id = any($1::uuid[]) and sleutel = 'prioriteiten'", [ids])
    : { rows: [] };
  const prioriteitenVan = new Map(delen.map((d) => [d.werkruimte_id, d.inhoud ?? []] as const));

  return gemeenten.map((code): LokaalPlan => {
    const gemeentenaam = gemeenteBijCode(code)?.naam ?? code;
    const kandidaten = rows.filter((r) => r.cbs_code === code || r.deelnemers.includes(code));
    const gezamenlijk = (r: PlanRij) => r.deelnemers.length > 0;
    const vastgesteldOp = (r: PlanRij) => {
      const b = besluiten.find((x) => x.werkruimte_id === r.id && (x.gemeentecode === code || (!gezamenlijk(r) && x.gemeentecode === '')));
      return b ? isoDatum(b.datum) : null;
    };
    const zichtbaar = kandidaten.find((r) => vastgesteldOp(r) !== null || r.deelt_met_regio);
    const plan = zichtbaar ?? kandidaten[0];
    if (!plan) return { gemeentecode: code, gemeentenaam, status: 'geen-plan', werkruimteId: null, werkruimteNaam: null, vastgesteldOp: null, prioriteiten: [] };
    const op = vastgesteldOp(plan);
    const status = op ? 'vastgesteld' : plan.deelt_met_regio ? 'concept' : 'niet-gedeeld';
    const prioriteiten =
      status === 'niet-gedeeld'
        ? []
        : (prioriteitenVan.get(plan.id) ?? []).filter((p) => !p.gemeentecode || p.gemeentecode === code).map((p) => ({ id: p.id, titel: p.titel, themaIds: p.themaIds }));
    return { gemeentecode: code, gemeentenaam, status, werkruimteId: plan.id, werkruimteNaam: plan.naam, vastgesteldOp: op, prioriteiten };
  });
}

export interface RegionaleIndicatorKeuze {
  werkruimteId: string;
  regionaam: string;
  indicatorId: string;
  naam: string;
  eenheid: Indicator['eenheid'];
}

/** De regionale werkruimtes waarin deze gemeente ligt, met hun niet-vertrouwelijke indicatoren. */
export async function regionaleIndicatorenVoor(db: Queryable, gemeentecodes: readonly string[]): Promise<RegionaleIndicatorKeuze[]> {
  const { rows } = await db.query<{ id: string; naam: string }>(
    'select id, naam from werkruimtes where regiosoort is not null and regiogemeenten ?| $1::text[] order by naam',
    [gemeentecodes],
  );
  const uit: RegionaleIndicatorKeuze[] = [];
  for (const r of rows) {
    for (const i of await laadIndicatoren(db, r.id, undefined, { vertrouwelijkToegang: false })) {
      uit.push({ werkruimteId: r.id, regionaam: r.naam, indicatorId: i.id, naam: i.naam, eenheid: i.eenheid });
    }
  }
  return uit;
}

/** Is dit een regionale werkruimte waarin (een van) deze gemeenten ligt, met deze niet-vertrouwelijke indicator? */
export async function regionaleIndicatorBestaat(db: Queryable, werkruimteId: string, indicatorId: string, gemeentecodes: readonly string[]): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from indicatoren i join werkruimtes w on w.id = i.werkruimte_id
      where w.id = $1 and i.id = $2 and not i.vertrouwelijk and w.regiosoort is not null and w.regiogemeenten ?| $3::text[]`,
    [werkruimteId, indicatorId, gemeentecodes],
  );
  return (rows[0]?.n ?? 0) > 0;
}

export interface GekoppeldeIndicator {
  werkruimteId: string;
  werkruimteNaam: string;
  gemeentecode: string;
  gemeentenaam: string;
  indicator: Indicator;
}

/**
 * De lokale indicatoren die aan een indicator van deze regio hangen, uit gemeenten die lid zijn van
 * de regio; vertrouwelijke lokale indicatoren blijven buiten beeld.
 */
export async function laadGekoppeldeIndicatoren(db: Queryable, regioId: string, gemeenten: readonly string[]): Promise<GekoppeldeIndicator[]> {
  const { rows } = await db.query<{ werkruimte_id: string; naam: string; cbs_code: string; gemeente_naam: string }>(
    `select distinct i.werkruimte_id, w.naam, w.cbs_code, w.gemeente_naam from indicatoren i join werkruimtes w on w.id = i.werkruimte_id
      where i.gegevens->'regioKoppeling'->>'werkruimteId' = $1 and not i.vertrouwelijk and w.regiosoort is null
        and (w.cbs_code = any($2::text[]) or w.deelnemers ?| $2::text[])`,
    [regioId, gemeenten],
  );
  const uit: GekoppeldeIndicator[] = [];
  for (const r of rows) {
    for (const i of await laadIndicatoren(db, r.werkruimte_id, undefined, { vertrouwelijkToegang: false })) {
      if (i.regioKoppeling?.werkruimteId !== regioId) continue;
      uit.push({ werkruimteId: r.werkruimte_id, werkruimteNaam: r.naam, gemeentecode: r.cbs_code, gemeentenaam: r.gemeente_naam, indicator: i });
    }
  }
  return uit.sort((a, b) => a.gemeentenaam.localeCompare(b.gemeentenaam, 'nl'));
}

/** De regionale thema's van de regio's waarin (een van) deze gemeenten ligt, met de naam van de regio. */
export async function regiothemasVoor(db: Queryable, gemeentecodes: readonly string[]): Promise<{ titel: string; themaIds: string[] }[]> {
  const { rows } = await db.query<{ naam: string; inhoud: Prioriteit[] | null }>(
    `select w.naam, d.inhoud from werkruimtes w left join cyclusdelen d on d.werkruimte_id = w.id and d.sleutel = 'prioriteiten'
      where w.regiosoort is not null and w.regiosoort <> 'landelijk' and w.regiogemeenten ?| $1::text[] order by w.naam`,
    [gemeentecodes],
  );
  return rows.flatMap((r) => (r.inhoud ?? []).map((t) => ({ titel: `${t.titel} (${r.naam})`, themaIds: t.themaIds })));
}
