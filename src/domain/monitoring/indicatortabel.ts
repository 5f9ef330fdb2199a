/**
 * Een indicatorentabel lezen zoals gemeenten die bijhouden (begroting, jaarverslag, IVP-bijlage):
 * een kopregel met Indicator, Eenheid, Bron en jaarkolommen ('2022', 'Realisatie 2023', 'Streefwaarde
 * 2026', '2019-2023'), daaronder een indicator per regel, getallen op z'n Nederlands. Zuiver: de
 * server leest het bestand (CSV of XLSX) tot een tabel van teksten, dit bestand maakt er indicatoren
 * van en zegt per regel en kolom wat niet klopt. De regels staan in docs/indicatoren-rekenregels.md.
 */
import { leesMeting, leesStreefcel } from './getallen.ts';
import { controleerIndicatorInvoer, normaliseerPeriode } from './indicatoren.ts';
import {
  type Aard,
  type Eenheid,
  type IndicatorBronSoort,
  type Meting,
  type Richting,
  STANDAARD_NOEMER,
  type Streefwaarde,
} from './typen.ts';

/** Hoogstens zoveel indicatoren per tabel. */
export const MAX_TABELRIJEN = 500;

export type Kolomsoort = 'naam' | 'eenheid' | 'bron' | 'richting' | 'noemer' | 'referentie' | 'referentiejaar' | 'meting' | 'streef' | 'jaar' | 'genegeerd';

export interface Kolom {
  /** 0-gebaseerd. */
  index: number;
  /** Kolomletter zoals in een rekenblad: A, B, …, AA. */
  letter: string;
  kop: string;
  soort: Kolomsoort;
  /** Bij jaarkolommen: het jaar (bij een reeks het eerste jaar); bij referentie het jaar uit de kop. */
  jaar: number | null;
  /** Bij een reeks-kolom ('2019-2023'): het laatste jaar. */
  totJaar: number | null;
}

export interface Tabelprobleem {
  /** Regelnummer in het bestand (1 = de eerste regel). */
  rij: number;
  /** Kolomletter en kop, of null als het om de hele regel gaat. */
  kolom: string | null;
  reden: string;
}

export interface TabelIndicator {
  rij: number;
  naam: string;
  eenheid: Eenheid;
  noemer: string | null;
  bron: IndicatorBronSoort;
  bronToelichting: string;
  aard: Aard;
  richting: Richting;
  referentiejaar: number | null;
  referentiewaarde: number | null;
  streefwaarden: Streefwaarde[];
  metingen: Meting[];
}

export interface GelezenTabel {
  kopregel: number | null;
  kolommen: Kolom[];
  indicatoren: TabelIndicator[];
  problemen: Tabelprobleem[];
}

export function kolomLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const klein = (t: string) => t.trim().toLowerCase().replace(/\s+/g, ' ');

const NAAM_KOP = /^(?:indicator(?:naam)?|naam(?: indicator)?|effectindicator|beleidsindicator|prestatie-?indicator|omschrijving|indicatoren)$/;
const MEET_WOORD = /(?:realisatie|gerealiseerd|meting|werkelijk|resultaat|stand|waarde)/;
const STREEF_WOORD = /(?:streefwaarde|streven|streef|doel|begroting|raming|norm|ambitie|prognose|target)/;
const REF_WOORD = /(?:referentie|nulmeting|uitgangswaarde|basiswaarde|uitgangssituatie|startwaarde)/;

/** Wat een kopcel is. */
export function herkenKolom(kop: string, index: number): Kolom {
  const k = klein(kop);
  const basis = { index, letter: kolomLetter(index), kop: kop.trim(), jaar: null, totJaar: null };
  if (NAAM_KOP.test(k)) return { ...basis, soort: 'naam' };
  if (/^eenheid$/.test(k)) return { ...basis, soort: 'eenheid' };
  if (/^(?:bron|databron|bron van de gegevens)$/.test(k)) return { ...basis, soort: 'bron' };
  if (/^(?:richting|gewenste richting|polariteit)$/.test(k)) return { ...basis, soort: 'richting' };
  if (/^(?:noemer|per|doelgroep|groep)$/.test(k)) return { ...basis, soort: 'noemer' };
  if (/^referentiejaar$|^jaar (?:van de )?(?:referentie|nulmeting)$/.test(k)) return { ...basis, soort: 'referentiejaar' };
  const span = /(\d{4})\s*(?:\.\.|-|–|t\/m|tot en met)\s*(\d{4})/.exec(k);
  if (span && Number(span[2]) > Number(span[1])) return { ...basis, soort: 'streef', jaar: Number(span[1]), totJaar: Number(span[2]) };
  const jaar = /(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)/.exec(k);
  if (REF_WOORD.test(k)) return { ...basis, soort: 'referentie', jaar: jaar ? Number(jaar[1]) : null };
  if (jaar) {
    const j = Number(jaar[1]);
    if (STREEF_WOORD.test(k)) return { ...basis, soort: 'streef', jaar: j };
    if (MEET_WOORD.test(k)) return { ...basis, soort: 'meting', jaar: j };
    if (/^(?:jaar )?\d{4}$/.test(k)) return { ...basis, soort: 'jaar', jaar: j };
  }
  return { ...basis, soort: 'genegeerd' };
}

