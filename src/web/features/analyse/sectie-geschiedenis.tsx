import { useEffect, useRef, useState } from 'react';
import type { Wijziging } from '../../shared/api.ts';
import { datumTijd } from '../../shared/opmaak.ts';
import { Laden } from '../../shared/page.tsx';
import { useBron } from '../../shared/use-api.ts';
import { wijzigingSoortNamen } from '../../shared/teksten.ts';
import { useLiveBericht } from '../../shared/werkruimte-layout.tsx';

function tekstNa(w: Wijziging): string | null {
  const na = w.na as { tekst?: unknown } | null;
  return na && typeof na.tekst === 'string' ? na.tekst : null;
}

function opmerkingTekst(w: Wijziging): string | null {
  const na = w.na as { tekst?: unknown } | null;
  return w.soort === 'opmerking.geplaatst' && na && typeof na.tekst === 'string' ? na.tekst : null;
}

interface Props {
  werkruimteId: string;
  sleutel: string;
  /** The section's current version: the history is fetched again when it changes. */
  versie: number;
  huidigeTekst: string;
  magHerstellen: boolean;
  /** Unsaved edits: restoring waits until they are saved or undone. */
  heeftWijzigingen: boolean;
  onHerstel: (wijzigingId: number) => Promise<void>;
}

/** The history of a section (newest first); for roles that may read it. A 403 hides it. */
export function Geschiedenis({ werkruimteId, sleutel, versie, huidigeTekst, magHerstellen, heeftWijzigingen, onHerstel }: Props) {
  const bron = useBron<{ wijzigingen: Wijziging[] }>(`/werkruimtes/${encodeURIComponent(werkruimteId)}/secties/${encodeURIComponent(sleutel)}/wijzigingen`);
  const [bezig, setBezig] = useState<number | null>(null);
  const eersteVersie = useRef(versie);
  const { vernieuw } = bron;

  useEffect(() => {
    if (eersteVersie.current === versie) return;
    eersteVersie.current = versie;
    void vernieuw();
  }, [versie, vernieuw]);

  useLiveBericht((b) => {
    if ((b.type === 'opmerking' && b.id === sleutel) || b.type === 'opnieuw-verbonden') void vernieuw();
  });

  if (bron.toestand.status === 'fout' && bron.toestand.fout.status === 403) return null;

  return (
    <section aria-labelledby="geschiedenis-kop" className="kp-section">
      <h2 className="utrecht-heading-2" id="geschiedenis-kop">
        Geschiedenis
      </h2>
      {magHerstellen && heeftWijzigingen ? (
        <p className="utrecht-paragraph kp-muted">Sla eerst uw wijzigingen op of maak ze ongedaan; daarna kunt u een eerdere versie terugzetten.</p>
      ) : null}
      <Laden toestand={bron.toestand}>
        {({ wijzigingen }) =>
          wijzigingen.length === 0 ? (
            <p className="utrecht-paragraph">Er is nog niets gewijzigd.</p>
          ) : (
            <ol className="kp-geschiedenis">
              {wijzigingen.map((w) => {
                const tekst = tekstNa(w);
                const opmerking = opmerkingTekst(w);
                const terugzetbaar =
                  magHerstellen && (w.soort === 'sectie.tekst' || w.soort === 'sectie.hersteld') && tekst !== null && tekst !== huidigeTekst;
                return (
                  <li key={w.id}>
                    <p className="utrecht-paragraph">
                      <strong>{wijzigingSoortNamen[w.soort] ?? w.soort}</strong>
                      {w.gebruiker ? ` door ${w.gebruiker}` : ''} op <time dateTime={w.tijdstip}>{datumTijd(w.tijdstip)}</time>
                    </p>
                    {w.reden ? <p className="utrecht-paragraph kp-klein">Toelichting: {w.reden}</p> : null}
                    {opmerking ? <p className="utrecht-paragraph kp-klein kp-voorgevormd">&ldquo;{opmerking}&rdquo;</p> : null}
                    {tekst !== null && w.soort !== 'opmerking.geplaatst' && w.soort !== 'sectie.instellingen' ? (
                      <details className="kp-details">
                        <summary>Tekst na deze wijziging</summary>
                        <div className="kp-tekstvak">{tekst || <span className="kp-muted">(leeg)</span>}</div>
                      </details>
                    ) : null}
                    {terugzetbaar ? (
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--secondary-action kp-button-klein"
                        disabled={heeftWijzigingen || bezig !== null}
                        onClick={() => {
                          setBezig(w.id);
                          void onHerstel(w.id).finally(() => setBezig(null));
                        }}
                      >
                        Deze versie terugzetten
                        <span className="kp-visually-hidden"> (van {datumTijd(w.tijdstip)})</span>
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          )
        }
      </Laden>
    </section>
  );
}
