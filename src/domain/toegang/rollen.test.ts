import { describe, expect, it } from 'vitest';
import { acties, type Lidmaatschap, mag, magOpmerkingOplossen, magSectieBewerken, magSectieZien, rechten, rollen } from './rollen.ts';

const lid = (rol: Lidmaatschap['rol'], extra: Partial<Lidmaatschap> = {}): Lidmaatschap => ({
  rol,
  organisatieId: 'org-politie',
  vertrouwelijkToegang: false,
  ...extra,
});

describe('rechtentabel', () => {
  it('noemt elke actie en alleen bekende rollen', () => {
    expect(Object.keys(rechten).sort()).toEqual([...acties].sort());
    for (const toegestaan of Object.values(rechten)) for (const r of toegestaan) expect(rollen).toContain(r);
  });

  it('weigert zonder lidmaatschap alles', () => {
    for (const a of acties) expect(mag(null, a)).toBe(false);
  });

  it('laat alleen de coördinator leden beheren en de werkruimte wijzigen', () => {
    for (const r of rollen) {
      expect(mag(lid(r), 'leden.beheren')).toBe(r === 'coordinator');
      expect(mag(lid(r), 'werkruimte.wijzigen')).toBe(r === 'coordinator');
    }
  });

  it('laat lezer en raad niets schrijven', () => {
    for (const r of ['lezer', 'raad'] as const) {
      for (const a of ['sectie.bewerken', 'opmerking.plaatsen', 'leden.beheren', 'goedkeuring.vastleggen'] as const) {
        expect(mag(lid(r), a)).toBe(false);
      }
    }
  });

  it('laat de beslisser lezen, reageren en goedkeuren maar niet bewerken', () => {
    const b = lid('beslisser');
    expect(mag(b, 'secties.lezen')).toBe(true);
    expect(mag(b, 'opmerking.plaatsen')).toBe(true);
    expect(mag(b, 'goedkeuring.vastleggen')).toBe(true);
    expect(magSectieBewerken(b, { vertrouwelijk: false, toegewezenOrganisatieId: null })).toBe(false);
  });
});

describe('secties', () => {
  const open = { vertrouwelijk: false, toegewezenOrganisatieId: 'org-politie' };
  const vanAnder = { vertrouwelijk: false, toegewezenOrganisatieId: 'org-corporatie' };
  const geheim = { vertrouwelijk: true, toegewezenOrganisatieId: 'org-politie' };

  it('laat een partner alleen secties van de eigen organisatie bewerken', () => {
    expect(magSectieBewerken(lid('partner'), open)).toBe(true);
    expect(magSectieBewerken(lid('partner'), vanAnder)).toBe(false);
    expect(magSectieBewerken(lid('partner'), { vertrouwelijk: false, toegewezenOrganisatieId: null })).toBe(false);
  });

  it('laat redacteur en coördinator alle zichtbare secties bewerken', () => {
    expect(magSectieBewerken(lid('redacteur'), vanAnder)).toBe(true);
    expect(magSectieBewerken(lid('coordinator'), vanAnder)).toBe(true);
  });

  it('verbergt vertrouwelijke secties voor wie geen toegang heeft, ook voor de coördinator', () => {
    for (const r of rollen) {
      expect(magSectieZien(lid(r), geheim)).toBe(false);
      expect(magSectieBewerken(lid(r), geheim)).toBe(false);
    }
    expect(magSectieZien(lid('coordinator', { vertrouwelijkToegang: true }), geheim)).toBe(true);
    expect(magSectieBewerken(lid('partner', { vertrouwelijkToegang: true }), geheim)).toBe(true);
    expect(magSectieZien(lid('raad', { vertrouwelijkToegang: true }), geheim)).toBe(false);
  });

  it('laat de schrijver de eigen opmerking oplossen', () => {
    expect(magOpmerkingOplossen(lid('partner'), true)).toBe(true);
    expect(magOpmerkingOplossen(lid('partner'), false)).toBe(false);
    expect(magOpmerkingOplossen(lid('redacteur'), false)).toBe(true);
    expect(magOpmerkingOplossen(null, true)).toBe(false);
  });
});
