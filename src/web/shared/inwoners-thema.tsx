/**
 * What residents said about a theme (issue 18), for the analysis page of the theme: the answers to
 * the questionnaire per wijk as a table and a chart, beside the police figures per wijk, the approved
 * texts and the results of consultations. Fetched from the residents' API; shared because the
 * analysis area shows it.
 */
import { useId } from 'react';
import { Link } from 'react-router';
import { Tabelkader } from './formulier.tsx';
import { datum } from './opmaak.ts';
import { Staafgrafiek } from './staafgrafiek.tsx';
import { useApi } from './use-api.ts';

export interface InwonersBijThemaData {
  themaId: string;
  naam: string;
  vraag: string;
  vragenlijsten: number;
  antwoorden: number;
  perWijk: { code: string; naam: string; inwoners: number; politie: number | null; politieVolledig?: boolean | null; politieDekking?: string | null }[];
  zonderWijk: number;
  politieJaar: number | null;
  dekking: string;
  teksten: { id: string; tekst: string; buurtNaam: string; ontvangenOp: string }[];
  raadplegingen: {
    id: string;
    titel: string;
    soortNaam: string;
    datum: string;
    gebiedNaam: string;
    deelnemers: number | null;
    resultaten: { vraag: string | null; gebiedNaam: string; aandeel: number | null; aantal: number | null }[];
  }[];
}

const getal = (n: number) => n.toLocaleString('nl-NL');

export function InwonersBijThema({ werkruimteId, themaId }: { werkruimteId: string; themaId: string }) {
  const kop = useId().replace(/:/g, '');
  const basis = `/werkruimtes/${encodeURIComponent(werkruimteId)}`;
  const toestand = useApi<InwonersBijThemaData>(`${basis}/inwoners/themas/${encodeURIComponent(themaId)}`);
  if (toestand.status !== 'klaar') return null;
  const d = toestand.data;
  const grafiek = [...d.perWijk].sort((a, b) => b.inwoners - a.inwoners).filter((w) => w.inwoners > 0).slice(0, 8);
  return (
    <section className="kp-section kp-inwoners-thema" aria-labelledby={kop}>
      <h2 className="utrecht-heading-2" id={kop}>
        Wat inwoners zeggen
      </h2>
      {d.antwoorden === 0 && d.raadplegingen.length === 0 ? (
        <p className="utrecht-paragraph">
          Inwoners noemden dit thema nog niet in een vragenlijst of raadpleging. <Link to={`${basis}/inwoners`}>Vraag het hun</Link>.
        </p>
      ) : null}
      {d.antwoorden > 0 ? (
        <>
          <p className="utrecht-paragraph">
            {getal(d.antwoorden)} {d.antwoorden === 1 ? 'antwoord' : 'antwoorden'} op ‘{d.vraag}’ noemde{d.antwoorden === 1 ? '' : 'n'} dit thema
            {d.zonderWijk > 0 ? `; ${getal(d.zonderWijk)} zonder buurt` : ''}. {d.dekking}
          </p>
          {grafiek.length > 0 ? (
            <Staafgrafiek
              titel={`Inwoners die ${d.themaId} ${d.naam} noemden, per wijk`}
              eenheid="aantal antwoorden"
              jaren={grafiek.map((_, i) => i + 1)}
              labels={grafiek.map((w) => w.naam)}
              reeksen={[{ naam: 'Inwoners', waarden: grafiek.map((w) => w.inwoners) }]}
            />
          ) : null}
          {d.perWijk.length > 0 ? (
            <Tabelkader label={`Per wijk: inwoners en politiecijfers bij ${d.naam}`}>
              <table className="utrecht-table kp-table">
                <caption className="kp-visually-hidden">Per wijk: inwoners die het thema noemden en geregistreerde misdrijven</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">Wijk</th>
                    <th scope="col" className="utrecht-table__header-cell kp-getal">Inwoners die het noemden</th>
                    <th scope="col" className="utrecht-table__header-cell kp-getal">Misdrijven (politie{d.politieJaar ? `, ${d.politieJaar}` : ''})</th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {d.perWijk.map((w) => (
                    <tr className="utrecht-table__row" key={w.code}>
                      <th scope="row" className="utrecht-table__cell">
                        <Link to={`${basis}/wijken/${w.code}`}>{w.naam}</Link>
                      </th>
                      <td className="utrecht-table__cell kp-getal">{getal(w.inwoners)}</td>
                      <td className="utrecht-table__cell kp-getal">
                        {w.politie === null ? 'geen cijfers' : getal(w.politie)}
                        {w.politie !== null && w.politieVolledig === false ? <span className="kp-klein"> ({w.politieDekking ?? 'onvolledig'})</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Tabelkader>
          ) : null}
        </>
      ) : null}
      {d.teksten.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">Wat inwoners erover schreven</h3>
          <ul className="kp-inwoners-thema__teksten">
            {d.teksten.slice(0, 10).map((t) => (
              <li key={t.id}>
                <blockquote className="kp-note">{t.tekst}</blockquote>
                <span className="kp-muted">
                  {t.buurtNaam}, {datum(t.ontvangenOp)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.raadplegingen.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">Uit raadplegingen</h3>
          <ul className="utrecht-unordered-list">
            {d.raadplegingen.map((r) => (
              <li key={r.id} className="utrecht-unordered-list__item">
                <strong>{r.titel}</strong> ({r.soortNaam.toLowerCase()}, {datum(r.datum)}
                {r.deelnemers !== null ? `, ${getal(r.deelnemers)} deelnemers` : ''}):{' '}
                {r.resultaten
                  .map((x) => `${x.vraag ? `${x.vraag} ` : ''}${x.gebiedNaam} ${x.aandeel !== null ? `${x.aandeel.toLocaleString('nl-NL')}%` : getal(x.aantal ?? 0)}`)
                  .join('; ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="utrecht-paragraph">
        <Link to={`${basis}/inwoners`}>Alles wat inwoners zeggen</Link> · <Link to={`${basis}/wijken`}>Per wijk</Link>
      </p>
    </section>
  );
}
