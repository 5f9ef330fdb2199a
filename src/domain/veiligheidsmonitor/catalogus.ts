/**
 * De indicatoren van de CBS Veiligheidsmonitor die Kernplan kent: een vaste id, de Nederlandse naam,
 * de eenheid, de richting (wat beter is) en de thema's van de kennisbank waarbij ze horen, met de
 * effectindicator van de kennisbank die ze meten (waar de kennisbank er een noemt).
 *
 * Een tabel van het CBS noemt een indicator met een label ('|||Voelt zich wel eens onveilig in buurt ')
 * en een eenheid ('%', "% '(heel) groot'", 'rapportcijfer'). Hetzelfde label komt met verschillende
 * eenheden voor en omgekeerd, dus de sleutel is label én eenheid; zonder eenheid (open-data-formaat)
 * alleen het label, als dat één indicator aanwijst. Een label dat Kernplan niet kent blijft bewaard
 * onder zijn eigen label, zonder thema (`eigenIndicator`).
 *
 * Welke labels echt in een CBS-bestand staan: die van de voorbeeldtabel per provincie 2015-2017
 * (groepen onveiligheidsgevoelens, kans op slachtofferschap, onveilige plekken, respectloos gedrag);
 * de overige (overlast, slachtofferschap, oordeel over politie en gemeente) volgen de namen van de
 * kerncijfers van de Veiligheidsmonitor en hebben meer dan één schrijfwijze. Zuiver, geen I/O.
 */
import { strategischeThemas, vindThema } from '../kennisbank/kennisbank.ts';

export type VmEenheid = 'percentage' | 'rapportcijfer' | 'schaalscore';
export const vmEenheidNamen: Record<VmEenheid, string> = { percentage: '%', rapportcijfer: 'rapportcijfer', schaalscore: 'schaalscore' };

export const vmGroepen = ['onveiligheidsgevoelens', 'kans-slachtofferschap', 'onveilige-plekken', 'vermijdingsgedrag', 'respectloos-gedrag', 'overlast', 'leefbaarheid', 'slachtofferschap', 'oordeel-politie', 'oordeel-gemeente'] as const;
export type VmGroep = (typeof vmGroepen)[number];
export const vmGroepNamen: Record<VmGroep, string> = {
  onveiligheidsgevoelens: 'Onveiligheidsgevoelens',
  'kans-slachtofferschap': 'Geschatte kans op slachtofferschap',
  'onveilige-plekken': 'Onveilige plekken',
  vermijdingsgedrag: 'Vermijdingsgedrag',
  'respectloos-gedrag': 'Respectloos gedrag',
  overlast: 'Overlast in de buurt',
  leefbaarheid: 'Leefbaarheid van de buurt',
  slachtofferschap: 'Slachtofferschap',
  'oordeel-politie': 'Oordeel over de politie',
  'oordeel-gemeente': 'Oordeel over de gemeente',
};

export interface VmIndicator {
  /** Vast, verandert nooit (opgeslagen waarden en indicatoren die een reeks volgen verwijzen ernaar). */
  id: string;
  /** De naam voluit, zoals Kernplan hem toont. */
  naam: string;
  /** De labels zoals het CBS ze schrijft (zonder '|' en spaties); het eerste is dat van de voorbeeldtabel of de kerncijfers. */
  labels: readonly string[];
  /** De eenheid zoals het CBS hem in de tabel noemt; leeg: elke eenheid (dan beslist het label alleen). */
  cbsEenheden: readonly string[];
  eenheid: VmEenheid;
  /** Wat beter is; null waar dat geen zin heeft ('vindt criminaliteit gelijk gebleven'). */
  richting: 'lager-is-beter' | 'hoger-is-beter' | null;
  groep: VmGroep;
  /** Thema's (1.4) en strategische thema's ('gedigitaliseerde-criminaliteit') van de kennisbank; leeg: geen thema. */
  themaIds: readonly string[];
  /** De effectindicator van de kennisbank die dit meet, letterlijk zoals de kennisbank hem noemt; null: geen. */
  kennisbankIndicator: string | null;
}

