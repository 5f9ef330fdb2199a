/**
 * Het lezen van de titel van een prioriteit: welke van de 22 thema's en 3 strategische thema's van
 * Kernbeleid Veiligheid bedoelt een gemeente met "Veilige en leefbare kernen" of "Zorg en veiligheid"?
 *
 * Werkwijze (zuiver, zonder I/O en zonder model van buiten):
 * - per thema een profiel van woordstammen uit de kennisbank (naam, trefwoorden, uitleg, indicatoren,
 *   aanpak, de naam van het veld) en uit de synoniemen van Kernplan, elk veld met een eigen gewicht;
 * - een woord dat in veel thema's voorkomt ("veiligheid", "aanpak") weegt minder (inverse
 *   documentfrequentie over de 25 profielen);
 * - samenstellingen die niet als geheel in een profiel staan, worden gesplitst in een bekend begin en
 *   een bekend eind ("jeugdoverlast" = "jeugd" + "overlast");
 * - termen van meer woorden ("high impact crime", "zorg en veiligheid") tellen als ze heel in de titel staan.
 * De score per thema is de som van de gewogen treffers; de drie hoogste worden voorgesteld, elk met een
 * zekerheid en met de treffers die de keuze verklaren. Een thema waarvan alleen woorden uit de lopende
 * tekst (uitleg, indicatoren, aanpak) in de titel staan, wordt niet voorgesteld: dat is te weinig bewijs.
 */
import { strategischeThemas, themas, vindVeld } from '../kennisbank/kennisbank.ts';
import type { Aanpak, StrategischThema, Thema } from '../kennisbank/types.ts';
import { stam, woordenMetStam } from '../tekst/stam.ts';
import { synoniemen, type DoelId } from './synoniemen.ts';

export type SuggestieSoort = 'thema' | 'strategisch-thema';

export interface Suggestie {
  id: DoelId;
  soort: SuggestieSoort;
  /** De naam van het thema zoals in de kennisbank. */
  naam: string;
  /** 0..1: hoe zeker de classificatie is van deze suggestie (twee decimalen). */
  zekerheid: number;
  /** Welke woorden van de titel met welke tekst van het thema overeenkwamen. */
  waarom: string;
}

export interface Classificatie {
  titel: string;
  /** Hoogstens drie, beste eerst; leeg als geen enkel woord van de titel bij een thema past. */
  suggesties: Suggestie[];
}

/** Waar in het profiel een stam vandaan komt; bepaalt het gewicht en de uitleg. */
type Bron = 'naam' | 'trefwoord' | 'synoniem' | 'veld' | 'uitleg' | 'indicator' | 'aanpak';

export const GEWICHTEN: Readonly<Record<Bron, number>> = {
  naam: 5,
  trefwoord: 4,
  synoniem: 4,
  veld: 1.5,
  uitleg: 1,
  indicator: 0.6,
  aanpak: 0.3,
};

const BRONNAAM: Readonly<Record<Bron, string>> = {
  naam: 'naam van het thema',
  trefwoord: 'trefwoord',
  synoniem: 'synoniem',
  veld: 'naam van het veld',
  uitleg: 'uitleg',
  indicator: 'effectindicator',
  aanpak: 'aanpak',
};

/**
 * Woorden waarmee een titel zegt wát de gemeente doet, niet waaraan: ze zeggen niets over het thema.
 * (Op stam, zie stam.ts.)
 */
const BELEIDSWOORDEN = new Set(
  [
    'aanpak', 'versterken', 'bestrijding', 'bestrijden', 'voorkomen', 'verbetering', 'beleid',
    // Functiewoorden die de algemene stopwoordenlijst (stam.ts) niet kent maar die in termen van meer
    // woorden staan ("agressie tegen"): ze mogen niet als los woord naar een thema wijzen.
    'tegen', 'zich', 'elkaar',
    // Wie, niet wat: personen en groepen zonder meer zeggen niets over het thema.
    'personen', 'mensen', 'inwoners', 'burgers',
  ].map(stam),
);

/** Gewicht van een treffer via een deel van een samenstelling, ten opzichte van een hele treffer. */
const DEELGEWICHT = 0.6;
/** Extra gewicht voor een term van meer woorden die heel in de titel staat, per woord van de term. */
const TERMBONUS = 1.5;
/** Een woord dat in (bijna) elk thema staat ("veilig"), is geen sterk bewijs voor één thema. */
const MIN_IDF_STERK = 1;
/** Kortste stam die als deel van een samenstelling mag gelden. */
const MIN_DEEL = 4;
/** Schaal van de bewijskracht: bij deze score is de zekerheid ongeveer 63 % van het aandeel. */
const BEWIJS_SCHAAL = 6;

interface Treffer {
  bron: Bron;
  gewicht: number;
  /** Een voorbeeld van het woord of de term zoals het in de kennisbank of synoniemenlijst staat. */
  voorbeeld: string;
}

