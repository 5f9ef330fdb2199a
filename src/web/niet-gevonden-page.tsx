import { Link } from 'react-router';
import { usePaginatitel } from './shared/page.tsx';

export function NietGevondenPage() {
  usePaginatitel('Pagina niet gevonden');
  return (
    <>
      <h1 className="utrecht-heading-1">Pagina niet gevonden</h1>
      <p className="utrecht-paragraph">
        Deze pagina bestaat niet (meer). Ga naar de{' '}
        <Link className="utrecht-link" to="/kennisbank">
          Kennisbank
        </Link>{' '}
        of de{' '}
        <Link className="utrecht-link" to="/methoden">
          methodencatalogus
        </Link>
        .
      </p>
    </>
  );
}
