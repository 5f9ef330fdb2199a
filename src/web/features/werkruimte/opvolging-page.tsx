/**
 * The next plan starts from the old one (issue 19, point 5). Two pages: in an IVP the coordinator
 * starts its successor (name and plan period); in the successor the look-back on the old plan per old
 * priority (what the indicators and measures achieved, the last report, the evaluation's findings),
 * with a reason per priority that does not come back (saved with If-Match).
 */
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { indicatorKolommen, indicatorRij, maatregelKolommen, maatregelRij, type Terugblik, type TerugblikIndicator } from '../../../domain/cyclus/opvolging.ts';
import { vindThema } from '../../../domain/kennisbank/kennisbank.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { veldfouten } from '../../shared/api.ts';
import { CyclusNavigatie, type DeelAntwoord, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';
import { Foutsamenvatting, type Melding, Meldingregel, Tabelkader, Tekstveld, type Veldmelding } from '../../shared/formulier.tsx';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useApi } from '../../shared/use-api.ts';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import '../../styles/werkruimte.css';

interface Opvolging {
  voorganger: { id: string; naam: string } | null;
  opvolgers: { id: string; naam: string }[];
}

const pad = (id: string) => `/werkruimtes/${encodeURIComponent(id)}`;

const veldIds: Record<string, { id: string; veld: string }> = {
  naam: { id: 'opv-naam', veld: 'Naam van het nieuwe plan' },
  periodeStart: { id: 'opv-van', veld: 'Van (jaar)' },
  periodeEinde: { id: 'opv-tot', veld: 'Tot en met (jaar)' },
};

