/**
 * Rekenen met ingelezen politiecijfers: optellen per thema en veld, per 1.000 inwoners, de trend over
 * de jaren, gemeenten van vergelijkbare grootte en de verplichte begrotingsindicatoren (Besluit
 * begroting en verantwoording). Een rij is één regio in één periode met de 59 soorten in de volgorde
 * van `misdrijfsoorten`; null is onbekend. Zuivere code. Zie docs/adr/0009-politiecijfers-import.md.
 */
import { themaIds } from '../kennisbank/types.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';
import { landelijkAantal, landelijkeInwoners } from './landelijk.ts';
import { type BbvDekking, bbvDefinities, bbvDekking, type BbvId, landelijkBbvCijfer } from './bbv.ts';
import { themaVoorCode } from './themakoppeling.ts';

export interface CijferRij {
  regio: string;
  jaar: number;
  /** 0: het hele jaar. */
  maand: number;
  aantallen: readonly (number | null)[];
}

export type Groep = 'thema' | 'veld' | 'soort';

/**
 * De jaarrijen van een gemeente: haar eigen rij waar die is ingelezen; anders de som van haar wijken,
 * of zonder wijken van haar buurten (één niveau, zodat niets dubbel telt), met `herkomst` erbij.
 * Een som kan lager zijn dan het echte gemeentecijfer (ontbrekende of onbekende gebieden).
 */
export function gemeenteJaarrijen(rijen: readonly CijferRij[], gemeentecode: string): (CijferRij & { herkomst: string | null })[] {
  const perJaar = new Map<number, CijferRij[]>();
  for (const r of rijen) if (r.maand === 0) perJaar.set(r.jaar, [...(perJaar.get(r.jaar) ?? []), r]);
  const uit: (CijferRij & { herkomst: string | null })[] = [];
  for (const [jaar, lijst] of [...perJaar].sort((a, b) => a[0] - b[0])) {
    const eigen = lijst.find((r) => r.regio === gemeentecode);
    if (eigen) {
      uit.push({ ...eigen, herkomst: null });
      continue;
    }
    const wijken = lijst.filter((r) => r.regio.startsWith('WK'));
    const gebieden = wijken.length ? wijken : lijst.filter((r) => r.regio.startsWith('BU'));
    if (gebieden.length === 0) continue;
    // A crime type counts for the municipality only when every area has a known count for it (the
    // coverage rule, dekking.ts): a sum over some of the areas is not the municipality's figure.
    const aantallen = gebieden[0]!.aantallen.map((_, i) => {
      let som = 0;
      for (const g of gebieden) {
        const v = g.aantallen[i];
        if (v === null || v === undefined) return null;
        som += v;
      }
      return som;
    });
    uit.push({ regio: gemeentecode, jaar, maand: 0, aantallen, herkomst: `som van ${gebieden.length} ${wijken.length ? 'wijken' : 'buurten'}` });
  }
  return uit;
}

const indexVan = new Map(misdrijfsoorten.map((m, i) => [m.code, i]));

/** De som van de bekende waarden van deze codes; null als geen van de codes bekend is. */
export function somVan(aantallen: readonly (number | null)[], codes: readonly string[]): number | null {
  let som: number | null = null;
  for (const code of codes) {
    const v = aantallen[indexVan.get(code) ?? -1];
    if (v !== null && v !== undefined) som = (som ?? 0) + v;
  }
  return som;
}

/** Per thema (of veld, of soort) de codes die meetellen, met de afwijkingen van de werkruimte. */
export function groepen(groep: Groep, afwijkingen?: ReadonlyMap<string, string | null>): Map<string, string[]> {
  const uit = new Map<string, string[]>();
  if (groep === 'soort') {
    for (const m of misdrijfsoorten) uit.set(m.code, [m.code]);
    return uit;
  }
  for (const id of themaIds) if (groep === 'thema') uit.set(id, []);
  for (const m of misdrijfsoorten) {
    const thema = themaVoorCode(m.code, afwijkingen);
    if (thema === null) continue;
    const sleutel = groep === 'thema' ? thema : thema.split('.')[0]!;
    const lijst = uit.get(sleutel) ?? [];
    lijst.push(m.code);
    uit.set(sleutel, lijst);
  }
  for (const [k, v] of uit) if (v.length === 0) uit.delete(k);
  return new Map([...uit].sort(([a], [b]) => a.localeCompare(b, 'nl', { numeric: true })));
}

export interface Aggregaat {
  regio: string;
  jaar: number;
  maand: number;
  /** Thema-id, veldnummer of soortcode. */
  sleutel: string;
  aantal: number | null;
}

