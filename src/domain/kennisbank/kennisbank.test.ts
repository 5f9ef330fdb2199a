import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aspecten, isThemaId, strategischeThemas, themas, velden, vindThema, zoekInKennisbank } from './kennisbank.ts';
import { themaIds } from './types.ts';
import { vereistBestand } from '../../../tests/support/vereist.ts';

describe('de structuur van de methode', () => {
  it('heeft 5 velden en 22 thema\'s met de nummering van de methode', () => {
    expect(velden.map((v) => v.nummer)).toEqual([1, 2, 3, 4, 5]);
    expect(themas.map((t) => t.id)).toEqual([...themaIds]);
    const perVeld = [1, 2, 3, 4, 5].map((n) => themas.filter((t) => t.veld === n).length);
    expect(perVeld).toEqual([4, 5, 4, 4, 5]);
    for (const t of themas) expect(t.id.startsWith(`${t.veld}.`)).toBe(true);
  });

  it('heeft de 6 aanpak-aspecten van veld 1 in de volgorde van de methode', () => {
    expect(aspecten.map((a) => a.naam)).toEqual([
      'Infrastructuur',
      'Investeren in fysieke kwaliteit',
      'Investeren in sociale kwaliteit',
      'Betrekken bewoners bij veiligheid en leefbaarheid',
      'Toezicht en handhaving',
      'Aanpak van specifieke criminaliteitsfenomenen',
    ]);
  });

  it('geeft de thema\'s de namen uit het overzicht', () => {
    expect(vindThema('1.3')?.naam).toBe('Objectieve veiligheid/veelvoorkomende en high impact crime');
    expect(vindThema('2.1')?.naam).toBe('Veilig winkelgebied');
    expect(vindThema('3.3')?.naam).toBe('Jeugd, alcohol en drugs');
    expect(vindThema('4.4')?.naam).toBe('Rampenbestrijding en crisisbeheersing');
    expect(vindThema('5.2')?.naam).toMatch(/^Georganiseerde\/ondermijnende criminaliteit/);
    expect(vindThema('9.9')).toBeUndefined();
  });

  it('heeft de drie strategische thema\'s van deze editie', () => {
    expect(strategischeThemas.map((s) => s.id)).toEqual(['gedigitaliseerde-criminaliteit', 'zorg-en-veiligheid', 'informatiepositie']);
    for (const s of strategischeThemas) expect(s.plaatsInIvp.length).toBeGreaterThan(0);
  });
});

describe('volledigheid per thema', () => {
  it.each(themas.map((t) => [t.id, t] as const))('thema %s is volledig uitgewerkt', (_id, t) => {
    expect(t.uitleg.join(' ').length).toBeGreaterThan(150);
    expect(t.effectinformatie.length + t.effectindicatoren.length).toBeGreaterThan(0);
    expect(t.raakvlakken.length).toBeGreaterThan(0);
    expect(t.raakvlakken).not.toContain(t.id);
    for (const r of t.raakvlakken) expect(isThemaId(r)).toBe(true);
    expect(t.trefwoorden.length).toBeGreaterThanOrEqual(3);
    if (t.veld === 1) {
      expect(t.aanpak).toBeUndefined();
    } else {
      const a = t.aanpak;
      expect(a).toBeDefined();
      expect(a?.rolGemeente.length).toBeGreaterThan(0);
      expect((a?.partners.intern.length ?? 0) + (a?.partners.extern.length ?? 0)).toBeGreaterThan(2);
      expect(a?.maatregelen.length).toBeGreaterThan(2);
      expect(a?.instrumenten.length).toBeGreaterThan(0);
    }
  });

  it.each(aspecten.map((a) => [a.id, a] as const))('aspect %s is volledig uitgewerkt', (_id, a) => {
    expect(a.uitleg.length).toBeGreaterThan(0);
    expect(a.rolGemeente.length).toBeGreaterThan(0);
    expect(a.partners.intern.length + a.partners.extern.length).toBeGreaterThan(2);
    expect(a.maatregelen.length).toBeGreaterThan(2);
    expect(a.instrumenten.length).toBeGreaterThan(0);
  });

  it('kent elke effectindicator een geldige bron en aard, met objectieve en subjectieve', () => {
    const alle = themas.flatMap((t) => t.effectindicatoren);
    expect(alle.length).toBeGreaterThan(80);
    for (const i of alle) {
      expect(['politieregistratie', 'veiligheidsmonitor', 'gemeente', 'overig']).toContain(i.bron);
      expect(['objectief', 'subjectief']).toContain(i.aard);
    }
    expect(alle.some((i) => i.aard === 'subjectief' && i.bron === 'veiligheidsmonitor')).toBe(true);
    expect(alle.some((i) => i.aard === 'objectief' && i.bron === 'politieregistratie')).toBe(true);
  });

  it('heeft alleen volledige https-adressen bij instrumenten', () => {
    const instrumenten = [
      ...themas.flatMap((t) => t.aanpak?.instrumenten ?? []),
      ...aspecten.flatMap((a) => a.instrumenten),
      ...strategischeThemas.flatMap((s) => s.instrumenten),
    ];
    for (const i of instrumenten) if (i.url) expect(() => new URL(i.url ?? '')).not.toThrow();
  });

  it('bevat geen afbreekresten uit de pdf', () => {
    const tekst = JSON.stringify([themas, aspecten, strategischeThemas]);
    // "woon- en leefomgeving" is goed Nederlands; "ge- meente" is een afbreekrest.
    const resten = tekst.match(/\p{Ll}- (?!(en|of|tot|naar|en\/of|t\/m|dan)\b)\p{Ll}{2,}/gu) ?? [];
    expect(resten).toEqual([]);
  });
});

