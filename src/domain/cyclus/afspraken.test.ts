import { describe, expect, it } from 'vitest';
import {
  type Afspraak,
  afsprakenBlokken,
  afsprakenOverzicht,
  afsprakenPerPartner,
  type Capaciteitskeuze,
  maatregelIdsBijOpslaan,
  partnerSuggesties,
  zichtbareAfspraak,
} from './afspraken.ts';
import type { Uitvoeringsplan } from './inhoud.ts';

const afspraak = (x: Partial<Afspraak>): Afspraak => ({
  id: x.id ?? 'a',
  partner: 'Politie basisteam Dijkstede',
  soort: 'capaciteit',
  omschrijving: 'Twee wijkagenten',
  prioriteitIds: [],
  maatregelIds: [],
  status: 'gemaakt',
  vastgelegdIn: '',
  termijn: null,
  toelichting: '',
  versie: 1,
  ...x,
});

const maatregel = (id: string, naam: string, vertrouwelijk = false) =>
  ({ id, naam, prestatieIndicator: '', bestuurlijkTrekker: '', ambtelijkTrekker: '', partners: '', startKwartaal: null, eindKwartaal: null, budget: null, status: 'loopt', vertrouwelijk }) as const;
const plan: Uitvoeringsplan = {
  jaar: 2027,
  hoofdlijn: '',
  terugblik: '',
  begroting: '',
  actiepunten: [{ id: 'a1', titel: 'Wijken', prioriteitId: 'p2', themaId: null, maatregelen: [maatregel('m7', 'Hotspotaanpak Molenwijk'), maatregel('m1', 'Geheime controles', true)] }],
};

describe('afspraken met partners', () => {
  it('telt per partner en per stand, zonder op hoofdletters en spaties te letten', () => {
    const o = afsprakenOverzicht([
      afspraak({ status: 'nagekomen' }),
      afspraak({ partner: 'politie basisteam  Dijkstede', status: 'niet-nagekomen' }),
      afspraak({ partner: 'GGD IJsselland', status: 'deels-nagekomen' }),
    ]);
    expect(o.totaal).toBe(3);
    expect(o.perPartner.map((p) => [p.partner, p.totaal])).toEqual([
      ['GGD IJsselland', 1],
      ['Politie basisteam Dijkstede', 2],
    ]);
    expect(o.perPartner[1]!.perStatus).toMatchObject({ nagekomen: 1, 'niet-nagekomen': 1, gemaakt: 0 });
    expect(o.perStatus['deels-nagekomen']).toBe(1);
    expect(o.aandacht).toBe(2);
    expect(afsprakenOverzicht([])).toMatchObject({ totaal: 0, perPartner: [], aandacht: 0 });
  });

  it('groepeert per partner, op termijn', () => {
    const g = afsprakenPerPartner([afspraak({ id: '1', termijn: null }), afspraak({ id: '2', termijn: '2027-01-01' }), afspraak({ id: '3', partner: 'Woonstichting' })]);
    expect(g.map((x) => x.partner)).toEqual(['Politie basisteam Dijkstede', 'Woonstichting']);
    expect(g[0]!.afspraken.map((a) => a.id)).toEqual(['2', '1']);
  });

  it('stelt partners voor uit de organisaties en eerdere afspraken, zonder dubbelen', () => {
    expect(partnerSuggesties(['Gemeente Dijkstede', 'GGD IJsselland'], [afspraak({}), afspraak({ partner: 'ggd ijsselland' })])).toEqual(['Gemeente Dijkstede', 'GGD IJsselland', 'Politie basisteam Dijkstede']);
  });

  it('verbergt vertrouwelijke maatregelen en bewaart ze bij opslaan door wie ze niet ziet', () => {
    const geheim = new Set(['m1']);
    const a = afspraak({ maatregelIds: ['m7', 'm1'] });
    expect(zichtbareAfspraak(a, geheim, false).maatregelIds).toEqual(['m7']);
    expect(zichtbareAfspraak(a, geheim, true).maatregelIds).toEqual(['m7', 'm1']);
    expect(maatregelIdsBijOpslaan(['m7', 'm7'], ['m7', 'm1'], geheim, false)).toEqual(['m7', 'm1']);
    expect(maatregelIdsBijOpslaan([], ['m7', 'm1'], geheim, true)).toEqual([]);
  });

  it('maakt blokken voor een document zonder vertrouwelijke maatregelen en zonder vervallen afspraken', () => {
    const keuzes: Capaciteitskeuze[] = [{ id: 'k', datum: '2026-10-14', onderwerp: 'Wijkagenten', keuze: 'Vrij roosteren', capaciteit: '2 fte wijkagent', prioriteitIds: ['p2'], versie: 1 }];
    const blokken = afsprakenBlokken(
      [afspraak({ maatregelIds: ['m7', 'm1'], prioriteitIds: ['p2'], termijn: '2027-03-12' }), afspraak({ status: 'vervallen', omschrijving: 'Oud' })],
      keuzes,
      { prioriteiten: [{ id: 'p2', titel: 'Veilige wijken', themaIds: [] }], uitvoeringsplannen: [plan] },
    );
    const tabel = blokken.find((b) => b.soort === 'tabel' && b.bijschrift === 'Afspraken met partners');
    expect(tabel && tabel.soort === 'tabel' && tabel.rijen).toEqual([
      ['Politie basisteam Dijkstede', 'Capaciteit', 'Twee wijkagenten', 'Veilige wijken', 'Hotspotaanpak Molenwijk', '', '12 maart 2027', 'Gemaakt'],
    ]);
    expect(JSON.stringify(blokken)).not.toContain('Geheime');
    const k = blokken.find((b) => b.soort === 'tabel' && b.bijschrift.startsWith('Capaciteitskeuzes'));
    expect(k && k.soort === 'tabel' && k.rijen[0]).toEqual(['14 oktober 2026', 'Wijkagenten', 'Vrij roosteren', '2 fte wijkagent', 'Veilige wijken']);
    expect(afsprakenBlokken([], [], { prioriteiten: [], uitvoeringsplannen: [] }).filter((b) => b.soort === 'leeg')).toHaveLength(2);
  });

  it('zonder stand (in het uitvoeringsplan) verandert een vastgesteld plan niet doordat een afspraak wordt nagekomen', () => {
    const stand = { prioriteiten: [{ id: 'p2', titel: 'Veilige wijken', themaIds: [] }], uitvoeringsplannen: [plan] };
    const gemaakt = afsprakenBlokken([afspraak({ status: 'gemaakt' })], [], stand, false);
    const nagekomen = afsprakenBlokken([afspraak({ status: 'nagekomen' })], [], stand, false);
    expect(nagekomen).toEqual(gemaakt);
    const tabel = gemaakt.find((b) => b.soort === 'tabel' && b.bijschrift === 'Afspraken met partners');
    expect(tabel && tabel.soort === 'tabel' && tabel.kolommen).not.toContain('Stand');
  });
});
