/**
 * De inhoud van de beleidscyclus als getypeerde data: wat in elke stap wordt vastgelegd. Zuivere
 * typen; de regels staan in de modules ernaast (prioriteiten, plancheck, documenten).
 */

export type StapNummer = 1 | 2 | 3 | 4 | 5 | 6;
export const stapStatussen = ['niet-gestart', 'bezig', 'afgerond'] as const;
export type StapStatus = (typeof stapStatussen)[number];
export const stapStatusNamen: Record<StapStatus, string> = { 'niet-gestart': 'Niet gestart', bezig: 'Bezig', afgerond: 'Afgerond' };

/** Voortgang van één stap van Kernbeleid Veiligheid. Datums zijn ISO-datums (2027-01-15) of null. */
export interface Stapvoortgang {
  stap: StapNummer;
  status: StapStatus;
  eigenaar: string;
  geplandStart: string | null;
  geplandEinde: string | null;
  werkelijkStart: string | null;
  werkelijkEinde: string | null;
  /** De inschatting van de coördinator: dagen werk in deze stap. */
  geschatteDagen: number | null;
  /** Status per deelstap, op id ('2.3'). Ontbreekt een deelstap, dan is hij niet gestart. */
  deelstappen: Record<string, StapStatus>;
  /**
   * De coördinator zette de status zelf; zonder dat volgt de status het werk (stapstand.ts): begonnen
   * analyse = stap 2 bezig, vastgesteld IVP = stap 4 afgerond.
   */
  handmatig?: boolean;
}

export interface Proces {
  stappen: Stapvoortgang[];
  /** De raadsvergadering waarin het IVP moet worden vastgesteld (ISO-datum); de planning rekent ervan terug. */
  raadsvergadering?: string | null;
}

export interface Werkgroeplid {
  naam: string;
  organisatie: string;
  rol: string;
}

export interface Startnotitie {
  aanleiding: string;
  producten: string;
  beleidscyclus: string;
  planning: string;
  werkgroep: Werkgroeplid[];
  partners: string;
  benodigdeTijd: string;
  rolRaad: string;
  inwonersraadpleging: string;
  flankerendBeleid: string;
  /** Thema's die zeker in het IVP komen (ids zoals '1.3'). */
  zekereThemas: string[];
}

/** Een cijfer bij de problematiek van een thema. */
export interface Cijfer {
  omschrijving: string;
  waarde: number;
  eenheid: string;
  /** Jaar of periode, bv. '2024' of '2021-2024'. */
  periode: string;
  bron: string;
}

/** Een maatregel die nu al loopt, eventueel een methode uit de catalogus (methodeId). */
export interface HuidigeMaatregel {
  naam: string;
  methodeId: string | null;
}

/**
 * Het gestructureerde deel van een analysesectie; de tekst van de sectie zelf is de problematiek
 * (thema), de huidige aanpak (aspect van veld 1) of de conclusie (veld).
 */
export interface Analyse {
  cijfers: Cijfer[];
  huidigeAanpak: string;
  maatregelen: HuidigeMaatregel[];
  extra: string;
  /** Alleen bij een veldconclusie: thema's die als prioriteit in aanmerking komen. */
  plausibeleThemas: string[];
}

export interface Prioriteit {
  /** Stabiel binnen de werkruimte, bv. 'p1'. */
  id: string;
  titel: string;
  themaIds: string[];
  /**
   * Alleen bij een gezamenlijk IVP: de CBS-code van de gemeente waarvoor deze prioriteit alleen
   * geldt (lokaal specifiek); ontbreekt of null = gezamenlijke prioriteit.
   */
  gemeentecode?: string | null;
  /** Alleen in een regionale werkruimte: strategische thema's waarop dit regionale thema rust. */
  strategischeIds?: string[];
}

/**
 * Per prioriteit-id de uitdrukkelijke reden van de coördinator waarom die prioriteit (nog) geen
 * effectindicator met streefwaarde heeft. Zonder reden blokkeert de plancheck de vaststelling van het
 * IVP door de Raad; met reden staat die reden in het IVP bij de prioriteit (hoofdstuk 4).
 */
export type Uitzonderingen = Record<string, { reden: string }>;

export interface OverigeGroep {
  naam: string;
  themaIds: string[];
}

export const sessieOrganen = ['raadscommissie', 'college', 'gemengd'] as const;
export type SessieOrgaan = (typeof sessieOrganen)[number];

export interface Prioriteringssessie {
  orgaan: SessieOrgaan;
  /** Soort bijeenkomst, bv. 'informatiebijeenkomst met stemming'. */
  vorm: string;
  status: 'consultatief' | 'besluitvormend';
  datum: string | null;
  deelnemers: string;
  uitkomst: string;
}

export interface IvpPrioriteit {
  waarom: string;
  hoofdlijnen: string;
  flankerendBeleid: string;
  /** Kwalitatief doel; kwantitatieve effectindicatoren volgen met de indicatoren. */
  doel: string;
}

export interface Ivp {
  uitgangssituatie: string;
  strategischeDoelstelling: string;
  strategischeUitgangspunten: string;
  /** Op prioriteit-id. */
  prioriteiten: Record<string, IvpPrioriteit>;
  overigeThemas: string;
  coordinatie: string;
  begroting: string;
  /** Plaats van de strategische (dwarsdoorsnijdende) thema's: hoofdstuk 2 of 3, of niet opgenomen. */
  strategischeThemas: Record<string, { hoofdstuk: 2 | 3 | null; tekst: string }>;
}

