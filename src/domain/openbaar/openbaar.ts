/**
 * Het openbare veiligheidsdashboard (issue 18, punt 1). De coördinator publiceert per onderdeel: het
 * vastgestelde IVP met zijn prioriteiten, elke effectindicator, de voortgang van de maatregelen (alleen
 * aantallen), de laatste rapportage die aan de raad is aangeboden en de politiecijfers per thema. Wat
 * inwoners zien, wordt bij het lezen berekend: iets vertrouwelijks staat er nooit in, ook niet als het
 * vertrouwelijk werd nadat het gepubliceerd was. In gewone woorden (B1). Zuiver, geen I/O.
 */
import { maatregelStatusNamen, maatregelStatussen, type MaatregelStatus } from '../cyclus/inhoud.ts';
import { isVertrouwelijk } from '../cyclus/vertrouwelijk.ts';
import type { IndicatorOverzicht } from '../monitoring/dashboard.ts';
import { formatGetal } from '../monitoring/getallen.ts';
import { bronNamen, eenheidNamen, type IndicatorStatus } from '../monitoring/typen.ts';
import { combineer, type Dekking, dekkingKort, dekkingUit, dekkingZin } from '../politie/dekking.ts';

// --- Licentie, uitgever en bronnen ----------------------------------------------------------------

/** De open data staan onder CC BY 4.0: vrij te gebruiken, met bronvermelding (net als de CBS-cijfers zelf). */
export const LICENTIE = {
  naam: 'CC BY 4.0',
  titel: 'Creative Commons Naamsvermelding 4.0 Internationaal',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
} as const;

export const uitgeverVan = (gemeentenaam: string) => `Gemeente ${gemeentenaam}, gepubliceerd met Kernplan`;

export const BRON_POLITIE = 'Politie, geregistreerde misdrijven (data.politie.nl / CBS 47018NED)';
export const BRON_MAATREGELEN = 'Eigen registratie van de gemeente (uitvoeringsplan in Kernplan)';

/** De bron van een effectindicator, in woorden. */
export function indicatorBron(i: Pick<IndicatorOverzicht, 'bron' | 'bronToelichting' | 'reeks'>): string {
  // Only a series from the imported police figures is the open police data; other police sources are named as such.
  const basis = i.bron === 'politieregistratie' ? (i.reeks ? BRON_POLITIE : 'Politieregistratie') : i.bron === 'veiligheidsmonitor' ? 'Veiligheidsmonitor (CBS)' : i.bron === 'gemeente' ? 'Eigen registratie van de gemeente' : bronNamen[i.bron];
  const extra = i.bronToelichting.trim();
  return extra && extra.toLowerCase() !== basis.toLowerCase() ? `${basis}; ${extra}` : basis;
}

// --- Onderdelen ------------------------------------------------------------------------------------

export type OnderdeelSoort = 'ivp' | 'indicator' | 'voortgang' | 'rapportage' | 'politie';

/** Het id van een onderdeel: 'ivp', 'voortgang', 'rapportage', 'indicator-<id>' of 'politie-<thema>'. */
export const onderdeelId = (soort: OnderdeelSoort, sleutel?: string) => (sleutel === undefined ? soort : `${soort}-${sleutel}`);

export function soortVan(id: string): { soort: OnderdeelSoort; sleutel: string | null } | null {
  if (id === 'ivp' || id === 'voortgang' || id === 'rapportage') return { soort: id, sleutel: null };
  const m = /^(indicator|politie)-(.+)$/.exec(id);
  return m ? { soort: m[1] as OnderdeelSoort, sleutel: m[2]! } : null;
}

export interface BronPrioriteit {
  id: string | null;
  titel: string;
  doel: string;
}

export interface BronMaatregel {
  status: MaatregelStatus;
  vertrouwelijk?: boolean;
}

