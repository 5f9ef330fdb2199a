/**
 * Wat de samenvatting van een import noemt (issue 16, punt 6): alleen perioden en soorten met een
 * ingelezen regel, en de tabel per plaats van data.politie.nl wordt herkend en met uitleg geweigerd.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regiolijst } from '../../server/politie/regiolijst.ts';
import { herkenFormaat, tabelPerPlaats } from './formaat.ts';
import { BestandGeweigerd, Inlezer, type InleesOpties, type Uitkomst } from './inlezen.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';
import { dekkingTekst, importDekking, zonderThema } from './samenvatting.ts';
import { SoortenTeller } from './soortenteller.ts';
import { groepen } from './cijfers.ts';
import { standaardKoppeling } from './themakoppeling.ts';

const amsterdam = readFileSync(new URL('../../../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));
const regios = regiolijst();
const cbsKop = '"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"';

function leesIn(invoer: string | Uint8Array, opties: Partial<InleesOpties> = {}, stuk = 1 << 16): Uitkomst {
  const bytes = typeof invoer === 'string' ? new TextEncoder().encode(invoer) : invoer;
  const inlezer = new Inlezer({ regios, ...opties });
  for (let i = 0; i < bytes.length; i += stuk) {
    inlezer.verwerk(bytes.subarray(i, Math.min(bytes.length, i + stuk)));
    if (inlezer.moetLegen) inlezer.neemCellen();
  }
  return inlezer.einde();
}

/** 29 gegevensregels over 2023 (regels 2-30), dan op regel 31 de enige regel over 2020, met een fout aantal. */
function metGeweigerdJaar(fout2020 = '"-3"'): string {
  const regels = [cbsKop];
  const codes = ['1.1.1', '1.2.3', '2.5.2', '1.4.5', '2.2.1', '3.1.1', '3.9.1', '1.6.1', '2.6.9', '3.6.4'];
  const regiosIn = ['GM0363', 'GM0599', 'GM0344'];
  for (let i = 0; i < 29; i++) regels.push(`"${i}";"${regiosIn[i % 3]}";"${codes[Math.floor(i / 3)]}";"2023JJ00";"${10 + i}"`);
  regels.push(`"29";"GM0363";"1.1.1";"2020JJ00";${fout2020}`);
  return regels.join('\n');
}

describe('perioden in de samenvatting', () => {
  it('noemt een jaar niet waarvan de enige regel is geweigerd', () => {
    const u = leesIn(metGeweigerdJaar());
    expect(u.foutenTotaal).toBe(1);
    expect(u.fouten[0]!.regel).toBe(31);
    expect(u.perioden).toEqual([{ jaar: 2023, maand: 0 }]);
  });

  it('noemt het jaar wel als de regel is ingelezen, ook met een onbekend aantal (.)', () => {
    expect(leesIn(metGeweigerdJaar('"12"')).perioden.map((p) => p.jaar)).toEqual([2020, 2023]);
    expect(leesIn(metGeweigerdJaar('"."')).perioden.map((p) => p.jaar)).toEqual([2020, 2023]);
  });

  it('ook als de cellen onderweg zijn weggeschreven (kleine maxCellen) en bij kleine stukken', () => {
    expect(leesIn(metGeweigerdJaar(), { maxCellen: 2 }, 37).perioden).toEqual([{ jaar: 2023, maand: 0 }]);
    expect(leesIn(metGeweigerdJaar('"5"'), { maxCellen: 2 }, 37).perioden.map((p) => p.jaar)).toEqual([2020, 2023]);
  });

  it('noemt een periode niet waarvan alle regels een onbekende soort of geen regio hebben', () => {
    const u = leesIn([cbsKop, '"0";"GM0363";"1.1.1";"2023JJ00";"4"', '"1";"GM0363";"9.9.9";"2019JJ00";"4"', '"2";"";"1.1.1";"2018JJ00";"4"'].join('\n'));
    expect(u.perioden).toEqual([{ jaar: 2023, maand: 0 }]);
    expect(u.onbekendeSoorten.map((o) => o.code)).toEqual(['9.9.9']);
  });
});

