/**
 * Password policy and password hashing with scrypt (memory-hard), using only node:crypto.
 *
 * Stored form: `scrypt$N$r$p$saltB64$hashB64` (standard base64). The parameters are read back from
 * the stored form, so they can be raised later: `needsRehash` tells when a stored hash should be
 * replaced after a successful sign-in.
 *
 * Passwords are normalised to Unicode NFC before hashing and checking, so the same password typed
 * on different devices (composed or decomposed accents) gives the same hash.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** The current parameters: about 32 MiB of memory per hash. */
const CURRENT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 64;

/** Bounds for parameters read from a stored hash, so a corrupt value cannot exhaust memory or CPU. */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;
const MAX_MEMORY = 256 * 1024 * 1024;
const MIN_STORED_SALT_BYTES = 8;
const MIN_STORED_KEY_BYTES = 16;
const MAX_STORED_BYTES = 1024;

/** Returns null when the password is acceptable, otherwise a Dutch message for the user. */
export function checkPasswordPolicy(password: string): string | null {
  const chars = [...password.normalize('NFC')];
  if (chars.length < MIN_PASSWORD_LENGTH) {
    return `Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens lang zijn.`;
  }
  if (chars.length > MAX_PASSWORD_LENGTH) {
    return `Het wachtwoord mag hoogstens ${MAX_PASSWORD_LENGTH} tekens lang zijn.`;
  }
  if (new Set(chars).size === 1) {
    return 'Het wachtwoord mag niet uit één steeds herhaald teken bestaan.';
  }
  return null;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, CURRENT, KEY_BYTES);
  const { N, r, p } = CURRENT;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Checks a password against a stored hash in constant time; a malformed stored hash gives false. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parseEncoded(encoded);
  if (!parsed) return false;
  let key: Buffer;
  try {
    key = await deriveKey(password, parsed.salt, parsed.params, parsed.hash.length);
  } catch {
    return false;
  }
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** True when the stored hash is malformed or uses weaker parameters than the current ones. */
export function needsRehash(encoded: string): boolean {
  const parsed = parseEncoded(encoded);
  if (!parsed) return true;
  const { params, salt, hash } = parsed;
  return (
    params.N < CURRENT.N ||
    params.r < CURRENT.r ||
    params.p < CURRENT.p ||
    salt.length < SALT_BYTES ||
    hash.length < KEY_BYTES
  );
}

let dummyHash: Promise<string> | undefined;

/**
 * Performs one verification against a fixed dummy hash (made once per process, with the current
 * parameters), so a sign-in with an unknown e-mail address takes as long as one with a known address.
 * Call it once at startup to keep the first real call from also paying for making the dummy hash.
 */
export async function dummyVerify(): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64'));
  await verifyPassword('kernplan-dummy-wachtwoord', await dummyHash);
}

function deriveKey(password: string, salt: Buffer, params: ScryptParams, keyLength: number): Promise<Buffer> {
  const { N, r, p } = params;
  // OpenSSL needs about 128·r·(N + p + 2) bytes; a little margin on top.
  const maxmem = 128 * r * (N + p + 2) + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem }, (err, key) => {
      if (err) reject(err);
      else resolve(key);
    });
  });
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  hash: Buffer;
}

function parseEncoded(encoded: string): ParsedHash | null {
  if (typeof encoded !== 'string') return null;
  const parts = encoded.split('$');
  if (parts.length !== 6) return null;
  const [scheme, nText, rText, pText, saltText, hashText] = parts;
  if (scheme !== 'scrypt') return null;
  const N = parseInteger(nText);
  const r = parseInteger(rText);
  const p = parseInteger(pText);
  if (N === null || r === null || p === null) return null;
  if (N < 2 || N > MAX_N || (N & (N - 1)) !== 0) return null;
  if (r < 1 || r > MAX_R || p < 1 || p > MAX_P) return null;
  if (128 * r * (N + p + 2) > MAX_MEMORY) return null;
  const salt = parseBase64(saltText);
  const hash = parseBase64(hashText);
  if (!salt || !hash) return null;
  if (salt.length < MIN_STORED_SALT_BYTES || salt.length > MAX_STORED_BYTES) return null;
  if (hash.length < MIN_STORED_KEY_BYTES || hash.length > MAX_STORED_BYTES) return null;
  return { params: { N, r, p }, salt, hash };
}

function parseInteger(text: string | undefined): number | null {
  if (text === undefined || !/^[1-9][0-9]{0,9}$/.test(text)) return null;
  return Number(text);
}

/** Strict standard base64: only the canonical form is accepted. */
function parseBase64(text: string | undefined): Buffer | null {
  if (text === undefined || text.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}
