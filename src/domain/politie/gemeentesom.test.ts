/**
 * A municipality without a row of its own gets the sum of its districts (or neighbourhoods). A crime
 * type counts in that sum only when every area has a known count for it (dekking.ts: over several areas
 * only if present in each); otherwise the municipality's figure for that type is unknown, not a partial sum.
 */
import { describe, expect, it } from 'vitest';
import { gemeenteJaarrijen } from './cijfers.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';

const index = (code: string) => misdrijfsoorten.findIndex((m) => m.code === code);
function rij(regio: string, waarden: Record<string, number>) {
  const aantallen: (number | null)[] = misdrijfsoorten.map(() => null);
  for (const [code, v] of Object.entries(waarden)) aantallen[index(code)] = v;
  return { regio, jaar: 2024, maand: 0, aantallen };
}

describe('de som van de wijken als gemeentecijfer', () => {
  it('telt een soort alleen als elke wijk er een bekend aantal voor heeft', () => {
    const [som] = gemeenteJaarrijen([rij('WK036300', { '1.2.3': 30, '1.1.1': 4 }), rij('WK036301', { '1.2.3': 12, '1.1.1': 0 }), rij('WK036302', { '1.2.3': 5 })], 'GM0363');
    expect(som!.herkomst).toBe('som van 3 wijken');
    expect(som!.aantallen[index('1.2.3')]).toBe(47);
    // 1.1.1 is unknown in one district: not a partial sum of 4.
    expect(som!.aantallen[index('1.1.1')]).toBeNull();
  });

  it('neemt de eigen regel van de gemeente als die er is', () => {
    const [eigen] = gemeenteJaarrijen([rij('GM0363', { '1.1.1': 9 }), rij('WK036300', { '1.1.1': 4 })], 'GM0363');
    expect(eigen!.herkomst).toBeNull();
    expect(eigen!.aantallen[index('1.1.1')]).toBe(9);
  });
});
