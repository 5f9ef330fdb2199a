/**
 * API voor CBS 83648NED "Geregistreerde criminaliteit; soort misdrijf, regio" (issue 16, punt 1): de
 * groepen 2 (vernielingen) en 3 (geweld) en het totaal per gemeente en jaar, zodat de BBV-indicatoren
 * geweldsmisdrijven en vernielingen van een gemeente officieel en volledig zijn. Installatiebreed, zoals
 * de politiecijfers; een werkruimte is de plek waar iemand de tabel inleest en leest.
 *
 *   POST /werkruimtes/{id}/politiecijfers/cbs-misdrijfgroepen?bestandsnaam=x.csv   (het CSV-bestand als body)
 *        -> 201 {id, bestandsnaam, formaat, samenvatting, werkruimte} | 422 met regel en kolom per fout
 *   GET  /werkruimtes/{id}/politiecijfers/cbs-misdrijfgroepen
 *        -> per gemeente van de werkruimte de opgeslagen tellingen, de laatste imports, `mag.importeren`
 *
 * Importeren mag wie politiecijfers mag inlezen (cyclus.bewerken: coördinator, redacteur); lezen wie de
 * cyclus mag lezen. Alles of niets: één transactie voor de import en al zijn tellingen.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { mag } from '../../domain/toegang/rollen.ts';
import { CBS_GROEPEN_BRON, cbsGroepen, cbsGroepFoutTekst, leesCbsGroepen } from '../../domain/politie/cbs-groepen.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import type { Db } from '../db/db.ts';
import { leesBegrensd } from '../api/begrensd.ts';
import { inTransactie, uuidParam } from '../api/common.ts';
import { problemSchema } from '../api/schemas.ts';
import { validationHook } from '../api/validation.ts';
import { problem } from '../problem.ts';
import { laadWerkruimte } from '../cyclus/opslag.ts';
import { bewaarCbsGroepen, cbsGroepenOmvang, laadCbsGroepen, laadCbsGroepImports } from './cbs-groepen-opslag.ts';
import { regioNaam } from './cijfers.ts';

type C = Context<AppEnv>;

const tag = 'Politiecijfers';
/** De hele tabel 83648NED (alle regio's, soorten en jaren) als TypedDataSet is enkele tientallen MB's. */
export const MAX_CBS_GROEPEN_BYTES = 150 * 1024 * 1024;
const geenWerkruimte = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
const PAD = '/werkruimtes/:werkruimteId/politiecijfers/cbs-misdrijfgroepen';

const werkruimteParam = z.object({ werkruimteId: uuidParam('werkruimteId') });
const probleem = (description: string) => ({ content: { 'application/problem+json': { schema: problemSchema } }, description });

