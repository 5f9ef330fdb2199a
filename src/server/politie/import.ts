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
  WAARDE,
} from '../../domain/politie/inlezen.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import type { OnopgelosteNaam, OpgelosteNaam } from '../../domain/politie/naamresolutie.ts';
import { periodeSleutel } from '../../domain/politie/perioden.ts';
import { gemeenteVanCode, type Regio, regioSoort, type RegioSoort } from '../../domain/politie/regios.ts';
import { standaardKoppeling, themaVoorCode } from '../../domain/politie/themakoppeling.ts';
import { laadWerkruimte } from '../cyclus/stand.ts';
import { volgPolitieReeksen } from '../monitoring/politiereeks.ts';
import type { Db, Queryable } from '../db/db.ts';
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

const TAB = 0x09;

function schrijfTekst(buf: Uint8Array, p: number, t: string): number {
  for (let i = 0; i < t.length; i++) buf[p++] = t.charCodeAt(i);
  return p;
}

/** De cijfers van 0 t/m 999 als bytes: de meeste aantallen zijn klein. */
const kleineGetallen = Array.from({ length: 1000 }, (_, n) => Uint8Array.from(String(n), (c) => c.charCodeAt(0)));

function schrijfGetal(buf: Uint8Array, p: number, n: number): number {
  if (n < 1000) {
    const b = kleineGetallen[n]!;
    buf.set(b, p);
    return p + b.length;
  }
  return schrijfTekst(buf, p, String(n));
}

const NULL = Uint8Array.from('NULL', (c) => c.charCodeAt(0));

/**
 * De cellen als tekst voor string_to_table: per regel `regio<TAB>gemeente<TAB>jaar<TAB>maand<TAB>{a,b,NULL,...}`.
 * Regiocodes zijn ASCII (zie REGIOCODE), dus één byte per teken.
 */
export function celTekst(blok: CelBlok, van: number, tot: number): string {
  const buf = Buffer.allocUnsafe((tot - van) * (40 + AANTAL_SOORTEN * 11));
  let p = 0;
  for (let c = van; c < tot; c++) {
    const regio = blok.regio[c]!;
    p = schrijfTekst(buf, p, regio);
    buf[p++] = TAB;
    const gemeente = gemeenteVanCode(regio);
    if (gemeente) p = schrijfTekst(buf, p, gemeente);
    buf[p++] = TAB;
    p = schrijfGetal(buf, p, blok.jaar[c]!);
    buf[p++] = TAB;
    p = schrijfGetal(buf, p, blok.maand[c]!);
    buf[p++] = TAB;
    buf[p++] = 0x7b; // {
    const basis = c * AANTAL_SOORTEN;
    for (let s = 0; s < AANTAL_SOORTEN; s++) {
      if (s > 0) buf[p++] = 0x2c;
      if (blok.status[basis + s] === WAARDE) p = schrijfGetal(buf, p, blok.waarden[basis + s]!);
      else {
        buf.set(NULL, p);
        p += 4;
      }
    }
    buf[p++] = 0x7d; // }
    buf[p++] = 0x0a;
  }
  return buf.toString('latin1', 0, p);
}

const uitpakken = `select v[1] as regio, nullif(v[2], '') as gemeente, v[3]::smallint as jaar, v[4]::smallint as maand, v[5]::integer[] as aantallen
    from (select string_to_array(l, E'\\t') as v from string_to_table($1, E'\\n') as l where l <> '') as r`;

/** Nieuwe waarden gaan voor; onbekend (null) in de nieuwe laat een bekende oude waarde staan. */
const samenvoegen = (nieuw: string, oud: string) =>
  `case when array_position(${nieuw}, null) is null then ${nieuw}
        else (select array_agg(coalesce(n, o) order by i) from unnest(${nieuw}, ${oud}) with ordinality as x(n, o, i)) end`;

