import { useEffect } from 'react';
import { Link } from 'react-router';
import { mag, rolNamen } from '../../../domain/toegang/rollen.ts';
import type { Sectie } from '../../shared/api.ts';
import { aantal, datumTijd } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { DeelnemendeGemeenten } from './deelnemende-gemeenten.tsx';
import { Tabelkader } from '../../shared/formulier.tsx';
import { useBron } from '../../shared/use-api.ts';
import { aanwezigheidRegels, periodeTekst, soortNamen } from '../../shared/teksten.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';

const FRAGMENT_LENGTE = 180;

function fragment(tekst: string): string {
  const schoon = tekst.replace(/\s+/g, ' ').trim();
  return schoon.length > FRAGMENT_LENGTE ? `${schoon.slice(0, FRAGMENT_LENGTE).replace(/\s\S*$/, '')}…` : schoon;
}

const kolommen = ['Problematiek of tekst', 'Cijfers', 'Huidige aanpak', 'Maatregelen', 'Versterking'] as const;

/** Per section which parts of the analysis form are filled; what the method does not ask is shown as such. */
function vulling(s: Sectie): (boolean | null)[] {
  const a = s.analyse;
  const thema = s.soort === 'thema';
  return [
    s.tekst.trim() !== '',
    s.soort === 'thema' || s.soort === 'thema-veld-1' ? a.cijfers.length > 0 : null,
    thema ? a.huidigeAanpak.trim() !== '' : null,
    thema || s.soort === 'aspect' ? a.maatregelen.length > 0 : null,
    thema || s.soort === 'aspect' ? a.extra.trim() !== '' : null,
  ];
}

