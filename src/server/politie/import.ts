/**
 * De import van politiecijfers: leest een bestand als stroom door de inlezer van het domein, schrijft
 * het resultaat in één transactie weg en geeft een samenvatting. Atomair (alles of niets),
 * idempotent (dezelfde cijfers nog eens inlezen overschrijft, telt niet op) en te annuleren met een
 * AbortSignal. Eén import tegelijk per proces; de rest wacht op zijn beurt.
 *
 * Snelheid: de inlezer telt alles op in cellen van regio x periode (59 aantallen per cel), en die
 * cellen gaan als één tekstparameter naar de database, die ze met string_to_table uitpakt: geen
 * rij per regel, geen duizenden parameters. Zie docs/performance.md.
 */
import { createHash, randomUUID } from 'node:crypto';
import { leesRegioCodelijst, leesSoortCodelijst } from '../../domain/politie/codelijsten.ts';
import { formaatNamen, type FormaatNaam } from '../../domain/politie/formaat.ts';
import {
  AANTAL_SOORTEN,
  BestandGeweigerd,
  type CelBlok,
  type FouteRegel,
  Inlezer,
  type OnbekendeSoort,
  type Uitkomst,
} from '../../domain/politie/inlezen.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import { copyBinair, groepeer, type Opslagrij, rijSleutel, voegSamen } from '../../domain/politie/opslagrij.ts';
import type { OnopgelosteNaam, OpgelosteNaam } from '../../domain/politie/naamresolutie.ts';
import { periodeSleutel } from '../../domain/politie/perioden.ts';
import { type Regio, regioSoort, type RegioSoort } from '../../domain/politie/regios.ts';
import { standaardKoppeling, themaVoorCode } from '../../domain/politie/themakoppeling.ts';
import { laadWerkruimte } from '../cyclus/stand.ts';
import { volgPolitieReeksen } from '../monitoring/politiereeks.ts';
import type { Db, Queryable } from '../db/db.ts';
import { Lezer, type ParallelOpties, standaardParallel, startLeesWerker } from './parallel.ts';
import { meegeleverdeRegio, regiolijst } from './regiolijst.ts';
import { laadAfwijkingen } from './themakoppeling.ts';

export interface Voortgang {
  fase: 'wachten' | 'lezen' | 'opslaan' | 'klaar';
  bytesGelezen: number;
  /** Grootte van het bestand, als die bekend is. */
  bytesTotaal: number | null;
  regelsGelezen: number;
  fouten: number;
}

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
  /** Parallel lezen (standaard vanaf 4 MiB, in segmenten van 2 MiB); tests kiezen kleinere waarden. */
  parallel?: Partial<ParallelOpties>;
}

export interface ImportSamenvatting {
  importId: string;
  bestandsnaam: string;
  sha256: string;
  /** Eerdere imports van precies hetzelfde bestand; de cijfers zijn dan niet verdubbeld, maar opnieuw gezet. */
  eerderIngelezen: { importId: string; klaarOp: string }[];
  formaat: FormaatNaam;
  formaatNaam: string;
  codering: Uitkomst['codering'];
  regeleinde: Uitkomst['regeleinde'];
  bytes: number;
  regelsGelezen: number;
  regelsGeimporteerd: number;
  onbekendeWaarden: number;
  geweigerdeRegels: FouteRegel[];
  geweigerdTotaal: number;
  /** Codes die niet bij de 59 soorten van CBS horen: niet ingelezen, wel gemeld. */
  onbekendeSoorten: (OnbekendeSoort & { titel: string | null })[];
  /** Soorten die (in deze werkruimte) bij geen thema horen, met het aantal in dit bestand. */
  zonderThema: { code: string; titel: string; reden: string; aantal: number }[];
  onbekendeRegiocodes: string[];
  zoekGemeenten: Uitkomst['zoekGemeenten'];
  opgelosteNamen: OpgelosteNaam[];
  onopgelosteNamen: OnopgelosteNaam[];
  perioden: { jaren: number[]; maanden: string[]; van: string | null; tot: string | null };
  regios: { aantal: Record<RegioSoort, number>; gemeenten: string[] };
  cellen: number;
  duurMs: number;
}

