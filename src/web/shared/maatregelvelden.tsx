/**
 * Fields for a measure that the uitvoeringsplan (step 5) and step 6 share: choosing its owner among
 * the members, its planned output per quarter, and (issue 19) its links in the policy chain.
 */
import { type ReactNode, useState } from 'react';
import type { Kwartaalprestatie, Prioriteit } from '../../domain/cyclus/inhoud.ts';
import { themas } from '../../domain/kennisbank/kennisbank.ts';
import { methoden } from '../../domain/methoden/catalogus.ts';
import { decimalenVan, formatGetal, leesGetal } from '../../domain/monitoring/getallen.ts';
import type { Indicator } from '../../domain/monitoring/typen.ts';
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
  return leden.data.leden.filter((l) => l.rol !== 'raad' && l.rol !== 'lezer' && l.rol !== 'auditor').sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
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

/** Issue 19: what a measure should move, which problem it answers, and its basis. */
export interface Koppelingen {
  indicatorIds: string[];
  probleemSleutels: string[];
  methodeId: string | null;
  onderbouwing: string;
}

type KoppelIndicator = Pick<Indicator, 'id' | 'naam' | 'prioriteitId' | 'themaId'> & { vertrouwelijk?: boolean; overkoepelend?: boolean };
interface KoppelSectie {
  sleutel: string;
  titel: string;
  tekst?: string;
}

interface MaatregelKoppelingenProps {
  basis: string;
  /** The priority of the measure's action point: its indicators and themes come first. Null for another theme. */
  prioriteit: Pick<Prioriteit, 'id' | 'titel' | 'themaIds'> | null;
  /** The theme of an action point under the other themes ('2.3'), or null. */
  themaId: string | null;
  /** Whether this member may read the indicators and the analysis (otherwise nothing is loaded). */
  leesIndicatoren: boolean;
  leesAnalyse: boolean;
  waarde: Partial<Koppelingen>;
  onWaarde: (k: Koppelingen) => void;
}

const wissel = (lijst: string[], x: string, aan: boolean) => (aan ? [...lijst.filter((y) => y !== x), x] : lijst.filter((y) => y !== x));
const veiligeId = (x: string) => x.replace(/[^A-Za-z0-9_-]/g, '-');

function Vinkje({ id, label, extra, aan, onAan }: { id: string; label: string; extra?: ReactNode; aan: boolean; onAan: (aan: boolean) => void }) {
  return (
    <li className="kp-check">
      <input id={id} type="checkbox" checked={aan} onChange={(e) => onAan(e.target.checked)} />
      <label htmlFor={id}>
        {label}
        {extra}
      </label>
    </li>
  );
}

/**
 * A group of checkboxes: the items of the priority first, the others folded away (open when one of
 * them is chosen). A fieldset with a legend, so a screen reader names the group with each box.
 */
function Keuzegroep<T>(props: {
  id: string;
  legend: string;
  uitleg: string;
  eerst: T[];
  anders: T[];
  andersLabel: string;
  leeg: string;
  sleutel: (x: T) => string;
  label: (x: T) => string;
  extra?: (x: T) => ReactNode;
  gekozen: string[];
  onGekozen: (lijst: string[]) => void;
}) {
  const { id, legend, uitleg, eerst, anders, andersLabel, leeg, sleutel, label, extra, gekozen, onGekozen } = props;
  const [open, setOpen] = useState(() => anders.some((x) => gekozen.includes(sleutel(x))) || eerst.length === 0);
  const vink = (x: T) => (
    <Vinkje key={sleutel(x)} id={`${id}-${veiligeId(sleutel(x))}`} label={label(x)} extra={extra?.(x)} aan={gekozen.includes(sleutel(x))} onAan={(aan) => onGekozen(wissel(gekozen, sleutel(x), aan))} />
  );
  return (
    <fieldset className="kp-fieldset kp-koppeling" aria-describedby={`${id}-uitleg`}>
      <legend className="utrecht-form-label">{legend}</legend>
      <p className="utrecht-form-field-description kp-field__uitleg" id={`${id}-uitleg`}>
        {uitleg}
      </p>
      {eerst.length === 0 && anders.length === 0 ? <p className="utrecht-paragraph kp-muted">{leeg}</p> : null}
      {eerst.length > 0 ? <ul className="kp-streefkeuze__lijst">{eerst.map(vink)}</ul> : null}
      {anders.length > 0 ? (
        <details className="kp-details" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>
            {andersLabel} ({anders.length}
            {anders.some((x) => gekozen.includes(sleutel(x))) ? `, ${anders.filter((x) => gekozen.includes(sleutel(x))).length} gekozen` : ''})
          </summary>
          <ul className="kp-streefkeuze__lijst">{anders.map(vink)}</ul>
        </details>
      ) : null}
    </fieldset>
  );
}

const methodenOpNaam = [...methoden].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));

/**
 * The links of a measure in the policy chain (issue 19): the effect indicators it should move (those of
 * its priority first), the problems of the analysis it answers (the priority's themes first), the method
 * from the catalogue it applies, and another basis. The indicators and sections come from the same
 * endpoints the other pages use; confidential ones only reach members with clearance.
 */
