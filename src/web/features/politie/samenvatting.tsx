/**
 * The summary of an import of police figures: rows read, imported and refused (with line number and
 * reason), crime types without a theme, unknown codes, region names that could not be resolved, the
 * periods and regions covered, and the encoding and line ending of the file.
 */
import type { Ref } from 'react';
import { Link } from 'react-router';
import { gemeenteBijCode } from '../../../domain/gemeenten/gemeenten.ts';
import { leesPeriode, periodeNaam } from '../../../domain/politie/perioden.ts';
import { gemeenteVanCode, soortNamen, type RegioSoort } from '../../../domain/politie/regios.ts';
import { datumTijd } from '../../shared/opmaak.ts';
import { Tabelkader } from '../../shared/formulier.tsx';
import { getal, grootte, type ImportSamenvatting } from '../../shared/politie-gegevens.ts';

export const MAX_GETOOND = 100;

const regioMeervoud: Record<RegioSoort, string> = { land: 'land', gemeente: 'gemeenten', wijk: 'wijken', buurt: 'buurten', overig: "andere regio's" };

/** ", Amsterdam" for a district or neighbourhood code; empty when unknown. */
function gemeenteNaam(code: string): string {
  const g = gemeenteVanCode(code);
  const naam = g ? gemeenteBijCode(g)?.naam : undefined;
  return naam && !code.startsWith('GM') ? `, ${naam}` : '';
}

function periode(sleutel: string | null): string {
  if (!sleutel) return '–';
  const p = leesPeriode(sleutel);
  return p ? periodeNaam(p) : sleutel;
}

