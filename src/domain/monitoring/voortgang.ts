/**
 * Voortgang van de maatregelen, het voortgangsoverleg (schema, agenda) en wie zijn gegevens nog niet
 * heeft bijgewerkt. Zuiver: `vandaag` komt altijd van buiten.
 */
import { type Maatregel, type MaatregelStatus, maatregelStatussen, type Uitvoeringsplan, volledigeMaatregel } from '../cyclus/inhoud.ts';
import type { BeoordeeldeMeting, Beoordeling, Indicator, IndicatorStatus } from './typen.ts';

export interface OverlegActie {
  wat: string;
  wie: string;
  /** ISO-datum of null. */
  deadline: string | null;
  gereed: boolean;
}

export interface Overleg {
  /** ISO-datum van het overleg. */
  datum: string;
  agenda: string;
  notulen: string;
  besluiten: string[];
  acties: OverlegActie[];
}

/** Instellingen van stap 6 en de verslagen van de voortgangsoverleggen (een versioneerd cyclusdeel). */
export interface Monitoring {
  beoordeling: Beoordeling;
  /** Datum van het eerste voortgangsoverleg; daarna elke `intervalMaanden` maanden. */
  eersteOverleg: string | null;
  intervalMaanden: number;
  overleggen: Overleg[];
}

export function standaardMonitoring(): Monitoring {
  return { beoordeling: 'pad', eersteOverleg: null, intervalMaanden: 3, overleggen: [] };
}

/** Een maatregel met de plek waar hij staat. */
export interface MaatregelMetPlek extends Required<Maatregel> {
  jaar: number;
  actiepuntId: string;
  actiepunt: string;
  prioriteitId: string | null;
  themaId: string | null;
  teLaat: boolean;
}

/** '2027-05-14' -> '2027-K2'. */
export function kwartaalVan(datum: string): string {
  const maand = Number(datum.slice(5, 7));
  return `${datum.slice(0, 4)}-K${Math.ceil(maand / 3)}`;
}

/**
 * Te laat: de eigenaar meldt hem vertraagd, of het eindkwartaal is voorbij terwijl hij niet is
 * afgerond of geschrapt.
 */
export function isTeLaat(m: Pick<Maatregel, 'status' | 'eindKwartaal'>, vandaag: string): boolean {
  if (m.status === 'vertraagd') return true;
  if (m.status === 'afgerond' || m.status === 'geschrapt') return false;
  return m.eindKwartaal !== null && m.eindKwartaal < kwartaalVan(vandaag);
}

export function maatregelenMetPlek(plannen: readonly Uitvoeringsplan[], vandaag: string): MaatregelMetPlek[] {
  return plannen.flatMap((p) =>
    p.actiepunten.flatMap((a) =>
      a.maatregelen.map((m) => {
        const v = volledigeMaatregel(m);
        return { ...v, jaar: p.jaar, actiepuntId: a.id, actiepunt: a.titel, prioriteitId: a.prioriteitId, themaId: a.themaId, teLaat: isTeLaat(v, vandaag) };
      }),
    ),
  );
}

export interface MaatregelVoortgang {
  totaal: number;
  perStatus: Record<MaatregelStatus, number>;
  teLaat: number;
  /** Afgerond als deel van wat niet geschrapt is, in hele procenten; null zonder maatregelen. */
  afgerondProcent: number | null;
}

export function voortgangVan(maatregelen: readonly Pick<MaatregelMetPlek, 'status' | 'teLaat'>[]): MaatregelVoortgang {
  const perStatus = Object.fromEntries(maatregelStatussen.map((s) => [s, 0])) as Record<MaatregelStatus, number>;
  for (const m of maatregelen) perStatus[m.status]++;
  const actief = maatregelen.length - perStatus.geschrapt;
  return {
    totaal: maatregelen.length,
    perStatus,
    teLaat: maatregelen.filter((m) => m.teLaat).length,
    afgerondProcent: actief > 0 ? Math.round((perStatus.afgerond / actief) * 100) : null,
  };
}

