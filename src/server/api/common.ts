import { z } from '@hono/zod-openapi';
import type { Db, Queryable } from '../db/db.ts';
import type { Context } from 'hono';
import { verschuifStanden } from '../db/standen.ts';
import { type ChangeEvent, type Hub, LIVE_KANAAL } from '../realtime/hub.ts';
import type { AppEnv } from '../toegang/middleware.ts';
import { problemSchema } from './schemas.ts';

const problemContent = { 'application/problem+json': { schema: problemSchema } };

/** The error answers most protected endpoints share, for the OpenAPI document. */
export const protectedErrors = {
  400: { content: problemContent, description: 'Ongeldige invoer; `invalidParams` wijst het veld aan.' },
  401: { content: problemContent, description: 'Niet aangemeld.' },
  403: { content: problemContent, description: 'Geen recht op deze actie, of CSRF-token ontbreekt.' },
  404: { content: problemContent, description: 'Bestaat niet, of is niet zichtbaar voor u.' },
} as const;

export const versionedWriteErrors = {
  ...protectedErrors,
  412: { content: problemContent, description: 'Gebaseerd op een oude versie; het antwoord bevat de huidige versie (`huidig`).' },
  428: { content: problemContent, description: 'If-Match ontbreekt.' },
} as const;

export const ifMatchHeader = z.object({
  'If-Match': z.string().optional().openapi({
    param: { name: 'If-Match', in: 'header' },
    description: 'De ETag (versie) waarop de wijziging is gebaseerd, bv. "3". Verplicht.',
  }),
});

export const uuidParam = (name: string) =>
  z.string().openapi({ param: { name, in: 'path' }, example: '0b0e2c6e-4c1f-4c55-9f51-2a8a5d3b9c10' });

/** Carries a refusal out of the transaction so that the transaction rolls back. */
class Terugdraaien extends Error {
  constructor(readonly antwoord: Response) {
    super('teruggedraaid');
  }
}

/**
 * A refusal after part of the write (a 412 or 422 after the version was taken, a 409) must leave
 * nothing behind. A 403 stays committed: its only write is the entry in the security log.
 */
function moetTerug(r: unknown): r is Response {
  return r instanceof Response && r.status >= 400 && r.status !== 403;
}

/**
 * Runs a write in one transaction; a returned error response (400 or more, except 403) rolls it back.
 * A successful write also gives the stands of the answer cache (ADR 0017) their new value in the same
 * transaction, together with the live announcements (`meldingen`, PostgreSQL NOTIFY, delivered at the
 * commit): one statement instead of two extra commits after it.
 */
export async function inTransactie<T>(c: Context<AppEnv>, db: Db, work: (tx: Queryable) => Promise<T>, meldingen: () => string[] = () => []): Promise<T> {
  const stand = c.get('schrijfstand');
  try {
    return await db.transaction(async (tx) => {
      const r = await work(tx);
      if (moetTerug(r)) throw new Terugdraaien(r);
      const geweigerd = r instanceof Response && r.status >= 400;
      if (stand && !geweigerd) {
        await verschuifStanden(tx, stand.sleutels, { kanaal: LIVE_KANAAL, berichten: meldingen() });
        stand.verschoven = true;
      } else if (meldingen().length > 0) {
        await verschuifStanden(tx, [], { kanaal: LIVE_KANAAL, berichten: meldingen() });
      }
      return r;
    });
  } catch (err) {
    if (err instanceof Terugdraaien) return err.antwoord as T;
    throw err;
  }
}

/**
 * Runs a write in one transaction and announces its changes only at the commit, so nobody hears of a
 * change that did not happen or refetches before it is visible. With PostgreSQL (LISTEN/NOTIFY between
 * processes) the announcements are NOTIFYs inside the transaction; without it they are delivered in
 * this process after the commit. A returned error response (400 or more, except 403) rolls the
 * transaction back.
 */
export async function writeAndAnnounce<T>(c: Context<AppEnv>, db: Db, hub: Hub, work: (tx: Queryable, announce: (event: ChangeEvent) => void) => Promise<T>): Promise<T> {
  const events: ChangeEvent[] = [];
  const inDeTransactie = hub.viaDatabase;
  const result = await inTransactie(c, db, (tx) => work(tx, (event) => events.push(event)), () => (inDeTransactie ? events.map((e) => JSON.stringify(e)) : []));
  if (moetTerug(result) || inDeTransactie) return result;
  for (const event of events) {
    try {
      await hub.publish(event);
    } catch (err) {
      console.warn(`Live melding niet verstuurd (${event.type}): ${(err as Error).message}`);
    }
  }
  return result;
}
