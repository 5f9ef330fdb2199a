/**
 * Sign-in with an OpenID Connect identity provider: authorization code flow with PKCE (S256),
 * state and nonce, all protocol work done by `openid-client`. The attempt (state, nonce, code
 * verifier) is kept in the database under the hash of a random id in a short-lived cookie.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as client from 'openid-client';
import type { OidcConfig } from '../config.ts';
import type { Queryable } from '../db/db.ts';
import { publiekAdres, verbindingVan } from './verbinding.ts';

export const OIDC_COOKIE = 'kernplan_oidc';
export const OIDC_PATH = '/api/v1/oidc';
export const ATTEMPT_MINUTES = 10;

/** amr values (RFC 8176) that mean the IdP checked more than one factor. */
const MULTI_FACTOR_AMR = new Set(['mfa', 'otp', 'hwk', 'swk', 'sms', 'face', 'fpt', 'iris', 'retina', 'vbm', 'sc']);

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface OidcAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  terug: string | null;
}

export interface OidcIdentity {
  sub: string;
  email: string | undefined;
  emailVerified: boolean | undefined;
  naam: string | undefined;
  multiFactor: boolean;
}

export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(readonly config: OidcConfig) {}

  /** Discovery once; a failure is retried at the next sign-in. */
  discover(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.config;
    const insecure = new URL(issuer).protocol === 'http:';
    this.configuration ??= client
      .discovery(new URL(issuer), clientId, clientSecret, clientSecret ? undefined : client.None(), {
        ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
        timeout: 10,
      })
      .catch((err: unknown) => {
        this.configuration = undefined;
        throw err;
      });
    return this.configuration;
  }

  redirectUri(c: Context): string {
    return this.config.redirectUri ?? `${publiekAdres(c)}${OIDC_PATH}/terugkeer`;
  }

  /** Starts a sign-in: stores the attempt, sets the cookie, returns the IdP's authorization URL. */
  async start(c: Context, db: Queryable, terug: string | null): Promise<URL> {
    const configuration = await this.discover();
    const attempt: OidcAttempt = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      terug,
    };
    const id = randomBytes(32).toString('base64url');
    await db.query(`delete from oidc_aanvragen where aangemaakt_op < now() - interval '${ATTEMPT_MINUTES} minutes'`);
    await db.query('insert into oidc_aanvragen (id_hash, state, nonce, code_verifier, terug) values ($1, $2, $3, $4, $5)', [
      sha256(id),
      attempt.state,
      attempt.nonce,
      attempt.codeVerifier,
      terug,
    ]);
    // Lax, not Strict: the IdP sends the browser back with a cross-site top-level navigation.
    setCookie(c, OIDC_COOKIE, id, { httpOnly: true, sameSite: 'Lax', secure: verbindingVan(c).secureCookies(c), path: OIDC_PATH, maxAge: ATTEMPT_MINUTES * 60 });
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri(c),
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
      state: attempt.state,
      nonce: attempt.nonce,
    });
  }

  /** Takes (and removes) the attempt of this browser; null when missing or expired. */
  async takeAttempt(c: Context, db: Queryable): Promise<OidcAttempt | null> {
    const id = getCookie(c, OIDC_COOKIE);
    deleteCookie(c, OIDC_COOKIE, { path: OIDC_PATH, secure: verbindingVan(c).secureCookies(c), sameSite: 'Lax', httpOnly: true });
    if (!id) return null;
    const { rows } = await db.query<{ state: string; nonce: string; code_verifier: string; terug: string | null; verlopen: boolean }>(
      `delete from oidc_aanvragen where id_hash = $1
       returning state, nonce, code_verifier, terug, aangemaakt_op < now() - interval '${ATTEMPT_MINUTES} minutes' as verlopen`,
      [sha256(id)],
    );
    const row = rows[0];
    if (!row || row.verlopen) return null;
    return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, terug: row.terug };
  }

  /** Exchanges the code (checking state, nonce and PKCE) and returns who signed in. */
  async finish(c: Context, attempt: OidcAttempt): Promise<OidcIdentity> {
    const configuration = await this.discover();
    const current = new URL(this.redirectUri(c));
    current.search = new URL(c.req.url).search;
    const tokens = await client.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('Geen id_token');
    let email = typeof claims.email === 'string' ? claims.email : undefined;
    let emailVerified = typeof claims.email_verified === 'boolean' ? claims.email_verified : undefined;
    let naam = typeof claims.name === 'string' ? claims.name : undefined;
    if (!email || !naam) {
      // Many providers put e-mail and name only in the UserInfo answer.
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      email ??= typeof info.email === 'string' ? info.email : undefined;
      emailVerified ??= typeof info.email_verified === 'boolean' ? info.email_verified : undefined;
      naam ??= typeof info.name === 'string' ? info.name : undefined;
    }
    const amr = Array.isArray(claims.amr) ? claims.amr : [];
    return {
      sub: claims.sub,
      email: email?.trim().toLowerCase(),
      emailVerified,
      naam: naam?.trim(),
      multiFactor: amr.some((m) => typeof m === 'string' && MULTI_FACTOR_AMR.has(m)),
    };
  }
}
