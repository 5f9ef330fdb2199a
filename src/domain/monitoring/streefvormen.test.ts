/**
 * De vormen van streefwaarden en eenheden uit echte begrotingen en jaarverslagen (issue 16, punt 4):
 * per 10.000 en per 1.000 van een groep, relatief ('vermindert met 2 % per jaar', '-2%'), plafond en
 * vloer ('niet boven', 'minimaal'), kwalitatief ('afname', 'stabiel') met een oordeel aan de trend,
 * een meting met benchmark ('6 / 8'), een reeks van jaren ('2019..2023: 130'), en de weigering van
 * '28,8%' bij een score en '7,5 (1 tot 10)' bij een percentage. Elke vorm krijgt een status.
 */
import { describe, expect, it } from 'vitest';
import { formatMetEenheid, formatStreefwaarde, leesGetal, leesMeting, leesStreefcel } from './getallen.ts';
import {
  beoordeelMetingen,
  controleerIndicatorInvoer,
  eindstreefwaarde,
  laatsteStatus,
  richtingKlopt,
  streefniveau,
  streeftabel,
  vulAfgeleideWaarden,
} from './indicatoren.ts';
import { eenheidTekst, type Indicator } from './typen.ts';
import { indicatorOverzicht } from './dashboard.ts';

function maak(o: Partial<Indicator> = {}): Indicator {
  return {
    id: 'i1',
    naam: 'Woninginbraken',
    prioriteitId: 'p1',
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

const cel = (t: string, e?: Parameters<typeof leesStreefcel>[1]) => {
  const r = leesStreefcel(t, e);
  if (!r.ok) throw new Error(r.reden);
  return r.cel;
};

describe('eenheden: per 10.000 en per 1.000 van een groep', () => {
  it('noemt de groep in plaats van altijd inwoners', () => {
    expect(eenheidTekst('per-1000')).toBe('per 1.000 inwoners');
    expect(eenheidTekst('per-1000', 'jongeren van 12 tot en met 17 jaar')).toBe('per 1.000 jongeren van 12 tot en met 17 jaar');
    expect(eenheidTekst('per-10000', 'jongeren van 12 tot en met 17 jaar')).toBe('per 10.000 jongeren van 12 tot en met 17 jaar');
    expect(formatMetEenheid(132, 'per-10000', { noemer: 'jongeren van 12 tot en met 17 jaar' })).toBe('132 per 10.000 jongeren van 12 tot en met 17 jaar');
    expect(formatMetEenheid(5.8, 'per-10000')).toBe('5,8 per 10.000 inwoners');
  });
  it('een kwartaaltelling per 10.000 is een kwart van het jaar, zoals per 1.000', () => {
    const ind = maak({ eenheid: 'per-10000', referentiewaarde: 100, streefwaarden: [{ jaar: 2023, waarde: 80 }], metingen: [{ periode: '2023-K4', waarde: 20, toelichting: '' }] });
    expect(beoordeelMetingen(ind, 'pad')[0]).toMatchObject({ verwacht: 20, status: 'op-koers' });
  });
  it('een per-10.000-waarde kan niet negatief zijn', () => {
    const r = leesGetal('-3', 'per-10000');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reden).toBe('Een aantal per 10.000 inwoners kan niet negatief zijn; ingevuld is -3.');
  });
});

describe('score en percentage niet door elkaar', () => {
  it("weigert '28,8%' bij een score, met een Nederlandse reden", () => {
    const r = leesGetal('28,8%', 'score');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reden).toBe('‘28,8%’ is een percentage, geen score. Vul bij de eenheid score een rapportcijfer of schaalscore in zonder %-teken (bijvoorbeeld 7,5), of kies de eenheid percentage.');
    expect(leesGetal('28,8%', 'percentage')).toEqual({ ok: true, waarde: 28.8 });
  });
  it("weigert '7,5 (1 tot 10)' bij een percentage; bij een score mag het, binnen de schaal", () => {
    const r = leesGetal('7,5 (1 tot 10)', 'percentage');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reden).toBe('‘7,5 (1 tot 10)’ is een cijfer op een schaal van 1 tot 10, geen percentage. Vul een percentage in (bijvoorbeeld 28,8%), of kies de eenheid score.');
    expect(leesGetal('7,5 (1 tot 10)', 'score')).toEqual({ ok: true, waarde: 7.5 });
    expect(leesGetal('6,1 (schaal 1-10)', 'score')).toEqual({ ok: true, waarde: 6.1 });
    const buiten = leesGetal('11 (1 tot 10)', 'score');
    expect(buiten.ok).toBe(false);
    if (!buiten.ok) expect(buiten.reden).toBe('11 ligt niet op de schaal van 1 tot 10 die erbij staat.');
    // Een andere toelichting tussen haakjes blijft genegeerd.
    expect(leesGetal('28,8 (Veiligheidsmonitor)', 'percentage')).toEqual({ ok: true, waarde: 28.8 });
  });
});

