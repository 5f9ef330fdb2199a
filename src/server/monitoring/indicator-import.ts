/**
 * Import of an indicator table (issue 16, point 4): the table a municipality keeps in its budget or
 * annual report (Indicator, Eenheid, Bron, year columns; Dutch numbers; the target forms of real
 * plans), as CSV or XLSX. Two steps, both with the file as the raw body:
 *
 *   POST /werkruimtes/{id}/indicatoren/import/voorbeeld?bestandsnaam=tabel.xlsx
 *        what would be made: every indicator with its targets, measurements and their status, and
 *        every problem by line and column. Writes nothing.
 *   POST /werkruimtes/{id}/indicatoren/import?bestandsnaam=tabel.xlsx
 *        makes all indicators with their measurements, or none: any problem gives 422 with every
 *        problem by line and column, and nothing is saved.
 *
 * Rights: as adding an indicator (cyclus.bewerken: coordinator and redacteur).
 */
import { leesBegrensd } from '../api/begrensd.ts';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { formatStreefwaarde } from '../../domain/monitoring/getallen.ts';
import { beoordeelMetingen, vulAfgeleideWaarden } from '../../domain/monitoring/indicatoren.ts';
import { type GelezenTabel, leesCsv, leesIndicatortabel, type TabelIndicator, type Tabelprobleem } from '../../domain/monitoring/indicatortabel.ts';
import { eenheidTekst, type Indicator } from '../../domain/monitoring/typen.ts';
import { mag } from '../../domain/toegang/rollen.ts';
import { protectedErrors, uuidParam, writeAndAnnounce } from '../api/common.ts';
import { laadWerkruimte } from '../cyclus/opslag.ts';
import type { Db, Queryable } from '../db/db.ts';
import { problem } from '../problem.ts';
import type { Hub } from '../realtime/hub.ts';
import { type AppEnv, lidVan, refuse, requireUser } from '../toegang/middleware.ts';
import { legWijzigingVast } from '../werkruimte/geschiedenis.ts';
import { leesXlsx, XlsxFout } from './indicator-import-xlsx.ts';
import { laadIndicatoren, laadMonitoring, legMetingVast, maakIndicator } from './opslag.ts';

const tag = 'Sturing (stap 6)';
/** An indicator table is small; 5 MB is far more than 500 rows need. */
export const MAX_TABEL_BYTES = 5 * 1024 * 1024;

type C = Context<AppEnv>;

const bestandBody = {
  required: true,
  description: 'De tabel als bestand: CSV (UTF-8 of Windows-1252; ; , of tab als scheidingsteken) of een Excel-werkmap (.xlsx, het eerste werkblad).',
  content: {
    'text/csv': { schema: { type: 'string' as const, format: 'binary' } },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string' as const, format: 'binary' } },
    'application/octet-stream': { schema: { type: 'string' as const, format: 'binary' } },
  },
};

const params = z.object({ werkruimteId: uuidParam('werkruimteId') });
const query = z.object({
  bestandsnaam: z
    .string()
    .max(255, 'Een bestandsnaam van hoogstens 255 tekens.')
    .optional()
    .openapi({ param: { name: 'bestandsnaam', in: 'query' }, description: 'De naam van het bestand; .xlsx wordt als Excel gelezen, anders als CSV (een ZIP-bestand herkent Kernplan ook zonder naam).', example: 'indicatoren.xlsx' }),
});

/** The table from the file: XLSX by name or by its ZIP signature, otherwise CSV (UTF-8, else Windows-1252). */
export function leesTabelbestand(bestand: Uint8Array, bestandsnaam: string | undefined): { ok: true; rijen: string[][] } | { ok: false; reden: string } {
  const zip = bestand.length >= 4 && bestand[0] === 0x50 && bestand[1] === 0x4b && bestand[2] === 0x03 && bestand[3] === 0x04;
  if (zip || /\.xlsx$/i.test(bestandsnaam ?? '')) {
    if (!zip) return { ok: false, reden: 'Dit bestand heet .xlsx maar is geen Excel-werkmap. Sla het opnieuw op als .xlsx of als CSV.' };
    try {
      return { ok: true, rijen: leesXlsx(bestand) };
    } catch (err) {
      if (err instanceof XlsxFout) return { ok: false, reden: err.message };
      throw err;
    }
  }
  if (/\.xls$/i.test(bestandsnaam ?? '')) return { ok: false, reden: 'Het oude Excel-formaat (.xls) leest Kernplan niet; sla de tabel op als .xlsx of als CSV.' };
  let tekst: string;
  try {
    tekst = new TextDecoder('utf-8', { fatal: true }).decode(bestand);
  } catch {
    tekst = new TextDecoder('windows-1252').decode(bestand);
  }
  if (tekst.includes('\u0000')) return { ok: false, reden: 'Dit bestand is geen tekst (CSV) en geen Excel-werkmap (.xlsx).' };
  return { ok: true, rijen: leesCsv(tekst) };
}

