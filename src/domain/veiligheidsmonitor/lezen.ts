/**
 * Een gepubliceerde tabel van de CBS Veiligheidsmonitor lezen, in twee formaten (docs/veiligheidsmonitor.md):
 *
 * 1. De StatLine-draaitabel (CSV-export van een tabel met onderwerpen als rijen):
 *      Onderwerp,Perioden,Waarde_<regio>_<jaar>,...,Marges_<regio>_<jaar>,...
 *    De eerste kolom is het label (met '|' vooraan voor de plaats in de boom en spaties achteraan),
 *    de tweede de eenheid (StatLine noemt die kolom 'Perioden'), daarna per regio en jaar de waarde
 *    en (als de tabel ze heeft) de marge: de halve breedte van het 95%-betrouwbaarheidsinterval.
 *
 * 2. Het lange open-dataformaat (CBS OData TypedDataSet/UntypedDataSet als CSV):
 *      [ID,] [Marges,] RegioS, Perioden, <Meetkolom>, [<Meetkolom>_Marge | _Ondergrens | _Bovengrens], ...
 *    RegioS is een CBS-code ('GM0014  ', 'PV20', 'NL01', 'WK001401', 'BU00140101'), Perioden
 *    '2017JJ00' of '2017'. Marges, als de tabel die dimensie heeft: 'MW00000' of 'Waarde' is de
 *    waarde, 'MOG0095'/'Ondergrens 95%-interval' en 'MBG0095'/'Bovengrens 95%-interval' zijn de
 *    grenzen; de marge is dan de halve afstand tussen de grenzen.
 *
 * Scheidingsteken komma of puntkomma (wat in de kopregel buiten aanhalingstekens het meest staat);
 * UTF-8 met of zonder BOM; regeleinden LF, CRLF of CR. Getallen met decimale komma ('18,3') of punt.
 * Leeg, '.' (ontbreekt) en 'x' (geheim) zijn geen waarde: de cel wordt overgeslagen en geteld. Elk
 * ander probleem is een fout met regel en kolom; met één fout is er geen uitslag (alles of niets).
 * Zuiver, geen I/O.
 */
import { eigenIndicatorId, raadEenheid, type VmEenheid, zoekVmIndicator, zoekVmIndicatorBijSleutel } from './catalogus.ts';
import { herleidVmRegio, vmRegioBijCode, type VmRegio } from './regios.ts';

export type VmFormaat = 'statline-draaitabel' | 'cbs-open-data';
export const vmFormaatNamen: Record<VmFormaat, string> = {
  'statline-draaitabel': 'StatLine-tabel (onderwerpen als rijen, Waarde_ en Marges_ per regio en jaar)',
  'cbs-open-data': 'CBS open data (RegioS, Perioden en een kolom per onderwerp)',
};

export interface VmFout {
  /** Regel in het bestand (1 is de kopregel). */
  regel: number;
  /** Kolom (1 is de eerste), of null als het om de hele regel gaat. */
  kolom: number | null;
  /** De naam van de kolom uit de kopregel, als die er is. */
  kolomnaam: string | null;
  reden: string;
}

/** Een onderwerp uit het bestand: bekend in de catalogus (id daaruit) of eigen (id 'eigen:...'). */
export interface VmOnderwerp {
  indicatorId: string;
  /** Het label zoals het in het bestand staat, zonder '|' en spaties aan de randen. */
  label: string;
  /** De eenheid zoals het CBS hem noemt ('%', 'rapportcijfer'), of null (open-dataformaat). */
  cbsEenheid: string | null;
  eenheid: VmEenheid;
  bekend: boolean;
}

export interface VmWaarde {
  indicatorId: string;
  regiocode: string;
  jaar: number;
  waarde: number;
  /** Halve breedte van het 95%-betrouwbaarheidsinterval, of null als de tabel geen marge geeft. */
  marge: number | null;
}

export interface VmTabel {
  formaat: VmFormaat;
  onderwerpen: VmOnderwerp[];
  regios: VmRegio[];
  jaren: number[];
  waarden: VmWaarde[];
  /** Cellen zonder waarde (leeg, '.', 'x'). */
  ontbrekend: number;
}

export type VmLeesUitslag = { ok: true; tabel: VmTabel } | { ok: false; fouten: VmFout[] };

