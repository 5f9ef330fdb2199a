/**
 * Nieuwe toetsset (december 2026): echte prioriteitstitels uit integrale veiligheidsplannen,
 * veiligheidsbeleid, kadernota's en de uitvoeringsplannen daarvan van Nederlandse gemeenten, die niet in
 * de gelabelde set (labelset.ts) en niet in src/domain/landelijk/fixtures/prioriteiten-voorbeeld.csv
 * staan. Elke titel staat letterlijk in de bron erbij (alleen opsommingstekens en nummers zijn weggelaten).
 *
 * Deze titels zijn NOOIT gebruikt om de classificatie af te stemmen. Volgorde van werken:
 * 1. de synoniemen en gewichten zijn aangepast op het trainingsdeel van labelset.ts en daarna bevroren
 *    (sha256 van classifier.ts en synoniemen.ts vastgelegd in docs/prioriteit-classificatie.md);
 * 2. pas daarna zijn deze titels gezocht en verzameld;
 * 3. ze zijn gelabeld met de kennisbank (22 thema's, 3 strategische thema's) op dezelfde manier als
 *    labelset.ts (belangrijkste label eerst, daarna wat een deskundige ook goed zou rekenen), vóórdat de
 *    classificatie er één keer op is gedraaid;
 * 4. na die ene meting is niets meer aan classificatie, synoniemen of labels veranderd.
 * Wie de classificatie later verbetert, moet deze set als gezien beschouwen en een nieuwe verzamelen.
 *
 * Uitgesloten als (bijna) dubbel: titels die na het weglaten van stopwoorden en beleidswoorden ("aanpak",
 * "voorkomen", "bestrijding"...) dezelfde woordstammen hebben als een titel van labelset.ts of van de
 * fixture (bijvoorbeeld "Radicalisering / Polarisatie", "Aanpak overlast jeugd", "Voorkomen polarisatie",
 * "Geweld en huiselijk geweld").
 */
import type { GelabeldeTitel } from './labelset.ts';

const RENKUM = 'https://hoogenlaag.nl/lokaal/nieuw-integraal-veiligheidsplan-voor-renkum-290236';
const ENKHUIZEN = 'http://decentrale.regelgeving.overheid.nl/cvdr/XHTMLoutput/Actueel/Enkhuizen/CVDR606852.html';
const HARDINXVELD = 'https://www.hg24.nl/nieuw-integraal-lokaal-veiligheidsplan-gaat-1-januari-2023-van-start/';
const PURMEREND = 'https://www.stadspartijpurmerend.nl/integraal-veiligheidsplan-2010.html';
const ZOETERMEER = 'https://doemeezoetermeer.mett.nl/afgerond/2021/denk+mee+over+het+veiligheidsbeleid/1915486.aspx?t=vier-speerpunten-veiligheidsbeleid';
const RONDE_VENEN = 'https://0297.nl/nieuws/85308/gezamenlijk-werken-aan-een-veilige-gemeente';
const GOOISE_MEREN = 'https://5dok.net/document/qmj6xvvw-integraal-veiligheidsplan.html';
const VEENENDAAL_2019 = 'http://pro-veenendaal.nl/nieuws/raad-aan-het-stuur-bij-integraal-veiligheidsplan/';
const VEENENDAAL_2015 = 'https://vdocuments.pub/ambitie-voor-2018-meer-grip-op-veiligheid-veenendaal-2014-nader-toegelicht-wat.html';
const OOST_ACHTERHOEK = 'https://www.1achterhoek.nl/nieuw-veiligheidsplan-oost-achterhoek-richt-zich-op-digitale-veiligheid-dat-is-nieuw/';
const BORNE = 'https://www.borne.nl/integraal-veiligheidsplan-2023';
const TWENTERAND = 'https://www.detoren.net/twenterand/twenterand/43679/-samen-maken-we-twenterand-veiliger-';
const NEDER_BETUWE = 'https://5dok.net/document/qmjkvd84-jaarplan-veiligheid-gemeente-neder-betuwe.html';

type Nieuw = Omit<GelabeldeTitel, 'deel'>;
const t = (titel: string, gemeente: string, periode: string, bron: string, labels: string[]): Nieuw => ({ titel, gemeente, periode, bron, labels });

