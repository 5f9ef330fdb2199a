import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isThemaId, vindThema } from '../kennisbank/kennisbank.ts';
import { misdrijfsoorten, vindMisdrijfsoort } from './misdrijfsoorten.ts';
import { codesPerThema, redenTotaal, standaardKoppeling, themaVoorCode } from './themakoppeling.ts';
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
    expect(perThema.get('1.2')).toEqual(['1.6.1', '2.2.1', '2.6.4']);
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
