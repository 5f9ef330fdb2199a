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
 * - een toelichting tussen haakjes achteraan wordt genegeerd: '7,5 (1 tot 10)' = 7,5; maar een
 *   schaal ('(1 tot 10)', '(1-10)', '(schaal 1-5)') zegt dat het een rapportcijfer is: bij de eenheid
 *   percentage geweigerd, bij een score moet het getal op die schaal liggen;
 * - bij de eenheid score is '28,8%' een percentage en geen score: geweigerd.
 *
 * Daarnaast de cellen van echte plannen: een meting met benchmark ('6 / 8', leesMeting) en de vormen
 * van een streefwaarde ('-2% per jaar', 'niet boven 5', 'afname', '2019..2023: 130', leesStreefcel).
 */
import { eenheidTekst, isPerEenheid, type Eenheid, type Koers, type RelatieveBasis, type Streefwaarde } from './typen.ts';

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
export function formatMetEenheid(waarde: number, eenheid: Eenheid, opties?: { decimalen?: number; noemer?: string | null | undefined }): string {
  const getal = formatGetal(waarde, eenheid, opties);
  return isPerEenheid(eenheid) ? `${getal} ${eenheidTekst(eenheid, opties?.noemer)}` : getal;
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
  const wat = eenheid === 'aantal' ? 'Een aantal' : isPerEenheid(eenheid) ? `Een aantal ${eenheidTekst(eenheid)}` : 'Een score';
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

  // Toelichting tussen haakjes achteraan negeren: '7,5 (1 tot 10)'; een schaal onthouden.
  const haakjes = /\s*\(([^()]*)\)$/.exec(ingetypt);
  const schaal = haakjes ? leesSchaal(haakjes[1]!) : null;
  let rest = (haakjes ? ingetypt.slice(0, haakjes.index) : ingetypt).trim();
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

  if (schaal && eenheid === 'percentage') {
    return {
      ok: false,
      reden: `‘${ingetypt}’ is een cijfer op een schaal van ${schaal.van} tot ${schaal.tot}, geen percentage. Vul een percentage in (bijvoorbeeld 28,8%), of kies de eenheid score.`,
    };
  }
  if (procent && eenheid === 'score') {
    return {
      ok: false,
      reden: `‘${ingetypt}’ is een percentage, geen score. Vul bij de eenheid score een rapportcijfer of schaalscore in zonder %-teken (bijvoorbeeld 7,5), of kies de eenheid percentage.`,
    };
  }
  if (schaal && eenheid === 'score' && (waarde < schaal.van || waarde > schaal.tot)) {
    return { ok: false, reden: `${formatGetal(waarde, undefined, { decimalen: decimalenVan(waarde) })} ligt niet op de schaal van ${schaal.van} tot ${schaal.tot} die erbij staat.` };
  }
  if (procent && eenheid !== undefined && eenheid !== 'percentage') {
    return {
      ok: false,
      reden: `Een %-teken past niet bij de eenheid ${isPerEenheid(eenheid) ? eenheidTekst(eenheid) : eenheid}; vul alleen het getal in, of kies de eenheid percentage.`,
    };
  }
  if (eenheid !== undefined) {
    const fout = bereikFout(waarde, eenheid);
    if (fout) return { ok: false, reden: fout };
  }
  return { ok: true, waarde };
}

/** Een schaal tussen haakjes: '1 tot 10', '1-10', '1 t/m 10', 'schaal 1-5', 'op een schaal van 1 tot 10'. */
function leesSchaal(tekst: string): { van: number; tot: number } | null {
  const m = /^\s*(?:op\s+een\s+)?(?:schaal\s+(?:van\s+)?)?(\d{1,3})\s*(?:tot\s+en\s+met|tot|t\/m|-|–)\s*(\d{1,3})\s*$/i.exec(tekst);
  if (!m) return null;
  const van = Number(m[1]);
  const tot = Number(m[2]);
  return van < tot ? { van, tot } : null;
}

// ---------------------------------------------------------------------------------------------
// Een meting met benchmark: '6 / 8'

export type GelezenMeting = { ok: true; waarde: number; benchmark: number | null } | { ok: false; reden: string };

/**
 * Leest een meetwaarde, eventueel met haar benchmark erachter: '6 / 8' is waarde 6 met benchmark 8
 * (zoals begrotingen 'gemeente / Nederland' schrijven); '6' is alleen de waarde. Beide delen volgen de
 * regels van leesGetal, met de eenheid.
 */
export function leesMeting(tekst: string, eenheid?: Eenheid): GelezenMeting {
  const delen = tekst.split('/');
  if (delen.length === 2 && delen[0]!.trim() && delen[1]!.trim()) {
    const w = leesGetal(delen[0]!, eenheid);
    if (!w.ok) return { ok: false, reden: `De waarde vóór de schuine streep: ${w.reden}` };
    const b = leesGetal(delen[1]!, eenheid);
    if (!b.ok) return { ok: false, reden: `De benchmark na de schuine streep: ${b.reden}` };
    return { ok: true, waarde: w.waarde, benchmark: b.waarde };
  }
  const w = leesGetal(tekst, eenheid);
  return w.ok ? { ok: true, waarde: w.waarde, benchmark: null } : w;
}

