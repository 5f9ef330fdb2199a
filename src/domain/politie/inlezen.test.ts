import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regiolijst } from '../../server/politie/regiolijst.ts';
import { leesRecord, leesTabel, Velden } from './csv.ts';
import { herkenFormaat } from './formaat.ts';
import { AANTAL_SOORTEN, BestandGeweigerd, type CelBlok, Inlezer, type InleesOpties, type Uitkomst, WAARDE } from './inlezen.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';
import { leesPeriode } from './perioden.ts';

const data = (pad: string) => readFileSync(new URL(`../../../../shared/data/${pad}`, import.meta.url));
const regios = regiolijst();
const index = (code: string) => misdrijfsoorten.findIndex((m) => m.code === code);

interface Gelezen extends Uitkomst {
  /** `regio periode` -> aantallen per soortcode (alleen bekende waarden). */
  cellen: Map<string, Map<string, number>>;
}

function verzamel(doel: Gelezen['cellen'], blok: CelBlok) {
  for (let c = 0; c < blok.aantal; c++) {
    const sleutel = `${blok.regio[c]} ${blok.jaar[c]}${blok.maand[c] ? `-${blok.maand[c]}` : ''}`;
    const cel = doel.get(sleutel) ?? new Map<string, number>();
    for (let s = 0; s < AANTAL_SOORTEN; s++) {
      if (blok.status[c * AANTAL_SOORTEN + s] === WAARDE) cel.set(misdrijfsoorten[s]!.code, blok.waarden[c * AANTAL_SOORTEN + s]!);
    }
    doel.set(sleutel, cel);
  }
}

function leesIn(invoer: string | Uint8Array, opties: Partial<InleesOpties> = {}, stuk = 1 << 16): Gelezen {
  const bytes = typeof invoer === 'string' ? new TextEncoder().encode(invoer) : invoer;
  const inlezer = new Inlezer({ regios, ...opties });
  const cellen: Gelezen['cellen'] = new Map();
  for (let i = 0; i < bytes.length; i += stuk) {
    inlezer.verwerk(bytes.subarray(i, Math.min(bytes.length, i + stuk)));
    if (inlezer.moetLegen) verzamel(cellen, inlezer.neemCellen());
  }
  const u = inlezer.einde();
  verzamel(cellen, u.rest);
  return { ...u, cellen };
}

function geweigerd(invoer: string | Uint8Array, opties: Partial<InleesOpties> = {}): BestandGeweigerd {
  try {
    leesIn(invoer, opties);
  } catch (err) {
    if (err instanceof BestandGeweigerd) return err;
    throw err;
  }
  throw new Error('niet geweigerd');
}

const cbsKop = '"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"';

describe('CSV over bytes', () => {
  it('leest velden tussen aanhalingstekens met scheidingstekens, "" en regeleinden erin', () => {
    const t = leesTabel(new TextEncoder().encode('"a;b";"zei ""ja""";"twee\nregels"\r\nc;  d  ;\n'), 0x3b);
    expect(t).toEqual([
      ['a;b', 'zei "ja"', 'twee\nregels'],
      ['c', 'd', ''],
    ]);
  });

  it('meldt een onvolledig record zolang er nog data komt', () => {
    const v = new Velden();
    expect(leesRecord(new TextEncoder().encode('"abc";"de'), 0, 0x3b, v, false)).toBe(-1);
    expect(leesRecord(new TextEncoder().encode('"abc";"de"\r'), 0, 0x3b, v, false)).toBe(-1);
    expect(leesRecord(new TextEncoder().encode('"abc";"de"\r\n'), 0, 0x3b, v, false)).toBe(12);
  });
});

describe('perioden', () => {
  it('leest jaren en maanden in de vormen van CBS, de politie en andere bronnen', () => {
    expect(leesPeriode('2023JJ00')).toEqual({ jaar: 2023, maand: 0 });
    expect(leesPeriode('2023MM01')).toEqual({ jaar: 2023, maand: 1 });
    expect(leesPeriode('2024')).toEqual({ jaar: 2024, maand: 0 });
    expect(leesPeriode('2024*')).toEqual({ jaar: 2024, maand: 0 });
    expect(leesPeriode('2024 januari')).toEqual({ jaar: 2024, maand: 1 });
    expect(leesPeriode('December 2022')).toEqual({ jaar: 2022, maand: 12 });
    expect(leesPeriode('2024-03')).toEqual({ jaar: 2024, maand: 3 });
    for (const fout of ['2023KW01', '2023MM13', '23', 'vorig jaar', '2023JJ01', '']) expect(leesPeriode(fout)).toBeUndefined();
  });
});

