/**
 * Synoniemen en vaste termen per thema en strategisch thema: woorden waarmee gemeenten hun prioriteiten
 * noemen maar die (zo) niet in de teksten van de kennisbank staan. Ze vullen de kennisbank aan; de
 * classificatie leest beide. Afgesteld op het trainingsdeel van de gelabelde set (labelset.ts), nooit
 * op de toetsset.
 *
 * Een term mag uit meer woorden bestaan ("high impact crime"): dan telt hij alleen als al zijn woorden
 * (op stam) in de titel staan, en zwaarder dan losse woorden.
 */
import type { ThemaId } from '../kennisbank/types.ts';
import type { StrategischThema } from '../kennisbank/types.ts';

export type DoelId = ThemaId | StrategischThema['id'];

const afgesteld: Readonly<Partial<Record<DoelId, readonly string[]>>> = {
  '1.1': [
    'overlast', 'woonoverlast', 'burenoverlast', 'burengerucht', 'leefbaarheid', 'leefbare', 'leefbaar', 'kernen', 'wijken',
    'buurten', 'wijkgericht', 'meldingen', 'overlast tussen bewoners', 'woonomgeving',
    'drugsoverlast', 'kwetsbare wijken', 'veilige wijken', 'sociale kwaliteit',
  ],
  '1.2': ['vandalisme', 'verloedering', 'vernielingen', 'openbare ruimte', 'openbare ruimten', 'zwerfafval', 'fysieke kwaliteit'],
  '1.3': [
    'high impact crime', 'high impact crimes', 'hic', 'woninginbraak', 'woninginbraken', 'inbraak', 'inbraken', 'overval',
    'overvallen', 'straatroof', 'geweld', 'huiselijk geweld', 'kindermishandeling', 'mishandeling',
    'geweld in afhankelijkheidsrelaties', 'vermogenscriminaliteit', 'auto-inbraak',
    'fietsendiefstal', 'zakkenrollerij', 'diefstal', 'veelvoorkomende criminaliteit', 'geweldsdelicten',
  ],
  '1.4': [
    'veiligheidsbeleving', 'onveiligheidsbeleving', 'veiligheidsgevoel', 'onveiligheidsgevoel', 'veilig voelen',
    'in gesprek over veiligheid', 'veiligheid in de buurt', 'aangifte', 'meldingsbereidheid', 'aangiftebereidheid',
  ],
  '2.1': ['winkelgebied', 'winkelcentrum', 'centrum', 'binnenstad', 'winkeldiefstal', 'veilig ondernemen'],
  '2.2': ['bedrijventerrein', 'bedrijventerreinen', 'bedrijfsinbraak', 'industrieterrein'],
  '2.3': ['uitgaan', 'uitgaansgeweld', 'horeca', 'nachtleven', 'veilig uitgaan', 'uitgaansgebied'],
  '2.4': ['evenementen', 'evenement', 'festivals', 'voetbal'],
  '2.5': ['toerisme', 'recreatie', 'vakantieparken', 'campings', 'veilig toerisme'],
  '3.1': ['jeugdoverlast', 'overlast jeugd', 'hangjongeren', 'jeugdgroepen', 'jongerenoverlast', 'jeugd'],
  '3.2': [
    'jeugdcriminaliteit', 'risicojeugd', 'probleemjongeren', 'criminele jeugdgroepen',
    'problematische jeugd', 'jeugd en criminaliteit', 'jongeren', 'kwetsbare groepen',
  ],
  '3.3': ['middelengebruik', 'alcohol', 'drugs', 'ghb', 'lachgas', 'drank', 'middelen', 'jeugd en middelengebruik'],
  '3.4': ['schoolveiligheid', 'school', 'scholen', 'veilige school', 'onderwijs'],
  '4.1': ['verkeersveiligheid', 'verkeer', 'vrachtverkeer'],
  '4.2': ['brandveiligheid', 'brand', 'brandweer', 'fysieke veiligheid'],
  '4.3': ['externe veiligheid', 'gevaarlijke stoffen', 'omgevingsveiligheid', 'vervoer van gevaarlijke stoffen'],
  '4.4': [
    'crisisbeheersing', 'rampenbestrijding', 'rampen', 'calamiteiten', 'calamiteitenbestrijding',
    'risicobeheersing', 'zware ongevallen', 'crisis',
  ],
  '5.1': [
    'polarisatie', 'radicalisering', 'extremisme', 'terrorisme', 
    'maatschappelijke onrust', 'onrust', 'maatschappelijk ongenoegen', 'ongenoegen', 'verdeeldheid',
  ],
  '5.2': [
    'ondermijning', 'ondermijnende', 'ondermijnend', 'georganiseerde criminaliteit', 'drugscriminaliteit',
    'drugsgerelateerde criminaliteit', 'mensenhandel', 'mensensmokkel', 'hennepteelt', 'witwassen', 'fraude', 
    'bibob', 'buitengebied', 'veilig buitengebied', 'criminele samenwerkingsverbanden', 'drugs',
  ],
  '5.3': ['veilige publieke taak', 'publieke taak', 'weerbare overheid', 'weerbaar bestuur', 'agressie tegen', 'bedreiging'],
  '5.4': ['informatieveiligheid', 'informatiebeveiliging', 'cybersecurity', 'digitale weerbaarheid'],
  '5.5': ['integriteit', 'ambtelijke integriteit', 'bestuurlijke integriteit'],
  'gedigitaliseerde-criminaliteit': [
    'cybercrime', 'cybercriminaliteit', 'cyber', 'cyberveiligheid', 'cyberresilience', 'digitale criminaliteit',
    'gedigitaliseerde criminaliteit', 'digitale veiligheid', 'digitale weerbaarheid', 'online', 'internet', 'social media',
  ],
  'zorg-en-veiligheid': [
    'zorg en veiligheid', 'zorg', 'veiligheid en zorg', 'verward gedrag', 'verwarde personen', 'onbegrepen gedrag',
    'kwetsbare personen', 'kwetsbare groepen', 'casuistiek', 'sociaal domein', 'nazorg', 'ex-gedetineerden',
    'zorg- en veiligheidsdomein', 'zorg- en veiligheidshuis', 'snijvlak van zorg',
  ],
  informatiepositie: ['informatiepositie', 'informatiegestuurd', 'informatiemanagement', 'meldingen'],
};

