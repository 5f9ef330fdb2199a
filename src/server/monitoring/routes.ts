/**
 * Step 6, steering: effect indicators with measurements, progress of measures, the dashboard, the
 * progress meeting (schedule, agenda, minutes), progress reports and the yearbook (model and Word),
 * the target table, reminders and alerts, and each user's notifications.
 */
import { deelMetTeksten } from '../../domain/cyclus/teksten.ts';
import { leesTeksten } from '../teksten/opslag.ts';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { type Prioriteit, type Uitvoeringsplan, volledigeMaatregel } from '../../domain/cyclus/inhoud.ts';
import { themas, vindThema } from '../../domain/kennisbank/kennisbank.ts';
import { strategischeThemas } from '../../domain/kennisbank/kennisbank.ts';
import { bereikFout } from '../../domain/monitoring/getallen.ts';
import { vergelijkingVoorWerkruimte } from '../politie/cijfers.ts';
import { controleerIndicatorInvoer, streeftabel, vulAfgeleideWaarden } from '../../domain/monitoring/indicatoren.ts';
import { dashboardVan, indicatorOverzicht, rapportageDocument, rapportagePeriode, type Rapportage, streeftabelDocument } from '../../domain/monitoring/dashboard.ts';
import { type Indicator, isPerEenheid, STANDAARD_NOEMER, type Streefwaarde } from '../../domain/monitoring/typen.ts';
import { agendaTekst, agendaVoor, bijwerkenSinds, bijwerkstand, maatregelenMetPlek, type Monitoring, volgendOverleg } from '../../domain/monitoring/voortgang.ts';
import { type Actie, mag, magOnderdeelZien, magVertrouwelijkInstellen, magVoortgangBijwerken } from '../../domain/toegang/rollen.ts';
import { type AppEnv, refuse, requireUser, lidVan } from '../toegang/middleware.ts';
import { laadDeel, laadWerkruimte, schrijfDeel, type WerkruimteKop } from '../cyclus/opslag.ts';
import type { Db, Queryable } from '../db/db.ts';
import { naarDocx } from '../documenten/docx.ts';
import type { DocumentModel } from '../../domain/cyclus/document.ts';
import { behandelingProbleem, raadsstatus, zelfdeRapportage } from '../../domain/raad/raad.ts';
import { bevriesRaadsversie, laadRaadsversieModel, laadRaadsversies, legBehandelingVast } from '../raad/opslag.ts';
import type { Mailer } from '../mail/mailer.ts';
import { signaalAchter, stuurHerinneringen } from './herinneringen.ts';
import { controleerReeks, volgPolitieReeksen } from './politiereeks.ts';
import { controleerVeiligheidsmonitorReeks } from '../../domain/veiligheidsmonitor/reeks.ts';
import { laadOnderwerpen } from '../veiligheidsmonitor/opslag.ts';
import { volgVeiligheidsmonitorReeksen } from '../veiligheidsmonitor/reeksen.ts';
import { regionaleIndicatorBestaat } from '../regio/opslag.ts';
import { actiepuntVoorGemeente } from '../../domain/cyclus/documenten.ts';
import {
  bijTeHouden,
  eigenaarProbleem,
  type IndicatorGegevens,
  type IndicatorRij,
  indicatorVersieRij,
  laadIndicatoren,
  laadMeldingen,
  laadMonitoring,
  laadPlannen,
  ledenNamen,
  legMetingVast,
  maakIndicator,
  maakMeldingen,
  mailMeldingen,
  markeerGelezen,
  signaalOntvangers,
  verwijderIndicator,
  verwijderMeting,
  wijzigIndicator,
  zetIndicatorVertrouwelijk,
  zichtbaar,
} from './opslag.ts';
import { problem } from '../problem.ts';
import type { Hub } from '../realtime/hub.ts';
import { legWijzigingVast } from '../werkruimte/geschiedenis.ts';
import { neemDeelVersie } from '../cyclus/deel-versie.ts';
import { findMember } from '../toegang/lidmaatschap.ts';
import { ifMatchHeader, protectedErrors, uuidParam, versionedWriteErrors, writeAndAnnounce } from '../api/common.ts';
import { indicatorInvoerSchema, leesMeetwaarde, metingInvoerSchema, monitoringSchema, rapportageSchema, tekstProblemen, voortgangInvoerSchema } from './schemas.ts';
import { datumSchema } from '../api/schemas.ts';
import { validationHook422 } from '../api/validation.ts';
import { etag, neemVersie, optioneleIfMatch, versieConflict } from '../api/versioning.ts';
import { cyclusdeelRij, volgendeVersie, verhoogVersie } from '../db/versies.ts';

const tag = 'Sturing (stap 6)';
const noWorkspace = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
type Ctx = Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0];

const vandaag = () => new Date().toISOString().slice(0, 10);
/** Offered to the council or discussed there (issue 15), with the date. */
const raadsbehandelingSchema = z
  .object({ soort: z.enum(['aangeboden', 'besproken']).openapi({ description: 'aangeboden (bevriest de rapportage) of besproken.' }), datum: datumSchema })
  .openapi('Raadsbehandeling');
const json = (description: string) => ({ 200: { content: { 'application/json': { schema: z.unknown() } }, description }, ...protectedErrors });

function regelProbleem(c: Ctx, detail: string, problemen: { veld: string; reden: string }[]) {
  return problem(c, 422, detail, { invalidParams: problemen.map((p) => ({ name: p.veld, code: 'regel', reason: p.reden })) });
}

/** Police figures of municipalities of the same size, per theme: the target helper's comparison. */
export interface Vergelijkbaar {
  jaar: number;
  klasse: string;
  /** Per 1,000 inhabitants: own value, the class average, own place (1 = lowest) of how many. */
  per1000: number | null;
  gemiddelde: number | null;
  plaats: number | null;
  van: number;
}

type Vergelijking = Awaited<ReturnType<typeof vergelijkingVoorWerkruimte>>;

function vergelijkbaarVoor(i: Indicator, v: Vergelijking | null): Vergelijkbaar | null {
  if (!v?.jaar || !i.reeks?.themaId) return null;
  const g = v.gemeenten.find((x) => x.code === i.reeks!.gemeentecode);
  const t = g?.themas.find((x) => x.themaId === i.reeks!.themaId);
  if (!g?.klasse || !t || t.van < 2) return null;
  return { jaar: v.jaar, klasse: g.klasse, per1000: t.per1000, gemiddelde: t.gemiddelde, plaats: t.plaats, van: t.van };
}

/** An indicator as the API gives it: the stored fields, its measurements judged, and the helpers. */
function indicatorAntwoord(i: IndicatorRij, m: Monitoring, v: Vergelijking | null = null) {
  const o = indicatorOverzicht(i, m.beoordeling);
  return { ...o, versie: i.versie, eigenaarNaam: i.eigenaarNaam, bijgewerktOp: i.bijgewerktOp, beoordeling: m.beoordeling, vergelijkbareGemeenten: vergelijkbaarVoor(i, v) };
}

/** The comparison, only when an indicator follows a police theme series (it reads all municipalities). */
async function vergelijkingAlsNodig(db: Queryable, werkruimteId: string, indicatoren: readonly Indicator[]): Promise<Vergelijking | null> {
  return indicatoren.some((i) => i.reeks?.themaId) ? vergelijkingVoorWerkruimte(db, werkruimteId) : null;
}

