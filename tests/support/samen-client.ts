/**
 * A writer of a text written together, from Node: the y-websocket provider the page uses, with the
 * session cookie of a signed-in test client, writing into the same fragment as the editor.
 */
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { platteTekst } from '../../src/domain/tekst/rijk.ts';
import { FRAGMENT, fragmentAlsRijk } from '../../src/server/teksten/yjs.ts';

export class SamenClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** How far the server confirmed this writer's own changes (its clock in the stored state vector). */
  bevestigd = 0;
  magSchrijven: boolean | null = null;
  privacy: { soort: string; fragment: string }[] = [];
  readonly gesloten: Promise<{ code: number; reason: string }>;

  constructor(baseUrl: string, werkruimteId: string, sleutel: string, cookie: string | null, opties: { connect?: boolean } = {}) {
    const headers: Record<string, string> = { Origin: baseUrl };
    if (cookie) headers.Cookie = cookie;
    class MetSessie extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    }
    let sluit: (v: { code: number; reason: string }) => void = () => undefined;
    this.gesloten = new Promise((r) => (sluit = r));
    this.provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/api/v1/werkruimtes/${werkruimteId}/samen`, sleutel, this.doc, {
      WebSocketPolyfill: MetSessie as unknown as typeof globalThis.WebSocket,
      connect: opties.connect ?? true,
      maxBackoffTime: 500,
      disableBc: true,
    });
    this.provider.messageHandlers[100] = (_e, decoder) => {
      const sv = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
      this.bevestigd = Math.max(this.bevestigd, sv.get(this.doc.clientID) ?? 0);
    };
    this.provider.messageHandlers[101] = (_e, decoder) => {
      const m = JSON.parse(decoding.readVarString(decoder)) as { type: string; magSchrijven?: boolean; vondsten?: { soort: string; fragment: string }[] };
      if (m.type === 'toegang') this.magSchrijven = Boolean(m.magSchrijven);
      if (m.type === 'privacy') this.privacy = m.vondsten ?? [];
    };
    this.provider.on('connection-close', (event: { code: number; reason: string } | null) => {
      if (event && event.code >= 4000) sluit({ code: event.code, reason: event.reason });
    });
  }

  /** Adds a paragraph at the end (as the editor does when someone types a new paragraph). */
  voegAlineaToe(tekst: string): void {
    this.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(tekst)]);
      const f = this.doc.getXmlFragment(FRAGMENT);
      f.insert(f.length, [p]);
    });
  }

  /** Types into the first paragraph, at its end. */
  typ(tekst: string): void {
    const f = this.doc.getXmlFragment(FRAGMENT);
    this.doc.transact(() => {
      let p = f.get(0) as Y.XmlElement | undefined;
      if (!p) {
        p = new Y.XmlElement('paragraph');
        f.insert(0, [p]);
      }
      let t = p.get(0) as Y.XmlText | undefined;
      if (!(t instanceof Y.XmlText)) {
        t = new Y.XmlText();
        p.insert(0, [t]);
      }
      t.insert(t.length, tekst);
    });
  }

  tekst(): string {
    return platteTekst(fragmentAlsRijk(this.doc.getXmlFragment(FRAGMENT)));
  }

  get verbonden(): boolean {
    return this.provider.wsconnected;
  }

  /** Whether the server confirmed everything this writer wrote. */
  get opgeslagen(): boolean {
    return this.bevestigd >= Y.getState(this.doc.store, this.doc.clientID);
  }

  async wacht(voorwaarde: () => boolean, ms = 5000, wat = 'voorwaarde'): Promise<void> {
    const eind = Date.now() + ms;
    while (!voorwaarde()) {
      if (Date.now() > eind) throw new Error(`Wachten op ${wat} duurde langer dan ${ms} ms (tekst: ${JSON.stringify(this.tekst())})`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async verbondenEnGesynct(ms = 8000): Promise<void> {
    await this.wacht(() => this.provider.synced && this.magSchrijven !== null, ms, 'verbinding');
  }

  sluit(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
