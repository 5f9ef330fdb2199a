/**
 * De 59 soorten misdrijf van de politieregistratie zoals CBS ze publiceert in tabel 47018NED
 * ("Geregistreerde misdrijven; soort misdrijf, wijk, buurt"), dimensie SoortMisdrijf (CBS, CC BY 4.0).
 * Code en titel komen uit de CBS-lijst; de omschrijvingen zijn in eigen woorden samengevat.
 * Zuivere data, geen I/O. Wijzig de titels niet met de hand: de test vergelijkt ze met de CBS-lijst.
 */

export interface Misdrijfsoort {
  /** Code zonder opvulspaties, bv. '1.1.1'; '0.0.0' is het totaal. */
  code: string;
  /** Titel zonder de code ervoor, bv. 'Diefstal/inbraak woning'. */
  titel: string;
  /** Korte omschrijving in één zin. */
  omschrijving: string;
}

export const misdrijfsoorten: readonly Misdrijfsoort[] = [
  {
    code: '0.0.0',
    titel: 'Totaal misdrijven',
    omschrijving: 'Alle door de politie geregistreerde misdrijven samen.',
  },
  {
    code: '1.1.1',
    titel: 'Diefstal/inbraak woning',
    omschrijving: 'Diefstal uit of inbraak in een woning, met of zonder geweld.',
  },
  {
    code: '1.1.2',
    titel: 'Diefstal/inbraak box/garage/schuur',
    omschrijving: 'Diefstal uit of inbraak in een box, garage of schuur, ook diefstal op het erf.',
  },
  {
    code: '1.2.1',
    titel: 'Diefstal uit/vanaf motorvoertuigen',
    omschrijving: 'Diefstal van spullen uit of vanaf een personenauto.',
  },
  {
    code: '1.2.2',
    titel: 'Diefstal van motorvoertuigen',
    omschrijving: 'Diefstal van een personenauto, motor, bestelauto of vrachtauto.',
  },
  {
    code: '1.2.3',
    titel: 'Diefstal van brom-, snor-, fietsen',
    omschrijving: 'Diefstal van een fiets, bromfiets of snorfiets.',
  },
  {
    code: '1.2.4',
    titel: 'Zakkenrollerij',
    omschrijving: 'Stelen uit de zak of tas die iemand bij zich draagt.',
  },
  {
    code: '1.2.5',
    titel: 'Diefstal af/uit/van ov. voertuigen',
    omschrijving: 'Diefstal van of uit andere vervoermiddelen dan auto, motor of fiets.',
  },
  {
    code: '1.3.1',
    titel: 'Ongevallen (weg)',
    omschrijving: 'Verkeersongevallen met letsel of dodelijke afloop, en doorrijden na een ongeval.',
  },
  {
    code: '1.4.1',
    titel: 'Zedenmisdrijf',
    omschrijving: 'Zedendelicten, van aanranding en verkrachting tot schennis, grooming en sexting.',
  },
  {
    code: '1.4.2',
    titel: 'Moord, doodslag',
    omschrijving: 'Moord, doodslag en andere misdrijven tegen het leven.',
  },
  {
    code: '1.4.3',
    titel: 'Openlijk geweld (persoon)',
    omschrijving: 'In het openbaar en met anderen samen geweld plegen tegen personen.',
  },
  {
    code: '1.4.4',
    titel: 'Bedreiging',
    omschrijving: 'Bedreiging, stalking, gijzeling en andere aantastingen van de persoonlijke vrijheid.',
  },
  {
    code: '1.4.5',
    titel: 'Mishandeling',
    omschrijving: 'Eenvoudige en zware mishandeling.',
  },
  {
    code: '1.4.6',
    titel: 'Straatroof',
    omschrijving: 'Iemand op straat beroven met geweld of bedreiging.',
  },
  {
    code: '1.4.7',
    titel: 'Overval',
    omschrijving: 'Een overval op een woning, een ander pand of een geldtransport.',
  },
  {
    code: '1.5.2',
    titel: 'Diefstallen (water)',
    omschrijving: 'Diefstal van of uit een boot of ander vaartuig.',
  },
  {
    code: '1.6.1',
    titel: 'Brand/ontploffing',
    omschrijving: 'Brandstichting en aanslagen met explosieven.',
  },
  {
    code: '1.6.2',
    titel: 'Overige vermogensdelicten',
    omschrijving: 'Andere vermogensdelicten, zoals diefstal uit overige gebouwen, verduistering, heling en afpersing.',
  },
  {
    code: '1.6.3',
    titel: 'Mensenhandel',
    omschrijving: 'Uitbuiting van mensen in de seksbranche, in arbeid, in criminele activiteiten of voor organen.',
  },
  {
    code: '2.1.1',
    titel: 'Drugs/drankoverlast',
    omschrijving: 'Overige drugsdelicten die de politie onder drugs- en drankoverlast boekt.',
  },
  {
    code: '2.2.1',
    titel: 'Vernieling cq. zaakbeschadiging',
    omschrijving: 'Vernieling van of schade aan zaken, ook openlijk geweld tegen goederen.',
  },
  {
    code: '2.4.1',
    titel: 'Burengerucht (relatieproblemen)',
    omschrijving: 'Overtreding van een tijdelijk huisverbod.',
  },
  {
    code: '2.4.2',
    titel: 'Huisvredebreuk',
    omschrijving: 'Tegen de wil van de bewoner een woning binnengaan of daar blijven.',
  },
  {
    code: '2.5.1',
    titel: 'Diefstal/inbraak bedrijven enz.',
    omschrijving: 'Diefstal uit of inbraak in winkels, bedrijven, kantoren, scholen, sportcomplexen en hotels.',
  },
  {
    code: '2.5.2',
    titel: 'Winkeldiefstal',
    omschrijving: 'Stelen in een winkel, met of zonder geweld.',
  },
  {
    code: '2.6.1',
    titel: 'Inrichting Wet Milieubeheer',
    omschrijving: 'Overtredingen van milieuregels door inrichtingen, waaronder opslagplaatsen van vuurwerk.',
  },
  {
    code: '2.6.2',
    titel: 'Bodem',
    omschrijving: 'Verontreiniging of aantasting van de bodem, waaronder het storten van drugsafval.',
  },
  {
    code: '2.6.3',
    titel: 'Water',
    omschrijving: 'Verontreiniging van oppervlaktewater en het dempen van sloten.',
  },
  {
    code: '2.6.4',
    titel: 'Afval',
    omschrijving: 'Misdrijven met afval, zoals illegaal vervoeren, inzamelen, verbranden of lozen, en asbest.',
  },
  {
    code: '2.6.5',
    titel: 'Bouwstoffen',
    omschrijving: 'Bouw- en sloopafval of bouwstoffen in strijd met de regels in bodem of water brengen.',
  },
  {
    code: '2.6.7',
    titel: 'Mest',
    omschrijving: 'Overtredingen bij het uitrijden, opslaan of vervoeren van mest.',
  },
  {
    code: '2.6.8',
    titel: 'Transport gevaarlijke stoffen',
    omschrijving: 'Overtredingen bij het vervoer van gevaarlijke stoffen en bij koelmiddelen en koelinstallaties.',
  },
  {
    code: '2.6.9',
    titel: 'Vuurwerk',
    omschrijving: 'Illegaal vuurwerk vervoeren, bezitten, maken of leveren.',
  },
  {
    code: '2.6.10',
    titel: 'Bestrijdingsmiddelen',
    omschrijving: 'Bestrijdingsmiddelen gebruiken of opslaan in strijd met de regels.',
  },
  {
    code: '2.6.11',
    titel: 'Natuur en landschap',
    omschrijving: 'Volgens de CBS-omschrijving: misdrijven onder de Wet inzake de luchtverontreiniging.',
  },
  {
    code: '2.6.12',
    titel: 'Ruimtelijke ordening',
    omschrijving: 'Overtredingen van de regels voor ruimtelijke ordening.',
  },
  {
    code: '2.6.13',
    titel: 'Dieren',
    omschrijving: 'Misdrijven tegen het welzijn van dieren en de handel in beschermde planten en dieren.',
  },
  {
    code: '2.6.14',
    titel: 'Voedselveiligheid',
    omschrijving: 'Misdrijven rond voedselveiligheid en slachten.',
  },
  {
    code: '2.7.2',
    titel: 'Bijzondere wetten',
    omschrijving: 'Misdrijven uit bijzondere wetten, zoals illegaal gokken, de Telecommunicatiewet en witwassen.',
  },
  {
    code: '2.7.3',
    titel: 'Leefbaarheid (overig)',
    omschrijving: 'Lokaalvredebreuk: zonder recht een ruimte voor de openbare dienst binnengaan of daar blijven.',
  },
  {
    code: '3.1.1',
    titel: 'Drugshandel',
    omschrijving: 'Bezit, handel en productie van harddrugs en softdrugs.',
  },
  {
    code: '3.1.2',
    titel: 'Mensensmokkel',
    omschrijving: 'Voor eigen gewin mensen helpen om het land illegaal binnen te komen of er te blijven.',
  },
  {
    code: '3.1.3',
    titel: 'Wapenhandel',
    omschrijving: 'Bezit van en handel in vuurwapens en andere wapens.',
  },
  {
    code: '3.2.1',
    titel: 'Kinderporno',
    omschrijving: 'Beelden van seksueel misbruik van kinderen bezitten, maken of verspreiden.',
  },
  {
    code: '3.2.2',
    titel: 'Kinderprostitutie',
    omschrijving: 'Seksuele uitbuiting van minderjarigen tegen betaling.',
  },
  {
    code: '3.3.2',
    titel: 'Onder invloed (lucht)',
    omschrijving: 'Vliegen onder invloed van alcohol, drugs of medicijnen.',
  },
  {
    code: '3.3.5',
    titel: 'Lucht (overig)',
    omschrijving: 'Andere misdrijven op grond van de Luchtvaartwet.',
  },
  {
    code: '3.4.2',
    titel: 'Onder invloed (water)',
    omschrijving: 'Varen onder invloed, of weigeren mee te werken aan een ademtest.',
  },
  {
    code: '3.5.2',
    titel: 'Onder invloed (weg)',
    omschrijving: 'Rijden onder invloed, of weigeren mee te werken aan een adem-, bloed- of urineonderzoek.',
  },
  {
    code: '3.5.5',
    titel: 'Weg (overig)',
    omschrijving: 'Andere verkeersmisdrijven, zoals rijden zonder geldige rijbevoegdheid, joyriding en valse kentekens.',
  },
  {
    code: '3.6.4',
    titel: 'Aantasting openbare orde',
    omschrijving: 'Misdrijven tegen openbare orde en gezag, zoals verzet, een bevel negeren of een valse naam opgeven.',
  },
  {
    code: '3.7.1',
    titel: 'Discriminatie',
    omschrijving: 'Discriminatie van mensen, bijvoorbeeld om afkomst, geloof of seksuele gerichtheid.',
  },
  {
    code: '3.7.2',
    titel: 'Vreemdelingenzorg',
    omschrijving: 'In Nederland verblijven terwijl men tot ongewenst vreemdeling is verklaard.',
  },
  {
    code: '3.7.3',
    titel: 'Maatsch. integriteit (overig)',
    omschrijving: 'Belediging, en ontucht met dieren.',
  },
  {
    code: '3.7.4',
    titel: 'Cybercrime',
    omschrijving: 'Misdrijven tegen computers en netwerken, zoals hacken.',
  },
  {
    code: '3.9.1',
    titel: 'Horizontale fraude',
    omschrijving: 'Fraude tussen burgers en bedrijven onderling, zoals betaal-, identiteits-, vastgoed- en webwinkelfraude.',
  },
  {
    code: '3.9.2',
    titel: 'Verticale fraude',
    omschrijving: 'Fraude tegenover de overheid, zoals uitkerings- en subsidiefraude.',
  },
  {
    code: '3.9.3',
    titel: 'Fraude (overig)',
    omschrijving: 'Oplichting, flessentrekkerij, vals geld en andere vervalsingen.',
  },
];

/** Zoekt een soort misdrijf op code; spaties rond de code (zoals in de CBS-sleutels) tellen niet mee. */
export function vindMisdrijfsoort(code: string): Misdrijfsoort | undefined {
  const gezocht = code.trim();
  return misdrijfsoorten.find((m) => m.code === gezocht);
}