const PCT = ['%'];
const GROOT = ["% '(heel) groot'"];
const VAAK = ['% komt vaak voor'];
const PLEK = ["% wel eens onveilig ('vaak'/'soms')"];
const RESPECT = ["% komt 'wel eens' (vaak/soms) voor"];

const kansSlachtoffer = 'Eigen inschatting van de kans om slachtoffer te worden';
const vermijding = 'Vermijdingsgedrag uit onveiligheidsgevoel';
const gevoelBuurt = 'Veiligheidsgevoel in de eigen buurt';

function ind(
  id: string,
  naam: string,
  labels: string[],
  cbsEenheden: string[],
  groep: VmGroep,
  themaIds: string[],
  kennisbankIndicator: string | null,
  richting: VmIndicator['richting'] = 'lager-is-beter',
  eenheid: VmEenheid = 'percentage',
): VmIndicator {
  return { id, naam, labels, cbsEenheden, eenheid, richting, groep, themaIds, kennisbankIndicator };
}

export const vmIndicatoren: readonly VmIndicator[] = [
  // Onveiligheidsgevoelens (thema 1.4 Subjectieve veiligheid).
  ind('onveilig-wel-eens', 'Voelt zich wel eens onveilig', ['Voelt zich wel eens onveilig'], PCT, 'onveiligheidsgevoelens', ['1.4'], null),
  ind('onveilig-vaak', 'Voelt zich vaak onveilig', ['Voelt zich vaak onveilig'], PCT, 'onveiligheidsgevoelens', ['1.4'], null),
  ind('onveilig-buurt-wel-eens', 'Voelt zich wel eens onveilig in de eigen buurt', ['Voelt zich wel eens onveilig in buurt', 'Voelt zich wel eens onveilig in de buurt'], PCT, 'onveiligheidsgevoelens', ['1.4'], gevoelBuurt),
  ind('onveilig-buurt-vaak', 'Voelt zich vaak onveilig in de eigen buurt', ['Voelt zich vaak onveilig in buurt', 'Voelt zich vaak onveilig in de buurt'], PCT, 'onveiligheidsgevoelens', ['1.4'], gevoelBuurt),
  ind('onveilig-avond-straat-buurt', "Voelt zich 's avonds op straat in de buurt onveilig (vaak)", ["'s Avonds op straat in buurt onveilig"], VAAK, 'onveiligheidsgevoelens', ['1.4'], gevoelBuurt),
  ind('onveilig-avond-thuis', "Voelt zich 's avonds alleen thuis onveilig (vaak)", ["'s Avonds alleen thuis onveilig"], VAAK, 'onveiligheidsgevoelens', ['1.4'], null),
  ind('bang-slachtoffer', 'Is bang slachtoffer van criminaliteit te worden (vaak)', ['Bang slachtoffer criminaliteit te worden'], VAAK, 'onveiligheidsgevoelens', ['1.4'], kansSlachtoffer),
  ind('veel-criminaliteit-buurt', 'Denkt dat er veel criminaliteit in de buurt is', ['Denkt dat er veel criminaliteit in buurt', 'Denkt dat er veel criminaliteit in de buurt is'], PCT, 'onveiligheidsgevoelens', ['1.4'], null),
  ind('criminaliteit-buurt-toegenomen', 'Vindt dat de criminaliteit in de buurt is toegenomen', ['Vindt criminaliteit in buurt toegenomen'], PCT, 'onveiligheidsgevoelens', ['1.4'], null),
  ind('criminaliteit-buurt-afgenomen', 'Vindt dat de criminaliteit in de buurt is afgenomen', ['Vindt criminaliteit in buurt afgenomen'], PCT, 'onveiligheidsgevoelens', ['1.4'], null, 'hoger-is-beter'),
  ind('criminaliteit-buurt-gelijk', 'Vindt dat de criminaliteit in de buurt gelijk is gebleven', ['Vindt criminaliteit in buurt gelijk'], PCT, 'onveiligheidsgevoelens', ['1.4'], null, null),
  ind('rapportcijfer-veiligheid-buurt', 'Rapportcijfer voor de veiligheid in de buurt', ['Rapportcijfer veiligheid in buurt', 'Rapportcijfer veiligheid woonbuurt'], ['rapportcijfer'], 'onveiligheidsgevoelens', ['1.4'], 'Rapportcijfer van bewoners voor de veiligheid van de buurt', 'hoger-is-beter', 'rapportcijfer'),

  // Geschatte kans op slachtofferschap ("% '(heel) groot'").
  ind('kans-zakkenrollerij', 'Schat de kans op zakkenrollerij (heel) groot', ['Van zakkenrollerij'], GROOT, 'kans-slachtofferschap', ['1.4'], kansSlachtoffer),
  ind('kans-beroving-straat', 'Schat de kans op beroving op straat (heel) groot', ['Van beroving op straat'], GROOT, 'kans-slachtofferschap', ['1.4'], kansSlachtoffer),
  ind('kans-inbraak-woning', 'Schat de kans op inbraak in de woning (heel) groot', ['Van inbraak in woning'], GROOT, 'kans-slachtofferschap', ['1.4'], kansSlachtoffer),
  ind('kans-mishandeling', 'Schat de kans op mishandeling (heel) groot', ['Van mishandeling'], GROOT, 'kans-slachtofferschap', ['1.4'], kansSlachtoffer),

  // Vermijdingsgedrag.
  ind('doet-avond-niet-open', "Doet 's avonds niet open (vaak)", ["Doet 's avonds niet open"], VAAK, 'vermijdingsgedrag', ['1.4'], vermijding),
  ind('rijdt-loopt-om', 'Rijdt of loopt om om onveilige plekken te vermijden (vaak)', ['Rijdt of loopt om'], VAAK, 'vermijdingsgedrag', ['1.4'], vermijding),

  // Onveilige plekken: waar het thema een plek noemt dat thema, anders 1.4.
  ind('onveilig-uitgaansgelegenheden', 'Voelt zich wel eens onveilig rondom uitgaansgelegenheden', ['Rondom uitgaansgelegenheden'], PLEK, 'onveilige-plekken', ['2.3'], 'Veiligheidsgevoel rond uitgaansgelegenheden in de woonplaats'),
  ind('onveilig-jongeren-rondhangen', 'Voelt zich wel eens onveilig op plekken waar jongeren rondhangen', ['Op plekken waar jongeren rondhangen'], PLEK, 'onveilige-plekken', ['3.1'], 'Veiligheidsgevoel op plekken waar groepen jongeren rondhangen'),
  ind('onveilig-centrum', 'Voelt zich wel eens onveilig in het centrum van de woonplaats', ['In centrum van woonplaats'], PLEK, 'onveilige-plekken', ['2.1', '2.3'], 'Veiligheidsgevoel in het centrum van de woonplaats'),
  ind('onveilig-winkelgebied', 'Voelt zich wel eens onveilig in het winkelgebied of winkelcentrum', ['In winkelgebied/winkelcentrum'], PLEK, 'onveilige-plekken', ['2.1'], 'Veiligheidsgevoel in het winkelgebied of winkelcentrum'),
  ind('onveilig-openbaar-vervoer', 'Voelt zich wel eens onveilig in het openbaar vervoer', ['In openbaar vervoer'], PLEK, 'onveilige-plekken', ['1.4'], null),
  ind('onveilig-treinstation', 'Voelt zich wel eens onveilig bij het treinstation in de woonplaats', ['Bij treinstation in woonplaats'], PLEK, 'onveilige-plekken', ['1.4'], null),
  ind('onveilig-eigen-huis', 'Voelt zich wel eens onveilig in het eigen huis', ['In eigen huis'], PLEK, 'onveilige-plekken', ['1.4'], null),

  // Respectloos gedrag: de kennisbank noemt het bij geen thema.
  ind('respectloos-onbekenden-straat', 'Respectloos gedrag door onbekenden op straat (wel eens)', ['Door onbekenden op straat'], RESPECT, 'respectloos-gedrag', [], null),
  ind('respectloos-onbekenden-ov', 'Respectloos gedrag door onbekenden in het openbaar vervoer (wel eens)', ['Door onbekenden in openbaar vervoer'], RESPECT, 'respectloos-gedrag', [], null),
  ind('respectloos-personeel-bedrijven', 'Respectloos gedrag door personeel van winkels en bedrijven (wel eens)', ['Door personeel van winkels en bedrijven'], RESPECT, 'respectloos-gedrag', [], null),
  ind('respectloos-personeel-overheid', 'Respectloos gedrag door personeel van overheidsinstanties (wel eens)', ['Door personeel van overheidsinstanties'], RESPECT, 'respectloos-gedrag', [], null),
  ind('respectloos-bekenden', 'Respectloos gedrag door bekenden (partner, familie, vriend) (wel eens)', ['Door bekenden (partner, familie, vriend)'], RESPECT, 'respectloos-gedrag', [], null),

  // Overlast en leefbaarheid in de buurt (kerncijfers; schrijfwijzen verschillen per editie).
  ind('sociale-overlast', 'Ervaart veel sociale overlast in de buurt', ['Sociale overlast', 'Ervaart veel sociale overlast', 'Veel sociale overlast'], [], 'overlast', ['1.1'], 'Ervaren sociale overlast in de buurt (totaal)'),
  ind('overlast-buurtbewoners', 'Ervaart overlast van buurtbewoners', ['Overlast van buurtbewoners', 'Overlast buurtbewoners'], [], 'overlast', ['1.1'], 'Ervaren overlast van buurtbewoners'),
  ind('drugsoverlast', 'Ervaart drugsoverlast in de buurt', ['Drugsoverlast', 'Drugsgebruik of drugshandel', 'Overlast van drugsgebruik of drugshandel'], [], 'overlast', ['1.1', '5.2'], 'Ervaren drugsoverlast in de buurt'),
  ind('overlast-jongeren', 'Ervaart overlast van groepen jongeren', ['Overlast van groepen jongeren', 'Rondhangende jongeren', 'Groepen jongeren die overlast veroorzaken'], [], 'overlast', ['3.1'], 'Ervaren overlast van rondhangende jongeren'),
  ind('overlast-horeca', 'Ervaart overlast van horeca', ['Overlast van horeca', 'Overlast horecagelegenheden'], [], 'overlast', ['2.3'], 'Ervaren hinder van horecagelegenheden zoals cafés, restaurants en snackbars'),
  ind('fysieke-verloedering', 'Ervaart veel fysieke verloedering in de buurt', ['Fysieke verloedering', 'Ervaart veel fysieke verloedering', 'Veel fysieke verloedering'], [], 'overlast', ['1.2'], 'Ervaren fysieke verloedering in de buurt (totaal)'),
  ind('verkeersoverlast', 'Ervaart veel verkeersoverlast in de buurt', ['Verkeersoverlast', 'Ervaart veel verkeersoverlast', 'Veel verkeersoverlast'], [], 'overlast', ['4.1'], 'Ervaren verkeersoverlast in de buurt'),
  ind('te-hard-rijden', 'Ervaart overlast door te hard rijden', ['Te hard rijden', 'Overlast door te hard rijden'], [], 'overlast', ['4.1'], 'Ervaren overlast door te hard rijden'),
  ind('agressief-verkeersgedrag', 'Ervaart agressief verkeersgedrag', ['Agressief verkeersgedrag', 'Agressief rijgedrag'], [], 'overlast', ['4.1'], 'Ervaren agressief rijgedrag'),
  ind('parkeerproblemen', 'Ervaart parkeerproblemen', ['Parkeerproblemen'], [], 'overlast', ['4.1'], 'Ervaren parkeerproblemen'),
  ind('rapportcijfer-leefbaarheid', 'Rapportcijfer voor de leefbaarheid van de buurt', ['Rapportcijfer leefbaarheid woonbuurt', 'Rapportcijfer leefbaarheid buurt', 'Rapportcijfer leefbaarheid in buurt'], [], 'leefbaarheid', ['1.1', '1.2'], 'Rapportcijfer van bewoners voor de leefbaarheid van de buurt', 'hoger-is-beter', 'rapportcijfer'),
  ind('sociale-cohesie', 'Sociale cohesie in de buurt (schaalscore)', ['Sociale cohesie', 'Sociale cohesie (schaalscore)', 'Schaalscore sociale cohesie'], [], 'leefbaarheid', ['1.1', '5.1'], 'Schaalscore sociale cohesie in de buurt', 'hoger-is-beter', 'schaalscore'),

  // Slachtofferschap (in procenten van de inwoners van 15 jaar en ouder, in de afgelopen 12 maanden).
  ind('slachtoffer-traditioneel', 'Slachtoffer van traditionele criminaliteit', ['Slachtoffers traditionele criminaliteit', 'Slachtofferschap traditionele criminaliteit', 'Slachtofferschap totaal'], [], 'slachtofferschap', ['1.3'], null),
  ind('slachtoffer-geweld', 'Slachtoffer van een geweldsdelict', ['Slachtoffers geweldsdelicten', 'Geweldsdelicten', 'Slachtofferschap geweldsdelicten'], [], 'slachtofferschap', ['1.3'], 'Percentage bewoners dat slachtoffer werd van een geweldsdelict'),
  ind('slachtoffer-vermogen', 'Slachtoffer van een vermogensdelict', ['Slachtoffers vermogensdelicten', 'Vermogensdelicten', 'Slachtofferschap vermogensdelicten'], [], 'slachtofferschap', ['1.3'], 'Percentage bewoners dat slachtoffer werd van een vermogensdelict'),
  ind('slachtoffer-vernieling', 'Slachtoffer van vernieling (vandalisme)', ['Slachtoffers vandalismedelicten', 'Vandalismedelicten', 'Slachtofferschap vandalisme', 'Vernieling'], [], 'slachtofferschap', ['1.2'], 'Percentage bewoners dat slachtoffer werd van vernieling'),
  ind('slachtoffer-cyber', 'Slachtoffer van online criminaliteit', ['Slachtoffers cybercriminaliteit', 'Slachtofferschap online criminaliteit', 'Cybercriminaliteit', 'Online criminaliteit'], [], 'slachtofferschap', ['gedigitaliseerde-criminaliteit'], null),
  ind('slachtoffer-hacken', 'Slachtoffer van hacken', ['Hacken', 'Slachtoffers hacken'], [], 'slachtofferschap', ['5.2', 'gedigitaliseerde-criminaliteit'], 'Slachtofferschap van hacken'),
  ind('slachtoffer-identiteitsfraude', 'Slachtoffer van identiteitsfraude', ['Identiteitsfraude', 'Slachtoffers identiteitsfraude'], [], 'slachtofferschap', ['5.2', 'gedigitaliseerde-criminaliteit'], 'Slachtofferschap van identiteitsfraude'),

  // Oordeel over politie en gemeente: de kennisbank koppelt dit aan geen thema (geschikt als overkoepelende indicator).
  ind('tevreden-politie-buurt', 'Tevreden over het functioneren van de politie in de buurt', ['Tevreden over functioneren politie in buurt', 'Tevredenheid functioneren politie in de buurt', 'Tevreden functioneren politie buurt'], [], 'oordeel-politie', [], null, 'hoger-is-beter'),
  ind('tevreden-politie-algemeen', 'Tevreden over het functioneren van de politie in het algemeen', ['Tevreden over functioneren politie in het algemeen', 'Tevredenheid functioneren politie algemeen'], [], 'oordeel-politie', [], null, 'hoger-is-beter'),
  ind('tevreden-contact-politie', 'Tevreden over het laatste contact met de politie', ['Tevreden over laatste politiecontact', 'Tevredenheid laatste contact met politie'], [], 'oordeel-politie', [], null, 'hoger-is-beter'),
  ind('oordeel-gemeente-veiligheid', 'Vindt dat de gemeente voldoende doet aan leefbaarheid en veiligheid', ['Gemeente doet voldoende aan leefbaarheid en veiligheid', 'Oordeel functioneren gemeente leefbaarheid en veiligheid', 'Tevreden over functioneren gemeente leefbaarheid en veiligheid'], [], 'oordeel-gemeente', [], null, 'hoger-is-beter'),
];

