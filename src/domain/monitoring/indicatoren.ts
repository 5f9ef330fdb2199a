/**
 * Monitoring (stap 6): de rekenregels voor effectindicatoren. Het pad van referentie- naar
 * streefwaarden, de beoordeling van metingen (op koers, achter, niet te beoordelen), de toets op
 * toeval bij aantallen, de trendhulp bij het kiezen van een streefwaarde, de controle van de invoer
 * en de streeftabel zoals in de bijlage van een beleidsplan. Zuiver, geen I/O.
 *
 * De regels staan in gewone taal in docs/indicatoren-rekenregels.md; de test houdt die twee gelijk.
 */
import { statusMetMarge } from '../veiligheidsmonitor/marge.ts';
import { bereikFout, decimalenVan, formatGetal, formatProcentVerandering, formatStreefwaarde, rondAf } from './getallen.ts';
import type {
  BeoordeeldeMeting,
  Beoordeling,
  Eenheid,
  Indicator,
  IndicatorStatus,
  Meting,
  Richting,
  Streefsoort,
  Streefwaarde,
} from './typen.ts';
import { eenheidTekst, koersen, relatieveBases, streefsoorten } from './typen.ts';

/** Jaartallen buiten dit bereik zijn een tikfout. */
export const EERSTE_JAAR = 1900;
export const LAATSTE_JAAR = 2199;
/** Aantallen onder deze grens schommelen sterk van jaar tot jaar. */
export const VOLATIEL_ONDER = 20;
/** Significantieniveau van de toets op toeval. */
export const ALFA = 0.05;

function isJaar(j: number): boolean {
  return Number.isInteger(j) && j >= EERSTE_JAAR && j <= LAATSTE_JAAR;
}

// ---------------------------------------------------------------------------------------------
// Perioden

const kwartaalWoorden: Record<string, string> = { EERSTE: '1', TWEEDE: '2', DERDE: '3', VIERDE: '4' };

/** Het kwartaal uit woorden, zoals Kernplan het toont of iemand het typt: '2E KWARTAAL', '2DE KW', 'TWEEDE KWARTAAL', 'KWARTAAL 2', 'KW2'. */
function kwartaalUitWoorden(deel: string): string | null {
  const rangtelwoord = /^(?:([1-4])\s*(?:E|DE)|(EERSTE|TWEEDE|DERDE|VIERDE))\s*(?:KWARTAAL|KW\.?)$/.exec(deel);
  if (rangtelwoord) return rangtelwoord[1] ?? kwartaalWoorden[rangtelwoord[2]!]!;
  return /^(?:KWARTAAL|KW\.?)\s*([1-4])$/.exec(deel)?.[1] ?? null;
}

/**
 * Maakt van een ingevoerde periode de vaste vorm: '2026' voor een jaar, '2026-K3' voor een
 * kwartaal. Leest ook 2026 (getal), '2026K3', '2026-Q3', '2026 Q3', '2026 k3' en 'K3 2026', en de
 * vorm waarin Kernplan een kwartaal toont: '3e kwartaal 2026' (ook '3de', 'derde', 'kwartaal 3',
 * 'kw 3', '3e kwartaal van 2026', het jaar vooraan of achteraan). Null als het geen jaar of kwartaal is.
 */
export function normaliseerPeriode(p: string | number): string | null {
  if (typeof p === 'number') return isJaar(p) ? String(p) : null;
  const t = p.trim().toUpperCase().replace(/\s+/g, ' ');
  const jaar = /^(\d{4})$/.exec(t);
  if (jaar) return isJaar(Number(jaar[1])) ? jaar[1]! : null;
  const jk = /^(\d{4})\s*[-\s]?\s*[KQ]\s*([1-4])$/.exec(t);
  const kj = /^[KQ]\s*([1-4])\s*[-\s]?\s*(\d{4})$/.exec(t);
  let j: string | null = null;
  let k: string | null = null;
  if (jk) [j, k] = [jk[1]!, jk[2]!];
  else if (kj) [j, k] = [kj[2]!, kj[1]!];
  else {
    const jaarAchteraan = /^(.+?)\s*[-,]?\s*(?:VAN )?(\d{4})$/.exec(t);
    const jaarVooraan = /^(\d{4})\s*[-,]?\s*(.+)$/.exec(t);
    if (jaarAchteraan) [j, k] = [jaarAchteraan[2]!, kwartaalUitWoorden(jaarAchteraan[1]!)];
    else if (jaarVooraan) [j, k] = [jaarVooraan[1]!, kwartaalUitWoorden(jaarVooraan[2]!)];
  }
  if (j === null || k === null) return null;
  return isJaar(Number(j)) ? `${j}-K${k}` : null;
}

/** Jaar en kwartaal (null bij een jaarmeting) van een periode, of null als het geen periode is. */
export function periodeTijd(periode: string): { jaar: number; kwartaal: number | null } | null {
  const n = normaliseerPeriode(periode);
  if (n === null) return null;
  const [jaar, kwartaal] = n.split('-K');
  return { jaar: Number(jaar), kwartaal: kwartaal === undefined ? null : Number(kwartaal) };
}

/**
 * De periode als tijdstip op de jaaras: jaar Y is tijdstip Y (het einde van dat jaar), kwartaal Kq
 * van jaar Y is (Y − 1) + q/4, dus K4 valt samen met het jaar zelf. Null als het geen periode is.
 */
export function tijdstip(periode: string): number | null {
  const t = periodeTijd(periode);
  if (!t) return null;
  return t.kwartaal === null ? t.jaar : t.jaar - 1 + t.kwartaal / 4;
}

// ---------------------------------------------------------------------------------------------
// Veranderingen en het pad

/**
 * Verandering van `waarde` ten opzichte van `referentie` in procenten, op één decimaal afgerond
 * (half van nul af). Null als de referentie 0 is (of geen getal).
 */
export function veranderingProcent(referentie: number, waarde: number): number | null {
  if (!Number.isFinite(referentie) || !Number.isFinite(waarde) || referentie === 0) return null;
  return rondAf(((waarde - referentie) * 100) / Math.abs(referentie), 1);
}

/**
 * Het niveau van een streefwaarde in de eenheid van de indicator. Relatief: referentie × (1 +
 * procent/100)^(jaar − referentiejaar) per jaar, of referentie × (1 + procent/100) over de periode;
 * kwalitatief: de referentiewaarde (het niveau waar de trend onder, op of boven moet). Zonder
 * referentie blijft de opgeslagen waarde staan. Op drie decimalen.
 */
export function streefniveau(s: Streefwaarde, ind: Pick<Indicator, 'referentiejaar' | 'referentiewaarde'>): number {
  const ref = ind.referentiejaar !== null ? ind.referentiewaarde : null;
  if (ref === null || ind.referentiejaar === null) return s.waarde;
  if (s.soort === 'kwalitatief') return ref;
  if (s.soort === 'relatief' && s.procent !== undefined && Number.isFinite(s.procent)) {
    const factor = 1 + s.procent / 100;
    const jaren = Math.max(0, s.jaar - ind.referentiejaar);
    return rondAf(ref * (s.basis === 'per-jaar' ? factor ** jaren : factor), 3);
  }
  return s.waarde;
}

