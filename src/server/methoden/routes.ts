import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bewijsNiveaus, bewijsVan } from '../../domain/methoden/bewijs.ts';
import { filterMethoden, vindMethode } from '../../domain/methoden/catalogus.ts';
import type { Methode } from '../../domain/methoden/types.ts';
import {
  gemeentelijkeRollen,
  methodeObjecten,
  partijen,
  problemen,
  samenwerkingsvormen,
} from '../../domain/methoden/types.ts';
import type { VeldNummer } from '../../domain/kennisbank/types.ts';
import { problem } from '../problem.ts';
import { presentMethode } from '../api/presenters.ts';
import { filterParam, methodeSchema, problemSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';

const tag = 'Methodencatalogus';

const bewijsSchema = z
  .object({
    niveau: z.enum(bewijsNiveaus).openapi({ description: 'effectief, veelbelovend, theoretisch-onderbouwd of onbekend (geen erkende beoordeling gevonden).' }),
    bron: z.string().openapi({ description: 'De erkende bron van het oordeel, zo precies dat u haar kunt terugvinden.' }),
    toelichting: z.string(),
  })
  .openapi('MethodeBewijs');

/** A method with the strength of the evidence that it works (issue 19, point 3; docs/methoden-bewijs.md). */
const methodeMetBewijsSchema = methodeSchema.extend({ bewijs: bewijsSchema }).openapi('MethodeMetBewijs');
const metBewijs = (m: Methode) => ({ ...presentMethode(m), bewijs: bewijsVan(m.id)! });

export const methodenRoutes = new OpenAPIHono({ defaultHook: validationHook });

methodenRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/methoden',
    tags: [tag],
    summary: 'De 26 veiligheidsmethoden uit de Quick Scan, te filteren',
    description:
      'Binnen één filter geldt OF (rol=initiator,facilitator: een van beide), tussen filters EN. ' +
      'Zonder filters: alle methoden in de volgorde van de scan.',
    request: {
      query: z.object({
        veld: filterParam('veld', ['1', '2', '3', '4', '5'], 'Veiligheidsveld van Kernbeleid Veiligheid.'),
        object: filterParam('object', methodeObjecten, 'Waarop de methode zich richt.'),
        samenwerking: filterParam('samenwerking', samenwerkingsvormen, 'Type samenwerking.'),
        rol: filterParam('rol', gemeentelijkeRollen, 'Rol van de gemeente.'),
        partij: filterParam('partij', partijen, 'Betrokken partij.'),
        probleem: filterParam('probleem', problemen, 'Probleem waarvoor de methode is bedoeld.'),
        zoek: z.string().max(200).optional().openapi({ description: 'Vrije tekst in naam, doel en werkwijze.' }),
      }),
    },
    responses: {
      200: {
        content: {
          'application/json': {
            schema: z.object({ aantal: z.number().int(), methoden: z.array(methodeMetBewijsSchema) }),
          },
        },
        description: 'De methoden die aan alle filters voldoen.',
      },
      400: {
        content: { 'application/problem+json': { schema: problemSchema } },
        description: 'Onbekende filterwaarde; `invalidParams` noemt de parameter en de toegestane waarden.',
      },
    },
  }),
  (c) => {
    const q = c.req.valid('query');
    const gevonden = filterMethoden({
      ...q,
      veld: q.veld?.map((v) => Number(v) as VeldNummer),
    });
    return c.json({ aantal: gevonden.length, methoden: gevonden.map(metBewijs) }, 200);
  },
);

methodenRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/methoden/{id}',
    tags: [tag],
    summary: 'Eén methode',
    request: {
      params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'keurmerk-veilig-ondernemen' }) }),
    },
    responses: {
      200: { content: { 'application/json': { schema: methodeMetBewijsSchema } }, description: 'De methode, met de sterkte van het bewijs.' },
      404: { content: { 'application/problem+json': { schema: problemSchema } }, description: 'Onbekend id.' },
    },
  }),
  (c) => {
    const { id } = c.req.valid('param');
    const methode = vindMethode(id);
    if (!methode) return problem(c, 404, `Er is geen methode met id '${id}'. Zie /api/v1/methoden voor de lijst.`);
    return c.json(metBewijs(methode), 200);
  },
);
