/**
 * Nederlandse getallen lezen en tonen: komma voor decimalen, punt voor duizendtallen, een
 * dubbelzinnige punt wordt geweigerd, en de eenheid begrenst wat mag.
 */
import { describe, it, expect } from 'vitest';
import {
  bereikFout,
  decimalenVan,
  formatGetal,
  formatMetEenheid,
  formatProcentVerandering,
  leesGetal,
  MINTEKEN,
  rondAf,
  VASTE_SPATIE,
} from './getallen.ts';

function waardeVan(tekst: string, eenheid?: Parameters<typeof leesGetal>[1]): number {
  const r = leesGetal(tekst, eenheid);
  if (!r.ok) throw new Error(`verwacht een getal voor '${tekst}', kreeg: ${r.reden}`);
  return r.waarde;
}
function redenVan(tekst: string, eenheid?: Parameters<typeof leesGetal>[1]): string {
  const r = leesGetal(tekst, eenheid);
  if (r.ok) throw new Error(`verwacht een weigering voor '${tekst}', kreeg ${r.waarde}`);
  return r.reden;
}

describe('leesGetal', () => {
  it('leest Nederlandse getallen', () => {
    expect(waardeVan('7,5')).toBe(7.5);
    expect(waardeVan('1.630')).toBe(1630);
    expect(waardeVan('1.630,5')).toBe(1630.5);
    expect(waardeVan('12.345.678')).toBe(12345678);
    expect(waardeVan('12.345.678,25')).toBe(12345678.25);
    expect(waardeVan('486')).toBe(486);
    expect(waardeVan('0,5')).toBe(0.5);
    expect(waardeVan('1,630')).toBe(1.63);
    expect(waardeVan('0')).toBe(0);
  });

  it('leest een teken vooraf, ook het echte minteken, en geeft nooit −0', () => {
    expect(waardeVan('-3')).toBe(-3);
    expect(waardeVan(`${MINTEKEN}3,5`)).toBe(-3.5);
    expect(waardeVan('+3')).toBe(3);
    expect(Object.is(waardeVan('-0'), 0)).toBe(true);
  });

  it('negeert spaties rondom, een procentteken en een toelichting tussen haakjes', () => {
    expect(waardeVan('  7,5 ')).toBe(7.5);
    expect(waardeVan('28,8%')).toBe(28.8);
    expect(waardeVan('28,8 %')).toBe(28.8);
    expect(waardeVan(`28,8${VASTE_SPATIE}%`, 'percentage')).toBe(28.8);
    expect(waardeVan('7,5 (1 tot 10)')).toBe(7.5);
    expect(waardeVan('7,5(1-10)', 'score')).toBe(7.5);
    expect(waardeVan('28,8 % (Veiligheidsmonitor 2025)', 'percentage')).toBe(28.8);
  });

  it('leest terug wat formatGetal en formatProcentVerandering tonen', () => {
    for (const w of [0, 7.5, 1630, 12345678.3, 99.9]) expect(waardeVan(formatGetal(w))).toBe(w);
    expect(waardeVan(formatGetal(28.8, 'percentage'), 'percentage')).toBe(28.8);
    expect(waardeVan(formatProcentVerandering(-38.3))).toBe(-38.3);
  });

  it('weigert een punt als decimaalteken, met een voorstel', () => {
    expect(redenVan('7.5')).toBe('Gebruik een komma voor decimalen: 7,5 in plaats van 7.5.');
    expect(redenVan('1.63')).toBe('Gebruik een komma voor decimalen: 1,63 in plaats van 1.63.');
    expect(redenVan('1.6300')).toContain('1,6300 in plaats van 1.6300');
    // Een voorloopnul is geen groepje duizendtallen.
    expect(redenVan('0.630')).toContain('0,630 in plaats van 0.630');
    expect(redenVan('-7.5')).toContain('7,5 in plaats van 7.5');
    expect(redenVan('1,630.5')).toBe('Gebruik een komma voor decimalen en een punt voor duizendtallen: 1.630,5 in plaats van 1,630.5.');
    expect(redenVan('12.34.5')).toContain('‘12.34.5’ is geen getal dat we kunnen lezen');
    expect(redenVan('1.630.')).toContain('‘1.630.’');
  });

  it('weigert leeg en niet-getallen en noemt wat er ingetypt is', () => {
    expect(redenVan('')).toBe('Vul een getal in.');
    expect(redenVan('   ')).toBe('Vul een getal in.');
    expect(redenVan('veel')).toBe('‘veel’ is geen getal. Vul een getal in, bijvoorbeeld 1.630 of 7,5.');
    expect(redenVan('ca. 300')).toContain('‘ca. 300’');
    expect(redenVan('3e5')).toContain('‘3e5’');
    expect(redenVan('-')).toContain('‘-’');
    expect(redenVan('%')).toContain('‘%’');
    expect(redenVan('(1 tot 10)')).toContain('‘(1 tot 10)’');
    expect(redenVan('- 3')).toContain('‘- 3’');
    expect(redenVan('7,5,3')).toContain('‘7,5,3’');
  });

  it('begrenst een percentage tussen 0 en 100', () => {
    expect(waardeVan('0', 'percentage')).toBe(0);
    expect(waardeVan('100%', 'percentage')).toBe(100);
    expect(redenVan('120', 'percentage')).toBe('Een percentage ligt tussen 0 en 100; ingevuld is 120.');
    expect(redenVan('100,5 %', 'percentage')).toBe('Een percentage ligt tussen 0 en 100; ingevuld is 100,5.');
    expect(redenVan('-3', 'percentage')).toBe('Een percentage ligt tussen 0 en 100; ingevuld is -3.');
  });

  it('weigert negatieve aantallen, aantallen per 1.000 en scores', () => {
    expect(redenVan('-3', 'aantal')).toBe('Een aantal kan niet negatief zijn; ingevuld is -3.');
    expect(redenVan('-0,5', 'per-1000')).toBe('Een aantal per 1.000 inwoners kan niet negatief zijn; ingevuld is -0,5.');
    expect(redenVan('-1', 'score')).toBe('Een score kan niet negatief zijn; ingevuld is -1.');
    expect(waardeVan('8.470', 'aantal')).toBe(8470);
    expect(waardeVan('5,8', 'per-1000')).toBe(5.8);
    expect(waardeVan('7,5 (1 tot 10)', 'score')).toBe(7.5);
    // Een schaalscore kent geen vaste bovengrens.
    expect(waardeVan('12', 'score')).toBe(12);
  });

  it('weigert een procentteken bij een andere eenheid dan percentage', () => {
    expect(redenVan('5%', 'aantal')).toBe('Een %-teken past niet bij de eenheid aantal; vul alleen het getal in, of kies de eenheid percentage.');
    expect(redenVan('5 %', 'per-1000')).toContain('per 1.000 inwoners');
    expect(redenVan('5%', 'score')).toContain('%-teken');
    expect(waardeVan('5%')).toBe(5);
  });
});

