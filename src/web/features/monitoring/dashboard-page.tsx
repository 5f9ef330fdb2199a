/**
 * Step 6 "Sturing": the dashboard. Per priority the effect indicators (chart, status in words, change
 * against the reference) and the progress of the measures; a period filter in the address (?van=&tot=)
 * so a view can be shared; and the target table in the form of the Rotterdam annex, also as Word.
 * Readable for every member with dashboard.lezen, including the council; links to pages of the cycle
 * in progress only for who may read them.
 */
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { maatregelStatusNamen, maatregelStatussen } from '../../../domain/cyclus/inhoud.ts';
import type { Dashboard, DashboardGroep, IndicatorOverzicht } from '../../../domain/monitoring/dashboard.ts';
import { formatGetal, formatProcentVerandering } from '../../../domain/monitoring/getallen.ts';
import type { Streefcel, Streefrij } from '../../../domain/monitoring/indicatoren.ts';
import { bronNamen, eenheidTekst, type IndicatorStatus, richtingNamen, statusNamen } from '../../../domain/monitoring/typen.ts';
import type { MaatregelMetPlek, MaatregelVoortgang } from '../../../domain/monitoring/voortgang.ts';
import { mag, magVoortgangBijwerken } from '../../../domain/toegang/rollen.ts';
import { datum } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useBron } from '../../shared/use-api.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Tabelkader } from '../../shared/formulier.tsx';
import { useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { IndicatorGrafiek, periodeNaam, statusKleur } from './indicator-grafiek.tsx';

type DashboardIndicator = IndicatorOverzicht & { eigenaarNaam?: string | null };
type DashboardAntwoord = Omit<Dashboard, 'groepen'> & {
  groepen: (Omit<DashboardGroep, 'indicatoren'> & { indicatoren: DashboardIndicator[] })[];
  volgendOverleg: string | null;
  eigenaren: Record<string, string>;
  planperiode: { van: number | null; tot: number | null };
};

/** The years a user can choose, and the default: the plan period including the reference years. */
function jaarbereik(d: DashboardAntwoord): { jaren: number[]; standaard: { van: number; tot: number } } {
  const indicatoren = d.groepen.flatMap((g) => g.indicatoren);
  const referentie = indicatoren.flatMap((i) => (i.referentiejaar === null ? [] : [i.referentiejaar]));
  const alle = [
    ...referentie,
    ...indicatoren.flatMap((i) => [...i.streefwaarden.map((s) => s.jaar), ...i.metingen.map((m) => Number(m.periode.slice(0, 4)))]),
    ...d.groepen.flatMap((g) => g.maatregelen.map((m) => m.jaar)),
    ...[d.planperiode.van, d.planperiode.tot].filter((j): j is number => j !== null),
  ].filter((j) => Number.isInteger(j) && j >= 1900 && j <= 2199);
  const nu = new Date().getFullYear();
  const eerste = alle.length ? Math.min(...alle) : nu;
  const laatste = alle.length ? Math.max(...alle) : nu;
  const van = Math.min(...[d.planperiode.van ?? eerste, ...referentie]);
  const tot = d.planperiode.tot ?? laatste;
  const jaren: number[] = [];
  for (let j = Math.min(eerste, van); j <= Math.max(laatste, tot); j++) jaren.push(j);
  return { jaren, standaard: { van, tot } };
}

const leesJaar = (s: string | null) => (s && /^\d{4}$/.test(s) && Number(s) >= 1900 && Number(s) <= 2199 ? Number(s) : null);

/** The years to choose from, widened to a period asked for in the address. */
function metJaren(jaren: number[], van: number, tot: number): number[] {
  const uit: number[] = [];
  for (let j = Math.min(jaren[0] ?? van, van); j <= Math.max(jaren.at(-1) ?? tot, tot); j++) uit.push(j);
  return uit;
}

/** Status in words with its own icon (circle, triangle, diamond as in the chart): never colour alone. */
export function StatusLabel({ status }: { status: IndicatorStatus }) {
  return (
    <span className={`kp-status kp-status--${status}`}>
      <svg className="kp-status__icoon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        {status === 'op-koers' ? (
          <>
            <circle cx="10" cy="10" r="9" fill={statusKleur[status]} />
            <path d="M5.5 10.5 L8.7 13.5 L14.5 6.8" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
          </>
        ) : status === 'achter' ? (
          <>
            <path d="M10 1.5 L19 18 L1 18 Z" fill={statusKleur[status]} />
            <path d="M10 7 L10 12" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
            <circle cx="10" cy="15" r="1.3" fill="#fff" />
          </>
        ) : (
          <>
            <path d="M10 0.8 L19.2 10 L10 19.2 L0.8 10 Z" fill={statusKleur[status]} />
            <path d="M6 10 L14 10" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
          </>
        )}
      </svg>
      {statusNamen[status]}
    </span>
  );
}

