/**
 * API voor politiecijfers in een werkruimte: een import starten door te uploaden, de voortgang
 * volgen, annuleren, de samenvatting lezen, en de cijfers per regio, periode, thema of veld.
 * Importeren mag wie de cyclus mag bewerken (coördinator, redacteur); lezen wie de cyclus mag lezen.
 *
 * Import in twee stappen, zodat de pagina de voortgang kan tonen terwijl het bestand binnenkomt:
 *   1. POST /werkruimtes/{id}/politiecijfers/imports  {"bestandsnaam": "...", "grootte": 123}
 *        -> 201 {id, status: "wacht-op-bestand", ...}
 *   2. PUT  /werkruimtes/{id}/politiecijfers/imports/{importId}/bestand  (het bestand als body)
 *        -> 200 {status: "ingelezen", samenvatting} | 422 problem+json met fouten | 409 geannuleerd
 *   Intussen: GET .../imports/{importId} (voortgang) en DELETE .../imports/{importId} (annuleren).
 * In één stap kan ook: POST .../imports?bestandsnaam=x.csv met het bestand als body (geen JSON).
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { OpenAPIHono } from '@hono/zod-openapi';
import { type Groep } from '../../domain/politie/cijfers.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import { type RegioSoort } from '../../domain/politie/regios.ts';
import { standaardKoppeling } from '../../domain/politie/themakoppeling.ts';
import { type Actie, mag } from '../../domain/toegang/rollen.ts';
import { type AppEnv, refuse, requireUser } from '../auth/middleware.ts';
import type { Db } from '../db/db.ts';
import {
  aggregatenVoorWerkruimte,
  begrotingsindicatorenVoorWerkruimte,
  importsVanWerkruimte,
  laadHalt,
  laadImportSamenvatting,
  overzichtVoorWerkruimte,
  vergelijkingVoorWerkruimte,
} from '../politie/cijfers.ts';
import { laadWerkruimte } from '../cyclus/stand.ts';
import { volgPolitieReeksen } from '../monitoring/politiereeks.ts';
import { meegeleverdeRegio } from '../politie/regiolijst.ts';
import { importeerPolitiecijfers, type ImportUitslag, type Voortgang } from '../politie/import.ts';
import { type Afwijking, controleerAfwijkingen, laadAfwijkingen, zetAfwijkingen } from '../politie/themakoppeling.ts';
import { problem } from '../problem.ts';
import { findMember } from '../workspace/access.ts';

type C = Context<AppEnv>;

const geenWerkruimte = 'Deze werkruimte bestaat niet of u bent er geen lid van.';
const BEWAARTIJD_MS = 60 * 60 * 1000;

export type ImportStatus = 'wacht-op-bestand' | 'bezig' | 'ingelezen' | 'geweigerd' | 'geannuleerd';

/** Een import zoals de API hem toont. */
export interface ImportTaak {
  id: string;
  werkruimteId: string;
  bestandsnaam: string;
  status: ImportStatus;
  voortgang: Voortgang;
  gestartOp: string;
  uitslag: ImportUitslag | null;
}

interface Taak extends ImportTaak {
  gebruikerId: string;
  stop: AbortController;
  verloopt: number;
}

function toon(t: Taak) {
  const { id, werkruimteId, bestandsnaam, status, voortgang, gestartOp, uitslag } = t;
  return {
    id,
    werkruimteId,
    bestandsnaam,
    status,
    voortgang,
    gestartOp,
    ...(uitslag?.status === 'ingelezen' ? { samenvatting: uitslag.samenvatting } : {}),
    ...(uitslag?.status === 'geweigerd' ? { reden: uitslag.reden, regel: uitslag.regel, fouten: uitslag.fouten, foutenTotaal: uitslag.foutenTotaal } : {}),
  };
}

