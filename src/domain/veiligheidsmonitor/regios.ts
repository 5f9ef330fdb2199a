/**
 * Regio's van de Veiligheidsmonitor: een naam of code uit een CBS-tabel herleiden tot een CBS-code.
 *  - 'Nederland' -> NL01;
 *  - een provincie met '(PV)' ('Groningen (PV)') of zonder (als de naam geen gemeente is) -> PV20..PV31;
 *  - een landsdeel met '(LD)' -> LD01..LD04;
 *  - een gemeente op naam ('Utrecht', ook 'Utrecht (gemeente)' of 'Utrecht (G)') -> GMxxxx
 *    (de 342 gemeenten van 2024, src/domain/gemeenten);
 *  - een code, los of tussen haakjes na een naam ('Centrum (WK036300)', 'BU03630000'):
 *    NL, PV, LD, GM, WK, BU en andere CBS-regiocodes (twee letters en cijfers);
 *  - anders wat de aanroeper extra kan opzoeken (bv. wijken en buurten uit een regiolijst).
 * Zuiver, geen I/O.
 */
import { gemeenteBijCode, gemeentenOpNaam } from '../gemeenten/gemeenten.ts';

export type VmRegioSoort = 'land' | 'landsdeel' | 'provincie' | 'gemeente' | 'wijk' | 'buurt' | 'overig';
export const vmRegioSoortNamen: Record<VmRegioSoort, string> = {
  land: 'land',
  landsdeel: 'landsdeel',
  provincie: 'provincie',
  gemeente: 'gemeente',
  wijk: 'wijk',
  buurt: 'buurt',
  overig: 'overige regio',
};

export interface VmRegio {
  code: string;
  naam: string;
  soort: VmRegioSoort;
}

/** De provincies met hun CBS-code (RegioS PV20..PV31). */
export const provincies: readonly { code: string; naam: string }[] = [
  { code: 'PV20', naam: 'Groningen' },
  { code: 'PV21', naam: 'Fryslân' },
  { code: 'PV22', naam: 'Drenthe' },
  { code: 'PV23', naam: 'Overijssel' },
  { code: 'PV24', naam: 'Flevoland' },
  { code: 'PV25', naam: 'Gelderland' },
  { code: 'PV26', naam: 'Utrecht' },
  { code: 'PV27', naam: 'Noord-Holland' },
  { code: 'PV28', naam: 'Zuid-Holland' },
  { code: 'PV29', naam: 'Zeeland' },
  { code: 'PV30', naam: 'Noord-Brabant' },
  { code: 'PV31', naam: 'Limburg' },
];
const landsdelen: readonly { code: string; naam: string }[] = [
  { code: 'LD01', naam: 'Noord-Nederland' },
  { code: 'LD02', naam: 'Oost-Nederland' },
  { code: 'LD03', naam: 'West-Nederland' },
  { code: 'LD04', naam: 'Zuid-Nederland' },
];

/** Namen vergelijken zonder hoofdletters, accenten, spaties en streepjes. */
export function regioSleutel(naam: string): string {
  return naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-–_/.,']+/g, ' ')
    .trim();
}

const provincieOpNaam = new Map<string, { code: string; naam: string }>(provincies.map((p) => [regioSleutel(p.naam), p]));
provincieOpNaam.set(regioSleutel('Friesland'), provincies[1]!);
const gemeenteOpNaam = new Map(gemeentenOpNaam.map((g) => [regioSleutel(g.naam), g]));

const CODE = /^(NL|PV|LD|GM|WK|BU|[A-Z]{2})(\d[0-9A-Z]{1,9})$/;

/** De soort van een CBS-regiocode. */
export function vmRegioSoort(code: string): VmRegioSoort {
  const p = code.slice(0, 2);
  return p === 'NL' ? 'land' : p === 'LD' ? 'landsdeel' : p === 'PV' ? 'provincie' : p === 'GM' ? 'gemeente' : p === 'WK' ? 'wijk' : p === 'BU' ? 'buurt' : 'overig';
}

/** Een regio bij een code, met de naam die Kernplan kent (of de meegegeven naam, of de code). */
export function vmRegioBijCode(code: string, naam?: string): VmRegio | undefined {
  const c = code.trim().toUpperCase();
  if (!CODE.test(c)) return undefined;
  const soort = vmRegioSoort(c);
  const bekend =
    soort === 'land' ? 'Nederland' : soort === 'provincie' ? provincies.find((p) => p.code === c)?.naam : soort === 'landsdeel' ? landsdelen.find((l) => l.code === c)?.naam : soort === 'gemeente' ? gemeenteBijCode(c)?.naam : undefined;
  return { code: c, naam: bekend ?? (naam?.trim() || c), soort };
}

/**
 * Een regio uit een naam of code in een CBS-tabel. `extra` zoekt wat de vaste regels niet vinden
 * (bijvoorbeeld een wijk op naam). Undefined: niet te herleiden.
 */
export function herleidVmRegio(tekst: string, extra?: (naam: string) => VmRegio | undefined): VmRegio | undefined {
  const t = tekst.trim();
  if (t === '') return undefined;
  const los = vmRegioBijCode(t);
  if (los) return los;
  const metCode = /^(.*?)\s*\(([A-Z]{2}\d[0-9A-Z]{1,9})\)$/.exec(t);
  if (metCode) return vmRegioBijCode(metCode[2]!, metCode[1]);
  const achtervoegsel = /^(.*?)\s*\(([A-Za-z.]{1,10})\)$/.exec(t);
  const naam = achtervoegsel && ['pv', 'ld', 'gemeente', 'g', 'gm'].includes(achtervoegsel[2]!.toLowerCase().replace(/\./g, '')) ? achtervoegsel[1]! : t;
  const soortHint = achtervoegsel ? achtervoegsel[2]!.toLowerCase().replace(/\./g, '') : null;
  const k = regioSleutel(naam);
  if (k === 'nederland' && soortHint === null) return { code: 'NL01', naam: 'Nederland', soort: 'land' };
  if (soortHint === 'pv') {
    const p = provincieOpNaam.get(k);
    return p ? { code: p.code, naam: p.naam, soort: 'provincie' } : extra?.(t);
  }
  if (soortHint === 'ld') {
    const l = landsdelen.find((x) => regioSleutel(x.naam) === k);
    return l ? { code: l.code, naam: l.naam, soort: 'landsdeel' } : extra?.(t);
  }
  // A municipality by its exact name (CBS writes 'Bergen (NH.)': that whole name is in the list too).
  const g = gemeenteOpNaam.get(regioSleutel(t)) ?? gemeenteOpNaam.get(k);
  if (g) return { code: g.code, naam: g.naam, soort: 'gemeente' };
  if (soortHint === null) {
    const p = provincieOpNaam.get(k);
    if (p) return { code: p.code, naam: p.naam, soort: 'provincie' };
  }
  return extra?.(t);
}
