/**
 * The settings of a workspace: name and plan period, and for an IVP the other municipalities of a
 * joint IVP and the council term (the elections, derived from the Kieswet, and the date of the
 * coalition agreement). The coordinator changes them; other members read them.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { mag, rolNamen } from '../../../domain/toegang/rollen.ts';
import { aangeradenPlanperiode, datumTekst, raadsperiodeOp, type RaadsperiodeOverzicht, vaststellendeRaad, verkiezingenVanaf } from '../../../domain/cyclus/raadsperiode.ts';
import { useApi } from '../../shared/use-api.ts';
import { type Werkruimte, veldfouten } from '../../shared/api.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Foutsamenvatting, type Melding, Meldingregel, Tekstveld, type Veldmelding } from '../../shared/formulier.tsx';
import { Kruimelpad, usePaginatitel, useVraagVoorWeggaan } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { periodeTekst, soortNamen } from '../../shared/teksten.ts';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { DeelnemendeGemeenten } from './deelnemende-gemeenten.tsx';
import { DelenMetRegio, RegioInstellingen } from './regio-instellingen.tsx';
import '../../styles/werkruimte.css';

const veldIds: Record<string, { id: string; veld: string }> = {
  naam: { id: 'inst-naam', veld: 'Naam' },
  periodeStart: { id: 'inst-van', veld: 'Van (jaar)' },
  periodeEinde: { id: 'inst-tot', veld: 'Tot en met (jaar)' },
};

export function WerkruimteInstellingenPage() {
  const { werkruimte, lid, vernieuwWerkruimte } = useWerkruimte();
  usePaginatitel(`Instellingen – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const magWijzigen = mag(lid, 'werkruimte.wijzigen');
  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Instellingen' }]} />
      <h1 className="utrecht-heading-1">Instellingen</h1>
      <CyclusNavigatie huidig="instellingen" />
      {magWijzigen ? (
        <NaamEnPeriode werkruimte={werkruimte} onGewijzigd={vernieuwWerkruimte} />
      ) : (
        <>
          <p className="utrecht-paragraph">Alleen de coördinator wijzigt de instellingen van de werkruimte.</p>
          <dl className="kp-meta">
            <div>
              <dt>Naam</dt>
              <dd>{werkruimte.naam}</dd>
            </div>
            <div>
              <dt>Soort</dt>
              <dd>{werkruimte.regio ? `Regionale werkruimte (${werkruimte.regio.soortNaam})` : soortNamen[werkruimte.soort]}</dd>
            </div>
            <div>
              <dt>Periode</dt>
              <dd>{periodeTekst(werkruimte)}</dd>
            </div>
            <div>
              <dt>Uw rol</dt>
              <dd>{rolNamen[werkruimte.mijnRol]}</dd>
            </div>
          </dl>
        </>
      )}
      {werkruimte.regio ? <RegioInstellingen werkruimte={werkruimte} magWijzigen={magWijzigen} onGewijzigd={vernieuwWerkruimte} /> : <DeelnemendeGemeenten werkruimte={werkruimte} magWijzigen={magWijzigen} onGewijzigd={vernieuwWerkruimte} />}
      <DelenMetRegio werkruimte={werkruimte} magWijzigen={magWijzigen} onGewijzigd={vernieuwWerkruimte} />
      {werkruimte.soort === 'ivp' && !werkruimte.regio ? <Raadsperiode werkruimte={werkruimte} magWijzigen={magWijzigen} leestCyclus={mag(lid, 'cyclus.lezen')} onGewijzigd={vernieuwWerkruimte} /> : null}
    </>
  );
}

/**
 * The council term: the elections (from the Kieswet), the plan period that fits the council that
 * adopts the IVP, and the date of the coalition agreement, which the coordinator fills in.
 */
