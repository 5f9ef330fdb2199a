/**
 * Het werk van een import dat de processor bezighoudt, in de importthread (importwerker.ts): het
 * bestand lezen met de leesthread erbij (parallel.ts), de sha256, optellen, de samenvatting, groeperen
 * in opslagrijen, samenvoegen met wat er al lag en de COPY-gegevens maken, in stukken van hoogstens
 * `copyBytes`. De hoofdthread stuurt alleen bytes door en schrijft de stukken weg (import.ts), zodat
 * hij tijdens een import blijft antwoorden (issue 12). Zie importbericht.ts voor de berichten.
 *
 * Kan ook in de hoofdthread zelf draaien (als de importthread niet start): hetzelfde werk, via een
 * MessageChannel.
 */
import { createHash, type Hash, randomUUID } from 'node:crypto';
import { leesRegioCodelijst, leesSoortCodelijst } from '../../domain/politie/codelijsten.ts';
import { formaatNamen } from '../../domain/politie/formaat.ts';
import { AANTAL_SOORTEN, BestandGeweigerd, type CelBlok, Inlezer } from '../../domain/politie/inlezen.ts';
import { codeerGroep, copyBinair, type Groep, groepeer, groepeerCellen, type Opslagrij, rijSleutel, telTotalen, voegSamen } from '../../domain/politie/opslagrij.ts';
import { periodeSleutel } from '../../domain/politie/perioden.ts';
import { type Regio, regioSoort, type RegioSoort } from '../../domain/politie/regios.ts';
import { SoortenTeller } from '../../domain/politie/soortenteller.ts';
import type { Antwoord, Leesuitkomst, NaarImport, VanImport } from './importbericht.ts';
import { Lezer } from './parallel.ts';
import { meegeleverdeRegio, regiolijst } from './regiolijst.ts';

/** Telt mee wat een blok cellen dekt: regio's per soort, gemeenten en totalen per soort misdrijf. */
class Dekking {
  readonly regios = new Set<string>();
  readonly gemeenten = new Set<string>();
  readonly totalen = new Float64Array(AANTAL_SOORTEN);
  cellen = 0;
  /** Per regioniveau en periode de soorten met een bekend aantal (de dekking per thema in de samenvatting). */
  readonly soorten = new SoortenTeller();

  /** Telt de cellen en regio's van een blok; de totalen per soort tellen groepeer (met `totalen`) en telTotalen. */
  tel(blok: CelBlok): void {
    this.cellen += blok.aantal;
    this.soorten.tel(blok);
    let vorige = '';
    for (let c = 0; c < blok.aantal; c++) {
      const r = blok.regio[c]!;
      if (r !== vorige) {
        this.regios.add(r);
        vorige = r;
      }
    }
  }

  samenvatting(): Leesuitkomst['regios'] {
    const aantal: Record<RegioSoort, number> = { land: 0, gemeente: 0, wijk: 0, buurt: 0, overig: 0 };
    for (const r of this.regios) {
      const soort = regioSoort(r);
      aantal[soort]++;
      if (soort === 'gemeente' || soort === 'wijk' || soort === 'buurt') this.gemeenten.add(`GM${r.slice(2, 6)}`);
    }
    return { aantal, gemeenten: [...this.gemeenten].sort() };
  }
}

/** Zoveel stukken COPY-gegevens per antwoord op `nieuw`: de hoofdthread schrijft ze weg terwijl hier de volgende worden gemaakt. */
const NIEUW_PER_KEER = 4;

interface Taak {
  id: string;
  inlezer: Inlezer | null;
  lezer: Lezer | null;
  hash: Hash;
  dekking: Dekking;
  soortTitels: Map<string, string>;
  codelijstRegios: Regio[];
  copyBytes: number;
  /** Na `einde`: de opslagrijen van de rest die nog niet als COPY-gegevens zijn teruggegeven. */
  rest: Rest | null;
}

