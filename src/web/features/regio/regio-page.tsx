/**
 * Stapeling en regionale doelen (issue 17, punt 1; ADR 0023): in een regionale werkruimte de
 * prioriteiten van de lidgemeenten naast de regionale thema's en de 22 thema's, met de hiaten in
 * woorden, en de regionale streeftabel met per gemeente de lokale indicator die eraan hangt. De
 * stapeling ook als CSV en Word, de streeftabel als Word.
 */
import { Link } from 'react-router';
import { statusNamen } from '../../../domain/monitoring/typen.ts';
import { naamVanKoppeling } from '../../../domain/regio/stapeling.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Tabelkader } from '../../shared/formulier.tsx';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useBron } from '../../shared/use-api.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { RegioGrafiek } from './regio-grafiek.tsx';
import './regio.css';

interface Cel {
  gemeentecode: string;
  gemeentenaam: string;
  prioriteiten: { id: string; titel: string; gelezen: boolean }[];
}
interface Rij {
  id: string;
  naam: string;
  soort: 'regiothema' | 'thema' | 'strategisch-thema';
  koppelingen: string[];
  aantal: number;
  gemeenten: Cel[];
  regiothemaIds: string[];
}
interface Stapeling {
  gemeenten: { totaal: number; metPlan: number; vastgesteld: number; concept: number };
  plannen: { gemeentecode: string; gemeentenaam: string; status: string; statusNaam: string; werkruimteId: string | null; werkruimteNaam: string | null; vastgesteldOp: string | null; aantalPrioriteiten: number }[];
  regiothemas: Rij[];
  themas: Rij[];
  hiaten: {
    regiothemasZonderGemeente: { id: string; titel: string }[];
    lokaalZonderRegio: { gemeentecode: string; gemeentenaam: string; id: string; titel: string; koppelingen: string[] }[];
    gemeentenZonderPlan: { gemeentecode: string; gemeentenaam: string; status: string }[];
  };
}
interface Regel {
  naam: string;
  eenheid: string;
  referentie: string;
  referentiejaar: number | null;
  referentiewaarde: number | null;
  waarden: Record<string, number | null>;
  streef: Record<string, string>;
  meting: Record<string, string>;
  status: 'op-koers' | 'achter' | 'onbekend';
  statusTekst: string;
}
interface Streeftabel {
  jaren: number[];
  rijen: (Regel & { indicatorId: string; hoortBij: string; lokaal: (Regel & { gemeentenaam: string; werkruimteId: string; indicatorId: string })[] })[];
}

