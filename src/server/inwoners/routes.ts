/**
 * What residents say (issue 18, points 2 and 3): consultations and their results per theme (with a
 * CSV import, all or nothing), the online questionnaire "Waar heeft u last van in uw buurt?" that
 * Kernplan serves itself (public, anonymous, protected by a proof of work and a rate limit kept in
 * memory), the moderation of its texts, what residents said per theme (the analysis page) and the
 * neighbourhood view. Reading needs `secties.lezen`, writing and moderating `cyclus.bewerken`.
 * Nothing here stores or logs a resident's IP address.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  besluitProbleem,
  controleerKeuzes,
  isOpenOp,
  type Keuze,
  leesResultatenCsv,
  MAX_TEKST,
  NONCE,
  ontvangTekst,
  raadplegingSoorten,
  raadplegingSoortNamen,
  type Resultaat,
  standaardKeuzes,
  tel,
  VRAAG,
} from '../../domain/inwoners/inwoners.ts';
import { isThemaId, vindThema } from '../../domain/kennisbank/kennisbank.ts';
import { vindPersoonsgegevens } from '../../domain/privacy/persoonsgegevens.ts';
import { naamSleutel, regioSoort } from '../../domain/politie/regios.ts';
import { combineer, type Dekking, dekkingKort, dekkingZin } from '../../domain/politie/dekking.ts';
import { type Actie, mag, magVertrouwelijkZien } from '../../domain/toegang/rollen.ts';
import { protectedErrors, uuidParam, writeAndAnnounce } from '../api/common.ts';
import { datumSchema, problemSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';
import { laadWerkruimte, type WerkruimteKop } from '../cyclus/opslag.ts';
import type { Db, Queryable } from '../db/db.ts';
import { aggregatenVoorWerkruimte } from '../politie/cijfers.ts';
import { problem } from '../problem.ts';
import type { Hub } from '../realtime/hub.ts';
import { type AppEnv, clientAddress, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import { type InwonersOpties, Stroombeperking, Uitdagingen } from './bewijs.ts';
import {
  beoordeel,
  type Gebied,
  gebiedenVan,
  gebruikBewijs,
  laadAntwoorden,
  laadGeheim,
  laadRaadplegingen,
  laadTeksten,
  laadVragenlijst,
  laadVragenlijsten,
  maakRaadpleging,
  maakVragenlijst,
  type Raadpleging,
  sectieVertrouwelijk,
  slaAntwoordOp,
  verwijderRaadpleging,
  vertrouwelijkeThemas,
} from './opslag.ts';

const tag = 'Inwoners';
const noWorkspace = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
type Ctx = Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0];
const problemContent = { 'application/problem+json': { schema: problemSchema } };
const vandaag = () => new Date().toISOString().slice(0, 10);
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

const resultaatSchema = z.object({
  themaId: z.string().trim().min(1).max(200).openapi({ description: "Het thema: een nummer zoals '1.3' of de naam." }),
  vraag: z.string().trim().max(300).nullable().optional(),
  gebied: z.string().trim().min(1).max(100).openapi({ description: 'De gemeente, wijk of buurt: code (GM, WK, BU) of naam.' }),
  aandeel: z.number().min(0).max(100).nullable().optional().openapi({ description: 'Aandeel in procenten.' }),
  aantal: z.number().int().min(0).nullable().optional(),
});

const raadplegingInvoerSchema = z
  .object({
    soort: z.enum(raadplegingSoorten).openapi({ description: 'enquete, bewonerspanel, wijkbijeenkomst of online-vragenlijst.' }),
    titel: z.string().trim().min(1, 'Geef de raadpleging een titel.').max(200, 'Hooguit 200 tekens.'),
    datum: datumSchema,
    gebied: z.string().trim().min(1, 'Kies het gebied.').max(100),
    deelnemers: z.number().int().min(0).max(10_000_000).nullable().optional(),
    resultaten: z.array(resultaatSchema).max(5000).optional(),
    csv: z.string().max(1_000_000).optional().openapi({ description: 'Een resultatentabel als CSV: kolommen thema (of vraag), gebied, aandeel (of aantal); puntkomma of komma, decimale komma mag.' }),
  })
  .openapi('RaadplegingInvoer');

const keuzeSchema = z.object({
  id: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, 'Kleine letters, cijfers en streepjes.'),
  tekst: z.string().trim().min(1).max(120),
  themaId: z.string().trim().min(1).max(10),
});

const vragenlijstInvoerSchema = z
  .object({
    titel: z.string().trim().min(1, 'Geef de vragenlijst een titel.').max(200, 'Hooguit 200 tekens.'),
    start: datumSchema,
    einde: datumSchema,
    keuzes: z.array(keuzeSchema).min(1).max(30).optional().openapi({ description: 'De keuzes met hun thema; zonder: de standaardkeuzes.' }),
  })
  .openapi('VragenlijstInvoer');

const antwoordInvoerSchema = z
  .object({
    keuzes: z.array(z.string().max(40)).max(30).openapi({ description: 'De ids van de gekozen antwoorden.' }),
    buurt: z.string().max(20).nullable().optional().openapi({ description: 'De wijk of buurt (code), of null: weet ik niet.' }),
    tekst: z.string().max(MAX_TEKST, `Hooguit ${MAX_TEKST} tekens.`).nullable().optional(),
    uitdaging: z.string().min(1).max(400).openapi({ description: 'De uitdaging uit GET /vragenlijsten/{id}.' }),
    nonce: z.string().regex(NONCE, 'Letters en cijfers, hooguit 32.').openapi({ description: 'Zo dat sha256(uitdaging + nonce) met `bits` nulbits begint.' }),
  })
  .openapi('VragenlijstAntwoord');

const besluitSchema = z.object({ besluit: z.enum(['goedgekeurd', 'afgewezen']) }).openapi('TekstBeoordeling');

const publiekeFouten = {
  400: { content: problemContent, description: 'Ongeldige invoer; `invalidParams` wijst het veld aan.' },
  404: { content: problemContent, description: 'Deze vragenlijst bestaat niet.' },
} as const;

function regelProbleem(c: Ctx, veld: string, reden: string) {
  return problem(c, 422, reden, { invalidParams: [{ name: veld, code: 'regel', reason: reden }] });
}

export function inwonersRoutes(db: Db, hub: Hub, opties: InwonersOpties = {}) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));
  let geheim: Promise<string> | undefined;
  const uitdagingen = new Uitdagingen(() => (geheim ??= laadGeheim(db).catch((e) => ((geheim = undefined), Promise.reject(e)))), opties);
  const beperking = new Stroombeperking(opties);

  async function toegang(c: Ctx, tx: Queryable, werkruimteId: string, actie: Actie, weigering: string) {
    const member = await lidVan(c, tx, werkruimteId);
    if (!member) return { ok: false as const, response: problem(c, 404, noWorkspace) };
    if (!mag(member, actie)) return { ok: false as const, response: (await refuse(c, tx, weigering)) as never };
    const w = (await laadWerkruimte(tx, werkruimteId))!;
    return { ok: true as const, member, w };
  }

  /** The areas of a workspace and a lookup by code or name. */
  async function gebieden(tx: Queryable, w: WerkruimteKop) {
    const lijst = await gebiedenVan(tx, w.gemeenten);
    const perCode = new Map(lijst.map((g) => [g.code, g]));
    const perNaam = new Map<string, Gebied[]>();
    for (const g of lijst) perNaam.set(naamSleutel(g.naam), [...(perNaam.get(naamSleutel(g.naam)) ?? []), g]);
    const zoek = (t: string): string | null => {
      const code = t.trim().toUpperCase();
      if (perCode.has(code)) return code;
      const opNaam = perNaam.get(naamSleutel(t)) ?? [];
      // A name that is both a wijk and its only buurt (or the municipality) is the larger one.
      return opNaam[0]?.code ?? null;
    };
    const naam = (code: string | null) => (code === null ? 'Buurt niet genoemd' : (perCode.get(code)?.naam ?? code));
    const wijkVan = (code: string | null): string | null => {
      if (!code) return null;
      const g = perCode.get(code);
      if (!g) return null;
      return g.soort === 'wijk' ? g.code : g.soort === 'buurt' ? g.binnen : null;
    };
    return { lijst, perCode, zoek, naam, wijkVan };
  }

  const metNamen = (r: Raadpleging, naam: (code: string) => string) => ({
    ...r,
    soortNaam: raadplegingSoortNamen[r.soort],
    gebiedNaam: naam(r.gebied),
    resultaten: r.resultaten.map((x) => ({ ...x, themaNaam: vindThema(x.themaId)?.naam ?? x.themaId, gebiedNaam: naam(x.gebied) })),
  });

  /** Counts of all answers of the workspace per theme and area (questionnaire snapshots of choices). */
  async function tellingen(tx: Queryable, werkruimteId: string) {
    const lijsten = await laadVragenlijsten(tx, werkruimteId);
    const antwoorden = await laadAntwoorden(tx, werkruimteId);
    const perLijst = new Map<string, typeof antwoorden>();
    for (const a of antwoorden) perLijst.set(a.vragenlijstId, [...(perLijst.get(a.vragenlijstId) ?? []), a]);
    return { lijsten, antwoorden, telling: lijsten.flatMap((l) => tel(perLijst.get(l.id) ?? [], l.keuzes)) };
  }

  const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
  const wr = <T extends Record<string, z.ZodString>>(extra: T) => z.object({ werkruimteId: uuidParam('werkruimteId'), ...extra });

  // --- Overview for the coordinator ----------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/inwoners',
      tags: [tag],
      summary: 'Wat inwoners zeggen: de raadplegingen, de vragenlijsten met hun aantallen antwoorden, en de gebieden (wijken en buurten) van de werkruimte',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Het overzicht.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'secties.lezen', 'Uw rol mag niet zien wat inwoners zeggen.');
      if (!t.ok) return t.response;
      const g = await gebieden(db, t.w);
      const lijsten = await laadVragenlijsten(db, werkruimteId);
      const bewerken = mag(t.member, 'cyclus.bewerken');
      return c.json(
        {
          gebieden: g.lijst,
          raadplegingen: (await laadRaadplegingen(db, werkruimteId)).map((r) => metNamen(r, g.naam)),
          vragenlijsten: lijsten.map((l) => ({ ...l, open: isOpenOp(l, vandaag()), pad: `/vragenlijst/${l.id}`, teBeoordelen: bewerken ? l.teBeoordelen : undefined })),
          standaardKeuzes,
          vraag: VRAAG,
          soorten: raadplegingSoorten.map((s) => ({ id: s, naam: raadplegingSoortNamen[s] })),
          mag: { bewerken, modereren: bewerken },
        },
        200,
      );
    },
  );

  // --- Consultations ---------------------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/raadplegingen',
      tags: [tag],
      summary: 'Leg een raadpleging van inwoners vast (enquête, bewonerspanel, wijkbijeenkomst, online vragenlijst), met de resultaten per thema of een CSV-tabel',
      description:
        'Resultaten als lijst (`resultaten`) of als CSV (`csv`, kolommen thema of vraag, gebied, aandeel of aantal). Alles of niets: een onbekend thema of gebied geeft 422 met regel en kolom, en er wordt niets opgeslagen.',
      request: { params: werkruimteParam, body: { required: true, content: { 'application/json': { schema: raadplegingInvoerSchema } } } },
      responses: {
        201: { content: { 'application/json': { schema: z.unknown() } }, description: 'De raadpleging met haar resultaten.' },
        422: { content: problemContent, description: 'Een thema of gebied bestaat niet; `invalidParams` noemt regel en kolom.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'cyclus.bewerken', 'Alleen de coördinator en redacteuren leggen raadplegingen vast.');
        if (!t.ok) return t.response;
        const g = await gebieden(tx, t.w);
        const gebied = g.zoek(body.gebied);
        if (!gebied) return regelProbleem(c, 'gebied', `'${body.gebied}' is geen gemeente, wijk of buurt van deze werkruimte.`);
        const resultaten: Resultaat[] = [];
        const fouten: { name: string; code: string; reason: string }[] = [];
        (body.resultaten ?? []).forEach((r, i) => {
          const themaId = isThemaId(r.themaId) ? r.themaId : null;
          const gebiedCode = g.zoek(r.gebied);
          if (!themaId) fouten.push({ name: `resultaten[${i}].themaId`, code: 'regel', reason: `'${r.themaId}' is geen thema van de kennisbank.` });
          if (!gebiedCode) fouten.push({ name: `resultaten[${i}].gebied`, code: 'regel', reason: `'${r.gebied}' is geen gebied van deze werkruimte.` });
          if ((r.aandeel ?? null) === null && (r.aantal ?? null) === null) fouten.push({ name: `resultaten[${i}].aandeel`, code: 'regel', reason: 'Geef een aandeel of een aantal.' });
          if (themaId && gebiedCode) resultaten.push({ themaId, vraag: r.vraag ?? null, gebied: gebiedCode, aandeel: r.aandeel ?? null, aantal: r.aantal ?? null });
        });
        if (body.csv !== undefined) {
          const uit = leesResultatenCsv(body.csv, g.zoek);
          if (!uit.ok) {
            for (const f of uit.fouten) fouten.push({ name: `csv[regel ${f.regel}].${f.kolom}`, code: 'regel', reason: f.reden });
          } else resultaten.push(...uit.resultaten);
        }
        if (fouten.length) {
          const detail = fouten.length === 1 ? fouten[0]!.reason : `${fouten[0]!.reason} En nog ${fouten.length - 1} ${fouten.length === 2 ? 'fout' : 'fouten'}. Er is niets opgeslagen.`;
          return problem(c, 422, fouten.length === 1 ? `${detail} Er is niets opgeslagen.` : detail, { invalidParams: fouten.slice(0, 50) });
        }
        const id = await maakRaadpleging(tx, werkruimteId, { soort: body.soort, titel: body.titel, datum: body.datum, gebied, deelnemers: body.deelnemers ?? null }, resultaten, t.member.gebruikerId);
        announce({ type: 'werkruimte', werkruimteId, id: 'inwoners', versie: 1 });
        const [r] = await laadRaadplegingen(tx, werkruimteId, id);
        c.header('Location', `/api/v1/werkruimtes/${werkruimteId}/raadplegingen/${id}`);
        return c.json(metNamen(r!, g.naam), 201);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'delete',
      path: '/werkruimtes/{werkruimteId}/raadplegingen/{raadplegingId}',
      tags: [tag],
      summary: 'Verwijder een raadpleging met haar resultaten',
      request: { params: wr({ raadplegingId: uuidParam('raadplegingId') }) },
      responses: { 204: { description: 'Verwijderd.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, raadplegingId } = c.req.valid('param');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'cyclus.bewerken', 'Alleen de coördinator en redacteuren verwijderen raadplegingen.');
        if (!t.ok) return t.response;
        if (!isUuid(raadplegingId) || !(await verwijderRaadpleging(tx, werkruimteId, raadplegingId))) return problem(c, 404, 'Deze raadpleging bestaat niet in deze werkruimte.');
        announce({ type: 'werkruimte', werkruimteId, id: 'inwoners', versie: 1 });
        return c.body(null, 204);
      });
    },
  );

  // --- Questionnaires (management) -----------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/vragenlijsten',
      tags: [tag],
      summary: "Open een online vragenlijst 'Waar heeft u last van in uw buurt?' voor een periode",
      description: 'Zonder `keuzes` krijgt de vragenlijst de standaardkeuzes, elk gekoppeld aan een thema van de kennisbank. De vragenlijst is openbaar op /vragenlijst/{id}, van `start` tot en met `einde`.',
      request: { params: werkruimteParam, body: { required: true, content: { 'application/json': { schema: vragenlijstInvoerSchema } } } },
      responses: {
        201: { content: { 'application/json': { schema: z.unknown() } }, description: 'De vragenlijst.' },
        422: { content: problemContent, description: 'De periode of een keuze klopt niet.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'cyclus.bewerken', 'Alleen de coördinator en redacteuren openen een vragenlijst.');
        if (!t.ok) return t.response;
        if (body.einde < body.start) return regelProbleem(c, 'einde', 'De einddatum ligt vóór de begindatum.');
        const keuzes: Keuze[] = body.keuzes ?? [...standaardKeuzes];
        const fout = controleerKeuzes(keuzes);
        if (fout) return regelProbleem(c, 'keuzes', fout);
        const id = await maakVragenlijst(tx, werkruimteId, { titel: body.titel, start: body.start, einde: body.einde, keuzes }, t.member.gebruikerId);
        announce({ type: 'werkruimte', werkruimteId, id: 'inwoners', versie: 1 });
        const l = (await laadVragenlijst(tx, id))!;
        c.header('Location', `/api/v1/vragenlijsten/${id}`);
        return c.json({ ...l, open: isOpenOp(l, vandaag()), pad: `/vragenlijst/${id}` }, 201);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/inwonerteksten',
      tags: [tag],
      summary: 'De teksten van inwoners: die nog beoordeeld moeten worden (alleen voor wie modereert) en de goedgekeurde',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Teksten met hun status.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'secties.lezen', 'Uw rol mag niet zien wat inwoners zeggen.');
      if (!t.ok) return t.response;
      const g = await gebieden(db, t.w);
      const modereren = mag(t.member, 'cyclus.bewerken');
      const alle = await laadTeksten(db, werkruimteId, modereren ? ['te-beoordelen', 'goedgekeurd'] : ['goedgekeurd']);
      // A text that names a theme whose section is confidential is only for members with clearance.
      const verborgen = magVertrouwelijkZien(t.member) ? new Set<string>() : await vertrouwelijkeThemas(db, werkruimteId);
      const lijsten = verborgen.size ? await laadVragenlijsten(db, werkruimteId) : [];
      const geheim = (x: (typeof alle)[number]) => lijsten.find((l) => l.id === x.vragenlijstId)?.keuzes.some((k) => verborgen.has(k.themaId) && x.keuzes.includes(k.id)) ?? false;
      const teksten = alle.filter((x) => !geheim(x));
      return c.json({ teksten: teksten.map((x) => ({ ...x, buurtNaam: g.naam(x.buurt) })), mag: { modereren } }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/inwonerteksten/{antwoordId}/beoordeling',
      tags: [tag],
      summary: 'Keur een tekst van een inwoner goed of wijs hem af',
      description: 'Een tekst waarin de privacycontrole persoonsgegevens vond (zoals een telefoonnummer), kan alleen worden afgewezen. Een afgewezen tekst wordt gewist.',
      request: { params: wr({ antwoordId: uuidParam('antwoordId') }), body: { required: true, content: { 'application/json': { schema: besluitSchema } } } },
      responses: {
        200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Beoordeeld.' },
        422: { content: problemContent, description: 'Dit besluit kan niet voor deze tekst.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, antwoordId } = c.req.valid('param');
      const { besluit } = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'cyclus.bewerken', 'Alleen de coördinator en redacteuren beoordelen teksten van inwoners.');
        if (!t.ok) return t.response;
        const [huidig] = isUuid(antwoordId) ? await laadTeksten(tx, werkruimteId, ['te-beoordelen', 'goedgekeurd', 'afgewezen'], antwoordId) : [];
        if (!huidig) return problem(c, 404, 'Deze tekst bestaat niet in deze werkruimte.');
        const fout = besluitProbleem(huidig, besluit);
        if (fout) return regelProbleem(c, 'besluit', fout);
        await beoordeel(tx, antwoordId, besluit, t.member.gebruikerId);
        announce({ type: 'werkruimte', werkruimteId, id: 'inwoners', versie: 1 });
        return c.json({ id: antwoordId, status: besluit }, 200);
      });
    },
  );

  // --- What residents said about a theme (analysis page) --------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/inwoners/themas/{themaId}',
      tags: [tag],
      summary: 'Wat inwoners over een thema zeiden: aantallen per wijk naast de politiecijfers per wijk, goedgekeurde teksten en de resultaten van raadplegingen',
      request: { params: wr({ themaId: z.string().openapi({ param: { name: 'themaId', in: 'path' }, example: '1.3' }) }) },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Per wijk en per raadpleging.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, themaId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'secties.lezen', 'Uw rol mag niet zien wat inwoners zeggen.');
      if (!t.ok) return t.response;
      const thema = vindThema(themaId);
      const vertrouwelijk = thema ? await sectieVertrouwelijk(db, werkruimteId, `thema-${themaId}`) : undefined;
      if (!thema || (vertrouwelijk && !magVertrouwelijkZien(t.member))) return problem(c, 404, 'Dit thema bestaat niet in deze werkruimte.');
      return c.json(await themaOverzicht(db, t.w, themaId), 200);
    },
  );

  /** The coverage of a theme figure in words (dekking.ts), with the missing crime types as codes, and why it is not compared. */
  function themaDekkingZin(d: Dekking, waar: string): string {
    if (d.volledig) return dekkingZin(d);
    const ontbrekend = d.ontbrekend.length > 12 ? `${d.ontbrekend.slice(0, 10).join(', ')} en nog ${d.ontbrekend.length - 10}` : d.ontbrekend.join(', ');
    return `${dekkingZin(d, false)} Ontbrekend: ${ontbrekend}. De wijken worden ${waar} daarom niet op dit cijfer vergeleken of gerangschikt.`;
  }

  /** How many theme figures of one area in its latest year are complete, and which are not. */
  function wijkDekkingZin(rijen: readonly { sleutel: string; dekking: Dekking }[], jaar: number | null): string {
    const onvolledig = rijen.filter((r) => !r.dekking.volledig);
    if (rijen.length === 0) return '';
    if (onvolledig.length === 0) return `In ${jaar} zijn alle ${rijen.length === 1 ? 'thema-cijfers' : `${rijen.length} thema-cijfers`} volledig.`;
    return (
      `In ${jaar} ${onvolledig.length === 1 ? 'is 1 thema-cijfer' : `zijn ${onvolledig.length} thema-cijfers`} van de ${rijen.length} onvolledig: ` +
      `${onvolledig.map((r) => `${r.sleutel} ${dekkingKort(r.dekking)}`).join('; ')}. Een onvolledig cijfer is een som over een deel van de soorten misdrijf en wordt niet vergeleken.`
    );
  }

  /** Residents' counts per wijk beside the police figures per wijk, for one theme. */
  async function themaOverzicht(tx: Queryable, w: WerkruimteKop, themaId: string) {
    const g = await gebieden(tx, w);
    const { lijsten, telling } = await tellingen(tx, w.id);
    const perWijk = new Map<string | null, number>();
    for (const x of telling.filter((x) => x.themaId === themaId)) {
      const wijk = g.wijkVan(x.buurt);
      perWijk.set(wijk, (perWijk.get(wijk) ?? 0) + x.aantal);
    }
    const politie = await aggregatenVoorWerkruimte(tx, w.id, { groep: 'thema', niveau: 'wijk' });
    const rijen = politie.rijen.filter((r) => r.sleutel === themaId && r.aantal !== null);
    const politieJaar = rijen.length ? Math.max(...rijen.map((r) => r.jaar)) : null;
    const politiePerWijk = new Map(rijen.filter((r) => r.jaar === politieJaar).map((r) => [r.regio, r.aantal]));
    // The coverage of the theme per wijk (issue 16, point 2): per wijk, and over the wijken with figures (a crime type counts only if it is in each).
    const dekkingPerWijk = new Map(politie.rijen.filter((r) => r.sleutel === themaId && r.jaar === politieJaar).map((r) => [r.regio, r.dekking]));
    const politieDekking = politieJaar === null ? null : combineer([...politiePerWijk.keys()].map((k) => dekkingPerWijk.get(k)!).filter(Boolean));
    const wijken = g.lijst.filter((x) => x.soort === 'wijk');
    const teksten = (await laadTeksten(tx, w.id, ['goedgekeurd'])).filter((x) => {
      const l = lijsten.find((y) => y.id === x.vragenlijstId);
      return l?.keuzes.some((k) => k.themaId === themaId && x.keuzes.includes(k.id));
    });
    const raadplegingen = (await laadRaadplegingen(tx, w.id))
      .map((r) => ({ ...r, resultaten: r.resultaten.filter((x) => x.themaId === themaId) }))
      .filter((r) => r.resultaten.length > 0)
      .map((r) => metNamen(r, g.naam));
    const metGetal = wijken.filter((x) => (perWijk.get(x.code) ?? 0) > 0 || politiePerWijk.has(x.code));
    return {
      themaId,
      naam: vindThema(themaId)!.naam,
      vraag: VRAAG,
      vragenlijsten: lijsten.length,
      antwoorden: [...perWijk.values()].reduce((a, b) => a + b, 0),
      perWijk: metGetal.map((x) => {
        const d = politiePerWijk.has(x.code) ? dekkingPerWijk.get(x.code) : undefined;
        return { code: x.code, naam: x.naam, inwoners: perWijk.get(x.code) ?? 0, politie: politiePerWijk.get(x.code) ?? null, politieVolledig: d?.volledig ?? null, politieDekking: d ? dekkingKort(d) : null };
      }),
      zonderWijk: perWijk.get(null) ?? 0,
      politieJaar,
      politieDekking,
      dekking:
        politieJaar === null || !politieDekking
          ? 'Er zijn geen politiecijfers per wijk ingelezen voor dit thema.'
          : `Politiecijfers per wijk van ${politieJaar}: ${politiePerWijk.size} van de ${wijken.length} wijken. ${themaDekkingZin(politieDekking, 'per wijk')}`,
      teksten: teksten.map((x) => ({ id: x.id, tekst: x.tekst, buurtNaam: g.naam(x.buurt), ontvangenOp: x.ontvangenOp })),
      raadplegingen,
    };
  }

  // --- The neighbourhood view ---------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/wijken',
      tags: [tag],
      summary: 'De wijken van de werkruimte met per wijk de politiecijfers, wat inwoners zeiden en de raadplegingen',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Per wijk een samenvatting.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'secties.lezen', 'Uw rol mag de wijken niet zien.');
      if (!t.ok) return t.response;
      const g = await gebieden(db, t.w);
      const verborgen = magVertrouwelijkZien(t.member) ? new Set<string>() : await vertrouwelijkeThemas(db, werkruimteId);
      const { antwoorden } = await tellingen(db, werkruimteId);
      // All theme rows, also those without a count: a theme whose crime types are all missing still makes the sum over the themes incomplete.
      const politieAlle = (await aggregatenVoorWerkruimte(db, werkruimteId, { groep: 'thema', niveau: 'wijk' })).rijen.filter((r) => !verborgen.has(r.sleutel));
      const politie = politieAlle.filter((r) => r.aantal !== null);
      const raadplegingen = await laadRaadplegingen(db, werkruimteId);
      const wijken = g.lijst
        .filter((x) => x.soort === 'wijk')
        .map((x) => {
          const eigen = politie.filter((r) => r.regio === x.code);
          const jaar = eigen.length ? Math.max(...eigen.map((r) => r.jaar)) : null;
          // The sum over the themes carries the coverage of all its themes (dekking.ts, combineer).
          const d = jaar === null ? null : combineer(politieAlle.filter((r) => r.regio === x.code && r.jaar === jaar).map((r) => r.dekking));
          return {
            code: x.code,
            naam: x.naam,
            gemeente: x.binnen,
            buurten: g.lijst.filter((b) => b.binnen === x.code).length,
            antwoorden: antwoorden.filter((a) => g.wijkVan(a.buurt) === x.code).length,
            politie:
              jaar === null || !d
                ? null
                : { jaar, aantal: eigen.filter((r) => r.jaar === jaar).reduce((s, r) => s + (r.aantal ?? 0), 0), volledig: d.volledig, dekking: dekkingKort(d) },
            raadplegingen: raadplegingen.filter((r) => g.wijkVan(r.gebied) === x.code || r.resultaten.some((y) => g.wijkVan(y.gebied) === x.code)).length,
          };
        });
      const metCijfers = wijken.filter((x) => x.politie !== null).length;
      // Per theme over the wijken with figures in the latest year: a crime type is present only if it is in each wijk.
      const laatste = politie.length ? Math.max(...politie.map((r) => r.jaar)) : null;
      const wijkcodes = new Set(wijken.map((x) => x.code));
      const themaSleutels = [...new Set(politie.filter((r) => r.jaar === laatste && wijkcodes.has(r.regio)).map((r) => r.sleutel))].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
      const themas = themaSleutels.map((themaId) => {
        const metCijfer = new Set(politie.filter((r) => r.sleutel === themaId && r.jaar === laatste && wijkcodes.has(r.regio)).map((r) => r.regio));
        const d = combineer(politieAlle.filter((r) => r.sleutel === themaId && r.jaar === laatste && metCijfer.has(r.regio)).map((r) => r.dekking));
        return { themaId, naam: vindThema(themaId)?.naam ?? themaId, wijken: metCijfer.size, volledig: d.volledig, kort: dekkingKort(d), dekking: d };
      });
      const onvolledig = themas.filter((x) => !x.volledig);
      const onvolledigeWijken = wijken.filter((x) => x.politie && !x.politie.volledig).length;
      return c.json(
        {
          gemeenten: t.w.gemeenten,
          wijken,
          zonderWijk: antwoorden.filter((a) => g.wijkVan(a.buurt) === null).length,
          politieJaar: laatste,
          themas,
          /** Why the wijken are not ranked by their police figures; null when every figure is complete. */
          rangorde:
            onvolledigeWijken === 0
              ? null
              : `De wijken staan in de volgorde van de CBS-indeling, niet gerangschikt op het aantal misdrijven: bij ${onvolledigeWijken} van de ${metCijfers} wijken met cijfers is dat aantal onvolledig (een som over een deel van de soorten misdrijf), dus niet te vergelijken.`,
          dekking:
            wijken.length === 0
              ? 'De CBS-indeling kent voor deze gemeente geen wijken. Lees een codelijst met wijken in bij de politiecijfers.'
              : metCijfers === 0
                ? `Er zijn nog geen politiecijfers per wijk ingelezen (0 van de ${wijken.length} wijken).`
                : `Politiecijfers per wijk van ${laatste} voor ${metCijfers} van de ${wijken.length} wijken: ` +
                  (onvolledig.length === 0
                    ? `alle ${themas.length === 1 ? 'thema is' : `${themas.length} thema's zijn`} volledig.`
                    : `${themas.length - onvolledig.length} van de ${themas.length} thema's volledig, ${onvolledig.length} onvolledig (${onvolledig.map((x) => `${x.themaId}: ${x.kort}`).join('; ')}).`),
        },
        200,
      );
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/wijken/{code}',
      tags: [tag],
      summary: 'Eén wijk (of buurt): de politiecijfers per thema en jaar, wat inwoners zeiden en de resultaten van raadplegingen, naast elkaar',
      request: { params: wr({ code: z.string().openapi({ param: { name: 'code', in: 'path' }, example: 'WK036300' }) }) },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'De wijk.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, code } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'secties.lezen', 'Uw rol mag de wijken niet zien.');
      if (!t.ok) return t.response;
      const g = await gebieden(db, t.w);
      const gebied = g.perCode.get(code.toUpperCase());
      if (!gebied || gebied.soort === 'gemeente') return problem(c, 404, 'Deze wijk of buurt hoort niet bij deze werkruimte.');
      const verborgen = magVertrouwelijkZien(t.member) ? new Set<string>() : await vertrouwelijkeThemas(db, werkruimteId);
      const binnen = (x: string | null) => x !== null && (x === gebied.code || (gebied.soort === 'wijk' && g.perCode.get(x)?.binnen === gebied.code));
      const politie = (await aggregatenVoorWerkruimte(db, werkruimteId, { groep: 'thema', niveau: regioSoort(gebied.code), regio: gebied.code })).rijen.filter(
        (r) => !verborgen.has(r.sleutel) && r.maand === 0,
      );
      const jaren = [...new Set(politie.map((r) => r.jaar))].sort();
      const politieThemas = [...new Set(politie.filter((r) => r.aantal !== null).map((r) => r.sleutel))].sort();
      const { telling, lijsten } = await tellingen(db, werkruimteId);
      const perThema = new Map<string, number>();
      for (const x of telling) if (binnen(x.buurt) && !verborgen.has(x.themaId)) perThema.set(x.themaId, (perThema.get(x.themaId) ?? 0) + x.aantal);
      const geheim = (x: { vragenlijstId: string; keuzes: string[] }) => lijsten.find((l) => l.id === x.vragenlijstId)?.keuzes.some((k) => verborgen.has(k.themaId) && x.keuzes.includes(k.id)) ?? false;
      const teksten = (await laadTeksten(db, werkruimteId, ['goedgekeurd'])).filter((x) => binnen(x.buurt) && !geheim(x));
      const raadplegingen = (await laadRaadplegingen(db, werkruimteId))
        .map((r) => ({ ...r, resultaten: r.resultaten.filter((y) => binnen(y.gebied) && !verborgen.has(y.themaId)) }))
        .filter((r) => binnen(r.gebied) || r.resultaten.length > 0)
        .map((r) => metNamen(r, g.naam));
      const themaIds = [...new Set([...politieThemas, ...perThema.keys(), ...raadplegingen.flatMap((r) => r.resultaten.map((x) => x.themaId))])].sort();
      const laatsteJaar = jaren.at(-1) ?? null;
      return c.json(
        {
          code: gebied.code,
          naam: gebied.naam,
          soort: gebied.soort,
          gemeente: t.w.gemeenten.find((x) => x.code === `GM${gebied.code.slice(2, 6)}`) ?? null,
          buurten: g.lijst.filter((b) => b.binnen === gebied.code).map((b) => ({ code: b.code, naam: b.naam })),
          jaren,
          dekking:
            jaren.length === 0
              ? `Er zijn geen politiecijfers voor deze ${gebied.soort} ingelezen.`
              : `Politiecijfers voor deze ${gebied.soort} van ${jaren.length === 1 ? jaren[0] : `${jaren[0]} tot en met ${laatsteJaar}`}. ${wijkDekkingZin(politie.filter((r) => r.jaar === laatsteJaar && r.aantal !== null), laatsteJaar)}`,
          themas: themaIds.map((id) => ({
            themaId: id,
            naam: vindThema(id)?.naam ?? id,
            politie: jaren.map((jaar) => {
              const r = politie.find((x) => x.sleutel === id && x.jaar === jaar);
              return { jaar, aantal: r?.aantal ?? null, dekking: r && r.aantal !== null ? r.dekking : null };
            }),
            inwoners: perThema.get(id) ?? 0,
            raadplegingen: raadplegingen.flatMap((r) => r.resultaten.filter((x) => x.themaId === id).map((x) => ({ raadpleging: r.titel, datum: r.datum, vraag: x.vraag, gebiedNaam: x.gebiedNaam, aandeel: x.aandeel, aantal: x.aantal }))),
          })),
          teksten: teksten.map((x) => ({ id: x.id, tekst: x.tekst, buurtNaam: g.naam(x.buurt), ontvangenOp: x.ontvangenOp })),
          raadplegingen,
        },
        200,
      );
    },
  );

  // --- The public questionnaire ----------------------------------------------------------------------
  const lijstParam = z.object({ vragenlijstId: uuidParam('vragenlijstId') });

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/vragenlijsten/{vragenlijstId}',
      tags: [tag],
      summary: "Een openbare vragenlijst 'Waar heeft u last van in uw buurt?', met een uitdaging voor het bewijs van werk",
      description:
        'Zonder aanmelden. Het antwoord bevat een ondertekende `uitdaging` met `bits`: zoek een `nonce` (letters en cijfers) zodat sha256(uitdaging + nonce) met zoveel nulbits begint, en stuur beide mee met het antwoord.',
      request: { params: lijstParam },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'De vragenlijst, haar keuzes en buurten, en de uitdaging.' }, ...publiekeFouten },
    }),
    async (c) => {
      const { vragenlijstId } = c.req.valid('param');
      const l = isUuid(vragenlijstId) ? await laadVragenlijst(db, vragenlijstId) : undefined;
      if (!l) return problem(c, 404, 'Deze vragenlijst bestaat niet.');
      const w = (await laadWerkruimte(db, l.werkruimteId))!;
      const g = await gebieden(db, w);
      const open = isOpenOp(l, vandaag());
      c.header('Cache-Control', 'no-store');
      return c.json(
        {
          id: l.id,
          titel: l.titel,
          vraag: VRAAG,
          gemeente: w.gemeenten.map((x) => x.naam).join(', '),
          start: l.start,
          einde: l.einde,
          open,
          keuzes: l.keuzes.map((k) => ({ id: k.id, tekst: k.tekst })),
          buurten: g.lijst.filter((x) => x.soort !== 'gemeente').map((x) => ({ code: x.code, naam: x.naam, soort: x.soort, wijk: x.soort === 'buurt' ? x.binnen : null })),
          maxTekst: MAX_TEKST,
          bewijs: open ? await uitdagingen.maak(l.id) : null,
        },
        200,
      );
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/vragenlijsten/{vragenlijstId}/antwoorden',
      tags: [tag],
      summary: 'Beantwoord een openbare vragenlijst (anoniem)',
      description:
        'Zonder aanmelden en anoniem: er worden geen persoonsgegevens en geen IP-adres bewaard. Een tekst wordt eerst door de gemeente beoordeeld; een tekst met persoonsgegevens (zoals een telefoonnummer) wordt tegengehouden. Vereist het bewijs van werk uit GET; elk bewijs telt één keer. Te veel antwoorden vanaf één adres geeft 429 met Retry-After.',
      request: { params: lijstParam, body: { required: true, content: { 'application/json': { schema: antwoordInvoerSchema } } } },
      responses: {
        201: { content: { 'application/json': { schema: z.unknown() } }, description: 'Ontvangen.' },
        409: { content: problemContent, description: 'De vragenlijst is niet open, of dit bewijs is al gebruikt.' },
        422: { content: problemContent, description: 'Een keuze, de buurt of het bewijs klopt niet.' },
        429: { content: problemContent, description: 'Te veel antwoorden vanaf dit adres; probeer het later opnieuw (Retry-After).' },
        ...publiekeFouten,
      },
    }),
    async (c) => {
      const { vragenlijstId } = c.req.valid('param');
      const body = c.req.valid('json');
      const wachten = await beperking.tel(clientAddress(c));
      if (wachten !== null) {
        const minuten = Math.ceil(wachten / 60);
        return problem(c, 429, `U heeft al veel antwoorden gestuurd. Wacht ${minuten === 1 ? '1 minuut' : `${minuten} minuten`} en probeer het dan opnieuw.`, {}, { 'Retry-After': String(wachten) });
      }
      const l = isUuid(vragenlijstId) ? await laadVragenlijst(db, vragenlijstId) : undefined;
      if (!l) return problem(c, 404, 'Deze vragenlijst bestaat niet.');
      if (!isOpenOp(l, vandaag())) {
        return problem(c, 409, vandaag() < l.start ? `Deze vragenlijst is nog niet open. U kunt hem invullen vanaf ${l.start}.` : `Deze vragenlijst is gesloten sinds ${l.einde}. Bedankt voor uw belangstelling.`);
      }
      const bewijs = await uitdagingen.controleer(l.id, body.uitdaging, body.nonce);
      if (!bewijs.ok) return regelProbleem(c, 'nonce', bewijs.reden);
      const ids = new Set(l.keuzes.map((k) => k.id));
      const onbekend = body.keuzes.find((k) => !ids.has(k));
      if (onbekend !== undefined) return regelProbleem(c, 'keuzes', `'${onbekend}' is geen keuze van deze vragenlijst.`);
      // The privacy check runs before anything is stored: what it finds is never written to the database.
      const ontvangen = ontvangTekst(body.tekst, body.tekst ? vindPersoonsgegevens(body.tekst) : []);
      if (body.keuzes.length === 0 && !ontvangen.tekst) return regelProbleem(c, 'keuzes', 'Kies minstens één onderwerp, of schrijf iets in het tekstvak.');
      let buurt: string | null = null;
      if (body.buurt) {
        const w = (await laadWerkruimte(db, l.werkruimteId))!;
        const g = await gebieden(db, w);
        const gebied = g.perCode.get(body.buurt);
        if (!gebied || gebied.soort === 'gemeente') return regelProbleem(c, 'buurt', `'${body.buurt}' is geen wijk of buurt van deze gemeente.`);
        buurt = gebied.code;
      }
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        if (!(await gebruikBewijs(tx, bewijs.sleutel, bewijs.verloopt))) return problem(c, 409, 'Dit bewijs is al gebruikt. Laad de vragenlijst opnieuw om nog een antwoord te sturen.');
        await slaAntwoordOp(tx, l.id, { buurt, keuzes: [...new Set(body.keuzes)], ...ontvangen });
        announce({ type: 'werkruimte', werkruimteId: l.werkruimteId, id: 'inwoners', versie: 1 });
        return c.json(
          {
            ontvangen: true,
            tekst: ontvangen.status === 'geen' ? null : ontvangen.vondsten.length ? 'tegengehouden' : 'te-beoordelen',
            bericht:
              ontvangen.status === 'geen'
                ? 'Bedankt voor uw antwoord.'
                : ontvangen.vondsten.length
                  ? 'Bedankt voor uw antwoord. Uw tekst lijkt persoonsgegevens te bevatten (zoals een telefoonnummer); die hebben wij weggelaten en de tekst tonen wij niet. Uw keuzes tellen wel mee.'
                  : 'Bedankt voor uw antwoord. Uw tekst wordt eerst gelezen door de gemeente voordat anderen hem zien.',
          },
          201,
        );
      });
    },
  );

  return routes;
}
