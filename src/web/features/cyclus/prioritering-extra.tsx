/**
 * Step 3 besides the priorities: the compact theme picker (for a priority and for a group), grouping
 * the other strategic themes, and the record of the prioritisation session.
 */
import { Fragment, type ReactNode, useEffect, useState } from 'react';
import type { OverigeGroep, Prioriteringssessie } from '../../../domain/cyclus/inhoud.ts';
import { sessieOrganen } from '../../../domain/cyclus/inhoud.ts';
import { themas, velden } from '../../../domain/kennisbank/kennisbank.ts';
import { Meldingregel, Tekstveld } from '../../shared/formulier.tsx';
import { Tekstvak, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';

export interface ThemaKiezerProps {
  /** Start of the ids of this picker, e.g. `prioriteit-0`. */
  idPrefix: string;
  /** The id of a theme's checkbox (the browser tests use them). */
  checkboxId: (themaId: string) => string;
  /** What the themes belong to, in a sentence: `prioriteit 2`, `groep 1`. */
  wat: string;
  /** The themes that can be chosen, in any order (shown per veld in the order of the kennisbank). */
  keuze: readonly string[];
  themaIds: string[];
  /** Themes chosen elsewhere: they cannot be chosen here as well. */
  elders: Set<string>;
  eldersTekst: string;
  magBewerken: boolean;
  fout: string | undefined;
  onThemaIds: (themaIds: string[]) => void;
}

/** A theme's name with a line break allowed after each slash ("Georganiseerde/ondermijnende"), for a narrow chip. */
function breekbaar(naam: string): ReactNode[] {
  return naam.split('/').flatMap((deel, i) => (i === 0 ? [deel] : [<Fragment key={i}>/<wbr /></Fragment>, deel]));
}

/**
 * Themes to choose, compact: the chosen ones as chips with a remove button, and one disclosure with
 * the themes grouped per veld (a fieldset each). The disclosure starts open only when nothing is chosen
 * yet (a new priority or group), so a plan that is filled in stays short.
 */
export function ThemaKiezer({ idPrefix, checkboxId, wat, keuze, themaIds, elders, eldersTekst, magBewerken, fout, onThemaIds }: ThemaKiezerProps) {
  const [open, setOpen] = useState(magBewerken && themaIds.length === 0);
  // After removing a chip the focus goes to the next chip (or the previous, or the disclosure), not to the page.
  const [focusNaar, setFocusNaar] = useState<string | null>(null);
  useEffect(() => {
    if (!focusNaar) return;
    document.getElementById(focusNaar)?.focus();
    setFocusNaar(null);
  }, [focusNaar]);

  const gekozen = themas.filter((t) => themaIds.includes(t.id));
  const kiesbaar = themas.filter((t) => keuze.includes(t.id));
  const foutId = `${idPrefix}-themas-fout`;
  const kiezenId = `${idPrefix}-themas-kiezen`;
  const wegId = (id: string) => `${idPrefix}-thema-${id.replace('.', '-')}-verwijderen`;

  const verwijder = (id: string) => {
    const plek = gekozen.findIndex((t) => t.id === id);
    const buur = gekozen[plek + 1] ?? gekozen[plek - 1];
    setFocusNaar(buur ? wegId(buur.id) : magBewerken && kiesbaar.length > 0 ? kiezenId : null);
    onThemaIds(themaIds.filter((x) => x !== id));
  };

  return (
    <fieldset className="kp-fieldset kp-themakiezer" aria-describedby={fout ? foutId : undefined}>
      <legend className="utrecht-form-label">Thema's van {wat}</legend>
      {fout ? (
        <p className="kp-field__fout" id={foutId}>
          {fout}
        </p>
      ) : null}
      {gekozen.length > 0 ? (
        <ul className="kp-chips" aria-label={`Gekozen thema's van ${wat}`}>
          {gekozen.map((t) => (
            <li key={t.id} className={magBewerken ? 'kp-chip' : 'kp-chip kp-chip--alleen-lezen'}>
              <span className="kp-chip__tekst">
                {t.id} {breekbaar(t.naam)}
              </span>
              {magBewerken ? (
                <button type="button" id={wegId(t.id)} className="kp-chip__weg" aria-label={`Thema ${t.id} ${t.naam} verwijderen uit ${wat}`} title="Verwijderen" onClick={() => verwijder(t.id)}>
                  <span aria-hidden="true">×</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph kp-muted kp-klein">Nog geen thema gekozen.</p>
      )}
      {magBewerken && kiesbaar.length > 0 ? (
        <details className="kp-themakiezer__keuze" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary id={kiezenId}>
            {gekozen.length > 0 ? 'Thema toevoegen of weghalen' : 'Thema kiezen'}
            <span className="kp-visually-hidden"> voor {wat}</span>
          </summary>
          <div className="kp-themakiezer__velden">
            {velden.map((v) => {
              const vanVeld = kiesbaar.filter((t) => t.veld === v.nummer);
              if (vanVeld.length === 0) return null;
              return (
                <fieldset key={v.nummer} className="kp-themakiezer__veld">
                  <legend>
                    {v.nummer} {v.naam}
                  </legend>
                  {vanVeld.map((t) => {
                    const hier = themaIds.includes(t.id);
                    return (
                      <div className="kp-check" key={t.id}>
                        <input
                          type="checkbox"
                          id={checkboxId(t.id)}
                          checked={hier}
                          disabled={elders.has(t.id) && !hier}
                          onChange={(e) => onThemaIds(e.target.checked ? [...themaIds, t.id] : themaIds.filter((x) => x !== t.id))}
                        />
                        <label htmlFor={checkboxId(t.id)}>
                          {t.id} {t.naam}
                          {elders.has(t.id) ? <span className="kp-muted"> ({eldersTekst})</span> : null}
                        </label>
                      </div>
                    );
                  })}
                </fieldset>
              );
            })}
          </div>
        </details>
      ) : null}
    </fieldset>
  );
}

const orgaanNamen: Record<Prioriteringssessie['orgaan'], string> = { raadscommissie: 'Raad of raadscommissie', college: 'College', gemengd: 'Gemengd ambtelijk en bestuurlijk' };

export function OverigeThemas({ basis, overigeThemaIds, magBewerken }: { basis: string; overigeThemaIds: string[]; magBewerken: boolean }) {
  const deel = useDeel<OverigeGroep[]>(`${basis}/overige-themas`);
  const [naam, setNaam] = useState('');
  const groepen = deel.huidig?.inhoud ?? [];
  return (
    <section className="kp-section" aria-labelledby="overig-kop">
      <h2 className="utrecht-heading-2" id="overig-kop">
        Overige strategische thema's
      </h2>
      <p className="utrecht-paragraph">
        De geanalyseerde thema's die geen prioriteit zijn. Deel ze in groepen met een naam in; die groepen worden de paragrafen van hoofdstuk 5 van het IVP.
      </p>
      {overigeThemaIds.length === 0 ? <p className="utrecht-paragraph kp-muted">Er zijn (nog) geen geanalyseerde thema's buiten de prioriteiten.</p> : null}
      <VerouderdMelding zichtbaar={deel.verouderd} onLaad={() => void deel.laadNieuweStand()} />
      <div className="kp-groepen">
        {groepen.map((g, i) => (
          <fieldset key={i} className="kp-fieldset kp-card kp-met-themas">
            <legend className="utrecht-form-label">Groep {i + 1}</legend>
            <Tekstveld
              id={`groep-${i}-naam`}
              label={`Naam van groep ${i + 1}`}
              waarde={g.naam}
              readOnly={!magBewerken}
              onWaarde={(n) => deel.wijzig((oud) => oud.map((x, j) => (j === i ? { ...x, naam: n } : x)))}
            />
            <ThemaKiezer
              idPrefix={`groep-${i}`}
              checkboxId={(t) => `groep-${i}-thema-${t.replace('.', '-')}`}
              wat={`groep ${i + 1}`}
              keuze={overigeThemaIds}
              themaIds={g.themaIds}
              elders={new Set(groepen.flatMap((x, j) => (j === i ? [] : x.themaIds)))}
              eldersTekst="in een andere groep"
              magBewerken={magBewerken}
              fout={undefined}
              onThemaIds={(themaIds) => deel.wijzig((oud) => oud.map((x, j) => (j === i ? { ...x, themaIds } : x)))}
            />
            {magBewerken ? (
              <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => deel.wijzig((oud) => oud.filter((_, j) => j !== i))}>
                Groep {i + 1} verwijderen
              </button>
            ) : null}
          </fieldset>
        ))}
      </div>
      {magBewerken ? (
        <>
          <div className="kp-inline-velden">
            <Tekstveld id="nieuwe-groep" label="Nieuwe groep" waarde={naam} onWaarde={setNaam} />
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => {
                if (!naam.trim()) return;
                deel.wijzig((oud) => [...oud, { naam: naam.trim(), themaIds: [] }]);
                setNaam('');
              }}
            >
              Groep toevoegen
            </button>
          </div>
          <Meldingregel melding={deel.melding} />
          <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={deel.bezig || !deel.gewijzigd} onClick={() => void deel.opslaan()}>
            Groepen opslaan
          </button>
        </>
      ) : null}
    </section>
  );
}

const leegVerslag: NonNullable<Prioriteringssessie> = { orgaan: 'raadscommissie', vorm: '', status: 'consultatief', datum: null, deelnemers: '', uitkomst: '' };

export function SessieVerslag({ basis, magBewerken }: { basis: string; magBewerken: boolean }) {
  const deel = useDeel<Prioriteringssessie | null>(`${basis}/prioriteringssessie`);
  const v = deel.huidig?.inhoud ?? leegVerslag;
  const zet = (p: Partial<Prioriteringssessie>) => deel.wijzig((oud) => ({ ...(oud ?? leegVerslag), ...p }));
  return (
    <section className="kp-section" aria-labelledby="sessie-kop">
      <h2 className="utrecht-heading-2" id="sessie-kop">
        Verslag van de prioriteringssessie
      </h2>
      <VerouderdMelding zichtbaar={deel.verouderd} onLaad={() => void deel.laadNieuweStand()} />
      {/* Short fields side by side on a wide screen (formulieren.css), one below the other on a phone. */}
      <div className="kp-velden-rij">
        <div className="utrecht-form-field kp-field">
          <label className="utrecht-form-label" htmlFor="sessie-orgaan">
            Met wie
          </label>
          <select id="sessie-orgaan" className="utrecht-select" value={v.orgaan} disabled={!magBewerken} onChange={(e) => zet({ orgaan: e.target.value as Prioriteringssessie['orgaan'] })}>
            {sessieOrganen.map((o) => (
              <option key={o} value={o}>
                {orgaanNamen[o]}
              </option>
            ))}
          </select>
        </div>
        <Tekstveld id="sessie-vorm" label="Soort bijeenkomst" beschrijving="Bijvoorbeeld: opiniërende raadsbijeenkomst met presentatie." waarde={v.vorm} readOnly={!magBewerken} onWaarde={(vorm) => zet({ vorm })} />
        <div className="utrecht-form-field kp-field">
          <label className="utrecht-form-label" htmlFor="sessie-datum">
            Datum
          </label>
          <input id="sessie-datum" type="date" className="utrecht-textbox" value={v.datum ?? ''} readOnly={!magBewerken} onChange={(e) => zet({ datum: e.target.value || null })} />
        </div>
      </div>
      <fieldset className="kp-fieldset">
        <legend className="utrecht-form-label">Status van de uitkomst</legend>
        {(['consultatief', 'besluitvormend'] as const).map((s) => (
          <div className="kp-check" key={s}>
            <input type="radio" id={`sessie-${s}`} name="sessie-status" checked={v.status === s} disabled={!magBewerken} onChange={() => zet({ status: s })} />
            <label htmlFor={`sessie-${s}`}>{s === 'consultatief' ? 'Consultatief (advies)' : 'Besluitvormend'}</label>
          </div>
        ))}
      </fieldset>
      <div className="kp-velden-rij">
        <Tekstvak id="sessie-deelnemers" label="Deelnemers" kort waarde={v.deelnemers} onWaarde={(deelnemers) => zet({ deelnemers })} alleenLezen={!magBewerken} />
        <Tekstvak id="sessie-uitkomst" label="Uitkomst" kort waarde={v.uitkomst} onWaarde={(uitkomst) => zet({ uitkomst })} alleenLezen={!magBewerken} />
      </div>
      <Meldingregel melding={deel.melding} />
      {magBewerken ? (
        <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={deel.bezig || !deel.gewijzigd} onClick={() => void deel.opslaan(v)}>
          Verslag opslaan
        </button>
      ) : null}
    </section>
  );
}
