/**
 * Een indicatorentabel zoals gemeenten haar in begroting en jaarverslag bijhouden: titelregel,
 * kopregel met Indicator, Eenheid, Bron en jaarkolommen, Nederlandse getallen en de streefvormen van
 * echte plannen. Fouten noemen regel en kolom.
 */
import { describe, expect, it } from 'vitest';
import { herkenKolom, kolomLetter, leesCsv, leesEenheid, leesIndicatortabel } from './indicatortabel.ts';

export const VOORBEELD_CSV = [
  'Beleidsindicatoren Veiligheid, begroting 2024;;;;;;;;',
  'Indicator;Eenheid;Bron;Richting;Realisatie 2022;Realisatie 2023;Streefwaarde 2024;Streefwaarde 2025;2019-2023',
  'Woninginbraken;aantal;Politie (data.politie.nl);;412;398;vermindert met 2 % per jaar;-2%;',
  'Verwijzingen naar Halt;per 10.000 jongeren 12-17;Halt;;132;128;niet boven 130;niet boven 130;',
  'Rapportcijfer veiligheid in de buurt;rapportcijfer;Veiligheidsmonitor;;"6 / 8";"7,2 / 7,3";minimaal 7;minimaal 7;',
  'Ervaren overlast van jongeren;%;Veiligheidsmonitor;lager is beter;12,5;11,9;afname;stabiel;',
  'Jeugdcriminaliteit (verdachten);aantal;Gemeente;lager is beter;;;;;130',
  '',
].join('\r\n');

