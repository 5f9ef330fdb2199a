/**
 * Loads the state of a workspace's policy cycle from the database: the cycle parts (from the cycle's
 * store), the analysis sections, indicators, decisions and frozen adopted versions; and works out a
 * document's version.
 */
import { laadRondeVerslagen } from './rondes-verslagen.ts';
import { type Besluit, type DocumentStatus, documentStatus, orgaanMetLidwoord } from '../../domain/cyclus/besluiten.ts';
import { type DocumentModel, zelfdeInhoud } from '../../domain/cyclus/document.ts';
import { analyseDocument, ivpDocument, projectplanDocument, startnotitieDocument, uitvoeringsplanDocument } from '../../domain/cyclus/documenten.ts';
import { leegProject, type Project } from '../../domain/cyclus/project.ts';
import type { Analyse, DocumentSoort, Ivp, OverigeGroep, Prioriteit, Prioriteringssessie, Proces, StapNummer, StapStatus, Startnotitie, Uitvoeringsplan, Uitzonderingen } from '../../domain/cyclus/inhoud.ts';
import { procesVolgensWerk, stappenUitWerk } from '../../domain/cyclus/stapstand.ts';
import { type CyclusStand, legeStartnotitie, leegIvp, ivpVoorstel, volledigeAnalyse } from '../../domain/cyclus/stand.ts';
import type { Terugblik } from '../../domain/cyclus/opvolging.ts';
import type { Queryable } from '../db/db.ts';
import { laadIndicatoren } from '../monitoring/opslag.ts';
import { leesTeksten } from '../teksten/opslag.ts';
import { metTeksten } from '../../domain/cyclus/teksten.ts';
import { openbareStand, zonderVertrouwelijkeResten } from '../../domain/cyclus/vertrouwelijk.ts';
import { laadAfspraken, laadKeuzes } from './afspraken-opslag.ts';
import { laadDeel, opgeslagenInhoud, uitvoeringsplanJaren, type WerkruimteKop } from './opslag.ts';

// Still imported from here by other areas (politie, demo, cli, tests); new code imports them from ./opslag.ts.
export { laadWerkruimte, schrijfDeel } from './opslag.ts';

export async function laadStand(db: Queryable, w: WerkruimteKop): Promise<CyclusStand> {
  const { rows: secties } = await db.query<{ sleutel: string; titel: string; tekst: string; analyse: Partial<Analyse>; vertrouwelijk: boolean }>(
    'select sleutel, titel, tekst, analyse_inhoud as analyse, vertrouwelijk from secties where werkruimte_id = $1 order by volgorde',
    [w.id],
  );
  const jaren = await uitvoeringsplanJaren(db, w.id);
  // Texts written together (ADR 0019); the sections' texts are needed already for the IVP's proposal.
  const teksten = await leesTeksten(db, w.id);
  const deel = async <T>(s: string) => (await laadDeel<T>(db, w, s)).inhoud;
  const prioriteiten = await deel<Prioriteit[]>('prioriteiten');
  const overigeGroepen = await deel<OverigeGroep[]>('overige-themas');
  const ivpDeel = await laadDeel<Ivp>(db, w, 'ivp');
  const basis = {
    werkruimte: { naam: w.naam, gemeentenaam: w.gemeentenaam, gemeenten: w.gemeenten, periodeStart: w.periodeStart, periodeEinde: w.periodeEinde, coalitieakkoord: w.coalitieakkoord },
    startnotitie: { ...legeStartnotitie(), ...(await deel<Startnotitie>('startnotitie')) },
    secties: secties.map((s) => ({ ...s, tekst: teksten.get(`sectie.${s.sleutel}`)?.platteTekst ?? s.tekst, analyse: volledigeAnalyse(s.analyse) })),
    prioriteiten,
    overigeGroepen,
    sessie: await deel<Prioriteringssessie | null>('prioriteringssessie'),
    uitvoeringsplannen: await Promise.all(jaren.map((j) => deel<Uitvoeringsplan>(`uitvoeringsplan-${j}`))),
  };
  const ivp = ivpDeel.versie === 0 ? ivpVoorstel(leegIvp(), basis) : { ...leegIvp(), ...ivpDeel.inhoud };
  const project = w.soort === 'project' ? { ...leegProject(), ...(await deel<Project>('project')) } : null;
  // Texts written together replace the fields they came from (ADR 0019).
  const uitzonderingen = w.soort === 'ivp' ? await deel<Uitzonderingen>('uitzonderingen') : {};
  const raadsvergadering = w.soort === 'ivp' ? ((await deel<Proces>('proces')).raadsvergadering ?? null) : null;
  const rondeVerslagen = w.soort === 'ivp' ? await laadRondeVerslagen(db, w.id) : [];
  const terugblik = w.soort === 'ivp' ? await deel<Terugblik | null>('terugblik') : null;
  // Agreements with partners and the Driehoek's capacity choices go into the uitvoeringsplan (issue 19).
  const afspraken = w.soort === 'ivp' ? { afspraken: await laadAfspraken(db, w.id), keuzes: await laadKeuzes(db, w.id) } : undefined;
  return metTeksten(
    { ...basis, ivp, project, indicatoren: await laadIndicatoren(db, w.id), uitzonderingen, raadsvergadering, rondeVerslagen, ...(terugblik ? { terugblik } : {}), ...(afspraken ? { afspraken } : {}) },
    teksten,
  );
}

