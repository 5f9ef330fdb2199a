import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { Aanmeldbeperking } from './aanmeldbeperking.ts';
import { type AppEnv, clientAddress, requireUser } from './middleware.ts';
import { dummyVerify, needsRehash, hashPassword, verifyPassword } from './password.ts';
import { clearSessionCookie, createSession, deleteSession, findSession, magWerkruimteAanmaken, type Session, setSessionCookie } from './session.ts';
import { generateTotpSecret, totpUri, verifyTotp } from './totp.ts';
import type { Db } from '../db/db.ts';
import { problem } from '../problem.ts';
import { logSecurityEvent } from './security-log.ts';
import { activeerTotp, markeerSessieTotpVoldaan, vindAanmeldgegevens, zetTotpLaatsteStap, zetWachtwoordHash } from './opslag.ts';
import { problemSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';

const tag = 'Sessies';

export const gebruikerSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    naam: z.string(),
    organisatie: z.object({ id: z.string(), naam: z.string() }),
    isBeheerder: z.boolean(),
    totpActief: z.boolean(),
    magWerkruimteAanmaken: z.boolean().openapi({ description: 'Beheerders en coördinatoren van een gemeente (coördinator in minstens één werkruimte) maken werkruimtes aan.' }),
  })
  .openapi('Gebruiker');

const sessieSchema = z
  .object({
    gebruiker: gebruikerSchema,
    csrfToken: z.string().openapi({ description: 'Stuur mee als header X-CSRF-Token bij elke schrijfactie.' }),
    totpInstellenVerplicht: z.boolean(),
  })
  .openapi('Sessie');

const problemContent = { 'application/problem+json': { schema: problemSchema } };

async function presentSession(db: Db, s: Session) {
  return {
    gebruiker: {
      id: s.gebruiker.id,
      email: s.gebruiker.email,
      naam: s.gebruiker.naam,
      organisatie: { id: s.gebruiker.organisatieId, naam: s.gebruiker.organisatieNaam },
      isBeheerder: s.gebruiker.isBeheerder,
      totpActief: s.gebruiker.totpActief,
      magWerkruimteAanmaken: await magWerkruimteAanmaken(db, s.gebruiker),
    },
    csrfToken: s.csrfToken,
    totpInstellenVerplicht: !s.totpVoldaan,
  };
}

