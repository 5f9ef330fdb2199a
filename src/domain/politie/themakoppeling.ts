/**
 * Standaardkoppeling van de 59 soorten misdrijf van de politie (CBS 47018NED) aan de thema's van
 * Kernbeleid Veiligheid. Elke code hoort bij precies één thema, of bij geen thema met een reden.
 * Het totaal (0.0.0) hoort nergens bij, zodat een optelling per thema niets dubbel telt.
 * Een werkruimte kan per code afwijken; zie `themaVoorCode`. Uitleg en tabel:
 * docs/politiecijfers-themakoppeling.md. Zuivere data, geen I/O.
 */
import { themaIds, type StrategischThema, type ThemaId } from '../kennisbank/types.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';

export type StrategischThemaId = StrategischThema['id'];

/**
 * Een code telt bij precies één thema. Een strategisch thema van de methode (zoals gedigitaliseerde
 * criminaliteit) loopt dwars door de thema's heen en heeft geen eigen themanummer: een code kan er
 * daarom naast zijn thema bij horen (`strategisch`), zonder dat hij in een optelling dubbel telt.
 */
export type Koppeling =
  | { code: string; themaId: ThemaId; toelichting: string; strategisch?: readonly StrategischThemaId[] }
  | { code: string; themaId: null; reden: string };

/** Reden bij codes die een optelling van andere codes zijn. */
export const redenTotaal = 'totaal';

const milieudelict = 'Milieudelict: geen van de thema\'s van de methode gaat over milieuregels.';
const luchtvaart = 'Luchtvaart valt buiten het lokale veiligheidsbeleid.';

