/**
 * One evaluation (issue 19, point 2): per research question its norms, with Kernplan's proposal (to
 * accept with one click), the verdict as a radio group, the reasoning and the evidence links; the
 * verdicts counted at the top and the report in Word. Who may edit (coordinator, redacteur, auditor)
 * judges; everyone else reads. Every save sends If-Match: when someone else saved first, the page says
 * so, loads the new state and keeps what was typed.
 */
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  type Bewijs,
  type BewijsSoort,
  bewijsSoortNamen,
  bewijsSoorten,
  type EvaluatieStatus,
  evaluatieStatusNamen,
  type EvaluatieVraag,
  isVeiligeVerwijzing,
  type Oordeel,
  oordeelNamen,
  oordelen,
  type Telling,
  type Uitvoerder,
  uitvoerderNamen,
} from '../../../domain/evaluatie/normenkader.ts';
import type { Voorstel } from '../../../domain/evaluatie/voorstel.ts';
import type { Schrijfresultaat } from '../../shared/api.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Meldingregel, type Melding, Tekstveld } from '../../shared/formulier.tsx';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { tellingTekst } from './evaluaties-page.tsx';
import './evaluatie.css';

interface Norm {
  id: string;
  vraagId: string;
  norm: string;
  oordeel: Oordeel | null;
  toelichting: string;
  bewijs: Bewijs[];
  voorstel: Voorstel | null;
}

interface Evaluatie {
  id: string;
  naam: string;
  uitvoerder: Uitvoerder;
  status: EvaluatieStatus;
  kaderNaam: string;
  vragen: EvaluatieVraag[];
  normen: Norm[];
  telling: Telling;
  versie: number;
  bijgewerktOp: string;
  bijgewerktDoor: string | null;
  mag: { bewerken: boolean };
}

type Invoer = { oordeel: Oordeel | null; toelichting: string; bewijs: Bewijs[] };

const conflictTekst = 'Iemand anders heeft deze evaluatie intussen gewijzigd. De pagina toont nu de nieuwe stand; wat u bij deze norm invulde, staat er nog. Controleer het en sla opnieuw op.';

