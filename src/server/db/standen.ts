/**
 * The stands of the answer cache (ADR 0017): a number per workspace, and one for what all workspaces
 * share ('algemeen': users, organisations, police figures). A write moves the stand of what it changed
 * after its commit; a read answer is reused only while both stands it was made at are unchanged. A
 * stand is a random uuid, so it never returns to an earlier value (also not after a restore).
 */
import type { Queryable } from './db.ts';

export const ALGEMEEN = 'algemeen';

/** Gives these keys (workspace ids or ALGEMEEN) a new stand; one statement, its own commit. */
export async function verschuifStanden(db: Queryable, sleutels: string[]): Promise<void> {
  if (sleutels.length === 0) return;
  await db.query(
    `insert into standen (sleutel, stand)
     select s, gen_random_uuid() from unnest($1::text[]) as s
     on conflict (sleutel) do update set stand = excluded.stand`,
    [[...new Set(sleutels)].sort()],
  );
}