/** Een label of eenheid vergelijkbaar gemaakt: zonder '|' vooraan, zonder hoofdletters, accenten, aanhalingstekens en dubbele spaties. */
export function vmSleutel(tekst: string): string {
  return tekst
    .replace(/^\|+/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Zonder spaties en leestekens: om een open-datasleutel ('VoeltZichWelEensOnveiligInBuurt_3') met een label te vergelijken. */
export function vmCompact(tekst: string): string {
  return vmSleutel(tekst).replace(/[^a-z0-9]/g, '');
}

const perLabel = new Map<string, VmIndicator[]>();
const perCompact = new Map<string, VmIndicator[]>();
for (const i of vmIndicatoren) {
  for (const l of i.labels) {
    const k = vmSleutel(l);
    perLabel.set(k, [...(perLabel.get(k) ?? []), i]);
    const c = vmCompact(l);
    perCompact.set(c, [...(perCompact.get(c) ?? []).filter((x) => x !== i), i]);
  }
}

export function vmIndicatorBijId(id: string): VmIndicator | undefined {
  return vmIndicatoren.find((i) => i.id === id);
}

/**
 * De indicator van een label met (als de tabel die noemt) zijn eenheid. Met eenheid: het label en de
 * eenheid moeten passen (een indicator zonder cbsEenheden past bij elke eenheid). Zonder eenheid: het
 * label moet één indicator aanwijzen. Undefined: onbekend.
 */
export function zoekVmIndicator(label: string, cbsEenheid?: string | null): VmIndicator | undefined {
  const kandidaten = perLabel.get(vmSleutel(label)) ?? [];
  if (cbsEenheid !== undefined && cbsEenheid !== null && cbsEenheid.trim() !== '') {
    const e = vmSleutel(cbsEenheid);
    const passend = kandidaten.filter((i) => i.cbsEenheden.length === 0 || i.cbsEenheden.some((x) => vmSleutel(x) === e));
    return passend.length === 1 ? passend[0] : undefined;
  }
  return kandidaten.length === 1 ? kandidaten[0] : undefined;
}

/** De indicator van een kolomsleutel uit CBS open data ('VoeltZichWelEensOnveiligInBuurt_3'): het volgnummer valt weg. */
export function zoekVmIndicatorBijSleutel(sleutel: string): VmIndicator | undefined {
  const kandidaten = perCompact.get(vmCompact(sleutel.replace(/_\d+$/, ''))) ?? [];
  return kandidaten.length === 1 ? kandidaten[0] : undefined;
}

/** De id van een label dat Kernplan niet kent: 'eigen:' met label en eenheid, vast voor dezelfde tekst. */
export function eigenIndicatorId(label: string, cbsEenheid: string | null): string {
  const slug = (t: string) =>
    vmSleutel(t)
      .replace(/%/g, ' procent ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const e = cbsEenheid ? slug(cbsEenheid) : '';
  return `eigen:${slug(label)}${e ? `:${e}` : ''}`.slice(0, 200);
}

/** De eenheid van een label dat Kernplan niet kent, geraden uit de CBS-eenheid; standaard een percentage. */
export function raadEenheid(cbsEenheid: string | null): VmEenheid {
  const e = vmSleutel(cbsEenheid ?? '');
  if (e.includes('rapportcijfer')) return 'rapportcijfer';
  if (e.includes('schaalscore')) return 'schaalscore';
  return 'percentage';
}

/** De naam van een thema of strategisch thema van de kennisbank, of undefined als de id niet bestaat. */
export function themaNaam(id: string): string | undefined {
  return vindThema(id)?.naam ?? strategischeThemas.find((s) => s.id === id)?.naam;
}
