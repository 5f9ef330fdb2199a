/**
 * De stapelmatrix van een regio (issue 17, punt 1): de prioriteiten van de lidgemeenten naast de
 * regionale thema's en de 22 thema's, met tellingen, de gemeenten per cel en de hiaten. Zuiver.
 *
 * Een lokale prioriteit hoort bij een regionaal thema als ze een thema of strategisch thema delen.
 * Thema's komen van de gemeente zelf (met de hand gekoppeld). Een strategisch thema kan een gemeente
 * in haar prioriteiten niet kiezen; dat leest Kernplan uit de titel (de classificatie van issue 17,
 * punt 4) als de beste suggestie een strategisch thema is met zekerheid van ten minste
 * ZEKERHEID_DREMPEL. Zo'n koppeling staat in de matrix als 'gelezen uit de titel'. Een prioriteit
 * zonder enig thema (een ingelezen lijst) krijgt de beste suggestie boven de drempel.
 */
import { classificeer, type Suggestie } from '../classificatie/classifier.ts';
import type { DocumentModel } from '../cyclus/document.ts';
import { strategischeThemas, themas, velden } from '../kennisbank/kennisbank.ts';
import type { RegioThema } from './regio.ts';

export const ZEKERHEID_DREMPEL = 0.5;

export type PlanStatus = 'vastgesteld' | 'concept' | 'niet-gedeeld' | 'geen-plan';

export const planStatusNamen: Record<PlanStatus, string> = {
  vastgesteld: 'vastgesteld door de raad',
  concept: 'concept, gedeeld met de regio',
  'niet-gedeeld': 'in voorbereiding, niet gedeeld',
  'geen-plan': 'geen plan in Kernplan',
};

export interface LokalePrioriteitInvoer {
  id: string;
  titel: string;
  themaIds: string[];
}

export interface LokaalPlan {
  gemeentecode: string;
  gemeentenaam: string;
  status: PlanStatus;
  /** De werkruimte van het plan, als er een is; de link is alleen bruikbaar voor haar leden. */
  werkruimteId: string | null;
  werkruimteNaam: string | null;
  /** ISO-datum van het raadsbesluit bij 'vastgesteld'. */
  vastgesteldOp: string | null;
  /** Leeg bij 'niet-gedeeld' en 'geen-plan'. */
  prioriteiten: LokalePrioriteitInvoer[];
}

export interface Koppeling {
  /** Thema-id ('5.2') of strategisch-thema-id. */
  id: string;
  /** 'hand': door de gemeente gekoppeld; 'titel': door Kernplan uit de titel gelezen. */
  herkomst: 'hand' | 'titel';
  zekerheid: number | null;
}

export interface LokalePrioriteit {
  gemeentecode: string;
  gemeentenaam: string;
  werkruimteId: string | null;
  status: PlanStatus;
  id: string;
  titel: string;
  koppelingen: Koppeling[];
  /** De suggesties van de classificatie (voor wie wil zien waarom). */
  suggesties: Suggestie[];
  /** Regionale thema's waar deze prioriteit onder valt. */
  regiothemaIds: string[];
}

export interface Cel {
  gemeentecode: string;
  gemeentenaam: string;
  prioriteiten: { id: string; titel: string; gelezen: boolean }[];
}

export interface Stapelrij {
  id: string;
  naam: string;
  soort: 'regiothema' | 'thema' | 'strategisch-thema';
  /** Bij een regionaal thema: de thema's en strategische thema's waarop het rust. */
  koppelingen: string[];
  /** Aantal gemeenten met een prioriteit op deze rij. */
  aantal: number;
  gemeenten: Cel[];
  /** Bij een thema: de regionale thema's die het omvatten (leeg: een gat aan regionale kant). */
  regiothemaIds: string[];
}

