/**
 * Lezen van CBS 83648NED (groepen 2 en 3 en het totaal) in de vormen die CBS en de gangbare
 * clients schrijven. De getallen in deze voorbeelden zijn verzonnen (alleen de vorm is echt): sleutels
 * T001161/CRI2000/CRI3000, kolomnamen van de TypedDataSet en de labels van StatLine.
 */
import { describe, expect, it } from 'vitest';
import { cbs83648Uittreksel, gepubliceerdGeweld } from '../../../tests/support/cbs-83648ned.ts';
import { cbsGroepFoutTekst, herkenRegio, herkenSoort, leesCbsGroepen, leesJaar } from './cbs-groepen.ts';
import { bbvWaardeUitCbs } from './cijfers.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

const KOP_OPEN =
  '"ID";"SoortMisdrijf";"RegioS";"Perioden";"TotaalGeregistreerdeMisdrijven_1";"GeregistreerdeMisdrijvenRelatief_2";"GeregistreerdeMisdrijvenPer1000Inw_3";"TotaalOpgehelderdeMisdrijven_4";"OpgehelderdeMisdrijvenRelatief_5";"RegistratiesVanVerdachten_6"';

/** Zoals opendata.cbs.nl de TypedDataSet als CSV geeft: ';', aanhalingstekens, sleutels met spaties opgevuld. */
export const OPEN_DATA = [
  KOP_OPEN,
  '"1";"T001161";"NL01    ";"2021JJ00";"     800000";"      100.0";"       45.7";"     200000";"       25.0";"     150000"',
  '"2";"CRI2000";"NL01    ";"2021JJ00";"     106400";"       13.3";"        6.1";"      20000";"       18.8";"      20000"',
  '"3";"CRI3000";"NL01    ";"2021JJ00";"      76400";"        9.6";"        4.4";"      40000";"       52.4";"      35000"',
  '"4";"CRI1000";"GM0362    ";"2021JJ00";"       2000";"       50.0";"       21.9";"        300";"       15.0";"        200"',
  '"5";"CRI2000";"GM0362    ";"2021JJ00";"        320";"        8.0";"        3.5";"         60";"       18.8";"         50"',
  '"6";"CRI3000";"GM0362    ";"2021JJ00";"        310";"        7.7";"        3.4";"        160";"       51.6";"        120"',
  '"7";"CRI3000";"PV27    ";"2021JJ00";"      20000";"        9.0";"        4.4";"      10000";"       50.0";"       9000"',
  '"8";"CRI3000";"GM0385    ";"2021JJ00";"         80";"        6.0";"        2.2";"         40";"       50.0";"         30"',
  '"9";"CRI2000";"GM0385    ";"2021JJ00";"          .";"          .";"          .";"          .";"          .";"          ."',
].join('\r\n');