describe('formaatherkenning', () => {
  it('herkent CBS, data.politie.nl en een lange tabel aan de kopregel', () => {
    expect(herkenFormaat(['ID', 'WijkenEnBuurten', 'SoortMisdrijf', 'Perioden', 'GeregistreerdeMisdrijven_1'])).toMatchObject({ ok: true, formaat: { naam: 'cbs' } });
    expect(herkenFormaat(['\uFEFFSoort misdrijf', 'Perioden', 'Wijken en buurten', 'Geregistreerde misdrijven (aantal)'])).toMatchObject({
      ok: true,
      formaat: { naam: 'politie-portaal', kolommen: { soort: 0, periode: 1, regio: 2, aantal: 3 } },
    });
    expect(herkenFormaat(['regiocode', 'soort_misdrijf', 'jaar', 'aantal'])).toMatchObject({ ok: true, formaat: { naam: 'lange-tabel', kopregel: true } });
    expect(herkenFormaat(['GM0363', '1.1.1', '2023', '12'])).toMatchObject({ ok: true, formaat: { naam: 'lange-tabel', kopregel: false } });
  });

  it('weigert iets anders met de kolommen die verwacht werden', () => {
    const r = herkenFormaat(['Naam', 'Adres', 'Woonplaats']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reden).toContain('niet herkend');
    expect(r.reden).toContain('"Naam", "Adres", "Woonplaats"');
    expect(r.reden).toContain('WijkenEnBuurten, SoortMisdrijf, Perioden en GeregistreerdeMisdrijven_1');
    expect(r.reden).toContain('"Geregistreerde misdrijven (aantal)"');
    expect(r.reden).toContain('regio, soort misdrijf, periode en aantal');
  });
});

describe('echte bestanden', () => {
  it('leest de export van data.politie.nl (Amsterdam, BOM, CRLF, namen, opgevulde getallen)', () => {
    const bytes = data('politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv');
    const u = leesIn(bytes);
    expect(u.formaat.naam).toBe('politie-portaal');
    expect(u.codering).toBe('UTF-8 met BOM');
    expect(u.regeleinde).toBe('CRLF');
    expect(u.regelsGelezen).toBe(517);
    expect(u.regelsGeimporteerd).toBe(517);
    expect(u.foutenTotaal).toBe(0);
    expect(u.zoekGemeenten).toEqual({ gemeenten: ['GM0363'], afgeleid: true });
    expect(u.onopgelosteNamen).toEqual([]);
    // Betondorp, Frankendael en Kadoelen zijn zowel wijk als buurt; het bestand bevat alleen buurten.
    expect(u.opgelosteNamen.map((n) => [n.naam, n.codes[0]]).sort()).toEqual([
      ['Betondorp', 'BU0363MP03'],
      ['Frankendael', 'BU0363MM05'],
      ['Kadoelen', 'BU0363ND02'],
    ]);
    expect([...u.cellen.keys()].every((k) => k.startsWith('BU0363') && k.endsWith(' 2024'))).toBe(true);
    expect(u.cellen.get('BU0363MP03 2024')?.get('1.2.3')).toBe(12);
    // De som klopt met het bestand.
    const rijen = leesTabel(bytes).slice(1);
    const som = rijen.reduce((s, r) => s + Number(r[3]), 0);
    expect([...u.cellen.values()].reduce((s, c) => s + (c.get('1.2.3') ?? 0), 0)).toBe(som);
  });

  it('leest de CBS-rijen in de vorm van cbsodataR (komma, labelkolommen, getallen zonder aanhalingstekens)', () => {
    const u = leesIn(data('cbs-47018NED/rows-2023-first106-cbsodataR-form.csv'));
    expect(u.formaat.naam).toBe('cbs');
    expect(u.regelsGelezen).toBe(106);
    expect(u.regelsGeimporteerd).toBe(106);
    expect(u.cellen.get('BU16800000 2023')?.get('0.0.0')).toBe(58);
    expect(u.onbekendeRegiocodes).toEqual([]);
  });

  it('geeft bij elke stukgrootte dezelfde uitkomst (ook één byte per keer)', () => {
    const bytes = data('politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv').subarray(0, 4000);
    const heel = leesIn(bytes, {}, bytes.length);
    for (const stuk of [1, 2, 3, 7, 64]) {
      const u = leesIn(bytes, {}, stuk);
      expect(u.cellen).toEqual(heel.cellen);
      expect(u.regelsGelezen).toBe(heel.regelsGelezen);
    }
  });
});

