/**
 * GET /landelijke-cijfers/begrotingsindicatoren?jaar=2021: de officiële landelijke cijfers van de vier
 * BBV-veiligheidsindicatoren uit politiecijfers (issue 16), met aantal, inwoners op 1 januari en de
 * eenheid. Zoals de kennisbank openbaar, zonder aanmelden: het zijn meegeleverde openbare cijfers
 * (src/domain/politie/bbv.ts) en de route raakt de database niet. Deze route spreekt alleen HTTP.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bbvDefinities, type BbvId, eersteBbvJaar, landelijkBbvCijfer, laatsteBbvJaar } from '../../domain/politie/bbv.ts';
import { begrotingsindicatoren } from '../../domain/politie/cijfers.ts';
import { problemSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';
import { problem } from '../problem.ts';

const tag = 'Politiecijfers';
const problemContent = { 'application/problem+json': { schema: problemSchema } };

const indicatorSchema = z
  .object({
    id: z.enum(['winkeldiefstal', 'geweldsmisdrijven', 'diefstal-uit-woning', 'vernielingen']),
    naam: z.string().openapi({ example: 'Geweldsmisdrijven per 1.000 inwoners' }),
    eenheid: z.string().openapi({ description: 'De eenheid van `waarde`.', example: 'per 1.000 inwoners' }),
    waarde: z.number().openapi({ description: 'Aantal per 1.000 inwoners, op twee decimalen (waarstaatjegemeente.nl toont één decimaal).', example: 4.37 }),
    aantal: z.number().int().openapi({ description: 'Geregistreerde misdrijven in Nederland in dat jaar.', example: 76400 }),
    inwoners: z.number().int().openapi({ description: 'Inwoners van Nederland op 1 januari van dat jaar.', example: 17475415 }),
    definitie: z.string(),
    bron: z.string().openapi({ description: 'Waar het aantal uit komt.' }),
  })
  .openapi('LandelijkeBegrotingsindicator');

const antwoordSchema = z
  .object({
    jaar: z.number().int(),
    begrotingsindicatoren: z.array(indicatorSchema),
  })
  .openapi('LandelijkeBegrotingsindicatoren');

export const landelijkeCijfersRoutes = new OpenAPIHono({ defaultHook: validationHook });

landelijkeCijfersRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/landelijke-cijfers/begrotingsindicatoren',
    tags: [tag],
    summary: 'De officiële landelijke cijfers van de BBV-veiligheidsindicatoren in een jaar',
    description:
      `Winkeldiefstal, geweldsmisdrijven, diefstal uit woning en vernielingen per 1.000 inwoners van Nederland (inwoners op 1 januari van hetzelfde jaar), ` +
      `volgens de definities van waarstaatjegemeente.nl (CBS). Jaren ${eersteBbvJaar} tot en met ${laatsteBbvJaar}. Zonder aanmelden. ` +
      'De definities en de bronnen staan in docs/begrotingsindicatoren.md.',
    request: {
      query: z.object({
        jaar: z.string().openapi({ description: `Het jaar, ${eersteBbvJaar} tot en met ${laatsteBbvJaar}.`, example: '2021' }),
      }),
    },
    responses: {
      200: { content: { 'application/json': { schema: antwoordSchema } }, description: 'De vier indicatoren van dat jaar.' },
      400: { content: problemContent, description: '`jaar` ontbreekt of is geen jaartal.' },
      404: { content: problemContent, description: 'Geen landelijke cijfers voor dat jaar.' },
    },
  }),
  (c) => {
    const ruw = c.req.valid('query').jaar.trim();
    if (!/^\d{4}$/.test(ruw)) {
      return problem(c, 400, `De parameter jaar moet een jaartal van vier cijfers zijn, zoals 2021 (gekregen: '${ruw.slice(0, 20)}').`, {
        invalidParams: [{ name: 'jaar', code: 'formaat', reason: 'Een jaartal van vier cijfers, zoals 2021.' }],
      });
    }
    const jaar = Number(ruw);
    const ids = Object.keys(bbvDefinities) as BbvId[];
    const cijfers = ids.map((id) => landelijkBbvCijfer(id, jaar));
    if (cijfers.some((x) => x === null)) {
      return problem(c, 404, `Voor jaar ${jaar} heeft Kernplan geen landelijke cijfers; wel voor ${eersteBbvJaar} tot en met ${laatsteBbvJaar}.`, {
        invalidParams: [{ name: 'jaar', code: 'onbekend', reason: `Kies een jaar van ${eersteBbvJaar} tot en met ${laatsteBbvJaar}.` }],
      });
    }
    return c.json(
      {
        jaar,
        begrotingsindicatoren: cijfers.map((x) => {
          const ind = begrotingsindicatoren.find((b) => b.id === x!.id)!;
          return {
            id: x!.id,
            naam: ind.naam,
            eenheid: 'per 1.000 inwoners',
            waarde: x!.waarde,
            aantal: x!.aantal,
            inwoners: x!.inwoners,
            definitie: bbvDefinities[x!.id].definitie,
            bron: x!.bron,
          };
        }),
      },
      200,
    );
  },
);
