/**
 * The demo's public dashboard (issue 18, point 1): everything that can be public is published, as the
 * coordinator would with 'Alles publiceren' — the adopted IVP with its priorities, the indicators that
 * are not confidential, the measures' progress and whatever else is publishable at seeding time.
 * Confidential items are never publishable, so they are never among them.
 */
import { publiceerbareOnderdelen } from '../../domain/openbaar/openbaar.ts';
import { laadWerkruimte } from '../cyclus/opslag.ts';
import type { Queryable } from '../db/db.ts';
import { laadOpenbareBron } from '../openbaar/bron.ts';
import { vervangPublicaties } from '../openbaar/opslag.ts';

export async function seedDemoOpenbaar(tx: Queryable, werkruimteId: string, coordinatorId: string): Promise<void> {
  const w = await laadWerkruimte(tx, werkruimteId);
  if (!w) return;
  const onderdelen = publiceerbareOnderdelen(await laadOpenbareBron(tx, w)).map((o) => o.id);
  await vervangPublicaties(tx, werkruimteId, onderdelen, coordinatorId);
}