/**
 * A frozen IVP from before an indicator was made confidential still holds its rows (chapters 2 and 4,
 * the targets annex): they go, as for measures. Rows start with the indicator's name (with its unit in
 * the chapters).
 */
function zonderVertrouwelijkeIndicatoren(model: DocumentModel, namen: ReadonlySet<string>): DocumentModel {
  if (namen.size === 0 || model.soort !== 'ivp') return model;
  const isIndicatortabel = (bijschrift: string) => bijschrift.startsWith('Effectindicatoren: ') || bijschrift.startsWith('Overkoepelende effectindicatoren') || bijschrift.startsWith('Streefwaarden per indicator');
  const geheim = (cel: string) => [...namen].some((n) => cel === n || cel.startsWith(`${n} (`));
  return {
    ...model,
    blokken: model.blokken.map((b) => (b.soort === 'tabel' && isIndicatortabel(b.bijschrift) ? { ...b, rijen: b.rijen.filter((r) => !geheim(r[0] ?? '')) } : b)),
  };
}

const vertrouwelijkeIndicatornamen = (indicatoren: readonly { naam: string; vertrouwelijk?: boolean }[] | undefined) =>
  new Set((indicatoren ?? []).filter((i) => i.vertrouwelijk === true).map((i) => i.naam));

/** Names of the confidential measures of a plan: rows a frozen copy from before may still hold. */
function vertrouwelijkeNamen(plan: Uitvoeringsplan | undefined): Set<string> {
  return new Set((plan?.actiepunten ?? []).flatMap((a) => a.maatregelen).filter((m) => m.vertrouwelijk === true).map((m) => m.naam));
}

interface BesluitRij {
  id: string;
  document: DocumentSoort;
  jaar: number;
  soort: 'besproken' | 'vastgesteld';
  orgaan: Besluit['orgaan'];
  datum: string | Date;
  toelichting: string;
  versie: number;
  gemeentecode: string;
  vastgelegd_door_naam: string | null;
}

export interface BesluitMetId extends Besluit {
  id: string;
  vastgelegdDoor: string | null;
}

const isoDatum = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10));

export async function laadBesluiten(db: Queryable, werkruimteId: string): Promise<BesluitMetId[]> {
  const { rows } = await db.query<BesluitRij>(
    `select b.id, b.document, b.jaar, b.soort, b.orgaan, b.datum::text as datum, b.toelichting, b.versie, b.gemeentecode, g.naam as vastgelegd_door_naam
       from besluiten b left join gebruikers g on g.id = b.vastgelegd_door
      where b.werkruimte_id = $1 order by b.datum, b.vastgelegd_op`,
    [werkruimteId],
  );
  return rows.map((r) => ({
    id: r.id,
    document: r.document,
    jaar: r.jaar === 0 ? null : r.jaar,
    soort: r.soort,
    orgaan: r.orgaan,
    datum: isoDatum(r.datum),
    toelichting: r.toelichting,
    versie: r.versie,
    gemeentecode: r.gemeentecode || null,
    vastgelegdDoor: r.vastgelegd_door_naam,
  }));
}

