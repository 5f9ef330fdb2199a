/**
 * Het dashboard van stap 6 en wat eruit volgt: per prioriteit de indicatoren met hun beoordeling en
 * de voortgang van de maatregelen; de voortgangsrapportage (kwartaal) en het jaarbeeld als document;
 * de streeftabel. Zuiver.
 */
import type { Blok, DocumentModel } from '../cyclus/document.ts';
import { rijkAlsBlokken, streeftabelBlokken } from '../cyclus/documenten.ts';
import type { RijkeKnoop } from '../tekst/rijk.ts';
import { maatregelStatusNamen, maatregelStatussen, type Prioriteit, type Uitvoeringsplan } from '../cyclus/inhoud.ts';
import { vindThema } from '../kennisbank/kennisbank.ts';
import { formatGetal, formatProcentVerandering, formatStreefwaarde } from './getallen.ts';
import { beoordeelMetingen, eindstreefTekst, normaliseerPeriode, periodeTijd, streefcellen, streefhulp, streefpad, streefveranderingProcent, streefwaardenPerJaar, veranderingProcent } from './indicatoren.ts';
import { type BeoordeeldeMeting, type Beoordeling, eenheidNamen, type Indicator, type IndicatorStatus, isOverkoepelend, statusNamen, type Streefsoort } from './typen.ts';
import { type MaatregelMetPlek, type MaatregelVoortgang, maatregelenMetPlek, voortgangVan } from './voortgang.ts';

export interface IndicatorOverzicht extends Omit<Indicator, 'metingen'> {
  metingen: BeoordeeldeMeting[];
  /** Status van de laatste meting in de gekozen periode. */
  status: IndicatorStatus;
  statusUitleg: string;
  streefveranderingProcent: number | null;
  /** Laatste meting tegenover de referentie. */
  gerealiseerdeVeranderingProcent: number | null;
  eindjaar: number | null;
  eindstreefwaarde: number | null;
  /**
   * De eindstreefwaarde in woorden als zij geen gewoon getal is ('−2 % per jaar', 'niet boven 5',
   * 'afname', '130 per jaar (2019 t/m 2023)'); null bij een gewoon getal of zonder streefwaarde.
   */
  eindvorm: string | null;
  /**
   * De lijn waarlangs beoordeeld wordt (voor de grafiek): de referentie en de niveaus van de
   * streefwaarden, een reeks elk jaar, relatief per jaar elk jaar, zonder kwalitatieve (streefpad).
   */
  pad: { jaar: number; waarde: number }[];
  /** Wat de grafiek van de streefwaarden tekent, in de vorm van het plan (streefgrafiek). */
  streefgrafiek: Streefgrafiek;
  streefhulp: ReturnType<typeof streefhulp> | null;
}

/**
 * De streefwaarden zoals de grafiek ze tekent, in de vorm van het plan:
 * - `pad`: de stippellijn door de niveaus (waarde, elk jaar van een reeks, relatief als het
 *   uitgerekende pad vanaf de referentie, een plafond of vloer die niet de laatste is); elk punt met
 *   de streefwaarde in woorden ('130', '−2 % t.o.v. vorig jaar', 'niet boven 5'), de referentie zonder;
 * - `doorlopen`: loopt het pad na zijn laatste punt vlak door (zoals de beoordeling)? Niet als er een
 *   grens of een kwalitatieve streefwaarde op volgt;
 * - `grens`: is de laatste streefwaarde een plafond of vloer, dan een horizontale grens vanaf haar
 *   jaar, met 'niet boven 5' of 'minimaal 80 %';
 * - `koersen`: kwalitatieve streefwaarden ('afname'): geen lijn, alleen tekst bij hun jaar;
 * - `beschrijving`: hetzelfde in zinnen, als tekstalternatief.
 */
