/**
 * In the analysis of a theme section: the imported police figures of that theme for the workspace's
 * municipality, a small chart, the crime types behind it, and per year and figure a button that puts
 * the figure into the section's figures (and saves it) in one action.
 */
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Cijfer } from '../../../domain/cyclus/inhoud.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { Meldingregel, Tabelkader, type Melding } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { BRON_POLITIE, type GemeenteCijfers, getal, heeftCijfers, herkomstTekst, soortTitel, type ThemaCijfers, trendTekst, usePolitieOverzicht } from '../../shared/politie-gegevens.ts';
import { Staafgrafiek } from '../../shared/staafgrafiek.tsx';
import { DekkingUitleg, Onvolledig } from '../../shared/politie-dekking.tsx';

export type Opnemen = (cijfer: Cijfer) => Promise<Melding>;

/** The figure as it goes into the analysis. */
export function politieCijfer(t: ThemaCijfers, g: GemeenteCijfers, jaar: number, maat: 'aantal' | 'per1000', meerGemeenten: boolean): Cijfer | null {
  const punt = t.reeks.find((r) => r.jaar === jaar);
  const waarde = maat === 'aantal' ? punt?.aantal : punt?.per1000;
  if (waarde === null || waarde === undefined) return null;
  const waar = meerGemeenten ? `, ${g.naam}` : '';
  const som = g.herkomst.soort === 'wijk' ? '; som van de wijken' : g.herkomst.soort === 'buurt' ? '; som van de buurten' : '';
  // A sum over only some of the theme's crime types is never named as the theme (issue 16, point 2).
  const d = punt?.dekking;
  const deel = d && !d.volledig ? `, onvolledig: ${d.aanwezig.length <= 3 ? `alleen ${d.aanwezig.join(', ')}` : `${d.aanwezig.length} van ${d.codes.length} soorten`}` : '';
  return {
    omschrijving: `Geregistreerde misdrijven thema ${t.themaId}${deel}${maat === 'per1000' ? ' per 1.000 inwoners' : ''} (politie${waar})`,
    waarde,
    eenheid: maat === 'aantal' ? 'aantal' : 'per 1.000 inwoners',
    periode: String(jaar),
    bron: `${BRON_POLITIE}${som}`,
  };
}

const zelfde = (a: Cijfer, b: Cijfer) => a.omschrijving === b.omschrijving && a.periode === b.periode && a.eenheid === b.eenheid;

/** Takes out an earlier version of the same police figure (same description, period and unit) and adds the new one. */
export function metPolitieCijfer(cijfers: readonly Cijfer[], nieuw: Cijfer): Cijfer[] {
  return [...cijfers.filter((c) => !zelfde(c, nieuw)), nieuw];
}

function Knop({ cijfer, cijfers, bezig, onNeem }: { cijfer: Cijfer | null; cijfers: readonly Cijfer[]; bezig: boolean; onNeem: (c: Cijfer) => void }) {
  if (!cijfer) return <span className="kp-muted">–</span>;
  if (cijfers.some((c) => zelfde(c, cijfer) && c.waarde === cijfer.waarde)) return <span className="kp-politie-opgenomen">Staat in de cijfers</span>;
  return (
    <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" disabled={bezig} onClick={() => onNeem(cijfer)}>
      Neem op in de problematiek
      <span className="kp-visually-hidden">
        {' '}
        ({cijfer.eenheid} {cijfer.periode}: {getal(cijfer.waarde)})
      </span>
    </button>
  );
}

