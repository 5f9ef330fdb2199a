/**
 * De zes stappen van Kernbeleid Veiligheid (VNG) als data: naam, resultaat, doorlooptijd, de dagen
 * van de coördinator en de deelstappen; daarnaast de indeling van startnotitie, IVP en
 * uitvoeringsplan en de statusovergangen van een stap. Zuiver: geen I/O.
 */
import {
  stapStatussen,
  type Proces,
  type StapNummer,
  type StapStatus,
  type Startnotitie,
  type Stapvoortgang,
} from './inhoud.ts';

export interface Deelstap {
  /** Stapnummer en volgnummer, bv. '2.3'. */
  id: string;
  naam: string;
  /** De methode noemt hem als 'eventueel' of 'vooral bij vervolgplannen': hoeft niet af voor de stap af is. */
  optioneel?: boolean;
}

export interface Bereik {
  min: number;
  max: number;
}

export interface Stap {
  nummer: StapNummer;
  naam: string;
  resultaat: string;
  /** Doorlooptijd in weken; null voor stap 6, die doorloopt in de uitvoering. */
  doorlooptijdWeken: Bereik | null;
  /** Indicatie van het werk voor de coördinator integrale veiligheid, in dagen. */
  dagenCoordinator: Bereik;
  deelstappen: Deelstap[];
}

/** Names that start with 'Eventueel' or mention 'vooral bij' are optional sub-steps. */
function deelstappen(stap: StapNummer, namen: string[]): Deelstap[] {
  return namen.map((naam, i) => ({ id: `${stap}.${i + 1}`, naam, ...(/^Eventueel|vooral bij/i.test(naam) ? { optioneel: true } : {}) }));
}

export const stappen: readonly Stap[] = [
  {
    nummer: 1,
    naam: 'Opstart',
    resultaat:
      'Het traject staat organisatorisch: de startnotitie is als opdracht vastgesteld, de werkgroep is gevormd en de startbijeenkomst is gehouden.',
    doorlooptijdWeken: { min: 4, max: 6 },
    dagenCoordinator: { min: 2, max: 2 },
    deelstappen: deelstappen(1, [
      'Startnotitie voorbereiden met portefeuillehouder en interne partners',
      'Besluit over de startnotitie',
      'Werkgroep vormen en startbijeenkomst houden',
    ]),
  },
  {
    nummer: 2,
    naam: 'Veiligheidsanalyse',
    resultaat:
      "Een analyserapportage die per thema de problemen, de lopende aanpak en mogelijke versterkingen beschrijft, met per veiligheidsveld de thema's die voor prioriteit in aanmerking komen.",
    doorlooptijdWeken: { min: 8, max: 10 },
    dagenCoordinator: { min: 8, max: 10 },
    deelstappen: deelstappen(2, [
      'Cijfers en documenten per thema verzamelen',
      'Eerste analyse door de coördinator',
      'Partners bevragen en informatie aanvullen',
      'Concept laten toetsen en aanvullen door partners',
      'Werkgroep: analyse verdichten en prioriteiten afleiden',
      'Nieuw concept naar partners en portefeuillehouder',
      'Eventueel tweede werkgroepbijeenkomst over prioriteiten',
      'Rapportage afronden en klaarzetten voor de prioritering',
    ]),
  },
  {
    nummer: 3,
    naam: 'Prioritering',
    resultaat:
      "Hooguit drie à vier prioriteiten, bij voorkeur gekozen samen met (een commissie van) de raad; de overige thema's worden daarmee de overige strategische thema's.",
    doorlooptijdWeken: { min: 4, max: 4 },
    dagenCoordinator: { min: 2, max: 2 },
    deelstappen: deelstappen(3, [
      'Sessie voorbereiden: werkvorm, inhoud en logistiek',
      'Prioriteringssessie houden',
      'Uitkomst vastleggen en delen',
    ]),
  },
  {
    nummer: 4,
    naam: 'Opstellen IVP',
    resultaat:
      'Een integraal veiligheidsplan voor meerdere jaren in zeven hoofdstukken, afgestemd met partners en vastgesteld door de gemeenteraad.',
    doorlooptijdWeken: { min: 8, max: 8 },
    dagenCoordinator: { min: 8, max: 10 },
    deelstappen: deelstappen(4, [
      'Eerste concept schrijven met het beschikbare materiaal',
      'Aanvullende informatie ophalen bij partners',
      'Partners lezen mee en vullen aan',
      'Werkgroepbijeenkomst',
      'Uitkomsten verwerken, zo nodig nog een werkgroep',
      'Totaalconcept langs MT, Driehoek en college',
      'Besluitvorming',
    ]),
  },
  {
    nummer: 5,
    naam: 'Opstellen uitvoeringsplan',
    resultaat:
      'Een uitvoeringsplan, meestal voor één jaar, met concrete en meetbare maatregelen per prioriteit en overig thema, vastgesteld door het college.',
    doorlooptijdWeken: { min: 6, max: 6 },
    dagenCoordinator: { min: 6, max: 8 },
    deelstappen: deelstappen(5, [
      'Tussenevaluatie van beeld en aanpak (vooral bij vervolgplannen)',
      'Eerste concept schrijven met het beschikbare materiaal',
      'Aanvullende informatie ophalen bij partners',
      'Partners lezen mee en vullen aan',
      'Werkgroepbijeenkomst en verwerking',
      'Eindconcept langs MT, Driehoek en college',
      'Besluitvorming',
    ]),
  },
  {
    nummer: 6,
    naam: 'Van beleid naar uitvoering',
    resultaat:
      'Het beleid is doorvertaald naar werk- en projectplannen van gemeente en partners, en er zijn voortgangsoverleg, voortgangsrapportage en informatievoorziening ingericht.',
    doorlooptijdWeken: null,
    dagenCoordinator: { min: 2, max: 2 },
    deelstappen: deelstappen(6, [
      'Doorvertalen naar afdelings- en projectplannen, ook bij partners',
      'Periodiek voortgangsoverleg inrichten',
      'Periodieke voortgangsrapportage opzetten',
      'Informatiepositie borgen',
    ]),
  },
];

