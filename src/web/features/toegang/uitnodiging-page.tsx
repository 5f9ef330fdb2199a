import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { schrijf, veldfouten } from '../../shared/api.ts';
import { Kruimelpad, usePaginatitel } from '../../shared/page.tsx';
import { aanmeldpad, useSessie } from '../../shared/sessie.tsx';
import { Foutsamenvatting, Meldingregel, Tekstveld, type Melding, type Veldmelding } from '../../shared/formulier.tsx';

const MIN_WACHTWOORD = 12;

export function UitnodigingPage() {
  usePaginatitel('Uitnodiging aannemen');
  const { token = '' } = useParams();
  const { toestand, vernieuw, afmelden } = useSessie();
  const navigate = useNavigate();
  const [naam, setNaam] = useState('');
  const [organisatie, setOrganisatie] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bestaandAccount, setBestaandAccount] = useState(false);
  const [bezig, setBezig] = useState(false);
  const hier = `/uitnodiging/${encodeURIComponent(token)}`;

  const neemAan = async (body: Record<string, string>) => {
    setBezig(true);
    setMelding(null);
    // Not through useSchrijf: here a 401 means "this address already has an account", not "session expired".
    const r = await schrijf<{ werkruimteId: string }>('POST', `/uitnodigingen/${encodeURIComponent(token)}/acceptaties`, {
      body,
      csrfToken: toestand.status === 'aangemeld' ? toestand.sessie.csrfToken : null,
    });
    setBezig(false);
    if (r.ok) {
      await vernieuw();
      navigate(`/werkruimtes/${r.data.werkruimteId}`);
      return;
    }
    if (r.status === 400 && r.probleem.invalidParams?.length) {
      setFouten(veldfouten(r.probleem));
      return;
    }
    if (r.status === 401 && toestand.status !== 'aangemeld') {
      setBestaandAccount(true);
      setMelding({ soort: 'fout', tekst: r.probleem.detail });
      return;
    }
    setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  const nieuwAccount = (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (naam.trim().length < 2) f.naam = 'Vul uw naam in.';
    if (organisatie.trim().length < 2) f.organisatie = 'Vul de naam van uw organisatie in.';
    if (wachtwoord.length < MIN_WACHTWOORD) f.wachtwoord = `Kies een wachtwoord van minstens ${MIN_WACHTWOORD} tekens.`;
    setFouten(f);
    if (Object.keys(f).length > 0) return;
    void neemAan({ naam: naam.trim(), organisatie: organisatie.trim(), wachtwoord });
  };

  const samenvatting: Veldmelding[] = [
    fouten.naam ? { veld: 'Uw naam', id: 'uitn-naam', melding: fouten.naam } : null,
    fouten.organisatie ? { veld: 'Organisatie', id: 'uitn-organisatie', melding: fouten.organisatie } : null,
    fouten.wachtwoord ? { veld: 'Wachtwoord', id: 'uitn-wachtwoord', melding: fouten.wachtwoord } : null,
  ].filter((f) => f !== null);

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Uitnodiging' }]} />
      <h1 className="utrecht-heading-1">Uitnodiging aannemen</h1>
      <p className="utrecht-paragraph kp-lead">U bent uitgenodigd om mee te werken in een werkruimte van Kernplan.</p>
      <Meldingregel melding={melding} />
      {toestand.status === 'laden' ? (
        <p className="utrecht-paragraph kp-muted" role="status">
          Bezig met laden…
        </p>
      ) : toestand.status === 'aangemeld' ? (
        <>
          <p className="utrecht-paragraph">
            U bent aangemeld als {toestand.sessie.gebruiker.naam} ({toestand.sessie.gebruiker.email}). De uitnodiging moet voor dit
            e-mailadres zijn.
          </p>
          <div className="kp-actions">
            <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig} onClick={() => void neemAan({})}>
              Uitnodiging aannemen
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => {
                void afmelden().then(() => setMelding({ soort: 'ok', tekst: 'U bent afgemeld. Maak hieronder een account of meld u aan met het uitgenodigde e-mailadres.' }));
              }}
            >
              Afmelden en een ander account gebruiken
            </button>
          </div>
        </>
      ) : (
        <>
          <div className="kp-note">
            <p className="utrecht-paragraph">
              Hebt u al een account bij Kernplan met het e-mailadres van de uitnodiging?{' '}
              <Link className="utrecht-link" to={aanmeldpad(hier)}>
                Meld u eerst aan
              </Link>
              ; daarna komt u hier terug.
            </p>
          </div>
          {bestaandAccount ? null : (
            <section aria-labelledby="account-kop">
              <h2 className="utrecht-heading-2" id="account-kop">
                Nieuw account maken
              </h2>
              <div className="kp-smal">
                <Foutsamenvatting fouten={samenvatting} />
                <form onSubmit={nieuwAccount} noValidate aria-labelledby="account-kop">
                  <Tekstveld id="uitn-naam" label="Uw naam" autoComplete="name" waarde={naam} onWaarde={setNaam} fout={fouten.naam} required />
                  <Tekstveld
                    id="uitn-organisatie"
                    label="Organisatie"
                    beschrijving="Bijvoorbeeld: Politie basisteam Zwolle of Gemeente Zwolle."
                    autoComplete="organization"
                    waarde={organisatie}
                    onWaarde={setOrganisatie}
                    fout={fouten.organisatie}
                    required
                  />
                  <Tekstveld
                    id="uitn-wachtwoord"
                    label="Wachtwoord"
                    beschrijving={`Minstens ${MIN_WACHTWOORD} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`}
                    type="password"
                    autoComplete="new-password"
                    waarde={wachtwoord}
                    onWaarde={setWachtwoord}
                    fout={fouten.wachtwoord}
                    required
                    minLength={MIN_WACHTWOORD}
                  />
                  <div className="kp-actions">
                    <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
                      Account maken en uitnodiging aannemen
                    </button>
                  </div>
                </form>
              </div>
            </section>
          )}
        </>
      )}
    </>
  );
}
