/**
 * De kennisbank van Kernbeleid Veiligheid als data: 5 veiligheidsvelden, 22 thema's,
 * de 6 aanpak-aspecten van veld 1 en de drie strategische (dwarsdoorsnijdende) thema's.
 * Zuivere types, geen I/O. Alle teksten zijn in eigen woorden geschreven; de feiten komen
 * uit de zesde editie van de methode.
 */

export type VeldNummer = 1 | 2 | 3 | 4 | 5;

export const themaIds = [
  '1.1', '1.2', '1.3', '1.4',
  '2.1', '2.2', '2.3', '2.4', '2.5',
  '3.1', '3.2', '3.3', '3.4',
  '4.1', '4.2', '4.3', '4.4',
  '5.1', '5.2', '5.3', '5.4', '5.5',
] as const;
export type ThemaId = (typeof themaIds)[number];

export const aspectIds = ['1', '2', '3', '4', '5', '6'] as const;
/** Nummer van een aanpak-aspect van veld 1 (de methode nummert ze "aspect 1.1" t/m "1.6"). */
export type AspectId = (typeof aspectIds)[number];

/** Waar de cijfers voor een effectindicator vandaan komen. */
export type IndicatorBron = 'politieregistratie' | 'veiligheidsmonitor' | 'gemeente' | 'overig';
/** Objectief (geregistreerde feiten) of subjectief (beleving, oordeel van bewoners). */
export type IndicatorAard = 'objectief' | 'subjectief';

export interface Effectindicator {
  /** Korte, meetbare omschrijving, bv. "Aantal woninginbraken per 1.000 woningen". */
  naam: string;
  bron: IndicatorBron;
  aard: IndicatorAard;
  /** Optioneel: de precieze bron of het overleg (bv. "Zorg- en Veiligheidshuis", "Halt"). */
  bronToelichting?: string;
}

/** Een onderdeel van een opsomming: een korte naam met zo nodig een toelichting in eigen woorden. */
export interface Item {
  naam: string;
  toelichting?: string;
}

/** Een landelijk instrument, format, website of achtergrondbron. */
export interface Instrument {
  naam: string;
  toelichting?: string;
  /** Volledige URL (https://...) als de methode een website noemt. */
  url?: string;
}

export interface Partners {
  /** Gemeentelijke afdelingen en rollen. */
  intern: string[];
  /** Externe organisaties. */
  extern: string[];
}

/**
 * De aanpak-onderdelen b t/m e, h en j van de methode: rol gemeente, partners, wet- en regelgeving,
 * maatregelen, instrumenten en ontwikkelingen. Voor de velden 2 t/m 5 horen ze bij het thema,
 * voor veld 1 bij elk van de zes aanpak-aspecten.
 */
export interface Aanpak {
  rolGemeente: string[];
  partners: Partners;
  wetgeving: Item[];
  maatregelen: Item[];
  instrumenten: Instrument[];
  ontwikkelingen: string[];
}

export interface Thema {
  id: ThemaId;
  veld: VeldNummer;
  /** Naam zoals in het overzicht van de methode, bv. "Georganiseerde/ondermijnende criminaliteit". */
  naam: string;
  /** Uitleg: hoe het thema zich in de praktijk voordoet (een of meer alinea's). */
  uitleg: string[];
  /** Bronnen voor (veiligheids)effectinformatie. */
  effectinformatie: string[];
  effectindicatoren: Effectindicator[];
  /** Thema's waarmee dwarsverbanden bestaan. */
  raakvlakken: ThemaId[];
  /** Extra zoektermen (synoniemen, afkortingen) voor de zoekfunctie, bv. "ondermijning". */
  trefwoorden: string[];
  /** Ontbreekt alleen bij de thema's van veld 1: daar staat de aanpak per aspect. */
  aanpak?: Aanpak;
}

export interface Aspect extends Aanpak {
  id: AspectId;
  /** bv. "Toezicht en handhaving". */
  naam: string;
  /** Korte inleiding op het aspect. */
  uitleg: string[];
  trefwoorden: string[];
}

export interface Veld {
  nummer: VeldNummer;
  /** bv. "Veilige woon- en leefomgeving". */
  naam: string;
  omschrijving: string;
}

/** Een van de drie strategische thema's die de zesde editie dwars door alle velden legt. */
export interface StrategischThema {
  id: 'gedigitaliseerde-criminaliteit' | 'zorg-en-veiligheid' | 'informatiepositie';
  naam: string;
  uitleg: string[];
  /** Per stap of IVP-hoofdstuk wat het thema daar vraagt. */
  plaatsInIvp: { onderdeel: string; wat: string }[];
  raakvlakken: ThemaId[];
  instrumenten: Instrument[];
}