/** Telt rijen op per regio, periode en groep. */
export function aggregeer(rijen: readonly CijferRij[], groep: Groep, afwijkingen?: ReadonlyMap<string, string | null>): Aggregaat[] {
  const indeling = groepen(groep, afwijkingen);
  const uit: Aggregaat[] = [];
  for (const r of rijen) {
    for (const [sleutel, codes] of indeling) uit.push({ regio: r.regio, jaar: r.jaar, maand: r.maand, sleutel, aantal: somVan(r.aantallen, codes) });
  }
  return uit;
}

/** Per 1.000 inwoners, op twee decimalen; null zonder aantal of inwoners. */
export function per1000(aantal: number | null, inwoners: number | null | undefined): number | null {
  if (aantal === null || !inwoners) return null;
  return Math.round((aantal / inwoners) * 100_000) / 100;
}

export interface Trend {
  vanJaar: number;
  totJaar: number;
  van: number;
  tot: number;
  /** Verandering in procenten van het eerste tot het laatste jaar; null als het eerste jaar 0 is. */
  procent: number | null;
  /** Gemiddelde verandering per jaar in procenten (samengesteld). */
  perJaar: number | null;
  richting: 'stijgend' | 'dalend' | 'gelijk';
}

/** De trend over de jaren met een bekende waarde (minstens twee). */
export function trend(reeks: readonly { jaar: number; aantal: number | null }[]): Trend | null {
  const bekend = reeks.filter((r): r is { jaar: number; aantal: number } => r.aantal !== null).sort((a, b) => a.jaar - b.jaar);
  if (bekend.length < 2) return null;
  const eerste = bekend[0]!;
  const laatste = bekend.at(-1)!;
  const procent = eerste.aantal === 0 ? null : Math.round(((laatste.aantal - eerste.aantal) / eerste.aantal) * 1000) / 10;
  const jaren = laatste.jaar - eerste.jaar;
  const perJaar = eerste.aantal === 0 || laatste.aantal === 0 ? null : Math.round((Math.pow(laatste.aantal / eerste.aantal, 1 / jaren) - 1) * 1000) / 10;
  const richting = laatste.aantal > eerste.aantal ? 'stijgend' : laatste.aantal < eerste.aantal ? 'dalend' : 'gelijk';
  return { vanJaar: eerste.jaar, totJaar: laatste.jaar, van: eerste.aantal, tot: laatste.aantal, procent, perJaar, richting };
}

/** Grootteklassen van gemeenten naar inwoners, zoals waarstaatjegemeente.nl ze gebruikt. */
export const grootteklassen = [
  { naam: 'minder dan 10.000 inwoners', tot: 10_000 },
  { naam: '10.000 tot 25.000 inwoners', tot: 25_000 },
  { naam: '25.000 tot 50.000 inwoners', tot: 50_000 },
  { naam: '50.000 tot 100.000 inwoners', tot: 100_000 },
  { naam: '100.000 tot 150.000 inwoners', tot: 150_000 },
  { naam: '150.000 inwoners of meer', tot: Infinity },
] as const;

export function grootteklasse(inwoners: number): (typeof grootteklassen)[number] {
  return grootteklassen.find((k) => inwoners < k.tot)!;
}

// --- De verplichte begrotingsindicatoren -------------------------------------------------------

export interface Begrotingsindicator {
  id: 'winkeldiefstal' | 'geweldsmisdrijven' | 'diefstal-uit-woning' | 'vernielingen' | 'verwijzingen-halt';
  naam: string;
  eenheid: string;
  /** Soorten misdrijf die meetellen; leeg voor Halt (geen politiecijfer, met de hand in te vullen). */
  codes: readonly string[];
  toelichting: string;
  /** De officiële definitie (waarstaatjegemeente.nl) en waar het officiële cijfer uit komt; zie bbv.ts. */
  definitie?: string;
  officieleBron?: string;
}

