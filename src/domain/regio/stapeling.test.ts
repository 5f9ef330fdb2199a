import { describe, expect, it } from 'vitest';
import { controleerRegiogemeenten, controleerRegiothemas } from './regio.ts';
import { type LokaalPlan, stapel, stapelingCsv, stapelingDocument } from './stapeling.ts';

const regiothemas = [
  { id: 'r1', titel: 'Ondermijning', themaIds: ['5.2'] },
  { id: 'r2', titel: 'High impact crimes', themaIds: ['1.3'] },
  { id: 'r3', titel: 'Cybercrime', themaIds: [], strategischeIds: ['gedigitaliseerde-criminaliteit'] },
  { id: 'r4', titel: 'Weerbaar bestuur', themaIds: ['5.3'] },
];

const plan = (code: string, naam: string, status: LokaalPlan['status'], prioriteiten: LokaalPlan['prioriteiten']): LokaalPlan => ({
  gemeentecode: code,
  gemeentenaam: naam,
  status,
  werkruimteId: status === 'geen-plan' ? null : `w-${code}`,
  werkruimteNaam: status === 'geen-plan' ? null : `IVP ${naam}`,
  vastgesteldOp: status === 'vastgesteld' ? '2027-03-12' : null,
  prioriteiten,
});

const plannen: LokaalPlan[] = [
  plan('GM0599', 'Rotterdam', 'vastgesteld', [
    { id: 'p1', titel: 'Aanpak ondermijning', themaIds: ['5.2'] },
    { id: 'p2', titel: 'Veilige wijken', themaIds: ['1.1', '1.3'] },
  ]),
  plan('GM0606', 'Schiedam', 'concept', [
    { id: 'p1', titel: 'Cybercrime en online fraude', themaIds: ['1.3'] },
    { id: 'p2', titel: 'Jeugd en veiligheid', themaIds: ['3.2'] },
  ]),
  plan('GM0622', 'Vlaardingen', 'niet-gedeeld', []),
  plan('GM0613', 'Albrandswaard', 'geen-plan', []),
];

describe('stapelmatrix', () => {
  const s = stapel(regiothemas, plannen);

  it('telt per regionaal thema de gemeenten met een prioriteit erop', () => {
    const rij = (id: string) => s.regiothemas.find((r) => r.id === id)!;
    expect(rij('r1').gemeenten.map((g) => g.gemeentenaam)).toEqual(['Rotterdam']);
    expect(rij('r2').aantal).toBe(2);
    expect(rij('r2').gemeenten.map((g) => g.gemeentenaam)).toEqual(['Rotterdam', 'Schiedam']);
    // Schiedam koos 1.3; het strategische thema las Kernplan uit de titel.
    expect(rij('r3').gemeenten).toEqual([{ gemeentecode: 'GM0606', gemeentenaam: 'Schiedam', prioriteiten: [{ id: 'p1', titel: 'Cybercrime en online fraude', gelezen: true }] }]);
    expect(rij('r4').aantal).toBe(0);
  });

  it('telt per thema en zegt welk regionaal thema het omvat', () => {
    const t11 = s.themas.find((t) => t.id === '1.1')!;
    expect(t11.aantal).toBe(1);
    expect(t11.regiothemaIds).toEqual([]);
    expect(s.themas.find((t) => t.id === '1.3')!.regiothemaIds).toEqual(['r2']);
    expect(s.themas).toHaveLength(22 + 3);
  });

  it('noemt de hiaten aan beide kanten en de gemeenten zonder zichtbaar plan', () => {
    expect(s.hiaten.regiothemasZonderGemeente).toEqual([{ id: 'r4', titel: 'Weerbaar bestuur' }]);
    expect(s.hiaten.lokaalZonderRegio.map((p) => `${p.gemeentenaam}: ${p.titel}`)).toEqual(['Schiedam: Jeugd en veiligheid']);
    expect(s.hiaten.gemeentenZonderPlan.map((g) => `${g.gemeentenaam} ${g.status}`)).toEqual(['Albrandswaard geen-plan', 'Vlaardingen niet-gedeeld']);
    expect(s.gemeenten).toEqual({ totaal: 4, metPlan: 2, vastgesteld: 1, concept: 1 });
  });

  it('geeft een prioriteit zonder thema de beste suggestie uit de titel', () => {
    const z = stapel(regiothemas, [plan('GM0599', 'Rotterdam', 'vastgesteld', [{ id: 'x', titel: 'Aanpak ondermijning en georganiseerde criminaliteit', themaIds: [] }])]);
    expect(z.prioriteiten[0]!.koppelingen).toEqual([{ id: '5.2', herkomst: 'titel', zekerheid: expect.any(Number) }]);
    expect(z.regiothemas[0]!.gemeenten[0]!.prioriteiten[0]!.gelezen).toBe(true);
  });

  it('schrijft CSV en een document met dezelfde cijfers', () => {
    const csv = stapelingCsv(s);
    expect(csv.startsWith('\uFEFFsoort;id;naam;aantal_gemeenten')).toBe(true);
    expect(csv).toContain('regiothema;r3;Cybercrime;1;GM0606;Schiedam;Cybercrime en online fraude;ja;concept');
    expect(csv).toContain('regiothema;r4;Weerbaar bestuur;0;;;;;');
    const doc = stapelingDocument({ regionaam: 'Eenheid Rotterdam', periode: '2027-2030', stand: '' }, s);
    const tabel = doc.blokken.find((b) => b.soort === 'tabel' && b.bijschrift.startsWith('Regionale'));
    expect(tabel && tabel.soort === 'tabel' ? tabel.rijen[3] : null).toEqual(['Weerbaar bestuur', '5.3 Weerbare overheid/weerbaar bestuur', '0', 'geen enkele lidgemeente']);
  });
});

describe('regels van de regio', () => {
  it('weigert een regionaal thema zonder koppeling en onbekende thema’s, met het pad', () => {
    expect(controleerRegiothemas([{ id: 'r1', titel: 'Leeg', themaIds: [] }])[0]!.veld).toBe('[0].themaIds');
    expect(controleerRegiothemas([{ id: 'r1', titel: 'A', themaIds: ['9.9'], strategischeIds: ['bestaat-niet'] }]).map((p) => p.veld)).toEqual(['[0].themaIds[0]', '[0].strategischeIds[0]']);
    // Twee regionale thema's mogen hetzelfde thema omvatten, anders dan de prioriteiten van een IVP.
    expect(controleerRegiothemas([{ id: 'r1', titel: 'Ondermijning', themaIds: ['5.2'] }, { id: 'r2', titel: 'Drugs', themaIds: ['5.2', '2.3'] }])).toEqual([]);
  });

  it('eist de trekker bij de lidgemeenten en elke gemeente één keer', () => {
    const bestaat = (c: string) => /^GM0\d{3}$/.test(c);
    expect(controleerRegiogemeenten(['GM0599', 'GM0606'], 'GM0599', bestaat)).toEqual([]);
    expect(controleerRegiogemeenten(['GM0606', 'GM0606'], 'GM0599', bestaat).map((p) => p.reden)).toEqual([
      'GM0606 staat twee keer in de lijst.',
      'De eigen gemeente van de werkruimte (GM0599) is de trekker en hoort bij de lidgemeenten.',
    ]);
  });
});
