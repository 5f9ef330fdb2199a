import { describe, expect, it } from 'vitest';
import type { Indicator } from '../monitoring/typen.ts';
import type { Maatregel, Prioriteit, Uitvoeringsplan } from './inhoud.ts';
import { eindmeting, opvolgIndicator, opvolgingBevindingen, resultaatVan, type Terugblik, terugblikBlokken, terugblikUit, vervallenPrioriteiten, zichtbareTerugblik } from './opvolging.ts';

const m = (periode: string, waarde: number) => ({ periode, waarde, toelichting: '' });

function indicator(extra: Partial<Indicator>): Indicator {
  return {
    id: 'i1',
    naam: 'Woninginbraken',
    prioriteitId: 'p1',
    themaId: null,
    bron: 'politieregistratie',
    bronToelichting: 'Politie, open data',
    aard: 'objectief',
    eenheid: 'aantal',
    richting: 'lager-is-beter',
    referentiejaar: 2024,
    referentiewaarde: 212,
    streefwaarden: [{ jaar: 2030, waarde: 170 }],
    metingen: [m('2025', 205), m('2027', 201), m('2028-K1', 40), m('2026', 214)],
    eigenaarId: null,
    ...extra,
  };
}

function maatregel(id: string, extra: Partial<Maatregel>): Maatregel {
  return { id, naam: `Maatregel ${id}`, prestatieIndicator: 'controles', bestuurlijkTrekker: '', ambtelijkTrekker: '', partners: '', startKwartaal: null, eindKwartaal: null, budget: null, status: 'loopt', ...extra };
}

const plan = (jaar: number, maatregelen: Maatregel[], prioriteitId: string | null = 'p1'): Uitvoeringsplan => ({ jaar, hoofdlijn: '', terugblik: '', begroting: '', actiepunten: [{ id: `a${jaar}`, titel: 'Actie', prioriteitId, themaId: null, maatregelen }] });

const oudePrioriteiten: Prioriteit[] = [
  { id: 'p1', titel: 'Veilige wijken', themaIds: ['1.1', '1.3'] },
  { id: 'p2', titel: 'Jeugd en veiligheid', themaIds: ['3.1', '3.2'] },
];

function voorbeeld(): Terugblik {
  return terugblikUit({
    voorganger: { id: 'w-oud', naam: 'IVP Dijkstede 2027-2030', periodeStart: 2027, periodeEinde: 2030 },
    stand: {
      prioriteiten: oudePrioriteiten,
      ivp: { prioriteiten: { p1: { waarom: '', hoofdlijnen: '', flankerendBeleid: '', doel: '  Minder inbraken.  ' } } },
      indicatoren: [
        indicator({}),
        indicator({ id: 'i2', naam: 'Geheim', prioriteitId: 'p2', vertrouwelijk: true, richting: 'hoger-is-beter', referentiewaarde: 5, streefwaarden: [{ jaar: 2030, waarde: 12 }], metingen: [m('2029', 12)] }),
        indicator({ id: 'i3', naam: 'Veiligheidsgevoel', prioriteitId: null, overkoepelend: true, metingen: [] }),
      ],
      uitvoeringsplannen: [
        plan(2028, [maatregel('m1', { status: 'afgerond', prestaties: [{ kwartaal: '2028-K1', gepland: 4, gerealiseerd: 5 }] }), maatregel('m3', { status: 'loopt', vertrouwelijk: true })]),
        plan(2027, [maatregel('m1', { status: 'loopt', prestaties: [{ kwartaal: '2027-K1', gepland: 10, gerealiseerd: 8 }] }), maatregel('m2', { status: 'geschrapt' })]),
      ],
    },
    jaarbeeld: { titel: 'Laatste rapportage: Jaarbeeld 2029', samenvatting: 'Jaarbeeld 2029: twee indicatoren op koers.' },
    evaluatie: { titel: 'Evaluatie: rekenkamer', bevindingen: [{ norm: 'Doelen zijn meetbaar', oordeel: 'deels', toelichting: 'Twee prioriteiten zonder streefwaarde.' }] },
    opvolgers: new Map([['i1', 'n1']]),
  });
}