export function MaatregelKoppelingen({ basis, prioriteit, themaId, leesIndicatoren, leesAnalyse, waarde, onWaarde }: MaatregelKoppelingenProps) {
  const indicatorBron = useApi<{ indicatoren: KoppelIndicator[] }>(leesIndicatoren ? `${basis}/indicatoren` : null);
  const sectieBron = useApi<{ secties: KoppelSectie[] }>(leesAnalyse ? `${basis}/secties` : null);
  const k: Koppelingen = { indicatorIds: waarde.indicatorIds ?? [], probleemSleutels: waarde.probleemSleutels ?? [], methodeId: waarde.methodeId ?? null, onderbouwing: waarde.onderbouwing ?? '' };
  const zet = (deel: Partial<Koppelingen>) => onWaarde({ ...k, ...deel });

  // The groups render once their list is there, so that the folded part opens only when it holds a choice.
  const indicatoren = indicatorBron.status === 'klaar' ? indicatorBron.data.indicatoren : [];
  const hoortBij = (i: KoppelIndicator) => (prioriteit ? i.prioriteitId === prioriteit.id : themaId !== null && i.themaId === themaId);
  const secties = (sectieBron.status === 'klaar' ? sectieBron.data.secties : []).filter((s) => s.sleutel.startsWith('thema-'));
  const eigenThemas = prioriteit?.themaIds ?? (themaId ? [themaId] : []);
  const eigenSectie = (s: KoppelSectie) => eigenThemas.includes(s.sleutel.slice('thema-'.length));
  const sectieNaam = (s: KoppelSectie) => {
    const id = s.sleutel.slice('thema-'.length);
    const naam = themas.find((t) => t.id === id)?.naam;
    return naam ? `${id} ${naam}` : s.titel;
  };
  const bijWie = prioriteit ? `prioriteit ${prioriteit.titel}` : themaId ? `thema ${themaId}` : 'dit actiepunt';
  const laadfout = [indicatorBron, sectieBron].some((b) => b.status === 'fout');

  return (
    <div className="kp-koppelingen">
      {laadfout ? <p className="utrecht-paragraph kp-muted">De indicatoren of de analyse konden niet worden geladen. Wat de maatregel al noemt, blijft bewaard.</p> : null}
      {leesIndicatoren && indicatorBron.status === 'laden' ? <p className="utrecht-paragraph kp-muted">De indicatoren worden geladen…</p> : null}
      {indicatorBron.status === 'klaar' ? (
        <Keuzegroep
          id="maatregel-indicatoren"
          legend="Effectindicatoren die deze maatregel moet bewegen"
          uitleg={`Kies de indicatoren waarop deze maatregel effect moet hebben. Die van ${bijWie} staan bovenaan.`}
          eerst={indicatoren.filter(hoortBij)}
          anders={indicatoren.filter((i) => !hoortBij(i))}
          andersLabel="Andere indicatoren"
          leeg="Er zijn nog geen effectindicatoren. Voeg ze toe bij Indicatoren."
          sleutel={(i) => i.id}
          label={(i) => i.naam}
          extra={(i) =>
            i.vertrouwelijk ? (
              <>
                {' '}
                <span className="kp-tag kp-tag--vertrouwelijk">Vertrouwelijk</span>
              </>
            ) : null
          }
          gekozen={k.indicatorIds}
          onGekozen={(indicatorIds) => zet({ indicatorIds })}
        />
      ) : null}
      {leesAnalyse && sectieBron.status === 'laden' ? <p className="utrecht-paragraph kp-muted">De thema's van de analyse worden geladen…</p> : null}
      {sectieBron.status === 'klaar' ? (
        <Keuzegroep
          id="maatregel-problemen"
          legend="Welk probleem pakt de maatregel aan?"
          uitleg={`Kies de thema's uit de veiligheidsanalyse waarvan deze maatregel het probleem aanpakt. De thema's van ${bijWie} staan bovenaan.`}
          eerst={secties.filter(eigenSectie)}
          anders={secties.filter((s) => !eigenSectie(s))}
          andersLabel="Andere thema's uit de analyse"
          leeg="De analyse heeft nog geen thema's."
          sleutel={(s) => s.sleutel}
          label={sectieNaam}
          extra={(s) => (s.tekst !== undefined && !s.tekst.trim() ? <span className="kp-klein kp-muted"> (nog niet beschreven)</span> : null)}
          gekozen={k.probleemSleutels}
          onGekozen={(probleemSleutels) => zet({ probleemSleutels })}
        />
      ) : null}
      <Veldkader id="maatregel-methode" label="Methode uit de catalogus" beschrijving="Past een bewezen of beproefde methode uit de methodencatalogus? Kies hem hier.">
        {(beschreven) => (
          <select id="maatregel-methode" className="utrecht-select utrecht-select--html-select kp-select-smal" value={k.methodeId ?? ''} aria-describedby={beschreven} onChange={(e) => zet({ methodeId: e.target.value || null })}>
            <option value="">Geen methode uit de catalogus</option>
            {k.methodeId && !methoden.some((m) => m.id === k.methodeId) ? <option value={k.methodeId}>Methode die niet meer in de catalogus staat</option> : null}
            {methodenOpNaam.map((m) => (
              <option key={m.id} value={m.id}>
                {m.naam}
                {m.afkorting ? ` (${m.afkorting})` : ''}
              </option>
            ))}
          </select>
        )}
      </Veldkader>
      <Veldkader id="maatregel-onderbouwing" label="Andere onderbouwing" beschrijving="Waarom verwacht u dat deze maatregel werkt? Bijvoorbeeld een eigen evaluatie, onderzoek of een landelijke aanpak. Vooral nodig als er geen methode uit de catalogus past.">
        {(beschreven) => (
          <textarea id="maatregel-onderbouwing" className="utrecht-textarea utrecht-textarea--html-textarea kp-textarea-kort" rows={3} maxLength={2000} value={k.onderbouwing} aria-describedby={beschreven} onChange={(e) => zet({ onderbouwing: e.target.value })} />
        )}
      </Veldkader>
    </div>
  );
}
