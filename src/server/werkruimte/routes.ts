import { createHash, randomBytes } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { GEMEENTECODE_PATROON, gemeenteBijCode } from '../../domain/gemeenten/gemeenten.ts';
import { controleerRegiogemeenten, MAX_REGIOGEMEENTEN, regiosoorten, regiosoortNamen } from '../../domain/regio/regio.ts';
import { mag, rolNamen, rollen } from '../../domain/toegang/rollen.ts';
import { type AppEnv, refuse, requireUser, lidVan } from '../toegang/middleware.ts';
import { checkPasswordPolicy, hashPassword } from '../toegang/password.ts';
import { createSession, magWerkruimteAanmaken, setSessionCookie } from '../toegang/session.ts';
import type { Db } from '../db/db.ts';
import { invitationMail, mailFailureReason, type Mailer } from '../mail/mailer.ts';
import { problem } from '../problem.ts';
import type { Hub } from '../realtime/hub.ts';
import { logSecurityEvent } from '../toegang/security-log.ts';
import { ifMatchHeader, protectedErrors, uuidParam, versionedWriteErrors, writeAndAnnounce } from '../api/common.ts';
import { validationHook } from '../api/validation.ts';
import { datumSchema } from '../api/schemas.ts';
import { etag, neemVersie } from '../api/versioning.ts';
import { publiekAdres } from '../toegang/verbinding.ts';
import { gebruikerIdBijEmail, maakGebruiker, organisatieMetNaam } from '../toegang/opslag.ts';
import { legWijzigingVast } from './geschiedenis.ts';
import { laadTaken } from './taken.ts';
import {
  createWorkspace,
  laadLeden,
  laadWerkruimte,
  laadWerkruimtesVan,
  lidVersieRij,
  maakUitnodiging,
  markeerUitnodigingGebruikt,
  vindUitnodiging,
  voegLidToe,
  verwijderLid,
  voegLokaleSectiesToe,
  type WerkruimteRij,
  werkruimteVersieRij,
  werkruimteZoalsOpgeslagen,
  wijzigLid,
  wijzigWerkruimte,
} from './opslag.ts';


const tag = 'Werkruimtes';
const INVITATION_DAYS = 14;

export const werkruimteSchema = z
  .object({
    id: z.string(),
    soort: z.enum(['ivp', 'project']),
    naam: z.string(),
    gemeentecode: z.string().openapi({ example: 'GM0193' }),
    gemeentenaam: z.string().openapi({ example: 'Zwolle' }),
    periodeStart: z.number().int().nullable().openapi({ example: 2027 }),
    periodeEinde: z.number().int().nullable().openapi({ example: 2030 }),
    deelnemendeGemeenten: z
      .array(z.object({ gemeentecode: z.string(), gemeentenaam: z.string() }))
      .openapi({ description: 'Bij een gezamenlijk IVP: de andere deelnemende gemeenten (stap 3a van de methode).' }),
    coalitieakkoord: z
      .string()
      .nullable()
      .openapi({ format: 'date', example: '2026-06-10', description: 'De datum van het coalitieakkoord van de zittende raad (IVP); de verkiezingen zelf volgen uit de Kieswet.' }),
    regio: z
      .object({
        soort: z.enum(regiosoorten),
        soortNaam: z.string(),
        gemeenten: z.array(z.object({ gemeentecode: z.string(), gemeentenaam: z.string() })),
      })
      .nullable()
      .openapi({ description: 'Een regionale werkruimte (politie-eenheid, district, veiligheidsregio, RIEC of vrije regio) met haar lidgemeenten; null voor een gemeentelijk plan of project.' }),
    deeltMetRegio: z.boolean().openapi({ description: "Een gemeentelijk IVP deelt zijn prioriteiten in concept met de regio's waarin de gemeente ligt (een vastgesteld IVP altijd)." }),
    naamInLandelijkBeeld: z.boolean().openapi({ description: 'De gemeente stemt in met haar naam in een landelijk beeld van prioriteiten; anders telt ze daar alleen mee in de aantallen.' }),
    versie: z.number().int(),
    mijnRol: z.enum(rollen),
    mijnVertrouwelijkToegang: z.boolean(),
  })
  .openapi('Werkruimte');

