import { useEffect, useRef } from 'react';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { HomePage } from './features/home/home-page.tsx';
import { AspectPage } from './features/kennisbank/aspect-page.tsx';
import { KennisbankPage } from './features/kennisbank/kennisbank-page.tsx';
import { StrategischThemaPage } from './features/kennisbank/strategisch-thema-page.tsx';
import { ThemaPage } from './features/kennisbank/thema-page.tsx';
import { ZoekPage } from './features/kennisbank/zoek-page.tsx';
import { CatalogusPage } from './features/methoden/catalogus-page.tsx';
import { MethodePage } from './features/methoden/methode-page.tsx';
import { VerklaringPage } from './features/toegankelijkheid/verklaring-page.tsx';
import { NietGevondenPage } from './niet-gevonden-page.tsx';

export function App() {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const eersteKeer = useRef(true);
  // After navigating, move focus to the main content so screen reader and keyboard users start there.
  useEffect(() => {
    if (eersteKeer.current) {
      eersteKeer.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="kp-skip-link" href="#inhoud">
        Direct naar de inhoud
      </a>
      <header className="kp-header">
        <div className="kp-header__inner">
          <NavLink className="kp-logo" to="/">
            Kernplan
          </NavLink>
          <nav className="kp-nav" aria-label="Hoofdmenu">
            <ul>
              <li>
                <NavLink to="/kennisbank">Kennisbank</NavLink>
              </li>
              <li>
                <NavLink to="/methoden">Methoden</NavLink>
              </li>
              <li>
                <NavLink to="/zoeken">Zoeken</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" className="kp-main" tabIndex={-1} ref={main}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/kennisbank" element={<KennisbankPage />} />
          <Route path="/zoeken" element={<ZoekPage />} />
          <Route path="/kennisbank/themas/:id" element={<ThemaPage />} />
          <Route path="/kennisbank/aspecten/:id" element={<AspectPage />} />
          <Route path="/kennisbank/strategische-themas/:id" element={<StrategischThemaPage />} />
          <Route path="/methoden" element={<CatalogusPage />} />
          <Route path="/methoden/:id" element={<MethodePage />} />
          <Route path="/toegankelijkheid" element={<VerklaringPage />} />
          <Route path="*" element={<NietGevondenPage />} />
        </Routes>
      </main>
      <footer className="kp-footer">
        <div className="kp-footer__inner">
          <ul>
            <li>
              <NavLink className="utrecht-link" to="/toegankelijkheid">
                Toegankelijkheidsverklaring
              </NavLink>
            </li>
            <li>
              <a className="utrecht-link" href="/api/v1/openapi.json">
                API (OpenAPI 3.1)
              </a>
            </li>
          </ul>
          <p className="utrecht-paragraph kp-muted">
            Kernplan volgt de methode Kernbeleid Veiligheid (VNG, zesde editie) en de Quick Scan van
            veiligheidsmethoden (CCV).
          </p>
        </div>
      </footer>
    </>
  );
}
