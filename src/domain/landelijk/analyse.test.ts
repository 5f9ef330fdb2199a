import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Classificatie } from '../classificatie/classifier.ts';
import { labelset } from '../classificatie/labelset.ts';
import { gemeenteBijCode } from '../gemeenten/gemeenten.ts';
import { vindThema } from '../kennisbank/kennisbank.ts';
import { DREMPEL_ZEKERHEID, analyseer, uitImport, type GroepUitkomst, type LandelijkBeeld, type Prioriteit } from './analyse.ts';
import { leesPrioriteitenlijst } from './prioriteitenlijst.ts';

const fixture = readFileSync(new URL('./fixtures/prioriteiten-voorbeeld.csv', import.meta.url), 'utf8');
const KOP = 'gemeentecode;gemeente;jaar;titel;thema;labels;bron';

/** De voorbeeldlijst zoals ze is: thema's met de hand gekoppeld bij plannen vanaf 2019, de rest wordt gelezen. */
function zoalsGeimporteerd() {
  return leesPrioriteitenlijst(fixture);
}
/** De voorbeeldlijst met de labels van de deskundige als met de hand gekoppelde thema's (niets geclassificeerd). */
function metLabels() {
  return leesPrioriteitenlijst(fixture.replace(KOP, 'gemeentecode;gemeente;jaar;titel;oud;thema;bron'));
}

/** Ruwe regels van de voorbeeldlijst (de velden bevatten geen ; en alleen de labels staan tussen aanhalingstekens). */
const regels = fixture
  .trim()
  .split('\n')
  .slice(1)
  .map((r) => {
    const [code, naam, jaar, titel, thema, labels, bron] = r.split(';').map((v) => v.replace(/^"|"$/g, ''));
    return { code: code!, naam: naam!, jaar: Number(jaar), titel: titel!, thema: thema!, labels: labels!.split(','), bron: bron! };
  });

const groep = (b: LandelijkBeeld, soort: string, waarde: string): GroepUitkomst => b.groepen.find((g) => g.groep.soort === soort && g.groep.waarde === waarde)!;
const veld = (g: GroepUitkomst | LandelijkBeeld['landelijk'], nr: number) => g.verdeling.velden.find((v) => v.veld === nr)!;
const hoofd = (g: GroepUitkomst, indeling: string) => g.verdeling.hoofdindeling.find((h) => h.indeling === indeling)!.prioriteiten;

/** Rotterdam stemde (in deze test) niet in met het noemen van haar naam. */
const zichtbaarBehalveRotterdam = (code: string) => code !== 'GM0599';

