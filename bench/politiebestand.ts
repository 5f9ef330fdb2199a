/**
 * A national-scale police file in the CBS 47018NED layout, made up but deterministic: the regions of
 * the shipped region list x 59 crime types x 5 years, about 1% unknown values. For the benchmarks.
 */
import { createWriteStream } from 'node:fs';

export async function genereer(bestand: string, rijen: number): Promise<number> {
  const { misdrijfsoorten } = await import('../src/domain/politie/misdrijfsoorten.ts');
  const { meegeleverdeRegios } = await import('../src/server/politie/regiolijst.ts');
  const jaren = 5;
  const aantalRegios = Math.ceil(rijen / misdrijfsoorten.length / jaren);
  const regios = meegeleverdeRegios().filter((r) => r.soort !== 'overig').slice(0, aantalRegios);
  const uit = createWriteStream(bestand);
  const schrijf = (s: string) => new Promise<void>((ok) => (uit.write(s) ? ok() : uit.once('drain', ok)));
  await schrijf('"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"\r\n');
  let id = 0;
  let zaad = 20260101;
  const toeval = () => (zaad = (Math.imul(zaad, 1103515245) + 12345) >>> 0) / 4294967296;
  let blok = '';
  for (let j = 0; j < jaren; j++) {
    for (const r of regios) {
      for (const m of misdrijfsoorten) {
        const waarde = toeval() < 0.01 ? '.' : String(Math.floor(toeval() * toeval() * 400));
        blok += `"${id++}";"${r.code.padEnd(10)}";"${m.code.padEnd(7)}";"${2019 + j}JJ00";"${waarde.padStart(8)}"\r\n`;
        if (blok.length > 1 << 20) {
          await schrijf(blok);
          blok = '';
        }
      }
    }
  }
  await schrijf(blok);
  await new Promise<void>((ok) => uit.end(ok));
  return id;
}
