import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Route, Routes, useLocation, useNavigate } from 'react-router';
import { HomePage } from './features/home/home-page.tsx';
import { AspectPage } from './features/kennisbank/aspect-page.tsx';
import { KennisbankPage } from './features/kennisbank/kennisbank-page.tsx';
import { StrategischThemaPage } from './features/kennisbank/strategisch-thema-page.tsx';
import { ThemaPage } from './features/kennisbank/thema-page.tsx';
import { ZoekPage } from './features/kennisbank/zoek-page.tsx';
import { CatalogusPage } from './features/methoden/catalogus-page.tsx';
import { MethodePage } from './features/methoden/methode-page.tsx';
import { AanmeldenPage } from './features/toegang/aanmelden-page.tsx';
import { CyclusPage } from './features/cyclus/cyclus-page.tsx';
import { DocumentenPage, DocumentPage } from './features/cyclus/document-page.tsx';
import { IvpPage } from './features/cyclus/ivp-page.tsx';
import { PrioriteitenPage } from './features/cyclus/prioriteiten-page.tsx';
import { RondePage } from './features/cyclus/ronde-page.tsx';
import { RondePresentatie } from './features/cyclus/ronde-presentatie.tsx';
import { RondesPage } from './features/cyclus/rondes-page.tsx';
import { ProjectPage } from './features/cyclus/project-page.tsx';
import { StartnotitiePage } from './features/cyclus/startnotitie-page.tsx';
import { UitvoeringsplanPage } from './features/cyclus/uitvoeringsplan-page.tsx';
import { BeleidsketenPage } from './features/cyclus/beleidsketen-page.tsx';
import { RegioPage } from './features/regio/regio-page.tsx';
import { KandidatenPage } from './features/cyclus/kandidaten-page.tsx';
import { LandelijkBeeldPage } from './features/landelijk/landelijk-beeld-page.tsx';
import { LedenPage } from './features/werkruimte/leden-page.tsx';
import { WerkruimteInstellingenPage } from './features/werkruimte/instellingen-page.tsx';
import { OpvolgerPage, TerugblikPage } from './features/werkruimte/opvolging-page.tsx';
import { DashboardPage } from './features/monitoring/dashboard-page.tsx';
import { IndicatorenPage } from './features/monitoring/indicatoren-page.tsx';
import { IndicatorImportPage } from './features/monitoring/indicator-import-page.tsx';
import { MeldingenLink, MeldingenPage } from './features/monitoring/meldingen-page.tsx';
import { MijnVoortgangPage } from './features/monitoring/mijn-voortgang-page.tsx';
import { OverlegPage } from './features/monitoring/overleg-page.tsx';
import { RapportagePage } from './features/monitoring/rapportage-page.tsx';
import { RaadsoverzichtPage } from './features/raad/raadsoverzicht-page.tsx';
import { AfsprakenPage } from './features/cyclus/afspraken-page.tsx';
import { OpenbaarPage } from './features/openbaar/openbaar-page.tsx';
import { OpenbaarBeheerPage } from './features/openbaar/beheer-page.tsx';
import { EvaluatiesPage } from './features/evaluatie/evaluaties-page.tsx';
import { EvaluatiePage } from './features/evaluatie/evaluatie-page.tsx';
import { PolitieCijfersPage } from './features/politie/cijfers-page.tsx';
import { InwonersPage } from './features/inwoners/inwoners-page.tsx';
import { VragenlijstPage } from './features/inwoners/vragenlijst-page.tsx';
import { WijkenPage, WijkPage } from './features/inwoners/wijken-page.tsx';
import { PolitieImportPage } from './features/politie/import-page.tsx';
import { VeiligheidsmonitorPage } from './features/veiligheidsmonitor/veiligheidsmonitor-page.tsx';
import { SectiePage } from './features/analyse/sectie-page.tsx';
import { TweestapsverificatiePage } from './features/toegang/tweestapsverificatie-page.tsx';
import { UitnodigingPage } from './features/toegang/uitnodiging-page.tsx';
import { WerkruimteLayout } from './shared/werkruimte-layout.tsx';
import { WerkruimtePage } from './features/werkruimte/werkruimte-page.tsx';
import { WerkruimtesPage } from './features/werkruimte/werkruimtes-page.tsx';
import { VerklaringPage } from './features/toegankelijkheid/verklaring-page.tsx';
import { NietGevondenPage } from './niet-gevonden-page.tsx';
import { aanmeldpad, SessieProvider, useSessie } from './shared/sessie.tsx';

export function App() {
  return (
    <SessieProvider>
      <Kader />
    </SessieProvider>
  );
}

