/**
 * Step 6: read an indicator table (CSV or .xlsx) as a municipality keeps it in its budget or annual
 * report. First a preview (what would be made, with the status of every measurement, and every
 * problem by line and column), then save all or nothing. Rights as adding an indicator.
 */
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { mag } from '../../../domain/toegang/rollen.ts';
import type { BeoordeeldeMeting, IndicatorStatus, Richting, Streefwaarde } from '../../../domain/monitoring/typen.ts';
import { richtingNamen } from '../../../domain/monitoring/typen.ts';
import { Kruimelpad, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Meldingregel, type Melding, Tabelkader, Veldkader } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { StatusLabel, SturingNavigatie, toonWaarde } from './indicator-formulieren.tsx';

interface Voorbeeld {
  kopregel: number | null;
  kolommen: { letter: string; kop: string; soort: string; jaar: number | null; totJaar: number | null }[];
  indicatoren: {
    rij: number;
    naam: string;
    eenheid: Parameters<typeof toonWaarde>[1];
    noemer?: string;
    eenheidTekst: string;
    bronToelichting: string;
    richting: Richting;
    referentiejaar: number | null;
    referentiewaarde: number | null;
    streefwaarden: (Streefwaarde & { tekst: string })[];
    metingen: BeoordeeldeMeting[];
    status: IndicatorStatus;
    statusUitleg: string;
  }[];
  problemen: { rij: number; kolom: string | null; reden: string }[];
  kanOpslaan: boolean;
}

const kolomsoortNamen: Record<string, string> = {
  naam: 'naam',
  eenheid: 'eenheid',
  bron: 'bron',
  richting: 'richting',
  noemer: 'noemer',
  referentie: 'referentie',
  referentiejaar: 'referentiejaar',
  meting: 'metingen',
  streef: 'streefwaarden',
  jaar: 'metingen of streefwaarden',
  genegeerd: 'overgeslagen',
};

