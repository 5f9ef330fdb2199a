import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Analyse } from '../../domain/cyclus/inhoud.ts';
import { sectieSoort, volledigeAnalyse } from '../../domain/cyclus/stand.ts';
import { isThemaId } from '../../domain/kennisbank/kennisbank.ts';
import { vindMethode } from '../../domain/methoden/catalogus.ts';
import { vindPersoonsgegevens } from '../../domain/privacy/persoonsgegevens.ts';
import { mag, magOpmerkingOplossen, magSectieBewerken, magSectieZien } from '../../domain/toegang/rollen.ts';
import { type AppEnv, refuse, requireUser, lidVan } from '../toegang/middleware.ts';
import type { Db, Queryable } from '../db/db.ts';
import { problem } from '../problem.ts';
import type { Hub } from '../realtime/hub.ts';
import type { Kamers } from '../teksten/kamers.ts';
import { uitPlatteTekst } from '../../domain/tekst/rijk.ts';
import { type Member, type SectionRow, toAccess } from '../toegang/lidmaatschap.ts';
import { ifMatchHeader, protectedErrors, uuidParam, versionedWriteErrors, writeAndAnnounce } from '../api/common.ts';
import { validationHook } from '../api/validation.ts';
import { etag, neemVersie } from '../api/versioning.ts';
import { legWijzigingVast } from '../werkruimte/geschiedenis.ts';
import {
  bewaarSectie,
  laadOpmerkingen,
  laadSectie,
  laadSecties,
  laadSectieWijzigingen,
  opmerkingVersieRij,
  plaatsOpmerking,
  sectieNaVersie,
  sectieVersieRij,
  tekstUitWijziging,
  vindOpmerking,
  zetOpmerkingOpgelost,
  zetSectieTekst,
} from './opslag.ts';

const tag = 'Samenwerken';
const MAX_TEKST = 100_000;

export const analyseSchema = z
  .object({
    cijfers: z
      .array(
        z.object({
          omschrijving: z.string().trim().min(1, 'Geef een omschrijving.').max(300),
          waarde: z.number().finite(),
          eenheid: z.string().trim().max(60),
          periode: z.string().trim().min(1, 'Geef het jaar of de periode.').max(30),
          bron: z.string().trim().min(1, 'Geef de bron.').max(200),
        }),
      )
      .max(60),
    huidigeAanpak: z.string().max(MAX_TEKST),
    maatregelen: z
      .array(
        z.object({
          naam: z.string().trim().min(1, 'Geef de maatregel een naam.').max(300),
          methodeId: z
            .string()
            .nullable()
            .refine((id) => id === null || vindMethode(id) !== undefined, 'Deze methode staat niet in de catalogus.'),
        }),
      )
      .max(60),
    extra: z.string().max(MAX_TEKST),
    plausibeleThemas: z.array(z.string().refine((t): boolean => isThemaId(t), 'Onbekend thema; gebruik 1.1 tot en met 5.5.')).max(22),
  })
  .openapi('Analyse');


export const sectieSchema = z
  .object({
    sleutel: z.string(),
    titel: z.string(),
    tekst: z.string(),
    soort: z.enum(['thema-veld-1', 'thema', 'aspect', 'veld', 'lokaal']).nullable(),
    analyse: analyseSchema,
    vertrouwelijk: z.boolean(),
    toegewezenOrganisatie: z.object({ id: z.string(), naam: z.string() }).nullable(),
    versie: z.number().int(),
    bijgewerktOp: z.string(),
    bijgewerktDoor: z.string().nullable(),
    openOpmerkingen: z.number().int(),
    magBewerken: z.boolean(),
  })
  .openapi('Sectie');

export const opmerkingSchema = z
  .object({
    id: z.string(),
    sectie: z.string(),
    auteur: z.object({ id: z.string(), naam: z.string() }),
    tekst: z.string(),
    aangemaaktOp: z.string(),
    opgelost: z.boolean(),
    opgelostOp: z.string().nullable(),
    versie: z.number().int(),
  })
  .openapi('Opmerking');

