/**
 * Politiecijfers lezen voor een werkruimte: de rijen van haar gemeente(n), opgeteld per thema, veld
 * of soort, per 1.000 inwoners, met trend, vergelijking met gemeenten van dezelfde grootte en de
 * begrotingsindicatoren. De cijfers zelf zijn landelijk (zie de ADR 0009); de werkruimte bepaalt
 * welke gemeenten en welke afwijkende themakoppeling gelden.
 */
import {
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
import { bbvAanvulling, bbvWaardeUitCbs } from '../../domain/politie/cijfers.ts';
import { type BbvId, haltWaarde } from '../../domain/politie/bbv.ts';
import { cbsGroepVoorBbv } from '../../domain/politie/cbs-groepen.ts';
import { laadCbsGroepen } from './cbs-groepen-opslag.ts';
import { aanwezigInAlle, aggregeerMetDekking, type Dekking, dekkingKort, dekkingUit, dekkingVan, vergelijkingGeweigerd } from '../../domain/politie/dekking.ts';
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
import { gebiedssomJaren, gebiedssommen } from './gebiedssommen.ts';

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
  /** Welke soorten van de sleutel in de rij zitten; `volledig` false: de som is niet het hele thema of veld. */
  dekking: Dekking;
}

/**
 * Aantallen per regio, periode en thema (of veld, of soort) voor de gemeenten van een werkruimte, elk
 * met zijn dekking (zie domain/politie/dekking.ts).
 */
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
  const uit: AggregaatRij[] = aggregeerMetDekking(rijen, groep, afwijkingen).map((a) => ({
    ...a,
    regioNaam: regioNaam(a.regio),
    naam: groepNaam(groep, a.sleutel),
    per1000: a.maand === 0 ? per1000(a.aantal, inwoners(a.regio, a.jaar)?.aantal) : null,
  }));
  return { groep, gemeenten, codes: Object.fromEntries(groepen(groep, afwijkingen)), rijen: uit };
}

/** Eén jaar van een reeks, met de dekking van dat jaar. */
export interface ReeksPunt {
  jaar: number;
  aantal: number | null;
  per1000: number | null;
  dekking: Dekking;
}

export interface ThemaReeks {
  themaId: string;
  naam: string;
  veld: number;
  codes: string[];
  reeks: ReeksPunt[];
  trend: Trend | null;
  /** Over alle jaren: een soort is aanwezig als hij in elk jaar van de reeks zit. */
  dekking: Dekking;
}

export interface GemeenteOverzicht {
  code: string;
  naam: string;
  inwoners: Inwoners | null;
  /** The years whose figures are the sum of districts or neighbourhoods (no row of the municipality itself), e.g. { jaar: 2024, herkomst: 'som van 517 buurten' }. */
  gebiedssommen?: { jaar: number; herkomst: string }[];
  jaren: number[];
  themas: ThemaReeks[];
  velden: { veld: number; naam: string; codes: string[]; reeks: ReeksPunt[]; trend: Trend | null; dekking: Dekking }[];
  totaal: ReeksPunt[];
}

