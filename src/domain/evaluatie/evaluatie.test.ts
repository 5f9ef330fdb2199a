import { describe, expect, it } from 'vitest';
import type { Beleidsketen, KetenIndicator, KetenMaatregel, KetenPrioriteit } from '../cyclus/beleidsketen.ts';
import { evaluatieDocument } from './document.ts';
import { evaluatieVragen, isVeiligeVerwijzing, kaderFout, normenVan, pasVragenAan, standaardNormenkader, telOordelen } from './normenkader.ts';
import { voorstellen, voorstelVoor, type VoorstelBron } from './voorstel.ts';

const maatregel = (id: string, extra: Partial<KetenMaatregel> = {}): KetenMaatregel => ({
  id,
  naam: `Maatregel ${id}`,
  jaar: 2027,
  status: 'loopt',
  indicatorIds: ['i1'],
  probleemSleutels: ['thema-1.3'],
  methodeId: null,
  onderbouwing: '',
  output: { prestatieIndicator: '10 controles', gepland: 10, gerealiseerd: 9 },
  ...extra,
});

const indicator = (id: string, status: KetenIndicator['status'], extra: Partial<KetenIndicator> = {}): KetenIndicator =>
  ({
    id,
    naam: `Indicator ${id}`,
    eenheid: 'aantal',
    referentiejaar: 2024,
    referentiewaarde: 100,
    streefwaarde: { jaar: 2030, waarde: 80 },
    laatsteMeting: null,
    status,
    maatregelIds: ['m1'],
    ...extra,
  }) as KetenIndicator;

const prioriteit = (id: string, extra: Partial<KetenPrioriteit> = {}): KetenPrioriteit => ({
  id,
  titel: `Prioriteit ${id}`,
  themaIds: ['1.3'],
  problemen: [{ sleutel: 'thema-1.3', themaId: '1.3', titel: 'Woninginbraak', samenvatting: 'Veel inbraken in de oude wijken.', cijfers: [] }],
  doel: 'Minder inbraken',
  indicatoren: [indicator('i1', 'op-koers')],
  maatregelen: [maatregel('m1')],
  hiaten: [],
  ...extra,
});

const bron = (keten: Beleidsketen, extra: Partial<VoorstelBron> = {}): VoorstelBron => ({
  keten,
  afspraken: [],
  bewijsVan: (id) => (id === 'groepsaanpak' ? 'bewezen effectief' : null),
  rapportages: [],
  basis: '/werkruimtes/w1',
  ...extra,
});

describe('het standaardnormenkader', () => {
  it('heeft de vier vragen van het rekenkameronderzoek en een vijfde over sturing door de raad, met voor elke norm een voorstel', () => {
    expect(standaardNormenkader.vragen.map((v) => v.nummer)).toEqual(['1', '2', '3', '4', '5']);
    expect(kaderFout(standaardNormenkader.vragen)).toBeNull();
    const normen = standaardNormenkader.vragen.flatMap((v) => v.normen);
    expect(normen.every((n) => n.sleutel)).toBe(true);
    expect(normen.map((n) => n.sleutel)).toEqual(expect.arrayContaining(['doelen-meetbaar', 'raad-geinformeerd', 'voortgang', 'probleemanalyse', 'effectiviteit', 'afspraken']));
  });

  it('kopieert het kader zonder oordelen en houdt oordelen bij het aanpassen van de normen', () => {
    const vragen = evaluatieVragen(standaardNormenkader);
    expect(telOordelen(vragen)).toMatchObject({ open: 14, totaal: 14, voldoet: 0 });
    vragen[0]!.normen[0]!.oordeel = 'voldoet';
    const aangepast = pasVragenAan(vragen, [{ id: '1', nummer: '1', vraag: 'Anders gesteld', normen: [{ id: '1.1', norm: 'Aangepast' }, { id: 'eigen', norm: 'Een eigen norm' }] }]);
    expect(normenVan(aangepast).map((n) => [n.id, n.oordeel, n.sleutel])).toEqual([
      ['1.1', 'voldoet', 'probleemanalyse'],
      ['eigen', null, null],
    ]);
    expect(kaderFout([{ id: '1', nummer: '1', vraag: 'V', normen: [{ id: 'a', norm: 'x' }, { id: 'a', norm: 'y' }] }])?.reden).toMatch(/twee keer/);
  });

  it('laat als bewijs alleen een pad in de app of een webadres toe', () => {
    expect(isVeiligeVerwijzing('/werkruimtes/1/ivp')).toBe(true);
    expect(isVeiligeVerwijzing('https://rekenkamer.example/rapport.pdf')).toBe(true);
    expect(isVeiligeVerwijzing('javascript:alert(1)')).toBe(false);
    expect(isVeiligeVerwijzing('//elders.example')).toBe(false);
  });
});

