/**
 * The council area (issue 15, point 3): the council view to steer with (per priority of the adopted
 * IVP the goal beside its effect indicators in plain words, the measures' progress, the latest report
 * offered to the council, the adopted documents) and technical questions of council members that the
 * coordinator answers. Never anything confidential: the council view is the same for every reader.
 * The reports offered to the council are written by the monitoring routes (voortgangsrapportages).
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { documentNamen } from '../../domain/cyclus/besluiten.ts';
import type { Prioriteit } from '../../domain/cyclus/inhoud.ts';
import { dashboardVan, rapportagePeriode } from '../../domain/monitoring/dashboard.ts';
import { vindPersoonsgegevens } from '../../domain/privacy/persoonsgegevens.ts';
import {
  isOpen,
  koersSamenvatting,
  koppelPrioriteit,
  MAX_ANTWOORD,
  MAX_VRAAG,
  prioriteitenUitIvp,
  raadsIndicator,
  raadsMaatregelen,
  raadsstatus,
  type VraagOnderwerp,
} from '../../domain/raad/raad.ts';
import { type Actie, mag } from '../../domain/toegang/rollen.ts';
import { ifMatchHeader, protectedErrors, uuidParam, versionedWriteErrors, writeAndAnnounce } from '../api/common.ts';
import { validationHook } from '../api/validation.ts';
import { etag, neemVersie } from '../api/versioning.ts';
import { laadDeel, laadWerkruimte, type WerkruimteKop } from '../cyclus/opslag.ts';
import { laadBesluiten, laadStand, vastgesteldeVersie } from '../cyclus/stand.ts';
import type { Db, Queryable } from '../db/db.ts';
import type { Mailer } from '../mail/mailer.ts';
import { laadIndicatoren, laadMonitoring, laadPlannen, maakMeldingen, mailMeldingen } from '../monitoring/opslag.ts';
import { problem } from '../problem.ts';
import type { Hub } from '../realtime/hub.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import { coordinatoren, laadRaadsversies, laadVragen, schrijfAntwoord, stelVraag, type VraagMetSteller, vraagVersieRij } from './opslag.ts';

const tag = 'Raad';
const noWorkspace = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
type Ctx = Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0];

const vandaag = () => new Date().toISOString().slice(0, 10);
/** Who reads the council view sees what the council sees: nothing confidential. */
const openbaar = { vertrouwelijkToegang: false } as const;

const vondstSchema = z.object({ soort: z.string(), fragment: z.string(), uitleg: z.string() });
const privacy422 = {
  content: { 'application/problem+json': { schema: z.object({ detail: z.string(), vondsten: z.array(vondstSchema) }) } },
  description: 'De tekst lijkt persoonsgegevens te bevatten; niets opgeslagen. Stuur `persoonsgegevensGecontroleerd: true` om toch op te slaan.',
};

const vraagInvoerSchema = z
  .object({
    prioriteitId: z.string().trim().min(1).max(40).optional().openapi({ description: 'De prioriteit waarover de vraag gaat (of periode).' }),
    periode: z.string().trim().max(20).optional().openapi({ description: 'De aangeboden rapportage waarover de vraag gaat: 2027-K1, of 2027 voor het jaarbeeld.' }),
    vraag: z.string().trim().min(1, 'Schrijf uw vraag.').max(MAX_VRAAG, `Hooguit ${MAX_VRAAG} tekens.`),
    persoonsgegevensGecontroleerd: z.boolean().optional(),
  })
  .openapi('RaadsvraagInvoer');

const antwoordInvoerSchema = z
  .object({
    antwoord: z.string().trim().min(1, 'Schrijf het antwoord.').max(MAX_ANTWOORD, `Hooguit ${MAX_ANTWOORD} tekens.`),
    persoonsgegevensGecontroleerd: z.boolean().optional(),
  })
  .openapi('RaadsantwoordInvoer');

function privacyProbleem(c: Ctx, tekst: string, gecontroleerd: boolean | undefined) {
  if (gecontroleerd) return null;
  const vondsten = vindPersoonsgegevens(tekst);
  if (vondsten.length === 0) return null;
  return problem(
    c,
    422,
    'De tekst lijkt persoonsgegevens te bevatten. Vragen en antwoorden zijn voor alle raadsleden en de werkgroep te lezen. Pas de tekst aan, of bevestig dat het geen gegevens over inwoners zijn.',
    { vondsten: vondsten.map((v) => ({ soort: v.soort, fragment: v.fragment, uitleg: v.uitleg })) } as never,
  );
}

function regelProbleem(c: Ctx, veld: string, reden: string) {
  return problem(c, 422, reden, { invalidParams: [{ name: veld, code: 'regel', reason: reden }] });
}

