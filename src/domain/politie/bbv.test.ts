/**
 * De officiële BBV-veiligheidsindicatoren (issue 16): Kernplan rekent de landelijke cijfers na met de
 * definities van waarstaatjegemeente.nl (CBS) en de inwoners op 1 januari van hetzelfde jaar, en
 * vergelijkt ze met wat gepubliceerd is. Bronnen staan per waarde in `gepubliceerdeLandelijkeCijfers`
 * (bbv.ts) en in docs/begrotingsindicatoren.md:
 * - Edam-Volendam, begroting 2023, Beleidsindicatoren (benchmark Nederland, cijfers over 2021):
 *   https://edam-volendam.begroting-2023.nl/p24489/beleidsindicatoren
 * - Noordoostpolder, jaarstukken 2018, Verplichte indicatoren (landelijk gemiddelde vernielingen 2018):
 *   https://noordoostpolder.jaarverslag-2018.nl/p3178/verplichte-indicatoren
 * - Compendium voor de Leefomgeving, nl0615 (geweldsmisdrijven 2023):
 *   https://www.clo.nl/indicatoren/nl061503-criminaliteit-geweldsmisdrijven-en-woninginbraken-2010-2023
 * - Maassluis, jaarverslag 2017, Beleidsindicatoren (Nederland 2014-2016):
 *   https://maassluis.jaarverslag-2017.nl/p4381/beleidsindicatoren
 */
import { describe, expect, it } from 'vitest';
import { bbvDekking, type BbvId, gepubliceerdeLandelijkeCijfers, haltWaarde, landelijkBbvCijfer } from './bbv.ts';
import { bbvAanvulling, begrotingsindicatoren, landelijkeWaarde, per1000, somVan } from './cijfers.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';

const ids: BbvId[] = ['winkeldiefstal', 'geweldsmisdrijven', 'diefstal-uit-woning', 'vernielingen'];

describe('landelijke BBV-cijfers', () => {
  it.each(gepubliceerdeLandelijkeCijfers.map((p) => [p.id, p.jaar, p.waarde, p.bron] as const))('%s %i: gepubliceerd %s (%s), Kernplan binnen 0,1', (id, jaar, waarde) => {
    const ons = landelijkBbvCijfer(id, jaar);
    expect(ons).not.toBeNull();
    expect(Math.abs(ons!.waarde - waarde)).toBeLessThanOrEqual(0.1);
  });

  it('rekent 2021 met de CBS-groepen, niet met de politiesoorten (die gaven 4,56 en 4,79)', () => {
    expect(landelijkBbvCijfer('geweldsmisdrijven', 2021)).toMatchObject({ aantal: 76_400, inwoners: 17_475_415, waarde: 4.37 });
    expect(landelijkBbvCijfer('vernielingen', 2021)).toMatchObject({ aantal: 106_400, waarde: 6.09 });
    // The old definition with police codes stays far off the published 6,1 for vandalism.
    const oud = landelijkeWaarde(['2.2.1', '1.6.1', '3.6.4'], 2021, {});
    expect(oud.landelijk).toBe(4.79);
    expect(Math.abs(oud.landelijk! - 6.1)).toBeGreaterThan(1);
  });

  it('deelt elk jaar door de inwoners op 1 januari van datzelfde jaar', () => {
    expect(landelijkBbvCijfer('diefstal-uit-woning', 2018)).toMatchObject({ aantal: 42_887, inwoners: 17_181_084, waarde: 2.5 });
    expect(landelijkBbvCijfer('diefstal-uit-woning', 2023)).toMatchObject({ aantal: 22_706, inwoners: 17_811_291, waarde: 1.27 });
  });

  it('heeft een cijfer voor elke indicator van 2018 tot en met 2023, en niets daarbuiten', () => {
    for (const id of ids) {
      for (let jaar = 2018; jaar <= 2023; jaar++) expect(landelijkBbvCijfer(id, jaar), `${id} ${jaar}`).not.toBeNull();
      expect(landelijkBbvCijfer(id, 2012)).toBeNull();
      expect(landelijkBbvCijfer(id, 2024)).toBeNull();
      expect(landelijkBbvCijfer(id, 2021.5)).toBeNull();
    }
  });
});