describe('leesCbsGroepen: CBS open data', () => {
  it('leest de TypedDataSet met sleutels: alleen totaal, groep 2 en 3, van gemeenten en Nederland', () => {
    const u = leesCbsGroepen(bytes(OPEN_DATA));
    if (!u.ok) throw new Error(u.fouten.map(cbsGroepFoutTekst).join('\n'));
    const { samenvatting: s, waarden } = u.tabel;
    expect(s.formaat).toBe('cbs-open-data');
    expect(s.regels).toBe(9);
    expect(s.gemeenten).toEqual(['GM0362', 'GM0385']);
    expect(s.nederland).toBe(true);
    expect(s.jaren).toEqual([2021]);
    expect(s.overgeslagen).toMatchObject({ andereSoorten: 1, andereRegios: 1, zonderWaarde: 1 });
    expect(waarden.find((w) => w.regiocode === 'GM0362' && w.groep === 'CRI3000')).toEqual({ regiocode: 'GM0362', groep: 'CRI3000', jaar: 2021, aantal: 310, per1000: 3.4, voorlopig: false, regel: 7 });
    expect(waarden.find((w) => w.regiocode === 'NL01' && w.groep === 'T001161')!.aantal).toBe(800000);
    expect(s.groepen.map((g) => [g.sleutel, g.waarden])).toEqual([
      ['T001161', 1],
      ['CRI2000', 2],
      ['CRI3000', 3],
    ]);
  });

  it('leest de vorm van cbsodataR (komma, labelkolommen, geen ID) en van cbsodata (labels in plaats van sleutels)', () => {
    const r = [
      'SoortMisdrijf,SoortMisdrijf_label,RegioS,RegioS_label,Perioden,Perioden_label,TotaalGeregistreerdeMisdrijven_1,GeregistreerdeMisdrijvenPer1000Inw_3',
      'CRI3000,3 Gewelds- en seksuele misdrijven,GM0715,Terneuzen,2020JJ00,2020,300,5.5',
      'CRI2000,"2 Vernielingen, misdr.openb.orde/gezag",GM0715,Terneuzen,2020JJ00,2020,316,5.8',
      'CRI2000,"2 Vernielingen, misdr.openb.orde/gezag",GM0715,Terneuzen,2022JJ00,2022*,NA,NA',
    ].join('\n');
    const u = leesCbsGroepen(bytes(r.replaceAll('NA', '')));
    if (!u.ok) throw new Error(u.fouten.map(cbsGroepFoutTekst).join('\n'));
    expect(u.tabel.waarden.map((w) => [w.regiocode, w.groep, w.jaar, w.aantal, w.per1000])).toEqual([
      ['GM0715', 'CRI2000', 2020, 316, 5.8],
      ['GM0715', 'CRI3000', 2020, 300, 5.5],
    ]);

    // pandas (cbsodata.get_data): an index column without a name, labels, floats like 300.0.
    const py = [
      ',ID,SoortMisdrijf,RegioS,Perioden,TotaalGeregistreerdeMisdrijven_1,GeregistreerdeMisdrijvenRelatief_2,GeregistreerdeMisdrijvenPer1000Inw_3',
      '0,10,"Misdrijven, totaal",Nederland,2021,800000.0,100.0,45.7',
      '1,11,"2 Vernielingen,misdropenborde/gezag",Amstelveen,2021,320.0,8.0,3.5',
      '2,12,3 Gewelds- en seksuele misdrijven,Amstelveen,2021,310.0,7.7,3.4',
      '3,13,3 Gewelds- en seksuele misdrijven,Groningen (PV),2021,2000.0,9.0,3.4',
      '4,14,3 Gewelds- en seksuele misdrijven,Haaren,2021,30.0,9.0,2.0',
      '5,15,11 Diefstal/verduistering en inbraak,Amstelveen,2021,900.0,30.0,9.9',
    ].join('\n');
    const p = leesCbsGroepen(bytes(py));
    if (!p.ok) throw new Error(p.fouten.map(cbsGroepFoutTekst).join('\n'));
    expect(p.tabel.waarden.map((w) => `${w.regiocode} ${w.groep} ${w.aantal}`)).toEqual(['GM0362 CRI2000 320', 'GM0362 CRI3000 310', 'NL01 T001161 800000']);
    expect(p.tabel.samenvatting.overgeslagen).toMatchObject({ andereSoorten: 1, andereRegios: 1, onbekendeRegios: ['Haaren'], onbekendeRegiosRegels: 1 });
  });
});

describe('leesCbsGroepen: StatLine-download', () => {
  it('leest labels met titel, kopregel over twee regels, decimale komma, voorlopig jaar en bronregel', () => {
    const s = [
      '"Geregistreerde criminaliteit; soort misdrijf, regio"',
      '"Soort misdrijf";"Regio\'s";"Perioden";"Geregistreerde misdrijven";"Geregistreerde misdrijven"',
      '"";"";"";"Totaal geregistreerde misdrijven";"Geregistreerde misdrijven per 1000 inw."',
      '"Misdrijven, totaal";"Nederland";"2023*";"760000";"42,4"',
      '"2 Vernielingen, misdr.openb.orde/gezag";"Amstelveen";"2022";"350";"3,8"',
      '"3 Gewelds- en seksuele misdrijven";"Amstelveen";"2022";"340";"3,7"',
      '"3 Gewelds- en seksuele misdrijven";"\'s-Gravenhage (gemeente)";"2022";"5000";"9,0"',
      '"3 Gewelds- en seksuele misdrijven";"Edam-Volendam";"2023*";"-";"-"',
      '"Bron: CBS"',
    ].join('\n');
    const u = leesCbsGroepen(bytes(s));
    if (!u.ok) throw new Error(u.fouten.map(cbsGroepFoutTekst).join('\n'));
    expect(u.tabel.formaat).toBe('statline');
    expect(u.tabel.waarden.map((w) => [w.regiocode, w.groep, w.jaar, w.aantal, w.per1000, w.voorlopig])).toEqual([
      ['GM0362', 'CRI2000', 2022, 350, 3.8, false],
      ['GM0362', 'CRI3000', 2022, 340, 3.7, false],
      ['GM0385', 'CRI3000', 2023, 0, 0, true],
      ['GM0518', 'CRI3000', 2022, 5000, 9, false],
      ['NL01', 'T001161', 2023, 760000, 42.4, true],
    ]);
    expect(u.tabel.samenvatting.voorlopigeJaren).toEqual([2023]);
  });

  it('leest één kopregel met onderwerp en eenheid ("Geregistreerde misdrijven/Totaal geregistreerde misdrijven (aantal)")', () => {
    const s = [
      '"ID";"Soort misdrijf";"Perioden";"Regio\'s";"Geregistreerde misdrijven/Totaal geregistreerde misdrijven (aantal)";"Geregistreerde misdrijven/Geregistreerde misdrijven, relatief (% van totaal geregistreerde misdrijven)";"Geregistreerde misdrijven/Geregistreerde misdrijven per 1000 inw.  (per 1 000 inwoners)"',
      '"1";"3 Gewelds- en seksuele misdrijven";"2021";"Edam-Volendam";"80";"6,0";"2,2"',
    ].join('\n');
    const u = leesCbsGroepen(bytes(s));
    if (!u.ok) throw new Error(u.fouten.map(cbsGroepFoutTekst).join('\n'));
    expect(u.tabel.waarden).toMatchObject([{ regiocode: 'GM0385', groep: 'CRI3000', jaar: 2021, aantal: 80, per1000: 2.2 }]);
  });
});

