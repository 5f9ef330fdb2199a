/**
 * Het landelijk beeld: waar geven gemeenten in hun integraal veiligheidsplan (IVP) prioriteit aan?
 *
 * Invoer: prioriteiten van gemeenten (geïmporteerd uit bestaande plannen of uit een werkruimte), elk met
 * gemeentecode, planjaar, titel en eventueel met de hand gekoppelde thema's. Uitvoer: aantallen en
 * aandelen per veiligheidsveld, per thema en per strategisch thema, voor het hele land, per groep
 * gemeenten (G4, G40, P10, kleiner dan 50.000 inwoners, grootteklasse, provincie, politie-eenheid) en
 * per planjaar; de lijst titels die de classificatie las; en welke gemeenten meedoen.
 *
 * Regels (zie ook docs/landelijk-beeld.md):
 * - Een prioriteit met thema's die met de hand gekoppeld zijn, telt voor elk van die thema's; het eerste
 *   thema bepaalt het hoofdveld.
 * - Een prioriteit zonder met de hand gekoppelde thema's wordt geclassificeerd (src/domain/classificatie):
 *   de eerste suggestie telt als die een zekerheid van minstens DREMPEL_ZEKERHEID heeft, anders telt de
 *   prioriteit als 'niet te lezen'. Zulke prioriteiten staan in de lijst `geclassificeerd`.
 * - Twee aandelen per veld en thema: het aandeel van de prioriteiten (zoals het CCV rapporteert) en het
 *   aandeel van de gemeenten met minstens één prioriteit erin.
 * - Een gemeente staat alleen met naam in de uitkomst als al haar prioriteiten naamZichtbaar hebben;
 *   anders telt ze alleen mee in de aantallen.
 *
 * Zuiver, zonder I/O.
 */
import { classificeer as standaardClassificeer, type Classificatie, type SuggestieSoort } from '../classificatie/classifier.ts';
import { isThemaId, strategischeThemas, themas as alleThemas, velden as alleVelden } from '../kennisbank/kennisbank.ts';
import type { VeldNummer } from '../kennisbank/types.ts';
import { normaliseerZoektekst } from '../tekst/zoektekst.ts';
import { normaliseerGemeentecode } from './prioriteitenlijst.ts';
import { alleGroepen, groepenVan, groepenVanGemeente, gemeentenMetGroepen, type GemeenteMetGroepen, type Groep } from './gemeentegroepen.ts';

/**
 * Vanaf deze zekerheid telt de eerste suggestie van de classificatie. Op de toetsset van de
 * classificatie (docs/prioriteit-classificatie.md) was de eerste suggestie goed bij 32 van de 33 titels
 * met een zekerheid van 0,3 of meer, en bij 2 van de 6 daaronder.
 */
export const DREMPEL_ZEKERHEID = 0.3;

/** Onder dit aantal gemeenten in de gegevens is een aandeel van een groep weinig zeggend (alleen een vlag). */
export const WEINIG_GEMEENTEN = 5;

export type Bron = 'import' | 'werkruimte';

export interface Prioriteit {
  gemeentecode: string;
  /** Het (eerste) jaar van het plan. */
  jaar: number;
  titel: string;
  /** Met de hand gekoppelde thema-ids en/of strategische thema-ids, belangrijkste eerst. */
  themas?: readonly string[];
  bron: Bron;
  /** De gemeente stemde ermee in dat haar naam in het landelijk beeld staat. */
  naamZichtbaar: boolean;
}

export interface AnalyseOpties {
  /** Zie DREMPEL_ZEKERHEID. */
  drempel?: number;
  /** Per gemeente alleen de prioriteiten van haar laatste planjaar (het "huidige" plan). */
  alleenLaatstePlan?: boolean;
  /**
   * Een andere classificatie: voor tests, of een die de server bewaart of onthoudt. (Gemeten: 2.736
   * prioriteiten van 342 gemeenten met 1.824 verschillende titels kosten de eerste keer ongeveer 2 s,
   * vooral voor het opbouwen van het model; daarna ongeveer 0,3 s per analyse.)
   */
  classificeer?: (titel: string) => Classificatie;
  /** Ook per groep een uitsplitsing per planjaar (standaard ja); nee maakt de uitkomst ruim de helft kleiner. */
  perJaarPerGroep?: boolean;
}