const datumLang = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const datumTekst = (iso: string) => datumLang.format(new Date(`${iso}T00:00:00Z`));

/** A document never holds anything confidential, for whoever reads it (it goes to the raad and is frozen). */
export function bouwModel(volledig: CyclusStand, soort: DocumentSoort, jaar: number | null, gemeentecode: string | null = null): DocumentModel | undefined {
  const stand = openbareStand(volledig);
  if (soort === 'startnotitie') return startnotitieDocument(stand, '', gemeentecode);
  if (soort === 'veiligheidsanalyse') return analyseDocument(stand, '');
  if (soort === 'ivp') return ivpDocument(stand, '', gemeentecode);
  if (soort === 'projectplan') return projectplanDocument(stand, '');
  const plan = stand.uitvoeringsplannen.find((p) => p.jaar === jaar);
  return plan ? uitvoeringsplanDocument(stand, plan, '', gemeentecode) : undefined;
}

export interface DocumentStand {
  model: DocumentModel;
  versie: number;
  status: DocumentStatus;
  besluiten: BesluitMetId[];
  vastgesteldeVersies: { versie: number; orgaan: string; datum: string }[];
}

/**
 * The current version of a document: while it equals the last adopted version it is that version
 * (adopted); once edited it is the next version, in concept until it is discussed or adopted.
 */
export async function documentStand(
  db: Queryable,
  werkruimteId: string,
  stand: CyclusStand,
  soort: DocumentSoort,
  jaar: number | null,
  gemeentecode: string | null = null,
): Promise<DocumentStand | undefined> {
  const model = bouwModel(stand, soort, jaar, gemeentecode);
  if (!model) return undefined;
  const alle = (await laadBesluiten(db, werkruimteId)).filter(
    (b) => b.document === soort && (b.jaar ?? 0) === (jaar ?? 0) && (b.gemeentecode ?? '') === (gemeentecode ?? ''),
  );
  const { rows: bevroren } = await db.query<{ versie: number; model: DocumentModel; besluit_id: string }>(
    'select versie, model, besluit_id from vastgestelde_versies where werkruimte_id = $1 and document = $2 and jaar = $3 and gemeentecode = $4 order by versie',
    [werkruimteId, soort, jaar ?? 0, gemeentecode ?? ''],
  );
  const geheim = vertrouwelijkeNamen(stand.uitvoeringsplannen.find((p) => p.jaar === jaar));
  const geheimeIndicatoren = vertrouwelijkeIndicatornamen(stand.indicatoren);
  const rows = bevroren.map((r) => ({ ...r, model: zonderVertrouwelijkeIndicatoren(zonderVertrouwelijkeResten(r.model, geheim), geheimeIndicatoren) }));
  const laatste = rows.at(-1);
  const versie = !laatste ? 1 : zelfdeInhoud(laatste.model, model) ? laatste.versie : laatste.versie + 1;
  const status = documentStatus(alle, versie);
  const hier = alle.filter((b) => b.versie === versie);
  const vastgesteld = hier.find((b) => b.soort === 'vastgesteld');
  const besproken = hier.filter((b) => b.soort === 'besproken');
  model.status = vastgesteld
    ? `Vastgesteld door ${orgaanMetLidwoord[vastgesteld.orgaan]} op ${datumTekst(vastgesteld.datum)} (versie ${versie})`
    : besproken.length > 0
      ? `Concept, versie ${versie}; besproken door ${besproken.map((b) => `${orgaanMetLidwoord[b.orgaan]} (${datumTekst(b.datum)})`).join(', ')}`
      : `Concept, versie ${versie}`;
  const vastgesteldeVersies = rows.map((r) => {
    const b = alle.find((x) => x.id === r.besluit_id);
    return { versie: r.versie, orgaan: b?.orgaan ?? '', datum: b?.datum ?? '' };
  });
  return { model, versie, status, besluiten: alle, vastgesteldeVersies };
}