/** Een leeg of 'geen gegeven'-vak: '', '-', '–', 'n.b.', 'nvt', '*', 'x', '.'. */
function isLeeg(t: string): boolean {
  return /^(?:|-|–|—|\.|\*|x|n\.?\s?b\.?|n\.?\s?v\.?\s?t\.?|onbekend|geen gegevens|geen meting)$/.test(klein(t));
}

const JONGEREN = /^jongeren\s*(?:van\s*)?12\s*(?:-|–|tot(?: en met)?|t\/m)\s*17(?:\s*jaar)?$/;

/** De eenheid uit een cel: 'aantal', '%', 'rapportcijfer', 'per 1.000 inwoners', 'per 10.000 jongeren 12-17'. */
export function leesEenheid(tekst: string): { eenheid: Eenheid; noemer: string | null } | null {
  const k = klein(tekst).replace(/^aantal\s+(?=per\b)/, '');
  if (/^(?:aantal|absoluut|aantallen|aantal misdrijven|aantal incidenten|absolute aantallen|#)$/.test(k)) return { eenheid: 'aantal', noemer: null };
  if (/^(?:%|percentage|procent|percentage inwoners|% inwoners)$/.test(k)) return { eenheid: 'percentage', noemer: null };
  if (/^(?:score|rapportcijfer|cijfer|schaalscore|gemiddeld cijfer|rapportcijfer \(1-10\)|cijfer \(1-10\))$/.test(k)) return { eenheid: 'score', noemer: null };
  const per = /^per\s*(1\.?000|10\.?000)\s*(.*)$/.exec(k);
  if (per) {
    const eenheid: Eenheid = per[1]!.replace('.', '') === '1000' ? 'per-1000' : 'per-10000';
    const groep = per[2]!.trim();
    if (!groep || groep === STANDAARD_NOEMER || groep === 'inw.' || groep === 'inwoners') return { eenheid, noemer: null };
    return { eenheid, noemer: JONGEREN.test(groep) ? 'jongeren van 12 tot en met 17 jaar' : groep };
  }
  return null;
}

/** De bronsoort uit een broncel; de cel zelf wordt de nadere bron. */
export function leesBron(tekst: string): IndicatorBronSoort {
  const k = klein(tekst);
  if (/politie|cbs.*misdrij|data\.politie/.test(k)) return 'politieregistratie';
  if (/veiligheidsmonitor|\bvm\b/.test(k)) return 'veiligheidsmonitor';
  if (/enqu[eê]te|peiling|burgerpanel|inwonerspanel|monitor/.test(k)) return 'enquete';
  if (/gemeente|eigen registratie|gemeentelijk|halt|boa|handhaving/.test(k)) return 'gemeente';
  return 'overig';
}

export function leesRichting(tekst: string): Richting | null {
  const k = klein(tekst);
  if (/^(?:lager(?: is beter)?|omlaag|daling|dalen|afname|↓|-|minder)$/.test(k)) return 'lager-is-beter';
  if (/^(?:hoger(?: is beter)?|omhoog|stijging|stijgen|toename|↑|\+|meer)$/.test(k)) return 'hoger-is-beter';
  return null;
}

/** De eerste regel (van de eerste tien) met een naamkolom en ten minste één jaarkolom. */
function zoekKopregel(rijen: readonly (readonly string[])[]): number | null {
  for (let r = 0; r < Math.min(10, rijen.length); r++) {
    const kolommen = rijen[r]!.map((c, i) => herkenKolom(c ?? '', i));
    if (kolommen.some((k) => k.soort === 'naam') && kolommen.some((k) => k.soort === 'meting' || k.soort === 'streef' || k.soort === 'jaar')) return r;
  }
  return null;
}

/**
 * Leest een indicatorentabel (teksten per regel en kolom, zoals leesCsv of de XLSX-lezer ze geven).
 *
 * Regels (ook in docs/indicatoren-rekenregels.md):
 * - de kopregel is de eerste van de eerste tien regels met een kolom Indicator (of Naam,
 *   Omschrijving) en een jaarkolom; regels erboven (een titel) tellen niet;
 * - Eenheid is verplicht ('aantal', '%', 'rapportcijfer', 'per 1.000 inwoners', 'per 10.000
 *   jongeren 12-17'); Bron en Richting mogen; een onbekende kolom wordt genoemd en overgeslagen;
 * - een jaarkolom met 'Realisatie', 'Meting' of alleen het jaar geeft metingen; met 'Streefwaarde',
 *   'Doel', 'Begroting' of 'Norm' streefwaarden; '2019-2023' een reeks. In een kolom met alleen het
 *   jaar is een cel met een streefvorm ('-2% per jaar', 'niet boven 5', 'afname') een streefwaarde;
 * - een meetcel mag een benchmark hebben ('6 / 8'); een leeg vak, '-', 'n.b.' of 'nvt' is geen gegeven;
 * - de referentie komt uit een kolom Referentie of Nulmeting (met het jaar in de kop of in een
 *   kolom Referentiejaar); anders is het de laatste meting vóór het eerste streefjaar;
 * - zonder kolom Richting volgt de richting uit de streefwaarden (afname, plafond, een daling: lager
 *   is beter; toename, vloer, een stijging: hoger is beter);
 * - daarna gelden de gewone invoerregels (controleerIndicatorInvoer), met regel en kolom erbij.
 */
export function leesIndicatortabel(rijen: readonly (readonly string[])[]): GelezenTabel {
  const problemen: Tabelprobleem[] = [];
  const kop = zoekKopregel(rijen);
  if (kop === null) {
    return {
      kopregel: null,
      kolommen: [],
      indicatoren: [],
      problemen: [
        {
          rij: 1,
          kolom: null,
          reden:
            'Geen kopregel gevonden in de eerste tien regels. Verwacht een regel met de kolommen Indicator, Eenheid, Bron en jaarkolommen, bijvoorbeeld ‘Realisatie 2023’ en ‘Streefwaarde 2026’ (of alleen het jaar).',
        },
      ],
    };
  }
  const kolommen = rijen[kop]!.map((c, i) => herkenKolom(c ?? '', i)).filter((k) => k.kop !== '');
  const naamKolom = kolommen.find((k) => k.soort === 'naam')!;
  const eenheidKolom = kolommen.find((k) => k.soort === 'eenheid');
  const vind = (s: Kolomsoort) => kolommen.find((k) => k.soort === s);
  const kolomNaam = (k: Kolom) => `${k.letter} (${k.kop})`;
  if (!eenheidKolom) problemen.push({ rij: kop + 1, kolom: null, reden: 'De kolom Eenheid ontbreekt; voeg haar toe (aantal, percentage, rapportcijfer, per 1.000 inwoners of per 10.000 inwoners).' });

  const indicatoren: TabelIndicator[] = [];
  const namen = new Map<string, number>();
  for (let r = kop + 1; r < rijen.length; r++) {
    const rij = rijen[r]!;
    const regel = r + 1;
    const cel = (k: Kolom | undefined) => (k ? String(rij[k.index] ?? '').trim() : '');
    const naam = cel(naamKolom);
    const rest = kolommen.filter((k) => k !== naamKolom).some((k) => !isLeeg(cel(k)));
    if (!naam) {
      if (rest) problemen.push({ rij: regel, kolom: kolomNaam(naamKolom), reden: 'Deze regel heeft gegevens maar geen naam van de indicator.' });
      continue;
    }
    if (!rest) continue; // een tussenkop ('Prioriteit 1: woninginbraak') zonder gegevens
    if (indicatoren.length >= MAX_TABELRIJEN) {
      problemen.push({ rij: regel, kolom: null, reden: `Hoogstens ${MAX_TABELRIJEN} indicatoren per tabel; deel het bestand op.` });
      break;
    }
    const eerder = namen.get(naam.toLowerCase());
    if (eerder !== undefined) problemen.push({ rij: regel, kolom: kolomNaam(naamKolom), reden: `‘${naam}’ staat ook al op regel ${eerder}; geef elke indicator één regel.` });
    namen.set(naam.toLowerCase(), regel);
    const fout = (k: Kolom | null, reden: string) => problemen.push({ rij: regel, kolom: k ? kolomNaam(k) : null, reden });
    const foutenVoor = problemen.length;

    // Eenheid
    let eenheid: Eenheid | null = null;
    let noemer: string | null = null;
    const eenheidTekst = cel(eenheidKolom);
    if (eenheidKolom) {
      const e = leesEenheid(eenheidTekst);
      if (e) ({ eenheid, noemer } = e);
      else if (!eenheidTekst) fout(eenheidKolom, 'Vul de eenheid in: aantal, percentage, rapportcijfer, per 1.000 inwoners of per 10.000 inwoners.');
      else fout(eenheidKolom, `Onbekende eenheid ‘${eenheidTekst}’. Gebruik aantal, percentage (%), rapportcijfer (score), per 1.000 of per 10.000, met de groep erachter (inwoners, jongeren 12-17).`);
    }
    const noemerKolom = vind('noemer');
    if (noemerKolom && cel(noemerKolom) && !isLeeg(cel(noemerKolom))) {
      const g = klein(cel(noemerKolom));
      noemer = g === STANDAARD_NOEMER ? null : JONGEREN.test(g) ? 'jongeren van 12 tot en met 17 jaar' : cel(noemerKolom);
    }

    // Bron en aard
    const bronTekst = cel(vind('bron'));
    const bron = bronTekst ? leesBron(bronTekst) : 'overig';
    const aard: Aard = bron === 'veiligheidsmonitor' || bron === 'enquete' ? 'subjectief' : 'objectief';

    // Jaarkolommen
    const metingen: (Meting & { kolom: Kolom })[] = [];
    const streefwaarden: (Streefwaarde & { kolom: Kolom })[] = [];
    for (const k of kolommen) {
      if (k.soort !== 'meting' && k.soort !== 'streef' && k.soort !== 'jaar') continue;
      const t = cel(k);
      if (isLeeg(t)) continue;
      const e = eenheid ?? undefined;
      if (k.soort === 'meting' || (k.soort === 'jaar' && leesMeting(t, e).ok)) {
        const m = leesMeting(t, e);
        if (!m.ok) {
          fout(k, m.reden);
          continue;
        }
        metingen.push({ periode: String(k.jaar), waarde: m.waarde, ...(m.benchmark !== null ? { benchmark: m.benchmark } : {}), toelichting: `Ingelezen uit kolom ${k.kop}`, kolom: k });
        continue;
      }
      const s = leesStreefcel(k.totJaar !== null && !/[:=]/.test(t) ? `${k.jaar}..${k.totJaar}: ${t}` : t, e);
      if (!s.ok) {
        fout(k, s.reden);
        continue;
      }
      const c = s.cel;
      if (c.soort === 'reeks') streefwaarden.push({ jaar: c.jaar ?? k.jaar!, totJaar: c.totJaar ?? k.totJaar ?? k.jaar!, waarde: c.waarde, soort: 'reeks', kolom: k });
      else if (c.soort === 'relatief') streefwaarden.push({ jaar: k.jaar!, waarde: 0, soort: 'relatief', procent: c.procent, basis: c.basis, kolom: k });
      else if (c.soort === 'kwalitatief') streefwaarden.push({ jaar: k.jaar!, waarde: 0, soort: 'kwalitatief', koers: c.koers, kolom: k });
      else streefwaarden.push({ jaar: k.jaar!, waarde: c.waarde, ...(c.soort === 'waarde' ? {} : { soort: c.soort }), kolom: k });
    }

    // Referentie
    let referentiejaar: number | null = null;
    let referentiewaarde: number | null = null;
    const refKolom = vind('referentie');
    if (refKolom && !isLeeg(cel(refKolom))) {
      const m = leesMeting(cel(refKolom), eenheid ?? undefined);
      if (!m.ok) fout(refKolom, m.reden);
      else referentiewaarde = m.waarde;
      const jaarKolom = vind('referentiejaar');
      const jaarTekst = cel(jaarKolom);
      if (refKolom.jaar !== null) referentiejaar = refKolom.jaar;
      else if (jaarKolom && /^\d{4}$/.test(jaarTekst)) referentiejaar = Number(jaarTekst);
      else fout(jaarKolom ?? refKolom, jaarTekst ? `‘${jaarTekst}’ is geen jaartal.` : 'Bij de referentie hoort een jaar: zet het in de kop (‘Nulmeting 2022’) of in een kolom Referentiejaar.');
    } else {
      const eersteStreef = Math.min(...streefwaarden.map((s) => s.jaar));
      const ervoor = metingen.filter((m) => Number(m.periode) < eersteStreef).sort((a, b) => Number(a.periode) - Number(b.periode)).at(-1);
      if (ervoor && streefwaarden.length) {
        referentiejaar = Number(ervoor.periode);
        referentiewaarde = ervoor.waarde;
      }
    }

    // Richting
    const richtingKolom = vind('richting');
    let richting: Richting | null;
    if (richtingKolom && cel(richtingKolom)) {
      richting = leesRichting(cel(richtingKolom));
      if (!richting) fout(richtingKolom, `‘${cel(richtingKolom)}’ is geen richting; schrijf ‘lager is beter’ of ‘hoger is beter’.`);
    } else {
      richting = afgeleideRichting(streefwaarden, referentiewaarde);
      // Alleen als de regel verder klopt: een geweigerd vak laat anders een tweede, afgeleide fout zien.
      if (!richting && problemen.length === foutenVoor) fout(richtingKolom ?? null, 'Kernplan kan uit de streefwaarden niet afleiden of lager of hoger beter is; voeg een kolom Richting toe (lager is beter of hoger is beter).');
    }

    if (problemen.length > foutenVoor || !eenheid || !richting) continue;

    // De gewone invoerregels, met de kolom van elk vak.
    const gesorteerd = [...streefwaarden].sort((a, b) => a.jaar - b.jaar);
    for (const p of controleerIndicatorInvoer({ referentiejaar, referentiewaarde, eenheid, streefwaarden: gesorteerd, metingen })) {
      const s = /^streefwaarden\[(\d+)\]/.exec(p.veld);
      const m = /^metingen\[(\d+)\]/.exec(p.veld);
      const k = s ? gesorteerd[Number(s[1])]!.kolom : m ? metingen[Number(m[1])]!.kolom : p.veld.startsWith('referentie') ? (refKolom ?? null) : null;
      fout(k, p.reden);
    }
    if (problemen.length > foutenVoor) continue;
    indicatoren.push({
      rij: regel,
      naam,
      eenheid,
      noemer,
      bron,
      bronToelichting: bronTekst,
      aard,
      richting,
      referentiejaar,
      referentiewaarde,
      streefwaarden: gesorteerd.map(({ kolom: _k, ...s }) => s),
      metingen: metingen.map(({ kolom: _k, ...m }) => ({ ...m, periode: normaliseerPeriode(m.periode)! })),
    });
  }
  if (indicatoren.length === 0 && problemen.length === 0) problemen.push({ rij: kop + 2, kolom: null, reden: 'Onder de kopregel staat geen indicator met gegevens.' });
  return { kopregel: kop + 1, kolommen, indicatoren, problemen };
}

function afgeleideRichting(streef: readonly Streefwaarde[], referentie: number | null): Richting | null {
  for (const s of [...streef].sort((a, b) => b.jaar - a.jaar)) {
    if (s.soort === 'kwalitatief' && s.koers !== 'stabiel') return s.koers === 'afname' ? 'lager-is-beter' : 'hoger-is-beter';
    if (s.soort === 'plafond') return 'lager-is-beter';
    if (s.soort === 'vloer') return 'hoger-is-beter';
    if (s.soort === 'relatief' && s.procent) return s.procent < 0 ? 'lager-is-beter' : 'hoger-is-beter';
    if ((!s.soort || s.soort === 'waarde' || s.soort === 'reeks') && referentie !== null && s.waarde !== referentie) return s.waarde < referentie ? 'lager-is-beter' : 'hoger-is-beter';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * Leest CSV zoals Excel en LibreOffice het in Nederland schrijven: scheidingsteken ';' (of ',' of
 * tab: het teken dat in de eerste regel buiten aanhalingstekens het vaakst staat), velden tussen
 * dubbele aanhalingstekens (met "" voor een aanhalingsteken en regeleinden erin), BOM en CRLF.
 */
export function leesCsv(tekst: string): string[][] {
  const t = tekst.replace(/^\uFEFF/, '');
  const eersteRegel = t.split(/\r?\n/, 1)[0] ?? '';
  const buiten = eersteRegel.replace(/"[^"]*"/g, '');
  const tel = (c: string) => buiten.split(c).length - 1;
  const scheiding = [';', '\t', ','].reduce((best, c) => (tel(c) > tel(best) ? c : best), ';');
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let citaat = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (citaat) {
      if (c === '"') {
        if (t[i + 1] === '"') {
          veld += '"';
          i++;
        } else citaat = false;
      } else veld += c;
      continue;
    }
    if (c === '"') citaat = true;
    else if (c === scheiding) {
      rij.push(veld);
      veld = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && t[i + 1] === '\n') i++;
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
    } else veld += c;
  }
  if (veld !== '' || rij.length) {
    rij.push(veld);
    rijen.push(rij);
  }
  return rijen;
}
