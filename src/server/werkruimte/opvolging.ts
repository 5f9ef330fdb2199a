/**
 * The next plan starts from the old one (issue 19, point 5): the store and use-case of a successor.
 * `maakOpvolger` creates the new IVP workspace in the caller's transaction (all or nothing): the
 * workspace with the caller as coordinator and `voorganger_id`, the old indicators with their final
 * value as the new reference, and the cycle part 'terugblik' (domain: src/domain/cyclus/opvolging.ts).
 */
import { type Terugblik, type EvaluatieBevinding, opvolgIndicator, terugblikUit, zichtbareTerugblik } from '../../domain/cyclus/opvolging.ts';
import { openbaarPlan } from '../../domain/cyclus/vertrouwelijk.ts';
import { oordeelNamen, uitvoerderNamen } from '../../domain/evaluatie/normenkader.ts';
import { deelMetTeksten } from '../../domain/cyclus/teksten.ts';
import { dashboardVan, legeRapportage, type Rapportage, rapportagePeriode, terugblikUitJaarbeeld } from '../../domain/monitoring/dashboard.ts';
import type { Indicator } from '../../domain/monitoring/typen.ts';
import { laadDeel, laadWerkruimte as laadKop, schrijfDeel, type WerkruimteKop } from '../cyclus/opslag.ts';
import { laadStand } from '../cyclus/stand.ts';
import { laadEvaluaties } from '../evaluatie/opslag.ts';
import type { Queryable } from '../db/db.ts';
import { laadMonitoring, maakIndicator, zetIndicatorVertrouwelijk } from '../monitoring/opslag.ts';
import { leesTeksten } from '../teksten/opslag.ts';
import { legWijzigingVast } from './geschiedenis.ts';
import { createWorkspace } from './opslag.ts';

export const TERUGBLIK = 'terugblik';

export interface OpvolgerInvoer {
  naam: string;
  periodeStart: number;
  periodeEinde: number;
}

export type OpvolgerUitkomst = { ok: true; id: string } | { ok: false; reden: 'geen-ivp' | 'periode'; detail: string };

/** The workspace's predecessor (id), or null. */
export async function voorgangerVan(db: Queryable, werkruimteId: string): Promise<string | null> {
  const { rows } = await db.query<{ voorganger_id: string | null }>('select voorganger_id from werkruimtes where id = $1', [werkruimteId]);
  return rows[0]?.voorganger_id ?? null;
}

/** The successors of a workspace, oldest first. */
export async function opvolgersVan(db: Queryable, werkruimteId: string): Promise<{ id: string; naam: string }[]> {
  const { rows } = await db.query<{ id: string; naam: string }>('select id, naam from werkruimtes where voorganger_id = $1 order by aangemaakt_op, naam', [werkruimteId]);
  return rows;
}

/** The order of a report key: a year's yearbook after its fourth quarter. */
function rapportVolgorde(sleutel: string): number {
  const m = /^rapportage-(\d{4})(?:-K([1-4]))?$/.exec(sleutel);
  return m ? Number(m[1]) * 10 + (m[2] ? Number(m[2]) : 5) : -1;
}

/**
 * The last saved report (yearbook or quarter) of a workspace as a summary for the look-back: the
 * figures as known at the end of its year, without anything confidential (everyone reads the analysis).
 */
async function laatsteRapportage(tx: Queryable, w: WerkruimteKop, stand: Awaited<ReturnType<typeof laadStand>>): Promise<Terugblik['jaarbeeld']> {
  const { rows } = await tx.query<{ sleutel: string }>(`select sleutel from cyclusdelen where werkruimte_id = $1 and sleutel like 'rapportage-%'`, [w.id]);
  const sleutel = rows.map((r) => r.sleutel).filter((s) => rapportVolgorde(s) > 0).sort((a, b) => rapportVolgorde(a) - rapportVolgorde(b)).at(-1);
  if (!sleutel) return null;
  const per = sleutel.slice('rapportage-'.length);
  const p = rapportagePeriode(per);
  if (!p) return null;
  const opgeslagen = await laadDeel<Rapportage>(tx, w, sleutel);
  const teksten = await leesTeksten(tx, w.id, [`${sleutel}.hoogtepunten`, `${sleutel}.knelpunten`]);
  const rapportage = { ...legeRapportage(), ...deelMetTeksten(sleutel, opgeslagen.inhoud, teksten) };
  const m = (await laadMonitoring(tx, w)).inhoud;
  const indicatoren = (stand.indicatoren ?? []).filter((i) => i.vertrouwelijk !== true).map((i) => ({ ...i, metingen: i.metingen.filter((x) => Number(x.periode.slice(0, 4)) <= p.jaar) }));
  const plannen = stand.uitvoeringsplannen.filter((x) => x.jaar === p.jaar).map(openbaarPlan);
  const d = dashboardVan({ prioriteiten: stand.prioriteiten, indicatoren, plannen, beoordeling: m.beoordeling, vandaag: `${p.jaar}-12-31` });
  const tekst = terugblikUitJaarbeeld(p.jaar, d, rapportage);
  const titel = p.kwartaal ? `Voortgangsrapportage ${p.titel}` : p.titel;
  return { titel: `Laatste rapportage: ${titel}`, samenvatting: p.kwartaal ? tekst.replace(`Jaarbeeld ${p.jaar}:`, `${titel}:`) : tekst };
}

/**
 * The findings (oordeel and toelichting per norm) of the latest final ('definitief') evaluation of a
 * workspace (the evaluations of issue 19, point 2); norms without a verdict do not count. None: null.
 */
