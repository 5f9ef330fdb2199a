/**
 * Who is signed in: the session from GET /sessies/huidig (401 = not signed in), shared by the header
 * and the pages. Writes go through useSchrijf, which sends the session's CSRF token.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { type Schrijfopties, type Schrijfresultaat, type Sessie, schrijf } from './api.ts';

export type Sessietoestand =
  | { status: 'laden' }
  | { status: 'afgemeld' }
  | { status: 'aangemeld'; sessie: Sessie }
  | { status: 'fout'; melding: string };

interface SessieWaarde {
  toestand: Sessietoestand;
  /** Asks the server again who is signed in. */
  vernieuw: () => Promise<Sessie | null>;
  /** Takes the session from a sign-in answer (201), or null after signing out. */
  zet: (sessie: Sessie | null) => void;
  afmelden: () => Promise<Schrijfresultaat<unknown>>;
}

const SessieContext = createContext<SessieWaarde | null>(null);

/** Drafts of section texts live in sessionStorage under this prefix; they go when the user signs out. */
export const CONCEPT_PREFIX = 'kernplan:concept:';

function wisConcepten(): void {
  try {
    for (let i = sessionStorage.length - 1; i >= 0; i--) {
      const sleutel = sessionStorage.key(i);
      if (sleutel?.startsWith(CONCEPT_PREFIX)) sessionStorage.removeItem(sleutel);
    }
  } catch {
    /* storage not available */
  }
}

async function haalSessie(): Promise<Sessietoestand> {
  try {
    const antwoord = await fetch('/api/v1/sessies/huidig', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (antwoord.status === 401) return { status: 'afgemeld' };
    if (!antwoord.ok) return { status: 'fout', melding: `De server gaf fout ${antwoord.status} bij het ophalen van uw sessie.` };
    return { status: 'aangemeld', sessie: (await antwoord.json()) as Sessie };
  } catch {
    return { status: 'fout', melding: 'De server is niet bereikbaar. Controleer uw verbinding en herlaad de pagina.' };
  }
}

export function SessieProvider({ children }: { children: ReactNode }) {
  const [toestand, setToestand] = useState<Sessietoestand>({ status: 'laden' });
  const teller = useRef(0);

  const vernieuw = useCallback(async () => {
    const nummer = ++teller.current;
    const nieuw = await haalSessie();
    if (nummer === teller.current) setToestand(nieuw);
    return nieuw.status === 'aangemeld' ? nieuw.sessie : null;
  }, []);

  const zet = useCallback((sessie: Sessie | null) => {
    teller.current += 1;
    setToestand(sessie ? { status: 'aangemeld', sessie } : { status: 'afgemeld' });
  }, []);

  useEffect(() => {
    void vernieuw();
  }, [vernieuw]);

  const csrf = toestand.status === 'aangemeld' ? toestand.sessie.csrfToken : null;
  const afmelden = useCallback(async () => {
    const r = await schrijf('DELETE', '/sessies/huidig', { csrfToken: csrf });
    if (r.ok || r.status === 401) {
      wisConcepten();
      zet(null);
    }
    return r;
  }, [csrf, zet]);

  const waarde = useMemo(() => ({ toestand, vernieuw, zet, afmelden }), [toestand, vernieuw, zet, afmelden]);
  return <SessieContext.Provider value={waarde}>{children}</SessieContext.Provider>;
}

export function useSessie(): SessieWaarde {
  const waarde = useContext(SessieContext);
  if (!waarde) throw new Error('useSessie buiten SessieProvider');
  return waarde;
}

const verlopenMelding =
  'U bent afgemeld. Dat gebeurt na 30 minuten zonder activiteit, na 12 uur, of als u zich in een ander venster afmeldt. Meld u opnieuw aan; wat u typte, blijft in dit venster bewaard.';

/**
 * A write with the session's CSRF token. When the token turned out stale (a new sign-in in another
 * window of the same user) it fetches the session once more and retries; a 401 marks the user as signed out.
 */
export function useSchrijf() {
  const { toestand, vernieuw } = useSessie();
  const sessie = toestand.status === 'aangemeld' ? toestand.sessie : null;
  const sessieRef = useRef(sessie);
  sessieRef.current = sessie;
  return useCallback(
    async <T,>(methode: 'POST' | 'PUT' | 'PATCH' | 'DELETE', pad: string, opties: Omit<Schrijfopties, 'csrfToken'> = {}): Promise<Schrijfresultaat<T>> => {
      const voor = sessieRef.current;
      const r = await schrijf<T>(methode, pad, { ...opties, csrfToken: voor?.csrfToken });
      if (r.ok) return r;
      if (r.status === 401) {
        void vernieuw();
        return { ...r, probleem: { ...r.probleem, detail: verlopenMelding } };
      }
      if (r.status === 403 && voor) {
        const na = await vernieuw();
        if (na && na.gebruiker.id === voor.gebruiker.id && na.csrfToken !== voor.csrfToken) {
          return schrijf<T>(methode, pad, { ...opties, csrfToken: na.csrfToken });
        }
      }
      return r;
    },
    [vernieuw],
  );
}

/** Only a path inside this app may be a return address after signing in (no open redirect). */
export function veiligTerugpad(pad: string | null | undefined): string | null {
  if (!pad || !pad.startsWith('/') || pad.startsWith('//') || pad.startsWith('/\\')) return null;
  if (pad.startsWith('/aanmelden') || pad.startsWith('/api/')) return null;
  return pad;
}

export function aanmeldpad(terug: string): string {
  return `/aanmelden?terug=${encodeURIComponent(terug)}`;
}

/**
 * Shows its children to a signed-in user. A visitor who is not signed in goes to the sign-in page
 * (and comes back afterwards); who loses the session while working keeps the page and sees a notice.
 */
export function VereistAanmelding({ children }: { children: ReactNode }) {
  const { toestand } = useSessie();
  const location = useLocation();
  const wasAangemeld = useRef(false);
  if (toestand.status === 'aangemeld') wasAangemeld.current = true;
  const hier = `${location.pathname}${location.search}`;

  if (toestand.status === 'laden') {
    return (
      <p className="utrecht-paragraph kp-muted" role="status">
        Bezig met laden…
      </p>
    );
  }
  if (toestand.status === 'fout') {
    return (
      <div className="kp-error" role="alert">
        <p className="utrecht-paragraph">{toestand.melding}</p>
      </div>
    );
  }
  if (toestand.status === 'afgemeld') {
    if (!wasAangemeld.current) return <Navigate to={aanmeldpad(hier)} replace />;
    return (
      <>
        <div className="kp-error" role="alert">
          <p className="utrecht-paragraph">
            {verlopenMelding}{' '}
            <Link className="utrecht-link" to={aanmeldpad(hier)}>
              Opnieuw aanmelden
            </Link>
          </p>
        </div>
        {children}
      </>
    );
  }
  if (toestand.sessie.totpInstellenVerplicht && location.pathname !== '/tweestapsverificatie') {
    return <Navigate to="/tweestapsverificatie" replace />;
  }
  return <>{children}</>;
}
