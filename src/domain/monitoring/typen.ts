/**
 * Monitoring (stap 6): effectindicatoren met referentie- en streefwaarden, metingen en hun status.
 * Zuivere typen; de rekenregels staan in indicatoren.ts, het lezen en tonen van getallen in getallen.ts.
 */

import type { VeiligheidsmonitorReeks } from '../veiligheidsmonitor/reeks.ts';
export const eenheden = ['aantal', 'percentage', 'score', 'per-1000', 'per-10000'] as const;
export type Eenheid = (typeof eenheden)[number];
export const eenheidNamen: Record<Eenheid, string> = {
  aantal: 'aantal',
  percentage: 'percentage',
  score: 'score (rapportcijfer of schaalscore)',
  'per-1000': 'per 1.000 inwoners',
  'per-10000': 'per 10.000 inwoners',
};

/** Een aantal per zoveel van een groep: per 1.000 of per 10.000. */
export function isPerEenheid(e: Eenheid): e is 'per-1000' | 'per-10000' {
  return e === 'per-1000' || e === 'per-10000';
}

/** De standaardnoemer van per 1.000 en per 10.000. */
export const STANDAARD_NOEMER = 'inwoners';
/** Bekende noemers; ook een vrije tekst mag ('leerlingen', 'woningen'). */
export const bekendeNoemers = ['inwoners', 'jongeren van 12 tot en met 17 jaar', 'huishoudens'] as const;

/**
 * De eenheid voluit, met de noemer bij per 1.000 of per 10.000: 'per 1.000 jongeren van 12 tot en
 * met 17 jaar', 'per 10.000 inwoners'. Zonder noemer: inwoners.
 */
export function eenheidTekst(eenheid: Eenheid, noemer?: string | null): string {
  if (!isPerEenheid(eenheid)) return eenheidNamen[eenheid];
  const groep = noemer?.trim() || STANDAARD_NOEMER;
  return `${eenheid === 'per-1000' ? 'per 1.000' : 'per 10.000'} ${groep}`;
}

export const richtingen = ['lager-is-beter', 'hoger-is-beter'] as const;
export type Richting = (typeof richtingen)[number];
export const richtingNamen: Record<Richting, string> = { 'lager-is-beter': 'lager is beter', 'hoger-is-beter': 'hoger is beter' };

export const indicatorBronnen = ['politieregistratie', 'veiligheidsmonitor', 'gemeente', 'enquete', 'overig'] as const;
export type IndicatorBronSoort = (typeof indicatorBronnen)[number];
export const bronNamen: Record<IndicatorBronSoort, string> = {
  politieregistratie: 'Politieregistratie',
  veiligheidsmonitor: 'Veiligheidsmonitor',
  gemeente: 'Gemeentelijke registratie',
  enquete: 'Enquête',
  overig: 'Anders',
};

export const aarden = ['objectief', 'subjectief'] as const;
export type Aard = (typeof aarden)[number];

/**
 * De vormen van een streefwaarde zoals echte plannen ze schrijven (zie docs/indicatoren-rekenregels.md):
 * - waarde: een waarde voor een jaar ('130'), het pad loopt erheen (zoals altijd);
 * - relatief: een verandering ten opzichte van de referentie, per jaar ('vermindert met 2 % per
 *   jaar') of over de hele periode ('-10%'); `procent` en `basis`;
 * - plafond: niet boven deze waarde ('niet boven 5', 'maximaal 5');
 * - vloer: niet onder deze waarde ('minimaal 7');
 * - kwalitatief: een richting zonder getal ('afname', 'stabiel', 'toename'), beoordeeld aan de trend
 *   van de metingen; `koers`;
 * - reeks: dezelfde waarde voor elk jaar van `jaar` tot en met `totJaar` ('2019..2023: 130 per jaar').
 */
