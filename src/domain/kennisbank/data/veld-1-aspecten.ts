/**
 * Veld 1 "Veilige woon- en leefomgeving": aanpak-aspecten 1.4 t/m 1.6.
 * Feiten uit de zesde editie van Kernbeleid Veiligheid; alle teksten in eigen woorden.
 */
import type { Aspect } from '../types.ts';

export const aspectenDeel2: Aspect[] = [
  {
    id: '4',
    naam: 'Betrekken bewoners bij veiligheid en leefbaarheid',
    uitleg: [
      'Dit aspect draait om bewoners die zelf actief meedoen aan het veilig en leefbaar houden van hun wijk of buurt. Dat gaat verder dan meepraten of input leveren voor beleid en plannen: het doel is dat bewoners echt zelf aan zet zijn en samen met professionals optrekken (co-creatie).',
      'Zo wordt het veiligheidsbeleid nadrukkelijk een zaak van de samenleving zelf: het beleid krijgt een stevige basis bij de bewoners (vermaatschappelijking).',
    ],
    rolGemeente: [
      'Het juiste evenwicht vinden tussen zelf het initiatief nemen om bewonersparticipatie op gang te brengen (waar dat nodig is) en bewoners faciliteren en inspireren, zodat het initiatief bij hen zelf kan blijven (waar dat kan).',
      'Zorgen dat de voorwaarden voor werkzame participatie op orde blijven, bijvoorbeeld door aanvullende veiligheidsmaatregelen te nemen, de koppeling te maken met ander, ondersteunend beleid en bewoners op de hoogte te houden van de veiligheidsresultaten die zijn bereikt.',
      'Aansluiten bij en gebruikmaken van de nadruk die het sociaal domein legt op zelfredzaamheid, samenredzaamheid en een sterk sociaal weefsel (sociale cohesie); daarbij hoort ook dat de wijkteams hierin een doelmatige plek krijgen.',
    ],
    partners: {
      intern: [
        'Welzijn',
        'Openbare Orde en Veiligheid (OOV)',
        'Wijkgericht werken',
        'Vergunningverlening, Toezicht en Handhaving (VTH)',
        'Zorg en Welzijn',
      ],
      extern: ['Politie', 'Woningcorporaties', 'Bewoners', 'Wijkteams en instellingen'],
    },
    wetgeving: [],
    maatregelen: [
      {
        naam: 'Voorlichting over participatiemogelijkheden',
        toelichting:
          'Bewoners doelgericht laten weten op welke manieren zij kunnen meedoen aan veiligheid en leefbaarheid in hun eigen buurt.',
      },
      {
        naam: 'Wijk- en buurtwebsites faciliteren',
        toelichting: 'De gemeente ondersteunt websites die bewoners voor hun eigen wijk of buurt opzetten.',
      },
      {
        naam: 'Mantelzorg en buurtteams met elkaar verbinden',
        toelichting:
          'Mantelzorgers en buurtteams aan elkaar koppelen, in samenspel met het wijkmanagement en de sociale wijkteams.',
      },
      {
        naam: 'Huisregels voor WhatsApp-groepen op de gemeentelijke website',
        toelichting:
          'Spelregels publiceren voor het oprichten en beheren van buurtpreventiegroepen via WhatsApp.',
      },
      {
        naam: 'Traditionele buurtpreventieteams stimuleren en ondersteunen',
      },
      {
        naam: 'Signalering van criminaliteit door burgers ondersteunen',
        toelichting:
          'Bewoners aanmoedigen en helpen om verdachte situaties en criminaliteit te melden, bijvoorbeeld via Buurtinformatienetwerken (BIN).',
      },
      {
        naam: 'Burgernet',
      },
    ],
    instrumenten: [
      {
        naam: 'Webdossier Buurtbemiddeling (CCV)',
        url: 'https://hetccv.nl/onderwerpen/buurtbemiddeling/',
      },
      {
        naam: 'Veilige Buurten Aanpak (CCV)',
      },
      {
        naam: 'Veiligheidsinitiatief.nl',
        toelichting: 'Overzicht van veiligheidsinitiatieven die burgers zelf hebben opgezet.',
        url: 'https://www.veiligheidsinitiatief.nl',
      },
      {
        naam: 'Burgernet',
        url: 'https://www.burgernet.nl',
      },
      {
        naam: 'Buurt bestuurt',
        toelichting: 'Voorbeeld van een werkwijze om bewoners bij de veiligheid in hun buurt te betrekken.',
      },
      {
        naam: 'Buurtsignaal',
        toelichting: 'Voorbeeld van een werkwijze om bewoners bij de veiligheid in hun buurt te betrekken.',
      },
      {
        naam: 'WhatsApp Buurtpreventie Nederland en België (WABP)',
        url: 'https://www.wabp.nl',
      },
      {
        naam: 'Werk aan de wijk',
        url: 'https://www.werkaandewijk.nl',
      },
      {
        naam: 'Centrumfiets',
      },
    ],
    ontwikkelingen: [
      'Bestuurders leggen in het algemeen sterk de nadruk op actieve burgerparticipatie, niet alleen in het veiligheidsbeleid maar ook in ander gemeentelijk beleid zoals dat voor het sociaal domein (sociale wijkteams hebben de opdracht de zelf- en samenredzaamheid van burgers te vergroten). De beweging "van burgerparticipatie naar overheidsparticipatie" biedt goede kansen om de rol van bewoners in het veiligheidsbeleid te versterken.',
      'De Omgevingswet (2022).',
      'Het verbod op F3-vuurwerk.',
    ],
    trefwoorden: [
      'burgerparticipatie',
      'bewonersparticipatie',
      'buurtpreventie',
      'Burgernet',
      'WhatsApp-buurtpreventie',
      'buurtinformatienetwerk',
      'BIN',
      'zelfredzaamheid',
      'co-creatie',
      'vermaatschappelijking',
    ],
  },
  {
    id: '5',
    naam: 'Toezicht en handhaving',
    uitleg: [
      'Dit aspect gaat over het toezicht en de handhaving die de gemeente zelf uitvoert in de openbare ruimte, zowel in woonwijken als in het buitengebied en het centrum.',
      'Het richt zich op woonoverlast, overlast door jongeren en kleine overtredingen van de APV die bewoners als ergerlijk ervaren, zoals fout parkeren en huisvuil dat op de verkeerde manier of het verkeerde moment wordt aangeboden.',
    ],
    rolGemeente: [
      'Ervoor zorgen dat er op de plaatsen waar dat nodig is, en zo intensief als nodig, extra toezicht in de openbare ruimte is, als aanvulling op onder meer het toezicht door de politie en de sociale controle door bewoners.',
      'Afwegen welke vorm van toezicht in een situatie het best past (technisch of fysiek).',
      'Ervoor zorgen dat de verschillende vormen van toezicht elkaar versterken en goed op elkaar zijn afgestemd.',
      'Een beleidskader opstellen, meestal het integrale handhavingsbeleid of handhavingsprogramma, dat goed aansluit op het IVP, vooral op de inhoudelijke speerpunten daarvan.',
      'De specifieke kwaliteiten van gemeentelijke handhavers zo goed mogelijk benutten en waar nodig verder ontwikkelen, waaronder gastheerschap, het evenwicht tussen preventie en repressie en hun rol als netwerker in de wijk.',
    ],
    partners: {
      intern: [
        'Openbare Orde en Veiligheid (OOV)',
        'Vergunningverlening, Toezicht en Handhaving (VTH)',
        'Wijkgericht werken',
        'Zorg en Welzijn',
        'Horeca- en Evenementenbeleid',
        'Openbare ruimte',
      ],
      extern: [
        'Politie',
        'Openbaar Ministerie',
        'LSI',
        'Woningcorporaties',
        'Ondernemers',
        'Bewonersorganisaties',
        "Buurgemeenten (bij samenwerking rond de inzet van boa's)",
      ],
    },
    wetgeving: [
      { naam: 'Algemene Plaatselijke Verordening (APV)' },
      { naam: 'Afvalstoffenverordening (Asv)' },
      {
        naam: 'Wet bestuurlijke boete overlast in de openbare ruimte',
        toelichting: 'Deze regeling maakt deel uit van de Gemeentewet.',
      },
      {
        naam: 'Wet administratiefrechtelijke handhaving verkeersvoorschriften (WAHV, "Wet Mulder")',
      },
      { naam: 'Besluit OM-afdoening' },
      {
        naam: 'Bestuurlijke strafbeschikking',
        toelichting: 'Strafrechtelijke regeling, vastgelegd in artikel 257ba van het Wetboek van Strafvordering.',
      },
      {
        naam: 'Artikel 151c Gemeentewet',
        toelichting: 'Grondslag voor cameratoezicht in de openbare ruimte.',
      },
      { naam: 'Boa-circulaire' },
    ],
    maatregelen: [
      {
        naam: "Boa's inbedden in het wijkgericht werken",
        toelichting: "Boa's krijgen een plek in de bredere wijkaanpak, bijvoorbeeld als wijk-boa of als netwerker.",
      },
      {
        naam: "Gastheerschap van boa's ontwikkelen",
        toelichting:
          'Mede in samenhang met gemeentelijk beleid voor bijvoorbeeld toerisme, het centrum en evenementen.',
      },
      {
        naam: "Boa's inzetten voor de prioriteiten uit het IVP",
        toelichting:
          'Zowel uitvoerend (overlast aanpakken, burgerparticipatie ondersteunen) als signalerend (bijvoorbeeld voor de aanpak van ondermijnende criminaliteit).',
      },
      {
        naam: 'Oplossen vóór het boekje',
        toelichting:
          'Liever waarschuwen dan direct een proces-verbaal opmaken, met gebruik van communicatieve vaardigheden.',
      },
      {
        naam: 'Handhavingsarrangement',
        toelichting:
          'Samenwerking en taakverdeling tussen gemeentelijke handhavers en politie vastleggen en zeker stellen.',
      },
      { naam: 'Aanpak van sociale fraude' },
    ],
    instrumenten: [
      {
        naam: 'Webdossier Buitengewoon opsporingsambtenaar (boa) (CCV)',
        url: 'https://hetccv.nl/onderwerpen/buitengewoon-opsporingsambtenaar-boa/',
      },
      {
        naam: 'Webdossier Naleving, toezicht en handhaving (CCV)',
        url: 'https://hetccv.nl/onderwerpen/naleving-toezicht-en-handhaving/',
      },
      {
        naam: 'Webdossier Cameratoezicht (CCV)',
        url: 'https://hetccv.nl/onderwerpen/cameratoezicht/',
      },
      {
        naam: 'Stijlwijzer Handhaving (CCV)',
        url: 'https://hetccv.nl/onderwerpen/buitengewoon-opsporingsambtenaar/stijlwijzer-handhaving/',
      },
      {
        naam: 'Interventiekompas (CCV)',
        url: 'https://hetccv.nl/onderwerpen/naleving-toezicht-en-handhaving/interventiekompas/',
      },
      {
        naam: 'Regiemodel Slim samen toezien (CCV)',
        url: 'https://hetccv.nl/onderwerpen/hic-preventiewijzer/regiemodel-slim-samen-toezien/',
      },
      {
        naam: 'Multidisciplinair handhaven (VNG)',
        url: 'https://vng.nl/naleving/multidisciplinair-handhaven',
      },
    ],
    ontwikkelingen: [
      'Bestuurders willen volwaardige gemeentelijke handhavers die een grote bijdrage leveren aan het veiligheidsbeleid en aan ander gemeentelijk beleid.',
      'Investeringen in de kwaliteit van personeel en organisatie: beleid en leidinggeven, kennis en vaardigheden, geweldsbevoegdheden en faciliteiten en randvoorwaarden.',
      'Op veel plaatsen werken gemeentelijke handhavers en politie steeds beter samen.',
      "Gemeenten werken vaker samen bij de inzet van boa's.",
      'Fraude met sociale voorzieningen en met zorgbudgetten.',
    ],
    trefwoorden: [
      'handhaving',
      'toezicht',
      'boa',
      'buitengewoon opsporingsambtenaar',
      'handhavers',
      'cameratoezicht',
      'APV',
      'bestuurlijke strafbeschikking',
      'Wet Mulder',
      'handhavingsarrangement',
    ],
  },
  {
    id: '6',
    naam: 'Aanpak van specifieke criminaliteitsfenomenen',
    uitleg: [
      'Dit aspect betreft de doelgerichte aanpak van afzonderlijke vormen van criminaliteit die bewoners in hun dagelijkse woon- en leefomgeving raken. Zo’n aanpak kan op zichzelf staan, maar ook een integrale wijkaanpak aanvullen of daarmee samenwerken.',
      'Meestal speelt deze aanpak zich af op het niveau van de gemeente als geheel. Denk aan een stadsbrede aanpak van woninginbraak (een van de high impact crimes) of van huiselijk geweld.',
    ],
    rolGemeente: [
      'De regie voeren over de integrale aanpak van bepaalde vormen van criminaliteit, zoals woninginbraak, auto-inbraak, overvallen en huiselijk geweld.',
      'Binnen die aanpak zorgen voor evenwicht en samenhang tussen preventie en repressie, tussen gebieds-, thema- en persoonsgericht werken, tussen lokaal en bovenlokaal en tussen publiek en privaat.',
      'De nodige verbindingen leggen met ondersteunend (flankerend) beleid.',
      'De regie voeren over de persoonsgerichte aanpak (PGA).',
    ],
    partners: {
      intern: [
        'Openbare Orde en Veiligheid (OOV)',
        'Vergunningverlening, Toezicht en Handhaving (VTH)',
        'Zorg',
        'Welzijn',
        'Wonen',
        'Openbare Ruimte',
        'Wijkgericht werken',
      ],
      extern: [
        'Politie',
        'Openbaar Ministerie (OM)',
        'Zorg- en welzijnsinstellingen',
        'Woningcorporaties',
        'Zorg- en Veiligheidshuis',
        'Bewoners(platforms)',
        'Ondernemers',
        "Verenigingen van Eigenaars (VvE's)",
      ],
    },
    wetgeving: [
      { naam: 'Wet tijdelijk huisverbod' },
      { naam: 'Bouwbesluit' },
      { naam: 'Algemene Plaatselijke Verordening (APV)' },
    ],
    maatregelen: [
      {
        naam: 'Persoonsgerichte aanpak (PGA) van daders en veelplegers',
        toelichting: 'Bijvoorbeeld via een Top X-aanpak of het Zorg- en Veiligheidshuis.',
      },
      { naam: 'Nazorg voor ex-gedetineerden' },
      {
        naam: 'Vormen van buurtpreventie',
        toelichting: 'Waaronder buurtpreventiegroepen via WhatsApp.',
      },
      { naam: 'Preventievoorlichting aan specifieke doelgroepen' },
      {
        naam: 'Integrale hotspotaanpak',
        toelichting:
          'Onder meer maatregelen in de fysieke omgeving op basis van een schouw, en preventief surveilleren.',
      },
      {
        naam: 'Helingaanpak: Digitaal Opkopersregister (DOR)',
      },
      {
        naam: 'Helingaanpak: Digitaal Opkopersloket (DOL)',
      },
      {
        naam: 'Woninginbraak: Politiekeurmerk Veilig Wonen (PKVW)',
      },
      {
        naam: 'Woninginbraak: voorlichting aan slachtoffers en buren',
        toelichting:
          'Na een inbraak de buurt informeren, bijvoorbeeld met zogenoemde besmettingsbrieven of een voorlichtingstent in de wijk.',
      },
      {
        naam: 'Woninginbraak: campagne tijdens de donkere dagen',
      },
      {
        naam: 'Woninginbraak: prestatieafspraken met woningcorporaties',
      },
      {
        naam: "Woninginbraak: overheidscampagne maak'tzeniettemakkelijk.nl",
      },
      {
        naam: 'Woninginbraak: bezit van inbrekerswerktuig strafbaar stellen',
        toelichting: 'Vastleggen in de APV.',
      },
      {
        naam: 'CPTED: veiligheid via de inrichting van de omgeving',
        toelichting:
          'Crime Prevention Through Environmental Design: criminaliteit voorkomen door bij ontwerp en inrichting van de fysieke omgeving rekening te houden met veiligheid.',
      },
      {
        naam: 'CPTED: Veiligheidseffectrapportage (VER)',
      },
      { naam: 'Inzet van het huisverbod' },
      { naam: 'Invoering van de meldcode huiselijk geweld en kindermishandeling' },
      {
        naam: 'MDA++',
        toelichting:
          'Gespecialiseerde aanpak van huiselijk geweld en kindermishandeling waarin meerdere sectoren en disciplines samenwerken.',
      },
    ],
    instrumenten: [
      {
        naam: 'Webdossier Heling (CCV)',
        url: 'https://hetccv.nl/onderwerpen/heling/',
      },
      {
        naam: 'Webdossier Aanpak Overvallen (CCV)',
        url: 'https://hetccv.nl/onderwerpen/aanpak-overvallen/',
      },
      {
        naam: 'Webdossier High Impact Crimes (CCV)',
        url: 'https://hetccv.nl/onderwerpen/high-impact-crimes/',
      },
      {
        naam: 'Webdossier Woninginbraak (CCV)',
        url: 'https://hetccv.nl/onderwerpen/woninginbraak/',
      },
      {
        naam: 'Webdossier Autokraak (CCV)',
        url: 'https://hetccv.nl/onderwerpen/autokraak/',
      },
      {
        naam: 'Webdossier Senioren en Veiligheid (CCV)',
        url: 'https://hetccv.nl/onderwerpen/senioren-en-veiligheid/',
      },
      {
        naam: 'Webdossier Straatroof (CCV)',
        url: 'https://hetccv.nl/onderwerpen/straatroof/',
      },
      {
        naam: 'Politiekeurmerk Veilig Wonen',
        url: 'https://www.politiekeurmerk.nl',
      },
      {
        naam: 'Themawebsite Zorg- en Veiligheidshuizen',
        url: 'https://www.zorgenveiligheidshuizen.nl',
      },
      {
        naam: 'Barrièremodel Mobiele bendes met Interventiematrix (CCV)',
        toelichting: 'Alleen toegankelijk na inloggen.',
        url: 'https://www.barrieremodellen.nl',
      },
    ],
    ontwikkelingen: [
      'De aanpak van complexe casuïstiek wordt verder ontwikkeld, ook in samenhang met de persoonsgerichte aanpak (Top X) en de nazorg voor ex-gedetineerden.',
      'Maatschappelijk bewustzijn en weerbaarheid worden steeds belangrijker en er wordt steeds vaker een beroep op gedaan.',
      'Criminaliteit verschuift naar het internet.',
    ],
    trefwoorden: [
      'high impact crime',
      'HIC',
      'woninginbraak',
      'huiselijk geweld',
      'overvallen',
      'autokraak',
      'heling',
      'persoonsgerichte aanpak',
      'PGA',
      'Top X',
    ],
  },
];