/** Per gemeente van de werkruimte: per thema en veld de reeks over de jaren, per 1.000 inwoners en de trend. */
export async function overzichtVoorWerkruimte(db: Queryable, werkruimteId: string): Promise<{ gemeenten: GemeenteOverzicht[] }> {
  const gemeenten = await gemeentenVan(db, werkruimteId);
  const afwijkingen = await laadAfwijkingen(db, werkruimteId);
  const rijen = await laadRijen(db, { regios: gemeenten });
  // A year without a row of the municipality itself (a data.politie.nl download per neighbourhood): the sum of its districts or neighbourhoods, named in `gebiedssommen` (issue 16, point 6).
  rijen.push(...(await gebiedssommen(db, gemeenten, rijen)));
  rijen.sort((a, b) => (a.regio < b.regio ? -1 : a.regio > b.regio ? 1 : a.jaar - b.jaar));
  const inwoners = await laadInwoners(db, gemeenten);
  const themas = groepen('thema', afwijkingen);
  const velden = groepen('veld', afwijkingen);
  return {
    gemeenten: gemeenten.map((code) => {
      const eigen = rijen.filter((r) => r.regio === code);
      const jaren = eigen.map((r) => r.jaar);
      const reeks = (codes: string[]): ReeksPunt[] =>
        eigen.map((r) => {
          const aantal = somVan(r.aantallen, codes);
          return { jaar: r.jaar, aantal, per1000: per1000(aantal, inwoners(code, r.jaar)?.aantal), dekking: dekkingVan(r.aantallen, codes) };
        });
      const overAlles = aanwezigInAlle(eigen);
      return {
        code,
        naam: regioNaam(code),
        gebiedssommen: gebiedssomJaren(eigen),
        inwoners: inwoners(code, jaren.at(-1) ?? 2024),
        jaren,
        themas: [...themas].map(([themaId, codes]) => {
          const r = reeks(codes);
          return { themaId, naam: groepNaam('thema', themaId), veld: Number(themaId.split('.')[0]), codes, reeks: r, trend: trend(r), dekking: dekkingUit(codes, overAlles) };
        }),
        velden: [...velden].map(([veld, codes]) => {
          const r = reeks(codes);
          return { veld: Number(veld), naam: groepNaam('veld', veld), codes, reeks: r, trend: trend(r), dekking: dekkingUit(codes, overAlles) };
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
  /** De officiële definitie (waarstaatjegemeente.nl) en de bron van het officiële cijfer (issue 16). */
  definitie?: string | undefined;
  officieleBron?: string | undefined;
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
  // Geweld and vernielingen from the official CBS groups (83648NED), where imported (issue 16, point 1).
  const cbs = await laadCbsGroepen(db, [...gemeenten, 'NL01']);
  const inwonersVanJaar = (code: string, jaar: number) => {
    const gevonden = inwoners(code, jaar);
    return gevonden && gevonden.jaar === jaar ? gevonden.aantal : null;
  };
  /** Per year the CBS figure where it is stored for this municipality, else the figure from police types. */
  const metCbs = (id: string, code: string, uitPolitie: IndicatorWaarde[]): IndicatorWaarde[] => {
    const groep = cbsGroepVoorBbv(id);
    if (!groep) return uitPolitie;
    const eigen = cbs.filter((x) => x.regiocode === code && x.groep === groep.sleutel);
    if (eigen.length === 0) return uitPolitie;
    const jaren = [...new Set([...uitPolitie.map((w) => w.jaar), ...eigen.map((x) => x.jaar)])].sort((a, b) => a - b);
    return jaren.map((jaar) => {
      const c = eigen.find((x) => x.jaar === jaar);
      if (!c) return uitPolitie.find((w) => w.jaar === jaar)!;
      const nl = cbs.find((x) => x.regiocode === 'NL01' && x.groep === groep.sleutel && x.jaar === jaar) ?? null;
      return bbvWaardeUitCbs(id as BbvId, jaar, c, inwonersVanJaar(code, jaar), nl);
    });
  };
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
          definitie: b.definitie,
          officieleBron: b.officieleBron,
          waarden:
            b.codes.length === 0
              ? halt
                  .filter((h) => h.gemeentecode === code)
                  .sort((x, y) => x.jaar - y.jaar)
                  .map((h) => ({
                    jaar: h.jaar,
                    aantal: h.verwijzingen,
                    inwoners: h.jongeren,
                    waarde: haltWaarde(h.verwijzingen, h.jongeren),
                    eenheid: 'per 1.000 jongeren van 12-17 jaar',
                    per10000: haltWaarde(h.verwijzingen, h.jongeren, 'per 10.000 jongeren van 12-17 jaar'),
                    landelijk: null,
                    landelijkBron: null,
                  }))
              : metCbs(b.id, code, rijen
                  .filter((r) => r.regio === code)
                  .map((r): IndicatorWaarde => {
                    const aantal = somVan(r.aantallen, b.codes);
                    // Each year's rate uses that year's population (1 January); the shipped 2024 figure only for 2024 (BBV, issue 16).
                    const gevonden = inwoners(code, r.jaar);
                    const inw = gevonden && gevonden.jaar === r.jaar ? gevonden : null;
                    const som = sommen.find((s) => s.jaar === r.jaar && s.n >= alleGemeenten)?.som;
                    return {
                      jaar: r.jaar,
                      herkomst: r.herkomst,
                      aantal,
                      inwoners: inw?.aantal ?? null,
                      waarde: per1000(aantal, inw?.aantal),
                      ...landelijkeWaarde(b.codes, r.jaar, { nl00: nl00.find((n) => n.jaar === r.jaar), somGemeenten: som }),
                      ...bbvAanvulling(b.id, r.aantallen, r.jaar),
                    };
                  })),
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

/** Een thema in de vergelijking van een eigen gemeente. */
export interface VergelijkingThema {
  themaId: string;
  naam: string;
  /** Het eigen aantal per 1.000 inwoners; ook als het onvolledig is (dan zegt `dekking` dat). */
  per1000: number | null;
  dekking: Dekking;
  /** false: het eigen cijfer is onvolledig of onbekend; dan geen gemiddelde en geen plaats, en `reden` zegt waarom. */
  vergelijkbaar: boolean;
  reden: string | null;
  /** Gemiddelde van de gemeenten met een volledig cijfer voor dit thema. */
  gemiddelde: number | null;
  /** 1: het laagste aantal per 1.000 inwoners van de klasse. */
  plaats: number | null;
  van: number;
  /** Gemeenten van de klasse die voor dit thema niet meetellen omdat hun cijfer onvolledig is. */
  weggelaten: { code: string; naam: string; reden: string }[];
}

/**
 * Vergelijking met gemeenten van dezelfde grootteklasse die ook zijn ingelezen: per thema het
 * aantal per 1.000 inwoners van de eigen gemeente, het gemiddelde van de klasse en de plaats. Een
 * gemeente zonder eigen rij maar met wijken of buurten telt mee met hun som (`herkomst` zegt dat).
 * Alleen volledige cijfers worden vergeleken (issue 16, punt 2): is het eigen cijfer van een thema
 * onvolledig, dan weigert de vergelijking dat thema met de reden; is dat van een andere gemeente
 * onvolledig, dan telt die gemeente voor dat thema niet mee (`weggelaten`, met de reden).
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
  // Per gemeente de soorten met een bekend aantal: van haar eigen rij, of in elk van de opgetelde gebieden.
  const aanwezig = new Map(rijen.map((r) => [r.regio, aanwezigInAlle([r])]));
  // Gemeenten met alleen wijken of buurten in de import (zoals een download van data.politie.nl): hun som.
  const metGemeenterij = new Set(rijen.map((r) => r.regio));
  const zonder = (
    await db.query<{ gemeente: string }>(`select distinct gemeente from (${zichtbareCijfers(`maand = 0 and jaar = $1 and niveau in ('wijk', 'buurt')`, 'gemeente')}) as c`, [laatste])
  ).rows
    .map((r) => r.gemeente)
    .filter((g) => !metGemeenterij.has(g));
  if (zonder.length > 0) {
    const gebieden = await laadRijen(db, { gemeenten: zonder, niveaus: ['wijk', 'buurt'], jaarVan: laatste, jaarTot: laatste });
    for (const g of zonder) {
      const van = gebieden.filter((r) => r.regio.slice(2, 6) === g.slice(2));
      rijen.push(...gemeenteJaarrijen(van, g));
      // The same areas gemeenteJaarrijen adds up: the districts, or without districts the neighbourhoods.
      const wijken = van.filter((r) => r.regio.startsWith('WK'));
      aanwezig.set(g, aanwezigInAlle(wijken.length ? wijken : van.filter((r) => r.regio.startsWith('BU'))));
    }
  }
  const inwoners = await laadInwoners(db, rijen.map((r) => r.regio));
  const themas = groepen('thema', afwijkingen);
  const metInwoners = rijen.map((r) => ({ r, inw: inwoners(r.regio, laatste)?.aantal ?? null })).filter((x) => x.inw !== null);
  return {
    jaar: laatste,
    gemeenten: eigen.map((code) => {
      const zelf = metInwoners.find((x) => x.r.regio === code);
      if (!zelf) return { code, naam: regioNaam(code), klasse: null, herkomst: null, vergeleken: [], themas: [] as VergelijkingThema[] };
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
        themas: [...themas].map(([themaId, codes]): VergelijkingThema => {
          const naam = groepNaam('thema', themaId);
          const dekkingVan = (regio: string) => dekkingUit(codes, aanwezig.get(regio) ?? new Set());
          const dekking = dekkingVan(code);
          const eigenWaarde = per1000(somVan(zelf.r.aantallen, codes), zelf.inw);
          const basis = { themaId, naam, per1000: eigenWaarde, dekking };
          const geweigerd = vergelijkingGeweigerd(`Thema ${themaId} ${naam} van ${regioNaam(code)} (${laatste})`, dekking);
          if (geweigerd || eigenWaarde === null) {
            const reden = geweigerd ?? `Thema ${themaId} ${naam} van ${regioNaam(code)} (${laatste}) wordt niet vergeleken: er is geen aantal of geen inwonertal.`;
            return { ...basis, vergelijkbaar: false, reden, gemiddelde: null, plaats: null, van: 0, weggelaten: [] };
          }
          const weggelaten: VergelijkingThema['weggelaten'] = [];
          const waarden: { code: string; per1000: number }[] = [];
          for (const x of groep) {
            const d = dekkingVan(x.r.regio);
            const w = per1000(somVan(x.r.aantallen, codes), x.inw);
            if (!d.volledig) weggelaten.push({ code: x.r.regio, naam: regioNaam(x.r.regio), reden: `thema ${themaId} ${dekkingKort(d)}` });
            else if (w !== null) waarden.push({ code: x.r.regio, per1000: w });
          }
          const gemiddelde = Math.round((waarden.reduce((s, w) => s + w.per1000, 0) / waarden.length) * 100) / 100;
          const gesorteerd = [...waarden].sort((a, b) => a.per1000 - b.per1000);
          return {
            ...basis,
            vergelijkbaar: true,
            reden: null,
            gemiddelde,
            plaats: gesorteerd.findIndex((w) => w.code === code) + 1,
            van: waarden.length,
            weggelaten,
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
