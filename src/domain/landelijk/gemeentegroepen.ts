/**
 * Gemeentegroepen voor het landelijk beeld: bij welke groepen hoort elke gemeente van 2024?
 *
 * - G4: de vier grootste steden.
 * - G40: het stedennetwerk G40 (41 steden; de naam is gebleven toen het netwerk groeide).
 * - P10: het netwerk van grote plattelandsgemeenten (zie de bronnen bij P10_CODES).
 * - kleiner dan 50.000 inwoners (op 1 januari 2024).
 * - grootteklasse: vier klassen die samengevoegde CBS-gemeentegrootteklassen zijn (zie GROOTTEKLASSEN).
 * - provincie (uit src/domain/gemeenten).
 * - veiligheidsregio en politie-eenheid: de gemeente ligt in één veiligheidsregio; welke regio's bij
 *   welke regionale eenheid van de politie horen, legt de Politiewet 2012 (artikel 25) vast.
 *
 * Zuivere data en opzoekfuncties, zonder I/O. Overal waar een gemeente genoemd wordt, is dat met haar
 * CBS-code; de namen staan erbij als commentaar en worden in de tests tegen de gemeentelijst gelegd.
 */
import { gemeenteBijCode, gemeentenOpNaam, type Gemeente } from '../gemeenten/gemeenten.ts';
import { veiligheidsregioPerGemeente } from './veiligheidsregios-data.ts';

/** De vier grootste gemeenten. */
export const G4_CODES: readonly string[] = [
  'GM0363', // Amsterdam
  'GM0599', // Rotterdam
  'GM0518', // 's-Gravenhage (Den Haag)
  'GM0344', // Utrecht
];

/**
 * De 41 steden van het G40-stedennetwerk (zonder de G4). 'Hengelo' heet bij het CBS 'Hengelo (O.)'.
 */
export const G40_CODES: readonly string[] = [
  'GM0772', // Eindhoven
  'GM0855', // Tilburg
  'GM0014', // Groningen
  'GM0034', // Almere
  'GM0758', // Breda
  'GM0268', // Nijmegen
  'GM0153', // Enschede
  'GM0200', // Apeldoorn
  'GM0392', // Haarlem
  'GM0307', // Amersfoort
  'GM0202', // Arnhem
  'GM0479', // Zaanstad
  'GM0394', // Haarlemmermeer
  'GM0796', // 's-Hertogenbosch
  'GM0637', // Zoetermeer
  'GM0193', // Zwolle
  'GM0935', // Maastricht
  'GM0546', // Leiden
  'GM0505', // Dordrecht
  'GM0228', // Ede
  'GM0080', // Leeuwarden
  'GM0114', // Emmen
  'GM0484', // Alphen aan den Rijn
  'GM0983', // Venlo
  'GM0503', // Delft
  'GM0150', // Deventer
  'GM0361', // Alkmaar
  'GM1883', // Sittard-Geleen
  'GM0794', // Helmond
  'GM0917', // Heerlen
  'GM0828', // Oss
  'GM0164', // Hengelo (O.)
  'GM1674', // Roosendaal
  'GM0606', // Schiedam
  'GM0995', // Lelystad
  'GM0141', // Almelo
  'GM0513', // Gouda
  'GM0405', // Hoorn
  'GM0106', // Assen
  'GM0402', // Hilversum
  'GM0362', // Amstelveen
];