export function IndicatorImportPage() {
  const { werkruimte, lid } = useWerkruimte();
  usePaginatitel(`Tabel met indicatoren inlezen – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const schrijf = useSchrijf();
  const [bestand, setBestand] = useState<File | null>(null);
  const [voorbeeld, setVoorbeeld] = useState<Voorbeeld | null>(null);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const [opgeslagen, setOpgeslagen] = useState<number | null>(null);
  const uitkomst = useRef<HTMLDivElement>(null);
  const magInlezen = mag(lid, 'cyclus.bewerken');

  const stuur = async (opslaan: boolean) => {
    if (!bestand) {
      setMelding({ soort: 'fout', tekst: 'Kies eerst een bestand (CSV of .xlsx).' });
      return;
    }
    setBezig(true);
    setMelding(null);
    const pad = `${basis}/indicatoren/import${opslaan ? '' : '/voorbeeld'}?bestandsnaam=${encodeURIComponent(bestand.name)}`;
    const type = /\.xlsx$/i.test(bestand.name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
    const r = await schrijf<Voorbeeld & { aantal: number }>('POST', pad, { bestand: new Blob([bestand], { type }) });
    setBezig(false);
    if (r.ok && opslaan) {
      setOpgeslagen(r.data.aantal);
      setVoorbeeld(null);
      setMelding({ soort: 'ok', tekst: `${r.data.aantal === 1 ? 'Eén indicator' : `${r.data.aantal} indicatoren`} opgeslagen, met hun metingen. Koppel ze op de pagina Indicatoren aan een prioriteit of thema.` });
    } else if (r.ok) {
      setVoorbeeld(r.data);
    } else {
      const lijst = r.probleem.invalidParams ?? [];
      const detail = r.probleem.detail ?? `De server gaf fout ${r.status}.`;
      setMelding({ soort: 'fout', tekst: lijst.length > 1 ? `${detail.split('. ')[0]}.` : detail });
      if (opslaan && lijst.length) setVoorbeeld((v) => v && { ...v, kanOpslaan: false });
    }
    window.requestAnimationFrame(() => uitkomst.current?.focus());
  };

  return (
    <>
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Werkruimtes', naar: '/werkruimtes' },
          { naam: werkruimte.naam, naar: basis },
          { naam: 'Indicatoren', naar: `${basis}/indicatoren` },
          { naam: 'Tabel inlezen' },
        ]}
      />
      <h1 className="utrecht-heading-1">Tabel met indicatoren inlezen</h1>
      <CyclusNavigatie huidig="indicatoren" />
      <SturingNavigatie huidig="indicatoren/importeren" />
      {!magInlezen ? (
        <p className="utrecht-paragraph">Uw rol mag geen indicatoren toevoegen, dus ook geen tabel inlezen. De coördinator of een redacteur kan dat.</p>
      ) : (
        <>
          <p className="utrecht-paragraph kp-lead">
            Lees de indicatoren in zoals uw gemeente ze in de begroting of het jaarverslag bijhoudt: één indicator per regel, met de kolommen Indicator, Eenheid en Bron, en jaarkolommen
            als ‘Realisatie 2023’ en ‘Streefwaarde 2026’. U ziet eerst wat Kernplan leest; pas daarna slaat u alles in één keer op.
          </p>
          <details className="kp-note">
            <summary>Wat mag er in de tabel staan?</summary>
            <ul className="utrecht-unordered-list">
              <li>Eenheid: aantal, %, rapportcijfer, per 1.000 inwoners, per 10.000 jongeren 12-17.</li>
              <li>Metingen: ‘Realisatie 2023’ of alleen ‘2023’; met een benchmark erachter als ‘6 / 8’.</li>
              <li>Streefwaarden: ‘Streefwaarde 2026’ of ‘Begroting 2026’, met 130, -2% per jaar, niet boven 5, minimaal 7, afname of stabiel; een kolom ‘2019-2023’ is een reeks.</li>
              <li>Eventueel: Richting (lager is beter, hoger is beter) en Nulmeting 2022. Zonder nulmeting is de referentie de laatste meting vóór het eerste streefjaar.</li>
              <li>Getallen op z’n Nederlands: 1.630 en 7,5. Een leeg vak, ‘-’ of ‘n.b.’ is geen gegeven.</li>
            </ul>
          </details>
          <Veldkader id="import-bestand" label="Bestand (CSV of Excel .xlsx)" beschrijving="Hoogstens 5 MB en 500 indicatoren; van een Excel-werkmap leest Kernplan het eerste werkblad.">
            {(beschreven) => (
              <input
                id="import-bestand"
                type="file"
                className="kp-politie-bestand"
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={beschreven}
                disabled={bezig}
                onChange={(e) => {
                  setBestand(e.target.files?.[0] ?? null);
                  setVoorbeeld(null);
                  setOpgeslagen(null);
                  setMelding(null);
                }}
              />
            )}
          </Veldkader>
          <div className="kp-actions">
            <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig || !bestand} onClick={() => void stuur(false)}>
              Voorbeeld bekijken
            </button>
          </div>
          <div ref={uitkomst} tabIndex={-1} aria-live="polite">
            <Meldingregel melding={melding} />
            {opgeslagen !== null ? (
              <p className="utrecht-paragraph">
                <Link className="utrecht-link" to={`${basis}/indicatoren`}>
                  Naar de indicatoren
                </Link>
              </p>
            ) : null}
            {voorbeeld ? <VoorbeeldWeergave v={voorbeeld} bezig={bezig} onOpslaan={() => void stuur(true)} /> : null}
          </div>
        </>
      )}
    </>
  );
}

function VoorbeeldWeergave({ v, bezig, onOpslaan }: { v: Voorbeeld; bezig: boolean; onOpslaan: () => void }) {
  return (
    <section aria-labelledby="voorbeeld-kop" className="kp-sb-importvoorbeeld">
      <h2 className="utrecht-heading-2" id="voorbeeld-kop">
        Voorbeeld: {v.indicatoren.length === 1 ? 'één indicator' : `${v.indicatoren.length} indicatoren`}
        {v.problemen.length ? `, ${v.problemen.length === 1 ? 'één fout' : `${v.problemen.length} fouten`}` : ''}
      </h2>
      {v.kopregel !== null ? (
        <p className="utrecht-paragraph kp-klein">
          Kopregel: regel {v.kopregel}. Kolommen:{' '}
          {v.kolommen.map((k, i) => (
            <span key={k.letter}>
              {i ? '; ' : ''}
              {k.letter} ‘{k.kop}’ → {kolomsoortNamen[k.soort] ?? k.soort}
            </span>
          ))}
          .
        </p>
      ) : null}
      {v.problemen.length ? (
        <Tabelkader label="Fouten in de tabel">
          <table className="kp-table">
            <caption>Fouten: er wordt niets opgeslagen tot ze zijn opgelost</caption>
            <thead>
              <tr>
                <th scope="col">Regel</th>
                <th scope="col">Kolom</th>
                <th scope="col">Wat niet klopt</th>
              </tr>
            </thead>
            <tbody>
              {v.problemen.map((p, i) => (
                <tr key={i}>
                  <th scope="row">{p.rij}</th>
                  <td>{p.kolom ?? '—'}</td>
                  <td>{p.reden}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelkader>
      ) : null}
      {v.indicatoren.length ? (
        <Tabelkader label="Gelezen indicatoren">
          <table className="kp-table">
            <caption>Zo leest Kernplan de indicatoren</caption>
            <thead>
              <tr>
                <th scope="col">Regel</th>
                <th scope="col">Indicator</th>
                <th scope="col">Referentie</th>
                <th scope="col">Streefwaarden</th>
                <th scope="col">Laatste meting</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {v.indicatoren.map((i) => {
                const laatste = i.metingen.at(-1);
                return (
                  <tr key={i.rij}>
                    <td>{i.rij}</td>
                    <th scope="row">
                      {i.naam}
                      <span className="kp-blok kp-klein kp-muted">
                        {i.eenheidTekst}, {richtingNamen[i.richting]}
                        {i.bronToelichting ? `; ${i.bronToelichting}` : ''}
                      </span>
                    </th>
                    <td>{i.referentiejaar !== null && i.referentiewaarde !== null ? `${toonWaarde(i.referentiewaarde, i.eenheid, i.noemer)} (${i.referentiejaar})` : '—'}</td>
                    <td>
                      {i.streefwaarden.length
                        ? i.streefwaarden.map((s) => (
                            <span className="kp-blok" key={s.jaar}>
                              {s.soort === 'reeks' ? '' : `${s.jaar}: `}
                              {s.tekst}
                            </span>
                          ))
                        : '—'}
                    </td>
                    <td>
                      {laatste ? `${toonWaarde(laatste.waarde, i.eenheid, i.noemer)} (${laatste.periode})` : '—'}
                      {laatste?.benchmark != null ? <span className="kp-blok kp-klein">benchmark {toonWaarde(laatste.benchmark, i.eenheid, i.noemer)}</span> : null}
                    </td>
                    <td>
                      <StatusLabel status={i.status} />
                      <span className="kp-blok kp-klein">{i.statusUitleg}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Tabelkader>
      ) : null}
      <div className="kp-actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig || !v.kanOpslaan} onClick={onOpslaan}>
          {v.kanOpslaan ? `Alles opslaan (${v.indicatoren.length === 1 ? 'één indicator' : `${v.indicatoren.length} indicatoren`})` : 'Opslaan kan pas zonder fouten'}
        </button>
      </div>
    </section>
  );
}
