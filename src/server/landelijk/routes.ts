/**
 * Het gebied landelijk (issue 17, punt 3; docs/landelijk-beeld.md): in een landelijke werkruimte
 * (regio.soort 'landelijk', ADR 0023) lijsten met prioriteiten uit bestaande plannen inlezen, en het
 * landelijk beeld: het aandeel per veld, thema en strategisch thema, per groep gemeenten en per jaar,
 * uit de ingelezen lijsten en de gemeentelijke IVP's van deze installatie. Alleen HTTP: parse,
 * autoriseer, roep aan, presenteer.
 *
 *   POST   /werkruimtes/{id}/prioriteitenlijsten[?voorbeeld=true]   CSV (text/csv) of JSON {bestandsnaam, inhoud, bijNaam}
 *   GET    /werkruimtes/{id}/prioriteitenlijsten                    de imports
 *   DELETE /werkruimtes/{id}/prioriteitenlijsten/{importId}          een import als geheel
 *   GET    /werkruimtes/{id}/landelijk-beeld[?formaat=csv]          de analyse
 *
 * Inlezen mag wie de cyclus bewerkt (coördinator, redacteur); verwijderen de coördinator; lezen wie de
 * cyclus leest (niet de raad, zoals de stapeling). Een import is alles of niets: één fout en er wordt
 * niets bewaard. Een import verandert na het inlezen niet; verwijderen vraagt daarom geen If-Match
 * (er is geen versie die iemand anders intussen kan hebben gewijzigd; wie als tweede verwijdert,
 * krijgt 404).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { analyseer, type LandelijkBeeld, type Prioriteit } from '../../domain/landelijk/analyse.ts';
import { groepenVan, P10_LEDEN_VOLGENS_P10 } from '../../domain/landelijk/gemeentegroepen.ts';
import { leesPrioriteitenlijst, MAX_RIJEN } from '../../domain/landelijk/prioriteitenlijst.ts';
import { type Actie, mag } from '../../domain/toegang/rollen.ts';
import { leesBegrensd } from '../api/begrensd.ts';
import { inTransactie, uuidParam } from '../api/common.ts';
import { problemSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';
import { laadWerkruimte } from '../cyclus/opslag.ts';
import type { Db } from '../db/db.ts';
import { problem } from '../problem.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import { bewaarImport, laadGeimporteerdePrioriteiten, laadImport, laadImports, laadWerkruimtePrioriteiten, verwijderImport, zoekZelfdeBestand } from './opslag.ts';

type C = Context<AppEnv>;

/** A query parameter: its first value (the same parser as the query of Hono's request). */
const param = (c: C, naam: string): string | undefined => c.req.queries(naam)?.[0];

const tag = 'Landelijk beeld';
const geenWerkruimte = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
const geenLandelijke =
  'Deze werkruimte is geen landelijke werkruimte; lijsten met prioriteiten en het landelijk beeld horen bij een werkruimte met regio.soort "landelijk".';
/** Een lijst van 20.000 prioriteiten met titels van 300 tekens is ruim 6 MB. */
export const MAX_LIJST_BYTES = 8 * 1024 * 1024;
/** Zoveel gelezen rijen laat een voorbeeld zien (het aantal staat er altijd bij). */
const VOORBEELD_RIJEN = 200;

const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
const probleem = (description: string) => ({ content: { 'application/problem+json': { schema: problemSchema } }, description });
const basisFouten = {
  401: probleem('Niet aangemeld.'),
  404: probleem('De werkruimte bestaat niet, u bent er geen lid van, of ze is geen landelijke werkruimte (het bericht zegt welke).'),
} as const;

const importSchema = z
  .object({
    id: z.string(),
    bestandsnaam: z.string(),
    sha256: z.string(),
    ingelezenOp: z.string().openapi({ format: 'date-time' }),
    ingelezenDoor: z.string().nullable(),
    bijNaam: z.boolean().openapi({ description: 'De gemeenten in dit bestand stemden ermee in dat hun naam in het landelijk beeld staat.' }),
    aantal: z.number().int(),
    gemeenten: z.number().int(),
    jaren: z.array(z.number().int()),
  })
  .openapi('LandelijkeImport');

