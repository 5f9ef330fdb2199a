import { describe, expect, it } from 'vitest';
import { platteTekst, rijkeBlokken, type RijkeKnoop, uitPlatteTekst } from './rijk.ts';

const tekst = (t: string, marks?: RijkeKnoop['marks']): RijkeKnoop => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const alinea = (...c: RijkeKnoop[]): RijkeKnoop => ({ type: 'paragraph', content: c });
const item = (...c: RijkeKnoop[]): RijkeKnoop => ({ type: 'listItem', content: c });

describe('rijke tekst', () => {
  const doc: RijkeKnoop = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 3 }, content: [tekst('Aanpak')] },
      alinea(tekst('We werken '), tekst('samen', [{ type: 'bold' }]), tekst(' met '), tekst('de politie', [{ type: 'link', attrs: { href: 'https://politie.nl' } }]), tekst('.')),
      alinea(),
      { type: 'bulletList', content: [item(alinea(tekst('Toezicht'))), item(alinea(tekst('Preventie')), { type: 'orderedList', content: [item(alinea(tekst('Voorlichting')))] })] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [{ type: 'tableHeader', content: [alinea(tekst('Wijk'))] }, { type: 'tableHeader', content: [alinea(tekst('Inzet'))] }] },
          { type: 'tableRow', content: [{ type: 'tableCell', content: [alinea(tekst('Molenwijk'))] }, { type: 'tableCell', content: [alinea(tekst('Boa'))] }] },
        ],
      },
    ],
  };

  it('geeft koppen, alinea\'s met opmaak, geneste lijsten en tabellen als blokken; lege alinea\'s vallen weg', () => {
    const b = rijkeBlokken(doc);
    expect(b.map((x) => x.soort)).toEqual(['kop', 'alinea', 'lijst', 'tabel']);
    expect(b[0]).toEqual({ soort: 'kop', niveau: 1, delen: [{ tekst: 'Aanpak' }] });
    expect(b[1]).toMatchObject({ delen: [{ tekst: 'We werken ' }, { tekst: 'samen', vet: true }, { tekst: ' met ' }, { tekst: 'de politie', link: 'https://politie.nl' }, { tekst: '.' }] });
    expect(b[2]).toEqual({
      soort: 'lijst',
      items: [
        { delen: [{ tekst: 'Toezicht' }], niveau: 0, genummerd: false },
        { delen: [{ tekst: 'Preventie' }], niveau: 0, genummerd: false },
        { delen: [{ tekst: 'Voorlichting' }], niveau: 1, genummerd: true },
      ],
    });
    expect(b[3]).toMatchObject({ soort: 'tabel', kop: true });
  });

  it('neemt geen link over met een ander schema dan http(s) of mailto', () => {
    const b = rijkeBlokken({ type: 'doc', content: [alinea(tekst('klik', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))] });
    expect(b[0]).toEqual({ soort: 'alinea', delen: [{ tekst: 'klik' }] });
  });

  it('maakt er platte tekst van voor zoeken, de privacycontrole en de geschiedenis', () => {
    expect(platteTekst(doc)).toBe('Aanpak\n\nWe werken samen met de politie.\n\n- Toezicht\n- Preventie\n  1. Voorlichting\n\nWijk | Inzet\nMolenwijk | Boa');
  });

  it('zet een oude platte tekst om: alinea\'s, opsommingen en genummerde lijsten, en terug', () => {
    const oud = 'Eerste alinea\nmet een regel.\n\n- een\n- twee\n\n1. stap\n2. stap';
    const rijk = uitPlatteTekst(oud);
    expect(rijk.content?.map((k) => k.type)).toEqual(['paragraph', 'bulletList', 'orderedList']);
    expect(platteTekst(rijk)).toBe(oud);
    expect(uitPlatteTekst('   \n\n ')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
