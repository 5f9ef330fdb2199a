/**
 * Throttling of sign-in (ADR 0013), with rate-limiter-flexible's PostgreSQL store in the app's own
 * database (table aanmeldbeperking), so every server process on one PostgreSQL database counts
 * together; the embedded PGlite uses the same store in its own database.
 *
 * Two counters, both counted before the password is checked (so parallel guesses cannot slip past):
 * - per account: failures for an existing account count against its user id; failures for an unknown
 *   e-mail address count against that address (hashed), never against a real account;
 * - per client address: generous, so a town hall behind one NAT does not reach it in normal use.
 * The attempt that goes over a limit blocks the key for the window from that moment. A successful
 * sign-in deletes the account counter and gives the address its point back; so does a correct
 * password that still needs a TOTP code.
 */
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Queryable } from '../db/db.ts';

export interface AanmeldLimieten {
  /** Failed attempts per account (or per unknown e-mail address) in the window; the next is refused. */
  perAccount: number;
  /** Failed attempts per client address in the window; the next is refused. */
  perAdres: number;
  /** The window and the block after going over a limit, in seconds. */
  vensterSeconden: number;
}

export const STANDAARD_LIMIETEN: AanmeldLimieten = { perAccount: 5, perAdres: 100, vensterSeconden: 15 * 60 };

export interface Blokkade {
  /** Which limit: the account (or unknown e-mail address), or the client address. */
  soort: 'account' | 'adres';
  /** Seconds until a new attempt is counted again (for Retry-After). */
  seconden: number;
}

export interface Poging {
  /** Set when this attempt is refused; nothing was checked and nothing more needs to be done. */
  blokkade: Blokkade | null;
  /** The sign-in succeeded: the account starts again at zero and the address gets its point back. */
  gelukt(): Promise<void>;
  /** The password was right but a TOTP code is still needed: not a failure, both points back. */
  nietMislukt(): Promise<void>;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** rate-limiter-flexible's Postgres store speaks to a `pg` client; this makes a Db (PGlite or pg) one. */
function storeClient(db: Queryable) {
  return {
    async query(q: { text: string; values?: unknown[] }) {
      const r = await db.query(q.text, q.values);
      return { rows: r.rows, rowCount: r.rows.length };
    },
  };
}

export class Aanmeldbeperking {
  private readonly account: RateLimiterPostgres;
  private readonly adres: RateLimiterPostgres;

  constructor(
    db: Queryable,
    readonly limieten: AanmeldLimieten = STANDAARD_LIMIETEN,
  ) {
    const common = {
      storeClient: storeClient(db),
      storeType: 'client',
      tableName: 'aanmeldbeperking',
      tableCreated: true, // migration 010
      duration: limieten.vensterSeconden,
      blockDuration: limieten.vensterSeconden,
    };
    this.account = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: limieten.perAccount });
    this.adres = new RateLimiterPostgres({ ...common, keyPrefix: 'adres', points: limieten.perAdres });
  }

  /**
   * Counts a sign-in attempt before anything is checked. `gebruikerId` is the existing, active account
   * with this e-mail address, or null when there is none.
   */
  async begin(attempt: { gebruikerId: string | null; email: string; adres: string }): Promise<Poging> {
    const accountKey = attempt.gebruikerId ?? `onbekend:${sha256(attempt.email)}`;
    const adresBlok = await consume(this.adres, attempt.adres);
    if (adresBlok) return this.refused('adres', adresBlok);
    const accountBlok = await consume(this.account, accountKey);
    if (accountBlok) {
      // A refused attempt checks nothing, so it does not count against the address.
      await this.adres.reward(attempt.adres);
      return this.refused('account', accountBlok);
    }
    return {
      blokkade: null,
      gelukt: async () => {
        await this.account.delete(accountKey);
        await this.adres.reward(attempt.adres);
      },
      nietMislukt: async () => {
        await this.account.reward(accountKey);
        await this.adres.reward(attempt.adres);
      },
    };
  }

  private refused(soort: Blokkade['soort'], res: RateLimiterRes): Poging {
    const nothing = () => Promise.resolve();
    return { blokkade: { soort, seconden: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) }, gelukt: nothing, nietMislukt: nothing };
  }
}

/** Consumes a point; the limiter's answer when that goes over the limit, null when allowed. */
async function consume(limiter: RateLimiterPostgres, key: string): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (err) {
    if (err instanceof RateLimiterRes) return err;
    throw err;
  }
}
