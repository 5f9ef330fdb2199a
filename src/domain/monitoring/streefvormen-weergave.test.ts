/**
 * De vormen van streefwaarden zoals Kernplan ze toont (issue 16, punt 4): de streeftabel (pagina en
 * Word) met elk vak in de vorm van het plan, de grafiek op het dashboard die tekent wat de vorm toelaat,
 * en de terugblik van een opvolger die een kwalitatieve streefwaarde aan de trend beoordeelt.
 */
import { describe, expect, it } from 'vitest';
import { ivpDocument, streeftabelBlokken, streefwaardenLijst } from '../cyclus/documenten.ts';
import { eindstreefCel, indicatorRij, resultaatVan, terugblikIndicator } from '../cyclus/opvolging.ts';
import type { CyclusStand } from '../cyclus/stand.ts';
import { dashboardVan, indicatorOverzicht, legeRapportage, rapportageDocument, streefgrafiek } from './dashboard.ts';
import { eindstreefTekst, streefcellen, streeftabel } from './indicatoren.ts';
import type { Indicator } from './typen.ts';
import { openbareIndicator } from '../openbaar/openbaar.ts';

function maak(o: Partial<Indicator> = {}): Indicator {
  return {
    id: 'i',
    naam: 'Woninginbraken',
    prioriteitId: null,
    themaId: null,
    bron: 'politieregistratie',
    bronToelichting: '',
    aard: 'objectief',
    eenheid: 'aantal',
    richting: 'lager-is-beter',
    referentiejaar: 2022,
    referentiewaarde: 412,
    streefwaarden: [],
    metingen: [],
    eigenaarId: null,
    ...o,
  };
}

const m = (periode: string, waarde: number) => ({ periode, waarde, toelichting: '' });

// The forms from real plans, each as Kernplan stores it (the level in `waarde`, see vulAfgeleideWaarden).
const afname = maak({ id: 'afname', naam: 'Overlast', streefwaarden: [{ jaar: 2026, waarde: 412, soort: 'kwalitatief', koers: 'afname' }] });
const relatief = maak({ id: 'relatief', naam: 'Inbraken', streefwaarden: [{ jaar: 2026, waarde: 380.016, soort: 'relatief', procent: -2, basis: 'per-jaar' }] });
const periode = maak({ id: 'periode', naam: 'Fietsdiefstal', streefwaarden: [{ jaar: 2026, waarde: 370.8, soort: 'relatief', procent: -10, basis: 'periode' }] });
const plafond = maak({
  id: 'plafond',
  naam: 'Halt-verwijzingen',
  eenheid: 'per-10000',
  noemer: 'jongeren van 12 tot en met 17 jaar',
  referentiewaarde: 6,
  streefwaarden: [{ jaar: 2025, waarde: 5, soort: 'plafond' }],
});
const vloer = maak({ id: 'vloer', naam: 'Aangiftebereidheid', eenheid: 'percentage', richting: 'hoger-is-beter', referentiewaarde: 70, streefwaarden: [{ jaar: 2026, waarde: 80, soort: 'vloer' }] });
const reeks = maak({ id: 'reeks', naam: 'Straatroof', referentiewaarde: 150, streefwaarden: [{ jaar: 2023, totJaar: 2026, waarde: 130, soort: 'reeks' }] });

