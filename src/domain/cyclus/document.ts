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
  /** De vijf documenten van de cyclus, en de rapportages van stap 6. */
  soort: DocumentSoort | 'voortgangsrapportage' | 'streeftabel';
  titel: string;
  /** Bv. 'Integraal Veiligheidsplan 2027-2030'. */
  ondertitel: string;
  gemeente: string;
  periode: string;
  /** Bv. 'Concept, versie 2' of 'Vastgesteld door de Raad op 12 maart 2027'. */
  status: string;
  blokken: Blok[];
}