function plusMaanden(datum: string, maanden: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  const totaal = j * 12 + (m - 1) + maanden;
  const jaar = Math.floor(totaal / 12);
  const maand = (totaal % 12) + 1;
  const laatsteDag = new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(Math.min(d, laatsteDag)).padStart(2, '0')}`;
}

/** De geplande overleggen van `eersteOverleg` tot en met `tot`, elke `intervalMaanden` maanden. */
export function overlegSchema(m: Pick<Monitoring, 'eersteOverleg' | 'intervalMaanden'>, tot: string): string[] {
  if (!m.eersteOverleg || m.intervalMaanden < 1) return [];
  const uit: string[] = [];
  for (let i = 0; uit.length < 100; i++) {
    const datum = plusMaanden(m.eersteOverleg, i * m.intervalMaanden);
    if (datum > tot) break;
    uit.push(datum);
  }
  return uit;
}

/** Het eerstvolgende overleg op of na `vandaag`, of null als er geen schema is. */
export function volgendOverleg(m: Pick<Monitoring, 'eersteOverleg' | 'intervalMaanden'>, vandaag: string): string | null {
  if (!m.eersteOverleg || m.intervalMaanden < 1) return null;
  for (let i = 0; i < 1000; i++) {
    const datum = plusMaanden(m.eersteOverleg, i * m.intervalMaanden);
    if (datum >= vandaag) return datum;
  }
  return null;
}

/**
 * Sinds wanneer een eigenaar moet hebben bijgewerkt voor het overleg van `volgend`: het vorige
 * overleg; vóór het eerste overleg het begin van het lopende kwartaal. Nooit na `vandaag`.
 */
export function bijwerkenSinds(m: Pick<Monitoring, 'eersteOverleg' | 'intervalMaanden'>, volgend: string | null, vandaag: string): string {
  const kwartaal = Number(kwartaalVan(vandaag).slice(-1));
  const kwartaalBegin = `${vandaag.slice(0, 4)}-${String((kwartaal - 1) * 3 + 1).padStart(2, '0')}-01`;
  const sinds = (volgend && vorigOverleg(m, volgend)) || kwartaalBegin;
  return sinds > vandaag ? kwartaalBegin : sinds;
}

/** Het overleg vóór `datum` volgens het schema (om te bepalen wat sindsdien is bijgewerkt), of null. */
export function vorigOverleg(m: Pick<Monitoring, 'eersteOverleg' | 'intervalMaanden'>, datum: string): string | null {
  const eerdere = overlegSchema(m, datum).filter((d) => d < datum);
  return eerdere.at(-1) ?? null;
}

export interface AgendaPunt {
  soort: 'indicator-achter' | 'maatregel-te-laat' | 'open-actie';
  tekst: string;
  /** Waar in de werkruimte het over gaat. */
  plek: string;
}

export interface IndicatorVoorAgenda {
  indicator: Pick<Indicator, 'id' | 'naam'>;
  laatste: Pick<BeoordeeldeMeting, 'periode' | 'uitleg'> | null;
  status: IndicatorStatus;
}

/**
 * De agenda van een voortgangsoverleg: vaste opening, de indicatoren die achterlopen, de maatregelen
 * die te laat zijn, de open acties van het vorige overleg, en afsluiting.
 */
export function agendaVoor(indicatoren: readonly IndicatorVoorAgenda[], maatregelen: readonly MaatregelMetPlek[], vorige: Overleg | null): AgendaPunt[] {
  const punten: AgendaPunt[] = [];
  for (const i of indicatoren.filter((x) => x.status === 'achter')) {
    punten.push({ soort: 'indicator-achter', tekst: `Indicator '${i.indicator.naam}' loopt achter${i.laatste ? ` (${i.laatste.periode}): ${i.laatste.uitleg}` : '.'}`, plek: `dashboard#indicator-${i.indicator.id}` });
  }
  for (const m of maatregelen.filter((x) => x.teLaat)) {
    const toelichting = m.statusToelichting.trim().replace(/[.!?]+$/, '');
    const waarom = m.status === 'vertraagd' ? `gemeld als vertraagd${toelichting ? `: ${toelichting}` : ''}` : `had in ${m.eindKwartaal} klaar moeten zijn`;
    punten.push({ soort: 'maatregel-te-laat', tekst: `Maatregel '${m.naam}' (uitvoeringsplan ${m.jaar}) is ${waarom}.`, plek: `uitvoeringsplan/${m.jaar}#maatregel-${m.id}` });
  }
  for (const a of vorige?.acties.filter((x) => !x.gereed) ?? []) {
    punten.push({ soort: 'open-actie', tekst: `Open actie van ${vorige!.datum}: ${a.wat}${a.wie ? ` (${a.wie})` : ''}${a.deadline ? `, uiterlijk ${a.deadline}` : ''}.`, plek: 'voortgangsoverleg' });
  }
  return punten;
}

/** De agenda als tekst voor het verslag: genummerd, met vaste opening en afsluiting. */
export function agendaTekst(punten: readonly AgendaPunt[]): string {
  const regels = ['Opening en vaststellen van de agenda', 'Verslag en actiepunten van het vorige overleg', ...punten.map((p) => p.tekst)];
  if (punten.length === 0) regels.push('Geen indicatoren achter en geen maatregelen te laat: korte stand van zaken per prioriteit');
  regels.push('Rondvraag en afspraken voor het volgende overleg');
  return regels.map((r, i) => `${i + 1}. ${r}`).join('\n');
}

/** Iets dat een eigenaar bijhoudt: een maatregel of een indicator. */
export interface BijTeHouden {
  soort: 'maatregel' | 'indicator';
  id: string;
  naam: string;
  eigenaarId: string | null;
  /** Laatste bijwerking (ISO-tijd) of null als het nooit is bijgewerkt. */
  bijgewerktOp: string | null;
  plek: string;
}

export interface Bijwerkstand {
  eigenaarId: string;
  achterstallig: BijTeHouden[];
  bijgewerkt: number;
}

/**
 * Per eigenaar wat sinds `sinds` (het vorige overleg, of het begin van het kwartaal) niet is
 * bijgewerkt. Zonder eigenaar komt iets onder eigenaarId '' terecht: de coördinator moet er een
 * aanwijzen.
 */
export function bijwerkstand(items: readonly BijTeHouden[], sinds: string): Bijwerkstand[] {
  const per = new Map<string, Bijwerkstand>();
  for (const item of items) {
    const sleutel = item.eigenaarId ?? '';
    const rij = per.get(sleutel) ?? { eigenaarId: sleutel, achterstallig: [], bijgewerkt: 0 };
    if (item.bijgewerktOp !== null && item.bijgewerktOp.slice(0, 10) >= sinds) rij.bijgewerkt++;
    else rij.achterstallig.push(item);
    per.set(sleutel, rij);
  }
  return [...per.values()].sort((a, b) => b.achterstallig.length - a.achterstallig.length || a.eigenaarId.localeCompare(b.eigenaarId));
}
