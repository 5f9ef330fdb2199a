import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { gemeentenOpNaam } from '../../../domain/gemeenten/gemeenten.ts';
import { rolNamen } from '../../../domain/toegang/rollen.ts';
import { type Werkruimte, veldfouten } from '../../shared/api.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf, useSessie, VereistAanmelding } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Foutsamenvatting, Meldingregel, Tekstveld, type Melding, type Veldmelding } from '../../shared/formulier.tsx';
import { periodeTekst, soortNamen } from '../../shared/teksten.ts';
import { Lidgemeentenkiezer, lidgemeentenFout, type Regiosoort, regiosoorten, regiosoortNamen } from './regio-instellingen.tsx';

export function WerkruimtesPage() {
  usePaginatitel('Werkruimtes');
  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes' }]} />
      <h1 className="utrecht-heading-1">Werkruimtes</h1>
      <VereistAanmelding>
        <Overzicht />
      </VereistAanmelding>
    </>
  );
}

function Overzicht() {
  const lijst = useBron<{ werkruimtes: Werkruimte[] }>('/werkruimtes');
  const { toestand } = useSessie();
  const magAanmaken = toestand.status === 'aangemeld' && toestand.sessie.gebruiker.magWerkruimteAanmaken;
  return (
    <>
      <p className="utrecht-paragraph kp-lead">
        In een werkruimte schrijft u samen met uw gemeente en partners aan een veiligheidsplan of project.
      </p>
      <section aria-labelledby="mijn-kop">
        <h2 className="utrecht-heading-2" id="mijn-kop">
          Uw werkruimtes
        </h2>
        <Laden toestand={lijst.toestand}>
          {({ werkruimtes }) =>
            werkruimtes.length === 0 ? (
              <p className="utrecht-paragraph">
                {magAanmaken
                  ? 'U bent nog geen lid van een werkruimte. Maak hieronder een werkruimte aan, of vraag de coördinator van uw gemeente om een uitnodiging.'
                  : 'U bent nog geen lid van een werkruimte. Vraag de coördinator van de gemeente om een uitnodiging.'}
              </p>
            ) : (
              <ul className="kp-results">
                {werkruimtes.map((w) => (
                  <li key={w.id}>
                    <h3 className="utrecht-heading-3">
                      <Link className="utrecht-link" to={`/werkruimtes/${w.id}`}>
                        {w.naam}
                      </Link>
                    </h3>
                    <dl className="kp-meta">
                      <div>
                        <dt>{w.regio ? 'Trekker' : 'Gemeente'}</dt>
                        <dd>
                          {w.gemeentenaam} ({w.gemeentecode})
                        </dd>
                      </div>
                      <div>
                        <dt>Periode</dt>
                        <dd>{periodeTekst(w)}</dd>
                      </div>
                      <div>
                        <dt>Soort</dt>
                        <dd>{w.regio ? `Regionale werkruimte (${w.regio.soortNaam}, ${w.regio.gemeenten.length} gemeenten)` : soortNamen[w.soort]}</dd>
                      </div>
                      <div>
                        <dt>Uw rol</dt>
                        <dd>{rolNamen[w.mijnRol]}</dd>
                      </div>
                    </dl>
                  </li>
                ))}
              </ul>
            )
          }
        </Laden>
      </section>
      {magAanmaken ? (
        <NieuweWerkruimte />
      ) : (
        <p className="utrecht-paragraph kp-muted">
          Een nieuwe werkruimte maakt de coördinator van de gemeente (of de beheerder van Kernplan) aan; die nodigt u daarna uit met de rol die bij uw werk past.
        </p>
      )}
    </>
  );
}

const veldIds: Record<string, { id: string; veld: string }> = {
  soort: { id: 'ws-soort-ivp', veld: 'Soort' },
  naam: { id: 'ws-naam', veld: 'Naam' },
  gemeentecode: { id: 'ws-gemeente', veld: 'Gemeente' },
  periodeStart: { id: 'ws-van', veld: 'Van (jaar)' },
  periodeEinde: { id: 'ws-tot', veld: 'Tot en met (jaar)' },
  regio: { id: 'ws-regiosoort', veld: 'Soort regio' },
  'regio.soort': { id: 'ws-regiosoort', veld: 'Soort regio' },
  'regio.gemeenten': { id: 'ws-regio-toevoegen', veld: 'Lidgemeenten' },
};

