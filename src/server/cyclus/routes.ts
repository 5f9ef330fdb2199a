/**
 * The policy cycle: process steps, startnotitie, prioritisation, IVP and yearly uitvoeringsplannen as
 * versioned parts (ETag/If-Match like the sections), decisions and adopted versions, the plan check
 * and the documents (JSON model for the HTML view, and Word).
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { type Besluit, juisteVaststeller, documentMetLidwoord, vaststellerTekst } from '../../domain/cyclus/besluiten.ts';
import { type DocumentSoort, documentSoorten, type Maatregel, type OverigeGroep, type Proces, type Prioriteit, type Uitvoeringsplan, type Uitzonderingen, volledigeMaatregel } from '../../domain/cyclus/inhoud.ts';
import { controleerProces, tijdlijn } from '../../domain/cyclus/methode.ts';
import { planCheck, prioriteitenZonderStreefwaarde } from '../../domain/cyclus/plancheck.ts';
import { raadsperiodeOverzicht } from '../../domain/cyclus/raadsperiode.ts';
import { opsomming } from '../../domain/cyclus/documenten.ts';
import { controleerRegiothemas } from '../../domain/regio/regio.ts';
import { controleerKandidaten, type Kandidaten } from '../../domain/cyclus/kandidaten.ts';
import { controleerOverigeGroepen, controleerPrioriteiten, overigeThemaIds, uitlegMaximum } from '../../domain/cyclus/prioriteiten.ts';
import { methodeChecklist, type Project, projectCheck } from '../../domain/cyclus/project.ts';
import { type CyclusStand, geanalyseerdeThemaIds, vervolgplan } from '../../domain/cyclus/stand.ts';
import { vindPersoonsgegevens } from '../../domain/privacy/persoonsgegevens.ts';
import { deelMetTeksten } from '../../domain/cyclus/teksten.ts';
import { leesTeksten } from '../teksten/opslag.ts';
import { type Actie, mag } from '../../domain/toegang/rollen.ts';
import { type AppEnv, refuse, requireUser, lidVan } from '../toegang/middleware.ts';
import { documentStand, laadBesluiten, legBesluitVast, laadProcesVolgensWerk, laadStand, vastgesteldeVersie } from './stand.ts';
import {
  gekoppeldeProjecten,
  laadDeel,
  laadWerkruimte,
  mogelijkeEigenaren,
  opgeslagenInhoud,
  schrijfDeel,
  standaardInhoud,
  uitvoeringsplanJaren,
  vergrendelWerkruimte,
  type WerkruimteKop,
  zelfdeGemeente,
} from './opslag.ts';
import type { Db, Queryable } from '../db/db.ts';
import { naarDocx } from '../documenten/docx.ts';
import { laadIndicatoren, laadMonitoring } from '../monitoring/opslag.ts';
import { dashboardVan, legeRapportage, type Rapportage, terugblikUitJaarbeeld } from '../../domain/monitoring/dashboard.ts';
import { problem } from '../problem.ts';
import type { Hub } from '../realtime/hub.ts';
import { legWijzigingVast } from '../werkruimte/geschiedenis.ts';
import { neemDeelVersie } from './deel-versie.ts';
import { findMember, type Member } from '../toegang/lidmaatschap.ts';
import { ifMatchHeader, protectedErrors, uuidParam, versionedWriteErrors, writeAndAnnounce } from '../api/common.ts';
import {
  besluitInvoerSchema,
  ivpSchema,
  kandidatenSchema,
  overigeGroepenSchema,
  prioriteitenSchema,
  procesSchema,
  sessieSchema,
  startnotitieSchema,
  projectSchema,
  uitvoeringsplanSchema,
  uitzonderingenSchema,
} from './schemas.ts';
import { validationHook } from '../api/validation.ts';
import { openbaarPlan, openbareStand, vertrouwelijkWeigering, zichtbaarDeel, zichtbareStand } from '../../domain/cyclus/vertrouwelijk.ts';
import { behoudKoppelingen, bewaarVerborgen, controleerKoppelingen, deelMetZichtbareKoppelingen, laadKoppelbaar } from './vertrouwelijk.ts';
import { etag } from '../api/versioning.ts';
import { cyclusdeelRij, volgendeVersie } from '../db/versies.ts';

const tag = 'Beleidscyclus';
const noWorkspace = 'Deze werkruimte bestaat niet of u bent er geen lid van.';

type Ctx = Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0];

const deelAntwoord = z
  .object({
    sleutel: z.string(),
    versie: z.number().int().openapi({ description: '0: nog nooit opgeslagen; stuur dan If-Match "0".' }),
    inhoud: z.unknown(),
    bijgewerktOp: z.string().nullable(),
    bijgewerktDoor: z.string().nullable(),
    opmerkingen: z.array(z.string()),
  })
  .openapi('CyclusDeel');

/** A problem found by a domain rule, as `invalidParams` (422: well-formed but against the method). */
function ruleProblem(c: Ctx, detail: string, problemen: { veld: string; reden: string }[]) {
  return problem(c, 422, detail, { invalidParams: problemen.map((p) => ({ name: p.veld, code: 'regel', reason: p.reden })) });
}

interface DeelDefinitie {
  sleutel: string;
  pad: string;
  naam: string;
  schema: z.ZodType;
  schrijfActie: Actie;
  /** The refusal (403) for a role that may not write it; default: "Uw rol mag ... niet wijzigen." */
  weigering?: string;
  /** Domain check; problems give 422 and nothing is saved. Notes are returned with the answer. */
  controleer?: (nieuw: unknown, vorig: unknown, w: WerkruimteKop, prioriteiten: Prioriteit[]) => { detail: string; problemen: { veld: string; reden: string }[] } | null;
  opmerkingen?: (inhoud: unknown, w: WerkruimteKop) => string[];
  /** Normalises what is stored (e.g. gives priorities an id). */
  normaliseer?: (nieuw: unknown, vorig: unknown) => unknown;
  /** Only in a workspace of this kind. */
  alleenSoort?: 'project';
}

function nieuweId(prefix: string, bestaand: Set<string>): string {
  let n = 1;
  while (bestaand.has(`${prefix}${n}`)) n++;
  bestaand.add(`${prefix}${n}`);
  return `${prefix}${n}`;
}

