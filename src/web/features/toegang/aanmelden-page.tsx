import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { rolNamen } from '../../../domain/toegang/rollen.ts';
import { type Instellingen, type Sessie, schrijf, veldfouten } from '../../shared/api.ts';
import { Kruimelpad, usePaginatitel } from '../../shared/page.tsx';
import { useSessie, veiligTerugpad } from '../../shared/sessie.tsx';
import { useApi } from '../../shared/use-api.ts';
import { Foutsamenvatting, Meldingregel, Tabelkader, Tekstveld, type Melding } from '../../shared/formulier.tsx';

export function AanmeldenPage() {
  usePaginatitel('Aanmelden');
  const { toestand, zet } = useSessie();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const terug = veiligTerugpad(params.get('terug'));
  // `oidc` is in the Instellingen schema of the API (null when not configured).
  const instellingen = useApi<Instellingen & { oidc?: { naam: string; aanmeldUrl: string } | null }>('/instellingen');

  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [code, setCode] = useState('');
  const [toonCode, setToonCode] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState<Melding | null>(
    (location.state as { afgemeld?: boolean } | null)?.afgemeld ? { soort: 'ok', tekst: 'U bent afgemeld.' } : null,
  );
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const codeVeld = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (toonCode) codeVeld.current?.focus();
  }, [toonCode]);

  const meldAan = async (mail: string, ww: string, totp: string) => {
    setBezig(true);
    setMelding(null);
    setFouten({});
    const r = await schrijf<Sessie>('POST', '/sessies', { body: { email: mail, wachtwoord: ww, ...(totp.trim() ? { code: totp.trim() } : {}) } });
    setBezig(false);
    if (r.ok) {
      zet(r.data);
      navigate(r.data.totpInstellenVerplicht ? '/tweestapsverificatie' : (terug ?? '/werkruimtes'));
      return;
    }
    if (r.status === 401 && r.probleem.totpVereist === true) {
      setToonCode(true);
      if (totp.trim()) setFouten({ code: r.probleem.detail ?? 'De code klopt niet.' });
      else setMelding({ soort: 'info', tekst: r.probleem.detail ?? 'Vul de code uit uw authenticator-app in.' });
      return;
    }
    if (r.status === 400) {
      setFouten(veldfouten(r.probleem));
      return;
    }
    if (r.status === 429) {
      setMelding({ soort: 'fout', tekst: r.probleem.detail ?? 'Te veel mislukte pogingen. Wacht een kwartier en probeer het opnieuw.' });
      return;
    }
    setMelding({ soort: 'fout', tekst: r.probleem.detail ?? 'Aanmelden lukte niet.' });
  };

  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    const leeg: Record<string, string> = {};
    if (!email.trim()) leeg.email = 'Vul uw e-mailadres in.';
    if (!wachtwoord) leeg.wachtwoord = 'Vul uw wachtwoord in.';
    if (toonCode && !/^\d{6}$/.test(code.trim())) leeg.code = 'Vul de zes cijfers uit uw authenticator-app in.';
    if (Object.keys(leeg).length > 0) {
      setFouten(leeg);
      setMelding(null);
      return;
    }
    void meldAan(email, wachtwoord, toonCode ? code : '');
  };

  const samenvatting = [
    fouten.email ? { veld: 'E-mailadres', id: 'aanmeld-email', melding: fouten.email } : null,
    fouten.wachtwoord ? { veld: 'Wachtwoord', id: 'aanmeld-wachtwoord', melding: fouten.wachtwoord } : null,
    fouten.code ? { veld: 'Code', id: 'aanmeld-code', melding: fouten.code } : null,
  ].filter((f) => f !== null);

  const demo = instellingen.status === 'klaar' && instellingen.data.modus === 'demo' ? instellingen.data.demoAccounts : [];
  const oidc = instellingen.status === 'klaar' ? (instellingen.data.oidc ?? null) : null;

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Aanmelden' }]} />
      <h1 className="utrecht-heading-1">Aanmelden</h1>
      <p className="utrecht-paragraph kp-lead">
        Meld u aan om met uw gemeente en partners aan het veiligheidsplan te werken.
      </p>
      {toestand.status === 'aangemeld' ? (
        <div className="kp-note">
          <p className="utrecht-paragraph">
            U bent al aangemeld als {toestand.sessie.gebruiker.naam} ({toestand.sessie.gebruiker.organisatie.naam}).{' '}
            <Link className="utrecht-link" to="/werkruimtes">
              Naar uw werkruimtes
            </Link>
            . U kunt zich hieronder ook met een ander account aanmelden.
          </p>
        </div>
      ) : null}
      <Meldingregel melding={melding} />
      {oidc ? (
        <div className="kp-smal kp-section">
          <p className="utrecht-paragraph">
            {/* A full page load (not the router): the browser goes to the identity provider and back. */}
            <a
              className="utrecht-button utrecht-button--primary-action"
              href={`${oidc.aanmeldUrl}${terug ? `?terug=${encodeURIComponent(terug)}` : ''}`}
            >
              Aanmelden met {oidc.naam}
            </a>
          </p>
          <p className="utrecht-paragraph">Partners zonder dit account melden zich hieronder aan met e-mailadres en wachtwoord.</p>
        </div>
      ) : null}
      <div className="kp-smal">
        <Foutsamenvatting fouten={samenvatting} />
        <form onSubmit={verstuur} noValidate aria-label="Aanmelden">
          <Tekstveld
            id="aanmeld-email"
            label="E-mailadres"
            type="email"
            autoComplete="username"
            spellCheck={false}
            waarde={email}
            onWaarde={setEmail}
            fout={fouten.email}
            required
          />
          <Tekstveld
            id="aanmeld-wachtwoord"
            label="Wachtwoord"
            type="password"
            autoComplete="current-password"
            waarde={wachtwoord}
            onWaarde={setWachtwoord}
            fout={fouten.wachtwoord}
            required
          />
          {toonCode ? (
            <Tekstveld
              id="aanmeld-code"
              ref={codeVeld}
              label="Code uit uw authenticator-app"
              beschrijving="Zes cijfers. De code verandert elke 30 seconden."
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              maxLength={6}
              waarde={code}
              onWaarde={setCode}
              fout={fouten.code}
              required
            />
          ) : null}
          <div className="kp-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig} aria-disabled={bezig || undefined}>
              {bezig ? 'Bezig met aanmelden…' : 'Aanmelden'}
            </button>
          </div>
        </form>
      </div>

      {demo.length > 0 ? (
        <section aria-labelledby="demo-kop" className="kp-section">
          <h2 className="utrecht-heading-2" id="demo-kop">
            Demo-accounts
          </h2>
          <p className="utrecht-paragraph">
            Dit is een demonstratie-installatie. Probeer Kernplan met een van deze accounts: elke rol is er, en de raad heeft drie leden voor een prioriteringsronde. Zet hier
            geen echte gegevens in: iedereen kan deze wachtwoorden zien.
          </p>
          <Tabelkader label="Demo-accounts">
            <table className="kp-table">
              <caption className="kp-visually-hidden">Demo-accounts met hun rol en wachtwoord</caption>
              <thead>
                <tr>
                  <th scope="col">Rol</th>
                  <th scope="col">Naam</th>
                  <th scope="col">Organisatie</th>
                  <th scope="col">E-mailadres</th>
                  <th scope="col">Wachtwoord</th>
                  <th scope="col">Aanmelden</th>
                </tr>
              </thead>
              <tbody>
                {demo.map((a) => (
                  <tr key={a.email}>
                    <td>{rolNamen[a.rol]}</td>
                    <th scope="row">{a.naam}</th>
                    <td>{a.organisatie}</td>
                    <td className="kp-breek">{a.email}</td>
                    <td>
                      <code>{a.wachtwoord}</code>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--secondary-action kp-button-klein"
                        disabled={bezig}
                        onClick={() => {
                          setEmail(a.email);
                          setWachtwoord(a.wachtwoord);
                          setToonCode(false);
                          setCode('');
                          void meldAan(a.email, a.wachtwoord, '');
                        }}
                      >
                        Aanmelden als {a.naam}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelkader>
        </section>
      ) : null}
    </>
  );
}
