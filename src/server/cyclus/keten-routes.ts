/**
 * The policy chain (issue 19): per priority problem -> figures -> goal -> measures -> output -> effect,
 * with its gaps. Read only; computed by the domain (beleidsketen.ts) from the member's visible stand,
 * so confidential sections, measures and indicators (and links to them) do not exist for a member
 * without clearance.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { beleidsketen, hiaatSoorten } from '../../domain/cyclus/beleidsketen.ts';
import { maatregelStatussen } from '../../domain/cyclus/inhoud.ts';
import { zichtbareStand } from '../../domain/cyclus/vertrouwelijk.ts';
import { beoordelingen, eenheden, indicatorStatussen, richtingen } from '../../domain/monitoring/typen.ts';
import { mag } from '../../domain/toegang/rollen.ts';
import { protectedErrors, uuidParam } from '../api/common.ts';
import { validationHook } from '../api/validation.ts';
import type { Db } from '../db/db.ts';
import { laadMonitoring } from '../monitoring/opslag.ts';
import { problem } from '../problem.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import { laadWerkruimte } from './opslag.ts';
import { laadStand } from './stand.ts';

const tag = 'Beleidscyclus';
const noWorkspace = 'Deze werkruimte bestaat niet of u bent er geen lid van.';

const cijferSchema = z.object({ omschrijving: z.string(), waarde: z.number(), eenheid: z.string(), periode: z.string(), bron: z.string() });

/** Always in the answer; optional in the domain's types only so that hand-built chains need not set it. */
const altijd = <T extends z.ZodType>(schema: T) => schema.optional().openapi({ description: 'Staat altijd in het antwoord.' });

const ketenSchema = z
  .object({
    beoordeling: z.enum(beoordelingen).openapi({ description: 'Hoe de status van een indicator is bepaald (instelling van de monitoring).' }),
    prioriteiten: z.array(
      z
        .object({
          id: z.string(),
          titel: z.string(),
          themaIds: z.array(z.string()),
          problemen: z.array(
            z.object({
              sleutel: z.string().openapi({ example: 'thema-1.3' }),
              themaId: z.string(),
              titel: z.string(),
              samenvatting: z.string().openapi({ description: 'De eerste zinnen van de problematiek; leeg als die nog niet is beschreven.' }),
              cijfers: z.array(cijferSchema),
              vertrouwelijk: altijd(z.boolean()),
            }),
          ),
          doel: z.string().openapi({ description: 'Het doel uit het IVP; leeg: geen doel.' }),
          indicatoren: z.array(
            z.object({
              id: z.string(),
              naam: z.string(),
              eenheid: z.enum(eenheden),
              richting: altijd(z.enum(richtingen)),
              referentiejaar: z.number().int().nullable(),
              referentiewaarde: z.number().nullable(),
              streefwaarde: z.object({ jaar: z.number().int(), waarde: z.number() }).nullable().openapi({ description: 'De eindstreefwaarde.' }),
              streeftekst: altijd(z.string().nullable().openapi({ description: "De eindstreefwaarde in de vorm van het plan ('afname', '−2 % per jaar (380)', 'niet boven 5')." })),
              laatsteMeting: z.object({ periode: z.string(), waarde: z.number() }).nullable(),
              status: z.enum(indicatorStatussen),
              maatregelIds: z.array(z.string()),
              vertrouwelijk: altijd(z.boolean()),
            }),
          ),
          maatregelen: z.array(
            z.object({
              id: z.string(),
              naam: z.string(),
              jaar: z.number().int().openapi({ description: 'Het jaar van het uitvoeringsplan; ids zijn uniek per plan.' }),
              status: z.enum(maatregelStatussen),
              indicatorIds: z.array(z.string()),
              probleemSleutels: z.array(z.string()),
              methodeId: z.string().nullable(),
              methodeNaam: altijd(z.string().nullable()),
              onderbouwing: z.string(),
              actiepunt: altijd(z.string()),
              vertrouwelijk: altijd(z.boolean()),
              output: z.object({ prestatieIndicator: z.string(), gepland: z.number().nullable(), gerealiseerd: z.number().nullable() }),
            }),
          ),
          hiaten: z.array(
            z.object({
              soort: z.enum(hiaatSoorten),
              tekst: z.string(),
              maatregelId: z.string().optional(),
              jaar: z.number().int().optional(),
              indicatorId: z.string().optional(),
              themaId: z.string().optional(),
            }),
          ),
        })
        .openapi('KetenPrioriteit'),
    ),
  })
  .openapi('Beleidsketen');

export function ketenRoutes(db: Db) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/beleidsketen',
      tags: [tag],
      summary: 'De beleidsketen per prioriteit: probleem, cijfers, doel, effectindicatoren, maatregelen met hun output, en de hiaten',
      request: { params: z.object({ werkruimteId: uuidParam('werkruimteId') }) },
      responses: {
        200: { content: { 'application/json': { schema: ketenSchema } }, description: 'De keten; zonder toegang vertrouwelijk bestaat wat vertrouwelijk is er niet in, ook niet als koppeling.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, noWorkspace);
      if (!mag(member, 'beleidsketen.lezen')) return (await refuse(c, db, 'Uw rol mag de beleidsketen niet lezen; u ziet de vastgestelde documenten.')) as never;
      const w = (await laadWerkruimte(db, werkruimteId))!;
      const { beoordeling } = (await laadMonitoring(db, w)).inhoud;
      const keten = beleidsketen(zichtbareStand(await laadStand(db, w), member), { beoordeling });
      return c.json({ beoordeling, ...keten }, 200);
    },
  );

  return routes;
}
