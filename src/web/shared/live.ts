/**
 * The live connection of a workspace: a websocket to /api/v1/werkruimtes/{id}/live on the same origin.
 * The server announces committed changes ({type, id, versie}: the page refetches over HTTP) and who is
 * present where. The page tells which section it shows and whether the user is editing. When the
 * connection drops, it reconnects with growing pauses (1 s, 2 s, 4 s … at most 30 s) and then asks the
 * pages to refetch, because announcements may have been missed. It does not reconnect when the
 * session ended (close code 4401: status 'afgemeld') or the user is no longer a member (4403: status
 * 'geen-lid'); the same holds when a reconnect is refused for those reasons (the browser does not
 * show the HTTP status of a refused upgrade, so it asks the API).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Aanwezige, Wijzigingsbericht } from './api.ts';

export type Livebericht = Wijzigingsbericht | { type: 'opnieuw-verbonden' };
export type Verbindingsstatus = 'verbinden' | 'verbonden' | 'verbroken' | 'afgemeld' | 'geen-lid';

/** Close codes of the server (src/server/realtime/hub.ts, SLUITCODES). */
const AFGEMELD = 4401;
const GEEN_LID = 4403;

export interface Live {
  status: Verbindingsstatus;
  /** Everyone with this workspace open, except this window. */
  aanwezigen: Aanwezige[];
  /** Which section this window shows and whether the user is editing it; sent again after a reconnect. */
  zetAanwezigheid: (sectie: string | null, bewerkt: boolean) => void;
  /** Subscribes to announcements; returns the unsubscribe. */
  abonneer: (luisteraar: (bericht: Livebericht) => void) => () => void;
}

const MAX_PAUZE_MS = 30_000;

function liveUrl(werkruimteId: string): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/api/v1/werkruimtes/${encodeURIComponent(werkruimteId)}/live`;
}

/** After a refused connection: did the session end, or the membership? null: something else (retry). */
async function waaromGeweigerd(werkruimteId: string): Promise<'afgemeld' | 'geen-lid' | null> {
  try {
    const sessie = await fetch('/api/v1/sessies/huidig', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (sessie.status === 401) return 'afgemeld';
    if (!sessie.ok) return null;
    const werkruimte = await fetch(`/api/v1/werkruimtes/${encodeURIComponent(werkruimteId)}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    return werkruimte.status === 403 || werkruimte.status === 404 ? 'geen-lid' : null;
  } catch {
    return null;
  }
}

function isWijziging(b: { type?: unknown }): b is Wijzigingsbericht {
  return b.type === 'sectie' || b.type === 'opmerking' || b.type === 'werkruimte' || b.type === 'lid';
}

export function useLive(werkruimteId: string): Live {
  const [status, setStatus] = useState<Verbindingsstatus>('verbinden');
  const [alle, setAlle] = useState<Aanwezige[]>([]);
  const [eigen, setEigen] = useState<string | null>(null);
  const socket = useRef<WebSocket | null>(null);
  const aanwezigheid = useRef<{ sectie: string | null; bewerkt: boolean }>({ sectie: null, bewerkt: false });
  const luisteraars = useRef(new Set<(b: Livebericht) => void>());

  useEffect(() => {
    let gestopt = false;
    let poging = 0;
    let eerderVerbonden = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const meld = (b: Livebericht) => {
      for (const l of luisteraars.current) l(b);
    };

    const verbind = () => {
      timer = undefined;
      setStatus((s) => (s === 'verbonden' ? s : poging === 0 ? 'verbinden' : 'verbroken'));
      const ws = new WebSocket(liveUrl(werkruimteId));
      socket.current = ws;
      let geopend = false;
      ws.onopen = () => {
        geopend = true;
        poging = 0;
        setStatus('verbonden');
        ws.send(JSON.stringify({ type: 'aanwezigheid', ...aanwezigheid.current }));
        if (eerderVerbonden) meld({ type: 'opnieuw-verbonden' });
        eerderVerbonden = true;
      };
      ws.onmessage = (e) => {
        let bericht: { type?: unknown; verbinding?: unknown; aanwezigen?: unknown };
        try {
          bericht = JSON.parse(String(e.data)) as typeof bericht;
        } catch {
          return;
        }
        if (bericht.type === 'welkom' && typeof bericht.verbinding === 'string') setEigen(bericht.verbinding);
        else if (bericht.type === 'aanwezigheid' && Array.isArray(bericht.aanwezigen)) setAlle(bericht.aanwezigen as Aanwezige[]);
        else if (isWijziging(bericht)) meld(bericht);
      };
      ws.onclose = (e) => {
        if (socket.current === ws) socket.current = null;
        if (gestopt) return;
        setAlle([]);
        // Signed out or no longer a member: stop for good (reconnecting would be refused forever).
        if (e.code === AFGEMELD || e.code === GEEN_LID) {
          setStatus(e.code === AFGEMELD ? 'afgemeld' : 'geen-lid');
          return;
        }
        setStatus('verbroken');
        const opnieuw = () => {
          const pauze = Math.min(MAX_PAUZE_MS, 1000 * 2 ** poging) * (0.8 + Math.random() * 0.4);
          poging += 1;
          timer = setTimeout(verbind, pauze);
        };
        if (geopend) return opnieuw();
        // Refused before it opened: find out whether it is for good.
        void waaromGeweigerd(werkruimteId).then((reden) => {
          if (gestopt) return;
          if (reden) setStatus(reden);
          else opnieuw();
        });
      };
    };

    // Back online or back to this tab: try at once instead of waiting out the pause.
    const nuProberen = () => {
      if (gestopt || !timer) return;
      clearTimeout(timer);
      verbind();
    };
    const zichtbaar = () => {
      if (document.visibilityState === 'visible') nuProberen();
    };
    window.addEventListener('online', nuProberen);
    document.addEventListener('visibilitychange', zichtbaar);

    verbind();
    return () => {
      gestopt = true;
      window.removeEventListener('online', nuProberen);
      document.removeEventListener('visibilitychange', zichtbaar);
      if (timer) clearTimeout(timer);
      const ws = socket.current;
      socket.current = null;
      if (ws) {
        ws.onclose = null;
        ws.onmessage = null;
        if (ws.readyState === WebSocket.CONNECTING) ws.onopen = () => ws.close(1000);
        else ws.close(1000);
      }
      setAlle([]);
      setEigen(null);
    };
  }, [werkruimteId]);

  const zetAanwezigheid = useCallback((sectie: string | null, bewerkt: boolean) => {
    const oud = aanwezigheid.current;
    if (oud.sectie === sectie && oud.bewerkt === bewerkt) return;
    aanwezigheid.current = { sectie, bewerkt };
    const ws = socket.current;
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: 'aanwezigheid', sectie, bewerkt }));
  }, []);

  const abonneer = useCallback((luisteraar: (b: Livebericht) => void) => {
    luisteraars.current.add(luisteraar);
    return () => {
      luisteraars.current.delete(luisteraar);
    };
  }, []);

  const aanwezigen = alle.filter((a) => a.verbinding !== eigen);
  return { status, aanwezigen, zetAanwezigheid, abonneer };
}