export interface StartnotitieOnderdeel {
  veld: keyof Startnotitie;
  label: string;
  hint: string;
}

/** De tekstonderdelen van de startnotitie; werkgroep en zekere thema's hebben een eigen invoer. */
export const startnotitieOnderdelen: readonly StartnotitieOnderdeel[] = [
  {
    veld: 'aanleiding',
    label: 'Aanleiding',
    hint: 'Leg uit waarom de gemeente nu nieuw veiligheidsbeleid maakt, bijvoorbeeld omdat het huidige plan afloopt.',
  },
  {
    veld: 'producten',
    label: 'Op te leveren producten',
    hint: 'Noem de documenten die het traject oplevert, zoals de veiligheidsanalyse, het IVP en het eerste uitvoeringsplan.',
  },
  {
    veld: 'beleidscyclus',
    label: 'Beleidscyclus',
    hint: 'Beschrijf voor welke jaren het IVP geldt en hoe uitvoeringsplannen en voortgangsrapportages daarin passen.',
  },
  {
    veld: 'planning',
    label: 'Planning en processtappen',
    hint: 'Zet de stappen van het traject op een rij met een globale planning en de momenten waarop het bestuur beslist.',
  },
  {
    veld: 'partners',
    label: 'Werkgroep en partners',
    hint: 'Geef aan welke interne en externe partners meedoen en welke rol de werkgroep krijgt.',
  },
  {
    veld: 'benodigdeTijd',
    label: 'Benodigde tijd',
    hint: 'Schat hoeveel tijd de coördinator en de betrokken interne partners aan het traject kwijt zijn.',
  },
  {
    veld: 'rolRaad',
    label: 'Rol van de raad',
    hint: 'Beschrijf wanneer de raad meedenkt of besluit, bijvoorbeeld bij de prioritering en de vaststelling van het IVP.',
  },
  {
    veld: 'inwonersraadpleging',
    label: 'Raadpleging van inwoners',
    hint: 'Vermeld of en hoe inwoners worden gevraagd naar hun kijk op veiligheid, bijvoorbeeld met een enquête.',
  },
  {
    veld: 'flankerendBeleid',
    label: 'Flankerend beleid en strategische kaders',
    hint: 'Noem ander beleid en kaders die ertoe doen, zoals het collegeprogramma of het regionale beleidsplan van de politie.',
  },
];

