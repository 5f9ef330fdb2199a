/**
 * Step 6, "Mijn voortgang": the measures and indicators the signed-in user owns, each with its form
 * (status, comment and realised output of a measure; a measurement of an indicator). Reminders link
 * here. The coordinator and the working group can switch to all measures and indicators.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type Maatregel, type MaatregelStatus, maatregelStatusNamen, maatregelStatussen, type Uitvoeringsplan } from '../../../domain/cyclus/inhoud.ts';
import { formatGetal, leesGetal } from '../../../domain/monitoring/getallen.ts';
import { mag, magVoortgangBijwerken } from '../../../domain/toegang/rollen.ts';
import type { Probleem } from '../../shared/api.ts';
import { datum, datumTijd } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useApi, useBron } from '../../shared/use-api.ts';
import { CyclusNavigatie, type DeelAntwoord, Tekstvak } from '../../shared/cyclus-deel.tsx';
import { Foutsamenvatting, Meldingregel, type Melding, Tekstveld, type Veldmelding } from '../../shared/formulier.tsx';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { alsInvoer, type IndicatorenAntwoord, IndicatorKaart, SturingNavigatie, useAnker, veldNaam } from './indicator-formulieren.tsx';

export function MijnVoortgangPage() {
  const { werkruimte, lid, gebruiker } = useWerkruimte();
  usePaginatitel(`Mijn voortgang – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const magAlles = mag(lid, 'voortgang.bijwerken');
  const [alles, setAlles] = useState(false);
  const jaren = useApi<{ jaren: number[] }>(`${basis}/uitvoeringsplannen`);
  const indicatoren = useBron<IndicatorenAntwoord>(`${basis}/indicatoren`);
  const overleg = useApi<{ volgendOverleg: string | null }>(`${basis}/voortgangsoverleg`);
  const [geladenJaren, setGeladenJaren] = useState<number[]>([]);
  const toonAlles = magAlles && alles;
  const alleJaren = jaren.status === 'klaar' ? jaren.data.jaren : [];
  useAnker(jaren.status === 'klaar' && indicatoren.toestand.status === 'klaar' && alleJaren.every((j) => geladenJaren.includes(j)));

  useLiveBericht((b) => {
    if ((b.type === 'werkruimte' && b.id === 'indicatoren') || b.type === 'opnieuw-verbonden') void indicatoren.vernieuw();
  });

  const volgend = overleg.status === 'klaar' ? overleg.data.volgendOverleg : null;

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Mijn voortgang' }]} />
      <h1 className="utrecht-heading-1">Mijn voortgang</h1>
      <CyclusNavigatie huidig="mijn-voortgang" />
      <SturingNavigatie huidig="mijn-voortgang" />
      <p className="utrecht-paragraph kp-lead">
        Hier werkt u de maatregelen en indicatoren bij waarvan u eigenaar bent: de status en de output van een maatregel, de metingen van een indicator.
        {volgend ? ` Het volgende voortgangsoverleg is op ${datum(volgend)}; werk alles daarvóór bij.` : ''}
      </p>
      {magAlles ? (
        <fieldset className="kp-fieldset kp-sb-keuze">
          <legend className="utrecht-form-label">Toon</legend>
          <div className="kp-check">
            <input type="radio" id="toon-mijn" name="toon" checked={!alles} onChange={() => setAlles(false)} />
            <label htmlFor="toon-mijn">Alleen waarvan ik eigenaar ben</label>
          </div>
          <div className="kp-check">
            <input type="radio" id="toon-alle" name="toon" checked={alles} onChange={() => setAlles(true)} />
            <label htmlFor="toon-alle">Alle maatregelen en indicatoren</label>
          </div>
        </fieldset>
      ) : null}
      <LiveStatus />
      <section className="kp-section" aria-labelledby="maatregelen-kop">
        <h2 className="utrecht-heading-2" id="maatregelen-kop">
          {toonAlles ? 'Maatregelen' : 'Mijn maatregelen'}
        </h2>
        <Laden toestand={jaren}>
          {({ jaren: lijst }) =>
            lijst.length === 0 ? (
              <p className="utrecht-paragraph">Er is nog geen uitvoeringsplan met maatregelen.</p>
            ) : (
              lijst.map((j) => (
                <Jaarplan
                  key={j}
                  basis={basis}
                  jaar={j}
                  meerdereJaren={lijst.length > 1}
                  alles={toonAlles}
                  filter={(m) => toonAlles || m.eigenaarId === gebruiker.id}
                  magBijwerken={(m) => magVoortgangBijwerken(lid, m.eigenaarId === gebruiker.id)}
                  onGeladen={() => setGeladenJaren((oud) => (oud.includes(j) ? oud : [...oud, j]))}
                />
              ))
            )
          }
        </Laden>
      </section>
      <section className="kp-section" aria-labelledby="indicatoren-kop">
        <h2 className="utrecht-heading-2" id="indicatoren-kop">
          {toonAlles ? 'Indicatoren' : 'Mijn indicatoren'}
        </h2>
        <Laden toestand={indicatoren.toestand}>
          {(data) => {
            const eigen = data.indicatoren.filter((i) => toonAlles || i.eigenaarId === gebruiker.id);
            if (eigen.length === 0) {
              return (
                <p className="utrecht-paragraph">
                  U bent van geen indicator eigenaar.{' '}
                  <Link className="utrecht-link" to={`${basis}/indicatoren`}>
                    Alle indicatoren bekijken
                  </Link>
                </p>
              );
            }
            return eigen.map((i) => (
              <IndicatorKaart
                key={i.id}
                basis={basis}
                indicator={i}
                magMeten={magVoortgangBijwerken(lid, i.eigenaarId === gebruiker.id)}
                metingOpen
                onderKop={toonAlles ? <p className="utrecht-paragraph kp-klein kp-muted">Eigenaar: {i.eigenaarNaam ?? 'nog geen'}</p> : null}
                onBijgewerkt={(nieuw) => {
                  if (nieuw && indicatoren.toestand.status === 'klaar') {
                    const d = indicatoren.toestand.data;
                    indicatoren.zet({ ...d, indicatoren: d.indicatoren.map((x) => (x.id === nieuw.id ? nieuw : x)) });
                  } else void indicatoren.vernieuw();
                }}
              />
            ));
          }}
        </Laden>
      </section>
    </>
  );
}

interface JaarplanProps {
  basis: string;
  jaar: number;
  meerdereJaren: boolean;
  alles: boolean;
  filter: (m: Maatregel) => boolean;
  magBijwerken: (m: Maatregel) => boolean;
  onGeladen: () => void;
}

function Jaarplan({ basis, jaar, meerdereJaren, alles, filter, magBijwerken, onGeladen }: JaarplanProps) {
  const plan = useBron<DeelAntwoord<Uitvoeringsplan>>(`${basis}/uitvoeringsplannen/${jaar}`);
  const geladen = plan.toestand.status !== 'laden';
  useEffect(() => {
    if (geladen) onGeladen();
  }, [geladen, onGeladen]);
  useLiveBericht((b) => {
    if ((b.type === 'werkruimte' && b.id === `uitvoeringsplan-${jaar}`) || b.type === 'opnieuw-verbonden') void plan.vernieuw();
  });
  return (
    <Laden toestand={plan.toestand}>
      {(data) => {
        const maatregelen = data.inhoud.actiepunten.flatMap((a) => a.maatregelen.filter(filter).map((m) => ({ a, m })));
        return (
          <div className="kp-sb-jaar">
            {meerdereJaren ? <h3 className="utrecht-heading-3">Uitvoeringsplan {jaar}</h3> : null}
            {maatregelen.length === 0 ? (
              <p className="utrecht-paragraph">
                {alles ? `Het uitvoeringsplan ${jaar} heeft nog geen maatregelen.` : `U bent in het uitvoeringsplan ${jaar} van geen maatregel eigenaar.`}{' '}
                <Link className="utrecht-link" to={`${basis}/uitvoeringsplan?jaar=${jaar}`}>
                  Naar het uitvoeringsplan {jaar}
                </Link>
              </p>
            ) : (
              maatregelen.map(({ a, m }) => (
                <MaatregelVoortgang key={m.id} basis={basis} jaar={jaar} actiepunt={a.titel} maatregel={m} magBijwerken={magBijwerken(m)} onOpgeslagen={() => void plan.vernieuw()} />
              ))
            )}
          </div>
        );
      }}
    </Laden>
  );
}

interface MaatregelVoortgangProps {
  basis: string;
  jaar: number;
  actiepunt: string;
  maatregel: Maatregel;
  magBijwerken: boolean;
  onOpgeslagen: () => void;
}

/** One measure with its progress form: status, comment, realised output per planned quarter. */
function MaatregelVoortgang({ basis, jaar, actiepunt, maatregel: m, magBijwerken, onOpgeslagen }: MaatregelVoortgangProps) {
  const schrijf = useSchrijf();
  const prestaties = m.prestaties ?? [];
  const beginwaarden = () => ({
    status: m.status,
    toelichting: m.statusToelichting ?? '',
    gerealiseerd: Object.fromEntries(prestaties.map((x) => [x.kwartaal, alsInvoer(x.gerealiseerd)])) as Record<string, string>,
  });
  const [invoer, setInvoer] = useState(beginwaarden);
  const [fouten, setFouten] = useState<Veldmelding[]>([]);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const p = `mr-${m.id}`;
  const fout = (id: string) => fouten.find((f) => f.id === id)?.melding;

  // A newer state of this measure (saved here, or by someone else) shows in the form.
  useEffect(() => {
    setInvoer(beginwaarden());
    // beginwaarden reads the measure; its update moment and status say when it changed.
  }, [m.bijgewerktOp, m.status]);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    const lijst: Veldmelding[] = [];
    const gerealiseerd = prestaties.map((x) => {
      const t = (invoer.gerealiseerd[x.kwartaal] ?? '').trim();
      if (!t) return { kwartaal: x.kwartaal, waarde: null };
      const r = leesGetal(t);
      if (!r.ok) lijst.push({ id: `${p}-${x.kwartaal}`, veld: `Gerealiseerd ${x.kwartaal}`, melding: r.reden });
      else if (r.waarde < 0) lijst.push({ id: `${p}-${x.kwartaal}`, veld: `Gerealiseerd ${x.kwartaal}`, melding: 'Een gerealiseerde output is niet negatief.' });
      return { kwartaal: x.kwartaal, waarde: r.ok ? r.waarde : null };
    });
    if (invoer.status === 'vertraagd' && !invoer.toelichting.trim()) {
      lijst.unshift({ id: `${p}-toelichting`, veld: 'Toelichting', melding: 'Licht toe waarom de maatregel vertraagd is en wat de nieuwe planning is.' });
    }
    if (lijst.length) {
      setFouten(lijst);
      document.getElementById(lijst[0]!.id)?.focus();
      return;
    }
    setFouten([]);
    setBezig(true);
    const r = await schrijf<{ maatregel: Maatregel; versie: number }>('POST', `${basis}/uitvoeringsplannen/${jaar}/maatregelen/${encodeURIComponent(m.id)}/voortgang`, {
      body: { status: invoer.status, toelichting: invoer.toelichting.trim(), ...(prestaties.length ? { gerealiseerd } : {}) },
    });
    setBezig(false);
    if (r.ok) {
      setMelding({ soort: 'ok', tekst: `De voortgang van ‘${m.naam}’ is opgeslagen: ${maatregelStatusNamen[r.data.maatregel.status]}.` });
      onOpgeslagen();
      return;
    }
    const vf = ((r.probleem as Probleem).invalidParams ?? []).flatMap((x): Veldmelding[] => {
      const n = veldNaam(x.name);
      const g = /^gerealiseerd\[(\d+)\]/.exec(n);
      if (g && prestaties[Number(g[1])]) return [{ id: `${p}-${prestaties[Number(g[1])]!.kwartaal}`, veld: `Gerealiseerd ${prestaties[Number(g[1])]!.kwartaal}`, melding: x.reason }];
      if (n === 'toelichting') return [{ id: `${p}-toelichting`, veld: 'Toelichting', melding: x.reason }];
      if (n === 'status') return [{ id: `${p}-status`, veld: 'Status', melding: x.reason }];
      return [];
    });
    if (vf.length) {
      setFouten(vf);
      document.getElementById(vf[0]!.id)?.focus();
    } else setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  return (
    <article className="kp-card kp-sb-maatregel" id={`maatregel-${m.id}`} aria-labelledby={`${p}-kop`} tabIndex={-1}>
      <div className="kp-sb-indicatorkop">
        <h3 className="utrecht-heading-3" id={`${p}-kop`}>
          {m.naam}
        </h3>
        <span className={`kp-sb-mstatus kp-sb-mstatus--${m.status}`}>{maatregelStatusNamen[m.status]}</span>
      </div>
      <dl className="kp-meta kp-sb-meta">
        <div>
          <dt>Actiepunt</dt>
          <dd>{actiepunt}</dd>
        </div>
        <div>
          <dt>Planning</dt>
          <dd>{m.startKwartaal && m.eindKwartaal ? `${m.startKwartaal} t/m ${m.eindKwartaal}` : 'niet gepland'}</dd>
        </div>
        {m.prestatieIndicator ? (
          <div>
            <dt>Prestatie-indicator</dt>
            <dd>{m.prestatieIndicator}</dd>
          </div>
        ) : null}
        <div>
          <dt>Laatst bijgewerkt</dt>
          <dd>{m.bijgewerktOp ? datumTijd(m.bijgewerktOp) : 'nog nooit'}</dd>
        </div>
      </dl>
      {magBijwerken ? (
        <form onSubmit={(e) => void verstuur(e)} noValidate aria-label={`Voortgang van ${m.naam}`}>
          {fouten.length > 1 ? <Foutsamenvatting fouten={fouten} /> : null}
          <div className={`utrecht-form-field kp-field${fout(`${p}-status`) ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label" htmlFor={`${p}-status`}>
              Status
            </label>
            {m.statusDatum ? (
              <p className="kp-field__uitleg" id={`${p}-status-uitleg`}>
                {maatregelStatusNamen[m.status]} sinds {datum(m.statusDatum)}.
              </p>
            ) : null}
            <select
              id={`${p}-status`}
              className="utrecht-select utrecht-select--html-select kp-select-smal"
              value={invoer.status}
              aria-describedby={m.statusDatum ? `${p}-status-uitleg` : undefined}
              onChange={(e) => setInvoer({ ...invoer, status: e.target.value as MaatregelStatus })}
            >
              {maatregelStatussen.map((s) => (
                <option key={s} value={s}>
                  {maatregelStatusNamen[s]}
                </option>
              ))}
            </select>
          </div>
          <Tekstvak
            id={`${p}-toelichting`}
            label="Toelichting"
            uitleg={invoer.status === 'vertraagd' ? 'Waarom is de maatregel vertraagd, en wat is de nieuwe planning?' : 'Wat is er gedaan, wat loopt er, wat is er nodig?'}
            kort
            waarde={invoer.toelichting}
            onWaarde={(toelichting) => {
              setInvoer({ ...invoer, toelichting });
              if (toelichting.trim()) setFouten((oud) => oud.filter((f) => f.id !== `${p}-toelichting`));
            }}
            fout={fout(`${p}-toelichting`)}
          />
          {prestaties.length ? (
            <fieldset className="kp-fieldset">
              <legend className="utrecht-form-label">Gerealiseerde output per kwartaal</legend>
              <p className="kp-field__uitleg">{m.prestatieIndicator ? `Prestatie-indicator: ${m.prestatieIndicator}. ` : ''}Laat leeg wat u nog niet weet.</p>
              <div className="kp-inline-velden">
                {prestaties.map((x) => (
                  <Tekstveld
                    key={x.kwartaal}
                    id={`${p}-${x.kwartaal}`}
                    label={`${x.kwartaal.replace('-K', ' kwartaal ')}`}
                    beschrijving={x.gepland === null ? 'Niets gepland.' : `Gepland: ${formatGetal(x.gepland)}.`}
                    waarde={invoer.gerealiseerd[x.kwartaal] ?? ''}
                    onWaarde={(t) => setInvoer({ ...invoer, gerealiseerd: { ...invoer.gerealiseerd, [x.kwartaal]: t } })}
                    fout={fout(`${p}-${x.kwartaal}`)}
                    inputMode="decimal"
                    autoComplete="off"
                  />
                ))}
              </div>
            </fieldset>
          ) : (
            <p className="utrecht-paragraph kp-klein kp-muted">Voor deze maatregel is geen output per kwartaal gepland.</p>
          )}
          <Meldingregel melding={melding} />
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
            Voortgang opslaan<span className="kp-visually-hidden"> ({m.naam})</span>
          </button>
        </form>
      ) : (
        <p className="utrecht-paragraph">
          <strong>Status:</strong> {maatregelStatusNamen[m.status]}
          {m.statusToelichting ? `. ${m.statusToelichting}` : ''}
        </p>
      )}
    </article>
  );
}
