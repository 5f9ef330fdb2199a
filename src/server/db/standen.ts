/**
 * The stands of the answer cache (ADR 0017): a number per workspace, and one for what all workspaces
 * share ('algemeen': users, organisations, police figures). A write moves the stand of what it changed
 * after its commit; a read answer is reused only while both stands it was made at are unchanged. A
 * stand is a random uuid, so it never returns to an earlier value (also not after a restore).
 */
import type { Queryable } from './db.ts';

export const ALGEMEEN = 'algemeen';

/**
 * Gives these keys (workspace ids or ALGEMEEN) a new stand, in one statement. Inside a write's
 * transaction, as its last statement (the rows stay locked until the commit; taken last and in sorted
 * order, no two writers wait for each other the other way round). `meldingen` are NOTIFYs on the live
 * channel in the same statement; PostgreSQL delivers them at the commit.
 */
export async function verschuifStanden(db: Queryable, sleutels: string[], meldingen?: { kanaal: string; berichten: string[] }): Promise<void> {
  const berichten = meldingen?.berichten ?? [];
  if (sleutels.length === 0 && berichten.length === 0) return;
  if (berichten.length === 0) {
    await db.query(
      `insert into standen (sleutel, stand)
       select s, gen_random_uuid() from unnest($1::text[]) as s
       on conflict (sleutel) do update set stand = excluded.stand`,
      [[...new Set(sleutels)].sort()],
    );
    return;
  }
  await db.query(
    `with s as (
       insert into standen (sleutel, stand)
       select s, gen_random_uuid() from unnest($1::text[]) as s
       on conflict (sleutel) do update set stand = excluded.stand
     )
     select count(pg_notify($2, b)) from unnest($3::text[]) as b`,
    [[...new Set(sleutels)].sort(), meldingen!.kanaal, berichten],
  );
}
