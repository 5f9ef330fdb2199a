import { Link, useSearchParams } from 'react-router';
import type { Zoekresultaat } from '../../shared/api.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useApi } from '../../shared/use-api.ts';
import { ZoekFormulier } from './zoek-formulier.tsx';

const soortNaam: Record<Zoekresultaat['soort'], string> = {
  thema: 'Thema',
  aspect: 'Aanpak-aspect',
  'strategisch-thema': 'Strategisch thema',
  methode: 'Methode',
};

function linkVoor(r: Zoekresultaat): string {
  switch (r.soort) {
    case 'thema':
      return `/kennisbank/themas/${r.id}`;
    case 'aspect':
      return `/kennisbank/aspecten/${r.id}`;
    case 'strategisch-thema':
      return `/kennisbank/strategische-themas/${r.id}`;
    case 'methode':
      return `/methoden/${r.id}`;
  }
}

export function ZoekPage() {
  const [params] = useSearchParams();
  const zoek = (params.get('zoek') ?? '').trim();
  usePaginatitel(zoek ? `Zoekresultaten voor "${zoek}"` : 'Zoeken');
  const resultaten = useApi<{ zoekresultaten: Zoekresultaat[] }>(
    zoek ? `/zoekresultaten?zoek=${encodeURIComponent(zoek)}` : null,
  );
  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Kennisbank', naar: '/kennisbank' }, { naam: 'Zoeken' }]} />
      <h1 className="utrecht-heading-1">Zoeken</h1>
      <ZoekFormulier key={zoek} beginwaarde={zoek} />
      {zoek === '' ? (
        <p className="utrecht-paragraph">Typ een woord, bijvoorbeeld &ldquo;ondermijning&rdquo;, &ldquo;winkeldiefstal&rdquo; of &ldquo;cameratoezicht&rdquo;.</p>
      ) : (
        <Laden toestand={resultaten}>
          {({ zoekresultaten }) => (
            <>
              <p className="utrecht-paragraph" role="status">
                {zoekresultaten.length === 0
                  ? `Niets gevonden voor "${zoek}". Probeer een ander of korter woord.`
                  : `${zoekresultaten.length} ${zoekresultaten.length === 1 ? 'resultaat' : 'resultaten'} voor "${zoek}".`}
              </p>
              <ul className="kp-results">
                {zoekresultaten.map((r) => (
                  <li key={`${r.soort}-${r.id}`}>
                    <h2 className="utrecht-heading-3">
                      <Link className="utrecht-link" to={linkVoor(r)}>
                        {r.titel}
                      </Link>
                    </h2>
                    <p className="utrecht-paragraph kp-muted">{soortNaam[r.soort]}</p>
                    <p className="utrecht-paragraph">{r.fragment}</p>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Laden>
      )}
    </>
  );
}
