import { type FormEvent, useEffect, useState } from 'react';
import type { Lid, Sectie } from '../../shared/api.ts';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Meldingregel, type Melding } from '../../shared/formulier.tsx';
import { useLiveBericht } from '../../shared/werkruimte-layout.tsx';

interface Props {
  sectie: Sectie;
  werkruimteId: string;
  onOpgeslagen: (sectie: Sectie) => void;
  onVerouderd: () => void;
}

/** For the coordinator: confidential or not, and which organisation (of the members) writes this section. */
export function SectieInstellingen({ sectie, werkruimteId, onOpgeslagen, onVerouderd }: Props) {
  const basis = `/werkruimtes/${encodeURIComponent(werkruimteId)}`;
  const leden = useBron<{ leden: Lid[] }>(`${basis}/leden`);
  const schrijf = useSchrijf();
  const [vertrouwelijk, setVertrouwelijk] = useState(sectie.vertrouwelijk);
  const [organisatie, setOrganisatie] = useState(sectie.toegewezenOrganisatie?.id ?? '');
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);

  // A newer version (of anyone) shows its settings.
  useEffect(() => {
    setVertrouwelijk(sectie.vertrouwelijk);
    setOrganisatie(sectie.toegewezenOrganisatie?.id ?? '');
  }, [sectie.versie, sectie.vertrouwelijk, sectie.toegewezenOrganisatie?.id]);

  useLiveBericht((b) => {
    if (b.type === 'lid' || b.type === 'opnieuw-verbonden') void leden.vernieuw();
  });

  const organisaties = new Map<string, string>();
  if (leden.toestand.status === 'klaar') for (const l of leden.toestand.data.leden) organisaties.set(l.organisatie.id, l.organisatie.naam);
  if (sectie.toegewezenOrganisatie) organisaties.set(sectie.toegewezenOrganisatie.id, sectie.toegewezenOrganisatie.naam);
  const opties = [...organisaties].sort((a, b) => a[1].localeCompare(b[1], 'nl'));

  const gewijzigd = vertrouwelijk !== sectie.vertrouwelijk || organisatie !== (sectie.toegewezenOrganisatie?.id ?? '');

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    setBezig(true);
    setMelding(null);
    const r = await schrijf<Sectie>('PATCH', `${basis}/secties/${encodeURIComponent(sectie.sleutel)}`, {
      ifMatch: sectie.versie,
      body: { vertrouwelijk, toegewezenOrganisatieId: organisatie || null },
    });
    setBezig(false);
    if (r.ok) {
      onOpgeslagen(r.data);
      setMelding({ soort: 'ok', tekst: 'De instellingen zijn opgeslagen.' });
    } else if (r.status === 412) {
      onVerouderd();
      setMelding({ soort: 'fout', tekst: 'Iemand anders heeft deze sectie intussen gewijzigd. Controleer de instellingen en sla opnieuw op.' });
    } else {
      setMelding({ soort: 'fout', tekst: r.probleem.detail });
    }
  };

  return (
    <section aria-labelledby="instellingen-kop" className="kp-section">
      <h2 className="utrecht-heading-2" id="instellingen-kop">
        Instellingen van deze sectie
      </h2>
      <Meldingregel melding={melding} />
      <form onSubmit={(e) => void opslaan(e)} aria-labelledby="instellingen-kop">
        <div className="kp-check kp-check--met-uitleg">
          <input id="instelling-vertrouwelijk" type="checkbox" checked={vertrouwelijk} aria-describedby="instelling-vertrouwelijk-uitleg" onChange={(e) => setVertrouwelijk(e.target.checked)} />
          <label htmlFor="instelling-vertrouwelijk">Vertrouwelijk</label>
        </div>
        <p className="utrecht-form-field-description kp-field__uitleg" id="instelling-vertrouwelijk-uitleg">
          Alleen leden met toegang tot vertrouwelijke secties zien deze sectie; voor anderen bestaat ze niet.
        </p>
        <div className="utrecht-form-field kp-field">
          <label className="utrecht-form-label" htmlFor="instelling-organisatie">
            Toegewezen aan organisatie
          </label>
          <p className="utrecht-form-field-description kp-field__uitleg" id="instelling-organisatie-uitleg">
            Partners van deze organisatie kunnen de tekst bewerken.
          </p>
          <select
            id="instelling-organisatie"
            className="utrecht-select utrecht-select--html-select"
            aria-describedby="instelling-organisatie-uitleg"
            value={organisatie}
            onChange={(e) => setOrganisatie(e.target.value)}
          >
            <option value="">Geen organisatie</option>
            {opties.map(([id, naam]) => (
              <option key={id} value={id}>
                {naam}
              </option>
            ))}
          </select>
        </div>
        <div className="kp-actions">
          <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={bezig || !gewijzigd}>
            Instellingen opslaan
          </button>
        </div>
      </form>
    </section>
  );
}
