import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { vindPersoonsgegevens } from '../privacy/persoonsgegevens.ts';
import { besluitProbleem, controleerKeuzes, isOpenOp, leesGetal, leesResultatenCsv, nulBits, ontvangTekst, standaardKeuzes, tel, themaUitTekst } from './inwoners.ts';
import { vindThema } from '../kennisbank/kennisbank.ts';

const gebieden: Record<string, string> = { 'wezep-centrum': 'BU02690100', bu02690100: 'BU02690100', 'wijk 01 wezep': 'WK026901', oldebroek: 'GM0269', gm0269: 'GM0269' };
const zoek = (t: string) => gebieden[t.trim().toLowerCase()] ?? null;

describe('thema’s uit tekst', () => {
  it('herkent een nummer, een naam en een deel van een naam', () => {
    expect(themaUitTekst('1.3')).toBe('1.3');
    expect(themaUitTekst(' 3.1 Jeugdoverlast')).toBe('3.1');
    expect(themaUitTekst('jeugdoverlast')).toBe('3.1');
    expect(themaUitTekst('Verkeersveiligheid')).toBe('4.1');
    expect(themaUitTekst('Jeugdcriminaliteit')).toBe('3.2');
    expect(themaUitTekst('Subjectieve veiligheid')).toBe('1.4');
    expect(themaUitTekst('9.9')).toBeNull();
    expect(themaUitTekst('Hondenpoep')).toBeNull();
  });
  it('leest Nederlandse en Engelse getallen', () => {
    expect(leesGetal('12,5')).toBe(12.5);
    expect(leesGetal('12.5')).toBe(12.5);
    expect(leesGetal('1.234')).toBe(1234);
    expect(leesGetal('45%')).toBe(45);
    expect(leesGetal('veel')).toBeNull();
  });
});

describe('CSV van een raadpleging', () => {
  it('leest puntkomma’s, een decimale komma, thema op nummer en naam, gebied op code en naam', () => {
    const csv = 'thema;gebied;aandeel\n1.3;Wezep-Centrum;12,5\nJeugdoverlast;GM0269;"30,0"\n';
    const uit = leesResultatenCsv(csv, zoek);
    expect(uit).toEqual({
      ok: true,
      resultaten: [
        { themaId: '1.3', vraag: null, gebied: 'BU02690100', aandeel: 12.5, aantal: null },
        { themaId: '3.1', vraag: null, gebied: 'GM0269', aandeel: 30, aantal: null },
      ],
    });
  });
  it('leest komma’s met vraag en aantal', () => {
    const uit = leesResultatenCsv('vraag,thema,gebied,aantal\r\nLast van inbraak?,1.3,Oldebroek,14\r\n', zoek);
    expect(uit).toEqual({ ok: true, resultaten: [{ themaId: '1.3', vraag: 'Last van inbraak?', gebied: 'GM0269', aandeel: null, aantal: 14 }] });
  });
  it('noemt bij een onbekend thema of gebied de regel en de kolom', () => {
    const uit = leesResultatenCsv('thema;gebied;aandeel\n1.3;Oldebroek;10\nHondenpoep;Oldebroek;5\n1.4;Atlantis;5\n2.1;Oldebroek;150\n', zoek);
    expect(uit.ok).toBe(false);
    if (uit.ok) return;
    expect(uit.fouten.map((f) => [f.regel, f.kolom])).toEqual([
      [3, 'thema'],
      [4, 'gebied'],
      [5, 'aandeel'],
    ]);
    expect(uit.fouten[0]!.reden).toContain("Regel 3, kolom thema: 'Hondenpoep' is geen thema");
    expect(uit.fouten[1]!.reden).toContain("'Atlantis' is geen wijk, buurt of gemeente");
  });
  it('wijst een kopregel zonder de nodige kolommen af', () => {
    const uit = leesResultatenCsv('onderwerp;plaats\n1.3;Oldebroek\n', zoek);
    expect(uit.ok).toBe(false);
    if (!uit.ok) expect(uit.fouten.map((f) => f.kolom)).toEqual(['thema', 'gebied', 'aandeel']);
  });
});

