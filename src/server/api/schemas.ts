/**
 * Zod schemas of the public API. They validate input and, in the tests, every answer; the
 * OpenAPI 3.1 document is generated from them. Wire names are the Dutch domain names.
 */
import { z } from '@hono/zod-openapi';
import { aspectIds, themaIds } from '../../domain/kennisbank/types.ts';
import {
  gemeentelijkeRollen,
  methodeObjecten,
  partijen,
  problemen,
  samenwerkingsvormen,
} from '../../domain/methoden/types.ts';
import { ONMOGELIJKE_WAARDE } from './validation.ts';

export const DATUM_JAAR_VAN = 1900;
export const DATUM_JAAR_TOT = 2199;

/** True for YYYY-MM-DD that is a day of the calendar (leap years included) between 1900 and 2199. */
export function bestaandeDatum(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (jaar < DATUM_JAAR_VAN || jaar > DATUM_JAAR_TOT || maand < 1 || maand > 12 || dag < 1) return false;
  return dag <= new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

/**
 * Every date in the API: a real calendar day as YYYY-MM-DD (OpenAPI `format: date`). A wrong form is
 * invalid input (400, or 422 under the hook of step 6); a date that does not exist (2027-02-30,
 * 2027-13-45) is 422 everywhere, with the field named.
 */
export const datumSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Gebruik een datum als 2027-03-15 (jaar-maand-dag).', abort: true })
  .refine(bestaandeDatum, {
    params: ONMOGELIJKE_WAARDE,
    error: (issue) => {
      const jaar = Number(String(issue.input).slice(0, 4));
      return jaar < DATUM_JAAR_VAN || jaar > DATUM_JAAR_TOT
        ? `Een datum tussen ${DATUM_JAAR_VAN} en ${DATUM_JAAR_TOT}.`
        : `De datum ${String(issue.input)} bestaat niet.`;
    },
  })
  .openapi({ format: 'date', example: '2027-03-15', description: 'Een datum als 2027-03-15 (jaar-maand-dag) die in de kalender staat.' });

const veldNummer = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const themaId = z.enum(themaIds).openapi({ description: 'Themanummer zoals in de methode, bv. `5.2`.' });

const item = z.object({ naam: z.string(), toelichting: z.string().optional() }).openapi('Item');
const instrument = z
  .object({ naam: z.string(), toelichting: z.string().optional(), url: z.url().optional() })
  .openapi('Instrument');

export const aanpakSchema = z
  .object({
    rolGemeente: z.array(z.string()),
    partners: z.object({ intern: z.array(z.string()), extern: z.array(z.string()) }),
    wetgeving: z.array(item),
    maatregelen: z.array(item),
    instrumenten: z.array(instrument),
    ontwikkelingen: z.array(z.string()),
  })
  .openapi('Aanpak', { description: 'Rol gemeente, partners, wet- en regelgeving, maatregelen, instrumenten en ontwikkelingen.' });

export const effectindicatorSchema = z
  .object({
    naam: z.string(),
    bron: z.enum(['politieregistratie', 'veiligheidsmonitor', 'gemeente', 'overig']),
    aard: z.enum(['objectief', 'subjectief']),
    bronToelichting: z.string().optional(),
  })
  .openapi('Effectindicator');

const themaVerwijzing = z.object({ id: themaId, naam: z.string() }).openapi('ThemaVerwijzing');

export const themaSamenvattingSchema = z
  .object({ id: themaId, veld: veldNummer, naam: z.string(), trefwoorden: z.array(z.string()) })
  .openapi('ThemaSamenvatting');

export const themaSchema = z
  .object({
    id: themaId,
    veld: veldNummer,
    veldnaam: z.string(),
    naam: z.string(),
    uitleg: z.array(z.string()),
    effectinformatie: z.array(z.string()),
    effectindicatoren: z.array(effectindicatorSchema),
    raakvlakken: z.array(themaVerwijzing),
    trefwoorden: z.array(z.string()),
    aanpak: aanpakSchema.optional().openapi({
      description: 'Bij veld 1 ontbreekt dit: daar staat de aanpak per aanpak-aspect (zie /aanpakaspecten).',
    }),
    methoden: z.array(z.object({ id: z.string(), naam: z.string() })).openapi({
      description: 'Methoden uit de catalogus die dit thema dienen.',
    }),
  })
  .openapi('Thema');

export const veldSchema = z
  .object({
    nummer: veldNummer,
    naam: z.string(),
    omschrijving: z.string(),
    themas: z.array(themaVerwijzing),
  })
  .openapi('Veld');

export const aspectSchema = aanpakSchema
  .extend({
    id: z.enum(aspectIds),
    naam: z.string(),
    uitleg: z.array(z.string()),
    trefwoorden: z.array(z.string()),
  })
  .openapi('Aanpakaspect');

export const strategischThemaSchema = z
  .object({
    id: z.enum(['gedigitaliseerde-criminaliteit', 'zorg-en-veiligheid', 'informatiepositie']),
    naam: z.string(),
    uitleg: z.array(z.string()),
    plaatsInIvp: z.array(z.object({ onderdeel: z.string(), wat: z.string() })),
    raakvlakken: z.array(themaVerwijzing),
    instrumenten: z.array(instrument),
  })
  .openapi('StrategischThema');

export const methodeSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    afkorting: z.string().optional(),
    velden: z.array(veldNummer),
    object: z.enum(methodeObjecten),
    samenwerking: z.array(z.enum(samenwerkingsvormen)),
    rollen: z.array(z.enum(gemeentelijkeRollen)),
    partijen: z.array(z.enum(partijen)),
    problemen: z.array(z.enum(problemen)),
    doel: z.string(),
    werkwijze: z.array(z.string()),
    stappen: z.array(z.string()),
    themas: z.array(themaVerwijzing),
    meerInformatie: z.string().optional(),
  })
  .openapi('Methode');

export const zoekresultaatSchema = z
  .object({
    soort: z.enum(['thema', 'aspect', 'strategisch-thema', 'methode']),
    id: z.string(),
    titel: z.string(),
    fragment: z.string(),
  })
  .openapi('Zoekresultaat');

/**
 * RFC 9457 problem details as problem() (problem.ts) makes them: type, title, status and detail are
 * always there (the NL GOV API Design Rules require status, title and detail).
 */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    invalidParams: z
      .array(z.object({ name: z.string(), code: z.string(), reason: z.string() }))
      .optional(),
  })
  .openapi('Probleem');

/**
 * A multi-valued filter: repeat the parameter (`?rol=initiator&rol=facilitator`) or separate
 * values with commas (`?rol=initiator,facilitator`).
 */
export function filterParam<const T extends readonly [string, ...string[]]>(name: string, values: T, description: string) {
  return z
    .preprocess(
      (v) =>
        v === undefined
          ? undefined
          : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean),
      z.array(z.enum(values)).optional(),
    )
    .openapi({
      param: { name, in: 'query', style: 'form', explode: true },
      description: `${description} Meerdere waarden: herhaal de parameter of scheid met komma's (één daarvan volstaat).`,
      type: 'array',
      items: { type: 'string', enum: [...values] },
    });
}
