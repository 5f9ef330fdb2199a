/**
 * Where a request comes from and how it came: the client's address and whether it came over HTTPS.
 * X-Forwarded-For and X-Forwarded-Proto count only when the peer is a trusted proxy (TRUST_PROXY);
 * the public address of Kernplan comes from PUBLIC_URL. Nothing here is decided from the Host header.
 * Address matching (IPv4, IPv6, IPv4-mapped, subnets) is done by `proxy-addr`, the module Express uses.
 */
import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import proxyaddr from 'proxy-addr';
import { StartupError } from '../db/db.ts';

/** TRUST_PROXY: the number of proxies in front of Kernplan, or the addresses (or subnets) of the proxies. */
export type TrustProxy = number | readonly string[];

export interface VerbindingOptions {
  /** Absent: no proxy is trusted, the socket's address is the client's address. */
  trustProxy?: TrustProxy | undefined;
  /** PUBLIC_URL as an origin, e.g. https://kernplan.gemeente.nl (no path). */
  publicUrl?: string | undefined;
}

export interface Verbinding {
  /** The client's address: the socket's, or from X-Forwarded-For as far as the proxies are trusted. */
  clientAddress(c: Context): string;
  /** True when the request came over HTTPS directly, or via a trusted proxy that says so. */
  isHttps(c: Context): boolean;
  /** Whether cookies get the Secure flag: from PUBLIC_URL when set, else as isHttps. */
  secureCookies(c: Context): boolean;
  /** The origin for links and redirect URIs: PUBLIC_URL when set, else this request's. */
  publicOrigin(c: Context): string;
}

const MAX_HOPS = 10;

/** Reads TRUST_PROXY; a wrong value is a one-line StartupError. Empty or 0: no proxy. */
export function parseTrustProxy(text: string | undefined): TrustProxy | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  const wrong = () =>
    new StartupError(
      `TRUST_PROXY moet het aantal proxy's vóór Kernplan zijn (bijvoorbeeld 1) of hun IP-adressen met komma's ` +
        `(bijvoorbeeld 10.0.0.5,10.0.0.6 of 10.0.0.0/24), niet '${value}'.`,
    );
  if (/^[0-9]+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_HOPS) throw wrong();
    return hops === 0 ? undefined : hops;
  }
  const adressen = value.split(',').map((a) => a.trim());
  for (const adres of adressen) {
    if (!adres) throw wrong();
    try {
      proxyaddr.compile(adres);
    } catch {
      throw wrong();
    }
  }
  return adressen;
}

function socketOf(c: Context): { remoteAddress: string | undefined; encrypted: boolean | undefined } | null {
  try {
    const address = getConnInfo(c).remote.address;
    const incoming = ((c.env as { server?: unknown } | undefined)?.server ?? c.env) as { incoming?: { socket?: { encrypted?: boolean } } };
    return { remoteAddress: address, encrypted: incoming.incoming?.socket?.encrypted };
  } catch {
    // app.request() in tests: no socket.
    return null;
  }
}

export function verbinding(options: VerbindingOptions = {}): Verbinding {
  const { trustProxy, publicUrl } = options;
  const trust: (addr: string, i: number) => boolean =
    trustProxy === undefined
      ? () => false
      : typeof trustProxy === 'number'
        ? (_addr, i) => i < trustProxy
        : proxyaddr.compile([...trustProxy]);

  const peerTrusted = (address: string | undefined) => address !== undefined && trust(address, 0);

  const isHttps = (c: Context): boolean => {
    const socket = socketOf(c);
    if (!socket) return new URL(c.req.url).protocol === 'https:';
    if (socket.encrypted) return true;
    if (!peerTrusted(socket.remoteAddress)) return false;
    // As Express: the first value when proxies appended theirs.
    const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase();
    return proto === 'https';
  };

  return {
    clientAddress(c) {
      const address = socketOf(c)?.remoteAddress;
      if (!address) return 'onbekend';
      const req = { socket: { remoteAddress: address }, headers: { 'x-forwarded-for': c.req.header('X-Forwarded-For') ?? '' } };
      // A hop beyond the real proxies is whatever the client wrote: keep it short for logs and keys.
      return proxyaddr(req as unknown as IncomingMessage, trust).slice(0, 64);
    },
    isHttps,
    secureCookies(c) {
      return publicUrl ? publicUrl.startsWith('https:') : isHttps(c);
    },
    publicOrigin(c) {
      if (publicUrl) return publicUrl;
      return `${isHttps(c) ? 'https' : 'http'}://${new URL(c.req.url).host}`;
    },
  };
}

/** No proxy, no PUBLIC_URL: for an app created without these settings. */
export const directeVerbinding = verbinding();

/** The rules of this app (set on the context by loadSession), or the direct ones. */
export function verbindingVan(c: Context): Verbinding {
  return (c.get('verbinding') as Verbinding | undefined) ?? directeVerbinding;
}

/** The origin for links in e-mails and redirect URIs: PUBLIC_URL when set. */
export function publiekAdres(c: Context): string {
  return verbindingVan(c).publicOrigin(c);
}
