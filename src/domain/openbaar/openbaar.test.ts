import { describe, expect, it } from 'vitest';
import type { IndicatorOverzicht } from '../monitoring/dashboard.ts';
import { dekkingUit } from '../politie/dekking.ts';
import {
  BRON_POLITIE,
  cijfersCsv,
  cijfersJson,
  heeftInhoud,
  type OpenbareBron,
  openbaarDashboard,
  publiceerbareOnderdelen,
  soortVan,
  statusInGewoneWoorden,
} from './openbaar.ts';

const indicator = (id: string, naam: string, extra: Partial<IndicatorOverzicht> = {}): IndicatorOverzicht =>
  ({
    id,
    naam,
    prioriteitId: 'p1',
    themaId: null,
    bron: 'veiligheidsmonitor',
    bronToelichting: '',
    aard: 'subjectief',
    eenheid: 'percentage',
    richting: 'lager-is-beter',
    referentiejaar: 2024,
    referentiewaarde: 21,
    streefwaarden: [{ jaar: 2030, waarde: 17 }],
    metingen: [{ periode: '2026', waarde: 20, toelichting: 'interne notitie' }],
    eigenaarId: 'gebruiker-1',
    status: 'achter',
    statusUitleg: 'Vaktaal over de streeflijn.',
    streefveranderingProcent: null,
    gerealiseerdeVeranderingProcent: null,
    eindjaar: 2030,
    eindstreefwaarde: 17,
    pad: [],
    streefhulp: null,
    ...extra,
  }) as IndicatorOverzicht;

const bron = (): OpenbareBron => ({
  gemeente: { code: 'GM9999', naam: 'Dijkstede' },
  ivp: { datum: '2026-11-12', versie: 1, periodeStart: 2027, periodeEinde: 2030 },
  prioriteiten: [
    { id: 'p1', titel: 'Veilige wijken', doel: 'Minder overlast.' },
    { id: 'p2', titel: 'Ondermijning', doel: 'Sterke informatiepositie.' },
  ],
  indicatoren: [indicator('i1', 'Onveilig gevoel'), indicator('i2', 'Geheime signalen', { vertrouwelijk: true, status: 'op-koers' })],
  maatregelen: [
    { prioriteitId: 'p1', maatregelen: [{ status: 'loopt' }, { status: 'afgerond' }, { status: 'geschrapt' }] },
    { prioriteitId: 'p2', maatregelen: [{ status: 'loopt', vertrouwelijk: true }, { status: 'vertraagd' }] },
  ],
  rapportage: { periode: '2027-K1', titel: 'Voortgangsrapportage 1e kwartaal 2027', versie: 1, aangebodenOp: '2027-05-03', besprokenOp: null },
  politie: [
    {
      themaId: '1.3',
      naam: 'Geweld',
      codes: [
        { code: '1.4.5', titel: 'Mishandeling' },
        { code: '1.4.6', titel: 'Straatroof' },
      ],
      // 2023: both crime types (1.4.6 with 0); 2024: only 1.4.5. Over the years 1.4.6 is missing.
      reeks: [
        { jaar: 2023, aantal: 90, per1000: 2.3, dekking: dekkingUit(['1.4.5', '1.4.6'], new Set(['1.4.5', '1.4.6'])) },
        { jaar: 2024, aantal: 100, per1000: 2.5, dekking: dekkingUit(['1.4.5', '1.4.6'], new Set(['1.4.5'])) },
      ],
      wijken: [{ code: 'WK999901', naam: 'Molenwijk', jaar: 2024, aantal: 40, per1000: 4, dekking: dekkingUit(['1.4.5', '1.4.6'], new Set(['1.4.5'])) }],
    },
    { themaId: '5.2', naam: 'Ondermijning', codes: [], reeks: [{ jaar: 2024, aantal: 3, per1000: null, dekking: dekkingUit([], new Set()) }], wijken: [] },
  ],
  vertrouwelijkeThemas: new Set(['5.2']),
});

const paden = { csv: '/c.csv', json: '/c.json' };
const alles = (b: OpenbareBron) => new Set(publiceerbareOnderdelen(b).map((o) => o.id));