describe('rondAf', () => {
  it('rondt half van nul af, zonder last van rekenfouten', () => {
    expect(rondAf(2.25)).toBe(2.3);
    expect(rondAf(-2.25)).toBe(-2.3);
    expect(rondAf(0.15)).toBe(0.2);
    expect(rondAf(1.005, 2)).toBe(1.01);
    expect(rondAf((486 - 300) / 7 * 3.5 / 4)).toBe(23.3);
    expect(rondAf(98.25)).toBe(98.3);
    expect(rondAf(7.04)).toBe(7);
    expect(rondAf(1234.5, 0)).toBe(1235);
    expect(Object.is(rondAf(-0.04), 0)).toBe(true);
  });

  it('telt decimalen', () => {
    expect(decimalenVan(7)).toBe(0);
    expect(decimalenVan(7.5)).toBe(1);
    expect(decimalenVan(5.43)).toBe(2);
    expect(decimalenVan(1 / 3)).toBe(4);
    expect(decimalenVan(1 / 3, 2)).toBe(2);
  });
});

describe('formatGetal', () => {
  it('toont duizendtallen met een punt en decimalen met een komma', () => {
    expect(formatGetal(1630)).toBe('1.630');
    expect(formatGetal(8470)).toBe('8.470');
    expect(formatGetal(12345678)).toBe('12.345.678');
    expect(formatGetal(7.5)).toBe('7,5');
    expect(formatGetal(486)).toBe('486');
    expect(formatGetal(0)).toBe('0');
  });

  it('geeft standaard hooguit één decimaal, gehele getallen zonder', () => {
    expect(formatGetal(7.04)).toBe('7');
    expect(formatGetal(7.25)).toBe('7,3');
    expect(formatGetal(-7.25)).toBe('-7,3');
    expect(formatGetal(0.15)).toBe('0,2');
    expect(formatGetal(1630.46)).toBe('1.630,5');
    expect(formatGetal(-0.04)).toBe('0');
  });

  it('geeft met decimalen precies zoveel decimalen', () => {
    expect(formatGetal(7, undefined, { decimalen: 1 })).toBe('7,0');
    expect(formatGetal(5.435, undefined, { decimalen: 2 })).toBe('5,44');
    expect(formatGetal(1630.5, undefined, { decimalen: 0 })).toBe('1.631');
  });

  it('zet bij een percentage een vaste spatie en % achter het getal', () => {
    expect(formatGetal(28.8, 'percentage')).toBe(`28,8${VASTE_SPATIE}%`);
    expect(formatGetal(46, 'percentage')).toBe('46\u00A0%');
    expect(formatGetal(5.8, 'per-1000')).toBe('5,8');
    expect(formatGetal(7.5, 'score')).toBe('7,5');
    expect(formatGetal(1630, 'aantal')).toBe('1.630');
  });

  it('formatMetEenheid geeft de lange vorm', () => {
    expect(formatMetEenheid(5.8, 'per-1000')).toBe('5,8 per 1.000 inwoners');
    expect(formatMetEenheid(28.8, 'percentage')).toBe('28,8\u00A0%');
    expect(formatMetEenheid(1630, 'aantal')).toBe('1.630');
    expect(formatMetEenheid(7.5, 'score')).toBe('7,5');
    expect(formatMetEenheid(6, 'per-1000', { decimalen: 1 })).toBe('6,0 per 1.000 inwoners');
  });
});