/** /werkruimtes/:id/opvolger: start the next IVP from this one. */
export function OpvolgerPage() {
  const { werkruimte, lid } = useWerkruimte();
  usePaginatitel(`Het volgende plan – ${werkruimte.naam}`);
  const basis = pad(werkruimte.id);
  const opvolging = useApi<Opvolging>(`${basis}/opvolging`);
  const magStarten = werkruimte.soort === 'ivp' && mag(lid, 'werkruimte.opvolgen');
  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Het volgende plan' }]} />
      <h1 className="utrecht-heading-1">Het volgende plan</h1>
      <CyclusNavigatie huidig="opvolger" />
      <p className="utrecht-paragraph">
        Een nieuw integraal veiligheidsplan begint bij het vorige. De nieuwe werkruimte neemt de effectindicatoren over, met de laatste jaarmeting als nieuwe referentie,
        en opent met een terugblik: per prioriteit wat de indicatoren en maatregelen bereikten, de laatste rapportage en de bevindingen van de evaluatie. Zo kijkt de
        nieuwe veiligheidsanalyse terug op wat bereikt is, en is een aparte evaluatie niet nodig.
      </p>
      <Laden toestand={opvolging}>
        {(o) => (
          <>
            {o.voorganger ? (
              <p className="utrecht-paragraph">
                Dit plan volgt op <Link to={pad(o.voorganger.id)}>{o.voorganger.naam}</Link>.{' '}
                <Link to={`${basis}/terugblik`}>Bekijk de terugblik</Link>.
              </p>
            ) : null}
            {o.opvolgers.length > 0 ? (
              <section className="kp-wr-sectie" aria-labelledby="opv-al-kop">
                <h2 className="utrecht-heading-2" id="opv-al-kop">
                  Al begonnen
                </h2>
                <ul className="utrecht-unordered-list">
                  {o.opvolgers.map((x) => (
                    <li key={x.id} className="utrecht-unordered-list__item">
                      <Link to={`${pad(x.id)}/terugblik`}>{x.naam}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        )}
      </Laden>
      {magStarten ? (
        <StartFormulier />
      ) : (
        <p className="utrecht-paragraph">
          {werkruimte.soort === 'ivp' ? 'Alleen de coördinator begint het volgende plan.' : 'Alleen een IVP krijgt een opvolger; een project loopt binnen een IVP.'}
        </p>
      )}
    </>
  );
}

function StartFormulier() {
  const { werkruimte } = useWerkruimte();
  const schrijf = useSchrijf();
  const navigate = useNavigate();
  const van = (werkruimte.periodeEinde ?? new Date().getFullYear()) + 1;
  const [waarden, setWaarden] = useState({ naam: `Integraal Veiligheidsplan ${werkruimte.gemeentenaam} ${van}-${van + 3}`, van: String(van), tot: String(van + 3) });
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    const eigen: Record<string, string> = {};
    const jaar = (s: string) => /^\d{4}$/.test(s.trim());
    if (waarden.naam.trim().length < 3) eigen.naam = 'Geef het nieuwe plan een naam van minstens 3 tekens.';
    if (!jaar(waarden.van)) eigen.periodeStart = `Vul het eerste jaar in, bijvoorbeeld ${van}.`;
    if (!jaar(waarden.tot)) eigen.periodeEinde = `Vul het laatste jaar in, bijvoorbeeld ${van + 3}.`;
    else if (jaar(waarden.van) && Number(waarden.tot) < Number(waarden.van)) eigen.periodeEinde = 'Het laatste jaar ligt voor het eerste jaar.';
    setFouten(eigen);
    if (Object.keys(eigen).length > 0) return;
    setBezig(true);
    const r = await schrijf<{ id: string }>('POST', `${pad(werkruimte.id)}/opvolger`, { body: { naam: waarden.naam.trim(), periodeStart: Number(waarden.van), periodeEinde: Number(waarden.tot) } });
    setBezig(false);
    if (r.ok) {
      void navigate(`${pad(r.data.id)}/terugblik`);
      return;
    }
    if (r.status === 400 && r.probleem.invalidParams?.length) return setFouten(veldfouten(r.probleem));
    setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  const samenvatting: Veldmelding[] = Object.entries(fouten).map(([naam, m]) => ({ id: veldIds[naam]?.id ?? 'opv-naam', veld: veldIds[naam]?.veld ?? naam, melding: m }));
  return (
    <section className="kp-wr-sectie" aria-labelledby="opv-start-kop">
      <h2 className="utrecht-heading-2" id="opv-start-kop">
        Het volgende plan beginnen
      </h2>
      <p className="utrecht-paragraph">U wordt coördinator van de nieuwe werkruimte. Nodig daarna de werkgroep uit; dit plan blijft zoals het is.</p>
      <div className="kp-smal">
        <Foutsamenvatting fouten={samenvatting} />
        <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby="opv-start-kop">
          <Tekstveld id="opv-naam" label="Naam van het nieuwe plan" waarde={waarden.naam} onWaarde={(naam) => setWaarden((w) => ({ ...w, naam }))} fout={fouten.naam} autoComplete="off" />
          <fieldset className="kp-fieldset">
            <legend>Planperiode</legend>
            <div className="kp-inline-velden">
              <Tekstveld id="opv-van" label="Van (jaar)" inputMode="numeric" maxLength={4} waarde={waarden.van} onWaarde={(v) => setWaarden((w) => ({ ...w, van: v }))} fout={fouten.periodeStart} autoComplete="off" />
              <Tekstveld id="opv-tot" label="Tot en met (jaar)" inputMode="numeric" maxLength={4} waarde={waarden.tot} onWaarde={(t) => setWaarden((w) => ({ ...w, tot: t }))} fout={fouten.periodeEinde} autoComplete="off" />
            </div>
          </fieldset>
          <div className="kp-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
              Nieuw plan beginnen
            </button>
          </div>
        </form>
        <Meldingregel melding={melding} />
      </div>
    </section>
  );
}

type TerugblikAntwoord = DeelAntwoord<Terugblik> & { vervallen: string[]; voorgangerLeesbaar: boolean };

function Indicatortabel({ titel, indicatoren }: { titel: string; indicatoren: TerugblikIndicator[] }) {
  if (indicatoren.length === 0) return <p className="utrecht-paragraph kp-muted">Geen effectindicatoren.</p>;
  return (
    <Tabelkader label={`Indicatoren: ${titel}`}>
      <table className="kp-table">
        <caption className="kp-visually-hidden">Wat de indicatoren bereikten: {titel}</caption>
        <thead>
          <tr>
            {indicatorKolommen.map((k) => (
              <th key={k} scope="col">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicatoren.map((i) => {
            const [naam, ...rest] = indicatorRij(i);
            return (
              <tr key={i.id}>
                <th scope="row">
                  {naam}
                  {i.vertrouwelijk ? (
                    <>
                      {' '}
                      <span className="kp-tag kp-tag--vertrouwelijk">Vertrouwelijk</span>
                    </>
                  ) : null}
                </th>
                {rest.map((cel, n) => (
                  <td key={n}>{cel}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Tabelkader>
  );
}

/** /werkruimtes/:id/terugblik: the look-back on the previous plan, with the reasons for dropped priorities. */
export function TerugblikPage() {
  const { werkruimte, lid } = useWerkruimte();
  usePaginatitel(`Terugblik – ${werkruimte.naam}`);
  const basis = pad(werkruimte.id);
  const deel = useDeel<Terugblik>(`${basis}/terugblik`);
  const magSchrijven = mag(lid, 'cyclus.bewerken');
  const data = deel.bron.toestand.status === 'klaar' ? (deel.bron.toestand.data as TerugblikAntwoord) : null;

  const bewaar = async (e: FormEvent) => {
    e.preventDefault();
    if (!deel.huidig) return;
    // Only the reasons go to the server; what the old plan achieved stays as it was.
    await deel.opslaan({ vervallenPrioriteiten: deel.huidig.inhoud.vervallenPrioriteiten });
  };

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Terugblik' }]} />
      <h1 className="utrecht-heading-1">Terugblik op het vorige plan</h1>
      <CyclusNavigatie huidig="opvolger" />
      <Laden toestand={deel.bron.toestand}>
        {() => {
          const t = deel.huidig!.inhoud;
          const vervallen = new Set(data?.vervallen ?? []);
          return (
            <>
              <p className="utrecht-paragraph">
                Dit plan volgt op{' '}
                {data?.voorgangerLeesbaar ? <Link to={pad(t.voorganger.id)}>{t.voorganger.naam}</Link> : <strong>{t.voorganger.naam}</strong>}
                {t.voorganger.periode ? ` (${t.voorganger.periode})` : ''}. De nieuwe veiligheidsanalyse kijkt hiermee terug op wat bereikt is; de indicatoren staan al in
                dit plan, met de laatste meting als nieuwe referentie. <Link to={`${basis}/indicatoren`}>Naar de indicatoren</Link>.
              </p>
              {vervallen.size === 0 ? (
                <p className="utrecht-paragraph kp-note">
                  {data && Object.keys(t.vervallenPrioriteiten).length === 0
                    ? 'Zodra het nieuwe plan prioriteiten heeft, ziet u hier welke prioriteiten van het vorige plan niet terugkomen. Schrijf daarbij waarom; de plancheck vraagt erom.'
                    : 'Alle prioriteiten van het vorige plan komen terug, of er staat bij waarom niet.'}
                </p>
              ) : null}
              <VerouderdMelding zichtbaar={deel.verouderd} onLaad={() => void deel.laadNieuweStand()} />
              <form onSubmit={(e) => void bewaar(e)} noValidate aria-label="Redenen voor vervallen prioriteiten">
                {t.prioriteiten.map((p) => {
                  const valt = vervallen.has(p.id);
                  const reden = t.vervallenPrioriteiten[p.id] ?? '';
                  const kop = `tb-kop-${p.id}`;
                  return (
                    <section key={p.id} className="kp-wr-sectie" aria-labelledby={kop}>
                      <h2 className="utrecht-heading-2" id={kop}>
                        {p.titel}
                      </h2>
                      {p.themaIds.length > 0 ? (
                        <ul className="kp-tags" aria-label={`Thema's van ${p.titel}`}>
                          {p.themaIds.map((id) => (
                            <li key={id} className="kp-tag">
                              {id} {vindThema(id)?.naam ?? ''}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      {p.doel ? <p className="utrecht-paragraph">Doel: {p.doel}</p> : null}
                      <h3 className="utrecht-heading-3">Wat de indicatoren bereikten</h3>
                      <Indicatortabel titel={p.titel} indicatoren={p.indicatoren} />
                      <h3 className="utrecht-heading-3">Hoe de maatregelen afliepen</h3>
                      {p.maatregelen.length === 0 ? (
                        <p className="utrecht-paragraph kp-muted">Geen maatregelen.</p>
                      ) : (
                        <Tabelkader label={`Maatregelen: ${p.titel}`}>
                          <table className="kp-table">
                            <caption className="kp-visually-hidden">Hoe de maatregelen afliepen: {p.titel}</caption>
                            <thead>
                              <tr>
                                {maatregelKolommen.map((k) => (
                                  <th key={k} scope="col">
                                    {k}
                                  </th>
                                ))}
                              </tr>
                            </thead>
                            <tbody>
                              {p.maatregelen.map((m) => {
                                const [naam, ...rest] = maatregelRij(m);
                                return (
                                  <tr key={m.id}>
                                    <th scope="row">{naam}</th>
                                    {rest.map((cel, n) => (
                                      <td key={n}>{cel}</td>
                                    ))}
                                  </tr>
                                );
                              })}
                            </tbody>
                          </table>
                        </Tabelkader>
                      )}
                      {valt || reden ? (
                        <div id={`vervallen-${p.id}`} tabIndex={-1}>
                          {valt && !reden.trim() ? (
                            <p className="kp-bevinding">
                              <strong>Komt niet terug:</strong> geen van de thema&apos;s van deze prioriteit staat onder een nieuwe prioriteit. Schrijf waarom.
                            </p>
                          ) : null}
                          {magSchrijven ? (
                            <div className="utrecht-form-field kp-field">
                              <label className="utrecht-form-label" htmlFor={`tb-reden-${p.id}`}>
                                Waarom komt ‘{p.titel}’ niet terug?
                              </label>
                              <textarea
                                id={`tb-reden-${p.id}`}
                                className="utrecht-textarea kp-textarea-kort"
                                rows={3}
                                value={reden}
                                aria-invalid={deel.fouten[`vervallenPrioriteiten.${p.id}`] ? true : undefined}
                                onChange={(e) => {
                                  const tekst = e.target.value;
                                  deel.wijzig((oud) => ({ ...oud, vervallenPrioriteiten: { ...oud.vervallenPrioriteiten, [p.id]: tekst } }));
                                }}
                              />
                            </div>
                          ) : reden ? (
                            <p className="utrecht-paragraph">Waarom deze prioriteit niet terugkomt: {reden}</p>
                          ) : null}
                        </div>
                      ) : null}
                    </section>
                  );
                })}
                {magSchrijven && (vervallen.size > 0 || Object.keys(t.vervallenPrioriteiten).length > 0) ? (
                  <div className="kp-actions">
                    <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={deel.bezig || !deel.gewijzigd}>
                      Redenen opslaan
                    </button>
                  </div>
                ) : null}
              </form>
              <Meldingregel melding={deel.melding} />
              {t.overigeIndicatoren.length > 0 ? (
                <section className="kp-wr-sectie" aria-labelledby="tb-overig-kop">
                  <h2 className="utrecht-heading-2" id="tb-overig-kop">
                    Strategische doelstelling en overige thema&apos;s
                  </h2>
                  <Indicatortabel titel="strategische doelstelling en overige thema's" indicatoren={t.overigeIndicatoren} />
                </section>
              ) : null}
              <section className="kp-wr-sectie" aria-labelledby="tb-rapport-kop">
                <h2 className="utrecht-heading-2" id="tb-rapport-kop">
                  {t.jaarbeeld ? t.jaarbeeld.titel : 'Laatste rapportage'}
                </h2>
                {t.jaarbeeld ? (
                  t.jaarbeeld.samenvatting.split(/\n{2,}/).map((alinea, n) => (
                    <p key={n} className="utrecht-paragraph">
                      {alinea}
                    </p>
                  ))
                ) : (
                  <p className="utrecht-paragraph kp-muted">Het vorige plan had geen jaarbeeld of voortgangsrapportage.</p>
                )}
              </section>
              <section className="kp-wr-sectie" aria-labelledby="tb-evaluatie-kop">
                <h2 className="utrecht-heading-2" id="tb-evaluatie-kop">
                  {t.evaluatie ? t.evaluatie.titel : 'Evaluatie'}
                </h2>
                {t.evaluatie ? (
                  <Tabelkader label={t.evaluatie.titel}>
                    <table className="kp-table">
                      <caption className="kp-visually-hidden">Bevindingen van de evaluatie</caption>
                      <thead>
                        <tr>
                          <th scope="col">Norm</th>
                          <th scope="col">Oordeel</th>
                          <th scope="col">Toelichting</th>
                        </tr>
                      </thead>
                      <tbody>
                        {t.evaluatie.bevindingen.map((b, n) => (
                          <tr key={n}>
                            <th scope="row">{b.norm}</th>
                            <td>{b.oordeel}</td>
                            <td>{b.toelichting}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </Tabelkader>
                ) : (
                  <p className="utrecht-paragraph kp-muted">Van het vorige plan is geen definitieve evaluatie vastgelegd; deze terugblik neemt haar plaats in.</p>
                )}
              </section>
            </>
          );
        }}
      </Laden>
    </>
  );
}
