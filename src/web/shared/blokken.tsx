/** A document model's blocks as accessible HTML: the document page of the cycle and the progress reports of step 6 show them. */
import type { ReactNode } from 'react';
import type { Blok } from '../../domain/cyclus/document.ts';
import type { Tekstdeel } from '../../domain/tekst/rijk.ts';
import { Tabelkader } from './formulier.tsx';

/** Tekst met opmaak: vet, cursief, links (alleen http(s) en mailto, al gecontroleerd in het domein). */
export function Delen({ delen }: { delen: Tekstdeel[] }) {
  return (
    <>
      {delen.map((d, i) => {
        let inhoud: ReactNode = d.tekst.split('\n').flatMap((regel, j) => (j === 0 ? [regel] : [<br key={`b${j}`} />, regel]));
        if (d.cursief) inhoud = <em>{inhoud}</em>;
        if (d.vet) inhoud = <strong>{inhoud}</strong>;
        if (d.link) inhoud = <a href={d.link} className="utrecht-link" rel="noopener noreferrer">{inhoud}</a>;
        return <span key={i}>{inhoud}</span>;
      })}
    </>
  );
}

type RijkItem = { delen: Tekstdeel[]; niveau: number; genummerd: boolean };

/** Lijstitems met een niveau als geneste <ul>/<ol>. */
function RijkeLijst({ items }: { items: RijkItem[] }) {
  const bouw = (van: number, niveau: number): [ReactNode, number] => {
    const genummerd = items[van]?.genummerd ?? false;
    const kinderen: ReactNode[] = [];
    let i = van;
    while (i < items.length && items[i]!.niveau >= niveau) {
      const item = items[i]!;
      if (item.niveau > niveau) {
        const [sub, volgende] = bouw(i, item.niveau);
        kinderen.push(<li key={`s${i}`} className="utrecht-unordered-list__item kp-lijst-genest">{sub}</li>);
        i = volgende;
        continue;
      }
      let sub: ReactNode = null;
      let volgende = i + 1;
      if (items[volgende] && items[volgende]!.niveau > niveau) [sub, volgende] = bouw(volgende, items[volgende]!.niveau);
      kinderen.push(
        <li key={i} className={genummerd ? 'utrecht-ordered-list__item' : 'utrecht-unordered-list__item'}>
          <Delen delen={item.delen} />
          {sub}
        </li>,
      );
      i = volgende;
    }
    return [genummerd ? <ol className="utrecht-ordered-list">{kinderen}</ol> : <ul className="utrecht-unordered-list">{kinderen}</ul>, i];
  };
  return <>{bouw(0, items[0]?.niveau ?? 0)[0]}</>;
}

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
            if (b.delen && b.delen.length > 0)
              return (
                <p key={i} className="utrecht-paragraph">
                  <Delen delen={b.delen} />
                </p>
              );
            return <Alineas key={i} tekst={b.tekst} />;
          case 'leeg':
            return (
              <p key={i} className="utrecht-paragraph kp-muted">
                <em>{b.tekst}</em>
              </p>
            );
          case 'lijst':
            if (b.rijk && b.rijk.length > 0) return <RijkeLijst key={i} items={b.rijk} />;
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
              <Tabelkader key={i} label={b.bijschrift || 'Tabel'}>
                <table className="utrecht-table kp-table">
                  {b.bijschrift ? <caption className="utrecht-table__caption">{b.bijschrift}</caption> : null}
                  {b.kolommen.length > 0 ? (
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        {b.kolommen.map((k, j) => (
                          <th key={j} scope="col" className="utrecht-table__header-cell">
                            {k}
                          </th>
                        ))}
                      </tr>
                    </thead>
                  ) : null}
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
