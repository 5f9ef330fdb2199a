/**
 * Authentication and CSRF for the API. Deny by default: routes that need a user use requireUser;
 * every cookie-authenticated write (POST, PUT, PATCH, DELETE) must carry the session's CSRF token
 * in the X-CSRF-Token header.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Db, Queryable } from '../db/db.ts';
import { problem } from '../problem.ts';
import { findMember, type Member } from './lidmaatschap.ts';
import { logSecurityEvent } from './security-log.ts';
import { findSession, sameToken, type Session, sessionToken } from './session.ts';
import { directeVerbinding, type Verbinding, verbindingVan } from './verbinding.ts';

export interface AppEnv {
  Variables: {
    sessie: Session | null;
    /** Proxy and public-address rules of this app (TRUST_PROXY, PUBLIC_URL); set by loadSession. */
    verbinding: Verbinding | undefined;
    /**
     * For a write: the stands of the answer cache it moves (ADR 0017), and whether its transaction
     * already did (inTransactie); otherwise they move after the route. Set by standenBijSchrijven.
     */
    schrijfstand: { sleutels: string[]; verschoven: boolean } | undefined;
  };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The client's address; X-Forwarded-For only as far as TRUST_PROXY trusts the proxies. */
export function clientAddress(c: Context): string {
  return verbindingVan(c).clientAddress(c);
}

const WERKRUIMTE_IN_PAD = /^\/api\/v1\/werkruimtes\/([0-9a-fA-F-]{36})(?:\/|$)/;

/**
 * Loads the session (if any) for every API request, and sets the proxy rules of this app. For a
 * request about a workspace the same query reads the membership (lidVan) and the cache stands.
 */
export function loadSession(db: Db, rules: Verbinding = directeVerbinding): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('verbinding', rules);
    const token = sessionToken(c);
    c.set('sessie', token ? await findSession(db, token, new Date(), WERKRUIMTE_IN_PAD.exec(c.req.path)?.[1]) : null);
    await next();
  };
}

/**
 * The signed-in user's membership of a workspace: read with the session when the request is about
 * that workspace (no second query), otherwise looked up.
 */
export async function lidVan(c: Context<AppEnv>, db: Queryable, werkruimteId: string): Promise<Member | null> {
  const sessie = c.get('sessie')!;
  const w = sessie.werkruimte;
  if (w && w.id === werkruimteId.toLowerCase()) return w.lid && { ...w.lid, werkruimteId };
  return findMember(db, werkruimteId, sessie.gebruiker.id);
}

/** 401 without a live session; 403 on a write without the right CSRF token. */
export function requireUser(db: Db, options: { allowPendingTotp?: boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const sessie = c.get('sessie');
    if (!sessie) {
      return problem(c, 401, 'U bent niet (meer) aangemeld. Meld u aan via POST /api/v1/sessies.');
    }
    if (WRITE_METHODS.has(c.req.method)) {
      const token = c.req.header('X-CSRF-Token') ?? '';
      if (!sameToken(token, sessie.csrfToken)) {
        await logSecurityEvent(db, 'geweigerd', {
          gebruikerId: sessie.gebruiker.id,
          adres: clientAddress(c),
          details: { reden: 'csrf', pad: c.req.path, methode: c.req.method },
        });
        return problem(c, 403, 'De CSRF-controle faalde: stuur het csrfToken van uw sessie mee in de header X-CSRF-Token.');
      }
    }
    if (!sessie.totpVoldaan && !options.allowPendingTotp) {
      return problem(c, 403, 'Stel eerst tweestapsverificatie (TOTP) in; dat is verplicht voor uw account.');
    }
    await next();
  };
}

/** Logs and answers a refusal for a signed-in user (403). */
export async function refuse(c: Context<AppEnv>, db: Queryable, detail: string, extra: Record<string, unknown> = {}): Promise<never> {
  const sessie = c.get('sessie');
  await logSecurityEvent(db, 'geweigerd', {
    gebruikerId: sessie?.gebruiker.id ?? null,
    adres: clientAddress(c),
    details: { pad: c.req.path, methode: c.req.method, ...extra },
  });
  return problem(c, 403, detail);
}