const foutSchema = z.object({ regel: z.number().int(), kolom: z.string().optional(), melding: z.string() });
const voorbeeldSchema = z
  .object({
    bestandsnaam: z.string(),
    aantal: z.number().int().openapi({ description: 'Gelezen rijen zonder fout.' }),
    rijen: z.array(
      z.object({
        regel: z.number().int(),
        gemeentecode: z.string(),
        gemeentenaam: z.string(),
        jaar: z.number().int(),
        titel: z.string(),
        themas: z.array(z.string()).optional(),
      }),
    ),
    rijenWeggelaten: z.number().int().openapi({ description: `Rijen na de eerste ${VOORBEELD_RIJEN} die het voorbeeld niet toont.` }),
    gemeenten: z.number().int(),
    jaren: z.array(z.number().int()),
    metThemas: z.number().int().openapi({ description: "Rijen met thema's die met de hand gekoppeld zijn." }),
    teClassificeren: z.number().int().openapi({ description: 'Rijen zonder thema: Kernplan leest hun titel.' }),
    fouten: z.array(foutSchema),
    kanOpslaan: z.boolean(),
    eerderIngelezen: importSchema.nullable().openapi({ description: 'Hetzelfde bestand (sha256) is al eens ingelezen in deze werkruimte.' }),
  })
  .openapi('PrioriteitenlijstVoorbeeld');

const jsonInvoerSchema = z
  .object({
    bestandsnaam: z.string().min(1).max(255).openapi({ example: 'prioriteiten-2024.csv' }),
    inhoud: z.string().min(1).openapi({ description: 'De inhoud van het CSV-bestand als tekst.' }),
    bijNaam: z.boolean().optional().openapi({ description: 'De gemeenten in dit bestand stemden in met hun naam (standaard nee).' }),
  })
  .openapi('PrioriteitenlijstInvoer');

/** Zoveel geclassificeerde titels per pagina als de vraag niets zegt. */
const TITELS_STANDAARD = 50;