/**
 * De streefwaarden met hun waarde uitgerekend (relatief, kwalitatief: zie streefniveau), in de
 * volgorde waarin ze staan. De server bewaart ze zo, zodat wie alleen jaar en waarde leest
 * (grafiek, tabellen, documenten) een bruikbaar niveau ziet.
 */
export function vulAfgeleideWaarden(ind: Pick<Indicator, 'referentiejaar' | 'referentiewaarde' | 'streefwaarden'>): Streefwaarde[] {
  return ind.streefwaarden.map((s) => (s.soort === 'relatief' || s.soort === 'kwalitatief' ? { ...s, waarde: streefniveau(s, ind) } : s));
}

/** Een reeks (van jaar tot en met totJaar) als één streefwaarde per jaar; andere vormen blijven. */
function perJaar(s: Streefwaarde): Streefwaarde[] {
  if (s.soort !== 'reeks' || s.totJaar === undefined || !Number.isInteger(s.totJaar) || s.totJaar <= s.jaar || s.totJaar - s.jaar > 60) return [s];
  return Array.from({ length: s.totJaar - s.jaar + 1 }, (_, k) => ({ ...s, jaar: s.jaar + k }));
}

/**
 * De geldige streefwaarden: een reeks uitgevouwen tot elk van haar jaren, alleen na het
 * referentiejaar, oplopend op jaar; bij een dubbel jaar telt de laatste. De waarde is het niveau
 * (streefniveau).
 */
function geldigeStreefwaarden(ind: Pick<Indicator, 'referentiejaar' | 'streefwaarden'> & Partial<Pick<Indicator, 'referentiewaarde'>>): Streefwaarde[] {
  const perJaarMap = new Map<number, Streefwaarde>();
  const metRef = { referentiejaar: ind.referentiejaar, referentiewaarde: ind.referentiewaarde ?? null };
  for (const s of ind.streefwaarden.flatMap(perJaar)) {
    if (!Number.isFinite(s.jaar) || !Number.isFinite(s.waarde)) continue;
    if (ind.referentiejaar !== null && s.jaar <= ind.referentiejaar) continue;
    perJaarMap.set(s.jaar, { ...s, waarde: streefniveau(s, metRef) });
  }
  return [...perJaarMap.values()].sort((a, b) => a.jaar - b.jaar);
}

/** De streefwaarden per jaar, reeksen uitgevouwen, met hun niveau (voor tabellen en grafieken). */
export function streefwaardenPerJaar(ind: Pick<Indicator, 'referentiejaar' | 'referentiewaarde' | 'streefwaarden'>): Streefwaarde[] {
  return geldigeStreefwaarden(ind);
}

/**
 * De eindstreefwaarde: de streefwaarde met het laatste jaar (na het referentiejaar; bij een reeks
 * haar laatste jaar), of null. Met referentiewaarde is de waarde van een relatieve of kwalitatieve
 * streefwaarde haar niveau (streefniveau); de vorm staat in `soort`.
 */
export function eindstreefwaarde(ind: Pick<Indicator, 'referentiejaar' | 'streefwaarden'> & Partial<Pick<Indicator, 'referentiewaarde'>>): Streefwaarde | null {
  return geldigeStreefwaarden(ind).at(-1) ?? null;
}

/** Verandering van de eindstreefwaarde ten opzichte van de referentiewaarde, in procenten (één decimaal). */
export function streefveranderingProcent(ind: Pick<Indicator, 'referentiejaar' | 'referentiewaarde' | 'streefwaarden'>): number | null {
  const eind = eindstreefwaarde(ind);
  if (ind.referentiewaarde === null || ind.referentiejaar === null || !eind) return null;
  return veranderingProcent(ind.referentiewaarde, eind.waarde);
}

type Padpunt = { jaar: number; waarde: number };

/** De knikpunten van het pad: de referentie, dan de streefwaarden (of alleen de laatste). */
function padpunten(ind: Indicator, beoordeling: Beoordeling): Padpunt[] | null {
  if (ind.referentiejaar === null || ind.referentiewaarde === null) return null;
  // Een kwalitatieve streefwaarde heeft geen niveau op het pad; zij wordt aan de trend beoordeeld.
  const streef = geldigeStreefwaarden(ind).filter((s) => s.soort !== 'kwalitatief');
  if (streef.length === 0) return null;
  if (beoordeling === 'eindstreefwaarde') return [{ jaar: ind.referentiejaar, waarde: ind.referentiewaarde }, streef.at(-1)!];
  const punten: Padpunt[] = [{ jaar: ind.referentiejaar, waarde: ind.referentiewaarde }];
  for (const s of streef) {
    // Relatief per jaar: elk tussenliggend jaar zijn eigen samengestelde niveau.
    if (s.soort === 'relatief' && s.basis === 'per-jaar') {
      for (let j = punten.at(-1)!.jaar + 1; j < s.jaar; j++) punten.push({ jaar: j, waarde: streefniveau({ ...s, jaar: j }, ind) });
    }
    punten.push({ jaar: s.jaar, waarde: s.waarde });
  }
  return punten;
}

/** Waarde van het pad op tijdstip t (t na het eerste punt): rechte lijnen, na het laatste punt vlak. */
function padwaarde(punten: Padpunt[], t: number): { waarde: number; doel: Padpunt; voorbij: boolean } {
  for (let i = 1; i < punten.length; i++) {
    const a = punten[i - 1]!;
    const b = punten[i]!;
    if (t <= b.jaar) return { waarde: a.waarde + ((b.waarde - a.waarde) * (t - a.jaar)) / (b.jaar - a.jaar), doel: b, voorbij: false };
  }
  const laatste = punten.at(-1)!;
  return { waarde: laatste.waarde, doel: laatste, voorbij: true };
}

function isTelling(eenheid: Eenheid): boolean {
  return eenheid === 'aantal' || eenheid === 'per-1000' || eenheid === 'per-10000';
}

interface Verwachting {
  /** Verwachte waarde, op één decimaal afgerond; met deze waarde wordt de meting vergeleken. */
  waarde: number;
  /** De jaarwaarde van het pad op dit tijdstip (bij een kwartaal van een aantal: vier keer zo groot). */
  jaarwaarde: number;
  doel: Padpunt;
  voorbij: boolean;
  kwartaal: boolean;
}

function verwachting(ind: Indicator, periode: string, beoordeling: Beoordeling): Verwachting | null {
  const punten = padpunten(ind, beoordeling);
  const tijd = periodeTijd(periode);
  if (!punten || !tijd) return null;
  const t = tijd.kwartaal === null ? tijd.jaar : tijd.jaar - 1 + tijd.kwartaal / 4;
  if (t <= punten[0]!.jaar) return null;
  const { waarde, doel, voorbij } = padwaarde(punten, t);
  const kwartaal = tijd.kwartaal !== null;
  const deel = kwartaal && isTelling(ind.eenheid) ? waarde / 4 : waarde;
  return { waarde: rondAf(deel, 1), jaarwaarde: rondAf(waarde, 1), doel, voorbij, kwartaal };
}

