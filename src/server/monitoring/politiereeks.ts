/**
 * Indicators that follow a series of the imported police figures: after every import (and when such
 * an indicator is saved) their yearly measurements are written from the figures, so their statuses
 * follow. The same period is replaced, never doubled; an unchanged value is left alone.
 */
import { gemeenteJaarrijen, groepen, per1000, somVan } from '../../domain/politie/cijfers.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import { dekkingVan } from '../../domain/politie/dekking.ts';
import { indicatorOverzicht } from '../../domain/monitoring/dashboard.ts';
import type { PolitieReeks } from '../../domain/monitoring/typen.ts';
import { laadWerkruimte } from '../cyclus/stand.ts';
import type { Queryable } from '../db/db.ts';
import { laadInwoners, laadRijen } from '../politie/cijfers.ts';
import { laadAfwijkingen } from '../politie/themakoppeling.ts';
import { laadIndicatoren, laadMonitoring, maakMeldingen, signaalOntvangers } from './opslag.ts';

/** "; onvolledig: 1 van de 22 soorten in de cijfers (1.2.3)" when some of the series' crime types are not in the data (issue 16, point 2). */
function onvolledig(aantallen: readonly (number | null)[], codes: readonly string[]): string {
  const d = dekkingVan(aantallen, codes);
  return d.volledig ? '' : `; onvolledig: ${d.aanwezig.length} van de ${d.codes.length} soorten in de cijfers (${d.aanwezig.join(', ')})`;
}

/** The crime-type codes a series counts. */
export async function reeksCodes(db: Queryable, werkruimteId: string, reeks: PolitieReeks): Promise<string[]> {
  if (reeks.codes.length > 0) return reeks.codes;
  if (!reeks.themaId) return [];
  return groepen('thema', await laadAfwijkingen(db, werkruimteId)).get(reeks.themaId) ?? [];
}

/** Problems with a series for this workspace, named by field. */
export function controleerReeks(reeks: PolitieReeks, gemeenten: readonly string[], eenheid: string): { veld: string; reden: string }[] {
  const uit: { veld: string; reden: string }[] = [];
  if (!gemeenten.includes(reeks.gemeentecode)) uit.push({ veld: 'reeks.gemeentecode', reden: `Gemeente ${reeks.gemeentecode} hoort niet bij deze werkruimte (${gemeenten.join(', ')}).` });
  reeks.codes.forEach((c, i) => {
    if (!misdrijfsoorten.some((m) => m.code === c)) uit.push({ veld: `reeks.codes[${i}]`, reden: `Onbekende soort misdrijf '${c}'.` });
  });
  if (reeks.codes.length === 0 && !reeks.themaId) uit.push({ veld: 'reeks', reden: 'Kies een thema of de soorten misdrijf die de reeks telt.' });
  if (eenheid !== 'aantal' && eenheid !== 'per-1000') uit.push({ veld: 'eenheid', reden: 'Een reeks politiecijfers is een aantal of een aantal per 1.000 inwoners.' });
  return uit;
}

/**
 * Writes the measurements of every indicator with a police series (in one workspace, or one
 * indicator). Returns the number of measurements written and the ids of new alerts.
 */
export async function volgPolitieReeksen(tx: Queryable, opties: { werkruimteId?: string; indicatorId?: string } = {}): Promise<{ bijgewerkt: number; meldingIds: string[] }> {
  const { rows } = await tx.query<{ id: string; werkruimte_id: string }>(
    `select id, werkruimte_id from indicatoren where gegevens->'reeks' is not null and jsonb_typeof(gegevens->'reeks') = 'object'
       ${opties.werkruimteId ? 'and werkruimte_id = $1' : ''} ${opties.indicatorId ? `and id = $${opties.werkruimteId ? 2 : 1}` : ''}`,
    [opties.werkruimteId, opties.indicatorId].filter((x) => x !== undefined),
  );
  let bijgewerkt = 0;
  const meldingIds: string[] = [];
  for (const r of rows) {
    const [ind] = await laadIndicatoren(tx, r.werkruimte_id, r.id);
    const w = await laadWerkruimte(tx, r.werkruimte_id);
    if (!ind?.reeks || !w) continue;
    const codes = await reeksCodes(tx, w.id, ind.reeks);
    if (codes.length === 0) continue;
    const inwoners = await laadInwoners(tx, [ind.reeks.gemeentecode]);
    const m = (await laadMonitoring(tx, w)).inhoud;
    const voor = indicatorOverzicht(ind, m.beoordeling).status;
    const bestaand = new Map(ind.metingen.map((x) => [x.periode, x.waarde]));
    // Without a row of the municipality itself, its districts or neighbourhoods are summed (and said so).
    for (const rij of gemeenteJaarrijen(await laadRijen(tx, { gemeenten: [ind.reeks.gemeentecode], periode: 'jaar' }), ind.reeks.gemeentecode)) {
      const aantal = somVan(rij.aantallen, codes);
      if (aantal === null) continue;
      const { jaar } = rij;
      const bron = rij.herkomst ?? 'gemeentetotaal';
      const waarde = ind.eenheid === 'per-1000' ? per1000(aantal, inwoners(ind.reeks.gemeentecode, jaar)?.aantal) : aantal;
      if (waarde === null || bestaand.get(String(jaar)) === waarde) continue;
      await tx.query(
        `insert into indicator_metingen (indicator_id, periode, waarde, toelichting) values ($1, $2, $3, $4)
         on conflict (indicator_id, periode) do update set waarde = excluded.waarde, toelichting = excluded.toelichting, ingevoerd_door = null, ingevoerd_op = now()`,
        [ind.id, String(jaar), waarde, `Politiecijfers, geregistreerde misdrijven ${codes.join(', ')} (${bron}${onvolledig(rij.aantallen, codes)})`],
      );
      bijgewerkt++;
    }
    const [na] = await laadIndicatoren(tx, w.id, ind.id);
    const overzicht = indicatorOverzicht(na!, m.beoordeling);
    if (overzicht.status === 'achter' && voor !== 'achter') {
      const laatste = overzicht.metingen.at(-1)!;
      const nieuw = await maakMeldingen(tx, {
        gebruikerIds: await signaalOntvangers(tx, w.id, ind.vertrouwelijk),
        vertrouwelijk: ind.vertrouwelijk,
        werkruimteId: w.id,
        soort: 'signaal',
        tekst: `Indicator '${ind.naam}' loopt achter na een import van politiecijfers (${laatste.periode}): ${laatste.uitleg}`,
        pad: `dashboard#indicator-${ind.id}`,
        sleutel: `achter:${ind.id}:${laatste.periode}`,
      });
      meldingIds.push(...nieuw.map((x) => x.meldingId));
    }
  }
  return { bijgewerkt, meldingIds };
}
