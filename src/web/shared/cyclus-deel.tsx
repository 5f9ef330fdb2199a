/**
 * Shared parts of the policy-cycle pages: loading and saving a versioned part (If-Match, 412, 422),
 * a labelled text area, and the links between the steps.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { veldfouten, type Probleem } from './api.ts';
import { mag } from '../../domain/toegang/rollen.ts';
import { type Proces, stapStatusNamen } from '../../domain/cyclus/inhoud.ts';
import { useSchrijf } from './sessie.tsx';
import { useBron } from './use-api.ts';
import type { Bevinding } from '../../domain/cyclus/plancheck.ts';
import type { Melding } from './formulier.tsx';
import { useLiveBericht, useWerkruimte } from './werkruimte-layout.tsx';
import { useVraagVoorWeggaan } from './page.tsx';

export interface DeelAntwoord<T> {
  sleutel: string;
  versie: number;
  inhoud: T;
  bijgewerktOp: string | null;
  bijgewerktDoor: string | null;
  opmerkingen: string[];
}

const tijd = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

/**
 * A versioned part of the cycle with a local draft. Saving sends the version the draft started from;
 * when someone else saved in between, the draft stays and the page offers to load the new state.
 */
export function useDeel<T>(pad: string) {
  const bron = useBron<DeelAntwoord<T>>(pad);
  const schrijf = useSchrijf();
  const [concept, setConcept] = useState<{ versie: number; inhoud: T } | null>(null);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [verouderd, setVerouderd] = useState(false);
  const [bezig, setBezig] = useState(false);
  const geladen = bron.toestand.status === 'klaar' ? bron.toestand.data : null;
  const huidig = concept ?? (geladen ? { versie: geladen.versie, inhoud: geladen.inhoud } : null);
  const gewijzigd = concept !== null;
  // A form that still needs its save button asks before the page is left with changes in it.
  useVraagVoorWeggaan(gewijzigd);

  useLiveBericht((b) => {
    if (b.type === 'werkruimte' && b.id === geladen?.sleutel && b.versie !== undefined && b.versie > (huidig?.versie ?? 0)) {
      if (gewijzigd) setVerouderd(true);
      else void bron.vernieuw();
    }
  });

  const wijzig = useCallback(
    (f: (oud: T) => T) => {
      setConcept((c) => {
        const basis = c ?? (geladen ? { versie: geladen.versie, inhoud: geladen.inhoud } : null);
        return basis ? { versie: basis.versie, inhoud: f(basis.inhoud) } : c;
      });
    },
    [geladen],
  );

  const opslaan = async (body?: unknown): Promise<DeelAntwoord<T> | null> => {
    if (!huidig) return null;
    setBezig(true);
    setMelding(null);
    const r = await schrijf<DeelAntwoord<T>>('PUT', pad, { ifMatch: huidig.versie, body: body ?? huidig.inhoud });
    setBezig(false);
    if (r.ok) {
      bron.zet(r.data);
      setConcept(null);
      setFouten({});
      setVerouderd(false);
      setMelding({ soort: 'ok', tekst: `Opgeslagen om ${tijd.format(new Date())}. Dit is nu versie ${r.data.versie}.` });
      return r.data;
    }
    if (r.status === 412) {
      setVerouderd(true);
      setMelding({ soort: 'fout', tekst: 'Iemand anders heeft dit intussen opgeslagen. Uw invoer staat er nog; neem over wat u wilt bewaren en laad dan de nieuwe stand.' });
      return null;
    }
    setFouten(veldfouten(r.probleem as Probleem));
    setMelding({ soort: 'fout', tekst: r.probleem.detail });
    return null;
  };

  const laadNieuweStand = async () => {
    setConcept(null);
    setVerouderd(false);
    setMelding(null);
    await bron.vernieuw();
  };

  return { bron, huidig, gewijzigd, wijzig, opslaan, melding, setMelding, fouten, verouderd, laadNieuweStand, bezig };
}

interface TekstvakProps {
  id: string;
  label: ReactNode;
  waarde: string;
  onWaarde: (w: string) => void;
  uitleg?: ReactNode;
  fout?: string | undefined;
  kort?: boolean;
  alleenLezen?: boolean;
}