describe('de streeftabel: elk vak in de vorm van het plan', () => {
  const t = streeftabel([afname, relatief, periode, plafond, vloer, reeks]);
  const vakken = (id: string) => {
    const r = t.rijen.find((x) => x.id === id)!;
    return t.jaren.map((j) => r.cellen[j]?.tekst ?? '');
  };

  it('neemt de jaren van een relatieve streefwaarde per jaar en van een reeks op', () => {
    expect(t.jaren).toEqual([2023, 2024, 2025, 2026]);
  });
  it('kwalitatief: het woord, niet de referentie; geen mutatie', () => {
    expect(vakken('afname')).toEqual(['', '', '', 'afname']);
    const r = t.rijen.find((x) => x.id === 'afname')!;
    expect([r.eindtekst, r.mutatieProcent]).toEqual(['afname', null]);
  });
  it('relatief per jaar: elk jaar −2 % t.o.v. vorig jaar, met het samengestelde niveau', () => {
    expect(vakken('relatief')).toEqual(Array(4).fill('−2\u00A0% t.o.v. vorig jaar'));
    const r = t.rijen.find((x) => x.id === 'relatief')!;
    expect(t.jaren.map((j) => r.cellen[j]!.niveau)).toEqual(['403,8', '395,7', '387,8', '380']);
    expect(r.eindtekst).toBe('−2\u00A0% per jaar (380)');
  });
  it('relatief over de periode: ten opzichte van de referentie', () => {
    expect(vakken('periode')).toEqual(['', '', '', '−10\u00A0% t.o.v. referentie']);
    expect(t.rijen.find((x) => x.id === 'periode')!.eindtekst).toBe('−10\u00A0% t.o.v. referentie (370,8)');
  });
  it('plafond en vloer in woorden, met de eenheid voluit en de noemer', () => {
    expect(vakken('plafond')).toEqual(['', '', 'niet boven 5', '']);
    expect(vakken('vloer')).toEqual(['', '', '', 'minimaal 80\u00A0%']);
    expect(t.rijen.find((x) => x.id === 'plafond')!.eenheidTekst).toBe('per 10.000 jongeren van 12 tot en met 17 jaar');
  });
  it('reeks: elk jaar haar eigen waarde', () => {
    expect(vakken('reeks')).toEqual(['130', '130', '130', '130']);
    expect(t.rijen.find((x) => x.id === 'reeks')!.eindtekst).toBe('130');
  });
  it('een gewone waarde blijft een getal', () => {
    const gewoon = maak({ streefwaarden: [{ jaar: 2026, waarde: 1630 }] });
    expect(streefcellen(gewoon)).toEqual([{ jaar: 2026, soort: 'waarde', waarde: 1630, tekst: '1.630', niveau: null }]);
    expect(eindstreefTekst(gewoon)).toBe('1.630');
  });

  it('in Word (streeftabel en bijlage van het IVP): dezelfde vakken, relatief met het niveau, de eenheid bij de naam', () => {
    const [tabel] = streeftabelBlokken([afname, relatief, plafond, vloer, reeks]);
    if (tabel?.soort !== 'tabel') throw new Error('geen tabel');
    expect(tabel.kolommen).toEqual(['Indicator', 'Referentiejaar', 'Referentiewaarde', '2023', '2024', '2025', '2026', 'Eindstreefwaarde', 'Mutatie']);
    expect(tabel.rijen).toEqual([
      ['Overlast (aantal)', '2022', '412', '', '', '', 'afname', 'afname', '–'],
      ['Inbraken (aantal)', '2022', '412', '−2\u00A0% t.o.v. vorig jaar (403,8)', '−2\u00A0% t.o.v. vorig jaar (395,7)', '−2\u00A0% t.o.v. vorig jaar (387,8)', '−2\u00A0% t.o.v. vorig jaar (380)', '−2\u00A0% per jaar (380)', '−7,8\u00A0%'],
      ['Halt-verwijzingen (per 10.000 jongeren van 12 tot en met 17 jaar)', '2022', '6', '', '', 'niet boven 5', '', 'niet boven 5', '−16,7\u00A0%'],
      ['Aangiftebereidheid (percentage)', '2022', '70\u00A0%', '', '', '', 'minimaal 80\u00A0%', 'minimaal 80\u00A0%', '+14,3\u00A0%'],
      ['Straatroof (aantal)', '2022', '150', '130', '130', '130', '130', '130', '−13,3\u00A0%'],
    ]);
    expect(tabel.bijschrift).toContain('Bij een relatieve streefwaarde staat tussen haakjes het niveau dat eruit volgt.');
    expect(tabel.bijschrift).toContain('Een kwalitatieve streefwaarde (afname, stabiel, toename)');
    // Only plain numbers: the caption stays as it was.
    const [gewoon] = streeftabelBlokken([maak({ streefwaarden: [{ jaar: 2026, waarde: 300 }] })]);
    expect(gewoon?.soort === 'tabel' && gewoon.bijschrift).toBe('Streefwaarden per indicator. Mutatie: de eindstreefwaarde tegenover de referentiewaarde, in procenten met één decimaal.');

    const stand = {
      werkruimte: { naam: 'IVP', gemeentenaam: 'Zwolle', periodeStart: 2023, periodeEinde: 2026 },
      prioriteiten: [],
      overigeGroepen: [],
      ivp: { uitgangssituatie: '', strategischeDoelstelling: '', strategischeUitgangspunten: '', overigeThemas: '', coordinatie: '', begroting: '', prioriteiten: {}, strategischeThemas: {} },
      indicatoren: [afname, reeks],
    } as unknown as CyclusStand;
    const doc = ivpDocument(stand, '');
    const bijlage = doc.blokken.findIndex((b) => b.soort === 'kop' && b.nummer === 'Bijlage 1');
    const annex = doc.blokken.slice(bijlage).find((b) => b.soort === 'tabel');
    expect(annex?.soort === 'tabel' && annex.rijen.map((r) => r.slice(4))).toEqual([
      ['', '', '', 'afname', 'afname', '–'],
      ['130', '130', '130', '130', '130', '−13,3\u00A0%'],
    ]);
  });
});

