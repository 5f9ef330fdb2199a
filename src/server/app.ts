/**
 * Builds the HTTP application without listening, so tests can call `app.request()` in-process.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { secureHeaders } from 'hono/secure-headers';
import type { Db } from './db/db.ts';
import { type AppEnv, loadSession } from './toegang/middleware.ts';
import { Aanmeldbeperking } from './toegang/aanmeldbeperking.ts';
import { publiekAdres, verbinding, type VerbindingOptions } from './toegang/verbinding.ts';
import { healthRoutes } from './api/health-routes.ts';
import { instellingenRoutes } from './toegang/instellingen-routes.ts';
import { sectiesRoutes } from './analyse/routes.ts';
import { cyclusRoutes } from './cyclus/routes.ts';
import { rondesRoutes } from './cyclus/rondes-routes.ts';
import { ketenRoutes } from './cyclus/keten-routes.ts';
import { regioRoutes } from './regio/routes.ts';
import { landelijkRoutes } from './landelijk/routes.ts';
import { monitoringRoutes } from './monitoring/routes.ts';
import { indicatorImportRoutes } from './monitoring/indicator-import.ts';
import { raadRoutes } from './raad/routes.ts';
import { afsprakenRoutes } from './cyclus/afspraken-routes.ts';
import { inwonersRoutes } from './inwoners/routes.ts';
import type { InwonersOpties } from './inwoners/bewijs.ts';
import { openbaarRoutes } from './openbaar/routes.ts';
import { evaluatieRoutes } from './evaluatie/routes.ts';
import { sessiesRoutes } from './toegang/sessies-routes.ts';
import { uitnodigingenRoutes, werkruimtesRoutes } from './werkruimte/routes.ts';
import { opvolgingRoutes } from './werkruimte/opvolging-routes.ts';
import { Hub } from './realtime/hub.ts';
import type { ApiContact, OidcConfig } from './config.ts';
import { OidcSignIn } from './toegang/oidc.ts';
import type { Mailer } from './mail/mailer.ts';
import { oidcRoutes } from './toegang/oidc-routes.ts';
import { kennisbankRoutes } from './kennisbank/routes.ts';
import { classificatieRoutes } from './kennisbank/classificatie-routes.ts';
import { methodenRoutes } from './methoden/routes.ts';
import { politieRoutes } from './politie/routes.ts';
import { veiligheidsmonitorRoutes } from './veiligheidsmonitor/routes.ts';
import { cbsGroepenRoutes } from './politie/cbs-groepen-routes.ts';
import { landelijkeCijfersRoutes } from './politie/landelijk-routes.ts';
import { Antwoordcache, antwoordcache, standenBijSchrijven } from './api/antwoordcache.ts';
import { jsonInvoer } from './api/invoer.ts';
import { validationHook } from './api/validation.ts';
import { Kamers } from './teksten/kamers.ts';
import { tekstenRoutes } from './teksten/routes.ts';
import { volgensApiRegels } from './api/openapi-regels.ts';
import { clientfout, problem } from './problem.ts';
import { apiVersion, appVersion } from './version.ts';

export interface AppOptions {
  db: Db;
  /** Realtime announcements; a fresh one per app when not given. */
  hub?: Hub;
  /** Production mode: TOTP required for coordinators, no demo accounts. */
  production?: boolean;
  modus?: 'demo' | 'productie';
  /** Folder with the built web app (index.html, assets/); without it only the API is served. */
  webRoot?: string | undefined;
  /** Sign-in with an organisation account (OpenID Connect); off when absent. */
  oidc?: OidcConfig | null;
  /** Sends invitation e-mails; invitations are only shown to copy when absent. */
  mailer?: Mailer | null;
  /** TRUST_PROXY and PUBLIC_URL: client address, Secure cookies, links; no proxy trusted when absent. */
  verbinding?: VerbindingOptions;
  /** Sign-in throttling; by default in this database with the standard limits (ADR 0013). */
  aanmeldbeperking?: Aanmeldbeperking;
  /** Largest police file an upload may send, in bytes (MAX_UPLOAD_MB); standard 512 MB. */
  maxUploadBytes?: number | undefined;
  /**
   * Who answers questions about this installation's API (info.contact of the OpenAPI document).
   * Without a name: "Beheer van deze Kernplan-installatie"; without a url: the address of Kernplan.
   */
  apiContact?: ApiContact;
  /** Kept read answers (ADR 0017); a fresh one with the standard size per app when not given. */
  antwoordcache?: Antwoordcache;
  /** Rooms of texts written together (ADR 0019); restoring a version goes through them. A fresh set when not given. */
  kamers?: Kamers;
  /** The public questionnaire (issue 18): proof-of-work bits and the rate limit per address; standard when absent. */
  inwoners?: InwonersOpties;
}


