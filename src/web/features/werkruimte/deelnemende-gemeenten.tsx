/** A joint IVP (the method's step 3a): the coordinator adds or removes the other municipalities. */
import { useState } from 'react';
import { gemeentenOpNaam } from '../../../domain/gemeenten/gemeenten.ts';
import type { Werkruimte } from '../../shared/api.ts';
import { useSchrijf } from '../../shared/sessie.tsx';
import { Meldingregel, type Melding } from '../../shared/formulier.tsx';

export function DeelnemendeGemeenten({ werkruimte, magWijzigen, onGewijzigd }: { werkruimte: Werkruimte; magWijzigen: boolean; onGewijzigd: () => Promise<unknown> }) {
  const schrijf = useSchrijf();
  const [keuze, setKeuze] = useState('');
  const [melding, setMelding] = useState<Melding | null>(null);
  const codes = werkruimte.deelnemendeGemeenten.map((g) => g.gemeentecode);
  if (werkruimte.soort !== 'ivp' || (!magWijzigen && codes.length === 0)) return null;

  const zet = async (nieuw: string[]) => {
    setMelding(null);
    const r = await schrijf('PATCH', `/werkruimtes/${encodeURIComponent(werkruimte.id)}`, { ifMatch: werkruimte.versie, body: { deelnemendeGemeenten: nieuw } });
    if (!r.ok) {
      setMelding({ soort: 'fout', tekst: r.status === 412 ? 'De werkruimte is intussen gewijzigd; probeer het nog eens.' : r.probleem.detail });
      await onGewijzigd();
      return;
    }
    setMelding({ soort: 'ok', tekst: nieuw.length === 0 ? 'Dit is weer een IVP van één gemeente.' : 'De deelnemende gemeenten zijn opgeslagen.' });
    await onGewijzigd();
  };

  return (
    <section className="kp-section" aria-labelledby="deelnemers-kop">
      <h2 className="utrecht-heading-2" id="deelnemers-kop">
        Gezamenlijk IVP
      </h2>
      <p className="utrecht-paragraph">
        {codes.length === 0
          ? `Schrijft ${werkruimte.gemeentenaam} het IVP samen met andere gemeenten? Voeg ze toe: de prioriteiten kunnen dan gezamenlijk of lokaal zijn, en elke raad stelt een eigen versie vast.`
          : `${werkruimte.gemeentenaam} schrijft dit IVP samen met: ${werkruimte.deelnemendeGemeenten.map((g) => g.gemeentenaam).join(', ')}.`}
      </p>
      {magWijzigen ? (
        <>
          <ul className="utrecht-unordered-list">
            {werkruimte.deelnemendeGemeenten.map((g) => (
              <li key={g.gemeentecode} className="utrecht-unordered-list__item">
                {g.gemeentenaam} ({g.gemeentecode}){' '}
                <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => void zet(codes.filter((c) => c !== g.gemeentecode))}>
                  Verwijderen<span className="kp-visually-hidden"> ({g.gemeentenaam})</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="kp-inline-velden">
            <div className="utrecht-form-field kp-field">
              <label className="utrecht-form-label" htmlFor="deelnemer-kiezen">
                Gemeente toevoegen
              </label>
              <select id="deelnemer-kiezen" className="utrecht-select" value={keuze} onChange={(e) => setKeuze(e.target.value)}>
                <option value="">Kies een gemeente</option>
                {gemeentenOpNaam
                  .filter((g) => g.code !== werkruimte.gemeentecode && !codes.includes(g.code))
                  .map((g) => (
                    <option key={g.code} value={g.code}>
                      {g.naam} ({g.code})
                    </option>
                  ))}
              </select>
            </div>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => {
                if (keuze) void zet([...codes, keuze]).then(() => setKeuze(''));
              }}
            >
              Toevoegen
            </button>
          </div>
        </>
      ) : null}
      <Meldingregel melding={melding} />
    </section>
  );
}
