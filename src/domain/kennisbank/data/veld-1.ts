/**
 * Veiligheidsveld 1 "Veilige woon- en leefomgeving": de vier thema's (1.1 t/m 1.4) en de
 * eerste drie aanpak-aspecten (1 Infrastructuur, 2 Investeren in fysieke kwaliteit,
 * 3 Investeren in sociale kwaliteit). Bij veld 1 hoort de aanpak niet bij het thema maar bij
 * de aspecten; de thema's hebben daarom geen `aanpak`.
 * Teksten in eigen woorden; de feiten komen uit de zesde editie van Kernbeleid Veiligheid.
 */
import type { Aspect, Thema } from '../types.ts';

export const themasVeld1: Thema[] = [
  {
    id: '1.1',
    veld: 1,
    naam: 'Sociale kwaliteit',
    uitleg: [
      'De sociale kwaliteit van een buurt, wijk of kern hangt vooral af van hoe mensen met elkaar omgaan. Aan de positieve kant staan zaken als de betrokkenheid van bewoners bij hun buurt, sociale netwerken, informele sociale controle en het vermogen om elkaar te helpen (samenredzaamheid).',
      'Wat die kwaliteit kan aantasten: overlast van buren en in en om woningen, overlast door mensen met verward gedrag, multiprobleemgezinnen of -huishoudens, overlast door illegale bewoning, buurtbewoners die anderen intimideren (de zogeheten ‘onaantastbaren’), overlast door drank en drugs en prostitutie.',
      'Begrippen die dicht bij sociale kwaliteit liggen zijn de ‘veerkracht’ en de ‘vitaliteit’ van een buurt of wijk.',
    ],
    effectinformatie: [
      'Politieregistratie',
      'Veiligheidsmonitor en andere enquêtes onder bewoners',
      'Meldingen over de openbare ruimte (bij gemeente en woningcorporaties)',
      'Meldpunt zorg en overlast (van GGD en gemeenten)',
      'Registraties van het Zorg- en Veiligheidshuis en van (lokale) multidisciplinaire interventieteams (PGA, Top X)',
    ],
    effectindicatoren: [
      { naam: 'Schaalscore sociale cohesie in de buurt', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Rapportcijfer van bewoners voor de leefbaarheid van de buurt', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Ervaren sociale overlast in de buurt (totaal)', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Ervaren drugsoverlast en drugshandel in de buurt', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Ervaren overlast van buurtbewoners', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      {
        naam: 'Aantal geregistreerde incidenten sociale overlast, per soort overlast',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: 'Indeling volgens het VNG/INP-model',
      },
      {
        naam: 'Aantal geregistreerde incidenten sociale overlast, opgeteld (geaggregeerd)',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: 'Indeling volgens het VNG/INP-model',
      },
      {
        naam: 'Aantal personen in de persoonsgerichte aanpak (PGA/Top X)',
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
    ],
    raakvlakken: ['1.2', '1.3', '1.4', '2.1', '2.3', '3.1', '3.2', '3.3', '5.1', '5.2', '5.3'],
    trefwoorden: [
      'sociale cohesie',
      'leefbaarheid',
      'woonoverlast',
      'burenruzie',
      'verward gedrag',
      'multiprobleemgezinnen',
      'onaantastbaren',
      'drugsoverlast',
      'veerkracht',
      'samenredzaamheid',
    ],
  },
  {
    id: '1.2',
    veld: 1,
    naam: 'Fysieke kwaliteit',
    uitleg: [
      'Fysieke kwaliteit gaat over de tastbare kenmerken van de woonomgeving, en dan vooral over hoe de openbare ruimte is ingericht, onderhouden en beheerd. De kernvragen zijn: in wat voor staat verkeert de openbare ruimte, en hoe prettig woont men in de buurt gezien die staat?',
      'Voorbeelden zijn het onderhoud van het groen, het opruimen van zwerfvuil en de verlichting van achterpaden. De fysieke kwaliteit wordt aangetast door onder meer vernielingen, graffiti, zwerfvuil en andere signalen van verloedering.',
    ],
    effectinformatie: [
      'Politieregistratie',
      'Meldingen over de openbare ruimte (registraties van gemeente, omgevingsdienst en woningcorporaties)',
      'Veiligheidsmonitor en andere enquêtes onder bewoners',
    ],
    effectindicatoren: [
      { naam: 'Oordeel van bewoners over de leefbaarheid van de buurt', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Ervaren fysieke verloedering in de buurt (totaal)', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Percentage bewoners dat slachtoffer werd van vernieling', bron: 'veiligheidsmonitor', aard: 'objectief' },
      {
        naam: 'Aantal geregistreerde incidenten vernieling',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: 'Indeling volgens het VNG/INP-model',
      },
      {
        naam: 'Aantal geregistreerde incidenten fysieke overlast',
        bron: 'politieregistratie',
        aard: 'objectief',
        bronToelichting: 'Indeling volgens het VNG/INP-model',
      },
      {
        naam: 'Aantal meldingen van vernieling',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Meldingen openbare ruimte bij de gemeente',
      },
      {
        naam: 'Aantal meldingen van zwerfvuil',
        bron: 'gemeente',
        aard: 'objectief',
        bronToelichting: 'Meldingen openbare ruimte bij de gemeente',
      },
    ],
    raakvlakken: ['1.1', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.3', '3.4'],
    trefwoorden: [
      'openbare ruimte',
      'verloedering',
      'vernieling',
      'vandalisme',
      'graffiti',
      'zwerfvuil',
      'verlichting',
      'groenonderhoud',
      'beheer en onderhoud',
    ],
  },
  {
    id: '1.3',
    veld: 1,
    naam: 'Objectieve veiligheid/veelvoorkomende en high impact crime',
    uitleg: [
      'Dit thema omvat de vermogens- en geweldsdelicten die zich in de dagelijkse woon- en leefomgeving kunnen afspelen, zowel de veelvoorkomende criminaliteit als de delicten met een grote impact op slachtoffers (high impact crime).',
      'Onder vermogenscriminaliteit vallen onder meer woninginbraak, babbeltrucs, inbraak in kelderboxen, auto-inbraak, fietsendiefstal, diefstal van motorvoertuigen, zakkenrollerij en straatroof. Onder geweldscriminaliteit vallen onder meer bedreiging, mishandeling, openlijke geweldpleging en huiselijk geweld.',
      'Bij vermogensdelicten is het zaak na te gaan of er sprake is van een georganiseerde achtergrond, zoals rondtrekkende (mobiele) bendes of banditisme.',
    ],
    effectinformatie: [
      'Politieregistratie',
      'Veiligheidsmonitor en andere enquêtes onder bewoners',
      'Registraties van het Zorg- en Veiligheidshuis en van (lokale) multidisciplinaire interventieteams (PGA, Top X)',
      'Meldpunt Huiselijk Geweld',
    ],
    effectindicatoren: [
      { naam: 'Percentage bewoners dat slachtoffer werd van een vermogensdelict', bron: 'veiligheidsmonitor', aard: 'objectief' },
      { naam: 'Percentage bewoners dat slachtoffer werd van een geweldsdelict', bron: 'veiligheidsmonitor', aard: 'objectief' },
      { naam: 'Aantal geregistreerde misdrijven vermogenscriminaliteit', bron: 'politieregistratie', aard: 'objectief' },
      { naam: 'Aantal geregistreerde misdrijven geweldscriminaliteit', bron: 'politieregistratie', aard: 'objectief' },
      {
        naam: 'Aantal personen in de persoonsgerichte aanpak (PGA/Top X)',
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
    ],
    raakvlakken: ['1.1', '1.2', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '3.2'],
    trefwoorden: [
      'high impact crime',
      'HIC',
      'veelvoorkomende criminaliteit',
      'woninginbraak',
      'vermogenscriminaliteit',
      'geweldscriminaliteit',
      'straatroof',
      'fietsendiefstal',
      'mobiele bendes',
      'huiselijk geweld',
    ],
  },
  {
    id: '1.4',
    veld: 1,
    naam: 'Subjectieve veiligheid',
    uitleg: [
      'Dit thema gaat over hoe veilig bewoners zich voelen in hun eigen woonbuurt: hoe vaak voelen zij zich daar onveilig en welk rapportcijfer geven zij de veiligheid van hun buurt?',
      'Het gaat om het algemene veiligheidsgevoel. Het gevoel van veiligheid op specifieke plekken in de gemeente, zoals het uitgaansgebied, valt hier niet onder.',
    ],
    effectinformatie: ['Veiligheidsmonitor', 'Andere enquêtes onder bewoners'],
    effectindicatoren: [
      { naam: 'Rapportcijfer van bewoners voor de veiligheid van de buurt', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Veiligheidsgevoel in de eigen buurt', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Eigen inschatting van de kans om slachtoffer te worden', bron: 'veiligheidsmonitor', aard: 'subjectief' },
      { naam: 'Vermijdingsgedrag uit onveiligheidsgevoel', bron: 'veiligheidsmonitor', aard: 'subjectief' },
    ],
    raakvlakken: ['1.1', '1.2', '1.3', '3.1', '4.1', '5.1', '5.2'],
    trefwoorden: [
      'veiligheidsgevoel',
      'veiligheidsbeleving',
      'onveiligheidsgevoelens',
      'gevoel van veiligheid',
      'rapportcijfer veiligheid',
      'vermijdingsgedrag',
      'slachtofferkans',
    ],
  },
];

export const aspectenDeel1: Aspect[] = [
  {
    id: '1',
    naam: 'Infrastructuur',
    uitleg: [
      'Dit aspect beschrijft het bredere kader waarin aan veiligheid en leefbaarheid in wijken wordt gewerkt, met de min of meer algemene bouwstenen daarvan. Voorbeelden zijn wijkveiligheidsplannen, wijkleefbaarheidsteams, wijkveiligheidsnetwerken en vaste aanspreekpunten voor bewoners in de wijk.',
      'Ook hoort hierbij dat de domeinen veiligheid, sociaal en ruimte op wijkniveau slim aan elkaar worden gekoppeld, onder regie van het wijkmanagement, en dat OOV aanschuift bij de vaste wijkoverleggen. Verder gaat het om het opbouwen van een goed beeld (informatiepositie) van de veiligheid en leefbaarheid per wijk, en om buurt- en wijkplatforms en meldpunten (melddesks) voor bewoners.',
    ],
    rolGemeente: [
      'Een goed werkende wijkinfrastructuur van professionals overeind houden, waarin leefbaarheid, veiligheid en het sociaal domein (complexe casuïstiek, sociale wijkteams) goed op elkaar aansluiten.',
      'Problemen rond veiligheid en leefbaarheid dicht bij de inwoners oppakken, samen met die inwoners en met professionals.',
      'Ervoor zorgen dat het lokaal bestuur in wijken en buurten zichtbaar aanwezig en aanspreekbaar is.',
    ],
    partners: {
      intern: [
        'Afdeling OOV (openbare orde en veiligheid)',
        'Afdeling VTH (vergunningverlening, toezicht en handhaving)',
        'Afdeling Wijkgericht werken',
        'Afdeling Openbare Ruimte',
      ],
      extern: ['Politie', 'Welzijnsinstellingen', 'Woningcorporaties', 'Zelforganisaties', 'Bewoners'],
    },
    wetgeving: [],
    maatregelen: [
      {
        naam: 'Integrale wijkveiligheidsplannen',
        toelichting: 'Per wijk een integraal veiligheidsplan opstellen en de uitvoering daarvan actief bijsturen.',
      },
      {
        naam: 'Wijkmanagement',
        toelichting: 'Het wijkmanagement verbindt op wijkniveau de domeinen veiligheid, sociaal en ruimte.',
      },
      {
        naam: 'Overlegplatforms met bewoners',
        toelichting:
          'Vaste platforms voor regelmatig overleg met wijk- en buurtbewoners, zoals ‘werkgroepen veiligheid’ of ‘leefbaarheidskringen’.',
      },
      {
        naam: 'Loketfuncties (melddesks)',
        toelichting: 'Meldpunten voor bewoners in wijken en buurten, of één centraal meldpunt voor de hele gemeente.',
      },
    ],
    instrumenten: [
      {
        naam: '‘Werk aan de wijk’',
        toelichting: 'Van het Sociaal en Cultureel Planbureau (SCP).',
      },
      {
        naam: 'LPB',
        toelichting: 'Platform voor wijkgericht werken.',
        url: 'https://www.lpb.nl',
      },
      {
        naam: 'Webdossier Veiligheidsbeleving (CCV)',
        url: 'https://hetccv.nl/onderwerpen/veiligheidsbeleving/',
      },
    ],
    ontwikkelingen: [
      'Er is steeds meer aandacht om het wijkgericht werken aan veiligheid en leefbaarheid weer op te bouwen, in samenspel met de wijkteams uit het sociaal domein. Die wijkteams hebben een andere opdracht en werkwijze dan de traditionele structuren voor wijkveiligheid en -leefbaarheid en kunnen deze dus niet volledig vervangen.',
    ],
    trefwoorden: [
      'wijkgericht werken',
      'wijkaanpak',
      'wijkveiligheidsplan',
      'wijkmanagement',
      'wijkteam',
      'melddesk',
      'buurtplatform',
      'wijkveiligheid',
    ],
  },
  {
    id: '2',
    naam: 'Investeren in fysieke kwaliteit',
    uitleg: [
      'Dit aspect gaat over de inrichting, het beheer en het onderhoud van de openbare ruimte. Het richt zich in het bijzonder op twee dingen: het bestrijden van verloedering, zoals zwerfvuil, graffiti en vernielingen, en het verbeteren van fysieke voorzieningen in de wijk, zoals groen, speeltuinen en goede verlichting.',
    ],
    rolGemeente: [
      'De gemeente is verantwoordelijk voor de kwaliteit en veiligheid van de lokale gemeenschap.',
      'Maatregelen nemen voor zowel de korte als de lange termijn, afgestemd en samen met bewoners, ondernemers en particuliere uitvoerende partners.',
      'De verbinding leggen met de Omgevingswet, omgevingsveiligheid en klimaatadaptatie.',
    ],
    partners: {
      intern: [
        'Afdeling Stadsbeheer/Beheer & onderhoud',
        'Afdeling RO (ruimtelijke ordening)',
        'Afdeling VTH (vergunningverlening, toezicht en handhaving)',
      ],
      extern: [
        'Omgevingsdienst',
        'Woningcorporaties',
        'Bewonersorganisaties',
        'Ondernemersorganisaties',
        'Veiligheidsregio',
      ],
    },
    wetgeving: [],
    maatregelen: [
      {
        naam: 'Situationele preventie/veilig ontwerp',
        toelichting: 'De fysieke omgeving zo ontwerpen en inrichten dat criminaliteit en overlast minder kans krijgen.',
      },
      {
        naam: 'Buurtschouw met bewoners',
        toelichting: 'Samen met bewoners de staat van de buurt bekijken.',
      },
      {
        naam: 'Schadeverhaal op daders',
        toelichting: 'De kosten van aangerichte schade verhalen op wie de schade veroorzaakte.',
      },
      {
        naam: 'Toezicht en handhaving op ‘kleine ergernissen’',
        toelichting: 'Consequent optreden tegen kleine overtredingen die de leefbaarheid aantasten.',
      },
      {
        naam: 'Aanpak van ‘enge plekken’',
        toelichting:
          'Plekken in wijken en buurten waar mensen zich onveilig voelen verbeteren en bijhouden, bijvoorbeeld met betere verlichting of door te snoeien.',
      },
    ],
    instrumenten: [
      {
        naam: 'Politiekeurmerk Veilig Wonen (PKVW), onderdeel Openbare ruimte',
        toelichting: 'Het deel van het keurmerk dat over de openbare ruimte gaat.',
        url: 'https://www.politiekeurmerk.nl',
      },
      {
        naam: 'Veiligheidseffectrapportage (VER)',
      },
      {
        naam: 'CPTED (Crime Prevention Through Environmental Design)',
        toelichting: 'Criminaliteit voorkomen door de fysieke omgeving doordacht te ontwerpen.',
      },
    ],
    ontwikkelingen: [
      'Veilig ontwerpen wordt steeds belangrijker, onder meer omdat de bevolking vergrijst.',
      'Methoden zoals de Veiligheidseffectrapportage (VER) worden verder ontwikkeld; in 2020 verschijnt versie 3.0.',
      'Er is meer oog voor de rol van beheermedewerkers als ‘ogen en oren’ in de wijk, en die rol wordt beter benut, ook bij de aanpak van ondermijning.',
      'De komst van de Omgevingswet (2022).',
      'De energietransitie is van belang maar brengt ook risico’s met zich mee, bijvoorbeeld bij buurtbatterijen, zonnepanelen en waterstof.',
    ],
    trefwoorden: [
      'openbare ruimte',
      'beheer en onderhoud',
      'veilig ontwerp',
      'situationele preventie',
      'verloedering',
      'PKVW',
      'VER',
      'CPTED',
      'buurtschouw',
      'enge plekken',
    ],
  },
  {
    id: '3',
    naam: 'Investeren in sociale kwaliteit',
    uitleg: [
      'Dit aspect gaat over het versterken van sociale netwerken en van de veerkracht van wijken en buurten.',
      'Meer in het bijzonder richt het zich op complexe casuïstiek (huishoudens met meerdere problemen tegelijk), overlast van personen met verward gedrag, overlast door alcohol en drugs en woonoverlast.',
    ],
    rolGemeente: [
      'De regie voeren en het voortouw nemen bij de verschillende kanten van de sociale kwaliteit en de sociale problemen in wijken en buurten.',
      'De regie voeren over zorg en hulpverlening bij complexe casuïstiek, zoals meervoudige probleemgezinnen (MPG) en verwarde personen. Daarbij gaat het extra om tijdig opschalen naar gespecialiseerde zorg en om een doelmatige inzet en plaats van de sociale wijkteams.',
      'De regie voeren over de koppeling tussen de aanpak van individuele casussen en de bredere, integrale aanpak van buurten en wijken.',
    ],
    partners: {
      intern: [
        'Afdeling Welzijn',
        'Afdeling Zorg',
        'Afdeling OOV (openbare orde en veiligheid)',
        'Afdeling VTH (vergunningverlening, toezicht en handhaving)',
        'Afdeling Wijkgericht werken',
      ],
      extern: [
        'Welzijnsinstellingen',
        'Zorginstellingen',
        'GGZ',
        'Verslavingszorg',
        'Veilig Thuis',
        'Politie',
        'OM',
        'Zorg- en Veiligheidshuis',
        'Woningcorporaties',
        'Bewoners',
        'Wijkteams',
      ],
    },
    wetgeving: [
      {
        naam: 'Wet aanpak woonoverlast',
        toelichting: 'Grondslag voor bevoegdheden van de burgemeester om woonoverlast aan te pakken.',
      },
      {
        naam: 'Wet Damocles (artikel 13b Opiumwet)',
        toelichting: 'Bevoegdheid van de burgemeester om panden te sluiten in verband met drugs.',
      },
      {
        naam: 'Wet Victoria (artikel 174a Gemeentewet)',
        toelichting: 'Bevoegdheid van de burgemeester om woningen te sluiten die de openbare orde verstoren.',
      },
      { naam: 'Wet verplichte ggz (Wvggz)' },
      { naam: 'Wet zorg en dwang' },
      { naam: 'Wet maatschappelijke ondersteuning (Wmo)' },
      { naam: 'Jeugdwet' },
      { naam: 'Wet publieke gezondheid' },
      {
        naam: 'Wetsvoorstel Wet regulering prostitutie en aanpak misstanden seksbranche',
        toelichting:
          'De Eerste Kamer wacht met de behandeling op de Wet regulering sekswerk; volgens de planning ten tijde van de methode zou dat wetsvoorstel eind 2020 of begin 2021 naar de Tweede Kamer gaan.',
      },
      {
        naam: 'Wet MBVEO (‘Voetbalwet’), artikelen 172a en 172b Gemeentewet',
      },
      { naam: 'Wet bijzondere maatregelen grootstedelijke problematiek' },
    ],
    maatregelen: [
      { naam: 'Buurtbemiddeling' },
      { naam: 'Afspraken met woningcorporaties over de aanpak van woonoverlast' },
      { naam: 'Inzet van de bevoegdheden van de burgemeester uit de Wet aanpak woonoverlast' },
      {
        naam: 'Aanpak van drugsoverlast',
        toelichting: 'Onder meer door drugspanden te sluiten op grond van de Wet Damocles.',
      },
      {
        naam: 'Sluiting van overlastgevende panden',
        toelichting: 'Op grond van de Wet Victoria.',
      },
      { naam: 'Casusregie en coördinatie van zorg en veiligheid' },
      {
        naam: 'Overlegstructuren rond casussen',
        toelichting: 'Casusoverleg, zorgnetwerk en signaleringsoverleg.',
      },
      {
        naam: 'Outreachende zorg',
        toelichting: 'Bemoeizorgteam, Eropaf-team en ambulante GGZ.',
      },
      { naam: 'Inzet van de crisismaatregel' },
      {
        naam: 'Crisisdienst en crisisopvang buiten kantoortijden',
        toelichting: 'Inclusief passend vervoer.',
      },
      { naam: 'Escalatiemodel voor complexe casuïstiek' },
      { naam: 'Vormgeving en verankering van het Zorg- en Veiligheidshuis' },
      {
        naam: 'Verbinding met aanpak huiselijk geweld en kindermishandeling en met nazorg ex-gedetineerden',
        toelichting: 'Zie ook aspect 6, Aanpak van specifieke criminaliteitsfenomenen.',
      },
      { naam: 'Ontwikkeling van de persoonsgerichte aanpak (PGA) en Top X' },
      {
        naam: 'Borging van GGZ-expertise en kennis van zorg en veiligheid in de eerste lijn',
        toelichting: 'Onder meer in de sociale wijkteams.',
      },
      { naam: 'Maatschappelijke opvang en beschermd wonen' },
      { naam: 'Screening en toetsing van (nieuwe) bewoners' },
      { naam: 'Aanpak van fraude met sociale voorzieningen en (zorg)budgetten' },
    ],
    instrumenten: [
      {
        naam: 'Themapagina ‘Zorg en Veiligheid’ (VNG)',
        url: 'https://vng.nl/rubrieken/zorg-en-veiligheid',
      },
      {
        naam: 'CCV-certificaat Veiligheid en zorg',
        url: 'https://hetccv.nl/onderwerpen/veiligheid-en-zorg/ccv-certificaat-veiligheid-en-zorg/',
      },
      {
        naam: 'Themawebsite Zorg- en Veiligheidshuizen',
        url: 'https://www.zorgenveiligheidshuizen.nl',
      },
      {
        naam: 'Webdossier Veiligheid en Zorg (CCV)',
        url: 'https://hetccv.nl/onderwerpen/veiligheid-en-zorg/',
      },
      {
        naam: 'AVE (Aanpak Voorkomen Escalatie)',
        toelichting: 'Webinars van de VNG over zorg en veiligheid.',
        url: 'https://vng.nl/artikelen/webinars-zorg-veiligheid',
      },
      {
        naam: 'Themawebsite Woonoverlast (CCV)',
        url: 'https://www.hetccv-woonoverlast.nl',
      },
      {
        naam: 'Webdossier Veiligheidsbeleving (CCV)',
        url: 'https://hetccv.nl/onderwerpen/veiligheidsbeleving/',
      },
      {
        naam: 'Platform Woonoverlast',
        url: 'https://www.platformwoonoverlast.nl',
      },
      {
        naam: 'Webdossier Buurtbemiddeling (CCV)',
        url: 'https://hetccv.nl/onderwerpen/buurtbemiddeling/',
      },
      {
        naam: 'Factsheet Wet bijzondere maatregelen grootstedelijke problematiek (Rijksoverheid)',
        url: 'https://www.rijksoverheid.nl/documenten/brochures/2015/04/01/factsheet-wet-bijzondere-maatregelen-grootstedelijke-problematiek',
      },
    ],
    ontwikkelingen: [
      'De aanpak van complexe casuïstiek wordt verder ontwikkeld.',
      'Er is aandacht voor de grenzen van wat een wijk kan dragen nu zorg en veiligheid steeds meer in de samenleving zelf plaatsvinden (vermaatschappelijking).',
      'Door de coronapandemie worden meer werkloosheid en financiële problemen verwacht, met als mogelijk gevolg meer woonoverlast en meer multiprobleemhuishoudens.',
    ],
    trefwoorden: [
      'zorg en veiligheid',
      'complexe casuïstiek',
      'woonoverlast',
      'verward gedrag',
      'Zorg- en Veiligheidshuis',
      'persoonsgerichte aanpak',
      'Top X',
      'Damocles',
      'buurtbemiddeling',
      'multiprobleemgezinnen',
    ],
  },
];
