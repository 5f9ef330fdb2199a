/**
 * The evaluation area (issue 19, point 2): evaluations of the safety policy against a norms framework.
 * A rekenkamer, an internal audit or the working group judges the plan per norm (voldoet, voldoet
 * deels, voldoet niet) with reasoning and evidence; Kernplan proposes evidence and a provisional
 * verdict from the plan's own data. The auditor edits evaluations and reads the plan, nothing more.
 * The council reads only final evaluations. Never anything confidential: the proposals are made from
 * the plan as everyone may see it.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { afspraakSoorten, afspraakStatussen } from '../../domain/cyclus/afspraken.ts';
import { beleidsketen } from '../../domain/cyclus/beleidsketen.ts';
import { openbareStand } from '../../domain/cyclus/vertrouwelijk.ts';
import { evaluatieDocument } from '../../domain/evaluatie/document.ts';
import {
  bewijsSoorten,
  evaluatieStatussen,
  evaluatieVragen,
  type EvaluatieVraag,
  isVeiligeVerwijzing,
  kaderFout,
  normenVan,
  normSleutels,
  oordelen,
  pasVragenAan,
  STANDAARD_KADER_ID,
  standaardNormenkader,
  telOordelen,
  uitvoerders,
} from '../../domain/evaluatie/normenkader.ts';
import { type Voorstel, voorstellen, type VoorstelBron } from '../../domain/evaluatie/voorstel.ts';
import { bewijsNamen, bewijsVan as bewijsVanMethode } from '../../domain/methoden/bewijs.ts';
import { rapportagePeriode } from '../../domain/monitoring/dashboard.ts';
import { type Actie, mag } from '../../domain/toegang/rollen.ts';
import { ifMatchHeader, protectedErrors, uuidParam, versionedWriteErrors, writeAndAnnounce } from '../api/common.ts';
import { validationHook } from '../api/validation.ts';
import { etag, neemVersie } from '../api/versioning.ts';
import { laadAfspraken } from '../cyclus/afspraken-opslag.ts';
import { laadWerkruimte, type WerkruimteKop } from '../cyclus/opslag.ts';
import { laadStand } from '../cyclus/stand.ts';
import type { Db, Queryable } from '../db/db.ts';
import { naarDocx } from '../documenten/docx.ts';
import { laadMonitoring } from '../monitoring/opslag.ts';
import { problem } from '../problem.ts';
import { laadRaadsversies } from '../raad/opslag.ts';
import type { Hub } from '../realtime/hub.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import { type Evaluatie, evaluatieVersieRij, laadEvaluatie, laadEvaluaties, laadNormenkaders, maakEvaluatie, maakNormenkader, schrijfEvaluatie } from './opslag.ts';

const tag = 'Evaluatie';
const noWorkspace = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
const geenEvaluatie = 'Deze evaluatie bestaat niet in deze werkruimte.';
type Ctx = Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0];
type Lid = NonNullable<Awaited<ReturnType<typeof lidVan>>>;

const kort = (veld: string, max: number) => z.string().trim().min(1, `Vul ${veld} in.`).max(max, `Hooguit ${max} tekens.`);

const bewijsSchema = z.object({
  soort: z.enum(bewijsSoorten).openapi({ description: 'plan (een onderdeel van het plan in Kernplan), document, cijfer of link.' }),
  label: kort('een omschrijving van het bewijs', 300),
  verwijzing: z
    .string()
    .trim()
    .min(1, 'Geef een pad in Kernplan (/werkruimtes/...) of een webadres (https://...).')
    .max(2000, 'Hooguit 2000 tekens.')
    .refine(isVeiligeVerwijzing, 'Een verwijzing is een pad in Kernplan dat met / begint, of een webadres dat met http:// of https:// begint.'),
});

const kaderNormSchema = z.object({
  id: kort('het nummer van de norm', 20),
  norm: kort('de norm', 1000),
  sleutel: z.enum(normSleutels).nullable().optional().openapi({ description: 'Wat Kernplan bij deze norm uit het plan afleidt (alleen bij normen uit het standaardkader).' }),
});
const kaderVraagSchema = z.object({
  id: kort('het nummer van de vraag', 20),
  nummer: kort('het nummer van de vraag', 20),
  vraag: kort('de onderzoeksvraag', 1000),
  normen: z.array(kaderNormSchema).max(40, 'Hooguit 40 normen per vraag.'),
});
const vragenSchema = z.array(kaderVraagSchema).max(20, 'Hooguit 20 vragen.');

const normenkaderInvoer = z
  .object({
    naam: kort('de naam van het normenkader', 200),
    beschrijving: z.string().trim().max(2000, 'Hooguit 2000 tekens.').optional(),
    vanKader: z.string().optional().openapi({ description: "Kopieer dit kader ('standaard' of het id van een eigen kader); zonder `vragen` het standaardkader." }),
    vragen: vragenSchema.optional().openapi({ description: 'De vragen en normen zelf; gaat voor `vanKader`.' }),
  })
  .openapi('NormenkaderInvoer');

const evaluatieInvoer = z
  .object({
    naam: kort('de naam van de evaluatie', 200),
    uitvoerder: z.enum(uitvoerders).openapi({ description: 'rekenkamer, interne-audit of werkgroep.' }),
    kaderId: z.string().optional().openapi({ description: "Het normenkader: 'standaard' (zonder deze waarde) of het id van een eigen kader. Het kader wordt gekopieerd." }),
  })
  .openapi('EvaluatieInvoer');

const evaluatieWijziging = z
  .object({
    naam: kort('de naam van de evaluatie', 200).optional(),
    uitvoerder: z.enum(uitvoerders).optional(),
    status: z.enum(evaluatieStatussen).optional().openapi({ description: 'concept of definitief; definitief kan pas als elke norm een oordeel heeft.' }),
    vragen: vragenSchema.optional().openapi({ description: 'De aangepaste lijst vragen en normen; een norm met hetzelfde id houdt haar oordeel.' }),
  })
  .openapi('EvaluatieWijziging');

const oordeelInvoer = z
  .object({
    oordeel: z.enum(oordelen).nullable().openapi({ description: 'voldoet, voldoet-deels of voldoet-niet; null: (weer) zonder oordeel.' }),
    toelichting: z.string().trim().max(8000, 'Hooguit 8000 tekens.').default(''),
    bewijs: z.array(bewijsSchema).max(30, 'Hooguit 30 stukken bewijs per norm.').default([]),
  })
  .openapi('NormOordeelInvoer');

const jsonAntwoord = (description: string) => ({ 200: { content: { 'application/json': { schema: z.unknown() } }, description }, ...protectedErrors });

export function evaluatieRoutes(db: Db, hub: Hub) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/*', requireUser(db));

  async function toegang(c: Ctx, tx: Queryable, werkruimteId: string, actie: Actie, weigering: string) {
    const member = await lidVan(c, tx, werkruimteId);
    if (!member) return { ok: false as const, response: problem(c, 404, noWorkspace) };
    if (!mag(member, actie)) return { ok: false as const, response: (await refuse(c, tx, weigering)) as never };
    const w = (await laadWerkruimte(tx, werkruimteId))!;
    return { ok: true as const, member, w };
  }

  /** Who may read concepts: everyone who may read evaluations except the council (only final ones). */
  const leestConcepten = (lid: Lid) => lid.rol !== 'raad';

  /** An evaluation as the reader may see it: undefined when it does not exist for him. */
  async function zichtbareEvaluatie(tx: Queryable, werkruimteId: string, id: string, lid: Lid): Promise<Evaluatie | undefined> {
    const e = await laadEvaluatie(tx, werkruimteId, id);
    return e && (e.status === 'definitief' || leestConcepten(lid)) ? e : undefined;
  }

  /** What the proposals are made from: the plan as everyone may see it, the agreements, the council's reports. */
  async function voorstelBron(tx: Queryable, w: WerkruimteKop): Promise<VoorstelBron> {
    const stand = openbareStand(await laadStand(tx, w));
    const beoordeling = (await laadMonitoring(tx, w)).inhoud.beoordeling;
    const afspraken = (await laadAfspraken(tx, w.id)).map((a) => ({ partner: a.partner, soort: a.soort, status: a.status }));
    const versies = await laadRaadsversies(tx, w.id);
    const laatste = new Map<string, (typeof versies)[number]>();
    for (const v of versies) laatste.set(v.periode, v);
    return {
      keten: beleidsketen(stand, { beoordeling }),
      afspraken: afspraken.filter((a) => (afspraakSoorten as readonly string[]).includes(a.soort) && (afspraakStatussen as readonly string[]).includes(a.status)),
      // A method counts as tested knowledge when a recognised source rates it (not 'onbekend').
      bewijsVan: (id) => {
        const b = bewijsVanMethode(id);
        return b && b.niveau !== 'onbekend' ? bewijsNamen[b.niveau].toLowerCase() : null;
      },
      rapportages: [...laatste.values()].map((v) => {
        const p = rapportagePeriode(v.periode);
        return { titel: p ? (p.kwartaal ? `Voortgangsrapportage ${p.titel}` : p.titel) : v.periode, aangebodenOp: v.aangebodenOp, besprokenOp: v.besprokenOp };
      }),
      basis: `/werkruimtes/${w.id}`,
    };
  }

  function presenteer(e: Evaluatie, voorstel: Record<string, Voorstel | null> | null, lid: Lid) {
    const { vragen, ...rest } = e;
    return {
      ...rest,
      vragen,
      normen: normenVan(vragen).map((n) => ({
        id: n.id,
        vraagId: n.vraagId,
        vraagNummer: n.vraagNummer,
        vraag: n.vraag,
        norm: n.norm,
        sleutel: n.sleutel ?? null,
        oordeel: n.oordeel,
        toelichting: n.toelichting,
        bewijs: n.bewijs,
        voorstel: voorstel?.[n.id] ?? null,
      })),
      telling: telOordelen(vragen),
      mag: { bewerken: mag(lid, 'evaluatie.bewerken') },
    };
  }

  const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
  const evaluatieParam = z.object({
    werkruimteId: uuidParam('werkruimteId'),
    evaluatieId: z.string().openapi({ param: { name: 'evaluatieId', in: 'path' }, example: '0b0e2c6e-4c1f-4c55-9f51-2a8a5d3b9c10', description: 'Het id van de evaluatie; met .docx het rapport in Word.' }),
  });
  const normParam = z.object({ werkruimteId: uuidParam('werkruimteId'), evaluatieId: uuidParam('evaluatieId'), normId: z.string().openapi({ param: { name: 'normId', in: 'path' }, example: '1.2' }) });

  // --- Frameworks ------------------------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/normenkaders',
      tags: [tag],
      summary: 'De normenkaders: het standaardkader van Kernplan en de eigen kaders van de werkruimte',
      request: { params: werkruimteParam },
      responses: jsonAntwoord('De normenkaders, het standaardkader eerst.'),
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'evaluatie.lezen', 'Uw rol mag de normenkaders niet zien.');
      if (!t.ok) return t.response;
      const eigen = await laadNormenkaders(db, werkruimteId);
      return c.json(
        { normenkaders: [{ ...standaardNormenkader, standaard: true }, ...eigen.map((k) => ({ ...k, standaard: false }))], mag: { beheren: mag(t.member, 'normenkader.beheren') } },
        200,
      );
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/normenkaders',
      tags: [tag],
      summary: 'Voeg een eigen normenkader toe: een kopie van een bestaand kader, of eigen vragen en normen',
      request: { params: werkruimteParam, body: { required: true, content: { 'application/json': { schema: normenkaderInvoer } } } },
      responses: { 201: { content: { 'application/json': { schema: z.object({ id: z.string() }) } }, description: 'Toegevoegd.' }, 422: protectedErrors[400], ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'normenkader.beheren', 'Alleen de coördinator en de auditor beheren normenkaders.');
        if (!t.ok) return t.response;
        let vragen = body.vragen;
        if (!vragen) {
          const bron = !body.vanKader || body.vanKader === STANDAARD_KADER_ID ? standaardNormenkader : (await laadNormenkaders(tx, werkruimteId, body.vanKader))[0];
          if (!bron) return problem(c, 422, `Normenkader '${body.vanKader}' bestaat niet in deze werkruimte.`, { invalidParams: [{ name: 'vanKader', code: 'regel', reason: 'Onbekend normenkader.' }] });
          vragen = bron.vragen;
        }
        const fout = kaderFout(vragen);
        if (fout) return problem(c, 422, fout.reden, { invalidParams: [{ name: fout.veld, code: 'regel', reason: fout.reden }] });
        const id = await maakNormenkader(tx, werkruimteId, { naam: body.naam, beschrijving: body.beschrijving ?? '', vragen }, t.member.gebruikerId);
        announce({ type: 'werkruimte', werkruimteId, id: 'normenkaders', versie: 1 });
        c.header('Location', `/api/v1/werkruimtes/${werkruimteId}/normenkaders`);
        return c.json({ id }, 201);
      });
    },
  );

  // --- Evaluations -----------------------------------------------------------------------------------
  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/evaluaties',
      tags: [tag],
      summary: 'De evaluaties van het beleid, met per norm het oordeel, de toelichting, het bewijs en het voorstel van Kernplan',
      description: 'De raad ziet alleen definitieve evaluaties.',
      request: { params: werkruimteParam },
      responses: jsonAntwoord('De evaluaties, oudste eerst.'),
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'evaluatie.lezen', 'Uw rol mag de evaluaties niet zien.');
      if (!t.ok) return t.response;
      const lijst = await laadEvaluaties(db, werkruimteId, !leestConcepten(t.member));
      const bron = lijst.length > 0 ? await voorstelBron(db, t.w) : null;
      return c.json(
        {
          evaluaties: lijst.map((e) => presenteer(e, bron ? voorstellen(e.vragen, bron) : null, t.member)),
          mag: { bewerken: mag(t.member, 'evaluatie.bewerken'), kadersBeheren: mag(t.member, 'normenkader.beheren') },
        },
        200,
      );
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/evaluaties',
      tags: [tag],
      summary: 'Begin een evaluatie tegen een normenkader (het kader wordt gekopieerd)',
      request: { params: werkruimteParam, body: { required: true, content: { 'application/json': { schema: evaluatieInvoer } } } },
      responses: { 201: { content: { 'application/json': { schema: z.object({ id: z.string() }) } }, description: 'Aangemaakt, met ETag.' }, 422: protectedErrors[400], ...protectedErrors },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'evaluatie.bewerken', 'Uw rol mag geen evaluatie beginnen.');
        if (!t.ok) return t.response;
        const kader = !body.kaderId || body.kaderId === STANDAARD_KADER_ID ? standaardNormenkader : (await laadNormenkaders(tx, werkruimteId, body.kaderId))[0];
        if (!kader) return problem(c, 422, `Normenkader '${body.kaderId}' bestaat niet in deze werkruimte.`, { invalidParams: [{ name: 'kaderId', code: 'regel', reason: 'Onbekend normenkader.' }] });
        const id = await maakEvaluatie(tx, werkruimteId, { naam: body.naam, uitvoerder: body.uitvoerder, kaderNaam: kader.naam, vragen: evaluatieVragen(kader) }, t.member.gebruikerId);
        announce({ type: 'werkruimte', werkruimteId, id: 'evaluaties', versie: 1 });
        c.header('ETag', etag(1));
        c.header('Location', `/api/v1/werkruimtes/${werkruimteId}/evaluaties/${id}`);
        return c.json({ id }, 201);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/evaluaties/{evaluatieId}',
      tags: [tag],
      summary: 'Eén evaluatie met per norm het oordeel en het voorstel (met ETag); met .docx het rapport in Word',
      request: { params: evaluatieParam },
      responses: {
        200: {
          content: {
            'application/json': { schema: z.unknown() },
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: z.string().openapi({ format: 'binary' }) },
          },
          description: 'De evaluatie, of het rapport als Word-bestand.',
        },
        ...protectedErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, evaluatieId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'evaluatie.lezen', 'Uw rol mag de evaluaties niet zien.');
      if (!t.ok) return t.response;
      const docx = evaluatieId.endsWith('.docx');
      const e = await zichtbareEvaluatie(db, werkruimteId, docx ? evaluatieId.slice(0, -5) : evaluatieId, t.member);
      if (!e) return problem(c, 404, geenEvaluatie);
      if (docx) {
        const periode = t.w.periodeStart && t.w.periodeEinde ? `${t.w.periodeStart}-${t.w.periodeEinde}` : '';
        const bestand = await naarDocx(evaluatieDocument(e, { gemeentenaam: t.w.gemeentenaam, periode }));
        const naam = `evaluatie-${e.naam.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'rapport'}.docx`;
        return new Response(new Uint8Array(bestand), {
          status: 200,
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'Content-Disposition': `attachment; filename="${naam}"`,
            'Cache-Control': 'private, no-store',
          },
        }) as never;
      }
      c.header('ETag', etag(e.versie));
      return c.json(presenteer(e, voorstellen(e.vragen, await voorstelBron(db, t.w)), t.member), 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/evaluaties/{evaluatieId}/voorstel',
      tags: [tag],
      summary: 'Het voorstel van Kernplan per norm: bewijs uit het plan en een voorlopig oordeel',
      request: { params: z.object({ werkruimteId: uuidParam('werkruimteId'), evaluatieId: uuidParam('evaluatieId') }) },
      responses: jsonAntwoord('Per norm het voorstel, of null bij een eigen norm.'),
    }),
    async (c) => {
      const { werkruimteId, evaluatieId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId, 'evaluatie.lezen', 'Uw rol mag de evaluaties niet zien.');
      if (!t.ok) return t.response;
      const e = await zichtbareEvaluatie(db, werkruimteId, evaluatieId, t.member);
      if (!e) return problem(c, 404, geenEvaluatie);
      const v = voorstellen(e.vragen, await voorstelBron(db, t.w));
      return c.json({ voorstellen: normenVan(e.vragen).map((n) => ({ normId: n.id, voorstel: v[n.id] ?? null })) }, 200);
    },
  );

  /** Takes the evaluation's next version (If-Match) for a write; 404 when it does not exist. */
  async function neem(c: Ctx, tx: Queryable, werkruimteId: string, evaluatieId: string, lid: Lid) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(evaluatieId)) return { ok: false as const, response: problem(c, 404, geenEvaluatie) };
    const genomen = await neemVersie(c, tx, evaluatieVersieRij(werkruimteId, evaluatieId, lid.gebruikerId), async () => {
      const nu = await laadEvaluatie(tx, werkruimteId, evaluatieId);
      return nu ? { versie: nu.versie, body: presenteer(nu, null, lid) } : null;
    });
    if (!genomen.ok) return genomen;
    return { ok: true as const, e: (await laadEvaluatie(tx, werkruimteId, evaluatieId))! };
  }

  routes.openapi(
    createRoute({
      method: 'patch',
      path: '/werkruimtes/{werkruimteId}/evaluaties/{evaluatieId}',
      tags: [tag],
      summary: 'Wijzig naam, uitvoerder, status of de vragen en normen van een evaluatie (If-Match)',
      description: 'Definitief maken kan pas als elke norm een oordeel heeft. Een norm met hetzelfde id houdt haar oordeel.',
      request: {
        params: z.object({ werkruimteId: uuidParam('werkruimteId'), evaluatieId: uuidParam('evaluatieId') }),
        headers: ifMatchHeader,
        body: { required: true, content: { 'application/json': { schema: evaluatieWijziging } } },
      },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Gewijzigd; nieuwe ETag.' }, 422: protectedErrors[400], ...versionedWriteErrors },
    }),
    async (c) => {
      const { werkruimteId, evaluatieId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'evaluatie.bewerken', 'Uw rol mag evaluaties niet wijzigen.');
        if (!t.ok) return t.response;
        if (body.vragen) {
          const fout = kaderFout(body.vragen);
          if (fout) return problem(c, 422, fout.reden, { invalidParams: [{ name: fout.veld, code: 'regel', reason: fout.reden }] });
        }
        const g = await neem(c, tx, werkruimteId, evaluatieId, t.member);
        if (!g.ok) return g.response;
        const vragen: EvaluatieVraag[] = body.vragen ? pasVragenAan(g.e.vragen, body.vragen) : g.e.vragen;
        const status = body.status ?? g.e.status;
        if (status === 'definitief') {
          const open = normenVan(vragen).filter((n) => n.oordeel === null);
          if (open.length > 0) {
            const reden = `Nog ${open.length === 1 ? 'één norm' : `${open.length} normen`} zonder oordeel (${open.map((n) => n.id).join(', ')}). Geef elke norm een oordeel voordat u de evaluatie definitief maakt.`;
            return problem(c, 422, reden, { invalidParams: [{ name: 'status', code: 'regel', reason: reden }] });
          }
        }
        await schrijfEvaluatie(tx, evaluatieId, { naam: body.naam ?? g.e.naam, uitvoerder: body.uitvoerder ?? g.e.uitvoerder, status, vragen });
        const na = (await laadEvaluatie(tx, werkruimteId, evaluatieId))!;
        announce({ type: 'werkruimte', werkruimteId, id: 'evaluaties', versie: na.versie });
        c.header('ETag', etag(na.versie));
        return c.json(presenteer(na, null, t.member), 200);
      });
    },
  );

  routes.openapi(
    createRoute({
      method: 'put',
      path: '/werkruimtes/{werkruimteId}/evaluaties/{evaluatieId}/normen/{normId}',
      tags: [tag],
      summary: 'Leg het oordeel bij één norm vast: voldoet, voldoet deels of voldoet niet, met toelichting en bewijs (If-Match)',
      description:
        'Stuur If-Match met de versie van de evaluatie. Van twee gelijktijdige oordelen met dezelfde versie wint er één; de ander krijgt 412 met de evaluatie zoals ze nu is. Een definitieve evaluatie zet u eerst terug naar concept (409).',
      request: { params: normParam, headers: ifMatchHeader, body: { required: true, content: { 'application/json': { schema: oordeelInvoer } } } },
      responses: {
        200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Vastgelegd; nieuwe ETag.' },
        409: protectedErrors[400],
        ...versionedWriteErrors,
      },
    }),
    async (c) => {
      const { werkruimteId, evaluatieId, normId } = c.req.valid('param');
      const body = c.req.valid('json');
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId, 'evaluatie.bewerken', 'Uw rol mag geen oordelen vastleggen.');
        if (!t.ok) return t.response;
        const g = await neem(c, tx, werkruimteId, evaluatieId, t.member);
        if (!g.ok) return g.response;
        if (!normenVan(g.e.vragen).some((n) => n.id === normId)) return problem(c, 404, `Norm '${normId}' bestaat niet in deze evaluatie.`);
        if (g.e.status === 'definitief') return problem(c, 409, 'Deze evaluatie is definitief. Zet haar eerst terug naar concept om een oordeel te wijzigen.');
        const vragen = g.e.vragen.map((v) => ({ ...v, normen: v.normen.map((n) => (n.id === normId ? { ...n, oordeel: body.oordeel, toelichting: body.toelichting, bewijs: body.bewijs } : n)) }));
        await schrijfEvaluatie(tx, evaluatieId, { naam: g.e.naam, uitvoerder: g.e.uitvoerder, status: g.e.status, vragen });
        const na = (await laadEvaluatie(tx, werkruimteId, evaluatieId))!;
        announce({ type: 'werkruimte', werkruimteId, id: 'evaluaties', versie: na.versie });
        c.header('ETag', etag(na.versie));
        return c.json(presenteer(na, null, t.member), 200);
      });
    },
  );

  return routes;
}