describe('leesCbsGroepen: streng, met regel en kolom', () => {
  const fouten = (tekst: string) => {
    const u = leesCbsGroepen(bytes(tekst));
    if (u.ok) throw new Error('verwacht een fout');
    return u.fouten.map(cbsGroepFoutTekst);
  };

  it('een aantal dat geen heel getal is', () => {
    expect(fouten(OPEN_DATA.replace('"        310"', '"      3.1e2"'))).toEqual([
      "Regel 7, kolom 5 (TotaalGeregistreerdeMisdrijven_1): '3.1e2' is geen aantal (verwacht een heel getal zoals 1234; leeg of '.' als er geen waarde is).",
    ]);
  });

  it('een cijfer per 1.000 dat geen getal is, een onbekende periode, een regel met te weinig velden: alle fouten', () => {
    const kapot = OPEN_DATA.replace('"        3.4"', '"        3,4x"').replace('"3";"CRI3000";"NL01    ";"2021JJ00"', '"3";"CRI3000";"NL01    ";"2021KW01"').replace('"9";"CRI2000";"GM0385    ";"2021JJ00";"          .";', '"9";"CRI2000";"GM0385    ";"2021JJ00";');
    expect(fouten(kapot)).toEqual([
      "Regel 4, kolom 4 (Perioden): '2021KW01' is geen jaar (verwacht bijvoorbeeld 2021JJ00, 2021 of 2023*).",
      "Regel 7, kolom 7 (GeregistreerdeMisdrijvenPer1000Inw_3): '3,4x' is geen cijfer per 1.000 inwoners (verwacht bijvoorbeeld 4,3 of 4.3; leeg of '.' als er geen waarde is).",
      'Regel 10: Deze regel heeft 9 velden, de kopregel 10. Staat er een scheidingsteken of aanhalingsteken te veel of te weinig?',
    ]);
  });

  it('dezelfde regio, groep en jaar twee keer', () => {
    const dubbel = `${OPEN_DATA}\n"10";"CRI3000";"GM0362";"2021JJ00";"1";"1";"1";"1";"1";"1"`;
    expect(fouten(dubbel)).toEqual(['Regel 11: GM0362, CRI3000 in 2021 staat al op regel 7; elke regio, groep en jaar mag één keer voorkomen.']);
  });

  it('geen kopregel, geen meetkolom, geen bruikbare regel, een ander bestand, gegevens na de bron', () => {
    expect(fouten('')[0]).toBe('Regel 1: Het bestand is leeg.');
    expect(fouten('a;b;c\n1;2;3\n')[0]).toContain('De kopregel ontbreekt');
    expect(fouten('"SoortMisdrijf";"RegioS";"Perioden";"TotaalOpgehelderdeMisdrijven_4"\n"CRI3000";"GM0362";"2021JJ00";"1"\n')[0]).toContain('geen kolom met het aantal geregistreerde misdrijven');
    expect(fouten('"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"\n"GM0362";"0.0.0";"2021JJ00";"1"\n')[0]).toContain("geen kolom met de regio");
    expect(fouten(`${KOP_OPEN}\n"1";"CRI1000";"GM0362";"2021JJ00";"1";"1";"1";"1";"1";"1"\n`)[0]).toContain('Geen regel van een gemeente of Nederland met de groepen');
    expect(fouten(`${KOP_OPEN}\n`)[0]).toBe('Regel 2: Onder de kopregel staan geen gegevens.');
    expect(fouten(`${OPEN_DATA}\n"Bron: CBS"\n"10";"CRI3000";"GM0518";"2021JJ00";"1";"1";"1";"1";"1";"1"`)).toEqual([
      'Regel 12: Gegevens na de bronregel op regel 11; alle gegevens horen boven de bron- en voetregels.',
    ]);
    expect(fouten(`${KOP_OPEN}\n"1";"Iets anders";"GM0362";"2021JJ00";"1";"1";"1";"1";"1";"1"\n`)[0]).toContain("'Iets anders' is geen soort misdrijf van 83648NED");
  });
});

