/**
 * De rekenregels voor effectindicatoren, getoetst aan de doelstellingentabel in de bijlage van het
 * Regionaal Beleidsplan Rotterdam 2015-2018 (shared/seeds/002_…): overvallen 486 → 300, straatroof
 * 1.630 → 1.200, woninginbraak 8.470 → 7.500, oplossingspercentage overvallen 46 % → 55 %.
 * Daarnaast: perioden, het pad, kwartalen, de beoordeling, de toets op toeval, de trendhulp, de
 * invoercontrole, de streeftabel en docs/indicatoren-rekenregels.md.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { formatProcentVerandering } from './getallen.ts';
import {
  beoordeelMeting,
  beoordeelMetingen,
  controleerIndicatorInvoer,
  eindstreefwaarde,
  laatsteStatus,
  normaliseerPeriode,
  periodeTijd,
  poissonToets,
  richtingKlopt,
  streefhulp,
  streeftabel,
  streefveranderingProcent,
  tijdstip,
  trend,
  veranderingProcent,
  verwachteWaarde,
} from './indicatoren.ts';
import type { Indicator, Meting } from './typen.ts';

function maak(o: Partial<Indicator> = {}): Indicator {
  return {
    id: 'i1',
    naam: 'Overvallen',
    prioriteitId: 'p1',
    themaId: null,
    bron: 'politieregistratie',
    bronToelichting: '',
    aard: 'objectief',
    eenheid: 'aantal',
    richting: 'lager-is-beter',
    referentiejaar: 2011,
    referentiewaarde: 486,
    streefwaarden: [{ jaar: 2018, waarde: 300 }],
    metingen: [],
    eigenaarId: null,
    ...o,
  };
}
const meting = (periode: string, waarde: number): Meting => ({ periode, waarde, toelichting: '' });

/** De bijlage 'Doelstellingen 2015 - 2018' van het Rotterdamse beleidsplan (referentiejaar 2011). */
const rotterdam: Indicator[] = [
  maak({ id: 'overvallen', naam: 'Overvallen misdrijven', referentiewaarde: 486, streefwaarden: [{ jaar: 2018, waarde: 300 }] }),
  maak({ id: 'straatroof', naam: 'Straatroof misdrijven', referentiewaarde: 1630, streefwaarden: [{ jaar: 2018, waarde: 1200 }] }),
  maak({ id: 'woninginbraak', naam: 'Woninginbraken misdrijven', referentiewaarde: 8470, streefwaarden: [{ jaar: 2018, waarde: 7500 }] }),
  maak({
    id: 'oplossing-overvallen',
    naam: 'Oplossingspercentage overvallen',
    eenheid: 'percentage',
    richting: 'hoger-is-beter',
    referentiewaarde: 46,
    streefwaarden: [{ jaar: 2018, waarde: 55 }],
  }),
];
const rotterdamProcenten = [-38.3, -26.4, -11.5, 19.6];

describe('perioden', () => {
  it('normaliseert jaren en kwartalen', () => {
    expect(normaliseerPeriode('2026')).toBe('2026');
    expect(normaliseerPeriode(2026)).toBe('2026');
    expect(normaliseerPeriode(' 2026 ')).toBe('2026');
    for (const p of ['2026-K3', '2026K3', '2026-Q3', '2026 Q3', '2026 k3', '2026q3', '2026 - K3', 'K3 2026', 'Q3-2026']) {
      expect(normaliseerPeriode(p), p).toBe('2026-K3');
    }
  });

  it('leest een kwartaal zoals Kernplan het toont: 2e kwartaal 2027', () => {
    for (const p of ['2e kwartaal 2027', '2E KWARTAAL 2027', '2de kwartaal 2027', 'tweede kwartaal 2027', 'Tweede  kwartaal 2027', '2e kwartaal van 2027', 'kwartaal 2 2027', 'kw2 2027', '2e kw. 2027', '2027 2e kwartaal', '2027, tweede kwartaal', '2027 kwartaal 2']) {
      expect(normaliseerPeriode(p), p).toBe('2027-K2');
    }
    expect(normaliseerPeriode('eerste kwartaal 2028')).toBe('2028-K1');
    expect(normaliseerPeriode('4e kwartaal 2030')).toBe('2030-K4');
    for (const p of ['5e kwartaal 2027', 'vijfde kwartaal 2027', '2e kwartaal', 'kwartaal 2027', '2e helft 2027', '2e kwartaal 1850']) {
      expect(normaliseerPeriode(p), p).toBeNull();
    }
  });

  it('weigert wat geen jaar of kwartaal is', () => {
    for (const p of ['', '26', 'K3', '2026-K5', '2026-K0', '2026-3', '2026/2027', '1850', 'volgend jaar', '2026-K3-1']) {
      expect(normaliseerPeriode(p), p).toBeNull();
    }
    expect(normaliseerPeriode(2026.5)).toBeNull();
    expect(normaliseerPeriode(1850)).toBeNull();
  });

  it('geeft jaar en kwartaal, en het tijdstip op de jaaras (K4 = het jaar zelf)', () => {
    expect(periodeTijd('2026')).toEqual({ jaar: 2026, kwartaal: null });
    expect(periodeTijd('2026 Q3')).toEqual({ jaar: 2026, kwartaal: 3 });
    expect(periodeTijd('onzin')).toBeNull();
    expect(tijdstip('2026')).toBe(2026);
    expect(tijdstip('2026-K1')).toBe(2025.25);
    expect(tijdstip('2026-K2')).toBe(2025.5);
    expect(tijdstip('2026-K4')).toBe(2026);
    expect(tijdstip('x')).toBeNull();
  });
});

