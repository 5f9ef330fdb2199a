/**
 * Evaluations of the safety policy against a norms framework (issue 19, point 2): the list with the
 * verdicts counted, starting a new evaluation with a choice of framework, and (for the coordinator and
 * the auditor) a framework of one's own as a copy of an existing one. The council sees only final
 * evaluations.
 */
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Normenkader, type Telling, type Uitvoerder, uitvoerderNamen, uitvoerders, evaluatieStatusNamen, type EvaluatieStatus } from '../../../domain/evaluatie/normenkader.ts';
import { veldfouten } from '../../shared/api.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Meldingregel, type Melding, Tekstveld } from '../../shared/formulier.tsx';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import './evaluatie.css';

export interface EvaluatieKop {
  id: string;
  naam: string;
  uitvoerder: Uitvoerder;
  status: EvaluatieStatus;
  kaderNaam: string;
  bijgewerktOp: string;
  telling: Telling;
}

interface Lijst {
  evaluaties: EvaluatieKop[];
  mag: { bewerken: boolean; kadersBeheren: boolean };
}

interface Kaders {
  normenkaders: (Normenkader & { standaard: boolean })[];
  mag: { beheren: boolean };
}

export function tellingTekst(t: Telling): string {
  const delen = [`${t.voldoet} voldoet`, `${t['voldoet-deels']} voldoet deels`, `${t['voldoet-niet']} voldoet niet`];
  if (t.open > 0) delen.push(`${t.open} nog zonder oordeel`);
  return `${delen.join(', ')} (van ${t.totaal} normen)`;
}

export function EvaluatiesPage() {
  const { werkruimte } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  usePaginatitel(`Evaluaties – ${werkruimte.naam}`);
  const lijst = useBron<Lijst>(`${basis}/evaluaties`);
  const kaders = useBron<Kaders>(`${basis}/normenkaders`);

  return (
    <div className="kp-evaluatie">
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Evaluaties' }]} />
      <h1 className="utrecht-heading-1">Evaluaties</h1>
      <CyclusNavigatie huidig="evaluaties" />
      <p className="utrecht-paragraph kp-lead">
        Werkt het veiligheidsbeleid zoals bedoeld? Een rekenkamer, een interne audit of de werkgroep toetst het plan aan een normenkader: per norm een oordeel, met toelichting en
        bewijs. Kernplan doet bij elke norm een voorstel op basis van wat in het plan staat.
      </p>
      <Laden toestand={lijst.toestand}>
        {(l) => (
          <>
            <h2 className="utrecht-heading-2">Lopende en afgeronde evaluaties</h2>
            {l.evaluaties.length === 0 ? (
              <p className="utrecht-paragraph">Er is nog geen evaluatie{l.mag.bewerken ? '. Begin er hieronder een.' : ' die u kunt inzien.'}</p>
            ) : (
              <ul className="kp-evaluatie-lijst">
                {l.evaluaties.map((e) => (
                  <li key={e.id} className="kp-evaluatie-kaart">
                    <h3 className="utrecht-heading-3">
                      <Link className="utrecht-link" to={`${basis}/evaluaties/${e.id}`}>
                        {e.naam}
                      </Link>
                    </h3>
                    <p className="utrecht-paragraph">
                      {uitvoerderNamen[e.uitvoerder]} · <span className={`kp-evaluatie-status kp-evaluatie-status--${e.status}`}>{evaluatieStatusNamen[e.status]}</span> · {e.kaderNaam}
                    </p>
                    <p className="utrecht-paragraph">{tellingTekst(e.telling)}</p>
                  </li>
                ))}
              </ul>
            )}
            {l.mag.bewerken && kaders.toestand.status === 'klaar' ? <NieuweEvaluatie basis={basis} kaders={kaders.toestand.data.normenkaders} /> : null}
            {l.mag.kadersBeheren && kaders.toestand.status === 'klaar' ? <EigenKader basis={basis} kaders={kaders.toestand.data.normenkaders} onKlaar={() => void kaders.vernieuw()} /> : null}
            {kaders.toestand.status === 'klaar' ? <KaderOverzicht kaders={kaders.toestand.data.normenkaders} /> : null}
          </>
        )}
      </Laden>
    </div>
  );
}

