/**
 * Everything under /werkruimtes/:id shares one live connection and the workspace itself (with my role),
 * so moving between the overview, a section and the members keeps the connection and the presence.
 */
import { createContext, useContext, useEffect, useRef } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import type { Lidmaatschap } from '../../domain/toegang/rollen.ts';
import type { Gebruiker, Werkruimte } from './api.ts';
import { Kruimelpad, Laden, usePaginatitel } from './page.tsx';
import { useSessie, VereistAanmelding } from './sessie.tsx';
import { useBron } from './use-api.ts';
import { type Live, type Livebericht, useLive } from './live.ts';

export interface WerkruimteWaarde {
  werkruimte: Werkruimte;
  vernieuwWerkruimte: () => Promise<unknown>;
  /** My membership, for the role rules in the domain (mag, magOpmerkingOplossen). */
  lid: Lidmaatschap;
  gebruiker: Gebruiker;
  live: Live;
}

const WerkruimteContext = createContext<WerkruimteWaarde | null>(null);

export function useWerkruimte(): WerkruimteWaarde {
  const w = useContext(WerkruimteContext);
  if (!w) throw new Error('useWerkruimte buiten WerkruimteLayout');
  return w;
}

/** Calls the handler for every live announcement; the latest handler, without resubscribing. */
export function useLiveBericht(handler: (bericht: Livebericht) => void): void {
  const { live } = useWerkruimte();
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => live.abonneer((b) => ref.current(b)), [live.abonneer]);
}

export function WerkruimteLayout() {
  const { id = '' } = useParams();
  return (
    <VereistAanmelding>
      <Werkruimtelader key={id} id={id} />
    </VereistAanmelding>
  );
}

function Werkruimtelader({ id }: { id: string }) {
  const { toestand: sessie, vernieuw: vernieuwSessie } = useSessie();
  const bron = useBron<Werkruimte>(`/werkruimtes/${encodeURIComponent(id)}`);
  const live = useLive(id);
  const { abonneer } = live;
  const { vernieuw } = bron;

  // The server closed the live connection because the session ended (signed out elsewhere, expired):
  // the whole app learns it, VereistAanmelding shows "U bent afgemeld" and the content goes.
  useEffect(() => {
    if (live.status === 'afgemeld') void vernieuwSessie();
  }, [live.status, vernieuwSessie]);

  useEffect(
    () =>
      abonneer((b) => {
        if (b.type === 'werkruimte' || b.type === 'lid' || b.type === 'opnieuw-verbonden') void vernieuw();
      }),
    [abonneer, vernieuw],
  );

  usePaginatitel(live.status === 'geen-lid' ? 'Geen lid meer' : bron.toestand.status === 'fout' ? 'Werkruimte niet gevonden' : undefined);

  if (live.status === 'geen-lid') {
    return (
      <>
        <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: 'Werkruimte' }]} />
        <h1 className="utrecht-heading-1">Geen lid meer</h1>
        <div className="kp-error" role="alert">
          <p className="utrecht-paragraph">
            U bent geen lid meer van deze werkruimte en ziet de inhoud daarom niet meer.{' '}
            <Link className="utrecht-link" to="/werkruimtes">
              Naar uw werkruimtes
            </Link>
          </p>
        </div>
      </>
    );
  }

  if (bron.toestand.status !== 'klaar' || sessie.status !== 'aangemeld') {
    return (
      <>
        <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: 'Werkruimte' }]} />
        {bron.toestand.status === 'fout' ? <h1 className="utrecht-heading-1">Werkruimte</h1> : null}
        <Laden toestand={bron.toestand}>{() => null}</Laden>
      </>
    );
  }
  const werkruimte = bron.toestand.data;
  const gebruiker = sessie.sessie.gebruiker;
  const waarde: WerkruimteWaarde = {
    werkruimte,
    vernieuwWerkruimte: vernieuw,
    lid: { rol: werkruimte.mijnRol, organisatieId: gebruiker.organisatie.id, vertrouwelijkToegang: werkruimte.mijnVertrouwelijkToegang },
    gebruiker,
    live,
  };
  return (
    <WerkruimteContext.Provider value={waarde}>
      <Outlet />
    </WerkruimteContext.Provider>
  );
}

/** A quiet line that says whether changes of others come in live. */
export function LiveStatus() {
  const { live } = useWerkruimte();
  const tekst =
    live.status === 'verbonden'
      ? 'Wijzigingen van anderen verschijnen hier vanzelf.'
      : live.status === 'verbinden'
        ? 'Verbinden om wijzigingen van anderen live te zien…'
        : live.status === 'afgemeld'
          ? 'U bent afgemeld; wijzigingen van anderen komen niet meer binnen.'
          : 'De live verbinding is verbroken; Kernplan probeert opnieuw te verbinden. Uw werk blijft staan.';
  const stijl = live.status === 'verbonden' || live.status === 'verbinden' ? live.status : 'verbroken';
  return (
    <p className={`utrecht-paragraph kp-live kp-live--${stijl}`} role="status">
      <span className="kp-live__stip" aria-hidden="true" />
      {tekst}
    </p>
  );
}
