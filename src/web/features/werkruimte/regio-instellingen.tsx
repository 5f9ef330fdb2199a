/**
 * The regional workspace (issue 17, ADR 0023) in the web app: choosing the member municipalities (at
 * creation and in the settings), the settings section of a region, and the choice of a municipal IVP
 * to share its draft priorities with the regions it lies in.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { gemeenteBijCode, gemeentenOpNaam, type Gemeente } from '../../../domain/gemeenten/gemeenten.ts';
import { MAX_REGIOGEMEENTEN, regiosoorten, regiosoortNamen, type Regiosoort } from '../../../domain/regio/regio.ts';
import { type Werkruimte, veldfouten } from '../../shared/api.ts';
import { type Melding, Meldingregel } from '../../shared/formulier.tsx';
import { useVraagVoorWeggaan } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';

export { MAX_REGIOGEMEENTEN, regiosoorten, regiosoortNamen, type Regiosoort };

const vergelijkbaar = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^gemeente\s+/, '')
    .replace(/[‘’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** Common names that are not the official name of 2024. */
const bijnamen: Record<string, string> = { 'den haag': "'s-gravenhage", 'den bosch': "'s-hertogenbosch", 'hertogenbosch': "'s-hertogenbosch", 'gravenhage': "'s-gravenhage" };

const opNaam = new Map<string, Gemeente[]>();
for (const g of gemeentenOpNaam) {
  // 'Bergen (NH.)' is found as itself and, when it is the only one, as 'Bergen'.
  for (const sleutel of new Set([vergelijkbaar(g.naam), vergelijkbaar(g.naam.replace(/\s*\(.*\)\s*$/, ''))])) {
    opNaam.set(sleutel, [...(opNaam.get(sleutel) ?? []), g]);
  }
}

/**
 * Reads the municipalities typed or pasted: names or CBS codes (GM0193, 0193), separated by commas,
 * semicolons or new lines. What cannot be resolved, or is ambiguous, comes back with the reason.
 */
export function leesGemeenten(tekst: string): { codes: string[]; onbekend: string[]; dubbelzinnig: string[] } {
  const codes: string[] = [];
  const onbekend: string[] = [];
  const dubbelzinnig: string[] = [];
  for (const ruw of tekst.split(/[,;\n\t]+/)) {
    const naam = ruw.trim();
    if (!naam) continue;
    const code = /^(GM)?\d{4}$/i.test(naam) ? `GM${naam.slice(-4)}` : null;
    const viaCode = code ? gemeenteBijCode(code) : undefined;
    const sleutel = vergelijkbaar(naam);
    const viaNaam = opNaam.get(bijnamen[sleutel] ?? sleutel) ?? [];
    const g = viaCode ?? (viaNaam.length === 1 ? viaNaam[0] : undefined);
    if (g) {
      if (!codes.includes(g.code)) codes.push(g.code);
    } else if (viaNaam.length > 1) dubbelzinnig.push(`${naam} (${viaNaam.map((x) => `${x.naam}, ${x.code}`).join(' of ')})`);
    else onbekend.push(naam);
  }
  return { codes, onbekend, dubbelzinnig };
}

const naamVan = (code: string) => gemeenteBijCode(code)?.naam ?? code;

interface LidgemeentenkiezerProps {
  /** Start of the ids; the text area to add municipalities is `${id}-toevoegen`. */
  id: string;
  /** The lead municipality (the workspace's own): always a member, not removable here. */
  trekker: string;
  /** The other members (the trekker may be among them: it is shown once). */
  codes: string[];
  onCodes: (codes: string[]) => void;
  /** An error of the server or the form about the members. */
  fout?: string | undefined;
  uit?: boolean;
}

/**
 * The member municipalities of a region: the chosen ones as a list of chips (the trekker first, without
 * a remove button), and a text area that takes names or CBS codes, so that a list can be pasted.
 */