describe('cellen van streefwaarden lezen', () => {
  it('leest de vormen uit echte begrotingen', () => {
    expect(cel('130')).toEqual({ soort: 'waarde', waarde: 130 });
    expect(cel('vermindert met 2 % per jaar', 'aantal')).toEqual({ soort: 'relatief', procent: -2, basis: 'per-jaar' });
    expect(cel('-2%', 'aantal')).toEqual({ soort: 'relatief', procent: -2, basis: 'periode' });
    expect(cel('−2 % per jaar', 'percentage')).toEqual({ soort: 'relatief', procent: -2, basis: 'per-jaar' });
    expect(cel('5% minder', 'aantal')).toEqual({ soort: 'relatief', procent: -5, basis: 'periode' });
    expect(cel('stijgt met 3% per jaar', 'score')).toEqual({ soort: 'relatief', procent: 3, basis: 'per-jaar' });
    expect(cel('niet boven 5', 'per-1000')).toEqual({ soort: 'plafond', waarde: 5 });
    expect(cel('maximaal 1.630', 'aantal')).toEqual({ soort: 'plafond', waarde: 1630 });
    expect(cel('minimaal 7', 'score')).toEqual({ soort: 'vloer', waarde: 7 });
    expect(cel('ten minste 55%', 'percentage')).toEqual({ soort: 'vloer', waarde: 55 });
    expect(cel('afname')).toEqual({ soort: 'kwalitatief', koers: 'afname' });
    expect(cel('Stabiel')).toEqual({ soort: 'kwalitatief', koers: 'stabiel' });
    expect(cel('toename')).toEqual({ soort: 'kwalitatief', koers: 'toename' });
    expect(cel('2019..2023: 130', 'aantal')).toEqual({ soort: 'reeks', waarde: 130, jaar: 2019, totJaar: 2023 });
    expect(cel('2019-2023: 130 per jaar', 'aantal')).toEqual({ soort: 'reeks', waarde: 130, jaar: 2019, totJaar: 2023 });
    // Bij een percentage is '28,8%' een waarde, geen verandering.
    expect(cel('28,8%', 'percentage')).toEqual({ soort: 'waarde', waarde: 28.8 });
  });
  it('zegt waarom een cel niet te lezen is', () => {
    const r = leesStreefcel('2% per jaar', 'aantal');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reden).toContain('daling of stijging');
    const p = leesStreefcel('28,8%', 'score');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reden).toContain('is een percentage, geen score');
    const s = leesStreefcel('minimaal 28,8%', 'score');
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.reden).toContain('is een percentage, geen score');
    const o = leesStreefcel('zo laag mogelijk', 'aantal');
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.reden).toContain('is geen streefwaarde die Kernplan kan lezen');
    const j = leesStreefcel('2023..2019: 130');
    expect(j.ok).toBe(false);
  });
  it('toont de vorm in woorden', () => {
    expect(formatStreefwaarde({ jaar: 2026, waarde: 0, soort: 'relatief', procent: -2, basis: 'per-jaar' }, 'aantal')).toBe('\u22122\u00a0% per jaar');
    expect(formatStreefwaarde({ jaar: 2026, waarde: 5, soort: 'plafond' }, 'per-1000')).toBe('niet boven 5');
    expect(formatStreefwaarde({ jaar: 2026, waarde: 7, soort: 'vloer' }, 'score')).toBe('minimaal 7');
    expect(formatStreefwaarde({ jaar: 2026, waarde: 0, soort: 'kwalitatief', koers: 'afname' }, 'aantal')).toBe('afname');
    expect(formatStreefwaarde({ jaar: 2019, totJaar: 2023, waarde: 130, soort: 'reeks' }, 'aantal')).toBe('130 per jaar (2019 t/m 2023)');
  });
});