function Kolommen({ namen }: { namen: string[] }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">
        {namen.map((k) => (
          <th key={k} scope="col" className={`utrecht-table__header-cell${/^(Regel|Aantal|Regels|Eerste regel)$/.test(k) ? ' kp-getal' : ''}`}>
            {k}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Refused rows: the first 100 in a table, with the total. */
export function GeweigerdeRegels({ regels, totaal, id }: { regels: { regel: number; reden: string }[]; totaal: number; id: string }) {
  if (totaal === 0) return null;
  const getoond = regels.slice(0, MAX_GETOOND);
  return (
    <section aria-labelledby={`${id}-kop`}>
      <h3 className="utrecht-heading-3" id={`${id}-kop`}>
        Geweigerde regels ({getal(totaal)})
      </h3>
      <p className="utrecht-paragraph">
        {getoond.length < totaal ? `De eerste ${getal(getoond.length)} van ${getal(totaal)} geweigerde regels.` : `${totaal === 1 ? 'Deze regel is' : `Deze ${getal(totaal)} regels zijn`} niet ingelezen.`}
      </p>
      <Tabelkader label="Geweigerde regels">
        <table className="utrecht-table kp-table kp-politie-tabel">
          <caption className="kp-visually-hidden">Geweigerde regels met regelnummer en reden</caption>
          <Kolommen namen={['Regel', 'Reden']} />
          <tbody className="utrecht-table__body">
            {getoond.map((f) => (
              <tr key={f.regel} className="utrecht-table__row">
                <td className="utrecht-table__cell kp-getal">{getal(f.regel)}</td>
                <td className="utrecht-table__cell">{f.reden.replace(/^Regel \d+: /, '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelkader>
    </section>
  );
}

export function Samenvatting({ s, kop, kopRef, cijfersPad }: { s: ImportSamenvatting; kop: string; kopRef?: Ref<HTMLHeadingElement>; cijfersPad: string }) {
  const soorten = (Object.keys(s.regios.aantal) as RegioSoort[]).filter((k) => s.regios.aantal[k] > 0);
  const metAantal = s.zonderThema.filter((z) => z.aantal > 0);
  const zonderAantal = s.zonderThema.filter((z) => z.aantal === 0);
  const overgeslagen = Math.max(0, s.regelsGelezen - s.regelsGeimporteerd - s.geweigerdTotaal);
  return (
    <section className="kp-card kp-politie-samenvatting" aria-labelledby="samenvatting-kop">
      <h2 className="utrecht-heading-2" id="samenvatting-kop" ref={kopRef} tabIndex={-1}>
        {kop}
      </h2>
      <dl className="kp-politie-kerngetallen">
        <div>
          <dt>Regels gelezen</dt>
          <dd>{getal(s.regelsGelezen)}</dd>
        </div>
        <div>
          <dt>Regels ingelezen</dt>
          <dd>{getal(s.regelsGeimporteerd)}</dd>
        </div>
        <div className={s.geweigerdTotaal > 0 ? 'kp-politie-kerngetallen__aandacht' : undefined}>
          <dt>Regels geweigerd</dt>
          <dd>{getal(s.geweigerdTotaal)}</dd>
        </div>
        {overgeslagen > 0 ? (
          <div className="kp-politie-kerngetallen__aandacht">
            <dt>Overgeslagen (naam of soort onbekend)</dt>
            <dd>{getal(overgeslagen)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Onbekende aantallen</dt>
          <dd>{getal(s.onbekendeWaarden)}</dd>
        </div>
      </dl>
      {s.eerderIngelezen.length > 0 ? (
        <div className="kp-note">
          <p className="utrecht-paragraph">
            <strong>Dit bestand is al eerder ingelezen</strong> (
            {s.eerderIngelezen.map((e) => datumTijd(e.klaarOp)).join(', ')}). De cijfers zijn opnieuw gezet, niet opgeteld: er is niets dubbel geteld.
          </p>
        </div>
      ) : null}

      <h3 className="utrecht-heading-3">Bestand</h3>
      <dl className="kp-meta">
        <div>
          <dt>Bestand</dt>
          <dd>{s.bestandsnaam}</dd>
        </div>
        <div>
          <dt>Formaat</dt>
          <dd>{s.formaatNaam}</dd>
        </div>
        <div>
          <dt>Tekencodering</dt>
          <dd>{s.codering}</dd>
        </div>
        <div>
          <dt>Regeleinde</dt>
          <dd>{s.regeleinde === 'geen' ? 'geen (één regel)' : s.regeleinde}</dd>
        </div>
        <div>
          <dt>Grootte</dt>
          <dd>{grootte(s.bytes)}</dd>
        </div>
        <div>
          <dt>Duur</dt>
          <dd>{getal(Math.round(s.duurMs) / 1000)} seconden</dd>
        </div>
      </dl>

      <h3 className="utrecht-heading-3">Wat het bestand dekt</h3>
      <dl className="kp-meta">
        <div>
          <dt>Jaren</dt>
          <dd>{s.perioden.jaren.length ? s.perioden.jaren.join(', ') : 'geen'}</dd>
        </div>
        <div>
          <dt>Perioden</dt>
          <dd>
            {periode(s.perioden.van)} tot en met {periode(s.perioden.tot)}
            {s.perioden.maanden.length > 0 ? ` (${getal(s.perioden.maanden.length)} ${s.perioden.maanden.length === 1 ? 'maand' : 'maanden'})` : ' (jaarcijfers)'}
          </dd>
        </div>
        <div>
          <dt>Regio's</dt>
          <dd>{soorten.length ? soorten.map((k) => `${getal(s.regios.aantal[k])} ${s.regios.aantal[k] === 1 ? soortNamen[k] : regioMeervoud[k]}`).join(', ') : 'geen'}</dd>
        </div>
        <div>
          <dt>Gemeenten</dt>
          <dd>{s.regios.gemeenten.length ? s.regios.gemeenten.map((c) => `${gemeenteBijCode(c)?.naam ?? c} (${c})`).join(', ') : 'geen'}</dd>
        </div>
        {s.zoekGemeenten ? (
          <div>
            <dt>Namen gezocht in</dt>
            <dd>
              {s.zoekGemeenten.gemeenten.map((c) => gemeenteBijCode(c)?.naam ?? c).join(', ') || 'geen gemeente'}
              {s.zoekGemeenten.afgeleid ? ' (afgeleid uit het bestand)' : ' (de gemeenten van deze werkruimte)'}
            </dd>
          </div>
        ) : null}
      </dl>

      <GeweigerdeRegels regels={s.geweigerdeRegels} totaal={s.geweigerdTotaal} id="geweigerd" />

      {s.onopgelosteNamen.length > 0 ? (
        <section aria-labelledby="onopgelost-kop">
          <h3 className="utrecht-heading-3" id="onopgelost-kop">
            Regionamen die niet zijn opgelost ({getal(s.onopgelosteNamen.length)})
          </h3>
          <p className="utrecht-paragraph">Deze namen zijn niet ingelezen: Kernplan gokt niet welke wijk of buurt bedoeld is.</p>
          <Tabelkader label="Regionamen die niet zijn opgelost">
            <table className="utrecht-table kp-table kp-politie-tabel">
              <caption className="kp-visually-hidden">Regionamen die niet zijn opgelost, met de kandidaten</caption>
              <Kolommen namen={['Naam', 'Reden', 'Kandidaten', 'Regels', 'Eerste regel']} />
              <tbody className="utrecht-table__body">
                {s.onopgelosteNamen.map((n) => (
                  <tr key={n.naam} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{n.naam}</td>
                    <td className="utrecht-table__cell">{n.reden}</td>
                    <td className="utrecht-table__cell">{n.kandidaten.length ? n.kandidaten.map((k) => `${k.naam} (${soortNamen[k.soort]} ${k.code}${gemeenteNaam(k.code)})`).join('; ') : 'geen'}</td>
                    <td className="utrecht-table__cell kp-getal">{getal(n.regels)}</td>
                    <td className="utrecht-table__cell kp-getal">{getal(n.eersteRegel)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelkader>
        </section>
      ) : null}

      {s.onbekendeSoorten.length > 0 ? (
        <section aria-labelledby="onbekende-soorten-kop">
          <h3 className="utrecht-heading-3" id="onbekende-soorten-kop">
            Onbekende soorten misdrijf ({getal(s.onbekendeSoorten.length)})
          </h3>
          <p className="utrecht-paragraph">Deze codes horen niet bij de 59 soorten van CBS en zijn niet ingelezen.</p>
          <Tabelkader label="Onbekende soorten misdrijf">
            <table className="utrecht-table kp-table kp-politie-tabel">
              <caption className="kp-visually-hidden">Onbekende soorten misdrijf</caption>
              <Kolommen namen={['Code', 'Titel', 'Regels', 'Aantal', 'Eerste regel']} />
              <tbody className="utrecht-table__body">
                {s.onbekendeSoorten.map((o) => {
                  // The code as it was in the file, e.g. "9.9.9 Iets nieuws": code and title apart.
                  const [code = o.code, ...titel] = o.code.trim().split(/\s+/);
                  return (
                    <tr key={o.code} className="utrecht-table__row">
                      <td className="utrecht-table__cell">{code}</td>
                      <td className="utrecht-table__cell">{o.titel ?? (titel.join(' ') || '–')}</td>
                      <td className="utrecht-table__cell kp-getal">{getal(o.regels)}</td>
                      <td className="utrecht-table__cell kp-getal">{getal(o.aantal)}</td>
                      <td className="utrecht-table__cell kp-getal">{getal(o.eersteRegel)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Tabelkader>
        </section>
      ) : null}

      {s.onbekendeRegiocodes.length > 0 ? (
        <section aria-labelledby="onbekende-regios-kop">
          <h3 className="utrecht-heading-3" id="onbekende-regios-kop">
            Onbekende regiocodes ({getal(s.onbekendeRegiocodes.length)})
          </h3>
          <p className="utrecht-paragraph">Deze codes staan niet in de regiolijst van CBS (indeling 2024). Hun cijfers zijn wel ingelezen, maar zonder naam.</p>
          <p className="utrecht-paragraph kp-politie-codes">{s.onbekendeRegiocodes.slice(0, MAX_GETOOND).join(', ')}{s.onbekendeRegiocodes.length > MAX_GETOOND ? ` en nog ${getal(s.onbekendeRegiocodes.length - MAX_GETOOND)}` : ''}</p>
        </section>
      ) : null}

      <section aria-labelledby="zonder-thema-kop">
        <h3 className="utrecht-heading-3" id="zonder-thema-kop">
          Soorten misdrijf zonder thema
        </h3>
        <p className="utrecht-paragraph">
          Deze soorten horen bij geen thema van Kernbeleid Veiligheid en tellen dus in geen enkel thema mee. De koppeling kunt u per werkruimte aanpassen op de pagina{' '}
          <Link className="utrecht-link" to={`${cijfersPad}#themakoppeling-kop`}>
            Politiecijfers
          </Link>
          .
        </p>
        {metAantal.length > 0 ? (
          <Tabelkader label="Soorten misdrijf zonder thema in dit bestand">
            <table className="utrecht-table kp-table kp-politie-tabel">
              <caption className="kp-visually-hidden">Soorten misdrijf zonder thema, met het aantal in dit bestand</caption>
              <Kolommen namen={['Code', 'Soort misdrijf', 'Aantal', 'Waarom geen thema']} />
              <tbody className="utrecht-table__body">
                {metAantal.map((z) => (
                  <tr key={z.code} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{z.code}</td>
                    <td className="utrecht-table__cell">{z.titel}</td>
                    <td className="utrecht-table__cell kp-getal">{getal(z.aantal)}</td>
                    <td className="utrecht-table__cell">{z.reden}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelkader>
        ) : (
          <p className="utrecht-paragraph">In dit bestand staan geen aantallen bij soorten zonder thema.</p>
        )}
        {zonderAantal.length > 0 ? (
          <details className="kp-details">
            <summary>
              {getal(zonderAantal.length)} andere soorten zonder thema, met 0 of zonder cijfers in dit bestand
            </summary>
            <ul className="utrecht-unordered-list kp-klein">
              {zonderAantal.map((z) => (
                <li key={z.code} className="utrecht-unordered-list__item">
                  {z.code} {z.titel}: {z.reden}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {s.opgelosteNamen.length > 0 ? (
        <details className="kp-details">
          <summary>{getal(s.opgelosteNamen.length)} regionamen opgelost naar een code</summary>
          <Tabelkader label="Opgeloste regionamen">
            <table className="utrecht-table kp-table kp-politie-tabel">
              <caption className="kp-visually-hidden">Regionamen en de code waarop ze zijn ingelezen</caption>
              <Kolommen namen={['Naam', 'Code', 'Hoe']} />
              <tbody className="utrecht-table__body">
                {s.opgelosteNamen.slice(0, 500).map((n) => (
                  <tr key={n.naam} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{n.naam}</td>
                    <td className="utrecht-table__cell">{n.codes.join(', ')}</td>
                    <td className="utrecht-table__cell">{n.hoe}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelkader>
        </details>
      ) : null}

      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={cijfersPad}>
          Bekijk de politiecijfers per thema
        </Link>
      </p>
    </section>
  );
}
