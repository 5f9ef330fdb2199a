/**
 * Politiecijfers lezen voor een werkruimte: de rijen van haar gemeente(n), opgeteld per thema, veld
 * of soort, per 1.000 inwoners, met trend, vergelijking met gemeenten van dezelfde grootte en de
 * begrotingsindicatoren. De cijfers zelf zijn landelijk (zie de ADR 0009); de werkruimte bepaalt
 * welke gemeenten en welke afwijkende themakoppeling gelden.
 */
import {
  aggregeer,
  begrotingsindicatoren,
  type CijferRij,
  type Groep,
  grootteklasse,
  groepen,
  type IndicatorWaarde,
  landelijkeWaarde,
  gemeenteJaarrijen,
  per1000,
  somVan,
  trend,
  type Trend,
} from '../../domain/politie/cijfers.ts';
import { gemeenteBijCode } from '../../domain/gemeenten/gemeenten.ts';
import { vindThema, vindVeld } from '../../domain/kennisbank/kennisbank.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import { naarCijferrijen, plaatsVan } from '../../domain/politie/opslagrij.ts';
import { type RegioSoort, regioSoort } from '../../domain/politie/regios.ts';
import { laadWerkruimte } from '../cyclus/stand.ts';
import type { Queryable } from '../db/db.ts';
import type { ImportSamenvatting } from '../../domain/politie/samenvatting.ts';
import { zichtbareCijfers } from './opslag.ts';
import { meegeleverdeRegio } from './regiolijst.ts';
import { laadAfwijkingen } from './themakoppeling.ts';

export interface RijFilter {
  gemeenten?: readonly string[];
  regios?: readonly string[];
  niveaus?: readonly RegioSoort[];
  jaarVan?: number;
  jaarTot?: number;
  /** 'jaar': alleen jaarcijfers (standaard); 'maand': alleen maandcijfers. */
  periode?: 'jaar' | 'maand';
}

/**
 * Cijferrijen (per regio en periode) uit de opslag (zie opslagrij.ts): alleen wat zichtbaar is (niets van
 * een import die nog loopt, zie opslag.ts). Het filter op gemeente, niveau en periode doet de database,
 * dat op regio deze functie. Gesorteerd op regio, jaar en maand.
 */
export async function laadRijen(db: Queryable, filter: RijFilter = {}): Promise<CijferRij[]> {
  const voorwaarden: string[] = [filter.periode === 'maand' ? 'maand > 0' : 'maand = 0'];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (filter.gemeenten) voorwaarden.push(`gemeente = any(${param(filter.gemeenten)}::text[])`);
  if (filter.regios) {
    const plekken = filter.regios.map(plaatsVan);
    voorwaarden.push(`gemeente = any(${param([...new Set(plekken.map((p) => p.gemeente))])}::text[])`);
    voorwaarden.push(`niveau = any(${param([...new Set(plekken.map((p) => p.niveau))])}::text[])`);
  }
  if (filter.niveaus) voorwaarden.push(`niveau = any(${param(filter.niveaus)}::text[])`);
  if (filter.jaarVan !== undefined) voorwaarden.push(`jaar >= ${param(filter.jaarVan)}`);
  if (filter.jaarTot !== undefined) voorwaarden.push(`jaar <= ${param(filter.jaarTot)}`);
  const { rows } = await db.query<{ gemeente: string; niveau: RegioSoort; jaar: number; maand: number; regios: string[]; aantallen: Uint8Array }>(
    zichtbareCijfers(voorwaarden.join(' and ')),
    params,
  );
  const gevraagd = filter.regios ? new Set(filter.regios) : null;
  const rijen: CijferRij[] = [];
  for (const r of rows) {
    for (const rij of naarCijferrijen({ ...r, aantallen: r.aantallen })) if (!gevraagd || gevraagd.has(rij.regio)) rijen.push(rij);
  }
  return rijen.sort((a, b) => (a.regio < b.regio ? -1 : a.regio > b.regio ? 1 : a.jaar - b.jaar || a.maand - b.maand));
}

export interface Inwoners {
  aantal: number;
  /** Het jaar waarvan de inwoners zijn (1 januari). */
  jaar: number;
  bron: 'aangeleverd' | 'CBS 1 januari 2024';
}

