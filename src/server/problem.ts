import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One invalid input, as in the NL GOV API Design Rules' problem extension `invalidParams`. */
export interface InvalidParam {
  /** Name of the query parameter, or a JSON pointer-like path for a body field. */
  name: string;
  code: string;
  reason: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  invalidParams?: InvalidParam[];
}

const titles: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet aangemeld',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  405: 'Methode niet toegestaan',
  409: 'Conflict met de huidige stand',
  412: 'Versie verouderd',
  413: 'Te groot',
  415: 'Mediatype niet ondersteund',
  422: 'Controle nodig',
  428: 'Versie vereist',
  429: 'Te veel pogingen',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};

/**
 * Answers with an RFC 9457 problem document. Typed as `never` on purpose: route handlers declare
 * their success answers as typed responses, and a problem answer may end any handler; the OpenAPI
 * document lists the problem answers per route separately.
 */
export function problem<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  detail: string,
  extra: Partial<Omit<ProblemDetails, 'status'>> = {},
  headers: Record<string, string> = {},
): never {
  const body: ProblemDetails = {
    type: 'about:blank',
    title: titles[status] ?? 'Fout',
    status,
    detail,
    instance: new URL(c.req.url).pathname,
    ...extra,
  };
  return c.json(body, status, { ...headers, 'Content-Type': 'application/problem+json' }) as never;
}

/** An answer for an error that the request caused, found by the error handler (app.onError). */
export interface Clientfout {
  status: ContentfulStatusCode;
  detail: string;
  /** Why this came this far: logged as a warning, because validation should have caught it. */
  logregel?: string;
}

/** SQLSTATEs that only bad input causes; everything else stays a 500. */
const databaseInvoerfouten: Record<string, Omit<Clientfout, 'logregel'>> = {
  '22P05': { status: 422, detail: 'De invoer bevat een teken dat niet kan worden opgeslagen (zoals een NUL-teken, \\u0000). Haal het teken weg.' },
  '22021': { status: 422, detail: 'De invoer bevat een teken dat niet kan worden opgeslagen (zoals een NUL-teken, \\u0000). Haal het teken weg.' },
  '22007': { status: 422, detail: 'De invoer bevat een datum of tijd die niet bestaat. Gebruik een datum als 2027-03-15.' },
  '22008': { status: 422, detail: 'De invoer bevat een datum of tijd die niet bestaat. Gebruik een datum als 2027-03-15.' },
  '22001': { status: 422, detail: 'Een tekst in de invoer is te lang om op te slaan.' },
  '22003': { status: 422, detail: 'Een getal in de invoer is te groot om op te slaan.' },
  '22P02': { status: 400, detail: 'Een waarde in de invoer heeft niet de juiste vorm (bijvoorbeeld een id dat geen uuid is).' },
};

const httpFouten: Partial<Record<number, string>> = {
  400: 'Het verzoek is niet te lezen. Stuur JSON met Content-Type: application/json.',
  413: 'De body is te groot.',
  415: 'Deze Content-Type wordt hier niet geaccepteerd; stuur JSON met Content-Type: application/json.',
};

/**
 * The safety net of the error handler: an error that the client caused (a Hono HTTPException with a
 * 4xx status, or a PostgreSQL error about the input) becomes a 4xx problem instead of a 500. Returns
 * null for everything else, which stays a 500 and is logged as an error.
 */
export function clientfout(err: unknown): Clientfout | null {
  if (err instanceof HTTPException) {
    const status = err.status as number;
    if (status < 400 || status >= 500) return null;
    const detail = httpFouten[status] ?? `Het verzoek is geweigerd (${status}).`;
    return { status: err.status as ContentfulStatusCode, detail };
  }
  if (err && typeof err === 'object' && 'severity' in err && 'code' in err && typeof err.code === 'string') {
    const fout = databaseInvoerfouten[err.code];
    if (fout) return { ...fout, logregel: `Invoer door de database geweigerd (${err.code}) en als ${fout.status} beantwoord; hoort de validatie dit af te vangen? ${(err as { message?: string }).message ?? ''}` };
  }
  return null;
}
