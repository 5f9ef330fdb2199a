/** Step 3 besides the priorities: grouping the other strategic themes, and the record of the prioritisation session. */
import { useState } from 'react';
import type { OverigeGroep, Prioriteringssessie } from '../../../domain/cyclus/inhoud.ts';
import { sessieOrganen } from '../../../domain/cyclus/inhoud.ts';
import { vindThema } from '../../../domain/kennisbank/kennisbank.ts';
import { Meldingregel, Tekstveld } from '../../shared/formulier.tsx';
import { Tekstvak, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';

const orgaanNamen: Record<Prioriteringssessie['orgaan'], string> = { raadscommissie: 'Raad of raadscommissie', college: 'College', gemengd: 'Gemengd ambtelijk en bestuurlijk' };

export function OverigeThemas({ basis, overigeThemaIds, magBewerken }: { basis: string; overigeThemaIds: string[]; magBewerken: boolean }) {
  const deel = useDeel<OverigeGroep[]>(`${basis}/overige-themas`);
  const [naam, setNaam] = useState('');
  const groepen = deel.huidig?.inhoud ?? [];
  const ingedeeld = new Set(groepen.flatMap((g) => g.themaIds));
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
      {groepen.map((g, i) => (
        <fieldset key={i} className="kp-fieldset kp-card">
          <legend className="utrecht-form-label">Groep {i + 1}</legend>
          <Tekstveld
            id={`groep-${i}-naam`}
            label={`Naam van groep ${i + 1}`}
            waarde={g.naam}
            readOnly={!magBewerken}
            onWaarde={(n) => deel.wijzig((oud) => oud.map((x, j) => (j === i ? { ...x, naam: n } : x)))}
          />
          {overigeThemaIds.map((t) => {
            const elders = ingedeeld.has(t) && !g.themaIds.includes(t);
            return (
              <div className="kp-check" key={t}>
                <input
                  type="checkbox"
                  id={`groep-${i}-thema-${t.replace('.', '-')}`}
                  checked={g.themaIds.includes(t)}
                  disabled={!magBewerken || elders}
                  onChange={(e) =>
                    deel.wijzig((oud) => oud.map((x, j) => (j === i ? { ...x, themaIds: e.target.checked ? [...x.themaIds, t] : x.themaIds.filter((y) => y !== t) } : x)))
                  }
                />
                <label htmlFor={`groep-${i}-thema-${t.replace('.', '-')}`}>
                  {t} {vindThema(t)?.naam}
                  {elders ? <span className="kp-muted"> (in een andere groep)</span> : null}
                </label>
              </div>
            );
          })}
          {magBewerken ? (
            <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => deel.wijzig((oud) => oud.filter((_, j) => j !== i))}>
              Groep {i + 1} verwijderen
            </button>
          ) : null}
        </fieldset>
      ))}
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
      <fieldset className="kp-fieldset">
        <legend className="utrecht-form-label">Status van de uitkomst</legend>
        {(['consultatief', 'besluitvormend'] as const).map((s) => (
          <div className="kp-check" key={s}>
            <input type="radio" id={`sessie-${s}`} name="sessie-status" checked={v.status === s} disabled={!magBewerken} onChange={() => zet({ status: s })} />
            <label htmlFor={`sessie-${s}`}>{s === 'consultatief' ? 'Consultatief (advies)' : 'Besluitvormend'}</label>
          </div>
        ))}
      </fieldset>
      <div className="utrecht-form-field kp-field">
        <label className="utrecht-form-label" htmlFor="sessie-datum">
          Datum
        </label>
        <input id="sessie-datum" type="date" className="utrecht-textbox" value={v.datum ?? ''} readOnly={!magBewerken} onChange={(e) => zet({ datum: e.target.value || null })} />
      </div>
      <Tekstvak id="sessie-deelnemers" label="Deelnemers" kort waarde={v.deelnemers} onWaarde={(deelnemers) => zet({ deelnemers })} alleenLezen={!magBewerken} />
      <Tekstvak id="sessie-uitkomst" label="Uitkomst" kort waarde={v.uitkomst} onWaarde={(uitkomst) => zet({ uitkomst })} alleenLezen={!magBewerken} />
      <Meldingregel melding={deel.melding} />
      {magBewerken ? (
        <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={deel.bezig || !deel.gewijzigd} onClick={() => void deel.opslaan(v)}>
          Verslag opslaan
        </button>
      ) : null}
    </section>
  );
}