/** Inwoners van een regio in een jaar: aangeleverd voor dat jaar, anders (gemeenten) de meegeleverde van 2024. */
export async function laadInwoners(db: Queryable, regios: readonly string[]): Promise<(regio: string, jaar: number) => Inwoners | null> {
  const { rows } = await db.query<{ regio: string; jaar: number; inwoners: number }>('select regio, jaar, inwoners from politie_inwoners where regio = any($1::text[])', [regios]);
  const aangeleverd = new Map(rows.map((r) => [`${r.regio} ${r.jaar}`, r.inwoners]));
  return (regio, jaar) => {
    const a = aangeleverd.get(`${regio} ${jaar}`);
    if (a) return { aantal: a, jaar, bron: 'aangeleverd' };
    const g = regioSoort(regio) === 'gemeente' ? gemeenteBijCode(regio) : undefined;
    return g ? { aantal: g.inwoners, jaar: 2024, bron: 'CBS 1 januari 2024' } : null;
  };
}

export function regioNaam(code: string): string {
  return meegeleverdeRegio(code)?.naam ?? gemeenteBijCode(code)?.naam ?? code;
}

function groepNaam(groep: Groep, sleutel: string): string {
  if (groep === 'thema') return vindThema(sleutel)?.naam ?? sleutel;
  if (groep === 'veld') return vindVeld(Number(sleutel))?.naam ?? `Veld ${sleutel}`;
  return misdrijfsoorten.find((m) => m.code === sleutel)?.titel ?? sleutel;
}

async function gemeentenVan(db: Queryable, werkruimteId: string): Promise<string[]> {
  const w = await laadWerkruimte(db, werkruimteId);
  return w ? w.gemeenten.map((g) => g.code) : [];
}

export interface AggregaatParams {
  groep?: Groep;
  niveau?: RegioSoort;
  periode?: 'jaar' | 'maand';
  jaarVan?: number;
  jaarTot?: number;
  /** Eén regio (GM, WK of BU) binnen de gemeenten van de werkruimte. */
  regio?: string;
}

export interface AggregaatRij {
  regio: string;
  regioNaam: string;
  jaar: number;
  maand: number;
  sleutel: string;
  naam: string;
  aantal: number | null;
  per1000: number | null;
}

/** Aantallen per regio, periode en thema (of veld, of soort) voor de gemeenten van een werkruimte. */
export async function aggregatenVoorWerkruimte(db: Queryable, werkruimteId: string, p: AggregaatParams = {}) {
  const groep = p.groep ?? 'thema';
  const gemeenten = await gemeentenVan(db, werkruimteId);
  const afwijkingen = await laadAfwijkingen(db, werkruimteId);
  const rijen = await laadRijen(db, {
    gemeenten,
    niveaus: [p.niveau ?? 'gemeente'],
    periode: p.periode ?? 'jaar',
    jaarVan: p.jaarVan,
    jaarTot: p.jaarTot,
    ...(p.regio ? { regios: [p.regio] } : {}),
  });
  const inwoners = await laadInwoners(db, [...new Set(rijen.map((r) => r.regio))]);
  const uit: AggregaatRij[] = aggregeer(rijen, groep, afwijkingen).map((a) => ({
    ...a,
    regioNaam: regioNaam(a.regio),
    naam: groepNaam(groep, a.sleutel),
    per1000: a.maand === 0 ? per1000(a.aantal, inwoners(a.regio, a.jaar)?.aantal) : null,
  }));
  return { groep, gemeenten, codes: Object.fromEntries(groepen(groep, afwijkingen)), rijen: uit };
}

export interface ThemaReeks {
  themaId: string;
  naam: string;
  veld: number;
  codes: string[];
  reeks: { jaar: number; aantal: number | null; per1000: number | null }[];
  trend: Trend | null;
}

export interface GemeenteOverzicht {
  code: string;
  naam: string;
  inwoners: Inwoners | null;
  jaren: number[];
  themas: ThemaReeks[];
  velden: { veld: number; naam: string; reeks: { jaar: number; aantal: number | null; per1000: number | null }[]; trend: Trend | null }[];
  totaal: { jaar: number; aantal: number | null; per1000: number | null }[];
}

