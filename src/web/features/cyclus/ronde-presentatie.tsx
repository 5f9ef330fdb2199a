/**
 * The presentation of a prioritisation round for the session (issue 15): one candidate theme per
 * screen in large type (figures and trend, the werkgroep's argument, what the knowledge base says)
 * and a last screen with the result, which updates live while participants submit. Keyboard: Arrow
 * right, Space or Page down to the next screen, Arrow left or Page up back, Home and End to the first
 * and last, Escape back to the round; the same with buttons. The screen is in the address (?scherm=2).
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { inwonersTekst } from '../../../domain/cyclus/ronde.ts';
import { getal } from '../../shared/politie-gegevens.ts';
import { Laden, usePaginatitel } from '../../shared/page.tsx';
import { Staafgrafiek } from '../../shared/staafgrafiek.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { ArgumentenLijst, IndicatorLijst, ingestuurdTekst, useRonde } from './ronde-page.tsx';
import type { Ronde, Uitslag, VoorstelThema } from './rondes-page.tsx';
import '../../styles/ronde.css';

const eenDecimaal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const trendNamen = { stijgt: 'Stijgend', daalt: 'Dalend', stabiel: 'Stabiel' } as const;

export function RondePresentatie() {
  const { rondeId = '' } = useParams();
  const { werkruimte } = useWerkruimte();
  const { basis, ronde, voorstel, uitslag, uitslagZichtbaar } = useRonde(rondeId);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const kader = useRef<HTMLDivElement>(null);
  const [volledig, setVolledig] = useState(false);
  const naam = ronde.toestand.status === 'klaar' ? ronde.toestand.data.naam : undefined;
  usePaginatitel(naam ? `Presentatie: ${naam} – ${werkruimte.naam}` : 'Presentatie');

  const themas = voorstel.toestand.status === 'klaar' ? voorstel.toestand.data.themas : [];
  const totaal = themas.length + 1;
  const gevraagd = Number.parseInt(params.get('scherm') ?? '1', 10);
  const scherm = Math.min(Math.max(Number.isNaN(gevraagd) ? 1 : gevraagd, 1), totaal);
  const opUitslag = scherm === totaal;
  const terug = `${basis}/prioriteringsrondes/${encodeURIComponent(rondeId)}`;

  const stand = useRef({ scherm, totaal });
  stand.current = { scherm, totaal };
  const ga = (n: number) => {
    const doel = Math.min(Math.max(n, 1), stand.current.totaal);
    setParams(doel === 1 ? {} : { scherm: String(doel) }, { replace: true });
  };
  const gaRef = useRef(ga);
  gaRef.current = ga;

  useEffect(() => {
    const toets = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const doel = e.target instanceof Element ? e.target : null;
      if (doel?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const { scherm: nu, totaal: alle } = stand.current;
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          gaRef.current(nu + 1);
          break;
        case ' ':
          // Space on a button or link presses it; elsewhere it goes on.
          if (doel?.closest('button, a, summary')) return;
          gaRef.current(nu + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          gaRef.current(nu - 1);
          break;
        case 'Home':
          gaRef.current(1);
          break;
        case 'End':
          gaRef.current(alle);
          break;
        case 'Escape':
          if (document.fullscreenElement) return;
          void navigate(terug);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', toets);
    return () => window.removeEventListener('keydown', toets);
  }, [navigate, terug]);

  useEffect(() => {
    const bij = () => setVolledig(document.fullscreenElement === kader.current);
    document.addEventListener('fullscreenchange', bij);
    return () => document.removeEventListener('fullscreenchange', bij);
  }, []);

  const huidig = opUitslag ? null : themas[scherm - 1];
  const plek = opUitslag ? 'Uitkomst' : `Thema ${scherm} van ${themas.length}`;

  return (
    <div className="kp-presentatie" ref={kader}>
      <div className="kp-presentatie__balk">
        <h1 className="kp-presentatie__titel">{naam ?? 'Prioriteringsronde'}</h1>
        <p className="kp-presentatie__plek" aria-live="polite" aria-atomic="true">
          {plek}
          {huidig ? <span className="kp-visually-hidden">: {huidig.themaId} {huidig.naam}</span> : null}
        </p>
        <nav className="kp-presentatie__knoppen" aria-label="Presentatie">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={scherm === 1} onClick={() => ga(scherm - 1)}>
            <span aria-hidden="true">←{'\u00a0'}</span>Vorige
          </button>
          <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={opUitslag} onClick={() => ga(scherm + 1)}>
            {scherm === totaal - 1 ? 'Naar de uitkomst' : 'Volgende'}
            <span aria-hidden="true">{'\u00a0'}→</span>
          </button>
          {!opUitslag ? (
            <button type="button" className="utrecht-button utrecht-button--subtle kp-presentatie__link" onClick={() => ga(totaal)}>
              Uitkomst
            </button>
          ) : null}
          {typeof document !== 'undefined' && document.fullscreenEnabled ? (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle kp-presentatie__link"
              onClick={() => {
                if (document.fullscreenElement) void document.exitFullscreen();
                else void kader.current?.requestFullscreen();
              }}
            >
              {volledig ? 'Volledig scherm uit' : 'Volledig scherm'}
            </button>
          ) : null}
          <Link className="utrecht-link kp-presentatie__terug" to={terug}>
            Terug naar de ronde
          </Link>
        </nav>
      </div>
      <Laden toestand={voorstel.toestand}>
        {() =>
          huidig ? (
            <ThemaDia key={huidig.themaId} thema={huidig} />
          ) : (
            <UitslagDia ronde={ronde.toestand.status === 'klaar' ? ronde.toestand.data : null} uitslag={uitslag.toestand.status === 'klaar' ? uitslag.toestand.data : null} zichtbaar={uitslagZichtbaar && uitslag.toestand.status !== 'fout'} />
          )
        }
      </Laden>
      <p className="kp-presentatie__toetsen kp-muted">
        Toetsen: pijl naar rechts, spatie of Page Down voor het volgende scherm; pijl naar links of Page Up voor het vorige; Home en End voor het eerste
        en het laatste; Esc terug naar de ronde.
      </p>
    </div>
  );
}

function ThemaDia({ thema: t }: { thema: VoorstelThema }) {
  const jaren = t.cijfers?.jaren ?? [];
  return (
    <section className={`kp-dia kp-dia--veld-${t.veld.nummer}`} aria-labelledby="dia-kop">
      <p className="kp-dia__veld">
        Veld {t.veld.nummer}: {t.veld.naam}
      </p>
      <h2 className="kp-dia__kop" id="dia-kop">
        {t.themaId} {t.naam}
      </h2>
      <div className="kp-dia__kolommen">
        <div>
          <h3 className="kp-dia__subkop">Cijfers en trend</h3>
          {t.cijfers ? (
            <>
              <p className="kp-dia__trend">
                {t.cijfers.trend ? <strong>{trendNamen[t.cijfers.trend]}. </strong> : null}
                {t.cijfers.trendTekst}
              </p>
              {jaren.length > 0 ? (
                <Staafgrafiek titel={`Geregistreerde misdrijven, ${t.themaId} ${t.naam}`} eenheid="aantal" jaren={jaren.map((j) => j.jaar)} reeksen={[{ naam: t.naam, waarden: jaren.map((j) => j.aantal) }]} />
              ) : null}
              <p className="kp-dia__bron">Bron: {t.cijfers.bron}</p>
            </>
          ) : (
            <p className="kp-dia__tekst">Geen politiecijfers bij dit thema.</p>
          )}
          {t.indicatoren.length > 0 ? (
            <>
              <h3 className="kp-dia__subkop">Indicatoren</h3>
              <div className="kp-dia__tekst">
                <IndicatorLijst indicatoren={t.indicatoren} />
              </div>
            </>
          ) : null}
        </div>
        <div>
          <h3 className="kp-dia__subkop">Argument van de werkgroep</h3>
          {t.werkgroepArgument ? <blockquote className="kp-dia__citaat kp-voorgevormd">{t.werkgroepArgument}</blockquote> : <p className="kp-dia__tekst kp-muted">Geen argument van de werkgroep.</p>}
          <h3 className="kp-dia__subkop">Wat de kennisbank zegt</h3>
          <p className="kp-dia__tekst kp-voorgevormd">{t.kennisbank}</p>
          {t.inwoners ? (
            <>
              <h3 className="kp-dia__subkop">Wat inwoners zeggen</h3>
              <p className="kp-dia__tekst">{inwonersTekst(t.inwoners)}</p>
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}

function UitslagDia({ ronde, uitslag, zichtbaar }: { ronde: Ronde | null; uitslag: Uitslag | null; zichtbaar: boolean }) {
  if (!zichtbaar) {
    return (
      <section className="kp-dia" aria-labelledby="dia-kop">
        <h2 className="kp-dia__kop" id="dia-kop">
          Uitkomst
        </h2>
        <p className="kp-dia__tekst">De uitkomst ziet u hier zodra de ronde gesloten is.</p>
      </section>
    );
  }
  const hoogste = Math.max(1, ...(uitslag?.themas ?? []).map((t) => t.score));
  const wijze = uitslag?.ronde.wijze ?? ronde?.wijze ?? 'rangorde';
  return (
    <section className="kp-dia kp-dia--uitslag" aria-labelledby="dia-kop">
      <h2 className="kp-dia__kop" id="dia-kop">
        Uitkomst{uitslag?.ronde.status === 'open' ? ' tot nu toe' : ''}
      </h2>
      {!uitslag ? (
        <p className="kp-dia__tekst" role="status">
          Bezig met laden…
        </p>
      ) : (
        <>
          <p className="kp-dia__stand" role="status">
            {ingestuurdTekst(uitslag.aantalDeelnemers, uitslag.aantalUitgenodigd)}
          </p>
          {uitslag.aantalDeelnemers === 0 ? (
            <p className="kp-dia__tekst">Zodra de eerste keuze binnen is, verschijnt hier de uitkomst.</p>
          ) : (
            <>
              <ol className="kp-staven">
                {uitslag.themas.map((t) => (
                  <li key={t.themaId} className="kp-staaf">
                    <span className="kp-staaf__naam">
                      {t.themaId} {t.naam}
                    </span>
                    <span className="kp-staaf__baan" aria-hidden="true">
                      <span className="kp-staaf__balk" style={{ inlineSize: `${Math.round((t.score / hoogste) * 100)}%` }} />
                    </span>
                    <span className="kp-staaf__score">
                      {getal(t.score)} {t.score === 1 ? 'punt' : 'punten'}
                      <span className="kp-staaf__extra">
                        {' '}
                        · {t.aantalDeelnemers} {t.aantalDeelnemers === 1 ? 'deelnemer' : 'deelnemers'} · spreiding {eenDecimaal.format(t.spreiding)}
                      </span>
                    </span>
                  </li>
                ))}
              </ol>
              <p className="kp-dia__bron">
                {wijze === 'rangorde' ? `Punten: plaats 1 geeft ${uitslag.themas.length}, plaats 2 geeft ${uitslag.themas.length - 1}, enzovoort. ` : 'Punten: opgeteld over alle deelnemers. '}
                Spreiding: hoe verschillend de deelnemers over het thema denken (0 is eensgezind).
              </p>
              <div className="kp-dia__argumenten">
                {uitslag.themas
                  .filter((t) => t.argumenten.length > 0)
                  .slice(0, 3)
                  .map((t) => (
                    <div key={t.themaId}>
                      <h3 className="kp-dia__subkop">
                        {t.themaId} {t.naam}
                      </h3>
                      <ArgumentenLijst thema={{ ...t, argumenten: t.argumenten.slice(0, 3) }} wijze={wijze} />
                    </div>
                  ))}
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
