/**
 * De beleidsketen per prioriteit (issue 19): probleem -> cijfers -> doel -> maatregelen -> output ->
 * effect, met de hiaten gemarkeerd. Zuiver, zonder I/O: leest alleen de stand van de cyclus.
 *
 * CONTRACT (vast, andere onderdelen bouwen hierop): de typen hieronder en `beleidsketen(stand)`.
 *
 * Wie de stand geeft, bepaalt wat er in de keten staat: de zichtbare stand van een lid (zonder wat hij
 * niet mag zien) of de openbare stand (documenten). Wat niet in de stand staat, bestaat voor de keten
 * niet, ook niet als koppeling: een maatregel die alleen aan een verborgen indicator hangt, beweegt
 * voor die lezer geen indicator. Zo verandert zijn keten niet als er iets verborgens verandert.
 */
import { vindMethode } from '../methoden/catalogus.ts';
import { beoordeelMetingen, eindstreefTekst, eindstreefwaarde, laatsteStatus, tijdstip } from '../monitoring/indicatoren.ts';
import { type Cijfer, type MaatregelStatus, volledigeMaatregel } from './inhoud.ts';
import type { CyclusStand } from './stand.ts';
import type { Beoordeling, Eenheid, Indicator, IndicatorStatus, Richting } from '../monitoring/typen.ts';

export const hiaatSoorten = [
  'probleem-zonder-analyse',
  'probleem-zonder-doel',
  'doel-niet-meetbaar',
  'doel-zonder-maatregel',
  'maatregel-zonder-indicator',
  'maatregel-zonder-probleem',
  'maatregel-zonder-onderbouwing',
  'indicator-zonder-maatregel',
] as const;
export type HiaatSoort = (typeof hiaatSoorten)[number];

export interface Hiaat {
  soort: HiaatSoort;
  /** In gewone taal, bv. 'De maatregel "Buurtpreventie-app" beweegt geen indicator.' */
  tekst: string;
  maatregelId?: string;
  /** Bij een hiaat van een maatregel: het jaar van zijn uitvoeringsplan (ids zijn uniek per plan). */
  jaar?: number;
  indicatorId?: string;
  themaId?: string;
}

/** Het probleem: de themasectie van de analyse waarop de prioriteit rust. */
export interface KetenProbleem {
  sleutel: string;
  themaId: string;
  titel: string;
  /** De eerste zinnen van de problematiek (platte tekst), leeg als de sectie leeg is. */
  samenvatting: string;
  cijfers: Cijfer[];
  /** Alleen in de keten van wie toegang vertrouwelijk heeft. (Altijd gezet door beleidsketen().) */
  vertrouwelijk?: boolean;
}

export interface KetenIndicator {
  id: string;
  naam: string;
  eenheid: Eenheid;
  /** Altijd gezet door beleidsketen(). */
  richting?: Richting;
  referentiejaar: number | null;
  referentiewaarde: number | null;
  /** De eindstreefwaarde, of null. */
  streefwaarde: { jaar: number; waarde: number } | null;
  /**
   * De eindstreefwaarde in de vorm van het plan ('afname', '−2 % per jaar (380)', 'niet boven 5'), of
   * null zonder streefwaarde. Altijd gezet door beleidsketen().
   */
  streeftekst?: string | null;
  laatsteMeting: { periode: string; waarde: number } | null;
  status: IndicatorStatus;
  /** Ids van de maatregelen die deze indicator moeten bewegen (uniek; dezelfde id kan in meer jaren staan). */
  maatregelIds: string[];
  /** Alleen in de keten van wie toegang vertrouwelijk heeft. (Altijd gezet door beleidsketen().) */
  vertrouwelijk?: boolean;
}

export interface KetenMaatregel {
  id: string;
  naam: string;
  jaar: number;
  status: MaatregelStatus;
  indicatorIds: string[];
  probleemSleutels: string[];
  methodeId: string | null;
  /** Altijd gezet door beleidsketen(). De naam van de methode uit de catalogus, of null (geen methode, of een id die de catalogus niet kent). */
  methodeNaam?: string | null;
  onderbouwing: string;
  /** De titel van het actiepunt waaronder de maatregel staat. */
  actiepunt?: string;
  /**
   * Alleen in de keten van wie toegang vertrouwelijk heeft. Deze drie velden (en die met een ? in de
   * typen hierboven) zet beleidsketen() altijd; optioneel zodat ketens die met de hand zijn gemaakt
   * (tests van andere gebieden) ze niet hoeven te noemen.
   */
  vertrouwelijk?: boolean;
  /** De output: de prestatie-indicator met gepland en gerealiseerd (som over de kwartalen, null = niets ingevuld). */
  output: { prestatieIndicator: string; gepland: number | null; gerealiseerd: number | null };
}