const titels: Nieuw[] = [
  // Renkum, Integraal Veiligheidsplan 2018-2021 ("zeven prioriteiten")
  t('Huiselijk geweld/ouder- en kindermishandeling', 'Renkum', '2018-2021', RENKUM, ['1.3', 'zorg-en-veiligheid']),
  t('Overlastgevende jeugd', 'Renkum', '2018-2021', RENKUM, ['3.1']),
  t("Meer focus op 'intramurale' zorginstellingen", 'Renkum', '2018-2021', RENKUM, ['zorg-en-veiligheid', '1.1']),
  t('Meer aandacht voor alcoholmatiging en aanpak van drugs', 'Renkum', '2018-2021', RENKUM, ['3.3', '5.2', '1.1']),
  // Enkhuizen, Lokaal Integraal Veiligheidsplan 2018-2021: drie prioriteiten en de onderwerpen eronder
  t('Een veilige stad', 'Enkhuizen', '2018-2021', ENKHUIZEN, ['1.1', '1.3', '1.4']),
  t('Enkhuizen boeit veilig', 'Enkhuizen', '2018-2021', ENKHUIZEN, ['2.1', '2.2', '2.3', '2.4']),
  t('Stellingname: de bestuurlijke aanpak', 'Enkhuizen', '2018-2021', ENKHUIZEN, ['5.2']),
  t('Buurtparticipatie', 'Enkhuizen', '2018-2021', ENKHUIZEN, ['1.1', '1.4']),
  t('Overlast van personen met sociaal psychische problemen (risicoburgers)', 'Enkhuizen', '2018-2021', ENKHUIZEN, ['zorg-en-veiligheid', '1.1']),
  t('Keurmerk Veilig Ondernemen (winkelgebied en bedrijventerreinen)', 'Enkhuizen', '2018-2021', ENKHUIZEN, ['2.1', '2.2']),
  t('Veilig uitgaan (inclusief veilige evenementen)', 'Enkhuizen', '2018-2021', ENKHUIZEN, ['2.3', '2.4']),
  t('Uitbuiting arbeidsmigranten', 'Enkhuizen', '2018-2021', ENKHUIZEN, ['5.2', '2.5']),
  t('Overlast als gevolg van alcohol en drugs', 'Enkhuizen', '2018-2021', ENKHUIZEN, ['1.1', '3.3']),
  // Hardinxveld-Giessendam, Integraal Lokaal Veiligheidsplan 2019-2022 (speerpunten)
  t('Seniorenveiligheid', 'Hardinxveld-Giessendam', '2019-2022', HARDINXVELD, ['1.3', 'gedigitaliseerde-criminaliteit', '1.4']),
  t('Een veilige woon- en leefomgeving en voorkomen van overlast', 'Hardinxveld-Giessendam', '2019-2022', HARDINXVELD, ['1.1', '1.2', '1.3', '1.4']),
  // Purmerend, Integraal Veiligheidsplan 2010 (aandachtsgebieden)
  t('Sociale samenhang', 'Purmerend', '2010', PURMEREND, ['1.1']),
  t('Geweld op straat', 'Purmerend', '2010', PURMEREND, ['1.3']),
  // Zoetermeer, veiligheidsbeleid (actualisering 2021, vier speerpunten)
  t('High Impact Crimes: geweld, straatroven, overvallen en woninginbraken', 'Zoetermeer', '2021', ZOETERMEER, ['1.3']),
  t('Problematische jeugd(groepen)', 'Zoetermeer', '2021', ZOETERMEER, ['3.2', '3.1']),
  // De Ronde Venen, Integraal Veiligheidsplan 2023-2026 (speerpunten)
  t('Bestrijden van criminaliteit en cybercrime', 'De Ronde Venen', '2023-2026', RONDE_VENEN, ['gedigitaliseerde-criminaliteit', '1.3', '5.2']),
  t('Het vergroten van de digitale veiligheid', 'De Ronde Venen', '2023-2026', RONDE_VENEN, ['gedigitaliseerde-criminaliteit', '5.4']),
  // Gooise Meren, Integraal Veiligheidsplan 2017/2018 (de prioriteiten zelf zijn dubbel; dit is 'going concern')
  t('Vermogenscriminaliteit/High Impact Crimes', 'Gooise Meren', '2017-2018', GOOISE_MEREN, ['1.3']),
  t('Woonoverlast bedreiging en geweld', 'Gooise Meren', '2017-2018', GOOISE_MEREN, ['1.1', '1.3']),
  t('Veilig ondernemen en recreëren', 'Gooise Meren', '2017-2018', GOOISE_MEREN, ['2.1', '2.2', '2.5']),
  t('Veilige Publieke Taak (VPT)', 'Gooise Meren', '2017-2018', GOOISE_MEREN, ['5.3']),
  // Veenendaal, Integraal Veiligheidsplan 2019-2022 (lokale speerpunten; 'De aanpak van drugs' en 'Voorkomen polarisatie' zijn dubbel)
  t('Inzet op High Impact Crimes (HIC): woninginbraken, ram-, plof- en snelkraken, overvallen en (huiselijk) geweld', 'Veenendaal', '2019-2022', VEENENDAAL_2019, ['1.3']),
  // Veenendaal, Veilig@Veenendaal 2015-2018 (ambities en prioriteiten)
  t('Veilig wonen: woninginbraak, huiselijk geweld, illegale bewoning', 'Veenendaal', '2015-2018', VEENENDAAL_2015, ['1.3', 'zorg-en-veiligheid', '1.1']),
  t('Een veilige buurt: een veilig gevoel in de buurt', 'Veenendaal', '2015-2018', VEENENDAAL_2015, ['1.4', '1.1']),
  t('Voorkom dat jongeren overlast veroorzaken en zich misdragen', 'Veenendaal', '2015-2018', VEENENDAAL_2015, ['3.1']),
  t('Het creëren van een nog veiliger ondernemersklimaat', 'Veenendaal', '2015-2018', VEENENDAAL_2015, ['2.1', '2.2']),
  // Oost-Achterhoek (Aalten, Berkelland, Oost Gelre, Winterswijk); de andere vier thema's zijn dubbel
  t('Leefbaarheid', 'Oost-Achterhoek (Aalten, Berkelland, Oost Gelre, Winterswijk)', 'onbekend', OOST_ACHTERHOEK, ['1.1', '1.2', '1.4']),
  // Borne, Integraal Veiligheidsplan 2023 (speerpunten)
  t('Leefbare wijken', 'Borne', '2023', BORNE, ['1.1', '1.2', '1.4']),
  t('Kwetsbare inwoners /Jeugd', 'Borne', '2023', BORNE, ['zorg-en-veiligheid', '3.2', '3.1']),
  // Twenterand, Integraal Veiligheidsbeleid 2022-2025 (hoofdthema's)
  t('Leefbaarheid en fysieke verloedering', 'Twenterand', '2022-2025', TWENTERAND, ['1.2', '1.1']),
  t('Zorg, jeugd en veiligheid', 'Twenterand', '2022-2025', TWENTERAND, ['zorg-en-veiligheid', '3.2', '3.1']),
  // Neder-Betuwe, Jaarplan Veiligheid 2021 (speerpunten bij de kadernota veiligheid 2019-2022)
  t('Veiligheidshuis', 'Neder-Betuwe', '2021', NEDER_BETUWE, ['zorg-en-veiligheid']),
  t('Vandalisme offensief', 'Neder-Betuwe', '2021', NEDER_BETUWE, ['1.2']),
  t('Project Buurtbemiddeling', 'Neder-Betuwe', '2021', NEDER_BETUWE, ['1.1']),
  t('Aanpak hinderlijke/overlastgevende jeugd', 'Neder-Betuwe', '2021', NEDER_BETUWE, ['3.1']),
  t('Aanpak risicojongeren zorgkant', 'Neder-Betuwe', '2021', NEDER_BETUWE, ['3.2', 'zorg-en-veiligheid']),
  t('Aanpak verslavingsproblematiek', 'Neder-Betuwe', '2021', NEDER_BETUWE, ['3.3', 'zorg-en-veiligheid']),
  t('Aanpak alcohol', 'Neder-Betuwe', '2021', NEDER_BETUWE, ['3.3']),
  t('Aanpak recreatieparken', 'Neder-Betuwe', '2021', NEDER_BETUWE, ['2.5', '5.2']),
];

/** De nieuwe toetsset; alles is toets, niets training. */
export const toetsset2026: readonly GelabeldeTitel[] = titels.map((x) => ({ ...x, deel: 'toets' as const }));