describe('veranderingProcent', () => {
  it('geeft de Rotterdamse mutaties op één decimaal (niet de afgeronde −39 % uit het plan)', () => {
    expect(veranderingProcent(486, 300)).toBe(-38.3);
    expect(veranderingProcent(1630, 1200)).toBe(-26.4);
    expect(veranderingProcent(8470, 7500)).toBe(-11.5);
    expect(veranderingProcent(46, 55)).toBe(19.6);
    expect(rotterdam.map(streefveranderingProcent)).toEqual(rotterdamProcenten);
  });

  it('rondt half van nul af', () => {
    expect(veranderingProcent(200, 200.1)).toBe(0.1);
    expect(veranderingProcent(200, 199.9)).toBe(-0.1);
    expect(veranderingProcent(8, 9)).toBe(12.5);
    expect(veranderingProcent(1000, 1000.5)).toBe(0.1);
    expect(veranderingProcent(1000, 999.5)).toBe(-0.1);
    expect(veranderingProcent(100, 100)).toBe(0);
  });

  it('is null bij referentie 0', () => {
    expect(veranderingProcent(0, 5)).toBeNull();
    expect(veranderingProcent(Number.NaN, 5)).toBeNull();
  });

  it('streefveranderingProcent gebruikt de laatste streefwaarde, ook ongesorteerd', () => {
    const ind = maak({ streefwaarden: [{ jaar: 2018, waarde: 300 }, { jaar: 2015, waarde: 400 }] });
    expect(streefveranderingProcent(ind)).toBe(-38.3);
    expect(eindstreefwaarde(ind)).toEqual({ jaar: 2018, waarde: 300 });
    expect(streefveranderingProcent(maak({ referentiewaarde: null }))).toBeNull();
    expect(streefveranderingProcent(maak({ referentiejaar: null }))).toBeNull();
    expect(streefveranderingProcent(maak({ streefwaarden: [] }))).toBeNull();
    expect(streefveranderingProcent(maak({ referentiewaarde: 0 }))).toBeNull();
    // Streefwaarden op of vóór het referentiejaar tellen niet.
    expect(streefveranderingProcent(maak({ streefwaarden: [{ jaar: 2011, waarde: 300 }] }))).toBeNull();
  });
});

describe('verwachteWaarde', () => {
  // Referentie 500 in 2024; streefwaarden 450 (2026), 400 (2028), 300 (2030).
  const ind = maak({
    referentiejaar: 2024,
    referentiewaarde: 500,
    streefwaarden: [
      { jaar: 2026, waarde: 450 },
      { jaar: 2028, waarde: 400 },
      { jaar: 2030, waarde: 300 },
    ],
  });

  it('volgt het pad door elke jaarlijkse streefwaarde', () => {
    expect(verwachteWaarde(ind, '2025', 'pad')).toBe(475);
    expect(verwachteWaarde(ind, '2026', 'pad')).toBe(450);
    expect(verwachteWaarde(ind, '2027', 'pad')).toBe(425);
    expect(verwachteWaarde(ind, '2029', 'pad')).toBe(350);
    expect(verwachteWaarde(ind, '2030', 'pad')).toBe(300);
  });

  it('of de rechte lijn naar alleen de eindstreefwaarde (één decimaal, half van nul af)', () => {
    expect(verwachteWaarde(ind, '2025', 'eindstreefwaarde')).toBe(466.7);
    expect(verwachteWaarde(ind, '2027', 'eindstreefwaarde')).toBe(400);
    expect(verwachteWaarde(ind, '2030', 'eindstreefwaarde')).toBe(300);
  });

  it('blijft na het laatste streefjaar vlak op de eindstreefwaarde', () => {
    expect(verwachteWaarde(ind, '2031', 'pad')).toBe(300);
    expect(verwachteWaarde(ind, '2040', 'eindstreefwaarde')).toBe(300);
    expect(verwachteWaarde(ind, '2032-K2', 'pad')).toBe(75);
  });

  it('verwacht voor een kwartaal van een aantal een kwart van de padwaarde op (Y − 1) + q/4', () => {
    expect(verwachteWaarde(ind, '2025-K1', 'pad')).toBe(123.4); // 493,75 / 4
    expect(verwachteWaarde(ind, '2025-K2', 'pad')).toBe(121.9); // 487,5 / 4
    expect(verwachteWaarde(ind, '2025-K4', 'pad')).toBe(118.8); // 475 / 4
    expect(verwachteWaarde(ind, '2027-Q3', 'pad')).toBe(107.8); // 431,25 / 4
    // Rotterdam: 2015-K2 ligt op 2014,5; het pad 486 → 300 geeft daar 393, een kwart is 98,25 → 98,3.
    expect(verwachteWaarde(rotterdam[0]!, '2015-K2', 'pad')).toBe(98.3);
    expect(verwachteWaarde(rotterdam[0]!, '2015', 'pad')).toBe(379.7);
  });

  it('deelt een aantal per 1.000 ook door vier, een percentage of score niet', () => {
    const per1000 = maak({ eenheid: 'per-1000', referentiejaar: 2024, referentiewaarde: 8, streefwaarden: [{ jaar: 2028, waarde: 6 }] });
    expect(verwachteWaarde(per1000, '2026', 'pad')).toBe(7);
    expect(verwachteWaarde(per1000, '2026-K4', 'pad')).toBe(1.8); // 7 / 4 = 1,75
    const pct = rotterdam[3]!;
    expect(verwachteWaarde(pct, '2015', 'pad')).toBe(51.1);
    expect(verwachteWaarde(pct, '2015-K2', 'pad')).toBe(50.5);
    expect(verwachteWaarde(pct, '2015-K4', 'pad')).toBe(verwachteWaarde(pct, '2015', 'pad'));
    const score = maak({ eenheid: 'score', richting: 'hoger-is-beter', referentiejaar: 2024, referentiewaarde: 6.8, streefwaarden: [{ jaar: 2028, waarde: 7.2 }] });
    expect(verwachteWaarde(score, '2026-K4', 'pad')).toBe(7);
  });

  it('is null op of vóór het referentiejaar, zonder referentie of streefwaarden, of bij een onleesbare periode', () => {
    expect(verwachteWaarde(ind, '2024', 'pad')).toBeNull();
    expect(verwachteWaarde(ind, '2024-K4', 'pad')).toBeNull();
    expect(verwachteWaarde(ind, '2020', 'pad')).toBeNull();
    expect(verwachteWaarde(ind, '2025-K1', 'pad')).not.toBeNull();
    expect(verwachteWaarde(maak({ referentiewaarde: null }), '2015', 'pad')).toBeNull();
    expect(verwachteWaarde(maak({ referentiejaar: null }), '2015', 'pad')).toBeNull();
    expect(verwachteWaarde(maak({ streefwaarden: [] }), '2015', 'pad')).toBeNull();
    expect(verwachteWaarde(maak({ streefwaarden: [] }), '2015', 'eindstreefwaarde')).toBeNull();
    expect(verwachteWaarde(ind, 'ooit', 'pad')).toBeNull();
  });

  it('negeert streefwaarden op of vóór het referentiejaar en sorteert zelf', () => {
    const rommelig = maak({
      referentiejaar: 2024,
      referentiewaarde: 500,
      streefwaarden: [
        { jaar: 2030, waarde: 300 },
        { jaar: 2023, waarde: 10 },
        { jaar: 2024, waarde: 10 },
        { jaar: 2026, waarde: 450 },
        { jaar: 2028, waarde: 400 },
      ],
    });
    for (const p of ['2025', '2027', '2029', '2031', '2026-K3']) {
      expect(verwachteWaarde(rommelig, p, 'pad'), p).toBe(verwachteWaarde(ind, p, 'pad'));
    }
  });
});

