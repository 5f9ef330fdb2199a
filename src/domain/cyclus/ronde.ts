/**
 * Stap 3, de prioriteringsronde (issue 15): de coördinator legt kandidaat-thema's voor aan een groep
 * (raadsleden, College, Driehoek of werkgroep); iedere deelnemer zet ze in volgorde van belang of
 * verdeelt een vast aantal punten, met een argument per keuze. Hier staan de regels voor een ronde en
 * een rangorde, de telling (de uitslag), het voorstel per thema, het verslag voor de verantwoording
 * in het IVP en het voorstel als document. Zuiver: geen I/O.
 *
 * Telling bij een rangorde (Borda): bij n kandidaten krijgt plaats p n - p + 1 punten, een thema dat
 * iemand niet noemt 0. Bij punten telt wat elke deelnemer aan het thema gaf.
 */
import { isThemaId, vindThema, vindVeld } from '../kennisbank/kennisbank.ts';
import type { Blok, DocumentModel } from './document.ts';
import type { Prioriteringssessie, SessieOrgaan } from './inhoud.ts';
import type { Probleem } from './prioriteiten.ts';

export const rondeGroepen = ['raad', 'college', 'driehoek', 'werkgroep'] as const;
export type RondeGroep = (typeof rondeGroepen)[number];
export const rondeWijzen = ['rangorde', 'punten'] as const;
export type RondeWijze = (typeof rondeWijzen)[number];
export const rondeStatussen = ['open', 'gesloten', 'overgenomen'] as const;
export type RondeStatus = (typeof rondeStatussen)[number];

export const groepNamen: Record<RondeGroep, string> = {
  raad: 'de gemeenteraad',
  college: 'het College van B&W',
  driehoek: 'de Driehoek',
  werkgroep: 'de werkgroep',
};
/** Wie er meedoen, in het meervoud: "3 van de 5 raadsleden". */
const deelnemerNamen: Record<RondeGroep, string> = { raad: 'raadsleden', college: 'collegeleden', driehoek: 'leden van de Driehoek', werkgroep: 'werkgroepleden' };
const sessieOrgaan: Record<RondeGroep, SessieOrgaan> = { raad: 'raadscommissie', college: 'college', driehoek: 'gemengd', werkgroep: 'gemengd' };
export const rondeStatusNamen: Record<RondeStatus, string> = { open: 'Open', gesloten: 'Gesloten', overgenomen: 'Overgenomen in de prioriteiten' };

export const MIN_KANDIDATEN = 2;
export const MAX_KANDIDATEN = 12;
export const MIN_PUNTEN = 3;
export const MAX_PUNTEN = 100;
export const STANDAARD_PUNTEN = 10;
export const MAX_ARGUMENT = 1000;
export const MAX_WERKGROEPARGUMENT = 4000;
export const MAX_OVERNAME = 4;
export const STANDAARD_OVERNAME = 3;

export interface Ronde {
  id: string;
  naam: string;
  groep: RondeGroep;
  wijze: RondeWijze;
  /** Het aantal punten dat elke deelnemer verdeelt (alleen bij wijze punten van belang). */
  punten: number;
  anoniem: boolean;
  status: RondeStatus;
  /** De dag van de sessie (ISO), of null. */
  datum: string | null;
  /** De kandidaten, in de volgorde van het voorstel. */
  themaIds: string[];
  /** Per thema het argument van de werkgroep. */
  werkgroepArgumenten: Record<string, string>;
  /** De thema's die als prioriteit zijn overgenomen (status overgenomen), anders null. */
  overgenomen?: string[] | null;
}

export interface RangordeItem {
  themaId: string;
  argument?: string;
  /** Alleen bij wijze punten. */
  punten?: number;
}

/** De rangorde van één deelnemer zoals opgeslagen. */
export interface Inzending {
  gebruikerId: string;
  naam: string;
  rangorde: RangordeItem[];
}

export interface Deelnemer {
  gebruikerId: string;
  naam: string;
  ingevuld: boolean;
}

export interface UitslagArgument {
  tekst: string;
  /** Null in een anonieme ronde. */
  door: string | null;
  rang: number | null;
  punten: number | null;
}

