/**
 * Veiligheidsveld 3 "Jeugd en veiligheid": de thema's 3.1 t/m 3.4, elk met de volledige aanpak
 * (rol gemeente, partners, wet- en regelgeving, maatregelen, instrumenten en ontwikkelingen).
 * Teksten in eigen woorden; de feiten komen uit de zesde editie van Kernbeleid Veiligheid.
 */
import type { Thema } from '../types.ts';

const WEGWIJZER_JEUGD_EN_VEILIGHEID = 'https://www.wegwijzerjeugdenveiligheid.nl/';
const DECENTRALE_REGELGEVING = 'https://www.decentraleregelgeving.nl/';

export const themasVeld3: Thema[] = [
  {
    id: '3.1',
    veld: 3,
    naam: 'Jeugdoverlast',
    uitleg: [
      'Dit thema gaat over overlast die jongeren veroorzaken, meestal als groep. Dat kan variëren van lichtere hinder tot zwaardere vormen, waarbij sprake is van echte overlastgevende groepen. Denk aan lawaai maken, mensen intimideren door er nadrukkelijk te zijn, afval laten liggen en soms ook vernielingen en andere kleine criminaliteit.',
      'Lichtere groepen laten zich in de regel goed aanspreken en bijsturen door de mensen om hen heen. Zwaardere groepen hebben meer een eigen structuur met een rangorde, zijn moeilijker te corrigeren en plegen vaak ook (lichte) criminaliteit.',
    ],
    effectinformatie: [
      'Politieregistratie',
      'Meldpunt ‘veiligheid/leefbaarheid’ van de gemeente',
      'Veiligheidsmonitor en andere enquêtes onder bewoners',
      'Registraties van het Zorg- en Veiligheidshuis en van (lokale) multidisciplinaire interventieteams',
      'Groepsscan (met aanbiedingsbrief, standaardrapportage en namenlijst)',
    ],
    effectindicatoren: [
      { naam: 'Ervaren overlast van rondhangende jongeren', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      {
        naam: 'Veiligheidsgevoel op plekken waar groepen jongeren rondhangen',
        bron: 'veiligheidsmonitor',
        aard: 'subjectief',
      },
      {
        naam: 'Aantal geregistreerde incidenten vandalisme/baldadigheid',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: 'Indeling volgens het VNG/INP-model',
      },
      {
        naam: 'Aantal geregistreerde incidenten jeugdoverlast',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: 'Indeling volgens het VNG/INP-model',
      },
      {
        naam: 'Aantal casussen in de persoonsgerichte aanpak (PGA/Top X)',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Zorg- en Veiligheidshuis',
      },
      {
        naam: 'Aantal casussen ‘complexe casuïstiek’',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Zorg- en Veiligheidshuis',
      },
      {
        naam: 'Aantal problematische jeugdgroepen',
        bron: 'overig',
        aard: 'objectief',
        bronToelichting: 'Groepsscan',
      },
      {
        naam: 'Kenmerken van de problematische jeugdgroepen',
        bron: 'overig',
        aard: 'objectief',
        bronToelichting: 'Groepsscan',
      },
    ],
    raakvlakken: ['1.1', '1.2', '1.3', '1.4', '2.1', '2.3', '2.4', '3.2', '3.3', '3.4', '5.1', '5.2', '5.3'],
    trefwoorden: [
      'hangjongeren',
      'jeugdgroepen',
      'rondhangende jongeren',
      'jongerenoverlast',
      'overlastgevende jeugd',
      'groepsscan',
      'jongerenwerk',
      'samenscholingsverbod',
      'lachgas',
      'jeugd-BOA',
    ],
    aanpak: {
      rolGemeente: [
        'De regie voeren op de aanpak van jeugdgroepen: de groepen in kaart brengen, besluiten of en op welke manier een groep wordt aangepakt, en die aanpak ook uitvoeren.',
        'Zorgen voor een systeem en afspraken om de aanpak van jeugdoverlast af te stemmen met sleutelpartners en ketenpartners, zowel op wijkniveau als voor de hele stad.',
        'De voorwaarden voor preventief jongerenwerk op het gewenste niveau houden.',
        'Vastleggen en bewaken wanneer en hoe wordt opgeschaald bij individuele (criminele) jongeren binnen groepen (complexe casuïstiek, persoonsgerichte aanpak).',
        'De verbinding leggen met onder meer de integrale wijkaanpak, de inzet van sociale wijkteams en Jeugd- en Gezinsteams (sociaal domein), Veilig Thuis (AMHK), de aanpak van veilig uitgaan en de aanpak van ‘jeugd, alcohol en drugs’ en ‘veilig in en om de school’.',
      ],
      partners: {
        intern: [
          'Jeugd en Welzijn',
          'Zorg',
          'Wijkgericht werken',
          'Beheer & Onderhoud/Stadsbeheer',
          'Openbare Orde en Veiligheid (OOV)',
        ],
        extern: [
          'Instellingen',
          'Politie',
          'Openbaar Ministerie',
          'Zorg- en Veiligheidshuis',
          'Veilig Thuis',
          'Ouders',
          'Jongeren',
          'Omwonenden',
        ],
      },
      wetgeving: [
        { naam: 'Algemene Plaatselijke Verordening (APV)' },
        {
          naam: 'Wet MBVEO (‘Voetbalwet’)',
          toelichting:
            'Wet maatregelen bestrijding voetbalvandalisme en ernstige overlast.',
        },
        { naam: 'Artikel 172a en 172b Gemeentewet', toelichting: 'Genoemd in samenhang met de Wet MBVEO.' },
      ],
      maatregelen: [
        { naam: 'Hotspotoverleg/jeugdgroepenoverleg' },
        { naam: 'Groepsscan', toelichting: 'Een beeld maken van de jeugdgroepen in de gemeente en hun aard.' },
        { naam: 'Plannen per groep opstellen', toelichting: 'Per jeugdgroep samen met de partners een plan van aanpak maken.' },
        {
          naam: 'Inzet van jeugd-BOA’s, straat- en gezinscoaches en preventief jongerenwerk',
        },
        {
          naam: 'Gebiedsverbod, samenscholingsverbod, meldplicht en preventieve dwangsom',
          toelichting: 'Bestuurlijke maatregelen die vooral bedoeld zijn voor notoire overlastveroorzakers.',
        },
        { naam: 'Buurtbemiddeling en jongerenbuurtbemiddeling' },
        { naam: 'Buurtouders en rolmodellen' },
        { naam: 'Sociale media benutten' },
        { naam: 'PlusMinMee-methode, 7 stappenmodel en ZoetZuurZoutBitter', toelichting: 'Werkwijzen die de methode noemt voor de aanpak van jeugdgroepen.' },
        {
          naam: 'Lachgasverbod in de APV',
          toelichting: 'Een verbod op lachgas in aangewezen gebieden; deze bepaling staat ook in de model-APV.',
        },
      ],
      instrumenten: [
        {
          naam: 'Themawebsite Wegwijzer Jeugd en Veiligheid (CCV)',
          url: WEGWIJZER_JEUGD_EN_VEILIGHEID,
        },
        {
          naam: 'Groepsscan',
          toelichting: 'Maakt deel uit van het 7 stappenmodel voor de aanpak van problematische jeugdgroepen en groepsgedrag.',
          url: WEGWIJZER_JEUGD_EN_VEILIGHEID,
        },
        {
          naam: '7 stappenmodel Aanpak problematische jeugdgroepen en groepsgedrag',
          toelichting: 'Te vinden op de Wegwijzer Jeugd en Veiligheid van het CCV.',
          url: WEGWIJZER_JEUGD_EN_VEILIGHEID,
        },
        {
          naam: 'Database Aanpakken jeugdgroepen en groepsgedrag',
          toelichting: 'Overzicht van aanpakken, op de Wegwijzer Jeugd en Veiligheid.',
          url: WEGWIJZER_JEUGD_EN_VEILIGHEID,
        },
        { naam: 'Webdossier Wet bestrijding voetbalvandalisme en overlast (CCV)' },
        { naam: 'Handreiking Aanpak verstoringen van de openbare orde (CCV)' },
        { naam: 'Jongerenbuurtbemiddeling' },
        {
          naam: 'Model-APV',
          toelichting: 'Beschikbaar via de website voor decentrale regelgeving.',
          url: DECENTRALE_REGELGEVING,
        },
      ],
      ontwikkelingen: [
        'Lachgas(gebruik) als aandachtspunt bij jeugdoverlast.',
        'De invloed van de coronacrisis op jeugdoverlast.',
      ],
    },
  },
  {
    id: '3.2',
    veld: 3,
    naam: 'Jeugdcriminaliteit/individuele probleemjongeren',
    uitleg: [
      'Bij dit thema gaat het om de individuele probleemjongere: een jongere die op meerdere levensterreinen in de problemen zit en vaak ook herhaaldelijk delicten pleegt (veelpleger). Zulke jongeren kunnen de harde kern vormen van problematische en soms zelfs criminele jeugdgroepen.',
      'Het gaat hier typisch om zogeheten ‘complexe casuïstiek’, waarvoor een integrale aanpak nodig is die op de persoon is gericht.',
    ],
    effectinformatie: [
      'Politieregistratie (incidenten met veelplegersdelicten, gegevens over recidive)',
      'Registraties van het Zorg- en Veiligheidshuis en van (lokale) multidisciplinaire interventieteams',
      'Groepsscan',
    ],
    effectindicatoren: [
      {
        naam: 'Aantal geregistreerde incidenten ‘veelplegersdelicten’',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: 'Indeling volgens het VNG/INP-model',
      },
      {
        naam: 'Aantal jeugdige verdachten',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: 'Indeling volgens het VNG/INP-model',
      },
      {
        naam: 'Aantal casussen in de persoonsgerichte aanpak (PGA/Top X)',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Zorg- en Veiligheidshuis',
      },
      {
        naam: 'Aantal casussen ‘complexe casuïstiek’',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Zorg- en Veiligheidshuis',
      },
      {
        naam: 'Aantal criminele jongeren binnen problematische jeugdgroepen',
        bron: 'overig',
        aard: 'objectief',
        bronToelichting: 'Groepsscan',
      },
    ],
    raakvlakken: ['1.1', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.3', '5.1', '5.2', '5.3'],
    trefwoorden: [
      'jeugdcriminaliteit',
      'probleemjongeren',
      'criminele jeugdgroepen',
      'veelplegers',
      'persoonsgerichte aanpak',
      'PGA',
      'Top X',
      'complexe casuïstiek',
      'LVB',
      'wapenbezit',
    ],
    aanpak: {
      rolGemeente: [
        'De regie voeren op de aanpak van criminele jeugdgroepen: de informatiepositie op orde houden, ervoor zorgen dat er per groep één duidelijk plan van aanpak komt dat ook wordt uitgevoerd, en de aanpak en de effecten volgen.',
        'De regie voeren op de persoonsgerichte aanpak (PGA/Top X) van individuele probleemjongeren: de systeembenadering stimuleren en zorgen dat de eerste lijn (sociale wijkteams, Jeugd- en Gezinsteams) en de opschalingsniveaus goed op elkaar ingrijpen.',
        'Sturen op hoe goed de ketens werken en hoe ze op elkaar aansluiten (regie op het Zorg- en Veiligheidshuis).',
        'De verbinding leggen met onder meer de integrale wijkaanpak, de aanpak van jeugdoverlast en de aanpak van georganiseerde criminaliteit.',
      ],
      partners: {
        intern: [
          'Jeugd en Welzijn',
          'Zorg',
          'Wijkgericht werken',
          'Openbare Orde en Veiligheid (OOV)',
          'Vergunningverlening, Toezicht en Handhaving (VTH)',
        ],
        extern: [
          'Instellingen',
          'Politie',
          'Openbaar Ministerie',
          'Zorg- en Veiligheidshuis',
          'Veilig Thuis',
          'Ouders',
          'Jongeren',
        ],
      },
      wetgeving: [
        { naam: 'Jeugdwet' },
        {
          naam: 'Wet MBVEO (‘Voetbalwet’)',
          toelichting: 'Wet maatregelen bestrijding voetbalvandalisme en ernstige overlast.',
        },
      ],
      maatregelen: [
        {
          naam: 'Netwerkcoördinator Jeugd',
          toelichting: 'Een functionaris die de verbinding legt tussen zorg en veiligheid.',
        },
        {
          naam: 'Persoonsgerichte aanpak (PGA) met systeembenadering',
          toelichting:
            'Bij problematische jongeren kijken naar het hele systeem eromheen: het gezin en de thuissituatie, school en werk, vrienden, enzovoort.',
        },
        { naam: 'Het Zorg- en Veiligheidshuis inrichten en verankeren' },
        { naam: 'Verbinding met Veilig Thuis' },
        {
          naam: 'Expertise over licht verstandelijke beperking (LVB)',
          toelichting: 'Kennis over jongeren met een LVB opbouwen en in de aanpak verwerken.',
        },
        {
          naam: 'Een goed werkende eerste lijn',
          toelichting: 'Wijkteams, Jeugd- en Gezinsteams, gezins- en straatcoaches en jeugd-BOA’s doelmatig inrichten.',
        },
        { naam: 'Escalatiesystematiek Zorg en Veiligheid', toelichting: 'Vaste afspraken over wanneer en hoe een casus wordt opgeschaald.' },
        { naam: 'PlusMinMee-methode, 7 stappenmodel en ZoetZuurZoutBitter', toelichting: 'Werkwijzen die de methode noemt voor de aanpak van jeugdgroepen.' },
      ],
      instrumenten: [
        { naam: 'Groepsscan-methodiek van de politie' },
        { naam: 'Themawebsite Wegwijzer Jeugd en Veiligheid (CCV)', url: WEGWIJZER_JEUGD_EN_VEILIGHEID },
        {
          naam: '7 stappenmodel Aanpak problematische jeugdgroepen en groepsgedrag',
          url: WEGWIJZER_JEUGD_EN_VEILIGHEID,
        },
        { naam: 'Handreiking uitwisselen gegevens' },
      ],
      ontwikkelingen: [
        'Jongeren die wapens bij zich dragen; er is een landelijk actieplan om dit tegen te gaan.',
      ],
    },
  },
  {
    id: '3.3',
    veld: 3,
    naam: 'Jeugd, alcohol en drugs',
    uitleg: [
      'Dit thema gaat over de hinder die drank- en drugsgebruik veroorzaakt op straat en in andere openbare ruimten, maar ook bijvoorbeeld in het uitgaansgebied en in horecazaken. Drank en drugs kunnen samengaan met geweld, vernielingen en lawaai; dit beheersbaar houden is een belangrijke taak van de gemeente.',
      'Daarnaast speelt nog een ander veiligheidsrisico mee: (overmatig) gebruik van alcohol en drugs is slecht voor de gezondheid.',
    ],
    effectinformatie: [
      'Meldpunt ‘veiligheid/leefbaarheid’ van de gemeente',
      'Veiligheidsmonitor',
      '(Jeugd)gezondheidsmonitoren van de GGD',
      'Gegevens van de verslavingszorg over hulp aan minderjarigen',
      'Registraties van het Zorg- en Veiligheidshuis en van (lokale) multidisciplinaire interventieteams',
    ],
    effectindicatoren: [
      {
        naam: 'Alcoholgebruik onder jongeren',
        bron: 'overig',
        aard: 'objectief',
        bronToelichting: 'Jeugdgezondheidsmonitor (GGD)',
      },
      {
        naam: 'Drugsgebruik onder jongeren',
        bron: 'overig',
        aard: 'objectief',
        bronToelichting: 'Jeugdgezondheidsmonitor (GGD)',
      },
      {
        naam: 'Aantal geregistreerde incidenten alcohol- en drugsoverlast',
        bron: 'politieregistratie',
        aard: 'objectief',
      },
      {
        naam: 'Aantal casussen ‘complexe casuïstiek’ op het snijvlak van zorg en veiligheid',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Zorg- en Veiligheidshuis/Veilig Thuis',
      },
      {
        naam: 'Aantal minderjarige cliënten in de verslavingszorg',
        bron: 'overig',
        aard: 'objectief',
        bronToelichting: 'Verslavingszorg',
      },
    ],
    raakvlakken: ['1.1', '1.2', '1.4', '2.1', '2.3', '2.4', '3.1', '3.2', '4.1'],
    trefwoorden: [
      'alcohol',
      'drugs',
      'lachgas',
      'Drank- en Horecawet',
      'DHW',
      'Alcoholwet',
      'hokken en keten',
      'coffeeshop',
      'middelengebruik',
      'alcoholverbod',
    ],
    aanpak: {
      rolGemeente: [
        'De regie voeren op het aanpakken en voorkomen van overmatig alcohol- en drugsgebruik en van de nadelige gevolgen daarvan voor de veiligheid (overlast, geweld, vernielingen en dergelijke).',
        'Een brug slaan tussen enerzijds het bestrijden en voorkomen van geweld en overlast (bijvoorbeeld met maatregelen in het uitgaansgebied) en anderzijds het voorkomen van overmatig alcohol- en drugsgebruik (bijvoorbeeld door het aanbod te beperken en daarop te handhaven, samen met voorlichting).',
        'De verbinding leggen met de aanpak van ‘complexe casuïstiek’ (zorg en veiligheid) en met het drank- en horecabeleid, het uitgaansbeleid, het evenementenbeleid, het beleid voor paracommercie en het coffeeshopbeleid.',
      ],
      partners: {
        intern: [
          'Jeugd en Welzijn',
          'Zorg/Gezondheid',
          'Horeca/Recreatie',
          'Vergunningverlening, Toezicht en Handhaving (VTH)',
          'Openbare Orde en Veiligheid (OOV)',
        ],
        extern: [
          'Onderwijsinstellingen',
          'GGD',
          'Verslavingszorg',
          'Zorg- en Veiligheidshuis',
          'Veilig Thuis',
          'Politie',
          'Horecaondernemers',
          'Organisatoren van evenementen',
          'Supermarkten',
          'Slijterijen',
          'Sportverenigingen',
          'Ouders',
          'Jongeren',
        ],
      },
      wetgeving: [
        { naam: 'Drank- en Horecawet (DHW)' },
        { naam: 'Algemene Plaatselijke Verordening (APV)' },
        { naam: 'Wet middelenonderzoek bij geweldplegers' },
      ],
      maatregelen: [
        { naam: 'Preventie- en Handhavingsplan Alcohol' },
        {
          naam: 'Toezicht en handhaving op de Drank- en Horecawet',
          toelichting: 'Onder meer controle op de leeftijdsgrens bij de verkoop van alcohol.',
        },
        { naam: 'Nalevingsonderzoeken' },
        { naam: 'Voorlichtingscampagnes over alcohol en drugs' },
        { naam: 'Convenant met sport- en voetbalverenigingen' },
        { naam: 'Alcohol- en drugsonderzoek bij geweld', toelichting: 'Bij geweldplegers laten onderzoeken of alcohol of drugs in het spel waren.' },
        { naam: 'Alcoholverbod in de openbare ruimte' },
        { naam: 'Afstandseisen voor coffeeshops invoeren' },
        { naam: 'Toezicht en handhaving op ‘hokken en keten’' },
        { naam: 'Toezicht en handhaving op coffeeshops, smartshops en growshops' },
        {
          naam: 'Lachgasverbod in de APV',
          toelichting: 'Een verbod op lachgas in aangewezen gebieden; deze bepaling staat ook in de model-APV.',
        },
      ],
      instrumenten: [
        { naam: 'Alcohol- en drugsonderzoek bij geweld' },
        { naam: 'Handleiding ‘ketenbeleid’ (2010)' },
        { naam: 'Kwaliteitsmeter Veilig Uitgaan' },
        {
          naam: 'Dossier Alcoholverbod 18-minners in de praktijk (CCV)',
          url: 'https://www.hetccv.nl/onderwerpen/alcoholverbod-18-minners-in-de-praktijk/',
        },
        {
          naam: 'Model-APV',
          toelichting: 'Beschikbaar via de website voor decentrale regelgeving.',
          url: DECENTRALE_REGELGEVING,
        },
        { naam: 'Website van het Trimbos-instituut', url: 'https://www.trimbos.nl/' },
        { naam: 'App Red Alert van het Trimbos-instituut' },
        { naam: 'Website van STAP', url: 'https://www.stap.nl/' },
        { naam: 'Themawebsite Wegwijzer Jeugd en Veiligheid (CCV)', url: WEGWIJZER_JEUGD_EN_VEILIGHEID },
      ],
      ontwikkelingen: [
        'Jongeren gebruikten (al vóór corona) steeds vaker lachgas.',
        'Tijdens de coronacrisis nam het alcohol- en drugsgebruik onder jongeren (mogelijk regionaal) toe.',
        'Het gebruik van cannabis neemt toe.',
        'Door de coronamaatregelen verveelden jongeren zich meer.',
      ],
    },
  },
  {
    id: '3.4',
    veld: 3,
    naam: 'Veilig in en om de school',
    uitleg: [
      'Jongeren kunnen zowel dader als slachtoffer van onveiligheid zijn: thuis, in de wijk, tijdens het uitgaan en ook op school.',
      'Veiligheidsproblemen die zich op en rond scholen kunnen voordoen zijn onder meer (digitaal) pesten, geweld, diefstal, overlast, vernielingen, drugsgebruik en onveilige verkeerssituaties.',
    ],
    effectinformatie: ['Jeugd(gezondheids)monitoren', 'Veiligheidsrapportages van scholen'],
    effectindicatoren: [],
    raakvlakken: ['1.1', '1.2', '1.3', '2.1', '3.1', '3.2', '3.3', '4.1', '4.2', '5.1', '5.3'],
    trefwoorden: [
      'schoolveiligheid',
      'veilige school',
      'pesten',
      'cyberpesten',
      'schoolagent',
      'schoolveiligheidsplan',
      'Wet sociale veiligheid op school',
      'kluisjescontrole',
      'onderwijs',
    ],
    aanpak: {
      rolGemeente: [
        'De samenwerking in het netwerk van onderwijsinstellingen, gemeente, politie en andere instellingen mogelijk maken, volgen, evalueren en aanjagen.',
        'Sturen en evalueren mede aan de hand van het schoolveiligheidsplan en de jaarlijkse veiligheidsrapportage, die voor scholen in het primair en voortgezet onderwijs verplicht zijn.',
        'Daarbij de koppeling maken met het thema ‘Gezonde school’ (de school als plek voor voorlichting over voeding, alcohol en drugs) en zo nodig met het thema huiselijk geweld (de school als plek waar kindermishandeling aan het licht kan komen).',
      ],
      partners: {
        intern: [
          'Onderwijs',
          'Jeugd en Welzijn',
          'Zorg/Gezondheid',
          'Openbare Orde en Veiligheid (OOV)',
          'Verkeer',
        ],
        extern: [
          'Onderwijsinstellingen (primair en voortgezet onderwijs)',
          'Politie',
          'Halt',
          'Instellingen voor zorg en gezondheid',
          'Brandweer/Veiligheidsregio',
        ],
      },
      wetgeving: [
        { naam: 'Wet sociale veiligheid op school' },
        { naam: 'Zorgplicht voor de sociale veiligheid van leerlingen op school' },
      ],
      maatregelen: [
        {
          naam: 'Afstemming over schoolveiligheidsplannen en veiligheidsrapportages',
          toelichting:
            'Met scholen en politie overleggen over de verplichte schoolveiligheidsplannen en de jaarlijkse veiligheidsrapportages.',
        },
        { naam: 'Samenwerking via convenanten stimuleren' },
        { naam: 'School(wijk)agenten en spreekuren van wijkagenten' },
        { naam: 'Pestprotocollen' },
        { naam: 'Zorg- en veiligheidscoördinator', toelichting: 'Maatregel binnen de onderwijsinstelling zelf.' },
        { naam: 'Multidisciplinair ondersteuningsteam', toelichting: 'Maatregel binnen de onderwijsinstelling zelf.' },
        { naam: 'Registratie van incidenten', toelichting: 'Maatregel binnen de onderwijsinstelling zelf.' },
        { naam: 'Controle van kluisjes', toelichting: 'Maatregel binnen de onderwijsinstelling zelf.' },
        { naam: 'Detectie van wapens', toelichting: 'Maatregel binnen de onderwijsinstelling zelf.' },
        { naam: 'Alcoholmeters bij schoolfeesten', toelichting: 'Maatregel binnen de onderwijsinstelling zelf.' },
        {
          naam: 'Situationele preventie/‘veilig ontwerp’',
          toelichting: 'Maatregel binnen de onderwijsinstelling zelf: het gebouw en de omgeving zo inrichten dat onveiligheid minder kans krijgt.',
        },
        {
          naam: 'Lachgasverbod rond scholen in de APV',
          toelichting: 'Deze bepaling staat ook in de model-APV.',
        },
      ],
      instrumenten: [
        { naam: 'School en Veiligheid', url: 'https://www.schoolenveiligheid.nl/' },
        { naam: 'Themawebsite Wegwijzer Jeugd en Veiligheid (CCV)', url: WEGWIJZER_JEUGD_EN_VEILIGHEID },
        { naam: 'Nederlands Jeugdinstituut (NJi)', url: 'https://www.nji.nl/' },
        { naam: 'Veiligheidseffectrapportage (VER)' },
        { naam: 'Crime Prevention Through Environmental Design (CPTED)' },
        { naam: 'Cyber 24' },
        {
          naam: 'Model-APV',
          toelichting: 'Beschikbaar via de website voor decentrale regelgeving.',
          url: DECENTRALE_REGELGEVING,
        },
      ],
      ontwikkelingen: [],
    },
  },
];
