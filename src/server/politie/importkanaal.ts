/**
 * De kant van de hoofdthread van de importthread (importwerker.ts): stuurt vragen (importbericht.ts)
 * en geeft de antwoorden als promises. Start de importthread niet, dan doet een Verwerking in deze
 * thread hetzelfde werk (via een MessageChannel), zoals vroeger zonder leesthread.
 */
import { MessageChannel } from 'node:worker_threads';
import { BestandGeweigerd, type FouteRegel } from '../../domain/politie/inlezen.ts';
import { bundelDraden, type DraadFout, neemDraad } from './draad.ts';
import type { Antwoord, NaarImport, VanImport, Vraag } from './importbericht.ts';
import { Verwerking } from './verwerking.ts';

/** Een weigering uit de importthread, met de tellingen tot dan. */
export class Geweigerd extends BestandGeweigerd {
  constructor(
    reden: string,
    regel: number | undefined,
    readonly tussenstand: { regelsGelezen: number; fouten: FouteRegel[]; foutenTotaal: number },
  ) {
    super(reden, regel);
  }
}

interface Poort {
  stuur(b: NaarImport, over: ArrayBuffer[]): void;
  luister(f: ((b: VanImport | DraadFout) => void) | null): void;
  houdVast(ja: boolean): void;
}

let inDezeThread: Poort | null = null;

/** Dezelfde verwerking in deze thread, als de importthread niet start. */
function dezeThread(): Poort {
  if (!inDezeThread) {
    const { port1, port2 } = new MessageChannel();
    const verwerking = new Verwerking((b, over) => port2.postMessage(b, over));
    port2.on('message', (b: NaarImport) => verwerking.ontvang(b));
    port2.unref();
    let luisteraar: ((b: VanImport | DraadFout) => void) | null = null;
    port1.on('message', (b: VanImport) => luisteraar?.(b));
    port1.unref();
    inDezeThread = {
      stuur: (b, over) => port1.postMessage(b, over),
      luister: (f) => (luisteraar = f),
      houdVast: (ja) => (ja ? port1.ref() : port1.unref()),
    };
  }
  return inDezeThread;
}

/** Start de importthread (als dat nog niet gebeurd is), zodat de eerste import er niet op wacht. */
export async function startImportWerker(): Promise<void> {
  await bundelDraden();
  try {
    neemDraad('import');
  } catch (err) {
    console.warn(`De importthread start niet (${(err as Error).message}); een import rekent dan in de hoofdthread.`);
  }
}

type AntwoordVan<S extends Antwoord['soort']> = Extract<Antwoord, { soort: S }>;

/** Het gesprek van één import met de importthread. */
export class ImportKanaal {
  private nr = 0;
  private readonly wacht = new Map<number, { ok: (a: Antwoord) => void; nee: (e: Error) => void }>();
  private kapot: Error | null = null;

  private constructor(
    private readonly poort: Poort,
    private readonly importId: string,
  ) {
    poort.luister((b) => this.ontvang(b));
    poort.houdVast(true);
  }

  static async open(importId: string): Promise<ImportKanaal> {
    await bundelDraden();
    let poort: Poort;
    try {
      const draad = neemDraad<NaarImport, VanImport>('import');
      poort = draad.kapot ? dezeThread() : draad;
    } catch {
      poort = dezeThread();
    }
    return new ImportKanaal(poort, importId);
  }

  private ontvang(b: VanImport | DraadFout): void {
    if (!('nr' in b)) {
      // De thread zelf is gestopt of gecrasht: alles wat wacht, mislukt.
      this.kapot = new Error(`Importthread: ${b.bericht}`);
      for (const w of this.wacht.values()) w.nee(this.kapot);
      this.wacht.clear();
      return;
    }
    const w = this.wacht.get(b.nr);
    if (!w) return;
    this.wacht.delete(b.nr);
    if (b.soort === 'geweigerd') w.nee(new Geweigerd(b.reden, b.regel ?? undefined, b.tussenstand));
    else if (b.soort === 'fout') w.nee(new Error(`Importthread: ${b.bericht}`));
    else w.ok(b);
  }

  /** Stuurt een vraag; het antwoord moet van soort `soort` zijn (anders: een weigering of fout). */
  vraag<S extends Antwoord['soort']>(soort: S, v: Vraag, over: ArrayBuffer[] = []): Promise<AntwoordVan<S>> {
    if (this.kapot) return Promise.reject(this.kapot);
    const nr = ++this.nr;
    const antwoord = new Promise<AntwoordVan<S>>((ok, nee) => {
      this.wacht.set(nr, {
        ok: (a) => (a.soort === soort ? ok(a as AntwoordVan<S>) : nee(new Error(`Importthread: antwoord ${a.soort} op ${v.soort}, verwacht ${soort}.`))),
        nee,
      });
    });
    // Een antwoord waar niemand meer op wacht (na een weigering), mag mislukken zonder melding.
    antwoord.catch(() => undefined);
    this.poort.stuur({ ...v, nr, importId: this.importId }, over);
    return antwoord;
  }

  /** Klaar of gestopt: de thread ruimt deze import op; antwoorden die nog komen, tellen niet meer. */
  sluit(): void {
    if (!this.kapot) this.poort.stuur({ soort: 'stop', nr: ++this.nr, importId: this.importId }, []);
    this.kapot ??= new Error('Importthread: de import is gesloten.');
    for (const w of this.wacht.values()) w.nee(this.kapot);
    this.wacht.clear();
    this.poort.luister(null);
    this.poort.houdVast(false);
  }
}
