/**
 * De lange teksten van een werkruimte die mensen samen schrijven (ADR 0019): elke tekst heeft een
 * sleutel, het pad van het veld in zijn deel (`ivp.prioriteiten.p1.waarom`, `startnotitie.aanleiding`,
 * `uitvoeringsplan-2027.hoofdlijn`, `project.probleem`) of de sectie van de analyse
 * (`sectie.thema-1.3`). Zolang een tekst nooit samen bewerkt is, geldt het veld in het deel; daarna is
 * het samen bewerkte document de bron en is het veld alleen een afgeleide platte tekst.
 */
import type { RijkeKnoop } from '../tekst/rijk.ts';
import type { Ivp, Startnotitie, Uitvoeringsplan } from './inhoud.ts';
import type { Project } from './project.ts';
import type { CyclusStand } from './stand.ts';

export const startnotitieTekstvelden = [
  'aanleiding',
  'producten',
  'beleidscyclus',
  'planning',
  'partners',
  'benodigdeTijd',
  'rolRaad',
  'inwonersraadpleging',
  'flankerendBeleid',
] as const satisfies readonly (keyof Startnotitie)[];
export const ivpTekstvelden = ['uitgangssituatie', 'strategischeDoelstelling', 'strategischeUitgangspunten', 'overigeThemas', 'coordinatie', 'begroting'] as const satisfies readonly (keyof Ivp)[];
export const ivpPrioriteitTekstvelden = ['waarom', 'doel', 'hoofdlijnen', 'flankerendBeleid'] as const;
export const uitvoeringsplanTekstvelden = ['hoofdlijn', 'terugblik', 'begroting'] as const satisfies readonly (keyof Uitvoeringsplan)[];
export const projectTekstvelden = ['probleem', 'belangrijksteProblemen', 'huidigeAanpak', 'resultaten'] as const satisfies readonly (keyof Project)[];
/** De teksten van een voortgangsrapportage (kwartaal `rapportage-2027-K1` of jaarbeeld `rapportage-2027`). */
export const rapportageTekstvelden = ['hoogtepunten', 'knelpunten'] as const;

export type TekstBron =
  /** Een veld in een versiebeheerd deel; `pad` is het pad in de inhoud van dat deel. */
  | { soort: 'deel'; deel: string; pad: string[] }
  /**
   * De tekst van een analysesectie (problematiek, huidige aanpak of conclusie), of met `veld` een
   * tekst binnen haar analyse: de huidige aanpak van een thema, de mogelijke versterking.
   */
  | { soort: 'sectie'; sectie: string; veld?: 'huidigeAanpak' | 'extra' };

const id = /^[A-Za-z0-9_-]{1,40}$/;
const sectieSleutel = /^(thema-[1-5]\.\d{1,2}|aspect-[1-6]|veld-[1-5]|lokaal-GM\d{4})$/;

/** Wat een sleutel aanwijst, of null als het geen sleutel van een samen geschreven tekst is. */
export function tekstBron(sleutel: string): TekstBron | null {
  if (sleutel.length > 120) return null;
  const [deel, ...pad] = sleutel.split('.');
  if (deel === 'sectie') {
    const s = pad.join('.');
    if (sectieSleutel.test(s)) return { soort: 'sectie', sectie: s };
    const m = /^(.+)\.(huidigeAanpak|extra)$/.exec(s);
    return m && sectieSleutel.test(m[1]!) ? { soort: 'sectie', sectie: m[1]!, veld: m[2] as 'huidigeAanpak' | 'extra' } : null;
  }
  const een = (velden: readonly string[]) => (pad.length === 1 && velden.includes(pad[0]!) ? { soort: 'deel' as const, deel: deel!, pad } : null);
  if (deel === 'startnotitie') return een(startnotitieTekstvelden);
  if (deel === 'project') return een(projectTekstvelden);
  if (deel && /^uitvoeringsplan-\d{4}$/.test(deel)) return een(uitvoeringsplanTekstvelden);
  if (deel && /^rapportage-\d{4}(-K[1-4])?$/.test(deel)) return een(rapportageTekstvelden);
  if (deel === 'ivp') {
    if (pad.length === 1) return een(ivpTekstvelden);
    if (pad.length === 3 && pad[0] === 'prioriteiten' && id.test(pad[1]!) && (ivpPrioriteitTekstvelden as readonly string[]).includes(pad[2]!)) return { soort: 'deel', deel, pad };
    if (pad.length === 3 && pad[0] === 'strategischeThemas' && id.test(pad[1]!) && pad[2] === 'tekst') return { soort: 'deel', deel, pad };
  }
  return null;
}

