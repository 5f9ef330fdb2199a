/**
 * Realtime: after a commit the server announces `{type, id, versie}` to everyone with the workspace
 * open; clients refetch over HTTP. Presence (who looks at or edits which section) is kept per
 * process. With PostgreSQL, changes fan out to other server processes through LISTEN/NOTIFY.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Lidmaatschap } from '../../domain/toegang/rollen.ts';

export interface ChangeEvent {
  type: 'werkruimte' | 'sectie' | 'opmerking' | 'lid';
  werkruimteId: string;
  id: string;
  versie?: number;
  /** Only members with clearance hear about changes to confidential sections. */
  vertrouwelijk?: boolean;
  /** For 'lid' events: the member whose rights changed (their live connections are closed). */
  gebruikerId?: string;
}

export interface LiveConnection {
  id: string;
  werkruimteId: string;
  gebruiker: { id: string; naam: string };
  lid: Lidmaatschap;
  send(data: string): void;
  close(): void;
  aanwezig: { sectie: string | null; bewerkt: boolean };
}

/** Carries change events between server processes. */
export interface Fanout {
  publish(event: ChangeEvent): Promise<void>;
  close(): Promise<void>;
}

export class Hub {
  private readonly rooms = new Map<string, Set<LiveConnection>>();
  private fanout: Fanout | null = null;

  /** Uses PostgreSQL LISTEN/NOTIFY for fan-out; without it, events stay in this process. */
  useFanout(fanout: Fanout): void {
    this.fanout = fanout;
  }

  join(conn: Omit<LiveConnection, 'id' | 'aanwezig'>): LiveConnection {
    const full: LiveConnection = { ...conn, id: randomUUID(), aanwezig: { sectie: null, bewerkt: false } };
    const room = this.rooms.get(conn.werkruimteId) ?? new Set();
    room.add(full);
    this.rooms.set(conn.werkruimteId, room);
    this.broadcastPresence(conn.werkruimteId);
    return full;
  }

  leave(conn: LiveConnection): void {
    const room = this.rooms.get(conn.werkruimteId);
    room?.delete(conn);
    if (room && room.size === 0) {
      this.rooms.delete(conn.werkruimteId);
      this.presenceFilters.delete(conn.werkruimteId);
    }
    this.broadcastPresence(conn.werkruimteId);
  }

  setPresence(conn: LiveConnection, aanwezig: { sectie: string | null; bewerkt: boolean }, magZien: (lid: Lidmaatschap, sectie: string) => boolean): void {
    conn.aanwezig = aanwezig;
    this.broadcastPresence(conn.werkruimteId, magZien);
  }

  /**
   * Per workspace: which sections a member may see presence on. Set with every presence message of
   * that workspace; until then nobody there has a section, so there is nothing to hide. One filter
   * for all workspaces would apply another workspace's confidential sections (a leak).
   */
  private readonly presenceFilters = new Map<string, (lid: Lidmaatschap, sectie: string) => boolean>();

  private broadcastPresence(werkruimteId: string, magZien?: (lid: Lidmaatschap, sectie: string) => boolean): void {
    if (magZien) this.presenceFilters.set(werkruimteId, magZien);
    const room = this.rooms.get(werkruimteId);
    if (!room) return;
    const presenceFilter = this.presenceFilters.get(werkruimteId) ?? (() => true);
    for (const ontvanger of room) {
      const aanwezigen = [...room].map((c) => ({
        verbinding: c.id,
        gebruikerId: c.gebruiker.id,
        naam: c.gebruiker.naam,
        // A confidential section a receiver may not see is shown as "elders in de werkruimte".
        sectie: c.aanwezig.sectie && presenceFilter(ontvanger.lid, c.aanwezig.sectie) ? c.aanwezig.sectie : null,
        bewerkt: c.aanwezig.bewerkt && c.aanwezig.sectie !== null && presenceFilter(ontvanger.lid, c.aanwezig.sectie),
      }));
      ontvanger.send(JSON.stringify({ type: 'aanwezigheid', aanwezigen }));
    }
  }

  /** Announces a committed change: through the fan-out when there is one, else directly. */
  async publish(event: ChangeEvent): Promise<void> {
    if (this.fanout) await this.fanout.publish(event);
    else this.deliver(event);
  }

  /** Delivers an event to the connections of this process. */
  deliver(event: ChangeEvent): void {
    const room = this.rooms.get(event.werkruimteId);
    if (!room) return;
    for (const conn of room) {
      if (event.type === 'lid' && event.gebruikerId === conn.gebruiker.id) {
        conn.close();
        continue;
      }
      if (event.vertrouwelijk && !conn.lid.vertrouwelijkToegang) continue;
      const { vertrouwelijk: _v, gebruikerId: _g, ...bericht } = event;
      conn.send(JSON.stringify(bericht));
    }
  }

  connectionCount(werkruimteId: string): number {
    return this.rooms.get(werkruimteId)?.size ?? 0;
  }
}

const CHANNEL = 'kernplan_wijzigingen';

/** Fan-out over PostgreSQL LISTEN/NOTIFY: every process listens and delivers to its own clients. */
export async function postgresFanout(url: string, hub: Hub): Promise<Fanout> {
  const listener = new pg.Client({ connectionString: url });
  await listener.connect();
  listener.on('error', (err) => console.warn(`LISTEN-verbinding verbroken: ${err.message}`));
  listener.on('notification', (msg) => {
    if (msg.channel !== CHANNEL || !msg.payload) return;
    try {
      hub.deliver(JSON.parse(msg.payload) as ChangeEvent);
    } catch {
      /* ignore malformed payloads */
    }
  });
  await listener.query(`listen ${CHANNEL}`);
  const sender = new pg.Pool({ connectionString: url, max: 2 });
  return {
    async publish(event) {
      await sender.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
    },
    async close() {
      await listener.end().catch(() => undefined);
      await sender.end().catch(() => undefined);
    },
  };
}