export function PolitiePaneel({ themaId, cijfers, onNeemOp }: { themaId: string; cijfers: readonly Cijfer[]; onNeemOp: Opnemen }) {
  const { werkruimte, lid } = useWerkruimte();
  const magLezen = mag(lid, 'cyclus.lezen');
  const overzicht = usePolitieOverzicht(magLezen ? werkruimte : null);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const meldingRef = useRef<HTMLDivElement>(null);
  if (!magLezen) return null;
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const importeren = mag(lid, 'cyclus.bewerken');

  const neem = async (c: Cijfer) => {
    setBezig(true);
    setMelding(null);
    setMelding(await onNeemOp(c));
    setBezig(false);
    // The button is gone once the figure is in: keep the keyboard focus at the message about it.
    requestAnimationFrame(() => meldingRef.current?.focus());
  };

  let inhoud;
  if (overzicht.toestand.status === 'laden') {
    inhoud = <p className="utrecht-paragraph kp-muted">Politiecijfers laden…</p>;
  } else if (overzicht.toestand.status === 'fout') {
    inhoud = <p className="utrecht-paragraph kp-muted">De politiecijfers zijn nu niet te laden: {overzicht.toestand.fout.message}</p>;
  } else {
    const gemeenten = overzicht.toestand.data.gemeenten;
    inhoud = gemeenten.map((g) => {
      const t = g.themas.find((x) => x.themaId === themaId);
      const meer = gemeenten.length > 1;
      if (g.herkomst.soort === 'geen') {
        return (
          <p key={g.code} className="utrecht-paragraph">
            Nog geen politiecijfers voor {g.naam};{' '}
            {importeren ? (
              <Link className="utrecht-link" to={`${basis}/politiecijfers/import`}>
                importeer een bestand
              </Link>
            ) : (
              'een coördinator of redacteur kan een bestand importeren'
            )}
            .
          </p>
        );
      }
      if (!t) {
        return (
          <p key={g.code} className="utrecht-paragraph">
            Bij dit thema telt geen soort misdrijf van de politie mee. Zie de{' '}
            <Link className="utrecht-link" to={`${basis}/politiecijfers#themakoppeling-kop`}>
              themakoppeling
            </Link>
            .
          </p>
        );
      }
      const herkomst = herkomstTekst(g);
      return (
        <div key={g.code} className="kp-politie-paneel__gemeente">
          {meer ? <h4 className="utrecht-heading-4">{g.naam}</h4> : null}
          {!heeftCijfers(t.reeks) ? (
            <p className="utrecht-paragraph kp-muted">
              In de ingelezen bestanden staan voor {g.naam} geen cijfers van de soorten misdrijf van dit thema.
            </p>
          ) : (
            <>
              {herkomst ? <p className="utrecht-paragraph kp-klein kp-politie-paneel__herkomst">{herkomst}</p> : null}
              <DekkingUitleg d={t.dekking} wat={`thema ${t.themaId} in ${g.naam}`} />
              <div className="kp-politie-naast">
                <Staafgrafiek
                  titel={`Geregistreerde misdrijven thema ${t.themaId} in ${g.naam}`}
                  eenheid="aantal"
                  jaren={t.reeks.map((r) => r.jaar)}
                  reeksen={[{ naam: g.naam, waarden: t.reeks.map((r) => r.aantal) }]}
                  klein
                />
                <Tabelkader label={`Politiecijfers thema ${t.themaId} in ${g.naam}`}>
                  <table className="utrecht-table kp-table kp-politie-tabel">
                    <caption className="kp-visually-hidden">
                      Politiecijfers thema {t.themaId} in {g.naam} per jaar, elk met een knop om het op te nemen
                    </caption>
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        <th scope="col" className="utrecht-table__header-cell">Jaar</th>
                        <th scope="col" className="utrecht-table__header-cell">Soort cijfer</th>
                        <th scope="col" className="utrecht-table__header-cell kp-getal">Getal</th>
                        <th scope="col" className="utrecht-table__header-cell">In de problematiek</th>
                      </tr>
                    </thead>
                    <tbody className="utrecht-table__body">
                      {[...t.reeks].reverse().flatMap((r) =>
                        (['aantal', 'per1000'] as const).map((maat) => (
                          <tr key={`${r.jaar}-${maat}`} className="utrecht-table__row">
                            <th scope="row" className="utrecht-table__header-cell">{r.jaar}</th>
                            <td className="utrecht-table__cell">{maat === 'aantal' ? 'Aantal' : 'Per 1.000 inwoners'}</td>
                            <td className="utrecht-table__cell kp-getal">
                              {getal(maat === 'aantal' ? r.aantal : r.per1000)}
                              {(maat === 'aantal' ? r.aantal : r.per1000) !== null ? <Onvolledig d={r.dekking} /> : null}
                            </td>
                            <td className="utrecht-table__cell">
                              <Knop cijfer={politieCijfer(t, g, r.jaar, maat, meer)} cijfers={cijfers} bezig={bezig} onNeem={(c) => void neem(c)} />
                            </td>
                          </tr>
                        )),
                      )}
                    </tbody>
                  </table>
                </Tabelkader>
              </div>
              <p className="utrecht-paragraph kp-klein">
                <strong>Trend:</strong> {trendTekst(t.trend)}
              </p>
            </>
          )}
          <p className="utrecht-paragraph kp-klein">
            <strong>Soorten misdrijf in dit thema:</strong> {t.codes.map((c) => `${c} ${soortTitel(c)}`).join('; ')}.
          </p>
        </div>
      );
    });
  }

  return (
    <section className="kp-paneel kp-politie-paneel" aria-labelledby="politie-paneel-kop">
      <h3 className="utrecht-heading-3" id="politie-paneel-kop">
        Politiecijfers voor dit thema
      </h3>
      {inhoud}
      <div ref={meldingRef} tabIndex={-1} className="kp-politie-paneel__melding">
        <Meldingregel melding={melding} />
      </div>
      <p className="utrecht-paragraph kp-klein">
        <Link className="utrecht-link" to={`${basis}/politiecijfers`}>
          Alle politiecijfers van deze werkruimte
        </Link>
      </p>
    </section>
  );
}
