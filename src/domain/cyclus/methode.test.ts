/**
 * Houdt methode.ts tegen de handreiking Kernbeleid Veiligheid (shared/seeds/003_…): de zes stappen,
 * doorlooptijden, dagen van de coördinator, deelstappen en de indeling van IVP en uitvoeringsplan;
 * daarnaast de statusmachine, de procescontrole, de standaardplanning, de tijdlijn en docs/cyclus.md.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { stapStatussen, type Proces, type Startnotitie, type Stapvoortgang } from './inhoud.ts';
import {
  beginStandaardplanning,
  controleerProces,
  ivpHoofdstukken,
  magOvergaan,
  standaardProces,
  stapOvergangen,
  stappen,
  startnotitieOnderdelen,
  tijdlijn,
  uitvoeringsplanHoofdstukken,
} from './methode.ts';
import { vereistBestand } from '../../../tests/support/vereist.ts';

const seedPad = new URL('../../../../shared/seeds/003_0d3239005274f14b.txt', import.meta.url);

describe('de zes stappen', () => {
  it('zijn er zes, genummerd 1 tot en met 6 met de namen van de methode', () => {
    expect(stappen.map((s) => [s.nummer, s.naam])).toEqual([
      [1, 'Opstart'],
      [2, 'Veiligheidsanalyse'],
      [3, 'Prioritering'],
      [4, 'Opstellen IVP'],
      [5, 'Opstellen uitvoeringsplan'],
      [6, 'Van beleid naar uitvoering'],
    ]);
  });

  it('hebben de doorlooptijden uit de handreiking (stap 6 loopt door)', () => {
    expect(stappen.map((s) => s.doorlooptijdWeken)).toEqual([
      { min: 4, max: 6 },
      { min: 8, max: 10 },
      { min: 4, max: 4 },
      { min: 8, max: 8 },
      { min: 6, max: 6 },
      null,
    ]);
  });

  it('hebben de geraamde dagen voor de coördinator', () => {
    expect(stappen.map((s) => s.dagenCoordinator)).toEqual([
      { min: 2, max: 2 },
      { min: 8, max: 10 },
      { min: 2, max: 2 },
      { min: 8, max: 10 },
      { min: 6, max: 8 },
      { min: 2, max: 2 },
    ]);
  });

  it('hebben evenveel deelstappen als de handreiking noemt, doorgenummerd per stap', () => {
    expect(stappen.slice(0, 5).map((s) => s.deelstappen.length)).toEqual([3, 8, 3, 7, 7]);
    expect(stappen[5]!.deelstappen.length).toBeGreaterThan(0);
    for (const s of stappen) {
      expect(s.deelstappen.map((d) => d.id)).toEqual(s.deelstappen.map((_, i) => `${s.nummer}.${i + 1}`));
      for (const d of s.deelstappen) expect(d.naam.trim()).not.toBe('');
      expect(s.resultaat.trim()).not.toBe('');
    }
  });

  it.skipIf(!vereistBestand(seedPad))('staan met dezelfde naam als kop in de handreiking', () => {
    const seed = readFileSync(seedPad, 'utf8').toLowerCase();
    for (const s of stappen) expect(seed).toContain(`stap ${s.nummer}: ${s.naam.toLowerCase()}`);
  });
});

describe('indeling van de documenten', () => {
  it('de startnotitie dekt elk tekstveld precies één keer, behalve werkgroep en zekere thema’s', () => {
    // Volledig getypeerd: tsc klaagt als Startnotitie een tekstveld krijgt dat hier ontbreekt.
    const tekstvelden: Record<Exclude<keyof Startnotitie, 'werkgroep' | 'zekereThemas'>, true> = {
      aanleiding: true,
      producten: true,
      beleidscyclus: true,
      planning: true,
      partners: true,
      benodigdeTijd: true,
      rolRaad: true,
      inwonersraadpleging: true,
      flankerendBeleid: true,
    };
    expect(startnotitieOnderdelen.map((o) => o.veld)).toEqual(Object.keys(tekstvelden));
    for (const o of startnotitieOnderdelen) {
      expect(o.label.trim()).not.toBe('');
      expect(o.hint.trim()).not.toBe('');
    }
  });

  it('het IVP heeft de zeven hoofdstukken in de volgorde van de methode', () => {
    expect(ivpHoofdstukken.map((h) => [h.nummer, h.titel])).toEqual([
      [1, 'Uitgangssituatie'],
      [2, 'Strategische doelstelling'],
      [3, 'Strategische uitgangspunten'],
      [4, 'Prioriteiten'],
      [5, "Overige strategische thema's"],
      [6, 'Coördinatie en beleidscyclus'],
      [7, 'Begroting'],
    ]);
    for (const h of ivpHoofdstukken) expect(h.hint.trim()).not.toBe('');
  });

  it('het uitvoeringsplan heeft vijf hoofdstukken in de volgorde van de methode', () => {
    expect(uitvoeringsplanHoofdstukken.map((h) => [h.nummer, h.titel])).toEqual([
      [1, 'Hoofdlijn IVP en beleidscyclus'],
      [2, 'Terugblik'],
      [3, 'Uitwerking prioriteiten'],
      [4, "Uitwerking overige strategische thema's"],
      [5, 'Begroting'],
    ]);
    for (const h of uitvoeringsplanHoofdstukken) expect(h.hint.trim()).not.toBe('');
  });
});

describe('statusovergangen', () => {
  it('de tabel bevat precies de vier overgangen met hun actie', () => {
    expect(stapOvergangen.map((o) => `${o.van}>${o.naar}:${o.actie}`)).toEqual([
      'niet-gestart>bezig:Starten',
      'bezig>afgerond:Afronden',
      'afgerond>bezig:Heropenen',
      'bezig>niet-gestart:Terugzetten',
    ]);
  });

  it('staat elke overgang uit de tabel toe, gelijk blijven ook, en weigert de rest', () => {
    for (const van of stapStatussen) {
      for (const naar of stapStatussen) {
        const inTabel = stapOvergangen.some((o) => o.van === van && o.naar === naar);
        expect(magOvergaan(van, naar), `${van} -> ${naar}`).toBe(inTabel || van === naar);
      }
    }
    expect(magOvergaan('niet-gestart', 'afgerond')).toBe(false);
    expect(magOvergaan('afgerond', 'niet-gestart')).toBe(false);
  });
});

/** Een geldig proces: stap 1 afgerond (met al zijn deelstappen), stap 2 bezig. */
function geldigProces(): Proces {
  const p = standaardProces('2027-01-04');
  const [s1, s2] = p.stappen as [Stapvoortgang, Stapvoortgang];
  Object.assign(s1, {
    status: 'afgerond',
    werkelijkStart: '2027-01-04',
    werkelijkEinde: '2027-02-19',
    deelstappen: { '1.1': 'afgerond', '1.2': 'afgerond', '1.3': 'afgerond' },
  });
  Object.assign(s2, { status: 'bezig', werkelijkStart: '2027-02-22', deelstappen: { '2.1': 'bezig' } });
  return p;
}

