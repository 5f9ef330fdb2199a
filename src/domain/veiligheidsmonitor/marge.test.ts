import { describe, expect, it } from 'vitest';
import { binnenMarge, metMargeTekst, statusMetMarge, verschilBetekenisvol } from './marge.ts';

describe('binnenMarge', () => {
  it('het verschil tot en met de marge is binnen, daarboven niet', () => {
    expect(binnenMarge(18.3, 17, 1.7)).toBe(true);
    expect(binnenMarge(18.7, 17, 1.7)).toBe(true); // exactly 1.7 (floating point: 1.6999999999999993)
    expect(binnenMarge(18.8, 17, 1.7)).toBe(false);
    expect(binnenMarge(15.3, 17, 1.7)).toBe(true);
  });
  it('zonder bruikbare marge nooit binnen', () => {
    expect(binnenMarge(18.3, 18.3, null)).toBe(false);
    expect(binnenMarge(18.3, 18, undefined)).toBe(false);
    expect(binnenMarge(18.3, 18, -1)).toBe(false);
    expect(binnenMarge(18.3, 18, Number.NaN)).toBe(false);
  });
});

describe('statusMetMarge', () => {
  const basis = { waarde: 18.3, verwacht: 17, uitleg: 'Gemeten 18,3 %, het pad verwacht hooguit 17 %.' };
  it("maakt van 'achter' binnen de marge 'binnen-marge', met uitleg", () => {
    const u = statusMetMarge({ ...basis, status: 'achter', marge: 1.7 });
    expect(u.status).toBe('binnen-marge');
    expect(u.uitleg).toBe('Gemeten 18,3 %, het pad verwacht hooguit 17 %. Het verschil van 1,3 valt binnen de marge van ± 1,7 van de enquête (95%-betrouwbaarheid): niet aantoonbaar achter.');
  });
  it("laat 'achter' buiten de marge, 'op-koers', 'onbekend' en een meting zonder marge zoals ze zijn", () => {
    expect(statusMetMarge({ ...basis, status: 'achter', marge: 1.0 }).status).toBe('achter');
    expect(statusMetMarge({ ...basis, status: 'achter', marge: null }).status).toBe('achter');
    expect(statusMetMarge({ ...basis, status: 'achter' }).status).toBe('achter');
    expect(statusMetMarge({ ...basis, status: 'op-koers', marge: 5 })).toEqual({ status: 'op-koers', uitleg: basis.uitleg });
    expect(statusMetMarge({ ...basis, status: 'onbekend', verwacht: null, marge: 5 }).status).toBe('onbekend');
    expect(statusMetMarge({ ...basis, status: 'achter', verwacht: null, marge: 5 }).status).toBe('achter');
  });
});

describe('verschilBetekenisvol en tekst', () => {
  it('twee uitkomsten: verschil tegen de wortel uit de som van de kwadraten', () => {
    // Groningen (PV): 18,3 ± 1,7 (2015) and 14,7 ± 1,4 (2016): 3,6 > 2,2.
    expect(verschilBetekenisvol(18.3, 1.7, 14.7, 1.4)).toBe(true);
    expect(verschilBetekenisvol(18.3, 1.7, 16.5, 1.4)).toBe(false);
    expect(verschilBetekenisvol(18.3, null, 14.7, 1.4)).toBeNull();
  });
  it('toont waarde en marge op z’n Nederlands', () => {
    expect(metMargeTekst(18.3, 1.7, '%')).toBe('18,3 % ± 1,7');
    expect(metMargeTekst(52, 1, '%')).toBe('52,0 % ± 1,0');
    expect(metMargeTekst(7.3, null)).toBe('7,3');
  });
});
