/**
 * The next plan starts from the old one (issue 19, point 5): create the successor of an IVP workspace,
 * read which workspaces came before and after, and read and write the look-back (the reasons why old
 * priorities do not come back). Routes only speak HTTP; the work is in opvolging.ts.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { type Terugblik, vervallenPrioriteiten, zichtbareTerugblik } from '../../domain/cyclus/opvolging.ts';
import type { Prioriteit } from '../../domain/cyclus/inhoud.ts';
import { mag } from '../../domain/toegang/rollen.ts';
import { ifMatchHeader, inTransactie, protectedErrors, uuidParam, versionedWriteErrors, writeAndAnnounce } from '../api/common.ts';
import { validationHook } from '../api/validation.ts';
import { etag } from '../api/versioning.ts';
import { laadDeel } from '../cyclus/opslag.ts';
import { neemDeelVersie } from '../cyclus/deel-versie.ts';
import type { Db, Queryable } from '../db/db.ts';
import { problem } from '../problem.ts';
import type { Hub } from '../realtime/hub.ts';
import { findMember, type Member } from '../toegang/lidmaatschap.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import { laadKop, laadTerugblik, maakOpvolger, opvolgersVan, schrijfRedenen, TERUGBLIK, voorgangerVan } from './opvolging.ts';

const tag = 'Werkruimtes';
const geenWerkruimte = 'Deze werkruimte bestaat niet of u bent er geen lid van.';

const jaar = z.number().int().min(2000, 'Een jaartal vanaf 2000.').max(2100, 'Een jaartal tot en met 2100.');
const opvolgerInvoer = z
  .object({
    naam: z.string().trim().min(3, 'Geef een naam van minstens 3 tekens.').max(200),
    periodeStart: jaar.openapi({ example: 2031 }),
    periodeEinde: jaar.openapi({ example: 2034 }),
  })
  .refine((p) => p.periodeEinde >= p.periodeStart, { message: 'Het eindjaar ligt voor het beginjaar.', path: ['periodeEinde'] })
  .openapi('NieuweOpvolger');

const redenenInvoer = z
  .object({
    vervallenPrioriteiten: z
      .record(z.string().max(40), z.string().max(4000, 'Houd de reden korter dan 4000 tekens.'))
      .openapi({ description: 'Per prioriteit-id van het vorige plan: waarom zij niet terugkomt. Een lege tekst wist de reden.', example: { p3: 'Jeugdoverlast is sterk gedaald; het thema loopt door in het jeugdbeleid.' } }),
  })
  .openapi('TerugblikRedenen');

const indicatorSchema = z.object({
  id: z.string(),
  opvolgerId: z.string().nullable().optional(),
  naam: z.string(),
  eenheid: z.string(),
  richting: z.string(),
  referentiejaar: z.number().int().nullable(),
  referentiewaarde: z.number().nullable(),
  eindwaarde: z.object({ jaar: z.number().int(), waarde: z.number() }).nullable(),
  eindstreefwaarde: z.object({ jaar: z.number().int(), waarde: z.number() }).nullable(),
  resultaat: z.enum(['gehaald', 'niet-gehaald', 'onbekend']),
  vertrouwelijk: z.boolean(),
});

const terugblikSchema = z
  .object({
    sleutel: z.literal('terugblik'),
    versie: z.number().int(),
    bijgewerktOp: z.string().nullable(),
    bijgewerktDoor: z.string().nullable(),
    inhoud: z.object({
      voorganger: z.object({ id: z.string(), naam: z.string(), periode: z.string() }),
      prioriteiten: z.array(
        z.object({
          id: z.string(),
          titel: z.string(),
          themaIds: z.array(z.string()),
          doel: z.string(),
          indicatoren: z.array(indicatorSchema),
          maatregelen: z.array(
            z.object({
              id: z.string(),
              naam: z.string(),
              status: z.string(),
              jaar: z.number().int(),
              prestatieIndicator: z.string(),
              gepland: z.number().nullable(),
              gerealiseerd: z.number().nullable(),
              vertrouwelijk: z.boolean(),
            }),
          ),
        }),
      ),
      overigeIndicatoren: z.array(indicatorSchema),
      jaarbeeld: z.object({ titel: z.string(), samenvatting: z.string() }).nullable(),
      evaluatie: z.object({ titel: z.string(), bevindingen: z.array(z.object({ norm: z.string(), oordeel: z.string(), toelichting: z.string() })) }).nullable(),
      vervallenPrioriteiten: z.record(z.string(), z.string()),
    }),
    vervallen: z.array(z.string()).openapi({ description: 'De ids van de oude prioriteiten die niet terugkomen in de nieuwe prioriteiten (geen van hun thema\'s).' }),
    voorgangerLeesbaar: z.boolean().openapi({ description: 'Bent u lid van de vorige werkruimte (dan kunt u ernaar toe)?' }),
  })
  .openapi('Terugblik');

const opvolgingSchema = z
  .object({
    voorganger: z.object({ id: z.string(), naam: z.string() }).nullable(),
    opvolgers: z.array(z.object({ id: z.string(), naam: z.string() })),
  })
  .openapi('Opvolging');

export function opvolgingRoutes(db: Db, hub: Hub) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));
  const param = z.object({ werkruimteId: uuidParam('werkruimteId') });

  /** The look-back as this member may see it, with the dropped priorities of the new plan. */
  async function antwoord(tx: Queryable, member: Member, t: { inhoud: Terugblik; versie: number; bijgewerktOp: string | null; bijgewerktDoor: string | null }, prioriteiten: Prioriteit[]) {
    const inhoud = zichtbareTerugblik(t.inhoud, member.vertrouwelijkToegang);
    const leesbaar = (await findMember(tx, inhoud.voorganger.id, member.gebruikerId)) !== null;
    return { sleutel: 'terugblik' as const, ...t, inhoud, vervallen: vervallenPrioriteiten(inhoud, prioriteiten).map((p) => p.id), voorgangerLeesbaar: leesbaar };
  }

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/opvolger',
      tags: [tag],
      summary: 'Het volgende IVP beginnen vanuit dit plan (coördinator)',
      description:
        'Maakt een nieuwe IVP-werkruimte voor dezelfde gemeente(n), met u als coördinator. Zij opent met de indicatoren van dit plan, met de laatste jaarmeting als nieuwe referentie (zonder streefwaarden en metingen, nog bij geen prioriteit), en met een terugblik: per prioriteit wat de indicatoren en maatregelen bereikten, de laatste rapportage en de bevindingen van de evaluatie. Alles of niets.',
      request: { params: param, body: { required: true, content: { 'application/json': { schema: opvolgerInvoer } } } },
      responses: {
        201: { content: { 'application/json': { schema: z.object({ id: z.string() }) } }, description: 'De nieuwe werkruimte.' },
        409: { content: protectedErrors[400].content, description: 'Deze werkruimte is geen IVP; alleen een IVP krijgt een opvolger.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const invoer = c.req.valid('json');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, geenWerkruimte);
      if (!mag(member, 'werkruimte.opvolgen')) return refuse(c, db, 'Alleen de coördinator begint het volgende plan vanuit dit plan.');
      return inTransactie(c, db, async (tx) => {
        const uitkomst = await maakOpvolger(tx, werkruimteId, invoer, member.gebruikerId, { vertrouwelijkToegang: member.vertrouwelijkToegang });
        if (!uitkomst.ok) {
          return uitkomst.reden === 'periode'
            ? problem(c, 400, uitkomst.detail, { invalidParams: [{ name: 'periodeStart', code: 'na-vorig-plan', reason: uitkomst.detail }] })
            : problem(c, 409, uitkomst.detail);
        }
        c.header('Location', `/api/v1/werkruimtes/${uitkomst.id}`);
        return c.json({ id: uitkomst.id }, 201);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/opvolging',
      tags: [tag],
      summary: 'Het vorige en het volgende plan van deze werkruimte',
      description: 'Alleen werkruimtes waarvan u ook lid bent.',
      request: { params: param },
      responses: { 200: { content: { 'application/json': { schema: opvolgingSchema } }, description: 'Vorige en volgende plannen.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const member = await lidVan(c, db, werkruimteId);
      if (!member || !mag(member, 'werkruimte.lezen')) return problem(c, 404, geenWerkruimte);
      const gebruiker = member.gebruikerId;
      const vorigId = await voorgangerVan(db, werkruimteId);
      const vorig = vorigId && (await findMember(db, vorigId, gebruiker)) ? await laadKop(db, vorigId) : undefined;
      const opvolgers = [];
      for (const o of await opvolgersVan(db, werkruimteId)) if (await findMember(db, o.id, gebruiker)) opvolgers.push(o);
      return c.json({ voorganger: vorig ? { id: vorig.id, naam: vorig.naam } : null, opvolgers }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/terugblik',
      tags: [tag],
      summary: 'De terugblik op het vorige plan (bij een opvolger)',
      request: { params: param },
      responses: { 200: { content: { 'application/json': { schema: terugblikSchema } }, description: 'De terugblik, met ETag.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, geenWerkruimte);
      if (!mag(member, 'cyclus.lezen')) return refuse(c, db, 'Uw rol mag de beleidscyclus in wording niet lezen.');
      const w = (await laadKop(db, werkruimteId))!;
      const t = await laadTerugblik(db, w);
      if (!t) return problem(c, 404, 'Deze werkruimte heeft geen terugblik: zij is niet als opvolger van een eerder plan begonnen.');
      c.header('ETag', etag(t.versie));
      return c.json(await antwoord(db, member, t, (await laadDeel<Prioriteit[]>(db, w, 'prioriteiten')).inhoud), 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/terugblik',
      tags: [tag],
      summary: 'Schrijf waarom prioriteiten van het vorige plan niet terugkomen',
      description: 'Stuur If-Match met de versie die u las. Alleen de redenen veranderen; wat het vorige plan bereikte blijft zoals het was.',
      request: { params: param, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: redenenInvoer } } } },
      responses: {
        200: { content: { 'application/json': { schema: terugblikSchema } }, description: 'Opgeslagen; nieuwe ETag.' },
        409: { content: protectedErrors[400].content, description: 'Deze werkruimte heeft geen terugblik (zij is geen opvolger).' },
        422: { content: protectedErrors[400].content, description: 'Een reden bij een prioriteit die het vorige plan niet had; `invalidParams` noemt haar.' },
        ...versionedWriteErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const { vervallenPrioriteiten: redenen } = c.req.valid('json');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, geenWerkruimte);
      if (!mag(member, 'cyclus.bewerken')) return refuse(c, db, 'Uw rol mag de terugblik niet wijzigen.');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const w = (await laadKop(tx, werkruimteId))!;
        if (!(await laadTerugblik(tx, w))) return problem(c, 409, 'Deze werkruimte heeft geen terugblik: zij is niet als opvolger van een eerder plan begonnen.');
        const genomen = await neemDeelVersie<Terugblik | null>(c, tx, w, TERUGBLIK, member.gebruikerId, (nu) => ({ ...nu, inhoud: nu.inhoud && zichtbareTerugblik(nu.inhoud, member.vertrouwelijkToegang) }));
        if (!genomen.ok) return genomen.response;
        const vorig = (await laadTerugblik(tx, w))!;
        const onbekend = Object.keys(redenen).filter((id) => !vorig.inhoud.prioriteiten.some((p) => p.id === id));
        if (onbekend.length > 0) {
          return problem(c, 422, `Het vorige plan heeft geen prioriteit ${onbekend.map((id) => `'${id}'`).join(', ')}. Schrijf alleen redenen bij prioriteiten van ${vorig.inhoud.voorganger.naam}.`, {
            invalidParams: onbekend.map((id) => ({ name: `vervallenPrioriteiten.${id}`, code: 'onbekend', reason: `Geen prioriteit '${id}' in het vorige plan.` })),
          });
        }
        await schrijfRedenen(tx, w, vorig.inhoud, redenen, genomen.versie, member.gebruikerId);
        announce({ type: 'werkruimte', werkruimteId, id: TERUGBLIK, versie: genomen.versie });
        const nu = (await laadTerugblik(tx, w))!;
        c.header('ETag', etag(nu.versie));
        return c.json(await antwoord(tx, member, nu, (await laadDeel<Prioriteit[]>(tx, w, 'prioriteiten')).inhoud), 200);
      });
    },
  );

  return routes;
}
