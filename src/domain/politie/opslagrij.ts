/**
 * Hoe de politiecijfers worden opgeslagen (ADR 0011): één rij per gemeente x niveau (land, gemeente,
 * wijk, buurt, overig) x periode, met de regiocodes van die rij en hun aantallen als één reeks
 * bytes: per regio 59 getallen in de volgorde van de soorten misdrijf, elk als `aantal + 1` in
 * LEB128 (7 bits per byte, het hoogste bit zegt dat er nog een byte volgt); 0 is onbekend of niet
 * geleverd. De meeste aantallen zijn klein, dus meestal één byte: een landelijke import van 8.000
 * regio's x 5 jaar wordt 2.000 rijen en 3 MB in plaats van 40.000 rijen met 2,4 miljoen getallen
 * als tekst. Zuivere code: groeperen, samenvoegen en (de)coderen.
 */
import type { CijferRij } from './cijfers.ts';
import { AANTAL_SOORTEN, type CelBlok, WAARDE } from './inlezen.ts';
import { gemeenteVanCode, regioSoort, type RegioSoort } from './regios.ts';

export const ONBEKEND_GETAL = -1;

export interface Opslagrij {
  /** GMxxxx, of '' voor Nederland en overige regio's. */
  gemeente: string;
  niveau: RegioSoort;
  jaar: number;
  maand: number;
  /** Oplopend gesorteerd. */
  regios: string[];
  /** Per regio 59 getallen als `aantal + 1` in LEB128 (0 is onbekend); zie `codeer` en `decodeer`. */
  aantallen: Uint8Array;
}

export function rijSleutel(r: Pick<Opslagrij, 'gemeente' | 'niveau' | 'jaar' | 'maand'>): string {
  return `${r.gemeente}\t${r.niveau}\t${r.jaar}\t${r.maand}`;
}

/** De plek van een regio in de opslag. */
export function plaatsVan(regio: string): { gemeente: string; niveau: RegioSoort } {
  return { gemeente: gemeenteVanCode(regio) ?? '', niveau: regioSoort(regio) };
}

/** De cellen van een blok die samen één opslagrij worden (nog niet gecodeerd). */
export interface Groep {
  rij: Omit<Opslagrij, 'regios' | 'aantallen'>;
  /** Nummers van cellen in het blok. */
  cellen: number[];
}

/**
 * De cellen van een blok per opslagrij, met de regio's gesorteerd en de aantallen al als bytes. Met
 * `totalen` (59 plaatsen) telt hij onderweg de bekende aantallen per soort op.
 */
export function groepeer(blok: CelBlok, totalen?: Float64Array): Opslagrij[] {
  return groepeerCellen(blok).map((g) => codeerGroep(blok, g, totalen));
}

/** De cellen van een blok per gemeente, niveau en periode; het coderen doet codeerGroep (dat kan later, per groep). */
export function groepeerCellen(blok: CelBlok): Groep[] {
  // Groeperen op gehele getallen (plaats x periode), niet op samengestelde tekst: dat scheelt bij een
  // landelijke import (40.000 cellen) ruim 100 ms.
  const plaatsNr = new Map<string, number>();
  const plaatsen: { gemeente: string; niveau: RegioSoort }[] = [];
  const plaatsPerNaam = new Map<string, number>();
  const groepNr = new Map<number, number>();
  const groepen: Groep[] = [];
  for (let c = 0; c < blok.aantal; c++) {
    const regio = blok.regio[c]!;
    let pn = plaatsNr.get(regio);
    if (pn === undefined) {
      const plaats = plaatsVan(regio);
      const naam = `${plaats.gemeente} ${plaats.niveau}`;
      pn = plaatsPerNaam.get(naam);
      if (pn === undefined) {
        pn = plaatsen.push(plaats) - 1;
        plaatsPerNaam.set(naam, pn);
      }
      plaatsNr.set(regio, pn);
    }
    const jaar = blok.jaar[c]!;
    const maand = blok.maand[c]!;
    const sleutel = (pn * 4096 + jaar) * 16 + maand;
    let gn = groepNr.get(sleutel);
    if (gn === undefined) {
      const plaats = plaatsen[pn]!;
      gn = groepen.push({ rij: { gemeente: plaats.gemeente, niveau: plaats.niveau, jaar, maand }, cellen: [] }) - 1;
      groepNr.set(sleutel, gn);
    }
    groepen[gn]!.cellen.push(c);
  }
  return groepen;
}

