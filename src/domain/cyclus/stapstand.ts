/**
 * De stand van de zes stappen volgt het werk: wie de analyse begint, zet stap 2 op "bezig"; een
 * vastgesteld IVP zet stap 4 op "afgerond". De coördinator kan een stap zelf zetten (`handmatig`);
 * dan geldt zijn keuze. En de planning rekent terug vanaf de raadsvergadering waarin het IVP wordt
 * vastgesteld, nooit vanaf een datum in het verleden.
 */
import type { Besluit } from './besluiten.ts';
import type { Proces, StapNummer, StapStatus } from './inhoud.ts';
import { plusWeken, stappen as methodeStappen, standaardProces } from './methode.ts';
import { sectieIngevuld, type CyclusStand } from './stand.ts';

const isBesloten = (besluiten: readonly Pick<Besluit, 'document' | 'soort'>[], document: Besluit['document'], soorten: Besluit['soort'][] = ['vastgesteld']) =>
  besluiten.some((b) => b.document === document && soorten.includes(b.soort));

const gevuld = (t: string | undefined) => (t ?? '').trim() !== '';

/** Wat het werk zegt over elke stap: niet gestart, bezig of afgerond. */
export function stappenUitWerk(stand: CyclusStand, besluiten: readonly Pick<Besluit, 'document' | 'soort'>[]): Record<StapNummer, StapStatus> {
  const s = stand.startnotitie;
  const startnotitieBegonnen =
    [s.aanleiding, s.producten, s.beleidscyclus, s.planning, s.partners, s.benodigdeTijd, s.rolRaad, s.inwonersraadpleging, s.flankerendBeleid].some(gevuld) ||
    s.werkgroep.length > 0 ||
    s.zekereThemas.length > 0;
  const analyseBegonnen = stand.secties.some(sectieIngevuld);
  const ivpBegonnen = Object.keys(stand.rijkeTeksten ?? {}).some((k) => k.startsWith('ivp.'));
  const planBegonnen = stand.uitvoeringsplannen.some((p) => p.actiepunten.some((a) => a.maatregelen.length > 0));
  const sturingBegonnen =
    (stand.indicatoren ?? []).some((i) => i.metingen.length > 0) ||
    stand.uitvoeringsplannen.some((p) => p.actiepunten.some((a) => a.maatregelen.some((m) => m.status !== 'niet-gestart')));

  const stap = (afgerond: boolean, bezig: boolean): StapStatus => (afgerond ? 'afgerond' : bezig ? 'bezig' : 'niet-gestart');
  const ivpAf = isBesloten(besluiten, 'ivp');
  const vier = stap(ivpAf, ivpBegonnen);
  return {
    1: stap(isBesloten(besluiten, 'startnotitie'), startnotitieBegonnen),
    2: stap(isBesloten(besluiten, 'veiligheidsanalyse', ['besproken', 'vastgesteld']), analyseBegonnen),
    // The priorities are settled once the IVP that holds them is being written (or adopted).
    3: stap(stand.prioriteiten.length > 0 && vier !== 'niet-gestart', stand.prioriteiten.length > 0),
    4: vier,
    // A plan whose measures are being carried out (step 6 runs) is in practice settled, adopted or not.
    5: stap(isBesloten(besluiten, 'uitvoeringsplan') || (planBegonnen && sturingBegonnen), planBegonnen),
    6: stap(false, sturingBegonnen),
  };
}

/** Het proces zoals de pagina's het tonen: elke stap die de coördinator niet zelf zette, volgt het werk. */
export function procesVolgensWerk(proces: Proces, werk: Record<StapNummer, StapStatus>): Proces {
  return { ...proces, stappen: proces.stappen.map((s) => (s.handmatig ? s : { ...s, status: werk[s.stap] ?? s.status })) };
}

/** Weken van stap 1 tot en met 4 (elk de langste doorlooptijd van de methode): tot het IVP in de raad komt. */
const wekenTotRaad = methodeStappen.filter((s) => s.nummer <= 4).reduce((t, s) => t + (s.doorlooptijdWeken?.max ?? 0), 0);

/** Waar de planning begint om het IVP in deze raadsvergadering te hebben; nooit vóór `vandaag`. */
export function beginVanafRaad(raadsvergadering: string, vandaag: string): string {
  const begin = plusWeken(raadsvergadering, -wekenTotRaad);
  return begin < vandaag ? vandaag : begin;
}

/** De raadsvergadering die bij een standaardplanning hoort: het geplande einde van stap 4. */
export function raadVanPlanning(proces: Proces): string | null {
  return proces.stappen.find((s) => s.stap === 4)?.geplandEinde ?? null;
}

/**
 * Plant opnieuw naar een (nieuwe) raadsvergadering: stappen die nog niet begonnen zijn krijgen
 * nieuwe geplande datums, teruggerekend vanaf die vergadering en nooit in het verleden; begonnen en
 * afgeronde stappen houden hun planning.
 */
export function herplan(proces: Proces, raadsvergadering: string, vandaag: string, werk?: Partial<Record<StapNummer, StapStatus>>): Proces {
  const nieuw = standaardProces(beginVanafRaad(raadsvergadering, vandaag));
  return {
    ...proces,
    raadsvergadering,
    stappen: proces.stappen.map((s) => {
      const status = s.handmatig ? s.status : (werk?.[s.stap] ?? s.status);
      if (status !== 'niet-gestart') return s;
      const n = nieuw.stappen.find((x) => x.stap === s.stap)!;
      return { ...s, geplandStart: n.geplandStart, geplandEinde: n.geplandEinde };
    }),
  };
}
