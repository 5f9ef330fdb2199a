/**
 * What residents say (issue 18): consultations with results per theme (and their CSV import), the
 * online questionnaire "Waar heeft u last van in uw buurt?" with choices in plain Dutch that each
 * count for a theme of the knowledge base, the moderation of the free texts, and the check of the
 * proof of work that protects the questionnaire against flooding. Pure: no I/O, no clock.
 */
import { leesTabel } from '../politie/csv.ts';
import { isThemaId, themas, vindThema } from '../kennisbank/kennisbank.ts';
import { naamSleutel } from '../politie/regios.ts';
import type { Vondst } from '../privacy/persoonsgegevens.ts';

// --- Consultations -------------------------------------------------------------------------------

export const raadplegingSoorten = ['enquete', 'bewonerspanel', 'wijkbijeenkomst', 'online-vragenlijst'] as const;
export type RaadplegingSoort = (typeof raadplegingSoorten)[number];
export const raadplegingSoortNamen: Record<RaadplegingSoort, string> = {
  enquete: 'Enquête',
  bewonerspanel: 'Bewonerspanel',
  wijkbijeenkomst: 'Wijkbijeenkomst',
  'online-vragenlijst': 'Online vragenlijst',
};

export interface Resultaat {
  themaId: string;
  vraag: string | null;
  /** GMxxxx (the municipality), or a WK/BU code. */
  gebied: string;
  /** Share in percent (0-100). */
  aandeel: number | null;
  aantal: number | null;
}

/** A theme from its id ('1.3') or its name ('Jeugdoverlast', without regard to case or accents). */
export function themaUitTekst(tekst: string): string | null {
  const t = tekst.trim();
  if (isThemaId(t)) return t;
  const m = /^(\d\.\d)\b/.exec(t);
  if (m && isThemaId(m[1]!)) return m[1]!;
  const sleutel = naamSleutel(t);
  if (!sleutel) return null;
  const precies = themas.find((th) => naamSleutel(th.naam) === sleutel);
  if (precies) return precies.id;
  // A part of a name with a slash ("Jeugdcriminaliteit/individuele probleemjongeren" → "Jeugdcriminaliteit").
  const deel = themas.filter((th) => th.naam.split('/').some((d) => naamSleutel(d) === sleutel));
  return deel.length === 1 ? deel[0]!.id : null;
}