/**
 * De waarde die het pad voor deze periode verwacht, op één decimaal afgerond (half van nul af).
 * 'pad': rechte lijnen van (referentiejaar, referentiewaarde) door elke streefwaarde;
 * 'eindstreefwaarde': één rechte lijn van de referentie naar de laatste streefwaarde. Na het laatste
 * streefjaar blijft het pad vlak. Een kwartaal Kq van jaar Y ligt op tijdstip (Y − 1) + q/4; bij een
 * aantal of aantal per 1.000 is de kwartaalmeting de telling over dat kwartaal, dus wordt dan een
 * kwart van de padwaarde verwacht. Null zonder referentie, zonder streefwaarden, bij een onleesbare
 * periode of bij een periode op of vóór het referentiejaar.
 */
export function verwachteWaarde(ind: Indicator, periode: string, beoordeling: Beoordeling): number | null {
  return verwachting(ind, periode, beoordeling)?.waarde ?? null;
}

/** Is `gemeten` minstens zo goed als `verwacht`, gegeven de richting? Gelijk telt als op koers. */
export function minstensZoGoed(gemeten: number, verwacht: number, richting: Richting): boolean {
  return richting === 'lager-is-beter' ? gemeten <= verwacht : gemeten >= verwacht;
}

// ---------------------------------------------------------------------------------------------
// Toets op toeval bij aantallen

/** ln(k!) — exact opgeteld tot 256, daarboven de reeks van Stirling (fout < 1e-15 relatief). */
const lnFacTabel: number[] = [0];
for (let k = 1; k < 256; k++) lnFacTabel.push(lnFacTabel[k - 1]! + Math.log(k));
function lnFaculteit(k: number): number {
  if (k < 256) return lnFacTabel[k]!;
  const k2 = k * k;
  return k * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI * k) + 1 / (12 * k) - 1 / (360 * k * k2) + 1 / (1260 * k2 * k2 * k);
}

/**
 * Exacte voorwaardelijke toets voor twee Poisson-tellingen (bijvoorbeeld misdrijven in het
 * referentiejaar `a` en in het meetjaar `b`). Onder gelijke intensiteit is b, gegeven n = a + b,
 * binomiaal verdeeld met kans ½. De tweezijdige p-waarde is de som van de kansen van alle uitkomsten
 * die niet waarschijnlijker zijn dan de waargenomen; bij kans ½ is de verdeling symmetrisch en is dat
 * precies 2 × P(K ≤ min(a, b)), hooguit 1. Gerekend in logaritmen, zodat ook n = 100.000 werkt.
 * Significant als p < 0,05. Gooit een RangeError bij negatieve of niet-gehele tellingen.
 */
export function poissonToets(a: number, b: number): { p: number; significant: boolean } {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a < 0 || b < 0) {
    throw new RangeError(`poissonToets vraagt twee gehele, niet-negatieve tellingen; kreeg ${a} en ${b}.`);
  }
  const n = a + b;
  const m = Math.min(a, b);
  if (2 * m === n) return { p: 1, significant: false };
  const lnN = lnFaculteit(n);
  const lnKans = (k: number) => lnN - lnFaculteit(k) - lnFaculteit(n - k) - n * Math.LN2;
  // De kansen nemen af van k = m naar 0: tel op ten opzichte van de grootste term.
  const top = lnKans(m);
  let som = 0;
  for (let k = m; k >= 0; k--) {
    const term = Math.exp(lnKans(k) - top);
    som += term;
    if (term < 1e-17 * som) break;
  }
  const p = Math.min(1, 2 * Math.exp(top + Math.log(som)));
  return { p, significant: p < ALFA };
}

// ---------------------------------------------------------------------------------------------
// Beoordelen van metingen

function toon(waarde: number, eenheid: Eenheid): string {
  return formatGetal(waarde, eenheid, { decimalen: decimalenVan(waarde, 3) });
}

function onbekendeReden(ind: Indicator, meting: Meting, beoordeling: Beoordeling): string {
  if (ind.referentiejaar === null || ind.referentiewaarde === null) {
    return 'Er is geen referentiewaarde, dus de meting is niet te beoordelen.';
  }
  if (!padpunten(ind, beoordeling)) return 'Er is geen streefwaarde, dus de meting is niet te beoordelen.';
  const tijd = periodeTijd(meting.periode);
  if (!tijd) return `De periode ‘${meting.periode}’ is geen jaar of kwartaal, dus de meting is niet te beoordelen.`;
  return `De meting over ${normaliseerPeriode(meting.periode)} valt niet na het referentiejaar ${ind.referentiejaar}, dus er is nog geen verwachte waarde.`;
}

/** Verandering langs de trend die een kwalitatieve streefwaarde op koers noemt, of juist niet ('stabiel': hooguit zoveel procent). */
export const STABIEL_MARGE = 5;

/** De streefwaarde die voor een jaar geldt: de eerste in of na dat jaar, na de laatste blijft de laatste gelden. */
function geldendeStreefwaarde(ind: Indicator, jaar: number): { s: Streefwaarde; voorbij: boolean } | null {
  const streef = geldigeStreefwaarden(ind);
  const volgende = streef.find((s) => s.jaar >= jaar);
  if (volgende) return { s: volgende, voorbij: false };
  const laatste = streef.at(-1);
  return laatste ? { s: laatste, voorbij: true } : null;
}

interface Oordeel {
  status: IndicatorStatus;
  uitleg: string;
  verwacht: number | null;
  streefsoort: Streefsoort | null;
}

/**
 * Kwalitatief (afname, stabiel, toename): de trend (kleinste kwadraten) door de referentie en de
 * jaarmetingen na het referentiejaar tot en met deze meting. v = verandering langs die lijn van het
 * referentiejaar tot het meetjaar, in procenten van de lijn in het referentiejaar. Afname: v < 0;
 * toename: v > 0; stabiel: |v| ≤ 5 %. Een kwartaalmeting wordt niet beoordeeld.
 */