function gewijzigd(aanpassing: (p: Proces) => void): Proces {
  const p = structuredClone(geldigProces());
  aanpassing(p);
  return p;
}

describe('controleerProces', () => {
  it('vindt niets bij een geldig proces en bij een geldige wijziging', () => {
    expect(controleerProces(geldigProces(), geldigProces())).toEqual([]);
    const vorig = gewijzigd((p) => {
      p.stappen[0]!.status = 'bezig';
    });
    expect(controleerProces(vorig, geldigProces())).toEqual([]);
  });

  it('laat een latere stap starten terwijl een eerdere nog niet gestart is (stappen overlappen)', () => {
    const nieuw = gewijzigd((p) => {
      p.stappen[4]!.status = 'bezig';
    });
    expect(nieuw.stappen[3]!.status).toBe('niet-gestart');
    expect(controleerProces(geldigProces(), nieuw)).toEqual([]);
  });

  it('meldt een statusovergang die niet in de tabel staat, tussen twee keer zelf ingesteld', () => {
    const vorig = geldigProces();
    vorig.stappen[0]!.handmatig = true;
    const nieuw = gewijzigd((p) => {
      p.stappen[0]!.status = 'niet-gestart';
      p.stappen[0]!.handmatig = true;
    });
    expect(controleerProces(vorig, nieuw)).toEqual([
      { veld: 'stappen[0].status', reden: expect.stringContaining("van 'afgerond' naar 'niet-gestart'") },
    ]);
    // A step that follows the work has no status of its own; the first time it is set by hand is no transition.
    expect(controleerProces(geldigProces(), nieuw)).toEqual([]);
  });

  it('meldt een afgeronde stap met een deelstap die nog niet af is, en noemt die deelstap', () => {
    const nieuw = gewijzigd((p) => {
      const s2 = p.stappen[1]!;
      s2.status = 'afgerond';
      s2.deelstappen = Object.fromEntries(stappen[1]!.deelstappen.map((d) => [d.id, 'afgerond']));
      s2.deelstappen['2.6'] = 'bezig';
    });
    expect(controleerProces(geldigProces(), nieuw)).toEqual([
      { veld: 'stappen[1].status', reden: expect.stringContaining('deelstap 2.6') },
    ]);
  });

  it('meldt een ontbrekende deelstap ook als niet afgerond', () => {
    const nieuw = gewijzigd((p) => {
      p.stappen[0]!.deelstappen = { '1.1': 'afgerond', '1.3': 'afgerond' };
    });
    const bevindingen = controleerProces(geldigProces(), nieuw);
    expect(bevindingen).toHaveLength(1);
    expect(bevindingen[0]!.reden).toContain('deelstap 1.2');
  });

  it('meldt een werkelijk einde vóór de werkelijke start', () => {
    const nieuw = gewijzigd((p) => {
      p.stappen[0]!.werkelijkEinde = '2027-01-01';
    });
    expect(controleerProces(geldigProces(), nieuw)).toEqual([
      { veld: 'stappen[0].werkelijkEinde', reden: expect.stringContaining('vóór') },
    ]);
  });

  it('meldt een gepland einde vóór de geplande start', () => {
    const nieuw = gewijzigd((p) => {
      p.stappen[2]!.geplandEinde = '2027-01-01';
    });
    expect(controleerProces(geldigProces(), nieuw)).toEqual([
      { veld: 'stappen[2].geplandEinde', reden: expect.stringContaining('vóór') },
    ]);
  });

  it('meldt een datum die geen geldige ISO-datum is', () => {
    const nieuw = gewijzigd((p) => {
      p.stappen[3]!.geplandStart = '2027-02-30';
    });
    expect(controleerProces(geldigProces(), nieuw)).toEqual([
      { veld: 'stappen[3].geplandStart', reden: expect.stringContaining('geen geldige datum') },
    ]);
  });

  it('meldt een negatief aantal geschatte dagen', () => {
    const nieuw = gewijzigd((p) => {
      p.stappen[1]!.geschatteDagen = -1;
    });
    expect(controleerProces(geldigProces(), nieuw)).toEqual([
      { veld: 'stappen[1].geschatteDagen', reden: expect.any(String) },
    ]);
  });

  it('meldt een deelstap die niet bij de stap hoort', () => {
    const nieuw = gewijzigd((p) => {
      p.stappen[1]!.deelstappen['3.1'] = 'bezig';
      p.stappen[1]!.deelstappen['2.9'] = 'bezig';
    });
    expect(controleerProces(geldigProces(), nieuw)).toEqual([
      { veld: "stappen[1].deelstappen['3.1']", reden: expect.stringContaining('3.1') },
      { veld: "stappen[1].deelstappen['2.9']", reden: expect.stringContaining('2.9') },
    ]);
  });

  it('meldt een dubbele stap en de stap die daardoor ontbreekt', () => {
    const nieuw = gewijzigd((p) => {
      p.stappen[5]!.stap = 5;
    });
    expect(controleerProces(geldigProces(), nieuw)).toEqual([
      { veld: 'stappen[5].stap', reden: expect.stringContaining('meer dan één keer') },
      { veld: 'stappen', reden: expect.stringContaining('Stap 6') },
    ]);
  });

  it('meldt een onbekend stapnummer en een ontbrekende stap', () => {
    const nieuw = gewijzigd((p) => {
      (p.stappen[2] as { stap: number }).stap = 7;
    });
    expect(controleerProces(geldigProces(), nieuw)).toEqual([
      { veld: 'stappen[2].stap', reden: expect.stringContaining('Stap 7 bestaat niet') },
      { veld: 'stappen', reden: expect.stringContaining('Stap 3') },
    ]);
    const zonderStap6 = gewijzigd((p) => {
      p.stappen.pop();
    });
    expect(controleerProces(geldigProces(), zonderStap6)).toEqual([
      { veld: 'stappen', reden: expect.stringContaining('Stap 6') },
    ]);
  });
});

