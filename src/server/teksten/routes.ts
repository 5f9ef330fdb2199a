/**
 * HTTP for texts written together (the writing itself goes over the websocket, see samen.ts): read a
 * text as it is stored, its history of versions, and restore a version (coordinator).
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { platteTekst } from '../../domain/tekst/rijk.ts';
import { mag } from '../../domain/toegang/rollen.ts';
import { protectedErrors, uuidParam } from '../api/common.ts';
import { validationHook } from '../api/validation.ts';
import type { Db } from '../db/db.ts';
import { problem } from '../problem.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import type { Kamers } from './kamers.ts';
import { leesTeksten, versieInhoud, versies } from './opslag.ts';
import { tekstRechten } from './samen.ts';

const tag = 'Samenwerken';

const params = z.object({
  werkruimteId: uuidParam('werkruimteId'),
  sleutel: z
    .string()
    .max(120)
    .openapi({ param: { name: 'sleutel', in: 'path' }, example: 'ivp.uitgangssituatie', description: 'De tekst: het veld in zijn deel (`ivp.uitgangssituatie`, `ivp.prioriteiten.p1.waarom`) of `sectie.thema-1.3`.' }),
});

const knoopSchema: z.ZodType<unknown> = z.lazy(() =>
  z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional(), text: z.string().optional(), content: z.array(knoopSchema).optional() }).passthrough(),
);

const tekstSchema = z
  .object({
    sleutel: z.string(),
    platteTekst: z.string().openapi({ description: 'De tekst zonder opmaak; lijstitems beginnen met "- " of "1. ".' }),
    inhoud: knoopSchema.openapi({ type: 'object', description: 'De tekst met opmaak, als ProseMirror-JSON (alinea\'s, koppen, lijsten, tabellen, vet, cursief, links).' }),
  })
  .openapi('SamenTekst');

const versieSchema = z
  .object({
    id: z.number().int(),
    gemaaktOp: z.string().openapi({ format: 'date-time' }),
    door: z.array(z.string()).openapi({ description: 'Wie in deze versie schreven.' }),
    platteTekst: z.string(),
    hersteldVan: z.number().int().nullable().openapi({ description: 'De versie die met deze versie werd teruggezet, of null.' }),
  })
  .openapi('TekstVersie');

export function tekstenRoutes(db: Db, kamers: Kamers) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));

  /** The member and their rights on the text, or the answer that refuses. */
  async function toegang(c: Parameters<typeof lidVan>[0], werkruimteId: string, sleutel: string) {
    const lid = await lidVan(c, db, werkruimteId);
    if (!lid) return { ok: false as const, antwoord: problem(c, 404, 'Deze werkruimte bestaat niet of u bent er geen lid van.') };
    const rechten = await tekstRechten(db, lid, werkruimteId, sleutel);
    if (!rechten || !rechten.zien) return { ok: false as const, antwoord: problem(c, 404, 'Deze tekst bestaat niet in deze werkruimte, of u mag hem niet zien.') };
    return { ok: true as const, lid, rechten };
  }

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/teksten/{sleutel}',
      tags: [tag],
      summary: 'Een samen geschreven tekst zoals hij is opgeslagen',
      description: 'Schrijven gaat live over de websocket `/api/v1/werkruimtes/{werkruimteId}/samen/{sleutel}` (y-websocket-protocol); hier staat de opgeslagen stand.',
      request: { params },
      responses: { 200: { content: { 'application/json': { schema: tekstSchema } }, description: 'De tekst.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, sleutel } = c.req.valid('param');
      const t = await toegang(c, werkruimteId, sleutel);
      if (!t.ok) return t.antwoord as never;
      const tekst = (await leesTeksten(db, werkruimteId)).get(sleutel);
      if (tekst) return c.json({ sleutel, platteTekst: tekst.platteTekst, inhoud: tekst.inhoud }, 200);
      const begin = await t.rechten.begin();
      return c.json({ sleutel, platteTekst: platteTekst(begin.inhoud), inhoud: begin.inhoud }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/teksten/{sleutel}/versies',
      tags: [tag],
      summary: 'De geschiedenis van een samen geschreven tekst (nieuwste eerst)',
      request: { params },
      responses: { 200: { content: { 'application/json': { schema: z.object({ versies: z.array(versieSchema) }) } }, description: 'De versies.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, sleutel } = c.req.valid('param');
      const t = await toegang(c, werkruimteId, sleutel);
      if (!t.ok) return t.antwoord as never;
      if (!mag(t.lid, 'geschiedenis.lezen')) return refuse(c, db, 'Uw rol mag de geschiedenis niet zien.');
      return c.json({ versies: await versies(db, werkruimteId, sleutel) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/teksten/{sleutel}/herstellingen',
      tags: [tag],
      summary: 'Een eerdere versie van een tekst terugzetten (coördinator)',
      description: 'Het terugzetten is een nieuwe wijziging: wie de tekst open heeft ziet hem meteen, en de geschiedenis krijgt een versie die zegt waar hij vandaan komt.',
      request: {
        params,
        body: { required: true, content: { 'application/json': { schema: z.object({ versieId: z.number().int().positive() }) } } },
      },
      responses: { 201: { content: { 'application/json': { schema: tekstSchema } }, description: 'Teruggezet.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, sleutel } = c.req.valid('param');
      const { versieId } = c.req.valid('json');
      const t = await toegang(c, werkruimteId, sleutel);
      if (!t.ok) return t.antwoord as never;
      if (!mag(t.lid, 'geschiedenis.herstellen') || !t.rechten.schrijven) return refuse(c, db, 'Alleen de coördinator zet een eerdere versie terug.');
      const inhoud = await versieInhoud(db, werkruimteId, sleutel, versieId);
      if (!inhoud) {
        return problem(c, 400, `Versie ${versieId} hoort niet bij deze tekst.`, { invalidParams: [{ name: 'versieId', code: 'onbekend', reason: 'Geen versie van deze tekst.' }] });
      }
      await kamers.herstel(werkruimteId, sleutel, inhoud as never, versieId, t.lid.gebruikerId, t.rechten.begin);
      const tekst = (await leesTeksten(db, werkruimteId)).get(sleutel)!;
      return c.json({ sleutel, platteTekst: tekst.platteTekst, inhoud: tekst.inhoud }, 201);
    },
  );

  return routes;
}
