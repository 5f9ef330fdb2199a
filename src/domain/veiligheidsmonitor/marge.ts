/**
 * De marge van een enquête in de status van een indicator. Het CBS publiceert bij elke uitkomst van
 * de Veiligheidsmonitor een marge: de halve breedte van het 95%-betrouwbaarheidsinterval (18,3 % ± 1,7
 * betekent: met 95 % betrouwbaarheid tussen 16,6 en 20,0 %). Een verschil met de streefwaarde dat
 * binnen die marge valt, is niet te onderscheiden van toeval in de steekproef.
 *
 * De regel (docs/veiligheidsmonitor.md):
 * - een meting die 'achter' is, maar waarvan het verschil met de verwachte waarde (het pad of de
 *   streefwaarde) niet groter is dan haar marge, heet 'binnen-marge' ('Binnen de marge'): niet op
 *   koers, maar ook niet aantoonbaar achter;
 * - 'op-koers' en 'onbekend' blijven wat ze zijn; zonder marge (null, ontbreekt, negatief of geen
 *   getal) verandert er niets;
 * - twee uitkomsten van de enquête (twee jaren, of een gemeente en Nederland) verschillen pas
 *   betekenisvol als het verschil groter is dan de wortel uit de som van de kwadraten van hun marges
 *   (onafhankelijke steekproeven; verschilBetekenisvol).
 * Zuiver, geen I/O.
 */
import type { IndicatorStatus } from '../monitoring/typen.ts';

/** De statussen met de marge erbij: 'binnen-marge' komt alleen uit een 'achter'. */
export type MargeStatus = IndicatorStatus | 'binnen-marge';
export const margeStatusNamen: Record<MargeStatus, string> = {
  'op-koers': 'Op koers',
  achter: 'Achter',
  onbekend: 'Niet te beoordelen',
  'binnen-marge': 'Binnen de marge',
};

/** Afronding van getallen met één of twee decimalen mag een grensgeval niet laten omslaan. */
const EPSILON = 1e-9;

function isMarge(marge: number | null | undefined): marge is number {
  return typeof marge === 'number' && Number.isFinite(marge) && marge >= 0;
}

/** Ligt `waarde` binnen de marge rond `doel` (|waarde − doel| ≤ marge)? Zonder bruikbare marge: false. */
export function binnenMarge(waarde: number, doel: number, marge: number | null | undefined): boolean {
  if (!isMarge(marge) || !Number.isFinite(waarde) || !Number.isFinite(doel)) return false;
  return Math.abs(waarde - doel) <= marge + EPSILON;
}

/** Getal op z'n Nederlands met hoogstens twee decimalen (18,3). */
function nl(x: number, minDecimalen = 0): string {
  return (Math.round(x * 100) / 100).toLocaleString('nl-NL', { minimumFractionDigits: minDecimalen, maximumFractionDigits: 2, useGrouping: false });
}

export interface MargeInvoer {
  status: IndicatorStatus;
  /** De gemeten waarde. */
  waarde: number;
  /** De waarde die het pad of de streefwaarde verwacht (BeoordeeldeMeting.verwacht), of null. */
  verwacht: number | null;
  /** De marge van de meting (Meting.marge), of null/afwezig. */
  marge?: number | null;
  /** De uitleg van de beoordeling; de regel voegt er een zin aan toe als de status verandert. */
  uitleg: string;
}

/**
 * De status met de marge erbij. Alleen 'achter' kan veranderen: in 'binnen-marge' als het verschil
 * met `verwacht` niet groter is dan de marge; de uitleg zegt dat dan.
 */
export function statusMetMarge(m: MargeInvoer): { status: MargeStatus; uitleg: string } {
  if (m.status !== 'achter' || m.verwacht === null || !binnenMarge(m.waarde, m.verwacht, m.marge)) return { status: m.status, uitleg: m.uitleg };
  const verschil = Math.abs(m.waarde - m.verwacht);
  return {
    status: 'binnen-marge',
    uitleg:
      `${m.uitleg} Het verschil van ${nl(verschil)} valt binnen de marge van ± ${nl(m.marge!)} van de enquête ` +
      '(95%-betrouwbaarheid): niet aantoonbaar achter.',
  };
}

/**
 * Verschillen twee uitkomsten van de enquête betekenisvol (95 %)? Als |a − b| groter is dan
 * √(margeA² + margeB²). Zonder marge bij een van beide: null (niet te zeggen).
 */
export function verschilBetekenisvol(a: number, margeA: number | null | undefined, b: number, margeB: number | null | undefined): boolean | null {
  if (!isMarge(margeA) || !isMarge(margeB)) return null;
  return Math.abs(a - b) > Math.sqrt(margeA * margeA + margeB * margeB) + EPSILON;
}

/** Een waarde met haar marge zoals Kernplan hem toont: '18,3 % ± 1,7', '7,3 ± 0,1'; zonder marge alleen de waarde. */
export function metMargeTekst(waarde: number, marge: number | null | undefined, eenheid: '%' | '' = ''): string {
  const w = `${nl(waarde, 1)}${eenheid ? ` ${eenheid}` : ''}`;
  return isMarge(marge) ? `${w} ± ${nl(marge, 1)}` : w;
}
