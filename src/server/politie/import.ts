/**
 * De import van politiecijfers: leest een bestand als stroom, legt het resultaat atomair vast en geeft
 * een samenvatting. Atomair (alles of niets zichtbaar), idempotent (dezelfde cijfers nog eens inlezen
 * overschrijft, telt niet op) en te annuleren met een AbortSignal. Eén import tegelijk per proces; de
 * rest wacht op zijn beurt (bij PostgreSQL ook over processen heen: metImportSlot).
 *
 * Verdeling van het werk, zodat de server tijdens een import blijft antwoorden (issue 12):
 *  - de importthread (verwerking.ts) leest, telt op, rekent de sha256 uit, groepeert, voegt samen en
 *    maakt de COPY-gegevens, met de leesthread erbij (parallel.ts);
 *  - deze thread stuurt alleen de bytes door en schrijft de COPY-gegevens weg, in stukken die elk kort
 *    duren, met steeds een adempauze voor de event loop; vastleggen is één kleine transactie
 *    (opslag.ts). Bij de ingebouwde database (PGlite) draait de database zelf in deze thread.
 * Zie docs/performance.md en ADR 0011.
 */
import { randomUUID } from 'node:crypto';
import { BestandGeweigerd, type FouteRegel } from '../../domain/politie/inlezen.ts';
import { type ImportSamenvatting, type Voortgang, zonderThema } from '../../domain/politie/samenvatting.ts';
import { importDekking } from '../../domain/politie/samenvatting.ts';
import { laadWerkruimte } from '../cyclus/stand.ts';
import { volgPolitieReeksen } from '../monitoring/politiereeks.ts';
import type { Db, Queryable } from '../db/db.ts';
import type { Leesuitkomst } from './importbericht.ts';
import { Geweigerd, ImportKanaal, startImportWerker } from './importkanaal.ts';
import {
  adem,
  bestaandeSleutels,
  bufferSleutels,
  eerdereImports,
  haalBestaandeRijen,
  haalBufferrijen,
  kopieer,
  laadExtraRegios,
  legImportVast,
  markeerLopend,
  metImportSlot,
  ruimOp,
  verplaats,
  verwijderImportRijen,
} from './opslag.ts';
import { type ParallelOpties, standaardParallel } from './parallel.ts';
import { laadAfwijkingen } from './themakoppeling.ts';

export type { ImportSamenvatting, Voortgang } from '../../domain/politie/samenvatting.ts';

export interface ImportInvoer {
  /** Het bestand als stroom van stukken (een bestandsstroom, of de body van een upload). */
  bron: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  bestandsnaam: string;
  bytesTotaal?: number | null;
  /** De werkruimte van waaruit wordt ingelezen: haar gemeenten helpen regionamen op te lossen. */
  werkruimteId?: string | null;
  gebruikerId?: string | null;
  /** Gemeenten (GMxxxx) waarin regionamen worden gezocht; standaard die van de werkruimte. */
  gemeenten?: string[];
  /** CBS-codelijsten die bij het bestand horen (WijkenEnBuurten.csv, SoortMisdrijf.csv). */
  codelijsten?: { regios?: Uint8Array; soorten?: Uint8Array };
  signal?: AbortSignal;
  opVoortgang?: (v: Voortgang) => void;
  /** Id van de import; standaard een nieuwe UUID. */
  id?: string;
  /** Zoveel cellen houdt de inlezer in het geheugen voor hij tussentijds wegschrijft (standaard 250.000). */
  maxCellen?: number;
  /** Parallel lezen (standaard vanaf 4 MiB, in segmenten van 512 KiB); tests kiezen kleinere waarden. */
  parallel?: Partial<ParallelOpties>;
  /** Zoveel bytes COPY-gegevens hoogstens per schrijfactie (standaard STUK_BYTES); tests kiezen kleinere waarden. */
  stukBytes?: number;
  /**
   * De stukken van de bron zijn van niemand anders (zoals de body van een upload): ze gaan zonder
   * kopiëren naar de importthread en zijn daarna leeg. Standaard alleen grote stukken (zie eigenStuk).
   */
  stukkenOverdragen?: boolean;
}

