import { Link } from 'react-router';
import type { Ivp, Prioriteit } from '../../../domain/cyclus/inhoud.ts';
import { ivpHoofdstukken } from '../../../domain/cyclus/methode.ts';
import { strategischeThemas, vindThema } from '../../../domain/kennisbank/kennisbank.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useApi } from '../../shared/use-api.ts';
import { Meldingregel } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { CyclusNavigatie, type DeelAntwoord, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';
import { SamenTekst } from '../../shared/samen-tekst-lui.tsx';


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

  // Every text of the IVP is written together and saves itself; the form keeps only the place of the strategic themes.
  const tekst = (sleutel: string) => ({
    werkruimteId: werkruimte.id,
    sleutel,
    alleenLezen: !magBewerken,
    geschiedenis: { lezen: mag(lid, 'geschiedenis.lezen'), herstellen: mag(lid, 'geschiedenis.herstellen') },
  });

  if (!mag(lid, 'cyclus.lezen')) {
    // The council reads the adopted IVP, not the plan in the making.
    return (
      <>
        <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'IVP' }]} />
        <h1 className="utrecht-heading-1">Het Integraal Veiligheidsplan</h1>
        <CyclusNavigatie huidig="ivp" />
        <div className="kp-note">
          <p className="utrecht-paragraph">
            Met uw rol leest u het IVP zoals het is vastgesteld, niet het plan in wording.{' '}
            <Link className="utrecht-link" to={`${basis}/documenten/ivp`}>
              Naar het vastgestelde IVP
            </Link>
          </p>
        </div>
      </>
    );
  }

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
                    thema's. Pas het aan; alles wat u schrijft wordt meteen opgeslagen, en wie tegelijk in dezelfde tekst schrijft ziet u live.
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
                    {veld ? <SamenTekst {...tekst(`ivp.${veld}`)} label={`Tekst van hoofdstuk ${h.nummer}`} uitleg={h.hint} /> : null}
                    {h.nummer === 2 || h.nummer === 3
                      ? strategischeThemas.map((s) => {
                          const plek = ivp.strategischeThemas[s.id] ?? { hoofdstuk: null, tekst: '' };
                          if (plek.hoofdstuk !== h.nummer) return null;
                          return <SamenTekst key={s.id} {...tekst(`ivp.strategischeThemas.${s.id}.tekst`)} label={s.naam} kort />;
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
                                onChange={(e) => {
                                  // Saved at once, like the texts: nothing to forget.
                                  const nieuw: Ivp = {
                                    ...ivp,
                                    strategischeThemas: { ...ivp.strategischeThemas, [s.id]: { ...plek, hoofdstuk: e.target.value === '' ? null : (Number(e.target.value) as 2 | 3) } },
                                  };
                                  deel.wijzig(() => nieuw);
                                  void deel.opslaan(nieuw);
                                }}
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
                                    <SamenTekst {...tekst(`ivp.prioriteiten.${pr.id}.waarom`)} label="Waarom een prioriteit" />
                                    <SamenTekst
                                      {...tekst(`ivp.prioriteiten.${pr.id}.doel`)}
                                      label="Doel"
                                      uitleg="Kwalitatief: wat wilt u in deze periode bereiken? Meetbare effectindicatoren volgen later."
                                      kort
                                    />
                                    <SamenTekst {...tekst(`ivp.prioriteiten.${pr.id}.hoofdlijnen`)} label="Hoofdlijnen van de aanpak" />
                                    <SamenTekst {...tekst(`ivp.prioriteiten.${pr.id}.flankerendBeleid`)} label="Flankerend beleid" kort />
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
              <div className="kp-actions">
                <Link className="kp-button-link kp-button-link--secondary" to={`${basis}/documenten/ivp`}>
                  Document bekijken
                </Link>
              </div>
            </form>
          )
        }
      </Laden>
    </>
  );
}