describe('CSV lezen', () => {
  it('leest ; met aanhalingstekens, BOM en CRLF', () => {
    expect(leesCsv('\uFEFFa;"b;c";"d ""e"""\r\n1;2;3\r\n')).toEqual([
      ['a', 'b;c', 'd "e"'],
      ['1', '2', '3'],
    ]);
    expect(leesCsv('a,b\n1,"2,5"')).toEqual([
      ['a', 'b'],
      ['1', '2,5'],
    ]);
  });
  it('kolomletters zoals een rekenblad', () => {
    expect([0, 25, 26, 27, 701].map(kolomLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});

describe('kolommen en eenheden herkennen', () => {
  it('jaarkolommen: meting, streefwaarde, reeks, alleen het jaar', () => {
    expect(herkenKolom('Realisatie 2023', 0)).toMatchObject({ soort: 'meting', jaar: 2023 });
    expect(herkenKolom('Begroting 2025', 0)).toMatchObject({ soort: 'streef', jaar: 2025 });
    expect(herkenKolom('Streefwaarde 2026', 0)).toMatchObject({ soort: 'streef', jaar: 2026 });
    expect(herkenKolom('2019..2023', 0)).toMatchObject({ soort: 'streef', jaar: 2019, totJaar: 2023 });
    expect(herkenKolom('2024', 0)).toMatchObject({ soort: 'jaar', jaar: 2024 });
    expect(herkenKolom('Nulmeting 2022', 0)).toMatchObject({ soort: 'referentie', jaar: 2022 });
    expect(herkenKolom('Toelichting', 0)).toMatchObject({ soort: 'genegeerd' });
  });
  it('eenheden met hun groep', () => {
    expect(leesEenheid('per 10.000 jongeren 12-17')).toEqual({ eenheid: 'per-10000', noemer: 'jongeren van 12 tot en met 17 jaar' });
    expect(leesEenheid('per 1.000 jongeren van 12 tot en met 17 jaar')).toEqual({ eenheid: 'per-1000', noemer: 'jongeren van 12 tot en met 17 jaar' });
    expect(leesEenheid('Aantal per 1.000 inwoners')).toEqual({ eenheid: 'per-1000', noemer: null });
    expect(leesEenheid('%')).toEqual({ eenheid: 'percentage', noemer: null });
    expect(leesEenheid('rapportcijfer')).toEqual({ eenheid: 'score', noemer: null });
    expect(leesEenheid('kilo')).toBeNull();
  });
});

describe('een echte indicatorentabel', () => {
  const t = leesIndicatortabel(leesCsv(VOORBEELD_CSV));
  it('vindt de kopregel onder de titel en leest elke vorm', () => {
    expect(t.problemen).toEqual([]);
    expect(t.kopregel).toBe(2);
    expect(t.indicatoren.map((i) => i.naam)).toEqual([
      'Woninginbraken',
      'Verwijzingen naar Halt',
      'Rapportcijfer veiligheid in de buurt',
      'Ervaren overlast van jongeren',
      'Jeugdcriminaliteit (verdachten)',
    ]);
    const [inbraak, halt, cijfer, overlast, jeugd] = t.indicatoren;
    expect(inbraak).toMatchObject({
      rij: 3,
      eenheid: 'aantal',
      bron: 'politieregistratie',
      richting: 'lager-is-beter',
      referentiejaar: 2023,
      referentiewaarde: 398,
      streefwaarden: [
        { jaar: 2024, soort: 'relatief', procent: -2, basis: 'per-jaar' },
        { jaar: 2025, soort: 'relatief', procent: -2, basis: 'periode' },
      ],
    });
    expect(inbraak!.metingen.map((m) => [m.periode, m.waarde])).toEqual([
      ['2022', 412],
      ['2023', 398],
    ]);
    expect(halt).toMatchObject({ eenheid: 'per-10000', noemer: 'jongeren van 12 tot en met 17 jaar', bron: 'gemeente', richting: 'lager-is-beter', streefwaarden: [{ jaar: 2024, waarde: 130, soort: 'plafond' }, { jaar: 2025, waarde: 130, soort: 'plafond' }] });
    expect(cijfer).toMatchObject({ eenheid: 'score', aard: 'subjectief', richting: 'hoger-is-beter', referentiewaarde: 7.2 });
    expect(cijfer!.metingen).toMatchObject([
      { periode: '2022', waarde: 6, benchmark: 8 },
      { periode: '2023', waarde: 7.2, benchmark: 7.3 },
    ]);
    expect(overlast).toMatchObject({ eenheid: 'percentage', streefwaarden: [{ jaar: 2024, soort: 'kwalitatief', koers: 'afname' }, { jaar: 2025, soort: 'kwalitatief', koers: 'stabiel' }] });
    expect(jeugd).toMatchObject({ referentiejaar: null, streefwaarden: [{ jaar: 2019, totJaar: 2023, waarde: 130, soort: 'reeks' }] });
  });

  it("noemt regel en kolom bij '28,8%' voor een score en '7,5 (1 tot 10)' voor een percentage", () => {
    const csv = ['Indicator;Eenheid;Bron;Realisatie 2023;Streefwaarde 2026', 'Rapportcijfer buurt;score;VM;28,8%;7', 'Voelt zich onveilig;percentage;VM;"7,5 (1 tot 10)";20', 'Winkeldiefstal;kilo;Politie;10;8', ';;;5;4'].join('\n');
    const r = leesIndicatortabel(leesCsv(csv));
    expect(r.indicatoren).toEqual([]);
    expect(r.problemen).toEqual([
      {
        rij: 2,
        kolom: 'D (Realisatie 2023)',
        reden: '‘28,8%’ is een percentage, geen score. Vul bij de eenheid score een rapportcijfer of schaalscore in zonder %-teken (bijvoorbeeld 7,5), of kies de eenheid percentage.',
      },
      { rij: 3, kolom: 'D (Realisatie 2023)', reden: '‘7,5 (1 tot 10)’ is een cijfer op een schaal van 1 tot 10, geen percentage. Vul een percentage in (bijvoorbeeld 28,8%), of kies de eenheid score.' },
      { rij: 4, kolom: 'B (Eenheid)', reden: expect.stringContaining('Onbekende eenheid ‘kilo’') },
      { rij: 5, kolom: 'A (Indicator)', reden: 'Deze regel heeft gegevens maar geen naam van de indicator.' },
    ]);
  });

  it('weigert een bestand zonder kopregel, en een richting die niet af te leiden is', () => {
    expect(leesIndicatortabel(leesCsv('a;b\n1;2')).problemen[0]!.reden).toMatch(/^Geen kopregel gevonden/);
    const r = leesIndicatortabel(leesCsv('Indicator;Eenheid;2023;2026\nMeldingen;aantal;40;stabiel'));
    expect(r.problemen).toEqual([{ rij: 2, kolom: null, reden: expect.stringContaining('voeg een kolom Richting toe') }]);
  });
});
