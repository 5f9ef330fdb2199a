/**
 * The answer cache (ADR 0017). The pages of a workspace read the same things again and again (the
 * dashboard, the cycle, a section, the indicators), and each read costs 5-15 queries and a
 * calculation. An answer is kept per user and address, together with what it was made from:
 *
 * - the member's rights (role, clearance, organisation), looked up anew on every request;
 * - the stand of the workspace and of the shared part (users, organisations, police figures), read in
 *   the same query as the session and the rights (loadSession); every write through the API moves
 *   them in its own transaction, or right after it, and always before its answer
 *   (`standenBijSchrijven`, `inTransactie`), in whichever server process it ran;
 * - the date (answers that speak of "late" or "next meeting" change at midnight, UTC like `vandaag`).
 *
 * A stored answer is used only when all of these are unchanged; otherwise the route answers as usual
 * and the new answer is kept. So a signed-in read costs one query (session, rights and stands)
 * instead of up to fifteen, and nobody gets an answer about something that changed: a write's own
 * answer is sent only after its stand moved, in the database that every process reads.
 *
 * Only the routes listed in GECACHTE_PADEN are kept: answers that depend on the database, the user and
 * the date alone. Refusals and errors are never kept; a member who lost a right does not match the
 * rights of the stored answer.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import type { Db } from '../db/db.ts';
import { ALGEMEEN, verschuifStanden } from '../db/standen.ts';
import type { AppEnv } from '../toegang/middleware.ts';

const SCHRIJVEN = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const UUID = '[0-9a-fA-F-]{36}';
const WERKRUIMTE_PAD = new RegExp(`^/api/v1/werkruimtes/(${UUID})(?:/|$)`);

/**
 * GET routes of a workspace whose answer depends only on the database, the user and the date (no
 * presence, no clock beyond the day, no request headers), relative to /api/v1/werkruimtes/{id}.
 */
const GECACHTE_PADEN = [
  '',
  '/cyclus',
  '/dashboard',
  '/indicatoren',
  '/indicatoren/[^/]+',
  '/secties',
  '/secties/[^/]+',
  '/uitvoeringsplannen',
  '/uitvoeringsplannen/[^/]+',
  '/voortgangsoverleg',
  '/streeftabel',
  '/plancheck',
].map((p) => new RegExp(`^/api/v1/werkruimtes/${UUID}${p}$`));

/** Writes that change nothing a cached answer shows: signing in and out, marking a notification read. */
const ZONDER_STAND = [/^\/api\/v1\/sessies(?:\/|$)/, /^\/api\/v1\/meldingen(?:\/|$)/,
  // Answers of residents to a questionnaire (issue 18): no cached answer shows them.
  /^\/api\/v1\/vragenlijsten(?:\/|$)/];

/** Writes under a workspace that change what every workspace shares: police figures are per municipality. */
const GEDEELD_ONDER_WERKRUIMTE = new RegExp(`^/api/v1/werkruimtes/${UUID}/politiecijfers/imports(?:/|$)`);
/** Veiligheidsmonitor imports (issue 16) are shared too, and they write measurements of indicators in every workspace. */
const GEDEELD_VEILIGHEIDSMONITOR = new RegExp(`^/api/v1/werkruimtes/${UUID}/veiligheidsmonitor/imports(?:/|$)`);

/** Which stands a request moves after it has run: none for reads (but the OIDC return, which may create or rename a user). */
export function standenVanVerzoek(methode: string, pad: string): string[] {
  if (methode === 'GET' && pad === '/api/v1/oidc/terugkeer') return [ALGEMEEN];
  if (!SCHRIJVEN.has(methode)) return [];
  if (ZONDER_STAND.some((r) => r.test(pad))) return [];
  const w = WERKRUIMTE_PAD.exec(pad);
  if (!w) return [ALGEMEEN];
  if (GEDEELD_ONDER_WERKRUIMTE.test(pad)) return [w[1]!.toLowerCase(), ALGEMEEN];
  if (GEDEELD_VEILIGHEIDSMONITOR.test(pad)) return [w[1]!.toLowerCase(), ALGEMEEN];
  return [w[1]!.toLowerCase()];
}

export function wordtGecacht(pad: string): boolean {
  return GECACHTE_PADEN.some((r) => r.test(pad));
}

interface Antwoord {
  /** Rights, stands and date the answer was made at. */
  grond: string;
  status: number;
  headers: [string, string][];
  body: string;
  bytes: number;
  gemaakt: number;
}

export interface AntwoordcacheOpties {
  /** Most memory the kept answers may take (their text), in bytes; 0 switches the cache off. */
  maxBytes?: number;
  /** An answer is made anew after this long, even when nothing moved (a safety net). */
  maxLeeftijdMs?: number;
}