function kwalitatiefOordeel(ind: Indicator, meting: Meting, s: Streefwaarde, jaar: number, kwartaal: boolean): Oordeel {
  const koers = s.koers ?? 'stabiel';
  const basis = { verwacht: null, streefsoort: 'kwalitatief' as const };
  if (ind.referentiejaar === null || ind.referentiewaarde === null) {
    return { ...basis, status: 'onbekend', uitleg: `De streefwaarde is ‘${koers}’, maar er is geen referentiewaarde om de trend vanaf te meten.` };
  }
  if (kwartaal) {
    return { ...basis, status: 'onbekend', uitleg: `De streefwaarde is ‘${koers}’; die wordt per jaar aan de trend beoordeeld, niet per kwartaal.` };
  }
  const refJaar = ind.referentiejaar;
  const punten = [
    { jaar: refJaar, waarde: ind.referentiewaarde },
    ...ind.metingen
      .filter((m) => /^\d{4}$/.test(m.periode) && Number(m.periode) > refJaar && Number(m.periode) <= jaar && m.periode !== meting.periode)
      .map((m) => ({ jaar: Number(m.periode), waarde: m.waarde })),
    { jaar, waarde: meting.waarde },
  ];
  const lijn = trend(punten)!;
  const begin = lijn.voorspel(refJaar);
  const eind = lijn.voorspel(jaar);
  const v = begin !== 0 ? ((eind - begin) * 100) / Math.abs(begin) : eind === begin ? 0 : eind > begin ? Infinity : -Infinity;
  const goed = koers === 'afname' ? v < 0 : koers === 'toename' ? v > 0 : Math.abs(v) <= STABIEL_MARGE;
  const e = ind.eenheid;
  const beweging = Number.isFinite(v) ? `${v < 0 ? 'daalt' : v > 0 ? 'stijgt' : 'blijft gelijk'}${v !== 0 ? ` ${formatProcentVerandering(Math.abs(v)).replace(/^\+/, '')}` : ''}` : eind > begin ? 'stijgt' : 'daalt';
  const jaren = punten.length === 2 ? `van de referentie ${toon(ind.referentiewaarde, e)} (${refJaar}) naar ${toon(meting.waarde, e)} (${jaar})` : `door ${punten.length} jaren (${refJaar} t/m ${jaar}), van ${toon(rondAf(begin, 1), e)} naar ${toon(rondAf(eind, 1), e)}`;
  const eis = koers === 'afname' ? 'een daling' : koers === 'toename' ? 'een stijging' : `hooguit ${STABIEL_MARGE} % verandering`;
  return { ...basis, status: goed ? 'op-koers' : 'achter', uitleg: `De trend ${jaren} ${beweging}; de streefwaarde ‘${koers}’ vraagt ${eis}.` };
}

/**
 * Beoordeelt één meting. Welke streefwaarde geldt: de eerste in of na het jaar van de meting (na de
 * laatste blijft de laatste gelden). Dan:
 * - kwalitatief: de trend van de metingen (kwalitatiefOordeel);
 * - plafond of vloer in zijn eigen jaar (of erna): 'op-koers' als de meting niet boven het plafond of
 *   niet onder de vloer ligt (een kwartaaltelling: een kwart ervan), ongeacht de richting;
 * - anders (waarde, relatief, reeks, en een plafond of vloer in een later jaar): het pad, zoals
 *   altijd: 'op-koers' als de meting minstens zo goed is als de verwachte waarde (in de richting van
 *   de indicator; gelijk telt als op koers), anders 'achter'.
 * 'onbekend' als er geen verwachte waarde is. Heeft de indicator geen streefwaarde (of geen
 * referentie), maar de meting wel een benchmark: 'op-koers' als de meting minstens zo goed is als de
 * benchmark, anders 'achter'.
 * Daarnaast de verandering ten opzichte van de referentie (een kwartaaltelling van een aantal of
 * aantal per 1.000 telt daarbij vier keer, als jaarcijfer), de toets op toeval (alleen aantallen in
 * jaarmetingen) en de vlag volatiel (aantallen onder de 20).
 */
export function beoordeelMeting(ind: Indicator, meting: Meting, beoordeling: Beoordeling): BeoordeeldeMeting {
  const v = verwachting(ind, meting.periode, beoordeling);
  const ref = ind.referentiejaar !== null ? ind.referentiewaarde : null;
  const tijd = periodeTijd(meting.periode);
  // Een kwartaaltelling (aantal, per 1.000) wordt voor de vergelijking met de jaarreferentie × 4 genomen.
  const jaarbasis = tijd?.kwartaal != null && isTelling(ind.eenheid) ? meting.waarde * 4 : meting.waarde;
  const veranderingTovReferentie = ref === null ? null : veranderingProcent(ref, jaarbasis);

  let significant: boolean | null = null;
  if (ind.eenheid === 'aantal' && ref !== null && tijd !== null && tijd.kwartaal === null) {
    const telbaar = (x: number) => Number.isSafeInteger(x) && x >= 0;
    if (telbaar(ref) && telbaar(meting.waarde)) significant = poissonToets(ref, meting.waarde).significant;
  }
  const volatiel = ind.eenheid === 'aantal' && ((ref !== null && ref < VOLATIEL_ONDER) || meting.waarde < VOLATIEL_ONDER);

  const benchmark = meting.benchmark ?? null;
  const tovBenchmark =
    benchmark === null || !Number.isFinite(benchmark) ? null : meting.waarde === benchmark ? 'gelijk' : minstensZoGoed(meting.waarde, benchmark, ind.richting) ? 'beter' : 'slechter';

  const geldend = tijd && ind.referentiejaar !== null && ind.referentiewaarde !== null && tijd.jaar > ind.referentiejaar ? geldendeStreefwaarde(ind, tijd.jaar) : null;
  const kwartaal = tijd?.kwartaal != null;
  let oordeel: Oordeel;
  if (geldend && geldend.s.soort === 'kwalitatief') {
    oordeel = kwalitatiefOordeel(ind, meting, geldend.s, tijd!.jaar, kwartaal);
  } else if (geldend && (geldend.s.soort === 'plafond' || geldend.s.soort === 'vloer') && (geldend.voorbij || geldend.s.jaar === tijd!.jaar)) {
    const s = geldend.s;
    const deel = kwartaal && isTelling(ind.eenheid);
    const grens = rondAf(deel ? s.waarde / 4 : s.waarde, 1);
    const plafond = s.soort === 'plafond';
    const goed = plafond ? meting.waarde <= grens : meting.waarde >= grens;
    const wat = plafond ? `het plafond (niet boven) ${toon(s.waarde, ind.eenheid)}` : `de vloer (minimaal) ${toon(s.waarde, ind.eenheid)}`;
    const wanneer = geldend.voorbij ? `voor ${s.jaar}, dat daarna blijft gelden` : `voor ${s.jaar}`;
    const kwart = deel ? `; voor dit kwartaal een kwart: ${toon(grens, ind.eenheid)}` : '';
    const gemeten = kwartaal ? `Gemeten ${toon(meting.waarde, ind.eenheid)} in ${normaliseerPeriode(meting.periode)}` : `Gemeten ${toon(meting.waarde, ind.eenheid)}`;
    oordeel = {
      status: goed ? 'op-koers' : 'achter',
      uitleg: `${gemeten}; ${wat} ${wanneer}${kwart}: ${goed ? 'daaraan voldaan' : plafond ? 'erboven' : 'eronder'}.`,
      verwacht: grens,
      streefsoort: s.soort ?? null,
    };
  } else if (v) {
    const grens = ind.richting === 'lager-is-beter' ? 'hooguit' : 'ten minste';
    const gemeten = v.kwartaal ? `Gemeten ${toon(meting.waarde, ind.eenheid)} in ${normaliseerPeriode(meting.periode)}` : `Gemeten ${toon(meting.waarde, ind.eenheid)}`;
    // Relatief per jaar: het pad loopt door elk jaar, maar de uitleg noemt de streefwaarde zelf.
    const doelStreef = geldend && !geldend.voorbij && geldend.s.soort === 'relatief' ? geldend.s : geldigeStreefwaarden(ind).find((s) => s.jaar === v.doel.jaar);
    const doelpunt = doelStreef ?? v.doel;
    const vorm = doelStreef && doelStreef.soort && doelStreef.soort !== 'waarde' && doelStreef.soort !== 'reeks' ? ` (${formatStreefwaarde(doelStreef, ind.eenheid)})` : '';
    const doel = `${toon(doelStreef?.soort === 'relatief' ? rondAf(doelpunt.waarde, 1) : doelpunt.waarde, ind.eenheid)}${vorm}`;
    const wanneer = v.kwartaal ? 'voor dit kwartaal' : 'hier';
    const verwacht = toon(v.waarde, ind.eenheid);
    const kwart = v.kwartaal && isTelling(ind.eenheid) ? ` (een kwart van de jaarwaarde ${toon(v.jaarwaarde, ind.eenheid)})` : '';
    oordeel = {
      status: minstensZoGoed(meting.waarde, v.waarde, ind.richting) ? 'op-koers' : 'achter',
      uitleg: v.voorbij
        ? `${gemeten}; de eindstreefwaarde ${doel} voor ${doelpunt.jaar} blijft daarna gelden, dus ${wanneer} verwacht ${grens} ${verwacht}${kwart}.`
        : `${gemeten}, het pad naar ${doel} in ${doelpunt.jaar} verwacht ${wanneer} ${grens} ${verwacht}${kwart}.`,
      verwacht: v.waarde,
      streefsoort: geldend?.s.soort ?? doelStreef?.soort ?? 'waarde',
    };
  } else if (tovBenchmark !== null && (ind.referentiejaar === null || ind.referentiewaarde === null || geldigeStreefwaarden(ind).length === 0)) {
    const goed = tovBenchmark !== 'slechter';
    oordeel = {
      status: goed ? 'op-koers' : 'achter',
      uitleg: `${onbekendeReden(ind, meting, beoordeling).replace(/, dus de meting is niet te beoordelen\.$|\.$/, '')}; wel is er een benchmark: gemeten ${toon(meting.waarde, ind.eenheid)} tegenover ${toon(benchmark!, ind.eenheid)}, ${tovBenchmark === 'gelijk' ? 'gelijk aan' : tovBenchmark === 'beter' ? 'beter dan' : 'slechter dan'} de benchmark.`,
      verwacht: benchmark,
      streefsoort: null,
    };
  } else {
    oordeel = { status: 'onbekend', uitleg: onbekendeReden(ind, meting, beoordeling), verwacht: null, streefsoort: null };
  }
  const uitleg =
    tovBenchmark !== null && oordeel.streefsoort !== null
      ? `${oordeel.uitleg} De benchmark is ${toon(benchmark!, ind.eenheid)}; de meting is ${tovBenchmark === 'gelijk' ? 'gelijk aan' : tovBenchmark === 'beter' ? 'beter dan' : 'slechter dan'} de benchmark.`
      : oordeel.uitleg;
  // A survey figure (Veiligheidsmonitor) carries its margin: a difference with the expected value inside
  // that margin is not shown to be behind. It counts as on course, and the explanation says why.
  const metMarge = statusMetMarge({ status: oordeel.status, waarde: meting.waarde, verwacht: oordeel.verwacht, marge: meting.marge ?? null, uitleg });
  return {
    ...meting,
    status: metMarge.status === 'binnen-marge' ? 'op-koers' : metMarge.status,
    uitleg: metMarge.uitleg,
    verwacht: oordeel.verwacht,
    veranderingProcent: veranderingTovReferentie,
    significant,
    volatiel,
    streefsoort: oordeel.streefsoort,
    tovBenchmark,
  };
}