// ---------------------------------------------------------------------------------------------
// De vorm van een streefwaarde, zoals een plan haar in een cel schrijft

/** Een streefwaarde zonder jaar (dat staat in de kolomkop of het jaarveld), met wat de cel zegt. */
export type Streefcel =
  | { soort: 'waarde' | 'plafond' | 'vloer'; waarde: number }
  | { soort: 'relatief'; procent: number; basis: RelatieveBasis }
  | { soort: 'kwalitatief'; koers: Koers }
  | { soort: 'reeks'; waarde: number; jaar: number | null; totJaar: number | null };

export type GelezenStreefcel = { ok: true; cel: Streefcel } | { ok: false; reden: string };

const kwalitatieveWoorden: [RegExp, Koers][] = [
  [/^(?:afname|afnemen|afnemend|daling|dalen|dalend|omlaag|lager|minder|verlagen|verminderen|vermindering)$/, 'afname'],
  [/^(?:stabiel|gelijk|gelijkblijvend|gelijk blijven|handhaven|behouden|constant|niet stijgen|stabilisatie)$/, 'stabiel'],
  [/^(?:toename|toenemen|toenemend|stijging|stijgen|stijgend|omhoog|hoger|meer|verhogen|verbeteren|groei)$/, 'toename'],
];

const PLAFOND = /^(?:niet\s+(?:boven|hoger\s+dan|meer\s+dan)|maximaal|max\.?|hoogstens|ten\s+hoogste|hooguit|onder|lager\s+dan|minder\s+dan|<=?|≤)\s*(.+)$/;
const VLOER = /^(?:niet\s+(?:onder|lager\s+dan|minder\s+dan)|minimaal|min\.?|minstens|ten\s+minste|tenminste|boven|hoger\s+dan|meer\s+dan|>=?|≥)\s*(.+)$/;
const RELATIEF_WOORDEN =
  /^(?:(vermindert|verminderd|vermindering|daalt|daling|afname|neemt\s+af|omlaag|lager|minder|stijgt|stijging|toename|neemt\s+toe|omhoog|hoger|meer)\s+(?:met\s+|van\s+)?)?([+\-−]?\s*\d+(?:,\d+)?)\s*%\s*(minder|lager|meer|hoger|daling|stijging|afname|toename)?\s*(per\s+jaar|jaarlijks|p\/j|per\s+jr\.?)?\s*(?:t\.?o\.?v\.?\s+(?:de\s+)?(?:referentie|nulmeting)|ten\s+opzichte\s+van\s+de\s+(?:referentie|nulmeting))?$/;
const NEGATIEF = /^(?:vermindert|verminderd|vermindering|daalt|daling|afname|neemt\s+af|omlaag|lager|minder)$/;
const REEKS = /^(\d{4})\s*(?:\.\.|–|-|t\/m|tot\s+en\s+met)\s*(\d{4})\s*[:=]\s*(.+?)(?:\s+(?:per\s+jaar|elk\s+jaar|ieder\s+jaar|jaarlijks))?$/;

/**
 * Leest een cel met een streefwaarde zoals plannen die schrijven (zie docs/indicatoren-rekenregels.md):
 * - een getal: '130', '7,5', '28,8%' (bij een percentage) → waarde;
 * - een verandering in procenten, met teken of in woorden: '-2%', '−2 % per jaar', 'vermindert met
 *   2 % per jaar', '5% minder', '+3%' → relatief (per jaar als 'per jaar' of 'jaarlijks' erbij staat,
 *   anders over de hele periode ten opzichte van de referentie). Bij de eenheid percentage alleen met
 *   een teken of woord, want '28,8%' is daar een waarde;
 * - 'niet boven 5', 'maximaal 5', 'hoogstens 5', '≤ 5' → plafond; 'minimaal 7', 'minstens 7',
 *   'ten minste 7', 'niet onder 7', '≥ 7' → vloer;
 * - 'afname', 'daling', 'stabiel', 'gelijk', 'toename', 'stijging' → kwalitatief;
 * - '2019..2023: 130', '2019-2023: 130 per jaar' → reeks, elk jaar dezelfde waarde.
 * De getallen volgen leesGetal met de eenheid; fouten noemen wat er staat.
 */
