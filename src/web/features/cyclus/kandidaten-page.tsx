/**
 * Stap 3a van een gezamenlijk IVP (issue 17, punt 2): elke gemeente legt haar kandidaat-prioriteiten
 * vast (uit haar eigen analyse en prioritering), en de matrix zet ze naast elkaar met een voorstel per
 * thema (gezamenlijk of lokaal) en de regionale thema's die het thema omvatten.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import type { Kandidaten } from '../../../domain/cyclus/kandidaten.ts';
import { themas, velden } from '../../../domain/kennisbank/kennisbank.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { CyclusNavigatie, Tekstvak, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';
import { Meldingregel, Tabelkader } from '../../shared/formulier.tsx';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useBron } from '../../shared/use-api.ts';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';

interface Matrix {
  gemeenten: { code: string; naam: string; aantal: number; ingevuld: boolean }[];
  rijen: { themaId: string; naam: string; gemeenten: string[]; aantal: number; voorstel: 'gezamenlijk' | 'lokaal'; regio: string[] }[];
  ontbreekt: string[];
}

export function KandidatenPage() {
  const { werkruimte, lid } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  usePaginatitel(`Kandidaat-prioriteiten per gemeente – ${werkruimte.naam}`);
  const gezamenlijk = werkruimte.deelnemendeGemeenten.length > 0 && !werkruimte.regio;
  const gemeenten = [{ gemeentecode: werkruimte.gemeentecode, gemeentenaam: werkruimte.gemeentenaam }, ...werkruimte.deelnemendeGemeenten];
  const magLezen = mag(lid, 'cyclus.lezen') && gezamenlijk;
  const magBewerken = mag(lid, 'cyclus.bewerken');
  const deel = useDeel<Kandidaten>(`${basis}/kandidaten`);
  const matrix = useBron<Matrix>(magLezen ? `${basis}/kandidatenmatrix` : null);
  const [gekozen, setGekozen] = useState(werkruimte.gemeentecode);
  const kruimels = [{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Kandidaat-prioriteiten per gemeente' }];

  if (!magLezen) {
    return (
      <>
        <Kruimelpad kruimels={kruimels} />
        <h1 className="utrecht-heading-1">Kandidaat-prioriteiten per gemeente</h1>
        <div className="kp-note">
          <p className="utrecht-paragraph">
            {gezamenlijk ? 'Met uw rol ziet u de kandidaat-prioriteiten niet.' : 'Kandidaat-prioriteiten per gemeente horen bij een gezamenlijk IVP van meer gemeenten (stap 3a).'}
          </p>
        </div>
      </>
    );
  }

  const naamVan = (code: string) => gemeenten.find((g) => g.gemeentecode === code)?.gemeentenaam ?? code;
  const huidig = deel.huidig?.inhoud ?? {};
  const eigen = huidig[gekozen] ?? { themaIds: [] };
  const zet = (themaId: string, aan: boolean) =>
    deel.wijzig((oud) => {
      const v = oud[gekozen] ?? { themaIds: [] };
      const themaIds = aan ? [...v.themaIds.filter((t) => t !== themaId), themaId] : v.themaIds.filter((t) => t !== themaId);
      return { ...oud, [gekozen]: { ...v, themaIds } };
    });

  const opslaan = async () => {
    if (await deel.opslaan()) await matrix.vernieuw();
  };

  return (
    <>
      <Kruimelpad kruimels={kruimels} />
      <h1 className="utrecht-heading-1">Stap 3a: kandidaat-prioriteiten per gemeente</h1>
      <CyclusNavigatie huidig="kandidaten" />
      <p className="utrecht-paragraph kp-lead">
        In een gezamenlijk IVP doet elke gemeente de analyse en de prioritering vooral lokaal. Hier legt elke gemeente haar kandidaten vast; de matrix zet ze naast elkaar en
        stelt per thema voor of het een gezamenlijke of een lokale prioriteit wordt. Het besluit legt u vast bij{' '}
        <Link className="utrecht-link" to={`${basis}/prioriteiten`}>
          de prioriteiten
        </Link>
        .
      </p>

      <section aria-labelledby="matrix-kop">
        <h2 className="utrecht-heading-2" id="matrix-kop">
          De kandidaten naast elkaar
        </h2>
        <Laden toestand={matrix.toestand}>
          {(m) => (
            <>
              {m.ontbreekt.length ? (
                <ul className="utrecht-unordered-list">
                  {m.ontbreekt.map((z) => (
                    <li key={z}>{z}</li>
                  ))}
                </ul>
              ) : null}
              {m.rijen.length === 0 ? (
                <p className="utrecht-paragraph">Nog geen enkele gemeente heeft kandidaten vastgelegd.</p>
              ) : (
                <Tabelkader label="Kandidaat-prioriteiten per gemeente">
                  <table className="utrecht-table kp-table">
                    <caption className="kp-visually-hidden">Kandidaat-prioriteiten per gemeente</caption>
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        <th className="utrecht-table__header-cell" scope="col">
                          Thema
                        </th>
                        {m.gemeenten.map((g) => (
                          <th className="utrecht-table__header-cell" scope="col" key={g.code}>
                            {g.naam}
                          </th>
                        ))}
                        <th className="utrecht-table__header-cell" scope="col">
                          Voorstel
                        </th>
                        <th className="utrecht-table__header-cell" scope="col">
                          Regionaal thema
                        </th>
                      </tr>
                    </thead>
                    <tbody className="utrecht-table__body">
                      {m.rijen.map((r) => (
                        <tr className="utrecht-table__row" key={r.themaId}>
                          <th className="utrecht-table__header-cell" scope="row">
                            {r.themaId} {r.naam}
                          </th>
                          {m.gemeenten.map((g) => (
                            <td className="utrecht-table__cell" key={g.code}>
                              {r.gemeenten.includes(g.code) ? 'kandidaat' : <span className="kp-muted">–</span>}
                            </td>
                          ))}
                          <td className="utrecht-table__cell">
                            {r.voorstel === 'gezamenlijk' ? (
                              <strong>Gezamenlijk ({r.aantal} van {m.gemeenten.length})</strong>
                            ) : (
                              `Lokaal voor ${r.gemeenten.map(naamVan).join(', ')}`
                            )}
                          </td>
                          <td className="utrecht-table__cell">{r.regio.join('; ') || '–'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </Tabelkader>
              )}
              <p className="utrecht-paragraph kp-muted">
                Voorstel: een thema van alle gemeenten, of van ten minste de helft en minstens twee, wordt een gezamenlijke kandidaat; anders een lokale van de gemeenten die het
                kozen. Het regionale thema komt uit de regio's waarin de gemeenten liggen.
              </p>
            </>
          )}
        </Laden>
      </section>

      {magBewerken ? (
        <section aria-labelledby="invullen-kop">
          <h2 className="utrecht-heading-2" id="invullen-kop">
            Kandidaten van een gemeente vastleggen
          </h2>
          <VerouderdMelding zichtbaar={deel.verouderd} onLaad={() => void deel.laadNieuweStand()} />
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor="kandidaten-gemeente">
              Gemeente
            </label>
            <select id="kandidaten-gemeente" className="utrecht-select" value={gekozen} onChange={(e) => setGekozen(e.target.value)}>
              {gemeenten.map((g) => (
                <option key={g.gemeentecode} value={g.gemeentecode}>
                  {g.gemeentenaam}
                </option>
              ))}
            </select>
          </div>
          {velden.map((v) => (
            <fieldset className="utrecht-form-fieldset kp-fieldset" key={v.nummer}>
              <legend className="utrecht-form-fieldset__legend">
                Veld {v.nummer}: {v.naam}
              </legend>
              {themas
                .filter((t) => t.veld === v.nummer)
                .map((t) => (
                  <div className="utrecht-form-field utrecht-form-field--checkbox" key={t.id}>
                    <input
                      type="checkbox"
                      className="utrecht-checkbox"
                      id={`kandidaat-${t.id}`}
                      checked={eigen.themaIds.includes(t.id)}
                      onChange={(e) => zet(t.id, e.target.checked)}
                    />{' '}
                    <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`kandidaat-${t.id}`}>
                      {t.id} {t.naam}
                    </label>
                  </div>
                ))}
            </fieldset>
          ))}
          <Tekstvak
            id="kandidaten-toelichting"
            label={`Toelichting van ${naamVan(gekozen)}`}
            kort
            waarde={eigen.toelichting ?? ''}
            onWaarde={(w) => deel.wijzig((oud) => ({ ...oud, [gekozen]: { ...(oud[gekozen] ?? { themaIds: [] }), toelichting: w } }))}
          />
          <p className="utrecht-paragraph">
            <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={deel.bezig || !deel.gewijzigd} onClick={() => void opslaan()}>
              Kandidaten opslaan
            </button>
          </p>
          <Meldingregel melding={deel.melding} />
        </section>
      ) : null}
    </>
  );
}