describe('de grafiek op het dashboard: wat de vorm toelaat', () => {
  it('reeks: een punt op het pad voor elk jaar, en het pad loopt daarna door', () => {
    const g = streefgrafiek(reeks, 'pad');
    expect(g.pad.map((p) => [p.jaar, p.waarde])).toEqual([
      [2022, 150],
      [2023, 130],
      [2024, 130],
      [2025, 130],
      [2026, 130],
    ]);
    expect([g.doorlopen, g.grens, g.koersen]).toEqual([true, null, []]);
    // The overview the chart reads uses the same path (before: only the first year of the series).
    expect(indicatorOverzicht(reeks, 'pad').pad).toHaveLength(5);
  });
  it('relatief: het uitgerekende pad vanaf de referentie', () => {
    const g = streefgrafiek(relatief, 'pad');
    expect(g.pad.map((p) => Math.round(p.waarde * 10) / 10)).toEqual([412, 403.8, 395.7, 387.8, 380]);
    expect(g.beschrijving).toBe(
      'Streefpad vanaf de referentie 412 (2022): 2023: −2\u00A0% t.o.v. vorig jaar (403,8); 2024: −2\u00A0% t.o.v. vorig jaar (395,7); 2025: −2\u00A0% t.o.v. vorig jaar (387,8); 2026: −2\u00A0% t.o.v. vorig jaar (380).',
    );
  });
  it('plafond en vloer: een horizontale grens vanaf hun jaar, met niet boven of minimaal; het pad loopt er niet vlak overheen', () => {
    const p = streefgrafiek(plafond, 'pad');
    expect(p.grens).toEqual({ soort: 'plafond', jaar: 2025, waarde: 5, tekst: 'niet boven 5' });
    expect(p.doorlopen).toBe(false);
    expect(p.beschrijving).toContain('Plafond: niet boven 5 in 2025, en daarna.');
    expect(streefgrafiek(vloer, 'pad').grens).toEqual({ soort: 'vloer', jaar: 2026, waarde: 80, tekst: 'minimaal 80\u00A0%' });
  });
  it('kwalitatief: geen streeflijn (alleen de referentie), wel tekst', () => {
    const g = streefgrafiek(afname, 'pad');
    expect(g.pad).toEqual([{ jaar: 2022, waarde: 412, tekst: null, soort: null }]);
    expect(g.koersen).toEqual([{ jaar: 2026, tekst: 'afname' }]);
    expect([g.doorlopen, g.grens]).toEqual([false, null]);
    expect(g.beschrijving).toBe('Streefwaarde ‘afname’ in 2026: zonder getal, dus geen streeflijn; beoordeeld aan de trend van de metingen.');
    // Before: the reference stood in the path as if it were a target of 412 in 2026.
    expect(indicatorOverzicht(afname, 'pad').pad).toEqual([{ jaar: 2022, waarde: 412 }]);
  });
  it('een waarde en dan kwalitatief: het pad stopt bij de waarde', () => {
    const g = streefgrafiek(maak({ streefwaarden: [{ jaar: 2024, waarde: 400 }, { jaar: 2026, waarde: 412, soort: 'kwalitatief', koers: 'afname' }] }), 'pad');
    expect(g.pad.map((p) => p.jaar)).toEqual([2022, 2024]);
    expect(g.doorlopen).toBe(false);
    expect(g.koersen).toEqual([{ jaar: 2026, tekst: 'afname' }]);
  });
});