const wijzigingSchema = z
  .object({
    id: z.number().int(),
    tijdstip: z.string(),
    soort: z.string(),
    gebruiker: z.string().nullable(),
    voor: z.unknown(),
    na: z.unknown(),
    reden: z.string().nullable(),
  })
  .openapi('Wijziging');

const vondstSchema = z.object({ soort: z.string(), fragment: z.string(), uitleg: z.string() });

/** The free texts of an analysis, for the check on personal data. */
function analyseTeksten(a: Partial<Analyse> | undefined): string[] {
  if (!a) return [];
  return [
    a.huidigeAanpak ?? '',
    a.extra ?? '',
    ...(a.cijfers ?? []).flatMap((c) => [c.omschrijving, c.bron]),
    ...(a.maatregelen ?? []).map((m) => m.naam),
  ];
}

const iso = (d: Date | string) => new Date(d).toISOString();

function presentSection(s: SectionRow, member: Member) {
  return {
    sleutel: s.sleutel,
    titel: s.titel,
    tekst: s.tekst,
    soort: sectieSoort(s.sleutel),
    analyse: volledigeAnalyse(s.analyse),
    vertrouwelijk: s.vertrouwelijk,
    toegewezenOrganisatie: s.toegewezen_organisatie_id ? { id: s.toegewezen_organisatie_id, naam: s.toegewezen_organisatie_naam ?? '' } : null,
    versie: s.versie,
    bijgewerktOp: iso(s.bijgewerkt_op),
    bijgewerktDoor: s.bijgewerkt_door_naam,
    openOpmerkingen: s.open_opmerkingen,
    magBewerken: magSectieBewerken(member, toAccess(s)),
  };
}

const notVisible = 'Deze sectie bestaat niet of is niet zichtbaar voor u.';
const noWorkspace = 'Deze werkruimte bestaat niet of u bent er geen lid van.';

