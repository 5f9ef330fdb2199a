import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isThemaId, vindThema } from '../kennisbank/kennisbank.ts';
import { misdrijfsoorten, vindMisdrijfsoort } from './misdrijfsoorten.ts';
import {
  beschrijfBijdragen,
  bijdragenPerThema,
  codesPerThema,
  procentTekst,
  redenTotaal,
  standaardKoppeling,
  strategischVoorCode,
  themaVoorCode,
} from './themakoppeling.ts';
import { strategischeThemas } from '../kennisbank/kennisbank.ts';
import { vereistBestand } from '../../../tests/support/vereist.ts';

const bron = new URL('../../../../shared/data/cbs-47018NED/SoortMisdrijf.csv', import.meta.url);
const documentatie = new URL('../../../docs/politiecijfers-themakoppeling.md', import.meta.url);

/** Leest CSV met velden tussen aanhalingstekens, waarin komma's en regeleinden mogen staan. */
function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = '';
  let binnenQuotes = false;
  for (let i = 0; i < tekst.length; i++) {
    const teken = tekst[i];
    if (binnenQuotes) {
      if (teken === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (teken === '"') {
        binnenQuotes = false;
      } else {
        veld += teken;
      }
    } else if (teken === '"') {
      binnenQuotes = true;
    } else if (teken === ',') {
      rij.push(veld);
      veld = '';
    } else if (teken === '\n' || teken === '\r') {
      if (teken === '\r' && tekst[i + 1] === '\n') i++;
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = '';
    } else {
      veld += teken;
    }
  }
  if (veld !== '' || rij.length > 0) {
    rij.push(veld);
    rijen.push(rij);
  }
  return rijen.filter((r) => r.some((v) => v.trim() !== ''));
}

const totalen = ['0.0.0'];

const bronAanwezig = vereistBestand(bron);
const [kop, ...rijen] = bronAanwezig ? leesCsv(readFileSync(bron, 'utf8')) : [];

describe.skipIf(!bronAanwezig)('misdrijfsoorten volgens de CBS-lijst', () => {

  it('leest de CBS-lijst als 59 soorten met sleutel en titel', () => {
    expect(kop?.slice(0, 2)).toEqual(['Key', 'Title']);
    expect(rijen).toHaveLength(59);
  });

  it('bevat elke code van de CBS-lijst met dezelfde titel, in dezelfde volgorde', () => {
    expect(misdrijfsoorten.map((m) => m.code)).toEqual(rijen.map((r) => r[0]!.trim()));
    for (const [sleutel, titel] of rijen) {
      const code = sleutel!.trim();
      const verwacht = titel!.startsWith(`${code} `) ? titel!.slice(code.length + 1) : titel;
      expect(vindMisdrijfsoort(sleutel!)?.titel, code).toBe(verwacht!.trim());
    }
  });
});

describe('misdrijfsoorten', () => {
  it('heeft 59 unieke codes met titel zonder code en een omschrijving van één zin', () => {
    expect(misdrijfsoorten).toHaveLength(59);
    expect(new Set(misdrijfsoorten.map((m) => m.code)).size).toBe(59);
    for (const m of misdrijfsoorten) {
      expect(m.code).toMatch(/^\d\.\d\.\d{1,2}$/);
      expect(m.titel.startsWith(m.code)).toBe(false);
      expect(m.omschrijving, m.code).toMatch(/^[A-Z].*\.$/);
      expect(m.omschrijving.length, m.code).toBeLessThanOrEqual(120);
    }
  });

  it('vindt een soort ook met de opvulspaties van de CBS-sleutel, en geen verzonnen code', () => {
    expect(vindMisdrijfsoort('1.1.1 ')?.titel).toBe('Diefstal/inbraak woning');
    expect(vindMisdrijfsoort(' 2.6.10')?.titel).toBe('Bestrijdingsmiddelen');
    expect(vindMisdrijfsoort('9.9.9')).toBeUndefined();
  });
});

