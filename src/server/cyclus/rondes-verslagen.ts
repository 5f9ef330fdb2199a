/**
 * The rounds as they were (issue 15): loading a round, its participants and rankings, and the record
 * of the finished rounds for the IVP's account. Apart from rondes-opslag.ts, which also reads police
 * figures and indicators for the proposal, so that the state of the cycle (stand.ts) can load the
 * record without an import cycle.
 */
import type { Blok } from '../../domain/cyclus/document.ts';
import { berekenUitslag, type Deelnemer, type Inzending, type RangordeItem, type Ronde, type RondeGroep, type RondeStatus, type RondeWijze, rondeVerslag } from '../../domain/cyclus/ronde.ts';
import type { Queryable } from '../db/db.ts';

export interface RondeMetVersie extends Ronde {
  versie: number;
  werkruimteId: string;
}

export interface RondeRij {
  id: string;
  werkruimte_id: string;
  naam: string;
  groep: RondeGroep;
  wijze: RondeWijze;
  punten: number;
  anoniem: boolean;
  status: RondeStatus;
  datum: string | Date | null;
  thema_ids: string[];
  werkgroep_argumenten: Record<string, string>;
  overgenomen_thema_ids: string[] | null;
  versie: number;
}

export const kolommen = 'id, werkruimte_id, naam, groep, wijze, punten, anoniem, status, datum, thema_ids, werkgroep_argumenten, overgenomen_thema_ids, versie';

/** A date column as ISO day; PGlite and node-postgres both give a Date at local midnight (or a string). */
export function dag(d: string | Date | null): string | null {
  if (d === null) return null;
  if (typeof d === 'string') return d.slice(0, 10);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function naarRonde(r: RondeRij): RondeMetVersie {
  return {
    id: r.id,
    werkruimteId: r.werkruimte_id,
    naam: r.naam,
    groep: r.groep,
    wijze: r.wijze,
    punten: r.punten,
    anoniem: r.anoniem,
    status: r.status,
    datum: dag(r.datum),
    themaIds: r.thema_ids,
    werkgroepArgumenten: r.werkgroep_argumenten ?? {},
    overgenomen: r.overgenomen_thema_ids,
    versie: r.versie,
  };
}

/** The participants by name, and whether they submitted a ranking. */
export async function laadDeelnemers(db: Queryable, rondeId: string): Promise<Deelnemer[]> {
  const { rows } = await db.query<{ gebruiker_id: string; naam: string; ingevuld: boolean }>(
    `select d.gebruiker_id, g.naam, x.gebruiker_id is not null as ingevuld
       from prioriteringsronde_deelnemers d
       join gebruikers g on g.id = d.gebruiker_id
       left join prioriteringsronde_rangordes x on x.ronde_id = d.ronde_id and x.gebruiker_id = d.gebruiker_id
      where d.ronde_id = $1
      order by g.naam, d.gebruiker_id`,
    [rondeId],
  );
  return rows.map((r) => ({ gebruikerId: r.gebruiker_id, naam: r.naam, ingevuld: r.ingevuld }));
}

/** Every submitted ranking, with the participant's name (the domain leaves names out of anonymous rounds). */
export async function laadInzendingen(db: Queryable, rondeId: string): Promise<Inzending[]> {
  const { rows } = await db.query<{ gebruiker_id: string; naam: string; rangorde: RangordeItem[] }>(
    `select x.gebruiker_id, g.naam, x.rangorde
       from prioriteringsronde_rangordes x join gebruikers g on g.id = x.gebruiker_id
      where x.ronde_id = $1
      order by x.gebruiker_id`,
    [rondeId],
  );
  return rows.map((r) => ({ gebruikerId: r.gebruiker_id, naam: r.naam, rangorde: r.rangorde }));
}

/**
 * The records of the closed and carried-over rounds of a workspace, oldest first, as document blocks
 * for the IVP's account (rondeVerslag: anonymous rounds without names). Empty without such rounds.
 */
export async function laadRondeVerslagen(db: Queryable, werkruimteId: string): Promise<Blok[]> {
  const { rows } = await db.query<RondeRij>(
    `select ${kolommen} from prioriteringsrondes where werkruimte_id = $1 and status in ('gesloten', 'overgenomen') order by aangemaakt_op, id`,
    [werkruimteId],
  );
  const blokken: Blok[] = [];
  for (const r of rows.map(naarRonde)) {
    const deelnemers = await laadDeelnemers(db, r.id);
    blokken.push(...rondeVerslag(r, berekenUitslag(r, await laadInzendingen(db, r.id), deelnemers.length), deelnemers));
  }
  return blokken;
}