export interface Streefgrafiek {
  pad: { jaar: number; waarde: number; tekst: string | null; soort: Streefsoort | null }[];
  doorlopen: boolean;
  grens: { soort: 'plafond' | 'vloer'; jaar: number; waarde: number; tekst: string } | null;
  koersen: { jaar: number; tekst: string }[];
  beschrijving: string;
}

export function streefgrafiek(ind: Indicator, beoordeling: Beoordeling): Streefgrafiek {
  const e = ind.eenheid;
  const cellen = streefcellen(ind);
  const tekstVan = new Map(cellen.map((c) => [c.jaar, c.tekst]));
  const soortVan = new Map(cellen.map((c) => [c.jaar, c.soort]));
  const refJaar = ind.referentiewaarde !== null ? ind.referentiejaar : null;
  const knikpunten = streefpad(ind, beoordeling);
  // Without a target with a level the line is just the reference (drawn as its own point).
  if (knikpunten.length === 0 && refJaar !== null) knikpunten.push({ jaar: refJaar, waarde: ind.referentiewaarde! });
  const pad = knikpunten.map((p) => ({ jaar: p.jaar, waarde: p.waarde, tekst: p.jaar === refJaar ? null : (tekstVan.get(p.jaar) ?? formatGetal(p.waarde, e)), soort: p.jaar === refJaar ? null : (soortVan.get(p.jaar) ?? 'waarde') }));
  const laatste = streefwaardenPerJaar(ind).at(-1) ?? null;
  const soort = laatste?.soort ?? 'waarde';
  const grens =
    laatste && ind.referentiejaar !== null && ind.referentiewaarde !== null && (soort === 'plafond' || soort === 'vloer')
      ? { soort, jaar: laatste.jaar, waarde: laatste.waarde, tekst: tekstVan.get(laatste.jaar) ?? formatStreefwaarde(laatste, e) }
      : null;
  const koersen = ind.referentiejaar !== null && ind.referentiewaarde !== null ? cellen.filter((c) => c.soort === 'kwalitatief').map((c) => ({ jaar: c.jaar, tekst: c.tekst })) : [];
  const doorlopen = pad.length > 1 && laatste !== null && soort !== 'kwalitatief' && grens === null;

  const zinnen: string[] = [];
  const punten = pad.filter((p) => p.tekst !== null);
  if (punten.length > 0 && ind.referentiejaar !== null && ind.referentiewaarde !== null) {
    const niveau = new Map(cellen.map((c) => [c.jaar, c.niveau]));
    const lijst = punten.map((p) => `${p.jaar}: ${p.tekst}${niveau.get(p.jaar) ? ` (${niveau.get(p.jaar)})` : ''}`);
    zinnen.push(`Streefpad vanaf de referentie ${formatGetal(ind.referentiewaarde, e)} (${ind.referentiejaar}): ${lijst.join('; ')}.`);
  }
  if (grens) zinnen.push(`${grens.soort === 'plafond' ? 'Plafond' : 'Vloer'}: ${grens.tekst} in ${grens.jaar}, en daarna.`);
  for (const k of koersen) zinnen.push(`Streefwaarde ‘${k.tekst}’ in ${k.jaar}: zonder getal, dus geen streeflijn; beoordeeld aan de trend van de metingen.`);
  return { pad, doorlopen, grens, koersen, beschrijving: zinnen.join(' ') };
}

export interface Periodefilter {
  van: number | null;
  tot: number | null;
}

function inPeriode(periode: string, f: Periodefilter): boolean {
  const t = periodeTijd(periode);
  if (!t) return false;
  return (f.van === null || t.jaar >= f.van) && (f.tot === null || t.jaar <= f.tot);
}