describe('beoordeelMeting', () => {
  // Referentie 562 in 2022, streefwaarde 300 in 2030: het pad geeft in 2026 precies 431.
  const ind = maak({ referentiejaar: 2022, referentiewaarde: 562, streefwaarden: [{ jaar: 2030, waarde: 300 }] });

  it('zegt op koers als de meting minstens zo goed is als verwacht, met uitleg', () => {
    const b = beoordeelMeting(ind, meting('2026', 412), 'pad');
    expect(b.status).toBe('op-koers');
    expect(b.verwacht).toBe(431);
    expect(b.uitleg).toBe('Gemeten 412, het pad naar 300 in 2030 verwacht hier hooguit 431.');
    expect(b.veranderingProcent).toBe(-26.7);
    expect(b.significant).toBe(true);
    expect(b.volatiel).toBe(false);
    expect(b.periode).toBe('2026');
    expect(b.toelichting).toBe('');
  });

  it('telt gelijk als op koers en slechter als achter', () => {
    expect(beoordeelMeting(ind, meting('2026', 431), 'pad').status).toBe('op-koers');
    const achter = beoordeelMeting(ind, meting('2026', 432), 'pad');
    expect(achter.status).toBe('achter');
    expect(achter.uitleg).toBe('Gemeten 432, het pad naar 300 in 2030 verwacht hier hooguit 431.');
  });

  it('vergelijkt met de verwachte waarde op één decimaal', () => {
    const r = rotterdam[0]!; // 2015: 379,714… → 379,7
    expect(beoordeelMeting(r, meting('2015', 379.7), 'pad').status).toBe('op-koers');
    expect(beoordeelMeting(r, meting('2015', 379.75), 'pad').status).toBe('achter');
    expect(beoordeelMeting(r, meting('2015', 379.75), 'pad').uitleg).toContain('Gemeten 379,75,');
  });

  it('kijkt naar de richting: bij hoger is beter moet de meting ten minste het pad halen', () => {
    const pct = rotterdam[3]!;
    const op = beoordeelMeting(pct, meting('2015', 52), 'pad');
    expect(op.status).toBe('op-koers');
    expect(op.uitleg).toBe('Gemeten 52\u00A0%, het pad naar 55\u00A0% in 2018 verwacht hier ten minste 51,1\u00A0%.');
    expect(op.veranderingProcent).toBe(13);
    expect(op.significant).toBeNull();
    expect(op.volatiel).toBe(false);
    expect(beoordeelMeting(pct, meting('2015', 51.1), 'pad').status).toBe('op-koers');
    expect(beoordeelMeting(pct, meting('2015', 51), 'pad').status).toBe('achter');
  });

  it('noemt bij het pad de eerstvolgende streefwaarde', () => {
    const pad = maak({ referentiejaar: 2024, referentiewaarde: 500, streefwaarden: [{ jaar: 2026, waarde: 450 }, { jaar: 2030, waarde: 300 }] });
    expect(beoordeelMeting(pad, meting('2025', 480), 'pad').uitleg).toBe('Gemeten 480, het pad naar 450 in 2026 verwacht hier hooguit 475.');
    expect(beoordeelMeting(pad, meting('2025', 480), 'eindstreefwaarde').uitleg).toBe(
      'Gemeten 480, het pad naar 300 in 2030 verwacht hier hooguit 466,7.',
    );
    // 470 haalt het pad (475) maar niet de rechte lijn naar de eindstreefwaarde (466,7).
    expect(beoordeelMeting(pad, meting('2025', 470), 'pad').status).toBe('op-koers');
    expect(beoordeelMeting(pad, meting('2025', 470), 'eindstreefwaarde').status).toBe('achter');
    expect(beoordeelMeting(pad, meting('2025', 466.7), 'eindstreefwaarde').status).toBe('op-koers');
  });

  it('houdt na het laatste streefjaar de eindstreefwaarde aan', () => {
    const na = beoordeelMeting(rotterdam[0]!, meting('2020', 310), 'pad');
    expect(na.status).toBe('achter');
    expect(na.verwacht).toBe(300);
    expect(na.uitleg).toBe('Gemeten 310; de eindstreefwaarde 300 voor 2018 blijft daarna gelden, dus hier verwacht hooguit 300.');
    expect(beoordeelMeting(rotterdam[0]!, meting('2020', 300), 'pad').status).toBe('op-koers');
  });

  it('beoordeelt een kwartaal van een aantal tegen een kwart van het pad', () => {
    const b = beoordeelMeting(rotterdam[0]!, meting('2015 Q2', 98), 'pad');
    expect(b.status).toBe('op-koers');
    expect(b.verwacht).toBe(98.3);
    expect(b.uitleg).toBe('Gemeten 98 in 2015-K2, het pad naar 300 in 2018 verwacht voor dit kwartaal hooguit 98,3 (een kwart van de jaarwaarde 393).');
    // Verandering als jaarcijfer: 4 × 98 = 392 tegen 486.
    expect(b.veranderingProcent).toBe(-19.3);
    // Kwartalen worden niet getoetst.
    expect(b.significant).toBeNull();
    expect(beoordeelMeting(rotterdam[0]!, meting('2015-K2', 99), 'pad').status).toBe('achter');
  });

  it('beoordeelt een kwartaal van een percentage tegen het pad zelf', () => {
    const b = beoordeelMeting(rotterdam[3]!, meting('2015-K2', 50.5), 'pad');
    expect(b.status).toBe('op-koers');
    expect(b.uitleg).toBe('Gemeten 50,5\u00A0% in 2015-K2, het pad naar 55\u00A0% in 2018 verwacht voor dit kwartaal ten minste 50,5\u00A0%.');
    expect(b.veranderingProcent).toBe(9.8);
  });

  it('zegt niet te beoordelen, en waarom, zonder verwachte waarde', () => {
    const zonderRef = beoordeelMeting(maak({ referentiewaarde: null, referentiejaar: null }), meting('2015', 400), 'pad');
    expect(zonderRef.status).toBe('onbekend');
    expect(zonderRef.uitleg).toBe('Er is geen referentiewaarde, dus de meting is niet te beoordelen.');
    expect(zonderRef.verwacht).toBeNull();
    expect(zonderRef.veranderingProcent).toBeNull();
    expect(zonderRef.significant).toBeNull();

    const zonderStreef = beoordeelMeting(maak({ streefwaarden: [] }), meting('2015', 400), 'pad');
    expect(zonderStreef.status).toBe('onbekend');
    expect(zonderStreef.uitleg).toBe('Er is geen streefwaarde, dus de meting is niet te beoordelen.');
    // De verandering t.o.v. de referentie en de toets kunnen wel.
    expect(zonderStreef.veranderingProcent).toBe(-17.7);
    expect(zonderStreef.significant).toBe(true);

    const ervoor = beoordeelMeting(rotterdam[0]!, meting('2011', 486), 'pad');
    expect(ervoor.status).toBe('onbekend');
    expect(ervoor.uitleg).toBe('De meting over 2011 valt niet na het referentiejaar 2011, dus er is nog geen verwachte waarde.');
    expect(ervoor.veranderingProcent).toBe(0);

    const onleesbaar = beoordeelMeting(rotterdam[0]!, meting('voorjaar', 100), 'pad');
    expect(onleesbaar.status).toBe('onbekend');
    expect(onleesbaar.uitleg).toBe('De periode ‘voorjaar’ is geen jaar of kwartaal, dus de meting is niet te beoordelen.');
    expect(onleesbaar.significant).toBeNull();

    const nulRef = beoordeelMeting(maak({ referentiewaarde: 0, richting: 'hoger-is-beter', streefwaarden: [{ jaar: 2018, waarde: 10 }] }), meting('2015', 3), 'pad');
    expect(nulRef.veranderingProcent).toBeNull();
    expect(nulRef.status).toBe('achter'); // pad 0 → 10 verwacht in 2015 ten minste 5,7
  });

  it('toetst alleen aantallen in jaarmetingen, en markeert kleine aantallen als volatiel', () => {
    const klein = maak({ referentiewaarde: 4, streefwaarden: [{ jaar: 2018, waarde: 2 }] });
    const b = beoordeelMeting(klein, meting('2015', 6), 'pad');
    expect(b.significant).toBe(false);
    expect(b.volatiel).toBe(true);
    expect(b.veranderingProcent).toBe(50);
    expect(beoordeelMeting(rotterdam[0]!, meting('2015', 19), 'pad').volatiel).toBe(true);
    expect(beoordeelMeting(rotterdam[0]!, meting('2015', 20), 'pad').volatiel).toBe(false);
    expect(beoordeelMeting(maak({ referentiewaarde: 19 }), meting('2015', 300), 'pad').volatiel).toBe(true);
    // Geen toets bij kommagetallen, percentages of per 1.000.
    expect(beoordeelMeting(rotterdam[0]!, meting('2015', 380.5), 'pad').significant).toBeNull();
    const per1000 = maak({ eenheid: 'per-1000', referentiewaarde: 8 });
    expect(beoordeelMeting(per1000, meting('2015', 2), 'pad').significant).toBeNull();
    expect(beoordeelMeting(per1000, meting('2015', 2), 'pad').volatiel).toBe(false);
  });
});

