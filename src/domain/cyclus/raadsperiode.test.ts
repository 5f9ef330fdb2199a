import { describe, expect, it } from 'vitest';
import {
  aantreden,
  aangeradenPlanperiode,
  inVerkiezingstijd,
  isVerkiezingsjaar,
  kandidaatstelling,
  raadsperiodeOp,
  raadsperiodeOverzicht,
  raadsperiodeWaarschuwingen,
  vaststellendeRaad,
  verkiezingenVanaf,
  verkiezingsdag,
  volgendeVerkiezing,
  volgtRaadsperiode,
} from './raadsperiode.ts';

describe('de gemeenteraadsverkiezingen volgens de Kieswet', () => {
  it('vallen op de bekende dagen van 2014, 2018, 2022 en 2026', () => {
    expect(verkiezingsdag(2014)).toBe('2014-03-19');
    expect(verkiezingsdag(2018)).toBe('2018-03-21');
    expect(verkiezingsdag(2022)).toBe('2022-03-16');
    expect(verkiezingsdag(2026)).toBe('2026-03-18');
  });

  it('worden voor later afgeleid: 44 dagen na de kandidaatstelling op een maandag eind januari of begin februari', () => {
    expect(kandidaatstelling(2026)).toBe('2026-02-02');
    expect(verkiezingsdag(2030)).toBe('2030-03-20');
    expect(verkiezingsdag(2034)).toBe('2034-03-15');
    for (const j of [2030, 2034, 2038, 2042, 2046, 2050]) {
      const k = new Date(`${kandidaatstelling(j)}T00:00:00Z`);
      const v = new Date(`${verkiezingsdag(j)}T00:00:00Z`);
      expect(k.getUTCDay(), `${j}: maandag`).toBe(1);
      expect(v.getUTCDay(), `${j}: woensdag`).toBe(3);
      expect(v.getUTCMonth(), `${j}: maart`).toBe(2);
    }
    // A leap year starts the window a day later (31 January to 6 February).
    expect(kandidaatstelling(2024)).toBe('2024-02-05');
    expect(kandidaatstelling(2028)).toBe('2028-01-31');
  });

  it('zijn om de vier jaar vanaf 2018', () => {
    expect([2018, 2022, 2026, 2030].every(isVerkiezingsjaar)).toBe(true);
    expect([2019, 2024, 2027, 2029].some(isVerkiezingsjaar)).toBe(false);
  });

  it('de nieuwe raad begint op de woensdag van 29 maart tot en met 4 april', () => {
    expect(aantreden(2022)).toBe('2022-03-30');
    expect(aantreden(2026)).toBe('2026-04-01');
    expect(aantreden(2030)).toBe('2030-04-03');
  });
});

describe('de raadsperiode van een datum', () => {
  it('is de raad die dan zit; tussen verkiezingen en aantreden zit de oude raad nog', () => {
    expect(raadsperiodeOp('2027-01-15')).toMatchObject({ verkiezingsjaar: 2026, begin: '2026-04-01', einde: '2030-04-02', volgendeVerkiezing: '2030-03-20' });
    expect(raadsperiodeOp('2026-03-25').verkiezingsjaar).toBe(2022);
    expect(raadsperiodeOp('2026-04-01').verkiezingsjaar).toBe(2026);
  });

  it('de volgende verkiezingen, ook op de dag zelf', () => {
    expect(volgendeVerkiezing('2026-03-18')).toBe('2026-03-18');
    expect(volgendeVerkiezing('2026-03-19')).toBe('2030-03-20');
    expect(volgendeVerkiezing('2024-06-01')).toBe('2026-03-18');
    expect(verkiezingenVanaf('2026-12-02', 3)).toEqual(['2030-03-20', '2034-03-15', '2038-03-17']);
  });

  it('de verkiezingstijd loopt van 1 december tot de nieuwe raad begint', () => {
    expect(inVerkiezingstijd('2025-11-30')).toBeNull();
    expect(inVerkiezingstijd('2025-12-01')).toBe('2026-03-18');
    expect(inVerkiezingstijd('2026-03-18')).toBe('2026-03-18');
    expect(inVerkiezingstijd('2026-03-31')).toBe('2026-03-18');
    expect(inVerkiezingstijd('2026-04-01')).toBeNull();
  });

  it('de planperiode volgt de raad: van het jaar (na) de verkiezingen tot en met het jaar van de volgende', () => {
    const raad = raadsperiodeOp('2026-11-12');
    expect(aangeradenPlanperiode(raad)).toEqual({ van: 2027, tot: 2030 });
    expect(volgtRaadsperiode(2027, 2030, raad)).toBe(true);
    expect(volgtRaadsperiode(2026, 2030, raad)).toBe(true);
    expect(volgtRaadsperiode(2025, 2028, raad)).toBe(false);
    expect(volgtRaadsperiode(2027, 2031, raad)).toBe(false);
  });

  it('de raad die vaststelt: vlak voor de verkiezingen is dat de nieuwe raad; zonder vergadering die van het eerste planjaar', () => {
    expect(vaststellendeRaad({ raadsvergadering: '2026-02-12', periodeStart: 2027 })?.verkiezingsjaar).toBe(2026);
    expect(vaststellendeRaad({ raadsvergadering: '2025-06-12', periodeStart: 2026 })?.verkiezingsjaar).toBe(2022);
    expect(vaststellendeRaad({ raadsvergadering: null, periodeStart: 2027 })?.verkiezingsjaar).toBe(2026);
    expect(vaststellendeRaad({ raadsvergadering: null, periodeStart: null })).toBeNull();
  });
});

