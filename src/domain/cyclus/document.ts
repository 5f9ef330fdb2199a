/**
 * Een document (startnotitie, analyserapportage, IVP, uitvoeringsplan) als platte reeks blokken.
 * Hetzelfde model wordt HTML (de toegankelijke hoofdvorm) en Word (.docx, wat de raad krijgt).
 */
import type { Tekstdeel } from '../tekst/rijk.ts';
import type { DocumentSoort } from './inhoud.ts';

export type Blok =
  /** Niveau 1 is een hoofdstuk; `nummer` is de nummering van de methode ('4', '4.2'). */
  | { soort: 'kop'; niveau: 1 | 2 | 3; nummer: string | null; tekst: string }
  /** Tekst; lege regels scheiden alinea's. */
  | { soort: 'alinea'; tekst: string; delen?: Tekstdeel[] }
  /** Nog niet ingevuld: zichtbaar als aanwijzing, niet als inhoud. */
  | { soort: 'leeg'; tekst: string }
  | { soort: 'lijst'; items: string[]; rijk?: { delen: Tekstdeel[]; niveau: number; genummerd: boolean }[] }
  /** Een tabel met één kopregel (kolommen). */
  | { soort: 'tabel'; bijschrift: string; kolommen: string[]; rijen: string[][] };

export interface DocumentModel {
  /** De vijf documenten van de cyclus, de rapportages van stap 6 en het evaluatierapport. */
  soort: DocumentSoort | 'voortgangsrapportage' | 'streeftabel' | 'evaluatie' | 'stapeling';
  titel: string;
  /** Bv. 'Integraal Veiligheidsplan 2027-2030'. */
  ondertitel: string;
  gemeente: string;
  periode: string;
  /** Bv. 'Concept, versie 2' of 'Vastgesteld door de Raad op 12 maart 2027'. */
  status: string;
  blokken: Blok[];
}

/** JSON with sorted keys (jsonb does not keep the order in which keys were written); keys without a value do not count. */
function vasteVorm(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(vasteVorm).join(',')}]`;
  if (x && typeof x === 'object') {
    return `{${Object.keys(x)
      .filter((k) => (x as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${vasteVorm((x as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(x);
}

/**
 * Een document als regels tekst: wat een lezer leest, niet de vorm waarin het is opgeslagen. Een tekst
 * van voor het samen schrijven ("- a"-regels in een alinea) en dezelfde tekst als samen geschreven
 * document (een lijstblok) lezen hetzelfde, zodat het openen van een vastgesteld plan geen nieuwe versie maakt.
 */
function leesregels(model: DocumentModel): string[] {
  const regels = (tekst: string) => tekst.split(/\n+/).map((r) => r.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return (model.blokken ?? []).flatMap((b): string[] => {
    if (b.soort === 'kop') return [`#${b.niveau} ${b.nummer ?? ''} ${b.tekst}`.replace(/\s+/g, ' ')];
    if (b.soort === 'alinea') return regels(b.delen ? b.delen.map((d) => d.tekst).join('') : b.tekst);
    if (b.soort === 'leeg') return regels(b.tekst);
    if (b.soort === 'lijst') {
      if (!b.rijk) return b.items.flatMap((i) => regels(`- ${i}`));
      const tellers: number[] = [];
      return b.rijk.flatMap((i) => {
        tellers.length = i.niveau + 1;
        tellers[i.niveau] = (tellers[i.niveau] ?? 0) + 1;
        return regels(`${i.genummerd ? `${tellers[i.niveau]}.` : '-'} ${i.delen.map((d) => d.tekst).join('')}`);
      });
    }
    return [b.bijschrift, b.kolommen.join(' | '), ...b.rijen.map((r) => r.join(' | '))].flatMap(regels);
  });
}

/**
 * Dezelfde inhoud als een bevroren versie (een vastgesteld IVP, een aan de raad aangeboden
 * rapportage)? De statusregel telt niet, de vorm waarin de tekst is opgeslagen ook niet.
 */
export function zelfdeInhoud(a: DocumentModel, b: DocumentModel): boolean {
  return vasteVorm({ ...a, status: '', blokken: leesregels(a) }) === vasteVorm({ ...b, status: '', blokken: leesregels(b) });
}