function NieuweEvaluatie({ basis, kaders }: { basis: string; kaders: Kaders['normenkaders'] }) {
  const schrijfApi = useSchrijf();
  const navigate = useNavigate();
  const [naam, setNaam] = useState('');
  const [uitvoerder, setUitvoerder] = useState<Uitvoerder>('rekenkamer');
  const [kaderId, setKaderId] = useState(kaders[0]?.id ?? 'standaard');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);

  async function maak(e: FormEvent) {
    e.preventDefault();
    if (!naam.trim()) {
      setFouten({ naam: 'Geef de evaluatie een naam.' });
      return;
    }
    setBezig(true);
    const r = await schrijfApi<{ id: string }>('POST', `${basis}/evaluaties`, { body: { naam, uitvoerder, kaderId } });
    setBezig(false);
    if (r.ok) {
      void navigate(`${basis}/evaluaties/${r.data.id}`);
      return;
    }
    setFouten(veldfouten(r.probleem));
    setMelding({ soort: 'fout', tekst: r.probleem.detail });
  }

  return (
    <form onSubmit={maak} noValidate aria-labelledby="nieuw-kop" className="kp-evaluatie-form">
      <h2 className="utrecht-heading-2" id="nieuw-kop">
        Nieuwe evaluatie
      </h2>
      <Tekstveld id="evaluatie-naam" label="Naam" waarde={naam} onWaarde={setNaam} fout={fouten.naam} beschrijving="Bijvoorbeeld ‘Rekenkameronderzoek veiligheid 2028’." />
      <fieldset className="kp-fieldset">
        <legend className="utrecht-form-label">Wie voert de evaluatie uit?</legend>
        {uitvoerders.map((u) => (
          <div className="kp-check" key={u}>
            <input type="radio" id={`uitvoerder-${u}`} name="uitvoerder" checked={uitvoerder === u} onChange={() => setUitvoerder(u)} />
            <label htmlFor={`uitvoerder-${u}`}>{uitvoerderNamen[u]}</label>
          </div>
        ))}
      </fieldset>
      <div className="utrecht-form-field kp-field">
        <label className="utrecht-form-label" htmlFor="evaluatie-kader">
          Normenkader
        </label>
        <p className="utrecht-form-field-description kp-field__uitleg" id="evaluatie-kader-uitleg">
          De vragen en normen worden gekopieerd; u kunt ze daarna in de evaluatie aanpassen.
        </p>
        <select id="evaluatie-kader" className="utrecht-select utrecht-select--html-select" value={kaderId} onChange={(e) => setKaderId(e.target.value)} aria-describedby="evaluatie-kader-uitleg">
          {kaders.map((k) => (
            <option key={k.id} value={k.id}>
              {k.naam}
            </option>
          ))}
        </select>
      </div>
      <Meldingregel melding={melding} />
      <div className="kp-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
          Evaluatie beginnen
        </button>
      </div>
    </form>
  );
}

function EigenKader({ basis, kaders, onKlaar }: { basis: string; kaders: Kaders['normenkaders']; onKlaar: () => void }) {
  const schrijfApi = useSchrijf();
  const [naam, setNaam] = useState('');
  const [vanKader, setVanKader] = useState(kaders[0]?.id ?? 'standaard');
  const [fout, setFout] = useState<string | undefined>();
  const [melding, setMelding] = useState<Melding | null>(null);

  async function maak(e: FormEvent) {
    e.preventDefault();
    if (!naam.trim()) {
      setFout('Geef het normenkader een naam.');
      return;
    }
    setFout(undefined);
    const r = await schrijfApi('POST', `${basis}/normenkaders`, { body: { naam, vanKader } });
    if (r.ok) {
      setMelding({ soort: 'ok', tekst: `Normenkader ‘${naam}’ toegevoegd. U kiest het bij een nieuwe evaluatie.` });
      setNaam('');
      onKlaar();
    } else {
      setFout(veldfouten(r.probleem).naam);
      setMelding({ soort: 'fout', tekst: r.probleem.detail });
    }
  }

  return (
    <form onSubmit={maak} noValidate aria-labelledby="kader-kop" className="kp-evaluatie-form">
      <h2 className="utrecht-heading-2" id="kader-kop">
        Eigen normenkader
      </h2>
      <p className="utrecht-paragraph">Maak een kopie van een kader onder een eigen naam, bijvoorbeeld het kader van uw rekenkamer. Vragen en normen past u per evaluatie aan.</p>
      <Tekstveld id="kader-naam" label="Naam van het kader" waarde={naam} onWaarde={setNaam} fout={fout} />
      <div className="utrecht-form-field kp-field">
        <label className="utrecht-form-label" htmlFor="kader-van">
          Kopie van
        </label>
        <select id="kader-van" className="utrecht-select utrecht-select--html-select" value={vanKader} onChange={(e) => setVanKader(e.target.value)}>
          {kaders.map((k) => (
            <option key={k.id} value={k.id}>
              {k.naam}
            </option>
          ))}
        </select>
      </div>
      <Meldingregel melding={melding} />
      <div className="kp-actions">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          Kopie maken
        </button>
      </div>
    </form>
  );
}

function KaderOverzicht({ kaders }: { kaders: Kaders['normenkaders'] }) {
  return (
    <section aria-labelledby="kaders-kop">
      <h2 className="utrecht-heading-2" id="kaders-kop">
        Normenkaders
      </h2>
      {kaders.map((k) => (
        <details key={k.id} className="kp-evaluatie-kader">
          <summary>
            {k.naam}
            {k.standaard ? ' (meegeleverd)' : ''}
          </summary>
          {k.beschrijving ? <p className="utrecht-paragraph">{k.beschrijving}</p> : null}
          <ol className="utrecht-ordered-list">
            {k.vragen.map((v) => (
              <li key={v.id} className="utrecht-ordered-list__item">
                {v.vraag}
                <ul className="utrecht-unordered-list">
                  {v.normen.map((n) => (
                    <li key={n.id} className="utrecht-unordered-list__item">
                      {n.id} {n.norm}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