export const streefsoorten = ['waarde', 'relatief', 'plafond', 'vloer', 'kwalitatief', 'reeks'] as const;
export type Streefsoort = (typeof streefsoorten)[number];
export const streefsoortNamen: Record<Streefsoort, string> = {
  waarde: 'waarde',
  relatief: 'relatieve verandering',
  plafond: 'plafond (niet boven)',
  vloer: 'vloer (minimaal)',
  kwalitatief: 'kwalitatief (afname, stabiel, toename)',
  reeks: 'reeks van jaren (elk jaar dezelfde waarde)',
};
export const koersen = ['afname', 'stabiel', 'toename'] as const;
export type Koers = (typeof koersen)[number];
/** Relatief: per jaar (samengesteld: × (1 + p) per jaar) of één keer over de periode sinds de referentie. */
export const relatieveBases = ['per-jaar', 'periode'] as const;
export type RelatieveBasis = (typeof relatieveBases)[number];

export interface Streefwaarde {
  jaar: number;
  /**
   * Het niveau van de streefwaarde in de eenheid van de indicator: de waarde, het plafond, de vloer,
   * de waarde van elk jaar van de reeks. Bij relatief het niveau dat eruit volgt (referentie × (1 +
   * procent/100)^jaren), bij kwalitatief de referentiewaarde: beide rekent Kernplan bij elke
   * wijziging uit (vulAfgeleideWaarden), zodat wie alleen jaar en waarde leest een bruikbaar getal ziet.
   */
  waarde: number;
  /** Ontbreekt: 'waarde' (zoals vóór issue 16 opgeslagen). */
  soort?: Streefsoort;
  /** Relatief: de verandering in procenten, −2 is 2 % lager. */
  procent?: number;
  /** Relatief: per jaar of over de hele periode; ontbreekt: periode. */
  basis?: RelatieveBasis;
  /** Kwalitatief: de gewenste ontwikkeling. */
  koers?: Koers;
  /** Reeks: het laatste jaar (het eerste is `jaar`). */
  totJaar?: number;
}

/**
 * Eén meting. `periode` is een jaar ('2026') of een kwartaal ('2026-K3'). Een kwartaalmeting van een
 * aantal of een aantal per 1.000 is de telling over dat kwartaal (niet cumulatief).
 */
export interface Meting {
  periode: string;
  waarde: number;
  /**
   * Een vergelijkingswaarde die bij de meting hoort ('6 / 8': waarde 6, benchmark 8), bv. het
   * gemiddelde van vergelijkbare gemeenten of Nederland. Ontbreekt of null: geen.
   */
  benchmark?: number | null;
  /** Opmerking over de bron of de meting, bv. 'Veiligheidsmonitor 2025, gemeentelijke steekproef'. */
  toelichting: string;
  /** Marge van de enquête (halve breedte van het 95%-betrouwbaarheidsinterval, Veiligheidsmonitor); ontbreekt of null: geen. */
  marge?: number | null;
}

