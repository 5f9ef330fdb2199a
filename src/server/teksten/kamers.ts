/**
 * Rooms of texts written together (ADR 0019): per open text one Yjs document in this process, the
 * people connected to it, and the y-protocols conversation with each (sync and awareness, the protocol
 * of y-websocket). The rules:
 * - An update is stored first (one statement, its own commit) and only then applied, passed on and
 *   confirmed: what a writer sees confirmed survives a crash of the server.
 * - The confirmation (message 100) is the state vector of the stored document; the page compares it
 *   with its own to show "Opgeslagen".
 * - A reader's updates are ignored; nobody receives anything from a room they were not admitted to.
 * - With PostgreSQL, other processes hear of each stored update (NOTIFY with its id) and of cursor
 *   changes, and pass them on to their own connections.
 * - A room compacts its text when it goes quiet, keeps a version for the history after a burst of
 *   writing, and warns about personal data in the text (message 101).
 */
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { vindPersoonsgegevens } from '../../domain/privacy/persoonsgegevens.ts';
import { platteTekst, type RijkeKnoop } from '../../domain/tekst/rijk.ts';
import type { Lidmaatschap } from '../../domain/toegang/rollen.ts';
import type { Db } from '../db/db.ts';
import { SLUITCODES, type Sluitreden } from '../realtime/hub.ts';
import type { Verbindingen } from '../realtime/sessie-controle.ts';
import { bewaarUpdate, bewaarVersie, compacteer, haalUpdate, laadTekst, tekstBestaat, zoekOfMaakTekst, type GeladenTekst } from './opslag.ts';
import { FRAGMENT, fragmentAlsRijk, vervangUpdate } from './yjs.ts';

export const BERICHT = { sync: 0, aanwezigheid: 1, opgeslagen: 100, melding: 101 } as const;

export interface SamenVerbinding {
  id: string;
  werkruimteId: string;
  sleutel: string;
  sessie: string;
  gebruiker: { id: string; naam: string };
  lid: Lidmaatschap;
  magSchrijven: boolean;
  send(data: Uint8Array): void;
  close(code: number, reden: string): void;
}

export interface KamerOpties {
  /** Quiet time after which a room compacts its text. */
  compacterenNaMs?: number;
  /** Quiet time after which the burst of writing becomes a version in the history. */
  versieNaMs?: number;
  /** A burst that goes on longer still becomes a version after this time. */
  versieUiterlijkMs?: number;
}

class Kamer {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly conns = new Set<SamenVerbinding>();
  /** Which awareness client ids each connection controls (removed when it leaves). */
  readonly aanwezigheidVan = new Map<SamenVerbinding, Set<number>>();
  wachtrij: Promise<void> = Promise.resolve();
  /** Who wrote since the last version. */
  readonly schrijvers = new Set<string>();
  eersteSindsVersie: number | null = null;
  timers: { compact?: NodeJS.Timeout; versie?: NodeJS.Timeout; privacy?: NodeJS.Timeout } = {};
  nietGecompacteerd = 0;
  laatstePrivacy = '[]';

  constructor(
    readonly tekstId: string,
    readonly werkruimteId: string,
    readonly sleutel: string,
  ) {
    // The server holds no cursor of its own.
    this.awareness.setLocalState(null);
  }
}

const sleutelVan = (werkruimteId: string, sleutel: string) => `${werkruimteId.toLowerCase()} ${sleutel}`;

function syncBericht(schrijf: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, BERICHT.sync);
  schrijf(e);
  return encoding.toUint8Array(e);
}

export class Kamers implements Verbindingen<SamenVerbinding> {
  private readonly kamers = new Map<string, Promise<Kamer>>();
  private readonly perTekst = new Map<string, Kamer>();
  private readonly verbindingen = new Map<SamenVerbinding, Kamer>();
  readonly proces = randomUUID();
  private melder: ((kanaal: 'aanwezigheid', tekstId: string, data: Uint8Array) => void) | null = null;
  private gewaarschuwd = false;
  private readonly opties: Required<KamerOpties>;

