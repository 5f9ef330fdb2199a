/**
 * De stand van een werkruimte in de beleidscyclus: alles wat documenten en de plancheck nodig hebben.
 * Lege beginwaarden en het voorstel voor het IVP uit stap 2 en 3.
 */
import type { Afspraak, Capaciteitskeuze } from './afspraken.ts';
import type { Blok } from './document.ts';
import type { Indicator } from '../monitoring/typen.ts';
import { aspecten, strategischeThemas, themas, velden } from '../kennisbank/kennisbank.ts';
import type { Project } from './project.ts';
import type { Analyse, Ivp, OverigeGroep, Prioriteit, Prioriteringssessie, Startnotitie, Uitvoeringsplan, Uitzonderingen } from './inhoud.ts';

export interface AnalyseSectie {
  sleutel: string;
  titel: string;
  tekst: string;
  analyse: Analyse;
  vertrouwelijk: boolean;
}

import type { RijkeKnoop } from '../tekst/rijk.ts';
import type { Terugblik } from './opvolging.ts';

export interface CyclusStand {
  werkruimte: {
    naam: string;
    gemeentenaam: string;
    /** Alle gemeenten, de eigen eerst; meer dan één bij een gezamenlijk IVP. Ontbreekt: alleen de eigen. */
    gemeenten?: { code: string; naam: string }[];
    periodeStart: number | null;
    periodeEinde: number | null;
    /** De datum van het coalitieakkoord (ISO), of null; ontbreekt: niet geladen. */
    coalitieakkoord?: string | null;
  };
  startnotitie: Startnotitie;
  secties: AnalyseSectie[];
  prioriteiten: Prioriteit[];
  overigeGroepen: OverigeGroep[];
  sessie: Prioriteringssessie | null;
  ivp: Ivp;
  uitvoeringsplannen: Uitvoeringsplan[];
  /** Alleen bij een werkruimte van de soort project. */
  project: Project | null;
  /** De effectindicatoren (stap 6); ontbreekt: nog niet geladen of geen. */
  indicatoren?: Indicator[];
  /** De samen geschreven teksten met hun opmaak, op sleutel (zie teksten.ts); ontbreekt: alleen platte tekst. */
  rijkeTeksten?: Record<string, RijkeKnoop>;
  /** Redenen van de coördinator voor prioriteiten zonder indicator met streefwaarde; ontbreekt: geen. */
  uitzonderingen?: Uitzonderingen;
  /** De raadsvergadering die het IVP moet vaststellen (uit het proces); ontbreekt: niet geladen. */
  raadsvergadering?: string | null;
  /**
   * Het verslag van de afgeronde prioriteringsrondes (wie meedeed, de uitslag, de argumenten), als
   * blokken voor de verantwoording in het IVP (ronde.ts, rondeVerslag); leeg of afwezig: geen ronde.
   */
  rondeVerslagen?: Blok[];
  /** Issue 19: bij de opvolger van een eerder IVP de terugblik op dat plan (opvolging.ts); ontbreekt of null: geen voorganger. */
  terugblik?: Terugblik | null;
  /** Issue 19: de afspraken met partners en de capaciteitskeuzes van de Driehoek (afspraken.ts); ontbreekt: niet geladen. */
  afspraken?: { afspraken: Afspraak[]; keuzes: Capaciteitskeuze[] };
}

export function legeAnalyse(): Analyse {
  return { cijfers: [], huidigeAanpak: '', maatregelen: [], extra: '', plausibeleThemas: [] };
}

/** A stored analysis with what it lacks filled in, so every section has the full shape. */
export function volledigeAnalyse(opgeslagen: Partial<Analyse> | Record<string, unknown> | null | undefined): Analyse {
  return { ...legeAnalyse(), ...(opgeslagen ?? {}) } as Analyse;
}

export function legeStartnotitie(): Startnotitie {
  return {
    aanleiding: '',
    producten: '',
    beleidscyclus: '',
    planning: '',
    werkgroep: [],
    partners: '',
    benodigdeTijd: '',
    rolRaad: '',
    inwonersraadpleging: '',
    flankerendBeleid: '',
    zekereThemas: [],
  };
}

