/**
 * De vijf veiligheidsvelden van Kernbeleid Veiligheid en de drie strategische, dwarsdoorsnijdende
 * thema's van de zesde editie (gedigitaliseerde criminaliteit, zorg en veiligheid, informatiepositie).
 * Teksten in eigen woorden; de feiten komen uit de zesde editie van de methode.
 */
import type { StrategischThema, Veld } from '../types.ts';

export const velden: Veld[] = [
  {
    nummer: 1,
    naam: 'Veilige woon- en leefomgeving',
    omschrijving:
      'Veiligheid en leefbaarheid dicht bij huis: in de straat, de buurt en de wijk. De hoofdthema’s zijn sociale kwaliteit (zoals woonoverlast, overlast van alcohol en drugs en van verwarde personen), fysieke kwaliteit (vernielingen, verloedering en zwerfvuil), objectieve veiligheid (vermogens- en geweldsdelicten zoals woninginbraak, auto-inbraak, fietsendiefstal, diefstal van motorvoertuigen, straatroof, bedreiging, mishandeling en huiselijk geweld) en subjectieve veiligheid, het veiligheidsgevoel. De aanpak binnen dit veld is uitgewerkt in zes vaste aspecten in plaats van per thema.',
  },
  {
    nummer: 2,
    naam: 'Bedrijvigheid en veiligheid',
    omschrijving:
      'Sociale veiligheid op en rond plekken waar bedrijvigheid is: winkelgebieden, bedrijventerreinen, het uitgaansgebied, evenementen en toeristische voorzieningen en locaties. Het gaat daarbij om overlast, geweld, vermogenscriminaliteit en ondermijning.',
  },
  {
    nummer: 3,
    naam: 'Jeugd en veiligheid',
    omschrijving:
      'Veiligheidsvraagstukken rond jongeren: overlast en criminaliteit door jongeren en de aanpak van individuele probleemjongeren. Ook de veiligheid op en rond scholen en het gebruik van alcohol en drugs door jongeren vallen onder dit veld.',
  },
  {
    nummer: 4,
    naam: 'Fysieke veiligheid',
    omschrijving:
      'De veiligheid van de fysieke omgeving: verkeersveiligheid, brandveiligheid en externe veiligheid (omgevingsveiligheid). Daarnaast hoort de voorbereiding op rampen en crisisbeheersing bij dit veld.',
  },
  {
    nummer: 5,
    naam: 'Integriteit en veiligheid',
    omschrijving:
      'Verschijnselen die de rechtsorde en de veiligheid op een fundamentelere manier aantasten. Het gaat om polarisatie en radicalisering, georganiseerde en ondermijnende criminaliteit, een weerbare overheid en Veilige Publieke Taak, informatieveiligheid en de integriteit van ambtenaren en bestuurders.',
  },
];