export function landelijkRoutes(db: Db) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/:werkruimteId/prioriteitenlijsten', requireUser(db));
  routes.use('/werkruimtes/:werkruimteId/prioriteitenlijsten/*', requireUser(db));
  routes.use('/werkruimtes/:werkruimteId/landelijk-beeld', requireUser(db));

  /** A member with the right in a national workspace, or the answer (404 non-member or not national, 403 role). */
  async function landelijk(c: C, werkruimteId: string, actie: Actie, weigering: string) {
    if (!z.uuid().safeParse(werkruimteId).success) return { ok: false as const, antwoord: problem(c, 404, geenWerkruimte) };
    const member = await lidVan(c, db, werkruimteId);
    if (!member) return { ok: false as const, antwoord: problem(c, 404, geenWerkruimte) };
    if (!mag(member, actie)) return { ok: false as const, antwoord: (await refuse(c, db, weigering)) as never };
    const w = (await laadWerkruimte(db, werkruimteId))!;
    if (w.regio?.soort !== 'landelijk') return { ok: false as const, antwoord: problem(c, 404, geenLandelijke) };
    return { ok: true as const, member, w };
  }

  // --- Inlezen ------------------------------------------------------------------------------------

  routes.openAPIRegistry.registerPath({
    method: 'post',
    path: '/werkruimtes/{werkruimteId}/prioriteitenlijsten',
    tags: [tag],
    summary: 'Lees een lijst prioriteiten uit bestaande plannen in (CSV: gemeentecode, jaar, titel, eventueel thema), alles of niets; of bekijk eerst een voorbeeld',
    description:
      'Het CSV-bestand als body (`text/csv`, met `?bestandsnaam=` en `?bijNaam=true`), of JSON `{bestandsnaam, inhoud, bijNaam}`. Kolommen en regels: docs/landelijk-beeld.md. ' +
      'Met `?voorbeeld=true` wordt niets bewaard: het antwoord noemt de gelezen rijen en elke fout met regel en kolom. Zonder voorbeeld geeft één fout 422 met alle fouten in `invalidParams` en wordt niets bewaard. ' +
      '`bijNaam`: de gemeenten in dit bestand stemden ermee in dat hun naam in het landelijk beeld staat; anders tellen ze alleen mee in de aantallen.',
    request: {
      params: werkruimteParam,
      query: z.object({
        voorbeeld: z.enum(['true', 'false']).optional().openapi({ description: 'true: alleen lezen en tonen, niets bewaren.' }),
        bestandsnaam: z.string().max(255).optional().openapi({ description: 'Bij een CSV-body: de naam van het bestand.', example: 'prioriteiten.csv' }),
        bijNaam: z.enum(['true', 'false']).optional().openapi({ description: 'Bij een CSV-body: de gemeenten in dit bestand stemden in met hun naam (standaard nee).' }),
      }),
      body: {
        required: true,
        description: 'De lijst als CSV (UTF-8, met of zonder BOM), of JSON met de inhoud als tekst.',
        content: {
          'text/csv': { schema: { type: 'string' as const, format: 'binary' } },
          'application/json': { schema: jsonInvoerSchema },
        },
      },
    },
    responses: {
      200: { content: { 'application/json': { schema: voorbeeldSchema } }, description: 'Met ?voorbeeld=true: wat Kernplan leest en wat niet klopt; er is niets bewaard.' },
      201: {
        content: { 'application/json': { schema: importSchema } },
        description: 'Ingelezen.',
        headers: z.object({ Location: z.string().openapi({ description: 'De lijst van imports.' }) }),
      },
      400: probleem('Een ongeldige parameter of JSON zonder bestandsnaam of inhoud; `invalidParams` noemt het veld.'),
      ...basisFouten,
      403: probleem('Uw rol mag geen lijsten inlezen (dat mogen de coördinator en de redacteuren), of het CSRF-token ontbreekt.'),
      409: probleem('Hetzelfde bestand is al ingelezen in deze werkruimte; verwijder de eerdere import eerst.'),
      413: probleem(`Het bestand is groter dan ${MAX_LIJST_BYTES / 1024 / 1024} MB.`),
      422: probleem('Het bestand heeft fouten; `invalidParams` noemt elke fout met regel en kolom (`name`: "regel 12, kolom gemeentecode"). Er is niets bewaard.'),
    },
  });
  routes.post('/werkruimtes/:werkruimteId/prioriteitenlijsten', async (c) => {
    const t = await landelijk(c, c.req.param('werkruimteId'), 'cyclus.bewerken', 'Uw rol mag geen lijsten met prioriteiten inlezen; dat mogen de coördinator en de redacteuren.');
    if (!t.ok) return t.antwoord;
    const voorbeeld = param(c, 'voorbeeld') === 'true';
    let bestandsnaam: string;
    let bijNaam: boolean;
    let tekst: string;
    let bytes: Uint8Array;
    if ((c.req.header('Content-Type') ?? '').toLowerCase().startsWith('application/json')) {
      const invoer = jsonInvoerSchema.safeParse(await c.req.json().catch(() => null));
      if (!invoer.success) {
        return problem(c, 400, 'Stuur {"bestandsnaam": "lijst.csv", "inhoud": "gemeentecode;jaar;titel\\n...", "bijNaam": false}.', {
          invalidParams: invoer.error.issues.map((i) => ({ name: i.path.join('.') || '(body)', code: i.code, reason: i.message })),
        });
      }
      bestandsnaam = invoer.data.bestandsnaam.trim() || 'prioriteiten.csv';
      bijNaam = invoer.data.bijNaam ?? false;
      tekst = invoer.data.inhoud;
      bytes = new TextEncoder().encode(tekst);
    } else {
      bestandsnaam = param(c, 'bestandsnaam')?.trim() || 'prioriteiten.csv';
      if (bestandsnaam.length > 255) {
        return problem(c, 400, 'De parameter bestandsnaam is te lang: hoogstens 255 tekens.', { invalidParams: [{ name: 'bestandsnaam', code: 'lengte', reason: 'Hoogstens 255 tekens.' }] });
      }
      bijNaam = param(c, 'bijNaam') === 'true';
      const ruw = await leesBegrensd(c.req.raw, MAX_LIJST_BYTES);
      if (ruw === null) return problem(c, 413, `Het bestand is te groot: hoogstens ${MAX_LIJST_BYTES / 1024 / 1024} MB (en ${MAX_RIJEN.toLocaleString('nl-NL')} regels).`);
      bytes = ruw;
      try {
        tekst = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return problem(c, 422, 'Het bestand is geen UTF-8-tekst. Sla het in uw rekenblad op als "CSV UTF-8" en lees het opnieuw in. Er is niets bewaard.', {
          invalidParams: [{ name: '(body)', code: 'tekenset', reason: 'Verwacht UTF-8.' }],
        });
      }
    }
    if (tekst.includes('\u0000')) {
      return problem(c, 422, 'Dit is geen tekstbestand (CSV). Er is niets bewaard.', { invalidParams: [{ name: '(body)', code: 'geen-tekst', reason: 'Het bestand bevat NUL-tekens.' }] });
    }
    const { rijen, fouten } = leesPrioriteitenlijst(tekst);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const eerder = (await zoekZelfdeBestand(db, t.w.id, sha256)) ?? null;

    if (voorbeeld) {
      const metThemas = rijen.filter((r) => r.themas && r.themas.length > 0).length;
      return c.json(
        {
          bestandsnaam,
          aantal: rijen.length,
          rijen: rijen.slice(0, VOORBEELD_RIJEN).map((r) => ({
            regel: r.regel,
            gemeentecode: r.gemeentecode,
            gemeentenaam: groepenVan(r.gemeentecode)?.naam ?? r.gemeentecode,
            jaar: r.jaar,
            titel: r.titel,
            ...(r.themas && r.themas.length > 0 ? { themas: r.themas } : {}),
          })),
          rijenWeggelaten: Math.max(0, rijen.length - VOORBEELD_RIJEN),
          gemeenten: new Set(rijen.map((r) => r.gemeentecode)).size,
          jaren: [...new Set(rijen.map((r) => r.jaar))].sort((a, b) => a - b),
          metThemas,
          teClassificeren: rijen.length - metThemas,
          fouten,
          kanOpslaan: fouten.length === 0 && rijen.length > 0 && eerder === null,
          eerderIngelezen: eerder,
        },
        200,
      );
    }

    if (fouten.length > 0) {
      const meer = fouten.length > 1 ? ` En nog ${fouten.length - 1} ${fouten.length === 2 ? 'fout' : 'fouten'}.` : '';
      return problem(c, 422, `${fouten[0]!.melding}.${meer} Er is niets bewaard.`.replace('..', '.'), {
        invalidParams: fouten.map((f) => ({ name: f.kolom ? `regel ${f.regel}, kolom ${f.kolom}` : `regel ${f.regel}`, code: 'csv', reason: f.melding })),
      });
    }
    if (rijen.length === 0) {
      return problem(c, 422, 'Er staat geen enkele prioriteit in het bestand (alleen een kopregel). Er is niets bewaard.', {
        invalidParams: [{ name: 'regel 2', code: 'leeg', reason: 'Verwacht ten minste één regel met gemeentecode, jaar en titel.' }],
      });
    }
    if (eerder) {
      return problem(c, 409, `Dit bestand is al ingelezen op ${eerder.ingelezenOp.slice(0, 10)} (${eerder.bestandsnaam}). Verwijder die import eerst als u het opnieuw wilt inlezen.`);
    }
    const id = randomUUID();
    const gebruikerId = c.get('sessie')!.gebruiker.id;
    await inTransactie(c, db, (tx) => bewaarImport(tx, { id, werkruimteId: t.w.id, bestandsnaam, sha256, gebruikerId, bijNaam }, rijen));
    c.header('Location', `/api/v1/werkruimtes/${t.w.id}/prioriteitenlijsten`);
    return c.json((await laadImport(db, t.w.id, id))!, 201);
  });

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/prioriteitenlijsten',
      tags: [tag],
      summary: 'De ingelezen lijsten met prioriteiten van deze landelijke werkruimte, de nieuwste eerst',
      request: {
        params: werkruimteParam,
        query: z.object({ aantal: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'Hoeveel van de nieuwste imports (1 tot en met 1000; standaard alle).', example: 100 }) }),
      },
      responses: {
        200: { content: { 'application/json': { schema: z.object({ imports: z.array(importSchema) }).openapi('LandelijkeImports') } }, description: 'De imports.' },
        400: probleem('Een ongeldige parameter; `invalidParams` noemt hem.'),
        ...basisFouten,
        403: probleem('Uw rol mag het landelijk beeld niet lezen.'),
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const { aantal } = c.req.valid('query');
      const t = await landelijk(c, werkruimteId, 'cyclus.lezen', 'Uw rol mag de lijsten met prioriteiten van het landelijk beeld niet lezen.');
      if (!t.ok) return t.antwoord;
      const imports = await laadImports(db, t.w.id);
      return c.json({ imports: aantal === undefined ? imports : imports.slice(0, aantal) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'delete',
      path: '/werkruimtes/{werkruimteId}/prioriteitenlijsten/{importId}',
      tags: [tag],
      summary: 'Verwijder een ingelezen lijst als geheel, met al haar prioriteiten',
      description:
        'Zonder If-Match: een import verandert na het inlezen niet, dus er is geen versie die iemand anders intussen kan hebben gewijzigd. Wie als tweede verwijdert, krijgt 404.',
      request: {
        params: z.object({
          werkruimteId: uuidParam('werkruimteId'),
          importId: z.uuid().openapi({ param: { name: 'importId', in: 'path' }, description: 'Het id van de import (een uuid).', example: '0b0e2c6e-4c1f-4c55-9f51-2a8a5d3b9c10' }),
        }),
      },
      responses: {
        204: { description: 'Verwijderd.' },
        400: probleem('Het importId is geen uuid; `invalidParams` noemt het.'),
        ...basisFouten,
        403: probleem('Alleen de coördinator verwijdert een lijst, of het CSRF-token ontbreekt.'),
      },
    }),
    async (c) => {
      const { werkruimteId, importId } = c.req.valid('param');
      const t = await landelijk(c, werkruimteId, 'werkruimte.wijzigen', 'Alleen de coördinator verwijdert een ingelezen lijst met prioriteiten.');
      if (!t.ok) return t.antwoord;
      const weg = await inTransactie(c, db, async (tx) => ((await verwijderImport(tx, t.w.id, importId)) ? null : problem(c, 404, 'Deze lijst bestaat niet (meer) in deze werkruimte.')));
      if (weg) return weg;
      return c.body(null, 204);
    },
  );

  // --- Het landelijk beeld ------------------------------------------------------------------------

  routes.openAPIRegistry.registerPath({
    method: 'get',
    path: '/werkruimtes/{werkruimteId}/landelijk-beeld',
    tags: [tag],
    summary: "Het landelijk beeld: het aandeel per veld, thema en strategisch thema, per groep gemeenten (G4, G40, P10, < 50.000, grootteklasse, provincie, politie-eenheid) en per planjaar; ook als CSV",
    description:
      'Uit de ingelezen lijsten van deze werkruimte en de gemeentelijke IVP-werkruimtes van deze installatie die vastgesteld zijn of gedeeld worden. ' +
      "Een titel zonder met de hand gekoppelde thema's is geclassificeerd en staat in `geclassificeerd` (gepagineerd met `titelsVanaf` en `titelsAantal`). " +
      'Een gemeente staat alleen met naam in het antwoord als ze daarmee instemde; anders telt ze alleen mee in de aantallen, en haar naam is in de titels vervangen door "[gemeente]". ' +
      'Regels en de twee soorten aandelen: docs/landelijk-beeld.md. CSV: per groep x veld de aandelen.',
    request: {
      params: werkruimteParam,
      query: z.object({
        alleenLaatstePlan: z.enum(['true', 'false']).optional().openapi({ description: 'true: per gemeente alleen haar laatste planjaar (het huidige plan).' }),
        jaar: z.string().optional().openapi({ description: 'Alleen prioriteiten van plannen die in dit jaar begonnen.', example: '2023' }),
        perJaarPerGroep: z.enum(['true', 'false']).optional().openapi({ description: 'true: ook per groep een uitsplitsing per planjaar (maakt het antwoord groter; standaard nee).' }),
        titelsVanaf: z.string().optional().openapi({ description: 'Eerste geclassificeerde titel (vanaf 0).', example: '0' }),
        titelsAantal: z.string().optional().openapi({ description: `Hoeveel geclassificeerde titels (1 tot en met 500; standaard ${TITELS_STANDAARD}).`, example: '50' }),
        formaat: z.enum(['json', 'csv']).optional().openapi({ description: 'json (standaard) of csv.' }),
      }),
    },
    responses: {
      200: {
        content: { 'application/json': { schema: z.unknown().openapi({ description: 'LandelijkBeeld (src/domain/landelijk/analyse.ts) met `bronnen` en `titels` (paginering).' }) }, 'text/csv': { schema: z.string() } },
        description: 'Het landelijk beeld.',
      },
      400: probleem('Een ongeldige parameter; `invalidParams` noemt hem.'),
      ...basisFouten,
      403: probleem('Uw rol mag het landelijk beeld niet lezen (de raad leest alleen vastgestelde documenten).'),
    },
  });
  routes.get('/werkruimtes/:werkruimteId/landelijk-beeld', async (c) => {
    const t = await landelijk(c, c.req.param('werkruimteId'), 'cyclus.lezen', 'Uw rol mag het landelijk beeld niet lezen.');
    if (!t.ok) return t.antwoord;
    const ongeldig = (name: string, reason: string) => problem(c, 400, `De parameter ${name} is ongeldig: ${reason}`, { invalidParams: [{ name, code: 'ongeldig', reason }] });
    const waarOfNiet = (naam: string) => {
      const v = param(c, naam);
      return v === undefined ? false : v === 'true' ? true : v === 'false' ? false : null;
    };
    const alleenLaatstePlan = waarOfNiet('alleenLaatstePlan');
    if (alleenLaatstePlan === null) return ongeldig('alleenLaatstePlan', 'verwacht true of false.');
    const perJaarPerGroep = waarOfNiet('perJaarPerGroep');
    if (perJaarPerGroep === null) return ongeldig('perJaarPerGroep', 'verwacht true of false.');
    const geheel = (naam: string, min: number, max: number, standaard: number | undefined) => {
      const v = param(c, naam);
      if (v === undefined || v === '') return standaard;
      return /^\d{1,6}$/.test(v) && Number(v) >= min && Number(v) <= max ? Number(v) : null;
    };
    const jaar = geheel('jaar', 1990, 2100, undefined);
    if (jaar === null) return ongeldig('jaar', 'verwacht een jaar van 1990 tot en met 2100.');
    const vanaf = geheel('titelsVanaf', 0, 1_000_000, 0);
    if (vanaf === null) return ongeldig('titelsVanaf', 'verwacht een getal van 0 of meer.');
    const aantal = geheel('titelsAantal', 1, 500, TITELS_STANDAARD);
    if (aantal === null) return ongeldig('titelsAantal', 'verwacht een getal van 1 tot en met 500.');
    const formaat = param(c, 'formaat') ?? 'json';
    if (formaat !== 'json' && formaat !== 'csv') return ongeldig('formaat', 'verwacht json of csv.');

    const geimporteerd = await laadGeimporteerdePrioriteiten(db, t.w.id);
    const uitWerkruimten = await laadWerkruimtePrioriteiten(db);
    const alle = [...geimporteerd, ...uitWerkruimten.prioriteiten];
    const selectie = jaar === undefined ? alle : alle.filter((p) => p.jaar === jaar);
    const beeld = verberg(analyseer(selectie, { alleenLaatstePlan, perJaarPerGroep }), alle);

    if (formaat === 'csv') {
      return c.body(beeldCsv(beeld), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="landelijk-beeld.csv"' });
    }
    const { geclassificeerd, ...rest } = beeld;
    return c.json(
      {
        ...rest,
        jaar: jaar ?? null,
        p10: { gemeentenInLand: rest.groepen.find((g) => g.groep.soort === 'p10')?.gemeentenInLand ?? 0, ledenVolgensP10: P10_LEDEN_VOLGENS_P10 },
        bronnen: {
          import: { prioriteiten: geimporteerd.length },
          werkruimte: { prioriteiten: uitWerkruimten.prioriteiten.length, plannen: uitWerkruimten.plannen },
        },
        titels: { totaal: geclassificeerd.length, vanaf: vanaf ?? 0, aantal: aantal ?? TITELS_STANDAARD },
        geclassificeerd: geclassificeerd.slice(vanaf ?? 0, (vanaf ?? 0) + (aantal ?? TITELS_STANDAARD)),
      },
      200,
    );
  });

  return routes;
}

