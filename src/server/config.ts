import { parseTrustProxy, type TrustProxy } from './toegang/verbinding.ts';
import { StartupError } from './db/db.ts';

/** Sign-in with an OpenID Connect identity provider (authorization code flow with PKCE). */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE only). Never logged. */
  clientSecret: string | undefined;
  /** Absent: derived from the request, <origin>/api/v1/oidc/terugkeer. */
  redirectUri: string | undefined;
  /** Label of the button: "Aanmelden met <naam>". */
  naam: string;
  /** Organisation new users from the IdP belong to; absent: the organisation of the first administrator. */
  organisatie: string | undefined;
}

/** Sending invitations by e-mail. */
export interface MailConfig {
  /** smtp://user:pass@host:587 or smtps://...; holds a secret, never logged. */
  smtpUrl: string;
  afzender: string;
}

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  production: boolean;
  /** WEB_ROOT: folder with the built web app; absent: dist/web (the tests use dist/test-web). */
  webRoot?: string | undefined;
  oidc?: OidcConfig | null;
  mail?: MailConfig | null;
  /** TRUST_PROXY: number of proxies in front, or their addresses; absent: trust no proxy. */
  trustProxy?: TrustProxy | undefined;
  /** PUBLIC_URL as an origin (https://kernplan.gemeente.nl): Secure cookies, links and redirect URIs. */
  publicUrl?: string | undefined;
  /** MAX_UPLOAD_MB in bytes: the largest police file an upload may send (standard 512 MB). */
  maxUploadBytes?: number | undefined;
  /** ANTWOORDCACHE_MB in bytes: memory for kept read answers per process (ADR 0017); 0 switches it off. */
  antwoordcacheBytes?: number | undefined;
  /** API_CONTACT_NAAM, API_CONTACT_EMAIL, API_CONTACT_URL: who answers questions about this installation's API (OpenAPI info.contact). */
  apiContact?: ApiContact | undefined;
}

/** The contact of the API in the OpenAPI document (NL API Design Rules: name, email and url). */
export interface ApiContact {
  naam?: string | undefined;
  email?: string | undefined;
  url?: string | undefined;
}

function readApiContact(env: NodeJS.ProcessEnv): ApiContact {
  const naam = env.API_CONTACT_NAAM?.trim() || undefined;
  const email = env.API_CONTACT_EMAIL?.trim() || undefined;
  const url = env.API_CONTACT_URL?.trim() || undefined;
  if (email && !isEmailAddress(email)) throw new StartupError(`API_CONTACT_EMAIL moet een e-mailadres zijn, zoals api@gemeente.nl, niet '${email}'.`);
  return { naam, email, url: url ? webUrl('API_CONTACT_URL', url).href : undefined };
}

/** MAX_UPLOAD_MB: a positive number of megabytes (MiB); standard 512. */
function readMaxUpload(env: NodeJS.ProcessEnv): number {
  const tekst = env.MAX_UPLOAD_MB?.trim() || '512';
  const mb = Number(tekst);
  if (!Number.isFinite(mb) || mb <= 0) throw new StartupError(`MAX_UPLOAD_MB moet een positief aantal megabytes zijn, bijvoorbeeld 512, niet '${tekst}'.`);
  return Math.round(mb * 1024 * 1024);
}

/** ANTWOORDCACHE_MB: megabytes (MiB) for the answer cache, 0 or more; standard 32. */
function readAntwoordcache(env: NodeJS.ProcessEnv): number {
  const tekst = env.ANTWOORDCACHE_MB?.trim() || '32';
  const mb = Number(tekst);
  if (!Number.isFinite(mb) || mb < 0) throw new StartupError(`ANTWOORDCACHE_MB moet een aantal megabytes zijn (0 zet de cache uit), bijvoorbeeld 32, niet '${tekst}'.`);
  return Math.round(mb * 1024 * 1024);
}

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

export function isEmailAddress(text: string): boolean {
  return text.length <= 320 && EMAIL.test(text);
}