export type Hoofdindeling = `veld-${VeldNummer}` | 'strategisch' | 'niet-te-lezen';

export interface Aantallen {
  /** Prioriteiten die hier (ook) onder vallen. */
  prioriteiten: number;
  /** prioriteiten / alle prioriteiten van de selectie (0..1, drie decimalen). */
  aandeelPrioriteiten: number;
  /** Gemeenten met minstens één prioriteit hier. */
  gemeenten: number;
  /** gemeenten / gemeenten van de selectie (0..1, drie decimalen). */
  aandeelGemeenten: number;
}

export interface VeldTelling extends Aantallen {
  veld: VeldNummer;
  naam: string;
  /** Prioriteiten waarvan het belangrijkste thema in dit veld ligt (telt op tot 100 % met de rest van `hoofdindeling`). */
  hoofdveld: number;
  aandeelHoofdveld: number;
}

export interface ThemaTelling extends Aantallen {
  id: string;
  naam: string;
  soort: SuggestieSoort;
  /** Het veld van een thema; null bij een strategisch thema. */
  veld: VeldNummer | null;
}

export interface Verdeling {
  prioriteiten: number;
  gemeenten: number;
  /** Hoe de prioriteiten gelezen zijn. */
  herkomst: { metDeHand: number; geclassificeerd: number; nietTeLezen: number };
  /** Elke prioriteit precies één keer: het veld van het belangrijkste thema, strategisch of niet te lezen. */
  hoofdindeling: { indeling: Hoofdindeling; naam: string; prioriteiten: number; aandeel: number }[];
  velden: VeldTelling[];
  themas: ThemaTelling[];
  strategischeThemas: ThemaTelling[];
}

export interface GenoemdeGemeente {
  code: string;
  naam: string;
}

export interface Deelnemers {
  /** Gemeenten die ermee instemden dat hun naam genoemd wordt, op naam. */
  genoemd: GenoemdeGemeente[];
  /** Gemeenten die alleen in de aantallen meetellen. */
  nietGenoemd: number;
}

export interface JaarUitkomst {
  jaar: number;
  gemeentenInData: number;
  verdeling: Verdeling;
}

export interface GroepUitkomst {
  groep: Groep;
  gemeentenInLand: number;
  gemeentenInData: number;
  /** Minder dan WEINIG_GEMEENTEN gemeenten in de gegevens. */
  weinigGemeenten: boolean;
  verdeling: Verdeling;
  /** Leeg als perJaarPerGroep uit staat. */
  perJaar: JaarUitkomst[];
  deelnemers: Deelnemers;
}

export interface GeclassificeerdeTitel {
  geclassificeerd: true;
  titel: string;
  /** Aantal prioriteiten (van verschillende gemeenten of jaren) met deze titel. */
  aantal: number;
  jaren: number[];
  deelnemers: Deelnemers;
  /** De eerste suggestie van de classificatie; null als er geen was. */
  suggestie: { id: string; naam: string; soort: SuggestieSoort; zekerheid: number } | null;
  /** Of de suggestie meetelt (zekerheid ≥ drempel); anders telt de titel als 'niet te lezen'. */
  telt: boolean;
  /** De andere suggesties, ter informatie. */
  andere: { id: string; naam: string; zekerheid: number }[];
}

export interface LandelijkBeeld {
  drempel: number;
  alleenLaatstePlan: boolean;
  landelijk: {
    gemeentenInLand: number;
    gemeentenInData: number;
    verdeling: Verdeling;
    perJaar: JaarUitkomst[];
    deelnemers: Deelnemers;
  };
  groepen: GroepUitkomst[];
  geclassificeerd: GeclassificeerdeTitel[];
  /** Prioriteiten die dubbel waren (zelfde gemeente, jaar en titel) en één keer geteld zijn. */
  dubbel: number;
  /** Prioriteiten met een code die geen gemeente van 2024 is: niet geteld. */
  onbekendeGemeenten: { gemeentecode: string; titel: string }[];
}

