/**
 * Een effectindicator die een reeks van de Veiligheidsmonitor volgt, zoals een indicator een reeks
 * politiecijfers kan volgen: na elke import (en als de indicator wordt bewaard) komen de jaarmetingen
 * met hun marge uit de geïmporteerde tabel. Zuiver: de controle van de reeks en de metingen uit de
 * waarden; het lezen en schrijven doet src/server/veiligheidsmonitor/reeksen.ts.
 */
import { vmIndicatorBijId, type VmEenheid } from './catalogus.ts';
import { vmRegioBijCode } from './regios.ts';

/** Het veld `veiligheidsmonitor` van een indicator (in indicatoren.gegevens). */
export interface VeiligheidsmonitorReeks {
  /** CBS-code van de regio: een gemeente van de werkruimte, een wijk of buurt daarvan, of (ter vergelijking) een provincie of Nederland. */
  regiocode: string;
  /** Een indicator uit de catalogus ('onveilig-buurt-wel-eens') of een eigen onderwerp ('eigen:...'). */
  indicatorId: string;
}

/** Leest het veld uit opgeslagen JSON; null als het er niet (goed) staat. */
export function leesVeiligheidsmonitorReeks(gegevens: unknown): VeiligheidsmonitorReeks | null {
  const v = (gegevens as { veiligheidsmonitor?: unknown } | null)?.veiligheidsmonitor;
  if (!v || typeof v !== 'object') return null;
  const { regiocode, indicatorId } = v as Record<string, unknown>;
  return typeof regiocode === 'string' && typeof indicatorId === 'string' ? { regiocode, indicatorId } : null;
}

/** De eenheid van een indicator in Kernplan (monitoring) die bij een eenheid van de Veiligheidsmonitor past. */
export function passendeEenheid(e: VmEenheid): 'percentage' | 'score' {
  return e === 'percentage' ? 'percentage' : 'score';
}

/**
 * Problemen met een reeks voor deze werkruimte, per veld. `gemeenten`: de CBS-codes van de
 * gemeenten van de werkruimte; `eenheid`: de eenheid van de indicator; `bekendeEigen`: ids van
 * eigen onderwerpen die in de opgeslagen tabellen staan (met hun eenheid).
 */
export function controleerVeiligheidsmonitorReeks(
  reeks: VeiligheidsmonitorReeks,
  gemeenten: readonly string[],
  eenheid: string,
  bekendeEigen: ReadonlyMap<string, VmEenheid> = new Map(),
): { veld: string; reden: string }[] {
  const uit: { veld: string; reden: string }[] = [];
  const regio = vmRegioBijCode(reeks.regiocode);
  if (!regio) uit.push({ veld: 'veiligheidsmonitor.regiocode', reden: `'${reeks.regiocode}' is geen CBS-regiocode (zoals GM0014, WK001401, PV20 of NL01).` });
  else if ((regio.soort === 'gemeente' || regio.soort === 'wijk' || regio.soort === 'buurt') && !gemeenten.includes(`GM${regio.code.slice(2, 6)}`)) {
    uit.push({ veld: 'veiligheidsmonitor.regiocode', reden: `${regio.code} ligt niet in een gemeente van deze werkruimte (${gemeenten.join(', ')}).` });
  }
  const bekend = vmIndicatorBijId(reeks.indicatorId);
  const vmEenheid = bekend?.eenheid ?? bekendeEigen.get(reeks.indicatorId);
  if (!vmEenheid) uit.push({ veld: 'veiligheidsmonitor.indicatorId', reden: `Onbekend onderwerp van de Veiligheidsmonitor '${reeks.indicatorId}'.` });
  else if (passendeEenheid(vmEenheid) !== eenheid) {
    uit.push({ veld: 'eenheid', reden: `Dit onderwerp is een ${vmEenheid}: kies de eenheid ${passendeEenheid(vmEenheid)}.` });
  }
  return uit;
}

export interface VmReekswaarde {
  jaar: number;
  waarde: number;
  marge: number | null;
}

/** De jaarmetingen van een reeks, oplopend, met een toelichting die bron, regio en marge noemt. */
export function metingenUitReeks(waarden: readonly VmReekswaarde[], onderwerp: string, regionaam: string): { periode: string; waarde: number; marge: number | null; toelichting: string }[] {
  return [...waarden]
    .sort((a, b) => a.jaar - b.jaar)
    .map((w) => ({
      periode: String(w.jaar),
      waarde: w.waarde,
      marge: w.marge,
      toelichting: `Veiligheidsmonitor ${w.jaar}, ${onderwerp} (${regionaam})${w.marge === null ? ', zonder marge' : `, marge ± ${String(w.marge).replace('.', ',')} (95%)`}`,
    }));
}
