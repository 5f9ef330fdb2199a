import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesVeiligheidsmonitor, leesVmGetal, vmFoutTekst, type VmTabel } from './lezen.ts';
import { herleidVmRegio } from './regios.ts';

// The real sample (CBS StatLine export, provinces 2015-2017); the product itself never reads /work/shared.
const VOORBEELD = readFileSync(new URL('../../../../shared/data/veiligheidsmonitor/veiligheidsmonitor-provincies-2015-2017.csv', import.meta.url), 'utf8');

function tabel(tekst: string): VmTabel {
  const u = leesVeiligheidsmonitor(tekst);
  if (!u.ok) throw new Error(u.fouten.map(vmFoutTekst).join('\n'));
  return u.tabel;
}
const waarde = (t: VmTabel, id: string, regio: string, jaar: number) => t.waarden.find((w) => w.indicatorId === id && w.regiocode === regio && w.jaar === jaar);

describe('de echte StatLine-tabel per provincie 2015-2017', () => {
  const t = tabel(VOORBEELD);

  it('leest alle onderwerpen, regio’s en jaren', () => {
    expect(t.formaat).toBe('statline-draaitabel');
    expect(t.onderwerpen).toHaveLength(30);
    expect(t.regios.map((r) => r.code)).toEqual(['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31']);
    expect(t.regios[0]).toEqual({ code: 'PV20', naam: 'Groningen', soort: 'provincie' });
    expect(t.regios[1]!.naam).toBe('Fryslân');
    expect(t.jaren).toEqual([2015, 2016, 2017]);
    expect(t.waarden).toHaveLength(30 * 12 * 3);
    expect(t.ontbrekend).toBe(0);
  });

  it('kent elk onderwerp van de tabel: label (zonder | en spaties) en eenheid wijzen één indicator aan', () => {
    expect(t.onderwerpen.filter((o) => !o.bekend)).toEqual([]);
    const buurt = t.onderwerpen.find((o) => o.indicatorId === 'onveilig-buurt-wel-eens')!;
    expect(buurt.label).toBe('Voelt zich wel eens onveilig in buurt');
    expect(buurt.cbsEenheid).toBe('%');
    expect(t.onderwerpen.find((o) => o.indicatorId === 'kans-zakkenrollerij')!.cbsEenheid).toBe("% '(heel) groot'");
    expect(t.onderwerpen.find((o) => o.indicatorId === 'rapportcijfer-veiligheid-buurt')!.eenheid).toBe('rapportcijfer');
    // Quoted label with a comma inside.
    expect(t.onderwerpen.find((o) => o.indicatorId === 'respectloos-bekenden')!.label).toBe('Door bekenden (partner, familie, vriend)');
  });

  it("Voelt zich wel eens onveilig in buurt, Groningen (PV) 2015 = 18,3 met marge 1,7", () => {
    expect(waarde(t, 'onveilig-buurt-wel-eens', 'PV20', 2015)).toEqual({ indicatorId: 'onveilig-buurt-wel-eens', regiocode: 'PV20', jaar: 2015, waarde: 18.3, marge: 1.7 });
  });

  it('neemt waarde en marge uit de goede kolom (eerste, laatste, rapportcijfer)', () => {
    expect(waarde(t, 'onveilig-wel-eens', 'PV20', 2015)).toMatchObject({ waarde: 32.9, marge: 2.0 });
    expect(waarde(t, 'onveilig-wel-eens', 'PV31', 2017)).toMatchObject({ waarde: 36.3, marge: 1.4 });
    expect(waarde(t, 'onveilig-wel-eens', 'PV22', 2017)).toMatchObject({ waarde: 29.3, marge: 1.2 });
    expect(waarde(t, 'rapportcijfer-veiligheid-buurt', 'PV20', 2016)?.waarde).toBe(7.4);
    expect(waarde(t, 'respectloos-bekenden', 'PV20', 2016)?.waarde).toBe(5.9);
  });
});

