/**
 * Reads the first worksheet of an .xlsx file (Office Open XML) into rows of text, the way a Dutch
 * reader sees the cells: numbers with a decimal comma ('7,5'), a cell formatted as a percentage as
 * '28,8%', shared and inline strings as they are. Only what an indicator table needs; no formulas
 * are evaluated (the cached value is read), no dates.
 *
 * No library: an .xlsx is a ZIP of XML files, read here with node:zlib (inflateRaw) under size
 * limits, so a small file cannot unpack to gigabytes (a "zip bomb"). Recorded in the report of
 * issue 16: package.json has no spreadsheet reader, and this avoids a dependency.
 */
import { inflateRawSync } from 'node:zlib';

/** At most this many bytes unpacked per file inside the ZIP, and in total. */
export const MAX_UITGEPAKT = 50 * 1024 * 1024;

export class XlsxFout extends Error {}

interface Entry {
  naam: string;
  methode: number;
  gecomprimeerd: number;
  grootte: number;
  lokaal: number;
}

function centraleMap(b: Buffer): Entry[] {
  // End of central directory: signature 0x06054b50, in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65_557); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxFout('Dit is geen geldig .xlsx-bestand (geen ZIP-inhoudsopgave gevonden).');
  const aantal = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < aantal; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) throw new XlsxFout('Het .xlsx-bestand is beschadigd (inhoudsopgave).');
    const naamLengte = b.readUInt16LE(p + 28);
    const extra = b.readUInt16LE(p + 30);
    const commentaar = b.readUInt16LE(p + 32);
    entries.push({
      methode: b.readUInt16LE(p + 10),
      gecomprimeerd: b.readUInt32LE(p + 20),
      grootte: b.readUInt32LE(p + 24),
      lokaal: b.readUInt32LE(p + 42),
      naam: b.toString('utf8', p + 46, p + 46 + naamLengte),
    });
    p += 46 + naamLengte + extra + commentaar;
  }
  return entries;
}

function pakUit(b: Buffer, e: Entry): Buffer {
  if (e.lokaal + 30 > b.length || b.readUInt32LE(e.lokaal) !== 0x04034b50) throw new XlsxFout('Het .xlsx-bestand is beschadigd.');
  const start = e.lokaal + 30 + b.readUInt16LE(e.lokaal + 26) + b.readUInt16LE(e.lokaal + 28);
  const data = b.subarray(start, start + e.gecomprimeerd);
  if (e.grootte > MAX_UITGEPAKT) throw new XlsxFout('Het .xlsx-bestand pakt uit tot meer dan 50 MB; sla alleen de tabel met indicatoren op.');
  if (e.methode === 0) return data;
  if (e.methode !== 8) throw new XlsxFout('Het .xlsx-bestand gebruikt een compressie die Kernplan niet kent; sla het opnieuw op met Excel of LibreOffice.');
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_UITGEPAKT });
  } catch {
    throw new XlsxFout('Het .xlsx-bestand is beschadigd of pakt uit tot meer dan 50 MB.');
  }
}

const entiteiten: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function ontsnap(t: string): string {
  return t.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (heel, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : heel;
    }
    return entiteiten[e] ?? heel;
  });
}

/** All text of the <t> elements inside a piece of XML (a shared string, an inline string). */
function teksten(xml: string): string {
  let uit = '';
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) uit += m[1];
  return ontsnap(uit);
}

const attr = (tag: string, naam: string) => new RegExp(`\\s${naam}="([^"]*)"`).exec(tag)?.[1];

function kolomIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** A number as a Dutch reader types it: 7,5; 1630; 28,8% for a percentage format. */
function nlTekst(n: number, procent: boolean): string {
  const w = procent ? n * 100 : n;
  const t = String(Number(w.toPrecision(12))).replace('.', ',');
  return procent ? `${t}%` : t;
}

/**
 * The rows of the first worksheet, as text. Throws XlsxFout (Dutch) when the file is not an .xlsx
 * that can be read.
 */
