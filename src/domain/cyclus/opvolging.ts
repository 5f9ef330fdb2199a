/**
 * Het volgende plan begint bij het vorige (issue 19, punt 5). Een nieuwe IVP-werkruimte kan de
 * opvolger van een eerdere zijn; zij opent met een terugblik: per prioriteit van het vorige plan wat de
 * indicatoren bereikten (referentie -> eindwaarde tegenover de eindstreefwaarde) en hoe de maatregelen
 * afliepen, het laatste jaarbeeld en de bevindingen van de evaluatie. Kernbeleid Veiligheid: de nieuwe
 * analyse kijkt terug op wat bereikt is en vervangt zo een aparte evaluatie.
 *
 * Zuiver: het bouwen van de terugblik, de nieuwe indicatoren (eindwaarde wordt referentie), de
 * waarschuwing van de plancheck voor prioriteiten die zonder reden vervallen, en de blokken voor de
 * veiligheidsanalyse. Deze module importeert stand.ts niet (stand.ts kent de Terugblik): de functies
 * nemen het deel van de stand dat ze nodig hebben; een CyclusStand past altijd.
 */
import type { Bevinding } from './bevinding.ts';
import type { Blok } from './document.ts';
import { type Ivp, type MaatregelStatus, maatregelStatus, maatregelStatusNamen, type Prioriteit, type Uitvoeringsplan } from './inhoud.ts';
import { vindThema } from '../kennisbank/kennisbank.ts';
import { formatGetal, formatStreefwaarde } from '../monitoring/getallen.ts';
import { beoordeelMeting, eindstreefwaarde, minstensZoGoed } from '../monitoring/indicatoren.ts';
import { type Eenheid, type Indicator, type Richting, type Streefwaarde, eenheidNamen } from '../monitoring/typen.ts';

/** Hoe een indicator van het vorige plan eindigde tegenover zijn eindstreefwaarde. */
export const resultaten = ['gehaald', 'niet-gehaald', 'onbekend'] as const;
export type Resultaat = (typeof resultaten)[number];
export const resultaatNamen: Record<Resultaat, string> = { gehaald: 'Streefwaarde gehaald', 'niet-gehaald': 'Streefwaarde niet gehaald', onbekend: 'Niet te beoordelen' };

export interface TerugblikIndicator {
  /** Het id in het vorige plan. */
  id: string;
  /** Het id van de overgenomen indicator in het nieuwe plan, als die er is. */
  opvolgerId?: string | null;
  naam: string;
  eenheid: Eenheid;
  richting: Richting;
  referentiejaar: number | null;
  referentiewaarde: number | null;
  /** De laatste jaarmeting: de eindwaarde van het vorige plan; null zonder jaarmeting. */
  eindwaarde: { jaar: number; waarde: number } | null;
  eindstreefwaarde: Streefwaarde | null;
  resultaat: Resultaat;
  vertrouwelijk: boolean;
}

export interface TerugblikMaatregel {
  id: string;
  naam: string;
  /** De status in het laatste uitvoeringsplan waarin de maatregel staat. */
  status: MaatregelStatus;
  /** Het laatste jaar waarin de maatregel in een uitvoeringsplan stond. */
  jaar: number;
  prestatieIndicator: string;
  /** Opgeteld over alle kwartalen en jaren; null zonder cijfers. */
  gepland: number | null;
  gerealiseerd: number | null;
  vertrouwelijk: boolean;
}

export interface TerugblikPrioriteit {
  id: string;
  titel: string;
  themaIds: string[];
  /** Het kwalitatieve doel uit het IVP. */
  doel: string;
  indicatoren: TerugblikIndicator[];
  maatregelen: TerugblikMaatregel[];
}

/** Eén bevinding van de evaluatie: het oordeel en de toelichting bij een norm. */
export interface EvaluatieBevinding {
  norm: string;
  oordeel: string;
  toelichting: string;
}

export interface Terugblik {
  voorganger: { id: string; naam: string; periode: string };
  prioriteiten: TerugblikPrioriteit[];
  /** Indicatoren van het vorige plan die bij geen prioriteit hoorden (strategische doelstelling, overige thema's). */
  overigeIndicatoren: TerugblikIndicator[];
  /** De laatste rapportage (jaarbeeld of kwartaal) van het vorige plan, als samenvatting; null: geen. */
  jaarbeeld: { titel: string; samenvatting: string } | null;
  /** De bevindingen van de laatste definitieve evaluatie; null: geen evaluatie. */
  evaluatie: { titel: string; bevindingen: EvaluatieBevinding[] } | null;
  /** Per prioriteit-id van het vorige plan: de geschreven reden waarom zij niet terugkomt. */
  vervallenPrioriteiten: Record<string, string>;
}

