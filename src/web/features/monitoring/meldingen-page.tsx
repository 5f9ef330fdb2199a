/**
 * My notifications (reminders before a progress meeting, alerts when an indicator falls behind or a
 * measure is late), newest first, each with a link to where it is about; and the link with the
 * number of unread notifications in the header.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { type Melding, haalOp } from '../../shared/api.ts';
import { datumTijd } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf, useSessie, VereistAanmelding } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { plekPad } from '../../shared/cyclus-deel.tsx';
import { Meldingregel, type Melding as Bericht } from '../../shared/formulier.tsx';


interface MeldingenAntwoord {
  meldingen: Melding[];
  ongelezen: number;
}

const GEWIJZIGD = 'kernplan:meldingen-gewijzigd';

/** Tells the header that the notifications changed (read, or new ones sent). */
export function meldingenGewijzigd(): void {
  window.dispatchEvent(new Event(GEWIJZIGD));
}

/** Where a notification points, as a page of the app ('uitvoeringsplan/2027#maatregel-m6' becomes ?jaar=2027). */
export function meldingPad(m: Pick<Melding, 'werkruimteId' | 'pad'>): string {
  return plekPad(`/werkruimtes/${encodeURIComponent(m.werkruimteId)}`, m.pad);
}

/** "Meldingen (2 nieuw)" in the header, for a signed-in user; refreshed on every navigation. */
export function MeldingenLink() {
  const { toestand } = useSessie();
  const { pathname } = useLocation();
  const aangemeld = toestand.status === 'aangemeld';
  const [ongelezen, setOngelezen] = useState(0);

  const laad = useCallback(() => {
    if (!aangemeld) return;
    haalOp<MeldingenAntwoord>('/meldingen').then(
      (d) => setOngelezen(d.ongelezen),
      () => undefined,
    );
  }, [aangemeld]);

  useEffect(() => {
    laad();
  }, [laad, pathname]);

  useEffect(() => {
    window.addEventListener(GEWIJZIGD, laad);
    const timer = window.setInterval(laad, 120_000);
    return () => {
      window.removeEventListener(GEWIJZIGD, laad);
      window.clearInterval(timer);
    };
  }, [laad]);

  if (!aangemeld) return null;
  return (
    <Link className="kp-account__link" to="/meldingen" aria-current={pathname === '/meldingen' ? 'page' : undefined}>
      Meldingen{ongelezen > 0 ? ` (${ongelezen} nieuw)` : ''}
    </Link>
  );
}

export function MeldingenPage() {
  usePaginatitel('Meldingen');
  return (
    <VereistAanmelding>
      <Meldingenlijst />
    </VereistAanmelding>
  );
}

function Meldingenlijst() {
  const bron = useBron<MeldingenAntwoord>('/meldingen');
  const schrijf = useSchrijf();
  const [bericht, setBericht] = useState<Bericht | null>(null);

  const markeer = async (ids: string[], stil = false) => {
    if (!stil) setBericht(null);
    const uitkomsten = await Promise.all(ids.map((id) => schrijf('POST', `/meldingen/${encodeURIComponent(id)}/gelezen`)));
    const mislukt = uitkomsten.find((r) => !r.ok);
    if (bron.toestand.status === 'klaar') {
      const gelukt = new Set(ids.filter((_, i) => uitkomsten[i]!.ok));
      const meldingen = bron.toestand.data.meldingen.map((m) => (gelukt.has(m.id) ? { ...m, gelezen: true } : m));
      bron.zet({ meldingen, ongelezen: meldingen.filter((m) => !m.gelezen).length });
    }
    meldingenGewijzigd();
    if (stil) return;
    if (mislukt && !mislukt.ok) setBericht({ soort: 'fout', tekst: mislukt.probleem.detail });
    else setBericht({ soort: 'ok', tekst: ids.length === 1 ? 'De melding is als gelezen gemarkeerd.' : `${ids.length} meldingen zijn als gelezen gemarkeerd.` });
  };

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Meldingen' }]} />
      <h1 className="utrecht-heading-1">Meldingen</h1>
      <p className="utrecht-paragraph kp-lead">
        Herinneringen om uw maatregelen en indicatoren bij te werken vóór een voortgangsoverleg, en signalen als een indicator achterloopt of een maatregel vertraagd is.
      </p>
      <Meldingregel melding={bericht} />
      <Laden toestand={bron.toestand}>
        {({ meldingen, ongelezen }) =>
          meldingen.length === 0 ? (
            <p className="utrecht-paragraph">U hebt geen meldingen.</p>
          ) : (
            <>
              <div className="kp-actions kp-actions--midden">
                <p className="utrecht-paragraph kp-sb-telling">
                  {ongelezen === 0 ? 'Alles gelezen.' : ongelezen === 1 ? '1 ongelezen melding.' : `${ongelezen} ongelezen meldingen.`}
                </p>
                {ongelezen > 1 ? (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action kp-button-klein"
                    onClick={() => void markeer(meldingen.filter((m) => !m.gelezen).map((m) => m.id))}
                  >
                    Alles als gelezen markeren
                  </button>
                ) : null}
              </div>
              <ul className="kp-sb-meldingen">
                {meldingen.map((m) => (
                  <li key={m.id} className={`kp-sb-melding${m.gelezen ? '' : ' kp-sb-melding--nieuw'}`}>
                    <p className="utrecht-paragraph kp-sb-meldingkop">
                      {m.gelezen ? null : <span className="kp-sb-nieuw">Nieuw</span>}
                      <span className={`kp-sb-soort kp-sb-soort--${m.soort}`}>{m.soort === 'herinnering' ? 'Herinnering' : 'Signaal'}</span>{' '}
                      <strong>{m.werkruimte}</strong>
                      <span className="kp-muted kp-klein">, {datumTijd(m.aangemaaktOp)}</span>
                    </p>
                    <p className="utrecht-paragraph kp-voorgevormd">{m.tekst}</p>
                    <div className="kp-rij-acties">
                      <Link className="utrecht-link kp-sb-meldinglink" to={meldingPad(m)} onClick={() => (m.gelezen ? undefined : void markeer([m.id], true))}>
                        {m.pad === 'mijn-voortgang' ? 'Naar mijn voortgang' : 'Bekijken'}
                        <span className="kp-visually-hidden"> ({m.soort} van {datumTijd(m.aangemaaktOp)})</span>
                      </Link>
                      {m.gelezen ? null : (
                        <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => void markeer([m.id])}>
                          Markeer als gelezen<span className="kp-visually-hidden"> ({m.soort} van {datumTijd(m.aangemaaktOp)})</span>
                        </button>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </Laden>
    </>
  );
}
