import { type ReactNode, useEffect } from 'react';
import { Link } from 'react-router';
import type { Laadtoestand } from './use-api.ts';

/** Sets the document title ("... | Kernplan"), as WCAG 2.4.2 asks for every page. */
export function usePaginatitel(titel: string | undefined): void {
  useEffect(() => {
    if (titel) document.title = `${titel} | Kernplan`;
  }, [titel]);
}

export interface Kruimel {
  naam: string;
  naar?: string;
}

export function Kruimelpad({ kruimels }: { kruimels: Kruimel[] }) {
  return (
    <nav className="kp-breadcrumb" aria-label="Kruimelpad">
      <ol>
        {kruimels.map((k, i) => (
          <li key={`${k.naam}-${i}`}>
            {k.naar ? (
              <Link className="utrecht-link" to={k.naar}>
                {k.naam}
              </Link>
            ) : (
              <span aria-current="page">{k.naam}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Shows a loading line or a clear error for a fetch, and the content once it is there. */
export function Laden<T>({ toestand, children }: { toestand: Laadtoestand<T>; children: (data: T) => ReactNode }) {
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
        <p className="utrecht-paragraph">
          <strong>{toestand.fout.status === 404 ? 'Niet gevonden.' : 'Er ging iets mis.'}</strong> {toestand.fout.message}
        </p>
      </div>
    );
  }
  return <>{children(toestand.data)}</>;
}

export function Lijst({ items, leeg = 'De methode noemt hier niets.' }: { items: ReactNode[]; leeg?: string }) {
  if (items.length === 0) return <p className="utrecht-paragraph kp-muted">{leeg}</p>;
  return (
    <ul className="utrecht-unordered-list">
      {items.map((item, i) => (
        <li className="utrecht-unordered-list__item" key={i}>
          {item}
        </li>
      ))}
    </ul>
  );
}

/** While `actief` (unsaved changes, an upload running), the browser asks before the page is left or closed. */
export function useVraagVoorWeggaan(actief: boolean): void {
  useEffect(() => {
    if (!actief) return;
    const waarschuw = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', waarschuw);
    return () => window.removeEventListener('beforeunload', waarschuw);
  }, [actief]);
}
