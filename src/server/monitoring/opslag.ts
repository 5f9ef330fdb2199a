/**
 * Storage of step 6: indicators with their measurements, and notifications (reminders and alerts),
 * sent by e-mail too when SMTP is configured.
 */
import type { Uitvoeringsplan } from '../../domain/cyclus/inhoud.ts';
import { koppelingenBinnen, zichtbareIndicatoren, zichtbaarPlan } from '../../domain/cyclus/vertrouwelijk.ts';
import { type Lidmaatschap, magOnderdeelZien, magVertrouwelijkZien } from '../../domain/toegang/rollen.ts';
import { beoordeelMetingen } from '../../domain/monitoring/indicatoren.ts';
import type { Beoordeling, Indicator, Meting } from '../../domain/monitoring/typen.ts';
import { type BijTeHouden, type Monitoring, maatregelenMetPlek, standaardMonitoring } from '../../domain/monitoring/voortgang.ts';
import { laadDeel, uitvoeringsplanJaren, type WerkruimteKop } from '../cyclus/opslag.ts';
import type { Queryable } from '../db/db.ts';
import type { VersieRij } from '../db/versies.ts';
import { type Mailer, mailFailureReason } from '../mail/mailer.ts';

/** The stored fields of an indicator (everything but id, owner, measurements and confidentiality, which is a column). */
export type IndicatorGegevens = Omit<Indicator, 'id' | 'eigenaarId' | 'metingen' | 'vertrouwelijk'>;

type Toegang = Pick<Lidmaatschap, 'vertrouwelijkToegang'> | null | undefined;