function routePattern(p: string): RegExp {
  const source = p
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

export function createApp({ db, webRoot, hub = new Hub(), production = false, modus = production ? 'productie' : 'demo', oidc = null, mailer = null, verbinding: verbindingOpties = {}, aanmeldbeperking = new Aanmeldbeperking(db), maxUploadBytes, apiContact = {}, antwoordcache: cache = new Antwoordcache(), kamers = new Kamers(db, false), inwoners = {} }: AppOptions) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('API-Version', apiVersion);
  });

  // JSON bodies of writes: Content-Type, size, syntax, NUL and lone surrogates (api/invoer.ts).
  app.use('/api/v1/*', jsonInvoer(() => app.openAPIRegistry.definitions));
  app.use('/api/*', loadSession(db, verbinding(verbindingOpties)));
  app.use('/api/v1/*', standenBijSchrijven(db));
  app.use('/api/v1/werkruimtes/*', antwoordcache(cache));
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'kernplan_sessie',
    description: 'Sessiecookie uit POST /api/v1/sessies; schrijfacties sturen ook de header X-CSRF-Token.',
  });

  app.route('/api/v1', healthRoutes(db, appVersion));
  app.route('/api/v1', instellingenRoutes(modus, oidc));
  app.route('/api/v1', kennisbankRoutes);
  app.route('/api/v1', classificatieRoutes);
  app.route('/api/v1', methodenRoutes);
  app.route('/api/v1', sessiesRoutes(db, { production, beperking: aanmeldbeperking }));
  app.route('/api/v1', oidcRoutes(db, oidc ? new OidcSignIn(oidc) : null, { production }));
  app.route('/api/v1', uitnodigingenRoutes(db, hub));
  app.route('/api/v1', werkruimtesRoutes(db, hub, { mailer }));
  app.route('/api/v1', opvolgingRoutes(db, hub));
  app.route('/api/v1', sectiesRoutes(db, hub, kamers));
  app.route('/api/v1', cyclusRoutes(db, hub));
  app.route('/api/v1', rondesRoutes(db, hub));
  app.route('/api/v1', ketenRoutes(db));
  app.route('/api/v1', regioRoutes(db));
  app.route('/api/v1', landelijkRoutes(db));
  app.route('/api/v1', tekstenRoutes(db, kamers));
  app.route('/api/v1', politieRoutes(db, { maxUploadBytes }));
  app.route('/api/v1', veiligheidsmonitorRoutes(db));
  app.route('/api/v1', cbsGroepenRoutes(db));
  app.route('/api/v1', landelijkeCijfersRoutes);
  app.route('/api/v1', indicatorImportRoutes(db, hub));
  app.route('/api/v1', monitoringRoutes(db, hub, mailer));
  app.route('/api/v1', raadRoutes(db, hub, mailer));
  app.route('/api/v1', afsprakenRoutes(db, hub));
  app.route('/api/v1', evaluatieRoutes(db, hub));
  app.route('/api/v1', inwonersRoutes(db, hub, inwoners));
  app.route('/api/v1', openbaarRoutes(db, hub, cache.aan ? cache : null));

  // The OpenAPI document, with the rules that hold for every operation applied (api/openapi-regels.ts).
  app.get('/api/v1/openapi.json', (c) => {
    const document = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'Kernplan API',
        version: apiVersion,
        description:
          'De API van Kernplan: de kennisbank van Kernbeleid Veiligheid (velden, thema\'s, aanpak-aspecten, ' +
          'strategische thema\'s) en de methodencatalogus. Volgt de NL GOV API Design Rules: Nederlandse ' +
          'namen, meervoudige collecties, de hoofdversie in het pad, een API-Version-header op elk antwoord ' +
          'en fouten als application/problem+json. Waar Kernplan van een regel afwijkt, staat bij die plek ' +
          'waarom (x-api-ontwerpregels-uitzonderingen).',
        contact: {
          name: apiContact.naam ?? 'Beheer van deze Kernplan-installatie',
          url: apiContact.url ?? `${publiekAdres(c)}/`,
          ...(apiContact.email ? { email: apiContact.email } : {}),
        },
        license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
      },
      servers: [{ url: '/', description: 'Deze Kernplan-installatie; de paden beginnen met /api/v1 (hoofdversie 1).' }],
      tags: [
        { name: 'Kennisbank', description: 'Kernbeleid Veiligheid, zesde editie.' },
        { name: 'Methodencatalogus', description: 'Quick Scan van veiligheidsmethoden (2008).' },
        { name: 'Beheer', description: 'Gezondheid en instellingen van de dienst.' },
        { name: 'Sessies', description: 'Aanmelden, afmelden en tweestapsverificatie.' },
        { name: 'Werkruimtes', description: 'Werkruimtes, leden en uitnodigingen.' },
        { name: 'Samenwerken', description: 'Secties met versies (ETag/If-Match), opmerkingen en geschiedenis.' },
      ],
    });
    return c.json(volgensApiRegels(document, app.openAPIRegistry.definitions));
  });

  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    const indexHtml = readFileSync(path.join(webRoot, 'index.html'), 'utf8');
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root: webRoot }));
    // Every other GET outside the API is a page of the single-page app.
    app.get('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : c.html(indexHtml)));
  }

  app.notFound((c) => {
    const allowed = new Set<string>();
    for (const r of app.routes) {
      if (r.method === 'ALL' || r.path.includes('*')) continue;
      if (routePattern(r.path).test(c.req.path)) allowed.add(r.method);
    }
    if (allowed.size > 0) {
      if (allowed.has('GET')) allowed.add('HEAD');
      const allow = [...allowed].sort().join(', ');
      return problem(c, 405, `De methode ${c.req.method} is hier niet toegestaan. Toegestaan: ${allow}.`, {}, { Allow: allow });
    }
    return problem(c, 404, `Er is niets op het pad ${c.req.path}.`);
  });

  app.onError((err, c) => {
    // Safety net: input that got past validation (a hono HTTPException, PostgreSQL refusing a value) is a 4xx.
    const fout = clientfout(err);
    if (fout) {
      if (fout.logregel) console.warn(fout.logregel);
      return problem(c, fout.status, fout.detail);
    }
    console.error(err);
    return problem(c, 500, 'Er ging iets mis op de server. De fout is vastgelegd in het serverlog.');
  });

  return app;
}

export type KernplanApp = ReturnType<typeof createApp>;