/** Wat terugblikUit van de stand van het vorige plan nodig heeft (een CyclusStand past). */
export interface VorigeStand {
  prioriteiten: Prioriteit[];
  ivp: Pick<Ivp, 'prioriteiten'>;
  indicatoren?: Indicator[] | undefined;
  uitvoeringsplannen: Uitvoeringsplan[];
}

/** Wat de plancheck van het nieuwe plan nodig heeft (een CyclusStand past). */
export interface StandMetTerugblik {
  prioriteiten: Prioriteit[];
  terugblik?: Terugblik | null | undefined;
}

export const periodeTekst = (start: number | null, einde: number | null): string => (start !== null && einde !== null ? `${start}-${einde}` : start !== null ? `vanaf ${start}` : '');

/** De laatste jaarmeting ('2027', niet een kwartaal) van een indicator: zijn eindwaarde; null zonder. */
export function eindmeting(ind: Pick<Indicator, 'metingen'>): { jaar: number; waarde: number } | null {
  const jaren = ind.metingen.filter((m) => /^\d{4}$/.test(m.periode.trim()) && Number.isFinite(m.waarde)).map((m) => ({ jaar: Number(m.periode.trim()), waarde: m.waarde }));
  return jaren.sort((a, b) => a.jaar - b.jaar).at(-1) ?? null;
}

/**
 * Eindwaarde tegenover eindstreefwaarde, in de vorm van de eindstreefwaarde (docs/indicatoren-rekenregels.md,
 * 'Terugblik: streefwaarde gehaald?'):
 * - waarde, reeks, relatief: de eindwaarde is minstens zo goed als het niveau (bij relatief het niveau
 *   dat uit de referentie volgt), in de richting van de indicator; gelijk is gehaald;
 * - plafond: niet boven het plafond; vloer: niet onder de vloer (ongeacht de richting);
 * - kwalitatief (afname, stabiel, toename): de trend van de referentie en de jaarmetingen tot en met de
 *   eindwaarde past bij de koers. Dat beslist de statusregel van de monitoring (beoordeelMeting) met
 *   alleen de eindstreefwaarde, zodat de terugblik en het dashboard hetzelfde zeggen.
 * Onbekend zonder jaarmeting of zonder streefwaarde, en bij kwalitatief als de trend niet te bepalen is.
 */
export function resultaatVan(ind: Indicator): Resultaat {
  const eind = eindmeting(ind);
  const doel = eindstreefwaarde(ind);
  if (!eind || !doel) return 'onbekend';
  switch (doel.soort ?? 'waarde') {
    case 'kwalitatief': {
      const periode = String(eind.jaar);
      const meting = ind.metingen.find((m) => m.periode.trim() === periode) ?? { periode, waarde: eind.waarde, toelichting: '' };
      const status = beoordeelMeting({ ...ind, streefwaarden: [doel] }, { ...meting, periode }, 'pad').status;
      return status === 'op-koers' ? 'gehaald' : status === 'achter' ? 'niet-gehaald' : 'onbekend';
    }
    case 'plafond':
      return eind.waarde <= doel.waarde ? 'gehaald' : 'niet-gehaald';
    case 'vloer':
      return eind.waarde >= doel.waarde ? 'gehaald' : 'niet-gehaald';
    default:
      return minstensZoGoed(eind.waarde, doel.waarde, ind.richting) ? 'gehaald' : 'niet-gehaald';
  }
}

export function terugblikIndicator(ind: Indicator, opvolgerId: string | null = null): TerugblikIndicator {
  return {
    id: ind.id,
    opvolgerId,
    naam: ind.naam,
    eenheid: ind.eenheid,
    richting: ind.richting,
    referentiejaar: ind.referentiejaar,
    referentiewaarde: ind.referentiewaarde,
    eindwaarde: eindmeting(ind),
    eindstreefwaarde: eindstreefwaarde(ind),
    resultaat: resultaatVan(ind),
    vertrouwelijk: ind.vertrouwelijk === true,
  };
}

/**
 * De indicator zoals het nieuwe plan hem overneemt: de eindwaarde wordt de referentie (zonder
 * jaarmeting blijft de oude referentie), zonder streefwaarden en metingen, nog bij geen prioriteit.
 * Naam, bron, aard, eenheid, richting, thema en meetreeks blijven; de bron zegt waar hij vandaan komt.
 */
