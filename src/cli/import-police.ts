/**
 * `kernplan import-police <bestand> [--workspace <id of naam>]`: politiecijfers inlezen vanaf de
 * opdrachtregel, met een voortgangsbalk (op een terminal) en dezelfde samenvatting als de
 * importpagina. Exitcode 0: ingelezen; 1: het bestand is geweigerd of de import is afgebroken;
 * 2: verkeerd gebruik (geen bestand, onbekende werkruimte).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../server/config.ts';
import { openDb } from '../server/db/open-db.ts';
import type { Db } from '../server/db/db.ts';
import { bereidImportVoor, importeerPolitiecijfers, type ImportSamenvatting, type ImportUitslag, type Voortgang } from '../server/politie/import.ts';
import { zoekWerkruimtes } from '../server/werkruimte/opslag.ts';
import { appVersion } from '../server/version.ts';
import { ALGEMEEN, verschuifStanden } from '../server/db/standen.ts';
import { dekkingTekst } from '../domain/politie/samenvatting.ts';

export interface ImportOpties {
  werkruimte?: string | undefined;
  regios?: string | undefined;
  soorten?: string | undefined;
  gemeente?: string | undefined;
  json?: boolean;
}

export interface ImportResultaat {
  code: 0 | 1 | 2;
  uitvoer: string;
}

const getal = (n: number) => n.toLocaleString('nl-NL');
const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;

/** De voortgangsbalk als één regel, bv. `[########------------]  40%  52,4 MB van 131 MB  940.000 regels`. */
export function voortgangsbalk(v: Voortgang, breedte = 30): string {
  if (v.fase === 'opslaan') return `Opslaan in de database ... ${getal(v.regelsGelezen)} regels gelezen`;
  const deel = v.bytesTotaal ? Math.min(1, v.bytesGelezen / v.bytesTotaal) : 0;
  const vol = Math.round(deel * breedte);
  const van = v.bytesTotaal ? ` van ${mb(v.bytesTotaal)}` : '';
  return `[${'#'.repeat(vol)}${'-'.repeat(breedte - vol)}] ${String(Math.round(deel * 100)).padStart(3)}%  ${mb(v.bytesGelezen)}${van}  ${getal(v.regelsGelezen)} regels`;
}

function lijst<T>(items: T[], max: number, regel: (t: T) => string): string[] {
  const uit = items.slice(0, max).map((t) => `  ${regel(t)}`);
  if (items.length > max) uit.push(`  ... en nog ${getal(items.length - max)}`);
  return uit;
}

/** De samenvatting na een geslaagde import, zoals de importpagina die ook toont. */
export function formatteerSamenvatting(s: ImportSamenvatting): string {
  const r = s.regios.aantal;
  const regels = [
    `Politiecijfers ingelezen uit ${s.bestandsnaam} (${s.formaatNaam}; ${s.codering}, ${s.regeleinde}).`,
    `Regels gelezen:       ${getal(s.regelsGelezen)}`,
    `Regels ingelezen:     ${getal(s.regelsGeimporteerd)}${s.onbekendeWaarden ? ` (plus ${getal(s.onbekendeWaarden)} met een onbekende waarde, . of leeg)` : ''}`,
    `Regels geweigerd:     ${getal(s.geweigerdTotaal)}`,
    ...lijst(s.geweigerdeRegels, 20, (f) => f.reden),
    `Perioden:             ${s.perioden.jaren.join(', ') || '-'}${s.perioden.maanden.length ? ` (${s.perioden.maanden.length} maanden)` : ''}`,
    `Regio's:              ${[
      r.land && `${r.land} land`,
      r.gemeente && `${getal(r.gemeente)} gemeenten`,
      r.wijk && `${getal(r.wijk)} wijken`,
      r.buurt && `${getal(r.buurt)} buurten`,
      r.overig && `${getal(r.overig)} overige`,
    ]
      .filter(Boolean)
      .join(', ')}${s.regios.gemeenten.length && s.regios.gemeenten.length <= 5 ? ` (${s.regios.gemeenten.join(', ')})` : ''}`,
  ];
  if (s.zonderThema.length) {
    regels.push(`Soorten zonder thema (ingelezen, maar bij geen thema opgeteld):`);
    regels.push(...lijst(s.zonderThema.filter((z) => z.aantal > 0 || z.code === '0.0.0'), 60, (z) => `${z.code} ${z.titel}: ${getal(z.aantal)} (${z.reden})`));
  }
  if (s.onbekendeSoorten.length) {
    regels.push('Onbekende soorten misdrijf (niet ingelezen):');
    regels.push(...lijst(s.onbekendeSoorten, 20, (o) => `${o.code}${o.titel ? ` ${o.titel}` : ''}: ${getal(o.regels)} regels, ${getal(o.aantal)} misdrijven (eerst op regel ${o.eersteRegel})`));
  }
  if (s.onbekendeRegiocodes.length) regels.push(`Regiocodes die niet in de CBS-lijst van 2024 staan (wel ingelezen): ${s.onbekendeRegiocodes.slice(0, 20).join(', ')}${s.onbekendeRegiocodes.length > 20 ? ', ...' : ''}`);
  if (s.dekking) {
    // Which themes and fields the file covers completely (issue 16): the same words as the import page.
    regels.push('Dekking:');
    for (const d of dekkingTekst(s.dekking)) regels.push(`  ${d.kop}`, ...d.regels.map((r) => `    ${r}`));
  }
  if (s.opgelosteNamen.length) {
    regels.push('Regionamen opgelost:');
    regels.push(...lijst(s.opgelosteNamen, 20, (n) => `${n.naam} -> ${n.codes.join(' / ')}: ${n.hoe}`));
  }
  if (s.onopgelosteNamen.length) {
    regels.push('Regionamen niet opgelost (deze regels zijn niet ingelezen):');
    regels.push(...lijst(s.onopgelosteNamen, 20, (n) => `${n.naam} (regel ${n.eersteRegel}, ${getal(n.regels)} regels): ${n.reden}`));
  }
  if (s.eerderIngelezen.length) regels.push(`Dit bestand is eerder ingelezen (${s.eerderIngelezen.length}x); de cijfers zijn opnieuw gezet, niet opgeteld.`);
  regels.push(`Klaar in ${(s.duurMs / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} s. Import-id: ${s.importId}`);
  return regels.join('\n');
}

