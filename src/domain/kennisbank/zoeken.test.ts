import { describe, expect, it } from 'vitest';
import { zoekInKennisbank } from './kennisbank.ts';

const titels = (vraag: string) => zoekInKennisbank(vraag).map((t) => `${t.soort} ${t.id}`);

describe('zoeken in de kennisbank met Nederlandse stammen', () => {
  it('vindt met het meervoud wat alleen in het enkelvoud staat', () => {
    // De kennisbank schrijft "straatroof" en "woninginbraak", nooit "straatroven" of "woninginbraken".
    expect(titels('straatroven')).toContain('thema 1.3');
    expect(titels('woninginbraken')).toEqual(titels('woninginbraak'));
    expect(titels('winkeldiefstallen')).toContain('thema 2.1');
  });

  it('geeft een fragment met de treffer, ook bij een treffer op de stam', () => {
    const t = zoekInKennisbank('straatroven').find((x) => x.soort === 'thema' && x.id === '1.3')!;
    expect(t.fragment.toLowerCase()).toContain('straatroof');
  });

  it('blijft niets vinden bij onzin, en elk woord moet ergens staan', () => {
    expect(zoekInKennisbank('xqzwv')).toEqual([]);
    expect(zoekInKennisbank('straatroven xqzwv')).toEqual([]);
  });
});
