/**
 * The policy chain (issue 19): per priority the chain from problem to effect as six labelled steps
 * (problem, figures, goal, measures, output, effect), side by side on a wide screen and stacked on a
 * phone, with every gap marked in words (and an icon), never by colour alone, and a link to where it
 * can be fixed. A measure's method shows the strength of its evidence (domain/methoden/bewijs.ts).
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Beleidsketen, Hiaat, KetenIndicator, KetenMaatregel, KetenPrioriteit } from '../../../domain/cyclus/beleidsketen.ts';
import { maatregelStatusNamen } from '../../../domain/cyclus/inhoud.ts';
import { bewijsNamen, bewijsVan } from '../../../domain/methoden/bewijs.ts';
import { formatGetal, formatMetEenheid } from '../../../domain/monitoring/getallen.ts';
import { type Beoordeling, statusNamen } from '../../../domain/monitoring/typen.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useBron } from '../../shared/use-api.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import './beleidsketen.css';

type KetenAntwoord = Beleidsketen & { beoordeling: Beoordeling };

/** A line may break after a slash ('Georganiseerde/ondermijnende criminaliteit' on a phone). */
const metBreekpunten = (tekst: string) => tekst.replace(/\//g, '/\u200b');

const aantal = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/** Where a gap is fixed, as a page of the workspace, and the words of that link. */
function herstelplek(basis: string, p: KetenPrioriteit, h: Hiaat): { naar: string; tekst: string } {
  const plan = (jaar?: number, anker?: string) => `${basis}/uitvoeringsplan${jaar ? `?jaar=${jaar}` : ''}${anker ? `#${anker}` : ''}`;
  const laatsteJaar = p.maatregelen.reduce<number | undefined>((j, m) => (j === undefined || m.jaar > j ? m.jaar : j), undefined);
  switch (h.soort) {
    case 'probleem-zonder-analyse':
      return { naar: `${basis}/secties/thema-${h.themaId}`, tekst: 'Naar de analyse van dit thema' };
    case 'probleem-zonder-doel':
      return { naar: `${basis}/ivp#prioriteit-${p.id}`, tekst: 'Naar het doel in het IVP' };
    case 'doel-niet-meetbaar':
      return { naar: `${basis}/indicatoren#prioriteit-${p.id}`, tekst: 'Naar de indicatoren' };
    case 'doel-zonder-maatregel':
      return { naar: plan(), tekst: 'Naar het uitvoeringsplan' };
    case 'indicator-zonder-maatregel':
      return { naar: plan(laatsteJaar), tekst: 'Koppel een maatregel in het uitvoeringsplan' };
    default:
      return { naar: plan(h.jaar, h.maatregelId ? `maatregel-${h.maatregelId}` : undefined), tekst: 'Naar de maatregel in het uitvoeringsplan' };
  }
}

/** A gap in words, with an icon for who sees it at a glance; the word "Hiaat" carries the meaning. */
function HiaatMarker({ children }: { children: ReactNode }) {
  return (
    <p className="utrecht-paragraph kp-keten-hiaat">
      <span className="kp-keten-hiaat__icoon" aria-hidden="true">
        !
      </span>
      <span>
        <strong>Hiaat:</strong> {children}
      </span>
    </p>
  );
}

export function BeleidsketenPage() {
  const { werkruimte, lid } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  usePaginatitel(`Beleidsketen – ${werkruimte.naam}`);
  const magLezen = mag(lid, 'beleidsketen.lezen');
  const keten = useBron<KetenAntwoord>(magLezen ? `${basis}/beleidsketen` : null);
  const { vernieuw } = keten;
  useLiveBericht((b) => {
    if (magLezen && (b.type === 'werkruimte' || b.type === 'opnieuw-verbonden')) void vernieuw();
  });
  const kruimels = [{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Beleidsketen' }];

  if (!magLezen) {
    return (
      <>
        <Kruimelpad kruimels={kruimels} />
        <h1 className="utrecht-heading-1">Beleidsketen</h1>
        <CyclusNavigatie huidig="beleidsketen" />
        <div className="kp-note">
          <p className="utrecht-paragraph">
            Met uw rol leest u de vastgestelde documenten; de beleidsketen staat als bijlage in het vastgestelde IVP.{' '}
            <Link className="utrecht-link" to={`${basis}/documenten`}>
              Naar de documenten
            </Link>
          </p>
        </div>
      </>
    );
  }

  return (
    <div className="kp-keten">
      <Kruimelpad kruimels={kruimels} />
      <h1 className="utrecht-heading-1">Beleidsketen</h1>
      <CyclusNavigatie huidig="beleidsketen" />
      <p className="utrecht-paragraph kp-lead">
        Hangt het plan aan elkaar? Per prioriteit ziet u de keten van het probleem uit de analyse, via het doel en de maatregelen, naar de output en het effect. Een hiaat is
        een schakel die nog ontbreekt.
      </p>
      <LiveStatus />
      <Laden toestand={keten.toestand}>
        {(k) =>
          k.prioriteiten.length === 0 ? (
            <div className="kp-note">
              <p className="utrecht-paragraph">
                Er zijn nog geen prioriteiten, dus ook nog geen keten.{' '}
                <Link className="utrecht-link" to={`${basis}/prioriteiten`}>
                  Naar de prioriteiten (stap 3)
                </Link>
              </p>
            </div>
          ) : (
            <>
              <Overzicht k={k} />
              {k.prioriteiten.map((p) => (
                <PrioriteitKeten key={p.id} p={p} basis={basis} />
              ))}
            </>
          )
        }
      </Laden>
    </div>
  );
}

function Overzicht({ k }: { k: KetenAntwoord }) {
  const totaal = k.prioriteiten.reduce((n, p) => n + p.hiaten.length, 0);
  return (
    <nav className="kp-keten-inhoud" aria-label="Prioriteiten op deze pagina">
      <p className="utrecht-paragraph">
        {aantal(k.prioriteiten.length, 'prioriteit', 'prioriteiten')}, {totaal === 0 ? 'zonder hiaten' : `samen ${aantal(totaal, 'hiaat', 'hiaten')}`}.
      </p>
      <ul className="utrecht-unordered-list">
        {k.prioriteiten.map((p) => (
          <li key={p.id} className="utrecht-unordered-list__item">
            <a className="utrecht-link" href={`#keten-${p.id}`}>
              {p.titel}
            </a>{' '}
            <span className="kp-muted">({p.hiaten.length === 0 ? 'keten compleet' : aantal(p.hiaten.length, 'hiaat', 'hiaten')})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Vertrouwelijk({ ja }: { ja: boolean | undefined }) {
  return ja ? <span className="kp-tag kp-tag--vertrouwelijk kp-keten-tag">vertrouwelijk</span> : null;
}

function PrioriteitKeten({ p, basis }: { p: KetenPrioriteit; basis: string }) {
  const kop = `keten-${p.id}-kop`;
  const hiatenVan = (soort: Hiaat['soort']) => p.hiaten.filter((h) => h.soort === soort);
  const geenDoel = hiatenVan('probleem-zonder-doel')[0] ?? null;
  const nietMeetbaar = hiatenVan('doel-niet-meetbaar')[0] ?? null;
  const geenMaatregel = hiatenVan('doel-zonder-maatregel')[0] ?? null;
  const ivpLink = `${basis}/ivp#prioriteit-${p.id}`;
  return (
    <section className="kp-card kp-keten-prioriteit" id={`keten-${p.id}`} aria-labelledby={kop}>
      <h2 className="utrecht-heading-2" id={kop}>
        {p.titel}{' '}
        <span className={`kp-tag kp-keten-tag${p.hiaten.length > 0 ? ' kp-tag--aandacht' : ''}`}>
          {p.hiaten.length === 0 ? 'keten compleet' : aantal(p.hiaten.length, 'hiaat', 'hiaten')}
        </span>
      </h2>

      {p.hiaten.length > 0 ? (
        <details className="kp-details kp-keten-hiatenlijst">
          <summary>Alle hiaten van deze prioriteit, met waar u ze herstelt</summary>
          <ul className="utrecht-unordered-list">
            {p.hiaten.map((h, i) => {
              const plek = herstelplek(basis, p, h);
              return (
                <li key={`${h.soort}-${i}`} className="utrecht-unordered-list__item">
                  {h.tekst}{' '}
                  <Link className="utrecht-link" to={plek.naar}>
                    {plek.tekst}
                  </Link>
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}

      <ol className="kp-keten-stappen" aria-label={`De keten van ${p.titel}`}>
        <Stap nummer={1} naam="Probleem" uitleg="Uit de veiligheidsanalyse">
          {p.problemen.length === 0 ? <p className="utrecht-paragraph kp-muted">Geen thema's van de analyse zichtbaar.</p> : null}
          {p.problemen.map((x) => {
            const h = p.hiaten.find((y) => y.soort === 'probleem-zonder-analyse' && y.themaId === x.themaId);
            return (
              <div key={x.sleutel} className="kp-keten-item">
                <p className="utrecht-paragraph kp-keten-item__kop">
                  <Link className="utrecht-link" to={`${basis}/secties/${x.sleutel}`}>
                    {metBreekpunten(x.titel)}
                  </Link>
                  <Vertrouwelijk ja={x.vertrouwelijk} />
                </p>
                {x.samenvatting ? <p className="utrecht-paragraph">{x.samenvatting}</p> : null}
                {h ? <HiaatMarker>nog niet geanalyseerd.</HiaatMarker> : null}
              </div>
            );
          })}
        </Stap>

        <Stap nummer={2} naam="Cijfers" uitleg="Bij het probleem">
          {p.problemen.every((x) => x.cijfers.length === 0) ? (
            <p className="utrecht-paragraph kp-muted">Bij deze thema's staan nog geen cijfers in de analyse.</p>
          ) : (
            <ul className="kp-keten-lijst">
              {p.problemen.flatMap((x) =>
                x.cijfers.map((c, i) => (
                  <li key={`${x.sleutel}-${i}`}>
                    {c.omschrijving}: <strong>{formatGetal(c.waarde)}</strong>
                    {c.eenheid && c.eenheid !== 'aantal' ? ` ${c.eenheid}` : ''} <span className="kp-muted">({[c.periode, c.bron].filter(Boolean).join(', ')})</span>
                  </li>
                )),
              )}
            </ul>
          )}
        </Stap>

        <Stap nummer={3} naam="Doel" uitleg="Uit het IVP">
          {p.doel ? <p className="utrecht-paragraph kp-voorgevormd">{p.doel}</p> : null}
          {geenDoel ? <HiaatMarker>geen doel en geen effectindicator met streefwaarde.</HiaatMarker> : null}
          {nietMeetbaar ? <HiaatMarker>het doel is niet meetbaar: geen indicator met streefwaarde.</HiaatMarker> : null}
          <p className="utrecht-paragraph kp-klein">
            <Link className="utrecht-link" to={ivpLink}>
              Het doel in het IVP
            </Link>
          </p>
        </Stap>

        <Stap nummer={4} naam="Maatregelen" uitleg="Uit de uitvoeringsplannen">
          {geenMaatregel ? <HiaatMarker>nog geen maatregel in een uitvoeringsplan.</HiaatMarker> : null}
          {p.maatregelen.map((m) => (
            <MaatregelItem key={`${m.jaar}-${m.id}`} m={m} p={p} basis={basis} />
          ))}
        </Stap>

        <Stap nummer={5} naam="Output" uitleg="Prestaties van de maatregelen">
          {p.maatregelen.length === 0 ? <p className="utrecht-paragraph kp-muted">Zonder maatregelen geen output.</p> : null}
          {p.maatregelen.length > 0 ? (
            <ul className="kp-keten-lijst">
              {p.maatregelen.map((m) => (
                <li key={`${m.jaar}-${m.id}`}>
                  <span className="kp-keten-naam">
                    {m.naam} ({m.jaar}):
                  </span>{' '}
                  {m.output.prestatieIndicator || <span className="kp-muted">geen prestatie-indicator</span>}
                  {m.output.gepland !== null || m.output.gerealiseerd !== null ? (
                    <span className="kp-blok kp-klein">
                      Gepland {m.output.gepland === null ? '–' : formatGetal(m.output.gepland)}, gerealiseerd {m.output.gerealiseerd === null ? '–' : formatGetal(m.output.gerealiseerd)}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </Stap>

        <Stap nummer={6} naam="Effect" uitleg="Effectindicatoren">
          {p.indicatoren.length === 0 ? <p className="utrecht-paragraph kp-muted">Nog geen effectindicatoren.</p> : null}
          {p.indicatoren.map((i) => (
            <IndicatorItem key={i.id} i={i} p={p} basis={basis} />
          ))}
        </Stap>
      </ol>
    </section>
  );
}

function Stap({ nummer, naam, uitleg, children }: { nummer: number; naam: string; uitleg: string; children: ReactNode }) {
  return (
    <li className="kp-keten-stap">
      <h3 className="utrecht-heading-3 kp-keten-stap__kop">
        <span className="kp-keten-stap__nummer" aria-hidden="true">
          {nummer}
        </span>
        <span>
          <span className="kp-visually-hidden">Stap {nummer}: </span>
          {naam}
          <span className="kp-keten-stap__uitleg">{uitleg}</span>
        </span>
      </h3>
      {children}
    </li>
  );
}

function MaatregelItem({ m, p, basis }: { m: KetenMaatregel; p: KetenPrioriteit; basis: string }) {
  const hiaten = p.hiaten.filter((h) => h.maatregelId === m.id && h.jaar === m.jaar);
  const bewijs = m.methodeId ? bewijsVan(m.methodeId) : null;
  const indicatoren = m.indicatorIds.map((id) => p.indicatoren.find((i) => i.id === id)?.naam).filter((x): x is string => !!x);
  return (
    <div className="kp-keten-item">
      <p className="utrecht-paragraph kp-keten-item__kop">
        <Link className="utrecht-link" to={`${basis}/uitvoeringsplan?jaar=${m.jaar}#maatregel-${m.id}`}>
          {m.naam}
        </Link>{' '}
        <span className="kp-muted kp-keten-status">
          ({m.jaar}, {maatregelStatusNamen[m.status].toLowerCase()})
        </span>
        <Vertrouwelijk ja={m.vertrouwelijk} />
      </p>
      {m.methodeId ? (
        <p className="utrecht-paragraph kp-klein">
          Methode:{' '}
          <Link className="utrecht-link" to={`/methoden/${encodeURIComponent(m.methodeId)}`}>
            {m.methodeNaam ?? m.methodeId}
          </Link>
          {bewijs ? (
            <>
              {' '}
              <span className={`kp-tag kp-keten-bewijs kp-keten-bewijs--${bewijs.niveau}`} title={bewijs.bron}>
                {bewijsNamen[bewijs.niveau]}
              </span>
            </>
          ) : null}
        </p>
      ) : null}
      {m.onderbouwing ? <p className="utrecht-paragraph kp-klein">Onderbouwing: {m.onderbouwing}</p> : null}
      {indicatoren.length > 0 ? <p className="utrecht-paragraph kp-klein">Moet bewegen: {indicatoren.join(', ')}</p> : null}
      {hiaten.map((h) => (
        <HiaatMarker key={h.soort}>
          {h.soort === 'maatregel-zonder-indicator'
            ? 'beweegt geen effectindicator van deze prioriteit.'
            : h.soort === 'maatregel-zonder-probleem'
              ? 'noemt geen probleem uit de analyse.'
              : 'geen methode en geen andere onderbouwing.'}
        </HiaatMarker>
      ))}
    </div>
  );
}

function IndicatorItem({ i, p, basis }: { i: KetenIndicator; p: KetenPrioriteit; basis: string }) {
  const hiaat = p.hiaten.some((h) => h.soort === 'indicator-zonder-maatregel' && h.indicatorId === i.id);
  const referentie = i.referentiejaar !== null && i.referentiewaarde !== null ? `${formatMetEenheid(i.referentiewaarde, i.eenheid)} (${i.referentiejaar})` : 'nog geen nulmeting';
  const streef = i.streefwaarde ? `${i.streeftekst && i.streeftekst !== formatGetal(i.streefwaarde.waarde, i.eenheid) ? i.streeftekst : formatMetEenheid(i.streefwaarde.waarde, i.eenheid)} (${i.streefwaarde.jaar})` : 'nog geen streefwaarde';
  return (
    <div className="kp-keten-item">
      <p className="utrecht-paragraph kp-keten-item__kop">
        <Link className="utrecht-link" to={`${basis}/indicatoren#indicator-${i.id}`}>
          {i.naam}
        </Link>
        <Vertrouwelijk ja={i.vertrouwelijk} />
      </p>
      <dl className="kp-meta kp-keten-meta">
        <div>
          <dt>Van</dt>
          <dd>{referentie}</dd>
        </div>
        <div>
          <dt>Naar</dt>
          <dd>{streef}</dd>
        </div>
        <div>
          <dt>Laatste meting</dt>
          <dd>{i.laatsteMeting ? `${formatMetEenheid(i.laatsteMeting.waarde, i.eenheid)} (${i.laatsteMeting.periode})` : 'nog geen'}</dd>
        </div>
      </dl>
      <p className="utrecht-paragraph">
        <span className={`kp-status kp-status--${i.status}`}>{statusNamen[i.status]}</span>
      </p>
      {hiaat ? <HiaatMarker>geen maatregel moet deze indicator bewegen.</HiaatMarker> : null}
    </div>
  );
}
