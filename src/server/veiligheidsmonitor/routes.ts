/**
 * API voor de CBS Veiligheidsmonitor (issue 16, punt 5). De tabellen zijn installatiebreed, zoals de
 * politiecijfers; een werkruimte is de plek waar iemand ze inleest en leest.
 *
 *   POST /werkruimtes/{id}/veiligheidsmonitor/imports?bestandsnaam=x.csv   (het CSV-bestand als body)
 *        -> 201 {id, bestandsnaam, samenvatting, indicatorenBijgewerkt} | 422 met regel en kolom per fout
 *   GET  /werkruimtes/{id}/veiligheidsmonitor             regio's, onderwerpen (met thema's), imports, catalogus
 *   GET  /werkruimtes/{id}/veiligheidsmonitor/reeksen?regio=PV20&indicator=onveilig-buurt-wel-eens
 *        -> per regio x onderwerp de waarden per jaar met marge (en het verschil met het jaar ervoor)
 *
 * Importeren mag wie politiecijfers mag inlezen (cyclus.bewerken: coördinator, redacteur); lezen wie
 * de cyclus mag lezen. Alles of niets: één transactie met de import, de waarden en de metingen van
 * indicatoren die een reeks volgen.
 */
import { leesBegrensd } from '../api/begrensd.ts';
import { createHash, randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { mag } from '../../domain/toegang/rollen.ts';
import { vmIndicatoren } from '../../domain/veiligheidsmonitor/catalogus.ts';
import { leesVeiligheidsmonitor, vmFoutTekst } from '../../domain/veiligheidsmonitor/lezen.ts';
import { metMargeTekst, verschilBetekenisvol } from '../../domain/veiligheidsmonitor/marge.ts';
import { vmRegioBijCode } from '../../domain/veiligheidsmonitor/regios.ts';
import { beschrijfOnderwerp, vatSamen } from '../../domain/veiligheidsmonitor/samenvatting.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import type { Db } from '../db/db.ts';
import { inTransactie, uuidParam } from '../api/common.ts';
import { problemSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';
import { problem } from '../problem.ts';
import { laadWerkruimte } from '../cyclus/opslag.ts';
import { bewaarImport, laadImports, laadOnderwerpen, laadRegios, laadWaarden } from './opslag.ts';
import { volgVeiligheidsmonitorReeksen } from './reeksen.ts';
import { vulRegionamen, zoekWijkOfBuurt } from './regios.ts';

type C = Context<AppEnv>;

/** A query parameter: its first value (the same parser as c.req.query). */
const param = (c: C, naam: string): string | undefined => c.req.queries(naam)?.[0];

const tag = 'Veiligheidsmonitor';
/** Een tabel van de Veiligheidsmonitor is klein (een landelijke tabel per gemeente: enkele MB's). */
export const MAX_VM_BYTES = 20 * 1024 * 1024;
const geenWerkruimte = 'Deze werkruimte bestaat niet of u bent er geen lid van.';

const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
const probleem = (description: string) => ({ content: { 'application/problem+json': { schema: problemSchema } }, description });
const lezenFouten = { 401: probleem('Niet aangemeld.'), 403: probleem('Uw rol mag de cijfers van deze werkruimte niet lezen.'), 404: probleem('De werkruimte bestaat niet, of u bent er geen lid van.') } as const;

const reeksenQuery = z.object({
  regio: z.string().optional().openapi({ description: 'CBS-regiocode (NL01, PV20, GM0014, WK001401, BU00140101). Zonder: alle regio’s van het onderwerp.', example: 'PV20' }),
  indicator: z.string().optional().openapi({ description: 'Id van het onderwerp (catalogus, of eigen: `eigen:...`). Zonder: alle onderwerpen van de regio.', example: 'onveilig-buurt-wel-eens' }),
});

/** UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1252, as older StatLine exports are. */
function alsTekst(bytes: Uint8Array): { tekst: string; tekenset: 'UTF-8' | 'Windows-1252' } {
  try {
    return { tekst: new TextDecoder('utf-8', { fatal: true }).decode(bytes), tekenset: 'UTF-8' };
  } catch {
    return { tekst: new TextDecoder('windows-1252').decode(bytes), tekenset: 'Windows-1252' };
  }
}

export function veiligheidsmonitorRoutes(db: Db) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use('/werkruimtes/:werkruimteId/veiligheidsmonitor', requireUser(db));
  routes.use('/werkruimtes/:werkruimteId/veiligheidsmonitor/*', requireUser(db));

  /** Member with the right, or the answer (404 for a non-member, 403 for a role without the right). */
  async function toegang(c: C, actie: 'cyclus.lezen' | 'cyclus.bewerken', weigering: string) {
    const werkruimteId = c.req.param('werkruimteId')!;
    if (!z.uuid().safeParse(werkruimteId).success) return { ok: false as const, antwoord: problem(c, 404, geenWerkruimte) };
    const member = await lidVan(c, db, werkruimteId);
    if (!member) return { ok: false as const, antwoord: problem(c, 404, geenWerkruimte) };
    if (!mag(member, actie)) return { ok: false as const, antwoord: (await refuse(c, db, weigering)) as never };
    return { ok: true as const, werkruimteId, member };
  }
  const lezen = (c: C) => toegang(c, 'cyclus.lezen', 'Uw rol mag de cijfers van de Veiligheidsmonitor in deze werkruimte niet lezen.');

  // --- Importeren ---------------------------------------------------------------------------------

  routes.openAPIRegistry.registerPath({
    method: 'post',
    path: '/werkruimtes/{werkruimteId}/veiligheidsmonitor/imports',
    tags: [tag],
    summary: 'Lees een tabel van de CBS Veiligheidsmonitor in (StatLine-CSV of CBS open data), alles of niets',
    description:
      'Het CSV-bestand als body (text/csv). Formaten: de StatLine-tabel met `Onderwerp`, `Perioden`, `Waarde_<regio>_<jaar>` en `Marges_<regio>_<jaar>`, ' +
      'of CBS open data met `RegioS`, `Perioden` (2017JJ00) en een kolom per onderwerp, met de dimensie `Marges` of partnerkolommen `_Marge`, `_Ondergrens`, `_Bovengrens` ' +
      '(docs/veiligheidsmonitor.md). Een fout geeft 422 met regel en kolom in `invalidParams`, en er wordt niets opgeslagen. ' +
      'Indicatoren die een reeks van de Veiligheidsmonitor volgen krijgen in dezelfde transactie hun jaarmetingen met marge.',
    request: {
      params: werkruimteParam,
      query: z.object({ bestandsnaam: z.string().max(255).optional().openapi({ example: 'veiligheidsmonitor-2023.csv' }) }),
      body: { required: true, description: 'De tabel als CSV (UTF-8; Windows-1252 wordt herkend).', content: { 'text/csv': { schema: { type: 'string' as const, format: 'binary' } } } },
    },
    responses: {
      201: { content: { 'application/json': { schema: z.unknown() } }, description: 'Ingelezen: id, bestandsnaam, samenvatting (regio’s, jaren, onderwerpen met thema’s) en het aantal bijgewerkte metingen van indicatoren.' },
      400: probleem('De parameter bestandsnaam is te lang; `invalidParams` noemt hem.'),
      401: probleem('Niet aangemeld.'),
      403: probleem('Uw rol mag geen tabellen van de Veiligheidsmonitor inlezen (dat mogen de coördinator en de redacteuren), of het CSRF-token ontbreekt.'),
      404: probleem('De werkruimte bestaat niet, of u bent er geen lid van.'),
      413: probleem(`Het bestand is groter dan ${MAX_VM_BYTES / 1024 / 1024} MB.`),
      422: probleem('Het bestand is niet te lezen; `invalidParams` noemt per fout regel en kolom. Er is niets opgeslagen.'),
    },
  });
  routes.post('/werkruimtes/:werkruimteId/veiligheidsmonitor/imports', async (c) => {
    const t = await toegang(c, 'cyclus.bewerken', 'Uw rol mag geen tabellen van de Veiligheidsmonitor inlezen; dat mogen de coördinator en de redacteuren.');
    if (!t.ok) return t.antwoord;
    const bestandsnaam = param(c, 'bestandsnaam')?.trim() || 'veiligheidsmonitor.csv';
    if (bestandsnaam.length > 255) {
      return problem(c, 400, 'De parameter bestandsnaam is te lang: hoogstens 255 tekens.', { invalidParams: [{ name: 'bestandsnaam', code: 'lengte', reason: 'Hoogstens 255 tekens.' }] });
    }
    const bytes = await leesBegrensd(c.req.raw, MAX_VM_BYTES);
    if (bytes === null) return problem(c, 413, `Het bestand is te groot: hoogstens ${MAX_VM_BYTES / 1024 / 1024} MB voor een tabel van de Veiligheidsmonitor.`);
    if (bytes.byteLength === 0) return problem(c, 422, 'Er is geen bestand meegestuurd: stuur de tabel als CSV in de body. Er is niets opgeslagen.', { invalidParams: [{ name: '(body)', code: 'leeg', reason: 'Het bestand is leeg.' }] });
    const { tekst, tekenset } = alsTekst(bytes);
    if (tekst.includes('\u0000')) return problem(c, 422, 'Dit is geen tekstbestand (CSV). Er is niets opgeslagen.', { invalidParams: [{ name: '(body)', code: 'geen-tekst', reason: 'Het bestand bevat NUL-tekens.' }] });
    const uit = leesVeiligheidsmonitor(tekst, { extraRegio: zoekWijkOfBuurt });
    if (!uit.ok) {
      const [eerste] = uit.fouten;
      const meer = uit.fouten.length > 1 ? ` En nog ${uit.fouten.length - 1} ${uit.fouten.length === 2 ? 'fout' : 'fouten'}.` : '';
      return problem(c, 422, `${vmFoutTekst(eerste!)}${meer} Er is niets opgeslagen.`, {
        invalidParams: uit.fouten.map((f) => ({ name: f.kolom === null ? `regel ${f.regel}` : `regel ${f.regel}, kolom ${f.kolom}${f.kolomnaam ? ` (${f.kolomnaam})` : ''}`, code: 'csv', reason: f.reden })),
      });
    }
    const tabel = vulRegionamen(uit.tabel);
    const samenvatting = vatSamen(tabel);
    const id = randomUUID();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const gebruikerId = c.get('sessie')!.gebruiker.id;
    const volg = await inTransactie(c, db, async (tx) => {
      await bewaarImport(tx, { id, bestandsnaam, sha256, werkruimteId: t.werkruimteId, gebruikerId, samenvatting }, tabel);
      return volgVeiligheidsmonitorReeksen(tx);
    });
    c.header('Location', `/api/v1/werkruimtes/${t.werkruimteId}/veiligheidsmonitor`);
    return c.json({ id, bestandsnaam, tekenset, samenvatting, indicatorenBijgewerkt: volg.bijgewerkt, signalen: volg.meldingIds.length }, 201);
  });

  // --- Lezen -------------------------------------------------------------------------------------

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/veiligheidsmonitor',
      tags: [tag],
      summary: 'Wat er van de Veiligheidsmonitor is ingelezen: regio’s, onderwerpen met hun thema’s, jaren en de laatste imports; en de catalogus',
      request: {
        params: werkruimteParam,
        query: z.object({
          imports: z.coerce.number().int().min(1).max(100).optional().openapi({ description: 'Hoeveel van de laatste imports (1 tot en met 100; standaard 10).', example: 10 }),
        }),
      },
      responses: {
        200: { content: { 'application/json': { schema: z.unknown() } }, description: '`regios`, `onderwerpen`, `imports`, `catalogus`, `gemeenten` (van de werkruimte) en `mag.importeren`.' },
        400: probleem('Een ongeldige parameter; `invalidParams` noemt hem.'),
        ...lezenFouten,
      },
    }),
    async (c) => {
      const t = await lezen(c);
      if (!t.ok) return t.antwoord;
      const { imports: aantal } = c.req.valid('query');
      const [onderwerpen, regios, imports, w] = [await laadOnderwerpen(db), await laadRegios(db), await laadImports(db, aantal ?? 10), await laadWerkruimte(db, t.werkruimteId)];
      return c.json(
        {
          regios,
          onderwerpen: onderwerpen.map((o) => ({ ...beschrijfOnderwerp(o), regios: o.regios, jaren: o.jaren })),
          imports,
          catalogus: vmIndicatoren.map((i) => beschrijfOnderwerp({ indicatorId: i.id, label: i.labels[0]!, cbsEenheid: i.cbsEenheden[0] ?? null, eenheid: i.eenheid })),
          gemeenten: w?.gemeenten ?? [],
          mag: { importeren: mag(t.member, 'cyclus.bewerken') },
        },
        200,
      );
    },
  );

  // Query parameters are checked here with their own messages: documented only.
  routes.openAPIRegistry.registerPath({
    method: 'get',
    path: '/werkruimtes/{werkruimteId}/veiligheidsmonitor/reeksen',
    tags: [tag],
    summary: 'Reeksen van de Veiligheidsmonitor per regio en onderwerp: de waarde per jaar met marge (95%-betrouwbaarheidsinterval)',
    request: { params: werkruimteParam, query: reeksenQuery },
    responses: {
      200: { content: { 'application/json': { schema: z.unknown() } }, description: '`reeksen`: per regio x onderwerp de `waarden` (jaar, waarde, marge, ondergrens, bovengrens, tekst, verschil met het jaar ervoor).' },
      400: probleem('Een ongeldige parameter; `invalidParams` noemt hem.'),
      ...lezenFouten,
    },
  });
  routes.get('/werkruimtes/:werkruimteId/veiligheidsmonitor/reeksen', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    const regio = param(c, 'regio')?.trim().toUpperCase() || undefined;
    const indicator = param(c, 'indicator')?.trim() || undefined;
    if (regio !== undefined && !vmRegioBijCode(regio)) {
      return problem(c, 400, 'De parameter regio moet een CBS-regiocode zijn, zoals NL01, PV20, GM0014 of WK001401.', { invalidParams: [{ name: 'regio', code: 'regiocode', reason: `'${regio}' is geen regiocode.` }] });
    }
    if (indicator !== undefined && indicator.length > 200) return problem(c, 400, 'De parameter indicator is te lang.', { invalidParams: [{ name: 'indicator', code: 'lengte', reason: 'Hoogstens 200 tekens.' }] });
    if (regio === undefined && indicator === undefined) {
      return problem(c, 400, 'Geef een regio, een onderwerp (indicator) of allebei.', { invalidParams: [{ name: 'regio', code: 'verplicht', reason: 'Geef regio of indicator.' }] });
    }
    const waarden = await laadWaarden(db, { regio, indicatorId: indicator });
    const regios = new Map((await laadRegios(db)).map((r) => [r.code, r]));
    const onderwerpen = new Map((await laadOnderwerpen(db)).map((o) => [o.indicatorId, beschrijfOnderwerp(o)]));
    const groepen = new Map<string, typeof waarden>();
    for (const w of waarden) groepen.set(`${w.regiocode}|${w.indicatorId}`, [...(groepen.get(`${w.regiocode}|${w.indicatorId}`) ?? []), w]);
    const reeksen = [...groepen.values()].map((lijst) => {
      const o = onderwerpen.get(lijst[0]!.indicatorId)!;
      const teken = o.eenheid === 'percentage' ? '%' : '';
      return {
        regio: regios.get(lijst[0]!.regiocode) ?? vmRegioBijCode(lijst[0]!.regiocode)!,
        onderwerp: o,
        waarden: lijst.map((w, i) => {
          const vorige = i > 0 ? lijst[i - 1]! : null;
          return {
            jaar: w.jaar,
            waarde: w.waarde,
            marge: w.marge,
            ondergrens: w.marge === null ? null : Math.round((w.waarde - w.marge) * 1000) / 1000,
            bovengrens: w.marge === null ? null : Math.round((w.waarde + w.marge) * 1000) / 1000,
            tekst: metMargeTekst(w.waarde, w.marge, teken),
            verschilMetVorige: vorige ? { vorigJaar: vorige.jaar, verschil: Math.round((w.waarde - vorige.waarde) * 1000) / 1000, betekenisvol: verschilBetekenisvol(w.waarde, w.marge, vorige.waarde, vorige.marge) } : null,
          };
        }),
      };
    });
    return c.json({ reeksen }, 200);
  });

  return routes;
}
