/**
 * Echte rijen van CBS 83648NED "Geregistreerde criminaliteit; soort misdrijf, regio" (bron: CBS, CC BY 4.0),
 * letterlijk uit een StatLine-download van mei 2020 (alle gemeenten, 2013-2017; puntkomma, labels,
 * decimale komma, UTF-8 met BOM), zoals die in de openbare repository BramblePie/FlaskReact staat
 * (raw-data/Veiligheid.csv, commit 2b7e14e556f845daebfbd21c57b0341b99ef0a7f). Een uittreksel: de kopregel
 * en de rijen van de gemeenten waarvan een gepubliceerd BBV-cijfer voor geweld is gevonden, met een paar
 * rijen die Kernplan moet overslaan (groep 1, "Niet-gemeentelijk ingedeeld", de opgeheven gemeente Aalburg,
 * lege cellen van een gemeente die toen nog niet bestond). Zie docs/begrotingsindicatoren.md.
 */
export const cbs83648UittrekselRegels: readonly string[] = [
  '"Soort misdrijf";"Perioden";"Regio\'s";"Geregistreerde misdrijven/Totaal geregistreerde misdrijven (aantal)";"Geregistreerde misdrijven/Geregistreerde misdrijven, relatief (% van totaal geregistreerde misdrijven)";"Geregistreerde misdrijven/Geregistreerde misdrijven per 1000 inw.  (per 1 000 inwoners)"',
  '"Misdrijven, totaal";"2015";"Amstelveen";4360;100;50',
  '"Misdrijven, totaal";"2016";"Amstelveen";4280;100;48,3',
  '"Misdrijven, totaal";"2017";"Amstelveen";4150;100;46,5',
  '"Misdrijven, totaal";"2017";"Niet-gemeentelijk ingedeeld";1640;100;',
  '"1 Vermogensmisdrijven";"2017";"Amstelveen";2755;66;30,8',
  '"2 Vernielingen, misdr.openb.orde/gezag";"2015";"Amstelveen";400;9;4,6',
  '"2 Vernielingen, misdr.openb.orde/gezag";"2016";"Amstelveen";415;10;4,7',
  '"2 Vernielingen, misdr.openb.orde/gezag";"2017";"Amstelveen";395;10;4,4',
  '"3 Gewelds- en seksuele misdrijven";"2017";"Aalburg";25;10;',
  '"3 Gewelds- en seksuele misdrijven";"2015";"Amstelveen";355;8;4,1',
  '"3 Gewelds- en seksuele misdrijven";"2016";"Amstelveen";335;8;3,8',
  '"3 Gewelds- en seksuele misdrijven";"2017";"Amstelveen";350;8;3,9',
  '"3 Gewelds- en seksuele misdrijven";"2014";"Berg en Dal";;;',
  '"3 Gewelds- en seksuele misdrijven";"2017";"Berg en Dal";150;15;4,3',
  '"3 Gewelds- en seksuele misdrijven";"2017";"Heemskerk";105;8;2,7',
  '"3 Gewelds- en seksuele misdrijven";"2014";"Maassluis";165;10;5,1',
  '"3 Gewelds- en seksuele misdrijven";"2015";"Maassluis";140;9;4,3',
  '"3 Gewelds- en seksuele misdrijven";"2016";"Maassluis";135;8;4,1',
  '"3 Gewelds- en seksuele misdrijven";"2017";"Noordoostpolder";190;11;4,1',
  '"3 Gewelds- en seksuele misdrijven";"2016";"Terneuzen";335;14;6,1',
];

/** Het bestand zoals het gedownload werd: met BOM, regels met LF. */
export const cbs83648Uittreksel = `\uFEFF${cbs83648UittrekselRegels.join('\n')}\n`;

/**
 * Gepubliceerde BBV-cijfers voor geweldsmisdrijven per 1.000 inwoners (waarstaatjegemeente.nl, zoals de
 * gemeente ze in haar begroting of jaarstukken overnam), met de plek waar ze staan.
 */
export const gepubliceerdGeweld: readonly { gemeente: string; code: string; jaar: number; waarde: number; bron: string }[] = [
  { gemeente: 'Maassluis', code: 'GM0556', jaar: 2014, waarde: 5.1, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren' },
  { gemeente: 'Maassluis', code: 'GM0556', jaar: 2015, waarde: 4.3, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren' },
  { gemeente: 'Maassluis', code: 'GM0556', jaar: 2016, waarde: 4.2, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren (toen voorlopig)' },
  { gemeente: 'Terneuzen', code: 'GM0715', jaar: 2016, waarde: 6.1, bron: 'Terneuzen, begroting 2018, indicatoren' },
  { gemeente: 'Noordoostpolder', code: 'GM0171', jaar: 2017, waarde: 4.2, bron: 'Noordoostpolder, jaarstukken 2018, verplichte indicatoren' },
  { gemeente: 'Berg en Dal', code: 'GM1945', jaar: 2017, waarde: 4.4, bron: 'Berg en Dal, jaarverslag 2019, verplichte beleidsindicatoren (kolom rekening 2018 = cijfers over 2017)' },
  { gemeente: 'Amstelveen', code: 'GM0362', jaar: 2015, waarde: 4.1, bron: 'Amstelveen, jaarverslag 2018, bijlage 6.5' },
  { gemeente: 'Amstelveen', code: 'GM0362', jaar: 2016, waarde: 3.7, bron: 'Amstelveen, jaarverslag 2018, bijlage 6.5' },
  { gemeente: 'Amstelveen', code: 'GM0362', jaar: 2017, waarde: 4.0, bron: 'Amstelveen, jaarverslag 2018, bijlage 6.5' },
  { gemeente: 'Heemskerk', code: 'GM0396', jaar: 2017, waarde: 2.6, bron: 'Heemskerk, begroting 2020, prestatie-indicatoren' },
];
