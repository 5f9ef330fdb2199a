import { type FormEvent, useEffect, useRef, useState } from 'react';
import { mag, type Rol, rollen, rolNamen } from '../../../domain/toegang/rollen.ts';
import { type Lid, type Uitnodiging, veldfouten } from '../../shared/api.ts';
import { datum } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Foutsamenvatting, Meldingregel, Tabelkader, Tekstveld, type Melding } from '../../shared/formulier.tsx';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';

export function LedenPage() {
  const { werkruimte, lid, gebruiker } = useWerkruimte();
  usePaginatitel(`Leden van ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const leden = useBron<{ leden: Lid[] }>(`${basis}/leden`);
  const beheren = mag(lid, 'leden.beheren');
  const [melding, setMelding] = useState<Melding | null>(null);
  const { live } = useWerkruimte();
  const { zetAanwezigheid } = live;

  useEffect(() => {
    zetAanwezigheid(null, false);
  }, [zetAanwezigheid]);

  useLiveBericht((b) => {
    if (b.type === 'lid' || b.type === 'opnieuw-verbonden') void leden.vernieuw();
  });

  return (
    <>
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Werkruimtes', naar: '/werkruimtes' },
          { naam: werkruimte.naam, naar: basis },
          { naam: 'Leden' },
        ]}
      />
      <h1 className="utrecht-heading-1">Leden</h1>
      <CyclusNavigatie huidig="leden" />
      <p className="utrecht-paragraph kp-lead">
        Wie werkt mee aan {werkruimte.naam}, en met welke rol.
        {beheren ? ' Als coördinator wijzigt u rollen, geeft u toegang tot vertrouwelijke secties en nodigt u mensen uit.' : ''}
      </p>
      <LiveStatus />
      <Meldingregel melding={melding} />
      <Laden toestand={leden.toestand}>
        {({ leden: lijst }) => (
          <Tabelkader label="Ledenlijst">
            <table className="kp-table kp-leden">
              <caption className="kp-visually-hidden">Leden van {werkruimte.naam}</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">Organisatie</th>
                  <th scope="col">Rol</th>
                  <th scope="col">Toegang vertrouwelijk</th>
                  {beheren ? <th scope="col">Beheer</th> : null}
                </tr>
              </thead>
              <tbody>
                {lijst.map((l) =>
                  beheren ? (
                    <Ledenrij
                      key={l.gebruikerId}
                      lid={l}
                      werkruimteBasis={basis}
                      isIkzelf={l.gebruikerId === gebruiker.id}
                      onMelding={setMelding}
                      onVernieuw={() => void leden.vernieuw()}
                    />
                  ) : (
                    <tr key={l.gebruikerId}>
                      <th scope="row">
                        {l.naam}
                        <span className="kp-klein kp-muted kp-blok kp-breek">{l.email}</span>
                      </th>
                      <td>{l.organisatie.naam}</td>
                      <td>{rolNamen[l.rol]}</td>
                      <td>{l.vertrouwelijkToegang ? 'Ja' : 'Nee'}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </Tabelkader>
        )}
      </Laden>
      {beheren ? <Uitnodigen werkruimteBasis={basis} /> : null}
    </>
  );
}

interface LedenrijProps {
  lid: Lid;
  werkruimteBasis: string;
  isIkzelf: boolean;
  onMelding: (m: Melding | null) => void;
  onVernieuw: () => void;
}

/** One member with the coordinator's controls; a change saves itself at once (If-Match on the member's version). */
function Ledenrij({ lid, werkruimteBasis, isIkzelf, onMelding, onVernieuw }: LedenrijProps) {
  const schrijf = useSchrijf();
  const [rol, setRol] = useState<Rol>(lid.rol);
  const [vertrouwelijk, setVertrouwelijk] = useState(lid.vertrouwelijkToegang);
  const [bezig, setBezig] = useState(false);

  // A newer version of this member (saved here or by someone else) shows what is stored now.
  useEffect(() => {
    setRol(lid.rol);
    setVertrouwelijk(lid.vertrouwelijkToegang);
  }, [lid.versie, lid.rol, lid.vertrouwelijkToegang]);

  const pad = `${werkruimteBasis}/leden/${encodeURIComponent(lid.gebruikerId)}`;
  const id = `lid-${lid.gebruikerId}`;

  const opslaan = async (wijziging: { rol?: Rol; vertrouwelijkToegang?: boolean }) => {
    setBezig(true);
    onMelding(null);
    const r = await schrijf<Lid>('PATCH', pad, { ifMatch: lid.versie, body: wijziging });
    setBezig(false);
    if (r.ok) onMelding({ soort: 'ok', tekst: `De gegevens van ${lid.naam} zijn opgeslagen: ${rolNamen[r.data.rol]}, ${r.data.vertrouwelijkToegang ? 'met' : 'zonder'} toegang tot vertrouwelijke secties.` });
    else if (r.status === 412) onMelding({ soort: 'fout', tekst: `Iemand anders heeft de gegevens van ${lid.naam} intussen gewijzigd. U ziet nu de nieuwe stand; probeer het zo nodig opnieuw.` });
    else onMelding({ soort: 'fout', tekst: r.probleem.detail });
    if (!r.ok) {
      // Not saved: the row shows what is stored again.
      setRol(lid.rol);
      setVertrouwelijk(lid.vertrouwelijkToegang);
    }
    onVernieuw();
  };

  const verwijder = async () => {
    if (!window.confirm(`Weet u zeker dat u ${lid.naam} uit deze werkruimte wilt halen? ${lid.naam} kan daarna niets meer in deze werkruimte zien.`)) return;
    setBezig(true);
    onMelding(null);
    const r = await schrijf('DELETE', pad, { ifMatch: lid.versie });
    setBezig(false);
    if (r.ok) onMelding({ soort: 'ok', tekst: `${lid.naam} is uit de werkruimte gehaald.` });
    else if (r.status === 412) onMelding({ soort: 'fout', tekst: `De gegevens van ${lid.naam} zijn intussen gewijzigd. Bekijk de nieuwe stand en probeer het opnieuw.` });
    else onMelding({ soort: 'fout', tekst: r.probleem.detail });
    onVernieuw();
  };

  return (
    <tr>
      <th scope="row">
        {lid.naam}
        {isIkzelf ? ' (u)' : ''}
        <span className="kp-klein kp-muted kp-blok kp-breek">{lid.email}</span>
      </th>
      <td>{lid.organisatie.naam}</td>
      <td>
        <label className="kp-visually-hidden" htmlFor={`${id}-rol`}>
          Rol van {lid.naam}
        </label>
        <select id={`${id}-rol`} className="utrecht-select utrecht-select--html-select kp-select-smal" value={rol} disabled={bezig} onChange={(e) => {
            const nieuw = e.target.value as Rol;
            setRol(nieuw);
            void opslaan({ rol: nieuw });
          }}>
          {rollen.map((r) => (
            <option key={r} value={r}>
              {rolNamen[r]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="kp-check">
          <input id={`${id}-vertrouwelijk`} type="checkbox" checked={vertrouwelijk} disabled={bezig} onChange={(e) => {
            setVertrouwelijk(e.target.checked);
            void opslaan({ vertrouwelijkToegang: e.target.checked });
          }} />
          <label htmlFor={`${id}-vertrouwelijk`}>
            {vertrouwelijk ? 'Ja' : 'Nee'}
            <span className="kp-visually-hidden">, toegang tot vertrouwelijke secties voor {lid.naam}</span>
          </label>
        </div>
      </td>
      <td>
        <div className="kp-rij-acties">
          {isIkzelf ? null : (
            <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" disabled={bezig} onClick={() => void verwijder()}>
              Verwijderen<span className="kp-visually-hidden"> {lid.naam}</span>
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

function Uitnodigen({ werkruimteBasis }: { werkruimteBasis: string }) {
  const schrijf = useSchrijf();
  const [email, setEmail] = useState('');
  const [rol, setRol] = useState<Rol>('partner');
  const [vertrouwelijk, setVertrouwelijk] = useState(false);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  // `mailstatus` is in the Uitnodiging schema of the API: was the link e-mailed to the invitee?
  const [uitnodiging, setUitnodiging] = useState<(Uitnodiging & { mailstatus?: 'verstuurd' | 'mislukt' | 'niet-ingesteld' }) | null>(null);
  const [kopieermelding, setKopieermelding] = useState('');
  const [bezig, setBezig] = useState(false);
  const linkVeld = useRef<HTMLInputElement>(null);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    setKopieermelding('');
    if (!email.trim()) {
      setFouten({ email: 'Vul het e-mailadres in van wie u wilt uitnodigen.' });
      return;
    }
    setBezig(true);
    const r = await schrijf<Uitnodiging & { mailstatus?: 'verstuurd' | 'mislukt' | 'niet-ingesteld' }>('POST', `${werkruimteBasis}/uitnodigingen`, { body: { email: email.trim(), rol, vertrouwelijkToegang: vertrouwelijk } });
    setBezig(false);
    if (r.ok) {
      setFouten({});
      setUitnodiging(r.data);
      setEmail('');
      setVertrouwelijk(false);
      return;
    }
    if (r.status === 400 && r.probleem.invalidParams?.length) {
      const v = veldfouten(r.probleem);
      setFouten({ ...v, ...(v.email ? { email: 'Dit is geen geldig e-mailadres. Controleer het en probeer het opnieuw.' } : {}) });
      return;
    }
    setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  const kopieer = async () => {
    if (!uitnodiging) return;
    try {
      await navigator.clipboard.writeText(uitnodiging.link);
      setKopieermelding('De link is gekopieerd. Plak hem in een e-mail aan de genodigde.');
    } catch {
      linkVeld.current?.focus();
      linkVeld.current?.select();
      setKopieermelding('Kopiëren lukte niet automatisch. De link is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C op een Mac).');
    }
  };

  return (
    <section aria-labelledby="uitnodigen-kop" className="kp-section">
      <h2 className="utrecht-heading-2" id="uitnodigen-kop">
        Iemand uitnodigen
      </h2>
      <p className="utrecht-paragraph">
        U krijgt een link die 14 dagen geldig is. Als deze installatie e-mail verstuurt, krijgt de genodigde de link per mail;
        anders stuurt u hem zelf. Met de link maakt de genodigde een account aan of meldt zich aan met dit e-mailadres.
      </p>
      <Meldingregel melding={melding} />
      <div className="kp-smal">
        <Foutsamenvatting fouten={fouten.email ? [{ veld: 'E-mailadres', id: 'uitnodiging-email', melding: fouten.email }] : []} />
        <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby="uitnodigen-kop">
          <Tekstveld id="uitnodiging-email" label="E-mailadres" type="email" autoComplete="off" spellCheck={false} waarde={email} onWaarde={setEmail} fout={fouten.email} required />
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor="uitnodiging-rol">
              Rol
            </label>
            <select id="uitnodiging-rol" className="utrecht-select utrecht-select--html-select" value={rol} onChange={(e) => setRol(e.target.value as Rol)}>
              {rollen.map((r) => (
                <option key={r} value={r}>
                  {rolNamen[r]}
                </option>
              ))}
            </select>
          </div>
          <div className="kp-check">
            <input id="uitnodiging-vertrouwelijk" type="checkbox" checked={vertrouwelijk} onChange={(e) => setVertrouwelijk(e.target.checked)} />
            <label htmlFor="uitnodiging-vertrouwelijk">Toegang tot vertrouwelijke secties</label>
          </div>
          <div className="kp-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
              Uitnodiging maken
            </button>
          </div>
        </form>
        <div role="status" className="kp-statusregel">
          {uitnodiging ? (
            <div className="kp-success">
              <p className="utrecht-paragraph">
                De uitnodiging voor {uitnodiging.email} ({rolNamen[uitnodiging.rol]}) is klaar. De link is geldig tot{' '}
                {datum(uitnodiging.verlooptOp)}.
                {uitnodiging.mailstatus === 'verstuurd' ? ` De link is per e-mail naar ${uitnodiging.email} gestuurd; u kunt hem hieronder ook kopiëren.` : null}
                {uitnodiging.mailstatus === 'mislukt'
                  ? ' Het e-mailen van de link lukte niet; de uitnodiging is wel bewaard. Kopieer de link hieronder en stuur hem zelf.'
                  : null}
              </p>
            </div>
          ) : null}
        </div>
        {uitnodiging ? (
          <>
            <div className="utrecht-form-field utrecht-form-field--text kp-field">
              <label className="utrecht-form-label" htmlFor="uitnodiging-link">
                Uitnodigingslink
              </label>
              <input
                id="uitnodiging-link"
                ref={linkVeld}
                className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only kp-textbox-breed"
                readOnly
                value={uitnodiging.link}
                onFocus={(e) => e.currentTarget.select()}
              />
            </div>
            <div className="kp-actions kp-actions--midden">
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void kopieer()}>
                Kopieer link
              </button>
              <span role="status" className="kp-muted">
                {kopieermelding}
              </span>
            </div>
          </>
        ) : null}
      </div>
    </section>
  );
}
