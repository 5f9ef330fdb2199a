/**
 * zod schemas of step 6. Numbers are JSON numbers; a Dutch text ("7,5", "1.630", "28,8%") is
 * understood too, and anything else is refused with the reason (the field is named by the hook).
 */
import { z } from '@hono/zod-openapi';
import { maatregelStatussen } from '../../domain/cyclus/inhoud.ts';
import { leesGetal } from '../../domain/monitoring/getallen.ts';
import { normaliseerPeriode } from '../../domain/monitoring/indicatoren.ts';
import { aarden, beoordelingen, eenheden, indicatorBronnen, richtingen } from '../../domain/monitoring/typen.ts';
import { datumSchema } from '../api/schemas.ts';

export const getal = z
  .union([z.number(), z.string()])
  .transform((v, ctx) => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) ctx.addIssue({ code: 'custom', message: 'Geen eindig getal.' });
      return v;
    }
    const r = leesGetal(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.reden });
      return z.NEVER;
    }
    return r.waarde;
  })
  .openapi({ type: 'number', description: 'Een getal; een Nederlandse schrijfwijze als "7,5" of "1.630" wordt ook begrepen.', example: 486 });

const jaar = z.number().int('Een jaar is een heel getal.').min(1900, 'Een jaar vanaf 1900.').max(2199, 'Een jaar tot 2200.');

const eenheidAliassen: Record<string, (typeof eenheden)[number]> = {
  aantal: 'aantal',
  count: 'aantal',
  absoluut: 'aantal',
  percentage: 'percentage',
  procent: 'percentage',
  '%': 'percentage',
  score: 'score',
  rapportcijfer: 'score',
  cijfer: 'score',
  schaalscore: 'score',
  'per-1000': 'per-1000',
  'per 1000': 'per-1000',
  'per 1.000': 'per-1000',
  'per 1.000 inwoners': 'per-1000',
  'per 1000 inwoners': 'per-1000',
  per1000: 'per-1000',
};

export const eenheidSchema = z
  .preprocess((v) => (typeof v === 'string' ? (eenheidAliassen[v.trim().toLowerCase()] ?? v) : v), z.enum(eenheden))
  .openapi({ description: 'aantal, percentage, score of per-1000 (per 1.000 inwoners).', example: 'aantal' });

export const periodeSchema = z
  .union([z.string(), z.number()])
  .transform((v, ctx) => {
    const p = normaliseerPeriode(v);
    if (!p) {
      ctx.addIssue({ code: 'custom', message: `Onbekende periode '${String(v)}'. Gebruik een jaar (2026) of een kwartaal (3e kwartaal 2026 of 2026-K3).` });
      return z.NEVER;
    }
    return p;
  })
  .openapi({ type: 'string', example: '2026', description: 'Een jaar (2026) of kwartaal (2026-K3).' });

const tekst = z.string().trim().max(2000);

export const indicatorInvoerSchema = z
  .object({
    naam: z.string().trim().min(1, 'Geef de indicator een naam.').max(300),
    prioriteitId: z.string().max(40).nullable().optional(),
    themaId: z.string().max(60).nullable().optional(),
    overkoepelend: z
      .boolean()
      .optional()
      .openapi({ description: 'Een overkoepelende effectindicator: meet de strategische doelstelling van het hele plan (hoofdstuk 2 van het IVP), niet één prioriteit. Dan zonder prioriteitId.' }),
    bron: z.enum(indicatorBronnen).optional(),
    bronToelichting: tekst.optional(),
    aard: z.enum(aarden).optional(),
    eenheid: eenheidSchema,
    richting: z.enum(richtingen),
    referentiejaar: jaar.nullable().optional(),
    referentiewaarde: getal.nullable().optional(),
    streefwaarden: z.array(z.object({ jaar, waarde: getal })).max(30).optional(),
    eigenaarId: z.uuid('Geef de eigenaar als gebruiker-id.').nullable().optional(),
    vertrouwelijk: z.boolean().optional().openapi({ description: 'Alleen zichtbaar voor leden met toegang vertrouwelijk (ADR 0015). Alleen de coördinator zet of wist dit; ontbreekt: blijft zoals het was.' }),
    reeks: z
      .object({
        gemeentecode: z.string().regex(/^GM\d{4}$/, 'Gebruik een CBS-gemeentecode als GM0363.'),
        themaId: z.string().max(10).nullable().optional(),
        codes: z.array(z.string().max(10)).max(59).optional(),
      })
      .nullable()
      .optional()
      .openapi({ description: 'Meetbron: een reeks uit de geïmporteerde politiecijfers (thema of soorten misdrijf); elke import schrijft dan de jaarmetingen.' }),
  })
  .refine((i) => !(i.overkoepelend === true && i.prioriteitId), {
    message: 'Een overkoepelende indicator hoort bij het hele plan, niet bij één prioriteit: laat de prioriteit leeg, of zet overkoepelend uit.',
    path: ['overkoepelend'],
  })
  .openapi('IndicatorInvoer');

export const metingInvoerSchema = z
  .object({
    periode: periodeSchema,
    waarde: getal,
    toelichting: tekst.optional(),
  })
  .openapi('MetingInvoer');

export const voortgangInvoerSchema = z
  .object({
    status: z.enum(maatregelStatussen),
    datum: datumSchema.optional(),
    toelichting: tekst.optional(),
    /** Realised output per quarter. */
    gerealiseerd: z
      .array(z.object({ kwartaal: z.string().regex(/^\d{4}-K[1-4]$/, 'Gebruik een kwartaal als 2027-K2.'), waarde: getal.nullable() }))
      .max(40)
      .optional(),
  })
  .openapi('VoortgangInvoer');

const datum = datumSchema;

export const monitoringSchema = z
  .object({
    beoordeling: z.enum(beoordelingen),
    eersteOverleg: datum.nullable(),
    intervalMaanden: z.number().int().min(1, 'Minstens elke maand.').max(12, 'Minstens eens per jaar.'),
    overleggen: z
      .array(
        z.object({
          datum,
          agenda: z.string().max(20_000),
          notulen: z.string().max(50_000),
          besluiten: z.array(z.string().trim().min(1).max(2000)).max(100),
          acties: z.array(z.object({ wat: z.string().trim().min(1, 'Beschrijf de actie.').max(1000), wie: z.string().trim().max(200), deadline: datum.nullable(), gereed: z.boolean() })).max(200),
        }),
      )
      .max(200),
  })
  .openapi('Monitoring');

export const rapportageSchema = z.object({ hoogtepunten: z.string().max(20_000), knelpunten: z.string().max(20_000) }).openapi('Rapportage');
