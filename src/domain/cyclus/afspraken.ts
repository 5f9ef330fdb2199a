/**
 * Afspraken met partners en de capaciteitskeuzes van de Driehoek (issue 19, punt 4).
 *
 * Een uitvoeringsplan leunt op wat partners toezeggen: capaciteit (mensen, uren), het uitwisselen van
 * informatie en het leveren van iets (een analyse, een voorziening). Per afspraak houdt de gemeente bij
 * met wie ze is gemaakt, waar ze is vastgelegd (convenant, brief, verslag), aan welke prioriteiten en
 * maatregelen ze bijdraagt en of ze is nagekomen. De Driehoek (burgemeester, officier van justitie,
 * politiechef) maakt daarnaast keuzes over de inzet van politiecapaciteit; die staan er los naast.
 *
 * Zuiver: geen I/O. De opslag en de routes staan in src/server/cyclus/afspraken-*.ts.
 */
import type { Blok } from './document.ts';
import type { CyclusStand } from './stand.ts';

export const afspraakSoorten = ['capaciteit', 'informatie-uitwisseling', 'levering'] as const;
export type AfspraakSoort = (typeof afspraakSoorten)[number];
export const afspraakSoortNamen: Record<AfspraakSoort, string> = {
  capaciteit: 'Capaciteit',
  'informatie-uitwisseling': 'Informatie-uitwisseling',
  levering: 'Levering',
};

export const afspraakStatussen = ['in-voorbereiding', 'gemaakt', 'nagekomen', 'deels-nagekomen', 'niet-nagekomen', 'vervallen'] as const;
export type AfspraakStatus = (typeof afspraakStatussen)[number];
export const afspraakStatusNamen: Record<AfspraakStatus, string> = {
  'in-voorbereiding': 'In voorbereiding',
  gemaakt: 'Gemaakt',
  nagekomen: 'Nagekomen',
  'deels-nagekomen': 'Deels nagekomen',
  'niet-nagekomen': 'Niet nagekomen',
  vervallen: 'Vervallen',
};

export const MAX_PARTNER = 200;
export const MAX_KORT = 300;
export const MAX_TEKST = 4000;

export interface Afspraak {
  id: string;
  /** De organisatie waarmee de afspraak is gemaakt, bv. 'Politie basisteam Dijkstede'. */
  partner: string;
  soort: AfspraakSoort;
  /** Wat is afgesproken, in een of twee zinnen. */
  omschrijving: string;
  /** De prioriteiten van het plan waaraan de afspraak bijdraagt ('p1'). */
  prioriteitIds: string[];
  /** De maatregelen van het uitvoeringsplan waaraan ze bijdraagt ('m7'). */
  maatregelIds: string[];
  status: AfspraakStatus;
  /** Waar de afspraak is vastgelegd (convenant, brief, verslag van de Driehoek), of ''. */
  vastgelegdIn: string;
  /** Wanneer de afspraak nagekomen moet zijn of opnieuw bekeken wordt (ISO-datum), of null. */
  termijn: string | null;
  toelichting: string;
  versie: number;
  /** Wanneer de afspraak het laatst is bijgewerkt (ISO-tijd); ontbreekt: onbekend. */
  bijgewerktOp?: string;
}

/** Een keuze van de Driehoek over de inzet van (politie)capaciteit. */
export interface Capaciteitskeuze {
  id: string;
  /** De datum van het Driehoeksoverleg (ISO). */
  datum: string;
  onderwerp: string;
  /** Wat de Driehoek besloot. */
  keuze: string;
  /** De capaciteit in woorden, bv. '2 fte wijkagent'. */
  capaciteit: string;
  prioriteitIds: string[];
  versie: number;
}

const leeg = (): Record<AfspraakStatus, number> => Object.fromEntries(afspraakStatussen.map((s) => [s, 0])) as Record<AfspraakStatus, number>;

export interface AfsprakenOverzicht {
  totaal: number;
  perStatus: Record<AfspraakStatus, number>;
  /** Per partner (op naam, zonder op hoofdletters te letten samengenomen), alfabetisch. */
  perPartner: { partner: string; totaal: number; perStatus: Record<AfspraakStatus, number> }[];
  /** Afspraken die niet of deels zijn nagekomen: het gesprek dat de gemeente moet voeren. */
  aandacht: number;
}