describe('fouten: Nederlands, met regel en kolom, en dan geen uitslag', () => {
  const kop = 'Onderwerp,Perioden,Waarde_Groningen (PV)_2015,Marges_Groningen (PV)_2015';

  it('een onleesbaar getal', () => {
    const u = leesVeiligheidsmonitor(`${kop}\n|||Voelt zich wel eens onveilig,%,"32,9","2,0"\n|||Voelt zich vaak onveilig,%,"1x3","0,5"\n`);
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.fouten).toEqual([{ regel: 3, kolom: 3, kolomnaam: 'Waarde_Groningen (PV)_2015', reden: expect.stringContaining("'1x3' is geen getal") }]);
    expect(vmFoutTekst(u.fouten[0]!)).toMatch(/^Regel 3, kolom 3 \(Waarde_Groningen \(PV\)_2015\): '1x3' is geen getal/);
  });

  it('een percentage boven 100 en een negatieve marge', () => {
    const u = leesVeiligheidsmonitor(`${kop}\nVoelt zich wel eens onveilig,%,"132,9","2,0"\nVoelt zich vaak onveilig,%,"1,3","-0,5"\n`);
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.fouten.map((f) => [f.regel, f.kolom])).toEqual([
      [2, 3],
      [3, 4],
    ]);
  });

  it('een regio die niet te herleiden is, in de kopregel', () => {
    const u = leesVeiligheidsmonitor('Onderwerp,Perioden,Waarde_Basisteam Oost_2015\nVoelt zich vaak onveilig,%,"1,3"\n');
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.fouten[0]).toMatchObject({ regel: 1, kolom: 3, reden: expect.stringContaining("De regio 'Basisteam Oost' is niet te herleiden") });
  });

  it('een regel met te weinig kolommen, een dubbel onderwerp, een open aanhalingsteken', () => {
    const u = leesVeiligheidsmonitor(`${kop}\nVoelt zich vaak onveilig,%,"1,3"\nVoelt zich wel eens onveilig,%,"3,0","0,2"\nVoelt zich wel eens onveilig,%,"3,0","0,2"\n`);
    expect(u.ok).toBe(false);
    if (u.ok) return;
    expect(u.fouten[0]).toMatchObject({ regel: 2, kolom: null, reden: 'Deze regel heeft 3 kolommen, de kopregel 4.' });
    expect(u.fouten[1]).toMatchObject({ regel: 4, kolom: 1, reden: expect.stringContaining('staat er twee keer (ook op regel 3)') });
    const open = leesVeiligheidsmonitor(`${kop}\nVoelt zich vaak onveilig,%,"1,3,"0,5"\n`);
    expect(open.ok).toBe(false);
  });

  it('geen tabel van de Veiligheidsmonitor, of leeg', () => {
    const u = leesVeiligheidsmonitor('naam,waarde\na,1\n');
    expect(u.ok).toBe(false);
    if (!u.ok) expect(u.fouten[0]!.reden).toContain('geen tabel van de Veiligheidsmonitor');
    const leeg = leesVeiligheidsmonitor('\uFEFF  \n');
    expect(leeg.ok).toBe(false);
  });
});

describe('andere regio’s, lege cellen, puntkomma en onbekende onderwerpen', () => {
  it('Nederland, gemeenten op naam en wijken met code; . en leeg zijn geen waarde', () => {
    const csv =
      'Onderwerp;Perioden;Waarde_Nederland_2023;Waarde_Utrecht_2023;Waarde_Bergen (NH.)_2023;Waarde_Centrum (WK034401)_2023;Marges_Nederland_2023;Marges_Utrecht_2023;Marges_Bergen (NH.)_2023;Marges_Centrum (WK034401)_2023\r\n' +
      '|||Voelt zich wel eens onveilig in buurt ;%;"18,1";"20,4";"9,9";.;"0,3";"1,9";.;.\r\n' +
      'Aandeel met een hond;%;"31,0";"20,0";"";"25,0";"0,5";"2,0";;"4,0"\r\n';
    const t = tabel(csv);
    expect(t.regios).toEqual([
      { code: 'NL01', naam: 'Nederland', soort: 'land' },
      { code: 'GM0344', naam: 'Utrecht', soort: 'gemeente' },
      { code: 'GM0373', naam: 'Bergen (NH.)', soort: 'gemeente' },
      { code: 'WK034401', naam: 'Centrum', soort: 'wijk' },
    ]);
    expect(t.ontbrekend).toBe(2);
    expect(t.waarden.find((w) => w.regiocode === 'GM0373' && w.indicatorId === 'onveilig-buurt-wel-eens')).toMatchObject({ waarde: 9.9, marge: null });
    const eigen = t.onderwerpen.find((o) => !o.bekend)!;
    expect(eigen).toEqual({ indicatorId: 'eigen:aandeel-met-een-hond:procent', label: 'Aandeel met een hond', cbsEenheid: '%', eenheid: 'percentage', bekend: false });
  });

  it('regio’s herleiden', () => {
    expect(herleidVmRegio('Groningen (PV)')?.code).toBe('PV20');
    expect(herleidVmRegio('Groningen')?.code).toBe('GM0014');
    expect(herleidVmRegio('Friesland (PV)')?.code).toBe('PV21');
    expect(herleidVmRegio('Noord-Nederland (LD)')?.code).toBe('LD01');
    expect(herleidVmRegio('BU03630000')).toEqual({ code: 'BU03630000', naam: 'BU03630000', soort: 'buurt' });
    expect(herleidVmRegio("'s-Gravenhage")?.code).toBe('GM0518');
    expect(herleidVmRegio('Atlantis')).toBeUndefined();
    expect(herleidVmRegio('Oud-West', (n) => (n === 'Oud-West' ? { code: 'WK036305', naam: n, soort: 'wijk' } : undefined))?.code).toBe('WK036305');
  });

  it('getallen', () => {
    expect(leesVmGetal('18,3')).toBe(18.3);
    expect(leesVmGetal('18.3')).toBe(18.3);
    expect(leesVmGetal('1.234,5')).toBe(1234.5);
    expect(leesVmGetal(' 7 ')).toBe(7);
    expect(leesVmGetal('18,3%')).toBeNull();
    expect(leesVmGetal('')).toBeNull();
  });
});