export const begrotingsindicatoren: readonly Begrotingsindicator[] = (
  [
  {
    id: 'winkeldiefstal',
    naam: 'Winkeldiefstal per 1.000 inwoners',
    eenheid: 'per 1.000 inwoners',
    codes: ['2.5.2'],
    toelichting: 'Geregistreerde winkeldiefstallen (2.5.2 Winkeldiefstal).',
  },
  {
    id: 'geweldsmisdrijven',
    naam: 'Geweldsmisdrijven per 1.000 inwoners',
    eenheid: 'per 1.000 inwoners',
    codes: ['1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.6', '1.4.7'],
    toelichting:
      'Geweld tegen personen: zedenmisdrijven, moord en doodslag, openlijk geweld tegen personen, bedreiging, mishandeling, straatroof en overval (de groep 1.4 van de politie). Het officiële cijfer telt de CBS-groep "Gewelds- en seksuele misdrijven" (naar wetsartikel, zonder straatroof en overval, met onder meer vrijheidsbeneming en mensenhandel); uit politiesoorten is dat niet na te bouwen, dus dit cijfer is onvolledig. Is de CBS-tabel 83648NED met de gemeente ingelezen, dan komt het gemeentecijfer uit die groep en is het volledig.',
  },
  {
    id: 'diefstal-uit-woning',
    naam: 'Diefstal uit woning per 1.000 inwoners',
    eenheid: 'per 1.000 inwoners',
    codes: ['1.1.1'],
    toelichting: 'Diefstal uit of inbraak in een woning (1.1.1), zonder boxen, garages en schuren (1.1.2).',
  },
  {
    id: 'vernielingen',
    naam: 'Vernielingen en beschadigingen (in de openbare ruimte) per 1.000 inwoners',
    eenheid: 'per 1.000 inwoners',
    codes: ['2.2.1', '1.6.1', '3.6.4'],
    toelichting:
      'Vernieling en zaakbeschadiging (2.2.1), brandstichting (1.6.1) en aantasting van de openbare orde (3.6.4). Het officiële cijfer telt de CBS-groep "Vernielingen, misdrijven tegen openbare orde en gezag" (ook openlijke geweldpleging, huis- en lokaalvredebreuk, discriminatie, wederspannigheid, valse aangifte); uit politiesoorten is dat niet na te bouwen, dus dit cijfer is onvolledig. Is de CBS-tabel 83648NED met de gemeente ingelezen, dan komt het gemeentecijfer uit die groep en is het volledig. Zie docs/begrotingsindicatoren.md.',
  },
  {
    id: 'verwijzingen-halt',
    naam: 'Verwijzingen Halt per 1.000 jongeren van 12 tot en met 17 jaar',
    eenheid: 'per 1.000 jongeren van 12-17 jaar',
    codes: [],
    toelichting:
      'Geen politiecijfer: de gemeente vult het aantal verwijzingen van Bureau Halt en het aantal jongeren van 12 tot en met 17 jaar op 1 januari met de hand in. waarstaatjegemeente.nl publiceerde dit eerst per 10.000 jongeren, later per 1.000; Kernplan bewaart beide getallen en noemt de eenheid.',
    definitie: 'Het aantal verwijzingen naar Halt per 1.000 inwoners van 12 tot en met 17 jaar.',
    officieleBron: 'Stichting Halt',
  },
  ] satisfies Begrotingsindicator[]
).map((b): Begrotingsindicator => (b.codes.length && b.id in bbvDefinities ? { ...b, definitie: bbvDefinities[b.id as BbvId].definitie, officieleBron: bbvDefinities[b.id as BbvId].officieleBron } : b));

export interface IndicatorWaarde {
  jaar: number;
  /** Waar het gemeentecijfer vandaan komt als het geen eigen rij was, bv. 'som van 517 buurten'. */
  herkomst?: string | null;
  aantal: number | null;
  inwoners: number | null;
  waarde: number | null;
  landelijk: number | null;
  landelijkBron: 'import-NL00' | 'som-gemeenten' | 'meegeleverd' | 'CBS 83648NED' | null;
  /** Of de soorten waaruit `waarde` is berekend de officiële definitie dekken (zie bbv.ts); niet bij Halt. */
  dekking?: BbvDekking;
  /** Wat er aan de definitie ontbreekt als de dekking 'onvolledig' is. */
  ontbreekt?: string | null;
  /** Het officiële landelijke cijfer (CBS, zoals op waarstaatjegemeente.nl) per 1.000 inwoners. */
  landelijkOfficieel?: number | null;
  /** Bij Halt: de eenheid van `waarde`, en de waarde per 10.000 jongeren zoals vroeger gepubliceerd. */
  eenheid?: string;
  per10000?: number | null;
  /** Bij geweld en vernielingen uit CBS 83648NED (issue 16): de bron van het gemeentecijfer ('CBS 83648NED'). */
  bron?: string;
  /** Het cijfer per 1.000 inwoners dat CBS zelf in 83648NED geeft, als het bestand het had. */
  per1000Cbs?: number | null;
  /** Waar `waarde` uit komt: het aantal gedeeld door de inwoners van 1 januari, of (zonder inwonertal van dat jaar) het cijfer van CBS. */
  per1000Uit?: 'inwoners' | 'CBS';
  /** Het CBS-cijfer van dit jaar is voorlopig. */
  voorlopig?: boolean;
}

