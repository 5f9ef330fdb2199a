import { describe, expect, it } from 'vitest';
import { uitPlatteTekst } from '../tekst/rijk.ts';
import { metTeksten, tekstBron } from './teksten.ts';
import { leegIvp, legeStartnotitie } from './stand.ts';
import type { CyclusStand } from './stand.ts';

describe('sleutels van samen geschreven teksten', () => {
  it('wijzen een veld van een deel of een sectie aan, en niets anders', () => {
    expect(tekstBron('ivp.uitgangssituatie')).toEqual({ soort: 'deel', deel: 'ivp', pad: ['uitgangssituatie'] });
    expect(tekstBron('ivp.prioriteiten.p1.waarom')).toEqual({ soort: 'deel', deel: 'ivp', pad: ['prioriteiten', 'p1', 'waarom'] });
    expect(tekstBron('uitvoeringsplan-2027.terugblik')).toEqual({ soort: 'deel', deel: 'uitvoeringsplan-2027', pad: ['terugblik'] });
    expect(tekstBron('sectie.thema-1.3')).toEqual({ soort: 'sectie', sectie: 'thema-1.3' });
    expect(tekstBron('sectie.thema-2.1.huidigeAanpak')).toEqual({ soort: 'sectie', sectie: 'thema-2.1', veld: 'huidigeAanpak' });
    expect(tekstBron('sectie.aspect-3.extra')).toEqual({ soort: 'sectie', sectie: 'aspect-3', veld: 'extra' });
    for (const fout of ['ivp.prioriteiten', 'ivp.werkgroep', 'startnotitie.zekereThemas', 'sectie.thema-9.9', 'sectie.thema-2.1.titel', 'prioriteiten.titel', 'ivp.prioriteiten.p1.titel', 'x'.repeat(200)]) {
      expect(tekstBron(fout), fout).toBeNull();
    }
  });

  it('de stand krijgt de platte tekst in het veld en de opmaak voor de documenten', () => {
    const stand = {
      werkruimte: { naam: 'x', gemeentenaam: 'Dijkstede', periodeStart: 2027, periodeEinde: 2030 },
      startnotitie: legeStartnotitie(),
      secties: [{ sleutel: 'thema-1.1', titel: 't', tekst: 'oud', vertrouwelijk: false, analyse: { cijfers: [], huidigeAanpak: '', maatregelen: [], extra: '', plausibeleThemas: [] } }],
      prioriteiten: [],
      overigeGroepen: [],
      sessie: null,
      ivp: leegIvp(),
      uitvoeringsplannen: [],
      project: null,
    } as CyclusStand;
    const nieuw = metTeksten(
      stand,
      new Map([
        ['ivp.prioriteiten.p1.doel', { platteTekst: 'Minder inbraken', inhoud: uitPlatteTekst('Minder inbraken') }],
        ['sectie.thema-1.1', { platteTekst: '- nieuw', inhoud: uitPlatteTekst('- nieuw') }],
      ]),
    );
    expect(nieuw.ivp.prioriteiten.p1?.doel).toBe('Minder inbraken');
    expect(nieuw.secties[0]?.tekst).toBe('- nieuw');
    expect(nieuw.rijkeTeksten?.['sectie.thema-1.1']?.content?.[0]?.type).toBe('bulletList');
    expect(stand.secties[0]?.tekst).toBe('oud');
  });
});
