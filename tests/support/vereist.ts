/**
 * What a test needs from outside the repository: a PostgreSQL server (DATABASE_URL) or the shared data
 * next to the repository (../shared). Locally a missing prerequisite skips the test with a warning; in CI
 * (CI=true, set by .ci/run) it fails the test file, so CI can never pass by silently testing less.
 */
import { existsSync } from 'node:fs';

/** True in CI: CI is set and not 'false' or '0'. */
export const inCi = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

const gemeld = new Set<string>();

function ontbreekt(wat: string, hoe: string): false {
  if (inCi) throw new Error(`${wat} ontbreekt; in CI (CI=true) mag geen test worden overgeslagen. ${hoe}`);
  if (!gemeld.has(wat)) {
    gemeld.add(wat);
    console.warn(`Tests overgeslagen: ${wat} ontbreekt. ${hoe}`);
  }
  return false;
}

/**
 * Whether the environment variable is set. Use as `describe.skipIf(!vereist('DATABASE_URL'))`:
 * in CI a missing variable throws instead.
 */
export function vereist(naam: 'DATABASE_URL'): boolean {
  if (process.env[naam]) return true;
  return ontbreekt(naam, '.ci/run start PostgreSQL en zet DATABASE_URL, bijvoorbeeld postgres://postgres@127.0.0.1:5432/postgres.');
}

/**
 * Whether a file or folder from the shared data (../shared next to the repository) is there;
 * in CI a missing one throws instead.
 */
export function vereistBestand(pad: URL | string): boolean {
  if (existsSync(pad)) return true;
  const tekst = pad instanceof URL ? decodeURIComponent(pad.pathname) : pad;
  return ontbreekt(tekst, 'De gedeelde gegevens staan in de map shared naast de repository (shared/data, shared/seeds).');
}
