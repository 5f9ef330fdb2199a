/**
 * Gemeenten zonder eigen rij in een jaar (zoals na een download van data.politie.nl per wijk of buurt):
 * de som van hun wijken, of zonder wijken van hun buurten, als rij van de gemeente met `herkomst`
 * ("som van 517 buurten"). Het overzicht per gemeente (overzichtVoorWerkruimte) telt ze mee, zodat zo'n
 * gemeente niet zonder reeks blijft, en noemt de jaren die een som zijn (issue 16, punt 6). Eigen SQL
 * (via zichtbareCijfers), zodat dit bestand cijfers.ts niet importeert (geen importcyclus).
 */
import { type CijferRij, gemeenteJaarrijen } from '../../domain/politie/cijfers.ts';
import { naarCijferrijen } from '../../domain/politie/opslagrij.ts';
import type { RegioSoort } from '../../domain/politie/regios.ts';
import type { Queryable } from '../db/db.ts';
import { zichtbareCijfers } from './opslag.ts';

export type Gebiedssom = CijferRij & { herkomst: string };

/**
 * Per gemeente en jaar zonder eigen jaarrij in `eigen` (de gemeenterijen die er al zijn): de som van
 * haar wijken of buurten, als die er zijn. Gesorteerd op gemeente en jaar.
 */
export async function gebiedssommen(db: Queryable, gemeenten: readonly string[], eigen: readonly CijferRij[]): Promise<Gebiedssom[]> {
  if (gemeenten.length === 0) return [];
  const { rows } = await db.query<{ gemeente: string; niveau: RegioSoort; jaar: number; maand: number; regios: string[]; aantallen: Uint8Array }>(
    zichtbareCijfers(`maand = 0 and niveau in ('wijk', 'buurt') and gemeente = any($1::text[])`),
    [gemeenten],
  );
  const gebieden = rows.flatMap((r) => naarCijferrijen({ ...r, aantallen: r.aantallen }));
  const heeft = new Set(eigen.filter((r) => r.maand === 0).map((r) => `${r.regio} ${r.jaar}`));
  const uit: Gebiedssom[] = [];
  for (const g of [...gemeenten].sort()) {
    const van = gebieden.filter((r) => r.regio.slice(2, 6) === g.slice(2));
    for (const r of gemeenteJaarrijen(van, g)) {
      if (r.herkomst !== null && !heeft.has(`${g} ${r.jaar}`)) uit.push({ ...r, herkomst: r.herkomst });
    }
  }
  return uit;
}

/** De jaren van een gemeente die een som van gebieden zijn, met de herkomst; leeg als alle jaren haar eigen cijfers zijn. */
export function gebiedssomJaren(rijen: readonly (CijferRij & { herkomst?: string | null })[]): { jaar: number; herkomst: string }[] {
  return rijen.filter((r): r is CijferRij & { herkomst: string } => typeof r.herkomst === 'string').map((r) => ({ jaar: r.jaar, herkomst: r.herkomst }));
}