export type ImportUitslag =
  | { status: 'ingelezen'; samenvatting: ImportSamenvatting }
  | { status: 'geweigerd'; importId: string; reden: string; regel: number | null; fouten: FouteRegel[]; foutenTotaal: number; regelsGelezen: number }
  | { status: 'geannuleerd'; importId: string; regelsGelezen: number };

class Geannuleerd extends Error {}

/** Zolang een import loopt, wachten volgende imports in dit proces (PostgreSQL: ook het slot). */
let wachtrij: Promise<unknown> = Promise.resolve();

/**
 * COPY-gegevens per schrijfactie. Bij PGlite bezet één schrijfactie van 256 KiB de hoofdthread (en de
 * database) zo'n 3 ms op deze machine (mediaan; hoogstens 7 ms), met samen niet meer tijd dan één
 * COPY van alles; stukken van 64 KiB kosten samen 2-3 keer zoveel.
 */
export const STUK_BYTES = 256 * 1024;
/** Zoveel bytes mogen onderweg zijn naar de importthread; klein, zodat een weigering de rest van een upload niet meer leest. */
const VENSTER = 512 * 1024;
/** Een stuk met een eigen buffer van minstens deze grootte gaat zonder kopiëren over (zie eigenStuk). */
const OVERDRAGEN_VANAF = 256 * 1024;
/**
 * Zet klaar wat een import nodig heeft: de importthread, en daarin de leesthread en de meegeleverde
 * regiolijst. De importpagina en de opdrachtregel roepen dit aan, zodat een import daar niet op hoeft
 * te wachten.
 */
export function bereidImportVoor(): void {
  void startImportWerker();
}

/** Leest een bestand met politiecijfers in. Gooit alleen bij een fout van de database of het systeem. */
export async function importeerPolitiecijfers(db: Db, invoer: ImportInvoer): Promise<ImportUitslag> {
  const beurt = wachtrij.then(() => voerUit(db, invoer));
  wachtrij = beurt.catch(() => undefined);
  return beurt;
}

/**
 * Een stuk dat zonder kopiëren naar de importthread kan, of een kopie. Zonder kopiëren gaat een stuk
 * met een eigen buffer van minstens OVERDRAGEN_VANAF bytes (zoals van een bestandsstroom; zo deed de
 * leesthread het al), of elk stuk met een eigen buffer als de bron dat toestaat (`stukkenOverdragen`).
 * Minder kopieën in deze thread is ook minder werk voor de garbage collector, die de hoofdthread
 * anders telkens tientallen milliseconden stillegt.
 */
function eigenStuk(stuk: Uint8Array, altijd: boolean): Uint8Array<ArrayBuffer> {
  const eigen = stuk.byteOffset === 0 && stuk.byteLength === stuk.buffer.byteLength && stuk.buffer instanceof ArrayBuffer;
  return eigen && (altijd || stuk.length >= OVERDRAGEN_VANAF) ? new Uint8Array(stuk.buffer) : new Uint8Array(stuk);
}

