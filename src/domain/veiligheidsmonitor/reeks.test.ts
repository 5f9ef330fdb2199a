import { describe, expect, it } from 'vitest';
import { controleerVeiligheidsmonitorReeks, leesVeiligheidsmonitorReeks, metingenUitReeks } from './reeks.ts';

describe('een indicator die een reeks van de Veiligheidsmonitor volgt', () => {
  it('leest het veld uit de opgeslagen gegevens', () => {
    expect(leesVeiligheidsmonitorReeks({ naam: 'x', veiligheidsmonitor: { regiocode: 'GM0014', indicatorId: 'onveilig-buurt-wel-eens' } })).toEqual({ regiocode: 'GM0014', indicatorId: 'onveilig-buurt-wel-eens' });
    expect(leesVeiligheidsmonitorReeks({ naam: 'x' })).toBeNull();
    expect(leesVeiligheidsmonitorReeks({ veiligheidsmonitor: null })).toBeNull();
    expect(leesVeiligheidsmonitorReeks({ veiligheidsmonitor: { regiocode: 14 } })).toBeNull();
  });

  it('controleert regio, onderwerp en eenheid', () => {
    const goed = { regiocode: 'WK001401', indicatorId: 'onveilig-buurt-wel-eens' };
    expect(controleerVeiligheidsmonitorReeks(goed, ['GM0014'], 'percentage')).toEqual([]);
    expect(controleerVeiligheidsmonitorReeks({ ...goed, regiocode: 'PV20' }, ['GM0014'], 'percentage')).toEqual([]);
    expect(controleerVeiligheidsmonitorReeks({ ...goed, regiocode: 'GM0344' }, ['GM0014'], 'percentage')).toEqual([{ veld: 'veiligheidsmonitor.regiocode', reden: 'GM0344 ligt niet in een gemeente van deze werkruimte (GM0014).' }]);
    expect(controleerVeiligheidsmonitorReeks({ ...goed, regiocode: 'Groningen' }, ['GM0014'], 'percentage')[0]!.veld).toBe('veiligheidsmonitor.regiocode');
    expect(controleerVeiligheidsmonitorReeks({ ...goed, indicatorId: 'bestaat-niet' }, ['GM0014'], 'percentage')[0]!.veld).toBe('veiligheidsmonitor.indicatorId');
    expect(controleerVeiligheidsmonitorReeks({ ...goed, indicatorId: 'rapportcijfer-veiligheid-buurt' }, ['GM0014'], 'percentage')).toEqual([{ veld: 'eenheid', reden: 'Dit onderwerp is een rapportcijfer: kies de eenheid score.' }]);
    expect(controleerVeiligheidsmonitorReeks({ ...goed, indicatorId: 'eigen:hond:procent' }, ['GM0014'], 'percentage', new Map([['eigen:hond:procent', 'percentage']]))).toEqual([]);
  });

  it('maakt jaarmetingen met marge en toelichting, oplopend', () => {
    expect(
      metingenUitReeks(
        [
          { jaar: 2017, waarde: 15.8, marge: 1.6 },
          { jaar: 2015, waarde: 18.3, marge: null },
        ],
        'Voelt zich wel eens onveilig in de eigen buurt',
        'Groningen',
      ),
    ).toEqual([
      { periode: '2015', waarde: 18.3, marge: null, toelichting: 'Veiligheidsmonitor 2015, Voelt zich wel eens onveilig in de eigen buurt (Groningen), zonder marge' },
      { periode: '2017', waarde: 15.8, marge: 1.6, toelichting: 'Veiligheidsmonitor 2017, Voelt zich wel eens onveilig in de eigen buurt (Groningen), marge ± 1,6 (95%)' },
    ]);
  });
});
