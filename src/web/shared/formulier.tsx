/** Form parts for the collaboration pages: labelled fields with their error next to them, and an error summary. */
import { type InputHTMLAttributes, type ReactNode, type Ref, useEffect, useId, useRef, useState } from 'react';

interface TekstveldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value' | 'className'> {
  id: string;
  label: ReactNode;
  waarde: string;
  onWaarde: (waarde: string) => void;
  fout?: string | undefined;
  beschrijving?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/**
 * The frame of a labelled field: label, optional description and error above the control. Gives the
 * `aria-describedby` the control must carry, so the error is read with it.
 */
export function Veldkader({ id, label, beschrijving, fout, soort, children }: { id: string; label: ReactNode; beschrijving?: ReactNode; fout?: string | undefined; soort?: string; children: (beschreven: string | undefined) => ReactNode }) {
  const beschreven = [beschrijving ? `${id}-uitleg` : null, fout ? `${id}-fout` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field${soort ? ` ${soort}` : ''} kp-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {beschrijving ? (
        typeof beschrijving === 'string' ? (
          <p className="utrecht-form-field-description kp-field__uitleg" id={`${id}-uitleg`}>
            {beschrijving}
          </p>
        ) : (
          // A description with its own blocks (paragraphs, a list) cannot sit inside a <p>.
          <div className="utrecht-form-field-description kp-field__uitleg" id={`${id}-uitleg`}>
            {beschrijving}
          </div>
        )
      ) : null}
      {fout ? (
        <p className="utrecht-form-field-error-message kp-field__fout" id={`${id}-fout`}>
          {fout}
        </p>
      ) : null}
      {children(beschreven)}
    </div>
  );
}

/** A file input (CSV or text) with label, optional description and error, like Tekstveld. */
export function Bestandsveld({
  id,
  label,
  beschrijving,
  fout,
  uit,
  ref,
  onKies,
}: {
  id: string;
  label: ReactNode;
  beschrijving?: ReactNode;
  fout?: string | null | undefined;
  /** Disabled (e.g. while an import runs). */
  uit?: boolean;
  ref?: Ref<HTMLInputElement>;
  onKies: (bestand: File | null) => void;
}) {
  return (
    <Veldkader id={id} label={label} beschrijving={beschrijving} fout={fout ?? undefined}>
      {(beschreven) => (
        <input
          id={id}
          ref={ref}
          type="file"
          className="kp-politie-bestand"
          accept=".csv,.txt,text/csv,text/plain"
          disabled={uit}
          aria-invalid={fout ? true : undefined}
          aria-describedby={beschreven}
          onChange={(e) => onKies(e.target.files?.[0] ?? null)}
        />
      )}
    </Veldkader>
  );
}

/** A text input with label, optional description and error; the error is tied to the field with aria-describedby. */
export function Tekstveld({ id, label, waarde, onWaarde, fout, beschrijving, ref, ...rest }: TekstveldProps) {
  return (
    <Veldkader id={id} label={label} beschrijving={beschrijving} fout={fout} soort="utrecht-form-field--text">
      {(beschreven) => (
        <input
          id={id}
          ref={ref}
          className={`utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}`}
          value={waarde}
          onChange={(e) => onWaarde(e.target.value)}
          aria-invalid={fout ? true : undefined}
          aria-describedby={beschreven}
          {...rest}
        />
      )}
    </Veldkader>
  );
}

export interface Veldmelding {
  veld: string;
  /** The id of the control to focus. */
  id: string;
  melding: string;
}

/** The errors of a form at its top, each a link that moves focus to its field (NL Design System pattern). */
export function Foutsamenvatting({ fouten, titel = 'Controleer de volgende velden' }: { fouten: Veldmelding[]; titel?: string }) {
  if (fouten.length === 0) return null;
  return (
    <div className="kp-error" role="alert">
      <p className="utrecht-paragraph">
        <strong>{titel}</strong>
      </p>
      <ul className="utrecht-unordered-list">
        {fouten.map((f) => (
          <li className="utrecht-unordered-list__item" key={f.id}>
            <a
              className="utrecht-link"
              href={`#${f.id}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(f.id)?.focus();
              }}
            >
              {f.veld}: {f.melding}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface Melding {
  soort: 'ok' | 'fout' | 'info';
  tekst: ReactNode;
}

/**
 * The message after an action. The status region is always in the page (empty when there is nothing to
 * say), so screen readers announce a new success message; a problem is an alert.
 */
export function Meldingregel({ melding }: { melding: Melding | null }) {
  return (
    <>
      <div role="status" className="kp-statusregel">
        {melding && melding.soort !== 'fout' ? (
          <div className={melding.soort === 'ok' ? 'kp-success' : 'kp-note'}>
            <p className="utrecht-paragraph">{melding.tekst}</p>
          </div>
        ) : null}
      </div>
      {melding?.soort === 'fout' ? (
        <div className="kp-error" role="alert">
          <p className="utrecht-paragraph">{melding.tekst}</p>
        </div>
      ) : null}
    </>
  );
}

/** A table that may scroll sideways on a small screen; keyboard users can focus and scroll it. */
export function Tabelkader({ label, children }: { label: string; children: ReactNode }) {
  // On a narrow screen a wide table scrolls sideways; then a line above it says so.
  const kader = useRef<HTMLDivElement>(null);
  const [breder, setBreder] = useState(false);
  const cueId = useId();
  useEffect(() => {
    const el = kader.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const meet = () => setBreder(el.scrollWidth > el.clientWidth + 1);
    meet();
    const waarnemer = new ResizeObserver(meet);
    waarnemer.observe(el);
    if (el.firstElementChild) waarnemer.observe(el.firstElementChild);
    return () => waarnemer.disconnect();
  }, []);
  return (
    <>
      {breder ? (
        <p className="kp-tabelcue" id={cueId}>
          Schuif de tabel opzij voor de andere kolommen.
        </p>
      ) : null}
      <div ref={kader} className={`kp-table-scroll${breder ? ' kp-table-scroll--breder' : ''}`} role="region" aria-label={label} aria-describedby={breder ? cueId : undefined} tabIndex={0}>
        {children}
      </div>
    </>
  );
}
