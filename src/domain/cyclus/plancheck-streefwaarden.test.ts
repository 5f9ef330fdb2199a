/**
 * Issue 15: the targets the council adopts. The plan check blocks adoption of an IVP with a priority
 * without an effect indicator with a target (unless the coordinator recorded why), the IVP document
 * holds the indicators (chapter 2 overall, chapter 4 per priority) and the targets annex, and the
 * council-term warnings become plan-check findings.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../monitoring/typen.ts';
import type { Blok } from './document.ts';
import { ivpDocument, streeftabelBlokken } from './documenten.ts';
import { heeftStreefwaarde, planCheck, prioriteitenZonderStreefwaarde } from './plancheck.ts';
import { type CyclusStand, legeStartnotitie, leegIvp } from './stand.ts';
import { openbareStand } from './vertrouwelijk.ts';
import { streeftabelDocument } from '../monitoring/dashboard.ts';

function ind(deel: Partial<Indicator> & Pick<Indicator, 'id' | 'naam'>): Indicator {
  return {
    prioriteitId: null,
    themaId: null,
    bron: 'politieregistratie',
    bronToelichting: '',
    aard: 'objectief',
    eenheid: 'aantal',
    richting: 'lager-is-beter',
    referentiejaar: 2025,
    referentiewaarde: 100,
    streefwaarden: [],
    metingen: [],
    eigenaarId: null,
    ...deel,
  };
}

function stand(deel: Partial<CyclusStand> = {}): CyclusStand {
  return {
    werkruimte: { naam: 'IVP', gemeentenaam: 'Zwolle', periodeStart: 2027, periodeEinde: 2030 },
    startnotitie: legeStartnotitie(),
    secties: [],
    prioriteiten: [
      { id: 'p1', titel: 'Woninginbraak', themaIds: ['1.3'] },
      { id: 'p2', titel: 'Jeugdoverlast', themaIds: ['3.1'] },
    ],
    overigeGroepen: [],
    sessie: null,
    ivp: leegIvp(),
    uitvoeringsplannen: [],
    project: null,
    indicatoren: [
      ind({ id: 'a', naam: 'Woninginbraken', prioriteitId: 'p1', streefwaarden: [{ jaar: 2028, waarde: 90 }, { jaar: 2030, waarde: 80 }] }),
      ind({ id: 'b', naam: 'Overlast jeugd', prioriteitId: 'p2', aard: 'subjectief', bron: 'veiligheidsmonitor', eenheid: 'percentage', referentiewaarde: 23 }),
    ],
    ...deel,
  };
}

const tabellen = (blokken: Blok[]) => blokken.filter((b): b is Extract<Blok, { soort: 'tabel' }> => b.soort === 'tabel');

describe('prioriteiten zonder indicator met streefwaarde', () => {
  it('een indicator telt met een streefwaarde na het referentiejaar, en niet als hij vertrouwelijk is', () => {
    expect(heeftStreefwaarde(ind({ id: 'x', naam: 'x', streefwaarden: [{ jaar: 2030, waarde: 80 }] }))).toBe(true);
    expect(heeftStreefwaarde(ind({ id: 'x', naam: 'x', streefwaarden: [{ jaar: 2025, waarde: 80 }] }))).toBe(false);
    expect(heeftStreefwaarde(ind({ id: 'x', naam: 'x', streefwaarden: [{ jaar: 2030, waarde: 80 }], vertrouwelijk: true }))).toBe(false);
  });

  it('zonder reden: een fout die de vaststelling blokkeert, met de plek om een indicator toe te voegen', () => {
    const b = planCheck(stand());
    expect(b.filter((x) => x.code === 'prioriteit-zonder-streefwaarde')).toEqual([
      expect.objectContaining({ ernst: 'fout', document: 'ivp', plek: 'indicatoren#prioriteit-p2', melding: expect.stringContaining("Prioriteit 'Jeugdoverlast' heeft nog geen effectindicator met streefwaarde") }),
    ]);
  });

  it('met een reden van de coördinator: een waarschuwing die de reden noemt', () => {
    const s = stand({ uitzonderingen: { p2: { reden: 'De nulmeting volgt in 2027.' } } });
    const b = planCheck(s);
    expect(b.some((x) => x.code === 'prioriteit-zonder-streefwaarde')).toBe(false);
    expect(b.find((x) => x.code === 'prioriteit-zonder-streefwaarde-met-reden')).toMatchObject({ ernst: 'waarschuwing', melding: expect.stringContaining('De nulmeting volgt in 2027.'), plek: 'ivp#streefwaarden' });
    expect(prioriteitenZonderStreefwaarde(s)).toEqual([{ prioriteit: s.prioriteiten[1], reden: 'De nulmeting volgt in 2027.' }]);
    // An empty reason is no reason.
    expect(prioriteitenZonderStreefwaarde(stand({ uitzonderingen: { p2: { reden: '  ' } } }))[0]!.reden).toBeNull();
  });

  it('bij een gezamenlijk IVP telt alleen wat in de versie van die gemeente staat', () => {
    const s = stand({ prioriteiten: [...stand().prioriteiten.slice(0, 1), { id: 'p3', titel: 'Lokaal De Bilt', themaIds: ['1.2'], gemeentecode: 'GM0310' }] });
    expect(prioriteitenZonderStreefwaarde(s, 'GM0353')).toEqual([]);
    expect(prioriteitenZonderStreefwaarde(s, 'GM0310').map((x) => x.prioriteit.id)).toEqual(['p3']);
  });
});

describe('het IVP als document', () => {
  it('hoofdstuk 4: per prioriteit een tabel met bron, aard, referentie en streefwaarden; zonder streefwaarde de reden of een aanwijzing', () => {
    const doc = ivpDocument(stand({ uitzonderingen: { p2: { reden: 'De nulmeting volgt in 2027.' } } }), '');
    const t = tabellen(doc.blokken);
    const inbraak = t.find((x) => x.bijschrift === 'Effectindicatoren: Woninginbraak')!;
    expect(inbraak.kolommen).toEqual(['Indicator', 'Bron', 'Objectief of subjectief', 'Referentie', 'Streefwaarden']);
    expect(inbraak.rijen).toEqual([['Woninginbraken (aantal)', 'Politieregistratie', 'Objectief', '2025: 100', '2028: 90; 2030: 80 (eindstreefwaarde)']]);
    const jeugd = t.find((x) => x.bijschrift === 'Effectindicatoren: Jeugdoverlast')!;
    expect(jeugd.rijen[0]).toEqual(['Overlast jeugd (percentage)', 'Veiligheidsmonitor', 'Subjectief', '2025: 23\u00A0%', 'Nog geen streefwaarde']);
    expect(doc.blokken).toContainEqual({ soort: 'alinea', tekst: 'Voor deze prioriteit is (nog) geen effectindicator met streefwaarde vastgelegd. Reden: De nulmeting volgt in 2027.' });
    const zonder = ivpDocument(stand({ indicatoren: [] }), '');
    expect(zonder.blokken.filter((b) => b.soort === 'leeg' && b.tekst === 'Nog geen effectindicatoren.')).toHaveLength(2);
  });

  it('hoofdstuk 2: overkoepelende effectindicatoren; de bijlage Streefwaarden is de streeftabel met waar elke indicator bij hoort', () => {
    const s = stand();
    s.indicatoren!.push(ind({ id: 'o', naam: 'Rapportcijfer veiligheid', overkoepelend: true, eenheid: 'score', richting: 'hoger-is-beter', referentiewaarde: 7.1, streefwaarden: [{ jaar: 2030, waarde: 7.5 }] }));
    s.indicatoren!.push(ind({ id: 'v', naam: 'Geheim', prioriteitId: 'p2', streefwaarden: [{ jaar: 2030, waarde: 5 }], vertrouwelijk: true }));
    const doc = ivpDocument(openbareStand(s), '');
    const h2 = doc.blokken.findIndex((b) => b.soort === 'kop' && b.nummer === '2');
    const h3 = doc.blokken.findIndex((b) => b.soort === 'kop' && b.nummer === '3');
    const overkoepelend = doc.blokken.findIndex((b) => b.soort === 'tabel' && b.bijschrift === 'Overkoepelende effectindicatoren');
    expect(overkoepelend).toBeGreaterThan(h2);
    expect(overkoepelend).toBeLessThan(h3);
    const bijlage = doc.blokken.findIndex((b) => b.soort === 'kop' && b.nummer === 'Bijlage 1');
    expect(doc.blokken[bijlage]).toEqual({ soort: 'kop', niveau: 1, nummer: 'Bijlage 1', tekst: 'Streefwaarden' });
    const tabel = tabellen(doc.blokken.slice(bijlage))[0]!;
    expect(tabel.kolommen).toEqual(['Indicator', 'Hoort bij', 'Referentiejaar', 'Referentiewaarde', '2028', '2030', 'Eindstreefwaarde', 'Mutatie']);
    expect(tabel.rijen.map((r) => r.slice(0, 2))).toEqual([
      ['Rapportcijfer veiligheid (score (rapportcijfer of schaalscore))', 'Strategische doelstelling'],
      ['Woninginbraken (aantal)', 'Woninginbraak'],
      ['Overlast jeugd (percentage)', 'Jeugdoverlast'],
    ]);
    expect(JSON.stringify(doc)).not.toContain('Geheim');
  });

  it('de losse streeftabel en de bijlage hebben dezelfde vorm (één bron)', () => {
    const lijst = stand().indicatoren!;
    const los = streeftabelDocument({ werkruimte: { gemeentenaam: 'Zwolle', periodeStart: 2027, periodeEinde: 2030 }, indicatoren: lijst });
    expect(los.blokken.slice(1)).toEqual(streeftabelBlokken(lijst));
    expect(tabellen(los.blokken)[0]!.kolommen).toEqual(['Indicator', 'Referentiejaar', 'Referentiewaarde', '2028', '2030', 'Eindstreefwaarde', 'Mutatie']);
  });
});

describe('de raadsperiode in de plancheck', () => {
  const planning = { raadsvergadering: '2026-02-12' };
  it('geeft de waarschuwingen over de planning als bevindingen (waarschuwing) bij het IVP', () => {
    const s = stand({ ...planning, werkruimte: { naam: 'IVP', gemeentenaam: 'Zwolle', periodeStart: 2025, periodeEinde: 2028, coalitieakkoord: '2026-06-10' } });
    const codes = planCheck(s).filter((b) => b.ernst === 'waarschuwing' && b.plek.endsWith('#raadsperiode'));
    expect(codes.map((b) => b.code)).toEqual(['vaststelling-voor-verkiezingen', 'planperiode-volgt-raad-niet', 'coalitieakkoord-na-vaststelling']);
  });

  it('zegt niets meer als de Raad het IVP al vaststelde, of als de planning niet geladen is', () => {
    const s = stand({ ...planning });
    expect(planCheck(s, [{ document: 'ivp', jaar: null, soort: 'vastgesteld', orgaan: 'Raad', datum: '2026-02-12', toelichting: '', versie: 1 }]).some((b) => b.code === 'vaststelling-voor-verkiezingen')).toBe(false);
    expect(planCheck(stand()).some((b) => b.code === 'vaststelling-voor-verkiezingen')).toBe(false);
  });
});
