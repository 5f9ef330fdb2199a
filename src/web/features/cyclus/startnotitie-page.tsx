import { useState } from 'react';
import { Link } from 'react-router';
import type { Startnotitie } from '../../../domain/cyclus/inhoud.ts';
import { startnotitieOnderdelen } from '../../../domain/cyclus/methode.ts';
import { MAX_WERKGROEP } from '../../../domain/cyclus/plancheck.ts';
import { themas } from '../../../domain/kennisbank/kennisbank.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { Meldingregel, Tabelkader, Tekstveld } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { CyclusNavigatie, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';
import { SamenTekst } from '../../shared/samen-tekst-lui.tsx';

export function StartnotitiePage() {
  const { werkruimte, lid } = useWerkruimte();
  usePaginatitel(`Startnotitie – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const deel = useDeel<Startnotitie>(`${basis}/startnotitie`);
  const magBewerken = mag(lid, 'cyclus.bewerken');
  const [nieuw, setNieuw] = useState({ naam: '', organisatie: '', rol: '' });
  const s = deel.huidig?.inhoud;

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Startnotitie' }]} />
      <h1 className="utrecht-heading-1">Stap 1: startnotitie</h1>
      <CyclusNavigatie huidig="startnotitie" />
      <p className="utrecht-paragraph">
        De startnotitie is de bestuurlijke opdracht voor het nieuwe beleid. Leg de besluitvorming (MT, College, eventueel Raad) vast bij{' '}
        <Link className="utrecht-link" to={`${basis}/documenten/startnotitie`}>
          het document
        </Link>
        .
      </p>
      <Laden toestand={deel.bron.toestand}>
        {() =>
          !s ? null : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void deel.opslaan();
              }}
              noValidate
            >
              <VerouderdMelding zichtbaar={deel.verouderd} onLaad={() => void deel.laadNieuweStand()} />
              <p className="utrecht-paragraph kp-klein">De teksten hieronder worden opgeslagen terwijl u typt; wie tegelijk in dezelfde tekst schrijft, ziet u live.</p>
              {startnotitieOnderdelen.map((o) => (
                <SamenTekst
                  key={o.veld}
                  werkruimteId={werkruimte.id}
                  sleutel={`startnotitie.${String(o.veld)}`}
                  label={o.label}
                  uitleg={o.hint}
                  kort
                  alleenLezen={!magBewerken}
                  geschiedenis={{ lezen: mag(lid, 'geschiedenis.lezen'), herstellen: mag(lid, 'geschiedenis.herstellen') }}
                />
              ))}
              <section className="kp-section" aria-labelledby="werkgroep-kop" id="werkgroep">
                <h2 className="utrecht-heading-2" id="werkgroep-kop">
                  Werkgroep
                </h2>
                {s.werkgroep.length > MAX_WERKGROEP ? (
                  <div className="kp-warning">
                    <p className="utrecht-paragraph">
                      De werkgroep telt {s.werkgroep.length} leden. Boven de {MAX_WERKGROEP} wordt samen schrijven lastig; overweeg een kleinere kern en laat
                      andere partners bilateraal meelezen.
                    </p>
                  </div>
                ) : null}
                {s.werkgroep.length === 0 ? (
                  <p className="utrecht-paragraph">Nog geen werkgroepleden.</p>
                ) : (
                  <Tabelkader label="Werkgroep">
                    <table className="utrecht-table kp-table">
                      <caption className="kp-visually-hidden">Leden van de werkgroep</caption>
                      <thead className="utrecht-table__header">
                        <tr className="utrecht-table__row">
                          {['Naam of functie', 'Organisatie', 'Rol', ...(magBewerken ? ['Actie'] : [])].map((k) => (
                            <th key={k} scope="col" className="utrecht-table__header-cell">
                              {k}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody className="utrecht-table__body">
                        {s.werkgroep.map((w, i) => (
                          <tr key={i} className="utrecht-table__row">
                            <td className="utrecht-table__cell">{w.naam}</td>
                            <td className="utrecht-table__cell">{w.organisatie}</td>
                            <td className="utrecht-table__cell">{w.rol}</td>
                            {magBewerken ? (
                              <td className="utrecht-table__cell">
                                <button
                                  type="button"
                                  className="utrecht-button utrecht-button--secondary-action kp-button-klein"
                                  onClick={() => deel.wijzig((oud) => ({ ...oud, werkgroep: oud.werkgroep.filter((_, j) => j !== i) }))}
                                >
                                  Verwijderen<span className="kp-visually-hidden"> ({w.naam})</span>
                                </button>
                              </td>
                            ) : null}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </Tabelkader>
                )}
                {magBewerken ? (
                  <div className="kp-inline-velden">
                    <Tekstveld id="wg-naam" label="Naam of functie" waarde={nieuw.naam} onWaarde={(naam) => setNieuw({ ...nieuw, naam })} />
                    <Tekstveld id="wg-organisatie" label="Organisatie" waarde={nieuw.organisatie} onWaarde={(organisatie) => setNieuw({ ...nieuw, organisatie })} />
                    <Tekstveld id="wg-rol" label="Rol in de werkgroep" waarde={nieuw.rol} onWaarde={(rol) => setNieuw({ ...nieuw, rol })} />
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action"
                      onClick={() => {
                        if (!nieuw.naam.trim()) return;
                        deel.wijzig((oud) => ({ ...oud, werkgroep: [...oud.werkgroep, { naam: nieuw.naam.trim(), organisatie: nieuw.organisatie.trim(), rol: nieuw.rol.trim() }] }));
                        setNieuw({ naam: '', organisatie: '', rol: '' });
                      }}
                    >
                      Lid toevoegen
                    </button>
                  </div>
                ) : null}
              </section>
              <fieldset className="kp-fieldset">
                <legend className="utrecht-form-label">Thema's die zeker worden meegenomen</legend>
                {themas.map((t) => (
                  <div className="kp-check" key={t.id}>
                    <input
                      type="checkbox"
                      id={`sn-thema-${t.id}`}
                      checked={s.zekereThemas.includes(t.id)}
                      disabled={!magBewerken}
                      onChange={(e) =>
                        deel.wijzig((oud) => ({ ...oud, zekereThemas: e.target.checked ? [...oud.zekereThemas, t.id] : oud.zekereThemas.filter((x) => x !== t.id) }))
                      }
                    />
                    <label htmlFor={`sn-thema-${t.id}`}>
                      {t.id} {t.naam}
                    </label>
                  </div>
                ))}
              </fieldset>
              <Meldingregel melding={deel.melding} />
              {magBewerken ? (
                <div className="kp-actions kp-actions--plakkend">
                  <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={deel.bezig || !deel.gewijzigd}>
                    Werkgroep en thema's opslaan
                  </button>
                </div>
              ) : null}
            </form>
          )
        }
      </Laden>
    </>
  );
}