export function indicatorOverzicht(ind: Indicator, beoordeling: Beoordeling, filter: Periodefilter = { van: null, tot: null }): IndicatorOverzicht {
  const metingen = beoordeelMetingen(ind, beoordeling).filter((m) => inPeriode(m.periode, filter));
  const laatste = metingen.at(-1) ?? null;
  const eind = ind.streefwaarden.at(-1) ?? null;
  const grafiek = streefgrafiek(ind, beoordeling);
  const pad = grafiek.pad.map((p) => ({ jaar: p.jaar, waarde: p.waarde }));
  // Historie voor de streefhulp: jaarmetingen tot en met het referentiejaar, plus de referentie zelf.
  const historie = ind.metingen
    .filter((m) => /^\d{4}$/.test(m.periode) && ind.referentiejaar !== null && Number(m.periode) < ind.referentiejaar)
    .map((m) => ({ jaar: Number(m.periode), waarde: m.waarde }));
  if (ind.referentiejaar !== null && ind.referentiewaarde !== null) historie.push({ jaar: ind.referentiejaar, waarde: ind.referentiewaarde });
  return {
    ...ind,
    metingen,
    status: laatste?.status ?? 'onbekend',
    statusUitleg: laatste ? laatste.uitleg : 'Er is nog geen meting in deze periode.',
    streefveranderingProcent: streefveranderingProcent(ind),
    gerealiseerdeVeranderingProcent: laatste && ind.referentiewaarde !== null ? veranderingProcent(ind.referentiewaarde, laatste.waarde) : null,
    eindjaar: eind ? (eind.soort === 'reeks' ? (eind.totJaar ?? eind.jaar) : eind.jaar) : null,
    eindstreefwaarde: eind?.waarde ?? null,
    eindvorm: eind && (eind.soort ?? 'waarde') !== 'waarde' ? formatStreefwaarde(eind, ind.eenheid, { noemer: ind.noemer ?? null }) : null,
    pad,
    streefgrafiek: grafiek,
    streefhulp: eind && historie.length >= 2 ? streefhulp(ind, historie) : null,
  };
}

export interface DashboardGroep {
  /** Prioriteit-id, of null voor de overige en strategische thema's. */
  prioriteitId: string | null;
  titel: string;
  indicatoren: IndicatorOverzicht[];
  maatregelen: MaatregelMetPlek[];
  voortgang: MaatregelVoortgang;
}

export interface Dashboard {
  beoordeling: Beoordeling;
  filter: Periodefilter;
  groepen: DashboardGroep[];
  samenvatting: Record<IndicatorStatus, number> & { maatregelen: MaatregelVoortgang };
}

export function dashboardVan(input: {
  prioriteiten: readonly Prioriteit[];
  indicatoren: readonly Indicator[];
  plannen: readonly Uitvoeringsplan[];
  beoordeling: Beoordeling;
  vandaag: string;
  filter?: Periodefilter;
}): Dashboard {
  const filter = input.filter ?? { van: null, tot: null };
  const plannen = input.plannen.filter((p) => (filter.van === null || p.jaar >= filter.van) && (filter.tot === null || p.jaar <= filter.tot));
  const maatregelen = maatregelenMetPlek(plannen, input.vandaag);
  const overzicht = input.indicatoren.map((i) => indicatorOverzicht(i, input.beoordeling, filter));
  const ids = new Set(input.prioriteiten.map((p) => p.id));
  const groepen: DashboardGroep[] = input.prioriteiten.map((p) => {
    const m = maatregelen.filter((x) => x.prioriteitId === p.id);
    return { prioriteitId: p.id, titel: p.titel, indicatoren: overzicht.filter((i) => i.prioriteitId === p.id), maatregelen: m, voortgang: voortgangVan(m) };
  });
  // Overall effect indicators (the plan's strategic goal, chapter 2 of the IVP) go first in the one group without a priority.
  const overkoepelend = overzicht.filter(isOverkoepelend);
  const overigeInd = [...overkoepelend, ...overzicht.filter((i) => !isOverkoepelend(i) && (i.prioriteitId === null || !ids.has(i.prioriteitId)))];
  const overigeM = maatregelen.filter((x) => x.prioriteitId === null || !ids.has(x.prioriteitId));
  if (overigeInd.length > 0 || overigeM.length > 0) {
    const titel = overkoepelend.length === 0 ? "Overige thema's" : overigeInd.length > overkoepelend.length || overigeM.length > 0 ? "Strategische doelstelling en overige thema's" : 'Strategische doelstelling';
    groepen.push({ prioriteitId: null, titel, indicatoren: overigeInd, maatregelen: overigeM, voortgang: voortgangVan(overigeM) });
  }
  const tel = (s: IndicatorStatus) => overzicht.filter((i) => i.status === s).length;
  return { beoordeling: input.beoordeling, filter, groepen, samenvatting: { 'op-koers': tel('op-koers'), achter: tel('achter'), onbekend: tel('onbekend'), maatregelen: voortgangVan(maatregelen) } };
}

