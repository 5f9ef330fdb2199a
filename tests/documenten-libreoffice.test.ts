/**
 * The Word documents of the demo municipality (startnotitie, veiligheidsanalyse, IVP, uitvoeringsplan,
 * and the projectplan of the demo project), as the council receives them, open in LibreOffice and convert to PDF without error.
 * In CI LibreOffice is installed (.ci/run); locally the test is skipped without it.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSoorten } from '../src/domain/cyclus/inhoud.ts';
import { documentStand, laadStand, laadWerkruimte } from '../src/server/cyclus/stand.ts';
import { seedDemo } from '../src/server/demo/demo.ts';
import { naarDocx } from '../src/server/documenten/docx.ts';
import { naarPdf, vindSoffice } from './support/soffice.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

const soffice = vindSoffice();
if (!soffice && process.env.CI) throw new Error('LibreOffice (soffice) ontbreekt; .ci/run installeert libreoffice-writer-nogui.');

describe.skipIf(!soffice)('Word-documenten van de demogemeente in LibreOffice', () => {
  let testDb: TestDb;
  let map: string;

  beforeAll(async () => {
    testDb = await createTestDb('pglite');
    await seedDemo(testDb.db);
    map = await mkdtemp(join(tmpdir(), 'kp-documenten-'));
  });
  afterAll(async () => {
    await testDb.drop();
    await rm(map, { recursive: true, force: true });
  });

  it('zet elk van de vijf documenten om naar PDF', { timeout: 180_000 }, async () => {
    const { rows } = await testDb.db.query<{ id: string; soort: string }>('select id, soort from werkruimtes');
    const bestanden: string[] = [];
    for (const soort of documentSoorten) {
      const w = (await laadWerkruimte(testDb.db, rows.find((r) => r.soort === (soort === 'projectplan' ? 'project' : 'ivp'))!.id))!;
      const stand = await laadStand(testDb.db, w);
      const d = (await documentStand(testDb.db, w.id, stand, soort, soort === 'uitvoeringsplan' ? 2027 : null))!;
      const bestand = join(map, `${soort}.docx`);
      await writeFile(bestand, await naarDocx(d.model));
      bestanden.push(bestand);
    }
    await naarPdf(soffice!, bestanden, map);
    for (const soort of documentSoorten) {
      const pdf = join(map, `${soort}.pdf`);
      expect((await stat(pdf)).size, soort).toBeGreaterThan(5000);
      expect((await readFile(pdf)).subarray(0, 4).toString('latin1')).toBe('%PDF');
    }
  });
});