describe('CBS open data (lang formaat)', () => {
  it('met de dimensie Marges: waarde, ondergrens en bovengrens worden waarde en marge', () => {
    const csv =
      '"ID";"Marges";"RegioS";"Perioden";"VoeltZichWelEensOnveiligInBuurt_1";"RapportcijferVeiligheidInBuurt_2"\n' +
      '"0";"MW00000";"GM0014  ";"2017JJ00";"  15.8";"7.4"\n' +
      '"1";"MOG0095";"GM0014  ";"2017JJ00";"  14.2";"7.3"\n' +
      '"2";"MBG0095";"GM0014  ";"2017JJ00";"  17.4";"7.5"\n' +
      '"3";"MW00000";"NL01    ";"2017JJ00";"  16.0";"."\n';
    const t = tabel(csv);
    expect(t.formaat).toBe('cbs-open-data');
    expect(t.onderwerpen.map((o) => [o.indicatorId, o.bekend])).toEqual([
      ['onveilig-buurt-wel-eens', true],
      ['rapportcijfer-veiligheid-buurt', true],
    ]);
    expect(t.waarden.find((w) => w.regiocode === 'GM0014' && w.indicatorId === 'onveilig-buurt-wel-eens')).toMatchObject({ jaar: 2017, waarde: 15.8, marge: 1.6 });
    expect(t.waarden.find((w) => w.regiocode === 'GM0014' && w.indicatorId === 'rapportcijfer-veiligheid-buurt')?.marge).toBe(0.1);
    expect(t.waarden.find((w) => w.regiocode === 'NL01')).toMatchObject({ waarde: 16, marge: null });
    expect(t.ontbrekend).toBe(1);
  });

  it('met partnerkolommen _Marge, en fouten met regel en kolom', () => {
    const ok = tabel('RegioS,Perioden,SocialeOverlast_4,SocialeOverlast_4_Marge\nGM0344,2021JJ00,"6,1","1,2"\nGM0344,2023JJ00,"5,0","1,1"\n');
    expect(ok.waarden.map((w) => [w.indicatorId, w.jaar, w.waarde, w.marge])).toEqual([
      ['sociale-overlast', 2021, 6.1, 1.2],
      ['sociale-overlast', 2023, 5, 1.1],
    ]);
    const fout = leesVeiligheidsmonitor('RegioS,Perioden,SocialeOverlast_4\nGM0344,2021KW01,"6,1"\nXX,2021JJ00,"6,1"\n');
    expect(fout.ok).toBe(false);
    if (fout.ok) return;
    expect(fout.fouten.map((f) => [f.regel, f.kolom])).toEqual([
      [2, 2],
      [3, 1],
    ]);
    expect(fout.fouten[0]!.reden).toContain("'2021KW01' is geen jaar");
  });
});