export const standaardKoppeling: readonly Koppeling[] = [
  { code: '0.0.0', themaId: null, reden: redenTotaal },
  {
    code: '1.1.1',
    themaId: '1.3',
    toelichting: 'Woninginbraak is het schoolvoorbeeld van high impact crime in de woonomgeving.',
  },
  {
    code: '1.1.2',
    themaId: '1.3',
    toelichting: 'Inbraak in bergingen, garages en schuren hoort bij de vermogenscriminaliteit rond de woning.',
  },
  {
    code: '1.2.1',
    themaId: '1.3',
    toelichting: 'Auto-inbraak noemt de methode met zoveel woorden als veelvoorkomende vermogenscriminaliteit.',
  },
  {
    code: '1.2.2',
    themaId: '1.3',
    toelichting: 'Diefstal van auto\'s en motoren valt onder de veelvoorkomende vermogenscriminaliteit.',
  },
  {
    code: '1.2.3',
    themaId: '1.3',
    toelichting: 'Fietsendiefstal staat met zoveel woorden in dit thema.',
  },
  {
    code: '1.2.4',
    themaId: '1.3',
    toelichting: 'Zakkenrollerij is veelvoorkomende vermogenscriminaliteit; speelt het vooral in het centrum, dan past ook 2.1.',
  },
  {
    code: '1.2.5',
    themaId: '1.3',
    toelichting: 'Diefstal van en uit andere vervoermiddelen is vermogenscriminaliteit in de leefomgeving.',
  },
  {
    code: '1.3.1',
    themaId: '4.1',
    toelichting: 'Ongevallen met letsel of doden zijn de kernindicator van objectieve verkeersveiligheid.',
  },
  {
    code: '1.4.1',
    themaId: '1.3',
    toelichting: 'Zedendelicten zijn geweld met een grote impact op het slachtoffer.',
  },
  {
    code: '1.4.2',
    themaId: '1.3',
    toelichting: 'Moord en doodslag zijn de zwaarste vorm van geweldscriminaliteit.',
  },
  {
    code: '1.4.3',
    themaId: '1.3',
    toelichting: 'Openlijke geweldpleging noemt het thema met zoveel woorden.',
  },
  {
    code: '1.4.4',
    themaId: '1.3',
    toelichting: 'Bedreiging is geweldscriminaliteit; bedreiging van ambtenaren (5.3) is in deze code niet apart te zien.',
  },
  {
    code: '1.4.5',
    themaId: '1.3',
    toelichting: 'Mishandeling, ook binnen het gezin, hoort bij de geweldscriminaliteit van dit thema.',
  },
  {
    code: '1.4.6',
    themaId: '1.3',
    toelichting: 'Straatroof is high impact crime.',
  },
  {
    code: '1.4.7',
    themaId: '1.3',
    toelichting: 'Overvallen zijn high impact crime; de code telt overvallen op woningen, winkels en bedrijven samen.',
  },
  {
    code: '1.5.2',
    themaId: '2.5',
    toelichting: 'Diefstal van en uit boten noemt de methode bij recreatie en toerisme, zoals jachthavens.',
  },
  {
    code: '1.6.1',
    themaId: '1.3',
    toelichting:
      'Brandstichting en aanslagen met explosieven, ook op woningen en bedrijven: misdrijven met een grote impact op bewoners. Hangen de aanslagen samen met drugscriminaliteit of afpersing, dan past 5.2.',
  },
  {
    code: '1.6.2',
    themaId: '1.3',
    toelichting: 'Restpost van de vermogenscriminaliteit: overige diefstal, verduistering, heling en afpersing.',
  },
  {
    code: '1.6.3',
    themaId: '5.2',
    toelichting: 'Mensenhandel is een van de voorbeelden van ondermijnende criminaliteit in de methode.',
  },
  {
    code: '2.1.1',
    themaId: '1.1',
    toelichting: 'De politie boekt deze drugsdelicten als overlast, en drank- en drugsoverlast tast de sociale kwaliteit van de buurt aan.',
  },
  {
    code: '2.2.1',
    themaId: '1.2',
    toelichting: 'Vernieling is de belangrijkste registratie voor aantasting van de fysieke kwaliteit.',
  },
  {
    code: '2.4.1',
    themaId: '1.3',
    toelichting: 'Een huisverbod volgt op huiselijk geweld, dat dit thema tot de geweldscriminaliteit rekent.',
  },
  {
    code: '2.4.2',
    themaId: '1.3',
    toelichting: 'Onrechtmatig een woning binnengaan raakt aan woninginbraak en aan relatieconflicten, waar de politie het onder rekent.',
  },
  {
    code: '2.5.1',
    themaId: '2.2',
    toelichting: 'Inbraak en diefstal bij bedrijven en kantoren is de kernindicator van dit thema; inbraak in winkels en scholen telt hier ook mee.',
  },
  {
    code: '2.5.2',
    themaId: '2.1',
    toelichting: 'Winkeldiefstal is het kernprobleem van een veilig winkelgebied.',
  },
  {
    code: '2.6.1',
    themaId: '4.3',
    toelichting: 'Inrichtingen met milieuregels, waaronder vuurwerkopslag, zijn de plekken waar gevaarlijke stoffen liggen.',
  },
  {
    code: '2.6.2',
    themaId: null,
    reden: 'Milieudelict: geen thema gaat over bodembescherming; gestort drugsafval kan wel op ondermijning wijzen.',
  },
  { code: '2.6.3', themaId: null, reden: milieudelict },
  { code: '2.6.4', themaId: null, reden: milieudelict },
  { code: '2.6.5', themaId: null, reden: milieudelict },
  { code: '2.6.7', themaId: null, reden: milieudelict },
  {
    code: '2.6.8',
    themaId: '4.3',
    toelichting: 'Vervoer van gevaarlijke stoffen is een van de twee pijlers van externe veiligheid.',
  },
  {
    code: '2.6.9',
    themaId: '1.1',
    toelichting:
      'Vooral bezit van illegaal vuurwerk rond de jaarwisseling: overlast en openbare orde op straat. Gaat het om opslag van grote partijen, dan past 4.3 (de opslag bij inrichtingen telt al in 2.6.1).',
  },
  { code: '2.6.10', themaId: null, reden: milieudelict },
  { code: '2.6.11', themaId: null, reden: milieudelict },
  {
    code: '2.6.12',
    themaId: null,
    reden: 'Overtreding van ruimtelijke regels hoort bij de omgevingshandhaving, niet bij een veiligheidsthema.',
  },
  { code: '2.6.13', themaId: null, reden: 'Dierenwelzijn valt buiten de thema\'s van de methode.' },
  { code: '2.6.14', themaId: null, reden: 'Voedselveiligheid valt buiten de thema\'s van de methode.' },
  {
    code: '2.7.2',
    themaId: '5.2',
    toelichting: 'Witwassen en illegaal gokken zijn ondermijnend; de code bevat daarnaast enkele andere misdrijven uit bijzondere wetten.',
  },
  {
    code: '2.7.3',
    themaId: '5.3',
    toelichting: 'Lokaalvredebreuk verstoort de overheid in haar eigen gebouwen, zoals gemeentehuis of politiebureau.',
  },
  {
    code: '3.1.1',
    themaId: '5.2',
    toelichting: 'Drugshandel en -productie zijn de kern van ondermijnende criminaliteit; de code telt ook bezit mee.',
  },
  {
    code: '3.1.2',
    themaId: '5.2',
    toelichting: 'Mensensmokkel is georganiseerde criminaliteit.',
  },
  {
    code: '3.1.3',
    themaId: '1.3',
    toelichting: 'De code telt naast handel ook wapenbezit, zoals messen op straat, en dat hoort bij de aanpak van geweld; gaat het om vuurwapenhandel, dan past 5.2.',
  },
  {
    code: '3.2.1',
    themaId: '1.3',
    toelichting: 'Zedendelict, net als 1.4.1; de methode kent geen apart thema voor online misbruik.',
    strategisch: ['gedigitaliseerde-criminaliteit'],
  },
  {
    code: '3.2.2',
    themaId: '5.2',
    toelichting: 'Seksuele uitbuiting van minderjarigen is een vorm van mensenhandel.',
  },
  { code: '3.3.2', themaId: null, reden: luchtvaart },
  { code: '3.3.5', themaId: null, reden: luchtvaart },
  {
    code: '3.4.2',
    themaId: '4.1',
    toelichting: 'Varen onder invloed brengt de veiligheid van het verkeer op het water in gevaar.',
  },
  {
    code: '3.5.2',
    themaId: '4.1',
    toelichting: 'Rijden onder invloed is een van de grootste gedragsrisico\'s in het verkeer.',
  },
  {
    code: '3.5.5',
    themaId: '4.1',
    toelichting: 'Rijden zonder rijbevoegdheid, joyriding en valse kentekens gaan over gedrag in het verkeer.',
  },
  {
    code: '3.6.4',
    themaId: '5.3',
    toelichting:
      'Misdrijven tegen het gezag: verzet, een bevel van politie of andere ambtenaren negeren, een valse naam opgeven. Dat raakt de publieke taak (5.3), niet de openbare ruimte; de begrotingsindicator vernielingen is een vaste landelijke definitie en geen themakeuze.',
  },
  {
    code: '3.7.1',
    themaId: '5.1',
    toelichting: 'Door de politie geregistreerde discriminatie is een effectindicator die de methode bij dit thema noemt.',
  },
  {
    code: '3.7.2',
    themaId: null,
    reden: 'Vreemdelingentoezicht is een rijkstaak en geen thema van het lokale veiligheidsbeleid.',
  },
  {
    code: '3.7.3',
    themaId: '1.1',
    toelichting: 'Belediging gaat over hoe mensen met elkaar omgaan.',
  },
  {
    code: '3.7.4',
    themaId: '5.2',
    toelichting: 'Slachtofferschap van hacken staat als indicator bij dit thema; gedigitaliseerde criminaliteit is in de methode een strategisch thema zonder eigen themanummer.',
    strategisch: ['gedigitaliseerde-criminaliteit'],
  },
  {
    code: '3.9.1',
    themaId: '1.3',
    toelichting:
      'Vooral fraude met online aankopen en betalingen tegen inwoners (in 2023 landelijk 88.132 misdrijven): veelvoorkomende criminaliteit en gedigitaliseerde criminaliteit. Vastgoed- en hypotheekfraude als ondermijning (5.2) is in deze code niet apart te zien.',
    strategisch: ['gedigitaliseerde-criminaliteit'],
  },
  {
    code: '3.9.2',
    themaId: '5.2',
    toelichting: 'Misbruik van uitkeringen en subsidies noemt de methode als ondermijnend verschijnsel.',
  },
  {
    code: '3.9.3',
    themaId: '1.3',
    toelichting: 'Oplichting van inwoners, ook online, is veelvoorkomende vermogenscriminaliteit.',
  },
];

