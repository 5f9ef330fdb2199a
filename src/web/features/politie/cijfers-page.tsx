/**
 * Step 2: the imported police figures of the workspace's municipalities. Per field and theme the
 * yearly series (count and per 1,000 inhabitants) as a chart and a table, with the trend and the crime
 * types behind each theme; the comparison with municipalities of similar size; the mandatory budget
 * indicators; the figures per district or neighbourhood, per year or month; and the mapping of the
 * crime types to the themes.
 */
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { mag } from '../../../domain/toegang/rollen.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useApi } from '../../shared/use-api.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Tabelkader } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { Begrotingsindicatoren } from './begrotingsindicatoren.tsx';
import { type Aggregaten, type GemeenteCijfers, getal, heeftCijfers, herkomstTekst, metNaam, type Reekspunt, soortTitel, type ThemaCijfers, trendTekst, usePolitieOverzicht, werkruimteNamen } from '../../shared/politie-gegevens.ts';
import { Staafgrafiek } from '../../shared/staafgrafiek.tsx';
import { DekkingUitleg, Onvolledig } from '../../shared/politie-dekking.tsx';
import { combineer, type Dekking } from '../../../domain/politie/dekking.ts';
import { Themakoppeling } from './themakoppeling.tsx';

interface Vergelijking {
  jaar: number | null;
  gemeenten: {
    code: string;
    naam: string;
    klasse: string | null;
    /** null: het cijfer van de gemeente zelf; anders bv. 'som van 517 buurten'. */
    herkomst: string | null;
    vergeleken: { code: string; naam: string; inwoners: number | null; herkomst: string | null }[];
    themas: {
      themaId: string;
      naam: string;
      per1000: number | null;
      dekking: Dekking;
      /** false: the own figure is incomplete (or unknown); `reden` says why it is not compared. */
      vergelijkbaar: boolean;
      reden: string | null;
      gemiddelde: number | null;
      plaats: number | null;
      van: number;
      weggelaten: { code: string; naam: string; reden: string }[];
    }[];
  }[];
}

