/**
 * Parallel lezen van een bestand met politiecijfers: de thread die leest (bij een import de
 * importthread, zie importwerker.ts; hieronder "de hoofdthread" van het lezen) leest de kopregel en
 * het begin, knipt de rest van de stroom in segmenten die op een regeleinde eindigen (met het eerste
 * regelnummer erbij) en verdeelt ze over zichzelf en één leesthread (leeswerker.ts). Aan het eind
 * voegt zijn inlezer het deel van de leesthread toe (Inlezer.voegDeelToe), zodat de uitkomst gelijk is
 * aan die van één inlezer. Zo gebruikt een import beide cores, ook bij een upload (een stroom zonder
 * vaste grootte). Zie docs/performance.md en ADR 0011.
 *
 * De leesthread start één keer per thread die hem nodig heeft (startLeesWerker) en blijft daarna
 * klaarstaan; hij houdt het proces niet in leven.
 */
import { BestandGeweigerd, type Deel, type Inlezer, MAX_RECORD, teVeelFouten } from '../../domain/politie/inlezen.ts';
import { type Draad, type DraadFout, neemDraad, stopDraden } from './draad.ts';
import type { NaarWerker, VanWerker } from './leeswerker.ts';

const LF = 0x0a;

export interface ParallelOpties {
  /** Pas parallel lezen vanaf zoveel gelezen bytes (kleine bestanden lezen in één keer sneller). */
  vanafBytes: number;
  /** Grootte van een segment (klein genoeg dat de leesthread aan het eind niet lang nawerkt). */
  segmentBytes: number;
  /** Zoveel segmenten mag de leesthread tegelijk in de wachtrij hebben; de rest leest de hoofdthread. */
  inVluchtMax: number;
  maxCellen: number;
  maxFouten?: number;
}

export const standaardParallel: ParallelOpties = { vanafBytes: 4 << 20, segmentBytes: 1 << 19, inVluchtMax: 8, maxCellen: 125_000 };

type LeesWerker = Draad<NaarWerker, VanWerker>;

/** Start de leesthread (als dat nog niet gebeurd is), zodat de eerste import niet op het starten wacht. */
export function startLeesWerker(): void {
  neemDraad('lees');
}

/** Stopt de leesthread en de importthread (tests, afsluiten); de volgende import start ze opnieuw. */
export async function stopLeesWerker(): Promise<void> {
  await stopDraden();
}

/**
 * Leest een stroom door een inlezer, en vanaf `vanafBytes` parallel. Gebruik: `verwerk` per stuk,
 * daarna `klaar`, dan `inlezer.einde()`. Bij een fout of annuleren: `stop`.
 */
export class Lezer {
  private gelezen = 0;
  private parallel = false;
  private w: LeesWerker | null = null;
  private stukken: Uint8Array[] = [];
  private opgespaard = 0;
  /** Bytes sinds het laatste regeleinde (LF) in de opgespaarde stukken. */
  private zonderLF = 0;
  /** Niet meer in segmenten: de inlezer van de hoofdthread leest de rest (zie gaSerieel). */
  private serieel = false;
  private regel = 0;
  private inVlucht = 0;
  private werkerFouten = 0;
  private probleem: Error | null = null;
  private wachtOp: (() => void) | null = null;
  private eindDeel: Deel | null = null;

  constructor(
    readonly inlezer: Inlezer,
    private readonly opties: ParallelOpties = standaardParallel,
    private readonly metWerker = true,
    /** De grootte van het bestand, als die bekend is. */
    private readonly bytesTotaal: number | null = null,
  ) {}

  get bytesGelezen(): number {
    return this.gelezen;
  }

  get regelsGelezen(): number {
    return this.inlezer.regelsGelezen;
  }

