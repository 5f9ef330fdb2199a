/** A document model's blocks as accessible HTML: the document page of the cycle and the progress reports of step 6 show them. */
import type { Blok } from '../../domain/cyclus/document.ts';
import { Tabelkader } from './formulier.tsx';

function Alineas({ tekst }: { tekst: string }) {
  return (
    <>
      {tekst.split(/\n\s*\n/).map((a, i) => (
        <p key={i} className="utrecht-paragraph kp-voorgevormd">
          {a}
        </p>
      ))}
    </>
  );
}

/** The accessible HTML form of a document: real headings (h2-h4 under the page's h1), lists and tables with headers. */
export function Blokken({ blokken }: { blokken: Blok[] }) {
  return (
    <>
      {blokken.map((b, i) => {
        switch (b.soort) {
          case 'kop': {
            const tekst = b.nummer ? `${b.nummer} ${b.tekst}` : b.tekst;
            if (b.niveau === 1) return <h2 key={i} className="utrecht-heading-2">{tekst}</h2>;
            if (b.niveau === 2) return <h3 key={i} className="utrecht-heading-3">{tekst}</h3>;
            return <h4 key={i} className="utrecht-heading-4">{tekst}</h4>;
          }
          case 'alinea':
            return <Alineas key={i} tekst={b.tekst} />;
          case 'leeg':
            return (
              <p key={i} className="utrecht-paragraph kp-muted">
                <em>{b.tekst}</em>
              </p>
            );
          case 'lijst':
            return (
              <ul key={i} className="utrecht-unordered-list">
                {b.items.map((x, j) => (
                  <li key={j} className="utrecht-unordered-list__item">
                    {x}
                  </li>
                ))}
              </ul>
            );
          case 'tabel':
            return (
              <Tabelkader key={i} label={b.bijschrift}>
                <table className="utrecht-table kp-table">
                  <caption className="utrecht-table__caption">{b.bijschrift}</caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      {b.kolommen.map((k) => (
                        <th key={k} scope="col" className="utrecht-table__header-cell">
                          {k}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {b.rijen.map((r, j) => (
                      <tr key={j} className="utrecht-table__row">
                        {r.map((c, k) => (
                          <td key={k} className="utrecht-table__cell">
                            {c}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Tabelkader>
            );
        }
      })}
    </>
  );
}
