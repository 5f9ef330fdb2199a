/**
 * De CBS-tabel 83648NED "Geregistreerde criminaliteit; soort misdrijf, regio" lezen, voor de groepen
 * die de BBV-indicatoren geweldsmisdrijven en vernielingen officieel tellen (issue 16, punt 1). Die
 * groepen volgen de CBS-indeling naar wetsartikel en zijn niet uit de 59 politiesoorten (47018NED) op te
 * tellen; met deze tabel is het gemeentecijfer officieel en volledig. Zie docs/begrotingsindicatoren.md.
 *
 * Twee formaten, herkend aan de kopregel:
 *
 * 1. CBS open data (TypedDataSet, zoals opendata.cbs.nl, cbsodata en cbsodataR hem schrijven):
 *      [ID,] SoortMisdrijf, RegioS, Perioden, TotaalGeregistreerdeMisdrijven_1,
 *      GeregistreerdeMisdrijvenRelatief_2, GeregistreerdeMisdrijvenPer1000Inw_3, ...
 *    met of zonder labelkolommen (SoortMisdrijf_label, ...). Sleutels: SoortMisdrijf 'T001161'
 *    (Misdrijven, totaal), 'CRI2000' (groep 2), 'CRI3000' (groep 3); RegioS 'GM0362    ' (met spaties
 *    opgevuld) of 'NL01'; Perioden '2021JJ00'. Met labels in plaats van sleutels (cbsodata) worden
 *    '2 Vernielingen,misdropenborde/gezag', 'Amstelveen' en '2021' ook herkend.
 * 2. De StatLine-download als CSV: ';' als scheiding, tussen aanhalingstekens, labels:
 *      "Soort misdrijf";"Regio's";"Perioden";"Totaal geregistreerde misdrijven (aantal)";...
 *    (ook met het onderwerp ervoor: "Geregistreerde misdrijven/Totaal geregistreerde misdrijven
 *    (aantal)", een kopregel over meer regels, titelregels erboven en bronregels eronder), decimale
 *    komma; een jaar met '*' is voorlopig.
 *
 * Bewaard worden alleen de groepen totaal, 2 en 3, voor gemeenten (GMxxxx) en Nederland (NL01): het
 * aantal en, als de tabel hem heeft, het cijfer per 1.000 inwoners van CBS. Andere soorten en regio's
 * (provincies, landsdelen, politie-eenheden) worden overgeslagen en geteld. Leeg, '.', '..' en 'x'
 * zijn geen waarde; '-' is nihil (0). Elk ander probleem is een fout met regel en kolom; met één fout
 * is er geen uitslag (alles of niets). Zuivere code, geen I/O.
 */
import { gemeentenOpNaam } from '../gemeenten/gemeenten.ts';
import { kiesScheiding, leesRecord, Velden, veldTekst } from './csv.ts';
import { kolomSleutel } from './formaat.ts';
import { naamSleutel } from './regios.ts';

/** De sleutels van CBS (dimensie SoortMisdrijf van 83648NED) van de groepen die Kernplan bewaart. */
export type CbsGroepSleutel = 'T001161' | 'CRI2000' | 'CRI3000';

export interface CbsGroep {
  sleutel: CbsGroepSleutel;
  /** De naam zoals CBS hem geeft (StatLine). */
  naam: string;
  /** De BBV-indicator die deze groep officieel telt; null voor het totaal. */
  bbv: 'geweldsmisdrijven' | 'vernielingen' | null;
}

export const cbsGroepen: readonly CbsGroep[] = [
  { sleutel: 'T001161', naam: 'Misdrijven, totaal', bbv: null },
  { sleutel: 'CRI2000', naam: '2 Vernielingen, misdrijven tegen openbare orde en gezag', bbv: 'vernielingen' },
  { sleutel: 'CRI3000', naam: '3 Gewelds- en seksuele misdrijven', bbv: 'geweldsmisdrijven' },
];

export const CBS_GROEPEN_BRON = 'CBS 83648NED';

/** De groep van een BBV-indicator, of undefined als de indicator geen CBS-groep telt. */
export function cbsGroepVoorBbv(id: string): CbsGroep | undefined {
  return cbsGroepen.find((g) => g.bbv === id);
}

export type CbsGroepenFormaat = 'cbs-open-data' | 'statline';
export const cbsGroepenFormaatNamen: Record<CbsGroepenFormaat, string> = {
  'cbs-open-data': 'CBS open data (TypedDataSet: SoortMisdrijf, RegioS, Perioden, TotaalGeregistreerdeMisdrijven_1)',
  statline: 'StatLine-download (Soort misdrijf; Regio\'s; Perioden; Totaal geregistreerde misdrijven)',
};

