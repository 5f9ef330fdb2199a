/**
 * A live connection lives no longer than its session and its membership. Every process checks the
 * sessions of all its open connections together, in one query per interval (not one per socket):
 * signed out (in any process), expired (12 hours, or 30 minutes without an HTTP request: the socket
 * itself does not count as activity), account deactivated or replaced by a new sign-in → close with
 * 4401; no longer a member of the workspace → 4403; rights changed without the announcement arriving
 * → 4001 (reconnect with the new rights). An ended connection leaves its room first, so nothing more
 * reaches it.
 */
import type { Rol } from '../../domain/toegang/rollen.ts';
import { sessieGeldig } from '../toegang/session.ts';
import type { Queryable } from '../db/db.ts';
import type { LiveConnection, Sluitreden } from './hub.ts';

/** What the check needs of a connection: whose session, which workspace, with which rights. */
export type GecontroleerdeVerbinding = Pick<LiveConnection, 'sessie' | 'werkruimteId' | 'gebruiker' | 'lid'>;

/** A set of open connections the check can end: the hub's live connections, the text rooms' connections. */
export interface Verbindingen<C extends GecontroleerdeVerbinding> {
  connections(): C[];
  isOpen(conn: C): boolean;
  end(conn: C, reden: Sluitreden): void;
}

export const CONTROLE_INTERVAL_MS = 2000;

interface Rij {
  id_hash: string;
  werkruimte_id: string;
  aangemaakt_op: Date | null;
  laatst_actief_op: Date | null;
  actief: boolean | null;
  rol: Rol | null;
  vertrouwelijk_toegang: boolean | null;
}

const sleutel = (sessie: string, werkruimteId: string) => `${sessie} ${werkruimteId}`;

/** What should happen to a connection given its row: stay open (null) or close for a reason. */
function oordeel(conn: GecontroleerdeVerbinding, rij: Rij | undefined, now: Date, rechtenGewijzigd: boolean): Sluitreden | null {
  if (!rij?.aangemaakt_op || !rij.laatst_actief_op || rij.actief === null) return 'afgemeld';
  if (!sessieGeldig({ aangemaaktOp: new Date(rij.aangemaakt_op), laatstActiefOp: new Date(rij.laatst_actief_op), actief: rij.actief }, now)) return 'afgemeld';
  if (rij.rol === null) return 'geenLid';
  if (rechtenGewijzigd || rij.rol !== conn.lid.rol || rij.vertrouwelijk_toegang !== conn.lid.vertrouwelijkToegang) return 'rechtenGewijzigd';
  return null;
}

export interface SessieControle<C extends GecontroleerdeVerbinding = LiveConnection> {
  /** Checks the given connections (default: all open ones of this process) now. */
  controleer(conns?: C[], opties?: { rechtenGewijzigd?: boolean }): Promise<void>;
  stop(): void;
}

export function startSessieControle<C extends GecontroleerdeVerbinding>(db: Queryable, hub: Verbindingen<C>, options: { intervalMs?: number; now?: () => Date } = {}): SessieControle<C> {
  const now = options.now ?? (() => new Date());
  let gestopt = false;
  let bezig = false;
  let gewaarschuwd = false;

  async function controleer(conns: C[] = hub.connections(), { rechtenGewijzigd = false } = {}): Promise<void> {
    if (conns.length === 0 || gestopt) return;
    const paren = new Map<string, { sessie: string; werkruimteId: string; gebruikerId: string }>();
    for (const c of conns) paren.set(sleutel(c.sessie, c.werkruimteId), { sessie: c.sessie, werkruimteId: c.werkruimteId, gebruikerId: c.gebruiker.id });
    const lijst = [...paren.values()];
    let rijen: Rij[];
    try {
      ({ rows: rijen } = await db.query<Rij>(
        `select c.id_hash, c.werkruimte_id::text as werkruimte_id, s.aangemaakt_op, s.laatst_actief_op, g.actief, l.rol, l.vertrouwelijk_toegang
           from unnest($1::text[], $2::uuid[], $3::uuid[]) as c (id_hash, werkruimte_id, gebruiker_id)
           left join sessies s on s.id_hash = c.id_hash and s.gebruiker_id = c.gebruiker_id and s.totp_voldaan
           left join gebruikers g on g.id = s.gebruiker_id
           left join leden l on l.werkruimte_id = c.werkruimte_id and l.gebruiker_id = c.gebruiker_id`,
        [lijst.map((p) => p.sessie), lijst.map((p) => p.werkruimteId), lijst.map((p) => p.gebruikerId)],
      ));
      gewaarschuwd = false;
    } catch (err) {
      if (gestopt) return;
      // The database is briefly unreachable: try again next interval; a connection whose rights
      // changed is closed anyway (it reconnects, and the upgrade checks everything again).
      if (!gewaarschuwd) console.warn(`Controle van de sessies van live verbindingen mislukte: ${(err as Error).message}`);
      gewaarschuwd = true;
      if (rechtenGewijzigd) for (const c of conns) hub.end(c, 'rechtenGewijzigd');
      return;
    }
    if (gestopt) return;
    const perSleutel = new Map(rijen.map((r) => [sleutel(r.id_hash, r.werkruimte_id.toLowerCase()), r]));
    const tijd = now();
    for (const c of conns) {
      if (!rechtenGewijzigd && !hub.isOpen(c)) continue;
      const reden = oordeel(c, perSleutel.get(sleutel(c.sessie, c.werkruimteId.toLowerCase())), tijd, rechtenGewijzigd);
      if (reden) hub.end(c, reden);
    }
  }

  const timer = setInterval(() => {
    if (bezig) return;
    bezig = true;
    void controleer().finally(() => {
      bezig = false;
    });
  }, options.intervalMs ?? CONTROLE_INTERVAL_MS);
  timer.unref();

  return {
    controleer,
    stop() {
      gestopt = true;
      clearInterval(timer);
    },
  };
}
