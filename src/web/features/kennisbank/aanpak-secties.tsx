import type { Aspect, Thema } from '../../shared/api.ts';
import { Lijst } from '../../shared/page.tsx';

type Aanpak = NonNullable<Thema['aanpak']> | Omit<Aspect, 'id' | 'naam' | 'uitleg' | 'trefwoorden'>;

function ItemTekst({ naam, toelichting }: { naam: string; toelichting?: string | undefined }) {
  return (
    <>
      <strong>{naam}</strong>
      {toelichting ? <> — {toelichting}</> : null}
    </>
  );
}

/** The method's parts b-e, h and j: role, partners, legislation, measures, instruments, developments. */
export function AanpakSecties({ aanpak }: { aanpak: Aanpak }) {
  return (
    <>
      <section className="kp-section" aria-labelledby="rol">
        <h2 className="utrecht-heading-2" id="rol">
          Rol van de gemeente
        </h2>
        <Lijst items={aanpak.rolGemeente} />
      </section>
      <section className="kp-section" aria-labelledby="partners">
        <h2 className="utrecht-heading-2" id="partners">
          Partners in de aanpak
        </h2>
        <div className="kp-two-col">
          <div>
            <h3 className="utrecht-heading-3">Intern (gemeente)</h3>
            <Lijst items={aanpak.partners.intern} />
          </div>
          <div>
            <h3 className="utrecht-heading-3">Extern</h3>
            <Lijst items={aanpak.partners.extern} />
          </div>
        </div>
      </section>
      <section className="kp-section" aria-labelledby="wetgeving">
        <h2 className="utrecht-heading-2" id="wetgeving">
          Wet- en regelgeving
        </h2>
        <Lijst items={aanpak.wetgeving.map((w) => <ItemTekst key={w.naam} {...w} />)} />
      </section>
      <section className="kp-section" aria-labelledby="maatregelen">
        <h2 className="utrecht-heading-2" id="maatregelen">
          Aanpak en maatregelen
        </h2>
        <Lijst items={aanpak.maatregelen.map((m) => <ItemTekst key={m.naam} {...m} />)} />
      </section>
      <section className="kp-section" aria-labelledby="instrumenten">
        <h2 className="utrecht-heading-2" id="instrumenten">
          Instrumenten en websites
        </h2>
        <Lijst
          items={aanpak.instrumenten.map((i) => (
            <>
              {i.url ? (
                <a className="utrecht-link" href={i.url} rel="noopener noreferrer">
                  {i.naam}
                </a>
              ) : (
                <strong>{i.naam}</strong>
              )}
              {i.toelichting ? <> — {i.toelichting}</> : null}
            </>
          ))}
        />
      </section>
      <section className="kp-section" aria-labelledby="ontwikkelingen">
        <h2 className="utrecht-heading-2" id="ontwikkelingen">
          Belangrijke ontwikkelingen
        </h2>
        <Lijst items={aanpak.ontwikkelingen} />
      </section>
    </>
  );
}
