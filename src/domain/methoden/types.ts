/**
 * De methodencatalogus uit de Quick Scan van veiligheidsmethoden (Seinpost/CCV, 2008):
 * 26 methoden met de vijf indelingen precies zoals de tabellen van de scan ze geven.
 */
import type { ThemaId, VeldNummer } from '../kennisbank/types.ts';

export const methodeObjecten = ['persoon', 'gebied', 'thema', 'overig'] as const;
/** Object van de methode: persoonsgericht, gebiedsgericht, thema- of delictgericht, overig. */
export type MethodeObject = (typeof methodeObjecten)[number];

export const samenwerkingsvormen = [
  'ketenaanpak', 'arrangement', 'convenant', 'pps', 'netwerkontwikkeling', 'overig',
] as const;
/**
 * Type samenwerking uit paragraaf 3.4 van de scan: Ketenaanpak, Arrangementen, Convenanten,
 * Publiek Private Samenwerking/contracten, Netwerkontwikkeling, Overig.
 */
export type Samenwerkingsvorm = (typeof samenwerkingsvormen)[number];

export const gemeentelijkeRollen = ['opdrachtgever', 'initiator', 'facilitator', 'coordinator'] as const;
export type GemeentelijkeRol = (typeof gemeentelijkeRollen)[number];

/** De tien kolommen van de tabel "Betrokken partijen", in die volgorde. */
export const partijen = [
  'gemeente', 'bewoners', 'ondernemer', 'onderwijs', 'welzijnswerk',
  'politie', 'om', 'hulpverlening', 'vervoer', 'corporatie',
] as const;
export type Partij = (typeof partijen)[number];

/** De tien kolommen van de tabel "Voor welke problemen?", in die volgorde. */
export const problemen = [
  'overlast-jeugd', 'onveiligheid-jeugd', 'overlast-volwassenen', 'uitgaansoverlast',
  'inbraken-woning', 'openbare-ruimte', 'onveiligheid-stations', 'winkeldiefstallen',
  'maatschappelijke-onrust', 'drugsoverlast',
] as const;
export type Probleem = (typeof problemen)[number];

export interface Methode {
  /** Kebab-case slug, bv. "keurmerk-veilig-ondernemen". */
  id: string;
  /** Naam zoals in de scan, bv. "Keurmerk Veilig Ondernemen". */
  naam: string;
  afkorting?: string;
  /** Veiligheidsveld(en) volgens paragraaf 3.2; "Overige" methoden hebben een lege lijst. */
  velden: VeldNummer[];
  object: MethodeObject;
  samenwerking: Samenwerkingsvorm[];
  rollen: GemeentelijkeRol[];
  partijen: Partij[];
  problemen: Probleem[];
  /** Doel van de methode, in eigen woorden. */
  doel: string;
  /** Werkwijze, in eigen woorden (een of meer alinea's). */
  werkwijze: string[];
  /** De stappen van de methode, als checklist bruikbaar. */
  stappen: string[];
  /** Kernbeleid-thema's die de methode dient. */
  themas: ThemaId[];
  /** Waar meer te vinden is (organisatie of website zoals de scan noemt). */
  meerInformatie?: string;
}