describe('de eindwaarde van een indicator', () => {
  it('is de laatste jaarmeting, geen kwartaal; zonder jaarmeting is er geen', () => {
    expect(eindmeting(indicator({}))).toEqual({ jaar: 2027, waarde: 201 });
    expect(eindmeting(indicator({ metingen: [m('2028-K2', 3)] }))).toBeNull();
  });

  it('wordt de referentie van het nieuwe plan, zonder streefwaarden en prioriteit; zonder meting blijft de oude referentie', () => {
    const nieuw = opvolgIndicator(indicator({ reeks: { gemeentecode: 'GM0363', themaId: '1.1', codes: [] } }), { naam: 'IVP 2027-2030' });
    expect(nieuw).toMatchObject({ referentiejaar: 2027, referentiewaarde: 201, streefwaarden: [], prioriteitId: null, naam: 'Woninginbraken', eenheid: 'aantal', reeks: { gemeentecode: 'GM0363' } });
    expect(nieuw.bronToelichting).toBe('Politie, open data; referentie = eindwaarde 2027 uit IVP 2027-2030');
    expect(nieuw).not.toHaveProperty('metingen');
    const zonder = opvolgIndicator(indicator({ metingen: [] }), { naam: 'IVP 2027-2030' });
    expect(zonder).toMatchObject({ referentiejaar: 2024, referentiewaarde: 212 });
    expect(zonder.bronToelichting).toContain('geen jaarmeting');
  });

  it('haalt de eindstreefwaarde of niet, in de richting van de indicator', () => {
    expect(resultaatVan(indicator({}))).toBe('niet-gehaald');
    expect(resultaatVan(indicator({ metingen: [m('2030', 170)] }))).toBe('gehaald');
    expect(resultaatVan(indicator({ richting: 'hoger-is-beter', metingen: [m('2030', 169)] }))).toBe('niet-gehaald');
    expect(resultaatVan(indicator({ streefwaarden: [] }))).toBe('onbekend');
    expect(resultaatVan(indicator({ metingen: [] }))).toBe('onbekend');
  });
});

describe('de terugblik', () => {
  it('geeft per oude prioriteit het doel, de indicatoren en de maatregelen over alle jaren', () => {
    const t = voorbeeld();
    expect(t.voorganger).toEqual({ id: 'w-oud', naam: 'IVP Dijkstede 2027-2030', periode: '2027-2030' });
    const [p1, p2] = t.prioriteiten;
    expect(p1).toMatchObject({ id: 'p1', titel: 'Veilige wijken', themaIds: ['1.1', '1.3'], doel: 'Minder inbraken.' });
    expect(p1!.indicatoren).toEqual([expect.objectContaining({ id: 'i1', opvolgerId: 'n1', eindwaarde: { jaar: 2027, waarde: 201 }, eindstreefwaarde: { jaar: 2030, waarde: 170 }, resultaat: 'niet-gehaald' })]);
    // m1 ran in 2027 and 2028: once, with the status of 2028 and the output of both years.
    expect(p1!.maatregelen.find((x) => x.id === 'm1')).toMatchObject({ status: 'afgerond', jaar: 2028, gepland: 14, gerealiseerd: 13 });
    expect(p1!.maatregelen.find((x) => x.id === 'm2')).toMatchObject({ status: 'geschrapt', gepland: null, gerealiseerd: null });
    expect(p2).toMatchObject({ doel: '', maatregelen: [] });
    expect(p2!.indicatoren[0]).toMatchObject({ vertrouwelijk: true, resultaat: 'gehaald' });
    expect(t.overigeIndicatoren.map((i) => i.id)).toEqual(['i3']);
    expect(t.jaarbeeld?.titel).toContain('2029');
    expect(t.evaluatie?.bevindingen).toHaveLength(1);
    expect(t.vervallenPrioriteiten).toEqual({});
  });

  it('heeft zonder jaarbeeld en zonder evaluatie (of een evaluatie zonder bevindingen) die gewoon niet', () => {
    const t = terugblikUit({
      voorganger: { id: 'w', naam: 'Oud', periodeStart: null, periodeEinde: null },
      stand: { prioriteiten: [], ivp: { prioriteiten: {} }, uitvoeringsplannen: [] },
      evaluatie: { titel: 'Leeg', bevindingen: [] },
    });
    expect(t).toMatchObject({ jaarbeeld: null, evaluatie: null, prioriteiten: [], overigeIndicatoren: [] });
  });

  it('verbergt vertrouwelijke indicatoren en maatregelen voor wie geen toegang heeft', () => {
    const t = voorbeeld();
    const zicht = zichtbareTerugblik(t, false);
    expect(JSON.stringify(zicht)).not.toContain('Geheim');
    expect(zicht.prioriteiten[0]!.maatregelen.map((x) => x.id)).toEqual(['m1', 'm2']);
    expect(zichtbareTerugblik(t, true)).toBe(t);
  });
});