describe('standaardProces', () => {
  const p = standaardProces('2027-01-04');

  it('zet de zes stappen achter elkaar met de langste doorlooptijd', () => {
    expect(p.stappen.map((s) => [s.stap, s.geplandStart, s.geplandEinde])).toEqual([
      [1, '2027-01-04', '2027-02-15'], // + 6 weken
      [2, '2027-02-15', '2027-04-26'], // + 10 weken
      [3, '2027-04-26', '2027-05-24'], // + 4 weken
      [4, '2027-05-24', '2027-07-19'], // + 8 weken
      [5, '2027-07-19', '2027-08-30'], // + 6 weken
      [6, '2027-08-30', null],
    ]);
  });

  it('begint overal leeg en niet gestart, met de hoogste dagenraming', () => {
    for (const s of p.stappen) {
      expect(s).toMatchObject({ status: 'niet-gestart', eigenaar: '', werkelijkStart: null, werkelijkEinde: null, deelstappen: {} });
    }
    expect(p.stappen.map((s) => s.geschatteDagen)).toEqual([2, 10, 2, 10, 8, 2]);
  });
});

describe('tijdlijn', () => {
  it('zet gepland en werkelijk naast elkaar, met afwijking en te laat', () => {
    const regels = tijdlijn(geldigProces(), '2027-05-10');
    // Stap 1: gepland 6 weken, werkelijk 2027-01-04..2027-02-19 = 46 dagen = 6,6 weken.
    expect(regels[0]).toEqual({ stap: 1, naam: 'Opstart', geplandWeken: 6, werkelijkWeken: 6.6, afwijkingWeken: 0.6, teLaat: false });
    // Stap 2: bezig sinds 2027-02-22, tot vandaag 11 weken; gepland 10; einde 2027-04-26 is voorbij.
    expect(regels[1]).toEqual({
      stap: 2,
      naam: 'Veiligheidsanalyse',
      geplandWeken: 10,
      werkelijkWeken: 11,
      afwijkingWeken: 1,
      teLaat: true,
    });
    // Stap 3: niet gestart, gepland einde 2027-05-24 nog niet bereikt.
    expect(regels[2]).toMatchObject({ geplandWeken: 4, werkelijkWeken: null, afwijkingWeken: null, teLaat: false });
    // Stap 6: geen gepland einde.
    expect(regels[5]).toMatchObject({ stap: 6, geplandWeken: null, afwijkingWeken: null, teLaat: false });
  });

  it('noemt een niet-afgeronde stap te laat na zijn geplande einde, een afgeronde nooit', () => {
    const proces = geldigProces();
    expect(tijdlijn(proces, '2027-05-25')[2]!.teLaat).toBe(true);
    expect(tijdlijn(proces, '2027-05-24')[2]!.teLaat).toBe(false);
    expect(tijdlijn(proces, '2030-01-01')[0]!.teLaat).toBe(false);
  });

  it('rekent een stap die sneller klaar is als negatieve afwijking, op één decimaal', () => {
    const proces = gewijzigd((p) => {
      p.stappen[0]!.werkelijkEinde = '2027-02-01'; // 28 dagen = 4 weken
    });
    expect(tijdlijn(proces, '2027-03-01')[0]).toMatchObject({ werkelijkWeken: 4, afwijkingWeken: -2 });
    const kort = gewijzigd((p) => {
      p.stappen[0]!.werkelijkEinde = '2027-01-14'; // 10 dagen = 1,43 weken
    });
    expect(tijdlijn(kort, '2027-03-01')[0]).toMatchObject({ werkelijkWeken: 1.4, afwijkingWeken: -4.6 });
  });
});

