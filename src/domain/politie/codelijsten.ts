/**
 * De codelijsten die CBS bij een tabel levert (WijkenEnBuurten.csv, SoortMisdrijf.csv): Key, Title
 * en bij regio's de gemeente (Municipality). Kernplan levert de regio's van 2024 zelf mee; een
 * meegegeven lijst vult aan (bv. een oudere of nieuwere indeling) en gaat voor. Zuivere code.
 */
import { leesTabel } from './csv.ts';
import { BestandGeweigerd } from './inlezen.ts';
import { isRegiocode, type Regio, regioUitCode } from './regios.ts';

function kolommen(kop: string[], nodig: string[], welke: string): number[] {
  const sleutels = kop.map((k) => k.trim().toLowerCase());
  return nodig.map((n) => {
    const i = sleutels.indexOf(n.toLowerCase());
    if (i < 0) {
      throw new BestandGeweigerd(`De ${welke} mist de kolom ${n}. Gevonden kolommen: ${kop.map((k) => `"${k}"`).join(', ')}.`, 1);
    }
    return i;
  });
}

/** Regio's uit een CBS-codelijst (Key, Title, Municipality); de titel zonder CBS-opvulling. */
export function leesRegioCodelijst(bytes: Uint8Array): Regio[] {
  const [kop, ...rijen] = leesTabel(bytes);
  if (!kop) throw new BestandGeweigerd('De codelijst van regio\'s is leeg.', 1);
  const [key, title] = kolommen(kop, ['Key', 'Title'], 'codelijst van regio\'s');
  const gem = kop.findIndex((k) => k.trim().toLowerCase() === 'municipality');
  const regios: Regio[] = [];
  rijen.forEach((rij, i) => {
    const code = (rij[key!] ?? '').trim();
    if (!isRegiocode(code)) throw new BestandGeweigerd(`Regel ${i + 2} van de codelijst van regio's: '${code}' is geen regiocode.`, i + 2);
    const gemeente = gem >= 0 ? (rij[gem] ?? '').trim() : '';
    regios.push(regioUitCode(code, (rij[title!] ?? '').trim(), /^GM\d{4}$/.test(gemeente) ? gemeente : undefined));
  });
  return regios;
}

/** Soorten misdrijf uit een CBS-codelijst (Key, Title): code -> titel zonder de code ervoor. */
export function leesSoortCodelijst(bytes: Uint8Array): Map<string, string> {
  const [kop, ...rijen] = leesTabel(bytes);
  if (!kop) throw new BestandGeweigerd('De codelijst van soorten misdrijf is leeg.', 1);
  const [key, title] = kolommen(kop, ['Key', 'Title'], 'codelijst van soorten misdrijf');
  const soorten = new Map<string, string>();
  for (const rij of rijen) {
    const code = (rij[key!] ?? '').trim();
    if (!code) continue;
    soorten.set(code, (rij[title!] ?? '').trim().replace(new RegExp(`^${code.replace(/\./g, '\\.')}\\s+`), ''));
  }
  return soorten;
}
