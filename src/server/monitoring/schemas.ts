/**
 * zod schemas of step 6. Numbers are JSON numbers; a Dutch text ("7,5", "1.630", "28,8%") is
 * understood too, and anything else is refused with the reason (the field is named by the hook).
 */
import { z } from '@hono/zod-openapi';
import { maatregelStatussen } from '../../domain/cyclus/inhoud.ts';
import { leesGetal, leesMeting } from '../../domain/monitoring/getallen.ts';
import { normaliseerPeriode } from '../../domain/monitoring/indicatoren.ts';
import { aarden, beoordelingen, type Eenheid, eenheden, indicatorBronnen, koersen, relatieveBases, richtingen, streefsoorten } from '../../domain/monitoring/typen.ts';
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
  'per-10000': 'per-10000',
  'per 10000': 'per-10000',
  'per 10.000': 'per-10000',
  'per 10.000 inwoners': 'per-10000',
  'per 10000 inwoners': 'per-10000',
  per10000: 'per-10000',
};

export const eenheidSchema = z
  .preprocess((v) => (typeof v === 'string' ? (eenheidAliassen[v.trim().toLowerCase()] ?? v) : v), z.enum(eenheden))
  .openapi({ description: 'aantal, percentage, score, per-1000 of per-10000 (per 1.000 of per 10.000 van de noemer, standaard inwoners).', example: 'aantal' });

/**
 * Een streefwaarde in een van de vormen die plannen gebruiken (docs/indicatoren-rekenregels.md):
 * waarde, relatief (procent, basis), plafond, vloer, kwalitatief (koers) of reeks (tot en met totJaar).
 * Bij relatief en kwalitatief rekent Kernplan de waarde zelf uit (het niveau); anders is zij verplicht.
 */
export const streefwaardeSchema = z
  .object({
    jaar: jaar.openapi({ description: 'Het jaar; bij een reeks het eerste jaar.' }),
    waarde: getal.optional().openapi({ description: 'De waarde, het plafond, de vloer of de waarde van elk jaar van de reeks. Bij relatief en kwalitatief berekend (genegeerd).' }),
    soort: z.enum(streefsoorten).optional().openapi({ description: 'Ontbreekt: waarde.' }),
    procent: getal.optional().openapi({ description: 'Relatief: de verandering in procenten; −2 is 2 % lager.', example: -2 }),
    basis: z.enum(relatieveBases).optional().openapi({ description: 'Relatief: per-jaar (samengesteld) of periode (één keer ten opzichte van de referentie). Ontbreekt: periode.' }),
    koers: z.enum(koersen).optional().openapi({ description: 'Kwalitatief: afname, stabiel of toename.' }),
    totJaar: jaar.optional().openapi({ description: 'Reeks: het laatste jaar.' }),
  })
  .superRefine((s, ctx) => {
    const soort = s.soort ?? 'waarde';
    if ((soort === 'waarde' || soort === 'plafond' || soort === 'vloer' || soort === 'reeks') && s.waarde === undefined) ctx.addIssue({ code: 'custom', path: ['waarde'], message: 'Vul de waarde in.' });
    if (soort === 'relatief' && s.procent === undefined) ctx.addIssue({ code: 'custom', path: ['procent'], message: 'Vul de verandering in procenten in, bijvoorbeeld -2.' });
    if (soort === 'kwalitatief' && s.koers === undefined) ctx.addIssue({ code: 'custom', path: ['koers'], message: 'Kies afname, stabiel of toename.' });
    if (soort === 'reeks' && s.totJaar === undefined) ctx.addIssue({ code: 'custom', path: ['totJaar'], message: 'Vul het laatste jaar van de reeks in.' });
  })
  .openapi('Streefwaarde');

/**
 * Getallen die als tekst kwamen, opnieuw gelezen met de eenheid van de indicator: '28,8%' bij een
 * score en '7,5 (1 tot 10)' bij een percentage worden zo geweigerd (het schema kent de eenheid nog
 * niet). `ruw` is de JSON zoals verstuurd; de velden heten zoals in de API.
 */
