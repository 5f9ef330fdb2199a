/**
 * Wat een thema bepaalt: per thema de soorten misdrijf die het aantal dragen, grootste eerst, voor
 * één gemeente (of wijk, of buurt) van de werkruimte in één jaar, met de themakoppeling van de
 * werkruimte (GET …/politiecijfers/themabijdragen). Een gemeente zonder eigen rij krijgt de som van
 * haar wijken of buurten, met `herkomst`. De rekenregels staan in src/domain/politie/themakoppeling.ts.
 */
import { z } from '@hono/zod-openapi';
import { gemeenteJaarrijen } from '../../domain/politie/cijfers.ts';
import { vindThema, strategischeThemas } from '../../domain/kennisbank/kennisbank.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import { regioSoort } from '../../domain/politie/regios.ts';
import { beschrijfBijdragen, bijdragenPerThema } from '../../domain/politie/themakoppeling.ts';
import { laadWerkruimte } from '../cyclus/stand.ts';
import type { Queryable } from '../db/db.ts';
import { laadRijen, regioNaam } from './cijfers.ts';
import { meegeleverdeRegio } from './regiolijst.ts';
import { laadAfwijkingen } from './themakoppeling.ts';

export const themabijdragenQuery = z.object({
  regio: z
    .string()
    .optional()
    .openapi({ param: { name: 'regio', in: 'query' }, description: 'Een gemeente, wijk of buurt (CBS-code) van de werkruimte; standaard haar eerste gemeente.', example: 'GM0363' }),
  jaar: z
    .string()
    .optional()
    .openapi({ param: { name: 'jaar', in: 'query' }, description: 'Het jaar; standaard het laatste jaar met cijfers van de regio.', example: '2023' }),
});

const bijdrageSchema = z.object({
  code: z.string(),
  titel: z.string(),
  aantal: z.number().int(),
  aandeel: z.number().openapi({ description: 'Aandeel in het thema in procenten (niet afgerond).' }),
});

export const themabijdragenSchema = z
  .object({
    regio: z.string(),
    regioNaam: z.string(),
    jaar: z.number().int().nullable().openapi({ description: 'null: er zijn (nog) geen jaarcijfers voor deze regio.' }),
    jaren: z.array(z.number().int()).openapi({ description: 'De jaren met cijfers voor deze regio.' }),
    herkomst: z.string().nullable().openapi({ description: 'null: het cijfer van de regio zelf; anders bv. "som van 517 buurten".' }),
    themas: z.array(
      z.object({
        themaId: z.string(),
        naam: z.string(),
        totaal: z.number().int().nullable(),
        samenvatting: z.string().nullable().openapi({ description: 'Bv. "vooral 1.2.3 Diefstal van brom-, snor-, fietsen (40 %), 3.9.1 Horizontale fraude (25 %)".' }),
        bijdragen: z.array(bijdrageSchema),
        zonderCijfer: z.array(z.string()).openapi({ description: 'Codes van het thema zonder bekend aantal in de cijfers.' }),
        strategisch: z.array(z.object({ id: z.string(), naam: z.string(), codes: z.array(z.object({ code: z.string(), aantal: z.number().int() })) })),
      }),
    ),
  })
  .openapi('Themabijdragen');

export type Themabijdragen = z.infer<typeof themabijdragenSchema>;

/** De gemeente van een regio (GM, WK of BU), of null voor een code die niet zo te lezen is. */
function gemeenteVan(regio: string): string | null {
  const soort = regioSoort(regio);
  if (soort === 'gemeente') return regio;
  if (soort === 'wijk' || soort === 'buurt') return meegeleverdeRegio(regio)?.gemeente ?? `GM${regio.slice(2, 6)}`;
  return null;
}

export type BijdragenUitkomst = { ok: true; antwoord: Themabijdragen } | { ok: false; veld: 'regio' | 'jaar'; reden: string };

/** De bijdragen per thema voor een regio van de werkruimte in een jaar (zie de kop van dit bestand). */
export async function themabijdragenVoorWerkruimte(db: Queryable, werkruimteId: string, vraag: { regio?: string; jaar?: number }): Promise<BijdragenUitkomst> {
  const w = await laadWerkruimte(db, werkruimteId);
  const eigen = w?.gemeenten.map((g) => g.code) ?? [];
  const regio = vraag.regio ?? eigen[0];
  if (!regio) return { ok: false, veld: 'regio', reden: 'Deze werkruimte heeft geen gemeente.' };
  const gemeente = gemeenteVan(regio);
  if (!gemeente || !eigen.includes(gemeente)) {
    return { ok: false, veld: 'regio', reden: `'${regio}' is geen gemeente, wijk of buurt van deze werkruimte (${eigen.join(', ')}).` };
  }
  const rijen =
    regio === gemeente
      ? gemeenteJaarrijen(
          (await laadRijen(db, { gemeenten: [gemeente] })).filter((r) => r.regio === gemeente || r.regio.slice(2, 6) === gemeente.slice(2)),
          gemeente,
        )
      : (await laadRijen(db, { regios: [regio] })).map((r) => ({ ...r, herkomst: null }));
  const jaren = rijen.map((r) => r.jaar);
  const jaar = vraag.jaar ?? jaren.at(-1) ?? null;
  const rij = rijen.find((r) => r.jaar === jaar);
  if (vraag.jaar !== undefined && !rij && jaren.length > 0) {
    return { ok: false, veld: 'jaar', reden: `Voor ${regioNaam(regio)} zijn er cijfers over ${jaren.join(', ')}, niet over ${vraag.jaar}.` };
  }
  const afwijkingen = await laadAfwijkingen(db, werkruimteId);
  const index = new Map(misdrijfsoorten.map((m, i) => [m.code, i]));
  const bijdragen = bijdragenPerThema((code) => (rij ? rij.aantallen[index.get(code) ?? -1] : null), afwijkingen);
  return {
    ok: true,
    antwoord: {
      regio,
      regioNaam: regioNaam(regio),
      jaar: rij ? jaar : null,
      jaren,
      herkomst: rij?.herkomst ?? null,
      themas: bijdragen.map((t) => ({
        themaId: t.themaId,
        naam: vindThema(t.themaId)?.naam ?? t.themaId,
        totaal: t.totaal,
        samenvatting: beschrijfBijdragen(t),
        bijdragen: t.bijdragen,
        zonderCijfer: t.zonderCijfer,
        strategisch: t.strategisch.map((s) => ({ id: s.id, naam: strategischeThemas.find((x) => x.id === s.id)?.naam ?? s.id, codes: s.codes })),
      })),
    },
  };
}