/** Per gemeente van de werkruimte: per thema en veld de reeks over de jaren, per 1.000 inwoners en de trend. */
export async function overzichtVoorWerkruimte(db: Queryable, werkruimteId: string): Promise<{ gemeenten: GemeenteOverzicht[] }> {
  const gemeenten = await gemeentenVan(db, werkruimteId);
  const afwijkingen = await laadAfwijkingen(db, werkruimteId);
  const rijen = await laadRijen(db, { regios: gemeenten });
  const inwoners = await laadInwoners(db, gemeenten);
  const themas = groepen('thema', afwijkingen);
  const velden = groepen('veld', afwijkingen);
  return {
    gemeenten: gemeenten.map((code) => {
      const eigen = rijen.filter((r) => r.regio === code);
      const jaren = eigen.map((r) => r.jaar);
      const reeks = (codes: string[]) =>
        eigen.map((r) => {
          const aantal = somVan(r.aantallen, codes);
          return { jaar: r.jaar, aantal, per1000: per1000(aantal, inwoners(code, r.jaar)?.aantal) };
        });
      return {
        code,
        naam: regioNaam(code),
        inwoners: inwoners(code, jaren.at(-1) ?? 2024),
        jaren,
        themas: [...themas].map(([themaId, codes]) => {
          const r = reeks(codes);
          return { themaId, naam: groepNaam('thema', themaId), veld: Number(themaId.split('.')[0]), codes, reeks: r, trend: trend(r) };
        }),
        velden: [...velden].map(([veld, codes]) => {
          const r = reeks(codes);
          return { veld: Number(veld), naam: groepNaam('veld', veld), reeks: r, trend: trend(r) };
        }),
        totaal: reeks(['0.0.0']),
      };
    }),
  };
}

export interface IndicatorOverzicht {
  id: string;
  naam: string;
  eenheid: string;
  codes: { code: string; titel: string }[];
  toelichting: string;
  waarden: IndicatorWaarde[];
}

/** De verplichte begrotingsindicatoren per gemeente van de werkruimte en per jaar, met het landelijke cijfer. */
export async function begrotingsindicatorenVoorWerkruimte(db: Queryable, werkruimteId: string) {
  const gemeenten = await gemeentenVan(db, werkruimteId);
  // Without a row of the municipality itself, its districts (or neighbourhoods) are summed, and said so.
  const alle = await laadRijen(db, { gemeenten });
  const rijen = gemeenten.flatMap((g) => gemeenteJaarrijen(alle.filter((r) => r.regio === g || r.regio.slice(2, 6) === g.slice(2)), g));
  const inwoners = await laadInwoners(db, gemeenten);
  const jaren = [...new Set(rijen.map((r) => r.jaar))].sort((a, b) => a - b);
  const nl00 = await laadRijen(db, { regios: ['NL00'], jaarVan: jaren[0], jaarTot: jaren.at(-1) });
  // Som van alle gemeenten, alleen als alle gemeenten van dat jaar zijn ingelezen.
  const alleGm = jaren.length ? await laadRijen(db, { niveaus: ['gemeente'], jaarVan: jaren[0], jaarTot: jaren.at(-1) }) : [];
  const sommen = jaren.map((jaar) => {
    const van = alleGm.filter((r) => r.jaar === jaar);
    const som = Array.from({ length: misdrijfsoorten.length }, (_, i) => {
      let n: number | null = null;
      for (const r of van) if (r.aantallen[i] !== null && r.aantallen[i] !== undefined) n = (n ?? 0) + r.aantallen[i]!;
      return n;
    });
    return { jaar, n: van.length, som };
  });
  const alleGemeenten = 342;
  const halt = await laadHalt(db, werkruimteId);
  return {
    gemeenten: gemeenten.map((code) => ({
      code,
      naam: regioNaam(code),
      indicatoren: begrotingsindicatoren.map(
        (b): IndicatorOverzicht => ({
          id: b.id,
          naam: b.naam,
          eenheid: b.eenheid,
          codes: b.codes.map((c) => ({ code: c, titel: misdrijfsoorten.find((m) => m.code === c)!.titel })),
          toelichting: b.toelichting,
          waarden:
            b.codes.length === 0
              ? halt
                  .filter((h) => h.gemeentecode === code)
                  .sort((x, y) => x.jaar - y.jaar)
                  .map((h) => ({ jaar: h.jaar, aantal: h.verwijzingen, inwoners: h.jongeren, waarde: per1000(h.verwijzingen, h.jongeren), landelijk: null, landelijkBron: null }))
              : rijen
                  .filter((r) => r.regio === code)
                  .map((r) => {
                    const aantal = somVan(r.aantallen, b.codes);
                    const inw = inwoners(code, r.jaar);
                    const som = sommen.find((s) => s.jaar === r.jaar && s.n >= alleGemeenten)?.som;
                    return {
                      jaar: r.jaar,
                      herkomst: r.herkomst,
                      aantal,
                      inwoners: inw?.aantal ?? null,
                      waarde: per1000(aantal, inw?.aantal),
                      ...landelijkeWaarde(b.codes, r.jaar, { nl00: nl00.find((n) => n.jaar === r.jaar), somGemeenten: som }),
                    };
                  }),
        }),
      ),
    })),
  };
}

