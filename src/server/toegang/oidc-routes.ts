/**
 * Sign-in with the municipality's identity provider (OpenID Connect). The browser goes to
 * GET /oidc/aanmelden, signs in at the IdP and comes back on GET /oidc/terugkeer, which makes a
 * normal Kernplan session (same cookie as password sign-in) and sends the browser into the app.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type AppEnv, clientAddress } from './middleware.ts';
import type { OidcSignIn } from './oidc.ts';
import { createSession, deleteSession, setSessionCookie } from './session.ts';
import { isEmailAddress } from '../config.ts';
import type { Db } from '../db/db.ts';
import { problem } from '../problem.ts';
import { logSecurityEvent } from './security-log.ts';
import { koppelOidc, maakGebruiker, type OidcGebruiker, organisatieVoorNieuweGebruikers, vindOidcGebruiker, vindOidcGebruikerBijEmail } from './opslag.ts';
import { problemSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';

const tag = 'Sessies';
const problemContent = { 'application/problem+json': { schema: problemSchema } };

/** Only a path inside this app: no scheme, no host, no `//` or `/\` tricks. */
function safePath(p: string | undefined): string | null {
  if (!p || !p.startsWith('/') || p.startsWith('//') || p.startsWith('/\\') || p.startsWith('/api/') || p.length > 500) return null;
  return p;
}

