/**
 * API voor politiecijfers in een werkruimte: een import starten door te uploaden, de voortgang
 * volgen, annuleren, de samenvatting lezen, en de cijfers per regio, periode, thema of veld.
 * Importeren mag wie de cyclus mag bewerken (coördinator, redacteur); lezen wie de cyclus mag lezen.
 *
 * Import in twee stappen, zodat de pagina de voortgang kan tonen terwijl het bestand binnenkomt:
 *   1. POST /werkruimtes/{id}/politiecijfers/imports  {"bestandsnaam": "...", "grootte": 123}
 *        -> 201 {id, status: "wacht-op-bestand", ...}
 *   2. PUT  /werkruimtes/{id}/politiecijfers/imports/{importId}/bestand  (het bestand als body)
 *        -> 200 {status: "ingelezen", samenvatting} | 422 problem+json met fouten | 409 geannuleerd
 *   Intussen: GET .../imports/{importId} (voortgang) en DELETE .../imports/{importId} (annuleren).
 * In één stap kan ook: POST .../imports?bestandsnaam=x.csv met het bestand als body (geen JSON).
 * Tussen stap 1 en 2 kunnen de CBS-codelijsten mee die bij het bestand horen (elk hoogstens 20 MB):
 *   PUT .../imports/{importId}/codelijsten/regios   (WijkenEnBuurten.csv: Key, Title, Municipality)
 *   PUT .../imports/{importId}/codelijsten/soorten  (SoortMisdrijf.csv: Key, Title)
 *        -> 200 {lijst, aantal} | 413 te groot | 422 niet te lezen of leeg | 409 wacht niet (meer) op het bestand
 *
 * Alles staat in /openapi.json. Routes die hun invoer zelf controleren (eigen meldingen en statuscodes)
 * blijven gewone handlers en worden alleen beschreven (registerPath); de rest gaat via routes.openapi.
 * Bestanden komen als ruwe body binnen en worden als stroom gelezen, nooit via zod.
 */
import { leesBegrensd } from '../api/begrensd.ts';
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { leesRegioCodelijst, leesSoortCodelijst } from '../../domain/politie/codelijsten.ts';
import { type Groep } from '../../domain/politie/cijfers.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import { type RegioSoort } from '../../domain/politie/regios.ts';
import { standaardKoppeling } from '../../domain/politie/themakoppeling.ts';
import { type Actie, mag } from '../../domain/toegang/rollen.ts';
import { type AppEnv, refuse, requireUser, lidVan } from '../toegang/middleware.ts';
import type { Db } from '../db/db.ts';
import {
  aggregatenVoorWerkruimte,
  begrotingsindicatorenVoorWerkruimte,
  importsVanWerkruimte,
  laadHalt,
  laadImportSamenvatting,
  overzichtVoorWerkruimte,
  vergelijkingVoorWerkruimte,
} from './cijfers.ts';
import { laadWerkruimte } from '../cyclus/stand.ts';
import { volgPolitieReeksen } from '../monitoring/politiereeks.ts';
import { meegeleverdeRegio } from './regiolijst.ts';
import { bereidImportVoor, importeerPolitiecijfers, type ImportUitslag, type Voortgang } from './import.ts';
import { type Afwijking, controleerAfwijkingen, laadAfwijkingen, vervangAfwijkingen } from './themakoppeling.ts';
import { themabijdragenQuery, themabijdragenSchema, themabijdragenVoorWerkruimte } from './themabijdragen.ts';
import { problem } from '../problem.ts';
import { cyclusdeelRij, deelVersie } from '../db/versies.ts';
import { schrijfDeel } from '../cyclus/stand.ts';
import { inwonersRij, laadInwonertal, zetInwonertal } from './inwoners.ts';
import { ifMatchHeader, inTransactie, versionedWriteErrors } from '../api/common.ts';
import { etag, neemVersie } from '../api/versioning.ts';
import {
  afwijkingenSchema,
  aggregatenQuery,
  cijfersAntwoord,
  codelijstAntwoordSchema,
  codelijstParam,
  type CodelijstSoort,
  haltInvoerSchema,
  importLijstSchema,
  importParam,
  importProbleemSchema,
  importStartQuery,
  importStartSchema,
  importTaakSchema,
  inwonersSchema,
  inwonertalAntwoordSchema,
  MAX_CODELIJST_BYTES,
  ruwBestand,
  ruweBody,
  themakoppelingInvoerSchema,
  themakoppelingSchema,
  vergelijkingQuery,
  werkruimteParam,
  dekkingSchema,
} from './schemas.ts';
import { problemSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';

type C = Context<AppEnv>;

/** A query parameter: its first value, as Hono's c.req.query(naam) gives it (the same parser; queries() gives all values). */
const param = (c: C, naam: string): string | undefined => c.req.queries(naam)?.[0];

const geenWerkruimte = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
const BEWAARTIJD_MS = 60 * 60 * 1000;
const tag = 'Politiecijfers';

// --- For the OpenAPI document ----------------------------------------------------------------

const probleem = (description: string) => ({ content: { 'application/problem+json': { schema: problemSchema } }, description });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const nietAangemeld = probleem('Niet aangemeld.');
const geenLid = probleem('De werkruimte bestaat niet, of u bent er geen lid van.');
const lezenFouten = { 401: nietAangemeld, 403: probleem('Uw rol mag de politiecijfers van deze werkruimte niet lezen.'), 404: geenLid } as const;
const importerenFouten = {
  401: nietAangemeld,
  403: probleem('Uw rol mag geen politiecijfers inlezen of wijzigen (dat mogen de coördinator en de redacteuren), of het CSRF-token ontbreekt.'),
  404: geenLid,
} as const;
const geenImport = probleem('De werkruimte bestaat niet of u bent er geen lid van, of de import bestaat niet (meer) in deze werkruimte.');

/** The code lists CBS ships with a table, as the import page and the messages name them. */
const codelijstNamen: Record<CodelijstSoort, { naam: string; bestand: string; kolommen: string }> = {
  regios: { naam: 'regio-codelijst', bestand: 'WijkenEnBuurten.csv', kolommen: 'Key en Title, en eventueel Municipality (de gemeentecode)' },
  soorten: { naam: 'codelijst soorten misdrijf', bestand: 'SoortMisdrijf.csv', kolommen: 'Key en Title' },
};

export type ImportStatus = 'wacht-op-bestand' | 'bezig' | 'ingelezen' | 'geweigerd' | 'geannuleerd';

/** Een import zoals de API hem toont. */
export interface ImportTaak {
  id: string;
  werkruimteId: string;
  bestandsnaam: string;
  status: ImportStatus;
  voortgang: Voortgang;
  gestartOp: string;
  uitslag: ImportUitslag | null;
}

interface Taak extends ImportTaak {
  gebruikerId: string;
  /** CBS code lists sent before the file (PUT …/codelijsten/{lijst}); dropped once the import is done. */
  codelijsten: { regios?: Uint8Array; soorten?: Uint8Array };
  stop: AbortController;
  verloopt: number;
}

function toon(t: Taak) {
  const { id, werkruimteId, bestandsnaam, status, voortgang, gestartOp, uitslag } = t;
  return {
    id,
    werkruimteId,
    bestandsnaam,
    status,
    voortgang,
    gestartOp,
    ...(uitslag?.status === 'ingelezen' ? { samenvatting: uitslag.samenvatting } : {}),
    ...(uitslag?.status === 'geweigerd' ? { reden: uitslag.reden, regel: uitslag.regel, fouten: uitslag.fouten, foutenTotaal: uitslag.foutenTotaal } : {}),
  };
}

/** Standard upload limit for a police file (MAX_UPLOAD_MB). */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

/** The body of an upload went past the limit while it came in. */
class UploadTeGroot extends Error {}

/**
 * The raw body as a stream, at most `max` bytes (more: UploadTeGroot). When the reader stops early
 * (refused, too large, cancelled) the rest of the body is not read: the server answers at once and
 * @hono/node-server drains a little and then closes the connection.
 */
async function* body(c: C, max: number): AsyncIterable<Uint8Array> {
  const stroom = c.req.raw.body;
  if (!stroom) return;
  const lezer = stroom.getReader();
  let gelezen = 0;
  let helemaal = false;
  try {
    for (;;) {
      const { done, value } = await lezer.read();
      if (done) {
        helemaal = true;
        return;
      }
      gelezen += value.byteLength;
      if (gelezen > max) throw new UploadTeGroot();
      yield value;
    }
  } finally {
    if (!helemaal) await lezer.cancel().catch(() => undefined);
    lezer.releaseLock();
  }
}

const mbTekst = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 });

