/**
 * De regionale streeftabel (issue 17, punt 1) in de vorm van de bijlage van het Rotterdamse plan:
 * per regionale indicator de regionale referentie en streefwaarden per jaar, met de kolom 'Hoort bij'
 * (het regionale thema), en daaronder per gemeente de lokale indicator die eraan hangt met haar eigen
 * referentie, streefwaarden en metingen. Zuiver.
 */
import type { DocumentModel } from '../cyclus/document.ts';
import { formatGetal, formatMetEenheid } from '../monitoring/getallen.ts';
import { beoordeelMetingen, streefcellen } from '../monitoring/indicatoren.ts';
import { type Beoordeling, type Indicator, type IndicatorStatus, statusNamen } from '../monitoring/typen.ts';

export interface Regel {
  naam: string;
  eenheid: string;
  referentie: string;
  /** De referentie als getal (voor de grafiek als index, referentie = 100); null zonder referentie. */
  referentiejaar: number | null;
  referentiewaarde: number | null;
  /** Per jaar de streefwaarde in de vorm van het plan ('' als er geen is). */
  streef: Record<number, string>;
  /** Per jaar de meting ('' als er geen is). */
  meting: Record<number, string>;
  /** Per jaar de waarde als getal (voor de grafiek), null zonder meting. */
  waarden: Record<number, number | null>;
  /** De laatste meting met haar oordeel tegen de eigen streefwaarden. */
  status: IndicatorStatus;
  statusTekst: string;
}

export interface LokaleRegel extends Regel {
  gemeentecode: string;
  gemeentenaam: string;
  werkruimteId: string;
  indicatorId: string;
}

export interface RegionaleRij extends Regel {
  indicatorId: string;
  hoortBij: string;
  lokaal: LokaleRegel[];
}

export interface RegionaleStreeftabel {
  jaren: number[];
  rijen: RegionaleRij[];
}

function jarenVan(ind: Indicator): number[] {
  const uit = new Set<number>();
  for (const c of streefcellen(ind)) uit.add(c.jaar);
  for (const m of ind.metingen) if (/^\d{4}$/.test(m.periode)) uit.add(Number(m.periode));
  return [...uit];
}

function regel(ind: Indicator, beoordeling: Beoordeling): Regel {
  const streef: Record<number, string> = {};
  // In the plan's form, every year of a series, a relative target with the level it comes to.
  for (const c of streefcellen(ind)) streef[c.jaar] = c.niveau !== null ? `${c.tekst} (${c.niveau})` : c.tekst;
  const meting: Record<number, string> = {};
  const waarden: Record<number, number | null> = {};
  for (const m of ind.metingen) {
    if (!/^\d{4}$/.test(m.periode)) continue;
    meting[Number(m.periode)] = formatGetal(m.waarde, ind.eenheid);
    waarden[Number(m.periode)] = m.waarde;
  }
  const beoordeeld = beoordeelMetingen(ind, beoordeling).filter((m) => /^\d{4}$/.test(m.periode));
  const laatste = beoordeeld[beoordeeld.length - 1];
  const status: IndicatorStatus = laatste?.status ?? 'onbekend';
  return {
    naam: ind.naam,
    eenheid: ind.eenheid,
    referentiejaar: ind.referentiejaar,
    referentiewaarde: ind.referentiewaarde,
    referentie: ind.referentiejaar !== null && ind.referentiewaarde !== null ? `${formatMetEenheid(ind.referentiewaarde, ind.eenheid, { noemer: ind.noemer ?? null })} (${ind.referentiejaar})` : '-',
    streef,
    meting,
    waarden,
    status,
    statusTekst: laatste ? `${statusNamen[status]} in ${laatste.periode}` : 'Nog geen jaarmeting',
  };
}

export function regionaleStreeftabel(input: {
  indicatoren: readonly Indicator[];
  /** De regionale thema's (de prioriteiten van de regionale werkruimte). */
  themas: readonly { id: string; titel: string }[];
  gekoppeld: readonly { werkruimteId: string; gemeentecode: string; gemeentenaam: string; indicator: Indicator }[];
  beoordeling: Beoordeling;
}): RegionaleStreeftabel {
  const titel = new Map(input.themas.map((t) => [t.id, t.titel] as const));
  const jaren = new Set<number>();
  const rijen = input.indicatoren.map((ind): RegionaleRij => {
    jarenVan(ind).forEach((j) => jaren.add(j));
    const lokaal = input.gekoppeld
      .filter((g) => g.indicator.regioKoppeling?.indicatorId === ind.id)
      .map((g): LokaleRegel => {
        jarenVan(g.indicator).forEach((j) => jaren.add(j));
        return { ...regel(g.indicator, input.beoordeling), gemeentecode: g.gemeentecode, gemeentenaam: g.gemeentenaam, werkruimteId: g.werkruimteId, indicatorId: g.indicator.id };
      });
    return {
      ...regel(ind, input.beoordeling),
      indicatorId: ind.id,
      hoortBij: ind.prioriteitId ? (titel.get(ind.prioriteitId) ?? '-') : ind.overkoepelend ? 'Het hele plan' : '-',
      lokaal,
    };
  });
  return { jaren: [...jaren].sort((a, b) => a - b), rijen };
}

/** Als document: één tabel, de regio in de eerste regel van elke indicator, de gemeenten eronder. */
export function regionaleStreeftabelDocument(input: { regionaam: string; periode: string }, t: RegionaleStreeftabel): DocumentModel {
  const kolommen = ['Indicator', 'Hoort bij', 'Voor', 'Referentie', ...t.jaren.map(String)];
  const rijen: string[][] = [];
  for (const r of t.rijen) {
    rijen.push([r.naam, r.hoortBij, 'Regio', r.referentie, ...t.jaren.map((j) => [r.streef[j], r.meting[j] ? `gemeten ${r.meting[j]}` : ''].filter(Boolean).join('; ') || '-')]);
    for (const l of r.lokaal) {
      rijen.push([`  ${l.naam}`, '', l.gemeentenaam, l.referentie, ...t.jaren.map((j) => [l.streef[j], l.meting[j] ? `gemeten ${l.meting[j]}` : ''].filter(Boolean).join('; ') || '-')]);
    }
  }
  return {
    soort: 'streeftabel',
    titel: 'Regionale streefwaarden',
    ondertitel: `${input.regionaam}${input.periode ? ` ${input.periode}` : ''}`,
    gemeente: input.regionaam,
    periode: input.periode,
    status: '',
    blokken: [
      { soort: 'kop', niveau: 1, nummer: null, tekst: 'Regionale streefwaarden per jaar, met de gemeenten' },
      // The explanation is in the caption: a wide table stands on a landscape page with its caption.
      {
        soort: 'tabel',
        bijschrift:
          'Regionale en lokale streefwaarden. Per regionale indicator eerst de regio, dan elke gemeente met een eigen indicator die bij deze regionale streefwaarde hoort, met haar eigen referentie, streefwaarden en metingen.',
        kolommen,
        rijen,
      },
    ],
  };
}