/** A question as every reader sees it: without user ids; `vanMij` for the asker. */
function vraagAntwoord(v: VraagMetSteller, gebruikerId: string) {
  const { gesteldDoorId, ...rest } = v;
  return { ...rest, vanMij: gesteldDoorId === gebruikerId };
}

const titelVanPeriode = (p: NonNullable<ReturnType<typeof rapportagePeriode>>) => (p.kwartaal ? `Voortgangsrapportage ${p.titel}` : p.titel);
const periodeSleutel = (p: NonNullable<ReturnType<typeof rapportagePeriode>>) => (p.kwartaal ? `${p.jaar}-K${p.kwartaal}` : String(p.jaar));

export function raadRoutes(db: Db, hub: Hub, mailer: Mailer | null = null) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));

  async function toegang(c: Ctx, tx: Queryable, werkruimteId: string, actie: Actie, weigering: string) {
    const member = await lidVan(c, tx, werkruimteId);
    if (!member) return { ok: false as const, response: problem(c, 404, noWorkspace) };
    if (!mag(member, actie)) return { ok: false as const, response: (await refuse(c, tx, weigering)) as never };
    const w = (await laadWerkruimte(tx, werkruimteId))!;
    return { ok: true as const, member, w };
  }

  const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
  const vraagParam = z.object({ werkruimteId: uuidParam('werkruimteId'), vraagId: uuidParam('vraagId') });

  /** The reports offered to the council: per period its latest version, newest offered first. */
  async function aangebodenRapportages(tx: Queryable, werkruimteId: string) {
    const alle = await laadRaadsversies(tx, werkruimteId);
    const laatste = new Map<string, (typeof alle)[number]>();
    for (const v of alle) laatste.set(v.periode, v);
    return [...laatste.values()]
      .sort((a, b) => b.aangebodenOp.localeCompare(a.aangebodenOp) || b.periode.localeCompare(a.periode))
      .map((v) => ({ ...v, titel: titelVanPeriode(rapportagePeriode(v.periode)!), status: raadsstatus(v) }));
  }

  async function raadsoverzicht(tx: Queryable, w: WerkruimteKop, lid: NonNullable<Awaited<ReturnType<typeof lidVan>>>) {
    const besluiten = await laadBesluiten(tx, w.id);
    const ivpBesluit = besluiten.filter((b) => b.document === 'ivp' && b.soort === 'vastgesteld' && b.orgaan === 'Raad').at(-1) ?? null;
    const ivpModel = ivpBesluit ? await vastgesteldeVersie(tx, w.id, 'ivp', null, ivpBesluit.versie, ivpBesluit.gemeentecode ?? null) : undefined;
    const huidige = (await laadDeel<Prioriteit[]>(tx, w, 'prioriteiten')).inhoud ?? [];
    const m = (await laadMonitoring(tx, w)).inhoud;
    const d = dashboardVan({
      prioriteiten: huidige,
      indicatoren: await laadIndicatoren(tx, w.id, undefined, openbaar),
      plannen: await laadPlannen(tx, w, openbaar),
      beoordeling: m.beoordeling,
      vandaag: vandaag(),
    });
    const perPrioriteit = (id: string | null) => {
      const g = id ? (d.groepen.find((x) => x.prioriteitId === id) ?? null) : null;
      const indicatoren = (g?.indicatoren ?? []).map(raadsIndicator);
      return { indicatoren, koers: koersSamenvatting(indicatoren), maatregelen: raadsMaatregelen(g) };
    };
    let prioriteiten: { id: string | null; titel: string; doel: string; vastgesteld: boolean }[] = [];
    if (ivpModel) {
      prioriteiten = prioriteitenUitIvp(ivpModel).map((v) => ({ id: koppelPrioriteit(v, huidige)?.id ?? null, titel: v.titel, doel: v.doel, vastgesteld: true }));
    } else if (mag(lid, 'cyclus.lezen')) {
      // Not adopted yet: who may read the cycle sees the current priorities, marked as such.
      const stand = await laadStand(tx, w);
      prioriteiten = stand.prioriteiten.map((p) => ({ id: p.id, titel: p.titel, doel: stand.ivp.prioriteiten[p.id]?.doel ?? '', vastgesteld: false }));
    }
    const documenten = besluiten
      .filter((b) => b.soort === 'vastgesteld')
      .map((b) => {
        const qs = new URLSearchParams({ ...(b.jaar ? { jaar: String(b.jaar) } : {}), ...(b.gemeentecode ? { gemeente: b.gemeentecode } : {}), versie: String(b.versie) });
        const gemeente = b.gemeentecode ? w.gemeenten.find((g) => g.code === b.gemeentecode)?.naam : null;
        return {
          titel: `${documentNamen[b.document]}${b.jaar ? ` ${b.jaar}` : ''}${gemeente ? `, versie van ${gemeente}` : ''}`,
          soort: b.document,
          versie: b.versie,
          orgaan: b.orgaan,
          datum: b.datum,
          pad: `documenten/${b.document}?${qs.toString()}`,
        };
      })
      .reverse();
    const rapportages = await aangebodenRapportages(tx, w.id);
    return {
      ivp: ivpBesluit ? { vastgesteld: true, versie: ivpBesluit.versie, datum: ivpBesluit.datum, gemeentecode: ivpBesluit.gemeentecode ?? null } : { vastgesteld: false },
      uitleg: ivpBesluit
        ? null
        : mag(lid, 'cyclus.lezen')
          ? 'De raad heeft het IVP nog niet vastgesteld. U ziet de prioriteiten zoals ze nu zijn; de raad ziet ze pas na de vaststelling.'
          : 'De raad heeft het IVP nog niet vastgesteld. Zodra dat gebeurd is, ziet u hier per prioriteit het doel en hoe het ervoor staat.',
      prioriteiten: prioriteiten.map((p) => ({ ...p, ...perPrioriteit(p.id) })),
      laatsteRapportage: rapportages[0] ?? null,
      rapportages,
      documenten,
      mag: { vragen: mag(lid, 'raadsvraag.stellen'), beantwoorden: mag(lid, 'raadsvraag.beantwoorden'), behandelingVastleggen: mag(lid, 'raadsbehandeling.vastleggen') },
    };
  }

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/raadsoverzicht',
      tags: [tag],
      summary: 'Het raadsoverzicht: per prioriteit van het vastgestelde IVP het doel, de indicatoren (op koers, achter, niet te beoordelen), de maatregelen, de rapportages aan de raad en de vastgestelde documenten',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Het raadsoverzicht; nooit iets vertrouwelijks.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'raadsoverzicht.lezen', 'Uw rol mag het raadsoverzicht niet zien.');
      if (!t.ok) return t.response;
      return c.json(await raadsoverzicht(db, t.w, t.member), 200);
    },
  );

  // --- Questions of council members -------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/raadsvragen',
      tags: [tag],
      summary: 'De technische vragen van raadsleden met de antwoorden, nieuwste eerst',
      request: { params: werkruimteParam },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Vragen, het aantal open vragen en wat u mag.' }, ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'raadsoverzicht.lezen', 'Uw rol mag de vragen van de raad niet zien.');
      if (!t.ok) return t.response;
      const vragen = await laadVragen(db, werkruimteId);
      return c.json(
        {
          vragen: vragen.map((v) => vraagAntwoord(v, t.member.gebruikerId)),
          open: vragen.filter(isOpen).length,
          mag: { vragen: mag(t.member, 'raadsvraag.stellen'), beantwoorden: mag(t.member, 'raadsvraag.beantwoorden') },
        },
        200,
      );
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/raadsvragen',
      tags: [tag],
      summary: 'Stel als raadslid een technische vraag over een prioriteit of een aangeboden rapportage',
      description: 'Geef `prioriteitId` of `periode` (niet beide). De coördinatoren krijgen een melding. Lijkt de tekst persoonsgegevens te bevatten, dan volgt 422 met `vondsten`.',
      request: { params: werkruimteParam, body: { required: true, content: { 'application/json': { schema: vraagInvoerSchema } } } },
      responses: {
        201: { content: { 'application/json': { schema: z.unknown() } }, description: 'De vraag, met ETag.' },
        422: privacy422,
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      let meldingIds: string[] = [];
      const antwoord = await writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'raadsvraag.stellen', 'Alleen raadsleden stellen hier vragen.');
        if (!t.ok) return t.response;
        if ((body.prioriteitId === undefined) === (body.periode === undefined)) {
          return regelProbleem(c, 'prioriteitId', 'Geef de prioriteit (prioriteitId) of de rapportage (periode) waarover de vraag gaat, één van beide.');
        }
        let onderwerp: VraagOnderwerp;
        let titel: string;
        if (body.prioriteitId !== undefined) {
          const p = ((await laadDeel<Prioriteit[]>(tx, t.w, 'prioriteiten')).inhoud ?? []).find((x) => x.id === body.prioriteitId);
          if (!p) return regelProbleem(c, 'prioriteitId', `Prioriteit '${body.prioriteitId}' bestaat niet in deze werkruimte.`);
          onderwerp = { soort: 'prioriteit', prioriteitId: p.id };
          titel = p.titel;
        } else {
          const p = rapportagePeriode(body.periode!);
          const aangeboden = p ? (await laadRaadsversies(tx, werkruimteId, periodeSleutel(p))).length > 0 : false;
          if (!p || !aangeboden) return regelProbleem(c, 'periode', `Er is geen rapportage '${body.periode}' aan de raad aangeboden; vragen gaan over een aangeboden rapportage.`);
          onderwerp = { soort: 'rapportage', periode: periodeSleutel(p) };
          titel = titelVanPeriode(p);
        }
        const privacy = privacyProbleem(c, body.vraag, body.persoonsgegevensGecontroleerd);
        if (privacy) return privacy;
        const gebruiker = c.get('sessie')!.gebruiker;
        const vraagId = await stelVraag(tx, werkruimteId, onderwerp, titel, body.vraag, gebruiker.id);
        const nieuw = await maakMeldingen(tx, {
          gebruikerIds: (await coordinatoren(tx, werkruimteId)).filter((id) => id !== gebruiker.id),
          werkruimteId,
          soort: 'signaal',
          tekst: `${gebruiker.naam} (raad) stelde een vraag over ‘${titel}’. Beantwoord haar in het raadsoverzicht.`,
          pad: `raad#vraag-${vraagId}`,
          sleutel: `raadsvraag-${vraagId}-gesteld`,
        });
        meldingIds = nieuw.map((n) => n.meldingId);
        announce({ type: 'werkruimte', werkruimteId, id: 'raadsvragen', versie: 1 });
        const [v] = await laadVragen(tx, werkruimteId, vraagId);
        c.header('ETag', etag(v!.versie));
        c.header('Location', `/api/v1/werkruimtes/${werkruimteId}/raadsvragen/${vraagId}`);
        return c.json(vraagAntwoord(v!, gebruiker.id), 201);
      });
      if (antwoord.status === 201) await mailMeldingen(db, mailer, meldingIds);
      return antwoord;
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/raadsvragen/{vraagId}/antwoord',
      tags: [tag],
      summary: 'Beantwoord (of verbeter het antwoord op) een vraag van de raad (If-Match)',
      description: 'Stuur If-Match met de versie van de vraag. Van twee gelijktijdige antwoorden met dezelfde versie wint er één; de ander krijgt 412 met het antwoord dat er nu staat. De vraagsteller krijgt een melding.',
      request: { params: vraagParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: antwoordInvoerSchema } } } },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Beantwoord; nieuwe ETag.' }, 422: privacy422, ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, vraagId } = c.req.valid('param');
      const body = c.req.valid('json');
      let meldingIds: string[] = [];
      const antwoord = await writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'raadsvraag.beantwoorden', 'Alleen de coördinator beantwoordt vragen van de raad.');
        if (!t.ok) return t.response;
        if (!/^[0-9a-f-]{36}$/i.test(vraagId)) return problem(c, 404, 'Deze vraag bestaat niet in deze werkruimte.');
        const privacy = privacyProbleem(c, body.antwoord, body.persoonsgegevensGecontroleerd);
        if (privacy) return privacy;
        const gebruikerId = t.member.gebruikerId;
        const genomen = await neemVersie(c, tx, vraagVersieRij(werkruimteId, vraagId, gebruikerId), async () => {
          const [nu] = await laadVragen(tx, werkruimteId, vraagId);
          return nu ? { versie: nu.versie, body: vraagAntwoord(nu, gebruikerId) } : null;
        });
        if (!genomen.ok) return genomen.response;
        const [voor] = await laadVragen(tx, werkruimteId, vraagId);
        await schrijfAntwoord(tx, vraagId, body.antwoord);
        if (voor!.gesteldDoorId && voor!.gesteldDoorId !== gebruikerId) {
          const nieuw = await maakMeldingen(tx, {
            gebruikerIds: [voor!.gesteldDoorId],
            werkruimteId,
            soort: 'signaal',
            tekst: voor!.antwoord === null ? `Uw vraag over ‘${voor!.onderwerp.titel}’ is beantwoord.` : `Het antwoord op uw vraag over ‘${voor!.onderwerp.titel}’ is aangepast.`,
            pad: `raad#vraag-${vraagId}`,
            sleutel: `raadsvraag-${vraagId}-antwoord-${genomen.versie}`,
          });
          meldingIds = nieuw.map((n) => n.meldingId);
        }
        announce({ type: 'werkruimte', werkruimteId, id: 'raadsvragen', versie: genomen.versie });
        const [na] = await laadVragen(tx, werkruimteId, vraagId);
        c.header('ETag', etag(na!.versie));
        return c.json(vraagAntwoord(na!, gebruikerId), 200);
      });
      if (antwoord.status === 200) await mailMeldingen(db, mailer, meldingIds);
      return antwoord;
    },
  );

  return routes;
}