const delen: DeelDefinitie[] = [
  {
    sleutel: 'proces',
    pad: 'proces',
    naam: 'de stappen van het proces',
    schema: procesSchema,
    schrijfActie: 'proces.beheren',
    controleer: (nieuw, vorig) => {
      const problemen = controleerProces(vorig as Proces, nieuw as Proces);
      return problemen.length ? { detail: `Het proces klopt niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen } : null;
    },
  },
  { sleutel: 'startnotitie', pad: 'startnotitie', naam: 'de startnotitie', schema: startnotitieSchema, schrijfActie: 'cyclus.bewerken' },
  {
    sleutel: 'prioriteiten',
    pad: 'prioriteiten',
    naam: 'de prioriteiten',
    schema: prioriteitenSchema,
    schrijfActie: 'cyclus.bewerken',
    normaliseer: (nieuw, vorig) => {
      const lijst = nieuw as (Omit<Prioriteit, 'id'> & { id?: string })[];
      const oud = vorig as Prioriteit[];
      const ids = new Set(lijst.map((p) => p.id).filter((x): x is string => !!x));
      // Without an id, a priority with the same title keeps its old id (so the IVP text stays linked).
      return lijst.map((p) => {
        if (p.id) return { ...p, id: p.id } as Prioriteit;
        const zelfde = oud.find((o) => o.titel.trim().toLowerCase() === p.titel.trim().toLowerCase() && !ids.has(o.id));
        if (zelfde) ids.add(zelfde.id);
        return { ...p, id: zelfde?.id ?? nieuweId('p', ids) };
      });
    },
    controleer: (nieuw, _vorig, w) => {
      const lijst = nieuw as Prioriteit[];
      if (w.regio) {
        // A region's priorities are its regional themes (ADR 0023): other rules than a municipal IVP.
        const problemen = controleerRegiothemas(lijst);
        return problemen.length ? { detail: `De regionale thema's kloppen niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen } : null;
      }
      const { problemen } = controleerPrioriteiten(lijst, w.gemeenten);
      lijst.forEach((p, i) => {
        if (p.strategischeIds?.length) problemen.push({ veld: `[${i}].strategischeIds`, reden: "Strategische thema's bij een prioriteit zijn er alleen voor regionale thema's; in een IVP staan ze in hoofdstuk 4 bij de strategische thema's." });
      });
      const maximum = problemen.find((p) => p.reden.includes(uitlegMaximum));
      if (maximum) return { detail: maximum.reden, problemen };
      return problemen.length ? { detail: `De prioriteiten kloppen niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen } : null;
    },
    opmerkingen: (inhoud, w) => (w.regio ? [] : controleerPrioriteiten(inhoud as Prioriteit[], w.gemeenten).opmerkingen),
  },
  {
    sleutel: 'overige-themas',
    pad: 'overige-themas',
    naam: "de groepen overige thema's",
    schema: overigeGroepenSchema,
    schrijfActie: 'cyclus.bewerken',
    controleer: (nieuw, _vorig, _w, prioriteiten) => {
      const problemen = controleerOverigeGroepen(nieuw as OverigeGroep[], prioriteiten);
      return problemen.length ? { detail: `De groepen kloppen niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen } : null;
    },
  },
  {
    // Step 3a of a joint IVP: each municipality's candidate priorities, side by side (issue 17, point 2).
    sleutel: 'kandidaten',
    pad: 'kandidaten',
    naam: 'de kandidaat-prioriteiten per gemeente',
    schema: kandidatenSchema,
    schrijfActie: 'cyclus.bewerken',
    controleer: (nieuw, _vorig, w) => {
      const problemen = controleerKandidaten(nieuw as Kandidaten, w.gemeenten);
      return problemen.length ? { detail: `De kandidaat-prioriteiten kloppen niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen } : null;
    },
  },
  { sleutel: 'prioriteringssessie', pad: 'prioriteringssessie', naam: 'het verslag van de prioriteringssessie', schema: sessieSchema, schrijfActie: 'cyclus.bewerken' },
  { sleutel: 'ivp', pad: 'ivp', naam: 'het IVP', schema: ivpSchema, schrijfActie: 'cyclus.bewerken' },
  {
    // Issue 15: why a priority has no effect indicator with a target; without one the Raad cannot adopt the IVP.
    sleutel: 'uitzonderingen',
    pad: 'uitzonderingen',
    naam: 'de redenen voor prioriteiten zonder streefwaarde',
    schema: uitzonderingenSchema,
    schrijfActie: 'uitzondering.vastleggen',
    weigering: 'Alleen de coördinator legt vast waarom een prioriteit geen streefwaarde heeft.',
    controleer: (nieuw, _vorig, _w, prioriteiten) => {
      const problemen = Object.keys(nieuw as Uitzonderingen)
        .filter((id) => !prioriteiten.some((p) => p.id === id))
        .map((id) => ({ veld: `${id}`, reden: `Prioriteit '${id}' bestaat niet (meer). Kies een van de prioriteiten van stap 3.` }));
      return problemen.length ? { detail: `De redenen kloppen niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen } : null;
    },
  },
  {
    sleutel: 'project',
    pad: 'project',
    naam: 'het projectplan',
    schema: projectSchema,
    schrijfActie: 'cyclus.bewerken',
    alleenSoort: 'project',
    // A different method starts a fresh checklist; the checklist is as long as the method has steps.
    normaliseer: (nieuw, vorig) => {
      const p = nieuw as Project;
      const oud = vorig as Project;
      const aantal = methodeChecklist({ methodeId: p.methodeId, checklist: [] }).length;
      const checklist = p.methodeId === oud.methodeId ? p.checklist : [];
      return { ...p, checklist: Array.from({ length: aantal }, (_, i) => checklist[i] === true) };
    },
  },
];

/** Free texts of a part, for the check on personal data (dates and quarters are not free text). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The texts people wrote, for the personal-data check: not dates or periods, and not identifiers (a
 * uuid such as an owner's id can hold eight digits that pass the BSN check by chance).
 */
function teksten(x: unknown): string[] {
  if (typeof x === 'string') return /^\d{4}-(\d{2}-\d{2}|K[1-4])$/.test(x) || UUID.test(x) || !x.trim() ? [] : [x];
  if (Array.isArray(x)) return x.flatMap(teksten);
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => (k === 'id' || k.endsWith('Id') ? [] : teksten(v)));
  return [];
}

const gecontroleerdQuery = z.object({
  persoonsgegevensGecontroleerd: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true: de schrijver bevestigt dat wat op persoonsgegevens lijkt, geen gegevens over inwoners zijn.' }),
});