export function opvolgIndicator(ind: Indicator, voorganger: { naam: string }): Omit<Indicator, 'id' | 'eigenaarId' | 'metingen' | 'vertrouwelijk'> {
  const eind = eindmeting(ind);
  const herkomst = eind ? `referentie = eindwaarde ${eind.jaar} uit ${voorganger.naam}` : `referentie overgenomen uit ${voorganger.naam} (geen jaarmeting)`;
  const bronToelichting = [ind.bronToelichting.trim(), herkomst].filter(Boolean).join('; ').slice(0, 2000);
  return {
    naam: ind.naam,
    prioriteitId: null,
    themaId: ind.themaId,
    ...(ind.overkoepelend === true && ind.prioriteitId === null ? { overkoepelend: true } : {}),
    bron: ind.bron,
    bronToelichting,
    aard: ind.aard,
    eenheid: ind.eenheid,
    richting: ind.richting,
    referentiejaar: eind ? eind.jaar : ind.referentiejaar,
    referentiewaarde: eind ? eind.waarde : ind.referentiewaarde,
    streefwaarden: [],
    reeks: ind.reeks ?? null,
  };
}

/**
 * De maatregelen per prioriteit over alle uitvoeringsplannen: een maatregel die doorloopt (zelfde id
 * in een vervolgplan) telt één keer, met de status uit het laatste plan en de output van alle jaren.
 */
function maatregelenPerPrioriteit(plannen: readonly Uitvoeringsplan[]): Map<string | null, TerugblikMaatregel[]> {
  const perId = new Map<string, TerugblikMaatregel & { prioriteitId: string | null }>();
  for (const plan of [...plannen].sort((a, b) => a.jaar - b.jaar)) {
    for (const a of plan.actiepunten) {
      for (const m of a.maatregelen) {
        const vorig = perId.get(m.id);
        const som = (veld: 'gepland' | 'gerealiseerd') => {
          const waarden = (m.prestaties ?? []).map((p) => p[veld]).filter((x): x is number => typeof x === 'number');
          const hier = waarden.length > 0 ? waarden.reduce((s, x) => s + x, 0) : null;
          const eerder = vorig?.[veld] ?? null;
          return hier === null ? eerder : (eerder ?? 0) + hier;
        };
        perId.set(m.id, {
          id: m.id,
          naam: m.naam,
          status: maatregelStatus(m.status),
          jaar: plan.jaar,
          prestatieIndicator: m.prestatieIndicator ?? '',
          gepland: som('gepland'),
          gerealiseerd: som('gerealiseerd'),
          vertrouwelijk: m.vertrouwelijk === true,
          prioriteitId: a.prioriteitId,
        });
      }
    }
  }
  const uit = new Map<string | null, TerugblikMaatregel[]>();
  for (const { prioriteitId, ...m } of perId.values()) uit.set(prioriteitId, [...(uit.get(prioriteitId) ?? []), m]);
  return uit;
}

/**
 * De terugblik van een opvolger uit de stand van het vorige plan, met het laatste jaarbeeld en de
 * bevindingen van de evaluatie (beide mogen ontbreken). `opvolgers`: oud indicator-id -> nieuw id.
 */
export function terugblikUit(input: {
  voorganger: { id: string; naam: string; periodeStart: number | null; periodeEinde: number | null };
  stand: VorigeStand;
  jaarbeeld?: Terugblik['jaarbeeld'] | undefined;
  evaluatie?: Terugblik['evaluatie'] | undefined;
  opvolgers?: ReadonlyMap<string, string> | undefined;
}): Terugblik {
  const { stand } = input;
  const indicatoren = stand.indicatoren ?? [];
  const maatregelen = maatregelenPerPrioriteit(stand.uitvoeringsplannen);
  const ids = new Set(stand.prioriteiten.map((p) => p.id));
  const tb = (i: Indicator) => terugblikIndicator(i, input.opvolgers?.get(i.id) ?? null);
  return {
    voorganger: { id: input.voorganger.id, naam: input.voorganger.naam, periode: periodeTekst(input.voorganger.periodeStart, input.voorganger.periodeEinde) },
    prioriteiten: stand.prioriteiten.map((p) => ({
      id: p.id,
      titel: p.titel,
      themaIds: [...p.themaIds],
      doel: stand.ivp.prioriteiten[p.id]?.doel.trim() ?? '',
      indicatoren: indicatoren.filter((i) => i.prioriteitId === p.id).map(tb),
      maatregelen: maatregelen.get(p.id) ?? [],
    })),
    overigeIndicatoren: indicatoren.filter((i) => i.prioriteitId === null || !ids.has(i.prioriteitId)).map(tb),
    jaarbeeld: input.jaarbeeld ?? null,
    evaluatie: input.evaluatie && input.evaluatie.bevindingen.length > 0 ? input.evaluatie : null,
    vervallenPrioriteiten: {},
  };
}

