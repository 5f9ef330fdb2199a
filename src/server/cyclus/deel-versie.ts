/** neemVersie for a cycle part: a part never saved starts from its default content (version 0 -> 1). */
import type { Context } from 'hono';
import { type Deel, laadDeel, standaardInhoud, type WerkruimteKop } from './opslag.ts';
import type { Queryable } from '../db/db.ts';
import { cyclusdeelRij } from '../db/versies.ts';
import { neemVersie, type VersionCheck } from '../api/versioning.ts';

/** `toon` shapes the current part for a 412 (for instance without what the writer may not see). */
export function neemDeelVersie<T>(c: Context, tx: Queryable, w: WerkruimteKop, sleutel: string, gebruikerId: string, toon: (deel: Deel<T>) => unknown = (deel) => deel): Promise<VersionCheck> {
  return neemVersie(c, tx, cyclusdeelRij(w.id, sleutel, standaardInhoud(sleutel, w), gebruikerId), async () => {
    const nu = await laadDeel<T>(tx, w, sleutel);
    return { versie: nu.versie, body: toon(nu) };
  });
}
