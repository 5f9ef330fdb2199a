import { describe, expect, it } from 'vitest';
import { themas } from '../kennisbank/kennisbank.ts';
import { eigenIndicatorId, themaNaam, vmIndicatoren, zoekVmIndicator, zoekVmIndicatorBijSleutel } from './catalogus.ts';

describe('de catalogus van de Veiligheidsmonitor', () => {
  it('heeft unieke ids, alleen bestaande thema’s en alleen effectindicatoren die de kennisbank zo noemt', () => {
    expect(new Set(vmIndicatoren.map((i) => i.id)).size).toBe(vmIndicatoren.length);
    const kennisbank = new Set(themas.flatMap((t) => t.effectindicatoren ?? []).filter((e) => e.bron === 'veiligheidsmonitor').map((e) => e.naam));
    for (const i of vmIndicatoren) {
      for (const t of i.themaIds) expect(themaNaam(t), `${i.id}: thema ${t}`).toBeDefined();
      if (i.kennisbankIndicator) expect(kennisbank.has(i.kennisbankIndicator), `${i.id}: ${i.kennisbankIndicator}`).toBe(true);
    }
  });

  it('koppelt de kern van elk IVP aan de thema’s van de kennisbank', () => {
    expect(zoekVmIndicator('|||||Voelt zich wel eens onveilig in buurt', '%')).toMatchObject({ id: 'onveilig-buurt-wel-eens', themaIds: ['1.4'], kennisbankIndicator: 'Veiligheidsgevoel in de eigen buurt' });
    expect(zoekVmIndicator('Slachtoffers geweldsdelicten')?.themaIds).toEqual(['1.3']);
    expect(zoekVmIndicator('Sociale overlast')?.themaIds).toEqual(['1.1']);
    expect(zoekVmIndicator('Fysieke verloedering')?.themaIds).toEqual(['1.2']);
    expect(zoekVmIndicator('Op plekken waar jongeren rondhangen', "% wel eens onveilig ('vaak'/'soms')")?.themaIds).toEqual(['3.1']);
    expect(zoekVmIndicator('Tevreden over functioneren politie in buurt')).toMatchObject({ groep: 'oordeel-politie', themaIds: [] });
  });

  it('label en eenheid samen; een verkeerde eenheid is onbekend', () => {
    expect(zoekVmIndicator('Voelt zich wel eens onveilig', '%')?.id).toBe('onveilig-wel-eens');
    expect(zoekVmIndicator('Voelt zich wel eens onveilig', 'rapportcijfer')).toBeUndefined();
    expect(zoekVmIndicator('Rapportcijfer veiligheid in buurt ', 'rapportcijfer')?.richting).toBe('hoger-is-beter');
  });

  it('open-datasleutels en eigen ids', () => {
    expect(zoekVmIndicatorBijSleutel('VoeltZichVaakOnveiligInBuurt_7')?.id).toBe('onveilig-buurt-vaak');
    expect(zoekVmIndicatorBijSleutel('Onbekend_1')).toBeUndefined();
    expect(eigenIndicatorId('|||Aandeel met een hond ', '% komt vaak voor')).toBe('eigen:aandeel-met-een-hond:procent-komt-vaak-voor');
  });
});
