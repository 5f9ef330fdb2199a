/**
 * The websocket endpoint of texts written together: /api/v1/werkruimtes/{id}/samen/{sleutel}, the
 * y-websocket protocol over the app's own session cookie, only from the app's own origin. Who may
 * join and who may write follows the same rules as the HTTP API (ADR 0019):
 * - a text of a cycle part: reading needs `cyclus.lezen`, writing `cyclus.bewerken`;
 * - the text of an analysis section: seeing and editing that section (confidentiality, assignment).
 * The connection ends with its session or membership (the same check as the live connection);
 * a change of rights closes it (4001, the page reconnects and is checked again), losing sight of a
 * section closes it with 4403.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import pg from 'pg';
import { WebSocketServer } from 'ws';
import { strategischeThemas } from '../../domain/kennisbank/kennisbank.ts';
import { tekstBron, tekstOpPad } from '../../domain/cyclus/teksten.ts';
import { uitPlatteTekst, type RijkeKnoop } from '../../domain/tekst/rijk.ts';
import { mag, magSectieBewerken, magSectieZien, type Lidmaatschap } from '../../domain/toegang/rollen.ts';
import type { Db, Queryable } from '../db/db.ts';
import { laadStand } from '../cyclus/stand.ts';
import { laadDeel, laadWerkruimte, uitvoeringsplanJaren } from '../cyclus/opslag.ts';
import type { Hub } from '../realtime/hub.ts';
import { cookieValue, reject, zelfdeOorsprong } from '../realtime/live.ts';
import { startSessieControle } from '../realtime/sessie-controle.ts';
import { findMember } from '../toegang/lidmaatschap.ts';
import { findSession, SESSION_COOKIE } from '../toegang/session.ts';
import { type Kamers, type SamenVerbinding } from './kamers.ts';
import { sectieToegang, TEKST_KANAAL } from './opslag.ts';
import { staatUitRijk } from './yjs.ts';

const PATH = /^\/api\/v1\/werkruimtes\/([0-9a-f-]{36})\/samen\/([A-Za-z0-9._-]{1,120})$/i;
const AANWEZIG_KANAAL = 'kernplan_tekst_aanwezig';

export interface TekstRechten {
  zien: boolean;
  schrijven: boolean;
  /** The content a text starts with the first time it is written together: the field's text from before. */
  begin: () => Promise<{ staat: Uint8Array; inhoud: RijkeKnoop }>;
}

/**
 * What a member may do with a text, or null when the key names no text of this workspace (an unknown
 * field, a priority or plan year that does not exist, a project text in an IVP).
 */
