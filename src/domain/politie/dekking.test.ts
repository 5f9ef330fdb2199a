import { describe, expect, it } from 'vitest';
import { type CijferRij, groepen } from './cijfers.ts';
import { aanwezigInAlle, aggregeerMetDekking, combineer, dekkingKort, dekkingUit, dekkingVan, dekkingVanRijen, dekkingZin, vergelijkingGeweigerd } from './dekking.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';

/** A row with these known counts; every other crime type unknown (not in the file). */
function rij(regio: string, bekend: Record<string, number>, jaar = 2024): CijferRij {
  return { regio, jaar, maand: 0, aantallen: misdrijfsoorten.map((m) => bekend[m.code] ?? null) };
}

const thema13 = groepen('thema').get('1.3')!;
const veld1 = groepen('veld').get('1')!;

describe('dekking van een cijfer', () => {
  it('noemt een som over alleen fietsendiefstal onvolledig: 1 van de codes van thema 1.3', () => {
    const d = dekkingVan(rij('BU0363AA01', { '1.2.3': 4 }).aantallen, thema13);
    expect(d.codes).toEqual(thema13);
    expect(d.aanwezig).toEqual(['1.2.3']);
    expect(d.ontbrekend).toHaveLength(thema13.length - 1);
    expect(d.ontbrekend).not.toContain('1.2.3');
    expect(d.volledig).toBe(false);
    expect(dekkingKort(d)).toBe(`onvolledig (1 van ${thema13.length} soorten)`);
    expect(dekkingZin(d)).toContain('Onvolledig: 1 van de');
    expect(dekkingZin(d)).toContain('1.1.1 Diefstal/inbraak woning');
  });

  it('telt een code met aantal 0 als aanwezig, een onbekende of ontbrekende niet', () => {
    const alle = Object.fromEntries(thema13.map((c) => [c, 0]));
    expect(dekkingVan(rij('GM0363', alle).aantallen, thema13)).toMatchObject({ volledig: true, ontbrekend: [] });
    const zonder = { ...alle } as Record<string, number>;
    delete zonder['1.4.5'];
    const d = dekkingVan(rij('GM0363', zonder).aantallen, thema13);
    expect(d).toMatchObject({ volledig: false, ontbrekend: ['1.4.5'] });
    expect(dekkingKort(d)).toBe(`onvolledig (${thema13.length - 1} van ${thema13.length} soorten)`);
  });

  it('is zonder codes nooit volledig', () => {
    expect(dekkingUit([], new Set()).volledig).toBe(false);
    expect(dekkingZin(dekkingUit([], new Set()))).toContain('geen soorten');
  });

  it('rekent een som over gebieden alleen volledig als elke soort in elk gebied zit', () => {
    const alle = Object.fromEntries(thema13.map((c) => [c, 1]));
    const a = rij('WK036301', alle);
    const b = rij('WK036302', { ...alle, '1.1.1': undefined as unknown as number });
    expect(dekkingVanRijen([a], thema13).volledig).toBe(true);
    const som = dekkingVanRijen([a, b], thema13);
    expect(som).toMatchObject({ volledig: false, ontbrekend: ['1.1.1'] });
    expect(aanwezigInAlle([])).toEqual(new Set());
    expect(dekkingVanRijen([], thema13).aanwezig).toEqual([]);
    // Combining the coverage of the parts gives the same.
    expect(combineer([dekkingVan(a.aantallen, thema13), dekkingVan(b.aantallen, thema13)])).toEqual(som);
  });

  it('combineert de thema\'s van een veld tot de dekking van het veld', () => {
    const themas = [...groepen('thema')].filter(([id]) => id.startsWith('1.'));
    const r = rij('GM0363', { '1.2.3': 10 });
    const veld = combineer(themas.map(([, codes]) => dekkingVan(r.aantallen, codes)));
    expect(new Set(veld.codes)).toEqual(new Set(veld1));
    expect(veld.aanwezig).toEqual(['1.2.3']);
    expect(veld.volledig).toBe(false);
  });
});

describe('aggregeerMetDekking', () => {
  it('geeft elke som per thema en veld zijn dekking, ook een som van 4 die maar één soort telt', () => {
    const rijen = [rij('BU0363AA01', { '1.2.3': 4 })];
    const themas = aggregeerMetDekking(rijen, 'thema');
    const t13 = themas.find((a) => a.sleutel === '1.3')!;
    expect(t13).toMatchObject({ regio: 'BU0363AA01', aantal: 4, dekking: { aanwezig: ['1.2.3'], volledig: false } });
    expect(t13.dekking.codes).toHaveLength(thema13.length);
    const leeg = themas.find((a) => a.sleutel === '2.1')!;
    expect(leeg).toMatchObject({ aantal: null, dekking: { aanwezig: [], volledig: false } });
    const v1 = aggregeerMetDekking(rijen, 'veld').find((a) => a.sleutel === '1')!;
    expect(v1).toMatchObject({ aantal: 4, dekking: { aanwezig: ['1.2.3'], volledig: false } });
    expect(v1.dekking.codes).toHaveLength(veld1.length);
    expect(aggregeerMetDekking(rijen, 'soort').find((a) => a.sleutel === '1.2.3')!.dekking).toEqual({ codes: ['1.2.3'], aanwezig: ['1.2.3'], ontbrekend: [], volledig: true });
  });

  it('volgt de themakoppeling van de werkruimte', () => {
    const afwijkingen = new Map([['1.2.3', '2.1']]);
    const a = aggregeerMetDekking([rij('GM0363', { '1.2.3': 4, '2.5.2': 1 })], 'thema', afwijkingen);
    expect(a.find((x) => x.sleutel === '2.1')!.dekking).toMatchObject({ aanwezig: ['1.2.3', '2.5.2'], volledig: true });
    expect(a.find((x) => x.sleutel === '1.3')!.dekking.codes).not.toContain('1.2.3');
  });
});

describe('vergelijkingGeweigerd', () => {
  it('weigert een onvolledig cijfer met de reden: welk thema, hoeveel soorten en welke ontbreken', () => {
    const d = dekkingVan(rij('GM0363', { '1.2.3': 11987 }).aantallen, thema13);
    const reden = vergelijkingGeweigerd('Thema 1.3 van Amsterdam (2024)', d)!;
    expect(reden).toContain('Thema 1.3 van Amsterdam (2024) wordt niet vergeleken of gerangschikt');
    expect(reden).toContain(`alleen 1 van de ${thema13.length} soorten misdrijf zit in de ingelezen cijfers (1.2.3)`);
    expect(reden).toContain('Ontbrekend: 1.1.1 Diefstal/inbraak woning, 1.1.2');
    expect(vergelijkingGeweigerd('x', dekkingUit(thema13, new Set(thema13)))).toBeNull();
  });
});