export const lidSchema = z
  .object({
    gebruikerId: z.string(),
    naam: z.string(),
    email: z.string(),
    organisatie: z.object({ id: z.string(), naam: z.string() }),
    rol: z.enum(rollen),
    vertrouwelijkToegang: z.boolean(),
    versie: z.number().int(),
  })
  .openapi('Lid');

const jaar = z.number().int().min(2000, 'Een jaartal vanaf 2000.').max(2100, 'Een jaartal tot en met 2100.');

const regiogemeentenSchema = z
  .array(z.string().trim().toUpperCase().regex(GEMEENTECODE_PATROON, 'Een CBS-gemeentecode is GM gevolgd door vier cijfers.'))
  .min(1, 'Een regio heeft ten minste één gemeente.')
  .max(MAX_REGIOGEMEENTEN, `Een regio telt hoogstens ${MAX_REGIOGEMEENTEN} gemeenten.`);

const werkruimteVelden = z.object({
  soort: z.enum(['ivp', 'project']).default('ivp').openapi({ description: 'ivp (het vierjarige plan) of project (een concrete aanpak).' }),
  naam: z.string().trim().min(3, 'Geef een naam van minstens 3 tekens.').max(200),
  gemeentecode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(GEMEENTECODE_PATROON, 'Een CBS-gemeentecode is GM gevolgd door vier cijfers, bv. GM0193.')
    .refine((code) => gemeenteBijCode(code) !== undefined, 'Geen gemeente met deze CBS-code (indeling 2024).')
    .openapi({ example: 'GM0193' }),
  periodeStart: jaar.openapi({ example: 2027 }),
  periodeEinde: jaar.openapi({ example: 2030 }),
  deelnemendeGemeenten: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(GEMEENTECODE_PATROON, 'Een CBS-gemeentecode is GM gevolgd door vier cijfers.')
        .refine((code) => gemeenteBijCode(code) !== undefined, 'Geen gemeente met deze CBS-code (indeling 2024).'),
    )
    .max(59, 'Een gezamenlijk plan telt hoogstens 60 gemeenten (de eigen en 59 andere).')
    .refine((codes) => new Set(codes).size === codes.length, 'Elke gemeente één keer.')
    .optional()
    .openapi({ description: 'Voor een gezamenlijk IVP: de CBS-codes van de andere gemeenten.', example: ['GM0200'] }),
  regio: z
    .object({
      soort: z.enum(regiosoorten, { message: `Kies de soort regio: ${regiosoorten.join(', ')}.` }),
      gemeenten: regiogemeentenSchema,
    })
    .optional()
    .openapi({ description: 'Maakt een regionale werkruimte: de soort regio en alle lidgemeenten (de eigen gemeente is de trekker en staat erbij).' }),
});

const eindNaStart = (p: { periodeStart?: number; periodeEinde?: number }) =>
  p.periodeStart === undefined || p.periodeEinde === undefined || p.periodeEinde >= p.periodeStart;
const eindNaStartFout = { message: 'Het eindjaar ligt voor het beginjaar.', path: ['periodeEinde'] };

const nietDeHoofdgemeente = (p: { gemeentecode?: string; deelnemendeGemeenten?: string[] }) => !p.gemeentecode || !p.deelnemendeGemeenten?.includes(p.gemeentecode);
const werkruimteInvoer = werkruimteVelden
  .refine(eindNaStart, eindNaStartFout)
  .refine((p) => !p.regio || p.soort === 'ivp', { message: 'Een regionale werkruimte is een plan (soort ivp), geen project.', path: ['regio'] })
  .refine((p) => !p.regio || !p.deelnemendeGemeenten?.length, { message: 'Een regio noemt haar gemeenten in regio.gemeenten; deelnemende gemeenten zijn voor een gezamenlijk IVP.', path: ['deelnemendeGemeenten'] })
  .refine(nietDeHoofdgemeente, { message: 'De eigen gemeente van de werkruimte staat al vast; noem alleen de andere gemeenten.', path: ['deelnemendeGemeenten'] });
