import { readFileSync } from 'node:fs';

/** Version of the Kernplan package (package.json). */
export const appVersion: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Version of the public API (major in the path, full version in the API-Version header). */
export const apiVersion = '1.0.0';