/** Eén groep cellen als opslagrij: de regio's gesorteerd (de groep ook), de aantallen als bytes; telt de totalen per soort mee (als gegeven). */
export function codeerGroep(blok: CelBlok, { rij, cellen }: Groep, totalen?: Float64Array): Opslagrij {
  const { status, waarden } = blok;
  const gesorteerd = cellen.sort((a, b) => (blok.regio[a]! < blok.regio[b]! ? -1 : blok.regio[a]! > blok.regio[b]! ? 1 : 0));
  // Constanten als lokale waarden: een geïmporteerde binding kost in deze lus per keer een controle.
  const n = AANTAL_SOORTEN;
  const bekend = WAARDE;
  const ruimte = new Uint8Array(gesorteerd.length * n * 5);
  let p = 0;
  for (let i = 0; i < gesorteerd.length; i++) {
    const van = gesorteerd[i]! * n;
    for (let s = 0; s < n; s++) {
      let u = status[van + s] === bekend ? waarden[van + s]! + 1 : 0;
      if (totalen && u > 0) totalen[s]! += u - 1;
      while (u >= 0x80) {
        ruimte[p++] = (u & 0x7f) | 0x80;
        u >>>= 7;
      }
      ruimte[p++] = u;
    }
  }
  return { ...rij, regios: gesorteerd.map((c) => blok.regio[c]!), aantallen: ruimte.slice(0, p) };
}

/** Telt de bekende aantallen van een blok op per soort misdrijf (59 plaatsen), zoals groepeer met `totalen`. */
export function telTotalen(blok: CelBlok, totalen: Float64Array): void {
  const n = AANTAL_SOORTEN;
  const { status, waarden } = blok;
  const bekend = WAARDE;
  for (let c = 0, i = 0; c < blok.aantal; c++) for (let s = 0; s < n; s++, i++) if (status[i] === bekend) totalen[s]! += waarden[i]!;
}

/** De getallen als bytes (`aantal + 1` in LEB128, 0 voor onbekend: -1 of kleiner). */
export function codeer(getallen: Int32Array): Uint8Array {
  const ruimte = new Uint8Array(getallen.length * 5);
  let p = 0;
  for (let i = 0; i < getallen.length; i++) {
    let u = getallen[i]! < 0 ? 0 : getallen[i]! + 1;
    while (u >= 0x80) {
      ruimte[p++] = (u & 0x7f) | 0x80;
      u >>>= 7;
    }
    ruimte[p++] = u;
  }
  return ruimte.slice(0, p);
}

/** De `aantal` getallen uit bytes (-1 voor onbekend). Gooit als de bytes niet precies zoveel getallen zijn. */
export function decodeer(bytes: Uint8Array, aantal: number): Int32Array {
  const getallen = new Int32Array(aantal);
  let p = 0;
  for (let i = 0; i < aantal; i++) {
    let u = 0;
    let schuif = 0;
    for (;;) {
      if (p >= bytes.length || schuif > 28) throw new Error(`Politiecijfers beschadigd: ${bytes.length} bytes bevatten geen ${aantal} getallen.`);
      const b = bytes[p++]!;
      u += (b & 0x7f) * 2 ** schuif;
      if (b < 0x80) break;
      schuif += 7;
    }
    getallen[i] = u - 1;
  }
  if (p !== bytes.length) throw new Error(`Politiecijfers beschadigd: ${bytes.length - p} bytes over na ${aantal} getallen.`);
  return getallen;
}

/**
 * Voegt een nieuwe rij samen met wat er al lag: regio's uit beide, en per regio en soort gaat een
 * bekende nieuwe waarde voor; een onbekende nieuwe waarde laat een bekende oude staan.
 */
export function voegSamen(oud: Opslagrij, nieuw: Opslagrij): Opslagrij {
  const n = AANTAL_SOORTEN;
  const regios = [...new Set([...oud.regios, ...nieuw.regios])].sort();
  const plekOud = new Map(oud.regios.map((r, i) => [r, i]));
  const plekNieuw = new Map(nieuw.regios.map((r, i) => [r, i]));
  const oudeGetallen = decodeer(oud.aantallen, oud.regios.length * n);
  const nieuweGetallen = decodeer(nieuw.aantallen, nieuw.regios.length * n);
  const getallen = new Int32Array(regios.length * n).fill(ONBEKEND_GETAL);
  regios.forEach((r, i) => {
    const o = plekOud.get(r);
    if (o !== undefined) getallen.set(oudeGetallen.subarray(o * n, (o + 1) * n), i * n);
    const w = plekNieuw.get(r);
    if (w === undefined) return;
    for (let s = 0; s < n; s++) {
      const v = nieuweGetallen[w * n + s]!;
      if (v !== ONBEKEND_GETAL) getallen[i * n + s] = v;
    }
  });
  return { gemeente: nieuw.gemeente, niveau: nieuw.niveau, jaar: nieuw.jaar, maand: nieuw.maand, regios, aantallen: codeer(getallen) };
}