function Volledigheid({ secties, basis }: { secties: Sectie[]; basis: string }) {
  const leeg = secties.filter((s) => vulling(s).some((v) => v === false)).length;
  return (
    <details className="kp-details">
      <summary>Volledigheid: {leeg === 0 ? 'alles is ingevuld' : `${leeg} van de ${secties.length} onderdelen zijn nog niet helemaal ingevuld`}</summary>
      <Tabelkader label="Volledigheid van de analyse">
        <table className="utrecht-table kp-table kp-volledigheid">
          <caption className="kp-visually-hidden">Wat per onderdeel van de analyse is ingevuld</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Onderdeel
              </th>
              {kolommen.map((k) => (
                <th key={k} scope="col" className="utrecht-table__header-cell">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {secties.map((s) => (
              <tr key={s.sleutel} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link className="utrecht-link" to={`${basis}/secties/${encodeURIComponent(s.sleutel)}`}>
                    {s.titel}
                  </Link>
                </th>
                {vulling(s).map((v, i) => (
                  <td key={i} className={`utrecht-table__cell${v === false ? ' kp-leeg' : ''}`}>
                    {v === null ? <span className="kp-muted">n.v.t.</span> : v ? 'Ingevuld' : 'Leeg'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelkader>
    </details>
  );
}

export function WerkruimtePage() {
  const { werkruimte, lid, live, vernieuwWerkruimte } = useWerkruimte();
  usePaginatitel(werkruimte.naam);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const secties = useBron<{ secties: Sectie[] }>(mag(lid, 'secties.lezen') ? `${basis}/secties` : null);
  const { zetAanwezigheid } = live;

  useEffect(() => {
    zetAanwezigheid(null, false);
  }, [zetAanwezigheid]);

  useLiveBericht((b) => {
    if (b.type === 'sectie' || b.type === 'opmerking' || b.type === 'lid' || b.type === 'opnieuw-verbonden') void secties.vernieuw();
  });

  const anderen = aanwezigheidRegels(live.aanwezigen).length;
  const namen = [...new Set(live.aanwezigen.map((a) => a.naam))].sort((a, b) => a.localeCompare(b, 'nl'));

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam }]} />
      <h1 className="utrecht-heading-1">{werkruimte.naam}</h1>
      <CyclusNavigatie huidig="" />
      <dl className="kp-meta">
        <div>
          <dt>{werkruimte.deelnemendeGemeenten.length > 0 ? 'Gemeenten' : 'Gemeente'}</dt>
          <dd>
            {werkruimte.gemeentenaam} ({werkruimte.gemeentecode})
            {werkruimte.deelnemendeGemeenten.map((g) => `, ${g.gemeentenaam} (${g.gemeentecode})`).join('')}
          </dd>
        </div>
        <div>
          <dt>Soort</dt>
          <dd>{soortNamen[werkruimte.soort]}</dd>
        </div>
        <div>
          <dt>Periode</dt>
          <dd>{periodeTekst(werkruimte)}</dd>
        </div>
        <div>
          <dt>Uw rol</dt>
          <dd>{rolNamen[werkruimte.mijnRol]}</dd>
        </div>
        <div>
          <dt>Vertrouwelijke secties</dt>
          <dd>{werkruimte.mijnVertrouwelijkToegang ? 'U hebt toegang' : 'Geen toegang'}</dd>
        </div>
      </dl>
      <div className="kp-actions">
        {mag(lid, 'cyclus.lezen') ? (
          werkruimte.soort === 'project' ? (
            <Link className="kp-button-link" to={`${basis}/project`}>
              Projectplan: de zes vragen
            </Link>
          ) : (
            <Link className="kp-button-link" to={`${basis}/cyclus`}>
              Beleidscyclus en plancheck
            </Link>
          )
        ) : null}
        <Link className="kp-button-link kp-button-link--secondary" to={`${basis}/documenten`}>
          Documenten
        </Link>
      </div>
      {mag(lid, 'leden.lezen') ? (
        <div className="kp-actions">
          <Link className="kp-button-link kp-button-link--secondary" to={`${basis}/leden`}>
            {mag(lid, 'leden.beheren') ? 'Leden en uitnodigingen' : 'Leden'}
          </Link>
        </div>
      ) : null}
      <DeelnemendeGemeenten werkruimte={werkruimte} magWijzigen={mag(lid, 'werkruimte.wijzigen')} onGewijzigd={vernieuwWerkruimte} />
      <LiveStatus />
      <p className="utrecht-paragraph">
        {anderen === 0
          ? 'Er is nu niemand anders in deze werkruimte.'
          : `Nu ook in deze werkruimte: ${namen.join(', ')}.`}
      </p>

      <section aria-labelledby="secties-kop">
        <h2 className="utrecht-heading-2" id="secties-kop">
          Stap 2: veiligheidsanalyse
        </h2>
        {mag(lid, 'cyclus.lezen') ? (
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" to={`${basis}/politiecijfers`}>
              Politiecijfers per thema
            </Link>{' '}
            (geregistreerde misdrijven, trends en begrotingsindicatoren)
          </p>
        ) : null}
        {mag(lid, 'secties.lezen') ? (
          <Laden toestand={secties.toestand}>
            {({ secties: lijst }) =>
              lijst.length === 0 ? (
                <p className="utrecht-paragraph">Er zijn geen secties die u mag zien.</p>
              ) : (
                <>
                <Volledigheid secties={lijst} basis={basis} />
                <ul className="kp-results kp-secties">
                  {lijst.map((s) => {
                    const hier = aanwezigheidRegels(live.aanwezigen.filter((a) => a.sectie === s.sleutel));
                    return (
                      <li key={s.sleutel}>
                        <h3 className="utrecht-heading-3">
                          <Link className="utrecht-link" to={`${basis}/secties/${encodeURIComponent(s.sleutel)}`}>
                            {s.titel}
                          </Link>
                        </h3>
                        <ul className="kp-tags" aria-label="Kenmerken">
                          {s.vertrouwelijk ? <li className="kp-tag kp-tag--vertrouwelijk">Vertrouwelijk</li> : null}
                          <li className="kp-tag">
                            {s.toegewezenOrganisatie ? `Toegewezen aan ${s.toegewezenOrganisatie.naam}` : 'Niet toegewezen'}
                          </li>
                          <li className={`kp-tag${s.openOpmerkingen > 0 ? ' kp-tag--aandacht' : ''}`}>
                            {aantal(s.openOpmerkingen, 'open opmerking', 'open opmerkingen')}
                          </li>
                          <li className="kp-tag">{s.magBewerken ? 'U kunt bewerken' : 'Alleen lezen'}</li>
                        </ul>
                        <p className="utrecht-paragraph kp-fragment">{s.tekst.trim() ? fragment(s.tekst) : 'Nog geen tekst.'}</p>
                        {s.versie > 1 ? (
                          <p className="utrecht-paragraph kp-muted kp-klein">
                            Laatst bewerkt{s.bijgewerktDoor ? ` door ${s.bijgewerktDoor}` : ''} op{' '}
                            <time dateTime={s.bijgewerktOp}>{datumTijd(s.bijgewerktOp)}</time>
                          </p>
                        ) : null}
                        {hier.length > 0 ? (
                          <ul className="kp-aanwezig" aria-label={`Nu bij ${s.titel}`}>
                            {hier.map((regel) => (
                              <li key={regel}>{regel}</li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
                </>
              )
            }
          </Laden>
        ) : (
          <p className="utrecht-paragraph">
            Met uw rol ({rolNamen[werkruimte.mijnRol]}) ziet u de analyse nog niet. Vastgestelde documenten verschijnen hier
            zodra ze er zijn.
          </p>
        )}
      </section>
    </>
  );
}
