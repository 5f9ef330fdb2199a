import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gemeenteBijCode } from '../gemeenten/gemeenten.ts';
import {
  G40_CODES,
  G4_CODES,
  GROOTTEKLASSEN,
  P10_CODES,
  POLITIE_EENHEDEN,
  VEILIGHEIDSREGIO_NIEUWE_GEMEENTEN,
  VEILIGHEIDSREGIOS,
  alleGroepen,
  gemeentenMetGroepen,
  grootteklasseVan,
  groepenVan,
} from './gemeentegroepen.ts';

// Alleen de tests lezen de gedeelde gemeentelijst; het product draagt zijn eigen data.
const bron = new URL('../../../../shared/data/municipalities/gemeenten-2024.csv', import.meta.url);
const rijen = readFileSync(bron, 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((r) => {
    const v = r.split(',');
    return { code: v[0]!, naam: v[1]!, inwoners: Number(v[3]), g4: v[6] === '1', vr: v[7]!, eenheid: v[8]! };
  });

describe('gemeentegroepen', () => {
  it('kent voor elk van de 342 gemeenten van 2024 een veiligheidsregio en een politie-eenheid', () => {
    expect(gemeentenMetGroepen).toHaveLength(342);
    for (const g of gemeentenMetGroepen) {
      expect(VEILIGHEIDSREGIOS).toContain(g.veiligheidsregio);
      expect(POLITIE_EENHEDEN).toContain(g.politieEenheid);
    }
  });

  it('leidt de politie-eenheid uit de veiligheidsregio af zoals de gemeentelijst (338 gemeenten), en vult de vier nieuwe gemeenten aan', () => {
    let vergeleken = 0;
    for (const r of rijen) {
      const g = groepenVan(r.code)!;
      if (r.vr === '') {
        expect(VEILIGHEIDSREGIO_NIEUWE_GEMEENTEN[r.code], r.naam).toBeDefined();
        continue;
      }
      expect(g.veiligheidsregio.code, r.naam).toBe(r.vr);
      expect(g.politieEenheid, r.naam).toBe(r.eenheid);
      vergeleken++;
    }
    expect(vergeleken).toBe(338);
    expect(Object.keys(VEILIGHEIDSREGIO_NIEUWE_GEMEENTEN).sort()).toEqual(['GM1980', 'GM1982', 'GM1991', 'GM1992']);
    expect(groepenVan('GM1980')!.politieEenheid).toBe('Noord-Holland'); // Dijk en Waard
    expect(groepenVan('GM1982')!.politieEenheid).toBe('Oost-Brabant'); // Land van Cuijk
    expect(groepenVan('GM1991')!.politieEenheid).toBe('Oost-Brabant'); // Maashorst
    expect(groepenVan('GM1992')!.politieEenheid).toBe('Rotterdam'); // Voorne aan Zee
  });

  it('heeft 25 veiligheidsregio\'s over 10 eenheden, elk met minstens één gemeente', () => {
    expect(VEILIGHEIDSREGIOS).toHaveLength(25);
    expect(new Set(VEILIGHEIDSREGIOS.map((r) => r.politieEenheid)).size).toBe(10);
    for (const r of VEILIGHEIDSREGIOS) expect(gemeentenMetGroepen.some((g) => g.veiligheidsregio.code === r.code), r.naam).toBe(true);
    const perEenheid = Object.fromEntries(POLITIE_EENHEDEN.map((e) => [e, VEILIGHEIDSREGIOS.filter((r) => r.politieEenheid === e).length]));
    expect(perEenheid).toEqual({
      'Noord-Nederland': 3,
      'Oost-Nederland': 5,
      'Midden-Nederland': 3,
      'Noord-Holland': 3,
      Amsterdam: 1,
      'Den Haag': 2,
      Rotterdam: 2,
      'Zeeland-West-Brabant': 2,
      'Oost-Brabant': 2,
      Limburg: 2,
    });
  });

  it('noemt G4, G40 en P10 met bestaande codes en de goede namen', () => {
    const namen = (codes: readonly string[]) => codes.map((c) => gemeenteBijCode(c)?.naam);
    expect(namen(G4_CODES)).toEqual(['Amsterdam', 'Rotterdam', "'s-Gravenhage", 'Utrecht']);
    expect(G4_CODES.slice().sort()).toEqual(rijen.filter((r) => r.g4).map((r) => r.code).sort());
    expect(G40_CODES).toHaveLength(41);
    expect(new Set(G40_CODES).size).toBe(41);
    expect(namen(G40_CODES)).toContain('Hengelo (O.)');
    expect(namen(G40_CODES)).toContain("'s-Hertogenbosch");
    for (const c of [...G40_CODES, ...P10_CODES]) expect(gemeenteBijCode(c), c).toBeDefined();
    expect(G40_CODES.filter((c) => G4_CODES.includes(c))).toEqual([]);
    expect(P10_CODES).toHaveLength(27);
    expect(new Set(P10_CODES).size).toBe(27);
    expect(namen(P10_CODES)).toContain('Noordoost-Friesland');
    // Een P10-gemeente is een plattelandsgemeente: geen G4 of G40, en minder dan 100.000 inwoners.
    for (const c of P10_CODES) {
      const g = groepenVan(c)!;
      expect(g.g4 || g.g40, g.naam).toBe(false);
      expect(g.inwoners, g.naam).toBeLessThan(100_000);
    }
  });

  it('deelt in naar inwoners: kleiner dan 50.000 en vier grootteklassen zonder gaten', () => {
    expect(grootteklasseVan(19_999)).toBe('tot-20k');
    expect(grootteklasseVan(20_000)).toBe('20k-50k');
    expect(grootteklasseVan(49_999)).toBe('20k-50k');
    expect(grootteklasseVan(50_000)).toBe('50k-100k');
    expect(grootteklasseVan(100_000)).toBe('vanaf-100k');
    expect(GROOTTEKLASSEN.map((k) => k.id)).toEqual(['tot-20k', '20k-50k', '50k-100k', 'vanaf-100k']);
    for (const r of rijen) expect(groepenVan(r.code)!.kleinerDan50k, r.naam).toBe(r.inwoners < 50_000);
  });

  it('telt per groep de gemeenten van het land; klassen, provincies en eenheden tellen op tot 342', () => {
    const groepen = alleGroepen();
    const tel = (soort: string, waarde?: string) =>
      groepen.filter((g) => g.groep.soort === soort && (waarde === undefined || g.groep.waarde === waarde)).reduce((t, g) => t + g.gemeentenInLand, 0);
    expect(tel('g4')).toBe(4);
    expect(tel('g40')).toBe(41);
    expect(tel('p10')).toBe(27);
    expect(tel('kleiner-dan-50k')).toBe(rijen.filter((r) => r.inwoners < 50_000).length);
    expect(tel('grootteklasse', 'tot-20k')).toBe(rijen.filter((r) => r.inwoners < 20_000).length);
    expect(tel('grootteklasse', 'vanaf-100k')).toBe(rijen.filter((r) => r.inwoners >= 100_000).length);
    expect(tel('grootteklasse')).toBe(342);
    expect(tel('provincie')).toBe(342);
    expect(groepen.filter((g) => g.groep.soort === 'provincie')).toHaveLength(12);
    expect(tel('politie-eenheid')).toBe(342);
    expect(tel('politie-eenheid', 'Amsterdam')).toBe(rijen.filter((r) => r.eenheid === 'Amsterdam').length);
  });

  it('vindt een gemeente ook op een code in kleine letters, en geen verzonnen code', () => {
    expect(groepenVan(' gm0363 ')?.g4).toBe(true);
    expect(groepenVan('GM9999')).toBeUndefined();
  });
});