export interface CbsGroepFout {
  /** Regel in het bestand (1 is de eerste regel). */
  regel: number;
  /** Kolom (1 is de eerste), of null als het om de hele regel gaat. */
  kolom: number | null;
  /** De naam van de kolom uit de kopregel, als die er is. */
  kolomnaam: string | null;
  reden: string;
}

export interface CbsGroepWaarde {
  /** GMxxxx of NL01. */
  regiocode: string;
  groep: CbsGroepSleutel;
  jaar: number;
  /** Geregistreerde misdrijven; null als de tabel alleen het cijfer per 1.000 heeft. */
  aantal: number | null;
  /** Het cijfer per 1.000 inwoners van CBS zelf, als de tabel het heeft. */
  per1000: number | null;
  /** Het jaar is voorlopig ('2023*' in StatLine). */
  voorlopig: boolean;
  /** De regel in het bestand. */
  regel: number;
}

export interface CbsGroepenSamenvatting {
  formaat: CbsGroepenFormaat;
  /** Gegevensregels in het bestand (zonder kop, titels en bron). */
  regels: number;
  /** Bewaarde waarden (regio x groep x jaar). */
  waarden: number;
  gemeenten: string[];
  nederland: boolean;
  jaren: number[];
  voorlopigeJaren: number[];
  groepen: { sleutel: CbsGroepSleutel; naam: string; waarden: number }[];
  metAantal: number;
  metPer1000: number;
  overgeslagen: {
    /** Regels van andere soorten misdrijf (subgroepen, groep 1, 4-9). */
    andereSoorten: number;
    /** Regels van andere regio's (provincies, landsdelen, politie-eenheden). */
    andereRegios: number;
    /** Regels zonder aantal en zonder cijfer per 1.000 ('.', leeg, 'x'). */
    zonderWaarde: number;
    /** Regionamen die geen gemeente van 2024 zijn (bv. een opgeheven gemeente), hoogstens 20. */
    onbekendeRegios: string[];
    onbekendeRegiosRegels: number;
  };
}

export interface CbsGroepenTabel {
  formaat: CbsGroepenFormaat;
  waarden: CbsGroepWaarde[];
  samenvatting: CbsGroepenSamenvatting;
}

export type CbsGroepenUitslag = { ok: true; tabel: CbsGroepenTabel } | { ok: false; fouten: CbsGroepFout[] };

/** Een fout als één zin: 'Regel 4, kolom 5 (TotaalGeregistreerdeMisdrijven_1): ...'. */
export function cbsGroepFoutTekst(f: CbsGroepFout): string {
  const plek = f.kolom === null ? `Regel ${f.regel}` : `Regel ${f.regel}, kolom ${f.kolom}${f.kolomnaam ? ` (${f.kolomnaam})` : ''}`;
  return `${plek}: ${f.reden}`;
}

// ------------------------------------------------------------------------------------------------
// Herkennen van soort, regio, periode en getallen

type Soort = CbsGroepSleutel | 'ander';

/** Sleutel of label van een soort misdrijf; null als het geen soort lijkt. */
export function herkenSoort(tekst: string): Soort | null {
  const t = tekst.trim();
  if (t === 'T001161' || t === 'CRI2000' || t === 'CRI3000') return t;
  if (/^[A-Z]{1,4}\d{3,7}$/.test(t)) return 'ander';
  if (/^misdrijven\s*,?\s*totaal$/i.test(t)) return 'T001161';
  if (/^2\s+vernieling/i.test(t)) return 'CRI2000';
  if (/^3\s+geweld/i.test(t)) return 'CRI3000';
  if (/^\d{1,4}\s*\S/.test(t)) return 'ander';
  return null;
}

type Regio = { soort: 'gemeente' | 'nederland'; code: string } | { soort: 'ander' } | { soort: 'onbekend'; naam: string };

const gemeenteOpNaam = new Map(gemeentenOpNaam.map((g) => [naamSleutel(g.naam), g.code]));
/** Labels van regio's die geen gemeente zijn: provincie, landsdeel, politie-eenheid en dergelijke. */
const ANDER_NIVEAU = /\((PV|LD|CR|RE|PE|PD|GGD|VR|RES|COROP|LG|AR|KvK|BT|ZW|WK|BU)\)\s*$/i;