function isLocalHost(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** An http(s) URL; plain http only for localhost (tests, development). */
function webUrl(name: string, text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new StartupError(`${name} moet een volledige URL zijn, zoals https://login.gemeente.nl, niet '${text}'.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocalHost(url.hostname))) {
    throw new StartupError(`${name} moet met https:// beginnen (http:// mag alleen voor localhost), niet '${text}'.`);
  }
  if (url.username || url.password) throw new StartupError(`${name} mag geen gebruikersnaam of wachtwoord bevatten.`);
  return url;
}

function readOidc(env: NodeJS.ProcessEnv): OidcConfig | null {
  const get = (k: string) => env[k]?.trim() || undefined;
  const issuer = get('OIDC_ISSUER');
  const clientId = get('OIDC_CLIENT_ID');
  const anySet = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI', 'OIDC_NAAM', 'OIDC_ORGANISATIE'].some(get);
  if (!anySet) return null;
  if (!issuer || !clientId) {
    const missing = [issuer ? null : 'OIDC_ISSUER', clientId ? null : 'OIDC_CLIENT_ID'].filter(Boolean).join(' en ');
    throw new StartupError(`Aanmelden via OpenID Connect is half ingesteld: ${missing} ontbreekt.`);
  }
  webUrl('OIDC_ISSUER', issuer);
  const redirectUri = get('OIDC_REDIRECT_URI');
  if (redirectUri) webUrl('OIDC_REDIRECT_URI', redirectUri);
  const naam = get('OIDC_NAAM') ?? 'uw organisatie-account';
  if (naam.length > 80) throw new StartupError('OIDC_NAAM mag hoogstens 80 tekens lang zijn.');
  const organisatie = get('OIDC_ORGANISATIE');
  if (organisatie !== undefined && (organisatie.length < 2 || organisatie.length > 120)) {
    throw new StartupError('OIDC_ORGANISATIE moet 2 tot 120 tekens lang zijn.');
  }
  return { issuer, clientId, clientSecret: get('OIDC_CLIENT_SECRET'), redirectUri, naam, organisatie };
}

function readMail(env: NodeJS.ProcessEnv): MailConfig | null {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  const afzender = env.MAIL_AFZENDER?.trim() || undefined;
  if (!smtpUrl && !afzender) return null;
  if (!smtpUrl) throw new StartupError('MAIL_AFZENDER is ingesteld maar SMTP_URL ontbreekt, bijvoorbeeld smtp://gebruiker:wachtwoord@mail.gemeente.nl:587.');
  if (!afzender) throw new StartupError('SMTP_URL is ingesteld maar MAIL_AFZENDER ontbreekt, bijvoorbeeld kernplan@gemeente.nl.');
  let url: URL | null;
  try {
    url = new URL(smtpUrl);
  } catch {
    url = null;
  }
  // The value may hold a password: never repeat it in the message.
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
    throw new StartupError('SMTP_URL moet de vorm smtp://gebruiker:wachtwoord@server:587 of smtps://gebruiker:wachtwoord@server:465 hebben.');
  }
  if (url.port && (Number(url.port) < 1 || Number(url.port) > 65535)) throw new StartupError('SMTP_URL heeft een ongeldig poortnummer.');
  const adres = /<([^>]+)>\s*$/.exec(afzender)?.[1] ?? afzender;
  if (!isEmailAddress(adres)) {
    throw new StartupError(`MAIL_AFZENDER moet een e-mailadres zijn, zoals kernplan@gemeente.nl of "Kernplan <kernplan@gemeente.nl>", niet '${afzender}'.`);
  }
  return { smtpUrl, afzender };
}

/** Reads the configuration from environment variables; a wrong value is a clear StartupError. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const portText = env.PORT?.trim() || '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(`PORT moet een poortnummer tussen 1 en 65535 zijn, niet '${portText}'.`);
  }
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: env.DATA_DIR?.trim() || './data',
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    production: env.NODE_ENV === 'production',
    webRoot: env.WEB_ROOT?.trim() || undefined,
    oidc: readOidc(env),
    mail: readMail(env),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    publicUrl: readPublicUrl(env.PUBLIC_URL),
    maxUploadBytes: readMaxUpload(env),
    antwoordcacheBytes: readAntwoordcache(env),
    apiContact: readApiContact(env),
  };
}

/** PUBLIC_URL: the address users open Kernplan on, without a path. */
function readPublicUrl(text: string | undefined): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  const url = webUrl('PUBLIC_URL', value);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new StartupError(`PUBLIC_URL is het adres van Kernplan zonder pad, zoals https://kernplan.gemeente.nl, niet '${value}'.`);
  }
  return url.origin;
}