export interface VmLeesOpties {
  /** Zoekt een regio die de vaste regels niet vinden (bv. een wijk op naam). */
  extraRegio?: (naam: string) => VmRegio | undefined;
  /** Ten hoogste zoveel fouten verzamelen; standaard 50. */
  maxFouten?: number;
}

// ------------------------------------------------------------------------------------------------
// CSV

interface Cel {
  tekst: string;
  kolom: number;
}
interface Record_ {
  regel: number;
  cellen: Cel[];
}

function kiesScheiding(kop: string): string {
  let komma = 0;
  let puntkomma = 0;
  let tussen = false;
  for (const ch of kop) {
    if (ch === '"') tussen = !tussen;
    else if (!tussen && ch === ',') komma++;
    else if (!tussen && ch === ';') puntkomma++;
  }
  return puntkomma > komma ? ';' : ',';
}

/** Leest CSV-records met de regel waarop elk begint; een open aanhalingsteken aan het eind is een fout. */
function leesCsv(tekst: string): { records: Record_[]; fout: VmFout | null } {
  const eersteRegel = tekst.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const sep = kiesScheiding(eersteRegel);
  const records: Record_[] = [];
  let regel = 1;
  let i = 0;
  const n = tekst.length;
  while (i < n) {
    const begin = regel;
    const cellen: Cel[] = [];
    let kolom = 1;
    for (;;) {
      let waarde = '';
      if (tekst[i] === '"') {
        const startRegel = regel;
        i++;
        for (;;) {
          if (i >= n) return { records, fout: { regel: startRegel, kolom, kolomnaam: null, reden: 'Een aanhalingsteken wordt niet gesloten.' } };
          const ch = tekst[i]!;
          if (ch === '"') {
            if (tekst[i + 1] === '"') {
              waarde += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n' || (ch === '\r' && tekst[i + 1] !== '\n')) regel++;
          waarde += ch;
          i++;
        }
        // Anything after the closing quote up to the separator is kept (CBS writes none).
        while (i < n && tekst[i] !== sep && tekst[i] !== '\n' && tekst[i] !== '\r') waarde += tekst[i++];
      } else {
        while (i < n && tekst[i] !== sep && tekst[i] !== '\n' && tekst[i] !== '\r') waarde += tekst[i++];
      }
      cellen.push({ tekst: waarde, kolom });
      if (i < n && tekst[i] === sep) {
        i++;
        kolom++;
        continue;
      }
      break;
    }
    if (tekst[i] === '\r') i++;
    if (tekst[i] === '\n') i++;
    regel++;
    // An empty line (one empty cell) is skipped.
    if (!(cellen.length === 1 && cellen[0]!.tekst.trim() === '')) records.push({ regel: begin, cellen });
  }
  return { records, fout: null };
}

// ------------------------------------------------------------------------------------------------
// Getallen

const GEEN_WAARDE = new Set(['', '.', 'x', 'X']);

/** Een getal uit een cel: decimale komma of punt, duizendtallen met punt bij een komma. Null: geen getal. */
export function leesVmGetal(tekst: string): number | null {
  const t = tekst.trim().replace(/\u00a0/g, '');
  let genormaliseerd: string;
  if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) genormaliseerd = t.replace(/\./g, '').replace(',', '.');
  else if (/^[-+]?\d+,\d+$/.test(t)) genormaliseerd = t.replace(',', '.');
  else if (/^[-+]?\d+(\.\d+)?$/.test(t)) genormaliseerd = t;
  else return null;
  const x = Number(genormaliseerd);
  return Number.isFinite(x) ? x : null;
}

function grenzen(eenheid: VmEenheid): { min: number; max: number } {
  return eenheid === 'percentage' ? { min: 0, max: 100 } : eenheid === 'rapportcijfer' ? { min: 1, max: 10 } : { min: -1000, max: 1000 };
}

// ------------------------------------------------------------------------------------------------
// Lezen

const REGIOKOLOMMEN = ['regios', "regio's", 'regio', 'wijkenenbuurten', 'gemeenten'];

/** Leest een tabel van de Veiligheidsmonitor (zie boven). */
export function leesVeiligheidsmonitor(invoer: string, opties: VmLeesOpties = {}): VmLeesUitslag {
  const tekst = invoer.replace(/^\uFEFF/, '');
  const max = opties.maxFouten ?? 50;
  if (tekst.trim() === '') return { ok: false, fouten: [{ regel: 1, kolom: null, kolomnaam: null, reden: 'Het bestand is leeg.' }] };
  const { records, fout } = leesCsv(tekst);
  if (fout) return { ok: false, fouten: [fout] };
  const kop = records[0]!;
  const namen = kop.cellen.map((c) => c.tekst.trim());
  const sleutels = namen.map((x) => x.toLowerCase());
  if (namen.some((x) => /^(Waarde|Marges?)_.+_\d{4}(JJ00)?$/i.test(x))) return leesDraaitabel(records, namen, opties, max);
  if (sleutels.includes('perioden') && sleutels.some((x) => REGIOKOLOMMEN.includes(x))) return leesOpenData(records, namen, opties, max);
  return {
    ok: false,
    fouten: [
      {
        regel: 1,
        kolom: null,
        kolomnaam: null,
        reden:
          'Dit is geen tabel van de Veiligheidsmonitor die Kernplan kent. Verwacht: een StatLine-tabel met kolommen ' +
          "'Onderwerp', 'Perioden', 'Waarde_<regio>_<jaar>' en 'Marges_<regio>_<jaar>', of CBS open data met de kolommen 'RegioS' en 'Perioden'.",
      },
    ],
  };
}

class Verzamelaar {
  fouten: VmFout[] = [];
  constructor(
    private readonly namen: string[],
    private readonly max: number,
  ) {}
  fout(regel: number, kolom: number | null, reden: string): void {
    if (this.fouten.length < this.max) this.fouten.push({ regel, kolom, kolomnaam: kolom === null ? null : (this.namen[kolom - 1] ?? null), reden });
  }
  get vol(): boolean {
    return this.fouten.length >= this.max;
  }
}

class Opbouw {
  onderwerpen = new Map<string, VmOnderwerp>();
  regios = new Map<string, VmRegio>();
  waarden = new Map<string, VmWaarde>();
  ontbrekend = 0;

  tabel(formaat: VmFormaat): VmTabel {
    const waarden = [...this.waarden.values()];
    const jaren = [...new Set(waarden.map((w) => w.jaar))].sort((a, b) => a - b);
    // Only regions and subjects that have a value are reported (a column of '.' names no region).
    const metWaarde = new Set(waarden.map((w) => w.regiocode));
    const onderwerpMetWaarde = new Set(waarden.map((w) => w.indicatorId));
    return {
      formaat,
      onderwerpen: [...this.onderwerpen.values()].filter((o) => onderwerpMetWaarde.has(o.indicatorId)),
      regios: [...this.regios.values()].filter((r) => metWaarde.has(r.code)),
      jaren,
      waarden,
      ontbrekend: this.ontbrekend,
    };
  }
}

function onderwerpVan(label: string, cbsEenheid: string | null, sleutel?: string): VmOnderwerp {
  const bekend = sleutel !== undefined ? (zoekVmIndicator(label) ?? zoekVmIndicatorBijSleutel(sleutel)) : zoekVmIndicator(label, cbsEenheid);
  if (bekend) return { indicatorId: bekend.id, label, cbsEenheid, eenheid: bekend.eenheid, bekend: true };
  return { indicatorId: eigenIndicatorId(label, cbsEenheid), label, cbsEenheid, eenheid: raadEenheid(cbsEenheid), bekend: false };
}

function regioFout(naam: string): string {
  return (
    `De regio '${naam}' is niet te herleiden tot een CBS-code. Kernplan kent 'Nederland', provincies met '(PV)', ` +
    "gemeenten op hun naam (indeling 2024) en codes zoals GM0014, WK001401 of BU00140101, ook na een naam: 'Centrum (WK001401)'."
  );
}

function leesDraaitabel(records: Record_[], namen: string[], opties: VmLeesOpties, max: number): VmLeesUitslag {
  const v = new Verzamelaar(namen, max);
  const b = new Opbouw();
  // Header: which column holds which region x year, value or margin.
  const waardeKolom = new Map<string, number>(); // regio|jaar -> index (0-based)
  const margeKolom = new Map<string, number>();
  const kolomRegio = new Map<number, { regio: VmRegio; jaar: number }>();
  const onbekendeRegios = new Set<string>();
  namen.forEach((naam, k) => {
    if (k < 2) return;
    const m = /^(Waarde|Marges?)_(.+)_(\d{4})(?:JJ00)?$/i.exec(naam);
    if (!m) {
      if (naam !== '') v.fout(1, k + 1, `Onbekende kolom '${naam}': verwacht Waarde_<regio>_<jaar> of Marges_<regio>_<jaar>.`);
      return;
    }
    const regio = herleidVmRegio(m[2]!, opties.extraRegio);
    if (!regio) {
      if (!onbekendeRegios.has(m[2]!)) v.fout(1, k + 1, regioFout(m[2]!));
      onbekendeRegios.add(m[2]!);
      return;
    }
    const jaar = Number(m[3]);
    const sleutel = `${regio.code}|${jaar}`;
    const doel = m[1]!.toLowerCase() === 'waarde' ? waardeKolom : margeKolom;
    if (doel.has(sleutel)) {
      v.fout(1, k + 1, `De kolom '${naam}' staat er twee keer (ook kolom ${doel.get(sleutel)! + 1}).`);
      return;
    }
    doel.set(sleutel, k);
    kolomRegio.set(k, { regio, jaar });
    b.regios.set(regio.code, regio);
  });
  for (const [sleutel, k] of margeKolom) if (!waardeKolom.has(sleutel)) v.fout(1, k + 1, `De marge in kolom '${namen[k]}' heeft geen kolom met de waarde erbij.`);
  if (waardeKolom.size === 0 && v.fouten.length === 0) v.fout(1, null, 'De kopregel heeft geen kolommen Waarde_<regio>_<jaar>.');
  if (v.fouten.length) return { ok: false, fouten: v.fouten };

  const gezien = new Map<string, number>(); // indicator -> line
  for (const r of records.slice(1)) {
    if (v.vol) break;
    if (r.cellen.length !== namen.length) {
      v.fout(r.regel, null, `Deze regel heeft ${r.cellen.length} kolommen, de kopregel ${namen.length}.`);
      continue;
    }
    const label = r.cellen[0]!.tekst.replace(/^\|+/, '').trim();
    const cbsEenheid = r.cellen[1]!.tekst.trim();
    if (label === '') {
      v.fout(r.regel, 1, 'Het onderwerp ontbreekt.');
      continue;
    }
    const o = onderwerpVan(label, cbsEenheid || null);
    if (gezien.has(o.indicatorId)) {
      v.fout(r.regel, 1, `Het onderwerp '${label}' (${cbsEenheid}) staat er twee keer (ook op regel ${gezien.get(o.indicatorId)}).`);
      continue;
    }
    gezien.set(o.indicatorId, r.regel);
    b.onderwerpen.set(o.indicatorId, o);
    const { min, max: bovengrens } = grenzen(o.eenheid);
    for (const [sleutel, k] of waardeKolom) {
      const { regio, jaar } = kolomRegio.get(k)!;
      const cel = r.cellen[k]!;
      const t = cel.tekst.trim();
      if (GEEN_WAARDE.has(t)) {
        b.ontbrekend++;
        continue;
      }
      const waarde = leesVmGetal(t);
      if (waarde === null) {
        v.fout(r.regel, cel.kolom, `'${t}' is geen getal (verwacht bijvoorbeeld 18,3; leeg of '.' als er geen waarde is).`);
        continue;
      }
      if (waarde < min || waarde > bovengrens) {
        v.fout(r.regel, cel.kolom, `${t} kan geen ${o.eenheid === 'percentage' ? 'percentage' : o.eenheid} zijn (tussen ${min} en ${bovengrens}).`);
        continue;
      }
      let marge: number | null = null;
      const mk = margeKolom.get(sleutel);
      if (mk !== undefined) {
        const mc = r.cellen[mk]!;
        const mt = mc.tekst.trim();
        if (!GEEN_WAARDE.has(mt)) {
          marge = leesVmGetal(mt);
          if (marge === null || marge < 0) {
            v.fout(r.regel, mc.kolom, `'${mt}' is geen marge (verwacht een getal van 0 of meer, bijvoorbeeld 1,7).`);
            continue;
          }
        }
      }
      b.waarden.set(`${o.indicatorId}|${regio.code}|${jaar}`, { indicatorId: o.indicatorId, regiocode: regio.code, jaar, waarde, marge });
    }
  }
  if (records.length < 2) v.fout(1, null, 'Het bestand heeft alleen een kopregel en geen onderwerpen.');
  if (v.fouten.length) return { ok: false, fouten: v.fouten };
  return { ok: true, tabel: b.tabel('statline-draaitabel') };
}

const MARGE_ACHTER = /^(.*?)_?(Marge|Marges|Ondergrens|Bovengrens)$/i;
type MargesRol = 'waarde' | 'ondergrens' | 'bovengrens' | 'marge';

function margesRol(t: string): MargesRol | null {
  const k = t.trim().toLowerCase();
  if (k === 'mw00000' || k === 'waarde') return 'waarde';
  if (/^mog\d{4}$/.test(k) || k.startsWith('ondergrens')) return 'ondergrens';
  if (/^mbg\d{4}$/.test(k) || k.startsWith('bovengrens')) return 'bovengrens';
  if (k === 'marge' || k === 'marges') return 'marge';
  return null;
}

function leesOpenData(records: Record_[], namen: string[], opties: VmLeesOpties, max: number): VmLeesUitslag {
  const v = new Verzamelaar(namen, max);
  const b = new Opbouw();
  const sleutels = namen.map((x) => x.toLowerCase());
  const regioK = sleutels.findIndex((x) => REGIOKOLOMMEN.includes(x));
  const periodeK = sleutels.indexOf('perioden');
  const margesK = sleutels.indexOf('marges');
  const overslaan = new Set([regioK, periodeK, margesK, sleutels.indexOf('id')]);
  // Measure columns and their partners (<naam>_Marge, <naam>_Ondergrens, <naam>_Bovengrens).
  const meet: { k: number; o: VmOnderwerp; marge?: number; onder?: number; boven?: number }[] = [];
  const partners: { k: number; basis: string; soort: string }[] = [];
  namen.forEach((naam, k) => {
    if (overslaan.has(k) || naam === '') return;
    const m = MARGE_ACHTER.exec(naam);
    if (m && m[1]) partners.push({ k, basis: m[1], soort: m[2]!.toLowerCase() });
    else meet.push({ k, o: onderwerpVan(naam.replace(/_\d+$/, ''), null, naam) });
  });
  for (const p of partners) {
    const doel = meet.find((x) => namen[x.k] === p.basis || namen[x.k]!.replace(/_\d+$/, '') === p.basis.replace(/_\d+$/, ''));
    if (!doel) {
      v.fout(1, p.k + 1, `De kolom '${namen[p.k]}' hoort bij geen meetkolom (verwacht een kolom '${p.basis}').`);
      continue;
    }
    if (p.soort.startsWith('marge')) doel.marge = p.k;
    else if (p.soort === 'ondergrens') doel.onder = p.k;
    else doel.boven = p.k;
  }
  if (meet.length === 0) v.fout(1, null, 'De kopregel heeft naast RegioS en Perioden geen kolom met een onderwerp.');
  for (const m of meet) {
    if ((m.onder === undefined) !== (m.boven === undefined)) v.fout(1, m.k + 1, `Bij '${namen[m.k]}' staat een ondergrens zonder bovengrens of omgekeerd.`);
  }
  if (v.fouten.length) return { ok: false, fouten: v.fouten };
  for (const m of meet) b.onderwerpen.set(m.o.indicatorId, m.o);

  // With a Marges dimension one row per region x period x Marges member: collect, then combine.
  const cellen = new Map<string, { regio: VmRegio; jaar: number; regel: number; rol: Partial<Record<MargesRol, { x: number; kolom: number }>> }>();
  const gezien = new Map<string, number>();
  for (const r of records.slice(1)) {
    if (v.vol) break;
    if (r.cellen.length !== namen.length) {
      v.fout(r.regel, null, `Deze regel heeft ${r.cellen.length} kolommen, de kopregel ${namen.length}.`);
      continue;
    }
    const rt = r.cellen[regioK]!.tekst.trim();
    const regio = vmRegioBijCode(rt) ?? herleidVmRegio(rt, opties.extraRegio);
    if (!regio) {
      v.fout(r.regel, regioK + 1, regioFout(rt));
      continue;
    }
    const pt = r.cellen[periodeK]!.tekst.trim();
    const pm = /^(\d{4})(JJ00)?$/.exec(pt);
    if (!pm) {
      v.fout(r.regel, periodeK + 1, `'${pt}' is geen jaar: Kernplan leest jaarcijfers, zoals '2017JJ00' of '2017'.`);
      continue;
    }
    const jaar = Number(pm[1]);
    let rol: MargesRol = 'waarde';
    if (margesK >= 0) {
      const mt = r.cellen[margesK]!.tekst;
      const gevonden = margesRol(mt);
      if (!gevonden) {
        v.fout(r.regel, margesK + 1, `'${mt.trim()}' is geen lid van Marges dat Kernplan kent (MW00000 Waarde, MOG0095 Ondergrens, MBG0095 Bovengrens, of Marge).`);
        continue;
      }
      rol = gevonden;
    }
    const dubbel = `${regio.code}|${jaar}|${rol}`;
    if (gezien.has(dubbel)) {
      v.fout(r.regel, regioK + 1, `${regio.naam} (${regio.code}) ${jaar}${margesK >= 0 ? ` (${rol})` : ''} staat er twee keer (ook op regel ${gezien.get(dubbel)}).`);
      continue;
    }
    gezien.set(dubbel, r.regel);
    b.regios.set(regio.code, regio);
    for (const m of meet) {
      const lees = (k: number | undefined, wat: string): number | null | 'fout' => {
        if (k === undefined) return null;
        const c = r.cellen[k]!;
        const t = c.tekst.trim();
        if (GEEN_WAARDE.has(t)) return null;
        const x = leesVmGetal(t);
        if (x === null) {
          v.fout(r.regel, c.kolom, `'${t}' is geen getal (${wat}; verwacht bijvoorbeeld 18,3 of 18.3; leeg of '.' als er geen is).`);
          return 'fout';
        }
        return x;
      };
      const x = lees(m.k, 'waarde');
      if (x === 'fout') continue;
      const sleutel = `${m.o.indicatorId}|${regio.code}|${jaar}`;
      const cel = cellen.get(sleutel) ?? { regio, jaar, regel: r.regel, rol: {} };
      cellen.set(sleutel, cel);
      if (x === null) {
        if (rol === 'waarde') b.ontbrekend++;
      } else cel.rol[rol] = { x, kolom: m.k + 1 };
      if (rol === 'waarde') {
        const mg = lees(m.marge, 'marge');
        const og = lees(m.onder, 'ondergrens');
        const bg = lees(m.boven, 'bovengrens');
        if (mg === 'fout' || og === 'fout' || bg === 'fout') continue;
        if (mg !== null) cel.rol.marge = { x: mg, kolom: m.marge! + 1 };
        if (og !== null) cel.rol.ondergrens = { x: og, kolom: m.onder! + 1 };
        if (bg !== null) cel.rol.bovengrens = { x: bg, kolom: m.boven! + 1 };
      }
    }
  }
  if (records.length < 2) v.fout(1, null, 'Het bestand heeft alleen een kopregel en geen regels met cijfers.');
  for (const [sleutel, c] of cellen) {
    const w = c.rol.waarde;
    if (!w) continue;
    const o = b.onderwerpen.get(sleutel.split('|')[0]!)!;
    const { min, max: bovengrens } = grenzen(o.eenheid);
    if (w.x < min || w.x > bovengrens) {
      v.fout(c.regel, w.kolom, `${w.x} kan geen ${o.eenheid} zijn (tussen ${min} en ${bovengrens}).`);
      continue;
    }
    let marge: number | null = c.rol.marge?.x ?? null;
    if (marge === null && c.rol.ondergrens && c.rol.bovengrens) {
      if (c.rol.ondergrens.x > w.x || c.rol.bovengrens.x < w.x) {
        v.fout(c.regel, c.rol.ondergrens.kolom, `De grenzen ${c.rol.ondergrens.x} en ${c.rol.bovengrens.x} liggen niet om de waarde ${w.x}.`);
        continue;
      }
      marge = Math.round(((c.rol.bovengrens.x - c.rol.ondergrens.x) / 2) * 1000) / 1000;
    }
    if (marge !== null && marge < 0) {
      v.fout(c.regel, c.rol.marge?.kolom ?? null, `Een marge van ${marge} kan niet: een marge is 0 of meer.`);
      continue;
    }
    b.waarden.set(sleutel, { indicatorId: o.indicatorId, regiocode: c.regio.code, jaar: c.jaar, waarde: w.x, marge });
  }
  if (v.fouten.length) return { ok: false, fouten: v.fouten };
  return { ok: true, tabel: b.tabel('cbs-open-data') };
}

/** Een fout in een zin: 'Regel 3, kolom 5 (Waarde_Groningen (PV)_2017): ...'. */
export function vmFoutTekst(f: VmFout): string {
  const waar = f.kolom === null ? `Regel ${f.regel}` : `Regel ${f.regel}, kolom ${f.kolom}${f.kolomnaam ? ` (${f.kolomnaam})` : ''}`;
  return `${waar}: ${f.reden}`;
}

