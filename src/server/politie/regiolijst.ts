/**
 * De regiolijst die Kernplan meelevert: de 18.313 regio's van CBS-tabel 47018NED (indeling 2024:
 * Nederland, 343 gemeenten, 3.394 wijken, 14.575 buurten), als `code<TAB>naam` per regel, gzip.
 * Gemaakt uit WijkenEnBuurten.csv van CBS (CC BY 4.0); de gemeente volgt uit de code.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { leesCompacteRegiolijst, type Regio, RegioLijst } from '../../domain/politie/regios.ts';

let regios: Regio[] | undefined;
let perCode: Map<string, Regio> | undefined;

/** De meegeleverde regio's (één keer ingelezen). */
export function meegeleverdeRegios(): readonly Regio[] {
  regios ??= leesCompacteRegiolijst(gunzipSync(readFileSync(new URL('./regios-47018NED-2024.tsv.gz', import.meta.url))).toString('utf8'));
  return regios;
}

let basis: RegioLijst | undefined;

/** Een regiolijst met de meegeleverde regio's, plus eventueel regio's uit een codelijst (die gaan voor). */
export function regiolijst(extra: Iterable<Regio> = []): RegioLijst {
  basis ??= new RegioLijst(meegeleverdeRegios());
  return new RegioLijst(extra, basis);
}

/** Een meegeleverde regio op code. */
export function meegeleverdeRegio(code: string): Regio | undefined {
  perCode ??= new Map(meegeleverdeRegios().map((r) => [r.code, r]));
  return perCode.get(code);
}