describe('dekking van een BBV-cijfer uit politiesoorten', () => {
  const leeg = () => misdrijfsoorten.map(() => null as number | null);
  const zet = (a: (number | null)[], code: string, n: number) => {
    a[misdrijfsoorten.findIndex((m) => m.code === code)] = n;
    return a;
  };

  it('is volledig voor winkeldiefstal en diefstal uit woning als hun soort bekend is', () => {
    const a = zet(zet(leeg(), '2.5.2', 10), '1.1.1', 5);
    expect(bbvAanvulling('winkeldiefstal', a, 2021)).toMatchObject({ dekking: 'volledig', ontbreekt: null, landelijkOfficieel: 1.76 });
    expect(bbvAanvulling('diefstal-uit-woning', a, 2021).dekking).toBe('volledig');
  });

  it('is onvolledig als de soort van de definitie ontbreekt', () => {
    const r = bbvAanvulling('winkeldiefstal', zet(leeg(), '1.1.1', 5), 2021);
    expect(r.dekking).toBe('onvolledig');
    expect(r.ontbreekt).toContain('2.5.2');
  });

  it('is altijd onvolledig voor geweld en vernielingen: de definitie is een CBS-groep', () => {
    const alles = misdrijfsoorten.map(() => 1);
    for (const id of ['geweldsmisdrijven', 'vernielingen'] as const) {
      const r = bbvAanvulling(id, alles, 2021);
      expect(r.dekking).toBe('onvolledig');
      expect(r.ontbreekt).toContain('83648NED');
    }
    expect(bbvDekking('vernielingen', new Map()).dekking).toBe('onvolledig');
  });

  it('geeft Halt geen dekking (geen politiecijfer)', () => {
    expect(bbvAanvulling('verwijzingen-halt', leeg(), 2021)).toEqual({});
  });

  it('noemt bij elke politie-indicator de officiële definitie en bron', () => {
    for (const b of begrotingsindicatoren) {
      expect(b.definitie, b.id).toBeTruthy();
      expect(b.officieleBron, b.id).toBeTruthy();
    }
  });
});

/**
 * Drie gemeenten, winkeldiefstal: het aantal uit CBS 83651NED "Geregistreerde diefstallen; diefstallen
 * en verdachten, regio" (soort CRI1137 Winkeldiefstal, alle gebruik van geweld, T001540; door CBS op 5
 * afgerond; CC BY 4.0), zoals gedownload in april 2022 in github.com/BrendaLoznik/CBSTheftNetherlands
 * (data/cbs_diefstallen.csv). Die reeks valt samen met politiesoort 2.5.2, zodat de gemeente hem als
 * 2.5.2 kan inlezen. Inwoners op 1 januari uit de gemeente zelf, gepubliceerd cijfer uit haar eigen stukken:
 * - Amstelveen: jaarverslag 2022, bijlage 6.7 (2020 1,7; 2021 1,6); inwoners 1-1-2021 90.830 en
 *   1-1-2020 90.830 + 864 = 91.694 (gemeente Amstelveen, Facts & Figures 2021 / Amstelveens Nieuwsblad 4-2-2021).
 * - Edam-Volendam: begroting 2023, beleidsindicatoren (2021 0,3); inwoners 31-12-2020 36.267 (jaarverslag 2021, kerngegevens).
 * - Terneuzen: jaarverslag 2021, indicatoren (2020 1,6); inwoners eind 2020 54.487 na een groei van 59 in 2020,
 *   dus 1-1-2020 54.428 (gemeente Terneuzen, nieuwsbericht januari 2021, voorlopig).
 */
describe('gemeenten: winkeldiefstal tegen hun eigen begroting of jaarverslag', () => {
  const gevallen = [
    { gemeente: 'Amstelveen', jaar: 2020, aantal: 155, inwoners: 91_694, gepubliceerd: 1.7 },
    { gemeente: 'Amstelveen', jaar: 2021, aantal: 145, inwoners: 90_830, gepubliceerd: 1.6 },
    { gemeente: 'Edam-Volendam', jaar: 2021, aantal: 10, inwoners: 36_267, gepubliceerd: 0.3 },
    { gemeente: 'Terneuzen', jaar: 2020, aantal: 85, inwoners: 54_428, gepubliceerd: 1.6 },
  ];
  it.each(gevallen)('$gemeente $jaar: gepubliceerd $gepubliceerd', ({ jaar, aantal, inwoners, gepubliceerd }) => {
    const rij = misdrijfsoorten.map((m) => (m.code === '2.5.2' ? aantal : null));
    const winkel = begrotingsindicatoren.find((b) => b.id === 'winkeldiefstal')!;
    const waarde = per1000(somVan(rij, winkel.codes), inwoners)!;
    expect(Math.abs(waarde - gepubliceerd)).toBeLessThanOrEqual(0.1);
    expect(bbvAanvulling('winkeldiefstal', rij, jaar).dekking).toBe('volledig');
  });
});

describe('Halt', () => {
  it('bewaart aantal en jongeren; de eenheid bepaalt de factor', () => {
    expect(haltWaarde(45, 5_000)).toBe(9);
    expect(haltWaarde(45, 5_000, 'per 10.000 jongeren van 12-17 jaar')).toBe(90);
    expect(haltWaarde(null, 5_000)).toBeNull();
    expect(haltWaarde(3, 0)).toBeNull();
  });
});