/** Volgorde van metingen: op tijdstip; bij gelijk tijdstip het kwartaal vóór het jaar; onleesbare perioden achteraan. */
function metingVolgorde(a: Meting, b: Meting): number {
  const ta = tijdstip(a.periode);
  const tb = tijdstip(b.periode);
  if (ta === null || tb === null) return (ta === null ? 1 : 0) - (tb === null ? 1 : 0);
  if (ta !== tb) return ta - tb;
  const ka = periodeTijd(a.periode)!.kwartaal === null ? 1 : 0;
  const kb = periodeTijd(b.periode)!.kwartaal === null ? 1 : 0;
  return ka - kb;
}

/** Alle metingen beoordeeld, gesorteerd op periode (zie metingVolgorde). */
export function beoordeelMetingen(ind: Indicator, beoordeling: Beoordeling): BeoordeeldeMeting[] {
  return [...ind.metingen].sort(metingVolgorde).map((m) => beoordeelMeting(ind, m, beoordeling));
}

/** De status van de laatste meting (met leesbare periode); 'onbekend' zonder metingen. */
export function laatsteStatus(ind: Indicator, beoordeling: Beoordeling): IndicatorStatus {
  const laatste = [...ind.metingen].filter((m) => tijdstip(m.periode) !== null).sort(metingVolgorde).at(-1);
  return laatste ? beoordeelMeting(ind, laatste, beoordeling).status : 'onbekend';
}

/**
 * Wijst de eindstreefwaarde de goede kant op: lager dan de referentiewaarde bij 'lager is beter',
 * hoger bij 'hoger is beter'? Gelijk is geen verbetering en geeft false. Zonder referentiewaarde
 * of streefwaarde valt er niets te controleren en is het antwoord true (geen fout melden).
 */
export function richtingKlopt(ind: Pick<Indicator, 'referentiejaar' | 'referentiewaarde' | 'streefwaarden' | 'richting'>): boolean {
  const eind = eindstreefwaarde(ind);
  // Kwalitatief: afname past bij lager is beter, toename bij hoger is beter; stabiel past altijd.
  if (eind?.soort === 'kwalitatief') return eind.koers === 'stabiel' || (eind.koers === 'afname') === (ind.richting === 'lager-is-beter');
  if (ind.referentiejaar === null || ind.referentiewaarde === null || !eind) return true;
  return ind.richting === 'lager-is-beter' ? eind.waarde < ind.referentiewaarde : eind.waarde > ind.referentiewaarde;
}

// ---------------------------------------------------------------------------------------------
// Trendhulp bij het kiezen van een streefwaarde

export interface Trend {
  /** Verandering per jaar. */
  helling: number;
  /** Waarde van de lijn in jaar 0 (helling × jaar + snijpunt). */
  snijpunt: number;
  voorspel(jaar: number): number;
}

/** Rechte lijn door de punten met de kleinste kwadraten; null bij minder dan twee verschillende jaren. */
export function trend(punten: { jaar: number; waarde: number }[]): Trend | null {
  const p = punten.filter((q) => Number.isFinite(q.jaar) && Number.isFinite(q.waarde));
  if (new Set(p.map((q) => q.jaar)).size < 2) return null;
  const mx = p.reduce((s, q) => s + q.jaar, 0) / p.length;
  const my = p.reduce((s, q) => s + q.waarde, 0) / p.length;
  let sxy = 0;
  let sxx = 0;
  for (const q of p) {
    sxy += (q.jaar - mx) * (q.waarde - my);
    sxx += (q.jaar - mx) ** 2;
  }
  const helling = sxy / sxx;
  // Rond het gemiddelde rekenen houdt de voorspelling nauwkeurig (jaartallen zijn grote getallen).
  return { helling, snijpunt: my - helling * mx, voorspel: (jaar: number) => my + helling * (jaar - mx) };
}

