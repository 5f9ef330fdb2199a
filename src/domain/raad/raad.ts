/**
 * De raad stuurt (issue 15, punt 3): per prioriteit van het vastgestelde IVP het doel naast de
 * effectindicatoren in gewone woorden, de voortgang van de maatregelen, technische vragen van
 * raadsleden en de rapportages die aan de raad zijn aangeboden (bevroren zoals aangeboden). Zuiver.
 */
import { type Blok, type DocumentModel, zelfdeInhoud } from '../cyclus/document.ts';
import { maatregelStatusNamen, maatregelStatussen, type MaatregelStatus } from '../cyclus/inhoud.ts';
import type { DashboardGroep, IndicatorOverzicht } from '../monitoring/dashboard.ts';
import { formatGetal } from '../monitoring/getallen.ts';
import type { IndicatorStatus } from '../monitoring/typen.ts';

/** Een prioriteit zoals de raad haar vaststelde: de titel en het doel uit hoofdstuk 4 van het IVP. */
export interface VastgesteldePrioriteit {
  titel: string;
  doel: string;
}

function blokTekst(b: Blok): string {
  if (b.soort === 'alinea') return b.delen ? b.delen.map((d) => d.tekst).join('') : b.tekst;
  if (b.soort === 'lijst') return (b.rijk ? b.rijk.map((i) => i.delen.map((d) => d.tekst).join('')) : b.items).map((x) => `- ${x}`).join('\n');
  if (b.soort === 'tabel') return '';
  return '';
}

/**
 * De prioriteiten van een IVP-document: de kopjes van niveau 2 in hoofdstuk 4, elk met de tekst onder
 * het kopje 'Doel'. Een doel dat nog niet was ingevuld (een lege aanwijzing) geeft een lege tekst.
 */
export function prioriteitenUitIvp(model: DocumentModel): VastgesteldePrioriteit[] {
  const uit: VastgesteldePrioriteit[] = [];
  let inHoofdstuk4 = false;
  let huidig: VastgesteldePrioriteit | null = null;
  let inDoel = false;
  for (const b of model.blokken) {
    if (b.soort === 'kop') {
      if (b.niveau === 1) {
        inHoofdstuk4 = b.nummer === '4';
        huidig = null;
        inDoel = false;
      } else if (inHoofdstuk4 && b.niveau === 2) {
        huidig = { titel: b.tekst, doel: '' };
        uit.push(huidig);
        inDoel = false;
      } else if (inHoofdstuk4 && b.niveau === 3) {
        inDoel = huidig !== null && b.tekst.trim().toLowerCase() === 'doel';
      }
      continue;
    }
    if (huidig && inDoel) {
      const t = blokTekst(b).trim();
      if (t) huidig.doel = huidig.doel ? `${huidig.doel}\n\n${t}` : t;
    }
  }
  return uit;
}

/** '(alleen Dijkstede)' achter de titel van een lokale prioriteit van een gezamenlijk IVP telt niet mee. */
const kaleTitel = (t: string) => t.replace(/\s*\(alleen [^)]*\)\s*$/, '').trim().toLowerCase();

/** Koppelt een vastgestelde prioriteit aan de huidige (op titel): de indicatoren en maatregelen hangen aan het id. */
export function koppelPrioriteit<P extends { id: string; titel: string }>(vastgesteld: VastgesteldePrioriteit, huidige: readonly P[]): P | null {
  const t = kaleTitel(vastgesteld.titel);
  return huidige.find((p) => kaleTitel(p.titel) === t) ?? null;
}

/** De koers van een indicator in gewone woorden. */
export const koersNamen: Record<IndicatorStatus, string> = { 'op-koers': 'op koers', achter: 'achter', onbekend: 'niet te beoordelen' };