describe('de keuzes van de vragenlijst', () => {
  it('koppelt elke standaardkeuze aan een bestaand thema, met unieke ids', () => {
    expect(controleerKeuzes(standaardKeuzes)).toBeNull();
    for (const k of standaardKeuzes) expect(vindThema(k.themaId), k.tekst).toBeDefined();
    expect(standaardKeuzes.find((k) => k.id === 'inbraak')!.themaId).toBe('1.3');
    expect(standaardKeuzes.find((k) => k.id === 'jongeren')!.themaId).toBe('3.1');
    expect(controleerKeuzes([{ id: 'x', tekst: 'X', themaId: '9.9' }])).toContain('geen thema');
    expect(controleerKeuzes([...standaardKeuzes, standaardKeuzes[0]!])).toContain('twee keer');
  });
  it('telt per thema en buurt, één keer per antwoord per thema', () => {
    const t = tel(
      [
        { buurt: 'BU1', keuzes: ['inbraak', 'diefstal', 'jongeren'] },
        { buurt: 'BU1', keuzes: ['inbraak'] },
        { buurt: null, keuzes: ['verkeer', 'onbekend'] },
      ],
      standaardKeuzes,
    );
    expect(t).toEqual([
      { themaId: '1.3', buurt: 'BU1', aantal: 2 },
      { themaId: '3.1', buurt: 'BU1', aantal: 1 },
      { themaId: '4.1', buurt: null, aantal: 1 },
    ]);
  });
  it('is open van start tot en met einde', () => {
    const l = { start: '2026-11-01', einde: '2026-11-30' };
    expect(isOpenOp(l, '2026-10-31')).toBe(false);
    expect(isOpenOp(l, '2026-11-01')).toBe(true);
    expect(isOpenOp(l, '2026-11-30')).toBe(true);
    expect(isOpenOp(l, '2026-12-01')).toBe(false);
  });
});

describe('moderatie', () => {
  it('houdt elke tekst vast; een tekst met een telefoonnummer kan alleen worden afgewezen', () => {
    expect(ontvangTekst('  ', [])).toEqual({ tekst: null, status: 'geen', vondsten: [] });
    const gewoon = ontvangTekst('Bij het speelveld wordt ’s avonds veel te hard gereden.', vindPersoonsgegevens('Bij het speelveld wordt ’s avonds veel te hard gereden.'));
    expect(gewoon.status).toBe('te-beoordelen');
    expect(besluitProbleem(gewoon, 'goedgekeurd')).toBeNull();
    const tekst = 'Bel mij op 06-12345678 over de overlast.';
    const telefoon = ontvangTekst(tekst, vindPersoonsgegevens(tekst));
    expect(telefoon).toEqual({ tekst: 'Bel mij op [telefoonnummer] over de overlast.', status: 'te-beoordelen', vondsten: ['telefoonnummer'] });
    expect(besluitProbleem(telefoon, 'goedgekeurd')).toContain('alleen afwijzen');
    expect(besluitProbleem(telefoon, 'afgewezen')).toBeNull();
    expect(besluitProbleem({ status: 'geen', vondsten: [] }, 'afgewezen')).toContain('geen tekst');
  });
});

describe('bewijs van werk', () => {
  it('telt de nulbits van een hash', () => {
    expect(nulBits(new Uint8Array([0, 0, 0x80]))).toBe(16);
    expect(nulBits(new Uint8Array([0, 0x01]))).toBe(15);
    expect(nulBits(new Uint8Array([0xff]))).toBe(0);
    expect(nulBits(new Uint8Array([0, 0]))).toBe(16);
  });
  it('vindt met 16 bits een nonce in redelijke tijd', () => {
    let n = 0;
    while (nulBits(createHash('sha256').update(`uitdaging${n.toString(36)}`).digest()) < 16) n++;
    expect(n).toBeLessThan(2_000_000);
  });
});