const datum = (iso: string) => new Date(`${iso}T12:00:00`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

function Gemeenten({ cellen }: { cellen: Cel[] }) {
  if (cellen.length === 0) return <span className="kp-muted">geen enkele lidgemeente</span>;
  return (
    <ul className="kp-compacte-lijst">
      {cellen.map((c) => (
        <li key={c.gemeentecode}>
          <strong>{c.gemeentenaam}:</strong>{' '}
          {c.prioriteiten.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? '; ' : ''}
              {p.titel}
              {p.gelezen ? <em> (gelezen uit de titel)</em> : null}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

function Cel({ r, jaar }: { r: Regel; jaar: number }) {
  const streef = r.streef[jaar];
  const meting = r.meting[jaar];
  if (!streef && !meting) return <span className="kp-muted">–</span>;
  return (
    <>
      {streef ? <span>doel {streef}</span> : null}
      {streef && meting ? <br /> : null}
      {meting ? <span>gemeten {meting}</span> : null}
    </>
  );
}

export function RegioPage() {
  const { werkruimte, lid } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  usePaginatitel(`Stapeling en regionale doelen – ${werkruimte.naam}`);
  const magStapeling = mag(lid, 'cyclus.lezen') && werkruimte.regio !== null;
  const magDoelen = mag(lid, 'dashboard.lezen') && werkruimte.regio !== null;
  const stapeling = useBron<Stapeling>(magStapeling ? `${basis}/stapeling` : null);
  const doelen = useBron<Streeftabel>(magDoelen ? `${basis}/regionale-streeftabel` : null);
  const { vernieuw: vernieuwStapeling } = stapeling;
  const { vernieuw: vernieuwDoelen } = doelen;
  useLiveBericht((b) => {
    if (b.type === 'werkruimte' || b.type === 'opnieuw-verbonden') {
      if (magStapeling) void vernieuwStapeling();
      if (magDoelen) void vernieuwDoelen();
    }
  });
  const kruimels = [{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Stapeling en regionale doelen' }];

  if (!werkruimte.regio) {
    return (
      <>
        <Kruimelpad kruimels={kruimels} />
        <h1 className="utrecht-heading-1">Stapeling en regionale doelen</h1>
        <div className="kp-note">
          <p className="utrecht-paragraph">Deze werkruimte is het plan van een gemeente. De stapeling van lokale plannen en de regionale streefwaarden staan in een regionale werkruimte.</p>
        </div>
      </>
    );
  }

  return (
    <>
      <Kruimelpad kruimels={kruimels} />
      <h1 className="utrecht-heading-1">Stapeling en regionale doelen</h1>
      <CyclusNavigatie huidig="regio" />
      <p className="utrecht-paragraph kp-lead">
        {werkruimte.regio.soortNaam} met {werkruimte.regio.gemeenten.length} gemeenten. Hier ziet u wat de gemeenten prioriteren naast de regionale thema's, waar de gaten
        zitten, en hoe de gemeenten meten op de regionale streefwaarden.
      </p>
      <LiveStatus />

      {magStapeling ? (
        <Laden toestand={stapeling.toestand}>
          {(s) => (
            <>
              <section aria-labelledby="plannen-kop">
                <h2 className="utrecht-heading-2" id="plannen-kop">
                  De lidgemeenten en hun plannen
                </h2>
                <p className="utrecht-paragraph">
                  Van {s.gemeenten.totaal} gemeenten ziet de regio de prioriteiten van {s.gemeenten.metPlan}: {s.gemeenten.vastgesteld} uit een vastgesteld IVP en{' '}
                  {s.gemeenten.concept} uit een concept dat de gemeente deelt. Een gemeente deelt haar concept bij de instellingen van haar eigen werkruimte.
                </p>
                <Tabelkader label="Plannen van de lidgemeenten">
                  <table className="utrecht-table kp-table">
                    <caption className="kp-visually-hidden">Plannen van de lidgemeenten</caption>
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        <th className="utrecht-table__header-cell" scope="col">Gemeente</th>
                        <th className="utrecht-table__header-cell" scope="col">Plan</th>
                        <th className="utrecht-table__header-cell" scope="col">Stand</th>
                        <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Prioriteiten</th>
                      </tr>
                    </thead>
                    <tbody className="utrecht-table__body">
                      {s.plannen.map((p) => (
                        <tr className="utrecht-table__row" key={p.gemeentecode}>
                          <th className="utrecht-table__header-cell" scope="row">{p.gemeentenaam}</th>
                          <td className="utrecht-table__cell">
                            {p.werkruimteId && p.status !== 'niet-gedeeld' ? (
                              <Link className="utrecht-link" to={`/werkruimtes/${encodeURIComponent(p.werkruimteId)}`}>
                                {p.werkruimteNaam}
                              </Link>
                            ) : (
                              (p.werkruimteNaam ?? '–')
                            )}
                          </td>
                          <td className="utrecht-table__cell">
                            {p.statusNaam}
                            {p.vastgesteldOp ? ` op ${datum(p.vastgesteldOp)}` : ''}
                          </td>
                          <td className="utrecht-table__cell utrecht-table__cell--numeric">{p.status === 'niet-gedeeld' || p.status === 'geen-plan' ? '–' : p.aantalPrioriteiten}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </Tabelkader>
              </section>

              <section aria-labelledby="regiothemas-kop">
                <h2 className="utrecht-heading-2" id="regiothemas-kop">
                  Regionale thema's en de gemeenten erachter
                </h2>
                {s.regiothemas.length === 0 ? (
                  <div className="kp-note">
                    <p className="utrecht-paragraph">
                      De regio heeft nog geen regionale thema's.{' '}
                      <Link className="utrecht-link" to={`${basis}/prioriteiten`}>
                        Naar de regionale thema's
                      </Link>
                    </p>
                  </div>
                ) : (
                  <Tabelkader label="Regionale thema's met de gemeenten die er een prioriteit op hebben">
                    <table className="utrecht-table kp-table">
                      <caption className="kp-visually-hidden">Regionale thema's met de gemeenten die er een prioriteit op hebben</caption>
                      <thead className="utrecht-table__header">
                        <tr className="utrecht-table__row">
                          <th className="utrecht-table__header-cell" scope="col">Regionaal thema</th>
                          <th className="utrecht-table__header-cell" scope="col">Rust op</th>
                          <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Gemeenten</th>
                          <th className="utrecht-table__header-cell" scope="col">Welke, met hun prioriteit</th>
                        </tr>
                      </thead>
                      <tbody className="utrecht-table__body">
                        {s.regiothemas.map((r) => (
                          <tr className="utrecht-table__row" key={r.id}>
                            <th className="utrecht-table__header-cell" scope="row">{r.naam}</th>
                            <td className="utrecht-table__cell">{r.koppelingen.map(naamVanKoppeling).join(', ')}</td>
                            <td className="utrecht-table__cell utrecht-table__cell--numeric">{r.aantal}</td>
                            <td className="utrecht-table__cell">
                              <Gemeenten cellen={r.gemeenten} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </Tabelkader>
                )}
              </section>

              <section aria-labelledby="themas-kop">
                <h2 className="utrecht-heading-2" id="themas-kop">
                  De 22 thema's en de strategische thema's
                </h2>
                <p className="utrecht-paragraph">Alleen thema's waarop een gemeente een prioriteit heeft of die onder een regionaal thema vallen.</p>
                <Tabelkader label="Thema's met hun gemeenten en regionaal thema">
                  <table className="utrecht-table kp-table">
                    <caption className="kp-visually-hidden">Thema's met hun gemeenten en regionaal thema</caption>
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        <th className="utrecht-table__header-cell" scope="col">Thema</th>
                        <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Gemeenten</th>
                        <th className="utrecht-table__header-cell" scope="col">Welke</th>
                        <th className="utrecht-table__header-cell" scope="col">Regionaal thema</th>
                      </tr>
                    </thead>
                    <tbody className="utrecht-table__body">
                      {s.themas
                        .filter((t) => t.aantal > 0 || t.regiothemaIds.length > 0)
                        .map((t) => (
                          <tr className="utrecht-table__row" key={t.id}>
                            <th className="utrecht-table__header-cell" scope="row">{naamVanKoppeling(t.id)}</th>
                            <td className="utrecht-table__cell utrecht-table__cell--numeric">{t.aantal}</td>
                            <td className="utrecht-table__cell">{t.gemeenten.map((g) => g.gemeentenaam).join(', ') || '–'}</td>
                            <td className="utrecht-table__cell">
                              {t.regiothemaIds.length ? (
                                t.regiothemaIds.map((id) => s.regiothemas.find((r) => r.id === id)?.naam ?? id).join(', ')
                              ) : (
                                <strong>Geen: een gat aan regionale kant</strong>
                              )}
                            </td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </Tabelkader>
              </section>

              <section aria-labelledby="hiaten-kop">
                <h2 className="utrecht-heading-2" id="hiaten-kop">
                  Hiaten
                </h2>
                <h3 className="utrecht-heading-3">Regionale thema's die geen gemeente prioriteert</h3>
                {s.hiaten.regiothemasZonderGemeente.length ? (
                  <ul className="utrecht-unordered-list">
                    {s.hiaten.regiothemasZonderGemeente.map((r) => (
                      <li key={r.id}>{r.titel}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="utrecht-paragraph">Geen: elk regionaal thema heeft ten minste één gemeente erachter.</p>
                )}
                <h3 className="utrecht-heading-3">Lokale prioriteiten zonder regionaal thema</h3>
                {s.hiaten.lokaalZonderRegio.length ? (
                  <ul className="utrecht-unordered-list">
                    {s.hiaten.lokaalZonderRegio.map((p) => (
                      <li key={`${p.gemeentecode}-${p.id}`}>
                        {p.gemeentenaam}: {p.titel} ({p.koppelingen.map(naamVanKoppeling).join(', ') || 'geen thema'})
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="utrecht-paragraph">Geen: elke lokale prioriteit valt onder een regionaal thema.</p>
                )}
                <h3 className="utrecht-heading-3">Gemeenten waarvan de regio geen prioriteiten ziet</h3>
                {s.hiaten.gemeentenZonderPlan.length ? (
                  <ul className="utrecht-unordered-list">
                    {s.hiaten.gemeentenZonderPlan.map((g) => (
                      <li key={g.gemeentecode}>
                        {g.gemeentenaam}: {g.status === 'geen-plan' ? 'geen plan in Kernplan' : 'plan in voorbereiding, niet gedeeld'}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="utrecht-paragraph">Geen: de regio ziet de prioriteiten van elke lidgemeente.</p>
                )}
                <p className="utrecht-paragraph kp-muted">
                  "Gelezen uit de titel": die koppeling koos de gemeente niet zelf; Kernplan las haar uit de titel van de prioriteit.
                </p>
                <p className="utrecht-paragraph">
                  <a className="kp-button-link kp-button-link--secondary" href={`/api/v1${basis}/stapeling?formaat=docx`} download>
                    Download de stapeling als Word (.docx)
                  </a>{' '}
                  <a className="kp-button-link kp-button-link--secondary" href={`/api/v1${basis}/stapeling?formaat=csv`} download>
                    Download de stapeling als CSV
                  </a>
                </p>
              </section>
            </>
          )}
        </Laden>
      ) : null}

      {magDoelen ? (
        <section aria-labelledby="doelen-kop">
          <h2 className="utrecht-heading-2" id="doelen-kop">
            Regionale streefwaarden met de gemeenten
          </h2>
          <Laden toestand={doelen.toestand}>
            {(t) =>
              t.rijen.length === 0 ? (
                <div className="kp-note">
                  <p className="utrecht-paragraph">
                    Er zijn nog geen regionale indicatoren.{' '}
                    <Link className="utrecht-link" to={`${basis}/indicatoren`}>
                      Naar de indicatoren
                    </Link>
                  </p>
                </div>
              ) : (
                <>
                  <p className="utrecht-paragraph">
                    Per regionale indicator eerst de regio, daaronder elke gemeente die een eigen indicator aan deze streefwaarde koppelde, met haar eigen doelen en
                    metingen. Een gemeente koppelt bij haar eigen indicatoren.
                  </p>
                  <Tabelkader label="Regionale streefwaarden met de gemeenten">
                    <table className="utrecht-table kp-table">
                      <caption className="kp-visually-hidden">Regionale streefwaarden met de gemeenten</caption>
                      <thead className="utrecht-table__header">
                        <tr className="utrecht-table__row">
                          <th className="utrecht-table__header-cell" scope="col">Indicator</th>
                          <th className="utrecht-table__header-cell" scope="col">Hoort bij</th>
                          <th className="utrecht-table__header-cell" scope="col">Voor</th>
                          <th className="utrecht-table__header-cell" scope="col">Referentie</th>
                          {t.jaren.map((j) => (
                            <th className="utrecht-table__header-cell" scope="col" key={j}>
                              {j}
                            </th>
                          ))}
                          <th className="utrecht-table__header-cell" scope="col">Stand</th>
                        </tr>
                      </thead>
                      <tbody className="utrecht-table__body">
                        {t.rijen.flatMap((r) => [
                          <tr className="utrecht-table__row kp-regio-rij" key={r.indicatorId}>
                            <th className="utrecht-table__header-cell" scope="row">{r.naam}</th>
                            <td className="utrecht-table__cell">{r.hoortBij}</td>
                            <td className="utrecht-table__cell">Regio</td>
                            <td className="utrecht-table__cell">{r.referentie}</td>
                            {t.jaren.map((j) => (
                              <td className="utrecht-table__cell" key={j}>
                                <Cel r={r} jaar={j} />
                              </td>
                            ))}
                            <td className="utrecht-table__cell">{r.statusTekst}</td>
                          </tr>,
                          ...r.lokaal.map((l) => (
                            <tr className="utrecht-table__row" key={`${r.indicatorId}-${l.indicatorId}`}>
                              <th className="utrecht-table__header-cell kp-regio-lokaal" scope="row">
                                {l.naam}
                              </th>
                              <td className="utrecht-table__cell">
                                <span className="kp-visually-hidden">hoort bij </span>
                                {r.naam}
                              </td>
                              <td className="utrecht-table__cell">{l.gemeentenaam}</td>
                              <td className="utrecht-table__cell">{l.referentie}</td>
                              {t.jaren.map((j) => (
                                <td className="utrecht-table__cell" key={j}>
                                  <Cel r={l} jaar={j} />
                                </td>
                              ))}
                              <td className="utrecht-table__cell">{l.statusTekst}</td>
                            </tr>
                          )),
                        ])}
                      </tbody>
                    </table>
                  </Tabelkader>
                  {t.rijen
                    .filter((r) => r.lokaal.length > 0)
                    .map((r) => (
                      <RegioGrafiek key={r.indicatorId} titel={r.naam} regio={{ ...r, naam: 'Regio' }} lokaal={r.lokaal.map((l) => ({ ...l, naam: l.gemeentenaam }))} />
                    ))}
                  <p className="utrecht-paragraph kp-muted">
                    De stand is het oordeel over de laatste jaarmeting tegen de eigen streefwaarden: {statusNamen['op-koers'].toLowerCase()}, {statusNamen.achter.toLowerCase()} of{' '}
                    {statusNamen.onbekend.toLowerCase()}.
                  </p>
                  <p className="utrecht-paragraph">
                    <a className="kp-button-link kp-button-link--secondary" href={`/api/v1${basis}/regionale-streeftabel?formaat=docx`} download>
                      Download de regionale streeftabel als Word (.docx)
                    </a>
                  </p>
                </>
              )
            }
          </Laden>
        </section>
      ) : null}
      {!magStapeling && !magDoelen ? (
        <div className="kp-note">
          <p className="utrecht-paragraph">Met uw rol ziet u de stapeling en de regionale streefwaarden niet.</p>
        </div>
      ) : null}
    </>
  );
}