describe('zoekInKennisbank', () => {
  it('negeert hoofdletters en accenten', () => {
    const a = zoekInKennisbank('criminaliteit').map((t) => t.id);
    const b = zoekInKennisbank('CRIMINALITEIT').map((t) => t.id);
    expect(a).toEqual(b);
    expect(a).toContain('1.3');
    expect(zoekInKennisbank('coordinatie').length).toBe(zoekInKennisbank('coördinatie').length);
  });

  it('vindt thema 5.2 met "ondermijning", als beste treffer', () => {
    const treffers = zoekInKennisbank('ondermijning');
    expect(treffers[0]).toMatchObject({ soort: 'thema', id: '5.2' });
  });

  it('vindt aspecten en strategische thema\'s', () => {
    expect(zoekInKennisbank('toezicht handhaving').some((t) => t.soort === 'aspect' && t.id === '5')).toBe(true);
    expect(zoekInKennisbank('cybercrime').some((t) => t.soort === 'strategisch-thema')).toBe(true);
  });

  it('geeft niets voor een lege vraag of onzin', () => {
    expect(zoekInKennisbank('  ')).toEqual([]);
    expect(zoekInKennisbank('xqzwv')).toEqual([]);
  });

  it('geeft een fragment met de zoekterm', () => {
    const [eerste] = zoekInKennisbank('winkeldiefstal');
    expect(eerste?.fragment.toLowerCase()).toContain('winkeldiefstal');
    // Een fragment is lopende tekst uit één alinea of lijstonderdeel, geen aaneenrijging van lijsten.
    for (const t of zoekInKennisbank('ondermijning')) expect(t.fragment).not.toContain(' | ');
  });
});

describe('eigen woorden', () => {
  // The seed sits beside the repository (../shared); CI has it there too.
  const seedPad = new URL('../../../../shared/seeds/003_0d3239005274f14b.txt', import.meta.url);
  const normaliseer = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[‘’'"“”]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  // Names of laws and covenants are facts and may match the source word for word.
  const eigennamen = [/^Convenant ten behoeve van/i, /^Wetsvoorstel /, /^Voluit: Convenant/];

  it.skipIf(!vereistBestand(seedPad))('neemt geen reeks van 12 woorden letterlijk uit de bron over', () => {
    const bron = normaliseer(readFileSync(seedPad, 'utf8').replace(/-\s*\n\s*/g, '')).split(' ');
    const N = 12;
    const reeksen = new Set<string>();
    for (let i = 0; i + N <= bron.length; i++) reeksen.add(bron.slice(i, i + N).join(' '));
    const teksten: string[] = [];
    const verzamel = (v: unknown): void => {
      if (typeof v === 'string') {
        if (!v.startsWith('http') && !eigennamen.some((r) => r.test(v))) teksten.push(v);
      } else if (Array.isArray(v)) v.forEach(verzamel);
      else if (v && typeof v === 'object') Object.values(v).forEach(verzamel);
    };
    verzamel([themas, aspecten, strategischeThemas, velden]);
    expect(teksten.length).toBeGreaterThan(2000);
    const letterlijk = teksten.filter((t) => {
      const w = normaliseer(t).split(' ');
      for (let i = 0; i + N <= w.length; i++) if (reeksen.has(w.slice(i, i + N).join(' '))) return true;
      return false;
    });
    expect(letterlijk).toEqual([]);
  });
});
