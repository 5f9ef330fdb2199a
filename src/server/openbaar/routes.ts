/**
 * The public safety dashboard (issue 18, point 1). The coordinator publishes per item and withdraws
 * again (idempotent PUT and DELETE per item, or the whole set at once); anybody reads the published
 * dashboard of a municipality without signing in, as JSON and as open data (CSV and JSON with licence
 * and source per figure). Nothing confidential is ever shown: the source is loaded without it and the
 * domain filters once more, also for items published before they became confidential.
 *
 * Public answers do not depend on the reader: they are kept per address in the answer cache (ADR 0017)
 * and reused while the stands of the workspace and of the shared part (police figures) and the day are
 * unchanged; one query (the workspace of the code with both stands) per kept answer.
 */
import { createHash } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { cijfersCsv, cijfersJson, heeftInhoud, LICENTIE, openbaarDashboard, publiceerbareOnderdelen } from '../../domain/openbaar/openbaar.ts';
import { type Actie, mag } from '../../domain/toegang/rollen.ts';
import type { Antwoordcache } from '../api/antwoordcache.ts';
import { CACHE_HEADER } from '../api/antwoordcache.ts';
import { protectedErrors, uuidParam, writeAndAnnounce } from '../api/common.ts';
import { problemSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';
import { laadWerkruimte } from '../cyclus/opslag.ts';
import type { Db, Queryable } from '../db/db.ts';
import { problem } from '../problem.ts';
import type { Hub } from '../realtime/hub.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import { laadOpenbareBron } from './bron.ts';
import { Bundels } from './bundel.ts';
import { laadPublicaties, publiceer, standenVanGemeente, trekIn, vervangPublicaties, vindOpenbareWerkruimte } from './opslag.ts';

const tag = 'Openbaar dashboard';
const noWorkspace = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
type Ctx = Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0];

const problemContent = { 'application/problem+json': { schema: problemSchema } };
const niets = (code: string) => `Gemeente ${code} heeft geen openbaar veiligheidsdashboard in Kernplan. Controleer de gemeentecode (GM en vier cijfers, bijvoorbeeld GM0363).`;

const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
const onderdeelParam = z.object({
  werkruimteId: uuidParam('werkruimteId'),
  onderdeel: z
    .string()
    .max(80, 'Hooguit 80 tekens.')
    .openapi({ param: { name: 'onderdeel', in: 'path' }, example: 'indicator-i1', description: "'ivp', 'voortgang', 'rapportage', 'indicator-{id}' of 'politie-{thema}'." }),
});
const gemeenteParam = z.object({
  gemeentecode: z
    .string()
    .regex(/^[Gg][Mm][0-9]{4}$/, 'Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0363.')
    .openapi({ param: { name: 'gemeentecode', in: 'path' }, example: 'GM9999', description: 'De CBS-code van de gemeente.' }),
});

const publicatieSchema = z
  .object({
    onderdelen: z.array(z.string().min(1).max(80)).max(500).openapi({ description: 'Alle onderdelen die openbaar moeten zijn; de rest wordt ingetrokken. Leeg: alles intrekken.' }),
  })
  .openapi('PublicatieInvoer');

const publiekeHeaders = {
  'Cache-Control': 'public, max-age=60, stale-while-revalidate=60',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, API-Version',
  Vary: 'Accept-Encoding',
};

const publiekeFouten = {
  400: { content: problemContent, description: 'Geen geldige gemeentecode; `invalidParams` noemt `gemeentecode`.' },
  404: { content: problemContent, description: 'Onbekende gemeentecode, of de gemeente heeft (nog) niets gepubliceerd.' },
} as const;

const etagHeader = { ETag: { schema: { type: 'string' as const }, description: 'Sterke ETag van het antwoord; stuur hem terug in If-None-Match.' } };

