/**
 * The mandatory budget indicators (Besluit begroting en verantwoording) that come from police figures:
 * per municipality and year, per 1,000 inhabitants, with the national figure beside them and the crime
 * types each one counts. Halt referrals are no police data: the municipality enters them by hand
 * (PUT …/politiecijfers/halt), per year, with the number of young people aged 12-17.
 * Issue 16: each indicator shows its official definition, the official national figure (CBS, as on
 * waarstaatjegemeente.nl), whether the police crime types cover that definition ("onvolledig" when not),
 * and each year's rate uses that year's population on 1 January.
 */
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { IndicatorWaarde } from '../../../domain/politie/cijfers.ts';
import type { IndicatorOverzicht } from '../../../server/politie/cijfers.ts';
import { veldfouten } from '../../shared/api.ts';
import { Laden } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Meldingregel, Tabelkader, Tekstveld, type Melding } from '../../shared/formulier.tsx';
import { type GemeenteCijfers, getal, metNaam } from '../../shared/politie-gegevens.ts';
import { Staafgrafiek } from '../../shared/staafgrafiek.tsx';
import { CbsGroepenImport } from './cbs-groepen-import.tsx';

interface Antwoord {
  gemeenten: { code: string; naam: string; indicatoren: IndicatorOverzicht[] }[];
  /** Version of the Halt figures, sent back as If-Match. */
  haltVersie: number;
}

const landelijkeBron: Record<NonNullable<IndicatorWaarde['landelijkBron']>, string> = {
  'import-NL00': 'ingelezen cijfer van Nederland (NL00)',
  'som-gemeenten': 'som van alle 342 gemeenten',
  meegeleverd: 'CBS 47025NED (meegeleverd)',
  'CBS 83648NED': 'CBS 83648NED, dezelfde groep voor Nederland',
};

