/**
 * The NL GOV API Design Rules that hold for every operation, applied once to the generated OpenAPI
 * document, so that the route files only declare what is particular to them:
 *
 * - /core/version-header: every answer under /api carries API-Version (the middleware in app.ts sets
 *   it on every response, errors and redirects included), so every response declares it.
 * - /core/error-handling/invalid-input: an operation declares 400 when the server can answer 400 to
 *   it, which it works out from the route's own definition: a JSON body (the JSON gate, invoer.ts,
 *   answers 400 to a body that is not JSON), or a parameter whose zod schema rejects some value a
 *   client can send (the validation hook answers 400). Nothing else is assumed.
 * - /core/error-handling/problem-details: every problem document is made by problem() (problem.ts),
 *   so an answer that describes only its extra members is the standard problem (`Probleem`) plus them.
 * - comply or explain: where Kernplan deviates from a rule, the place says why in
 *   `x-api-ontwerpregels-uitzonderingen` (and in its description); see `uitzonderingen` below. The
 *   linter switches that rule off for that place only (tests/support/api-regels/kernplan.spectral.yaml).
 */
import { apiVersion } from '../version.ts';

/** The response header with the full API version (/core/version-header). */
export const API_VERSIE_HEADER = 'API-Version';

/** The extension that explains a deviation from a design rule in the document itself. */
export const UITZONDERINGEN_VELD = 'x-api-ontwerpregels-uitzonderingen';

export interface Uitzondering {
  /** JSON pointer of the place in the document (an operation, a server). */
  waar: string;
  /** The design rule, as in the NL GOV API Design Rules (e.g. /core/uri-version). */
  ontwerpregel: string;
  /** The rule of the official linter that is switched off at `waar`. */
  linterregel: string;
  /** Why Kernplan does otherwise here (Dutch: it is shown to the API's users). */
  toelichting: string;
}

/** JSON pointer of an operation, e.g. operatie('get', '/api/v1/themas/{id}'). */
export function operatie(methode: string, pad: string): string {
  return `/paths/${pad.replace(/~/g, '~0').replace(/\//g, '~1')}/${methode}`;
}

const alleenIdsInHetPad =
  'De enige invoer is het id in het pad, en elke waarde daarvan is geldige invoer: een id dat niet bestaat krijgt 404 ' +
  '(Niet gevonden). Er is dus geen invoer die 400 (Ongeldige invoer) kan opleveren, en die wordt hier ook niet beloofd.';

const alleenWerkruimteInHetPad =
  'De enige invoer is het werkruimte-id in het pad. Een id dat niet bestaat of geen uuid is, krijgt 404, hetzelfde ' +
  'antwoord als een werkruimte waarvan u geen lid bent, zodat niet is uit te proberen welke werkruimtes er zijn. ' +
  'Er is dus geen invoer die 400 (Ongeldige invoer) kan opleveren, en die wordt hier ook niet beloofd.';

const alleenImportInHetPad =
  'De enige invoer is de werkruimte en de import in het pad; een id dat niet bestaat (of geen uuid is) krijgt 404. ' +
  'Er is dus geen invoer die 400 (Ongeldige invoer) kan opleveren, en die wordt hier ook niet beloofd.';

const ongeldigeInvoer = { ontwerpregel: '/core/error-handling/invalid-input', linterregel: 'nlgov:problem-invalid-input' };

/**
 * Kernplan's explained exceptions (comply or explain). Every entry must match an override in
 * tests/support/api-regels/kernplan.spectral.yaml and the other way round; the test
 * tests/api-ontwerpregels.test.ts checks both, and that each place exists.
 */