function Raadsperiode({ werkruimte, magWijzigen, leestCyclus, onGewijzigd }: { werkruimte: Werkruimte; magWijzigen: boolean; leestCyclus: boolean; onGewijzigd: () => Promise<unknown> }) {
  const schrijf = useSchrijf();
  const vandaag = new Date().toISOString().slice(0, 10);
  const huidig = raadsperiodeOp(vandaag);
  // The warnings take the planned council meeting into account: the cycle overview has them.
  const cyclus = useApi<{ raadsperiode?: RaadsperiodeOverzicht | null }>(leestCyclus ? `/werkruimtes/${encodeURIComponent(werkruimte.id)}/cyclus` : null);
  const overzicht = cyclus.status === 'klaar' ? (cyclus.data.raadsperiode ?? null) : null;
  const raad = overzicht?.vaststellendeRaad ?? vaststellendeRaad({ raadsvergadering: null, periodeStart: werkruimte.periodeStart });
  const advies = raad ? aangeradenPlanperiode(raad) : null;
  const [datum, setDatum] = useState(werkruimte.coalitieakkoord ?? '');
  const [fout, setFout] = useState<string | undefined>(undefined);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const gewijzigd = datum !== (werkruimte.coalitieakkoord ?? '');
  useEffect(() => {
    if (!gewijzigd) setDatum(werkruimte.coalitieakkoord ?? '');
  }, [werkruimte.versie]);

  const bewaar = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    setFout(undefined);
    setBezig(true);
    const r = await schrijf<Werkruimte>('PATCH', `/werkruimtes/${encodeURIComponent(werkruimte.id)}`, { ifMatch: werkruimte.versie, body: { coalitieakkoord: datum || null } });
    setBezig(false);
    if (r.ok) {
      setMelding({ soort: 'ok', tekst: datum ? `De datum van het coalitieakkoord (${datumTekst(datum)}) is opgeslagen.` : 'De datum van het coalitieakkoord is gewist.' });
      await onGewijzigd();
      return;
    }
    const velden = veldfouten(r.probleem);
    if (velden.coalitieakkoord) return setFout(velden.coalitieakkoord);
    setMelding({ soort: 'fout', tekst: r.status === 412 ? 'Iemand anders heeft de werkruimte intussen gewijzigd. Uw invoer staat er nog; sla opnieuw op om die te bewaren.' : r.probleem.detail });
    await onGewijzigd();
  };

  return (
    <section className="kp-wr-sectie" id="raadsperiode" aria-labelledby="raadsperiode-kop" tabIndex={-1}>
      <h2 className="utrecht-heading-2" id="raadsperiode-kop">
        Raadsperiode en coalitieakkoord
      </h2>
      <p className="utrecht-paragraph">
        Het IVP sluit bij voorkeur aan op de raad die het vaststelt: het plan loopt mee met de raadsperiode en bouwt voort op het coalitieakkoord.
        De verkiezingen volgen uit de Kieswet.
      </p>
      <dl className="kp-meta">
        <div>
          <dt>De huidige raad</dt>
          <dd>
            gekozen op {datumTekst(huidig.verkiezing)}, tot {datumTekst(huidig.einde)}
          </dd>
        </div>
        <div>
          <dt>Volgende verkiezingen</dt>
          <dd>{verkiezingenVanaf(vandaag, 3).map(datumTekst).join('; daarna ')}</dd>
        </div>
        {raad && advies ? (
          <div>
            <dt>Planperiode die past</dt>
            <dd>
              {advies.van} tot en met {advies.tot} (de raad van {raad.verkiezingsjaar})
            </dd>
          </div>
        ) : null}
      </dl>
      {overzicht && overzicht.waarschuwingen.length > 0 ? (
        <ul className="kp-bevindingen">
          {overzicht.waarschuwingen.map((w) => (
            <li key={w.code} className="kp-bevinding kp-bevinding--waarschuwing">
              <strong>Waarschuwing:</strong> {w.melding}
            </li>
          ))}
        </ul>
      ) : null}
      {magWijzigen ? (
        <div className="kp-smal">
          <form onSubmit={(e) => void bewaar(e)} noValidate aria-labelledby="raadsperiode-kop">
            <div className={`utrecht-form-field kp-field${fout ? ' utrecht-form-field--invalid' : ''}`}>
              <label className="utrecht-form-label" htmlFor="inst-coalitieakkoord">
                Datum van het coalitieakkoord
              </label>
              <p className="utrecht-form-field-description kp-field__uitleg" id="inst-coalitieakkoord-uitleg">
                Leeg laten als het akkoord er nog niet is.
              </p>
              {fout ? (
                <p className="utrecht-form-field-error-message kp-field__fout" id="inst-coalitieakkoord-fout">
                  {fout}
                </p>
              ) : null}
              <input
                id="inst-coalitieakkoord"
                type="date"
                className="utrecht-textbox"
                value={datum}
                aria-invalid={fout ? true : undefined}
                aria-describedby={['inst-coalitieakkoord-uitleg', fout ? 'inst-coalitieakkoord-fout' : ''].filter(Boolean).join(' ')}
                onChange={(e) => setDatum(e.target.value)}
              />
            </div>
            <div className="kp-actions">
              <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig || !gewijzigd}>
                Datum opslaan
              </button>
            </div>
          </form>
          <Meldingregel melding={melding} />
        </div>
      ) : (
        <p className="utrecht-paragraph">Coalitieakkoord: {werkruimte.coalitieakkoord ? datumTekst(werkruimte.coalitieakkoord) : 'nog niet ingevuld'}.</p>
      )}
    </section>
  );
}