export interface IndicatorRij extends Indicator {
  versie: number;
  eigenaarNaam: string | null;
  bijgewerktOp: string;
  /** Latest measurement entry (ISO time), or null. */
  laatsteMetingOp: string | null;
  vertrouwelijk: boolean;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * All indicators of a workspace, confidential ones included: a route that answers a member filters
 * with `zichtbaar` (or passes `lid`), so an indicator without clearance does not exist for him.
 */
export async function laadIndicatoren(db: Queryable, werkruimteId: string, id?: string, lid?: Toegang): Promise<IndicatorRij[]> {
  const { rows } = await db.query<{ id: string; gegevens: IndicatorGegevens; eigenaar_id: string | null; eigenaar_naam: string | null; versie: number; bijgewerkt_op: Date; vertrouwelijk: boolean }>(
    `select i.id, i.gegevens, i.eigenaar_id, g.naam as eigenaar_naam, i.versie, i.bijgewerkt_op, i.vertrouwelijk
       from indicatoren i left join gebruikers g on g.id = i.eigenaar_id
      where i.werkruimte_id = $1 ${id ? 'and i.id = $2' : ''}
      order by i.volgorde, i.aangemaakt_op`,
    id ? [werkruimteId, id] : [werkruimteId],
  );
  if (rows.length === 0) return [];
  if (lid !== undefined && !rows.some((r) => magOnderdeelZien(lid, r))) return [];
  const { rows: metingen } = await db.query<{ indicator_id: string; periode: string; waarde: number; benchmark: number | null; marge: number | null; toelichting: string; ingevoerd_op: Date }>(
    `select m.indicator_id, m.periode, m.waarde, m.benchmark, m.marge, m.toelichting, m.ingevoerd_op
       from indicator_metingen m join indicatoren i on i.id = m.indicator_id
      where i.werkruimte_id = $1 ${id ? 'and i.id = $2' : ''}
      order by m.periode`,
    id ? [werkruimteId, id] : [werkruimteId],
  );
  const uit = rows.map((r) => {
    const eigen = metingen.filter((m) => m.indicator_id === r.id);
    const laatste = eigen.reduce<Date | null>((max, m) => (max === null || new Date(m.ingevoerd_op) > max ? new Date(m.ingevoerd_op) : max), null);
    return {
      ...r.gegevens,
      id: r.id,
      eigenaarId: r.eigenaar_id,
      eigenaarNaam: r.eigenaar_naam,
      versie: r.versie,
      bijgewerktOp: iso(r.bijgewerkt_op)!,
      laatsteMetingOp: iso(laatste),
      metingen: eigen.map((m): Meting => ({ periode: m.periode, waarde: Number(m.waarde), ...(m.benchmark === null ? {} : { benchmark: Number(m.benchmark) }), ...(m.marge === null ? {} : { marge: Number(m.marge) }), toelichting: m.toelichting })),
      vertrouwelijk: r.vertrouwelijk,
    };
  });
  return lid === undefined ? uit : zichtbareIndicatoren(uit, lid);
}

/** Where an indicator's version lives; a new version also records who changed it, and when. */
export function indicatorVersieRij(indicatorId: string, gebruikerId: string): VersieRij {
  return { tabel: 'indicatoren', sleutel: { id: indicatorId }, zet: { bijgewerkt_op: new Date(), bijgewerkt_door: gebruikerId } };
}

/** Adds an indicator at the end of the workspace's list (version 1); returns its id. */
export async function maakIndicator(tx: Queryable, werkruimteId: string, gegevens: IndicatorGegevens, eigenaarId: string | null, gebruikerId: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into indicatoren (werkruimte_id, gegevens, eigenaar_id, volgorde, bijgewerkt_door)
     values ($1, $2, $3, coalesce((select max(volgorde) + 1 from indicatoren where werkruimte_id = $1), 0), $4) returning id`,
    [werkruimteId, JSON.stringify(gegevens), eigenaarId, gebruikerId],
  );
  return rows[0]!.id;
}

/** Replaces the stored fields and the owner of an indicator (the caller took its new version). */
export async function wijzigIndicator(tx: Queryable, indicatorId: string, gegevens: IndicatorGegevens, eigenaarId: string | null, gebruikerId: string): Promise<void> {
  await tx.query('update indicatoren set gegevens = $2, eigenaar_id = $3, bijgewerkt_op = now(), bijgewerkt_door = $4 where id = $1', [
    indicatorId,
    JSON.stringify(gegevens),
    eigenaarId,
    gebruikerId,
  ]);
}

/** Deletes an indicator; its measurements go with it. */
export async function verwijderIndicator(tx: Queryable, indicatorId: string): Promise<void> {
  await tx.query('delete from indicatoren where id = $1', [indicatorId]);
}

/** Records the measurement of a period (with its benchmark, if any); one for the same period replaces it. */
export async function legMetingVast(tx: Queryable, indicatorId: string, meting: Meting, gebruikerId: string): Promise<void> {
  await tx.query(
    `insert into indicator_metingen (indicator_id, periode, waarde, benchmark, marge, toelichting, ingevoerd_door) values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (indicator_id, periode) do update set waarde = excluded.waarde, benchmark = excluded.benchmark, marge = excluded.marge, toelichting = excluded.toelichting, ingevoerd_door = excluded.ingevoerd_door, ingevoerd_op = now()`,
    [indicatorId, meting.periode, meting.waarde, meting.benchmark ?? null, meting.marge ?? null, meting.toelichting, gebruikerId],
  );
}

/** Deletes the measurement of a period; false when there was none. */
export async function verwijderMeting(tx: Queryable, indicatorId: string, periode: string): Promise<boolean> {
  const { rows } = await tx.query('delete from indicator_metingen where indicator_id = $1 and periode = $2 returning periode', [indicatorId, periode]);
  return rows.length > 0;
}

/** The indicators this member may see (without clearance: none of the confidential ones). */
export function zichtbaar<I extends { vertrouwelijk?: boolean }>(lid: Toegang, lijst: readonly I[]): I[] {
  return zichtbareIndicatoren(lijst, lid);
}

/**
 * Sets or clears the confidentiality of an indicator (the caller checked that the writer is the
 * coordinator). Its notifications follow, so one about it vanishes for members without clearance.
 */
export async function zetIndicatorVertrouwelijk(tx: Queryable, werkruimteId: string, indicatorId: string, vertrouwelijk: boolean): Promise<void> {
  await tx.query('update indicatoren set vertrouwelijk = $3 where werkruimte_id = $1 and id = $2', [werkruimteId, indicatorId, vertrouwelijk]);
  await markeerMeldingen(tx, werkruimteId, `dashboard#indicator-${indicatorId}`, vertrouwelijk);
}

/** The owner of a confidential indicator must have clearance: the problem to report, or none. */
export async function eigenaarProbleem(tx: Queryable, werkruimteId: string, vertrouwelijk: boolean, eigenaarId: string | null): Promise<{ veld: string; reden: string }[]> {
  if (!vertrouwelijk || !eigenaarId) return [];
  if ((await metToegang(tx, werkruimteId)).has(eigenaarId)) return [];
  return [{ veld: 'eigenaarId', reden: 'De eigenaar van een vertrouwelijke indicator moet toegang tot vertrouwelijke onderdelen hebben.' }];
}

/** Notifications about one item (by the place they point to) become confidential or not; optionally that place moves. */
export async function markeerMeldingen(tx: Queryable, werkruimteId: string, pad: string, vertrouwelijk: boolean, nieuwPad = pad): Promise<void> {
  await tx.query('update meldingen set vertrouwelijk = $3, pad = $4 where werkruimte_id = $1 and pad = $2', [werkruimteId, pad, vertrouwelijk, nieuwPad]);
}

export async function laadMonitoring(db: Queryable, w: WerkruimteKop) {
  const deel = await laadDeel<Monitoring>(db, w, 'monitoring');
  return { ...deel, inhoud: { ...standaardMonitoring(), ...deel.inhoud } };
}

/** The plans of every year; with `lid`, as that member may see them (without the hidden measures). */
export async function laadPlannen(db: Queryable, w: WerkruimteKop, lid?: Toegang): Promise<Uitvoeringsplan[]> {
  const jaren = await uitvoeringsplanJaren(db, w.id);
  const plannen = await Promise.all(jaren.map(async (j) => (await laadDeel<Uitvoeringsplan>(db, w, `uitvoeringsplan-${j}`)).inhoud));
  if (lid === undefined) return plannen;
  // A measure's links to indicators and theme sections the reader may not see (or that no longer exist) go too.
  const toegang = magVertrouwelijkZien(lid);
  const { rows: ind } = await db.query<{ id: string }>('select id from indicatoren where werkruimte_id = $1 and ($2 or not vertrouwelijk)', [w.id, toegang]);
  const { rows: sec } = await db.query<{ sleutel: string }>("select sleutel from secties where werkruimte_id = $1 and sleutel like 'thema-%' and ($2 or not vertrouwelijk)", [w.id, toegang]);
  const binnen = { indicatorIds: new Set(ind.map((r) => r.id)), probleemSleutels: new Set(sec.map((r) => r.sleutel)) };
  return plannen.map((p) => koppelingenBinnen(zichtbaarPlan(p, lid), binnen));
}

/** Everything an owner keeps current: every measure and every indicator of the workspace (with `lid`: what he may see). */
export async function bijTeHouden(db: Queryable, w: WerkruimteKop, vandaag: string, lid?: Toegang): Promise<(BijTeHouden & { vertrouwelijk: boolean })[]> {
  const maatregelen = maatregelenMetPlek(await laadPlannen(db, w, lid), vandaag).filter((m) => m.status !== 'afgerond' && m.status !== 'geschrapt');
  const indicatoren = await laadIndicatoren(db, w.id, undefined, lid);
  return [
    ...maatregelen.map((m) => ({ soort: 'maatregel' as const, id: m.id, naam: m.naam, eigenaarId: m.eigenaarId, bijgewerktOp: m.bijgewerktOp, plek: `uitvoeringsplan/${m.jaar}#maatregel-${m.id}`, vertrouwelijk: m.vertrouwelijk })),
    ...indicatoren.map((i) => ({ soort: 'indicator' as const, id: i.id, naam: i.naam, eigenaarId: i.eigenaarId, bijgewerktOp: i.laatsteMetingOp, plek: `dashboard#indicator-${i.id}`, vertrouwelijk: i.vertrouwelijk })),
  ];
}

export interface NieuweMelding {
  gebruikerIds: string[];
  werkruimteId: string;
  soort: 'herinnering' | 'signaal';
  tekst: string;
  pad: string;
  /** Unique per recipient: the same key is never delivered twice. */
  sleutel: string;
  /** About a confidential item: only members with clearance get it (and keep seeing it). */
  vertrouwelijk?: boolean;
}

/** Stores notifications; returns the ids of the recipients that got a new one. */
export async function maakMeldingen(tx: Queryable, m: NieuweMelding): Promise<{ gebruikerId: string; meldingId: string }[]> {
  const nieuw: { gebruikerId: string; meldingId: string }[] = [];
  for (const gebruikerId of new Set(m.gebruikerIds)) {
    const { rows } = await tx.query<{ id: string }>(
      `insert into meldingen (gebruiker_id, werkruimte_id, soort, tekst, pad, sleutel, vertrouwelijk) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (gebruiker_id, sleutel) do nothing returning id`,
      [gebruikerId, m.werkruimteId, m.soort, m.tekst, m.pad, m.sleutel, m.vertrouwelijk === true],
    );
    if (rows[0]) nieuw.push({ gebruikerId, meldingId: rows[0].id });
  }
  return nieuw;
}

/**
 * The members who get alerts: the coordinators and the portefeuillehouder(s) (role beslisser); about
 * a confidential item only those of them with clearance.
 */
export async function signaalOntvangers(db: Queryable, werkruimteId: string, vertrouwelijk = false): Promise<string[]> {
  const { rows } = await db.query<{ gebruiker_id: string }>(
    `select gebruiker_id from leden where werkruimte_id = $1 and rol in ('coordinator', 'beslisser')${vertrouwelijk ? ' and vertrouwelijk_toegang' : ''}`,
    [werkruimteId],
  );
  return rows.map((r) => r.gebruiker_id);
}

/**
 * E-mails notifications that were not mailed yet (after the transaction that made them committed).
 * A mail failure leaves the notification in the app and is logged without secrets.
 */
export async function mailMeldingen(db: Queryable, mailer: Mailer | null, meldingIds: string[]): Promise<number> {
  if (!mailer || meldingIds.length === 0) return 0;
  const { rows } = await db.query<{ id: string; email: string; naam: string; tekst: string; werkruimte: string; soort: string }>(
    `select m.id, g.email, g.naam, m.tekst, w.naam as werkruimte, m.soort
       from meldingen m join gebruikers g on g.id = m.gebruiker_id join werkruimtes w on w.id = m.werkruimte_id
      where m.id = any($1::uuid[]) and m.gemaild_op is null
        and (not m.vertrouwelijk or exists (select 1 from leden l where l.werkruimte_id = m.werkruimte_id and l.gebruiker_id = m.gebruiker_id and l.vertrouwelijk_toegang))`,
    [meldingIds],
  );
  let verstuurd = 0;
  for (const r of rows) {
    try {
      await mailer.send({
        aan: r.email,
        onderwerp: `${r.soort === 'herinnering' ? 'Herinnering' : 'Signaal'}: ${r.werkruimte} in Kernplan`,
        tekst: [`Goedendag ${r.naam},`, '', r.tekst, '', `U vindt dit ook onder Meldingen in Kernplan, in de werkruimte "${r.werkruimte}".`].join('\n'),
      });
      await db.query('update meldingen set gemaild_op = now() where id = $1', [r.id]);
      verstuurd++;
    } catch (err) {
      console.warn(`Melding niet gemaild (${mailFailureReason(err)}); hij staat wel in de app.`);
    }
  }
  return verstuurd;
}

/** Who of the members has clearance (for reminders that list confidential items). */
export async function metToegang(db: Queryable, werkruimteId: string): Promise<Set<string>> {
  const { rows } = await db.query<{ gebruiker_id: string }>('select gebruiker_id from leden where werkruimte_id = $1 and vertrouwelijk_toegang', [werkruimteId]);
  return new Set(rows.map((r) => r.gebruiker_id));
}

/** A member's own notifications, without the confidential ones when he has no clearance (any more). */
const meldingZichtbaarSql = '(not m.vertrouwelijk or l.vertrouwelijk_toegang)';

export interface MeldingRij {
  id: string;
  werkruimteId: string;
  werkruimte: string;
  soort: string;
  tekst: string;
  pad: string;
  aangemaaktOp: string;
  gelezen: boolean;
}

/** A user's latest 100 notifications, newest first: only of workspaces he is still a member of, and what he may see. */
export async function laadMeldingen(db: Queryable, gebruikerId: string): Promise<MeldingRij[]> {
  const { rows } = await db.query<{ id: string; werkruimte_id: string; werkruimte: string; soort: string; tekst: string; pad: string; aangemaakt_op: Date; gelezen_op: Date | null }>(
    `select m.id, m.werkruimte_id, w.naam as werkruimte, m.soort, m.tekst, m.pad, m.aangemaakt_op, m.gelezen_op
       from meldingen m join werkruimtes w on w.id = m.werkruimte_id
       join leden l on l.werkruimte_id = m.werkruimte_id and l.gebruiker_id = m.gebruiker_id
      where m.gebruiker_id = $1 and ${meldingZichtbaarSql} order by m.aangemaakt_op desc limit 100`,
    [gebruikerId],
  );
  return rows.map((r) => ({
    id: r.id,
    werkruimteId: r.werkruimte_id,
    werkruimte: r.werkruimte,
    soort: r.soort,
    tekst: r.tekst,
    pad: r.pad,
    aangemaaktOp: new Date(r.aangemaakt_op).toISOString(),
    gelezen: r.gelezen_op !== null,
  }));
}

/** Marks one of the user's own notifications as read (the first moment stays); false when he has no such notification. */
export async function markeerGelezen(db: Queryable, meldingId: string, gebruikerId: string): Promise<boolean> {
  const { rows } = await db.query('update meldingen set gelezen_op = coalesce(gelezen_op, now()) where id = $1 and gebruiker_id = $2 returning id', [meldingId, gebruikerId]);
  return rows.length > 0;
}

/** Names of the workspace's members (with `ids`: only of those users). */
export async function ledenNamen(db: Queryable, werkruimteId: string, ids?: readonly string[]): Promise<{ id: string; naam: string }[]> {
  const { rows } = ids
    ? await db.query<{ id: string; naam: string }>('select g.id, g.naam from leden l join gebruikers g on g.id = l.gebruiker_id where l.werkruimte_id = $1 and g.id = any($2::uuid[])', [
        werkruimteId,
        ids,
      ])
    : await db.query<{ id: string; naam: string }>('select g.id, g.naam from leden l join gebruikers g on g.id = l.gebruiker_id where l.werkruimte_id = $1', [werkruimteId]);
  return rows;
}

/** The workspaces that scheduled their progress meetings (a first meeting date): the ones the reminder sweep visits. */
export async function werkruimtesMetOverleg(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(`select werkruimte_id as id from cyclusdelen where sleutel = 'monitoring' and inhoud->>'eersteOverleg' is not null`);
  return rows.map((r) => r.id);
}

/** The status of the latest measurement, for alerts when an indicator turns 'achter'. */
export function laatsteBeoordeling(ind: Indicator, beoordeling: Beoordeling) {
  return beoordeelMetingen(ind, beoordeling).at(-1) ?? null;
}
