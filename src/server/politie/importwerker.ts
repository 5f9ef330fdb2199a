/**
 * De importthread: doet het rekenwerk van een import van politiecijfers (verwerking.ts), zodat de
 * hoofdthread van de server blijft antwoorden terwijl een bestand binnenkomt. Start één keer per
 * proces (bereidImportVoor) en zet dan meteen de leesthread en de meegeleverde regiolijst klaar.
 */
import { parentPort } from 'node:worker_threads';
import type { NaarImport } from './importbericht.ts';
import { startLeesWerker } from './parallel.ts';
import { regiolijst } from './regiolijst.ts';
import { Verwerking } from './verwerking.ts';

const poort = parentPort;
if (poort) {
  const verwerking = new Verwerking((b, over) => poort.postMessage(b, over));
  poort.on('message', (b: NaarImport) => verwerking.ontvang(b));
  startLeesWerker();
  regiolijst();
}