const partnerSleutel = (p: string) => p.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** Tellingen per partner en per status. */
export function afsprakenOverzicht(afspraken: readonly Pick<Afspraak, 'partner' | 'status'>[]): AfsprakenOverzicht {
  const perStatus = leeg();
  const partners = new Map<string, { partner: string; totaal: number; perStatus: Record<AfspraakStatus, number> }>();
  for (const a of afspraken) {
    perStatus[a.status] += 1;
    const sleutel = partnerSleutel(a.partner);
    let p = partners.get(sleutel);
    if (!p) {
      p = { partner: a.partner.trim().replace(/\s+/g, ' '), totaal: 0, perStatus: leeg() };
      partners.set(sleutel, p);
    }
    p.totaal += 1;
    p.perStatus[a.status] += 1;
  }
  return {
    totaal: afspraken.length,
    perStatus,
    perPartner: [...partners.values()].sort((a, b) => a.partner.localeCompare(b.partner, 'nl')),
    aandacht: perStatus['niet-nagekomen'] + perStatus['deels-nagekomen'],
  };
}

/** De afspraken gegroepeerd per partner (alfabetisch), binnen een partner op termijn en omschrijving. */
export function afsprakenPerPartner<A extends Pick<Afspraak, 'partner' | 'termijn' | 'omschrijving'>>(afspraken: readonly A[]): { partner: string; afspraken: A[] }[] {
  const groepen = new Map<string, { partner: string; afspraken: A[] }>();
  for (const a of afspraken) {
    const sleutel = partnerSleutel(a.partner);
    const g = groepen.get(sleutel) ?? { partner: a.partner.trim().replace(/\s+/g, ' '), afspraken: [] };
    g.afspraken.push(a);
    groepen.set(sleutel, g);
  }
  const opTermijn = (a: A, b: A) => (a.termijn ?? '9999').localeCompare(b.termijn ?? '9999') || a.omschrijving.localeCompare(b.omschrijving, 'nl');
  return [...groepen.values()].sort((a, b) => a.partner.localeCompare(b.partner, 'nl')).map((g) => ({ ...g, afspraken: [...g.afspraken].sort(opTermijn) }));
}

/**
 * Suggesties voor het veld partner: de organisaties van de leden van de werkruimte en de partners van
 * eerdere afspraken, zonder dubbelen (hoofdletters tellen niet), alfabetisch.
 */
export function partnerSuggesties(organisaties: readonly string[], afspraken: readonly Pick<Afspraak, 'partner'>[]): string[] {
  const gezien = new Map<string, string>();
  for (const naam of [...organisaties, ...afspraken.map((a) => a.partner)]) {
    const schoon = naam.trim().replace(/\s+/g, ' ');
    if (schoon && !gezien.has(partnerSleutel(schoon))) gezien.set(partnerSleutel(schoon), schoon);
  }
  return [...gezien.values()].sort((a, b) => a.localeCompare(b, 'nl'));
}

/**
 * Wat een lid van een afspraak ziet: zonder de ids van vertrouwelijke maatregelen als hij geen toegang
 * vertrouwelijk heeft (voor hem bestaan die maatregelen niet).
 */
export function zichtbareAfspraak<A extends Pick<Afspraak, 'maatregelIds'>>(a: A, vertrouwelijkeMaatregelIds: ReadonlySet<string>, vertrouwelijkToegang: boolean): A {
  if (vertrouwelijkToegang) return a;
  return { ...a, maatregelIds: a.maatregelIds.filter((id) => !vertrouwelijkeMaatregelIds.has(id)) };
}

/**
 * De maatregel-ids om op te slaan als een lid een afspraak wijzigt: wat hij stuurt, plus de
 * vertrouwelijke maatregelen die al gekoppeld waren en die hij niet ziet (die kan hij niet weghalen).
 */
export function maatregelIdsBijOpslaan(nieuw: readonly string[], vorig: readonly string[], vertrouwelijkeMaatregelIds: ReadonlySet<string>, vertrouwelijkToegang: boolean): string[] {
  const uit = uniek(nieuw);
  if (vertrouwelijkToegang) return uit;
  for (const id of vorig) if (vertrouwelijkeMaatregelIds.has(id) && !uit.includes(id)) uit.push(id);
  return uit;
}