export function EvaluatiePage() {
  const { werkruimte } = useWerkruimte();
  const { evaluatieId = '' } = useParams();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const pad = `${basis}/evaluaties/${encodeURIComponent(evaluatieId)}`;
  const bron = useBron<Evaluatie>(pad);
  const schrijfApi = useSchrijf();
  const [melding, setMelding] = useState<Melding | null>(null);
  const naam = bron.toestand.status === 'klaar' ? bron.toestand.data.naam : 'Evaluatie';
  usePaginatitel(`${naam} – ${werkruimte.naam}`);

  /** Puts a write's answer in place, keeping the proposals (a write does not recompute them). */
  function neemOver(oud: Evaluatie, nieuw: Evaluatie) {
    const voorstel = new Map(oud.normen.map((n) => [n.id, n.voorstel]));
    bron.zet({ ...nieuw, normen: nieuw.normen.map((n) => ({ ...n, voorstel: voorstel.get(n.id) ?? null })) });
  }

  async function schrijfMet(methode: 'PUT' | 'PATCH', doel: string, body: unknown): Promise<Schrijfresultaat<Evaluatie>> {
    if (bron.toestand.status !== 'klaar') throw new Error('niet geladen');
    const oud = bron.toestand.data;
    const r = await schrijfApi<Evaluatie>(methode, doel, { body, ifMatch: oud.versie });
    if (r.ok) neemOver(oud, r.data);
    else if (r.status === 412) await bron.vernieuw();
    return r;
  }

  async function wijzig(body: Record<string, unknown>, gelukt: string) {
    const r = await schrijfMet('PATCH', pad, body);
    setMelding(r.ok ? { soort: 'ok', tekst: gelukt } : { soort: 'fout', tekst: r.status === 412 ? conflictTekst : r.probleem.detail });
  }

  return (
    <div className="kp-evaluatie">
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Werkruimtes', naar: '/werkruimtes' },
          { naam: werkruimte.naam, naar: basis },
          { naam: 'Evaluaties', naar: `${basis}/evaluaties` },
          { naam },
        ]}
      />
      <Laden toestand={bron.toestand}>
        {(e) => {
          const bewerkbaar = e.mag.bewerken && e.status === 'concept';
          return (
            <>
              <h1 className="utrecht-heading-1">{e.naam}</h1>
              <CyclusNavigatie huidig="evaluaties" />
              <p className="utrecht-paragraph kp-lead">
                {uitvoerderNamen[e.uitvoerder]} · <span className={`kp-evaluatie-status kp-evaluatie-status--${e.status}`}>{evaluatieStatusNamen[e.status]}</span> · getoetst aan het{' '}
                {e.kaderNaam}
              </p>
              <section aria-labelledby="samenvatting-kop" className="kp-evaluatie-samenvatting">
                <h2 className="utrecht-heading-2" id="samenvatting-kop">
                  Samenvatting
                </h2>
                <ul className="kp-evaluatie-telling">
                  {oordelen.map((o) => (
                    <li key={o} className={`kp-evaluatie-oordeel kp-evaluatie-oordeel--${o}`}>
                      <strong>{e.telling[o]}</strong> {oordeelNamen[o].toLowerCase()}
                    </li>
                  ))}
                  <li className="kp-evaluatie-oordeel">
                    <strong>{e.telling.open}</strong> nog zonder oordeel
                  </li>
                </ul>
                <p className="utrecht-paragraph">In totaal: {tellingTekst(e.telling)}.</p>
                <div className="kp-actions">
                  <a className="kp-button-link kp-button-link--secondary" href={`/api/v1${pad}.docx`} download>
                    Rapport downloaden (Word)
                  </a>
                  {e.mag.bewerken && e.status === 'concept' ? (
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--primary-action"
                      onClick={() => void wijzig({ status: 'definitief' }, 'De evaluatie is definitief. De raad kan haar nu lezen.')}
                    >
                      Definitief maken
                    </button>
                  ) : null}
                  {e.mag.bewerken && e.status === 'definitief' ? (
                    <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void wijzig({ status: 'concept' }, 'De evaluatie is weer een concept; oordelen zijn te wijzigen.')}>
                      Terug naar concept
                    </button>
                  ) : null}
                </div>
                <Meldingregel melding={melding} />
                {e.status === 'definitief' && e.mag.bewerken ? <p className="utrecht-paragraph">Deze evaluatie is definitief. Zet haar terug naar concept om een oordeel te wijzigen.</p> : null}
              </section>
              <nav aria-label="Onderzoeksvragen op deze pagina" className="kp-evaluatie-inhoud">
                <ol className="utrecht-ordered-list">
                  {e.vragen.map((v) => (
                    <li key={v.id} className="utrecht-ordered-list__item">
                      <a className="utrecht-link" href={`#vraag-${v.id}`}>
                        {v.vraag}
                      </a>
                    </li>
                  ))}
                </ol>
              </nav>
              {e.vragen.map((v) => (
                <section key={v.id} aria-labelledby={`vraag-${v.id}`} className="kp-evaluatie-vraag">
                  <h2 className="utrecht-heading-2" id={`vraag-${v.id}`} tabIndex={-1}>
                    Vraag {v.nummer}: {v.vraag}
                  </h2>
                  {e.normen
                    .filter((n) => n.vraagId === v.id)
                    .map((n) =>
                      bewerkbaar ? (
                        <NormFormulier key={n.id} norm={n} slaOp={(invoer) => schrijfMet('PUT', `${pad}/normen/${encodeURIComponent(n.id)}`, invoer)} />
                      ) : (
                        <NormGelezen key={n.id} norm={n} />
                      ),
                    )}
                </section>
              ))}
              {bewerkbaar ? <NormenAanpassen e={e} wijzig={wijzig} /> : null}
              <p className="utrecht-paragraph">
                <Link className="utrecht-link" to={`${basis}/evaluaties`}>
                  Terug naar de evaluaties
                </Link>
              </p>
            </>
          );
        }}
      </Laden>
    </div>
  );
}