export function leesStreefcel(tekst: string, eenheid?: Eenheid): GelezenStreefcel {
  const ingetypt = tekst.trim().replace(/\s+/g, ' ');
  if (!ingetypt) return { ok: false, reden: 'Vul een streefwaarde in.' };
  const klein = ingetypt.toLowerCase().replace(/\.$/, '');

  for (const [re, koers] of kwalitatieveWoorden) if (re.test(klein)) return { ok: true, cel: { soort: 'kwalitatief', koers } };

  const reeks = REEKS.exec(klein);
  if (reeks) {
    const [van, tot] = [Number(reeks[1]), Number(reeks[2])];
    if (tot <= van) return { ok: false, reden: `In ‘${ingetypt}’ komt het laatste jaar ${tot} niet na het eerste jaar ${van}.` };
    const w = leesGetal(reeks[3]!, eenheid);
    if (!w.ok) return { ok: false, reden: `De waarde van de reeks in ‘${ingetypt}’: ${w.reden}` };
    return { ok: true, cel: { soort: 'reeks', waarde: w.waarde, jaar: van, totJaar: tot } };
  }

  const relatief = RELATIEF_WOORDEN.exec(klein);
  if (relatief) {
    const [, woordVoor, getal, woordNa, perJaar] = relatief;
    const metTeken = /^[+\-−]/.test(getal!);
    const metWoord = !!woordVoor || !!woordNa;
    // Zonder teken, woord of 'per jaar' is '28,8%' een waarde (bij een percentage) of een fout van leesGetal.
    if (metTeken || metWoord || perJaar) {
      const g = leesGetal(getal!.replace(/\s+/g, ''));
      if (!g.ok) return { ok: false, reden: g.reden };
      const woord = (woordVoor ?? woordNa ?? '').replace(/\s+/g, ' ');
      let procent = g.waarde;
      if (woord && !metTeken) procent = NEGATIEF.test(woord) || /^(?:minder|lager|daling|afname)$/.test(woord) ? -Math.abs(procent) : Math.abs(procent);
      if (!metTeken && !metWoord) {
        return { ok: false, reden: `Schrijf bij ‘${ingetypt}’ of het een daling of stijging is: −${getal}% of +${getal}% (of ‘vermindert met ${getal}% per jaar’).` };
      }
      if (procent <= -100) return { ok: false, reden: `Een daling van ${formatGetal(Math.abs(procent))}% of meer laat niets over; kies een kleiner percentage.` };
      if (procent === 0) return { ok: false, reden: `Een verandering van 0% is geen verandering; schrijf ‘stabiel’ als u gelijk wilt blijven.` };
      return { ok: true, cel: { soort: 'relatief', procent, basis: perJaar ? 'per-jaar' : 'periode' } };
    }
  }

  const plafond = PLAFOND.exec(klein);
  if (plafond) {
    const w = leesGetal(plafond[1]!, eenheid);
    return w.ok ? { ok: true, cel: { soort: 'plafond', waarde: w.waarde } } : { ok: false, reden: `Het plafond in ‘${ingetypt}’: ${w.reden}` };
  }
  const vloer = VLOER.exec(klein);
  if (vloer) {
    const w = leesGetal(vloer[1]!, eenheid);
    return w.ok ? { ok: true, cel: { soort: 'vloer', waarde: w.waarde } } : { ok: false, reden: `De vloer in ‘${ingetypt}’: ${w.reden}` };
  }

  const w = leesGetal(ingetypt, eenheid);
  if (w.ok) return { ok: true, cel: { soort: 'waarde', waarde: w.waarde } };
  // Een getal met een fout, of één los woord: de reden van leesGetal (het veld noemt de vormen al).
  if (!/\s/.test(ingetypt.replace(/\s*\([^()]*\)$/, '')) || (/^[\d.,\s%+\-−()]+/.test(ingetypt) && !/[a-z]{3,}/i.test(ingetypt.replace(/\([^()]*\)$/, '')))) return { ok: false, reden: w.reden };
  return {
    ok: false,
    reden: `‘${ingetypt}’ is geen streefwaarde die Kernplan kan lezen. Schrijf een getal (130), een verandering (-2% per jaar), een grens (niet boven 5, minimaal 7), een richting (afname, stabiel, toename) of een reeks (2019..2023: 130).`,
  };
}

/** Een streefwaarde in woorden, zoals in een plan: '130', '−2 % per jaar', 'niet boven 5', 'afname', '130 per jaar (2019 t/m 2023)'. */
export function formatStreefwaarde(s: Pick<Streefwaarde, 'waarde' | 'soort' | 'procent' | 'basis' | 'koers' | 'jaar' | 'totJaar'>, eenheid: Eenheid, opties?: { noemer?: string | null | undefined; lang?: boolean }): string {
  const w = (x: number) => (opties?.lang ? formatMetEenheid(x, eenheid, { decimalen: decimalenVan(x, 3), noemer: opties.noemer }) : formatGetal(x, eenheid, { decimalen: decimalenVan(x, 3) }));
  switch (s.soort ?? 'waarde') {
    case 'relatief': {
      const p = s.procent ?? 0;
      const getal = `${p < 0 ? MINTEKEN : '+'}${nlGetal(Math.abs(p), 0, 2)}${VASTE_SPATIE}%`;
      return s.basis === 'per-jaar' ? `${getal} per jaar` : `${getal} t.o.v. referentie`;
    }
    case 'plafond':
      return `niet boven ${w(s.waarde)}`;
    case 'vloer':
      return `minimaal ${w(s.waarde)}`;
    case 'kwalitatief':
      return s.koers ?? 'kwalitatief';
    case 'reeks':
      return `${w(s.waarde)} per jaar (${s.jaar} t/m ${s.totJaar ?? s.jaar})`;
    default:
      return w(s.waarde);
  }
}