describe('docs/cyclus.md', () => {
  const md = readFileSync(new URL('../../../docs/cyclus.md', import.meta.url), 'utf8');
  const mermaid = /```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
  const id = (status: string) => status.replace(/-/g, '_');

  it('tekent het statusdiagram als stateDiagram-v2 met elke overgang uit de tabel', () => {
    expect(mermaid).toContain('stateDiagram-v2');
    for (const o of stapOvergangen) expect(mermaid).toContain(`${id(o.van)} --> ${id(o.naar)} : ${o.actie}`);
  });

  it('tekent geen overgangen die niet in de tabel staan', () => {
    const getekend = [...mermaid.matchAll(/^\s*(\w+) --> (\w+) : (.+?)\s*$/gm)].map((m) => `${m[1]}>${m[2]}:${m[3]}`);
    expect(getekend.sort()).toEqual(stapOvergangen.map((o) => `${id(o.van)}>${id(o.naar)}:${o.actie}`).sort());
  });
});

describe('optionele deelstappen', () => {
  it('markeert alleen de tweede werkgroepbijeenkomst (2.7) en de tussenevaluatie (5.1) als optioneel', () => {
    expect(stappen.flatMap((s) => s.deelstappen.filter((d) => d.optioneel).map((d) => d.id))).toEqual(['2.7', '5.1']);
  });

  it('laat stap 2 afronden zonder de optionele deelstap 2.7', () => {
    const vorig = standaardProces('2027-01-04');
    vorig.stappen[1]!.status = 'bezig';
    const nieuw = structuredClone(vorig);
    nieuw.stappen[1]!.status = 'afgerond';
    nieuw.stappen[1]!.deelstappen = Object.fromEntries(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.8'].map((id) => [id, 'afgerond' as const]));
    expect(controleerProces(vorig, nieuw)).toEqual([]);
    delete nieuw.stappen[1]!.deelstappen['2.8'];
    expect(controleerProces(vorig, nieuw).map((b) => b.reden)).toEqual([expect.stringMatching(/deelstap 2\.8/)]);
  });
});

describe('de standaardplanning van een nieuw IVP', () => {
  it('plant terug vanaf 1 januari van het eerste planjaar, zodat stap 1-5 dan klaar zijn', () => {
    const begin = beginStandaardplanning(2027, '2026-03-10');
    expect(begin).toBe('2026-05-08'); // 34 weken (238 dagen) vóór 2027-01-01
    const p = standaardProces(begin);
    expect(p.stappen.find((s) => s.stap === 5)!.geplandEinde).toBe('2027-01-01');
  });
  it('begint nooit in het verleden: een plan voor 2027-2030 dat op 2 december 2026 wordt gemaakt, begint die dag', () => {
    const begin = beginStandaardplanning(2027, '2026-12-02');
    expect(begin).toBe('2026-12-02');
    const p = standaardProces(begin);
    expect(p.stappen.every((s) => (s.geplandStart ?? '') >= '2026-12-02')).toBe(true);
    // Nothing is late on the day it is made.
    expect(tijdlijn(p, '2026-12-02').filter((r) => r.teLaat)).toEqual([]);
  });
  it('weigert een ongeldige datum', () => {
    expect(() => beginStandaardplanning(2027, '2026-02-30')).toThrow(/Geen geldige datum/);
  });
});
