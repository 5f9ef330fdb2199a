/**
 * Getallen op z'n Nederlands: lezen wat een gebruiker intypt ('1.630', '7,5', '28,8 %') en tonen
 * zoals een Nederlandse lezer het verwacht. Zuiver, geen I/O.
 *
 * Leesregels (leesGetal):
 * - een komma is het decimaalteken, een punt scheidt duizendtallen: '1.630' = 1630, '1.630,5' = 1630,5;
 * - een punt telt alleen als duizendtalscheiding als er na elke punt precies drie cijfers staan en
 *   het eerste groepje 1 tot 3 cijfers heeft zonder voorloopnul ('12.345.678'); elk ander gebruik
 *   van een punt ('7.5', '1.63', '0.630') is dubbelzinnig en wordt geweigerd met een voorstel;
 * - een teken vooraf mag: '-3', '+3' en ook het echte minteken '−3' (U+2212, zoals wij het tonen);
 * - een procentteken achteraan mag, met of zonder spatie ('28,8%', '28,8 %'), maar alleen zonder
 *   eenheid of bij de eenheid percentage;
 * - een toelichting tussen haakjes achteraan wordt genegeerd: '7,5 (1 tot 10)' = 7,5.
 */
import type { Eenheid } from './typen.ts';

export type GelezenGetal = { ok: true; waarde: number } | { ok: false; reden: string };

/** Het echte minteken (U+2212), gebruikt bij het tonen van veranderingen. */
export const MINTEKEN = '\u2212';
/** Vaste spatie (U+00A0) tussen getal en procentteken, zodat '28,8 %' niet over twee regels breekt. */
export const VASTE_SPATIE = '\u00A0';

/**
 * Rondt af op `decimalen` decimalen, half van nul af (2,25 → 2,3 en −2,25 → −2,3). Kleine
 * rekenfouten van kommagetallen worden eerst weggewerkt (12 significante cijfers), zodat
 * bijvoorbeeld 1,005 × 100 netjes 100,5 blijft. Geeft nooit −0.
 */
export function rondAf(waarde: number, decimalen = 1): number {
  if (!Number.isFinite(waarde)) return waarde;
  const factor = 10 ** decimalen;
  const geschaald = Number((Math.abs(waarde) * factor).toPrecision(12));
  const afgerond = Math.round(geschaald) / factor;
  if (afgerond === 0) return 0;
  return waarde < 0 ? -afgerond : afgerond;
}

const opmaak = new Map<string, Intl.NumberFormat>();
function nlGetal(waarde: number, minDecimalen: number, maxDecimalen: number): string {
  const sleutel = `${minDecimalen}-${maxDecimalen}`;
  let f = opmaak.get(sleutel);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: minDecimalen, maximumFractionDigits: maxDecimalen, useGrouping: 'always' });
    opmaak.set(sleutel, f);
  }
  // Zelf afronden (half van nul af, zonder rekenfouten), dan pas opmaken.
  return f.format(rondAf(waarde, maxDecimalen));
}

/** Aantal decimalen dat een getal werkelijk heeft (hooguit `max`): 7 → 0, 7,5 → 1, 5,43 → 2. */
export function decimalenVan(waarde: number, max = 4): number {
  for (let d = 0; d < max; d++) if (rondAf(waarde, d) === rondAf(waarde, max)) return d;
  return max;
}

/**
 * Een getal op z'n Nederlands: 1630 → '1.630', 7,5 → '7,5'. Zonder `decimalen` krijgen gehele
 * getallen geen decimalen en andere getallen hooguit één (7,04 → '7'); met `decimalen` precies zoveel.
 * Bij eenheid percentage volgt een vaste spatie en '%': '28,8 %'. Andere eenheden tonen alleen het
 * getal; zie formatMetEenheid voor de lange vorm. Negatieve getallen krijgen een gewoon minteken ('-3').
 */
export function formatGetal(waarde: number, eenheid?: Eenheid, opties?: { decimalen?: number }): string {
  const d = opties?.decimalen;
  const getal = d !== undefined ? nlGetal(waarde, d, d) : nlGetal(waarde, 0, 1);
  return eenheid === 'percentage' ? `${getal}${VASTE_SPATIE}%` : getal;
}

/**
 * De lange vorm voor in lopende tekst en tabellen: '1.630' (aantal), '28,8 %' (percentage),
 * '7,5' (score), '5,8 per 1.000 inwoners' (per-1000).
 */
export function formatMetEenheid(waarde: number, eenheid: Eenheid, opties?: { decimalen?: number }): string {
  const getal = formatGetal(waarde, eenheid, opties);
  return eenheid === 'per-1000' ? `${getal} per 1.000 inwoners` : getal;
}