/** Halt-verwijzingen, met de hand ingevuld per gemeente en jaar (geen politiecijfer). */
export interface HaltCijfer {
  gemeentecode: string;
  jaar: number;
  verwijzingen: number;
  /** Jongeren van 12 tot en met 17 jaar op 1 januari. */
  jongeren: number;
}

export async function laadHalt(db: Queryable, werkruimteId: string): Promise<HaltCijfer[]> {
  const { rows } = await db.query<{ inhoud: HaltCijfer[] }>(`select inhoud from cyclusdelen where werkruimte_id = $1 and sleutel = 'halt'`, [werkruimteId]);
  return rows[0]?.inhoud ?? [];
}

/**
 * Vergelijking met gemeenten van dezelfde grootteklasse die ook zijn ingelezen: per thema het
 * aantal per 1.000 inwoners van de eigen gemeente, het gemiddelde van de klasse en de plaats. Een
 * gemeente zonder eigen rij maar met wijken of buurten telt mee met hun som (`herkomst` zegt dat).
 */
export async function vergelijkingVoorWerkruimte(db: Queryable, werkruimteId: string, jaar?: number) {
  const eigen = await gemeentenVan(db, werkruimteId);
  const afwijkingen = await laadAfwijkingen(db, werkruimteId);
  // Standaard het laatste jaar met cijfers van de eigen gemeente én van een andere gemeente; anders het
  // laatste jaar van de eigen gemeente.
  const { rows: jaren } = await db.query<{ jaar: number; eigen: boolean; ander: boolean }>(
    `select jaar, bool_or(gemeente = any($1::text[])) as eigen, bool_or(gemeente <> all($1::text[])) as ander
       from (${zichtbareCijfers(`maand = 0 and niveau in ('gemeente', 'wijk', 'buurt')`, 'gemeente, jaar')}) as c group by jaar order by jaar desc`,
    [eigen],
  );
  const laatste = jaar ?? (jaren.find((j) => j.eigen && j.ander) ?? jaren.find((j) => j.eigen))?.jaar;
  if (!laatste) return { jaar: null, gemeenten: [] };
  const rijen: (CijferRij & { herkomst?: string | null })[] = await laadRijen(db, { niveaus: ['gemeente'], jaarVan: laatste, jaarTot: laatste });
  // Gemeenten met alleen wijken of buurten in de import (zoals een download van data.politie.nl): hun som.
  const metGemeenterij = new Set(rijen.map((r) => r.regio));
  const zonder = (
    await db.query<{ gemeente: string }>(`select distinct gemeente from (${zichtbareCijfers(`maand = 0 and jaar = $1 and niveau in ('wijk', 'buurt')`, 'gemeente')}) as c`, [laatste])
  ).rows
    .map((r) => r.gemeente)
    .filter((g) => !metGemeenterij.has(g));
  if (zonder.length > 0) {
    const gebieden = await laadRijen(db, { gemeenten: zonder, niveaus: ['wijk', 'buurt'], jaarVan: laatste, jaarTot: laatste });
    for (const g of zonder) rijen.push(...gemeenteJaarrijen(gebieden.filter((r) => r.regio.slice(2, 6) === g.slice(2)), g));
  }
  const inwoners = await laadInwoners(db, rijen.map((r) => r.regio));
  const themas = groepen('thema', afwijkingen);
  const metInwoners = rijen.map((r) => ({ r, inw: inwoners(r.regio, laatste)?.aantal ?? null })).filter((x) => x.inw !== null);
  return {
    jaar: laatste,
    gemeenten: eigen.map((code) => {
      const zelf = metInwoners.find((x) => x.r.regio === code);
      if (!zelf) return { code, naam: regioNaam(code), klasse: null, herkomst: null, vergeleken: [], themas: [] };
      const klasse = grootteklasse(zelf.inw!);
      const groep = metInwoners.filter((x) => grootteklasse(x.inw!) === klasse);
      return {
        code,
        naam: regioNaam(code),
        klasse: klasse.naam,
        /** null: het gemeentecijfer zelf; anders bv. 'som van 12 wijken'. */
        herkomst: zelf.r.herkomst ?? null,
        vergeleken: groep
          .filter((x) => x.r.regio !== code)
          .map((x) => ({ code: x.r.regio, naam: regioNaam(x.r.regio), inwoners: x.inw, herkomst: x.r.herkomst ?? null })),
        themas: [...themas].map(([themaId, codes]) => {
          const waarden = groep.map((x) => ({ code: x.r.regio, per1000: per1000(somVan(x.r.aantallen, codes), x.inw) })).filter((w) => w.per1000 !== null);
          const eigenWaarde = waarden.find((w) => w.code === code)?.per1000 ?? null;
          const gemiddelde = waarden.length ? Math.round((waarden.reduce((s, w) => s + w.per1000!, 0) / waarden.length) * 100) / 100 : null;
          const gesorteerd = [...waarden].sort((a, b) => a.per1000! - b.per1000!);
          return {
            themaId,
            naam: groepNaam('thema', themaId),
            per1000: eigenWaarde,
            gemiddelde,
            /** 1: het laagste aantal per 1.000 inwoners van de klasse. */
            plaats: eigenWaarde === null ? null : gesorteerd.findIndex((w) => w.code === code) + 1,
            van: waarden.length,
          };
        }),
      };
    }),
  };
}