  constructor(
    private readonly db: Db,
    private readonly viaDatabase: boolean,
    opties: KamerOpties = {},
  ) {
    this.opties = { compacterenNaMs: 2000, versieNaMs: 30_000, versieUiterlijkMs: 5 * 60_000, ...opties };
  }

  /** Passes cursor changes to the other processes (PostgreSQL NOTIFY); without it they stay here. */
  useMelder(melder: (kanaal: 'aanwezigheid', tekstId: string, data: Uint8Array) => void): void {
    this.melder = melder;
  }

  // --- Verbindingen (for the session check) ---
  connections(): SamenVerbinding[] {
    return [...this.verbindingen.keys()];
  }
  isOpen(conn: SamenVerbinding): boolean {
    return this.verbindingen.has(conn);
  }
  end(conn: SamenVerbinding, reden: Sluitreden): void {
    this.verlaat(conn);
    const { code, reden: tekst } = SLUITCODES[reden];
    conn.close(code, tekst);
  }

  /** The room of a text, loaded (and created from `begin`) when nobody has it open in this process. */
  private kamer(werkruimteId: string, sleutel: string, begin: () => Promise<{ staat: Uint8Array; inhoud: RijkeKnoop }>): Promise<Kamer> {
    const k = sleutelVan(werkruimteId, sleutel);
    let kamer = this.kamers.get(k);
    if (!kamer) {
      kamer = (async () => {
        const geladen = await zoekOfMaakTekst(this.db, werkruimteId, sleutel, begin);
        const nieuw = new Kamer(geladen.id, werkruimteId, sleutel);
        this.richIn(nieuw);
        this.perTekst.set(geladen.id, nieuw);
        this.pasGeladenToe(nieuw, geladen);
        return nieuw;
      })();
      this.kamers.set(k, kamer);
      kamer.catch(() => this.kamers.delete(k));
    }
    return kamer;
  }

  private pasGeladenToe(kamer: Kamer, geladen: GeladenTekst): void {
    Y.applyUpdate(kamer.doc, geladen.updates.length === 1 ? geladen.updates[0]! : Y.mergeUpdates(geladen.updates), 'database');
    kamer.nietGecompacteerd = geladen.updateIds.length;
  }

