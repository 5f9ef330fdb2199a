/**
 * The websocket endpoint /api/v1/werkruimtes/{id}/live. Authenticated with the session cookie,
 * only for members who may read the workspace, only from the app's own origin (no cross-site
 * websocket hijacking). Clients send presence; the server sends change announcements and presence.
 * The connection ends with its session or membership (see sessie-controle.ts): close code 4401 when
 * the session ended, 4403 when the user is no longer a member, 4001 when their rights changed.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { mag, magSectieZien } from '../../domain/toegang/rollen.ts';
import { findSession, SESSION_COOKIE } from '../toegang/session.ts';
import type { Db } from '../db/db.ts';
import { findMember } from '../toegang/lidmaatschap.ts';
import type { Hub } from './hub.ts';
import { startSessieControle } from './sessie-controle.ts';

const PATH = /^\/api\/v1\/werkruimtes\/([0-9a-f-]{36})\/live$/i;

/** A cookie from the Cookie header of an upgrade request (the websocket endpoints share it). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** Refuses an upgrade request with a plain HTTP status. */
export function reject(socket: Duplex, status: number, text: string): void {
  socket.write(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * Same origin: the Origin header names this server (its Host header, or PUBLIC_URL behind a proxy).
 * A malformed Origin ('null' from a sandboxed frame, garbage) is another origin, not a server error.
 */
export function zelfdeOorsprong(origin: string | undefined, host: string | undefined, publicUrl: string | undefined): boolean {
  if (!origin) return true;
  let o: URL;
  try {
    o = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl && o.origin === new URL(publicUrl).origin) return true;
  return o.host === host;
}

export function createLiveEndpoint(db: Db, hub: Hub, options: { controleIntervalMs?: number; publicUrl?: string | undefined } = {}) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const controle = startSessieControle(db, hub, { intervalMs: options.controleIntervalMs });
  hub.useRechtenControle((conns) => void controle.controleer(conns, { rechtenGewijzigd: true }));

  async function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = PATH.exec(url.pathname);
    if (!match) return reject(socket, 404, 'Not Found');
    if (!zelfdeOorsprong(req.headers.origin, req.headers.host, options.publicUrl)) return reject(socket, 403, 'Forbidden');
    const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
    const sessie = token ? await findSession(db, token) : null;
    if (!sessie || !sessie.totpVoldaan) return reject(socket, 401, 'Unauthorized');
    const werkruimteId = match[1]!;
    const member = await findMember(db, werkruimteId, sessie.gebruiker.id);
    if (!member || !mag(member, 'werkruimte.lezen')) return reject(socket, 403, 'Forbidden');

    // Which sections exist as confidential, so presence on them is hidden from members without clearance.
    const vertrouwelijk = async () =>
      new Set(
        (await db.query<{ sleutel: string }>('select sleutel from secties where werkruimte_id = $1 and vertrouwelijk', [werkruimteId])).rows.map(
          (r) => r.sleutel,
        ),
      );

    wss.handleUpgrade(req, socket, head, (ws) => {
      const conn = hub.join({
        werkruimteId,
        sessie: sessie.idHash,
        gebruiker: { id: sessie.gebruiker.id, naam: sessie.gebruiker.naam },
        lid: member,
        send: (data) => {
          if (ws.readyState === ws.OPEN) ws.send(data);
        },
        close: (code, reden) => ws.close(code, reden),
      });
      ws.on('message', (raw) => {
        void (async () => {
          let msg: unknown;
          try {
            msg = JSON.parse(String(raw));
          } catch {
            return;
          }
          const m = msg as { type?: unknown; sectie?: unknown; bewerkt?: unknown };
          if (m.type !== 'aanwezigheid') return;
          const sectie = typeof m.sectie === 'string' && m.sectie.length <= 40 ? m.sectie : null;
          const geheim = await vertrouwelijk();
          hub.setPresence(conn, { sectie, bewerkt: m.bewerkt === true }, (lid, s) =>
            magSectieZien(lid, { vertrouwelijk: geheim.has(s), toegewezenOrganisatieId: null }),
          );
        })();
      });
      ws.on('close', () => hub.leave(conn));
      ws.send(JSON.stringify({ type: 'welkom', verbinding: conn.id }));
    });
  }

  return {
    handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      handleUpgrade(req, socket, head).catch(() => reject(socket, 500, 'Internal Server Error'));
    },
    close: () => {
      controle.stop();
      wss.close();
    },
  };
}
