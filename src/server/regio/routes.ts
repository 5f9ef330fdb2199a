/**
 * Het gebied regio (issue 17, ADR 0023): de stapelmatrix van een regionale werkruimte (JSON, CSV,
 * Word), de regionale streeftabel met de lokale indicatoren die eraan hangen (JSON, Word), en voor een
 * gemeentelijke werkruimte de regionale indicatoren waaraan ze een eigen indicator kan koppelen.
 * Alleen HTTP: parse, autoriseer, roep aan, presenteer.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Prioriteit } from '../../domain/cyclus/inhoud.ts';
import { indicatorStatussen } from '../../domain/monitoring/typen.ts';
import { regionaleStreeftabel, regionaleStreeftabelDocument } from '../../domain/regio/streeftabel.ts';
import { planStatusNamen, stapel, stapelingCsv, stapelingDocument } from '../../domain/regio/stapeling.ts';
import { type Actie, mag } from '../../domain/toegang/rollen.ts';
import { protectedErrors, uuidParam } from '../api/common.ts';
import { validationHook } from '../api/validation.ts';
import { laadDeel, laadWerkruimte, type WerkruimteKop } from '../cyclus/opslag.ts';
import type { Db } from '../db/db.ts';
import { naarDocx } from '../documenten/docx.ts';
import { laadIndicatoren, laadMonitoring } from '../monitoring/opslag.ts';
import { problem } from '../problem.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import { laadGekoppeldeIndicatoren, laadLokalePlannen, regionaleIndicatorenVoor, regiothemasVoor } from './opslag.ts';
import { type Kandidaten, kandidatenmatrix } from '../../domain/cyclus/kandidaten.ts';

const tag = 'Regio';
const geenWerkruimte = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
const planStatus = z.enum(['vastgesteld', 'concept', 'niet-gedeeld', 'geen-plan']);

const celSchema = z.object({
  gemeentecode: z.string(),
  gemeentenaam: z.string(),
  prioriteiten: z.array(z.object({ id: z.string(), titel: z.string(), gelezen: z.boolean().openapi({ description: 'true: Kernplan las de koppeling uit de titel; false: de gemeente koos het thema.' }) })),
});
const rijSchema = z.object({
  id: z.string(),
  naam: z.string(),
  soort: z.enum(['regiothema', 'thema', 'strategisch-thema']),
  koppelingen: z.array(z.string()),
  aantal: z.number().int(),
  gemeenten: z.array(celSchema),
  regiothemaIds: z.array(z.string()),
});
const stapelingSchema = z
  .object({
    gemeenten: z.object({ totaal: z.number().int(), metPlan: z.number().int(), vastgesteld: z.number().int(), concept: z.number().int() }),
    plannen: z.array(
      z.object({
        gemeentecode: z.string(),
        gemeentenaam: z.string(),
        status: planStatus,
        statusNaam: z.string(),
        werkruimteId: z.string().nullable(),
        werkruimteNaam: z.string().nullable(),
        vastgesteldOp: z.string().nullable(),
        aantalPrioriteiten: z.number().int(),
      }),
    ),
    regiothemas: z.array(rijSchema),
    themas: z.array(rijSchema),
    prioriteiten: z.array(
      z.object({
        gemeentecode: z.string(),
        gemeentenaam: z.string(),
        werkruimteId: z.string().nullable(),
        status: planStatus,
        id: z.string(),
        titel: z.string(),
        koppelingen: z.array(z.object({ id: z.string(), herkomst: z.enum(['hand', 'titel']), zekerheid: z.number().nullable() })),
        suggesties: z.array(z.object({ id: z.string(), soort: z.enum(['thema', 'strategisch-thema']), naam: z.string(), zekerheid: z.number(), waarom: z.string() })),
        regiothemaIds: z.array(z.string()),
      }),
    ),
    hiaten: z.object({
      regiothemasZonderGemeente: z.array(z.object({ id: z.string(), titel: z.string() })),
      lokaalZonderRegio: z.array(z.object({ gemeentecode: z.string(), gemeentenaam: z.string(), id: z.string(), titel: z.string(), koppelingen: z.array(z.string()) })),
      gemeentenZonderPlan: z.array(z.object({ gemeentecode: z.string(), gemeentenaam: z.string(), status: planStatus })),
    }),
  })
  .openapi('Stapeling');

const regelVelden = {
  naam: z.string(),
  eenheid: z.string(),
  referentie: z.string(),
  referentiejaar: z.number().int().nullable(),
  referentiewaarde: z.number().nullable(),
  streef: z.record(z.string(), z.string()),
  meting: z.record(z.string(), z.string()),
  waarden: z.record(z.string(), z.number().nullable()),
  status: z.enum(indicatorStatussen),
  statusTekst: z.string(),
};
const regionaleStreeftabelSchema = z
  .object({
    jaren: z.array(z.number().int()),
    rijen: z.array(
      z.object({
        ...regelVelden,
        indicatorId: z.string(),
        hoortBij: z.string(),
        lokaal: z.array(z.object({ ...regelVelden, gemeentecode: z.string(), gemeentenaam: z.string(), werkruimteId: z.string(), indicatorId: z.string() })),
      }),
    ),
  })
  .openapi('RegionaleStreeftabel');

type C = Context<AppEnv>;
const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const periodeVan = (w: WerkruimteKop) => (w.periodeStart && w.periodeEinde ? `${w.periodeStart}-${w.periodeEinde}` : '');

export function regioRoutes(db: Db) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));

  /** A member with the right in a regional workspace, or the answer (404 non-member or not a region, 403 role). */
  async function regio(c: C, werkruimteId: string, actie: Actie, weigering: string) {
    const member = await lidVan(c, db, werkruimteId);
    if (!member) return { ok: false as const, response: problem(c, 404, geenWerkruimte) };
    if (!mag(member, actie)) return { ok: false as const, response: (await refuse(c, db, weigering)) as never };
    const w = (await laadWerkruimte(db, werkruimteId))!;
    if (!w.regio) return { ok: false as const, response: problem(c, 404, 'Deze werkruimte is geen regio; de stapeling en de regionale streeftabel horen bij een regionale werkruimte.') };
    return { ok: true as const, member, w, regio: w.regio };
  }

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/stapeling',
      tags: [tag],
      summary: "De stapelmatrix: de prioriteiten van de lidgemeenten naast de regionale thema's en de 22 thema's, met de hiaten; ook als CSV of Word",
      description:
        "Van elke lidgemeente het nieuwste vastgestelde IVP, of een concept dat de gemeente met de regio deelt. Een koppeling die de gemeente niet zelf koos maar die Kernplan uit de titel las, heet 'gelezen'.",
      request: { params: werkruimteParam, query: z.object({ formaat: z.enum(['json', 'csv', 'docx']).optional().openapi({ description: 'json (standaard), csv of docx.' }) }) },
      responses: {
        200: {
          content: { 'application/json': { schema: stapelingSchema }, 'text/csv': { schema: z.string() }, [docx]: { schema: z.string().openapi({ format: 'binary' }) } },
          description: 'De stapelmatrix.',
        },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const { formaat } = c.req.valid('query');
      const t = await regio(c, werkruimteId, 'cyclus.lezen', 'Uw rol mag de stapeling van de regio niet lezen.');
      if (!t.ok) return t.response;
      const themas = (await laadDeel<Prioriteit[]>(db, t.w, 'prioriteiten')).inhoud;
      const s = stapel(themas, await laadLokalePlannen(db, t.regio.gemeenten));
      if (formaat === 'csv') {
        return c.body(stapelingCsv(s), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="stapeling.csv"' }) as never;
      }
      if (formaat === 'docx') {
        const model = stapelingDocument({ regionaam: t.w.naam, periode: periodeVan(t.w), stand: `Stand van ${new Date().toISOString().slice(0, 10)}` }, s);
        return c.body(new Uint8Array(await naarDocx(model)), 200, { 'Content-Type': docx, 'Content-Disposition': 'attachment; filename="stapeling.docx"' }) as never;
      }
      return c.json({ ...s, plannen: s.plannen.map((p) => ({ ...p, statusNaam: planStatusNamen[p.status] })) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/regionale-streeftabel',
      tags: [tag],
      summary: 'De regionale streeftabel: regionale indicatoren met referentie en streefwaarden per jaar, met per gemeente de lokale indicator die eraan hangt; ook als Word',
      request: { params: werkruimteParam, query: z.object({ formaat: z.enum(['json', 'docx']).optional() }) },
      responses: {
        200: { content: { 'application/json': { schema: regionaleStreeftabelSchema }, [docx]: { schema: z.string().openapi({ format: 'binary' }) } }, description: 'De tabel.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const { formaat } = c.req.valid('query');
      const t = await regio(c, werkruimteId, 'dashboard.lezen', 'Uw rol mag de regionale streefwaarden niet zien.');
      if (!t.ok) return t.response;
      const indicatoren = await laadIndicatoren(db, werkruimteId, undefined, t.member);
      const themas = (await laadDeel<Prioriteit[]>(db, t.w, 'prioriteiten')).inhoud;
      const { beoordeling } = (await laadMonitoring(db, t.w)).inhoud;
      // Local indicators linked to a regional indicator this member cannot see do not show either.
      const gekoppeld = (await laadGekoppeldeIndicatoren(db, werkruimteId, t.regio.gemeenten)).filter((g) => indicatoren.some((i) => i.id === g.indicator.regioKoppeling?.indicatorId));
      const tabel = regionaleStreeftabel({ indicatoren, themas, gekoppeld, beoordeling });
      if (formaat === 'docx') {
        return c.body(new Uint8Array(await naarDocx(regionaleStreeftabelDocument({ regionaam: t.w.naam, periode: periodeVan(t.w) }, tabel))), 200, {
          'Content-Type': docx,
          'Content-Disposition': 'attachment; filename="regionale-streeftabel.docx"',
        }) as never;
      }
      return c.json(tabel, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/regionale-indicatoren',
      tags: [tag],
      summary: "De regionale indicatoren waaraan deze gemeentelijke werkruimte een eigen indicator kan koppelen (uit de regio's waarin de gemeente ligt)",
      request: { params: werkruimteParam },
      responses: {
        200: {
          content: {
            'application/json': {
              schema: z.object({ indicatoren: z.array(z.object({ werkruimteId: z.string(), regionaam: z.string(), indicatorId: z.string(), naam: z.string(), eenheid: z.string() })) }).openapi('RegionaleIndicatoren'),
            },
          },
          description: 'Regionale indicatoren die niet vertrouwelijk zijn.',
        },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, geenWerkruimte);
      if (!mag(member, 'cyclus.bewerken')) return (await refuse(c, db, 'Alleen wie de indicatoren bijhoudt (coördinator, redacteur) koppelt een indicator aan een regionale streefwaarde.')) as never;
      const w = (await laadWerkruimte(db, werkruimteId))!;
      const indicatoren = w.regio ? [] : await regionaleIndicatorenVoor(db, w.gemeenten.map((g) => g.code));
      return c.json({ indicatoren }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/kandidatenmatrix',
      tags: [tag],
      summary: "Stap 3a van een gezamenlijk IVP: de kandidaat-prioriteiten van elke gemeente naast elkaar, met een voorstel (gezamenlijk of lokaal) en de regionale thema's die ze omvatten",
      request: { params: werkruimteParam },
      responses: {
        200: {
          content: {
            'application/json': {
              schema: z
                .object({
                  gemeenten: z.array(z.object({ code: z.string(), naam: z.string(), aantal: z.number().int(), ingevuld: z.boolean() })),
                  rijen: z.array(
                    z.object({ themaId: z.string(), naam: z.string(), gemeenten: z.array(z.string()), aantal: z.number().int(), voorstel: z.enum(['gezamenlijk', 'lokaal']), regio: z.array(z.string()) }),
                  ),
                  ontbreekt: z.array(z.string()),
                })
                .openapi('Kandidatenmatrix'),
            },
          },
          description: 'De matrix.',
        },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const member = await lidVan(c, db, werkruimteId);
      if (!member) return problem(c, 404, geenWerkruimte);
      if (!mag(member, 'cyclus.lezen')) return (await refuse(c, db, 'Uw rol mag de kandidaat-prioriteiten niet lezen.')) as never;
      const w = (await laadWerkruimte(db, werkruimteId))!;
      if (w.gemeenten.length < 2 || w.regio) return problem(c, 404, 'Deze werkruimte is geen gezamenlijk IVP; de kandidaat-prioriteiten per gemeente horen bij een IVP van meer gemeenten.');
      const kandidaten = (await laadDeel<Kandidaten>(db, w, 'kandidaten')).inhoud;
      return c.json(kandidatenmatrix(kandidaten, w.gemeenten, await regiothemasVoor(db, w.gemeenten.map((g) => g.code))), 200);
    },
  );

  return routes;
}