export const strategischeThemas: StrategischThema[] = [
  {
    id: 'gedigitaliseerde-criminaliteit',
    naam: 'Gedigitaliseerde criminaliteit (waaronder cybercrime)',
    uitleg: [
      'Ook het veiligheidsdomein digitaliseert, net als de rest van de samenleving. Inwoners, ondernemers en overheden krijgen steeds vaker te maken met criminaliteit die via digitale middelen verloopt. Hoe groot het probleem precies is en welke vormen het aanneemt, weten we niet goed, onder meer omdat slachtoffers het weinig melden of er weinig aangifte van doen. Wel is duidelijk dat het verschijnsel zich uitbreidt, sneller gaat, steeds nieuwe vormen aanneemt en steeds meer slachtoffers maakt. Het vormt een serieuze bedreiging voor de veiligheid en stabiliteit van de samenleving; alleen als overheid en private partijen gezamenlijk optreden, blijven schade en risico’s beheersbaar.',
      'De methode onderscheidt vier manieren waarop digitale technologie hierbij een rol speelt. (a) Digitale systemen van inwoners, bedrijven en overheden (cybercrime in enge zin): ze kunnen worden gehackt voor oplichting (bijvoorbeeld het overnemen van accounts), het stelen van persoonsgegevens en datasets (identiteitsfraude, diefstal van intellectueel eigendom) en digitale afpersing met ransomware. Ze kunnen ook bewust worden verstoord of platgelegd, bijvoorbeeld met DDoS-aanvallen, met politieke, criminele of terroristische bedoelingen. In principe kan iedereen slachtoffer worden; in het bijzonder gaat het om vitale infrastructuur (zoals bruggen en vliegvelden), Brzo-bedrijven die met gevaarlijke stoffen werken, de financiële sector, energiebedrijven en internet- en telecomaanbieders.',
      '(b) Internet en sociale media, zoals Facebook, Instagram en WhatsApp, maar ook internetfora. Ook deze kunnen worden gehackt en misbruikt, bijvoorbeeld voor oplichting en andere financiële criminaliteit, maar ook om politieke en economische processen te beïnvloeden (polarisatie en radicalisering), voor stalking en digitaal pesten, zedendelicten en ordeverstoringen (‘project X’). De mogelijkheden en de kring van mogelijke slachtoffers zijn vrijwel onbeperkt.',
      '(c) Internet als handelsplaats voor illegale goederen en criminele diensten: criminelen doen via internet zaken met elkaar. Hier is de samenleving als geheel het slachtoffer, en wordt het web zelf ondermijnd doordat onderwereld en bovenwereld met elkaar verweven raken. (d) Internet en het gewone berichtenverkeer: criminelen liften mee op gewone mail- en berichtenstromen en kunnen zo vrij eenvoudig oplichten en frauderen, bijvoorbeeld met valse facturen. Zo wordt internet een middel voor veelvoorkomende vermogenscriminaliteit; die verschuift steeds meer van offline naar online.',
      'Overheden en partners werken samen aan een aantal hoofddoelen: preventie door meer bewustzijn van de risico’s en het herkennen van signalen, preventie door gerichte beveiligingsmaatregelen, een grotere bereidheid om te melden en aangifte te doen, het verstoren van criminele processen en netwerken, en opsporing en vervolging. Voor gemeenten ligt het accent vooral op het vergroten van bewustzijn en meldingsbereidheid, het aanmoedigen van actieve preventie, het ondersteunen van lokale publiek-private samenwerking (PPS) op dit terrein en het beveiligen van de eigen gemeentelijke ICT tegen digitale aanvallen.',
      'Het lokale integrale veiligheidsbeleid is een van de aangewezen bestuurlijke kaders om de rol van gemeente en partners bij deze aanpak verder uit te werken en vast te leggen. Er zijn meerdere manieren om het verschijnsel en de aanpak in het IVP op te nemen; de methode adviseert om het in ieder geval op twee manieren te doen.',
    ],
    plaatsInIvp: [
      {
        onderdeel: 'Hoofdstuk 2 Strategische doelstelling',
        wat: 'Gedigitaliseerde criminaliteit introduceren en uitwerken als overkoepelend veiligheidsthema dat dwars door de andere thema’s heen loopt.',
      },
      {
        onderdeel: 'Hoofdstuk 4 en 5 Prioritaire en overige strategische thema’s',
        wat: 'Bij elk prioritair thema én bij elk going concern-thema consequent uitwerken welke digitale kant eraan zit.',
      },
    ],
    raakvlakken: ['1.3', '3.4', '4.3', '5.1', '5.2', '5.4'],
    instrumenten: [
      { naam: 'Agenda Digitale Veiligheid VNG 2020-2024' },
      { naam: 'Webdossier Cybercrime (CCV)', url: 'https://hetccv.nl/onderwerpen/cybercrime' },
      { naam: 'VIK Breda/Noord-Brabant', toelichting: 'Voorbeeld van een veiligheidsinformatieknooppunt.' },
      {
        naam: 'Agenda digitale veiligheid Amsterdam',
        url: 'https://amsterdamlogistics.nl/wp-content/uploads/2019/11/agenda_digitale_veiligheid_amsterdam.pdf',
      },
    ],
  },
  {
    id: 'zorg-en-veiligheid',
    naam: 'Zorg en Veiligheid',
    uitleg: [
      'Sinds de drie decentralisaties (‘3D’) hebben gemeenten er veel taken in de zorg bij gekregen. Veel daarvan hangen op een ingewikkelde manier samen met veiligheid. Wie problemen effectief en integraal wil aanpakken, moet de twee domeinen laten samenwerken: in beleid en in uitvoering, ambtelijk én bestuurlijk.',
      'Vaak gaat het om zogeheten ‘complexe casuïstiek’: personen of huishoudens met problemen op zowel sociaal gebied als op het gebied van veiligheid, vaak met overlast, geweld of criminaliteit. Onderdelen van de aanpak zijn vroegsignalering, bewustzijn en kennis bij de sociale wijkteams, op tijd opschalen, de persoonsgerichte aanpak, de inzet van het Zorg- en Veiligheidshuis en Veilig Thuis, en casus- en procesmanagement. Kernbeleid Veiligheid maakt van zorg en veiligheid toch geen zesde veiligheidsveld: de methode ordent naar het veiligheidsprobleem (waar hebben inwoners last van?) en niet naar de manier van aanpakken. Een gemeente kan het onderwerp wel tot prioriteit maken of er in het IVP een strategisch thema van maken.',
      'De verbinding is van belang voor een hele reeks veiligheidsthema’s in meerdere velden. Het zwaarst wegen: geweld in afhankelijkheidsrelaties (huiselijk geweld en kindermishandeling); verward gedrag, verwaarlozing en verslaving; criminaliteit, detentie en (na)zorg; problemen met jeugd; polarisatie in samenhang met diversiteit, discriminatie en radicalisering; misbruik van sociale voorzieningen en de ondermijnende effecten daarvan; en mensenhandel, uitbuiting en prostitutie. Ook woonoverlast, overlast van alcohol en drugs, veelplegers en risico’s op het gebied van brandveiligheid raken aan dit thema.',
      'Welke rol de gemeente precies heeft, en welk netwerk van lokale en bovenlokale partijen erbij hoort, verschilt per thema. Vrij vaste onderdelen van de gemeentelijke rol zijn: regie op en sturing van de ketens; zorgen voor toereikende voorzieningen; het borgen van casusregie, opschalingsmethoden en de informatiepositie; en het waarborgen van de privacy.',
      'Gemeenten kunnen de benodigde verbindingen op verschillende manieren in hun organisatie en werkprocessen inbouwen, en ontdekken al werkend nieuwe vormen. Belangrijke oplossingen zijn: het zorgbeleid (sociaal domein) en het veiligheidsbeleid (IVP) inhoudelijk op elkaar afstemmen, wat als vast proces kan worden ingericht; een apart beleidsstuk of uitvoeringsplan Zorg en Veiligheid dat over de domeinen heen richting geeft; een regelmatig coördinatieoverleg Zorg en Veiligheid, ambtelijk en bestuurlijk, waarbij ambtelijk zowel een algemeen, thema-overstijgend overleg als afstemming per thema nodig is; een functie van Zorg- en Veiligheidscoördinator die de verbindingen legt en onderhoudt (let daarbij op of één persoon zowel de strategische als de tactisch-operationele kant aankan; die taken kunnen ook over meerdere mensen worden verdeeld); een regelmatig bestuurlijk overleg van burgemeester, betrokken wethouders, politie, OM en andere partners (‘van driehoek naar vijfhoek’); en regionale samenwerking, om kennis en expertise te bundelen op een schaal die de meeste gemeenten alleen niet halen.',
    ],
    plaatsInIvp: [
      {
        onderdeel: 'Stap 2 Veiligheidsanalyse',
        wat: 'In de analysefase de dwarsverbanden rond ‘complexe casuïstiek’ tussen thema’s uit verschillende velden in het oog houden.',
      },
      {
        onderdeel: 'Hoofdstuk 2 Strategische doelstelling',
        wat: 'Beschrijven waarom een goede verbinding tussen zorg en veiligheid belangrijk is en hoe ver die reikt.',
      },
      {
        onderdeel: 'Hoofdstuk 3 Strategische uitgangspunten',
        wat: 'Op tactisch niveau uitwerken hoe de verbinding tussen zorg en veiligheid (tussen veiligheid en sociaal domein) vorm krijgt, als rode draad in de aanpak.',
      },
      {
        onderdeel: 'Hoofdstuk 4 en 5 Prioritaire en overige strategische thema’s',
        wat: 'Bij de thema’s waar dat zinvol is concreet maken welke verbindingen tussen zorg en veiligheid nodig zijn.',
      },
      {
        onderdeel: 'Hoofdstuk 6 Borging',
        wat: 'De belangrijke voorzieningen voor de verbinding opnemen, zoals een apart beleidsplan Zorg en Veiligheid en de Coördinator Zorg en Veiligheid.',
      },
    ],
    raakvlakken: ['1.1', '1.3', '3.1', '3.2', '3.3', '4.2', '5.1', '5.2'],
    instrumenten: [
      { naam: 'Themapagina Zorg en Veiligheid (VNG)', url: 'https://vng.nl/rubrieken/zorg-en-veiligheid' },
      { naam: 'Handelingsperspectief Zorg en Veiligheid (VNG, juli 2018)' },
      { naam: 'Landelijke agenda zorg en veiligheid' },
      { naam: 'Dossier ‘Veiligheid en Zorg’ (CCV)', url: 'https://hetccv.nl/onderwerpen/veiligheid-en-zorg/' },
    ],
  },
  {
    id: 'informatiepositie',
    naam: 'Informatiepositie (informatiemanagement)',
    uitleg: [
      'Werken op basis van informatie en risico’s ligt in het veiligheidsdomein om meerdere redenen voor de hand. De capaciteit en middelen voor maatregelen en interventies zijn altijd beperkt. Er is meer informatie over veiligheid beschikbaar dan ooit, zowel uit de systemen en registraties van gemeente en partners als uit gerichte trajecten zoals onderzoeken. En veiligheidsvraagstukken worden ingewikkelder en deels grimmiger, zodat gerichte inzet op de belangrijkste aangrijpingspunten nodig is om ze beheersbaar te houden.',
      'Deze manier van werken heeft in feite meerwaarde voor alle thema’s in de vijf veiligheidsvelden, maar vooral voor belangrijke, vaak prioritaire thema’s zoals ‘complexe casuïstiek’ (op het snijvlak van zorg en veiligheid), ondermijnende criminaliteit, jeugd, alcohol en drugs en high impact crimes (HIC).',
      'De voorwaarde hiervoor is informatiemanagement: het maken van informatieproducten waarmee veiligheidsvraagstukken gericht kunnen worden aangepakt, zodat maatregelen en interventies zo worden gekozen, ontwikkeld en ingezet dat ze zoveel mogelijk veiligheid opleveren. Daarvoor zijn nodig: een degelijk informatiemanagementplan, een zekere basiscapaciteit (die later kan groeien) en een keuze van de veiligheidsthema’s waarop het informatiemanagement zich eerst richt.',
      'Het informatiemanagementplan bestaat uit: (A) het doel, namelijk informatieproducten maken voor het informatie- en risicogestuurd inzetten van benoemde maatregelen en interventies bij benoemde thema’s; (B) een overzicht van de informatieproducten die er moeten komen, met hun profiel en de manier waarop ze worden gebruikt; (C) de soorten informatie en de informatiebronnen die daarvoor nodig zijn; (D) de deelprocessen, zoals het verwerven, beheren en ontsluiten van bronnen, analyse en methoden, en een procesbeschrijving of stappenplan voor het maken van de producten; (E) randvoorwaarden zoals een interdisciplinair informatieoverleg (signalenoverleg), capaciteit en ICT en tools; en (F) de manier waarop de privacy wordt gewaarborgd (werken volgens de AVG).',
      'Ook in de uitvoeringsfase hoort het borgen van de informatiepositie bij de voorzieningen voor sturing. Het gaat dan om informatie over het veiligheidsbeeld en om informatie over de voortgang van maatregelen en aanpak; voor beide zijn afspraken met partners en vaste werkwijzen nodig. De informatie dient zowel om de effecten van de aanpak te volgen als om nieuwe bedreigingen op te sporen.',
      'Gemeenten en partners hebben de afgelopen jaren op dit lastige terrein flinke vooruitgang geboekt en voor verschillende onderdelen van het informatiemanagement werkende tools en methoden ontwikkeld.',
    ],
    plaatsInIvp: [
      {
        onderdeel: 'Hoofdstuk 3 Strategische uitgangspunten',
        wat: 'Informatie- en risicogestuurd werken (versterking van de intelligence) als een van de strategische uitgangspunten opnemen, met een schets van het informatiemanagement dat daarvoor nodig is.',
      },
      {
        onderdeel: 'Hoofdstuk 4 en 5 Prioritaire en overige strategische thema’s',
        wat: 'Het informatiemanagement benoemen en uitwerken bij de thema’s waar het het meest speelt, dus de thema’s waarop het informatiemanagementplan zich richt.',
      },
      {
        onderdeel: 'Hoofdstuk 6 Coördinatie en borging',
        wat: 'Beschrijven hoe het informatiemanagement organisatorisch wordt ingericht en hoe de informatiepositie wordt geborgd.',
      },
      {
        onderdeel: 'Stap 6 Van beleid naar uitvoering',
        wat: 'De informatiepositie borgen als voorziening voor sturing: met partners afspraken maken en werkwijzen vastleggen voor informatie over het veiligheidsbeeld en over de voortgang van de aanpak.',
      },
    ],
    raakvlakken: ['1.1', '1.3', '3.2', '3.3', '5.2'],
    instrumenten: [
      {
        naam: 'Beeldtafel (provincies Brabant en Zeeland)',
        toelichting: 'Voorbeeld van een hulpmiddel om ingewikkelde ondermijningsinformatie geografisch in beeld te brengen.',
      },
      {
        naam: 'Veiligheidsinformatieknooppunt (VIK)',
        toelichting: 'Voorbeeld van een werkwijze voor lokaal informatieoverleg.',
      },
      { naam: 'VNG-website, onderwerp veiligheid', url: 'https://vng.nl/onderwerpenindex/veiligheid' },
      { naam: 'Dossier Informatiepositie gemeenten (CCV)', url: 'https://www.hetccv.nl/onderwerpen/informatiepositie-gemeenten/' },
    ],
  },
];