/** Problems of the table plus names that already exist in the workspace. */
function alleProblemen(tabel: GelezenTabel, bestaand: readonly { naam: string }[]): Tabelprobleem[] {
  const namen = new Set(bestaand.map((i) => i.naam.trim().toLowerCase()));
  const naamKolom = tabel.kolommen.find((k) => k.soort === 'naam');
  const dubbel = tabel.indicatoren
    .filter((i) => namen.has(i.naam.toLowerCase()))
    .map((i) => ({ rij: i.rij, kolom: naamKolom ? `${naamKolom.letter} (${naamKolom.kop})` : null, reden: `Er is al een indicator ‘${i.naam}’ in deze werkruimte; geef deze een andere naam of verwijder de bestaande eerst.` }));
  return [...tabel.problemen, ...dubbel].sort((a, b) => a.rij - b.rij);
}

/** An indicator of the table as it would be stored (targets with their derived level). */
function alsIndicator(t: TabelIndicator): Omit<Indicator, 'id'> {
  return {
    naam: t.naam,
    prioriteitId: null,
    themaId: null,
    bron: t.bron,
    bronToelichting: t.bronToelichting,
    aard: t.aard,
    eenheid: t.eenheid,
    ...(t.noemer ? { noemer: t.noemer } : {}),
    richting: t.richting,
    referentiejaar: t.referentiejaar,
    referentiewaarde: t.referentiewaarde,
    streefwaarden: vulAfgeleideWaarden(t),
    metingen: t.metingen,
    eigenaarId: null,
    reeks: null,
  };
}

const plek = (p: Tabelprobleem) => `regel ${p.rij}${p.kolom ? `, kolom ${p.kolom}` : ''}`;

