/**
 * The store of the prioritisation rounds (issue 15): rounds, their participants and rankings, the
 * round's version (ADR 0012: one conditional statement), the data of the proposal (police figures,
 * indicators, the analysis text) and the carrying over of the outcome into the priorities. All SQL of
 * the rounds lives here; the proposal reuses the stores of the other areas.
 */
import { controleerPrioriteiten, uitlegMaximum } from '../../domain/cyclus/prioriteiten.ts';
import type { Prioriteit, Prioriteringssessie } from '../../domain/cyclus/inhoud.ts';
import {
  bouwVoorstel,
  indicatorStatusTekst,
  kortIn,
  type RangordeItem,
  type Ronde,
  type RondeGroep,
  type RondeStatus,
  type RondeWijze,
  trendVan,
  type Voorstel,
  type VoorstelCijfers,
  type VoorstelIndicator,
} from '../../domain/cyclus/ronde.ts';
import { vindThema } from '../../domain/kennisbank/kennisbank.ts';
import { indicatorOverzicht } from '../../domain/monitoring/dashboard.ts';
import { eenheidNamen } from '../../domain/monitoring/typen.ts';
import { type Lidmaatschap, magOnderdeelZien } from '../../domain/toegang/rollen.ts';
import { laadSecties } from '../analyse/opslag.ts';
import type { Queryable } from '../db/db.ts';
import { cyclusdeelRij, verhoogVersie, volgendeVersie, type VersieRij } from '../db/versies.ts';
import { laadIndicatoren, laadMonitoring } from '../monitoring/opslag.ts';
import { inwonersPerThema } from '../inwoners/opslag.ts';
import { overzichtVoorWerkruimte } from '../politie/cijfers.ts';
import { legWijzigingVast } from '../werkruimte/geschiedenis.ts';
import { laadDeel, schrijfDeel, standaardInhoud, type WerkruimteKop } from './opslag.ts';
import { dag, kolommen, naarRonde, type RondeMetVersie, type RondeRij } from './rondes-verslagen.ts';

export { laadDeelnemers, laadInzendingen, laadRondeVerslagen, type RondeMetVersie } from './rondes-verslagen.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (x: string) => UUID.test(x);

/** A round of this workspace, or undefined (also for an id that is no uuid). `slot`: 'deel' or 'wijzig' locks the row. */
export async function laadRonde(db: Queryable, werkruimteId: string, rondeId: string, slot: 'deel' | 'wijzig' | null = null): Promise<RondeMetVersie | undefined> {
  if (!isUuid(rondeId)) return undefined;
  const { rows } = await db.query<RondeRij>(
    `select ${kolommen} from prioriteringsrondes where id = $1 and werkruimte_id = $2${slot === 'deel' ? ' for share' : slot === 'wijzig' ? ' for update' : ''}`,
    [rondeId, werkruimteId],
  );
  return rows[0] ? naarRonde(rows[0]) : undefined;
}

export interface RondeInLijst {
  id: string;
  naam: string;
  groep: RondeGroep;
  wijze: RondeWijze;
  status: RondeStatus;
  anoniem: boolean;
  datum: string | null;
  aantalUitgenodigd: number;
  aantalIngevuld: number;
  ikDoeMee: boolean;
  ikHebIngevuld: boolean;
}

