/** Reading the member municipalities of a region from typed or pasted names and CBS codes. */
import { describe, expect, it } from 'vitest';
import { leesGemeenten } from './regio-instellingen.tsx';

describe('leesGemeenten', () => {
  it('leest namen, CBS-codes en vier cijfers, gescheiden door komma, puntkomma of regel, elk één keer', () => {
    expect(leesGemeenten('Kampen, GM0150;0193\n kampen\tgemeente Zwolle')).toEqual({ codes: ['GM0166', 'GM0150', 'GM0193'], onbekend: [], dubbelzinnig: [] });
  });
  it('kent de gewone namen van Den Haag en Den Bosch en negeert hoofdletters en accenten', () => {
    expect(leesGemeenten("Den Haag, den bosch, 's-Gravenhage, SÚDWEST-FRYSLÂN").codes).toEqual(['GM0518', 'GM0796', 'GM1900']);
  });
  it('noemt wat onbekend is en wat meer dan één gemeente kan zijn', () => {
    const r = leesGemeenten('Atlantis, Bergen, GM0001');
    expect(r.codes).toEqual([]);
    expect(r.onbekend).toEqual(['Atlantis', 'GM0001']);
    expect(r.dubbelzinnig).toEqual(['Bergen (Bergen (L.), GM0893 of Bergen (NH.), GM0373)']);
  });
});