export interface RaadsIndicator {
  id: string;
  naam: string;
  status: IndicatorStatus;
  /** 'op koers', 'achter' of 'niet te beoordelen'. */
  koers: string;
  /** Waarom, in één zin. */
  reden: string;
  /** '412 (2026)', of null zonder meting. */
  laatsteMeting: string | null;
  /** De eindstreefwaarde met het jaar, '380 (2030)', of null. */
  doelwaarde: string | null;
  /** De referentie met het jaar, of null. */
  referentie: string | null;
}

/** Eén zin: wat na de eerste zin komt, valt weg (de reden van de beoordeling is soms langer). */
function eenZin(tekst: string): string {
  const t = tekst.trim();
  const m = /^(.+?[.!?])(\s|$)/.exec(t);
  return m ? m[1]! : t ? `${t}.` : t;
}

export function raadsIndicator(i: IndicatorOverzicht): RaadsIndicator {
  const laatste = i.metingen.at(-1) ?? null;
  const reden =
    i.status === 'onbekend' && !laatste
      ? 'Er is nog geen meting.'
      : i.status === 'onbekend' && i.eindjaar === null
        ? 'Er is geen streefwaarde vastgelegd, dus er is niets om mee te vergelijken.'
        : eenZin(i.statusUitleg);
  return {
    id: i.id,
    naam: i.naam,
    status: i.status,
    koers: koersNamen[i.status],
    reden,
    laatsteMeting: laatste ? `${formatGetal(laatste.waarde, i.eenheid)} (${laatste.periode})` : null,
    doelwaarde: i.eindjaar !== null && i.eindstreefwaarde !== null ? `${formatGetal(i.eindstreefwaarde, i.eenheid)} (${i.eindjaar})` : null,
    referentie: i.referentiejaar !== null && i.referentiewaarde !== null ? `${formatGetal(i.referentiewaarde, i.eenheid)} (${i.referentiejaar})` : null,
  };
}

export interface RaadsMaatregelen {
  totaal: number;
  /** Alleen de statussen die voorkomen, in de volgorde van de methode. */
  perStatus: { status: MaatregelStatus; naam: string; aantal: number }[];
  afgerondProcent: number | null;
  /** De maatregelen die vertraagd of over hun eindkwartaal zijn. */
  teLaat: { naam: string; status: string; eindKwartaal: string | null; toelichting: string }[];
  /** Eén zin voor wie snel leest. */
  samenvatting: string;
}

export function raadsMaatregelen(g: Pick<DashboardGroep, 'maatregelen' | 'voortgang'> | null): RaadsMaatregelen {
  if (!g || g.maatregelen.length === 0) {
    return { totaal: 0, perStatus: [], afgerondProcent: null, teLaat: [], samenvatting: 'Er zijn (nog) geen maatregelen bij deze prioriteit.' };
  }
  const v = g.voortgang;
  const perStatus = maatregelStatussen.filter((s) => v.perStatus[s] > 0).map((s) => ({ status: s, naam: maatregelStatusNamen[s], aantal: v.perStatus[s] }));
  const teLaat = g.maatregelen
    .filter((m) => m.teLaat)
    .map((m) => ({ naam: m.naam, status: maatregelStatusNamen[m.status], eindKwartaal: m.eindKwartaal, toelichting: m.statusToelichting }));
  const delen = [`${v.totaal} ${v.totaal === 1 ? 'maatregel' : 'maatregelen'}: ${perStatus.map((p) => `${p.aantal} ${p.naam.toLowerCase()}`).join(', ')}.`];
  delen.push(teLaat.length === 0 ? 'Geen maatregel loopt achter op de planning.' : `${teLaat.length} ${teLaat.length === 1 ? 'loopt' : 'lopen'} achter op de planning.`);
  return { totaal: v.totaal, perStatus, afgerondProcent: v.afgerondProcent, teLaat, samenvatting: delen.join(' ') };
}