export function oidcRoutes(db: Db, oidc: OidcSignIn | null, options: { production: boolean }) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const notConfigured = (c: Context) => problem(c, 404, 'Aanmelden via een organisatie-account (OpenID Connect) is op deze installatie niet ingesteld.');

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/oidc/aanmelden',
      tags: [tag],
      summary: 'Aanmelden met het organisatie-account (OpenID Connect): stuurt door naar de inlogdienst',
      request: { query: z.object({ terug: z.string().max(500).optional().openapi({ description: 'Pad in Kernplan om na het aanmelden naartoe te gaan.' }) }) },
      responses: {
        302: { description: 'Door naar de inlogdienst.' },
        404: { content: problemContent, description: 'OpenID Connect is niet ingesteld.' },
        502: { content: problemContent, description: 'De inlogdienst is niet bereikbaar.' },
      },
    }),
    async (c) => {
      if (!oidc) return notConfigured(c);
      let url: URL;
      try {
        url = await oidc.start(c, db, safePath(c.req.valid('query').terug));
      } catch (err) {
        console.warn(`OpenID Connect: de inlogdienst ${oidc.config.issuer} is niet bereikbaar (${(err as Error).name}: ${(err as Error).message}).`);
        return problem(c, 502, `De inlogdienst voor ${oidc.config.naam} is nu niet bereikbaar. Probeer het later opnieuw of meld u aan met e-mailadres en wachtwoord.`);
      }
      return c.redirect(url.toString(), 302);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/oidc/terugkeer',
      tags: [tag],
      summary: 'Terugkeer van de inlogdienst (redirect_uri): maakt de sessie en stuurt door naar de app',
      request: {
        query: z.object({
          code: z.string().max(2048).optional(),
          state: z.string().max(1024).optional(),
          error: z.string().max(200).optional(),
          error_description: z.string().max(1000).optional(),
          iss: z.string().max(1000).optional(),
        }),
      },
      responses: {
        302: { description: 'Aangemeld; de sessiecookie is gezet. Door naar de app.' },
        400: { content: problemContent, description: 'Verlopen of ongeldige aanmelding (state klopt niet).' },
        401: { content: problemContent, description: 'De inlogdienst weigerde of brak de aanmelding af.' },
        403: { content: problemContent, description: 'Dit account mag zich zo niet aanmelden.' },
        404: { content: problemContent, description: 'OpenID Connect is niet ingesteld.' },
        502: { content: problemContent, description: 'Ongeldig antwoord van de inlogdienst.' },
      },
    }),
    async (c) => {
      if (!oidc) return notConfigured(c);
      const query = c.req.valid('query');
      const adres = clientAddress(c);
      const naam = oidc.config.naam;
      const attempt = await oidc.takeAttempt(c, db);
      const failed = async (reden: string, details: Record<string, unknown> = {}) =>
        logSecurityEvent(db, 'aanmelding-mislukt', { adres, details: { methode: 'oidc', reden, ...details } });
      if (!attempt) {
        await failed('geen-aanvraag');
        return problem(c, 400, `Deze aanmelding via ${naam} is verlopen of in een ander venster begonnen. Begin opnieuw via de aanmeldpagina.`);
      }
      if (query.state !== attempt.state) {
        await failed('state');
        return problem(c, 400, `De controlewaarde (state) van de aanmelding via ${naam} klopt niet. Begin opnieuw via de aanmeldpagina.`);
      }
      if (query.error) {
        await failed('inlogdienst', { fout: query.error });
        const afgebroken = query.error === 'access_denied';
        return problem(
          c,
          401,
          afgebroken
            ? `De aanmelding via ${naam} is afgebroken of geweigerd. Probeer het opnieuw.`
            : `De inlogdienst van ${naam} meldde een fout (${query.error}). Probeer het opnieuw of meld u aan met e-mailadres en wachtwoord.`,
        );
      }
      let identity;
      try {
        identity = await oidc.finish(c, attempt);
      } catch (err) {
        await failed('antwoord', { fout: (err as { code?: string }).code ?? (err as Error).name });
        console.warn(`OpenID Connect: ongeldig antwoord van ${oidc.config.issuer} (${(err as Error).name}: ${(err as Error).message}).`);
        return problem(c, 502, `De inlogdienst van ${naam} gaf geen geldig antwoord. Begin opnieuw via de aanmeldpagina.`);
      }
      const issuer = oidc.config.issuer;
      const email = identity.email;
      if (!email || !isEmailAddress(email)) {
        await failed('geen-email', { sub: identity.sub });
        return problem(c, 403, `De inlogdienst van ${naam} gaf geen geldig e-mailadres door. Vraag uw beheerder om de claim 'email' vrij te geven.`);
      }

      // Find the user by the IdP's subject, else link an existing account with the same e-mail address.
      let user: OidcGebruiker | undefined = await vindOidcGebruiker(db, issuer, identity.sub);
      let nieuwAccount = false;
      if (!user) {
        const byEmail = await vindOidcGebruikerBijEmail(db, email);
        if (byEmail) {
          if (byEmail.oidc_sub !== null || identity.emailVerified === false) {
            await failed('koppelen', { email, gebruikerId: byEmail.id });
            return problem(c, 403, `Er is al een Kernplan-account voor ${email} dat niet aan dit ${naam} gekoppeld kan worden. Meld u aan met e-mailadres en wachtwoord.`);
          }
          await koppelOidc(db, byEmail.id, issuer, identity.sub);
          user = byEmail;
        } else {
          const organisatieId = await organisatieVoorNieuweGebruikers(db, oidc.config.organisatie);
          if (!organisatieId) {
            await failed('geen-organisatie', { email });
            return problem(c, 403, `Er is nog geen organisatie voor nieuwe accounts via ${naam}. De beheerder stelt OIDC_ORGANISATIE in of maakt eerst een beheerder aan (kernplan create-admin).`);
          }
          const id = await maakGebruiker(db, { email, naam: (identity.naam || email).slice(0, 120), organisatieId, oidc: { issuer, sub: identity.sub } });
          user = { id, email, actief: true, oidc_sub: identity.sub, totp_geheim: null, is_beheerder: false, is_coordinator: false };
          nieuwAccount = true;
        }
      }
      if (!user.actief) {
        await failed('inactief', { email, gebruikerId: user.id });
        return problem(c, 403, 'Dit Kernplan-account is uitgeschakeld. Neem contact op met de beheerder.');
      }
      // Same rule as password sign-in: in production, coordinators and administrators need a second
      // factor; a multi-factor sign-in at the IdP (amr) counts as one.
      const needsSecondFactor = options.production && (user.is_coordinator || user.is_beheerder) && !identity.multiFactor;
      if (needsSecondFactor && user.totp_geheim) {
        await failed('totp', { email, gebruikerId: user.id });
        return problem(
          c,
          403,
          `Uw account gebruikt tweestapsverificatie, maar ${naam} meldde geen tweede factor. Meld u aan met e-mailadres, wachtwoord en code.`,
        );
      }
      const old = c.get('sessie');
      if (old) await deleteSession(db, old.idHash);
      const { token } = await createSession(db, user.id, !needsSecondFactor);
      setSessionCookie(c, token);
      await logSecurityEvent(db, 'aanmelding', { email, adres, gebruikerId: user.id, details: { methode: 'oidc', nieuwAccount } });
      return c.redirect(needsSecondFactor ? '/tweestapsverificatie' : (attempt.terug ?? '/werkruimtes'), 302);
    },
  );

  return routes;
}
