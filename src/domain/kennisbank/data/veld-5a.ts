/**
 * Kennisbank, veiligheidsveld 5 "Integriteit en veiligheid", deel 1: de thema's 5.1 en 5.2.
 * Alle teksten in eigen woorden; de feiten komen uit de zesde editie van Kernbeleid Veiligheid.
 */
import type { Thema } from '../types.ts';

export const themasVeld5Deel1: Thema[] = [
  {
    id: '5.1',
    veld: 5,
    naam: 'Polarisatie en radicalisering',
    uitleg: [
      'Dit thema gaat over groepen, stromingen of individuen met een ideologische drijfveer die zo ver zijn geradicaliseerd dat hun gedrag of hun uitlatingen spanningen in de samenleving veroorzaken. Zulke spanningen kunnen de veiligheid zelf aantasten, bijvoorbeeld wanneer er geweld wordt gebruikt, maar ook het gevoel van veiligheid van inwoners. Soms groeien deze groepen of personen uit tot een werkelijke bedreiging en dreigt er geweld.',
      'Radicale groepen vergroten de tegenstellingen tussen bevolkingsgroepen en zetten daarmee de onderlinge verbondenheid in de samenleving onder druk. Stromingen waarin zo’n radicalisering kan optreden zijn onder meer rechts-extremisme, islamisme en jihadisme, radicalisme rond dierenrechten, radicalisme rond asielrechten en links-extremisme.',
    ],
    effectinformatie: [
      'Politieregistratie',
      'Registratie van de antidiscriminatievoorziening',
      'Veiligheidsmonitor',
    ],
    effectindicatoren: [
      {
        naam: 'Aantal door de politie geregistreerde incidenten van discriminatie',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: 'Politieregistratie (indeling VNG/INP)',
      },
      {
        naam: 'Aantal meldingen van discriminatie bij de antidiscriminatievoorziening',
        bron: 'overig',
        aard: 'objectief',
        bronToelichting: 'Registratie van de antidiscriminatievoorziening',
      },
      {
        naam: 'Schaalscore sociale cohesie (totaal)',
        bron: 'veiligheidsmonitor',
        aard: 'subjectief',
      },
      {
        naam: 'Tevredenheid van inwoners over de samenstelling van de bevolking in de buurt',
        bron: 'veiligheidsmonitor',
        aard: 'subjectief',
      },
    ],
    raakvlakken: ['1.1', '1.4', '2.1', '2.3', '2.4', '3.2', '4.2', '4.3', '4.4', '5.2', '5.3', '5.4'],
    trefwoorden: [
      'radicalisering',
      'polarisatie',
      'extremisme',
      'terrorisme',
      'jihadisme',
      'discriminatie',
      'sociale stabiliteit',
      'maatschappelijke onrust',
      'TWB',
    ],
    aanpak: {
      rolGemeente: [
        'Generiek en preventief: investeren in sociale samenhang, in het tegengaan van discriminatie en in de deelname van inwoners aan de samenleving.',
        'Mogelijke gevallen van radicalisering opmerken en zo nodig informatie uitwisselen met partners zoals het OM, de politie en de jeugdzorg.',
        'Generiek: de brede regie op dit onderwerp voeren, omdat de gemeente verantwoordelijk is voor de kwaliteit van de lokale gemeenschap, met inbegrip van waarden als verdraagzaamheid en veiligheid.',
        'Specifiek: preventie en signalering versterken door de contacten met bepaalde doelgroepen en zelforganisaties te intensiveren.',
        'De inzet integraal organiseren, in samenhang met onder meer het welzijns-, jeugd-, participatie- en uitgaans- of horecabeleid.',
      ],
      partners: {
        intern: [
          'Sociaal domein/Welzijn',
          'Wijkgericht werken',
          'Jeugd',
          'Economie',
          'Onderwijs',
          'Cultuur',
          'Openbare orde en veiligheid (OOV)',
          'Vergunningverlening, toezicht en handhaving (VTH)',
        ],
        extern: [
          'Maatschappelijke zelforganisaties',
          'Zorg- en welzijnsinstellingen',
          'Onderwijsinstellingen',
          'Politie',
          'Openbaar Ministerie',
          'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
          'Ministerie van Sociale Zaken en Werkgelegenheid',
          'Ministerie van Justitie en Veiligheid',
          'Expertise-unit Sociale Stabiliteit',
          'Landelijk Steunpunt Extremisme (LSE)',
          'Centraal Orgaan opvang asielzoekers (COA)',
          'Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)',
          'Rijksopleidingsinstituut tegen radicalisering (ROR)',
          'AIVD',
        ],
      },
      wetgeving: [
        {
          naam: 'Wet gemeentelijke antidiscriminatievoorzieningen',
          toelichting: 'Op grond van deze wet moet elke gemeente een antidiscriminatievoorziening inrichten.',
        },
        {
          naam: 'Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding (TWB)',
        },
      ],
      maatregelen: [
        {
          naam: 'Casustafel radicalisering',
          toelichting: 'Casusoverleg op lokaal of regionaal niveau, bijvoorbeeld binnen het Zorg- en Veiligheidshuis.',
        },
        {
          naam: 'Bewustwordingstrainingen voor professionals en ambtenaren',
        },
        {
          naam: 'Sleutelfigurennetwerk, focusgroepen en signaleringsnetwerken',
        },
        {
          naam: 'Wijknetwerken versterken',
        },
        {
          naam: 'Rondetafelgesprekken met maatschappelijke zelforganisaties',
        },
        {
          naam: 'Buurtbemiddelingstrajecten',
        },
        {
          naam: 'Preventie via het onderwijs',
        },
        {
          naam: 'Antidiscriminatievoorziening en activiteiten tegen discriminatie',
          toelichting: 'Het inrichten van een antidiscriminatievoorziening is een wettelijke plicht; daarnaast kan de gemeente eigen activiteiten tegen discriminatie ondernemen.',
        },
        {
          naam: 'Draaiboek maatschappelijke onrust (‘sociaal calamiteitenplan’)',
        },
      ],
      instrumenten: [
        {
          naam: 'Expertise-unit Sociale Stabiliteit: informatie voor gemeenten',
          url: 'https://www.socialestabiliteit.nl/gemeenten',
        },
        {
          naam: 'Toolkit Evidence-Based Werken bij de preventie van radicalisering',
          toelichting: 'Hulpmiddel van de Expertise-unit Sociale Stabiliteit.',
          url: 'https://www.socialestabiliteit.nl/si-toolkit',
        },
        {
          naam: 'Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)',
          url: 'https://www.nctv.nl/',
        },
        {
          naam: 'Platform JEP (Platform Jeugd preventie Extremisme en Polarisatie)',
          url: 'https://www.platformjep.nl/',
        },
        {
          naam: 'Netwerk Weerbaar Bestuur',
          url: 'https://www.weerbaar-bestuur.nl/',
        },
        {
          naam: 'Ondersteuningsteam maatschappelijke onrust',
          url: 'https://www.weerbaar-bestuur.nl/onbehagen',
        },
        {
          naam: 'Wegwijzer Jeugd en Veiligheid',
          url: 'https://www.wegwijzerjeugdenveiligheid.nl/',
        },
        {
          naam: 'Stichting School en Veiligheid',
          url: 'https://www.stichtingschoolenveiligheid.nl/',
        },
      ],
      ontwikkelingen: [
        'Links- en rechts-extremisme vormen een groeiende dreiging.',
        'Terugkeerders: personen die na een verblijf in een conflictgebied naar Nederland terugkomen.',
        'Personen die in eigen land radicaliseren en uitreizigers die gefrustreerd raken.',
        'Het optreden van extremistische sprekers.',
        'Polarisatie binnen de samenleving.',
        'De maatschappelijke opgave rond vluchtelingen uit oorlogsgebieden in het Midden-Oosten.',
      ],
    },
  },
  {
    id: '5.2',
    veld: 5,
    naam: 'Georganiseerde/ondermijnende criminaliteit',
    uitleg: [
      'Dit thema betreft georganiseerde criminaliteit die zich op het grondgebied van de gemeente voordoet en die een dreigende uitwerking kan hebben op de omgeving waarin mensen wonen en leven. Voorbeelden zijn drugscriminaliteit, mensenhandel, witwassen, vastgoedfraude en criminele motorclubs (Outlaw Motorcycle Gangs, OMG’s).',
      'Deze verschijnselen kunnen zich op bepaalde plekken samenballen, zoals recreatieparken, bedrijventerreinen en het buitengebied. Zulke plekken kunnen worden aangemerkt als zogeheten ‘handhavingsknelpunten’.',
      'De betrokken groepen en personen staan op verschillende manieren in verbinding en wisselwerking met de lokale samenleving. Zij maken soms gebruik, of misbruik, van gemeentelijke voorzieningen zoals uitkeringen, zorg en persoonsgebonden budgetten (pgb’s), en van gemeentelijke besluiten zoals vergunningen, subsidies en aanbestedingen. Zo kunnen de onderwereld en de bovenwereld met elkaar verweven raken.',
    ],
    effectinformatie: [
      'Veiligheidsmonitor',
      'Gemeentelijke registratie',
      'Politieregistratie',
      'Ondermijningsbeelden',
    ],
    effectindicatoren: [
      {
        naam: 'Ervaren drugsoverlast in de buurt',
        bron: 'veiligheidsmonitor',
        aard: 'subjectief',
      },
      {
        naam: 'Ervaren drugshandel in de buurt',
        bron: 'veiligheidsmonitor',
        aard: 'subjectief',
      },
      {
        naam: 'Slachtofferschap van identiteitsfraude',
        bron: 'veiligheidsmonitor',
        aard: 'objectief',
      },
      {
        naam: 'Slachtofferschap van hacken',
        bron: 'veiligheidsmonitor',
        aard: 'objectief',
      },
      {
        naam: 'Indicatoren uit vergunningverlening en handhaving',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeentelijke registratie',
      },
      {
        naam: 'Aantal Bibob-procedures',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeentelijke registratie',
      },
      {
        naam: 'Aantal geregistreerde incidenten van de verschillende vormen van georganiseerde criminaliteit',
        bron: 'politieregistratie',
        aard: 'objectief',
      },
    ],
    raakvlakken: ['1.1', '1.3', '1.4', '3.2', '3.3', '5.1', '5.3', '5.4', '5.5'],
    trefwoorden: [
      'ondermijning',
      'georganiseerde criminaliteit',
      'RIEC',
      'Bibob',
      'drugscriminaliteit',
      'mensenhandel',
      'witwassen',
      'OMG',
      'hennep',
      'Damocles',
    ],
    aanpak: {
      rolGemeente: [
        'Bewustwording: ondermijnende verschijnselen leren herkennen en weten welke bestuurlijke middelen er zijn om ze aan te pakken.',
        'Zicht krijgen op georganiseerde criminaliteit en ondermijnende verschijnselen binnen de gemeente.',
        'Het gemeentelijke instrumentarium zowel preventief als repressief inzetten. Handhaving en de Bibob-instrumenten staan daarbij voorop, maar ook op andere terreinen liggen kansen en dringende taken, zoals voorkomen dat een crimineel bijstand ontvangt of op een andere manier (sociale) fraude pleegt, en het bestemmingsplan voor bepaalde locaties aanpassen. Algemeen uitgangspunt is dat criminelen geen steun of voordeel mogen halen uit gemeentelijke voorzieningen, subsidies en besluiten.',
        'De aanpak bestuurlijk en organisatorisch verankeren: beleid en actieplannen vastleggen en actueel houden, capaciteit en middelen vrijmaken, en de kennis en vaardigheden van alle betrokkenen op peil brengen en houden.',
        'De verankering verbreden door de aanpak te verbinden met aanpalend beleid en andere afdelingen, zoals horecabeleid, integriteitsbeleid, bestuurlijke weerbaarheid, VTH, gebiedsgericht werken, vastgoed en sociale zaken. Interne partners raken betrokken via bewustwording, het afstemmen van instrumenten en maatregelen en een gestructureerde samenwerking. Het gaat er ook om dat medewerkers in de eerste lijn, zoals aan het gemeenteloket en boa’s, signalen herkennen en dat die worden opgevolgd; de gemeentesecretaris ondersteunt hierbij.',
        'De informatiepositie versterken: binnen de gemeentelijke organisatie benoemen welke informatie en bronnen iets zeggen over ondermijning, die toegankelijk maken en combineren, zodat ze effectieve preventie en repressie ondersteunen. Daarbij ook de koppeling leggen met informatie van externe partners, steeds binnen de grenzen die de privacyregels en de bescherming van persoonsgegevens stellen.',
        'Samenwerken met lokale en bovenlokale veiligheidspartners en met maatschappelijke partners, onder wie bewoners en ondernemers of hun collectieven.',
        'Samengevat: een integrale, programmatische aanpak van ondermijning opzetten, invoeren en onderhouden, bestaande uit vijf bouwstenen: (1) een juridisch basisinstrumentarium, met casusoverleg en casusaanpak, regelgeving, een vergunningenstelsel en toezicht en handhaving (ook integrale handhaving); (2) bestuurlijke bewustwording en weerbaarheid; (3) maatschappelijke bewustwording en weerbaarheid; (4) een informatiepositie, met onder meer het Lokaal Informatieoverleg (LIO) en informatiemanagement; (5) organisatorische borging.',
      ],
      partners: {
        intern: [
          'Vergunningverlening, toezicht en handhaving (VTH)',
          'Economie',
          'Sociale Zaken',
          'Zorg en welzijn',
          'Ruimtelijke ordening (RO)',
          'Vastgoed/wonen/bouwen',
          'Openbare orde en veiligheid (OOV)',
          'Bestuurszaken/bestuursondersteuning',
          'Onderhoud buitenruimte',
        ],
        extern: [
          'Politie',
          'Openbaar Ministerie',
          'Belastingdienst',
          'FIOD',
          'Regionaal Expertise- en Informatiecentrum (RIEC)',
          'Landelijke Stuurgroep Interventieteams (LSI)',
          'Omgevingsdiensten (milieu-/omgevingsdienst)',
          'Landelijk Bureau Bibob',
          'Justis',
          'Brandweer/Veiligheidsregio',
          'Buurgemeenten',
          'Provincie',
          'Defensie',
          'Ondernemersorganisaties',
          'Woningcorporaties',
          'Andere vastgoedeigenaren',
          'Beheerders van waternetten',
          'Beheerders van stroomnetten',
          'Inwoners',
        ],
      },
      wetgeving: [
        {
          naam: 'Wet Bibob',
          toelichting: 'De wet is onlangs verruimd; ten tijde van de zesde editie werd nog een tweede ronde wijzigingen verwacht.',
        },
        {
          naam: 'Opiumwet, artikelen 11a en 13b',
        },
        {
          naam: 'Wet Victoria (artikel 174a Gemeentewet)',
        },
        {
          naam: 'Wet- en regelgeving over privacy',
        },
        {
          naam: 'Landelijk coffeeshopbeleid',
        },
        {
          naam: 'Wetsvoorstel Wet regulering prostitutie en bestrijding misstanden seksbranche',
          toelichting: 'De Eerste Kamer heeft de behandeling opgeschort tot de Wet regulering sekswerk er is; die zou naar verwachting rond de jaarwisseling 2020-2021 bij de Tweede Kamer worden ingediend.',
        },
        {
          naam: 'Algemene plaatselijke verordening (APV)',
          toelichting: 'Voor een aantal onderwerpen zijn modelbepalingen te vinden op https://www.decentraleregelgeving.nl/.',
        },
        {
          naam: 'Algemene wet bestuursrecht (Awb)',
        },
        {
          naam: 'Gemeentewet',
        },
        {
          naam: 'RIEC-convenant',
          toelichting: 'Voluit: Convenant ten behoeve van Bestuurlijke en Geïntegreerde Aanpak Georganiseerde Criminaliteit, Bestrijding Handhavingsknelpunten en Bevordering Integriteitsbeoordelingen.',
        },
        {
          naam: 'Drugsconvenanten',
        },
        {
          naam: 'Wet gegevensuitwisseling samenwerkingsverbanden (WGS)',
          toelichting: 'Wetsvoorstel dat nog in behandeling is; het kan in de toekomst een wettelijke grondslag bieden aan samenwerkingsverbanden zoals de RIEC’s en de Zorg- en Veiligheidshuizen.',
        },
      ],
      maatregelen: [
        {
          naam: 'Voorlichting en communicatie aan inwoners en ondernemers',
          toelichting: 'Uitleggen op welke signalen en risico’s zij kunnen letten, waarom melden belangrijk is en welke maatregelen en drempels zij zelf kunnen opwerpen.',
        },
        {
          naam: 'Integrale handhaving/interventieteam',
        },
        {
          naam: 'Woningen en lokalen sluiten na drugsvondsten',
          toelichting: 'Mogelijk wanneer er handelshoeveelheden drugs worden aangetroffen of wanneer er voorbereidingen voor (grootschalige) drugshandel worden gevonden.',
        },
        {
          naam: 'Panden sluiten',
          toelichting: 'Het gaat om panden die overlast veroorzaken en om panden waarin incidenten met vuurwapens hebben plaatsgevonden.',
        },
        {
          naam: 'Inzet en borging van Bibob',
          toelichting: 'Inclusief verbreding naar locaties en uitbreiding van het Bibob-onderzoek dat de gemeente zelf uitvoert.',
        },
        {
          naam: 'Exploitatiestelsel voor openbare en niet-openbare inrichtingen (APV)',
        },
        {
          naam: 'Ondermijningsartikel (APV)',
        },
        {
          naam: 'Nachtregister (APV)',
        },
        {
          naam: 'Lachgasverbod (APV)',
        },
        {
          naam: 'Verbod op uiterlijke kenmerken van verboden organisaties (APV)',
        },
        {
          naam: 'Digitaal Opkopers Register (DOR)',
          toelichting: 'Hulpmiddel bij de aanpak van heling.',
        },
        {
          naam: 'Bedrijvenscans',
        },
        {
          naam: 'Vitale vakantieparken',
          toelichting: 'Aanpak van BZK, de RIEC’s en het CCV.',
        },
        {
          naam: 'Stop criminelen in het buitengebied',
          toelichting: 'Aanpak van het RIEC, het CCV en het PVO.',
        },
        {
          naam: 'Bestuurlijke weerbaarheidsanalyse',
        },
        {
          naam: 'Periodieke informatiebijeenkomsten voor ondernemers',
          toelichting: 'Telkens over een specifiek ondermijningsthema, zoals cybercrime.',
        },
        {
          naam: 'Kwaliteit van de BRP verbeteren',
          toelichting: 'Via de Landelijke Aanpak Adreskwaliteit (LAA).',
        },
        {
          naam: 'Zorgconvenant Mensenhandel',
        },
        {
          naam: 'Kompas Aanpak Mensenhandel (VNG)',
          toelichting: 'Sinds november 2020 online te raadplegen.',
        },
        {
          naam: 'Kader Aanpak Mensenhandel (VNG en partners)',
          toelichting: 'Verwacht begin 2021.',
        },
        {
          naam: 'Meldpunten versterken en onder de aandacht brengen',
        },
        {
          naam: 'Informatieknooppunt of informatiemakelaar binnen de afdeling OOV',
        },
        {
          naam: 'Bewustwordingstrainingen',
          toelichting: 'Voor ambtenaren, bestuurders, raadsleden en professionals of partners.',
        },
        {
          naam: 'Multidisciplinair handhaven (VNG)',
          toelichting: 'Informatie van de VNG, te vinden op https://vng.nl/naleving/multidisciplinair-handhaven.',
        },
        {
          naam: 'Wet Bibob (Justis)',
          toelichting: 'Informatie van Justis over de wet, te vinden op https://www.justis.nl/producten/bibob/wet-bibob/.',
        },
      ],
      instrumenten: [
        {
          naam: 'Webdossiers van het CCV',
          toelichting: 'Dossiers over arbeidsuitbuiting, coffeeshopbeleid, georganiseerde criminaliteit en ondermijning, hennepcriminaliteit, mensenhandel, veilige vakantieparken en cybercrime.',
        },
        {
          naam: 'Basisniveaus bestuurlijke aanpak (CCV)',
          toelichting: 'Beschikbaar voor hennepcriminaliteit, mensenhandel, synthetische drugs en OMG’s.',
        },
        {
          naam: 'Barrièremodellen (CCV, themasite)',
          toelichting: 'Beschikbaar voor hennep, synthetische drugs, loverboys, arbeidsuitbuiting en malafide uitzendbureaus.',
        },
        {
          naam: 'Veilig Buitengebied (CCV)',
        },
        {
          naam: 'Ondermijningsbeelden (RIEC’s)',
        },
        {
          naam: 'City Deal Zicht op Ondermijning',
        },
        {
          naam: 'Piramide weerbare gemeente (RIEC’s)',
        },
        {
          naam: 'Bewustwordingstrainingen (RIEC’s)',
        },
        {
          naam: 'Kompas Aanpak Mensenhandel (VNG)',
          url: 'https://kompas.vng.nl/aanpakmensenhandel/',
        },
        {
          naam: 'Kader Aanpak Mensenhandel (VNG en partners)',
          toelichting: 'Verwacht begin 2021.',
        },
        {
          naam: 'Hennepconvenant (zoekresultaten op de website van het CCV)',
          url: 'https://hetccv.nl/zoekresultaten/?tx_solr%5Bfilter%5D%5B%5D=Alles&tx_solr%5Bq%5D=hennepconvenant',
        },
        {
          naam: 'Digitaal Opkopers Register (DOR) (CCV)',
          url: 'https://hetccv.nl/onderwerpen/heling/digitaal-opkopers-register-dor/',
        },
        {
          naam: 'Handreiking APV en ondermijning voor gemeenten (VNG)',
          url: 'https://vng.nl/nieuws/handreiking-apv-en-ondermijning-voor-gemeenten',
        },
        {
          naam: 'Multidisciplinair handhaven (VNG)',
          url: 'https://vng.nl/naleving/multidisciplinair-handhaven',
        },
        {
          naam: 'Wet Bibob (Justis)',
          url: 'https://www.justis.nl/producten/bibob/wet-bibob/',
        },
      ],
      ontwikkelingen: [
        'Maatschappelijke bewustwording en weerbaarheid worden verder versterkt.',
        'De inlichtingenfunctie wordt verder uitgebouwd.',
        'Er is meer oog voor de samenhang tussen ondermijningsrisico’s, weerbaarheid en integriteit.',
        'De digitale component wordt steeds belangrijker, ook binnen ondermijnende criminaliteit.',
        'Fraude met sociale zekerheid en met zorggeld en pgb’s hangt nauw samen met ondermijning en verdient aandacht, juist ook van gemeenten.',
        'De preventieve aanpak van ondermijning wordt verbonden met bredere aanpakken voor wijken, buurten en gebieden.',
      ],
    },
  },
];
