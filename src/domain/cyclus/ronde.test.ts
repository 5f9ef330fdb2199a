import { describe, expect, it } from 'vitest';
import {
  berekenUitslag,
  bouwVoorstel,
  controleerRangorde,
  controleerRonde,
  type Deelnemer,
  type Inzending,
  kennisbankTekst,
  kortIn,
  normaliseerRangorde,
  type Ronde,
  rondeVerslag,
  sessieUitRonde,
  standaardOvername,
  trendVan,
  vergelijkThemaIds,
  voorstelDocument,
} from './ronde.ts';

const ronde = (anders: Partial<Ronde> = {}): Ronde => ({
  id: 'r1',
  naam: 'Raadssessie prioriteiten',
  groep: 'raad',
  wijze: 'rangorde',
  punten: 10,
  anoniem: false,
  status: 'open',
  datum: '2027-03-12',
  themaIds: ['1.1', '1.3', '2.1', '5.2'],
  werkgroepArgumenten: { '1.1': 'Inbraken stijgen al drie jaar.' },
  ...anders,
});

const inz = (naam: string, rangorde: Inzending['rangorde']): Inzending => ({ gebruikerId: naam.toLowerCase(), naam, rangorde });

describe('controleerRonde', () => {
  it('accepteert een gewone ronde', () => {
    expect(controleerRonde({ naam: 'Ronde', themaIds: ['1.1', '2.1'], wijze: 'rangorde', datum: '2027-03-12', werkgroepArgumenten: { '1.1': 'x' } })).toEqual([]);
  });
  it('wil 2 tot en met 12 verschillende, bestaande thema\'s', () => {
    expect(controleerRonde({ themaIds: ['1.1'] }).map((p) => p.veld)).toEqual(['themaIds']);
    expect(controleerRonde({ themaIds: Array.from({ length: 13 }, () => '1.1') }).some((p) => p.veld === 'themaIds')).toBe(true);
    const p = controleerRonde({ themaIds: ['1.1', '9.9', '1.1'] });
    expect(p.map((x) => x.veld)).toEqual(['themaIds[1]', 'themaIds[2]']);
    expect(p[0]!.reden).toContain("'9.9' bestaat niet");
    expect(p[1]!.reden).toContain('twee keer');
  });
  it('controleert naam, punten, datum en de argumenten van de werkgroep', () => {
    expect(controleerRonde({ naam: '  ' })[0]!.veld).toBe('naam');
    expect(controleerRonde({ wijze: 'punten', punten: 2 })[0]!.veld).toBe('punten');
    expect(controleerRonde({ wijze: 'punten', punten: 101 })[0]!.veld).toBe('punten');
    expect(controleerRonde({ wijze: 'rangorde', punten: 2 })).toEqual([]);
    expect(controleerRonde({ datum: '2027-02-30' })[0]!.veld).toBe('datum');
    expect(controleerRonde({ themaIds: ['1.1', '2.1'], werkgroepArgumenten: { '3.1': 'x' } })[0]!.veld).toBe('werkgroepArgumenten.3.1');
  });
});

