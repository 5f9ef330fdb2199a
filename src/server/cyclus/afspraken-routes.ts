/**
 * Agreements with partners and the Driehoek's capacity choices (issue 19, point 4): read with
 * afspraken.lezen, written with afspraken.beheren; every agreement and every choice has its own
 * version (If-Match, 428/412). Links to priorities and measures are checked against the workspace's
 * plan (422 naming the field); a member without access to confidential items never sees the ids of
 * confidential measures, and cannot remove them by saving.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  afspraakSoorten,
  afspraakStatussen,
  afsprakenOverzicht,
  maatregelIdsBijOpslaan,
  MAX_KORT,
  MAX_PARTNER,
  MAX_TEKST,
  partnerSuggesties,
  uniek,
  zichtbareAfspraak,
  type Afspraak,
} from '../../domain/cyclus/afspraken.ts';
import { type Actie, mag } from '../../domain/toegang/rollen.ts';
import { ifMatchHeader, protectedErrors, uuidParam, versionedWriteErrors, writeAndAnnounce } from '../api/common.ts';
import { datumSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';
import { etag, neemVersie } from '../api/versioning.ts';
import type { Db, Queryable } from '../db/db.ts';
import { problem } from '../problem.ts';
import type { Hub } from '../realtime/hub.ts';
import type { Member } from '../toegang/lidmaatschap.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import {
  afspraakVersieRij,
  keuzeVersieRij,
  laadAfspraken,
  laadKeuzes,
  laadPlanKoppelingen,
  maakAfspraak,
  maakKeuze,
  organisatiesVanLeden,
  type PlanKoppelingen,
  schrijfAfspraak,
  schrijfKeuze,
  verwijderAfspraak,
  verwijderKeuze,
} from './afspraken-opslag.ts';
import { laadWerkruimte, type WerkruimteKop } from './opslag.ts';

const tag = 'Afspraken met partners';
const noWorkspace = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
const geenAfspraak = 'Deze afspraak bestaat niet in deze werkruimte.';
const geenKeuze = 'Deze capaciteitskeuze bestaat niet in deze werkruimte.';
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
type Ctx = Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0];

const ids = (wat: string) =>
  z
    .array(z.string().trim().min(1).max(40))
    .max(50, `Hooguit 50 ${wat}.`)
    .default([])
    .openapi({ description: `Ids van ${wat} uit het plan van deze werkruimte.` });

const afspraakInvoerSchema = z
  .object({
    partner: z.string().trim().min(1, 'Vul de partner in: met welke organisatie is de afspraak gemaakt?').max(MAX_PARTNER, `Hooguit ${MAX_PARTNER} tekens.`),
    soort: z.enum(afspraakSoorten, { error: `Kies een soort: ${afspraakSoorten.join(', ')}.` }),
    omschrijving: z.string().trim().min(1, 'Beschrijf wat er is afgesproken.').max(MAX_TEKST, `Hooguit ${MAX_TEKST} tekens.`),
    prioriteitIds: ids('prioriteiten'),
    maatregelIds: ids('maatregelen'),
    status: z.enum(afspraakStatussen, { error: `Kies een stand: ${afspraakStatussen.join(', ')}.` }),
    vastgelegdIn: z.string().trim().max(MAX_KORT, `Hooguit ${MAX_KORT} tekens.`).default(''),
    termijn: datumSchema.nullable().default(null),
    toelichting: z.string().trim().max(MAX_TEKST, `Hooguit ${MAX_TEKST} tekens.`).default(''),
  })
  .openapi('AfspraakInvoer');

const keuzeInvoerSchema = z
  .object({
    datum: datumSchema,
    onderwerp: z.string().trim().min(1, 'Vul het onderwerp in.').max(MAX_KORT, `Hooguit ${MAX_KORT} tekens.`),
    keuze: z.string().trim().min(1, 'Beschrijf wat de Driehoek koos.').max(MAX_TEKST, `Hooguit ${MAX_TEKST} tekens.`),
    capaciteit: z.string().trim().max(MAX_KORT, `Hooguit ${MAX_KORT} tekens.`).default(''),
    prioriteitIds: ids('prioriteiten'),
  })
  .openapi('CapaciteitskeuzeInvoer');

const afspraakSchema = z
  .object({
    id: z.string(),
    partner: z.string(),
    soort: z.enum(afspraakSoorten),
    omschrijving: z.string(),
    prioriteitIds: z.array(z.string()),
    maatregelIds: z.array(z.string()),
    status: z.enum(afspraakStatussen),
    vastgelegdIn: z.string(),
    termijn: z.string().nullable().openapi({ format: 'date' }),
    toelichting: z.string(),
    versie: z.number().int(),
    bijgewerktOp: z.string().optional(),
  })
  .openapi('Afspraak');

const keuzeSchema = z
  .object({ id: z.string(), datum: z.string().openapi({ format: 'date' }), onderwerp: z.string(), keuze: z.string(), capaciteit: z.string(), prioriteitIds: z.array(z.string()), versie: z.number().int() })
  .openapi('Capaciteitskeuze');

function ongeldigeKoppeling(c: Ctx, fouten: { name: string; reason: string }[]) {
  return problem(c, 422, fouten.length === 1 ? fouten[0]!.reason : `${fouten.length} koppelingen bestaan niet in het plan van deze werkruimte: ${fouten.map((f) => f.name).join(', ')}.`, {
    invalidParams: fouten.map((f) => ({ ...f, code: 'onbekend' })),
  });
}

/** Problems of links to priorities and measures; a confidential measure the member does not see does not exist for him. */
function koppelingsfouten(plan: PlanKoppelingen, lid: Member, prioriteitIds: readonly string[], maatregelIds?: readonly string[]) {
  const prioriteiten = new Set(plan.prioriteiten.map((p) => p.id));
  const maatregelen = new Set(plan.maatregelen.filter((m) => lid.vertrouwelijkToegang || !m.vertrouwelijk).map((m) => m.id));
  const fouten: { name: string; reason: string }[] = [];
  prioriteitIds.forEach((id, i) => {
    if (!prioriteiten.has(id)) fouten.push({ name: `prioriteitIds[${i}]`, reason: `Prioriteit '${id}' bestaat niet in deze werkruimte.` });
  });
  (maatregelIds ?? []).forEach((id, i) => {
    if (!maatregelen.has(id)) fouten.push({ name: `maatregelIds[${i}]`, reason: `Maatregel '${id}' bestaat niet in een uitvoeringsplan van deze werkruimte.` });
  });
  return fouten;
}

