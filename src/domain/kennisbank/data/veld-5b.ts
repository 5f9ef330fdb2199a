/**
 * Veiligheidsveld 5 (Integriteit en veiligheid), deel 2: de thema's 5.3 t/m 5.5.
 * Feiten uit de zesde editie van Kernbeleid Veiligheid; alle teksten in eigen woorden.
 */
import type { Thema } from '../types.ts';

export const themasVeld5Deel2: Thema[] = [
  {
    id: '5.3',
    veld: 5,
    naam: 'Weerbare overheid/weerbaar bestuur',
    uitleg: [
      'Mensen die een publieke taak uitvoeren, krijgen in hun werk geregeld te maken met agressie en geweld. Het gaat bijvoorbeeld om verpleegkundigen, politieagenten, handhavers van de gemeente, leerkrachten en baliemedewerkers van de gemeente, maar evengoed om politieke ambtsdragers: raadsleden, burgemeesters en wethouders. Zij worden geïntimideerd, bedreigd en soms zelfs fysiek aangevallen.',
      'Dat is om verschillende redenen niet aanvaardbaar. De betrokken medewerker of bestuurder kan zijn werk minder goed doen, de publieke taak lijdt eronder, integriteit en behoorlijk bestuur komen onder druk, en burgers kunnen gaan twijfelen of de overheid haar taken nog krachtig uitvoert. Wordt het geweld oogluikend toegestaan, dan gaan daders zich bovendien steeds onaantastbaarder voelen.',
      'Omdat agressie en geweld tegen mensen met een publieke taak de overheid van binnenuit aantasten, moet de gemeente ze zo veel mogelijk voorkomen en, als het toch gebeurt, er stevig tegen optreden.',
    ],
    effectinformatie: [
      'GIR (Gemeentelijk Incidenten Registratiesysteem)',
      'Monitor/factsheet agressie en geweld',
    ],
    effectindicatoren: [
      {
        naam: 'Aantal en soort geregistreerde incidenten van agressie en geweld',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'GIR (Gemeentelijk Incidenten Registratiesysteem)',
      },
    ],
    raakvlakken: ['1.3', '1.4', '2.3', '2.4', '3.1', '3.2', '3.3', '5.1', '5.2', '5.5'],
    trefwoorden: [
      'Veilige Publieke Taak',
      'VPT',
      'agressie en geweld',
      'weerbaar bestuur',
      'Veilig Bestuur',
      'bedreiging',
      'intimidatie',
      'politieke ambtsdragers',
      'GIR',
    ],
    aanpak: {
      rolGemeente: [
        'Werkgever: de gemeente moet als werkgever zorgen dat haar medewerkers hun werk veilig kunnen doen; die plicht volgt uit de Arbeidsomstandighedenwet en het Burgerlijk Wetboek. Deze rol, die niet verschilt van die van andere publieke werkgevers, is een belangrijk vertrekpunt voor het thema Veilige Publieke Taak. Binnen de gemeente ligt dit werk meestal bij de afdeling P&O.',
        'Verantwoordelijk voor de veiligheid van politieke ambtsdragers: raadsleden, de burgemeester en wethouders staan vaak in de openbaarheid en zijn het gezicht van de gemeente, waardoor zij meer risico lopen. Daarom zijn extra voorzieningen en maatregelen nodig; de afdeling OOV coördineert die.',
        'Lokale inspiratie en regie: als spin in het web van het lokale bestuur heeft de gemeente op veel terreinen de regie, soms met een directe opdrachtgeversrol naar partners. Bij dit thema draait het vooral om informeren, inspireren en overtuigen, omdat partners zelf in de eerste plaats verantwoordelijk zijn voor de veiligheid van hun personeel. De gemeente kan zich wel opstellen als voorbeeldwerkgever, haar visie openlijk uitdragen en het onderwerp opnemen in contracten en prestatieafspraken met partijen.',
        'Regie op veiligheid: de gemeente voert de regie over de lokale veiligheid in brede zin, sociaal en fysiek. Geweld tegen mensen met een publieke taak hoort daarbij; als geweldsdelict telt het zelfs als high impact crime. Inzet op bijvoorbeeld de integrale daderaanpak/PGA, veilig uitgaan, problematische jeugd en woonoverlast kan ook dit geweld helpen terugdringen.',
      ],
      partners: {
        intern: [
          'Afdeling P&O (coördinatie en regie)',
          'Afdeling OOV (coördinatie en regie)',
          'Alle gemeentelijke afdelingen (uitvoering)',
        ],
        extern: [
          'Politie',
          'Openbaar Ministerie',
          'A+O fonds Gemeenten',
          'Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)',
          'Scholen',
          'Zorginstellingen',
          'Welzijnsorganisaties',
          'Andere werkgevers met een publieke taak',
          'Brandweer/Veiligheidsregio',
          'Sociale diensten',
          'Woningcorporaties',
          'Unie van Waterschappen (UvW)',
          'Interprovinciaal Overleg (IPO)',
          'Vereniging van Gemeentesecretarissen (VGS)',
        ],
      },
      wetgeving: [
        {
          naam: 'Arbeidsomstandighedenwet',
          toelichting: 'Legt de werkgever de zorg op voor de veiligheid van medewerkers tijdens hun werk.',
        },
        {
          naam: 'Burgerlijk Wetboek',
          toelichting: 'Wordt bij de rol van de gemeente als werkgever genoemd als tweede wettelijke basis voor haar zorgplicht voor de veiligheid van medewerkers.',
        },
      ],
      maatregelen: [
        {
          naam: 'Bewustwording, normstelling en beleid',
          toelichting: 'Het onderwerp binnen de gemeentelijke organisatie op de agenda zetten, bijvoorbeeld met bewustwordingsbijeenkomsten voor bestuur, management en medewerkers, zodat de hele organisatie het belang ervan inziet. Daarna een gezamenlijke norm bepalen (bijvoorbeeld zero tolerance) en die vastleggen in beleid en handelingsprotocollen. Is een gemeentemedewerker slachtoffer geworden, dan kan de burgemeester aangifte doen.',
        },
        {
          naam: 'Norm van de gemeente uitdragen naar externe partijen',
          toelichting: 'Concrete Weerbaar Bestuur-maatregel (1): externe partijen laten weten welke norm de gemeente hanteert.',
        },
        {
          naam: 'Medewerkers aansporen voorvallen te melden',
          toelichting: 'Concrete Weerbaar Bestuur-maatregel (2).',
        },
        {
          naam: 'Voorvallen registreren',
          toelichting: 'Concrete Weerbaar Bestuur-maatregel (3), bijvoorbeeld in het GIR.',
        },
        {
          naam: 'Medewerkers trainen in het omgaan met agressie en geweld',
          toelichting: 'Concrete Weerbaar Bestuur-maatregel (4).',
        },
        {
          naam: 'Snel reageren richting daders',
          toelichting: 'Concrete Weerbaar Bestuur-maatregel (5): zonder uitstel op daders reageren.',
        },
        {
          naam: 'Aangifte doen',
          toelichting: 'Concrete Weerbaar Bestuur-maatregel (6).',
        },
        {
          naam: 'Schade verhalen op de dader',
          toelichting: 'Concrete Weerbaar Bestuur-maatregel (7).',
        },
        {
          naam: 'Nazorg voor slachtoffers en evaluatie van incidenten',
          toelichting: 'Concrete Weerbaar Bestuur-maatregel (8).',
        },
        {
          naam: 'Samenwerking met lokale partners',
          toelichting: 'Elke gemeente geeft haar voorbeeld- en regierol naar de lokale publieke partners op haar eigen manier vorm, soms voor de hele stad of gemeente, soms per wijk. P&O, OOV en bestuurders kunnen in hun contacten met partners de lijn van de gemeente uitdragen en het belang benadrukken van een duidelijke norm en van aangifte doen.',
        },
        {
          naam: 'Meenemen in de aanpak van reguliere veiligheidsthema\'s',
          toelichting: 'Weerbaar bestuur kan ook aan bod komen bij gewone veiligheidsonderwerpen zoals veilig uitgaan, overlastgevende jeugd, woonoverlast, ondermijning en de persoonsgerichte aanpak (PGA). Wie geweld pleegt tegen medewerkers met een publieke taak, is vaak ook betrokken bij ander geweld of andere overlast.',
        },
        {
          naam: 'Extra maatregelen voor politieke ambtsdragers',
          toelichting: 'Vaak stelt de gemeente een eigen agressieprotocol voor politieke ambtsdragers op. De aanvullende voorzieningen en maatregelen worden meestal door de afdeling OOV gecoördineerd.',
        },
        {
          naam: 'Interne samenwerking',
          toelichting: 'Een sterke gemeentebrede aanpak vraagt om samenwerking en afstemming tussen P&O, OOV en de andere afdelingen; op dat punt valt vaak nog winst te behalen.',
        },
      ],
      instrumenten: [
        {
          naam: 'Politiekeambtsdragers.nl',
          toelichting: 'Website voor en over politieke ambtsdragers.',
          url: 'https://www.politiekeambtsdragers.nl/',
        },
        {
          naam: 'Toolkit Veilig Bestuur',
          toelichting: 'Op politiekeambtsdragers.nl, onder integriteit en veiligheid.',
          url: 'https://www.politiekeambtsdragers.nl/ambt-in-praktijk/integriteit--veiligheid/toolkit-veilig-bestuur',
        },
        {
          naam: 'Leidraad Veilig Bestuur',
          toelichting: 'Op politiekeambtsdragers.nl, onder integriteit en veiligheid.',
          url: 'https://www.politiekeambtsdragers.nl/ambt-in-praktijk/integriteit--veiligheid/leidraad-veilig-bestuur',
        },
        {
          naam: 'GIR (Gemeentelijk Incidenten Registratiesysteem)',
          toelichting: 'Systeem om incidenten van agressie en geweld tegen gemeentemedewerkers vast te leggen.',
          url: 'https://www.aeno.nl/gir',
        },
        {
          naam: 'CCV: Veilige publieke taak',
          toelichting: 'Themapagina van het Centrum voor Criminaliteitspreventie en Veiligheid.',
          url: 'https://www.hetccv.nl/onderwerpen/integraal-veiligheidsbeleid/veilige-publieke-taak',
        },
        {
          naam: 'Rijksoverheid: geweld tegen werknemers met een publieke taak',
          toelichting: 'Onderwerppagina van de Rijksoverheid.',
          url: 'https://www.rijksoverheid.nl/onderwerpen/geweld-tegen-werknemers-met-publieke-taak',
        },
        {
          naam: 'Monitor/factsheet agressie en geweld',
        },
        {
          naam: 'Woningscan voor politieke ambtsdragers (CCV)',
        },
        {
          naam: 'Weerbaar Bestuur',
          toelichting: 'Website over weerbaar bestuur.',
          url: 'https://www.weerbaar-bestuur.nl/',
        },
        {
          naam: 'Inspectie SZW: agressie en geweld',
          toelichting: 'Onderwerppagina van de Inspectie Sociale Zaken en Werkgelegenheid.',
          url: 'https://www.inspectieszw.nl/onderwerpen/agressie-en-geweld',
        },
      ],
      ontwikkelingen: [
        'Het onderwerp blijft voor bestuur en samenleving even belangrijk, en daarmee ook een krachtige reactie op incidenten.',
        'Er komt meer aandacht voor de manier waarop ondermijning en bestuurlijke weerbaarheid lokaal met elkaar verweven kunnen zijn.',
      ],
    },
  },
  {
    id: '5.4',
    veld: 5,
    naam: 'Informatieveiligheid',
    uitleg: [
      'Net als andere organisaties, en andere overheden in het bijzonder, zijn gemeenten kwetsbaar in hun (digitale) dienstverlening, vooral waar het gaat om het veilig en beveiligd uitvoeren daarvan, en in de omgang met persoonsgegevens.',
      'Kan de overheid die digitale beveiliging niet goed waarborgen, dan staat het vertrouwen van burgers in de overheid op het spel. Daarnaast kan het de fysieke veiligheid van inwoners en organisaties bedreigen, bijvoorbeeld wanneer de besturing van sluizen of bruggen wordt gehackt.',
    ],
    effectinformatie: [
      'ENSIA (Eenduidige Normatiek Single Information Audit)',
    ],
    effectindicatoren: [],
    raakvlakken: ['1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2', '3.3', '3.4', '4.4', '5.1', '5.2', '5.3', '5.5'],
    trefwoorden: [
      'informatiebeveiliging',
      'cybersecurity',
      'digitale weerbaarheid',
      'BIO',
      'ENSIA',
      'IBD',
      'NCSC',
      'AVG',
      'privacy',
      'datalek',
    ],
    aanpak: {
      rolGemeente: [
        'De gemeentelijke digitale dienstverlening en de digitale processen in het algemeen zo weerbaar mogelijk maken, door de hierna genoemde onderdelen te combineren.',
        'Het bewustzijn over informatieveiligheid opbouwen en op peil houden.',
        'Informatieveiligheid bestuurlijk en organisatorisch verankeren binnen de gemeente.',
        'De technische en organisatorische voorwaarden voor informatiebeveiliging invoeren op basis van een gedeeld normenkader: de Baseline Informatiebeveiliging Gemeenten (BIG).',
        'Incidenten snel opsporen en de afhandeling ervan coördineren.',
      ],
      partners: {
        intern: [
          'Informatiebeleid/ICT (hier ligt de nadruk)',
          'Alle andere gemeentelijke afdelingen',
        ],
        extern: [
          'Informatiebeveiligingsdienst voor gemeenten (IBD)',
          'Nationaal Cyber Security Centrum (NCSC)',
        ],
      },
      wetgeving: [],
      maatregelen: [
        {
          naam: 'Informatieveiligheid opnemen in de collegeambities',
          toelichting: 'Zo krijgt informatieveiligheid een vaste plek op de gemeentelijke agenda.',
        },
        {
          naam: 'Informatieveiligheid verankeren in de P&C-cyclus',
          toelichting: 'Het onderwerp een vast onderdeel maken van de planning-en-controlcyclus.',
        },
        {
          naam: 'Baseline Informatiebeveiliging Overheid (BIO) invoeren',
        },
        {
          naam: 'Audits uitvoeren via ENSIA',
          toelichting: 'Met de Eenduidige Normatiek Single Information Audit toetsen hoe het met de informatieveiligheid staat.',
        },
      ],
      instrumenten: [
        {
          naam: 'Baseline Informatiebeveiliging Overheid (BIO)',
          toelichting: 'Het gezamenlijke normenkader voor informatiebeveiliging bij de overheid, op de site van de IBD.',
          url: 'https://www.informatiebeveiligingsdienst.nl/project/baseline-informatiebeveiliging-overheid/',
        },
        {
          naam: 'VNG Realisatie: informatieveiligheid',
          url: 'https://vngrealisatie.nl/onderwerpen/informatieveiligheid',
        },
        {
          naam: 'VNG-raadgever Algemene verordening gegevensbescherming (AVG)',
          url: 'https://www.vng.nl/artikelen/raadgever-algemene-verordening-gegevensbescherming-avg',
        },
        {
          naam: 'Informatiebeveiligingsdienst voor gemeenten (IBD)',
          url: 'https://www.informatiebeveiligingsdienst.nl/',
        },
        {
          naam: 'Centrum Informatiebeveiliging en Privacybescherming (CIP)',
          url: 'https://www.cip-overheid.nl/',
        },
        {
          naam: 'Eenduidige Normatiek Single Information Audit (ENSIA)',
          url: 'https://www.ensia.nl/',
        },
        {
          naam: 'Nationaal Cyber Security Centrum (NCSC)',
          url: 'https://www.ncsc.nl/',
        },
        {
          naam: 'Cybersecuritybeeld Nederland (NCSC)',
          toelichting: 'Overzicht van de dreigingen en weerbaarheid op het gebied van cybersecurity in Nederland.',
          url: 'https://www.ncsc.nl/onderwerpen/cyber-security-beeld-nederland',
        },
      ],
      ontwikkelingen: [
        'Invoering en naleving van de Algemene verordening gegevensbescherming (AVG).',
      ],
    },
  },
  {
    id: '5.5',
    veld: 5,
    naam: 'Ambtelijke en bestuurlijke integriteit',
    uitleg: [
      'Een integriteitsschending kan voortkomen uit belangenverstrengeling, maar ook uit processen die ongemerkt rommelig zijn geworden. In dat tweede geval gebeurt de schending min of meer zonder opzet.',
      'Zulke schendingen kunnen de lokale veiligheid raken. Zo kunnen fysiek gevaarlijke situaties ontstaan of blijven bestaan, bijvoorbeeld doordat een vergunning wordt verleend voor een onveilig gebouw of een onveilig bedrijf. Criminele groepen kunnen meer speelruimte krijgen als Bibob-procedures niet goed worden doorlopen. En ambtenaren of bestuurders kunnen kwetsbaar worden voor verdere aantasting van hun integriteit.',
    ],
    effectinformatie: [],
    effectindicatoren: [
      {
        naam: 'Aantal in behandeling genomen zaken van ambtelijke integriteitsschending',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Eigen registratie van de gemeente van behandelde integriteitszaken',
      },
      {
        naam: 'Aantal in behandeling genomen zaken van bestuurlijke integriteitsschending',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Eigen registratie van de gemeente van behandelde integriteitszaken',
      },
    ],
    raakvlakken: ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.4', '2.5', '4.2', '4.3', '5.2', '5.3'],
    trefwoorden: [
      'integriteit',
      'integriteitsschending',
      'belangenverstrengeling',
      'gedragscode',
      'klokkenluidersregeling',
      'vertrouwenspersoon',
      'vier-ogenprincipe',
      'integriteitsonderzoek',
      'Bibob',
    ],
    aanpak: {
      rolGemeente: [
        'Zorgen dat het besef van het belang van integriteit en de alertheid erop blijvend hoog blijven (urgentiebesef).',
        'Bij integriteitsschendingen steeds consequent en open optreden.',
        'De gemeentelijke organisatie zo inrichten dat integriteitsschendingen zo weinig mogelijk kans krijgen, via een heldere afbakening van functies, processen en informatiestromen.',
      ],
      partners: {
        intern: [
          'Alle afdelingen van de gemeentelijke organisatie',
          'College van B&W',
          'Griffiers',
          'Raadsleden',
        ],
        extern: [
          'Politie',
          'Openbaar Ministerie',
          'RIEC',
          'Provincie',
        ],
      },
      wetgeving: [
        {
          naam: 'Gemeentewet',
          toelichting: 'Van toepassing op politieke ambtsdragers.',
        },
        {
          naam: 'Ambtenarenwet',
          toelichting: 'Van toepassing op ambtenaren.',
        },
      ],
      maatregelen: [
        {
          naam: 'Integriteitsonderzoek naar nieuwe bestuurders en politici',
        },
        {
          naam: 'Processen standaardiseren',
          toelichting: 'Algemene organisatorische maatregel.',
        },
        {
          naam: 'Controlemechanismen inbouwen',
          toelichting: 'Algemene organisatorische maatregel.',
        },
        {
          naam: 'Interne coördinatie verbeteren',
          toelichting: 'Algemene organisatorische maatregel.',
        },
        {
          naam: 'Gedragscodes',
          toelichting: 'Specifieke voorziening.',
        },
        {
          naam: 'Richtlijnen voor zorgvuldig omgaan met informatie',
          toelichting: 'Specifieke voorziening.',
        },
        {
          naam: 'Klokkenluidersregeling',
          toelichting: 'Specifieke voorziening.',
        },
        {
          naam: 'Vertrouwenspersonen',
          toelichting: 'Specifieke voorziening.',
        },
        {
          naam: 'Vier-ogenprincipe invoeren',
          toelichting: 'Specifieke voorziening: belangrijke handelingen of besluiten worden door twee personen gecontroleerd.',
        },
        {
          naam: 'Integriteit bespreken in werkoverleg en functioneringsgesprekken',
        },
        {
          naam: 'Integriteit opnemen in functieprofielen',
        },
        {
          naam: 'Nieuw integriteitsbeleid en nieuwe gedragscodes interactief ontwikkelen',
          toelichting: 'Samen met de betrokkenen tot nieuw beleid en nieuwe gedragscodes komen.',
        },
        {
          naam: 'Communicatie met het publiek over de aanpak van integriteit',
        },
      ],
      instrumenten: [
        {
          naam: 'VNG Toolkit Integriteit voor ambtenaren',
          url: 'https://vng.nl/artikelen/introductie-toolkit-integriteit-voor-ambtenaren',
        },
        {
          naam: 'Monitor Integriteit en Veiligheid Openbaar Bestuur',
          toelichting: 'Uitgave van het ministerie van BZK.',
        },
        {
          naam: 'Raadsleden en veiligheid',
          toelichting: 'Website over de veiligheid van raadsleden.',
          url: 'https://www.raadsledenenveiligheid.nl/',
        },
        {
          naam: 'VNG: integriteit',
          toelichting: 'Onderwerppagina van de VNG.',
          url: 'https://vng.nl/rubrieken/onderwerpen/integriteit',
        },
        {
          naam: 'Handreiking integriteit en andere documenten (politiekeambtsdragers.nl)',
          url: 'https://www.politiekeambtsdragers.nl/ambt-in-praktijk/integriteit--veiligheid',
        },
      ],
      ontwikkelingen: [
        'Integriteitsvraagstukken worden steeds meer in samenhang gezien met de risico\'s van ondermijning.',
      ],
    },
  },
];