describe('soorten zonder thema in de samenvatting', () => {
  it('noemt het totaal 0.0.0 niet als het bestand geen regel 0.0.0 heeft (de echte download van data.politie.nl)', () => {
    const u = leesIn(amsterdam);
    expect(u.soorten).toEqual(['1.2.3']);
    expect(u.perioden).toEqual([{ jaar: 2024, maand: 0 }]);
    expect(zonderThema(new Array(59).fill(0), new Map(), new Set(u.soorten))).toEqual([]);
  });

  it('noemt 0.0.0 en een soort zonder thema wel als ze in het bestand staan, ook met aantal 0', () => {
    const u = leesIn([cbsKop, '"0";"GM0363";"0.0.0";"2023JJ00";"0"', '"1";"GM0363";"2.6.13";"2023JJ00";"7"', '"2";"GM0363";"1.1.1";"2023JJ00";"3"'].join('\n'));
    expect(u.soorten).toEqual(['0.0.0', '1.1.1', '2.6.13']);
    const totalen = new Array(59).fill(0);
    totalen[misdrijfsoorten.findIndex((m) => m.code === '2.6.13')] = 7;
    const lijst = zonderThema(totalen, new Map(), new Set(u.soorten));
    expect(lijst.map((z) => [z.code, z.aantal])).toEqual([
      ['0.0.0', 0],
      ['2.6.13', 7],
    ]);
    // Zonder de soorten van het bestand (een oude aanroep): alle soorten zonder thema, zoals voorheen.
    expect(zonderThema(totalen, new Map())).toHaveLength(standaardKoppeling.filter((k) => k.themaId === null).length);
  });
});

describe('de tabel per plaats van data.politie.nl', () => {
  const kop = '\uFEFF"Soort misdrijf";"Plaatsen";"Perioden";"Geregistreerde misdrijven (aantal)"';
  const bestand = [
    kop,
    '"1.2.3 Diefstal van brom-, snor-, fietsen";"Amsterdam";"2024";"   11987"',
    '"1.2.3 Diefstal van brom-, snor-, fietsen";"Zwanenburg";"2024";"      41"',
  ].join('\r\n');

  it('herkent de kolom Plaatsen en zegt welke tabel wel past, met de stappen', () => {
    const h = herkenFormaat(['Soort misdrijf', 'Plaatsen', 'Perioden', 'Geregistreerde misdrijven (aantal)']);
    expect(h).toEqual({ ok: false, reden: tabelPerPlaats });
    expect(tabelPerPlaats).toContain('47018NED');
    expect(tabelPerPlaats).toContain('"Wijken en buurten"');
    expect(tabelPerPlaats).toMatch(/1\. .*2\. .*3\. .*4\. /);
    // Ook met een kolom Woonplaatsen of in een andere volgorde.
    expect(herkenFormaat(['Woonplaatsen', 'Soort misdrijf', 'Perioden', 'Geregistreerde misdrijven'])).toEqual({ ok: false, reden: tabelPerPlaats });
  });

  it('weigert het bestand op regel 1 zonder iets in te lezen', () => {
    let fout: unknown;
    try {
      leesIn(bestand);
    } catch (err) {
      fout = err;
    }
    expect(fout).toBeInstanceOf(BestandGeweigerd);
    expect((fout as BestandGeweigerd).regel).toBe(1);
    expect((fout as BestandGeweigerd).message).toBe(tabelPerPlaats);
  });

  it('laat de tabel per wijk en buurt en een lange tabel met een plaatskolom naast de regio gewoon door', () => {
    expect(herkenFormaat(['Soort misdrijf', 'Perioden', 'Wijken en buurten', 'Geregistreerde misdrijven (aantal)'])).toMatchObject({ ok: true, formaat: { naam: 'politie-portaal' } });
    expect(herkenFormaat(['regiocode', 'plaats', 'soort', 'periode', 'aantal'])).toMatchObject({ ok: true, formaat: { naam: 'lange-tabel' } });
    // Een adreslijst met een woonplaats is geen tabel per plaats: de gewone melding.
    const adressen = herkenFormaat(['Naam', 'Adres', 'Woonplaats']);
    expect(adressen.ok).toBe(false);
    if (!adressen.ok) expect(adressen.reden).toContain('niet herkend');
  });
});

/** Leest in zoals de importthread: elk blok cellen (ook de tussenstanden) gaat door de teller. */
function telSoorten(invoer: string | Uint8Array, opties: Partial<InleesOpties> = {}, stuk = 1 << 16) {
  const bytes = typeof invoer === 'string' ? new TextEncoder().encode(invoer) : invoer;
  const inlezer = new Inlezer({ regios, ...opties });
  const teller = new SoortenTeller();
  for (let i = 0; i < bytes.length; i += stuk) {
    inlezer.verwerk(bytes.subarray(i, Math.min(bytes.length, i + stuk)));
    if (inlezer.moetLegen) teller.tel(inlezer.neemCellen());
  }
  teller.tel(inlezer.einde().rest);
  return teller.uitkomst();
}