export function leegIvp(): Ivp {
  return {
    uitgangssituatie: '',
    strategischeDoelstelling: '',
    strategischeUitgangspunten: '',
    prioriteiten: {},
    overigeThemas: '',
    coordinatie: '',
    begroting: '',
    strategischeThemas: Object.fromEntries(strategischeThemas.map((s) => [s.id, { hoofdstuk: null, tekst: '' }])),
  };
}

export function leegUitvoeringsplan(jaar: number): Uitvoeringsplan {
  return { jaar, hoofdlijn: '', terugblik: '', actiepunten: [], begroting: '' };
}

/** Welke delen van het analyseformulier bij een sectie horen, zoals de methode het voorschrijft. */
export type SectieSoort = 'thema-veld-1' | 'thema' | 'aspect' | 'veld' | 'lokaal';

export function sectieSoort(sleutel: string): SectieSoort | null {
  if (/^thema-1\.\d$/.test(sleutel)) return 'thema-veld-1';
  if (/^thema-[2-5]\.\d$/.test(sleutel)) return 'thema';
  if (/^aspect-[1-6]$/.test(sleutel)) return 'aspect';
  if (/^veld-[1-5]$/.test(sleutel)) return 'veld';
  if (/^lokaal-GM\d{4}$/.test(sleutel)) return 'lokaal';
  return null;
}

/** Het veld waar een sectie bij hoort. */
export function veldVanSectie(sleutel: string): number | null {
  const m = /^(?:thema-(\d)\.\d|aspect-\d|veld-(\d))$/.exec(sleutel);
  if (!m) return null;
  if (sleutel.startsWith('aspect-')) return 1;
  return Number(m[1] ?? m[2]);
}

/** Is er in deze sectie iets ingevuld? */
export function sectieIngevuld(s: Pick<AnalyseSectie, 'tekst' | 'analyse'>): boolean {
  const a = s.analyse;
  return (
    s.tekst.trim() !== '' ||
    a.cijfers.length > 0 ||
    a.huidigeAanpak.trim() !== '' ||
    a.maatregelen.length > 0 ||
    a.extra.trim() !== '' ||
    a.plausibeleThemas.length > 0
  );
}

/** Thema's met een ingevulde analyse (problematiek, aanpak of cijfers), in de volgorde van de methode. */
export function geanalyseerdeThemaIds(secties: readonly Pick<AnalyseSectie, 'sleutel' | 'tekst' | 'analyse'>[]): string[] {
  const ingevuld = new Set(secties.filter(sectieIngevuld).map((s) => s.sleutel));
  return themas.filter((t) => ingevuld.has(`thema-${t.id}`)).map((t) => t.id);
}

/**
 * Het voorstel voor het IVP: lege hoofdstukken gevuld uit de analyse (conclusies per veld) en de
 * prioritering (problematiek van de thema's onder een prioriteit). Wat al is geschreven blijft staan.
 */
export function ivpVoorstel(ivp: Ivp, stand: Pick<CyclusStand, 'secties' | 'prioriteiten' | 'overigeGroepen'>): Ivp {
  const sectie = new Map(stand.secties.filter((s) => !s.vertrouwelijk).map((s) => [s.sleutel, s]));
  const uit: Ivp = { ...ivp, prioriteiten: { ...ivp.prioriteiten }, strategischeThemas: { ...ivp.strategischeThemas } };
  if (!uit.uitgangssituatie.trim()) {
    uit.uitgangssituatie = velden
      .map((v) => {
        const conclusie = sectie.get(`veld-${v.nummer}`)?.tekst.trim();
        return conclusie ? `${v.nummer} ${v.naam}\n${conclusie}` : '';
      })
      .filter(Boolean)
      .join('\n\n');
  }
  for (const p of stand.prioriteiten) {
    const bestaand = uit.prioriteiten[p.id] ?? { waarom: '', hoofdlijnen: '', flankerendBeleid: '', doel: '' };
    if (!bestaand.waarom.trim()) {
      bestaand.waarom = p.themaIds
        .map((t) => sectie.get(`thema-${t}`)?.tekst.trim() ?? '')
        .filter(Boolean)
        .join('\n\n');
    }
    if (!bestaand.hoofdlijnen.trim()) {
      bestaand.hoofdlijnen = p.themaIds
        .map((t) => sectie.get(`thema-${t}`)?.analyse.extra.trim() ?? '')
        .filter(Boolean)
        .join('\n\n');
    }
    uit.prioriteiten[p.id] = bestaand;
  }
  if (!uit.overigeThemas.trim() && stand.overigeGroepen.length > 0) {
    uit.overigeThemas = stand.overigeGroepen
      .map((g) => `${g.naam}: ${g.themaIds.map((t) => themas.find((x) => x.id === t)?.naam ?? t).join(', ')}.`)
      .join('\n');
  }
  for (const s of strategischeThemas) uit.strategischeThemas[s.id] ??= { hoofdstuk: null, tekst: '' };
  return uit;
}

