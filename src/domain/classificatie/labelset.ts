/**
 * Gelabelde set van echte prioriteitstitels uit integrale veiligheidsplannen (IVP's), regionale
 * beleidsplannen van de politie en de stukken waarin gemeenten hun speerpunten noemen. Elke titel staat
 * letterlijk in de bron die erbij staat (een seed van het project of een openbare pagina); niets is
 * verzonnen. De labels zijn wat een deskundige op integrale veiligheid zou toekennen: thema-ids van
 * Kernbeleid Veiligheid ('1.1' ... '5.5') en/of ids van strategische thema's, het belangrijkste eerst.
 *
 * `deel` volgt uit een vaste regel die vóór het afstemmen is gekozen: FNV-1a (32 bit) over de
 * genormaliseerde titel, modulo 10; 0, 1 en 2 zijn de toetsset, de rest training (zie `deelVoor`).
 * Synoniemen en gewichten zijn alleen op het trainingsdeel afgesteld.
 */
import { normaliseerZoektekst } from '../tekst/zoektekst.ts';

export type LabelId = string;

export interface GelabeldeTitel {
  titel: string;
  /** Gemeente, samenwerkingsverband of politie-eenheid. */
  gemeente: string;
  /** Beleidsperiode of jaar, zoals de bron het noemt ('onbekend' als de bron het niet zegt). */
  periode: string;
  /** Adres van de bron, of de seed van het project. */
  bron: string;
  /** Thema-ids en/of strategische thema-ids; het eerste is het belangrijkste. */
  labels: LabelId[];
  deel: 'training' | 'toets';
}