describe('beoordeelMetingen en laatsteStatus', () => {
  const ind = maak({
    metingen: [meting('2016', 360), meting('2015-K3', 100), meting('2016-K4', 80), meting('onzin', 1), meting('2015', 400)],
  });

  it('sorteert op periode: kwartaal vóór het jaar bij hetzelfde tijdstip, onleesbaar achteraan', () => {
    expect(beoordeelMetingen(ind, 'pad').map((b) => b.periode)).toEqual(['2015-K3', '2015', '2016-K4', '2016', 'onzin']);
    expect(beoordeelMetingen(ind, 'pad').map((b) => b.status)).toEqual(['achter', 'achter', 'op-koers', 'achter', 'onbekend']);
  });

  it('geeft de status van de laatste (leesbare) meting', () => {
    expect(laatsteStatus(ind, 'pad')).toBe('achter'); // 2016: 360 tegen 353,1
    expect(laatsteStatus(maak({ metingen: [meting('2016', 330), meting('2017', 320)] }), 'pad')).toBe('op-koers');
    expect(laatsteStatus(maak(), 'pad')).toBe('onbekend');
    expect(laatsteStatus(maak({ metingen: [meting('onzin', 1)] }), 'pad')).toBe('onbekend');
    expect(laatsteStatus(maak({ referentiewaarde: null, metingen: [meting('2016', 1)] }), 'pad')).toBe('onbekend');
  });
});