export function herkenRegio(tekst: string): Regio {
  const t = tekst.trim();
  if (/^GM\d{4}$/.test(t)) return { soort: 'gemeente', code: t };
  if (t === 'NL01' || t === 'NL00' || /^nederland$/i.test(t)) return { soort: 'nederland', code: 'NL01' };
  if (/^[A-Z]{2}[0-9A-Z]{2,8}$/.test(t)) return { soort: 'ander' };
  if (ANDER_NIVEAU.test(t) || /^(eenheid|politie-eenheid|regionale eenheid)\b/i.test(t) || /^niet[- ]gemeentelijk ingedeeld$/i.test(t)) return { soort: 'ander' };
  const zonder = t.replace(/\s*\(gemeente\)\s*$/i, '');
  const code = gemeenteOpNaam.get(naamSleutel(zonder));
  if (code) return { soort: 'gemeente', code };
  return { soort: 'onbekend', naam: t };
}

/** '2021JJ00', '2021' of '2021*' (voorlopig); null als het geen jaar is. */
export function leesJaar(tekst: string): { jaar: number; voorlopig: boolean } | null {
  const t = tekst.trim();
  const m = /^(\d{4})(?:JJ00|\s*(\*)|\s*\(?voorlopig\)?)?$/i.exec(t);
  if (!m) return null;
  const jaar = Number(m[1]);
  if (jaar < 1990 || jaar > 2100) return null;
  return { jaar, voorlopig: Boolean(m[2]) || /voorlopig/i.test(t) };
}

const GEEN_WAARDE = new Set(['', '.', '..', 'x', 'X', '?']);

/** Een aantal: heel getal (ook '1234.0' zoals pandas schrijft), '-' is nihil; undefined is geen waarde; null is fout. */
function leesAantal(tekst: string): number | undefined | null {
  const t = tekst.trim();
  if (GEEN_WAARDE.has(t)) return undefined;
  if (t === '-') return 0;
  const m = /^(\d+)(?:[.,]0+)?$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n <= 2_000_000_000 ? n : null;
}

/** Een cijfer per 1.000: '4.3' of '4,3'; undefined is geen waarde; null is fout. */
function leesPer1000(tekst: string): number | undefined | null {
  const t = tekst.trim();
  if (GEEN_WAARDE.has(t)) return undefined;
  if (t === '-') return 0;
  if (!/^\d+(?:[.,]\d+)?$/.test(t)) return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) && n <= 100_000 ? n : null;
}

// ------------------------------------------------------------------------------------------------
// Kopregel

interface Kop {
  formaat: CbsGroepenFormaat;
  soort: number;
  regio: number;
  periode: number;
  aantal: number | null;
  per1000: number | null;
  namen: string[];
}

const dimensies = { soort: 'soortmisdrijf', regio: 'regios', periode: 'perioden' } as const;

function zoekKop(velden: string[], vervolg: string[][]): Kop | { fout: string } | null {
  const sleutels = velden.map(kolomSleutel);
  const soort = sleutels.indexOf(dimensies.soort);
  const regio = sleutels.indexOf(dimensies.regio);
  const periode = sleutels.indexOf(dimensies.periode);
  if (soort < 0 || periode < 0) return null;
  if (regio < 0) return { fout: `De kopregel heeft geen kolom met de regio (RegioS of "Regio's"). Dit lijkt geen tabel 83648NED per regio.` };
  const openData = velden.some((v) => v.trim() === 'SoortMisdrijf') && velden.some((v) => v.trim() === 'RegioS');
  // A heading over more lines (StatLine): the texts of the same column together.
  const volledig = velden.map((v, i) => [v, ...vervolg.map((r) => r[i] ?? '')].filter((x) => x.trim() !== '').join(' '));
  const volSleutels = volledig.map(kolomSleutel);
  const vind = (past: (s: string) => boolean) => {
    const i = volSleutels.findIndex((s) => !s.includes('opgehelderd') && past(s));
    return i < 0 ? null : i;
  };
  const aantal = vind((s) => s.includes('totaalgeregistreerdemisdrijven') || (!openData && s === 'geregistreerdemisdrijvenaantal'));
  const per1000 = vind((s) => s.includes('geregistreerdemisdrijvenper1000') || s.includes('per1000inw'));
  if (aantal === null && per1000 === null) {
    return {
      fout:
        'De kopregel heeft geen kolom met het aantal geregistreerde misdrijven (TotaalGeregistreerdeMisdrijven_1 of "Totaal geregistreerde misdrijven (aantal)") ' +
        'en geen kolom per 1.000 inwoners (GeregistreerdeMisdrijvenPer1000Inw_3). Kies bij het downloaden minstens een van die twee onderwerpen.',
    };
  }
  return { formaat: openData ? 'cbs-open-data' : 'statline', soort, regio, periode, aantal, per1000, namen: volledig };
}