/**
 * Leden van de P10, het netwerk van grote plattelandsgemeenten, voor zover een openbare bron het
 * lidmaatschap noemt. De P10 zelf spreekt van 32 leden (p-10.nl, voorpagina: "samenwerkingsverband
 * van 32 grote plattelandsgemeenten"); een volledige ledenlijst was niet als bron te vinden. Deze
 * lijst bevat dus alleen de 27 gemeenten waarvan het lidmaatschap vaststaat:
 *
 * - p-10.nl, "Gemeente Hof van Twente treedt toe tot de P10" (december 2016): Hof van Twente, Aa en
 *   Hunze, Berkelland, Borger-Odoorn, Bronckhorst, Goeree-Overflakkee, Hollands Kroon, Hulst,
 *   Ooststellingwerf, Opsterland, Peel en Maas, Schouwen-Duiveland, Sluis, Westerveld (en Tynaarlo, dat
 *   volgens het jaarverslag 2018 van de P10, p-10.nl/2019/03/jaarverslag-2018/, vanaf 2019 geen lid meer is);
 * - p-10.nl, "Gemeente Medemblik toegetreden tot P10" (juni 2017, lid sinds 1 april 2017): Medemblik;
 * - Binnenlands Bestuur, "Verdubbelde P10 waakt voor verwatering": Twenterand, Horst aan de Maas,
 *   De Fryske Marren, Het Hogeland;
 * - Het Streeknieuws, "Gemeente Westerkwartier treedt toe tot netwerk grote plattelandsgemeenten";
 * - RTV Drenthe, "De Wolden wil meer aandacht voor het platteland en sluit aan bij P10": De Wolden,
 *   en Midden-Drenthe als eerder lid;
 * - Omrop Fryslân (2021), "Wer twa Fryske gemeenten by gearwurkingsferbân plattelân":
 *   Noardeast-Fryslân (bij het CBS 'Noordoost-Friesland') en Weststellingwerf;
 * - Tubbergen Nieuws (26 januari 2021) en In en om Ootmarsum: Dinkelland en Tubbergen, lid sinds
 *   1 januari 2021;
 * - Leudal Nieuws (13 januari 2021), "Leudal treedt toe tot P10-netwerk plattelandsgemeenten".
 *
 * Vijf leden van de 32 zijn in geen gevonden bron genoemd (de gepubliceerde aantallen: 15 in 2016, 16 in
 * 2017, 20 in 2019, 29 in 2021, 31 in december 2023). Wie de actuele lijst van de P10 heeft, vult hier aan.
 */
export const P10_CODES: readonly string[] = [
  'GM1680', // Aa en Hunze
  'GM1859', // Berkelland
  'GM1681', // Borger-Odoorn
  'GM1876', // Bronckhorst
  'GM1924', // Goeree-Overflakkee
  'GM1735', // Hof van Twente
  'GM1911', // Hollands Kroon
  'GM0677', // Hulst
  'GM0085', // Ooststellingwerf
  'GM0086', // Opsterland
  'GM1894', // Peel en Maas
  'GM1676', // Schouwen-Duiveland
  'GM1714', // Sluis
  'GM1701', // Westerveld
  'GM1940', // De Fryske Marren
  'GM1966', // Het Hogeland
  'GM1507', // Horst aan de Maas
  'GM1700', // Twenterand
  'GM1969', // Westerkwartier
  'GM1731', // Midden-Drenthe
  'GM1690', // De Wolden
  'GM1970', // Noardeast-Fryslân (CBS: Noordoost-Friesland)
  'GM0098', // Weststellingwerf
  'GM0420', // Medemblik
  'GM1774', // Dinkelland
  'GM0183', // Tubbergen
  'GM1640', // Leudal
];

/** Aantal leden dat de P10 zelf noemt; P10_CODES kent er (nog) minder. */
export const P10_LEDEN_VOLGENS_P10 = 32;

/** Grens voor "kleinere gemeente": minder dan zoveel inwoners op 1 januari 2024. */
export const GRENS_KLEIN = 50_000;

export type Grootteklasse = 'tot-20k' | '20k-50k' | '50k-100k' | 'vanaf-100k';

/**
 * Vier grootteklassen, elk een samenvoeging van de gemeentegrootteklassen van het CBS
 * (< 5.000, 5.000–10.000, 10.000–20.000, 20.000–50.000, 50.000–100.000, 100.000–150.000,
 * 150.000–250.000, ≥ 250.000 inwoners). De ondergrens hoort bij de klasse, de bovengrens niet.
 */