describe('meting met benchmark: 6 / 8', () => {
  it('leest waarde en benchmark', () => {
    expect(leesMeting('6 / 8', 'score')).toEqual({ ok: true, waarde: 6, benchmark: 8 });
    expect(leesMeting('6', 'score')).toEqual({ ok: true, waarde: 6, benchmark: null });
    const r = leesMeting('6 / 28,8%', 'score');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reden).toMatch(/^De benchmark na de schuine streep: /);
  });
  it('zonder streefwaarde beslist de benchmark, in de richting van de indicator', () => {
    const ind = maak({ eenheid: 'aantal', referentiejaar: null, referentiewaarde: null, metingen: [{ periode: '2024', waarde: 6, benchmark: 8, toelichting: '' }] });
    const [m] = beoordeelMetingen(ind, 'pad');
    expect(m).toMatchObject({ status: 'op-koers', tovBenchmark: 'beter', streefsoort: null, verwacht: 8 });
    expect(m!.uitleg).toContain('gemeten 6 tegenover 8, beter dan de benchmark');
    const hoger = beoordeelMetingen({ ...ind, richting: 'hoger-is-beter' }, 'pad')[0]!;
    expect(hoger).toMatchObject({ status: 'achter', tovBenchmark: 'slechter' });
  });
  it('met een streefwaarde beslist de streefwaarde; de benchmark staat in de uitleg', () => {
    const ind = maak({ referentiewaarde: 10, streefwaarden: [{ jaar: 2024, waarde: 5 }], metingen: [{ periode: '2024', waarde: 6, benchmark: 8, toelichting: '' }] });
    const [m] = beoordeelMetingen(ind, 'pad');
    expect(m).toMatchObject({ status: 'achter', tovBenchmark: 'beter' });
    expect(m!.uitleg).toContain('De benchmark is 8; de meting is beter dan de benchmark.');
  });
});

describe('relatieve streefwaarde', () => {
  // Woninginbraken 412 in 2022, 'vermindert met 2 % per jaar' tot 2026.
  const perJaar = maak({ streefwaarden: [{ jaar: 2026, waarde: 0, soort: 'relatief', procent: -2, basis: 'per-jaar' }] });
  it('rekent het niveau samengesteld per jaar uit', () => {
    expect(streefniveau(perJaar.streefwaarden[0]!, perJaar)).toBe(380.016); // 412 × 0,98⁴
    expect(vulAfgeleideWaarden(perJaar)[0]!.waarde).toBe(380.016);
    expect(eindstreefwaarde(perJaar)).toMatchObject({ jaar: 2026, waarde: 380.016, soort: 'relatief' });
  });
  it('beoordeelt elk jaar tegen zijn eigen samengestelde niveau', () => {
    const ind = { ...perJaar, metingen: [{ periode: '2023', waarde: 403, toelichting: '' }, { periode: '2024', waarde: 397, toelichting: '' }] };
    const [a, b] = beoordeelMetingen(ind, 'pad');
    // 2023: 412 × 0,98 = 403,76 → verwacht hooguit 403,8; 2024: 412 × 0,98² = 395,7.
    expect(a).toMatchObject({ verwacht: 403.8, status: 'op-koers', streefsoort: 'relatief' });
    expect(b).toMatchObject({ verwacht: 395.7, status: 'achter' });
    expect(a!.uitleg).toBe('Gemeten 403, het pad naar 380 (\u22122\u00a0% per jaar) in 2026 verwacht hier hooguit 403,8.');
  });
  it("'-2%' over de periode: één keer ten opzichte van de referentie, het pad is een rechte lijn", () => {
    const ind = maak({ streefwaarden: [{ jaar: 2026, waarde: 0, soort: 'relatief', procent: -2, basis: 'periode' }], metingen: [{ periode: '2026', waarde: 403, toelichting: '' }] });
    const [m] = beoordeelMetingen(ind, 'pad');
    expect(m).toMatchObject({ verwacht: 403.8, status: 'op-koers' });
    expect(m!.uitleg).toContain('(\u22122\u00a0% t.o.v. referentie)');
  });
  it('vraagt een referentie', () => {
    const p = controleerIndicatorInvoer({ referentiejaar: null, referentiewaarde: null, eenheid: 'aantal', streefwaarden: [{ jaar: 2026, waarde: 0, soort: 'relatief', procent: -2, basis: 'per-jaar' }] });
    expect(p).toEqual([{ veld: 'streefwaarden[0].soort', reden: 'Een relatieve streefwaarde rekent vanaf de referentie; vul het referentiejaar en de referentiewaarde in.' }]);
  });
});