export async function tekstRechten(db: Queryable, lid: Lidmaatschap, werkruimteId: string, sleutel: string): Promise<TekstRechten | null> {
  const bron = tekstBron(sleutel);
  if (!bron) return null;
  const w = await laadWerkruimte(db, werkruimteId);
  if (!w) return null;
  const begin = (platte: () => Promise<string>) => async () => {
    const inhoud = uitPlatteTekst(await platte());
    return { staat: staatUitRijk(inhoud), inhoud };
  };
  if (bron.soort === 'sectie') {
    if (w.soort !== 'ivp') return null;
    const toegang = await sectieToegang(db, werkruimteId, bron.sectie);
    if (!toegang) return null;
    // The current approach is a text of a theme; the strengthening of a theme or aspect (as on the page).
    if (bron.veld === 'huidigeAanpak' && !/^thema-[2-5]\./.test(bron.sectie)) return null;
    if (bron.veld === 'extra' && !/^(thema-[2-5]\.|aspect-)/.test(bron.sectie)) return null;
    return {
      zien: magSectieZien(lid, toegang),
      schrijven: magSectieBewerken(lid, toegang),
      begin: begin(async () => {
        const sectie = (await laadStand(db, w)).secties.find((s) => s.sleutel === bron.sectie);
        return (bron.veld ? sectie?.analyse[bron.veld] : sectie?.tekst) ?? '';
      }),
    };
  }
  if (bron.deel.startsWith('rapportage-')) {
    // A progress report of step 6 in the making: who reads the cycle reads it, who edits it writes it.
    // The council reads a report only as it was offered to it (issue 15), never the concept.
    const jaar = Number(bron.deel.slice('rapportage-'.length, 'rapportage-'.length + 4));
    if (w.soort !== 'ivp' || (w.periodeStart !== null && jaar < w.periodeStart) || (w.periodeEinde !== null && jaar > w.periodeEinde)) return null;
    return { zien: mag(lid, 'cyclus.lezen'), schrijven: mag(lid, 'cyclus.bewerken'), begin: begin(async () => tekstOpPad((await laadDeel(db, w, bron.deel)).inhoud, bron.pad)) };
  }
  if ((bron.deel === 'project') !== (w.soort === 'project')) return null;
  // Only what must exist is checked here (a cheap query at most): joining a text is frequent; the whole
  // state of the cycle is loaded only to seed a text that is written together for the first time.
  if (bron.deel === 'ivp' && bron.pad[0] === 'prioriteiten' && !(await laadDeel<{ id: string }[]>(db, w, 'prioriteiten')).inhoud.some((p) => p.id === bron.pad[1])) return null;
  if (bron.deel === 'ivp' && bron.pad[0] === 'strategischeThemas' && !strategischeThemas.some((s) => s.id === bron.pad[1])) return null;
  if (bron.deel.startsWith('uitvoeringsplan-') && !(await uitvoeringsplanJaren(db, w.id)).includes(Number(bron.deel.slice('uitvoeringsplan-'.length)))) return null;
  const deelVan = async (): Promise<unknown> => {
    const stand = await laadStand(db, w);
    if (bron.deel === 'startnotitie') return stand.startnotitie;
    if (bron.deel === 'project') return stand.project;
    if (bron.deel === 'ivp') return stand.ivp;
    return stand.uitvoeringsplannen.find((p) => `uitvoeringsplan-${p.jaar}` === bron.deel);
  };
  return { zien: mag(lid, 'cyclus.lezen'), schrijven: mag(lid, 'cyclus.bewerken'), begin: begin(async () => tekstOpPad(await deelVan(), bron.pad)) };
}

export interface SamenEndpoint {
  /** Whether this endpoint serves the upgrade request's path. */
  herkent(req: IncomingMessage): boolean;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
}

