/** Browser tests: where Debian's Chromium is, and axe-core (WCAG 2.x A/AA) on a page. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
if (!hasChromium && process.env.CI) {
  throw new Error(`Chromium ontbreekt op ${chromiumPath}; .ci/run installeert het met apt-get install chromium.`);
}
if (!hasChromium) {
  console.warn(`Browsertests overgeslagen: geen Chromium op ${chromiumPath} (apt-get install chromium).`);
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
