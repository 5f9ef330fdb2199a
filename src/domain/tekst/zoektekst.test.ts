import { describe, expect, it } from 'vitest';
import { maakFragment, normaliseerZoektekst, scoreDocument, splitsZoekvraag } from './zoektekst.ts';

describe('normaliseerZoektekst', () => {
  it('negeert hoofdletters en accenten', () => {
    expect(normaliseerZoektekst('Coördinatie  Criminaliteit')).toBe('coordinatie criminaliteit');
    expect(normaliseerZoektekst('Café')).toBe(normaliseerZoektekst('cafe'));
  });
});

describe('splitsZoekvraag', () => {
  it('splitst op witruimte en komma en laat leestekens aan de randen weg', () => {
    expect(splitsZoekvraag('  Ondermijning, "drugs" ')).toEqual(['ondermijning', 'drugs']);
    expect(splitsZoekvraag('   ')).toEqual([]);
  });
});

describe('scoreDocument', () => {
  const velden = [
    { tekst: 'Georganiseerde/ondermijnende criminaliteit', gewicht: 10 },
    { tekst: 'Aanpak met RIEC en Bibob', gewicht: 1 },
  ];
  it('vereist dat elk woord voorkomt', () => {
    expect(scoreDocument(['criminaliteit', 'bibob'], velden)).toBeCloseTo(11.2);
    expect(scoreDocument(['criminaliteit', 'fiets'], velden)).toBe(0);
  });
  it('laat bij een gelijk veld het document met meer vindplaatsen voorgaan', () => {
    const vaak = [{ tekst: 'drugs, drugs en nog eens drugs', gewicht: 1 }];
    const eenmaal = [{ tekst: 'drugs', gewicht: 1 }];
    expect(scoreDocument(['drugs'], vaak)).toBeGreaterThan(scoreDocument(['drugs'], eenmaal));
  });
  it('geeft 0 zonder zoekwoorden', () => {
    expect(scoreDocument([], velden)).toBe(0);
  });
});

describe('maakFragment', () => {
  it('neemt de tekst rond de treffer, ook met accenten ervoor', () => {
    const tekst = `${'Coördinatie van veel partijen. '.repeat(10)}Hier staat het woord ondermijning in een zin.`;
    const fragment = maakFragment(tekst, ['ondermijning'], 60);
    expect(fragment).toContain('ondermijning');
    expect(fragment.startsWith('…')).toBe(true);
  });
  it('geeft korte tekst ongewijzigd terug', () => {
    expect(maakFragment('Kort', ['kort'])).toBe('Kort');
  });
});
