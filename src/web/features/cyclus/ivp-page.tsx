import { Link } from 'react-router';
import type { Ivp, IvpPrioriteit, Prioriteit } from '../../../domain/cyclus/inhoud.ts';
import { ivpHoofdstukken } from '../../../domain/cyclus/methode.ts';
import { strategischeThemas, vindThema } from '../../../domain/kennisbank/kennisbank.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useApi } from '../../shared/use-api.ts';
import { Meldingregel } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { CyclusNavigatie, type DeelAntwoord, Tekstvak, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';

const leeg: IvpPrioriteit = { waarom: '', hoofdlijnen: '', flankerendBeleid: '', doel: '' };

const hoofdstukVeld: Partial<Record<number, keyof Ivp>> = {
  1: 'uitgangssituatie',
  2: 'strategischeDoelstelling',
  3: 'strategischeUitgangspunten',
  5: 'overigeThemas',
  6: 'coordinatie',
  7: 'begroting',
};

export function IvpPage() {
  const { werkruimte, lid } = useWerkruimte();
  usePaginatitel(`IVP – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const deel = useDeel<Ivp>(`${basis}/ivp`);
  const prioriteiten = useApi<DeelAntwoord<Prioriteit[]>>(`${basis}/prioriteiten`);
  const projecten = useApi<{ projecten: { id: string; naam: string; prioriteitId: string }[] }>(`${basis}/projecten`);
  const projectenBij = (id: string) => (projecten.status === 'klaar' ? projecten.data.projecten.filter((x) => x.prioriteitId === id) : []);
  const magBewerken = mag(lid, 'cyclus.bewerken');
  const ivp = deel.huidig?.inhoud;

  const zetPrioriteit = (id: string, veld: keyof IvpPrioriteit, waarde: string) =>
    deel.wijzig((oud) => ({ ...oud, prioriteiten: { ...oud.prioriteiten, [id]: { ...(oud.prioriteiten[id] ?? leeg), [veld]: waarde } } }));

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'IVP' }]} />
      <h1 className="utrecht-heading-1">Stap 4: het Integraal Veiligheidsplan</h1>
      <CyclusNavigatie huidig="ivp" />
      <Laden toestand={deel.bron.toestand}>
        {(data) =>
          !ivp ? null : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void deel.opslaan();
              }}
              noValidate
            >
              {data.versie === 0 ? (
                <div className="kp-note">
                  <p className="utrecht-paragraph">
                    Dit is een voorstel: hoofdstuk 1 komt uit de conclusies per veld, de toelichting bij de prioriteiten uit de analyse van hun
                    thema's. Pas het aan en sla het op.
                  </p>
                </div>
              ) : null}
              <VerouderdMelding zichtbaar={deel.verouderd} onLaad={() => void deel.laadNieuweStand()} />
              {ivpHoofdstukken.map((h) => {
                const veld = hoofdstukVeld[h.nummer];
                return (
                  <section key={h.nummer} className="kp-section" aria-labelledby={`h-${h.nummer}`}>
                    <h2 className="utrecht-heading-2" id={`h-${h.nummer}`}>
                      {h.nummer} {h.titel}
                    </h2>
                    {veld ? (
                      <Tekstvak
                        id={`ivp-${veld}`}
                        label={`Tekst van hoofdstuk ${h.nummer}`}
                        uitleg={h.hint}
                        waarde={String(ivp[veld] ?? '')}
                        onWaarde={(w) => deel.wijzig((oud) => ({ ...oud, [veld]: w }))}
                        alleenLezen={!magBewerken}
                      />
                    ) : null}
                    {h.nummer === 2 || h.nummer === 3
                      ? strategischeThemas.map((s) => {
                          const plek = ivp.strategischeThemas[s.id] ?? { hoofdstuk: null, tekst: '' };
                          if (plek.hoofdstuk !== h.nummer) return null;
                          return (
                            <Tekstvak
                              key={s.id}
                              id={`ivp-strategisch-${s.id}`}
                              label={s.naam}
                              kort
                              waarde={plek.tekst}
                              onWaarde={(tekst) => deel.wijzig((oud) => ({ ...oud, strategischeThemas: { ...oud.strategischeThemas, [s.id]: { ...plek, tekst } } }))}
                              alleenLezen={!magBewerken}
                            />
                          );
                        })
                      : null}
                    {h.nummer === 3 ? (
                      <fieldset className="kp-fieldset">
                        <legend className="utrecht-form-label">Plaats van de strategische thema's</legend>
                        {strategischeThemas.map((s) => {
                          const plek = ivp.strategischeThemas[s.id] ?? { hoofdstuk: null, tekst: '' };
                          return (
                            <div className="utrecht-form-field kp-field" key={s.id}>
                              <label className="utrecht-form-label" htmlFor={`plek-${s.id}`}>
                                {s.naam}
                              </label>
                              <select
                                id={`plek-${s.id}`}
                                className="utrecht-select"
                                value={plek.hoofdstuk === null ? '' : String(plek.hoofdstuk)}
                                disabled={!magBewerken}
                                onChange={(e) =>
                                  deel.wijzig((oud) => ({
                                    ...oud,
                                    strategischeThemas: { ...oud.strategischeThemas, [s.id]: { ...plek, hoofdstuk: e.target.value === '' ? null : (Number(e.target.value) as 2 | 3) } },
                                  }))
                                }
                              >
                                <option value="">Niet opgenomen</option>
                                <option value="2">Hoofdstuk 2</option>
                                <option value="3">Hoofdstuk 3</option>
                              </select>
                            </div>
                          );
                        })}
                      </fieldset>
                    ) : null}
                    {h.nummer === 4 ? (
                      <Laden toestand={prioriteiten}>
                        {(p) =>
                          p.inhoud.length === 0 ? (
                            <p className="utrecht-paragraph">
                              Er zijn nog geen prioriteiten. <Link to={`${basis}/prioriteiten`}>Kies ze in stap 3.</Link>
                            </p>
                          ) : (
                            <>
                              {p.inhoud.map((pr, i) => {
                                const u = ivp.prioriteiten[pr.id] ?? leeg;
                                return (
                                  <section key={pr.id} id={`prioriteit-${pr.id}`} aria-labelledby={`pr-${pr.id}`} className="kp-card">
                                    <h3 className="utrecht-heading-3" id={`pr-${pr.id}`}>
                                      4.{i + 1} {pr.titel}
                                    </h3>
                                    <p className="utrecht-paragraph kp-klein">Thema's: {pr.themaIds.map((t) => `${t} ${vindThema(t)?.naam ?? ''}`).join('; ')}</p>
                                    {projectenBij(pr.id).length > 0 ? (
                                      <p className="utrecht-paragraph kp-klein">
                                        Gekoppelde projecten:{' '}
                                        {projectenBij(pr.id).map((x, j) => (
                                          <span key={x.id}>
                                            {j > 0 ? ', ' : ''}
                                            <Link className="utrecht-link" to={`/werkruimtes/${encodeURIComponent(x.id)}/project`}>
                                              {x.naam}
                                            </Link>
                                          </span>
                                        ))}
                                      </p>
                                    ) : null}
                                    <Tekstvak id={`pr-${pr.id}-waarom`} label="Waarom een prioriteit" waarde={u.waarom} onWaarde={(w) => zetPrioriteit(pr.id, 'waarom', w)} alleenLezen={!magBewerken} />
                                    <Tekstvak
                                      id={`pr-${pr.id}-doel`}
                                      label="Doel"
                                      uitleg="Kwalitatief: wat wilt u in deze periode bereiken? Meetbare effectindicatoren volgen later."
                                      kort
                                      waarde={u.doel}
                                      onWaarde={(w) => zetPrioriteit(pr.id, 'doel', w)}
                                      alleenLezen={!magBewerken}
                                    />
                                    <Tekstvak id={`pr-${pr.id}-hoofdlijnen`} label="Hoofdlijnen van de aanpak" waarde={u.hoofdlijnen} onWaarde={(w) => zetPrioriteit(pr.id, 'hoofdlijnen', w)} alleenLezen={!magBewerken} />
                                    <Tekstvak
                                      id={`pr-${pr.id}-flankerend`}
                                      label="Flankerend beleid"
                                      kort
                                      waarde={u.flankerendBeleid}
                                      onWaarde={(w) => zetPrioriteit(pr.id, 'flankerendBeleid', w)}
                                      alleenLezen={!magBewerken}
                                    />
                                  </section>
                                );
                              })}
                            </>
                          )
                        }
                      </Laden>
                    ) : null}
                  </section>
                );
              })}
              <Meldingregel melding={deel.melding} />
              {magBewerken ? (
                <div className="kp-actions kp-actions--plakkend">
                  <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={deel.bezig || (!deel.gewijzigd && data.versie > 0)}>
                    IVP opslaan
                  </button>
                  <Link className="kp-button-link kp-button-link--secondary" to={`${basis}/documenten/ivp`}>
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