/** Een voortgangsrapportage (periode '2027-K3') of jaarbeeld (periode '2027'): de vrije teksten. */
export interface Rapportage {
  hoogtepunten: string;
  knelpunten: string;
}

export function legeRapportage(): Rapportage {
  return { hoogtepunten: '', knelpunten: '' };
}

/** Voor '2027-K3': 1 januari t/m eind K3 van 2027; voor '2027': het hele jaar. */
export function rapportagePeriode(periode: string): { jaar: number; kwartaal: number | null; titel: string } | null {
  const p = normaliseerPeriode(periode);
  if (!p) return null;
  const t = periodeTijd(p)!;
  return { jaar: t.jaar, kwartaal: t.kwartaal, titel: t.kwartaal ? `${t.kwartaal}e kwartaal ${t.jaar}` : `Jaarbeeld ${t.jaar}` };
}

const waarde = (i: Pick<Indicator, 'eenheid'>, w: number | null) => (w === null ? '–' : formatGetal(w, i.eenheid));
const verandering = (p: number | null) => (p === null ? '–' : formatProcentVerandering(p));

function indicatorTabel(titel: string, indicatoren: readonly IndicatorOverzicht[]): Blok {
  return {
    soort: 'tabel',
    bijschrift: `Effectindicatoren: ${titel}`,
    kolommen: ['Indicator', 'Referentie', 'Streefwaarde', 'Laatste meting', 'Verandering', 'Status'],
    rijen: indicatoren.map((i) => {
      const laatste = i.metingen.at(-1);
      const ref = i.referentiejaar !== null ? `${waarde(i, i.referentiewaarde)} (${i.referentiejaar})` : '–';
      // The target in the plan's form ('afname', 'niet boven 5'), not only its level.
      const streef = i.eindjaar !== null ? `${eindstreefTekst(i) ?? waarde(i, i.eindstreefwaarde)} (${i.eindjaar})` : '–';
      const gemeten = laatste ? `${waarde(i, laatste.waarde)} (${laatste.periode})${laatste.volatiel ? ', klein aantal' : ''}` : 'Nog niet gemeten';
      return [`${i.naam} (${eenheidNamen[i.eenheid]})`, ref, streef, gemeten, verandering(i.gerealiseerdeVeranderingProcent), statusNamen[i.status]];
    }),
  };
}