/**
 * Prioriteiten van het vorige plan die niet terugkomen: geen van hun thema's staat onder een nieuwe
 * prioriteit (een smallere voortzetting telt als voortgezet), en zonder thema's is er geen nieuwe met
 * dezelfde titel. Zolang het nieuwe plan nog geen prioriteiten heeft, is er niets vervallen.
 */
export function vervallenPrioriteiten(t: Pick<Terugblik, 'prioriteiten'>, nieuw: readonly Prioriteit[]): TerugblikPrioriteit[] {
  if (nieuw.length === 0) return [];
  const themas = new Set(nieuw.flatMap((p) => p.themaIds));
  const titels = new Set(nieuw.map((p) => p.titel.trim().toLowerCase()));
  return t.prioriteiten.filter((oud) => (oud.themaIds.length > 0 ? !oud.themaIds.some((id) => themas.has(id)) : !titels.has(oud.titel.trim().toLowerCase())));
}

/**
 * De waarschuwing van de plancheck: per prioriteit van het vorige plan die niet terugkomt en waarbij
 * in de terugblik geen reden staat. Geen terugblik (geen opvolger): geen bevindingen.
 */
export function opvolgingBevindingen(stand: StandMetTerugblik): Bevinding[] {
  const t = stand.terugblik;
  if (!t) return [];
  return vervallenPrioriteiten(t, stand.prioriteiten)
    .filter((p) => !(t.vervallenPrioriteiten[p.id] ?? '').trim())
    .map((p) => ({
      ernst: 'waarschuwing' as const,
      code: 'opvolging.prioriteit-vervallen',
      document: 'ivp' as const,
      melding: `De prioriteit '${p.titel}' van het vorige plan (${t.voorganger.naam}) komt niet terug in de nieuwe prioriteiten, en er staat niet bij waarom. Schrijf in de terugblik waarom zij vervalt, of neem haar thema's weer op.`,
      plek: `terugblik#vervallen-${p.id}`,
    }));
}

/** Wat een lid zonder toegang vertrouwelijk van de terugblik ziet: de vertrouwelijke indicatoren en maatregelen bestaan voor hem niet. */
export function zichtbareTerugblik(t: Terugblik, vertrouwelijkToegang: boolean): Terugblik {
  if (vertrouwelijkToegang) return t;
  return {
    ...t,
    prioriteiten: t.prioriteiten.map((p) => ({ ...p, indicatoren: p.indicatoren.filter((i) => !i.vertrouwelijk), maatregelen: p.maatregelen.filter((m) => !m.vertrouwelijk) })),
    overigeIndicatoren: t.overigeIndicatoren.filter((i) => !i.vertrouwelijk),
  };
}

const getal = (w: number | null, eenheid?: Eenheid) => (w === null ? '–' : formatGetal(w, eenheid));
const themaNamen = (ids: readonly string[]) => ids.map((id) => `${id} ${vindThema(id)?.naam ?? ''}`.trim()).join(', ');

/**
 * De eindstreefwaarde in de vorm van het plan, met het jaar: '170 (2030)', 'afname (2030)', 'niet
 * boven 5 (2030)', 'minimaal 80 % (2030)', bij relatief het niveau met de vorm: '380 (2030; −2 % per jaar)'.
 */
export function eindstreefCel(s: Streefwaarde, eenheid: Eenheid): string {
  const soort = s.soort ?? 'waarde';
  if (soort === 'waarde' || soort === 'reeks') return `${getal(s.waarde, eenheid)} (${s.jaar})`;
  if (soort === 'relatief') return `${getal(s.waarde, eenheid)} (${s.jaar}; ${formatStreefwaarde(s, eenheid)})`;
  return `${formatStreefwaarde(s, eenheid)} (${s.jaar})`;
}

