/**
 * Starts Kernplan: opens the database, migrates it, builds the web app when needed and listens.
 */
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Antwoordcache } from './api/antwoordcache.ts';
import { createApp } from './app.ts';
import { readConfig, type ServerConfig } from './config.ts';
import { type Db, StartupError } from './db/db.ts';
import { openDb } from './db/open-db.ts';
import { seedDemo } from './demo/demo.ts';
import { createMailer } from './mail/mailer.ts';
import { startHerinneringen, stuurHerinneringen } from './monitoring/herinneringen.ts';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { createLiveEndpoint } from './realtime/live.ts';
import { Kamers } from './teksten/kamers.ts';
import { createSamenEndpoint } from './teksten/samen.ts';
import { startSessiesOpruimen } from './toegang/session.ts';
import { Hub, postgresFanout } from './realtime/hub.ts';
import { appVersion } from './version.ts';
import { bouwWebAlsNodig, packageRoot, standaardWebRoot } from './web-bouw.ts';

export { packageRoot };
/** Where `npm start` serves the web app from (WEB_ROOT overrides it; the tests use dist/test-web). */
export const webRoot = `${standaardWebRoot}${path.sep}`;

/** The web root of this start: config.webRoot, WEB_ROOT or dist/web. */
export function kiesWebRoot(config: Pick<ServerConfig, 'webRoot'> = {}): string {
  const gekozen = config.webRoot ?? (process.env.WEB_ROOT?.trim() || undefined);
  return gekozen ? path.resolve(gekozen) : standaardWebRoot;
}

/** Builds the web app with Vite when the folder is missing, a development build or older than the sources. */
export async function ensureWebBuild(root: string = standaardWebRoot): Promise<void> {
  await bouwWebAlsNodig(root);
}

export interface RunningServer {
  url: string;
  db: Db;
  modus: 'demo' | 'productie';
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig = readConfig()): Promise<RunningServer> {
  const webRoot = kiesWebRoot(config);
  await ensureWebBuild(webRoot);
  const { db, fresh, modus } = await openDb(config, appVersion);
  if (fresh && modus === 'demo') await seedDemo(db);
  const hub = new Hub();
  const fanout = config.databaseUrl ? await postgresFanout(config.databaseUrl, hub) : null;
  if (fanout) hub.useFanout(fanout);
  const mailer = config.mail ? createMailer(config.mail) : null;
  // Texts written together: one room per open text in this process (ADR 0019).
  const kamers = new Kamers(db, Boolean(config.databaseUrl));
  // A new demo shows at once what its dashboard signals (late measures, indicators behind) as
  // notifications, instead of after the first sweep of the timer.
  if (fresh && modus === 'demo') await stuurHerinneringen(db, mailer, new Date().toISOString().slice(0, 10));
  // A production database always runs with the production rules (TOTP for coordinators), also
  // when NODE_ENV was forgotten.
  const production = config.production || modus === 'productie';
  const app = createApp({
    db, webRoot, hub, production, modus, oidc: config.oidc ?? null, mailer,
    verbinding: { trustProxy: config.trustProxy, publicUrl: config.publicUrl },
    maxUploadBytes: config.maxUploadBytes,
    apiContact: config.apiContact,
    antwoordcache: new Antwoordcache({ maxBytes: config.antwoordcacheBytes }),
    kamers,
  });
  const live = createLiveEndpoint(db, hub, { publicUrl: config.publicUrl });
  const samen = await createSamenEndpoint(db, hub, kamers, { databaseUrl: config.databaseUrl, publicUrl: config.publicUrl });
  // Reminders before each progress meeting and alerts for late measures (step 6).
  const stopHerinneringen = startHerinneringen(db, mailer);
  // Sessions of people who never came back (the database would keep them for ever).
  const stopOpruimen = startSessiesOpruimen(db);
  const closeAll = async () => {
    stopHerinneringen();
    stopOpruimen();
    live.close();
    await samen.close();
    mailer?.close();
    await fanout?.close();
    await db.close();
  };
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => (samen.herkent(req) ? samen.handleUpgrade(req, socket, head) : live.handleUpgrade(req, socket, head)));
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
