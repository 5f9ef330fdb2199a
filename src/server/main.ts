/**
 * Starts Kernplan: opens the database, migrates it, builds the web app when needed and listens.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { readConfig, type ServerConfig } from './config.ts';
import { type Db, StartupError } from './db/db.ts';
import { openDb } from './db/open-db.ts';
import { seedDemo } from './demo.ts';
import { createMailer } from './mail/mailer.ts';
import { startHerinneringen } from './monitoring/herinneringen.ts';
import { createLiveEndpoint } from './realtime/live.ts';
import { Hub, postgresFanout } from './realtime/hub.ts';
import { appVersion } from './version.ts';

export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const webRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** Builds the web app with Vite when dist/web is missing (first start after npm ci). */
export async function ensureWebBuild(): Promise<void> {
  if (existsSync(`${webRoot}index.html`)) return;
  console.log('De webapplicatie wordt eenmalig gebouwd...');
  const { build } = await import('vite');
  await build({ logLevel: 'warn', configFile: `${packageRoot}vite.config.ts` });
}

export interface RunningServer {
  url: string;
  db: Db;
  modus: 'demo' | 'productie';
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig = readConfig()): Promise<RunningServer> {
  await ensureWebBuild();
  const { db, fresh, modus } = await openDb(config, appVersion);
  if (fresh && modus === 'demo') await seedDemo(db);
  const hub = new Hub();
  const fanout = config.databaseUrl ? await postgresFanout(config.databaseUrl, hub) : null;
  if (fanout) hub.useFanout(fanout);
  const mailer = config.mail ? createMailer(config.mail) : null;
  // A production database always runs with the production rules (TOTP for coordinators), also
  // when NODE_ENV was forgotten.
  const production = config.production || modus === 'productie';
  const app = createApp({ db, webRoot, hub, production, modus, oidc: config.oidc ?? null, mailer });
  const live = createLiveEndpoint(db, hub);
  // Reminders before each progress meeting and alerts for late measures (step 6).
  const stopHerinneringen = startHerinneringen(db, mailer);
  const closeAll = async () => {
    stopHerinneringen();
    live.close();
    mailer?.close();
    await fanout?.close();
    await db.close();
  };
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
    server.on('upgrade', live.handleUpgrade);
    server.once('error', (err: NodeJS.ErrnoException) => {
      void closeAll();
      if (err.code === 'EADDRINUSE') {
        reject(new StartupError(`Poort ${config.port} is al in gebruik. Kies een andere poort, bijvoorbeeld PORT=3001 npm start.`));
      } else if (err.code === 'EACCES') {
        reject(new StartupError(`Geen toestemming om poort ${config.port} te gebruiken. Kies een poort boven 1024 met PORT.`));
      } else {
        reject(err);
      }
    });
    server.once('listening', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      resolve({
        url: `http://${shownHost === '127.0.0.1' ? 'localhost' : shownHost}:${port}`,
        db,
        modus,
        close: () =>
          new Promise<void>((done) => {
            live.close();
            server.close(() => void closeAll().then(done, done));
            // Keep-alive and websocket connections must not hold the shutdown.
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
  });
}