export async function createSamenEndpoint(
  db: Db,
  hub: Hub,
  kamers: Kamers,
  options: { databaseUrl?: string | undefined; publicUrl?: string | undefined; controleIntervalMs?: number } = {},
): Promise<SamenEndpoint> {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
  const controle = startSessieControle(db, kamers, { intervalMs: options.controleIntervalMs });

  // Rights changed: the member's text connections are checked now (4403 when no longer a member, else 4001).
  // A section's settings changed: who may still see or edit it is checked again.
  const stopLuisteren = hub.luister((event) => {
    if (event.type === 'lid' && event.gebruikerId) {
      const conns = kamers.vanWerkruimte(event.werkruimteId).filter((c) => c.gebruiker.id === event.gebruikerId);
      if (conns.length > 0) void controle.controleer(conns, { rechtenGewijzigd: true });
    }
    if (event.type === 'sectie') {
      for (const conn of kamers.vanWerkruimte(event.werkruimteId).filter((c) => c.sleutel === `sectie.${event.id}`)) {
        void sectieToegang(db, conn.werkruimteId, event.id).then((toegang) => {
          if (!kamers.isOpen(conn)) return;
          if (!toegang || !magSectieZien(conn.lid, toegang)) {
            kamers.verlaat(conn);
            conn.close(4403, 'Geen toegang meer tot deze tekst');
          } else kamers.zetSchrijfrecht(conn, magSectieBewerken(conn.lid, toegang));
        });
      }
    }
  });

  // With PostgreSQL: hear other processes' stored updates and cursor changes.
  let listener: pg.Client | null = null;
  let zender: pg.Pool | null = null;
  if (options.databaseUrl) {
    listener = new pg.Client({ connectionString: options.databaseUrl });
    await listener.connect();
    listener.on('error', (err) => console.warn(`LISTEN-verbinding van de teksten verbroken: ${err.message}`));
    listener.on('notification', (msg) => {
      if (!msg.payload) return;
      try {
        const p = JSON.parse(msg.payload) as { t: string; u?: number; p: string; a?: string };
        if (msg.channel === TEKST_KANAAL && typeof p.u === 'number') {
          void kamers.extern(p.t, p.u, p.p).catch((err: Error) => console.warn(`Wijziging van een tekst uit een ander proces niet toegepast: ${err.message}`));
        } else if (msg.channel === AANWEZIG_KANAAL && p.p !== kamers.proces && p.a) {
          kamers.externeAanwezigheid(p.t, new Uint8Array(Buffer.from(p.a, 'base64')));
        }
      } catch {
        /* ignore malformed payloads */
      }
    });
    await listener.query(`listen ${TEKST_KANAAL}`);
    await listener.query(`listen ${AANWEZIG_KANAAL}`);
    zender = new pg.Pool({ connectionString: options.databaseUrl, max: 1 });
    zender.on('error', (err) => console.warn(`NOTIFY-verbinding van de teksten verbroken: ${err.message}`));
    const pool = zender;
    kamers.useMelder((_kanaal, tekstId, data) => {
      const payload = JSON.stringify({ t: tekstId, p: kamers.proces, a: Buffer.from(data).toString('base64') });
      // PostgreSQL refuses a payload of 8000 bytes or more; a cursor update is far smaller.
      if (payload.length < 7900) void pool.query('select pg_notify($1, $2)', [AANWEZIG_KANAAL, payload]).catch(() => undefined);
    });
  }

  async function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = PATH.exec(url.pathname);
    if (!match) return reject(socket, 404, 'Not Found');
    if (!zelfdeOorsprong(req.headers.origin, req.headers.host, options.publicUrl)) return reject(socket, 403, 'Forbidden');
    const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
    const sessie = token ? await findSession(db, token) : null;
    if (!sessie || !sessie.totpVoldaan) return reject(socket, 401, 'Unauthorized');
    const werkruimteId = match[1]!.toLowerCase();
    const sleutel = match[2]!;
    const lid = await findMember(db, werkruimteId, sessie.gebruiker.id);
    if (!lid || !mag(lid, 'werkruimte.lezen')) return reject(socket, 403, 'Forbidden');
    const rechten = await tekstRechten(db, lid, werkruimteId, sleutel);
    if (!rechten) return reject(socket, 404, 'Not Found');
    if (!rechten.zien) return reject(socket, 403, 'Forbidden');

    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.binaryType = 'nodebuffer';
      const conn: SamenVerbinding = {
        id: crypto.randomUUID(),
        werkruimteId,
        sleutel,
        sessie: sessie.idHash,
        gebruiker: { id: sessie.gebruiker.id, naam: sessie.gebruiker.naam },
        lid,
        magSchrijven: rechten.schrijven,
        send: (data) => {
          if (ws.readyState === ws.OPEN) ws.send(data);
        },
        close: (code, reden) => ws.close(code, reden),
      };
      // Messages that arrive while the room loads wait for it.
      const wachtend: Uint8Array[] = [];
      let klaar = false;
      ws.on('message', (raw: Buffer) => {
        const data = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
        if (klaar) kamers.bericht(conn, data);
        else wachtend.push(data);
      });
      ws.on('close', () => kamers.verlaat(conn));
      kamers.verbind(conn, rechten.begin).then(
        () => {
          klaar = true;
          if (ws.readyState !== ws.OPEN) return kamers.verlaat(conn);
          for (const d of wachtend.splice(0)) kamers.bericht(conn, d);
        },
        (err: Error) => {
          console.warn(`Tekst ${sleutel} kon niet worden geopend: ${err.message}`);
          ws.close(1011, 'Tekst kon niet worden geopend');
        },
      );
    });
  }

  return {
    herkent: (req) => PATH.test(new URL(req.url ?? '/', 'http://localhost').pathname),
    handleUpgrade: (req, socket, head) => {
      handleUpgrade(req, socket, head).catch(() => reject(socket, 500, 'Internal Server Error'));
    },
    close: async () => {
      stopLuisteren();
      controle.stop();
      kamers.sluit();
      wss.close();
      await listener?.end().catch(() => undefined);
      await zender?.end().catch(() => undefined);
    },
  };
}
