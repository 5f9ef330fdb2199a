/**
 * De CBS Veiligheidsmonitor (issue 16, punt 5): een tabel inlezen (POST …/veiligheidsmonitor/imports,
 * het bestand als body), de samenvatting (regio's, jaren, onderwerpen en bij welk thema van de
 * kennisbank elk hoort) en een reeks per regio en onderwerp met de marge van de enquête
 * ('18,3 % ± 1,7'), met of het verschil met het jaar ervoor buiten de marge valt.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { vmFormaatNamen, type VmFormaat } from '../../../domain/veiligheidsmonitor/lezen.ts';
import { vmRegioSoortNamen, type VmRegio } from '../../../domain/veiligheidsmonitor/regios.ts';
import type { VmOnderwerpSamenvatting, VmSamenvatting } from '../../../domain/veiligheidsmonitor/samenvatting.ts';
import type { Probleem } from '../../shared/api.ts';
import { datumTijd } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron, useApi } from '../../shared/use-api.ts';
import { Bestandsveld, Tabelkader } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';

interface Overzicht {
  regios: VmRegio[];
  onderwerpen: (Omit<VmOnderwerpSamenvatting, 'waarden' | 'metMarge'> & { regios: number; jaren: number[] })[];
  imports: { id: string; bestandsnaam: string; formaat: string; klaarOp: string; gebruikerNaam: string | null; samenvatting: VmSamenvatting }[];
  mag: { importeren: boolean };
}

interface Reekswaarde {
  jaar: number;
  waarde: number;
  marge: number | null;
  ondergrens: number | null;
  bovengrens: number | null;
  tekst: string;
  verschilMetVorige: { vorigJaar: number; verschil: number; betekenisvol: boolean | null } | null;
}
interface Reeksen {
  reeksen: { regio: VmRegio; onderwerp: Omit<VmOnderwerpSamenvatting, 'waarden' | 'metMarge'>; waarden: Reekswaarde[] }[];
}

interface ImportAntwoord {
  id: string;
  bestandsnaam: string;
  samenvatting: VmSamenvatting;
  indicatorenBijgewerkt: number;
  signalen: number;
}

type Uitslag = { soort: 'ingelezen'; a: ImportAntwoord } | { soort: 'geweigerd'; bestandsnaam: string; probleem: Probleem } | null;

const nl = (x: number, decimalen = 1) => x.toLocaleString('nl-NL', { minimumFractionDigits: decimalen, maximumFractionDigits: 2 });
const eenheidTekst = (e: string) => (e === 'percentage' ? '%' : e);

export function VeiligheidsmonitorPage() {
  const { werkruimte } = useWerkruimte();
  const schrijf = useSchrijf();
  usePaginatitel('Veiligheidsmonitor');
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const api = `${basis}/veiligheidsmonitor`;
  const overzicht = useBron<Overzicht>(api);
  const [bestand, setBestand] = useState<File | null>(null);
  const [veldfout, setVeldfout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const [uitslag, setUitslag] = useState<Uitslag>(null);
  const uitslagKop = useRef<HTMLHeadingElement>(null);
  const invoer = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (uitslag) uitslagKop.current?.focus();
  }, [uitslag]);

  const start = async (e: FormEvent) => {
    e.preventDefault();
    if (!bestand) {
      setVeldfout('Kies eerst een bestand met een tabel van de Veiligheidsmonitor.');
      invoer.current?.focus();
      return;
    }
    setBezig(true);
    setUitslag(null);
    const r = await schrijf<ImportAntwoord>('POST', `${api}/imports?bestandsnaam=${encodeURIComponent(bestand.name)}`, { bestand: new Blob([bestand], { type: 'text/csv' }) });
    setBezig(false);
    if (r.ok) {
      setUitslag({ soort: 'ingelezen', a: r.data });
      await overzicht.vernieuw();
    } else setUitslag({ soort: 'geweigerd', bestandsnaam: bestand.name, probleem: r.probleem });
  };

  const kruimels = [{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Veiligheidsmonitor' }];

  return (
    <>
      <Kruimelpad kruimels={kruimels} />
      <h1 className="utrecht-heading-1">Veiligheidsmonitor</h1>
      <p className="utrecht-paragraph kp-lead">
        De Veiligheidsmonitor van het CBS is een enquête onder inwoners: onveiligheidsgevoelens, slachtofferschap, overlast en het oordeel over politie en gemeente,
        per gemeente en waar de steekproef groot genoeg is per wijk. Elke uitkomst heeft een marge (95%-betrouwbaarheid): 18,3 % ± 1,7 ligt met 95 % zekerheid tussen
        16,6 en 20,0 %. Een verschil binnen de marge is geen echte verandering. Indicatoren die een reeks van de Veiligheidsmonitor volgen, krijgen hun metingen uit
        elke import; zie ook de{' '}
        <Link className="utrecht-link" to={`${basis}/indicatoren`}>
          indicatoren
        </Link>
        .
      </p>

      <Laden toestand={overzicht.toestand}>
        {(o) =>
          o.mag.importeren ? (
            <form className="kp-card" onSubmit={(e) => void start(e)} noValidate aria-labelledby="vm-bestand-kop">
              <h2 className="utrecht-heading-2" id="vm-bestand-kop">
                Tabel inlezen
              </h2>
              <Bestandsveld
                id="vm-bestand"
                label="Tabel van de Veiligheidsmonitor (.csv)"
                beschrijving={
                  <>
                    <p className="utrecht-paragraph">Kernplan leest twee vormen van het CBS:</p>
                    <ul className="utrecht-unordered-list">
                      <li className="utrecht-unordered-list__item">de tabel zoals StatLine hem als CSV geeft: onderwerpen als rijen, per regio en jaar een kolom Waarde_ en Marges_;</li>
                      <li className="utrecht-unordered-list__item">CBS open data: kolommen RegioS, Perioden (2017JJ00) en een kolom per onderwerp, met de marges.</li>
                    </ul>
                    <p className="utrecht-paragraph">Alles of niets: met één fout wordt er niets ingelezen, en ziet u regel en kolom van elke fout.</p>
                  </>
                }
                fout={veldfout}
                uit={bezig}
                ref={invoer}
                onKies={(f) => {
                  setBestand(f);
                  setVeldfout(null);
                }}
              />
              <div className="kp-actions">
                <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
                  {bezig ? 'Bezig met inlezen…' : 'Inlezen'}
                </button>
              </div>
            </form>
          ) : (
            <div className="kp-note">
              <p className="utrecht-paragraph">Met uw rol kunt u geen tabellen van de Veiligheidsmonitor inlezen; dat mogen de coördinator en de redacteuren.</p>
            </div>
          )
        }
      </Laden>

      <div role="status" className="kp-visually-hidden">
        {bezig ? 'Bezig met inlezen.' : uitslag?.soort === 'ingelezen' ? `${uitslag.a.bestandsnaam} is ingelezen.` : ''}
      </div>

      {uitslag?.soort === 'ingelezen' ? (
        <section className="kp-success kp-section" aria-labelledby="vm-uitslag-kop">
          <h2 className="utrecht-heading-2" id="vm-uitslag-kop" ref={uitslagKop} tabIndex={-1}>
            Samenvatting: {uitslag.a.bestandsnaam} is ingelezen
          </h2>
          <Samenvatting s={uitslag.a.samenvatting} />
          <p className="utrecht-paragraph">
            {uitslag.a.indicatorenBijgewerkt === 0
              ? 'Geen metingen van indicatoren veranderd.'
              : `${uitslag.a.indicatorenBijgewerkt} ${uitslag.a.indicatorenBijgewerkt === 1 ? 'meting' : 'metingen'} van indicatoren die een reeks volgen bijgewerkt.`}
            {uitslag.a.signalen > 0 ? ` ${uitslag.a.signalen} ${uitslag.a.signalen === 1 ? 'signaal' : 'signalen'}: een indicator loopt achter, ook met de marge.` : ''}
          </p>
        </section>
      ) : null}

      {uitslag?.soort === 'geweigerd' ? (
        <section className="kp-error kp-section" aria-labelledby="vm-uitslag-kop">
          <h2 className="utrecht-heading-2" id="vm-uitslag-kop" ref={uitslagKop} tabIndex={-1}>
            Het bestand {uitslag.bestandsnaam} is geweigerd
          </h2>
          <p className="utrecht-paragraph">
            <strong>Er is niets ingelezen.</strong> {uitslag.probleem.detail}
          </p>
          {(uitslag.probleem.invalidParams ?? []).length > 1 ? (
            <ul className="utrecht-unordered-list">
              {(uitslag.probleem.invalidParams ?? []).map((p, i) => (
                <li key={i} className="utrecht-unordered-list__item">
                  {p.name.charAt(0).toUpperCase() + p.name.slice(1)}: {p.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      <Laden toestand={overzicht.toestand}>{(o) => <Reeksweergave api={api} overzicht={o} />}</Laden>

      <section aria-labelledby="vm-eerdere-kop" className="kp-section">
        <h2 className="utrecht-heading-2" id="vm-eerdere-kop">
          Eerdere imports
        </h2>
        <Laden toestand={overzicht.toestand}>
          {(o) =>
            o.imports.length === 0 ? (
              <p className="utrecht-paragraph kp-muted">Er is nog geen tabel van de Veiligheidsmonitor ingelezen.</p>
            ) : (
              <Tabelkader label="Eerdere imports">
                <table className="utrecht-table kp-table">
                  <caption className="kp-visually-hidden">Eerdere imports van de Veiligheidsmonitor, nieuwste eerst</caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th scope="col" className="utrecht-table__header-cell">Bestand</th>
                      <th scope="col" className="utrecht-table__header-cell">Formaat</th>
                      <th scope="col" className="utrecht-table__header-cell">Ingelezen op</th>
                      <th scope="col" className="utrecht-table__header-cell">Door</th>
                      <th scope="col" className="utrecht-table__header-cell kp-getal">Waarden</th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {o.imports.map((i) => (
                      <tr key={i.id} className="utrecht-table__row">
                        <td className="utrecht-table__cell">{i.bestandsnaam}</td>
                        <td className="utrecht-table__cell">{vmFormaatNamen[i.formaat as VmFormaat] ?? i.formaat}</td>
                        <td className="utrecht-table__cell">
                          <time dateTime={i.klaarOp}>{datumTijd(i.klaarOp)}</time>
                        </td>
                        <td className="utrecht-table__cell">{i.gebruikerNaam ?? 'onbekend'}</td>
                        <td className="utrecht-table__cell kp-getal">{i.samenvatting.waarden.toLocaleString('nl-NL')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Tabelkader>
            )
          }
        </Laden>
      </section>
    </>
  );
}

/** The summary of an import: format, regions, years, and per subject its themes. */
function Samenvatting({ s }: { s: VmSamenvatting }) {
  const bekend = s.onderwerpen.filter((o) => o.bekend).length;
  return (
    <>
      <dl className="kp-meta">
        <div>
          <dt>Formaat</dt>
          <dd>{vmFormaatNamen[s.formaat]}</dd>
        </div>
        <div>
          <dt>Jaren</dt>
          <dd>{s.jaren.join(', ')}</dd>
        </div>
        <div>
          <dt>Waarden</dt>
          <dd>
            {s.waarden.toLocaleString('nl-NL')}, waarvan {s.metMarge.toLocaleString('nl-NL')} met marge
            {s.ontbrekend > 0 ? `; ${s.ontbrekend.toLocaleString('nl-NL')} lege cellen overgeslagen` : ''}
          </dd>
        </div>
        <div>
          <dt>Onderwerpen</dt>
          <dd>
            {s.onderwerpen.length}, waarvan {bekend} bekend bij Kernplan{s.onderwerpen.length > bekend ? ` en ${s.onderwerpen.length - bekend} onder hun eigen label, zonder thema` : ''}
          </dd>
        </div>
        <div>
          <dt>Regio’s ({s.regios.length})</dt>
          <dd>{s.regios.map((r) => `${r.naam} (${vmRegioSoortNamen[r.soort]}, ${r.code})`).join('; ')}</dd>
        </div>
      </dl>
      <Tabelkader label="Onderwerpen en thema’s">
        <table className="utrecht-table kp-table">
          <caption className="utrecht-table__caption">Onderwerpen in het bestand en het thema van de kennisbank waar ze bij horen</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Onderwerp</th>
              <th scope="col" className="utrecht-table__header-cell">Eenheid (CBS)</th>
              <th scope="col" className="utrecht-table__header-cell">Thema</th>
              <th scope="col" className="utrecht-table__header-cell">Effectindicator in de kennisbank</th>
              <th scope="col" className="utrecht-table__header-cell kp-getal">Waarden</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {s.onderwerpen.map((o) => (
              <tr key={o.indicatorId} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {o.naam}
                  {o.naam !== o.label ? <span className="kp-muted"> (in het bestand: {o.label})</span> : null}
                </th>
                <td className="utrecht-table__cell">{o.cbsEenheid ?? eenheidTekst(o.eenheid)}</td>
                <td className="utrecht-table__cell">{o.themas.length ? o.themas.map((t) => `${t.id} ${t.naam}`).join('; ') : o.bekend ? `geen thema (${o.groep ?? ''})` : 'onbekend onderwerp: geen thema'}</td>
                <td className="utrecht-table__cell">{o.kennisbankIndicator ?? '–'}</td>
                <td className="utrecht-table__cell kp-getal">
                  {o.waarden}
                  {o.metMarge < o.waarden ? ` (${o.metMarge} met marge)` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabelkader>
    </>
  );
}

/** Choose a region and a subject; the series as a table with the margins. */
function Reeksweergave({ api, overzicht }: { api: string; overzicht: Overzicht }) {
  // The first subject shown: feeling unsafe in the own neighbourhood, the subjective indicator of almost every IVP.
  const eersteOnderwerp = (o: Overzicht) => o.onderwerpen.find((x) => x.indicatorId === 'onveilig-buurt-wel-eens')?.indicatorId ?? o.onderwerpen[0]?.indicatorId ?? '';
  const [regio, setRegio] = useState(overzicht.regios[0]?.code ?? '');
  const [onderwerp, setOnderwerp] = useState(eersteOnderwerp(overzicht));
  useEffect(() => {
    if (!overzicht.regios.some((r) => r.code === regio)) setRegio(overzicht.regios[0]?.code ?? '');
    if (!overzicht.onderwerpen.some((o) => o.indicatorId === onderwerp)) setOnderwerp(eersteOnderwerp(overzicht));
  }, [overzicht, regio, onderwerp]);
  const reeks = useApi<Reeksen>(regio && onderwerp ? `${api}/reeksen?regio=${encodeURIComponent(regio)}&indicator=${encodeURIComponent(onderwerp)}` : null);
  if (overzicht.regios.length === 0) {
    return (
      <section aria-labelledby="vm-reeks-kop" className="kp-section">
        <h2 className="utrecht-heading-2" id="vm-reeks-kop">
          Reeksen
        </h2>
        <p className="utrecht-paragraph kp-muted">Nog geen cijfers: lees eerst een tabel in.</p>
      </section>
    );
  }
  const r = reeks.status === 'klaar' ? reeks.data.reeksen[0] : undefined;
  return (
    <section aria-labelledby="vm-reeks-kop" className="kp-section">
      <h2 className="utrecht-heading-2" id="vm-reeks-kop">
        Reeks met marges
      </h2>
      <div className="kp-card">
        <div className="utrecht-form-field kp-field">
          <label className="utrecht-form-label" htmlFor="vm-regio">
            Regio
          </label>
          <select id="vm-regio" className="utrecht-select utrecht-select--html-select" value={regio} onChange={(e) => setRegio(e.target.value)}>
            {overzicht.regios.map((x) => (
              <option key={x.code} value={x.code}>
                {x.naam} ({vmRegioSoortNamen[x.soort]})
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field kp-field">
          <label className="utrecht-form-label" htmlFor="vm-onderwerp">
            Onderwerp
          </label>
          <select id="vm-onderwerp" className="utrecht-select utrecht-select--html-select" value={onderwerp} onChange={(e) => setOnderwerp(e.target.value)}>
            {overzicht.onderwerpen.map((x) => (
              <option key={x.indicatorId} value={x.indicatorId}>
                {x.naam}
              </option>
            ))}
          </select>
        </div>
      </div>
      {reeks.status === 'laden' && regio && onderwerp ? (
        <p className="utrecht-paragraph kp-muted" role="status">
          Bezig met laden…
        </p>
      ) : reeks.status === 'fout' ? (
        <div className="kp-error" role="alert">
          <p className="utrecht-paragraph">{reeks.fout.message}</p>
        </div>
      ) : !r ? (
        <p className="utrecht-paragraph kp-muted">Voor deze regio is dit onderwerp niet ingelezen.</p>
      ) : (
        <Tabelkader label={`${r.onderwerp.naam}, ${r.regio.naam}`}>
          <table className="utrecht-table kp-table">
            <caption className="utrecht-table__caption">
              {r.onderwerp.naam}, {r.regio.naam} ({eenheidTekst(r.onderwerp.eenheid)}
              {r.onderwerp.themas.length ? `; thema ${r.onderwerp.themas.map((t) => `${t.id} ${t.naam}`).join(', ')}` : ''})
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Jaar</th>
                <th scope="col" className="utrecht-table__header-cell kp-getal">Waarde met marge</th>
                <th scope="col" className="utrecht-table__header-cell">95%-interval</th>
                <th scope="col" className="utrecht-table__header-cell">Verschil met het jaar ervoor</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {r.waarden.map((w) => (
                <tr key={w.jaar} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {w.jaar}
                  </th>
                  <td className="utrecht-table__cell kp-getal">{w.tekst}</td>
                  <td className="utrecht-table__cell">{w.ondergrens === null || w.bovengrens === null ? 'geen marge bekend' : `${nl(w.ondergrens)} tot ${nl(w.bovengrens)}`}</td>
                  <td className="utrecht-table__cell">
                    {w.verschilMetVorige === null
                      ? '–'
                      : `${w.verschilMetVorige.verschil > 0 ? '+' : ''}${nl(w.verschilMetVorige.verschil)} t.o.v. ${w.verschilMetVorige.vorigJaar}: ${
                          w.verschilMetVorige.betekenisvol === null ? 'niet te toetsen (geen marge)' : w.verschilMetVorige.betekenisvol ? 'buiten de marge, een echte verandering' : 'binnen de marge, geen aantoonbare verandering'
                        }`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelkader>
      )}
    </section>
  );
}