export interface Hoofdstuk {
  nummer: number;
  titel: string;
  hint: string;
}

export const ivpHoofdstukken: readonly Hoofdstuk[] = [
  {
    nummer: 1,
    titel: 'Uitgangssituatie',
    hint: 'Vat de veiligheidsanalyse kort samen: hoe staat de veiligheid ervoor op de vijf velden en wat loopt er al.',
  },
  {
    nummer: 2,
    titel: 'Strategische doelstelling',
    hint: 'Beschrijf waar de gemeente aan het eind van de planperiode wil staan, in woorden en met streefwaarden op overkoepelende indicatoren.',
  },
  {
    nummer: 3,
    titel: 'Strategische uitgangspunten',
    hint: "Noem de rode draden van de aanpak die bij alle thema's terugkomen, zoals inwonersparticipatie of wijkgericht werken.",
  },
  {
    nummer: 4,
    titel: 'Prioriteiten',
    hint: 'Werk elke prioriteit uit: waarom ze voorrang krijgt, de hoofdlijnen van de aanpak, flankerend beleid en het doel.',
  },
  {
    nummer: 5,
    titel: "Overige strategische thema's",
    hint: "Werk de thema's zonder prioriteit op dezelfde manier uit, maar beknopter.",
  },
  {
    nummer: 6,
    titel: 'Coördinatie en beleidscyclus',
    hint: 'Beschrijf hoe coördinatie, sturing, voortgangsbewaking en informatievoorziening ambtelijk en bestuurlijk geregeld zijn.',
  },
  {
    nummer: 7,
    titel: 'Begroting',
    hint: 'Geef de financiële onderbouwing van het beleid.',
  },
];

export const uitvoeringsplanHoofdstukken: readonly Hoofdstuk[] = [
  {
    nummer: 1,
    titel: 'Hoofdlijn IVP en beleidscyclus',
    hint: 'Herhaal kort de koers en doelen van het IVP en de plaats van dit plan in de cyclus.',
  },
  {
    nummer: 2,
    titel: 'Terugblik',
    hint: 'Beschrijf hoe veiligheidsbeeld en aanpak zich sinds het vorige plan ontwikkelden; vooral bij vervolgplannen.',
  },
  {
    nummer: 3,
    titel: 'Uitwerking prioriteiten',
    hint: 'Geef per prioriteit de actiepunten met meetbare maatregelen, trekkers, partners en planning.',
  },
  {
    nummer: 4,
    titel: "Uitwerking overige strategische thema's",
    hint: "Geef dezelfde uitwerking voor de overige strategische thema's.",
  },
  {
    nummer: 5,
    titel: 'Begroting',
    hint: 'Zet de kosten van de maatregelen en hun dekking op een rij.',
  },
];

/** De toegestane statusovergangen van een stap; docs/cyclus.md tekent precies deze tabel. */
export const stapOvergangen: readonly { van: StapStatus; naar: StapStatus; actie: string }[] = [
  { van: 'niet-gestart', naar: 'bezig', actie: 'Starten' },
  { van: 'bezig', naar: 'afgerond', actie: 'Afronden' },
  { van: 'afgerond', naar: 'bezig', actie: 'Heropenen' },
  { van: 'bezig', naar: 'niet-gestart', actie: 'Terugzetten' },
];

/** Mag een stap van `van` naar `naar`? Gelijk blijven mag altijd. */
export function magOvergaan(van: StapStatus, naar: StapStatus): boolean {
  return van === naar || stapOvergangen.some((o) => o.van === van && o.naar === naar);
}

export interface Bevinding {
  veld: string;
  reden: string;
}

const DAG_MS = 86_400_000;

/** Dagnummer van een ISO-datum (2027-01-04), of null als het geen geldige datum is. */
function dagnummer(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(j, mnd - 1, d);
  const datum = new Date(t);
  if (datum.getUTCFullYear() !== j || datum.getUTCMonth() !== mnd - 1 || datum.getUTCDate() !== d) return null;
  return t / DAG_MS;
}

