import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Db } from '../db/db.ts';
import { currentVersion } from '../db/migrate.ts';
import { problem } from '../problem.ts';
import { problemSchema } from './schemas.ts';

export function healthRoutes(db: Db, appVersion: string) {
  const routes = new OpenAPIHono();
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['Beheer'],
      summary: 'Werkt de dienst en bereikt hij de database?',
      responses: {
        200: {
          content: {
            'application/json': {
              schema: z
                .object({
                  status: z.literal('ok'),
                  versie: z.string(),
                  database: z.object({ soort: z.enum(['pglite', 'postgresql']), schemaversie: z.number().int() }),
                })
                .openapi('Gezondheid'),
            },
          },
          description: 'Alles werkt.',
        },
        503: { content: { 'application/problem+json': { schema: problemSchema } }, description: 'Database onbereikbaar.' },
      },
    }),
    async (c) => {
      try {
        const schemaversie = await currentVersion(db);
        return c.json({ status: 'ok' as const, versie: appVersion, database: { soort: db.kind, schemaversie } }, 200);
      } catch (err) {
        return problem(c, 503, `De database antwoordt niet: ${(err as Error).message}`);
      }
    },
  );
  return routes;
}
