/**
 * Step 6: the quarterly progress reports and the yearbook. Without a period: the choice of quarters
 * and yearbooks of the plan period. With a period: the coordinator and the working group write the
 * highlights and bottlenecks together (texts written together, ADR 0019), and everyone with
 * dashboard.lezen reads the report as HTML, prints it (print style sheet) or downloads it as Word.
 */
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { DocumentModel } from '../../../domain/cyclus/document.ts';
import { type Rapportage, rapportagePeriode } from '../../../domain/monitoring/dashboard.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Blokken } from '../../shared/blokken.tsx';
import { veldfouten } from '../../shared/api.ts';
import { useSchrijf } from '../../shared/sessie.tsx';
import { Meldingregel, type Melding } from '../../shared/formulier.tsx';
import { datum } from '../../shared/opmaak.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { SamenTekst } from '../../shared/samen-tekst-lui.tsx';
import { useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';

/** What the council received of a report (issue 15): every offered version with its dates. */
interface Raadsstand {
  versies: { versie: number; aangebodenOp: string; besprokenOp: string | null; status: string }[];
  /** For who reads the concept: has it changed since it was offered last (null: never offered). */
  gewijzigdNaAanbieden: boolean | null;
  magVastleggen: boolean;
}

interface RapportageAntwoord {
  periode: string;
  titel: string;
  /** The concept's version; absent for the council, which reads the offered version (`raadsversie`). */
  versie?: number;
  inhoud?: Rapportage;
  raadsversie?: number;
  model: DocumentModel;
  raad: Raadsstand;
}


/** '2027-K2' → 'Voortgangsrapportage 2e kwartaal 2027'; '2027' → 'Jaarbeeld 2027'. */
function paginanaam(periode: string): string | null {
  const p = rapportagePeriode(periode);
  if (!p) return null;
  return p.kwartaal ? `Voortgangsrapportage ${p.titel}` : p.titel;
}

/** The periods before and after, in the order quarter 1-4 then the yearbook. */
function buren(periode: string): { vorige: string; volgende: string } | null {
  const p = rapportagePeriode(periode);
  if (!p) return null;
  const reeks = (j: number) => [`${j}-K1`, `${j}-K2`, `${j}-K3`, `${j}-K4`, String(j)];
  const alle = [...reeks(p.jaar - 1), ...reeks(p.jaar), ...reeks(p.jaar + 1)];
  const hier = alle.indexOf(p.kwartaal ? `${p.jaar}-K${p.kwartaal}` : String(p.jaar));
  return { vorige: alle[hier - 1]!, volgende: alle[hier + 1]! };
}

export function RapportagePage() {
  const { periode } = useParams();
  return periode ? <RapportageDetail key={periode} periode={periode} /> : <Rapportagelijst />;
}

function Rapportagelijst() {
  const { werkruimte } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  usePaginatitel(`Voortgangsrapportages – ${werkruimte.naam}`);
  const nu = new Date().getFullYear();
  const van = werkruimte.periodeStart ?? nu;
  const tot = Math.max(werkruimte.periodeEinde ?? van, van);
  const jaren: number[] = [];
  for (let j = van; j <= tot; j++) jaren.push(j);
  return (
    <>
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Werkruimtes', naar: '/werkruimtes' },
          { naam: werkruimte.naam, naar: basis },
          { naam: 'Dashboard', naar: `${basis}/dashboard` },
          { naam: 'Voortgangsrapportages' },
        ]}
      />
      <h1 className="utrecht-heading-1">Voortgangsrapportages en jaarbeeld</h1>
      <CyclusNavigatie huidig="dashboard" />
      <p className="utrecht-paragraph kp-lead">
        Elk kwartaal een voortgangsrapportage voor het voortgangsoverleg en het college, en na elk jaar het jaarbeeld voor de raad. Een rapportage toont wat aan het eind van
        haar periode bekend was.
      </p>
      <p className="utrecht-paragraph">Het jaarbeeld van een jaar voedt de terugblik van het uitvoeringsplan van het jaar erna.</p>
      {werkruimte.periodeStart === null ? (
        <p className="utrecht-paragraph kp-muted">Deze werkruimte heeft nog geen planperiode; u ziet de rapportages van {nu}.</p>
      ) : null}
      <div className="kp-rapportagejaren">
        {jaren.map((j) => (
          <section key={j} className="kp-card kp-rapportagejaar" aria-labelledby={`jaar-${j}`}>
            <h2 className="utrecht-heading-2" id={`jaar-${j}`}>
              {j}
            </h2>
            <ul>
              {[1, 2, 3, 4].map((k) => (
                <li key={k}>
                  <Link className="utrecht-link" to={`${basis}/rapportages/${j}-K${k}`}>
                    {k}e kwartaal {j}
                  </Link>
                </li>
              ))}
              <li>
                <Link className="utrecht-link kp-rapportagejaar__jaarbeeld" to={`${basis}/rapportages/${j}`}>
                  Jaarbeeld {j}
                </Link>
              </li>
            </ul>
          </section>
        ))}
      </div>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`${basis}/dashboard`}>
          Terug naar het dashboard
        </Link>
      </p>
    </>
  );
}