export interface UitslagThema {
  themaId: string;
  naam: string;
  /** Borda-punten (rangorde) of gegeven punten (punten), opgeteld. */
  score: number;
  /** Wie het thema een plaats of meer dan 0 punten gaf. */
  aantalDeelnemers: number;
  /**
   * De gemiddelde plaats bij wie het een plaats gaf (één decimaal). Bij punten: de plaats van het
   * thema in elke verdeling (meeste punten = 1, gelijke punten dezelfde plaats), alleen bij wie er meer
   * dan 0 punten aan gaf. Null als niemand het een plaats gaf.
   */
  gemiddeldeRang: number | null;
  /** Standaardafwijking van de punten die elke inzender het thema gaf (niet genoemd = 0), één decimaal. */
  spreiding: number;
  /** Alleen bij een rangorde: hoe vaak het thema op plaats 1, 2, ... stond. */
  verdeling?: number[];
  argumenten: UitslagArgument[];
}

export interface Uitslag {
  ronde: Pick<Ronde, 'id' | 'naam' | 'status' | 'wijze' | 'anoniem'>;
  aantalUitgenodigd: number;
  /** Wie een rangorde inzond. */
  aantalDeelnemers: number;
  themas: UitslagThema[];
}

const themaNaam = (id: string) => vindThema(id)?.naam ?? id;