const werkruimteWijziging = werkruimteVelden
  .pick({ naam: true, periodeStart: true, periodeEinde: true, deelnemendeGemeenten: true })
  .extend({
    regiogemeenten: regiogemeentenSchema.optional().openapi({ description: 'Alleen bij een regionale werkruimte: alle lidgemeenten, de trekker inbegrepen.' }),
    deeltMetRegio: z.boolean().optional().openapi({ description: "Alleen bij een gemeentelijk IVP: deel de prioriteiten in concept met de regio's waarin de gemeente ligt." }),
    naamInLandelijkBeeld: z.boolean().optional().openapi({ description: 'Alleen bij een gemeentelijk IVP: de gemeente stemt in met haar naam in een landelijk beeld van prioriteiten.' }),
    coalitieakkoord: datumSchema
      .nullable()
      .openapi({ description: 'De datum van het coalitieakkoord (het IVP bouwt erop voort); null wist hem.', example: '2026-06-10' }),
  })
  .partial()
  .refine(eindNaStart, eindNaStartFout);

const takenSchema = z
  .object({
    werkruimtes: z.array(
      z.object({
        id: z.string(),
        naam: z.string(),
        soort: z.enum(['ivp', 'project']),
        rol: z.enum(rollen),
        stappen: z
          .array(z.object({ stap: z.number().int(), status: z.string(), teLaat: z.boolean() }))
          .nullable()
          .openapi({ description: 'De zes stappen met hun stand; null voor een project en voor wie de cyclus niet mag lezen.' }),
        secties: z
          .array(z.object({ sleutel: z.string(), titel: z.string(), ingevuld: z.boolean(), openOpmerkingen: z.number().int() }))
          .openapi({ description: 'Secties die aan uw organisatie zijn toegewezen en die u mag bewerken.' }),
        maatregelen: z
          .array(z.object({ id: z.string(), naam: z.string(), jaar: z.number().int(), status: z.string(), teLaat: z.boolean(), bijgewerktOp: z.string().nullable() }))
          .openapi({ description: 'Lopende maatregelen waarvan u eigenaar bent.' }),
        indicatoren: z.array(z.object({ id: z.string(), naam: z.string(), laatsteMetingOp: z.string().nullable() })).openapi({ description: 'Indicatoren waarvan u eigenaar bent.' }),
      }),
    ),
  })
  .openapi('Taken');

function presentWorkspace(r: WerkruimteRij) {
  return {
    id: r.id,
    soort: r.soort,
    naam: r.naam,
    gemeentecode: r.cbs_code,
    gemeentenaam: r.gemeente_naam,
    periodeStart: r.periode_van,
    periodeEinde: r.periode_tot,
    deelnemendeGemeenten: r.deelnemers.map((code) => ({ gemeentecode: code, gemeentenaam: gemeenteBijCode(code)?.naam ?? code })),
    coalitieakkoord: r.coalitieakkoord,
    regio: r.regiosoort
      ? { soort: r.regiosoort, soortNaam: regiosoortNamen[r.regiosoort], gemeenten: r.regiogemeenten.map((code) => ({ gemeentecode: code, gemeentenaam: gemeenteBijCode(code)?.naam ?? code })) }
      : null,
    deeltMetRegio: r.deelt_met_regio,
    naamInLandelijkBeeld: r.landelijk_bij_naam,
    versie: r.versie,
    mijnRol: r.rol,
    mijnVertrouwelijkToegang: r.vertrouwelijk_toegang,
  };
}