/** Hoe ver een streefwaarde voorbij de trend mag liggen voordat de hulp waarschuwt. */
export const TREND_FACTOR = 2;
export const TREND_MINIMUM_AANDEEL = 0.1;

const telwoorden = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];

/**
 * Zet de eindstreefwaarde naast de trend van de afgelopen jaren (handreiking: 'houd rekening met de
 * trend'). `historie` zijn de jaarmetingen tot en met het referentiejaar; de referentie zelf wordt
 * toegevoegd (en gaat voor een meting uit hetzelfde jaar). Latere jaren tellen niet mee.
 *
 * Regel: noem v de verbetering die de streefwaarde vraagt (referentie → eindstreefwaarde) en t de
 * verbetering die de trend in het eindjaar laat zien (referentie → trendwaarde), beide gemeten in de
 * gewenste richting (een stijging van een aantal misdrijven telt dus negatief). De streefwaarde ligt
 * 'te ver' voorbij de trend als v > 0, v > 2 × t (bij een vlakke of verkeerde trend: elke
 * verbetering) én v − t ≥ 10 % van de referentiewaarde.
 * De trendwaarde wordt begrensd op 0 (en voor een percentage op 100) en op één decimaal afgerond.
 */
export function streefhulp(
  ind: Pick<Indicator, 'referentiejaar' | 'referentiewaarde' | 'streefwaarden' | 'richting' | 'eenheid'>,
  historie: { jaar: number; waarde: number }[],
): { trendInDoeljaar: number | null; teVer: boolean; melding: string } {
  const eind = eindstreefwaarde(ind);
  if (ind.referentiejaar === null || ind.referentiewaarde === null) {
    return { trendInDoeljaar: null, teVer: false, melding: 'Zonder referentiewaarde is er geen trend om de streefwaarde mee te vergelijken.' };
  }
  if (eind?.soort === 'kwalitatief') {
    return { trendInDoeljaar: null, teVer: false, melding: `De streefwaarde ‘${eind.koers}’ heeft geen getal om met de trend te vergelijken; de metingen worden aan hun eigen trend beoordeeld.` };
  }
  if (!eind) {
    return { trendInDoeljaar: null, teVer: false, melding: 'Er is nog geen streefwaarde na het referentiejaar om met de trend te vergelijken.' };
  }
  const refJaar = ind.referentiejaar;
  const ref = ind.referentiewaarde;
  const punten = [...historie.filter((h) => h.jaar < refJaar), { jaar: refJaar, waarde: ref }];
  const lijn = trend(punten);
  if (!lijn) {
    return {
      trendInDoeljaar: null,
      teVer: false,
      melding: `Voor een trend zijn metingen uit ten minste twee jaren nodig, tot en met het referentiejaar ${refJaar}.`,
    };
  }
  let voorspeld = lijn.voorspel(eind.jaar);
  voorspeld = Math.max(0, voorspeld);
  if (ind.eenheid === 'percentage') voorspeld = Math.min(100, voorspeld);
  voorspeld = rondAf(voorspeld, 1);

  const teken = ind.richting === 'lager-is-beter' ? -1 : 1;
  const v = teken * (eind.waarde - ref);
  const t = teken * (voorspeld - ref);
  const teVer = v > 0 && v > TREND_FACTOR * t && v - t >= TREND_MINIMUM_AANDEEL * Math.abs(ref);

  const e = ind.eenheid;
  const verbetering = teken < 0 ? 'daling' : 'stijging';
  const begin = `De trend van de afgelopen jaren komt in ${eind.jaar} uit op ${toon(voorspeld, e)}`;
  const streef = `de streefwaarde ${toon(eind.waarde, e)}`;
  let melding: string;
  if (v <= 0) {
    melding = `${begin}; ${streef} is geen ${verbetering} ten opzichte van de referentiewaarde ${toon(ref, e)}.`;
  } else if (teVer && t > 0) {
    const keer = Math.floor(v / t);
    melding = `${begin}; ${streef} vraagt een ${verbetering} die ruim ${telwoorden[keer] ?? keer} keer zo groot is als de trend. Is dat haalbaar?`;
  } else if (teVer) {
    const richtingTrend = voorspeld === ref ? 'is vlak' : `wijst de andere kant op`;
    const procent = veranderingProcent(ref, eind.waarde);
    const hoeveel = procent === null ? '' : ` van ${formatProcentVerandering(procent).replace(/^[+\u2212]/, '')}`;
    melding = `${begin} en ${richtingTrend}; ${streef} vraagt een ${verbetering}${hoeveel}. Is dat haalbaar?`;
  } else if (v <= t) {
    melding = `${begin}; ${streef} vraagt niet meer dan de trend al laat zien. Kan het ambitieuzer, of verwacht u dat de trend afvlakt?`;
  } else {
    melding = `${begin}; ${streef} vraagt een ${verbetering} die niet ver voorbij de trend gaat.`;
  }
  return { trendInDoeljaar: voorspeld, teVer, melding };
}

// ---------------------------------------------------------------------------------------------
// Controle van de invoer

export interface IndicatorInvoer {
  referentiejaar: number | null;
  referentiewaarde: number | null;
  eenheid: Eenheid;
  streefwaarden: Streefwaarde[];
  metingen?: Meting[];
}

export interface Invoerprobleem {
  /** Pad in de JSON van de API: 'referentiewaarde', 'streefwaarden[1].jaar', 'metingen[0].waarde'. */
  veld: string;
  reden: string;
}

/**
 * Invoerfouten van een indicator, met het veldpad zoals in de JSON van de API: jaartallen die geen
 * jaartal zijn, een referentiewaarde zonder referentiejaar (of andersom), streefjaren op of vóór het
 * referentiejaar, dubbele streefjaren, onleesbare of dubbele meetperioden, en waarden buiten het
 * bereik van de eenheid (percentage 0 tot 100; aantallen, aantallen per 1.000 en scores niet negatief).
 * Of de streefwaarde de goede kant op wijst, controleert richtingKlopt (de plancheck).
 */