describe('het voorstel van Kernplan per norm', () => {
  it('noemt de doelen meetbaar als elke prioriteit een indicator met streefwaarde heeft, en deels als de helft dat heeft', () => {
    expect(voorstelVoor('doelen-meetbaar', bron({ prioriteiten: [prioriteit('p1'), prioriteit('p2')] }))!.oordeel).toBe('voldoet');
    const zonder = prioriteit('p2', { indicatoren: [indicator('i2', 'onbekend', { streefwaarde: null })] });
    const v = voorstelVoor('doelen-meetbaar', bron({ prioriteiten: [prioriteit('p1'), zonder] }))!;
    expect(v.oordeel).toBe('voldoet-deels');
    expect(v.uitleg).toContain('Prioriteit p2');
    expect(v.bewijs[0]!.verwijzing).toBe('/werkruimtes/w1/ivp');
    expect(voorstelVoor('doelen-meetbaar', bron({ prioriteiten: [prioriteit('p1', { indicatoren: [] }), zonder, zonder] }))!.oordeel).toBe('voldoet-niet');
  });

  it('toetst de probleemanalyse per maatregel en het bewijs van werkzaamheid aan de methode', () => {
    const keten = { prioriteiten: [prioriteit('p1', { maatregelen: [maatregel('m1', { methodeId: 'groepsaanpak' }), maatregel('m2', { probleemSleutels: [] }), maatregel('m3', { probleemSleutels: [] })] })] };
    expect(voorstelVoor('probleemanalyse', bron(keten))).toMatchObject({ oordeel: 'voldoet-niet' });
    const eff = voorstelVoor('effectiviteit', bron(keten))!;
    expect(eff.oordeel).toBe('voldoet-niet');
    expect(eff.uitleg).toContain('bewezen effectief');
    // A measure without method but with its own substantiation counts too.
    const onderbouwd = { prioriteiten: [prioriteit('p1', { maatregelen: [maatregel('m1', { methodeId: 'groepsaanpak' }), maatregel('m2', { onderbouwing: 'Eigen evaluatie 2025' })] })] };
    expect(voorstelVoor('effectiviteit', bron(onderbouwd))!.oordeel).toBe('voldoet');
    // A cancelled measure does not count.
    const geschrapt = { prioriteiten: [prioriteit('p1', { maatregelen: [maatregel('m1'), maatregel('m2', { status: 'geschrapt', probleemSleutels: [] })] })] };
    expect(voorstelVoor('probleemanalyse', bron(geschrapt))!.oordeel).toBe('voldoet');
  });

  it('leest de afspraken met partners uit hun status, en zegt het als ze niet worden bijgehouden', () => {
    const k = { prioriteiten: [prioriteit('p1')] };
    expect(voorstelVoor('afspraken', bron(k, { afspraken: null }))!.oordeel).toBeNull();
    expect(voorstelVoor('afspraken', bron(k))!.oordeel).toBe('voldoet-niet');
    const drie = [
      { partner: 'Politie', soort: 'capaciteit', status: 'gemaakt' },
      { partner: 'politie ', soort: 'informatie-uitwisseling', status: 'nagekomen' },
      { partner: 'Woonstad', soort: 'levering', status: 'niet-nagekomen' },
    ] as const;
    const a = voorstelVoor('afspraken', bron(k, { afspraken: [...drie] }))!;
    expect(a.oordeel).toBe('voldoet');
    expect(a.uitleg).toContain('2 partners');
    expect(voorstelVoor('samenwerking-doelen', bron(k, { afspraken: [...drie] }))!.oordeel).toBe('voldoet-deels');
    expect(voorstelVoor('afspraken', bron(k, { afspraken: [drie[0]] }))!.oordeel).toBe('voldoet-deels');
  });

  it('ziet de raad geïnformeerd als rapportages zijn aangeboden en besproken', () => {
    const k = { prioriteiten: [prioriteit('p1')] };
    expect(voorstelVoor('raad-geinformeerd', bron(k))!.oordeel).toBe('voldoet-niet');
    expect(voorstelVoor('raad-geinformeerd', bron(k, { rapportages: [{ titel: 'Voortgangsrapportage 2027 K1', aangebodenOp: '2027-05-01', besprokenOp: null }] }))!.oordeel).toBe('voldoet-deels');
    const v = voorstelVoor('raad-geinformeerd', bron(k, { rapportages: [{ titel: 'Voortgangsrapportage 2027 K1', aangebodenOp: '2027-05-01', besprokenOp: '2027-05-20' }] }))!;
    expect(v.oordeel).toBe('voldoet');
    expect(v.bewijs.some((b) => b.soort === 'document' && b.label.includes('2027 K1'))).toBe(true);
  });

  it('volgt de voortgang de statussen van de indicatoren; zonder metingen geen oordeel', () => {
    const k = (s: KetenIndicator['status'][]) => ({ prioriteiten: [prioriteit('p1', { indicatoren: s.map((x, i) => indicator(`i${i}`, x)) })] });
    expect(voorstelVoor('voortgang', bron(k(['op-koers', 'op-koers'])))!.oordeel).toBe('voldoet');
    expect(voorstelVoor('voortgang', bron(k(['op-koers', 'achter'])))!.oordeel).toBe('voldoet-deels');
    expect(voorstelVoor('voortgang', bron(k(['achter', 'achter', 'op-koers'])))!.oordeel).toBe('voldoet-niet');
    expect(voorstelVoor('voortgang', bron(k(['onbekend'])))!.oordeel).toBeNull();
  });

  it('stelt bij elke norm van het standaardkader iets voor, en niets bij een eigen norm', () => {
    const vragen = evaluatieVragen({ vragen: [...standaardNormenkader.vragen, { id: 'x', nummer: '6', vraag: 'Eigen', normen: [{ id: 'x.1', norm: 'Eigen norm' }] }] });
    const v = voorstellen(vragen, bron({ prioriteiten: [prioriteit('p1')] }));
    expect(v['x.1']).toBeNull();
    for (const n of standaardNormenkader.vragen.flatMap((q) => q.normen)) expect(v[n.id]?.uitleg, n.id).toMatch(/\.$/);
  });
});

