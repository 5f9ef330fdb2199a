import { describe, expect, it } from 'vitest';
import { alleenEigenJaren } from './politie-gebiedssommen.ts';

const punt = (jaar: number, aantal: number | null) => ({ jaar, aantal, per1000: null });

describe('alleenEigenJaren', () => {
  const g = {
    code: 'GM0363',
    jaren: [2021, 2022, 2023, 2024],
    gebiedssommen: [{ jaar: 2024, herkomst: 'som van 517 buurten' }],
    themas: [{ themaId: '1.3', reeks: [punt(2021, 100), punt(2022, 120), punt(2023, 150), punt(2024, 20)], trend: null }],
    velden: [{ veld: 1, reeks: [punt(2021, 100), punt(2022, 120), punt(2023, 150), punt(2024, 20)], trend: null }],
    totaal: [punt(2021, 1), punt(2022, 1), punt(2023, 1), punt(2024, 1)],
  };

  it('laat de jaren weg die een som van gebieden zijn, en rekent de trend over de eigen jaren', () => {
    const eigen = alleenEigenJaren(g);
    expect(eigen.jaren).toEqual([2021, 2022, 2023]);
    expect(eigen.themas[0]!.reeks.map((p) => p.jaar)).toEqual([2021, 2022, 2023]);
    expect(eigen.themas[0]!.trend).toMatchObject({ vanJaar: 2021, totJaar: 2023, richting: 'stijgend' });
    expect(eigen.velden[0]!.reeks).toHaveLength(3);
    expect(eigen.totaal.map((p) => p.jaar)).toEqual([2021, 2022, 2023]);
    expect(eigen.gebiedssommen).toEqual([]);
  });

  it('laat een gemeente met alleen eigen jaren zoals ze is', () => {
    const zonder = { ...g, gebiedssommen: [] };
    expect(alleenEigenJaren(zonder)).toBe(zonder);
    const oud = { ...g, gebiedssommen: undefined };
    expect(alleenEigenJaren(oud)).toBe(oud);
  });
});