describe('de terugblik van een opvolger: gehaald in de vorm van de streefwaarde', () => {
  const vorig = (o: Partial<Indicator>) => maak({ referentiejaar: 2024, referentiewaarde: 100, ...o });
  const afnameDoel = [{ jaar: 2030, waarde: 100, soort: 'kwalitatief' as const, koers: 'afname' as const }];

  it('afname: de trend vanaf de referentie moet dalen; gelijk blijven is niet gehaald (vroeger wel)', () => {
    expect(resultaatVan(vorig({ streefwaarden: afnameDoel, metingen: [m('2026', 100)] }))).toBe('niet-gehaald');
    expect(resultaatVan(vorig({ streefwaarden: afnameDoel, metingen: [m('2026', 90), m('2028', 95)] }))).toBe('gehaald');
    // The trend, not the last value alone: down and then back up to above the reference.
    expect(resultaatVan(vorig({ streefwaarden: afnameDoel, metingen: [m('2025', 120), m('2026', 125), m('2027', 99)] }))).toBe('niet-gehaald');
    // Only quarters: no final value.
    expect(resultaatVan(vorig({ streefwaarden: afnameDoel, metingen: [m('2026-K1', 10)] }))).toBe('onbekend');
  });
  it('stabiel: hooguit 5 % verandering, ook als het beter werd', () => {
    const stabiel = [{ jaar: 2030, waarde: 100, soort: 'kwalitatief' as const, koers: 'stabiel' as const }];
    expect(resultaatVan(vorig({ streefwaarden: stabiel, metingen: [m('2029', 80)] }))).toBe('niet-gehaald');
    expect(resultaatVan(vorig({ streefwaarden: stabiel, metingen: [m('2029', 103)] }))).toBe('gehaald');
  });
  it('plafond en vloer: de grens, ongeacht de richting', () => {
    const plafondDoel = [{ jaar: 2030, waarde: 5, soort: 'plafond' as const }];
    expect(resultaatVan(vorig({ richting: 'hoger-is-beter', referentiewaarde: 4, streefwaarden: plafondDoel, metingen: [m('2030', 6)] }))).toBe('niet-gehaald');
    expect(resultaatVan(vorig({ referentiewaarde: 6, streefwaarden: plafondDoel, metingen: [m('2030', 5)] }))).toBe('gehaald');
    const vloerDoel = [{ jaar: 2030, waarde: 80, soort: 'vloer' as const }];
    expect(resultaatVan(vorig({ eenheid: 'percentage', referentiewaarde: 70, streefwaarden: vloerDoel, metingen: [m('2030', 79.9)] }))).toBe('niet-gehaald');
  });
  it('relatief: het niveau dat uit de referentie volgt', () => {
    const doel = [{ jaar: 2030, waarde: 90, soort: 'relatief' as const, procent: -10, basis: 'periode' as const }];
    expect(resultaatVan(vorig({ streefwaarden: doel, metingen: [m('2030', 90)] }))).toBe('gehaald');
    expect(resultaatVan(vorig({ streefwaarden: doel, metingen: [m('2030', 91)] }))).toBe('niet-gehaald');
  });
  it('de tabel van de terugblik noemt de eindstreefwaarde in de vorm van het plan', () => {
    const rij = indicatorRij(terugblikIndicator(vorig({ streefwaarden: afnameDoel, metingen: [m('2026', 90)] })));
    expect(rij.slice(3)).toEqual(['afname (2030)', 'Streefwaarde gehaald']);
    expect(eindstreefCel({ jaar: 2030, waarde: 5, soort: 'plafond' }, 'aantal')).toBe('niet boven 5 (2030)');
    expect(eindstreefCel({ jaar: 2030, waarde: 90, soort: 'relatief', procent: -10, basis: 'periode' }, 'aantal')).toBe('90 (2030; −10\u00A0% t.o.v. referentie)');
    expect(eindstreefCel({ jaar: 2030, waarde: 170 }, 'aantal')).toBe('170 (2030)');
  });
});