export interface BronPolitieThema {
  themaId: string;
  naam: string;
  /** De soorten misdrijf (codes van CBS 47018NED) die bij dit thema horen. */
  codes: { code: string; titel: string }[];
  /** De gemeente per jaar, met de dekking van dat jaar (domain/politie/dekking.ts); over de jaren rekent `dekkingOverJaren`. */
  reeks: { jaar: number; aantal: number | null; per1000: number | null; dekking: Dekking }[];
  /** De wijken in het laatste jaar, elk met zijn dekking. */
  wijken: { code: string; naam: string; jaar: number; aantal: number | null; per1000: number | null; dekking: Dekking }[];
}

/** Alles waaruit het dashboard wordt berekend; de server laadt het zonder vertrouwelijke onderdelen. */
export interface OpenbareBron {
  gemeente: { code: string; naam: string };
  ivp: { datum: string; versie: number; periodeStart: number | null; periodeEinde: number | null } | null;
  prioriteiten: BronPrioriteit[];
  indicatoren: IndicatorOverzicht[];
  /** Per prioriteit (id) de maatregelen; null: bij geen prioriteit. */
  maatregelen: { prioriteitId: string | null; maatregelen: BronMaatregel[] }[];
  /** Alleen een versie die aan de raad is aangeboden. */
  rapportage: { periode: string; titel: string; versie: number; aangebodenOp: string; besprokenOp: string | null } | null;
  politie: BronPolitieThema[];
  /** Thema's (ids als '5.2') waarvan de analyse vertrouwelijk is: hun cijfers komen nooit op het dashboard. */
  vertrouwelijkeThemas: ReadonlySet<string>;
}

export interface PubliceerbaarOnderdeel {
  id: string;
  soort: OnderdeelSoort;
  titel: string;
  uitleg: string;
}

const indicatorZichtbaar = (i: IndicatorOverzicht) => !isVertrouwelijk(i);
const politieZichtbaar = (b: Pick<OpenbareBron, 'vertrouwelijkeThemas'>, t: BronPolitieThema) => !b.vertrouwelijkeThemas.has(t.themaId);

/** Wat de coördinator kan publiceren: nooit iets vertrouwelijks. */
export function publiceerbareOnderdelen(b: OpenbareBron): PubliceerbaarOnderdeel[] {
  const uit: PubliceerbaarOnderdeel[] = [];
  if (b.ivp) {
    uit.push({ id: 'ivp', soort: 'ivp', titel: 'Het vastgestelde veiligheidsplan en de prioriteiten', uitleg: `${b.prioriteiten.length} prioriteiten met hun doel.` });
  }
  for (const i of b.indicatoren.filter(indicatorZichtbaar)) {
    uit.push({ id: onderdeelId('indicator', i.id), soort: 'indicator', titel: `Effectindicator: ${i.naam}`, uitleg: `Status in gewone woorden, metingen en grafiek.` });
  }
  const totaal = b.maatregelen.reduce((n, g) => n + g.maatregelen.filter((m) => !isVertrouwelijk(m)).length, 0);
  if (totaal > 0) {
    uit.push({ id: 'voortgang', soort: 'voortgang', titel: 'Voortgang van de maatregelen', uitleg: 'Alleen aantallen per status; geen namen, eigenaren of toelichtingen.' });
  }
  if (b.rapportage) {
    uit.push({ id: 'rapportage', soort: 'rapportage', titel: `Laatste rapportage aan de raad: ${b.rapportage.titel}`, uitleg: `Aangeboden aan de raad (versie ${b.rapportage.versie}).` });
  }
  for (const t of b.politie.filter((t) => politieZichtbaar(b, t))) {
    if (t.reeks.length === 0) continue;
    uit.push({ id: onderdeelId('politie', t.themaId), soort: 'politie', titel: `Politiecijfers: ${t.naam}`, uitleg: 'Per jaar en per wijk, met welke soorten misdrijf in de cijfers zaten.' });
  }
  return uit;
}