describe('poissonToets', () => {
  it('vindt 4 → 6 niet significant en 486 → 300 wel', () => {
    expect(poissonToets(4, 6)).toEqual({ p: expect.closeTo(0.75390625, 12), significant: false });
    const r = poissonToets(486, 300);
    expect(r.significant).toBe(true);
    expect(r.p).toBeLessThan(1e-10);
  });

  it('is symmetrisch, geeft p = 1 bij gelijke tellingen en bij 0 en 0', () => {
    expect(poissonToets(300, 486).p).toBe(poissonToets(486, 300).p);
    expect(poissonToets(0, 0)).toEqual({ p: 1, significant: false });
    expect(poissonToets(7, 7)).toEqual({ p: 1, significant: false });
    expect(poissonToets(0, 1).p).toBe(1);
    expect(poissonToets(0, 5).p).toBeCloseTo(2 / 32, 12);
    expect(poissonToets(0, 6).significant).toBe(true);
  });

  it('komt overeen met de exacte binomiale som (BigInt) en met de referentiewaarden', () => {
    const exact = (a: number, b: number) => {
      const n = a + b;
      const m = Math.min(a, b);
      let c = 1n;
      let som = 0n;
      for (let k = 0; k <= m; k++) {
        som += c;
        c = (c * BigInt(n - k)) / BigInt(k + 1);
      }
      const schaal = 10n ** 40n;
      return Math.min(1, (2 * Number((som * schaal) / 2n ** BigInt(n))) / 1e40);
    };
    for (const [a, b] of [[486, 300], [300, 360], [1000, 1090], [1630, 1200], [8470, 7500], [25, 12], [2000, 1999]] as const) {
      const p = poissonToets(a, b).p;
      expect(Math.abs(p - exact(a, b)) / exact(a, b), `${a}, ${b}`).toBeLessThan(1e-9);
    }
    // scipy.stats.binomtest(b, a + b, 0.5)
    expect(poissonToets(1000, 1090).p).toBeCloseTo(0.05153514060559755, 9);
    expect(poissonToets(1000, 1090).significant).toBe(false);
    expect(poissonToets(300, 360).p).toBeCloseTo(0.02157234823197109, 9);
  });

  it('werkt tot n = 100.000 en verder (in logaritmen)', () => {
    const r1 = poissonToets(50000, 49000);
    expect(Math.abs(r1.p - 0.0014980826229750034) / 0.0014980826229750034).toBeLessThan(1e-8);
    const r2 = poissonToets(100000, 99000);
    expect(Math.abs(r2.p - 0.025127217688360817) / 0.025127217688360817).toBeLessThan(1e-8);
    expect(poissonToets(50000, 50100).significant).toBe(false);
    expect(poissonToets(100000, 0).p).toBe(0);
  });

  it('weigert negatieve of niet-gehele tellingen', () => {
    expect(() => poissonToets(-1, 3)).toThrow(RangeError);
    expect(() => poissonToets(2.5, 3)).toThrow(RangeError);
    expect(() => poissonToets(Number.NaN, 3)).toThrow(RangeError);
  });
});

