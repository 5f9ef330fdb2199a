import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { rollen } from '../../domain/toegang/rollen.ts';
import { DEMO_PASSWORD, demoAccounts } from '../demo/demo.ts';

/** `oidc`: the button label when sign-in with an organisation account (OpenID Connect) is configured. */
export function instellingenRoutes(modus: 'demo' | 'productie', oidc: { naam: string } | null = null) {
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
                  oidc: z
                    .object({
                      naam: z.string().openapi({ description: 'Voor de knop "Aanmelden met <naam>".' }),
                      aanmeldUrl: z.string().openapi({ description: 'Open deze URL in de browser (geen fetch) om aan te melden.' }),
                    })
                    .nullable()
                    .openapi({ description: 'Aanmelden met een organisatie-account (OpenID Connect); null als dat niet is ingesteld.' }),
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
          oidc: oidc ? { naam: oidc.naam, aanmeldUrl: '/api/v1/oidc/aanmelden' } : null,
        },
        200,
      ),
  );
  return routes;
}
