/** zod schemas (validation and OpenAPI) for the parts of the policy cycle. */
import { z } from '@hono/zod-openapi';
import { maatregelStatus, maatregelStatussen, organen, sessieOrganen, stapStatussen } from '../../domain/cyclus/inhoud.ts';
import { isThemaId } from '../../domain/kennisbank/kennisbank.ts';
import { vindMethode } from '../../domain/methoden/catalogus.ts';
import { strategischeThemas } from '../../domain/kennisbank/kennisbank.ts';
import { datumSchema } from '../api/schemas.ts';

const TEKST = 50_000;
const tekst = z.string().max(TEKST);
const kort = z.string().trim().max(300);
const datum = datumSchema;
const themaId = z.string().refine((t): boolean => isThemaId(t), 'Onbekend thema; gebruik een nummer van 1.1 tot en met 5.5.');
const id = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/, 'Alleen letters, cijfers, - en _.');
const kwartaal = z.string().regex(/^\d{4}-K[1-4]$/, 'Gebruik een kwartaal als 2027-K2.');

export const procesSchema = z
  .object({
    stappen: z
      .array(
        z.object({
          stap: z.number().int().min(1).max(6),
          status: z.enum(stapStatussen),
          eigenaar: kort,
          geplandStart: datum.nullable(),
          geplandEinde: datum.nullable(),
          werkelijkStart: datum.nullable(),
          werkelijkEinde: datum.nullable(),
          geschatteDagen: z.number().min(0).max(500).nullable(),
          deelstappen: z.record(z.string(), z.enum(stapStatussen)),
          handmatig: z.boolean().optional().openapi({ description: 'De coördinator zette de status zelf; zonder dit volgt de status het werk.' }),
        }),
      )
      .length(6, 'Geef alle zes stappen.'),
    raadsvergadering: datum.nullable().optional().openapi({ description: 'De raadsvergadering waarin het IVP wordt vastgesteld; de planning rekent ervan terug.' }),
  })
  .openapi('Proces');

export const startnotitieSchema = z
  .object({
    aanleiding: tekst,
    producten: tekst,
    beleidscyclus: tekst,
    planning: tekst,
    werkgroep: z.array(z.object({ naam: kort.min(1, 'Geef een naam.'), organisatie: kort, rol: kort })).max(40),
    partners: tekst,
    benodigdeTijd: tekst,
    rolRaad: tekst,
    inwonersraadpleging: tekst,
    flankerendBeleid: tekst,
    zekereThemas: z.array(themaId).max(22),
  })
  .openapi('Startnotitie');

export const prioriteitSchema = z
  .object({
    id: id.optional(),
    titel: kort,
    themaIds: z.array(themaId).max(22),
    gemeentecode: z.string().nullable().optional().openapi({ description: 'Gezamenlijk IVP: de gemeente waarvoor deze prioriteit alleen geldt; leeg = gezamenlijk.' }),
    strategischeIds: z
      .array(z.string().max(60))
      .max(3)
      .optional()
      .openapi({ description: "Alleen in een regionale werkruimte (regionale thema's): de strategische thema's waarop het thema rust." }),
  })
  .openapi('Prioriteit');
/** Up to 20 so that the rule (at most four) can be explained with a 422 instead of a bare 400. */
export const prioriteitenSchema = z.array(prioriteitSchema).max(20).openapi('Prioriteiten');

export const kandidatenSchema = z
  .record(
    z.string().regex(/^GM\d{4}$/, 'Een CBS-gemeentecode, bv. GM0344.'),
    z.object({ themaIds: z.array(themaId).max(22), toelichting: z.string().trim().max(2000).optional() }),
  )
  .openapi('Kandidaten', { description: 'Stap 3a van een gezamenlijk IVP: per deelnemende gemeente haar kandidaat-prioriteiten (thema-ids).' });

export const overigeGroepenSchema = z.array(z.object({ naam: kort, themaIds: z.array(themaId).max(22) })).max(22).openapi('OverigeGroepen');

export const sessieSchema = z
  .object({
    orgaan: z.enum(sessieOrganen),
    vorm: kort,
    status: z.enum(['consultatief', 'besluitvormend']),
    datum: datum.nullable(),
    deelnemers: tekst,
    uitkomst: tekst,
  })
  .nullable()
  .openapi('Prioriteringssessie');

const ivpPrioriteit = z.object({ waarom: tekst, hoofdlijnen: tekst, flankerendBeleid: tekst, doel: tekst });
const strategischIds = strategischeThemas.map((s) => s.id) as [string, ...string[]];

export const ivpSchema = z
  .object({
    uitgangssituatie: tekst,
    strategischeDoelstelling: tekst,
    strategischeUitgangspunten: tekst,
    prioriteiten: z.record(id, ivpPrioriteit),
    overigeThemas: tekst,
    coordinatie: tekst,
    begroting: tekst,
    strategischeThemas: z.record(z.enum(strategischIds), z.object({ hoofdstuk: z.union([z.literal(2), z.literal(3)]).nullable(), tekst })),
  })
  .openapi('Ivp');