const maandnamen = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function Reekstabel({ titel, reeks }: { titel: string; reeks: Reekspunt[] }) {
  return (
    <Tabelkader label={`Cijfers: ${titel}`}>
      <table className="utrecht-table kp-table kp-politie-tabel kp-politie-tabel--smal">
        <caption className="kp-visually-hidden">Cijfers per jaar: {titel}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Jaar</th>
            <th scope="col" className="utrecht-table__header-cell kp-getal">Aantal</th>
            <th scope="col" className="utrecht-table__header-cell kp-getal">Per 1.000 inwoners</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {reeks.map((r) => (
            <tr key={r.jaar} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{r.jaar}</th>
              <td className="utrecht-table__cell kp-getal">
                {getal(r.aantal)}
                {r.aantal !== null ? <Onvolledig d={r.dekking} /> : null}
              </td>
              <td className="utrecht-table__cell kp-getal">{getal(r.per1000)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Tabelkader>
  );
}

/** The years with a figure do not count the same crime types (then a trend compares unequal sums). */
function ongelijk(reeks: Reekspunt[]): boolean {
  const sets = reeks.filter((r) => r.aantal !== null).map((r) => r.dekking.aanwezig.join(' '));
  return new Set(sets).size > 1;
}

function ThemaBlok({ t, g, basis, metSecties }: { t: ThemaCijfers; g: GemeenteCijfers; basis: string; metSecties: boolean }) {
  const kopId = `thema-${t.themaId.replace('.', '-')}-${g.code}`;
  const titel = `Geregistreerde misdrijven thema ${t.themaId} ${t.naam} in ${g.naam}`;
  return (
    <section className="kp-politie-thema" aria-labelledby={kopId}>
      <h4 className="utrecht-heading-4" id={kopId}>
        {t.themaId} {t.naam}
      </h4>
      <DekkingUitleg d={t.dekking} wat={`thema ${t.themaId} ${t.naam}`} />
      <div className="kp-politie-naast">
        <Staafgrafiek titel={titel} eenheid="aantal" jaren={t.reeks.map((r) => r.jaar)} reeksen={[{ naam: g.naam, waarden: t.reeks.map((r) => r.aantal) }]} klein />
        <Reekstabel titel={`thema ${t.themaId} ${t.naam}`} reeks={t.reeks} />
      </div>
      <p className="utrecht-paragraph kp-politie-trend">
        <strong>Trend:</strong> {trendTekst(t.trend)}
        {t.trend && ongelijk(t.reeks) ? ' Let op: de jaren tellen niet dezelfde soorten misdrijf, dus de trend vergelijkt ongelijke sommen.' : ''}
      </p>
      <details className="kp-details">
        <summary>
          Soorten misdrijf in dit thema ({t.codes.length})
        </summary>
        <ul className="utrecht-unordered-list kp-klein">
          {t.codes.map((c) => (
            <li key={c} className="utrecht-unordered-list__item">
              {c} {soortTitel(c)}
            </li>
          ))}
        </ul>
      </details>
      {metSecties ? (
        <p className="utrecht-paragraph kp-klein">
          <Link className="utrecht-link" to={`${basis}/secties/thema-${t.themaId}`}>
            Naar de analyse van thema {t.themaId}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function Veldentabel({ g }: { g: GemeenteCijfers }) {
  return (
    <Tabelkader label={`Cijfers per veld in ${g.naam}`}>
      <table className="utrecht-table kp-table kp-politie-tabel">
        <caption className="kp-visually-hidden">Geregistreerde misdrijven per veld en jaar in {g.naam}: aantal en per 1.000 inwoners</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Veld</th>
            {g.jaren.map((j) => (
              <th key={j} scope="col" className="utrecht-table__header-cell kp-getal">
                {j}
              </th>
            ))}
            <th scope="col" className="utrecht-table__header-cell">Trend</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {g.velden.map((v) => (
            <tr key={v.veld} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {v.veld} {v.naam}
              </th>
              {g.jaren.map((j) => {
                const r = v.reeks.find((x) => x.jaar === j);
                return (
                  <td key={j} className="utrecht-table__cell kp-getal">
                    {getal(r?.aantal)}
                    {r?.per1000 != null ? <span className="kp-politie-per1000">{getal(r.per1000)} per 1.000</span> : null}
                    {r && r.aantal !== null ? <Onvolledig d={r.dekking} /> : null}
                  </td>
                );
              })}
              <td className="utrecht-table__cell kp-klein">{v.trend ? trendTekst(v.trend) : '–'}</td>
            </tr>
          ))}
          {heeftCijfers(g.totaal) ? (
            <tr className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                Totaal misdrijven (0.0.0)
              </th>
              {g.jaren.map((j) => {
                const r = g.totaal.find((x) => x.jaar === j);
                return (
                  <td key={j} className="utrecht-table__cell kp-getal">
                    {getal(r?.aantal)}
                    {r?.per1000 != null ? <span className="kp-politie-per1000">{getal(r.per1000)} per 1.000</span> : null}
                  </td>
                );
              })}
              <td className="utrecht-table__cell kp-klein">Alle soorten, ook die zonder thema.</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </Tabelkader>
  );
}

/** Under the table per field: which fields are incomplete, with their missing crime types on demand. */
function VeldenDekking({ g }: { g: GemeenteCijfers }) {
  const onvolledig = g.velden.filter((v) => heeftCijfers(v.reeks) && !v.dekking.volledig);
  if (onvolledig.length === 0) return null;
  return (
    <div className="kp-politie-dekkinglijst">
      {onvolledig.map((v) => (
        <div key={v.veld}>
          <p className="utrecht-paragraph kp-klein">
            <strong>
              Veld {v.veld} {v.naam}
            </strong>
          </p>
          <DekkingUitleg d={v.dekking} wat={`veld ${v.veld} ${v.naam}`} />
        </div>
      ))}
    </div>
  );
}

/** The warning above the figures of a municipality when some theme figures are sums over only part of their crime types. */
function OnvolledigWaarschuwing({ g, met }: { g: GemeenteCijfers; met: ThemaCijfers[] }) {
  const onvolledig = met.filter((t) => !t.dekking.volledig);
  if (onvolledig.length === 0) return null;
  return (
    <div className="kp-warning kp-politie-onvolledig-melding">
      <p className="utrecht-paragraph">
        <strong>Onvolledige cijfers.</strong> Voor {onvolledig.length === 1 ? '1 thema' : `${onvolledig.length} thema's`} van {g.naam} zitten niet alle soorten misdrijf in de ingelezen
        bestanden ({onvolledig.map((t) => `${t.themaId}: ${t.dekking.aanwezig.length} van ${t.dekking.codes.length}`).join('; ')}). Zo'n cijfer is een som over een deel van
        de soorten, niet het hele thema: het staat er met &lsquo;onvolledig&rsquo; bij en wordt niet vergeleken met andere gemeenten. Importeer een bestand met alle soorten
        (zoals de CBS-tabel 47018NED) voor volledige cijfers.
      </p>
    </div>
  );
}

function Gemeente({ g, meer, basis, magImporteren, metSecties }: { g: GemeenteCijfers; meer: boolean; basis: string; magImporteren: boolean; metSecties: boolean }) {
  const kopId = `gemeente-${g.code}`;
  const herkomst = herkomstTekst(g);
  const met = g.themas.filter((t) => heeftCijfers(t.reeks));
  const zonder = g.themas.filter((t) => !heeftCijfers(t.reeks));
  return (
    <section aria-labelledby={kopId} className="kp-section kp-politie-gemeente">
      <h2 className="utrecht-heading-2" id={kopId}>
        {meer ? `${g.naam}: cijfers per veld en thema` : `Cijfers per veld en thema: ${g.naam}`}
      </h2>
      {g.herkomst.soort === 'geen' ? (
        <div className="kp-note kp-politie-leeg">
          <p className="utrecht-paragraph">
            Nog geen politiecijfers voor {g.naam};{' '}
            {magImporteren ? (
              <Link className="utrecht-link" to={`${basis}/politiecijfers/import`}>
                importeer een bestand
              </Link>
            ) : (
              'een coördinator of redacteur kan een bestand importeren'
            )}
            .
          </p>
        </div>
      ) : (
        <>
          <dl className="kp-meta">
            <div>
              <dt>Inwoners</dt>
              <dd>{g.inwoners ? `${getal(g.inwoners.aantal)} (${g.inwoners.bron === 'aangeleverd' ? `aangeleverd, 1 januari ${g.inwoners.jaar}` : g.inwoners.bron})` : 'onbekend'}</dd>
            </div>
            <div>
              <dt>Jaren</dt>
              <dd>{g.jaren.join(', ')}</dd>
            </div>
            <div>
              <dt>Bron</dt>
              <dd>Politie, geregistreerde misdrijven (CBS 47018NED)</dd>
            </div>
          </dl>
          {herkomst ? (
            <div className="kp-warning">
              <p className="utrecht-paragraph">{herkomst}</p>
            </div>
          ) : null}
          <OnvolledigWaarschuwing g={g} met={met} />
          <h3 className="utrecht-heading-3">Per veld</h3>
          <Veldentabel g={g} />
          <VeldenDekking g={g} />
          <h3 className="utrecht-heading-3">Per thema</h3>
          {met.map((t) => (
            <ThemaBlok key={t.themaId} t={t} g={g} basis={basis} metSecties={metSecties} />
          ))}
          {zonder.length > 0 ? (
            <p className="utrecht-paragraph kp-muted">
              Zonder cijfers in de ingelezen bestanden: {zonder.map((t) => `${t.themaId} ${t.naam}`).join('; ')}.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function VergelijkingSectie({ api, jaren, namen }: { api: string; jaren: number[]; namen: ReadonlyMap<string, string> }) {
  const [jaar, setJaar] = useState('');
  const toestand = useApi<Vergelijking>(`${api}/vergelijking${jaar ? `?jaar=${jaar}` : ''}`);
  return (
    <section aria-labelledby="vergelijking-kop" className="kp-section">
      <h2 className="utrecht-heading-2" id="vergelijking-kop">
        Vergelijking met gemeenten van dezelfde grootte
      </h2>
      <p className="utrecht-paragraph">
        Per thema het aantal per 1.000 inwoners naast het gemiddelde van de ingelezen gemeenten in dezelfde grootteklasse. Plaats 1 is het laagste aantal. Heeft een
        import alleen wijken of buurten van een gemeente (zoals een download van data.politie.nl), dan telt Kernplan die op; dat staat er dan bij.
      </p>
      {jaren.length > 1 ? (
        <div className="utrecht-form-field kp-field">
          <label className="utrecht-form-label" htmlFor="vergelijking-jaar">
            Jaar van de vergelijking
          </label>
          <select id="vergelijking-jaar" className="utrecht-select kp-select-smal" value={jaar} onChange={(e) => setJaar(e.target.value)}>
            <option value="">Laatste jaar</option>
            {jaren.map((j) => (
              <option key={j} value={j}>
                {j}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Laden toestand={toestand}>
        {(v) =>
          v.jaar === null ? (
            <p className="utrecht-paragraph kp-muted">Nog geen vergelijking: daarvoor zijn cijfers nodig van uw gemeente (als geheel of per wijk of buurt) en van andere gemeenten van dezelfde grootte.</p>
          ) : (
            <>
              {v.gemeenten.map((ruw) => metNaam(ruw, namen)).map((g) => (
                <div key={g.code} className="kp-politie-gemeente">
                  {v.gemeenten.length > 1 ? <h3 className="utrecht-heading-3">{g.naam}</h3> : null}
                  {g.klasse === null ? (
                    <p className="utrecht-paragraph kp-muted">
                      Geen vergelijking voor {g.naam}: voor {v.jaar} zijn geen cijfers van deze gemeente ingelezen, of het aantal inwoners is niet bekend.
                    </p>
                  ) : (
                    <>
                      <p className="utrecht-paragraph">
                        {g.naam} in {v.jaar}, grootteklasse {g.klasse}
                        {g.herkomst ? ` (cijfers: ${g.herkomst})` : ''}.{' '}
                        {g.vergeleken.length === 0
                          ? 'Er zijn nog geen andere gemeenten van deze grootte ingelezen; importeer cijfers van meer gemeenten om te vergelijken.'
                          : `Vergeleken met ${g.vergeleken.length === 1 ? '1 andere gemeente' : `${g.vergeleken.length} andere gemeenten`}: ${g.vergeleken.map((x) => (x.herkomst ? `${x.naam} (${x.herkomst})` : x.naam)).join(', ')}.`}
                      </p>
                      <Tabelkader label={`Vergelijking ${g.naam} ${v.jaar}`}>
                        <table className="utrecht-table kp-table kp-politie-tabel">
                          <caption className="kp-visually-hidden">
                            {g.naam} per thema naast gemeenten van dezelfde grootte, {v.jaar}
                          </caption>
                          <thead className="utrecht-table__header">
                            <tr className="utrecht-table__row">
                              <th scope="col" className="utrecht-table__header-cell">Thema</th>
                              <th scope="col" className="utrecht-table__header-cell kp-getal">{g.naam} per 1.000</th>
                              <th scope="col" className="utrecht-table__header-cell kp-getal">Gemiddelde grootteklasse per 1.000</th>
                              <th scope="col" className="utrecht-table__header-cell kp-getal">Plaats</th>
                            </tr>
                          </thead>
                          <tbody className="utrecht-table__body">
                            {g.themas.map((t) => (
                              <tr key={t.themaId} className="utrecht-table__row">
                                <th scope="row" className="utrecht-table__header-cell">
                                  {t.themaId} {t.naam}
                                </th>
                                <td className="utrecht-table__cell kp-getal">
                                  {getal(t.per1000)}
                                  {t.per1000 !== null ? <Onvolledig d={t.dekking} /> : null}
                                </td>
                                <td className="utrecht-table__cell kp-getal">{getal(t.gemiddelde)}</td>
                                <td className="utrecht-table__cell kp-getal">
                                  {t.plaats !== null ? `${t.plaats} van ${t.van}` : t.per1000 !== null && !t.vergelijkbaar ? <span className="kp-klein">niet vergeleken</span> : '–'}
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </Tabelkader>
                      <Weigeringen g={g} />
                    </>
                  )}
                </div>
              ))}
            </>
          )
        }
      </Laden>
    </section>
  );
}

type VergelekenGemeente = Vergelijking['gemeenten'][number];

/** Why themes are not compared (incomplete own figure), and which municipalities a ranking left out. */
function Weigeringen({ g }: { g: VergelekenGemeente }) {
  const geweigerd = g.themas.filter((t) => !t.vergelijkbaar && t.per1000 !== null);
  const zonder = g.themas.filter((t) => t.per1000 === null);
  const weggelaten = g.themas.filter((t) => t.weggelaten.length > 0);
  const vergeleken = g.themas.filter((t) => t.vergelijkbaar);
  if (geweigerd.length === 0 && weggelaten.length === 0) return null;
  return (
    <div className="kp-note kp-politie-weigering" role="note" aria-label={`Niet vergeleken: ${g.naam}`}>
      {vergeleken.length === 0 ? (
        <p className="utrecht-paragraph">
          <strong>Geen enkel thema van {g.naam} is vergeleken.</strong> Kernplan vergelijkt en rangschikt alleen volledige cijfers: een som over een deel van de soorten misdrijf
          van een thema is niet het thema, en een plaats in de grootteklasse zou dan niets zeggen.
        </p>
      ) : (
        <p className="utrecht-paragraph">Kernplan vergelijkt en rangschikt alleen volledige cijfers: een som over een deel van de soorten misdrijf van een thema is niet het thema.</p>
      )}
      {geweigerd.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {geweigerd.map((t) => (
            <li key={t.themaId} className="utrecht-unordered-list__item">
              {t.reden}
            </li>
          ))}
        </ul>
      ) : null}
      {weggelaten.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {weggelaten.map((t) => (
            <li key={t.themaId} className="utrecht-unordered-list__item">
              Niet meegeteld bij thema {t.themaId}, omdat hun cijfer onvolledig is: {t.weggelaten.map((x) => `${x.naam} (${x.reden})`).join(', ')}.
            </li>
          ))}
        </ul>
      ) : null}
      {zonder.length > 0 && geweigerd.length > 0 ? (
        <p className="utrecht-paragraph kp-klein">Zonder cijfers van {g.naam} in {zonder.length === 1 ? 'dit jaar: thema' : "dit jaar: thema's"} {zonder.map((t) => t.themaId).join(', ')}.</p>
      ) : null}
    </div>
  );
}

const MAX_RIJEN = 1000;

/** Figures per municipality, district or neighbourhood, per year or month, by theme or field. */
function GebiedenSectie({ api, jaren }: { api: string; jaren: number[] }) {
  const [keuze, setKeuze] = useState({ niveau: 'wijk', groep: 'thema', periode: 'jaar', jaar: String(jaren.at(-1) ?? '') });
  // Districts and neighbourhoods may have years the municipality has not: offer the last ten years too.
  const nu = new Date().getFullYear();
  const keuzejaren: number[] = [];
  for (let j = Math.max(...jaren, nu); j >= Math.min(...jaren, nu - 10); j--) keuzejaren.push(j);
  const [pad, setPad] = useState<string | null>(null);
  const toestand = useApi<Aggregaten>(pad);
  const toon = (e: FormEvent) => {
    e.preventDefault();
    const q = new URLSearchParams({ groep: keuze.groep, niveau: keuze.niveau, periode: keuze.periode });
    if (keuze.jaar) {
      q.set('jaarVan', keuze.jaar);
      q.set('jaarTot', keuze.jaar);
    }
    setPad(`${api}/aggregaten?${q.toString()}`);
  };
  const select = (id: string, label: string, veld: keyof typeof keuze, opties: [string, string][]) => (
    <div className="utrecht-form-field kp-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="utrecht-select kp-select-smal" value={keuze[veld]} onChange={(e) => setKeuze({ ...keuze, [veld]: e.target.value })}>
        {opties.map(([w, n]) => (
          <option key={w} value={w}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="gebieden-kop" className="kp-section">
      <h2 className="utrecht-heading-2" id="gebieden-kop">
        Per gemeente, wijk of buurt
      </h2>
      <p className="utrecht-paragraph">De aantallen per gebied en periode, opgeteld per thema of veld. Kies wat u wilt zien.</p>
      <form className="kp-inline-velden kp-politie-keuzes" onSubmit={toon} aria-label="Cijfers per gebied kiezen">
        {select('gebied-niveau', 'Gebied', 'niveau', [
          ['gemeente', 'Gemeente'],
          ['wijk', 'Wijken'],
          ['buurt', 'Buurten'],
        ])}
        {select('gebied-groep', 'Indeling', 'groep', [
          ['thema', 'Per thema'],
          ['veld', 'Per veld'],
        ])}
        {select('gebied-periode', 'Periode', 'periode', [
          ['jaar', 'Per jaar'],
          ['maand', 'Per maand'],
        ])}
        {select('gebied-jaar', 'Jaar', 'jaar', [['', 'Alle jaren'], ...keuzejaren.map((j): [string, string] => [String(j), String(j)])])}
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          Tonen
        </button>
      </form>
      {pad ? (
        <Laden toestand={toestand}>
          {(a) => {
            const sleutels = Object.keys(a.codes);
            const namen = new Map(a.rijen.map((r) => [r.sleutel, r.naam]));
            const rijen = new Map<string, { regio: string; regioNaam: string; jaar: number; maand: number; per: Map<string, { aantal: number | null; dekking: Dekking }> }>();
            const perSleutel = new Map<string, Dekking[]>();
            for (const r of a.rijen) {
              const k = `${r.regio} ${r.jaar} ${r.maand}`;
              const rij = rijen.get(k) ?? { regio: r.regio, regioNaam: r.regioNaam, jaar: r.jaar, maand: r.maand, per: new Map() };
              rij.per.set(r.sleutel, { aantal: r.aantal, dekking: r.dekking });
              rijen.set(k, rij);
              if (r.aantal !== null) perSleutel.set(r.sleutel, [...(perSleutel.get(r.sleutel) ?? []), r.dekking]);
            }
            // Per column: the crime types missing in at least one row with a figure.
            const onvolledig = sleutels.map((s) => ({ s, d: combineer(perSleutel.get(s) ?? []) })).filter((x) => (perSleutel.get(x.s)?.length ?? 0) > 0 && !x.d.volledig);
            const lijst = [...rijen.values()];
            if (lijst.length === 0) return <p className="utrecht-paragraph kp-muted">Voor deze keuze zijn geen cijfers ingelezen.</p>;
            return (
              <>
                <p className="utrecht-paragraph" role="status">
                  {getal(lijst.length)} {lijst.length === 1 ? 'rij' : 'rijen'}
                  {lijst.length > MAX_RIJEN ? `; de eerste ${getal(MAX_RIJEN)} staan hieronder` : ''}.
                </p>
                <Tabelkader label="Cijfers per gebied">
                  <table className="utrecht-table kp-table kp-politie-tabel kp-politie-tabel--breed">
                    <caption className="kp-visually-hidden">Geregistreerde misdrijven per gebied en periode</caption>
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        <th scope="col" className="utrecht-table__header-cell">Gebied</th>
                        <th scope="col" className="utrecht-table__header-cell">Periode</th>
                        {sleutels.map((s) => (
                          <th key={s} scope="col" className="utrecht-table__header-cell kp-getal">
                            <abbr title={namen.get(s) ?? s}>{a.groep === 'veld' ? `Veld ${s}` : s}</abbr>
                            <span className="kp-visually-hidden"> {namen.get(s)}</span>
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody className="utrecht-table__body">
                      {lijst.slice(0, MAX_RIJEN).map((r) => (
                        <tr key={`${r.regio} ${r.jaar} ${r.maand}`} className="utrecht-table__row">
                          <th scope="row" className="utrecht-table__header-cell">
                            {r.regioNaam} <span className="kp-muted kp-klein">({r.regio})</span>
                          </th>
                          <td className="utrecht-table__cell">{r.maand === 0 ? r.jaar : `${maandnamen[r.maand - 1]} ${r.jaar}`}</td>
                          {sleutels.map((s) => {
                            const c = r.per.get(s);
                            return (
                              <td key={s} className="utrecht-table__cell kp-getal">
                                {getal(c?.aantal)}
                                {c && c.aantal !== null && !c.dekking.volledig ? <span className="kp-politie-per1000 kp-politie-onvolledig-kort">onvolledig</span> : null}
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </Tabelkader>
                {onvolledig.length > 0 ? (
                  <div className="kp-politie-dekkinglijst">
                    <p className="utrecht-paragraph">
                      Cijfers met &lsquo;onvolledig&rsquo; zijn een som over een deel van de soorten misdrijf van het {a.groep === 'veld' ? 'veld' : 'thema'}: de andere soorten zitten niet in
                      de ingelezen bestanden.
                    </p>
                    {onvolledig.map(({ s, d }) => (
                      <div key={s}>
                        <p className="utrecht-paragraph kp-klein">
                          <strong>
                            {a.groep === 'veld' ? `Veld ${s}` : s} {namen.get(s)}
                          </strong>
                        </p>
                        <DekkingUitleg d={d} wat={`${a.groep === 'veld' ? 'veld' : 'thema'} ${s}`} />
                      </div>
                    ))}
                  </div>
                ) : null}
              </>
            );
          }}
        </Laden>
      ) : null}
    </section>
  );
}

export function PolitieCijfersPage() {
  const { werkruimte, lid } = useWerkruimte();
  usePaginatitel('Politiecijfers');
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const api = `${basis}/politiecijfers`;
  const magLezen = mag(lid, 'cyclus.lezen');
  const magImporteren = mag(lid, 'cyclus.bewerken');
  const metSecties = mag(lid, 'secties.lezen');
  const overzicht = usePolitieOverzicht(magLezen ? werkruimte : null);
  const namen = werkruimteNamen(werkruimte);
  const geladen = overzicht.toestand.status === 'klaar' ? overzicht.toestand.data.gemeenten : null;
  const jaren = [...new Set((geladen ?? []).flatMap((g) => g.jaren))].sort((a, b) => a - b);
  const gemeentejaren = [...new Set((geladen ?? []).filter((g) => g.herkomst.soort === 'gemeente').flatMap((g) => g.jaren))].sort((a, b) => a - b);

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Politiecijfers' }]} />
      <h1 className="utrecht-heading-1">Politiecijfers</h1>
      <CyclusNavigatie huidig="politiecijfers" />
      {!magLezen ? (
        <div className="kp-note">
          <p className="utrecht-paragraph">Met uw rol ziet u de politiecijfers van deze werkruimte niet; ze horen bij de analyse in wording.</p>
        </div>
      ) : (
        <>
          <p className="utrecht-paragraph kp-lead">
            Geregistreerde misdrijven van de politie voor {[werkruimte.gemeentenaam, ...werkruimte.deelnemendeGemeenten.map((g) => g.gemeentenaam)].join(', ')}, opgeteld per
            veld en thema van Kernbeleid Veiligheid. Bij elk thema ziet u welke soorten misdrijf meetellen; in de analyse van een thema neemt u een cijfer met één
            knop op in de problematiek.
          </p>
          <div className="kp-actions">
            {magImporteren ? (
              <Link className="kp-button-link" to={`${basis}/politiecijfers/import`}>
                Politiecijfers importeren
              </Link>
            ) : null}
          </div>
          <nav aria-label="Op deze pagina" className="kp-politie-inhoud">
            <ul>
              <li>
                <a className="utrecht-link" href="#begroting-kop">
                  Begrotingsindicatoren
                </a>
              </li>
              <li>
                <a className="utrecht-link" href="#vergelijking-kop">
                  Vergelijking
                </a>
              </li>
              <li>
                <a className="utrecht-link" href="#gebieden-kop">
                  Per wijk of buurt
                </a>
              </li>
              <li>
                <a className="utrecht-link" href="#themakoppeling-kop">
                  Themakoppeling
                </a>
              </li>
            </ul>
          </nav>
          <Laden toestand={overzicht.toestand}>
            {({ gemeenten }) => (
              <>
                {gemeenten.map((g) => (
                  <Gemeente key={g.code} g={g} meer={gemeenten.length > 1} basis={basis} magImporteren={magImporteren} metSecties={metSecties} />
                ))}
              </>
            )}
          </Laden>
          <Begrotingsindicatoren api={api} overzicht={geladen} magBewerken={magImporteren} namen={namen} />
          <VergelijkingSectie api={api} jaren={gemeentejaren} namen={namen} />
          <GebiedenSectie key={jaren.join(',')} api={api} jaren={jaren} />
          <Themakoppeling api={api} magBewerken={magImporteren} onOpgeslagen={overzicht.vernieuw} />
        </>
      )}
    </>
  );
}