  /** Verwerkt het volgende stuk van de stroom. */
  async verwerk(stuk: Uint8Array): Promise<void> {
    this.gooiProbleem();
    // Altijd een gewone Uint8Array (geen Buffer): één soort array houdt de leeslus monomorf en snel.
    if (stuk.constructor !== Uint8Array) stuk = new Uint8Array(stuk.buffer, stuk.byteOffset, stuk.byteLength);
    this.gelezen += stuk.length;
    if (!this.parallel) {
      this.inlezer.verwerk(stuk);
      if (this.gelezen >= this.opties.vanafBytes) this.begin();
      return;
    }
    if (this.serieel) {
      this.inlezer.verwerk(stuk);
      this.controleerFouten();
      return;
    }
    // Een groot stuk met een eigen buffer (zoals van een bestandsstroom): zonder kopiëren. Het begin tot
    // het eerste regeleinde hoort bij de rest van het vorige stuk; het stuk daarna tot het laatste
    // regeleinde is een segment; wat overblijft gaat mee naar het volgende stuk.
    const eigenBuffer = stuk.byteOffset === 0 && stuk.byteLength === stuk.buffer.byteLength;
    if (eigenBuffer && stuk.length >= this.opties.segmentBytes / 2 && this.opgespaard < this.opties.segmentBytes) {
      const eerste = stuk.indexOf(LF);
      const laatste = stuk.lastIndexOf(LF);
      if (eerste >= 0 && laatste > eerste) {
        this.stukken.push(stuk.subarray(0, eerste + 1));
        this.opgespaard += eerste + 1;
        await this.knip(true);
        const rest = stuk.slice(laatste + 1);
        await this.lees(stuk.subarray(eerste + 1, laatste + 1));
        this.stukken = rest.length ? [rest] : [];
        this.opgespaard = this.zonderLF = rest.length;
        if (this.zonderLF > MAX_RECORD) this.gaSerieel();
        return;
      }
    }
    this.stukken.push(stuk);
    this.opgespaard += stuk.length;
    // Meestal staat het laatste regeleinde vlak voor het eind van het stuk (lastIndexOf zoekt van achteren).
    const lf = Buffer.from(stuk.buffer, stuk.byteOffset, stuk.byteLength).lastIndexOf(LF);
    this.zonderLF = lf < 0 ? this.zonderLF + stuk.length : stuk.length - lf - 1;
    if (this.opgespaard >= this.opties.segmentBytes || this.zonderLF > MAX_RECORD) await this.knip(false);
  }

  /** Leest de rest, wacht op de leesthread en voegt zijn deel toe aan de inlezer. */
  async klaar(): Promise<void> {
    if (this.parallel) {
      await this.knip(true);
      // De leesthread geeft zijn deel zodra zijn laatste segment klaar is (berichten komen op volgorde).
      this.w?.stuur({ soort: 'einde' });
      while (!this.probleem && (this.inVlucht > 0 || (this.w && !this.eindDeel))) await this.wacht();
      this.gooiProbleem();
      if (this.w && this.eindDeel) {
        this.inlezer.voegDeelToe(this.eindDeel);
        this.eindDeel = null;
        this.w.luister(null);
      }
    }
    this.inlezer.bytesGelezen = this.gelezen;
  }

  /** Stopt de leesthread voor deze import (na een fout of bij annuleren). */
  stop(): void {
    if (this.w) {
      this.w.stuur({ soort: 'stop' });
      this.w.luister(null);
      this.w = null;
    }
    // Wie nog op de leesthread wacht (klaar), wacht niet langer.
    this.probleem ??= new Error('Het lezen is gestopt.');
    const w = this.wachtOp;
    this.wachtOp = null;
    w?.();
  }

  private begin(): void {
    const stand = this.inlezer.beginstand;
    if (!stand) return;
    this.parallel = true;
    const rest = this.inlezer.neemRest();
    this.regel = this.inlezer.regelnummer;
    if (rest.length > 0) {
      this.stukken.push(rest);
      this.opgespaard += rest.length;
      this.zonderLF = rest.length;
    }
    if (!this.metWerker) return;
    const w = neemDraad<NaarWerker, VanWerker>('lees');
    if (w.kapot) return;
    this.w = w;
    w.luister((b) => this.ontvang(b));
    w.stuur({ soort: 'begin', stand, maxFouten: this.opties.maxFouten, maxCellen: this.opties.maxCellen });
  }

  private ontvang(b: VanWerker | DraadFout): void {
    try {
      if (b.soort === 'klaar') {
        this.inVlucht--;
        this.werkerFouten = b.foutenTotaal;
        if (b.deel) this.inlezer.voegDeelToe(b.deel);
        this.controleerFouten();
      } else if (b.soort === 'deel') {
        this.eindDeel = b.deel;
      } else if (b.soort === 'geweigerd') {
        this.probleem ??= new BestandGeweigerd(b.reden, b.regel ?? undefined);
      } else {
        this.probleem ??= new Error(`Leesthread: ${b.bericht}`);
      }
    } catch (err) {
      this.probleem ??= err as Error;
    }
    const w = this.wachtOp;
    this.wachtOp = null;
    w?.();
  }