/** De waarde op een pad in de inhoud van een deel (een tekst van voor het samen schrijven), of ''. */
export function tekstOpPad(inhoud: unknown, pad: readonly string[]): string {
  let waarde: unknown = inhoud;
  for (const stap of pad) waarde = waarde && typeof waarde === 'object' ? (waarde as Record<string, unknown>)[stap] : undefined;
  return typeof waarde === 'string' ? waarde : '';
}

function zetOpPad(inhoud: Record<string, unknown>, pad: readonly string[], waarde: string): void {
  let plek = inhoud;
  pad.slice(0, -1).forEach((stap) => {
    const volgende = plek[stap];
    if (!volgende || typeof volgende !== 'object') plek[stap] = {};
    plek = plek[stap] as Record<string, unknown>;
  });
  plek[pad.at(-1)!] = waarde;
}

export interface SamenTekst {
  platteTekst: string;
  inhoud: RijkeKnoop;
}

/**
 * De stand met de samen geschreven teksten erin: elk veld krijgt de platte tekst van zijn document, en
 * `rijkeTeksten` houdt de opmaak (lijsten, koppen, tabellen) voor de documenten. Een prioriteit van het
 * IVP die nog geen uitwerking had, krijgt er een.
 */
export function metTeksten(stand: CyclusStand, teksten: ReadonlyMap<string, SamenTekst>): CyclusStand {
  if (teksten.size === 0) return stand;
  const uit: CyclusStand = structuredClone(stand);
  const bronnen = [...teksten].flatMap(([sleutel, tekst]) => {
    const bron = tekstBron(sleutel);
    return bron ? [{ sleutel, bron, tekst }] : [];
  });
  for (const { bron, tekst } of bronnen) {
    if (bron.soort === 'sectie') {
      const s = uit.secties.find((x) => x.sleutel === bron.sectie);
      if (s && bron.veld) s.analyse = { ...s.analyse, [bron.veld]: tekst.platteTekst };
      else if (s) s.tekst = tekst.platteTekst;
    } else if (bron.deel === 'ivp' && bron.pad[0] === 'prioriteiten') {
      uit.ivp.prioriteiten[bron.pad[1]!] ??= { waarom: '', hoofdlijnen: '', flankerendBeleid: '', doel: '' };
    }
  }
  uit.startnotitie = deelMetTeksten('startnotitie', uit.startnotitie, teksten);
  uit.ivp = deelMetTeksten('ivp', uit.ivp, teksten);
  if (uit.project) uit.project = deelMetTeksten('project', uit.project, teksten);
  uit.uitvoeringsplannen = uit.uitvoeringsplannen.map((p) => deelMetTeksten(`uitvoeringsplan-${p.jaar}`, p, teksten));
  uit.rijkeTeksten = Object.fromEntries(bronnen.map(({ sleutel, tekst }) => [sleutel, tekst.inhoud]));
  return uit;
}

/**
 * The content of one part (`ivp`, `startnotitie`, `uitvoeringsplan-2027`, `project`) with the plain
 * text of its texts written together in their fields, for an API reader of the part.
 */
export function deelMetTeksten<T>(deel: string, inhoud: T, teksten: ReadonlyMap<string, SamenTekst>): T {
  const eigen = [...teksten].filter(([sleutel]) => sleutel.startsWith(`${deel}.`));
  if (eigen.length === 0 || !inhoud || typeof inhoud !== 'object') return inhoud;
  const uit = structuredClone(inhoud) as Record<string, unknown>;
  for (const [sleutel, tekst] of eigen) {
    const bron = tekstBron(sleutel);
    if (bron?.soort !== 'deel') continue;
    if (bron.pad[0] === 'strategischeThemas' && !(uit.strategischeThemas as Record<string, unknown> | undefined)?.[bron.pad[1]!]) continue;
    zetOpPad(uit, bron.pad, tekst.platteTekst);
  }
  return uit as T;
}