/**
 * Een procentuele verandering met teken en één decimaal: '−38,3 %', '+19,6 %', '0,0 %'.
 * Het minteken is het echte minteken U+2212 (MINTEKEN), niet het koppelteken; tussen getal en '%'
 * staat een vaste spatie. Afronding half van nul af, op één decimaal.
 */
export function formatProcentVerandering(p: number): string {
  const afgerond = rondAf(p, 1);
  const getal = nlGetal(Math.abs(afgerond), 1, 1);
  const teken = afgerond > 0 ? '+' : afgerond < 0 ? MINTEKEN : '';
  return `${teken}${getal}${VASTE_SPATIE}%`;
}

/**
 * Past een waarde bij de eenheid? Een percentage ligt tussen 0 en 100; een aantal, een aantal per
 * 1.000 inwoners en een score zijn niet negatief. Geeft de reden in het Nederlands, of null.
 */
export function bereikFout(waarde: number, eenheid: Eenheid): string | null {
  if (!Number.isFinite(waarde)) return 'Dit is geen getal.';
  const getoond = formatGetal(waarde, undefined, { decimalen: decimalenVan(waarde) });
  if (eenheid === 'percentage') {
    return waarde < 0 || waarde > 100 ? `Een percentage ligt tussen 0 en 100; ingevuld is ${getoond}.` : null;
  }
  if (waarde >= 0) return null;
  const wat = eenheid === 'aantal' ? 'Een aantal' : eenheid === 'per-1000' ? 'Een aantal per 1.000 inwoners' : 'Een score';
  return `${wat} kan niet negatief zijn; ingevuld is ${getoond}.`;
}

const NL_GETAL = /^(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const ENGELS_GETAL = /^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)\.\d+$/;

/**
 * Leest een Nederlands getal (zie de leesregels bovenaan). Met een eenheid wordt ook het bereik
 * gecontroleerd (bereikFout). Bij een fout noemt de reden wat er ingetypt is.
 */
export function leesGetal(tekst: string, eenheid?: Eenheid): GelezenGetal {
  const ingetypt = tekst.trim();
  if (ingetypt === '') return { ok: false, reden: 'Vul een getal in.' };
  const geenGetal = (): GelezenGetal => ({
    ok: false,
    reden: `‘${ingetypt}’ is geen getal. Vul een getal in, bijvoorbeeld 1.630 of 7,5.`,
  });

  // Toelichting tussen haakjes achteraan negeren: '7,5 (1 tot 10)'.
  let rest = ingetypt.replace(/\s*\([^()]*\)$/, '').trim();
  let procent = false;
  if (rest.endsWith('%')) {
    procent = true;
    rest = rest.slice(0, -1).trim();
  }
  let negatief = false;
  const teken = rest[0];
  if (teken === '-' || teken === MINTEKEN || teken === '+') {
    negatief = teken !== '+';
    rest = rest.slice(1);
  }
  if (rest === '') return geenGetal();

  if (!NL_GETAL.test(rest)) {
    if (/^\d+\.\d+$/.test(rest)) {
      const voorstel = rest.replace('.', ',');
      return { ok: false, reden: `Gebruik een komma voor decimalen: ${voorstel} in plaats van ${rest}.` };
    }
    if (ENGELS_GETAL.test(rest)) {
      const voorstel = rest.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
      return { ok: false, reden: `Gebruik een komma voor decimalen en een punt voor duizendtallen: ${voorstel} in plaats van ${rest}.` };
    }
    if (/^[\d.,]+$/.test(rest)) {
      return {
        ok: false,
        reden: `‘${ingetypt}’ is geen getal dat we kunnen lezen. Gebruik een komma voor decimalen en een punt voor duizendtallen, bijvoorbeeld 1.630,5.`,
      };
    }
    return geenGetal();
  }

  const absoluut = Number(rest.replace(/\./g, '').replace(',', '.'));
  if (!Number.isFinite(absoluut)) return geenGetal();
  const waarde = negatief && absoluut !== 0 ? -absoluut : absoluut;

  if (procent && eenheid !== undefined && eenheid !== 'percentage') {
    return {
      ok: false,
      reden: `Een %-teken past niet bij de eenheid ${eenheid === 'per-1000' ? 'per 1.000 inwoners' : eenheid}; vul alleen het getal in, of kies de eenheid percentage.`,
    };
  }
  if (eenheid !== undefined) {
    const fout = bereikFout(waarde, eenheid);
    if (fout) return { ok: false, reden: fout };
  }
  return { ok: true, waarde };
}