/** A Dutch or English number: "12,5", "12.5", "1.234", "45%"; null when it is not one. */
export function leesGetal(tekst: string): number | null {
  let t = tekst.trim().replace(/%$/, '').trim();
  if (!t) return null;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else t = t.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export interface CsvFout {
  /** Line of the file (1 is the header). */
  regel: number;
  kolom: string;
  reden: string;
}

export type CsvUitkomst = { ok: true; resultaten: Resultaat[] } | { ok: false; fouten: CsvFout[] };

/**
 * Reads a result table: a header with `thema` or `vraag`, `gebied`, and `aandeel` or `aantal`
 * (semicolons or commas, Dutch decimal comma). `gebied` gives the code or the name of an area, which
 * `zoekGebied` turns into a code (null: unknown). Every error names the line and the column.
 */
export function leesResultatenCsv(tekst: string, zoekGebied: (tekst: string) => string | null): CsvUitkomst {
  const rijen = leesTabel(new TextEncoder().encode(tekst));
  const fouten: CsvFout[] = [];
  if (rijen.length === 0) return { ok: false, fouten: [{ regel: 1, kolom: 'thema', reden: 'Het bestand is leeg.' }] };
  const kop = rijen[0]!.map((k) => naamSleutel(k));
  const kolom = (...namen: string[]) => kop.findIndex((k) => namen.includes(k));
  const iThema = kolom('thema', 'thema id', 'themaid');
  const iVraag = kolom('vraag');
  const iGebied = kolom('gebied', 'wijk', 'buurt', 'regio');
  const iAandeel = kolom('aandeel', 'percentage', 'procent');
  const iAantal = kolom('aantal');
  if (iThema < 0 && iVraag < 0) fouten.push({ regel: 1, kolom: 'thema', reden: 'De kopregel mist de kolom thema (of vraag).' });
  if (iGebied < 0) fouten.push({ regel: 1, kolom: 'gebied', reden: 'De kopregel mist de kolom gebied.' });
  if (iAandeel < 0 && iAantal < 0) fouten.push({ regel: 1, kolom: 'aandeel', reden: 'De kopregel mist de kolom aandeel (of aantal).' });
  if (fouten.length) return { ok: false, fouten };
  if (rijen.length === 1) return { ok: false, fouten: [{ regel: 2, kolom: 'thema', reden: 'Het bestand heeft geen regels onder de kopregel.' }] };
  const resultaten: Resultaat[] = [];
  rijen.slice(1).forEach((rij, i) => {
    const regel = i + 2;
    const cel = (k: number) => (k >= 0 ? (rij[k] ?? '').trim() : '');
    const vraag = cel(iVraag) || null;
    const themaTekst = cel(iThema) || (iThema < 0 ? (vraag ?? '') : '');
    const themaId = themaUitTekst(themaTekst);
    if (!themaId) {
      const k = iThema >= 0 ? 'thema' : 'vraag';
      fouten.push({ regel, kolom: k, reden: themaTekst ? `Regel ${regel}, kolom ${k}: '${themaTekst}' is geen thema van de kennisbank. Gebruik een nummer zoals 1.3 of de naam van het thema.` : `Regel ${regel}, kolom ${k}: het thema ontbreekt.` });
    }
    const gebiedTekst = cel(iGebied);
    const gebied = gebiedTekst ? zoekGebied(gebiedTekst) : null;
    if (!gebied) {
      fouten.push({ regel, kolom: 'gebied', reden: gebiedTekst ? `Regel ${regel}, kolom gebied: '${gebiedTekst}' is geen wijk, buurt of gemeente van deze werkruimte.` : `Regel ${regel}, kolom gebied: het gebied ontbreekt.` });
    }
    const aandeelTekst = cel(iAandeel);
    const aantalTekst = cel(iAantal);
    const aandeel = aandeelTekst ? leesGetal(aandeelTekst) : null;
    const aantal = aantalTekst ? leesGetal(aantalTekst) : null;
    if (aandeelTekst && (aandeel === null || aandeel < 0 || aandeel > 100)) {
      fouten.push({ regel, kolom: 'aandeel', reden: `Regel ${regel}, kolom aandeel: '${aandeelTekst}' is geen percentage tussen 0 en 100.` });
    } else if (aantalTekst && (aantal === null || aantal < 0 || !Number.isInteger(aantal))) {
      fouten.push({ regel, kolom: 'aantal', reden: `Regel ${regel}, kolom aantal: '${aantalTekst}' is geen heel getal van 0 of meer.` });
    } else if (!aandeelTekst && !aantalTekst) {
      const k = iAandeel >= 0 ? 'aandeel' : 'aantal';
      fouten.push({ regel, kolom: k, reden: `Regel ${regel}, kolom ${k}: de waarde ontbreekt.` });
    }
    if (themaId && gebied) resultaten.push({ themaId, vraag, gebied, aandeel, aantal });
  });
  return fouten.length ? { ok: false, fouten } : { ok: true, resultaten };
}

// --- The questionnaire ---------------------------------------------------------------------------

export const VRAAG = 'Waar heeft u last van in uw buurt?';
export const MAX_TEKST = 500;

export interface Keuze {
  id: string;
  tekst: string;
  themaId: string;
}

/**
 * The standard choices, in plain words, each counted for one theme of Kernbeleid Veiligheid:
 * - burglary, theft and violence in the street are high impact or common crime (1.3);
 * - feeling unsafe is subjective safety (1.4); litter and vandalism the physical quality (1.2);
 *   trouble with neighbours the social quality (1.1);
 * - youths hanging around is jeugdoverlast (3.1), young people and drink or drugs 3.3;
 * - drug dealing in the street is a signal of undermining crime (5.2);
 * - speeding and dangerous traffic is verkeersveiligheid (4.1); nuisance around bars veilig uitgaan (2.3).
 */
export const standaardKeuzes: readonly Keuze[] = [
  { id: 'inbraak', tekst: 'Inbraak in woningen', themaId: '1.3' },
  { id: 'diefstal', tekst: 'Diefstal van fietsen of uit auto’s', themaId: '1.3' },
  { id: 'geweld', tekst: 'Geweld of bedreiging op straat', themaId: '1.3' },
  { id: 'onveilig', tekst: 'Ik voel me ’s avonds niet veilig op straat', themaId: '1.4' },
  { id: 'jongeren', tekst: 'Overlast van jongeren', themaId: '3.1' },
  { id: 'drank-drugs-jongeren', tekst: 'Jongeren die drinken of drugs gebruiken', themaId: '3.3' },
  { id: 'drugshandel', tekst: 'Handel in drugs op straat', themaId: '5.2' },
  { id: 'verkeer', tekst: 'Te hard rijden of gevaarlijk verkeer', themaId: '4.1' },
  { id: 'vervuiling', tekst: 'Zwerfvuil, vernieling of graffiti', themaId: '1.2' },
  { id: 'buren', tekst: 'Overlast van buren of verwarde personen', themaId: '1.1' },
  { id: 'uitgaan', tekst: 'Overlast rond cafés en uitgaan', themaId: '2.3' },
];

/** Choices given by the coordinator: ids unique, each theme a theme of the knowledge base. */
export function controleerKeuzes(keuzes: readonly Keuze[]): string | null {
  if (keuzes.length === 0) return 'Geef minstens één keuze.';
  const ids = new Set<string>();
  for (const k of keuzes) {
    if (ids.has(k.id)) return `De keuze '${k.id}' staat er twee keer in.`;
    ids.add(k.id);
    if (!vindThema(k.themaId)) return `De keuze '${k.tekst}' hoort bij thema '${k.themaId}', en dat is geen thema van de kennisbank.`;
  }
  return null;
}

/** Open on the days from start to end (inclusive; dates as YYYY-MM-DD). */
export function isOpenOp(lijst: { start: string; einde: string }, vandaag: string): boolean {
  return lijst.start <= vandaag && vandaag <= lijst.einde;
}

export type TekstStatus = 'geen' | 'te-beoordelen' | 'goedgekeurd' | 'afgewezen';

/**
 * Moderation: every text is held until a moderator approves it; nobody else sees it before. What the
 * privacy check found (a phone number, an e-mail address …) is replaced by its kind, e.g.
 * "[telefoonnummer]", before anything is stored, and the text is flagged: it can only be rejected.
 */
export function ontvangTekst(tekst: string | null | undefined, vondsten: readonly Pick<Vondst, 'soort' | 'begin' | 'eind'>[]): { tekst: string | null; status: TekstStatus; vondsten: string[] } {
  const ruw = tekst ?? '';
  if (!ruw.trim()) return { tekst: null, status: 'geen', vondsten: [] };
  let zonder = '';
  let pos = 0;
  for (const v of [...vondsten].sort((a, b) => a.begin - b.begin)) {
    if (v.begin < pos) continue;
    zonder += `${ruw.slice(pos, v.begin)}[${v.soort}]`;
    pos = v.eind;
  }
  zonder += ruw.slice(pos);
  return { tekst: zonder.trim(), status: 'te-beoordelen', vondsten: [...new Set(vondsten.map((v) => v.soort))] };
}

export type Besluit = 'goedgekeurd' | 'afgewezen';

/** Whether a moderator may take this decision on a text; a reason in plain Dutch when not. */
export function besluitProbleem(huidig: { status: TekstStatus; vondsten: readonly string[] }, besluit: Besluit): string | null {
  if (huidig.status === 'geen') return 'Bij dit antwoord hoort geen tekst.';
  if (besluit === 'goedgekeurd' && huidig.vondsten.length > 0) {
    return `De tekst lijkt persoonsgegevens te bevatten (${huidig.vondsten.join(', ')}). Zo’n tekst kunt u alleen afwijzen.`;
  }
  return null;
}

/** Counts of the choices per theme and per neighbourhood. */
export interface Telling {
  themaId: string;
  buurt: string | null;
  aantal: number;
}

/** Counts per theme and neighbourhood from answers (each answer counts once per theme). */
export function tel(antwoorden: readonly { buurt: string | null; keuzes: readonly string[] }[], keuzes: readonly Keuze[]): Telling[] {
  const themaVan = new Map(keuzes.map((k) => [k.id, k.themaId]));
  const tellers = new Map<string, Telling>();
  for (const a of antwoorden) {
    const themasVanAntwoord = new Set(a.keuzes.map((k) => themaVan.get(k)).filter((t): t is string => !!t));
    for (const themaId of themasVanAntwoord) {
      const sleutel = `${themaId} ${a.buurt ?? ''}`;
      const t = tellers.get(sleutel) ?? { themaId, buurt: a.buurt, aantal: 0 };
      t.aantal++;
      tellers.set(sleutel, t);
    }
  }
  return [...tellers.values()].sort((a, b) => a.themaId.localeCompare(b.themaId) || (a.buurt ?? '').localeCompare(b.buurt ?? ''));
}

// --- Proof of work -------------------------------------------------------------------------------

/** Leading zero bits needed in sha256(challenge + nonce): 16 takes a browser well under a second. */
export const STANDAARD_BITS = 16;

/** The number of leading zero bits of a hash. */
export function nulBits(hash: Uint8Array): number {
  let n = 0;
  for (const b of hash) {
    if (b === 0) {
      n += 8;
      continue;
    }
    return n + Math.clz32(b) - 24;
  }
  return n;
}

/** A nonce is a short string of digits and letters (the client counts up). */
export const NONCE = /^[0-9a-zA-Z]{1,32}$/;
