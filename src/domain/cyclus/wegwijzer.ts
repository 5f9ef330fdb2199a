/**
 * The way through a workspace: which step of Kernbeleid Veiligheid comes next (from the state of the
 * six steps), and how far the analysis is per field (from the sections). Pure: no I/O.
 */
import { velden } from '../kennisbank/kennisbank.ts';
import type { Analyse, StapNummer, StapStatus } from './inhoud.ts';
import { type Deelstap, type Stap, stappen } from './methode.ts';
import { sectieSoort, veldVanSectie } from './stand.ts';

/** The state of one step as the cycle overview gives it. */
export interface Stapstand {
  stap: StapNummer;
  status: StapStatus;
  deelstappen?: Record<string, StapStatus>;
  geplandEinde?: string | null;
}

export interface VolgendeStap {
  /** 'begin': the step has not started; 'verder': it is under way; 'klaar': all six steps are done. */
  soort: 'begin' | 'verder' | 'klaar';
  stap: Stap;
  status: StapStatus;
  /** The first sub-step that is not done (required ones first), or null. */
  deelstap: Deelstap | null;
  geplandEinde: string | null;
  teLaat: boolean;
  /** Later steps that are under way too. */
  ookBezig: StapNummer[];
}

/**
 * What comes next: the first step that is not done. Steps may overlap, so other steps under way are
 * named as well. When every step is done, step 6 (which goes on during the plan period) is named.
 */
export function volgendeStap(standen: readonly Stapstand[], teLaat: readonly { stap: number; teLaat: boolean }[] = []): VolgendeStap {
  const stand = (nummer: number): Stapstand => standen.find((s) => s.stap === nummer) ?? { stap: nummer as StapNummer, status: 'niet-gestart' };
  const open = stappen.find((s) => stand(s.nummer).status !== 'afgerond');
  const stap = open ?? stappen[stappen.length - 1]!;
  const s = stand(stap.nummer);
  const klaar = (d: Deelstap) => s.deelstappen?.[d.id] === 'afgerond';
  const deelstap = open ? (stap.deelstappen.find((d) => !d.optioneel && !klaar(d)) ?? stap.deelstappen.find((d) => !klaar(d)) ?? null) : null;
  return {
    soort: !open ? 'klaar' : s.status === 'niet-gestart' ? 'begin' : 'verder',
    stap,
    status: s.status,
    deelstap,
    geplandEinde: s.geplandEinde ?? null,
    teLaat: open ? teLaat.some((t) => t.stap === stap.nummer && t.teLaat) : false,
    ookBezig: stappen.filter((x) => x.nummer > stap.nummer && stand(x.nummer).status === 'bezig').map((x) => x.nummer),
  };
}

/**
 * Per step: where in the workspace the work is done (a place as the plan check names it: a page,
 * 'analyse' for the analysis), the words of the link there, and what to do, in plain words.
 */
export const stapWerk: Record<StapNummer, { plek: string; link: string; wat: string }> = {
  1: {
    plek: 'startnotitie',
    link: 'Naar de startnotitie',
    wat: 'Schrijf de startnotitie: waarom er een nieuw plan komt, wie er in de werkgroep zitten en wat de planning is. Het college stelt de startnotitie vast.',
  },
  2: {
    plek: 'analyse',
    link: 'Naar de analyse',
    wat: "Beschrijf per thema het probleem, de cijfers en wat er nu al gebeurt. Partners vullen de thema's in die aan hun organisatie zijn toegewezen. Sluit elk veld af met een conclusie.",
  },
  3: {
    plek: 'prioriteiten',
    link: 'Naar de prioriteiten',
    wat: "Kies samen met de raad hooguit drie of vier prioriteiten. De andere thema's blijven in de gewone aanpak.",
  },
  4: {
    plek: 'ivp',
    link: 'Naar het IVP',
    wat: 'Schrijf het integraal veiligheidsplan, laat de partners meelezen en leg het plan voor aan de raad.',
  },
  5: {
    plek: 'uitvoeringsplan',
    link: 'Naar het uitvoeringsplan',
    wat: 'Zet per prioriteit concrete maatregelen in het uitvoeringsplan, met een eigenaar, een planning en een budget. Het college stelt het plan vast.',
  },
  6: {
    plek: 'dashboard',
    link: 'Naar het dashboard',
    wat: 'Houd de voortgang van de maatregelen en de indicatoren bij en bespreek die in het voortgangsoverleg.',
  },
};

/** A section as far as its filling goes. */
export interface SectieVulling {
  sleutel: string;
  tekst: string;
  analyse: Pick<Analyse, 'cijfers' | 'huidigeAanpak' | 'maatregelen' | 'extra'>;
}

export const sectieDeelNamen = ['Problematiek of tekst', 'Cijfers', 'Huidige aanpak', 'Maatregelen', 'Versterking'] as const;

/**
 * Which parts of the analysis form a section has filled, in the order of sectieDeelNamen; null where
 * the method does not ask for that part with this kind of section.
 */
export function sectieDelen(s: SectieVulling): (boolean | null)[] {
  const soort = sectieSoort(s.sleutel);
  const a = s.analyse;
  const thema = soort === 'thema';
  return [
    s.tekst.trim() !== '',
    thema || soort === 'thema-veld-1' || soort === 'lokaal' ? a.cijfers.length > 0 : null,
    thema ? a.huidigeAanpak.trim() !== '' : null,
    thema || soort === 'aspect' ? a.maatregelen.length > 0 : null,
    thema || soort === 'aspect' ? a.extra.trim() !== '' : null,
  ];
}

export type SectieStand = 'leeg' | 'deels' | 'klaar';

/** 'klaar' when every part the method asks for is filled, 'leeg' when nothing is, else 'deels'. */
export function sectieStand(s: SectieVulling): SectieStand {
  const delen = sectieDelen(s).filter((d): d is boolean => d !== null);
  if (delen.every(Boolean)) return 'klaar';
  return delen.some(Boolean) ? 'deels' : 'leeg';
}

export interface Veldgroep<S extends SectieVulling> {
  /** 1-5, or null for sections that belong to no field. */
  veld: number | null;
  naam: string;
  secties: S[];
  metTekst: number;
  klaar: number;
}

/** The sections per field (in the order given), each field with how many sections have text and how many are complete. */
export function perVeld<S extends SectieVulling>(secties: readonly S[]): Veldgroep<S>[] {
  const groepen: Veldgroep<S>[] = velden.map((v) => ({ veld: v.nummer, naam: v.naam, secties: [], metTekst: 0, klaar: 0 }));
  const overig: Veldgroep<S> = { veld: null, naam: 'Overige onderdelen', secties: [], metTekst: 0, klaar: 0 };
  const lokaal: Veldgroep<S> = { veld: null, naam: 'Lokaal beeld per gemeente', secties: [], metTekst: 0, klaar: 0 };
  for (const s of secties) {
    const nummer = veldVanSectie(s.sleutel);
    const groep = groepen.find((g) => g.veld === nummer) ?? (sectieSoort(s.sleutel) === 'lokaal' ? lokaal : overig);
    groep.secties.push(s);
    if (s.tekst.trim() !== '') groep.metTekst += 1;
    if (sectieStand(s) === 'klaar') groep.klaar += 1;
  }
  return [...groepen, lokaal, overig].filter((g) => g.secties.length > 0);
}
