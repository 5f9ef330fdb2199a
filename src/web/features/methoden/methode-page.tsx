import { Link, useParams } from 'react-router';
import {
  objectLabels,
  partijLabels,
  probleemLabels,
  rolLabels,
  samenwerkingLabels,
  veldLabels,
} from '../../../domain/methoden/labels.ts';
import { Kruimelpad, Laden, Lijst, usePaginatitel } from '../../shared/page.tsx';
import { useApi } from '../../shared/use-api.ts';
import { BewijsLabel, BewijsUitleg, type MethodeMetBewijs } from './bewijs.tsx';

function opsomming(waarden: string[], leeg: string): string {
  return waarden.length === 0 ? leeg : waarden.join(', ');
}

export function MethodePage() {
  const { id = '' } = useParams();
  const methode = useApi<MethodeMetBewijs>(`/methoden/${encodeURIComponent(id)}`);
  usePaginatitel(methode.status === 'klaar' ? methode.data.naam : methode.status === 'fout' ? 'Methode niet gevonden' : undefined);
  return (
    <>
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Methodencatalogus', naar: '/methoden' },
          { naam: methode.status === 'klaar' ? methode.data.naam : 'Methode' },
        ]}
      />
      <Laden toestand={methode}>
        {(m) => (
          <article>
            <h1 className="utrecht-heading-1">
              {m.naam}
              {m.afkorting ? ` (${m.afkorting})` : ''}
            </h1>
            <p className="utrecht-paragraph kp-lead">{m.doel}</p>
            <section className="kp-section" aria-labelledby="bewijs">
              <h2 className="utrecht-heading-2" id="bewijs">
                Werkt het?
              </h2>
              <p className="utrecht-paragraph">
                Bewijs: <BewijsLabel bewijs={m.bewijs} />
              </p>
              <p className="utrecht-paragraph">{m.bewijs.toelichting}</p>
              <p className="utrecht-paragraph kp-bewijs-regel">
                <strong>Bron:</strong> {m.bewijs.bron}
              </p>
              <BewijsUitleg />
            </section>
            <section className="kp-section" aria-labelledby="indeling">
              <h2 className="utrecht-heading-2" id="indeling">
                Indeling
              </h2>
              <table className="kp-table">
                <tbody>
                  <tr>
                    <th scope="row">Veiligheidsveld</th>
                    <td>{opsomming(m.velden.map((v) => `${v}. ${veldLabels[String(v) as keyof typeof veldLabels]}`), 'Overige (veldoverstijgend)')}</td>
                  </tr>
                  <tr>
                    <th scope="row">Gericht op</th>
                    <td>{objectLabels[m.object]}</td>
                  </tr>
                  <tr>
                    <th scope="row">Type samenwerking</th>
                    <td>{opsomming(m.samenwerking.map((s) => samenwerkingLabels[s]), 'Niet ingedeeld')}</td>
                  </tr>
                  <tr>
                    <th scope="row">Rol van de gemeente</th>
                    <td>{opsomming(m.rollen.map((r) => rolLabels[r]), 'Niet aangegeven')}</td>
                  </tr>
                  <tr>
                    <th scope="row">Betrokken partijen</th>
                    <td>{opsomming(m.partijen.map((p) => partijLabels[p]), 'Niet aangegeven')}</td>
                  </tr>
                  <tr>
                    <th scope="row">Problemen</th>
                    <td>{opsomming(m.problemen.map((p) => probleemLabels[p]), 'Geen specifiek probleem aangegeven')}</td>
                  </tr>
                </tbody>
              </table>
            </section>
            <section className="kp-section" aria-labelledby="werkwijze">
              <h2 className="utrecht-heading-2" id="werkwijze">
                Werkwijze
              </h2>
              {m.werkwijze.map((alinea, i) => (
                <p className="utrecht-paragraph" key={i}>
                  {alinea}
                </p>
              ))}
            </section>
            <section className="kp-section" aria-labelledby="stappen">
              <h2 className="utrecht-heading-2" id="stappen">
                Stappen
              </h2>
              <ol className="kp-steps">
                {m.stappen.map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ol>
            </section>
            <section className="kp-section" aria-labelledby="themas">
              <h2 className="utrecht-heading-2" id="themas">
                Thema&apos;s van Kernbeleid Veiligheid
              </h2>
              <Lijst
                items={m.themas.map((t) => (
                  <Link className="utrecht-link" to={`/kennisbank/themas/${t.id}`}>
                    {t.id} {t.naam}
                  </Link>
                ))}
              />
            </section>
            {m.meerInformatie ? (
              <section className="kp-section" aria-labelledby="meer">
                <h2 className="utrecht-heading-2" id="meer">
                  Meer informatie
                </h2>
                <p className="utrecht-paragraph">{m.meerInformatie}</p>
              </section>
            ) : null}
          </article>
        )}
      </Laden>
    </>
  );
}