// --- Gewone woorden ----------------------------------------------------------------------------------

export const OP_KOERS_UITLEG =
  'Bij elke indicator staat een doel voor het eind van de planperiode. Op weg daarheen heeft de gemeente voor elk jaar een tussendoel. ' +
  "‘Op koers’ betekent: de laatste meting is even goed als het tussendoel van dat jaar, of beter. " +
  "‘Achter’ betekent: de laatste meting is slechter dan het tussendoel. " +
  "‘Nog niet te zeggen’ betekent: er is nog geen meting, of nog geen doel om mee te vergelijken.";

export const statusWoorden: Record<IndicatorStatus, string> = { 'op-koers': 'Op koers', achter: 'Achter', onbekend: 'Nog niet te zeggen' };

/** Eén of twee korte zinnen over de status, zonder vaktaal. */
export function statusInGewoneWoorden(status: IndicatorStatus, heeftMeting: boolean, heeftDoel: boolean): string {
  if (status === 'op-koers') return 'Het gaat zoals gepland. De laatste meting is even goed als het doel voor dat jaar, of beter.';
  if (status === 'achter') return 'Het gaat minder goed dan gepland. De laatste meting is slechter dan het doel voor dat jaar.';
  if (!heeftMeting) return 'We kunnen het nog niet zeggen. Er is nog geen meting.';
  if (!heeftDoel) return 'We kunnen het nog niet zeggen. Er is geen doel vastgelegd om mee te vergelijken.';
  return 'We kunnen het nog niet zeggen. De meting en het doel zijn nog niet te vergelijken.';
}

export interface OpenbareIndicator {
  id: string;
  naam: string;
  prioriteit: string | null;
  status: IndicatorStatus;
  statusWoorden: string;
  uitleg: string;
  eenheid: string;
  laatsteMeting: string | null;
  doel: string | null;
  beginwaarde: string | null;
  metingen: { periode: string; waarde: number }[];
  bron: string;
}

export interface OpenbareVoortgang {
  totaal: number;
  perStatus: { status: MaatregelStatus; naam: string; aantal: number }[];
  afgerondProcent: number | null;
  samenvatting: string;
  perPrioriteit: { prioriteit: string; totaal: number; perStatus: { status: MaatregelStatus; naam: string; aantal: number }[] }[];
}

export interface OpenbaarPolitieThema {
  themaId: string;
  naam: string;
  /**
   * Dezelfde regel en woorden als bij de cijfers in Kernplan (domain/politie/dekking.ts): `volledig` als
   * elke soort van het thema in elk jaar in de cijfers zit; anders heet het cijfer onvolledig.
   */
  dekking: { codes: { code: string; titel: string; inDeCijfers: boolean }[]; tekst: string; volledig: boolean; kort: string };
  /** Per jaar; `dekking` is kort, zoals 'onvolledig (1 van 22 soorten)'. */
  reeks: { jaar: number; aantal: number | null; per1000: number | null; volledig: boolean; dekking: string }[];
  wijken: { code: string; naam: string; jaar: number; aantal: number | null; per1000: number | null; volledig: boolean; dekking: string }[];
}

export interface OpenbaarDashboard {
  gemeente: { code: string; naam: string };
  titel: string;
  uitgever: string;
  licentie: typeof LICENTIE;
  opKoersUitleg: string;
  ivp: { titel: string; vastgesteldOp: string; periode: string | null; prioriteiten: { titel: string; doel: string }[] } | null;
  indicatoren: OpenbareIndicator[];
  voortgang: OpenbareVoortgang | null;
  rapportage: { titel: string; periode: string; versie: number; aangebodenOp: string; besprokenOp: string | null } | null;
  politie: { bron: string; themas: OpenbaarPolitieThema[] } | null;
  bronnen: string[];
  openData: { csv: string; json: string };
}

