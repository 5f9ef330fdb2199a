/**
 * The public safety dashboard of a municipality (issue 18, point 1): no sign-in, plain Dutch (B1),
 * readable on a phone. Every chart has the same figures in a table; colour is never the only signal.
 * Only what the coordinator published, never anything confidential (the server leaves it out).
 */
import { useParams } from 'react-router';
import { Link } from 'react-router';
import type { OpenbaarDashboard, OpenbareIndicator, OpenbaarPolitieThema } from '../../../domain/openbaar/openbaar.ts';
import { Tabelkader } from '../../shared/formulier.tsx';
import { datum } from '../../shared/opmaak.ts';
import { Laden, usePaginatitel } from '../../shared/page.tsx';
import { getal } from '../../shared/politie-gegevens.ts';
import { Staafgrafiek } from '../../shared/staafgrafiek.tsx';
import { useApi } from '../../shared/use-api.ts';
import './openbaar.css';

const statusKlasse: Record<OpenbareIndicator['status'], string> = { 'op-koers': 'op-koers', achter: 'achter', onbekend: 'onbekend' };
const statusTeken: Record<OpenbareIndicator['status'], string> = { 'op-koers': '✓', achter: '!', onbekend: '?' };

export function OpenbaarPage() {
  const { gemeentecode = '' } = useParams();
  const code = gemeentecode.toUpperCase();
  const toestand = useApi<OpenbaarDashboard>(`/openbaar/${encodeURIComponent(code)}`);
  usePaginatitel(toestand.status === 'klaar' ? toestand.data.titel : 'Veiligheid in uw gemeente');
  if (toestand.status === 'fout' && (toestand.fout.status === 404 || toestand.fout.status === 400)) {
    return (
      <div className="kp-openbaar">
        <h1 className="utrecht-heading-1">Geen openbaar dashboard</h1>
        <p className="utrecht-paragraph">{toestand.fout.message}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/">
            Naar de startpagina van Kernplan
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="kp-openbaar">
      <Laden toestand={toestand}>{(d) => <Dashboard d={d} />}</Laden>
    </div>
  );
}

function Dashboard({ d }: { d: OpenbaarDashboard }) {
  const perPrioriteit = new Map<string, OpenbareIndicator[]>();
  const losse: OpenbareIndicator[] = [];
  for (const i of d.indicatoren) {
    if (i.prioriteit) perPrioriteit.set(i.prioriteit, [...(perPrioriteit.get(i.prioriteit) ?? []), i]);
    else losse.push(i);
  }
  return (
    <>
      <h1 className="utrecht-heading-1">{d.titel}</h1>
      <p className="utrecht-paragraph kp-lead">
        Hoe veilig is {d.gemeente.naam}, en wat doet de gemeente eraan? Op deze pagina staan de plannen, de cijfers en hoe het ermee gaat. De gemeente
        zet hier zelf op wat openbaar is.
      </p>
      <nav className="kp-openbaar-inhoud" aria-label="Op deze pagina">
        <ul className="utrecht-unordered-list">
          {d.ivp ? <Anker naar="plan-kop">Het veiligheidsplan</Anker> : null}
          {d.indicatoren.length ? <Anker naar="indicatoren-kop">Hoe gaat het?</Anker> : null}
          {d.voortgang ? <Anker naar="voortgang-kop">Wat doet de gemeente?</Anker> : null}
          {d.rapportage ? <Anker naar="rapportage-kop">Verslag aan de gemeenteraad</Anker> : null}
          {d.politie ? <Anker naar="politie-kop">Cijfers van de politie</Anker> : null}
          <Anker naar="over-kop">Over deze cijfers</Anker>
        </ul>
      </nav>

      {d.ivp ? (
        <section className="kp-section" aria-labelledby="plan-kop">
          <h2 className="utrecht-heading-2" id="plan-kop">
            Het veiligheidsplan
          </h2>
          <p className="utrecht-paragraph">
            De gemeenteraad stelde het <strong>{d.ivp.titel}</strong> vast op {datum(d.ivp.vastgesteldOp)}. Daarin staat waar de gemeente
            {d.ivp.periode ? ` in ${d.ivp.periode}` : ''} vooral aan werkt. Dat zijn de prioriteiten:
          </p>
          <ol className="kp-openbaar-prioriteiten">
            {d.ivp.prioriteiten.map((p) => (
              <li key={p.titel}>
                <h3 className="utrecht-heading-3">{p.titel}</h3>
                {p.doel ? <p className="utrecht-paragraph">{p.doel}</p> : null}
                {perPrioriteit.get(p.titel)?.length ? (
                  <p className="utrecht-paragraph">
                    <a className="utrecht-link" href={`#indicator-${perPrioriteit.get(p.titel)![0]!.id}`}>
                      Zie hoe het gaat met {p.titel.toLowerCase()}
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {d.indicatoren.length ? (
        <section className="kp-section" aria-labelledby="indicatoren-kop">
          <h2 className="utrecht-heading-2" id="indicatoren-kop">
            Hoe gaat het?
          </h2>
          <div className="kp-note">
            <p className="utrecht-paragraph">
              <strong>Wat betekent &lsquo;op koers&rsquo;?</strong> {d.opKoersUitleg}
            </p>
          </div>
          {[...perPrioriteit].map(([prioriteit, lijst]) => (
            <div key={prioriteit}>
              <h3 className="utrecht-heading-3">{prioriteit}</h3>
              <ul className="kp-openbaar-indicatoren">
                {lijst.map((i) => (
                  <Indicator key={i.id} i={i} />
                ))}
              </ul>
            </div>
          ))}
          {losse.length ? (
            <>
              {perPrioriteit.size ? <h3 className="utrecht-heading-3">Andere indicatoren</h3> : null}
              <ul className="kp-openbaar-indicatoren">
                {losse.map((i) => (
                  <Indicator key={i.id} i={i} />
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {d.voortgang ? (
        <section className="kp-section" aria-labelledby="voortgang-kop">
          <h2 className="utrecht-heading-2" id="voortgang-kop">
            Wat doet de gemeente?
          </h2>
          <p className="utrecht-paragraph">
            Om de doelen te halen, voert de gemeente maatregelen uit, samen met partners zoals de politie. {d.voortgang.samenvatting}
            {d.voortgang.afgerondProcent !== null ? ` Van de maatregelen die doorgaan, is ${d.voortgang.afgerondProcent}% klaar.` : ''}
          </p>
          <Tabelkader label="Maatregelen per stand">
            <table className="utrecht-table kp-table">
              <caption className="utrecht-table__caption">Aantal maatregelen per stand</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    Onderwerp
                  </th>
                  {d.voortgang.perStatus.map((s) => (
                    <th key={s.status} scope="col" className="utrecht-table__header-cell kp-getal">
                      {s.naam}
                    </th>
                  ))}
                  <th scope="col" className="utrecht-table__header-cell kp-getal">
                    Totaal
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {d.voortgang.perPrioriteit.map((p) => (
                  <tr key={p.prioriteit} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {p.prioriteit}
                    </th>
                    {d.voortgang!.perStatus.map((s) => (
                      <td key={s.status} className="utrecht-table__cell kp-getal">
                        {p.perStatus.find((x) => x.status === s.status)?.aantal ?? 0}
                      </td>
                    ))}
                    <td className="utrecht-table__cell kp-getal">{p.totaal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelkader>
        </section>
      ) : null}

      {d.rapportage ? (
        <section className="kp-section" aria-labelledby="rapportage-kop">
          <h2 className="utrecht-heading-2" id="rapportage-kop">
            Verslag aan de gemeenteraad
          </h2>
          <p className="utrecht-paragraph">
            Het laatste verslag is de <strong>{d.rapportage.titel}</strong>. De gemeente bood het aan de gemeenteraad aan op {datum(d.rapportage.aangebodenOp)}.
            {d.rapportage.besprokenOp ? ` De raad besprak het op ${datum(d.rapportage.besprokenOp)}.` : ' De raad heeft het nog niet besproken.'}
          </p>
        </section>
      ) : null}

      {d.politie ? (
        <section className="kp-section" aria-labelledby="politie-kop">
          <h2 className="utrecht-heading-2" id="politie-kop">
            Cijfers van de politie
          </h2>
          <p className="utrecht-paragraph">
            Hoeveel misdrijven de politie registreerde, per onderwerp. Niet elk misdrijf wordt gemeld. De cijfers laten dus zien wat bekend is bij de politie.
            Bron: {d.politie.bron}.
          </p>
          {d.politie.themas.map((t) => (
            <PolitieThema key={t.themaId} t={t} gemeente={d.gemeente.naam} />
          ))}
        </section>
      ) : null}

      <section className="kp-section" aria-labelledby="over-kop">
        <h2 className="utrecht-heading-2" id="over-kop">
          Over deze cijfers
        </h2>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">Uitgever: {d.uitgever}.</li>
          <li className="utrecht-unordered-list__item">
            Waar de cijfers vandaan komen:
            <ul className="utrecht-unordered-list">
              {(d.bronnen.length ? d.bronnen : ['De eigen plannen van de gemeente']).map((b) => (
                <li key={b} className="utrecht-unordered-list__item">
                  {b}
                </li>
              ))}
            </ul>
          </li>
          <li className="utrecht-unordered-list__item">
            U mag de cijfers vrij gebruiken als u de bron noemt. Licentie:{' '}
            <a className="utrecht-link" href={d.licentie.url} rel="license">
              {d.licentie.titel} ({d.licentie.naam})
            </a>
            .
          </li>
          <li className="utrecht-unordered-list__item">
            Alle cijfers als open data:{' '}
            <a className="utrecht-link" href={d.openData.csv}>
              CSV-bestand (voor Excel)
            </a>{' '}
            of{' '}
            <a className="utrecht-link" href={d.openData.json}>
              JSON-bestand
            </a>
            .
          </li>
          <li className="utrecht-unordered-list__item">
            Sommige onderdelen zijn vertrouwelijk, bijvoorbeeld omdat ze over lopend onderzoek gaan. Die staan niet op deze pagina.
          </li>
          <li className="utrecht-unordered-list__item">
            Lukt het niet om deze pagina te gebruiken? Lees de{' '}
            <Link className="utrecht-link" to="/toegankelijkheid">
              toegankelijkheidsverklaring
            </Link>
            .
          </li>
        </ul>
      </section>
    </>
  );
}

function Anker({ naar, children }: { naar: string; children: string }) {
  return (
    <li className="utrecht-unordered-list__item">
      <a className="utrecht-link" href={`#${naar}`}>
        {children}
      </a>
    </li>
  );
}

const alleenJaren = (i: OpenbareIndicator) => i.metingen.length > 0 && i.metingen.every((m) => /^\d{4}$/.test(m.periode));

function Indicator({ i }: { i: OpenbareIndicator }) {
  return (
    <li id={`indicator-${i.id}`} className={`kp-openbaar-indicator kp-openbaar-indicator--${statusKlasse[i.status]}`}>
      <h4 className="utrecht-heading-4">{i.naam}</h4>
      <p className="utrecht-paragraph kp-openbaar-status">
        <span aria-hidden="true" className="kp-openbaar-status__teken">
          {statusTeken[i.status]}
        </span>
        <strong>{i.statusWoorden}.</strong> {i.uitleg}
      </p>
      {alleenJaren(i) ? (
        <Staafgrafiek titel={i.naam} eenheid={i.eenheid} jaren={i.metingen.map((m) => Number(m.periode))} reeksen={[{ naam: i.naam, waarden: i.metingen.map((m) => m.waarde) }]} klein />
      ) : null}
      {i.metingen.length ? (
        <details className="kp-openbaar-tabel" open={!alleenJaren(i)}>
          <summary>Bekijk de metingen als tabel</summary>
          <Tabelkader label={`Metingen: ${i.naam}`}>
            <table className="utrecht-table kp-table">
              <caption className="kp-visually-hidden">Metingen: {i.naam}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    Periode
                  </th>
                  <th scope="col" className="utrecht-table__header-cell kp-getal">
                    Meting
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {i.metingen.map((m) => (
                  <tr key={m.periode} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{m.periode}</td>
                    <td className="utrecht-table__cell kp-getal">{getal(m.waarde)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelkader>
        </details>
      ) : null}
      <p className="utrecht-paragraph kp-muted">
        {i.beginwaarde ? `Beginwaarde: ${i.beginwaarde}. ` : ''}Bron: {i.bron}.
      </p>
    </li>
  );
}

function PolitieThema({ t, gemeente }: { t: OpenbaarPolitieThema; gemeente: string }) {
  const laatste = t.wijken[0]?.jaar;
  return (
    <div className="kp-openbaar-politie">
      <h3 className="utrecht-heading-3">
        {t.naam}
        {t.dekking.volledig ? null : <span className="kp-politie-dekkinglabel">onvolledig</span>}
      </h3>
      {t.dekking.volledig ? null : (
        <p className="utrecht-paragraph kp-openbaar-onvolledig" role="note">
          {t.dekking.tekst.startsWith('Onvolledig: ') ? (
            <>
              <strong>Onvolledig:</strong> {t.dekking.tekst.slice('Onvolledig: '.length)}
            </>
          ) : (
            <>
              <strong>Onvolledig.</strong> {t.dekking.tekst}
            </>
          )}{' '}
          Zo&apos;n cijfer is niet het hele onderwerp en is niet te vergelijken met andere wijken of gemeenten.
        </p>
      )}
      <Staafgrafiek titel={`Geregistreerde misdrijven: ${t.naam} in ${gemeente}`} eenheid="aantal" jaren={t.reeks.map((r) => r.jaar)} reeksen={[{ naam: t.naam, waarden: t.reeks.map((r) => r.aantal) }]} klein />
      <Tabelkader label={`Cijfers per jaar: ${t.naam}`}>
        <table className="utrecht-table kp-table">
          <caption className="kp-visually-hidden">
            Cijfers per jaar: {t.naam} in {gemeente}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Jaar
              </th>
              <th scope="col" className="utrecht-table__header-cell kp-getal">
                Aantal
              </th>
              <th scope="col" className="utrecht-table__header-cell kp-getal">
                Per 1.000 inwoners
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {t.reeks.map((r) => (
              <tr key={r.jaar} className="utrecht-table__row">
                <td className="utrecht-table__cell">{r.jaar}</td>
                <td className="utrecht-table__cell kp-getal">
                  {getal(r.aantal)}
                  {r.volledig || r.aantal === null ? null : <span className="kp-politie-dekkinglabel">{r.dekking}</span>}
                </td>
                <td className="utrecht-table__cell kp-getal">{getal(r.per1000)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelkader>
      {t.wijken.length ? (
        <Tabelkader label={`Per wijk: ${t.naam}`}>
          <table className="utrecht-table kp-table">
            <caption className="utrecht-table__caption">
              Per wijk in {laatste}: {t.naam}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Wijk
                </th>
                <th scope="col" className="utrecht-table__header-cell kp-getal">
                  Aantal
                </th>
                <th scope="col" className="utrecht-table__header-cell kp-getal">
                  Per 1.000 inwoners
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {t.wijken.map((w) => (
                <tr key={w.code} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {w.naam}
                  </th>
                  <td className="utrecht-table__cell kp-getal">
                    {getal(w.aantal)}
                    {w.volledig || w.aantal === null ? null : <span className="kp-politie-dekkinglabel">{w.dekking}</span>}
                  </td>
                  <td className="utrecht-table__cell kp-getal">{getal(w.per1000)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelkader>
      ) : null}
      <details className="kp-openbaar-dekking">
        <summary>Welke misdrijven tellen mee? {t.dekking.volledig ? t.dekking.tekst : `${t.dekking.codes.filter((c) => c.inDeCijfers).length} van de ${t.dekking.codes.length} soorten ${t.dekking.codes.filter((c) => c.inDeCijfers).length === 1 ? 'zit' : 'zitten'} in de cijfers.`}</summary>
        <ul className="utrecht-unordered-list">
          {t.dekking.codes.map((c) => (
            <li key={c.code} className="utrecht-unordered-list__item">
              {c.titel} ({c.code}): {c.inDeCijfers ? 'zit in de cijfers' : 'ontbreekt in de cijfers'}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
