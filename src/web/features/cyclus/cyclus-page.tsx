import { Link } from 'react-router';
import { type Proces, type StapStatus, stapStatusNamen, type Stapvoortgang } from '../../../domain/cyclus/inhoud.ts';
import { stappen, type TijdlijnRegel } from '../../../domain/cyclus/methode.ts';
import { herplan } from '../../../domain/cyclus/stapstand.ts';
import { datumTekst, type RaadsperiodeOverzicht } from '../../../domain/cyclus/raadsperiode.ts';
import { useState } from 'react';
import type { Bevinding } from '../../../domain/cyclus/plancheck.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Meldingregel, Tabelkader, Tekstveld } from '../../shared/formulier.tsx';
import { useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { Bevindingen, CyclusNavigatie, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';

interface Overzicht {
  /** The process as shown: steps follow the work unless the coordinator set them (`werk`: what the work says). */
  proces: { tijdlijn: TijdlijnRegel[]; inhoud: Proces; werk: Record<number, StapStatus> };
  analyse: { ingevuld: number; themas: number };
  prioriteiten: { id: string; titel: string }[];
  overigeThemaIds: string[];
  uitvoeringsplanJaren: number[];
  bevindingen: Bevinding[];
  /** The council term (IVP only): elections, coalition agreement, warnings about the planning. */
  raadsperiode?: (RaadsperiodeOverzicht & { ivpVastgesteld: boolean }) | null;
}

const datumLabels = { geplandStart: 'Gepland begin', geplandEinde: 'Gepland einde', werkelijkStart: 'Werkelijk begin', werkelijkEinde: 'Werkelijk einde' } as const;
const statusNamen = stapStatusNamen;
const datum = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const d = (iso: string | null) => (iso ? datum.format(new Date(`${iso}T00:00:00Z`)) : '—');
const weken = (n: number | null) => (n === null ? '—' : `${String(n).replace('.', ',')} wk`);

export function CyclusPage() {
  const { werkruimte, lid } = useWerkruimte();
  usePaginatitel(`Beleidscyclus – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const overzicht = useBron<Overzicht>(`${basis}/cyclus`);
  const proces = useDeel<Proces>(`${basis}/proces`);
  const magBeheren = mag(lid, 'proces.beheren');
  useLiveBericht((b) => {
    if (b.type === 'werkruimte' || b.type === 'sectie') void overzicht.vernieuw();
  });

  // Setting a step's state by hand overrides what the work says; "Volgt het werk" gives it back.
  const zetStatus = (stap: number, status: StapStatus | 'werk') =>
    proces.wijzig((p) => ({ ...p, stappen: p.stappen.map((s) => (s.stap !== stap ? s : status === 'werk' ? { ...s, handmatig: false } : { ...s, status, handmatig: true })) }));
  const vandaag = new Date().toISOString().slice(0, 10);
  const [raad, setRaad] = useState<string | null>(null);

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Beleidscyclus' }]} />
      <h1 className="utrecht-heading-1">Beleidscyclus</h1>
      <CyclusNavigatie huidig="cyclus" />
      <Laden toestand={overzicht.toestand}>
        {(o) => (
          <>
            <section className="kp-section" aria-labelledby="plancheck-kop">
              <h2 className="utrecht-heading-2" id="plancheck-kop">
                Plancheck
              </h2>
              <Bevindingen bevindingen={o.bevindingen} basis={basis} />
            </section>
            <section className="kp-section" aria-labelledby="stand-kop">
              <h2 className="utrecht-heading-2" id="stand-kop">
                Stand van zaken
              </h2>
              <ul className="utrecht-unordered-list">
                <li className="utrecht-unordered-list__item">
                  Analyse: {o.analyse.ingevuld} van de {o.analyse.themas} thema's ingevuld. <Link className="utrecht-link" to={basis}>Naar de analyse</Link>
                </li>
                <li className="utrecht-unordered-list__item">
                  Prioriteiten: {o.prioriteiten.length === 0 ? 'nog niet gekozen' : o.prioriteiten.map((p) => p.titel).join('; ')}. <Link className="utrecht-link" to={`${basis}/prioriteiten`}>Naar de prioriteiten</Link>
                </li>
                <li className="utrecht-unordered-list__item">Overige strategische thema's: {o.overigeThemaIds.length}.</li>
                <li className="utrecht-unordered-list__item">
                  Uitvoeringsplannen: {o.uitvoeringsplanJaren.length === 0 ? 'nog geen' : o.uitvoeringsplanJaren.join(', ')}. <Link className="utrecht-link" to={`${basis}/uitvoeringsplan`}>Naar het uitvoeringsplan</Link>
                </li>
              </ul>
            </section>
            {o.raadsperiode ? <Raadsperiode r={o.raadsperiode} basis={basis} periode={{ van: werkruimte.periodeStart, tot: werkruimte.periodeEinde }} magInstellen={mag(lid, 'werkruimte.wijzigen')} /> : null}
            <section className="kp-section" aria-labelledby="stappen-kop">
              <h2 className="utrecht-heading-2" id="stappen-kop">
                De zes stappen: gepland en werkelijk
              </h2>
              <VerouderdMelding zichtbaar={proces.verouderd} onLaad={() => void proces.laadNieuweStand()} />
              <Tabelkader label="Stappen">
                <table className="utrecht-table kp-table">
                  <caption className="kp-visually-hidden">Stappen met status, planning en doorlooptijd</caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      {['Stap', 'Status', 'Eigenaar', 'Gepland', 'Werkelijk', 'Doorlooptijd methode', 'Gepland / werkelijk', 'Afwijking'].map((k) => (
                        <th key={k} scope="col" className="utrecht-table__header-cell">
                          {k}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {stappen.map((stap) => {
                      const s = proces.huidig?.inhoud.stappen.find((x) => x.stap === stap.nummer);
                      const getoond = s?.handmatig ? s : o.proces.inhoud.stappen.find((x) => x.stap === stap.nummer);
                      const werk = o.proces.werk[stap.nummer];
                      const t = o.proces.tijdlijn.find((x) => x.stap === stap.nummer);
                      return (
                        <tr key={stap.nummer} className="utrecht-table__row">
                          <th scope="row" className="utrecht-table__header-cell">
                            {stap.nummer} {stap.naam}
                          </th>
                          <td className="utrecht-table__cell">
                            {s && magBeheren ? (
                              <select
                                aria-label={`Status van stap ${stap.nummer}`}
                                aria-describedby={`stap-${stap.nummer}-bron`}
                                className="utrecht-select"
                                value={s.handmatig ? s.status : 'werk'}
                                onChange={(e) => zetStatus(stap.nummer, e.target.value as StapStatus | 'werk')}
                              >
                                <option value="werk">Volgt het werk ({statusNamen[werk ?? 'niet-gestart'].toLowerCase()})</option>
                                {(['niet-gestart', 'bezig', 'afgerond'] as const).map((m) => (
                                  <option key={m} value={m}>
                                    {statusNamen[m]}
                                  </option>
                                ))}
                              </select>
                            ) : getoond ? (
                              statusNamen[getoond.status]
                            ) : (
                              '—'
                            )}
                            <span className="kp-klein kp-muted" id={`stap-${stap.nummer}-bron`}>
                              {' '}
                              {s?.handmatig ? 'Zelf ingesteld.' : 'Volgt het werk.'}
                            </span>
                            {t?.teLaat ? <span className="kp-tag kp-tag--aandacht">Over de planning</span> : null}
                          </td>
                          <td className="utrecht-table__cell">{s?.eigenaar || '—'}</td>
                          <td className="utrecht-table__cell">
                            {d(s?.geplandStart ?? null)} – {d(s?.geplandEinde ?? null)}
                          </td>
                          <td className="utrecht-table__cell">
                            {d(s?.werkelijkStart ?? null)} – {d(s?.werkelijkEinde ?? null)}
                          </td>
                          <td className="utrecht-table__cell">
                            {stap.doorlooptijdWeken ? `${stap.doorlooptijdWeken.min}${stap.doorlooptijdWeken.max !== stap.doorlooptijdWeken.min ? `-${stap.doorlooptijdWeken.max}` : ''} weken` : 'doorlopend'}
                          </td>
                          <td className="utrecht-table__cell">
                            {weken(t?.geplandWeken ?? null)} / {weken(t?.werkelijkWeken ?? null)}
                          </td>
                          <td className="utrecht-table__cell">{t?.afwijkingWeken === null || t?.afwijkingWeken === undefined ? '—' : `${t.afwijkingWeken > 0 ? '+' : ''}${weken(t.afwijkingWeken)}`}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </Tabelkader>
              {proces.huidig ? (
                <div className="kp-stapdetails">
                  {stappen.map((stap) => {
                    const s = proces.huidig!.inhoud.stappen.find((x) => x.stap === stap.nummer);
                    if (!s) return null;
                    const zet = (p: Partial<Stapvoortgang>) => proces.wijzig((oud) => ({ stappen: oud.stappen.map((x) => (x.stap === stap.nummer ? { ...x, ...p } : x)) }));
                    const klaar = stap.deelstappen.filter((d) => s.deelstappen[d.id] === 'afgerond').length;
                    return (
                      <details key={stap.nummer} className="kp-details">
                        <summary>
                          Stap {stap.nummer} {stap.naam}: {klaar} van {stap.deelstappen.length} deelstappen afgerond
                          {stap.dagenCoordinator ? `, inschatting ${s.geschatteDagen ?? '?'} dagen (methode ${stap.dagenCoordinator.min}${stap.dagenCoordinator.max !== stap.dagenCoordinator.min ? `-${stap.dagenCoordinator.max}` : ''})` : ''}
                        </summary>
                        <p className="utrecht-paragraph kp-klein">{stap.resultaat}</p>
                        <div className="kp-inline-velden">
                          <Tekstveld id={`stap-${stap.nummer}-eigenaar`} label="Eigenaar" waarde={s.eigenaar} onWaarde={(eigenaar) => zet({ eigenaar })} readOnly={!magBeheren} />
                          <Tekstveld
                            id={`stap-${stap.nummer}-dagen`}
                            label="Geschatte dagen werk"
                            inputMode="numeric"
                            waarde={s.geschatteDagen === null ? '' : String(s.geschatteDagen)}
                            onWaarde={(v) => zet({ geschatteDagen: v.trim() === '' || Number.isNaN(Number(v)) ? null : Number(v) })}
                            readOnly={!magBeheren}
                          />
                          {(['geplandStart', 'geplandEinde', 'werkelijkStart', 'werkelijkEinde'] as const).map((veld) => (
                            <div className="utrecht-form-field kp-field" key={veld}>
                              <label className="utrecht-form-label" htmlFor={`stap-${stap.nummer}-${veld}`}>
                                {datumLabels[veld]}
                              </label>
                              <input
                                id={`stap-${stap.nummer}-${veld}`}
                                type="date"
                                className="utrecht-textbox"
                                value={s[veld] ?? ''}
                                readOnly={!magBeheren}
                                onChange={(e) => zet({ [veld]: e.target.value || null })}
                              />
                            </div>
                          ))}
                        </div>
                        <fieldset className="kp-fieldset">
                          <legend className="utrecht-form-label">Deelstappen van stap {stap.nummer}</legend>
                          {stap.deelstappen.map((d) => (
                            <div className="utrecht-form-field kp-field kp-deelstap" key={d.id}>
                              <label className="utrecht-form-label" htmlFor={`deelstap-${d.id.replace('.', '-')}`}>
                                {d.id} {d.naam}
                                {d.optioneel ? ' (optioneel)' : ''}
                              </label>
                              <select
                                id={`deelstap-${d.id.replace('.', '-')}`}
                                className="utrecht-select"
                                value={s.deelstappen[d.id] ?? 'niet-gestart'}
                                disabled={!magBeheren}
                                onChange={(e) => zet({ deelstappen: { ...s.deelstappen, [d.id]: e.target.value as StapStatus } })}
                              >
                                {(['niet-gestart', 'bezig', 'afgerond'] as const).map((m) => (
                                  <option key={m} value={m}>
                                    {statusNamen[m]}
                                  </option>
                                ))}
                              </select>
                            </div>
                          ))}
                        </fieldset>
                      </details>
                    );
                  })}
                </div>
              ) : null}
              {proces.huidig ? (
                <fieldset className="kp-fieldset">
                  <legend className="utrecht-form-label">Raadsvergadering die het IVP vaststelt</legend>
                  <p className="utrecht-paragraph kp-klein">
                    De planning rekent terug vanaf deze vergadering, met de doorlooptijden van de methode, en begint nooit in het verleden. Stappen
                    die al begonnen zijn houden hun planning.
                  </p>
                  <div className="kp-inline-velden">
                    <div className="utrecht-form-field kp-field">
                      <label className="utrecht-form-label" htmlFor="raadsvergadering">
                        Datum van de raadsvergadering
                      </label>
                      <input
                        id="raadsvergadering"
                        type="date"
                        className="utrecht-textbox"
                        value={raad ?? proces.huidig.inhoud.raadsvergadering ?? ''}
                        readOnly={!magBeheren}
                        onChange={(e) => setRaad(e.target.value)}
                      />
                    </div>
                    {magBeheren ? (
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--secondary-action"
                        disabled={!raad || raad === proces.huidig.inhoud.raadsvergadering}
                        onClick={() => {
                          if (!raad) return;
                          // Steps not yet started per the work get the new planning.
                          proces.wijzig((p) => herplan(p, raad, vandaag, o.proces.werk));
                          setRaad(null);
                        }}
                      >
                        Planning hierop afstemmen
                      </button>
                    ) : null}
                  </div>
                </fieldset>
              ) : null}
              <Meldingregel melding={proces.melding} />
              {magBeheren && proces.gewijzigd ? (
                <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void proces.opslaan().then(() => overzicht.vernieuw())}>
                  Stappen opslaan
                </button>
              ) : null}
            </section>
          </>
        )}
      </Laden>
    </>
  );
}

/**
 * The council term: who sits now, the coming elections (from the Kieswet), the coalition agreement,
 * the council that adopts the IVP with the plan period that fits it, and the warnings about the planning.
 */
function Raadsperiode({ r, basis, periode, magInstellen }: { r: RaadsperiodeOverzicht & { ivpVastgesteld: boolean }; basis: string; periode: { van: number | null; tot: number | null }; magInstellen: boolean }) {
  const advies = r.aangeradenPlanperiode;
  const volgt = advies && periode.van !== null && periode.tot !== null && !r.waarschuwingen.some((w) => w.code === 'planperiode-volgt-raad-niet');
  return (
    <section className="kp-section" id="raadsperiode" aria-labelledby="raadsperiode-kop" tabIndex={-1}>
      <h2 className="utrecht-heading-2" id="raadsperiode-kop">
        Raadsperiode en verkiezingen
      </h2>
      <p className="utrecht-paragraph kp-klein">
        De methode raadt aan het IVP te laten aansluiten op de raad die het vaststelt: het plan loopt mee met de raadsperiode en bouwt voort op het
        coalitieakkoord.
      </p>
      <dl className="kp-meta">
        <div>
          <dt>De huidige raad</dt>
          <dd>
            gekozen op {datumTekst(r.huidig.verkiezing)}, tot {datumTekst(r.huidig.einde)}
          </dd>
        </div>
        <div>
          <dt>Volgende verkiezingen</dt>
          <dd>{r.verkiezingen.map(datumTekst).join('; daarna ')}</dd>
        </div>
        <div>
          <dt>Coalitieakkoord</dt>
          <dd>
            {r.coalitieakkoord ? datumTekst(r.coalitieakkoord) : 'nog niet ingevuld'}
            {magInstellen ? (
              <>
                {' '}
                <Link className="utrecht-link" to={`${basis}/instellingen#raadsperiode`}>
                  Wijzigen<span className="kp-visually-hidden"> (datum van het coalitieakkoord)</span>
                </Link>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Raadsvergadering die het IVP vaststelt</dt>
          <dd>{r.raadsvergadering ? datumTekst(r.raadsvergadering) : 'nog niet gepland'}</dd>
        </div>
        {r.vaststellendeRaad && advies ? (
          <div>
            <dt>Planperiode</dt>
            <dd>
              {periode.van ?? '?'}-{periode.tot ?? '?'}
              {volgt ? ', past bij de raadsperiode' : `; bij de raad van ${r.vaststellendeRaad.verkiezingsjaar} past ${advies.van}-${advies.tot}`}
            </dd>
          </div>
        ) : null}
      </dl>
      {r.waarschuwingen.length > 0 ? (
        <ul className="kp-bevindingen">
          {r.waarschuwingen.map((w) => (
            <li key={w.code} className="kp-bevinding kp-bevinding--waarschuwing">
              <strong>Waarschuwing:</strong> {w.melding}
            </li>
          ))}
        </ul>
      ) : r.ivpVastgesteld ? (
        <p className="utrecht-paragraph">De raad heeft het IVP vastgesteld; de planning van de vaststelling is klaar.</p>
      ) : (
        <div className="kp-success">
          <p className="utrecht-paragraph">De planning past bij de raadsperiode.</p>
        </div>
      )}
    </section>
  );
}