describe('de streefwaarden bij een doel als lijst (voor de tabel van hoofdstuk 4 van het IVP)', () => {
  it('noemt elk jaar in de vorm van het plan, de laatste als eindstreefwaarde', () => {
    const gemengd = maak({ streefwaarden: [{ jaar: 2024, waarde: 400 }, { jaar: 2026, waarde: 412, soort: 'kwalitatief', koers: 'afname' }] });
    const t = streeftabel([gemengd, reeks]);
    expect(streefwaardenLijst(t.rijen[0]!, t.jaren)).toEqual(['2024: 400', '2026: afname (eindstreefwaarde)']);
    expect(streefwaardenLijst(t.rijen[1]!, t.jaren)).toEqual(['2023: 130', '2024: 130', '2025: 130', '2026: 130 (eindstreefwaarde)']);
    // Unchanged for plain numbers: the form the IVP already used.
    const gewoon = streeftabel([maak({ referentiejaar: 2025, referentiewaarde: 100, streefwaarden: [{ jaar: 2028, waarde: 90 }, { jaar: 2030, waarde: 80 }] })]);
    expect(streefwaardenLijst(gewoon.rijen[0]!, gewoon.jaren)).toEqual(['2028: 90', '2030: 80 (eindstreefwaarde)']);
  });
});

describe('de voortgangsrapportage in Word', () => {
  it('noemt de eindstreefwaarde in de vorm van het plan', () => {
    const dashboard = dashboardVan({ prioriteiten: [], indicatoren: [afname, plafond, maak({ id: 'w', naam: 'Gewoon', streefwaarden: [{ jaar: 2026, waarde: 300 }] })], plannen: [], beoordeling: 'pad', vandaag: '2027-01-01' });
    const doc = rapportageDocument({ werkruimte: { naam: 'IVP', gemeentenaam: 'Zwolle', periodeStart: 2023, periodeEinde: 2026 }, periode: '2026', dashboard, rapportage: legeRapportage(), status: '' });
    const tabel = doc.blokken.find((b) => b.soort === 'tabel' && b.bijschrift?.startsWith('Effectindicatoren'));
    expect(tabel?.soort === 'tabel' && tabel.rijen.map((r) => r[2])).toEqual(['afname (2026)', 'niet boven 5 (2025)', '300 (2026)']);
  });
});

describe('het doel in gewone woorden op het openbare dashboard', () => {
  it("noemt een kwalitatieve en een plafond-streefwaarde in de vorm van het plan, niet als getal", () => {
    expect(openbareIndicator(indicatorOverzicht(afname, 'pad'), null).doel).toBe('afname in 2026');
    expect(openbareIndicator(indicatorOverzicht(vloer, 'pad'), null).doel).toBe('minimaal 80\u00A0% in 2026');
    expect(openbareIndicator(indicatorOverzicht(reeks, 'pad'), null).doel).toBe('130 per jaar (2023 t/m 2026) in 2026');
  });
});