describe('vervallen prioriteiten en de plancheck', () => {
  const nieuw: Prioriteit[] = [{ id: 'p1', titel: 'Inbraak', themaIds: ['1.1'] }];

  it('een oude prioriteit vervalt als geen van haar thema\'s terugkomt; zonder nieuwe prioriteiten vervalt nog niets', () => {
    const t = voorbeeld();
    expect(vervallenPrioriteiten(t, nieuw).map((p) => p.id)).toEqual(['p2']);
    expect(vervallenPrioriteiten(t, [])).toEqual([]);
    expect(vervallenPrioriteiten({ prioriteiten: [{ ...t.prioriteiten[1]!, themaIds: [] }] }, [{ id: 'x', titel: ' jeugd en veiligheid ', themaIds: ['4.1'] }])).toEqual([]);
  });

  it('waarschuwt per vervallen prioriteit zonder geschreven reden', () => {
    const t = voorbeeld();
    const b = opvolgingBevindingen({ prioriteiten: nieuw, terugblik: t });
    expect(b).toEqual([
      expect.objectContaining({ ernst: 'waarschuwing', code: 'opvolging.prioriteit-vervallen', document: 'ivp', plek: 'terugblik#vervallen-p2', melding: expect.stringContaining("'Jeugd en veiligheid'") }),
    ]);
    expect(opvolgingBevindingen({ prioriteiten: nieuw, terugblik: { ...t, vervallenPrioriteiten: { p2: '   ' } } })).toHaveLength(1);
    expect(opvolgingBevindingen({ prioriteiten: nieuw, terugblik: { ...t, vervallenPrioriteiten: { p2: 'Opgenomen in het jeugdbeleid.' } } })).toEqual([]);
    expect(opvolgingBevindingen({ prioriteiten: nieuw })).toEqual([]);
    expect(opvolgingBevindingen({ prioriteiten: nieuw, terugblik: null })).toEqual([]);
  });
});

describe('de terugblik in de veiligheidsanalyse', () => {
  it('geeft koppen, tabellen, het jaarbeeld, de evaluatie en de redenen, zonder iets vertrouwelijks', () => {
    const t = { ...voorbeeld(), vervallenPrioriteiten: { p2: 'Opgenomen in het jeugdbeleid.' } };
    const blokken = terugblikBlokken(t);
    expect(blokken[0]).toEqual({ soort: 'kop', niveau: 1, nummer: null, tekst: 'Terugblik op IVP Dijkstede 2027-2030' });
    const tekst = JSON.stringify(blokken);
    expect(tekst).not.toContain('Geheim');
    expect(tekst).not.toContain('Maatregel m3');
    const tabel = blokken.find((b) => b.soort === 'tabel' && b.bijschrift === 'Bereikt: Veilige wijken');
    expect(tabel).toMatchObject({ kolommen: ['Indicator', 'Referentie', 'Eindwaarde', 'Eindstreefwaarde', 'Resultaat'], rijen: [['Woninginbraken (aantal)', '212 (2024)', '201 (2027)', '170 (2030)', 'Streefwaarde niet gehaald']] });
    const maatregelen = blokken.find((b) => b.soort === 'tabel' && b.bijschrift === 'Maatregelen: Veilige wijken');
    expect(maatregelen).toMatchObject({ rijen: expect.arrayContaining([['Maatregel m1', '2028', 'Afgerond', 'Gepland 14, gerealiseerd 13 (controles)']]) });
    // p2 had only a confidential indicator: for the document it had none.
    expect(blokken).toContainEqual({ soort: 'leeg', tekst: 'Deze prioriteit had geen effectindicatoren.' });
    expect(blokken).toContainEqual({ soort: 'alinea', tekst: 'Waarom deze prioriteit niet terugkomt: Opgenomen in het jeugdbeleid.' });
    expect(blokken).toContainEqual({ soort: 'kop', niveau: 2, nummer: null, tekst: 'Evaluatie: rekenkamer' });
    expect(blokken).toContainEqual({ soort: 'alinea', tekst: 'Jaarbeeld 2029: twee indicatoren op koers.' });
  });
});
