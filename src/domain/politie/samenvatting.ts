/**
 * Wat een import van politiecijfers oplevert en hoe ver hij is: de samenvatting die bij de import
 * wordt bewaard (politie_imports.samenvatting) en de voortgang terwijl hij loopt. Gedeeld door de
 * import (schrijft ze), de opslag (leest de samenvatting terug), de opdrachtregel en de webapp.
 * Zuivere code.
 */
import type { FormaatNaam } from './formaat.ts';
import type { FouteRegel, OnbekendeSoort, Uitkomst } from './inlezen.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';
import type { OnopgelosteNaam, OpgelosteNaam } from './naamresolutie.ts';
import type { RegioSoort } from './regios.ts';
import { standaardKoppeling, themaVoorCode } from './themakoppeling.ts';
import { vindThema, vindVeld } from '../kennisbank/kennisbank.ts';
import { groepen } from './cijfers.ts';
import { type Dekking, dekkingUit } from './dekking.ts';
import { leesPeriode, periodeNaam } from './perioden.ts';
import type { SoortenPerNiveau } from './soortenteller.ts';

export interface Voortgang {
  fase: 'wachten' | 'lezen' | 'opslaan' | 'klaar';
  bytesGelezen: number;
  /** Grootte van het bestand, als die bekend is. */
  bytesTotaal: number | null;
  regelsGelezen: number;
  fouten: number;
}

export interface ImportSamenvatting {
  importId: string;
  bestandsnaam: string;
  sha256: string;
  /** Eerdere imports van precies hetzelfde bestand; de cijfers zijn dan niet verdubbeld, maar opnieuw gezet. */
  eerderIngelezen: { importId: string; klaarOp: string }[];
  formaat: FormaatNaam;
  formaatNaam: string;
  codering: Uitkomst['codering'];
  regeleinde: Uitkomst['regeleinde'];
  bytes: number;
  regelsGelezen: number;
  regelsGeimporteerd: number;
  onbekendeWaarden: number;
  geweigerdeRegels: FouteRegel[];
  geweigerdTotaal: number;
  /** Codes die niet bij de 59 soorten van CBS horen: niet ingelezen, wel gemeld. */
  onbekendeSoorten: (OnbekendeSoort & { titel: string | null })[];
  /** Soorten die (in deze werkruimte) bij geen thema horen, met het aantal in dit bestand. */
  zonderThema: { code: string; titel: string; reden: string; aantal: number }[];
  onbekendeRegiocodes: string[];
  zoekGemeenten: Uitkomst['zoekGemeenten'];
  opgelosteNamen: OpgelosteNaam[];
  onopgelosteNamen: OnopgelosteNaam[];
  perioden: { jaren: number[]; maanden: string[]; van: string | null; tot: string | null };
  regios: { aantal: Record<RegioSoort, number>; gemeenten: string[] };
  cellen: number;
  duurMs: number;
  /**
   * Per regioniveau en periode welke thema's en velden volledig zijn en welke onvolledig (issue 16,
   * punt 2); zie importDekking. Ontbreekt bij imports van voor deze samenvatting.
   */
  dekking?: ImportDekking;
}

/**
 * De soorten die (met de afwijkingen van een werkruimte) bij geen thema horen, met hun totaal in het
 * bestand. Met `inBestand` alleen de soorten waarvan het bestand een ingelezen regel heeft: een
 * soort die er niet in staat, noemt de samenvatting niet (ook niet het totaal 0.0.0 met aantal 0).
 */
export function zonderThema(
  totalen: ArrayLike<number>,
  afwijkingen: ReadonlyMap<string, string | null>,
  inBestand?: ReadonlySet<string>,
): ImportSamenvatting['zonderThema'] {
  const lijst: ImportSamenvatting['zonderThema'] = [];
  misdrijfsoorten.forEach((m, i) => {
    if (inBestand && !inBestand.has(m.code)) return;
    if (themaVoorCode(m.code, afwijkingen) !== null) return;
    const standaard = standaardKoppeling.find((k) => k.code === m.code);
    const reden = afwijkingen.has(m.code)
      ? 'de werkruimte koppelt deze soort aan geen thema'
      : standaard && standaard.themaId === null
        ? standaard.reden === 'totaal'
          ? 'totaal van alle soorten; telt niet mee om dubbeltellen te voorkomen'
          : standaard.reden
        : 'geen thema';
    lijst.push({ code: m.code, titel: m.titel, reden, aantal: totalen[i]! });
  });
  return lijst;
}

// --- Dekking per thema en veld ----------------------------------------------------------------------