async function voerUit(db: Db, invoer: ImportInvoer): Promise<ImportUitslag> {
  const start = performance.now();
  const gestartOp = new Date();
  const importId = invoer.id ?? randomUUID();
  const stukBytes = invoer.stukBytes ?? STUK_BYTES;
  const voortgang: Voortgang = { fase: 'lezen', bytesGelezen: 0, bytesTotaal: invoer.bytesTotaal ?? null, regelsGelezen: 0, fouten: 0 };
  const meld = () => invoer.opVoortgang?.({ ...voortgang });
  const stop = () => {
    if (invoer.signal?.aborted) throw new Geannuleerd();
  };
  let kanaal: ImportKanaal | undefined;
  /** Ids in de buffer: de tussenstanden van deze import. */
  const tussenIds: string[] = [];
  /** PGlite: de import is als lopend gemarkeerd en kan onzichtbare rijen hebben geschreven (zie opslag.ts). */
  let gemarkeerd = false;
  /** Er staan rijen in de buffer die een bestaande rij vervangen (zie opslag.ts). */
  let vervangen = false;
  let vastgelegd = false;
  try {
    stop();
    const samenvatting = await metImportSlot(db, async (slot) => {
      // Wat een eerdere import achterliet (een gestopt proces), eerst opruimen.
      await ruimOp(db, stukBytes);
      // Schrijven: bij PostgreSQL in de transactie van het slot; bij PGlite los, maar onzichtbaar (opslag.ts).
      const q = slot ?? db;
      const markeer = async () => {
        if (slot || gemarkeerd) return;
        await markeerLopend(db, importId);
        gemarkeerd = true;
      };
      const werkruimte = invoer.werkruimteId ? await laadWerkruimte(db, invoer.werkruimteId) : undefined;
      kanaal = await ImportKanaal.open(importId);
      await kanaal.vraag('begonnen', {
        soort: 'begin',
        regios: await laadExtraRegios(db),
        codelijsten: invoer.codelijsten ?? {},
        gemeenten: invoer.gemeenten ?? werkruimte?.gemeenten.map((g) => g.code) ?? [],
        maxCellen: invoer.maxCellen,
        parallel: { ...standaardParallel, ...invoer.parallel, ...(invoer.maxCellen ? { maxCellen: Math.max(1, Math.floor(invoer.maxCellen / 2)) } : {}) },
        bytesTotaal: invoer.bytesTotaal ?? null,
        copyBytes: stukBytes,
      });
      meld();
      await stuurBestand(kanaal, invoer.bron, invoer.stukkenOverdragen ?? false, stop, (v) => {
        voortgang.bytesGelezen = v.bytesGelezen;
        voortgang.regelsGelezen = v.regelsGelezen;
        meld();
      }, async (tussen) => {
        // Een tussenstand (meer cellen dan in het geheugen passen): onzichtbaar in de buffer.
        await markeer();
        tussenIds.push(tussen.id);
        for (const s of tussen.stukken) {
          await kopieer(q, 'politie_import_buffer', s as Uint8Array<ArrayBuffer>);
          await adem();
        }
      });
      const { uitkomst } = await kanaal.vraag('uitkomst', { soort: 'einde' });
      voortgang.regelsGelezen = uitkomst.regelsGelezen;
      voortgang.fouten = uitkomst.geweigerdTotaal;
      voortgang.fase = 'opslaan';
      meld();
      stop();

      const afwijkingen = invoer.werkruimteId ? await laadAfwijkingen(db, invoer.werkruimteId) : new Map<string, string | null>();
      const samenvatting = vatSamen(importId, invoer.bestandsnaam, uitkomst, await eerdereImports(db, uitkomst.sha256), afwijkingen);
      await markeer();
      vervangen = await schrijfRijen(q, kanaal, uitkomst, tussenIds, stukBytes, stop);
      stop();

      samenvatting.duurMs = Math.round(performance.now() - start);
      const vastlegging = {
        importId,
        bestandsnaam: invoer.bestandsnaam,
        sha256: uitkomst.sha256,
        formaat: uitkomst.formaat,
        werkruimteId: werkruimte?.id ?? null,
        gebruikerId: invoer.gebruikerId ?? null,
        gestartOp,
        samenvatting,
        nieuweRegios: uitkomst.nieuweRegios,
      };
      if (slot) {
        // PostgreSQL: vastleggen in de transactie van het slot, met de bufferrijen erbij (de database rekent, niet deze thread).
        await legImportVast(slot, vastlegging, true);
        if (tussenIds.length > 0) await verwijderImportRijen(slot, tussenIds);
        stop(); // laatste kans: nog niets vastgelegd
      } else {
        await db.transaction(async (tx) => {
          await legImportVast(tx, vastlegging, false);
          stop(); // laatste kans: nog niets vastgelegd
        });
      }
      return samenvatting;
    });
    vastgelegd = true;
    kanaal!.sluit();
    // PGlite: vastgelegd, dus zichtbaar; nu de bufferrijen in stukken naar politie_cijfers en de
    // tussenstanden weg. Mislukt dat, dan klopt wat zichtbaar is toch, en maakt de volgende import het af (ruimOp).
    try {
      if (db.kind === 'pglite') {
        if (vervangen) await verplaats(db, importId, stukBytes);
        if (tussenIds.length > 0) await verwijderImportRijen(db, tussenIds);
      }
    } catch (err) {
      console.warn(`Politiecijfers: opruimen na de import niet gelukt (de volgende import doet het): ${(err as Error).message}`);
    }
    // Effect indicators that follow a police series get the new figures (and their statuses).
    await db.transaction((tx) => volgPolitieReeksen(tx)).catch((err: unknown) => console.warn(`Indicatoren niet bijgewerkt na de import: ${(err as Error).message}`));
    voortgang.fase = 'klaar';
    meld();
    return { status: 'ingelezen', samenvatting };
  } catch (err) {
    kanaal?.sluit();
    // PGlite: wat onzichtbaar is weggeschreven, weer weg (PostgreSQL: de transactie van het slot is teruggedraaid).
    if (!vastgelegd && gemarkeerd) await verwijderImportRijen(db, [importId, ...tussenIds]).catch(() => undefined);
    if (err instanceof Geannuleerd) return { status: 'geannuleerd', importId, regelsGelezen: voortgang.regelsGelezen };
    if (err instanceof BestandGeweigerd) {
      const stand = err instanceof Geweigerd ? err.tussenstand : { fouten: [], foutenTotaal: 0, regelsGelezen: 0 };
      return { status: 'geweigerd', importId, reden: err.message, regel: err.regel ?? null, fouten: stand.fouten, foutenTotaal: stand.foutenTotaal, regelsGelezen: stand.regelsGelezen };
    }
    throw err;
  }
}