/** Andere namen waaronder een gemeente in een titel staat (de CBS-naam en naam + 'se' gaan vanzelf). */
const ANDERE_NAMEN: Readonly<Record<string, readonly string[]>> = {
  GM0518: ['Den Haag', 'Haagse', 'Haags'],
  GM0164: ['Hengelo', 'Hengelose'],
  GM0796: ['Den Bosch', 'Bossche'],
  GM1970: ['Noardeast-Fryslân'],
  GM0546: ['Leidse'],
};

/**
 * Een gemeente die niet met naam genoemd wil worden, staat ook niet in een titel: haar naam wordt
 * daar "[gemeente]". (De analyse laat titels staan; een titel als "Vrachtverkeer door Valkenswaard"
 * zou de gemeente anders alsnog noemen.) De CBS-naam, de naam + 'se' ("Rotterdamse") en de namen in
 * ANDERE_NAMEN, als heel woord; een kern of wijk van de gemeente herkent dit niet.
 */
function verberg(beeld: LandelijkBeeld, alle: readonly Prioriteit[]): LandelijkBeeld {
  // Zoals de analyse: met naam alleen als al haar prioriteiten (ook buiten de selectie) het toestaan.
  const namen = new Set<string>();
  for (const p of alle) {
    const g = groepenVan(p.gemeentecode);
    if (g && !p.naamZichtbaar) for (const n of [g.naam, `${g.naam}se`, ...(ANDERE_NAMEN[g.code] ?? [])]) namen.add(n);
  }
  if (namen.size === 0) return beeld;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patroon = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...namen].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const schoon = (titel: string) => titel.replace(patroon, '[gemeente]');
  return {
    ...beeld,
    geclassificeerd: beeld.geclassificeerd.map((x) => ({ ...x, titel: schoon(x.titel) })),
    onbekendeGemeenten: beeld.onbekendeGemeenten.map((x) => ({ ...x, titel: schoon(x.titel) })),
  };
}

