import { Tabelkader } from '../../shared/formulier.tsx';
import { Link, useParams } from 'react-router';
import type { StrategischThema } from '../../shared/api.ts';
import { Kruimelpad, Laden, Lijst, usePaginatitel } from '../../shared/page.tsx';
import { useApi } from '../../shared/use-api.ts';

export function StrategischThemaPage() {
  const { id = '' } = useParams();
  const lijst = useApi<{ strategischeThemas: StrategischThema[] }>('/strategische-themas');
  const thema = lijst.status === 'klaar' ? lijst.data.strategischeThemas.find((s) => s.id === id) : undefined;
  usePaginatitel(thema?.naam ?? (lijst.status === 'klaar' ? 'Strategisch thema niet gevonden' : undefined));
  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Kennisbank', naar: '/kennisbank' }, { naam: 'Strategisch thema' }]} />
      <Laden toestand={lijst}>
        {() =>
          thema ? (
            <article>
              <p className="utrecht-paragraph kp-muted">Strategisch thema van de zesde editie</p>
              <h1 className="utrecht-heading-1">{thema.naam}</h1>
              {thema.uitleg.map((alinea, i) => (
                <p className="utrecht-paragraph" key={i}>
                  {alinea}
                </p>
              ))}
              <section className="kp-section" aria-labelledby="plaats">
                <h2 className="utrecht-heading-2" id="plaats">
                  Plaats in het proces en het IVP
                </h2>
                <Tabelkader label="Plaats in het proces en het IVP">
<table className="kp-table">
                  <thead>
                    <tr>
                      <th scope="col">Onderdeel</th>
                      <th scope="col">Wat het thema daar vraagt</th>
                    </tr>
                  </thead>
                  <tbody>
                    {thema.plaatsInIvp.map((p) => (
                      <tr key={p.onderdeel}>
                        <th scope="row">{p.onderdeel}</th>
                        <td>{p.wat}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
</Tabelkader>
              </section>
              <section className="kp-section" aria-labelledby="raakvlakken">
                <h2 className="utrecht-heading-2" id="raakvlakken">
                  Raakvlakken met thema&apos;s
                </h2>
                <Lijst
                  items={thema.raakvlakken.map((r) => (
                    <Link className="utrecht-link" to={`/kennisbank/themas/${r.id}`}>
                      {r.id} {r.naam}
                    </Link>
                  ))}
                />
              </section>
              <section className="kp-section" aria-labelledby="instrumenten">
                <h2 className="utrecht-heading-2" id="instrumenten">
                  Instrumenten en websites
                </h2>
                <Lijst
                  items={thema.instrumenten.map((i) => (
                    <>
                      {i.url ? (
                        <a className="utrecht-link" href={i.url} rel="noopener noreferrer">
                          {i.naam}
                        </a>
                      ) : (
                        <strong>{i.naam}</strong>
                      )}
                      {i.toelichting ? <> — {i.toelichting}</> : null}
                    </>
                  ))}
                />
              </section>
            </article>
          ) : (
            <div className="kp-error" role="alert">
              <p className="utrecht-paragraph">
                <strong>Niet gevonden.</strong> Er is geen strategisch thema &lsquo;{id}&rsquo;.
              </p>
            </div>
          )
        }
      </Laden>
    </>
  );
}
