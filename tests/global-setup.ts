/**
 * Builds the web app once before the tests, in production mode and into its own folder
 * (dist/test-web), and makes every test server serve that folder through WEB_ROOT: the tests never
 * touch dist/web, which `npm start` serves. The build is skipped when the folder is still current.
 */
import path from 'node:path';
import { bouwWebAlsNodig, packageRoot } from '../src/server/web-bouw.ts';

export const testWebRoot = path.join(packageRoot, 'dist', 'test-web');

export default async function setup(): Promise<void> {
  // Child processes (server-process.ts, cli.test.ts) and in-process servers (startServer) read it.
  process.env.WEB_ROOT = testWebRoot;
  await bouwWebAlsNodig(testWebRoot);
}
