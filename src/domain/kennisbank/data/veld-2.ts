/**
 * Veiligheidsveld 2: Bedrijvigheid en veiligheid (thema's 2.1 t/m 2.5).
 * Feiten uit de zesde editie van Kernbeleid Veiligheid; alle teksten in eigen woorden.
 */
import type { Thema } from '../types.ts';

/** Cijfers uit de politieregistratie, omgezet naar de thema-indeling van Kernbeleid Veiligheid. */
const VNG_INP = 'VNG-INP-model (op te vragen bij het basisteam van de politie)';

const URL_KVO = 'https://hetccv.nl/keurmerken/expert/keurmerk-veilig-ondernemen/';
const URL_WEEK_VAN_DE_VEILIGHEID = 'https://www.deweekvandeveiligheid.nl/';
const URL_HANDREIKING_APV_ONDERMIJNING =
  'https://vng.nl/nieuws/handreiking-apv-en-ondermijning-voor-gemeenten';
const URL_DOR = 'https://hetccv.nl/onderwerpen/heling/digitaal-opkopers-register-dor/';

export const themasVeld2: Thema[] = [
  // ---------------------------------------------------------------------------------------------
  // 2.1 Veilig winkelgebied
  // ---------------------------------------------------------------------------------------------
  {
    id: '2.1',
    veld: 2,
    naam: 'Veilig winkelgebied',
    uitleg: [
      'Een winkelgebied kent uiteenlopende vormen van onveiligheid. Denk aan winkeldiefstal, zakkenrollen en overvallen, maar ook aan overlast door jongeren, vernielingen, fietsers en brommers die door het voetgangersgebied rijden en winkelpanden die niet brandveilig genoeg zijn.',
      'Ook zwerfafval en andere signalen van verloedering spelen mee: ze kunnen ervoor zorgen dat bezoekers en ondernemers zich minder veilig voelen, ook als er objectief weinig gebeurt.',
    ],
    effectinformatie: [
      'Politieregistratie',
      'Meldpunt veiligheid en leefbaarheid van de gemeente',
      'Veiligheidsmonitor en andere enquêtes onder bewoners',
      'Enquêtes onder ondernemers, indien beschikbaar (bijvoorbeeld een binnenstadsmonitor)',
      'Veilig Ondernemen in Beeld (VOiB): cijfers over criminaliteit in planmatige winkelgebieden en in stads- en dorpscentra in Nederland, op te vragen bij het Platform Veilig Ondernemen',
    ],
    effectindicatoren: [
      {
        naam: 'Veiligheidsgevoel in het centrum van de woonplaats',
        bron: 'veiligheidsmonitor',
        aard: 'subjectief',
      },
      {
        naam: 'Veiligheidsgevoel in het winkelgebied of winkelcentrum',
        bron: 'veiligheidsmonitor',
        aard: 'subjectief',
      },
      {
        naam: 'Aantal incidenten en aangiften van winkeldiefstal',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: VNG_INP,
      },
      {
        naam: 'Aantal incidenten en aangiften van inbraak in winkels',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: VNG_INP,
      },
    ],
    raakvlakken: ['1.3', '2.2', '2.3', '2.5', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2'],
    trefwoorden: [
      'winkelcentrum',
      'binnenstad',
      'winkeldiefstal',
      'KVO-w',
      'Keurmerk Veilig Ondernemen',
      'collectief winkelverbod',
      'winkelleegstand',
      'zakkenrollerij',
      'heling',
      'ondernemers',
    ],
    aanpak: {
      rolGemeente: [
        'De criminaliteit en overlast in de openbare ruimte van het winkelgebied aanpakken en/of de regie op die aanpak voeren.',
        'Ondernemers aanmoedigen en ondersteunen om zelf een actieve rol te spelen, door eigen initiatief of publiek-private samenwerking, bijvoorbeeld via het Keurmerk Veilig Ondernemen voor winkelgebieden (KVO-w).',
        'Ondernemers attenderen op de informatie en hulpmiddelen voor ondernemers op veiligondernemenbeginhier.nl, de website van het CCV.',
      ],
      partners: {
        intern: [
          'Economie',
          'Beheer & Onderhoud/Stadsbeheer',
          'Citymanagement',
          'Openbare Orde en Veiligheid (OOV)',
          'Vergunningverlening, Toezicht en Handhaving (VTH)',
        ],
        extern: [
          'Ondernemers en ondernemersverenigingen',
          'Kamer van Koophandel',
          'Politie',
          'Brandweer/Veiligheidsregio',
          'MKB',
          "RIEC's",
          'Regionale Platforms Veilig Ondernemen (PVO)',
          'Woningcorporaties (bij complexen waarin wonen, werken en winkelen samengaan)',
        ],
      },
      wetgeving: [],
      maatregelen: [
        {
          naam: 'Publiek-private samenwerking faciliteren, zoals het KVO-w',
          toelichting:
            'Generiek: de gemeente ondersteunt instrumenten waarin overheid en ondernemers samen optrekken, zoals het Keurmerk Veilig Ondernemen voor winkelgebieden.',
        },
        {
          naam: 'Ondernemers wijzen op informatie en hulpmiddelen van het CCV',
          toelichting:
            'Generiek: de gemeente verwijst ondernemers naar de website van het CCV met informatie en tools voor ondernemers.',
        },
        {
          naam: 'Actieve deelname van ondernemers bevorderen',
          toelichting: 'Generiek: ondernemers stimuleren om zelf mee te doen aan de aanpak.',
        },
        {
          naam: 'Digitaal Opkopersregister (DOR)',
          toelichting: 'Generiek: het register wordt ingezet als onderdeel van de aanpak van heling.',
        },
        {
          naam: 'Toezicht in het winkelgebied',
          toelichting: 'Specifiek: zowel fysiek toezicht (mensen op straat) als cameratoezicht.',
        },
        {
          naam: 'Beveiliging van parkeergarages, geparkeerde auto’s en fietsenstallingen',
          toelichting:
            'Specifiek: beveiligingsmaatregelen op plekken waar bezoekers hun vervoermiddel achterlaten, en vergelijkbare voorzieningen.',
        },
        {
          naam: 'Collectief winkelverbod',
          toelichting:
            'Specifiek: winkeliers spreken gezamenlijk een verbod uit voor daders, dat voor alle deelnemende winkels geldt.',
        },
        {
          naam: 'Leegstand van winkelpanden voorkomen en aanpakken',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Straatparkeren beperken en het winkelgebied verkeersluw maken',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Verlichting, veilig ontwerp en andere fysieke maatregelen',
          toelichting:
            'Specifiek: hieronder valt ook een winkelgebied dat goed toegankelijk is voor ouderen.',
        },
        {
          naam: 'Situationele preventie van vernielingen',
          toelichting:
            'Specifiek: bijvoorbeeld straatmeubilair dat bestand is tegen vandalisme (‘hufterproof’).',
        },
        {
          naam: 'Overvallen voorkomen met maatregelen in bedrijfspanden',
          toelichting: 'Specifiek: preventieve voorzieningen binnen de winkels en bedrijven zelf.',
        },
        {
          naam: 'Investeren in de economische kwaliteit en uitstraling van het winkelgebied',
          toelichting:
            'Specifiek: als ondersteunende maatregel naast de veiligheidsaanpak, of als onderdeel daarvan.',
        },
        {
          naam: 'Cameratoezicht met live meekijken',
          toelichting: 'Specifiek: camerabeelden worden rechtstreeks uitgekeken (live-view).',
        },
        {
          naam: 'Vergunningstelsel in de APV instellen',
          toelichting:
            'Specifiek: via de Algemene Plaatselijke Verordening een vergunningplicht invoeren voor bepaalde bedrijvigheid.',
        },
      ],
      instrumenten: [
        {
          naam: 'Themasite Keurmerk Veilig Ondernemen (CCV)',
          url: URL_KVO,
        },
        {
          naam: 'Procesbegeleiding bij het KVO door het CCV',
          toelichting: 'Het CCV ondersteunt het proces om tot een Keurmerk Veilig Ondernemen te komen.',
        },
        {
          naam: 'Publiek-private samenwerking en Platform Veilig Ondernemen (CCV)',
          toelichting: 'Instrumenten voor samenwerking tussen overheid en ondernemers.',
          url: 'https://hetccv.nl/onderwerpen/platform-veilig-ondernemen/samen-wijzer/instrumenten/',
        },
        {
          naam: 'Collectief winkelverbod (CCV)',
          url: 'https://hetccv.nl/onderwerpen/aanpak-veilig-winkelgebied/maatregelen/collectief-winkelverbod/',
        },
        {
          naam: 'De Week van de Veiligheid',
          url: URL_WEEK_VAN_DE_VEILIGHEID,
        },
        {
          naam: 'Handreiking APV en ondermijning voor gemeenten (VNG)',
          url: URL_HANDREIKING_APV_ONDERMIJNING,
        },
        {
          naam: 'Digitaal Opkopersregister (DOR) (CCV)',
          toelichting: 'Informatie over het register als middel tegen heling.',
          url: URL_DOR,
        },
        {
          naam: 'Veiligondernemenbeginhier.nl (CCV)',
          toelichting:
            'Website van het CCV met informatie en hulpmiddelen voor ondernemers; genoemd bij de rol van de gemeente.',
          url: 'https://veiligondernemenbeginhier.nl/',
        },
      ],
      ontwikkelingen: [],
    },
  },

  // ---------------------------------------------------------------------------------------------
  // 2.2 Veilige bedrijventerreinen
  // ---------------------------------------------------------------------------------------------
  {
    id: '2.2',
    veld: 2,
    naam: 'Veilige bedrijventerreinen',
    uitleg: [
      'Veiligheid op bedrijventerreinen heeft een sociale en een fysieke kant. Aan de sociale kant gaat het om inbraak bij bedrijven, diefstal, overvallen en vernielingen; aan de fysieke kant om de inrichting en het onderhoud van het terrein, de verkeersveiligheid en de brandveiligheid. Daarnaast komen op bedrijventerreinen soms illegale bewoning en drugscriminaliteit voor, zoals hennepkwekerijen.',
      'Let op: de zogenoemde externe veiligheid, dus de veiligheid rond bedrijven waar gevaarlijke stoffen liggen opgeslagen of worden verwerkt, hoort niet bij dit thema maar bij veiligheidsveld 4, Fysieke veiligheid.',
    ],
    effectinformatie: [
      'Politieregistratie (aantallen meldingen en incidenten)',
      'Meldpunt veiligheid en leefbaarheid van de gemeente',
      'Enquêtes onder ondernemers',
      'M-meldingen (anonieme meldingen via Meld Misdaad Anoniem)',
      'Onderzoeken naar ‘vastgoed met een luchtje’ en het onderzoek ‘blackbox’ over opslagunits',
    ],
    effectindicatoren: [
      {
        naam: 'Aantal incidenten van diefstal en inbraak bij bedrijven en kantoren',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: VNG_INP,
      },
      {
        naam: 'Aantal incidenten van overvallen',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: VNG_INP,
      },
    ],
    raakvlakken: ['1.3', '2.1', '2.4', '3.2', '4.1', '4.2', '4.3', '4.4', '5.2'],
    trefwoorden: [
      'bedrijventerrein',
      'industrieterrein',
      'KVO-b',
      'Keurmerk Veilig Ondernemen',
      'parkmanagement',
      'collectieve beveiliging',
      'BIZ',
      'bedrijfsinbraak',
      'opslagunits',
      'mobiel banditisme',
    ],
    aanpak: {
      rolGemeente: [
        'Criminaliteit en overlast in de openbare ruimte van bedrijventerreinen aanpakken en/of de regie op die aanpak voeren.',
        'Ondernemers aanmoedigen en ondersteunen om zelf een actieve rol te spelen, door eigen initiatief of publiek-private samenwerking, bijvoorbeeld via het Keurmerk Veilig Ondernemen voor bedrijventerreinen (KVO-b).',
      ],
      partners: {
        intern: [
          'Economie',
          'Beheer & Onderhoud/Stadsbeheer',
          'Openbare Orde en Veiligheid (OOV)',
          'Vergunningverlening, Toezicht en Handhaving (VTH)',
        ],
        extern: [
          'Ondernemers en ondernemersverenigingen',
          'Kamer van Koophandel',
          'Politie',
          'Brandweer/Veiligheidsregio',
          'MKB',
          "RIEC's",
          'Regionale Platforms Veilig Ondernemen (PVO)',
        ],
      },
      wetgeving: [],
      maatregelen: [
        {
          naam: 'Publiek-private samenwerking faciliteren, zoals het KVO-b',
          toelichting:
            'Generiek: de gemeente ondersteunt instrumenten waarin overheid en ondernemers samen optrekken, zoals het Keurmerk Veilig Ondernemen voor bedrijventerreinen.',
        },
        {
          naam: 'Ondernemers wijzen op informatie en hulpmiddelen van het CCV',
          toelichting:
            'Generiek: de gemeente verwijst ondernemers naar de website van het CCV met informatie en tools voor ondernemers.',
        },
        {
          naam: 'Actieve (ook financiële) deelname van ondernemers bevorderen',
          toelichting:
            'Generiek: ondernemers stimuleren om mee te doen aan de aanpak en daar ook aan bij te dragen.',
        },
        {
          naam: 'Digitaal Opkopersregister (DOR)',
          toelichting: 'Generiek: het register wordt ingezet als onderdeel van de aanpak van heling.',
        },
        {
          naam: 'Parkmanagement stimuleren en faciliteren',
          toelichting: 'Specifiek: vormen van gezamenlijk beheer van het bedrijventerrein.',
        },
        {
          naam: 'Collectieve beveiliging stimuleren en faciliteren',
          toelichting:
            'Specifiek: bijvoorbeeld via een Stichting Beveiliging Bedrijventerreinen waarin bedrijven de beveiliging samen regelen.',
        },
        {
          naam: 'KVO-trajecten van bedrijven ondersteunen',
          toelichting: 'Specifiek: bijvoorbeeld doordat de gemeente het secretariaat van het traject verzorgt.',
        },
        {
          naam: 'Fysiek onderhoud en beheer van de openbare ruimte op bedrijventerreinen',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Technisch toezicht',
          toelichting: 'Specifiek: bijvoorbeeld camera’s en kentekenregistratie.',
        },
        {
          naam: 'Veilig ontwerp',
          toelichting: 'Specifiek: al in de ontwerpfase van een terrein rekening houden met de eisen van veilig ontwerp.',
        },
        {
          naam: 'Maatregelen voor de verkeersveiligheid',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Overvallen voorkomen met maatregelen in en rond bedrijfspanden',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Illegale bewoning en oneigenlijk gebruik aanpakken en controleren',
          toelichting: 'Specifiek: controles op en aanpak van bewoning of gebruik dat niet is toegestaan.',
        },
        {
          naam: 'Investeren in de economische kwaliteit en uitstraling van bedrijventerreinen',
          toelichting:
            'Specifiek: als ondersteunende maatregel naast de veiligheidsaanpak, of als onderdeel daarvan.',
        },
        {
          naam: 'Cameratoezicht in publiek-private samenwerking',
          toelichting: 'Specifiek: cameratoezicht dat gemeente en ondernemers samen (PPS) organiseren.',
        },
        {
          naam: 'Bedrijveninvesteringszones (BIZ)',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Vergunningstelsel in de APV instellen',
          toelichting:
            'Specifiek: via de Algemene Plaatselijke Verordening een vergunningplicht invoeren voor bepaalde bedrijvigheid.',
        },
        {
          naam: 'Campagne Meld Misdaad Anoniem inzetten',
          toelichting: 'Specifiek: ondernemers en anderen aansporen om anoniem te melden wat zij zien.',
        },
      ],
      instrumenten: [
        {
          naam: 'Themasite Keurmerk Veilig Ondernemen (CCV)',
          url: URL_KVO,
        },
        {
          naam: 'Procesbegeleiding bij het KVO door MKB-Nederland',
          toelichting: 'MKB-Nederland ondersteunt het proces om tot een Keurmerk Veilig Ondernemen te komen.',
        },
        {
          naam: 'De Week van de Veiligheid',
          url: URL_WEEK_VAN_DE_VEILIGHEID,
        },
        {
          naam: 'Keurmerk Veilig Ondernemen voor bedrijventerreinen (KVO-b) (CCV)',
          url: 'https://hetccv.nl/onderwerpen/veiligheidsbeleving/wat-is-het-probleem/veilig-ondernemen/bedrijventerreinen/',
        },
        {
          naam: 'Taskforce Mobiel Banditisme (CCV)',
          url: 'https://hetccv.nl/onderwerpen/mobiele-bendes/taskforce-mobiel-banditisme/',
        },
        {
          naam: 'Slim bekeken',
          url: 'https://www.slimbekeken.nu/',
        },
        {
          naam: 'Handreiking APV en ondermijning voor gemeenten (VNG)',
          url: URL_HANDREIKING_APV_ONDERMIJNING,
        },
        {
          naam: 'Meld Misdaad Anoniem',
          url: 'https://www.meldmisdaadanoniem.nl/',
        },
        {
          naam: 'Digitaal Opkopersregister (DOR) (CCV)',
          toelichting: 'Informatie over het register als middel tegen heling.',
          url: URL_DOR,
        },
      ],
      ontwikkelingen: [],
    },
  },

  // ---------------------------------------------------------------------------------------------
  // 2.3 Veilig uitgaan
  // ---------------------------------------------------------------------------------------------
  {
    id: '2.3',
    veld: 2,
    naam: 'Veilig uitgaan',
    uitleg: [
      'Uitgaansvoorzieningen dragen positief bij aan een gemeente: ze versterken het culturele en sociale klimaat en leveren economisch voordeel op.',
      'Tegelijk kunnen rond cafés, clubs en andere uitgaansgelegenheden veiligheidsproblemen ontstaan, zoals geweld, overlast en vernielingen. Die vernielingen doen zich soms voor langs de routes die uitgaanders naar huis nemen, de zogenoemde (s)looproutes.',
    ],
    effectinformatie: [
      'Politieregistratie',
      'Meldpunt veiligheid en leefbaarheid van de gemeente',
      'Veiligheidsmonitor',
      'Enquêtes onder uitgaanspubliek en ondernemers',
    ],
    effectindicatoren: [
      {
        naam: 'Veiligheidsgevoel rond uitgaansgelegenheden in de woonplaats',
        bron: 'veiligheidsmonitor',
        aard: 'subjectief',
      },
      {
        naam: 'Veiligheidsgevoel in het centrum van de woonplaats',
        bron: 'veiligheidsmonitor',
        aard: 'subjectief',
      },
      {
        naam: 'Ervaren hinder van horecagelegenheden zoals cafés, restaurants en snackbars',
        bron: 'veiligheidsmonitor',
        aard: 'subjectief',
      },
      {
        naam: 'Aantal incidenten van overlast door horeca',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: VNG_INP,
      },
      {
        naam: 'Aantal geweldsincidenten in het uitgaansgebied tijdens uitgaansuren',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: 'Via een gerichte uitvraag bij de politie',
      },
      {
        naam: 'Overlast en vernielingen door uitgaanspubliek langs de ‘slooproutes’',
        bron: 'overig',
        aard: 'objectief',
        bronToelichting:
          'Eigen monitoring bij de aanpak van de slooproutes, afgestemd met vervoerders, omwonenden en politie',
      },
    ],
    raakvlakken: [
      '1.1', '1.2', '1.4',
      '2.1', '2.4', '2.5',
      '3.1', '3.2', '3.3',
      '4.1', '4.2', '4.4',
      '5.2', '5.3', '5.5',
    ],
    trefwoorden: [
      'uitgaansgebied',
      'horeca',
      'nachtleven',
      'uitgaansgeweld',
      'Drank- en Horecawet',
      'DHW',
      'collectieve horecaontzegging',
      'preventief fouilleren',
      'sluitingstijden',
      'slooproutes',
    ],
    aanpak: {
      rolGemeente: [
        'Geweld, vernielingen, overlast en andere vormen van onveiligheid en criminaliteit in het uitgaansgebied aanpakken en/of de regie op die aanpak voeren.',
        'Horecaondernemers aanmoedigen en ondersteunen om zelf een actieve rol te spelen, door eigen initiatief of publiek-private samenwerking.',
        'De aanpak verbinden met het terugdringen van overmatig alcoholgebruik, onder meer door de Drank- en Horecawet uit te voeren: denk aan het voorkomen van alcoholverkoop aan minderjarigen en het tegengaan van dronkenschap en doorschenken.',
        'Let op: het toezicht op en de handhaving van de brandveiligheid in de horeca valt onder thema 4.2 (Brandveiligheid).',
      ],
      partners: {
        intern: [
          'Horecabeleid',
          'Economie',
          'Toerisme/Recreatie',
          'Beheer & Onderhoud/Stadsbeheer',
          'Openbare Orde en Veiligheid (OOV)',
          'Vergunningverlening, Toezicht en Handhaving (VTH)',
        ],
        extern: [
          'Horecaondernemers en hun verenigingen',
          'Bewoners',
          'Koninklijke Horeca Nederland (lokale afdeling)',
          'Politie',
          'Openbaar Ministerie',
          'Brandweer/Veiligheidsregio',
          'Citymanagement',
        ],
      },
      wetgeving: [
        {
          naam: 'Algemene Plaatselijke Verordening (APV)',
        },
        {
          naam: 'Gemeentewet, artikel 151b',
          toelichting: 'Grondslag voor preventief fouilleren.',
        },
        {
          naam: 'Gemeentewet, artikel 151c',
          toelichting: 'Grondslag voor cameratoezicht.',
        },
        {
          naam: 'Gemeentewet, artikelen 172a en 172b',
          toelichting:
            'Bekend als de ‘Voetbalwet’: bevoegdheden van de burgemeester om bevelen te geven tegen ernstige overlast.',
        },
        {
          naam: 'Drank- en Horecawet (DHW)',
        },
        {
          naam: 'Wet middelenonderzoek bij geweldplegers',
          toelichting: 'Maakt onderzoek naar alcohol- en drugsgebruik bij verdachten van geweld mogelijk.',
        },
      ],
      maatregelen: [
        {
          naam: 'Kader voor publiek-private samenwerking invoeren en regisseren',
          toelichting:
            'Generiek: bijvoorbeeld met een Convenant Veilig Uitgaan en de Kwaliteitsmeter Veilig Uitgaan.',
        },
        {
          naam: 'Toezicht in de openbare ruimte van het uitgaansgebied',
          toelichting: 'Specifiek: zowel fysiek toezicht als cameratoezicht.',
        },
        {
          naam: 'Controle en handhaving van de DHW, met nalevingsonderzoeken',
          toelichting: 'Specifiek: nagaan of horeca zich houdt aan de regels van de Drank- en Horecawet.',
        },
        {
          naam: 'Alcohol- en drugsonderzoek bij geweld',
          toelichting: 'Specifiek: op basis van de Wet middelenonderzoek bij geweldplegers.',
        },
        {
          naam: 'Exploitatievergunning',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Preventief fouilleren op wapens',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Gebiedsverbod',
          toelichting:
            'Specifiek: op te leggen via de ‘Voetbalwet’, de APV of artikel 172, derde lid, van de Gemeentewet.',
        },
        {
          naam: 'Collectieve horecaontzegging',
          toelichting: 'Specifiek: een toegangsverbod dat geldt voor alle deelnemende horecazaken.',
        },
        {
          naam: 'Deurbeleid',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Beleid voor sluitingstijden en cool-down-uur',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Zachte sturing van het uitgaanspubliek via omgeving en inrichting',
          toelichting:
            'Specifiek: gedrag op een subtiele manier beïnvloeden door de inrichting van de omgeving aan te passen (ook wel nudging genoemd).',
        },
        {
          naam: 'Horecatelefoon',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Aanpak van seksuele intimidatie',
          toelichting: 'Specifiek.',
        },
      ],
      instrumenten: [
        {
          naam: 'Bedrijfsoverval (CCV)',
          url: 'https://hetccv.nl/onderwerpen/aanpak-overvallen/bedrijfsoverval/',
        },
        {
          naam: 'Roadshow Laat je niet overvallen (CCV)',
          url: 'https://hetccv.nl/advies-en-training/ccv-academie/roadshow-laat-je-niet-overvallen/',
        },
        {
          naam: 'Webdossier Veilig uitgaansgebied (CCV)',
          toelichting:
            'Bevat onder meer de Kwaliteitsmeter Veilig Uitgaan, de Keuzewijzer veilig uitgaan, informatie over de CHO (collectieve horecaontzegging) en e-learnings en trainingen.',
          url: 'https://hetccv.nl/onderwerpen/veilig-uitgaansgebied/',
        },
      ],
      ontwikkelingen: [
        'De Drank- en Horecawet wordt gewijzigd: het doorgeven van alcohol door een meerderjarige aan een minderjarige wordt strafbaar en prijsacties worden aan banden gelegd.',
        'Volgens een wetsvoorstel over seksuele misdrijven kan seksuele intimidatie in de openbare ruimte, zowel verbaal als non-verbaal en fysiek, strafbaar worden (2022). Dat geldt dan ook voor het hele uitgaansleven.',
        'Onder de Opiumwet wordt het recreatief gebruik van lachgas strafbaar.',
        'Het preventieve toezicht in het uitgaansleven verschuift: de politie is minder aanwezig, terwijl particuliere beveiligers en jongerenwerkers een grotere rol krijgen.',
        'Sinds het verbod op rookruimtes in de horeca (1 april 2020) kan de overlast rond horecazaken toenemen.',
      ],
    },
  },

  // ---------------------------------------------------------------------------------------------
  // 2.4 Veilige evenementen
  // ---------------------------------------------------------------------------------------------
  {
    id: '2.4',
    veld: 2,
    naam: 'Veilige evenementen',
    uitleg: [
      'Evenementen, en dan vooral grote, kunnen aanzienlijke risico’s voor de veiligheid met zich meebrengen. De organisator moet zorgen dat aan de voorwaarden voor een veilig verloop wordt voldaan; de gemeente stelt die voorwaarden vast en ziet toe op de naleving ervan.',
      'De risico’s liggen vooral op het vlak van geweld, overlast, vernielingen, brandveiligheid en crisisbeheersing. Verder kan het thema raken aan externe veiligheid, bijvoorbeeld als een evenemententerrein dicht bij een risicovol bedrijf ligt, en aan de aanpak van georganiseerde criminaliteit.',
    ],
    effectinformatie: ['Politieregistratie', 'Enquêtes onder bewoners'],
    effectindicatoren: [
      {
        naam: 'Aantal incidenten van overlast bij evenementen',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: VNG_INP,
      },
    ],
    raakvlakken: [
      '1.1', '1.2', '1.4',
      '2.1', '2.2', '2.3', '2.5',
      '3.1', '3.2', '3.3',
      '4.1', '4.2', '4.3', '4.4',
      '5.2', '5.3', '5.5',
    ],
    trefwoorden: [
      'evenementen',
      'evenementenvergunning',
      'evenementenveiligheid',
      'festival',
      'crowdmanagement',
      'veiligheidsplan',
      'evenementenkalender',
      'drugs op evenementen',
    ],
    aanpak: {
      rolGemeente: [
        'Als verantwoordelijke voor de openbare orde bewaken dat aan de randvoorwaarden wordt voldaan en dat de gevolgen voor omwonenden beperkt blijven.',
        'Het economische belang en het veiligheidsbelang tegen elkaar afwegen en die balans vormgeven.',
        'De organisator van een evenement aanspreken op diens verantwoordelijkheid voor de veiligheid.',
        'Een algemeen evenementenbeleid opstellen als ondersteunend kader, vanuit economie, citymarketing, welzijn, cultuur en toerisme.',
        'Uitvoeringsregels voor het evenementenbeleid vastleggen, onder meer voor de vergunningverlening, de veiligheidsplannen en de soorten veiligheidsmaatregelen.',
        'Bewaken dat de uitvoeringsregels worden toegepast en gehandhaafd.',
        'De regie voeren op een tijdige afstemming met de hulpdiensten.',
        'Binnen de gemeente een systeem inrichten om de evenementenprocedures te bewaken en op elkaar af te stemmen.',
        'Drugs op evenementen aanpakken via vergunningverlening, toezicht en handhaving.',
      ],
      partners: {
        intern: [
          'Economie',
          'Toerisme/Recreatie',
          'Evenementenbeleid',
          'Beheer & Onderhoud/Stadsbeheer',
          'Openbare Orde en Veiligheid (OOV)',
          'Vergunningverlening, Toezicht en Handhaving (VTH)',
        ],
        extern: [
          'Organisatoren van evenementen',
          'Bewoners',
          'Politie',
          'Brandweer/Veiligheidsregio',
          'Citymanagement/citymarketing',
        ],
      },
      wetgeving: [{ naam: 'Algemene Plaatselijke Verordening (APV)' }],
      maatregelen: [
        {
          naam: 'Systeem van kritische vergunningverlening inrichten',
          toelichting: 'Generiek: inclusief afspraken over hoe de betrokken partijen hun werk op elkaar afstemmen.',
        },
        {
          naam: 'Evenementencoördinatie en evenementenoverleg',
          toelichting: 'Generiek.',
        },
        {
          naam: 'Locatieprofielen',
          toelichting: 'Generiek.',
        },
        {
          naam: 'Kalenderoverleg',
          toelichting: 'Generiek.',
        },
        {
          naam: 'Veiligheidsplan van de organisator',
          toelichting: 'Specifiek: met daarin ook de beveiligingsmaatregelen.',
        },
        {
          naam: 'Crowdmanagement',
          toelichting: 'Specifiek: het sturen en begeleiden van publieksstromen.',
        },
        {
          naam: 'Evenementenglas',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Evenementenbier',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Convenant',
          toelichting: 'Specifiek.',
        },
        {
          naam: 'Preventieve last onder dwangsom',
          toelichting: 'Specifiek: gericht tegen personen die mogelijk overlast gaan veroorzaken.',
        },
        {
          naam: 'Gebiedsverboden',
          toelichting: 'Specifiek: op basis van de ‘Voetbalwet’.',
        },
        {
          naam: 'Drank- en Horecawet (DHW)',
          toelichting: 'Specifiek: toepassing van de DHW bij evenementen.',
        },
        {
          naam: 'Aanpak van drugs',
          toelichting: 'Specifiek: op basis van de Opiumwet.',
        },
      ],
      instrumenten: [
        {
          naam: 'Handreiking Evenementenveiligheid (IFV)',
          toelichting: 'Bestaat uit vijf delen.',
          url: 'https://www.ifv.nl/',
        },
        {
          naam: 'Kaders van de Veiligheidsregio’s voor evenementenveiligheid (IFV)',
          url: 'https://www.ifv.nl/',
        },
        {
          naam: 'Rapport van de Inspectie Justitie en Veiligheid en de Inspectie Gezondheidszorg over publieksevenementen',
          toelichting:
            'De inspecties concluderen dat veiligheid en gezondheidsbescherming bij publieksevenementen meer aandacht verdienen.',
          url: 'https://www.ifv.nl/',
        },
        {
          naam: 'Handreiking aanpak alcohol en drugs bij evenementen (Trimbos-instituut)',
        },
      ],
      ontwikkelingen: [],
    },
  },

  // ---------------------------------------------------------------------------------------------
  // 2.5 Veilig toerisme
  // ---------------------------------------------------------------------------------------------
  {
    id: '2.5',
    veld: 2,
    naam: 'Veilig toerisme',
    uitleg: [
      'Dit thema gaat over onveiligheid in en rond recreatiegebieden, zoals strand en duinen, natuurgebieden en recreatieplassen, en op en rond plekken waar toeristen verblijven, zoals campings, bungalowparken en jachthavens. Het gaat dan bijvoorbeeld om beroving, diefstal van of uit boten, inbraak, geweld, overlast en vernielingen.',
      'Daarnaast kunnen zich op zulke plekken minder zichtbare vormen van criminaliteit ophopen, waarvan toeristen niet direct zelf het slachtoffer zijn. Sommige locaties vormen een knooppunt voor verschillende soorten georganiseerde criminaliteit, zoals drugscriminaliteit, heling en mensenhandel.',
    ],
    effectinformatie: [
      'Politieregistratie',
      'Ondermijningsbeeld van het RIEC',
      'Meldpunt veiligheid en leefbaarheid van de gemeente',
      'Enquêtes onder bezoekers en toeristen',
    ],
    effectindicatoren: [
      {
        naam: 'Aantal incidenten van watergerelateerde criminaliteit (naast andere relevante incidenten)',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: VNG_INP,
      },
    ],
    raakvlakken: [
      '1.1', '1.3',
      '2.1', '2.3', '2.4',
      '3.2', '3.3',
      '4.1', '4.2', '4.3', '4.4',
      '5.2', '5.5',
    ],
    trefwoorden: [
      'recreatie',
      'vakantieparken',
      'recreatieparken',
      'campings',
      'jachthavens',
      'strand',
      'ondermijning op vakantieparken',
      'nachtregister',
      'arbeidsmigranten',
    ],
    aanpak: {
      rolGemeente: [
        'De veiligheid van openbare recreatiegebieden aanpakken en daarop de regie voeren, zodat minder toeristen slachtoffer worden.',
        'Recreatieondernemers aanmoedigen en zo nodig ondersteunen om hun eigen rol op te pakken, vanuit maatschappelijk bewustzijn en verantwoordelijkheid.',
        'De domeinen economie, ruimte en veiligheid met elkaar verbinden, met de vitaliteit van de sector als invalshoek.',
        'Alert zijn op situaties waarin de handhaving vastloopt en die zo nodig weer normaliseren, in verbinding met de aanpak van ondermijning.',
      ],
      partners: {
        intern: [
          'Natuur & Milieu',
          'Economie',
          'Toerisme/Recreatie',
          'Beheer & Onderhoud/Stadsbeheer',
          'Openbare Orde en Veiligheid (OOV)',
          'Vergunningverlening, Toezicht en Handhaving (VTH)',
        ],
        extern: [
          'Recreatieondernemers',
          'Bezoekers en toeristen',
          'Politie',
          'Brandweer/Veiligheidsregio',
          'RUD/omgevingsdienst',
          'Citymanagement/citymarketing',
        ],
      },
      wetgeving: [],
      maatregelen: [
        {
          naam: 'Visie op een vitale recreatiesector ontwikkelen',
          toelichting: 'Met daarin expliciet aandacht voor veiligheid.',
        },
        {
          naam: 'Samen optrekken met recreatieondernemers',
        },
        {
          naam: 'Integrale handhavingsacties en interventieaanpak',
          toelichting: 'In te zetten wanneer de handhaving op een recreatiepark of -locatie vastloopt.',
        },
        {
          naam: 'Nachtregister',
          toelichting: 'Eventueel in digitale vorm.',
        },
      ],
      instrumenten: [
        {
          naam: 'Veilige Vakantieparken (CCV)',
          url: 'https://hetccv.nl/onderwerpen/veilige-vakantieparken/',
        },
        {
          naam: 'Tool Aanpak ondermijning op recreatieparken (Platform31)',
          url: 'https://www.platform31.nl/publicaties/tool-aanpak-ondermijning-vakantieparken',
        },
        {
          naam: 'Handboek bestuurlijk-juridische instrumenten (RIEC)',
          toelichting: 'Handboek voor de bestuurlijke aanpak van georganiseerde criminaliteit.',
          url: 'https://www.riec.nl/maatregelen-en-documenten/handboek-bestuurlijke-aanpak-georganiseerde-criminaliteit/',
        },
      ],
      ontwikkelingen: [
        'Er is meer oog voor mogelijke knelpunten in de handhaving op sommige recreatieparken, bijvoorbeeld waar veel arbeidsmigranten uit Midden- en Oost-Europa wonen. Er worden landelijke kaders en voorbeeldaanpakken ontwikkeld, zoals die in de regio Noordwest-Veluwe.',
      ],
    },
  },
];