/** The rounds of a workspace, newest first; with `alleenEigen` only those the user takes part in. */
export async function laadRondes(db: Queryable, werkruimteId: string, gebruikerId: string, alleenEigen: boolean): Promise<RondeInLijst[]> {
  const { rows } = await db.query<RondeRij & { uitgenodigd: number; ingevuld: number; doet_mee: boolean; heeft_ingevuld: boolean }>(
    `select ${kolommen.split(', ').map((k) => `r.${k}`).join(', ')},
            (select count(*)::int from prioriteringsronde_deelnemers d where d.ronde_id = r.id) as uitgenodigd,
            (select count(*)::int from prioriteringsronde_rangordes x where x.ronde_id = r.id) as ingevuld,
            exists (select 1 from prioriteringsronde_deelnemers d where d.ronde_id = r.id and d.gebruiker_id = $2) as doet_mee,
            exists (select 1 from prioriteringsronde_rangordes x where x.ronde_id = r.id and x.gebruiker_id = $2) as heeft_ingevuld
       from prioriteringsrondes r
      where r.werkruimte_id = $1
      order by r.aangemaakt_op desc, r.id`,
    [werkruimteId, gebruikerId],
  );
  return rows
    .filter((r) => !alleenEigen || r.doet_mee)
    .map((r) => ({
      id: r.id,
      naam: r.naam,
      groep: r.groep,
      wijze: r.wijze,
      status: r.status,
      anoniem: r.anoniem,
      datum: dag(r.datum),
      aantalUitgenodigd: r.uitgenodigd,
      aantalIngevuld: r.ingevuld,
      ikDoeMee: r.doet_mee,
      ikHebIngevuld: r.heeft_ingevuld,
    }));
}

export async function isDeelnemer(db: Queryable, rondeId: string, gebruikerId: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from prioriteringsronde_deelnemers where ronde_id = $1 and gebruiker_id = $2', [rondeId, gebruikerId]);
  return rows.length > 0;
}

export async function laadMijnRangorde(db: Queryable, rondeId: string, gebruikerId: string): Promise<{ rangorde: RangordeItem[]; ontvangenOp: string } | null> {
  const { rows } = await db.query<{ rangorde: RangordeItem[]; ontvangen_op: Date }>(
    'select rangorde, ontvangen_op from prioriteringsronde_rangordes where ronde_id = $1 and gebruiker_id = $2',
    [rondeId, gebruikerId],
  );
  return rows[0] ? { rangorde: rows[0].rangorde, ontvangenOp: new Date(rows[0].ontvangen_op).toISOString() } : null;
}

/** Stores (or replaces) a participant's ranking; returns when it was received. */
export async function bewaarRangorde(tx: Queryable, rondeId: string, gebruikerId: string, rangorde: RangordeItem[]): Promise<string> {
  const { rows } = await tx.query<{ ontvangen_op: Date }>(
    `insert into prioriteringsronde_rangordes (ronde_id, gebruiker_id, rangorde) values ($1, $2, $3)
     on conflict (ronde_id, gebruiker_id) do update set rangorde = excluded.rangorde, ontvangen_op = now()
     returning ontvangen_op`,
    [rondeId, gebruikerId, JSON.stringify(rangorde)],
  );
  return new Date(rows[0]!.ontvangen_op).toISOString();
}

export async function aantalInzendingen(db: Queryable, rondeId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from prioriteringsronde_rangordes where ronde_id = $1', [rondeId]);
  return rows[0]?.n ?? 0;
}

/**
 * The members a group invites by default: raad -> role raad; college -> role beslisser; driehoek ->
 * beslisser and members of a police or OM organisation; werkgroep -> coordinator, redacteur, partner.
 */
export async function standaardDeelnemers(db: Queryable, werkruimteId: string, groep: RondeGroep): Promise<string[]> {
  const voorwaarde = {
    raad: `l.rol = 'raad'`,
    college: `l.rol = 'beslisser'`,
    driehoek: `(l.rol = 'beslisser' or (o.soort in ('politie', 'om') and l.rol <> 'lezer' and l.rol <> 'raad'))`,
    werkgroep: `l.rol in ('coordinator', 'redacteur', 'partner')`,
  }[groep];
  const { rows } = await db.query<{ gebruiker_id: string }>(
    `select l.gebruiker_id from leden l join gebruikers g on g.id = l.gebruiker_id join organisaties o on o.id = g.organisatie_id
      where l.werkruimte_id = $1 and g.actief and ${voorwaarde}
      order by g.naam, l.gebruiker_id`,
    [werkruimteId],
  );
  return rows.map((r) => r.gebruiker_id);
}