export const uitzonderingen: readonly Uitzondering[] = [
  {
    waar: '/servers/0',
    ontwerpregel: '/core/uri-version',
    linterregel: 'nlgov:include-major-version-in-uri',
    toelichting:
      'De hoofdversie staat in de URI van elke operatie: alle paden in dit document beginnen met /api/v1. De paden ' +
      'zijn absoluut, dus de server-URL is de wortel van deze Kernplan-installatie; met /api/v1 erin zou elk pad ' +
      'naar /api/v1/api/v1/... wijzen.',
  },
  {
    waar: operatie('get', '/api/v1/oidc/terugkeer'),
    ontwerpregel: '/core/query-keys-camel-case',
    linterregel: 'nlgov:query-keys-camel-case',
    toelichting:
      'Dit is de redirect_uri van de aanmelding met OpenID Connect. De inlogdienst stuurt de gebruiker terug met de ' +
      'parameters code, state, error en error_description; die namen legt OAuth 2.0 vast (RFC 6749, paragraaf ' +
      '4.1.2 en 4.1.2.1, overgenomen door OpenID Connect Core 1.0). Kernplan kan ze niet anders noemen.',
  },
  { waar: operatie('get', '/api/v1/themas/{id}'), ...ongeldigeInvoer, toelichting: alleenIdsInHetPad },
  { waar: operatie('get', '/api/v1/aanpakaspecten/{id}'), ...ongeldigeInvoer, toelichting: alleenIdsInHetPad },
  { waar: operatie('get', '/api/v1/methoden/{id}'), ...ongeldigeInvoer, toelichting: alleenIdsInHetPad },
  {
    waar: operatie('post', '/api/v1/gebruikers/huidig/totp-voorstellen'),
    ...ongeldigeInvoer,
    toelichting:
      'Deze actie heeft geen invoer: geen parameters en geen body. Er is niets dat ongeldig kan zijn, dus geen 400 ' +
      '(Ongeldige invoer).',
  },
  { waar: operatie('get', '/api/v1/werkruimtes/{werkruimteId}/politiecijfers'), ...ongeldigeInvoer, toelichting: alleenWerkruimteInHetPad },
  {
    waar: operatie('get', '/api/v1/werkruimtes/{werkruimteId}/politiecijfers/begrotingsindicatoren'),
    ...ongeldigeInvoer,
    toelichting: alleenWerkruimteInHetPad,
  },
  {
    waar: operatie('get', '/api/v1/werkruimtes/{werkruimteId}/politiecijfers/themakoppeling'),
    ...ongeldigeInvoer,
    toelichting: alleenWerkruimteInHetPad,
  },
  { waar: operatie('get', '/api/v1/werkruimtes/{werkruimteId}/politiecijfers/imports'), ...ongeldigeInvoer, toelichting: alleenWerkruimteInHetPad },
  {
    waar: operatie('get', '/api/v1/werkruimtes/{werkruimteId}/politiecijfers/imports/{importId}'),
    ...ongeldigeInvoer,
    toelichting: alleenImportInHetPad,
  },
  {
    waar: operatie('delete', '/api/v1/werkruimtes/{werkruimteId}/politiecijfers/imports/{importId}'),
    ...ongeldigeInvoer,
    toelichting: alleenImportInHetPad,
  },
  {
    waar: operatie('put', '/api/v1/werkruimtes/{werkruimteId}/politiecijfers/imports/{importId}/bestand'),
    ...ongeldigeInvoer,
    toelichting:
      'De invoer is het bestand zelf, als stroom ingelezen. Een bestand dat niet te lezen is of niet klopt, krijgt ' +
      '422 met de regel en de fouten; een te groot bestand 413; een werkruimte of import die niet bestaat 404. ' +
      'Er is geen invoer die 400 (Ongeldige invoer) kan opleveren, en die wordt hier ook niet beloofd.',
  },
];

// ---------------------------------------------------------------------------------------------
// The parts of an OpenAPI 3.1 document this module reads and writes.

type Json = Record<string, unknown>;
interface Antwoord {
  $ref?: string;
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: Json }>;
}
interface Operatie {
  description?: string;
  responses?: Record<string, Antwoord>;
  [veld: string]: unknown;
}
interface Document {
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; headers?: Record<string, unknown>; responses?: Record<string, Antwoord> };
  [veld: string]: unknown;
}

/** A route as @hono/zod-openapi keeps it in `app.openAPIRegistry.definitions`. */
interface RouteDefinitie {
  type: string;
  route?: {
    method?: string;
    path?: string;
    request?: { params?: unknown; query?: unknown; headers?: unknown; body?: { content?: Record<string, unknown> } };
  };
}

const METHODEN = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const PROBLEEM = '#/components/schemas/Probleem';
const PROBLEEM_TYPES = ['application/problem+json', 'application/problem+xml'];
const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

// ---------------------------------------------------------------------------------------------
// Can the server answer 400 to this route?

interface ZodAchtig {
  safeParse(waarde: unknown): { success: boolean };
}

/**
 * Values a client can put in a parameter: in the path any non-empty text (percent-decoded), in the
 * query also nothing, an empty value or the parameter twice (Hono's validator then passes a list),
 * in a header also nothing or an empty value.
 */
const teksten = ['x', '0', '-1', '1.5', 'ä', ' ', '\u0000', 'x'.repeat(10_000)];
const kandidaten: Record<'params' | 'query' | 'headers', unknown[]> = {
  params: teksten,
  query: [undefined, '', ...teksten, ['x', 'y']],
  headers: [undefined, '', ...teksten.filter((t) => t !== '\u0000')],
};

/** True when some value a client can send for a field of this request part fails its zod schema. */
function kanOngeldigZijn(schema: unknown, kandidaat: unknown[]): boolean {
  const velden = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  if (!velden || typeof velden !== 'object') return false;
  return Object.values(velden).some(
    (veld) => typeof (veld as Partial<ZodAchtig>).safeParse === 'function' && kandidaat.some((w) => !(veld as ZodAchtig).safeParse(w).success),
  );
}