export function plusWeken(iso: string, weken: number): string {
  const dag = dagnummer(iso);
  if (dag === null) throw new Error(`Geen geldige datum: ${iso}`);
  return new Date((dag + weken * 7) * DAG_MS).toISOString().slice(0, 10);
}

function stapInfo(nummer: number): Stap | undefined {
  return stappen.find((s) => s.nummer === nummer);
}

const datumVelden = ['geplandStart', 'geplandEinde', 'werkelijkStart', 'werkelijkEinde'] as const;

/**
 * Controleert een nieuwe versie van het proces tegen de vorige. Stappen mogen overlappen (de methode
 * laat bijvoorbeeld stap 4 en 5 samen lopen), dus een latere stap starten terwijl een eerdere nog
 * niet gestart is, is geen fout.
 */
export function controleerProces(vorig: Proces, nieuw: Proces): Bevinding[] {
  const bevindingen: Bevinding[] = [];
  const gezien = new Set<number>();

  nieuw.stappen.forEach((v: Stapvoortgang, i) => {
    const pad = `stappen[${i}]`;
    const info = stapInfo(v.stap);
    if (!info) {
      bevindingen.push({ veld: `${pad}.stap`, reden: `Stap ${v.stap} bestaat niet; de methode kent stap 1 tot en met 6.` });
    } else if (gezien.has(v.stap)) {
      bevindingen.push({ veld: `${pad}.stap`, reden: `Stap ${v.stap} komt meer dan één keer voor.` });
    }
    gezien.add(v.stap);

    if (!stapStatussen.includes(v.status)) {
      bevindingen.push({ veld: `${pad}.status`, reden: `Onbekende status '${v.status}'.` });
    } else {
      const oud = vorig.stappen.find((s) => s.stap === v.stap);
      // Only a status the coordinator set by hand, on top of one he set before, is a transition: a step that
      // follows the work has no stored status of its own (stapstand.ts).
      const zelfGezet = v.handmatig === true && oud?.handmatig === true;
      if (oud && zelfGezet && !magOvergaan(oud.status, v.status)) {
        bevindingen.push({
          veld: `${pad}.status`,
          reden: `Stap ${v.stap} kan niet rechtstreeks van '${oud.status}' naar '${v.status}'.`,
        });
      }
    }

    if (info && v.status === 'afgerond') {
      for (const d of info.deelstappen) {
        if (!d.optioneel && (v.deelstappen[d.id] ?? 'niet-gestart') !== 'afgerond') {
          bevindingen.push({
            veld: `${pad}.status`,
            reden: `Stap ${v.stap} kan niet afgerond zijn zolang deelstap ${d.id} (${d.naam}) dat niet is.`,
          });
        }
      }
    }

    for (const [id, status] of Object.entries(v.deelstappen)) {
      const veld = `${pad}.deelstappen['${id}']`;
      if (info && !info.deelstappen.some((d) => d.id === id)) {
        bevindingen.push({ veld, reden: `Deelstap ${id} hoort niet bij stap ${v.stap}.` });
      } else if (!stapStatussen.includes(status)) {
        bevindingen.push({ veld, reden: `Onbekende status '${status}' bij deelstap ${id}.` });
      }
    }

    const dagen: Partial<Record<(typeof datumVelden)[number], number>> = {};
    for (const veld of datumVelden) {
      const waarde = v[veld];
      if (waarde === null) continue;
      const dag = dagnummer(waarde);
      if (dag === null) bevindingen.push({ veld: `${pad}.${veld}`, reden: `'${waarde}' is geen geldige datum (JJJJ-MM-DD).` });
      else dagen[veld] = dag;
    }
    if (dagen.geplandStart !== undefined && dagen.geplandEinde !== undefined && dagen.geplandEinde < dagen.geplandStart) {
      bevindingen.push({ veld: `${pad}.geplandEinde`, reden: 'Het geplande einde ligt vóór de geplande start.' });
    }
    if (dagen.werkelijkStart !== undefined && dagen.werkelijkEinde !== undefined && dagen.werkelijkEinde < dagen.werkelijkStart) {
      bevindingen.push({ veld: `${pad}.werkelijkEinde`, reden: 'Het werkelijke einde ligt vóór de werkelijke start.' });
    }

    if (v.geschatteDagen !== null && !(Number.isFinite(v.geschatteDagen) && v.geschatteDagen >= 0)) {
      bevindingen.push({ veld: `${pad}.geschatteDagen`, reden: 'Het geschatte aantal dagen moet nul of meer zijn.' });
    }
  });

  for (const s of stappen) {
    if (!gezien.has(s.nummer)) bevindingen.push({ veld: 'stappen', reden: `Stap ${s.nummer} (${s.naam}) ontbreekt.` });
  }
  return bevindingen;
}

