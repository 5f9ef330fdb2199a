/**
 * Monitoring (stap 6): effectindicatoren met referentie- en streefwaarden, metingen en hun status.
 * Zuivere typen; de rekenregels staan in indicatoren.ts, het lezen en tonen van getallen in getallen.ts.
 */

export const eenheden = ['aantal', 'percentage', 'score', 'per-1000'] as const;
export type Eenheid = (typeof eenheden)[number];
export const eenheidNamen: Record<Eenheid, string> = {
  aantal: 'aantal',
  percentage: 'percentage',
  score: 'score (rapportcijfer of schaalscore)',
  'per-1000': 'per 1.000 inwoners',
};

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

export interface Streefwaarde {
  jaar: number;
  waarde: number;
}

/**
 * Eén meting. `periode` is een jaar ('2026') of een kwartaal ('2026-K3'). Een kwartaalmeting van een
 * aantal of een aantal per 1.000 is de telling over dat kwartaal (niet cumulatief).
 */
export interface Meting {
  periode: string;
  waarde: number;
  /** Opmerking over de bron of de meting, bv. 'Veiligheidsmonitor 2025, gemeentelijke steekproef'. */
  toelichting: string;
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
}