async function* body(c: C): AsyncIterable<Uint8Array> {
  const stroom = c.req.raw.body;
  if (!stroom) return;
  const lezer = stroom.getReader();
  try {
    for (;;) {
      const { done, value } = await lezer.read();
      if (done) return;
      yield value;
    }
  } finally {
    lezer.releaseLock();
  }
}

const groepen: readonly Groep[] = ['thema', 'veld', 'soort'];
const niveaus: readonly RegioSoort[] = ['gemeente', 'wijk', 'buurt'];

export function politieRoutes(db: Db) {
  const routes = new OpenAPIHono<AppEnv>();
  routes.use('/werkruimtes/:werkruimteId/politiecijfers', requireUser(db));
  routes.use('/werkruimtes/:werkruimteId/politiecijfers/*', requireUser(db));
  const taken = new Map<string, Taak>();

  const opruimen = () => {
    const nu = Date.now();
    for (const [id, t] of taken) if (t.status !== 'bezig' && t.verloopt < nu) taken.delete(id);
  };

  /** Lid met het recht, of het antwoord (404 voor wie geen lid is, 403 voor een rol zonder recht). */
  async function toegang(c: C, actie: Actie, weigering: string) {
    const werkruimteId = c.req.param('werkruimteId')!;
    const member = await findMember(db, werkruimteId, c.get('sessie')!.gebruiker.id);
    if (!member) return { ok: false as const, antwoord: problem(c, 404, geenWerkruimte) };
    if (!mag(member, actie)) return { ok: false as const, antwoord: (await refuse(c, db, weigering)) as never };
    return { ok: true as const, werkruimteId, member };
  }
  const lezen = (c: C) => toegang(c, 'cyclus.lezen', 'Uw rol mag de politiecijfers van deze werkruimte niet lezen.');
  const importeren = (c: C) => toegang(c, 'cyclus.bewerken', 'Uw rol mag geen politiecijfers inlezen; dat mogen de coördinator en de redacteuren.');

  function jaarParam(c: C, naam: string): number | undefined | Response {
    const v = c.req.query(naam);
    if (v === undefined || v === '') return undefined;
    if (!/^\d{4}$/.test(v)) return problem(c, 400, `De parameter ${naam} moet een jaartal zijn, zoals 2023.`, { invalidParams: [{ name: naam, code: 'jaar', reason: `'${v}' is geen jaartal.` }] });
    return Number(v);
  }

  function keuze<T extends string>(c: C, naam: string, opties: readonly T[], standaard: T): T | Response {
    const v = c.req.query(naam) ?? standaard;
    if ((opties as readonly string[]).includes(v)) return v as T;
    return problem(c, 400, `De parameter ${naam} moet een van ${opties.join(', ')} zijn.`, { invalidParams: [{ name: naam, code: 'keuze', reason: `'${v}' is geen geldige waarde.` }] });
  }

  // --- Cijfers lezen ---------------------------------------------------------------------------

  routes.get('/werkruimtes/:werkruimteId/politiecijfers', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    return c.json(await overzichtVoorWerkruimte(db, t.werkruimteId));
  });

  routes.get('/werkruimtes/:werkruimteId/politiecijfers/aggregaten', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    const groep = keuze(c, 'groep', groepen, 'thema');
    const niveau = keuze(c, 'niveau', niveaus, 'gemeente');
    const periode = keuze(c, 'periode', ['jaar', 'maand'] as const, 'jaar');
    const jaarVan = jaarParam(c, 'jaarVan');
    const jaarTot = jaarParam(c, 'jaarTot');
    for (const p of [groep, niveau, periode, jaarVan, jaarTot]) if (p instanceof Response) return p;
    const regio = c.req.query('regio');
    if (regio !== undefined && !/^(GM|WK|BU)\d{4}[0-9A-Z]{0,4}$/.test(regio)) {
      return problem(c, 400, 'De parameter regio moet een CBS-code van een gemeente, wijk of buurt zijn, zoals WK036300.', {
        invalidParams: [{ name: 'regio', code: 'regiocode', reason: `'${regio}' is geen regiocode.` }],
      });
    }
    return c.json(
      await aggregatenVoorWerkruimte(db, t.werkruimteId, {
        groep: groep as Groep,
        niveau: niveau as RegioSoort,
        periode: periode as 'jaar' | 'maand',
        jaarVan: jaarVan as number | undefined,
        jaarTot: jaarTot as number | undefined,
        ...(regio ? { regio } : {}),
      }),
    );
  });

  routes.get('/werkruimtes/:werkruimteId/politiecijfers/begrotingsindicatoren', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    return c.json(await begrotingsindicatorenVoorWerkruimte(db, t.werkruimteId));
  });

  // Halt is no police figure: the municipality enters referrals and young people (12-17) by hand.
  routes.put('/werkruimtes/:werkruimteId/politiecijfers/halt', async (c) => {
    const t = await importeren(c);
    if (!t.ok) return t.antwoord;
    const invoer = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const w = await laadWerkruimte(db, t.werkruimteId);
    const problemen: { name: string; code: string; reason: string }[] = [];
    const geheel = (naam: string, min: number, max: number) => {
      const v = invoer?.[naam];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) problemen.push({ name: naam, code: 'waarde', reason: `Een heel getal van ${min} tot en met ${max}.` });
      return v as number;
    };
    const gemeentecode = invoer?.gemeentecode;
    if (typeof gemeentecode !== 'string' || !w?.gemeenten.some((g) => g.code === gemeentecode)) {
      problemen.push({ name: 'gemeentecode', code: 'waarde', reason: `Een gemeente van deze werkruimte: ${w?.gemeenten.map((g) => g.code).join(', ')}.` });
    }
    const jaar = geheel('jaar', 2000, 2100);
    const verwijzingen = geheel('verwijzingen', 0, 100_000);
    const jongeren = geheel('jongeren', 1, 2_000_000);
    if (problemen.length === 0 && verwijzingen > jongeren) problemen.push({ name: 'verwijzingen', code: 'regel', reason: 'Er zijn meer verwijzingen dan jongeren van 12 tot en met 17 jaar.' });
    if (problemen.length) return problem(c, 422, `De Halt-cijfers kloppen niet: ${problemen.map((p) => `${p.name}: ${p.reason}`).join(' ')}`, { invalidParams: problemen });
    await db.transaction(async (tx) => {
      const lijst = (await laadHalt(tx, t.werkruimteId)).filter((h) => !(h.gemeentecode === gemeentecode && h.jaar === jaar));
      lijst.push({ gemeentecode: gemeentecode as string, jaar, verwijzingen, jongeren });
      await tx.query(
        `insert into cyclusdelen (werkruimte_id, sleutel, inhoud, versie, bijgewerkt_door) values ($1, 'halt', $2, 1, $3)
         on conflict (werkruimte_id, sleutel) do update set inhoud = excluded.inhoud, versie = cyclusdelen.versie + 1, bijgewerkt_op = now(), bijgewerkt_door = excluded.bijgewerkt_door`,
        [t.werkruimteId, JSON.stringify(lijst), t.member.gebruikerId],
      );
    });
    return c.json(await begrotingsindicatorenVoorWerkruimte(db, t.werkruimteId));
  });

  // Population on 1 January of a municipality, district or neighbourhood of the workspace: the basis
  // of every figure per 1,000 inhabitants (without it, the shipped CBS population of 2024 is used).
  routes.put('/werkruimtes/:werkruimteId/politiecijfers/inwoners', async (c) => {
    const t = await importeren(c);
    if (!t.ok) return t.antwoord;
    const invoer = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const w = await laadWerkruimte(db, t.werkruimteId);
    const eigen = new Set(w?.gemeenten.map((g) => g.code) ?? []);
    const problemen: { name: string; code: string; reason: string }[] = [];
    const regio = typeof invoer?.regio === 'string' ? invoer.regio.trim() : '';
    const gemeente = regio.startsWith('GM') ? regio : (meegeleverdeRegio(regio)?.gemeente ?? null);
    if (!gemeente || !eigen.has(gemeente)) problemen.push({ name: 'regio', code: 'waarde', reason: `Een gemeente, wijk of buurt van ${[...eigen].join(', ')} (zoals GM0363 of WK036301).` });
    const jaar = invoer?.jaar;
    if (typeof jaar !== 'number' || !Number.isInteger(jaar) || jaar < 1990 || jaar > 2100) problemen.push({ name: 'jaar', code: 'waarde', reason: 'Een jaartal van 1990 tot en met 2100.' });
    const inwoners = invoer?.inwoners;
    if (typeof inwoners !== 'number' || !Number.isInteger(inwoners) || inwoners < 1 || inwoners > 20_000_000) problemen.push({ name: 'inwoners', code: 'waarde', reason: 'Een heel getal groter dan 0.' });
    if (problemen.length) return problem(c, 422, `De inwonertallen kloppen niet: ${problemen.map((p) => `${p.name}: ${p.reason}`).join(' ')}`, { invalidParams: problemen });
    await db.transaction(async (tx) => {
      await tx.query('insert into politie_inwoners (regio, jaar, inwoners) values ($1, $2, $3) on conflict (regio, jaar) do update set inwoners = excluded.inwoners', [regio, jaar, inwoners]);
      // Indicators per 1,000 inhabitants that follow a police series are recomputed.
      await volgPolitieReeksen(tx, { werkruimteId: t.werkruimteId });
    });
    return c.json({ regio, jaar, inwoners });
  });

  routes.get('/werkruimtes/:werkruimteId/politiecijfers/vergelijking', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    const jaar = jaarParam(c, 'jaar');
    if (jaar instanceof Response) return jaar;
    return c.json(await vergelijkingVoorWerkruimte(db, t.werkruimteId, jaar));
  });

  routes.get('/werkruimtes/:werkruimteId/politiecijfers/themakoppeling', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    const afwijkingen = await laadAfwijkingen(db, t.werkruimteId);
    return c.json({
      koppeling: standaardKoppeling.map((k) => ({
        code: k.code,
        titel: misdrijfsoorten.find((m) => m.code === k.code)?.titel ?? k.code,
        standaard: k.themaId,
        themaId: afwijkingen.has(k.code) ? afwijkingen.get(k.code)! : k.themaId,
        afwijkend: afwijkingen.has(k.code),
        uitleg: k.themaId === null ? k.reden : k.toelichting,
      })),
    });
  });

  routes.put('/werkruimtes/:werkruimteId/politiecijfers/themakoppeling', async (c) => {
    const t = await importeren(c);
    if (!t.ok) return t.antwoord;
    const invoer = (await c.req.json().catch(() => null)) as { afwijkingen?: unknown } | null;
    const lijst = invoer?.afwijkingen;
    if (!Array.isArray(lijst) || !lijst.every((a) => a && typeof a === 'object' && typeof a.code === 'string' && (a.themaId === null || typeof a.themaId === 'string'))) {
      return problem(c, 400, 'Stuur {"afwijkingen": [{"code": "1.2.4", "themaId": "2.1"}, ...]}; themaId null betekent: bij geen thema.', {
        invalidParams: [{ name: 'afwijkingen', code: 'vorm', reason: 'Een lijst van {code, themaId} verwacht.' }],
      });
    }
    const fouten = controleerAfwijkingen(lijst as Afwijking[]);
    if (fouten.length) {
      return problem(c, 422, `De themakoppeling klopt niet: ${fouten.map((f) => f.reden).join(' ')}`, {
        invalidParams: fouten.map((f) => ({ name: `afwijkingen/${f.code}`, code: 'regel', reason: f.reden })),
      });
    }
    await zetAfwijkingen(db, t.werkruimteId, lijst as Afwijking[]);
    return c.json({ afwijkingen: Object.fromEntries(await laadAfwijkingen(db, t.werkruimteId)) });
  });

  // --- Imports ---------------------------------------------------------------------------------

  function nieuweTaak(werkruimteId: string, gebruikerId: string, bestandsnaam: string, grootte: number | null): Taak {
    opruimen();
    const taak: Taak = {
      id: randomUUID(),
      werkruimteId,
      gebruikerId,
      bestandsnaam,
      status: 'wacht-op-bestand',
      voortgang: { fase: 'wachten', bytesGelezen: 0, bytesTotaal: grootte, regelsGelezen: 0, fouten: 0 },
      gestartOp: new Date().toISOString(),
      uitslag: null,
      stop: new AbortController(),
      verloopt: Date.now() + BEWAARTIJD_MS,
    };
    taken.set(taak.id, taak);
    return taak;
  }

  async function voerUit(c: C, taak: Taak) {
    taak.status = 'bezig';
    const lengte = Number(c.req.header('Content-Length'));
    if (taak.voortgang.bytesTotaal === null && Number.isFinite(lengte) && lengte > 0) taak.voortgang.bytesTotaal = lengte;
    let uitslag: ImportUitslag;
    try {
      uitslag = await importeerPolitiecijfers(db, {
        id: taak.id,
        bron: body(c),
        bestandsnaam: taak.bestandsnaam,
        bytesTotaal: taak.voortgang.bytesTotaal,
        werkruimteId: taak.werkruimteId,
        gebruikerId: taak.gebruikerId,
        signal: taak.stop.signal,
        opVoortgang: (v) => {
          taak.voortgang = v;
        },
      });
    } catch (err) {
      taak.status = 'geweigerd';
      taak.uitslag = { status: 'geweigerd', importId: taak.id, reden: 'Er ging iets mis op de server; er is niets ingelezen.', regel: null, fouten: [], foutenTotaal: 0, regelsGelezen: 0 };
      throw err;
    }
    taak.uitslag = uitslag;
    taak.status = uitslag.status;
    taak.verloopt = Date.now() + BEWAARTIJD_MS;
    if (uitslag.status === 'ingelezen') return c.json(toon(taak), 200);
    if (uitslag.status === 'geannuleerd') return problem(c, 409, 'De import is geannuleerd; er is niets ingelezen.', { import: toon(taak) } as never);
    const waar = uitslag.regel ? ` (regel ${uitslag.regel})` : '';
    return problem(c, 422, `Het bestand ${taak.bestandsnaam} is geweigerd${waar}: ${uitslag.reden}`, {
      regel: uitslag.regel,
      fouten: uitslag.fouten,
      foutenTotaal: uitslag.foutenTotaal,
      import: toon(taak),
    } as never);
  }

  function bestandsnaamGeldig(naam: unknown): naam is string {
    return typeof naam === 'string' && naam.trim().length > 0 && naam.length <= 255;
  }

  routes.get('/werkruimtes/:werkruimteId/politiecijfers/imports', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    const lopend = [...taken.values()].filter((x) => x.werkruimteId === t.werkruimteId && (x.status === 'bezig' || x.status === 'wacht-op-bestand')).map(toon);
    return c.json({ lopend, imports: await importsVanWerkruimte(db, t.werkruimteId) });
  });

  routes.post('/werkruimtes/:werkruimteId/politiecijfers/imports', async (c) => {
    const t = await importeren(c);
    if (!t.ok) return t.antwoord;
    const gebruikerId = c.get('sessie')!.gebruiker.id;
    const soort = c.req.header('Content-Type') ?? '';
    if (soort.startsWith('application/json')) {
      const invoer = (await c.req.json().catch(() => null)) as { bestandsnaam?: unknown; grootte?: unknown } | null;
      if (!bestandsnaamGeldig(invoer?.bestandsnaam)) {
        return problem(c, 400, 'Geef de naam van het bestand: {"bestandsnaam": "47018NED.csv", "grootte": 123456}.', {
          invalidParams: [{ name: 'bestandsnaam', code: 'verplicht', reason: 'Een bestandsnaam van 1 tot 255 tekens.' }],
        });
      }
      const grootte = typeof invoer.grootte === 'number' && invoer.grootte >= 0 ? invoer.grootte : null;
      const taak = nieuweTaak(t.werkruimteId, gebruikerId, invoer.bestandsnaam.trim(), grootte);
      c.header('Location', `/api/v1/werkruimtes/${t.werkruimteId}/politiecijfers/imports/${taak.id}`);
      return c.json(toon(taak), 201);
    }
    const naam = c.req.query('bestandsnaam') ?? 'upload.csv';
    const taak = nieuweTaak(t.werkruimteId, gebruikerId, bestandsnaamGeldig(naam) ? naam : 'upload.csv', null);
    c.header('Location', `/api/v1/werkruimtes/${t.werkruimteId}/politiecijfers/imports/${taak.id}`);
    return voerUit(c, taak);
  });

  routes.put('/werkruimtes/:werkruimteId/politiecijfers/imports/:importId/bestand', async (c) => {
    const t = await importeren(c);
    if (!t.ok) return t.antwoord;
    const taak = taken.get(c.req.param('importId'));
    if (!taak || taak.werkruimteId !== t.werkruimteId) return problem(c, 404, 'Deze import bestaat niet (meer). Start een nieuwe import met POST .../politiecijfers/imports.');
    if (taak.status !== 'wacht-op-bestand') return problem(c, 409, `Deze import wacht niet op een bestand; de status is '${taak.status}'.`);
    return voerUit(c, taak);
  });

  routes.get('/werkruimtes/:werkruimteId/politiecijfers/imports/:importId', async (c) => {
    const t = await lezen(c);
    if (!t.ok) return t.antwoord;
    const id = c.req.param('importId');
    const taak = taken.get(id);
    if (taak && taak.werkruimteId === t.werkruimteId) return c.json(toon(taak));
    const opgeslagen = await laadImportSamenvatting(db, id);
    if (!opgeslagen || opgeslagen.werkruimteId !== t.werkruimteId) return problem(c, 404, 'Deze import bestaat niet in deze werkruimte.');
    const s = opgeslagen.samenvatting;
    return c.json({
      id,
      werkruimteId: t.werkruimteId,
      bestandsnaam: s.bestandsnaam,
      status: 'ingelezen',
      voortgang: { fase: 'klaar', bytesGelezen: s.bytes, bytesTotaal: s.bytes, regelsGelezen: s.regelsGelezen, fouten: s.geweigerdTotaal },
      samenvatting: s,
    });
  });

  routes.delete('/werkruimtes/:werkruimteId/politiecijfers/imports/:importId', async (c) => {
    const t = await importeren(c);
    if (!t.ok) return t.antwoord;
    const taak = taken.get(c.req.param('importId'));
    if (!taak || taak.werkruimteId !== t.werkruimteId) return problem(c, 404, 'Deze import loopt niet (meer) in deze werkruimte.');
    if (taak.status === 'wacht-op-bestand') {
      taak.status = 'geannuleerd';
      taak.uitslag = { status: 'geannuleerd', importId: taak.id, regelsGelezen: 0 };
      return c.json(toon(taak), 200);
    }
    if (taak.status !== 'bezig') return problem(c, 409, `Deze import is al klaar (status '${taak.status}') en kan niet meer worden geannuleerd.`);
    taak.stop.abort();
    return c.json({ ...toon(taak), status: 'geannuleerd' as const }, 202);
  });

  return routes;
}