export function Lidgemeentenkiezer({ id, trekker, codes, onCodes, fout, uit }: LidgemeentenkiezerProps) {
  const [tekst, setTekst] = useState('');
  const [eigenFout, setEigenFout] = useState<string | null>(null);
  const [focusNaar, setFocusNaar] = useState<string | null>(null);
  useEffect(() => {
    if (!focusNaar) return;
    document.getElementById(focusNaar)?.focus();
    setFocusNaar(null);
  }, [focusNaar]);

  const anderen = codes.filter((c) => c !== trekker);
  const alle = trekker ? [trekker, ...anderen] : anderen;
  const toevoegenId = `${id}-toevoegen`;
  const wegId = (code: string) => `${id}-${code}-verwijderen`;
  const melding = eigenFout ?? fout;
  const beschreven = [`${id}-uitleg`, melding ? `${id}-fout` : null].filter(Boolean).join(' ');

  const voegToe = () => {
    const { codes: nieuw, onbekend, dubbelzinnig } = leesGemeenten(tekst);
    const erbij = nieuw.filter((c) => c !== trekker && !anderen.includes(c));
    const redenen: string[] = [];
    if (onbekend.length) redenen.push(`Niet gevonden: ${onbekend.join(', ')}. Gebruik de naam of de CBS-code van een gemeente van 2024.`);
    if (dubbelzinnig.length) redenen.push(`Meer dan één gemeente: ${dubbelzinnig.join('; ')}. Gebruik de CBS-code.`);
    const ruimte = MAX_REGIOGEMEENTEN - alle.length;
    if (erbij.length > ruimte) redenen.push(`Een regio telt hoogstens ${MAX_REGIOGEMEENTEN} gemeenten; ${erbij.length - Math.max(ruimte, 0)} zijn niet toegevoegd.`);
    if (!tekst.trim()) redenen.push('Typ of plak eerst de namen of CBS-codes van de gemeenten.');
    const toegevoegd = erbij.slice(0, Math.max(ruimte, 0));
    if (toegevoegd.length) onCodes([...anderen, ...toegevoegd]);
    // Keep what could not be read, so it can be corrected.
    setTekst([...onbekend, ...dubbelzinnig.map((d) => d.replace(/ \(.*$/, ''))].join(', '));
    setEigenFout(redenen.length ? redenen.join(' ') : null);
  };

  const verwijder = (code: string) => {
    const plek = anderen.indexOf(code);
    const buur = anderen[plek + 1] ?? anderen[plek - 1];
    setFocusNaar(buur ? wegId(buur) : toevoegenId);
    onCodes(anderen.filter((c) => c !== code));
  };

  return (
    <fieldset className={`kp-fieldset kp-field${melding ? ' utrecht-form-field--invalid' : ''}`} aria-describedby={beschreven}>
      <legend className="utrecht-form-label">Lidgemeenten</legend>
      <p className="utrecht-form-field-description kp-field__uitleg" id={`${id}-uitleg`}>
        Alle gemeenten van de regio, de trekker inbegrepen (hoogstens {MAX_REGIOGEMEENTEN}). {alle.length === 1 ? 'Eén gemeente gekozen.' : `${alle.length} gemeenten gekozen.`}
      </p>
      {melding ? (
        <p className="utrecht-form-field-error-message kp-field__fout" id={`${id}-fout`}>
          {melding}
        </p>
      ) : null}
      {alle.length > 0 ? (
        <ul className="kp-chips" aria-label="Gekozen lidgemeenten">
          {alle.map((code) => (
            <li key={code} className={code === trekker || uit ? 'kp-chip kp-chip--alleen-lezen' : 'kp-chip'}>
              <span className="kp-chip__tekst">
                {naamVan(code)} ({code}){code === trekker ? ', trekker' : ''}
              </span>
              {code === trekker || uit ? null : (
                <button type="button" id={wegId(code)} className="kp-chip__weg" aria-label={`${naamVan(code)} verwijderen uit de lidgemeenten`} title="Verwijderen" onClick={() => verwijder(code)}>
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph kp-muted kp-klein">Nog geen gemeente gekozen.</p>
      )}
      {uit ? null : (
        <div className="utrecht-form-field kp-field">
          <label className="utrecht-form-label" htmlFor={toevoegenId}>
            Gemeenten toevoegen
          </label>
          <p className="utrecht-form-field-description kp-field__uitleg" id={`${toevoegenId}-uitleg`}>
            Namen of CBS-codes, gescheiden door komma's of elk op een eigen regel; u kunt een lijst plakken. Bijvoorbeeld: Kampen, Deventer, GM0148.
          </p>
          <textarea
            id={toevoegenId}
            className="utrecht-textarea kp-textarea-kort"
            rows={2}
            value={tekst}
            aria-describedby={`${toevoegenId}-uitleg`}
            aria-invalid={eigenFout ? true : undefined}
            onChange={(e) => {
              setTekst(e.target.value);
              // What the message was about is gone: so is the message.
              if (!e.target.value.trim()) setEigenFout(null);
            }}
            onKeyDown={(e) => {
              // Enter adds (Shift+Enter is a new line), so the form is not sent by accident.
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                voegToe();
              }
            }}
          />
          <div className="kp-actions">
            <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={voegToe}>
              Toevoegen<span className="kp-visually-hidden"> aan de lidgemeenten</span>
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}

/** The field of a problem about the members, whatever the API calls it (regio.gemeenten[1], regiogemeenten.1). */
export function lidgemeentenFout(fouten: Record<string, string>): string | undefined {
  const namen = Object.keys(fouten).filter((n) => n.startsWith('regio.gemeenten') || n.startsWith('regiogemeenten'));
  return namen.length ? [...new Set(namen.map((n) => fouten[n]!))].join(' ') : undefined;
}

const gewijzigdElders = 'Iemand anders heeft de werkruimte intussen gewijzigd. Uw invoer staat er nog; sla opnieuw op om die te bewaren.';

/** The settings of a regional workspace: its kind, its lead municipality and its members. */
export function RegioInstellingen({ werkruimte, magWijzigen, onGewijzigd }: { werkruimte: Werkruimte; magWijzigen: boolean; onGewijzigd: () => Promise<unknown> }) {
  const schrijf = useSchrijf();
  const regio = werkruimte.regio;
  const opgeslagen = regio?.gemeenten.map((g) => g.gemeentecode) ?? [];
  const [codes, setCodes] = useState(opgeslagen);
  const [fout, setFout] = useState<string | undefined>(undefined);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const trekker = werkruimte.gemeentecode;
  const volledig = [trekker, ...codes.filter((c) => c !== trekker)];
  const gewijzigd = volledig.join() !== [trekker, ...opgeslagen.filter((c) => c !== trekker)].join();
  useVraagVoorWeggaan(gewijzigd);
  useEffect(() => {
    if (!gewijzigd) setCodes(opgeslagen);
  }, [werkruimte.versie]);
  if (!regio) return null;

  const bewaar = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    setFout(undefined);
    setBezig(true);
    const r = await schrijf<Werkruimte>('PATCH', `/werkruimtes/${encodeURIComponent(werkruimte.id)}`, { ifMatch: werkruimte.versie, body: { regiogemeenten: volledig } });
    setBezig(false);
    if (r.ok) {
      setMelding({ soort: 'ok', tekst: `De lidgemeenten zijn opgeslagen: ${volledig.length} gemeenten.` });
      await onGewijzigd();
      return;
    }
    const velden = lidgemeentenFout(veldfouten(r.probleem));
    if (velden) return setFout(velden);
    setMelding({ soort: 'fout', tekst: r.status === 412 ? gewijzigdElders : r.probleem.detail });
    await onGewijzigd();
  };

  return (
    <section className="kp-wr-sectie" id="regio" aria-labelledby="regio-kop" tabIndex={-1}>
      <h2 className="utrecht-heading-2" id="regio-kop">
        Regio en lidgemeenten
      </h2>
      <p className="utrecht-paragraph">
        Dit is een regionale werkruimte. De regio legt de prioriteiten van de lidgemeenten naast haar regionale thema's; een gemeente telt mee met een vastgesteld IVP, of met een
        IVP in concept dat zij met de regio deelt.
      </p>
      <dl className="kp-meta">
        <div>
          <dt>Soort regio</dt>
          <dd>{regio.soortNaam}</dd>
        </div>
        <div>
          <dt>Trekker</dt>
          <dd>
            {werkruimte.gemeentenaam} ({werkruimte.gemeentecode})
          </dd>
        </div>
      </dl>
      {magWijzigen ? (
        <div className="kp-smal">
          <form onSubmit={(e) => void bewaar(e)} noValidate aria-labelledby="regio-kop">
            <Lidgemeentenkiezer id="inst-regio" trekker={trekker} codes={codes} onCodes={setCodes} fout={fout} />
            <div className="kp-actions">
              <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig || !gewijzigd}>
                Lidgemeenten opslaan
              </button>
            </div>
          </form>
          <Meldingregel melding={melding} />
        </div>
      ) : (
        <>
          <h3 className="utrecht-heading-3">Lidgemeenten ({regio.gemeenten.length})</h3>
          <ul className="utrecht-unordered-list">
            {regio.gemeenten.map((g) => (
              <li key={g.gemeentecode} className="utrecht-unordered-list__item">
                {g.gemeentenaam} ({g.gemeentecode}){g.gemeentecode === trekker ? ', trekker' : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A municipal IVP: share the draft priorities with the regions the municipality lies in. */
export function DelenMetRegio({ werkruimte, magWijzigen, onGewijzigd }: { werkruimte: Werkruimte; magWijzigen: boolean; onGewijzigd: () => Promise<unknown> }) {
  const schrijf = useSchrijf();
  const [delen, setDelen] = useState(werkruimte.deeltMetRegio);
  const [bijNaam, setBijNaam] = useState(werkruimte.naamInLandelijkBeeld);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const gewijzigd = delen !== werkruimte.deeltMetRegio || bijNaam !== werkruimte.naamInLandelijkBeeld;
  useEffect(() => {
    if (!gewijzigd) {
      setDelen(werkruimte.deeltMetRegio);
      setBijNaam(werkruimte.naamInLandelijkBeeld);
    }
  }, [werkruimte.versie]);
  if (werkruimte.soort !== 'ivp' || werkruimte.regio) return null;

  const bewaar = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    setBezig(true);
    const r = await schrijf<Werkruimte>('PATCH', `/werkruimtes/${encodeURIComponent(werkruimte.id)}`, { ifMatch: werkruimte.versie, body: { deeltMetRegio: delen, naamInLandelijkBeeld: bijNaam } });
    setBezig(false);
    if (r.ok) {
      const naam = bijNaam ? `${werkruimte.gemeentenaam} staat bij naam in een landelijk beeld.` : `${werkruimte.gemeentenaam} telt in een landelijk beeld alleen mee in de aantallen.`;
      setMelding({ soort: 'ok', tekst: `${delen ? 'De prioriteiten in concept worden nu gedeeld met de regio.' : 'De prioriteiten in concept worden niet gedeeld met de regio.'} ${naam}` });
      await onGewijzigd();
      return;
    }
    const velden = veldfouten(r.probleem);
    setMelding({ soort: 'fout', tekst: r.status === 412 ? gewijzigdElders : (velden.deeltMetRegio ?? velden.naamInLandelijkBeeld ?? r.probleem.detail) });
    await onGewijzigd();
  };

  const uitleg = 'Een vastgesteld IVP is altijd zichtbaar voor de regio; met dit vinkje ziet de regio ook de prioriteiten die nog in concept zijn.';
  const naamUitleg = 'Een provincie, de VNG of het CCV kan op deze installatie analyseren wat gemeenten prioriteren. Zonder dit vinkje telt uw gemeente daar alleen mee in de aantallen, zonder naam.';
  return (
    <section className="kp-wr-sectie" id="delen-met-regio" aria-labelledby="delen-kop" tabIndex={-1}>
      <h2 className="utrecht-heading-2" id="delen-kop">
        Delen met de regio en het landelijk beeld
      </h2>
      <p className="utrecht-paragraph">
        Regio's waarin {werkruimte.gemeentenaam} ligt (de politie-eenheid, het district, de veiligheidsregio, het RIEC) leggen de prioriteiten van hun gemeenten naast elkaar.
      </p>
      {magWijzigen ? (
        <div className="kp-smal">
          <form onSubmit={(e) => void bewaar(e)} noValidate aria-labelledby="delen-kop">
            <div className="kp-check kp-check--met-uitleg">
              <input id="inst-deelt-met-regio" type="checkbox" checked={delen} aria-describedby="inst-deelt-met-regio-uitleg" onChange={(e) => setDelen(e.target.checked)} />
              <label htmlFor="inst-deelt-met-regio">Deel de prioriteiten in concept met de regio</label>
            </div>
            <p className="utrecht-form-field-description kp-field__uitleg" id="inst-deelt-met-regio-uitleg">
              {uitleg}
            </p>
            <div className="kp-check kp-check--met-uitleg">
              <input id="inst-landelijk-bij-naam" type="checkbox" checked={bijNaam} aria-describedby="inst-landelijk-bij-naam-uitleg" onChange={(e) => setBijNaam(e.target.checked)} />
              <label htmlFor="inst-landelijk-bij-naam">Noem {werkruimte.gemeentenaam} bij naam in een landelijk beeld van prioriteiten</label>
            </div>
            <p className="utrecht-form-field-description kp-field__uitleg" id="inst-landelijk-bij-naam-uitleg">
              {naamUitleg}
            </p>
            <div className="kp-actions">
              <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig || !gewijzigd}>
                Keuze opslaan
              </button>
            </div>
          </form>
          <Meldingregel melding={melding} />
        </div>
      ) : (
        <p className="utrecht-paragraph">
          {werkruimte.deeltMetRegio ? 'De prioriteiten in concept worden gedeeld met de regio.' : 'De prioriteiten in concept worden niet gedeeld met de regio.'} {uitleg}{' '}
          {werkruimte.naamInLandelijkBeeld ? `${werkruimte.gemeentenaam} staat bij naam in een landelijk beeld.` : `${werkruimte.gemeentenaam} telt in een landelijk beeld alleen mee in de aantallen.`}
        </p>
      )}
    </section>
  );
}