export interface Stapeling {
  /** Aantal lidgemeenten en hoeveel daarvan een vastgesteld of gedeeld plan hebben. */
  gemeenten: { totaal: number; metPlan: number; vastgesteld: number; concept: number };
  plannen: { gemeentecode: string; gemeentenaam: string; status: PlanStatus; werkruimteId: string | null; werkruimteNaam: string | null; vastgesteldOp: string | null; aantalPrioriteiten: number }[];
  regiothemas: Stapelrij[];
  themas: Stapelrij[];
  prioriteiten: LokalePrioriteit[];
  hiaten: {
    /** Regionale thema's die geen enkele lidgemeente prioriteert. */
    regiothemasZonderGemeente: { id: string; titel: string }[];
    /** Lokale prioriteiten zonder regionaal thema ernaast. */
    lokaalZonderRegio: { gemeentecode: string; gemeentenaam: string; id: string; titel: string; koppelingen: string[] }[];
    /** Gemeenten waarvan de regio (nog) geen prioriteiten ziet. */
    gemeentenZonderPlan: { gemeentecode: string; gemeentenaam: string; status: PlanStatus }[];
  };
}

const themaNaam = new Map<string, string>([...themas.map((t) => [t.id, t.naam] as const), ...strategischeThemas.map((s) => [s.id, s.naam] as const)]);
export const naamVanKoppeling = (id: string): string => (themaNaam.has(id) ? `${/^\d/.test(id) ? `${id} ` : ''}${themaNaam.get(id)}` : id);

/** De koppelingen van één lokale prioriteit: met de hand gekozen thema's, aangevuld uit de titel. */
export function koppelingenVan(p: LokalePrioriteitInvoer): { koppelingen: Koppeling[]; suggesties: Suggestie[] } {
  const suggesties = classificeer(p.titel).suggesties;
  const koppelingen: Koppeling[] = p.themaIds.map((id) => ({ id, herkomst: 'hand', zekerheid: null }));
  const beste = suggesties[0];
  if (beste && beste.zekerheid >= ZEKERHEID_DREMPEL && !koppelingen.some((k) => k.id === beste.id)) {
    // Zonder thema's van de gemeente telt de beste suggestie; met thema's alleen een strategisch thema.
    if (koppelingen.length === 0 || beste.soort === 'strategisch-thema') koppelingen.push({ id: beste.id, herkomst: 'titel', zekerheid: beste.zekerheid });
  }
  return { koppelingen, suggesties };
}

function cellen(prioriteiten: readonly LokalePrioriteit[], past: (p: LokalePrioriteit) => Koppeling | undefined): Cel[] {
  const perGemeente = new Map<string, Cel>();
  for (const p of prioriteiten) {
    const k = past(p);
    if (!k) continue;
    const cel = perGemeente.get(p.gemeentecode) ?? { gemeentecode: p.gemeentecode, gemeentenaam: p.gemeentenaam, prioriteiten: [] };
    cel.prioriteiten.push({ id: p.id, titel: p.titel, gelezen: k.herkomst === 'titel' });
    perGemeente.set(p.gemeentecode, cel);
  }
  return [...perGemeente.values()].sort((a, b) => a.gemeentenaam.localeCompare(b.gemeentenaam, 'nl'));
}