describe('wat openbaar kan', () => {
  it('biedt het IVP, elke niet-vertrouwelijke indicator, de voortgang, de rapportage en de politiecijfers per thema aan; nooit iets vertrouwelijks', () => {
    const ids = publiceerbareOnderdelen(bron()).map((o) => o.id);
    expect(ids).toEqual(['ivp', 'indicator-i1', 'voortgang', 'rapportage', 'politie-1.3']);
    expect(soortVan('indicator-i1')).toEqual({ soort: 'indicator', sleutel: 'i1' });
    expect(soortVan('politie-1.3')).toEqual({ soort: 'politie', sleutel: '1.3' });
    expect(soortVan('iets')).toBeNull();
  });

  it('toont alleen wat gepubliceerd is', () => {
    const d = openbaarDashboard(bron(), new Set(['indicator-i1']), paden);
    expect(d.ivp).toBeNull();
    expect(d.voortgang).toBeNull();
    expect(d.indicatoren.map((i) => i.naam)).toEqual(['Onveilig gevoel']);
    // Without the IVP published, the priority is not named.
    expect(d.indicatoren[0]!.prioriteit).toBeNull();
    expect(heeftInhoud(openbaarDashboard(bron(), new Set(), paden))).toBe(false);
  });

  it('laat vertrouwelijke onderdelen weg, ook als ze eerder gepubliceerd waren', () => {
    const gepubliceerd = new Set([...alles(bron()), 'indicator-i2', 'politie-5.2']);
    const d = openbaarDashboard(bron(), gepubliceerd, paden);
    const tekst = JSON.stringify(d) + cijfersCsv(d) + JSON.stringify(cijfersJson(d));
    expect(tekst).not.toContain('Geheime signalen');
    expect(d.politie!.themas.map((t) => t.themaId)).toEqual(['1.3']);
    // The confidential measure does not count; no names, owners or notes.
    expect(d.voortgang!.totaal).toBe(4);
    expect(tekst).not.toContain('interne notitie');
    expect(tekst).not.toContain('gebruiker-1');
  });

  it('telt de maatregelen per status en per prioriteit', () => {
    const d = openbaarDashboard(bron(), alles(bron()), paden);
    expect(d.voortgang!.perStatus).toEqual([
      { status: 'loopt', naam: 'Loopt', aantal: 1 },
      { status: 'vertraagd', naam: 'Vertraagd', aantal: 1 },
      { status: 'afgerond', naam: 'Afgerond', aantal: 1 },
      { status: 'geschrapt', naam: 'Geschrapt', aantal: 1 },
    ]);
    expect(d.voortgang!.afgerondProcent).toBe(33);
    expect(d.voortgang!.perPrioriteit.map((p) => [p.prioriteit, p.totaal])).toEqual([
      ['Veilige wijken', 3],
      ['Ondermijning', 1],
    ]);
  });

  it('zegt per politiethema welke soorten misdrijf in de cijfers zaten', () => {
    const t = openbaarDashboard(bron(), alles(bron()), paden).politie!.themas[0]!;
    expect(t.dekking.codes).toEqual([
      { code: '1.4.5', titel: 'Mishandeling', inDeCijfers: true },
      { code: '1.4.6', titel: 'Straatroof', inDeCijfers: false },
    ]);
    // The rule and words of domain/politie/dekking.ts: over several years a crime type counts only if it is in each year.
    expect(t.dekking.tekst).toBe(
      'Onvolledig: 1 van de 2 soorten misdrijf zit in de ingelezen cijfers (1.4.5); het echte aantal kan hoger zijn. Over meer jaren telt een soort alleen mee als hij in elk jaar in de cijfers zit.',
    );
    expect(t.dekking).toMatchObject({ volledig: false, kort: 'onvolledig (1 van 2 soorten)' });
    // Per year and per wijk: complete or "onvolledig" with the count.
    expect(t.reeks.map((r) => [r.jaar, r.volledig, r.dekking])).toEqual([
      [2023, true, 'volledig (2 van 2 soorten)'],
      [2024, false, 'onvolledig (1 van 2 soorten)'],
    ]);
    expect(t.wijken[0]).toMatchObject({ volledig: false, dekking: 'onvolledig (1 van 2 soorten)' });
  });

  it('noemt een thema volledig als elke soort in elk jaar een bekend aantal heeft, ook 0', () => {
    const b = bron();
    b.politie[0]!.reeks = b.politie[0]!.reeks.map((r) => ({ ...r, dekking: dekkingUit(['1.4.5', '1.4.6'], new Set(['1.4.5', '1.4.6'])) }));
    const t = openbaarDashboard(b, alles(b), paden).politie!.themas[0]!;
    expect(t.dekking).toMatchObject({ volledig: true, kort: 'volledig (2 van 2 soorten)', tekst: 'Volledig: alle 2 soorten misdrijf zitten in de ingelezen cijfers.' });
    expect(t.dekking.codes.every((c) => c.inDeCijfers)).toBe(true);
  });
});

