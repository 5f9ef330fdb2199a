import { describe, expect, it } from 'vitest';
import { AANTAL_SOORTEN, type CelBlok, LEEG, ONBEKEND, WAARDE } from './inlezen.ts';
import { codeer, decodeer, groepeer, naarCijferrijen, voegSamen } from './opslagrij.ts';

const n = AANTAL_SOORTEN;

function blok(cellen: { regio: string; jaar: number; waarden: (number | null | undefined)[] }[]): CelBlok {
  const waarden = new Int32Array(cellen.length * n);
  const status = new Uint8Array(cellen.length * n);
  cellen.forEach((c, i) =>
    c.waarden.forEach((w, s) => {
      status[i * n + s] = w === undefined ? LEEG : w === null ? ONBEKEND : WAARDE;
      waarden[i * n + s] = w ?? 0;
    }),
  );
  return { aantal: cellen.length, regio: cellen.map((c) => c.regio), jaar: Int16Array.from(cellen.map((c) => c.jaar)), maand: new Int8Array(cellen.length), waarden, status };
}

describe('opslagrijen van politiecijfers', () => {
  it('codeert getallen als aantal + 1 in LEB128 (0 is onbekend) en leest ze terug, ook grote', () => {
    const getallen = Int32Array.from([0, 1, 126, 127, 128, 16383, 16384, 2_147_483_646, -1, 42]);
    const bytes = codeer(getallen);
    expect([...bytes.subarray(0, 4)]).toEqual([1, 2, 127, 0x80]); // 0 -> 1, 1 -> 2, 126 -> 127, 127 -> 128 = 0x80 0x01
    expect(decodeer(bytes, getallen.length)).toEqual(getallen);
    expect(() => decodeer(bytes, getallen.length + 1)).toThrow(/beschadigd/);
    expect(() => decodeer(bytes, getallen.length - 1)).toThrow(/bytes over/);
  });

  it('groepeert cellen per gemeente, niveau en periode, met de regio’s gesorteerd', () => {
    const rijen = groepeer(
      blok([
        { regio: 'BU03630001', jaar: 2023, waarden: [5, null] },
        { regio: 'GM0363', jaar: 2023, waarden: [900] },
        { regio: 'BU03630000', jaar: 2023, waarden: [7] },
        { regio: 'NL00', jaar: 2023, waarden: [100000] },
        { regio: 'BU03630000', jaar: 2022, waarden: [6] },
      ]),
    );
    expect(rijen.map((r) => [r.gemeente, r.niveau, r.jaar, r.regios])).toEqual([
      ['GM0363', 'buurt', 2023, ['BU03630000', 'BU03630001']],
      ['GM0363', 'gemeente', 2023, ['GM0363']],
      ['', 'land', 2023, ['NL00']],
      ['GM0363', 'buurt', 2022, ['BU03630000']],
    ]);
    const [buurten] = naarCijferrijen(rijen[0]!).map((r) => r.aantallen.slice(0, 3));
    expect(buurten).toEqual([7, null, null]);
    expect(naarCijferrijen(rijen[0]!)[1]!.aantallen.slice(0, 3)).toEqual([5, null, null]);
  });

  it('voegt samen: een bekende nieuwe waarde gaat voor, een onbekende laat de oude staan, regio’s uit beide blijven', () => {
    const [oud] = groepeer(
      blok([
        { regio: 'BU03630001', jaar: 2023, waarden: [10, 20, 30] },
        { regio: 'BU03630000', jaar: 2023, waarden: [1] },
      ]),
    );
    const [nieuw] = groepeer(blok([{ regio: 'BU03630001', jaar: 2023, waarden: [11, null, 33] }]));
    const samen = voegSamen(oud!, nieuw!);
    const perRegio = Object.fromEntries(naarCijferrijen(samen).map((r) => [r.regio, r.aantallen.slice(0, 3)]));
    expect(perRegio).toEqual({ BU03630000: [1, null, null], BU03630001: [11, 20, 33] });
  });
});
