import { describe, expect, it } from 'vitest';
import { fragmentMetStam, scoreMetStam, stamVelden, vindplaatsen, zoekstam, zoekwoorden } from './stamzoeken.ts';
import { scoreDocument, splitsZoekvraag } from './zoektekst.ts';

describe('zoeken met Nederlandse stammen', () => {
  const velden = stamVelden([
    { tekst: 'Veiligheidsmanagement voor peuterspeelzalen', gewicht: 20 },
    { tekst: 'Minder straatroof en woninginbraak in de wijk; huizen beter beveiligd.', gewicht: 5 },
  ]);
  const vindt = (vraag: string) => scoreMetStam(zoekwoorden(vraag), velden) > 0;

  it('laat enkelvoud en meervoud elkaar vinden, ook waar het woord van klank wisselt', () => {
    for (const vraag of ['peuterspeelzaal', 'peuterspeelzalen', 'straatroven', 'woninginbraken', 'huis', 'Peuterspeelzaal']) expect(vindt(vraag), vraag).toBe(true);
    // Zonder stammen vond het enkelvoud het meervoud niet (de oude score).
    expect(scoreDocument(splitsZoekvraag('peuterspeelzaal'), [{ tekst: 'Veiligheidsmanagement voor peuterspeelzalen', gewicht: 20 }])).toBe(0);
  });

  it('maakt een dubbele medeklinker aan het eind van de stam enkel (diefstal, diefstallen)', () => {
    expect(zoekstam('winkeldiefstallen')).toBe(zoekstam('winkeldiefstal'));
    expect(zoekstam('overvallen')).toBe(zoekstam('overval'));
    expect(zoekstam('verkeer')).not.toBe(zoekstam('verloedering'));
  });

  it('vindt het deel van een samenstelling met een stam van minstens vijf tekens, en letterlijke stukjes zoals voorheen', () => {
    expect(vindt('speelzaal')).toBe(true);
    expect(vindt('inbr')).toBe(true);
    expect(vindt('beveilig')).toBe(true);
  });

  it('vindt niet wat er niet staat: elk woord moet ergens staan', () => {
    expect(vindt('brandweer')).toBe(false);
    expect(vindt('peuterspeelzaal brandweer')).toBe(false);
    expect(scoreMetStam(zoekwoorden('   '), velden)).toBe(0);
  });

  it('telt het zwaarste veld, zoals de gewone score', () => {
    const [woord] = zoekwoorden('peuterspeelzaal');
    expect(vindplaatsen(woord!, velden[0]!)).toBe(1);
    expect(scoreMetStam(zoekwoorden('peuterspeelzaal'), velden)).toBeCloseTo(20.1);
    expect(scoreMetStam(zoekwoorden('straatroven'), velden)).toBeCloseTo(5.1);
  });

  it('maakt een fragment rond een treffer op de stam', () => {
    const teksten = ['Een eerste alinea zonder het woord.', 'Samen met de peuterspeelzalen in de wijk een vaste aanpak.'];
    expect(fragmentMetStam(teksten, zoekwoorden('peuterspeelzaal'))).toBe(teksten[1]);
    expect(fragmentMetStam(teksten, zoekwoorden('alinea'))).toBe(teksten[0]);
    expect(fragmentMetStam(teksten, zoekwoorden('xqzwv'))).toBe(teksten[0]);
  });
});
