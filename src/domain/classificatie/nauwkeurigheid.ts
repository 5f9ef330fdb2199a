/**
 * Nauwkeurigheid van de classificatie op de gelabelde set: top-1 en top-3, op het trainingsdeel en op
 * de toetsset. Een voorstel telt als goed als het een van de labels is die de deskundige gaf
 * ("ruim"); "streng" telt alleen het eerste (belangrijkste) label.
 */
import { classificeer } from './classifier.ts';
import type { GelabeldeTitel } from './labelset.ts';

export interface Nauwkeurigheid {
  aantal: number;
  /** Eerste voorstel is een van de labels. */
  top1: number;
  /** Een van de eerste drie voorstellen is een van de labels. */
  top3: number;
  /** Eerste voorstel is het eerste label. */
  top1Streng: number;
  /** Het eerste label staat bij de eerste drie voorstellen. */
  top3Streng: number;
  missers: { titel: string; labels: string[]; voorstellen: string[] }[];
}

export function meetNauwkeurigheid(set: readonly GelabeldeTitel[]): Nauwkeurigheid {
  let top1 = 0;
  let top3 = 0;
  let top1Streng = 0;
  let top3Streng = 0;
  const missers: Nauwkeurigheid['missers'] = [];
  for (const g of set) {
    const voorstellen = classificeer(g.titel).suggesties.map((s) => s.id as string);
    if (voorstellen[0] !== undefined && g.labels.includes(voorstellen[0])) top1++;
    else missers.push({ titel: g.titel, labels: [...g.labels], voorstellen });
    if (voorstellen.some((v) => g.labels.includes(v))) top3++;
    if (voorstellen[0] === g.labels[0]) top1Streng++;
    if (voorstellen.includes(g.labels[0]!)) top3Streng++;
  }
  const n = set.length || 1;
  return {
    aantal: set.length,
    top1: top1 / n,
    top3: top3 / n,
    top1Streng: top1Streng / n,
    top3Streng: top3Streng / n,
    missers,
  };
}