export function Tekstvak({ id, label, waarde, onWaarde, uitleg, fout, kort, alleenLezen }: TekstvakProps) {
  const beschreven = [uitleg ? `${id}-uitleg` : null, fout ? `${id}-fout` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field kp-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {uitleg ? (
        <p className="utrecht-form-field-description kp-field__uitleg" id={`${id}-uitleg`}>
          {uitleg}
        </p>
      ) : null}
      {fout ? (
        <p className="utrecht-form-field-error-message kp-field__fout" id={`${id}-fout`}>
          {fout}
        </p>
      ) : null}
      <textarea
        id={id}
        className={`utrecht-textarea ${kort ? 'kp-textarea-kort' : 'kp-textarea kp-textarea--middel'}`}
        rows={kort ? 3 : 6}
        value={waarde}
        readOnly={alleenLezen}
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschreven}
        onChange={(e) => onWaarde(e.target.value)}
      />
    </div>
  );
}

/** The pages of the cycle, as a navigation within the workspace. */
/** Which step of the method a page of the navigation belongs to. */
const stapVanPad: Record<string, number> = { startnotitie: 1, '#analyse': 2, prioriteiten: 3, ivp: 4, uitvoeringsplan: 5, dashboard: 6 };

interface Stappenstand {
  proces: { inhoud: Proces; tijdlijn: { stap: number; teLaat: boolean }[] };
}

export function CyclusNavigatie({ huidig }: { huidig: string }) {
  const { werkruimte, lid } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const metStappen = mag(lid, 'cyclus.lezen') && werkruimte.soort !== 'project';
  // Each step's state, from the overview (the server keeps that answer until something changes).
  const stand = useBron<Stappenstand>(metStappen ? `${basis}/cyclus` : null);
  const { vernieuw } = stand;
  useLiveBericht((b) => {
    if (metStappen && (b.type === 'werkruimte' || b.type === 'opnieuw-verbonden')) void vernieuw();
  });
  const stapstand = (pad: string): string | null => {
    const nummer = stapVanPad[pad];
    if (!metStappen || nummer === undefined || stand.toestand.status !== 'klaar') return null;
    const { inhoud, tijdlijn } = stand.toestand.data.proces;
    const stap = inhoud.stappen.find((x) => x.stap === nummer);
    if (!stap) return null;
    const laat = tijdlijn.find((t) => t.stap === nummer)?.teLaat;
    return `${stapStatusNamen[stap.status].toLowerCase()}${laat ? ', over de planning' : ''}`;
  };
  // Who reads only adopted documents (the council) gets no links to the cycle in progress. The
  // method's steps form the first row; what surrounds them (documents, council, evaluation, residents,
  // the public) the second, so neither row grows past what a reader can scan.
  const groepen: { naam: string; items: [string, string][] }[] = !mag(lid, 'cyclus.lezen')
    ? [
        {
          naam: 'Werkruimte',
          items: [
            ['', 'Werkruimte'],
            ['raad', 'Raadsoverzicht'],
            ['dashboard', 'Dashboard'],
            ['documenten', 'Documenten'],
            ...(mag(lid, 'evaluatie.lezen') ? ([['evaluaties', 'Evaluaties']] as [string, string][]) : []),
          ],
        },
      ]
    : werkruimte.soort === 'project'
      ? [
          {
            naam: 'Project',
            items: [
              ['', 'Werkruimte'],
              ['project', 'Projectplan'],
              ['documenten', 'Documenten'],
            ],
          },
        ]
      : [
          {
            naam: 'De zes stappen',
            items: [
              ['', 'Begin hier'],
              ['cyclus', 'Overzicht'],
              ['startnotitie', '1 Startnotitie'],
              ['#analyse', '2 Analyse'],
              ['prioriteiten', werkruimte.regio ? "3 Regionale thema's" : '3 Prioriteiten'],
              ...(werkruimte.deelnemendeGemeenten.length > 0 && !werkruimte.regio ? ([['kandidaten', '3a Kandidaten per gemeente']] as [string, string][]) : []),
              ['ivp', '4 IVP'],
              ['uitvoeringsplan', '5 Uitvoeringsplan'],
              ['dashboard', '6 Sturing'],
            ],
          },
          {
            naam: 'Rond het plan',
            items: [
              ...(werkruimte.regio ? ([['regio', 'Stapeling en regionale doelen']] as [string, string][]) : []),
              ...(werkruimte.regio?.soort === 'landelijk' ? ([['landelijk-beeld', 'Landelijk beeld']] as [string, string][]) : []),
              ['documenten', 'Documenten'],
              ['beleidsketen', 'Beleidsketen'],
              ['afspraken', 'Afspraken'],
              ['evaluaties', 'Evaluaties'],
              ['opvolger', 'Vorig en volgend plan'],
              ['raad', 'Raadsoverzicht'],
              ['inwoners', 'Inwoners'],
              ['wijken', 'Wijken'],
              ['openbaar', 'Openbaar dashboard'],
            ],
          },
        ];
  return (
    <nav aria-label="Stappen van de beleidscyclus" className="kp-cyclusnav">
      {groepen.map((groep, g) => (
        <ul key={groep.naam} aria-label={groep.naam} className={g > 0 ? 'kp-cyclusnav__verder' : undefined}>
          {groep.items.map(([pad, naam]) => {
            const toestand = stapstand(pad);
            return (
              <li key={naam}>
                <Link
                  to={pad.startsWith('#') ? `${basis}${pad}` : pad ? `${basis}/${pad}` : basis}
                  aria-current={huidig === pad || (pad === '' && huidig === 'begin-hier') ? 'page' : pad === '#analyse' && huidig === 'sectie' ? 'step' : undefined}
                  className="utrecht-link"
                >
                  {naam}
                </Link>
                {toestand ? <span className={`kp-stapstand${toestand.includes('planning') ? ' kp-stapstand--laat' : ''}`}> ({toestand})</span> : null}
              </li>
            );
          })}
        </ul>
      ))}
    </nav>
  );
}

