/**
 * Saving an uitvoeringsplan with confidential measures: what the writer sent, merged with what he does
 * not see (ADR 0015). The routes call this right before they store the plan.
 */
import type { Uitvoeringsplan } from '../../domain/cyclus/inhoud.ts';
import { voegVerborgenToe } from '../../domain/cyclus/vertrouwelijk.ts';
import type { Lidmaatschap } from '../../domain/toegang/rollen.ts';
import type { Queryable } from '../db/db.ts';
import { markeerMeldingen, metToegang } from '../monitoring/opslag.ts';

export type BewaarUitkomst =
  | { ok: true; plan: Uitvoeringsplan }
  | { ok: false; status: 422; reden: string; problemen: { veld: string; reden: string }[] };

/**
 * The plan to store: the writer's plan with the hidden measures back in place (a writer without
 * clearance cannot remove, change or overwrite them, not even by choosing their id). Only the
 * coordinator sets or clears `vertrouwelijk`; the owner of a confidential measure must have clearance.
 * Notifications about a measure that became confidential (or moved id) follow it.
 */
export async function bewaarVerborgen(
  tx: Queryable,
  werkruimteId: string,
  jaar: number,
  lid: Pick<Lidmaatschap, 'rol' | 'vertrouwelijkToegang'>,
  nieuw: Uitvoeringsplan,
  vorig: Uitvoeringsplan,
): Promise<BewaarUitkomst> {
  const r = voegVerborgenToe(nieuw, vorig, lid);
  // The route refused this before taking the version; here only when the plan changed in between.
  if (!r.ok) return { ok: false, status: 422, reden: r.reden, problemen: [{ veld: 'actiepunten', reden: r.reden }] };
  const { plan, omgezet, verplaatst } = r.samenvoeging;
  const toegang = await metToegang(tx, werkruimteId);
  const problemen: { veld: string; reden: string }[] = [];
  // Only what the writer sent is checked: hidden measures he did not see keep their owner as it was.
  const vanSchrijver = new Set(nieuw.actiepunten.flatMap((a) => a.maatregelen.map((m) => m.id)));
  plan.actiepunten.forEach((a, i) =>
    a.maatregelen.forEach((m, j) => {
      if (m.vertrouwelijk && m.eigenaarId && !toegang.has(m.eigenaarId) && vanSchrijver.has(m.id)) {
        problemen.push({ veld: `actiepunten[${i}].maatregelen[${j}].eigenaarId`, reden: 'De eigenaar van een vertrouwelijke maatregel moet toegang tot vertrouwelijke onderdelen hebben.' });
      }
    }),
  );
  if (problemen.length) return { ok: false, status: 422, reden: `Het uitvoeringsplan klopt niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen };
  const pad = (id: string) => `uitvoeringsplan/${jaar}#maatregel-${id}`;
  for (const v of verplaatst) await markeerMeldingen(tx, werkruimteId, pad(v.van), true, pad(v.naar));
  for (const o of omgezet) await markeerMeldingen(tx, werkruimteId, pad(o.id), o.vertrouwelijk);
  return { ok: true, plan };
}