/** Per selectie (het land, elke groep) x veld: aantallen en de drie aandelen, als CSV met ';'. */
function beeldCsv(b: LandelijkBeeld): string {
  const veld = (x: string | number) => {
    const s = typeof x === 'number' && !Number.isInteger(x) ? String(x).replace('.', ',') : String(x);
    return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const regels = [
    [
      'groepsoort',
      'groep',
      'gemeenten_in_data',
      'gemeenten_in_land',
      'weinig_gemeenten',
      'prioriteiten',
      'veld',
      'veldnaam',
      'prioriteiten_in_veld',
      'aandeel_prioriteiten',
      'hoofdveld',
      'aandeel_hoofdveld',
      'gemeenten_met_veld',
      'aandeel_gemeenten',
    ].join(';'),
  ];
  const selecties = [
    { soort: 'land', naam: 'Nederland', gemeentenInData: b.landelijk.gemeentenInData, gemeentenInLand: b.landelijk.gemeentenInLand, weinig: false, verdeling: b.landelijk.verdeling },
    ...b.groepen.map((g) => ({ soort: g.groep.soort, naam: g.groep.naam, gemeentenInData: g.gemeentenInData, gemeentenInLand: g.gemeentenInLand, weinig: g.weinigGemeenten, verdeling: g.verdeling })),
  ];
  for (const s of selecties) {
    for (const v of s.verdeling.velden) {
      regels.push(
        [s.soort, s.naam, s.gemeentenInData, s.gemeentenInLand, s.weinig ? 'ja' : 'nee', s.verdeling.prioriteiten, v.veld, v.naam, v.prioriteiten, v.aandeelPrioriteiten, v.hoofdveld, v.aandeelHoofdveld, v.gemeenten, v.aandeelGemeenten]
          .map(veld)
          .join(';'),
      );
    }
  }
  return `\uFEFF${regels.join('\r\n')}\r\n`;
}
