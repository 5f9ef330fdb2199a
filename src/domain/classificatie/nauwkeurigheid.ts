/**
 * Nauwkeurigheid van de classificatie op een gelabelde set: top-1 en top-3 (trainingsdeel, oude toetsset,
 * nieuwe toetsset 2026 of een combinatie). Een voorstel telt als goed als het een van de labels is die de
 * deskundige gaf ("ruim"); "streng" telt alleen het eerste (belangrijkste) label. Met het
 * 95 %-betrouwbaarheidsinterval van Wilson, omdat de toetssets klein zijn.
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

export interface Interval {
  onder: number;
  boven: number;
}

/**
 * Het 95 %-betrouwbaarheidsinterval van Wilson voor een aandeel (`goed` van `n`). Beter dan
 * p ± 1,96·√(p(1−p)/n) bij kleine n en bij een aandeel dicht bij 0 of 1.
 */
export function wilsonInterval(goed: number, n: number, z = 1.96): Interval {
  if (n <= 0) return { onder: 0, boven: 1 };
  const p = goed / n;
  const z2 = z * z;
  const midden = (p + z2 / (2 * n)) / (1 + z2 / n);
  const marge = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { onder: Math.max(0, midden - marge), boven: Math.min(1, midden + marge) };
}