/** FNV-1a, 32 bit, over de UTF-8-bytes. */
export function fnv1a(tekst: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(tekst)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** De vaste regel voor de splitsing: ongeveer 30 % toets. */
export function deelVoor(titel: string): 'training' | 'toets' {
  return fnv1a(normaliseerZoektekst(titel)) % 10 < 3 ? 'toets' : 'training';
}

export const labelset: readonly GelabeldeTitel[] = [
  { titel: 'High Impact Crime-delicten', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['1.3'], deel: 'training' },
  { titel: 'Jeugd', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['3.2', '3.1', '3.3'], deel: 'toets' },
  { titel: 'Drugs', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['5.2', '3.3', '1.1'], deel: 'toets' },
  { titel: 'Veiligheid in de buurt', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['1.4', '1.1'], deel: 'training' },
  { titel: 'Ondermijning', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['5.2'], deel: 'training' },
  { titel: 'Overvallen en straatroven', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['1.3', '2.1'], deel: 'toets' },
  { titel: 'Woninginbraken', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['1.3'], deel: 'training' },
  { titel: 'Geweld in afhankelijkheidsrelaties', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['1.3', 'zorg-en-veiligheid'], deel: 'training' },
  { titel: 'Jeugd en middelengebruik', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['3.3'], deel: 'training' },
  { titel: 'Jeugd en social media', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['3.2', 'gedigitaliseerde-criminaliteit', '3.4'], deel: 'toets' },
  { titel: 'De (on)veiligheidsbeleving van burgers en ondernemers', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['1.4'], deel: 'training' },
  { titel: 'Met elkaar in gesprek over veiligheid', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['1.4', '1.1'], deel: 'training' },
  { titel: 'Kwetsbare wijken', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['1.1', '1.2'], deel: 'training' },
  { titel: 'Kwetsbare personen', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['zorg-en-veiligheid', '1.1'], deel: 'training' },
  { titel: 'Woonoverlast', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['1.1'], deel: 'training' },
  { titel: 'Fraude', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['5.2', 'gedigitaliseerde-criminaliteit'], deel: 'training' },
  { titel: 'Cybercrime en cyberresilience', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['gedigitaliseerde-criminaliteit', '5.4'], deel: 'training' },
  { titel: 'Integere haven', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['5.2', '5.5'], deel: 'toets' },
  { titel: 'Afpakken', gemeente: 'Politie-eenheid Rotterdam (regionaal beleidsplan)', periode: '2015-2018', bron: 'seed 002_d8e787c0b2c20320.txt (Regionaal beleidsplan politie-eenheid Rotterdam 2015-2018)', labels: ['5.2'], deel: 'toets' },
  { titel: 'Samenwerken op het snijvlak van zorg & veiligheid', gemeente: 'Heuvelland (Eijsden-Margraten, Gulpen-Wittem, Meerssen, Vaals, Valkenburg aan de Geul)', periode: '2020-2023', bron: 'https://5dok.net/document/yr30vo37-integraal-veiligheidsplan-heuvelland.html', labels: ['zorg-en-veiligheid'], deel: 'training' },
  { titel: 'Veilig toerisme, recreatie en evenementen', gemeente: 'Heuvelland (Eijsden-Margraten, Gulpen-Wittem, Meerssen, Vaals, Valkenburg aan de Geul)', periode: '2020-2023', bron: 'https://5dok.net/document/yr30vo37-integraal-veiligheidsplan-heuvelland.html', labels: ['2.5', '2.4'], deel: 'training' },
  { titel: 'Ondermijnende criminaliteit een halt toeroepen', gemeente: 'Heuvelland (Eijsden-Margraten, Gulpen-Wittem, Meerssen, Vaals, Valkenburg aan de Geul)', periode: '2020-2023', bron: 'https://5dok.net/document/yr30vo37-integraal-veiligheidsplan-heuvelland.html', labels: ['5.2'], deel: 'toets' },
  { titel: 'Veilige en leefbare kernen', gemeente: 'Heuvelland (Eijsden-Margraten, Gulpen-Wittem, Meerssen, Vaals, Valkenburg aan de Geul)', periode: '2020-2023', bron: 'https://5dok.net/document/yr30vo37-integraal-veiligheidsplan-heuvelland.html', labels: ['1.1', '1.2', '1.4'], deel: 'toets' },
  { titel: 'Jeugd en veiligheid', gemeente: 'Heuvelland (Eijsden-Margraten, Gulpen-Wittem, Meerssen, Vaals, Valkenburg aan de Geul)', periode: '2020-2023', bron: 'https://5dok.net/document/yr30vo37-integraal-veiligheidsplan-heuvelland.html', labels: ['3.1', '3.2', '3.3', '3.4'], deel: 'training' },
  { titel: 'Woninginbraak en andere vermogenscriminaliteit', gemeente: 'Heuvelland (Eijsden-Margraten, Gulpen-Wittem, Meerssen, Vaals, Valkenburg aan de Geul)', periode: '2020-2023', bron: 'https://5dok.net/document/yr30vo37-integraal-veiligheidsplan-heuvelland.html', labels: ['1.3'], deel: 'training' },
  { titel: 'Drugsoverlast', gemeente: 'Heuvelland (Eijsden-Margraten, Gulpen-Wittem, Meerssen, Vaals, Valkenburg aan de Geul)', periode: '2020-2023', bron: 'https://5dok.net/document/yr30vo37-integraal-veiligheidsplan-heuvelland.html', labels: ['1.1', '3.3', '5.2'], deel: 'training' },
  { titel: 'Veiligheid rond het uitgaan', gemeente: 'Heuvelland (Eijsden-Margraten, Gulpen-Wittem, Meerssen, Vaals, Valkenburg aan de Geul)', periode: '2020-2023', bron: 'https://5dok.net/document/yr30vo37-integraal-veiligheidsplan-heuvelland.html', labels: ['2.3'], deel: 'training' },
  { titel: 'Samen met bewoners de veilige woon- en leefomgeving versterken', gemeente: 'Valkenswaard', periode: '2019-2022', bron: 'https://5dok.net/document/yj7mw74k-k-i-v.html', labels: ['1.1', '1.4', '1.2'], deel: 'toets' },
  { titel: 'Het versterken van de verbinding tussen zorg en veiligheid', gemeente: 'Valkenswaard', periode: '2019-2022', bron: 'https://5dok.net/document/yj7mw74k-k-i-v.html', labels: ['zorg-en-veiligheid'], deel: 'training' },
  { titel: 'Het beëindigen van het onrechtmatig vervoer van gevaarlijke stoffen middels vrachtverkeer door Valkenswaard', gemeente: 'Valkenswaard', periode: '2019-2022', bron: 'https://5dok.net/document/yj7mw74k-k-i-v.html', labels: ['4.3', '4.1'], deel: 'training' },
  { titel: 'De aanpak van ondermijning/georganiseerde criminaliteit versterken', gemeente: 'Valkenswaard', periode: '2019-2022', bron: 'https://5dok.net/document/yj7mw74k-k-i-v.html', labels: ['5.2'], deel: 'training' },
  { titel: 'Risicojongeren', gemeente: 'Helmond', periode: '2023-2026', bron: 'https://www.helmond.nl/1/bestuur/alle-onderwerpen/masterplan-integrale-veiligheid-2023-2026/hoofdstuk-5-aanpak-op-brede-veiligheidsthema-s', labels: ['3.2'], deel: 'toets' },
  { titel: 'Digitale criminaliteit', gemeente: 'Helmond', periode: '2023-2026', bron: 'https://www.helmond.nl/1/bestuur/alle-onderwerpen/masterplan-integrale-veiligheid-2023-2026/hoofdstuk-5-aanpak-op-brede-veiligheidsthema-s', labels: ['gedigitaliseerde-criminaliteit', '5.4'], deel: 'toets' },
  { titel: 'Veilige woon- en leefomgeving', gemeente: 'Helmond', periode: '2023-2026', bron: 'https://www.helmond.nl/1/bestuur/alle-onderwerpen/masterplan-integrale-veiligheid-2023-2026/hoofdstuk-5-aanpak-op-brede-veiligheidsthema-s', labels: ['1.1', '1.2', '1.3', '1.4'], deel: 'training' },
  { titel: 'Sociale kwaliteit', gemeente: 'Helmond', periode: '2023-2026', bron: 'https://www.helmond.nl/1/bestuur/alle-onderwerpen/masterplan-integrale-veiligheid-2023-2026/hoofdstuk-5-aanpak-op-brede-veiligheidsthema-s', labels: ['1.1'], deel: 'training' },
  { titel: 'Gedigitaliseerde criminaliteit en cybercrime', gemeente: 'Helmond', periode: '2023-2026', bron: 'https://vl-nieuws.nl/van-der-kant-veiligheid-topprioriteit/', labels: ['gedigitaliseerde-criminaliteit', '5.4'], deel: 'training' },
  { titel: 'Maatschappelijke onrust', gemeente: 'Helmond', periode: '2023-2026', bron: 'https://vl-nieuws.nl/van-der-kant-veiligheid-topprioriteit/', labels: ['5.1'], deel: 'training' },
  { titel: 'Personen met onbegrepen gedrag', gemeente: 'Helmond', periode: '2023-2026', bron: 'https://vl-nieuws.nl/van-der-kant-veiligheid-topprioriteit/', labels: ['zorg-en-veiligheid', '1.1'], deel: 'training' },
  { titel: 'Huiselijk geweld en kindermishandeling', gemeente: 'Helmond', periode: '2023-2026', bron: 'https://vl-nieuws.nl/van-der-kant-veiligheid-topprioriteit/', labels: ['1.3', 'zorg-en-veiligheid'], deel: 'toets' },
  { titel: 'Ondermijnende criminaliteit', gemeente: 'Helmond', periode: '2023-2026', bron: 'https://vl-nieuws.nl/van-der-kant-veiligheid-topprioriteit/', labels: ['5.2'], deel: 'training' },
  { titel: 'Radicalisering', gemeente: 'Helmond', periode: '2023-2026', bron: 'https://vl-nieuws.nl/van-der-kant-veiligheid-topprioriteit/', labels: ['5.1'], deel: 'training' },
  { titel: 'Polarisatie', gemeente: 'Helmond', periode: '2023-2026', bron: 'https://vl-nieuws.nl/van-der-kant-veiligheid-topprioriteit/', labels: ['5.1'], deel: 'training' },
  { titel: 'Zorg en veiligheid', gemeente: 'De Waarden (Buren, Culemborg, Maasdriel, Neder-Betuwe, Tiel, West Betuwe, Zaltbommel)', periode: '2023-2026', bron: 'https://www.buren.nl/nieuws/gemeenteraad-stelt-integraal-veiligheidsplan-2023-2026-vast/9734/', labels: ['zorg-en-veiligheid'], deel: 'toets' },
  { titel: 'Digitale veiligheid', gemeente: 'De Waarden (Buren, Culemborg, Maasdriel, Neder-Betuwe, Tiel, West Betuwe, Zaltbommel)', periode: '2023-2026', bron: 'https://www.buren.nl/nieuws/gemeenteraad-stelt-integraal-veiligheidsplan-2023-2026-vast/9734/', labels: ['gedigitaliseerde-criminaliteit', '5.4'], deel: 'training' },
  { titel: 'Risico- en crisisbeheersing', gemeente: 'Mook en Middelaar', periode: '2025-2028', bron: 'https://lokaleregelgeving.overheid.nl/CVDR737017/1', labels: ['4.4', '4.3'], deel: 'training' },
  { titel: 'Het versterken ketensamenwerking tussen zorg- en veiligheidsdomein', gemeente: 'Politie-eenheid Noord-Holland (integraal meerjarenbeleidsplan)', periode: '2019-2022', bron: 'http://beatfm.nl/artikel/125995554/voorstel-integraal-meerjarenbeleidsplan-veiligheid-heiloo-en-de-regio', labels: ['zorg-en-veiligheid'], deel: 'training' },
  { titel: 'Contraterrorisme en radicalisering en extremisme', gemeente: 'Politie-eenheid Noord-Holland (integraal meerjarenbeleidsplan)', periode: '2019-2022', bron: 'http://beatfm.nl/artikel/125995554/voorstel-integraal-meerjarenbeleidsplan-veiligheid-heiloo-en-de-regio', labels: ['5.1'], deel: 'toets' },
  { titel: 'Aanpak van cybercrime', gemeente: 'Politie-eenheid Noord-Holland (integraal meerjarenbeleidsplan)', periode: '2019-2022', bron: 'http://beatfm.nl/artikel/125995554/voorstel-integraal-meerjarenbeleidsplan-veiligheid-heiloo-en-de-regio', labels: ['gedigitaliseerde-criminaliteit', '5.4'], deel: 'training' },
  { titel: 'Aanpak van criminaliteit met een ondermijnend effect op de samenleving', gemeente: 'Politie-eenheid Noord-Holland (integraal meerjarenbeleidsplan)', periode: '2019-2022', bron: 'http://beatfm.nl/artikel/125995554/voorstel-integraal-meerjarenbeleidsplan-veiligheid-heiloo-en-de-regio', labels: ['5.2'], deel: 'training' },
  { titel: 'Ondermijning/georganiseerde criminaliteit', gemeente: 'Basisteam Meierij (Boxtel, Haaren, Heusden, Meierijstad, Sint-Michielsgestel, Vught)', periode: '2019-2022', bron: 'https://gemeentebelangenheusden.nl/columns/23-11-2018-veiligheidsbeleid/', labels: ['5.2'], deel: 'training' },
  { titel: 'De verbinding zorg en veiligheid', gemeente: 'Basisteam Meierij (Boxtel, Haaren, Heusden, Meierijstad, Sint-Michielsgestel, Vught)', periode: '2019-2022', bron: 'https://gemeentebelangenheusden.nl/columns/23-11-2018-veiligheidsbeleid/', labels: ['zorg-en-veiligheid'], deel: 'training' },
  { titel: 'High Impact Crimes', gemeente: 'Basisteam Meierij (Boxtel, Haaren, Heusden, Meierijstad, Sint-Michielsgestel, Vught)', periode: '2019-2022', bron: 'https://gemeentebelangenheusden.nl/columns/23-11-2018-veiligheidsbeleid/', labels: ['1.3'], deel: 'training' },
  { titel: 'Informatieveiligheid', gemeente: 'Basisteam Meierij (Boxtel, Haaren, Heusden, Meierijstad, Sint-Michielsgestel, Vught)', periode: '2019-2022', bron: 'https://gemeentebelangenheusden.nl/columns/23-11-2018-veiligheidsbeleid/', labels: ['5.4', 'gedigitaliseerde-criminaliteit'], deel: 'training' },
  { titel: 'Voertuigcriminaliteit', gemeente: 'Heusden', periode: '2019-2022', bron: 'https://gemeentebelangenheusden.nl/columns/23-11-2018-veiligheidsbeleid/', labels: ['1.3'], deel: 'toets' },
  { titel: 'Problematische jeugd en (criminele) jeugdgroepen', gemeente: 'Meierij-gemeenten', periode: '2015-2018', bron: 'https://gemeentebelangenheusden.nl/columns/29-05-2015-veiligheidsbeleid/', labels: ['3.2', '3.1'], deel: 'training' },
  { titel: 'Geweld', gemeente: 'Meierij-gemeenten', periode: '2015-2018', bron: 'https://gemeentebelangenheusden.nl/columns/29-05-2015-veiligheidsbeleid/', labels: ['1.3'], deel: 'training' },
  { titel: 'Cybercrime', gemeente: 'Westelijke Mijnstreek (Beek, Sittard-Geleen, Stein)', periode: 'onbekend', bron: 'https://kivwm.nl/prioriteiten.html', labels: ['gedigitaliseerde-criminaliteit', '5.4'], deel: 'training' },
  { titel: 'Burengerucht, mishandeling en personen met verward gedrag', gemeente: 'Westelijke Mijnstreek (Beek, Sittard-Geleen, Stein)', periode: 'onbekend', bron: 'https://kivwm.nl/prioriteiten.html', labels: ['1.1', 'zorg-en-veiligheid', '1.3'], deel: 'training' },
  { titel: 'Kwetsbare groepen', gemeente: 'Horst aan de Maas', periode: '2020-2023', bron: 'https://www.cda.nl/limburg/horst-aan-de-maas/nieuws/nieuws/integraal-veiligheidsplan-horst-aan-de-maas-2020-2023-vastgesteld/', labels: ['zorg-en-veiligheid', '3.2', '1.1'], deel: 'training' },
  { titel: 'Verbetering opvolgen meldingen', gemeente: 'Horst aan de Maas', periode: '2020-2023', bron: 'https://www.cda.nl/limburg/horst-aan-de-maas/nieuws/nieuws/integraal-veiligheidsplan-horst-aan-de-maas-2020-2023-vastgesteld/', labels: ['1.1', '1.4', 'informatiepositie'], deel: 'training' },
  { titel: 'Leefbaarheid en veiligheid', gemeente: 'gemeente in de Graafschap (Graafschap Courant)', periode: 'onbekend', bron: 'https://www.graafschecourant.nl/nieuws/algemeen/583366/veiligheidsplan-', labels: ['1.1', '1.4'], deel: 'training' },
  { titel: 'Cybercrime en gedigitaliseerde criminaliteit', gemeente: 'Politie-eenheid Noord-Holland (integraal meerjarenbeleidsplan)', periode: '2024-2027', bron: 'https://bergen-nh.debatrijk.nl/politiekplein/editie/3436', labels: ['gedigitaliseerde-criminaliteit', '5.4'], deel: 'training' },
  { titel: 'Maatschappelijke onrust en radicalisering', gemeente: 'Politie-eenheid Noord-Holland (integraal meerjarenbeleidsplan)', periode: '2024-2027', bron: 'https://bergen-nh.debatrijk.nl/politiekplein/editie/3436', labels: ['5.1'], deel: 'toets' },
  { titel: 'Vandalisme/Overlast', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['1.2', '1.1'], deel: 'toets' },
  { titel: 'Jeugd en criminaliteit', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['3.2'], deel: 'training' },
  { titel: 'Drugs & Alcohol', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['3.3'], deel: 'toets' },
  { titel: 'Grootschalige evenementen', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['2.4'], deel: 'toets' },
  { titel: 'Verkeersveiligheid', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['4.1'], deel: 'training' },
  { titel: 'Woonomgeving', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['1.1', '1.2'], deel: 'toets' },
  { titel: 'Openbare ruimten', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['1.2'], deel: 'training' },
  { titel: 'Verloedering', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['1.2'], deel: 'training' },
  { titel: 'Rampen en zware ongevallen', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['4.4'], deel: 'training' },
  { titel: 'Calamiteitenbestrijding Boven Merwede / Waal', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['4.4', '4.3'], deel: 'training' },
  { titel: 'Ontwikkelingen brandveiligheid', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['4.2'], deel: 'training' },
  { titel: 'Rampenplan', gemeente: 'Woudrichem', periode: '2002-2003', bron: 'http://docplayer.nl/2119562-Integraal-veiligheidsplan-2002-2003-in-kort-bestek.html', labels: ['4.4'], deel: 'toets' },
  { titel: 'Overlast tussen bewoners, verloedering e.d.', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['1.1', '1.2'], deel: 'training' },
  { titel: 'Huiselijk geweld', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['1.3', 'zorg-en-veiligheid'], deel: 'training' },
  { titel: 'Geweld tegen personen', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['1.3'], deel: 'training' },
  { titel: 'Drugs- en alcoholoverlast', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['1.1', '3.3'], deel: 'toets' },
  { titel: 'Winkelcentra en bedrijventerreinen', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['2.1', '2.2'], deel: 'toets' },
  { titel: 'Horeca en evenementen', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['2.3', '2.4'], deel: 'toets' },
  { titel: 'Crisisbeheersing', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['4.4'], deel: 'training' },
  { titel: 'Externe veiligheid / Risico\'s gevaarlijke stoffen', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['4.3'], deel: 'toets' },
  { titel: 'Brandveiligheid', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['4.2'], deel: 'training' },
  { titel: 'Radicalisering en extremisme', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['5.1'], deel: 'toets' },
  { titel: 'Georganiseerde criminaliteit', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['5.2'], deel: 'training' },
  { titel: 'Buurtpreventie', gemeente: 'Ridderkerk', periode: '2011-2014', bron: 'https://adoc.pub/integraal-veiligheidsbeleid-gemeente-ridderkerk.html', labels: ['1.1', '1.3', '1.4'], deel: 'toets' },
  { titel: 'Jeugd en middelengebruik, radicalisering en polarisatie en ondermijning', gemeente: 'Hengelo', periode: '2017-2021', bron: 'https://financien.hengelo.nl/C3249-Programma-1-Veiligheid.html', labels: ['3.3', '5.1', '5.2'], deel: 'toets' },
  { titel: 'Radicalisering en polarisatie', gemeente: 'Hengelo', periode: '2017-2021', bron: 'https://financien.hengelo.nl/C3249-Programma-1-Veiligheid.html', labels: ['5.1'], deel: 'training' },
  { titel: 'Beleid Veilig Publieke Taak', gemeente: 'Hengelo', periode: '2017-2021', bron: 'https://financien.hengelo.nl/C2858-Wat-zijn-de-belangrijkste-wijzigingen-in-2017.html', labels: ['5.3'], deel: 'training' },
  { titel: 'Aanpak georganiseerde criminaliteit', gemeente: 'Hengelo', periode: '2014-2018', bron: 'https://financien.hengelo.nl/C2857-Speerpunten-uit-het-coalitieakkoord.html', labels: ['5.2'], deel: 'training' },
  { titel: 'Naar beneden brengen van het aantal woninginbraken', gemeente: 'Hengelo', periode: '2014-2018', bron: 'https://financien.hengelo.nl/C2857-Speerpunten-uit-het-coalitieakkoord.html', labels: ['1.3'], deel: 'training' },
  { titel: 'Benutten van de mogelijkheden die een nauwe verbinding tussen het veiligheidsbeleid en het sociaal domein biedt', gemeente: 'Hengelo', periode: '2014-2018', bron: 'https://financien.hengelo.nl/C2857-Speerpunten-uit-het-coalitieakkoord.html', labels: ['zorg-en-veiligheid'], deel: 'training' },
  { titel: 'Veilige wijken', gemeente: 'Hengelo', periode: '2023', bron: 'https://begroting.hengelo.nl/programma-s/beleidsprogramma-s/veiligheid', labels: ['1.1', '1.4'], deel: 'training' },
  { titel: 'Polarisatie en maatschappelijke onrust', gemeente: 'Hengelo', periode: '2024-2026', bron: 'https://begroting.hengelo.nl/programma-s/beleidsprogramma-s/veiligheid', labels: ['5.1'], deel: 'training' },
  { titel: 'Digitale weerbaarheid', gemeente: 'Hengelo', periode: '2024-2026', bron: 'https://begroting.hengelo.nl/programma-s/beleidsprogramma-s/veiligheid', labels: ['gedigitaliseerde-criminaliteit', '5.4'], deel: 'training' },
  { titel: 'Maatschappelijk ongenoegen', gemeente: 'Politie-eenheid Den Haag (Coalitie voor veiligheid)', periode: '2023-2026', bron: 'https://www.dsp-groep.nl/projecten/regionaal-beleidsplan-politie-haaglanden/', labels: ['5.1'], deel: 'training' },
  { titel: 'Jeugdcriminaliteit', gemeente: 'Politie-eenheid Den Haag (Coalitie voor veiligheid)', periode: '2023-2026', bron: 'https://www.dsp-groep.nl/projecten/regionaal-beleidsplan-politie-haaglanden/', labels: ['3.2'], deel: 'toets' },
  { titel: 'Effectieve verbinding veiligheid en zorg', gemeente: 'Politie-eenheid Noord-Nederland (regionaal beleidsplan)', periode: '2020-2023', bron: 'https://5dok.net/document/zpnxwlm0-bijlage-regionaal-beleidsplan-veiligheid-noord-nl-pdf-pdf.html', labels: ['zorg-en-veiligheid'], deel: 'training' },
  { titel: 'Cyberveiligheid', gemeente: 'Politie-eenheid Noord-Nederland (regionaal beleidsplan)', periode: '2020-2023', bron: 'https://5dok.net/document/zpnxwlm0-bijlage-regionaal-beleidsplan-veiligheid-noord-nl-pdf-pdf.html', labels: ['gedigitaliseerde-criminaliteit', '5.4'], deel: 'training' },
  { titel: 'Maatschappelijke onrust of verdeeldheid (bij overheidsbeslissingen)', gemeente: 'Politie-eenheid Noord-Nederland (regionaal beleidsplan)', periode: '2020-2023', bron: 'https://5dok.net/document/zpnxwlm0-bijlage-regionaal-beleidsplan-veiligheid-noord-nl-pdf-pdf.html', labels: ['5.1'], deel: 'training' },
  { titel: 'Geweld (incl. straatroof, overvallen, huiselijk geweld, uitgaansgeweld en geweld tegen werknemers met een publieke taak)', gemeente: 'Politie-eenheid Noord-Nederland (regionaal beleidsplan)', periode: '2013-2014', bron: 'https://periodieken.historischcentrumleeuwarden.nl/issue/BOA_VR/2012-10-02/edition/null/page/29?query=', labels: ['1.3', '5.3', '2.3'], deel: 'training' },
  { titel: 'Georganiseerde criminaliteit (ondermijning)', gemeente: 'Politie-eenheid Noord-Nederland (regionaal beleidsplan)', periode: '2013-2014', bron: 'https://periodieken.historischcentrumleeuwarden.nl/issue/BOA_VR/2012-10-02/edition/null/page/29?query=', labels: ['5.2'], deel: 'training' },
  { titel: 'Veilige en leefbare wijken en kernen', gemeente: 'Súdwest-Fryslân', periode: '2024-2028', bron: 'https://repository.officiele-overheidspublicaties.nl/cvdr/CVDR716994/1/html/CVDR716994_1.html', labels: ['1.1', '1.4', '1.2'], deel: 'training' },
  { titel: 'Casuïstiek Zorg en Veiligheid', gemeente: 'Súdwest-Fryslân', periode: '2024-2028', bron: 'https://repository.officiele-overheidspublicaties.nl/cvdr/CVDR716994/1/html/CVDR716994_1.html', labels: ['zorg-en-veiligheid'], deel: 'training' },
  { titel: 'Drugsgerelateerde criminaliteit/problematiek', gemeente: 'Súdwest-Fryslân', periode: '2024-2028', bron: 'https://repository.officiele-overheidspublicaties.nl/cvdr/CVDR716994/1/html/CVDR716994_1.html', labels: ['5.2', '3.3', '1.1'], deel: 'training' },
  { titel: '(huiselijk) geweld in de buurt', gemeente: 'Heerenveen', periode: '2011-2014', bron: 'https://adoc.pub/m-2014-gemeente-heerenveen-7-oktober-2011.html', labels: ['1.3', 'zorg-en-veiligheid'], deel: 'training' },
  { titel: 'GHB en andere middelen', gemeente: 'Heerenveen', periode: '2011-2014', bron: 'https://adoc.pub/m-2014-gemeente-heerenveen-7-oktober-2011.html', labels: ['3.3', '1.1'], deel: 'training' },
  { titel: '(voetbal) geweld op straat', gemeente: 'Heerenveen', periode: '2011-2014', bron: 'https://adoc.pub/m-2014-gemeente-heerenveen-7-oktober-2011.html', labels: ['1.3', '2.4'], deel: 'training' },
  { titel: 'Overlast jeugd', gemeente: 'Heerenveen', periode: '2011-2014', bron: 'https://adoc.pub/m-2014-gemeente-heerenveen-7-oktober-2011.html', labels: ['3.1'], deel: 'toets' },
  { titel: 'Fysieke veiligheid', gemeente: 'Heerenveen', periode: '2011-2014', bron: 'https://adoc.pub/m-2014-gemeente-heerenveen-7-oktober-2011.html', labels: ['4.2', '4.4', '4.3', '4.1'], deel: 'training' },
  { titel: 'Nazorg ex-gedetineerden', gemeente: 'Heerenveen', periode: '2012', bron: 'https://adoc.pub/uitvoeringsplan-integrale-veiligheid-2012-gemeente-heerenvee.html', labels: ['zorg-en-veiligheid', '1.3', '3.2'], deel: 'training' },
  { titel: 'Bereidheid melding en aangifte', gemeente: 'Heerenveen', periode: '2012', bron: 'https://adoc.pub/uitvoeringsplan-integrale-veiligheid-2012-gemeente-heerenvee.html', labels: ['1.4', 'informatiepositie', '1.3'], deel: 'training' },
  { titel: 'Onrust bij ernstige gewelds- of zedenmisdrijven', gemeente: 'Heerenveen', periode: '2012', bron: 'https://adoc.pub/uitvoeringsplan-integrale-veiligheid-2012-gemeente-heerenvee.html', labels: ['5.1', '1.4', '1.3'], deel: 'training' },
  { titel: 'Inbraak/diefstal bedrijfsterreinen', gemeente: 'Heerenveen', periode: '2012', bron: 'https://adoc.pub/uitvoeringsplan-integrale-veiligheid-2012-gemeente-heerenvee.html', labels: ['2.2'], deel: 'toets' },
  { titel: 'Uitgaan/horeca', gemeente: 'Heerenveen', periode: '2012', bron: 'https://adoc.pub/uitvoeringsplan-integrale-veiligheid-2012-gemeente-heerenvee.html', labels: ['2.3'], deel: 'toets' },
  { titel: 'Evenementen', gemeente: 'Heerenveen', periode: '2012', bron: 'https://adoc.pub/uitvoeringsplan-integrale-veiligheid-2012-gemeente-heerenvee.html', labels: ['2.4'], deel: 'training' },
  { titel: 'Rampenbestrijding en crisisbeheersing', gemeente: 'Heerenveen', periode: '2012', bron: 'https://adoc.pub/uitvoeringsplan-integrale-veiligheid-2012-gemeente-heerenvee.html', labels: ['4.4'], deel: 'training' },
  { titel: 'Aanpak georganiseerde criminaliteit (BIBOB)', gemeente: 'Heerenveen', periode: '2012', bron: 'https://adoc.pub/uitvoeringsplan-integrale-veiligheid-2012-gemeente-heerenvee.html', labels: ['5.2'], deel: 'training' },
  { titel: 'Ambtelijke en bestuurlijke integriteit', gemeente: 'Heerenveen', periode: '2012', bron: 'https://adoc.pub/uitvoeringsplan-integrale-veiligheid-2012-gemeente-heerenvee.html', labels: ['5.5'], deel: 'training' },
  { titel: 'Drugsgerelateerde criminaliteit', gemeente: 'Leiden', periode: '2019-2022 (voorbereiding)', bron: 'https://programmabegroting.leiden.nl/beleidsbegroting/programmaplan/veiligheid/inleiding', labels: ['5.2'], deel: 'toets' },
  { titel: 'Mensenhandel en -smokkel', gemeente: 'Leiden', periode: '2019-2022 (voorbereiding)', bron: 'https://programmabegroting.leiden.nl/beleidsbegroting/programmaplan/veiligheid/inleiding', labels: ['5.2'], deel: 'training' },
  { titel: 'Preventie en bestrijding van polarisering en radicalisering', gemeente: 'Leiden', periode: '2019-2022 (voorbereiding)', bron: 'https://programmabegroting.leiden.nl/beleidsbegroting/programmaplan/veiligheid/inleiding', labels: ['5.1'], deel: 'toets' },
  { titel: 'Het voorkomen van sociaal-maatschappelijke onrust', gemeente: 'Leiden', periode: '2019-2022 (voorbereiding)', bron: 'https://programmabegroting.leiden.nl/beleidsbegroting/programmaplan/veiligheid/inleiding', labels: ['5.1'], deel: 'training' },
  { titel: 'Zorg en opvang voor mensen die verward gedrag vertonen', gemeente: 'Leiden', periode: '2019-2022 (voorbereiding)', bron: 'https://programmabegroting.leiden.nl/beleidsbegroting/programmaplan/veiligheid/inleiding', labels: ['zorg-en-veiligheid', '1.1'], deel: 'training' },
  { titel: 'Bestrijding van ondermijnende criminaliteit', gemeente: 'Leiden', periode: '2019-2022 (voorbereiding)', bron: 'https://programmabegroting.leiden.nl/beleidsbegroting/programmaplan/veiligheid/inleiding', labels: ['5.2'], deel: 'training' },
  { titel: 'High Impact Crimes (woninginbraak, overvallen en straatroof)', gemeente: 'Eindhoven', periode: '2014-2017', bron: 'https://eindhoven.jaarverslag-2017.nl/p2628/veiligheid-en-leefbaarheid', labels: ['1.3'], deel: 'training' },
  { titel: 'Risicojeugd (jeugdoverlast en jeugdcriminaliteit)', gemeente: 'Eindhoven', periode: '2014-2017', bron: 'https://eindhoven.jaarverslag-2017.nl/p2628/veiligheid-en-leefbaarheid', labels: ['3.2', '3.1'], deel: 'training' },
  { titel: 'Overlast (waaronder woonoverlast)', gemeente: 'Eindhoven', periode: '2014-2017', bron: 'https://eindhoven.jaarverslag-2017.nl/p2628/veiligheid-en-leefbaarheid', labels: ['1.1'], deel: 'training' },
  { titel: 'Veilig uitgaan', gemeente: 'Eindhoven', periode: '2014-2017', bron: 'https://eindhoven.jaarverslag-2017.nl/p2628/veiligheid-en-leefbaarheid', labels: ['2.3'], deel: 'training' },
  { titel: 'Georganiseerde/ondermijnende criminaliteit', gemeente: 'Eindhoven', periode: '2014-2017', bron: 'https://eindhoven.jaarverslag-2017.nl/p2628/veiligheid-en-leefbaarheid', labels: ['5.2'], deel: 'training' },
  { titel: 'Mensenhandel', gemeente: 'Eindhoven', periode: '2014-2017', bron: 'https://eindhoven.jaarverslag-2016.nl/p46/veiligheid-en-leefbaarheid', labels: ['5.2'], deel: 'training' },
  { titel: 'Hennepteelt', gemeente: 'Eindhoven', periode: '2014-2017', bron: 'https://eindhoven.jaarverslag-2016.nl/p46/veiligheid-en-leefbaarheid', labels: ['5.2'], deel: 'training' },
  { titel: 'Veelvoorkomende vermogenscriminaliteit (auto-inbraak, fietsendiefstal en zakkenrollerij)', gemeente: 'Eindhoven', periode: '2017', bron: 'https://eindhoven.jaarverslag-2017.nl/p2628/veiligheid-en-leefbaarheid', labels: ['1.3', '2.1'], deel: 'training' },
  { titel: 'Radicalisering & polarisatie', gemeente: 'Eindhoven', periode: '2017', bron: 'https://eindhoven.jaarverslag-2017.nl/p2628/veiligheid-en-leefbaarheid', labels: ['5.1'], deel: 'toets' },
  { titel: 'Veilige buurten', gemeente: 'Maastricht', periode: '2010-2014', bron: 'http://docplayer.nl/13638916-Meerjarenprogramma-veiligheid-in-maastricht-2010-2014.html', labels: ['1.1', '1.4'], deel: 'training' },
  { titel: 'Veiligheid centrum', gemeente: 'Maastricht', periode: '2010-2014', bron: 'http://docplayer.nl/13638916-Meerjarenprogramma-veiligheid-in-maastricht-2010-2014.html', labels: ['2.1', '2.3'], deel: 'training' },
  { titel: 'Veilig Buitengebied', gemeente: 'Ermelo', periode: '2025', bron: 'https://ermelo.begrotingsapp.nl/voorjaarsrapportage-2025/project/we-zetten-het-huidige-lokale-veiligheidsbeleid-voort-en-actualiseren-het', labels: ['5.2', '1.3'], deel: 'toets' },
  { titel: 'Schoolveiligheid', gemeente: 'Ermelo', periode: '2025', bron: 'https://ermelo.begrotingsapp.nl/voorjaarsrapportage-2025/project/we-zetten-het-huidige-lokale-veiligheidsbeleid-voort-en-actualiseren-het', labels: ['3.4'], deel: 'training' },
  { titel: 'Aanpak ondermijnende criminaliteit', gemeente: 'Velsen', periode: '2019', bron: 'https://velsen.jaarverslag-2019.nl/p5245/het-versterken-van-de-leefbaarheid-en-veiligheid-voor-inwoners-bedrijven-en-bezo', labels: ['5.2'], deel: 'training' },
  { titel: 'Veilig buitengebied Land van Cuijk', gemeente: 'Land van Cuijk', periode: '2023', bron: 'https://www.arenalokaal.nl/reader/screenreader/22636/InternetArticle/48242', labels: ['5.2', '1.3'], deel: 'toets' },
  { titel: 'Veilige evenementen', gemeente: 'Súdwest-Fryslân', periode: '2015-2018', bron: 'https://tvbolsward.nl/veiligheidsbeleid-sudwest-fryslan-2015-2018/', labels: ['2.4'], deel: 'training' },
  { titel: 'Minder woninginbraken, preventie blijft nodig', gemeente: 'Súdwest-Fryslân', periode: '2015-2018', bron: 'https://tvbolsward.nl/veiligheidsbeleid-sudwest-fryslan-2015-2018/', labels: ['1.3'], deel: 'training' },
  { titel: 'Toename overlast van horeca in het buitengebied', gemeente: 'Súdwest-Fryslân', periode: '2015-2018', bron: 'https://tvbolsward.nl/veiligheidsbeleid-sudwest-fryslan-2015-2018/', labels: ['2.3'], deel: 'toets' },
  { titel: 'Jeugdoverlast en drugs', gemeente: 'Súdwest-Fryslân', periode: '2015-2018', bron: 'https://tvbolsward.nl/veiligheidsbeleid-sudwest-fryslan-2015-2018/', labels: ['3.1', '3.3'], deel: 'training' },
  { titel: 'Overlast', gemeente: 'Súdwest-Fryslân', periode: '2019-2022', bron: 'https://sneekernieuwsblad.nl/artikel/745556/bertus-walsma-sudwest-is-een-behoorlijk-veilige-gemeente.html', labels: ['1.1', '3.1'], deel: 'training' },
  { titel: 'Veilig uitgaan en evenementen', gemeente: 'Súdwest-Fryslân', periode: '2019-2022', bron: 'https://sneekernieuwsblad.nl/artikel/745556/bertus-walsma-sudwest-is-een-behoorlijk-veilige-gemeente.html', labels: ['2.3', '2.4'], deel: 'training' },
  { titel: 'Jeugdoverlast', gemeente: 'De Fryske Marren', periode: '2018', bron: 'https://www.defryskemarren.nl/bestuur-en-organisatie/weblog-burgemeester_43076/item/is-de-fryske-marren-veilig_46891.html', labels: ['3.1'], deel: 'training' },
  { titel: 'De aanpak van personen met verward gedrag', gemeente: 'De Fryske Marren', periode: '2018', bron: 'https://www.defryskemarren.nl/bestuur-en-organisatie/weblog-burgemeester_43076/item/is-de-fryske-marren-veilig_46891.html', labels: ['zorg-en-veiligheid', '1.1'], deel: 'toets' },
  { titel: 'Alcohol- en drugsoverlast', gemeente: 'De Fryske Marren', periode: '2018', bron: 'https://www.defryskemarren.nl/bestuur-en-organisatie/weblog-burgemeester_43076/item/is-de-fryske-marren-veilig_46891.html', labels: ['1.1', '3.3'], deel: 'training' },
];
