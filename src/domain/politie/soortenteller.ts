/**
 * Welke soorten misdrijf een import per regioniveau en periode dekt (issue 16, punt 2): per niveau
 * (gemeente, wijk, buurt, …) en periode hoeveel regio's, welke soorten voor elk van die regio's een
 * bekend aantal hebben (ook 0), en welke maar voor een deel. Telt de cellen van de inlezer (CelBlok)
 * in de importthread; de samenvatting maakt er de dekking per thema en veld van (samenvatting.ts).
 *
 * Een regio die in twee blokken staat (een tussenstand), telt één keer: per niveau en periode houdt de
 * teller per regio twee getallen bij (59 soorten en een bit "gezien"), niet per cel: een landelijke import
 * met 60 maanden is zo'n 9 MB. Zuivere code.
 */
import { AANTAL_SOORTEN, type CelBlok, WAARDE } from './inlezen.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';
import { periodeSleutel } from './perioden.ts';
import { regioSoort, type RegioSoort } from './regios.ts';

/** Per regioniveau en periode van een import: de regio's en de soorten met een bekend aantal. */
export interface SoortenPerNiveau {
  niveau: RegioSoort;
  /** periodeSleutel: 2024JJ00 of 2024MM01. */
  periode: string;
  /** Zoveel regio's van dit niveau hebben in deze periode een ingelezen regel. */
  regios: number;
  /** Soorten met een bekend aantal (ook 0) voor elk van die regio's. */
  inAlle: string[];
  /** Soorten met een bekend aantal voor een deel van die regio's (niet alle). */
  inSommige: string[];
}

const NIVEAUS: readonly RegioSoort[] = ['land', 'gemeente', 'wijk', 'buurt', 'overig'];
/** In het tweede getal van een regio: soorten 32-58 gebruiken bit 0-26. */
const GEZIEN = 1 << 30;
if (AANTAL_SOORTEN > 62) throw new Error(`SoortenTeller: ${AANTAL_SOORTEN} soorten passen niet in twee getallen per regio.`);

interface Vak {
  niveau: RegioSoort;
  jaar: number;
  maand: number;
  /** Twee getallen per regionummer: soorten 0-31 en 32-58 als bits, met GEZIEN. */
  bits: Int32Array;
}

export class SoortenTeller {
  /** Per regio: zijn niveau en zijn nummer binnen dat niveau (zo blijven de vakken van gemeenten klein). */
  private readonly regioNr = new Map<string, { niv: number; nr: number }>();
  private readonly perNiveau = NIVEAUS.map(() => 0);
  private readonly vakken = new Map<number, Vak>();

  tel(blok: CelBlok): void {
    const n = AANTAL_SOORTEN;
    const bekend = WAARDE;
    const { status } = blok;
    let vorigeRegio = '';
    let nr = -1;
    let niv = 0;
    let vorigeSleutel = -1;
    let vak: Vak | undefined;
    for (let c = 0; c < blok.aantal; c++) {
      const regio = blok.regio[c]!;
      if (regio !== vorigeRegio) {
        vorigeRegio = regio;
        let r = this.regioNr.get(regio);
        if (r === undefined) {
          const x = NIVEAUS.indexOf(regioSoort(regio));
          r = { niv: x, nr: this.perNiveau[x]!++ };
          this.regioNr.set(regio, r);
        }
        nr = r.nr;
        niv = r.niv;
      }
      const sleutel = (niv * 4096 + blok.jaar[c]!) * 16 + blok.maand[c]!;
      if (sleutel !== vorigeSleutel || !vak) {
        vorigeSleutel = sleutel;
        vak = this.vakken.get(sleutel);
        if (!vak) {
          vak = { niveau: NIVEAUS[niv]!, jaar: blok.jaar[c]!, maand: blok.maand[c]!, bits: new Int32Array(Math.max(64, this.perNiveau[niv]!) * 2) };
          this.vakken.set(sleutel, vak);
        }
      }
      if ((nr + 1) * 2 > vak.bits.length) {
        const groter = new Int32Array(Math.max((nr + 1) * 2, vak.bits.length * 2));
        groter.set(vak.bits);
        vak.bits = groter;
      }
      let laag = 0;
      let hoog = GEZIEN;
      const van = c * n;
      for (let s = 0; s < 32; s++) if (status[van + s] === bekend) laag |= 1 << s;
      for (let s = 32; s < n; s++) if (status[van + s] === bekend) hoog |= 1 << (s - 32);
      vak.bits[nr * 2]! |= laag;
      vak.bits[nr * 2 + 1]! |= hoog;
    }
  }

  /** Per niveau (land, gemeente, wijk, buurt, overig) en periode, oplopend. */
  uitkomst(): SoortenPerNiveau[] {
    const n = AANTAL_SOORTEN;
    const uit: (SoortenPerNiveau & { volgorde: number })[] = [];
    for (const [sleutel, vak] of this.vakken) {
      const tel = new Int32Array(n);
      let regios = 0;
      for (let p = 0; p < vak.bits.length; p += 2) {
        const hoog = vak.bits[p + 1]!;
        if ((hoog & GEZIEN) === 0) continue;
        regios++;
        const laag = vak.bits[p]!;
        for (let s = 0; s < 32; s++) if (laag & (1 << s)) tel[s]!++;
        for (let s = 32; s < n; s++) if (hoog & (1 << (s - 32))) tel[s]!++;
      }
      const inAlle: string[] = [];
      const inSommige: string[] = [];
      misdrijfsoorten.forEach((m, s) => {
        if (tel[s] === regios) inAlle.push(m.code);
        else if (tel[s]! > 0) inSommige.push(m.code);
      });
      uit.push({ niveau: vak.niveau, periode: periodeSleutel(vak), regios, inAlle, inSommige, volgorde: sleutel });
    }
    return uit.sort((a, b) => a.volgorde - b.volgorde).map(({ volgorde: _, ...s }) => s);
  }
}