function telPerStatus(ms: readonly BronMaatregel[]) {
  const zichtbaar = ms.filter((m) => !isVertrouwelijk(m));
  const perStatus = maatregelStatussen
    .map((s) => ({ status: s, naam: maatregelStatusNamen[s], aantal: zichtbaar.filter((m) => m.status === s).length }))
    .filter((p) => p.aantal > 0);
  return { totaal: zichtbaar.length, perStatus };
}

const meervoud = (n: number, een: string, veel: string) => `${n} ${n === 1 ? een : veel}`;

export function openbareVoortgang(b: Pick<OpenbareBron, 'maatregelen' | 'prioriteiten'>): OpenbareVoortgang | null {
  const alle = telPerStatus(b.maatregelen.flatMap((g) => g.maatregelen));
  if (alle.totaal === 0) return null;
  const get = (s: MaatregelStatus) => alle.perStatus.find((p) => p.status === s)?.aantal ?? 0;
  const actief = alle.totaal - get('geschrapt');
  const afgerondProcent = actief > 0 ? Math.round((100 * get('afgerond')) / actief) : null;
  const delen = alle.perStatus.map((p) => `${p.aantal} ${p.naam.toLowerCase()}`);
  const perPrioriteit = b.maatregelen
    .map((g) => ({ g, t: telPerStatus(g.maatregelen) }))
    .filter(({ t }) => t.totaal > 0)
    .map(({ g, t }) => ({ prioriteit: b.prioriteiten.find((p) => p.id !== null && p.id === g.prioriteitId)?.titel ?? 'Overige maatregelen', ...t }));
  return {
    ...alle,
    afgerondProcent,
    samenvatting: `Er zijn ${meervoud(alle.totaal, 'maatregel', 'maatregelen')}. Daarvan: ${delen.join(', ')}.`,
    perPrioriteit,
  };
}

export function openbareIndicator(i: IndicatorOverzicht, prioriteit: string | null): OpenbareIndicator {
  const laatste = i.metingen.at(-1) ?? null;
  // In the plan's form: 'afname in 2030', 'niet boven 5 in 2030', a number otherwise.
  const doel = i.eindjaar !== null && i.eindstreefwaarde !== null ? `${i.eindvorm ?? formatGetal(i.eindstreefwaarde, i.eenheid)} in ${i.eindjaar}` : null;
  const zinnen = [statusInGewoneWoorden(i.status, laatste !== null, doel !== null)];
  if (laatste) zinnen.push(`De laatste meting is ${formatGetal(laatste.waarde, i.eenheid)} (${laatste.periode}).`);
  if (doel) zinnen.push(`Het doel is ${doel}.`);
  return {
    id: i.id,
    naam: i.naam,
    prioriteit,
    status: i.status,
    statusWoorden: statusWoorden[i.status],
    uitleg: zinnen.join(' '),
    eenheid: i.eenheid === 'score' ? 'score' : eenheidNamen[i.eenheid],
    laatsteMeting: laatste ? `${formatGetal(laatste.waarde, i.eenheid)} (${laatste.periode})` : null,
    doel,
    beginwaarde: i.referentiejaar !== null && i.referentiewaarde !== null ? `${formatGetal(i.referentiewaarde, i.eenheid)} in ${i.referentiejaar}` : null,
    metingen: i.metingen.map((m) => ({ periode: m.periode, waarde: m.waarde })),
    bron: indicatorBron(i),
  };
}

/**
 * De dekking van een thema op het dashboard, met de regel en woorden van dekking.ts: een soort zit in
 * de cijfers als er voor de gemeente een bekend aantal is (ook 0), over meer jaren alleen als dat in
 * elk jaar zo is.
 */