export function indicatorImportRoutes(db: Db, hub: Hub) {
  const routes = new OpenAPIHono<AppEnv>();
  routes.use('/werkruimtes/*', requireUser(db));

  async function toegang(c: C, tx: Queryable, werkruimteId: string) {
    const member = await lidVan(c, tx, werkruimteId);
    if (!member) return { ok: false as const, response: problem(c, 404, 'Deze werkruimte bestaat niet of u bent er geen lid van.') };
    if (!mag(member, 'cyclus.bewerken')) return { ok: false as const, response: (await refuse(c, tx, 'Uw rol mag geen indicatoren toevoegen, dus ook geen tabel met indicatoren inlezen.')) as never };
    return { ok: true as const, member, w: (await laadWerkruimte(tx, werkruimteId))! };
  }

  /** Reads the body into a table, or the problem to answer. */
  async function tabelUitBody(c: C): Promise<{ ok: true; tabel: GelezenTabel } | { ok: false; response: Response }> {
    const bestand = await leesBegrensd(c.req.raw, MAX_TABEL_BYTES);
    if (!bestand) {
      return { ok: false, response: problem(c, 413, `Het bestand is te groot: hoogstens ${MAX_TABEL_BYTES / 1024 / 1024} MB. Een tabel met indicatoren is veel kleiner; sla alleen die tabel op.`, { invalidParams: [{ name: '(body)', code: 'te-groot', reason: `Hoogstens ${MAX_TABEL_BYTES} bytes.` }] }) };
    }
    if (bestand.length === 0) return { ok: false, response: problem(c, 400, 'Stuur de tabel als bestand mee (CSV of .xlsx).', { invalidParams: [{ name: '(body)', code: 'leeg', reason: 'Het bestand is leeg.' }] }) };
    const gelezen = leesTabelbestand(bestand, c.req.query('bestandsnaam'));
    if (!gelezen.ok) return { ok: false, response: problem(c, 422, gelezen.reden, { invalidParams: [{ name: '(body)', code: 'bestand', reason: gelezen.reden }] }) };
    return { ok: true, tabel: leesIndicatortabel(gelezen.rijen) };
  }

  const antwoorden = {
    ...protectedErrors,
    413: { description: 'Het bestand is groter dan 5 MB.' },
    422: { description: 'Het bestand is geen CSV of .xlsx dat Kernplan kan lezen, of (bij opslaan) de tabel heeft fouten: elke fout met regel en kolom in invalidParams; er is niets opgeslagen.' },
  };

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/indicatoren/import/voorbeeld',
      tags: [tag],
      summary: 'Lees een tabel met indicatoren (CSV of .xlsx) en laat zien wat er gemaakt zou worden; slaat niets op',
      description:
        'Kolommen: Indicator, Eenheid, Bron (en eventueel Richting, Noemer, Referentie of Nulmeting met jaar), en jaarkolommen: ‘Realisatie 2023’ of ‘2023’ (metingen, ‘6 / 8’ met benchmark), ‘Streefwaarde 2026’ of ‘Begroting 2026’ (streefwaarden: 130, -2% per jaar, niet boven 5, minimaal 7, afname, stabiel), ‘2019-2023’ (een reeks). ' +
        'Het antwoord noemt per indicator wat er gelezen is, met de status van de metingen, en elke fout met regel en kolom. Zie docs/indicatoren-rekenregels.md.',
      request: { params, query, body: bestandBody },
      responses: { 200: { content: { 'application/json': { schema: z.unknown() } }, description: 'Wat er gelezen is en wat er niet klopt.' }, ...antwoorden },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const t = await toegang(c, db, werkruimteId);
      if (!t.ok) return t.response;
      const b = await tabelUitBody(c);
      if (!b.ok) return b.response as never;
      const beoordeling = (await laadMonitoring(db, t.w)).inhoud.beoordeling;
      const problemen = alleProblemen(b.tabel, await laadIndicatoren(db, werkruimteId));
      const indicatoren = b.tabel.indicatoren.map((ti) => {
        const i = { ...alsIndicator(ti), id: `regel-${ti.rij}` };
        const metingen = beoordeelMetingen(i, beoordeling);
        return {
          rij: ti.rij,
          ...i,
          eenheidTekst: eenheidTekst(i.eenheid, i.noemer),
          streefwaarden: i.streefwaarden.map((s) => ({ ...s, tekst: formatStreefwaarde(s, i.eenheid) })),
          metingen,
          status: metingen.at(-1)?.status ?? 'onbekend',
          statusUitleg: metingen.at(-1)?.uitleg ?? 'Nog geen meting.',
        };
      });
      return c.json({ kopregel: b.tabel.kopregel, kolommen: b.tabel.kolommen, indicatoren, problemen, kanOpslaan: problemen.length === 0 && indicatoren.length > 0 }, 200);
    },
  );

  routes.openapi(
    createRoute({
      method: 'post',
      path: '/werkruimtes/{werkruimteId}/indicatoren/import',
      tags: [tag],
      summary: 'Lees een tabel met indicatoren (CSV of .xlsx) in: alle indicatoren met hun metingen, of niets',
      description: 'Dezelfde tabel als bij …/import/voorbeeld. Bij één fout wordt niets opgeslagen (422, elke fout met regel en kolom). De indicatoren komen bij geen prioriteit; koppel ze daarna.',
      request: { params, query, body: bestandBody },
      responses: { 201: { content: { 'application/json': { schema: z.unknown() } }, description: 'De gemaakte indicatoren (id en naam).' }, ...antwoorden },
    }),
    async (c) => {
      const { werkruimteId } = c.req.valid('param');
      const voor = await toegang(c, db, werkruimteId);
      if (!voor.ok) return voor.response;
      const b = await tabelUitBody(c);
      if (!b.ok) return b.response as never;
      return writeAndAnnounce(c, db, hub, async (tx, announce) => {
        const t = await toegang(c, tx, werkruimteId);
        if (!t.ok) return t.response;
        const problemen = alleProblemen(b.tabel, await laadIndicatoren(tx, werkruimteId));
        if (problemen.length || b.tabel.indicatoren.length === 0) {
          const lijst = problemen.length ? problemen : [{ rij: 1, kolom: null, reden: 'Er staat geen indicator in de tabel.' }];
          return problem(c, 422, `Niets opgeslagen: de tabel heeft ${lijst.length === 1 ? 'een fout' : `${lijst.length} fouten`}. ${lijst.slice(0, 3).map((p) => `${plek(p)}: ${p.reden}`).join(' ')}`, {
            invalidParams: lijst.map((p) => ({ name: plek(p), code: 'tabel', reason: p.reden })),
          });
        }
        const gemaakt: { id: string; naam: string; rij: number }[] = [];
        for (const ti of b.tabel.indicatoren) {
          const { metingen, eigenaarId: _e, ...gegevens } = alsIndicator(ti);
          const id = await maakIndicator(tx, werkruimteId, gegevens, null, t.member.gebruikerId);
          for (const m of metingen) await legMetingVast(tx, id, m, t.member.gebruikerId);
          gemaakt.push({ id, naam: ti.naam, rij: ti.rij });
        }
        await legWijzigingVast(tx, { werkruimteId, sleutel: 'cyclus:indicatoren', gebruikerId: t.member.gebruikerId, soort: 'indicatoren.geimporteerd', na: { bestandsnaam: c.req.query('bestandsnaam') ?? null, indicatoren: gemaakt } });
        announce({ type: 'werkruimte', werkruimteId, id: 'indicatoren', versie: 1 });
        return c.json({ aantal: gemaakt.length, indicatoren: gemaakt }, 201);
      });
    },
  );

  return routes;
}