describe('het rapport', () => {
  it('heeft een samenvatting met de telling en een normentabel met vraag, norm, oordeel, toelichting en bewijs', () => {
    const vragen = evaluatieVragen(standaardNormenkader);
    vragen[0]!.normen[0] = { ...vragen[0]!.normen[0]!, oordeel: 'voldoet-niet', toelichting: 'Geen analyse.', bewijs: [{ soort: 'plan', label: 'Uitvoeringsplan', verwijzing: '/x' }] };
    const doc = evaluatieDocument({ naam: 'Rekenkameronderzoek', uitvoerder: 'rekenkamer', status: 'concept', kaderNaam: 'Standaardnormenkader', vragen, bijgewerktOp: '2027-03-04T10:00:00Z' }, { gemeentenaam: 'Dijkstede', periode: '2027-2030' });
    expect(doc.status).toBe('Concept, bijgewerkt op 4 maart 2027');
    const tabel = doc.blokken.find((b) => b.soort === 'tabel');
    expect(tabel && tabel.soort === 'tabel' && tabel.kolommen).toEqual(['Vraag', 'Norm', 'Oordeel', 'Toelichting', 'Bewijs']);
    expect(tabel && tabel.soort === 'tabel' && tabel.rijen[0]).toEqual(['1', expect.stringContaining('1.1'), 'Voldoet niet', 'Geen analyse.', 'Uitvoeringsplan']);
    const tekst = JSON.stringify(doc.blokken);
    expect(tekst).toContain('Voldoet niet: 1 norm');
    expect(tekst).toContain('Nog zonder oordeel: 13 normen');
  });
});
