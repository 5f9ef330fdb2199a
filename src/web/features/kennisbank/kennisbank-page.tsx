import { Link } from 'react-router';
import type { Aspect, StrategischThema, Veld } from '../../shared/api.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useApi } from '../../shared/use-api.ts';
import { ZoekFormulier } from './zoek-formulier.tsx';

export function KennisbankPage() {
  usePaginatitel('Kennisbank');
  const velden = useApi<{ velden: Veld[] }>('/velden');
  const aspecten = useApi<{ aanpakaspecten: Aspect[] }>('/aanpakaspecten');
  const strategisch = useApi<{ strategischeThemas: StrategischThema[] }>('/strategische-themas');
  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Kennisbank' }]} />
      <h1 className="utrecht-heading-1">Kennisbank Kernbeleid Veiligheid</h1>
      <p className="utrecht-paragraph kp-lead">
        De methode deelt lokale veiligheid in vijf veiligheidsvelden met samen 22 thema&apos;s. Kies een thema
        voor uitleg, de rol van de gemeente, partners, wetgeving, maatregelen en effectindicatoren.
      </p>
      <ZoekFormulier />
      <h2 className="utrecht-heading-2" id="velden">
        Velden en thema&apos;s
      </h2>
      <Laden toestand={velden}>
        {({ velden: lijst }) => (
          <div className="kp-grid" aria-labelledby="velden">
            {lijst.map((veld) => (
              <section key={veld.nummer} className={`kp-card kp-veld-${veld.nummer}`} aria-labelledby={`veld-${veld.nummer}`}>
                <h3 className="utrecht-heading-3" id={`veld-${veld.nummer}`}>
                  {veld.nummer}. {veld.naam}
                </h3>
                <ul>
                  {veld.themas.map((t) => (
                    <li key={t.id}>
                      <Link className="utrecht-link" to={`/kennisbank/themas/${t.id}`}>
                        {t.id} {t.naam}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </Laden>
      <h2 className="utrecht-heading-2">Aanpak-aspecten van veld 1</h2>
      <p className="utrecht-paragraph">
        Voor de veilige woon- en leefomgeving beschrijft de methode de aanpak niet per thema, maar langs zes
        vaste aspecten.
      </p>
      <Laden toestand={aspecten}>
        {({ aanpakaspecten }) => (
          <ol className="utrecht-ordered-list">
            {aanpakaspecten.map((a) => (
              <li className="utrecht-ordered-list__item" key={a.id}>
                <Link className="utrecht-link" to={`/kennisbank/aspecten/${a.id}`}>
                  {a.naam}
                </Link>
              </li>
            ))}
          </ol>
        )}
      </Laden>
      <h2 className="utrecht-heading-2">Strategische thema&apos;s</h2>
      <p className="utrecht-paragraph">
        Drie thema&apos;s lopen dwars door alle velden en krijgen een eigen plaats in het veiligheidsplan.
      </p>
      <Laden toestand={strategisch}>
        {({ strategischeThemas }) => (
          <ul className="utrecht-unordered-list">
            {strategischeThemas.map((s) => (
              <li className="utrecht-unordered-list__item" key={s.id}>
                <Link className="utrecht-link" to={`/kennisbank/strategische-themas/${s.id}`}>
                  {s.naam}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Laden>
    </>
  );
}
