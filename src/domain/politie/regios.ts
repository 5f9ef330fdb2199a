/**
 * Regio's van de politiecijfers: Nederland (NL00), gemeenten (GM), wijken (WK) en buurten (BU) met
 * de CBS-codes van tabel 47018NED. Een wijk- of buurtcode bevat de gemeentecode: WK0363AA en
 * BU0363AA01 liggen in GM0363. De lijst zelf (18.313 regio's, indeling 2024) levert de server;
 * dit bestand is zuiver.
 */

export type RegioSoort = 'land' | 'gemeente' | 'wijk' | 'buurt' | 'overig';

export interface Regio {
  code: string;
  naam: string;
  soort: RegioSoort;
  /** Gemeentecode (GMxxxx) van een gemeente, wijk of buurt; null voor land en overige. */
  gemeente: string | null;
}

export const soortNamen: Record<RegioSoort, string> = {
  land: 'land',
  gemeente: 'gemeente',
  wijk: 'wijk',
  buurt: 'buurt',
  overig: 'regio',
};

/** Een regiocode: twee hoofdletters, een cijfer en dan cijfers of hoofdletters (GM0363, WK0363AA, NL00). */
export const REGIOCODE = /^[A-Z]{2}\d[0-9A-Z]{1,9}$/;

export function isRegiocode(tekst: string): boolean {
  return REGIOCODE.test(tekst);
}

export function regioSoort(code: string): RegioSoort {
  if (/^NL\d{2}$/.test(code)) return 'land';
  if (/^GM\d{4}$/.test(code)) return 'gemeente';
  if (/^WK\d{4}[0-9A-Z]{2}$/.test(code)) return 'wijk';
  if (/^BU\d{4}[0-9A-Z]{4}$/.test(code)) return 'buurt';
  return 'overig';
}

/** De gemeente van een gemeente-, wijk- of buurtcode. */
export function gemeenteVanCode(code: string): string | null {
  const soort = regioSoort(code);
  return soort === 'gemeente' || soort === 'wijk' || soort === 'buurt' ? `GM${code.slice(2, 6)}` : null;
}

/** Namen vergelijken zonder verschil in hoofdletters, accenten, spaties en streepjes. */
export function naamSleutel(naam: string): string {
  return naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-–_/.,']+/g, ' ')
    .trim();
}

/**
 * Een regiolijst om op code en op naam te zoeken. Met een basis (bv. de meegeleverde lijst) gaan de
 * eigen regio's voor, zonder de basis te kopiëren.
 */
export class RegioLijst {
  private readonly perCode = new Map<string, Regio>();
  private readonly perNaam = new Map<string, Regio[]>();

  constructor(
    regios: Iterable<Regio> = [],
    private readonly basis?: RegioLijst,
  ) {
    for (const r of regios) this.voegToe(r);
  }

  /** Voegt een regio toe of vervangt die met dezelfde code (bijvoorbeeld uit een meegegeven codelijst). */
  voegToe(r: Regio): void {
    const oud = this.perCode.get(r.code);
    if (oud) {
      const lijst = this.perNaam.get(naamSleutel(oud.naam));
      if (lijst) this.perNaam.set(naamSleutel(oud.naam), lijst.filter((x) => x.code !== r.code));
    }
    this.perCode.set(r.code, r);
    const sleutel = naamSleutel(r.naam);
    const lijst = this.perNaam.get(sleutel) ?? [];
    lijst.push(r);
    this.perNaam.set(sleutel, lijst);
  }

  bijCode(code: string): Regio | undefined {
    return this.perCode.get(code) ?? this.basis?.bijCode(code);
  }

  bijNaam(naam: string): readonly Regio[] {
    const eigen = this.perNaam.get(naamSleutel(naam)) ?? [];
    if (!this.basis) return eigen;
    return [...eigen, ...this.basis.bijNaam(naam).filter((r) => !this.perCode.has(r.code))];
  }

  get grootte(): number {
    let n = this.perCode.size;
    if (this.basis) for (const r of this.basis.alle()) if (!this.perCode.has(r.code)) n++;
    return n;
  }

  *alle(): IterableIterator<Regio> {
    yield* this.perCode.values();
    if (this.basis) for (const r of this.basis.alle()) if (!this.perCode.has(r.code)) yield r;
  }
}

/** Maakt een Regio van een code en naam; de soort en gemeente volgen uit de code. */
export function regioUitCode(code: string, naam: string, gemeente?: string | null): Regio {
  return { code, naam, soort: regioSoort(code), gemeente: gemeente ?? gemeenteVanCode(code) };
}

/**
 * Leest de compacte regiolijst: per regel `code<TAB>naam`. Zo levert de server de CBS-lijst mee
 * (zie src/server/politie/regiolijst.ts).
 */
export function leesCompacteRegiolijst(tekst: string): Regio[] {
  const regios: Regio[] = [];
  for (const regel of tekst.split('\n')) {
    if (!regel) continue;
    const tab = regel.indexOf('\t');
    if (tab < 0) continue;
    regios.push(regioUitCode(regel.slice(0, tab), regel.slice(tab + 1)));
  }
  return regios;
}