export function stapel(regiothemas: readonly RegioThema[], plannen: readonly LokaalPlan[]): Stapeling {
  const koppelingenVanRegiothema = (r: RegioThema) => [...r.themaIds, ...(r.strategischeIds ?? [])];
  const prioriteiten: LokalePrioriteit[] = plannen.flatMap((plan) =>
    plan.prioriteiten.map((p) => {
      const { koppelingen, suggesties } = koppelingenVan(p);
      const ids = new Set(koppelingen.map((k) => k.id));
      return {
        gemeentecode: plan.gemeentecode,
        gemeentenaam: plan.gemeentenaam,
        werkruimteId: plan.werkruimteId,
        status: plan.status,
        id: p.id,
        titel: p.titel,
        koppelingen,
        suggesties,
        regiothemaIds: regiothemas.filter((r) => koppelingenVanRegiothema(r).some((id) => ids.has(id))).map((r) => r.id),
      };
    }),
  );

  const regiorijen: Stapelrij[] = regiothemas.map((r) => {
    const eigen = new Set(koppelingenVanRegiothema(r));
    const gemeenten = cellen(prioriteiten, (p) => p.koppelingen.find((k) => eigen.has(k.id)));
    return { id: r.id, naam: r.titel, soort: 'regiothema', koppelingen: [...eigen], aantal: gemeenten.length, gemeenten, regiothemaIds: [] };
  });

  const themarijen: Stapelrij[] = [
    ...velden.flatMap((v) => themas.filter((t) => t.veld === v.nummer)).map((t) => ({ id: t.id, naam: t.naam, soort: 'thema' as const })),
    ...strategischeThemas.map((s) => ({ id: s.id, naam: s.naam, soort: 'strategisch-thema' as const })),
  ].map((t) => {
    const gemeenten = cellen(prioriteiten, (p) => p.koppelingen.find((k) => k.id === t.id));
    return { ...t, koppelingen: [], aantal: gemeenten.length, gemeenten, regiothemaIds: regiothemas.filter((r) => koppelingenVanRegiothema(r).includes(t.id)).map((r) => r.id) };
  });

  const zichtbaar = plannen.filter((p) => p.status === 'vastgesteld' || p.status === 'concept');
  return {
    gemeenten: {
      totaal: plannen.length,
      metPlan: zichtbaar.length,
      vastgesteld: plannen.filter((p) => p.status === 'vastgesteld').length,
      concept: plannen.filter((p) => p.status === 'concept').length,
    },
    plannen: [...plannen]
      .sort((a, b) => a.gemeentenaam.localeCompare(b.gemeentenaam, 'nl'))
      .map((p) => ({ gemeentecode: p.gemeentecode, gemeentenaam: p.gemeentenaam, status: p.status, werkruimteId: p.werkruimteId, werkruimteNaam: p.werkruimteNaam, vastgesteldOp: p.vastgesteldOp, aantalPrioriteiten: p.prioriteiten.length })),
    regiothemas: regiorijen,
    themas: themarijen,
    prioriteiten,
    hiaten: {
      regiothemasZonderGemeente: regiorijen.filter((r) => r.aantal === 0).map((r) => ({ id: r.id, titel: r.naam })),
      lokaalZonderRegio: prioriteiten
        .filter((p) => p.regiothemaIds.length === 0)
        .map((p) => ({ gemeentecode: p.gemeentecode, gemeentenaam: p.gemeentenaam, id: p.id, titel: p.titel, koppelingen: p.koppelingen.map((k) => k.id) })),
      gemeentenZonderPlan: plannen
        .filter((p) => p.status === 'niet-gedeeld' || p.status === 'geen-plan')
        .map((p) => ({ gemeentecode: p.gemeentecode, gemeentenaam: p.gemeentenaam, status: p.status }))
        .sort((a, b) => a.gemeentenaam.localeCompare(b.gemeentenaam, 'nl')),
    },
  };
}

const celTekst = (c: Cel) => `${c.gemeentenaam}: ${c.prioriteiten.map((p) => `${p.titel}${p.gelezen ? ' (gelezen uit de titel)' : ''}`).join('; ')}`;

