import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bewijsNamen, bewijsNiveaus, bewijsUitleg, bewijsVan } from './bewijs.ts';
import { methoden } from './data.ts';

describe('bewijs bij de methoden', () => {
  it('geeft elke methode van de catalogus een niveau met bron en toelichting, en null voor een onbekend id', () => {
    expect(methoden).toHaveLength(26);
    for (const m of methoden) {
      const b = bewijsVan(m.id);
      expect(b, m.id).not.toBeNull();
      expect(bewijsNiveaus).toContain(b!.niveau);
      expect(b!.bron.length, m.id).toBeGreaterThan(10);
      expect(b!.toelichting.length, m.id).toBeGreaterThan(40);
    }
    expect(bewijsVan('bestaat-niet')).toBeNull();
    expect(bewijsVan('')).toBeNull();
  });

  it('zegt bij onbekend dat er geen erkende beoordeling is gevonden', () => {
    const b = bewijsVan('veiligheidshuis')!;
    expect(b.niveau).toBe('onbekend');
    expect(b.bron).toMatch(/geen erkende beoordeling gevonden/i);
    expect(b.toelichting).toMatch(/niet bekend/);
  });

  it('geeft alleen een ander niveau dan onbekend met een precies genoemde erkende bron', () => {
    const erkend = methoden.map((m) => [m.id, bewijsVan(m.id)!] as const).filter(([, b]) => b.niveau !== 'onbekend');
    // Honest and small: only what a recognised source says (docs/methoden-bewijs.md).
    expect(Object.fromEntries(erkend.map(([id, b]) => [id, b.niveau]))).toEqual({ 'communities-that-care': 'veelbelovend', hotspotaanpak: 'veelbelovend' });
    for (const [id, b] of erkend) expect(b.bron, id).toMatch(/Campbell|Blueprints|Erkenningscommissie|databank/);
    expect(bewijsVan('hotspotaanpak')!.bron).toContain('10.4073/csr.2012.8');
  });

  it('heeft namen en uitleg voor elk niveau, en de bronnen staan in de documentatie', () => {
    for (const n of bewijsNiveaus) {
      expect(bewijsNamen[n].length).toBeGreaterThan(3);
      expect(bewijsUitleg[n].length).toBeGreaterThan(20);
    }
    const doc = readFileSync(new URL('../../../docs/methoden-bewijs.md', import.meta.url), 'utf8');
    for (const m of methoden) {
      const b = bewijsVan(m.id)!;
      if (b.niveau !== 'onbekend') expect(doc, m.id).toContain(m.naam);
    }
    expect(doc).toContain('10.4073/csr.2012.8');
    expect(doc).toContain('Blueprints');
  });
});
