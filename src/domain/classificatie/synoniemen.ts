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

export const synoniemen: Readonly<Partial<Record<DoelId, readonly string[]>>> = {
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
