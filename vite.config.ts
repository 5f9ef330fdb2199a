import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { BOUWKENMERK, maakKenmerk } from './src/server/web-bouw.ts';

/**
 * Writes `.kernplan-bouw.json` after the build: the mode and a hash of the sources the bundle came
 * from, so `npm start` can tell a current production build from a stale or development one.
 */
function bouwkenmerk(): Plugin {
  let modus = 'development';
  return {
    name: 'kernplan-bouwkenmerk',
    apply: 'build',
    configResolved(config) {
      modus = config.isProduction ? 'production' : process.env.NODE_ENV || config.mode;
    },
    writeBundle(options, bundle) {
      const ids = new Set<string>();
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') for (const id of item.moduleIds ?? Object.keys(item.modules)) ids.add(id);
      }
      const dir = options.dir ?? path.dirname(options.file ?? '.');
      writeFileSync(path.join(dir, BOUWKENMERK), `${JSON.stringify(maakKenmerk(ids, modus), null, 2)}\n`);
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react(), bouwkenmerk()],
  build: {
    // npm start serves this folder; the tests build their own (dist/test-web, see tests/global-setup.ts).
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // Keep CSS in files and scripts as modules, so a strict Content-Security-Policy holds.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