export type ImportUitslag =
  | { status: 'ingelezen'; samenvatting: ImportSamenvatting }
  | { status: 'geweigerd'; importId: string; reden: string; regel: number | null; fouten: FouteRegel[]; foutenTotaal: number; regelsGelezen: number }
  | { status: 'geannuleerd'; importId: string; regelsGelezen: number };

class Geannuleerd extends Error {}

/** Zolang een import loopt, wachten volgende imports in dit proces (PostgreSQL: ook een advisory lock). */
let wachtrij: Promise<unknown> = Promise.resolve();

type Tabel = 'politie_cijfers' | 'politie_import_buffer';

/** Per COPY hoogstens zoveel regio's (met hun 59 aantallen: een paar MB). */
const REGIOS_PER_COPY = 20_000;

const uitpakken = (kolommen: string) =>
  `select ${kolommen} from (select string_to_array(l, E'\\t') as v from string_to_table($1, E'\\n') as l where l <> '') as r`;

/** De sleutels van de rijen in `tabel` (bij de buffer: van deze import) in de perioden van `rijen`. */
async function bestaandeSleutels(tx: Queryable, tabel: Tabel, rijen: readonly Opslagrij[], importId: string): Promise<Set<string>> {
  const perioden = [...new Set(rijen.map((r) => r.jaar * 16 + r.maand))];
  const { rows } = await tx.query<{ gemeente: string; niveau: RegioSoort; jaar: number; maand: number }>(
    `select gemeente, niveau, jaar, maand from ${tabel}
      where jaar * 16 + maand = any($1::int[]) and ${tabel === 'politie_import_buffer' ? 'import_id = $2' : '$2::uuid is not null'}`,
    [perioden, importId],
  );
  return new Set(rows.map(rijSleutel));
}

/** Haalt de rijen uit `tabel` met dezelfde sleutel als `rijen` weg (bij de buffer: van deze import) en geeft ze terug. */
async function neemBestaandeRijen(tx: Queryable, tabel: Tabel, rijen: readonly Opslagrij[], importId: string): Promise<Map<string, Opslagrij>> {
  const uit = new Map<string, Opslagrij>();
  if (rijen.length === 0) return uit;
  const { rows } = await tx.query<{ gemeente: string; niveau: RegioSoort; jaar: number; maand: number; regios: string[]; aantallen: Uint8Array }>(
    `delete from ${tabel} t
      using (${uitpakken(`v[1] as g, v[2] as n, v[3]::smallint as j, v[4]::smallint as m`)}) as k
      where t.gemeente = k.g and t.niveau = k.n and t.jaar = k.j and t.maand = k.m
        and ${tabel === 'politie_import_buffer' ? 't.import_id = $2' : '$2::uuid is not null'}
      returning t.gemeente, t.niveau, t.jaar, t.maand, t.regios, t.aantallen`,
    [rijen.map(rijSleutel).join('\n'), importId],
  );
  for (const r of rows) {
    const rij: Opslagrij = { gemeente: r.gemeente, niveau: r.niveau, jaar: r.jaar, maand: r.maand, regios: r.regios, aantallen: r.aantallen };
    uit.set(rijSleutel(rij), rij);
  }
  return uit;
}

/**
 * Schrijft opslagrijen weg, samengevoegd met wat er al lag (zie voegSamen): de bestaande rijen gaan
 * eruit en de samengevoegde erin met COPY in het binaire formaat (veel sneller dan INSERT).
 */
async function schrijfRijen(tx: Queryable, tabel: Tabel, rijen: readonly Opslagrij[], importId: string): Promise<void> {
  let van = 0;
  while (van < rijen.length) {
    let tot = van;
    let regios = 0;
    while (tot < rijen.length && (tot === van || regios + rijen[tot]!.regios.length <= REGIOS_PER_COPY)) regios += rijen[tot++]!.regios.length;
    const deel = rijen.slice(van, tot);
    van = tot;
    // Alleen rijen die er al zijn, hoeven eruit en samengevoegd (bij een eerste import: geen).
    const bestaand = await bestaandeSleutels(tx, tabel, deel, importId);
    const oud = await neemBestaandeRijen(tx, tabel, bestaand.size === deel.length ? deel : deel.filter((r) => bestaand.has(rijSleutel(r))), importId);
    const samen = deel.map((n) => {
      const o = oud.get(rijSleutel(n));
      return o ? voegSamen(o, n) : n;
    });
    await tx.kopieerBinair(`${tabel} (gemeente, niveau, jaar, maand, regios, aantallen, import_id)`, copyBinair(samen, importId));
  }
}