const vertrouwelijkeIds = (plan: PlanKoppelingen) => new Set(plan.maatregelen.filter((m) => m.vertrouwelijk).map((m) => m.id));

export function afsprakenRoutes(db: Db, hub: Hub) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));

  async function toegang(c: Ctx, tx: Queryable, werkruimteId: string, actie: Actie, weigering: string) {
    const member = await lidVan(c, tx, werkruimteId);
    if (!member) return { ok: false as const, response: problem(c, 404, noWorkspace) };
    if (!mag(member, actie)) return { ok: false as const, response: (await refuse(c, tx, weigering)) as never };
    const w = (await laadWerkruimte(tx, werkruimteId))!;
    return { ok: true as const, member, w };
  }

  const leesWeigering = 'Uw rol mag de afspraken met partners niet inzien.';
  const schrijfWeigering = 'Alleen de coördinator en redacteuren leggen afspraken met partners en keuzes van de Driehoek vast.';

  async function presenteer(tx: Queryable, w: WerkruimteKop, lid: Member, afspraken: Afspraak[]) {
    const geheim = vertrouwelijkeIds(await laadPlanKoppelingen(tx, w));
    return afspraken.map((a) => zichtbareAfspraak(a, geheim, lid.vertrouwelijkToegang));
  }

  const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
  const afspraakParam = z.object({ werkruimteId: uuidParam('werkruimteId'), afspraakId: uuidParam('afspraakId') });
  const keuzeParam = z.object({ werkruimteId: uuidParam('werkruimteId'), keuzeId: uuidParam('keuzeId') });

  const announce = (werkruimteId: string, versie: number) => ({ type: 'werkruimte' as const, werkruimteId, id: 'afspraken', versie });

  // --- Agreements ---------------------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/afspraken',
      tags: [tag],
      summary: 'De afspraken met partners, de capaciteitskeuzes van de Driehoek, tellingen per partner en stand, en wat u mag',
      description:
        'Met `partnerSuggesties` (organisaties van de leden en eerdere partners) en de prioriteiten en maatregelen van het plan om aan te koppelen. Vertrouwelijke maatregelen alleen met toegang vertrouwelijk.',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'De afspraken en keuzes.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'afspraken.lezen', leesWeigering);
      if (!t.ok) return t.response;
      const plan = await laadPlanKoppelingen(db, t.w);
      const geheim = vertrouwelijkeIds(plan);
      const afspraken = (await laadAfspraken(db, werkruimteId)).map((a) => zichtbareAfspraak(a, geheim, t.member.vertrouwelijkToegang));
      const zichtbareMaatregelen = plan.maatregelen.filter((m) => t.member.vertrouwelijkToegang || !m.vertrouwelijk);
      return c.json(
        {
          afspraken,
          capaciteitskeuzes: await laadKeuzes(db, werkruimteId),
          overzicht: afsprakenOverzicht(afspraken),
          partnerSuggesties: partnerSuggesties(await organisatiesVanLeden(db, werkruimteId), afspraken),
          prioriteiten: plan.prioriteiten,
          maatregelen: [...new Map(zichtbareMaatregelen.map((m) => [m.id, { id: m.id, naam: m.naam, jaar: m.jaar, prioriteitId: m.prioriteitId }])).values()],
          mag: { beheren: mag(t.member, 'afspraken.beheren') },
        },
        200,
      );
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/afspraken',
      tags: [tag],
      summary: 'Leg een afspraak met een partner vast',
      request: { params: werkruimteParam, body: { required: true, content: { 'application/json': { schema: afspraakInvoerSchema } } } },
      responses: {
        201: { content: { 'application/json': { schema: afspraakSchema } }, description: 'De afspraak, met ETag en Location.' },
        422: { content: { 'application/problem+json': { schema: z.unknown() } }, description: 'Een koppeling bestaat niet in het plan; `invalidParams` noemt het veld.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, meld) => {
        const t = await toegang(c, tx, werkruimteId, 'afspraken.beheren', schrijfWeigering);
        if (!t.ok) return t.response;
        const invoer = { ...body, prioriteitIds: uniek(body.prioriteitIds), maatregelIds: uniek(body.maatregelIds) };
        const fouten = koppelingsfouten(await laadPlanKoppelingen(tx, t.w), t.member, body.prioriteitIds, body.maatregelIds);
        if (fouten.length > 0) return ongeldigeKoppeling(c, fouten);
        const id = await maakAfspraak(tx, werkruimteId, invoer, t.member.gebruikerId);
        const [a] = await presenteer(tx, t.w, t.member, await laadAfspraken(tx, werkruimteId, id));
        meld(announce(werkruimteId, 1));
        c.header('ETag', etag(a!.versie));
        c.header('Location', `/api/v1/werkruimtes/${werkruimteId}/afspraken/${id}`);
        return c.json(a!, 201);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/afspraken/{afspraakId}',
      tags: [tag],
      summary: 'Eén afspraak, met ETag',
      request: { params: afspraakParam },
      responses: { 200: { content: { 'application/json': { schema: afspraakSchema } }, description: 'De afspraak.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, afspraakId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'afspraken.lezen', leesWeigering);
      if (!t.ok) return t.response;
      if (!isUuid(afspraakId)) return problem(c, 404, geenAfspraak);
      const [a] = await presenteer(db, t.w, t.member, await laadAfspraken(db, werkruimteId, afspraakId));
      if (!a) return problem(c, 404, geenAfspraak);
      c.header('ETag', etag(a.versie));
      return c.json(a, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/afspraken/{afspraakId}',
      tags: [tag],
      summary: 'Wijzig een afspraak, bijvoorbeeld haar stand (If-Match)',
      description:
        'Stuur de hele afspraak met If-Match. Van twee gelijktijdige wijzigingen op dezelfde versie wint er één; de ander krijgt 412 met de afspraak zoals ze nu is. Vertrouwelijke maatregelen die u niet ziet, blijven gekoppeld.',
      request: { params: afspraakParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: afspraakInvoerSchema } } } },
      responses: {
        200: { content: { 'application/json': { schema: afspraakSchema } }, description: 'Gewijzigd; nieuwe ETag.' },
        422: { content: { 'application/problem+json': { schema: z.unknown() } }, description: 'Een koppeling bestaat niet in het plan.' },
        ...versionedWriteErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, afspraakId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, meld) => {
        const t = await toegang(c, tx, werkruimteId, 'afspraken.beheren', schrijfWeigering);
        if (!t.ok) return t.response;
        if (!isUuid(afspraakId)) return problem(c, 404, geenAfspraak);
        const genomen = await neemVersie(c, tx, afspraakVersieRij(werkruimteId, afspraakId, t.member.gebruikerId), async () => {
          const [nu] = await presenteer(tx, t.w, t.member, await laadAfspraken(tx, werkruimteId, afspraakId));
          return nu ? { versie: nu.versie, body: nu } : null;
        });
        if (!genomen.ok) return genomen.response;
        const plan = await laadPlanKoppelingen(tx, t.w);
        const fouten = koppelingsfouten(plan, t.member, body.prioriteitIds, body.maatregelIds);
        if (fouten.length > 0) return ongeldigeKoppeling(c, fouten);
        const [vorig] = await laadAfspraken(tx, werkruimteId, afspraakId);
        const maatregelIds = maatregelIdsBijOpslaan(body.maatregelIds, vorig!.maatregelIds, vertrouwelijkeIds(plan), t.member.vertrouwelijkToegang);
        await schrijfAfspraak(tx, afspraakId, { ...body, prioriteitIds: uniek(body.prioriteitIds), maatregelIds });
        const [na] = await presenteer(tx, t.w, t.member, await laadAfspraken(tx, werkruimteId, afspraakId));
        meld(announce(werkruimteId, genomen.versie));
        c.header('ETag', etag(na!.versie));
        return c.json(na!, 200);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'delete',
      path: '/werkruimtes/{werkruimteId}/afspraken/{afspraakId}',
      tags: [tag],
      summary: 'Verwijder een afspraak (If-Match)',
      description: 'Een afspraak die niet doorgaat, kunt u ook de stand ‘vervallen’ geven; dan blijft zichtbaar dat ze er was.',
      request: { params: afspraakParam, headers: ifMatchHeader },
      responses: { 204: { description: 'Verwijderd.' }, ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, afspraakId } = c.req.valid('param');
      return writeAndAnnounce(c, db, hub, async (tx, meld) => {
        const t = await toegang(c, tx, werkruimteId, 'afspraken.beheren', schrijfWeigering);
        if (!t.ok) return t.response;
        if (!isUuid(afspraakId)) return problem(c, 404, geenAfspraak);
        const genomen = await neemVersie(c, tx, afspraakVersieRij(werkruimteId, afspraakId, t.member.gebruikerId), async () => {
          const [nu] = await presenteer(tx, t.w, t.member, await laadAfspraken(tx, werkruimteId, afspraakId));
          return nu ? { versie: nu.versie, body: nu } : null;
        });
        if (!genomen.ok) return genomen.response;
        await verwijderAfspraak(tx, afspraakId);
        meld(announce(werkruimteId, genomen.versie));
        return c.body(null, 204);
      });
    },
  );

  // --- The Driehoek's capacity choices --------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/capaciteitskeuzes',
      tags: [tag],
      summary: 'De keuzes van de Driehoek over de inzet van capaciteit, nieuwste eerst',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.object({ capaciteitskeuzes: z.array(keuzeSchema) }) } }, description: 'De keuzes.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'afspraken.lezen', leesWeigering);
      if (!t.ok) return t.response;
      return c.json({ capaciteitskeuzes: await laadKeuzes(db, werkruimteId) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/capaciteitskeuzes',
      tags: [tag],
      summary: 'Leg een capaciteitskeuze van de Driehoek vast',
      request: { params: werkruimteParam, body: { required: true, content: { 'application/json': { schema: keuzeInvoerSchema } } } },
      responses: {
        201: { content: { 'application/json': { schema: keuzeSchema } }, description: 'De keuze, met ETag en Location.' },
        422: { content: { 'application/problem+json': { schema: z.unknown() } }, description: 'Een prioriteit bestaat niet.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, meld) => {
        const t = await toegang(c, tx, werkruimteId, 'afspraken.beheren', schrijfWeigering);
        if (!t.ok) return t.response;
        const fouten = koppelingsfouten(await laadPlanKoppelingen(tx, t.w), t.member, body.prioriteitIds);
        if (fouten.length > 0) return ongeldigeKoppeling(c, fouten);
        const id = await maakKeuze(tx, werkruimteId, { ...body, prioriteitIds: uniek(body.prioriteitIds) }, t.member.gebruikerId);
        const [k] = await laadKeuzes(tx, werkruimteId, id);
        meld(announce(werkruimteId, 1));
        c.header('ETag', etag(k!.versie));
        c.header('Location', `/api/v1/werkruimtes/${werkruimteId}/capaciteitskeuzes/${id}`);
        return c.json(k!, 201);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/capaciteitskeuzes/{keuzeId}',
      tags: [tag],
      summary: 'Eén capaciteitskeuze, met ETag',
      request: { params: keuzeParam },
      responses: { 200: { content: { 'application/json': { schema: keuzeSchema } }, description: 'De keuze.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, keuzeId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'afspraken.lezen', leesWeigering);
      if (!t.ok) return t.response;
      if (!isUuid(keuzeId)) return problem(c, 404, geenKeuze);
      const [k] = await laadKeuzes(db, werkruimteId, keuzeId);
      if (!k) return problem(c, 404, geenKeuze);
      c.header('ETag', etag(k.versie));
      return c.json(k, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/capaciteitskeuzes/{keuzeId}',
      tags: [tag],
      summary: 'Wijzig een capaciteitskeuze (If-Match)',
      request: { params: keuzeParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: keuzeInvoerSchema } } } },
      responses: {
        200: { content: { 'application/json': { schema: keuzeSchema } }, description: 'Gewijzigd; nieuwe ETag.' },
        422: { content: { 'application/problem+json': { schema: z.unknown() } }, description: 'Een prioriteit bestaat niet.' },
        ...versionedWriteErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, keuzeId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, meld) => {
        const t = await toegang(c, tx, werkruimteId, 'afspraken.beheren', schrijfWeigering);
        if (!t.ok) return t.response;
        if (!isUuid(keuzeId)) return problem(c, 404, geenKeuze);
        const genomen = await neemVersie(c, tx, keuzeVersieRij(werkruimteId, keuzeId, t.member.gebruikerId), async () => {
          const [nu] = await laadKeuzes(tx, werkruimteId, keuzeId);
          return nu ? { versie: nu.versie, body: nu } : null;
        });
        if (!genomen.ok) return genomen.response;
        const fouten = koppelingsfouten(await laadPlanKoppelingen(tx, t.w), t.member, body.prioriteitIds);
        if (fouten.length > 0) return ongeldigeKoppeling(c, fouten);
        await schrijfKeuze(tx, keuzeId, { ...body, prioriteitIds: uniek(body.prioriteitIds) });
        const [na] = await laadKeuzes(tx, werkruimteId, keuzeId);
        meld(announce(werkruimteId, genomen.versie));
        c.header('ETag', etag(na!.versie));
        return c.json(na!, 200);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'delete',
      path: '/werkruimtes/{werkruimteId}/capaciteitskeuzes/{keuzeId}',
      tags: [tag],
      summary: 'Verwijder een capaciteitskeuze (If-Match)',
      request: { params: keuzeParam, headers: ifMatchHeader },
      responses: { 204: { description: 'Verwijderd.' }, ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, keuzeId } = c.req.valid('param');
      return writeAndAnnounce(c, db, hub, async (tx, meld) => {
        const t = await toegang(c, tx, werkruimteId, 'afspraken.beheren', schrijfWeigering);
        if (!t.ok) return t.response;
        if (!isUuid(keuzeId)) return problem(c, 404, geenKeuze);
        const genomen = await neemVersie(c, tx, keuzeVersieRij(werkruimteId, keuzeId, t.member.gebruikerId), async () => {
          const [nu] = await laadKeuzes(tx, werkruimteId, keuzeId);
          return nu ? { versie: nu.versie, body: nu } : null;
        });
        if (!genomen.ok) return genomen.response;
        await verwijderKeuze(tx, keuzeId);
        meld(announce(werkruimteId, genomen.versie));
        return c.body(null, 204);
      });
    },
  );

  return routes;
}
