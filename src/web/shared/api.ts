/** Small typed client for the Kernplan API. Types come from the same zod schemas as the server. */
import type { z } from 'zod';
import type {
  aspectSchema,
  methodeSchema,
  strategischThemaSchema,
  themaSamenvattingSchema,
  themaSchema,
  veldSchema,
  zoekresultaatSchema,
} from '../../server/api/schemas.ts';
import type { ProblemDetails } from '../../server/problem.ts';
import type { ChangeEvent } from '../../server/realtime/hub.ts';
import type { gebruikerSchema } from '../../server/toegang/sessies-routes.ts';
import type { lidSchema, werkruimteSchema } from '../../server/werkruimte/routes.ts';
import type { opmerkingSchema, sectieSchema } from '../../server/analyse/routes.ts';
import type { Rol } from '../../domain/toegang/rollen.ts';

export type Veld = z.infer<typeof veldSchema>;
export type Thema = z.infer<typeof themaSchema>;
export type ThemaSamenvatting = z.infer<typeof themaSamenvattingSchema>;
export type Aspect = z.infer<typeof aspectSchema>;
export type StrategischThema = z.infer<typeof strategischThemaSchema>;
export type Methode = z.infer<typeof methodeSchema>;
export type Zoekresultaat = z.infer<typeof zoekresultaatSchema>;

export class ApiFout extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function haalOp<T>(pad: string, signal?: AbortSignal): Promise<T> {
  let antwoord: Response;
  try {
    antwoord = await fetch(`/api/v1${pad}`, { headers: { Accept: 'application/json' }, signal: signal ?? null });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiFout('De server is niet bereikbaar. Controleer of Kernplan nog draait en probeer het opnieuw.', 0);
  }
  if (!antwoord.ok) {
    let detail = `De server gaf fout ${antwoord.status}.`;
    try {
      const p = (await antwoord.json()) as { detail?: string };
      if (p.detail) detail = p.detail;
    } catch {
      /* geen problem+json */
    }
    throw new ApiFout(detail, antwoord.status);
  }
  return (await antwoord.json()) as T;
}

// --- Samenwerken: sessies, werkruimtes, secties ---------------------------------------------


export type Gebruiker = z.infer<typeof gebruikerSchema>;
export type Werkruimte = z.infer<typeof werkruimteSchema>;
export type Lid = z.infer<typeof lidSchema>;
export type Sectie = z.infer<typeof sectieSchema>;
export type Opmerking = z.infer<typeof opmerkingSchema>;

/** The answer of GET/POST /sessies (the server does not export this schema; it mirrors `Sessie` in the OpenAPI doc). */
export interface Sessie {
  gebruiker: Gebruiker;
  csrfToken: string;
  totpInstellenVerplicht: boolean;
}

/** A notification of GET /meldingen (monitoring): a reminder or a signal, with the place it points to. */
export interface Melding {
  id: string;
  werkruimteId: string;
  werkruimte: string;
  soort: 'herinnering' | 'signaal';
  tekst: string;
  pad: string;
  aangemaaktOp: string;
  gelezen: boolean;
}

/** GET /instellingen (schema `Instellingen`). */
export interface Instellingen {
  modus: 'demo' | 'productie';
  demoAccounts: { email: string; naam: string; rol: Rol; organisatie: string; wachtwoord: string }[];
}

/** One entry of GET …/secties/{sleutel}/wijzigingen (schema `Wijziging`). */
export interface Wijziging {
  id: number;
  tijdstip: string;
  soort: string;
  gebruiker: string | null;
  voor: unknown;
  na: unknown;
  reden: string | null;
}

/** A finding of the privacy check in a 422 answer. */
export interface Vondst {
  soort: string;
  fragment: string;
  uitleg: string;
}

/** POST …/uitnodigingen (schema `Uitnodiging`). */
export interface Uitnodiging {
  id: string;
  email: string;
  rol: Rol;
  link: string;
  verlooptOp: string;
}

/** What the live connection announces: a committed change (refetch) or who is present where. */
export type Wijzigingsbericht = Omit<ChangeEvent, 'vertrouwelijk' | 'gebruikerId'>;
export interface Aanwezige {
  verbinding: string;
  gebruikerId: string;
  naam: string;
  sectie: string | null;
  bewerkt: boolean;
}

/** An RFC 9457 problem answer, with the extensions Kernplan uses (invalidParams, huidig, vondsten, totpVereist, …). */
export type Probleem = ProblemDetails & Record<string, unknown>;

export type Schrijfresultaat<T> =
  | { ok: true; status: number; etag: string | null; data: T }
  | { ok: false; status: number; etag: string | null; probleem: Probleem };

export interface Schrijfopties {
  body?: unknown;
  /** A file sent as the raw request body (instead of a JSON `body`), e.g. an import of police figures. */
  bestand?: Blob;
  /** The session's CSRF token, sent as X-CSRF-Token. */
  csrfToken?: string | null | undefined;
  /** The version the change is based on: a number becomes the ETag `"3"`. */
  ifMatch?: number | string | null | undefined;
  signal?: AbortSignal;
}

const onbereikbaar = 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw. Wat u typte, staat er nog.';

/**
 * POST/PUT/PATCH/DELETE to the API. Never throws for an HTTP error: it returns the status, the ETag
 * and either the JSON body or the problem document, so a page can answer 400/403/412/422 in its own way.
 */
export async function schrijf<T = unknown>(
  methode: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  pad: string,
  opties: Schrijfopties = {},
): Promise<Schrijfresultaat<T>> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (opties.bestand) headers['Content-Type'] = opties.bestand.type || 'text/csv';
  else if (opties.body !== undefined) headers['Content-Type'] = 'application/json';
  if (opties.csrfToken) headers['X-CSRF-Token'] = opties.csrfToken;
  if (opties.ifMatch !== undefined && opties.ifMatch !== null) {
    headers['If-Match'] = typeof opties.ifMatch === 'number' ? `"${opties.ifMatch}"` : opties.ifMatch;
  }
  let antwoord: Response;
  try {
    antwoord = await fetch(`/api/v1${pad}`, {
      method: methode,
      headers,
      body: opties.bestand ?? (opties.body === undefined ? null : JSON.stringify(opties.body)),
      credentials: 'same-origin',
      signal: opties.signal ?? null,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    const detail = opties.bestand ? 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.' : onbereikbaar;
    return { ok: false, status: 0, etag: null, probleem: { type: 'about:blank', title: 'Niet bereikbaar', status: 0, detail } };
  }
  const etag = antwoord.headers.get('ETag');
  const tekst = await antwoord.text();
  let json: unknown = undefined;
  if (tekst) {
    try {
      json = JSON.parse(tekst);
    } catch {
      json = undefined;
    }
  }
  if (antwoord.ok) return { ok: true, status: antwoord.status, etag, data: json as T };
  const probleem: Probleem =
    json && typeof json === 'object'
      ? ({ status: antwoord.status, ...(json as object) } as Probleem)
      : { type: 'about:blank', title: 'Fout', status: antwoord.status, detail: `De server gaf fout ${antwoord.status}.` };
  if (!probleem.detail) probleem.detail = `De server gaf fout ${antwoord.status}.`;
  return { ok: false, status: antwoord.status, etag, probleem };
}

/** The `invalidParams` of a 400 answer as field name → reason. */
export function veldfouten(probleem: Probleem | null | undefined): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const p of probleem?.invalidParams ?? []) {
    if (!(p.name in uit)) uit[p.name] = p.reason;
  }
  return uit;
}
