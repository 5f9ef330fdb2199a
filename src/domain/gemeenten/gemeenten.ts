/**
 * Gemeenten: opzoeken op CBS-code (GMxxxx) en een lijst op naam voor keuzelijsten.
 */
import { gemeentenData } from './data.ts';
import type { Gemeente } from './gemeente.ts';

export type { Gemeente } from './gemeente.ts';

export const GEMEENTECODE_PATROON = /^GM\d{4}$/;

const perCode = new Map(gemeentenData.map((g) => [g.code, g]));

export function gemeenteBijCode(code: string): Gemeente | undefined {
  return perCode.get(code.trim().toUpperCase());
}

/** Alle gemeenten op naam, zoals een Nederlandse lijst ze sorteert ('s-Gravenhage bij de G). */
export const gemeentenOpNaam: readonly Gemeente[] = [...gemeentenData].sort((a, b) =>
  sorteernaam(a.naam).localeCompare(sorteernaam(b.naam), 'nl'),
);

function sorteernaam(naam: string): string {
  return naam.replace(/^'s-/, '');
}