describe('controleerRangorde', () => {
  it('accepteert een gedeeltelijke rangorde', () => {
    expect(controleerRangorde(ronde(), [{ themaId: '2.1' }])).toEqual([]);
  });
  it('weigert een lege rangorde, een onbekend en een dubbel thema, en een te lang argument', () => {
    expect(controleerRangorde(ronde(), [])[0]!.veld).toBe('rangorde');
    const p = controleerRangorde(ronde(), [{ themaId: '1.1' }, { themaId: '4.1' }, { themaId: '1.1' }, { themaId: '2.1', argument: 'x'.repeat(1001) }]);
    expect(p.map((x) => x.veld)).toEqual(['rangorde[1].themaId', 'rangorde[2].themaId', 'rangorde[3].argument']);
    expect(p[0]!.reden).toContain('geen kandidaat');
    expect(p[1]!.reden).toContain('twee keer');
  });
  it('bij punten: elk thema punten (heel, niet negatief) en de som is precies het aantal van de ronde', () => {
    const r = ronde({ wijze: 'punten', punten: 10 });
    expect(controleerRangorde(r, [{ themaId: '1.1', punten: 6 }, { themaId: '2.1', punten: 4 }, { themaId: '5.2', punten: 0 }])).toEqual([]);
    const som = controleerRangorde(r, [{ themaId: '1.1', punten: 6 }, { themaId: '2.1', punten: 2 }]);
    expect(som).toEqual([{ veld: 'rangorde', reden: 'Verdeel precies 10 punten; u verdeelde er 8.' }]);
    expect(controleerRangorde(r, [{ themaId: '1.1', punten: 11 }])[0]!.reden).toContain('u verdeelde er 11');
    expect(controleerRangorde(r, [{ themaId: '1.1' }, { themaId: '2.1', punten: 10 }]).map((x) => x.veld)).toEqual(['rangorde[0].punten']);
    expect(controleerRangorde(r, [{ themaId: '1.1', punten: -1 }, { themaId: '2.1', punten: 11 }]).map((x) => x.veld)).toEqual(['rangorde[0].punten']);
    expect(controleerRangorde(r, [{ themaId: '1.1', punten: 2.5 }, { themaId: '2.1', punten: 7.5 }]).map((x) => x.veld)).toEqual(['rangorde[0].punten', 'rangorde[1].punten']);
  });
  it('normaliseert: argumenten zonder witruimte, punten alleen bij punten', () => {
    expect(normaliseerRangorde(ronde(), [{ themaId: '1.1', argument: '  goed  ', punten: 3 }, { themaId: '2.1', argument: '   ' }])).toEqual([{ themaId: '1.1', argument: 'goed' }, { themaId: '2.1' }]);
    expect(normaliseerRangorde(ronde({ wijze: 'punten' }), [{ themaId: '1.1', punten: 3 }, { themaId: '2.1' }])).toEqual([
      { themaId: '1.1', punten: 3 },
      { themaId: '2.1', punten: 0 },
    ]);
  });
});

