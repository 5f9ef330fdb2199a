import { describe, expect, it } from 'vitest';
import { agendaTekst, agendaVoor, bijwerkenSinds, bijwerkstand, isTeLaat, kwartaalVan, overlegSchema, volgendOverleg, voortgangVan } from './voortgang.ts';

const schema = { eersteOverleg: '2027-01-31', intervalMaanden: 3 };

describe('voortgangsoverleg', () => {
  it('plant elke drie maanden en houdt rekening met korte maanden', () => {
    expect(overlegSchema(schema, '2027-12-31')).toEqual(['2027-01-31', '2027-04-30', '2027-07-31', '2027-10-31']);
    expect(volgendOverleg(schema, '2027-05-01')).toBe('2027-07-31');
    expect(volgendOverleg({ eersteOverleg: null, intervalMaanden: 3 }, '2027-05-01')).toBeNull();
  });

  it('telt het bijwerken vanaf het vorige overleg, vóór het eerste vanaf het kwartaal en nooit vanaf een latere datum', () => {
    expect(bijwerkenSinds(schema, '2027-07-31', '2027-07-25')).toBe('2027-04-30');
    expect(bijwerkenSinds(schema, '2027-01-31', '2026-11-23')).toBe('2026-10-01');
    expect(bijwerkenSinds(schema, null, '2027-05-10')).toBe('2027-04-01');
  });

  it('noemt een maatregel te laat als hij vertraagd is of zijn eindkwartaal voorbij is', () => {
    expect(kwartaalVan('2027-05-14')).toBe('2027-K2');
    expect(isTeLaat({ status: 'loopt', eindKwartaal: '2027-K1' }, '2027-05-14')).toBe(true);
    expect(isTeLaat({ status: 'afgerond', eindKwartaal: '2027-K1' }, '2027-05-14')).toBe(false);
    expect(isTeLaat({ status: 'vertraagd', eindKwartaal: '2027-K4' }, '2027-05-14')).toBe(true);
    expect(isTeLaat({ status: 'niet-gestart', eindKwartaal: null }, '2030-01-01')).toBe(false);
  });

  it('zet achterlopende indicatoren, late maatregelen en open acties op de agenda, zonder dubbele punt', () => {
    const m = { id: 'm1', naam: 'Cameraproef', jaar: 2027, status: 'vertraagd' as const, statusToelichting: 'Wacht op de aanbesteding.', eindKwartaal: '2027-K4', teLaat: true };
    const punten = agendaVoor(
      [{ indicator: { id: 'i1', naam: 'Woninginbraken' }, laatste: { periode: '2026', uitleg: 'Gemeten 214.' }, status: 'achter' }],
      [m as never],
      { datum: '2027-03-15', agenda: '', notulen: '', besluiten: [], acties: [{ wat: 'Wijkanalyse', wie: 'Politie', deadline: null, gereed: false }] },
    );
    expect(punten.map((p) => p.soort)).toEqual(['indicator-achter', 'maatregel-te-laat', 'open-actie']);
    expect(punten[1]!.tekst).toBe("Maatregel 'Cameraproef' (uitvoeringsplan 2027) is gemeld als vertraagd: Wacht op de aanbesteding.");
    expect(agendaTekst(punten).split('\n')[0]).toBe('1. Opening en vaststellen van de agenda');
  });

  it('telt per eigenaar wat niet is bijgewerkt, en zet wat geen eigenaar heeft apart', () => {
    const stand = bijwerkstand(
      [
        { soort: 'maatregel', id: 'm1', naam: 'A', eigenaarId: 'u1', bijgewerktOp: '2027-03-20T10:00:00Z', plek: '' },
        { soort: 'indicator', id: 'i1', naam: 'B', eigenaarId: 'u1', bijgewerktOp: null, plek: '' },
        { soort: 'maatregel', id: 'm2', naam: 'C', eigenaarId: null, bijgewerktOp: null, plek: '' },
      ],
      '2027-03-15',
    );
    expect(stand.map((s) => [s.eigenaarId, s.achterstallig.length, s.bijgewerkt])).toEqual([
      ['', 1, 0],
      ['u1', 1, 1],
    ]);
    expect(voortgangVan([{ status: 'afgerond', teLaat: false }, { status: 'geschrapt', teLaat: false }, { status: 'loopt', teLaat: true }])).toMatchObject({ totaal: 3, teLaat: 1, afgerondProcent: 50 });
  });
});