/** CSV (puntkomma, UTF-8 met BOM, zoals Excel in Nederland het opent): één regel per rij x gemeente. */
export function stapelingCsv(s: Stapeling): string {
  const veld = (x: string | number) => {
    const t = String(x);
    return /[";\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  const regels: string[] = [['soort', 'id', 'naam', 'aantal_gemeenten', 'gemeentecode', 'gemeente', 'prioriteit', 'gelezen_uit_titel', 'status_plan'].join(';')];
  const statusVan = new Map(s.plannen.map((p) => [p.gemeentecode, p.status] as const));
  for (const r of [...s.regiothemas, ...s.themas]) {
    if (r.gemeenten.length === 0) {
      regels.push([r.soort, r.id, r.naam, 0, '', '', '', '', ''].map(veld).join(';'));
      continue;
    }
    for (const c of r.gemeenten) {
      for (const p of c.prioriteiten) {
        regels.push([r.soort, r.id, r.naam, r.aantal, c.gemeentecode, c.gemeentenaam, p.titel, p.gelezen ? 'ja' : 'nee', statusVan.get(c.gemeentecode) ?? ''].map(veld).join(';'));
      }
    }
  }
  return `\uFEFF${regels.join('\r\n')}\r\n`;
}

/** De stapelmatrix als document (Word): overzicht, regionale thema's, de 22 thema's, hiaten. */
export function stapelingDocument(input: { regionaam: string; periode: string; stand: string }, s: Stapeling): DocumentModel {
  const themarijen = s.themas.filter((t) => t.aantal > 0 || t.regiothemaIds.length > 0);
  const regioNaam = new Map(s.regiothemas.map((r) => [r.id, r.naam] as const));
  return {
    soort: 'stapeling',
    titel: 'Stapeling van de lokale prioriteiten',
    ondertitel: `${input.regionaam}${input.periode ? ` ${input.periode}` : ''}`,
    gemeente: input.regionaam,
    periode: input.periode,
    status: input.stand,
    blokken: [
      { soort: 'kop', niveau: 1, nummer: '1', tekst: 'De lidgemeenten en hun plannen' },
      {
        soort: 'alinea',
        tekst: `Van de ${s.gemeenten.totaal} lidgemeenten ziet de regio de prioriteiten van ${s.gemeenten.metPlan}: ${s.gemeenten.vastgesteld} uit een vastgesteld IVP en ${s.gemeenten.concept} uit een concept dat de gemeente met de regio deelt.`,
      },
      {
        soort: 'tabel',
        bijschrift: 'Plannen van de lidgemeenten',
        kolommen: ['Gemeente', 'Plan', 'Stand', 'Prioriteiten'],
        rijen: s.plannen.map((p) => [p.gemeentenaam, p.werkruimteNaam ?? '-', `${planStatusNamen[p.status]}${p.vastgesteldOp ? ` (${p.vastgesteldOp})` : ''}`, String(p.aantalPrioriteiten)]),
      },
      { soort: 'kop', niveau: 1, nummer: '2', tekst: "De regionale thema's" },
      {
        soort: 'tabel',
        bijschrift: "Regionale thema's en de gemeenten die er een prioriteit op hebben",
        kolommen: ['Regionaal thema', 'Rust op', 'Aantal gemeenten', 'Gemeenten en hun prioriteiten'],
        rijen: s.regiothemas.map((r) => [r.naam, r.koppelingen.map(naamVanKoppeling).join(', '), String(r.aantal), r.gemeenten.map(celTekst).join(' | ') || 'geen enkele lidgemeente']),
      },
      { soort: 'kop', niveau: 1, nummer: '3', tekst: "De 22 thema's en de strategische thema's" },
      {
        soort: 'tabel',
        bijschrift: "Thema's met ten minste één lokale prioriteit of een regionaal thema",
        kolommen: ['Thema', 'Aantal gemeenten', 'Gemeenten', 'Regionaal thema'],
        rijen: themarijen.map((t) => [naamVanKoppeling(t.id), String(t.aantal), t.gemeenten.map((c) => c.gemeentenaam).join(', ') || '-', t.regiothemaIds.map((id) => regioNaam.get(id) ?? id).join(', ') || 'geen']),
      },
      { soort: 'kop', niveau: 1, nummer: '4', tekst: 'Hiaten' },
      { soort: 'kop', niveau: 2, nummer: '4.1', tekst: "Regionale thema's zonder lokale prioriteit" },
      s.hiaten.regiothemasZonderGemeente.length
        ? { soort: 'lijst', items: s.hiaten.regiothemasZonderGemeente.map((r) => r.titel) }
        : { soort: 'alinea', tekst: "Elk regionaal thema heeft ten minste één gemeente met een prioriteit erop." },
      { soort: 'kop', niveau: 2, nummer: '4.2', tekst: 'Lokale prioriteiten zonder regionaal thema' },
      s.hiaten.lokaalZonderRegio.length
        ? { soort: 'tabel', bijschrift: 'Lokale prioriteiten zonder regionale tegenhanger', kolommen: ['Gemeente', 'Prioriteit', "Thema's"], rijen: s.hiaten.lokaalZonderRegio.map((p) => [p.gemeentenaam, p.titel, p.koppelingen.map(naamVanKoppeling).join(', ')]) }
        : { soort: 'alinea', tekst: 'Elke lokale prioriteit valt onder een regionaal thema.' },
      { soort: 'kop', niveau: 2, nummer: '4.3', tekst: 'Gemeenten zonder zichtbaar plan' },
      s.hiaten.gemeentenZonderPlan.length
        ? { soort: 'lijst', items: s.hiaten.gemeentenZonderPlan.map((g) => `${g.gemeentenaam}: ${planStatusNamen[g.status]}`) }
        : { soort: 'alinea', tekst: 'Van elke lidgemeente ziet de regio de prioriteiten.' },
      {
        soort: 'alinea',
        tekst: `Koppelingen met '(gelezen uit de titel)' koos de gemeente niet zelf: Kernplan las ze uit de titel van de prioriteit (zekerheid ten minste ${Math.round(ZEKERHEID_DREMPEL * 100)} %).`,
      },
    ],
  };
}
