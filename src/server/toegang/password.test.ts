import { scryptSync } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import {
  MIN_PASSWORD_LENGTH,
  checkPasswordPolicy,
  dummyVerify,
  hashPassword,
  needsRehash,
  verifyPassword,
} from './password.ts';

/** A stored hash with chosen (cheap) parameters, as an older version of the app might have made. */
function legacyHash(password: string, N: number, r: number, p: number, saltBytes = 16, keyBytes = 64): string {
  const salt = Buffer.alloc(saltBytes, 7);
  const key = scryptSync(password, salt, keyBytes, { N, r, p, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

describe('checkPasswordPolicy', () => {
  it('accepts a reasonable password', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(checkPasswordPolicy('correct paard batterij')).toBeNull();
    expect(checkPasswordPolicy('abcdefghijkl')).toBeNull();
    expect(checkPasswordPolicy('a'.repeat(255) + 'b')).toBeNull();
  });

  it('refuses passwords shorter than 12 characters', () => {
    expect(checkPasswordPolicy('')).toBe('Het wachtwoord moet minstens 12 tekens lang zijn.');
    expect(checkPasswordPolicy('abcdefghijk')).toBe('Het wachtwoord moet minstens 12 tekens lang zijn.');
  });

  it('counts characters, not UTF-16 code units', () => {
    // Six emoji are twelve UTF-16 code units but only six characters.
    expect(checkPasswordPolicy('🔒🔑🔒🔑🔒🔑')).toMatch(/minstens 12 tekens/);
  });

  it('refuses passwords longer than 256 characters', () => {
    expect(checkPasswordPolicy('ab'.repeat(128) + 'c')).toBe('Het wachtwoord mag hoogstens 256 tekens lang zijn.');
  });

  it('refuses one character repeated', () => {
    expect(checkPasswordPolicy('aaaaaaaaaaaa')).toBe('Het wachtwoord mag niet uit één steeds herhaald teken bestaan.');
    expect(checkPasswordPolicy(' '.repeat(20))).toMatch(/herhaald teken/);
    expect(checkPasswordPolicy('🔒'.repeat(12))).toMatch(/herhaald teken/);
  });
});

describe('hashPassword and verifyPassword', () => {
  it('round-trips and refuses a wrong password', async () => {
    const encoded = await hashPassword('correct paard batterij');
    expect(encoded).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
    const [, , , , salt, hash] = encoded.split('$');
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(hash ?? '', 'base64')).toHaveLength(64);
    await expect(verifyPassword('correct paard batterij', encoded)).resolves.toBe(true);
    await expect(verifyPassword('correct paard batterij ', encoded)).resolves.toBe(false);
    await expect(verifyPassword('Correct paard batterij', encoded)).resolves.toBe(false);
    await expect(verifyPassword('', encoded)).resolves.toBe(false);
  });

  it('gives different hashes for the same password (random salt)', async () => {
    const [a, b] = await Promise.all([hashPassword('zelfde wachtwoord'), hashPassword('zelfde wachtwoord')]);
    expect(a).not.toBe(b);
    await expect(verifyPassword('zelfde wachtwoord', a)).resolves.toBe(true);
    await expect(verifyPassword('zelfde wachtwoord', b)).resolves.toBe(true);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const encoded = await hashPassword('cr\u00e8me br\u00fbl\u00e9e!');
    await expect(verifyPassword('cre\u0300me bru\u0302le\u0301e!', encoded)).resolves.toBe(true);
  });

  it('reads the parameters from the stored hash', async () => {
    const old = legacyHash('oud wachtwoord 123', 1024, 8, 1);
    await expect(verifyPassword('oud wachtwoord 123', old)).resolves.toBe(true);
    await expect(verifyPassword('oud wachtwoord 124', old)).resolves.toBe(false);
    const otherLengths = legacyHash('oud wachtwoord 123', 2048, 4, 2, 12, 32);
    await expect(verifyPassword('oud wachtwoord 123', otherLengths)).resolves.toBe(true);
  });

  it('returns false (and does not throw) for malformed stored hashes', async () => {
    const good = legacyHash('wachtwoord 12345', 1024, 8, 1);
    const [, , , , salt = '', hash = ''] = good.split('$');
    const malformed = [
      '',
      'geen hash',
      'scrypt',
      'scrypt$$$$$',
      `bcrypt$1024$8$1$${salt}$${hash}`,
      `scrypt$1024$8$${salt}$${hash}`,
      `scrypt$1024$8$1$${salt}$${hash}$extra`,
      `scrypt$1000$8$1$${salt}$${hash}`, // N not a power of two
      `scrypt$1$8$1$${salt}$${hash}`,
      `scrypt$0$8$1$${salt}$${hash}`,
      `scrypt$-1024$8$1$${salt}$${hash}`,
      `scrypt$01024$8$1$${salt}$${hash}`,
      `scrypt$1024.0$8$1$${salt}$${hash}`,
      `scrypt$1e3$8$1$${salt}$${hash}`,
      `scrypt$1073741824$8$1$${salt}$${hash}`, // far too much memory
      `scrypt$1024$0$1$${salt}$${hash}`,
      `scrypt$1024$8$0$${salt}$${hash}`,
      `scrypt$1024$8$99999$${salt}$${hash}`,
      `scrypt$1024$8$1$$${hash}`,
      `scrypt$1024$8$1$${salt}$`,
      `scrypt$1024$8$1$${salt}$${hash.slice(0, -4)}!!!!`,
      `scrypt$1024$8$1$${salt}$${hash.slice(0, 8)}`, // hash too short
      `scrypt$1024$8$1$AAAA$${hash}`, // salt too short
    ];
    for (const encoded of malformed) {
      await expect(verifyPassword('wachtwoord 12345', encoded), encoded).resolves.toBe(false);
    }
    await expect(verifyPassword('wachtwoord 12345', good)).resolves.toBe(true);
  });
});

describe('needsRehash', () => {
  it('is false for a hash with the current parameters', async () => {
    expect(needsRehash(await hashPassword('correct paard batterij'))).toBe(false);
  });

  it('is true for weaker parameters, shorter salt or key, or a malformed hash', () => {
    expect(needsRehash(legacyHash('x', 1024, 8, 1))).toBe(true);
    expect(needsRehash(legacyHash('x', 2 ** 15, 4, 1))).toBe(true);
    expect(needsRehash(legacyHash('x', 2 ** 15, 8, 1, 8))).toBe(true);
    expect(needsRehash(legacyHash('x', 2 ** 15, 8, 1, 16, 32))).toBe(true);
    expect(needsRehash('geen hash')).toBe(true);
  });

  it('is false for stronger parameters than the current ones', () => {
    const salt = Buffer.alloc(16, 1).toString('base64');
    const key = Buffer.alloc(64, 2).toString('base64');
    expect(needsRehash(`scrypt$65536$8$1$${salt}$${key}`)).toBe(false);
    expect(needsRehash(`scrypt$32768$8$2$${salt}$${key}`)).toBe(false);
  });
});

describe('dummyVerify', () => {
  it('completes without throwing, also when called repeatedly', async () => {
    await expect(dummyVerify()).resolves.toBeUndefined();
    await expect(Promise.all([dummyVerify(), dummyVerify()])).resolves.toEqual([undefined, undefined]);
  });
});
