/**
 * Een te lange regel (of een bestand zonder regeleinden, of een aanhalingsteken dat niet sluit)
 * weigert het bestand meteen, met het regelnummer, zonder de rest op te sparen (Kernplan issue 12).
 */
import { describe, expect, it } from 'vitest';
import { regiolijst } from '../../server/politie/regiolijst.ts';
import { BestandGeweigerd, Inlezer, MAX_REGEL } from './inlezen.ts';

const regios = regiolijst();
const kop = '"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"';
const regel = (id: number, aantal = '5', regio = 'GM0363') => `"${id}";"${regio}";"1.1.1";"2023JJ00";"${aantal}"`;
const bytes = (tekst: string) => new TextEncoder().encode(tekst);

interface Gelezen {
  fout: BestandGeweigerd | null;
  /** Zoveel bytes had de inlezer gekregen toen hij weigerde (of alles). */
  gevoerd: number;
}

/** Voert het bestand in stukken aan een inlezer; geeft de weigering en hoeveel er toen gevoerd was. */
function voer(bestand: Uint8Array, stuk: number): Gelezen & { inlezer: Inlezer } {
  const inlezer = new Inlezer({ regios });
  let gevoerd = 0;
  try {
    for (let i = 0; i < bestand.length; i += stuk) {
      const s = bestand.subarray(i, Math.min(bestand.length, i + stuk));
      gevoerd += s.length;
      inlezer.verwerk(s);
    }
    inlezer.einde();
    return { fout: null, gevoerd, inlezer };
  } catch (err) {
    if (!(err instanceof BestandGeweigerd)) throw err;
    return { fout: err, gevoerd, inlezer };
  }
}

describe('een te lange regel', () => {
  const eenRegel = new Uint8Array(8 << 20).fill(0x61); // 8 MB 'a', geen regeleinde

  it.each([1 << 16, 1000, 8 << 20])('weigert een bestand van één regel van 8 MB meteen, met regel 1 (stukken van %i bytes)', (stuk) => {
    const { fout, gevoerd } = voer(eenRegel, stuk);
    expect(fout?.regel).toBe(1);
    expect(fout?.message).toMatch(/^Regel 1 is langer dan 65\.536 tekens; /);
    // Geweigerd zodra de grens voorbij is: hoogstens één stuk meer dan de grens.
    expect(gevoerd).toBeLessThanOrEqual(Math.max(stuk, MAX_REGEL + 2 + stuk));
  });

  it.each(['\n', '\r\n', '\r'])('weigert een te lange derde regel met zijn regelnummer (regeleinde %j)', (einde) => {
    const lang = regel(2, `${' '.repeat(300_000)}7`);
    const tekst = [kop, regel(1), lang, regel(3), regel(4)].join(einde) + einde;
    const begin = bytes([kop, regel(1), ''].join(einde)).length;
    for (const stuk of [1 << 16, 4096, tekst.length]) {
      const { fout, gevoerd } = voer(bytes(tekst), stuk);
      expect(fout?.regel, `stukken van ${stuk}`).toBe(3);
      expect(fout?.message).toContain('Regel 3 is langer dan 65.536 tekens');
      if (stuk < tekst.length) expect(gevoerd).toBeLessThanOrEqual(begin + MAX_REGEL + 2 + stuk);
    }
  });

  it('leest een regel van precies 65.536 tekens, en weigert er een van 65.537', () => {
    for (const einde of ['\n', '\r\n']) {
      const precies = regel(1, `${' '.repeat(MAX_REGEL - regel(1, '').length - 1)}9`);
      expect(precies.length).toBe(MAX_REGEL);
      const goed = voer(bytes([kop, precies, regel(2, '3', 'GM0344')].join(einde) + einde), 1 << 16);
      expect(goed.fout).toBeNull();
      const fout = voer(bytes([kop, regel(1, `${' '.repeat(MAX_REGEL - regel(1, '').length)}9`), regel(2)].join(einde) + einde), 1 << 16);
      expect(fout.fout?.regel).toBe(2);
    }
    // De kopregel telt ook.
    expect(voer(bytes(`${kop}${' '.repeat(MAX_REGEL)}\n${regel(1)}\n`), 1 << 16).fout?.regel).toBe(1);
  });

  it('weigert een aanhalingsteken dat niet sluit, zonder de rest van het bestand op te sparen', () => {
    // De rest zonder aanhalingstekens: het aanhalingsteken op regel 3 sluit nergens meer.
    const rest = Array.from({ length: 20_000 }, (_, i) => `${i + 3};GM${String(i % 9000).padStart(4, '0')};1.1.1;${2012 + Math.floor(i / 9000)}JJ00;${i % 50}`).join('\n');
    const tekst = bytes(`${kop}\n${regel(1)}\n"2";"GM0363;1.1.1;2023JJ00;5\n${rest}\n`);
    expect(tekst.length).toBeGreaterThan(500_000);
    const { fout, gevoerd } = voer(tekst, 1 << 16);
    expect(fout?.regel).toBe(3);
    expect(fout?.message).toContain('aanhalingsteken');
    expect(gevoerd).toBeLessThan(4 * MAX_REGEL);
  });

  it('leest een bestand met alleen CR als regeleinde gewoon, in stukken', () => {
    // 250 gemeenten x 5 soorten x 4 jaar, elke combinatie één keer.
    const soorten = ['1.1.1', '1.2.1', '1.2.3', '1.4.5', '2.5.2'];
    const regels = Array.from({ length: 5000 }, (_, i) => `"${i}";"GM${String(i % 250).padStart(4, '0')}";"${soorten[Math.floor(i / 250) % 5]}";"${2020 + Math.floor(i / 1250)}JJ00";"${i % 97}"`);
    const { fout, inlezer } = voer(bytes(`${kop}\r${regels.join('\r')}\r`), 1 << 12);
    expect(fout).toBeNull();
    expect(inlezer.regelsGelezen).toBe(5000);
  });

  it('weigert in een segment (parallel lezen) met het goede regelnummer', () => {
    const inlezer = new Inlezer({ regios });
    inlezer.verwerk(bytes(`${kop}\n${regel(1)}\n`));
    const segment = bytes(`${regel(2)}\n${regel(3, `${' '.repeat(100_000)}1`)}\n${regel(4)}\n`);
    try {
      inlezer.verwerkSegment(segment, 10);
      expect.unreachable('niet geweigerd');
    } catch (err) {
      expect(err).toBeInstanceOf(BestandGeweigerd);
      expect((err as BestandGeweigerd).regel).toBe(11);
    }
  });
});