describe('berekenUitslag', () => {
  it('telt Borda: n - plaats + 1, niet genoemd 0, met gemiddelde plaats, spreiding, verdeling en argumenten', () => {
    const r = ronde();
    const u = berekenUitslag(
      r,
      [
        inz('Anna', [{ themaId: '1.1', argument: 'Inbraken nemen toe' }, { themaId: '2.1' }, { themaId: '1.3' }, { themaId: '5.2' }]),
        inz('Bram', [{ themaId: '2.1', argument: 'Jongeren' }, { themaId: '1.1' }]),
        inz('Cem', [{ themaId: '1.1', argument: 'Buurt wil het' }]),
      ],
      5,
    );
    expect(u.aantalUitgenodigd).toBe(5);
    expect(u.aantalDeelnemers).toBe(3);
    expect(u.ronde).toEqual({ id: 'r1', naam: 'Raadssessie prioriteiten', status: 'open', wijze: 'rangorde', anoniem: false });
    expect(u.themas.map((t) => [t.themaId, t.score, t.aantalDeelnemers, t.gemiddeldeRang])).toEqual([
      ['1.1', 11, 3, 1.3],
      ['2.1', 7, 2, 1.5],
      ['1.3', 2, 1, 3],
      ['5.2', 1, 1, 4],
    ]);
    const inbraak = u.themas[0]!;
    expect(inbraak.verdeling).toEqual([2, 1, 0, 0]);
    // Points 4, 3, 4: mean 11/3, standard deviation 0.47.
    expect(inbraak.spreiding).toBe(0.5);
    expect(inbraak.naam).toBe('Sociale kwaliteit');
    expect(inbraak.argumenten).toEqual([
      { tekst: 'Buurt wil het', door: 'Cem', rang: 1, punten: null },
      { tekst: 'Inbraken nemen toe', door: 'Anna', rang: 1, punten: null },
    ]);
    // Unlisted counts as 0 points in the spread: 3, 4, 0.
    expect(u.themas[1]!.spreiding).toBe(1.7);
  });

  it('zonder inzendingen: alles 0, geen gemiddelde plaats, volgorde van de methode', () => {
    const u = berekenUitslag(ronde({ themaIds: ['2.1', '1.10', '1.3'] }), [], 3);
    expect(u.themas.map((t) => [t.themaId, t.score, t.gemiddeldeRang, t.spreiding, t.verdeling])).toEqual([
      ['1.3', 0, null, 0, [0, 0, 0]],
      ['1.10', 0, null, 0, [0, 0, 0]],
      ['2.1', 0, null, 0, [0, 0, 0]],
    ]);
  });

  it('bij gelijke score beslist het themanummer', () => {
    const u = berekenUitslag(ronde({ themaIds: ['2.1', '1.1'] }), [inz('A', [{ themaId: '2.1' }, { themaId: '1.1' }]), inz('B', [{ themaId: '1.1' }, { themaId: '2.1' }])], 2);
    expect(u.themas.map((t) => [t.themaId, t.score])).toEqual([
      ['1.1', 3],
      ['2.1', 3],
    ]);
    expect(vergelijkThemaIds('1.10', '1.2')).toBeGreaterThan(0);
  });

  it('anoniem: geen namen bij de argumenten', () => {
    const u = berekenUitslag(ronde({ anoniem: true }), [inz('Anna', [{ themaId: '1.1', argument: 'Zeker doen' }])], 1);
    expect(u.themas[0]!.argumenten).toEqual([{ tekst: 'Zeker doen', door: null, rang: 1, punten: null }]);
    expect(JSON.stringify(u)).not.toContain('Anna');
  });

  it('punten: telt de gegeven punten, plaats per verdeling (gelijk = zelfde plaats), geen verdeling', () => {
    const r = ronde({ wijze: 'punten', punten: 10 });
    const u = berekenUitslag(
      r,
      [
        inz('A', [{ themaId: '1.1', punten: 5, argument: 'Belangrijk' }, { themaId: '2.1', punten: 5 }, { themaId: '5.2', punten: 0 }]),
        inz('B', [{ themaId: '2.1', punten: 7 }, { themaId: '1.3', punten: 3 }]),
      ],
      2,
    );
    expect(u.themas.map((t) => [t.themaId, t.score, t.aantalDeelnemers, t.gemiddeldeRang])).toEqual([
      ['2.1', 12, 2, 1],
      ['1.1', 5, 1, 1],
      ['1.3', 3, 1, 2],
      ['5.2', 0, 0, null],
    ]);
    expect(u.themas.every((t) => t.verdeling === undefined)).toBe(true);
    expect(u.themas[1]!.argumenten).toEqual([{ tekst: 'Belangrijk', door: 'A', rang: null, punten: 5 }]);
    expect(u.themas[0]!.spreiding).toBe(1);
  });

  it('negeert in een opgeslagen rangorde een onbekend of dubbel thema', () => {
    const u = berekenUitslag(ronde({ themaIds: ['1.1', '2.1'] }), [inz('A', [{ themaId: '9.9' }, { themaId: '1.1' }, { themaId: '1.1' }])], 1);
    expect(u.themas.map((t) => [t.themaId, t.score])).toEqual([
      ['1.1', 2],
      ['2.1', 0],
    ]);
  });

  it('de standaardovername: de bovenste drie met een score', () => {
    const u = berekenUitslag(ronde(), [inz('A', [{ themaId: '5.2' }, { themaId: '1.1' }])], 1);
    expect(standaardOvername(u)).toEqual(['5.2', '1.1']);
    const vol = berekenUitslag(ronde(), [inz('A', [{ themaId: '5.2' }, { themaId: '1.1' }, { themaId: '2.1' }, { themaId: '1.3' }])], 1);
    expect(standaardOvername(vol)).toEqual(['5.2', '1.1', '2.1']);
  });
});

