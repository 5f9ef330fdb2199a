/**
 * Bundles reads of the same thing without ever answering with a read that started before the request
 * arrived. Under load many public requests ask for the same stands at once: a request that arrives
 * while a read is running waits for the next read (which starts when the running one ends, so after
 * it arrived) and shares it with everyone who arrived in the meantime. At most one read runs and one
 * waits per key, and every answer is at least as fresh as the request: a write that was answered
 * before the request arrived is always seen (ADR 0017).
 */
export class Bundel<T> {
  private lopend: Promise<T> | null = null;
  private volgend: Promise<T> | null = null;

  constructor(private readonly lees: () => Promise<T>) {}

  haal(): Promise<T> {
    if (this.volgend) return this.volgend;
    if (!this.lopend) return this.start();
    const na = this.lopend.then(
      () => undefined,
      () => undefined,
    );
    this.volgend = na.then(() => {
      this.volgend = null;
      return this.start();
    });
    return this.volgend;
  }

  private start(): Promise<T> {
    const p = this.lees();
    this.lopend = p;
    const klaar = () => {
      if (this.lopend === p) this.lopend = null;
    };
    p.then(klaar, klaar);
    return p;
  }
}

/** One bundle per key (e.g. per municipality code), made on first use. */
export class Bundels<T> {
  private readonly perSleutel = new Map<string, Bundel<T>>();

  constructor(private readonly lees: (sleutel: string) => Promise<T>) {}

  haal(sleutel: string): Promise<T> {
    let b = this.perSleutel.get(sleutel);
    if (!b) {
      b = new Bundel(() => this.lees(sleutel));
      this.perSleutel.set(sleutel, b);
    }
    return b.haal();
  }
}
