/**
 * The Word report of an evaluation (issue 19, point 2), as the API gives it for the demo's rekenkamer
 * evaluation, opens in LibreOffice and converts to PDF; in the PDF (pdftotext, from poppler-utils) are
 * the summary, the norms table and the verdicts. In CI LibreOffice is installed (.ci/run); locally the
 * test is skipped without it, and the PDF text check without pdftotext.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.ts';
import { seedDemo } from '../src/server/demo/demo.ts';
import { DEMO_EVALUATIE_NAAM } from '../src/server/demo/demo-evaluatie.ts';
import { Client } from './support/session-client.ts';
import { naarPdf, vindSoffice } from './support/soffice.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

const soffice = vindSoffice();
if (!soffice && process.env.CI) throw new Error('LibreOffice (soffice) ontbreekt; .ci/run installeert libreoffice-writer-nogui.');

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

describe.skipIf(!soffice)('het evaluatierapport in LibreOffice', () => {
  let testDb: TestDb;
  let map: string;

  beforeAll(async () => {
    testDb = await createTestDb('pglite');
    await seedDemo(testDb.db);
    map = await mkdtemp(join(tmpdir(), 'kp-evaluatie-'));
  }, 120_000);
  afterAll(async () => {
    await testDb?.drop();
    if (map) await rm(map, { recursive: true, force: true });
  });

  it('zet het Word-bestand om naar PDF met de samenvatting, de normentabel en de oordelen', { timeout: 180_000 }, async () => {
    const app = createApp({ db: testDb.db });
    const auditor = await Client.signIn(app, 'auditor@demo.kernplan.nl');
    const ws = ((await auditor.get('/werkruimtes')).body.werkruimtes as { id: string; soort: string }[]).find((x) => x.soort === 'ivp')!.id;
    const e = ((await auditor.get(`/werkruimtes/${ws}/evaluaties`)).body.evaluaties as { id: string; naam: string }[]).find((x) => x.naam === DEMO_EVALUATIE_NAAM)!;
    const res = await app.request(`/api/v1/werkruimtes/${ws}/evaluaties/${e.id}.docx`, { headers: { Cookie: auditor.cookie! } });
    expect(res.status).toBe(200);
    const docx = join(map, 'evaluatie.docx');
    await writeFile(docx, new Uint8Array(await res.arrayBuffer()));
    await naarPdf(soffice!, [docx], map);
    const pdf = join(map, 'evaluatie.pdf');
    expect((await stat(pdf)).size).toBeGreaterThan(10_000);
    if (!pdftotext) return;
    const { stdout } = await promisify(execFile)(pdftotext, ['-layout', pdf, '-'], { maxBuffer: 20_000_000 });
    for (const t of ['Samenvatting', 'Normentabel', 'Voldoet deels', 'Toelichting', 'Bewijs', 'Rekenkameronderzoek', 'Vraag']) expect(stdout, t).toContain(t);
    expect(stdout).toMatch(/Voldoet: \d+ normen/);
  });
});