/**
 * Dekking en officieel landelijk cijfer van een BBV-indicator in een jaar, naast het cijfer uit
 * politiesoorten: een cijfer uit minder soorten dan de definitie is 'onvolledig'.
 */
export function bbvAanvulling(id: string, aantallen: readonly (number | null)[], jaar: number): Pick<IndicatorWaarde, 'dekking' | 'ontbreekt' | 'landelijkOfficieel'> {
  if (!(id in bbvDefinities)) return {};
  const bbvId = id as BbvId;
  const perCode = new Map<string, number | null>();
  for (const code of bbvDefinities[bbvId].politiecodesVolledig ?? []) perCode.set(code, somVan(aantallen, [code]));
  return { ...bbvDekking(bbvId, perCode), landelijkOfficieel: landelijkBbvCijfer(bbvId, jaar)?.waarde ?? null };
}

/** Een telling van een CBS-groep (83648NED) in een regio en jaar, zoals opgeslagen (cbs-groepen.ts). */
export interface CbsGroepTelling {
  aantal: number | null;
  per1000: number | null;
  voorlopig: boolean;
}

/**
 * Het gemeentecijfer van geweldsmisdrijven of vernielingen uit de officiële CBS-groep (83648NED, groep 3
 * of 2): het aantal per 1.000 inwoners op 1 januari van hetzelfde jaar, volledig en met de bron. Zonder
 * inwonertal van dat jaar (of zonder aantal) het cijfer per 1.000 van CBS zelf, als het bestand het had.
 * Het landelijke cijfer ernaast is dezelfde groep voor Nederland: ingelezen (NL01) of meegeleverd (bbv.ts).
 */
export function bbvWaardeUitCbs(id: BbvId, jaar: number, cbs: CbsGroepTelling, inwoners: number | null, nederland?: CbsGroepTelling | null): IndicatorWaarde {
  const berekend = per1000(cbs.aantal, inwoners);
  const officieel = landelijkBbvCijfer(id, jaar)?.waarde ?? null;
  const nl = nederland ? (per1000(nederland.aantal, landelijkeInwoners[jaar] ?? null) ?? nederland.per1000) : null;
  const landelijk = nl ?? officieel;
  return {
    jaar,
    herkomst: null,
    aantal: cbs.aantal,
    inwoners,
    waarde: berekend ?? cbs.per1000,
    landelijk,
    landelijkBron: landelijk === null ? null : 'CBS 83648NED',
    dekking: 'volledig',
    ontbreekt: null,
    landelijkOfficieel: officieel ?? nl,
    bron: 'CBS 83648NED',
    per1000Cbs: cbs.per1000,
    ...(berekend !== null ? { per1000Uit: 'inwoners' as const } : cbs.per1000 !== null ? { per1000Uit: 'CBS' as const } : {}),
    voorlopig: cbs.voorlopig,
  };
}

export interface LandelijkeInvoer {
  /** Rij van NL00 voor het jaar, als die is ingelezen. */
  nl00?: CijferRij | undefined;
  /** Som van alle gemeenten als alle gemeenten voor dat jaar zijn ingelezen. */
  somGemeenten?: readonly (number | null)[] | undefined;
}

/** Het landelijke cijfer per 1.000 inwoners voor een indicator in een jaar. */
export function landelijkeWaarde(codes: readonly string[], jaar: number, invoer: LandelijkeInvoer): Pick<IndicatorWaarde, 'landelijk' | 'landelijkBron'> {
  const inwoners = landelijkeInwoners[jaar] ?? null;
  if (!inwoners || codes.length === 0) return { landelijk: null, landelijkBron: null };
  if (invoer.nl00) {
    const n = somVan(invoer.nl00.aantallen, codes);
    if (n !== null) return { landelijk: per1000(n, inwoners), landelijkBron: 'import-NL00' };
  }
  if (invoer.somGemeenten) {
    const n = somVan(invoer.somGemeenten, codes);
    if (n !== null) return { landelijk: per1000(n, inwoners), landelijkBron: 'som-gemeenten' };
  }
  let som: number | null = null;
  for (const code of codes) {
    const n = landelijkAantal(code, jaar);
    if (n !== null) som = (som ?? 0) + n;
  }
  return som === null ? { landelijk: null, landelijkBron: null } : { landelijk: per1000(som, inwoners), landelijkBron: 'meegeleverd' };
}