/** Signed in: name, organisation and "Afmelden"; otherwise a link to the sign-in page. */
function Account() {
  const { toestand, afmelden } = useSessie();
  const navigate = useNavigate();
  const location = useLocation();
  const [fout, setFout] = useState<string | null>(null);
  if (toestand.status === 'laden') return null;
  if (toestand.status !== 'aangemeld') {
    if (location.pathname === '/aanmelden') return null;
    const terug = location.pathname === '/' ? '/werkruimtes' : `${location.pathname}${location.search}`;
    return (
      <div className="kp-account">
        <Link className="kp-account__link" to={aanmeldpad(terug)}>
          Aanmelden
        </Link>
      </div>
    );
  }
  const { gebruiker } = toestand.sessie;
  return (
    <div className="kp-account">
      <p className="kp-account__wie">
        <span className="kp-visually-hidden">Aangemeld als </span>
        <span className="kp-account__naam">{gebruiker.naam}</span>
        <span className="kp-account__organisatie">{gebruiker.organisatie.naam}</span>
      </p>
      <MeldingenLink />
      <button
        type="button"
        className="kp-account__knop"
        onClick={() => {
          setFout(null);
          void afmelden().then((r) => {
            if (r.ok || r.status === 401) navigate('/aanmelden', { state: { afgemeld: true } });
            else setFout(r.probleem.detail ?? 'Afmelden lukte niet.');
          });
        }}
      >
        Afmelden
      </button>
      {fout ? (
        <p className="kp-account__fout" role="alert">
          {fout}
        </p>
      ) : null}
    </div>
  );
}

function Kader() {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const eersteKeer = useRef(true);
  // On a phone the menu and the account sit behind one button, so the page starts right below it.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuKnop = useRef<HTMLButtonElement>(null);
  // After navigating, move focus to the main content so screen reader and keyboard users start there.
  useEffect(() => {
    setMenuOpen(false);
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
          <button
            type="button"
            ref={menuKnop}
            className="kp-menuknop"
            aria-expanded={menuOpen}
            aria-controls="kp-header-menu"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {menuOpen ? 'Menu sluiten' : 'Menu'}
          </button>
          <div
            id="kp-header-menu"
            className="kp-header__menu"
            data-open={menuOpen}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && menuOpen) {
                setMenuOpen(false);
                menuKnop.current?.focus();
              }
            }}
          >
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
              <li>
                <NavLink to="/werkruimtes">Werkruimtes</NavLink>
              </li>
            </ul>
          </nav>
          <Account />
          </div>
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
          <Route path="/openbaar/:gemeentecode" element={<OpenbaarPage />} />
          <Route path="/aanmelden" element={<AanmeldenPage />} />
          <Route path="/tweestapsverificatie" element={<TweestapsverificatiePage />} />
          <Route path="/uitnodiging/:token" element={<UitnodigingPage />} />
          <Route path="/vragenlijst/:id" element={<VragenlijstPage />} />
          <Route path="/werkruimtes" element={<WerkruimtesPage />} />
          <Route path="/meldingen" element={<MeldingenPage />} />
          <Route path="/werkruimtes/:id" element={<WerkruimteLayout />}>
            <Route index element={<WerkruimtePage />} />
            <Route path="secties/:sleutel" element={<SectiePage />} />
            <Route path="leden" element={<LedenPage />} />
            <Route path="instellingen" element={<WerkruimteInstellingenPage />} />
            <Route path="opvolger" element={<OpvolgerPage />} />
            <Route path="terugblik" element={<TerugblikPage />} />
            <Route path="cyclus" element={<CyclusPage />} />
            <Route path="startnotitie" element={<StartnotitiePage />} />
            <Route path="project" element={<ProjectPage />} />
            <Route path="prioriteiten" element={<PrioriteitenPage />} />
            <Route path="prioriteringsrondes" element={<RondesPage />} />
            <Route path="prioriteringsrondes/:rondeId" element={<RondePage />} />
            <Route path="prioriteringsrondes/:rondeId/presentatie" element={<RondePresentatie />} />
            <Route path="ivp" element={<IvpPage />} />
            <Route path="uitvoeringsplan" element={<UitvoeringsplanPage />} />
            <Route path="documenten" element={<DocumentenPage />} />
            <Route path="documenten/:document" element={<DocumentPage />} />
            <Route path="dashboard" element={<DashboardPage />} />
            <Route path="indicatoren" element={<IndicatorenPage />} />
            <Route path="indicatoren/importeren" element={<IndicatorImportPage />} />
            <Route path="voortgangsoverleg" element={<OverlegPage />} />
            <Route path="rapportages" element={<RapportagePage />} />
            <Route path="rapportages/:periode" element={<RapportagePage />} />
            <Route path="beleidsketen" element={<BeleidsketenPage />} />
            <Route path="regio" element={<RegioPage />} />
            <Route path="kandidaten" element={<KandidatenPage />} />
            <Route path="landelijk-beeld" element={<LandelijkBeeldPage />} />
            <Route path="raad" element={<RaadsoverzichtPage />} />
            <Route path="afspraken" element={<AfsprakenPage />} />
            <Route path="openbaar" element={<OpenbaarBeheerPage />} />
            <Route path="evaluaties" element={<EvaluatiesPage />} />
            <Route path="evaluaties/:evaluatieId" element={<EvaluatiePage />} />
            <Route path="mijn-voortgang" element={<MijnVoortgangPage />} />
            <Route path="politiecijfers" element={<PolitieCijfersPage />} />
            <Route path="inwoners" element={<InwonersPage />} />
            <Route path="wijken" element={<WijkenPage />} />
            <Route path="wijken/:code" element={<WijkPage />} />
            <Route path="politiecijfers/import" element={<PolitieImportPage />} />
            <Route path="veiligheidsmonitor" element={<VeiligheidsmonitorPage />} />
          </Route>
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