describe('waarschuwingen over de planning', () => {
  const goed = { raadsvergadering: '2026-11-12', periodeStart: 2027, periodeEinde: 2030, coalitieakkoord: '2026-06-10' };

  it('geen bij een plan dat de raad volgt, na het coalitieakkoord', () => {
    expect(raadsperiodeWaarschuwingen(goed)).toEqual([]);
    expect(raadsperiodeWaarschuwingen({ ...goed, coalitieakkoord: null })).toEqual([]);
  });

  it('(a) vaststelling in de maanden voor de verkiezingen, met wat te doen', () => {
    const w = raadsperiodeWaarschuwingen({ ...goed, raadsvergadering: '2026-02-12', coalitieakkoord: null });
    expect(w.map((x) => x.code)).toEqual(['vaststelling-voor-verkiezingen']);
    expect(w[0]!.melding).toContain('18 maart 2026');
    expect(w[0]!.melding).toContain('1 december 2025');
    expect(w[0]!.melding).toMatch(/Plan de vaststelling/);
    expect(w[0]!.plek).toBe('cyclus#raadsperiode');
  });

  it('(b) de planperiode volgt de raadsperiode niet, met de aangeraden periode', () => {
    const w = raadsperiodeWaarschuwingen({ ...goed, periodeStart: 2025, periodeEinde: 2028 });
    expect(w.map((x) => x.code)).toEqual(['planperiode-volgt-raad-niet']);
    expect(w[0]!.melding).toContain('2025-2028');
    expect(w[0]!.melding).toContain('Kies bij voorkeur 2027-2030');
    expect(w[0]!.plek).toBe('instellingen#raadsperiode');
  });

  it('(c) het coalitieakkoord komt na de geplande vaststelling', () => {
    const w = raadsperiodeWaarschuwingen({ ...goed, raadsvergadering: '2026-05-20', coalitieakkoord: '2026-06-10' });
    expect(w.map((x) => x.code)).toEqual(['coalitieakkoord-na-vaststelling']);
    expect(w[0]!.melding).toMatch(/plan de raadsvergadering na het akkoord/);
  });

  it('een coalitieakkoord van de vorige raad: vul het nieuwe in', () => {
    const w = raadsperiodeWaarschuwingen({ ...goed, coalitieakkoord: '2022-06-01' });
    expect(w.map((x) => x.code)).toEqual(['coalitieakkoord-vorige-raad']);
  });

  it('het overzicht noemt de huidige raad, de komende verkiezingen en de aangeraden periode', () => {
    const o = raadsperiodeOverzicht({ ...goed, periodeStart: 2025, periodeEinde: 2028 }, '2026-12-02');
    expect(o.huidig.verkiezingsjaar).toBe(2026);
    expect(o.verkiezingen[0]).toBe('2030-03-20');
    expect(o.aangeradenPlanperiode).toEqual({ van: 2027, tot: 2030 });
    expect(o.waarschuwingen).toHaveLength(1);
  });
});