// ------------------------------------------------------------------------------------------------
// Lezen

export const verwachtFormaat =
  'een tabel 83648NED "Geregistreerde criminaliteit; soort misdrijf, regio" van CBS: open data met de kolommen SoortMisdrijf, RegioS, Perioden en ' +
  'TotaalGeregistreerdeMisdrijven_1 (of GeregistreerdeMisdrijvenPer1000Inw_3), of de StatLine-download met "Soort misdrijf", "Regio\'s", "Perioden" en ' +
  '"Totaal geregistreerde misdrijven (aantal)"';

/** De regel (vanaf 0) met 'Perioden' in de eerste 30 regels, om het scheidingsteken op te kiezen. */
function kopregelBytes(buf: Uint8Array): Uint8Array {
  const kop = new TextDecoder('latin1').decode(buf.subarray(0, Math.min(buf.length, 256 * 1024)));
  const regels = kop.split(/\r\n|\n|\r/).slice(0, 30);
  const i = regels.findIndex((r) => /perioden/i.test(r));
  return new TextEncoder().encode(regels[i < 0 ? 0 : i] ?? '');
}

export function leesCbsGroepen(bytes: Uint8Array, opties: { maxFouten?: number } = {}): CbsGroepenUitslag {
  const maxFouten = opties.maxFouten ?? 50;
  let buf = bytes;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  const sep = kiesScheiding(kopregelBytes(buf));
  const v = new Velden();
  const fouten: CbsGroepFout[] = [];
  const fout = (regel: number, kolom: number | null, kolomnaam: string | null, reden: string) => {
    if (fouten.length < maxFouten) fouten.push({ regel, kolom: kolom === null ? null : kolom + 1, kolomnaam, reden });
  };

  // All records as field texts would be too much for the whole table; read one record at a time.
  let pos = 0;
  let regel = 1;
  const volgende = (): { regel: number; velden: () => string[]; aantal: number } | null => {
    for (;;) {
      if (pos >= buf.length) return null;
      const begin = regel;
      const na = leesRecord(buf, pos, sep, v, true);
      regel += v.regels;
      pos = na;
      const leeg = v.aantal === 1 && v.start[0] === v.eind[0];
      if (leeg) continue;
      const velden = () => Array.from({ length: v.aantal }, (_, i) => veldTekst(buf, v, i));
      return { regel: begin, velden, aantal: v.aantal };
    }
  };

  // Title lines, then the heading (possibly over more lines: the following lines with empty dimension cells).
  const titels: string[][] = [];
  let kopRecord: { regel: number; velden: string[] } | null = null;
  for (let i = 0; i < 30; i++) {
    const r = volgende();
    if (!r) break;
    const velden = r.velden();
    if (velden.some((x) => kolomSleutel(x) === dimensies.periode)) {
      kopRecord = { regel: r.regel, velden };
      break;
    }
    if (velden.filter((x) => x.trim() !== '').length > 1) {
      fout(r.regel, null, null, `De kopregel ontbreekt: verwacht ${verwachtFormaat}.`);
      return { ok: false, fouten };
    }
    titels.push(velden);
  }
  if (!kopRecord) {
    fout(1, null, null, bytes.length === 0 ? 'Het bestand is leeg.' : `Geen kopregel met de kolom Perioden gevonden: verwacht ${verwachtFormaat}.`);
    return { ok: false, fouten };
  }
  // Continuation lines of a heading: soort, regio and periode are empty, and the line is not data.
  const vervolg: string[][] = [];
  let eerste: { regel: number; velden: string[] } | null = null;
  // The dimension columns first: the measure columns may need the continuation lines.
  const sleutels = kopRecord.velden.map(kolomSleutel);
  const voorlopig = { soort: sleutels.indexOf(dimensies.soort), regio: sleutels.indexOf(dimensies.regio), periode: sleutels.indexOf(dimensies.periode) };
  if (voorlopig.soort < 0 || voorlopig.regio < 0) {
    const kop = zoekKop(kopRecord.velden, []);
    fout(kopRecord.regel, null, null, kop !== null && 'fout' in kop ? kop.fout : `De kopregel heeft geen kolom SoortMisdrijf of "Soort misdrijf": verwacht ${verwachtFormaat}.`);
    return { ok: false, fouten };
  }
  for (;;) {
    const r = volgende();
    if (!r) break;
    const velden = r.velden();
    const dims = [voorlopig.soort, voorlopig.regio, voorlopig.periode].map((i) => (velden[i] ?? '').trim());
    if (dims.every((d) => d === '') && vervolg.length < 3 && velden.some((x) => x.trim() !== '') && !velden.some((x) => /^-?\d/.test(x.trim()))) {
      vervolg.push(velden);
      continue;
    }
    eerste = { regel: r.regel, velden };
    break;
  }
  const kop = zoekKop(kopRecord.velden, vervolg);
  if (kop === null || 'fout' in kop) {
    fout(kopRecord.regel, null, null, kop === null ? `De kopregel heeft geen kolom SoortMisdrijf: verwacht ${verwachtFormaat}.` : kop.fout);
    return { ok: false, fouten };
  }
  const naam = (i: number | null) => (i === null ? null : (kop.namen[i] ?? null));

  const waarden = new Map<string, CbsGroepWaarde>();
  const overgeslagen = { andereSoorten: 0, andereRegios: 0, zonderWaarde: 0, onbekendeRegios: new Set<string>(), onbekendeRegiosRegels: 0 };
  let gegevensregels = 0;
  let voetBegon: number | null = null;

  /** One record: a field's text is only made when it is needed (the whole table has half a million rows). */
  interface Rec {
    aantal: number;
    veld: (i: number) => string;
    leeg: (i: number) => boolean;
  }
  const verwerk = (regelNr: number, rec: Rec) => {
    let gevuld = 0;
    let eersteGevuld = -1;
    for (let i = 0; i < rec.aantal && gevuld < 2; i++) {
      if (!rec.leeg(i)) {
        gevuld++;
        if (eersteGevuld < 0) eersteGevuld = i;
      }
    }
    // Source and footnote lines at the end (StatLine): one filled cell, not data.
    if (gevuld <= 1 && rec.aantal !== kop.namen.length) {
      voetBegon ??= regelNr;
      return;
    }
    if (gevuld === 1 && /^(bron|©|centraal bureau|cbs\b|\*|voorlopig|verklaring|toelichting|https?:)/i.test(rec.veld(eersteGevuld).trim())) {
      voetBegon ??= regelNr;
      return;
    }
    if (voetBegon !== null) {
      fout(regelNr, null, null, `Gegevens na de bronregel op regel ${voetBegon}; alle gegevens horen boven de bron- en voetregels.`);
      return;
    }
    gegevensregels++;
    if (rec.aantal !== kop.namen.length) {
      fout(regelNr, null, null, `Deze regel heeft ${rec.aantal} ${rec.aantal === 1 ? 'veld' : 'velden'}, de kopregel ${kop.namen.length}. Staat er een scheidingsteken of aanhalingsteken te veel of te weinig?`);
      return;
    }
    const soortTekst = rec.veld(kop.soort);
    const soort = herkenSoort(soortTekst);
    if (soort === null) {
      fout(regelNr, kop.soort, naam(kop.soort), `'${soortTekst}' is geen soort misdrijf van 83648NED (verwacht een sleutel zoals T001161 of CRI3000, of een naam zoals "3 Gewelds- en seksuele misdrijven").`);
      return;
    }
    if (soort === 'ander') {
      overgeslagen.andereSoorten++;
      return;
    }
    const regioTekst = rec.veld(kop.regio);
    const regio = herkenRegio(regioTekst);
    if (regioTekst.trim() === '') {
      fout(regelNr, kop.regio, naam(kop.regio), 'De regio is leeg.');
      return;
    }
    if (regio.soort === 'ander') {
      overgeslagen.andereRegios++;
      return;
    }
    if (regio.soort === 'onbekend') {
      overgeslagen.onbekendeRegiosRegels++;
      if (overgeslagen.onbekendeRegios.size < 20) overgeslagen.onbekendeRegios.add(regio.naam);
      return;
    }
    const periodeTekst = rec.veld(kop.periode);
    const periode = leesJaar(periodeTekst);
    if (!periode) {
      fout(regelNr, kop.periode, naam(kop.periode), `'${periodeTekst}' is geen jaar (verwacht bijvoorbeeld 2021JJ00, 2021 of 2023*).`);
      return;
    }
    let aantal: number | null = null;
    let per1000: number | null = null;
    if (kop.aantal !== null) {
      const tekst = rec.veld(kop.aantal);
      const a = leesAantal(tekst);
      if (a === null) {
        fout(regelNr, kop.aantal, naam(kop.aantal), `'${tekst.trim()}' is geen aantal (verwacht een heel getal zoals 1234; leeg of '.' als er geen waarde is).`);
        return;
      }
      aantal = a ?? null;
    }
    if (kop.per1000 !== null) {
      const tekst = rec.veld(kop.per1000);
      const p = leesPer1000(tekst);
      if (p === null) {
        fout(regelNr, kop.per1000, naam(kop.per1000), `'${tekst.trim()}' is geen cijfer per 1.000 inwoners (verwacht bijvoorbeeld 4,3 of 4.3; leeg of '.' als er geen waarde is).`);
        return;
      }
      per1000 = p ?? null;
    }
    if (aantal === null && per1000 === null) {
      overgeslagen.zonderWaarde++;
      return;
    }
    const sleutel = `${regio.code}|${soort}|${periode.jaar}`;
    const eerder = waarden.get(sleutel);
    if (eerder) {
      fout(regelNr, null, null, `${regio.code}, ${soort} in ${periode.jaar} staat al op regel ${eerder.regel}; elke regio, groep en jaar mag één keer voorkomen.`);
      return;
    }
    waarden.set(sleutel, { regiocode: regio.code, groep: soort, jaar: periode.jaar, aantal, per1000, voorlopig: periode.voorlopig, regel: regelNr });
  };

  if (eerste) {
    const e = eerste.velden;
    verwerk(eerste.regel, { aantal: e.length, veld: (i) => e[i] ?? '', leeg: (i) => (e[i] ?? '').trim() === '' });
  }
  for (;;) {
    if (fouten.length >= maxFouten) break;
    const r = volgende();
    if (!r) break;
    verwerk(r.regel, { aantal: r.aantal, veld: (i) => veldTekst(buf, v, i), leeg: (i) => v.start[i] === v.eind[i] });
  }
  if (fouten.length) return { ok: false, fouten };
  if (gegevensregels === 0) {
    fout(kopRecord.regel + 1 + vervolg.length, null, null, 'Onder de kopregel staan geen gegevens.');
    return { ok: false, fouten };
  }
  if (waarden.size === 0) {
    const reden =
      overgeslagen.onbekendeRegiosRegels > 0
        ? `Geen regio herkend als gemeente: bijvoorbeeld ${[...overgeslagen.onbekendeRegios].slice(0, 3).map((n) => `'${n}'`).join(', ')}. Download de tabel met regiocodes (RegioS, GM0362) of met de namen van gemeenten.`
        : `Geen regel van een gemeente of Nederland met de groepen "Misdrijven, totaal", "2 Vernielingen, misdrijven tegen openbare orde en gezag" of "3 Gewelds- en seksuele misdrijven". Kies die bij het downloaden bij Soort misdrijf, en bij Regio's de gemeenten.`;
    fout(kopRecord.regel, null, null, reden);
    return { ok: false, fouten };
  }

  const lijst = [...waarden.values()].sort((a, b) => (a.regiocode < b.regiocode ? -1 : a.regiocode > b.regiocode ? 1 : a.groep < b.groep ? -1 : a.groep > b.groep ? 1 : a.jaar - b.jaar));
  const samenvatting: CbsGroepenSamenvatting = {
    formaat: kop.formaat,
    regels: gegevensregels,
    waarden: lijst.length,
    gemeenten: [...new Set(lijst.filter((w) => w.regiocode.startsWith('GM')).map((w) => w.regiocode))].sort(),
    nederland: lijst.some((w) => w.regiocode === 'NL01'),
    jaren: [...new Set(lijst.map((w) => w.jaar))].sort((a, b) => a - b),
    voorlopigeJaren: [...new Set(lijst.filter((w) => w.voorlopig).map((w) => w.jaar))].sort((a, b) => a - b),
    groepen: cbsGroepen.map((g) => ({ sleutel: g.sleutel, naam: g.naam, waarden: lijst.filter((w) => w.groep === g.sleutel).length })).filter((g) => g.waarden > 0),
    metAantal: lijst.filter((w) => w.aantal !== null).length,
    metPer1000: lijst.filter((w) => w.per1000 !== null).length,
    overgeslagen: { ...overgeslagen, onbekendeRegios: [...overgeslagen.onbekendeRegios] },
  };
  return { ok: true, tabel: { formaat: kop.formaat, waarden: lijst, samenvatting } };
}