interface Term {
  stammen: string[];
  tekst: string;
  bron: Bron;
}

interface Profiel {
  id: DoelId;
  soort: SuggestieSoort;
  naam: string;
  stammen: Map<string, Treffer>;
  termen: Term[];
}

function aanpakTeksten(a: Aanpak): string[] {
  return [
    ...a.maatregelen.map((m) => m.naam),
    ...a.instrumenten.map((i) => i.naam),
    ...a.wetgeving.map((w) => w.naam),
  ];
}

function voegToe(p: Profiel, tekst: string, bron: Bron): void {
  const woorden = woordenMetStam(tekst).filter((w) => !BELEIDSWOORDEN.has(w.stam));
  for (const w of woorden) {
    const gewicht = GEWICHTEN[bron];
    const bestaand = p.stammen.get(w.stam);
    if (!bestaand || bestaand.gewicht < gewicht) p.stammen.set(w.stam, { bron, gewicht, voorbeeld: w.woord });
  }
  if (woorden.length > 1 && (bron === 'naam' || bron === 'trefwoord' || bron === 'synoniem')) {
    p.termen.push({ stammen: woorden.map((w) => w.stam), tekst, bron });
  }
}

function themaProfiel(t: Thema): Profiel {
  const p: Profiel = { id: t.id, soort: 'thema', naam: t.naam, stammen: new Map(), termen: [] };
  for (const a of t.aanpak ? aanpakTeksten(t.aanpak) : []) voegToe(p, a, 'aanpak');
  for (const i of t.effectindicatoren) voegToe(p, i.naam, 'indicator');
  for (const u of t.uitleg) voegToe(p, u, 'uitleg');
  voegToe(p, vindVeld(t.veld)?.naam ?? '', 'veld');
  for (const w of t.trefwoorden) voegToe(p, w, 'trefwoord');
  for (const s of synoniemen[t.id] ?? []) voegToe(p, s, 'synoniem');
  for (const deel of t.naam.split('/')) voegToe(p, deel, 'naam');
  return p;
}

function strategischProfiel(s: StrategischThema): Profiel {
  const naam = s.naam.replace(/\s*\(.*\)\s*$/, '');
  const p: Profiel = { id: s.id, soort: 'strategisch-thema', naam: s.naam, stammen: new Map(), termen: [] };
  for (const d of s.plaatsInIvp) voegToe(p, d.wat, 'aanpak');
  for (const u of s.uitleg) voegToe(p, u, 'uitleg');
  for (const syn of synoniemen[s.id] ?? []) voegToe(p, syn, 'synoniem');
  voegToe(p, naam, 'naam');
  return p;
}

interface Model {
  profielen: Profiel[];
  /** Inverse documentfrequentie per stam over de profielen (alleen stammen die ergens voorkomen). */
  idf: Map<string, number>;
  /** Alle bekende stammen van minstens MIN_DEEL tekens, langste eerst, voor het splitsen van samenstellingen. */
  delen: string[];
  /** Eerder gesplitste woorden (begrensd), zodat een lange lijst titels niet steeds opnieuw zoekt. */
  splitsingen: Map<string, { stam: string; factor: number }[]>;
}

let model: Model | undefined;

function bouwModel(): Model {
  const profielen = [...themas.map(themaProfiel), ...strategischeThemas.map(strategischProfiel)];
  const df = new Map<string, number>();
  for (const p of profielen) {
    for (const [s, t] of p.stammen) {
      // Een woord dat alleen in lopende tekst staat, telt half mee in hoe gewoon het is.
      df.set(s, (df.get(s) ?? 0) + (t.gewicht >= GEWICHTEN.veld ? 1 : 0.5));
    }
  }
  const n = profielen.length;
  const idf = new Map<string, number>();
  for (const [s, d] of df) idf.set(s, Math.log(1 + n / d));
  const delen = [...df.keys()].filter((s) => s.length >= MIN_DEEL).sort((a, b) => b.length - a.length);
  return { profielen, idf, delen, splitsingen: new Map() };
}

function huidigModel(): Model {
  model ??= bouwModel();
  return model;
}

/** Een woord van de titel met de stammen waarmee het gezocht wordt. */
interface Zoekwoord {
  woord: string;
  stam: string;
  /** Het woord zelf, of de bekende delen van een samenstelling. */
  delen: { stam: string; factor: number }[];
}

function splitsSamenstelling(s: string, m: Model): { stam: string; factor: number }[] {
  if (m.idf.has(s)) return [{ stam: s, factor: 1 }];
  const eerder = m.splitsingen.get(s);
  if (eerder) return eerder;
  if (m.splitsingen.size >= 10_000) m.splitsingen.clear();
  const uit = zoekDelen(s, m);
  m.splitsingen.set(s, uit);
  return uit;
}