/** Thema-ids in de volgorde van de methode: 1.2 voor 1.10. */
export function vergelijkThemaIds(a: string, b: string): number {
  const [va, ta] = a.split('.').map(Number);
  const [vb, tb] = b.split('.').map(Number);
  return (va ?? 0) - (vb ?? 0) || (ta ?? 0) - (tb ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
}

const isoDatum = /^\d{4}-\d{2}-\d{2}$/;
function geldigeDatum(d: string): boolean {
  if (!isoDatum.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

export interface RondeInvoer {
  naam?: string;
  themaIds?: string[];
  wijze?: RondeWijze;
  punten?: number;
  datum?: string | null;
  werkgroepArgumenten?: Record<string, string>;
}

/** De regels voor een (nieuwe of gewijzigde) ronde; velden die ontbreken worden niet gecontroleerd. */
export function controleerRonde(r: RondeInvoer): Probleem[] {
  const problemen: Probleem[] = [];
  if (r.naam !== undefined && !r.naam.trim()) problemen.push({ veld: 'naam', reden: 'Geef de ronde een naam.' });
  if (r.themaIds !== undefined) {
    if (r.themaIds.length < MIN_KANDIDATEN || r.themaIds.length > MAX_KANDIDATEN) {
      problemen.push({ veld: 'themaIds', reden: `Kies ${MIN_KANDIDATEN} tot en met ${MAX_KANDIDATEN} kandidaat-thema's; u koos er ${r.themaIds.length}.` });
    }
    const gezien = new Set<string>();
    r.themaIds.forEach((t, i) => {
      if (!isThemaId(t)) problemen.push({ veld: `themaIds[${i}]`, reden: `Thema '${t}' bestaat niet; gebruik een nummer van 1.1 tot en met 5.5.` });
      else if (gezien.has(t)) problemen.push({ veld: `themaIds[${i}]`, reden: `Thema ${t} (${themaNaam(t)}) staat twee keer in de lijst.` });
      gezien.add(t);
    });
  }
  if (r.wijze === 'punten' && r.punten !== undefined && (!Number.isInteger(r.punten) || r.punten < MIN_PUNTEN || r.punten > MAX_PUNTEN)) {
    problemen.push({ veld: 'punten', reden: `Geef elke deelnemer ${MIN_PUNTEN} tot en met ${MAX_PUNTEN} punten om te verdelen.` });
  }
  if (r.datum && !geldigeDatum(r.datum)) problemen.push({ veld: 'datum', reden: `'${r.datum}' is geen geldige datum (JJJJ-MM-DD).` });
  if (r.werkgroepArgumenten && r.themaIds) {
    for (const [t, tekst] of Object.entries(r.werkgroepArgumenten)) {
      if (!r.themaIds.includes(t)) problemen.push({ veld: `werkgroepArgumenten.${t}`, reden: `Thema ${t} is geen kandidaat in deze ronde.` });
      else if (tekst.length > MAX_WERKGROEPARGUMENT) problemen.push({ veld: `werkgroepArgumenten.${t}`, reden: `Het argument is langer dan ${MAX_WERKGROEPARGUMENT} tekens.` });
    }
  }
  return problemen;
}

/** De regels voor de rangorde van een deelnemer in deze ronde. */
export function controleerRangorde(ronde: Pick<Ronde, 'themaIds' | 'wijze' | 'punten'>, rangorde: readonly RangordeItem[]): Probleem[] {
  const problemen: Probleem[] = [];
  if (rangorde.length === 0) {
    problemen.push({ veld: 'rangorde', reden: ronde.wijze === 'punten' ? 'Verdeel uw punten over ten minste één thema.' : 'Zet ten minste één thema in uw rangorde.' });
    return problemen;
  }
  const gezien = new Set<string>();
  rangorde.forEach((item, i) => {
    if (!ronde.themaIds.includes(item.themaId)) {
      problemen.push({ veld: `rangorde[${i}].themaId`, reden: `Thema '${item.themaId}' is geen kandidaat in deze ronde. Kies uit ${ronde.themaIds.join(', ')}.` });
    } else if (gezien.has(item.themaId)) {
      problemen.push({ veld: `rangorde[${i}].themaId`, reden: `Thema ${item.themaId} (${themaNaam(item.themaId)}) staat twee keer in uw rangorde.` });
    }
    gezien.add(item.themaId);
    if ((item.argument ?? '').length > MAX_ARGUMENT) problemen.push({ veld: `rangorde[${i}].argument`, reden: `Een argument is hooguit ${MAX_ARGUMENT} tekens.` });
    if (ronde.wijze === 'punten') {
      if (item.punten === undefined) problemen.push({ veld: `rangorde[${i}].punten`, reden: 'Geef bij elk thema het aantal punten.' });
      else if (!Number.isInteger(item.punten) || item.punten < 0) problemen.push({ veld: `rangorde[${i}].punten`, reden: 'Punten zijn hele getallen van 0 of meer.' });
    }
  });
  if (ronde.wijze === 'punten' && !problemen.some((p) => p.veld.endsWith('.punten'))) {
    const som = rangorde.reduce((s, x) => s + (x.punten ?? 0), 0);
    if (som !== ronde.punten) {
      problemen.push({ veld: 'rangorde', reden: `Verdeel precies ${ronde.punten} punten; u verdeelde er ${som}.` });
    }
  }
  return problemen;
}

/** Wat wordt opgeslagen: argumenten zonder witruimte eromheen, punten alleen bij wijze punten. */
export function normaliseerRangorde(ronde: Pick<Ronde, 'wijze'>, rangorde: readonly RangordeItem[]): RangordeItem[] {
  return rangorde.map((x) => {
    const argument = (x.argument ?? '').trim();
    return { themaId: x.themaId, ...(argument ? { argument } : {}), ...(ronde.wijze === 'punten' ? { punten: x.punten ?? 0 } : {}) };
  });
}

const eenDecimaal = (x: number) => Math.round(x * 10) / 10;

/** Per thema de punten en de plaats die een inzending gaf (plaats null: niet genoemd of 0 punten). */
function telling(ronde: Pick<Ronde, 'themaIds' | 'wijze'>, inzending: Inzending): Map<string, { punten: number; rang: number | null; item: RangordeItem }> {
  const n = ronde.themaIds.length;
  const uit = new Map<string, { punten: number; rang: number | null; item: RangordeItem }>();
  // Only the round's themes, each once (a stored ranking was checked; this keeps the count sound anyway).
  const items = inzending.rangorde.filter((x, i, lijst) => ronde.themaIds.includes(x.themaId) && lijst.findIndex((y) => y.themaId === x.themaId) === i);
  items.forEach((item, i) => {
    if (ronde.wijze === 'rangorde') {
      uit.set(item.themaId, { punten: n - i, rang: i + 1, item });
    } else {
      const punten = Math.max(0, item.punten ?? 0);
      const rang = punten > 0 ? 1 + items.filter((y) => (y.punten ?? 0) > punten).length : null;
      uit.set(item.themaId, { punten, rang, item });
    }
  });
  return uit;
}

/** De uitslag: per thema score, deelnemers, gemiddelde plaats, spreiding, verdeling en argumenten; hoogste score eerst. */
export function berekenUitslag(ronde: Pick<Ronde, 'id' | 'naam' | 'status' | 'wijze' | 'anoniem' | 'themaIds'>, inzendingen: readonly Inzending[], aantalUitgenodigd: number): Uitslag {
  const n = ronde.themaIds.length;
  const tellingen = inzendingen.map((z) => ({ z, t: telling(ronde, z) }));
  const themas = ronde.themaIds.map((themaId): UitslagThema => {
    const gegeven = tellingen.map(({ t }) => t.get(themaId)?.punten ?? 0);
    const score = gegeven.reduce((s, x) => s + x, 0);
    const rangen = tellingen.map(({ t }) => t.get(themaId)?.rang ?? null).filter((r): r is number => r !== null);
    const gemiddelde = gegeven.length ? score / gegeven.length : 0;
    const spreiding = gegeven.length ? Math.sqrt(gegeven.reduce((s, x) => s + (x - gemiddelde) ** 2, 0) / gegeven.length) : 0;
    const argumenten: UitslagArgument[] = tellingen.flatMap(({ z, t }) => {
      const x = t.get(themaId);
      const tekst = x?.item.argument?.trim();
      if (!x || !tekst) return [];
      return [{ tekst, door: ronde.anoniem ? null : z.naam, rang: ronde.wijze === 'rangorde' ? x.rang : null, punten: ronde.wijze === 'punten' ? x.punten : null }];
    });
    // Strongest support first; the order of submission is never shown (it could give away who wrote what).
    argumenten.sort((a, b) => (a.rang ?? Infinity) - (b.rang ?? Infinity) || (b.punten ?? 0) - (a.punten ?? 0) || a.tekst.localeCompare(b.tekst, 'nl'));
    const uit: UitslagThema = {
      themaId,
      naam: themaNaam(themaId),
      score,
      aantalDeelnemers: rangen.length,
      gemiddeldeRang: rangen.length ? eenDecimaal(rangen.reduce((s, r) => s + r, 0) / rangen.length) : null,
      spreiding: eenDecimaal(spreiding),
      argumenten,
    };
    if (ronde.wijze === 'rangorde') uit.verdeling = Array.from({ length: n }, (_, i) => rangen.filter((r) => r === i + 1).length);
    return uit;
  });
  themas.sort((a, b) => b.score - a.score || vergelijkThemaIds(a.themaId, b.themaId));
  return {
    ronde: { id: ronde.id, naam: ronde.naam, status: ronde.status, wijze: ronde.wijze, anoniem: ronde.anoniem },
    aantalUitgenodigd,
    aantalDeelnemers: inzendingen.length,
    themas,
  };
}

/** De thema's die de overname standaard neemt: de bovenste drie met een score boven 0. */
export function standaardOvername(uitslag: Uitslag, aantal = STANDAARD_OVERNAME): string[] {
  return uitslag.themas.filter((t) => t.score > 0).slice(0, aantal).map((t) => t.themaId);
}

const datumLang = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const rondeDatumTekst = (iso: string) => datumLang.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** Een opsomming in gewone taal: "a, b en c". */
function opsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}`;
}

function werkwijzeTekst(ronde: Pick<Ronde, 'wijze' | 'punten' | 'themaIds'>): string {
  return ronde.wijze === 'rangorde'
    ? `Iedere deelnemer zette de ${ronde.themaIds.length} kandidaat-thema's in volgorde van belang. De score telt per deelnemer ${ronde.themaIds.length} punten voor de eerste plaats, één minder voor elke volgende plaats en 0 voor een thema dat niet genoemd is.`
    : `Iedere deelnemer verdeelde ${ronde.punten} punten over de ${ronde.themaIds.length} kandidaat-thema's. De score is het totaal van de gegeven punten.`;
}

/**
 * Het verslag van de ronde voor de verantwoording in het IVP: wie meedeed (in een anonieme ronde
 * alleen het aantal), de uitslag als tabel en de argumenten per thema (anoniem: zonder namen).
 * Koppen op niveau 2 (de ronde) en 3 (per thema), zonder nummer; de aanroeper plaatst ze.
 */
export function rondeVerslag(ronde: Ronde, uitslag: Uitslag, deelnemers: readonly Deelnemer[]): Blok[] {
  const blokken: Blok[] = [];
  const wie = deelnemerNamen[ronde.groep];
  const ingevuld = deelnemers.filter((d) => d.ingevuld);
  blokken.push({ soort: 'kop', niveau: 2, nummer: null, tekst: `Prioriteringsronde: ${ronde.naam}` });
  const wanneer = ronde.datum ? `Op ${rondeDatumTekst(ronde.datum)} legde de coördinator` : 'De coördinator legde';
  blokken.push({
    soort: 'alinea',
    tekst: `${wanneer} ${ronde.themaIds.length} kandidaat-thema's voor aan ${groepNamen[ronde.groep]}. ${werkwijzeTekst(ronde)} ${uitslag.aantalDeelnemers} van de ${uitslag.aantalUitgenodigd} uitgenodigde ${wie} deden mee.`,
  });
  if (ronde.anoniem) {
    blokken.push({ soort: 'alinea', tekst: 'De ronde was anoniem: de namen van de deelnemers staan niet bij hun keuzes en argumenten.' });
  } else if (ingevuld.length > 0) {
    blokken.push({ soort: 'alinea', tekst: `Meegedaan: ${opsomming(ingevuld.map((d) => d.naam))}.` });
  }
  const rangorde = ronde.wijze === 'rangorde';
  blokken.push({
    soort: 'tabel',
    bijschrift: `Uitslag van de prioriteringsronde ${ronde.naam}`,
    // Five columns at most, so the table stays on a portrait page of the IVP (docx.ts turns six or more).
    kolommen: rangorde ? ['Thema (hoogste score eerst)', 'Score', 'Deelnemers', 'Gemiddelde plaats', 'Spreiding'] : ['Thema (hoogste score eerst)', 'Punten', 'Deelnemers', 'Spreiding'],
    rijen: uitslag.themas.map((t) => {
      const basis = [`${t.themaId} ${t.naam}`, getal.format(t.score), String(t.aantalDeelnemers)];
      return rangorde ? [...basis, t.gemiddeldeRang === null ? '—' : getal.format(t.gemiddeldeRang), getal.format(t.spreiding)] : [...basis, getal.format(t.spreiding)];
    }),
  });
  if (ronde.status === 'overgenomen' && ronde.overgenomen?.length) {
    blokken.push({ soort: 'alinea', tekst: `Overgenomen als prioriteit: ${opsomming(ronde.overgenomen.map((t) => `${t} ${themaNaam(t)}`))}.` });
  }
  const metArgumenten = uitslag.themas.filter((t) => t.argumenten.length > 0);
  for (const t of metArgumenten) {
    blokken.push({ soort: 'kop', niveau: 3, nummer: null, tekst: `Argumenten bij ${t.themaId} ${t.naam}` });
    blokken.push({
      soort: 'lijst',
      items: t.argumenten.map((a) => {
        const plaats = a.rang !== null ? `plaats ${a.rang}` : a.punten !== null ? `${a.punten} ${a.punten === 1 ? 'punt' : 'punten'}` : '';
        const bij = [a.door, plaats].filter(Boolean).join(', ');
        return bij ? `${a.tekst} (${bij})` : a.tekst;
      }),
    });
  }
  if (metArgumenten.length === 0) blokken.push({ soort: 'leeg', tekst: 'Bij deze ronde zijn geen argumenten gegeven.' });
  return blokken;
}

/** Het verslag van de prioriteringssessie (cyclusdeel prioriteringssessie) uit de ronde en haar uitslag. */
export function sessieUitRonde(ronde: Ronde, uitslag: Uitslag, deelnemers: readonly Deelnemer[], overgenomen: readonly string[]): Prioriteringssessie {
  const top = uitslag.themas.slice(0, 5).map((t, i) => `${i + 1}. ${t.themaId} ${t.naam} (score ${getal.format(t.score)})`);
  const ingevuld = deelnemers.filter((d) => d.ingevuld);
  return {
    orgaan: sessieOrgaan[ronde.groep],
    vorm: ronde.wijze === 'rangorde' ? 'prioriteringsronde in Kernplan (rangorde)' : `prioriteringsronde in Kernplan (${ronde.punten} punten verdelen)`,
    status: 'consultatief',
    datum: ronde.datum,
    deelnemers: ronde.anoniem
      ? `${ingevuld.length} van de ${deelnemers.length} uitgenodigde ${deelnemerNamen[ronde.groep]} (anonieme ronde).`
      : `${ingevuld.length} van de ${deelnemers.length} uitgenodigde ${deelnemerNamen[ronde.groep]}: ${opsomming(ingevuld.map((d) => d.naam)) || 'niemand'}.`,
    uitkomst: [
      `${werkwijzeTekst(ronde)}`,
      `Uitslag: ${top.join('; ')}.`,
      overgenomen.length ? `Overgenomen als prioriteit: ${opsomming(overgenomen.map((t) => `${t} ${themaNaam(t)}`))}.` : 'Er is geen thema als prioriteit overgenomen.',
    ].join('\n\n'),
  };
}

// --- Het voorstel ------------------------------------------------------------------------------

export type Trendwoord = 'stijgt' | 'daalt' | 'stabiel';

export interface VoorstelCijfers {
  jaren: { jaar: number; aantal: number | null; per1000: number | null }[];
  trend: Trendwoord | null;
  trendTekst: string;
  bron: string;
}

export interface VoorstelIndicator {
  naam: string;
  eenheid: string;
  laatste: { periode: string; waarde: number } | null;
  status: 'op-koers' | 'achter' | 'onbekend';
  statusTekst: string;
}

export interface VoorstelThema {
  themaId: string;
  naam: string;
  veld: { nummer: number; naam: string };
  kennisbank: string;
  cijfers: VoorstelCijfers | null;
  indicatoren: VoorstelIndicator[];
  analyse: string;
  werkgroepArgument: string;
  /** What residents said (issue 18): answers to the questionnaires naming the theme, per wijk, and consultations with results for it. */
  inwoners?: VoorstelInwoners;
}

export interface VoorstelInwoners {
  antwoorden: number;
  perWijk: { naam: string; aantal: number }[];
  raadplegingen: number;
}

/** The residents' input of a theme in one sentence (for the proposal and its document). */
export function inwonersTekst(i: VoorstelInwoners | undefined): string {
  if (!i || (i.antwoorden === 0 && i.raadplegingen === 0)) return 'Inwoners noemden dit thema (nog) niet in een vragenlijst of raadpleging.';
  const wijken = i.perWijk.slice(0, 3).map((w) => `${w.naam} (${w.aantal})`).join(', ');
  const delen = [
    i.antwoorden > 0 ? `${i.antwoorden} ${i.antwoorden === 1 ? 'inwoner noemde' : 'inwoners noemden'} dit thema in de vragenlijst${wijken ? `, het meest in ${wijken}` : ''}.` : '',
    i.raadplegingen > 0 ? `${i.raadplegingen} ${i.raadplegingen === 1 ? 'raadpleging heeft' : 'raadplegingen hebben'} resultaten over dit thema.` : '',
  ];
  return delen.filter(Boolean).join(' ');
}

export interface Voorstel {
  ronde: Pick<Ronde, 'id' | 'naam' | 'groep' | 'wijze' | 'punten' | 'anoniem' | 'status' | 'datum' | 'themaIds'>;
  themas: VoorstelThema[];
}

/** Een tekst ingekort tot ongeveer `max` tekens, op een zinseinde of woordgrens, met '…' als er meer was. */
export function kortIn(tekst: string, max: number): string {
  const t = tekst.replace(/\s+\n/g, '\n').trim();
  if (t.length <= max) return t;
  const stuk = t.slice(0, max);
  const zin = Math.max(stuk.lastIndexOf('. '), stuk.lastIndexOf('.\n'));
  if (zin > max * 0.5) return stuk.slice(0, zin + 1);
  const woord = stuk.lastIndexOf(' ');
  return `${(woord > max * 0.5 ? stuk.slice(0, woord) : stuk).trimEnd()} …`;
}

/** Wat de kennisbank over het thema zegt, kort: de eerste alinea van de uitleg. */
export function kennisbankTekst(themaId: string, max = 700): string {
  const thema = vindThema(themaId);
  return thema ? kortIn(thema.uitleg[0] ?? '', max) : '';
}

/** Trend in woorden: minder dan 5% verschil tussen het eerste en laatste jaar heet stabiel. */
export function trendVan(
  reeks: readonly { jaar: number; aantal: number | null }[],
): { trend: Trendwoord | null; trendTekst: string } {
  const bekend = reeks.filter((r): r is { jaar: number; aantal: number } => r.aantal !== null).sort((a, b) => a.jaar - b.jaar);
  if (bekend.length < 2) {
    return { trend: null, trendTekst: bekend.length === 1 ? `Alleen ${bekend[0]!.jaar} is bekend (${getal.format(bekend[0]!.aantal)}); een trend is nog niet te zien.` : 'Er zijn nog geen politiecijfers voor dit thema.' };
  }
  const eerste = bekend[0]!;
  const laatste = bekend.at(-1)!;
  const procent = eerste.aantal === 0 ? null : ((laatste.aantal - eerste.aantal) / eerste.aantal) * 100;
  const trend: Trendwoord = procent === null ? (laatste.aantal > 0 ? 'stijgt' : 'stabiel') : Math.abs(procent) < 5 ? 'stabiel' : procent > 0 ? 'stijgt' : 'daalt';
  const van = `van ${getal.format(eerste.aantal)} in ${eerste.jaar} naar ${getal.format(laatste.aantal)} in ${laatste.jaar}`;
  const verschil = procent === null ? '' : ` (${procent >= 0 ? '+' : '−'}${getal.format(Math.abs(Math.round(procent)))}%)`;
  const woord = trend === 'stijgt' ? 'stijgt' : trend === 'daalt' ? 'daalt' : 'blijft ongeveer gelijk';
  return { trend, trendTekst: `Het aantal geregistreerde misdrijven ${woord}: ${van}${verschil}.` };
}

/** Het voorstel per thema, uit wat de opslag aanlevert; de volgorde van de ronde. */
export function bouwVoorstel(
  ronde: Ronde,
  gegevens: {
    cijfers: (themaId: string) => VoorstelCijfers | null;
    indicatoren: (themaId: string) => VoorstelIndicator[];
    analyse: (themaId: string) => string;
  },
): Voorstel {
  return {
    ronde: { id: ronde.id, naam: ronde.naam, groep: ronde.groep, wijze: ronde.wijze, punten: ronde.punten, anoniem: ronde.anoniem, status: ronde.status, datum: ronde.datum, themaIds: ronde.themaIds },
    themas: ronde.themaIds.map((themaId) => {
      const thema = vindThema(themaId);
      const veld = thema ? vindVeld(thema.veld) : undefined;
      return {
        themaId,
        naam: thema?.naam ?? themaId,
        veld: { nummer: thema?.veld ?? Number(themaId.split('.')[0]), naam: veld?.naam ?? '' },
        kennisbank: kennisbankTekst(themaId),
        cijfers: gegevens.cijfers(themaId),
        indicatoren: gegevens.indicatoren(themaId),
        analyse: gegevens.analyse(themaId),
        werkgroepArgument: (ronde.werkgroepArgumenten[themaId] ?? '').trim(),
      };
    }),
  };
}

const indicatorStatusNamen = { 'op-koers': 'Op koers', achter: 'Achter', onbekend: 'Niet te beoordelen' } as const;
export const indicatorStatusTekst = (s: VoorstelIndicator['status']) => indicatorStatusNamen[s];

/**
 * Het prioriteringsvoorstel als document (Word via naarDocx): een inleiding met de kandidaten, daarna
 * per thema een hoofdstuk met de kennisbank, de cijfers en trend, de indicatoren, de analyse en het
 * argument van de werkgroep. `soort` is die van de veiligheidsanalyse: het voorstel komt eruit voort.
 * De aanroeper geeft een voorstel zonder iets vertrouwelijks (een document gaat naar de raad).
 */
export function voorstelDocument(voorstel: Voorstel, kop: { gemeentenaam: string; periode: string }): DocumentModel {
  const { ronde } = voorstel;
  const blokken: Blok[] = [];
  blokken.push({ soort: 'kop', niveau: 1, nummer: '1', tekst: 'Inleiding' });
  blokken.push({
    soort: 'alinea',
    tekst:
      `Dit voorstel hoort bij de prioriteringsronde '${ronde.naam}' met ${groepNamen[ronde.groep]}${ronde.datum ? ` op ${rondeDatumTekst(ronde.datum)}` : ''}. ` +
      `Het zet de ${ronde.themaIds.length} kandidaat-thema's uit de veiligheidsanalyse naast elkaar: per thema wat de kennisbank van Kernbeleid Veiligheid erover zegt, de politiecijfers en hun trend, de indicatoren, de analyse en het argument van de werkgroep.`,
  });
  blokken.push({
    soort: 'alinea',
    tekst: `${werkwijzeTekst(ronde)} Kernbeleid Veiligheid adviseert drie, hooguit vier prioriteiten.${ronde.anoniem ? ' De ronde is anoniem: bij de uitslag staan geen namen.' : ''}`,
  });
  blokken.push({
    soort: 'tabel',
    bijschrift: "De kandidaat-thema's",
    kolommen: ['Thema', 'Veld', 'Trend politiecijfers', 'Indicatoren'],
    rijen: voorstel.themas.map((t) => [`${t.themaId} ${t.naam}`, `${t.veld.nummer} ${t.veld.naam}`, t.cijfers?.trend ?? '—', String(t.indicatoren.length)]),
  });
  voorstel.themas.forEach((t, i) => {
    const nr = String(i + 2);
    blokken.push({ soort: 'kop', niveau: 1, nummer: nr, tekst: `${t.themaId} ${t.naam}` });
    blokken.push({ soort: 'kop', niveau: 2, nummer: `${nr}.1`, tekst: 'Wat de kennisbank zegt' });
    blokken.push(t.kennisbank ? { soort: 'alinea', tekst: t.kennisbank } : { soort: 'leeg', tekst: 'De kennisbank heeft geen uitleg bij dit thema.' });
    blokken.push({ soort: 'kop', niveau: 2, nummer: `${nr}.2`, tekst: 'Cijfers en trend' });
    if (t.cijfers && t.cijfers.jaren.length > 0) {
      blokken.push({
        soort: 'tabel',
        bijschrift: `Geregistreerde misdrijven, ${t.naam}`,
        kolommen: ['Jaar', 'Aantal', 'Per 1.000 inwoners'],
        rijen: t.cijfers.jaren.map((j) => [String(j.jaar), j.aantal === null ? '—' : getal.format(j.aantal), j.per1000 === null ? '—' : getal.format(j.per1000)]),
      });
      blokken.push({ soort: 'alinea', tekst: `${t.cijfers.trendTekst} Bron: ${t.cijfers.bron}.` });
    } else {
      blokken.push({ soort: 'leeg', tekst: 'Er zijn (nog) geen politiecijfers voor dit thema.' });
    }
    blokken.push({ soort: 'kop', niveau: 2, nummer: `${nr}.3`, tekst: 'Indicatoren' });
    if (t.indicatoren.length > 0) {
      blokken.push({
        soort: 'tabel',
        bijschrift: `Indicatoren bij ${t.naam}`,
        kolommen: ['Indicator', 'Eenheid', 'Laatste meting', 'Status'],
        rijen: t.indicatoren.map((x) => [x.naam, x.eenheid, x.laatste ? `${getal.format(x.laatste.waarde)} (${x.laatste.periode})` : '—', x.statusTekst]),
      });
    } else {
      blokken.push({ soort: 'leeg', tekst: 'Er is nog geen indicator bij dit thema.' });
    }
    blokken.push({ soort: 'kop', niveau: 2, nummer: `${nr}.4`, tekst: 'Uit de analyse' });
    blokken.push(t.analyse ? { soort: 'alinea', tekst: t.analyse } : { soort: 'leeg', tekst: 'De analyse van dit thema is nog niet geschreven.' });
    blokken.push({ soort: 'kop', niveau: 2, nummer: `${nr}.5`, tekst: 'Argument van de werkgroep' });
    blokken.push(t.werkgroepArgument ? { soort: 'alinea', tekst: t.werkgroepArgument } : { soort: 'leeg', tekst: 'De werkgroep gaf bij dit thema geen argument.' });
    if (t.inwoners) {
      blokken.push({ soort: 'kop', niveau: 2, nummer: `${nr}.6`, tekst: 'Wat inwoners zeggen' });
      blokken.push({ soort: 'alinea', tekst: inwonersTekst(t.inwoners) });
    }
  });
  return {
    soort: 'veiligheidsanalyse',
    titel: 'Prioriteringsvoorstel',
    ondertitel: `Prioriteringsvoorstel: ${ronde.naam}`,
    gemeente: `Gemeente ${kop.gemeentenaam}`,
    periode: kop.periode,
    status: ronde.datum ? `Voor de sessie van ${rondeDatumTekst(ronde.datum)}` : 'Voor de prioriteringsronde',
    blokken,
  };
}