export function controleerIndicatorInvoer(invoer: IndicatorInvoer): Invoerprobleem[] {
  const problemen: Invoerprobleem[] = [];
  const { referentiejaar, referentiewaarde, eenheid } = invoer;
  const refJaarGeldig = referentiejaar !== null && isJaar(referentiejaar);
  if (referentiejaar !== null && !refJaarGeldig) {
    problemen.push({ veld: 'referentiejaar', reden: `${referentiejaar} is geen jaartal; vul een jaar in zoals 2024.` });
  }
  if (referentiejaar === null && referentiewaarde !== null) {
    problemen.push({ veld: 'referentiejaar', reden: 'Vul bij de referentiewaarde ook het referentiejaar in.' });
  }
  if (referentiejaar !== null && referentiewaarde === null) {
    problemen.push({ veld: 'referentiewaarde', reden: `Vul de referentiewaarde voor ${referentiejaar} in.` });
  }
  if (referentiewaarde !== null) {
    const fout = bereikFout(referentiewaarde, eenheid);
    if (fout) problemen.push({ veld: 'referentiewaarde', reden: fout });
  }

  const streefjaren = new Set<number>();
  const heeftReferentie = refJaarGeldig && referentiewaarde !== null;
  invoer.streefwaarden.forEach((s, i) => {
    const veld = `streefwaarden[${i}]`;
    const soort = s.soort ?? 'waarde';
    if (!(streefsoorten as readonly string[]).includes(soort)) {
      problemen.push({ veld: `${veld}.soort`, reden: `Onbekende soort streefwaarde ‘${soort}’; kies ${streefsoorten.join(', ')}.` });
      return;
    }
    // Een reeks telt voor elk van haar jaren.
    let jaren = [s.jaar];
    if (soort === 'reeks') {
      if (s.totJaar === undefined || !isJaar(s.totJaar)) {
        problemen.push({ veld: `${veld}.totJaar`, reden: 'Vul het laatste jaar van de reeks in, bijvoorbeeld 2023 bij 2019..2023.' });
      } else if (isJaar(s.jaar) && s.totJaar <= s.jaar) {
        problemen.push({ veld: `${veld}.totJaar`, reden: `Het laatste jaar van de reeks (${s.totJaar}) moet na het eerste jaar (${s.jaar}) komen.` });
      } else if (isJaar(s.jaar) && s.totJaar - s.jaar > 60) {
        problemen.push({ veld: `${veld}.totJaar`, reden: 'Een reeks beslaat hooguit zestig jaar.' });
      } else if (isJaar(s.jaar)) {
        jaren = Array.from({ length: s.totJaar - s.jaar + 1 }, (_, k) => s.jaar + k);
      }
    }
    if (!isJaar(s.jaar)) {
      problemen.push({ veld: `${veld}.jaar`, reden: `${s.jaar} is geen jaartal; vul een jaar in zoals 2028.` });
    } else if (refJaarGeldig && s.jaar < referentiejaar) {
      problemen.push({ veld: `${veld}.jaar`, reden: `Het streefjaar ${s.jaar} ligt vóór het referentiejaar ${referentiejaar}; een streefwaarde hoort bij een later jaar.` });
    } else if (refJaarGeldig && s.jaar === referentiejaar) {
      problemen.push({ veld: `${veld}.jaar`, reden: `Het streefjaar ${s.jaar} is het referentiejaar zelf; een streefwaarde hoort bij een later jaar.` });
    } else {
      const dubbel = jaren.find((j) => streefjaren.has(j));
      if (dubbel !== undefined) problemen.push({ veld: `${veld}.jaar`, reden: `Voor ${dubbel} is al een streefwaarde ingevuld; geef elk jaar één streefwaarde.` });
    }
    for (const j of jaren) streefjaren.add(j);
    if (soort === 'relatief') {
      if (s.procent === undefined || !Number.isFinite(s.procent)) problemen.push({ veld: `${veld}.procent`, reden: 'Vul de verandering in procenten in, bijvoorbeeld -2 voor 2 % minder.' });
      else if (s.procent <= -100) problemen.push({ veld: `${veld}.procent`, reden: `Een daling van ${formatGetal(Math.abs(s.procent))} % of meer laat niets over; kies een kleiner percentage.` });
      else if (s.procent === 0) problemen.push({ veld: `${veld}.procent`, reden: 'Een verandering van 0 % is geen verandering; kies ‘stabiel’ als u gelijk wilt blijven.' });
      if (s.basis !== undefined && !(relatieveBases as readonly string[]).includes(s.basis)) problemen.push({ veld: `${veld}.basis`, reden: 'Kies per-jaar of periode.' });
      if (!heeftReferentie) problemen.push({ veld: `${veld}.soort`, reden: 'Een relatieve streefwaarde rekent vanaf de referentie; vul het referentiejaar en de referentiewaarde in.' });
    } else if (soort === 'kwalitatief') {
      if (!s.koers || !(koersen as readonly string[]).includes(s.koers)) problemen.push({ veld: `${veld}.koers`, reden: 'Kies afname, stabiel of toename.' });
      if (!heeftReferentie) problemen.push({ veld: `${veld}.soort`, reden: `Een kwalitatieve streefwaarde (${s.koers ?? 'afname'}) wordt beoordeeld aan de trend vanaf de referentie; vul het referentiejaar en de referentiewaarde in.` });
    } else {
      const fout = bereikFout(s.waarde, eenheid);
      if (fout) problemen.push({ veld: `${veld}.waarde`, reden: fout });
    }
  });

  const perioden = new Set<string>();
  (invoer.metingen ?? []).forEach((m, i) => {
    const veld = `metingen[${i}]`;
    const periode = normaliseerPeriode(m.periode);
    if (periode === null) {
      problemen.push({ veld: `${veld}.periode`, reden: `‘${m.periode}’ is geen jaar (2026) of kwartaal (2026-K3).` });
    } else if (perioden.has(periode)) {
      problemen.push({ veld: `${veld}.periode`, reden: `Voor ${periode} is al een meting ingevuld; geef elke periode één meting.` });
    }
    if (periode !== null) perioden.add(periode);
    const fout = bereikFout(m.waarde, eenheid);
    if (fout) problemen.push({ veld: `${veld}.waarde`, reden: fout });
    if (m.benchmark != null) {
      const b = bereikFout(m.benchmark, eenheid);
      if (b) problemen.push({ veld: `${veld}.benchmark`, reden: b });
    }
  });
  return problemen;
}

// ---------------------------------------------------------------------------------------------
// Streeftabel (zoals de bijlage 'Doelstellingen' van een beleidsplan)

/** Eén vak van de streeftabel: de streefwaarde van één jaar, in de vorm van het plan. */
export interface Streefcel {
  jaar: number;
  soort: Streefsoort;
  /** Het niveau in de eenheid van de indicator (streefniveau); bij kwalitatief de referentiewaarde. */
  waarde: number;
  /**
   * Zo staat het in het plan: '130', '28,8 %' (waarde, elk jaar van een reeks), '−2 % t.o.v. vorig
   * jaar' (relatief per jaar), '−10 % t.o.v. referentie' (relatief over de periode), 'niet boven 5',
   * 'minimaal 80 %', 'afname'.
   */
  tekst: string;
  /** Alleen bij relatief: het niveau dat eruit volgt ('403,8'), anders null. */
  niveau: string | null;
}

/** Een streefwaarde als vak van de streeftabel (zie Streefcel.tekst). */
export function streefcelTekst(s: Pick<Streefwaarde, 'waarde' | 'soort' | 'procent' | 'basis' | 'koers' | 'jaar' | 'totJaar'>, eenheid: Eenheid): string {
  switch (s.soort ?? 'waarde') {
    case 'relatief': {
      const vorm = formatStreefwaarde(s, eenheid);
      return s.basis === 'per-jaar' ? vorm.replace(/ per jaar$/, ' t.o.v. vorig jaar') : vorm;
    }
    case 'plafond':
    case 'vloer':
    case 'kwalitatief':
      return formatStreefwaarde(s, eenheid);
    default:
      return formatGetal(s.waarde, eenheid);
  }
}

