import { describe, it, expect } from 'vitest';
import { base32Decode, base32Encode, generateTotpSecret, totpCode, totpUri, verifyTotp } from './totp.ts';

// RFC 6238 Appendix B, SHA1: the secret is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890', 'ascii'));
const RFC_VECTORS: [seconds: number, eightDigits: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('base32', () => {
  // RFC 4648 section 10, without padding.
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ];

  it.each(vectors)('encodes and decodes %j as %j', (plain, encoded) => {
    expect(base32Encode(Buffer.from(plain, 'ascii'))).toBe(encoded);
    expect(base32Decode(encoded).toString('ascii')).toBe(plain);
  });

  it('decodes case-insensitively, ignoring spaces and trailing padding', () => {
    expect(base32Decode('mzxw 6ytb oi').toString('ascii')).toBe('foobar');
    expect(base32Decode('MZXW6YTBOI======').toString('ascii')).toBe('foobar');
  });

  it('round-trips arbitrary bytes', () => {
    for (let length = 0; length <= 41; length++) {
      const bytes = Buffer.from(Array.from({ length }, (_, i) => (i * 37 + length * 11) & 0xff));
      expect(base32Decode(base32Encode(bytes)).equals(bytes)).toBe(true);
    }
  });

  it('refuses invalid characters with a clear error', () => {
    expect(() => base32Decode('MZXW1YTB')).toThrow(/Ongeldig teken in base32-tekst op positie 5/);
    expect(() => base32Decode('MZ-XW')).toThrow(/Ongeldig teken/);
    expect(() => base32Decode('MZ=XW')).toThrow(/Ongeldig teken/);
  });

  it('refuses lengths no byte string can have', () => {
    expect(() => base32Decode('M')).toThrow(/Ongeldige lengte/);
    expect(() => base32Decode('MZX')).toThrow(/Ongeldige lengte/);
  });
});

describe('totpCode', () => {
  it('matches the RFC 6238 SHA1 test vectors (last 6 digits)', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    for (const [seconds, eightDigits] of RFC_VECTORS) {
      expect(totpCode(RFC_SECRET, seconds * 1000)).toBe(eightDigits.slice(-6));
    }
  });

  it('zero-pads to 6 digits', () => {
    expect(totpCode(RFC_SECRET, 1111111109 * 1000)).toBe('081804');
  });

  it('is the same within one 30-second step and accepts a lower-case secret', () => {
    const start = 1111111110 * 1000; // start of a step (1111111110 = 30 · 37037037)
    expect(totpCode(RFC_SECRET, start)).toBe(totpCode(RFC_SECRET, start + 29_999));
    expect(totpCode(RFC_SECRET.toLowerCase(), start)).toBe(totpCode(RFC_SECRET, start));
  });

  it('refuses invalid times and secrets', () => {
    expect(() => totpCode(RFC_SECRET, Number.NaN)).toThrow(RangeError);
    expect(() => totpCode(RFC_SECRET, -1)).toThrow(RangeError);
    expect(() => totpCode('', 0)).toThrow(/leeg/);
    expect(() => totpCode('GEZ1', 0)).toThrow(/Ongeldig teken/);
  });
});

describe('verifyTotp', () => {
  const t = 1111111111 * 1000;
  const step = Math.floor(t / 30_000);

  it('accepts the RFC vectors and returns the matched counter', () => {
    for (const [seconds, eightDigits] of RFC_VECTORS) {
      expect(verifyTotp(RFC_SECRET, eightDigits.slice(-6), seconds * 1000)).toBe(Math.floor(seconds / 30));
    }
  });

  it('accepts codes with spaces', () => {
    expect(verifyTotp(RFC_SECRET, '050 471', t)).toBe(step);
    expect(verifyTotp(RFC_SECRET, ' 05 04 71 ', t)).toBe(step);
  });

  it('refuses wrong, malformed and 8-digit codes', () => {
    expect(verifyTotp(RFC_SECRET, '050472', t)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '', t)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '05047', t)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '14050471', t)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '05o471', t)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '٠٥٠٤٧١', t)).toBeNull(); // Arabic-Indic digits
  });

  it('accepts one step either side by default, not two', () => {
    const previous = totpCode(RFC_SECRET, t - 30_000);
    const next = totpCode(RFC_SECRET, t + 30_000);
    expect(verifyTotp(RFC_SECRET, previous, t)).toBe(step - 1);
    expect(verifyTotp(RFC_SECRET, next, t)).toBe(step + 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, t - 60_000), t)).toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, t + 60_000), t)).toBeNull();
  });

  it('honours a custom window', () => {
    const twoBack = totpCode(RFC_SECRET, t - 60_000);
    expect(verifyTotp(RFC_SECRET, twoBack, t, 2)).toBe(step - 2);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, t - 30_000), t, 0)).toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, t), t, 0)).toBe(step);
    expect(() => verifyTotp(RFC_SECRET, '123456', t, -1)).toThrow(RangeError);
    expect(() => verifyTotp(RFC_SECRET, '123456', t, 1.5)).toThrow(RangeError);
  });

  it('does not look before step 0', () => {
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, 0), 0)).toBe(0);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, 30_000), 0)).toBe(1);
  });

  it('lets the caller detect reuse of the same step through the returned counter', () => {
    const code = totpCode(RFC_SECRET, t);
    let lastUsedStep: number | null = null;
    const signIn = (c: string, now: number): boolean => {
      const matched = verifyTotp(RFC_SECRET, c, now);
      if (matched === null || (lastUsedStep !== null && matched <= lastUsedStep)) return false;
      lastUsedStep = matched;
      return true;
    };
    expect(signIn(code, t)).toBe(true);
    // The same code a few seconds later is still valid, but its step was already used.
    expect(verifyTotp(RFC_SECRET, code, t + 5_000)).toBe(step);
    expect(signIn(code, t + 5_000)).toBe(false);
    // The next step's code is accepted.
    expect(signIn(totpCode(RFC_SECRET, t + 30_000), t + 30_000)).toBe(true);
  });
});

describe('generateTotpSecret', () => {
  it('gives 20 random bytes in base32 that work with the other functions', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(secret);
    const now = 1_700_000_000_000;
    expect(verifyTotp(secret, totpCode(secret, now), now)).toBe(Math.floor(now / 30_000));
  });
});

describe('totpUri', () => {
  it('builds an otpauth URI with the default issuer', () => {
    expect(totpUri(RFC_SECRET, 'jan@example.nl')).toBe(
      'otpauth://totp/Kernplan:jan%40example.nl?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' +
        '&issuer=Kernplan&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('URI-encodes issuer and account name and normalises the secret', () => {
    const uri = totpUri('gezd gnbv gy3t qojq gezd gnbv gy3t qojq', 'Jan de Vries+test@gemeente.nl', 'Gemeente Ús & Co');
    expect(uri).toBe(
      'otpauth://totp/Gemeente%20%C3%9As%20%26%20Co:Jan%20de%20Vries%2Btest%40gemeente.nl' +
        '?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Gemeente%20%C3%9As%20%26%20Co' +
        '&algorithm=SHA1&digits=6&period=30',
    );
    const parsed = new URL(uri);
    expect(parsed.protocol).toBe('otpauth:');
    expect(parsed.searchParams.get('issuer')).toBe('Gemeente Ús & Co');
    expect(parsed.searchParams.get('secret')).toBe(RFC_SECRET);
  });

  it('refuses an invalid secret', () => {
    expect(() => totpUri('not base32!', 'jan@example.nl')).toThrow(/Ongeldig teken/);
  });
});