function maatregelBlokken(g: DashboardGroep): Blok[] {
  if (g.maatregelen.length === 0) return [{ soort: 'leeg', tekst: 'Geen maatregelen in deze periode.' }];
  const v = g.voortgang;
  const telling = maatregelStatussen.filter((s) => v.perStatus[s] > 0).map((s) => `${v.perStatus[s]} ${maatregelStatusNamen[s].toLowerCase()}`);
  return [
    {
      soort: 'alinea',
      tekst: `${v.totaal} maatregelen: ${telling.join(', ')}.${v.afgerondProcent !== null ? ` ${v.afgerondProcent}% van de niet-geschrapte maatregelen is afgerond.` : ''}${v.teLaat > 0 ? ` ${v.teLaat} ${v.teLaat === 1 ? 'is' : 'zijn'} te laat.` : ''}`,
    },
    {
      soort: 'tabel',
      bijschrift: `Maatregelen: ${g.titel}`,
      kolommen: ['Maatregel', 'Status', 'Toelichting', 'Gepland / gerealiseerd'],
      rijen: g.maatregelen.map((m) => {
        const gepland = m.prestaties.reduce((s, p) => s + (p.gepland ?? 0), 0);
        const gerealiseerd = m.prestaties.reduce((s, p) => s + (p.gerealiseerd ?? 0), 0);
        return [
          m.naam,
          `${maatregelStatusNamen[m.status]}${m.teLaat && m.status !== 'vertraagd' ? ' (te laat)' : ''}`,
          m.statusToelichting,
          m.prestaties.length > 0 ? `Gepland ${formatGetal(gepland)}, gerealiseerd ${formatGetal(gerealiseerd)}${m.prestatieIndicator ? ` (${m.prestatieIndicator})` : ''}` : m.prestatieIndicator || '–',
        ];
      }),
    },
  ];
}

/**
 * De voortgangsrapportage van een kwartaal, of het jaarbeeld van een jaar, als document: per
 * prioriteit de indicatoren en de maatregelen, met de hoogtepunten en knelpunten van de coördinator.
 */
export function rapportageDocument(input: {
  werkruimte: { naam: string; gemeentenaam: string; periodeStart: number | null; periodeEinde: number | null };
  periode: string;
  dashboard: Dashboard;
  rapportage: Rapportage;
  /** The texts written together, with their layout (lists, headings); absent: plain text. */
  rijk?: { hoogtepunten?: RijkeKnoop | undefined; knelpunten?: RijkeKnoop | undefined };
  status: string;
}): DocumentModel {
  const p = rapportagePeriode(input.periode)!;
  const d = input.dashboard;
  const s = d.samenvatting;
  const blokken: Blok[] = [];
  const kop = (niveau: 1 | 2 | 3, nummer: string | null, tekst: string): Blok => ({ soort: 'kop', niveau, nummer, tekst });
  blokken.push(kop(1, '1', 'Samenvatting'));
  blokken.push({
    soort: 'alinea',
    tekst: `Van de ${s['op-koers'] + s.achter + s.onbekend} effectindicatoren ${s['op-koers'] === 1 ? 'is' : 'zijn'} er ${s['op-koers']} op koers en ${s.achter} achter; ${s.onbekend} ${s.onbekend === 1 ? 'is' : 'zijn'} (nog) niet te beoordelen. Van de ${s.maatregelen.totaal} maatregelen ${s.maatregelen.perStatus.afgerond === 1 ? 'is' : 'zijn'} er ${s.maatregelen.perStatus.afgerond} afgerond en ${s.maatregelen.teLaat} te laat.`,
  });
  blokken.push(kop(2, '1.1', 'Hoogtepunten'));
  const tekst = (veld: 'hoogtepunten' | 'knelpunten', leeg: string): Blok[] => {
    const rijk = input.rijk?.[veld];
    const blokken = rijk ? rijkAlsBlokken(rijk, 2) : input.rapportage[veld].trim() ? [{ soort: 'alinea' as const, tekst: input.rapportage[veld] }] : [];
    return blokken.length > 0 ? blokken : [{ soort: 'leeg', tekst: leeg }];
  };
  blokken.push(...tekst('hoogtepunten', 'Nog geen hoogtepunten beschreven.'));
  blokken.push(kop(2, '1.2', 'Knelpunten'));
  blokken.push(...tekst('knelpunten', 'Nog geen knelpunten beschreven.'));
  d.groepen.forEach((g, n) => {
    const nr = String(n + 2);
    blokken.push(kop(1, nr, g.prioriteitId ? `Prioriteit: ${g.titel}` : g.titel));
    blokken.push(kop(2, `${nr}.1`, 'Effectindicatoren'));
    if (g.indicatoren.length === 0) blokken.push({ soort: 'leeg', tekst: 'Geen effectindicatoren vastgelegd.' });
    else {
      blokken.push(indicatorTabel(g.titel, g.indicatoren));
      const kleine = g.indicatoren.filter((i) => i.metingen.at(-1)?.volatiel);
      if (kleine.length > 0) {
        blokken.push({ soort: 'alinea', tekst: `Let op: ${kleine.map((i) => `'${i.naam}'`).join(', ')} ${kleine.length === 1 ? 'gaat' : 'gaan'} over kleine aantallen (onder de 20). Die schommelen van jaar tot jaar sterk; een verandering zegt dan weinig.` });
      }
      const uitleg = g.indicatoren.filter((i) => i.metingen.length > 0).map((i) => `${i.naam}: ${i.statusUitleg}`);
      if (uitleg.length > 0) blokken.push({ soort: 'lijst', items: uitleg });
    }
    blokken.push(kop(2, `${nr}.2`, 'Maatregelen'), ...maatregelBlokken(g));
  });
  const titel = p.kwartaal ? `Voortgangsrapportage ${p.titel}` : `Jaarbeeld integrale veiligheid ${p.jaar}`;
  const periode = input.werkruimte.periodeStart && input.werkruimte.periodeEinde ? `${input.werkruimte.periodeStart}-${input.werkruimte.periodeEinde}` : '';
  return {
    soort: 'voortgangsrapportage',
    titel,
    ondertitel: `${titel} bij het Integraal Veiligheidsplan ${periode}`.trim(),
    gemeente: `Gemeente ${input.werkruimte.gemeentenaam}`,
    periode,
    status: input.status,
    blokken,
  };
}

