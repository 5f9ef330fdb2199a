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

/**
 * Application close codes of the live connection (4000-4999). The page reconnects after 4001 and
 * stops after 4401 (signed out) and 4403 (no longer a member), with a message.
 */
export const SLUITCODES = {
  rechtenGewijzigd: { code: 4001, reden: 'Rechten gewijzigd; verbind opnieuw' },
  afgemeld: { code: 4401, reden: 'Afgemeld' },
  geenLid: { code: 4403, reden: 'Geen lid meer van deze werkruimte' },
} as const;
export type Sluitreden = keyof typeof SLUITCODES;

export interface LiveConnection {
  id: string;
  werkruimteId: string;
  /** The session (hash of its token) the connection was opened with; it is re-checked while open. */
  sessie: string;
  gebruiker: { id: string; naam: string };
  lid: Lidmaatschap;
  send(data: string): void;
  close(code: number, reden: string): void;
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
  private rechtenControle: ((conns: LiveConnection[]) => void) | null = null;

  /** Uses PostgreSQL LISTEN/NOTIFY for fan-out; without it, events stay in this process. */
  useFanout(fanout: Fanout): void {
    this.fanout = fanout;
  }

  /**
   * Who decides what happens to the connections of a member whose rights changed: the session check
   * closes them with 4403 when the membership is gone, else with 4001. Without it they close with 4001.
   */
  useRechtenControle(controle: (conns: LiveConnection[]) => void): void {
    this.rechtenControle = controle;
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
    if (!room?.delete(conn)) return;
    if (room.size === 0) {
      this.rooms.delete(conn.werkruimteId);
      this.presenceFilters.delete(conn.werkruimteId);
    }
    this.broadcastPresence(conn.werkruimteId);
  }

  /**
   * Ends a connection: it leaves its room at once (no further change or presence message reaches it,
   * and the others no longer see it present), then the socket closes with the application code.
   */
  end(conn: LiveConnection, reden: Sluitreden): void {
    this.leave(conn);
    const { code, reden: tekst } = SLUITCODES[reden];
    conn.close(code, tekst);
  }

  /** Whether the connection is still in its room (not left or ended). */
  isOpen(conn: LiveConnection): boolean {
    return this.rooms.get(conn.werkruimteId)?.has(conn) ?? false;
  }

  /** All open connections of this process. */
  connections(): LiveConnection[] {
    return [...this.rooms.values()].flatMap((room) => [...room]);
  }

  setPresence(conn: LiveConnection, aanwezig: { sectie: string | null; bewerkt: boolean }, magZien: (lid: Lidmaatschap, sectie: string) => boolean): void {
    if (!this.isOpen(conn)) return;
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
  /** Whether announcements go through the database (PostgreSQL NOTIFY, sent inside the write's transaction). */
  get viaDatabase(): boolean {
    return this.fanout !== null;
  }

  async publish(event: ChangeEvent): Promise<void> {
    if (this.fanout) await this.fanout.publish(event);
    else this.deliver(event);
  }

  private readonly luisteraars = new Set<(event: ChangeEvent) => void>();

  /** Hears every event this process delivers (the text rooms re-check rights on 'lid' and 'sectie'). */
  luister(luisteraar: (event: ChangeEvent) => void): () => void {
    this.luisteraars.add(luisteraar);
    return () => this.luisteraars.delete(luisteraar);
  }

  /** Delivers an event to the connections of this process. */
  deliver(event: ChangeEvent): void {
    for (const l of this.luisteraars) l(event);
    const room = this.rooms.get(event.werkruimteId);
    if (!room) return;
    const gewijzigd: LiveConnection[] = [];
    for (const conn of [...room]) {
      if (event.type === 'lid' && event.gebruikerId === conn.gebruiker.id) {
        // Rights changed: nothing more reaches this connection until it reconnects with the new rights.
        this.leave(conn);
        gewijzigd.push(conn);
        continue;
      }
      if (event.vertrouwelijk && !conn.lid.vertrouwelijkToegang) continue;
      const { vertrouwelijk: _v, gebruikerId: _g, ...bericht } = event;
      conn.send(JSON.stringify(bericht));
    }
    if (gewijzigd.length === 0) return;
    if (this.rechtenControle) this.rechtenControle(gewijzigd);
    else for (const conn of gewijzigd) this.end(conn, 'rechtenGewijzigd');
  }

  connectionCount(werkruimteId: string): number {
    return this.rooms.get(werkruimteId)?.size ?? 0;
  }
}

/** The LISTEN/NOTIFY channel of the change announcements. */
export const LIVE_KANAAL = 'kernplan_wijzigingen';
const CHANNEL = LIVE_KANAAL;

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
  // An idle connection that drops (a restart of PostgreSQL) must not end the process; the pool makes a new one.
  sender.on('error', (err) => console.warn(`NOTIFY-verbinding verbroken: ${err.message}`));
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