export function indicatorRij(i: TerugblikIndicator): string[] {
  return [
    `${i.naam} (${eenheidNamen[i.eenheid]})`,
    i.referentiejaar !== null ? `${getal(i.referentiewaarde, i.eenheid)} (${i.referentiejaar})` : '–',
    i.eindwaarde ? `${getal(i.eindwaarde.waarde, i.eenheid)} (${i.eindwaarde.jaar})` : 'Geen jaarmeting',
    i.eindstreefwaarde ? eindstreefCel(i.eindstreefwaarde, i.eenheid) : '–',
    resultaatNamen[i.resultaat],
  ];
}

export function maatregelRij(m: TerugblikMaatregel): string[] {
  const output = m.gepland === null && m.gerealiseerd === null ? m.prestatieIndicator || '–' : `Gepland ${getal(m.gepland)}, gerealiseerd ${getal(m.gerealiseerd)}${m.prestatieIndicator ? ` (${m.prestatieIndicator})` : ''}`;
  return [m.naam, String(m.jaar), maatregelStatusNamen[m.status], output];
}

export const indicatorKolommen = ['Indicator', 'Referentie', 'Eindwaarde', 'Eindstreefwaarde', 'Resultaat'];
export const maatregelKolommen = ['Maatregel', 'Laatste jaar', 'Status', 'Output gepland / gerealiseerd'];

/**
 * De terugblik als blokken voor de veiligheidsanalyse (het document gaat naar iedereen: zonder
 * vertrouwelijke indicatoren en maatregelen). Koppen zonder nummer; de plek in het document kiest de aanroeper.
 */
export function terugblikBlokken(volledig: Terugblik): Blok[] {
  const t = zichtbareTerugblik(volledig, false);
  const kop = (niveau: 1 | 2 | 3, tekst: string): Blok => ({ soort: 'kop', niveau, nummer: null, tekst });
  const blokken: Blok[] = [
    kop(1, `Terugblik op ${t.voorganger.naam}`),
    {
      soort: 'alinea',
      tekst: `Deze analyse kijkt terug op wat het vorige plan${t.voorganger.periode ? ` (${t.voorganger.periode})` : ''} bereikte: per prioriteit de effectindicatoren van referentie tot eindwaarde, tegenover de eindstreefwaarde, en hoe de maatregelen afliepen. Zo vervangt de terugblik een aparte evaluatie.`,
    },
  ];
  for (const p of t.prioriteiten) {
    blokken.push(kop(2, `Prioriteit: ${p.titel}`));
    const regels = [p.themaIds.length > 0 ? `Thema's: ${themaNamen(p.themaIds)}.` : '', p.doel ? `Doel: ${p.doel}` : ''].filter(Boolean);
    if (regels.length > 0) blokken.push({ soort: 'alinea', tekst: regels.join('\n\n') });
    blokken.push(
      p.indicatoren.length > 0
        ? { soort: 'tabel', bijschrift: `Bereikt: ${p.titel}`, kolommen: indicatorKolommen, rijen: p.indicatoren.map(indicatorRij) }
        : { soort: 'leeg', tekst: 'Deze prioriteit had geen effectindicatoren.' },
    );
    if (p.maatregelen.length > 0) blokken.push({ soort: 'tabel', bijschrift: `Maatregelen: ${p.titel}`, kolommen: maatregelKolommen, rijen: p.maatregelen.map(maatregelRij) });
    const reden = t.vervallenPrioriteiten[p.id]?.trim();
    if (reden) blokken.push({ soort: 'alinea', tekst: `Waarom deze prioriteit niet terugkomt: ${reden}` });
  }
  if (t.overigeIndicatoren.length > 0) {
    blokken.push(kop(2, "Strategische doelstelling en overige thema's"));
    blokken.push({ soort: 'tabel', bijschrift: "Bereikt: strategische doelstelling en overige thema's", kolommen: indicatorKolommen, rijen: t.overigeIndicatoren.map(indicatorRij) });
  }
  if (t.jaarbeeld) {
    blokken.push(kop(2, t.jaarbeeld.titel));
    blokken.push({ soort: 'alinea', tekst: t.jaarbeeld.samenvatting });
  }
  if (t.evaluatie) {
    blokken.push(kop(2, t.evaluatie.titel));
    blokken.push({ soort: 'tabel', bijschrift: `Bevindingen: ${t.evaluatie.titel}`, kolommen: ['Norm', 'Oordeel', 'Toelichting'], rijen: t.evaluatie.bevindingen.map((b) => [b.norm, b.oordeel, b.toelichting]) });
  }
  return blokken;
}