async function laatsteEvaluatie(tx: Queryable, werkruimteId: string): Promise<Terugblik['evaluatie']> {
  const e = (await laadEvaluaties(tx, werkruimteId, true)).at(-1);
  if (!e) return null;
  const bevindingen: EvaluatieBevinding[] = e.vragen.flatMap((v) =>
    v.normen.filter((n) => n.oordeel !== null).map((n) => ({ norm: `${n.id} ${n.norm}`, oordeel: oordeelNamen[n.oordeel!], toelichting: n.toelichting.trim() })),
  );
  if (bevindingen.length === 0) return null;
  return { titel: `Evaluatie: ${e.naam} (${uitvoerderNamen[e.uitvoerder].toLowerCase()})`, bevindingen };
}

/**
 * Creates the successor of an IVP workspace inside the caller's transaction: the new workspace (same
 * municipality and participating municipalities, the caller its coordinator, voorganger_id set), the
 * indicators (confidential ones keep the flag) with the old final value as reference and no targets or
 * measurements, and the look-back. A refusal returns before anything is written; a failure throws and
 * the caller's transaction rolls everything back.
 */
export async function maakOpvolger(tx: Queryable, oudId: string, invoer: OpvolgerInvoer, gebruikerId: string, opties: { vertrouwelijkToegang?: boolean } = {}): Promise<OpvolgerUitkomst> {
  // A coordinator without clearance in the old plan gets nothing confidential of it in the new one (where he has clearance).
  const metVertrouwelijk = opties.vertrouwelijkToegang !== false;
  const oud = await laadKop(tx, oudId);
  if (!oud || oud.soort !== 'ivp') return { ok: false, reden: 'geen-ivp', detail: 'Alleen een IVP-werkruimte krijgt een opvolger; een project loopt binnen een IVP.' };
  if (oud.periodeStart !== null && invoer.periodeStart <= oud.periodeStart) {
    return { ok: false, reden: 'periode', detail: `Het nieuwe plan begint na het begin van het vorige (${oud.periodeStart}); kies een beginjaar na ${oud.periodeStart}.` };
  }
  const stand = await laadStand(tx, oud);
  const id = await createWorkspace(
    tx,
    { soort: 'ivp', naam: invoer.naam, gemeentecode: oud.gemeentecode, periodeStart: invoer.periodeStart, periodeEinde: invoer.periodeEinde, deelnemendeGemeenten: oud.gemeenten.slice(1).map((g) => g.code) },
    gebruikerId,
    { gemeentenaam: oud.gemeentenaam },
  );
  await tx.query('update werkruimtes set voorganger_id = $2 where id = $1', [id, oud.id]);
  const opvolgers = new Map<string, string>();
  for (const ind of ((stand.indicatoren ?? []) as (Indicator & { vertrouwelijk?: boolean })[]).filter((i) => metVertrouwelijk || i.vertrouwelijk !== true)) {
    const nieuw = await maakIndicator(tx, id, opvolgIndicator(ind, oud), null, gebruikerId);
    if (ind.vertrouwelijk === true) await zetIndicatorVertrouwelijk(tx, id, nieuw, true);
    opvolgers.set(ind.id, nieuw);
  }
  const volledig = terugblikUit({
    voorganger: oud,
    stand,
    jaarbeeld: await laatsteRapportage(tx, oud, stand),
    evaluatie: await laatsteEvaluatie(tx, oud.id),
    opvolgers,
  });
  const terugblik = zichtbareTerugblik(volledig, metVertrouwelijk);
  await schrijfDeel(tx, id, TERUGBLIK, terugblik, 1, gebruikerId);
  await legWijzigingVast(tx, { werkruimteId: id, sleutel: `cyclus:${TERUGBLIK}`, gebruikerId, soort: 'werkruimte.opvolger', na: { voorganger: oud.id, indicatoren: opvolgers.size } });
  await legWijzigingVast(tx, { werkruimteId: oud.id, sleutel: null, gebruikerId, soort: 'werkruimte.opgevolgd', na: { opvolger: id, naam: invoer.naam } });
  return { ok: true, id };
}

/** The look-back of a workspace (version and content), or null when it has none (no predecessor). */
export async function laadTerugblik(db: Queryable, w: WerkruimteKop): Promise<{ inhoud: Terugblik; versie: number; bijgewerktOp: string | null; bijgewerktDoor: string | null } | null> {
  const deel = await laadDeel<Terugblik | null>(db, w, TERUGBLIK);
  return deel.inhoud ? { ...deel, inhoud: deel.inhoud } : null;
}

/** Writes the reasons for dropped priorities into the look-back (the caller took its new version). */
export async function schrijfRedenen(tx: Queryable, w: WerkruimteKop, vorig: Terugblik, redenen: Record<string, string>, versie: number, gebruikerId: string): Promise<Terugblik> {
  const vervallenPrioriteiten = Object.fromEntries(Object.entries(redenen).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ''));
  const nieuw: Terugblik = { ...vorig, vervallenPrioriteiten };
  await schrijfDeel(tx, w.id, TERUGBLIK, nieuw, versie, gebruikerId);
  await legWijzigingVast(tx, { werkruimteId: w.id, sleutel: `cyclus:${TERUGBLIK}`, gebruikerId, soort: 'cyclus.gewijzigd', voor: vorig.vervallenPrioriteiten, na: vervallenPrioriteiten });
  return nieuw;
}

export { laadKop };
