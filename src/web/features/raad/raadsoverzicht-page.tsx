/**
 * The council view (issue 15, point 3): per priority of the IVP the council adopted, the goal beside
 * its effect indicators in plain words (op koers, achter, niet te beoordelen), the measures' progress,
 * the questions of council members with the coordinator's answers, the reports offered to the council
 * and the adopted documents. Council members ask here; the coordinator answers here.
 */
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import type { RaadsIndicator, RaadsMaatregelen, Raadsvraag } from '../../../domain/raad/raad.ts';
import { type Vondst, veldfouten } from '../../shared/api.ts';
import { useSchrijf } from '../../shared/sessie.tsx';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Meldingregel, type Melding } from '../../shared/formulier.tsx';
import { datum } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useBron } from '../../shared/use-api.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import './raad.css';

export interface RaadsPrioriteit {
  id: string | null;
  titel: string;
  doel: string;
  vastgesteld: boolean;
  koers: string;
  indicatoren: RaadsIndicator[];
  maatregelen: RaadsMaatregelen;
}

export interface AangebodenRapportage {
  periode: string;
  titel: string;
  versie: number;
  aangebodenOp: string;
  besprokenOp: string | null;
  status: string;
}

export interface Raadsoverzicht {
  ivp: { vastgesteld: true; versie: number; datum: string; gemeentecode: string | null } | { vastgesteld: false };
  uitleg: string | null;
  prioriteiten: RaadsPrioriteit[];
  laatsteRapportage: AangebodenRapportage | null;
  rapportages: AangebodenRapportage[];
  documenten: { titel: string; soort: string; versie: number; orgaan: string; datum: string; pad: string }[];
  mag: { vragen: boolean; beantwoorden: boolean; behandelingVastleggen: boolean };
}

export type Vraag = Raadsvraag & { vanMij: boolean };

export interface Raadsvragen {
  vragen: Vraag[];
  open: number;
  mag: { vragen: boolean; beantwoorden: boolean };
}

