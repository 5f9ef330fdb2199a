/**
 * De leesthread: leest segmenten van een bestand met politiecijfers met een eigen inlezer, terwijl de
 * thread die het bestand verdeelt (bij een import de importthread) de andere segmenten leest (zie
 * parallel.ts). Berichten:
 *   in:  begin {stand, maxFouten, maxCellen} | segment {segment, eersteRegel} | einde | stop
 *   uit: klaar {foutenTotaal, deel?} na elk segment (met een deel zodra de cellen de grens halen),
 *        deel {deel} na einde, geweigerd {reden, regel} bij een onbruikbaar bestand, fout {bericht}.
 */
import { parentPort } from 'node:worker_threads';
import { BestandGeweigerd, type Beginstand, type Deel, Inlezer } from '../../domain/politie/inlezen.ts';
import { RegioLijst } from '../../domain/politie/regios.ts';

export type NaarWerker =
  | { soort: 'begin'; stand: Beginstand; maxFouten?: number; maxCellen: number }
  | { soort: 'segment'; segment: Uint8Array; eersteRegel: number }
  | { soort: 'einde' }
  | { soort: 'stop' };

export type VanWerker =
  | { soort: 'klaar'; foutenTotaal: number; deel: Deel | null }
  | { soort: 'deel'; deel: Deel }
  | { soort: 'geweigerd'; reden: string; regel: number | null }
  | { soort: 'fout'; bericht: string };

const poort = parentPort;
if (poort) {
  let inlezer: Inlezer | null = null;
  let grens = 0;
  let geweigerd = false;
  const stuur = (b: VanWerker, deel?: Deel | null) => {
    const over = deel ? [deel.sleutelBytes, deel.sleutelEind, deel.regio, deel.jaar, deel.maand, deel.keer, deel.waarden, deel.status, deel.regels].map((a) => a.buffer as ArrayBuffer) : [];
    poort.postMessage(b, over);
  };
  poort.on('message', (b: NaarWerker) => {
    try {
      if (b.soort === 'begin') {
        // De regiocodes controleert de hoofdthread bij het samenvoegen; hier is geen regiolijst nodig.
        inlezer = Inlezer.voorSegmenten({ regios: new RegioLijst(), maxFouten: b.maxFouten }, b.stand);
        grens = b.maxCellen;
        geweigerd = false;
      } else if (b.soort === 'stop') {
        inlezer = null;
      } else if (!inlezer || geweigerd) {
        // Na stop of een weigering: negeren tot een nieuw begin.
      } else if (b.soort === 'segment') {
        inlezer.verwerkSegment(b.segment, b.eersteRegel);
        const deel = inlezer.aantalCellen >= grens ? inlezer.neemDeel() : null;
        stuur({ soort: 'klaar', foutenTotaal: inlezer.foutenTot, deel }, deel);
      } else {
        const deel = inlezer.neemDeel();
        inlezer = null;
        stuur({ soort: 'deel', deel }, deel);
      }
    } catch (err) {
      if (err instanceof BestandGeweigerd) {
        geweigerd = true;
        stuur({ soort: 'geweigerd', reden: err.message, regel: err.regel ?? null });
      } else stuur({ soort: 'fout', bericht: (err as Error).stack ?? String(err) });
    }
  });
}
