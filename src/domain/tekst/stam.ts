/**
 * De stam van een Nederlands woord, zodat enkelvoud en meervoud en verbogen vormen elkaar vinden
 * ("peuterspeelzaal" en "peuterspeelzalen", "woninginbraak" en "woninginbraken", "ondermijning" en
 * "ondermijnende"). Het algoritme is de Snowball-stemmer voor het Nederlands uit het pakket
 * `@orama/stemmers`; hier staan alleen het normaliseren eromheen en het opdelen van tekst in woorden.
 * Zuiver, zonder I/O: bruikbaar voor de classificatie van prioriteiten en later voor het zoeken in methoden.
 */
import { stemmer } from '@orama/stemmers/dutch';
import { normaliseerZoektekst } from './zoektekst.ts';

/** Woorden die in een titel niets over het onderwerp zeggen. */
const STOPWOORDEN = new Set([
  'aan', 'al', 'alle', 'als', 'andere', 'bij', 'daar', 'dat', 'de', 'deze', 'die', 'dit', 'door', 'een', 'eigen',
  'en', 'er', 'etc', 'het', 'hun', 'in', 'incl', 'is', 'je', 'met', 'na', 'naar', 'niet', 'of', 'om', 'onder', 'ons',
  'onze', 'op', 'over', 'rond', 'rondom', 'te', 'ten', 'ter', 'tot', 'tussen', 'uit', 'van', 'via', 'voor', 'waar',
  'waaronder', 'wat', 'we', 'wij', 'zijn', 'zo', 'ook', 'o.a', 'oa', 'e.d', 'ed', 'die', 'meer', 'minder',
]);

/** Of een (genormaliseerd) woord een stopwoord is. */
export function isStopwoord(woord: string): boolean {
  return STOPWOORDEN.has(woord);
}

/**
 * De stam van één woord: kleine letters, zonder accenten, dan de Snowball-stemmer.
 * Getallen en woorden van één teken blijven zoals ze zijn.
 */
export function stam(woord: string): string {
  const w = normaliseerZoektekst(woord);
  if (w.length < 2 || /^\d+$/.test(w)) return w;
  return gelijkKlank(stemmer(w));
}

/**
 * Wat de Snowball-stemmer laat staan: de wisseling f/v en s/z aan het eind en de dubbele klinker die in
 * het meervoud enkel wordt ("roof"/"roven", "huis"/"huizen", "brief"/"brieven"). Beide vormen krijgen
 * dezelfde stam: v wordt f, z wordt s, en een dubbele klinker voor de laatste medeklinker wordt enkel.
 */
function gelijkKlank(s: string): string {
  const t = s.replace(/v$/, 'f').replace(/z$/, 's');
  return t.replace(/(aa|ee|oo|uu)([^aeiouy])$/, (_, klinker: string, medeklinker: string) => klinker[0]! + medeklinker);
}

export interface Woord {
  /** Het woord zoals het in de tekst stond. */
  woord: string;
  /** Genormaliseerd (kleine letters, zonder accenten). */
  vorm: string;
  stam: string;
}

/**
 * Deelt tekst op in woorden met hun stam. Leestekens en haakjes scheiden woorden; een schuine streep,
 * ampersand of koppelteken tussen woorden ook ("Vandalisme/Overlast", "zorg- en veiligheidshuis").
 * Stopwoorden vallen weg tenzij `metStopwoorden`.
 */
export function woordenMetStam(tekst: string, metStopwoorden = false): Woord[] {
  const uit: Woord[] = [];
  for (const stuk of tekst.split(/[\s,;:()[\]/&+"'’‘“”.!?–—-]+/u)) {
    const woord = stuk.trim();
    if (!woord) continue;
    const vorm = normaliseerZoektekst(woord).replace(/[^\p{L}\p{N}]/gu, '');
    if (vorm.length < 2) continue;
    if (!metStopwoorden && isStopwoord(vorm)) continue;
    uit.push({ woord, vorm, stam: stam(vorm) });
  }
  return uit;
}
