/**
 * Zoeken met Nederlandse woordstammen: een zoekwoord vindt een veld als het er letterlijk in staat (zoals
 * in zoektekst.ts, ook als deel van een woord: "inbr" vindt "inbraak"), of anders als zijn stam (stam.ts,
 * Snowball) er als stam van een woord in staat. Zo vinden enkelvoud en meervoud elkaar
 * ("peuterspeelzaal" en "peuterspeelzalen", "straatroof" en "straatroven"); een stam van minstens vijf
 * tekens vindt ook het deel van een samenstelling ("speelzaal" vindt "peuterspeelzalen"). De score
 * rekent zoals scoreGenormaliseerd: elk woord moet ergens staan, het zwaarste veld telt, plus een kleine
 * bonus per vindplaats. Zuiver, zonder I/O.
 */
import { stam, woordenMetStam } from './stam.ts';
import { maakFragment, normaliseerZoektekst, splitsZoekvraag, type Zoekveld } from './zoektekst.ts';

/** Een veld met zijn genormaliseerde tekst en de stammen van zijn woorden (gescheiden door spaties, met een spatie vooraan en achteraan). */
export interface StamVeld extends Zoekveld {
  stammen: string;
}

export interface Zoekwoord {
  /** Genormaliseerd, zoals splitsZoekvraag het geeft. */
  vorm: string;
  stam: string;
}

/** Een stam van zoveel tekens vindt ook het deel van een samengesteld woord. */
const DEEL_VANAF = 5;

/**
 * De stam voor het zoeken: die van stam.ts, met een dubbele medeklinker aan het eind enkel. De
 * Snowball-stemmer maakt van "diefstallen" "diefstall" maar laat "diefstal" staan; zo vinden ze elkaar.
 */
export function zoekstam(woord: string): string {
  return stam(woord).replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1');
}

/** Normaliseert velden en zet er de stammen van hun woorden bij; eenmalig per document (zoekindex). */
export function stamVelden(velden: readonly Zoekveld[]): StamVeld[] {
  return velden.map((v) => ({
    tekst: normaliseerZoektekst(v.tekst),
    gewicht: v.gewicht,
    stammen: ` ${woordenMetStam(v.tekst, true)
      .map((w) => zoekstam(w.vorm))
      .join(' ')} `,
  }));
}

/** De woorden van een zoekvraag met hun stam. */
export function zoekwoorden(vraag: string): Zoekwoord[] {
  return splitsZoekvraag(vraag).map((vorm) => ({ vorm, stam: zoekstam(vorm) }));
}

function tel(tekst: string, deel: string): number {
  return deel ? tekst.split(deel).length - 1 : 0;
}

/** Hoe vaak een zoekwoord in een veld staat: letterlijk, en anders als stam. */
export function vindplaatsen(woord: Zoekwoord, veld: StamVeld): number {
  const letterlijk = tel(veld.tekst, woord.vorm);
  if (letterlijk > 0) return letterlijk;
  if (woord.stam.length < 2) return 0;
  return woord.stam.length >= DEEL_VANAF ? tel(veld.stammen, woord.stam) : tel(veld.stammen, ` ${woord.stam} `);
}

/** Score van een document: 0 als een zoekwoord nergens staat (letterlijk of als stam). */
export function scoreMetStam(woorden: readonly Zoekwoord[], velden: readonly StamVeld[]): number {
  if (woorden.length === 0) return 0;
  let totaal = 0;
  for (const woord of woorden) {
    let beste = 0;
    let aantal = 0;
    for (const veld of velden) {
      const n = vindplaatsen(woord, veld);
      if (n > 0 && veld.gewicht > beste) beste = veld.gewicht;
      aantal += n;
    }
    if (beste === 0) return 0;
    totaal += beste + Math.min(aantal, 20) * 0.1;
  }
  return totaal;
}

/**
 * Een fragment rond de eerste treffer van de eerste tekst waarin een zoekwoord staat (letterlijk of als
 * stam); zonder treffer de eerste tekst.
 */
export function fragmentMetStam(teksten: readonly string[], woorden: readonly Zoekwoord[]): string {
  const vormen = woorden.map((w) => w.vorm);
  const letterlijk = teksten.find((t) => vormen.some((v) => normaliseerZoektekst(t).includes(v)));
  if (letterlijk !== undefined) return maakFragment(letterlijk, vormen);
  for (const t of teksten) {
    // The words of the text whose stem a search word matches ("straatroof" for "straatroven"): the fragment starts at the first.
    const treffers = woordenMetStam(t, true)
      .filter((x) => {
        const st = zoekstam(x.vorm);
        return woorden.some((w) => (w.stam.length >= DEEL_VANAF ? st.includes(w.stam) : st === w.stam));
      })
      .map((x) => x.vorm);
    if (treffers.length > 0) return maakFragment(t, treffers);
  }
  return maakFragment(teksten[0] ?? '', vormen);
}