describe('richtingKlopt', () => {
  it('vraagt een eindstreefwaarde die beter is dan de referentie', () => {
    for (const r of rotterdam) expect(richtingKlopt(r)).toBe(true);
    expect(richtingKlopt(maak({ streefwaarden: [{ jaar: 2018, waarde: 500 }] }))).toBe(false);
    expect(richtingKlopt(maak({ streefwaarden: [{ jaar: 2018, waarde: 486 }] }))).toBe(false);
    expect(richtingKlopt({ ...rotterdam[3]!, streefwaarden: [{ jaar: 2018, waarde: 40 }] })).toBe(false);
    expect(richtingKlopt({ ...rotterdam[3]!, streefwaarden: [{ jaar: 2018, waarde: 46 }] })).toBe(false);
  });

  it('kijkt alleen naar de eindstreefwaarde', () => {
    const omweg = maak({ streefwaarden: [{ jaar: 2015, waarde: 520 }, { jaar: 2018, waarde: 300 }] });
    expect(richtingKlopt(omweg)).toBe(true);
  });

  it('meldt niets als er niets te vergelijken is', () => {
    expect(richtingKlopt(maak({ referentiewaarde: null }))).toBe(true);
    expect(richtingKlopt(maak({ streefwaarden: [] }))).toBe(true);
  });
});

describe('trend', () => {
  it('trekt een rechte lijn met de kleinste kwadraten', () => {
    const t = trend([
      { jaar: 2020, waarde: 510 },
      { jaar: 2022, waarde: 490 },
      { jaar: 2024, waarde: 470 },
    ])!;
    expect(t.helling).toBeCloseTo(-10, 10);
    expect(t.snijpunt).toBeCloseTo(20710, 6);
    expect(t.voorspel(2030)).toBeCloseTo(410, 10);
    const ruis = trend([
      { jaar: 1, waarde: 1 },
      { jaar: 2, waarde: 3 },
      { jaar: 3, waarde: 2 },
      { jaar: 3, waarde: 4 },
    ])!;
    // x̄ = 2,25, ȳ = 2,5; Sxy = 2,5, Sxx = 2,75.
    expect(ruis.helling).toBeCloseTo(2.5 / 2.75, 12);
    expect(ruis.voorspel(2.25)).toBeCloseTo(2.5, 12);
    expect(ruis.snijpunt).toBeCloseTo(2.5 - (2.5 / 2.75) * 2.25, 12);
  });

  it('vraagt ten minste twee verschillende jaren', () => {
    expect(trend([])).toBeNull();
    expect(trend([{ jaar: 2020, waarde: 1 }])).toBeNull();
    expect(trend([{ jaar: 2020, waarde: 1 }, { jaar: 2020, waarde: 3 }])).toBeNull();
  });
});