describe('de voorbeeldlijst (fixtures/prioriteiten-voorbeeld.csv)', () => {
  it('bevat minstens 100 verschillende echte titels van echte gemeenten van 2024, elk met bron', () => {
    expect(fixture.startsWith(`${KOP}\n`)).toBe(true);
    expect(regels.length).toBeGreaterThanOrEqual(150);
    expect(new Set(regels.map((r) => r.titel)).size).toBeGreaterThanOrEqual(100);
    const aanvullend = new Set([
      'https://docplayer.nl/17479927-Integraal-veiligheidsplan-den-haag-2015-2018.html',
      'http://docplayer.nl/46306303-Behorend-bij-raadsstuk-rotterdam-18-oktober-2001.html',
    ]);
    for (const r of regels) {
      expect(gemeenteBijCode(r.code)?.naam, r.code).toBe(r.naam);
      expect(r.bron).toMatch(/^https?:\/\//);
      if (aanvullend.has(r.bron)) continue;
      // Elke andere titel staat in de gelabelde set van de classificatie, met dezelfde bron en labels.
      const l = labelset.find((x) => x.titel === r.titel && x.bron === r.bron);
      expect(l, r.titel).toBeDefined();
      expect(r.labels).toEqual(l!.labels);
      expect(l!.periode.slice(0, 4)).toBe(String(r.jaar));
    }
  });

  it('leest zonder fouten in, met thema\'s met de hand bij plannen vanaf 2019', () => {
    const r = zoalsGeimporteerd();
    expect(r.fouten).toEqual([]);
    expect(r.rijen).toHaveLength(regels.length);
    for (const rij of r.rijen) expect(rij.themas !== undefined, rij.titel).toBe(rij.jaar >= 2019);
  });
});

describe('het landelijk beeld van de voorbeeldlijst, met de labels van de deskundige (met de hand nagerekend)', () => {
  const beeld = analyseer(uitImport(metLabels().rijen, zichtbaarBehalveRotterdam));

  it('G4: Den Haag (2015, 10 prioriteiten) en Rotterdam (2001, 4)', () => {
    const g4 = groep(beeld, 'g4', 'g4');
    expect(g4.gemeentenInLand).toBe(4);
    expect(g4.gemeentenInData).toBe(2);
    expect(g4.weinigGemeenten).toBe(true);
    expect(g4.verdeling.prioriteiten).toBe(14);
    // Veld 1 raakt: overvallen, woninginbraken, heling, geweld, overlast (Den Haag); wijkveiligheid, drugs, geweld (Rotterdam).
    expect(veld(g4, 1)).toMatchObject({ prioriteiten: 8, aandeelPrioriteiten: 0.571, gemeenten: 2, aandeelGemeenten: 1, hoofdveld: 7, aandeelHoofdveld: 0.5 });
    expect(veld(g4, 2)).toMatchObject({ prioriteiten: 1, gemeenten: 1, aandeelGemeenten: 0.5, hoofdveld: 0 });
    expect(veld(g4, 3)).toMatchObject({ prioriteiten: 3, gemeenten: 2, hoofdveld: 2 });
    expect(veld(g4, 4)).toMatchObject({ prioriteiten: 0, gemeenten: 0, hoofdveld: 0 });
    expect(veld(g4, 5)).toMatchObject({ prioriteiten: 5, gemeenten: 2, hoofdveld: 5, aandeelHoofdveld: 0.357 });
    expect(g4.verdeling.themas.find((t) => t.id === '1.3')).toMatchObject({ prioriteiten: 5, gemeenten: 2 });
    expect(g4.verdeling.themas.find((t) => t.id === '5.2')).toMatchObject({ prioriteiten: 3, gemeenten: 2 });
    expect(g4.verdeling.herkomst).toEqual({ metDeHand: 14, geclassificeerd: 0, nietTeLezen: 0 });
    // Den Haag met naam, Rotterdam alleen in de telling.
    expect(g4.deelnemers).toEqual({ genoemd: [{ code: 'GM0518', naam: "'s-Gravenhage" }], nietGenoemd: 1 });
    expect(g4.perJaar.map((j) => [j.jaar, j.gemeentenInData, j.verdeling.prioriteiten])).toEqual([
      [2001, 1, 4],
      [2015, 1, 10],
    ]);
  });

  it('G40: Eindhoven, Helmond, Hengelo, Leiden en Maastricht, 37 prioriteiten', () => {
    const g40 = groep(beeld, 'g40', 'g40');
    expect(g40.gemeentenInLand).toBe(41);
    expect(g40.gemeentenInData).toBe(5);
    expect(g40.verdeling.prioriteiten).toBe(37);
    expect(g40.deelnemers.genoemd.map((g) => g.naam)).toEqual(['Eindhoven', 'Helmond', 'Hengelo (O.)', 'Leiden', 'Maastricht']);
    // Hengelo: 9 prioriteiten in vier plannen (2014, 2017, 2023, 2024).
    expect(g40.perJaar.filter((j) => j.jaar >= 2023).map((j) => [j.jaar, j.verdeling.prioriteiten])).toEqual([
      [2023, 12],
      [2024, 2],
    ]);
  });

  it('kleiner dan 20.000 inwoners: vier Heuvelland-gemeenten (gezamenlijk plan, 8 prioriteiten) en Mook en Middelaar (1)', () => {
    const klein = groep(beeld, 'grootteklasse', 'tot-20k');
    expect(klein.gemeentenInData).toBe(5);
    expect(klein.verdeling.prioriteiten).toBe(33);
    // Per Heuvelland-gemeente raakt veld 1: kernen, woninginbraak, drugsoverlast; veld 2: toerisme, uitgaan;
    // veld 3: jeugd, drugsoverlast; veld 5: ondermijning, drugsoverlast. Mook en Middelaar: alleen veld 4.
    expect(veld(klein, 1)).toMatchObject({ prioriteiten: 12, gemeenten: 4, aandeelGemeenten: 0.8, hoofdveld: 12 });
    expect(veld(klein, 2)).toMatchObject({ prioriteiten: 8, gemeenten: 4, hoofdveld: 8 });
    expect(veld(klein, 3)).toMatchObject({ prioriteiten: 8, gemeenten: 4, hoofdveld: 4 });
    expect(veld(klein, 4)).toMatchObject({ prioriteiten: 1, gemeenten: 1, aandeelGemeenten: 0.2, hoofdveld: 1 });
    expect(veld(klein, 5)).toMatchObject({ prioriteiten: 8, gemeenten: 4, hoofdveld: 4 });
    expect(hoofd(klein, 'strategisch')).toBe(4);
    expect(hoofd(klein, 'niet-te-lezen')).toBe(0);
    expect(klein.verdeling.strategischeThemas.find((s) => s.id === 'zorg-en-veiligheid')).toMatchObject({ prioriteiten: 4, gemeenten: 4, aandeelGemeenten: 0.8 });
    expect(klein.verdeling.themas.find((t) => t.id === '2.4')).toMatchObject({ prioriteiten: 4, aandeelPrioriteiten: 0.121 });
    expect(klein.perJaar.map((j) => [j.jaar, j.gemeentenInData, j.verdeling.prioriteiten])).toEqual([
      [2020, 4, 32],
      [2025, 1, 1],
    ]);
  });

  it('telt gemeenten in de gegevens en in het land, en de hoofdindeling telt op tot alle prioriteiten', () => {
    expect(beeld.landelijk.gemeentenInLand).toBe(342);
    expect(beeld.landelijk.gemeentenInData).toBe(new Set(regels.map((r) => r.code)).size);
    expect(beeld.landelijk.verdeling.prioriteiten).toBe(regels.length);
    for (const g of [beeld.landelijk, ...beeld.groepen]) {
      const som = g.verdeling.hoofdindeling.reduce((t, h) => t + h.prioriteiten, 0);
      expect(som).toBe(g.verdeling.prioriteiten);
      expect(g.verdeling.velden).toHaveLength(5);
      expect(g.verdeling.themas).toHaveLength(22);
      expect(g.verdeling.strategischeThemas).toHaveLength(3);
    }
    expect(groep(beeld, 'p10', 'p10')).toMatchObject({ gemeentenInLand: 27, gemeentenInData: 2 });
    expect(groep(beeld, 'kleiner-dan-50k', 'kleiner-dan-50k').gemeentenInData).toBe(17);
    expect(groep(beeld, 'provincie', 'Limburg').gemeentenInData).toBe(8);
    expect(groep(beeld, 'politie-eenheid', 'Rotterdam')).toMatchObject({ gemeentenInData: 2, deelnemers: { genoemd: [{ naam: 'Ridderkerk' }], nietGenoemd: 1 } });
    expect(groep(beeld, 'provincie', 'Utrecht')).toMatchObject({ gemeentenInData: 0, verdeling: { prioriteiten: 0 } });
  });

  it('noemt een gemeente die niet instemde nergens met naam of code', () => {
    const tekst = JSON.stringify(beeld);
    expect(tekst).not.toContain('GM0599');
    for (const g of [beeld.landelijk, ...beeld.groepen]) expect(g.deelnemers.genoemd.map((x) => x.naam)).not.toContain('Rotterdam');
    expect(beeld.landelijk.deelnemers.nietGenoemd).toBe(1);
  });
});

describe('het landelijk beeld met geclassificeerde titels', () => {
  const beeld = analyseer(uitImport(zoalsGeimporteerd().rijen, () => true));

  it('leest titels zonder thema met de classificatie en toont ze als geclassificeerd', () => {
    const { herkomst, prioriteiten } = beeld.landelijk.verdeling;
    const zonderThema = regels.filter((r) => r.thema === '').length;
    expect(herkomst.metDeHand).toBe(regels.length - zonderThema);
    expect(herkomst.geclassificeerd + herkomst.nietTeLezen).toBe(zonderThema);
    expect(herkomst.metDeHand + herkomst.geclassificeerd + herkomst.nietTeLezen).toBe(prioriteiten);
    expect(beeld.geclassificeerd.reduce((t, g) => t + g.aantal, 0)).toBe(zonderThema);
    for (const g of beeld.geclassificeerd) {
      expect(g.geclassificeerd).toBe(true);
      expect(g.telt).toBe(g.suggestie !== null && g.suggestie.zekerheid >= DREMPEL_ZEKERHEID);
    }
    // 'Geweld' staat bij Den Haag (2015) en Rotterdam (2001): één regel, twee keer.
    expect(beeld.geclassificeerd.find((g) => g.titel === 'Geweld')).toMatchObject({ aantal: 2, jaren: [2001, 2015], suggestie: { id: '1.3' } });
    const nietGelezen = beeld.geclassificeerd.filter((g) => !g.telt).reduce((t, g) => t + g.aantal, 0);
    expect(nietGelezen).toBe(herkomst.nietTeLezen);
    expect(beeld.landelijk.verdeling.hoofdindeling.find((h) => h.indeling === 'niet-te-lezen')!.prioriteiten).toBe(herkomst.nietTeLezen);
  });

  it('komt bij de geclassificeerde titels meestal uit op het veld van de deskundige', () => {
    let goed = 0;
    let gelezen = 0;
    let eenVanDeLabels = 0;
    const veldVan = (id: string) => vindThema(id)?.veld ?? 'strategisch';
    for (const g of beeld.geclassificeerd.filter((x) => x.telt)) {
      const r = regels.find((x) => x.titel === g.titel)!;
      gelezen++;
      if (veldVan(g.suggestie!.id) === veldVan(r.labels[0]!)) goed++;
      if (r.labels.includes(g.suggestie!.id)) eenVanDeLabels++;
    }
    expect(gelezen).toBeGreaterThan(50);
    // Gemeten: 52 van de 60 gelezen titels in het veld van het eerste label; bij 57 is de suggestie een van de labels.
    expect(goed / gelezen).toBeGreaterThanOrEqual(0.85);
    expect(eenVanDeLabels / gelezen).toBeGreaterThanOrEqual(0.9);
  });
});

describe('regels van de analyse', () => {
  const p = (x: Partial<Prioriteit> & Pick<Prioriteit, 'gemeentecode' | 'titel'>): Prioriteit => ({ jaar: 2023, bron: 'import', naamZichtbaar: true, ...x });
  const vast = (id: string, zekerheid: number) => (): Classificatie => ({
    titel: '',
    suggesties: [{ id: id as never, soort: 'thema', naam: id, zekerheid, waarom: '' }],
  });

  it('telt de eerste suggestie vanaf de drempel, en daaronder als niet te lezen', () => {
    const prioriteiten = [p({ gemeentecode: 'GM0363', titel: 'Iets' })];
    const op = analyseer(prioriteiten, { classificeer: vast('5.2', DREMPEL_ZEKERHEID) });
    expect(op.landelijk.verdeling.herkomst).toEqual({ metDeHand: 0, geclassificeerd: 1, nietTeLezen: 0 });
    expect(op.landelijk.verdeling.themas.find((t) => t.id === '5.2')!.prioriteiten).toBe(1);
    const onder = analyseer(prioriteiten, { classificeer: vast('5.2', DREMPEL_ZEKERHEID - 0.01) });
    expect(onder.landelijk.verdeling.herkomst).toEqual({ metDeHand: 0, geclassificeerd: 0, nietTeLezen: 1 });
    expect(onder.geclassificeerd[0]).toMatchObject({ geclassificeerd: true, telt: false, suggestie: { id: '5.2' } });
    expect(onder.landelijk.verdeling.velden.every((v) => v.prioriteiten === 0)).toBe(true);
    expect(analyseer(prioriteiten, { classificeer: vast('5.2', 0.2), drempel: 0.1 }).landelijk.verdeling.herkomst.geclassificeerd).toBe(1);
  });

  it('telt een prioriteit één keer per veld, ook als ze meer thema\'s in dat veld raakt', () => {
    const b = analyseer([p({ gemeentecode: 'GM0363', titel: 'Veilige woon- en leefomgeving', themas: ['1.1', '1.2', '1.3', '5.2'] })]);
    expect(b.landelijk.verdeling.velden.find((v) => v.veld === 1)).toMatchObject({ prioriteiten: 1, hoofdveld: 1, aandeelPrioriteiten: 1 });
    expect(b.landelijk.verdeling.velden.find((v) => v.veld === 5)).toMatchObject({ prioriteiten: 1, hoofdveld: 0 });
    expect(b.landelijk.verdeling.themas.filter((t) => t.prioriteiten === 1).map((t) => t.id)).toEqual(['1.1', '1.2', '1.3', '5.2']);
  });

  it('telt een dubbele prioriteit één keer en kiest dan die uit de werkruimte', () => {
    const b = analyseer([
      p({ gemeentecode: 'GM0363', titel: 'Ondermijning', themas: ['1.3'] }),
      p({ gemeentecode: 'GM0363', titel: '  ondermijning ', themas: ['5.2'], bron: 'werkruimte' }),
      p({ gemeentecode: 'GM0363', titel: 'Ondermijning', jaar: 2019, themas: ['5.2'] }),
    ]);
    expect(b.dubbel).toBe(1);
    expect(b.landelijk.verdeling.prioriteiten).toBe(2);
    expect(b.landelijk.verdeling.themas.find((t) => t.id === '5.2')!.prioriteiten).toBe(2);
    expect(b.landelijk.verdeling.themas.find((t) => t.id === '1.3')!.prioriteiten).toBe(0);
  });

  it('neemt met alleenLaatstePlan per gemeente alleen het laatste planjaar', () => {
    const b = analyseer(uitImport(metLabels().rijen, () => true), { alleenLaatstePlan: true });
    const hengelo = b.groepen.find((g) => g.groep.soort === 'g40')!.perJaar;
    expect(b.alleenLaatstePlan).toBe(true);
    // Hengelo alleen 2024 (2), Súdwest-Fryslân alleen 2024 (3), Eindhoven alleen 2017 (2).
    expect(hengelo.find((j) => j.jaar === 2024)!.verdeling.prioriteiten).toBe(2);
    expect(hengelo.find((j) => j.jaar === 2014)).toBeUndefined();
    expect(b.groepen.find((g) => g.groep.waarde === 'Friesland')!.perJaar.map((j) => j.jaar)).toEqual([2012, 2018, 2024]);
  });

  it('noemt een gemeente alleen als al haar prioriteiten het toestaan, en negeert onbekende codes', () => {
    const b = analyseer([
      p({ gemeentecode: 'GM0363', titel: 'Ondermijning', themas: ['5.2'] }),
      p({ gemeentecode: 'GM0363', titel: 'Jeugd', themas: ['3.1'], jaar: 2019, naamZichtbaar: false }),
      p({ gemeentecode: 'GM0344', titel: 'Jeugd', themas: ['3.1'] }),
      p({ gemeentecode: 'GM9999', titel: 'Verzonnen' }),
    ]);
    expect(b.landelijk.deelnemers).toEqual({ genoemd: [{ code: 'GM0344', naam: 'Utrecht' }], nietGenoemd: 1 });
    expect(b.onbekendeGemeenten).toEqual([{ gemeentecode: 'GM9999', titel: 'Verzonnen' }]);
    expect(b.landelijk.gemeentenInData).toBe(2);
    // Ook met alleen het laatste plan (waarin Amsterdam wél instemde) blijft Amsterdam ongenoemd.
    expect(analyseer([
      p({ gemeentecode: 'GM0363', titel: 'Ondermijning', themas: ['5.2'] }),
      p({ gemeentecode: 'GM0363', titel: 'Jeugd', themas: ['3.1'], jaar: 2019, naamZichtbaar: false }),
    ], { alleenLaatstePlan: true }).landelijk.deelnemers).toEqual({ genoemd: [], nietGenoemd: 1 });
    // En ook niet als de prioriteit zonder instemming als dubbel wegviel.
    expect(analyseer([
      p({ gemeentecode: 'GM0363', titel: 'Ondermijning', naamZichtbaar: false }),
      p({ gemeentecode: 'GM0363', titel: 'Ondermijning', themas: ['5.2'], bron: 'werkruimte' }),
    ]).landelijk.deelnemers).toEqual({ genoemd: [], nietGenoemd: 1 });
  });

  it('leest ook een gemeentecode zonder GM, en laat op verzoek de jaren per groep weg', () => {
    const b = analyseer([p({ gemeentecode: '363', titel: 'Ondermijning', themas: ['5.2'] })], { perJaarPerGroep: false });
    expect(b.landelijk.gemeentenInData).toBe(1);
    expect(b.landelijk.perJaar).toHaveLength(1);
    expect(b.groepen.find((g) => g.groep.soort === 'g4')).toMatchObject({ gemeentenInData: 1, perJaar: [] });
  });

  it('geeft een leeg beeld zonder prioriteiten, zonder te delen door nul', () => {
    const b = analyseer([]);
    expect(b.landelijk.gemeentenInData).toBe(0);
    expect(b.landelijk.verdeling.velden.every((v) => v.aandeelPrioriteiten === 0 && v.aandeelGemeenten === 0)).toBe(true);
    expect(b.groepen.every((g) => g.gemeentenInData === 0 && g.weinigGemeenten)).toBe(true);
  });
});