/**
 * Het vervolgplan voor het volgende jaar: de maatregelen die niet gereed of vervallen zijn gaan
 * mee (weer als gepland of lopend), en er komt een terugblik op het afgelopen jaar.
 */
export function vervolgplan(vorig: Uitvoeringsplan, jaar: number): Uitvoeringsplan {
  const actiepunten = vorig.actiepunten
    .map((a) => ({ ...a, maatregelen: a.maatregelen.filter((m) => ['niet-gestart', 'loopt', 'vertraagd'].includes(m.status)).map((m) => ({ ...m, prestaties: [] })) }))
    .filter((a) => a.maatregelen.length > 0);
  // The look-back is text everyone reads: it counts only measures that are not confidential.
  const alle = vorig.actiepunten.flatMap((a) => a.maatregelen).filter((m) => m.vertrouwelijk !== true);
  const gereed = alle.filter((m) => m.status === 'afgerond').length;
  const vervallen = alle.filter((m) => m.status === 'geschrapt').length;
  const mee = actiepunten.reduce((n, a) => n + a.maatregelen.filter((m) => m.vertrouwelijk !== true).length, 0);
  return {
    jaar,
    hoofdlijn: vorig.hoofdlijn,
    terugblik:
      `In ${vorig.jaar} stonden ${alle.length} maatregelen in het uitvoeringsplan. ${gereed} zijn afgerond, ${vervallen} zijn geschrapt ` +
      `en ${mee} lopen door in ${jaar}. Beschrijf hier hoe het veiligheidsbeeld zich ontwikkelde en welke bijstelling nodig is.`,
    actiepunten,
    begroting: '',
  };
}

/**
 * De secties van de veiligheidsanalyse van een nieuwe werkruimte: per veld de thema's, bij veld 1
 * daarna de zes aspecten, en per veld een conclusie. `volgorde` houdt die ordening vast.
 */
/**
 * Bij een gezamenlijk IVP: per gemeente een sectie voor het lokale beeld (de methode: stap 2 en 3
 * "vooral lokaal, in elke gemeente afzonderlijk"), met tekst en lokale cijfers.
 */
export function lokaleSecties(gemeenten: readonly { code: string; naam: string }[]): { sleutel: string; titel: string; volgorde: number }[] {
  if (gemeenten.length < 2) return [];
  return gemeenten.map((g, i) => ({ sleutel: `lokaal-${g.code}`, titel: `Lokaal beeld: ${g.naam}`, volgorde: 900 + i }));
}

export function analyseSectieLijst(): { sleutel: string; titel: string; volgorde: number }[] {
  const lijst: { sleutel: string; titel: string; volgorde: number }[] = [];
  for (const v of velden) {
    for (const t of themas.filter((x) => x.veld === v.nummer)) {
      lijst.push({ sleutel: `thema-${t.id}`, titel: `${t.id} ${t.naam}`, volgorde: v.nummer * 100 + Number(t.id.split('.')[1]) });
    }
    if (v.nummer === 1) {
      for (const a of aspecten) lijst.push({ sleutel: `aspect-${a.id}`, titel: `Aspect 1.${a.id} ${a.naam}`, volgorde: 150 + Number(a.id) });
    }
    lijst.push({ sleutel: `veld-${v.nummer}`, titel: `Conclusie veld ${v.nummer}: ${v.naam}`, volgorde: v.nummer * 100 + 99 });
  }
  return lijst;
}