describe('standaardkoppeling aan de thema\'s', () => {
  it('koppelt elke code precies één keer, in de volgorde van de misdrijfsoorten', () => {
    expect(standaardKoppeling).toHaveLength(59);
    expect(standaardKoppeling.map((k) => k.code)).toEqual(misdrijfsoorten.map((m) => m.code));
  });

  it('gebruikt alleen bestaande thema\'s, met een toelichting of een reden', () => {
    for (const k of standaardKoppeling) {
      if (k.themaId === null) {
        expect(k.reden.trim(), k.code).not.toBe('');
      } else {
        expect(isThemaId(k.themaId), k.code).toBe(true);
        expect(k.toelichting.trim(), k.code).not.toBe('');
      }
    }
  });

  it('koppelt totalen aan geen thema, zodat niets dubbel telt', () => {
    for (const code of totalen) {
      expect(standaardKoppeling.find((k) => k.code === code)).toEqual({ code, themaId: null, reden: redenTotaal });
    }
    const metRedenTotaal = standaardKoppeling.filter((k) => k.themaId === null && k.reden === redenTotaal);
    expect(metRedenTotaal.map((k) => k.code)).toEqual(totalen);
  });

  it('volgt de methode bij de bekende gevallen', () => {
    expect(themaVoorCode('1.1.1')).toBe('1.3'); // woninginbraak
    expect(themaVoorCode('1.4.6')).toBe('1.3'); // straatroof
    expect(themaVoorCode('2.5.2')).toBe('2.1'); // winkeldiefstal
    expect(themaVoorCode('2.5.1')).toBe('2.2'); // inbraak bedrijven
    expect(themaVoorCode('3.1.1')).toBe('5.2'); // drugshandel
    expect(themaVoorCode('1.6.3')).toBe('5.2'); // mensenhandel
    expect(themaVoorCode('2.2.1')).toBe('1.2'); // vernieling
    expect(themaVoorCode('1.3.1')).toBe('4.1'); // verkeersongevallen
    expect(themaVoorCode('3.5.2')).toBe('4.1'); // rijden onder invloed
    expect(themaVoorCode('3.7.1')).toBe('5.1'); // discriminatie
    expect(vindThema('5.2')?.naam).toMatch(/ondermijnende criminaliteit/);
    expect(vindThema('4.1')?.naam).toBe('Verkeersveiligheid');
  });

  it('negeert spaties rond de code en geeft null voor een onbekende code', () => {
    expect(themaVoorCode(' 1.1.1 ')).toBe('1.3');
    expect(themaVoorCode('0.0.0')).toBeNull();
    expect(themaVoorCode('9.9.9')).toBeNull();
  });
});

describe('afwijkingen van een werkruimte', () => {
  const afwijkingen = new Map<string, string | null>([
    ['1.2.4', '2.1'],
    ['1.1.1', null],
    ['2.6.4', '1.2'],
  ]);

  it('laten de keuze van de werkruimte voorgaan, ook als die "geen thema" is', () => {
    expect(themaVoorCode('1.2.4', afwijkingen)).toBe('2.1');
    expect(themaVoorCode('1.2.4 ', afwijkingen)).toBe('2.1');
    expect(themaVoorCode('1.1.1', afwijkingen)).toBeNull();
    expect(themaVoorCode('2.6.4', afwijkingen)).toBe('1.2');
    expect(themaVoorCode('1.2.3', afwijkingen)).toBe('1.3');
    expect(themaVoorCode('1.2.4', new Map())).toBe('1.3');
  });

  it('werken door in de codes per thema', () => {
    const perThema = codesPerThema(afwijkingen);
    expect(perThema.get('2.1')).toEqual(['1.2.4', '2.5.2']);
    expect(perThema.get('1.3')).not.toContain('1.1.1');
    expect(perThema.get('1.3')).not.toContain('1.2.4');
    expect(perThema.get('1.2')).toEqual(['2.2.1', '2.6.4']);
  });
});