/**
 * Het thema van een soort misdrijf. Een afwijking van de werkruimte (code -> thema-id, of null
 * voor "geen thema") gaat voor de standaardkoppeling. Spaties rond de code tellen niet mee; een
 * onbekende code zonder afwijking geeft null.
 */
export function themaVoorCode(code: string, afwijkingen?: ReadonlyMap<string, string | null>): string | null {
  const gezocht = code.trim();
  if (afwijkingen?.has(gezocht)) return afwijkingen.get(gezocht) ?? null;
  return standaardKoppeling.find((k) => k.code === gezocht)?.themaId ?? null;
}

/**
 * Per thema de codes die erbij horen, in de volgorde van de thema's en daarbinnen van de codes.
 * Codes zonder thema (ook het totaal) ontbreken. Met afwijkingen telt de keuze van de werkruimte.
 */
export function codesPerThema(afwijkingen?: ReadonlyMap<string, string | null>): Map<string, string[]> {
  const verzameld = new Map<string, string[]>();
  for (const { code } of standaardKoppeling) {
    const thema = themaVoorCode(code, afwijkingen);
    if (thema === null) continue;
    const codes = verzameld.get(thema) ?? [];
    codes.push(code);
    verzameld.set(thema, codes);
  }
  const volgorde = (id: string) => {
    const i = (themaIds as readonly string[]).indexOf(id);
    return i === -1 ? themaIds.length : i;
  };
  return new Map([...verzameld].sort(([a], [b]) => volgorde(a) - volgorde(b) || a.localeCompare(b)));
}

