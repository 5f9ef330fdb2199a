import { type FormEvent, useState } from 'react';
import { mag, magOpmerkingOplossen } from '../../../domain/toegang/rollen.ts';
import type { Opmerking } from '../../shared/api.ts';
import { aantal, datumTijd } from '../../shared/opmaak.ts';
import { Laden } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Meldingregel, type Melding } from '../../shared/formulier.tsx';
import { useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';

export function Opmerkingen({ werkruimteId, sleutel }: { werkruimteId: string; sleutel: string }) {
  const { lid, gebruiker } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimteId)}`;
  const bron = useBron<{ opmerkingen: Opmerking[] }>(mag(lid, 'opmerkingen.lezen') ? `${basis}/secties/${encodeURIComponent(sleutel)}/opmerkingen` : null);
  const schrijf = useSchrijf();
  const [tekst, setTekst] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);

  useLiveBericht((b) => {
    if ((b.type === 'opmerking' && b.id === sleutel) || b.type === 'opnieuw-verbonden' || b.type === 'lid') void bron.vernieuw();
  });

  if (!mag(lid, 'opmerkingen.lezen')) return null;

  const plaats = async (e: FormEvent) => {
    e.preventDefault();
    if (!tekst.trim()) {
      setFout('Schrijf eerst uw opmerking.');
      return;
    }
    setBezig(true);
    setFout(undefined);
    setMelding(null);
    const r = await schrijf<Opmerking>('POST', `${basis}/secties/${encodeURIComponent(sleutel)}/opmerkingen`, { body: { tekst } });
    setBezig(false);
    if (r.ok) {
      setTekst('');
      setMelding({ soort: 'ok', tekst: 'Uw opmerking is geplaatst.' });
      void bron.vernieuw();
    } else if (r.status === 400) {
      setFout(r.probleem.invalidParams?.[0]?.reason ?? r.probleem.detail);
    } else {
      setMelding({ soort: 'fout', tekst: r.probleem.detail });
    }
  };

  const wissel = async (o: Opmerking) => {
    setMelding(null);
    const r = await schrijf<Opmerking>('PATCH', `${basis}/opmerkingen/${encodeURIComponent(o.id)}`, { ifMatch: o.versie, body: { opgelost: !o.opgelost } });
    if (r.ok) {
      setMelding({ soort: 'ok', tekst: r.data.opgelost ? 'De opmerking is opgelost.' : 'De opmerking is weer open.' });
    } else if (r.status === 412) {
      setMelding({ soort: 'fout', tekst: 'Iemand anders heeft deze opmerking intussen bijgewerkt. U ziet nu de nieuwe stand.' });
    } else {
      setMelding({ soort: 'fout', tekst: r.probleem.detail });
    }
    void bron.vernieuw();
  };

  const item = (o: Opmerking) => (
    <li key={o.id} className={o.opgelost ? 'kp-opmerking kp-opmerking--opgelost' : 'kp-opmerking'}>
      <p className="utrecht-paragraph kp-klein">
        <strong>{o.auteur.naam}</strong> · <time dateTime={o.aangemaaktOp}>{datumTijd(o.aangemaaktOp)}</time>
        {o.opgelost && o.opgelostOp ? (
          <>
            {' '}
            · opgelost op <time dateTime={o.opgelostOp}>{datumTijd(o.opgelostOp)}</time>
          </>
        ) : null}
      </p>
      <p className="utrecht-paragraph kp-voorgevormd">{o.tekst}</p>
      {magOpmerkingOplossen(lid, o.auteur.id === gebruiker.id) ? (
        <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => void wissel(o)}>
          {o.opgelost ? 'Heropenen' : 'Markeer als opgelost'}
          <span className="kp-visually-hidden"> (opmerking van {o.auteur.naam})</span>
        </button>
      ) : null}
    </li>
  );

  return (
    <section aria-labelledby="opmerkingen-kop" className="kp-section">
      <h2 className="utrecht-heading-2" id="opmerkingen-kop">
        Opmerkingen
      </h2>
      <Meldingregel melding={melding} />
      <Laden toestand={bron.toestand}>
        {({ opmerkingen }) => {
          const open = opmerkingen.filter((o) => !o.opgelost);
          const opgelost = opmerkingen.filter((o) => o.opgelost);
          return (
            <>
              <p className="utrecht-paragraph">
                {open.length === 0 ? 'Er zijn geen open opmerkingen.' : `${aantal(open.length, 'open opmerking', 'open opmerkingen')}.`}
              </p>
              {open.length > 0 ? <ul className="kp-opmerkingen">{open.map(item)}</ul> : null}
              {opgelost.length > 0 ? (
                <details className="kp-details">
                  <summary>Opgeloste opmerkingen ({opgelost.length})</summary>
                  <ul className="kp-opmerkingen">{opgelost.map(item)}</ul>
                </details>
              ) : null}
            </>
          );
        }}
      </Laden>
      {mag(lid, 'opmerking.plaatsen') ? (
        <form onSubmit={(e) => void plaats(e)} aria-label="Opmerking plaatsen" noValidate>
          <div className={`utrecht-form-field utrecht-form-field--text kp-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label" htmlFor="nieuwe-opmerking">
              Nieuwe opmerking
            </label>
            {fout ? (
              <p className="utrecht-form-field-error-message kp-field__fout" id="nieuwe-opmerking-fout">
                {fout}
              </p>
            ) : null}
            <textarea
              id="nieuwe-opmerking"
              className={`utrecht-textarea utrecht-textarea--html-textarea kp-textarea-kort${fout ? ' utrecht-textarea--invalid' : ''}`}
              rows={3}
              maxLength={5000}
              value={tekst}
              aria-invalid={fout ? true : undefined}
              aria-describedby={fout ? 'nieuwe-opmerking-fout' : undefined}
              onChange={(e) => setTekst(e.target.value)}
            />
          </div>
          <div className="kp-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
              Opmerking plaatsen
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