/** Dezelfde volgorde, zonder dubbelen. */
export function uniek(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Een datum als '12 maart 2027'. */
function datumTekst(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * De afspraken en capaciteitskeuzes als blokken voor een document (het uitvoeringsplan). Een document
 * bevat nooit iets vertrouwelijks: geef de stand zonder vertrouwelijke maatregelen (openbareStand);
 * maatregelen die daarin niet voorkomen, worden niet genoemd.
 */
export function afsprakenBlokken(
  afspraken: readonly Afspraak[],
  keuzes: readonly Capaciteitskeuze[],
  stand: Pick<CyclusStand, 'prioriteiten' | 'uitvoeringsplannen'>,
  /** false: zonder de stand van de afspraken (een vastgesteld plan verandert niet doordat een afspraak wordt nagekomen). */
  metStand = true,
): Blok[] {
  const prioriteit = new Map(stand.prioriteiten.map((p) => [p.id, p.titel]));
  const maatregel = new Map(stand.uitvoeringsplannen.flatMap((u) => u.actiepunten.flatMap((a) => a.maatregelen.filter((m) => m.vertrouwelijk !== true).map((m) => [m.id, m.naam] as const))));
  const namen = (ids: readonly string[], bron: Map<string, string>) => ids.flatMap((id) => (bron.has(id) ? [bron.get(id)!] : [])).join('; ');
  const blokken: Blok[] = [{ soort: 'kop', niveau: 2, nummer: null, tekst: 'Afspraken met partners' }];
  const lopend = afspraken.filter((a) => a.status !== 'vervallen');
  if (lopend.length === 0) {
    blokken.push({ soort: 'leeg', tekst: 'Er zijn nog geen afspraken met partners vastgelegd.' });
  } else {
    const o = afsprakenOverzicht(lopend);
    blokken.push({
      soort: 'alinea',
      tekst: metStand ? `Met ${o.perPartner.length} ${o.perPartner.length === 1 ? 'partner is' : 'partners zijn'} ${o.totaal} ${o.totaal === 1 ? 'afspraak' : 'afspraken'} gemaakt of in voorbereiding. ${o.perStatus.nagekomen} ${o.perStatus.nagekomen === 1 ? 'is' : 'zijn'} nagekomen, ${o.aandacht} niet of deels.` : `Met ${o.perPartner.length} ${o.perPartner.length === 1 ? 'partner is' : 'partners zijn'} ${o.totaal} ${o.totaal === 1 ? 'afspraak' : 'afspraken'} gemaakt of in voorbereiding; de stand ervan volgt de werkgroep in Kernplan.`,
    });
    blokken.push({
      soort: 'tabel',
      bijschrift: 'Afspraken met partners',
      kolommen: ['Partner', 'Soort', 'Afspraak', 'Prioriteiten', 'Maatregelen', 'Vastgelegd in', 'Termijn', ...(metStand ? ['Stand'] : [])],
      rijen: afsprakenPerPartner(lopend).flatMap((g) =>
        g.afspraken.map((a) => [
          g.partner,
          afspraakSoortNamen[a.soort],
          a.omschrijving,
          namen(a.prioriteitIds, prioriteit),
          namen(a.maatregelIds, maatregel),
          a.vastgelegdIn,
          datumTekst(a.termijn),
          ...(metStand ? [afspraakStatusNamen[a.status]] : []),
        ]),
      ),
    });
  }
  blokken.push({ soort: 'kop', niveau: 2, nummer: null, tekst: 'Capaciteitskeuzes van de Driehoek' });
  if (keuzes.length === 0) {
    blokken.push({ soort: 'leeg', tekst: 'De Driehoek heeft nog geen keuzes over capaciteit vastgelegd.' });
  } else {
    blokken.push({
      soort: 'tabel',
      bijschrift: 'Capaciteitskeuzes van de Driehoek',
      kolommen: ['Datum', 'Onderwerp', 'Keuze', 'Capaciteit', 'Prioriteiten'],
      rijen: [...keuzes]
        .sort((a, b) => a.datum.localeCompare(b.datum) || a.onderwerp.localeCompare(b.onderwerp, 'nl'))
        .map((k) => [datumTekst(k.datum), k.onderwerp, k.keuze, k.capaciteit, namen(k.prioriteitIds, prioriteit)]),
    });
  }
  return blokken;
}