describe('herziening door een veiligheidsdeskundige (issue 16)', () => {
  // Landelijke cijfers 2023 (CBS 47025NED, ../shared/data/cbs-national): wat er onder 5.2 telde.
  const landelijk2023: Record<string, number> = {
    '1.6.3': 628, '2.7.2': 2393, '3.1.1': 13468, '3.1.2': 58, '3.2.2': 0, '3.7.4': 12029, '3.9.1': 88132, '3.9.2': 346,
  };

  it('telt horizontale fraude (3.9.1) bij veelvoorkomende criminaliteit, met gedigitaliseerde criminaliteit als strategisch thema', () => {
    expect(themaVoorCode('3.9.1')).toBe('1.3');
    expect(strategischVoorCode('3.9.1')).toEqual(['gedigitaliseerde-criminaliteit']);
    // Onder de oude koppeling was 3.9.1 75 % van "ondermijning": 88.132 van 117.054 in 2023.
    const oud = Object.values(landelijk2023).reduce((a, b) => a + b, 0);
    expect(oud).toBe(117_054);
    const nu = (codesPerThema().get('5.2') ?? []).reduce((som, c) => som + (landelijk2023[c] ?? 0), 0);
    expect(nu).toBe(117_054 - 88_132);
    expect(codesPerThema().get('5.2')).not.toContain('3.9.1');
  });

  it('telt brand en explosies (1.6.1) als high impact crime, niet als fysieke kwaliteit', () => {
    expect(themaVoorCode('1.6.1')).toBe('1.3');
    expect(codesPerThema().get('1.2')).not.toContain('1.6.1');
  });

  it('telt illegaal vuurwerk (2.6.9) bij overlast en openbare orde, niet bij gevaarlijke stoffen', () => {
    expect(themaVoorCode('2.6.9')).toBe('1.1');
    expect(codesPerThema().get('4.3')).toEqual(['2.6.1', '2.6.8']);
  });

  it('leest aantasting openbare orde (3.6.4) als misdrijf tegen het gezag (5.3) en zegt waarom niet als openbare ruimte', () => {
    expect(themaVoorCode('3.6.4')).toBe('5.3');
    const k = standaardKoppeling.find((x) => x.code === '3.6.4')!;
    expect(k.themaId === null ? '' : k.toelichting).toMatch(/begrotingsindicator vernielingen/);
  });

  it('koppelt een strategisch thema alleen naast een thema, met een bestaand id', () => {
    const ids = new Set(strategischeThemas.map((s) => s.id));
    const met = standaardKoppeling.filter((k) => k.themaId !== null && k.strategisch?.length);
    expect(met.map((k) => k.code)).toEqual(['3.2.1', '3.7.4', '3.9.1']);
    for (const k of met) for (const id of k.themaId !== null ? k.strategisch! : []) expect(ids.has(id)).toBe(true);
    expect(strategischVoorCode('0.0.0')).toEqual([]);
    expect(strategischVoorCode('1.1.1')).toEqual([]);
  });
});

