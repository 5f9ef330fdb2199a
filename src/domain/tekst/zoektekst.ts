/**
 * Zoeken in Nederlandse tekst: hoofdletters en accenten tellen niet mee
 * ("Coördinator" = "coordinator", "Criminaliteit" = "criminaliteit").
 */

/** Maakt tekst vergelijkbaar: kleine letters, zonder diakrieten, witruimte samengevoegd. */
export function normaliseerZoektekst(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splitst een zoekvraag in genormaliseerde woorden (lege vraag: geen woorden). */
export function splitsZoekvraag(vraag: string): string[] {
  return normaliseerZoektekst(vraag)
    .split(/[\s,;]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

export interface Zoekveld {
  tekst: string;
  /** Zwaarte van een treffer in dit veld (naam zwaarder dan lopende tekst). */
  gewicht: number;
}

/**
 * Score van een document voor een zoekvraag: elk woord moet ergens voorkomen (EN), anders 0.
 * De score telt per woord het zwaarste veld waarin het staat, plus een kleine bonus per
 * vindplaats (hooguit 20), zodat bij gelijke velden het document waarin het woord het vaakst
 * voorkomt voorgaat.
 */
export function scoreDocument(woorden: string[], velden: Zoekveld[]): number {
  return scoreGenormaliseerd(woorden, normaliseerVelden(velden));
}

/** Normaliseert de velden van een document eenmalig, voor een zoekindex. */
export function normaliseerVelden(velden: Zoekveld[]): Zoekveld[] {
  return velden.map((v) => ({ tekst: normaliseerZoektekst(v.tekst), gewicht: v.gewicht }));
}

/** Als scoreDocument, voor velden die al met normaliseerVelden zijn genormaliseerd. */
export function scoreGenormaliseerd(woorden: string[], genormaliseerd: Zoekveld[]): number {
  if (woorden.length === 0) return 0;
  let totaal = 0;
  for (const woord of woorden) {
    let beste = 0;
    let vindplaatsen = 0;
    for (const veld of genormaliseerd) {
      const aantal = veld.tekst.split(woord).length - 1;
      if (aantal > 0 && veld.gewicht > beste) beste = veld.gewicht;
      vindplaatsen += aantal;
    }
    if (beste === 0) return 0;
    totaal += beste + Math.min(vindplaatsen, 20) * 0.1;
  }
  return totaal;
}

/** Een fragment van ongeveer `lengte` tekens rond de eerste treffer, voor in een zoekresultaat. */
export function maakFragment(tekst: string, woorden: string[], lengte = 160): string {
  const genormaliseerd = normaliseerZoektekst(tekst);
  // NFD-normalisatie verandert de lengte niet voor tekens zonder accent; voor tekens met accent
  // valt het diakritische teken weg. We zoeken daarom per woord in een index-afbeelding.
  const kaart: number[] = [];
  const vlak: string[] = [];
  Array.from(tekst).forEach((teken, i) => {
    const n = normaliseerZoektekst(teken) || (teken.trim() === '' ? ' ' : '');
    for (const c of n) {
      vlak.push(c);
      kaart.push(i);
    }
  });
  const vlakTekst = vlak.join('');
  let positie = -1;
  for (const woord of woorden) {
    const p = vlakTekst.indexOf(woord);
    if (p >= 0 && (positie < 0 || p < positie)) positie = p;
  }
  const tekens = Array.from(tekst);
  if (positie < 0 || genormaliseerd.length <= lengte) {
    return tekens.length <= lengte ? tekst : `${tekens.slice(0, lengte).join('').trimEnd()}…`;
  }
  const start = Math.max(0, (kaart[positie] ?? 0) - Math.floor(lengte / 3));
  const eind = Math.min(tekens.length, start + lengte);
  return `${start > 0 ? '…' : ''}${tekens.slice(start, eind).join('').trim()}${eind < tekens.length ? '…' : ''}`;
}
