import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  objectLabels,
  partijLabels,
  probleemLabels,
  rolLabels,
  samenwerkingLabels,
  veldLabels,
} from '../../../domain/methoden/labels.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useApi } from '../../shared/use-api.ts';
import { BewijsLabel, BewijsUitleg, type MethodeMetBewijs } from './bewijs.tsx';

interface Filtergroep {
  param: string;
  legenda: string;
  labels: Record<string, string>;
}

const groepen: Filtergroep[] = [
  { param: 'veld', legenda: 'Veiligheidsveld', labels: veldLabels },
  { param: 'object', legenda: 'Gericht op', labels: objectLabels },
  { param: 'samenwerking', legenda: 'Type samenwerking', labels: samenwerkingLabels },
  { param: 'rol', legenda: 'Rol van de gemeente', labels: rolLabels },
  { param: 'partij', legenda: 'Betrokken partij', labels: partijLabels },
  { param: 'probleem', legenda: 'Probleem', labels: probleemLabels },
];

export function CatalogusPage() {
  usePaginatitel('Methodencatalogus');
  const [params, setParams] = useSearchParams();
  const [zoek, setZoek] = useState(params.get('zoek') ?? '');
  const query = params.toString();
  const resultaat = useApi<{ aantal: number; methoden: MethodeMetBewijs[] }>(`/methoden${query ? `?${query}` : ''}`);

  const wissel = (param: string, waarde: string, aan: boolean) => {
    const volgende = new URLSearchParams(params);
    const waarden = new Set(volgende.getAll(param));
    if (aan) waarden.add(waarde);
    else waarden.delete(waarde);
    volgende.delete(param);
    for (const w of waarden) volgende.append(param, w);
    setParams(volgende, { replace: true });
  };
  const zoekNu = (e: FormEvent) => {
    e.preventDefault();
    const volgende = new URLSearchParams(params);
    if (zoek.trim()) volgende.set('zoek', zoek.trim());
    else volgende.delete('zoek');
    setParams(volgende, { replace: true });
  };
  const wisAlles = () => {
    setZoek('');
    setParams(new URLSearchParams(), { replace: true });
  };
  const actief = [...params.keys()].length > 0;

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Methodencatalogus' }]} />
      <h1 className="utrecht-heading-1">Methodencatalogus</h1>
      <p className="utrecht-paragraph kp-lead">
        26 beproefde werkwijzen uit de lokale veiligheidspraktijk (Quick Scan van veiligheidsmethoden). Combineer
        filters: binnen een groep telt elke aangevinkte waarde, tussen groepen moeten ze allemaal kloppen. Bij elke methode staat
        hoe sterk het bewijs is dat ze werkt, met de bron.
      </p>
      <BewijsUitleg />
      <div className="kp-layout-sidebar">
        <div className="kp-filters">
          <form role="search" aria-label="Methoden zoeken" onSubmit={zoekNu}>
            <div className="utrecht-form-field utrecht-form-field--text">
              <label className="utrecht-form-label" htmlFor="methode-zoek">
                Zoek in naam, doel en werkwijze
              </label>
              <input
                id="methode-zoek"
                className="utrecht-textbox utrecht-textbox--html-input"
                type="search"
                value={zoek}
                onChange={(e) => setZoek(e.target.value)}
              />
            </div>
            <div className="kp-actions">
              <button type="submit" className="utrecht-button utrecht-button--primary-action">
                Zoeken
              </button>
              {actief ? (
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={wisAlles}>
                  Alle filters wissen
                </button>
              ) : null}
            </div>
          </form>
          {groepen.map((g) => (
            <fieldset key={g.param}>
              <legend>{g.legenda}</legend>
              {Object.entries(g.labels).map(([waarde, label]) => {
                const id = `f-${g.param}-${waarde}`;
                return (
                  <div className="kp-check" key={waarde}>
                    <input
                      id={id}
                      type="checkbox"
                      checked={params.getAll(g.param).includes(waarde)}
                      onChange={(e) => wissel(g.param, waarde, e.target.checked)}
                    />
                    <label htmlFor={id}>{label}</label>
                  </div>
                );
              })}
            </fieldset>
          ))}
        </div>
        <section aria-labelledby="resultaten-kop">
          <h2 className="utrecht-heading-2" id="resultaten-kop">
            Methoden
          </h2>
          <Laden toestand={resultaat}>
            {({ aantal, methoden }) => (
              <>
                <p className="utrecht-paragraph" role="status" aria-live="polite">
                  {aantal === 0
                    ? 'Geen methode voldoet aan deze combinatie. Zet een filter uit om meer te zien.'
                    : `${aantal} ${aantal === 1 ? 'methode' : 'methoden'} gevonden.`}
                </p>
                <ul className="kp-results">
                  {methoden.map((m) => (
                    <li key={m.id}>
                      <h3 className="utrecht-heading-3">
                        <Link className="utrecht-link" to={`/methoden/${m.id}`}>
                          {m.naam}
                          {m.afkorting ? ` (${m.afkorting})` : ''}
                        </Link>
                      </h3>
                      <p className="utrecht-paragraph">{m.doel}</p>
                      <p className="utrecht-paragraph kp-klein kp-bewijs-regel">
                        Bewijs: <BewijsLabel bewijs={m.bewijs} /> <span className="kp-muted">Bron: {m.bewijs.bron}</span>
                      </p>
                      <ul className="kp-tags" aria-label="Kenmerken">
                        <li className="kp-tag">{objectLabels[m.object]}</li>
                        {m.velden.map((v) => (
                          <li className="kp-tag" key={v}>
                            Veld {v}
                          </li>
                        ))}
                        {m.themas.map((t) => (
                          <li className="kp-tag" key={t.id}>
                            Thema {t.id}
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Laden>
        </section>
      </div>
    </>
  );
}