function zoekDelen(s: string, m: Model): { stam: string; factor: number }[] {
  let begin: string | undefined;
  let eind: string | undefined;
  for (const d of m.delen) {
    if (d.length >= s.length) continue;
    if (!begin && s.startsWith(d)) begin = d;
    if (!eind && s.endsWith(d)) eind = d;
    if (begin && eind) break;
  }
  // Een eind dat met een tussenletter (s, e, en) aan het begin vastzit, geldt ook als het begin er niet als stam staat.
  if (!begin && eind) {
    const rest = s.slice(0, s.length - eind.length).replace(/(en|e|s)$/, '');
    if (rest.length >= MIN_DEEL && m.idf.has(stam(rest))) begin = stam(rest);
  }
  const uit: { stam: string; factor: number }[] = [];
  if (begin) uit.push({ stam: begin, factor: DEELGEWICHT });
  if (eind && eind !== begin) uit.push({ stam: eind, factor: DEELGEWICHT });
  return uit;
}

function zoekwoorden(titel: string, m: Model): Zoekwoord[] {
  return woordenMetStam(titel).filter((w) => !BELEIDSWOORDEN.has(w.stam)).map((w) => ({ woord: w.woord, stam: w.stam, delen: splitsSamenstelling(w.stam, m) }));
}

interface Score {
  profiel: Profiel;
  score: number;
  uitleg: string[];
  /** Of minstens één treffer uit de naam, een trefwoord, een synoniem of de naam van het veld komt. */
  sterk: boolean;
}

function scoor(woorden: Zoekwoord[], p: Profiel, m: Model): Score {
  let score = 0;
  let sterk = false;
  const uitleg: string[] = [];
  const titelStammen = new Set(woorden.flatMap((w) => [w.stam, ...w.delen.map((d) => d.stam)]));
  // Termen van meer woorden die heel in de titel staan.
  const gedekt = new Set<string>();
  for (const term of p.termen) {
    if (term.stammen.every((s) => titelStammen.has(s)) && !term.stammen.every((s) => gedekt.has(s))) {
      const extra = TERMBONUS * term.stammen.length * (GEWICHTEN[term.bron] / GEWICHTEN.naam);
      score += extra;
      term.stammen.forEach((s) => gedekt.add(s));
      sterk = true;
      uitleg.push(`de term ‘${term.tekst}’ (${BRONNAAM[term.bron]})`);
    }
  }
  for (const w of woorden) {
    let beste = 0;
    let reden = '';
    let besteSterk = false;
    for (const d of w.delen) {
      const t = p.stammen.get(d.stam);
      if (!t) continue;
      const waarde = t.gewicht * (m.idf.get(d.stam) ?? 0) * d.factor;
      if (waarde > beste) {
        beste = waarde;
        besteSterk = t.gewicht >= GEWICHTEN.veld && (m.idf.get(d.stam) ?? 0) >= MIN_IDF_STERK;
        const via = d.factor < 1 ? ` (als deel van ‘${w.woord}’)` : '';
        reden = `‘${w.woord}’ ~ ‘${t.voorbeeld}’ (${BRONNAAM[t.bron]})${via}`;
      }
    }
    if (beste > 0) {
      score += beste;
      sterk ||= besteSterk;
      uitleg.push(reden);
    }
  }
  return { profiel: p, score, uitleg, sterk };
}

const rond = (x: number) => Math.round(x * 100) / 100;

/** Classificeert één titel: hoogstens drie suggesties, beste eerst. */
export function classificeer(titel: string): Classificatie {
  const m = huidigModel();
  const woorden = zoekwoorden(titel, m);
  const scores = m.profielen
    .map((p) => scoor(woorden, p, m))
    // Alleen een woord uit de lopende tekst van een thema is te weinig voor een suggestie.
    .filter((s) => s.score > 0 && s.sterk)
    .sort((a, b) => b.score - a.score || a.profiel.id.localeCompare(b.profiel.id, 'nl'));
  const top = scores.slice(0, 3);
  const som = top.reduce((t, s) => t + s.score, 0);
  return {
    titel,
    suggesties: top.map((s) => ({
      id: s.profiel.id,
      soort: s.profiel.soort,
      naam: s.profiel.naam,
      zekerheid: rond((s.score / som) * (1 - Math.exp(-s.score / BEWIJS_SCHAAL))),
      waarom: `Overeenkomst met ${s.profiel.soort === 'thema' ? `thema ${s.profiel.id}` : 'het strategisch thema'} ‘${s.profiel.naam}’: ${s.uitleg.join('; ')}.`,
    })),
  };
}

/** Classificeert een lijst titels in één keer (het model wordt één keer opgebouwd). */
export function classificeerAlle(titels: readonly string[]): Classificatie[] {
  return titels.map(classificeer);
}
