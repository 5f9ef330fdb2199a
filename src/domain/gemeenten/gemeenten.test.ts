import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gemeenteBijCode, gemeentenOpNaam } from './gemeenten.ts';

const bron = new URL('../../../../shared/data/municipalities/gemeenten-2024.csv', import.meta.url);

describe('gemeenten', () => {
  it('bevat de 342 gemeenten van 2024 met naam en inwoners zoals de CBS-lijst', () => {
    const regels = readFileSync(bron, 'utf8').trim().split('\n').slice(1);
    expect(gemeentenOpNaam).toHaveLength(342);
    expect(regels).toHaveLength(342);
    for (const regel of regels) {
      const [code, naam, provincie, inwoners] = regel.split(',');
      expect(gemeenteBijCode(code!)).toEqual({ code, naam, provincie, inwoners: Number(inwoners) });
    }
  });

  it('zoekt op code zonder op hoofdletters of spaties te letten, en kent geen verzonnen codes', () => {
    expect(gemeenteBijCode(' gm0193 ')?.naam).toBe('Zwolle');
    expect(gemeenteBijCode('GM9999')).toBeUndefined();
  });

  it("sorteert 's-Gravenhage en 's-Hertogenbosch bij de G en de H", () => {
    const namen = gemeentenOpNaam.map((g) => g.naam);
    expect(namen.indexOf("'s-Gravenhage")).toBeGreaterThan(namen.indexOf('Gouda'));
    expect(namen.indexOf("'s-Hertogenbosch")).toBeGreaterThan(namen.indexOf('Hengelo (O.)'));
    expect(namen.indexOf("'s-Hertogenbosch")).toBeLessThan(namen.indexOf('Heumen'));
  });
});
