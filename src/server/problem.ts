import type { Context } from 'hono';
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