describe('bijdragen per thema', () => {
  const aantallen = new Map<string, number | null>([
    ['1.2.3', 400],
    ['3.9.1', 250],
    ['1.1.1', 150],
    ['1.4.5', 100],
    ['1.2.1', 60],
    ['1.2.4', 40],
    ['1.4.2', 0],
    ['1.4.6', null],
    ['2.5.2', 7],
  ]);
  const bijdragen = bijdragenPerThema((c) => aantallen.get(c));

  it('zet per thema de codes met een aantal op volgorde, met hun aandeel', () => {
    const t13 = bijdragen.find((t) => t.themaId === '1.3')!;
    expect(t13.totaal).toBe(1000);
    expect(t13.bijdragen.map((b) => [b.code, b.aandeel])).toEqual([
      ['1.2.3', 40],
      ['3.9.1', 25],
      ['1.1.1', 15],
      ['1.4.5', 10],
      ['1.2.1', 6],
      ['1.2.4', 4],
    ]);
    expect(t13.bijdragen[0]!.titel).toBe('Diefstal van brom-, snor-, fietsen');
    // 1.4.2 telt mee met 0 en heeft dus een cijfer; 1.4.6 is onbekend.
    expect(t13.zonderCijfer).toContain('1.4.6');
    expect(t13.zonderCijfer).not.toContain('1.4.2');
    expect(t13.strategisch).toEqual([{ id: 'gedigitaliseerde-criminaliteit', codes: [{ code: '3.9.1', aantal: 250 }] }]);
  });

  it('beschrijft een thema met zijn grootste codes', () => {
    const t13 = bijdragen.find((t) => t.themaId === '1.3')!;
    expect(beschrijfBijdragen(t13)).toBe('vooral 1.2.3 Diefstal van brom-, snor-, fietsen (40 %), 3.9.1 Horizontale fraude (25 %), 1.1.1 Diefstal/inbraak woning (15 %)');
    expect(beschrijfBijdragen(t13, 2)).toBe('vooral 1.2.3 Diefstal van brom-, snor-, fietsen (40 %), 3.9.1 Horizontale fraude (25 %)');
    // Stopt zodra de genoemde codes samen 75 % halen.
    expect(beschrijfBijdragen(t13, 5, 60)).toBe('vooral 1.2.3 Diefstal van brom-, snor-, fietsen (40 %), 3.9.1 Horizontale fraude (25 %)');
    expect(beschrijfBijdragen(bijdragen.find((t) => t.themaId === '2.1')!)).toBe('helemaal 2.5.2 Winkeldiefstal');
    const leeg = bijdragen.find((t) => t.themaId === '4.1')!;
    expect(leeg.totaal).toBeNull();
    expect(beschrijfBijdragen(leeg)).toBeNull();
    expect(procentTekst(0.3)).toBe('< 1 %');
    expect(procentTekst(39.6)).toBe('40 %');
  });

  it('volgt de afwijkingen van de werkruimte', () => {
    const anders = bijdragenPerThema((c) => aantallen.get(c), new Map([['3.9.1', '5.2']]));
    expect(anders.find((t) => t.themaId === '1.3')!.totaal).toBe(750);
    expect(anders.find((t) => t.themaId === '5.2')!.bijdragen.map((b) => b.code)).toEqual(['3.9.1']);
  });
});

describe('codes per thema', () => {
  it('bevat elke gekoppelde code precies één keer en geen code zonder thema', () => {
    const perThema = codesPerThema();
    const alle = [...perThema.values()].flat();
    const gekoppeld = standaardKoppeling.filter((k) => k.themaId !== null);
    expect(alle.toSorted()).toEqual(gekoppeld.map((k) => k.code).toSorted());
    for (const k of gekoppeld) expect(perThema.get(k.themaId)).toContain(k.code);
    for (const [thema, codes] of perThema) {
      expect(isThemaId(thema)).toBe(true);
      expect(codes.length).toBeGreaterThan(0);
    }
  });

  it('zet de thema\'s in de volgorde van de methode', () => {
    const themas = [...codesPerThema().keys()];
    expect(themas).toEqual(themas.toSorted());
    expect(themas[0]).toBe('1.1');
  });
});

describe('documentatie', () => {
  const tekst = readFileSync(documentatie, 'utf8');
  const rijen = new Map(
    tekst
      .split('\n')
      .filter((r) => /^\| \d\.\d\.\d{1,2} \|/.test(r))
      .map((r) => r.split('|').slice(1, -1).map((c) => c.trim()))
      .map(([code, titel, thema]) => [code!, { titel: titel!, thema: thema! }]),
  );

  it('noemt elke code één keer met titel en het gekoppelde thema', () => {
    expect(rijen.size).toBe(59);
    expect(tekst.split('\n').filter((r) => /^\| \d\.\d\.\d{1,2} \|/.test(r))).toHaveLength(59);
    for (const k of standaardKoppeling) {
      const rij = rijen.get(k.code);
      expect(rij, k.code).toBeDefined();
      expect(rij?.titel, k.code).toBe(vindMisdrijfsoort(k.code)?.titel);
      const verwacht = k.themaId === null ? 'geen' : `${k.themaId} ${vindThema(k.themaId)?.naam}`;
      expect(rij?.thema, k.code).toBe(verwacht);
    }
  });
});
