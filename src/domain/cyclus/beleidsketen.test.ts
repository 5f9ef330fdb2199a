/**
 * Issue 19: the policy chain per priority (problem -> figures -> goal -> measures -> output -> effect),
 * its gaps in plain Dutch, the chain findings of the plan check (warnings) and the annex of the IVP.
 */
import { describe, expect, it } from 'vitest';
import { laatsteStatus } from '../monitoring/indicatoren.ts';
import type { Indicator } from '../monitoring/typen.ts';
import { beleidsketen, eersteZinnen, type Hiaat, type HiaatSoort, hiaatSoorten, type KetenPrioriteit } from './beleidsketen.ts';
import type { Blok } from './document.ts';
import { ivpDocument, uitvoeringsplanDocument } from './documenten.ts';
import type { Maatregel, Uitvoeringsplan } from './inhoud.ts';
import { heeftFout, planCheck } from './plancheck.ts';
import { type AnalyseSectie, type CyclusStand, legeAnalyse, legeStartnotitie, leegIvp } from './stand.ts';
import { openbareStand, zichtbareStand } from './vertrouwelijk.ts';

function ind(deel: Partial<Indicator> & Pick<Indicator, 'id' | 'naam'>): Indicator {
  return {
    prioriteitId: 'p1',
    themaId: null,
    bron: 'politieregistratie',
    bronToelichting: '',
    aard: 'objectief',
    eenheid: 'aantal',
    richting: 'lager-is-beter',
    referentiejaar: 2025,
    referentiewaarde: 400,
    streefwaarden: [
      { jaar: 2028, waarde: 370 },
      { jaar: 2030, waarde: 340 },
    ],
    metingen: [],
    eigenaarId: null,
    ...deel,
  };
}

function maatregel(deel: Partial<Maatregel> & Pick<Maatregel, 'id' | 'naam'>): Maatregel {
  return {
    prestatieIndicator: '',
    bestuurlijkTrekker: 'Burgemeester',
    ambtelijkTrekker: 'Team OOV',
    partners: '',
    startKwartaal: '2027-K1',
    eindKwartaal: '2027-K4',
    budget: null,
    status: 'loopt',
    ...deel,
  };
}

function sectie(sleutel: string, titel: string, tekst: string, deel: Partial<AnalyseSectie> = {}): AnalyseSectie {
  return { sleutel, titel, tekst, analyse: legeAnalyse(), vertrouwelijk: false, ...deel };
}

const T13 = '1.3 Objectieve veiligheid/veelvoorkomende en high impact crime';
const T32 = '3.2 Jeugdcriminaliteit/individuele probleemjongeren';
const INBRAAK_TEKST =
  'In Dijkstede werd in 2025 in 412 woningen ingebroken, vooral in de Molenwijk. Dat is o.a. meer dan in vergelijkbare gemeenten. Daders slaan toe in de donkere maanden. Een vierde zin.';

