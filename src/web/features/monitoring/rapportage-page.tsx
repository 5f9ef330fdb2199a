/**
 * Step 6: the quarterly progress reports and the yearbook. Without a period: the choice of quarters
 * and yearbooks of the plan period. With a period: the coordinator and the working group write the
 * highlights and bottlenecks together (texts written together, ADR 0019), and everyone with
 * dashboard.lezen reads the report as HTML, prints it (print style sheet) or downloads it as Word.
 */
import { useCallback, useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import type { DocumentModel } from '../../../domain/cyclus/document.ts';
import { type Rapportage, rapportagePeriode } from '../../../domain/monitoring/dashboard.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Blokken } from '../../shared/blokken.tsx';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { SamenTekst } from '../../shared/samen-tekst-lui.tsx';
import { useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';

interface RapportageAntwoord {
  periode: string;
  titel: string;
  versie: number;
  inhoud: Rapportage;
  model: DocumentModel;
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
  const wordPad = `/api/v1${basis}/voortgangsrapportages/${encodeURIComponent(data?.periode ?? periode)}.docx`;

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
      {p.kwartaal ? (
        <p className="utrecht-paragraph kp-geen-print">
          De rapportage toont de metingen zoals ze aan het eind van het {p.titel} bekend waren, en de maatregelen van dat jaar met hun huidige stand.
        </p>
      ) : (
        <p className="utrecht-paragraph kp-geen-print">
          Het jaarbeeld {p.jaar} voedt de terugblik van het uitvoeringsplan {p.jaar + 1}: wie dat plan als vervolg op {p.jaar} maakt, krijgt de stand van de indicatoren, de
          hoogtepunten en de knelpunten van dit jaarbeeld in de terugblik.
        </p>
      )}
      <div className="kp-actions kp-geen-print">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>
          Afdrukken
        </button>
        <a className="kp-button-link kp-button-link--secondary" href={wordPad} download>
          Download als Word (.docx)
        </a>
      </div>
      <Laden toestand={bron.toestand}>
        {(d) => (
          <>
            {magSchrijven ? (
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
            <article className="kp-document kp-rapportage__document" aria-labelledby="document-titel">
              <header className="kp-document__titel">
                <p className="utrecht-paragraph kp-klein">{d.model.gemeente}</p>
                <p className="utrecht-paragraph kp-document__naam" id="document-titel">
                  <strong>{d.model.ondertitel}</strong>
                </p>
                <p className="utrecht-paragraph kp-klein">{d.model.status}</p>
              </header>
              <Blokken blokken={d.model.blokken} />
            </article>
          </>
        )}
      </Laden>
    </div>
  );
}
