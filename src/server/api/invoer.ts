/**
 * One gate for the JSON bodies of writes under /api/v1, before any route reads them. A route's
 * request body is looked up in the OpenAPI registry, so a new route is covered without a list here:
 *
 * - a route that declares no body (DELETE, action endpoints such as POST …/vervolgplan) is left alone;
 * - a route that only takes a file (text/csv, application/octet-stream) is left alone, and a route
 *   that takes JSON or a file (POST …/politiecijfers/imports) is only checked when JSON is sent;
 * - otherwise: another Content-Type → 415; above MAX_JSON_BYTES → 413; empty → 400; not UTF-8 or not
 *   JSON → 400 with line and column; a NUL character or a lone surrogate in any string or key → 422
 *   with the JSON path (PostgreSQL cannot store NUL; a lone surrogate is not Unicode text).
 *
 * The checked text is left in Hono's body cache, so `c.req.json()` and `c.req.valid('json')` in the
 * route parse exactly this text.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { parse as jsoncParse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { InvalidParam } from '../problem.ts';
import { problem } from '../problem.ts';
import { invoerProbleem } from './validation.ts';

/** At most 1 MiB of JSON per request; files (politiecijfers) have their own limits. */
export const MAX_JSON_BYTES = 1024 * 1024;

/** The same test as Hono's validator, so what passes here is parsed there. */
const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface BodySpec {
  method: string;
  pattern: RegExp;
  required: boolean;
  /** Accepts application/json (or +json). */
  json: boolean;
  /** Accepts another type as well (a file). */
  anders: boolean;
}

interface RouteDefinitie {
  type: string;
  route?: { method?: string; path?: string; request?: { body?: { required?: boolean; content?: Record<string, unknown> } } };
}

function leesSpecs(definities: readonly unknown[]): BodySpec[] {
  const specs: BodySpec[] = [];
  for (const d of definities as RouteDefinitie[]) {
    if (d.type !== 'route' || !d.route?.method || !d.route.path) continue;
    const body = d.route.request?.body;
    if (!body?.content) continue;
    const types = Object.keys(body.content);
    const source = d.route.path
      .split('/')
      .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    specs.push({
      method: d.route.method.toUpperCase(),
      pattern: new RegExp(`^${source}$`),
      required: body.required === true,
      json: types.some((t) => JSON_MEDIA.test(t)),
      anders: types.some((t) => !JSON_MEDIA.test(t)),
    });
  }
  return specs;
}

const mediaType = (c: Context) => (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * @param definities the OpenAPI registry of the app (`app.openAPIRegistry.definitions`); read at the
 *   first request, when every route is registered.
 */
export function jsonInvoer(definities: () => readonly unknown[]): MiddlewareHandler {
  let specs: BodySpec[] | undefined;
  const limiet = bodyLimit({
    maxSize: MAX_JSON_BYTES,
    onError: (c) =>
      problem(c, 413, `De body is te groot: hoogstens ${MAX_JSON_BYTES / 1024 / 1024} MiB JSON per verzoek.`, {
        invalidParams: [{ name: '(body)', code: 'te-groot', reason: `Hoogstens ${MAX_JSON_BYTES} bytes.` }],
      }),
  });

  return async (c, next) => {
    if (!WRITES.has(c.req.method)) return next();
    specs ??= leesSpecs(definities());
    const matches = specs.filter((s) => s.method === c.req.method && s.pattern.test(c.req.path));
    // No body declared, or only a file: the route reads (or ignores) the body itself.
    if (!matches.some((s) => s.json)) return next();
    const required = matches.some((s) => s.required);
    const type = mediaType(c);
    const isJson = JSON_MEDIA.test(type);
    // JSON or a file (an import in one step): without JSON the route decides.
    if (!isJson && matches.some((s) => s.anders)) return next();
    if (!isJson && type) return verkeerdType(c, type);

    // The answer of the checks, when they refuse; otherwise the route runs inside the size limit.
    let weigering: Response | undefined;
    const limietAntwoord = await limiet(c, async () => {
      weigering = await controleer(c, isJson, type, required);
      if (!weigering) await next();
    });
    return weigering ?? limietAntwoord;
  };
}

async function controleer(c: Context, isJson: boolean, type: string, required: boolean): Promise<Response | undefined> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength === 0) return required ? geenBody(c) : undefined;
  if (!isJson) return verkeerdType(c, type);
  let tekst: string;
  try {
    tekst = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return invoerProbleem(c, 400, 'De body is geen geldige UTF-8: stuur JSON in UTF-8.', [{ name: '(body)', code: 'codering', reason: 'Geen geldige UTF-8.' }]);
  }
  let waarde: unknown;
  try {
    waarde = JSON.parse(tekst);
  } catch (err) {
    const fout = jsonFout(tekst, (err as Error).message);
    return invoerProbleem(c, 400, `De body is geen geldige JSON: ${fout}.`, [{ name: '(body)', code: 'json', reason: `${hoofdletter(fout)}.` }]);
  }
  const ongeldig = ongeldigeTekens(waarde);
  if (ongeldig.length > 0) return invoerProbleem(c, 422, undefined, ongeldig);
  // The route parses exactly this text again, from Hono's body cache.
  (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(tekst);
  return undefined;
}

function verkeerdType(c: Context, type: string) {
  return problem(
    c,
    415,
    `${type ? `Content-Type '${type}' wordt hier niet geaccepteerd` : 'De Content-Type ontbreekt'}: stuur de body als JSON met Content-Type: application/json.`,
    { invalidParams: [{ name: 'Content-Type', code: 'content-type', reason: 'Verwacht application/json.' }] },
  );
}

