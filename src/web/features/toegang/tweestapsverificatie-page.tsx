import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { veldfouten } from '../../shared/api.ts';
import { Kruimelpad, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf, useSessie, VereistAanmelding } from '../../shared/sessie.tsx';
import { Meldingregel, Tekstveld, type Melding } from '../../shared/formulier.tsx';

export function TweestapsverificatiePage() {
  usePaginatitel('Tweestapsverificatie instellen');
  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Tweestapsverificatie' }]} />
      <h1 className="utrecht-heading-1">Tweestapsverificatie instellen</h1>
      <VereistAanmelding>
        <Instellen />
      </VereistAanmelding>
    </>
  );
}

/** Groups the secret in blocks of four, easier to type over. */
function inBlokken(geheim: string): string {
  return geheim.replace(/(.{4})(?=.)/g, '$1 ');
}

function Instellen() {
  const { toestand, vernieuw } = useSessie();
  const schrijf = useSchrijf();
  const navigate = useNavigate();
  const [voorstel, setVoorstel] = useState<{ geheim: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const gevraagd = useRef(false);

  const vraagVoorstel = useCallback(async () => {
    setMelding(null);
    const r = await schrijf<{ geheim: string; uri: string }>('POST', '/gebruikers/huidig/totp-voorstellen');
    if (r.ok) setVoorstel(r.data);
    else setMelding({ soort: 'fout', tekst: r.probleem.detail });
  }, [schrijf]);

  useEffect(() => {
    if (gevraagd.current) return;
    gevraagd.current = true;
    void vraagVoorstel();
  }, [vraagVoorstel]);

  const sessie = toestand.status === 'aangemeld' ? toestand.sessie : null;

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    if (!voorstel) return;
    if (!/^\d{6}$/.test(code.trim())) {
      setFout('Vul de zes cijfers in die uw authenticator-app nu toont.');
      return;
    }
    setBezig(true);
    setFout(undefined);
    const r = await schrijf('PUT', '/gebruikers/huidig/totp', { body: { geheim: voorstel.geheim, code: code.trim() } });
    setBezig(false);
    if (r.ok) {
      await vernieuw();
      navigate('/werkruimtes');
      return;
    }
    if (r.status === 400) setFout(r.probleem.detail ?? veldfouten(r.probleem).code);
    else setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  return (
    <>
      {sessie?.totpInstellenVerplicht ? (
        <div className="kp-note">
          <p className="utrecht-paragraph">
            Als coördinator of beheerder beschermt u uw account met een tweede stap: naast uw wachtwoord een code uit een
            authenticator-app op uw telefoon. Stel dit eerst in; daarna gaat u verder naar uw werkruimtes.
          </p>
        </div>
      ) : sessie?.gebruiker.totpActief ? (
        <div className="kp-note">
          <p className="utrecht-paragraph">
            Tweestapsverificatie staat al aan. Stelt u hier een nieuwe koppeling in, dan werkt de code van de oude koppeling niet meer.
          </p>
        </div>
      ) : null}
      <Meldingregel melding={melding} />
      <ol className="kp-steps">
        <li>
          Open een authenticator-app op uw telefoon (bijvoorbeeld de app die uw organisatie voorschrijft) en kies &lsquo;account
          toevoegen&rsquo;.
        </li>
        <li>Typ de sleutel hieronder over, of plak de koppelingslink als uw app dat kan.</li>
        <li>Vul de zescijferige code in die de app daarna toont.</li>
      </ol>
      {voorstel ? (
        <>
          <h2 className="utrecht-heading-2">Uw sleutel</h2>
          <p className="utrecht-paragraph kp-sleutel">
            <code>{inBlokken(voorstel.geheim)}</code>
          </p>
          <div className="utrecht-form-field utrecht-form-field--text kp-field">
            <label className="utrecht-form-label" htmlFor="totp-uri">
              Koppelingslink (otpauth)
            </label>
            <textarea
              id="totp-uri"
              className="utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--read-only kp-textarea-kort"
              readOnly
              value={voorstel.uri}
              rows={3}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          <form onSubmit={(e) => void verstuur(e)} noValidate aria-label="Tweestapsverificatie aanzetten">
            <Tekstveld
              id="totp-code"
              label="Code uit de app"
              beschrijving="Zes cijfers."
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              waarde={code}
              onWaarde={setCode}
              fout={fout}
              required
            />
            <div className="kp-actions">
              <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
                Tweestapsverificatie aanzetten
              </button>
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void vraagVoorstel()}>
                Nieuwe sleutel maken
              </button>
            </div>
          </form>
        </>
      ) : melding ? null : (
        <p className="utrecht-paragraph kp-muted" role="status">
          Bezig met het maken van een sleutel…
        </p>
      )}
    </>
  );
}