describe('CBS-formaat', () => {
  const bestand = [
    cbsKop,
    '"0";"NL00      ";"0.0.0  ";"2023JJ00";"  789000"',
    '"1";"GM0363    ";"1.1.1  ";"2023JJ00";"    2500"',
    '"2";"GM0363    ";"2.5.2  ";"2023JJ00";"."',
    '"3";"WK0363AA  ";"1.1.1  ";"2023MM01";"      12"',
    '"4";"BU0363AA01";"1.1.1  ";"2023MM01";""',
    '"5";"BU0363AA01";"2.2.1  ";"2023MM01";"3"',
  ].join('\r\n');

  it('leest opgevulde sleutels, jaren en maanden, en . of leeg als onbekend', () => {
    const u = leesIn(bestand);
    expect(u.formaat.naam).toBe('cbs');
    expect(u.regelsGelezen).toBe(6);
    expect(u.regelsGeimporteerd).toBe(4);
    expect(u.onbekendeWaarden).toBe(2);
    expect(u.cellen.get('NL00 2023')?.get('0.0.0')).toBe(789000);
    expect(u.cellen.get('GM0363 2023')).toEqual(new Map([['1.1.1', 2500]]));
    expect(u.cellen.get('WK0363AA 2023-1')?.get('1.1.1')).toBe(12);
    expect(u.cellen.get('BU0363AA01 2023-1')).toEqual(new Map([['2.2.1', 3]]));
    expect(u.perioden).toEqual([
      { jaar: 2023, maand: 0 },
      { jaar: 2023, maand: 1 },
    ]);
  });

  it('leest hetzelfde met LF, CRLF en CR, met en zonder BOM', () => {
    const basis = leesIn(bestand).cellen;
    for (const [einde, naam] of [
      ['\n', 'LF'],
      ['\r', 'CR'],
    ] as const) {
      const u = leesIn(bestand.replaceAll('\r\n', einde));
      expect(u.regeleinde).toBe(naam);
      expect(u.cellen).toEqual(basis);
    }
    const metBom = leesIn(`\uFEFF${bestand}`);
    expect(metBom.codering).toBe('UTF-8 met BOM');
    expect(metBom.cellen).toEqual(basis);
  });

  it('meldt onbekende soorten apart en laat ze niet stilletjes vallen', () => {
    const u = leesIn(`${cbsKop}\n"0";"GM0363";"9.9.9";"2023JJ00";"5"\n"1";"GM0363";"9.9.9";"2022JJ00";"6"\n"2";"GM0363";"1.1.1";"2023JJ00";"1"`);
    expect(u.onbekendeSoorten).toEqual([{ code: '9.9.9', regels: 2, aantal: 11, eersteRegel: 2 }]);
    expect(u.foutenTotaal).toBe(0);
    expect(u.regelsGeimporteerd).toBe(1);
  });

  it('legt cellen tussentijds af bij een kleine geheugengrens en telt daarna hetzelfde', () => {
    const regels = [cbsKop];
    for (let i = 0; i < 300; i++) regels.push(`"${i}";"BU${String(16800000 + i)}";"1.1.1";"2023JJ00";"${i}"`);
    const klein = leesIn(regels.join('\n'), { maxCellen: 16 }, 512);
    const groot = leesIn(regels.join('\n'));
    expect(klein.cellen).toEqual(groot.cellen);
    expect(klein.cellen.size).toBe(300);
  });
});