/** A complete chain for p1 (burglary), and p2 (youth) with every gap. */
function stand(deel: Partial<CyclusStand> = {}): CyclusStand {
  const plan2027: Uitvoeringsplan = {
    jaar: 2027,
    hoofdlijn: '',
    terugblik: '',
    begroting: '',
    actiepunten: [
      {
        id: 'a1',
        titel: 'Inbraakpreventie',
        prioriteitId: 'p1',
        themaId: null,
        maatregelen: [
          maatregel({
            id: 'm1',
            naam: 'Buurtpreventie-app',
            prestatieIndicator: 'aantal aangesloten buurten',
            indicatorIds: ['i1', 'i1'],
            probleemSleutels: ['thema-1.3'],
            methodeId: 'persoonsgerichte-aanpak',
            prestaties: [
              { kwartaal: '2027-K1', gepland: 4, gerealiseerd: 3 },
              { kwartaal: '2027-K2', gepland: 6, gerealiseerd: null },
            ],
          }),
          maatregel({ id: 'm2', naam: 'Voorlichting', indicatorIds: ['i2'], probleemSleutels: ['thema-1.3'], onderbouwing: 'Eigen evaluatie 2024 liet minder inbraken zien.' }),
          maatregel({ id: 'm9', naam: 'Geschrapte proef', status: 'geschrapt' }),
        ],
      },
      {
        id: 'a2',
        titel: 'Jeugd',
        prioriteitId: 'p2',
        themaId: null,
        maatregelen: [maatregel({ id: 'm3', naam: 'Straatcoaches', indicatorIds: ['i1'] })],
      },
      { id: 'a3', titel: 'Uitgaan', prioriteitId: null, themaId: '2.3', maatregelen: [maatregel({ id: 'm4', naam: 'Horecaconvenant' })] },
    ],
  };
  const plan2028: Uitvoeringsplan = {
    ...plan2027,
    jaar: 2028,
    actiepunten: [{ ...plan2027.actiepunten[0]!, maatregelen: [maatregel({ id: 'm1', naam: 'Buurtpreventie-app', indicatorIds: ['i1'], probleemSleutels: ['thema-1.3'], methodeId: 'persoonsgerichte-aanpak' })] }],
  };
  const ivp = leegIvp();
  ivp.prioriteiten.p1 = { waarom: '', hoofdlijnen: '', flankerendBeleid: '', doel: 'Minder woninginbraken in de Molenwijk.' };
  return {
    werkruimte: { naam: 'IVP', gemeentenaam: 'Dijkstede', periodeStart: 2027, periodeEinde: 2030 },
    startnotitie: legeStartnotitie(),
    secties: [
      sectie('thema-1.3', T13, INBRAAK_TEKST, {
        analyse: { ...legeAnalyse(), cijfers: [{ omschrijving: 'Woninginbraken', waarde: 412, eenheid: 'aantal', periode: '2025', bron: 'Politie' }] },
      }),
      sectie('thema-3.1', '3.1 Jeugdoverlast', ''),
      sectie('thema-3.2', T32, 'Er is één criminele jeugdgroep.'),
    ],
    prioriteiten: [
      { id: 'p1', titel: 'Woninginbraak', themaIds: ['1.3'] },
      { id: 'p2', titel: 'Jeugd', themaIds: ['3.1', '3.2'] },
    ],
    overigeGroepen: [],
    sessie: null,
    ivp,
    uitvoeringsplannen: [plan2028, plan2027],
    project: null,
    indicatoren: [
      ind({ id: 'i1', naam: 'Woninginbraken', metingen: [{ periode: '2026', waarde: 380, toelichting: '' }, { periode: '2027', waarde: 350, toelichting: '' }, { periode: 'onzin', waarde: 1, toelichting: '' }] }),
      ind({ id: 'i2', naam: 'Inwoners die zich veilig voelen', aard: 'subjectief', eenheid: 'percentage', richting: 'hoger-is-beter', referentiewaarde: 70, streefwaarden: [] }),
      ind({ id: 'i3', naam: 'Overlastmeldingen jeugd', prioriteitId: 'p2', streefwaarden: [] }),
    ],
    ...deel,
  };
}

const soorten = (p: KetenPrioriteit) => p.hiaten.map((h) => h.soort);
const van = (s: CyclusStand, id: string) => beleidsketen(s).prioriteiten.find((p) => p.id === id)!;

describe('eerste zinnen van de problematiek', () => {
  it('neemt twee zinnen, als één regel, en breekt niet af na een afkorting', () => {
    expect(eersteZinnen(INBRAAK_TEKST)).toBe('In Dijkstede werd in 2025 in 412 woningen ingebroken, vooral in de Molenwijk. Dat is o.a. meer dan in vergelijkbare gemeenten.');
    expect(eersteZinnen('Eerste regel\n\nzonder punt')).toBe('Eerste regel zonder punt');
    expect(eersteZinnen('Vraag? Ja! Nee.')).toBe('Vraag? Ja!');
    expect(eersteZinnen('   ')).toBe('');
    expect(eersteZinnen('Bedrag is 3.5 miljoen. Tweede zin. Derde.')).toBe('Bedrag is 3.5 miljoen. Tweede zin.');
  });

  it('kort een lange zin af op een woord, met een beletselteken', () => {
    const lang = `${'woord '.repeat(100)}einde.`;
    const kort = eersteZinnen(lang);
    expect(kort.length).toBeLessThanOrEqual(321);
    expect(kort.endsWith('woord…')).toBe(true);
  });
});

