import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { rollen } from '../../domain/toegang/rollen.ts';
import { DEMO_PASSWORD, demoAccounts } from '../demo.ts';

export function instellingenRoutes(modus: 'demo' | 'productie') {
  const routes = new OpenAPIHono();
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/instellingen',
      tags: ['Beheer'],
      summary: 'Modus van deze installatie; in demomodus de demo-accounts',
      responses: {
        200: {
          content: {
            'application/json': {
              schema: z
                .object({
                  modus: z.enum(['demo', 'productie']),
                  demoAccounts: z.array(z.object({ email: z.string(), naam: z.string(), rol: z.enum(rollen), organisatie: z.string(), wachtwoord: z.string() })),
                })
                .openapi('Instellingen'),
            },
          },
          description: 'De instellingen.',
        },
      },
    }),
    (c) =>
      c.json(
        {
          modus,
          demoAccounts: modus === 'demo' ? demoAccounts.map((a) => ({ email: a.email, naam: a.naam, rol: a.rol, organisatie: a.organisatie, wachtwoord: DEMO_PASSWORD })) : [],
        },
        200,
      ),
  );
  return routes;
}