export function monitoringRoutes(db: Db, hub: Hub, mailer: Mailer | null = null) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook422 });
  routes.use('/werkruimtes/*', requireUser(db));
  routes.use('/meldingen', requireUser(db));
  routes.use('/meldingen/*', requireUser(db));

  async function toegang(c: Ctx, tx: Queryable, werkruimteId: string, actie: Actie | null, weigering: string) {
    const member = await lidVan(c, tx, werkruimteId);
    if (!member) return { ok: false as const, response: problem(c, 404, noWorkspace) };
    if (actie && !mag(member, actie)) return { ok: false as const, response: (await refuse(c, tx, weigering)) as never };
    const w = (await laadWerkruimte(tx, werkruimteId))!;
    return { ok: true as const, member, w };
  }

  const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
  const indicatorParam = z.object({ werkruimteId: uuidParam('werkruimteId'), indicatorId: uuidParam('indicatorId') });

  async function prioriteiten(tx: Queryable, w: WerkruimteKop) {
    return (await laadDeel<Prioriteit[]>(tx, w, 'prioriteiten')).inhoud;
  }

  /** The targets as sent (in that order), with only the fields of their form. */
  function streefVan(lijst: z.infer<typeof indicatorInvoerSchema>['streefwaarden']): Streefwaarde[] {
    return (lijst ?? []).map((s) => {
      const soort = s.soort ?? 'waarde';
      return {
        jaar: s.jaar,
        waarde: s.waarde ?? 0,
        ...(soort === 'waarde' ? {} : { soort }),
        ...(soort === 'relatief' ? { procent: s.procent!, basis: s.basis ?? 'periode' } : {}),
        ...(soort === 'kwalitatief' ? { koers: s.koers! } : {}),
        ...(soort === 'reeks' ? { totJaar: s.totJaar! } : {}),
      };
    });
  }

  /** Checks the links and values of an indicator; problems name the JSON field. */
  /** `streefwaarden` in the order sent, so a problem names the row the writer sent. */
  async function controleer(tx: Queryable, w: WerkruimteKop, g: IndicatorGegevens, eigenaarId: string | null, streefwaarden: IndicatorGegevens['streefwaarden']) {
    const problemen = controleerIndicatorInvoer({ referentiejaar: g.referentiejaar, referentiewaarde: g.referentiewaarde, eenheid: g.eenheid, streefwaarden });
    if (g.prioriteitId && !(await prioriteiten(tx, w)).some((p) => p.id === g.prioriteitId)) {
      problemen.push({ veld: 'prioriteitId', reden: `Prioriteit '${g.prioriteitId}' bestaat niet in deze werkruimte.` });
    }
    if (g.themaId && !vindThema(g.themaId) && !strategischeThemas.some((s) => s.id === g.themaId)) {
      problemen.push({ veld: 'themaId', reden: `Onbekend thema '${g.themaId}'; gebruik een thema (1.1 tot en met 5.5) of een strategisch thema.` });
    }
    if (g.reeks) problemen.push(...controleerReeks(g.reeks, w.gemeenten.map((x) => x.code), g.eenheid));
    if (g.veiligheidsmonitor) {
      const eigen = new Map((await laadOnderwerpen(tx)).map((o) => [o.indicatorId, o.eenheid] as const));
      problemen.push(...controleerVeiligheidsmonitorReeks(g.veiligheidsmonitor, w.gemeenten.map((x) => x.code), g.eenheid, eigen));
    }
    if (g.regioKoppeling) {
      if (w.regio) problemen.push({ veld: 'regioKoppeling', reden: 'Een regionale indicator hangt niet aan een andere regio; koppel de indicatoren van de gemeenten aan deze.' });
      else if (!(await regionaleIndicatorBestaat(tx, g.regioKoppeling.werkruimteId, g.regioKoppeling.indicatorId, w.gemeenten.map((x) => x.code)))) {
        problemen.push({ veld: 'regioKoppeling.indicatorId', reden: 'Geen regionale indicator van een regio waarin deze gemeente ligt (of ze is vertrouwelijk); kies er een uit GET …/regionale-indicatoren.' });
      }
    }
    if (g.reeks?.themaId && !vindThema(g.reeks.themaId)) problemen.push({ veld: 'reeks.themaId', reden: `Onbekend thema '${g.reeks.themaId}'.` });
    if (eigenaarId) {
      const lid = await findMember(tx, w.id, eigenaarId);
      if (!lid || lid.rol === 'raad' || lid.rol === 'lezer' || lid.rol === 'auditor') problemen.push({ veld: 'eigenaarId', reden: 'De eigenaar moet lid van de werkruimte zijn, met een rol die mag bijwerken (niet raad, lezer of auditor).' });
    }
    return problemen;
  }

  function gegevensVan(body: z.infer<typeof indicatorInvoerSchema>): IndicatorGegevens {
    const referentiejaar = body.referentiejaar ?? null;
    const referentiewaarde = body.referentiewaarde ?? null;
    const streefwaarden = vulAfgeleideWaarden({ referentiejaar, referentiewaarde, streefwaarden: streefVan(body.streefwaarden).sort((a, b) => a.jaar - b.jaar) });
    const noemer = isPerEenheid(body.eenheid) && body.noemer && body.noemer !== STANDAARD_NOEMER ? body.noemer : null;
    return {
      naam: body.naam,
      prioriteitId: body.prioriteitId ?? null,
      themaId: body.themaId ?? null,
      ...(body.overkoepelend === true && !body.prioriteitId ? { overkoepelend: true } : {}),
      bron: body.bron ?? 'overig',
      bronToelichting: body.bronToelichting ?? '',
      aard: body.aard ?? 'objectief',
      eenheid: body.eenheid,
      ...(noemer ? { noemer } : {}),
      richting: body.richting,
      referentiejaar,
      referentiewaarde,
      streefwaarden,
      reeks: body.reeks ? { gemeentecode: body.reeks.gemeentecode, themaId: body.reeks.themaId ?? null, codes: body.reeks.codes ?? [] } : null,
      ...(body.veiligheidsmonitor ? { veiligheidsmonitor: { regiocode: body.veiligheidsmonitor.regiocode, indicatorId: body.veiligheidsmonitor.indicatorId } } : {}),
      ...(body.regioKoppeling ? { regioKoppeling: { werkruimteId: body.regioKoppeling.werkruimteId, indicatorId: body.regioKoppeling.indicatorId } } : {}),
    };
  }

  // --- Indicators ---------------------------------------------------------------------------
  routes.openapi(
    createRoute({ method: 'get', path: '/werkruimtes/{werkruimteId}/indicatoren', tags: [tag], summary: 'De effectindicatoren, met beoordeelde metingen', request: { params: werkruimteParam }, responses: json('Indicatoren.') }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'dashboard.lezen', 'Uw rol mag de indicatoren niet zien.');
      if (!t.ok) return t.response;
      const m = (await laadMonitoring(db, t.w)).inhoud;
      const lijst = zichtbaar(t.member, await laadIndicatoren(db, werkruimteId));
      const v = await vergelijkingAlsNodig(db, werkruimteId, lijst);
      return c.json({ beoordeling: m.beoordeling, indicatoren: lijst.map((i) => indicatorAntwoord(i, m, v)) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/indicatoren/suggesties',
      tags: [tag],
      summary: "Effectindicatoren uit de kennisbank: eerst die van de thema's van de prioriteit",
      request: { params: werkruimteParam, query: z.object({ prioriteitId: z.string().max(40).optional(), themaId: z.string().max(60).optional() }) },
      responses: json('Suggesties.'),
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const { prioriteitId, themaId } = c.req.valid('query');
      const t = await toegang(c, db, werkruimteId, 'cyclus.lezen', 'Uw rol mag geen indicatoren toevoegen.');
      if (!t.ok) return t.response;
      const p = prioriteitId ? (await prioriteiten(db, t.w)).find((x) => x.id === prioriteitId) : undefined;
      if (prioriteitId && !p) return problem(c, 404, `Prioriteit '${prioriteitId}' bestaat niet in deze werkruimte.`);
      const eigen = new Set(p ? p.themaIds : themaId ? [themaId] : []);
      const alle = themas.flatMap((th) => th.effectindicatoren.map((i) => ({ ...i, themaId: th.id, themaNaam: th.naam, eigenThema: eigen.has(th.id) })));
      const suggesties = [...alle.filter((s) => s.eigenThema), ...alle.filter((s) => !s.eigenThema)];
      return c.json({ themaIds: [...eigen], suggesties }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/indicatoren',
      tags: [tag],
      summary: 'Voeg een effectindicator toe',
      request: { params: werkruimteParam, body: { required: true, content: { 'application/json': { schema: indicatorInvoerSchema } } } },
      responses: { 201: { content: { 'application/json': { schema: z.unknown() } }, description: 'De indicator, met streefveranderingProcent.' }, 422: { description: 'Ongeldige waarde; het veld staat in invalidParams.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'cyclus.bewerken', 'Uw rol mag geen indicatoren toevoegen.');
        if (!t.ok) return t.response;
        const g = gegevensVan(body);
        if (body.vertrouwelijk && !magVertrouwelijkInstellen(t.member)) return refuse(c, tx, 'Alleen de coördinator maakt een indicator vertrouwelijk.');
        const problemen = [
          ...tekstProblemen(await c.req.json(), g.eenheid),
          ...(await controleer(tx, t.w, g, body.eigenaarId ?? null, streefVan(body.streefwaarden))),
          ...(await eigenaarProbleem(tx, werkruimteId, body.vertrouwelijk === true, body.eigenaarId ?? null)),
        ];
        if (problemen.length) return regelProbleem(c, `De indicator klopt niet: ${problemen.map((p) => `${p.veld}: ${p.reden}`).join(' ')}`, problemen);
        const indicatorId = await maakIndicator(tx, werkruimteId, g, body.eigenaarId ?? null, t.member.gebruikerId);
        if (body.vertrouwelijk) await zetIndicatorVertrouwelijk(tx, werkruimteId, indicatorId, true);
        if (g.reeks) await volgPolitieReeksen(tx, { indicatorId });
        if (g.veiligheidsmonitor) await volgVeiligheidsmonitorReeksen(tx, { indicatorId });
        announce({ type: 'werkruimte', werkruimteId, id: 'indicatoren', versie: 1, vertrouwelijk: body.vertrouwelijk === true });
        const m = (await laadMonitoring(tx, t.w)).inhoud;
        const [i] = await laadIndicatoren(tx, werkruimteId, indicatorId);
        c.header('ETag', etag(i!.versie));
        c.header('Location', `/api/v1/werkruimtes/${werkruimteId}/indicatoren/${i!.id}`);
        return c.json(indicatorAntwoord(i!, m), 201);
      });
    },
  );

  /** The current indicator for a 412, or null when it is gone. */
  async function huidigeIndicator(c: Ctx, tx: Queryable, w: WerkruimteKop, indicatorId: string) {
    const nu = await eenIndicator(c, tx, w.id, indicatorId);
    return nu && { versie: nu.versie, body: indicatorAntwoord(nu, (await laadMonitoring(tx, w)).inhoud) };
  }

  async function eenIndicator(c: Ctx, tx: Queryable, werkruimteId: string, indicatorId: string) {
    if (!/^[0-9a-f-]{36}$/i.test(indicatorId)) return null;
    // A confidential indicator does not exist for a member without clearance (404, as for an unknown id).
    return (await laadIndicatoren(tx, werkruimteId, indicatorId, await lidVan(c, tx, werkruimteId)))[0] ?? null;
  }

  routes.openapi(
    createRoute({ method: 'get', path: '/werkruimtes/{werkruimteId}/indicatoren/{indicatorId}', tags: [tag], summary: 'Eén indicator met zijn metingen (elk met status) en de streefhulp', request: { params: indicatorParam }, responses: json('De indicator.') }),
    async (c) => {
      const { werkruimteId, indicatorId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'dashboard.lezen', 'Uw rol mag de indicatoren niet zien.');
      if (!t.ok) return t.response;
      const i = await eenIndicator(c, db, werkruimteId, indicatorId);
      if (!i) return problem(c, 404, 'Deze indicator bestaat niet in deze werkruimte.');
      c.header('ETag', etag(i.versie));
      return c.json(indicatorAntwoord(i, (await laadMonitoring(db, t.w)).inhoud, await vergelijkingAlsNodig(db, werkruimteId, [i])), 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/indicatoren/{indicatorId}',
      tags: [tag],
      summary: 'Wijzig een indicator (met If-Match)',
      description: 'Vervangt de indicator; alleen eigenaarId mag ontbreken, dan blijft de eigenaar dezelfde (null maakt hem leeg). Metingen blijven staan.',
      request: { params: indicatorParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: indicatorInvoerSchema } } } },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Gewijzigd.' }, 422: { description: 'Ongeldige waarde.' }, ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, indicatorId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'cyclus.bewerken', 'Uw rol mag indicatoren niet wijzigen.');
        if (!t.ok) return t.response;
        const gezien = await eenIndicator(c, tx, werkruimteId, indicatorId);
        if (!gezien) return problem(c, 404, 'Deze indicator bestaat niet in deze werkruimte.');
        if (body.vertrouwelijk !== undefined && body.vertrouwelijk !== gezien.vertrouwelijk && !magVertrouwelijkInstellen(t.member)) return refuse(c, tx, 'Alleen de coördinator maakt een indicator vertrouwelijk of openbaar.');
        const genomen = await neemVersie(c, tx, indicatorVersieRij(indicatorId, t.member.gebruikerId), () => huidigeIndicator(c, tx, t.w, indicatorId));
        if (!genomen.ok) return genomen.response;
        const i = (await eenIndicator(c, tx, werkruimteId, indicatorId))!;
        const m = (await laadMonitoring(tx, t.w)).inhoud;
        const g = gegevensVan(body);
        const eigenaar = body.eigenaarId === undefined ? i.eigenaarId : body.eigenaarId;
        const vertrouwelijk = body.vertrouwelijk ?? i.vertrouwelijk;
        const problemen = [...tekstProblemen(await c.req.json(), g.eenheid), ...(await controleer(tx, t.w, g, eigenaar, streefVan(body.streefwaarden))), ...(await eigenaarProbleem(tx, werkruimteId, vertrouwelijk, eigenaar))];
        for (const [n, meting] of i.metingen.entries()) {
          const fout = bereikFout(meting.waarde, g.eenheid);
          if (fout) problemen.push({ veld: 'eenheid', reden: `De meting van ${meting.periode} (nummer ${n + 1}) past niet bij deze eenheid: ${fout}` });
          const benchmarkFout = meting.benchmark == null ? null : bereikFout(meting.benchmark, g.eenheid);
          if (benchmarkFout) problemen.push({ veld: 'eenheid', reden: `De benchmark bij de meting van ${meting.periode} (nummer ${n + 1}) past niet bij deze eenheid: ${benchmarkFout}` });
        }
        if (problemen.length) return regelProbleem(c, `De indicator klopt niet: ${problemen.map((p) => `${p.veld}: ${p.reden}`).join(' ')}`, problemen);
        await wijzigIndicator(tx, indicatorId, g, eigenaar, t.member.gebruikerId);
        if (vertrouwelijk !== i.vertrouwelijk) await zetIndicatorVertrouwelijk(tx, werkruimteId, indicatorId, vertrouwelijk);
        if (g.reeks) await volgPolitieReeksen(tx, { indicatorId });
        if (g.veiligheidsmonitor) await volgVeiligheidsmonitorReeksen(tx, { indicatorId });
        const [nieuw] = await laadIndicatoren(tx, werkruimteId, indicatorId);
        announce({ type: 'werkruimte', werkruimteId, id: 'indicatoren', versie: nieuw!.versie, vertrouwelijk: vertrouwelijk && i.vertrouwelijk });
        c.header('ETag', etag(nieuw!.versie));
        return c.json(indicatorAntwoord(nieuw!, m), 200);
      });
    },
  );

  routes.openapi(
    createRoute({ method: 'delete', path: '/werkruimtes/{werkruimteId}/indicatoren/{indicatorId}', tags: [tag], summary: 'Verwijder een indicator met zijn metingen (met If-Match)', request: { params: indicatorParam, headers: ifMatchHeader }, responses: { 204: { description: 'Verwijderd.' }, ...versionedWriteErrors } }),
    async (c) => {
      const { werkruimteId, indicatorId } = c.req.valid('param');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'cyclus.bewerken', 'Uw rol mag indicatoren niet verwijderen.');
        if (!t.ok) return t.response;
        if (!(await eenIndicator(c, tx, werkruimteId, indicatorId))) return problem(c, 404, 'Deze indicator bestaat niet in deze werkruimte.');
        const genomen = await neemVersie(c, tx, indicatorVersieRij(indicatorId, t.member.gebruikerId), () => huidigeIndicator(c, tx, t.w, indicatorId));
        if (!genomen.ok) return genomen.response;
        const i = (await eenIndicator(c, tx, werkruimteId, indicatorId))!;
        await verwijderIndicator(tx, indicatorId);
        await legWijzigingVast(tx, { werkruimteId, sleutel: 'cyclus:indicatoren', gebruikerId: t.member.gebruikerId, soort: 'indicator.verwijderd', voor: i });
        announce({ type: 'werkruimte', werkruimteId, id: 'indicatoren', versie: 0, vertrouwelijk: i.vertrouwelijk });
        return c.body(null, 204);
      });
    },
  );

  // --- Measurements -------------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/indicatoren/{indicatorId}/metingen',
      tags: [tag],
      summary: 'Leg een meting vast (een jaar of kwartaal; een tweede meting voor dezelfde periode vervangt de eerste)',
      description:
        'Een meting hoort bij de indicator en geeft hem een nieuwe versie. If-Match is hier niet verplicht (de eigenaar voegt een meting toe ' +
        'zonder de hele indicator te kennen); wie hem meestuurt, krijgt 412 als de indicator intussen veranderde.',
      request: { params: indicatorParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: metingInvoerSchema } } } },
      responses: { 201: { content: { 'application/json': { schema: z.unknown() } }, description: 'De indicator met alle metingen en hun status.' }, 422: { description: 'Ongeldige waarde.' }, ...protectedErrors, 412: versionedWriteErrors[412] },
    }),
    async (c) => {
      const { werkruimteId, indicatorId } = c.req.valid('param');
      const body = c.req.valid('json');
      const nieuweMeldingen: string[] = [];
      const antwoord = await writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, null, '');
        if (!t.ok) return t.response;
        const gezien = await eenIndicator(c, tx, werkruimteId, indicatorId);
        if (!gezien) return problem(c, 404, 'Deze indicator bestaat niet in deze werkruimte.');
        if (!magVoortgangBijwerken(t.member, gezien.eigenaarId === t.member.gebruikerId)) return refuse(c, tx, 'Alleen de eigenaar van de indicator, de coördinator en de werkgroep leggen metingen vast.');
        // The indicator gets its next version (with If-Match: only from that version), and stays locked until the commit.
        const gevraagd = optioneleIfMatch(c);
        if (!gevraagd.ok) return gevraagd.response;
        const rij = indicatorVersieRij(indicatorId, t.member.gebruikerId);
        const versie = gevraagd.versie === undefined ? await verhoogVersie(tx, rij) : await volgendeVersie(tx, rij, gevraagd.versie);
        if (versie === null) {
          const nu = await huidigeIndicator(c, tx, t.w, indicatorId);
          return nu ? versieConflict(c, gevraagd.versie ?? 0, nu, nu.body) : problem(c, 404, 'Deze indicator bestaat niet in deze werkruimte.');
        }
        const i = (await eenIndicator(c, tx, werkruimteId, indicatorId))!;
        if (i.eigenaarId !== gezien.eigenaarId && !magVoortgangBijwerken(t.member, i.eigenaarId === t.member.gebruikerId)) {
          return problem(c, 409, 'De eigenaar van deze indicator is intussen gewijzigd; u mag er geen meting meer bij vastleggen.');
        }
        const gelezen = leesMeetwaarde(body.waarde, i.eenheid);
        if (!gelezen.ok) return regelProbleem(c, `De meting klopt niet: waarde: ${gelezen.reden}`, [{ veld: 'waarde', reden: gelezen.reden }]);
        const fout = bereikFout(gelezen.waarde, i.eenheid);
        if (fout) return regelProbleem(c, `De meting klopt niet: waarde: ${fout}`, [{ veld: 'waarde', reden: fout }]);
        const benchmark = body.benchmark ?? gelezen.benchmark;
        const benchmarkFout = benchmark === null ? null : bereikFout(benchmark, i.eenheid);
        if (benchmarkFout) return regelProbleem(c, `De meting klopt niet: benchmark: ${benchmarkFout}`, [{ veld: 'benchmark', reden: benchmarkFout }]);
        if (i.referentiejaar !== null && Number(body.periode.slice(0, 4)) < i.referentiejaar - 30) {
          return regelProbleem(c, 'De periode ligt meer dan dertig jaar voor het referentiejaar.', [{ veld: 'periode', reden: 'Te ver voor het referentiejaar.' }]);
        }
        const m = (await laadMonitoring(tx, t.w)).inhoud;
        const voor = indicatorOverzicht(i, m.beoordeling).status;
        const meting = { periode: body.periode, waarde: gelezen.waarde, ...(benchmark === null ? {} : { benchmark }), ...(body.marge == null ? {} : { marge: body.marge }), toelichting: body.toelichting ?? '' };
        await legMetingVast(tx, indicatorId, meting, t.member.gebruikerId);
        await legWijzigingVast(tx, { werkruimteId, sleutel: 'cyclus:indicatoren', gebruikerId: t.member.gebruikerId, soort: 'meting.vastgelegd', na: { indicatorId, ...meting } });
        const [nieuw] = await laadIndicatoren(tx, werkruimteId, indicatorId);
        const uit = indicatorAntwoord(nieuw!, m);
        if (uit.status === 'achter' && voor !== 'achter') {
          const laatste = uit.metingen.at(-1)!;
          const made = await maakMeldingen(tx, signaalAchter(werkruimteId, i, laatste, await signaalOntvangers(tx, werkruimteId, i.vertrouwelijk)));
          nieuweMeldingen.push(...made.map((x) => x.meldingId));
        }
        announce({ type: 'werkruimte', werkruimteId, id: 'indicatoren', versie: nieuw!.versie, vertrouwelijk: i.vertrouwelijk });
        return c.json(uit, 201);
      });
      if (nieuweMeldingen.length) await mailMeldingen(db, mailer, nieuweMeldingen);
      return antwoord;
    },
  );

  routes.openapi(
    createRoute({
      method: 'delete',
      path: '/werkruimtes/{werkruimteId}/indicatoren/{indicatorId}/metingen/{periode}',
      tags: [tag],
      summary: 'Verwijder de meting van een periode (met If-Match: de versie van de indicator)',
      request: { params: indicatorParam.extend({ periode: z.string().openapi({ param: { name: 'periode', in: 'path' }, example: '2026' }) }), headers: ifMatchHeader },
      responses: { 204: { description: 'Verwijderd.' }, ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, indicatorId, periode } = c.req.valid('param');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, null, '');
        if (!t.ok) return t.response;
        const i = await eenIndicator(c, tx, werkruimteId, indicatorId);
        if (!i) return problem(c, 404, 'Deze indicator bestaat niet in deze werkruimte.');
        if (!magVoortgangBijwerken(t.member, i.eigenaarId === t.member.gebruikerId)) return refuse(c, tx, 'Alleen de eigenaar van de indicator, de coördinator en de werkgroep verwijderen metingen.');
        const genomen = await neemVersie(c, tx, indicatorVersieRij(indicatorId, t.member.gebruikerId), () => huidigeIndicator(c, tx, t.w, indicatorId));
        if (!genomen.ok) return genomen.response;
        if (!(await verwijderMeting(tx, indicatorId, periode))) return problem(c, 404, `Er is geen meting voor ${periode}.`);
        const meting = i.metingen.find((x) => x.periode === periode) ?? { periode };
        await legWijzigingVast(tx, { werkruimteId, sleutel: 'cyclus:indicatoren', gebruikerId: t.member.gebruikerId, soort: 'meting.verwijderd', voor: { indicatorId, meting } });
        announce({ type: 'werkruimte', werkruimteId, id: 'indicatoren', versie: genomen.versie, vertrouwelijk: i.vertrouwelijk });
        c.header('ETag', etag(genomen.versie));
        return c.body(null, 204);
      });
    },
  );

  // --- Progress of a measure ------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/uitvoeringsplannen/{jaar}/maatregelen/{maatregelId}/voortgang',
      tags: [tag],
      summary: 'Werk de status (met datum en toelichting) en de gerealiseerde output van een maatregel bij',
      description: 'Voor de eigenaar van de maatregel: geen If-Match nodig, alleen deze maatregel verandert.',
      request: {
        params: z.object({
          werkruimteId: uuidParam('werkruimteId'),
          jaar: z.coerce.number().int().min(2000).max(2100).openapi({ param: { name: 'jaar', in: 'path' } }),
          maatregelId: z.string().max(40).openapi({ param: { name: 'maatregelId', in: 'path' } }),
        }),
        body: { required: true, content: { 'application/json': { schema: voortgangInvoerSchema } } },
      },
      responses: json('De bijgewerkte maatregel.'),
    }),
    async (c) => {
      const { werkruimteId, jaar, maatregelId } = c.req.valid('param');
      const body = c.req.valid('json');
      const nieuweMeldingen: string[] = [];
      const antwoord = await writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, null, '');
        if (!t.ok) return t.response;
        const sleutel = `uitvoeringsplan-${jaar}`;
        const zoek = (plan: Uitvoeringsplan) => {
          const a = plan.actiepunten.find((x) => x.maatregelen.some((y) => y.id === maatregelId));
          const oud = a?.maatregelen.find((y) => y.id === maatregelId);
          return a && oud ? { a, m: volledigeMaatregel(oud) } : null;
        };
        const gezien = zoek((await laadDeel<Uitvoeringsplan>(tx, t.w, sleutel)).inhoud);
        const nietGevonden = () => problem(c, 404, `Maatregel '${maatregelId}' staat niet in het uitvoeringsplan ${jaar}.`);
        if (!gezien || !magOnderdeelZien(t.member, gezien.m)) return nietGevonden();
        if (!magVoortgangBijwerken(t.member, gezien.m.eigenaarId === t.member.gebruikerId)) return refuse(c, tx, 'Alleen de eigenaar van de maatregel, de coördinator en de werkgroep werken de voortgang bij.');
        // The plan's next version, locked until the commit, so this merge works on the latest plan.
        const versie = await verhoogVersie(tx, cyclusdeelRij(werkruimteId, sleutel, null, t.member.gebruikerId));
        const deel = await laadDeel<Uitvoeringsplan>(tx, t.w, sleutel);
        const gevonden = versie === null ? null : zoek(deel.inhoud);
        if (versie === null || !gevonden) return nietGevonden();
        const { a, m } = gevonden;
        if (!magVoortgangBijwerken(t.member, m.eigenaarId === t.member.gebruikerId)) {
          return problem(c, 409, 'De eigenaar van deze maatregel is intussen gewijzigd; u mag de voortgang niet meer bijwerken.');
        }
        const prestaties = [...m.prestaties];
        for (const [n, g] of (body.gerealiseerd ?? []).entries()) {
          if (g.waarde !== null && g.waarde < 0) return regelProbleem(c, 'Een gerealiseerde output is niet negatief.', [{ veld: `gerealiseerd[${n}].waarde`, reden: 'Niet negatief.' }]);
          const bestaand = prestaties.find((p) => p.kwartaal === g.kwartaal);
          if (bestaand) bestaand.gerealiseerd = g.waarde;
          else prestaties.push({ kwartaal: g.kwartaal, gepland: null, gerealiseerd: g.waarde });
        }
        prestaties.sort((x, y) => x.kwartaal.localeCompare(y.kwartaal));
        const nu = new Date().toISOString();
        const nieuw = {
          ...m,
          status: body.status,
          statusDatum: body.status !== m.status ? (body.datum ?? nu.slice(0, 10)) : (body.datum ?? m.statusDatum),
          statusToelichting: body.toelichting ?? m.statusToelichting,
          prestaties,
          bijgewerktOp: nu,
        };
        const plan: Uitvoeringsplan = { ...deel.inhoud, actiepunten: deel.inhoud.actiepunten.map((x) => (x === a ? { ...x, maatregelen: x.maatregelen.map((y) => (y.id === maatregelId ? nieuw : y)) } : x)) };
        await schrijfDeel(tx, werkruimteId, sleutel, plan, versie, t.member.gebruikerId);
        await legWijzigingVast(tx, { werkruimteId, sleutel: `cyclus:${sleutel}`, gebruikerId: t.member.gebruikerId, soort: 'maatregel.voortgang', voor: m, na: nieuw });
        if (nieuw.status === 'vertraagd' && m.status !== 'vertraagd') {
          const made = await maakMeldingen(tx, {
            gebruikerIds: await signaalOntvangers(tx, werkruimteId, m.vertrouwelijk),
            vertrouwelijk: m.vertrouwelijk,
            werkruimteId,
            soort: 'signaal',
            tekst: `Maatregel '${m.naam}' (uitvoeringsplan ${jaar}) is vertraagd${nieuw.statusToelichting ? `: ${nieuw.statusToelichting}` : '.'}`,
            pad: `uitvoeringsplan/${jaar}#maatregel-${m.id}`,
            sleutel: `vertraagd:${werkruimteId}:${jaar}:${m.id}:${nu}`,
          });
          nieuweMeldingen.push(...made.map((x) => x.meldingId));
        }
        announce({ type: 'werkruimte', werkruimteId, id: sleutel, versie });
        c.header('ETag', etag(versie));
        return c.json({ maatregel: nieuw, versie }, 200);
      });
      if (nieuweMeldingen.length) await mailMeldingen(db, mailer, nieuweMeldingen);
      return antwoord;
    },
  );

  // --- Dashboard ----------------------------------------------------------------------------
  const filterQuery = z.object({
    van: z.coerce.number().int().min(1900).max(2199).optional().openapi({ description: 'Eerste jaar (metingen en uitvoeringsplannen).' }),
    tot: z.coerce.number().int().min(1900).max(2199).optional().openapi({ description: 'Laatste jaar.' }),
    gemeente: z
      .string()
      .regex(/^GM\d{4}$/, 'Een CBS-gemeentecode, bv. GM0344.')
      .optional()
      .openapi({ description: 'Gezamenlijk plan: alleen wat voor deze gemeente geldt (de gezamenlijke prioriteiten en haar eigen lokale deel).' }),
  });

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/dashboard',
      tags: [tag],
      summary: 'Per prioriteit de indicatoren (referentie, streefpad, metingen, status) en de voortgang van de maatregelen',
      request: { params: werkruimteParam, query: filterQuery },
      responses: json('Het dashboard.'),
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const { van, tot, gemeente } = c.req.valid('query');
      const t = await toegang(c, db, werkruimteId, 'dashboard.lezen', 'Uw rol mag het dashboard niet zien.');
      if (!t.ok) return t.response;
      if (van !== undefined && tot !== undefined && tot < van) return problem(c, 400, `Het laatste jaar (${tot}) ligt voor het eerste (${van}).`, { invalidParams: [{ name: 'tot', code: 'volgorde', reason: 'Kies een jaar vanaf het eerste jaar.' }] });
      if (gemeente && (t.w.gemeenten.length < 2 || !t.w.gemeenten.some((g) => g.code === gemeente))) {
        return problem(c, 400, t.w.gemeenten.length < 2 ? 'Alleen een gezamenlijk plan heeft een dashboard per gemeente.' : `Gemeente ${gemeente} doet niet mee aan dit plan.`, {
          invalidParams: [{ name: 'gemeente', code: 'onbekend', reason: `Kies uit ${t.w.gemeenten.map((g) => g.code).join(', ')}.` }],
        });
      }
      const m = (await laadMonitoring(db, t.w)).inhoud;
      const dag = vandaag();
      const alle = await prioriteiten(db, t.w);
      // A joint plan per municipality: the shared priorities and its own local part (issue 17, point 2).
      const geldend = gemeente ? alle.filter((p) => !p.gemeentecode || p.gemeentecode === gemeente) : alle;
      const d = dashboardVan({
        prioriteiten: geldend,
        indicatoren: (await laadIndicatoren(db, werkruimteId, undefined, t.member)).filter((i) => !gemeente || !i.prioriteitId || geldend.some((p) => p.id === i.prioriteitId)),
        plannen: (await laadPlannen(db, t.w, t.member)).map((p) => (gemeente ? { ...p, actiepunten: p.actiepunten.filter((a) => actiepuntVoorGemeente(a, alle, gemeente)) } : p)),
        beoordeling: m.beoordeling,
        vandaag: dag,
        filter: { van: van ?? null, tot: tot ?? null },
      });
      // Only the names of owners, not the whole member list (the raad may not read the members).
      const eigenaarIds = [...new Set(d.groepen.flatMap((g) => [...g.indicatoren.map((i) => i.eigenaarId), ...g.maatregelen.map((x) => x.eigenaarId)]).filter((x): x is string => !!x))];
      const namen = await ledenNamen(db, werkruimteId, eigenaarIds);
      return c.json({ ...d, volgendOverleg: volgendOverleg(m, dag), eigenaren: Object.fromEntries(namen.map((n) => [n.id, n.naam])), planperiode: { van: t.w.periodeStart, tot: t.w.periodeEinde } }, 200);
    },
  );

  // --- Progress meeting: settings, minutes, agenda, who has not updated, reminders -------------
  routes.openapi(
    createRoute({ method: 'get', path: '/werkruimtes/{werkruimteId}/voortgangsoverleg', tags: [tag], summary: 'Schema, instellingen en verslagen van het voortgangsoverleg', request: { params: werkruimteParam }, responses: json('Met ETag.') }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'cyclus.lezen', 'Uw rol mag het voortgangsoverleg niet zien.');
      if (!t.ok) return t.response;
      const deel = await laadMonitoring(db, t.w);
      c.header('ETag', etag(deel.versie));
      return c.json({ sleutel: 'monitoring', ...deel, volgendOverleg: volgendOverleg(deel.inhoud, vandaag()) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/voortgangsoverleg',
      tags: [tag],
      summary: 'Sla schema, beoordelingswijze en verslagen op (If-Match)',
      request: { params: werkruimteParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: monitoringSchema } } } },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Opgeslagen.' }, ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'overleg.beheren', 'Uw rol mag het voortgangsoverleg niet vastleggen.');
        if (!t.ok) return t.response;
        const genomen = await neemDeelVersie<Monitoring>(c, tx, t.w, 'monitoring', t.member.gebruikerId);
        if (!genomen.ok) return genomen.response;
        const versie = genomen.versie;
        await schrijfDeel(tx, werkruimteId, 'monitoring', body, versie, t.member.gebruikerId);
        announce({ type: 'werkruimte', werkruimteId, id: 'monitoring', versie });
        c.header('ETag', etag(versie));
        const deel = await laadMonitoring(tx, t.w);
        return c.json({ sleutel: 'monitoring', ...deel, volgendOverleg: volgendOverleg(deel.inhoud, vandaag()) }, 200);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/voortgangsoverleg/agenda',
      tags: [tag],
      summary: 'De agenda voor een overleg: indicatoren die achterlopen, maatregelen die te laat zijn, open acties',
      request: { params: werkruimteParam, query: z.object({ datum: datumSchema.optional() }) },
      responses: json('De agenda.'),
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'cyclus.lezen', 'Uw rol mag het voortgangsoverleg niet zien.');
      if (!t.ok) return t.response;
      const m = (await laadMonitoring(db, t.w)).inhoud;
      const datum = c.req.valid('query').datum ?? volgendOverleg(m, vandaag()) ?? vandaag();
      const indicatoren = (await laadIndicatoren(db, werkruimteId, undefined, t.member)).map((i) => {
        const o = indicatorOverzicht(i, m.beoordeling);
        return { indicator: i, laatste: o.metingen.at(-1) ?? null, status: o.status };
      });
      const vorige = [...m.overleggen].filter((o) => o.datum < datum).sort((a, b) => a.datum.localeCompare(b.datum)).at(-1) ?? null;
      const punten = agendaVoor(indicatoren, maatregelenMetPlek(await laadPlannen(db, t.w, t.member), datum), vorige);
      return c.json({ datum, punten, tekst: agendaTekst(punten) }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/voortgangsoverleg/bijwerkstand',
      tags: [tag],
      summary: 'Welke eigenaren hun maatregelen en indicatoren sinds het vorige overleg niet hebben bijgewerkt',
      request: { params: werkruimteParam },
      responses: json('Per eigenaar.'),
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'overleg.beheren', 'Alleen de coördinator en de werkgroep zien wie nog moet bijwerken.');
      if (!t.ok) return t.response;
      const m = (await laadMonitoring(db, t.w)).inhoud;
      const dag = vandaag();
      const volgend = volgendOverleg(m, dag);
      const sinds = bijwerkenSinds(m, volgend, dag);
      const namen = await ledenNamen(db, werkruimteId);
      const naam = new Map(namen.map((n) => [n.id, n.naam]));
      const stand = bijwerkstand(await bijTeHouden(db, t.w, dag, t.member), sinds).map((s) => ({ ...s, naam: s.eigenaarId ? (naam.get(s.eigenaarId) ?? 'Oud lid') : 'Geen eigenaar' }));
      return c.json({ sinds, volgendOverleg: volgend, eigenaren: stand }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/voortgangsoverleg/herinneringen',
      tags: [tag],
      summary: 'Stuur nu de herinneringen voor het volgende overleg (elke eigenaar hooguit één per overleg)',
      request: { params: werkruimteParam },
      responses: json('Wat er verstuurd is.'),
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'proces.beheren', 'Alleen de coördinator stuurt herinneringen.');
      if (!t.ok) return t.response;
      const m = (await laadMonitoring(db, t.w)).inhoud;
      if (!volgendOverleg(m, vandaag())) return problem(c, 409, 'Er is geen volgend voortgangsoverleg gepland. Leg eerst de datum van het eerste overleg vast.');
      return c.json(await stuurHerinneringen(db, mailer, vandaag(), werkruimteId), 200);
    },
  );

  // --- Progress reports and the yearbook ------------------------------------------------------
  const rapportParam = z.object({
    werkruimteId: uuidParam('werkruimteId'),
    periode: z.string().max(20).openapi({ param: { name: 'periode', in: 'path' }, example: '2027-K3', description: "Kwartaal ('2027-K3') of jaar ('2027', het jaarbeeld); met .docx het Word-bestand." }),
  });

  /**
   * A report as its reader may see it; `openbaar`: without anything confidential, whoever asks (what is
   * offered to the council and frozen, issue 15).
   */
  async function rapportage(c: Ctx, tx: Queryable, w: WerkruimteKop, periodeTekst: string, openbaar = false) {
    const p = rapportagePeriode(periodeTekst);
    if (!p) return null;
    const sleutel = `rapportage-${p.kwartaal ? `${p.jaar}-K${p.kwartaal}` : p.jaar}`;
    const opgeslagen = await laadDeel<Rapportage>(tx, w, sleutel);
    // Highlights and bottlenecks are written together (ADR 0019): their current text and layout.
    const teksten = await leesTeksten(tx, w.id, [`${sleutel}.hoogtepunten`, `${sleutel}.knelpunten`]);
    const deel = { ...opgeslagen, inhoud: deelMetTeksten(sleutel, opgeslagen.inhoud, teksten) };
    const m = (await laadMonitoring(tx, w)).inhoud;
    const lid = openbaar ? { vertrouwelijkToegang: false } : await lidVan(c, tx, w.id);
    const indicatoren = (await laadIndicatoren(tx, w.id, undefined, lid)).map((i) => ({
      ...i,
      // A report shows what was known at the end of its period.
      metingen: i.metingen.filter((x) => bekendAanEindeVan(x.periode, p.jaar, p.kwartaal ?? 4)),
    })) as Indicator[];
    const d = dashboardVan({ prioriteiten: await prioriteiten(tx, w), indicatoren, plannen: (await laadPlannen(tx, w, lid)).filter((x) => x.jaar === p.jaar), beoordeling: m.beoordeling, vandaag: vandaag() });
    const status = deel.versie === 0 ? 'Concept' : `Concept, versie ${deel.versie}`;
    const rijk = { hoogtepunten: teksten.get(`${sleutel}.hoogtepunten`)?.inhoud, knelpunten: teksten.get(`${sleutel}.knelpunten`)?.inhoud };
    const model = rapportageDocument({ werkruimte: w, periode: periodeTekst, dashboard: d, rapportage: deel.inhoud, rijk, status });
    return { sleutel, deel, model, dashboard: d, periode: p };
  }

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/voortgangsrapportages/{periode}',
      tags: [tag],
      summary: 'Voortgangsrapportage van een kwartaal of jaarbeeld: hoogtepunten, knelpunten en het document (JSON of .docx)',
      request: { params: rapportParam },
      responses: json('De rapportage.'),
    }),
    async (c) => {
      const { werkruimteId, periode } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'dashboard.lezen', 'Uw rol mag de voortgangsrapportage niet zien.');
      if (!t.ok) return t.response;
      const docx = periode.endsWith('.docx');
      if (!mag(t.member, 'cyclus.lezen')) {
        // The council reads a report as it was offered to it, never the concept in the making (issue 15).
        const p = rapportagePeriode(docx ? periode.slice(0, -5) : periode);
        if (!p) return problem(c, 404, `Onbekende periode '${periode}'. Gebruik een kwartaal (2027-K3) of een jaar (2027) voor het jaarbeeld.`);
        const per = periodeSleutel(p);
        const laatste = (await laadRaadsversies(db, werkruimteId, per)).at(-1);
        if (!laatste) return refuse(c, db, 'Deze rapportage is nog niet aan de raad aangeboden. U leest haar zodra de coördinator haar aanbiedt.');
        const model = { ...(await laadRaadsversieModel(db, werkruimteId, per, laatste.versie))!, status: raadsstatus(laatste) };
        if (docx) return docxAntwoord(c, model, `${p.kwartaal ? 'voortgangsrapportage' : 'jaarbeeld'}-${per}-raad-v${laatste.versie}.docx`);
        return c.json({ periode: per, titel: p.titel, raadsversie: laatste.versie, model, raad: await raadsstand(db, t.w, t.member, per, null) }, 200);
      }
      const r = await rapportage(c, db, t.w, docx ? periode.slice(0, -5) : periode);
      if (!r) return problem(c, 404, `Onbekende periode '${periode}'. Gebruik een kwartaal (2027-K3) of een jaar (2027) voor het jaarbeeld.`);
      if (docx) {
        const bestand = await naarDocx(r.model);
        const naam = `${r.periode.kwartaal ? 'voortgangsrapportage' : 'jaarbeeld'}-${r.sleutel.slice('rapportage-'.length)}.docx`;
        return c.body(new Uint8Array(bestand), 200, {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Content-Disposition': `attachment; filename="${naam}"`,
        }) as never;
      }
      c.header('ETag', etag(r.deel.versie));
      const per = r.sleutel.slice('rapportage-'.length);
      return c.json({ periode: per, titel: r.periode.titel, versie: r.deel.versie, inhoud: r.deel.inhoud, model: r.model, raad: await raadsstand(db, t.w, t.member, per, c) }, 200);
    },
  );

  // --- Reports offered to the council (issue 15): frozen as offered, with the dates -----------------
  /** '2027-K3' or '2027': the key of a report's period. */
  const periodeSleutel = (p: NonNullable<ReturnType<typeof rapportagePeriode>>) => (p.kwartaal ? `${p.jaar}-K${p.kwartaal}` : String(p.jaar));

  function docxAntwoord(c: Ctx, model: DocumentModel, naam: string) {
    return naarDocx(model).then(
      (bestand) =>
        c.body(new Uint8Array(bestand), 200, {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Content-Disposition': `attachment; filename="${naam}"`,
          'Cache-Control': 'private, no-store',
        }) as never,
    );
  }

  /**
   * What the council received of a report: every offered version with its dates, and (with `c`, for
   * who reads the concept) whether the current concept is still what was offered last.
   */
  async function raadsstand(tx: Queryable, w: WerkruimteKop, lid: Parameters<typeof mag>[0], per: string, c: Ctx | null) {
    const versies = (await laadRaadsversies(tx, w.id, per)).map((v) => ({ versie: v.versie, aangebodenOp: v.aangebodenOp, besprokenOp: v.besprokenOp, status: raadsstatus(v) }));
    const laatste = versies.at(-1);
    let gewijzigdNaAanbieden: boolean | null = null;
    if (c && laatste) {
      const nu = await rapportage(c, tx, w, per, true);
      const toen = await laadRaadsversieModel(tx, w.id, per, laatste.versie);
      gewijzigdNaAanbieden = !!nu && !!toen && !zelfdeRapportage(nu.model, toen);
    }
    return { versies, gewijzigdNaAanbieden, magVastleggen: mag(lid, 'raadsbehandeling.vastleggen') };
  }

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/voortgangsrapportages/{periode}/raadsbehandelingen',
      tags: [tag],
      summary: 'Leg vast dat een rapportage of jaarbeeld aan de raad is aangeboden (bevriest haar zoals ze nu is) of in de raad is besproken',
      description:
        "`aangeboden` bewaart het document zoals het nu is, zonder iets vertrouwelijks, als volgende raadsversie: latere wijzigingen van hoogtepunten, knelpunten of metingen veranderen niet wat de raad kreeg. `besproken` gaat over de laatst aangeboden versie. 409 als de huidige versie al is aangeboden of al als besproken is vastgelegd.",
      request: { params: rapportParam, body: { required: true, content: { 'application/json': { schema: raadsbehandelingSchema } } } },
      responses: {
        201: { content: { 'application/json': { schema: z.unknown() } }, description: 'Vastgelegd; met wat de raad nu heeft.' },
        409: { description: 'Al aangeboden (niets gewijzigd sindsdien), nog niet aangeboden, of al besproken.' },
        422: { description: 'Een datum die niet kan; het veld staat in invalidParams.' },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, periode } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'raadsbehandeling.vastleggen', 'Alleen de coördinator biedt een rapportage aan de raad aan of legt de bespreking vast.');
        if (!t.ok) return t.response;
        const p = rapportagePeriode(periode);
        if (!p) return problem(c, 404, `Onbekende periode '${periode}'. Gebruik een kwartaal (2027-K3) of een jaar (2027) voor het jaarbeeld.`);
        const per = periodeSleutel(p);
        if (body.soort === 'besproken' && body.datum > vandaag()) return regelProbleem(c, 'Een bespreking in de raad ligt niet in de toekomst.', [{ veld: 'datum', reden: 'Kies vandaag of een eerdere datum.' }]);
        const laatste = (await laadRaadsversies(tx, werkruimteId, per)).at(-1) ?? null;
        const nu = (await rapportage(c, tx, t.w, per, true))!;
        const toen = laatste ? await laadRaadsversieModel(tx, werkruimteId, per, laatste.versie) : undefined;
        const fout = behandelingProbleem(body.soort, body.datum, laatste, !!toen && zelfdeRapportage(nu.model, toen));
        if (fout?.status === 409) return problem(c, 409, fout.reden);
        if (fout) return regelProbleem(c, fout.reden, [fout]);
        const gebruiker = t.member.gebruikerId;
        const gelukt =
          body.soort === 'aangeboden'
            ? await bevriesRaadsversie(tx, werkruimteId, per, (laatste?.versie ?? 0) + 1, { ...nu.model, status: '' }, body.datum, gebruiker)
            : await legBehandelingVast(tx, werkruimteId, per, laatste!.versie, 'besproken', body.datum, gebruiker);
        if (!gelukt) return problem(c, 409, 'Iemand anders legde dit zojuist vast. Laad de pagina opnieuw.');
        announce({ type: 'werkruimte', werkruimteId, id: `raadsrapportage-${per}` });
        return c.json({ periode: per, titel: p.titel, raad: await raadsstand(tx, t.w, t.member, per, c) }, 201);
      });
    },
  );

  const raadsversieParam = rapportParam.extend({
    versie: z.string().max(20).openapi({ param: { name: 'versie', in: 'path' }, example: '1', description: 'Het nummer van de aangeboden versie; met .docx het Word-bestand.' }),
  });

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/voortgangsrapportages/{periode}/raadsversies/{versie}',
      tags: [tag],
      summary: 'Een rapportage zoals ze aan de raad is aangeboden (JSON of .docx)',
      request: { params: raadsversieParam },
      responses: json('De aangeboden versie.'),
    }),
    async (c) => {
      const { werkruimteId, periode, versie } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'raadsoverzicht.lezen', 'Uw rol mag de rapportages aan de raad niet zien.');
      if (!t.ok) return t.response;
      const p = rapportagePeriode(periode);
      const docx = versie.endsWith('.docx');
      const nummer = Number(docx ? versie.slice(0, -5) : versie);
      const v = p && Number.isSafeInteger(nummer) ? (await laadRaadsversies(db, werkruimteId, periodeSleutel(p))).find((x) => x.versie === nummer) : undefined;
      if (!p || !v) return problem(c, 404, 'Deze versie van de rapportage is niet aan de raad aangeboden.');
      const model = { ...(await laadRaadsversieModel(db, werkruimteId, v.periode, v.versie))!, status: raadsstatus(v) };
      if (docx) return docxAntwoord(c, model, `${p.kwartaal ? 'voortgangsrapportage' : 'jaarbeeld'}-${v.periode}-raad-v${v.versie}.docx`);
      return c.json({ periode: v.periode, titel: p.titel, versie: v.versie, aangebodenOp: v.aangebodenOp, besprokenOp: v.besprokenOp, model }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/voortgangsrapportages/{periode}',
      tags: [tag],
      summary: 'Sla de hoogtepunten en knelpunten van een rapportage op (If-Match)',
      request: { params: rapportParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: rapportageSchema } } } },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Opgeslagen.' }, ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, periode } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'cyclus.bewerken', 'Uw rol mag de voortgangsrapportage niet schrijven.');
        if (!t.ok) return t.response;
        const p = rapportagePeriode(periode);
        if (!p) return problem(c, 404, `Onbekende periode '${periode}'.`);
        const sleutel = `rapportage-${p.kwartaal ? `${p.jaar}-K${p.kwartaal}` : p.jaar}`;
        const genomen = await neemDeelVersie<Rapportage>(c, tx, t.w, sleutel, t.member.gebruikerId);
        if (!genomen.ok) return genomen.response;
        const versie = genomen.versie;
        await schrijfDeel(tx, werkruimteId, sleutel, body, versie, t.member.gebruikerId);
        announce({ type: 'werkruimte', werkruimteId, id: sleutel, versie });
        const r = (await rapportage(c, tx, t.w, periode))!;
        c.header('ETag', etag(versie));
        return c.json({ periode: sleutel.slice('rapportage-'.length), titel: r.periode.titel, versie, inhoud: r.deel.inhoud, model: r.model }, 200);
      });
    },
  );

  // --- Target table ---------------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/streeftabel',
      tags: [tag],
      summary: 'Streeftabel (vorm van de Rotterdamse bijlage) voor een keuze van indicatoren; met formaat=docx als Word-bestand',
      request: {
        params: werkruimteParam,
        query: z.object({
          indicatoren: z.string().max(4000).optional().openapi({ description: 'Komma-gescheiden indicator-ids; leeg: alle.' }),
          formaat: z.enum(['json', 'docx']).optional(),
        }),
      },
      responses: json('De tabel.'),
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const { indicatoren: ids, formaat } = c.req.valid('query');
      const t = await toegang(c, db, werkruimteId, 'dashboard.lezen', 'Uw rol mag de streeftabel niet zien.');
      if (!t.ok) return t.response;
      const alle = await laadIndicatoren(db, werkruimteId, undefined, t.member);
      const gekozen = ids ? ids.split(',').map((s) => s.trim()).filter(Boolean) : null;
      const onbekend = gekozen?.filter((id) => !alle.some((i) => i.id === id)) ?? [];
      if (onbekend.length) return problem(c, 400, `Onbekende indicator: ${onbekend.join(', ')}.`, { invalidParams: [{ name: 'indicatoren', code: 'onbekend', reason: `Niet in deze werkruimte: ${onbekend.join(', ')}.` }] });
      const keuze = gekozen ? alle.filter((i) => gekozen.includes(i.id)) : alle;
      const model = streeftabelDocument({ werkruimte: t.w, indicatoren: keuze });
      if (formaat === 'docx') {
        return c.body(new Uint8Array(await naarDocx(model)), 200, {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Content-Disposition': 'attachment; filename="streeftabel.docx"',
        }) as never;
      }
      return c.json({ model, tabel: streeftabel(keuze) }, 200);
    },
  );

  // --- Notifications of the signed-in user ---------------------------------------------------
  routes.openapi(
    createRoute({ method: 'get', path: '/meldingen', tags: [tag], summary: 'Mijn meldingen (herinneringen en signalen), nieuwste eerst', responses: json('Meldingen.') }),
    async (c) => {
      const gebruiker = c.get('sessie')!.gebruiker.id;
      const meldingen = await laadMeldingen(db, gebruiker);
      return c.json({ meldingen, ongelezen: meldingen.filter((m) => !m.gelezen).length }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/meldingen/{meldingId}/gelezen',
      tags: [tag],
      summary: 'Markeer een melding als gelezen',
      request: { params: z.object({ meldingId: uuidParam('meldingId') }) },
      responses: { 204: { description: 'Gelezen.' }, ...protectedErrors },
    }),
    async (c) => {
      const { meldingId } = c.req.valid('param');
      if (!/^[0-9a-f-]{36}$/i.test(meldingId)) return problem(c, 404, 'Deze melding bestaat niet.');
      if (!(await markeerGelezen(db, meldingId, c.get('sessie')!.gebruiker.id))) return problem(c, 404, 'Deze melding bestaat niet.');
      return c.body(null, 204);
    },
  );

  return routes;
}

/** Was a measurement of `periode` known at the end of quarter `kwartaal` of `jaar`? A year counts at its end. */
function bekendAanEindeVan(periode: string, jaar: number, kwartaal: number): boolean {
  const j = Number(periode.slice(0, 4));
  if (j !== jaar) return j < jaar;
  return periode.length === 4 ? kwartaal === 4 : Number(periode.slice(-1)) <= kwartaal;
}



