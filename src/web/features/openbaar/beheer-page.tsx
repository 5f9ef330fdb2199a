/**
 * 'Openbaar dashboard' for the coordinator (issue 18, point 1): what can go on the public dashboard,
 * with a switch per item, publish all / withdraw all and a link to the page as residents see it.
 * Confidential items are not listed: they can never be public. Others who may read the cycle see the
 * list without switches.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import type { OnderdeelSoort } from '../../../domain/openbaar/openbaar.ts';
import { Meldingregel, type Melding } from '../../shared/formulier.tsx';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import './openbaar.css';

interface Onderdeel {
  id: string;
  soort: OnderdeelSoort;
  titel: string;
  uitleg: string;
  gepubliceerd: boolean;
}

interface Publicaties {
  gemeentecode: string;
  gemeentenaam: string;
  publiekPad: string;
  onderdelen: Onderdeel[];
  mag: { publiceren: boolean };
}

const groepen: { soort: OnderdeelSoort; kop: string }[] = [
  { soort: 'ivp', kop: 'Het veiligheidsplan' },
  { soort: 'indicator', kop: 'Effectindicatoren' },
  { soort: 'voortgang', kop: 'Maatregelen' },
  { soort: 'rapportage', kop: 'Rapportage aan de raad' },
  { soort: 'politie', kop: 'Politiecijfers per thema' },
];

export function OpenbaarBeheerPage() {
  const { werkruimte } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  usePaginatitel(`Openbaar dashboard – ${werkruimte.naam}`);
  const bron = useBron<Publicaties>(`${basis}/publicaties`);
  const { vernieuw, zet } = bron;
  const schrijf = useSchrijf();
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  // The switch moves at once; the list from the server follows (or the switch moves back on a refusal).
  const [lokaal, setLokaal] = useState<Record<string, boolean>>({});
  useLiveBericht((b) => {
    if (b.type === 'werkruimte' || b.type === 'opnieuw-verbonden') void vernieuw();
  });

  async function wissel(o: Onderdeel, aan: boolean) {
    setLokaal((l) => ({ ...l, [o.id]: aan }));
    setMelding(null);
    const r = await schrijf(aan ? 'PUT' : 'DELETE', `${basis}/publicaties/${encodeURIComponent(o.id)}`);
    if (!r.ok) {
      setLokaal((l) => ({ ...l, [o.id]: !aan }));
      setMelding({ soort: 'fout', tekst: r.probleem.detail });
      return;
    }
    await vernieuw();
    // The list from the server follows now; a newer click on the same switch keeps its own position.
    setLokaal((l) => {
      if (l[o.id] !== aan) return l;
      const { [o.id]: _weg, ...rest } = l;
      return rest;
    });
    setMelding({ soort: 'ok', tekst: aan ? `‘${o.titel}’ staat nu op het openbare dashboard.` : `‘${o.titel}’ is van het openbare dashboard gehaald.` });
  }

  async function alles(p: Publicaties, aan: boolean) {
    setBezig(true);
    setMelding(null);
    const r = await schrijf<Publicaties>('PUT', `${basis}/publicaties`, { body: { onderdelen: aan ? p.onderdelen.map((o) => o.id) : [] } });
    setBezig(false);
    if (!r.ok) {
      setMelding({ soort: 'fout', tekst: r.probleem.detail });
      return;
    }
    zet(r.data);
    setLokaal({});
    setMelding({ soort: 'ok', tekst: aan ? 'Alles staat nu op het openbare dashboard.' : 'Alles is van het openbare dashboard gehaald.' });
  }

  return (
    <div className="kp-openbaar">
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Openbaar dashboard' }]} />
      <h1 className="utrecht-heading-1">Openbaar dashboard</h1>
      <p className="utrecht-paragraph kp-lead">
        Kies wat inwoners zonder aanmelden mogen zien. Zet een onderdeel aan om het te publiceren, en uit om het weer weg te halen. Vertrouwelijke
        onderdelen staan hier niet: die komen nooit op het openbare dashboard, ook niet als ze eerder openbaar waren.
      </p>
      <LiveStatus />
      <Laden toestand={bron.toestand}>
        {(p) => (
          <>
            <div className="kp-actions">
              <Link className="kp-button-link kp-button-link--secondary" to={p.publiekPad}>
                Bekijk zoals inwoners het zien
              </Link>
              {p.mag.publiceren ? (
                <>
                  <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig || p.onderdelen.length === 0} onClick={() => void alles(p, true)}>
                    Alles publiceren
                  </button>
                  <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig || !p.onderdelen.some((o) => o.gepubliceerd)} onClick={() => void alles(p, false)}>
                    Alles intrekken
                  </button>
                </>
              ) : null}
            </div>
            {!p.mag.publiceren ? (
              <div className="kp-note">
                <p className="utrecht-paragraph">Alleen de coördinator zet onderdelen op het openbare dashboard. U ziet hier wat openbaar is.</p>
              </div>
            ) : null}
            <Meldingregel melding={melding} />
            <p className="utrecht-paragraph">
              Het openbare adres is <code className="kp-openbaar-adres">{`${window.location.origin}${p.publiekPad}`}</code>. {p.onderdelen.filter((o) => o.gepubliceerd).length} van de {p.onderdelen.length}{' '}
              onderdelen zijn openbaar.
            </p>
            {p.onderdelen.length === 0 ? <p className="utrecht-paragraph">Er is nog niets om te publiceren. Eerst moet de raad het veiligheidsplan vaststellen.</p> : null}
            {groepen.map((g) => {
              const lijst = p.onderdelen.filter((o) => o.soort === g.soort);
              if (lijst.length === 0) return null;
              return (
                <section key={g.soort} className="kp-section" aria-labelledby={`groep-${g.soort}`}>
                  <h2 className="utrecht-heading-2" id={`groep-${g.soort}`}>
                    {g.kop}
                  </h2>
                  <ul className="kp-openbaar-beheer-lijst">
                    {lijst.map((o) => (
                      <li key={o.id}>
                        <div className="kp-openbaar-schakelaar">
                          <input
                            id={`publiceer-${o.id}`}
                            type="checkbox"
                            role="switch"
                            checked={lokaal[o.id] ?? o.gepubliceerd}
                            disabled={!p.mag.publiceren || bezig}
                            aria-describedby={`uitleg-${o.id}`}
                            onChange={(e) => void wissel(o, e.target.checked)}
                          />
                          <div>
                            <label htmlFor={`publiceer-${o.id}`}>{o.titel}</label>
                            <p className="utrecht-paragraph kp-muted" id={`uitleg-${o.id}`}>
                              {(lokaal[o.id] ?? o.gepubliceerd) ? 'Openbaar. ' : 'Niet openbaar. '}
                              {o.uitleg}
                            </p>
                          </div>
                        </div>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </>
        )}
      </Laden>
    </div>
  );
}
