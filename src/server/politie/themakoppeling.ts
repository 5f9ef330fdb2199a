/**
 * De afwijkingen van een werkruimte op de standaardkoppeling soort misdrijf -> thema
 * (src/domain/politie/themakoppeling.ts). thema null: de werkruimte telt de soort bij geen thema.
 */
import { isThemaId } from '../../domain/kennisbank/kennisbank.ts';
import { vindMisdrijfsoort } from '../../domain/politie/misdrijfsoorten.ts';
import { standaardKoppeling } from '../../domain/politie/themakoppeling.ts';
import type { Db, Queryable } from '../db/db.ts';

export async function laadAfwijkingen(db: Queryable, werkruimteId: string): Promise<Map<string, string | null>> {
  const { rows } = await db.query<{ code: string; thema_id: string | null }>(
    'select code, thema_id from politie_themakoppeling where werkruimte_id = $1 order by code',
    [werkruimteId],
  );
  return new Map(rows.map((r) => [r.code, r.thema_id]));
}

export interface Afwijking {
  code: string;
  themaId: string | null;
}

/** Controleert afwijkingen; geeft per fout de code en de reden. */
export function controleerAfwijkingen(afwijkingen: Afwijking[]): { code: string; reden: string }[] {
  const fouten: { code: string; reden: string }[] = [];
  const gezien = new Set<string>();
  for (const a of afwijkingen) {
    if (!vindMisdrijfsoort(a.code)) fouten.push({ code: a.code, reden: `'${a.code}' is geen soort misdrijf van CBS 47018NED.` });
    else if (a.code === '0.0.0' && a.themaId !== null) fouten.push({ code: a.code, reden: 'Het totaal (0.0.0) kan niet bij een thema horen: dan telt alles dubbel.' });
    else if (a.themaId !== null && !isThemaId(a.themaId)) fouten.push({ code: a.code, reden: `'${a.themaId}' is geen thema van Kernbeleid Veiligheid.` });
    if (gezien.has(a.code)) fouten.push({ code: a.code, reden: `De code ${a.code} staat twee keer in de lijst.` });
    gezien.add(a.code);
  }
  return fouten;
}

/** Vervangt alle afwijkingen van een werkruimte; een afwijking gelijk aan de standaard wordt niet bewaard. */
export async function zetAfwijkingen(db: Db, werkruimteId: string, afwijkingen: Afwijking[]): Promise<void> {
  await db.transaction((tx) => vervangAfwijkingen(tx, werkruimteId, afwijkingen));
}

/** Same as zetAfwijkingen, inside the caller's transaction (which took the version of the mapping). */
export async function vervangAfwijkingen(tx: Queryable, werkruimteId: string, afwijkingen: Afwijking[]): Promise<void> {
  await tx.query('delete from politie_themakoppeling where werkruimte_id = $1', [werkruimteId]);
  for (const a of afwijkingen) {
    const standaard = standaardKoppeling.find((k) => k.code === a.code)?.themaId ?? null;
    if (standaard === a.themaId) continue;
    await tx.query('insert into politie_themakoppeling (werkruimte_id, code, thema_id) values ($1, $2, $3)', [werkruimteId, a.code, a.themaId]);
  }
}