describe('rondeVerslag en sessie', () => {
  const deelnemers: Deelnemer[] = [
    { gebruikerId: 'a', naam: 'Anna de Boer', ingevuld: true },
    { gebruikerId: 'b', naam: 'Bram Smit', ingevuld: true },
    { gebruikerId: 'c', naam: 'Cem Yilmaz', ingevuld: false },
  ];
  const inzendingen = [inz('Anna de Boer', [{ themaId: '1.1', argument: 'Inbraken nemen toe' }, { themaId: '2.1' }]), inz('Bram Smit', [{ themaId: '2.1', argument: 'Jongeren' }])];

  it('met namen: wie meedeed, de tabel en de argumenten per thema', () => {
    const r = ronde({ status: 'overgenomen', overgenomen: ['2.1', '1.1'] });
    const blokken = rondeVerslag(r, berekenUitslag(r, inzendingen, 3), deelnemers);
    const tekst = JSON.stringify(blokken);
    expect(blokken[0]).toEqual({ soort: 'kop', niveau: 2, nummer: null, tekst: 'Prioriteringsronde: Raadssessie prioriteiten' });
    expect(tekst).toContain('Op 12 maart 2027');
    expect(tekst).toContain('2 van de 3 uitgenodigde raadsleden');
    expect(tekst).toContain('Meegedaan: Anna de Boer en Bram Smit.');
    expect(tekst).not.toContain('Cem');
    const tabel = blokken.find((b) => b.soort === 'tabel');
    expect(tabel).toMatchObject({ kolommen: ['Thema (hoogste score eerst)', 'Score', 'Deelnemers', 'Gemiddelde plaats', 'Spreiding'] });
    expect((tabel as { rijen: string[][] }).rijen[0]).toEqual(['2.1 Veilig winkelgebied', '7', '2', '1,5', '0,5']);
    expect(tekst).toContain('Overgenomen als prioriteit: 2.1 Veilig winkelgebied en 1.1 Sociale kwaliteit.');
    expect(tekst).toContain('Inbraken nemen toe (Anna de Boer, plaats 1)');
  });

  it('anoniem: geen enkele naam', () => {
    const r = ronde({ anoniem: true });
    const blokken = rondeVerslag(r, berekenUitslag(r, inzendingen, 3), deelnemers);
    const tekst = JSON.stringify(blokken);
    for (const naam of ['Anna', 'Bram', 'Cem']) expect(tekst).not.toContain(naam);
    expect(tekst).toContain('De ronde was anoniem');
    expect(tekst).toContain('Inbraken nemen toe (plaats 1)');
    const sessie = sessieUitRonde(r, berekenUitslag(r, inzendingen, 3), deelnemers, ['1.1']);
    expect(JSON.stringify(sessie)).not.toContain('Anna');
    expect(sessie.deelnemers).toBe('2 van de 3 uitgenodigde raadsleden (anonieme ronde).');
  });

  it('punten en zonder argumenten', () => {
    const r = ronde({ wijze: 'punten', datum: null });
    const blokken = rondeVerslag(r, berekenUitslag(r, [inz('A', [{ themaId: '1.1', punten: 10 }])], 1), deelnemers.slice(0, 1));
    expect(blokken.find((b) => b.soort === 'tabel')).toMatchObject({ kolommen: ['Thema (hoogste score eerst)', 'Punten', 'Deelnemers', 'Spreiding'] });
    expect(blokken.at(-1)).toEqual({ soort: 'leeg', tekst: 'Bij deze ronde zijn geen argumenten gegeven.' });
    expect(JSON.stringify(blokken)).toContain('verdeelde 10 punten');
  });

  it('het verslag van de sessie: orgaan, vorm, deelnemers en uitkomst in woorden', () => {
    const r = ronde({ groep: 'driehoek' });
    const s = sessieUitRonde(r, berekenUitslag(r, inzendingen, 3), deelnemers, ['2.1']);
    expect(s.orgaan).toBe('gemengd');
    expect(s.status).toBe('consultatief');
    expect(s.datum).toBe('2027-03-12');
    expect(s.deelnemers).toBe('2 van de 3 uitgenodigde leden van de Driehoek: Anna de Boer en Bram Smit.');
    expect(s.uitkomst).toContain('1. 2.1 Veilig winkelgebied (score 7)');
    expect(s.uitkomst).toContain('Overgenomen als prioriteit: 2.1 Veilig winkelgebied.');
    expect(sessieUitRonde(ronde(), berekenUitslag(ronde(), [], 3), deelnemers, []).uitkomst).toContain('geen thema');
  });
});