describe('herkennen', () => {
  it('soorten, regio’s en jaren', () => {
    expect(['T001161', 'CRI2000', 'CRI3000', 'CRI1000', 'Misdrijven, totaal', '2 Vernielingen,misdropenborde/gezag', '21 Vernieling en beschadiging', '3 Gewelds- en seksuele misdrijven', 'Moord'].map(herkenSoort)).toEqual([
      'T001161',
      'CRI2000',
      'CRI3000',
      'ander',
      'T001161',
      'CRI2000',
      'ander',
      'CRI3000',
      null,
    ]);
    expect(herkenRegio('GM0362    ')).toEqual({ soort: 'gemeente', code: 'GM0362' });
    expect(herkenRegio('Utrecht (gemeente)')).toEqual({ soort: 'gemeente', code: 'GM0344' });
    expect(herkenRegio('Utrecht (PV)')).toEqual({ soort: 'ander' });
    expect(herkenRegio('PV26')).toEqual({ soort: 'ander' });
    expect(herkenRegio('Nederland')).toEqual({ soort: 'nederland', code: 'NL01' });
    expect(leesJaar('2021JJ00')).toEqual({ jaar: 2021, voorlopig: false });
    expect(leesJaar('2023*')).toEqual({ jaar: 2023, voorlopig: true });
    expect(leesJaar('2021MM01')).toBeNull();
  });
});

describe('echte rijen van CBS 83648NED (StatLine-download 2020) tegen gepubliceerde BBV-cijfers', () => {
  it('leest het uittreksel: 6 gemeenten, groep 1, "Niet-gemeentelijk ingedeeld", Aalburg en lege cellen overgeslagen', () => {
    const u = leesCbsGroepen(bytes(cbs83648Uittreksel));
    if (!u.ok) throw new Error(u.fouten.map(cbsGroepFoutTekst).join('\n'));
    const s = u.tabel.samenvatting;
    expect(s.formaat).toBe('statline');
    expect(s.gemeenten).toEqual(['GM0171', 'GM0362', 'GM0396', 'GM0556', 'GM0715', 'GM1945']);
    expect(s.overgeslagen).toEqual({ andereSoorten: 1, andereRegios: 1, zonderWaarde: 1, onbekendeRegios: ['Aalburg'], onbekendeRegiosRegels: 1 });
    expect(u.tabel.waarden.find((w) => w.regiocode === 'GM0362' && w.groep === 'CRI2000' && w.jaar === 2017)).toMatchObject({ aantal: 395, per1000: 4.4 });
  });

  it('geweldsmisdrijven: het cijfer van Kernplan uit CBS-groep 3 ligt voor zes gemeenten binnen 0,1 van het gepubliceerde', () => {
    const u = leesCbsGroepen(bytes(cbs83648Uittreksel));
    if (!u.ok) throw new Error('niet gelezen');
    expect(new Set(gepubliceerdGeweld.map((g) => g.code)).size).toBeGreaterThanOrEqual(3);
    for (const p of gepubliceerdGeweld) {
      const telling = u.tabel.waarden.find((w) => w.regiocode === p.code && w.groep === 'CRI3000' && w.jaar === p.jaar);
      expect(telling, `${p.gemeente} ${p.jaar}`).toBeDefined();
      // Without an entered population of that year, Kernplan shows CBS's own rate per 1,000 (population of 1 January).
      const w = bbvWaardeUitCbs('geweldsmisdrijven', p.jaar, telling!, null);
      expect(w).toMatchObject({ dekking: 'volledig', bron: 'CBS 83648NED', per1000Uit: 'CBS' });
      expect(Math.abs(w.waarde! - p.waarde), `${p.gemeente} ${p.jaar}: ${w.waarde} tegen ${p.waarde} (${p.bron})`).toBeLessThanOrEqual(0.1 + 1e-9);
    }
  });

  it('met een inwonertal deelt Kernplan zelf: hetzelfde cijfer als CBS', () => {
    // Inwoners op 1 januari 2017 volgen uit het CBS-totaal: 4.150 misdrijven = 46,5 per 1.000, dus ongeveer 89.250.
    const w = bbvWaardeUitCbs('geweldsmisdrijven', 2017, { aantal: 350, per1000: 3.9, voorlopig: false }, 89_250);
    expect(w).toMatchObject({ aantal: 350, inwoners: 89_250, waarde: 3.92, per1000Cbs: 3.9, per1000Uit: 'inwoners', landelijkOfficieel: 4.99, landelijkBron: 'CBS 83648NED' });
  });
});
