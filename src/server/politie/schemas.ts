/**
 * zod schemas of the police-figures API, for the OpenAPI document. The handlers of the JSON bodies and
 * query parameters check their input themselves (with their own Dutch messages and status codes), so
 * most of these schemas only document; the path parameters are validated by `routes.openapi`.
 */
import { z } from '@hono/zod-openapi';
import { uuidParam } from '../api/common.ts';
import { problemSchema } from '../api/schemas.ts';

export const codelijstSoorten = ['regios', 'soorten'] as const;
export type CodelijstSoort = (typeof codelijstSoorten)[number];

/** At most this many bytes per code list (WijkenEnBuurten.csv of 2024 is 2,8 MB). */
export const MAX_CODELIJST_BYTES = 20 * 1024 * 1024;

// --- Parameters ------------------------------------------------------------------------------

export const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
export const importParam = z.object({ werkruimteId: uuidParam('werkruimteId'), importId: uuidParam('importId') });
export const codelijstParam = z.object({
  werkruimteId: uuidParam('werkruimteId'),
  importId: uuidParam('importId'),
  lijst: z.enum(codelijstSoorten).openapi({
    param: { name: 'lijst', in: 'path' },
    description: "Welke codelijst: `regios` (WijkenEnBuurten.csv: Key, Title, Municipality) of `soorten` (SoortMisdrijf.csv: Key, Title).",
    example: 'regios',
  }),
});

const jaartal = (name: string, description: string) =>
  z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .openapi({ param: { name, in: 'query' }, description, example: '2023' });

export const aggregatenQuery = z.object({
  groep: z.enum(['thema', 'veld', 'soort']).optional().openapi({ param: { name: 'groep', in: 'query' }, description: 'Optellen per thema (standaard), veld of soort misdrijf.' }),
  niveau: z.enum(['gemeente', 'wijk', 'buurt']).optional().openapi({ param: { name: 'niveau', in: 'query' }, description: 'Regioniveau; standaard gemeente.' }),
  periode: z.enum(['jaar', 'maand']).optional().openapi({ param: { name: 'periode', in: 'query' }, description: 'Per jaar (standaard) of per maand.' }),
  jaarVan: jaartal('jaarVan', 'Eerste jaar (een jaartal).'),
  jaarTot: jaartal('jaarTot', 'Laatste jaar (een jaartal).'),
  regio: z
    .string()
    .regex(/^(GM|WK|BU)\d{4}[0-9A-Z]{0,4}$/)
    .optional()
    .openapi({ param: { name: 'regio', in: 'query' }, description: 'Eén gemeente, wijk of buurt (CBS-code) van de werkruimte.', example: 'WK036300' }),
});

export const vergelijkingQuery = z.object({ jaar: jaartal('jaar', 'Het jaar; standaard het laatste jaar met cijfers van de gemeente zelf.') });

export const importStartQuery = z.object({
  bestandsnaam: z
    .string()
    .max(255)
    .optional()
    .openapi({ param: { name: 'bestandsnaam', in: 'query' }, description: 'Alleen bij een import in één stap (het bestand als body): de naam van het bestand; standaard upload.csv.', example: '47018NED.csv' }),
});

// --- Bodies ----------------------------------------------------------------------------------

/** A file as the raw request body: it is read as a stream, never buffered through zod (no zod schema, so no validator). */
export const ruweBody = {
  'text/csv': { schema: { type: 'string' as const, format: 'binary' } },
  'application/octet-stream': { schema: { type: 'string' as const, format: 'binary' } },
};
export const ruwBestand = (description: string) => ({ required: true, description, content: ruweBody });

export const importStartSchema = z
  .object({
    bestandsnaam: z.string().min(1).max(255).openapi({ example: '47018NED.csv' }),
    grootte: z.number().int().min(0).optional().openapi({ description: 'Grootte van het bestand in bytes, voor de voortgang.', example: 123456 }),
  })
  .openapi('PolitieImportStart');

export const haltInvoerSchema = z
  .object({
    gemeentecode: z.string().openapi({ description: 'Een gemeente van de werkruimte.', example: 'GM0363' }),
    jaar: z.number().int().min(2000).max(2100),
    verwijzingen: z.number().int().min(0).max(100_000).openapi({ description: 'Verwijzingen naar Halt in dat jaar.' }),
    jongeren: z.number().int().min(1).max(2_000_000).openapi({ description: 'Jongeren van 12 tot en met 17 jaar; niet minder dan de verwijzingen.' }),
  })
  .openapi('HaltInvoer');

export const inwonersSchema = z
  .object({
    regio: z.string().openapi({ description: 'Een gemeente, wijk of buurt van de werkruimte (CBS-code).', example: 'WK036301' }),
    jaar: z.number().int().min(1990).max(2100),
    inwoners: z.number().int().min(1).max(20_000_000).openapi({ description: 'Inwoners op 1 januari.' }),
  })
  .openapi('Inwonertal');

export const inwonertalAntwoordSchema = inwonersSchema
  .extend({ versie: z.number().int().openapi({ description: 'De versie (ETag) van dit inwonertal; 0: nog nooit ingevoerd, het meegeleverde CBS-cijfer geldt.' }) })
  .openapi('InwonertalMetVersie');