function BewijsLijst({ bewijs, onVerwijder }: { bewijs: Bewijs[]; onVerwijder?: (i: number) => void }) {
  if (bewijs.length === 0) return <p className="utrecht-paragraph kp-evaluatie-leeg">Nog geen bewijs.</p>;
  return (
    <ul className="kp-evaluatie-bewijs">
      {bewijs.map((b, i) => (
        <li key={`${b.verwijzing}-${i}`}>
          <span className="kp-evaluatie-bewijssoort">{bewijsSoortNamen[b.soort]}:</span>{' '}
          {isVeiligeVerwijzing(b.verwijzing) ? (
            b.verwijzing.startsWith('/') ? (
              <Link className="utrecht-link" to={b.verwijzing}>
                {b.label}
              </Link>
            ) : (
              <a className="utrecht-link" href={b.verwijzing} rel="noopener noreferrer" target="_blank">
                {b.label} (opent in een nieuw venster)
              </a>
            )
          ) : (
            b.label
          )}
          {onVerwijder ? (
            <button type="button" className="utrecht-button utrecht-button--subtle kp-button-klein" onClick={() => onVerwijder(i)} aria-label={`Bewijs ‘${b.label}’ verwijderen`}>
              Verwijderen
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function VoorstelKader({ voorstel, id, onOvernemen }: { voorstel: Voorstel | null; id: string; onOvernemen?: () => void }) {
  if (!voorstel) return null;
  return (
    <div className="kp-evaluatie-voorstel">
      <p className="utrecht-paragraph" id={`${id}-voorstel`}>
        <strong>Voorstel van Kernplan: {voorstel.oordeel ? oordeelNamen[voorstel.oordeel].toLowerCase() : 'geen oordeel'}.</strong> {voorstel.uitleg}
      </p>
      {voorstel.bewijs.length > 0 ? <BewijsLijst bewijs={voorstel.bewijs} /> : null}
      {onOvernemen ? (
        <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={onOvernemen}>
          Voorstel overnemen
        </button>
      ) : null}
    </div>
  );
}

function NormGelezen({ norm }: { norm: Norm }) {
  return (
    <article className={`kp-evaluatie-norm kp-evaluatie-norm--${norm.oordeel ?? 'open'}`} aria-labelledby={`norm-${norm.id}`}>
      <h3 className="utrecht-heading-3" id={`norm-${norm.id}`}>
        Norm {norm.id}: {norm.oordeel ? oordeelNamen[norm.oordeel] : 'nog geen oordeel'}
      </h3>
      <p className="utrecht-paragraph kp-evaluatie-normtekst">{norm.norm}</p>
      {norm.toelichting ? <p className="utrecht-paragraph">{norm.toelichting}</p> : null}
      <BewijsLijst bewijs={norm.bewijs} />
      {norm.voorstel ? (
        <details className="kp-evaluatie-details">
          <summary>Wat Kernplan uit het plan afleidt</summary>
          <VoorstelKader voorstel={norm.voorstel} id={`norm-${norm.id}`} />
        </details>
      ) : null}
    </article>
  );
}

function NormFormulier({ norm, slaOp }: { norm: Norm; slaOp: (invoer: Invoer) => Promise<Schrijfresultaat<Evaluatie>> }) {
  const id = `norm-${norm.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const [oordeel, setOordeel] = useState<Oordeel | null>(norm.oordeel);
  const [toelichting, setToelichting] = useState(norm.toelichting);
  const [bewijs, setBewijs] = useState<Bewijs[]>(norm.bewijs);
  const [nieuwSoort, setNieuwSoort] = useState<BewijsSoort>('document');
  const [nieuwLabel, setNieuwLabel] = useState('');
  const [nieuwAdres, setNieuwAdres] = useState('');
  const [bewijsFout, setBewijsFout] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);

  async function bewaar(invoer: Invoer, gelukt: string) {
    setBezig(true);
    const r = await slaOp(invoer);
    setBezig(false);
    if (r.ok) setMelding({ soort: 'ok', tekst: gelukt });
    else setMelding({ soort: 'fout', tekst: r.status === 412 ? conflictTekst : r.probleem.detail });
  }

  function opslaan(ev: FormEvent) {
    ev.preventDefault();
    void bewaar({ oordeel, toelichting, bewijs }, `Oordeel bij norm ${norm.id} opgeslagen.`);
  }

  function neemVoorstelOver() {
    const v = norm.voorstel!;
    const erbij = v.bewijs.filter((b) => !bewijs.some((x) => x.verwijzing === b.verwijzing && x.label === b.label));
    const invoer = { oordeel: v.oordeel ?? oordeel, toelichting: toelichting.trim() ? toelichting : v.uitleg, bewijs: [...bewijs, ...erbij] };
    setOordeel(invoer.oordeel);
    setToelichting(invoer.toelichting);
    setBewijs(invoer.bewijs);
    void bewaar(invoer, `Voorstel bij norm ${norm.id} overgenomen en opgeslagen. Pas het gerust aan.`);
  }

  function voegBewijsToe() {
    const fouten: Record<string, string> = {};
    if (!nieuwLabel.trim()) fouten.label = 'Beschrijf het bewijs, bijvoorbeeld ‘Verslag Driehoek maart 2027’.';
    if (!isVeiligeVerwijzing(nieuwAdres.trim())) fouten.adres = 'Geef een pad in Kernplan dat met / begint, of een webadres dat met https:// begint.';
    setBewijsFout(fouten);
    if (Object.keys(fouten).length > 0) return;
    setBewijs([...bewijs, { soort: nieuwSoort, label: nieuwLabel.trim(), verwijzing: nieuwAdres.trim() }]);
    setNieuwLabel('');
    setNieuwAdres('');
  }

  return (
    <form onSubmit={opslaan} noValidate className={`kp-evaluatie-norm kp-evaluatie-norm--${norm.oordeel ?? 'open'}`} aria-labelledby={`${id}-kop`}>
      <h3 className="utrecht-heading-3" id={`${id}-kop`}>
        Norm {norm.id}
      </h3>
      <p className="utrecht-paragraph kp-evaluatie-normtekst">{norm.norm}</p>
      <VoorstelKader voorstel={norm.voorstel} id={id} onOvernemen={norm.voorstel?.oordeel || norm.voorstel?.bewijs.length ? neemVoorstelOver : undefined} />
      <fieldset className="kp-fieldset kp-evaluatie-keuze">
        <legend className="utrecht-form-label">Oordeel bij norm {norm.id}</legend>
        {[...oordelen, null].map((o) => (
          <div className="kp-check" key={o ?? 'geen'}>
            <input type="radio" id={`${id}-${o ?? 'geen'}`} name={`${id}-oordeel`} checked={oordeel === o} onChange={() => setOordeel(o)} />
            <label htmlFor={`${id}-${o ?? 'geen'}`}>{o ? oordeelNamen[o] : 'Nog geen oordeel'}</label>
          </div>
        ))}
      </fieldset>
      <div className="utrecht-form-field kp-field">
        <label className="utrecht-form-label" htmlFor={`${id}-toelichting`}>
          Toelichting bij norm {norm.id}
        </label>
        <textarea
          id={`${id}-toelichting`}
          className="utrecht-textarea utrecht-textarea--html-textarea kp-textarea-kort"
          value={toelichting}
          onChange={(ev) => setToelichting(ev.target.value)}
          rows={4}
        />
      </div>
      <fieldset className="kp-fieldset">
        <legend className="utrecht-form-label">Bewijs bij norm {norm.id}</legend>
        <BewijsLijst bewijs={bewijs} onVerwijder={(i) => setBewijs(bewijs.filter((_, j) => j !== i))} />
        <details className="kp-evaluatie-details">
          <summary>Bewijs toevoegen</summary>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor={`${id}-bewijssoort`}>
              Soort bewijs
            </label>
            <select id={`${id}-bewijssoort`} className="utrecht-select utrecht-select--html-select" value={nieuwSoort} onChange={(ev) => setNieuwSoort(ev.target.value as BewijsSoort)}>
              {bewijsSoorten.map((s) => (
                <option key={s} value={s}>
                  {bewijsSoortNamen[s]}
                </option>
              ))}
            </select>
          </div>
          <Tekstveld id={`${id}-bewijslabel`} label="Omschrijving" waarde={nieuwLabel} onWaarde={setNieuwLabel} fout={bewijsFout.label} />
          <Tekstveld
            id={`${id}-bewijsadres`}
            label="Verwijzing"
            beschrijving="Een pad in Kernplan (/werkruimtes/...) of een webadres (https://...)."
            waarde={nieuwAdres}
            onWaarde={setNieuwAdres}
            fout={bewijsFout.adres}
          />
          <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={voegBewijsToe}>
            Bewijs toevoegen aan de lijst
          </button>
        </details>
      </fieldset>
      <Meldingregel melding={melding} />
      <div className="kp-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
          Oordeel opslaan
        </button>
      </div>
    </form>
  );
}

/** Adjust the questions and norms of this evaluation: add a norm to a question, or remove one. */
function NormenAanpassen({ e, wijzig }: { e: Evaluatie; wijzig: (body: Record<string, unknown>, gelukt: string) => Promise<void> }) {
  const [vraagId, setVraagId] = useState(e.vragen[0]?.id ?? '');
  const [tekst, setTekst] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  const kader = (vragen: EvaluatieVraag[]) => vragen.map((v) => ({ id: v.id, nummer: v.nummer, vraag: v.vraag, normen: v.normen.map((n) => ({ id: n.id, norm: n.norm, sleutel: n.sleutel ?? null })) }));

  function voegToe(ev: FormEvent) {
    ev.preventDefault();
    if (!tekst.trim()) {
      setFout('Schrijf de norm.');
      return;
    }
    setFout(undefined);
    const vragen = kader(e.vragen);
    const v = vragen.find((x) => x.id === vraagId)!;
    const bestaand = new Set(vragen.flatMap((x) => x.normen.map((n) => n.id)));
    let i = v.normen.length + 1;
    while (bestaand.has(`${v.nummer}.${i}`)) i++;
    v.normen.push({ id: `${v.nummer}.${i}`, norm: tekst.trim(), sleutel: null });
    void wijzig({ vragen }, `Norm ${v.nummer}.${i} toegevoegd aan vraag ${v.nummer}.`).then(() => setTekst(''));
  }

  function verwijder(normId: string) {
    const vragen = kader(e.vragen).map((v) => ({ ...v, normen: v.normen.filter((n) => n.id !== normId) }));
    void wijzig({ vragen }, `Norm ${normId} verwijderd.`);
  }

  return (
    <details className="kp-evaluatie-details kp-evaluatie-aanpassen">
      <summary>Vragen en normen van deze evaluatie aanpassen</summary>
      <ul className="kp-evaluatie-normlijst">
        {e.normen.map((n) => (
          <li key={n.id}>
            {n.id} {n.norm}{' '}
            <button type="button" className="utrecht-button utrecht-button--subtle kp-button-klein" onClick={() => verwijder(n.id)} aria-label={`Norm ${n.id} verwijderen`}>
              Verwijderen
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={voegToe} noValidate aria-label="Norm toevoegen">
        <div className="utrecht-form-field kp-field">
          <label className="utrecht-form-label" htmlFor="nieuwe-norm-vraag">
            Bij vraag
          </label>
          <select id="nieuwe-norm-vraag" className="utrecht-select utrecht-select--html-select" value={vraagId} onChange={(ev) => setVraagId(ev.target.value)}>
            {e.vragen.map((v) => (
              <option key={v.id} value={v.id}>
                {v.nummer}. {v.vraag}
              </option>
            ))}
          </select>
        </div>
        <Tekstveld id="nieuwe-norm" label="Nieuwe norm" waarde={tekst} onWaarde={setTekst} fout={fout} />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          Norm toevoegen
        </button>
      </form>
    </details>
  );
}