/**
 * De streefwaarden van een indicator per jaar, zoals de streeftabel ze toont: een reeks in elk van
 * haar jaren met haar waarde; een relatieve streefwaarde per jaar ook in de jaren ervoor (vanaf het
 * jaar na de referentie of na de vorige streefwaarde), elk jaar met zijn eigen samengestelde niveau,
 * zoals het pad (zie docs/indicatoren-rekenregels.md); de andere vormen in hun eigen jaar. Alleen
 * na het referentiejaar, oplopend.
 */
export function streefcellen(ind: Pick<Indicator, 'referentiejaar' | 'referentiewaarde' | 'streefwaarden' | 'eenheid'>): Streefcel[] {
  return cellenMetBron(ind).map((c) => c.cel);
}

/** streefcellen, elk met de streefwaarde waar het vak uit komt (een reeks: met haar eerste jaar). */
function cellenMetBron(ind: Pick<Indicator, 'referentiejaar' | 'referentiewaarde' | 'streefwaarden' | 'eenheid'>): { cel: Streefcel; bron: Streefwaarde }[] {
  const uit: { cel: Streefcel; bron: Streefwaarde }[] = [];
  const cel = (s: Streefwaarde): Streefcel => {
    const soort = s.soort ?? 'waarde';
    return { jaar: s.jaar, soort, waarde: s.waarde, tekst: streefcelTekst(s, ind.eenheid), niveau: soort === 'relatief' ? formatGetal(s.waarde, ind.eenheid) : null };
  };
  for (const s of geldigeStreefwaarden(ind)) {
    const bron = s.soort === 'reeks' ? (ind.streefwaarden.find((o) => o.soort === 'reeks' && o.totJaar === s.totJaar && o.jaar <= s.jaar) ?? s) : s;
    if (s.soort === 'relatief' && s.basis === 'per-jaar' && ind.referentiejaar !== null && ind.referentiewaarde !== null) {
      for (let j = (uit.at(-1)?.cel.jaar ?? ind.referentiejaar) + 1; j < s.jaar; j++) uit.push({ cel: cel({ ...s, jaar: j, waarde: streefniveau({ ...s, jaar: j }, ind) }), bron });
    }
    uit.push({ cel: cel(s), bron });
  }
  return uit;
}

/**
 * De eindstreefwaarde in de vorm van het plan, voor de kolom Eindstreefwaarde: '170' (waarde, reeks),
 * '−2 % per jaar (380)' en '−10 % t.o.v. referentie (370,8)' (relatief, met het niveau dat eruit
 * volgt), 'niet boven 5', 'minimaal 80 %', 'afname'. Null zonder streefwaarde.
 */
export function eindstreefTekst(ind: Pick<Indicator, 'referentiejaar' | 'referentiewaarde' | 'streefwaarden' | 'eenheid'>): string | null {
  const eind = eindstreefwaarde(ind);
  if (!eind) return null;
  const soort = eind.soort ?? 'waarde';
  if (soort === 'waarde' || soort === 'reeks') return formatGetal(eind.waarde, ind.eenheid);
  const vorm = formatStreefwaarde(eind, ind.eenheid);
  return soort === 'relatief' ? `${vorm} (${formatGetal(eind.waarde, ind.eenheid)})` : vorm;
}

/**
 * Het pad waarlangs een meting wordt beoordeeld (de knikpunten: de referentie, dan de niveaus van de
 * streefwaarden; een reeks elk jaar, relatief per jaar elk jaar; kwalitatieve streefwaarden niet),
 * of een lege lijst zonder referentie of zonder streefwaarde met een niveau. Voor de grafiek.
 */
export function streefpad(ind: Indicator, beoordeling: Beoordeling): { jaar: number; waarde: number }[] {
  return padpunten(ind, beoordeling) ?? [];
}

export interface Streefrij {
  id: string;
  naam: string;
  eenheid: Eenheid;
  /** De eenheid voluit, met de noemer: 'aantal', 'per 10.000 jongeren van 12 tot en met 17 jaar'. */
  eenheidTekst: string;
  referentiejaar: number | null;
  referentiewaarde: number | null;
  /** Per jaar uit `jaren` het niveau van de streefwaarde van deze indicator, of null als die er voor dat jaar geen heeft. */
  streefwaarden: Record<number, number | null>;
  /** Per jaar uit `jaren` de streefwaarde in de vorm van het plan (Streefcel), of null. */
  cellen: Record<number, Streefcel | null>;
  eindjaar: number | null;
  eindstreefwaarde: number | null;
  /** De eindstreefwaarde in de vorm van het plan (eindstreefTekst), of null. */
  eindtekst: string | null;
  /**
   * Verandering van de eindstreefwaarde ten opzichte van de referentie, in procenten (één decimaal).
   * Null bij een kwalitatieve eindstreefwaarde: 'afname' is geen getal.
   */
  mutatieProcent: number | null;
  /** Per jaar met een andere vorm dan een waarde: de vorm in woorden ('−2 % per jaar', 'niet boven 5', 'afname'). */
  vormen?: Record<number, string>;
}

/**
 * De streeftabel: per indicator de referentie, de streefwaarde per jaar (in de vorm van het plan:
 * streefcellen), de eindstreefwaarde en de mutatie ten opzichte van de referentie. `jaren` is de
 * vereniging van alle jaren met een streefwaarde, oplopend. Alleen streefwaarden na het
 * referentiejaar tellen (zie controleerIndicatorInvoer).
 */
export function streeftabel(indicatoren: Indicator[]): { jaren: number[]; rijen: Streefrij[] } {
  const alleCellen = indicatoren.map((ind) => cellenMetBron(ind));
  const jaren = [...new Set(alleCellen.flat().map((c) => c.cel.jaar))].sort((a, b) => a - b);
  const rijen = indicatoren.map((ind, i): Streefrij => {
    const cellen = alleCellen[i]!;
    const eind = eindstreefwaarde(ind);
    const perJaar: Record<number, number | null> = {};
    const celPerJaar: Record<number, Streefcel | null> = {};
    const vormen: Record<number, string> = {};
    for (const j of jaren) {
      const c = cellen.find((x) => x.cel.jaar === j) ?? null;
      perJaar[j] = c?.cel.waarde ?? null;
      celPerJaar[j] = c?.cel ?? null;
      if (c && c.cel.soort !== 'waarde') vormen[j] = formatStreefwaarde(c.bron, ind.eenheid);
    }
    return {
      id: ind.id,
      naam: ind.naam,
      eenheid: ind.eenheid,
      eenheidTekst: eenheidTekst(ind.eenheid, ind.noemer),
      referentiejaar: ind.referentiejaar,
      referentiewaarde: ind.referentiewaarde,
      streefwaarden: perJaar,
      cellen: celPerJaar,
      eindjaar: eind?.jaar ?? null,
      eindstreefwaarde: eind?.waarde ?? null,
      eindtekst: eindstreefTekst(ind),
      mutatieProcent: eind?.soort === 'kwalitatief' ? null : streefveranderingProcent(ind),
      ...(Object.keys(vormen).length ? { vormen } : {}),
    };
  });
  return { jaren, rijen };
}
