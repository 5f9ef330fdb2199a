/**
 * `kernplan check <werkruimte>`: the plan check from the command line. The workspace is given by id
 * or by (part of) its name. Exit code 1 when there is an error-level finding, 2 when the workspace is
 * not found or ambiguous, 0 otherwise.
 */
import { documentMetLidwoord } from '../domain/cyclus/besluiten.ts';
import { type Bevinding, heeftFout, planCheck } from '../domain/cyclus/plancheck.ts';
import { projectCheck } from '../domain/cyclus/project.ts';
import { readConfig } from '../server/config.ts';
import { laadBesluiten, laadStand, laadWerkruimte } from '../server/cyclus/stand.ts';
import { openDb } from '../server/db/open-db.ts';
import { zoekWerkruimtes } from '../server/werkruimte/opslag.ts';
import { appVersion } from '../server/version.ts';

export interface CheckResultaat {
  code: 0 | 1 | 2;
  uitvoer: string;
}

const ernstNamen = { fout: 'FOUT', waarschuwing: 'WAARSCHUWING' } as const;

export function formatteer(werkruimte: string, bevindingen: Bevinding[]): string {
  const regels = [`Plancheck van ${werkruimte}`];
  for (const b of bevindingen) regels.push(`${ernstNamen[b.ernst].padEnd(13)}${b.melding} (${documentMetLidwoord[b.document]}; herstellen bij: ${b.plek})`);
  const fouten = bevindingen.filter((b) => b.ernst === 'fout').length;
  const waarschuwingen = bevindingen.length - fouten;
  regels.push(
    bevindingen.length === 0
      ? 'Geen bevindingen.'
      : `${fouten} ${fouten === 1 ? 'fout' : 'fouten'}, ${waarschuwingen} ${waarschuwingen === 1 ? 'waarschuwing' : 'waarschuwingen'}.`,
  );
  return regels.join('\n');
}

export async function check(zoek: string, opties: { json?: boolean } = {}): Promise<CheckResultaat> {
  const config = readConfig();
  const { db } = await openDb(config, appVersion);
  try {
    const rows = await zoekWerkruimtes(db, zoek);
    const exact = rows.filter((r) => r.id === zoek || r.naam.toLowerCase() === zoek.toLowerCase());
    const kandidaten = exact.length > 0 ? exact : rows;
    if (kandidaten.length === 0) return { code: 2, uitvoer: `Geen werkruimte gevonden met id of naam '${zoek}'.` };
    if (kandidaten.length > 1) {
      return { code: 2, uitvoer: `Meer werkruimtes passen bij '${zoek}':\n${kandidaten.map((r) => `  ${r.id}  ${r.naam}`).join('\n')}\nGeef het id of de volledige naam.` };
    }
    const w = (await laadWerkruimte(db, kandidaten[0]!.id))!;
    const stand = await laadStand(db, w);
    const bevindingen = w.soort === 'project' && stand.project ? projectCheck(stand.project) : planCheck(stand, await laadBesluiten(db, w.id));
    const uitvoer = opties.json ? JSON.stringify({ werkruimte: { id: w.id, naam: w.naam }, bevindingen }, null, 2) : formatteer(w.naam, bevindingen);
    return { code: heeftFout(bevindingen) ? 1 : 0, uitvoer };
  } finally {
    await db.close();
  }
}
