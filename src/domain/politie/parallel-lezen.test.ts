import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regiolijst } from '../../server/politie/regiolijst.ts';
import { AANTAL_SOORTEN, BestandGeweigerd, type CelBlok, Inlezer, type Uitkomst, WAARDE } from './inlezen.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';

const data = (pad: string) => readFileSync(new URL(`../../../../shared/data/${pad}`, import.meta.url));
const regios = regiolijst();

/** De cellen als `regio periode` -> soort -> waarde (of '.'), onafhankelijk van de volgorde. */
function cellen(blok: CelBlok): Record<string, Record<string, number | '.'>> {
  const uit: Record<string, Record<string, number | '.'>> = {};
  for (let c = 0; c < blok.aantal; c++) {
    const cel: Record<string, number | '.'> = {};
    for (let s = 0; s < AANTAL_SOORTEN; s++) {
      const st = blok.status[c * AANTAL_SOORTEN + s];
      if (st) cel[misdrijfsoorten[s]!.code] = st === WAARDE ? blok.waarden[c * AANTAL_SOORTEN + s]! : '.';
    }
    uit[`${blok.regio[c]} ${blok.jaar[c]}-${blok.maand[c]}`] = cel;
  }
  return uit;
}

function vergelijkbaar(u: Uitkomst) {
  const { rest, ...overig } = u;
  return { ...overig, cellen: cellen(rest) };
}

function sequentieel(bytes: Uint8Array, maxFouten?: number) {
  const inlezer = new Inlezer({ regios, maxFouten });
  for (let i = 0; i < bytes.length; i += 4096) inlezer.verwerk(bytes.subarray(i, i + 4096));
  return inlezer.einde();
}

/**
 * Zoals parallel.ts: de eerste `kop` bytes leest de hoofdinlezer gewoon, de rest gaat in segmenten
 * die op een regeleinde eindigen om en om naar de hoofdinlezer en een tweede inlezer.
 */
function inDelen(bytes: Uint8Array, kop: number, segment: number, maxFouten?: number) {
  const hoofd = new Inlezer({ regios, maxFouten });
  hoofd.verwerk(bytes.subarray(0, kop));
  const stand = hoofd.beginstand;
  if (!stand) throw new Error('geen beginstand');
  const ander = Inlezer.voorSegmenten({ regios, maxFouten }, stand);
  const rest = hoofd.neemRest();
  let buf = new Uint8Array(rest.length + bytes.length - kop);
  buf.set(rest);
  buf.set(bytes.subarray(kop), rest.length);
  let regel = hoofd.regelnummer;
  let beurt = 0;
  while (buf.length > 0) {
    let tot = buf.subarray(0, segment).lastIndexOf(0x0a) + 1;
    if (tot === 0 || buf.length <= segment) tot = buf.length;
    const seg = buf.subarray(0, tot);
    buf = buf.subarray(tot);
    const eerste = regel;
    for (const b of seg) if (b === 0x0a) regel++;
    (beurt++ % 2 === 0 ? ander : hoofd).verwerkSegment(seg, eerste);
  }
  hoofd.voegDeelToe(ander.neemDeel());
  return hoofd.einde();
}

/** Een CBS-bestand met van alles erin: onbekende waarden, foute regels, dubbele regels ver uit elkaar. */
function cbsBestand(): Uint8Array {
  const regels = ['"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"'];
  const codes = [...regios.alle()].filter((r) => r.soort !== 'overig').slice(0, 40).map((r) => r.code);
  let id = 0;
  for (const jaar of [2022, 2023]) {
    for (const regio of codes) {
      for (const m of misdrijfsoorten.slice(0, 30)) {
        const n = id % 97 === 0 ? '.' : String((id * 7) % 300);
        regels.push(`"${id++}";"${regio.padEnd(10)}";"${m.code.padEnd(7)}";"${jaar}JJ00";"${n.padStart(8)}"`);
      }
    }
  }
  // Foute en bijzondere regels, verspreid.
  regels.splice(50, 0, '"x";"GM0363    ";"1.1.1  ";"2023JJ00";"      -4"');
  regels.splice(900, 0, '"x";"GM0363    ";"1.1.1  ";"2023XX00";"       4"');
  regels.splice(1500, 0, '"x";"GM0363    ";"9.9.9  ";"2023JJ00";"       4"');
  regels.splice(2100, 0, '"x";"GM9998    ";"1.1.1  ";"2023JJ00";"       4"');
  regels.splice(2200, 0, '"x";"GM0363";"1.1.1"');
  // Een regel van vroeg in het bestand, later nog eens (dubbel), en een van laat, vroeg al eens.
  regels.push(regels[10]!.replace(/^"\d+"/, '"d1"'));
  regels.splice(20, 0, regels.at(-2)!.replace(/^"\d+"/, '"d2"'));
  return new TextEncoder().encode(`${regels.join('\r\n')}\r\n`);
}

describe('parallel lezen (Inlezer in segmenten, daarna samenvoegen)', () => {
  it('geeft voor een CBS-bestand dezelfde uitkomst als in één keer lezen, met dubbele regels tussen de delen', () => {
    const bytes = cbsBestand();
    const een = sequentieel(bytes);
    expect(een.fouten.map((f) => f.reden)).toEqual(
      expect.arrayContaining([expect.stringContaining('negatief aantal'), expect.stringContaining('dubbele regel'), expect.stringContaining('verwacht 5 velden')]),
    );
    expect(een.onbekendeSoorten).toHaveLength(1);
    expect(een.onbekendeRegiocodes).toEqual(['GM9998']);
    for (const [kop, segment] of [
      [3000, 2000],
      [500, 7000],
      [20000, 333],
    ] as const) {
      const delen = inDelen(bytes, kop, segment);
      expect(vergelijkbaar(delen)).toEqual(vergelijkbaar(een));
    }
  });

  it('geeft voor de echte download van data.politie.nl (namen, BOM, CRLF) dezelfde uitkomst', () => {
    const bytes = data('politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv');
    const een = sequentieel(bytes);
    expect(een.rest.aantal).toBeGreaterThan(500);
    const delen = inDelen(bytes, 2048, 4096);
    expect(vergelijkbaar(delen)).toEqual(vergelijkbaar(een));
  });

  it('weigert het bestand als de delen samen meer dan het maximum aan foute regels hebben', () => {
    const regels = ['"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"'];
    for (let i = 0; i < 30; i++) regels.push(`"${i}";"GM0363";"1.1.1";"2023JJ00";"-${i + 1}"`);
    const bytes = new TextEncoder().encode(`${regels.join('\n')}\n`);
    expect(() => sequentieel(bytes, 20)).toThrow(BestandGeweigerd);
    // Elk deel blijft onder de 20, samen niet.
    expect(() => inDelen(bytes, 200, 400, 20)).toThrow(/Meer dan 20 foute regels/);
  });

  it('leest alleen in segmenten bij regels (LF of CRLF), niet bij CR', () => {
    const kop = '"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"';
    const rij = '"1";"GM0363";"1.1.1";"2023JJ00";"4"';
    for (const [einde, kan] of [
      ['\n', true],
      ['\r\n', true],
      ['\r', false],
    ] as const) {
      const inlezer = new Inlezer({ regios });
      inlezer.verwerk(new TextEncoder().encode(`${kop}${einde}${rij}${einde}`));
      expect(inlezer.beginstand !== null).toBe(kan);
    }
  });
});