export function leesXlsx(bestand: Uint8Array): string[][] {
  const b = Buffer.from(bestand.buffer, bestand.byteOffset, bestand.byteLength);
  const entries = centraleMap(b);
  let totaal = 0;
  const lees = (naam: string): string | null => {
    const e = entries.find((x) => x.naam === naam);
    if (!e) return null;
    const data = pakUit(b, e);
    totaal += data.length;
    if (totaal > MAX_UITGEPAKT) throw new XlsxFout('Het .xlsx-bestand pakt uit tot meer dan 50 MB; sla alleen de tabel met indicatoren op.');
    return data.toString('utf8');
  };

  const werkboek = lees('xl/workbook.xml');
  if (werkboek === null) throw new XlsxFout('Dit is geen .xlsx-werkboek (xl/workbook.xml ontbreekt). Sla het bestand op als Excel-werkmap (.xlsx) of als CSV.');
  const eersteBlad = /<sheet\s[^>]*>/.exec(werkboek)?.[0];
  const rId = eersteBlad ? (attr(eersteBlad, 'r:id') ?? attr(eersteBlad, 'id')) : undefined;
  let pad = 'xl/worksheets/sheet1.xml';
  const rels = lees('xl/_rels/workbook.xml.rels');
  if (rId && rels) {
    for (const m of rels.matchAll(/<Relationship\s[^>]*>/g)) {
      if (attr(m[0], 'Id') !== rId) continue;
      const doel = attr(m[0], 'Target') ?? '';
      pad = doel.startsWith('/') ? doel.slice(1) : `xl/${doel.replace(/^\.\//, '')}`;
    }
  }
  const blad = lees(pad);
  if (blad === null) throw new XlsxFout('Het eerste werkblad van het .xlsx-bestand ontbreekt.');

  const gedeeld = [...(lees('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => (m[1] ? teksten(m[1]) : ''));

  // Which cell styles are percentages: built-in formats 9 and 10, or a format code with a % outside quotes.
  const stijlen = lees('xl/styles.xml') ?? '';
  const procentFormaten = new Set([9, 10]);
  for (const m of stijlen.matchAll(/<numFmt\s[^>]*>/g)) {
    const code = ontsnap(attr(m[0], 'formatCode') ?? '').replace(/"[^"]*"/g, '');
    if (code.includes('%')) procentFormaten.add(Number(attr(m[0], 'numFmtId')));
  }
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stijlen)?.[1] ?? '';
  const procentStijl = [...xfs.matchAll(/<xf\s[^>]*?(?:\/>|>)/g)].map((m) => procentFormaten.has(Number(attr(m[0], 'numFmtId') ?? '0')));

  const rijen: string[][] = [];
  for (const r of blad.matchAll(/<row\s([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const nummer = Number(attr(` ${r[1]}`, 'r') ?? rijen.length + 1);
    if (!Number.isInteger(nummer) || nummer < 1 || nummer > 100_000) continue;
    const rij: string[] = [];
    let volgende = 0;
    for (const c of (r[2] ?? '').matchAll(/<c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const kop = c[1] ?? '';
      const ref = attr(kop, 'r');
      const index = ref ? kolomIndex(ref) : volgende;
      volgende = index + 1;
      if (index > 500) continue;
      const type = attr(kop, 't') ?? 'n';
      const inhoud = c[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inhoud)?.[1];
      let tekst = '';
      if (type === 's') tekst = gedeeld[Number(v)] ?? '';
      else if (type === 'inlineStr') tekst = teksten(inhoud);
      else if (type === 'str' || type === 'e') tekst = v === undefined ? '' : ontsnap(v);
      else if (type === 'b') tekst = v === '1' ? 'waar' : 'onwaar';
      else if (v !== undefined && v !== '') {
        const n = Number(v);
        tekst = Number.isFinite(n) ? nlTekst(n, procentStijl[Number(attr(kop, 's') ?? '0')] === true) : v;
      }
      while (rij.length < index) rij.push('');
      rij[index] = tekst;
    }
    while (rijen.length < nummer - 1) rijen.push([]);
    rijen[nummer - 1] = rij;
  }
  return rijen;
}
