/**
 * Het lezen van prioriteitstitels (issue 17, punt 4): POST /prioriteitclassificaties legt vrije titels
 * van prioriteiten naast de 22 thema's en 3 strategische thema's van Kernbeleid Veiligheid. Zoals de
 * kennisbank zonder aanmelden: het is een berekening op openbare teksten die niets bewaart, dus ook
 * zonder CSRF-token (net als het anonieme antwoord op een vragenlijst). Deze route spreekt alleen HTTP;
 * het lezen zelf staat in src/domain/classificatie.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { classificeerAlle } from '../../domain/classificatie/classifier.ts';
import { problemSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';

const tag = 'Kennisbank';
const problemContent = { 'application/problem+json': { schema: problemSchema } };

export const MAX_TITELS = 500;
export const MAX_TITEL_LENGTE = 300;

const invoerSchema = z
  .object({
    titels: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'Mag niet leeg zijn.')
          .max(MAX_TITEL_LENGTE)
          .openapi({ description: `De titel van een prioriteit, 1 tot ${MAX_TITEL_LENGTE} tekens.`, example: 'Veilige en leefbare kernen' }),
      )
      .min(1)
      .max(MAX_TITELS)
      .openapi({ description: `1 tot ${MAX_TITELS} titels.` }),
  })
  .openapi('PrioriteitclassificatieVerzoek');

const suggestieSchema = z
  .object({
    id: z.string().openapi({ description: "Een thema-id ('5.2') of de id van een strategisch thema ('zorg-en-veiligheid').", example: '1.1' }),
    soort: z.enum(['thema', 'strategisch-thema']),
    naam: z.string().openapi({ description: 'De naam zoals in de kennisbank.', example: 'Sociale kwaliteit' }),
    zekerheid: z.number().min(0).max(1).openapi({ description: 'Hoe zeker deze suggestie is, van 0 tot 1.', example: 0.62 }),
    waarom: z.string().openapi({ description: 'Welke woorden van de titel met welke tekst van het thema overeenkwamen.' }),
  })
  .openapi('Themasuggestie');

const antwoordSchema = z
  .object({
    resultaten: z.array(
      z
        .object({
          titel: z.string(),
          suggesties: z.array(suggestieSchema).max(3).openapi({
            description: 'Hoogstens drie, beste eerst; leeg als geen woord van de titel bij een thema past.',
          }),
        })
        .openapi('Prioriteitclassificatie'),
    ).openapi({ description: 'In dezelfde volgorde als de titels van het verzoek.' }),
  })
  .openapi('PrioriteitclassificatieAntwoord');

export const classificatieRoutes = new OpenAPIHono({ defaultHook: validationHook });

classificatieRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/prioriteitclassificaties',
    tags: [tag],
    summary: 'Welke thema\'s van Kernbeleid Veiligheid bedoelt een prioriteit?',
    description:
      'Legt titels van prioriteiten (bijvoorbeeld "Veilige en leefbare kernen" of "Zorg en veiligheid") naast de 22 thema\'s en de 3 strategische thema\'s van de kennisbank. ' +
      'Per titel hoogstens drie suggesties met een zekerheid en de woorden die de keuze verklaren. Zonder aanmelden; er wordt niets bewaard. ' +
      'De werkwijze en de gemeten nauwkeurigheid staan in docs/prioriteit-classificatie.md.',
    request: { body: { required: true, content: { 'application/json': { schema: invoerSchema } } } },
    responses: {
      200: { content: { 'application/json': { schema: antwoordSchema } }, description: 'De suggesties per titel.' },
      400: { content: problemContent, description: 'Ongeldige invoer; `invalidParams` wijst het veld aan (bijvoorbeeld `titels.3`).' },
    },
  }),
  (c) => {
    const { titels } = c.req.valid('json');
    c.header('Cache-Control', 'no-store');
    return c.json({ resultaten: classificeerAlle(titels) }, 200);
  },
);
