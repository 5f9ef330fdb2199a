import { Kruimelpad, usePaginatitel } from '../../shared/page.tsx';

export function VerklaringPage() {
  usePaginatitel('Toegankelijkheidsverklaring');
  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Toegankelijkheidsverklaring' }]} />
      <h1 className="utrecht-heading-1">Toegankelijkheidsverklaring</h1>
      <p className="utrecht-paragraph kp-lead">
        Kernplan wil voor iedereen bruikbaar zijn, ook voor mensen die een schermlezer, vergroting of alleen het
        toetsenbord gebruiken.
      </p>
      <h2 className="utrecht-heading-2">Welke norm</h2>
      <p className="utrecht-paragraph">
        Overheidswebsites en -applicaties moeten wettelijk voldoen aan WCAG 2.1 niveau AA (via de Europese norm
        EN 301 549 en het Besluit digitale toegankelijkheid overheid). Kernplan streeft naar WCAG 2.2 niveau AA.
      </p>
      <h2 className="utrecht-heading-2">Hoe we testen</h2>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          Bij elke wijziging opent een geautomatiseerde test de kennisbank, de methodencatalogus en een
          themapagina in Chromium en controleert ze met axe-core op de regels van WCAG 2.0, 2.1 en 2.2 niveau A
          en AA. Een ernstige of kritieke bevinding laat de test falen.
        </li>
        <li className="utrecht-unordered-list__item">
          Dezelfde test bedient de filters van de methodencatalogus met het toetsenbord.
        </li>
        <li className="utrecht-unordered-list__item">
          Kleuren zijn gekozen op een contrast van minstens 4,5 : 1 voor tekst; elk element dat focus krijgt,
          heeft een duidelijk zichtbare focusrand.
        </li>
        <li className="utrecht-unordered-list__item">
          Elke pagina heeft een eigen titel, een link &ldquo;Direct naar de inhoud&rdquo;, een logische kopstructuur
          en een kruimelpad. Na het wisselen van pagina komt de focus op de inhoud.
        </li>
      </ul>
      <h2 className="utrecht-heading-2">Bekende beperkingen</h2>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          Er is nog geen onderzoek door een onafhankelijke, gespecialiseerde partij gedaan; geautomatiseerde
          tests vinden maar een deel van de mogelijke problemen.
        </li>
        <li className="utrecht-unordered-list__item">
          Er is nog niet met gebruikers van hulptechnologie getest (schermlezers als NVDA, JAWS en VoiceOver).
        </li>
        <li className="utrecht-unordered-list__item">
          Websites van derden waar de kennisbank naar verwijst, vallen buiten deze verklaring.
        </li>
      </ul>
      <h2 className="utrecht-heading-2">Een probleem melden</h2>
      <p className="utrecht-paragraph">
        Loopt u tegen een toegankelijkheidsprobleem aan? Meld het bij de beheerder van deze Kernplan-installatie
        in uw organisatie; die geeft het door aan het Kernplan-team. Beschrijf op welke pagina het was en wat u
        probeerde te doen.
      </p>
      <p className="utrecht-paragraph kp-muted">Deze verklaring is opgesteld op 23 november 2026.</p>
    </>
  );
}
