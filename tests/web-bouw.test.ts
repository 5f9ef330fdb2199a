/**
 * The web build of the tests stays out of dist/web (what `npm start` serves), is a production build,
 * and a start rebuilds a folder that is missing, a development build or older than its sources.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOUWKENMERK, bouwWeb, maakKenmerk, standaardWebRoot, waaromBouwen } from '../src/server/web-bouw.ts';
import { startServerProcess, stopAllServers } from './support/server-process.ts';

afterAll(stopAllServers);

/** Every file under dir with size and modification time; 'afwezig' when the folder does not exist. */
function momentopname(dir: string): string {
  const regels: string[] = [];
  const loop = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) loop(p);
      else {
        const s = statSync(p);
        regels.push(`${path.relative(dir, p)} ${s.size} ${s.mtimeMs}`);
      }
    }
  };
  try {
    loop(dir);
  } catch {
    return 'afwezig';
  }
  return regels.sort().join('\n');
}

const scriptVan = (html: string) => /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];

describe('webbouw', () => {
  it('de testservers serveren een productiebouw uit een eigen map, niet uit dist/web', async () => {
    const webRoot = process.env.WEB_ROOT;
    expect(webRoot).toBeTruthy();
    expect(path.resolve(webRoot!)).not.toBe(path.resolve(standaardWebRoot));
    expect(waaromBouwen(webRoot!)).toBeNull();

    const server = await startServerProcess();
    const html = await (await fetch(`${server.url}/`)).text();
    const script = scriptVan(html);
    expect(script).toBeTruthy();
    const bundel = await (await fetch(`${server.url}${script}`)).text();
    expect(bundel).toBe(readFileSync(path.join(webRoot!, script!), 'utf8'));
    // The development build of React is full of jsxDEV calls; the production build has none.
    expect(bundel).not.toContain('jsxDEV');
    await server.kill();
  }, 90_000);

  it('een bouw in een andere map laat dist/web ongemoeid en is een actuele productiebouw', async () => {
    const voor = momentopname(standaardWebRoot);
    const doel = path.join(mkdtempSync(path.join(tmpdir(), 'kp-web-')), 'web');
    try {
      await bouwWeb(doel);
      expect(momentopname(standaardWebRoot)).toBe(voor);
      expect(waaromBouwen(doel)).toBeNull();
      const kenmerk = JSON.parse(readFileSync(path.join(doel, BOUWKENMERK), 'utf8')) as { modus: string; bronnen: string[] };
      expect(kenmerk.modus).toBe('production');
      expect(kenmerk.bronnen).toContain('src/web/main.tsx');
      expect(kenmerk.bronnen).toContain('package-lock.json');
      // NODE_ENV of this process is as it was (Vitest sets 'test').
      expect(process.env.NODE_ENV).toBe('test');
    } finally {
      rmSync(path.dirname(doel), { recursive: true, force: true });
    }
  }, 120_000);

  it('herkent een ontbrekende, ontwikkel- of verouderde bouw', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kp-bouwkenmerk-'));
    try {
      mkdirSync(path.join(root, 'src'));
      writeFileSync(path.join(root, 'package.json'), '{"version":"1.0.0"}');
      writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1;');
      const web = path.join(root, 'web');
      expect(waaromBouwen(web, root)).toBe('ontbreekt');
      mkdirSync(web);
      writeFileSync(path.join(web, 'index.html'), '<!doctype html>');
      expect(waaromBouwen(web, root)).toBe('zonder bouwkenmerk');

      const ids = [path.join(root, 'src', 'a.ts'), `${path.join(root, 'src', 'a.ts')}?used`, path.join(root, 'node_modules', 'x', 'i.js'), '\0virtual'];
      writeFileSync(path.join(web, BOUWKENMERK), JSON.stringify(maakKenmerk(ids, 'test', root)));
      expect(waaromBouwen(web, root)).toBe('een test-bouw');

      const kenmerk = maakKenmerk(ids, 'production', root);
      expect(kenmerk.bronnen).toEqual(['package.json', 'src/a.ts']);
      writeFileSync(path.join(web, BOUWKENMERK), JSON.stringify(kenmerk));
      expect(waaromBouwen(web, root)).toBeNull();

      writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 2;');
      expect(waaromBouwen(web, root)).toBe('verouderd');
      writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1;');
      expect(waaromBouwen(web, root)).toBeNull();
      rmSync(path.join(root, 'src', 'a.ts'));
      expect(waaromBouwen(web, root)).toBe('verouderd');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
