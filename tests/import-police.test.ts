/** `kernplan import-police` as a user runs it: a real process on a real data folder. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDb } from '../src/server/db/open-db.ts';
import { nodeArgs } from './support/node-args.ts';

const bin = fileURLToPath(new URL('../bin/kernplan.mjs', import.meta.url));
const amsterdam = fileURLToPath(new URL('../../shared/data/politie-export/amsterdam-1.2.3-2024-by-wijk-buurt.csv', import.meta.url));

function kernplan(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs(), bin, ...args], { env: { ...process.env, DATABASE_URL: '', ...env }, stdio: 'pipe' });
    child.stdin.end();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('kernplan import-police', () => {
  it('staat in de hulp en vraagt om een bestand', async () => {
    const [help, zonder, weg] = await Promise.all([kernplan(['--help'], {}), kernplan(['import-police'], {}), kernplan(['import-police', '/bestaat/niet.csv'], {})]);
    expect(help.stdout).toContain('kernplan import-police BESTAND [--workspace WERKRUIMTE]');
    expect(zonder.code).toBe(2);
    expect(zonder.stderr).toContain('geef het bestand');
    expect(weg.code).toBe(2);
    expect(weg.stderr).toContain('Het bestand /bestaat/niet.csv is niet te lezen (ENOENT)');
  });

  it('leest een echte download van data.politie.nl in, en weigert een ander bestand met exitcode 1', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kp-politie-'));
    const r = await kernplan(['import-police', amsterdam], { DATA_DIR: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Regels gelezen:       517');
    expect(r.stdout).toContain('Regels ingelezen:     517');
    expect(r.stdout).toContain("Regio's:              517 buurten (GM0363)");
    expect(r.stdout).toContain('Betondorp -> BU0363MP03');
    // Issue 16: the coverage, as on the import page: only 1.2.3, so theme 1.3 is incomplete.
    expect(r.stdout).toContain('Dekking:');
    expect(r.stdout).toMatch(/1\.3 .*onvolledig/);

    const fout = path.join(dir, 'fout.csv');
    writeFileSync(fout, 'naam;adres\nJan;Dorpsstraat 1\n');
    const onbekend = await kernplan(['import-police', fout], { DATA_DIR: dir });
    expect(onbekend.code).toBe(1);
    expect(onbekend.stderr).toContain('Het bestand is geweigerd: Het formaat van het bestand is niet herkend');
    expect(onbekend.stderr).toContain('"naam", "adres"');

    const { db } = await openDb({ dataDir: dir }, 'test');
    try {
      const { rows } = await db.query<{ n: number; imports: number }>('select sum(cardinality(regios))::int as n, (select count(*)::int from politie_imports) as imports from politie_cijfers');
      expect(rows[0]).toEqual({ n: 517, imports: 1 });
    } finally {
      await db.close();
    }
  });
});
