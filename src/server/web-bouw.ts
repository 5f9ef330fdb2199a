/**
 * The built web app and its fingerprint. Vite writes `.kernplan-bouw.json` next to index.html (see
 * vite.config.ts): the build mode and the source files the bundle was made from with one hash over
 * their contents. A start serves the folder only when that fingerprint still matches the sources and
 * the bundle is a production build; otherwise it builds again, into a new folder that replaces the
 * old one only when the build is complete.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where `npm start` serves the web app from. Tests build and serve their own folder (WEB_ROOT). */
export const standaardWebRoot = path.join(packageRoot, 'dist', 'web');
export const BOUWKENMERK = '.kernplan-bouw.json';

/** Files that always count, besides the modules in the bundle: dependencies and build settings. */
const altijdMee = ['package.json', 'package-lock.json', 'vite.config.ts', 'src/web/index.html'];

export interface Bouwkenmerk {
  /** 'production' for a production bundle (NODE_ENV=production during the build). */
  modus: string;
  /** Source files relative to the package root, sorted. */
  bronnen: string[];
  /** sha256 over the paths and contents of `bronnen`. */
  sleutel: string;
}

/** The hash over the given files; a missing file counts as a change (null). */
export function bronSleutel(bronnen: string[], root = packageRoot): string | null {
  const hash = createHash('sha256');
  for (const bron of bronnen) {
    let inhoud: Buffer;
    try {
      inhoud = readFileSync(path.join(root, bron));
    } catch {
      return null;
    }
    hash.update(`${bron}\0${inhoud.length}\0`).update(inhoud);
  }
  return hash.digest('hex');
}

/** The fingerprint of a bundle made from the given module ids (absolute paths, as Vite reports them). */
export function maakKenmerk(moduleIds: Iterable<string>, modus: string, root = packageRoot): Bouwkenmerk {
  const bronnen = new Set(altijdMee.filter((f) => existsSync(path.join(root, f))));
  for (const id of moduleIds) {
    const bestand = id.split('?')[0]!;
    if (!path.isAbsolute(bestand) || bestand.includes(`${path.sep}node_modules${path.sep}`)) continue;
    const relatief = path.relative(root, bestand);
    if (relatief.startsWith('..') || !existsSync(bestand)) continue;
    bronnen.add(relatief.split(path.sep).join('/'));
  }
  const lijst = [...bronnen].sort();
  return { modus, bronnen: lijst, sleutel: bronSleutel(lijst, root) ?? '' };
}

export function leesKenmerk(webRoot: string): Bouwkenmerk | null {
  try {
    const k = JSON.parse(readFileSync(path.join(webRoot, BOUWKENMERK), 'utf8')) as Bouwkenmerk;
    return typeof k.modus === 'string' && Array.isArray(k.bronnen) && typeof k.sleutel === 'string' ? k : null;
  } catch {
    return null;
  }
}

/** Why the folder cannot be served as it is, or null when it is a current production build. */
export function waaromBouwen(webRoot: string, root = packageRoot): string | null {
  if (!existsSync(path.join(webRoot, 'index.html'))) return 'ontbreekt';
  const kenmerk = leesKenmerk(webRoot);
  if (!kenmerk) return 'zonder bouwkenmerk';
  if (kenmerk.modus !== 'production') return `een ${kenmerk.modus}-bouw`;
  if (bronSleutel(kenmerk.bronnen, root) !== kenmerk.sleutel) return 'verouderd';
  return null;
}

/**
 * Builds a production bundle into `webRoot`: first into a sibling folder, then swapped in, so a
 * server that serves the old folder never sees a half-written one.
 */
export async function bouwWeb(webRoot: string): Promise<void> {
  const doel = path.resolve(webRoot);
  const nieuw = `${doel}.bouw-${process.pid}`;
  const oud = `${doel}.oud-${process.pid}`;
  const { build } = await import('vite');
  // Vite takes the mode of React and the define of process.env.NODE_ENV from NODE_ENV; under Vitest
  // it is 'test', which gave a development bundle. Restore it afterwards: the server reads it too.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(packageRoot, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
      build: { outDir: nieuw, emptyOutDir: true },
    });
  } catch (err) {
    rmSync(nieuw, { recursive: true, force: true });
    throw err;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  // A server that started before this build still hands out the old index.html: keep the assets it
  // refers to (their names carry a hash, so nothing collides) for a day.
  const oudeAssets = path.join(doel, 'assets');
  if (existsSync(oudeAssets)) {
    const grens = Date.now() - 24 * 3600_000;
    for (const naam of readdirSync(oudeAssets)) {
      const bron = path.join(oudeAssets, naam);
      const kopie = path.join(nieuw, 'assets', naam);
      if (!existsSync(kopie) && statSync(bron).mtimeMs > grens) cpSync(bron, kopie, { preserveTimestamps: true });
    }
  }
  try {
    if (existsSync(doel)) renameSync(doel, oud);
    renameSync(nieuw, doel);
  } catch (err) {
    // Another process swapped its build in at the same moment: keep that one when it is current.
    rmSync(nieuw, { recursive: true, force: true });
    if (waaromBouwen(doel) !== null) throw err;
  } finally {
    rmSync(oud, { recursive: true, force: true });
  }
}

/** Builds the web app when `webRoot` is missing, a development build or older than the sources. */
export async function bouwWebAlsNodig(webRoot: string, melding: (tekst: string) => void = console.log): Promise<boolean> {
  const reden = waaromBouwen(webRoot);
  if (reden === null) return false;
  melding(
    reden === 'ontbreekt'
      ? 'De webapplicatie wordt eenmalig gebouwd (een halve minuut)...'
      : `De webapplicatie wordt opnieuw gebouwd (de bestaande is ${reden})...`,
  );
  await bouwWeb(webRoot);
  return true;
}
