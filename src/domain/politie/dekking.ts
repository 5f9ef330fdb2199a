/**
 * De dekking van een cijfer per thema, veld of begrotingsindicator: welke van zijn soorten misdrijf in
 * de ingelezen gegevens zitten. Een som over een deel van de soorten van een thema is niet het thema;
 * zo'n cijfer heet hier "onvolledig" en wordt niet vergeleken of gerangschikt (issue 16, punt 2).
 *
 * Wat "in de gegevens" betekent (docs/politiecijfers-themakoppeling.md, "Dekking"):
 * - Een soort is aanwezig voor een regio en periode als er een bekend aantal voor is ingelezen, ook 0.
 * - Een soort die niet in het bestand stond, of waarvan het aantal onbekend was (bij CBS een punt),
 *   ontbreekt: de opslag kent voor beide alleen "onbekend" (zie opslagrij.ts), en het aantal telt in
 *   geen van beide gevallen mee in de som.
 * - Bij een som over meer regio's (de wijken of buurten van een gemeente) of perioden is een soort
 *   alleen aanwezig als hij in elk van de opgetelde rijen aanwezig is; anders is ook de som van die
 *   soort onvolledig.
 * Zuivere code, zonder I/O.
 */
import { type Aggregaat, type CijferRij, type Groep, groepen, somVan } from './cijfers.ts';
import { misdrijfsoorten, vindMisdrijfsoort } from './misdrijfsoorten.ts';

export interface Dekking {
  /** De soorten misdrijf die bij het cijfer horen (volgens de themakoppeling van de werkruimte). */
  codes: string[];
  /** Daarvan: met een bekend aantal (ook 0) in de ingelezen gegevens. */
  aanwezig: string[];
  /** Daarvan: niet in de gegevens, of met een onbekend aantal. */
  ontbrekend: string[];
  /** Alle soorten zijn aanwezig (en er is minstens één soort). */
  volledig: boolean;
}

const indexVan = new Map(misdrijfsoorten.map((m, i) => [m.code, i]));

function bekend(aantallen: readonly (number | null)[], code: string): boolean {
  const v = aantallen[indexVan.get(code) ?? -1];
  return v !== null && v !== undefined;
}

/** De dekking van deze codes als `aanwezig` zegt welke codes in de gegevens zitten. */
export function dekkingUit(codes: readonly string[], aanwezig: ReadonlySet<string> | ((code: string) => boolean)): Dekking {
  const is = typeof aanwezig === 'function' ? aanwezig : (c: string) => aanwezig.has(c);
  const ja: string[] = [];
  const nee: string[] = [];
  for (const c of codes) (is(c) ? ja : nee).push(c);
  return { codes: [...codes], aanwezig: ja, ontbrekend: nee, volledig: codes.length > 0 && nee.length === 0 };
}

/** De dekking van één rij (één regio in één periode) voor deze codes. */
export function dekkingVan(aantallen: readonly (number | null)[], codes: readonly string[]): Dekking {
  return dekkingUit(codes, (c) => bekend(aantallen, c));
}

/**
 * De soorten met een bekend aantal in elk van deze rijen (regio's of perioden die samen één som zijn).
 * Zonder rijen: geen.
 */
export function aanwezigInAlle(rijen: readonly { aantallen: readonly (number | null)[] }[]): Set<string> {
  const uit = new Set<string>();
  if (rijen.length === 0) return uit;
  for (const m of misdrijfsoorten) if (rijen.every((r) => bekend(r.aantallen, m.code))) uit.add(m.code);
  return uit;
}

/** De dekking van een som over rijen (regio's of perioden): een soort is aanwezig als hij in elke rij een bekend aantal heeft. */
export function dekkingVanRijen(rijen: readonly { aantallen: readonly (number | null)[] }[], codes: readonly string[]): Dekking {
  return dekkingUit(codes, aanwezigInAlle(rijen));
}

/**
 * Dekkingen van delen samen, voor een som van de delen: de codes van alle delen; aanwezig wat in elk deel
 * dat de code kent aanwezig is. Voor een som over regio's met dezelfde codes (wijken van een gemeente)
 * en voor een veld als som van zijn thema's.
 */