function dekking(t: BronPolitieThema): OpenbaarPolitieThema['dekking'] {
  const d = dekkingOverJaren(t);
  const aanwezig = new Set(d.aanwezig);
  const codes = t.codes.map((c) => ({ ...c, inDeCijfers: aanwezig.has(c.code) }));
  const meerJaren = t.reeks.length > 1 && !d.volledig && d.codes.length > 0 ? ' Over meer jaren telt een soort alleen mee als hij in elk jaar in de cijfers zit.' : '';
  return { codes, tekst: `${dekkingZin(d, false)}${meerJaren}`, volledig: d.volledig, kort: dekkingKort(d) };
}

/** De dekking van een thema over alle jaren van de reeks: een soort is aanwezig als hij in elk jaar aanwezig is. */
export function dekkingOverJaren(t: Pick<BronPolitieThema, 'codes' | 'reeks'>): Dekking {
  const codes = t.codes.map((c) => c.code);
  return t.reeks.length ? combineer(t.reeks.map((r) => r.dekking)) : dekkingUit(codes, new Set());
}

const metDekking = <T extends { dekking: Dekking }>({ dekking: d, ...rest }: T) => ({ ...rest, volledig: d.volledig, dekking: dekkingKort(d) });

/**
 * Het dashboard zoals inwoners het zien: alleen wat gepubliceerd is, en daarvan nooit iets
 * vertrouwelijks (de bron is al zonder, en hier wordt nog eens gefilterd).
 */
export function openbaarDashboard(b: OpenbareBron, gepubliceerd: ReadonlySet<string>, paden: { csv: string; json: string }): OpenbaarDashboard {
  const prioriteitTitel = (id: string | null) => (gepubliceerd.has('ivp') && id !== null ? (b.prioriteiten.find((p) => p.id === id)?.titel ?? null) : null);
  const ivp =
    b.ivp && gepubliceerd.has('ivp')
      ? {
          titel: `Integraal Veiligheidsplan ${b.gemeente.naam}${b.ivp.periodeStart && b.ivp.periodeEinde ? ` ${b.ivp.periodeStart}-${b.ivp.periodeEinde}` : ''}`,
          vastgesteldOp: b.ivp.datum,
          periode: b.ivp.periodeStart && b.ivp.periodeEinde ? `${b.ivp.periodeStart}-${b.ivp.periodeEinde}` : null,
          prioriteiten: b.prioriteiten.map((p) => ({ titel: p.titel, doel: p.doel })),
        }
      : null;
  const indicatoren = b.indicatoren
    .filter((i) => indicatorZichtbaar(i) && gepubliceerd.has(onderdeelId('indicator', i.id)))
    .map((i) => openbareIndicator(i, prioriteitTitel(i.prioriteitId)));
  const voortgang = gepubliceerd.has('voortgang') ? openbareVoortgang({ maatregelen: b.maatregelen, prioriteiten: gepubliceerd.has('ivp') ? b.prioriteiten : [] }) : null;
  const rapportage = b.rapportage && gepubliceerd.has('rapportage') ? { ...b.rapportage } : null;
  const themas = b.politie
    .filter((t) => politieZichtbaar(b, t) && t.reeks.length > 0 && gepubliceerd.has(onderdeelId('politie', t.themaId)))
    .map((t) => ({ themaId: t.themaId, naam: t.naam, dekking: dekking(t), reeks: t.reeks.map(metDekking), wijken: t.wijken.map(metDekking) }));
  const bronnen = [...new Set([...indicatoren.map((i) => i.bron), ...(voortgang ? [BRON_MAATREGELEN] : []), ...(themas.length ? [BRON_POLITIE] : [])])];
  return {
    gemeente: b.gemeente,
    titel: `Veiligheid in ${b.gemeente.naam}`,
    uitgever: uitgeverVan(b.gemeente.naam),
    licentie: LICENTIE,
    opKoersUitleg: OP_KOERS_UITLEG,
    ivp,
    indicatoren,
    voortgang,
    rapportage,
    politie: themas.length ? { bron: BRON_POLITIE, themas } : null,
    bronnen,
    openData: paden,
  };
}

