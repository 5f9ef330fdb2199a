/**
 * Under the summary of an import of police figures (issue 16, point 2): per imported region level and
 * period which themes and fields are complete and which are "onvolledig" (only part of their crime
 * types in the file), e.g. "Thema 1.3 …: onvolledig (1 van 22 soorten: alleen 1.2.3)". One sentence
 * when everything is complete (a full export). Same rule as the figures pages (domain/politie/dekking.ts).
 */
import { useId } from 'react';
import { dekkingTekst } from '../../../domain/politie/samenvatting.ts';
import type { ImportSamenvatting } from '../../shared/politie-gegevens.ts';

/** "Thema 1.3 …: onvolledig (…)" with the word "onvolledig" as the same marker the figures pages use. */
function Regel({ tekst }: { tekst: string }) {
  const i = tekst.indexOf(': onvolledig (');
  if (i < 0) return <>{tekst}</>;
  return (
    <>
      <strong>{tekst.slice(0, i)}</strong>: <span className="kp-politie-dekkinglabel">onvolledig</span> {tekst.slice(i + ': onvolledig '.length)}
    </>
  );
}

export function ImportDekking({ s }: { s: ImportSamenvatting }) {
  const id = useId().replace(/:/g, '');
  if (!s.dekking) return null;
  const tekst = dekkingTekst(s.dekking);
  return (
    <section className="kp-card kp-politie-importdekking" style={{ marginBlock: '1rem' }} aria-labelledby={`${id}-kop`}>
      <h2 className="utrecht-heading-2" id={`${id}-kop`}>
        Dekking per thema en veld{s.dekking.alleVolledig ? '' : ': niet alles volledig'}
      </h2>
      {s.dekking.alleVolledig ? (
        <p className="utrecht-paragraph">{tekst[0]!.kop}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            Een thema of veld is volledig als al zijn soorten misdrijf een aantal hebben (ook 0) voor elke regio en periode. Een onvolledig cijfer is een som over een deel van de soorten,
            niet het hele thema: Kernplan zet er &lsquo;onvolledig&rsquo; bij en vergelijkt of rangschikt het niet.
          </p>
          {tekst.map((g) => (
            <div key={g.kop} className="kp-politie-dekking">
              <h3 className="utrecht-heading-3">{g.kop.replace(/:$/, '')}</h3>
              <ul className="utrecht-unordered-list">
                {g.regels.map((r) => (
                  <li key={r} className="utrecht-unordered-list__item">
                    <Regel tekst={r} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