describe('dekking per thema en veld in de samenvatting (issue 16, punt 2)', () => {
  const thema13 = groepen('thema').get('1.3')!;
  const veld1 = groepen('veld').get('1')!;

  it('noemt thema 1.3 en veld 1 van de echte download onvolledig: alleen 1.2.3, voor alle 517 buurten in 2024', () => {
    const per = telSoorten(amsterdam);
    expect(per).toEqual([{ niveau: 'buurt', periode: '2024JJ00', regios: 517, inAlle: ['1.2.3'], inSommige: [] }]);
    const d = importDekking(per);
    expect(d.alleVolledig).toBe(false);
    expect(d.groepen).toHaveLength(1);
    const g = d.groepen[0]!;
    expect(g.onvolledig.map((o) => `${o.soort} ${o.sleutel}`)).toEqual(['thema 1.3', 'veld 1']);
    expect(g.onvolledig[0]!.dekking).toEqual({ codes: thema13, aanwezig: ['1.2.3'], ontbrekend: thema13.filter((c) => c !== '1.2.3'), volledig: false });
    expect(g.volledig).toEqual({ themas: [], velden: [] });
    const tekst = dekkingTekst(d);
    expect(tekst).toEqual([
      {
        kop: '517 buurten in 2024:',
        regels: [
          `Thema 1.3 Objectieve veiligheid/veelvoorkomende en high impact crime: onvolledig (1 van ${thema13.length} soorten: alleen 1.2.3)`,
          `Veld 1 Veilige woon- en leefomgeving: onvolledig (1 van ${veld1.length} soorten: alleen 1.2.3)`,
          expect.stringMatching(/^Zonder cijfers in dit bestand: \d+ thema's en \d+ velden\.$/),
        ],
      },
    ]);
  });

  it('zegt het in één zin als alles volledig is (een volledige export), ook met tussenstanden', () => {
    const regels = [cbsKop];
    let id = 0;
    for (const regio of ['GM0363', 'WK036300', 'BU03630000']) for (const jaar of ['2023JJ00', '2024JJ00']) for (const m of misdrijfsoorten) regels.push(`"${id++}";"${regio}";"${m.code}";"${jaar}";"${id % 3}"`);
    const per = telSoorten(regels.join('\n'), { maxCellen: 2 }, 997);
    expect(per.map((p) => [p.niveau, p.periode, p.regios, p.inAlle.length, p.inSommige.length])).toEqual([
      ['gemeente', '2023JJ00', 1, 59, 0],
      ['gemeente', '2024JJ00', 1, 59, 0],
      ['wijk', '2023JJ00', 1, 59, 0],
      ['wijk', '2024JJ00', 1, 59, 0],
      ['buurt', '2023JJ00', 1, 59, 0],
      ['buurt', '2024JJ00', 1, 59, 0],
    ]);
    const d = importDekking(per);
    expect(d.alleVolledig).toBe(true);
    expect(dekkingTekst(d)).toEqual([
      { kop: "Alle thema's en velden zijn volledig: elke soort misdrijf heeft een aantal voor elke regio en periode in het bestand (1 gemeente, 1 wijk en 1 buurt in 2023 en 2024).", regels: [] },
    ]);
  });

  it('telt een soort alleen als aanwezig als hij voor elke regio een bekend aantal heeft; een punt (onbekend) ontbreekt, 0 niet', () => {
    const codes = thema13;
    const regels = [cbsKop];
    let id = 0;
    for (const regio of ['GM0363', 'GM0599']) for (const c of codes) {
      // Rotterdam: 1.2.3 onbekend ("."), 1.1.1 niet in het bestand; Amsterdam: alles, 1.2.3 met 0.
      if (regio === 'GM0599' && c === '1.1.1') continue;
      regels.push(`"${id++}";"${regio}";"${c}";"2024JJ00";"${regio === 'GM0599' && c === '1.2.3' ? '.' : c === '1.2.3' ? 0 : 5}"`);
    }
    const per = telSoorten(regels.join('\n'));
    expect(per[0]).toMatchObject({ niveau: 'gemeente', regios: 2, inSommige: ['1.1.1', '1.2.3'] });
    const g = importDekking(per).groepen[0]!;
    const t13 = g.onvolledig.find((o) => o.sleutel === '1.3')!;
    expect(t13.dekking.ontbrekend).toEqual(['1.1.1', '1.2.3']);
    expect(t13.dekking.aanwezig).toHaveLength(codes.length - 2);
    const regel = dekkingTekst(importDekking(per))[0]!.regels[0]!;
    expect(regel).toBe(`Thema 1.3 Objectieve veiligheid/veelvoorkomende en high impact crime: onvolledig (${codes.length - 2} van ${codes.length} soorten; ontbrekend: 1.1.1 en 1.2.3; 1.1.1 en 1.2.3 niet voor elke regio)`);
    expect(dekkingTekst(importDekking(per))[0]!.kop).toBe('2 gemeenten in 2024:');
  });
});