export interface Indicator {
  id: string;
  naam: string;
  /** De prioriteit (id uit de prioriteiten, bv. 'p1') of null bij een ander (strategisch) thema. */
  prioriteitId: string | null;
  /** Bij een overig of strategisch thema: het thema-id ('2.4') of het id van een strategisch thema. */
  themaId: string | null;
  /**
   * Een overkoepelende effectindicator: meet de strategische doelstelling van het hele plan
   * (hoofdstuk 2 van het IVP), niet één prioriteit; dan is `prioriteitId` null. Ontbreekt: false.
   */
  overkoepelend?: boolean;
  bron: IndicatorBronSoort;
  /** Nadere bron, bv. 'Veiligheidsmonitor, wijkniveau'. */
  bronToelichting: string;
  aard: Aard;
  eenheid: Eenheid;
  /**
   * Bij per 1.000 of per 10.000: de groep waarover geteld wordt ('inwoners', 'jongeren van 12 tot en
   * met 17 jaar' of vrije tekst). Ontbreekt: inwoners.
   */
  noemer?: string | null;
  richting: Richting;
  referentiejaar: number | null;
  referentiewaarde: number | null;
  /** Oplopend op jaar; de laatste is de eindstreefwaarde. */
  streefwaarden: Streefwaarde[];
  metingen: Meting[];
  /** Het account dat de metingen bijhoudt (gebruiker-id), of null. */
  eigenaarId: string | null;
  /**
   * Meetbron: een reeks uit de geïmporteerde politiecijfers. Dan komen de jaarmetingen uit elke
   * nieuwe import (aantal, of per 1.000 inwoners bij eenheid per-1000); null of afwezig: met de hand.
   */
  reeks?: PolitieReeks | null;
  /** Meetbron: een reeks van de Veiligheidsmonitor (regio x onderwerp); elke import schrijft dan de jaarmetingen met marge. */
  veiligheidsmonitor?: VeiligheidsmonitorReeks | null;
  /**
   * Hoort bij een regionale streefwaarde (issue 17, ADR 0023): de indicator van een regionale
   * werkruimte waarin deze gemeente ligt. Het regionale dashboard toont de lokale metingen ernaast.
   */
  regioKoppeling?: { werkruimteId: string; indicatorId: string } | null;
  /** Alleen zichtbaar voor leden met toegang vertrouwelijk; voor anderen bestaat de indicator niet. */
  vertrouwelijk?: boolean;
}

/** Hoort de indicator bij de strategische doelstelling van het hele plan (hoofdstuk 2)? */
export function isOverkoepelend(i: Pick<Indicator, 'overkoepelend' | 'prioriteitId'>): boolean {
  return i.overkoepelend === true && i.prioriteitId === null;
}

export interface PolitieReeks {
  /** CBS-code van de gemeente, een van de gemeenten van de werkruimte. */
  gemeentecode: string;
  /** Alle soorten misdrijf die bij dit thema horen (met de afwijkingen van de werkruimte)... */
  themaId: string | null;
  /** ...of precies deze codes ('1.1.1'); gaat voor het thema. */
  codes: string[];
}

/**
 * Hoe een meting wordt beoordeeld: langs het pad door de jaarlijkse streefwaarden (standaard), of
 * langs de rechte lijn van referentie naar alleen de eindstreefwaarde.
 */
export const beoordelingen = ['pad', 'eindstreefwaarde'] as const;
export type Beoordeling = (typeof beoordelingen)[number];

export const indicatorStatussen = ['op-koers', 'achter', 'onbekend'] as const;
export type IndicatorStatus = (typeof indicatorStatussen)[number];
export const statusNamen: Record<IndicatorStatus, string> = { 'op-koers': 'Op koers', achter: 'Achter', onbekend: 'Niet te beoordelen' };

/** Een meting met haar beoordeling. */
export interface BeoordeeldeMeting extends Meting {
  status: IndicatorStatus;
  /** Waarom deze status, in een zin voor de gebruiker. */
  uitleg: string;
  /** De waarde die het pad voor deze periode verwacht (voor een kwartaal: het kwartaaldeel), of null. */
  verwacht: number | null;
  /** Verandering ten opzichte van de referentiewaarde in procenten (een decimaal), of null. */
  veranderingProcent: number | null;
  /**
   * Alleen bij aantallen in jaarmetingen: is de verandering t.o.v. de referentie statistisch
   * betekenisvol (exacte toets, p < 0,05)? null als dat niet te toetsen is.
   */
  significant: boolean | null;
  /** Aantallen onder de 20 (referentie of meting): schommelen sterk, voorzichtig lezen. */
  volatiel: boolean;
  /** De vorm van de streefwaarde die deze meting beoordeelde, of null (geen streefwaarde; of alleen de benchmark). */
  streefsoort?: Streefsoort | null;
  /** Met een benchmark: is de meting beter, gelijk of slechter dan de benchmark (in de richting)? */
  tovBenchmark?: 'beter' | 'gelijk' | 'slechter' | null;
}