describe('plafond en vloer', () => {
  it("'niet boven 5': op koers tot en met 5, ongeacht het pad; na het jaar blijft het plafond gelden", () => {
    const ind = maak({
      eenheid: 'per-1000',
      referentiewaarde: 4,
      streefwaarden: [{ jaar: 2024, waarde: 5, soort: 'plafond' }],
      metingen: [
        { periode: '2024', waarde: 5, toelichting: '' },
        { periode: '2025', waarde: 5.2, toelichting: '' },
      ],
    });
    const [a, b] = beoordeelMetingen(ind, 'pad');
    expect(a).toMatchObject({ status: 'op-koers', verwacht: 5, streefsoort: 'plafond' });
    expect(a!.uitleg).toBe('Gemeten 5; het plafond (niet boven) 5 voor 2024: daaraan voldaan.');
    expect(b).toMatchObject({ status: 'achter' });
    expect(b!.uitleg).toBe('Gemeten 5,2; het plafond (niet boven) 5 voor 2024, dat daarna blijft gelden: erboven.');
  });
  it("'minimaal 7': een rapportcijfer van 6,9 is achter, 7 op koers", () => {
    const ind = maak({
      eenheid: 'score',
      richting: 'hoger-is-beter',
      referentiewaarde: 6.8,
      streefwaarden: [{ jaar: 2025, waarde: 7, soort: 'vloer' }],
      metingen: [
        { periode: '2025', waarde: 6.9, toelichting: '' },
        { periode: '2026', waarde: 7, toelichting: '' },
      ],
    });
    expect(beoordeelMetingen(ind, 'pad').map((m) => m.status)).toEqual(['achter', 'op-koers']);
    expect(laatsteStatus(ind, 'pad')).toBe('op-koers');
  });
});

describe('kwalitatieve streefwaarde, aan de trend', () => {
  const basis = maak({ referentiewaarde: 412, streefwaarden: [{ jaar: 2026, waarde: 412, soort: 'kwalitatief', koers: 'afname' }] });
  it("'afname': op koers als de trend sinds de referentie daalt", () => {
    const ind = { ...basis, metingen: [{ periode: '2023', waarde: 420, toelichting: '' }, { periode: '2024', waarde: 390, toelichting: '' }] };
    const [a, b] = beoordeelMetingen(ind, 'pad');
    expect(a).toMatchObject({ status: 'achter', streefsoort: 'kwalitatief', verwacht: null });
    expect(a!.uitleg).toBe('De trend van de referentie 412 (2022) naar 420 (2023) stijgt 1,9\u00a0%; de streefwaarde ‘afname’ vraagt een daling.');
    expect(b).toMatchObject({ status: 'op-koers' });
    expect(b!.uitleg).toContain('door 3 jaren (2022 t/m 2024)');
  });
  it("'stabiel': hooguit 5 % verandering langs de trend", () => {
    const ind = maak({ eenheid: 'percentage', richting: 'lager-is-beter', referentiewaarde: 28.8, streefwaarden: [{ jaar: 2026, waarde: 28.8, soort: 'kwalitatief', koers: 'stabiel' }] });
    expect(laatsteStatus({ ...ind, metingen: [{ periode: '2024', waarde: 30, toelichting: '' }] }, 'pad')).toBe('op-koers');
    expect(laatsteStatus({ ...ind, metingen: [{ periode: '2024', waarde: 31, toelichting: '' }] }, 'pad')).toBe('achter');
  });
  it('een kwartaalmeting wordt niet aan de trend beoordeeld', () => {
    const [m] = beoordeelMetingen({ ...basis, metingen: [{ periode: '2024-K2', waarde: 90, toelichting: '' }] }, 'pad');
    expect(m).toMatchObject({ status: 'onbekend' });
  });
  it('de richting moet bij de koers passen', () => {
    expect(richtingKlopt(basis)).toBe(true);
    expect(richtingKlopt({ ...basis, richting: 'hoger-is-beter' })).toBe(false);
  });
});