describe('gewone woorden (B1)', () => {
  it('legt elke status uit in korte zinnen zonder vaktaal', () => {
    const zinnen = [statusInGewoneWoorden('op-koers', true, true), statusInGewoneWoorden('achter', true, true), statusInGewoneWoorden('onbekend', false, true), statusInGewoneWoorden('onbekend', true, false)];
    for (const z of zinnen) {
      for (const zin of z.split('. ')) expect(zin.split(' ').length, zin).toBeLessThanOrEqual(15);
      expect(z).not.toMatch(/streefwaarde|referentie|indicator|trendlijn/i);
    }
    const i = openbaarDashboard(bron(), alles(bron()), paden).indicatoren[0]!;
    expect(i.statusWoorden).toBe('Achter');
    expect(i.uitleg.replace(/\u00a0/g, ' ')).toBe('Het gaat minder goed dan gepland. De laatste meting is slechter dan het doel voor dat jaar. De laatste meting is 20 % (2026). Het doel is 17 % in 2030.');
    expect(openbaarDashboard(bron(), alles(bron()), paden).opKoersUitleg).toMatch(/‘Op koers’ betekent/);
  });
});

describe('open data', () => {
  it('geeft een CSV volgens RFC 4180 met bron, uitgever en licentie op elke rij', () => {
    const d = openbaarDashboard(bron(), alles(bron()), paden);
    const csv = cijfersCsv(d);
    const regels = csv.trimEnd().split('\r\n');
    expect(regels[0]).toBe('onderwerp,naam,gebied,gebiedscode,periode,waarde,eenheid,bron,uitgever,licentie,dekking');
    // A police figure says whether it is complete; other figures leave the column empty.
    expect(regels.find((r) => r.startsWith('politie,Geweld,Molenwijk,'))).toMatch(/,onvolledig \(1 van 2 soorten\)$/);
    expect(regels.find((r) => r.startsWith('politie,Geweld,Dijkstede,WK') === false && r.startsWith('politie,Geweld,Dijkstede,') && r.includes(',2023,'))).toMatch(/,volledig \(2 van 2 soorten\)$/);
    expect(regels.find((r) => r.startsWith('effectindicator,'))).toMatch(/,$/);
    expect(regels.some((r) => r.startsWith('politie,Geweld,Molenwijk,WK999901,2024,40,aantal,') && r.includes(BRON_POLITIE.split(',')[0]!))).toBe(true);
    for (const r of regels.slice(1)) expect(r).toContain('CC BY 4.0');
    const json = cijfersJson(d);
    expect(json.licentie.naam).toBe('CC BY 4.0');
    expect(json.uitgever).toBe('Gemeente Dijkstede, gepubliceerd met Kernplan');
    expect(json.cijfers.every((c) => c.bron.length > 0)).toBe(true);
  });

  it('zet een apostrof voor tekst die een spreadsheet als formule zou uitvoeren', () => {
    const b = bron();
    b.indicatoren = [indicator('i1', '=HYPERLINK("x")')];
    const csv = cijfersCsv(openbaarDashboard(b, alles(b), paden));
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