function formatteerUitslag(u: Exclude<ImportUitslag, { status: 'ingelezen' }>): string {
  if (u.status === 'geannuleerd') return 'De import is geannuleerd; er is niets ingelezen.';
  const regels = [`Het bestand is geweigerd: ${u.reden}`];
  if (u.fouten.length) {
    regels.push(`Foute regels (${getal(u.foutenTotaal)}):`);
    regels.push(...lijst(u.fouten, 20, (f) => f.reden));
  }
  regels.push('Er is niets ingelezen.');
  return regels.join('\n');
}

async function zoekWerkruimte(db: Db, zoek: string): Promise<{ id: string } | string> {
  const rows = await zoekWerkruimtes(db, zoek);
  const exact = rows.filter((r) => r.id === zoek || r.naam.toLowerCase() === zoek.toLowerCase());
  const kandidaten = exact.length > 0 ? exact : rows;
  if (kandidaten.length === 0) return `Geen werkruimte gevonden met id of naam '${zoek}'.`;
  if (kandidaten.length > 1) return `Meer werkruimtes passen bij '${zoek}':\n${kandidaten.map((r) => `  ${r.id}  ${r.naam}`).join('\n')}\nGeef het id of de volledige naam.`;
  return { id: kandidaten[0]!.id };
}

function leesCodelijst(pad: string | undefined, welke: string): Uint8Array | string | undefined {
  if (!pad) return undefined;
  try {
    return readFileSync(pad);
  } catch (err) {
    return `De codelijst van ${welke} ${pad} is niet te lezen (${(err as NodeJS.ErrnoException).code ?? 'fout'}).`;
  }
}

export async function importPolice(bestand: string, opties: ImportOpties = {}, toon: (regel: string) => void = () => undefined): Promise<ImportResultaat> {
  let grootte: number;
  try {
    const st = statSync(bestand);
    if (!st.isFile()) return { code: 2, uitvoer: `${bestand} is geen bestand.` };
    grootte = st.size;
  } catch (err) {
    return { code: 2, uitvoer: `Het bestand ${bestand} is niet te lezen (${(err as NodeJS.ErrnoException).code ?? 'fout'}).` };
  }
  if (opties.gemeente && !/^GM\d{4}$/.test(opties.gemeente)) return { code: 2, uitvoer: `--gemeente verwacht een CBS-gemeentecode zoals GM0363, niet '${opties.gemeente}'.` };
  const regios = leesCodelijst(opties.regios, "regio's");
  const soorten = leesCodelijst(opties.soorten, 'soorten misdrijf');
  for (const c of [regios, soorten]) if (typeof c === 'string') return { code: 2, uitvoer: c };

  bereidImportVoor(); // de leesthread start terwijl de database opent
  const { db } = await openDb(readConfig(), appVersion);
  const stop = new AbortController();
  const annuleer = () => stop.abort();
  process.once('SIGINT', annuleer);
  try {
    let werkruimteId: string | null = null;
    if (opties.werkruimte) {
      const w = await zoekWerkruimte(db, opties.werkruimte);
      if (typeof w === 'string') return { code: 2, uitvoer: w };
      werkruimteId = w.id;
    }
    let laatst = 0;
    const u = await importeerPolitiecijfers(db, {
      bron: createReadStream(bestand, { highWaterMark: 1 << 20 }),
      bestandsnaam: path.basename(bestand),
      bytesTotaal: grootte,
      werkruimteId,
      ...(opties.gemeente ? { gemeenten: [opties.gemeente] } : {}),
      codelijsten: { regios: regios as Uint8Array | undefined, soorten: soorten as Uint8Array | undefined },
      signal: stop.signal,
      opVoortgang: (v) => {
        const nu = performance.now();
        if (v.fase === 'lezen' && nu - laatst < 100) return;
        laatst = nu;
        toon(voortgangsbalk(v));
      },
    });
    if (opties.json) return { code: u.status === 'ingelezen' ? 0 : 1, uitvoer: JSON.stringify(u, null, 2) };
    if (u.status === 'ingelezen') return { code: 0, uitvoer: formatteerSamenvatting(u.samenvatting) };
    return { code: 1, uitvoer: formatteerUitslag(u) };
  } finally {
    process.removeListener('SIGINT', annuleer);
    // Police figures are shared by all workspaces: a running server makes its answers anew (ADR 0017).
    await verschuifStanden(db, [ALGEMEEN]).catch(() => undefined);
    await db.close();
  }
}
