import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isThemaId, strategischeThemas } from '../kennisbank/kennisbank.ts';
import { normaliseerZoektekst } from '../tekst/zoektekst.ts';
import { classificeer, classificeerAlle } from './classifier.ts';
import { deelVoor, labelset } from './labelset.ts';
import { meetNauwkeurigheid, wilsonInterval } from './nauwkeurigheid.ts';
import { synoniemen } from './synoniemen.ts';
import { toetsset2026 } from './toetsset-2026.ts';

const strategischeIds = new Set<string>(strategischeThemas.map((s) => s.id));
const geldig = (id: string) => isThemaId(id) || strategischeIds.has(id);

describe('classificatie van prioriteitstitels', () => {
  it('leest de voorbeelden van issue 17 zoals een deskundige', () => {
    const kernen = classificeer('Veilige en leefbare kernen');
    expect(kernen.suggesties[0]?.id).toBe('1.1');
    expect(kernen.suggesties[0]?.soort).toBe('thema');
    expect(kernen.suggesties[0]?.naam).toBe('Sociale kwaliteit');

    const ondermijning = classificeer('Aanpak ondermijning en georganiseerde criminaliteit');
    expect(ondermijning.suggesties[0]?.id).toBe('5.2');
    expect(ondermijning.suggesties[0]?.zekerheid).toBeGreaterThan(0.5);

    const zorg = classificeer('Zorg en veiligheid');
    expect(zorg.suggesties[0]).toMatchObject({ id: 'zorg-en-veiligheid', soort: 'strategisch-thema', naam: 'Zorg en Veiligheid' });
  });

  it('geeft hoogstens drie suggesties, beste eerst, met zekerheid tussen 0 en 1 en een uitleg', () => {
    for (const titel of ['Woninginbraken', 'Veilig uitgaan', 'Cybercrime', 'Jeugd en veiligheid', 'Brandveiligheid']) {
      const { suggesties } = classificeer(titel);
      expect(suggesties.length).toBeGreaterThan(0);
      expect(suggesties.length).toBeLessThanOrEqual(3);
      for (const s of suggesties) {
        expect(geldig(s.id)).toBe(true);
        expect(s.zekerheid).toBeGreaterThanOrEqual(0);
        expect(s.zekerheid).toBeLessThanOrEqual(1);
        expect(s.waarom.length).toBeGreaterThan(10);
      }
      const z = suggesties.map((s) => s.zekerheid);
      expect([...z].sort((a, b) => b - a)).toEqual(z);
    }
  });

  it('legt uit welk woord met welke tekst van het thema overeenkwam', () => {
    const s = classificeer('Woninginbraken')!.suggesties[0]!;
    expect(s.id).toBe('1.3');
    expect(s.waarom).toContain('‘Woninginbraken’');
    expect(s.waarom).toMatch(/trefwoord|synoniem|naam van het thema/);
    // Een samenstelling die niet als geheel in de kennisbank staat, via haar delen.
    const d = classificeer('Jeugdoverlastpreventie').suggesties[0]!;
    expect(d.id).toBe('3.1');
    expect(d.waarom).toContain('als deel van');
  });

  it('vindt meervoud en enkelvoud via de stam', () => {
    expect(classificeer('Bedrijventerrein').suggesties[0]?.id).toBe('2.2');
    expect(classificeer('Veilige bedrijventerreinen').suggesties[0]?.id).toBe('2.2');
    expect(classificeer('Evenement').suggesties[0]?.id).toBe('2.4');
  });

  it('geeft geen suggesties voor een titel zonder enig passend woord', () => {
    expect(classificeer('Planning en control').suggesties).toEqual([]);
    expect(classificeer('   ').suggesties).toEqual([]);
  });

  it('classificeert een lijst in dezelfde volgorde', () => {
    const r = classificeerAlle(['Verkeersveiligheid', 'Radicalisering']);
    expect(r.map((x) => x.suggesties[0]?.id)).toEqual(['4.1', '5.1']);
  });

  it('kent alleen synoniemen voor bestaande thema\'s', () => {
    for (const id of Object.keys(synoniemen)) expect(geldig(id), id).toBe(true);
  });
});

