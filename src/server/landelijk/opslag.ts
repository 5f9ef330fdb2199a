/**
 * De opslag van het landelijk beeld (issue 17, punt 3; docs/landelijk-beeld.md). Alle SQL van het
 * gebied staat hier:
 * - de ingelezen lijsten met prioriteiten van een landelijke werkruimte (migratie 030);
 * - de prioriteiten uit de gemeentelijke IVP-werkruimtes van deze installatie die het beeld mag zien.
 *
 * Wat het beeld van een gemeentelijke werkruimte ziet (zoals de regio, src/server/regio/opslag.ts):
 * de prioriteiten van een IVP dat de raad van die gemeente vaststelde (een openbaar raadsbesluit) of
 * dat de gemeente deelt (`deelt_met_regio`); van een niet gedeeld concept niets. Met naam alleen als
 * de werkruimte `landelijk_bij_naam` heeft.
 */
import type { Prioriteit as CyclusPrioriteit } from '../../domain/cyclus/inhoud.ts';
import type { Prioriteit } from '../../domain/landelijk/analyse.ts';
import type { PrioriteitRij } from '../../domain/landelijk/prioriteitenlijst.ts';
import type { Queryable } from '../db/db.ts';

export interface LandelijkeImport {
  id: string;
  bestandsnaam: string;
  sha256: string;
  ingelezenOp: string;
  ingelezenDoor: string | null;
  bijNaam: boolean;
  aantal: number;
  gemeenten: number;
  jaren: number[];
}

interface ImportRij {
  id: string;
  bestandsnaam: string;
  sha256: string;
  ingelezen_op: Date | string;
  naam: string | null;
  bij_naam: boolean;
  aantal: number;
  gemeenten: number;
  jaren: number[] | null;
}

const alsIso = (d: Date | string) => new Date(d).toISOString();

const importSelect = `select i.id, i.bestandsnaam, i.sha256, i.ingelezen_op, g.naam, i.bij_naam, i.aantal,
    (select count(distinct p.gemeentecode)::int from landelijk_prioriteiten p where p.import_id = i.id) as gemeenten,
    (select coalesce(array_agg(distinct p.jaar::int order by p.jaar::int), '{}') from landelijk_prioriteiten p where p.import_id = i.id) as jaren
  from landelijk_imports i left join gebruikers g on g.id = i.gebruiker_id`;

const naarImport = (r: ImportRij): LandelijkeImport => ({
  id: r.id,
  bestandsnaam: r.bestandsnaam,
  sha256: r.sha256,
  ingelezenOp: alsIso(r.ingelezen_op),
  ingelezenDoor: r.naam,
  bijNaam: r.bij_naam,
  aantal: r.aantal,
  gemeenten: r.gemeenten,
  jaren: (r.jaren ?? []).map(Number),
});

/** De imports van een landelijke werkruimte, de nieuwste eerst. */
export async function laadImports(db: Queryable, werkruimteId: string): Promise<LandelijkeImport[]> {
  const { rows } = await db.query<ImportRij>(`${importSelect} where i.werkruimte_id = $1 order by i.ingelezen_op desc, i.id`, [werkruimteId]);
  return rows.map(naarImport);
}

export async function laadImport(db: Queryable, werkruimteId: string, importId: string): Promise<LandelijkeImport | undefined> {
  const { rows } = await db.query<ImportRij>(`${importSelect} where i.werkruimte_id = $1 and i.id = $2`, [werkruimteId, importId]);
  return rows[0] ? naarImport(rows[0]) : undefined;
}

/** Een eerdere import van hetzelfde bestand (zelfde sha256) in deze werkruimte. */
export async function zoekZelfdeBestand(db: Queryable, werkruimteId: string, sha256: string): Promise<LandelijkeImport | undefined> {
  const { rows } = await db.query<ImportRij>(`${importSelect} where i.werkruimte_id = $1 and i.sha256 = $2 order by i.ingelezen_op desc limit 1`, [werkruimteId, sha256]);
  return rows[0] ? naarImport(rows[0]) : undefined;
}

/** Bewaart een import met al haar rijen (in de transactie van de aanroeper: alles of niets). */
export async function bewaarImport(
  tx: Queryable,
  imp: { id: string; werkruimteId: string; bestandsnaam: string; sha256: string; gebruikerId: string; bijNaam: boolean },
  rijen: readonly PrioriteitRij[],
): Promise<void> {
  await tx.query('insert into landelijk_imports (id, werkruimte_id, bestandsnaam, sha256, gebruiker_id, bij_naam, aantal) values ($1, $2, $3, $4, $5, $6, $7)', [
    imp.id,
    imp.werkruimteId,
    imp.bestandsnaam,
    imp.sha256,
    imp.gebruikerId,
    imp.bijNaam,
    rijen.length,
  ]);
  // In blokken, zodat één parameter niet onbegrensd groot wordt (hoogstens 20.000 rijen per bestand).
  for (let i = 0; i < rijen.length; i += 2000) {
    const blok = rijen.slice(i, i + 2000).map((r) => ({ regel: r.regel, gemeentecode: r.gemeentecode, jaar: r.jaar, titel: r.titel, themas: r.themas && r.themas.length > 0 ? r.themas : null }));
    await tx.query(
      `insert into landelijk_prioriteiten (import_id, regel, gemeentecode, jaar, titel, themas)
        select $1, x.regel, x.gemeentecode, x.jaar, x.titel, x.themas
          from jsonb_to_recordset($2::jsonb) as x(regel int, gemeentecode text, jaar int, titel text, themas jsonb)`,
      [imp.id, JSON.stringify(blok)],
    );
  }
}