type Verwerkt = { bytesGelezen: number; regelsGelezen: number; tussen: { id: string; stukken: Uint8Array[] } | null };

/**
 * Stuurt de bytes van het bestand naar de importthread. Hoogstens VENSTER bytes zijn onderweg: zo leest
 * een upload niet verder dan de importthread (een geweigerd bestand wordt niet verder gelezen). Meldt
 * de voortgang zodra een stuk gelezen is; een tussenstand wordt weggeschreven voor het volgende stuk.
 */
async function stuurBestand(
  kanaal: ImportKanaal,
  bron: ImportInvoer['bron'],
  overdragen: boolean,
  stop: () => void,
  opVoortgang: (v: Verwerkt) => void,
  opTussenstand: (t: NonNullable<Verwerkt['tussen']>) => Promise<void>,
): Promise<void> {
  const onderweg: { antwoord: Promise<Verwerkt>; bytes: number }[] = [];
  let bytesOnderweg = 0;
  const volgende = async () => {
    const o = onderweg.shift()!;
    bytesOnderweg -= o.bytes;
    const { tussen } = await o.antwoord;
    if (tussen) await opTussenstand(tussen);
  };
  for await (const ruw of bron) {
    stop();
    const stuk = eigenStuk(ruw, overdragen);
    const bytes = stuk.length; // na het overdragen is het stuk hier leeg
    const antwoord = kanaal.vraag('verwerkt', { soort: 'stuk', stuk }, [stuk.buffer]);
    antwoord.then(opVoortgang, () => undefined);
    onderweg.push({ antwoord, bytes });
    bytesOnderweg += bytes;
    while (bytesOnderweg > VENSTER) await volgende();
  }
  while (onderweg.length > 0) await volgende();
}

/** De samenvatting van een import: wat de importthread las, met wat de database weet. */
function vatSamen(
  importId: string,
  bestandsnaam: string,
  u: Leesuitkomst,
  eerderIngelezen: ImportSamenvatting['eerderIngelezen'],
  afwijkingen: ReadonlyMap<string, string | null>,
): ImportSamenvatting {
  return {
    importId,
    bestandsnaam,
    sha256: u.sha256,
    eerderIngelezen,
    formaat: u.formaat,
    formaatNaam: u.formaatNaam,
    codering: u.codering,
    regeleinde: u.regeleinde,
    bytes: u.bytes,
    regelsGelezen: u.regelsGelezen,
    regelsGeimporteerd: u.regelsGeimporteerd,
    onbekendeWaarden: u.onbekendeWaarden,
    geweigerdeRegels: u.geweigerdeRegels,
    geweigerdTotaal: u.geweigerdTotaal,
    onbekendeSoorten: u.onbekendeSoorten,
    zonderThema: zonderThema(u.totalen, afwijkingen, new Set(u.soorten)),
    onbekendeRegiocodes: u.onbekendeRegiocodes,
    zoekGemeenten: u.zoekGemeenten,
    opgelosteNamen: u.opgelosteNamen,
    onopgelosteNamen: u.onopgelosteNamen,
    perioden: u.perioden,
    regios: u.regios,
    cellen: u.cellen,
    duurMs: 0,
    dekking: importDekking(u.soortenPerNiveau, afwijkingen),
  };
}

