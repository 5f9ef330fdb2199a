import { describe, expect, it } from 'vitest';
import { filterMethoden } from './catalogus.ts';

const ids = (zoek: string) => filterMethoden({ zoek }).map((m) => m.id);

describe('zoeken in de methodencatalogus met Nederlandse stammen', () => {
  it('vindt met het enkelvoud wat in het meervoud staat, en andersom', () => {
    expect(ids('peuterspeelzalen')).toContain('veiligheidsmanagement-voor-peuterspeelzalen');
    expect(ids('peuterspeelzaal')).toContain('veiligheidsmanagement-voor-peuterspeelzalen');
    expect(ids('Peuterspeelzaal')).toEqual(ids('peuterspeelzalen'));
  });

  it('vindt het meervoud "scholen" ook met "school", en houdt de beste treffer bovenaan', () => {
    expect(ids('school').length).toBeGreaterThanOrEqual(ids('scholen').length);
    for (const id of ids('scholen')) expect(ids('school')).toContain(id);
    expect(ids('peuterspeelzaal')[0]).toBe('veiligheidsmanagement-voor-peuterspeelzalen');
  });

  it('vindt niets bij een woord dat nergens staat, en combineert met de filters', () => {
    expect(ids('xqzwv')).toEqual([]);
    expect(filterMethoden({ zoek: 'peuterspeelzaal', veld: [4] }).map((m) => m.id)).not.toContain('veiligheidsmanagement-voor-peuterspeelzalen');
  });
});
