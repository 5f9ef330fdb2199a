/**
 * Een CSV-lezer over bytes, gemaakt voor grote bestanden: hij leest één record tegelijk uit een
 * Uint8Array en geeft de grenzen van de velden terug, zonder per veld een string te maken. Velden
 * mogen tussen aanhalingstekens staan (met "" als aanhalingsteken en regeleinden erin); spaties
 * rond een veld en binnen de aanhalingstekens vallen weg, want CBS vult sleutels en de politie
 * getallen op met spaties. Regeleinden: LF, CRLF of CR. Zuivere code, geen I/O.
 */

export const AANHALINGSTEKEN = 0x22;
export const LF = 0x0a;
export const CR = 0x0d;
const SPATIE = 0x20;
const TAB = 0x09;

/** De velden van het laatst gelezen record: begin en eind (exclusief) per veld, zonder spaties. */
export class Velden {
  start = new Int32Array(32);
  eind = new Int32Array(32);
  /** 1 als het veld "" bevat en dus nog ontdubbeld moet worden (zie veldTekst). */
  dubbel = new Uint8Array(32);
  aantal = 0;
  /** Het aantal regeleinden dat het record besloeg (1 voor een gewone regel, 0 voor de laatste zonder regeleinde). */
  regels = 0;

  groei(): void {
    const n = this.start.length * 2;
    const s = new Int32Array(n);
    s.set(this.start);
    const e = new Int32Array(n);
    e.set(this.eind);
    const d = new Uint8Array(n);
    d.set(this.dubbel);
    this.start = s;
    this.eind = e;
    this.dubbel = d;
  }
}

/**
 * Leest één record vanaf `pos`. Geeft de positie na het record, of -1 als het record niet af is en
 * er nog data komt (`laatste` false). Met `laatste` true is het einde van de buffer het einde van
 * het bestand: een open aanhalingsteken sluit daar.
 */
export function leesRecord(buf: Uint8Array, pos: number, scheiding: number, v: Velden, laatste: boolean): number {
  const eind = buf.length;
  let p = pos;
  let n = 0;
  let regels = 0;
  for (;;) {
    if (n === v.start.length) v.groei();
    let s: number;
    let e: number;
    let dubbel = 0;
    if (p < eind && buf[p] === AANHALINGSTEKEN) {
      s = p + 1;
      let q = s;
      for (;;) {
        if (q >= eind) {
          if (!laatste) return -1;
          break;
        }
        const c = buf[q]!;
        if (c === AANHALINGSTEKEN) {
          if (q + 1 >= eind && !laatste) return -1;
          if (buf[q + 1] === AANHALINGSTEKEN) {
            dubbel = 1;
            q += 2;
            continue;
          }
          break;
        }
        if (c === LF) regels++;
        q++;
      }
      e = q;
      p = q + 1;
      // Tekst na het sluitende aanhalingsteken (niet volgens de regels) hoort nog bij het veld.
      while (p < eind) {
        const c = buf[p]!;
        if (c === scheiding || c === LF || c === CR) break;
        p++;
      }
      if (p >= eind && !laatste) return -1;
    } else {
      s = p;
      while (p < eind) {
        const c = buf[p]!;
        if (c === scheiding || c === LF || c === CR) break;
        p++;
      }
      if (p >= eind && !laatste) return -1;
      e = p;
    }
    while (s < e && (buf[s] === SPATIE || buf[s] === TAB)) s++;
    while (e > s && (buf[e - 1] === SPATIE || buf[e - 1] === TAB)) e--;
    v.start[n] = s;
    v.eind[n] = e;
    v.dubbel[n] = dubbel;
    n++;
    if (p >= eind) {
      v.aantal = n;
      v.regels = regels;
      return eind;
    }
    const c = buf[p];
    if (c === scheiding) {
      p++;
      continue;
    }
    if (c === CR) {
      p++;
      if (p >= eind && !laatste) return -1;
      if (buf[p] === LF) p++;
    } else {
      p++; // LF
    }
    v.aantal = n;
    v.regels = regels + 1;
    return p;
  }
}

const utf8Streng = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Tekst uit bytes: UTF-8 als dat geldig is, anders Latin-1 (Windows-1252, zoals Excel op Windows
 * opslaat). Geeft ook terug of er op Latin-1 is teruggevallen.
 */
export function decodeer(bytes: Uint8Array): { tekst: string; latin1: boolean } {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return { tekst: bytes.length <= 64 ? String.fromCharCode(...bytes) : windows1252.decode(bytes), latin1: false };
  try {
    return { tekst: utf8Streng.decode(bytes), latin1: false };
  } catch {
    return { tekst: windows1252.decode(bytes), latin1: true };
  }
}

/** De tekst van veld i (spaties rond het veld al weg, "" ontdubbeld). */
export function veldTekst(buf: Uint8Array, v: Velden, i: number): string {
  const { tekst } = decodeer(buf.subarray(v.start[i]!, v.eind[i]!));
  return v.dubbel[i] ? tekst.replaceAll('""', '"') : tekst;
}

/** Kiest het scheidingsteken van een kopregel: het meest voorkomende van ; , en tab buiten aanhalingstekens. */
export function kiesScheiding(kopregel: Uint8Array): number {
  const tellers = new Map<number, number>([
    [0x3b, 0],
    [0x2c, 0],
    [TAB, 0],
  ]);
  let binnen = false;
  for (let i = 0; i < kopregel.length; i++) {
    const c = kopregel[i]!;
    if (c === AANHALINGSTEKEN) binnen = !binnen;
    else if (c === LF && !binnen) break;
    else if (!binnen && tellers.has(c)) tellers.set(c, tellers.get(c)! + 1);
  }
  let beste = 0x3b;
  let max = 0;
  for (const [c, n] of tellers) {
    if (n > max) {
      beste = c;
      max = n;
    }
  }
  return beste;
}

/** Alle records van een (klein) bestand als strings; voor codelijsten en tests. */
export function leesTabel(bytes: Uint8Array, scheiding?: number): string[][] {
  let buf = bytes;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  const sep = scheiding ?? kiesScheiding(buf);
  const v = new Velden();
  const rijen: string[][] = [];
  let pos = 0;
  while (pos < buf.length) {
    const volgende = leesRecord(buf, pos, sep, v, true);
    const rij: string[] = [];
    for (let i = 0; i < v.aantal; i++) rij.push(veldTekst(buf, v, i));
    if (!(rij.length === 1 && rij[0] === '')) rijen.push(rij);
    pos = volgende;
  }
  return rijen;
}