/** What the form offers: a municipal plan, a project, or a regional workspace (a plan of soort ivp with a region). */
type Keuze = 'ivp' | 'project' | 'regio';
const keuzeNamen: Record<Keuze, string> = { ivp: 'Gemeentelijk plan (IVP)', project: 'Project', regio: 'Regionale werkruimte' };
const keuzeUitleg: Record<Keuze, string> = {
  ivp: 'Het integraal veiligheidsplan van één gemeente, of van enkele gemeenten samen.',
  project: 'Een concrete aanpak met een eigen plan van aanpak.',
  regio: "Een politie-eenheid, district, veiligheidsregio, RIEC of andere samenwerking: regionale thema's naast de prioriteiten van de lidgemeenten.",
};

function NieuweWerkruimte() {
  const schrijf = useSchrijf();
  const navigate = useNavigate();
  const [soort, setSoort] = useState<Keuze>('ivp');
  const [regiosoort, setRegiosoort] = useState<Regiosoort | ''>('');
  const [lidgemeenten, setLidgemeenten] = useState<string[]>([]);
  const [naam, setNaam] = useState('');
  const [gemeentecode, setGemeentecode] = useState('');
  const [van, setVan] = useState('');
  const [tot, setTot] = useState('');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    const eigen: Record<string, string> = {};
    const jaar = (s: string) => /^\d{4}$/.test(s.trim());
    if (!naam.trim()) eigen.naam = 'Geef de werkruimte een naam.';
    if (!gemeentecode) eigen.gemeentecode = soort === 'regio' ? 'Kies de trekker: de gemeente die de regionale werkruimte trekt.' : 'Kies de gemeente.';
    if (soort === 'regio' && !regiosoort) eigen['regio.soort'] = 'Kies de soort regio.';
    if (soort === 'regio' && gemeentecode && lidgemeenten.filter((c) => c !== gemeentecode).length === 0) eigen['regio.gemeenten'] = 'Voeg de andere gemeenten van de regio toe.';
    if (!jaar(van)) eigen.periodeStart = 'Vul het eerste jaar van het plan in, bijvoorbeeld 2027.';
    if (!jaar(tot)) eigen.periodeEinde = 'Vul het laatste jaar van het plan in, bijvoorbeeld 2030.';
    else if (jaar(van) && Number(tot) < Number(van)) eigen.periodeEinde = 'Het laatste jaar ligt voor het eerste jaar.';
    if (Object.keys(eigen).length > 0) {
      setFouten(eigen);
      return;
    }
    setBezig(true);
    const r = await schrijf<Werkruimte>('POST', '/werkruimtes', {
      body: {
        soort: soort === 'regio' ? 'ivp' : soort,
        naam,
        gemeentecode,
        periodeStart: Number(van),
        periodeEinde: Number(tot),
        ...(soort === 'regio' && regiosoort ? { regio: { soort: regiosoort, gemeenten: [gemeentecode, ...lidgemeenten.filter((c) => c !== gemeentecode)] } } : {}),
      },
    });
    setBezig(false);
    if (r.ok) {
      navigate(`/werkruimtes/${r.data.id}`);
      return;
    }
    if (r.status === 400 && r.probleem.invalidParams?.length) {
      // The problems about the members (regio.gemeenten[1], …) come together at the member field.
      const velden = veldfouten(r.probleem);
      const leden = lidgemeentenFout(velden);
      setFouten({ ...Object.fromEntries(Object.entries(velden).filter(([n]) => !n.startsWith('regio.gemeenten'))), ...(leden ? { 'regio.gemeenten': leden } : {}) });
      return;
    }
    setFouten({});
    setMelding({
      soort: 'fout',
      tekst: r.status === 403 ? `U kunt hier geen werkruimte aanmaken. ${r.probleem.detail ?? ''}` : r.probleem.detail,
    });
  };

  const fout = (naam: string) => fouten[naam];
  const samenvatting: Veldmelding[] = Object.entries(fouten).map(([naam, melding]) => ({
    id: veldIds[naam]?.id ?? 'ws-naam',
    veld: veldIds[naam]?.veld ?? naam,
    melding,
  }));

  return (
    <section aria-labelledby="nieuw-kop" className="kp-section">
      <h2 className="utrecht-heading-2" id="nieuw-kop">
        Nieuwe werkruimte
      </h2>
      <p className="utrecht-paragraph">
        Als coördinator van de gemeente maakt u een werkruimte aan; u wordt er de coördinator van en nodigt daarna anderen uit.
        Per thema van Kernbeleid Veiligheid komt er een sectie voor de analyse.
      </p>
      <Meldingregel melding={melding} />
      <div className="kp-smal">
        <Foutsamenvatting fouten={samenvatting} />
        <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby="nieuw-kop">
          <fieldset className="kp-fieldset" aria-describedby={fout('soort') ? 'ws-soort-fout' : undefined}>
            <legend>Soort werkruimte</legend>
            {fout('soort') ? (
              <p className="utrecht-form-field-error-message kp-field__fout" id="ws-soort-fout">
                {fout('soort')}
              </p>
            ) : null}
            {(['ivp', 'project', 'regio'] as const).map((s) => (
              <div key={s}>
                <div className="kp-check kp-check--met-uitleg">
                  <input id={`ws-soort-${s}`} type="radio" name="soort" value={s} checked={soort === s} aria-describedby={`ws-soort-${s}-uitleg`} onChange={() => setSoort(s)} />
                  <label htmlFor={`ws-soort-${s}`}>{keuzeNamen[s]}</label>
                </div>
                <p className="utrecht-form-field-description kp-field__uitleg" id={`ws-soort-${s}-uitleg`}>
                  {keuzeUitleg[s]}
                </p>
              </div>
            ))}
          </fieldset>
          {soort === 'regio' ? (
            <div className={`utrecht-form-field kp-field${fout('regio.soort') ? ' utrecht-form-field--invalid' : ''}`}>
              <label className="utrecht-form-label kp-field__label" htmlFor="ws-regiosoort">
                Soort regio
              </label>
              {fout('regio.soort') ? (
                <p className="utrecht-form-field-error-message kp-field__fout" id="ws-regiosoort-fout">
                  {fout('regio.soort')}
                </p>
              ) : null}
              <select
                id="ws-regiosoort"
                className="utrecht-select kp-select-smal"
                value={regiosoort}
                onChange={(e) => setRegiosoort(e.target.value as Regiosoort | '')}
                aria-describedby={fout('regio.soort') ? 'ws-regiosoort-fout' : undefined}
                aria-invalid={fout('regio.soort') ? true : undefined}
                required
              >
                <option value="">Kies de soort regio</option>
                {regiosoorten.map((r) => (
                  <option key={r} value={r}>
                    {regiosoortNamen[r]}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <Tekstveld id="ws-naam" label="Naam" waarde={naam} onWaarde={setNaam} fout={fout('naam')} autoComplete="off" required beschrijving={soort === 'regio' ? 'Bijvoorbeeld: Veiligheidsregio IJsselland, regionaal beleidsplan 2027-2030.' : 'Bijvoorbeeld: Integraal Veiligheidsplan Zwolle 2027-2030.'} />
          <div className={`utrecht-form-field kp-field${fout('gemeentecode') ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label kp-field__label" htmlFor="ws-gemeente">
              {soort === 'regio' ? 'Trekker' : 'Gemeente'}
            </label>
            <p className="utrecht-form-field-description kp-field__uitleg" id="ws-gemeente-uitleg">
              {soort === 'regio' ? 'De gemeente die de regio trekt (bijvoorbeeld de centrumgemeente); zij hoort altijd bij de lidgemeenten. ' : ''}
              De gemeenten van 2024 met hun CBS-code; typ de eerste letters om te springen.
            </p>
            {fout('gemeentecode') ? (
              <p className="utrecht-form-field-error-message kp-field__fout" id="ws-gemeente-fout">
                {fout('gemeentecode')}
              </p>
            ) : null}
            <select
              id="ws-gemeente"
              className="utrecht-select kp-select-smal"
              value={gemeentecode}
              onChange={(e) => setGemeentecode(e.target.value)}
              aria-describedby={fout('gemeentecode') ? 'ws-gemeente-fout ws-gemeente-uitleg' : 'ws-gemeente-uitleg'}
              aria-invalid={fout('gemeentecode') ? true : undefined}
              required
            >
              <option value="">Kies een gemeente</option>
              {gemeentenOpNaam.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.naam} ({g.code})
                </option>
              ))}
            </select>
          </div>
          {soort === 'regio' ? <Lidgemeentenkiezer id="ws-regio" trekker={gemeentecode} codes={lidgemeenten} onCodes={setLidgemeenten} fout={fout('regio.gemeenten')} /> : null}
          <fieldset className="kp-fieldset" aria-describedby="ws-periode-uitleg">
            <legend>Planperiode</legend>
            <p className="utrecht-form-field-description kp-field__uitleg" id="ws-periode-uitleg">
              Het eerste en het laatste jaar van het plan, bijvoorbeeld 2027 tot en met 2030.
            </p>
            <div className="kp-inline-velden">
              <Tekstveld id="ws-van" label="Van (jaar)" inputMode="numeric" maxLength={4} waarde={van} onWaarde={setVan} fout={fout('periodeStart')} autoComplete="off" />
              <Tekstveld id="ws-tot" label="Tot en met (jaar)" inputMode="numeric" maxLength={4} waarde={tot} onWaarde={setTot} fout={fout('periodeEinde')} autoComplete="off" />
            </div>
          </fieldset>
          <div className="kp-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
              Werkruimte aanmaken
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
