/**
 * De berichten tussen de import (hoofdthread, import.ts) en de importthread (verwerking.ts). Elke
 * vraag heeft een volgnummer `nr` en krijgt precies één antwoord met hetzelfde nummer (of `geweigerd`
 * of `fout`). Bytes gaan zonder kopiëren over (transfer).
 *
 *   begin        -> begonnen      een nieuwe import: regiolijst, codelijsten, opties
 *   stuk         -> verwerkt      het volgende stuk van het bestand (met voortgang; bij een grote
 *                                 import ook tussenstanden als COPY-gegevens voor de buffer)
 *   einde        -> uitkomst      de rest lezen, samenvatting, sleutels van de opslagrijen
 *   samenvoegen  -> copy          opslagrijen samenvoegen met wat er al lag; COPY-gegevens terug
 *   nieuw        -> copy          de volgende COPY-gegevens van de overige (nieuwe) opslagrijen
 *                                 (een paar stukken per keer; leeg als alles gegeven is)
 *   stop                          (geen antwoord) de import stopt; de thread ruimt op
 */
import type { ImportSamenvatting } from '../../domain/politie/samenvatting.ts';
import type { Opslagrij } from '../../domain/politie/opslagrij.ts';
import type { Regio } from '../../domain/politie/regios.ts';
import type { FouteRegel } from '../../domain/politie/inlezen.ts';
import type { ParallelOpties } from './parallel.ts';
import type { SoortenPerNiveau } from '../../domain/politie/soortenteller.ts';

export type Vraag =
  | {
      soort: 'begin';
      /** Regio's uit de database (politie_regios), bovenop de meegeleverde lijst. */
      regios: Regio[];
      codelijsten: { regios?: Uint8Array; soorten?: Uint8Array };
      gemeenten: string[];
      maxCellen?: number;
      parallel: ParallelOpties;
      bytesTotaal: number | null;
      /** Zoveel bytes COPY-gegevens hoogstens per stuk (één schrijfactie). */
      copyBytes: number;
    }
  | { soort: 'stuk'; stuk: Uint8Array }
  | { soort: 'einde' }
  | { soort: 'samenvoegen'; sleutels: string[]; bestaand: Opslagrij[]; tussen: Opslagrij[] }
  | { soort: 'nieuw' }
  | { soort: 'stop' };

/** Wat de importthread van het bestand weet; de hoofdthread vult de rest van de samenvatting aan. */
export type Leesuitkomst = Omit<ImportSamenvatting, 'importId' | 'bestandsnaam' | 'eerderIngelezen' | 'zonderThema' | 'duurMs'> & {
  /** De bekende aantallen per soort misdrijf (59 plaatsen). */
  totalen: number[];
  /** De soorten misdrijf (codes) met minstens één ingelezen regel. */
  soorten: string[];
  /** Per opslagrij van de rest: sleutel (rijSleutel) en grootte van de aantallen in bytes. */
  rijen: { sleutel: string; bytes: number }[];
  /** Regio's uit de meegegeven codelijst die niet zo in de meegeleverde lijst staan (voor politie_regios). */
  nieuweRegios: Regio[];
  /** Per regioniveau en periode: de regio's en de soorten met een bekend aantal in elk of een deel ervan (de dekking, issue 16 punt 2). */
  soortenPerNiveau: SoortenPerNiveau[];
};

export type Antwoord =
  | { soort: 'begonnen' }
  | {
      soort: 'verwerkt';
      bytesGelezen: number;
      regelsGelezen: number;
      /** Tussenstand (meer cellen dan in het geheugen passen): COPY-gegevens voor de buffer, met hun eigen id. */
      tussen: { id: string; stukken: Uint8Array[] } | null;
    }
  | { soort: 'uitkomst'; uitkomst: Leesuitkomst }
  | { soort: 'copy'; cijfers: Uint8Array[]; buffer: Uint8Array[] }
  | { soort: 'geweigerd'; reden: string; regel: number | null; tussenstand: { regelsGelezen: number; fouten: FouteRegel[]; foutenTotaal: number } }
  | { soort: 'fout'; bericht: string };

export type NaarImport = Vraag & { nr: number; importId: string };
export type VanImport = Antwoord & { nr: number };