export function sessiesRoutes(db: Db, options: { production: boolean; now?: () => number; beperking?: Aanmeldbeperking }) {
  const now = options.now ?? Date.now;
  const beperking = options.beperking ?? new Aanmeldbeperking(db);
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/sessies',
      tags: [tag],
      summary: 'Aanmelden met e-mailadres en wachtwoord (en TOTP-code als die is ingesteld)',
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.object({
                email: z.string().trim().toLowerCase().max(320),
                wachtwoord: z.string().min(1).max(256),
                code: z.string().max(12).optional().openapi({ description: 'Zescijferige code uit de authenticator-app.' }),
              }),
            },
          },
        },
      },
      responses: {
        201: { content: { 'application/json': { schema: sessieSchema } }, description: 'Aangemeld; de sessiecookie is gezet.' },
        400: { content: problemContent, description: 'Ongeldige invoer.' },
        401: { content: problemContent, description: 'Onjuiste gegevens, of een TOTP-code is nodig (`totpVereist`).' },
        429: { content: problemContent, description: 'Te veel mislukte pogingen; probeer het later opnieuw.' },
      },
    }),
    async (c) => {
      const { email, wachtwoord, code } = c.req.valid('json');
      const adres = clientAddress(c);
      const user = await vindAanmeldgegevens(db, email);
      // Counted before anything is checked; an unknown e-mail address never counts against a real account.
      const poging = await beperking.begin({ gebruikerId: user?.wachtwoord_hash ? user.id : null, email, adres });
      if (poging.blokkade) {
        const { soort, seconden } = poging.blokkade;
        await logSecurityEvent(db, 'aanmelding-geblokkeerd', { email, adres, gebruikerId: user?.id ?? null, details: { beperking: soort } });
        const minuten = Math.ceil(seconden / 60);
        return problem(
          c,
          429,
          `Te veel mislukte aanmeldpogingen. Wacht ${minuten === 1 ? '1 minuut' : `${minuten} minuten`} en probeer het dan opnieuw.`,
          {},
          { 'Retry-After': String(seconden) },
        );
      }
      const fail = async (reden: string) => {
        await logSecurityEvent(db, 'aanmelding-mislukt', { email, adres, gebruikerId: user?.id ?? null, details: { reden } });
        return problem(c, 401, 'Het e-mailadres of wachtwoord klopt niet.');
      };
      if (!user?.wachtwoord_hash) {
        await dummyVerify();
        return fail('onbekend-account');
      }
      if (!(await verifyPassword(wachtwoord, user.wachtwoord_hash))) return fail('wachtwoord');
      if (user.totp_geheim) {
        if (!code) {
          await poging.nietMislukt();
          return problem(c, 401, 'Vul de zescijferige code uit uw authenticator-app in.', { totpVereist: true } as never);
        }
        const stap = verifyTotp(user.totp_geheim, code, now());
        if (stap === null || (user.totp_laatste_stap !== null && stap <= Number(user.totp_laatste_stap))) {
          await logSecurityEvent(db, 'aanmelding-mislukt', { email, adres, gebruikerId: user.id, details: { reden: 'totp' } });
          return problem(c, 401, 'De code uit de authenticator-app klopt niet of is al gebruikt.', { totpVereist: true } as never);
        }
        await zetTotpLaatsteStap(db, user.id, stap);
      }
      if (needsRehash(user.wachtwoord_hash)) {
        await zetWachtwoordHash(db, user.id, await hashPassword(wachtwoord));
      }
      const totpRequired = options.production && (user.is_coordinator || user.is_beheerder) && !user.totp_geheim;
      await poging.gelukt();
      // A new session id at every sign-in (no session fixation).
      const old = c.get('sessie');
      if (old) await deleteSession(db, old.idHash);
      const { token } = await createSession(db, user.id, !totpRequired);
      setSessionCookie(c, token);
      await logSecurityEvent(db, 'aanmelding', { email, adres, gebruikerId: user.id });
      const sessie = await findSession(db, token);
      if (!sessie) throw new Error('Nieuwe sessie niet gevonden');
      return c.json(await presentSession(db, sessie), 201);
    },
  );

  routes.use('/sessies/huidig', requireUser(db, { allowPendingTotp: true }));
  routes.use('/gebruikers/huidig/*', requireUser(db, { allowPendingTotp: true }));

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/sessies/huidig',
      tags: [tag],
      summary: 'De huidige sessie: wie is aangemeld, en het CSRF-token',
      responses: {
        200: { content: { 'application/json': { schema: sessieSchema } }, description: 'Aangemeld.' },
        401: { content: problemContent, description: 'Niet aangemeld.' },
      },
    }),
    async (c) => {
      const sessie = c.get('sessie');
      if (!sessie) return problem(c, 401, 'Niet aangemeld.');
      return c.json(await presentSession(db, sessie), 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'delete',
      path: '/sessies/huidig',
      tags: [tag],
      summary: 'Afmelden',
      responses: {
        204: { description: 'Afgemeld; de sessie bestaat niet meer.' },
        401: { content: problemContent, description: 'Niet aangemeld.' },
        403: { content: problemContent, description: 'CSRF-token ontbreekt.' },
      },
    }),
    async (c) => {
      const sessie = c.get('sessie');
      if (!sessie) return problem(c, 401, 'Niet aangemeld.');
      await deleteSession(db, sessie.idHash);
      clearSessionCookie(c);
      await logSecurityEvent(db, 'afmelding', { gebruikerId: sessie.gebruiker.id, adres: clientAddress(c) });
      return c.body(null, 204);
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/gebruikers/huidig/totp-voorstellen',
      tags: [tag],
      summary: 'Een nieuw TOTP-geheim voorstellen (nog niet actief)',
      responses: {
        201: {
          content: { 'application/json': { schema: z.object({ geheim: z.string(), uri: z.string() }).openapi('TotpVoorstel') } },
          description: 'Scan de uri als QR-code of typ het geheim over in een authenticator-app.',
        },
        401: { content: problemContent, description: 'Niet aangemeld.' },
      },
    }),
    (c) => {
      const sessie = c.get('sessie');
      if (!sessie) return problem(c, 401, 'Niet aangemeld.');
      const geheim = generateTotpSecret();
      return c.json({ geheim, uri: totpUri(geheim, sessie.gebruiker.email) }, 201);
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/gebruikers/huidig/totp',
      tags: [tag],
      summary: 'TOTP activeren met het voorgestelde geheim en een geldige code',
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: z.object({ geheim: z.string().min(16).max(64), code: z.string().min(6).max(12) }) } },
        },
      },
      responses: {
        204: { description: 'Tweestapsverificatie staat aan.' },
        400: { content: problemContent, description: 'Code klopt niet.' },
        401: { content: problemContent, description: 'Niet aangemeld.' },
      },
    }),
    async (c) => {
      const sessie = c.get('sessie');
      if (!sessie) return problem(c, 401, 'Niet aangemeld.');
      const { geheim, code } = c.req.valid('json');
      let stap: number | null;
      try {
        stap = verifyTotp(geheim, code, now());
      } catch {
        stap = null;
      }
      if (stap === null) {
        return problem(c, 400, 'De code klopt niet bij dit geheim. Controleer de tijd op uw telefoon en probeer het opnieuw.', {
          invalidParams: [{ name: 'code', code: 'ongeldig', reason: 'De code klopt niet.' }],
        });
      }
      await activeerTotp(db, sessie.gebruiker.id, geheim, stap);
      await markeerSessieTotpVoldaan(db, sessie.idHash);
      await logSecurityEvent(db, 'totp-ingesteld', { gebruikerId: sessie.gebruiker.id, adres: clientAddress(c) });
      return c.body(null, 204);
    },
  );

  return routes;
}