describe('formatProcentVerandering', () => {
  it('toont teken (echt minteken U+2212), één decimaal, vaste spatie en %', () => {
    expect(formatProcentVerandering(-38.3)).toBe('\u221238,3\u00A0%');
    expect(formatProcentVerandering(19.6)).toBe('+19,6\u00A0%');
    expect(formatProcentVerandering(20)).toBe('+20,0\u00A0%');
    expect(formatProcentVerandering(0)).toBe('0,0\u00A0%');
    expect(formatProcentVerandering(-0.04)).toBe('0,0\u00A0%');
    expect(formatProcentVerandering(-38.27)).toBe('\u221238,3\u00A0%');
    expect(formatProcentVerandering(-11.45)).toBe('\u221211,5\u00A0%');
    expect(formatProcentVerandering(1234.56)).toBe('+1.234,6\u00A0%');
  });
});

describe('bereikFout', () => {
  it('geeft null binnen het bereik en een reden erbuiten', () => {
    expect(bereikFout(50, 'percentage')).toBeNull();
    expect(bereikFout(0, 'aantal')).toBeNull();
    expect(bereikFout(101, 'percentage')).toContain('tussen 0 en 100');
    expect(bereikFout(-1, 'aantal')).toContain('niet negatief');
    expect(bereikFout(Number.NaN, 'score')).toBe('Dit is geen getal.');
  });
});