export const maatregelSchema = z.object({
  id,
  naam: kort.min(1, 'Geef de maatregel een naam.'),
  prestatieIndicator: kort,
  bestuurlijkTrekker: kort,
  ambtelijkTrekker: kort,
  partners: kort,
  startKwartaal: kwartaal.nullable(),
  eindKwartaal: kwartaal.nullable(),
  budget: z.number().min(0).max(1_000_000_000).nullable(),
  // Statussen van vóór de monitoring (gepland, lopend, gereed, vervallen) worden nog begrepen.
  status: z.preprocess((s) => (typeof s === 'string' && ['gepland', 'lopend', 'gereed', 'vervallen'].includes(s) ? maatregelStatus(s) : s), z.enum(maatregelStatussen)),
  statusDatum: datum.nullable().optional(),
  statusToelichting: z.string().max(2000).optional(),
  eigenaarId: z.uuid('Geef de eigenaar als gebruiker-id.').nullable().optional(),
  prestaties: z
    .array(
      z.object({
        kwartaal,
        gepland: z.number().min(0, 'Een geplande output is niet negatief.').max(1_000_000_000).nullable(),
        gerealiseerd: z.number().min(0, 'Een gerealiseerde output is niet negatief.').max(1_000_000_000).nullable(),
      }),
    )
    .max(40)
    .optional(),
});

/** A measure of an uitvoeringsplan may be confidential (only the coordinator sets or clears it; ADR 0015). */
const uitvoeringsmaatregelSchema = maatregelSchema.extend({
  vertrouwelijk: z.boolean().optional().openapi({ description: 'Alleen zichtbaar voor leden met toegang vertrouwelijk. Alleen de coördinator zet of wist dit; ontbreekt: blijft zoals het was.' }),
  // Issue 19, the policy chain: what the measure should move, which problem it answers, and its basis.
  // Whether the ids exist in the workspace and the catalogue is checked by the route (422, with the field).
  indicatorIds: z
    .array(z.string().trim().min(1).max(100))
    .max(50)
    .optional()
    .openapi({ description: 'De effectindicatoren (ids) die deze maatregel moet bewegen. Vertrouwelijke indicatoren die u niet ziet, blijven gekoppeld.' }),
  probleemSleutels: z
    .array(z.string().trim().min(1).max(40))
    .max(30)
    .optional()
    .openapi({ description: "De problemen die de maatregel aanpakt: sleutels van themasecties van de analyse, bv. 'thema-1.3'.", example: ['thema-1.3'] }),
  methodeId: z.string().trim().min(1).max(100).nullable().optional().openapi({ description: 'De methode uit de methodencatalogus die de maatregel toepast, of null.', example: 'hotspotaanpak' }),
  onderbouwing: z.string().trim().max(2000).optional().openapi({ description: 'Een andere onderbouwing als er geen passende methode in de catalogus staat.' }),
});

export const uitvoeringsplanSchema = z
  .object({
    jaar: z.number().int(),
    hoofdlijn: tekst,
    terugblik: tekst,
    actiepunten: z
      .array(
        z.object({
          id,
          titel: kort.min(1, 'Geef het actiepunt een titel.'),
          prioriteitId: id.nullable(),
          themaId: themaId.nullable(),
          gemeentecode: z
            .string()
            .regex(/^GM\d{4}$/, 'Een CBS-gemeentecode, bv. GM0344.')
            .nullable()
            .optional()
            .openapi({ description: 'Gezamenlijk plan: het lokale deel van één gemeente; leeg = gezamenlijk. Onder een lokale prioriteit altijd die gemeente.' }),
          maatregelen: z.array(uitvoeringsmaatregelSchema).max(100),
        }),
      )
      .max(100),
    begroting: tekst,
  })
  .openapi('Uitvoeringsplan');

export const besluitInvoerSchema = z
  .object({
    soort: z.enum(['besproken', 'vastgesteld']),
    orgaan: z.enum(organen),
    datum,
    toelichting: z.string().trim().max(2000).optional(),
    jaar: z.number().int().optional(),
    gemeentecode: z.string().optional().openapi({ description: 'Gezamenlijk IVP: de gemeente waarvan het orgaan besluit.' }),
  })
  .openapi('BesluitInvoer');

export const projectSchema = z
  .object({
    probleem: tekst,
    themaIds: z.array(themaId).max(22),
    belangrijksteProblemen: tekst,
    huidigeAanpak: tekst,
    huidigeMaatregelen: z
      .array(
        z.object({
          naam: kort.min(1, 'Geef de maatregel een naam.'),
          methodeId: z
            .string()
            .nullable()
            .refine((m) => m === null || vindMethode(m) !== undefined, 'Deze methode staat niet in de catalogus.'),
        }),
      )
      .max(60),
    doelen: z.array(z.object({ omschrijving: kort, indicator: kort, nulwaarde: kort, streefwaarde: kort, termijn: kort })).max(30),
    maatregelen: z.array(maatregelSchema).max(100),
    resultaten: tekst,
    methodeId: z
      .string()
      .nullable()
      .refine((m) => m === null || vindMethode(m) !== undefined, 'Deze methode staat niet in de catalogus.'),
    checklist: z.array(z.boolean()).max(100),
    ivpKoppeling: z.object({ werkruimteId: z.uuid(), prioriteitId: id }).nullable(),
  })
  .openapi('Project');

/**
 * Per priority id the coordinator's explicit reason why that priority has no effect indicator with a
 * target (yet). Remove a priority's key to withdraw its reason.
 */
export const uitzonderingenSchema = z
  .record(
    id,
    z.object({
      reden: z
        .string()
        .trim()
        .max(2000)
        // A refinement, so the reason given is the one shown (the hook words a bare minimum as "may not be empty").
        .refine((r) => r.length >= 10, 'Schrijf in een of twee zinnen op waarom deze prioriteit geen streefwaarde heeft (minstens 10 tekens).'),
    }),
  )
  .openapi('Uitzonderingen', { description: 'Op prioriteit-id: de reden waarom die prioriteit (nog) geen effectindicator met streefwaarde heeft.', example: { p2: { reden: 'De nulmeting komt uit de Veiligheidsmonitor 2027; de streefwaarde volgt in het uitvoeringsplan 2028.' } } });