  private richIn(kamer: Kamer): void {
    kamer.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const bericht = syncBericht((e) => syncProtocol.writeUpdate(e, update));
      for (const c of kamer.conns) if (c !== origin) c.send(bericht);
    });
    kamer.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const veranderd = [...added, ...updated, ...removed];
      if (origin && typeof origin === 'object' && kamer.conns.has(origin as SamenVerbinding)) {
        const conn = origin as SamenVerbinding;
        const eigen = kamer.aanwezigheidVan.get(conn) ?? new Set<number>();
        for (const id of [...added, ...updated]) {
          eigen.add(id);
          // A cursor carries the name of its session's user, whatever the page claims.
          const staat = kamer.awareness.getStates().get(id) as { user?: Record<string, unknown> } | undefined;
          if (staat?.user && staat.user.name !== conn.gebruiker.naam) staat.user = { ...staat.user, name: conn.gebruiker.naam };
        }
        for (const id of removed) eigen.delete(id);
        kamer.aanwezigheidVan.set(conn, eigen);
      }
      const data = awarenessProtocol.encodeAwarenessUpdate(kamer.awareness, veranderd);
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, BERICHT.aanwezigheid);
      encoding.writeVarUint8Array(e, data);
      const bericht = encoding.toUint8Array(e);
      for (const c of kamer.conns) c.send(bericht);
      if (origin !== 'extern') this.melder?.('aanwezigheid', kamer.tekstId, data);
    });
  }

  /** Admits a connection to its text's room: the sync starts (step 1 both ways) and the cursors follow. */
  async verbind(conn: SamenVerbinding, begin: () => Promise<{ staat: Uint8Array; inhoud: RijkeKnoop }>): Promise<void> {
    const kamer = await this.kamer(conn.werkruimteId, conn.sleutel, begin);
    kamer.conns.add(conn);
    this.verbindingen.set(conn, kamer);
    conn.send(syncBericht((e) => syncProtocol.writeSyncStep1(e, kamer.doc)));
    const states = [...kamer.awareness.getStates().keys()];
    if (states.length > 0) {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, BERICHT.aanwezigheid);
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(kamer.awareness, states));
      conn.send(encoding.toUint8Array(e));
    }
    this.bevestig(kamer, [conn]);
    this.stuurMelding(kamer, conn, { type: 'toegang', magSchrijven: conn.magSchrijven });
    if (kamer.laatstePrivacy !== '[]') this.stuurMelding(kamer, conn, { type: 'privacy', vondsten: JSON.parse(kamer.laatstePrivacy) });
  }

  /** A message of a connection. Unknown or malformed messages are ignored. */
  bericht(conn: SamenVerbinding, data: Uint8Array): void {
    const kamer = this.verbindingen.get(conn);
    if (!kamer) return;
    try {
      const d = decoding.createDecoder(data);
      const soort = decoding.readVarUint(d);
      if (soort === BERICHT.sync) {
        const sub = decoding.readVarUint(d);
        if (sub === syncProtocol.messageYjsSyncStep1) {
          const sv = decoding.readVarUint8Array(d);
          conn.send(syncBericht((e) => syncProtocol.writeSyncStep2(e, kamer.doc, sv)));
        } else if (sub === syncProtocol.messageYjsSyncStep2 || sub === syncProtocol.messageYjsUpdate) {
          const update = decoding.readVarUint8Array(d);
          if (conn.magSchrijven) this.ontvang(kamer, conn, update);
        }
      } else if (soort === BERICHT.aanwezigheid) {
        awarenessProtocol.applyAwarenessUpdate(kamer.awareness, decoding.readVarUint8Array(d), conn);
      }
    } catch {
      /* a malformed message changes nothing */
    }
  }

  /** Stores a writer's update, then applies it (passing it on) and confirms. In order per room. */
  private ontvang(kamer: Kamer, conn: SamenVerbinding | 'server', update: Uint8Array, gebruikerId = conn === 'server' ? null : conn.gebruiker.id): Promise<void> {
    const klaar = kamer.wachtrij.then(async () => {
      // Only what the room does not have yet (a reconnecting page sends everything it has).
      const nieuw = Y.diffUpdate(update, Y.encodeStateVector(kamer.doc));
      if (nieuw.length <= 2 && conn !== 'server') {
        this.bevestig(kamer, [conn]);
        return;
      }
      try {
        await bewaarUpdate(this.db, { tekstId: kamer.tekstId, werkruimteId: kamer.werkruimteId, update: nieuw, gebruikerId, melden: this.viaDatabase, proces: this.proces });
        this.gewaarschuwd = false;
      } catch (err) {
        if (!this.gewaarschuwd) console.warn(`Een wijziging van tekst ${kamer.sleutel} kon niet worden bewaard: ${(err as Error).message}`);
        this.gewaarschuwd = true;
        // Not confirmed: the page keeps it and sends it again when the room asks (sync step 1).
        if (conn !== 'server') setTimeout(() => this.isOpen(conn) && conn.send(syncBericht((e) => syncProtocol.writeSyncStep1(e, kamer.doc))), 2000).unref();
        throw err;
      }
      Y.applyUpdate(kamer.doc, nieuw, conn);
      kamer.nietGecompacteerd++;
      if (gebruikerId) kamer.schrijvers.add(gebruikerId);
      this.bevestig(kamer);
      this.naSchrijven(kamer);
    });
    kamer.wachtrij = klaar.catch(() => undefined);
    return klaar;
  }

  /** Sends the state vector of the stored document (message 100): everything up to it is saved. */
  private bevestig(kamer: Kamer, aan: Iterable<SamenVerbinding> = kamer.conns): void {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, BERICHT.opgeslagen);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(kamer.doc));
    const bericht = encoding.toUint8Array(e);
    for (const c of aan) c.send(bericht);
  }

  private stuurMelding(kamer: Kamer, conn: SamenVerbinding | null, melding: unknown): void {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, BERICHT.melding);
    encoding.writeVarString(e, JSON.stringify(melding));
    const bericht = encoding.toUint8Array(e);
    for (const c of conn ? [conn] : kamer.conns) c.send(bericht);
  }

  /** After a stored change: compact when quiet, a version after the burst, the privacy check. */
  private naSchrijven(kamer: Kamer): void {
    clearTimeout(kamer.timers.compact);
    if (kamer.nietGecompacteerd >= 200) void this.compacteer(kamer);
    else kamer.timers.compact = setTimeout(() => void this.compacteer(kamer), this.opties.compacterenNaMs).unref();
    if (kamer.schrijvers.size > 0) {
      kamer.eersteSindsVersie ??= Date.now();
      clearTimeout(kamer.timers.versie);
      const wacht = Math.min(this.opties.versieNaMs, Math.max(0, kamer.eersteSindsVersie + this.opties.versieUiterlijkMs - Date.now()));
      kamer.timers.versie = setTimeout(() => void this.bewaarVersie(kamer), wacht).unref();
    }
    clearTimeout(kamer.timers.privacy);
    kamer.timers.privacy = setTimeout(() => {
      const vondsten = vindPersoonsgegevens(platteTekst(fragmentAlsRijk(kamer.doc.getXmlFragment(FRAGMENT)))).map((v) => ({ soort: v.soort, fragment: v.fragment, uitleg: v.uitleg }));
      const json = JSON.stringify(vondsten);
      if (json === kamer.laatstePrivacy) return;
      kamer.laatstePrivacy = json;
      this.stuurMelding(kamer, null, { type: 'privacy', vondsten });
    }, 500).unref();
  }

  private async compacteer(kamer: Kamer): Promise<void> {
    clearTimeout(kamer.timers.compact);
    const aantal = kamer.nietGecompacteerd;
    try {
      await compacteer(this.db, kamer.tekstId);
      kamer.nietGecompacteerd = Math.max(0, kamer.nietGecompacteerd - aantal);
    } catch (err) {
      console.warn(`Tekst ${kamer.sleutel} kon niet worden samengevoegd: ${(err as Error).message}`);
    }
  }

  private async bewaarVersie(kamer: Kamer, hersteldVan: number | null = null): Promise<void> {
    clearTimeout(kamer.timers.versie);
    const door = [...kamer.schrijvers];
    if (door.length === 0 && hersteldVan === null) return;
    kamer.schrijvers.clear();
    kamer.eersteSindsVersie = null;
    try {
      await bewaarVersie(this.db, { tekstId: kamer.tekstId, staat: Y.encodeStateAsUpdate(kamer.doc), inhoud: fragmentAlsRijk(kamer.doc.getXmlFragment(FRAGMENT)), door, hersteldVan });
    } catch (err) {
      console.warn(`Versie van tekst ${kamer.sleutel} kon niet worden bewaard: ${(err as Error).message}`);
    }
  }

  /** A connection leaves; the last one out closes the room (version, compaction, memory freed). */
  verlaat(conn: SamenVerbinding): void {
    const kamer = this.verbindingen.get(conn);
    if (!kamer) return;
    this.verbindingen.delete(conn);
    kamer.conns.delete(conn);
    const eigen = kamer.aanwezigheidVan.get(conn);
    kamer.aanwezigheidVan.delete(conn);
    if (eigen && eigen.size > 0) awarenessProtocol.removeAwarenessStates(kamer.awareness, [...eigen], 'verlaten');
    if (kamer.conns.size > 0) return;
    void kamer.wachtrij.then(async () => {
      if (kamer.conns.size > 0) return;
      this.kamers.delete(sleutelVan(kamer.werkruimteId, kamer.sleutel));
      this.perTekst.delete(kamer.tekstId);
      Object.values(kamer.timers).forEach((t) => clearTimeout(t));
      await this.bewaarVersie(kamer);
      await this.compacteer(kamer);
      kamer.awareness.destroy();
      kamer.doc.destroy();
    });
  }

  /** Another process stored an update of a text open here: apply it (again from the database if it was compacted meanwhile). */
  async extern(tekstId: string, updateId: number, proces: string): Promise<void> {
    if (proces === this.proces) return;
    const kamer = this.perTekst.get(tekstId);
    if (!kamer) return;
    const update = await haalUpdate(this.db, updateId);
    if (update) Y.applyUpdate(kamer.doc, update, 'extern');
    else {
      const geladen = await laadTekst(this.db, tekstId);
      if (geladen) Y.applyUpdate(kamer.doc, Y.mergeUpdates(geladen.updates), 'extern');
    }
    this.bevestig(kamer);
  }

  /** Cursor changes from another process. */
  externeAanwezigheid(tekstId: string, data: Uint8Array): void {
    const kamer = this.perTekst.get(tekstId);
    if (kamer) awarenessProtocol.applyAwarenessUpdate(kamer.awareness, data, 'extern');
  }

  /**
   * Replaces the content of a text by an earlier version (restore by the coordinator): stored and
   * passed on like any change, followed by a version of its own that says where it came from.
   */
  async herstel(werkruimteId: string, sleutel: string, inhoud: RijkeKnoop, versieId: number, gebruikerId: string, begin: () => Promise<{ staat: Uint8Array; inhoud: RijkeKnoop }>): Promise<void> {
    await this.vervang(werkruimteId, sleutel, inhoud, gebruikerId, begin, versieId);
  }

  /**
   * Replaces the whole content of a text (a restore, or a text set through the HTTP API): stored and
   * passed on like any change; everyone with the text open sees it at once. With `hersteldVan` the
   * history gets a version that says which version it restored.
   */
  async vervang(
    werkruimteId: string,
    sleutel: string,
    inhoud: RijkeKnoop,
    gebruikerId: string,
    begin: () => Promise<{ staat: Uint8Array; inhoud: RijkeKnoop }>,
    hersteldVan: number | null = null,
  ): Promise<void> {
    const kamer = await this.kamer(werkruimteId, sleutel, begin);
    const tijdelijk = kamer.conns.size === 0;
    try {
      await this.ontvang(kamer, 'server', vervangUpdate(kamer.doc, inhoud), gebruikerId);
      if (hersteldVan !== null) {
        kamer.schrijvers.delete(gebruikerId);
        await this.bewaarVersie(kamer, hersteldVan);
        kamer.schrijvers.add(gebruikerId);
      } else if (tijdelijk) await this.bewaarVersie(kamer);
    } finally {
      if (tijdelijk && kamer.conns.size === 0) {
        this.kamers.delete(sleutelVan(werkruimteId, sleutel));
        this.perTekst.delete(kamer.tekstId);
        Object.values(kamer.timers).forEach((t) => clearTimeout(t));
        await this.compacteer(kamer);
        kamer.doc.destroy();
      }
    }
  }

  /**
   * A text set through the HTTP API (a section's PATCH, a restore from the section history): when the
   * text is already written together, its document takes the new content too, so both say the same.
   */
  async vervangAlsBestaat(werkruimteId: string, sleutel: string, inhoud: RijkeKnoop, gebruikerId: string): Promise<void> {
    if (!(await tekstBestaat(this.db, werkruimteId, sleutel))) return;
    await this.vervang(werkruimteId, sleutel, inhoud, gebruikerId, () => Promise.reject(new Error('De tekst bestaat al')));
  }

  /** The connections of a workspace (to check their rights again). */
  vanWerkruimte(werkruimteId: string): SamenVerbinding[] {
    return this.connections().filter((c) => c.werkruimteId.toLowerCase() === werkruimteId.toLowerCase());
  }

  /** Tells a connection that its right to write changed (without closing it). */
  zetSchrijfrecht(conn: SamenVerbinding, magSchrijven: boolean): void {
    const kamer = this.verbindingen.get(conn);
    if (!kamer || conn.magSchrijven === magSchrijven) return;
    conn.magSchrijven = magSchrijven;
    this.stuurMelding(kamer, conn, { type: 'toegang', magSchrijven });
  }

  /** Stops the timers; open rooms keep what they stored (every update is stored before it is confirmed). */
  sluit(): void {
    for (const kamer of this.perTekst.values()) Object.values(kamer.timers).forEach((t) => clearTimeout(t));
  }
}