/** Of er iets op het dashboard staat. */
export const heeftInhoud = (d: OpenbaarDashboard) => Boolean(d.ivp || d.indicatoren.length || d.voortgang || d.rapportage || d.politie);

// --- Open data -------------------------------------------------------------------------------------

export interface Cijfer {
  onderwerp: 'effectindicator' | 'maatregelen' | 'politie';
  naam: string;
  gebied: string;
  gebiedscode: string;
  periode: string;
  waarde: number | null;
  eenheid: string;
  bron: string;
  /** Bij politiecijfers: 'volledig (22 van 22 soorten)' of 'onvolledig (1 van 22 soorten)'; anders leeg. */
  dekking: string;
}

/** Elk getal van het dashboard als rij, met zijn bron. */
export function cijfersVan(d: OpenbaarDashboard): Cijfer[] {
  const uit: Cijfer[] = [];
  const gm = { gebied: d.gemeente.naam, gebiedscode: d.gemeente.code };
  for (const i of d.indicatoren) {
    for (const m of i.metingen) uit.push({ onderwerp: 'effectindicator', naam: i.naam, ...gm, periode: m.periode, waarde: m.waarde, eenheid: i.eenheid, bron: i.bron, dekking: '' });
  }
  if (d.voortgang) {
    for (const p of d.voortgang.perStatus) uit.push({ onderwerp: 'maatregelen', naam: `Maatregelen: ${p.naam.toLowerCase()}`, ...gm, periode: 'nu', waarde: p.aantal, eenheid: 'aantal', bron: BRON_MAATREGELEN, dekking: '' });
  }
  for (const t of d.politie?.themas ?? []) {
    for (const r of t.reeks) {
      uit.push({ onderwerp: 'politie', naam: t.naam, ...gm, periode: String(r.jaar), waarde: r.aantal, eenheid: 'aantal', bron: BRON_POLITIE, dekking: r.dekking });
      if (r.per1000 !== null) uit.push({ onderwerp: 'politie', naam: t.naam, ...gm, periode: String(r.jaar), waarde: r.per1000, eenheid: 'per 1.000 inwoners', bron: BRON_POLITIE, dekking: r.dekking });
    }
    for (const w of t.wijken) {
      uit.push({ onderwerp: 'politie', naam: t.naam, gebied: w.naam, gebiedscode: w.code, periode: String(w.jaar), waarde: w.aantal, eenheid: 'aantal', bron: BRON_POLITIE, dekking: w.dekking });
    }
  }
  return uit;
}

/** `dekking` (last, so earlier columns keep their place): whether a police figure is complete or "onvolledig" (issue 16, point 2). */
const KOLOMMEN = ['onderwerp', 'naam', 'gebied', 'gebiedscode', 'periode', 'waarde', 'eenheid', 'bron', 'uitgever', 'licentie', 'dekking'] as const;

function csvVeld(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  // A text that a spreadsheet would run as a formula gets a leading apostrophe.
  const t = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r;]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/** RFC 4180: komma's, dubbele aanhalingstekens, CRLF; elke rij noemt bron, uitgever en licentie. */
export function cijfersCsv(d: OpenbaarDashboard): string {
  const licentie = `${LICENTIE.naam} (${LICENTIE.url})`;
  const regels = [KOLOMMEN.join(',')];
  for (const c of cijfersVan(d)) {
    regels.push([c.onderwerp, c.naam, c.gebied, c.gebiedscode, c.periode, c.waarde, c.eenheid, c.bron, d.uitgever, licentie, c.dekking].map(csvVeld).join(','));
  }
  return `${regels.join('\r\n')}\r\n`;
}

export function cijfersJson(d: OpenbaarDashboard) {
  return {
    titel: `Open data: ${d.titel}`,
    gemeente: d.gemeente,
    uitgever: d.uitgever,
    licentie: LICENTIE,
    bronnen: d.bronnen,
    cijfers: cijfersVan(d),
  };
}
