/**
 * De threads van de import van politiecijfers: de importthread (importwerker.ts: lezen, optellen,
 * groeperen en de COPY-gegevens maken, zodat de hoofdthread vrij blijft) en de leesthread
 * (leeswerker.ts: leest de helft van de segmenten). Elk hoogstens één per thread die hem start;
 * ze houden het proces niet in leven. Een thread die stopt of crasht meldt dat aan wie luistert, en
 * de volgende import start hem opnieuw.
 *
 * Code van een thread: de TypeScript-bronnen, één keer per proces gebundeld tot JavaScript met
 * esbuild (de afhankelijkheid van tsx; ongeveer 80 ms), zodat een thread geen eigen tsx-lader nodig
 * heeft: dat scheelt ruim 30 MiB per thread (bench:import, doel <= 512 MiB). Lukt bundelen niet, of is
 * het nog niet klaar, dan start de thread via tsx (de *-start.mjs-bestanden).
 */
import { fileURLToPath } from 'node:url';
import { Worker, workerData } from 'node:worker_threads';

/** Wat een thread meldt als hij onverwacht stopt of crasht. */
export interface DraadFout {
  soort: 'fout';
  bericht: string;
}

const soorten = {
  lees: { bron: new URL('./leeswerker.ts', import.meta.url), start: new URL('./leeswerker-start.mjs', import.meta.url), naam: 'leesthread' },
  import: { bron: new URL('./importwerker.ts', import.meta.url), start: new URL('./importwerker-start.mjs', import.meta.url), naam: 'importthread' },
} as const;

export type DraadSoort = keyof typeof soorten;

/** De gebundelde code per soort; een thread die zelf uit een bundel start, krijgt hem mee (workerData). */
let bundels: Partial<Record<DraadSoort, string>> = (workerData as { bundels?: Partial<Record<DraadSoort, string>> } | null)?.bundels ?? {};
let bundelen: Promise<void> | null = null;

/**
 * Bundelt de code van de threads (één keer per proces). Geeft nooit een fout: zonder bundel starten
 * de threads via tsx.
 */
export function bundelDraden(): Promise<void> {
  bundelen ??= (async () => {
    if (bundels.lees && bundels.import) return;
    try {
      const { build } = await import('esbuild');
      const uit = await build({
        entryPoints: Object.values(soorten).map((s) => fileURLToPath(s.bron)),
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        write: false,
        outdir: 'draden',
        packages: 'external',
        logLevel: 'silent',
        // De bronnen die import.meta.url gebruiken (regiolijst.ts, draad.ts), staan allemaal in deze map.
        define: { 'import.meta.url': JSON.stringify(import.meta.url) },
      });
      const code = (naam: string) => uit.outputFiles.find((f) => f.path.endsWith(`${naam}.js`))?.text;
      const lees = code('leeswerker');
      const imp = code('importwerker');
      if (lees && imp) bundels = { lees, import: imp };
    } catch (err) {
      console.warn(`De threads voor politiecijfers starten via tsx (bundelen lukte niet: ${(err as Error).message}).`);
    }
  })();
  return bundelen;
}

export class Draad<Naar, Van> {
  readonly worker: Worker;
  private readonly naam: string;
  private luisteraar: ((b: Van | DraadFout) => void) | null = null;
  kapot: Error | null = null;

  constructor(
    soort: DraadSoort,
    private readonly bijStop: (d: Draad<Naar, Van>) => void,
  ) {
    const bundel = bundels[soort];
    this.naam = soorten[soort].naam;
    // A small young generation: these threads allocate mostly typed arrays (outside the JavaScript
    // heap), and V8's standard reserves some 30 MiB per thread that an import then never gives back.
    const opties = { resourceLimits: { maxYoungGenerationSizeMb: 4 } };
    this.worker = bundel
      ? new Worker(new URL(`data:text/javascript;base64,${Buffer.from(bundel).toString('base64')}`), { ...opties, workerData: { bundels } })
      : new Worker(soorten[soort].start, opties);
    this.worker.unref();
    this.worker.on('message', (b: Van) => this.luisteraar?.(b));
    this.worker.on('error', (err) => {
      this.kapot = err;
      this.luisteraar?.({ soort: 'fout', bericht: err.message });
    });
    this.worker.on('exit', () => {
      this.kapot ??= new Error(`De ${this.naam} is gestopt.`);
      this.bijStop(this);
      this.luisteraar?.({ soort: 'fout', bericht: this.kapot.message });
    });
  }

  luister(f: ((b: Van | DraadFout) => void) | null): void {
    this.luisteraar = f;
  }

  stuur(b: Naar, over: ArrayBuffer[] = []): void {
    this.worker.postMessage(b, over);
  }

  /** Houdt het proces in leven zolang iemand op de thread wacht (`true`), of niet (standaard). */
  houdVast(ja: boolean): void {
    if (ja) this.worker.ref();
    else this.worker.unref();
  }
}

const draden = new Map<DraadSoort, Draad<unknown, unknown>>();

/** De thread van deze soort; start hem als dat nog niet gebeurd is (of hij gestopt is). */
export function neemDraad<Naar, Van>(soort: DraadSoort): Draad<Naar, Van> {
  let d = draden.get(soort);
  if (!d) {
    d = new Draad<unknown, unknown>(soort, (weg) => {
      if (draden.get(soort) === weg) draden.delete(soort);
    });
    draden.set(soort, d);
  }
  return d as Draad<Naar, Van>;
}

/** Stopt de threads die deze thread startte (tests, afsluiten). */
export async function stopDraden(): Promise<void> {
  const weg = [...draden.values()];
  draden.clear();
  await Promise.all(weg.map((d) => d.worker.terminate()));
}