export async function vastgesteldeVersie(
  db: Queryable,
  werkruimteId: string,
  soort: DocumentSoort,
  jaar: number | null,
  versie: number,
  gemeentecode: string | null = null,
): Promise<DocumentModel | undefined> {
  const { rows } = await db.query<{ model: DocumentModel }>(
    'select model from vastgestelde_versies where werkruimte_id = $1 and document = $2 and jaar = $3 and versie = $4 and gemeentecode = $5',
    [werkruimteId, soort, jaar ?? 0, versie, gemeentecode ?? ''],
  );
  if (!rows[0]) return undefined;
  const plan = soort === 'uitvoeringsplan' && jaar !== null ? await opgeslagenInhoud<Uitvoeringsplan>(db, werkruimteId, `uitvoeringsplan-${jaar}`) : undefined;
  const indicatoren = soort === 'ivp' ? vertrouwelijkeIndicatornamen(await laadIndicatoren(db, werkruimteId)) : new Set<string>();
  return zonderVertrouwelijkeIndicatoren(zonderVertrouwelijkeResten(rows[0].model, vertrouwelijkeNamen(plan)), indicatoren);
}

/**
 * Records a decision on the current version of a document; adopting freezes that version. The
 * caller holds the workspace lock. Returns undefined when the document does not exist (no plan for that year).
 */
export async function legBesluitVast(
  tx: Queryable,
  w: WerkruimteKop,
  gebruikerId: string,
  invoer: {
    document: DocumentSoort;
    jaar: number | null;
    soort: 'besproken' | 'vastgesteld';
    orgaan: Besluit['orgaan'];
    datum: string;
    toelichting: string;
    /** Bij een gezamenlijk IVP: de gemeente waarvan het orgaan besluit. */
    gemeentecode?: string | null;
  },
): Promise<{ besluitId: string; versie: number; alVastgesteld: boolean } | undefined> {
  const gemeente = invoer.gemeentecode ?? null;
  const d = await documentStand(tx, w.id, await laadStand(tx, w), invoer.document, invoer.jaar, gemeente);
  if (!d) return undefined;
  if (invoer.soort === 'vastgesteld' && d.status === 'vastgesteld') return { besluitId: '', versie: d.versie, alVastgesteld: true };
  const { rows } = await tx.query<{ id: string }>(
    `insert into besluiten (werkruimte_id, document, jaar, soort, orgaan, datum, toelichting, versie, vastgelegd_door, gemeentecode)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [w.id, invoer.document, invoer.jaar ?? 0, invoer.soort, invoer.orgaan, invoer.datum, invoer.toelichting, d.versie, gebruikerId, gemeente ?? ''],
  );
  const besluitId = rows[0]!.id;
  if (invoer.soort === 'vastgesteld') {
    // Built again so the frozen copy carries its status line ("Vastgesteld door de Raad op ...").
    const na = (await documentStand(tx, w.id, await laadStand(tx, w), invoer.document, invoer.jaar, gemeente))!;
    await tx.query(
      'insert into vastgestelde_versies (werkruimte_id, document, jaar, versie, besluit_id, model, gemeentecode) values ($1, $2, $3, $4, $5, $6, $7)',
      [w.id, invoer.document, invoer.jaar ?? 0, d.versie, besluitId, JSON.stringify(na.model), gemeente ?? ''],
    );
  }
  await tx.query(`insert into wijzigingen (werkruimte_id, sectie_sleutel, gebruiker_id, soort, na) values ($1, $2, $3, $4, $5)`, [
    w.id,
    `document:${invoer.document}${invoer.jaar ? `-${invoer.jaar}` : ''}`,
    gebruikerId,
    `besluit.${invoer.soort}`,
    JSON.stringify({ ...invoer, versie: d.versie }),
  ]);
  return { besluitId, versie: d.versie, alVastgesteld: false };
}

/**
 * The process as the pages show it: each step the coordinator did not set himself follows the work
 * (ADR 0019's companion in the domain, stapstand.ts). `werk` is what the work says per step.
 */
export async function laadProcesVolgensWerk(db: Queryable, w: WerkruimteKop, stand?: CyclusStand): Promise<{ versie: number; inhoud: Proces; werk: Record<StapNummer, StapStatus> } & Omit<Awaited<ReturnType<typeof laadDeel<Proces>>>, 'inhoud'>> {
  const proces = await laadDeel<Proces>(db, w, 'proces');
  const werk = stappenUitWerk(stand ?? (await laadStand(db, w)), await laadBesluiten(db, w.id));
  return { ...proces, inhoud: procesVolgensWerk(proces.inhoud, werk), werk };
}
