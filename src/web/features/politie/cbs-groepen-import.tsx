/**
 * Inlezen van CBS 83648NED "Geregistreerde criminaliteit; soort misdrijf, regio" (issue 16, punt 1), bij
 * de begrotingsindicatoren: met de groepen 2 (vernielingen) en 3 (geweld) per gemeente zijn die twee
 * cijfers officieel en volledig. POST …/politiecijfers/cbs-misdrijfgroepen met het bestand als body;
 * GET geeft wat er voor de gemeenten van de werkruimte is opgeslagen. Alles of niets: bij een fout
 * staan regel en kolom van elke fout in de lijst.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { cbsGroepenFormaatNamen, type CbsGroepenFormaat, type CbsGroepenSamenvatting } from '../../../domain/politie/cbs-groepen.ts';
import type { Probleem } from '../../shared/api.ts';
import { Bestandsveld } from '../../shared/formulier.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';

interface Overzicht {
  gemeenten: { code: string; naam: string; jaren: { groep: string; jaren: number[] }[] }[];
  imports: { id: string; bestandsnaam: string; klaarOp: string; gebruikerNaam: string | null }[];
}

interface ImportAntwoord {
  id: string;
  bestandsnaam: string;
  samenvatting: CbsGroepenSamenvatting;
  werkruimte: { code: string; naam: string; jaren: number[] }[];
}

type Uitslag = { soort: 'ingelezen'; a: ImportAntwoord } | { soort: 'geweigerd'; bestandsnaam: string; probleem: Probleem } | null;

const groepNaam: Record<string, string> = { T001161: 'totaal', CRI2000: 'vernielingen (groep 2)', CRI3000: 'geweld (groep 3)' };
const reeks = (jaren: number[]) => (jaren.length === 0 ? 'geen' : jaren.length > 2 && jaren.at(-1)! - jaren[0]! === jaren.length - 1 ? `${jaren[0]}-${jaren.at(-1)}` : jaren.join(', '));

export function CbsGroepenImport({ api, magImporteren, onIngelezen }: { api: string; magImporteren: boolean; onIngelezen: () => void }) {
  const pad = `${api}/cbs-misdrijfgroepen`;
  const overzicht = useBron<Overzicht>(pad);
  const schrijf = useSchrijf();
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
      setVeldfout('Kies eerst een CSV-bestand met de tabel 83648NED.');
      invoer.current?.focus();
      return;
    }
    setBezig(true);
    setUitslag(null);
    const r = await schrijf<ImportAntwoord>('POST', `${pad}?bestandsnaam=${encodeURIComponent(bestand.name)}`, { bestand: new Blob([bestand], { type: 'text/csv' }) });
    setBezig(false);
    if (r.ok) {
      setUitslag({ soort: 'ingelezen', a: r.data });
      await overzicht.vernieuw();
      onIngelezen();
    } else setUitslag({ soort: 'geweigerd', bestandsnaam: bestand.name, probleem: r.probleem });
  };

  const opgeslagen = overzicht.toestand.status === 'klaar' ? overzicht.toestand.data : null;

  return (
    <section className="kp-card kp-politie-cbsgroepen" aria-labelledby="cbsgroepen-kop">
      <h3 className="utrecht-heading-3" id="cbsgroepen-kop">
        Officiële cijfers voor geweld en vernielingen (CBS 83648NED)
      </h3>
      <p className="utrecht-paragraph">
        De officiële cijfers voor geweldsmisdrijven en vernielingen tellen groepen van het CBS: groep 3 &quot;Gewelds- en seksuele misdrijven&quot; en groep 2
        &quot;Vernielingen, misdrijven tegen openbare orde en gezag&quot; uit tabel 83648NED &quot;Geregistreerde criminaliteit; soort misdrijf, regio&quot;. Leest u die tabel
        in met uw gemeente, dan rekent Kernplan die twee indicatoren daarmee: volledig, per 1.000 inwoners op 1 januari van hetzelfde jaar.
      </p>
      {opgeslagen && opgeslagen.gemeenten.length ? (
        <p className="utrecht-paragraph kp-klein">
          <strong>Ingelezen:</strong>{' '}
          {opgeslagen.gemeenten
            .map((g) => {
              const van = (groep: string) => g.jaren.find((j) => j.groep === groep)?.jaren ?? [];
              return `${g.naam}: ${van('CRI3000').length || van('CRI2000').length ? `geweld ${reeks(van('CRI3000'))}, vernielingen ${reeks(van('CRI2000'))}` : 'nog niets'}`;
            })
            .join('; ')}
          .
        </p>
      ) : null}
      {magImporteren ? (
        <form onSubmit={(e) => void start(e)} noValidate aria-label="CBS-tabel 83648NED inlezen">
          <Bestandsveld
            id="cbsgroepen-bestand"
            label="Tabel 83648NED als CSV"
            beschrijving={
              <p className="utrecht-paragraph">
                CBS open data (kolommen SoortMisdrijf, RegioS, Perioden en TotaalGeregistreerdeMisdrijven_1) of de download van StatLine (&quot;Soort misdrijf&quot;,
                &quot;Regio&apos;s&quot;, &quot;Perioden&quot;, &quot;Totaal geregistreerde misdrijven&quot;). Kies bij Soort misdrijf minstens de groepen 2 en 3, bij Regio&apos;s uw
                gemeente. Alles of niets: met één fout wordt er niets ingelezen.
              </p>
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
            <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={bezig}>
              {bezig ? 'Bezig met inlezen…' : 'CBS-tabel inlezen'}
            </button>
          </div>
        </form>
      ) : (
        <p className="utrecht-paragraph kp-muted">Met uw rol kunt u deze tabel niet inlezen; dat mogen de coördinator en de redacteuren.</p>
      )}

      <div role="status" className="kp-visually-hidden">
        {bezig ? 'Bezig met inlezen.' : uitslag?.soort === 'ingelezen' ? `${uitslag.a.bestandsnaam} is ingelezen.` : ''}
      </div>

      {uitslag?.soort === 'ingelezen' ? (
        <div className="kp-success">
          <h4 className="utrecht-heading-4" ref={uitslagKop} tabIndex={-1}>
            {uitslag.a.bestandsnaam} is ingelezen
          </h4>
          <Samenvatting s={uitslag.a.samenvatting} />
          <p className="utrecht-paragraph">
            {uitslag.a.werkruimte.some((g) => g.jaren.length)
              ? `Voor ${uitslag.a.werkruimte.filter((g) => g.jaren.length).map((g) => `${g.naam} (${reeks(g.jaren)})`).join(', ')} zijn geweld en vernielingen nu officieel en volledig.`
              : 'Er stond geen gemeente van deze werkruimte in het bestand; haar cijfers voor geweld en vernielingen blijven onvolledig.'}
          </p>
        </div>
      ) : null}

      {uitslag?.soort === 'geweigerd' ? (
        <div className="kp-error">
          <h4 className="utrecht-heading-4" ref={uitslagKop} tabIndex={-1}>
            Het bestand {uitslag.bestandsnaam} is geweigerd
          </h4>
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
        </div>
      ) : null}
    </section>
  );
}

function Samenvatting({ s }: { s: CbsGroepenSamenvatting }) {
  const o = s.overgeslagen;
  return (
    <ul className="utrecht-unordered-list">
      <li className="utrecht-unordered-list__item">Formaat: {cbsGroepenFormaatNamen[s.formaat as CbsGroepenFormaat] ?? s.formaat}.</li>
      <li className="utrecht-unordered-list__item">
        {s.waarden} {s.waarden === 1 ? 'telling' : 'tellingen'} uit {s.regels} regels: {s.gemeenten.length} {s.gemeenten.length === 1 ? 'gemeente' : 'gemeenten'}
        {s.nederland ? ' en Nederland' : ''}, jaren {reeks(s.jaren)}
        {s.voorlopigeJaren.length ? ` (voorlopig: ${s.voorlopigeJaren.join(', ')})` : ''}.
      </li>
      <li className="utrecht-unordered-list__item">Groepen: {s.groepen.map((g) => `${groepNaam[g.sleutel] ?? g.sleutel} ${g.waarden}`).join(', ')}; met het cijfer per 1.000 van CBS: {s.metPer1000}.</li>
      {o.andereSoorten + o.andereRegios + o.zonderWaarde + o.onbekendeRegiosRegels > 0 ? (
        <li className="utrecht-unordered-list__item">
          Overgeslagen: {o.andereSoorten} regels van andere soorten misdrijf, {o.andereRegios} van andere regio&apos;s (provincies, landsdelen), {o.zonderWaarde} zonder waarde
          {o.onbekendeRegiosRegels ? `, ${o.onbekendeRegiosRegels} van regio's die geen gemeente van 2024 zijn (${o.onbekendeRegios.join(', ')})` : ''}.
        </li>
      ) : null}
    </ul>
  );
}