function RapportageDetail({ periode }: { periode: string }) {
  const { werkruimte, lid } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const naam = paginanaam(periode);
  usePaginatitel(`${naam ?? 'Onbekende periode'} – ${werkruimte.naam}`);
  const p = rapportagePeriode(periode);
  const pad = `${basis}/voortgangsrapportages/${encodeURIComponent(periode)}`;
  const bron = useBron<RapportageAntwoord>(p ? pad : null);
  // A version as offered to the council (?raadsversie=2), instead of the current concept.
  const [zoek] = useSearchParams();
  const gekozen = zoek.get('raadsversie');
  const raadsversie = useBron<{ versie: number; model: DocumentModel }>(p && gekozen ? `${pad}/raadsversies/${encodeURIComponent(gekozen)}` : null);
  const alleenAangeboden = !mag(lid, 'cyclus.lezen');
  const magSchrijven = mag(lid, 'cyclus.bewerken');
  const geschiedenis = { lezen: mag(lid, 'geschiedenis.lezen'), herstellen: mag(lid, 'geschiedenis.herstellen') };
  const data = bron.toestand.status === 'klaar' ? bron.toestand.data : null;
  const { vernieuw } = bron;
  // The preview of the document follows what is written (shortly after the server confirmed it).
  const wachtend = useRef<ReturnType<typeof setTimeout> | null>(null);
  const vernieuwStraks = useCallback(() => {
    if (wachtend.current) clearTimeout(wachtend.current);
    wachtend.current = setTimeout(() => void vernieuw(), 800);
  }, [vernieuw]);
  useEffect(() => () => {
    if (wachtend.current) clearTimeout(wachtend.current);
  }, []);

  useLiveBericht((b) => {
    // Indicators, measures or settings changed: the document shows them, so fetch it again.
    if (data && b.type === 'werkruimte') void vernieuw();
  });

  const kruimels = [
    { naam: 'Home', naar: '/' },
    { naam: 'Werkruimtes', naar: '/werkruimtes' },
    { naam: werkruimte.naam, naar: basis },
    { naam: 'Dashboard', naar: `${basis}/dashboard` },
    { naam: 'Voortgangsrapportages', naar: `${basis}/rapportages` },
    { naam: naam ?? 'Onbekende periode' },
  ];

  if (!p || !naam) {
    return (
      <>
        <Kruimelpad kruimels={kruimels} />
        <h1 className="utrecht-heading-1">Onbekende periode</h1>
        <CyclusNavigatie huidig="dashboard" />
        <p className="utrecht-paragraph">
          ‘{periode}’ is geen kwartaal of jaar. Gebruik bijvoorbeeld 2027-K3 voor het derde kwartaal van 2027, of 2027 voor het jaarbeeld.{' '}
          <Link className="utrecht-link" to={`${basis}/rapportages`}>
            Naar alle rapportages
          </Link>
        </p>
      </>
    );
  }

  const omgeving = buren(periode)!;
  // Only neighbours within the plan period (when it is known).
  const binnenPlan = (x: string) => {
    const j = Number(x.slice(0, 4));
    return (werkruimte.periodeStart === null || j >= werkruimte.periodeStart) && (werkruimte.periodeEinde === null || j <= werkruimte.periodeEinde);
  };
  const wordPad = gekozen
    ? `/api/v1${basis}/voortgangsrapportages/${encodeURIComponent(data?.periode ?? periode)}/raadsversies/${encodeURIComponent(gekozen)}.docx`
    : `/api/v1${basis}/voortgangsrapportages/${encodeURIComponent(data?.periode ?? periode)}.docx`;
  const nietAangeboden = alleenAangeboden && bron.toestand.status === 'fout' && bron.toestand.fout.status === 403;

  return (
    <div className="kp-rapportage">
      <Kruimelpad kruimels={kruimels} />
      <h1 className="utrecht-heading-1">{naam}</h1>
      <CyclusNavigatie huidig="dashboard" />
      <nav className="kp-rapportagenav kp-geen-print" aria-label="Andere rapportages">
        <ul>
          {binnenPlan(omgeving.vorige) ? (
            <li>
              <Link className="utrecht-link" to={`${basis}/rapportages/${omgeving.vorige}`}>
                <span aria-hidden="true">← </span>Vorige: {paginanaam(omgeving.vorige)}
              </Link>
            </li>
          ) : null}
          <li>
            <Link className="utrecht-link" to={`${basis}/rapportages`}>
              Alle rapportages
            </Link>
          </li>
          {binnenPlan(omgeving.volgende) ? (
            <li>
              <Link className="utrecht-link" to={`${basis}/rapportages/${omgeving.volgende}`}>
                Volgende: {paginanaam(omgeving.volgende)}
                <span aria-hidden="true"> →</span>
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      {nietAangeboden ? null : p.kwartaal ? (
        <p className="utrecht-paragraph kp-geen-print">
          De rapportage toont de metingen zoals ze aan het eind van het {p.titel} bekend waren, en de maatregelen van dat jaar met hun huidige stand.
        </p>
      ) : (
        <p className="utrecht-paragraph kp-geen-print">
          Het jaarbeeld {p.jaar} voedt de terugblik van het uitvoeringsplan {p.jaar + 1}: wie dat plan als vervolg op {p.jaar} maakt, krijgt de stand van de indicatoren, de
          hoogtepunten en de knelpunten van dit jaarbeeld in de terugblik.
        </p>
      )}
      {nietAangeboden ? null : (
      <div className="kp-actions kp-geen-print">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>
          Afdrukken
        </button>
        <a className="kp-button-link kp-button-link--secondary" href={wordPad} download>
          Download als Word (.docx)
        </a>
      </div>
      )}
      {nietAangeboden ? (
        <div className="kp-note">
          <p className="utrecht-paragraph">
            Deze rapportage is nog niet aan de raad aangeboden. U leest haar hier zodra de coördinator haar aanbiedt.{' '}
            <Link className="utrecht-link" to={`${basis}/raad`}>
              Naar het raadsoverzicht
            </Link>
          </p>
        </div>
      ) : null}
      {nietAangeboden ? null : (
      <Laden toestand={bron.toestand}>
        {(d) => (
          <>
            <Raadsdeel basis={basis} pad={pad} hierPad={`${basis}/rapportages/${encodeURIComponent(periode)}`} raad={d.raad} gekozen={gekozen} alleenAangeboden={alleenAangeboden} opVastgelegd={() => void vernieuw()} />
            {magSchrijven && !gekozen ? (
              <section className="kp-card kp-rapportageformulier kp-geen-print" aria-labelledby="schrijf-kop">
                <h2 className="utrecht-heading-2" id="schrijf-kop">
                  Hoogtepunten en knelpunten
                </h2>
                <p className="utrecht-paragraph kp-klein kp-muted">
                  De tekst komt in hoofdstuk 1 van de rapportage. Wat u typt wordt meteen opgeslagen; wie tegelijk schrijft, ziet u live.
                </p>
                <SamenTekst
                  werkruimteId={werkruimte.id}
                  sleutel={`rapportage-${d.periode}.hoogtepunten`}
                  label="Hoogtepunten"
                  uitleg="Wat ging goed in deze periode? Bijvoorbeeld een afgeronde maatregel of een indicator die beter gaat dan het streefpad."
                  geschiedenis={geschiedenis}
                  onOpgeslagen={vernieuwStraks}
                />
                <SamenTekst
                  werkruimteId={werkruimte.id}
                  sleutel={`rapportage-${d.periode}.knelpunten`}
                  label="Knelpunten"
                  uitleg="Wat loopt achter of vraagt een besluit? Noem ook wat u eraan doet."
                  geschiedenis={geschiedenis}
                  onOpgeslagen={vernieuwStraks}
                />
              </section>
            ) : null}
            {gekozen ? (
              <Laden toestand={raadsversie.toestand}>{(v) => <Documentweergave model={v.model} />}</Laden>
            ) : (
              <Documentweergave model={d.model} />
            )}
          </>
        )}
      </Laden>
      )}
    </div>
  );
}

function Documentweergave({ model }: { model: DocumentModel }) {
  return (
    <article className="kp-document kp-rapportage__document" aria-labelledby="document-titel">
      <header className="kp-document__titel">
        <p className="utrecht-paragraph kp-klein">{model.gemeente}</p>
        <p className="utrecht-paragraph kp-document__naam" id="document-titel">
          <strong>{model.ondertitel}</strong>
        </p>
        <p className="utrecht-paragraph kp-klein">{model.status}</p>
      </header>
      <Blokken blokken={model.blokken} />
    </article>
  );
}

const vandaagIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The report and the council (issue 15): what the council received (every offered version with the
 * dates offered and discussed, each to read), and for the coordinator the action to offer the report
 * (it is frozen as it is now) or to record that the council discussed it.
 */
function Raadsdeel({
  basis,
  pad,
  hierPad,
  raad,
  gekozen,
  alleenAangeboden,
  opVastgelegd,
}: {
  basis: string;
  pad: string;
  hierPad: string;
  raad: Raadsstand;
  gekozen: string | null;
  alleenAangeboden: boolean;
  opVastgelegd: () => void;
}) {
  const laatste = raad.versies.at(-1) ?? null;
  const schrijf = useSchrijf();
  const [soort, setSoort] = useState<'aangeboden' | 'besproken'>(laatste && !raad.gewijzigdNaAanbieden && !laatste.besprokenOp ? 'besproken' : 'aangeboden');
  const [dag, setDag] = useState(vandaagIso());
  const [fout, setFout] = useState<string | null>(null);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const legVast = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    setFout(null);
    setBezig(true);
    const r = await schrijf('POST', `${pad}/raadsbehandelingen`, { body: { soort, datum: dag } });
    setBezig(false);
    if (!r.ok) {
      const f = veldfouten(r.probleem);
      if (f.datum) setFout(f.datum);
      else setMelding({ soort: 'fout', tekst: r.probleem.detail });
      return;
    }
    setMelding({ soort: 'ok', tekst: soort === 'aangeboden' ? `Aangeboden aan de raad op ${datum(dag)}. De raad leest deze versie, ook als u de rapportage later nog wijzigt.` : `Vastgelegd: besproken in de raad op ${datum(dag)}.` });
    opVastgelegd();
  };
  const kanBespreken = laatste !== null && laatste.besprokenOp === null;
  const kanAanbieden = laatste === null || raad.gewijzigdNaAanbieden === true;
  return (
    <section className="kp-card kp-geen-print kp-rapportage-raad" aria-labelledby="raad-kop">
      <h2 className="utrecht-heading-2" id="raad-kop">
        Aan de raad
      </h2>
      {raad.versies.length === 0 ? (
        <p className="utrecht-paragraph">Deze rapportage is nog niet aan de raad aangeboden.</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{alleenAangeboden ? 'U leest de rapportage zoals ze aan de raad is aangeboden.' : 'Wat de raad kreeg:'}</p>
          <ul className="utrecht-unordered-list">
            {raad.versies.map((v) => (
              <li key={v.versie} className="utrecht-unordered-list__item">
                {v.status}.{' '}
                {(gekozen ? gekozen === String(v.versie) : alleenAangeboden && v.versie === laatste?.versie) ? (
                  <strong>U leest deze versie.</strong>
                ) : (
                  <Link className="utrecht-link" to={`${hierPad}?raadsversie=${v.versie}`}>
                    Lees versie {v.versie}
                  </Link>
                )}
              </li>
            ))}
          </ul>
          {gekozen ? (
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" to={hierPad}>
                {alleenAangeboden ? 'Naar de laatst aangeboden versie' : 'Naar de huidige versie (concept)'}
              </Link>
            </p>
          ) : null}
          {!alleenAangeboden && raad.gewijzigdNaAanbieden ? (
            <div className="kp-note">
              <p className="utrecht-paragraph">
                De rapportage is gewijzigd sinds u haar aanbood. De raad heeft versie {laatste!.versie}; bied de nieuwe versie aan als de raad die moet krijgen.
              </p>
            </div>
          ) : null}
        </>
      )}
      {raad.magVastleggen && !gekozen && (kanAanbieden || kanBespreken) ? (
        <form onSubmit={legVast} noValidate aria-labelledby="behandeling-kop">
          <h3 className="utrecht-heading-3" id="behandeling-kop">
            Aanbieden of bespreking vastleggen
          </h3>
          <fieldset className="kp-fieldset">
            <legend className="utrecht-form-label">Wat legt u vast?</legend>
            {kanAanbieden ? (
              <div className="kp-check">
                <input type="radio" id="behandeling-aangeboden" name="behandeling-soort" checked={soort === 'aangeboden'} onChange={() => setSoort('aangeboden')} />
                <label htmlFor="behandeling-aangeboden">Aangeboden aan de raad (bewaart de rapportage zoals ze nu is)</label>
              </div>
            ) : null}
            {kanBespreken ? (
              <div className="kp-check">
                <input type="radio" id="behandeling-besproken" name="behandeling-soort" checked={soort === 'besproken'} onChange={() => setSoort('besproken')} />
                <label htmlFor="behandeling-besproken">Besproken in de raad (versie {laatste!.versie})</label>
              </div>
            ) : null}
          </fieldset>
          <div className={`utrecht-form-field kp-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label" htmlFor="behandeling-datum">
              Datum
            </label>
            {fout ? (
              <p className="utrecht-form-field-error-message kp-field__fout" id="behandeling-datum-fout">
                {fout}
              </p>
            ) : null}
            <input
              id="behandeling-datum"
              type="date"
              className="utrecht-textbox"
              value={dag}
              aria-invalid={fout ? true : undefined}
              aria-describedby={fout ? 'behandeling-datum-fout' : undefined}
              onChange={(e) => setDag(e.target.value)}
            />
          </div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig || (soort === 'aangeboden' ? !kanAanbieden : !kanBespreken)}>
            {soort === 'aangeboden' ? 'Aanbieden aan de raad' : 'Bespreking vastleggen'}
          </button>
        </form>
      ) : null}
      <Meldingregel melding={melding} />
      <p className="utrecht-paragraph kp-klein">
        <Link className="utrecht-link" to={`${basis}/raad`}>
          Naar het raadsoverzicht, met de vragen van de raad
        </Link>
      </p>
    </section>
  );
}