export function werkruimtesRoutes(db: Db, hub: Hub, options: { mailer?: Mailer | null } = {}) {
  const mailer = options.mailer ?? null;
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes', requireUser(db));
  routes.use('/werkruimtes/*', requireUser(db));
  routes.use('/taken', requireUser(db));

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/taken',
      tags: [tag],
      summary: 'Uw taken in al uw werkruimtes',
      description:
        'Per werkruimte waarvan u lid bent: de stand van de zes stappen, de secties die aan uw organisatie zijn toegewezen en die u mag bewerken, en de lopende maatregelen en indicatoren waarvan u eigenaar bent. Vertrouwelijke onderdelen alleen met toegang vertrouwelijk.',
      request: {
        query: z.object({
          werkruimteId: z.uuid().optional().openapi({ description: 'Alleen de taken in deze werkruimte (een werkruimte waarvan u geen lid bent, geeft een lege lijst).' }),
        }),
      },
      responses: {
        200: { content: { 'application/json': { schema: takenSchema } }, description: 'Uw taken.' },
        401: protectedErrors[401],
      },
    }),
    async (c) => {
      const gebruiker = c.get('sessie')!.gebruiker;
      const { werkruimteId } = c.req.valid('query');
      const vandaag = new Date().toISOString().slice(0, 10);
      return c.json({ werkruimtes: await laadTaken(db, gebruiker, vandaag, werkruimteId) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes',
      tags: [tag],
      summary: 'De werkruimtes waarvan u lid bent',
      responses: {
        200: { content: { 'application/json': { schema: z.object({ werkruimtes: z.array(werkruimteSchema) }) } }, description: 'Uw werkruimtes.' },
        401: protectedErrors[401],
      },
    }),
    async (c) => {
      const gebruiker = c.get('sessie')!.gebruiker;
      const werkruimtes = await laadWerkruimtesVan(db, gebruiker.id);
      return c.json({ werkruimtes: werkruimtes.map(presentWorkspace) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes',
      tags: [tag],
      summary: 'Een werkruimte aanmaken (u wordt coördinator)',
      description:
        'Alleen beheerders en coördinatoren van een gemeente: medewerkers van een gemeente die in minstens één werkruimte coördinator zijn. Per thema komt er een analysesectie.',
      request: { body: { required: true, content: { 'application/json': { schema: werkruimteInvoer } } } },
      responses: {
        201: { content: { 'application/json': { schema: werkruimteSchema } }, description: 'Aangemaakt.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const sessie = c.get('sessie')!;
      const input = c.req.valid('json');
      if (!(await magWerkruimteAanmaken(db, sessie.gebruiker))) {
        return refuse(c, db, 'Alleen een coördinator van de gemeente of een beheerder maakt een werkruimte aan. Vraag de coördinator om een nieuwe werkruimte, of om een uitnodiging als coördinator.');
      }
      if (input.regio) {
        const problemen = controleerRegiogemeenten(input.regio.gemeenten, input.gemeentecode, (code) => gemeenteBijCode(code) !== undefined);
        if (problemen.length) return problem(c, 400, problemen[0]!.reden, { invalidParams: problemen.map((p) => ({ name: p.veld, code: 'regio', reason: p.reden })) });
      }
      const id = await db.transaction((tx) => createWorkspace(tx, input, sessie.gebruiker.id));
      const ws = await laadWerkruimte(db, id, sessie.gebruiker.id);
      c.header('ETag', etag(1));
      c.header('Location', `/api/v1/werkruimtes/${id}`);
      return c.json(presentWorkspace(ws!), 201);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}',
      tags: [tag],
      summary: 'Eén werkruimte',
      request: { params: z.object({ werkruimteId: uuidParam('werkruimteId') }) },
      responses: { 200: { content: { 'application/json': { schema: werkruimteSchema } }, description: 'De werkruimte, met ETag.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const member = await lidVan(c, db, werkruimteId);
      if (!member || !mag(member, 'werkruimte.lezen')) return problem(c, 404, 'Deze werkruimte bestaat niet of u bent er geen lid van.');
      const ws = await laadWerkruimte(db, werkruimteId, member.gebruikerId);
      c.header('ETag', etag(ws!.versie));
      return c.json(presentWorkspace(ws!), 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'patch',
      path: '/werkruimtes/{werkruimteId}',
      tags: [tag],
      summary: 'Naam, planperiode, deelnemende gemeenten of datum van het coalitieakkoord wijzigen (coördinator)',
      request: {
        params: z.object({ werkruimteId: uuidParam('werkruimteId') }),
        headers: ifMatchHeader,
        body: { required: true, content: { 'application/json': { schema: werkruimteWijziging } } },
      },
      responses: { 200: { content: { 'application/json': { schema: werkruimteSchema } }, description: 'Gewijzigd.' }, ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, 'Deze werkruimte bestaat niet of u bent er geen lid van.');
      if (!mag(member, 'werkruimte.wijzigen')) return refuse(c, db, 'Alleen de coördinator kan de werkruimte wijzigen.');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const genomen = await neemVersie(c, tx, werkruimteVersieRij(werkruimteId), async () => {
          const nu = await laadWerkruimte(tx, werkruimteId, member.gebruikerId);
          return nu ? { versie: nu.versie, body: presentWorkspace(nu) } : null;
        });
        if (!genomen.ok) return genomen.response;
        const before = await werkruimteZoalsOpgeslagen(tx, werkruimteId);
        const current = (await laadWerkruimte(tx, werkruimteId, member.gebruikerId))!;
        const start = body.periodeStart ?? current.periode_van;
        const einde = body.periodeEinde ?? current.periode_tot;
        if (start !== null && einde !== null && einde < start) {
          return problem(c, 400, `Het eindjaar (${einde}) ligt voor het beginjaar (${start}).`, {
            invalidParams: [{ name: body.periodeEinde !== undefined ? 'periodeEinde' : 'periodeStart', code: 'volgorde', reason: 'Het eindjaar ligt voor het beginjaar.' }],
          });
        }
        if (body.deelnemendeGemeenten?.includes(current.cbs_code)) {
          return problem(c, 400, 'De eigen gemeente van de werkruimte staat al vast; noem alleen de andere gemeenten.', {
            invalidParams: [{ name: 'deelnemendeGemeenten', code: 'hoofdgemeente', reason: `${current.cbs_code} is de eigen gemeente van de werkruimte.` }],
          });
        }
        if (body.regiogemeenten && !current.regiosoort) {
          return problem(c, 400, 'Alleen een regionale werkruimte heeft lidgemeenten.', { invalidParams: [{ name: 'regiogemeenten', code: 'geen-regio', reason: 'Deze werkruimte is geen regio.' }] });
        }
        if (body.regiogemeenten) {
          const problemen = controleerRegiogemeenten(body.regiogemeenten, current.cbs_code, (code) => gemeenteBijCode(code) !== undefined).map((p) => ({ ...p, veld: p.veld.replace('regio.gemeenten', 'regiogemeenten') }));
          if (problemen.length) return problem(c, 400, problemen[0]!.reden, { invalidParams: problemen.map((p) => ({ name: p.veld, code: 'regio', reason: p.reden })) });
        }
        if (body.naamInLandelijkBeeld !== undefined && (current.regiosoort || current.soort !== 'ivp')) {
          return problem(c, 400, 'Alleen een gemeentelijk IVP stemt in met de naam van de gemeente in een landelijk beeld.', { invalidParams: [{ name: 'naamInLandelijkBeeld', code: 'geen-ivp', reason: 'Deze werkruimte is een regio of een project.' }] });
        }
        if (body.deeltMetRegio !== undefined && (current.regiosoort || current.soort !== 'ivp')) {
          return problem(c, 400, "Alleen een gemeentelijk IVP deelt zijn prioriteiten met de regio's.", { invalidParams: [{ name: 'deeltMetRegio', code: 'geen-ivp', reason: 'Deze werkruimte is een regio of een project.' }] });
        }
        if (body.deelnemendeGemeenten?.length && current.regiosoort) {
          return problem(c, 400, 'Een regio noemt haar gemeenten in regiogemeenten.', { invalidParams: [{ name: 'deelnemendeGemeenten', code: 'regio', reason: 'Deelnemende gemeenten zijn voor een gezamenlijk IVP.' }] });
        }
        await wijzigWerkruimte(tx, werkruimteId, body);
        if (body.deelnemendeGemeenten?.length && !current.regiosoort) await voegLokaleSectiesToe(tx, werkruimteId, [current.cbs_code, ...body.deelnemendeGemeenten], member.gebruikerId);
        await legWijzigingVast(tx, { werkruimteId, sleutel: null, gebruikerId: member.gebruikerId, soort: 'werkruimte.gewijzigd', voor: before, na: body });
        const updated = (await laadWerkruimte(tx, werkruimteId, member.gebruikerId))!;
        c.header('ETag', etag(updated.versie));
        announce({ type: 'werkruimte', werkruimteId, id: werkruimteId, versie: updated.versie });
        return c.json(presentWorkspace(updated), 200);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/leden',
      tags: [tag],
      summary: 'De leden van een werkruimte met hun rol',
      request: { params: z.object({ werkruimteId: uuidParam('werkruimteId') }) },
      responses: { 200: { content: { 'application/json': { schema: z.object({ leden: z.array(lidSchema) }) } }, description: 'De leden.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, 'Deze werkruimte bestaat niet of u bent er geen lid van.');
      if (!mag(member, 'leden.lezen')) return refuse(c, db, 'Uw rol mag de ledenlijst niet zien.');
      return c.json({ leden: await laadLeden(db, werkruimteId) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'patch',
      path: '/werkruimtes/{werkruimteId}/leden/{gebruikerId}',
      tags: [tag],
      summary: 'Rol of toegang tot vertrouwelijke secties van een lid wijzigen (coördinator)',
      request: {
        params: z.object({ werkruimteId: uuidParam('werkruimteId'), gebruikerId: uuidParam('gebruikerId') }),
        headers: ifMatchHeader,
        body: { required: true, content: { 'application/json': { schema: z.object({ rol: z.enum(rollen).optional(), vertrouwelijkToegang: z.boolean().optional() }) } } },
      },
      responses: { 200: { content: { 'application/json': { schema: lidSchema } }, description: 'Gewijzigd.' }, 409: protectedErrors[400], ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, gebruikerId } = c.req.valid('param');
      const body = c.req.valid('json');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, 'Deze werkruimte bestaat niet of u bent er geen lid van.');
      if (!mag(member, 'leden.beheren')) return refuse(c, db, 'Alleen de coördinator beheert de leden.');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        if (!(await laadLeden(tx, werkruimteId)).some((l) => l.gebruikerId === gebruikerId)) return problem(c, 404, 'Deze persoon is geen lid van de werkruimte.');
        // Two coordinators changing the same member from one version cannot both win.
        const genomen = await neemVersie(c, tx, lidVersieRij(werkruimteId, gebruikerId), async () => {
          const nu = (await laadLeden(tx, werkruimteId)).find((l) => l.gebruikerId === gebruikerId);
          return nu ? { versie: nu.versie, body: nu } : null;
        });
        if (!genomen.ok) return genomen.response;
        const leden = await laadLeden(tx, werkruimteId);
        const target = leden.find((l) => l.gebruikerId === gebruikerId)!;
        const coordinators = leden.filter((l) => l.rol === 'coordinator').length;
        if (target.rol === 'coordinator' && body.rol && body.rol !== 'coordinator' && coordinators === 1) {
          return problem(c, 409, 'Een werkruimte houdt minstens één coördinator. Maak eerst iemand anders coördinator.');
        }
        await wijzigLid(tx, werkruimteId, gebruikerId, body);
        await legWijzigingVast(tx, { werkruimteId, sleutel: null, gebruikerId: member.gebruikerId, soort: 'lid.gewijzigd', voor: target, na: body });
        await logSecurityEvent(tx, 'rol-gewijzigd', {
          gebruikerId: member.gebruikerId,
          details: { werkruimteId, lid: gebruikerId, van: { rol: target.rol, vertrouwelijkToegang: target.vertrouwelijkToegang }, naar: body },
        });
        const updated = (await laadLeden(tx, werkruimteId)).find((l) => l.gebruikerId === gebruikerId)!;
        announce({ type: 'lid', werkruimteId, id: gebruikerId, versie: updated.versie, gebruikerId });
        c.header('ETag', etag(updated.versie));
        return c.json(updated, 200);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'delete',
      path: '/werkruimtes/{werkruimteId}/leden/{gebruikerId}',
      tags: [tag],
      summary: 'Een lid uit de werkruimte halen (coördinator)',
      request: { params: z.object({ werkruimteId: uuidParam('werkruimteId'), gebruikerId: uuidParam('gebruikerId') }), headers: ifMatchHeader },
      responses: { 204: { description: 'Verwijderd.' }, 409: protectedErrors[400], ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, gebruikerId } = c.req.valid('param');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, 'Deze werkruimte bestaat niet of u bent er geen lid van.');
      if (!mag(member, 'leden.beheren')) return refuse(c, db, 'Alleen de coördinator beheert de leden.');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        if (!(await laadLeden(tx, werkruimteId)).some((l) => l.gebruikerId === gebruikerId)) return problem(c, 404, 'Deze persoon is geen lid van de werkruimte.');
        // Two coordinators changing the same member from one version cannot both win.
        const genomen = await neemVersie(c, tx, lidVersieRij(werkruimteId, gebruikerId), async () => {
          const nu = (await laadLeden(tx, werkruimteId)).find((l) => l.gebruikerId === gebruikerId);
          return nu ? { versie: nu.versie, body: nu } : null;
        });
        if (!genomen.ok) return genomen.response;
        const leden = await laadLeden(tx, werkruimteId);
        const target = leden.find((l) => l.gebruikerId === gebruikerId)!;
        if (target.rol === 'coordinator' && leden.filter((l) => l.rol === 'coordinator').length === 1) {
          return problem(c, 409, 'De laatste coördinator kan niet weg. Maak eerst iemand anders coördinator.');
        }
        await verwijderLid(tx, werkruimteId, gebruikerId);
        await legWijzigingVast(tx, { werkruimteId, sleutel: null, gebruikerId: member.gebruikerId, soort: 'lid.verwijderd', voor: target });
        await logSecurityEvent(tx, 'lid-verwijderd', { gebruikerId: member.gebruikerId, details: { werkruimteId, lid: gebruikerId } });
        announce({ type: 'lid', werkruimteId, id: gebruikerId, gebruikerId });
        return c.body(null, 204);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/uitnodigingen',
      tags: [tag],
      summary: 'Iemand uitnodigen per e-mailadres (coördinator); de link is om te kopiëren',
      request: {
        params: z.object({ werkruimteId: uuidParam('werkruimteId') }),
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.object({ email: z.email().toLowerCase(), rol: z.enum(rollen), vertrouwelijkToegang: z.boolean().default(false) }),
            },
          },
        },
      },
      responses: {
        201: {
          content: {
            'application/json': {
              schema: z
                .object({
                  id: z.string(),
                  email: z.string(),
                  rol: z.enum(rollen),
                  link: z.string(),
                  verlooptOp: z.string(),
                  gemaild: z.boolean().openapi({ description: 'True als de link per e-mail naar de genodigde is gestuurd.' }),
                  mailstatus: z.enum(['verstuurd', 'mislukt', 'niet-ingesteld']).openapi({
                    description: 'niet-ingesteld: deze installatie verstuurt geen e-mail (SMTP_URL ontbreekt); mislukt: de uitnodiging is bewaard maar de e-mail kwam niet weg.',
                  }),
                })
                .openapi('Uitnodiging'),
            },
          },
          description: 'Uitnodiging gemaakt; de link is om te kopiëren en is, als e-mail is ingesteld, ook gemaild.',
        },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, 'Deze werkruimte bestaat niet of u bent er geen lid van.');
      if (!mag(member, 'leden.beheren')) return refuse(c, db, 'Alleen de coördinator nodigt mensen uit.');
      const token = randomBytes(24).toString('base64url');
      const verlooptOp = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
      const id = await maakUitnodiging(db, {
        werkruimteId,
        email: body.email,
        rol: body.rol,
        vertrouwelijkToegang: body.vertrouwelijkToegang,
        tokenHash: createHash('sha256').update(token).digest('hex'),
        uitgenodigdDoor: member.gebruikerId,
        verlooptOp,
      });
      const origin = publiekAdres(c);
      const link = `${origin}/uitnodiging/${token}`;
      let mailstatus: 'verstuurd' | 'mislukt' | 'niet-ingesteld' = 'niet-ingesteld';
      if (mailer) {
        const ws = await laadWerkruimte(db, werkruimteId, member.gebruikerId);
        const sessie = c.get('sessie')!;
        try {
          await mailer.send(
            invitationMail({
              aan: body.email,
              werkruimte: ws?.naam ?? 'Kernplan',
              uitnodiger: `${sessie.gebruiker.naam} (${sessie.gebruiker.organisatieNaam})`,
              rol: rolNamen[body.rol],
              link,
              verlooptOp,
            }),
          );
          mailstatus = 'verstuurd';
        } catch (err) {
          // The invitation is stored; the coordinator can still copy the link. No address, link or credentials in the log.
          console.warn(`Uitnodiging ${id} is bewaard, maar de e-mail kon niet worden verstuurd (${mailFailureReason(err)}).`);
          mailstatus = 'mislukt';
        }
      }
      return c.json(
        { id, email: body.email, rol: body.rol, link, verlooptOp: verlooptOp.toISOString(), gemaild: mailstatus === 'verstuurd', mailstatus },
        201,
      );
    },
  );

  return routes;
}

/** Accepting an invitation: signed in with the invited address, or creating a new account with it. */
export function uitnodigingenRoutes(db: Db, hub: Hub) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.openapi(
    createRoute({
      method: 'post',
      path: '/uitnodigingen/{token}/acceptaties',
      tags: [tag],
      summary: 'Een uitnodiging aannemen',
      description:
        'Aangemeld met het uitgenodigde e-mailadres: u wordt lid. Niet aangemeld en nog geen account: geef naam, organisatie en een wachtwoord van minstens 12 tekens.',
      request: {
        params: z.object({ token: z.string().openapi({ param: { name: 'token', in: 'path' } }) }),
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.object({
                naam: z.string().trim().min(2).max(120).optional(),
                organisatie: z.string().trim().min(2).max(120).optional(),
                wachtwoord: z.string().max(256).optional(),
              }),
            },
          },
        },
      },
      responses: {
        201: { content: { 'application/json': { schema: z.object({ werkruimteId: z.string() }) } }, description: 'U bent lid.' },
        ...protectedErrors,
        409: protectedErrors[400],
        410: protectedErrors[404],
      },
    }),
    async (c) => {
      const { token } = c.req.valid('param');
      const body = c.req.valid('json');
      const inv = await vindUitnodiging(db, createHash('sha256').update(token).digest('hex'));
      if (!inv) return problem(c, 404, 'Deze uitnodiging bestaat niet. Controleer of u de hele link hebt gekopieerd.');
      if (inv.geaccepteerd_op || new Date(inv.verloopt_op).getTime() < Date.now()) {
        return problem(c, 410, 'Deze uitnodiging is al gebruikt of verlopen. Vraag de coördinator om een nieuwe.');
      }
      const sessie = c.get('sessie');
      let gebruikerId: string;
      if (sessie) {
        if (sessie.gebruiker.email !== inv.email) {
          return refuse(c, db, `Deze uitnodiging is voor ${inv.email}; u bent aangemeld als ${sessie.gebruiker.email}.`);
        }
        gebruikerId = sessie.gebruiker.id;
      } else {
        if ((await gebruikerIdBijEmail(db, inv.email)) !== undefined) return problem(c, 401, `Er is al een account voor ${inv.email}. Meld u eerst aan en open de link opnieuw.`);
        const missing = (['naam', 'organisatie', 'wachtwoord'] as const).filter((k) => !body[k]);
        if (missing.length > 0) {
          return problem(c, 400, `Vul ook in: ${missing.join(', ')}.`, {
            invalidParams: missing.map((name) => ({ name, code: 'verplicht', reason: 'Verplicht voor een nieuw account.' })),
          });
        }
        const policy = checkPasswordPolicy(body.wachtwoord!);
        if (policy) return problem(c, 400, policy, { invalidParams: [{ name: 'wachtwoord', code: 'beleid', reason: policy }] });
        const hash = await hashPassword(body.wachtwoord!);
        gebruikerId = await db.transaction(async (tx) => {
          const organisatieId = (await organisatieMetNaam(tx, body.organisatie!, 'overig'))!;
          return maakGebruiker(tx, { email: inv.email, naam: body.naam!, organisatieId, wachtwoordHash: hash });
        });
      }
      const added = await db.transaction(async (tx) => {
        if (!(await markeerUitnodigingGebruikt(tx, inv.id))) return false;
        await voegLidToe(tx, inv.werkruimte_id, gebruikerId, inv.rol, inv.vertrouwelijk_toegang);
        await logSecurityEvent(tx, 'lid-toegevoegd', { gebruikerId, email: inv.email, details: { werkruimteId: inv.werkruimte_id, rol: inv.rol } });
        return true;
      });
      if (!added) return problem(c, 410, 'Deze uitnodiging is al gebruikt.');
      if (!sessie) {
        const { token: sessionTokenValue } = await createSession(db, gebruikerId, true);
        setSessionCookie(c, sessionTokenValue);
      }
      await hub.publish({ type: 'lid', werkruimteId: inv.werkruimte_id, id: gebruikerId });
      return c.json({ werkruimteId: inv.werkruimte_id }, 201);
    },
  );
  return routes;
}