/** Een prioriteit zoals ze geteld wordt. */
interface Gelezen {
  gemeente: GemeenteMetGroepen;
  jaar: number;
  titel: string;
  /** Thema- en strategische ids die tellen; leeg = niet te lezen. */
  ids: string[];
  herkomst: 'metDeHand' | 'geclassificeerd' | 'nietTeLezen';
  classificatie?: Classificatie;
}

const rond = (x: number) => Math.round(x * 1000) / 1000;
const deel = (a: number, b: number) => (b === 0 ? 0 : rond(a / b));

const themaVeld = new Map<string, VeldNummer>(alleThemas.map((t) => [t.id, t.veld]));
const strategischeIds = new Set<string>(strategischeThemas.map((s) => s.id));

function hoofdindelingVan(g: Gelezen): Hoofdindeling {
  const eerste = g.ids[0];
  if (eerste === undefined) return 'niet-te-lezen';
  const veld = themaVeld.get(eerste);
  return veld ? `veld-${veld}` : 'strategisch';
}

/** Telt een selectie gelezen prioriteiten. */
function verdeel(gelezen: readonly Gelezen[]): Verdeling {
  const n = gelezen.length;
  const gemeenten = new Set(gelezen.map((g) => g.gemeente.code));
  const nGemeenten = gemeenten.size;
  const perSleutel = new Map<string, { prioriteiten: number; gemeenten: Set<string> }>();
  const tel = (sleutel: string, code: string) => {
    let t = perSleutel.get(sleutel);
    if (!t) perSleutel.set(sleutel, (t = { prioriteiten: 0, gemeenten: new Set() }));
    t.prioriteiten++;
    t.gemeenten.add(code);
  };
  const hoofd = new Map<Hoofdindeling, number>();
  const herkomst = { metDeHand: 0, geclassificeerd: 0, nietTeLezen: 0 };
  for (const g of gelezen) {
    herkomst[g.herkomst]++;
    const h = hoofdindelingVan(g);
    hoofd.set(h, (hoofd.get(h) ?? 0) + 1);
    const veldenVanG = new Set<VeldNummer>();
    for (const id of g.ids) {
      tel(`id|${id}`, g.gemeente.code);
      const v = themaVeld.get(id);
      if (v) veldenVanG.add(v);
    }
    for (const v of veldenVanG) tel(`veld|${v}`, g.gemeente.code);
  }
  const aantallen = (sleutel: string): Aantallen => {
    const t = perSleutel.get(sleutel);
    const p = t?.prioriteiten ?? 0;
    const gm = t?.gemeenten.size ?? 0;
    return { prioriteiten: p, aandeelPrioriteiten: deel(p, n), gemeenten: gm, aandeelGemeenten: deel(gm, nGemeenten) };
  };
  const hoofdindeling: Verdeling['hoofdindeling'] = [
    ...alleVelden.map((v) => ({ indeling: `veld-${v.nummer}` as Hoofdindeling, naam: v.naam })),
    { indeling: 'strategisch' as const, naam: 'Alleen een strategisch thema' },
    { indeling: 'niet-te-lezen' as const, naam: 'Niet te lezen' },
  ].map((x) => ({ ...x, prioriteiten: hoofd.get(x.indeling) ?? 0, aandeel: deel(hoofd.get(x.indeling) ?? 0, n) }));
  return {
    prioriteiten: n,
    gemeenten: nGemeenten,
    herkomst,
    hoofdindeling,
    velden: alleVelden.map((v) => ({
      veld: v.nummer,
      naam: v.naam,
      ...aantallen(`veld|${v.nummer}`),
      hoofdveld: hoofd.get(`veld-${v.nummer}`) ?? 0,
      aandeelHoofdveld: deel(hoofd.get(`veld-${v.nummer}`) ?? 0, n),
    })),
    themas: alleThemas.map((t) => ({ id: t.id, naam: t.naam, soort: 'thema' as const, veld: t.veld, ...aantallen(`id|${t.id}`) })),
    strategischeThemas: strategischeThemas.map((s) => ({ id: s.id, naam: s.naam, soort: 'strategisch-thema' as const, veld: null, ...aantallen(`id|${s.id}`) })),
  };
}