/** Een thema of veld met een deel van zijn soorten in het bestand. */
export interface OnvolledigCijfer {
  soort: 'thema' | 'veld';
  sleutel: string;
  naam: string;
  /** Aanwezig: de soort heeft een bekend aantal (ook 0) voor elke regio van het niveau in de periode (dekking.ts). */
  dekking: Dekking;
  /** Soorten van dit cijfer met een bekend aantal voor maar een deel van de regio's. */
  inSommige: string[];
}

/** Niveaus en perioden van een import met precies dezelfde dekking. */
export interface DekkingGroep {
  waar: { niveau: RegioSoort; periode: string; regios: number }[];
  /** Thema's en velden met al hun soorten in het bestand (sleutels, zoals '1.3' en '1'). */
  volledig: { themas: string[]; velden: string[] };
  /** Met een deel van hun soorten. */
  onvolledig: OnvolledigCijfer[];
  /** Zonder één soort in het bestand: geen cijfer, dus ook geen onvolledig cijfer. */
  zonderCijfers: { themas: string[]; velden: string[] };
}

export interface ImportDekking {
  /** Alle thema's en velden met cijfers zijn volledig, op elk niveau en in elke periode. */
  alleVolledig: boolean;
  groepen: DekkingGroep[];
}

/**
 * De dekking van een import per thema en veld, per regioniveau en periode, met de themakoppeling van
 * de werkruimte. Dezelfde regel als dekking.ts: een soort is aanwezig als hij voor elke regio van dat
 * niveau in die periode een bekend aantal heeft (ook 0). Niveaus en perioden met dezelfde uitkomst
 * staan samen in één groep.
 */
export function importDekking(perNiveau: readonly SoortenPerNiveau[], afwijkingen: ReadonlyMap<string, string | null> = new Map()): ImportDekking {
  const indeling = { thema: groepen('thema', afwijkingen), veld: groepen('veld', afwijkingen) };
  const perSleutel = new Map<string, DekkingGroep>();
  for (const p of perNiveau) {
    const inAlle = new Set(p.inAlle);
    const ergens = new Set([...p.inAlle, ...p.inSommige]);
    const g: DekkingGroep = { waar: [], volledig: { themas: [], velden: [] }, onvolledig: [], zonderCijfers: { themas: [], velden: [] } };
    for (const soort of ['thema', 'veld'] as const) {
      for (const [sleutel, codes] of indeling[soort]) {
        const lijst = soort === 'thema' ? 'themas' : 'velden';
        const d = dekkingUit(codes, inAlle);
        if (d.volledig) g.volledig[lijst].push(sleutel);
        else if (!codes.some((c) => ergens.has(c))) g.zonderCijfers[lijst].push(sleutel);
        else {
          const naam = soort === 'thema' ? (vindThema(sleutel)?.naam ?? sleutel) : (vindVeld(Number(sleutel))?.naam ?? `Veld ${sleutel}`);
          g.onvolledig.push({ soort, sleutel, naam, dekking: d, inSommige: codes.filter((c) => p.inSommige.includes(c)) });
        }
      }
    }
    const sleutel = JSON.stringify([g.volledig, g.zonderCijfers, g.onvolledig.map((o) => [o.sleutel, o.dekking.aanwezig, o.inSommige])]);
    const bestaand = perSleutel.get(sleutel) ?? g;
    bestaand.waar.push({ niveau: p.niveau, periode: p.periode, regios: p.regios });
    perSleutel.set(sleutel, bestaand);
  }
  const lijst = [...perSleutel.values()];
  return { alleVolledig: lijst.length > 0 && lijst.every((g) => g.onvolledig.length === 0 && g.zonderCijfers.themas.length + g.zonderCijfers.velden.length === 0), groepen: lijst };
}

const meervoud: Record<RegioSoort, [string, string]> = {
  land: ['land', 'landen'],
  gemeente: ['gemeente', 'gemeenten'],
  wijk: ['wijk', 'wijken'],
  buurt: ['buurt', 'buurten'],
  overig: ['andere regio', "andere regio's"],
};
const aantalVan = (n: number, [een, veel]: [string, string]) => `${n.toLocaleString('nl-NL')} ${n === 1 ? een : veel}`;

function periodeTekst(sleutel: string): string {
  const p = leesPeriode(sleutel);
  return p ? periodeNaam(p) : sleutel;
}

function opsomming(delen: readonly string[]): string {
  return delen.length <= 1 ? (delen[0] ?? '') : `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}`;
}