/** De periode (jaar * 16 + maand) van een rijsleutel. */
function periodeVan(sleutel: string): number {
  const [, , jaar, maand] = sleutel.split('\t');
  return Number(jaar) * 16 + Number(maand);
}

/**
 * Schrijft de opslagrijen van een import weg, nog onzichtbaar (zie opslag.ts): rijen die er al waren
 * en tussenstanden eerst samenvoegen (in de importthread), dan de nieuwe rijen. Elke schrijfactie is
 * hoogstens `stukBytes` groot, met een adempauze ertussen. Geeft of er rijen in de buffer staan die een
 * bestaande rij vervangen.
 */
async function schrijfRijen(db: Queryable, kanaal: ImportKanaal, uitkomst: Leesuitkomst, tussenIds: readonly string[], stukBytes: number, stop: () => void): Promise<boolean> {
  const tussen = tussenIds.length > 0 ? await bufferSleutels(db, tussenIds) : [];
  const grootte = new Map(uitkomst.rijen.map((r) => [r.sleutel, r.bytes]));
  const perioden = [...new Set([...grootte.keys(), ...tussen].map(periodeVan))];
  const bestaand = await bestaandeSleutels(db, perioden);
  await adem();
  const tussenSet = new Set(tussen);
  const samenvoegen = [...tussen, ...uitkomst.rijen.map((r) => r.sleutel).filter((k) => bestaand.has(k) && !tussenSet.has(k))];
  let vervangen = false;
  // In stukken van ongeveer stukBytes (de oude rij telt even zwaar als de nieuwe).
  for (let van = 0; van < samenvoegen.length; ) {
    const stuk: string[] = [];
    let bytes = 0;
    while (van < samenvoegen.length && (stuk.length === 0 || bytes < stukBytes)) {
      const k = samenvoegen[van++]!;
      stuk.push(k);
      bytes += 2 * (grootte.get(k) ?? stukBytes / 8);
    }
    const oud = await haalBestaandeRijen(db, stuk.filter((k) => bestaand.has(k)));
    await adem();
    const tussenRijen = tussenIds.length > 0 ? await haalBufferrijen(db, stuk, tussenIds) : [];
    await adem();
    const copy = await kanaal.vraag('copy', { soort: 'samenvoegen', sleutels: stuk, bestaand: oud, tussen: tussenRijen });
    if (copy.buffer.length > 0) vervangen = true;
    await schrijfStukken(db, copy, stop);
  }
  // De nieuwe rijen: de importthread maakt de volgende stukken terwijl deze worden weggeschreven.
  let volgende = kanaal.vraag('copy', { soort: 'nieuw' });
  for (;;) {
    const copy = await volgende;
    if (copy.cijfers.length === 0) return vervangen;
    volgende = kanaal.vraag('copy', { soort: 'nieuw' });
    await schrijfStukken(db, copy, stop);
  }
}

async function schrijfStukken(db: Queryable, copy: { cijfers: Uint8Array[]; buffer: Uint8Array[] }, stop: () => void): Promise<void> {
  for (const [tabel, stukken] of [
    ['politie_cijfers', copy.cijfers],
    ['politie_import_buffer', copy.buffer],
  ] as const) {
    for (const s of stukken) {
      stop();
      await kopieer(db, tabel, s as Uint8Array<ArrayBuffer>);
      await adem();
    }
  }
}