function Indicator({ ind, gemeente, herkomst, niveau }: { ind: IndicatorOverzicht; gemeente: string; herkomst: GemeenteCijfers['herkomst'] | undefined; niveau: 3 | 4 }) {
  const Kop = niveau === 3 ? 'h3' : 'h4';
  const kopId = `indicator-${ind.id}-${gemeente.replace(/\W/g, '')}`;
  const waarden = [...ind.waarden].sort((a, b) => a.jaar - b.jaar);
  return (
    <section className="kp-politie-indicator" aria-labelledby={kopId}>
      <Kop className={`utrecht-heading-${niveau}`} id={kopId}>
        {ind.naam}
      </Kop>
      {ind.definitie ? (
        <p className="utrecht-paragraph kp-klein">
          <strong>Officiële definitie:</strong> {ind.definitie} {ind.officieleBron ? <>(bron: {ind.officieleBron})</> : null}
        </p>
      ) : null}
      <p className="utrecht-paragraph kp-klein">
        <strong>Telt:</strong> {ind.codes.map((c) => `${c.code} ${c.titel}`).join('; ')}. {ind.toelichting}
      </p>
      {waarden.some((w) => w.dekking === 'onvolledig') ? (
        <p className="utrecht-paragraph kp-klein kp-politie-onvolledig" role="note">
          <strong>Onvolledig:</strong> {[...new Set(waarden.filter((w) => w.dekking === 'onvolledig').map((w) => w.ontbreekt).filter(Boolean))].join(' ')} Het cijfer van{' '}
          {gemeente} is daarom niet gelijk aan het officiële cijfer; vergelijk het met Nederland berekend met dezelfde soorten.
        </p>
      ) : null}
      {waarden.some((w) => w.bron) ? (
        <p className="utrecht-paragraph kp-klein" role="note">
          <strong>Officieel en volledig:</strong> voor {waarden.filter((w) => w.bron).map((w) => `${w.jaar}${w.voorlopig ? ' (voorlopig)' : ''}`).join(', ')} komt het cijfer van {gemeente} uit de
          ingelezen CBS-tabel 83648NED, de groep van de officiële definitie.
          {waarden.some((w) => w.per1000Cbs != null) ? ` CBS zelf geeft per 1.000 inwoners: ${waarden.filter((w) => w.per1000Cbs != null).map((w) => `${w.jaar} ${getal(w.per1000Cbs!)}`).join('; ')}.` : ''}
          {waarden.some((w) => w.per1000Uit === 'CBS') ? ` Zonder inwonertal van dat jaar staat daar het cijfer van CBS (${waarden.filter((w) => w.per1000Uit === 'CBS').map((w) => w.jaar).join(', ')}).` : ''}
        </p>
      ) : null}
      {waarden.some((w) => w.inwoners === null && w.aantal !== null && w.per1000Uit !== 'CBS') ? (
        <p className="utrecht-paragraph kp-klein">
          Voor {waarden.filter((w) => w.inwoners === null && w.aantal !== null && w.per1000Uit !== 'CBS').map((w) => w.jaar).join(', ')} is geen inwonertal op 1 januari van dat jaar bekend; vul het in
          (Inwoners) om het cijfer per 1.000 inwoners te krijgen. Kernplan rekent een jaar niet met de inwoners van een ander jaar.
        </p>
      ) : null}
      {waarden.length === 0 ? (
        <p className="utrecht-paragraph kp-muted">
          Nog geen cijfer voor {gemeente} als geheel
          {herkomst?.soort === 'wijk' || herkomst?.soort === 'buurt' ? ` (er zijn alleen cijfers per ${herkomst.soort} ingelezen)` : ''}.
        </p>
      ) : (
        <div className="kp-politie-naast kp-politie-naast--onder">
          {waarden.some((w) => w.herkomst) ? (
            <p className="utrecht-paragraph kp-klein">
              Zonder cijfer voor {gemeente} als geheel is per jaar opgeteld: {[...new Set(waarden.filter((w) => w.herkomst).map((w) => `${w.jaar}: ${w.herkomst}`))].join('; ')}. Ontbrekende
              of onbekende gebieden maken de som lager dan het officiële gemeentecijfer.
            </p>
          ) : null}
          <Staafgrafiek
            titel={`${ind.naam.replace(/ per 1\.000 inwoners$/, '')} in ${gemeente} en Nederland`}
            eenheid={ind.eenheid}
            jaren={waarden.map((w) => w.jaar)}
            reeksen={[
              { naam: gemeente, waarden: waarden.map((w) => w.waarde) },
              // Two series at most (the chart has two styles): beside an incomplete figure the national one with the same crime types, which is comparable; otherwise the official one.
              waarden.some((w) => w.dekking === 'onvolledig')
                ? { naam: 'Nederland (zelfde soorten)', waarden: waarden.map((w) => w.landelijk) }
                : { naam: 'Nederland', waarden: waarden.map((w) => w.landelijkOfficieel ?? w.landelijk) },
            ]}
            klein
          />
          <Tabelkader label={`${ind.naam}: ${gemeente} en Nederland`}>
            <table className="utrecht-table kp-table kp-politie-tabel">
              <caption className="kp-visually-hidden">
                {ind.naam}: {gemeente} en Nederland per jaar
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Jaar</th>
                  <th scope="col" className="utrecht-table__header-cell kp-getal">Aantal</th>
                  <th scope="col" className="utrecht-table__header-cell kp-getal">Inwoners</th>
                  <th scope="col" className="utrecht-table__header-cell kp-getal">{gemeente} per 1.000</th>
                  <th scope="col" className="utrecht-table__header-cell kp-getal">Nederland per 1.000</th>
                  <th scope="col" className="utrecht-table__header-cell">Bron van het landelijke cijfer</th>
                  <th scope="col" className="utrecht-table__header-cell kp-getal">Nederland officieel per 1.000</th>
                  <th scope="col" className="utrecht-table__header-cell">Dekking</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {waarden.map((w) => (
                  <tr key={w.jaar} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">{w.jaar}</th>
                    <td className="utrecht-table__cell kp-getal">{getal(w.aantal)}</td>
                    <td className="utrecht-table__cell kp-getal">{getal(w.inwoners)}</td>
                    <td className="utrecht-table__cell kp-getal">{getal(w.waarde)}</td>
                    <td className="utrecht-table__cell kp-getal">{getal(w.landelijk)}</td>
                    <td className="utrecht-table__cell">{w.landelijkBron ? landelijkeBron[w.landelijkBron] : 'niet bekend voor dit jaar'}</td>
                    <td className="utrecht-table__cell kp-getal">{w.landelijkOfficieel == null ? 'niet bekend' : getal(w.landelijkOfficieel)}</td>
                    <td className="utrecht-table__cell">{w.dekking ?? '-'}{w.bron ? ` (${w.bron})` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelkader>
        </div>
      )}
    </section>
  );
}

/** Halt referrals: no police figure. The values entered so far, and a form to enter a year. */
function Halt({ ind, versie, gemeente, api, magBewerken, onOpgeslagen, niveau }: { ind: IndicatorOverzicht; versie: number; gemeente: { code: string; naam: string }; api: string; magBewerken: boolean; onOpgeslagen: (a: Antwoord) => void; niveau: 3 | 4 }) {
  const Kop = niveau === 3 ? 'h3' : 'h4';
  const schrijf = useSchrijf();
  const idBasis = `halt-${gemeente.code}`;
  const [invoer, setInvoer] = useState({ jaar: String(new Date().getFullYear() - 1), verwijzingen: '', jongeren: '' });
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const waarden = [...ind.waarden].sort((a, b) => a.jaar - b.jaar);

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    const getal = (v: string) => (/^\s*\d+\s*$/.test(v.replace(/\./g, '')) ? Number(v.replace(/\./g, '')) : NaN);
    const body = { gemeentecode: gemeente.code, jaar: getal(invoer.jaar), verwijzingen: getal(invoer.verwijzingen), jongeren: getal(invoer.jongeren) };
    const lokaal: Record<string, string> = {};
    if (!Number.isInteger(body.jaar)) lokaal.jaar = 'Vul een jaartal in, zoals 2024.';
    if (!Number.isInteger(body.verwijzingen)) lokaal.verwijzingen = 'Vul het aantal verwijzingen in, een heel getal.';
    if (!Number.isInteger(body.jongeren)) lokaal.jongeren = 'Vul het aantal jongeren van 12 tot en met 17 jaar in, een heel getal.';
    if (Object.keys(lokaal).length) {
      setFouten(lokaal);
      setMelding({ soort: 'fout', tekst: 'Controleer de velden van het Halt-cijfer.' });
      return;
    }
    setBezig(true);
    setMelding(null);
    const r = await schrijf<Antwoord>('PUT', `${api}/halt`, { ifMatch: versie, body });
    setBezig(false);
    if (!r.ok) {
      setFouten(veldfouten(r.probleem));
      setMelding({ soort: 'fout', tekst: r.probleem.detail });
      return;
    }
    setFouten({});
    setMelding({ soort: 'ok', tekst: `Halt-cijfer van ${body.jaar} opgeslagen voor ${gemeente.naam}.` });
    setInvoer({ ...invoer, verwijzingen: '', jongeren: '' });
    onOpgeslagen(r.data);
  };

  return (
    <section className="kp-politie-indicator" aria-labelledby={`${idBasis}-kop`}>
      <Kop className={`utrecht-heading-${niveau}`} id={`${idBasis}-kop`}>
        {ind.naam}
      </Kop>
      <div className="kp-note kp-politie-halt">
        <p className="utrecht-paragraph">
          Dit is geen politiecijfer: de verwijzingen naar Bureau Halt staan niet in deze bestanden. De gemeente vult ze met de hand in, per jaar, met
          het aantal jongeren van 12 tot en met 17 jaar. U kunt ze ook als{' '}
          <Link className="utrecht-link" to={`${api.replace(/\/politiecijfers$/, '')}/indicatoren`}>
            effectindicator
          </Link>{' '}
          volgen. Eenheid: verwijzingen per 1.000 jongeren van 12 tot en met 17 jaar, zoals waarstaatjegemeente.nl nu publiceert; oudere begrotingen noemen het
          aantal per 10.000 jongeren, daarom staan beide in de tabel.
        </p>
        {waarden.length > 0 ? (
          <Tabelkader label={`Halt-verwijzingen ${gemeente.naam}`}>
            <table className="utrecht-table kp-table kp-politie-tabel kp-politie-tabel--smal">
              <caption className="kp-visually-hidden">Halt-verwijzingen per 1.000 jongeren van 12 tot en met 17 jaar in {gemeente.naam}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Jaar</th>
                  <th scope="col" className="utrecht-table__header-cell kp-getal">Verwijzingen</th>
                  <th scope="col" className="utrecht-table__header-cell kp-getal">Jongeren 12-17</th>
                  <th scope="col" className="utrecht-table__header-cell kp-getal">Per 10.000 jongeren (oude eenheid)</th>
                  <th scope="col" className="utrecht-table__header-cell kp-getal">Per 1.000 jongeren</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {waarden.map((w) => (
                  <tr key={w.jaar} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">{w.jaar}</th>
                    <td className="utrecht-table__cell kp-getal">{getal(w.aantal)}</td>
                    <td className="utrecht-table__cell kp-getal">{getal(w.inwoners)}</td>
                    <td className="utrecht-table__cell kp-getal">{getal(w.per10000 ?? null)}</td>
                    <td className="utrecht-table__cell kp-getal">{getal(w.waarde)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelkader>
        ) : (
          <p className="utrecht-paragraph kp-muted">Nog geen Halt-cijfers ingevuld voor {gemeente.naam}.</p>
        )}
        {magBewerken ? (
          <form onSubmit={opslaan} noValidate aria-label={`Halt-cijfer invullen voor ${gemeente.naam}`}>
            <div className="kp-inline-velden kp-politie-keuzes">
              <Tekstveld id={`${idBasis}-jaar`} label="Jaar van het Halt-cijfer" inputMode="numeric" waarde={invoer.jaar} onWaarde={(jaar) => setInvoer({ ...invoer, jaar })} fout={fouten.jaar} />
              <Tekstveld id={`${idBasis}-verwijzingen`} label="Verwijzingen naar Halt" inputMode="numeric" waarde={invoer.verwijzingen} onWaarde={(verwijzingen) => setInvoer({ ...invoer, verwijzingen })} fout={fouten.verwijzingen} />
              <Tekstveld id={`${idBasis}-jongeren`} label="Jongeren van 12 tot en met 17 jaar" inputMode="numeric" waarde={invoer.jongeren} onWaarde={(jongeren) => setInvoer({ ...invoer, jongeren })} fout={fouten.jongeren} />
              <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={bezig}>
                Halt-cijfer opslaan
              </button>
            </div>
            <Meldingregel melding={melding} />
          </form>
        ) : null}
      </div>
    </section>
  );
}

export function Begrotingsindicatoren({ api, overzicht, magBewerken, namen }: { api: string; overzicht: GemeenteCijfers[] | null; magBewerken: boolean; namen: ReadonlyMap<string, string> }) {
  const bron = useBron<Antwoord>(`${api}/begrotingsindicatoren`);
  return (
    <section aria-labelledby="begroting-kop" className="kp-section">
      <h2 className="utrecht-heading-2" id="begroting-kop">
        Verplichte begrotingsindicatoren
      </h2>
      <p className="utrecht-paragraph">
        Het Besluit begroting en verantwoording vraagt gemeenten om vijf veiligheidsindicatoren. Vier komen uit de politiecijfers: per jaar, per 1.000 inwoners op
        1 januari van dat jaar, met het landelijke cijfer ernaast, berekend met dezelfde soorten misdrijf, en het officiële landelijke cijfer. Winkeldiefstal en
        diefstal uit woning vallen samen met één politiesoort. Geweldsmisdrijven en vernielingen zijn officieel groepen uit de CBS-indeling naar wetsartikel; uit
        politiesoorten zijn die niet na te bouwen, dus die cijfers heten hier onvolledig, tot u de CBS-tabel 83648NED inleest. De vijfde, de verwijzingen naar Halt, vult u met de hand in.
      </p>
      <CbsGroepenImport api={api} magImporteren={magBewerken} onIngelezen={() => void bron.vernieuw()} />
      <Laden toestand={bron.toestand}>
        {({ gemeenten, haltVersie }) => (
          <>
            {gemeenten.map((ruw) => {
              const g = metNaam(ruw, namen);
              const halt = g.indicatoren.find((i) => i.codes.length === 0);
              return (
                <div key={g.code} className="kp-politie-gemeente">
                  {gemeenten.length > 1 ? <h3 className="utrecht-heading-3">{g.naam}</h3> : null}
                  {g.indicatoren
                    .filter((i) => i.codes.length > 0)
                    .map((i) => (
                      <Indicator key={i.id} ind={i} gemeente={g.naam} herkomst={overzicht?.find((o) => o.code === g.code)?.herkomst} niveau={gemeenten.length > 1 ? 4 : 3} />
                    ))}
                  {halt ? <Halt ind={halt} versie={haltVersie} gemeente={g} api={api} magBewerken={magBewerken} onOpgeslagen={bron.zet} niveau={gemeenten.length > 1 ? 4 : 3} /> : null}
                </div>
              );
            })}
          </>
        )}
      </Laden>
    </section>
  );
}