/** 422 with the findings when a text looks like personal data, unless the writer confirmed it is not. */
function privacyProblem(c: Ctx, inhoud: unknown, gecontroleerd: z.infer<typeof gecontroleerdQuery>) {
  if (gecontroleerd.persoonsgegevensGecontroleerd === 'true') return null;
  const vondsten = teksten(inhoud).flatMap((t) => vindPersoonsgegevens(t));
  if (vondsten.length === 0) return null;
  return problem(
    c,
    422,
    'De tekst lijkt persoonsgegevens te bevatten. Een veiligheidsplan bevat alleen geaggregeerde cijfers en beleid. Pas de tekst aan, of bevestig met persoonsgegevensGecontroleerd=true dat het geen gegevens over inwoners zijn.',
    { vondsten: vondsten.map((v) => ({ soort: v.soort, fragment: v.fragment, uitleg: v.uitleg })) } as never,
  );
}

/**
 * A project may be linked to a priority of an IVP of the same municipality, in a workspace the writer
 * is a member of (so a link never reveals a workspace someone cannot see). Returns the reason it cannot.
 */
async function controleerKoppeling(tx: Queryable, member: Member, w: WerkruimteKop, k: Project['ivpKoppeling']): Promise<string | null> {
  if (!k) return null;
  const doel = await findMember(tx, k.werkruimteId, member.gebruikerId);
  const ivp = doel ? await laadWerkruimte(tx, k.werkruimteId) : undefined;
  if (!ivp || ivp.soort !== 'ivp') return 'Koppel aan een IVP-werkruimte waarvan u lid bent.';
  if (!(await zelfdeGemeente(tx, w.id, ivp.id))) return 'Het IVP hoort bij een andere gemeente dan dit project.';
  const prioriteiten = (await laadDeel<Prioriteit[]>(tx, ivp, 'prioriteiten')).inhoud;
  if (!prioriteiten.some((p) => p.id === k.prioriteitId)) return `Het IVP ${ivp.naam} heeft geen prioriteit '${k.prioriteitId}'.`;
  return null;
}

/**
 * When a save changes a measure's progress (status, its comment, realised output), that measure was
 * updated now; otherwise it keeps its stored moment. The client cannot set the moment itself.
 */
function metBijwerkmomenten(nieuw: Uitvoeringsplan, vorig: Uitvoeringsplan, nu: string): Uitvoeringsplan {
  const oud = new Map(vorig.actiepunten.flatMap((a) => a.maatregelen).map((m) => [m.id, volledigeMaatregel(m)]));
  const voortgang = (m: Maatregel) => JSON.stringify([m.status, m.statusToelichting ?? '', (m.prestaties ?? []).map((p) => [p.kwartaal, p.gerealiseerd])]);
  return {
    ...nieuw,
    actiepunten: nieuw.actiepunten.map((a) => ({
      ...a,
      maatregelen: a.maatregelen.map((m) => {
        const v = oud.get(m.id);
        const gewijzigd = !v || voortgang(volledigeMaatregel(m)) !== voortgang(v);
        return { ...volledigeMaatregel(m), bijgewerktOp: gewijzigd && v ? nu : (v?.bijgewerktOp ?? null), statusDatum: gewijzigd && v && m.status !== v.status ? (m.statusDatum ?? nu.slice(0, 10)) : (m.statusDatum ?? v?.statusDatum ?? null) };
      }),
    })),
  };
}

/** The yearbook of the plan's year (indicators as known at the end of it, and its texts) as look-back. */
async function jaarbeeldTerugblik(tx: Queryable, w: WerkruimteKop, plan: Uitvoeringsplan): Promise<string> {
  const m = (await laadMonitoring(tx, w)).inhoud;
  const indicatoren = (await laadIndicatoren(tx, w.id)).filter((i) => !i.vertrouwelijk).map((i) => ({ ...i, metingen: i.metingen.filter((x) => Number(x.periode.slice(0, 4)) <= plan.jaar) }));
  const prioriteiten = (await laadDeel<Prioriteit[]>(tx, w, 'prioriteiten')).inhoud;
  const d = dashboardVan({ prioriteiten, indicatoren, plannen: [openbaarPlan(plan)], beoordeling: m.beoordeling, vandaag: `${plan.jaar}-12-31` });
  const rapportage = await opgeslagenInhoud<Rapportage>(tx, w.id, `rapportage-${plan.jaar}`);
  return terugblikUitJaarbeeld(plan.jaar, d, { ...legeRapportage(), ...rapportage });
}

/**
 * The council term of an IVP workspace for the pages: elections, coalition agreement and the warnings
 * about the planning; once the Raad adopted the IVP those warnings say nothing any more (as in the plan check).
 */
function raadsperiodeVan(w: WerkruimteKop, proces: Proces, besluiten: readonly Besluit[], vandaag: string) {
  const overzicht = raadsperiodeOverzicht({ raadsvergadering: proces.raadsvergadering ?? null, periodeStart: w.periodeStart, periodeEinde: w.periodeEinde, coalitieakkoord: w.coalitieakkoord }, vandaag);
  const ivpVastgesteld = besluiten.some((b) => b.document === 'ivp' && b.soort === 'vastgesteld' && b.orgaan === 'Raad');
  return { ...overzicht, waarschuwingen: ivpVastgesteld ? [] : overzicht.waarschuwingen, ivpVastgesteld };
}

/** The plan check that fits the workspace: the IVP rules, or the project rules. */
function bevindingenVan(w: WerkruimteKop, stand: CyclusStand, besluiten: Parameters<typeof planCheck>[1]) {
  return w.soort === 'project' && stand.project ? projectCheck(stand.project) : planCheck(stand, besluiten);
}