describe('streefhulp', () => {
  const historie = [
    { jaar: 2020, waarde: 510 },
    { jaar: 2022, waarde: 490 },
  ];
  const bij = (waarde: number) => maak({ referentiejaar: 2024, referentiewaarde: 470, streefwaarden: [{ jaar: 2030, waarde }] });

  it('waarschuwt als de streefwaarde ver voorbij de trend ligt', () => {
    expect(streefhulp(bij(300), historie)).toEqual({
      trendInDoeljaar: 410,
      teVer: true,
      melding:
        'De trend van de afgelopen jaren komt in 2030 uit op 410; de streefwaarde 300 vraagt een daling die ruim twee keer zo groot is als de trend. Is dat haalbaar?',
    });
    // Daling 130 tegen trend 60: meer dan twee keer, en 70 voorbij de trend (≥ 10 % van 470).
    expect(streefhulp(bij(340), historie).teVer).toBe(true);
    expect(streefhulp(bij(200), historie).melding).toContain('ruim vier keer zo groot');
  });

  it('waarschuwt niet bij een streefwaarde dicht bij of binnen de trend', () => {
    // Precies twee keer de trend is nog geen waarschuwing.
    expect(streefhulp(bij(350), historie).teVer).toBe(false);
    const dichtbij = streefhulp(bij(400), historie);
    expect(dichtbij.teVer).toBe(false);
    expect(dichtbij.melding).toBe('De trend van de afgelopen jaren komt in 2030 uit op 410; de streefwaarde 400 vraagt een daling die niet ver voorbij de trend gaat.');
    const binnen = streefhulp(bij(420), historie);
    expect(binnen.teVer).toBe(false);
    expect(binnen.melding).toBe(
      'De trend van de afgelopen jaren komt in 2030 uit op 410; de streefwaarde 420 vraagt niet meer dan de trend al laat zien. Kan het ambitieuzer, of verwacht u dat de trend afvlakt?',
    );
    const verkeerd = streefhulp(bij(500), historie);
    expect(verkeerd.teVer).toBe(false);
    expect(verkeerd.melding).toBe('De trend van de afgelopen jaren komt in 2030 uit op 410; de streefwaarde 500 is geen daling ten opzichte van de referentiewaarde 470.');
  });

  it('vraagt bij een vlakke trend een verbetering van ten minste 10 % van de referentie voor een waarschuwing', () => {
    const vlak = [
      { jaar: 2022, waarde: 100 },
      { jaar: 2023, waarde: 100 },
    ];
    const ind = (waarde: number) => maak({ referentiejaar: 2024, referentiewaarde: 100, streefwaarden: [{ jaar: 2030, waarde }] });
    expect(streefhulp(ind(95), vlak).teVer).toBe(false);
    expect(streefhulp(ind(90), vlak).teVer).toBe(true);
    expect(streefhulp(ind(85), vlak)).toEqual({
      trendInDoeljaar: 100,
      teVer: true,
      melding: 'De trend van de afgelopen jaren komt in 2030 uit op 100 en is vlak; de streefwaarde 85 vraagt een daling van 15,0\u00A0%. Is dat haalbaar?',
    });
  });

  it('waarschuwt als de trend de andere kant op wijst', () => {
    const stijgend = [
      { jaar: 2022, waarde: 80 },
      { jaar: 2023, waarde: 90 },
    ];
    const ind = maak({ referentiejaar: 2024, referentiewaarde: 100, streefwaarden: [{ jaar: 2030, waarde: 95 }] });
    expect(streefhulp(ind, stijgend)).toEqual({
      trendInDoeljaar: 160,
      teVer: true,
      melding: 'De trend van de afgelopen jaren komt in 2030 uit op 160 en wijst de andere kant op; de streefwaarde 95 vraagt een daling van 5,0\u00A0%. Is dat haalbaar?',
    });
  });

  it('werkt ook bij hoger is beter', () => {
    const ind = maak({ eenheid: 'percentage', richting: 'hoger-is-beter', referentiejaar: 2024, referentiewaarde: 50, streefwaarden: [{ jaar: 2030, waarde: 70 }] });
    const r = streefhulp(ind, [
      { jaar: 2022, waarde: 48 },
      { jaar: 2023, waarde: 49 },
    ]);
    expect(r.trendInDoeljaar).toBe(56);
    expect(r.teVer).toBe(true);
    expect(r.melding).toBe(
      'De trend van de afgelopen jaren komt in 2030 uit op 56\u00A0%; de streefwaarde 70\u00A0% vraagt een stijging die ruim drie keer zo groot is als de trend. Is dat haalbaar?',
    );
    expect(streefhulp({ ...ind, streefwaarden: [{ jaar: 2030, waarde: 58 }] }, [{ jaar: 2022, waarde: 48 }]).teVer).toBe(false);
  });

  it('begrenst de trend op 0 en een percentage op 100', () => {
    const dalend = maak({ referentiejaar: 2024, referentiewaarde: 100, streefwaarden: [{ jaar: 2030, waarde: 50 }] });
    const r = streefhulp(dalend, [
      { jaar: 2022, waarde: 300 },
      { jaar: 2023, waarde: 200 },
    ]);
    expect(r.trendInDoeljaar).toBe(0);
    expect(r.teVer).toBe(false);
    expect(r.melding).toContain('vraagt niet meer dan de trend');
    const pct = maak({ eenheid: 'percentage', richting: 'hoger-is-beter', referentiejaar: 2024, referentiewaarde: 95, streefwaarden: [{ jaar: 2030, waarde: 98 }] });
    expect(
      streefhulp(pct, [
        { jaar: 2022, waarde: 75 },
        { jaar: 2023, waarde: 85 },
      ]).trendInDoeljaar,
    ).toBe(100);
  });

  it('gebruikt alleen de jaren tot het referentiejaar; de referentie gaat voor', () => {
    const metRuis = [...historie, { jaar: 2024, waarde: 999 }, { jaar: 2026, waarde: 0 }];
    expect(streefhulp(bij(300), metRuis)).toEqual(streefhulp(bij(300), historie));
  });

  it('legt uit wanneer er niets te vergelijken is', () => {
    expect(streefhulp(bij(300), [])).toEqual({
      trendInDoeljaar: null,
      teVer: false,
      melding: 'Voor een trend zijn metingen uit ten minste twee jaren nodig, tot en met het referentiejaar 2024.',
    });
    expect(streefhulp(maak({ referentiewaarde: null }), historie).melding).toBe('Zonder referentiewaarde is er geen trend om de streefwaarde mee te vergelijken.');
    expect(streefhulp(maak({ streefwaarden: [] }), historie)).toEqual({
      trendInDoeljaar: null,
      teVer: false,
      melding: 'Er is nog geen streefwaarde na het referentiejaar om met de trend te vergelijken.',
    });
  });
});