function perJaar(gelezen: readonly Gelezen[]): JaarUitkomst[] {
  const jaren = [...new Set(gelezen.map((g) => g.jaar))].sort((a, b) => a - b);
  return jaren.map((jaar) => {
    const sel = gelezen.filter((g) => g.jaar === jaar);
    return { jaar, gemeentenInData: new Set(sel.map((g) => g.gemeente.code)).size, verdeling: verdeel(sel) };
  });
}

function deelnemers(codes: Iterable<string>, zichtbaar: ReadonlySet<string>, naamVan: (code: string) => string): Deelnemers {
  const uniek = [...new Set(codes)];
  const genoemd = uniek
    .filter((c) => zichtbaar.has(c))
    .map((code) => ({ code, naam: naamVan(code) }))
    .sort((a, b) => a.naam.replace(/^'s-/, '').localeCompare(b.naam.replace(/^'s-/, ''), 'nl'));
  return { genoemd, nietGenoemd: uniek.length - genoemd.length };
}

const bronVoorkeur = (p: Prioriteit) => (p.bron === 'werkruimte' ? 2 : 0) + (p.themas && p.themas.length > 0 ? 1 : 0);

/** Het landelijk beeld van een verzameling prioriteiten. */
export function analyseer(prioriteiten: readonly Prioriteit[], opties: AnalyseOpties = {}): LandelijkBeeld {
  const drempel = opties.drempel ?? DREMPEL_ZEKERHEID;
  const classificeer = opties.classificeer ?? standaardClassificeer;
  const alleenLaatstePlan = opties.alleenLaatstePlan ?? false;
  const perJaarPerGroep = opties.perJaarPerGroep ?? true;

  // 1. Bekende gemeenten; dubbele prioriteiten (zelfde gemeente, jaar en titel) één keer.
  const onbekendeGemeenten: LandelijkBeeld['onbekendeGemeenten'] = [];
  const uniek = new Map<string, { p: Prioriteit; gemeente: GemeenteMetGroepen }>();
  let dubbel = 0;
  // Zichtbaarheid per gemeente: alleen als al haar prioriteiten het toestaan (ook dubbele en die buiten de selectie).
  const gezien = new Set<string>();
  const verborgen = new Set<string>();
  for (const p of prioriteiten) {
    const gemeente = groepenVan(normaliseerGemeentecode(p.gemeentecode) ?? p.gemeentecode);
    if (!gemeente) {
      onbekendeGemeenten.push({ gemeentecode: p.gemeentecode, titel: p.titel });
      continue;
    }
    gezien.add(gemeente.code);
    if (!p.naamZichtbaar) verborgen.add(gemeente.code);
    const sleutel = `${gemeente.code}|${p.jaar}|${normaliseerZoektekst(p.titel)}`;
    const eerder = uniek.get(sleutel);
    if (eerder) {
      dubbel++;
      if (bronVoorkeur(p) > bronVoorkeur(eerder.p)) uniek.set(sleutel, { p, gemeente });
    } else uniek.set(sleutel, { p, gemeente });
  }
  let selectie = [...uniek.values()];
  if (alleenLaatstePlan) {
    const laatste = new Map<string, number>();
    for (const { p, gemeente } of selectie) laatste.set(gemeente.code, Math.max(laatste.get(gemeente.code) ?? -Infinity, p.jaar));
    selectie = selectie.filter(({ p, gemeente }) => p.jaar === laatste.get(gemeente.code));
  }

  // 2. Wie genoemd mag worden.
  const zichtbaar = new Set([...gezien].filter((c) => !verborgen.has(c)));
  const naamVan = (code: string) => groepenVan(code)!.naam;

  // 3. Lezen: met de hand gekoppelde thema's, anders de classificatie (één keer per titel).
  const cache = new Map<string, Classificatie>();
  const gelezen: Gelezen[] = selectie.map(({ p, gemeente }) => {
    const handIds = (p.themas ?? []).filter((id) => isThemaId(id) || strategischeIds.has(id));
    if (handIds.length > 0) return { gemeente, jaar: p.jaar, titel: p.titel, ids: [...new Set(handIds)], herkomst: 'metDeHand' };
    const sleutel = normaliseerZoektekst(p.titel);
    let c = cache.get(sleutel);
    if (!c) cache.set(sleutel, (c = classificeer(p.titel)));
    const top = c.suggesties[0];
    const telt = top !== undefined && top.zekerheid >= drempel;
    return {
      gemeente,
      jaar: p.jaar,
      titel: p.titel,
      ids: telt ? [top.id] : [],
      herkomst: telt ? 'geclassificeerd' : 'nietTeLezen',
      classificatie: c,
    };
  });

  // 4. Land, groepen, jaren.
  const codes = gelezen.map((g) => g.gemeente.code);
  const landelijk = {
    gemeentenInLand: gemeentenMetGroepen.length,
    gemeentenInData: new Set(codes).size,
    verdeling: verdeel(gelezen),
    perJaar: perJaar(gelezen),
    deelnemers: deelnemers(codes, zichtbaar, naamVan),
  };
  const sleutel = (x: Groep) => `${x.soort}|${x.waarde}`;
  const perGroep = new Map<string, Gelezen[]>();
  for (const g of gelezen) {
    for (const x of groepenVanGemeente(g.gemeente)) {
      const k = sleutel(x);
      const lijst = perGroep.get(k);
      if (lijst) lijst.push(g);
      else perGroep.set(k, [g]);
    }
  }
  const groepen: GroepUitkomst[] = alleGroepen().map(({ groep, gemeentenInLand }) => {
    const sel = perGroep.get(sleutel(groep)) ?? [];
    const inData = new Set(sel.map((g) => g.gemeente.code)).size;
    return {
      groep,
      gemeentenInLand,
      gemeentenInData: inData,
      weinigGemeenten: inData < WEINIG_GEMEENTEN,
      verdeling: verdeel(sel),
      perJaar: perJaarPerGroep ? perJaar(sel) : [],
      deelnemers: deelnemers(
        sel.map((g) => g.gemeente.code),
        zichtbaar,
        naamVan,
      ),
    };
  });

  // 5. De lijst van geclassificeerde titels, per titel samengenomen.
  const perTitel = new Map<string, Gelezen[]>();
  for (const g of gelezen) {
    if (!g.classificatie) continue;
    const k = normaliseerZoektekst(g.titel);
    const lijst = perTitel.get(k);
    if (lijst) lijst.push(g);
    else perTitel.set(k, [g]);
  }
  const geclassificeerd: GeclassificeerdeTitel[] = [...perTitel.values()]
    .map((lijst) => {
      const c = lijst[0]!.classificatie!;
      const [top, ...rest] = c.suggesties;
      return {
        geclassificeerd: true as const,
        titel: lijst[0]!.titel,
        aantal: lijst.length,
        jaren: [...new Set(lijst.map((g) => g.jaar))].sort((a, b) => a - b),
        deelnemers: deelnemers(
          lijst.map((g) => g.gemeente.code),
          zichtbaar,
          naamVan,
        ),
        suggestie: top ? { id: top.id, naam: top.naam, soort: top.soort, zekerheid: top.zekerheid } : null,
        telt: top !== undefined && top.zekerheid >= drempel,
        andere: rest.map((s) => ({ id: s.id, naam: s.naam, zekerheid: s.zekerheid })),
      };
    })
    .sort((a, b) => b.aantal - a.aantal || a.titel.localeCompare(b.titel, 'nl'));

  return { drempel, alleenLaatstePlan, landelijk, groepen, geclassificeerd, dubbel, onbekendeGemeenten };
}

/** Zet ingelezen rijen (prioriteitenlijst.ts) om in prioriteiten voor analyseer(). */
export function uitImport(
  rijen: readonly { gemeentecode: string; jaar: number; titel: string; themas?: readonly string[] }[],
  naamZichtbaar: (gemeentecode: string) => boolean,
): Prioriteit[] {
  return rijen.map((r) => ({
    gemeentecode: r.gemeentecode,
    jaar: r.jaar,
    titel: r.titel,
    ...(r.themas && r.themas.length > 0 ? { themas: r.themas } : {}),
    bron: 'import' as const,
    naamZichtbaar: naamZichtbaar(r.gemeentecode),
  }));
}
