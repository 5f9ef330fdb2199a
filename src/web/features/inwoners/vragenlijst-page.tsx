/**
 * The public questionnaire "Waar heeft u last van in uw buurt?" (issue 18): no sign-in, anonymous.
 * Before sending, the browser does a small proof of work (sha256 with crypto.subtle, well under a
 * second) on the challenge the server handed out; that keeps scripts from flooding the questionnaire
 * without a third-party service.
 */
import { type FormEvent, useId, useState } from 'react';
import { useParams } from 'react-router';
import { schrijf } from '../../shared/api.ts';
import { Meldingregel, type Melding } from '../../shared/formulier.tsx';
import { datum } from '../../shared/opmaak.ts';
import { Laden, usePaginatitel } from '../../shared/page.tsx';
import { useBron } from '../../shared/use-api.ts';
import './inwoners.css';

interface OpenbareVragenlijst {
  id: string;
  titel: string;
  vraag: string;
  gemeente: string;
  start: string;
  einde: string;
  open: boolean;
  keuzes: { id: string; tekst: string }[];
  buurten: { code: string; naam: string; soort: 'wijk' | 'buurt'; wijk: string | null }[];
  maxTekst: number;
  bewijs: { uitdaging: string; bits: number; verloopt: string } | null;
}

function nulBits(hash: Uint8Array): number {
  let n = 0;
  for (const b of hash) {
    if (b === 0) {
      n += 8;
      continue;
    }
    return n + Math.clz32(b) - 24;
  }
  return n;
}

/** Finds a nonce so that sha256(uitdaging + nonce) starts with `bits` zero bits; in batches, so the page stays responsive. */
export async function losBewijsOp(uitdaging: string, bits: number): Promise<string> {
  const enc = new TextEncoder();
  const BATCH = 256;
  for (let start = 0; ; start += BATCH) {
    const nonces = Array.from({ length: BATCH }, (_, i) => (start + i).toString(36));
    const hashes = await Promise.all(nonces.map((n) => crypto.subtle.digest('SHA-256', enc.encode(uitdaging + n))));
    const i = hashes.findIndex((h) => nulBits(new Uint8Array(h)) >= bits);
    if (i >= 0) return nonces[i]!;
  }
}

export function VragenlijstPage() {
  const { id = '' } = useParams();
  const bron = useBron<OpenbareVragenlijst>(`/vragenlijsten/${encodeURIComponent(id)}`);
  const titel = bron.toestand.status === 'klaar' ? bron.toestand.data.titel : 'Vragenlijst';
  usePaginatitel(titel);
  return (
    <div className="kp-vragenlijst">
      <Laden toestand={bron.toestand}>{(l) => <Formulier l={l} opnieuw={() => void bron.vernieuw()} />}</Laden>
    </div>
  );
}

