/**
 * The Word documents of the demo municipality (startnotitie, veiligheidsanalyse, IVP, uitvoeringsplan,
 * and the projectplan of the demo project), as the council receives them, open in LibreOffice and convert to PDF without error.
 * In the PDF (read with pdftotext, from poppler-utils): the table of contents has a page number for every
 * heading, and no word of a measure table is broken across lines.
 * In CI LibreOffice is installed (.ci/run); locally the test is skipped without it, and the PDF checks without pdftotext.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../src/domain/cyclus/document.ts';
import { documentSoorten } from '../src/domain/cyclus/inhoud.ts';
import { documentStand, laadStand, laadWerkruimte } from '../src/server/cyclus/stand.ts';
import { seedDemo } from '../src/server/demo/demo.ts';
import { naarDocx } from '../src/server/documenten/docx.ts';
import { naarPdf, vindSoffice } from './support/soffice.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

const soffice = vindSoffice();
if (!soffice && process.env.CI) throw new Error('LibreOffice (soffice) ontbreekt; .ci/run installeert libreoffice-writer-nogui.');

/** pdftotext on PATH, or null. */
function vindPdftotext(): string | null {
  for (const map of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(map, 'pdftotext'), constants.X_OK);
      return join(map, 'pdftotext');
    } catch {
      // next directory
    }
  }
  return null;
}
const pdftotext = vindPdftotext();
if (soffice && !pdftotext) console.warn('PDF-controles overgeslagen: geen pdftotext op PATH (apt-get install poppler-utils).');