/**
 * De rest van een import na `einde`, per opslagrij: eerst alleen gegroepeerd; het coderen gebeurt op
 * de achtergrond (codeerOpAchtergrond) of als een rij nodig is, zodat de hoofdthread intussen al kan
 * wegschrijven.
 */
class Rest {
  /** Nog te coderen, op sleutel. */
  private readonly groepen = new Map<string, Groep>();
  /** Al gecodeerd, op sleutel. */
  private readonly rijen = new Map<string, Opslagrij>();

  constructor(
    private readonly blok: CelBlok,
    groepen: Groep[],
  ) {
    for (const g of groepen) this.groepen.set(rijSleutel(g.rij), g);
  }

  get leeg(): boolean {
    return this.groepen.size === 0 && this.rijen.size === 0;
  }

  /** Codeert groepen tot `tot` (performance.now()); false als er niets meer te coderen is. */
  codeer(tot: number): boolean {
    for (const [k, g] of this.groepen) {
      this.rijen.set(k, codeerGroep(this.blok, g));
      this.groepen.delete(k);
      if (performance.now() > tot) break;
    }
    return this.groepen.size > 0;
  }

  /** Neemt de rij met deze sleutel (als die er is). */
  neem(k: string): Opslagrij | undefined {
    const g = this.groepen.get(k);
    if (g) {
      this.groepen.delete(k);
      return codeerGroep(this.blok, g);
    }
    const rij = this.rijen.get(k);
    this.rijen.delete(k);
    return rij;
  }

  /** Neemt rijen tot ongeveer `max` bytes (minstens één, als er nog is): eerst de gecodeerde. */
  neemTot(max: number): Opslagrij[] {
    const uit: Opslagrij[] = [];
    let bytes = 0;
    for (const bron of [this.rijen, this.groepen] as const) {
      for (const k of bron.keys()) {
        if (uit.length > 0 && bytes >= max) return uit;
        const rij = this.neem(k)!;
        uit.push(rij);
        bytes += grootte(rij);
      }
    }
    return uit;
  }
}

/** Opslagrijen als COPY-gegevens (met `importId`), in stukken van ongeveer `max` bytes. */
export function copyStukken(rijen: readonly Opslagrij[], importId: string, max: number): Uint8Array<ArrayBuffer>[] {
  const stukken: Uint8Array<ArrayBuffer>[] = [];
  let van = 0;
  while (van < rijen.length) {
    let tot = van;
    let bytes = 0;
    while (tot < rijen.length && (tot === van || bytes + grootte(rijen[tot]!) <= max)) bytes += grootte(rijen[tot++]!);
    stukken.push(copyBinair(rijen.slice(van, tot), importId));
    van = tot;
  }
  return stukken;
}

/** Ongeveer de grootte van een opslagrij in de COPY-gegevens. */
export function grootte(r: Pick<Opslagrij, 'regios' | 'aantallen'>): number {
  return r.aantallen.length + 14 * r.regios.length + 80;
}

export class Verwerking {
  private taak: Taak | null = null;
  private rij: Promise<void> = Promise.resolve();

  constructor(private readonly stuur: (b: VanImport, over: ArrayBuffer[]) => void) {}

  /** Een bericht van de hoofdthread; de berichten worden op volgorde afgehandeld. */
  ontvang(b: NaarImport): void {
    if (b.soort === 'stop') {
      // Meteen: wat nog in de rij staat voor deze import, wordt overgeslagen.
      if (this.taak?.id === b.importId) this.beeindig();
      return;
    }
    this.rij = this.rij.then(() => this.behandel(b));
  }

  /** Codeert de rest van een import in stukjes van een paar milliseconden, tussen de berichten door. */
  private codeerOpAchtergrond(t: Taak): void {
    const stap = () => {
      if (this.taak === t && t.rest?.codeer(performance.now() + 5)) setImmediate(stap);
    };
    setImmediate(stap);
  }

  private beeindig(): void {
    this.taak?.lezer?.stop();
    this.taak = null;
  }