export function cyclusRoutes(db: Db, hub: Hub) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));

  async function toegang(c: Ctx, tx: Queryable, werkruimteId: string, actie: Actie, weigering: string) {
    const member = await lidVan(c, tx, werkruimteId);
    if (!member) return { ok: false as const, response: problem(c, 404, noWorkspace) };
    if (!mag(member, actie)) return { ok: false as const, response: (await refuse(c, tx, weigering)) as never };
    const w = (await laadWerkruimte(tx, werkruimteId))!;
    return { ok: true as const, member, w };
  }

  /** Writes the content of a part whose new version the caller took (neemVersie), with its history line. */
  async function opslaan(c: Ctx, tx: Queryable, member: Member, w: WerkruimteKop, sleutel: string, inhoud: unknown, versie: number, soort = 'cyclus.gewijzigd') {
    await schrijfDeel(tx, w.id, sleutel, inhoud, versie, member.gebruikerId);
    await legWijzigingVast(tx, { werkruimteId: w.id, sleutel: `cyclus:${sleutel}`, gebruikerId: member.gebruikerId, soort, na: inhoud });
    return versie;
  }

  const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
  const jaarParam = z.object({
    werkruimteId: uuidParam('werkruimteId'),
    jaar: z.coerce.number().int().min(2000).max(2100).openapi({ param: { name: 'jaar', in: 'path' }, example: 2027 }),
  });

  // --- The generic versioned parts -----------------------------------------------------------
  for (const d of delen) {
    routes.openapi(
      createRoute({
        method: 'get',
        path: `/werkruimtes/{werkruimteId}/${d.pad}`,
        tags: [tag],
        summary: `Lees ${d.naam}`,
        request: { params: werkruimteParam },
        responses: { 200: { content: { 'application/json': { schema: deelAntwoord } }, description: `${d.naam}, met ETag.` }, ...protectedErrors },
      }),
      async (c) => {
        const { werkruimteId } = c.req.valid('param');
        const t = await toegang(c, db, werkruimteId, 'cyclus.lezen', 'Uw rol mag de beleidscyclus in wording niet lezen; u ziet de vastgestelde documenten.');
        if (!t.ok) return t.response;
        if (d.alleenSoort && t.w.soort !== d.alleenSoort) return problem(c, 404, 'Deze werkruimte is geen project; een projectplan hoort bij een werkruimte van de soort project.');
        const deel = await laadDeel(db, t.w, d.sleutel);
        let inhoud = deel.inhoud;
        if (d.sleutel === 'ivp') inhoud = (await laadStand(db, t.w)).ivp; // a first read gets the proposal from steps 2 and 3
        // Its long texts are written together (ADR 0019): the reader gets their current plain text.
        else inhoud = deelMetTeksten(d.sleutel, inhoud, await leesTeksten(db, werkruimteId));
        c.header('ETag', etag(deel.versie));
        return c.json({ sleutel: d.sleutel, ...deel, inhoud, opmerkingen: d.opmerkingen?.(inhoud, t.w) ?? [] }, 200);
      },
    );

    routes.openapi(
      createRoute({
        method: 'put',
        path: `/werkruimtes/{werkruimteId}/${d.pad}`,
        tags: [tag],
        summary: `Sla ${d.naam} op`,
        description: 'Stuur If-Match met de versie die u las ("0" als het nog nooit is opgeslagen).',
        request: {
          params: werkruimteParam,
          query: gecontroleerdQuery,
          headers: ifMatchHeader,
          body: { required: true, content: { 'application/json': { schema: d.schema } } },
        },
        responses: {
          200: { content: { 'application/json': { schema: deelAntwoord } }, description: 'Opgeslagen; nieuwe ETag.' },
          422: { content: { 'application/problem+json': { schema: z.object({ detail: z.string() }) } }, description: 'In strijd met de methode; niets opgeslagen.' },
          ...versionedWriteErrors,
        },
      }),
      async (c) => {
        const { werkruimteId } = c.req.valid('param');
        const body = c.req.valid('json' as never) as unknown;
        return writeAndAnnounce(c, db, hub, async (tx, announce) => {
          const t = await toegang(c, tx, werkruimteId, d.schrijfActie, d.weigering ?? (d.schrijfActie === 'proces.beheren' ? 'Alleen de coördinator beheert het proces.' : `Uw rol mag ${d.naam} niet wijzigen.`));
          if (!t.ok) return t.response;
          if (d.alleenSoort && t.w.soort !== d.alleenSoort) return problem(c, 404, 'Deze werkruimte is geen project; een projectplan hoort bij een werkruimte van de soort project.');
          const genomen = await neemDeelVersie(c, tx, t.w, d.sleutel, t.member.gebruikerId, (nu) => ({ sleutel: d.sleutel, ...nu }));
          if (!genomen.ok) return genomen.response;
          const vorig = await laadDeel(tx, t.w, d.sleutel);
          const nieuw = d.normaliseer ? d.normaliseer(body, vorig.inhoud) : body;
          const prioriteiten = d.controleer ? (await laadDeel<Prioriteit[]>(tx, t.w, 'prioriteiten')).inhoud : [];
          const fout = d.controleer?.(nieuw, vorig.inhoud, t.w, prioriteiten);
          if (fout) return ruleProblem(c, fout.detail, fout.problemen);
          if (d.sleutel === 'project') {
            const koppeling = await controleerKoppeling(tx, t.member, t.w, (nieuw as Project).ivpKoppeling);
            if (koppeling) return ruleProblem(c, koppeling, [{ veld: 'ivpKoppeling', reden: koppeling }]);
          }
          const privacy = privacyProblem(c, nieuw, c.req.valid('query'));
          if (privacy) return privacy;
          const versie = await opslaan(c, tx, t.member, t.w, d.sleutel, nieuw, genomen.versie);
          announce({ type: 'werkruimte', werkruimteId, id: d.sleutel, versie });
          c.header('ETag', etag(versie));
          const opgeslagen = await laadDeel(tx, t.w, d.sleutel);
          return c.json({ sleutel: d.sleutel, ...opgeslagen, opmerkingen: d.opmerkingen?.(nieuw, t.w) ?? [] }, 200);
        });
      },
    );
  }

  // --- Process overview with the timeline ------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/cyclus',
      tags: [tag],
      summary: 'Overzicht: stappen met tijdlijn, prioriteiten, overige thema\'s, documenten en plancheck',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Het overzicht.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'cyclus.lezen', 'Uw rol mag de beleidscyclus in wording niet lezen; u ziet de vastgestelde documenten.');
      if (!t.ok) return t.response;
      const volledig = await laadStand(db, t.w);
      // Step states follow the work (all of it, also what this member may not see: a state is no content).
      const proces = await laadProcesVolgensWerk(db, t.w, volledig);
      const stand = zichtbareStand(volledig, t.member);
      const besluiten = await laadBesluiten(db, werkruimteId);
      const geanalyseerd = geanalyseerdeThemaIds(stand.secties);
      const vandaag = new Date().toISOString().slice(0, 10);
      return c.json(
        {
          proces: { ...proces, tijdlijn: tijdlijn(proces.inhoud, vandaag) },
          analyse: {
            ingevuld: stand.secties.filter((s) => geanalyseerd.includes(s.sleutel.replace('thema-', ''))).length,
            themas: stand.secties.filter((s) => s.sleutel.startsWith('thema-')).length,
          },
          prioriteiten: stand.prioriteiten,
          overigeThemaIds: overigeThemaIds(stand.prioriteiten, geanalyseerd),
          uitvoeringsplanJaren: stand.uitvoeringsplannen.map((p) => p.jaar),
          bevindingen: bevindingenVan(t.w, stand, besluiten),
          // The council term: elections (from the Kieswet), the coalition agreement, and warnings about the planning.
          raadsperiode: t.w.soort === 'ivp' ? raadsperiodeVan(t.w, proces.inhoud, besluiten, vandaag) : null,
        },
        200,
      );
    },
  );

  // --- Uitvoeringsplannen per year -------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/uitvoeringsplannen',
      tags: [tag],
      summary: 'De jaren waarvoor een uitvoeringsplan bestaat',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.object({ jaren: z.array(z.number().int()) }) } }, description: 'Jaren.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'cyclus.lezen', 'Uw rol mag de beleidscyclus in wording niet lezen.');
      if (!t.ok) return t.response;
      return c.json({ jaren: await uitvoeringsplanJaren(db, werkruimteId) }, 200);
    },
  );

  const jaarBuitenPeriode = (c: Ctx, w: WerkruimteKop, jaar: number) =>
    (w.periodeStart !== null && jaar < w.periodeStart) || (w.periodeEinde !== null && jaar > w.periodeEinde)
      ? problem(c, 400, `Het jaar ${jaar} valt buiten de planperiode ${w.periodeStart}-${w.periodeEinde}.`, {
          invalidParams: [{ name: 'jaar', code: 'buiten-periode', reason: `Kies een jaar van ${w.periodeStart} tot en met ${w.periodeEinde}.` }],
        })
      : null;

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/uitvoeringsplannen/{jaar}',
      tags: [tag],
      summary: 'Het uitvoeringsplan van een jaar (versie 0: nog leeg)',
      request: { params: jaarParam },
      responses: { 200: { content: { 'application/json': { schema: deelAntwoord } }, description: 'Het plan, met ETag.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, jaar } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'cyclus.lezen', 'Uw rol mag de beleidscyclus in wording niet lezen.');
      if (!t.ok) return t.response;
      const buiten = jaarBuitenPeriode(c, t.w, jaar);
      if (buiten) return buiten;
      const deel = await laadDeel<Uitvoeringsplan>(db, t.w, `uitvoeringsplan-${jaar}`);
      c.header('ETag', etag(deel.versie));
      const metTekst = { ...deel, inhoud: deelMetTeksten(`uitvoeringsplan-${jaar}`, deel.inhoud, await leesTeksten(db, werkruimteId)) };
      // Issue 19: links to confidential indicators or sections this member may not see are left out.
      const koppelbaar = await laadKoppelbaar(db, werkruimteId);
      return c.json({ sleutel: `uitvoeringsplan-${jaar}`, ...deelMetZichtbareKoppelingen(zichtbaarDeel(metTekst, t.member), koppelbaar, t.member), opmerkingen: [] }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/uitvoeringsplannen/{jaar}',
      tags: [tag],
      summary: 'Sla het uitvoeringsplan van een jaar op',
      request: { params: jaarParam, query: gecontroleerdQuery, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: uitvoeringsplanSchema } } } },
      responses: { 200: { content: { 'application/json': { schema: deelAntwoord } }, description: 'Opgeslagen.' }, ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, jaar } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'cyclus.bewerken', 'Uw rol mag het uitvoeringsplan niet wijzigen.');
        if (!t.ok) return t.response;
        const buiten = jaarBuitenPeriode(c, t.w, jaar);
        if (buiten) return buiten;
        if (body.jaar !== jaar) {
          return problem(c, 400, `Het plan in de body is van ${body.jaar}, het adres van ${jaar}.`, { invalidParams: [{ name: 'jaar', code: 'ongelijk', reason: `Verwacht ${jaar}.` }] });
        }
        const sleutel = `uitvoeringsplan-${jaar}`;
        const weigering = vertrouwelijkWeigering(body as Uitvoeringsplan, (await laadDeel<Uitvoeringsplan>(tx, t.w, sleutel)).inhoud, t.member);
        if (weigering) return refuse(c, tx, weigering);
        const koppelbaar = await laadKoppelbaar(tx, werkruimteId);
        const genomen = await neemDeelVersie<Uitvoeringsplan>(c, tx, t.w, sleutel, t.member.gebruikerId, (nu) => ({ sleutel, ...deelMetZichtbareKoppelingen(zichtbaarDeel(nu, t.member), koppelbaar, t.member) }));
        if (!genomen.ok) return genomen.response;
        const vorig = await laadDeel<Uitvoeringsplan>(tx, t.w, sleutel);
        const problemen: { veld: string; reden: string }[] = [];
        const ids = new Set<string>();
        const prioriteiten = (await laadDeel<Prioriteit[]>(tx, t.w, 'prioriteiten')).inhoud;
        const gezamenlijk = t.w.gemeenten.length > 1;
        body.actiepunten.forEach((a, i) => {
          if (a.prioriteitId !== null && !prioriteiten.some((p) => p.id === a.prioriteitId)) {
            problemen.push({ veld: `actiepunten[${i}].prioriteitId`, reden: `Prioriteit '${a.prioriteitId}' bestaat niet (meer).` });
          }
          if (a.gemeentecode) {
            const lokaal = prioriteiten.find((p) => p.id === a.prioriteitId)?.gemeentecode;
            if (!gezamenlijk) problemen.push({ veld: `actiepunten[${i}].gemeentecode`, reden: 'Een lokaal actiepunt van één gemeente kan alleen in een gezamenlijk plan.' });
            else if (!t.w.gemeenten.some((g) => g.code === a.gemeentecode)) problemen.push({ veld: `actiepunten[${i}].gemeentecode`, reden: `Gemeente ${a.gemeentecode} doet niet mee aan dit plan.` });
            else if (lokaal && lokaal !== a.gemeentecode) problemen.push({ veld: `actiepunten[${i}].gemeentecode`, reden: `Het actiepunt valt onder een lokale prioriteit van ${t.w.gemeenten.find((g) => g.code === lokaal)?.naam ?? lokaal}; het kan niet van een andere gemeente zijn.` });
          }
          a.maatregelen.forEach((m, j) => {
            if (ids.has(m.id)) problemen.push({ veld: `actiepunten[${i}].maatregelen[${j}].id`, reden: `Maatregel-id '${m.id}' komt twee keer voor.` });
            ids.add(m.id);
            if (m.startKwartaal && m.eindKwartaal && m.eindKwartaal < m.startKwartaal) {
              problemen.push({ veld: `actiepunten[${i}].maatregelen[${j}].eindKwartaal`, reden: 'Het eindkwartaal ligt voor het startkwartaal.' });
            }
          });
        });
        // An owner must be a member who may update progress (not raad or lezer).
        const magEigenaarZijn = await mogelijkeEigenaren(tx, werkruimteId);
        body.actiepunten.forEach((a, i) =>
          a.maatregelen.forEach((m, j) => {
            if (m.eigenaarId && !magEigenaarZijn.has(m.eigenaarId)) {
              problemen.push({ veld: `actiepunten[${i}].maatregelen[${j}].eigenaarId`, reden: 'De eigenaar moet lid van de werkruimte zijn, met een rol die mag bijwerken (niet raad of lezer).' });
            }
          }),
        );
        // Issue 19: the indicators, problems (theme sections) and method a measure is linked to must exist.
        problemen.push(...controleerKoppelingen(body as Uitvoeringsplan, koppelbaar, t.member));
        if (problemen.length) return ruleProblem(c, `Het uitvoeringsplan klopt niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen);
        const privacy = privacyProblem(c, body, c.req.valid('query'));
        if (privacy) return privacy;
        const verborgen = await bewaarVerborgen(tx, werkruimteId, jaar, t.member, body as Uitvoeringsplan, vorig.inhoud);
        if (!verborgen.ok) return ruleProblem(c, verborgen.reden, verborgen.problemen);
        // Links the writer left out or could not see stay as they were.
        body.actiepunten = behoudKoppelingen(verborgen.plan, body as Uitvoeringsplan, vorig.inhoud, koppelbaar, t.member).actiepunten as typeof body.actiepunten;
        const versie = await opslaan(c, tx, t.member, t.w, sleutel, metBijwerkmomenten(body as Uitvoeringsplan, vorig.inhoud, new Date().toISOString()), genomen.versie);
        announce({ type: 'werkruimte', werkruimteId, id: sleutel, versie });
        c.header('ETag', etag(versie));
        return c.json({ sleutel, ...deelMetZichtbareKoppelingen(zichtbaarDeel(await laadDeel(tx, t.w, sleutel), t.member), koppelbaar, t.member), opmerkingen: [] }, 200);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/uitvoeringsplannen/{jaar}/vervolgplan',
      tags: [tag],
      summary: 'Maak het plan voor het volgende jaar: onafgemaakte maatregelen gaan mee, met een terugblik',
      request: { params: jaarParam },
      responses: { 201: { content: { 'application/json': { schema: deelAntwoord } }, description: 'Het vervolgplan.' }, 409: { description: 'Bestaat al.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, jaar } = c.req.valid('param');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'cyclus.bewerken', 'Uw rol mag geen uitvoeringsplan maken.');
        if (!t.ok) return t.response;
        const buiten = jaarBuitenPeriode(c, t.w, jaar + 1);
        if (buiten) return buiten;
        const vorig = await laadDeel<Uitvoeringsplan>(tx, t.w, `uitvoeringsplan-${jaar}`);
        if (vorig.versie === 0) return problem(c, 404, `Er is nog geen uitvoeringsplan ${jaar}.`);
        const sleutel = `uitvoeringsplan-${jaar + 1}`;
        // Version 0 -> 1 of the next year's plan: of two people pressing the button at once, one makes it.
        const versie = await volgendeVersie(tx, cyclusdeelRij(t.w.id, sleutel, standaardInhoud(sleutel, t.w), t.member.gebruikerId), 0);
        if (versie === null) return problem(c, 409, `Het uitvoeringsplan ${jaar + 1} bestaat al.`);
        const plan = vervolgplan(vorig.inhoud, jaar + 1);
        plan.terugblik = `${plan.terugblik}\n\n${await jaarbeeldTerugblik(tx, t.w, vorig.inhoud)}`;
        await opslaan(c, tx, t.member, t.w, sleutel, plan, versie, 'cyclus.vervolgplan');
        announce({ type: 'werkruimte', werkruimteId, id: sleutel, versie });
        c.header('ETag', etag(versie));
        const koppelbaar = await laadKoppelbaar(tx, werkruimteId);
        return c.json({ sleutel, ...deelMetZichtbareKoppelingen(zichtbaarDeel(await laadDeel(tx, t.w, sleutel), t.member), koppelbaar, t.member), opmerkingen: [] }, 201);
      });
    },
  );

  // --- Projects linked to the priorities of an IVP ---------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/projecten',
      tags: [tag],
      summary: 'Projecten die aan een prioriteit van dit IVP zijn gekoppeld (alleen projecten waarvan u lid bent)',
      request: { params: werkruimteParam },
      responses: {
        200: {
          content: { 'application/json': { schema: z.object({ projecten: z.array(z.object({ id: z.string(), naam: z.string(), prioriteitId: z.string() })) }) } },
          description: 'Gekoppelde projecten.',
        },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'cyclus.lezen', 'Uw rol mag de beleidscyclus in wording niet lezen.');
      if (!t.ok) return t.response;
      return c.json({ projecten: await gekoppeldeProjecten(db, werkruimteId, t.member.gebruikerId) }, 200);
    },
  );

  // --- Plan check --------------------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/plancheck',
      tags: [tag],
      summary: 'Bevindingen over de documenten, met ernst en de plek om te herstellen',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Bevindingen.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'cyclus.lezen', 'Uw rol mag de plancheck niet zien.');
      if (!t.ok) return t.response;
      const bevindingen = bevindingenVan(t.w, zichtbareStand(await laadStand(db, t.w), t.member), await laadBesluiten(db, werkruimteId));
      return c.json({ bevindingen, fouten: bevindingen.filter((b) => b.ernst === 'fout').length, waarschuwingen: bevindingen.filter((b) => b.ernst === 'waarschuwing').length }, 200);
    },
  );

  // --- Documents, decisions, adopted versions --------------------------------------------------
  const documentParam = z.object({
    werkruimteId: uuidParam('werkruimteId'),
    document: z.string().openapi({ param: { name: 'document', in: 'path' }, example: 'ivp.docx', description: 'startnotitie, veiligheidsanalyse, ivp of uitvoeringsplan; met .docx het Word-bestand.' }),
  });
  const documentQuery = z.object({
    jaar: z.coerce.number().int().min(2000).max(2100).optional().openapi({ description: 'Bij het uitvoeringsplan: het jaar (standaard het laatste).' }),
    versie: z.coerce.number().int().min(1).optional().openapi({ description: 'Een vastgestelde versie in plaats van de huidige.' }),
    gemeente: z
      .string()
      .regex(/^GM\d{4}$/, 'Een CBS-gemeentecode, bv. GM0344.')
      .optional()
      .openapi({ description: 'Gezamenlijk IVP: de versie van één deelnemende gemeente.' }),
  });

  /** Documents a joint plan has per municipality: each council or college decides on its own version. */
  const perGemeente = (soort: DocumentSoort) => soort === 'startnotitie' || soort === 'ivp' || soort === 'uitvoeringsplan';

  /** The municipality of a joint IVP asked for, or the answer to give when it is not a participant. */
  function kiesGemeente(c: Ctx, w: WerkruimteKop, soort: DocumentSoort, code: string | null | undefined) {
    if (!code) return { ok: true as const, gemeente: null };
    if (!perGemeente(soort) || w.gemeenten.length < 2) {
      return {
        ok: false as const,
        response: problem(c, 400, 'Een versie per gemeente bestaat alleen voor de startnotitie, het IVP en de uitvoeringsplannen van een gezamenlijk plan.', {
          invalidParams: [{ name: 'gemeente', code: 'niet-gezamenlijk', reason: w.gemeenten.length < 2 ? 'Dit is geen gezamenlijk plan.' : 'De veiligheidsanalyse is één gezamenlijk document.' }],
        }),
      };
    }
    if (!w.gemeenten.some((g) => g.code === code)) {
      return { ok: false as const, response: problem(c, 400, `Gemeente ${code} doet niet mee aan dit IVP.`, { invalidParams: [{ name: 'gemeente', code: 'onbekend', reason: `Kies uit ${w.gemeenten.map((g) => g.code).join(', ')}.` }] }) };
    }
    return { ok: true as const, gemeente: code };
  }

  function leesDocumentNaam(c: Ctx, naam: string) {
    const m = naam.match(/^(startnotitie|veiligheidsanalyse|ivp|uitvoeringsplan|projectplan)(\.docx)?$/);
    if (!m) {
      return {
        ok: false as const,
        response: problem(c, 404, `Onbekend document '${naam}'. Kies uit ${documentSoorten.join(', ')} (met .docx voor Word).`),
      };
    }
    return { ok: true as const, soort: m[1] as DocumentSoort, docx: !!m[2] };
  }

  async function kiesJaar(tx: Queryable, werkruimteId: string, soort: DocumentSoort, jaar: number | undefined) {
    if (soort !== 'uitvoeringsplan') return null;
    if (jaar !== undefined) return jaar;
    return (await uitvoeringsplanJaren(tx, werkruimteId)).at(-1) ?? null;
  }

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/documenten',
      tags: [tag],
      summary: 'De documenten met status, versie, besluiten en vastgestelde versies',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Documenten.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'documenten.vastgesteld.lezen', 'Uw rol mag de documenten niet zien.');
      if (!t.ok) return t.response;
      const alleenVastgesteld = !mag(t.member, 'cyclus.lezen');
      const stand = await laadStand(db, t.w);
      const lijst = [];
      const gezamenlijk = t.w.gemeenten.length > 1;
      const items: { soort: DocumentSoort; jaar: number | null; gemeentecode?: string }[] =
        t.w.soort === 'project'
          ? [{ soort: 'projectplan', jaar: null }]
          : [
              { soort: 'startnotitie', jaar: null },
              { soort: 'veiligheidsanalyse', jaar: null },
              { soort: 'ivp', jaar: null },
              ...(gezamenlijk ? t.w.gemeenten.map((g) => ({ soort: 'startnotitie' as const, jaar: null, gemeentecode: g.code })) : []),
              ...(gezamenlijk ? t.w.gemeenten.map((g) => ({ soort: 'ivp' as const, jaar: null, gemeentecode: g.code })) : []),
              ...stand.uitvoeringsplannen.flatMap((p) => [
                { soort: 'uitvoeringsplan' as const, jaar: p.jaar },
                ...(gezamenlijk ? t.w.gemeenten.map((g) => ({ soort: 'uitvoeringsplan' as const, jaar: p.jaar, gemeentecode: g.code })) : []),
              ]),
            ];
      for (const item of items) {
        const d = (await documentStand(db, werkruimteId, stand, item.soort, item.jaar, item.gemeentecode ?? null))!;
        lijst.push({
          soort: item.soort,
          jaar: item.jaar,
          gemeentecode: item.gemeentecode ?? null,
          titel: item.gemeentecode ? `${d.model.ondertitel}, versie van ${t.w.gemeenten.find((g) => g.code === item.gemeentecode)?.naam}` : d.model.ondertitel,
          versie: alleenVastgesteld ? null : d.versie,
          status: alleenVastgesteld ? null : d.status,
          statusTekst: alleenVastgesteld ? null : d.model.status,
          vastgesteldDoor: vaststellerTekst(item.soort),
          besluiten: alleenVastgesteld ? d.besluiten.filter((b) => b.soort === 'vastgesteld') : d.besluiten,
          vastgesteldeVersies: d.vastgesteldeVersies,
        });
      }
      return c.json({ documenten: lijst, alleenVastgesteld }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/documenten/{document}',
      tags: [tag],
      summary: 'Een document: als model (JSON, voor de HTML-weergave) of met .docx als Word-bestand',
      request: { params: documentParam, query: documentQuery },
      responses: {
        200: {
          content: {
            'application/json': { schema: z.unknown() },
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: z.string().openapi({ format: 'binary' }) },
          },
          description: 'Het document.',
        },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, document } = c.req.valid('param');
      const query = c.req.valid('query');
      const naam = leesDocumentNaam(c, document);
      if (!naam.ok) return naam.response;
      const t = await toegang(c, db, werkruimteId, 'documenten.vastgesteld.lezen', 'Uw rol mag de documenten niet zien.');
      if (!t.ok) return t.response;
      const jaar = await kiesJaar(db, werkruimteId, naam.soort, query.jaar);
      if (naam.soort === 'uitvoeringsplan' && jaar === null) return problem(c, 404, 'Er is nog geen uitvoeringsplan.');
      const g = kiesGemeente(c, t.w, naam.soort, query.gemeente);
      if (!g.ok) return g.response;
      let model;
      let versie: number;
      if (query.versie !== undefined) {
        model = await vastgesteldeVersie(db, werkruimteId, naam.soort, jaar, query.versie, g.gemeente);
        if (!model) return problem(c, 404, `Versie ${query.versie} van dit document is niet vastgesteld.`);
        versie = query.versie;
      } else {
        if (!mag(t.member, 'cyclus.lezen')) {
          return refuse(c, db, 'Uw rol ziet alleen vastgestelde versies; vraag een vastgestelde versie op met ?versie=.');
        }
        const d = await documentStand(db, werkruimteId, await laadStand(db, t.w), naam.soort, jaar, g.gemeente);
        if (!d) return problem(c, 404, naam.soort === 'uitvoeringsplan' ? `Er is geen uitvoeringsplan ${jaar}.` : 'Dit document hoort niet bij deze soort werkruimte.');
        model = d.model;
        versie = d.versie;
      }
      if (!naam.docx) return c.json({ ...model, versie, jaar }, 200);
      const bestand = await naarDocx(model);
      const gemeentenaam = g.gemeente ? t.w.gemeenten.find((x) => x.code === g.gemeente)!.naam : t.w.gemeentenaam;
      const bestandsnaam = `${naam.soort}${jaar ? `-${jaar}` : ''}-${gemeentenaam.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-v${versie}.docx`;
      return new Response(new Uint8Array(bestand), {
        status: 200,
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Content-Disposition': `attachment; filename="${bestandsnaam}"`,
          'Cache-Control': 'private, no-store',
        },
      }) as never;
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/documenten/{document}/besluiten',
      tags: [tag],
      summary: 'Leg een bespreking of vaststelling vast; vaststellen bevriest de huidige versie',
      request: { params: documentParam, body: { required: true, content: { 'application/json': { schema: besluitInvoerSchema } } } },
      responses: { 201: { content: { 'application/json': { schema: z.unknown() } }, description: 'Vastgelegd.' }, 409: { description: 'Deze versie is al vastgesteld.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId, document } = c.req.valid('param');
      const body = c.req.valid('json');
      const naam = leesDocumentNaam(c, document);
      if (!naam.ok || naam.docx) return problem(c, 404, `Onbekend document '${document}'.`);
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'goedkeuring.vastleggen', 'Alleen de coördinator of een beslisser legt besluiten vast.');
        if (!t.ok) return t.response;
        // One decision at a time per workspace: the version it applies to cannot shift underneath.
        await vergrendelWerkruimte(tx, werkruimteId);
        const jaar = await kiesJaar(tx, werkruimteId, naam.soort, body.jaar);
        if (naam.soort === 'uitvoeringsplan' && jaar === null) return problem(c, 404, 'Er is nog geen uitvoeringsplan.');
        const g = kiesGemeente(c, t.w, naam.soort, body.gemeentecode);
        if (!g.ok) return g.response;
        if (perGemeente(naam.soort) && t.w.gemeenten.length > 1 && body.soort === 'vastgesteld' && !g.gemeente) {
          const wat = naam.soort === 'ivp' ? 'IVP' : naam.soort === 'startnotitie' ? 'de startnotitie' : 'het uitvoeringsplan';
          return problem(c, 422, `Bij een gezamenlijk plan stelt elke gemeente een eigen versie van ${wat} vast. Geef aan welke gemeente (gemeentecode).`, {
            invalidParams: [{ name: 'gemeentecode', code: 'verplicht', reason: `Kies uit ${t.w.gemeenten.map((x) => x.code).join(', ')}.` }],
          });
        }
        // Issue 15: the Raad adopts an IVP only when every priority has an effect indicator with a
        // target, or the coordinator recorded why not. Checked on what the document holds (nothing confidential).
        if (naam.soort === 'ivp' && body.soort === 'vastgesteld' && body.orgaan === 'Raad') {
          const zonder = prioriteitenZonderStreefwaarde(openbareStand(await laadStand(tx, t.w)), g.gemeente).filter((x) => !x.reden);
          if (zonder.length > 0) {
            const namen = opsomming(zonder.map((x) => `'${x.prioriteit.titel}'`));
            return problem(
              c,
              422,
              `De Raad kan dit IVP nog niet vaststellen: ${zonder.length === 1 ? `prioriteit ${namen} heeft` : `de prioriteiten ${namen} hebben`} nog geen effectindicator met streefwaarde. ` +
                'Voeg bij de indicatoren een indicator met streefwaarde toe, of laat de coördinator bij het IVP vastleggen waarom die er niet is. Er is niets vastgelegd.',
              {
                invalidParams: zonder.map((x) => ({
                  name: `prioriteiten.${x.prioriteit.id}`,
                  code: 'prioriteit-zonder-streefwaarde',
                  reason: `'${x.prioriteit.titel}' heeft geen effectindicator met streefwaarde. Voeg er een toe (Indicatoren, bij deze prioriteit), of leg vast waarom niet (IVP, hoofdstuk 4: prioriteiten zonder streefwaarde).`,
                })),
                prioriteiten: zonder.map((x) => ({ id: x.prioriteit.id, titel: x.prioriteit.titel, plek: `indicatoren#prioriteit-${x.prioriteit.id}`, redenPlek: 'ivp#streefwaarden' })),
              } as never,
            );
          }
        }
        const r = await legBesluitVast(tx, t.w, t.member.gebruikerId, {
          gemeentecode: g.gemeente,
          document: naam.soort,
          jaar,
          soort: body.soort,
          orgaan: body.orgaan,
          datum: body.datum,
          toelichting: body.toelichting ?? '',
        });
        if (!r) return problem(c, 404, naam.soort === 'uitvoeringsplan' ? `Er is geen uitvoeringsplan ${jaar}.` : 'Dit document hoort niet bij deze soort werkruimte.');
        if (r.alVastgesteld) {
          return problem(c, 409, `Versie ${r.versie} is al vastgesteld. Wijzig het document; dan ontstaat versie ${r.versie + 1}, die u opnieuw kunt laten vaststellen.`);
        }
        const waarschuwingen: string[] = [];
        if (body.soort === 'vastgesteld' && !juisteVaststeller(naam.soort, body.orgaan)) {
          waarschuwingen.push(`Volgens de methode stelt ${vaststellerTekst(naam.soort)} ${documentMetLidwoord[naam.soort]} vast. De plancheck meldt dit als fout.`);
        }
        announce({ type: 'werkruimte', werkruimteId, id: `document:${naam.soort}` });
        const besluit: Besluit & { id: string } = {
          id: r.besluitId,
          document: naam.soort,
          jaar,
          soort: body.soort,
          orgaan: body.orgaan,
          datum: body.datum,
          toelichting: body.toelichting ?? '',
          versie: r.versie,
        };
        return c.json({ besluit, waarschuwingen }, 201);
      });
    },
  );

  return routes;
}
