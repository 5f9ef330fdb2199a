import { Tabelkader } from '../../shared/formulier.tsx';
import { Link, useParams } from 'react-router';
import type { Thema } from '../../shared/api.ts';
import { Kruimelpad, Laden, Lijst, usePaginatitel } from '../../shared/page.tsx';
import { useApi } from '../../shared/use-api.ts';
import { AanpakSecties } from './aanpak-secties.tsx';

const bronNaam = {
  politieregistratie: 'Politieregistratie',
  veiligheidsmonitor: 'Veiligheidsmonitor',
  gemeente: 'Gemeente',
  overig: 'Overig',
} as const;

export function ThemaPage() {
  const { id = '' } = useParams();
  const thema = useApi<Thema>(`/themas/${encodeURIComponent(id)}`);
  usePaginatitel(thema.status === 'klaar' ? `${thema.data.id} ${thema.data.naam}` : thema.status === 'fout' ? 'Thema niet gevonden' : undefined);
  return (
    <>
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Kennisbank', naar: '/kennisbank' },
          { naam: thema.status === 'klaar' ? `Thema ${thema.data.id}` : 'Thema' },
        ]}
      />
      <Laden toestand={thema}>
        {(t) => (
          <article>
            <p className="utrecht-paragraph kp-muted">
              Veld {t.veld}: {t.veldnaam}
            </p>
            <h1 className="utrecht-heading-1">
              {t.id} {t.naam}
            </h1>
            {t.uitleg.map((alinea, i) => (
              <p className="utrecht-paragraph" key={i}>
                {alinea}
              </p>
            ))}
            {t.aanpak ? (
              <AanpakSecties aanpak={t.aanpak} />
            ) : (
              <div className="kp-note">
                <p className="utrecht-paragraph">
                  Bij de thema&apos;s van veld 1 beschrijft de methode de aanpak langs zes vaste aspecten:{' '}
                  <Link className="utrecht-link" to="/kennisbank/aspecten/1">infrastructuur</Link>,{' '}
                  <Link className="utrecht-link" to="/kennisbank/aspecten/2">investeren in fysieke kwaliteit</Link>,{' '}
                  <Link className="utrecht-link" to="/kennisbank/aspecten/3">investeren in sociale kwaliteit</Link>,{' '}
                  <Link className="utrecht-link" to="/kennisbank/aspecten/4">betrekken bewoners</Link>,{' '}
                  <Link className="utrecht-link" to="/kennisbank/aspecten/5">toezicht en handhaving</Link> en{' '}
                  <Link className="utrecht-link" to="/kennisbank/aspecten/6">aanpak van specifieke criminaliteitsfenomenen</Link>.
                </p>
              </div>
            )}
            <section className="kp-section" aria-labelledby="effectinformatie">
              <h2 className="utrecht-heading-2" id="effectinformatie">
                Bronnen voor effectinformatie
              </h2>
              <Lijst items={t.effectinformatie} />
            </section>
            <section className="kp-section" aria-labelledby="indicatoren">
              <h2 className="utrecht-heading-2" id="indicatoren">
                Mogelijke effectindicatoren
              </h2>
              {t.effectindicatoren.length === 0 ? (
                <p className="utrecht-paragraph kp-muted">De methode noemt hier geen indicatoren.</p>
              ) : (
                <Tabelkader label="Effectindicatoren">
<table className="kp-table">
                  <caption className="kp-muted">
                    Effectindicatoren met hun bron en of ze objectief of subjectief zijn
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Indicator</th>
                      <th scope="col">Bron</th>
                      <th scope="col">Aard</th>
                    </tr>
                  </thead>
                  <tbody>
                    {t.effectindicatoren.map((ind, i) => (
                      <tr key={i}>
                        <td>{ind.naam}</td>
                        <td>
                          {bronNaam[ind.bron]}
                          {ind.bronToelichting ? <span className="kp-muted"> ({ind.bronToelichting})</span> : null}
                        </td>
                        <td>{ind.aard === 'objectief' ? 'Objectief' : 'Subjectief'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
</Tabelkader>
              )}
            </section>
            <section className="kp-section" aria-labelledby="raakvlakken">
              <h2 className="utrecht-heading-2" id="raakvlakken">
                Raakvlakken met andere thema&apos;s
              </h2>
              <Lijst
                items={t.raakvlakken.map((r) => (
                  <Link className="utrecht-link" to={`/kennisbank/themas/${r.id}`}>
                    {r.id} {r.naam}
                  </Link>
                ))}
              />
            </section>
            <section className="kp-section" aria-labelledby="methoden">
              <h2 className="utrecht-heading-2" id="methoden">
                Methoden voor dit thema
              </h2>
              <Lijst
                leeg="De methodencatalogus heeft geen methode die specifiek dit thema dient."
                items={t.methoden.map((m) => (
                  <Link className="utrecht-link" to={`/methoden/${m.id}`}>
                    {m.naam}
                  </Link>
                ))}
              />
            </section>
          </article>
        )}
      </Laden>
    </>
  );
}
