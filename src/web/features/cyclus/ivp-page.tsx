import { useState } from 'react';
import { Link } from 'react-router';
import type { Ivp, Prioriteit, Uitzonderingen } from '../../../domain/cyclus/inhoud.ts';
import { heeftStreefwaarde } from '../../../domain/cyclus/plancheck.ts';
import { type Indicator, isOverkoepelend } from '../../../domain/monitoring/typen.ts';
import { ivpHoofdstukken } from '../../../domain/cyclus/methode.ts';
import { strategischeThemas, vindThema } from '../../../domain/kennisbank/kennisbank.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useApi, useBron } from '../../shared/use-api.ts';
import { Meldingregel } from '../../shared/formulier.tsx';
import { useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { CyclusNavigatie, type DeelAntwoord, Tekstvak, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';
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
                    {h.nummer === 2 ? <OverkoepelendeIndicatoren basis={basis} /> : null}
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
                              <Streefwaarden basis={basis} prioriteiten={p.inhoud} />
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

/**
 * Per priority: does it have an effect indicator with a target (what the Raad adopts)? If not, a link
 * to add one, and for the coordinator a field to record why not; without either the plan check blocks
 * adoption by the Raad. The reason is printed in the IVP at the priority.
 */
function Streefwaarden({ basis, prioriteiten }: { basis: string; prioriteiten: Prioriteit[] }) {
  const { lid } = useWerkruimte();
  const magVastleggen = mag(lid, 'uitzondering.vastleggen');
  const indicatoren = useBron<{ indicatoren: Indicator[] }>(`${basis}/indicatoren`);
  const uitzonderingen = useDeel<Uitzonderingen>(`${basis}/uitzonderingen`);
  const [concept, setConcept] = useState<Record<string, string>>({});
  const { vernieuw } = indicatoren;
  useLiveBericht((b) => {
    if (b.type === 'werkruimte' && b.id === 'indicatoren') void vernieuw();
  });
  const redenen = uitzonderingen.huidig?.inhoud ?? {};
  const lijst = indicatoren.toestand.status === 'klaar' ? indicatoren.toestand.data.indicatoren : [];
  const fout = (id: string) => uitzonderingen.fouten[`${id}.reden`] ?? uitzonderingen.fouten[id];

  const bewaar = async (id: string, reden: string | null) => {
    const nieuw: Uitzonderingen = { ...redenen };
    if (reden === null) delete nieuw[id];
    else nieuw[id] = { reden };
    const r = await uitzonderingen.opslaan(nieuw);
    if (r) setConcept((c) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== id)));
  };

  return (
    <section className="kp-note" id="streefwaarden" aria-labelledby="streefwaarden-kop" tabIndex={-1}>
      <h3 className="utrecht-heading-3" id="streefwaarden-kop">
        Effectindicatoren en streefwaarden
      </h3>
      <p className="utrecht-paragraph">
        De Raad stelt met het IVP ook de streefwaarden vast. Elke prioriteit heeft daarom een effectindicator met streefwaarde nodig, of een
        reden waarom die er (nog) niet is. Die reden komt in het IVP bij de prioriteit.
      </p>
      <Laden toestand={indicatoren.toestand}>
        {() => (
          <ul className="utrecht-unordered-list kp-streefwaardenlijst">
            {prioriteiten.map((pr) => {
              const eigen = lijst.filter((i) => i.prioriteitId === pr.id);
              const metStreef = eigen.filter(heeftStreefwaarde);
              const alleenVertrouwelijk = metStreef.length === 0 && eigen.some((i) => i.vertrouwelijk === true && heeftStreefwaarde({ ...i, vertrouwelijk: false }));
              const reden = redenen[pr.id]?.reden ?? '';
              const waarde = concept[pr.id] ?? reden;
              return (
                <li key={pr.id} className="utrecht-unordered-list__item">
                  <strong>{pr.titel}</strong>:{' '}
                  {metStreef.length > 0 ? (
                    <>
                      {metStreef.length === 1 ? 'één effectindicator' : `${metStreef.length} effectindicatoren`} met streefwaarde.{' '}
                      <Link className="utrecht-link" to={`${basis}/indicatoren#prioriteit-${pr.id}`}>
                        Bekijk de indicatoren<span className="kp-visually-hidden"> van {pr.titel}</span>
                      </Link>
                    </>
                  ) : (
                    <>
                      <span className="kp-tag kp-tag--aandacht">nog geen indicator met streefwaarde</span>{' '}
                      {alleenVertrouwelijk ? 'Een vertrouwelijke indicator telt niet mee: die staat niet in het IVP. ' : ''}
                      <Link className="utrecht-link" to={`${basis}/indicatoren#prioriteit-${pr.id}`}>
                        Indicator met streefwaarde toevoegen<span className="kp-visually-hidden"> bij {pr.titel}</span>
                      </Link>
                      {reden && !magVastleggen ? <p className="utrecht-paragraph kp-klein">Reden van de coördinator (staat in het IVP): {reden}</p> : null}
                      {!reden && !magVastleggen ? (
                        <p className="utrecht-paragraph kp-klein">Zo kan de Raad het IVP niet vaststellen. Alleen de coördinator kan vastleggen waarom er geen streefwaarde is.</p>
                      ) : null}
                      {magVastleggen ? (
                        <div className="kp-uitzondering">
                          <Tekstvak
                            id={`reden-${pr.id}`}
                            label={<>Waarom heeft {pr.titel} geen streefwaarde?</>}
                            uitleg="Alleen als er echt geen indicator met streefwaarde kan komen, bijvoorbeeld omdat de nulmeting nog moet worden gedaan. Deze reden staat in het IVP."
                            waarde={waarde}
                            onWaarde={(w) => setConcept((c) => ({ ...c, [pr.id]: w }))}
                            fout={fout(pr.id)}
                            kort
                          />
                          <div className="kp-actions">
                            <button
                              type="button"
                              className="utrecht-button utrecht-button--secondary-action"
                              disabled={uitzonderingen.bezig || waarde.trim() === reden.trim()}
                              onClick={() => void bewaar(pr.id, waarde.trim())}
                            >
                              Reden vastleggen<span className="kp-visually-hidden"> voor {pr.titel}</span>
                            </button>
                            {reden ? (
                              <button type="button" className="utrecht-button utrecht-button--subtle" disabled={uitzonderingen.bezig} onClick={() => void bewaar(pr.id, null)}>
                                Reden weghalen<span className="kp-visually-hidden"> voor {pr.titel}</span>
                              </button>
                            ) : null}
                          </div>
                        </div>
                      ) : null}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Laden>
      <VerouderdMelding zichtbaar={uitzonderingen.verouderd} onLaad={() => void uitzonderingen.laadNieuweStand()} />
      <Meldingregel melding={uitzonderingen.melding} />
    </section>
  );
}

/** Chapter 2: the overall effect indicators that measure the strategic goal (they are in the IVP under its text). */
function OverkoepelendeIndicatoren({ basis }: { basis: string }) {
  const indicatoren = useApi<{ indicatoren: Indicator[] }>(`${basis}/indicatoren`);
  if (indicatoren.status !== 'klaar') return null;
  const lijst = indicatoren.data.indicatoren.filter((i) => isOverkoepelend(i) && i.vertrouwelijk !== true);
  return (
    <p className="utrecht-paragraph kp-klein">
      {lijst.length > 0 ? `Overkoepelende effectindicatoren in dit hoofdstuk: ${lijst.map((i) => i.naam).join('; ')}. ` : 'Nog geen overkoepelende effectindicatoren. '}
      <Link className="utrecht-link" to={`${basis}/indicatoren#overige-themas`}>
        {lijst.length > 0 ? 'Naar de indicatoren' : 'Een overkoepelende indicator toevoegen'}
      </Link>
    </p>
  );
}