describe('de beleidsketen per prioriteit', () => {
  it('geeft per prioriteit het probleem met samenvatting en cijfers, het doel, de indicatoren en de maatregelen', () => {
    const keten = beleidsketen(stand());
    expect(keten.prioriteiten.map((p) => p.id)).toEqual(['p1', 'p2']);
    const p1 = keten.prioriteiten[0]!;
    expect(p1).toMatchObject({ titel: 'Woninginbraak', themaIds: ['1.3'], doel: 'Minder woninginbraken in de Molenwijk.' });
    expect(p1.problemen).toEqual([
      {
        sleutel: 'thema-1.3',
        themaId: '1.3',
        titel: T13,
        samenvatting: 'In Dijkstede werd in 2025 in 412 woningen ingebroken, vooral in de Molenwijk. Dat is o.a. meer dan in vergelijkbare gemeenten.',
        cijfers: [{ omschrijving: 'Woninginbraken', waarde: 412, eenheid: 'aantal', periode: '2025', bron: 'Politie' }],
        vertrouwelijk: false,
      },
    ]);
    expect(p1.indicatoren.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(p1.indicatoren[0]).toMatchObject({
      naam: 'Woninginbraken',
      eenheid: 'aantal',
      richting: 'lager-is-beter',
      referentiejaar: 2025,
      referentiewaarde: 400,
      streefwaarde: { jaar: 2030, waarde: 340 },
      laatsteMeting: { periode: '2027', waarde: 350 },
      maatregelIds: ['m1'],
      vertrouwelijk: false,
    });
    expect(p1.indicatoren[1]).toMatchObject({ streefwaarde: null, laatsteMeting: null, status: 'onbekend', maatregelIds: ['m2'] });
  });

  it('beoordeelt de indicator zoals het dashboard (laatsteStatus), met de gekozen beoordeling', () => {
    const s = stand();
    const i1 = s.indicatoren![0]!;
    expect(van(s, 'p1').indicatoren[0]!.status).toBe(laatsteStatus(i1, 'pad'));
    expect(beleidsketen(s, { beoordeling: 'eindstreefwaarde' }).prioriteiten[0]!.indicatoren[0]!.status).toBe(laatsteStatus(i1, 'eindstreefwaarde'));
    expect(['op-koers', 'achter']).toContain(laatsteStatus(i1, 'pad'));
  });

  it('neemt de maatregelen van alle uitvoeringsplannen (op jaar), zonder geschrapte, met de output als som over de kwartalen', () => {
    const p1 = van(stand(), 'p1');
    expect(p1.maatregelen.map((m) => [m.id, m.jaar])).toEqual([
      ['m1', 2027],
      ['m2', 2027],
      ['m1', 2028],
    ]);
    expect(p1.maatregelen[0]).toEqual({
      id: 'm1',
      naam: 'Buurtpreventie-app',
      jaar: 2027,
      status: 'loopt',
      indicatorIds: ['i1'],
      probleemSleutels: ['thema-1.3'],
      methodeId: 'persoonsgerichte-aanpak',
      methodeNaam: 'Persoonsgerichte aanpak',
      onderbouwing: '',
      actiepunt: 'Inbraakpreventie',
      vertrouwelijk: false,
      output: { prestatieIndicator: 'aantal aangesloten buurten', gepland: 10, gerealiseerd: 3 },
    });
    // Nothing filled in: null, not 0.
    expect(p1.maatregelen[1]!.output).toEqual({ prestatieIndicator: '', gepland: null, gerealiseerd: null });
    // Measures under other themes belong to no chain.
    expect(beleidsketen(stand()).prioriteiten.flatMap((p) => p.maatregelen).some((m) => m.id === 'm4')).toBe(false);
  });

  it('een volledige keten heeft geen hiaten', () => {
    expect(van(stand(), 'p1').hiaten).toEqual([]);
  });

  it('geeft elke soort hiaat in gewone taal, met waar het om gaat', () => {
    const p2 = van(stand(), 'p2');
    expect(soorten(p2)).toEqual([
      'probleem-zonder-analyse',
      'probleem-zonder-doel',
      'maatregel-zonder-indicator',
      'maatregel-zonder-probleem',
      'maatregel-zonder-onderbouwing',
      'indicator-zonder-maatregel',
    ]);
    expect(p2.hiaten).toEqual<Hiaat[]>([
      { soort: 'probleem-zonder-analyse', themaId: '3.1', tekst: 'Het thema 3.1 Jeugdoverlast is nog niet geanalyseerd: de problematiek en de cijfers ontbreken.' },
      { soort: 'probleem-zonder-doel', tekst: 'Er staat geen doel in het IVP en er is geen effectindicator met streefwaarde: niet vastgelegd wat er moet veranderen.' },
      // m3 names i1, an indicator of another priority: it moves nothing of this one.
      { soort: 'maatregel-zonder-indicator', maatregelId: 'm3', jaar: 2027, tekst: 'De maatregel "Straatcoaches" (2027) beweegt geen effectindicator van deze prioriteit.' },
      { soort: 'maatregel-zonder-probleem', maatregelId: 'm3', jaar: 2027, tekst: 'De maatregel "Straatcoaches" (2027) noemt geen probleem uit de analyse dat hij aanpakt.' },
      {
        soort: 'maatregel-zonder-onderbouwing',
        maatregelId: 'm3',
        jaar: 2027,
        tekst: 'De maatregel "Straatcoaches" (2027) heeft geen onderbouwing: geen methode uit de catalogus en geen andere onderbouwing.',
      },
      { soort: 'indicator-zonder-maatregel', indicatorId: 'i3', tekst: 'Geen maatregel moet de indicator "Overlastmeldingen jeugd" bewegen.' },
    ]);
    // Every kind has a test somewhere in this file.
    const gedekt: HiaatSoort[] = [...soorten(p2), 'doel-niet-meetbaar', 'doel-zonder-maatregel'];
    expect(new Set(gedekt)).toEqual(new Set(hiaatSoorten));
  });

  it('probleem zonder analyse: alleen als tekst én cijfers leeg zijn', () => {
    const s = stand();
    s.secties[1] = { ...s.secties[1]!, analyse: { ...legeAnalyse(), cijfers: [{ omschrijving: 'Meldingen', waarde: 90, eenheid: 'aantal', periode: '2025', bron: 'Politie' }] } };
    expect(soorten(van(s, 'p2'))).not.toContain('probleem-zonder-analyse');
    expect(van(s, 'p2').problemen[0]!.samenvatting).toBe('');
  });

  it('doel niet meetbaar: een doel, maar geen indicator met streefwaarde (een vertrouwelijke telt niet)', () => {
    const s = stand();
    s.ivp.prioriteiten.p2 = { waarom: '', hoofdlijnen: '', flankerendBeleid: '', doel: 'Minder overlast.' };
    expect(soorten(van(s, 'p2'))).toContain('doel-niet-meetbaar');
    expect(soorten(van(s, 'p2'))).not.toContain('probleem-zonder-doel');
    s.indicatoren!.push(ind({ id: 'i4', naam: 'Geheim', prioriteitId: 'p2', vertrouwelijk: true }));
    expect(soorten(van(s, 'p2'))).toContain('doel-niet-meetbaar');
    s.indicatoren!.push(ind({ id: 'i5', naam: 'Jeugdgroepen', prioriteitId: 'p2' }));
    expect(soorten(van(s, 'p2'))).not.toContain('doel-niet-meetbaar');
    // An indicator with a target but no goal text: measurable, so no 'probleem-zonder-doel' either.
    delete s.ivp.prioriteiten.p2;
    expect(soorten(van(s, 'p2')).filter((x) => x.startsWith('probleem-zonder-doel') || x === 'doel-niet-meetbaar')).toEqual([]);
  });

  it('doel zonder maatregel: geen (niet geschrapte) maatregel in welk uitvoeringsplan dan ook', () => {
    const s = stand({ uitvoeringsplannen: [] });
    expect(van(s, 'p1').hiaten.filter((h) => h.soort === 'doel-zonder-maatregel')).toEqual([
      { soort: 'doel-zonder-maatregel', tekst: 'Er staat nog geen maatregel bij deze prioriteit in een uitvoeringsplan.' },
    ]);
    // Then every indicator is one without a measure too.
    expect(soorten(van(s, 'p1'))).toEqual(['doel-zonder-maatregel', 'indicator-zonder-maatregel', 'indicator-zonder-maatregel']);
  });

  it('een methode of een eigen onderbouwing is genoeg; een lege onderbouwing niet', () => {
    const s = stand();
    const m3 = s.uitvoeringsplannen[1]!.actiepunten[1]!.maatregelen[0]!;
    m3.onderbouwing = '   ';
    expect(soorten(van(s, 'p2'))).toContain('maatregel-zonder-onderbouwing');
    m3.onderbouwing = 'Landelijke aanpak Preventie met Gezag.';
    expect(soorten(van(s, 'p2'))).not.toContain('maatregel-zonder-onderbouwing');
    m3.onderbouwing = '';
    m3.methodeId = 'aanpak-harde-kern-jeugd';
    expect(soorten(van(s, 'p2'))).not.toContain('maatregel-zonder-onderbouwing');
    expect(van(s, 'p2').maatregelen[0]!.methodeNaam).toBe('Aanpak Harde Kern Jeugd');
  });

  it('een oude maatregel zonder de nieuwe velden krijgt de lege waarden (en dus de hiaten)', () => {
    const s = stand();
    const m = van(s, 'p2').maatregelen[0]!;
    expect(m).toMatchObject({ probleemSleutels: [], methodeId: null, methodeNaam: null, onderbouwing: '' });
  });

  it('koppelingen naar wat niet in de stand staat tellen niet: onbekende ids en verborgen secties', () => {
    const s = stand();
    const m1 = s.uitvoeringsplannen[1]!.actiepunten[0]!.maatregelen[0]!;
    m1.indicatorIds = ['bestaat-niet'];
    m1.probleemSleutels = ['thema-9.9'];
    const p1 = van(s, 'p1');
    expect(p1.maatregelen[0]).toMatchObject({ indicatorIds: [], probleemSleutels: [] });
    expect(p1.hiaten.filter((h) => h.maatregelId === 'm1' && h.jaar === 2027).map((h) => h.soort)).toEqual(['maatregel-zonder-indicator', 'maatregel-zonder-probleem']);
  });
});

describe('vertrouwelijk in de keten', () => {
  /** A confidential section (3.2), measure (m5, the only one on i2) and indicator (i6, the only one m2 moves). */
  function geheim(): CyclusStand {
    const s = stand();
    s.secties[2] = { ...s.secties[2]!, vertrouwelijk: true, tekst: 'GEHEIM: namen van de groep.' };
    const a1 = s.uitvoeringsplannen[1]!.actiepunten[0]!;
    a1.maatregelen.push(maatregel({ id: 'm5', naam: 'GEHEIME maatregel', vertrouwelijk: true, indicatorIds: ['i2'], probleemSleutels: ['thema-1.3'], methodeId: 'veiligheidshuis' }));
    a1.maatregelen[1] = { ...a1.maatregelen[1]!, indicatorIds: ['i6'] };
    s.indicatoren!.push(ind({ id: 'i6', naam: 'GEHEIME indicator', vertrouwelijk: true }));
    s.uitvoeringsplannen[0]!.actiepunten[0]!.maatregelen[0]!.indicatorIds = ['i1', 'i2'];
    return s;
  }

  it('met toegang: alles, gemarkeerd als vertrouwelijk', () => {
    const p1 = van(zichtbareStand(geheim(), { vertrouwelijkToegang: true }), 'p1');
    expect(p1.maatregelen.find((m) => m.id === 'm5')).toMatchObject({ vertrouwelijk: true });
    expect(p1.indicatoren.find((i) => i.id === 'i6')).toMatchObject({ vertrouwelijk: true, maatregelIds: ['m2'] });
    expect(van(zichtbareStand(geheim(), { vertrouwelijkToegang: true }), 'p2').problemen.find((x) => x.themaId === '3.2')).toMatchObject({ vertrouwelijk: true });
  });

  it('zonder toegang bestaat het verborgene niet, ook niet als koppeling: geen naam, geen id, geen verschil als het verandert', () => {
    const zonder = beleidsketen(zichtbareStand(geheim(), { vertrouwelijkToegang: false }));
    const tekst = JSON.stringify(zonder);
    expect(tekst).not.toContain('GEHEIM');
    expect(tekst).not.toContain('"m5"');
    expect(tekst).not.toContain('i6');
    const p1 = zonder.prioriteiten[0]!;
    // m2 moved only the hidden indicator: for this reader it moves none.
    expect(p1.hiaten.filter((h) => h.maatregelId === 'm2').map((h) => h.soort)).toEqual(['maatregel-zonder-indicator']);
    // The hidden section is no problem of p2 (and no gap) for this reader.
    expect(zonder.prioriteiten[1]!.problemen.map((x) => x.themaId)).toEqual(['3.1']);
    // Changing what is hidden changes nothing for this reader.
    const anders = geheim();
    anders.uitvoeringsplannen[1]!.actiepunten[0]!.maatregelen.find((m) => m.id === 'm5')!.naam = 'Iets anders';
    anders.indicatoren!.find((i) => i.id === 'i6')!.streefwaarden = [];
    expect(beleidsketen(openbareStand(anders))).toEqual(zonder);
  });
});

describe('de plancheck met de hiaten van de keten', () => {
  it('meldt de hiaten als waarschuwingen met de plek om te herstellen, en blokkeert niets', () => {
    const s = stand();
    s.ivp.prioriteiten.p2 = { waarom: '', hoofdlijnen: '', flankerendBeleid: '', doel: 'Minder overlast.' };
    s.indicatoren!.push(ind({ id: 'i5', naam: 'Jeugdgroepen', prioriteitId: 'p2', streefwaarden: [{ jaar: 2030, waarde: 1 }] }));
    s.indicatoren![1]!.streefwaarden = [{ jaar: 2030, waarde: 75 }];
    s.indicatoren![2]!.streefwaarden = [{ jaar: 2030, waarde: 300 }];
    const bevindingen = planCheck(s);
    const keten = bevindingen.filter((b) => (hiaatSoorten as readonly string[]).includes(b.code));
    expect(keten.every((b) => b.ernst === 'waarschuwing')).toBe(true);
    expect(keten.map((b) => [b.code, b.document, b.plek])).toEqual([
      ['probleem-zonder-analyse', 'veiligheidsanalyse', 'secties/thema-3.1'],
      ['maatregel-zonder-indicator', 'uitvoeringsplan', 'uitvoeringsplan/2027#maatregel-m3'],
      ['maatregel-zonder-probleem', 'uitvoeringsplan', 'uitvoeringsplan/2027#maatregel-m3'],
      ['maatregel-zonder-onderbouwing', 'uitvoeringsplan', 'uitvoeringsplan/2027#maatregel-m3'],
      ['indicator-zonder-maatregel', 'uitvoeringsplan', 'uitvoeringsplan/2028'],
      ['indicator-zonder-maatregel', 'uitvoeringsplan', 'uitvoeringsplan/2028'],
    ]);
    expect(keten.find((b) => b.code === 'maatregel-zonder-onderbouwing')!.melding).toBe(
      "Maatregel 'Straatcoaches' (uitvoeringsplan 2027) heeft geen enkele onderbouwing: geen methode uit de catalogus en geen andere onderbouwing (eigen evaluatie, onderzoek, landelijke aanpak).",
    );
    expect(keten.find((b) => b.code === 'probleem-zonder-analyse')!.melding).toBe(
      "Prioriteit 'Jeugd' rust op thema 3.1 Jeugdoverlast, maar dat thema is nog niet geanalyseerd (geen problematiek en geen cijfers).",
    );
    expect(heeftFout(keten)).toBe(false);
  });

  it('zonder doel of meetbaar doel: alleen de bestaande fouten, geen dubbele melding van de keten', () => {
    const codes = planCheck(stand()).map((b) => b.code);
    expect(codes).toContain('prioriteit-zonder-doel');
    expect(codes).toContain('prioriteit-zonder-streefwaarde');
    expect(codes).not.toContain('probleem-zonder-doel');
    expect(codes).not.toContain('doel-niet-meetbaar');
  });

  it('zonder uitvoeringsplan nog geen meldingen over ontbrekende maatregelen (het IVP komt eerst)', () => {
    const codes = planCheck(stand({ uitvoeringsplannen: [] })).map((b) => b.code);
    expect(codes).not.toContain('doel-zonder-maatregel');
    expect(codes).not.toContain('indicator-zonder-maatregel');
    expect(codes).toContain('probleem-zonder-analyse');
  });

  it('een prioriteit zonder maatregel terwijl er een plan is: een waarschuwing bij het laatste plan', () => {
    const s = stand();
    s.uitvoeringsplannen = s.uitvoeringsplannen.map((p) => ({ ...p, actiepunten: p.actiepunten.filter((a) => a.prioriteitId !== 'p2') }));
    expect(planCheck(s).filter((b) => b.code === 'doel-zonder-maatregel')).toEqual([
      { ernst: 'waarschuwing', code: 'doel-zonder-maatregel', document: 'uitvoeringsplan', melding: "Prioriteit 'Jeugd' heeft nog geen maatregel in een uitvoeringsplan.", plek: 'uitvoeringsplan/2028' },
    ]);
  });
});

describe('de bijlage Beleidsketen per prioriteit in het IVP', () => {
  type Tabel = Extract<Blok, { soort: 'tabel' }>;
  const koppen = (blokken: Blok[]) => blokken.filter((b): b is Extract<Blok, { soort: 'kop' }> => b.soort === 'kop' && b.niveau === 1).map((b) => `${b.nummer} ${b.tekst}`);
  const tabel = (blokken: Blok[], begin: string) => blokken.find((b): b is Tabel => b.soort === 'tabel' && b.bijschrift.startsWith(begin));
  const ketentabel = (blokken: Blok[]) => tabel(blokken, 'Beleidsketen per prioriteit')!;
  const indicatortabel = (blokken: Blok[]) => tabel(blokken, 'Effectindicatoren: van referentie naar streefwaarde')!;

  it('komt na de streefwaarden (en na het verslag van de prioritering), als tabel per prioriteit en een tabel per indicator', () => {
    const doc = ivpDocument(stand(), '');
    expect(koppen(doc.blokken).slice(-2)).toEqual(['Bijlage 1 Streefwaarden', 'Bijlage 2 Beleidsketen per prioriteit']);
    const met = ivpDocument(stand({ rondeVerslagen: [{ soort: 'alinea', tekst: 'Verslag.' }] }), '');
    expect(koppen(met.blokken).slice(-3)).toEqual(['Bijlage 1 Streefwaarden', 'Bijlage 2 Verslag van de prioritering', 'Bijlage 3 Beleidsketen per prioriteit']);
    const t = ketentabel(doc.blokken);
    expect(t.kolommen).toEqual(['Prioriteit', 'Probleem', 'Doel', 'Effectindicatoren', 'Hiaten']);
    expect(t.rijen).toEqual([
      ['Woninginbraak', T13, 'Minder woninginbraken in de Molenwijk.', '2, waarvan 1 met streefwaarde', 'Geen.'],
      [
        'Jeugd',
        `3.1 Jeugdoverlast (nog niet geanalyseerd); ${T32}`,
        'Nog geen doel.',
        '1, waarvan 0 met streefwaarde',
        'Thema 3.1 Jeugdoverlast is nog niet geanalyseerd. Er staat geen doel in het IVP en er is geen effectindicator met streefwaarde: niet vastgelegd wat er moet veranderen.',
      ],
    ]);
    expect(indicatortabel(doc.blokken)).toEqual({
      soort: 'tabel',
      bijschrift: 'Effectindicatoren: van referentie naar streefwaarde in de beleidsketen',
      kolommen: ['Indicator', 'Prioriteit', 'Referentie', 'Eindstreefwaarde'],
      rijen: [
        ['Woninginbraken', 'Woninginbraak', '400 (2025)', '340 (2030)'],
        ['Inwoners die zich veilig voelen', 'Woninginbraak', '70\u00a0% (2025)', 'Nog geen streefwaarde'],
        ['Overlastmeldingen jeugd', 'Jeugd', '400 (2025)', 'Nog geen streefwaarde'],
      ],
    });
  });

  it('verandert niet door de uitvoeringsplannen: een vastgesteld IVP blijft gelijk als er maatregelen of een jaarplan bijkomen', () => {
    const met = ivpDocument(stand(), '');
    const zonder = ivpDocument(stand({ uitvoeringsplannen: [] }), '');
    expect(JSON.stringify([ketentabel(met.blokken), indicatortabel(met.blokken)])).toBe(JSON.stringify([ketentabel(zonder.blokken), indicatortabel(zonder.blokken)]));
    for (const naam of ['Buurtpreventie-app', 'Voorlichting', 'Straatcoaches']) expect(JSON.stringify(met.blokken)).not.toContain(naam);
  });

  it('zonder prioriteiten geen bijlage', () => {
    expect(koppen(ivpDocument(stand({ prioriteiten: [] }), '').blokken).at(-1)).toBe('Bijlage 1 Streefwaarden');
  });

  it('het uitvoeringsplan heeft een eigen bijlage Beleidsketen: per maatregel van dat jaar probleem, indicatoren, onderbouwing en output', () => {
    const s = stand();
    const plan = s.uitvoeringsplannen.find((u) => u.jaar === 2027)!;
    const doc = uitvoeringsplanDocument(s, plan, '');
    expect(koppen(doc.blokken)).toContain('Bijlage 1 Beleidsketen 2027');
    const t = tabel(doc.blokken, 'Beleidsketen 2027')!;
    expect(t.kolommen).toEqual(['Prioriteit', 'Maatregel', 'Pakt aan', 'Moet bewegen', 'Onderbouwing', 'Output']);
    expect(t.rijen[0]).toEqual(['Woninginbraak', 'Buurtpreventie-app', T13, 'Woninginbraken', expect.stringContaining('Persoonsgerichte'), 'aantal aangesloten buurten: gepland 10']);
    expect(t.rijen[1]![4]).toBe('Eigen evaluatie 2024 liet minder inbraken zien.');
    expect(t.rijen.map((r) => r[1])).not.toContain('Geschrapte proef');
    expect(t.rijen.filter((r) => r[0] === 'Jeugd')).toEqual([['Jeugd', 'Straatcoaches', 'Geen probleem genoemd.', 'Geen effectindicator.', 'Geen onderbouwing.', 'Geen prestatie-indicator.']]);
    const lijst = doc.blokken.find((b): b is Extract<Blok, { soort: 'lijst' }> => b.soort === 'lijst' && b.items.some((x) => x.startsWith('Jeugd: ')))!;
    expect(lijst.items.some((x) => x.startsWith('Woninginbraak'))).toBe(false);
    expect(lijst.items.find((x) => x.startsWith('Jeugd: '))).toContain('Overlastmeldingen jeugd');
  });

  it('bevat niets vertrouwelijks, ook niet in de hiaten', () => {
    const s = stand();
    s.uitvoeringsplannen[1]!.actiepunten[0]!.maatregelen.push(maatregel({ id: 'm5', naam: 'GEHEIME maatregel', vertrouwelijk: true }));
    s.indicatoren!.push(ind({ id: 'i6', naam: 'GEHEIME indicator', vertrouwelijk: true }));
    s.secties[2] = { ...s.secties[2]!, vertrouwelijk: true, tekst: 'GEHEIM' };
    const doc = ivpDocument(s, '');
    expect(JSON.stringify([ketentabel(doc.blokken), indicatortabel(doc.blokken)])).not.toContain('GEHEIM');
    for (const plan of s.uitvoeringsplannen) expect(JSON.stringify(uitvoeringsplanDocument(s, plan, '').blokken)).not.toContain('GEHEIM');
    // The theme of a confidential section is named (the priority names it), without its analysis.
    expect(ketentabel(doc.blokken).rijen[1]![1]).toBe(`3.1 Jeugdoverlast (nog niet geanalyseerd); ${T32}`);
  });

  it('alleen de prioriteiten van de versie van een gemeente bij een gezamenlijk IVP', () => {
    const s = stand({ werkruimte: { naam: 'IVP', gemeentenaam: 'Dijkstede', periodeStart: 2027, periodeEinde: 2030, gemeenten: [{ code: 'GM0001', naam: 'Dijkstede' }, { code: 'GM0002', naam: 'Ravenswaard' }] } });
    s.prioriteiten[1] = { ...s.prioriteiten[1]!, gemeentecode: 'GM0002' };
    expect(ketentabel(ivpDocument(s, '', 'GM0001').blokken).rijen.map((r) => r[0])).toEqual(['Woninginbraak']);
    expect(indicatortabel(ivpDocument(s, '', 'GM0001').blokken).rijen.map((r) => r[1])).toEqual(['Woninginbraak', 'Woninginbraak']);
    expect(ketentabel(ivpDocument(s, '', 'GM0002').blokken).rijen.map((r) => r[0])).toEqual(['Woninginbraak', 'Jeugd']);
  });
});