export function openbaarRoutes(db: Db, hub: Hub, cache: Antwoordcache | null = null) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));

  async function toegang(c: Ctx, tx: Queryable, werkruimteId: string, actie: Actie, weigering: string) {
    const member = await lidVan(c, tx, werkruimteId);
    if (!member) return { ok: false as const, response: problem(c, 404, noWorkspace) };
    if (!mag(member, actie)) return { ok: false as const, response: (await refuse(c, tx, weigering)) as never };
    const w = (await laadWerkruimte(tx, werkruimteId))!;
    return { ok: true as const, member, w };
  }

  async function overzicht(tx: Queryable, werkruimteId: string, magPubliceren: boolean) {
    const w = (await laadWerkruimte(tx, werkruimteId))!;
    const bron = await laadOpenbareBron(tx, w);
    const gepubliceerd = await laadPublicaties(tx, werkruimteId);
    return {
      gemeentecode: w.gemeentecode,
      gemeentenaam: w.gemeentenaam,
      soort: w.soort,
      publiekPad: `/openbaar/${w.gemeentecode}`,
      onderdelen: publiceerbareOnderdelen(bron).map((o) => ({ ...o, gepubliceerd: gepubliceerd.has(o.id) })),
      mag: { publiceren: magPubliceren },
    };
  }

  const weigeringPubliceren = 'Alleen de coördinator publiceert het openbare dashboard.';

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/publicaties',
      tags: [tag],
      summary: 'Wat op het openbare dashboard kan staan, met per onderdeel of het gepubliceerd is',
      description: 'Vertrouwelijke onderdelen staan er niet in: die kunnen nooit openbaar worden.',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'De onderdelen en wat u mag.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'cyclus.lezen', 'Uw rol mag het openbare dashboard niet beheren.');
      if (!t.ok) return t.response;
      return c.json(await overzicht(db, werkruimteId, mag(t.member, 'werkruimte.wijzigen')), 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/publicaties',
      tags: [tag],
      summary: 'Zet in één keer wat openbaar is (alles publiceren, alles intrekken)',
      description: 'Idempotent: wat in `onderdelen` staat is daarna gepubliceerd, de rest ingetrokken. Een onbekend of vertrouwelijk onderdeel geeft 422.',
      request: { params: werkruimteParam, body: { required: true, content: { 'application/json': { schema: publicatieSchema } } } },
      responses: {
        200: { content: { 'application/json': { schema: z.unknown() } }, description: 'De onderdelen na de wijziging.' },
        422: { content: problemContent, description: 'Een onderdeel bestaat niet of is vertrouwelijk; `invalidParams` wijst het aan.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const { onderdelen } = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'werkruimte.wijzigen', weigeringPubliceren);
        if (!t.ok) return t.response;
        const kan = new Set(publiceerbareOnderdelen(await laadOpenbareBron(tx, t.w)).map((o) => o.id));
        const fout = onderdelen.map((o, i) => ({ o, i })).filter(({ o }) => !kan.has(o));
        if (fout.length > 0) {
          return problem(c, 422, `Dit onderdeel kan niet openbaar: '${fout[0]!.o}' bestaat niet of is vertrouwelijk.`, {
            invalidParams: fout.map(({ o, i }) => ({ name: `onderdelen[${i}]`, code: 'onbekend', reason: `'${o}' bestaat niet of is vertrouwelijk.` })),
          });
        }
        await vervangPublicaties(tx, werkruimteId, [...new Set(onderdelen)], t.member.gebruikerId);
        announce({ type: 'werkruimte', werkruimteId, id: 'publicaties', versie: 1 });
        return c.json(await overzicht(tx, werkruimteId, true), 200);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/publicaties/{onderdeel}',
      tags: [tag],
      summary: 'Publiceer één onderdeel op het openbare dashboard',
      description: 'Idempotent: nog eens publiceren verandert niets. Een vertrouwelijk of onbekend onderdeel geeft 404.',
      request: { params: onderdeelParam },
      responses: { 200: { content: { 'application/json': { schema: z.object({ onderdeel: z.string(), gepubliceerd: z.boolean() }) } }, description: 'Gepubliceerd.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, onderdeel } = c.req.valid('param');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'werkruimte.wijzigen', weigeringPubliceren);
        if (!t.ok) return t.response;
        const kan = publiceerbareOnderdelen(await laadOpenbareBron(tx, t.w)).some((o) => o.id === onderdeel);
        if (!kan) return problem(c, 404, `Onderdeel '${onderdeel}' bestaat niet of is vertrouwelijk; het kan niet openbaar.`);
        await publiceer(tx, werkruimteId, onderdeel, t.member.gebruikerId);
        announce({ type: 'werkruimte', werkruimteId, id: 'publicaties', versie: 1 });
        return c.json({ onderdeel, gepubliceerd: true }, 200);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'delete',
      path: '/werkruimtes/{werkruimteId}/publicaties/{onderdeel}',
      tags: [tag],
      summary: 'Trek één onderdeel in van het openbare dashboard',
      description: 'Idempotent: een onderdeel dat niet gepubliceerd is, blijft dat (ook 204).',
      request: { params: onderdeelParam },
      responses: { 204: { description: 'Ingetrokken.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, onderdeel } = c.req.valid('param');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'werkruimte.wijzigen', weigeringPubliceren);
        if (!t.ok) return t.response;
        await trekIn(tx, werkruimteId, onderdeel);
        announce({ type: 'werkruimte', werkruimteId, id: 'publicaties', versie: 1 });
        return c.body(null, 204);
      });
    },
  );

  // --- Public, without signing in ----------------------------------------------------------------

  type Vorm = 'dashboard' | 'csv' | 'json';
  /** The stands per municipality, read at most once at a time per code and never older than the request (bundel.ts). */
  const standen = new Bundels((code) => standenVanGemeente(db, code));
  const dagVan = (nu: number) => new Date(nu).toISOString().slice(0, 10);

  async function maak(gemeentecode: string, werkruimteId: string, vorm: Vorm): Promise<{ body: string; type: string } | null> {
    const w = await laadWerkruimte(db, werkruimteId);
    if (!w) return null;
    const bron = await laadOpenbareBron(db, w);
    const basis = `/api/v1/openbaar/${gemeentecode}`;
    const d = openbaarDashboard(bron, await laadPublicaties(db, werkruimteId), { csv: `${basis}/cijfers.csv`, json: `${basis}/cijfers.json` });
    if (!heeftInhoud(d)) return null;
    if (vorm === 'csv') return { body: cijfersCsv(d), type: 'text/csv; charset=utf-8; header=present' };
    return { body: JSON.stringify(vorm === 'json' ? cijfersJson(d) : d), type: 'application/json; charset=UTF-8' };
  }

  async function publiek(c: Ctx, ruweCode: string, vorm: Vorm) {
    const gemeentecode = ruweCode.toUpperCase();
    const geenDashboard = () => problem(c, 404, niets(gemeentecode), {}, { 'Access-Control-Allow-Origin': '*' });
    // One query per kept answer: the stands of the code's IVP workspaces and of the shared part.
    const stand = await standen.haal(gemeentecode);
    if (stand === null) return geenDashboard();
    const nu = Date.now();
    const grond = `${stand}|${dagVan(nu)}`;
    const sleutel = `openbaar ${vorm} ${gemeentecode}`;
    let antwoord = cache?.haal(sleutel, grond, nu) ?? null;
    let herkomst = 'hergebruikt';
    if (!antwoord) {
      const w = await vindOpenbareWerkruimte(db, gemeentecode);
      const gemaakt = w ? await maak(gemeentecode, w.werkruimteId, vorm) : null;
      if (!gemaakt) return geenDashboard();
      const tag = `"${createHash('sha256').update(gemaakt.body).digest('base64url').slice(0, 32)}"`;
      antwoord = { grond, status: 200, headers: [['content-type', gemaakt.type], ['etag', tag]], body: gemaakt.body, bytes: gemaakt.body.length * 2 + 200, gemaakt: nu };
      herkomst = cache?.bewaar(sleutel, antwoord) ? 'nieuw' : 'niet bewaard';
    }
    const headers: Record<string, string> = { ...publiekeHeaders, ...Object.fromEntries(antwoord.headers), [CACHE_HEADER]: herkomst };
    if (vorm !== 'dashboard') headers.Link = `<${LICENTIE.url}>; rel="license"`;
    if (vorm === 'csv') headers['Content-Disposition'] = `inline; filename="veiligheid-${gemeentecode}.csv"`;
    const inm = c.req.header('If-None-Match');
    if (inm && inm.split(',').some((t) => t.trim() === headers.etag || t.trim() === '*')) {
      delete headers['content-type'];
      return c.body(null, 304, headers);
    }
    return c.body(antwoord.body, 200, headers);
  }

  const publiekeRoute = (pad: string, summary: string, description: string, type: string, schema: z.ZodType) =>
    createRoute({
      method: 'get',
      path: `/openbaar/{gemeentecode}${pad}`,
      tags: [tag],
      summary,
      description,
      security: [],
      request: { params: gemeenteParam },
      responses: {
        200: { content: { [type]: { schema } }, headers: etagHeader, description: 'Het antwoord; `Cache-Control: public, max-age=60` en een sterke ETag.' },
        304: { description: 'Niet gewijzigd sinds de ETag in If-None-Match.' },
        ...publiekeFouten,
      },
    });

  routes.openapi(
    publiekeRoute(
      '',
      'Het openbare veiligheidsdashboard van een gemeente (zonder aanmelden)',
      'Alleen wat de coördinator publiceerde, nooit iets vertrouwelijks: het vastgestelde IVP en de prioriteiten, de effectindicatoren met hun status in gewone woorden, de voortgang van de maatregelen in aantallen, de laatste rapportage aan de raad en de politiecijfers per thema en wijk met hun dekking.',
      'application/json',
      z.unknown(),
    ),
    (c) => publiek(c, c.req.valid('param').gemeentecode, 'dashboard') as never,
  );

  routes.openapi(
    publiekeRoute(
      '/cijfers.csv',
      'De cijfers van het openbare dashboard als CSV (open data, CC BY 4.0)',
      `Elke rij noemt onderwerp, naam, gebied, periode, waarde, eenheid, bron, uitgever en licentie (${LICENTIE.naam}). Kolommen gescheiden door komma's, UTF-8, CRLF (RFC 4180).`,
      'text/csv',
      z.string(),
    ),
    (c) => publiek(c, c.req.valid('param').gemeentecode, 'csv') as never,
  );

  routes.openapi(
    publiekeRoute(
      '/cijfers.json',
      'De cijfers van het openbare dashboard als JSON (open data, CC BY 4.0)',
      'Dezelfde cijfers als de CSV, met uitgever, licentie en de bron per cijfer.',
      'application/json',
      z.unknown(),
    ),
    (c) => publiek(c, c.req.valid('param').gemeentecode, 'json') as never,
  );

  return routes;
}
