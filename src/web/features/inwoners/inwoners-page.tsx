/**
 * What residents say (issue 18) for the coordinator: open an online questionnaire for a period,
 * moderate the texts residents wrote, and record consultations (survey, panel, neighbourhood meeting)
 * with their results per theme, typed in or imported from a CSV table.
 */
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { useSchrijf } from '../../shared/sessie.tsx';
import { Meldingregel, type Melding, Tabelkader } from '../../shared/formulier.tsx';
import { datum } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useBron } from '../../shared/use-api.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import './inwoners.css';

interface Gebied {
  code: string;
  naam: string;
  soort: 'gemeente' | 'wijk' | 'buurt';
  binnen: string | null;
}
interface Raadpleging {
  id: string;
  soort: string;
  soortNaam: string;
  titel: string;
  datum: string;
  gebied: string;
  gebiedNaam: string;
  deelnemers: number | null;
  resultaten: { themaId: string; themaNaam: string; vraag: string | null; gebiedNaam: string; aandeel: number | null; aantal: number | null }[];
}
interface Vragenlijst {
  id: string;
  titel: string;
  start: string;
  einde: string;
  open: boolean;
  pad: string;
  antwoorden: number;
  teBeoordelen?: number;
}
interface Overzicht {
  gebieden: Gebied[];
  raadplegingen: Raadpleging[];
  vragenlijsten: Vragenlijst[];
  soorten: { id: string; naam: string }[];
  vraag: string;
  standaardKeuzes: { id: string; tekst: string; themaId: string }[];
  mag: { bewerken: boolean; modereren: boolean };
}
interface Tekst {
  id: string;
  vragenlijst: string;
  tekst: string;
  buurtNaam: string;
  status: 'te-beoordelen' | 'goedgekeurd';
  vondsten: string[];
  ontvangenOp: string;
}

const getal = (n: number) => n.toLocaleString('nl-NL');
const vandaag = () => new Date().toISOString().slice(0, 10);
const over = (dagen: number) => new Date(Date.now() + dagen * 86_400_000).toISOString().slice(0, 10);

export function InwonersPage() {
  const { werkruimte } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  usePaginatitel(`Wat inwoners zeggen – ${werkruimte.naam}`);
  const overzicht = useBron<Overzicht>(`${basis}/inwoners`);
  const teksten = useBron<{ teksten: Tekst[]; mag: { modereren: boolean } }>(`${basis}/inwonerteksten`);
  const vernieuw = () => {
    void overzicht.vernieuw();
    void teksten.vernieuw();
  };
  useLiveBericht((b) => {
    if (b.type === 'werkruimte' || b.type === 'opnieuw-verbonden') vernieuw();
  });
  return (
    <div className="kp-inwoners">
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Wat inwoners zeggen' }]} />
      <h1 className="utrecht-heading-1">Wat inwoners zeggen</h1>
      <p className="utrecht-paragraph kp-lead">
        Vraag inwoners waar zij last van hebben, en leg uitkomsten van enquêtes, bewonerspanels en wijkbijeenkomsten vast. Wat zij zeggen, staat daarna bij elk thema in de
        veiligheidsanalyse en in het <Link to={`${basis}/wijken`}>overzicht per wijk</Link>.
      </p>
      <LiveStatus />
      <Laden toestand={overzicht.toestand}>
        {(o) => (
          <>
            <Vragenlijsten o={o} basis={basis} opGewijzigd={vernieuw} />
            {o.mag.modereren ? <Moderatie toestand={teksten.toestand} basis={basis} opGewijzigd={vernieuw} /> : null}
            <Raadplegingen o={o} basis={basis} opGewijzigd={vernieuw} />
          </>
        )}
      </Laden>
    </div>
  );
}