function geenBody(c: Context) {
  return invoerProbleem(c, 400, 'De body ontbreekt: stuur JSON met Content-Type: application/json.', [
    { name: '(body)', code: 'verplicht', reason: 'Verplicht.' },
  ]);
}

const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const jsonFoutTekst: Record<string, string> = {
  InvalidSymbol: 'onverwacht',
  InvalidNumberFormat: 'ongeldig getal',
  PropertyNameExpected: 'verwacht een veldnaam tussen dubbele aanhalingstekens',
  ValueExpected: 'verwacht een waarde',
  ColonExpected: "verwacht ':'",
  CommaExpected: "verwacht ','",
  CloseBraceExpected: "verwacht '}'",
  CloseBracketExpected: "verwacht ']'",
  EndOfFileExpected: 'verwacht niets meer na de waarde',
  InvalidCommentToken: 'commentaar is in JSON niet toegestaan',
  UnexpectedEndOfComment: 'commentaar is in JSON niet toegestaan',
  UnexpectedEndOfString: 'een tekst is niet afgesloten met "',
  UnexpectedEndOfNumber: 'een getal is niet af',
  InvalidUnicode: 'ongeldige \\u-code in een tekst',
  InvalidEscapeCharacter: 'ongeldig teken na \\ in een tekst',
  InvalidCharacter: 'een stuurteken in een tekst moet als \\u-code',
};

/** Where and why JSON.parse refused the text, in Dutch (line and column count from 1). */
function jsonFout(tekst: string, v8Bericht: string): string {
  const fouten: ParseError[] = [];
  jsoncParse(tekst, fouten, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const eerste = fouten[0];
  const v8Positie = /at position (\d+)/.exec(v8Bericht)?.[1];
  const offset = eerste?.offset ?? (v8Positie === undefined ? undefined : Number(v8Positie));
  if (offset === undefined) return 'de tekst is niet te lezen';
  if (offset >= tekst.length) {
    return `de JSON houdt op voordat hij af is (${plek(tekst, tekst.length)})`;
  }
  const code = eerste ? printParseErrorCode(eerste.error) : '';
  let wat = jsonFoutTekst[code] ?? 'ongeldige JSON';
  if (eerste && code === 'InvalidSymbol') wat = `onverwacht '${tekst.slice(offset, offset + Math.min(eerste.length || 1, 20))}'`;
  return `${wat} op ${plek(tekst, offset)}`;
}

function plek(tekst: string, offset: number): string {
  let regel = 1;
  let begin = 0;
  for (let i = tekst.indexOf('\n'); i !== -1 && i < offset; i = tekst.indexOf('\n', i + 1)) {
    regel++;
    begin = i + 1;
  }
  return `regel ${regel}, kolom ${offset - begin + 1}`;
}

const LOSSE_SURROGAAT = /\p{Cs}/u;
/** NUL and lone surrogates, to show them escaped in a field name. */
const ONTOONBAAR = new RegExp('[\\0\\p{Cs}]', 'gu');

function tekenFout(s: string, wat: 'waarde' | 'naam'): Omit<InvalidParam, 'name'> | null {
  const waar = wat === 'naam' ? 'De naam van dit veld' : 'De tekst';
  if (s.includes('\u0000')) {
    return { code: 'nul-teken', reason: `${waar} bevat een NUL-teken (\\u0000); dat kan niet worden opgeslagen. Haal het teken weg.` };
  }
  const surrogaat = LOSSE_SURROGAAT.exec(s);
  if (surrogaat) {
    const code = surrogaat[0].charCodeAt(0).toString(16);
    return { code: 'losse-surrogaat', reason: `${waar} bevat een losse surrogaathelft (\\u${code}) en is daarmee geen geldige Unicode-tekst.` };
  }
  return null;
}

/** A JSON path as the validation hook names fields (`stappen.0.eigenaar`); characters that cannot be shown are escaped. */
function padNaam(pad: readonly (string | number)[]): string {
  if (pad.length === 0) return '(body)';
  return pad
    .map((k) => String(k).replace(ONTOONBAAR, (t) => `\\u${t.charCodeAt(0).toString(16).padStart(4, '0')}`))
    .join('.');
}

/** Every string value and key with a NUL or a lone surrogate (at most 20), without recursion (deep JSON cannot overflow the stack). */
export function ongeldigeTekens(waarde: unknown): InvalidParam[] {
  const gevonden: InvalidParam[] = [];
  const stapel: { v: unknown; pad: (string | number)[] }[] = [{ v: waarde, pad: [] }];
  while (stapel.length > 0 && gevonden.length < 20) {
    const { v, pad } = stapel.pop()!;
    if (typeof v === 'string') {
      const f = tekenFout(v, 'waarde');
      if (f) gevonden.push({ name: padNaam(pad), ...f });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) if (v[i] !== null && typeof v[i] !== 'number' && typeof v[i] !== 'boolean') stapel.push({ v: v[i], pad: [...pad, i] });
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (const [k] of entries) {
        const f = tekenFout(k, 'naam');
        if (f) gevonden.push({ name: padNaam([...pad, k]), ...f });
      }
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, w] = entries[i]!;
        if (w !== null && typeof w !== 'number' && typeof w !== 'boolean') stapel.push({ v: w, pad: [...pad, k] });
      }
    }
  }
  return gevonden;
}