/** The answers of this process, least recently used first out (lru-cache, bounded by their size). */
export class Antwoordcache {
  private readonly antwoorden: LRUCache<string, Antwoord> | null;
  readonly maxBytes: number;
  readonly maxLeeftijdMs: number;

  constructor(opties: AntwoordcacheOpties = {}) {
    this.maxBytes = opties.maxBytes ?? 32 * 1024 * 1024;
    this.maxLeeftijdMs = opties.maxLeeftijdMs ?? 10 * 60 * 1000;
    this.antwoorden = this.maxBytes > 0 ? new LRUCache<string, Antwoord>({ maxSize: this.maxBytes, sizeCalculation: (a) => a.bytes }) : null;
  }

  get aan(): boolean {
    return this.antwoorden !== null;
  }

  get grootte(): { antwoorden: number; bytes: number } {
    return { antwoorden: this.antwoorden?.size ?? 0, bytes: this.antwoorden?.calculatedSize ?? 0 };
  }

  /** The kept answer when it was made on this grond and is not too old; otherwise it goes. */
  haal(sleutel: string, grond: string, nu: number): Antwoord | null {
    const a = this.antwoorden?.get(sleutel);
    if (!a) return null;
    if (a.grond !== grond || nu - a.gemaakt > this.maxLeeftijdMs) {
      this.antwoorden!.delete(sleutel);
      return null;
    }
    return a;
  }

  /** Keeps the answer; false when it is too large to keep (more than an eighth of the room). */
  bewaar(sleutel: string, a: Antwoord): boolean {
    if (!this.antwoorden || a.bytes > this.maxBytes / 8) return false;
    this.antwoorden.set(sleutel, a);
    return true;
  }
}

/**
 * After a write through the API: give the stands of what it touched a new value, before the answer
 * leaves. A route that writes in one transaction (inTransactie, writeAndAnnounce) does so inside it,
 * as its last statement; for other writes (police imports) this middleware does it after the route. Not after a refusal (400-499): those roll back, or commit only a security-log entry, which no
 * cached answer shows. After a server error it does move them (part may have committed). A failure to
 * move them is an error answer, so nobody is told "saved" while other processes could still show the
 * old state.
 */
export function standenBijSchrijven(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const sleutels = standenVanVerzoek(c.req.method, c.req.path);
    if (sleutels.length === 0) return next();
    const stand = { sleutels, verschoven: false };
    c.set('schrijfstand', stand);
    try {
      await next();
    } catch (err) {
      await verschuifStanden(db, sleutels);
      throw err;
    }
    // The route's transaction moved them already (inTransactie); else: writes of their own (imports).
    if (stand.verschoven) return;
    if (c.res.status < 400 || c.res.status >= 500) await verschuifStanden(db, sleutels);
  };
}

/** Says whether an answer was reused ('hergebruikt') or made now and kept ('nieuw'); for tests and operators. */
export const CACHE_HEADER = 'Kernplan-Antwoordcache';

const dagVan = (nu: number) => new Date(nu).toISOString().slice(0, 10);

/** Serves a kept answer when it still holds, and keeps new 200 answers of the listed routes. */
export function antwoordcache(cache: Antwoordcache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!cache.aan || c.req.method !== 'GET' || !wordtGecacht(c.req.path)) return next();
    const sessie = c.get('sessie');
    // Not signed in, or sign-in not finished: the route gives its own refusal.
    if (!sessie || !sessie.totpVoldaan) return next();
    // Membership and stands were read with the session (loadSession), in one query.
    const w = sessie.werkruimte;
    if (!w?.lid) return next();
    const g = sessie.gebruiker;
    const nu = Date.now();
    const grond = [w.lid.rol, w.lid.vertrouwelijkToegang, w.lid.organisatieId, g.isBeheerder, g.organisatieSoort, w.werkruimteStand, w.algemeenStand, dagVan(nu)].join('|');
    const sleutel = `${g.id} ${c.req.url}`;
    const bewaard = cache.haal(sleutel, grond, nu);
    if (bewaard) {
      return c.body(bewaard.body, bewaard.status as 200, { ...Object.fromEntries(bewaard.headers), [CACHE_HEADER]: 'hergebruikt' });
    }
    await next();
    if (await bewaarAntwoord(c, cache, sleutel, grond, nu)) c.res.headers.set(CACHE_HEADER, 'nieuw');
  };
}

async function bewaarAntwoord(c: Context<AppEnv>, cache: Antwoordcache, sleutel: string, grond: string, nu: number): Promise<boolean> {
  const res = c.res;
  if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith('application/json')) return false;
  if (res.headers.has('set-cookie')) return false;
  const body = await res.clone().text();
  const headers = [...res.headers].filter(([k]) => k === 'content-type' || k === 'etag' || k === 'cache-control' || k === 'last-modified');
  return cache.bewaar(sleutel, { grond, status: 200, headers, body, bytes: body.length * 2 + 200, gemaakt: nu });
}