/** "3 van 7 afgerond (43%)" with a bar; the bar is decoration, the sentence says it all. */
function Voortgang({ v, id }: { v: MaatregelVoortgang; id: string }) {
  const basis = v.totaal - v.perStatus.geschrapt;
  const procent = v.afgerondProcent ?? 0;
  return (
    <div className="kp-voortgang">
      <p className="utrecht-paragraph kp-voortgang__tekst" id={id}>
        <strong>
          {v.perStatus.afgerond} van {basis} {basis === 1 ? 'maatregel' : 'maatregelen'} afgerond ({procent}%)
        </strong>
        {v.perStatus.geschrapt > 0 ? `; ${v.perStatus.geschrapt} geschrapt, niet meegeteld` : ''}
        {v.teLaat > 0 ? `; ${v.teLaat} te laat` : ''}.
      </p>
      <div className="kp-voortgangsbalk" aria-hidden="true">
        <span className="kp-voortgangsbalk__deel" style={{ width: `${procent}%` }} />
      </div>
      <ul className="kp-telling" aria-label="Maatregelen per status">
        {maatregelStatussen.map((s) => (
          <li key={s} className={`kp-telling__item kp-telling__item--${s}`}>
            {maatregelStatusNamen[s]}: <strong>{v.perStatus[s]}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Periodefilter({ jaren, van, tot, standaard, onKies }: { jaren: number[]; van: number; tot: number; standaard: boolean; onKies: (van: number, tot: number) => void }) {
  const [keuze, setKeuze] = useState({ van, tot });
  const fout = keuze.tot < keuze.van ? `Kies als laatste jaar ${keuze.van} of later.` : null;
  const kies = (nieuw: { van: number; tot: number }) => {
    setKeuze(nieuw);
    if (nieuw.tot >= nieuw.van) onKies(nieuw.van, nieuw.tot);
  };
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    if (!fout) onKies(keuze.van, keuze.tot);
  };
  return (
    <form className="kp-periodefilter" onSubmit={verstuur} aria-labelledby="periode-kop" noValidate>
      <h2 className="utrecht-heading-2 kp-visually-hidden" id="periode-kop">
        Periode
      </h2>
      <fieldset className="kp-fieldset">
        <legend>Periode van de metingen en maatregelen</legend>
        <p className="utrecht-paragraph kp-klein kp-muted" id="periode-uitleg">
          {standaard ? 'Standaard: de hele planperiode, met de referentiejaren. ' : ''}De cijfers passen zich aan zodra u een jaar kiest.
        </p>
        <div className="kp-periodefilter__velden">
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor="periode-van">
              Van (jaar)
            </label>
            <select id="periode-van" className="utrecht-select" aria-describedby="periode-uitleg" value={keuze.van} onChange={(e) => kies({ ...keuze, van: Number(e.target.value) })}>
              {jaren.map((j) => (
                <option key={j} value={j}>
                  {j}
                </option>
              ))}
            </select>
          </div>
          <div className={`utrecht-form-field kp-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label" htmlFor="periode-tot">
              Tot en met (jaar)
            </label>
            {fout ? (
              <p className="utrecht-form-field-error-message kp-field__fout" id="periode-tot-fout">
                {fout}
              </p>
            ) : null}
            <select
              id="periode-tot"
              className="utrecht-select"
              value={keuze.tot}
              aria-invalid={fout ? true : undefined}
              aria-describedby={fout ? 'periode-tot-fout' : undefined}
              onChange={(e) => kies({ ...keuze, tot: Number(e.target.value) })}
            >
              {jaren.map((j) => (
                <option key={j} value={j}>
                  {j}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action kp-periodefilter__knop">
            Periode tonen
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function Feit({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function IndicatorKaart({ ind, beoordeling, bijwerkenPad }: { ind: DashboardIndicator; beoordeling: Dashboard['beoordeling']; bijwerkenPad: string | null }) {
  const w = (v: number) => formatGetal(v, ind.eenheid);
  const laatste = ind.metingen.at(-1) ?? null;
  const kopId = `indicator-${ind.id}-kop`;
  return (
    <article className={`kp-indicator kp-indicator--${ind.status}`} id={`indicator-${ind.id}`} aria-labelledby={kopId} tabIndex={-1}>
      <h3 className="utrecht-heading-3 kp-indicator__naam" id={kopId}>
        {ind.naam}
      </h3>
      <p className="utrecht-paragraph kp-indicator__status">
        <StatusLabel status={ind.status} />
      </p>
      <p className="utrecht-paragraph">{ind.statusUitleg}</p>
      <dl className="kp-feiten">
        <Feit label="Eenheid">
          {eenheidTekst(ind.eenheid, ind.noemer)}, {richtingNamen[ind.richting]}
        </Feit>
        <Feit label="Bron">
          {ind.bronToelichting.toLowerCase().startsWith(bronNamen[ind.bron].toLowerCase()) ? ind.bronToelichting : `${bronNamen[ind.bron]}${ind.bronToelichting ? `: ${ind.bronToelichting}` : ''}`}
        </Feit>
        <Feit label="Eigenaar">{ind.eigenaarNaam ?? 'Nog geen eigenaar'}</Feit>
        <Feit label="Referentie">{ind.referentiejaar !== null && ind.referentiewaarde !== null ? `${w(ind.referentiewaarde)} in ${ind.referentiejaar}` : 'Nog niet vastgelegd'}</Feit>
        <Feit label="Streefwaarde">
          {ind.eindjaar !== null && ind.eindstreefwaarde !== null ? (ind.eindvorm ? `${ind.eindvorm}, tot en met ${ind.eindjaar}` : `${w(ind.eindstreefwaarde)} in ${ind.eindjaar}`) : 'Nog niet vastgelegd'}
          {ind.streefveranderingProcent !== null && (!ind.eindvorm || ind.eindvorm.startsWith('−') || ind.eindvorm.startsWith('+')) ? ` (streefverandering ${formatProcentVerandering(ind.streefveranderingProcent)})` : ''}
        </Feit>
        <Feit label="Laatste meting">
          {laatste ? (
            <>
              {w(laatste.waarde)} in {periodeNaam(laatste.periode)}
              {ind.gerealiseerdeVeranderingProcent !== null ? ` (gerealiseerd ${formatProcentVerandering(ind.gerealiseerdeVeranderingProcent)} t.o.v. de referentie)` : ''}
            </>
          ) : (
            'Geen meting in deze periode'
          )}
        </Feit>
      </dl>
      {laatste?.volatiel || laatste?.significant === false ? (
        <ul className="kp-kanttekeningen">
          {laatste.volatiel ? (
            <li>
              <strong>Klein aantal:</strong> de referentie of de meting ligt onder de 20. Zulke aantallen schommelen van jaar tot jaar sterk; lees de verandering voorzichtig.
            </li>
          ) : null}
          {laatste.significant === false ? (
            <li>
              <strong>Niet significant:</strong> het verschil met de referentie is niet groter dan toeval (exacte toets voor tellingen, p ≥ 0,05).
            </li>
          ) : null}
        </ul>
      ) : null}
      {ind.streefhulp ? (
        <div className="kp-note kp-streefhulp">
          <p className="utrecht-paragraph">
            <strong>Streefwaarde en trend:</strong> {ind.streefhulp.melding}
          </p>
        </div>
      ) : null}
      <IndicatorGrafiek indicator={ind} beoordeling={beoordeling} />
      {bijwerkenPad ? (
        <p className="utrecht-paragraph kp-klein kp-geen-print">
          <Link className="utrecht-link" to={bijwerkenPad}>
            Meting invoeren of indicator bewerken<span className="kp-visually-hidden">: {ind.naam}</span>
          </Link>
        </p>
      ) : null}
    </article>
  );
}

const kwartaalTekst = (k: string | null) => (k ? periodeNaam(k) : '–');

function Maatregeltabel({ titel, maatregelen, eigenaren }: { titel: string; maatregelen: MaatregelMetPlek[]; eigenaren: Record<string, string> }) {
  return (
    <Tabelkader label={`Maatregelen: ${titel}`}>
      <table className="utrecht-table kp-table">
        <caption className="kp-visually-hidden">Maatregelen: {titel}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['Maatregel', 'Status', 'Gereed gepland', 'Eigenaar', 'Toelichting'].map((k) => (
              <th key={k} scope="col" className="utrecht-table__header-cell">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {maatregelen.map((m) => (
            <tr key={`${m.jaar}-${m.id}`} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {m.naam}
                <span className="kp-blok kp-klein kp-muted">
                  Uitvoeringsplan {m.jaar}, {m.actiepunt}
                </span>
              </th>
              <td className="utrecht-table__cell">
                <span className={`kp-maatregelstatus kp-maatregelstatus--${m.status}`}>{maatregelStatusNamen[m.status]}</span>
                {m.teLaat && m.status !== 'vertraagd' ? <span className="kp-tag kp-tag--aandacht kp-te-laat">Te laat</span> : null}
                {m.status === 'vertraagd' ? <span className="kp-blok kp-klein">(te laat)</span> : null}
              </td>
              <td className="utrecht-table__cell">{kwartaalTekst(m.eindKwartaal)}</td>
              <td className="utrecht-table__cell">{m.eigenaarId ? (eigenaren[m.eigenaarId] ?? 'Oud lid') : 'Geen eigenaar'}</td>
              <td className="utrecht-table__cell">{m.statusToelichting || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Tabelkader>
  );
}

function groepAnker(g: { prioriteitId: string | null }) {
  return `groep-${g.prioriteitId ?? 'overig'}`;
}

function Streeftabel({ basis, indicatoren }: { basis: string; indicatoren: DashboardIndicator[] }) {
  const [uit, setUit] = useState<Set<string>>(new Set());
  const gekozen = indicatoren.filter((i) => !uit.has(i.id)).map((i) => i.id);
  const query = gekozen.map(encodeURIComponent).join(',');
  const bron = useBron<{ tabel: { jaren: number[]; rijen: Streefrij[] } }>(gekozen.length ? `${basis}/streeftabel?indicatoren=${query}` : null);
  const zet = (id: string, aan: boolean) =>
    setUit((oud) => {
      const nieuw = new Set(oud);
      if (aan) nieuw.delete(id);
      else nieuw.add(id);
      return nieuw;
    });
  const w = (v: number | null | undefined, r: Streefrij) => (v === null || v === undefined ? '' : formatGetal(v, r.eenheid));
  return (
    <section className="kp-section" aria-labelledby="streeftabel-kop" id="streeftabel">
      <h2 className="utrecht-heading-2" id="streeftabel-kop">
        Streeftabel
      </h2>
      <p className="utrecht-paragraph">
        Per indicator de referentie, de streefwaarde per jaar, de eindstreefwaarde en de mutatie: zoals de bijlage met doelstellingen van een beleidsplan. Kies welke indicatoren erin
        staan.
      </p>
      <fieldset className="kp-fieldset kp-streefkeuze kp-geen-print">
        <legend>Indicatoren in de streeftabel</legend>
        <div className="kp-rij-acties">
          <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => setUit(new Set())}>
            Alle indicatoren kiezen
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => setUit(new Set(indicatoren.map((i) => i.id)))}>
            Geen indicator kiezen
          </button>
        </div>
        <ul className="kp-streefkeuze__lijst">
          {indicatoren.map((i) => (
            <li key={i.id} className="kp-check">
              <input type="checkbox" id={`streef-${i.id}`} checked={!uit.has(i.id)} onChange={(e) => zet(i.id, e.target.checked)} />
              <label htmlFor={`streef-${i.id}`}>{i.naam}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      {gekozen.length === 0 ? (
        <p className="utrecht-paragraph kp-muted" role="status">
          Kies ten minste één indicator om de streeftabel te zien.
        </p>
      ) : (
        <>
          <Laden toestand={bron.toestand}>
            {({ tabel }) => (
              <Tabelkader label="Streeftabel">
                <table className="utrecht-table kp-table kp-streeftabel">
                  <caption className="utrecht-table__caption kp-tabel-titel">Streefwaarden per indicator ({gekozen.length === 1 ? '1 indicator' : `${gekozen.length} indicatoren`})</caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th scope="col" className="utrecht-table__header-cell">
                        Indicator
                      </th>
                      <th scope="col" className="utrecht-table__header-cell kp-getal">
                        Referentiejaar
                      </th>
                      <th scope="col" className="utrecht-table__header-cell kp-getal">
                        Referentiewaarde
                      </th>
                      {tabel.jaren.map((j) => (
                        <th key={j} scope="col" className="utrecht-table__header-cell kp-getal">
                          {j}
                        </th>
                      ))}
                      <th scope="col" className="utrecht-table__header-cell kp-getal">
                        Eindstreefwaarde
                      </th>
                      <th scope="col" className="utrecht-table__header-cell kp-getal">
                        Mutatie
                      </th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {tabel.rijen.map((r) => (
                      <tr key={r.id} className="utrecht-table__row">
                        <th scope="row" className="utrecht-table__header-cell">
                          {r.naam}
                          <span className="kp-blok kp-klein kp-muted">{r.eenheidTekst}</span>
                        </th>
                        <td className="utrecht-table__cell kp-getal">{r.referentiejaar ?? '–'}</td>
                        <td className="utrecht-table__cell kp-getal">{r.referentiewaarde === null ? '–' : w(r.referentiewaarde, r)}</td>
                        {tabel.jaren.map((j) => (
                          <td key={j} className="utrecht-table__cell kp-getal">
                            <Streefvak cel={r.cellen[j] ?? null} terugval={w(r.streefwaarden[j], r)} />
                          </td>
                        ))}
                        <td className="utrecht-table__cell kp-getal">{r.eindtekst ?? (r.eindstreefwaarde === null ? '–' : w(r.eindstreefwaarde, r))}</td>
                        <td className="utrecht-table__cell kp-getal">{r.mutatieProcent === null ? '–' : formatProcentVerandering(r.mutatieProcent)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Tabelkader>
            )}
          </Laden>
          <p className="utrecht-paragraph kp-klein kp-muted">
            Mutatie: de eindstreefwaarde tegenover de referentiewaarde, in procenten met één decimaal. Een leeg vak: voor dat jaar geen streefwaarde. Elke streefwaarde staat in de vorm van het plan:
            een relatieve met het niveau dat eruit volgt eronder, een kwalitatieve (afname, stabiel, toename) zonder getal en zonder mutatie.
          </p>
          <p className="utrecht-paragraph kp-geen-print">
            <a className="kp-button-link kp-button-link--secondary" href={`/api/v1${basis}/streeftabel?formaat=docx&indicatoren=${query}`} download>
              Download de streeftabel als Word (.docx)
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** One cell of the target table: the target in the plan's form; a relative target with its computed level below it. */
function Streefvak({ cel, terugval }: { cel: Streefcel | null; terugval: string }) {
  if (!cel) return <>{terugval}</>;
  if (cel.niveau === null) return <>{cel.tekst}</>;
  return (
    <>
      {cel.tekst}
      <span className="kp-blok kp-klein kp-muted">niveau {cel.niveau}</span>
    </>
  );
}

/** Moves to `#indicator-…` once the content is there (links in notifications point at a card). */
function useAnker(klaar: boolean) {
  const { hash } = useLocation();
  const gedaan = useRef<string | null>(null);
  useEffect(() => {
    if (!klaar || !hash || gedaan.current === hash) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    gedaan.current = hash;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [klaar, hash]);
}

export function DashboardPage() {
  const { werkruimte, lid, gebruiker } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const cyclusLezer = mag(lid, 'cyclus.lezen');
  const titel = cyclusLezer ? 'Stap 6: sturing' : 'Dashboard';
  usePaginatitel(`${titel} – ${werkruimte.naam}`);
  const [zoek, setZoek] = useSearchParams();

  // Unfiltered: for the years to choose from and the default period.
  const alles = useBron<DashboardAntwoord>(`${basis}/dashboard`);
  const bereik = alles.toestand.status === 'klaar' ? jaarbereik(alles.toestand.data) : null;
  const gevraagd = { van: leesJaar(zoek.get('van')), tot: leesJaar(zoek.get('tot')) };
  const ongeldig = (zoek.has('van') && gevraagd.van === null) || (zoek.has('tot') && gevraagd.tot === null) || (gevraagd.van !== null && gevraagd.tot !== null && gevraagd.tot < gevraagd.van);
  const van = ongeldig ? bereik?.standaard.van : (gevraagd.van ?? bereik?.standaard.van);
  const tot = ongeldig ? bereik?.standaard.tot : (gevraagd.tot ?? bereik?.standaard.tot);
  // A joint plan: the dashboard of one municipality (the shared priorities and its own local part).
  const gemeenten = werkruimte.deelnemendeGemeenten.length > 0 ? [{ gemeentecode: werkruimte.gemeentecode, gemeentenaam: werkruimte.gemeentenaam }, ...werkruimte.deelnemendeGemeenten] : [];
  const gemeente = gemeenten.find((g) => g.gemeentecode === zoek.get('gemeente'))?.gemeentecode ?? null;
  const bron = useBron<DashboardAntwoord>(van !== undefined && tot !== undefined ? `${basis}/dashboard?van=${van}&tot=${tot}${gemeente ? `&gemeente=${gemeente}` : ''}` : null);
  const isStandaard = bereik !== null && van === bereik.standaard.van && tot === bereik.standaard.tot;

  useLiveBericht((b) => {
    if (b.type === 'werkruimte' || b.type === 'opnieuw-verbonden') {
      void alles.vernieuw();
      void bron.vernieuw();
    }
  });
  useAnker(bron.toestand.status === 'klaar');

  const kies = (v: number, t: number) => {
    const metGemeente: Record<string, string> = gemeente ? { gemeente } : {};
    if (bereik && v === bereik.standaard.van && t === bereik.standaard.tot) setZoek(metGemeente);
    else setZoek({ van: String(v), tot: String(t), ...metGemeente });
  };
  const kiesGemeente = (code: string) => {
    const nieuw = new URLSearchParams(zoek);
    if (code) nieuw.set('gemeente', code);
    else nieuw.delete('gemeente');
    setZoek(nieuw);
  };

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Dashboard' }]} />
      <h1 className="utrecht-heading-1">{titel}</h1>
      <CyclusNavigatie huidig="dashboard" />
      <p className="utrecht-paragraph kp-lead">
        Hoe staat het met de doelen van het veiligheidsplan? Per prioriteit de effectindicatoren tegenover hun streefpad, en de voortgang van de maatregelen.
      </p>
      <nav className="kp-sturingnav kp-geen-print" aria-label="Sturing">
        <ul>
          <li>
            <Link className="utrecht-link" to={`${basis}/rapportages`}>
              Voortgangsrapportages en jaarbeeld
            </Link>
          </li>
          {cyclusLezer ? (
            <li>
              <Link className="utrecht-link" to={`${basis}/indicatoren`}>
                {mag(lid, 'cyclus.bewerken') ? 'Indicatoren en metingen beheren' : 'Indicatoren en metingen'}
              </Link>
            </li>
          ) : null}
          {cyclusLezer ? (
            <li>
              <Link className="utrecht-link" to={`${basis}/voortgangsoverleg`}>
                Voortgangsoverleg
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      {ongeldig ? (
        <div className="kp-warning" role="alert">
          <p className="utrecht-paragraph">De gevraagde periode in het adres klopt niet; u ziet de hele planperiode.</p>
        </div>
      ) : null}
      <Laden toestand={alles.toestand}>
        {() =>
          bereik && van !== undefined && tot !== undefined ? (
            <>
              <Periodefilter key={`${van}-${tot}`} jaren={metJaren(bereik.jaren, van, tot)} van={van} tot={tot} standaard={isStandaard} onKies={kies} />
              {gemeenten.length > 0 ? (
                <div className="utrecht-form-field kp-geen-print">
                  <label className="utrecht-form-label" htmlFor="dashboard-gemeente">
                    Gemeente
                  </label>
                  <p className="utrecht-form-field-description" id="dashboard-gemeente-uitleg">
                    Een gezamenlijk plan: kies een gemeente voor haar dashboard, met de gezamenlijke prioriteiten en haar eigen lokale deel.
                  </p>
                  <select
                    id="dashboard-gemeente"
                    className="utrecht-select"
                    aria-describedby="dashboard-gemeente-uitleg"
                    value={gemeente ?? ''}
                    onChange={(e) => kiesGemeente(e.target.value)}
                  >
                    <option value="">Alle gemeenten samen</option>
                    {gemeenten.map((g) => (
                      <option key={g.gemeentecode} value={g.gemeentecode}>
                        {g.gemeentenaam}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
              <Laden toestand={bron.toestand}>
                {(d) => <DashboardInhoud d={d} van={van} tot={tot} basis={basis} bijwerken={(i) => (cyclusLezer && magVoortgangBijwerken(lid, i.eigenaarId === gebruiker.id) ? `${basis}/indicatoren#indicator-${i.id}` : null)} />}
              </Laden>
            </>
          ) : null
        }
      </Laden>
    </>
  );
}

function DashboardInhoud({ d, van, tot, basis, bijwerken }: { d: DashboardAntwoord; van: number; tot: number; basis: string; bijwerken: (i: DashboardIndicator) => string | null }) {
  const s = d.samenvatting;
  const indicatoren = d.groepen.flatMap((g) => g.indicatoren);
  return (
    <>
      <section className="kp-section" aria-labelledby="samenvatting-kop">
        <h2 className="utrecht-heading-2" id="samenvatting-kop">
          Samenvatting {van === tot ? van : `${van}–${tot}`}
        </h2>
        <h3 className="utrecht-heading-3">Effectindicatoren</h3>
        <ul className="kp-statustegels">
          {(['op-koers', 'achter', 'onbekend'] as const).map((st) => (
            <li key={st} className={`kp-statustegel kp-statustegel--${st}`}>
              <span className="kp-statustegel__getal">{s[st]}</span> <span className="kp-statustegel__eenheid">{s[st] === 1 ? 'indicator' : 'indicatoren'}</span> <StatusLabel status={st} />
            </li>
          ))}
        </ul>
        <h3 className="utrecht-heading-3">Maatregelen</h3>
        {s.maatregelen.totaal === 0 ? <p className="utrecht-paragraph kp-muted">Geen maatregelen in uitvoeringsplannen van deze periode.</p> : <Voortgang v={s.maatregelen} id="voortgang-totaal" />}
        {d.volgendOverleg ? <p className="utrecht-paragraph">Volgend voortgangsoverleg: {datum(`${d.volgendOverleg}T12:00:00Z`)}.</p> : null}
        {d.groepen.length > 1 ? (
          <nav aria-label="Prioriteiten op deze pagina" className="kp-geen-print">
            <ul className="kp-inhoudslijst">
              {d.groepen.map((g) => (
                <li key={groepAnker(g)}>
                  <a className="utrecht-link" href={`#${groepAnker(g)}`}>
                    {g.prioriteitId ? `Prioriteit: ${g.titel}` : g.titel}
                  </a>
                </li>
              ))}
              <li>
                <a className="utrecht-link" href="#streeftabel">
                  Streeftabel
                </a>
              </li>
            </ul>
          </nav>
        ) : null}
      </section>
      {d.groepen.length === 0 ? (
        <p className="utrecht-paragraph kp-muted">Er zijn nog geen prioriteiten, indicatoren of maatregelen.</p>
      ) : null}
      {d.groepen.map((g) => (
        <section key={groepAnker(g)} className="kp-section kp-groep" aria-labelledby={`${groepAnker(g)}-kop`} id={groepAnker(g)}>
          <h2 className="utrecht-heading-2" id={`${groepAnker(g)}-kop`}>
            {g.prioriteitId ? `Prioriteit: ${g.titel}` : g.titel}
          </h2>
          {g.indicatoren.length === 0 ? (
            <p className="utrecht-paragraph kp-muted">Voor deze prioriteit zijn nog geen effectindicatoren vastgelegd.</p>
          ) : (
            <div className="kp-indicatoren">
              {g.indicatoren.map((i) => (
                <IndicatorKaart key={i.id} ind={i} beoordeling={d.beoordeling} bijwerkenPad={bijwerken(i)} />
              ))}
            </div>
          )}
          <h3 className="utrecht-heading-3">Maatregelen: {g.titel}</h3>
          {g.maatregelen.length === 0 ? (
            <p className="utrecht-paragraph kp-muted">Geen maatregelen in de uitvoeringsplannen van deze periode.</p>
          ) : (
            <>
              <Voortgang v={g.voortgang} id={`${groepAnker(g)}-voortgang`} />
              <Maatregeltabel titel={g.titel} maatregelen={g.maatregelen} eigenaren={d.eigenaren} />
            </>
          )}
        </section>
      ))}
      {indicatoren.length > 0 ? <Streeftabel basis={basis} indicatoren={indicatoren} /> : null}
    </>
  );
}