const afwijkingSchema = z.object({
  code: z.string().openapi({ description: 'Code van de soort misdrijf.', example: '1.2.4' }),
  themaId: z.string().nullable().openapi({ description: 'Het thema; null betekent: bij geen thema.', example: '2.1' }),
});

export const themakoppelingInvoerSchema = z.object({ afwijkingen: z.array(afwijkingSchema) }).openapi('ThemakoppelingInvoer');

// --- Answers ---------------------------------------------------------------------------------

export const themakoppelingSchema = z
  .object({
    versie: z.number().int().openapi({ description: 'Versie (ETag) van de afwijkingen; 0: nog nooit aangepast.' }),
    koppeling: z.array(
      z.object({
        code: z.string(),
        titel: z.string(),
        standaard: z.string().nullable(),
        themaId: z.string().nullable(),
        afwijkend: z.boolean(),
        uitleg: z.string(),
      }),
    ),
  })
  .openapi('Themakoppeling');

export const afwijkingenSchema = z
  .object({
    versie: z.number().int().openapi({ description: 'De nieuwe versie (ETag).' }),
    afwijkingen: z.record(z.string(), z.string().nullable()).openapi({ description: 'Per code het afwijkende thema (of null).' }),
  })
  .openapi('ThemakoppelingAfwijkingen');

export const voortgangSchema = z
  .object({
    fase: z.enum(['wachten', 'lezen', 'opslaan', 'klaar']),
    bytesGelezen: z.number().int(),
    bytesTotaal: z.number().int().nullable(),
    regelsGelezen: z.number().int(),
    fouten: z.number().int(),
  })
  .openapi('PolitieImportVoortgang');

const foutRegel = z.object({ regel: z.number().int(), reden: z.string() });

export const importTaakSchema = z
  .object({
    id: z.string(),
    werkruimteId: z.string(),
    bestandsnaam: z.string(),
    status: z.enum(['wacht-op-bestand', 'bezig', 'ingelezen', 'geweigerd', 'geannuleerd']),
    voortgang: voortgangSchema,
    gestartOp: z.string().optional(),
    samenvatting: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: "Na het inlezen: formaat, codering, regels gelezen/ingelezen/geweigerd, perioden, regio's, onbekende soorten en regiocodes." }),
    reden: z.string().optional(),
    regel: z.number().int().nullable().optional(),
    fouten: z.array(foutRegel).optional(),
    foutenTotaal: z.number().int().optional(),
  })
  .openapi('PolitieImport');

export const importLijstSchema = z
  .object({
    lopend: z.array(importTaakSchema).openapi({ description: 'Imports die nu lopen of op hun bestand wachten.' }),
    imports: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'Eerdere imports vanuit deze werkruimte, nieuwste eerst (hoogstens 100).' }),
  })
  .openapi('PolitieImportLijst');

export const codelijstAntwoordSchema = z
  .object({
    importId: z.string(),
    lijst: z.enum(codelijstSoorten),
    aantal: z.number().int().openapi({ description: "Regio's of soorten misdrijf in de lijst." }),
    bytes: z.number().int(),
  })
  .openapi('PolitieCodelijst');

export const importProbleemSchema = problemSchema
  .extend({
    regel: z.number().int().nullable().optional().openapi({ description: 'De regel waarop het bestand is geweigerd.' }),
    fouten: z.array(foutRegel).optional(),
    foutenTotaal: z.number().int().optional(),
    import: importTaakSchema.optional(),
  })
  .openapi('PolitieImportProbleem');

/**
 * The coverage of a figure per theme, field or crime type (issue 16, point 2; domain/politie/dekking.ts).
 * Registered as a component in routes.ts; every answer with such a figure carries it as `dekking`.
 */
export const dekkingSchema = z
  .object({
    codes: z.array(z.string()).openapi({ description: 'De soorten misdrijf die bij het cijfer horen (volgens de themakoppeling van de werkruimte).', example: ['1.1.1', '1.2.3'] }),
    aanwezig: z.array(z.string()).openapi({ description: 'Daarvan: met een bekend aantal (ook 0) in de ingelezen gegevens voor die regio en periode.', example: ['1.2.3'] }),
    ontbrekend: z.array(z.string()).openapi({ description: 'Daarvan: niet in de ingelezen bestanden, of met een onbekend aantal.', example: ['1.1.1'] }),
    volledig: z.boolean().openapi({ description: 'Alle soorten zijn aanwezig. Een onvolledig cijfer is een som over een deel van de soorten; het wordt niet vergeleken of gerangschikt.' }),
  })
  .openapi('PolitieDekking');

const overDekking =
  ' Elk cijfer per thema, veld of soort misdrijf heeft `dekking` (PolitieDekking): welke soorten in de gegevens zitten en of het cijfer volledig is.';

/** Answers the handlers build from the police figures; their shape is described in words. */
export const cijfersAntwoord = (description: string) => ({
  content: { 'application/json': { schema: z.record(z.string(), z.unknown()).openapi({ description: `${description}${overDekking}` }) } },
  description,
});
