/**
 * The mapping of the 59 crime types to the themes of Kernbeleid Veiligheid, with the workspace's own
 * deviations (GET/PUT …/politiecijfers/themakoppeling). Editable for who may edit the cycle; the total
 * (0.0.0) belongs to no theme and is not editable. Above the table: per theme the crime types that
 * drive its number (GET …/politiecijfers/themabijdragen), so a reader sees what a theme figure is made of.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { themas } from '../../../domain/kennisbank/kennisbank.ts';
import { procentTekst } from '../../../domain/politie/themakoppeling.ts';
import type { Themabijdragen } from '../../../server/politie/themabijdragen.ts';
import { getal } from '../../shared/politie-gegevens.ts';
import { Laden } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Meldingregel, Tabelkader, type Melding } from '../../shared/formulier.tsx';

interface KoppelRegel {
  code: string;
  titel: string;
  standaard: string | null;
  themaId: string | null;
  afwijkend: boolean;
  uitleg: string;
}

const themaNaam = (id: string | null) => (id === null ? 'Geen thema' : `${id} ${themas.find((t) => t.id === id)?.naam ?? ''}`.trim());

/** Per theme its largest crime types for a year of the workspace's (first) municipality; the year can be chosen. */
function ThemaBijdragen({ api, versie }: { api: string; versie: number }) {
  const [jaar, setJaar] = useState('');
  const bron = useBron<Themabijdragen>(`${api}/themabijdragen${jaar ? `?jaar=${jaar}` : ''}`);
  const { vernieuw } = bron;
  // After the mapping was saved (a new version), the contributions are recomputed.
  const gezien = useRef(versie);
  useEffect(() => {
    if (versie === gezien.current) return;
    gezien.current = versie;
    void vernieuw();
  }, [versie, vernieuw]);
  return (
    <section aria-labelledby="themabijdragen-kop" className="kp-politie-bijdragen">
      <h3 className="utrecht-heading-3" id="themabijdragen-kop" tabIndex={-1}>
        Wat de thema's bepaalt
      </h3>
      <Laden toestand={bron.toestand}>
        {(b) =>
          b.jaar === null ? (
            <p className="utrecht-paragraph kp-muted">Nog geen politiecijfers voor {b.regioNaam}: importeer eerst cijfers.</p>
          ) : (
            <>
              <p className="utrecht-paragraph">
                Per thema de soorten misdrijf die het aantal het meest bepalen, voor {b.regioNaam} in {b.jaar}
                {b.herkomst ? ` (${b.herkomst}: niet het cijfer van de gemeente zelf)` : ''}, met de koppeling hieronder.
              </p>
              {b.jaren.length > 1 ? (
                <div className="kp-field">
                  <label className="kp-label" htmlFor="themabijdragen-jaar">
                    Jaar
                  </label>
                  <select id="themabijdragen-jaar" className="utrecht-select" value={String(b.jaar)} onChange={(e) => setJaar(e.target.value)}>
                    {b.jaren.map((j) => (
                      <option key={j} value={String(j)}>
                        {j}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
              <Tabelkader label={`Grootste soorten misdrijf per thema, ${b.regioNaam} ${b.jaar}`}>
                <table className="utrecht-table kp-table kp-politie-tabel">
                  <caption className="kp-visually-hidden">
                    Per thema het aantal geregistreerde misdrijven in {b.jaar} en de soorten misdrijf die het bepalen, met hun aandeel
                  </caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th scope="col" className="utrecht-table__header-cell">Thema</th>
                      <th scope="col" className="utrecht-table__header-cell kp-getal">Aantal</th>
                      <th scope="col" className="utrecht-table__header-cell">Wat het aantal bepaalt</th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {b.themas
                      .filter((t) => t.totaal !== null)
                      .map((t) => (
                        <tr key={t.themaId} className="utrecht-table__row">
                          <th scope="row" className="utrecht-table__header-cell">
                            {t.themaId} {t.naam}
                          </th>
                          <td className="utrecht-table__cell kp-getal">{getal(t.totaal)}</td>
                          <td className="utrecht-table__cell">
                            {t.bijdragen.length === 0 ? (
                              'geen misdrijven'
                            ) : (
                              <>
                                {t.samenvatting}
                                {t.bijdragen.length > 1 ? (
                                  <details className="kp-details">
                                    <summary>Alle {t.bijdragen.length} soorten</summary>
                                    <ul className="utrecht-unordered-list kp-klein">
                                      {t.bijdragen.map((x) => (
                                        <li key={x.code} className="utrecht-unordered-list__item">
                                          {x.code} {x.titel}: {getal(x.aantal)} ({procentTekst(x.aandeel)})
                                        </li>
                                      ))}
                                    </ul>
                                  </details>
                                ) : null}
                                {t.zonderCijfer.length > 0 ? (
                                  <span className="kp-klein kp-blok">
                                    Onvolledig: {t.zonderCijfer.length === 1 ? '1 soort' : `${t.zonderCijfer.length} soorten`} van dit thema {t.zonderCijfer.length === 1 ? 'staat' : 'staan'} niet in de cijfers.
                                  </span>
                                ) : null}
                                {t.strategisch.map((s) => (
                                  <span key={s.id} className="kp-klein kp-blok">
                                    Strategisch thema {s.naam}: {s.codes.map((c) => `${c.code} (${getal(c.aantal)})`).join(', ')}.
                                  </span>
                                ))}
                              </>
                            )}
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </Tabelkader>
            </>
          )
        }
      </Laden>
    </section>
  );
}

export function Themakoppeling({ api, magBewerken, onOpgeslagen }: { api: string; magBewerken: boolean; onOpgeslagen: () => void }) {
  const bron = useBron<{ versie: number; koppeling: KoppelRegel[] }>(`${api}/themakoppeling`);
  const schrijf = useSchrijf();
  const [keuze, setKeuze] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [bezig, setBezig] = useState(false);
  const geladen = bron.toestand.status === 'klaar' ? bron.toestand.data.koppeling : null;

  useEffect(() => {
    if (geladen) setKeuze(Object.fromEntries(geladen.map((k) => [k.code, k.themaId ?? ''])));
  }, [geladen]);

  const gewijzigd = geladen ? geladen.some((k) => (keuze[k.code] ?? '') !== (k.themaId ?? '')) : false;

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    if (!geladen) return;
    setBezig(true);
    setMelding(null);
    const afwijkingen = geladen
      .filter((k) => k.code !== '0.0.0')
      .map((k) => ({ code: k.code, themaId: (keuze[k.code] ?? '') || null }))
      .filter((a) => a.themaId !== geladen.find((k) => k.code === a.code)!.standaard);
    const versie = bron.toestand.status === 'klaar' ? bron.toestand.data.versie : 0;
    const r = await schrijf<{ afwijkingen: Record<string, string | null> }>('PUT', `${api}/themakoppeling`, { ifMatch: versie, body: { afwijkingen } });
    setBezig(false);
    if (!r.ok) {
      const perCode: Record<string, string> = {};
      for (const p of r.probleem.invalidParams ?? []) perCode[p.name.replace(/^afwijkingen\//, '')] = p.reason;
      setFouten(perCode);
      setMelding({ soort: 'fout', tekst: r.probleem.detail });
      return;
    }
    setFouten({});
    const n = Object.keys(r.data.afwijkingen).length;
    setMelding({ soort: 'ok', tekst: `Themakoppeling opgeslagen: ${n === 0 ? 'de standaardkoppeling geldt' : `${n} ${n === 1 ? 'soort wijkt' : 'soorten wijken'} af van de standaard`}. De cijfers per thema zijn bijgewerkt.` });
    await bron.vernieuw();
    onOpgeslagen();
  };

  return (
    <section aria-labelledby="themakoppeling-kop" className="kp-section">
      <h2 className="utrecht-heading-2" id="themakoppeling-kop" tabIndex={-1}>
        Welke soorten misdrijf bij welk thema horen
      </h2>
      <p className="utrecht-paragraph">
        Elke soort misdrijf telt bij precies één thema mee, of bij geen thema. De standaardkoppeling volgt de methode (zie de uitleg per soort).
        {magBewerken ? ' Wijkt de situatie in uw gemeente af, kies dan een ander thema; dat geldt alleen voor deze werkruimte.' : ' Alleen de coördinator en de redacteuren kunnen de koppeling aanpassen.'}
      </p>
      <ThemaBijdragen api={api} versie={bron.toestand.status === 'klaar' ? bron.toestand.data.versie : 0} />
      <Laden toestand={bron.toestand}>
        {({ koppeling }) => (
          <form onSubmit={opslaan} noValidate aria-label="Themakoppeling">
            <Tabelkader label="Themakoppeling van de 59 soorten misdrijf">
              <table className="utrecht-table kp-table kp-politie-tabel kp-politie-koppeling">
                <caption className="kp-visually-hidden">De 59 soorten misdrijf en het thema waarbij ze meetellen</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">Code</th>
                    <th scope="col" className="utrecht-table__header-cell">Soort misdrijf</th>
                    <th scope="col" className="utrecht-table__header-cell">Thema</th>
                    <th scope="col" className="utrecht-table__header-cell">Uitleg bij de standaard</th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {koppeling.map((k) => {
                    const id = `koppeling-${k.code.replace(/\./g, '-')}`;
                    const gekozen = keuze[k.code] ?? k.themaId ?? '';
                    const afwijkend = (gekozen || null) !== k.standaard;
                    const fout = fouten[k.code];
                    return (
                      <tr key={k.code} className={`utrecht-table__row${afwijkend ? ' kp-politie-koppeling--afwijkend' : ''}`}>
                        <th scope="row" className="utrecht-table__header-cell">
                          {k.code}
                        </th>
                        <td className="utrecht-table__cell">{k.titel}</td>
                        <td className="utrecht-table__cell">
                          {magBewerken && k.code !== '0.0.0' ? (
                            <>
                              <label className="kp-visually-hidden" htmlFor={id}>
                                Thema voor {k.code} {k.titel}
                              </label>
                              <select
                                id={id}
                                className="utrecht-select kp-politie-koppeling__keuze"
                                value={gekozen}
                                aria-invalid={fout ? true : undefined}
                                aria-describedby={[afwijkend ? `${id}-standaard` : null, fout ? `${id}-fout` : null].filter(Boolean).join(' ') || undefined}
                                onChange={(e) => setKeuze({ ...keuze, [k.code]: e.target.value })}
                              >
                                <option value="">Geen thema</option>
                                {themas.map((t) => (
                                  <option key={t.id} value={t.id}>
                                    {t.id} {t.naam}
                                  </option>
                                ))}
                              </select>
                            </>
                          ) : (
                            themaNaam(gekozen || null)
                          )}
                          {afwijkend ? (
                            <span className="kp-politie-koppeling__standaard" id={`${id}-standaard`}>
                              Afwijkend; standaard: {themaNaam(k.standaard)}
                            </span>
                          ) : null}
                          {fout ? (
                            <span className="kp-field__fout kp-politie-koppeling__fout" id={`${id}-fout`}>
                              {fout}
                            </span>
                          ) : null}
                        </td>
                        <td className="utrecht-table__cell kp-klein">{k.uitleg === 'totaal' ? 'De optelling van alle soorten; telt bij geen thema, zodat niets dubbel telt.' : k.uitleg}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </Tabelkader>
            {magBewerken ? (
              <>
                <Meldingregel melding={melding} />
                <div className="kp-actions">
                  <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig || !gewijzigd}>
                    Themakoppeling opslaan
                  </button>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    disabled={bezig}
                    onClick={() => {
                      setKeuze(Object.fromEntries(koppeling.map((k) => [k.code, k.standaard ?? ''])));
                      setMelding({ soort: 'info', tekst: 'De standaardkoppeling staat weer in de tabel. Sla op om hem te gebruiken.' });
                    }}
                  >
                    Terug naar de standaard
                  </button>
                </div>
              </>
            ) : null}
          </form>
        )}
      </Laden>
    </section>
  );
}
