/**
 * Time-based one-time passwords (RFC 6238): HMAC-SHA1, 6 digits, 30-second steps, with secrets in
 * RFC 4648 base32 without padding. The time is always passed in, so there is no clock in here.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const DIGITS = 6;
const PERIOD_SECONDS = 30;
const SECRET_BYTES = 20;
const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A new random secret: 20 bytes (160 bits, as RFC 4226 recommends), base32-encoded. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(SECRET_BYTES));
}

/** The 6-digit code (zero-padded) for the given secret at the given time in milliseconds. */
export function totpCode(secretBase32: string, timeMs: number): string {
  return hotp(decodeSecret(secretBase32), counterAt(timeMs));
}

/**
 * Checks a code (spaces allowed) against the steps from `window` steps before to `window` steps
 * after the given time. Returns the matched time-step counter, so the caller can refuse a second use
 * of the same step (store it and refuse any counter at or below the stored one), or null.
 */
export function verifyTotp(secretBase32: string, code: string, timeMs: number, window = 1): number | null {
  if (!Number.isInteger(window) || window < 0 || window > 10) {
    throw new RangeError(`Het TOTP-venster moet een geheel getal van 0 tot en met 10 zijn, niet ${window}.`);
  }
  const key = decodeSecret(secretBase32);
  const current = counterAt(timeMs);
  const given = code.replace(/\s+/g, '');
  if (!/^[0-9]{6}$/.test(given)) return null;
  const givenBytes = Buffer.from(given, 'ascii');

  // Check every step in the window (no early exit); on the (unlikely) match of several steps,
  // take the one nearest to the current step.
  let matched: number | null = null;
  for (const delta of windowOrder(window)) {
    const counter = current + delta;
    if (counter < 0) continue;
    const expected = Buffer.from(hotp(key, counter), 'ascii');
    if (timingSafeEqual(expected, givenBytes) && matched === null) matched = counter;
  }
  return matched;
}

/** The otpauth:// URI for an authenticator app (usually shown as a QR code). */
export function totpUri(secretBase32: string, accountName: string, issuer = 'Kernplan'): string {
  const secret = base32Encode(decodeSecret(secretBase32));
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  const query = [
    `secret=${secret}`,
    `issuer=${encodeURIComponent(issuer)}`,
    'algorithm=SHA1',
    `digits=${DIGITS}`,
    `period=${PERIOD_SECONDS}`,
  ].join('&');
  return `otpauth://totp/${label}?${query}`;
}

/** RFC 4648 base32, upper case, without padding. */
export function base32Encode(buf: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of buf) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32_ALPHABET.charAt((value >>> bits) & 31);
    }
  }
  if (bits > 0) out += BASE32_ALPHABET.charAt((value << (5 - bits)) & 31);
  return out;
}

/**
 * RFC 4648 base32 to bytes: case-insensitive, white space ignored, trailing `=` padding allowed.
 * Throws an Error on any other character or on a length no byte string can have.
 */
export function base32Decode(s: string): Buffer {
  const text = s.replace(/\s+/g, '').replace(/=+$/, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const index = BASE32_ALPHABET.indexOf(text.charAt(i));
    if (index === -1) {
      throw new Error(`Ongeldig teken in base32-tekst op positie ${i + 1}: alleen A-Z en 2-7 zijn toegestaan.`);
    }
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  if ([1, 3, 6].includes(text.length % 8)) {
    throw new Error(`Ongeldige lengte van base32-tekst: ${text.length} tekens (zonder spaties en opvulling).`);
  }
  return Buffer.from(out);
}

function decodeSecret(secretBase32: string): Buffer {
  const key = base32Decode(secretBase32);
  if (key.length === 0) throw new Error('Het TOTP-geheim is leeg.');
  return key;
}

function counterAt(timeMs: number): number {
  if (!Number.isFinite(timeMs) || timeMs < 0 || timeMs > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`Ongeldig tijdstip voor TOTP: ${timeMs}.`);
  }
  return Math.floor(timeMs / (PERIOD_SECONDS * 1000));
}

/** RFC 4226 HOTP with HMAC-SHA1 and dynamic truncation. */
function hotp(key: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** DIGITS).padStart(DIGITS, '0');
}

/** 0, -1, +1, -2, +2, ...: nearest steps first. */
function windowOrder(window: number): number[] {
  const order = [0];
  for (let d = 1; d <= window; d++) order.push(-d, d);
  return order;
}