export function combineer(delen: readonly Dekking[]): Dekking {
  const codes: string[] = [];
  const ontbreekt = new Set<string>();
  for (const d of delen) {
    for (const c of d.codes) if (!codes.includes(c)) codes.push(c);
    for (const c of d.ontbrekend) ontbreekt.add(c);
  }
  return dekkingUit(codes, (c) => !ontbreekt.has(c));
}

export type AggregaatMetDekking = Aggregaat & { dekking: Dekking };

/** Als `aggregeer` in cijfers.ts, met bij elke som zijn dekking. */
export function aggregeerMetDekking(rijen: readonly CijferRij[], groep: Groep, afwijkingen?: ReadonlyMap<string, string | null>): AggregaatMetDekking[] {
  const indeling = groepen(groep, afwijkingen);
  const uit: AggregaatMetDekking[] = [];
  for (const r of rijen) {
    for (const [sleutel, codes] of indeling) {
      uit.push({ regio: r.regio, jaar: r.jaar, maand: r.maand, sleutel, aantal: somVan(r.aantallen, codes), dekking: dekkingVan(r.aantallen, codes) });
    }
  }
  return uit;
}

const soorten = (n: number) => `${n} ${n === 1 ? 'soort' : 'soorten'}`;

/** Kort, naast een cijfer: "onvolledig (1 van 20 soorten)" of "volledig (20 van 20 soorten)". */
export function dekkingKort(d: Dekking): string {
  return `${d.volledig ? 'volledig' : 'onvolledig'} (${d.aanwezig.length} van ${soorten(d.codes.length)})`;
}

/** "1.2.3 Diefstal van brom-, snor-, fietsen" */
export function codeMetTitel(code: string): string {
  const t = vindMisdrijfsoort(code)?.titel;
  return t ? `${code} ${t}` : code;
}

/** Codes als opsomming, hoogstens `max` met titel en dan "en nog n". */
export function codesTekst(codes: readonly string[], max = 25): string {
  const getoond = codes.slice(0, max).map(codeMetTitel);
  const rest = codes.length - getoond.length;
  return rest > 0 ? `${getoond.join(', ')} en nog ${rest}` : getoond.join(', ');
}

/** Een zin over de dekking, zoals de pagina's hem geven; `metOntbrekend` false: zonder de lijst van ontbrekende soorten (die staat er dan apart bij). */
export function dekkingZin(d: Dekking, metOntbrekend = true): string {
  if (d.codes.length === 0) return 'Bij dit cijfer horen geen soorten misdrijf uit de politiecijfers.';
  if (d.volledig) return `Volledig: alle ${soorten(d.codes.length)} misdrijf zitten in de ingelezen cijfers.`;
  if (d.aanwezig.length === 0) return `Geen van de ${soorten(d.codes.length)} misdrijf zit in de ingelezen cijfers.`;
  return (
    `Onvolledig: ${d.aanwezig.length} van de ${soorten(d.codes.length)} misdrijf zit${d.aanwezig.length === 1 ? '' : 'ten'} in de ingelezen cijfers (${d.aanwezig.join(', ')}); ` +
    `het echte aantal kan hoger zijn.${metOntbrekend ? ` Ontbrekend: ${codesTekst(d.ontbrekend)}.` : ''}`
  );
}

/**
 * Waarom een cijfer niet wordt vergeleken of gerangschikt; null als het volledig is. `wat` noemt het
 * cijfer, bijvoorbeeld "Thema 1.3 Objectieve veiligheid/… van Amsterdam (2024)".
 */
export function vergelijkingGeweigerd(wat: string, d: Dekking): string | null {
  if (d.volledig) return null;
  if (d.codes.length === 0) return `${wat} wordt niet vergeleken: er horen geen soorten misdrijf bij.`;
  const aanwezig = d.aanwezig.length === 0 ? 'geen van de' : `alleen ${d.aanwezig.length} van de`;
  return (
    `${wat} wordt niet vergeleken of gerangschikt: het cijfer is onvolledig, want ${aanwezig} ${soorten(d.codes.length)} misdrijf ` +
    `${d.aanwezig.length === 1 ? 'zit' : 'zitten'} in de ingelezen cijfers${d.aanwezig.length ? ` (${d.aanwezig.join(', ')})` : ''}. ` +
    `Ontbrekend: ${codesTekst(d.ontbrekend)}. Importeer een bestand met alle soorten, zoals de CBS-tabel 47018NED, om te vergelijken.`
  );
}