export interface KetenPrioriteit {
  id: string;
  titel: string;
  themaIds: string[];
  problemen: KetenProbleem[];
  /** Het kwalitatieve doel uit het IVP (leeg = geen doel). */
  doel: string;
  indicatoren: KetenIndicator[];
  maatregelen: KetenMaatregel[];
  hiaten: Hiaat[];
}

export interface Beleidsketen {
  prioriteiten: KetenPrioriteit[];
}

/**
 * Een indicator die met een streefwaarde in het IVP komt: niet vertrouwelijk, met een streefwaarde na
 * het referentiejaar. Hier en niet in de plancheck, die hem doorgeeft: de plancheck leest de keten.
 */
export function heeftStreefwaarde(i: Pick<Indicator, 'vertrouwelijk' | 'referentiejaar' | 'streefwaarden'>): boolean {
  return i.vertrouwelijk !== true && eindstreefwaarde(i) !== null;
}

/** Afkortingen waarna een punt geen zin afsluit. */
const AFKORTINGEN = /(?:^|[\s(])(?:bv|bijv|o\.a|t\.o\.v|ca|nr|m\.n|d\.w\.z|e\.d|i\.p\.v|m\.b\.t|z\.g|incl|excl|resp|vgl|jl)\.$/i;

/**
 * De eerste zinnen van een tekst als één regel: witruimte samengevoegd, hooguit `zinnen` zinnen en
 * ongeveer `maxTekens` tekens (dan afgebroken op een woord, met een beletselteken).
 */
export function eersteZinnen(tekst: string, zinnen = 2, maxTekens = 320): string {
  const plat = tekst.replace(/\s+/g, ' ').trim();
  if (!plat) return '';
  let eind = 0;
  let geteld = 0;
  const zinseinde = /[.!?]+["'”’)]*(?=\s|$)/g;
  for (let m = zinseinde.exec(plat); m; m = zinseinde.exec(plat)) {
    const tot = m.index + m[0].length;
    if (m[0].startsWith('.') && AFKORTINGEN.test(plat.slice(0, m.index + 1))) continue;
    eind = tot;
    if (++geteld >= zinnen) break;
  }
  let uit = geteld >= zinnen ? plat.slice(0, eind) : plat;
  if (uit.length > maxTekens) {
    const knip = uit.lastIndexOf(' ', maxTekens);
    uit = `${uit.slice(0, knip > maxTekens / 2 ? knip : maxTekens).replace(/[\s,;:.-]+$/, '')}…`;
  }
  return uit;
}

const som = (waarden: (number | null)[]): number | null => {
  const ingevuld = waarden.filter((w): w is number => w !== null && Number.isFinite(w));
  return ingevuld.length === 0 ? null : ingevuld.reduce((a, b) => a + b, 0);
};

function ketenIndicator(i: Indicator, beoordeling: Beoordeling, maatregelIds: string[]): KetenIndicator {
  const eind = eindstreefwaarde(i);
  const laatste = beoordeelMetingen({ ...i, metingen: i.metingen.filter((m) => tijdstip(m.periode) !== null) }, beoordeling).at(-1);
  return {
    id: i.id,
    naam: i.naam,
    eenheid: i.eenheid,
    richting: i.richting,
    referentiejaar: i.referentiejaar,
    referentiewaarde: i.referentiewaarde,
    streefwaarde: eind ? { jaar: eind.jaar, waarde: eind.waarde } : null,
    streeftekst: eindstreefTekst(i),
    laatsteMeting: laatste ? { periode: laatste.periode, waarde: laatste.waarde } : null,
    status: laatsteStatus(i, beoordeling),
    maatregelIds,
    vertrouwelijk: i.vertrouwelijk === true,
  };
}

export interface KetenOpties {
  /** Hoe metingen worden beoordeeld (instelling van de monitoring); standaard langs het pad. */
  beoordeling?: Beoordeling;
}

/** Per prioriteit de keten en haar hiaten, in de volgorde van de prioriteiten. */
export function beleidsketen(stand: CyclusStand, opties: KetenOpties = {}): Beleidsketen {
  const beoordeling = opties.beoordeling ?? 'pad';
  const secties = new Map(stand.secties.map((s) => [s.sleutel, s]));
  const indicatoren = stand.indicatoren ?? [];
  const bestaandeIndicatoren = new Set(indicatoren.map((i) => i.id));
  const plannen = [...stand.uitvoeringsplannen].sort((a, b) => a.jaar - b.jaar);

  const prioriteiten = stand.prioriteiten.map((p): KetenPrioriteit => {
    const hiaten: Hiaat[] = [];

    const problemen: KetenProbleem[] = [];
    for (const themaId of p.themaIds) {
      const sectie = secties.get(`thema-${themaId}`);
      // A section that is not in the stand does not exist for this reader (confidential): no problem, no gap.
      if (!sectie) continue;
      const probleem: KetenProbleem = {
        sleutel: sectie.sleutel,
        themaId,
        titel: sectie.titel,
        samenvatting: eersteZinnen(sectie.tekst),
        cijfers: sectie.analyse.cijfers,
        vertrouwelijk: sectie.vertrouwelijk,
      };
      problemen.push(probleem);
      if (!sectie.tekst.trim() && sectie.analyse.cijfers.length === 0) {
        hiaten.push({ soort: 'probleem-zonder-analyse', themaId, tekst: `Het thema ${sectie.titel} is nog niet geanalyseerd: de problematiek en de cijfers ontbreken.` });
      }
    }

    const doel = stand.ivp.prioriteiten[p.id]?.doel.trim() ?? '';
    const eigenIndicatoren = indicatoren.filter((i) => i.prioriteitId === p.id);
    const eigenIds = new Set(eigenIndicatoren.map((i) => i.id));
    const meetbaar = eigenIndicatoren.some(heeftStreefwaarde);
    if (!doel && !meetbaar) {
      hiaten.push({ soort: 'probleem-zonder-doel', tekst: 'Er staat geen doel in het IVP en er is geen effectindicator met streefwaarde: niet vastgelegd wat er moet veranderen.' });
    } else if (doel && !meetbaar) {
      hiaten.push({ soort: 'doel-niet-meetbaar', tekst: 'Het doel is niet meetbaar: geen effectindicator van deze prioriteit heeft een streefwaarde.' });
    }

    const maatregelen: KetenMaatregel[] = [];
    for (const plan of plannen) {
      for (const a of plan.actiepunten) {
        if (a.prioriteitId !== p.id) continue;
        for (const ruw of a.maatregelen) {
          const m = volledigeMaatregel(ruw);
          if (m.status === 'geschrapt') continue;
          const methode = m.methodeId ? vindMethode(m.methodeId) : undefined;
          maatregelen.push({
            id: m.id,
            naam: m.naam,
            jaar: plan.jaar,
            status: m.status,
            // Links to what this reader cannot see (or what no longer exists) do not count.
            indicatorIds: [...new Set(m.indicatorIds)].filter((id) => bestaandeIndicatoren.has(id)),
            probleemSleutels: [...new Set(m.probleemSleutels)].filter((s) => secties.has(s)),
            methodeId: m.methodeId,
            methodeNaam: methode?.naam ?? null,
            onderbouwing: m.onderbouwing.trim(),
            actiepunt: a.titel,
            vertrouwelijk: m.vertrouwelijk,
            output: {
              prestatieIndicator: m.prestatieIndicator.trim(),
              gepland: som(m.prestaties.map((x) => x.gepland)),
              gerealiseerd: som(m.prestaties.map((x) => x.gerealiseerd)),
            },
          });
        }
      }
    }
    if (maatregelen.length === 0) {
      hiaten.push({ soort: 'doel-zonder-maatregel', tekst: 'Er staat nog geen maatregel bij deze prioriteit in een uitvoeringsplan.' });
    }
    for (const m of maatregelen) {
      const wie = `De maatregel "${m.naam || m.id}" (${m.jaar})`;
      const plek = { maatregelId: m.id, jaar: m.jaar };
      if (!m.indicatorIds.some((id) => eigenIds.has(id))) {
        hiaten.push({ soort: 'maatregel-zonder-indicator', ...plek, tekst: `${wie} beweegt geen effectindicator van deze prioriteit.` });
      }
      if (m.probleemSleutels.length === 0) {
        hiaten.push({ soort: 'maatregel-zonder-probleem', ...plek, tekst: `${wie} noemt geen probleem uit de analyse dat hij aanpakt.` });
      }
      if (!m.methodeId && !m.onderbouwing) {
        hiaten.push({ soort: 'maatregel-zonder-onderbouwing', ...plek, tekst: `${wie} heeft geen onderbouwing: geen methode uit de catalogus en geen andere onderbouwing.` });
      }
    }

    const ketenIndicatoren = eigenIndicatoren.map((i) =>
      ketenIndicator(i, beoordeling, [...new Set(maatregelen.filter((m) => m.indicatorIds.includes(i.id)).map((m) => m.id))]),
    );
    for (const i of ketenIndicatoren) {
      if (i.maatregelIds.length === 0) {
        hiaten.push({ soort: 'indicator-zonder-maatregel', indicatorId: i.id, tekst: `Geen maatregel moet de indicator "${i.naam}" bewegen.` });
      }
    }

    hiaten.sort((a, b) => hiaatSoorten.indexOf(a.soort) - hiaatSoorten.indexOf(b.soort));
    return { id: p.id, titel: p.titel, themaIds: p.themaIds, problemen, doel, indicatoren: ketenIndicatoren, maatregelen, hiaten };
  });
  return { prioriteiten };
}