export function cbsGroepenRoutes(db: Db) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  routes.use(PAD, requireUser(db));

  /** Member with the right, or the answer (404 for a non-member, 403 for a role without the right). */
  async function toegang(c: C, actie: 'cyclus.lezen' | 'cyclus.bewerken', weigering: string) {
    const werkruimteId = c.req.param('werkruimteId')!;
    if (!z.uuid().safeParse(werkruimteId).success) return { ok: false as const, antwoord: problem(c, 404, geenWerkruimte) };
    const member = await lidVan(c, db, werkruimteId);
    if (!member) return { ok: false as const, antwoord: problem(c, 404, geenWerkruimte) };
    if (!mag(member, actie)) return { ok: false as const, antwoord: (await refuse(c, db, weigering)) as never };
    return { ok: true as const, werkruimteId, member };
  }

  /** Per municipality of the workspace the stored years per group. */
  async function vanWerkruimte(werkruimteId: string) {
    const w = await laadWerkruimte(db, werkruimteId);
    const codes = (w?.gemeenten ?? []).map((g) => g.code);
    const opgeslagen = await laadCbsGroepen(db, codes);
    return codes.map((code) => {
      const eigen = opgeslagen.filter((x) => x.regiocode === code);
      return {
        code,
        naam: regioNaam(code),
        jaren: cbsGroepen.map((g) => ({ groep: g.sleutel, jaren: eigen.filter((x) => x.groep === g.sleutel).map((x) => x.jaar) })),
        tellingen: eigen.map(({ groep, jaar, aantal, per1000, voorlopig }) => ({ groep, jaar, aantal, per1000, voorlopig })),
      };
    });
  }

  // --- Importeren ---------------------------------------------------------------------------------

  routes.openAPIRegistry.registerPath({
    method: 'post',
    path: '/werkruimtes/{werkruimteId}/politiecijfers/cbs-misdrijfgroepen',
    tags: [tag],
    summary: 'Lees CBS 83648NED in (groepen geweld en vernielingen per gemeente), alles of niets',
    description:
      'Het CSV-bestand als body (text/csv): CBS open data (TypedDataSet met `SoortMisdrijf`, `RegioS`, `Perioden`, `TotaalGeregistreerdeMisdrijven_1` en/of ' +
      '`GeregistreerdeMisdrijvenPer1000Inw_3`, met of zonder labelkolommen) of de StatLine-download (`"Soort misdrijf";"Regio\'s";"Perioden";"Totaal geregistreerde misdrijven (aantal)"`, decimale komma). ' +
      'Bewaard worden de groepen T001161 (totaal), CRI2000 (2 Vernielingen, misdrijven tegen openbare orde en gezag) en CRI3000 (3 Gewelds- en seksuele misdrijven) ' +
      'van gemeenten en Nederland; de rest wordt overgeslagen en geteld. Daarna zijn de begrotingsindicatoren geweldsmisdrijven en vernielingen van die gemeenten volledig ' +
      '(docs/begrotingsindicatoren.md). Een fout geeft 422 met regel en kolom in `invalidParams`, en er wordt niets opgeslagen.',
    request: {
      params: werkruimteParam,
      query: z.object({ bestandsnaam: z.string().max(255).optional().openapi({ example: '83648NED_TypedDataSet.csv' }) }),
      body: { required: true, description: 'De tabel als CSV (UTF-8; Windows-1252 wordt herkend).', content: { 'text/csv': { schema: { type: 'string' as const, format: 'binary' } } } },
    },
    responses: {
      201: { content: { 'application/json': { schema: z.unknown() } }, description: 'Ingelezen: id, bestandsnaam, formaat, samenvatting en per gemeente van de werkruimte de jaren met een telling.' },
      400: probleem('De parameter bestandsnaam is te lang; `invalidParams` noemt hem.'),
      401: probleem('Niet aangemeld.'),
      403: probleem('Uw rol mag deze tabel niet inlezen (dat mogen de coördinator en de redacteuren), of het CSRF-token ontbreekt.'),
      404: probleem('De werkruimte bestaat niet, of u bent er geen lid van.'),
      413: probleem(`Het bestand is groter dan ${MAX_CBS_GROEPEN_BYTES / 1024 / 1024} MB.`),
      422: probleem('Het bestand is niet te lezen; `invalidParams` noemt per fout regel en kolom. Er is niets opgeslagen.'),
    },
  });
  routes.post(PAD, async (c) => {
    const t = await toegang(c, 'cyclus.bewerken', 'Uw rol mag de CBS-tabel 83648NED niet inlezen; dat mogen de coördinator en de redacteuren.');
    if (!t.ok) return t.antwoord;
    const bestandsnaam = c.req.queries('bestandsnaam')?.[0]?.trim() || '83648NED.csv';
    if (bestandsnaam.length > 255) {
      return problem(c, 400, 'De parameter bestandsnaam is te lang: hoogstens 255 tekens.', { invalidParams: [{ name: 'bestandsnaam', code: 'lengte', reason: 'Hoogstens 255 tekens.' }] });
    }
    const bytes = await leesBegrensd(c.req.raw, MAX_CBS_GROEPEN_BYTES);
    if (bytes === null) return problem(c, 413, `Het bestand is te groot: hoogstens ${MAX_CBS_GROEPEN_BYTES / 1024 / 1024} MB. Download alleen de gemeenten en de groepen die u nodig hebt.`);
    if (bytes.byteLength === 0) return problem(c, 422, 'Er is geen bestand meegestuurd: stuur de tabel als CSV in de body. Er is niets opgeslagen.', { invalidParams: [{ name: '(body)', code: 'leeg', reason: 'Het bestand is leeg.' }] });
    if (bytes.includes(0)) return problem(c, 422, 'Dit is geen tekstbestand (CSV). Er is niets opgeslagen.', { invalidParams: [{ name: '(body)', code: 'geen-tekst', reason: 'Het bestand bevat NUL-tekens.' }] });
    const uit = leesCbsGroepen(bytes);
    if (!uit.ok) {
      const [eerste] = uit.fouten;
      const meer = uit.fouten.length > 1 ? ` En nog ${uit.fouten.length - 1} ${uit.fouten.length === 2 ? 'fout' : 'fouten'}.` : '';
      return problem(c, 422, `${cbsGroepFoutTekst(eerste!)}${meer} Er is niets opgeslagen.`, {
        invalidParams: uit.fouten.map((f) => ({ name: f.kolom === null ? `regel ${f.regel}` : `regel ${f.regel}, kolom ${f.kolom}${f.kolomnaam ? ` (${f.kolomnaam})` : ''}`, code: 'csv', reason: f.reden })),
      });
    }
    const id = randomUUID();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const gebruikerId = c.get('sessie')!.gebruiker.id;
    await inTransactie(c, db, (tx) => bewaarCbsGroepen(tx, { id, bestandsnaam, sha256, werkruimteId: t.werkruimteId, gebruikerId }, uit.tabel));
    const werkruimte = (await vanWerkruimte(t.werkruimteId)).map((g) => ({
      code: g.code,
      naam: g.naam,
      jaren: [...new Set(uit.tabel.waarden.filter((w) => w.regiocode === g.code && w.groep !== 'T001161').map((w) => w.jaar))].sort((a, b) => a - b),
    }));
    c.header('Location', `/api/v1/werkruimtes/${t.werkruimteId}/politiecijfers/cbs-misdrijfgroepen`);
    return c.json({ id, bestandsnaam, formaat: uit.tabel.formaat, bron: CBS_GROEPEN_BRON, samenvatting: uit.tabel.samenvatting, werkruimte }, 201);
  });

  // --- Lezen -------------------------------------------------------------------------------------

  routes.openapi(
    createRoute({
      method: 'get',
      path: '/werkruimtes/{werkruimteId}/politiecijfers/cbs-misdrijfgroepen',
      tags: [tag],
      summary: 'Wat er van CBS 83648NED is opgeslagen voor de gemeenten van de werkruimte, en de laatste imports',
      request: {
        params: werkruimteParam,
        query: z.object({
          imports: z.coerce.number().int().min(1).max(100).optional().openapi({ description: 'Hoeveel van de laatste imports (1 tot en met 100; standaard 10).', example: 10 }),
        }),
      },
      responses: {
        200: {
          content: { 'application/json': { schema: z.unknown() } },
          description: '`gemeenten` (per gemeente van de werkruimte de jaren per groep en de `tellingen`), `installatie` (regio’s en jaren), `imports` en `mag.importeren`.',
        },
        400: probleem('Een ongeldige parameter; `invalidParams` noemt hem.'),
        401: probleem('Niet aangemeld.'),
        403: probleem('Uw rol mag de cijfers van deze werkruimte niet lezen.'),
        404: probleem('De werkruimte bestaat niet, of u bent er geen lid van.'),
      },
    }),
    async (c) => {
      const t = await toegang(c, 'cyclus.lezen', 'Uw rol mag de politiecijfers van deze werkruimte niet lezen.');
      if (!t.ok) return t.antwoord;
      const { imports } = c.req.valid('query');
      return c.json(
        {
          bron: CBS_GROEPEN_BRON,
          groepen: cbsGroepen,
          gemeenten: await vanWerkruimte(t.werkruimteId),
          installatie: await cbsGroepenOmvang(db),
          imports: await laadCbsGroepImports(db, imports ?? 10),
          mag: { importeren: mag(t.member, 'cyclus.bewerken') },
        },
        200,
      );
    },
  );

  return routes;
}
