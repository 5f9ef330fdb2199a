/**
 * Step 3, the prioritisation round (issue 15): the coordinator opens a round with candidate themes for
 * a group; participants rank them (or spend points) with arguments; the result is combined live; the
 * coordinator carries the outcome into the priorities. Only HTTP here: the rules are in
 * domain/cyclus/ronde.ts, the SQL in rondes-opslag.ts.
 *
 * Who sees what: a member of the workspace sees every round, except a council member (raad), who
 * sees only the rounds he takes part in (for the others: 404, as if they did not exist). A reader
 * (lezer) sees the result only once the round is closed. Ranking: only who is on the list.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  berekenUitslag,
  controleerRangorde,
  controleerRonde,
  MAX_ARGUMENT,
  MAX_OVERNAME,
  MAX_WERKGROEPARGUMENT,
  normaliseerRangorde,
  rondeGroepen,
  rondeWijzen,
  sessieUitRonde,
  STANDAARD_PUNTEN,
  standaardOvername,
  voorstelDocument,
} from '../../domain/cyclus/ronde.ts';
import { isThemaId } from '../../domain/kennisbank/kennisbank.ts';
import { vindPersoonsgegevens } from '../../domain/privacy/persoonsgegevens.ts';
import { type Actie, mag } from '../../domain/toegang/rollen.ts';
import { ifMatchHeader, protectedErrors, uuidParam, versionedWriteErrors, writeAndAnnounce } from '../api/common.ts';
import { datumSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';
import { etag, vereisIfMatch, versieConflict } from '../api/versioning.ts';
import type { Db, Queryable } from '../db/db.ts';
import { naarDocx } from '../documenten/docx.ts';
import { problem } from '../problem.ts';
import type { Hub } from '../realtime/hub.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import type { Member } from '../toegang/lidmaatschap.ts';
import { laadWerkruimte } from './opslag.ts';
import {
  aantalInzendingen,
  bewaarRangorde,
  isDeelnemer,
  laadDeelnemers,
  laadInzendingen,
  laadMijnRangorde,
  laadRonde,
  laadRondes,
  laadVoorstel,
  ledenMetRol,
  legRondeWijzigingVast,
  maakRonde,
  neemOver,
  neemRondeVersie,
  type RondeMetVersie,
  standaardDeelnemers,
  verhoogRondeVersie,
  wijzigRonde,
  zetDeelnemers,
} from './rondes-opslag.ts';

const tag = 'Prioriteringsronde';
const noWorkspace = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
const noRound = 'Deze prioriteringsronde bestaat niet, of u doet er niet aan mee.';

type Ctx = Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0];

const themaIdSchema = z.string().max(10).openapi({ example: '1.3' });

const rondeInvoerSchema = z
  .object({
    naam: z.string().trim().min(1).max(200),
    themaIds: z.array(themaIdSchema).max(30).openapi({ description: "2 tot en met 12 verschillende kandidaat-thema's ('1.1' tot en met '5.5')." }),
    groep: z.enum(rondeGroepen).optional().openapi({ description: 'Standaard raad.' }),
    wijze: z.enum(rondeWijzen).optional().openapi({ description: 'rangorde (standaard) of punten verdelen.' }),
    punten: z.number().int().optional().openapi({ description: `Alleen bij punten: hoeveel punten elke deelnemer verdeelt (3 tot en met 100, standaard ${STANDAARD_PUNTEN}).` }),
    anoniem: z.boolean().optional(),
    datum: datumSchema.nullable().optional(),
    deelnemerIds: z.array(z.string()).max(500).optional().openapi({ description: 'Standaard de leden die bij de groep horen.' }),
    werkgroepArgumenten: z.record(z.string(), z.string().max(MAX_WERKGROEPARGUMENT)).optional(),
  })
  .openapi('NieuwePrioriteringsronde');

const rondeWijzigingSchema = z
  .object({
    naam: z.string().trim().min(1).max(200).optional(),
    status: z.enum(['open', 'gesloten']).optional(),
    datum: datumSchema.nullable().optional(),
    anoniem: z.boolean().optional().openapi({ description: 'Alleen zolang niemand heeft ingevuld.' }),
    deelnemerIds: z.array(z.string()).max(500).optional().openapi({ description: 'Wie van de lijst gaat, verliest zijn ingevulde rangorde.' }),
    werkgroepArgumenten: z.record(z.string(), z.string().max(MAX_WERKGROEPARGUMENT)).optional(),
  })
  .openapi('PrioriteringsrondeWijziging');

const rangordeSchema = z
  .object({
    rangorde: z
      .array(z.object({ themaId: themaIdSchema, argument: z.string().max(MAX_ARGUMENT).optional(), punten: z.number().int().optional() }))
      .max(30)
      .openapi({ description: 'Bij een rangorde: de volgorde is de voorkeur (eerste = belangrijkste). Bij punten: per thema de punten; samen precies het aantal van de ronde.' }),
  })
  .openapi('MijnRangorde');

const overnameSchema = z
  .object({ themaIds: z.array(themaIdSchema).max(12).optional().openapi({ description: "1 tot en met 4 thema's; standaard de bovenste drie van de uitslag." }) })
  .openapi('Overname');

const rondeAntwoord = z
  .object({
    id: z.string(),
    naam: z.string(),
    groep: z.enum(rondeGroepen),
    wijze: z.enum(rondeWijzen),
    punten: z.number().int(),
    anoniem: z.boolean(),
    status: z.enum(['open', 'gesloten', 'overgenomen']),
    datum: z.string().nullable().openapi({ format: 'date' }),
    themaIds: z.array(z.string()),
    werkgroepArgumenten: z.record(z.string(), z.string()),
    overgenomen: z.array(z.string()).nullable(),
    deelnemers: z.array(z.object({ gebruikerId: z.string(), naam: z.string(), ingevuld: z.boolean() })),
    ikDoeMee: z.boolean(),
    mijnRangorde: z.array(z.object({ themaId: z.string(), argument: z.string().optional(), punten: z.number().optional() })).nullable(),
    versie: z.number().int(),
  })
  .openapi('Prioriteringsronde');

const rondeParam = z.object({ werkruimteId: uuidParam('werkruimteId'), rondeId: uuidParam('rondeId') });
const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
const gecontroleerdQuery = z.object({
  persoonsgegevensGecontroleerd: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true: de schrijver bevestigt dat wat op persoonsgegevens lijkt, geen gegevens over inwoners zijn.' }),
});

function regelProbleem(c: Ctx, detail: string, problemen: { veld: string; reden: string }[]) {
  return problem(c, 422, detail, { invalidParams: problemen.map((p) => ({ name: p.veld, code: 'regel', reason: p.reden })) });
}

export function rondesRoutes(db: Db, hub: Hub) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));

  /** Member of the workspace (404), may do `actie` (403). */
  async function toegang(c: Ctx, tx: Queryable, werkruimteId: string, actie: Actie, weigering: string) {
    const member = await lidVan(c, tx, werkruimteId);
    if (!member) return { ok: false as const, response: problem(c, 404, noWorkspace) };
    if (!mag(member, actie)) return { ok: false as const, response: (await refuse(c, tx, weigering)) as never };
    const w = (await laadWerkruimte(tx, werkruimteId))!;
    return { ok: true as const, member, w };
  }

  /**
   * The round as this member may see it: 404 for a non-member, an unknown round, or a council member
   * not on its list; then 403 without `actie`. `slot` locks the round's row in a write.
   */
  async function rondeToegang(c: Ctx, tx: Queryable, werkruimteId: string, rondeId: string, actie: Actie, weigering: string, slot: 'deel' | 'wijzig' | null = null) {
    const member = await lidVan(c, tx, werkruimteId);
    if (!member) return { ok: false as const, response: problem(c, 404, noWorkspace) };
    const ronde = await laadRonde(tx, werkruimteId, rondeId, slot);
    if (!ronde) return { ok: false as const, response: problem(c, 404, noRound) };
    const doetMee = await isDeelnemer(tx, ronde.id, member.gebruikerId);
    if (member.rol === 'raad' && !doetMee) return { ok: false as const, response: problem(c, 404, noRound) };
    if (!mag(member, actie)) return { ok: false as const, response: (await refuse(c, tx, weigering)) as never };
    const w = (await laadWerkruimte(tx, werkruimteId))!;
    return { ok: true as const, member, w, ronde, doetMee };
  }

  async function rondeVoor(tx: Queryable, ronde: RondeMetVersie, member: Member, doetMee: boolean) {
    const mijn = doetMee ? await laadMijnRangorde(tx, ronde.id, member.gebruikerId) : null;
    return {
      id: ronde.id,
      naam: ronde.naam,
      groep: ronde.groep,
      wijze: ronde.wijze,
      punten: ronde.punten,
      anoniem: ronde.anoniem,
      status: ronde.status,
      datum: ronde.datum,
      themaIds: ronde.themaIds,
      werkgroepArgumenten: ronde.werkgroepArgumenten,
      overgenomen: ronde.overgenomen ?? null,
      deelnemers: await laadDeelnemers(tx, ronde.id),
      ikDoeMee: doetMee,
      mijnRangorde: mijn?.rangorde ?? null,
      versie: ronde.versie,
    };
  }

  /** 422 for participants who are not members of the workspace, or whose role may not take part. */
  async function controleerDeelnemers(tx: Queryable, werkruimteId: string, ids: readonly string[]) {
    const leden = await ledenMetRol(tx, werkruimteId, ids);
    const problemen: { veld: string; reden: string }[] = [];
    const gezien = new Set<string>();
    ids.forEach((id, i) => {
      const rol = leden.get(id);
      if (!rol) problemen.push({ veld: `deelnemerIds[${i}]`, reden: `'${id}' is geen lid van deze werkruimte.` });
      else if (!mag({ rol: rol as never, organisatieId: '', vertrouwelijkToegang: false }, 'ronde.deelnemen')) {
        problemen.push({ veld: `deelnemerIds[${i}]`, reden: 'Een lezer kan niet meedoen aan een prioriteringsronde.' });
      } else if (gezien.has(id)) problemen.push({ veld: `deelnemerIds[${i}]`, reden: 'Deze deelnemer staat twee keer in de lijst.' });
      gezien.add(id);
    });
    return problemen;
  }

  const aankondiging = (werkruimteId: string, rondeId: string, versie?: number) => ({ type: 'werkruimte' as const, werkruimteId, id: `prioriteringsronde:${rondeId}`, ...(versie ? { versie } : {}) });

  // --- List and create ----------------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/prioriteringsrondes',
      tags: [tag],
      summary: 'De prioriteringsrondes (een raadslid ziet alleen de rondes waaraan hij meedoet)',
      request: { params: werkruimteParam },
      responses: {
        200: {
          content: {
            'application/json': {
              schema: z.object({
                rondes: z.array(
                  z.object({
                    id: z.string(),
                    naam: z.string(),
                    groep: z.enum(rondeGroepen),
                    wijze: z.enum(rondeWijzen),
                    status: z.enum(['open', 'gesloten', 'overgenomen']),
                    anoniem: z.boolean(),
                    datum: z.string().nullable().openapi({ format: 'date' }),
                    aantalUitgenodigd: z.number().int(),
                    aantalIngevuld: z.number().int(),
                    ikDoeMee: z.boolean(),
                    ikHebIngevuld: z.boolean(),
                  }),
                ),
              }),
            },
          },
          description: 'De rondes, nieuwste eerst.',
        },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'ronde.lezen', 'Uw rol mag de prioriteringsrondes niet zien.');
      if (!t.ok) return t.response;
      return c.json({ rondes: await laadRondes(db, werkruimteId, t.member.gebruikerId, t.member.rol === 'raad') }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/prioriteringsrondes',
      tags: [tag],
      summary: "Open een prioriteringsronde met kandidaat-thema's voor een groep",
      request: { params: werkruimteParam, body: { required: true, content: { 'application/json': { schema: rondeInvoerSchema } } } },
      responses: {
        201: { content: { 'application/json': { schema: z.object({ id: z.string() }) } }, description: 'Geopend; Location wijst de ronde aan.' },
        422: { content: { 'application/problem+json': { schema: z.object({ detail: z.string() }) } }, description: 'In strijd met de regels van een ronde.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'ronde.beheren', 'Alleen de coördinator opent een prioriteringsronde.');
        if (!t.ok) return t.response;
        const wijze = body.wijze ?? 'rangorde';
        const punten = body.punten ?? STANDAARD_PUNTEN;
        const problemen = controleerRonde({ naam: body.naam, themaIds: body.themaIds, wijze, punten, datum: body.datum ?? null, werkgroepArgumenten: body.werkgroepArgumenten ?? {} });
        const groep = body.groep ?? 'raad';
        const deelnemerIds = body.deelnemerIds ?? (await standaardDeelnemers(tx, werkruimteId, groep));
        if (body.deelnemerIds) problemen.push(...(await controleerDeelnemers(tx, werkruimteId, body.deelnemerIds)));
        if (problemen.length) return regelProbleem(c, `De ronde klopt niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen);
        const id = await maakRonde(
          tx,
          werkruimteId,
          { naam: body.naam, groep, wijze, punten, anoniem: body.anoniem ?? false, datum: body.datum ?? null, themaIds: body.themaIds, werkgroepArgumenten: body.werkgroepArgumenten ?? {} },
          deelnemerIds,
          t.member.gebruikerId,
        );
        await legRondeWijzigingVast(tx, werkruimteId, id, t.member.gebruikerId, 'ronde.geopend', { naam: body.naam, themaIds: body.themaIds, groep, wijze });
        announce(aankondiging(werkruimteId, id, 1));
        c.header('Location', `/api/v1/werkruimtes/${werkruimteId}/prioriteringsrondes/${id}`);
        return c.json({ id }, 201);
      });
    },
  );

  // --- One round ---------------------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/prioriteringsrondes/{rondeId}',
      tags: [tag],
      summary: 'Een prioriteringsronde met deelnemers en uw eigen rangorde',
      request: { params: rondeParam },
      responses: { 200: { content: { 'application/json': { schema: rondeAntwoord } }, description: 'De ronde, met ETag.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, rondeId } = c.req.valid('param');
      const t = await rondeToegang(c, db, werkruimteId, rondeId, 'ronde.lezen', 'Uw rol mag de prioriteringsrondes niet zien.');
      if (!t.ok) return t.response;
      c.header('ETag', etag(t.ronde.versie));
      return c.json(await rondeVoor(db, t.ronde, t.member, t.doetMee), 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'patch',
      path: '/werkruimtes/{werkruimteId}/prioriteringsrondes/{rondeId}',
      tags: [tag],
      summary: 'Wijzig een ronde: naam, datum, deelnemers, argumenten van de werkgroep, sluiten of heropenen',
      description: 'Stuur If-Match met de versie die u las. Anoniem of niet kan alleen zolang niemand heeft ingevuld.',
      request: { params: rondeParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: rondeWijzigingSchema } } } },
      responses: {
        200: { content: { 'application/json': { schema: rondeAntwoord } }, description: 'Gewijzigd; nieuwe ETag.' },
        409: { content: { 'application/problem+json': { schema: z.object({ detail: z.string() }) } }, description: 'De ronde is al overgenomen, of er is al ingevuld.' },
        422: { content: { 'application/problem+json': { schema: z.object({ detail: z.string() }) } }, description: 'In strijd met de regels van een ronde.' },
        ...versionedWriteErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, rondeId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await rondeToegang(c, tx, werkruimteId, rondeId, 'ronde.beheren', 'Alleen de coördinator wijzigt een prioriteringsronde.');
        if (!t.ok) return t.response;
        const gevraagd = vereisIfMatch(c);
        if (!gevraagd.ok) return gevraagd.response;
        const versie = await neemRondeVersie(tx, rondeId, gevraagd.versie, t.member.gebruikerId);
        if (versie === null) {
          const nu = await laadRonde(tx, werkruimteId, rondeId);
          if (!nu) return problem(c, 404, noRound);
          return versieConflict(c, gevraagd.versie, nu, await rondeVoor(tx, nu, t.member, t.doetMee));
        }
        const ronde = (await laadRonde(tx, werkruimteId, rondeId))!;
        if (ronde.status === 'overgenomen') return problem(c, 409, 'Deze ronde is al overgenomen in de prioriteiten en kan niet meer veranderen.');
        if (body.anoniem !== undefined && body.anoniem !== ronde.anoniem && (await aantalInzendingen(tx, rondeId)) > 0) {
          return problem(c, 409, 'Er is al ingevuld; of de ronde anoniem is, kan nu niet meer veranderen.');
        }
        const problemen = controleerRonde({ naam: body.naam, datum: body.datum ?? null, themaIds: ronde.themaIds, werkgroepArgumenten: body.werkgroepArgumenten });
        if (body.deelnemerIds) problemen.push(...(await controleerDeelnemers(tx, werkruimteId, body.deelnemerIds)));
        if (problemen.length) return regelProbleem(c, `De ronde klopt niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen);
        await wijzigRonde(tx, rondeId, { naam: body.naam, status: body.status, datum: body.datum, anoniem: body.anoniem, werkgroepArgumenten: body.werkgroepArgumenten });
        if (body.deelnemerIds) await zetDeelnemers(tx, rondeId, body.deelnemerIds);
        await legRondeWijzigingVast(tx, werkruimteId, rondeId, t.member.gebruikerId, 'ronde.gewijzigd', { ...body });
        announce(aankondiging(werkruimteId, rondeId, versie));
        const na = (await laadRonde(tx, werkruimteId, rondeId))!;
        const doetMee = await isDeelnemer(tx, rondeId, t.member.gebruikerId);
        c.header('ETag', etag(versie));
        return c.json(await rondeVoor(tx, na, t.member, doetMee), 200);
      });
    },
  );

  // --- The proposal --------------------------------------------------------------------------------
  const voorstelAntwoord = z.object({ ronde: z.unknown(), themas: z.array(z.unknown()) }).openapi('Prioriteringsvoorstel');
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/prioriteringsrondes/{rondeId}/voorstel',
      tags: [tag],
      summary: 'Het prioriteringsvoorstel: per kandidaat-thema kennisbank, cijfers en trend, indicatoren, analyse en het argument van de werkgroep',
      request: { params: rondeParam },
      responses: { 200: { content: { 'application/json': { schema: voorstelAntwoord } }, description: 'Het voorstel.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, rondeId } = c.req.valid('param');
      const t = await rondeToegang(c, db, werkruimteId, rondeId, 'ronde.lezen', 'Uw rol mag het prioriteringsvoorstel niet zien.');
      if (!t.ok) return t.response;
      return c.json(await laadVoorstel(db, t.w, t.ronde, t.member), 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/prioriteringsrondes/{rondeId}/voorstel.docx',
      tags: [tag],
      summary: 'Het prioriteringsvoorstel als Word-bestand (één hoofdstuk per thema, niets vertrouwelijks)',
      request: { params: rondeParam },
      responses: {
        200: {
          content: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: z.string().openapi({ format: 'binary' }) } },
          description: 'Het Word-bestand.',
        },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, rondeId } = c.req.valid('param');
      const t = await rondeToegang(c, db, werkruimteId, rondeId, 'ronde.lezen', 'Uw rol mag het prioriteringsvoorstel niet zien.');
      if (!t.ok) return t.response;
      // A document never holds anything confidential, whoever asks (it is handed round in the session).
      const voorstel = await laadVoorstel(db, t.w, t.ronde, null);
      const periode = t.w.periodeStart && t.w.periodeEinde ? `${t.w.periodeStart}-${t.w.periodeEinde}` : '';
      const bestand = await naarDocx(voorstelDocument(voorstel, { gemeentenaam: t.w.gemeentenaam, periode }));
      const naam = `prioriteringsvoorstel-${t.w.gemeentenaam.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.docx`;
      return new Response(new Uint8Array(bestand), {
        status: 200,
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Content-Disposition': `attachment; filename="${naam}"`,
          'Cache-Control': 'private, no-store',
        },
      }) as never;
    },
  );

  // --- Ranking -------------------------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/prioriteringsrondes/{rondeId}/mijn-rangorde',
      tags: [tag],
      summary: 'Uw rangorde (of puntenverdeling) met argumenten; opnieuw insturen vervangt de vorige',
      request: { params: rondeParam, query: gecontroleerdQuery, body: { required: true, content: { 'application/json': { schema: rangordeSchema } } } },
      responses: {
        200: {
          content: { 'application/json': { schema: z.object({ rangorde: rangordeSchema.shape.rangorde, ontvangenOp: z.string() }) } },
          description: 'Ontvangen.',
        },
        409: { content: { 'application/problem+json': { schema: z.object({ detail: z.string() }) } }, description: 'De ronde is niet (meer) open.' },
        422: { content: { 'application/problem+json': { schema: z.object({ detail: z.string() }) } }, description: 'In strijd met de regels van de ronde, of persoonsgegevens.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, rondeId } = c.req.valid('param');
      const body = c.req.valid('json');
      const query = c.req.valid('query');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        // A shared lock: rankings do not wait for each other, but a close waits for them (and they for it).
        const t = await rondeToegang(c, tx, werkruimteId, rondeId, 'ronde.deelnemen', 'Uw rol kan niet meedoen aan een prioriteringsronde.', 'deel');
        if (!t.ok) return t.response;
        if (!t.doetMee) return refuse(c, tx, 'U staat niet op de deelnemerslijst van deze ronde. Vraag de coördinator u toe te voegen.');
        if (t.ronde.status !== 'open') return problem(c, 409, t.ronde.status === 'gesloten' ? 'Deze ronde is gesloten; invullen kan niet meer.' : 'Deze ronde is al overgenomen in de prioriteiten; invullen kan niet meer.');
        const problemen = controleerRangorde(t.ronde, body.rangorde);
        if (problemen.length) return regelProbleem(c, `Uw rangorde klopt niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen);
        if (query.persoonsgegevensGecontroleerd !== 'true') {
          const vondsten = body.rangorde.flatMap((x) => vindPersoonsgegevens(x.argument ?? ''));
          if (vondsten.length) {
            return problem(
              c,
              422,
              'Een argument lijkt persoonsgegevens te bevatten. Noem geen inwoners; pas de tekst aan, of bevestig met persoonsgegevensGecontroleerd=true dat het geen gegevens over inwoners zijn.',
              { vondsten: vondsten.map((v) => ({ soort: v.soort, fragment: v.fragment, uitleg: v.uitleg })) } as never,
            );
          }
        }
        const rangorde = normaliseerRangorde(t.ronde, body.rangorde);
        const ontvangenOp = await bewaarRangorde(tx, rondeId, t.member.gebruikerId, rangorde);
        announce(aankondiging(werkruimteId, rondeId));
        return c.json({ rangorde, ontvangenOp }, 200);
      });
    },
  );

  // --- The result ----------------------------------------------------------------------------------
  const uitslagAntwoord = z
    .object({
      ronde: z.object({ id: z.string(), naam: z.string(), status: z.string(), wijze: z.string(), anoniem: z.boolean() }),
      aantalUitgenodigd: z.number().int(),
      aantalDeelnemers: z.number().int(),
      themas: z.array(
        z.object({
          themaId: z.string(),
          naam: z.string(),
          score: z.number(),
          aantalDeelnemers: z.number().int(),
          gemiddeldeRang: z.number().nullable(),
          spreiding: z.number(),
          verdeling: z.array(z.number().int()).optional(),
          argumenten: z.array(z.object({ tekst: z.string(), door: z.string().nullable(), rang: z.number().int().nullable(), punten: z.number().nullable() })),
        }),
      ),
    })
    .openapi('Prioriteringsuitslag');

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/prioriteringsrondes/{rondeId}/uitslag',
      tags: [tag],
      summary: 'De uitslag, live: per thema score, deelnemers, gemiddelde plaats, spreiding en argumenten',
      request: { params: rondeParam },
      responses: { 200: { content: { 'application/json': { schema: uitslagAntwoord } }, description: 'De uitslag, hoogste score eerst.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, rondeId } = c.req.valid('param');
      const t = await rondeToegang(c, db, werkruimteId, rondeId, 'ronde.lezen', 'Uw rol mag de uitslag niet zien.');
      if (!t.ok) return t.response;
      if (t.member.rol === 'lezer' && t.ronde.status === 'open') return refuse(c, db, 'Een lezer ziet de uitslag zodra de ronde gesloten is.');
      const deelnemers = await laadDeelnemers(db, rondeId);
      return c.json(berekenUitslag(t.ronde, await laadInzendingen(db, rondeId), deelnemers.length), 200);
    },
  );

  // --- Carry the outcome into the priorities ---------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/prioriteringsrondes/{rondeId}/overname',
      tags: [tag],
      summary: 'Neem de uitkomst over: sluit de ronde, voeg de thema\'s toe aan de prioriteiten en leg de prioriteringssessie vast',
      request: { params: rondeParam, body: { required: true, content: { 'application/json': { schema: overnameSchema } } } },
      responses: {
        200: { content: { 'application/json': { schema: z.object({ prioriteiten: z.array(z.unknown()), sessie: z.unknown() }) } }, description: 'Overgenomen.' },
        409: { content: { 'application/problem+json': { schema: z.object({ detail: z.string() }) } }, description: 'Al overgenomen.' },
        422: { content: { 'application/problem+json': { schema: z.object({ detail: z.string() }) } }, description: "Meer dan vier prioriteiten, of thema's die geen kandidaat zijn." },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, rondeId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await rondeToegang(c, tx, werkruimteId, rondeId, 'ronde.beheren', 'Alleen de coördinator neemt de uitkomst over in de prioriteiten.', 'wijzig');
        if (!t.ok) return t.response;
        if (t.ronde.status === 'overgenomen') return problem(c, 409, 'De uitkomst van deze ronde is al overgenomen in de prioriteiten.');
        const deelnemers = await laadDeelnemers(tx, rondeId);
        const uitslag = berekenUitslag(t.ronde, await laadInzendingen(tx, rondeId), deelnemers.length);
        const themaIds = body.themaIds ?? standaardOvername(uitslag);
        const problemen: { veld: string; reden: string }[] = [];
        if (themaIds.length < 1 || themaIds.length > MAX_OVERNAME) {
          problemen.push({ veld: 'themaIds', reden: body.themaIds ? `Kies 1 tot en met ${MAX_OVERNAME} thema's.` : 'Er is nog geen thema met een score; kies de thema\'s zelf.' });
        }
        themaIds.forEach((x, i) => {
          if (!isThemaId(x) || !t.ronde.themaIds.includes(x)) problemen.push({ veld: `themaIds[${i}]`, reden: `Thema '${x}' is geen kandidaat in deze ronde.` });
          else if (themaIds.indexOf(x) !== i) problemen.push({ veld: `themaIds[${i}]`, reden: `Thema ${x} staat twee keer in de lijst.` });
        });
        if (problemen.length) return regelProbleem(c, `De overname klopt niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen);
        const versie = (await verhoogRondeVersie(tx, rondeId, t.member.gebruikerId))!;
        const overgenomen = { ...t.ronde, status: 'overgenomen' as const, overgenomen: themaIds };
        const r = await neemOver(tx, t.w, t.member.gebruikerId, themaIds, (toegevoegd) => sessieUitRonde(overgenomen, uitslag, deelnemers, toegevoegd));
        if (!r.ok) return regelProbleem(c, r.reden, r.problemen);
        await wijzigRonde(tx, rondeId, { status: 'overgenomen', overgenomen: themaIds });
        await legRondeWijzigingVast(tx, werkruimteId, rondeId, t.member.gebruikerId, 'ronde.overgenomen', { themaIds, toegevoegd: r.toegevoegd });
        announce(aankondiging(werkruimteId, rondeId, versie));
        announce({ type: 'werkruimte', werkruimteId, id: 'prioriteiten', versie: r.prioriteitenVersie });
        announce({ type: 'werkruimte', werkruimteId, id: 'prioriteringssessie', versie: r.sessieVersie });
        return c.json({ prioriteiten: r.prioriteiten, sessie: r.sessie }, 200);
      });
    },
  );

  return routes;
}