/** The text of each page of a PDF; `layout` keeps the lines as they are on the page. */
async function paginas(pdf: string, layout: boolean): Promise<string[]> {
  const { stdout } = await promisify(execFile)(pdftotext!, [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\f').slice(0, -1);
}

/**
 * Whitespace-separated words, with non-breaking spaces and hyphens read as ordinary ones. A word with a
 * hyphen inside counts as its parts ("Haven-" and "Oost"): a line may break after a hyphen.
 */
function woorden(tekst: string): string[] {
  return tekst
    .normalize('NFKC')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/(?<=\S-)(?=\S)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The headings of a model as the document writes them (number and text), without empty ones. */
function koppen(model: DocumentModel): string[] {
  return model.blokken.flatMap((b) => {
    if (b.soort !== 'kop') return [];
    const nummer = (b.nummer ?? '').trim();
    const tekst = b.tekst.replace(/\s+/g, ' ').trim();
    const kop = nummer && tekst ? `${nummer} ${tekst}` : nummer || tekst;
    return kop ? [kop] : [];
  });
}

describe.skipIf(!soffice)('Word-documenten van de demogemeente in LibreOffice', () => {
  let testDb: TestDb;
  let map: string;
  const modellen = new Map<string, DocumentModel>();

  beforeAll(async () => {
    testDb = await createTestDb('pglite');
    await seedDemo(testDb.db);
    map = await mkdtemp(join(tmpdir(), 'kp-documenten-'));
    const { rows } = await testDb.db.query<{ id: string; soort: string }>('select id, soort from werkruimtes');
    const bestanden: string[] = [];
    for (const soort of documentSoorten) {
      const w = (await laadWerkruimte(testDb.db, rows.find((r) => r.soort === (soort === 'projectplan' ? 'project' : 'ivp'))!.id))!;
      const stand = await laadStand(testDb.db, w);
      const d = (await documentStand(testDb.db, w.id, stand, soort, soort === 'uitvoeringsplan' ? 2027 : null))!;
      modellen.set(soort, d.model);
      const bestand = join(map, `${soort}.docx`);
      await writeFile(bestand, await naarDocx(d.model));
      bestanden.push(bestand);
    }
    await naarPdf(soffice!, bestanden, map);
  }, 240_000);
  afterAll(async () => {
    await testDb?.drop();
    if (map) await rm(map, { recursive: true, force: true });
  });

  it('zet elk van de vijf documenten om naar PDF', async () => {
    for (const soort of documentSoorten) {
      const pdf = join(map, `${soort}.pdf`);
      expect((await stat(pdf)).size, soort).toBeGreaterThan(5000);
      expect((await readFile(pdf)).subarray(0, 4).toString('latin1')).toBe('%PDF');
    }
  });

  it.skipIf(!pdftotext)('heeft in de inhoudsopgave bij elke kop een paginanummer, dat klopt met waar de kop staat', async () => {
    for (const soort of documentSoorten) {
      const model = modellen.get(soort)!;
      const bladen = await paginas(join(map, `${soort}.pdf`), true);
      const eerste = bladen.findIndex((p) => p.split('\n').some((r) => r.trim() === 'Inhoud'));
      expect(eerste, `${soort}: pagina met de inhoudsopgave`).toBeGreaterThan(0);
      // The entries: lines with a dot leader, on the page with 'Inhoud' and the pages after it that hold such lines.
      const regels: string[] = [];
      let laatste = eerste;
      for (let i = eerste; i < bladen.length; i++) {
        const leiders = bladen[i]!.split('\n').map((r) => r.trim()).filter((r) => /\.{4,}/.test(r));
        if (leiders.length === 0) break;
        regels.push(...leiders);
        laatste = i;
      }
      const verwacht = koppen(model);
      expect(regels, `${soort}: een regel per kop`).toHaveLength(verwacht.length);
      let vorige = laatste + 2;
      let zoekVanaf = laatste + 1;
      regels.forEach((regel, i) => {
        const m = /^(.*?)\s*\.{4,}\s*(\d+)$/.exec(regel);
        expect(m, `${soort}: paginanummer in "${regel}"`).not.toBeNull();
        const nummer = Number(m![2]);
        // Page numbers count from the cover (page 1): after the table of contents, going up, within the document.
        expect(nummer, `${soort}: "${regel}"`).toBeGreaterThanOrEqual(vorige);
        expect(nummer, `${soort}: "${regel}"`).toBeLessThanOrEqual(bladen.length);
        vorige = nummer;
        // Where LibreOffice put the heading (found when it is on one line): the number is at most one page off, as
        // the numbers are worked out for Word's layout, and LibreOffice without Calibri lays out a little differently.
        const kop = verwacht[i]!;
        for (let p = zoekVanaf; p < bladen.length; p++) {
          if (bladen[p]!.split('\n').some((r) => r.trim() === kop)) {
            expect(Math.abs(nummer - (p + 1)), `${soort}: "${kop}" staat op pagina ${p + 1}, de inhoudsopgave zegt ${nummer}`).toBeLessThanOrEqual(1);
            zoekVanaf = p;
            break;
          }
        }
      });
    }
  });

  it.skipIf(!pdftotext)('breekt geen woord van een maatregeltabel af over twee regels', async () => {
    let gecontroleerd = 0;
    for (const soort of ['uitvoeringsplan', 'projectplan'] as const) {
      const tabellen = modellen.get(soort)!.blokken.filter((b) => b.soort === 'tabel' && b.kolommen[0] === 'Maatregel' && b.kolommen.length === 8);
      expect(tabellen.length, soort).toBeGreaterThan(0);
      // Every word of the cells, as often as it occurs there.
      const nodig = new Map<string, number>();
      for (const t of tabellen) {
        if (t.soort !== 'tabel') continue;
        for (const w of t.rijen.flatMap((r) => r.flatMap(woorden))) nodig.set(w, (nodig.get(w) ?? 0) + 1);
      }
      // The words on the pages of the tables (those with their header row), line by line as on the page (the layout
      // mode, in which pdftotext doesn't join a word ending in a hyphen to the next line). A word broken across lines
      // reads as two pieces there ("Ondern" "emen"), so it is found fewer times.
      const bladen = (await paginas(join(map, `${soort}.pdf`), true)).filter((p) => p.includes('Prestatie-indicator'));
      const gevonden = new Map<string, number>();
      for (const w of bladen.flatMap(woorden)) gevonden.set(w, (gevonden.get(w) ?? 0) + 1);
      for (const [woord, aantal] of nodig) {
        expect(gevonden.get(woord) ?? 0, `${soort}: "${woord}" heel in de tabel`).toBeGreaterThanOrEqual(aantal);
        gecontroleerd++;
      }
    }
    expect(gecontroleerd).toBeGreaterThan(100);
  });
});