/**
 * Een nieuw proces: de stappen achter elkaar vanaf `start`, elk met de langste doorlooptijd. Stap 6
 * begint na stap 5 en heeft geen gepland einde.
 */
export function standaardProces(start: string): Proces {
  let begin = start;
  return {
    stappen: stappen.map((s) => {
      const einde = s.doorlooptijdWeken ? plusWeken(begin, s.doorlooptijdWeken.max) : null;
      const voortgang: Stapvoortgang = {
        stap: s.nummer,
        status: 'niet-gestart',
        eigenaar: '',
        geplandStart: begin,
        geplandEinde: einde,
        werkelijkStart: null,
        werkelijkEinde: null,
        geschatteDagen: s.dagenCoordinator.max,
        deelstappen: {},
      };
      if (einde) begin = einde;
      return voortgang;
    }),
  };
}

/**
 * Waar de standaardplanning van een nieuw IVP begint: zo dat stap 1-5 (elk met de langste
 * doorlooptijd, samen 34 weken) klaar zijn op 1 januari van het eerste planjaar: het IVP is dan
 * vastgesteld en het eerste uitvoeringsplan ligt er. Ligt dat begin vóór de dag waarop de werkruimte
 * is gemaakt, dan begint de planning op die dag: een nieuwe planning ligt nooit in het verleden (de
 * stappen lopen dan door tot na 1 januari, wat de tijdlijn eerlijk laat zien).
 */
export function beginStandaardplanning(periodeStart: number, aangemaakt: string): string {
  const weken = stappen.reduce((t, s) => t + (s.doorlooptijdWeken?.max ?? 0), 0);
  const terugGepland = plusWeken(`${periodeStart}-01-01`, -weken);
  if (dagnummer(aangemaakt) === null) throw new Error(`Geen geldige datum: ${aangemaakt}`);
  return terugGepland < aangemaakt ? aangemaakt : terugGepland;
}

export interface TijdlijnRegel {
  stap: StapNummer;
  naam: string;
  geplandWeken: number | null;
  werkelijkWeken: number | null;
  afwijkingWeken: number | null;
  teLaat: boolean;
}

function weken(van: string | null, tot: string | null): number | null {
  if (van === null || tot === null) return null;
  const a = dagnummer(van);
  const b = dagnummer(tot);
  return a === null || b === null ? null : (b - a) / 7;
}

const opEenDecimaal = (x: number): number => Math.round(x * 10) / 10;

/** Gepland tegenover werkelijk per stap, in weken; een lopende stap telt tot `vandaag`. */
export function tijdlijn(proces: Proces, vandaag: string): TijdlijnRegel[] {
  const dagVandaag = dagnummer(vandaag);
  return [...proces.stappen]
    .sort((a, b) => a.stap - b.stap)
    .map((v) => {
      const gepland = weken(v.geplandStart, v.geplandEinde);
      const werkelijk = weken(v.werkelijkStart, v.werkelijkEinde ?? (v.status === 'bezig' ? vandaag : null));
      const einde = v.geplandEinde === null ? null : dagnummer(v.geplandEinde);
      return {
        stap: v.stap,
        naam: stapInfo(v.stap)?.naam ?? `Stap ${v.stap}`,
        geplandWeken: gepland === null ? null : opEenDecimaal(gepland),
        werkelijkWeken: werkelijk === null ? null : opEenDecimaal(werkelijk),
        afwijkingWeken: gepland === null || werkelijk === null ? null : opEenDecimaal(werkelijk - gepland),
        teLaat: v.status !== 'afgerond' && einde !== null && dagVandaag !== null && dagVandaag > einde,
      };
    });
}