export function sectiesRoutes(db: Db, hub: Hub, kamers: Kamers) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));

  const params = z.object({ werkruimteId: uuidParam('werkruimteId'), sleutel: z.string().openapi({ param: { name: 'sleutel', in: 'path' }, example: 'thema-5.2' }) });

  /** Resolves member and a visible section, or the answer to give instead. */
  async function memberAndSection(c: Parameters<Parameters<typeof routes.openapi>[1]>[0], werkruimteId: string, sleutel: string, tx: Queryable = db) {
    const member = await lidVan(c, tx, werkruimteId);
    const fail = (response: Response) => ({ ok: false as const, response });
    if (!member) return fail(problem(c, 404, noWorkspace));
    const section = await laadSectie(tx, werkruimteId, sleutel);
    // A confidential section is not there for who may not see it: 404, not 403, so its existence does not leak.
    if (!section || !magSectieZien(member, toAccess(section))) {
      if (!mag(member, 'secties.lezen')) return fail(await refuse(c, tx, 'Uw rol mag de analyse niet lezen.'));
      return fail(problem(c, 404, notVisible));
    }
    return { ok: true as const, member, section };
  }

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/secties',
      tags: [tag],
      summary: 'De secties (analyse per thema) die u mag zien',
      request: { params: z.object({ werkruimteId: uuidParam('werkruimteId') }) },
      responses: { 200: { content: { 'application/json': { schema: z.object({ secties: z.array(sectieSchema) }) } }, description: 'Zichtbare secties.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, noWorkspace);
      if (!mag(member, 'secties.lezen')) return refuse(c, db, 'Uw rol mag de analyse niet lezen.');
      const secties = await laadSecties(db, werkruimteId);
      return c.json({ secties: secties.filter((s) => magSectieZien(member, toAccess(s))).map((s) => presentSection(s, member)) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/secties/{sleutel}',
      tags: [tag],
      summary: 'Eén sectie, met ETag',
      request: { params },
      responses: { 200: { content: { 'application/json': { schema: sectieSchema } }, description: 'De sectie.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, sleutel } = c.req.valid('param');
      const r = await memberAndSection(c, werkruimteId, sleutel);
      if (!r.ok) return r.response as never;
      c.header('ETag', etag(r.section.versie));
      return c.json(presentSection(r.section, r.member), 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'patch',
      path: '/werkruimtes/{werkruimteId}/secties/{sleutel}',
      tags: [tag],
      summary: 'Tekst van een sectie wijzigen, of (coördinator) vertrouwelijkheid en toewijzing',
      description:
        'Stuur If-Match met de versie waarop u werkte. Lijkt de tekst persoonsgegevens te bevatten, dan volgt 422 met `vondsten` ' +
        'en wordt niets opgeslagen; stuur `persoonsgegevensGecontroleerd: true` om toch op te slaan.',
      request: {
        params,
        headers: ifMatchHeader,
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.object({
                tekst: z.string().max(MAX_TEKST).optional(),
                analyse: analyseSchema.partial().optional(),
                reden: z.string().trim().max(500).optional(),
                persoonsgegevensGecontroleerd: z.boolean().optional(),
                vertrouwelijk: z.boolean().optional(),
                toegewezenOrganisatieId: z.uuid().nullable().optional(),
              }),
            },
          },
        },
      },
      responses: {
        200: { content: { 'application/json': { schema: sectieSchema } }, description: 'Opgeslagen; nieuwe ETag.' },
        422: {
          content: { 'application/problem+json': { schema: z.object({ detail: z.string(), vondsten: z.array(vondstSchema) }) } },
          description: 'De tekst lijkt persoonsgegevens te bevatten; niets opgeslagen.',
        },
        ...versionedWriteErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, sleutel } = c.req.valid('param');
      const body = c.req.valid('json');
      const settings = body.vertrouwelijk !== undefined || body.toegewezenOrganisatieId !== undefined;
      if (body.tekst === undefined && body.analyse === undefined && !settings) {
        return problem(c, 400, 'Geef een nieuwe tekst of nieuwe instellingen mee.', {
          invalidParams: [{ name: 'tekst', code: 'verplicht', reason: 'Geef tekst, vertrouwelijk of toegewezenOrganisatieId.' }],
        });
      }
      const teControleren = [body.tekst ?? '', ...analyseTeksten(body.analyse)].filter(Boolean).join('\n');
      if (teControleren && !body.persoonsgegevensGecontroleerd) {
        const vondsten = vindPersoonsgegevens(teControleren);
        if (vondsten.length > 0) {
          return problem(
            c,
            422,
            'De tekst lijkt persoonsgegevens te bevatten. Een veiligheidsplan bevat alleen geaggregeerde cijfers en beleid. Pas de tekst aan, of bevestig dat het geen gegevens over inwoners zijn.',
            { vondsten: vondsten.map((v) => ({ soort: v.soort, fragment: v.fragment, uitleg: v.uitleg })) } as never,
          );
        }
      }
      const antwoord = await writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const r = await memberAndSection(c, werkruimteId, sleutel, tx);
        if (!r.ok) return r.response as never;
        const { member } = r;
        const tekstWijziging = body.tekst !== undefined || body.analyse !== undefined;
        if (tekstWijziging && !magSectieBewerken(member, toAccess(r.section))) {
          return refuse(
            c,
            tx,
            member.rol === 'partner'
              ? 'Als partner bewerkt u alleen de thema\'s die aan uw organisatie zijn toegewezen.'
              : 'Uw rol mag deze sectie niet bewerken.',
            { sectie: sleutel },
          );
        }
        if (settings && !mag(member, 'sectie.instellen')) {
          return refuse(c, tx, 'Alleen de coördinator stelt vertrouwelijkheid en toewijzing in.', { sectie: sleutel });
        }
        const genomen = await neemVersie(c, tx, sectieVersieRij(werkruimteId, sleutel, member.gebruikerId), async () => {
          const nu = await laadSectie(tx, werkruimteId, sleutel);
          return nu && magSectieZien(member, toAccess(nu)) ? { versie: nu.versie, body: presentSection(nu, member) } : null;
        });
        if (!genomen.ok) return genomen.response;
        const section = sectieNaVersie(genomen.rij);
        if (tekstWijziging && !magSectieBewerken(member, toAccess(section))) {
          return problem(c, 409, 'De toewijzing van deze sectie is intussen gewijzigd; u mag haar niet meer bewerken.');
        }
        const voor = { tekst: section.tekst, analyse: volledigeAnalyse(section.analyse), vertrouwelijk: section.vertrouwelijk, toegewezenOrganisatieId: section.toegewezen_organisatie_id };
        const na = {
          tekst: body.tekst ?? section.tekst,
          analyse: { ...volledigeAnalyse(section.analyse), ...(body.analyse ?? {}) },
          vertrouwelijk: body.vertrouwelijk ?? section.vertrouwelijk,
          toegewezenOrganisatieId: body.toegewezenOrganisatieId === undefined ? section.toegewezen_organisatie_id : body.toegewezenOrganisatieId,
        };
        const updated = await bewaarSectie(tx, werkruimteId, sleutel, member.gebruikerId, na, {
          soort: settings ? 'sectie.instellingen' : body.tekst === undefined ? 'sectie.analyse' : 'sectie.tekst',
          voor,
          reden: body.reden ?? null,
        });
        c.header('ETag', etag(updated.versie));
        announce({ type: 'sectie', werkruimteId, id: sleutel, versie: updated.versie, vertrouwelijk: updated.vertrouwelijk || section.vertrouwelijk });
        return c.json(presentSection(updated, member), 200);
      });
      // Text set through the API: a text already written together takes it too (ADR 0019).
      if (antwoord.status === 200) {
        const gebruikerId = c.get('sessie')!.gebruiker.id;
        if (body.tekst !== undefined) await kamers.vervangAlsBestaat(werkruimteId, `sectie.${sleutel}`, uitPlatteTekst(body.tekst), gebruikerId);
        for (const veld of ['huidigeAanpak', 'extra'] as const) {
          const waarde = body.analyse?.[veld];
          if (waarde !== undefined) await kamers.vervangAlsBestaat(werkruimteId, `sectie.${sleutel}.${veld}`, uitPlatteTekst(waarde), gebruikerId);
        }
      }
      return antwoord;
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/secties/{sleutel}/wijzigingen',
      tags: [tag],
      summary: 'De geschiedenis van een sectie (nieuwste eerst)',
      request: { params },
      responses: { 200: { content: { 'application/json': { schema: z.object({ wijzigingen: z.array(wijzigingSchema) }) } }, description: 'Alle wijzigingen.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, sleutel } = c.req.valid('param');
      const r = await memberAndSection(c, werkruimteId, sleutel);
      if (!r.ok) return r.response as never;
      if (!mag(r.member, 'geschiedenis.lezen')) return refuse(c, db, 'Uw rol mag de geschiedenis niet zien.');
      const wijzigingen = await laadSectieWijzigingen(db, werkruimteId, sleutel);
      return c.json(
        { wijzigingen: wijzigingen.map((w) => ({ id: Number(w.id), tijdstip: iso(w.tijdstip), soort: w.soort, gebruiker: w.naam, voor: w.voor, na: w.na, reden: w.reden })) },
        200,
      );
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/secties/{sleutel}/herstellingen',
      tags: [tag],
      summary: 'Een eerdere tekst terugzetten, als nieuwe wijziging (coördinator)',
      request: {
        params,
        headers: ifMatchHeader,
        body: { required: true, content: { 'application/json': { schema: z.object({ wijzigingId: z.number().int().positive(), reden: z.string().max(500).optional() }) } } },
      },
      responses: { 201: { content: { 'application/json': { schema: sectieSchema } }, description: 'Teruggezet.' }, ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, sleutel } = c.req.valid('param');
      const body = c.req.valid('json');
      let hersteld: string | undefined;
      const antwoord = await writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const r = await memberAndSection(c, werkruimteId, sleutel, tx);
        if (!r.ok) return r.response as never;
        const { member } = r;
        if (!mag(member, 'geschiedenis.herstellen')) return refuse(c, tx, 'Alleen de coördinator zet een eerdere tekst terug.');
        const genomen = await neemVersie(c, tx, sectieVersieRij(werkruimteId, sleutel, member.gebruikerId), async () => {
          const nu = await laadSectie(tx, werkruimteId, sleutel);
          return nu ? { versie: nu.versie, body: presentSection(nu, member) } : null;
        });
        if (!genomen.ok) return genomen.response;
        const section = sectieNaVersie(genomen.rij);
        const tekst = await tekstUitWijziging(tx, body.wijzigingId, werkruimteId, sleutel);
        if (tekst === undefined) {
          return problem(c, 400, `Wijziging ${body.wijzigingId} hoort niet bij deze sectie of bevat geen tekst.`, {
            invalidParams: [{ name: 'wijzigingId', code: 'onbekend', reason: 'Geen tekstwijziging van deze sectie.' }],
          });
        }
        await zetSectieTekst(tx, werkruimteId, sleutel, tekst, member.gebruikerId);
        await legWijzigingVast(tx, {
          werkruimteId,
          sleutel,
          gebruikerId: member.gebruikerId,
          soort: 'sectie.hersteld',
          voor: { tekst: section.tekst },
          na: { tekst, hersteldVan: body.wijzigingId },
          reden: body.reden ?? null,
        });
        const updated = { ...(await laadSectie(tx, werkruimteId, sleutel))!, tekst };
        hersteld = tekst;
        c.header('ETag', etag(updated.versie));
        announce({ type: 'sectie', werkruimteId, id: sleutel, versie: updated.versie, vertrouwelijk: updated.vertrouwelijk });
        return c.json(presentSection(updated, member), 201);
      });
      if (antwoord.status === 201 && hersteld !== undefined) await kamers.vervangAlsBestaat(werkruimteId, `sectie.${sleutel}`, uitPlatteTekst(hersteld), c.get('sessie')!.gebruiker.id);
      return antwoord;
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/secties/{sleutel}/opmerkingen',
      tags: [tag],
      summary: 'Opmerkingen bij een sectie',
      request: { params },
      responses: { 200: { content: { 'application/json': { schema: z.object({ opmerkingen: z.array(opmerkingSchema) }) } }, description: 'Alle opmerkingen.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, sleutel } = c.req.valid('param');
      const r = await memberAndSection(c, werkruimteId, sleutel);
      if (!r.ok) return r.response as never;
      if (!mag(r.member, 'opmerkingen.lezen')) return refuse(c, db, 'Uw rol mag de opmerkingen niet zien.');
      return c.json({ opmerkingen: await laadOpmerkingen(db, werkruimteId, sleutel) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/secties/{sleutel}/opmerkingen',
      tags: [tag],
      summary: 'Een opmerking plaatsen',
      request: { params, body: { required: true, content: { 'application/json': { schema: z.object({ tekst: z.string().trim().min(1).max(5000) }) } } } },
      responses: { 201: { content: { 'application/json': { schema: opmerkingSchema } }, description: 'Geplaatst.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, sleutel } = c.req.valid('param');
      const { tekst } = c.req.valid('json');
      const r = await memberAndSection(c, werkruimteId, sleutel);
      if (!r.ok) return r.response as never;
      if (!mag(r.member, 'opmerking.plaatsen')) return refuse(c, db, 'Uw rol mag geen opmerkingen plaatsen.');
      // Comment and its history entry in one transaction: there is never one without the other.
      const comment = await writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const id = await plaatsOpmerking(tx, werkruimteId, sleutel, r.member.gebruikerId, tekst);
        await legWijzigingVast(tx, { werkruimteId, sleutel, gebruikerId: r.member.gebruikerId, soort: 'opmerking.geplaatst', na: { id, tekst } });
        const geplaatst = (await laadOpmerkingen(tx, werkruimteId, sleutel)).find((m) => m.id === id)!;
        announce({ type: 'opmerking', werkruimteId, id: sleutel, versie: geplaatst.versie, vertrouwelijk: r.section.vertrouwelijk });
        return geplaatst;
      });
      c.header('ETag', etag(comment.versie));
      return c.json(comment, 201);
    },
  );

  routes.openapi(
    createRoute({
      method: 'patch',
      path: '/werkruimtes/{werkruimteId}/opmerkingen/{opmerkingId}',
      tags: [tag],
      summary: 'Een opmerking oplossen of heropenen',
      request: {
        params: z.object({ werkruimteId: uuidParam('werkruimteId'), opmerkingId: uuidParam('opmerkingId') }),
        headers: ifMatchHeader,
        body: { required: true, content: { 'application/json': { schema: z.object({ opgelost: z.boolean() }) } } },
      },
      responses: { 200: { content: { 'application/json': { schema: opmerkingSchema } }, description: 'Bijgewerkt.' }, ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, opmerkingId } = c.req.valid('param');
      const { opgelost } = c.req.valid('json');
      if (!/^[0-9a-f-]{36}$/i.test(opmerkingId)) return problem(c, 404, 'Deze opmerking bestaat niet.');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const row = await vindOpmerking(tx, opmerkingId, werkruimteId);
        if (!row) return problem(c, 404, 'Deze opmerking bestaat niet.');
        const r = await memberAndSection(c, werkruimteId, row.sectie_sleutel, tx);
        if (!r.ok) return r.response as never;
        if (!magOpmerkingOplossen(r.member, row.auteur_id === r.member.gebruikerId)) {
          return refuse(c, tx, 'Alleen de schrijver, een redacteur of de coördinator lost een opmerking op.');
        }
        const huidig = async () => (await laadOpmerkingen(tx, werkruimteId, row.sectie_sleutel)).find((m) => m.id === opmerkingId);
        const genomen = await neemVersie(c, tx, opmerkingVersieRij(opmerkingId), async () => {
          const nu = await huidig();
          return nu ? { versie: nu.versie, body: nu } : null;
        });
        if (!genomen.ok) return genomen.response;
        const current = (await huidig())!;
        await zetOpmerkingOpgelost(tx, opmerkingId, opgelost, r.member.gebruikerId);
        await legWijzigingVast(tx, {
          werkruimteId,
          sleutel: row.sectie_sleutel,
          gebruikerId: r.member.gebruikerId,
          soort: opgelost ? 'opmerking.opgelost' : 'opmerking.heropend',
          voor: { id: opmerkingId, opgelost: current.opgelost },
          na: { id: opmerkingId, opgelost },
        });
        const updated = (await laadOpmerkingen(tx, werkruimteId, row.sectie_sleutel)).find((m) => m.id === opmerkingId)!;
        announce({ type: 'opmerking', werkruimteId, id: row.sectie_sleutel, versie: updated.versie, vertrouwelijk: r.section.vertrouwelijk });
        c.header('ETag', etag(updated.versie));
        return c.json(updated, 200);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/open-opmerkingen',
      tags: [tag],
      summary: 'Alle open opmerkingen in de werkruimte (voor de plancontrole)',
      request: { params: z.object({ werkruimteId: uuidParam('werkruimteId') }) },
      responses: { 200: { content: { 'application/json': { schema: z.object({ opmerkingen: z.array(opmerkingSchema) }) } }, description: 'Open opmerkingen in secties die u mag zien.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, noWorkspace);
      if (!mag(member, 'opmerkingen.lezen')) return refuse(c, db, 'Uw rol mag de opmerkingen niet zien.');
      const secties = await laadSecties(db, werkruimteId);
      const zichtbaar = new Set(secties.filter((s) => magSectieZien(member, toAccess(s))).map((s) => s.sleutel));
      const open = (await laadOpmerkingen(db, werkruimteId, null, true)).filter((m) => zichtbaar.has(m.sectie));
      return c.json({ opmerkingen: open }, 200);
    },
  );

  return routes;
}