export function tekstProblemen(ruw: unknown, eenheid: Eenheid): { veld: string; reden: string }[] {
  const uit: { veld: string; reden: string }[] = [];
  if (typeof ruw !== 'object' || ruw === null) return uit;
  const r = ruw as { referentiewaarde?: unknown; streefwaarden?: unknown };
  const lees = (v: unknown, veld: string) => {
    if (typeof v !== 'string') return;
    const g = leesGetal(v, eenheid);
    if (!g.ok) uit.push({ veld, reden: g.reden });
  };
  lees(r.referentiewaarde, 'referentiewaarde');
  if (Array.isArray(r.streefwaarden)) {
    r.streefwaarden.forEach((s: unknown, i) => {
      const soort = (s as { soort?: unknown })?.soort;
      if (soort !== 'relatief' && soort !== 'kwalitatief') lees((s as { waarde?: unknown })?.waarde, `streefwaarden[${i}].waarde`);
    });
  }
  return uit;
}

/** Een meetwaarde als getal, of als tekst met eventueel een benchmark: '6 / 8'. Gelezen met de eenheid in de route (leesMetingTekst). */
const meetwaarde = z
  .union([z.number(), z.string().max(100)])
  .superRefine((v, ctx) => {
    if (typeof v === 'number' ? !Number.isFinite(v) : !leesMeting(v).ok) ctx.addIssue({ code: 'custom', message: typeof v === 'number' ? 'Geen eindig getal.' : (leesMeting(v) as { reden: string }).reden });
  })
  .openapi({ type: 'number', description: 'Een getal; ook als Nederlandse tekst ("7,5"), eventueel met de benchmark erachter ("6 / 8": waarde 6, benchmark 8).', example: 6 });

/** Leest een meetwaarde van de API met de eenheid van de indicator. */
export function leesMeetwaarde(v: number | string, eenheid: Eenheid): ReturnType<typeof leesMeting> {
  return typeof v === 'number' ? { ok: true, waarde: v, benchmark: null } : leesMeting(v, eenheid);
}

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
    streefwaarden: z.array(streefwaardeSchema).max(30).optional(),
    noemer: z
      .string()
      .trim()
      .max(100)
      .nullable()
      .optional()
      .openapi({ description: "Bij per-1000 of per-10000: de groep waarover geteld wordt ('jongeren van 12 tot en met 17 jaar'); ontbreekt: inwoners." }),
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
    veiligheidsmonitor: z
      .object({
        regiocode: z.string().regex(/^[A-Z]{2}\d[0-9A-Z]{1,9}$/, 'Gebruik een CBS-regiocode als GM0363, WK036300 of NL01.'),
        indicatorId: z.string().min(1).max(200),
      })
      .nullable()
      .optional()
      .openapi({ description: 'Meetbron: een reeks van de Veiligheidsmonitor (regio en onderwerp); elke import schrijft dan de jaarmetingen met hun marge.' }),
    regioKoppeling: z
      .object({ werkruimteId: z.uuid('Geef de regionale werkruimte als id.'), indicatorId: z.uuid('Geef de regionale indicator als id.') })
      .nullable()
      .optional()
      .openapi({ description: 'Hoort bij een regionale streefwaarde: een indicator van een regionale werkruimte waarin de gemeente ligt (GET …/regionale-indicatoren). null wist de koppeling.' }),
  })
  .refine((i) => !(i.reeks && i.veiligheidsmonitor), {
    message: 'Een indicator volgt één meetbron: een reeks politiecijfers of een reeks van de Veiligheidsmonitor, niet allebei.',
    path: ['veiligheidsmonitor'],
  })
  .refine((i) => !(i.overkoepelend === true && i.prioriteitId), {
    message: 'Een overkoepelende indicator hoort bij het hele plan, niet bij één prioriteit: laat de prioriteit leeg, of zet overkoepelend uit.',
    path: ['overkoepelend'],
  })
  .openapi('IndicatorInvoer');

export const metingInvoerSchema = z
  .object({
    periode: periodeSchema,
    waarde: meetwaarde,
    benchmark: getal.nullable().optional().openapi({ description: "Een vergelijkingswaarde bij de meting (gemiddelde van vergelijkbare gemeenten, Nederland); gaat voor een benchmark in de tekst van 'waarde'." }),
    marge: getal
      .refine((x) => x >= 0, 'Een marge is nul of groter.')
      .nullable()
      .optional()
      .openapi({ description: 'Bij een uitkomst van een enquête (Veiligheidsmonitor): de marge, de halve breedte van het 95%-betrouwbaarheidsinterval (18,3 ± 1,7: marge 1,7). Een verschil met de verwachting binnen de marge is niet achter.' }),
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