export const GROOTTEKLASSEN: readonly { id: Grootteklasse; naam: string; van: number; tot: number | null }[] = [
  { id: 'tot-20k', naam: 'minder dan 20.000 inwoners', van: 0, tot: 20_000 },
  { id: '20k-50k', naam: '20.000 tot 50.000 inwoners', van: 20_000, tot: 50_000 },
  { id: '50k-100k', naam: '50.000 tot 100.000 inwoners', van: 50_000, tot: 100_000 },
  { id: 'vanaf-100k', naam: '100.000 inwoners of meer', van: 100_000, tot: null },
];

export function grootteklasseVan(inwoners: number): Grootteklasse {
  for (const k of GROOTTEKLASSEN) if (inwoners >= k.van && (k.tot === null || inwoners < k.tot)) return k.id;
  return 'vanaf-100k';
}

export const POLITIE_EENHEDEN = [
  'Noord-Nederland',
  'Oost-Nederland',
  'Midden-Nederland',
  'Noord-Holland',
  'Amsterdam',
  'Den Haag',
  'Rotterdam',
  'Zeeland-West-Brabant',
  'Oost-Brabant',
  'Limburg',
] as const;
export type PolitieEenheid = (typeof POLITIE_EENHEDEN)[number];

export interface Veiligheidsregio {
  /** Code zoals CBS en de ministeries die gebruiken: VR01 .. VR25. */
  code: string;
  naam: string;
  politieEenheid: PolitieEenheid;
}

/**
 * De 25 veiligheidsregio's (Wet veiligheidsregio's, bijlage; nummering van het CBS) en de regionale
 * eenheid van de politie waar elke regio bij hoort (Politiewet 2012, artikel 25):
 * Noord-Nederland = Groningen, Fryslân, Drenthe; Oost-Nederland = IJsselland, Twente, Noord- en
 * Oost-Gelderland, Gelderland-Midden, Gelderland-Zuid; Midden-Nederland = Utrecht, Gooi en
 * Vechtstreek, Flevoland; Noord-Holland = Noord-Holland Noord, Zaanstreek-Waterland, Kennemerland;
 * Amsterdam = Amsterdam-Amstelland; Den Haag = Haaglanden, Hollands Midden; Rotterdam =
 * Rotterdam-Rijnmond, Zuid-Holland Zuid; Zeeland-West-Brabant = Zeeland, Midden- en West-Brabant;
 * Oost-Brabant = Brabant-Noord, Brabant-Zuidoost; Limburg = Limburg-Noord, Zuid-Limburg.
 */