/** De terugblik voor het volgende uitvoeringsplan, uit het jaarbeeld. */
export function terugblikUitJaarbeeld(jaar: number, d: Dashboard, r: Rapportage): string {
  const s = d.samenvatting;
  const delen = [
    `Jaarbeeld ${jaar}: van de effectindicatoren ${s['op-koers'] === 1 ? 'was' : 'waren'} er ${s['op-koers']} op koers en ${s.achter} achter (${s.onbekend} niet te beoordelen).`,
  ];
  const achter = d.groepen.flatMap((g) => g.indicatoren.filter((i) => i.status === 'achter').map((i) => i.naam));
  if (achter.length > 0) delen.push(`Achter liepen: ${achter.join('; ')}.`);
  if (r.hoogtepunten.trim()) delen.push(`Hoogtepunten: ${r.hoogtepunten.trim()}`);
  if (r.knelpunten.trim()) delen.push(`Knelpunten: ${r.knelpunten.trim()}`);
  return delen.join('\n\n');
}

/** De streeftabel (in de vorm van de bijlage van het Rotterdamse plan) als document. */
export function streeftabelDocument(input: { werkruimte: { gemeentenaam: string; periodeStart: number | null; periodeEinde: number | null }; indicatoren: Indicator[] }): DocumentModel {
  const periode = input.werkruimte.periodeStart && input.werkruimte.periodeEinde ? `${input.werkruimte.periodeStart}-${input.werkruimte.periodeEinde}` : '';
  return {
    soort: 'streeftabel',
    titel: 'Streefwaarden integrale veiligheid',
    ondertitel: `Effectindicatoren met referentie- en streefwaarden ${periode}`.trim(),
    gemeente: `Gemeente ${input.werkruimte.gemeentenaam}`,
    periode,
    status: '',
    // The same table as the annex of the IVP.
    blokken: [{ soort: 'kop', niveau: 1, nummer: null, tekst: 'Streefwaarden per jaar' }, ...streeftabelBlokken(input.indicatoren)],
  };
}

export function themaTitel(themaId: string | null): string | null {
  return themaId ? (vindThema(themaId)?.naam ?? themaId) : null;
}