function Vragenlijsten({ o, basis, opGewijzigd }: { o: Overzicht; basis: string; opGewijzigd: () => void }) {
  const p = useId().replace(/:/g, '');
  const schrijf = useSchrijf();
  const [titel, setTitel] = useState('Waar heeft u last van in uw buurt?');
  const [start, setStart] = useState(vandaag());
  const [einde, setEinde] = useState(over(28));
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  async function open(e: FormEvent) {
    e.preventDefault();
    setBezig(true);
    try {
      const r = await schrijf<{ pad: string }>('POST', `${basis}/vragenlijsten`, { body: { titel, start, einde } });
      if (r.ok) {
        setMelding({ soort: 'ok', tekst: <>De vragenlijst staat klaar op <a href={r.data.pad}>{`${location.origin}${r.data.pad}`}</a>. Deel deze link met inwoners.</> });
        opGewijzigd();
      } else setMelding({ soort: 'fout', tekst: r.probleem.detail ?? 'Openen lukte niet.' });
    } finally {
      setBezig(false);
    }
  }
  return (
    <section className="kp-section" aria-labelledby={`${p}-kop`}>
      <h2 className="utrecht-heading-2" id={`${p}-kop`}>
        Online vragenlijst
      </h2>
      <p className="utrecht-paragraph">
        Kernplan zet de vraag ‘{o.vraag}’ online, zonder aanmelden en anoniem. Elke keuze telt mee voor een thema uit de kennisbank, bijvoorbeeld{' '}
        {o.standaardKeuzes
          .slice(0, 3)
          .map((k) => `‘${k.tekst}’ voor ${k.themaId}`)
          .join(', ')}
        .
      </p>
      {o.vragenlijsten.length === 0 ? (
        <p className="utrecht-paragraph">Er is nog geen vragenlijst geopend.</p>
      ) : (
        <Tabelkader label="Vragenlijsten">
          <table className="utrecht-table kp-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Vragenlijst</th>
                <th scope="col" className="utrecht-table__header-cell">Periode</th>
                <th scope="col" className="utrecht-table__header-cell">Status</th>
                <th scope="col" className="utrecht-table__header-cell kp-getal">Antwoorden</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {o.vragenlijsten.map((l) => (
                <tr className="utrecht-table__row" key={l.id}>
                  <td className="utrecht-table__cell">
                    <a className="utrecht-link" href={l.pad}>
                      {l.titel}
                    </a>
                  </td>
                  <td className="utrecht-table__cell">
                    {datum(l.start)} tot en met {datum(l.einde)}
                  </td>
                  <td className="utrecht-table__cell">{l.open ? 'Open' : l.start > vandaag() ? 'Nog niet open' : 'Gesloten'}</td>
                  <td className="utrecht-table__cell kp-getal">
                    {getal(l.antwoorden)}
                    {l.teBeoordelen ? <span className="kp-muted"> ({l.teBeoordelen} te beoordelen)</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelkader>
      )}
      {o.mag.bewerken ? (
        <form className="kp-inwoners__formulier" onSubmit={(e) => void open(e)}>
          <h3 className="utrecht-heading-3">Een vragenlijst openen</h3>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor={`${p}-titel`}>
              Titel
            </label>
            <input id={`${p}-titel`} className="utrecht-textbox utrecht-textbox--html-input" value={titel} onChange={(e) => setTitel(e.target.value)} required maxLength={200} />
          </div>
          <div className="kp-inwoners__datums">
            <div className="utrecht-form-field kp-field">
              <label className="utrecht-form-label" htmlFor={`${p}-start`}>
                Open vanaf
              </label>
              <input id={`${p}-start`} type="date" className="utrecht-textbox utrecht-textbox--html-input" value={start} onChange={(e) => setStart(e.target.value)} required />
            </div>
            <div className="utrecht-form-field kp-field">
              <label className="utrecht-form-label" htmlFor={`${p}-einde`}>
                Open tot en met
              </label>
              <input id={`${p}-einde`} type="date" className="utrecht-textbox utrecht-textbox--html-input" value={einde} onChange={(e) => setEinde(e.target.value)} required />
            </div>
          </div>
          <Meldingregel melding={melding} />
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
            Vragenlijst openen
          </button>
        </form>
      ) : null}
    </section>
  );
}

function Moderatie({ toestand, basis, opGewijzigd }: { toestand: ReturnType<typeof useBron<{ teksten: Tekst[] }>>['toestand']; basis: string; opGewijzigd: () => void }) {
  const p = useId().replace(/:/g, '');
  const schrijf = useSchrijf();
  const [melding, setMelding] = useState<Melding | null>(null);
  async function besluit(t: Tekst, b: 'goedgekeurd' | 'afgewezen') {
    const r = await schrijf('PUT', `${basis}/inwonerteksten/${t.id}/beoordeling`, { body: { besluit: b } });
    setMelding(r.ok ? { soort: 'ok', tekst: b === 'goedgekeurd' ? 'De tekst is goedgekeurd.' : 'De tekst is afgewezen en gewist.' } : { soort: 'fout', tekst: r.probleem.detail ?? 'Dat lukte niet.' });
    opGewijzigd();
  }
  return (
    <section className="kp-section" aria-labelledby={`${p}-kop`}>
      <h2 className="utrecht-heading-2" id={`${p}-kop`}>
        Teksten beoordelen
      </h2>
      <p className="utrecht-paragraph">Niemand anders ziet een tekst van een inwoner voordat u hem goedkeurt. Een tekst met persoonsgegevens kunt u alleen afwijzen.</p>
      <Meldingregel melding={melding} />
      <Laden toestand={toestand}>
        {(d) => {
          const open = d.teksten.filter((t) => t.status === 'te-beoordelen');
          return open.length === 0 ? (
            <p className="utrecht-paragraph">Er zijn geen teksten te beoordelen.</p>
          ) : (
            <ul className="kp-inwoners__teksten">
              {open.map((t) => (
                <li key={t.id} className="kp-inwoners__tekst">
                  <p className="utrecht-paragraph kp-muted">
                    {t.vragenlijst}, {t.buurtNaam}, {datum(t.ontvangenOp)}
                  </p>
                  {t.vondsten.length > 0 ? (
                    <p className="kp-waarschuwing utrecht-paragraph">Tegengehouden: de tekst lijkt persoonsgegevens te bevatten ({t.vondsten.join(', ')}).</p>
                  ) : null}
                  <blockquote className="kp-inwoners__citaat">{t.tekst}</blockquote>
                  <div className="kp-knoppen">
                    {t.vondsten.length === 0 ? (
                      <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void besluit(t, 'goedgekeurd')}>
                        Goedkeuren<span className="kp-visually-hidden"> (tekst van {datum(t.ontvangenOp)})</span>
                      </button>
                    ) : null}
                    <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void besluit(t, 'afgewezen')}>
                      Afwijzen<span className="kp-visually-hidden"> (tekst van {datum(t.ontvangenOp)})</span>
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          );
        }}
      </Laden>
    </section>
  );
}

function Raadplegingen({ o, basis, opGewijzigd }: { o: Overzicht; basis: string; opGewijzigd: () => void }) {
  const p = useId().replace(/:/g, '');
  const schrijf = useSchrijf();
  const [soort, setSoort] = useState(o.soorten[0]?.id ?? 'enquete');
  const [titel, setTitel] = useState('');
  const [dag, setDag] = useState(vandaag());
  const [gebied, setGebied] = useState(o.gebieden[0]?.code ?? '');
  const [deelnemers, setDeelnemers] = useState('');
  const [csv, setCsv] = useState('');
  const [melding, setMelding] = useState<Melding | null>(null);
  const [fouten, setFouten] = useState<string[]>([]);
  async function leg(e: FormEvent) {
    e.preventDefault();
    const r = await schrijf('POST', `${basis}/raadplegingen`, {
      body: { soort, titel, datum: dag, gebied, deelnemers: deelnemers ? Number(deelnemers) : null, ...(csv.trim() ? { csv } : {}) },
    });
    if (r.ok) {
      setMelding({ soort: 'ok', tekst: 'De raadpleging is vastgelegd.' });
      setFouten([]);
      setTitel('');
      setCsv('');
      opGewijzigd();
    } else {
      setMelding({ soort: 'fout', tekst: r.probleem.detail ?? 'Vastleggen lukte niet.' });
      setFouten((r.probleem.invalidParams ?? []).map((x) => x.reason));
    }
  }
  async function leesBestand(f: File | undefined) {
    if (f) setCsv(await f.text());
  }
  return (
    <section className="kp-section" aria-labelledby={`${p}-kop`}>
      <h2 className="utrecht-heading-2" id={`${p}-kop`}>
        Raadplegingen
      </h2>
      {o.raadplegingen.length === 0 ? <p className="utrecht-paragraph">Er is nog geen raadpleging vastgelegd.</p> : null}
      {o.raadplegingen.map((r) => (
        <article key={r.id} className="kp-inwoners__raadpleging">
          <h3 className="utrecht-heading-3">{r.titel}</h3>
          <p className="utrecht-paragraph kp-muted">
            {r.soortNaam}, {datum(r.datum)}, {r.gebiedNaam}
            {r.deelnemers !== null ? `, ${getal(r.deelnemers)} deelnemers` : ''}
          </p>
          {r.resultaten.length > 0 ? (
            <Tabelkader label={`Resultaten van ${r.titel}`}>
              <table className="utrecht-table kp-table">
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">Thema</th>
                    <th scope="col" className="utrecht-table__header-cell">Gebied</th>
                    <th scope="col" className="utrecht-table__header-cell kp-getal">Aandeel</th>
                    <th scope="col" className="utrecht-table__header-cell kp-getal">Aantal</th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {r.resultaten.map((x, i) => (
                    <tr className="utrecht-table__row" key={i}>
                      <td className="utrecht-table__cell">
                        {x.themaId} {x.themaNaam}
                        {x.vraag ? <span className="kp-muted"> ({x.vraag})</span> : null}
                      </td>
                      <td className="utrecht-table__cell">{x.gebiedNaam}</td>
                      <td className="utrecht-table__cell kp-getal">{x.aandeel === null ? '—' : `${x.aandeel.toLocaleString('nl-NL')}%`}</td>
                      <td className="utrecht-table__cell kp-getal">{x.aantal === null ? '—' : getal(x.aantal)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Tabelkader>
          ) : null}
        </article>
      ))}
      {o.mag.bewerken ? (
        <form className="kp-inwoners__formulier" onSubmit={(e) => void leg(e)}>
          <h3 className="utrecht-heading-3">Een raadpleging vastleggen</h3>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor={`${p}-soort`}>
              Soort
            </label>
            <select id={`${p}-soort`} className="utrecht-select utrecht-select--html-select" value={soort} onChange={(e) => setSoort(e.target.value)}>
              {o.soorten.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.naam}
                </option>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor={`${p}-titel`}>
              Titel
            </label>
            <input id={`${p}-titel`} className="utrecht-textbox utrecht-textbox--html-input" value={titel} onChange={(e) => setTitel(e.target.value)} required maxLength={200} />
          </div>
          <div className="kp-inwoners__datums">
            <div className="utrecht-form-field kp-field">
              <label className="utrecht-form-label" htmlFor={`${p}-datum`}>
                Datum
              </label>
              <input id={`${p}-datum`} type="date" className="utrecht-textbox utrecht-textbox--html-input" value={dag} onChange={(e) => setDag(e.target.value)} required />
            </div>
            <div className="utrecht-form-field kp-field">
              <label className="utrecht-form-label" htmlFor={`${p}-deelnemers`}>
                Aantal deelnemers
              </label>
              <input id={`${p}-deelnemers`} type="number" min={0} inputMode="numeric" className="utrecht-textbox utrecht-textbox--html-input" value={deelnemers} onChange={(e) => setDeelnemers(e.target.value)} />
            </div>
          </div>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor={`${p}-gebied`}>
              Gebied
            </label>
            <select id={`${p}-gebied`} className="utrecht-select utrecht-select--html-select" value={gebied} onChange={(e) => setGebied(e.target.value)}>
              {o.gebieden.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.soort === 'buurt' ? '\u00a0\u00a0\u00a0' : ''}
                  {g.naam} ({g.soort})
                </option>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor={`${p}-bestand`}>
              Resultaten als CSV-bestand <span className="kp-muted">(mag leeg blijven)</span>
            </label>
            <p className="utrecht-form-field-description kp-field__uitleg" id={`${p}-csv-uitleg`}>
              Kolommen: thema (nummer zoals 1.3, of de naam) of vraag, gebied (code of naam van de wijk of buurt), aandeel (procent) of aantal. Puntkomma of komma; een decimale komma mag. Bij
              één fout wordt niets opgeslagen.
            </p>
            <input id={`${p}-bestand`} type="file" accept=".csv,text/csv" className="utrecht-textbox" aria-describedby={`${p}-csv-uitleg`} onChange={(e) => void leesBestand(e.target.files?.[0])} />
          </div>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor={`${p}-csv`}>
              Of plak de tabel hier
            </label>
            <textarea id={`${p}-csv`} className="utrecht-textarea kp-inwoners__csv" rows={5} value={csv} onChange={(e) => setCsv(e.target.value)} aria-describedby={`${p}-csv-uitleg`} />
          </div>
          <Meldingregel melding={melding} />
          {fouten.length > 1 ? (
            <ul className="kp-inwoners__fouten">
              {fouten.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          ) : null}
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Raadpleging vastleggen
          </button>
        </form>
      ) : null}
    </section>
  );
}