describe('foute regels', () => {
  it('meldt elk soort fout met regelnummer en reden, en leest de rest', () => {
    const u = leesIn(
      [
        cbsKop,
        '"0";"GM0363";"1.1.1";"2023JJ00";"10"',
        '"1";"GM0363";"1.1.2";"2023JJ00"',
        '"2";"GM0363";"1.1.2";"2023KW01";"4"',
        '"3";"GM0363";"1.1.2";"vorig jaar";"4"',
        '"4";"GM0363";"1.2.1";"2023JJ00";"-3"',
        '"5";"GM0363";"1.2.2";"2023JJ00";"veel"',
        '"6";"GM0363";"1.2.3";"2023JJ00";"12,5"',
        '"7";"GM0363";"1.1.1";"2023JJ00";"11"',
        '"8";"GM0363";"1.2.4";"2023JJ00";"7"',
      ].join('\n'),
    );
    expect(u.fouten.map((f) => f.regel)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(u.fouten[0]!.reden).toBe('Regel 3: verwacht 5 velden, gevonden 4.');
    expect(u.fouten[1]!.reden).toContain('kwartaalcijfers');
    expect(u.fouten[2]!.reden).toContain("onbekende periode 'vorig jaar'");
    expect(u.fouten[3]!.reden).toContain("negatief aantal '-3'");
    expect(u.fouten[4]!.reden).toContain("het aantal 'veel' is geen getal");
    expect(u.fouten[5]!.reden).toContain('geen geheel getal');
    expect(u.fouten[6]!.reden).toBe('Regel 9: dubbele regel: regio, soort misdrijf en periode staan ook op regel 2.');
    expect(u.regelsGeimporteerd).toBe(2);
    expect(u.cellen.get('GM0363 2023')).toEqual(new Map([
      ['1.1.1', 10],
      ['1.2.4', 7],
    ]));
  });

  it('telt regelnummers door regeleinden binnen aanhalingstekens heen', () => {
    const u = leesIn(`regio;soort;periode;aantal\n"GM0363";"1.1.1";"2023";"1"\n"GM0363\n";"1.1.2";"2023";"x"`);
    expect(u.fouten[0]!.regel).toBe(3);
  });

  it('stopt na meer dan 1.000 foute regels en leest dan niets in', () => {
    const regels = [cbsKop, '"0";"GM0363";"1.1.1";"2023JJ00";"10"'];
    for (let i = 0; i < 1001; i++) regels.push(`"${i}";"GM0363";"1.1.1";"2023JJ00";"-1"`);
    const e = geweigerd(regels.join('\n'));
    expect(e.message).toContain('Meer dan 1.000 foute regels');
    expect(e.message).toContain('niets ingelezen');
    expect(e.regel).toBe(1003);
    // Precies 1.000 mag nog.
    const u = leesIn(regels.slice(0, -1).join('\n'));
    expect(u.foutenTotaal).toBe(1000);
    expect(u.regelsGeimporteerd).toBe(1);
  });

  it('weigert een onbekend formaat, een leeg bestand, alleen een kopregel en UTF-16', () => {
    expect(geweigerd('Naam;Adres\nJan;Dorpsstraat 1\n').message).toContain('Verwacht: een CBS-export');
    expect(geweigerd('').message).toBe('Het bestand is leeg.');
    expect(geweigerd(`${cbsKop}\r\n`).message).toContain('alleen een kopregel');
    expect(geweigerd(new Uint8Array([0xff, 0xfe, 0x41, 0x00])).message).toContain('UTF-16');
    expect(geweigerd('"Key","Title"\n"1.1.1","Diefstal"\n').message).toContain('codelijst');
  });
});

describe('lange tabel', () => {
  it('leest een tabel met en zonder kopregel, met komma of tab', () => {
    const met = leesIn('regiocode,soort_misdrijf,jaar,aantal\nGM0014,1.1.1,2022,100\nGM0014,2.5.2,2022,50\n');
    expect(met.formaat).toMatchObject({ naam: 'lange-tabel', kopregel: true });
    expect(met.cellen.get('GM0014 2022')).toEqual(new Map([
      ['1.1.1', 100],
      ['2.5.2', 50],
    ]));
    const zonder = leesIn('GM0014\t1.1.1\t2022\t100\nGM0014\t2.5.2\t2022\t50\n');
    expect(zonder.formaat).toMatchObject({ naam: 'lange-tabel', kopregel: false });
    expect(zonder.cellen).toEqual(met.cellen);
    expect(zonder.regelsGelezen).toBe(2);
  });
});

describe('regionamen', () => {
  const portaal = (regels: [string, string, string, number | string][]) =>
    [
      '"Soort misdrijf";"Perioden";"Wijken en buurten";"Geregistreerde misdrijven (aantal)"',
      ...regels.map(([s, p, r, n]) => `"${s}";"${p}";"${r}";"${String(n).padStart(8)}"`),
    ].join('\r\n');

  it('leest Latin-1 (Windows-1252) met namen met een trema', () => {
    const tekst = portaal([
      ['1.1.1 Diefstal/inbraak woning', '2023', 'Belgiëplein e.o.', 3],
      ['1.1.1 Diefstal/inbraak woning', '2023', 'Amsterdam', 40],
    ]);
    const latin1 = Uint8Array.from(tekst, (c) => c.charCodeAt(0));
    const u = leesIn(latin1);
    expect(u.codering).toBe('Latin-1');
    expect(u.onopgelosteNamen).toEqual([]);
    expect(u.cellen.get('BU0363FQ05 2023')?.get('1.1.1')).toBe(3);
    expect(u.cellen.get('GM0363 2023')?.get('1.1.1')).toBe(40);
  });

  it('wijst bij een naam die twee keer staat de grootste waarde aan de wijk toe', () => {
    const u = leesIn(
      portaal([
        ['1.1.1 Diefstal/inbraak woning', '2023', 'Amsterdam', 5000],
        ['1.1.1 Diefstal/inbraak woning', '2023', 'Betondorp', 4],
        ['1.1.1 Diefstal/inbraak woning', '2023', 'Betondorp', 9],
        ['1.1.1 Diefstal/inbraak woning', '2023', 'Drieburg', 5],
        ['1.1.1 Diefstal/inbraak woning', '2023', 'Burgwallen-Oude Zijde', 50],
      ]),
      { gemeenten: ['GM0363'] },
    );
    expect(u.onopgelosteNamen).toEqual([]);
    expect(u.cellen.get('WK0363MP 2023')?.get('1.1.1')).toBe(9);
    expect(u.cellen.get('BU0363MP03 2023')?.get('1.1.1')).toBe(4);
    expect(u.cellen.get('GM0363 2023')?.get('1.1.1')).toBe(5000);
    expect(u.opgelosteNamen.find((n) => n.naam === 'Betondorp')?.hoe).toContain('grootste waarde hoort bij de wijk');
  });

  it('meldt wat dubbelzinnig blijft in plaats van te gokken', () => {
    const u = leesIn(
      portaal([
        ['1.1.1 Diefstal/inbraak woning', '2023', 'Burgwallen-Oude Zijde', 50], // een wijk
        ['1.1.1 Diefstal/inbraak woning', '2023', 'Kadoelen', 7], // wijk of buurt, één keer, in een gemengd bestand
        ['1.1.1 Diefstal/inbraak woning', '2023', 'Drieburg', 5], // een buurt
        ['1.1.1 Diefstal/inbraak woning', '2023', 'Nergenshuizen', 1],
        ['1.1.1 Diefstal/inbraak woning', '2023', 'Centrum', 2], // bestaat, maar niet in Amsterdam
      ]),
      { gemeenten: ['GM0363'] },
    );
    expect(u.onopgelosteNamen.map((n) => n.naam)).toEqual(['Kadoelen', 'Nergenshuizen', 'Centrum']);
    const kadoelen = u.onopgelosteNamen[0]!;
    expect(kadoelen.reden).toContain('wijk WK0363ND en buurt BU0363ND02');
    expect(kadoelen.eersteRegel).toBe(3);
    expect(kadoelen.kandidaten.map((k) => k.code)).toEqual(['WK0363ND', 'BU0363ND02']);
    expect(u.onopgelosteNamen[1]!.reden).toContain('onbekende regionaam');
    expect(u.onopgelosteNamen[2]!.reden).toContain('Amsterdam (GM0363)');
    expect(u.regelsGeimporteerd).toBe(2);
    expect([...u.cellen.keys()].sort()).toEqual(['BU0363MP01 2023', 'WK0363AE 2023']);
  });

  it('zoekt zonder werkruimte in de gemeente die het bestand aanwijst', () => {
    const u = leesIn(
      portaal([
        ['2.5.2 Winkeldiefstal', '2024', 'Centrum', 3],
        ['2.5.2 Winkeldiefstal', '2024', 'Stommeer', 4],
        ['2.5.2 Winkeldiefstal', '2024', 'Hornmeer', 1],
        ['2.5.2 Winkeldiefstal', '2024', 'Uiterweg', 0],
        ['2.5.2 Winkeldiefstal', '2024', 'Kudelstaart', 2],
      ]),
    );
    expect(u.zoekGemeenten).toEqual({ gemeenten: ['GM0358'], afgeleid: true });
    expect(u.onopgelosteNamen).toEqual([]);
    expect(u.cellen.get('BU03580000 2024')?.get('2.5.2')).toBe(3);
  });
});

describe('aantallen per soort', () => {
  it('gebruikt de volgorde van misdrijfsoorten (0.0.0 eerst)', () => {
    expect(index('0.0.0')).toBe(0);
    expect(AANTAL_SOORTEN).toBe(59);
  });
});
