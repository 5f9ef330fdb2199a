import { useState } from 'react';
import { Link } from 'react-router';
import type { Maatregel, Prioriteit } from '../../../domain/cyclus/inhoud.ts';
import { methodeChecklist, type Project, projectVragen, type SmartDoel, smartTekort } from '../../../domain/cyclus/project.ts';
import { themas } from '../../../domain/kennisbank/kennisbank.ts';
import { methoden } from '../../../domain/methoden/catalogus.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import type { Werkruimte } from '../../shared/api.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useApi, useBron } from '../../shared/use-api.ts';
import { Meldingregel, Tabelkader, Tekstveld } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { CyclusNavigatie, type DeelAntwoord, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';
import { SamenTekst } from '../../shared/samen-tekst-lui.tsx';

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const leegDoel: SmartDoel = { omschrijving: '', indicator: '', nulwaarde: '', streefwaarde: '', termijn: '' };
const leegeMaatregel = { naam: '', prestatieIndicator: '', bestuurlijkTrekker: '', ambtelijkTrekker: '', partners: '', startKwartaal: '', eindKwartaal: '', budget: '' };

/** The IVP workspaces of the user with their priorities, to link a project to. */
function useIvpPrioriteiten(gemeentecode: string) {
  const lijst = useApi<{ werkruimtes: Werkruimte[] }>('/werkruimtes');
  const ivps = lijst.status === 'klaar' ? lijst.data.werkruimtes.filter((w) => w.soort === 'ivp' && w.gemeentecode === gemeentecode) : [];
  const eerste = ivps[0];
  const prioriteiten = useBron<DeelAntwoord<Prioriteit[]>>(eerste ? `/werkruimtes/${encodeURIComponent(eerste.id)}/prioriteiten` : null);
  return { ivp: eerste, prioriteiten: prioriteiten.toestand.status === 'klaar' ? prioriteiten.toestand.data.inhoud : [] };
}

export function ProjectPage() {
  const { werkruimte, lid } = useWerkruimte();
  usePaginatitel(`Projectplan – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const deel = useDeel<Project>(`${basis}/project`);
  const magBewerken = mag(lid, 'cyclus.bewerken');
  const koppelbaar = useIvpPrioriteiten(werkruimte.gemeentecode);
  const [doel, setDoel] = useState(leegDoel);
  const [huidige, setHuidige] = useState('');
  const [m, setM] = useState(leegeMaatregel);
  const p = deel.huidig?.inhoud;
  const zet = (x: Partial<Project>) => deel.wijzig((oud) => ({ ...oud, ...x }));
  // The four long answers are written together and save themselves.
  const tekst = (sleutel: string) => ({
    werkruimteId: werkruimte.id,
    sleutel,
    alleenLezen: !magBewerken,
    geschiedenis: { lezen: mag(lid, 'geschiedenis.lezen'), herstellen: mag(lid, 'geschiedenis.herstellen') },
  });

  const voegMaatregelToe = () => {
    if (!p || !m.naam.trim()) return;
    let n = 1;
    while (p.maatregelen.some((x) => x.id === `m${n}`)) n++;
    const budget = m.budget.trim() === '' || Number.isNaN(Number(m.budget)) ? null : Number(m.budget);
    const nieuw: Maatregel = { ...m, id: `m${n}`, naam: m.naam.trim(), startKwartaal: m.startKwartaal || null, eindKwartaal: m.eindKwartaal || null, budget, status: 'niet-gestart' };
    zet({ maatregelen: [...p.maatregelen, nieuw] });
    setM(leegeMaatregel);
  };
  const kwartalen = Array.from({ length: ((werkruimte.periodeEinde ?? 2030) - (werkruimte.periodeStart ?? 2027) + 1) * 4 }, (_, i) => `${(werkruimte.periodeStart ?? 2027) + Math.floor(i / 4)}-K${(i % 4) + 1}`);

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Projectplan' }]} />
      <h1 className="utrecht-heading-1">Projectplan: de zes vragen</h1>
      <CyclusNavigatie huidig="project" />
      <p className="utrecht-paragraph">
        Een project werkt een concrete aanpak uit langs de zes vragen van de Lokale Veiligheidsplanner. Beantwoord ze samen met de partners; begin eventueel
        met een methode uit de catalogus, dan krijgt u haar stappen als checklist.
      </p>
      <Laden toestand={deel.bron.toestand}>
        {() =>
          !p ? null : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void deel.opslaan();
              }}
              noValidate
            >
              <VerouderdMelding zichtbaar={deel.verouderd} onLaad={() => void deel.laadNieuweStand()} />
              <section className="kp-card" aria-labelledby="opzet-kop">
                <h2 className="utrecht-heading-2" id="opzet-kop">
                  Methode en koppeling
                </h2>
                <div className="utrecht-form-field kp-field">
                  <label className="utrecht-form-label" htmlFor="project-methode">
                    Methode uit de catalogus
                  </label>
                  <select id="project-methode" className="utrecht-select" value={p.methodeId ?? ''} disabled={!magBewerken} onChange={(e) => zet({ methodeId: e.target.value || null, checklist: [] })}>
                    <option value="">Geen methode</option>
                    {methoden.map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.naam}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="utrecht-form-field kp-field">
                  <label className="utrecht-form-label" htmlFor="project-koppeling">
                    Hoort bij prioriteit van het IVP
                  </label>
                  <p className="utrecht-form-field-description kp-field__uitleg" id="project-koppeling-uitleg">
                    {koppelbaar.ivp ? `Prioriteiten uit ${koppelbaar.ivp.naam}.` : 'U bent geen lid van een IVP-werkruimte van deze gemeente.'}
                  </p>
                  <select
                    id="project-koppeling"
                    aria-describedby="project-koppeling-uitleg"
                    className="utrecht-select"
                    value={p.ivpKoppeling?.prioriteitId ?? ''}
                    disabled={!magBewerken || !koppelbaar.ivp}
                    onChange={(e) => zet({ ivpKoppeling: e.target.value && koppelbaar.ivp ? { werkruimteId: koppelbaar.ivp.id, prioriteitId: e.target.value } : null })}
                  >
                    <option value="">Niet gekoppeld</option>
                    {koppelbaar.prioriteiten.map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.titel}
                      </option>
                    ))}
                  </select>
                </div>
              </section>

              {projectVragen.map((v) => (
                <section key={v.nummer} id={`vraag-${v.nummer}`} className="kp-section" aria-labelledby={`vraag-${v.nummer}-kop`}>
                  <h2 className="utrecht-heading-2" id={`vraag-${v.nummer}-kop`}>
                    {v.nummer} {v.vraag}
                  </h2>
                  <p className="utrecht-paragraph kp-muted">{v.hint}</p>
                  {v.nummer === 1 ? (
                    <>
                      <SamenTekst {...tekst('project.probleem')} label="Het probleem" />
                      <details className="kp-details">
                        <summary>Thema's van Kernbeleid Veiligheid ({p.themaIds.length} gekozen)</summary>
                        <fieldset className="kp-fieldset">
                          <legend className="kp-visually-hidden">Thema's van het project</legend>
                          {themas.map((t) => (
                            <div className="kp-check" key={t.id}>
                              <input
                                type="checkbox"
                                id={`project-thema-${t.id.replace('.', '-')}`}
                                checked={p.themaIds.includes(t.id)}
                                disabled={!magBewerken}
                                onChange={(e) => zet({ themaIds: e.target.checked ? [...p.themaIds, t.id] : p.themaIds.filter((x) => x !== t.id) })}
                              />
                              <label htmlFor={`project-thema-${t.id.replace('.', '-')}`}>
                                {t.id} {t.naam}
                              </label>
                            </div>
                          ))}
                        </fieldset>
                      </details>
                    </>
                  ) : null}
                  {v.nummer === 2 ? (
                    <SamenTekst {...tekst('project.belangrijksteProblemen')} label="De belangrijkste problemen" />
                  ) : null}
                  {v.nummer === 3 ? (
                    <>
                      <SamenTekst {...tekst('project.huidigeAanpak')} label="Wat er al gebeurt" />
                      <ul className="utrecht-unordered-list">
                        {p.huidigeMaatregelen.map((x, i) => (
                          <li key={i} className="utrecht-unordered-list__item">
                            {x.naam}{' '}
                            {magBewerken ? (
                              <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => zet({ huidigeMaatregelen: p.huidigeMaatregelen.filter((_, j) => j !== i) })}>
                                Verwijderen<span className="kp-visually-hidden"> ({x.naam})</span>
                              </button>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                      {magBewerken ? (
                        <div className="kp-inline-velden">
                          <Tekstveld id="project-huidige-maatregel" label="Lopende maatregel" waarde={huidige} onWaarde={setHuidige} />
                          <button
                            type="button"
                            className="utrecht-button utrecht-button--secondary-action"
                            onClick={() => {
                              if (!huidige.trim()) return;
                              zet({ huidigeMaatregelen: [...p.huidigeMaatregelen, { naam: huidige.trim(), methodeId: null }] });
                              setHuidige('');
                            }}
                          >
                            Lopende maatregel toevoegen
                          </button>
                        </div>
                      ) : null}
                    </>
                  ) : null}
                  {v.nummer === 4 ? (
                    <>
                      {p.doelen.length === 0 ? <p className="utrecht-paragraph">Nog geen doelen.</p> : null}
                      <ol className="kp-doelen">
                        {p.doelen.map((d, i) => {
                          const tekort = smartTekort(d);
                          return (
                            <li key={i} id={`doel-${i + 1}`} className="kp-card">
                              <p className="utrecht-paragraph">
                                <strong>{d.omschrijving}</strong>
                              </p>
                              <p className="utrecht-paragraph kp-klein">
                                Indicator: {d.indicator || '—'}; van {d.nulwaarde || '?'} naar {d.streefwaarde || '?'}; termijn: {d.termijn || '—'}.
                              </p>
                              <p className={`utrecht-paragraph kp-klein${tekort.length ? ' kp-bevinding' : ''}`}>{tekort.length === 0 ? 'SMART.' : `Nog niet SMART: mist ${tekort.join(', ')}.`}</p>
                              {magBewerken ? (
                                <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => zet({ doelen: p.doelen.filter((_, j) => j !== i) })}>
                                  Doel {i + 1} verwijderen
                                </button>
                              ) : null}
                            </li>
                          );
                        })}
                      </ol>
                      {magBewerken ? (
                        <fieldset className="kp-fieldset kp-card">
                          <legend className="utrecht-form-label">Doel toevoegen</legend>
                          <div className="kp-inline-velden">
                            <Tekstveld id="doel-omschrijving" label="Doel" waarde={doel.omschrijving} onWaarde={(x) => setDoel({ ...doel, omschrijving: x })} />
                            <Tekstveld id="doel-indicator" label="Indicator" waarde={doel.indicator} onWaarde={(x) => setDoel({ ...doel, indicator: x })} />
                            <Tekstveld id="doel-nul" label="Beginwaarde" waarde={doel.nulwaarde} onWaarde={(x) => setDoel({ ...doel, nulwaarde: x })} />
                            <Tekstveld id="doel-streef" label="Streefwaarde" waarde={doel.streefwaarde} onWaarde={(x) => setDoel({ ...doel, streefwaarde: x })} />
                            <Tekstveld id="doel-termijn" label="Termijn" waarde={doel.termijn} onWaarde={(x) => setDoel({ ...doel, termijn: x })} />
                          </div>
                          <button
                            type="button"
                            className="utrecht-button utrecht-button--secondary-action"
                            onClick={() => {
                              if (!doel.omschrijving.trim()) return;
                              zet({ doelen: [...p.doelen, doel] });
                              setDoel(leegDoel);
                            }}
                          >
                            Doel toevoegen
                          </button>
                        </fieldset>
                      ) : null}
                    </>
                  ) : null}
                  {v.nummer === 5 ? (
                    <>
                      {p.maatregelen.length > 0 ? (
                        <Tabelkader label="Maatregelen van het project">
                          <table className="utrecht-table kp-table">
                            <caption className="kp-visually-hidden">Maatregelen van het project</caption>
                            <thead className="utrecht-table__header">
                              <tr className="utrecht-table__row">
                                {['Maatregel', 'Prestatie-indicator', 'Trekkers', 'Partners', 'Planning', 'Budget'].map((k) => (
                                  <th key={k} scope="col" className="utrecht-table__header-cell">
                                    {k}
                                  </th>
                                ))}
                              </tr>
                            </thead>
                            <tbody className="utrecht-table__body">
                              {p.maatregelen.map((x) => (
                                <tr key={x.id} id={`maatregel-${x.id}`} className="utrecht-table__row">
                                  <td className="utrecht-table__cell">{x.naam}</td>
                                  <td className="utrecht-table__cell">{x.prestatieIndicator || '—'}</td>
                                  <td className="utrecht-table__cell">{[x.bestuurlijkTrekker, x.ambtelijkTrekker].filter(Boolean).join(' / ') || 'Geen trekker'}</td>
                                  <td className="utrecht-table__cell">{x.partners || '—'}</td>
                                  <td className="utrecht-table__cell">{x.startKwartaal && x.eindKwartaal ? `${x.startKwartaal} t/m ${x.eindKwartaal}` : 'Niet gepland'}</td>
                                  <td className="utrecht-table__cell">{x.budget === null ? 'Bestaand budget' : euro.format(x.budget)}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </Tabelkader>
                      ) : (
                        <p className="utrecht-paragraph">Nog geen maatregelen.</p>
                      )}
                      {magBewerken ? (
                        <fieldset className="kp-fieldset kp-card">
                          <legend className="utrecht-form-label">Maatregel toevoegen</legend>
                          <div className="kp-inline-velden">
                            <Tekstveld id="pm-naam" label="Maatregel" waarde={m.naam} onWaarde={(x) => setM({ ...m, naam: x })} />
                            <Tekstveld id="pm-indicator" label="Prestatie-indicator" waarde={m.prestatieIndicator} onWaarde={(x) => setM({ ...m, prestatieIndicator: x })} />
                            <Tekstveld id="pm-bestuurlijk" label="Bestuurlijk trekker" waarde={m.bestuurlijkTrekker} onWaarde={(x) => setM({ ...m, bestuurlijkTrekker: x })} />
                            <Tekstveld id="pm-ambtelijk" label="Ambtelijk trekker" waarde={m.ambtelijkTrekker} onWaarde={(x) => setM({ ...m, ambtelijkTrekker: x })} />
                            <Tekstveld id="pm-partners" label="Partners" waarde={m.partners} onWaarde={(x) => setM({ ...m, partners: x })} />
                            {(['startKwartaal', 'eindKwartaal'] as const).map((veld) => (
                              <div className="utrecht-form-field kp-field" key={veld}>
                                <label className="utrecht-form-label" htmlFor={`pm-${veld}`}>
                                  {veld === 'startKwartaal' ? 'Startkwartaal' : 'Eindkwartaal'}
                                </label>
                                <select id={`pm-${veld}`} className="utrecht-select" value={m[veld]} onChange={(e) => setM({ ...m, [veld]: e.target.value })}>
                                  <option value="">Nog niet gepland</option>
                                  {kwartalen.map((k) => (
                                    <option key={k} value={k}>
                                      {k}
                                    </option>
                                  ))}
                                </select>
                              </div>
                            ))}
                            <Tekstveld id="pm-budget" label="Budget in euro's" inputMode="numeric" waarde={m.budget} onWaarde={(x) => setM({ ...m, budget: x })} />
                          </div>
                          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={voegMaatregelToe}>
                            Maatregel toevoegen
                          </button>
                        </fieldset>
                      ) : null}
                      {methodeChecklist(p).length > 0 ? (
                        <fieldset className="kp-fieldset">
                          <legend className="utrecht-form-label">Stappen van de methode {methoden.find((x) => x.id === p.methodeId)?.naam}</legend>
                          {methodeChecklist(p).map((c, i) => (
                            <div className="kp-check" key={i}>
                              <input
                                type="checkbox"
                                id={`checklist-${i}`}
                                checked={c.gedaan}
                                disabled={!magBewerken}
                                onChange={(e) => zet({ checklist: methodeChecklist(p).map((x, j) => (j === i ? e.target.checked : x.gedaan)) })}
                              />
                              <label htmlFor={`checklist-${i}`}>{c.stap}</label>
                            </div>
                          ))}
                        </fieldset>
                      ) : null}
                    </>
                  ) : null}
                  {v.nummer === 6 ? (
                    <SamenTekst {...tekst('project.resultaten')} label="Wat er bereikt is" />
                  ) : null}
                </section>
              ))}
              <Meldingregel melding={deel.melding} />
              {magBewerken ? (
                <div className="kp-actions kp-actions--plakkend">
                  <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={deel.bezig || !deel.gewijzigd}>
                    Projectplan opslaan
                  </button>
                  <Link className="kp-button-link kp-button-link--secondary" to={`${basis}/documenten/projectplan`}>
                    Document bekijken
                  </Link>
                </div>
              ) : null}
            </form>
          )
        }
      </Laden>
    </>
  );
}