/** Verwijdert een import met haar rijen; false als ze (in deze werkruimte) niet bestaat. */
export async function verwijderImport(tx: Queryable, werkruimteId: string, importId: string): Promise<boolean> {
  const { rows } = await tx.query<{ id: string }>('delete from landelijk_imports where werkruimte_id = $1 and id = $2 returning id', [werkruimteId, importId]);
  return rows.length > 0;
}

/** Alle ingelezen prioriteiten van een landelijke werkruimte, met de instemming van hun import. */
export async function laadGeimporteerdePrioriteiten(db: Queryable, werkruimteId: string): Promise<Prioriteit[]> {
  const { rows } = await db.query<{ gemeentecode: string; jaar: number; titel: string; themas: string[] | null; bij_naam: boolean }>(
    `select p.gemeentecode, p.jaar::int as jaar, p.titel, p.themas, i.bij_naam
       from landelijk_prioriteiten p join landelijk_imports i on i.id = p.import_id
      where i.werkruimte_id = $1 order by i.ingelezen_op, p.regel`,
    [werkruimteId],
  );
  return rows.map((r) => ({
    gemeentecode: r.gemeentecode,
    jaar: Number(r.jaar),
    titel: r.titel,
    ...(r.themas && r.themas.length > 0 ? { themas: r.themas } : {}),
    bron: 'import' as const,
    naamZichtbaar: r.bij_naam,
  }));
}

interface PlanRij {
  id: string;
  cbs_code: string;
  deelnemers: string[];
  deelt_met_regio: boolean;
  landelijk_bij_naam: boolean;
  periode_van: number | null;
  aangemaakt_op: Date | string;
}

/**
 * De prioriteiten uit alle gemeentelijke IVP-werkruimtes van deze installatie (niet de regionale of
 * landelijke) die vastgesteld zijn of die de gemeente deelt. Elk plan telt met zijn eerste jaar
 * (periode_van; zonder periode het jaar waarin de werkruimte gemaakt is). Bij een gezamenlijk IVP
 * telt een gezamenlijke prioriteit voor elke deelnemende gemeente die het plan vaststelde of (met de
 * werkruimte) deelt, een lokale alleen voor haar eigen gemeente. Thema's zijn die van de gemeente
 * zelf; een prioriteit zonder thema wordt door de analyse geclassificeerd.
 */
export async function laadWerkruimtePrioriteiten(db: Queryable): Promise<{ prioriteiten: Prioriteit[]; plannen: number }> {
  const { rows } = await db.query<PlanRij>(
    `select id, cbs_code, deelnemers, deelt_met_regio, landelijk_bij_naam, periode_van, aangemaakt_op from werkruimtes
      where soort = 'ivp' and regiosoort is null`,
  );
  if (rows.length === 0) return { prioriteiten: [], plannen: 0 };
  const ids = rows.map((r) => r.id);
  const { rows: besluiten } = await db.query<{ werkruimte_id: string; gemeentecode: string }>(
    `select distinct werkruimte_id, gemeentecode from besluiten
      where werkruimte_id = any($1::uuid[]) and document = 'ivp' and soort = 'vastgesteld' and orgaan = 'Raad'`,
    [ids],
  );
  const vastgesteld = new Set(besluiten.map((b) => `${b.werkruimte_id}|${b.gemeentecode}`));
  const { rows: delen } = await db.query<{ werkruimte_id: string; inhoud: CyclusPrioriteit[] | null }>(
    "select werkruimte_id, inhoud from cyclusdelen where werkruimte_id = any($1::uuid[]) and sleutel = 'prioriteiten'",
    [ids],
  );
  const inhoudVan = new Map(delen.map((d) => [d.werkruimte_id, d.inhoud ?? []] as const));
  const prioriteiten: Prioriteit[] = [];
  let plannen = 0;
  for (const r of rows) {
    const lijst = inhoudVan.get(r.id) ?? [];
    if (lijst.length === 0) continue;
    const gezamenlijk = r.deelnemers.length > 0;
    const jaar = r.periode_van ?? new Date(r.aangemaakt_op).getUTCFullYear();
    let telt = false;
    for (const code of [r.cbs_code, ...r.deelnemers]) {
      const isVastgesteld = vastgesteld.has(`${r.id}|${code}`) || (!gezamenlijk && vastgesteld.has(`${r.id}|`));
      if (!isVastgesteld && !r.deelt_met_regio) continue;
      for (const p of lijst) {
        if (p.gemeentecode && p.gemeentecode !== code) continue;
        const themas = [...(p.themaIds ?? []), ...(p.strategischeIds ?? [])];
        prioriteiten.push({
          gemeentecode: code,
          jaar,
          titel: p.titel,
          ...(themas.length > 0 ? { themas } : {}),
          bron: 'werkruimte',
          naamZichtbaar: r.landelijk_bij_naam,
        });
        telt = true;
      }
    }
    if (telt) plannen++;
  }
  return { prioriteiten, plannen };
}