/** Per statement hoogstens zoveel cellen (een tekst van enkele MB's). */
const CELLEN_PER_STATEMENT = 2_500;

async function schrijfCellen(tx: Queryable, blok: CelBlok, importId: string, naarBuffer: boolean): Promise<void> {
  for (let van = 0; van < blok.aantal; van += CELLEN_PER_STATEMENT) {
    const tekst = celTekst(blok, van, Math.min(blok.aantal, van + CELLEN_PER_STATEMENT));
    if (naarBuffer) {
      await tx.query(
        `insert into politie_import_buffer as t (import_id, regio, gemeente, jaar, maand, aantallen)
         select $2::uuid, regio, gemeente, jaar, maand, aantallen from (${uitpakken}) as u
         on conflict (import_id, regio, jaar, maand) do update set aantallen = ${samenvoegen('excluded.aantallen', 't.aantallen')}`,
        [tekst, importId],
      );
    } else {
      await tx.query(
        `insert into politie_cijfers as t (regio, gemeente, jaar, maand, aantallen, import_id)
         select regio, gemeente, jaar, maand, aantallen, $2::uuid from (${uitpakken}) as u
         on conflict (regio, jaar, maand) do update set
           aantallen = ${samenvoegen('excluded.aantallen', 't.aantallen')}, gemeente = excluded.gemeente, import_id = excluded.import_id`,
        [tekst, importId],
      );
    }
  }
}

/** Telt mee wat een blok cellen dekt: regio's per soort, gemeenten en totalen per soort misdrijf. */
class Dekking {
  readonly regios = new Set<string>();
  readonly gemeenten = new Set<string>();
  readonly totalen = new Float64Array(AANTAL_SOORTEN);
  cellen = 0;

  tel(blok: CelBlok): void {
    this.cellen += blok.aantal;
    let vorige = '';
    for (let c = 0; c < blok.aantal; c++) {
      const r = blok.regio[c]!;
      if (r !== vorige) {
        this.regios.add(r);
        vorige = r;
      }
      const basis = c * AANTAL_SOORTEN;
      for (let s = 0; s < AANTAL_SOORTEN; s++) if (blok.status[basis + s] === WAARDE) this.totalen[s]! += blok.waarden[basis + s]!;
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

    const hash = createHash('sha256');
    const dekking = new Dekking();
    meld();
    for await (const stuk of invoer.bron) {
      if (invoer.signal?.aborted) throw new Geannuleerd();
      inlezer.verwerk(stuk);
      hash.update(stuk);
      voortgang.bytesGelezen = inlezer.bytesGelezen;
      voortgang.regelsGelezen = inlezer.regelsGelezen;
      meld();
      if (inlezer.moetLegen) {
        const blok = inlezer.neemCellen();
        dekking.tel(blok);
        buffer = true;
        await db.transaction((tx) => schrijfCellen(tx, blok, importId, true));
      }
    }
    const uitkomst = inlezer.einde();
    dekking.tel(uitkomst.rest);
    const sha256 = hash.digest('hex');
    voortgang.regelsGelezen = uitkomst.regelsGelezen;
    voortgang.fouten = uitkomst.foutenTotaal;
    voortgang.fase = 'opslaan';
    meld();
    if (invoer.signal?.aborted) throw new Geannuleerd();

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
        await tx.query(
          `insert into politie_cijfers as t (regio, gemeente, jaar, maand, aantallen, import_id)
           select regio, gemeente, jaar, maand, aantallen, import_id from politie_import_buffer where import_id = $1
           on conflict (regio, jaar, maand) do update set
             aantallen = ${samenvoegen('excluded.aantallen', 't.aantallen')}, gemeente = excluded.gemeente, import_id = excluded.import_id`,
          [importId],
        );
        await tx.query('delete from politie_import_buffer where import_id = $1', [importId]);
      }
      await schrijfCellen(tx, uitkomst.rest, importId, false);
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
