/**
 * Browser tests in one place: Debian's Chromium, a Kernplan server with the demo installation on a
 * fresh data folder (or a fresh PostgreSQL database), browser contexts in Dutch, signing in with a
 * demo account, and axe-core (WCAG 2.x A/AA) plus a screenshot of a page.
 *
 * In a describe block: `const b = browserOmgeving({ schermafdruk: 'sturing-' })` starts the server and
 * Chromium in beforeAll and stops both (with every context it made) in afterAll.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/main.ts';
import { createPgDatabase } from './server-process.ts';
import { kopieerDemoDatamap } from './sjablonen.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
if (!hasChromium && process.env.CI) {
  throw new Error(`Chromium ontbreekt op ${chromiumPath}; .ci/run installeert het met apt-get install chromium.`);
}
if (!hasChromium) {
  console.warn(`Browsertests overgeslagen: geen Chromium op ${chromiumPath} (apt-get install chromium).`);
}

/** Headless Chromium without the sandbox (root in CI), GPU or any traffic of its own. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where screenshots go: E2E_SHOTS, or /tmp/e2e-shots (outside the repository). */
export const schermafdrukMap = process.env.E2E_SHOTS ?? path.join(tmpdir(), 'e2e-shots');

export function startChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical violations on the page, one line each. */
export async function ernstigeToegankelijkheidsfouten(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return { violations: result.violations, passes: result.passes.length };
  });
  // A check that found nothing to check has not run: axe always passes some rules on a real page.
  expect(passes).toBeGreaterThan(5);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} bij ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A full-page screenshot as `<schermafdrukMap>/<naam>.png`. */
export async function schermafdruk(page: Page, naam: string): Promise<void> {
  mkdirSync(schermafdrukMap, { recursive: true });
  await page.screenshot({ path: path.join(schermafdrukMap, `${naam}.png`), fullPage: true });
}

/** Signs in with the demo button of a demo account ('Carla Coördinator') and waits for the workspace list. */
export async function aanmelden(page: Page, naam: string): Promise<void> {
  await page.goto('/aanmelden');
  await page.getByRole('button', { name: `Aanmelden als ${naam}` }).click();
  await page.waitForURL(/\/werkruimtes$/);
}

/** Collects the errors of a page: uncaught exceptions, and with `console` also console.error messages. */
export function volgFouten(page: Page, fouten: string[], opties: { console?: boolean; naam?: string } = {}): void {
  const label = (tekst: string) => (opties.naam ? `${opties.naam}: ${tekst}` : tekst);
  if (opties.console) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') fouten.push(label(msg.text()));
    });
  }
  page.on('pageerror', (err) => fouten.push(label(err.message)));
}

export interface BrowserOpties {
  /** The database of the server: the embedded one (default) or a fresh PostgreSQL database. */
  database?: 'pglite' | 'postgresql';
  /** Prefix of the screenshot names of `controleer`, e.g. 'sturing-'. */
  schermafdruk?: string;
  /** Options of every new browser context (besides base URL and locale), e.g. viewport or acceptDownloads. */
  context?: BrowserContextOptions;
  /** Default timeout of every new context in ms (Playwright's own: 30 s). */
  timeout?: number;
}

export interface BrowserOmgeving {
  /** The server's address on 127.0.0.1. */
  readonly url: string;
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A new context (closed in afterAll) with the base URL, nl-NL and the options of this environment. */
  nieuweContext(extra?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a new context. */
  nieuwePagina(extra?: BrowserContextOptions): Promise<Page>;
  /** A page in a new context, signed in with the demo account `naam`; its uncaught errors go to `fouten`. */
  aangemeld(naam: string, fouten?: string[]): Promise<Page>;
  /** No serious or critical accessibility violations (axe-core), then a screenshot `<schermafdruk><naam>.png`. */
  controleer(page: Page, naam: string): Promise<void>;
}

/** Starts a server with the demo installation and Chromium in beforeAll, and stops them in afterAll. */
export function browserOmgeving(opties: BrowserOpties = {}): BrowserOmgeving {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let url = '';
  let dataDir: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  const contexten: BrowserContext[] = [];
  const gestart = <T>(waarde: T | undefined): T => {
    if (waarde === undefined) throw new Error('De browseromgeving is nog niet gestart (beforeAll)');
    return waarde;
  };

  beforeAll(async () => {
    let databaseUrl: string | undefined;
    if (opties.database === 'postgresql') {
      const db = await createPgDatabase({ demo: true });
      databaseUrl = db.url;
      dropDatabase = db.drop;
    }
    dataDir = mkdtempSync(path.join(tmpdir(), 'kp-e2e-'));
    // A copy of the demo installation; without global setup the server installs it on this first start.
    if (!databaseUrl) await kopieerDemoDatamap(dataDir);
    const [s, b] = await Promise.all([startServer({ port: 0, host: '127.0.0.1', dataDir, databaseUrl, production: false }), startChromium()]);
    server = s;
    browser = b;
    url = s.url.replace('localhost', '127.0.0.1');
  });

  afterAll(async () => {
    for (const c of contexten.splice(0)) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    await dropDatabase?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const omgeving: BrowserOmgeving = {
    get url() {
      return gestart(url || undefined);
    },
    get server() {
      return gestart(server);
    },
    get browser() {
      return gestart(browser);
    },
    async nieuweContext(extra = {}) {
      const context = await gestart(browser).newContext({ baseURL: omgeving.url, locale: 'nl-NL', ...opties.context, ...extra });
      contexten.push(context);
      if (opties.timeout !== undefined) context.setDefaultTimeout(opties.timeout);
      return context;
    },
    async nieuwePagina(extra = {}) {
      return (await omgeving.nieuweContext(extra)).newPage();
    },
    async aangemeld(naam, fouten) {
      const page = await omgeving.nieuwePagina();
      if (fouten) volgFouten(page, fouten);
      await aanmelden(page, naam);
      return page;
    },
    async controleer(page, naam) {
      expect(await ernstigeToegankelijkheidsfouten(page), naam).toEqual([]);
      await schermafdruk(page, `${opties.schermafdruk ?? ''}${naam}`);
    },
  };
  return omgeving;
}