function Formulier({ l, opnieuw }: { l: OpenbareVragenlijst; opnieuw: () => void }) {
  const p = useId().replace(/:/g, '');
  const [keuzes, setKeuzes] = useState<string[]>([]);
  const [buurt, setBuurt] = useState('');
  const [tekst, setTekst] = useState('');
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [klaar, setKlaar] = useState<string | null>(null);
  const wijken = l.buurten.filter((b) => b.soort === 'wijk');

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    if (keuzes.length === 0 && !tekst.trim()) {
      setMelding({ soort: 'fout', tekst: 'Kies minstens één onderwerp, of schrijf iets in het tekstvak.' });
      return;
    }
    if (!l.bewijs) return;
    setBezig(true);
    setMelding({ soort: 'info', tekst: 'Uw antwoord wordt verstuurd …' });
    try {
      const nonce = await losBewijsOp(l.bewijs.uitdaging, l.bewijs.bits);
      const r = await schrijf<{ bericht: string }>('POST', `/vragenlijsten/${encodeURIComponent(l.id)}/antwoorden`, {
        body: { keuzes, buurt: buurt || null, tekst: tekst.trim() || null, uitdaging: l.bewijs.uitdaging, nonce },
      });
      if (r.ok) {
        setKlaar(r.data.bericht);
        setMelding(null);
      } else {
        setMelding({ soort: 'fout', tekst: r.probleem.detail ?? 'Het versturen lukte niet. Probeer het opnieuw.' });
        if (r.status === 409 || r.status === 422) opnieuw();
      }
    } finally {
      setBezig(false);
    }
  }

  if (klaar) {
    return (
      <>
        <h1 className="utrecht-heading-1">{l.titel}</h1>
        <div className="kp-success" role="status">
          <p className="utrecht-paragraph">{klaar}</p>
        </div>
        <p className="utrecht-paragraph">U kunt dit venster nu sluiten.</p>
      </>
    );
  }

  return (
    <>
      <h1 className="utrecht-heading-1">{l.titel}</h1>
      <p className="utrecht-paragraph kp-lead">
        De gemeente {l.gemeente} wil weten wat er speelt in uw buurt. Uw antwoord is anoniem: wij vragen niet naar uw naam, en bewaren geen gegevens waarmee u te herkennen bent.
      </p>
      {!l.open ? (
        <div className="kp-note">
          <p className="utrecht-paragraph">
            Deze vragenlijst is {l.start > new Date().toISOString().slice(0, 10) ? `nog niet open. U kunt hem invullen vanaf ${datum(l.start)}.` : `gesloten sinds ${datum(l.einde)}. Bedankt voor uw belangstelling.`}
          </p>
        </div>
      ) : (
        <form onSubmit={(e) => void verstuur(e)} noValidate>
          <p className="utrecht-paragraph kp-muted">Open tot en met {datum(l.einde)}.</p>
          <fieldset className="utrecht-form-fieldset kp-vragenlijst__keuzes">
            <legend className="utrecht-form-fieldset__legend">
              {l.vraag} <span className="kp-muted">(kies wat voor u geldt)</span>
            </legend>
            {l.keuzes.map((k) => (
              <div className="kp-check" key={k.id}>
                <input
                  id={`${p}-${k.id}`}
                  type="checkbox"
                  checked={keuzes.includes(k.id)}
                  onChange={(e) => setKeuzes((oud) => (e.target.checked ? [...oud, k.id] : oud.filter((x) => x !== k.id)))}
                />
                <label htmlFor={`${p}-${k.id}`}>{k.tekst}</label>
              </div>
            ))}
          </fieldset>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor={`${p}-buurt`}>
              In welke buurt woont u?
            </label>
            <select id={`${p}-buurt`} className="utrecht-select utrecht-select--html-select" value={buurt} onChange={(e) => setBuurt(e.target.value)}>
              <option value="">Zeg ik liever niet / weet ik niet</option>
              {wijken.map((w) => (
                <optgroup key={w.code} label={w.naam}>
                  <option value={w.code}>{w.naam} (hele wijk)</option>
                  {l.buurten
                    .filter((b) => b.wijk === w.code)
                    .map((b) => (
                      <option key={b.code} value={b.code}>
                        {b.naam}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor={`${p}-tekst`}>
              Wilt u nog iets toelichten? <span className="kp-muted">(mag leeg blijven)</span>
            </label>
            <p className="utrecht-form-field-description kp-field__uitleg" id={`${p}-tekst-uitleg`}>
              Schrijf geen namen, telefoonnummers of adressen. De gemeente leest uw tekst eerst voordat anderen hem zien. Hooguit {l.maxTekst} tekens.
            </p>
            <textarea
              id={`${p}-tekst`}
              className="utrecht-textarea kp-vragenlijst__tekst"
              rows={4}
              maxLength={l.maxTekst}
              value={tekst}
              aria-describedby={`${p}-tekst-uitleg ${p}-teller`}
              onChange={(e) => setTekst(e.target.value)}
            />
            <p className="kp-muted" id={`${p}-teller`}>
              Nog {l.maxTekst - tekst.length} tekens.
            </p>
          </div>
          <Meldingregel melding={melding} />
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
            {bezig ? 'Bezig met versturen …' : 'Verstuur mijn antwoord'}
          </button>
        </form>
      )}
    </>
  );
}