const statusKlasse: Record<RaadsIndicator['status'], string> = { 'op-koers': 'op-koers', achter: 'achter', onbekend: 'onbekend' };
const ankerVan = (titel: string, i: number) => `prioriteit-${i + 1}-${titel.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

export function RaadsoverzichtPage() {
  const { werkruimte } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  usePaginatitel(`Raadsoverzicht – ${werkruimte.naam}`);
  const overzicht = useBron<Raadsoverzicht>(`${basis}/raadsoverzicht`);
  const vragen = useBron<Raadsvragen>(`${basis}/raadsvragen`);
  const { vernieuw: vernieuwOverzicht } = overzicht;
  const { vernieuw: vernieuwVragen } = vragen;
  useLiveBericht((b) => {
    if (b.type === 'werkruimte' || b.type === 'opnieuw-verbonden') {
      void vernieuwVragen();
      if (b.type !== 'werkruimte' || b.id !== 'raadsvragen') void vernieuwOverzicht();
    }
  });
  const alleVragen = vragen.toestand.status === 'klaar' ? vragen.toestand.data.vragen : [];

  return (
    <div className="kp-raad">
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Raadsoverzicht' }]} />
      <h1 className="utrecht-heading-1">Raadsoverzicht</h1>
      <CyclusNavigatie huidig="raad" />
      <p className="utrecht-paragraph kp-lead">
        Hoe gaat het met het veiligheidsplan? Per prioriteit ziet u het doel, of de cijfers op koers liggen en hoe de maatregelen lopen. Heeft u een technische vraag?
        Stel haar bij de prioriteit of de rapportage; de coördinator antwoordt hier.
      </p>
      <LiveStatus />
      <Laden toestand={overzicht.toestand}>
        {(o) => (
          <>
            {o.ivp.vastgesteld ? (
              <p className="utrecht-paragraph">
                De raad stelde het Integraal Veiligheidsplan vast op {datum(o.ivp.datum)} (versie {o.ivp.versie}). Hieronder staan de prioriteiten uit dat plan.
              </p>
            ) : (
              <div className="kp-note">
                <p className="utrecht-paragraph">{o.uitleg}</p>
              </div>
            )}
            {o.prioriteiten.length > 0 ? (
              <nav className="kp-raad-inhoud" aria-label="Prioriteiten op deze pagina">
                <ul className="utrecht-unordered-list">
                  {o.prioriteiten.map((p, i) => (
                    <li key={p.titel} className="utrecht-unordered-list__item">
                      <a className="utrecht-link" href={`#${ankerVan(p.titel, i)}`}>
                        {p.titel}
                      </a>
                    </li>
                  ))}
                  <li className="utrecht-unordered-list__item">
                    <a className="utrecht-link" href="#rapportages-kop">
                      Rapportages aan de raad
                    </a>
                  </li>
                  <li className="utrecht-unordered-list__item">
                    <a className="utrecht-link" href="#documenten-kop">
                      Vastgestelde documenten
                    </a>
                  </li>
                </ul>
              </nav>
            ) : null}
            {o.prioriteiten.map((p, i) => (
              <PrioriteitKaart
                key={p.titel}
                anker={ankerVan(p.titel, i)}
                p={p}
                vragen={alleVragen.filter((v) => v.onderwerp.soort === 'prioriteit' && v.onderwerp.prioriteitId === p.id)}
                mag={o.mag}
                basis={basis}
                opGewijzigd={() => void vernieuwVragen()}
              />
            ))}
            <Rapportages o={o} basis={basis} vragen={alleVragen} opGewijzigd={() => void vernieuwVragen()} />
            <section className="kp-section" aria-labelledby="documenten-kop">
              <h2 className="utrecht-heading-2" id="documenten-kop">
                Vastgestelde documenten
              </h2>
              {o.documenten.length === 0 ? (
                <p className="utrecht-paragraph">Er is nog geen document vastgesteld.</p>
              ) : (
                <ul className="utrecht-unordered-list kp-raad-documenten">
                  {o.documenten.map((d) => (
                    <li key={`${d.pad}`} className="utrecht-unordered-list__item">
                      <Link className="utrecht-link" to={`${basis}/${d.pad}`}>
                        {d.titel}
                      </Link>{' '}
                      <span className="kp-muted">
                        (versie {d.versie}, vastgesteld door {d.orgaan === 'Raad' ? 'de raad' : d.orgaan === 'College' ? 'het college' : d.orgaan} op {datum(d.datum)})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Laden>
    </div>
  );
}

function Koers({ i }: { i: RaadsIndicator }) {
  return <span className={`kp-status kp-status--${statusKlasse[i.status]}`}>{i.koers.charAt(0).toUpperCase() + i.koers.slice(1)}</span>;
}

function PrioriteitKaart({
  p,
  anker,
  vragen,
  mag,
  basis,
  opGewijzigd,
}: {
  p: RaadsPrioriteit;
  anker: string;
  vragen: Vraag[];
  mag: Raadsoverzicht['mag'];
  basis: string;
  opGewijzigd: () => void;
}) {
  const kop = `${anker}-kop`;
  const m = p.maatregelen;
  return (
    <section className="kp-card kp-raad-prioriteit" aria-labelledby={kop} id={anker}>
      <h2 className="utrecht-heading-2" id={kop}>
        {p.titel}
        {p.vastgesteld ? null : <span className="kp-tag kp-tag--aandacht kp-raad-tag">nog niet vastgesteld</span>}
      </h2>
      <h3 className="utrecht-heading-3">Doel</h3>
      {p.doel ? <p className="utrecht-paragraph kp-voorgevormd">{p.doel}</p> : <p className="utrecht-paragraph kp-muted">Bij deze prioriteit staat geen doel in het plan.</p>}
      <h3 className="utrecht-heading-3">Hoe gaat het?</h3>
      <p className="utrecht-paragraph">{p.koers}</p>
      {p.id === null ? <p className="utrecht-paragraph kp-muted">Deze prioriteit heet nu anders in het plan in wording; de cijfers zijn er niet aan te koppelen.</p> : null}
      {p.indicatoren.length > 0 ? (
        <ul className="kp-raad-indicatoren">
          {p.indicatoren.map((i) => (
            <li key={i.id} className={`kp-raad-indicator kp-raad-indicator--${statusKlasse[i.status]}`}>
              <p className="utrecht-paragraph kp-raad-indicator__kop">
                <strong>{i.naam}</strong> <Koers i={i} />
              </p>
              <p className="utrecht-paragraph">{i.reden}</p>
              <p className="utrecht-paragraph kp-klein kp-muted">
                {[i.laatsteMeting ? `Laatste meting: ${i.laatsteMeting}` : 'Nog niet gemeten', i.referentie ? `startwaarde: ${i.referentie}` : null, i.doelwaarde ? `doel: ${i.doelwaarde}` : null]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="utrecht-heading-3">Maatregelen</h3>
      <p className="utrecht-paragraph">{m.samenvatting}</p>
      {m.teLaat.length > 0 ? (
        <>
          <p className="utrecht-paragraph">Achter op de planning:</p>
          <ul className="utrecht-unordered-list">
            {m.teLaat.map((x) => (
              <li key={x.naam} className="utrecht-unordered-list__item">
                <strong>{x.naam}</strong> ({x.status.toLowerCase()}
                {x.eindKwartaal ? `, klaar gepland in ${x.eindKwartaal.replace('-K', ', kwartaal ')}` : ''}){x.toelichting ? `: ${x.toelichting}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="utrecht-heading-3">Vragen van de raad</h3>
      <Vragenlijst vragen={vragen} magBeantwoorden={mag.beantwoorden} basis={basis} opGewijzigd={opGewijzigd} leeg="Er zijn nog geen vragen over deze prioriteit." />
      {mag.vragen && p.id ? <VraagFormulier basis={basis} onderwerp={{ prioriteitId: p.id }} titel={p.titel} opGesteld={opGewijzigd} /> : null}
    </section>
  );
}

function Rapportages({ o, basis, vragen, opGewijzigd }: { o: Raadsoverzicht; basis: string; vragen: Vraag[]; opGewijzigd: () => void }) {
  return (
    <section className="kp-section" aria-labelledby="rapportages-kop">
      <h2 className="utrecht-heading-2" id="rapportages-kop">
        Rapportages aan de raad
      </h2>
      {o.rapportages.length === 0 ? (
        <p className="utrecht-paragraph">Er is nog geen voortgangsrapportage of jaarbeeld aan de raad aangeboden.</p>
      ) : (
        o.rapportages.map((r, n) => {
          const kop = `rapportage-${r.periode}-kop`;
          const hier = vragen.filter((v) => v.onderwerp.soort === 'rapportage' && v.onderwerp.periode === r.periode);
          return (
            <section key={r.periode} className="kp-card kp-raad-rapportage" aria-labelledby={kop}>
              <h3 className="utrecht-heading-3" id={kop}>
                {r.titel}
                {n === 0 ? <span className="kp-tag kp-raad-tag">laatste</span> : null}
              </h3>
              <p className="utrecht-paragraph">{r.status}.</p>
              <div className="kp-actions">
                <Link className="kp-button-link" to={`${basis}/rapportages/${r.periode}`}>
                  Lees de rapportage<span className="kp-visually-hidden"> {r.titel}</span>
                </Link>
                <a className="kp-button-link kp-button-link--secondary" href={`/api/v1${basis}/voortgangsrapportages/${r.periode}/raadsversies/${r.versie}.docx`} download>
                  Download als Word<span className="kp-visually-hidden"> ({r.titel})</span>
                </a>
              </div>
              <h4 className="utrecht-heading-4">Vragen over deze rapportage</h4>
              <Vragenlijst vragen={hier} magBeantwoorden={o.mag.beantwoorden} basis={basis} opGewijzigd={opGewijzigd} leeg="Er zijn nog geen vragen over deze rapportage." />
              {o.mag.vragen ? <VraagFormulier basis={basis} onderwerp={{ periode: r.periode }} titel={r.titel} opGesteld={opGewijzigd} /> : null}
            </section>
          );
        })
      )}
    </section>
  );
}

function Vragenlijst({ vragen, magBeantwoorden, basis, opGewijzigd, leeg }: { vragen: Vraag[]; magBeantwoorden: boolean; basis: string; opGewijzigd: () => void; leeg: string }) {
  if (vragen.length === 0) return <p className="utrecht-paragraph kp-muted">{leeg}</p>;
  return (
    <ul className="kp-raad-vragen">
      {vragen.map((v) => (
        <li key={v.id} id={`vraag-${v.id}`} className={`kp-raad-vraag${v.antwoord === null ? ' kp-raad-vraag--open' : ''}`}>
          <p className="utrecht-paragraph kp-klein kp-muted">
            Vraag van {v.vanMij ? 'u' : (v.gesteldDoor ?? 'een oud lid')}, {datum(v.gesteldOp)}
          </p>
          <p className="utrecht-paragraph kp-voorgevormd">{v.vraag}</p>
          {v.antwoord !== null ? (
            <div className="kp-raad-antwoord">
              <p className="utrecht-paragraph kp-klein kp-muted">
                Antwoord van {v.beantwoordDoor ?? 'de coördinator'}, {datum(v.beantwoordOp!)}
              </p>
              <p className="utrecht-paragraph kp-voorgevormd">{v.antwoord}</p>
            </div>
          ) : (
            <p className="utrecht-paragraph">
              <span className="kp-tag kp-tag--aandacht">Nog niet beantwoord</span>
            </p>
          )}
          {magBeantwoorden ? <AntwoordFormulier vraag={v} basis={basis} opBeantwoord={opGewijzigd} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** Shows the findings of the privacy check and lets the writer confirm they are no personal data. */
function Privacyvraag({ vondsten, id, bevestigd, opBevestigd }: { vondsten: Vondst[]; id: string; bevestigd: boolean; opBevestigd: (b: boolean) => void }) {
  return (
    <div className="kp-warning" role="alert">
      <p className="utrecht-paragraph">De tekst lijkt persoonsgegevens te bevatten. Vragen en antwoorden kan iedereen in dit overzicht lezen.</p>
      <ul className="utrecht-unordered-list">
        {vondsten.map((v) => (
          <li key={`${v.soort}-${v.fragment}`} className="utrecht-unordered-list__item">
            ‘{v.fragment}’: {v.uitleg}
          </li>
        ))}
      </ul>
      <div className="kp-check">
        <input type="checkbox" id={id} checked={bevestigd} onChange={(e) => opBevestigd(e.target.checked)} />
        <label htmlFor={id}>Dit zijn geen gegevens over inwoners; toch versturen</label>
      </div>
    </div>
  );
}

function VraagFormulier({ basis, onderwerp, titel, opGesteld }: { basis: string; onderwerp: { prioriteitId: string } | { periode: string }; titel: string; opGesteld: () => void }) {
  const id = useId();
  const schrijf = useSchrijf();
  const veld = `vraag-${id}`;
  const [tekst, setTekst] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [vondsten, setVondsten] = useState<Vondst[] | null>(null);
  const [bevestigd, setBevestigd] = useState(false);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    if (!tekst.trim()) {
      setFout('Schrijf uw vraag.');
      document.getElementById(veld)?.focus();
      return;
    }
    setBezig(true);
    const r = await schrijf('POST', `${basis}/raadsvragen`, { body: { ...onderwerp, vraag: tekst, ...(bevestigd ? { persoonsgegevensGecontroleerd: true } : {}) } });
    setBezig(false);
    if (!r.ok) {
      if (r.status === 422 && Array.isArray(r.probleem.vondsten)) {
        setVondsten(r.probleem.vondsten as Vondst[]);
        setFout(null);
        return;
      }
      const f = veldfouten(r.probleem);
      setFout(f.vraag ?? null);
      if (!f.vraag) setMelding({ soort: 'fout', tekst: r.probleem.detail });
      return;
    }
    setTekst('');
    setFout(null);
    setVondsten(null);
    setBevestigd(false);
    setMelding({ soort: 'ok', tekst: 'Uw vraag is verstuurd. U krijgt een melding als de coördinator heeft geantwoord.' });
    opGesteld();
  };
  return (
    <details className="kp-details kp-raad-stel">
      <summary>Stel een vraag over ‘{titel}’</summary>
      <form onSubmit={verstuur} noValidate>
        <div className={`utrecht-form-field kp-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
          <label className="utrecht-form-label" htmlFor={veld}>
            Uw vraag
          </label>
          <p className="utrecht-form-field-description kp-field__uitleg" id={`${veld}-uitleg`}>
            Een technische vraag over de cijfers of de uitvoering. Iedereen die dit overzicht leest, ziet de vraag en het antwoord.
          </p>
          {fout ? (
            <p className="utrecht-form-field-error-message kp-field__fout" id={`${veld}-fout`}>
              {fout}
            </p>
          ) : null}
          <textarea
            id={veld}
            className={`utrecht-textarea utrecht-textarea--html-textarea kp-textarea-kort${fout ? ' utrecht-textarea--invalid' : ''}`}
            rows={3}
            maxLength={4000}
            value={tekst}
            aria-invalid={fout ? true : undefined}
            aria-describedby={`${veld}-uitleg${fout ? ` ${veld}-fout` : ''}`}
            onChange={(e) => setTekst(e.target.value)}
          />
        </div>
        {vondsten ? <Privacyvraag vondsten={vondsten} id={`${veld}-privacy`} bevestigd={bevestigd} opBevestigd={setBevestigd} /> : null}
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
          Vraag versturen
        </button>
        <Meldingregel melding={melding} />
      </form>
    </details>
  );
}

function AntwoordFormulier({ vraag, basis, opBeantwoord }: { vraag: Vraag; basis: string; opBeantwoord: () => void }) {
  const veld = `antwoord-${vraag.id}`;
  const schrijf = useSchrijf();
  const [open, setOpen] = useState(vraag.antwoord === null);
  const [tekst, setTekst] = useState(vraag.antwoord ?? '');
  // The version this answer is written on: a live update does not move it, so a concurrent answer gives 412.
  const [versie, setVersie] = useState(vraag.versie);
  const [fout, setFout] = useState<string | null>(null);
  const [vondsten, setVondsten] = useState<Vondst[] | null>(null);
  const [bevestigd, setBevestigd] = useState(false);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  if (!open) {
    return (
      <p className="utrecht-paragraph">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action kp-button-klein"
          onClick={() => {
            setVersie(vraag.versie);
            setTekst(vraag.antwoord ?? '');
            setOpen(true);
          }}
        >
          Antwoord aanpassen
        </button>
      </p>
    );
  }
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    if (!tekst.trim()) {
      setFout('Schrijf het antwoord.');
      document.getElementById(veld)?.focus();
      return;
    }
    setBezig(true);
    const r = await schrijf<Vraag>('PUT', `${basis}/raadsvragen/${vraag.id}/antwoord`, {
      ifMatch: versie,
      body: { antwoord: tekst, ...(bevestigd ? { persoonsgegevensGecontroleerd: true } : {}) },
    });
    setBezig(false);
    if (!r.ok) {
      if (r.status === 422 && Array.isArray(r.probleem.vondsten)) {
        setVondsten(r.probleem.vondsten as Vondst[]);
        return;
      }
      if (r.status === 412) {
        const nu = r.probleem.huidig as Vraag | undefined;
        if (nu) setVersie(nu.versie);
        setMelding({ soort: 'fout', tekst: `Iemand anders heeft intussen geantwoord: “${nu?.antwoord ?? ''}”. Uw tekst staat er nog. Verstuurt u opnieuw, dan vervangt uw tekst dat antwoord.` });
        opBeantwoord();
        return;
      }
      const f = veldfouten(r.probleem);
      setFout(f.antwoord ?? null);
      if (!f.antwoord) setMelding({ soort: 'fout', tekst: r.probleem.detail });
      return;
    }
    setVondsten(null);
    setBevestigd(false);
    setOpen(false);
    opBeantwoord();
  };
  return (
    <form onSubmit={verstuur} noValidate className="kp-raad-antwoordform">
      <div className={`utrecht-form-field kp-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor={veld}>
          {vraag.antwoord === null ? 'Uw antwoord' : 'Aangepast antwoord'}
        </label>
        {fout ? (
          <p className="utrecht-form-field-error-message kp-field__fout" id={`${veld}-fout`}>
            {fout}
          </p>
        ) : null}
        <textarea
          id={veld}
          className={`utrecht-textarea utrecht-textarea--html-textarea kp-textarea-kort${fout ? ' utrecht-textarea--invalid' : ''}`}
          rows={4}
          maxLength={8000}
          value={tekst}
          aria-invalid={fout ? true : undefined}
          aria-describedby={fout ? `${veld}-fout` : undefined}
          onChange={(e) => setTekst(e.target.value)}
        />
      </div>
      {vondsten ? <Privacyvraag vondsten={vondsten} id={`${veld}-privacy`} bevestigd={bevestigd} opBevestigd={setBevestigd} /> : null}
      <div className="kp-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
          {vraag.antwoord === null ? 'Antwoord versturen' : 'Aanpassing versturen'}
        </button>
        {vraag.antwoord !== null ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setOpen(false)}>
            Annuleren
          </button>
        ) : null}
      </div>
      <Meldingregel melding={melding} />
    </form>
  );
}