/**
 * Algemene woordenschat van integrale veiligheidsplannen (december 2026): vaktermen die in IVP's en
 * kadernota's veel voorkomen, opgeschreven uit kennis van het beleidsveld en van de kennisbank, vóórdat
 * de nieuwe toetsset (toetsset-2026.ts) werd verzameld en zonder naar de oude toetsset te kijken. Woorden
 * die alleen bij een titel van de oude toetsset zouden passen, staan er bewust niet in (zie
 * docs/prioriteit-classificatie.md). Getoetst is alleen dat het trainingsdeel niet slechter wordt.
 */
const woordenschat: Readonly<Partial<Record<DoelId, readonly string[]>>> = {
  '1.1': [
    'buurtbemiddeling', 'burenruzies', 'burenruzie', 'sociale cohesie', 'leefomgeving', 'woon- en leefomgeving', 'wijkaanpak',
    'overlastgevende gezinnen', 'geluidsoverlast', 'asociaal gedrag',
    'wijkveiligheid', 'buurtveiligheid', 'veilige buurt',
  ],
  '1.2': ['graffiti', 'zwerfvuil', 'verpaupering', 'vernieling', 'illegale dumpingen', 'beheer openbare ruimte', 'verlichting'],
  '1.3': [
    'autokraak', 'diefstal uit auto', 'zedenmisdrijven', 'zedendelicten', 'seksueel geweld', 'babbeltrucs', 'babbeltruc',
    'geweldscriminaliteit', 'messengeweld', 'wapengeweld', 'wapenbezit', 'ouderenmishandeling', 'inbrekers',
    'vermogensdelicten', 'oplichting',
  ],
  '1.4': ['gevoel van veiligheid', 'veiligheidsgevoelens', 'onveilig voelen', 'subjectieve veiligheid'],
  '2.1': ['winkeliers', 'ondernemers', 'keurmerk veilig ondernemen', 'centrumgebied', 'stadscentrum', 'dorpscentrum', 'kernwinkelgebied', 'winkelstraten'],
  '2.2': ['bedrijfsinbraken', 'bedrijventerrein', 'industrieterreinen', 'parkmanagement'],
  '2.3': ['horecaoverlast', 'uitgaansleven', 'uitgaanscentrum', 'uitgaansgelegenheden', 'paracommercie', 'drank- en horecawet', 'alcoholwet', 'cafés'],
  '2.4': [
    'jaarwisseling', 'vuurwerk', 'carnaval', 'kermis', 'koningsdag', 'publieksevenementen', 'voetbalwedstrijden',
    'supporters', 'evenementenveiligheid', 'festival',
  ],
  '2.5': ['recreatieparken', 'bungalowparken', 'permanente bewoning', 'jachthavens', 'strand', 'recreatiegebieden', 'natuurgebieden', 'toeristen'],
  '3.1': ['overlastgevende jeugd', 'hangplekken', 'jeugdgroep', 'jongerengroepen'],
  '3.2': [
    'veelplegers', 'criminele jongeren', 'jonge aanwas', 'drillrap', 'jonge criminelen',
    'persoonsgerichte aanpak', 'doorgroei', 'jeugdige daders', 'jeugdige veelplegers',
  ],
  '3.3': [
    'alcoholgebruik', 'drugsgebruik', 'drank- en drugsgebruik', 'drankgebruik', 'hokken en keten', 'keten', 'jeugd en alcohol',
    'alcoholmatiging', 'middelengebruik', 'verslaving', 'coffeeshops', 'coffeeshop', 'blowen',
  ],
  '3.4': ['pesten', 'veilige scholen', 'schoolomgeving', 'onderwijsinstellingen', 'op school'],
  '4.1': ['verkeersonveiligheid', 'verkeersgedrag', 'parkeeroverlast', 'hardrijden', 'verkeersoverlast', 'verkeersveilig', 'verkeersongevallen'],
  '4.2': ['brandpreventie', 'brandveilig', 'natuurbranden', 'bluswater', 'brandweerzorg', 'rookmelders'],
  '4.3': ['risicobedrijven', 'risicovolle bedrijven', 'transport gevaarlijke stoffen', 'brzo', 'groepsrisico', 'risicokaart'],
  '4.4': [
    'crisisorganisatie', 'bevolkingszorg', 'rampen en crises', 'crises', 'hoogwater', 'overstromingen', 'stroomuitval',
    'vitale infrastructuur', 'pandemie', 'crisisparaatheid', 'veiligheidsregio', 'crisiscommunicatie',
  ],
  '5.1': [
    'discriminatie', 'jihadisme', 'sociale stabiliteit', 'spanningen', 'maatschappelijke spanningen', 'extreemrechts',
    'complotdenken', 'antisemitisme', 'demonstraties', 'radicalisering', 'polarisering', 'extremistische',
  ],
  '5.2': [
    'drugshandel', 'drugsproductie', 'drugslabs', 'synthetische drugs', 'drugsdumpingen', 'drugsafval', 'hennepkwekerijen',
    'criminele geldstromen', 'vastgoedfraude', 'zorgfraude', 'outlaw motorcycle gangs', 'motorbendes', 'criminele motorclubs',
    'uitbuiting', 'arbeidsuitbuiting', 'seksuele uitbuiting', 'prostitutie', 'riec', 'damocles', 'criminele netwerken',
    'explosies', 'aanslagen', 'ondermijnende criminaliteit', 'malafide', 'criminele inmenging',
  ],
  '5.3': [
    'agressie', 'intimidatie', 'hulpverleners', 'ambtsdragers', 'politieke ambtsdragers', 'bestuurders',
    'veilig bestuur', 'weerbaarheid van het bestuur', 'medewerkers met een publieke taak',
  ],
  '5.4': ['privacy', 'datalekken', 'datalek', 'digitale dienstverlening', 'informatiebeveiligingsincidenten'],
  '5.5': ['integriteitsschendingen', 'belangenverstrengeling', 'gedragscode'],
  'gedigitaliseerde-criminaliteit': [
    'online fraude', 'internetoplichting', 'online oplichting', 'phishing', 'hacken', 'sextortion', 'online criminaliteit',
    'digitaal', 'digitalisering', 'helpdeskfraude', 'whatsappfraude', 'cyberweerbaarheid', 'gedigitaliseerde',
  ],
  'zorg-en-veiligheid': [
    'ggz', 'psychiatrische', 'levensloopaanpak', 'veiligheidshuis',
    'multiproblematiek', 'complexe casuistiek', 'dak- en thuislozen', 'dakloosheid', 'verplichte ggz',
    'wvggz', 'vroegsignalering', 'zorgmijders', 'verwarde', 'verward',
  ],
  informatiepositie: ['datagedreven', 'informatie-uitwisseling', 'informatiedeling', 'signalen', 'monitoring', 'data'],
};

function samen(...lijsten: Readonly<Partial<Record<DoelId, readonly string[]>>>[]): Readonly<Partial<Record<DoelId, readonly string[]>>> {
  const uit: Partial<Record<DoelId, string[]>> = {};
  for (const l of lijsten) {
    for (const [id, woorden] of Object.entries(l) as [DoelId, readonly string[]][]) {
      const bestaand = (uit[id] ??= []);
      for (const w of woorden) if (!bestaand.includes(w)) bestaand.push(w);
    }
  }
  return uit;
}

export const synoniemen: Readonly<Partial<Record<DoelId, readonly string[]>>> = samen(afgesteld, woordenschat);
