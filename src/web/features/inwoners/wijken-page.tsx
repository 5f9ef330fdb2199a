/**
 * The neighbourhood view (issue 18, point 3), for the wijkgerichte aanpak: per wijk the police
 * figures (with honest coverage: which years, which wijken have figures), what residents said in the
 * questionnaire and the results of consultations, side by side.
 */
import { Link, useParams } from 'react-router';
import type { Dekking } from '../../../domain/politie/dekking.ts';
import { DekkingUitleg, Onvolledig } from '../../shared/politie-dekking.tsx';
import { Tabelkader } from '../../shared/formulier.tsx';
import { datum } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { Staafgrafiek } from '../../shared/staafgrafiek.tsx';
import { useBron } from '../../shared/use-api.ts';
import { useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import './inwoners.css';

interface Wijken {
  gemeenten: { code: string; naam: string }[];
  wijken: { code: string; naam: string; buurten: number; antwoorden: number; politie: { jaar: number; aantal: number; volledig: boolean; dekking: string } | null; raadplegingen: number }[];
  zonderWijk: number;
  dekking: string;
  politieJaar: number | null;
  /** Per theme over the wijken with figures in `politieJaar`: complete or not (issue 16, point 2). */
  themas: { themaId: string; naam: string; wijken: number; volledig: boolean; kort: string; dekking: Dekking }[];
  /** Why the wijken are not ranked on their police figures; null when all are complete. */
  rangorde: string | null;
}

interface Wijk {
  code: string;
  naam: string;
  soort: 'wijk' | 'buurt';
  gemeente: { code: string; naam: string } | null;
  buurten: { code: string; naam: string }[];
  jaren: number[];
  dekking: string;
  themas: {
    themaId: string;
    naam: string;
    politie: { jaar: number; aantal: number | null; dekking: Dekking | null }[];
    inwoners: number;
    raadplegingen: { raadpleging: string; datum: string; vraag: string | null; gebiedNaam: string; aandeel: number | null; aantal: number | null }[];
  }[];
  teksten: { id: string; tekst: string; buurtNaam: string; ontvangenOp: string }[];
}

const getal = (n: number) => n.toLocaleString('nl-NL');

export function WijkenPage() {
  const { werkruimte } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  usePaginatitel(`Wijken – ${werkruimte.naam}`);
  const bron = useBron<Wijken>(`${basis}/wijken`);
  useLiveBericht((b) => {
    if (b.type === 'werkruimte' || b.type === 'opnieuw-verbonden') void bron.vernieuw();
  });
  return (
    <div className="kp-inwoners">
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Wijken' }]} />
      <h1 className="utrecht-heading-1">Wijken</h1>
      <p className="utrecht-paragraph kp-lead">
        Per wijk de politiecijfers, wat inwoners zeggen en de uitkomsten van raadplegingen naast elkaar: voor de wijkgerichte aanpak. <Link to={`${basis}/inwoners`}>Wat inwoners zeggen</Link>
      </p>
      <Laden toestand={bron.toestand}>
        {(d) => (
          <>
            <p className="utrecht-paragraph">{d.dekking}</p>
            <ThemaDekking themas={d.themas} jaar={d.politieJaar} />
            {d.rangorde ? (
              <p className="utrecht-paragraph kp-klein" role="note">
                {d.rangorde}
              </p>
            ) : null}
            {d.wijken.length > 0 ? (
              <Tabelkader label="Wijken">
                <table className="utrecht-table kp-table">
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th scope="col" className="utrecht-table__header-cell">Wijk</th>
                      <th scope="col" className="utrecht-table__header-cell kp-getal">Misdrijven (politie)</th>
                      <th scope="col" className="utrecht-table__header-cell kp-getal">Antwoorden van inwoners</th>
                      <th scope="col" className="utrecht-table__header-cell kp-getal">Raadplegingen</th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {d.wijken.map((w) => (
                      <tr className="utrecht-table__row" key={w.code}>
                        <th scope="row" className="utrecht-table__cell">
                          <Link to={`${basis}/wijken/${w.code}`}>{w.naam}</Link> <span className="kp-muted">({w.buurten} buurten)</span>
                        </th>
                        <td className="utrecht-table__cell kp-getal">
                          {w.politie ? `${getal(w.politie.aantal)} (${w.politie.jaar})` : 'geen cijfers'}
                          {w.politie && !w.politie.volledig ? <span className="kp-politie-dekkinglabel">{w.politie.dekking}</span> : null}
                        </td>
                        <td className="utrecht-table__cell kp-getal">{getal(w.antwoorden)}</td>
                        <td className="utrecht-table__cell kp-getal">{getal(w.raadplegingen)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Tabelkader>
            ) : null}
            {d.zonderWijk > 0 ? <p className="utrecht-paragraph kp-muted">{getal(d.zonderWijk)} antwoorden noemden geen buurt.</p> : null}
          </>
        )}
      </Laden>
    </div>
  );
}

export function WijkPage() {
  const { werkruimte } = useWerkruimte();
  const { code = '' } = useParams();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const bron = useBron<Wijk>(`${basis}/wijken/${encodeURIComponent(code)}`);
  usePaginatitel(`${bron.toestand.status === 'klaar' ? bron.toestand.data.naam : 'Wijk'} – ${werkruimte.naam}`);
  return (
    <div className="kp-inwoners">
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Werkruimtes', naar: '/werkruimtes' },
          { naam: werkruimte.naam, naar: basis },
          { naam: 'Wijken', naar: `${basis}/wijken` },
          { naam: bron.toestand.status === 'klaar' ? bron.toestand.data.naam : code },
        ]}
      />
      <Laden toestand={bron.toestand}>
        {(w) => (
          <>
            <h1 className="utrecht-heading-1">{w.naam}</h1>
            <p className="utrecht-paragraph kp-lead">
              {w.soort === 'wijk' ? 'Wijk' : 'Buurt'} in {w.gemeente?.naam ?? 'de gemeente'}
              {w.buurten.length > 0 ? ` met ${w.buurten.length} buurten: ${w.buurten.map((b) => b.naam).join(', ')}` : ''}.
            </p>
            <p className="utrecht-paragraph">{w.dekking}</p>
            {w.themas.length === 0 ? (
              <p className="utrecht-paragraph">Er zijn voor deze {w.soort} nog geen politiecijfers, antwoorden van inwoners of uitkomsten van raadplegingen.</p>
            ) : (
              <>
                {w.themas.some((t) => t.inwoners > 0) ? (
                  <Staafgrafiek
                    titel={`Antwoorden van inwoners per thema in ${w.naam}`}
                    eenheid="aantal antwoorden"
                    jaren={w.themas.filter((t) => t.inwoners > 0).map((_, i) => i + 1)}
                    labels={w.themas.filter((t) => t.inwoners > 0).map((t) => t.themaId)}
                    reeksen={[{ naam: 'Inwoners', waarden: w.themas.filter((t) => t.inwoners > 0).map((t) => t.inwoners) }]}
                  />
                ) : null}
                <Tabelkader label={`Per thema in ${w.naam}`}>
                  <table className="utrecht-table kp-table">
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        <th scope="col" className="utrecht-table__header-cell">Thema</th>
                        {w.jaren.map((j) => (
                          <th scope="col" key={j} className="utrecht-table__header-cell kp-getal">
                            Politie {j}
                          </th>
                        ))}
                        <th scope="col" className="utrecht-table__header-cell kp-getal">Inwoners die het noemden</th>
                        <th scope="col" className="utrecht-table__header-cell">Uit raadplegingen</th>
                      </tr>
                    </thead>
                    <tbody className="utrecht-table__body">
                      {w.themas.map((t) => (
                        <tr className="utrecht-table__row" key={t.themaId}>
                          <th scope="row" className="utrecht-table__cell">
                            <Link to={`${basis}/secties/thema-${t.themaId}`}>
                              {t.themaId} {t.naam}
                            </Link>
                          </th>
                          {t.politie.map((p) => (
                            <td key={p.jaar} className="utrecht-table__cell kp-getal">
                              {p.aantal === null ? '—' : getal(p.aantal)}
                              {p.aantal !== null && p.dekking ? <Onvolledig d={p.dekking} /> : null}
                            </td>
                          ))}
                          <td className="utrecht-table__cell kp-getal">{getal(t.inwoners)}</td>
                          <td className="utrecht-table__cell">
                            {t.raadplegingen.length === 0
                              ? '—'
                              : t.raadplegingen
                                  .map((r) => `${r.raadpleging} (${datum(r.datum)}): ${r.gebiedNaam} ${r.aandeel !== null ? `${r.aandeel.toLocaleString('nl-NL')}%` : getal(r.aantal ?? 0)}`)
                                  .join('; ')}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </Tabelkader>
                <OnvolledigeThemas themas={w.themas} naam={w.naam} />
              </>
            )}
            {w.teksten.length > 0 ? (
              <section className="kp-section" aria-labelledby="wijk-teksten">
                <h2 className="utrecht-heading-2" id="wijk-teksten">
                  Wat inwoners schreven
                </h2>
                <ul className="kp-inwoners-thema__teksten">
                  {w.teksten.map((t) => (
                    <li key={t.id}>
                      <blockquote className="kp-inwoners__citaat">{t.tekst}</blockquote>
                      <span className="kp-muted">
                        {t.buurtNaam}, {datum(t.ontvangenOp)}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        )}
      </Laden>
    </div>
  );
}

/** Per theme whether the figures per wijk are complete; the incomplete ones with their missing crime types on demand. */
function ThemaDekking({ themas, jaar }: { themas: Wijken['themas']; jaar: number | null }) {
  if (themas.length === 0) return null;
  const volledig = themas.filter((t) => t.volledig);
  const onvolledig = themas.filter((t) => !t.volledig);
  return (
    <section className="kp-section kp-politie-dekkinglijst" aria-labelledby="wijken-dekking-kop">
      <h2 className="utrecht-heading-3" id="wijken-dekking-kop">
        Dekking van de politiecijfers per thema ({jaar})
      </h2>
      {volledig.length > 0 ? (
        <p className="utrecht-paragraph kp-klein">
          Volledig: {volledig.map((t) => `${t.themaId} ${t.naam}`).join('; ')}.
        </p>
      ) : null}
      {onvolledig.map((t) => (
        <div key={t.themaId}>
          <p className="utrecht-paragraph kp-klein">
            <strong>
              Thema {t.themaId} {t.naam}
            </strong>{' '}
            ({t.wijken} {t.wijken === 1 ? 'wijk' : 'wijken'} met cijfers)
          </p>
          <DekkingUitleg d={t.dekking} wat={`thema ${t.themaId} ${t.naam}`} />
        </div>
      ))}
    </section>
  );
}

/** Under the table of one wijk: the theme figures of the latest year that are incomplete, with the missing crime types. */
function OnvolledigeThemas({ themas, naam }: { themas: Wijk['themas']; naam: string }) {
  const onvolledig = themas
    .map((t) => ({ t, p: [...t.politie].reverse().find((p) => p.aantal !== null && p.dekking) }))
    .filter((x): x is { t: Wijk['themas'][number]; p: Wijk['themas'][number]['politie'][number] & { dekking: Dekking } } => Boolean(x.p && x.p.dekking && !x.p.dekking.volledig));
  if (onvolledig.length === 0) return null;
  return (
    <section className="kp-section kp-politie-dekkinglijst" aria-labelledby="wijk-dekking-kop">
      <h2 className="utrecht-heading-3" id="wijk-dekking-kop">
        Onvolledige politiecijfers in {naam}
      </h2>
      <p className="utrecht-paragraph kp-klein">Een onvolledig cijfer is een som over een deel van de soorten misdrijf van het thema, niet het hele thema; het wordt niet vergeleken.</p>
      {onvolledig.map(({ t, p }) => (
        <div key={t.themaId}>
          <p className="utrecht-paragraph kp-klein">
            <strong>
              Thema {t.themaId} {t.naam} ({p.jaar})
            </strong>
          </p>
          <DekkingUitleg d={p.dekking} wat={`thema ${t.themaId} ${t.naam}`} />
        </div>
      ))}
    </section>
  );
}
