/**
 * Veiligheidsveld 4: Fysieke veiligheid — thema's 4.1 t/m 4.4.
 * Feiten uit de zesde editie van Kernbeleid Veiligheid; alle teksten in eigen woorden.
 */
import type { Thema } from '../types.ts';

export const themasVeld4: Thema[] = [
  // ---------------------------------------------------------------------------
  // 4.1 Verkeersveiligheid
  // ---------------------------------------------------------------------------
  {
    id: '4.1',
    veld: 4,
    naam: 'Verkeersveiligheid',
    uitleg: [
      'Verkeersveiligheid gaat over hoe veilig mensen aan het verkeer kunnen deelnemen. Dat geldt voor weggebruikers in het algemeen, maar ook voor bepaalde doelgroepen en voor specifieke gebieden, zoals woonwijken, de omgeving van scholen en winkelgebieden.',
      'Twee factoren bepalen hoe veilig het verkeer is: de fysieke inrichting van wegen en andere infrastructuur, en het gedrag van de verkeersdeelnemers zelf. Binnen het thema zijn drie onderdelen te onderscheiden: de objectieve verkeersveiligheid, de beleefde (subjectieve) verkeersveiligheid en de overlast door verkeer en parkeren.',
    ],
    effectinformatie: [
      'Politieregistratie',
      'Meldingen over de openbare ruimte, bij de gemeente en bij woningcorporaties',
      'Cijfers van het CBS over verkeersongevallen',
      'Veiligheidsmonitor',
      'SWOV (Stichting Wetenschappelijk Onderzoek Verkeersveiligheid)',
    ],
    effectindicatoren: [
      { naam: 'Ervaren verkeersoverlast in de buurt', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Ervaren overlast door te hard rijden', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Ervaren parkeerproblemen', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Ervaren agressief rijgedrag', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Aantal verkeersongevallen met dodelijke afloop', bron: 'politieregistratie', aard: 'objectief' },
      { naam: 'Aantal verkeersongevallen met letsel', bron: 'politieregistratie', aard: 'objectief' },
      { naam: 'Aantal geregistreerde incidenten met parkeerproblemen', bron: 'politieregistratie', aard: 'objectief' },
    ],
    raakvlakken: ['1.1', '1.2', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '3.3', '3.4'],
    trefwoorden: [
      'verkeer',
      'verkeersongevallen',
      'verkeersoverlast',
      'parkeeroverlast',
      'te hard rijden',
      'Duurzaam Veilig',
      '30 km-zone',
      'fietsveiligheid',
      'VVN',
      'SWOV',
    ],
    aanpak: {
      rolGemeente: [
        'De regie voeren over de veiligheid op en rond de gemeentelijke wegen (doorgaande wegen, ontsluitingswegen en wegen in verblijfsgebieden) en die veiligheid op niveau houden.',
        'Langs twee sporen invloed uitoefenen: door eisen te stellen in de ontwerpfase van wegen, en door ingrepen en voorlichting zodra de wegen in gebruik zijn.',
        "Integraal werken volgens de zogeheten 'drie E's': de inrichting van de weg, educatie en handhaving.",
        'Sturingsinformatie voor interventies op peil houden, bijvoorbeeld over de handhaving, en die informatie delen met de handhavingspartners.',
        'De visie op verkeersveiligheid vastleggen in het verkeers- en vervoersbeleid; de maatregelen kunnen zo nodig worden uitgewerkt in een apart verkeersveiligheidsplan.',
        'Verbindingen leggen met het beleid en de voorwaarden voor brandveiligheid en crisisbeheersing, bijvoorbeeld als het gaat om aanrijroutes.',
      ],
      partners: {
        intern: [
          'Verkeer en vervoer',
          'Ruimtelijke Ordening (RO)',
          'Openbare Orde en Veiligheid (OOV)',
          'Vergunningverlening, Toezicht en Handhaving (VTH)',
          'Wijkgericht werken',
          'Beheer Openbare Ruimte',
        ],
        extern: [
          'Politie',
          'Openbaar Ministerie',
          'Rijk (als andere wegbeheerder)',
          'Provincie (als andere wegbeheerder)',
          'Veilig Verkeer Nederland (VVN)',
          'Bewoners',
          'Ondernemers en ondernemersverenigingen',
          'Onderwijsinstellingen',
          'Brandweer/Veiligheidsregio',
        ],
      },
      wetgeving: [
        { naam: 'Wegenverkeerswet 1994' },
        { naam: 'BABW (Besluit administratieve bepalingen inzake het wegverkeer)' },
        { naam: 'RVV (Reglement verkeersregels en verkeerstekens)' },
        { naam: 'Planwet verkeer en vervoer' },
      ],
      maatregelen: [
        {
          naam: 'Duurzaam Veilig-maatregelen',
          toelichting: 'Bijvoorbeeld het wegennet in zones indelen en 30-kilometerzones inrichten.',
        },
        {
          naam: 'Minder parkeerruimte rond basisscholen',
          toelichting: 'De mogelijkheden om in de directe omgeving van basisscholen te parkeren beperken.',
        },
        {
          naam: 'Aparte fietspaden',
          toelichting: 'Fietsers een eigen, van het overige verkeer gescheiden fietspad geven.',
        },
        {
          naam: 'Shared space (gedeelde verkeersruimte)',
          toelichting:
            'Verkeersborden en andere aanwijzingen verminderen of weghalen, zodat weggebruikers gedwongen worden zelf actiever op elkaar te letten.',
        },
        {
          naam: 'Verkeerseducatie voor scholieren en senioren',
        },
        {
          naam: 'Handhaving die integrale veiligheid en verkeersveiligheid verbindt',
          toelichting: 'De handhaving zo inzetten dat zij zowel de integrale veiligheid als de verkeersveiligheid dient en beide elkaar versterken.',
        },
      ],
      instrumenten: [
        {
          naam: 'Kennisnetwerk strategisch plan verkeersveiligheid',
          url: 'https://www.kennisnetwerkspv.nl',
        },
        {
          naam: 'Modelaanpak Veilig Fietsen',
          toelichting: 'Uitgegeven door de VNG.',
        },
        {
          naam: 'Webtool Aanpak veilig fietsen',
          toelichting: 'Online hulpmiddel van het Fietsberaad.',
          url: 'https://www.fietsberaad.nl',
        },
        {
          naam: 'Veilig Verkeer Nederland',
          url: 'https://www.veiligverkeernederland.nl',
        },
        {
          naam: 'SWOV (Stichting Wetenschappelijk Onderzoek Verkeersveiligheid)',
          url: 'https://www.swov.nl',
        },
        {
          naam: 'CROW',
          url: 'https://www.crow.nl',
        },
      ],
      ontwikkelingen: [],
    },
  },

  // ---------------------------------------------------------------------------
  // 4.2 Brandveiligheid
  // ---------------------------------------------------------------------------
  {
    id: '4.2',
    veld: 4,
    naam: 'Brandveiligheid',
    uitleg: [
      'Brandveiligheid kent twee kanten. Aan de ene kant gaat het om de brandveiligheid van gebouwen, zowel in het ontwerp en de bouw als in het dagelijks gebruik, bijvoorbeeld bij woongebouwen en panden met een horecabestemming. Aan de andere kant gaat het om de randvoorwaarden die nodig zijn om een brand doeltreffend te kunnen bestrijden.',
      'Gemeente en brandweer bewaken de brandveiligheid door in te zetten op proactie en preventie en door doelgroepen voor te lichten, zodat de samenleving zich meer bewust is van brandrisico\'s en zich er meer bij betrokken voelt. Daarnaast bereidt de brandweer zich voor op het daadwerkelijk bestrijden van branden (repressie).',
    ],
    effectinformatie: [
      'Registratie van de brandweer: welke gebouwen zijn gecontroleerd en wat daarbij is gevonden',
      'Registratie van gemeente en RUD: vergunningen en meldingen, controles en aanschrijvingen',
    ],
    effectindicatoren: [
      {
        naam: 'Aantal brandmeldingen (repressie)',
        bron: 'overig',
        aard: 'objectief',
        bronToelichting: 'Brandweer/Veiligheidsregio',
      },
      {
        naam: 'Aantal gecontroleerde gebouwen',
        bron: 'overig',
        aard: 'objectief',
        bronToelichting: 'Brandweer/Veiligheidsregio',
      },
      {
        naam: 'Uitkomsten van gebouwcontroles: aantal geconstateerde overtredingen',
        bron: 'overig',
        aard: 'objectief',
        bronToelichting: 'Brandweer/Veiligheidsregio',
      },
      {
        naam: 'Aantal vergunningen en meldingen',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Regionale uitvoeringsdienst (RUD)',
      },
      {
        naam: 'Aantal controles',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Regionale uitvoeringsdienst (RUD)',
      },
      {
        naam: 'Aantal aanschrijvingen',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Regionale uitvoeringsdienst (RUD)',
      },
      {
        naam: 'Aantal overige handhavingsacties',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Regionale uitvoeringsdienst (RUD)',
      },
    ],
    raakvlakken: ['1.2', '2.1', '2.2', '2.3', '2.4', '2.5', '3.4', '4.3', '4.4', '5.5'],
    trefwoorden: [
      'brand',
      'brandpreventie',
      'brandweer',
      'Brandveilig leven',
      'rookmelders',
      'bluswater',
      'Veiligheidsregio',
      'RUD',
      'Bbgbop',
      'haalplicht',
    ],
    aanpak: {
      rolGemeente: [
        'De regie voeren over het volledige pakket aan preventie en repressie op het gebied van brandveiligheid.',
        "Sturen op wat de Veiligheidsregio doet: via de gewone cyclus van het beleidsplan van de Veiligheidsregio (waarbij de gemeente een 'haalplicht' heeft) en via aanvullende afspraken, zoals een dienstverleningsovereenkomst (DVO).",
        'Regionaal: integraal sturen op de Veiligheidsregio en op andere bovenlokale uitvoerders, zoals de Regionale Uitvoeringsdienst (RUD) en de GGD.',
        'Lokaal: fysieke veiligheid als samenhangend beleidsveld behandelen en verbinden met onder meer het vergunningenbeleid, het toezicht- en handhavingsbeleid en het omgevings- en ruimtelijk beleid.',
        'Aansluiten bij ontwikkelingen in het sociaal domein, met name bij de brandrisico\'s van personen en huishoudens die minder zelfredzaam zijn.',
        'In het algemeen extra aandacht geven aan huishoudens die minder zelfredzaam zijn en aan gebouwen waarin mensen slapen, zoals logiesverblijven en zorginstellingen.',
      ],
      partners: {
        intern: [
          'Wonen',
          'Bouwen',
          'Vergunningverlening, Toezicht en Handhaving (VTH)',
          'Openbare Orde en Veiligheid (OOV)',
        ],
        extern: [
          'Brandweer/Veiligheidsregio',
          'Regionale uitvoeringsdienst (RUD)',
          'Eigenaren van vergunningplichtige gebouwen',
          'Huurders van vergunningplichtige gebouwen',
        ],
      },
      wetgeving: [
        {
          naam: "Wet veiligheidsregio's (Wvr)",
          toelichting: "De methode noemt artikel 3a in samenhang met de 'haalplicht' richting de Veiligheidsregio (zie maatregelen).",
        },
        { naam: 'Activiteitenbesluit' },
        { naam: 'Besluit brandveilig gebruik en basishulpverlening overige plaatsen (Bbgbop)' },
        { naam: 'Wet algemene bepalingen omgevingsrecht (Wabo)' },
        { naam: 'Woningwet' },
        {
          naam: 'Omgevingswet',
          toelichting: 'Volgens de methode in werking vanaf 2022.',
        },
      ],
      maatregelen: [
        {
          naam: 'Gemeentelijke doelen voor brandveiligheid vaststellen en op de uitvoering sturen',
          toelichting:
            "De gemeente legt haar doelen vast (de 'haalplicht' richting de Veiligheidsregio, artikel 3a Wvr) en ziet erop toe dat de Veiligheidsregio ze uitvoert.",
        },
        {
          naam: 'Brandveilig leven-activiteiten van de brandweer ondersteunen',
          toelichting: 'Deze activiteiten koppelen aan het wijkgericht werken van de gemeente.',
        },
        {
          naam: 'Wijk- en buurtnetwerken inzetten voor voorlichting',
          toelichting: 'De bestaande infrastructuur in wijken en buurten gebruiken om bewoners voor te lichten.',
        },
        {
          naam: 'Brandveiligheid lokaal agenderen',
          toelichting:
            'Als lokale regisseur het onderwerp nadrukkelijk onder de aandacht brengen bij partners zoals woningcorporaties, instellingen en horecaondernemers.',
        },
        { naam: 'Programmering van toezicht en handhaving' },
        { naam: 'Aanpak van bluswatervoorziening en bereikbaarheid' },
        { naam: 'Beheer en ontsluiting van gebouwdossiers' },
        { naam: 'Beheer van aanrijroutes' },
        {
          naam: 'Periodiek overleg over wegwerkzaamheden',
          toelichting:
            'Brandweer, politie en de gemeentelijke onderdelen RO, Beheer Openbare Ruimte en Verkeer & Vervoer stemmen regelmatig af over wegwerkzaamheden en de wegafsluitingen die daarbij horen.',
        },
      ],
      instrumenten: [
        {
          naam: "'Brandveiligheid is coproductie'",
          toelichting: 'Brandweer Nederland, projectgroep RemBrand (mei 2015).',
        },
        {
          naam: "'De brandweer over morgen'",
          toelichting: 'Brandweer Nederland, projectteam Strategische Reis Brandweer (maart 2010).',
        },
        {
          naam: "Eindrapportage Evaluatiecommissie Wet veiligheidsregio's en het stelsel van rampenbestrijding en crisisbeheersing",
          toelichting: 'Ook bekend als de commissie-Hoekstra (september 2013).',
        },
        {
          naam: "'De bestuurlijke aansturing van de crisisbeheersing'",
          toelichting: 'Publicatie van Infopunt Veiligheid (IFV).',
        },
        {
          naam: "'Taak en invloed gemeenteraad op (fysieke) veiligheid'",
          toelichting: 'Publicatie van Infopunt Veiligheid (IFV).',
        },
        {
          naam: "'Bevolkingszorg op orde 2.0. Eigentijdse bevolkingszorg, volgens afspraak'",
          toelichting: 'Veiligheidsberaad (april 2014).',
        },
        {
          naam: 'CCV: keurmerken brandpreventie voor kantoor, magazijn, loods en winkel',
          url: 'https://www.hetccv.nl/keurmerken/zakelijk/brandpreventie-kantoor-magazijn-loods-winkel/',
        },
        {
          naam: 'Keurmerk Veilig Wonen',
          toelichting: 'Besteedt onder meer aandacht aan het gebruik van rookmelders.',
        },
        { naam: 'Keurmerk Veilig Ondernemen' },
        { naam: 'PREVAP (preventieactiviteitenplan)' },
        { naam: 'Brandweer Nederland', url: 'https://www.brandweernederland.nl' },
        { naam: 'Instituut Fysieke Veiligheid (IFV)', url: 'https://www.ifv.nl' },
        { naam: 'Infopunt Veiligheid', url: 'https://www.infopuntveiligheid.nl' },
        { naam: 'Veiligheidsberaad', url: 'https://www.veiligheidsberaad.nl' },
        { naam: 'VNG: onderwerpen veiligheid', url: 'https://www.vng.nl/onderwerpenindex/veiligheid' },
        {
          naam: 'Brandweer: gebiedsgerichte opkomsttijden',
          url: 'https://www.brandweer.nl/ons-werk/gebiedsgerichte-opkomsttijden',
        },
        {
          naam: 'Handreiking Bluswatervoorziening en Bereikbaarheid 2019',
          toelichting: 'Handreiking van Brandweer Nederland, te vinden op het kennisplein van het IFV.',
          url: 'https://www.ifv.nl/kennisplein/Documents/20200117-BRWNL-Handreiking-Bluswatervoorziening-en-Bereikbaarheid-2019.pdf',
        },
        {
          naam: 'IFV: Toekomstverkenning brandveiligheid',
          toelichting: 'Achtergrond bij de blijvende aandacht voor Brandveilig leven (zie ontwikkelingen).',
          url: 'https://www.ifv.nl/nieuws/Paginas/Toekomstverkenning-brandveiligheid.aspx',
        },
        {
          naam: 'IFV: Risicogroepen en brandveiligheid',
          toelichting: 'Achtergrond bij de brandrisico\'s van verminderd zelfredzame huishoudens (zie ontwikkelingen).',
          url: 'https://www.ifv.nl/nieuws/Paginas/Risicogroepen-en-brandveiligheid.aspx',
        },
      ],
      ontwikkelingen: [
        'De Wet kwaliteitsborging voor het bouwen en de Omgevingswet, die allebei voor 2022 gepland staan.',
        'Door de energietransitie wordt aandacht voor risico\'s en preventie steeds belangrijker, onder meer bij buurtbatterijen, zonnepanelen en waterstof.',
        "Brandveilig leven blijft een speerpunt, vooral de risico's bij huishoudens die minder zelfredzaam zijn; zie ook de IFV-artikelen 'Toekomstverkenning brandveiligheid' en 'Risicogroepen en brandveiligheid' bij de instrumenten.",
      ],
    },
  },

  // ---------------------------------------------------------------------------
  // 4.3 Externe veiligheid/Omgevingsveiligheid
  // ---------------------------------------------------------------------------
  {
    id: '4.3',
    veld: 4,
    naam: 'Externe veiligheid/Omgevingsveiligheid',
    uitleg: [
      "In dit thema draait het om de risico's van gevaarlijke stoffen. Die stoffen liggen opgeslagen of worden verwerkt in inrichtingen, en ze worden vervoerd over de weg, over het water, per spoor, door de lucht en door buisleidingen. Er zijn twee risicomaten: het groepsrisico (GR) en het plaatsgebonden risico (PR). Beide gaan over de risico's die gevaarlijke stoffen opleveren voor de omgeving, dus buiten de inrichting of de transportroute zelf: de 'externe' veiligheid.",
      "Onder de Omgevingswet (inwerkingtreding voorzien in 2022) verschuift de nadruk naar een leefomgeving die veilig en gezond is, vastgelegd in de lokale omgevingsvisie en de omgevingsplannen. In plaats van 'externe veiligheid' spreekt men dan van 'omgevingsveiligheid'.",
    ],
    effectinformatie: [
      'Gemeente: afgelegde bestuurlijke verantwoordingen',
      'Brandweer/Veiligheidsregio: rampbestrijdingsplannen en incidentbestrijdingsplannen',
      'RUD: vergunningverlening, toezicht en handhaving, en geconstateerde overtredingen',
    ],
    effectindicatoren: [
      {
        naam: "Percentage objecten met externe-veiligheidsrisico's (EV-objecten) waarvan de risico's zijn geanalyseerd",
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Regionale uitvoeringsdienst (RUD)',
      },
      {
        naam: 'Percentage actuele vergunningen voor Bevi- en Brzo-inrichtingen',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Regionale uitvoeringsdienst (RUD)',
      },
      {
        naam: 'Percentage actuele bestemmingsplannen waarin de gegevens over externe veiligheid zijn verwerkt',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Regionale uitvoeringsdienst (RUD)',
      },
    ],
    raakvlakken: ['1.4', '2.2', '2.3', '2.4', '2.5', '4.2', '4.4', '5.1', '5.2', '5.5'],
    trefwoorden: [
      'omgevingsveiligheid',
      'gevaarlijke stoffen',
      'groepsrisico',
      'plaatsgebonden risico',
      'EV',
      'Bevi',
      'Brzo',
      'risicokaart',
      'risicobedrijven',
      'Omgevingswet',
    ],
    aanpak: {
      rolGemeente: [
        "Een visie ontwikkelen op de omgang met de risico's van gevaarlijke stoffen en die praktisch uitwerken, in een beleidsvisie externe veiligheid.",
        "Blijvend samenhangend beleid voeren op de kwaliteit van de rampenbestrijding, de ruimtelijke ordening en de externe veiligheid (de risico's van gevaarlijke stoffen).",
        'Bij inrichtingen waarvoor de gemeente het bevoegd gezag is (Bevi-inrichtingen en soms Brzo-/Pbzo-bedrijven): vergunningen verlenen, toezicht houden en handhaven, zo nodig samen met de Regionale uitvoeringsdienst (RUD).',
        "Bij alle inrichtingen en bij het vervoer van gevaarlijke stoffen: de externe veiligheidsrisico's vertalen naar de ruimtelijke ordening en ermee rekening houden in ruimtelijke plannen.",
        'De verplichte rampbestrijdingsplannen en incidentbestrijdingsplannen opstellen.',
        "Over risico's communiceren met inwoners, ondernemers en instellingen.",
        "Risico's in kaart brengen en de gegevens aanleveren voor de provinciale risicokaart.",
        'De regie voeren op een goede wisselwerking tussen de regionale uitvoeringspartners (RUD en Veiligheidsregio), zodat de gemeente krijgt wat zij nodig heeft.',
      ],
      partners: {
        intern: [
          'Milieu',
          'Toezicht en Handhaving',
          'Ruimtelijke Ordening',
          'Coördinatie rampenbestrijding/Openbare Orde en Veiligheid (OOV)',
        ],
        extern: [
          'Brandweer',
          'GHOR, mede namens wie de Geneeskundig Adviseur Gevaarlijke Stoffen (GAGS) optreedt',
          'Veiligheidsregio',
          'Regionale uitvoeringsdienst (RUD)',
          'Provincie',
          'Risicobedrijven',
        ],
      },
      wetgeving: [
        { naam: 'Bevi (Besluit externe veiligheid inrichtingen)' },
        { naam: 'Revi (Regeling externe veiligheid inrichtingen)' },
        { naam: "Brzo (Besluit risico's zware ongevallen)" },
        { naam: 'Registratiebesluit' },
        { naam: "Wet veiligheidsregio's" },
        {
          naam: 'Omgevingswet',
          toelichting: "Volgens de methode in werking vanaf 2022; vanaf dan spreekt men van 'omgevingsveiligheid'.",
        },
      ],
      maatregelen: [
        {
          naam: 'Beleidsvisie externe veiligheid opstellen',
          toelichting: 'Inclusief de documenten die nodig zijn om de visie in de praktijk uit te voeren.',
        },
        {
          naam: 'Bestuurlijke verantwoording van het groepsrisico',
          toelichting: 'Het bestuur legt verantwoording af wanneer het groepsrisico verandert.',
        },
        {
          naam: 'Compenserende maatregelen bij een veranderd groepsrisico',
          toelichting:
            'Maatregelen op het gebied van de kwaliteit van de rampenbestrijding, de zelfredzaamheid van aanwezigen en de infrastructuur.',
        },
        {
          naam: 'Risicocommunicatie met omwonenden en ondernemers',
          toelichting: 'Gericht op bewoners en ondernemers in de directe omgeving van inrichtingen met gevaarlijke stoffen.',
        },
        {
          naam: 'Wisselwerking tussen externe veiligheid en ruimtelijke ordening borgen',
          toelichting: 'Binnen de gemeentelijke organisatie, via vaste overleggen of andere vaste werkwijzen.',
        },
        {
          naam: 'Regie op de wisselwerking tussen RUD en Veiligheidsregio ambtelijk borgen',
          toelichting: 'Zorgen dat er binnen de ambtelijke organisatie voldoende capaciteit is om deze regie te voeren.',
        },
      ],
      instrumenten: [
        { naam: 'Leidraad risico-inventarisatie gevaarlijke stoffen' },
        {
          naam: 'Safeti-NL',
          toelichting: 'Rekenprogramma om kwantitatieve risicoanalyses uit te voeren.',
        },
        {
          naam: 'Handreiking verantwoording groepsrisico',
          url: 'https://www.groepsrisico.nl',
        },
        { naam: 'Relevant', url: 'https://www.relevant.nl' },
        { naam: 'InfoMil', url: 'https://www.infomil.nl' },
        {
          naam: 'Aan de slag met de Omgevingswet: externe veiligheid in het omgevingsplan (aandachtsgebieden en voorschriftengebieden)',
          url: 'https://www.aandeslagmetdeomgevingswet.nl/thema/externe-veiligheid/externe-veiligheid-in-omgevingsplan/aandachtsgebieden-voorschriftengebieden/',
        },
        {
          naam: 'IFV: Handleiding omgevingsveiligheid – mensen op buitenlocaties',
          url: 'https://www.ifv.nl/kennisplein/omgevingsrecht/publicaties/handleiding-omgevingsveiligheid-mensen-op-buitenlocaties',
        },
        {
          naam: 'IFV: Handreiking inbreng',
          toelichting: 'Publicatie op het IFV-kennisplein omgevingsrecht.',
          url: 'https://www.ifv.nl/kennisplein/omgevingsrecht/publicaties/handreiking-inbreng',
        },
        {
          naam: 'IFV: Handreiking bouwstenen fysieke veiligheid in het omgevingsplan',
          url: 'https://www.ifv.nl/kennisplein/omgevingsrecht/publicaties/handreiking-bouwstenen-fysieke-veiligheid-omgevingsplan',
        },
      ],
      ontwikkelingen: [
        "De Omgevingswet (2022), waarmee externe veiligheid opgaat in het bredere begrip 'omgevingsveiligheid'.",
        'Het verbod op F3-vuurwerk.',
      ],
    },
  },

  // ---------------------------------------------------------------------------
  // 4.4 Rampenbestrijding en crisisbeheersing
  // ---------------------------------------------------------------------------
  {
    id: '4.4',
    veld: 4,
    naam: 'Rampenbestrijding en crisisbeheersing',
    uitleg: [
      "De Wet veiligheidsregio's maakt het college van burgemeester en wethouders verantwoordelijk voor de organisatie van rampenbestrijding en crisisbeheersing (artikel 2). Die organisatie is overgedragen aan de Veiligheidsregio (artikel 10), met één uitzondering: de bevolkingszorg, ook wel de gemeentelijke processen genoemd.",
      'Voor de bevolkingszorg zorgt de gemeente dus zelf: zij brengt deze processen op niveau en houdt ze daar. De Veiligheidsregio adviseert en ondersteunt haar daarbij.',
    ],
    effectinformatie: [
      'Registraties van gemeente en Veiligheidsregio, bijvoorbeeld over de opzet van, de deelname aan en de uitkomsten van opleiden, trainen en oefenen (OTO)',
      'Periodiek beeld rampenbestrijding en crisisbeheersing van de Inspectie Justitie en Veiligheid',
    ],
    effectindicatoren: [
      {
        naam: 'Aantal bevolkingszorgprocessen met actuele planvorming',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Veiligheidsregio',
      },
      {
        naam: 'Aantal bevolkingszorgprocessen dat elk jaar wordt beoefend',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Gemeente/Veiligheidsregio',
      },
    ],
    raakvlakken: ['2.1', '2.2', '2.3', '2.4', '2.5', '4.2', '4.3'],
    trefwoorden: [
      'crisisbeheersing',
      'rampenbestrijding',
      'bevolkingszorg',
      'crisiscommunicatie',
      'herstelzorg',
      'crisisorganisatie',
      'Veiligheidsregio',
      'OTO',
      'Bevolkingszorg op orde 2.0',
      'LNB',
    ],
    aanpak: {
      rolGemeente: [
        'De gemeentelijke kolom binnen de crisisorganisatie opzetten en op niveau houden, dat wil zeggen de processen van bevolkingszorg, met de nadruk op crisiscommunicatie, acute bevolkingszorg en herstelzorg.',
        'Daarbij de uitgangspunten van Bevolkingszorg op orde 2.0 invoeren: risicogericht werken, meer vertrouwen op improvisatievermogen, de kracht en vitaliteit van de samenleving benutten, en professionaliseren.',
        'Het opdrachtgeverschap richting de Veiligheidsregio invullen.',
        'Bewaken en ervoor zorgen dat het integraal veiligheidsplan (IVP) en de plancyclus van de Veiligheidsregio op elkaar aansluiten.',
        'Let op: hoe de gemeentelijke kolom precies is ingericht en georganiseerd, verschilt van plaats tot plaats.',
      ],
      partners: {
        intern: [
          'Betrokkenen bij de besluitvorming en aansturing tijdens een crisis',
          'Alle afdelingen en domeinen die nodig zijn om de bevolkingszorgprocessen in te voeren',
        ],
        extern: [
          'Buurgemeenten en andere gemeenten binnen de Veiligheidsregio',
          'Veiligheidsregio',
          'Landelijk Netwerk Bevolkingszorg (LNB)',
        ],
      },
      wetgeving: [
        { naam: "Wet veiligheidsregio's", toelichting: 'Artikel 2 (taak van het college) en artikel 10 (overdracht aan de Veiligheidsregio).' },
        { naam: "Besluit veiligheidsregio's" },
        { naam: "Besluit personeel veiligheidsregio's" },
        { naam: 'Wet publieke gezondheid' },
      ],
      maatregelen: [
        {
          naam: 'Gemeentelijke doelen voor crisisbeheersing vaststellen en op de uitvoering sturen',
          toelichting:
            "De gemeente bepaalt haar doelen (de 'haalplicht' richting de Veiligheidsregio) en ziet erop toe dat de Veiligheidsregio ze uitvoert.",
        },
        {
          naam: 'Bevolkingszorgprocessen inrichten en op niveau houden',
          toelichting:
            'Via planvorming, opleiden, trainen en oefenen (OTO), voorzieningen zoals ICT en taakorganisaties, en door te zorgen dat de processen voldoende bemenst zijn.',
        },
        {
          naam: 'Uitgangspunten en criteria van Bevolkingszorg op orde 2.0 invoeren',
          toelichting: 'De stappen die daarbij horen, staan hieronder als afzonderlijke maatregelen.',
        },
        {
          naam: 'Richtlijnen invoeren voor het beoogde resultaat van crisiscommunicatie, acute bevolkingszorg en herstelzorg',
          toelichting: 'Stap bij de invoering van Bevolkingszorg op orde 2.0.',
        },
        {
          naam: 'Politiek-bestuurlijk gesprek over risicogerichtheid en risicoacceptatie',
          toelichting: 'Stap bij de invoering van Bevolkingszorg op orde 2.0.',
        },
        {
          naam: "Focus op realistische en beïnvloedbare risico's",
          toelichting: 'Stap bij de invoering van Bevolkingszorg op orde 2.0.',
        },
        {
          naam: 'Minder grootschalige voorbereiding, meer gecontroleerde ruimte voor improvisatie',
          toelichting: 'Stap bij de invoering van Bevolkingszorg op orde 2.0: geleidelijk toewerken naar deze verhouding.',
        },
        {
          naam: 'Redzaamheid en zelfredzaamheid van de samenleving inbouwen',
          toelichting: 'Stap bij de invoering van Bevolkingszorg op orde 2.0.',
        },
        {
          naam: 'Denken in crisisstructuren bevorderen',
          toelichting:
            'Stap bij de invoering van Bevolkingszorg op orde 2.0: tijdens een crisis geldt een andere rangorde en gezagsverhouding dan in de normale situatie.',
        },
        {
          naam: 'Bestuurlijke en managementaandacht voor de kwaliteit van bevolkingszorg borgen',
          toelichting: 'Generiek: blijvend zorgen dat bestuur en management oog houden voor de kwaliteit van de bevolkingszorg.',
        },
      ],
      instrumenten: [
        { naam: 'Instituut Fysieke Veiligheid (IFV)', url: 'https://www.ifv.nl' },
        {
          naam: 'IFV-kennisplein: bevolkingszorg gemeente',
          url: 'https://www.ifv.nl/kennisplein/bevolkingszorg-gemeente',
        },
        { naam: 'Veiligheidsberaad', url: 'https://www.veiligheidsberaad.nl' },
        { naam: 'Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)', url: 'https://www.nctv.nl' },
        { naam: 'Referentiekader Regionaal Crisisplan' },
        {
          naam: 'Kwalificatiedossiers voor functies in de rampenbestrijdingsorganisatie',
          toelichting: 'Opgesteld door het IFV.',
        },
        {
          naam: 'Nationaal Handboek Crisisbesluitvorming',
          toelichting: 'Uitgave van de NCTV.',
        },
        {
          naam: 'Periodiek beeld rampenbestrijding en crisisbeheersing en deelrapporten',
          toelichting: 'Rapporten van de Inspectie Justitie en Veiligheid (juli 2020).',
          url: 'https://www.inspectie-jenv.nl/Publicaties/rapporten/2020/07/02/periodiek-beeld-rampenbestrijding-en-crisisbeheersing-en-deelrapporten',
        },
        { naam: 'Bestuurlijke netwerkkaarten' },
      ],
      ontwikkelingen: [
        'Vermaatschappelijking van de veiligheidszorg: het risicobewustzijn, de zelfredzaamheid en de samenredzaamheid van inwoners stimuleren.',
        'Bevolkingszorg op orde 2.0 verder invoeren: de bevolkingszorg professionaliseren, met aandacht voor improvisatievermogen en veerkracht.',
        'Het Landelijk Overleg Coördinatoren Bevolkingszorg en het Landelijk Netwerk Bevolkingszorg hebben in januari 2020 samen een ambitieagenda Bevolkingszorg opgesteld. Die agenda schetst een landelijk beeld van hoe de bevolkingszorg, als onderdeel van rampenbestrijding en crisisbeheersing, zich de afgelopen jaren heeft ontwikkeld.',
      ],
    },
  },
];