describe('de gelabelde set', () => {
  it('heeft minstens 150 echte titels met bron, unieke titels en geldige labels', () => {
    expect(labelset.length).toBeGreaterThanOrEqual(150);
    const titels = new Set(labelset.map((l) => normaliseerZoektekst(l.titel)));
    expect(titels.size).toBe(labelset.length);
    for (const l of labelset) {
      expect(l.bron, l.titel).toMatch(/^(https?:\/\/|seed \d{3}_)/);
      expect(l.gemeente.length).toBeGreaterThan(0);
      expect(l.labels.length).toBeGreaterThan(0);
      for (const id of l.labels) expect(geldig(id), `${l.titel}: ${id}`).toBe(true);
    }
  });

  it('verdeelt training en toets volgens de vaste regel (hash van de titel), niet met de hand', () => {
    for (const l of labelset) expect(l.deel, l.titel).toBe(deelVoor(l.titel));
    const toets = labelset.filter((l) => l.deel === 'toets').length;
    expect(toets / labelset.length).toBeGreaterThan(0.2);
    expect(toets / labelset.length).toBeLessThan(0.4);
  });

  // De niveaus die docs/prioriteit-classificatie.md meldt; een wijziging die ze verlaagt, faalt hier.
  it('haalt op de oude toetsset minstens 34 van 39 goed als eerste suggestie en 36 van 39 bij de eerste drie', () => {
    const r = meetNauwkeurigheid(labelset.filter((l) => l.deel === 'toets'));
    expect(r.aantal).toBe(39);
    expect(Math.round(r.top1 * r.aantal)).toBeGreaterThanOrEqual(34);
    expect(Math.round(r.top3 * r.aantal)).toBeGreaterThanOrEqual(36);
  });

  it('haalt op het trainingsdeel 111 van 111 als eerste suggestie', () => {
    const r = meetNauwkeurigheid(labelset.filter((l) => l.deel === 'training'));
    expect(r.aantal).toBe(111);
    expect(Math.round(r.top1 * r.aantal)).toBeGreaterThanOrEqual(111);
    expect(r.top3).toBe(1);
  });
});

describe('de nieuwe toetsset 2026', () => {
  const sleutel = (t: string) => normaliseerZoektekst(t).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

  it('heeft minstens 40 echte titels met bron, geldige labels, en geen titel uit de gelabelde set of de fixture', () => {
    expect(toetsset2026.length).toBeGreaterThanOrEqual(40);
    const eigen = new Set(toetsset2026.map((l) => sleutel(l.titel)));
    expect(eigen.size).toBe(toetsset2026.length);
    const bekend = new Set(labelset.map((l) => sleutel(l.titel)));
    const csv = readFileSync(new URL('../landelijk/fixtures/prioriteiten-voorbeeld.csv', import.meta.url), 'utf8');
    for (const regel of csv.split('\n').slice(1).filter(Boolean)) bekend.add(sleutel(regel.split(';')[3]!.replace(/^"|"$/g, '')));
    for (const l of toetsset2026) {
      expect(bekend.has(sleutel(l.titel)), l.titel).toBe(false);
      expect(l.deel).toBe('toets');
      expect(l.bron, l.titel).toMatch(/^https?:\/\//);
      expect(l.gemeente.length).toBeGreaterThan(0);
      expect(l.labels.length).toBeGreaterThan(0);
      for (const id of l.labels) expect(geldig(id), `${l.titel}: ${id}`).toBe(true);
    }
  });

  // Gemeten in december 2026, na het bevriezen van de classificatie (zie docs/prioriteit-classificatie.md).
  // Dit is het gemeten niveau, geen doel: het doel van 90 % top-1 is op deze set niet gehaald.
  it('haalt op de nieuwe toetsset 36 van 43 als eerste suggestie en 38 van 43 bij de eerste drie', () => {
    const r = meetNauwkeurigheid(toetsset2026);
    expect(r.aantal).toBe(43);
    expect(Math.round(r.top1 * r.aantal)).toBeGreaterThanOrEqual(36);
    expect(Math.round(r.top3 * r.aantal)).toBeGreaterThanOrEqual(38);
  });

  it('haalt op beide toetssets samen 70 van 82 als eerste suggestie en 74 van 82 bij de eerste drie', () => {
    const r = meetNauwkeurigheid([...labelset.filter((l) => l.deel === 'toets'), ...toetsset2026]);
    expect(r.aantal).toBe(82);
    expect(Math.round(r.top1 * r.aantal)).toBeGreaterThanOrEqual(70);
    expect(Math.round(r.top3 * r.aantal)).toBeGreaterThanOrEqual(74);
  });

  it('rekent het 95 %-interval van Wilson', () => {
    const i = wilsonInterval(36, 43);
    expect(i.onder).toBeCloseTo(0.7, 2);
    expect(i.boven).toBeCloseTo(0.919, 2);
    expect(wilsonInterval(10, 10).boven).toBe(1);
    expect(wilsonInterval(0, 10).onder).toBe(0);
    expect(wilsonInterval(0, 0)).toEqual({ onder: 0, boven: 1 });
  });
});