  private async behandel(b: NaarImport): Promise<void> {
    // Een gestopte of geweigerde import: de hoofdthread wacht niet meer op antwoord.
    if (b.soort !== 'begin' && this.taak?.id !== b.importId) return;
    try {
      const [antwoord, over] = await this.beantwoord(b);
      this.stuur({ ...antwoord, nr: b.nr }, over);
    } catch (err) {
      const inlezer = this.taak?.id === b.importId ? this.taak.inlezer : null;
      this.beeindig();
      if (err instanceof BestandGeweigerd) {
        const stand = inlezer?.tussenstand();
        this.stuur(
          {
            soort: 'geweigerd',
            nr: b.nr,
            reden: err.message,
            regel: err.regel ?? null,
            tussenstand: { regelsGelezen: stand?.regelsGelezen ?? 0, fouten: stand?.fouten ?? [], foutenTotaal: stand?.foutenTotaal ?? 0 },
          },
          [],
        );
      } else this.stuur({ soort: 'fout', nr: b.nr, bericht: (err as Error).stack ?? String(err) }, []);
    }
  }

  private async beantwoord(b: NaarImport): Promise<[Antwoord, ArrayBuffer[]]> {
    if (b.soort === 'begin') {
      this.beeindig();
      const taak: Taak = {
        id: b.importId,
        inlezer: null,
        lezer: null,
        hash: createHash('sha256'),
        dekking: new Dekking(),
        soortTitels: new Map(),
        codelijstRegios: [],
        copyBytes: b.copyBytes,
        rest: null,
      };
      this.taak = taak;
      taak.codelijstRegios = b.codelijsten.regios ? leesRegioCodelijst(b.codelijsten.regios) : [];
      taak.soortTitels = b.codelijsten.soorten ? leesSoortCodelijst(b.codelijsten.soorten) : new Map<string, string>();
      const regios = regiolijst([...b.regios, ...taak.codelijstRegios]);
      taak.inlezer = new Inlezer({ regios, gemeenten: b.gemeenten, maxCellen: b.maxCellen });
      taak.lezer = new Lezer(taak.inlezer, b.parallel, true, b.bytesTotaal);
      return [{ soort: 'begonnen' }, []];
    }
    const t = this.taak!;
    const inlezer = t.inlezer!;
    const lezer = t.lezer!;
    if (b.soort === 'stuk') {
      // Eerst de hash: de lezer geeft het stuk soms zonder kopiëren door aan de leesthread.
      t.hash.update(b.stuk);
      await lezer.verwerk(b.stuk);
      let tussen: { id: string; stukken: Uint8Array<ArrayBuffer>[] } | null = null;
      if (inlezer.moetLegen) {
        const blok = inlezer.neemCellen();
        t.dekking.tel(blok);
        // Elke tussenstand heeft zijn eigen id in de buffer: geen samenvoegen nodig tot het eind.
        const id = randomUUID();
        tussen = { id, stukken: copyStukken(groepeer(blok, t.dekking.totalen), id, t.copyBytes) };
      }
      return [{ soort: 'verwerkt', bytesGelezen: lezer.bytesGelezen, regelsGelezen: lezer.regelsGelezen, tussen }, tussen ? tussen.stukken.map((s) => s.buffer) : []];
    }
    if (b.soort === 'einde') {
      await lezer.klaar();
      const u = inlezer.einde();
      t.dekking.tel(u.rest);
      telTotalen(u.rest, t.dekking.totalen);
      // Per gemeente, niveau en periode; de bytes maakt codeerOpAchtergrond, terwijl de hoofdthread al verder gaat.
      const groepen = groepeerCellen(u.rest);
      t.rest = new Rest(u.rest, groepen);
      this.codeerOpAchtergrond(t);
      const maanden = u.perioden.filter((p) => p.maand > 0).map(periodeSleutel);
      const uitkomst: Leesuitkomst = {
        sha256: t.hash.digest('hex'),
        formaat: u.formaat.naam,
        formaatNaam: formaatNamen[u.formaat.naam],
        codering: u.codering,
        regeleinde: u.regeleinde,
        bytes: inlezer.bytesGelezen,
        regelsGelezen: u.regelsGelezen,
        regelsGeimporteerd: u.regelsGeimporteerd,
        onbekendeWaarden: u.onbekendeWaarden,
        geweigerdeRegels: u.fouten,
        geweigerdTotaal: u.foutenTotaal,
        onbekendeSoorten: u.onbekendeSoorten.map((o) => ({ ...o, titel: t.soortTitels.get(o.code.split(/\s/)[0]!) ?? null })),
        onbekendeRegiocodes: u.onbekendeRegiocodes.filter((c) => !t.codelijstRegios.some((r) => r.code === c)),
        zoekGemeenten: u.zoekGemeenten,
        opgelosteNamen: u.opgelosteNamen,
        onopgelosteNamen: u.onopgelosteNamen,
        perioden: {
          jaren: [...new Set(u.perioden.map((p) => p.jaar))].sort((a, b) => a - b),
          maanden,
          van: u.perioden[0] ? periodeSleutel(u.perioden[0]) : null,
          tot: u.perioden.at(-1) ? periodeSleutel(u.perioden.at(-1)!) : null,
        },
        regios: t.dekking.samenvatting(),
        cellen: t.dekking.cellen,
        totalen: [...t.dekking.totalen],
        soorten: u.soorten,
        // Ongeveer (zie grootte): één byte per aantal, de regiocodes en de rest van de rij.
        rijen: groepen.map((g) => ({ sleutel: rijSleutel(g.rij), bytes: g.cellen.length * (AANTAL_SOORTEN + 14) + 80 })),
        // Namen uit de codelijst die de meegeleverde lijst al zo kent, hoeven niet in politie_regios.
        nieuweRegios: t.codelijstRegios.filter((r) => meegeleverdeRegio(r.code)?.naam !== r.naam),
        soortenPerNiveau: t.dekking.soorten.uitkomst(),
      };
      t.inlezer = null;
      t.lezer = null;
      return [{ soort: 'uitkomst', uitkomst }, []];
    }
    if (b.soort === 'samenvoegen') {
      // Wat er al lag (oudst), dan de tussenstanden, dan de rest: een bekende nieuwere waarde gaat voor.
      const bestaand = new Map(b.bestaand.map((r) => [rijSleutel(r), r]));
      const tussen = new Map<string, Opslagrij[]>();
      for (const r of b.tussen) {
        const k = rijSleutel(r);
        tussen.set(k, [...(tussen.get(k) ?? []), r]);
      }
      const naarCijfers: Opslagrij[] = [];
      const naarBuffer: Opslagrij[] = [];
      for (const k of b.sleutels) {
        let rij = bestaand.get(k);
        for (const r of tussen.get(k) ?? []) rij = rij ? voegSamen(rij, r) : r;
        const rest = t.rest?.neem(k);
        if (rest) rij = rij ? voegSamen(rij, rest) : rest;
        if (!rij) continue;
        // Een rij die er al was, wordt pas bij het vastleggen vervangen (via de buffer); een nieuwe rij
        // kan meteen in politie_cijfers (onzichtbaar tot de import is vastgelegd).
        (bestaand.has(k) ? naarBuffer : naarCijfers).push(rij);
      }
      const cijfers = copyStukken(naarCijfers, t.id, t.copyBytes);
      const buffer = copyStukken(naarBuffer, t.id, t.copyBytes);
      return [{ soort: 'copy', cijfers, buffer }, [...cijfers, ...buffer].map((s) => s.buffer)];
    }
    // nieuw: de volgende stukken van de rest (rijen die er nog niet waren); leeg als alles gegeven is.
    const cijfers = copyStukken(t.rest?.neemTot(NIEUW_PER_KEER * t.copyBytes) ?? [], t.id, t.copyBytes);
    if (t.rest?.leeg) t.rest = null;
    return [{ soort: 'copy', cijfers, buffer: [] }, cijfers.map((s) => s.buffer)];
  }
}