export interface ImportRegel {
  id: string;
  bestandsnaam: string;
  formaat: string;
  gestartOp: string;
  klaarOp: string;
  regelsGeimporteerd: number;
}

/** De imports die vanuit een werkruimte zijn gedaan, nieuwste eerst. */
export async function importsVanWerkruimte(db: Queryable, werkruimteId: string): Promise<ImportRegel[]> {
  const { rows } = await db.query<{ id: string; bestandsnaam: string; formaat: string; gestart_op: Date; klaar_op: Date; samenvatting: ImportSamenvatting }>(
    'select id, bestandsnaam, formaat, gestart_op, klaar_op, samenvatting from politie_imports where werkruimte_id = $1 order by klaar_op desc limit 100',
    [werkruimteId],
  );
  return rows.map((r) => ({
    id: r.id,
    bestandsnaam: r.bestandsnaam,
    formaat: r.formaat,
    gestartOp: new Date(r.gestart_op).toISOString(),
    klaarOp: new Date(r.klaar_op).toISOString(),
    regelsGeimporteerd: r.samenvatting.regelsGeimporteerd,
  }));
}

export async function laadImportSamenvatting(db: Queryable, importId: string): Promise<{ werkruimteId: string | null; samenvatting: ImportSamenvatting } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(importId)) return null;
  const { rows } = await db.query<{ werkruimte_id: string | null; samenvatting: ImportSamenvatting }>('select werkruimte_id, samenvatting from politie_imports where id = $1', [importId]);
  return rows[0] ? { werkruimteId: rows[0].werkruimte_id, samenvatting: rows[0].samenvatting } : null;
}
