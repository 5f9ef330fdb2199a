import { describe, expect, it } from 'vitest';
import { analyseSectieLijst, legeAnalyse } from './stand.ts';
import type { StapStatus } from './inhoud.ts';
import { perVeld, sectieDelen, sectieStand, type Stapstand, volgendeStap } from './wegwijzer.ts';

const standen = (...statussen: StapStatus[]): Stapstand[] => statussen.map((status, i) => ({ stap: (i + 1) as Stapstand['stap'], status }));

describe('volgendeStap', () => {
  it('begint een nieuwe werkruimte bij stap 1 en de eerste deelstap', () => {
    const v = volgendeStap(standen('niet-gestart', 'niet-gestart', 'niet-gestart', 'niet-gestart', 'niet-gestart', 'niet-gestart'));
    expect(v.soort).toBe('begin');
    expect(v.stap.nummer).toBe(1);
    expect(v.deelstap?.id).toBe('1.1');
    expect(v.ookBezig).toEqual([]);
  });

  it('gaat verder met de eerste stap die niet af is, met de eerste deelstap die niet af is', () => {
    const s = standen('afgerond', 'bezig', 'bezig', 'niet-gestart', 'niet-gestart', 'niet-gestart');
    s[1]!.deelstappen = { '2.1': 'afgerond', '2.2': 'bezig' };
    s[1]!.geplandEinde = '2026-05-29';
    const v = volgendeStap(s, [{ stap: 2, teLaat: true }]);
    expect(v.soort).toBe('verder');
    expect(v.stap.nummer).toBe(2);
    expect(v.deelstap?.id).toBe('2.2');
    expect(v.geplandEinde).toBe('2026-05-29');
    expect(v.teLaat).toBe(true);
    expect(v.ookBezig).toEqual([3]);
  });

  it('slaat een optionele deelstap over zolang er een verplichte open staat', () => {
    const s = standen('afgerond', 'bezig');
    s[1]!.deelstappen = Object.fromEntries(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'].map((id) => [id, 'afgerond' as const]));
    expect(volgendeStap(s).deelstap?.id).toBe('2.8');
  });

  it('noemt stap 6 als alles af is; een ontbrekende stap telt als niet gestart', () => {
    expect(volgendeStap(standen('afgerond', 'afgerond', 'afgerond', 'afgerond', 'afgerond', 'afgerond'))).toMatchObject({ soort: 'klaar', deelstap: null, teLaat: false });
    expect(volgendeStap(standen('afgerond', 'afgerond')).stap.nummer).toBe(3);
    expect(volgendeStap([]).soort).toBe('begin');
  });
});

describe('de analyse per veld', () => {
  const secties = analyseSectieLijst().map((s) => ({ sleutel: s.sleutel, titel: s.titel, tekst: '', analyse: legeAnalyse() }));

  it('zet de 33 onderdelen in de vijf velden; de aspecten horen bij veld 1', () => {
    const groepen = perVeld(secties);
    expect(groepen.map((g) => g.veld)).toEqual([1, 2, 3, 4, 5]);
    expect(groepen.reduce((n, g) => n + g.secties.length, 0)).toBe(secties.length);
    expect(groepen[0]!.secties.map((s) => s.sleutel)).toContain('aspect-6');
    expect(groepen[0]!.secties.map((s) => s.sleutel)).toContain('veld-1');
    expect(groepen.every((g) => g.metTekst === 0 && g.klaar === 0)).toBe(true);
  });

  it('telt per veld wat tekst heeft en wat helemaal is ingevuld', () => {
    const gevuld = secties.map((s) =>
      s.sleutel === 'veld-2'
        ? { ...s, tekst: 'Conclusie.' }
        : s.sleutel === 'thema-2.1'
          ? { ...s, tekst: 'Winkeldiefstal.', analyse: { ...legeAnalyse(), cijfers: [{ omschrijving: 'a', waarde: 1, eenheid: '', periode: '2024', bron: 'b' }], huidigeAanpak: 'KVO', maatregelen: [{ naam: 'KVO', methodeId: null }], extra: 'Meer' } }
          : s.sleutel === 'thema-2.2'
            ? { ...s, analyse: { ...legeAnalyse(), huidigeAanpak: 'Iets' } }
            : s,
    );
    const veld2 = perVeld(gevuld).find((g) => g.veld === 2)!;
    expect(veld2.metTekst).toBe(2);
    expect(veld2.klaar).toBe(2);
    expect(sectieStand(gevuld.find((s) => s.sleutel === 'thema-2.2')!)).toBe('deels');
    expect(sectieStand(gevuld.find((s) => s.sleutel === 'thema-2.3')!)).toBe('leeg');
  });

  it('vraagt per soort onderdeel alleen wat de methode vraagt', () => {
    const leeg = { tekst: '', analyse: legeAnalyse() };
    expect(sectieDelen({ sleutel: 'thema-2.1', ...leeg })).toEqual([false, false, false, false, false]);
    expect(sectieDelen({ sleutel: 'thema-1.1', ...leeg })).toEqual([false, false, null, null, null]);
    expect(sectieDelen({ sleutel: 'aspect-1', ...leeg })).toEqual([false, null, null, false, false]);
    expect(sectieDelen({ sleutel: 'veld-3', ...leeg })).toEqual([false, null, null, null, null]);
  });

  it('zet een onbekende sleutel bij de overige onderdelen', () => {
    expect(perVeld([{ sleutel: 'iets', tekst: 'x', analyse: legeAnalyse() }]).map((g) => g.naam)).toEqual(['Overige onderdelen']);
  });
});
