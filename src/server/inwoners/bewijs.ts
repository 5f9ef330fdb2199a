/**
 * Protection of the public questionnaire against flooding, without a third-party service:
 *
 * - a proof of work: GET hands out a challenge signed with the server secret (HMAC-SHA256, with an
 *   expiry); the browser looks for a nonce so that sha256(challenge + nonce) starts with `bits` zero
 *   bits (16: some 65.000 hashes, well under a second with crypto.subtle); POST checks the signature,
 *   the expiry and the zero bits, and the store refuses a challenge that was used before;
 * - a rate limit per client address, kept only in this process's memory, keyed by a hash of the
 *   address with a salt that changes every day: no address is stored or written to a log.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { nulBits, STANDAARD_BITS } from '../../domain/inwoners/inwoners.ts';

export interface InwonersOpties {
  /** Zero bits of the proof of work (standard 16). */
  bits?: number;
  /** Answers per client address in the window (standard 20 per hour). */
  perAdres?: number;
  vensterSeconden?: number;
  /** How long a challenge is valid, in ms (standard 30 minutes). */
  geldigMs?: number;
}

export type Controle = { ok: true; sleutel: string; verloopt: Date } | { ok: false; reden: string };

export class Uitdagingen {
  readonly bits: number;
  private readonly geldigMs: number;

  constructor(
    private readonly geheim: () => Promise<string>,
    opties: InwonersOpties = {},
  ) {
    this.bits = opties.bits ?? STANDAARD_BITS;
    this.geldigMs = opties.geldigMs ?? 30 * 60_000;
  }

  private async mac(inhoud: string): Promise<string> {
    return createHmac('sha256', await this.geheim()).update(inhoud).digest('base64url');
  }

  /** A new challenge for this questionnaire: `id.verloopt.bits.willekeurig.handtekening`. */
  async maak(vragenlijstId: string, nu = Date.now()): Promise<{ uitdaging: string; bits: number; verloopt: string }> {
    const verloopt = nu + this.geldigMs;
    const inhoud = `${vragenlijstId}.${verloopt}.${this.bits}.${randomBytes(12).toString('base64url')}`;
    return { uitdaging: `${inhoud}.${await this.mac(inhoud)}`, bits: this.bits, verloopt: new Date(verloopt).toISOString() };
  }

  /** Checks a challenge and its nonce; the key (a hash of the challenge) is what the store marks as used. */
  async controleer(vragenlijstId: string, uitdaging: string, nonce: string, nu = Date.now()): Promise<Controle> {
    const delen = uitdaging.split('.');
    const fout = { ok: false as const, reden: 'Het bewijs (uitdaging en nonce) klopt niet. Laad de vragenlijst opnieuw.' };
    if (delen.length !== 5) return fout;
    const [id, verlooptTekst, bitsTekst, , handtekening] = delen as [string, string, string, string, string];
    const inhoud = delen.slice(0, 4).join('.');
    const verwacht = Buffer.from(await this.mac(inhoud));
    const gekregen = Buffer.from(handtekening);
    if (verwacht.length !== gekregen.length || !timingSafeEqual(verwacht, gekregen)) return fout;
    if (id !== vragenlijstId) return fout;
    const verloopt = Number(verlooptTekst);
    if (!Number.isFinite(verloopt) || verloopt < nu) return { ok: false, reden: 'Het bewijs is verlopen. Laad de vragenlijst opnieuw en verstuur uw antwoord nog eens.' };
    const bits = Number(bitsTekst);
    const hash = createHash('sha256').update(uitdaging + nonce).digest();
    if (nulBits(hash) < bits) return fout;
    return { ok: true, sleutel: createHash('sha256').update(uitdaging).digest('base64url'), verloopt: new Date(verloopt) };
  }
}

/** The rate limit per client address (in memory only; the address hashed with a daily salt). */
export class Stroombeperking {
  private readonly limiet: RateLimiterMemory;
  private zout = { dag: '', waarde: '' };

  constructor(opties: InwonersOpties = {}) {
    const duur = opties.vensterSeconden ?? 60 * 60;
    this.limiet = new RateLimiterMemory({ points: opties.perAdres ?? 20, duration: duur, blockDuration: duur, keyPrefix: 'vragenlijst' });
  }

  private sleutel(adres: string, nu: Date): string {
    const dag = nu.toISOString().slice(0, 10);
    if (this.zout.dag !== dag) this.zout = { dag, waarde: randomBytes(16).toString('hex') };
    return createHash('sha256').update(`${this.zout.waarde}|${adres}`).digest('base64url');
  }

  /** Counts an answer; the seconds to wait (Retry-After) when this one is over the limit, else null. */
  async tel(adres: string, nu = new Date()): Promise<number | null> {
    try {
      await this.limiet.consume(this.sleutel(adres, nu));
      return null;
    } catch (e) {
      if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw e;
    }
  }
}
