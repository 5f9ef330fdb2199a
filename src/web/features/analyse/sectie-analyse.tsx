/**
 * The structured part of an analysis section (figures, current approach with measures from the
 * catalogue, possible reinforcement, or plausible priorities for a field), and the knowledge base's
 * hints for the theme or aspect beside it.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Analyse, Cijfer } from '../../../domain/cyclus/inhoud.ts';
import { themas, vindAspect, vindThema } from '../../../domain/kennisbank/kennisbank.ts';
import { methoden } from '../../../domain/methoden/catalogus.ts';
import { type Sectie, veldfouten } from '../../shared/api.ts';
import { useSchrijf } from '../../shared/sessie.tsx';
import { Meldingregel, Tabelkader, Tekstveld, type Melding } from '../../shared/formulier.tsx';
import { SamenTekst } from '../../shared/samen-tekst-lui.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { mag } from '../../../domain/toegang/rollen.ts';
import { metPolitieCijfer, PolitiePaneel } from './politie-paneel.tsx';

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const tijd = () => new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
const leegCijfer = { omschrijving: '', waarde: '', eenheid: 'aantal', periode: '', bron: '' };

export function Kennisbankhints({ sleutel }: { sleutel: string }) {
  const themaId = /^thema-(\d\.\d)$/.exec(sleutel)?.[1];
  const aspectId = /^aspect-(\d)$/.exec(sleutel)?.[1];
  const thema = themaId ? vindThema(themaId) : undefined;
  const aspect = aspectId ? vindAspect(aspectId) : undefined;
  const aanpak = thema?.aanpak ?? aspect;
  if (!thema && !aspect) return null;
  const link = thema ? `/kennisbank/themas/${thema.id}` : `/kennisbank/aspecten/${aspect!.id}`;
  return (
    <aside className="kp-paneel kp-hints" aria-labelledby="hints-kop">
      <h2 className="utrecht-heading-2" id="hints-kop">
        Wat de kennisbank noemt
      </h2>
      {aanpak ? (
        <>
          <h3 className="utrecht-heading-4">Partners</h3>
          <p className="utrecht-paragraph kp-klein">{[...aanpak.partners.intern, ...aanpak.partners.extern].join(', ')}</p>
          <h3 className="utrecht-heading-4">Maatregelen</h3>
          <ul className="utrecht-unordered-list kp-klein">
            {aanpak.maatregelen.slice(0, 8).map((m) => (
              <li key={m.naam} className="utrecht-unordered-list__item">
                {m.naam}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {thema ? (
        <>
          <h3 className="utrecht-heading-4">Effectindicatoren</h3>
          <ul className="utrecht-unordered-list kp-klein">
            {thema.effectindicatoren.slice(0, 8).map((e) => (
              <li key={e.naam} className="utrecht-unordered-list__item">
                {e.naam} ({e.bron}, {e.aard})
              </li>
            ))}
          </ul>
          <h3 className="utrecht-heading-4">Bronnen</h3>
          <p className="utrecht-paragraph kp-klein">{thema.effectinformatie.join('; ')}</p>
          {thema.raakvlakken.length > 0 ? (
            <>
              <h3 className="utrecht-heading-4">Raakvlakken</h3>
              <p className="utrecht-paragraph kp-klein">{thema.raakvlakken.map((r) => `${r} ${vindThema(r)?.naam ?? ''}`).join('; ')}</p>
            </>
          ) : null}
        </>
      ) : null}
      <p className="utrecht-paragraph kp-klein">
        <Link className="utrecht-link" to={link}>
          Alles over {thema ? `thema ${thema.id}` : `aspect 1.${aspect!.id}`} in de kennisbank
        </Link>
      </p>
    </aside>
  );
}

interface Props {
  sectie: Sectie;
  werkruimteId: string;
  onOpgeslagen: (nieuw: Sectie) => void;
}

export function AnalyseFormulier({ sectie, werkruimteId, onOpgeslagen }: Props) {
  const schrijf = useSchrijf();
  const { lid } = useWerkruimte();
  const [concept, setConcept] = useState<Analyse>(sectie.analyse as Analyse);
  const [cijfer, setCijfer] = useState(leegCijfer);
  const [maatregel, setMaatregel] = useState({ naam: '', methodeId: '' });
  const [melding, setMelding] = useState<Melding | null>(null);
  const [rijBezig, setRijBezig] = useState(false);
  const soort = sectie.soort;

  // Every part saves itself: figures, measures and the choice of themes when they change, the texts
  // while typing (written together). What the server has is what the form shows.
  useEffect(() => {
    setConcept(sectie.analyse as Analyse);
  }, [sectie.analyse]);

  if (!soort) return null;
  const metCijfers = soort === 'thema' || soort === 'thema-veld-1' || soort === 'lokaal';
  const metAanpak = soort === 'thema' || soort === 'aspect';
  const politieThema = /^thema-(\d\.\d)$/.exec(sectie.sleutel)?.[1];

  const pad = `/werkruimtes/${encodeURIComponent(werkruimteId)}/secties/${encodeURIComponent(sectie.sleutel)}`;

  /** PATCHes part of the analysis; null when it was not saved (the reason is in the returned message). */
  const verstuur = async (body: Partial<Analyse>): Promise<{ sectie: Sectie } | { melding: Melding; fouten?: Record<string, string>; conflict?: true } | null> => {
    let r = await schrijf<Sectie>('PATCH', pad, { ifMatch: sectie.versie, body: { analyse: body } });
    if (!r.ok && r.status === 412) {
      const huidig = r.probleem.huidig as Sectie | undefined;
      if (huidig) onOpgeslagen(huidig);
      return { conflict: true, melding: { soort: 'fout', tekst: 'Iemand anders heeft deze sectie intussen gewijzigd. Uw invoer staat er nog; sla opnieuw op om hem op de nieuwe versie te bewaren.' } };
    }
    if (!r.ok && r.status === 422 && Array.isArray(r.probleem.vondsten)) {
      if (!window.confirm(`${r.probleem.detail}\n\nToch opslaan?`)) return null;
      r = await schrijf<Sectie>('PATCH', pad, { ifMatch: sectie.versie, body: { analyse: body, persoonsgegevensGecontroleerd: true } });
    }
    if (!r.ok) return { melding: { soort: 'fout', tekst: r.probleem.detail }, fouten: veldfouten(r.probleem) };
    return { sectie: r.data };
  };

  const opgeslagen = sectie.analyse as Analyse;
  const geschiedenis = { lezen: mag(lid, 'geschiedenis.lezen'), herstellen: mag(lid, 'geschiedenis.herstellen') };
  const slaKeuzeOp = (keuze: string[], wat: string) => slaLijstOp({ plausibeleThemas: keuze }, wat);

  /**
   * Saves a change of the figures or measures at once (only that list, on the version the page has),
   * so an added row can never be lost by leaving the page. The texts of the form stay as they are.
   */
  const slaLijstOp = async (lijst: Pick<Partial<Analyse>, 'cijfers' | 'maatregelen' | 'plausibeleThemas'>, wat: string): Promise<boolean> => {
    setRijBezig(true);
    setMelding(null);
    try {
      const r = await verstuur(lijst);
      if (!r) {
        setMelding({ soort: 'info', tekst: `${wat} is niet opgeslagen.` });
        return false;
      }
      if ('melding' in r) {
        setMelding(r.conflict ? { soort: 'fout', tekst: `Iemand anders heeft deze sectie intussen gewijzigd; de nieuwe stand is geladen. ${wat} is niet opgeslagen: probeer het nog eens.` } : r.melding);
        return false;
      }
      const nu = r.sectie.analyse as Analyse;
      setConcept((c) => ({ ...c, cijfers: nu.cijfers, maatregelen: nu.maatregelen, plausibeleThemas: nu.plausibeleThemas }));
      setMelding({ soort: 'ok', tekst: `${wat} is opgeslagen om ${tijd()}. Dit is nu versie ${r.sectie.versie}.` });
      onOpgeslagen(r.sectie);
      return true;
    } finally {
      setRijBezig(false);
    }
  };

  /** A police figure into the section's figures, saved at once; a draft of the form stays a draft. */
  const neemOp = async (nieuw: Cijfer): Promise<Melding> => {
    const r = await verstuur({ cijfers: metPolitieCijfer((sectie.analyse as Analyse).cijfers, nieuw) });
    if (!r) return { soort: 'info', tekst: 'Het cijfer is niet opgenomen.' };
    if ('melding' in r) return r.conflict ? { soort: 'fout', tekst: 'Iemand anders heeft deze sectie intussen gewijzigd; de nieuwe stand is geladen. Kies het cijfer nog eens om het op te nemen.' } : r.melding;
    setConcept((c) => ({ ...c, cijfers: (r.sectie.analyse as Analyse).cijfers }));
    onOpgeslagen(r.sectie);
    return { soort: 'ok', tekst: `Opgenomen in de cijfers en opgeslagen: ${nieuw.omschrijving}, ${nieuw.periode}: ${getal.format(nieuw.waarde)}. Dit is nu versie ${r.sectie.versie}.` };
  };

  const voegCijferToe = async () => {
    const waarde = Number(cijfer.waarde.replace(/\./g, '').replace(',', '.'));
    if (!cijfer.omschrijving.trim() || !cijfer.periode.trim() || !cijfer.bron.trim() || cijfer.waarde.trim() === '' || Number.isNaN(waarde)) {
      setMelding({ soort: 'fout', tekst: 'Geef bij een cijfer de omschrijving, een getal als waarde, het jaar of de periode en de bron.' });
      return;
    }
    const nieuw: Cijfer = { omschrijving: cijfer.omschrijving.trim(), waarde, eenheid: cijfer.eenheid.trim(), periode: cijfer.periode.trim(), bron: cijfer.bron.trim() };
    if (await slaLijstOp({ cijfers: [...opgeslagen.cijfers, nieuw] }, `Het cijfer "${nieuw.omschrijving}"`)) setCijfer(leegCijfer);
  };

  const voegMaatregelToe = async () => {
    const naam = maatregel.naam.trim();
    if (!naam) {
      setMelding({ soort: 'fout', tekst: 'Geef de naam van de maatregel.' });
      return;
    }
    if (await slaLijstOp({ maatregelen: [...opgeslagen.maatregelen, { naam, methodeId: maatregel.methodeId || null }] }, `De maatregel "${naam}"`)) {
      setMaatregel({ naam: '', methodeId: '' });
    }
  };

  return (
    <form className="kp-card" onSubmit={(e) => e.preventDefault()} aria-labelledby="analyse-kop" noValidate>
      <h2 className="utrecht-heading-2" id="analyse-kop">
        {soort === 'veld' ? 'Prioriteiten die in aanmerking komen' : 'Cijfers en aanpak'}
      </h2>
      {metCijfers || metAanpak ? (
        <p className="utrecht-paragraph kp-muted kp-klein">Een cijfer of maatregel wordt opgeslagen zodra u hem toevoegt of verwijdert; de teksten bewaart u met de knop onderaan.</p>
      ) : null}
      {metCijfers ? (
        <section aria-labelledby="cijfers-kop">
          <h3 className="utrecht-heading-3" id="cijfers-kop">
            Cijfers
          </h3>
          {concept.cijfers.length === 0 ? (
            <p className="utrecht-paragraph kp-muted">Nog geen cijfers.</p>
          ) : (
            <Tabelkader label="Cijfers">
              <table className="utrecht-table kp-table">
                <caption className="kp-visually-hidden">Cijfers bij {sectie.titel}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    {['Omschrijving', 'Waarde', 'Eenheid', 'Periode', 'Bron', 'Actie'].map((k) => (
                      <th key={k} scope="col" className="utrecht-table__header-cell">
                        {k}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {concept.cijfers.map((c, i) => (
                    <tr key={i} className="utrecht-table__row">
                      <td className="utrecht-table__cell">{c.omschrijving}</td>
                      <td className="utrecht-table__cell">{getal.format(c.waarde)}</td>
                      <td className="utrecht-table__cell">{c.eenheid}</td>
                      <td className="utrecht-table__cell">{c.periode}</td>
                      <td className="utrecht-table__cell">{c.bron}</td>
                      <td className="utrecht-table__cell">
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--secondary-action kp-button-klein"
                          disabled={rijBezig}
                          onClick={() => void slaLijstOp({ cijfers: opgeslagen.cijfers.filter((_, j) => j !== i) }, `Het verwijderen van "${c.omschrijving}"`)}
                        >
                          Verwijderen<span className="kp-visually-hidden"> ({c.omschrijving})</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Tabelkader>
          )}
          <div className="kp-inline-velden">
            <Tekstveld id="cijfer-omschrijving" label="Omschrijving" waarde={cijfer.omschrijving} onWaarde={(v) => setCijfer({ ...cijfer, omschrijving: v })} />
            <Tekstveld id="cijfer-waarde" label="Waarde" inputMode="decimal" waarde={cijfer.waarde} onWaarde={(v) => setCijfer({ ...cijfer, waarde: v })} />
            <Tekstveld id="cijfer-eenheid" label="Eenheid" waarde={cijfer.eenheid} onWaarde={(v) => setCijfer({ ...cijfer, eenheid: v })} />
            <Tekstveld id="cijfer-periode" label="Jaar of periode" waarde={cijfer.periode} onWaarde={(v) => setCijfer({ ...cijfer, periode: v })} />
            <Tekstveld id="cijfer-bron" label="Bron" waarde={cijfer.bron} onWaarde={(v) => setCijfer({ ...cijfer, bron: v })} />
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={rijBezig} onClick={() => void voegCijferToe()}>
              Cijfer toevoegen
            </button>
          </div>
        </section>
      ) : null}
      {metCijfers && politieThema ? <PolitiePaneel themaId={politieThema} cijfers={concept.cijfers} onNeemOp={neemOp} /> : null}
      {soort === 'thema' ? (
        <SamenTekst werkruimteId={werkruimteId} sleutel={`sectie.${sectie.sleutel}.huidigeAanpak`} label="Huidige aanpak" uitleg="Wat gemeente en partners nu al doen aan dit thema." geschiedenis={geschiedenis} />
      ) : null}
      {metAanpak ? (
        <section aria-labelledby="maatregelen-kop">
          <h3 className="utrecht-heading-3" id="maatregelen-kop">
            Maatregelen die nu lopen
          </h3>
          {concept.maatregelen.length === 0 ? <p className="utrecht-paragraph kp-muted">Nog geen maatregelen.</p> : null}
          <ul className="utrecht-unordered-list">
            {concept.maatregelen.map((m, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                {m.naam}
                {m.methodeId ? (
                  <>
                    {' '}
                    (<Link className="utrecht-link" to={`/methoden/${m.methodeId}`}>methode</Link>)
                  </>
                ) : null}{' '}
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action kp-button-klein"
                  disabled={rijBezig}
                  onClick={() => void slaLijstOp({ maatregelen: opgeslagen.maatregelen.filter((_, j) => j !== i) }, `Het verwijderen van "${m.naam}"`)}
                >
                  Verwijderen<span className="kp-visually-hidden"> ({m.naam})</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="kp-inline-velden">
            <Tekstveld id="maatregel-naam-analyse" label="Maatregel" waarde={maatregel.naam} onWaarde={(naam) => setMaatregel({ ...maatregel, naam })} />
            <div className="utrecht-form-field kp-field">
              <label className="utrecht-form-label" htmlFor="maatregel-methode">
                Methode uit de catalogus (optioneel)
              </label>
              <select
                id="maatregel-methode"
                className="utrecht-select"
                value={maatregel.methodeId}
                onChange={(e) => {
                  const m = methoden.find((x) => x.id === e.target.value);
                  setMaatregel({ naam: maatregel.naam || m?.naam || '', methodeId: e.target.value });
                }}
              >
                <option value="">Geen</option>
                {methoden.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.naam}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={rijBezig} onClick={() => void voegMaatregelToe()}>
              Maatregel toevoegen
            </button>
          </div>
          <SamenTekst werkruimteId={werkruimteId} sleutel={`sectie.${sectie.sleutel}.extra`} label="Mogelijke versterking van het beleid" kort geschiedenis={geschiedenis} />
        </section>
      ) : null}
      {soort === 'veld' ? (
        <fieldset className="kp-fieldset">
          <legend className="utrecht-form-label">Thema's die als prioriteit in aanmerking komen</legend>
          {themas.map((t) => (
            <div className="kp-check" key={t.id}>
              <input
                type="checkbox"
                id={`plausibel-${t.id}`}
                checked={concept.plausibeleThemas.includes(t.id)}
                disabled={rijBezig}
                onChange={(e) => {
                  // Saved at once, like the figures and measures: nothing to forget.
                  const keuze = e.target.checked ? [...opgeslagen.plausibeleThemas, t.id] : opgeslagen.plausibeleThemas.filter((x) => x !== t.id);
                  setConcept((c) => ({ ...c, plausibeleThemas: keuze }));
                  void slaKeuzeOp(keuze, `De keuze van thema ${t.id}`);
                }}
              />
              <label htmlFor={`plausibel-${t.id}`}>
                {t.id} {t.naam}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <Meldingregel melding={melding} />
    </form>
  );
}