export const maatregelStatussen = ['niet-gestart', 'loopt', 'vertraagd', 'afgerond', 'geschrapt'] as const;
export type MaatregelStatus = (typeof maatregelStatussen)[number];
export const maatregelStatusNamen: Record<MaatregelStatus, string> = {
  'niet-gestart': 'Niet gestart',
  loopt: 'Loopt',
  vertraagd: 'Vertraagd',
  afgerond: 'Afgerond',
  geschrapt: 'Geschrapt',
};
/** Statussen van voor stap 6 (opgeslagen plannen van vóór de monitoring) en wat ze nu heten. */
const oudeStatussen: Record<string, MaatregelStatus> = { gepland: 'niet-gestart', lopend: 'loopt', gereed: 'afgerond', vervallen: 'geschrapt' };
export function maatregelStatus(s: string): MaatregelStatus {
  return (maatregelStatussen as readonly string[]).includes(s) ? (s as MaatregelStatus) : (oudeStatussen[s] ?? 'niet-gestart');
}

/** Geplande en gerealiseerde output van een maatregel in één kwartaal (prestatie-indicator). */
export interface Kwartaalprestatie {
  /** '2027-K1' */
  kwartaal: string;
  gepland: number | null;
  gerealiseerd: number | null;
}

export interface Maatregel {
  id: string;
  naam: string;
  /** De prestatie-indicator in woorden, bv. 'aantal controles in het buitengebied'. */
  prestatieIndicator: string;
  bestuurlijkTrekker: string;
  ambtelijkTrekker: string;
  partners: string;
  /** Kwartaal als '2027-K1', of null. */
  startKwartaal: string | null;
  eindKwartaal: string | null;
  /** Euro's, of null. */
  budget: number | null;
  status: MaatregelStatus;
  /** Datum van de laatste statuswijziging (ISO), of null. */
  statusDatum?: string | null;
  statusToelichting?: string;
  /** Het account dat de voortgang bijhoudt (gebruiker-id), of null. */
  eigenaarId?: string | null;
  /** Geplande en gerealiseerde output per kwartaal. */
  prestaties?: Kwartaalprestatie[];
  /** Wanneer de eigenaar (of een ander) de voortgang het laatst bijwerkte (ISO-tijd), of null. */
  bijgewerktOp?: string | null;
  /**
   * Alleen zichtbaar voor leden met toegang vertrouwelijk; voor anderen bestaat de maatregel niet
   * (niet in het plan, de tellingen, de plancheck, het dashboard, meldingen of documenten).
   */
  vertrouwelijk?: boolean;
  /** Issue 19, de beleidsketen: de effectindicatoren (ids) die deze maatregel moet bewegen. */
  indicatorIds?: string[];
  /** De problemen die hij aanpakt: sleutels van themasecties van de analyse ('thema-1.3'). */
  probleemSleutels?: string[];
  /** De methode uit de catalogus die hij toepast (id), of null. */
  methodeId?: string | null;
  /** Een andere onderbouwing (eigen evaluatie, onderzoek, landelijke aanpak) als er geen methode is. */
  onderbouwing?: string;
}

/** Een opgeslagen maatregel zoals het domein hem verwacht: oude statussen omgezet, velden aangevuld. */
export function volledigeMaatregel(m: Maatregel): Required<Maatregel> {
  return {
    ...m,
    status: maatregelStatus(m.status),
    statusDatum: m.statusDatum ?? null,
    statusToelichting: m.statusToelichting ?? '',
    eigenaarId: m.eigenaarId ?? null,
    prestaties: m.prestaties ?? [],
    bijgewerktOp: m.bijgewerktOp ?? null,
    vertrouwelijk: m.vertrouwelijk === true,
    indicatorIds: m.indicatorIds ?? [],
    probleemSleutels: m.probleemSleutels ?? [],
    methodeId: m.methodeId ?? null,
    onderbouwing: m.onderbouwing ?? '',
  };
}

export function volledigUitvoeringsplan(p: Uitvoeringsplan): Uitvoeringsplan {
  return { ...p, actiepunten: p.actiepunten.map((a) => ({ ...a, maatregelen: a.maatregelen.map(volledigeMaatregel) })) };
}

/** Een item/actiepunt: een cluster maatregelen onder een prioriteit of een overig thema. */
export interface Actiepunt {
  id: string;
  titel: string;
  prioriteitId: string | null;
  themaId: string | null;
  /**
   * Alleen bij een gezamenlijk plan: het lokale deel van één gemeente (CBS-code); ontbreekt of null =
   * gezamenlijk. Een actiepunt onder een lokale prioriteit hoort altijd bij die gemeente.
   */
  gemeentecode?: string | null;
  maatregelen: Maatregel[];
}

export interface Uitvoeringsplan {
  jaar: number;
  hoofdlijn: string;
  /** Vooral bij vervolgplannen: terugblik op veiligheidsbeeld en aanpak. */
  terugblik: string;
  actiepunten: Actiepunt[];
  begroting: string;
}

export const organen = ['MT', 'Driehoek', 'College', 'Raad'] as const;
export type Orgaan = (typeof organen)[number];

export const documentSoorten = ['startnotitie', 'veiligheidsanalyse', 'ivp', 'uitvoeringsplan', 'projectplan'] as const;
export type DocumentSoort = (typeof documentSoorten)[number];