export const VEILIGHEIDSREGIOS: readonly Veiligheidsregio[] = [
  { code: 'VR01', naam: 'Groningen', politieEenheid: 'Noord-Nederland' },
  { code: 'VR02', naam: 'Fryslân', politieEenheid: 'Noord-Nederland' },
  { code: 'VR03', naam: 'Drenthe', politieEenheid: 'Noord-Nederland' },
  { code: 'VR04', naam: 'IJsselland', politieEenheid: 'Oost-Nederland' },
  { code: 'VR05', naam: 'Twente', politieEenheid: 'Oost-Nederland' },
  { code: 'VR06', naam: 'Noord- en Oost-Gelderland', politieEenheid: 'Oost-Nederland' },
  { code: 'VR07', naam: 'Gelderland-Midden', politieEenheid: 'Oost-Nederland' },
  { code: 'VR08', naam: 'Gelderland-Zuid', politieEenheid: 'Oost-Nederland' },
  { code: 'VR09', naam: 'Utrecht', politieEenheid: 'Midden-Nederland' },
  { code: 'VR10', naam: 'Noord-Holland Noord', politieEenheid: 'Noord-Holland' },
  { code: 'VR11', naam: 'Zaanstreek-Waterland', politieEenheid: 'Noord-Holland' },
  { code: 'VR12', naam: 'Kennemerland', politieEenheid: 'Noord-Holland' },
  { code: 'VR13', naam: 'Amsterdam-Amstelland', politieEenheid: 'Amsterdam' },
  { code: 'VR14', naam: 'Gooi en Vechtstreek', politieEenheid: 'Midden-Nederland' },
  { code: 'VR15', naam: 'Haaglanden', politieEenheid: 'Den Haag' },
  { code: 'VR16', naam: 'Hollands Midden', politieEenheid: 'Den Haag' },
  { code: 'VR17', naam: 'Rotterdam-Rijnmond', politieEenheid: 'Rotterdam' },
  { code: 'VR18', naam: 'Zuid-Holland Zuid', politieEenheid: 'Rotterdam' },
  { code: 'VR19', naam: 'Zeeland', politieEenheid: 'Zeeland-West-Brabant' },
  { code: 'VR20', naam: 'Midden- en West-Brabant', politieEenheid: 'Zeeland-West-Brabant' },
  { code: 'VR21', naam: 'Brabant-Noord', politieEenheid: 'Oost-Brabant' },
  { code: 'VR22', naam: 'Brabant-Zuidoost', politieEenheid: 'Oost-Brabant' },
  { code: 'VR23', naam: 'Limburg-Noord', politieEenheid: 'Limburg' },
  { code: 'VR24', naam: 'Zuid-Limburg', politieEenheid: 'Limburg' },
  { code: 'VR25', naam: 'Flevoland', politieEenheid: 'Midden-Nederland' },
];

/**
 * Gemeenten die bij een herindeling in 2022 of 2023 ontstonden en in de gemeentelijst nog geen
 * veiligheidsregio hebben; de regio is die van alle gemeenten waaruit ze ontstonden.
 */
export const VEILIGHEIDSREGIO_NIEUWE_GEMEENTEN: Readonly<Record<string, string>> = {
  GM1980: 'VR10', // Dijk en Waard (2022, uit Heerhugowaard en Langedijk): Noord-Holland Noord
  GM1982: 'VR21', // Land van Cuijk (2022, uit Boxmeer, Cuijk, Grave, Mill en Sint Hubert, Sint Anthonis): Brabant-Noord
  GM1991: 'VR21', // Maashorst (2022, uit Uden en Landerd): Brabant-Noord
  GM1992: 'VR17', // Voorne aan Zee (2023, uit Brielle, Hellevoetsluis, Westvoorne): Rotterdam-Rijnmond
};

const regioPerCode = new Map(VEILIGHEIDSREGIOS.map((r) => [r.code, r]));

export interface GemeenteMetGroepen extends Gemeente {
  g4: boolean;
  g40: boolean;
  p10: boolean;
  /** Minder dan GRENS_KLEIN inwoners. */
  kleinerDan50k: boolean;
  grootteklasse: Grootteklasse;
  veiligheidsregio: Veiligheidsregio;
  politieEenheid: PolitieEenheid;
}

const g4 = new Set(G4_CODES);
const g40 = new Set(G40_CODES);
const p10 = new Set(P10_CODES);

function metGroepen(g: Gemeente): GemeenteMetGroepen {
  const vrCode = veiligheidsregioPerGemeente[g.code] ?? VEILIGHEIDSREGIO_NIEUWE_GEMEENTEN[g.code];
  const vr = vrCode ? regioPerCode.get(vrCode) : undefined;
  if (!vr) throw new Error(`Gemeente ${g.code} (${g.naam}) heeft geen veiligheidsregio`);
  return {
    ...g,
    g4: g4.has(g.code),
    g40: g40.has(g.code),
    p10: p10.has(g.code),
    kleinerDan50k: g.inwoners < GRENS_KLEIN,
    grootteklasse: grootteklasseVan(g.inwoners),
    veiligheidsregio: vr,
    politieEenheid: vr.politieEenheid,
  };
}

