import { describe, expect, it } from 'vitest';
import { isStopwoord, stam, woordenMetStam } from './stam.ts';

describe('stam: Nederlandse woordstammen', () => {
  it('laat enkelvoud en meervoud elkaar vinden', () => {
    const paren: [string, string][] = [
      ['peuterspeelzaal', 'peuterspeelzalen'],
      ['woninginbraak', 'woninginbraken'],
      ['wijk', 'wijken'],
      ['kern', 'kernen'],
      ['jeugdgroep', 'jeugdgroepen'],
      ['bedrijventerrein', 'bedrijventerreinen'],
      ['evenement', 'evenementen'],
      ['school', 'scholen'],
      // De wisseling f/v en s/z, die de Snowball-stemmer zelf laat staan.
      ['straatroof', 'straatroven'],
      ['huis', 'huizen'],
      ['brief', 'brieven'],
    ];
    for (const [enkel, meer] of paren) expect(stam(meer), `${enkel} / ${meer}`).toBe(stam(enkel));
  });

  it('brengt afleidingen en verbogen vormen samen', () => {
    expect(stam('ondermijnende')).toBe(stam('ondermijning'));
    expect(stam('veilige')).toBe(stam('veilig'));
    expect(stam('kwetsbare')).toBe(stam('kwetsbaar'));
  });

  it('let niet op hoofdletters en accenten', () => {
    expect(stam('Casuïstiek')).toBe(stam('casuistiek'));
    expect(stam('ONDERMIJNING')).toBe(stam('ondermijning'));
  });

  it('houdt verschillende woorden uit elkaar', () => {
    expect(stam('verkeer')).not.toBe(stam('verloedering'));
    expect(stam('brand')).not.toBe(stam('bestuur'));
  });

  it('laat getallen en losse tekens staan', () => {
    expect(stam('2023')).toBe('2023');
    expect(stam('x')).toBe('x');
  });

  it('deelt een titel op in woorden met hun stam, zonder stopwoorden', () => {
    const w = woordenMetStam('Samenwerken op het snijvlak van zorg & veiligheid');
    expect(w.map((x) => x.vorm)).toEqual(['samenwerken', 'snijvlak', 'zorg', 'veiligheid']);
    expect(w[2]).toEqual({ woord: 'zorg', vorm: 'zorg', stam: stam('zorg') });
    expect(woordenMetStam('Vandalisme/Overlast').map((x) => x.vorm)).toEqual(['vandalisme', 'overlast']);
    expect(woordenMetStam('Veilige woon- en leefomgeving').map((x) => x.vorm)).toEqual(['veilige', 'woon', 'leefomgeving']);
    expect(woordenMetStam('de en het', true).map((x) => x.vorm)).toEqual(['de', 'en', 'het']);
    expect(isStopwoord('van')).toBe(true);
    expect(isStopwoord('zorg')).toBe(false);
  });
});