/** De strategische thema's waar een code (naast zijn thema) bij hoort; leeg voor de meeste codes. */
export function strategischVoorCode(code: string): readonly StrategischThemaId[] {
  const k = standaardKoppeling.find((x) => x.code === code.trim());
  return k && k.themaId !== null ? (k.strategisch ?? []) : [];
}

/** Wat één soort misdrijf bijdraagt aan zijn thema. */
export interface Bijdrage {
  code: string;
  titel: string;
  aantal: number;
  /** Aandeel in het thema, in procenten (0-100, niet afgerond). */
  aandeel: number;
}

export interface ThemaBijdragen {
  themaId: string;
  /** Som van de bekende aantallen van de codes van het thema; null als geen code een bekend aantal heeft. */
  totaal: number | null;
  /** De codes met een bekend aantal groter dan 0, grootste eerst (bij gelijk aantal op code). */
  bijdragen: Bijdrage[];
  /** Codes van het thema zonder bekend aantal in de cijfers (niet in het bestand, of `.`). */
  zonderCijfer: string[];
  /** Per strategisch thema de codes van dit thema die er ook bij horen, met hun aantal (alleen bekende aantallen). */
  strategisch: { id: StrategischThemaId; codes: { code: string; aantal: number }[] }[];
}

const titelVan = new Map(misdrijfsoorten.map((m) => [m.code, m.titel]));

/**
 * Per thema welke soorten misdrijf het aantal bepalen: de bijdrage van elke code, grootste eerst,
 * met de afwijkingen van de werkruimte. `aantal` geeft per code het aantal (null of undefined:
 * onbekend). Thema's zonder codes ontbreken; de volgorde is die van de thema's.
 */
export function bijdragenPerThema(aantal: (code: string) => number | null | undefined, afwijkingen?: ReadonlyMap<string, string | null>): ThemaBijdragen[] {
  const uit: ThemaBijdragen[] = [];
  for (const [themaId, codes] of codesPerThema(afwijkingen)) {
    let totaal: number | null = null;
    const bekend: { code: string; aantal: number }[] = [];
    const zonderCijfer: string[] = [];
    for (const code of codes) {
      const n = aantal(code);
      if (n === null || n === undefined) {
        zonderCijfer.push(code);
        continue;
      }
      totaal = (totaal ?? 0) + n;
      bekend.push({ code, aantal: n });
    }
    const bijdragen = bekend
      .filter((b) => b.aantal > 0)
      .sort((a, b) => b.aantal - a.aantal || a.code.localeCompare(b.code, 'nl', { numeric: true }))
      .map((b) => ({ code: b.code, titel: titelVan.get(b.code) ?? b.code, aantal: b.aantal, aandeel: totaal ? (b.aantal / totaal) * 100 : 0 }));
    const strategisch = new Map<StrategischThemaId, { code: string; aantal: number }[]>();
    for (const b of bekend) {
      for (const id of strategischVoorCode(b.code)) strategisch.set(id, [...(strategisch.get(id) ?? []), b]);
    }
    uit.push({ themaId, totaal, bijdragen, zonderCijfer, strategisch: [...strategisch].map(([id, c]) => ({ id, codes: c })) });
  }
  return uit;
}

/** Een percentage zoals de UI het schrijft: heel getal, onder 1 % als "< 1 %". */
export function procentTekst(aandeel: number): string {
  if (aandeel > 0 && aandeel < 0.5) return '< 1 %';
  return `${Math.round(aandeel)} %`;
}

/**
 * In één zin wat een thema bepaalt, bv. "vooral 1.2.3 Diefstal van brom-, snor-, fietsen (40 %),
 * 3.9.1 Horizontale fraude (25 %)": de grootste codes tot samen minstens `dekking` procent, hooguit
 * `max` codes. Eén code: "helemaal 1.2.3 …" als die alles is. Zonder aantallen: null.
 */
export function beschrijfBijdragen(t: Pick<ThemaBijdragen, 'bijdragen'>, max = 3, dekking = 75): string | null {
  if (t.bijdragen.length === 0) return null;
  const eerste = t.bijdragen[0]!;
  if (t.bijdragen.length === 1) return `helemaal ${eerste.code} ${eerste.titel}`;
  const gekozen: Bijdrage[] = [];
  let samen = 0;
  for (const b of t.bijdragen) {
    if (gekozen.length >= max || (gekozen.length > 0 && samen >= dekking)) break;
    gekozen.push(b);
    samen += b.aandeel;
  }
  return `vooral ${gekozen.map((b) => `${b.code} ${b.titel} (${procentTekst(b.aandeel)})`).join(', ')}`;
}
