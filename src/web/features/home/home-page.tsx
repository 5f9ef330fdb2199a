import { Link } from 'react-router';
import { usePaginatitel } from '../../shared/page.tsx';

export function HomePage() {
  usePaginatitel('Welkom');
  return (
    <>
      <h1 className="utrecht-heading-1">Kernplan</h1>
      <p className="utrecht-paragraph kp-lead">
        Kernplan is de werkplek waarin een gemeente samen met politie, OM en andere partners haar integraal
        veiligheidsplan opstelt, uitvoert en verantwoordt volgens de methode Kernbeleid Veiligheid. De
        kennisbank geeft per veiligheidsthema wat de methode aanreikt: uitleg, rol van de gemeente, partners,
        wetgeving, maatregelen en effectindicatoren.
      </p>
      <div className="kp-actions">
        <Link className="kp-button-link" to="/kennisbank">
          Naar de Kennisbank
        </Link>
        <Link className="kp-button-link kp-button-link--secondary" to="/methoden">
          Methodencatalogus
        </Link>
      </div>
      <h2 className="utrecht-heading-2">Wat u hier vindt</h2>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          De vijf veiligheidsvelden en 22 thema&apos;s van Kernbeleid Veiligheid, met de zes aanpak-aspecten
          van de veilige woon- en leefomgeving en de drie strategische thema&apos;s.
        </li>
        <li className="utrecht-unordered-list__item">
          26 beproefde veiligheidsmethoden, te filteren op veld, object, samenwerking, rol van de gemeente,
          betrokken partijen en probleem.
        </li>
        <li className="utrecht-unordered-list__item">Zoeken door alles heen, zonder op hoofdletters of accenten te letten.</li>
      </ul>
    </>
  );
}