  private wacht(): Promise<void> {
    if (this.probleem) return Promise.resolve();
    return new Promise((ok) => (this.wachtOp = ok));
  }

  private gooiProbleem(): void {
    if (this.probleem) {
      const p = this.probleem;
      this.stop();
      throw p;
    }
  }

  private controleerFouten(): void {
    const max = this.opties.maxFouten ?? 1000;
    const totaal = this.inlezer.foutenTot + this.werkerFouten;
    if (totaal > max) throw teVeelFouten(max);
  }

  /**
   * Knipt de opgespaarde stukken tot op het laatste regeleinde (of alles, aan het eind) en leest dat
   * segment. Blijft er meer dan MAX_RECORD bytes zonder LF over, dan leest de inlezer verder (gaSerieel).
   */
  private async knip(einde: boolean): Promise<void> {
    if (this.opgespaard === 0) return;
    const samen = this.samen();
    const tot = einde ? samen.length : samen.lastIndexOf(LF) + 1;
    // De rest (een onvolledige regel) gaat als kopie mee naar het volgende segment, zodat het segment
    // zijn buffer zonder kopiëren aan de leesthread kan geven.
    this.stukken = tot === samen.length ? [] : [tot === 0 ? samen : samen.slice(tot)];
    this.opgespaard = this.zonderLF = samen.length - tot;
    if (tot > 0) await this.lees(samen.subarray(0, tot));
    if (this.zonderLF > MAX_RECORD) this.gaSerieel();
  }

  /** De opgespaarde stukken in één nieuwe buffer (die lees zonder kopiëren aan de leesthread kan geven). */
  private samen(): Uint8Array {
    const samen = new Uint8Array(this.opgespaard);
    let p = 0;
    for (const s of this.stukken) {
      samen.set(s, p);
      p += s.length;
    }
    return samen;
  }

  /**
   * Meer dan MAX_RECORD bytes zonder LF: een te lange regel, of regels met alleen CR als einde. Dat
   * is niet in segmenten te knippen; de inlezer van de hoofdthread leest de rest met `verwerk`, die
   * zo'n regel meteen weigert (met zijn regelnummer) en CR-regels gewoon leest. Wat de leesthread al
   * heeft, komt er aan het eind bij (klaar).
   */
  private gaSerieel(): void {
    const rest = this.samen();
    this.stukken = [];
    this.opgespaard = this.zonderLF = 0;
    this.serieel = true;
    this.inlezer.hervat(this.regel);
    this.inlezer.verwerk(rest);
    this.controleerFouten();
  }

  /**
   * Leest een segment (dat op een regeleinde eindigt, of het einde van het bestand is), hier of in de
   * leesthread. Een segment voor de leesthread gaat met zijn hele buffer mee (overdragen, niet kopiëren).
   */
  private async lees(segment: Uint8Array): Promise<void> {
    const eersteRegel = this.regel;
    let regels = 0;
    // Buffer.indexOf zoekt met memchr: veel sneller dan Uint8Array.indexOf of een lus in JavaScript.
    const zoek = Buffer.from(segment.buffer, segment.byteOffset, segment.byteLength);
    for (let i = zoek.indexOf(LF); i >= 0; i = zoek.indexOf(LF, i + 1)) regels++;
    this.regel += regels;
    // Bij het einde van het bestand (als de grootte bekend is) krijgt de leesthread minder, zodat hij
    // niet nawerkt terwijl de hoofdthread wacht.
    const bijnaKlaar = this.bytesTotaal !== null && this.bytesTotaal - this.gelezen < this.opties.inVluchtMax * this.opties.segmentBytes;
    if (this.w && segment.length >= 4096 && this.inVlucht < (bijnaKlaar ? 1 : this.opties.inVluchtMax)) {
      this.inVlucht++;
      this.w.stuur({ soort: 'segment', segment, eersteRegel }, [segment.buffer as ArrayBuffer]);
    } else {
      this.inlezer.verwerkSegment(segment, eersteRegel);
      this.controleerFouten();
    }
    // Laat de berichten van de leesthread binnenkomen.
    await new Promise<void>((ok) => setImmediate(ok));
    this.gooiProbleem();
  }
}
