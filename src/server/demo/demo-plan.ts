/**
 * Een volledig uitgewerkt voorbeeldplan voor de fictieve gemeente Dijkstede (circa 58.000 inwoners):
 * startnotitie, procesvoortgang, veiligheidsanalyse, prioriteiten, IVP 2027-2030 en het eerste
 * uitvoeringsplan (2027). Alle cijfers en situaties zijn verzonnen; er staan geen persoonsgegevens
 * in. Functionarissen worden alleen met hun functie genoemd, partners met hun organisatie.
 */
import type {
  Analyse,
  Ivp,
  OverigeGroep,
  Prioriteit,
  Prioriteringssessie,
  Proces,
  Startnotitie,
  Uitvoeringsplan,
} from '../../domain/cyclus/inhoud.ts';

export interface DemoSectie {
  sleutel: string;
  tekst: string;
  analyse: Partial<Analyse>;
}

export interface DemoPlan {
  gemeente: { naam: 'Dijkstede'; inwoners: number };
  startnotitie: Startnotitie;
  proces: Proces;
  secties: DemoSectie[];
  prioriteiten: Prioriteit[];
  overigeGroepen: OverigeGroep[];
  prioriteringssessie: Prioriteringssessie;
  ivp: Ivp;
  uitvoeringsplan: Uitvoeringsplan;
}

const POLITIE_OPEN_DATA = 'Politie, open data (misdrijven per wijk)';
const POLITIE_INCIDENTEN = 'Politie, registratie incidenten (BVH)';
const VEILIGHEIDSMONITOR = 'Veiligheidsmonitor 2023';
const MELDINGEN_OPENBARE_RUIMTE = 'Gemeente, meldingen openbare ruimte';