describe('voorstel', () => {
  it('trend in woorden', () => {
    expect(trendVan([{ jaar: 2021, aantal: 100 }, { jaar: 2022, aantal: null }, { jaar: 2024, aantal: 130 }])).toEqual({
      trend: 'stijgt',
      trendTekst: 'Het aantal geregistreerde misdrijven stijgt: van 100 in 2021 naar 130 in 2024 (+30%).',
    });
    expect(trendVan([{ jaar: 2021, aantal: 100 }, { jaar: 2024, aantal: 80 }]).trend).toBe('daalt');
    expect(trendVan([{ jaar: 2021, aantal: 100 }, { jaar: 2024, aantal: 103 }]).trend).toBe('stabiel');
    expect(trendVan([{ jaar: 2021, aantal: 0 }, { jaar: 2024, aantal: 0 }]).trend).toBe('stabiel');
    expect(trendVan([{ jaar: 2024, aantal: 5 }]).trend).toBeNull();
    expect(trendVan([]).trendTekst).toContain('geen politiecijfers');
  });

  it('kort in op een zin of woord', () => {
    expect(kortIn('Kort.', 100)).toBe('Kort.');
    expect(kortIn('Eerste zin is lang genoeg. Tweede zin gaat verder dan de grens.', 40)).toBe('Eerste zin is lang genoeg.');
    expect(kortIn('woord '.repeat(30), 50).endsWith(' …')).toBe(true);
    expect(kennisbankTekst('1.1').length).toBeGreaterThan(20);
    expect(kennisbankTekst('9.9')).toBe('');
  });

  it('per thema kennisbank, cijfers, indicatoren, analyse en werkgroepargument; als document een hoofdstuk per thema', () => {
    const r = ronde();
    const v = bouwVoorstel(r, {
      cijfers: (t) => (t === '1.1' ? { jaren: [{ jaar: 2023, aantal: 120, per1000: 2.4 }, { jaar: 2024, aantal: 150, per1000: 3 }], ...trendVan([{ jaar: 2023, aantal: 120 }, { jaar: 2024, aantal: 150 }]), bron: 'Politie' } : null),
      indicatoren: (t) => (t === '1.1' ? [{ naam: 'Sociale kwaliteit', eenheid: 'aantal', laatste: { periode: '2026', waarde: 140 }, status: 'achter', statusTekst: 'Achter' }] : []),
      analyse: (t) => (t === '1.1' ? 'Inbraken concentreren zich in Oost.' : ''),
    });
    expect(v.ronde.themaIds).toEqual(r.themaIds);
    expect(v.themas.map((t) => t.themaId)).toEqual(r.themaIds);
    expect(v.themas[0]).toMatchObject({ naam: 'Sociale kwaliteit', veld: { nummer: 1 }, werkgroepArgument: 'Inbraken stijgen al drie jaar.', analyse: 'Inbraken concentreren zich in Oost.' });
    expect(v.themas[0]!.veld.naam).not.toBe('');
    expect(v.themas[0]!.cijfers!.trend).toBe('stijgt');
    expect(v.themas[1]!.cijfers).toBeNull();

    const doc = voorstelDocument(v, { gemeentenaam: 'Dijkstede', periode: '2027-2030' });
    expect(doc.soort).toBe('veiligheidsanalyse');
    expect(doc.titel).toBe('Prioriteringsvoorstel');
    expect(doc.status).toBe('Voor de sessie van 12 maart 2027');
    const hoofdstukken = doc.blokken.filter((b) => b.soort === 'kop' && b.niveau === 1).map((b) => (b as { tekst: string }).tekst);
    expect(hoofdstukken).toEqual(['Inleiding', '1.1 Sociale kwaliteit', '1.3 Objectieve veiligheid/veelvoorkomende en high impact crime', '2.1 Veilig winkelgebied', '5.2 Georganiseerde/ondermijnende criminaliteit']);
    expect(hoofdstukken).toHaveLength(5);
    const tekst = JSON.stringify(doc.blokken);
    expect(tekst).toContain('Het aantal geregistreerde misdrijven stijgt');
    expect(tekst).toContain('De werkgroep gaf bij dit thema geen argument.');
    expect(tekst).toContain('140 (2026)');
  });
});