/** Shown when the part was saved by someone else while this page had unsaved edits. */
export function VerouderdMelding({ zichtbaar, onLaad }: { zichtbaar: boolean; onLaad: () => void }) {
  if (!zichtbaar) return null;
  return (
    <div className="kp-warning">
      <p className="utrecht-paragraph">Er is een nieuwere versie opgeslagen door iemand anders. Uw wijzigingen zijn nog niet opgeslagen.</p>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onLaad}>
        Nieuwe stand laden (uw wijzigingen vervallen)
      </button>
    </div>
  );
}

/** Where a finding can be fixed, as a page of the workspace. */
export function plekPad(basis: string, plek: string): string {
  const [pagina = '', anker] = plek.split('#');
  if (pagina === 'analyse') return basis;
  if (pagina.startsWith('uitvoeringsplan/')) return `${basis}/uitvoeringsplan?jaar=${pagina.split('/')[1]}${anker ? `#${anker}` : ''}`;
  if (pagina === 'besluiten') return `${basis}/documenten`;
  return `${basis}/${pagina}${anker ? `#${anker}` : ''}`;
}

/** The findings of the plan check, each with a link to where it can be fixed. */
export function Bevindingen({ bevindingen, basis, leeg = 'De plancheck vindt niets.' }: { bevindingen: Bevinding[]; basis: string; leeg?: string }) {
  if (bevindingen.length === 0) {
    return (
      <div className="kp-success">
        <p className="utrecht-paragraph">{leeg}</p>
      </div>
    );
  }
  return (
    <ul className="kp-bevindingen">
      {bevindingen.map((b, i) => (
        <li key={i} className={`kp-bevinding kp-bevinding--${b.ernst}`}>
          <strong>{b.ernst === 'fout' ? 'Fout' : 'Waarschuwing'}:</strong> {b.melding}{' '}
          <Link className="utrecht-link" to={plekPad(basis, b.plek)}>
            Herstellen
          </Link>
        </li>
      ))}
    </ul>
  );
}