describe('reeks van jaren: 2019..2023, elk jaar 130', () => {
  const ind = maak({ referentiejaar: 2018, referentiewaarde: 150, streefwaarden: [{ jaar: 2019, totJaar: 2023, waarde: 130, soort: 'reeks' }] });
  it('geldt voor elk jaar van de reeks; de eindstreefwaarde is het laatste jaar', () => {
    expect(eindstreefwaarde(ind)).toMatchObject({ jaar: 2023, waarde: 130 });
    const t = streeftabel([ind]);
    expect(t.jaren).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(Object.values(t.rijen[0]!.streefwaarden)).toEqual([130, 130, 130, 130, 130]);
  });
  it('elk jaar hooguit 130 (lager is beter)', () => {
    const metingen = [2019, 2020, 2021].map((j, k) => ({ periode: String(j), waarde: [128, 131, 130][k]!, toelichting: '' }));
    expect(beoordeelMetingen({ ...ind, metingen }, 'pad').map((m) => [m.verwacht, m.status])).toEqual([
      [130, 'op-koers'],
      [130, 'achter'],
      [130, 'op-koers'],
    ]);
  });
  it('een dubbel jaar binnen de reeks is een invoerfout', () => {
    const p = controleerIndicatorInvoer({ referentiejaar: 2018, referentiewaarde: 150, eenheid: 'aantal', streefwaarden: [{ jaar: 2019, totJaar: 2023, waarde: 130, soort: 'reeks' }, { jaar: 2021, waarde: 120 }] });
    expect(p).toEqual([{ veld: 'streefwaarden[1].jaar', reden: 'Voor 2021 is al een streefwaarde ingevuld; geef elk jaar één streefwaarde.' }]);
  });
});

describe('opgeslagen indicatoren van vóór issue 16', () => {
  it('een streefwaarde zonder soort is een waarde, en rekent als voorheen', () => {
    const oud = maak({ referentiejaar: 2011, referentiewaarde: 486, streefwaarden: [{ jaar: 2018, waarde: 300 }], metingen: [{ periode: '2015', waarde: 380, toelichting: '' }] });
    expect(beoordeelMetingen(oud, 'pad')[0]).toMatchObject({ verwacht: 379.7, status: 'achter', streefsoort: 'waarde', tovBenchmark: null });
    expect(streeftabel([oud]).rijen[0]!.vormen).toBeUndefined();
  });
});

describe('de eindstreefwaarde op het dashboard', () => {
  it('noemt een streefvorm in woorden, en bij een reeks het laatste jaar', () => {
    const afname = indicatorOverzicht(maak({ streefwaarden: [{ jaar: 2026, waarde: 412, soort: 'kwalitatief', koers: 'afname' }] }), 'pad');
    expect(afname.eindvorm).toBe('afname');
    const reeks = indicatorOverzicht(maak({ streefwaarden: [{ jaar: 2023, totJaar: 2026, waarde: 130, soort: 'reeks' }] }), 'pad');
    expect(reeks.eindjaar).toBe(2026);
    expect(reeks.eindvorm).toBe('130 per jaar (2023 t/m 2026)');
    expect(indicatorOverzicht(maak({ streefwaarden: [{ jaar: 2026, waarde: 380 }] }), 'pad').eindvorm).toBeNull();
  });
});