/** Zet de buffer van een grote import over naar politie_cijfers, een paar rijen tegelijk. */
async function leegBuffer(tx: Queryable, importId: string): Promise<void> {
  let na: Opslagrij | undefined;
  for (;;) {
    const { rows } = await tx.query<{ gemeente: string; niveau: RegioSoort; jaar: number; maand: number; regios: string[]; aantallen: Uint8Array }>(
      `select gemeente, niveau, jaar, maand, regios, aantallen from politie_import_buffer
        where import_id = $1 and ($2::text is null or (gemeente, niveau, jaar, maand) > ($2, $3, $4::smallint, $5::smallint))
        order by gemeente, niveau, jaar, maand limit 100`,
      [importId, na?.gemeente ?? null, na?.niveau ?? null, na?.jaar ?? null, na?.maand ?? null],
    );
    if (rows.length === 0) return;
    const rijen = rows.map((r) => ({ gemeente: r.gemeente, niveau: r.niveau, jaar: r.jaar, maand: r.maand, regios: r.regios, aantallen: r.aantallen }));
    await schrijfRijen(tx, 'politie_cijfers', rijen, importId);
    na = rijen.at(-1);
  }
}

/** Telt mee wat een blok cellen dekt: regio's per soort, gemeenten en totalen per soort misdrijf. */
class Dekking {
  readonly regios = new Set<string>();
  readonly gemeenten = new Set<string>();
  readonly totalen = new Float64Array(AANTAL_SOORTEN);
  cellen = 0;

  /** Telt de cellen en regio's van een blok; de totalen per soort telt groepeer (met `totalen`). */
  tel(blok: CelBlok): void {
    this.cellen += blok.aantal;
    let vorige = '';
    for (let c = 0; c < blok.aantal; c++) {
      const r = blok.regio[c]!;
      if (r !== vorige) {
        this.regios.add(r);
        vorige = r;
      }
    }
  }

  samenvatting(): ImportSamenvatting['regios'] {
    const aantal: Record<RegioSoort, number> = { land: 0, gemeente: 0, wijk: 0, buurt: 0, overig: 0 };
    for (const r of this.regios) {
      const soort = regioSoort(r);
      aantal[soort]++;
      if (soort === 'gemeente' || soort === 'wijk' || soort === 'buurt') this.gemeenten.add(`GM${r.slice(2, 6)}`);
    }
    return { aantal, gemeenten: [...this.gemeenten].sort() };
  }
}

const leegBlok: CelBlok = { aantal: 0, regio: [], jaar: new Int16Array(0), maand: new Int8Array(0), waarden: new Int32Array(0), status: new Uint8Array(0) };

/**
 * Zet klaar wat een import nodig heeft: de leesthread en de meegeleverde regiolijst. De importpagina
 * en de opdrachtregel roepen dit aan, zodat een import daar niet op hoeft te wachten.
 */
export function bereidImportVoor(): void {
  startLeesWerker();
  regiolijst();
}

/** Leest een bestand met politiecijfers in. Gooit alleen bij een fout van de database of het systeem. */
export async function importeerPolitiecijfers(db: Db, invoer: ImportInvoer): Promise<ImportUitslag> {
  const beurt = wachtrij.then(() => voerUit(db, invoer));
  wachtrij = beurt.catch(() => undefined);
  return beurt;
}