export const demoPlan: DemoPlan = {
  gemeente: { naam: 'Dijkstede', inwoners: 58_000 },

  startnotitie: {
    aanleiding:
      'Het Integraal Veiligheidsplan 2023-2026 loopt eind 2026 af. Het college wil voor de periode 2027-2030 een nieuw plan volgens de methode Kernbeleid Veiligheid van de VNG, zodat de gemeente en haar partners weer vier jaar lang op dezelfde prioriteiten sturen.\n\nSinds het vorige plan is het veiligheidsbeeld van Dijkstede veranderd. Signalen van ondermijning op het bedrijventerrein Haven-Oost en in het buitengebied van Ravenswaard en Eikhorst nemen toe, de overlast door jongeren in Oosterhof en rond het station is gegroeid en in de Molenwijk stapelen leefbaarheidsproblemen zich op. Ook de evaluatie van het vorige plan vraagt om scherpere keuzes: er waren te veel prioriteiten en te weinig meetbare doelen.',
    producten:
      'Het traject levert vier producten op: deze startnotitie, een veiligheidsanalyse over alle 22 thema’s van Kernbeleid Veiligheid, het Integraal Veiligheidsplan 2027-2030 (vast te stellen door de raad) en het Uitvoeringsplan 2027 (vast te stellen door het college). Daarnaast leggen we een set effectindicatoren vast met nulwaarden en streefwaarden, waarmee we de voortgang jaarlijks aan de raad rapporteren.',
    beleidscyclus:
      'We werken volgens de vierjarige beleidscyclus van Kernbeleid Veiligheid: een meerjarig IVP met een jaarlijks uitvoeringsplan en een jaarlijkse verantwoording. Elk kwartaal bespreken de werkgroep en de partners de voortgang van de maatregelen; eenmaal per jaar volgen een terugblik en een bijgesteld uitvoeringsplan. Halverwege de planperiode, in 2029, voeren we een tussentijdse evaluatie uit die de raad de gelegenheid geeft de prioriteiten te herijken.',
    planning:
      'Januari-februari 2026: startnotitie en vorming werkgroep.\nFebruari-juni 2026: veiligheidsanalyse, met cijfers van politie, gemeente en partners en een ronde gesprekken met wijkteams en ondernemers.\nJuni-juli 2026: prioriteringssessie met de raadscommissie Bestuur en Veiligheid en besluit van het college over de prioriteiten.\nSeptember-november 2026: schrijven van het IVP, bespreking in de Driehoek en vaststelling door de raad.\nNovember-december 2026: opstellen van het Uitvoeringsplan 2027.\nVanaf januari 2027: uitvoering en monitoring.',
    werkgroep: [
      { naam: 'Coördinator integrale veiligheid', organisatie: 'Gemeente Dijkstede, team OOV', rol: 'Voorzitter en penvoerder' },
      { naam: 'Beleidsadviseur ondermijning', organisatie: 'Gemeente Dijkstede, team OOV', rol: 'Veld 5 en ondermijningsbeeld' },
      { naam: 'Beleidsadviseur jeugd', organisatie: 'Gemeente Dijkstede, team Jeugd', rol: 'Veld 3 en verbinding met het jeugdbeleid' },
      { naam: 'Beleidsadviseur zorg en veiligheid', organisatie: 'Gemeente Dijkstede, team Sociaal Domein', rol: 'Zorg en veiligheid, huiselijk geweld, verward gedrag' },
      { naam: 'Teamleider toezicht en handhaving', organisatie: 'Gemeente Dijkstede, team Toezicht en Handhaving', rol: 'Handhaving, boa-inzet en horeca' },
      { naam: 'Beleidsadviseur economie', organisatie: 'Gemeente Dijkstede, team Economie', rol: 'Veld 2: winkelgebied, bedrijventerreinen en evenementen' },
      { naam: 'Operationeel expert gebiedsgebonden politie', organisatie: 'Politie basisteam Dijkstede', rol: 'Politiecijfers en operationeel beeld' },
    ],
    partners:
      'Naast de werkgroep betrekken we de vaste veiligheidspartners bij de analyse en bij het uitwerken van de prioriteiten: Politie basisteam Dijkstede, het OM, de Veiligheidsregio (brandweer en crisisbeheersing), de GGD, Woonstichting Dijkstede, Veilig Thuis, Halt, Jongerenwerk Dijkstede, de Ondernemersvereniging Centrum, het Regionaal Informatie- en Expertisecentrum (RIEC) en het Zorg- en Veiligheidshuis. Zij leveren cijfers en duiding aan, nemen deel aan twee partnerbijeenkomsten (in april en in oktober 2026) en geven hun reactie op het concept-IVP.',
    benodigdeTijd:
      'De coördinator integrale veiligheid besteedt gemiddeld twee dagen per week aan het traject. De overige werkgroepleden rekenen op vier uur per week in de analysefase en twee uur per week in de schrijffase. Voor de veiligheidsanalyse is daarnaast ongeveer twintig uur ondersteuning van de afdeling Onderzoek en Statistiek nodig. Externe inhuur is niet voorzien.',
    rolRaad:
      'De raad heeft een kaderstellende rol. Hij wordt bij de start geïnformeerd via deze startnotitie, bepaalt in een prioriteringssessie van de raadscommissie Bestuur en Veiligheid mee welke thema’s prioriteit krijgen en stelt het IVP vast. Het college stelt de jaarlijkse uitvoeringsplannen vast en legt er jaarlijks verantwoording over af met een voortgangsrapportage.',
    inwonersraadpleging:
      'Inwoners praten mee via drie wijkavonden (Molenwijk, Oosterhof en de kernen Ravenswaard en Eikhorst) en een online peiling via het inwonerspanel Dijkstede Spreekt. Daarnaast gebruiken we de uitkomsten van de Veiligheidsmonitor 2023 en de gesprekken die de wijkteams en het jongerenwerk toch al voeren. Ondernemers worden bereikt via de Ondernemersvereniging Centrum en de parkmanagementorganisatie van Haven-Oost.',
    flankerendBeleid:
      'Het IVP sluit aan op het Regionaal Beleidsplan van de politie-eenheid, het regionale ondermijningsprogramma van het RIEC, het beleidsplan van de Veiligheidsregio, het Jeugdbeleidsplan Dijkstede 2025-2028, de Woonvisie en de prestatieafspraken met Woonstichting Dijkstede, de Horecanota en het Horeca- en Evenementenbeleid, de centrumvisie Stationsgebied en het Gezondheidsbeleid met de paragraaf alcohol- en drugspreventie.',
    zekereThemas: ['1.3', '5.2', '4.4'],
  },

  proces: {
    stappen: [
      {
        stap: 1,
        status: 'afgerond',
        eigenaar: 'Coördinator integrale veiligheid',
        geplandStart: '2026-01-12',
        geplandEinde: '2026-02-13',
        werkelijkStart: '2026-01-12',
        werkelijkEinde: '2026-02-17',
        geschatteDagen: 2,
        deelstappen: { '1.1': 'afgerond', '1.2': 'afgerond', '1.3': 'afgerond' },
      },
      {
        stap: 2,
        status: 'afgerond',
        eigenaar: 'Coördinator integrale veiligheid',
        geplandStart: '2026-02-16',
        geplandEinde: '2026-05-29',
        werkelijkStart: '2026-02-23',
        werkelijkEinde: '2026-06-19',
        geschatteDagen: 10,
        deelstappen: {
          '2.1': 'afgerond',
          '2.2': 'afgerond',
          '2.3': 'afgerond',
          '2.4': 'afgerond',
          '2.5': 'afgerond',
          '2.6': 'afgerond',
          '2.7': 'afgerond',
          '2.8': 'afgerond',
        },
      },
      {
        stap: 3,
        status: 'afgerond',
        eigenaar: 'Coördinator integrale veiligheid',
        geplandStart: '2026-06-01',
        geplandEinde: '2026-07-03',
        werkelijkStart: '2026-06-22',
        werkelijkEinde: '2026-07-07',
        geschatteDagen: 2,
        deelstappen: { '3.1': 'afgerond', '3.2': 'afgerond', '3.3': 'afgerond' },
      },
      {
        stap: 4,
        status: 'afgerond',
        eigenaar: 'Coördinator integrale veiligheid',
        geplandStart: '2026-08-24',
        geplandEinde: '2026-11-06',
        werkelijkStart: '2026-08-24',
        werkelijkEinde: '2026-11-12',
        geschatteDagen: 10,
        deelstappen: {
          '4.1': 'afgerond',
          '4.2': 'afgerond',
          '4.3': 'afgerond',
          '4.4': 'afgerond',
          '4.5': 'afgerond',
          '4.6': 'afgerond',
          '4.7': 'afgerond',
        },
      },
      {
        stap: 5,
        status: 'afgerond',
        eigenaar: 'Coördinator integrale veiligheid',
        geplandStart: '2026-11-09',
        geplandEinde: '2026-12-18',
        werkelijkStart: '2026-11-16',
        werkelijkEinde: '2026-12-18',
        geschatteDagen: 8,
        deelstappen: {
          '5.1': 'afgerond',
          '5.2': 'afgerond',
          '5.3': 'afgerond',
          '5.4': 'afgerond',
          '5.5': 'afgerond',
          '5.6': 'afgerond',
          '5.7': 'afgerond',
        },
      },
      {
        stap: 6,
        status: 'bezig',
        eigenaar: 'Coördinator integrale veiligheid',
        geplandStart: '2027-01-11',
        geplandEinde: '2027-12-17',
        werkelijkStart: '2027-01-11',
        werkelijkEinde: null,
        geschatteDagen: 2,
        deelstappen: {},
      },
    ],
  },

  secties: [
    // Veld 1: thema's (problematiek en cijfers)
    {
      sleutel: 'thema-1.1',
      tekst:
        'De sociale kwaliteit staat vooral in de Molenwijk en Oosterhof onder druk. Het aantal meldingen van woonoverlast en burenruzies is sinds 2021 met ongeveer een kwart gestegen, en een groeiend deel daarvan heeft te maken met bewoners met psychische of verslavingsproblematiek. Ook de meldingen over personen met verward gedrag nemen toe; de politie besteedt daar steeds meer capaciteit aan, vaak buiten kantoortijden.',
      analyse: {
        cijfers: [
          { omschrijving: 'Meldingen van personen met verward gedrag (E33)', waarde: 410, eenheid: 'aantal', periode: '2024', bron: POLITIE_INCIDENTEN },
          { omschrijving: 'Meldingen van woonoverlast en burenruzies', waarde: 265, eenheid: 'aantal', periode: '2024', bron: POLITIE_INCIDENTEN },
          { omschrijving: 'Aandeel inwoners dat vaak overlast van buurtbewoners ervaart', waarde: 9, eenheid: '%', periode: '2023', bron: VEILIGHEIDSMONITOR },
        ],
      },
    },
    {
      sleutel: 'thema-1.2',
      tekst:
        'Vernielingen en verloedering concentreren zich rond het station, de winkelstrip aan het Molenplein en een aantal speelplekken in Oosterhof. Bewoners van de oudere wijken ervaren vaker rommel op straat en illegaal gestort afval dan gemiddeld in Dijkstede. In de kernen Ravenswaard en Eikhorst speelt vooral het dumpen van afval langs buitenwegen.',
      analyse: {
        cijfers: [
          { omschrijving: 'Geregistreerde vernielingen en beschadigingen', waarde: 540, eenheid: 'aantal', periode: '2024', bron: POLITIE_OPEN_DATA },
          { omschrijving: 'Meldingen van zwerfvuil en illegale afvaldumpingen', waarde: 1320, eenheid: 'aantal', periode: '2024', bron: MELDINGEN_OPENBARE_RUIMTE },
          { omschrijving: 'Aandeel inwoners dat vaak rommel op straat ervaart', waarde: 31, eenheid: '%', periode: '2023', bron: VEILIGHEIDSMONITOR },
        ],
      },
    },
    {
      sleutel: 'thema-1.3',
      tekst:
        'Het totaal aantal geregistreerde misdrijven ligt in Dijkstede iets onder het landelijk gemiddelde, maar de verschillen tussen wijken zijn groot. Het aantal woninginbraken is na een daling weer licht opgelopen, met pieken in de Molenwijk en in het najaar. Geweldsdelicten vinden vooral plaats in het Havenkwartier tijdens uitgaansnachten en achter de voordeur: huiselijk geweld is goed voor bijna een derde van alle geweldsincidenten. Fietsendiefstal rond het station is een hardnekkig probleem.',
      analyse: {
        cijfers: [
          { omschrijving: 'Woninginbraken per 1.000 woningen', waarde: 2.4, eenheid: 'per 1.000 woningen', periode: '2024', bron: POLITIE_OPEN_DATA },
          { omschrijving: 'Geweldsmisdrijven per 1.000 inwoners', waarde: 5.8, eenheid: 'per 1.000 inwoners', periode: '2024', bron: POLITIE_OPEN_DATA },
          { omschrijving: 'Fietsendiefstallen in het stationsgebied', waarde: 236, eenheid: 'aantal', periode: '2024', bron: POLITIE_OPEN_DATA },
        ],
      },
    },
    {
      sleutel: 'thema-1.4',
      tekst:
        'De meeste inwoners van Dijkstede voelen zich veilig in hun eigen buurt, maar in de Molenwijk en Oosterhof ligt het aandeel dat zich weleens onveilig voelt duidelijk hoger. Het stationsgebied en de looproutes van en naar het Havenkwartier worden ’s avonds door veel inwoners gemeden. Op de wijkavonden noemden bewoners vooral groepen jongeren, slecht verlichte plekken en drugshandel op straat als oorzaak.',
      analyse: {
        cijfers: [
          { omschrijving: 'Aandeel inwoners dat zich weleens onveilig voelt in de eigen buurt (gemeente totaal)', waarde: 21, eenheid: '%', periode: '2023', bron: VEILIGHEIDSMONITOR },
          { omschrijving: 'Aandeel inwoners dat zich weleens onveilig voelt in de eigen buurt (Molenwijk)', waarde: 29, eenheid: '%', periode: '2023', bron: VEILIGHEIDSMONITOR },
          { omschrijving: 'Rapportcijfer voor de veiligheid in de eigen buurt', waarde: 6.9, eenheid: 'rapportcijfer', periode: '2023', bron: VEILIGHEIDSMONITOR },
        ],
      },
    },

    // Veld 1: de zes aanpak-aspecten (huidige aanpak)
    {
      sleutel: 'aspect-1',
      tekst:
        'Dijkstede werkt met vier gebiedsteams, elk met een wijkregisseur, een wijkagent en een wijkboa. Eens per zes weken komt per gebied een wijkoverleg bijeen waarin gemeente, politie, Woonstichting Dijkstede en het jongerenwerk signalen bespreken. Meldingen over de openbare ruimte komen binnen via de gemeentelijke meldapp en worden wekelijks geanalyseerd.',
      analyse: {
        maatregelen: [
          { naam: 'Gebiedsgericht werken met vier wijkteams en wijkregisseurs', methodeId: null },
          { naam: 'Wijkveiligheidsoverleg per gebied', methodeId: null },
          { naam: 'Gemeentelijke meldapp openbare ruimte', methodeId: null },
        ],
        extra:
          'Voor de Molenwijk en Oosterhof een integraal wijkveiligheidsplan opstellen, zodat de inzet van alle partners op één plek wordt afgestemd. De analyse van meldingen kan sterker worden verbonden met politiecijfers per buurt.',
      },
    },
    {
      sleutel: 'aspect-2',
      tekst:
        'De gemeente onderhoudt de openbare ruimte volgens een vastgesteld kwaliteitsniveau, met in de oudere wijken een hoger niveau voor schoon en heel. Bij nieuwe ruimtelijke plannen in het stationsgebied wordt sociale veiligheid meegewogen, maar nog niet stelselmatig. Met Woonstichting Dijkstede zijn afspraken gemaakt over inbraakwerend hang- en sluitwerk bij renovaties.',
      analyse: {
        maatregelen: [
          { naam: 'Veiligheidseffectrapportage bij de herontwikkeling van het stationsgebied', methodeId: 'veiligheidseffectrapportage' },
          { naam: 'Beheer op basis van het Politiekeurmerk Veilig Wonen bij renovatieprojecten', methodeId: 'beheerplan-politiekeurmerk-veilig-wonen' },
          { naam: 'Jaarlijkse buurtschouw met bewoners in de oudere wijken', methodeId: null },
        ],
        extra:
          'De aanpak van ‘enge plekken’ (verlichting, zichtlijnen, onderhoud van groen) gericht inzetten op de looproutes rond het station en het Havenkwartier. Een veiligheidseffectrapportage standaard maken bij grote ruimtelijke projecten.',
      },
    },
    {
      sleutel: 'aspect-3',
      tekst:
        'Voor overlastgevende en kwetsbare personen werkt de gemeente samen in het Zorg- en Veiligheidshuis, waar complexe casuïstiek en de persoonsgerichte aanpak worden besproken. Woonoverlast wordt opgepakt in een overleg met Woonstichting Dijkstede en de wijkteams. Voor personen met verward gedrag is er een meldpunt niet-acute zorg, maar buiten kantoortijden ontbreekt een sluitende opvang.',
      analyse: {
        maatregelen: [
          { naam: 'Persoonsgerichte aanpak van veelplegers en overlastgevers', methodeId: 'persoonsgerichte-aanpak' },
          { naam: 'Casusoverleg in het Zorg- en Veiligheidshuis', methodeId: 'veiligheidshuis' },
          { naam: 'Meldpunt niet-acute zorg voor personen met verward gedrag', methodeId: null },
        ],
        extra:
          'Een convenant woonoverlast met Woonstichting Dijkstede, politie en GGD, zodat ernstige gevallen sneller en met een vaste werkwijze worden aangepakt. Daarnaast afspraken over crisisopvang buiten kantoortijden.',
      },
    },
    {
      sleutel: 'aspect-4',
      tekst:
        'In Dijkstede zijn ruim dertig WhatsApp-buurtpreventiegroepen actief en in Ravenswaard loopt een buurtpreventieteam met vrijwilligers. Buurtbemiddeling is beschikbaar in de Molenwijk en het centrum. Bewoners worden betrokken via de wijkavonden en het inwonerspanel, maar in Oosterhof is de participatie laag.',
      analyse: {
        maatregelen: [
          { naam: 'Ondersteuning van WhatsApp-buurtpreventiegroepen', methodeId: null },
          { naam: 'Buurtbemiddeling in de Molenwijk en het centrum', methodeId: null },
          { naam: 'Bewonersinitiatieven op basis van de eigen kracht van de buurt', methodeId: 'asset-based-community-development' },
        ],
        extra:
          'Buurtbemiddeling uitbreiden naar Oosterhof en bewoners daar actief benaderen via sleutelfiguren en het jongerenwerk. Burgernet breder onder de aandacht brengen in de kernen.',
      },
    },
    {
      sleutel: 'aspect-5',
      tekst:
        'De gemeente heeft acht boa’s in dienst, die vooral worden ingezet op afval, parkeren en jeugdoverlast. In het stationsgebied hangen twaalf camera’s waarop de politie kan meekijken. De boa’s werken wijkgericht, maar hun inzet is nog weinig gekoppeld aan de prioriteiten van het veiligheidsbeleid.',
      analyse: {
        maatregelen: [
          { naam: 'Wijkgerichte inzet van boa’s', methodeId: null },
          { naam: 'Cameratoezicht stationsgebied (artikel 151c Gemeentewet)', methodeId: null },
          { naam: 'Handhavingsarrangement met de politie voor horeca en evenementen', methodeId: 'handhavingsarrangementen' },
        ],
        extra:
          'De boa-inzet jaarlijks laten aansluiten op de prioriteiten van het uitvoeringsplan en meer avond- en weekenddiensten inroosteren in Oosterhof en het Havenkwartier.',
      },
    },
    {
      sleutel: 'aspect-6',
      tekst:
        'Voor woninginbraak houden politie en gemeente elk najaar een campagne en krijgen buren van slachtoffers voorlichting. Het Digitaal Opkopersregister wordt gebruikt door de opkopers in de gemeente. Voor het stationsgebied is in 2025 een eerste gebiedsgerichte aanpak gestart, en huiselijk geweld wordt opgepakt in samenwerking met Veilig Thuis.',
      analyse: {
        maatregelen: [
          { naam: 'Gebiedsgerichte aanpak stationsgebied', methodeId: 'hotspotaanpak' },
          { naam: 'Najaarscampagne woninginbraak en voorlichting aan buren van slachtoffers', methodeId: null },
          { naam: 'Digitaal Opkopersregister (DOR)', methodeId: null },
        ],
        extra:
          'De hotspotaanpak uitbreiden naar de winkelstrip en de omgeving van het Molenplein. Bij huiselijk geweld de aanpak versterken met een multidisciplinair overleg voor de zwaarste casussen.',
      },
    },

    // Veld 2: bedrijvigheid en veiligheid
    {
      sleutel: 'thema-2.1',
      tekst:
        'Het kernwinkelgebied rond de Hoogstraat en de Marktstraat telt ongeveer 190 winkels. Winkeldiefstal is na 2022 toegenomen, vooral bij drogisterijen en supermarkten, en ondernemers melden een groeiende groep rondtrekkende daders. De leegstand in de aanloopstraten naar het station loopt op en draagt bij aan een minder verzorgd beeld.',
      analyse: {
        cijfers: [
          { omschrijving: 'Aangiften van winkeldiefstal', waarde: 185, eenheid: 'aantal', periode: '2024', bron: POLITIE_OPEN_DATA },
          { omschrijving: 'Leegstand winkelpanden in de aanloopstraten', waarde: 11, eenheid: '%', periode: '2024', bron: 'Gemeente, leegstandsmonitor' },
          { omschrijving: 'Aandeel inwoners dat zich veilig voelt in het centrum', waarde: 84, eenheid: '%', periode: '2023', bron: VEILIGHEIDSMONITOR },
        ],
        huidigeAanpak:
          'Sinds 2019 heeft het centrum een Keurmerk Veilig Ondernemen voor winkelgebieden, getrokken door de Ondernemersvereniging Centrum. Ondernemers werken met een collectief winkelverbod en een winkel-WhatsAppgroep met de politie.',
        maatregelen: [
          { naam: 'Keurmerk Veilig Ondernemen winkelgebied centrum (KVO-w)', methodeId: 'keurmerk-veilig-ondernemen' },
          { naam: 'Collectief winkelverbod', methodeId: null },
        ],
        extra:
          'Het keurmerk in 2027 laten hercertificeren en uitbreiden naar de aanloopstraten richting station. Samen met de vastgoedeigenaren werken aan het terugdringen van leegstand.',
      },
    },
    {
      sleutel: 'thema-2.2',
      tekst:
        'Het haven- en bedrijventerrein Haven-Oost telt ruim 300 bedrijven, waaronder opslag, transport en kleine bedrijfsunits die per maand worden verhuurd. Naast inbraken en diefstal van materieel zijn er duidelijke signalen van ondermijning: panden die worden gebruikt voor de opslag van drugs of grondstoffen, onduidelijke huurconstructies en een hoge omloop van huurders. Er is geen collectieve beveiliging en de parkmanagementorganisatie is pas sinds kort actief.',
      analyse: {
        cijfers: [
          { omschrijving: 'Inbraken en diefstallen bij bedrijven op Haven-Oost', waarde: 72, eenheid: 'aantal', periode: '2024', bron: POLITIE_OPEN_DATA },
          { omschrijving: 'Signalen van ondermijning op Haven-Oost ingebracht bij het RIEC', waarde: 14, eenheid: 'aantal', periode: '2021-2024', bron: 'RIEC, casusregistratie' },
        ],
        huidigeAanpak:
          'De gemeente voert incidenteel controles uit samen met de politie en de brandweer. Er is een kwartaaloverleg met de parkmanagementorganisatie, maar afspraken over beveiliging of gezamenlijke maatregelen zijn er nog niet.',
        maatregelen: [
          { naam: 'Incidentele integrale controles op Haven-Oost', methodeId: null },
          { naam: 'Kwartaaloverleg met het parkmanagement', methodeId: null },
        ],
        extra:
          'Een Keurmerk Veilig Ondernemen voor bedrijventerreinen (KVO-b) starten en structurele integrale controles invoeren. De verhuur van bedrijfsunits in beeld brengen met een pandenscan.',
      },
    },
    {
      sleutel: 'thema-2.3',
      tekst:
        'Het Havenkwartier is met achttien horecazaken en twee clubs het uitgaansgebied van Dijkstede en de omliggende gemeenten. In de nachten van vrijdag en zaterdag concentreren zich hier geweldsincidenten, vooral tussen 02.00 en 05.00 uur. Omwonenden klagen over geluidsoverlast en wildplassen, en bij een aantal zaken zijn er signalen van drugshandel.',
      analyse: {
        cijfers: [
          { omschrijving: 'Geweldsincidenten in het Havenkwartier tijdens uitgaansnachten', waarde: 64, eenheid: 'aantal', periode: '2024', bron: POLITIE_INCIDENTEN },
          { omschrijving: 'Meldingen van geluidsoverlast door horeca', waarde: 118, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, meldingen overlast' },
        ],
        huidigeAanpak:
          'Er is een convenant Veilig Uitgaan met de horeca, de politie en de gemeente, met collectieve horecaontzeggingen en een vaste sluitingstijd. Boa’s en politie surveilleren op uitgaansnachten.',
        maatregelen: [
          { naam: 'Convenant Veilig Uitgaan Havenkwartier', methodeId: 'kwaliteitsmeter-veilig-uitgaan' },
          { naam: 'Collectieve horecaontzegging', methodeId: null },
        ],
        extra:
          'Het convenant vernieuwen met afspraken over drugs in de horeca en gastheerschap op straat. Het cameratoezicht in het Havenkwartier evalueren en zo nodig uitbreiden.',
      },
    },
    {
      sleutel: 'thema-2.4',
      tekst:
        'Dijkstede heeft een levendige evenementenkalender met de Havenfeesten, de kermis en een aantal muziekfestivals in het park. Bij de grotere evenementen spelen drugsgebruik, overmatig alcoholgebruik en drukte op de looproutes naar het station. Het aantal aanvragen voor evenementen met een verhoogd risico neemt toe.',
      analyse: {
        cijfers: [
          { omschrijving: 'Verleende evenementenvergunningen', waarde: 74, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, vergunningenregistratie' },
          { omschrijving: 'Evenementen met risicoclassificatie B of C', waarde: 9, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, vergunningenregistratie' },
        ],
        huidigeAanpak:
          'De vergunningverlening voor evenementen verloopt volgens het regionale evenementenbeleid. Risicovolle evenementen worden vooraf besproken in een multidisciplinair evenementenoverleg met politie, Veiligheidsregio en GGD.',
        maatregelen: [{ naam: 'Multidisciplinair evenementenoverleg', methodeId: null }],
        extra:
          'Na elk B- of C-evenement een korte evaluatie met de organisator en de hulpdiensten, en de uitkomsten gebruiken bij de volgende vergunning.',
      },
    },
    {
      sleutel: 'thema-2.5',
      tekst:
        'Toerisme is in Dijkstede beperkt van omvang en concentreert zich op de jachthaven en twee recreatieparken bij Eikhorst. Op een van de parken wonen inmiddels veel mensen permanent en zijn er signalen van illegale bewoning en criminele activiteiten. Verder zijn er weinig veiligheidsproblemen die met toerisme samenhangen.',
      analyse: {
        cijfers: [
          { omschrijving: 'Toeristische overnachtingen', waarde: 61000, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, toeristenbelasting' },
          { omschrijving: 'Meldingen van overlast op recreatieparken', waarde: 23, eenheid: 'aantal', periode: '2024', bron: POLITIE_INCIDENTEN },
        ],
        huidigeAanpak:
          'De gemeente controleert de recreatieparken op permanente bewoning, maar met beperkte capaciteit. Met de eigenaar van het grootste park is een eerste gesprek gevoerd over een gezamenlijke aanpak.',
        maatregelen: [{ naam: 'Controle op permanente bewoning van recreatiewoningen', methodeId: null }],
        extra:
          'De recreatieparken meenemen in de ondermijningsaanpak, met een integrale controle per park en afspraken met de eigenaren over de toelating van huurders.',
      },
    },

    // Veld 3: jeugd en veiligheid
    {
      sleutel: 'thema-3.1',
      tekst:
        'De meldingen van jeugdoverlast zijn sinds 2021 met bijna 30 procent gestegen. De overlast concentreert zich in Oosterhof, bij het stationsplein en rond de sporthal in Ravenswaard. Het gaat om rondhangen, intimidatie van voorbijgangers, vernielingen en in toenemende mate om het gebruik van lachgas en blowen in de openbare ruimte.',
      analyse: {
        cijfers: [
          { omschrijving: 'Meldingen van jeugdoverlast', waarde: 395, eenheid: 'aantal', periode: '2024', bron: POLITIE_INCIDENTEN },
          { omschrijving: 'Stijging meldingen jeugdoverlast', waarde: 27, eenheid: '%', periode: '2021-2024', bron: POLITIE_INCIDENTEN },
          { omschrijving: 'Jeugdgroepen op de shortlist (hinderlijk of overlastgevend)', waarde: 3, eenheid: 'aantal', periode: '2024', bron: 'Politie, groepsscan' },
        ],
        huidigeAanpak:
          'Jongerenwerk Dijkstede is vier middagen en twee avonden per week ambulant op straat. Politie, jongerenwerk en gemeente bespreken de jeugdgroepen maandelijks in het jeugdgroepenoverleg.',
        maatregelen: [
          { naam: 'Groepsaanpak van overlastgevende jeugdgroepen', methodeId: 'groepsaanpak' },
          { naam: 'Ambulant jongerenwerk', methodeId: null },
        ],
        extra:
          'Het ambulante jongerenwerk uitbreiden naar avonden en weekenden, wanneer de overlast het grootst is, en voor elke shortlistgroep een integraal groepsplan opstellen.',
      },
    },
    {
      sleutel: 'thema-3.2',
      tekst:
        'Een kleine groep jongeren is verantwoordelijk voor een groot deel van de jeugdcriminaliteit, met vernielingen, diefstal en in een aantal gevallen geweld en wapenbezit. Politie en jongerenwerk signaleren dat jongeren uit Oosterhof worden benaderd om drugs te vervoeren of bankrekeningen ter beschikking te stellen. Het aantal Halt-verwijzingen is gestegen.',
      analyse: {
        cijfers: [
          { omschrijving: 'Halt-verwijzingen van jongeren uit Dijkstede', waarde: 96, eenheid: 'aantal', periode: '2024', bron: 'Halt, jaarcijfers' },
          { omschrijving: 'Jeugdige verdachten (12-24 jaar) per 1.000 jongeren', waarde: 18, eenheid: 'per 1.000 jongeren', periode: '2024', bron: 'Politie, verdachtenregistratie' },
          { omschrijving: 'Jongeren in de persoonsgerichte aanpak', waarde: 11, eenheid: 'aantal', periode: '2024', bron: 'Zorg- en Veiligheidshuis' },
        ],
        huidigeAanpak:
          'Individuele probleemjongeren worden besproken in het Zorg- en Veiligheidshuis, waar een persoonsgericht plan wordt opgesteld. Halt voert leerstraffen uit en geeft voorlichting op scholen.',
        maatregelen: [
          { naam: 'Persoonsgerichte aanpak jeugdige veelplegers', methodeId: 'persoonsgerichte-aanpak' },
          { naam: 'Casusoverleg jeugd in het Zorg- en Veiligheidshuis', methodeId: 'veiligheidshuis' },
        ],
        extra:
          'Inzetten op het voorkomen van criminele uitbuiting, met voorlichting op scholen en een vaste route om signalen van werving snel op te pakken.',
      },
    },
    {
      sleutel: 'thema-3.3',
      tekst:
        'Het alcoholgebruik onder jongeren ligt in Dijkstede hoger dan in de regio, met name in de kernen. Het gebruik van lachgas en cannabis in de openbare ruimte neemt toe. Nalevingsonderzoek laat zien dat minder dan de helft van de verkooppunten de leeftijdsgrens voor alcohol goed controleert.',
      analyse: {
        cijfers: [
          { omschrijving: 'Aandeel scholieren (klas 2 en 4) dat de afgelopen maand alcohol dronk', waarde: 27, eenheid: '%', periode: '2023', bron: 'GGD, Gezondheidsmonitor Jeugd' },
          { omschrijving: 'Aandeel scholieren (klas 2 en 4) dat ooit cannabis gebruikte', waarde: 12, eenheid: '%', periode: '2023', bron: 'GGD, Gezondheidsmonitor Jeugd' },
          { omschrijving: 'Naleving van de leeftijdsgrens bij alcoholverkoop', waarde: 45, eenheid: '%', periode: '2024', bron: 'Gemeente, nalevingsonderzoek' },
        ],
        huidigeAanpak:
          'De GGD geeft voorlichting op scholen en aan ouders. De gemeente houdt toezicht op de Alcoholwet, vooral bij sportkantines en evenementen, en in de APV is een lachgasverbod opgenomen.',
        maatregelen: [
          { naam: 'Preventieprogramma alcohol en drugs op scholen', methodeId: 'communities-that-care' },
          { naam: 'Toezicht op de Alcoholwet', methodeId: null },
        ],
        extra:
          'Meer nalevingscontroles met mystery shoppers bij supermarkten en sportkantines, en de voorlichting verbreden naar drugs en lachgas.',
      },
    },
    {
      sleutel: 'thema-3.4',
      tekst:
        'Op de scholen voor voortgezet onderwijs voelen de meeste leerlingen zich veilig. Er zijn wel incidenten rond de scholen, vooral bij het busstation naast het scholencluster, en scholen melden zorgen over online pesten en het delen van beelden.',
      analyse: {
        cijfers: [
          { omschrijving: 'Aandeel leerlingen dat zich veilig voelt op school', waarde: 91, eenheid: '%', periode: '2023', bron: 'GGD, Gezondheidsmonitor Jeugd' },
          { omschrijving: 'Incidenten in en rond scholen gemeld bij de politie', waarde: 28, eenheid: 'aantal', periode: '2024', bron: POLITIE_INCIDENTEN },
        ],
        huidigeAanpak:
          'Elke school heeft een vaste schoolagent als aanspreekpunt. Gemeente, scholen en politie hebben een convenant veilige school met afspraken over melden en aangifte.',
        maatregelen: [{ naam: 'Convenant veilige school en schoolagenten', methodeId: 'veilig-in-en-om-school' }],
        extra:
          'Het convenant actualiseren met afspraken over online incidenten en sexting, en het busstation betrekken bij het toezicht rond schooltijden.',
      },
    },

    // Veld 4: fysieke veiligheid
    {
      sleutel: 'thema-4.1',
      tekst:
        'Het aantal verkeersslachtoffers is stabiel, maar het aandeel fietsers en e-bikers onder de ernstig gewonden groeit. Inwoners klagen vooral over te hard rijden op de wegen door Ravenswaard en Eikhorst en over onveilige situaties rond basisscholen bij het halen en brengen.',
      analyse: {
        cijfers: [
          { omschrijving: 'Verkeersslachtoffers opgenomen in het ziekenhuis', waarde: 38, eenheid: 'aantal', periode: '2024', bron: 'Rijkswaterstaat, BRON-registratie' },
          { omschrijving: 'Meldingen van onveilige verkeerssituaties', waarde: 212, eenheid: 'aantal', periode: '2024', bron: MELDINGEN_OPENBARE_RUIMTE },
        ],
        huidigeAanpak:
          'De gemeente werkt met het gemeentelijk verkeers- en vervoersplan en past knelpunten aan volgens de principes van Duurzaam Veilig. Veilig Verkeer Nederland en de basisscholen geven verkeerseducatie.',
        maatregelen: [{ naam: 'Herinrichting schoolzones volgens Duurzaam Veilig', methodeId: null }],
        extra:
          'Snelheidsremmende maatregelen op de doorgaande wegen in de kernen en een fietsveiligheidsprogramma voor senioren.',
      },
    },
    {
      sleutel: 'thema-4.2',
      tekst:
        'Het aantal woningbranden is de afgelopen jaren licht gedaald. Een aandachtspunt zijn bedrijfspanden op Haven-Oost die worden opgedeeld en bewoond, en de brandveiligheid van arbeidsmigrantenhuisvesting. Ook de brandveiligheid bij ouderen die langer zelfstandig thuis wonen vraagt aandacht.',
      analyse: {
        cijfers: [
          { omschrijving: 'Woningbranden', waarde: 34, eenheid: 'aantal', periode: '2024', bron: 'Veiligheidsregio, brandweerregistratie' },
          { omschrijving: 'Gebouwen gecontroleerd op brandveiligheid', waarde: 145, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, toezicht bouw' },
        ],
        huidigeAanpak:
          'De Veiligheidsregio voert brandveiligheidscontroles uit bij risicovolle gebouwen en geeft voorlichting via het programma Brandveilig Leven. De gemeente handhaaft bij overtredingen.',
        maatregelen: [{ naam: 'Brandveiligheidscontroles bij risicovolle gebouwen', methodeId: null }],
        extra:
          'Brandveiligheid standaard meenemen in de integrale controles op Haven-Oost en bij huisvesting van arbeidsmigranten.',
      },
    },
    {
      sleutel: 'thema-4.3',
      tekst:
        'Op Haven-Oost zijn drie bedrijven gevestigd die onder het Besluit risico’s zware ongevallen vallen, en over het spoor en de vaarweg worden gevaarlijke stoffen vervoerd. De woningbouw aan de rand van het havengebied vraagt om een zorgvuldige afweging van omgevingsveiligheid.',
      analyse: {
        cijfers: [
          { omschrijving: 'Bedrijven die onder het Brzo vallen', waarde: 3, eenheid: 'aantal', periode: '2024', bron: 'Omgevingsdienst, risicoregister' },
          { omschrijving: 'Aandeel objecten met omgevingsveiligheidsrisico’s waarvan de risico’s zijn geanalyseerd', waarde: 85, eenheid: '%', periode: '2024', bron: 'Omgevingsdienst' },
        ],
        huidigeAanpak:
          'De Omgevingsdienst houdt toezicht op de risicovolle bedrijven en de Veiligheidsregio adviseert bij ruimtelijke plannen. Omgevingsveiligheid is opgenomen in het omgevingsplan.',
        maatregelen: [{ naam: 'Advies Veiligheidsregio bij ruimtelijke plannen', methodeId: null }],
        extra:
          'Een beleidsvisie omgevingsveiligheid opstellen en de risicocommunicatie met bewoners van de nieuwe woonwijk aan de havenrand verbeteren.',
      },
    },
    {
      sleutel: 'thema-4.4',
      tekst:
        'De gemeentelijke crisisorganisatie is ingericht volgens de regionale afspraken, maar door personeelsverloop is een deel van de sleutelfunctionarissen niet volledig opgeleid. Hoogwater op de rivier en langdurige uitval van stroom of ICT zijn de belangrijkste risico’s in het regionaal risicoprofiel die Dijkstede raken.',
      analyse: {
        cijfers: [
          { omschrijving: 'Aandeel sleutelfunctionarissen bevolkingszorg dat volledig is opgeleid', waarde: 78, eenheid: '%', periode: '2024', bron: 'Veiligheidsregio, opleidingsregistratie' },
          { omschrijving: 'Bevolkingszorgprocessen die jaarlijks worden beoefend', waarde: 4, eenheid: 'aantal', periode: '2024', bron: 'Veiligheidsregio' },
        ],
        huidigeAanpak:
          'Dijkstede neemt deel aan de regionale bevolkingszorgorganisatie en levert functionarissen voor de piketten. Het gemeentelijk crisisplan is in 2024 geactualiseerd.',
        maatregelen: [{ naam: 'Deelname aan de regionale bevolkingszorgorganisatie', methodeId: null }],
        extra:
          'Een jaarlijkse gemeentelijke oefening en een opleidingsplan voor nieuwe sleutelfunctionarissen. Aandacht voor de zelfredzaamheid van inwoners bij hoogwater.',
      },
    },

    // Veld 5: integriteit en veiligheid
    {
      sleutel: 'thema-5.1',
      tekst:
        'Het aantal meldingen van discriminatie is de afgelopen jaren licht gestegen. Rond de komst van een opvanglocatie in 2025 waren er spanningen in Eikhorst, die via bewonersbijeenkomsten zijn afgenomen. Signalen van radicalisering zijn er weinig, maar professionals zien polarisatie online toenemen.',
      analyse: {
        cijfers: [
          { omschrijving: 'Meldingen bij de antidiscriminatievoorziening', waarde: 41, eenheid: 'aantal', periode: '2024', bron: 'Antidiscriminatievoorziening, jaarrapportage' },
          { omschrijving: 'Door de politie geregistreerde discriminatie-incidenten', waarde: 17, eenheid: 'aantal', periode: '2024', bron: POLITIE_INCIDENTEN },
        ],
        huidigeAanpak:
          'De gemeente neemt deel aan de regionale casustafel radicalisering en heeft een sleutelfigurennetwerk. Bij maatschappelijke onrust wordt gewerkt volgens een draaiboek.',
        maatregelen: [
          { naam: 'Regionale casustafel radicalisering', methodeId: 'aanpak-polarisatie-en-radicalisering' },
          { naam: 'Sleutelfigurennetwerk', methodeId: null },
        ],
        extra:
          'Het sleutelfigurennetwerk uitbreiden naar de kernen en professionals trainen in het herkennen van online polarisatie.',
      },
    },
    {
      sleutel: 'thema-5.2',
      tekst:
        'Het ondermijningsbeeld van het RIEC laat zien dat Dijkstede door de haven, het bedrijventerrein en het uitgestrekte buitengebied aantrekkelijk is voor criminele netwerken. Er worden hennepkwekerijen aangetroffen in leegstaande agrarische schuren rond Ravenswaard en Eikhorst, en in 2024 is een drugslab opgerold. Op Haven-Oost en in het Havenkwartier zijn signalen van witwassen via vastgoed en horeca. Inwoners ervaren drugshandel op straat, vooral in Oosterhof.',
      analyse: {
        cijfers: [
          { omschrijving: 'Geruimde hennepkwekerijen', waarde: 52, eenheid: 'aantal', periode: '2021-2024', bron: 'Politie, registratie hennepruimingen' },
          { omschrijving: 'Bibob-onderzoeken door de gemeente', waarde: 11, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, team Vergunningen' },
          { omschrijving: 'Aandeel inwoners dat drugshandel in de eigen buurt ervaart', waarde: 14, eenheid: '%', periode: '2023', bron: VEILIGHEIDSMONITOR },
        ],
        huidigeAanpak:
          'De burgemeester past artikel 13b Opiumwet toe bij drugsvondsten in woningen en lokalen, en de gemeente past de Wet Bibob toe bij horeca en coffeeshops. Casussen worden ingebracht bij het RIEC; er is 0,5 fte beleidsadviseur ondermijning.',
        maatregelen: [
          { naam: 'Sluiting van panden op grond van artikel 13b Opiumwet', methodeId: null },
          { naam: 'Toepassing Wet Bibob bij horeca en coffeeshops', methodeId: null },
          { naam: 'Casusinbreng bij het RIEC', methodeId: null },
        ],
        extra:
          'De informatiepositie versterken met een informatiemakelaar, de Bibob-toets uitbreiden naar vastgoed en bedrijfspanden en het buitengebied weerbaarder maken met de aanpak Veilig Buitengebied.',
      },
    },
    {
      sleutel: 'thema-5.3',
      tekst:
        'Medewerkers van publiekszaken, handhaving en het sociaal domein krijgen regelmatig te maken met agressie, vooral verbaal en via sociale media. Ook bestuurders en raadsleden worden vaker bedreigd of geïntimideerd, met name rond besluiten over opvang en woningbouw.',
      analyse: {
        cijfers: [
          { omschrijving: 'Geregistreerde incidenten van agressie tegen gemeentelijke medewerkers', waarde: 47, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, incidentenregistratie' },
          { omschrijving: 'Incidenten van bedreiging van politieke ambtsdragers', waarde: 5, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, kabinet burgemeester' },
        ],
        huidigeAanpak:
          'De gemeente heeft een protocol agressie en geweld, medewerkers krijgen een training en bij incidenten wordt aangifte gedaan en schade verhaald. Er is een aanspreekpunt voor politieke ambtsdragers.',
        maatregelen: [{ naam: 'Protocol agressie en geweld met training voor medewerkers', methodeId: null }],
        extra:
          'De registratie van incidenten verbeteren, zodat de aanpak beter kan worden gericht, en raadsleden na de verkiezingen van 2026 wijzen op de ondersteuning die beschikbaar is.',
      },
    },
    {
      sleutel: 'thema-5.4',
      tekst:
        'De gemeente werkt met steeds meer digitale systemen en gevoelige gegevens, terwijl phishing en ransomware ook kleinere gemeenten treffen. De ENSIA-verantwoording van 2024 liet zien dat de gemeente op het merendeel van de BIO-maatregelen voldoet, maar dat de continuïteitsplannen achterlopen.',
      analyse: {
        cijfers: [
          { omschrijving: 'Geregistreerde beveiligingsincidenten', waarde: 22, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, CISO-rapportage' },
          { omschrijving: 'Datalekken gemeld bij de Autoriteit Persoonsgegevens', waarde: 3, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, functionaris gegevensbescherming' },
        ],
        huidigeAanpak:
          'Er is een CISO en een functionaris gegevensbescherming, de BIO is ingevoerd en er wordt jaarlijks verantwoord via ENSIA. Medewerkers krijgen een verplichte e-learning informatiebeveiliging.',
        maatregelen: [{ naam: 'Jaarlijkse ENSIA-verantwoording en bewustwordingsprogramma', methodeId: null }],
        extra:
          'De continuïteitsplannen voor kritieke processen actualiseren en een uitval van ICT meenemen in de crisisoefening.',
      },
    },
    {
      sleutel: 'thema-5.5',
      tekst:
        'Het aantal integriteitsmeldingen is laag en stabiel. Met de groei van de ondermijningsaanpak worden medewerkers die vergunningen verlenen en handhaven kwetsbaarder voor beïnvloeding, en dat vraagt om bewustzijn en duidelijke werkafspraken.',
      analyse: {
        cijfers: [
          { omschrijving: 'In behandeling genomen meldingen van ambtelijke integriteitsschending', waarde: 6, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, integriteitscoördinator' },
          { omschrijving: 'In behandeling genomen meldingen van bestuurlijke integriteitsschending', waarde: 1, eenheid: 'aantal', periode: '2024', bron: 'Gemeente, griffie' },
        ],
        huidigeAanpak:
          'De gemeente heeft een gedragscode, vertrouwenspersonen en een meldregeling. Nieuwe bestuurders worden vooraf gescreend met een risicoanalyse.',
        maatregelen: [{ naam: 'Gedragscode, vertrouwenspersonen en meldregeling', methodeId: null }],
        extra:
          'Een integriteitsmeting onder medewerkers van vergunningverlening en handhaving uitvoeren en het vier-ogenprincipe invoeren bij gevoelige besluiten.',
      },
    },

    // Conclusies per veld
    {
      sleutel: 'veld-1',
      tekst:
        'In de wijken zijn de problemen ongelijk verdeeld: de Molenwijk en Oosterhof scoren op vrijwel alle indicatoren van sociale kwaliteit, criminaliteit en veiligheidsgevoel slechter dan de rest van Dijkstede. Woonoverlast, verward gedrag en huiselijk geweld vragen om een betere verbinding tussen zorg en veiligheid. De gebiedsgerichte aanpak is een goede basis om op voort te bouwen.',
      analyse: { plausibeleThemas: ['1.1', '1.3', '1.4'] },
    },
    {
      sleutel: 'veld-2',
      tekst:
        'Het bedrijventerrein Haven-Oost springt eruit door de combinatie van vermogenscriminaliteit en signalen van ondermijning. Het winkelgebied en het uitgaansgebied hebben met keurmerk en convenant een werkende aanpak die vooral moet worden onderhouden. Evenementen en toerisme zijn geen prioriteit.',
      analyse: { plausibeleThemas: ['2.2', '2.3'] },
    },
    {
      sleutel: 'veld-3',
      tekst:
        'De jeugdoverlast is duidelijk gestegen en er zijn zorgwekkende signalen van criminele uitbuiting van jongeren. Alcohol- en drugsgebruik onder jongeren ligt boven het regionale niveau. Deze thema’s hangen sterk met elkaar samen en lenen zich voor een gezamenlijke aanpak.',
      analyse: { plausibeleThemas: ['3.1', '3.2', '3.3'] },
    },
    {
      sleutel: 'veld-4',
      tekst:
        'De fysieke veiligheid is in Dijkstede goed belegd bij de Veiligheidsregio, de Omgevingsdienst en de lijnafdelingen. Aandachtspunten zijn het opleidingsniveau van de crisisorganisatie en de brandveiligheid van opgedeelde bedrijfspanden, maar prioriteit in het IVP is niet nodig.',
      analyse: { plausibeleThemas: ['4.4'] },
    },
    {
      sleutel: 'veld-5',
      tekst:
        'Ondermijning is in Dijkstede een reëel en groeiend probleem, met de haven, Haven-Oost en het buitengebied als kwetsbare plekken. De gemeentelijke informatiepositie en de capaciteit voor de bestuurlijke aanpak zijn nog beperkt. Weerbaar bestuur en integriteit hangen hiermee samen en verdienen aandacht binnen de reguliere aanpak.',
      analyse: { plausibeleThemas: ['5.2', '5.3'] },
    },
  ],

  prioriteiten: [
    { id: 'p1', titel: 'Ondermijning en drugscriminaliteit', themaIds: ['5.2', '2.2'] },
    { id: 'p2', titel: 'Veilige en leefbare wijken', themaIds: ['1.1', '1.3'] },
    { id: 'p3', titel: 'Jeugd en veiligheid', themaIds: ['3.1', '3.2', '3.3'] },
  ],

  overigeGroepen: [
    { naam: 'Leefbare openbare ruimte en veilig ondernemen', themaIds: ['1.2', '1.4', '2.1', '2.3', '2.4', '2.5'] },
    { naam: 'Fysieke veiligheid en crisisbeheersing', themaIds: ['4.1', '4.2', '4.3', '4.4'] },
    { naam: 'Weerbare samenleving en integere overheid', themaIds: ['3.4', '5.1', '5.3', '5.4', '5.5'] },
  ],

  prioriteringssessie: {
    orgaan: 'raadscommissie',
    vorm: 'informatiebijeenkomst met stemming',
    status: 'consultatief',
    datum: '2026-06-30',
    deelnemers:
      'Leden van de raadscommissie Bestuur en Veiligheid (alle fracties vertegenwoordigd), de burgemeester, de teamchef van Politie basisteam Dijkstede en de coördinator integrale veiligheid als presentator.',
    uitkomst:
      'Na een presentatie van de veiligheidsanalyse brachten de commissieleden elk vijf stemmen uit op de thema’s die zij het belangrijkst vinden. Georganiseerde/ondermijnende criminaliteit kreeg de meeste stemmen, gevolgd door jeugdoverlast, sociale kwaliteit en objectieve veiligheid. Veilige bedrijventerreinen is op voorstel van de commissie bij ondermijning gevoegd vanwege de samenhang op Haven-Oost, en jeugdcriminaliteit en jeugd, alcohol en drugs zijn bij jeugdoverlast ondergebracht. Het college heeft op 7 juli 2026 de drie prioriteiten overgenomen.',
  },

  ivp: {
    uitgangssituatie:
      'Dijkstede is in het algemeen een veilige gemeente: het aantal geregistreerde misdrijven ligt iets onder het landelijk gemiddelde en de meeste inwoners voelen zich veilig in hun buurt. Achter dat gemiddelde gaan wel grote verschillen schuil.\n\nVeld 1, veilige woon- en leefomgeving. In de Molenwijk en Oosterhof stapelen de problemen zich op. Woonoverlast en meldingen over personen met verward gedrag zijn sinds 2021 duidelijk gestegen, vernielingen concentreren zich rond het station en het Molenplein, en woninginbraken nemen na jaren van daling weer licht toe. Huiselijk geweld is goed voor bijna een derde van de geweldsincidenten. In de Molenwijk voelt 29 procent van de inwoners zich weleens onveilig, tegen 21 procent in heel Dijkstede.\n\nVeld 2, bedrijvigheid en veiligheid. Op het haven- en bedrijventerrein Haven-Oost komen inbraken, diefstal en signalen van ondermijning samen. Het centrum heeft met het Keurmerk Veilig Ondernemen een werkende aanpak, al nemen winkeldiefstal en leegstand toe. Het Havenkwartier kent geweld op uitgaansnachten en overlast voor omwonenden.\n\nVeld 3, jeugd en veiligheid. De meldingen van jeugdoverlast stegen tussen 2021 en 2024 met 27 procent, en er zijn drie jeugdgroepen op de shortlist. Jongeren worden benaderd als drugsrunner of geldezel, en het alcohol- en drugsgebruik onder scholieren ligt boven het regionale niveau.\n\nVeld 4, fysieke veiligheid. Verkeer, brand, omgevingsveiligheid en crisisbeheersing zijn goed belegd bij de Veiligheidsregio, de Omgevingsdienst en de eigen organisatie. Aandacht is nodig voor het opleidingsniveau van de crisisorganisatie.\n\nVeld 5, integriteit en veiligheid. Het RIEC-ondermijningsbeeld bevestigt dat criminele netwerken gebruikmaken van de haven, het bedrijventerrein en het buitengebied. De gemeentelijke informatiepositie en de capaciteit voor de bestuurlijke aanpak zijn daarbij nog onvoldoende. Agressie tegen medewerkers en bedreiging van bestuurders vragen blijvend aandacht.',
    strategischeDoelstelling:
      'Dijkstede wil een gemeente zijn waar inwoners, ondernemers en bezoekers zich veilig voelen en veilig zijn, en waar criminaliteit geen voet aan de grond krijgt. In de periode 2027-2030 werken gemeente en partners samen aan drie prioriteiten: ondermijning en drugscriminaliteit, veilige en leefbare wijken en jeugd en veiligheid. De overige thema’s houden we op het huidige niveau.\n\nWe richten ons daarbij nadrukkelijk op de plekken en groepen waar de problemen het grootst zijn: Haven-Oost en het buitengebied, de Molenwijk en Oosterhof, en jongeren die dreigen af te glijden. Criminaliteit verschuift steeds meer naar de digitale wereld; bij elke prioriteit kijken we daarom ook naar de digitale kant, van online werving van jongeren tot oplichting van inwoners en ondernemers.',
    strategischeUitgangspunten:
      'Integraal en in samenhang. Veiligheid is geen zaak van de gemeente alleen. Bij elke prioriteit werken we met vaste partners en maken we afspraken over wie wat doet.\n\nGebiedsgericht waar het kan, persoonsgericht waar het moet. We zetten onze inzet in op de plekken met de grootste problemen en combineren die met een aanpak van de personen die de meeste overlast of criminaliteit veroorzaken.\n\nZorg en veiligheid verbonden. Veel overlast en criminaliteit hangt samen met psychische problemen, verslaving, schulden of een onveilige thuissituatie. We verbinden de veiligheidsaanpak daarom structureel met het sociaal domein, met het Zorg- en Veiligheidshuis als spil.\n\nInformatiegestuurd werken. We sturen op cijfers en signalen van politie, gemeente en partners en bouwen onze informatiepositie uit, onder meer met een informatiemakelaar en een ondermijningsbeeld dat elk kwartaal in de Driehoek wordt besproken.\n\nPreventie vóór repressie. Waar mogelijk voorkomen we problemen door vroeg te signaleren en in te grijpen, maar we handhaven stevig waar dat nodig is.',
    prioriteiten: {
      p1: {
        waarom:
          'Ondermijnende criminaliteit tast de rechtsstaat aan, vermengt de onderwereld met de bovenwereld en zorgt voor geweld en intimidatie. Dijkstede is door de haven, het bedrijventerrein Haven-Oost en het buitengebied kwetsbaar. Het RIEC-ondermijningsbeeld en de stijging van het aantal signalen laten zien dat de problematiek groeit, terwijl de gemeente nog onvoldoende zicht heeft op wat er speelt.',
        hoofdlijnen:
          'We versterken de informatiepositie met een informatiemakelaar en een periodiek ondermijningsbeeld. Op Haven-Oost voeren we structureel integrale controles uit en starten we samen met de ondernemers een Keurmerk Veilig Ondernemen voor bedrijventerreinen. We breiden de Bibob-toets uit naar vastgoed en bedrijfspanden en maken het buitengebied weerbaarder door agrariërs voor te lichten en leegstaande schuren in beeld te brengen. Medewerkers en raadsleden leren signalen van ondermijning herkennen en melden.',
        flankerendBeleid:
          'Regionaal ondermijningsprogramma van het RIEC, Bibob-beleidslijn, APV (exploitatievergunning en ondermijningsartikel), Damoclesbeleid, Horeca- en Coffeeshopbeleid, economisch beleid voor Haven-Oost.',
        doel:
          'In 2030 heeft de gemeente een sterke informatiepositie op ondermijning, is Haven-Oost een gecertificeerd veilig bedrijventerrein en zijn de gemeente, ondernemers en inwoners weerbaarder tegen criminele beïnvloeding.',
      },
      p2: {
        waarom:
          'In de Molenwijk en Oosterhof komen woonoverlast, verward gedrag, woninginbraak, huiselijk geweld en een laag veiligheidsgevoel samen. Bewoners gaven op de wijkavonden aan dat zij zich in de steek gelaten voelen. Zonder gerichte inzet dreigt een neerwaartse spiraal.',
        hoofdlijnen:
          'We zetten een hotspotaanpak op voor de Molenwijk, met een integraal plan van gemeente, politie, Woonstichting Dijkstede en jongerenwerk. Met een convenant woonoverlast pakken we ernstige overlast sneller aan, en buurtbemiddeling breiden we uit naar Oosterhof. Voor high impact crime zetten we in op preventie van woninginbraak, de persoonsgerichte aanpak van veelplegers en een sterkere aanpak van huiselijk geweld.',
        flankerendBeleid:
          'Woonvisie en prestatieafspraken met Woonstichting Dijkstede, beleidsplan sociaal domein, regionale aanpak huiselijk geweld en kindermishandeling, beheerplan openbare ruimte.',
        doel:
          'In 2030 zijn de Molenwijk en Oosterhof wijken waar bewoners zich even veilig voelen als gemiddeld in Dijkstede, waar overlast snel en in samenhang wordt aangepakt en waar bewoners actief meedoen.',
      },
      p3: {
        waarom:
          'De jeugdoverlast is sterk gestegen, jongeren worden geworven door criminele netwerken en het alcohol- en drugsgebruik onder scholieren is hoog. Vroeg ingrijpen voorkomt dat jongeren verder afglijden en is op termijn de beste investering in veiligheid.',
        hoofdlijnen:
          'We pakken overlastgevende jeugdgroepen aan met een integraal groepsplan per groep en breiden het ambulante jongerenwerk uit naar avonden en weekenden. Voor individuele probleemjongeren werken we met een persoonsgericht plan in het Zorg- en Veiligheidshuis. Op scholen starten we een voorlichtingsprogramma over criminele uitbuiting, en we handhaven strenger op de leeftijdsgrens voor alcohol.',
        flankerendBeleid:
          'Jeugdbeleidsplan Dijkstede 2025-2028, gezondheidsbeleid (alcohol- en drugspreventie), regionale afspraken met Halt en de jeugdbescherming, convenant veilige school.',
        doel:
          'In 2030 is de overlast door jeugdgroepen teruggedrongen, worden signalen van criminele uitbuiting snel opgepakt en drinken en gebruiken minder jongeren.',
      },
    },
    overigeThemas:
      'De thema’s die geen prioriteit hebben, blijven onderdeel van de reguliere aanpak. Voor het centrum en het Havenkwartier onderhouden we het Keurmerk Veilig Ondernemen en het convenant Veilig Uitgaan. De aanpak van verloedering en het veiligheidsgevoel koppelen we zoveel mogelijk aan de wijkaanpak in de Molenwijk en Oosterhof. Evenementen en recreatieparken volgen we via de vergunningverlening en de ondermijningsaanpak.\n\nDe fysieke veiligheid blijft belegd bij de Veiligheidsregio, de Omgevingsdienst en de eigen vakafdelingen; in 2027 richten we ons vooral op het opleidingsniveau van de crisisorganisatie. Voor polarisatie, een weerbare overheid, informatieveiligheid en integriteit zetten we het huidige beleid voort, met extra aandacht voor de bescherming van medewerkers en bestuurders en voor de integriteit van vergunningverlening en handhaving.',
    coordinatie:
      'De burgemeester is als portefeuillehouder Openbare Orde en Veiligheid verantwoordelijk voor het IVP; de wethouders Jeugd, Zorg, Wonen en Economie zijn elk verantwoordelijk voor hun deel van de uitvoering. De coördinator integrale veiligheid voert de regie en zit de werkgroep integrale veiligheid voor, die elk kwartaal de voortgang van de maatregelen bespreekt.\n\nHet IVP wordt uitgewerkt in jaarlijkse uitvoeringsplannen, die het college vaststelt. De Driehoek (burgemeester, politie en OM) bespreekt elk kwartaal het veiligheidsbeeld en de voortgang op de prioriteiten. Eenmaal per jaar ontvangt de raad een voortgangsrapportage met de ontwikkeling van de effectindicatoren en een terugblik op de uitgevoerde maatregelen. In 2029 volgt een tussentijdse evaluatie, en in 2030 begint het traject voor het volgende IVP.',
    begroting:
      'Voor de uitvoering van het IVP is jaarlijks een programmabudget integrale veiligheid van € 250.000 beschikbaar. De raad heeft bij de begroting 2027 daarnaast structureel € 80.000 per jaar toegekend voor de aanpak van ondermijning, waaruit onder meer de informatiemakelaar wordt betaald. Het totale budget is daarmee € 330.000 per jaar, ofwel € 1.320.000 over de planperiode.\n\nVeel maatregelen worden uitgevoerd binnen bestaande budgetten van de vakafdelingen en de partners, zoals de inzet van boa’s, het jongerenwerk en het Zorg- en Veiligheidshuis. De verdeling van het budget over de maatregelen staat in de jaarlijkse uitvoeringsplannen.',
    strategischeThemas: {
      'gedigitaliseerde-criminaliteit': {
        hoofdstuk: 2,
        tekst:
          'Gedigitaliseerde criminaliteit nemen we op in de strategische doelstelling als thema dat door alle prioriteiten heen loopt. Bij elke prioriteit benoemen we de digitale kant, zoals online werving van jongeren en geldezels, en de rol van digitale middelen bij ondermijning.',
      },
      'zorg-en-veiligheid': {
        hoofdstuk: 3,
        tekst:
          'De verbinding tussen zorg en veiligheid is een van de strategische uitgangspunten. Het Zorg- en Veiligheidshuis is de spil voor complexe casuïstiek, woonoverlast en de persoonsgerichte aanpak van volwassenen en jongeren.',
      },
      informatiepositie: {
        hoofdstuk: 3,
        tekst:
          'Informatiegestuurd werken is een strategisch uitgangspunt. Met een informatiemakelaar en een periodiek ondermijningsbeeld bouwen we de informatiepositie uit, eerst voor ondermijning en daarna voor de wijkaanpak.',
      },
    },
  },

  uitvoeringsplan: {
    jaar: 2027,
    hoofdlijn:
      'In 2027, het eerste jaar van het IVP, leggen we het fundament voor de drie prioriteiten. Voor ondermijning staan de informatiepositie, de integrale controles op Haven-Oost en de start van het Keurmerk Veilig Ondernemen centraal. In de Molenwijk en Oosterhof starten de hotspotaanpak en het convenant woonoverlast. Voor jeugd richten we ons op de aanpak van de jeugdgroepen, het uitgebreide jongerenwerk en de preventie van criminele uitbuiting. Daarnaast nemen we enkele maatregelen voor overige thema’s: veilig uitgaan, het winkelgebied en de crisisorganisatie.',
    terugblik:
      'Dit is het eerste uitvoeringsplan onder het IVP 2027-2030; een terugblik volgt in het uitvoeringsplan 2028. De evaluatie van het vorige IVP is meegenomen in de veiligheidsanalyse.',
    actiepunten: [
      {
        id: 'a1',
        titel: 'Integrale aanpak ondermijning op Haven-Oost',
        prioriteitId: 'p1',
        themaId: null,
        maatregelen: [
          {
            id: 'm1',
            probleemSleutels: ['thema-5.2', 'thema-2.2'],
            methodeId: null,
            onderbouwing:
              'Integrale controles zoals het RIEC-netwerk ze landelijk uitvoert: gemeente, politie, Belastingdienst en omgevingsdienst controleren samen, zodat signalen van ondermijning op één plek samenkomen.',
            // Operational work against ondermijning: only members with clearance see it (ADR 0015).
            vertrouwelijk: true,
            naam: 'Integrale controles op bedrijventerrein Haven-Oost',
            prestatieIndicator: '4 integrale controles op bedrijventerrein Haven-Oost, met in totaal minimaal 60 gecontroleerde panden',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team OOV',
            partners: 'Politie basisteam Dijkstede, Regionaal Informatie- en Expertisecentrum (RIEC), Veiligheidsregio, Belastingdienst, Omgevingsdienst',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: 24000,
            status: 'niet-gestart',
          },
          {
            id: 'm2',
            probleemSleutels: ['thema-2.2'],
            methodeId: 'keurmerk-veilig-ondernemen',
            naam: 'Keurmerk Veilig Ondernemen voor bedrijventerrein Haven-Oost (KVO-b) opstarten',
            prestatieIndicator: 'KVO-b-werkgroep opgericht en schouw uitgevoerd vóór 2027-K3; certificaat ster 1 behaald in 2027-K4; minimaal 50% van de bedrijven aangesloten',
            bestuurlijkTrekker: 'Wethouder Economie',
            ambtelijkTrekker: 'Team Economie',
            partners: 'Parkmanagement Haven-Oost, Politie basisteam Dijkstede, Veiligheidsregio, Centrum voor Criminaliteitspreventie en Veiligheid (CCV)',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: 18000,
            status: 'niet-gestart',
          },
          {
            id: 'm3',
            probleemSleutels: ['thema-2.2'],
            methodeId: null,
            onderbouwing:
              'De Wet Bibob en de landelijke handreiking voor vastgoed; het RIEC adviseert over de branches die de beleidslijn aanwijst.',
            naam: 'Bibob-beleidslijn uitbreiden naar vastgoedtransacties en bedrijfspanden',
            prestatieIndicator: 'Geactualiseerde Bibob-beleidslijn vastgesteld door het college in 2027-K2; alle aanvragen in de aangewezen branches vanaf 2027-K3 getoetst',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team Vergunningen',
            partners: 'Regionaal Informatie- en Expertisecentrum (RIEC), Landelijk Bureau Bibob',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K3',
            budget: null,
            status: 'niet-gestart',
          },
        ],
      },
      {
        id: 'a2',
        titel: 'Informatiepositie en weerbaarheid tegen ondermijning',
        prioriteitId: 'p1',
        themaId: null,
        maatregelen: [
          {
            id: 'm4',
            probleemSleutels: ['thema-5.2'],
            methodeId: null,
            onderbouwing:
              'Een informatiemakelaar die signalen van gemeente en partners bundelt tot een ondermijningsbeeld is binnen het RIEC-netwerk een beproefde werkwijze.',
            // Operational work against ondermijning: only members with clearance see it (ADR 0015).
            vertrouwelijk: true,
            naam: 'Informatiemakelaar ondermijning en ondermijningsbeeld Dijkstede',
            prestatieIndicator: '0,8 fte informatiemakelaar aangesteld per 2027-K2; elk kwartaal een actueel ondermijningsbeeld besproken in de Driehoek (3 in 2027)',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team OOV',
            partners: 'Politie basisteam Dijkstede, Regionaal Informatie- en Expertisecentrum (RIEC), OM',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: 68000,
            status: 'loopt',
          },
          {
            id: 'm5',
            probleemSleutels: ['thema-2.2'],
            methodeId: null,
            onderbouwing:
              'Wie signalen herkent, meldt ze: medewerkers van vergunningverlening en handhaving die op Haven-Oost werken, leren waar ze op letten.',
            naam: 'Bewustwordingstrainingen ondermijning voor medewerkers en raadsleden',
            prestatieIndicator: '6 trainingen met in totaal minimaal 120 deelnemers van vergunningverlening, handhaving, wijkteams, publiekszaken en de raad',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team OOV',
            partners: 'Regionaal Informatie- en Expertisecentrum (RIEC), Politie basisteam Dijkstede',
            startKwartaal: '2027-K2',
            eindKwartaal: '2027-K4',
            budget: 8000,
            status: 'niet-gestart',
          },
          {
            id: 'm6',
            probleemSleutels: ['thema-5.2'],
            methodeId: null,
            onderbouwing:
              'Naar de aanpak Veilig Buitengebied die politie en RIEC elders toepassen: bewustwording bij agrariërs en een integrale schouw van leegstaande schuren.',
            // Operational work against ondermijning: only members with clearance see it (ADR 0015).
            vertrouwelijk: true,
            naam: 'Veilig Buitengebied Ravenswaard en Eikhorst',
            prestatieIndicator: '2 informatiebijeenkomsten voor agrariërs en 1 integrale schouw van minimaal 40 leegstaande agrarische gebouwen',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team OOV',
            partners: 'Politie basisteam Dijkstede, LTO-afdeling Dijkstede, Regionaal Informatie- en Expertisecentrum (RIEC), Waterschap',
            startKwartaal: '2027-K2',
            eindKwartaal: '2027-K4',
            budget: 12000,
            status: 'niet-gestart',
          },
        ],
      },
      {
        id: 'a3',
        titel: 'Wijkaanpak Molenwijk en Oosterhof',
        prioriteitId: 'p2',
        themaId: null,
        maatregelen: [
          {
            id: 'm7',
            probleemSleutels: ['thema-1.3', 'thema-1.1'],
            methodeId: 'hotspotaanpak',
            naam: 'Hotspotaanpak Molenwijk (Molenplein en winkelstrip)',
            prestatieIndicator: 'Integraal hotspotplan vastgesteld in 2027-K1; 8 gezamenlijke wijkschouwen met bewoners en partners',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team Wijken',
            partners: 'Politie basisteam Dijkstede, Woonstichting Dijkstede, Jongerenwerk Dijkstede, Ondernemers Molenplein',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: 35000,
            status: 'loopt',
          },
          {
            id: 'm8',
            probleemSleutels: ['thema-1.1'],
            methodeId: null,
            onderbouwing:
              'Een convenant woonoverlast naar het voorbeeld van andere gemeenten, met artikel 151d Gemeentewet als sluitstuk voor de burgemeester.',
            naam: 'Convenant woonoverlast',
            prestatieIndicator: 'Convenant ondertekend in 2027-K2; alle meldingen van ernstige woonoverlast binnen 10 werkdagen besproken in het woonoverlastoverleg',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team OOV',
            partners: 'Woonstichting Dijkstede, Politie basisteam Dijkstede, GGD, Zorg- en Veiligheidshuis',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K2',
            budget: null,
            status: 'niet-gestart',
          },
          {
            id: 'm9',
            probleemSleutels: ['thema-1.1'],
            methodeId: null,
            onderbouwing:
              'Buurtbemiddeling is landelijk geëvalueerd en werkt in de Molenwijk al: ruim zes op de tien trajecten eindigen positief.',
            naam: 'Buurtbemiddeling uitbreiden naar Oosterhof',
            prestatieIndicator: '40 bemiddelingstrajecten in Dijkstede in 2027, waarvan minimaal 15 in Oosterhof; minimaal 60% afgesloten met een positief resultaat',
            bestuurlijkTrekker: 'Wethouder Welzijn',
            ambtelijkTrekker: 'Team Maatschappelijke Ontwikkeling',
            partners: 'Welzijnsorganisatie Dijkstede, Woonstichting Dijkstede, Politie basisteam Dijkstede',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: 22000,
            status: 'niet-gestart',
          },
        ],
      },
      {
        id: 'a4',
        titel: 'Aanpak high impact crime en huiselijk geweld',
        prioriteitId: 'p2',
        themaId: null,
        maatregelen: [
          {
            id: 'm10',
            probleemSleutels: ['thema-1.3'],
            methodeId: null,
            onderbouwing:
              'Gerichte voorlichting aan buren na een inbraak en preventieadvies volgens het Politiekeurmerk Veilig Wonen, in de maanden met de meeste inbraken.',
            naam: 'Campagne woninginbraak tijdens de donkere dagen',
            prestatieIndicator: '1 campagne in 2027-K4 met 3 buurtacties (Molenwijk, Oosterhof, Ravenswaard); 300 huishoudens voorzien van preventieadvies',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team OOV',
            partners: 'Politie basisteam Dijkstede, Woonstichting Dijkstede, buurtpreventieteams',
            startKwartaal: '2027-K3',
            eindKwartaal: '2027-K4',
            budget: 9000,
            status: 'niet-gestart',
          },
          {
            id: 'm11',
            probleemSleutels: ['thema-1.3'],
            methodeId: 'persoonsgerichte-aanpak',
            naam: 'Persoonsgerichte aanpak van volwassen veelplegers (top-X)',
            prestatieIndicator: '15 personen in de persoonsgerichte aanpak met een actueel plan van aanpak; elk plan eens per kwartaal geëvalueerd',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team OOV',
            partners: 'Zorg- en Veiligheidshuis, Politie basisteam Dijkstede, OM, Reclassering',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: null,
            status: 'loopt',
          },
          {
            id: 'm12',
            probleemSleutels: ['thema-1.3', 'thema-1.1'],
            methodeId: null,
            onderbouwing:
              'De Wet tijdelijk huisverbod en de landelijke werkwijze van Veilig Thuis: snel en samen handelen na een huisverbod.',
            naam: 'Versterking aanpak huiselijk geweld',
            prestatieIndicator: 'Alle tijdelijke huisverboden binnen 10 dagen besproken in het multidisciplinaire overleg; 2 deskundigheidsbijeenkomsten voor de wijkteams',
            bestuurlijkTrekker: 'Wethouder Zorg',
            ambtelijkTrekker: 'Team Sociaal Domein',
            partners: 'Veilig Thuis, Politie basisteam Dijkstede, Zorg- en Veiligheidshuis',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: 6000,
            status: 'loopt',
          },
        ],
      },
      {
        id: 'a5',
        titel: 'Aanpak jeugdgroepen en jeugdoverlast',
        prioriteitId: 'p3',
        themaId: null,
        maatregelen: [
          {
            id: 'm13',
            probleemSleutels: ['thema-3.1', 'thema-3.2'],
            methodeId: 'groepsaanpak',
            naam: 'Groepsaanpak van jeugdgroepen op de shortlist',
            prestatieIndicator: '3 jeugdgroepen met een integraal groepsplan; elk plan eens per kwartaal geëvalueerd in het jeugdgroepenoverleg',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team OOV',
            partners: 'Politie basisteam Dijkstede, Jongerenwerk Dijkstede, Halt, OM',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: 15000,
            status: 'loopt',
          },
          {
            id: 'm14',
            probleemSleutels: ['thema-3.1'],
            methodeId: 'aanpak-jongeren-op-straat',
            naam: 'Ambulant jongerenwerk op avonden en in weekenden in Oosterhof en het stationsgebied',
            prestatieIndicator: '4 avonden per week ambulant jongerenwerk vanaf 2027-K2; minimaal 150 verschillende jongeren bereikt',
            bestuurlijkTrekker: 'Wethouder Jeugd',
            ambtelijkTrekker: 'Team Jeugd',
            partners: 'Jongerenwerk Dijkstede, Politie basisteam Dijkstede',
            startKwartaal: '2027-K2',
            eindKwartaal: '2027-K4',
            budget: 48000,
            status: 'niet-gestart',
          },
        ],
      },
      {
        id: 'a6',
        titel: 'Preventie van criminele uitbuiting, alcohol- en drugsgebruik',
        prioriteitId: 'p3',
        themaId: null,
        maatregelen: [
          {
            id: 'm15',
            probleemSleutels: ['thema-3.2'],
            methodeId: 'veilig-in-en-om-school',
            naam: 'Voorlichtingsprogramma criminele uitbuiting op scholen',
            prestatieIndicator: 'Programma uitgevoerd op 4 scholen voor voortgezet onderwijs; 30 klassen bereikt en 1 ouderavond per school',
            bestuurlijkTrekker: 'Wethouder Jeugd',
            ambtelijkTrekker: 'Team Jeugd',
            partners: 'Halt, Politie basisteam Dijkstede, scholen voor voortgezet onderwijs, Jongerenwerk Dijkstede',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: 14000,
            status: 'niet-gestart',
          },
          {
            id: 'm16',
            probleemSleutels: ['thema-3.3'],
            methodeId: null,
            onderbouwing:
              'Nalevingsonderzoek met mystery shoppers is de gangbare manier om toezicht op de Alcoholwet te sturen; de GGD meet het effect.',
            naam: 'Nalevingscontroles leeftijdsgrens alcohol',
            prestatieIndicator: '20 nalevingscontroles met mystery shoppers bij supermarkten, slijterijen en sportkantines; naleving gestegen van 45% naar 60%',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team Toezicht en Handhaving',
            partners: 'GGD, sportverenigingen',
            startKwartaal: '2027-K2',
            eindKwartaal: '2027-K4',
            budget: 16000,
            status: 'niet-gestart',
          },
          {
            id: 'm17',
            probleemSleutels: ['thema-3.2'],
            methodeId: 'persoonsgerichte-aanpak',
            naam: 'Persoonsgerichte aanpak individuele probleemjongeren',
            prestatieIndicator: '12 jongeren met een persoonsgericht plan; elk plan binnen 6 weken na aanmelding opgesteld',
            bestuurlijkTrekker: 'Wethouder Jeugd',
            ambtelijkTrekker: 'Team Jeugd',
            partners: 'Zorg- en Veiligheidshuis, Halt, Raad voor de Kinderbescherming, Jongerenwerk Dijkstede, Politie basisteam Dijkstede',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: null,
            status: 'loopt',
          },
        ],
      },
      {
        id: 'a7',
        titel: 'Veilig uitgaan in het Havenkwartier',
        prioriteitId: null,
        themaId: '2.3',
        maatregelen: [
          {
            id: 'm18',
            probleemSleutels: ['thema-2.3'],
            methodeId: 'kwaliteitsmeter-veilig-uitgaan',
            naam: 'Vernieuwing convenant Veilig Uitgaan Havenkwartier',
            prestatieIndicator: 'Vernieuwd convenant ondertekend in 2027-K2 met afspraken over drugs in de horeca; 6 gezamenlijke horecaschouwen',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team OOV',
            partners: 'Horecaondernemers Havenkwartier, Politie basisteam Dijkstede, Team Toezicht en Handhaving',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: 10000,
            status: 'niet-gestart',
          },
        ],
      },
      {
        id: 'a8',
        titel: 'Veilig winkelgebied centrum',
        prioriteitId: null,
        themaId: '2.1',
        maatregelen: [
          {
            id: 'm19',
            probleemSleutels: ['thema-2.1'],
            methodeId: 'keurmerk-veilig-ondernemen',
            naam: 'Hercertificering Keurmerk Veilig Ondernemen winkelgebied centrum',
            prestatieIndicator: 'KVO-w-certificaat verlengd in 2027-K3, uitgebreid met de aanloopstraten naar het station; 2 schouwen met ondernemers',
            bestuurlijkTrekker: 'Wethouder Economie',
            ambtelijkTrekker: 'Team Economie',
            partners: 'Ondernemersvereniging Centrum, Politie basisteam Dijkstede, Veiligheidsregio',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K3',
            budget: 7500,
            status: 'niet-gestart',
          },
        ],
      },
      {
        id: 'a9',
        titel: 'Crisisorganisatie op orde',
        prioriteitId: null,
        themaId: '4.4',
        maatregelen: [
          {
            id: 'm20',
            probleemSleutels: ['thema-4.4'],
            methodeId: null,
            onderbouwing:
              'Het opleidings- en oefenprogramma bevolkingszorg van de Veiligheidsregio.',
            naam: 'Opleiding en oefening bevolkingszorg',
            prestatieIndicator: '1 gemeentelijke oefening bevolkingszorg met minimaal 40 medewerkers in 2027-K3; 100% van de sleutelfunctionarissen opgeleid',
            bestuurlijkTrekker: 'Burgemeester',
            ambtelijkTrekker: 'Team OOV',
            partners: 'Veiligheidsregio',
            startKwartaal: '2027-K1',
            eindKwartaal: '2027-K4',
            budget: 5000,
            status: 'niet-gestart',
          },
        ],
      },
    ],
    begroting:
      'Voor 2027 is € 330.000 beschikbaar: € 250.000 uit het programmabudget integrale veiligheid en € 80.000 uit het structurele budget voor ondermijning. De maatregelen in dit uitvoeringsplan vragen samen € 317.500, waarvan € 130.000 voor de prioriteit ondermijning en drugscriminaliteit, € 72.000 voor veilige en leefbare wijken, € 93.000 voor jeugd en veiligheid en € 22.500 voor de overige thema’s. Het restant van € 12.500 houden we achter de hand voor onvoorziene inzet, bijvoorbeeld na een incident. Maatregelen zonder bedrag worden uitgevoerd binnen de bestaande budgetten van de vakafdelingen en de partners.',
  },
};