/** Why the server can answer 400 to this route (Dutch fragments for the description), or nothing. */
function redenenVoor400(route: NonNullable<RouteDefinitie['route']>): string[] {
  const redenen: string[] = [];
  const types = Object.keys(route.request?.body?.content ?? {});
  if (types.some((t) => JSON_MEDIA.test(t))) redenen.push('een body die geen geldige JSON is');
  const request = route.request ?? {};
  if ((['params', 'query', 'headers'] as const).some((deel) => kanOngeldigZijn(request[deel], kandidaten[deel]))) {
    redenen.push('een parameter met een ongeldige waarde');
  }
  return redenen;
}

function redenenPerOperatie(definities: readonly unknown[]): Map<string, string[]> {
  const perOperatie = new Map<string, string[]>();
  for (const d of definities as RouteDefinitie[]) {
    if (d.type !== 'route' || !d.route?.method || !d.route.path) continue;
    const redenen = redenenVoor400(d.route);
    if (redenen.length > 0) perOperatie.set(`${d.route.method.toLowerCase()} ${d.route.path}`, redenen);
  }
  return perOperatie;
}

// ---------------------------------------------------------------------------------------------

function versieHeader(): Json {
  return {
    description:
      'De volledige versie van de API (major.minor.patch); de hoofdversie staat ook in het pad (/api/v1). ' +
      'Staat op elk antwoord, ook op fouten en doorverwijzingen.',
    required: true,
    schema: { type: 'string', const: apiVersion, example: apiVersion },
  };
}

function metVersieHeader(antwoord: Antwoord): void {
  if (antwoord.$ref) return; // a shared response in components: handled there
  const headers = (antwoord.headers ??= {});
  if (Object.keys(headers).some((h) => h.toLowerCase() === API_VERSIE_HEADER.toLowerCase())) return;
  headers[API_VERSIE_HEADER] = { $ref: `#/components/headers/${API_VERSIE_HEADER}` };
}

/** A problem schema that names only its extra members: the standard problem plus those. */
function metVolledigProbleem(antwoord: Antwoord): void {
  for (const type of PROBLEEM_TYPES) {
    const inhoud = antwoord.content?.[type];
    const schema = inhoud?.schema;
    if (!inhoud || !schema || '$ref' in schema || 'allOf' in schema) continue;
    const leden = Object.keys((schema.properties as Json | undefined) ?? {});
    if (['status', 'title', 'detail'].every((lid) => leden.includes(lid))) continue;
    inhoud.schema = { allOf: [{ $ref: PROBLEEM }, schema] };
  }
}

function met400(operatie: Operatie, redenen: string[]): void {
  const responses = (operatie.responses ??= {});
  if (responses['400']) return;
  responses['400'] = {
    description: `Ongeldige invoer, zoals ${redenen.join(' of ')}; \`invalidParams\` noemt wat er mis is.`,
    content: { 'application/problem+json': { schema: { $ref: PROBLEEM } } },
  };
}

function opPointer(doc: Document, pointer: string): Json | undefined {
  let plek: unknown = doc;
  for (const deel of pointer.split('/').slice(1)) {
    const sleutel = deel.replace(/~1/g, '/').replace(/~0/g, '~');
    plek = plek && typeof plek === 'object' ? (plek as Json)[sleutel] : undefined;
  }
  return plek && typeof plek === 'object' ? (plek as Json) : undefined;
}

function legUit(doc: Document, u: Uitzondering): void {
  const plek = opPointer(doc, u.waar);
  if (!plek) return; // a place that no longer exists: the test reports the stale entry
  const lijst = ((plek[UITZONDERINGEN_VELD] as unknown[] | undefined) ??= []);
  lijst.push({ ontwerpregel: u.ontwerpregel, linterregel: u.linterregel, toelichting: u.toelichting });
  const uitleg = `Uitzondering op de API Design Rules (pas toe of leg uit), ${u.ontwerpregel}: ${u.toelichting}`;
  plek.description = typeof plek.description === 'string' && plek.description ? `${plek.description}\n\n${uitleg}` : uitleg;
}

/**
 * The generated document with the rules above applied (a copy: the generator may share objects
 * with the route definitions).
 * @param definities the OpenAPI registry of the app (`app.openAPIRegistry.definitions`)
 */
export function volgensApiRegels<T extends object>(document: T, definities: readonly unknown[]): T {
  const doc = structuredClone(document) as Document;
  const components = (doc.components ??= {});
  (components.headers ??= {})[API_VERSIE_HEADER] = versieHeader();

  const antwoorden: Antwoord[] = Object.values(components.responses ?? {});
  const redenen = redenenPerOperatie(definities);
  for (const [pad, item] of Object.entries(doc.paths ?? {})) {
    for (const methode of METHODEN) {
      const op = item[methode] as Operatie | undefined;
      if (!op) continue;
      const waarom = redenen.get(`${methode} ${pad}`);
      if (waarom) met400(op, waarom);
      antwoorden.push(...Object.values(op.responses ?? {}));
    }
  }
  for (const antwoord of antwoorden) {
    metVersieHeader(antwoord);
    metVolledigProbleem(antwoord);
  }
  for (const u of uitzonderingen) legUit(doc, u);
  return doc as T;
}
