/**
 * Indicatoren die een reeks van de Veiligheidsmonitor volgen (veld `veiligheidsmonitor` in
 * indicatoren.gegevens: {regiocode, indicatorId}): na elke import (en als zo'n indicator wordt bewaard)
 * worden hun jaarmetingen met marge uit de opgeslagen tabel geschreven, zodat hun status meegaat.
 * Dezelfde periode wordt vervangen, nooit verdubbeld; een ongewijzigde waarde en marge blijven staan.
 * Naar het voorbeeld van src/server/monitoring/politiereeks.ts.
 *
 * Een signaal 'loopt achter' gaat alleen uit als de laatste meting achter is én het verschil met de
 * verwachte waarde groter is dan haar marge (statusMetMarge): een verandering binnen de marge van de
 * enquête is niet 'achter'.
 */
import { indicatorOverzicht } from '../../domain/monitoring/dashboard.ts';
import type { IndicatorStatus } from '../../domain/monitoring/typen.ts';
import { vmIndicatorBijId } from '../../domain/veiligheidsmonitor/catalogus.ts';
import { statusMetMarge, type MargeStatus } from '../../domain/veiligheidsmonitor/marge.ts';
import { leesVeiligheidsmonitorReeks, metingenUitReeks } from '../../domain/veiligheidsmonitor/reeks.ts';
import { laadWerkruimte } from '../cyclus/opslag.ts';
import type { Queryable } from '../db/db.ts';
import { laadIndicatoren, laadMonitoring, maakMeldingen, signaalOntvangers } from '../monitoring/opslag.ts';
import { indicatorenMetVmReeks, laadMetingMarges, laadOnderwerp, laadRegio, laadWaarden, schrijfMeting } from './opslag.ts';

/** The status of the latest measurement with the survey margin taken into account (null without measurements). */
async function laatsteStatusMetMarge(tx: Queryable, werkruimteId: string, indicatorId: string, beoordeling: Parameters<typeof indicatorOverzicht>[1]): Promise<{ status: MargeStatus; periode: string; uitleg: string } | null> {
  const [ind] = await laadIndicatoren(tx, werkruimteId, indicatorId);
  if (!ind) return null;
  const laatste = indicatorOverzicht(ind, beoordeling).metingen.at(-1);
  if (!laatste) return null;
  const marges = await laadMetingMarges(tx, indicatorId);
  const { status, uitleg } = statusMetMarge({ status: laatste.status as IndicatorStatus, waarde: laatste.waarde, verwacht: laatste.verwacht, marge: marges.get(laatste.periode)?.marge ?? null, uitleg: laatste.uitleg });
  return { status, periode: laatste.periode, uitleg };
}

/**
 * Schrijft de metingen van elke indicator met een reeks van de Veiligheidsmonitor (in alle
 * werkruimtes, in één werkruimte, of één indicator). Geeft het aantal geschreven metingen en de ids
 * van nieuwe meldingen.
 */
export async function volgVeiligheidsmonitorReeksen(tx: Queryable, opties: { werkruimteId?: string; indicatorId?: string } = {}): Promise<{ bijgewerkt: number; meldingIds: string[] }> {
  let bijgewerkt = 0;
  const meldingIds: string[] = [];
  for (const r of await indicatorenMetVmReeks(tx, opties)) {
    const reeks = leesVeiligheidsmonitorReeks(r.gegevens);
    if (!reeks) continue;
    const w = await laadWerkruimte(tx, r.werkruimteId);
    const [ind] = await laadIndicatoren(tx, r.werkruimteId, r.id);
    if (!w || !ind) continue;
    const waarden = await laadWaarden(tx, { regio: reeks.regiocode, indicatorId: reeks.indicatorId });
    if (waarden.length === 0) continue;
    const onderwerp = vmIndicatorBijId(reeks.indicatorId)?.naam ?? (await laadOnderwerp(tx, reeks.indicatorId))?.label ?? reeks.indicatorId;
    const regio = (await laadRegio(tx, reeks.regiocode))?.naam ?? reeks.regiocode;
    const m = (await laadMonitoring(tx, w)).inhoud;
    const voor = await laatsteStatusMetMarge(tx, w.id, ind.id, m.beoordeling);
    const bestaand = await laadMetingMarges(tx, ind.id);
    for (const meting of metingenUitReeks(waarden, onderwerp, regio)) {
      const oud = bestaand.get(meting.periode);
      if (oud && oud.waarde === meting.waarde && oud.marge === meting.marge) continue;
      await schrijfMeting(tx, ind.id, meting);
      bijgewerkt++;
    }
    const na = await laatsteStatusMetMarge(tx, w.id, ind.id, m.beoordeling);
    if (na?.status === 'achter' && voor?.status !== 'achter') {
      const nieuw = await maakMeldingen(tx, {
        gebruikerIds: await signaalOntvangers(tx, w.id, ind.vertrouwelijk),
        vertrouwelijk: ind.vertrouwelijk,
        werkruimteId: w.id,
        soort: 'signaal',
        tekst: `Indicator '${ind.naam}' loopt achter na een import van de Veiligheidsmonitor (${na.periode}), ook met de marge van de enquête: ${na.uitleg}`,
        pad: `dashboard#indicator-${ind.id}`,
        sleutel: `achter:${ind.id}:${na.periode}`,
      });
      meldingIds.push(...nieuw.map((x) => x.meldingId));
    }
  }
  return { bijgewerkt, meldingIds };
}