const groepen: readonly Groep[] = ['thema', 'veld', 'soort'];
const niveaus: readonly RegioSoort[] = ['gemeente', 'wijk', 'buurt'];

export interface PolitieRouteOpties {
  /** Largest police file an upload may send (bytes); standard MAX_UPLOAD_BYTES. */
  maxUploadBytes?: number | undefined;
}

export function politieRoutes(db: Db, { maxUploadBytes = MAX_UPLOAD_BYTES }: PolitieRouteOpties = {}) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // The coverage every figure per theme, field or crime type carries (issue 16, point 2), as a component of the document.
  routes.openAPIRegistry.register('PolitieDekking', dekkingSchema);
  routes.use('/werkruimtes/:werkruimteId/politiecijfers', requireUser(db));
  routes.use('/werkruimtes/:werkruimteId/politiecijfers/*', requireUser(db));
  const taken = new Map<string, Taak>();

  const opruimen = () => {
    const nu = Date.now();
    for (const [id, t] of taken) if (t.status !== 'bezig' && t.verloopt < nu) taken.delete(id);
  };

  /** Lid met het recht, of het antwoord (404 voor wie geen lid is, 403 voor een rol zonder recht). */
  async function toegang(c: C, actie: Actie, weigering: string) {
    const werkruimteId = c.req.param('werkruimteId')!;
    const member = await lidVan(c, db, werkruimteId);
    if (!member) return { ok: false as const, antwoord: problem(c, 404, geenWerkruimte) };
    if (!mag(member, actie)) return { ok: false as const, antwoord: (await refuse(c, db, weigering)) as never };
    return { ok: true as const, werkruimteId, member };
  }
  const lezen = (c: C) => toegang(c, 'cyclus.lezen', 'Uw rol mag de politiecijfers van deze werkruimte niet lezen.');

  /** The budget indicators with the version of the Halt figures (for If-Match on PUT …/halt). */
  async function begrotingsindicatorenAntwoord(c: C, werkruimteId: string) {
    const haltVersie = await deelVersie(db, werkruimteId, 'halt');
    c.header('ETag', etag(haltVersie));
    return c.json({ ...(await begrotingsindicatorenVoorWerkruimte(db, werkruimteId)), haltVersie }, 200);
  }
  const importeren = (c: C) => toegang(c, 'cyclus.bewerken', 'Uw rol mag geen politiecijfers inlezen; dat mogen de coördinator en de redacteuren.');

  function jaarParam(c: C, naam: string): number | undefined | Response {
    const v = param(c, naam);
    if (v === undefined || v === '') return undefined;
    if (!/^\d{4}$/.test(v)) return problem(c, 400, `De parameter ${naam} moet een jaartal zijn, zoals 2023.`, { invalidParams: [{ name: naam, code: 'jaar', reason: `'${v}' is geen jaartal.` }] });
    return Number(v);
  }

  function keuze<T extends string>(c: C, naam: string, opties: readonly T[], standaard: T): T | Response {
    const v = param(c, naam) ?? standaard;
    if ((opties as readonly string[]).includes(v)) return v as T;
    return problem(c, 400, `De parameter ${naam} moet een van ${opties.join(', ')} zijn.`, { invalidParams: [{ name: naam, code: 'keuze', reason: `'${v}' is geen geldige waarde.` }] });
  }

  // --- Cijfers lezen ---------------------------------------------------------------------------

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/politiecijfers',
      tags: [tag],
      summary: 'Overzicht: de geregistreerde misdrijven per gemeente van de werkruimte, per thema en jaar',
      request: { params: werkruimteParam },
      responses: { 200: cijfersAntwoord('Per gemeente (`gemeenten`) de reeksen per thema, met inwoners en trend.'), ...lezenFouten },
    }),
    async (c) => {
      const t = await lezen(c);
      if (!t.ok) return t.antwoord;
      return c.json(await overzichtVoorWerkruimte(db, t.werkruimteId), 200);
    },
  );

  // Query parameters are checked here, with their own messages (code 'keuze', 'jaar', 'regiocode'): documented only.
  routes.openAPIRegistry.registerPath({
    method: 'get',
    path: '/werkruimtes/{werkruimteId}/politiecijfers/aggregaten',
    tags: [tag],
    summary: 'Aantallen per regio, periode en thema (of veld, of soort misdrijf), met per 1.000 inwoners',
    request: { params: werkruimteParam, query: aggregatenQuery },
    responses: {
      200: cijfersAntwoord('`groep`, `gemeenten`, `codes` (per sleutel de soorten) en `rijen` (regio, regioNaam, jaar, maand, sleutel, naam, aantal, per1000).'),
      400: probleem('Een ongeldige parameter; `invalidParams` noemt hem.'),
      ...lezenFouten,
    },
  });
  routes.get('/werkruimtes/:werkruimteId/politiecijfers/aggregaten', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    const groep = keuze(c, 'groep', groepen, 'thema');
    const niveau = keuze(c, 'niveau', niveaus, 'gemeente');
    const periode = keuze(c, 'periode', ['jaar', 'maand'] as const, 'jaar');
    const jaarVan = jaarParam(c, 'jaarVan');
    const jaarTot = jaarParam(c, 'jaarTot');
    for (const p of [groep, niveau, periode, jaarVan, jaarTot]) if (p instanceof Response) return p;
    const regio = param(c, 'regio');
    if (regio !== undefined && !/^(GM|WK|BU)\d{4}[0-9A-Z]{0,4}$/.test(regio)) {
      return problem(c, 400, 'De parameter regio moet een CBS-code van een gemeente, wijk of buurt zijn, zoals WK036300.', {
        invalidParams: [{ name: 'regio', code: 'regiocode', reason: `'${regio}' is geen regiocode.` }],
      });
    }
    return c.json(
      await aggregatenVoorWerkruimte(db, t.werkruimteId, {
        groep: groep as Groep,
        niveau: niveau as RegioSoort,
        periode: periode as 'jaar' | 'maand',
        jaarVan: jaarVan as number | undefined,
        jaarTot: jaarTot as number | undefined,
        ...(regio ? { regio } : {}),
      }),
    );
  });

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/politiecijfers/begrotingsindicatoren',
      tags: [tag],
      summary: 'De verplichte begrotingsindicatoren (BBV) per gemeente, per 1.000 inwoners, met de Halt-verwijzingen',
      request: { params: werkruimteParam },
      responses: { 200: cijfersAntwoord('Per gemeente (`gemeenten`) de indicatoren met hun waarden per jaar en herkomst.'), ...lezenFouten },
    }),
    async (c) => {
      const t = await lezen(c);
      if (!t.ok) return t.antwoord;
      return begrotingsindicatorenAntwoord(c, t.werkruimteId);
    },
  );

  // Halt is no police figure: the municipality enters referrals and young people (12-17) by hand.
  // The body is checked here (422 with every wrong field at once): documented only.
  routes.openAPIRegistry.registerPath({
    method: 'put',
    path: '/werkruimtes/{werkruimteId}/politiecijfers/halt',
    tags: [tag],
    summary: 'Vul de Halt-verwijzingen van een gemeente en jaar in (met de hand; geen politiecijfer)',
    description: 'Stuur If-Match met `haltVersie` uit GET …/begrotingsindicatoren ("0" als er nog nooit een Halt-cijfer is ingevuld).',
    request: { params: werkruimteParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: haltInvoerSchema } } } },
    responses: {
      200: cijfersAntwoord('De begrotingsindicatoren, met het nieuwe Halt-cijfer en de nieuwe `haltVersie` (ook als ETag).'),
      ...versionedWriteErrors,
      ...importerenFouten,
      422: probleem('De Halt-cijfers kloppen niet; `invalidParams` noemt elk veld.'),
    },
  });
  routes.put('/werkruimtes/:werkruimteId/politiecijfers/halt', async (c) => {
    const t = await importeren(c);
    if (!t.ok) return t.antwoord;
    const invoer = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const w = await laadWerkruimte(db, t.werkruimteId);
    const problemen: { name: string; code: string; reason: string }[] = [];
    const geheel = (naam: string, min: number, max: number) => {
      const v = invoer?.[naam];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) problemen.push({ name: naam, code: 'waarde', reason: `Een heel getal van ${min} tot en met ${max}.` });
      return v as number;
    };
    const gemeentecode = invoer?.gemeentecode;
    if (typeof gemeentecode !== 'string' || !w?.gemeenten.some((g) => g.code === gemeentecode)) {
      problemen.push({ name: 'gemeentecode', code: 'waarde', reason: `Een gemeente van deze werkruimte: ${w?.gemeenten.map((g) => g.code).join(', ')}.` });
    }
    const jaar = geheel('jaar', 2000, 2100);
    const verwijzingen = geheel('verwijzingen', 0, 100_000);
    const jongeren = geheel('jongeren', 1, 2_000_000);
    if (problemen.length === 0 && verwijzingen > jongeren) problemen.push({ name: 'verwijzingen', code: 'regel', reason: 'Er zijn meer verwijzingen dan jongeren van 12 tot en met 17 jaar.' });
    if (problemen.length) return problem(c, 422, `De Halt-cijfers kloppen niet: ${problemen.map((p) => `${p.name}: ${p.reason}`).join(' ')}`, { invalidParams: problemen });
    const geweigerd = await inTransactie(c, db, async (tx) => {
      const genomen = await neemVersie(c, tx, cyclusdeelRij(t.werkruimteId, 'halt', [], t.member.gebruikerId), async () => ({
        versie: await deelVersie(tx, t.werkruimteId, 'halt'),
        body: { halt: await laadHalt(tx, t.werkruimteId) },
      }));
      if (!genomen.ok) return genomen.response;
      const lijst = (await laadHalt(tx, t.werkruimteId)).filter((h) => !(h.gemeentecode === gemeentecode && h.jaar === jaar));
      lijst.push({ gemeentecode: gemeentecode as string, jaar, verwijzingen, jongeren });
      await schrijfDeel(tx, t.werkruimteId, 'halt', lijst, genomen.versie, t.member.gebruikerId);
      return null;
    });
    if (geweigerd) return geweigerd;
    return begrotingsindicatorenAntwoord(c, t.werkruimteId);
  });

  routes.openAPIRegistry.registerPath({
    method: 'get',
    path: '/werkruimtes/{werkruimteId}/politiecijfers/inwoners',
    tags: [tag],
    summary: 'Het ingevoerde inwonertal van een regio en jaar, met zijn versie (voor If-Match)',
    request: {
      params: werkruimteParam,
      query: z.object({
        regio: z.string().openapi({ description: 'CBS-code van een gemeente, wijk of buurt van de werkruimte.', example: 'GM0363' }),
        jaar: z.string().openapi({ description: 'Jaartal.', example: '2024' }),
      }),
    },
    responses: {
      200: json(inwonertalAntwoordSchema, 'Het inwonertal (null als er geen is ingevoerd) met versie (0: nog nooit ingevoerd).'),
      400: probleem('De regio of het jaar ontbreekt of is ongeldig.'),
      ...lezenFouten,
    },
  });
  routes.get('/werkruimtes/:werkruimteId/politiecijfers/inwoners', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    const regio = (param(c, 'regio') ?? '').trim();
    const jaar = jaarParam(c, 'jaar');
    if (jaar instanceof Response) return jaar;
    if (!regio || jaar === undefined) {
      return problem(c, 400, 'Geef regio en jaar mee, zoals ?regio=GM0363&jaar=2024.', {
        invalidParams: [...(regio ? [] : [{ name: 'regio', code: 'verplicht', reason: 'Verplicht.' }]), ...(jaar === undefined ? [{ name: 'jaar', code: 'verplicht', reason: 'Verplicht.' }] : [])],
      });
    }
    const nu = await laadInwonertal(db, regio, jaar);
    c.header('ETag', etag(nu?.versie ?? 0));
    return c.json({ regio, jaar, inwoners: nu?.inwoners ?? null, versie: nu?.versie ?? 0 });
  });

  // Population on 1 January of a municipality, district or neighbourhood of the workspace: the basis
  // of every figure per 1,000 inhabitants (without it, the shipped CBS population of 2024 is used).
  routes.openAPIRegistry.registerPath({
    method: 'put',
    path: '/werkruimtes/{werkruimteId}/politiecijfers/inwoners',
    tags: [tag],
    summary: 'Zet het inwonertal op 1 januari van een gemeente, wijk of buurt van de werkruimte',
    description: 'Stuur If-Match met de versie uit GET …/politiecijfers/inwoners?regio=…&jaar=… ("0" voor een regio en jaar zonder ingevoerd inwonertal).',
    request: { params: werkruimteParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: inwonersSchema } } } },
    responses: {
      200: json(inwonertalAntwoordSchema, 'Het inwonertal is opgeslagen; indicatoren per 1.000 inwoners zijn herberekend. Met `versie` (ook als ETag).'),
      ...versionedWriteErrors,
      ...importerenFouten,
      422: probleem('Het inwonertal klopt niet; `invalidParams` noemt elk veld.'),
    },
  });
  routes.put('/werkruimtes/:werkruimteId/politiecijfers/inwoners', async (c) => {
    const t = await importeren(c);
    if (!t.ok) return t.antwoord;
    const invoer = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const w = await laadWerkruimte(db, t.werkruimteId);
    const eigen = new Set(w?.gemeenten.map((g) => g.code) ?? []);
    const problemen: { name: string; code: string; reason: string }[] = [];
    const regio = typeof invoer?.regio === 'string' ? invoer.regio.trim() : '';
    const gemeente = regio.startsWith('GM') ? regio : (meegeleverdeRegio(regio)?.gemeente ?? null);
    if (!gemeente || !eigen.has(gemeente)) problemen.push({ name: 'regio', code: 'waarde', reason: `Een gemeente, wijk of buurt van ${[...eigen].join(', ')} (zoals GM0363 of WK036301).` });
    const jaar = invoer?.jaar;
    if (typeof jaar !== 'number' || !Number.isInteger(jaar) || jaar < 1990 || jaar > 2100) problemen.push({ name: 'jaar', code: 'waarde', reason: 'Een jaartal van 1990 tot en met 2100.' });
    const inwoners = invoer?.inwoners;
    if (typeof inwoners !== 'number' || !Number.isInteger(inwoners) || inwoners < 1 || inwoners > 20_000_000) problemen.push({ name: 'inwoners', code: 'waarde', reason: 'Een heel getal groter dan 0.' });
    if (problemen.length) return problem(c, 422, `De inwonertallen kloppen niet: ${problemen.map((p) => `${p.name}: ${p.reason}`).join(' ')}`, { invalidParams: problemen });
    const uitkomst = await inTransactie(c, db, async (tx) => {
      const genomen = await neemVersie(c, tx, inwonersRij(regio, jaar as number, inwoners as number), async () => {
        const nu = await laadInwonertal(tx, regio, jaar as number);
        return nu && { versie: nu.versie, body: nu };
      });
      if (!genomen.ok) return genomen.response;
      await zetInwonertal(tx, regio, jaar as number, inwoners as number);
      // Indicators per 1,000 inhabitants that follow a police series are recomputed.
      await volgPolitieReeksen(tx, { werkruimteId: t.werkruimteId });
      return genomen.versie;
    });
    if (typeof uitkomst !== 'number') return uitkomst as Response;
    c.header('ETag', etag(uitkomst));
    return c.json({ regio, jaar, inwoners, versie: uitkomst });
  });

  routes.openAPIRegistry.registerPath({
    method: 'get',
    path: '/werkruimtes/{werkruimteId}/politiecijfers/vergelijking',
    tags: [tag],
    summary: 'Per thema de eigen gemeenten naast gemeenten van dezelfde grootte, per 1.000 inwoners',
    request: { params: werkruimteParam, query: vergelijkingQuery },
    responses: {
      200: cijfersAntwoord('Het jaar, en per eigen gemeente de grootteklasse met per thema de eigen waarde, het gemiddelde en de plaats.'),
      400: probleem('De parameter jaar is geen jaartal.'),
      ...lezenFouten,
    },
  });
  routes.get('/werkruimtes/:werkruimteId/politiecijfers/vergelijking', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    const jaar = jaarParam(c, 'jaar');
    if (jaar instanceof Response) return jaar;
    return c.json(await vergelijkingVoorWerkruimte(db, t.werkruimteId, jaar));
  });

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/politiecijfers/themakoppeling',
      tags: [tag],
      summary: 'Bij welk thema elke soort misdrijf hoort: de standaard en de afwijkingen van deze werkruimte',
      request: { params: werkruimteParam },
      responses: { 200: json(themakoppelingSchema, 'De 59 soorten misdrijf met hun thema.'), ...lezenFouten },
    }),
    async (c) => {
      const t = await lezen(c);
      if (!t.ok) return t.antwoord;
      const afwijkingen = await laadAfwijkingen(db, t.werkruimteId);
      const versie = await deelVersie(db, t.werkruimteId, 'themakoppeling');
      c.header('ETag', etag(versie));
      return c.json(
        {
          versie,
          koppeling: standaardKoppeling.map((k) => ({
            code: k.code,
            titel: misdrijfsoorten.find((m) => m.code === k.code)?.titel ?? k.code,
            standaard: k.themaId,
            themaId: afwijkingen.has(k.code) ? afwijkingen.get(k.code)! : k.themaId,
            afwijkend: afwijkingen.has(k.code),
            uitleg: k.themaId === null ? k.reden : k.toelichting,
          })),
        },
        200,
      );
    },
  );

  // What drives a theme: its largest crime types (issue 16). Query parameters are checked here: documented only.
  routes.openAPIRegistry.registerPath({
    method: 'get',
    path: '/werkruimtes/{werkruimteId}/politiecijfers/themabijdragen',
    tags: [tag],
    summary: 'Per thema de soorten misdrijf die het aantal bepalen, grootste eerst, voor een regio en jaar',
    description:
      'Met de themakoppeling van de werkruimte. Standaard de eerste gemeente van de werkruimte en haar laatste jaar met cijfers; ' +
      'een gemeente zonder eigen rij krijgt de som van haar wijken of buurten (`herkomst`).',
    request: { params: werkruimteParam, query: themabijdragenQuery },
    responses: {
      200: json(themabijdragenSchema, 'Per thema het totaal, de bijdragen per soort met aandeel, een samenvatting in één zin en de codes zonder cijfer.'),
      400: probleem('De regio hoort niet bij de werkruimte, of het jaar is geen jaartal of heeft geen cijfers; `invalidParams` noemt de parameter.'),
      ...lezenFouten,
    },
  });
  routes.get('/werkruimtes/:werkruimteId/politiecijfers/themabijdragen', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    const jaar = jaarParam(c, 'jaar');
    if (jaar instanceof Response) return jaar;
    const regio = param(c, 'regio')?.trim() || undefined;
    const u = await themabijdragenVoorWerkruimte(db, t.werkruimteId, { ...(regio ? { regio } : {}), ...(jaar !== undefined ? { jaar } : {}) });
    if (!u.ok) return problem(c, 400, u.reden, { invalidParams: [{ name: u.veld, code: 'waarde', reason: u.reden }] });
    return c.json(u.antwoord, 200);
  });

  routes.openAPIRegistry.registerPath({
    method: 'put',
    path: '/werkruimtes/{werkruimteId}/politiecijfers/themakoppeling',
    tags: [tag],
    summary: 'Zet de afwijkingen van de standaardkoppeling van soorten misdrijf aan thema’s',
    description: 'Stuur If-Match met `versie` uit GET …/themakoppeling ("0" als de koppeling nog nooit is aangepast).',
    request: { params: werkruimteParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: themakoppelingInvoerSchema } } } },
    responses: {
      ...versionedWriteErrors,
      200: json(afwijkingenSchema, 'De afwijkingen zoals ze nu gelden, met de nieuwe `versie` (ook als ETag).'),
      400: probleem('De body is geen lijst van {code, themaId}.'),
      ...importerenFouten,
      422: probleem('Een code of thema bestaat niet, of het totaal (0.0.0) krijgt een thema.'),
    },
  });
  routes.put('/werkruimtes/:werkruimteId/politiecijfers/themakoppeling', async (c) => {
    const t = await importeren(c);
    if (!t.ok) return t.antwoord;
    const invoer = (await c.req.json().catch(() => null)) as { afwijkingen?: unknown } | null;
    const lijst = invoer?.afwijkingen;
    if (!Array.isArray(lijst) || !lijst.every((a) => a && typeof a === 'object' && typeof a.code === 'string' && (a.themaId === null || typeof a.themaId === 'string'))) {
      return problem(c, 400, 'Stuur {"afwijkingen": [{"code": "1.2.4", "themaId": "2.1"}, ...]}; themaId null betekent: bij geen thema.', {
        invalidParams: [{ name: 'afwijkingen', code: 'vorm', reason: 'Een lijst van {code, themaId} verwacht.' }],
      });
    }
    const fouten = controleerAfwijkingen(lijst as Afwijking[]);
    if (fouten.length) {
      return problem(c, 422, `De themakoppeling klopt niet: ${fouten.map((f) => f.reden).join(' ')}`, {
        invalidParams: fouten.map((f) => ({ name: `afwijkingen/${f.code}`, code: 'regel', reason: f.reden })),
      });
    }
    const uitkomst = await inTransactie(c, db, async (tx) => {
      const genomen = await neemVersie(c, tx, cyclusdeelRij(t.werkruimteId, 'themakoppeling', {}, t.member.gebruikerId), async () => ({
        versie: await deelVersie(tx, t.werkruimteId, 'themakoppeling'),
        body: { afwijkingen: Object.fromEntries(await laadAfwijkingen(tx, t.werkruimteId)) },
      }));
      if (!genomen.ok) return genomen.response;
      await vervangAfwijkingen(tx, t.werkruimteId, lijst as Afwijking[]);
      const afwijkingen = Object.fromEntries(await laadAfwijkingen(tx, t.werkruimteId));
      // The part keeps the mapping too, so its history shows what changed.
      await schrijfDeel(tx, t.werkruimteId, 'themakoppeling', afwijkingen, genomen.versie, t.member.gebruikerId);
      return { versie: genomen.versie, afwijkingen };
    });
    if (uitkomst instanceof Response) return uitkomst;
    c.header('ETag', etag(uitkomst.versie));
    return c.json(uitkomst);
  });

  // --- Imports ---------------------------------------------------------------------------------

  function nieuweTaak(werkruimteId: string, gebruikerId: string, bestandsnaam: string, grootte: number | null): Taak {
    opruimen();
    const taak: Taak = {
      id: randomUUID(),
      werkruimteId,
      gebruikerId,
      bestandsnaam,
      status: 'wacht-op-bestand',
      voortgang: { fase: 'wachten', bytesGelezen: 0, bytesTotaal: grootte, regelsGelezen: 0, fouten: 0 },
      gestartOp: new Date().toISOString(),
      uitslag: null,
      codelijsten: {},
      stop: new AbortController(),
      verloopt: Date.now() + BEWAARTIJD_MS,
    };
    taken.set(taak.id, taak);
    return taak;
  }

  /** 413 for a police file above the upload limit; nothing is read or stored. */
  function teGroot(c: C, taak: Taak | null, bestandsnaam: string) {
    const mb = mbTekst(maxUploadBytes);
    if (taak) {
      taak.status = 'geweigerd';
      taak.uitslag = { status: 'geweigerd', importId: taak.id, reden: `Het bestand is groter dan ${mb} MB, de grens voor een upload.`, regel: null, fouten: [], foutenTotaal: 0, regelsGelezen: 0 };
      taak.codelijsten = {};
      taak.verloopt = Date.now() + BEWAARTIJD_MS;
    }
    return problem(
      c,
      413,
      `Het bestand ${bestandsnaam} is te groot: een upload mag hoogstens ${mb} MB zijn. Er is niets ingelezen. ` +
        'Lees een groter bestand in met kernplan import-police op de server, of vraag de beheerder de grens (MAX_UPLOAD_MB) te verhogen.',
      { title: 'Bestand te groot', invalidParams: [{ name: 'bestand', code: 'grootte', reason: `Hoogstens ${mb} MB.` }], ...(taak ? { import: toon(taak) } : {}) } as never,
    );
  }

  /** A Content-Length above the upload limit: refused before anything of the body is read. */
  function kopTeGroot(c: C): boolean {
    const lengte = Number(c.req.header('Content-Length'));
    return Number.isFinite(lengte) && lengte > maxUploadBytes;
  }

  async function voerUit(c: C, taak: Taak) {
    if (kopTeGroot(c)) return teGroot(c, taak, taak.bestandsnaam);
    taak.status = 'bezig';
    const lengte = Number(c.req.header('Content-Length'));
    if (taak.voortgang.bytesTotaal === null && Number.isFinite(lengte) && lengte > 0) taak.voortgang.bytesTotaal = lengte;
    let uitslag: ImportUitslag;
    const { regios, soorten } = taak.codelijsten;
    try {
      uitslag = await importeerPolitiecijfers(db, {
        id: taak.id,
        bron: body(c, maxUploadBytes),
        // The chunks of a request body are fresh copies, of no one else: they move to the import thread without copying.
        stukkenOverdragen: true,
        bestandsnaam: taak.bestandsnaam,
        bytesTotaal: taak.voortgang.bytesTotaal,
        werkruimteId: taak.werkruimteId,
        gebruikerId: taak.gebruikerId,
        ...(regios || soorten ? { codelijsten: { ...(regios ? { regios } : {}), ...(soorten ? { soorten } : {}) } } : {}),
        signal: taak.stop.signal,
        opVoortgang: (v) => {
          taak.voortgang = v;
        },
      });
    } catch (err) {
      if (err instanceof UploadTeGroot) return teGroot(c, taak, taak.bestandsnaam);
      taak.status = 'geweigerd';
      taak.uitslag = { status: 'geweigerd', importId: taak.id, reden: 'Er ging iets mis op de server; er is niets ingelezen.', regel: null, fouten: [], foutenTotaal: 0, regelsGelezen: 0 };
      throw err;
    } finally {
      taak.codelijsten = {};
    }
    taak.uitslag = uitslag;
    taak.status = uitslag.status;
    taak.verloopt = Date.now() + BEWAARTIJD_MS;
    if (uitslag.status === 'ingelezen') return c.json(toon(taak), 200);
    if (uitslag.status === 'geannuleerd') return problem(c, 409, 'De import is geannuleerd; er is niets ingelezen.', { import: toon(taak) } as never);
    const waar = uitslag.regel ? ` (regel ${uitslag.regel})` : '';
    return problem(c, 422, `Het bestand ${taak.bestandsnaam} is geweigerd${waar}: ${uitslag.reden}`, {
      regel: uitslag.regel,
      fouten: uitslag.fouten,
      foutenTotaal: uitslag.foutenTotaal,
      import: toon(taak),
    } as never);
  }

  function bestandsnaamGeldig(naam: unknown): naam is string {
    return typeof naam === 'string' && naam.trim().length > 0 && naam.length <= 255;
  }

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/politiecijfers/imports',
      tags: [tag],
      summary: 'De imports die nu lopen, en de eerdere imports vanuit deze werkruimte',
      request: { params: werkruimteParam },
      responses: { 200: json(importLijstSchema, 'Lopende en eerdere imports.'), ...lezenFouten },
    }),
    async (c) => {
      const t = await lezen(c);
      if (!t.ok) return t.antwoord;
      const lopend = [...taken.values()].filter((x) => x.werkruimteId === t.werkruimteId && (x.status === 'bezig' || x.status === 'wacht-op-bestand')).map(toon);
      // De importpagina vraagt deze lijst: zet de leesthread en de regiolijst alvast klaar voor wie mag importeren.
      if (mag(t.member, 'cyclus.bewerken')) bereidImportVoor();
      return c.json({ lopend, imports: await importsVanWerkruimte(db, t.werkruimteId) }, 200);
    },
  );

  // One path, two kinds of body: JSON starts an import (step 1); any other body is the file itself
  // (in one step). The handler decides by Content-Type, with its own messages: documented only.
  routes.openAPIRegistry.registerPath({
    method: 'post',
    path: '/werkruimtes/{werkruimteId}/politiecijfers/imports',
    tags: [tag],
    summary: 'Start een import: met JSON (stap 1, daarna PUT …/bestand), of in één stap met het bestand als body',
    description:
      'Met `Content-Type: application/json` en `{"bestandsnaam", "grootte"}` maakt dit een import die op zijn bestand wacht (201, met Location). ' +
      'Met een andere Content-Type is de body het bestand zelf (CBS 47018NED of een download van data.politie.nl); het wordt als stroom ingelezen en het antwoord komt als de import klaar is.',
    request: {
      params: werkruimteParam,
      query: importStartQuery,
      body: {
        required: true,
        content: {
          'application/json': { schema: importStartSchema },
          ...ruweBody,
        },
      },
    },
    responses: {
      200: json(importTaakSchema, 'In één stap: het bestand is ingelezen; `samenvatting` vertelt wat er is ingelezen.'),
      201: {
        ...json(importTaakSchema, 'Stap 1: de import is gemaakt en wacht op zijn bestand (status wacht-op-bestand).'),
        headers: z.object({ Location: z.string().openapi({ description: 'Het adres van de import.' }) }),
      },
      400: probleem('JSON zonder geldige bestandsnaam (1 tot 255 tekens).'),
      ...importerenFouten,
      409: { content: { 'application/problem+json': { schema: importProbleemSchema } }, description: 'In één stap: de import is geannuleerd; er is niets ingelezen.' },
      413: probleem('Het bestand (of de `grootte` in stap 1) is groter dan de grens voor een upload (MAX_UPLOAD_MB, standaard 512 MB); er is niets ingelezen.'),
      422: { content: { 'application/problem+json': { schema: importProbleemSchema } }, description: 'In één stap: het bestand is geweigerd (ook meteen bij een regel van meer dan 65.536 tekens), met `regel`, `fouten` en `foutenTotaal`; er is niets ingelezen.' },
    },
  });
  routes.post('/werkruimtes/:werkruimteId/politiecijfers/imports', async (c) => {
    const t = await importeren(c);
    if (!t.ok) return t.antwoord;
    const gebruikerId = c.get('sessie')!.gebruiker.id;
    const soort = c.req.header('Content-Type') ?? '';
    if (soort.startsWith('application/json')) {
      const invoer = (await c.req.json().catch(() => null)) as { bestandsnaam?: unknown; grootte?: unknown } | null;
      if (!bestandsnaamGeldig(invoer?.bestandsnaam)) {
        return problem(c, 400, 'Geef de naam van het bestand: {"bestandsnaam": "47018NED.csv", "grootte": 123456}.', {
          invalidParams: [{ name: 'bestandsnaam', code: 'verplicht', reason: 'Een bestandsnaam van 1 tot 255 tekens.' }],
        });
      }
      const grootte = typeof invoer.grootte === 'number' && invoer.grootte >= 0 ? invoer.grootte : null;
      if (grootte !== null && grootte > maxUploadBytes) return teGroot(c, null, invoer.bestandsnaam.trim());
      const taak = nieuweTaak(t.werkruimteId, gebruikerId, invoer.bestandsnaam.trim(), grootte);
      c.header('Location', `/api/v1/werkruimtes/${t.werkruimteId}/politiecijfers/imports/${taak.id}`);
      return c.json(toon(taak), 201);
    }
    const naam = param(c, 'bestandsnaam') ?? 'upload.csv';
    if (kopTeGroot(c)) return teGroot(c, null, bestandsnaamGeldig(naam) ? naam : 'upload.csv');
    const taak = nieuweTaak(t.werkruimteId, gebruikerId, bestandsnaamGeldig(naam) ? naam : 'upload.csv', null);
    c.header('Location', `/api/v1/werkruimtes/${t.werkruimteId}/politiecijfers/imports/${taak.id}`);
    return voerUit(c, taak);
  });

  // The code lists go before the file; they are checked here, so a wrong list is refused before the
  // (possibly large) file is sent. The body is read raw, at most MAX_CODELIJST_BYTES.
  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/politiecijfers/imports/{importId}/codelijsten/{lijst}',
      tags: [tag],
      summary: 'Stuur een CBS-codelijst mee met een import die op zijn bestand wacht',
      description:
        'Nodig als het bestand regiocodes van een andere indeling dan die van 2024 gebruikt (regios: WijkenEnBuurten.csv met Key, Title en Municipality), ' +
        'of soorten misdrijf die Kernplan niet kent (soorten: SoortMisdrijf.csv met Key en Title). Hoogstens 20 MB; opnieuw sturen vervangt de lijst. ' +
        'De lijst geldt alleen voor deze import.',
      request: { params: codelijstParam, body: ruwBestand('De codelijst zoals CBS hem bij de tabel levert (CSV).') },
      responses: {
        200: json(codelijstAntwoordSchema, 'De codelijst is gelezen en gaat mee met de import.'),
        400: probleem('Onbekende codelijst; kies regios of soorten.'),
        ...importerenFouten,
        404: geenImport,
        409: probleem('De import wacht niet (meer) op zijn bestand; een codelijst kan alleen vóór het bestand mee.'),
        413: probleem('De codelijst is groter dan 20 MB.'),
        422: probleem('De codelijst is niet te lezen of leeg; het bericht noemt de verwachte kolommen.'),
      },
    }),
    async (c) => {
      const { importId, lijst } = c.req.valid('param');
      const t = await importeren(c);
      if (!t.ok) return t.antwoord;
      const taak = taken.get(importId);
      if (!taak || taak.werkruimteId !== t.werkruimteId) return problem(c, 404, 'Deze import bestaat niet (meer). Start een nieuwe import met POST .../politiecijfers/imports.');
      const wachtNiet = () => problem(c, 409, `Een codelijst kan alleen mee zolang de import op zijn bestand wacht; de status is '${taak.status}'.`);
      if (taak.status !== 'wacht-op-bestand') return wachtNiet();
      const { naam, bestand, kolommen } = codelijstNamen[lijst];
      const inhoud = await leesBegrensd(c.req.raw, MAX_CODELIJST_BYTES);
      if (!inhoud) {
        return problem(c, 413, `De ${naam} (${bestand}) is te groot: hoogstens ${MAX_CODELIJST_BYTES / 1024 / 1024} MB.`, {
          title: 'Bestand te groot',
          invalidParams: [{ name: lijst, code: 'grootte', reason: `Hoogstens ${MAX_CODELIJST_BYTES / 1024 / 1024} MB.` }],
        });
      }
      let aantal = 0;
      let reden: string;
      try {
        aantal = lijst === 'regios' ? leesRegioCodelijst(inhoud).length : leesSoortCodelijst(inhoud).size;
        reden = `er staan geen ${lijst === 'regios' ? "regio's" : 'soorten misdrijf'} in.`;
      } catch (err) {
        reden = (err as Error).message;
      }
      if (aantal === 0) {
        return problem(c, 422, `De ${naam} (${bestand}) is geweigerd: ${reden} Verwacht: een CSV-bestand van CBS met de kolommen ${kolommen}.`, {
          invalidParams: [{ name: lijst, code: 'codelijst', reason: `Verwacht de kolommen ${kolommen}.` }],
        });
      }
      // Cancelled, or the file started, while the list came in.
      if (taak.status !== 'wacht-op-bestand') return wachtNiet();
      taak.codelijsten[lijst] = inhoud;
      return c.json({ importId: taak.id, lijst, aantal, bytes: inhoud.byteLength }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/politiecijfers/imports/{importId}/bestand',
      tags: [tag],
      summary: 'Stap 2: stuur het bestand van een import; het antwoord komt als de import klaar is',
      request: { params: importParam, body: ruwBestand('Het bestand met politiecijfers (CBS 47018NED of een download van data.politie.nl), als stroom ingelezen.') },
      responses: {
        200: json(importTaakSchema, 'Ingelezen; `samenvatting` vertelt wat er is ingelezen.'),
        ...importerenFouten,
        404: geenImport,
        409: { content: { 'application/problem+json': { schema: importProbleemSchema } }, description: 'De import wacht niet op een bestand, of is onderweg geannuleerd; er is niets ingelezen.' },
        413: probleem('Het bestand is groter dan de grens voor een upload (MAX_UPLOAD_MB, standaard 512 MB); er is niets ingelezen.'),
        422: { content: { 'application/problem+json': { schema: importProbleemSchema } }, description: 'Het bestand is geweigerd (ook meteen bij een regel van meer dan 65.536 tekens), met `regel`, `fouten` en `foutenTotaal`; er is niets ingelezen.' },
      },
    }),
    async (c) => {
      const t = await importeren(c);
      if (!t.ok) return t.antwoord;
      const taak = taken.get(c.req.valid('param').importId);
      if (!taak || taak.werkruimteId !== t.werkruimteId) return problem(c, 404, 'Deze import bestaat niet (meer). Start een nieuwe import met POST .../politiecijfers/imports.');
      if (taak.status !== 'wacht-op-bestand') return problem(c, 409, `Deze import wacht niet op een bestand; de status is '${taak.status}'.`);
      return voerUit(c, taak);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/politiecijfers/imports/{importId}',
      tags: [tag],
      summary: 'Een import: de voortgang terwijl hij loopt, daarna de uitslag en samenvatting',
      request: { params: importParam },
      responses: { 200: json(importTaakSchema, 'De import.'), ...lezenFouten, 404: geenImport },
    }),
    async (c) => {
      const t = await lezen(c);
      if (!t.ok) return t.antwoord;
      const id = c.req.valid('param').importId;
      const taak = taken.get(id);
      if (taak && taak.werkruimteId === t.werkruimteId) return c.json(toon(taak), 200);
      const opgeslagen = await laadImportSamenvatting(db, id);
      if (!opgeslagen || opgeslagen.werkruimteId !== t.werkruimteId) return problem(c, 404, 'Deze import bestaat niet in deze werkruimte.');
      const s = opgeslagen.samenvatting;
      return c.json(
        {
          id,
          werkruimteId: t.werkruimteId,
          bestandsnaam: s.bestandsnaam,
          status: 'ingelezen' as const,
          voortgang: { fase: 'klaar' as const, bytesGelezen: s.bytes, bytesTotaal: s.bytes, regelsGelezen: s.regelsGelezen, fouten: s.geweigerdTotaal },
          samenvatting: s,
        },
        200,
      );
    },
  );

  routes.openapi(
    createRoute({
      method: 'delete',
      path: '/werkruimtes/{werkruimteId}/politiecijfers/imports/{importId}',
      tags: [tag],
      summary: 'Annuleer een import die op zijn bestand wacht of nog loopt; er wordt dan niets ingelezen',
      request: { params: importParam },
      responses: {
        200: json(importTaakSchema, 'De import wachtte op zijn bestand en is geannuleerd.'),
        202: json(importTaakSchema, 'De import loopt; hij stopt zo snel mogelijk, zonder iets in te lezen.'),
        ...importerenFouten,
        404: probleem('De werkruimte bestaat niet of u bent er geen lid van, of de import loopt niet (meer) in deze werkruimte.'),
        409: probleem('De import is al klaar en kan niet meer worden geannuleerd.'),
      },
    }),
    async (c) => {
      const t = await importeren(c);
      if (!t.ok) return t.antwoord;
      const taak = taken.get(c.req.valid('param').importId);
      if (!taak || taak.werkruimteId !== t.werkruimteId) return problem(c, 404, 'Deze import loopt niet (meer) in deze werkruimte.');
      if (taak.status === 'wacht-op-bestand') {
        taak.status = 'geannuleerd';
        taak.uitslag = { status: 'geannuleerd', importId: taak.id, regelsGelezen: 0 };
        taak.codelijsten = {};
        return c.json(toon(taak), 200);
      }
      if (taak.status !== 'bezig') return problem(c, 409, `Deze import is al klaar (status '${taak.status}') en kan niet meer worden geannuleerd.`);
      taak.stop.abort();
      return c.json({ ...toon(taak), status: 'geannuleerd' as const }, 202);
    },
  );

  return routes;
}