/** Eén zin over de indicatoren van een prioriteit. */
export function koersSamenvatting(indicatoren: readonly Pick<RaadsIndicator, 'status'>[]): string {
  if (indicatoren.length === 0) return 'Bij deze prioriteit is (nog) geen effectindicator vastgelegd.';
  if (indicatoren.length === 1) return `De effectindicator is ${koersNamen[indicatoren[0]!.status]}.`;
  const n = (s: IndicatorStatus) => indicatoren.filter((i) => i.status === s).length;
  const delen = (['op-koers', 'achter', 'onbekend'] as const).filter((s) => n(s) > 0).map((s) => `${n(s)} ${koersNamen[s]}`);
  return `Van de ${indicatoren.length} effectindicatoren: ${delen.join(', ')}.`;
}

// --- Questions -----------------------------------------------------------------------------------

export const MAX_VRAAG = 4000;
export const MAX_ANTWOORD = 8000;

export type VraagOnderwerp = { soort: 'prioriteit'; prioriteitId: string } | { soort: 'rapportage'; periode: string };

export interface Raadsvraag {
  id: string;
  onderwerp: VraagOnderwerp & { titel: string };
  vraag: string;
  gesteldDoor: string | null;
  gesteldOp: string;
  antwoord: string | null;
  beantwoordDoor: string | null;
  beantwoordOp: string | null;
  versie: number;
}

/** Open: nog zonder antwoord. */
export const isOpen = (v: Pick<Raadsvraag, 'antwoord'>) => v.antwoord === null;

// --- Reports offered to the council ---------------------------------------------------------------

export type BehandelingSoort = 'aangeboden' | 'besproken';

export interface Raadsversie {
  versie: number;
  aangebodenOp: string;
  besprokenOp: string | null;
}

/** Dezelfde inhoud als een aangeboden versie? De statusregel telt niet, de opslagvorm van de tekst ook niet. */
export function zelfdeRapportage(a: DocumentModel, b: DocumentModel): boolean {
  return zelfdeInhoud(a, b);
}

const datumLang = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const datumTekst = (iso: string) => datumLang.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

/** De statusregel van een aangeboden versie: 'Aangeboden aan de raad op 3 mei 2027 (versie 1); besproken op ...'. */
export function raadsstatus(v: Raadsversie): string {
  return `Aangeboden aan de raad op ${datumTekst(v.aangebodenOp)} (versie ${v.versie})${v.besprokenOp ? `; besproken in de raad op ${datumTekst(v.besprokenOp)}` : ''}`;
}

/**
 * Of een behandeling mag: besproken kan pas na aanbieden en niet vóór de datum van aanbieden; een
 * versie die al is aangeboden, wordt niet nog eens aangeboden. Geeft de reden als het niet mag.
 */
export function behandelingProbleem(
  soort: BehandelingSoort,
  datum: string,
  laatste: Raadsversie | null,
  huidigeAlAangeboden: boolean,
): { veld: 'soort' | 'datum'; reden: string; status: 409 | 422 } | null {
  if (soort === 'aangeboden') {
    if (laatste && huidigeAlAangeboden) return { veld: 'soort', reden: `Deze versie is al aangeboden op ${datumTekst(laatste.aangebodenOp)}; er is sindsdien niets gewijzigd.`, status: 409 };
    if (laatste && datum < laatste.aangebodenOp) return { veld: 'datum', reden: `Versie ${laatste.versie} is aangeboden op ${datumTekst(laatste.aangebodenOp)}; een nieuwe versie kan niet eerder zijn aangeboden.`, status: 422 };
    return null;
  }
  if (!laatste) return { veld: 'soort', reden: 'Deze rapportage is nog niet aan de raad aangeboden; bied haar eerst aan.', status: 409 };
  if (laatste.besprokenOp) return { veld: 'soort', reden: `Versie ${laatste.versie} is al als besproken vastgelegd (${datumTekst(laatste.besprokenOp)}).`, status: 409 };
  if (datum < laatste.aangebodenOp) return { veld: 'datum', reden: `De raad kan niet eerder bespreken dan de datum van aanbieden (${datumTekst(laatste.aangebodenOp)}).`, status: 422 };
  return null;
}