async function voerUit(db: Db, invoer: ImportInvoer): Promise<ImportUitslag> {
  const start = performance.now();
  const gestartOp = new Date();
  const importId = invoer.id ?? randomUUID();
  const voortgang: Voortgang = { fase: 'lezen', bytesGelezen: 0, bytesTotaal: invoer.bytesTotaal ?? null, regelsGelezen: 0, fouten: 0 };
  const meld = () => invoer.opVoortgang?.({ ...voortgang });
  let inlezer: Inlezer | undefined;
  let lezer: Lezer | undefined;
  let buffer = false;
  try {
    if (invoer.signal?.aborted) throw new Geannuleerd();
    // Achtergebleven buffer van een proces dat halverwege stopte.
    await db.query(`delete from politie_import_buffer where aangemaakt_op < now() - interval '1 day'`);

    const werkruimte = invoer.werkruimteId ? await laadWerkruimte(db, invoer.werkruimteId) : undefined;
    const extraRegios: Regio[] = (
      await db.query<{ code: string; naam: string; gemeente: string | null }>('select code, naam, gemeente from politie_regios')
    ).rows.map((r) => ({ code: r.code, naam: r.naam, soort: regioSoort(r.code), gemeente: r.gemeente }));
    const codelijstRegios = invoer.codelijsten?.regios ? leesRegioCodelijst(invoer.codelijsten.regios) : [];
    const soortTitels = invoer.codelijsten?.soorten ? leesSoortCodelijst(invoer.codelijsten.soorten) : new Map<string, string>();
    const regios = regiolijst([...extraRegios, ...codelijstRegios]);
    inlezer = new Inlezer({ regios, gemeenten: invoer.gemeenten ?? werkruimte?.gemeenten.map((g) => g.code) ?? [], maxCellen: invoer.maxCellen });
    lezer = new Lezer(
      inlezer,
      { ...standaardParallel, ...invoer.parallel, ...(invoer.maxCellen ? { maxCellen: Math.max(1, Math.floor(invoer.maxCellen / 2)) } : {}) },
      true,
      invoer.bytesTotaal ?? null,
    );

    const hash = createHash('sha256');
    const dekking = new Dekking();
    meld();
    for await (const stuk of invoer.bron) {
      if (invoer.signal?.aborted) throw new Geannuleerd();
      hash.update(stuk);
      await lezer.verwerk(stuk);
      voortgang.bytesGelezen = lezer.bytesGelezen;
      voortgang.regelsGelezen = lezer.regelsGelezen;
      meld();
      if (inlezer.moetLegen) {
        const blok = inlezer.neemCellen();
        dekking.tel(blok);
        buffer = true;
        await db.transaction((tx) => schrijfRijen(tx, 'politie_import_buffer', groepeer(blok, dekking.totalen), importId));
      }
    }
    await lezer.klaar();
    const uitkomst = inlezer.einde();
    dekking.tel(uitkomst.rest);
    const sha256 = hash.digest('hex');
    voortgang.regelsGelezen = uitkomst.regelsGelezen;
    voortgang.fouten = uitkomst.foutenTotaal;
    voortgang.fase = 'opslaan';
    meld();
    if (invoer.signal?.aborted) throw new Geannuleerd();

    // Per gemeente, niveau en periode, als bytes; telt ook de totalen per soort voor de samenvatting.
    const rijen = groepeer(uitkomst.rest, dekking.totalen);
    uitkomst.rest = leegBlok; // het geheugen van de cellen mag weg voordat de COPY begint

    const afwijkingen = invoer.werkruimteId ? await laadAfwijkingen(db, invoer.werkruimteId) : new Map<string, string | null>();
    const eerder = await db.query<{ id: string; klaar_op: Date }>('select id, klaar_op from politie_imports where sha256 = $1 order by klaar_op', [sha256]);
    const maanden = uitkomst.perioden.filter((p) => p.maand > 0).map(periodeSleutel);
    const samenvatting: ImportSamenvatting = {
      importId,
      bestandsnaam: invoer.bestandsnaam,
      sha256,
      eerderIngelezen: eerder.rows.map((r) => ({ importId: r.id, klaarOp: new Date(r.klaar_op).toISOString() })),
      formaat: uitkomst.formaat.naam,
      formaatNaam: formaatNamen[uitkomst.formaat.naam],
      codering: uitkomst.codering,
      regeleinde: uitkomst.regeleinde,
      bytes: inlezer.bytesGelezen,
      regelsGelezen: uitkomst.regelsGelezen,
      regelsGeimporteerd: uitkomst.regelsGeimporteerd,
      onbekendeWaarden: uitkomst.onbekendeWaarden,
      geweigerdeRegels: uitkomst.fouten,
      geweigerdTotaal: uitkomst.foutenTotaal,
      onbekendeSoorten: uitkomst.onbekendeSoorten.map((o) => ({ ...o, titel: soortTitels.get(o.code.split(/\s/)[0]!) ?? null })),
      zonderThema: zonderThema(dekking.totalen, afwijkingen),
      onbekendeRegiocodes: uitkomst.onbekendeRegiocodes.filter((c) => !codelijstRegios.some((r) => r.code === c)),
      zoekGemeenten: uitkomst.zoekGemeenten,
      opgelosteNamen: uitkomst.opgelosteNamen,
      onopgelosteNamen: uitkomst.onopgelosteNamen,
      perioden: {
        jaren: [...new Set(uitkomst.perioden.map((p) => p.jaar))].sort((a, b) => a - b),
        maanden,
        van: uitkomst.perioden[0] ? periodeSleutel(uitkomst.perioden[0]) : null,
        tot: uitkomst.perioden.at(-1) ? periodeSleutel(uitkomst.perioden.at(-1)!) : null,
      },
      regios: dekking.samenvatting(),
      cellen: dekking.cellen,
      duurMs: 0,
    };

    await db.transaction(async (tx) => {
      if (db.kind === 'postgresql') await tx.query('select pg_advisory_xact_lock(727008)');
      await tx.query(
        `insert into politie_imports (id, bestandsnaam, sha256, formaat, werkruimte_id, gebruiker_id, gestart_op, samenvatting)
         values ($1, $2, $3, $4, $5, $6, $7, '{}')`,
        [importId, invoer.bestandsnaam, sha256, uitkomst.formaat.naam, werkruimte?.id ?? null, invoer.gebruikerId ?? null, gestartOp],
      );
      if (buffer) {
        await leegBuffer(tx, importId);
        await tx.query('delete from politie_import_buffer where import_id = $1', [importId]);
      }
      await schrijfRijen(tx, 'politie_cijfers', rijen, importId);
      for (const r of codelijstRegios) {
        if (regiolijstBevat(r)) continue;
        await tx.query('insert into politie_regios (code, naam, gemeente) values ($1, $2, $3) on conflict (code) do update set naam = excluded.naam, gemeente = excluded.gemeente', [
          r.code,
          r.naam,
          r.gemeente,
        ]);
      }
      samenvatting.duurMs = Math.round(performance.now() - start);
      await tx.query('update politie_imports set samenvatting = $2 where id = $1', [importId, JSON.stringify(samenvatting)]);
      if (invoer.signal?.aborted) throw new Geannuleerd(); // laatste kans: nog niets vastgelegd
    });
    // Effect indicators that follow a police series get the new figures (and their statuses).
    await db.transaction((tx) => volgPolitieReeksen(tx)).catch((err: unknown) => console.warn(`Indicatoren niet bijgewerkt na de import: ${(err as Error).message}`));
    voortgang.fase = 'klaar';
    meld();
    return { status: 'ingelezen', samenvatting };
  } catch (err) {
    lezer?.stop();
    if (buffer) await db.query('delete from politie_import_buffer where import_id = $1', [importId]).catch(() => undefined);
    if (err instanceof Geannuleerd) return { status: 'geannuleerd', importId, regelsGelezen: inlezer?.regelsGelezen ?? 0 };
    if (err instanceof BestandGeweigerd) {
      const uitkomst = inlezer?.tussenstand();
      return {
        status: 'geweigerd',
        importId,
        reden: err.message,
        regel: err.regel ?? null,
        fouten: uitkomst?.fouten ?? [],
        foutenTotaal: uitkomst?.foutenTotaal ?? 0,
        regelsGelezen: uitkomst?.regelsGelezen ?? 0,
      };
    }
    throw err;
  }
}

function regiolijstBevat(r: Regio): boolean {
  return meegeleverdeRegio(r.code)?.naam === r.naam;
}

function zonderThema(totalen: Float64Array, afwijkingen: ReadonlyMap<string, string | null>): ImportSamenvatting['zonderThema'] {
  const lijst: ImportSamenvatting['zonderThema'] = [];
  misdrijfsoorten.forEach((m, i) => {
    if (themaVoorCode(m.code, afwijkingen) !== null) return;
    const standaard = standaardKoppeling.find((k) => k.code === m.code);
    const reden = afwijkingen.has(m.code)
      ? 'de werkruimte koppelt deze soort aan geen thema'
      : standaard && standaard.themaId === null
        ? standaard.reden === 'totaal'
          ? 'totaal van alle soorten; telt niet mee om dubbeltellen te voorkomen'
          : standaard.reden
        : 'geen thema';
    lijst.push({ code: m.code, titel: m.titel, reden, aantal: totalen[i]! });
  });
  return lijst;
}