/** Alle 342 gemeenten van 2024 met hun groepen, op naam gesorteerd. */
export const gemeentenMetGroepen: readonly GemeenteMetGroepen[] = gemeentenOpNaam.map(metGroepen);

const perCode = new Map(gemeentenMetGroepen.map((g) => [g.code, g]));

/** De groepen van één gemeente; undefined voor een code die geen gemeente van 2024 is. */
export function groepenVan(code: string): GemeenteMetGroepen | undefined {
  const g = gemeenteBijCode(code);
  return g ? perCode.get(g.code) : undefined;
}

/** Soorten indeling waarnaar het landelijk beeld uitsplitst. */
export type GroepSoort = 'g4' | 'g40' | 'p10' | 'kleiner-dan-50k' | 'grootteklasse' | 'provincie' | 'politie-eenheid';

export interface Groep {
  soort: GroepSoort;
  /** Uniek binnen de soort: 'g4', 'tot-20k', 'Gelderland', 'Oost-Brabant'. */
  waarde: string;
  naam: string;
}

/** Alle groepen waar een gemeente bij hoort (de vaste lidmaatschappen plus klasse, provincie en eenheid). */
export function groepenVanGemeente(g: GemeenteMetGroepen): Groep[] {
  const uit: Groep[] = [];
  if (g.g4) uit.push({ soort: 'g4', waarde: 'g4', naam: 'G4' });
  if (g.g40) uit.push({ soort: 'g40', waarde: 'g40', naam: 'G40' });
  if (g.p10) uit.push({ soort: 'p10', waarde: 'p10', naam: 'P10' });
  if (g.kleinerDan50k) uit.push({ soort: 'kleiner-dan-50k', waarde: 'kleiner-dan-50k', naam: 'Minder dan 50.000 inwoners' });
  const klasse = GROOTTEKLASSEN.find((k) => k.id === g.grootteklasse)!;
  uit.push({ soort: 'grootteklasse', waarde: klasse.id, naam: klasse.naam });
  uit.push({ soort: 'provincie', waarde: g.provincie, naam: g.provincie });
  uit.push({ soort: 'politie-eenheid', waarde: g.politieEenheid, naam: `Eenheid ${g.politieEenheid}` });
  return uit;
}

/** Alle groepen van het land in vaste volgorde, elk met het aantal gemeenten dat het land erin heeft. */
export function alleGroepen(): { groep: Groep; gemeentenInLand: number }[] {
  const tel = new Map<string, { groep: Groep; gemeentenInLand: number }>();
  const sleutel = (x: Groep) => `${x.soort}|${x.waarde}`;
  // Vaste volgorde: eerst de netwerken, dan de klassen, dan provincie en eenheid op naam.
  const vast: Groep[] = [
    { soort: 'g4', waarde: 'g4', naam: 'G4' },
    { soort: 'g40', waarde: 'g40', naam: 'G40' },
    { soort: 'p10', waarde: 'p10', naam: 'P10' },
    { soort: 'kleiner-dan-50k', waarde: 'kleiner-dan-50k', naam: 'Minder dan 50.000 inwoners' },
    ...GROOTTEKLASSEN.map((k): Groep => ({ soort: 'grootteklasse', waarde: k.id, naam: k.naam })),
    ...[...new Set(gemeentenMetGroepen.map((g) => g.provincie))]
      .sort((a, b) => a.localeCompare(b, 'nl'))
      .map((p): Groep => ({ soort: 'provincie', waarde: p, naam: p })),
    ...POLITIE_EENHEDEN.map((e): Groep => ({ soort: 'politie-eenheid', waarde: e, naam: `Eenheid ${e}` })),
  ];
  for (const x of vast) tel.set(sleutel(x), { groep: x, gemeentenInLand: 0 });
  for (const g of gemeentenMetGroepen) for (const x of groepenVanGemeente(g)) tel.get(sleutel(x))!.gemeentenInLand++;
  return [...tel.values()];
}
