import { describe, expect, it } from 'vitest';
import { uitPlatteTekst } from '../tekst/rijk.ts';
import { standaardProces } from './methode.ts';
import { beginVanafRaad, herplan, procesVolgensWerk, raadVanPlanning, stappenUitWerk } from './stapstand.ts';
import { leegIvp, legeAnalyse, legeStartnotitie, type CyclusStand } from './stand.ts';

const leeg = (): CyclusStand => ({
  werkruimte: { naam: 'x', gemeentenaam: 'Dijkstede', periodeStart: 2027, periodeEinde: 2030 },
  startnotitie: legeStartnotitie(),
  secties: [{ sleutel: 'thema-1.1', titel: 't', tekst: '', vertrouwelijk: false, analyse: legeAnalyse() }],
  prioriteiten: [],
  overigeGroepen: [],
  sessie: null,
  ivp: leegIvp(),
  uitvoeringsplannen: [],
  project: null,
});

describe('de stand van de stappen volgt het werk', () => {
  it('een lege werkruimte: niets gestart', () => {
    expect(stappenUitWerk(leeg(), [])).toEqual({ 1: 'niet-gestart', 2: 'niet-gestart', 3: 'niet-gestart', 4: 'niet-gestart', 5: 'niet-gestart', 6: 'niet-gestart' });
  });

  it('begonnen analyse = stap 2 bezig; besproken analyse = afgerond; prioriteiten en een IVP in wording zetten 3 af en 4 op bezig', () => {
    const stand = leeg();
    stand.secties[0]!.tekst = 'Woninginbraken nemen toe.';
    expect(stappenUitWerk(stand, [])[2]).toBe('bezig');
    expect(stappenUitWerk(stand, [{ document: 'veiligheidsanalyse', soort: 'besproken' }])[2]).toBe('afgerond');
    stand.prioriteiten = [{ id: 'p1', titel: 'Woninginbraak', themaIds: ['1.1'] }];
    expect(stappenUitWerk(stand, [])[3]).toBe('bezig');
    stand.rijkeTeksten = { 'ivp.uitgangssituatie': uitPlatteTekst('Dijkstede is veilig.') };
    expect(stappenUitWerk(stand, [])).toMatchObject({ 3: 'afgerond', 4: 'bezig' });
    expect(stappenUitWerk(stand, [{ document: 'ivp', soort: 'vastgesteld' }])[4]).toBe('afgerond');
  });

  it('wat de coördinator zelf zette geldt; de rest volgt het werk', () => {
    const proces = standaardProces('2026-12-02');
    proces.stappen[0] = { ...proces.stappen[0]!, status: 'afgerond', handmatig: true };
    proces.stappen[1] = { ...proces.stappen[1]!, status: 'afgerond' };
    const getoond = procesVolgensWerk(proces, { 1: 'bezig', 2: 'bezig', 3: 'niet-gestart', 4: 'niet-gestart', 5: 'niet-gestart', 6: 'niet-gestart' });
    expect(getoond.stappen.map((s) => s.status).slice(0, 3)).toEqual(['afgerond', 'bezig', 'niet-gestart']);
  });
});

describe('planning vanaf de raadsvergadering', () => {
  it('rekent terug vanaf de vergadering, maar begint nooit in het verleden', () => {
    expect(beginVanafRaad('2027-12-01', '2026-12-02') < '2027-12-01').toBe(true);
    expect(beginVanafRaad('2027-03-01', '2026-12-02')).toBe('2026-12-02');
  });

  it('herplant alleen stappen die nog niet begonnen zijn; stap 4 eindigt dan bij de vergadering', () => {
    const proces = standaardProces('2026-12-02');
    const nieuw = herplan(proces, '2027-12-14', '2026-12-02', { 1: 'bezig' });
    expect(nieuw.raadsvergadering).toBe('2027-12-14');
    expect(nieuw.stappen[0]).toEqual(proces.stappen[0]);
    expect(raadVanPlanning(nieuw)).toBe('2027-12-14');
    expect(nieuw.stappen.every((s) => s.geplandStart === null || s.geplandStart >= '2026-12-02')).toBe(true);
  });
});