/** Of these ids, the members of the workspace with their role. */
export async function ledenMetRol(db: Queryable, werkruimteId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const geldig = ids.filter(isUuid);
  if (geldig.length === 0) return new Map();
  const { rows } = await db.query<{ gebruiker_id: string; rol: string }>('select gebruiker_id, rol from leden where werkruimte_id = $1 and gebruiker_id = any($2::uuid[])', [
    werkruimteId,
    geldig,
  ]);
  return new Map(rows.map((r) => [r.gebruiker_id, r.rol]));
}

export interface NieuweRonde {
  naam: string;
  groep: RondeGroep;
  wijze: RondeWijze;
  punten: number;
  anoniem: boolean;
  datum: string | null;
  themaIds: string[];
  werkgroepArgumenten: Record<string, string>;
}

export async function maakRonde(tx: Queryable, werkruimteId: string, r: NieuweRonde, deelnemerIds: readonly string[], gebruikerId: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into prioriteringsrondes (werkruimte_id, naam, groep, wijze, punten, anoniem, datum, thema_ids, werkgroep_argumenten, aangemaakt_door, bijgewerkt_door)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) returning id`,
    [werkruimteId, r.naam, r.groep, r.wijze, r.punten, r.anoniem, r.datum, r.themaIds, JSON.stringify(r.werkgroepArgumenten), gebruikerId],
  );
  const id = rows[0]!.id;
  await zetDeelnemers(tx, id, deelnemerIds);
  return id;
}

/** The participant list becomes exactly these ids; who is taken off loses his ranking. */
export async function zetDeelnemers(tx: Queryable, rondeId: string, ids: readonly string[]): Promise<void> {
  await tx.query('delete from prioriteringsronde_deelnemers where ronde_id = $1 and not (gebruiker_id = any($2::uuid[]))', [rondeId, ids]);
  await tx.query(
    `insert into prioriteringsronde_deelnemers (ronde_id, gebruiker_id) select $1, unnest($2::uuid[]) on conflict do nothing`,
    [rondeId, ids],
  );
}

/**
 * Moves the round from version `verwacht` to the next in one conditional statement (ADR 0012): of
 * concurrent writers with the same ETag exactly one gets the new version, the others null.
 */
export async function neemRondeVersie(tx: Queryable, rondeId: string, verwacht: number, gebruikerId: string): Promise<number | null> {
  return volgendeVersie(tx, rondeRij(rondeId, gebruikerId), verwacht);
}

/** For a change merged on the server (the overname): the next version whatever it is, locking the row. */
export async function verhoogRondeVersie(tx: Queryable, rondeId: string, gebruikerId: string): Promise<number | null> {
  return verhoogVersie(tx, rondeRij(rondeId, gebruikerId));
}

/** The version row of a round (ADR 0012: versions change only through db/versies.ts). */
function rondeRij(rondeId: string, gebruikerId: string): VersieRij {
  return { tabel: 'prioriteringsrondes', sleutel: { id: rondeId }, zet: { bijgewerkt_op: new Date().toISOString(), bijgewerkt_door: gebruikerId } };
}

export interface RondeWijziging {
  naam?: string;
  status?: RondeStatus;
  datum?: string | null;
  anoniem?: boolean;
  werkgroepArgumenten?: Record<string, string>;
  overgenomen?: string[];
}

/** Writes the changed fields of a round (its version was taken before, in the same transaction). */
export async function wijzigRonde(tx: Queryable, rondeId: string, w: RondeWijziging): Promise<void> {
  const velden: [string, unknown][] = [];
  if (w.naam !== undefined) velden.push(['naam', w.naam]);
  if (w.status !== undefined) velden.push(['status', w.status]);
  if (w.datum !== undefined) velden.push(['datum', w.datum]);
  if (w.anoniem !== undefined) velden.push(['anoniem', w.anoniem]);
  if (w.werkgroepArgumenten !== undefined) velden.push(['werkgroep_argumenten', JSON.stringify(w.werkgroepArgumenten)]);
  if (w.overgenomen !== undefined) velden.push(['overgenomen_thema_ids', w.overgenomen]);
  if (velden.length === 0) return;
  await tx.query(`update prioriteringsrondes set ${velden.map(([k], i) => `${k} = $${i + 2}`).join(', ')} where id = $1`, [rondeId, ...velden.map(([, v]) => v)]);
}

// --- The proposal -------------------------------------------------------------------------------

/**
 * The data of the proposal, as this member may see it (`lid` null: nothing confidential, for the Word
 * document). Police figures of the workspace's own municipality per theme (with its theme mapping and
 * population), the indicators linked to the theme (its own themaId, or a priority that holds it), and
 * the plain text of the theme's analysis section, shortened.
 */
export async function laadVoorstel(db: Queryable, w: WerkruimteKop, ronde: Ronde, lid: Pick<Lidmaatschap, 'vertrouwelijkToegang'> | null): Promise<Voorstel> {
  const gemeente = (await overzichtVoorWerkruimte(db, w.id)).gemeenten.find((g) => g.code === w.gemeentecode);
  const indicatoren = (await laadIndicatoren(db, w.id)).filter((i) => magOnderdeelZien(lid, i));
  const beoordeling = (await laadMonitoring(db, w)).inhoud.beoordeling;
  const prioriteiten = (await laadDeel<Prioriteit[]>(db, w, 'prioriteiten')).inhoud;
  const secties = new Map((await laadSecties(db, w.id)).map((s) => [s.sleutel, s]));

  const cijfers = (themaId: string): VoorstelCijfers | null => {
    const t = gemeente?.themas.find((x) => x.themaId === themaId);
    if (!t || t.reeks.every((r) => r.aantal === null)) return null;
    const jaren = t.reeks.filter((r) => r.aantal !== null).map((r) => ({ jaar: r.jaar, aantal: r.aantal, per1000: r.per1000 }));
    // A sum over only some of the theme's crime types says so (issue 16, point 2).
    const d = t.dekking;
    const onvolledig = d.volledig ? '' : `; onvolledig: ${d.aanwezig.length} van de ${d.codes.length} soorten misdrijf van het thema in de cijfers (${d.aanwezig.join(', ')})`;
    return {
      jaren,
      ...trendVan(jaren),
      bron: `Politie, geregistreerde misdrijven (CBS 47018NED), gemeente ${gemeente!.naam}${jaren.some((j) => j.per1000 !== null) ? `; per 1.000 inwoners met ${gemeente!.inwoners?.bron === 'aangeleverd' ? 'het aangeleverde inwonertal' : 'het inwonertal van het CBS (1 januari 2024)'}` : ''}${onvolledig}`,
    };
  };
  const voorThema = (themaId: string): VoorstelIndicator[] =>
    indicatoren
      .filter((i) => i.themaId === themaId || (i.prioriteitId !== null && prioriteiten.some((p) => p.id === i.prioriteitId && p.themaIds.includes(themaId))))
      .map((i) => {
        const o = indicatorOverzicht(i, beoordeling);
        const laatste = o.metingen.at(-1) ?? null;
        return {
          naam: i.naam,
          eenheid: eenheidNamen[i.eenheid] ?? i.eenheid,
          laatste: laatste ? { periode: laatste.periode, waarde: laatste.waarde } : null,
          status: o.status,
          statusTekst: indicatorStatusTekst(o.status),
        };
      });
  const analyse = (themaId: string): string => {
    const s = secties.get(`thema-${themaId}`);
    if (!s || (s.vertrouwelijk && lid?.vertrouwelijkToegang !== true)) return '';
    return kortIn(s.tekst ?? '', 1500);
  };
  const voorstel = bouwVoorstel(ronde, { cijfers, indicatoren: voorThema, analyse });
  // What residents said (issue 18), beside the figures: counts only, never a text.
  const inwoners = await inwonersPerThema(db, w);
  for (const t of voorstel.themas) t.inwoners = inwoners(t.themaId);
  return voorstel;
}

// --- Carrying the outcome into the priorities ----------------------------------------------------

/**
 * The next version of a cycle part for a write merged on the server (no If-Match): an existing part
 * gets version + 1 with its row locked until the commit; a part never saved is inserted at 1 (a
 * concurrent first writer wins the insert and this one then takes the next version).
 */
async function volgendeDeelVersie(tx: Queryable, w: WerkruimteKop, sleutel: string, gebruikerId: string): Promise<number> {
  const rij = cyclusdeelRij(w.id, sleutel, standaardInhoud(sleutel, w), gebruikerId);
  for (let poging = 0; poging < 3; poging++) {
    const verhoogd = await verhoogVersie(tx, rij);
    if (verhoogd !== null) return verhoogd;
    const eerste = await volgendeVersie(tx, rij, 0);
    if (eerste !== null) return eerste;
  }
  throw new Error(`De versie van ${sleutel} kon niet worden genomen.`);
}

export type OvernameUitkomst =
  | { ok: true; prioriteiten: Prioriteit[]; prioriteitenVersie: number; sessie: Prioriteringssessie; sessieVersie: number; toegevoegd: string[] }
  | { ok: false; reden: string; problemen: { veld: string; reden: string }[] };

/**
 * Appends one priority per theme (title = the theme's name; a theme already in a priority is
 * skipped) as a new version of the priorities, checked by the method's rules, and writes the
 * prioritisation session's record as a new version. Nothing is written when the check fails.
 */
export async function neemOver(tx: Queryable, w: WerkruimteKop, gebruikerId: string, themaIds: readonly string[], sessie: (toegevoegd: string[]) => Prioriteringssessie): Promise<OvernameUitkomst> {
  const prioriteitenVersie = await volgendeDeelVersie(tx, w, 'prioriteiten', gebruikerId);
  const vorig = (await laadDeel<Prioriteit[]>(tx, w, 'prioriteiten')).inhoud;
  const bezet = new Set(vorig.flatMap((p) => p.themaIds));
  const ids = new Set(vorig.map((p) => p.id));
  const toegevoegd = themaIds.filter((t) => !bezet.has(t));
  const nieuw: Prioriteit[] = [...vorig];
  for (const t of toegevoegd) {
    let n = 1;
    while (ids.has(`p${n}`)) n++;
    ids.add(`p${n}`);
    nieuw.push({ id: `p${n}`, titel: vindThema(t)?.naam ?? t, themaIds: [t] });
  }
  const { problemen } = controleerPrioriteiten(nieuw, w.gemeenten);
  if (problemen.length) {
    const maximum = problemen.find((p) => p.reden.includes(uitlegMaximum));
    return { ok: false, reden: maximum ? maximum.reden : `De prioriteiten kloppen niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen };
  }
  await schrijfDeel(tx, w.id, 'prioriteiten', nieuw, prioriteitenVersie, gebruikerId);
  await legWijzigingVast(tx, { werkruimteId: w.id, sleutel: 'cyclus:prioriteiten', gebruikerId, soort: 'cyclus.gewijzigd', voor: vorig, na: nieuw });
  const verslag = sessie(toegevoegd);
  const sessieVersie = await volgendeDeelVersie(tx, w, 'prioriteringssessie', gebruikerId);
  await schrijfDeel(tx, w.id, 'prioriteringssessie', verslag, sessieVersie, gebruikerId);
  await legWijzigingVast(tx, { werkruimteId: w.id, sleutel: 'cyclus:prioriteringssessie', gebruikerId, soort: 'cyclus.gewijzigd', na: verslag });
  return { ok: true, prioriteiten: nieuw, prioriteitenVersie, sessie: verslag, sessieVersie, toegevoegd };
}

/** A line in the workspace's history for a round (made, changed, taken over). */
export async function legRondeWijzigingVast(tx: Queryable, werkruimteId: string, rondeId: string, gebruikerId: string, soort: string, na: unknown): Promise<void> {
  await legWijzigingVast(tx, { werkruimteId, sleutel: `prioriteringsronde:${rondeId}`, gebruikerId, soort, na });
}

