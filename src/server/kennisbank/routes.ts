import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  aspecten,
  strategischeThemas,
  themas,
  velden,
  vindAspect,
  vindThema,
  zoekInKennisbank,
} from '../../domain/kennisbank/kennisbank.ts';
import { filterMethoden } from '../../domain/methoden/catalogus.ts';
import { problem } from '../problem.ts';
import {
  presentAspect,
  presentStrategischThema,
  presentThema,
  presentThemaSamenvatting,
  presentVeld,
} from '../api/presenters.ts';
import {
  aspectSchema,
  filterParam,
  problemSchema,
  strategischThemaSchema,
  themaSamenvattingSchema,
  themaSchema,
  veldSchema,
  zoekresultaatSchema,
} from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';

const tag = 'Kennisbank';
const notFound = { content: { 'application/problem+json': { schema: problemSchema } }, description: 'Onbekend id.' };
const badRequest = { content: { 'application/problem+json': { schema: problemSchema } }, description: 'Ongeldige parameter.' };

export const kennisbankRoutes = new OpenAPIHono({ defaultHook: validationHook });

kennisbankRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/velden',
    tags: [tag],
    summary: 'De vijf veiligheidsvelden met hun thema\'s',
    responses: {
      200: { content: { 'application/json': { schema: z.object({ velden: z.array(veldSchema) }) } }, description: 'Alle velden.' },
    },
  }),
  (c) => c.json({ velden: velden.map(presentVeld) }, 200),
);

kennisbankRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/themas',
    tags: [tag],
    summary: 'De 22 veiligheidsthema\'s',
    request: {
      query: z.object({
        veld: filterParam('veld', ['1', '2', '3', '4', '5'], 'Alleen thema\'s van deze velden.'),
        zoek: z.string().max(200).optional().openapi({
          description: 'Vrije tekst; hoofdletters en accenten tellen niet mee. Beste treffer eerst.',
        }),
      }),
    },
    responses: {
      200: {
        content: { 'application/json': { schema: z.object({ themas: z.array(themaSamenvattingSchema) }) } },
        description: 'Thema\'s in de volgorde van de methode, of naar relevantie als `zoek` is gegeven.',
      },
      400: badRequest,
    },
  }),
  (c) => {
    const { veld, zoek } = c.req.valid('query');
    let lijst = [...themas];
    if (zoek && zoek.trim()) {
      const volgorde = zoekInKennisbank(zoek).filter((t) => t.soort === 'thema').map((t) => t.id);
      lijst = volgorde.map((id) => vindThema(id)).filter((t) => t !== undefined);
    }
    if (veld) lijst = lijst.filter((t) => veld.includes(String(t.veld) as never));
    return c.json({ themas: lijst.map(presentThemaSamenvatting) }, 200);
  },
);

kennisbankRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/themas/{id}',
    tags: [tag],
    summary: 'Eén thema met alles wat de methode erover geeft',
    request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '5.2' }) }) },
    responses: {
      200: { content: { 'application/json': { schema: themaSchema } }, description: 'Het thema.' },
      404: notFound,
    },
  }),
  (c) => {
    const { id } = c.req.valid('param');
    const thema = vindThema(id);
    if (!thema) return problem(c, 404, `Er is geen thema met id '${id}'. Thema-ids lopen van 1.1 tot en met 5.5.`);
    return c.json(presentThema(thema), 200);
  },
);

kennisbankRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/aanpakaspecten',
    tags: [tag],
    summary: 'De zes aanpak-aspecten van veld 1',
    responses: {
      200: {
        content: { 'application/json': { schema: z.object({ aanpakaspecten: z.array(aspectSchema) }) } },
        description: 'Alle aspecten.',
      },
    },
  }),
  (c) => c.json({ aanpakaspecten: aspecten.map(presentAspect) }, 200),
);

kennisbankRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/aanpakaspecten/{id}',
    tags: [tag],
    summary: 'Eén aanpak-aspect van veld 1',
    request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '5' }) }) },
    responses: {
      200: { content: { 'application/json': { schema: aspectSchema } }, description: 'Het aspect.' },
      404: notFound,
    },
  }),
  (c) => {
    const { id } = c.req.valid('param');
    const aspect = vindAspect(id);
    if (!aspect) return problem(c, 404, `Er is geen aanpak-aspect met id '${id}'. Aspect-ids lopen van 1 tot en met 6.`);
    return c.json(presentAspect(aspect), 200);
  },
);

kennisbankRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/strategische-themas',
    tags: [tag],
    summary: 'De drie strategische thema\'s van de zesde editie',
    responses: {
      200: {
        content: {
          'application/json': { schema: z.object({ strategischeThemas: z.array(strategischThemaSchema) }) },
        },
        description: 'Gedigitaliseerde criminaliteit, Zorg en Veiligheid, Informatiepositie.',
      },
    },
  }),
  (c) => c.json({ strategischeThemas: strategischeThemas.map(presentStrategischThema) }, 200),
);

kennisbankRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/zoekresultaten',
    tags: [tag],
    summary: 'Zoeken in de kennisbank en de methodencatalogus',
    request: {
      query: z.object({
        zoek: z.string().trim().min(1).max(200).openapi({ description: 'Vrije tekst; hoofdletters en accenten tellen niet mee.' }),
      }),
    },
    responses: {
      200: {
        content: { 'application/json': { schema: z.object({ zoekresultaten: z.array(zoekresultaatSchema) }) } },
        description: 'Treffers, beste eerst.',
      },
      400: badRequest,
    },
  }),
  (c) => {
    const { zoek } = c.req.valid('query');
    const kennis = zoekInKennisbank(zoek).map(({ score: _score, ...t }) => t);
    const methoden = filterMethoden({ zoek }).map((m) => ({
      soort: 'methode' as const,
      id: m.id,
      titel: m.naam,
      fragment: m.doel,
    }));
    return c.json({ zoekresultaten: [...kennis, ...methoden] }, 200);
  },
);