function NaamEnPeriode({ werkruimte, onGewijzigd }: { werkruimte: Werkruimte; onGewijzigd: () => Promise<unknown> }) {
  const schrijf = useSchrijf();
  const beginwaarden = () => ({ naam: werkruimte.naam, van: werkruimte.periodeStart?.toString() ?? '', tot: werkruimte.periodeEinde?.toString() ?? '' });
  const [waarden, setWaarden] = useState(beginwaarden);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const gewijzigd = waarden.naam !== werkruimte.naam || waarden.van !== (werkruimte.periodeStart?.toString() ?? '') || waarden.tot !== (werkruimte.periodeEinde?.toString() ?? '');
  useVraagVoorWeggaan(gewijzigd);

  // Someone else changed the workspace (or this form saved): show the new values when nothing is being edited.
  useEffect(() => {
    if (!gewijzigd) setWaarden(beginwaarden());
  }, [werkruimte.versie]);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    const eigen: Record<string, string> = {};
    const jaar = (s: string) => /^\d{4}$/.test(s.trim());
    if (waarden.naam.trim().length < 3) eigen.naam = 'Geef een naam van minstens 3 tekens.';
    if (!jaar(waarden.van)) eigen.periodeStart = 'Vul het eerste jaar van het plan in, bijvoorbeeld 2027.';
    if (!jaar(waarden.tot)) eigen.periodeEinde = 'Vul het laatste jaar van het plan in, bijvoorbeeld 2030.';
    else if (jaar(waarden.van) && Number(waarden.tot) < Number(waarden.van)) eigen.periodeEinde = 'Het laatste jaar ligt voor het eerste jaar.';
    setFouten(eigen);
    if (Object.keys(eigen).length > 0) return;
    setBezig(true);
    const r = await schrijf<Werkruimte>('PATCH', `/werkruimtes/${encodeURIComponent(werkruimte.id)}`, {
      ifMatch: werkruimte.versie,
      body: { naam: waarden.naam.trim(), periodeStart: Number(waarden.van), periodeEinde: Number(waarden.tot) },
    });
    setBezig(false);
    if (r.ok) {
      setMelding({ soort: 'ok', tekst: 'De naam en de planperiode zijn opgeslagen.' });
      await onGewijzigd();
      return;
    }
    if (r.status === 400 && r.probleem.invalidParams?.length) {
      setFouten(veldfouten(r.probleem));
      return;
    }
    setMelding({ soort: 'fout', tekst: r.status === 412 ? 'Iemand anders heeft de werkruimte intussen gewijzigd. Uw invoer staat er nog; sla opnieuw op om die te bewaren.' : r.probleem.detail });
    await onGewijzigd();
  };

  const samenvatting: Veldmelding[] = Object.entries(fouten).map(([naam, m]) => ({ id: veldIds[naam]?.id ?? 'inst-naam', veld: veldIds[naam]?.veld ?? naam, melding: m }));

  return (
    <section className="kp-wr-sectie" aria-labelledby="naam-kop">
      <h2 className="utrecht-heading-2" id="naam-kop">
        Naam en planperiode
      </h2>
      <div className="kp-smal">
        <Foutsamenvatting fouten={samenvatting} />
        <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby="naam-kop">
          <Tekstveld id="inst-naam" label="Naam" waarde={waarden.naam} onWaarde={(naam) => setWaarden((w) => ({ ...w, naam }))} fout={fouten.naam} autoComplete="off" />
          <fieldset className="kp-fieldset">
            <legend>Planperiode</legend>
            <div className="kp-inline-velden">
              <Tekstveld id="inst-van" label="Van (jaar)" inputMode="numeric" maxLength={4} waarde={waarden.van} onWaarde={(van) => setWaarden((w) => ({ ...w, van }))} fout={fouten.periodeStart} autoComplete="off" />
              <Tekstveld id="inst-tot" label="Tot en met (jaar)" inputMode="numeric" maxLength={4} waarde={waarden.tot} onWaarde={(tot) => setWaarden((w) => ({ ...w, tot }))} fout={fouten.periodeEinde} autoComplete="off" />
            </div>
          </fieldset>
          <div className="kp-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
              Opslaan
            </button>
          </div>
        </form>
        <Meldingregel melding={melding} />
      </div>
    </section>
  );
}
