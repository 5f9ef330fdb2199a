/** The history of a workspace (table `wijzigingen`, append-only): one line per change. */
import type { Queryable } from '../db/db.ts';

export interface Wijzigingsregel {
  werkruimteId: string;
  /** What changed: a section key, 'cyclus:<part>', 'document:<soort>'; null for the workspace itself. */
  sleutel: string | null;
  gebruikerId: string;
  soort: string;
  voor?: unknown;
  na?: unknown;
  reden?: string | null;
}

export async function legWijzigingVast(tx: Queryable, w: Wijzigingsregel): Promise<void> {
  await tx.query(`insert into wijzigingen (werkruimte_id, sectie_sleutel, gebruiker_id, soort, voor, na, reden) values ($1, $2, $3, $4, $5, $6, $7)`, [
    w.werkruimteId,
    w.sleutel,
    w.gebruikerId,
    w.soort,
    w.voor === undefined ? null : JSON.stringify(w.voor),
    w.na === undefined ? null : JSON.stringify(w.na),
    w.reden ?? null,
  ]);
}
