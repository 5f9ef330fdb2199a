/**
 * Fields for a measure that the uitvoeringsplan (step 5) and step 6 share: choosing its owner among
 * the members and its planned output per quarter.
 */
import { useState } from 'react';
import type { Kwartaalprestatie } from '../../domain/cyclus/inhoud.ts';
import { decimalenVan, formatGetal, leesGetal } from '../../domain/monitoring/getallen.ts';
import type { Lid } from './api.ts';
import { useApi } from './use-api.ts';
import { Tekstveld, Veldkader } from './formulier.tsx';

export function alsInvoer(waarde: number | null | undefined): string {
  return waarde === null || waarde === undefined ? '' : formatGetal(waarde, undefined, { decimalen: decimalenVan(waarde, 4) });
}

/** The members who can own a measure or indicator (not the council, not readers), by name. */
export function useEigenaren(basis: string, actief: boolean): Lid[] {
  const leden = useApi<{ leden: Lid[] }>(actief ? `${basis}/leden` : null);
  if (leden.status !== 'klaar') return [];
  return leden.data.leden.filter((l) => l.rol !== 'raad' && l.rol !== 'lezer').sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

interface EigenaarKeuzeProps {
  id: string;
  eigenaren: Lid[];
  waarde: string | null;
  onWaarde: (eigenaarId: string | null) => void;
  fout?: string | undefined;
  label?: string;
  beschrijving?: string;
}

export function EigenaarKeuze({ id, eigenaren, waarde, onWaarde, fout, label = 'Eigenaar', beschrijving }: EigenaarKeuzeProps) {
  const onbekend = waarde !== null && !eigenaren.some((e) => e.gebruikerId === waarde);
  return (
    <Veldkader id={id} label={label} beschrijving={beschrijving} fout={fout}>
      {(beschreven) => (
        <select
          id={id}
          className="utrecht-select utrecht-select--html-select kp-select-smal"
          value={waarde ?? ''}
          aria-invalid={fout ? true : undefined}
          aria-describedby={beschreven}
          onChange={(e) => onWaarde(e.target.value || null)}
        >
          <option value="">Nog geen eigenaar</option>
          {onbekend ? <option value={waarde}>{eigenaren.length === 0 ? 'Huidige eigenaar' : 'Geen lid meer of geen rol om bij te werken'}</option> : null}
          {eigenaren.map((e) => (
            <option key={e.gebruikerId} value={e.gebruikerId}>
              {e.naam} ({e.organisatie.naam})
            </option>
          ))}
        </select>
      )}
    </Veldkader>
  );
}

interface GeplandeOutputProps {
  jaar: number;
  prestaties: Kwartaalprestatie[];
  onPrestaties: (prestaties: Kwartaalprestatie[], geldig: boolean) => void;
}

/** The planned output of a measure per quarter of its year (the realised output stays as it is). */
export function GeplandeOutput({ jaar, prestaties, onPrestaties }: GeplandeOutputProps) {
  const kwartalen = [...new Set([...[1, 2, 3, 4].map((k) => `${jaar}-K${k}`), ...prestaties.map((x) => x.kwartaal)])].sort();
  // The texts start from the measure; the form gives this component a new key for another measure.
  const [teksten, setTeksten] = useState<Record<string, string>>(() => Object.fromEntries(kwartalen.map((k) => [k, alsInvoer(prestaties.find((x) => x.kwartaal === k)?.gepland)])));
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const wijzig = (k: string, tekst: string) => {
    const alle = { ...teksten, [k]: tekst };
    setTeksten(alle);
    const nieuweFouten: Record<string, string> = {};
    const lijst = kwartalen.flatMap((q) => {
      const bestaand = prestaties.find((x) => x.kwartaal === q);
      const t = (alle[q] ?? '').trim();
      let gepland: number | null = null;
      if (t) {
        const r = leesGetal(t);
        if (!r.ok) nieuweFouten[q] = r.reden;
        else if (r.waarde < 0) nieuweFouten[q] = 'Een geplande output is niet negatief.';
        else gepland = r.waarde;
      }
      if (nieuweFouten[q]) return bestaand ? [bestaand] : [];
      if (gepland === null && (!bestaand || bestaand.gerealiseerd === null)) return [];
      return [{ kwartaal: q, gepland, gerealiseerd: bestaand?.gerealiseerd ?? null }];
    });
    setFouten((oud) => Object.fromEntries(Object.entries({ ...oud, [k]: nieuweFouten[k] ?? '' }).filter(([, v]) => v)));
    onPrestaties(lijst, Object.keys(nieuweFouten).length === 0);
  };

  return (
    <fieldset className="kp-fieldset">
      <legend className="utrecht-form-label">Geplande output per kwartaal</legend>
      <p className="kp-field__uitleg">Hoeveel van de prestatie u per kwartaal wilt leveren; de eigenaar vult later in wat het werd. Leeg laten mag.</p>
      <div className="kp-inline-velden">
        {kwartalen.map((k) => (
          <Tekstveld
            key={k}
            id={`geplande-output-${k}`}
            label={k.replace('-K', ' kwartaal ')}
            waarde={teksten[k] ?? ''}
            onWaarde={(t) => wijzig(k, t)}
            fout={fouten[k]}
            inputMode="decimal"
            autoComplete="off"
          />
        ))}
      </div>
    </fieldset>
  );
}