/** "22 wijken en 517 buurten in 2024", of per niveau met zijn eigen perioden. */
export function waarTekst(waar: DekkingGroep['waar']): string {
  const perNiveau = new Map<RegioSoort, { perioden: string[]; regios: number }>();
  for (const w of waar) {
    const x = perNiveau.get(w.niveau) ?? { perioden: [], regios: 0 };
    x.perioden.push(w.periode);
    x.regios = Math.max(x.regios, w.regios);
    perNiveau.set(w.niveau, x);
  }
  const periodenVan = (ps: string[]) => (ps.length > 4 ? `${periodeTekst(ps[0]!)} tot en met ${periodeTekst(ps.at(-1)!)} (${ps.length} perioden)` : opsomming(ps.map(periodeTekst)));
  // Niveaus met dezelfde perioden samen: "22 wijken en 517 buurten in 2024".
  const perPerioden = new Map<string, string[]>();
  for (const [niveau, x] of perNiveau) {
    const k = periodenVan(x.perioden);
    perPerioden.set(k, [...(perPerioden.get(k) ?? []), aantalVan(x.regios, meervoud[niveau])]);
  }
  return [...perPerioden].map(([perioden, niveaus]) => `${opsomming(niveaus)} in ${perioden}`).join('; ');
}

/** "onvolledig (1 van 20 soorten: alleen 1.2.3)" of "onvolledig (17 van 20 soorten; ontbrekend: 1.1.1, 1.1.2 en 1.4.5)". */
export function onvolledigKort(o: Pick<OnvolledigCijfer, 'dekking' | 'inSommige'>): string {
  const d = o.dekking;
  const soorten = `${d.aanwezig.length} van ${d.codes.length} ${d.codes.length === 1 ? 'soort' : 'soorten'}`;
  const welke =
    d.aanwezig.length === 0
      ? ''
      : d.aanwezig.length <= 3
        ? `: alleen ${opsomming(d.aanwezig)}`
        : `; ontbrekend: ${d.ontbrekend.length > 6 ? `${d.ontbrekend.slice(0, 5).join(', ')} en nog ${d.ontbrekend.length - 5}` : opsomming(d.ontbrekend)}`;
  const deels = o.inSommige.length ? `; ${opsomming(o.inSommige)} niet voor elke regio` : '';
  return `onvolledig (${soorten}${welke}${deels})`;
}

function sleutelsTekst(x: { themas: string[]; velden: string[] }): string {
  const delen: string[] = [];
  if (x.themas.length) delen.push(`${x.themas.length === 1 ? 'thema' : "thema's"} ${opsomming(x.themas)}`);
  if (x.velden.length) delen.push(`${x.velden.length === 1 ? 'veld' : 'velden'} ${opsomming(x.velden)}`);
  return opsomming(delen);
}

/** Eén groep in zinnen: een kop (waar) en per onvolledig thema of veld een regel. */
export interface DekkingTekst {
  kop: string;
  regels: string[];
}

/**
 * De dekking in zinnen, voor de samenvatting op de importpagina en de opdrachtregel. Alles volledig:
 * één zin. Anders per groep niveaus en perioden: de onvolledige thema's en velden elk op een regel
 * ("Thema 1.3 …: onvolledig (1 van 20 soorten: alleen 1.2.3)"), dan de volledige en die zonder cijfers
 * elk in één regel.
 */
export function dekkingTekst(d: ImportDekking): DekkingTekst[] {
  if (d.groepen.length === 0) return [{ kop: 'Het bestand heeft geen ingelezen cijfers.', regels: [] }];
  if (d.alleVolledig) {
    const waar = d.groepen.flatMap((g) => g.waar);
    return [{ kop: `Alle thema's en velden zijn volledig: elke soort misdrijf heeft een aantal voor elke regio en periode in het bestand (${waarTekst(waar)}).`, regels: [] }];
  }
  return d.groepen.map((g) => {
    const regels = g.onvolledig.map((o) => `${o.soort === 'thema' ? 'Thema' : 'Veld'} ${o.sleutel} ${o.naam}: ${onvolledigKort(o)}`);
    const volledig = sleutelsTekst(g.volledig);
    const zonder = sleutelsTekst(g.zonderCijfers);
    if (volledig) regels.push(`Volledig: ${volledig}.`);
    if (zonder) regels.push(`Zonder cijfers in dit bestand: ${g.zonderCijfers.themas.length + g.zonderCijfers.velden.length > 8 ? `${aantalVan(g.zonderCijfers.themas.length, ['thema', "thema's"])} en ${aantalVan(g.zonderCijfers.velden.length, ['veld', 'velden'])}` : zonder}.`);
    return { kop: `${waarTekst(g.waar).replace(/^./, (c) => c.toUpperCase())}:`, regels };
  });
}
