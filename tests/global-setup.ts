/**
 * Once before the tests:
 * - builds the web app in production mode into its own folder (dist/test-web), and makes every test
 *   server serve that folder through WEB_ROOT: the tests never touch dist/web, which `npm start`
 *   serves. The build is skipped when the folder is still current (its build fingerprint matches);
 * - starts making the database templates (support/sjablonen.ts): a migrated PGlite dump, a data
 *   folder with the demo installation and, with DATABASE_URL, the same as PostgreSQL template
 *   databases. The tests do not wait for them, only a helper that needs one does; they are removed
 *   after the run.
 */
import path from 'node:path';
import { bouwWebAlsNodig, packageRoot } from '../src/server/web-bouw.ts';
import { maakSjablonen } from './support/sjablonen.ts';

export const testWebRoot = path.join(packageRoot, 'dist', 'test-web');

export default async function setup(): Promise<() => Promise<void>> {
  // Child processes (server-process.ts, cli.test.ts) and in-process servers (startServer) read it.
  process.env.WEB_ROOT = testWebRoot;
  const opruimen = maakSjablonen();
  try {
    await bouwWebAlsNodig(testWebRoot);
  } catch (err) {
    await opruimen();
    throw err;
  }
  return opruimen;
}