/** De regio's van een opslagrij als cijferrijen (null voor onbekend). */
export function naarCijferrijen(rij: Opslagrij): CijferRij[] {
  const n = AANTAL_SOORTEN;
  let getallen: Int32Array;
  try {
    getallen = decodeer(rij.aantallen, rij.regios.length * n);
  } catch (err) {
    throw new Error(`${(err as Error).message} (${rijSleutel(rij).replaceAll('\t', ' ')})`, { cause: err });
  }
  return rij.regios.map((regio, i) => {
    const aantallen: (number | null)[] = new Array(n);
    for (let s = 0; s < n; s++) {
      const w = getallen[i * n + s]!;
      aantallen[s] = w === ONBEKEND_GETAL ? null : w;
    }
    return { regio, jaar: rij.jaar, maand: rij.maand, aantallen };
  });
}

const TEKST_OID = 25;
const COPY_KOP = [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00];

/**
 * Opslagrijen in het binaire COPY-formaat van PostgreSQL, voor de kolommen
 * `(gemeente, niveau, jaar, maand, regios, aantallen, import_id)`: text, text, int2, int2, text[],
 * bytea, uuid. Regiocodes en niveaus zijn ASCII (zie REGIOCODE).
 */
/** Schrijft een int32 big-endian op plek p; geeft de plek erna. */
function int32(uit: Uint8Array, p: number, v: number): number {
  uit[p] = v >>> 24;
  uit[p + 1] = v >>> 16;
  uit[p + 2] = v >>> 8;
  uit[p + 3] = v;
  return p + 4;
}

function int16(uit: Uint8Array, p: number, v: number): number {
  uit[p] = v >>> 8;
  uit[p + 1] = v;
  return p + 2;
}

/** Een ASCII-tekst met zijn lengte ervoor. */
function tekstVeld(uit: Uint8Array, p: number, t: string): number {
  p = int32(uit, p, t.length);
  for (let i = 0; i < t.length; i++) uit[p++] = t.charCodeAt(i);
  return p;
}

export function copyBinair(rijen: readonly Opslagrij[], importId: string): Uint8Array<ArrayBuffer> {
  const uuid = Uint8Array.from(importId.replaceAll('-', '').match(/../g)!.map((h) => Number.parseInt(h, 16)));
  if (uuid.length !== 16) throw new Error(`Geen geldige import-id: ${importId}`);
  let grootte = COPY_KOP.length + 8 + 2;
  for (const r of rijen) {
    grootte += 2 + 7 * 4 + r.gemeente.length + r.niveau.length + 2 + 2 + 20 + r.aantallen.length + 16;
    for (const regio of r.regios) grootte += 4 + regio.length;
  }
  // Met de hand big-endian (Uint8Array kapt af op 8 bits), zonder DataView: dit zijn miljoenen getallen.
  const uit = new Uint8Array(grootte);
  uit.set(COPY_KOP, 0);
  let p = COPY_KOP.length + 8; // vlaggen en lengte van de kopuitbreiding: 0
  for (const r of rijen) {
    p = int16(uit, p, 7);
    p = tekstVeld(uit, p, r.gemeente);
    p = tekstVeld(uit, p, r.niveau);
    p = int32(uit, p, 2);
    p = int16(uit, p, r.jaar);
    p = int32(uit, p, 2);
    p = int16(uit, p, r.maand);
    let lengte = 20;
    for (const regio of r.regios) lengte += 4 + regio.length;
    p = int32(uit, p, lengte);
    p = int32(uit, p, 1); // één dimensie
    p = int32(uit, p, 0); // geen nulls
    p = int32(uit, p, TEKST_OID);
    p = int32(uit, p, r.regios.length);
    p = int32(uit, p, 1); // ondergrens
    for (const regio of r.regios) p = tekstVeld(uit, p, regio);
    p = int32(uit, p, r.aantallen.length);
    uit.set(r.aantallen, p);
    p += r.aantallen.length;
    p = int32(uit, p, 16);
    uit.set(uuid, p);
    p += 16;
  }
  p = int16(uit, p, -1);
  if (p !== grootte) throw new Error(`COPY-gegevens: ${p} bytes geschreven, ${grootte} verwacht.`);
  return uit;
}
