/**
 * Filteren en zoeken in de methodencatalogus. Binnen één indeling is een filter een OF
 * (rol = opdrachtgever of facilitator), tussen indelingen een EN (en politie betrokken).
 */
import type { VeldNummer } from '../kennisbank/types.ts';
import { scoreMetStam, stamVelden, type StamVeld, zoekwoorden } from '../tekst/stamzoeken.ts';
import { methoden as methodenData } from './data.ts';
import type { GemeentelijkeRol, Methode, MethodeObject, Partij, Probleem, Samenwerkingsvorm } from './types.ts';

export const methoden: readonly Methode[] = methodenData;

export interface MethodeFilter {
  veld?: VeldNummer[];
  object?: MethodeObject[];
  samenwerking?: Samenwerkingsvorm[];
  rol?: GemeentelijkeRol[];
  partij?: Partij[];
  probleem?: Probleem[];
  zoek?: string;
}

export function vindMethode(id: string): Methode | undefined {
  return methoden.find((m) => m.id === id);
}

function raakt<T>(gekozen: readonly T[] | undefined, waarden: readonly T[]): boolean {
  return !gekozen || gekozen.length === 0 || gekozen.some((g) => waarden.includes(g));
}

export function filterMethoden(filter: MethodeFilter, lijst: readonly Methode[] = methoden): Methode[] {
  // With Dutch stems: "peuterspeelzaal" finds "peuterspeelzalen" (see stamzoeken.ts).
  const woorden = zoekwoorden(filter.zoek ?? '');
  const gevonden = lijst
    .filter(
      (m) =>
        raakt(filter.veld, m.velden) &&
        raakt(filter.object, [m.object]) &&
        raakt(filter.samenwerking, m.samenwerking) &&
        raakt(filter.rol, m.rollen) &&
        raakt(filter.partij, m.partijen) &&
        raakt(filter.probleem, m.problemen),
    )
    .map((m) => ({ m, score: woorden.length === 0 ? 1 : scoreMetStam(woorden, zoekveldenVan(m)) }))
    .filter((r) => r.score > 0);
  if (woorden.length > 0) gevonden.sort((a, b) => b.score - a.score);
  return gevonden.map((r) => r.m);
}

/** The search fields of a method, normalised and stemmed once per method. */
const velden = new WeakMap<Methode, StamVeld[]>();

function zoekveldenVan(m: Methode): StamVeld[] {
  let v = velden.get(m);
  if (!v) {
    v = stamVelden([
      { tekst: `${m.naam} ${m.afkorting ?? ''}`, gewicht: 20 },
      { tekst: m.doel, gewicht: 5 },
      { tekst: [...m.werkwijze, ...m.stappen, m.meerInformatie ?? ''].join(' | '), gewicht: 1 },
    ]);
    velden.set(m, v);
  }
  return v;
}