describe('controleerIndicatorInvoer', () => {
  const goed = { referentiejaar: 2011, referentiewaarde: 486, eenheid: 'aantal' as const, streefwaarden: [{ jaar: 2018, waarde: 300 }] };

  it('vindt niets bij goede invoer', () => {
    expect(controleerIndicatorInvoer(goed)).toEqual([]);
    expect(controleerIndicatorInvoer({ ...goed, metingen: [meting('2015', 400), meting('2016-K3', 90), meting('2010', 520)] })).toEqual([]);
    expect(controleerIndicatorInvoer({ referentiejaar: null, referentiewaarde: null, eenheid: 'score', streefwaarden: [] })).toEqual([]);
  });

  it('meldt streefjaren op of vóór het referentiejaar en dubbele streefjaren', () => {
    const p = controleerIndicatorInvoer({
      ...goed,
      streefwaarden: [
        { jaar: 2015, waarde: 400 },
        { jaar: 2011, waarde: 450 },
        { jaar: 2010, waarde: 450 },
        { jaar: 2015, waarde: 380 },
        { jaar: 18, waarde: 300 },
      ],
    });
    expect(p).toEqual([
      { veld: 'streefwaarden[1].jaar', reden: 'Het streefjaar 2011 is het referentiejaar zelf; een streefwaarde hoort bij een later jaar.' },
      { veld: 'streefwaarden[2].jaar', reden: 'Het streefjaar 2010 ligt vóór het referentiejaar 2011; een streefwaarde hoort bij een later jaar.' },
      { veld: 'streefwaarden[3].jaar', reden: 'Voor 2015 is al een streefwaarde ingevuld; geef elk jaar één streefwaarde.' },
      { veld: 'streefwaarden[4].jaar', reden: '18 is geen jaartal; vul een jaar in zoals 2028.' },
    ]);
  });

  it('meldt waarden buiten het bereik van de eenheid', () => {
    const pct = controleerIndicatorInvoer({
      referentiejaar: 2011,
      referentiewaarde: 120,
      eenheid: 'percentage',
      streefwaarden: [{ jaar: 2018, waarde: -5 }],
      metingen: [meting('2015', 101)],
    });
    expect(pct).toEqual([
      { veld: 'referentiewaarde', reden: 'Een percentage ligt tussen 0 en 100; ingevuld is 120.' },
      { veld: 'streefwaarden[0].waarde', reden: 'Een percentage ligt tussen 0 en 100; ingevuld is -5.' },
      { veld: 'metingen[0].waarde', reden: 'Een percentage ligt tussen 0 en 100; ingevuld is 101.' },
    ]);
    const aantal = controleerIndicatorInvoer({ ...goed, referentiewaarde: -1, metingen: [meting('2015', 3), meting('2016', -2)] });
    expect(aantal).toEqual([
      { veld: 'referentiewaarde', reden: 'Een aantal kan niet negatief zijn; ingevuld is -1.' },
      { veld: 'metingen[1].waarde', reden: 'Een aantal kan niet negatief zijn; ingevuld is -2.' },
    ]);
  });

  it('meldt onleesbare en dubbele meetperioden', () => {
    const p = controleerIndicatorInvoer({ ...goed, metingen: [meting('2015-K3', 90), meting('2015 Q3', 91), meting('2015-K5', 1), meting('2015', 400)] });
    expect(p).toEqual([
      { veld: 'metingen[1].periode', reden: 'Voor 2015-K3 is al een meting ingevuld; geef elke periode één meting.' },
      { veld: 'metingen[2].periode', reden: '‘2015-K5’ is geen jaar (2026) of kwartaal (2026-K3).' },
    ]);
  });

  it('vraagt referentiejaar en referentiewaarde samen, en een echt jaartal', () => {
    expect(controleerIndicatorInvoer({ ...goed, referentiejaar: null })).toEqual([
      { veld: 'referentiejaar', reden: 'Vul bij de referentiewaarde ook het referentiejaar in.' },
    ]);
    expect(controleerIndicatorInvoer({ ...goed, referentiewaarde: null })).toEqual([
      { veld: 'referentiewaarde', reden: 'Vul de referentiewaarde voor 2011 in.' },
    ]);
    expect(controleerIndicatorInvoer({ ...goed, referentiejaar: 20111 })).toEqual([
      { veld: 'referentiejaar', reden: '20111 is geen jaartal; vul een jaar in zoals 2024.' },
    ]);
  });
});

describe('streeftabel', () => {
  it('zet de Rotterdamse doelstellingen in een tabel', () => {
    const t = streeftabel(rotterdam);
    expect(t.jaren).toEqual([2018]);
    expect(t.rijen.map((r) => r.mutatieProcent)).toEqual(rotterdamProcenten);
    expect(t.rijen[1]).toEqual({
      id: 'straatroof',
      naam: 'Straatroof misdrijven',
      eenheid: 'aantal',
      eenheidTekst: 'aantal',
      referentiejaar: 2011,
      referentiewaarde: 1630,
      streefwaarden: { 2018: 1200 },
      cellen: { 2018: { jaar: 2018, soort: 'waarde', waarde: 1200, tekst: '1.200', niveau: null } },
      eindjaar: 2018,
      eindstreefwaarde: 1200,
      eindtekst: '1.200',
      mutatieProcent: -26.4,
    });
  });

  it('neemt de vereniging van de streefjaren en laat gaten open', () => {
    const a = maak({ id: 'a', referentiejaar: 2024, referentiewaarde: 500, streefwaarden: [{ jaar: 2030, waarde: 300 }, { jaar: 2026, waarde: 450 }] });
    const b = maak({ id: 'b', referentiejaar: 2024, referentiewaarde: 10, streefwaarden: [{ jaar: 2027, waarde: 8 }] });
    const c = maak({ id: 'c', referentiejaar: null, referentiewaarde: null, streefwaarden: [] });
    const t = streeftabel([a, b, c]);
    expect(t.jaren).toEqual([2026, 2027, 2030]);
    expect(t.rijen.map((r) => r.streefwaarden)).toEqual([
      { 2026: 450, 2027: null, 2030: 300 },
      { 2026: null, 2027: 8, 2030: null },
      { 2026: null, 2027: null, 2030: null },
    ]);
    expect(t.rijen.map((r) => [r.eindjaar, r.eindstreefwaarde, r.mutatieProcent])).toEqual([
      [2030, 300, -40],
      [2027, 8, -20],
      [null, null, null],
    ]);
    expect(streeftabel([])).toEqual({ jaren: [], rijen: [] });
  });
});

const docPad = new URL('../../../docs/indicatoren-rekenregels.md', import.meta.url);

describe('docs/indicatoren-rekenregels.md', () => {
  it.skipIf(!existsSync(docPad))('noemt de Rotterdamse mutaties zoals de code ze berekent', () => {
    const gelijk = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ').replace(/\u2212/g, '-');
    const doc = gelijk(readFileSync(docPad, 'utf8'));
    const procenten = rotterdam.map(streefveranderingProcent);
    expect(procenten).toEqual(rotterdamProcenten);
    for (const p of procenten) expect(doc).toContain(gelijk(formatProcentVerandering(p!)));
  });
});
