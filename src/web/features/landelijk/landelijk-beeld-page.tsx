/**
 * Het landelijk beeld (issue 17, punt 3; docs/landelijk-beeld.md): in een landelijke werkruimte
 * lijsten met prioriteiten uit bestaande plannen inlezen (eerst een voorbeeld met de fouten per regel,
 * dan alles of niets), de ingelezen lijsten, en de analyse: gemeenten in de gegevens tegen het land per
 * groep, het aandeel per veld per groep naast elkaar (G4, G40, P10, minder dan 50.000 inwoners,
 * grootteklassen, provincies, politie-eenheden), de grootste thema's, de planjaren en de titels die
 * Kernplan las. Een gemeente staat er alleen met naam als ze instemde.
 */
import { useRef, useState } from 'react';
import type { GeclassificeerdeTitel, GroepUitkomst, JaarUitkomst, LandelijkBeeld, Verdeling } from '../../../domain/landelijk/analyse.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Bestandsveld, Meldingregel, type Melding, Tabelkader } from '../../shared/formulier.tsx';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';

interface Import {
  id: string;
  bestandsnaam: string;
  ingelezenOp: string;
  ingelezenDoor: string | null;
  bijNaam: boolean;
  aantal: number;
  gemeenten: number;
  jaren: number[];
}
interface Voorbeeld {
  bestandsnaam: string;
  aantal: number;
  rijen: { regel: number; gemeentecode: string; gemeentenaam: string; jaar: number; titel: string; themas?: string[] }[];
  rijenWeggelaten: number;
  gemeenten: number;
  jaren: number[];
  metThemas: number;
  teClassificeren: number;
  fouten: { regel: number; kolom?: string; melding: string }[];
  kanOpslaan: boolean;
  eerderIngelezen: Import | null;
}
type Beeld = Omit<LandelijkBeeld, 'geclassificeerd'> & {
  geclassificeerd: GeclassificeerdeTitel[];
  jaar: number | null;
  p10: { gemeentenInLand: number; ledenVolgensP10: number };
  bronnen: { import: { prioriteiten: number }; werkruimte: { prioriteiten: number; plannen: number } };
  titels: { totaal: number; vanaf: number; aantal: number };
};

type Maat = 'hoofdveld' | 'raakt' | 'gemeenten';
const maatNamen: Record<Maat, string> = {
  hoofdveld: 'naar hoofdveld (elke prioriteit één keer, telt op tot 100 %)',
  raakt: 'prioriteiten die het veld raken (een prioriteit kan meer velden raken)',
  gemeenten: 'gemeenten met minstens één prioriteit in het veld',
};
const veldKort: Record<number, string> = { 1: '1 Woon- en leefomgeving', 2: '2 Bedrijvigheid', 3: '3 Jeugd', 4: '4 Fysieke veiligheid', 5: '5 Integriteit' };

const TITELS_PER_PAGINA = 50;
const procent = (x: number) => `${(x * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}\u00a0%`;
const getal = (n: number) => n.toLocaleString('nl-NL');
const datum = (iso: string) => new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const meervoud = (n: number, een: string, meer: string) => (n === 1 ? `1 ${een}` : `${getal(n)} ${meer}`);

/** Who is named and how many count only: names only where the municipality consented. */
function Deelnemers({ d }: { d: { genoemd: { code: string; naam: string }[]; nietGenoemd: number } }) {
  const namen = d.genoemd.map((g) => g.naam).join(', ');
  if (d.genoemd.length === 0) return <>{meervoud(d.nietGenoemd, 'gemeente', 'gemeenten')} (niet bij naam)</>;
  return (
    <>
      {namen}
      {d.nietGenoemd > 0 ? ` en ${meervoud(d.nietGenoemd, 'andere gemeente', 'andere gemeenten')} (niet bij naam)` : ''}
    </>
  );
}

/** One row per selection (the country or a group), one column per field: the share in the chosen measure. */
function GroepenTabel({ titel, rijen, maat }: { titel: string; rijen: { naam: string; inData: number; inLand: number; weinig: boolean; verdeling: Verdeling; opmerking?: string }[]; maat: Maat }) {
  const extra = maat === 'hoofdveld';
  return (
    <Tabelkader label={titel}>
      <table className="utrecht-table kp-table">
        <caption className="kp-visually-hidden">
          {titel}: aandeel {maatNamen[maat]}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Groep</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Gemeenten in de gegevens / in het land</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Prioriteiten</th>
            {[1, 2, 3, 4, 5].map((v) => (
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col" key={v}>
                {veldKort[v]}
              </th>
            ))}
            {extra ? (
              <>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Alleen strategisch thema</th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Niet te lezen</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rijen.map((r) => {
            const leeg = r.verdeling.prioriteiten === 0;
            const cel = (x: number) => (leeg ? '–' : procent(x));
            return (
              <tr className="utrecht-table__row" key={r.naam}>
                <th className="utrecht-table__header-cell" scope="row">
                  {r.naam}
                  {r.opmerking ? <span className="kp-blok kp-klein kp-muted">{r.opmerking}</span> : null}
                  {r.weinig && !leeg ? <span className="kp-blok kp-klein kp-muted">minder dan 5 gemeenten: zegt weinig</span> : null}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">
                  {r.inData} / {r.inLand}
                </td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{getal(r.verdeling.prioriteiten)}</td>
                {r.verdeling.velden.map((v) => (
                  <td className="utrecht-table__cell utrecht-table__cell--numeric" key={v.veld}>
                    {cel(maat === 'hoofdveld' ? v.aandeelHoofdveld : maat === 'raakt' ? v.aandeelPrioriteiten : v.aandeelGemeenten)}
                  </td>
                ))}
                {extra ? (
                  <>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{cel(r.verdeling.hoofdindeling.find((h) => h.indeling === 'strategisch')?.aandeel ?? 0)}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{cel(r.verdeling.hoofdindeling.find((h) => h.indeling === 'niet-te-lezen')?.aandeel ?? 0)}</td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Tabelkader>
  );
}

function JarenTabel({ naam, jaren }: { naam: string; jaren: JaarUitkomst[] }) {
  if (jaren.length === 0) return <p className="utrecht-paragraph">Geen prioriteiten in deze selectie.</p>;
  return (
    <Tabelkader label={`Per planjaar: ${naam}`}>
      <table className="utrecht-table kp-table">
        <caption className="kp-visually-hidden">Per planjaar, {naam}: aandeel naar hoofdveld</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Eerste jaar van het plan</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Gemeenten</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Prioriteiten</th>
            {[1, 2, 3, 4, 5].map((v) => (
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col" key={v}>
                {veldKort[v]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {jaren.map((j) => (
            <tr className="utrecht-table__row" key={j.jaar}>
              <th className="utrecht-table__header-cell" scope="row">{j.jaar}</th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{j.gemeentenInData}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{j.verdeling.prioriteiten}</td>
              {j.verdeling.velden.map((v) => (
                <td className="utrecht-table__cell utrecht-table__cell--numeric" key={v.veld}>
                  {procent(v.aandeelHoofdveld)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Tabelkader>
  );
}

function ThemaTabel({ naam, verdeling }: { naam: string; verdeling: Verdeling }) {
  const top = [...verdeling.themas, ...verdeling.strategischeThemas]
    .filter((t) => t.prioriteiten > 0)
    .sort((a, b) => b.prioriteiten - a.prioriteiten || a.id.localeCompare(b.id))
    .slice(0, 12);
  if (top.length === 0) return <p className="utrecht-paragraph">Geen prioriteiten in deze selectie.</p>;
  return (
    <Tabelkader label={`Thema's met de meeste prioriteiten: ${naam}`}>
      <table className="utrecht-table kp-table">
        <caption className="kp-visually-hidden">Thema's met de meeste prioriteiten, {naam}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Thema</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Prioriteiten</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Aandeel van de prioriteiten</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Aandeel van de gemeenten</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {top.map((t) => (
            <tr className="utrecht-table__row" key={t.id}>
              <th className="utrecht-table__header-cell" scope="row">
                {t.soort === 'thema' ? `${t.id} ${t.naam}` : `${t.naam} (strategisch thema)`}
              </th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{t.prioriteiten}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{procent(t.aandeelPrioriteiten)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{procent(t.aandeelGemeenten)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Tabelkader>
  );
}

export function LandelijkBeeldPage() {
  const { werkruimte, lid } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  usePaginatitel(`Landelijk beeld – ${werkruimte.naam}`);
  const isLandelijk = werkruimte.regio?.soort === 'landelijk';
  const magLezen = mag(lid, 'cyclus.lezen') && isLandelijk;
  const magInlezen = mag(lid, 'cyclus.bewerken') && isLandelijk;
  const magVerwijderen = mag(lid, 'werkruimte.wijzigen') && isLandelijk;
  const schrijf = useSchrijf();

  const [alleenLaatste, setAlleenLaatste] = useState(false);
  const [jaar, setJaar] = useState('');
  const [vanaf, setVanaf] = useState(0);
  const [maat, setMaat] = useState<Maat>('hoofdveld');
  const [selectie, setSelectie] = useState('land');
  const query = new URLSearchParams({ perJaarPerGroep: 'true', titelsVanaf: String(vanaf), titelsAantal: String(TITELS_PER_PAGINA) });
  if (alleenLaatste) query.set('alleenLaatstePlan', 'true');
  if (jaar) query.set('jaar', jaar);
  const beeld = useBron<Beeld>(magLezen ? `${basis}/landelijk-beeld?${query.toString()}` : null);
  const imports = useBron<{ imports: Import[] }>(magLezen ? `${basis}/prioriteitenlijsten` : null);
  const { vernieuw: vernieuwBeeld } = beeld;
  const { vernieuw: vernieuwImports } = imports;
  useLiveBericht((b) => {
    if (b.type === 'werkruimte' || b.type === 'opnieuw-verbonden') {
      if (magLezen) {
        void vernieuwBeeld();
        void vernieuwImports();
      }
    }
  });

  // Import form.
  const [bestand, setBestand] = useState<File | null>(null);
  const [bijNaam, setBijNaam] = useState(false);
  const [voorbeeld, setVoorbeeld] = useState<Voorbeeld | null>(null);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const uitkomst = useRef<HTMLDivElement>(null);
  const [lijstMelding, setLijstMelding] = useState<Melding | null>(null);

  const stuur = async (opslaan: boolean) => {
    if (!bestand) {
      setMelding({ soort: 'fout', tekst: 'Kies eerst een CSV-bestand.' });
      return;
    }
    setBezig(true);
    setMelding(null);
    const q = new URLSearchParams({ bestandsnaam: bestand.name, bijNaam: String(bijNaam) });
    if (!opslaan) q.set('voorbeeld', 'true');
    const r = await schrijf<Voorbeeld & Import>('POST', `${basis}/prioriteitenlijsten?${q.toString()}`, { bestand: new Blob([bestand], { type: 'text/csv' }) });
    setBezig(false);
    if (r.ok && opslaan) {
      setVoorbeeld(null);
      setBestand(null);
      setMelding({ soort: 'ok', tekst: `${bestand.name} is ingelezen: ${meervoud(r.data.aantal, 'prioriteit', 'prioriteiten')} van ${meervoud(r.data.gemeenten, 'gemeente', 'gemeenten')}. Het beeld hieronder telt ze mee.` });
      await Promise.all([vernieuwImports(), vernieuwBeeld()]);
    } else if (r.ok) {
      setVoorbeeld(r.data);
    } else {
      setMelding({ soort: 'fout', tekst: r.probleem.detail ?? `De server gaf fout ${r.status}.` });
    }
    window.requestAnimationFrame(() => uitkomst.current?.focus());
  };

  const verwijder = async (imp: Import) => {
    if (!window.confirm(`${imp.bestandsnaam} (${meervoud(imp.aantal, 'prioriteit', 'prioriteiten')}) verwijderen uit het landelijk beeld?`)) return;
    const r = await schrijf('DELETE', `${basis}/prioriteitenlijsten/${encodeURIComponent(imp.id)}`);
    setLijstMelding(r.ok ? { soort: 'ok', tekst: `${imp.bestandsnaam} is verwijderd.` } : { soort: 'fout', tekst: r.probleem.detail ?? `De server gaf fout ${r.status}.` });
    await Promise.all([vernieuwImports(), vernieuwBeeld()]);
  };

  const kruimels = [{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Landelijk beeld' }];
  if (!isLandelijk) {
    return (
      <>
        <Kruimelpad kruimels={kruimels} />
        <h1 className="utrecht-heading-1">Landelijk beeld</h1>
        <div className="kp-note">
          <p className="utrecht-paragraph">Het landelijk beeld van prioriteiten staat in een landelijke werkruimte. Deze werkruimte is dat niet.</p>
        </div>
      </>
    );
  }

  return (
    <>
      <Kruimelpad kruimels={kruimels} />
      <h1 className="utrecht-heading-1">Landelijk beeld</h1>
      <CyclusNavigatie huidig="landelijk-beeld" />
      <p className="utrecht-paragraph kp-lead">
        Waar geven gemeenten in hun integraal veiligheidsplan prioriteit aan? Het aandeel per veiligheidsveld en thema, naar groep gemeenten en planjaar: uit lijsten met
        prioriteiten uit bestaande plannen en uit de vastgestelde of gedeelde plannen in deze Kernplan-installatie.
      </p>
      <LiveStatus />
      {!magLezen ? (
        <div className="kp-note">
          <p className="utrecht-paragraph">Met uw rol ziet u het landelijk beeld niet.</p>
        </div>
      ) : null}

      {magInlezen ? (
        <section aria-labelledby="inlezen-kop">
          <h2 className="utrecht-heading-2" id="inlezen-kop">
            Een lijst met prioriteiten inlezen
          </h2>
          <p className="utrecht-paragraph">
            Een CSV-bestand met de kolommen <code>gemeentecode</code> (GM0363, 0363 of 363), <code>jaar</code> (het eerste jaar van het plan) en <code>titel</code>, en eventueel{' '}
            <code>thema</code> (thema-ids als 1.3 of strategische thema's, gescheiden door komma's, belangrijkste eerst). Een titel zonder thema leest Kernplan zelf. U ziet eerst
            wat Kernplan leest; pas daarna leest u alles in één keer in.
          </p>
          <div className="kp-smal">
            <Bestandsveld
              id="lijst-bestand"
              label="Bestand (CSV)"
              beschrijving="Scheidingsteken ; of , en UTF-8; hoogstens 20.000 regels."
              uit={bezig}
              onKies={(b) => {
                setBestand(b);
                setVoorbeeld(null);
                setMelding(null);
              }}
            />
            <div className="kp-check kp-check--met-uitleg">
              <input id="lijst-bij-naam" type="checkbox" checked={bijNaam} aria-describedby="lijst-bij-naam-uitleg" onChange={(e) => setBijNaam(e.target.checked)} />
              <label htmlFor="lijst-bij-naam">De gemeenten in dit bestand stemden in met hun naam</label>
            </div>
            <p className="utrecht-form-field-description kp-field__uitleg" id="lijst-bij-naam-uitleg">
              Zonder instemming telt een gemeente alleen mee in de aantallen; haar naam staat nergens in het beeld, ook niet in een titel.
            </p>
            <div className="kp-actions">
              <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig || !bestand} onClick={() => void stuur(false)}>
                Voorbeeld bekijken
              </button>
            </div>
          </div>
          <div ref={uitkomst} tabIndex={-1} aria-live="polite">
            <Meldingregel melding={melding} />
            {voorbeeld ? <VoorbeeldWeergave v={voorbeeld} bijNaam={bijNaam} bezig={bezig} onOpslaan={() => void stuur(true)} /> : null}
          </div>
        </section>
      ) : null}

      {magLezen ? (
        <section aria-labelledby="lijsten-kop">
          <h2 className="utrecht-heading-2" id="lijsten-kop">
            Ingelezen lijsten
          </h2>
          <Meldingregel melding={lijstMelding} />
          <Laden toestand={imports.toestand}>
            {({ imports: lijst }) =>
              lijst.length === 0 ? (
                <p className="utrecht-paragraph">Er is nog geen lijst ingelezen.</p>
              ) : (
                <Tabelkader label="Ingelezen lijsten met prioriteiten">
                  <table className="utrecht-table kp-table">
                    <caption className="kp-visually-hidden">Ingelezen lijsten met prioriteiten</caption>
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        <th className="utrecht-table__header-cell" scope="col">Bestand</th>
                        <th className="utrecht-table__header-cell" scope="col">Ingelezen</th>
                        <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Prioriteiten</th>
                        <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Gemeenten</th>
                        <th className="utrecht-table__header-cell" scope="col">Planjaren</th>
                        <th className="utrecht-table__header-cell" scope="col">Gemeenten bij naam</th>
                        {magVerwijderen ? (
                          <th className="utrecht-table__header-cell" scope="col">
                            <span className="kp-visually-hidden">Actie</span>
                          </th>
                        ) : null}
                      </tr>
                    </thead>
                    <tbody className="utrecht-table__body">
                      {lijst.map((i) => (
                        <tr className="utrecht-table__row" key={i.id}>
                          <th className="utrecht-table__header-cell" scope="row">{i.bestandsnaam}</th>
                          <td className="utrecht-table__cell">
                            {datum(i.ingelezenOp)}
                            {i.ingelezenDoor ? ` door ${i.ingelezenDoor}` : ''}
                          </td>
                          <td className="utrecht-table__cell utrecht-table__cell--numeric">{getal(i.aantal)}</td>
                          <td className="utrecht-table__cell utrecht-table__cell--numeric">{i.gemeenten}</td>
                          <td className="utrecht-table__cell">{i.jaren.length > 2 ? `${i.jaren[0]}–${i.jaren.at(-1)}` : i.jaren.join(', ')}</td>
                          <td className="utrecht-table__cell">{i.bijNaam ? 'ja, ze stemden in' : 'nee, alleen in de aantallen'}</td>
                          {magVerwijderen ? (
                            <td className="utrecht-table__cell">
                              <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => void verwijder(i)}>
                                Verwijderen<span className="kp-visually-hidden"> {i.bestandsnaam}</span>
                              </button>
                            </td>
                          ) : null}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </Tabelkader>
              )
            }
          </Laden>
        </section>
      ) : null}

      {magLezen ? (
        <section aria-labelledby="beeld-kop">
          <h2 className="utrecht-heading-2" id="beeld-kop">
            Het beeld
          </h2>
          <Laden toestand={beeld.toestand}>
            {(b) => (
              <BeeldWeergave
                b={b}
                basis={basis}
                keuzes={{ alleenLaatste, jaar, maat, selectie }}
                onKeuzes={(k) => {
                  if (k.alleenLaatste !== undefined) setAlleenLaatste(k.alleenLaatste);
                  if (k.jaar !== undefined) setJaar(k.jaar);
                  if (k.maat !== undefined) setMaat(k.maat);
                  if (k.selectie !== undefined) setSelectie(k.selectie);
                  if (k.alleenLaatste !== undefined || k.jaar !== undefined) setVanaf(0);
                }}
                onPagina={setVanaf}
              />
            )}
          </Laden>
        </section>
      ) : null}
    </>
  );
}

function VoorbeeldWeergave({ v, bijNaam, bezig, onOpslaan }: { v: Voorbeeld; bijNaam: boolean; bezig: boolean; onOpslaan: () => void }) {
  return (
    <section aria-labelledby="voorbeeld-kop">
      <h3 className="utrecht-heading-3" id="voorbeeld-kop">
        Voorbeeld van {v.bestandsnaam}: {meervoud(v.aantal, 'prioriteit', 'prioriteiten')} van {meervoud(v.gemeenten, 'gemeente', 'gemeenten')}
        {v.fouten.length ? `, ${meervoud(v.fouten.length, 'fout', 'fouten')}` : ''}
      </h3>
      <p className="utrecht-paragraph">
        Planjaren: {v.jaren.length ? v.jaren.join(', ') : '–'}. {meervoud(v.metThemas, "prioriteit heeft met de hand gekoppelde thema's", "prioriteiten hebben met de hand gekoppelde thema's")};{' '}
        {meervoud(v.teClassificeren, 'titel leest', 'titels leest')} Kernplan zelf. {bijNaam ? 'De gemeenten staan met naam in het beeld.' : 'De gemeenten tellen alleen mee in de aantallen.'}
      </p>
      {v.eerderIngelezen ? (
        <div className="kp-note">
          <p className="utrecht-paragraph">
            Dit bestand is al ingelezen op {datum(v.eerderIngelezen.ingelezenOp)} ({v.eerderIngelezen.bestandsnaam}). Verwijder die lijst eerst als u het opnieuw wilt inlezen.
          </p>
        </div>
      ) : null}
      {v.fouten.length ? (
        <Tabelkader label="Fouten in het bestand">
          <table className="utrecht-table kp-table">
            <caption className="utrecht-table__caption">Fouten: er wordt niets ingelezen tot ze zijn opgelost</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Regel</th>
                <th className="utrecht-table__header-cell" scope="col">Kolom</th>
                <th className="utrecht-table__header-cell" scope="col">Wat niet klopt</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {v.fouten.map((f, i) => (
                <tr className="utrecht-table__row" key={i}>
                  <th className="utrecht-table__header-cell" scope="row">{f.regel}</th>
                  <td className="utrecht-table__cell">{f.kolom ?? '–'}</td>
                  <td className="utrecht-table__cell">{f.melding}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelkader>
      ) : null}
      {v.rijen.length ? (
        <Tabelkader label="Gelezen prioriteiten">
          <table className="utrecht-table kp-table">
            <caption className="utrecht-table__caption">
              Zo leest Kernplan de prioriteiten{v.rijenWeggelaten ? ` (de eerste ${v.rijen.length}; nog ${getal(v.rijenWeggelaten)} niet getoond)` : ''}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Regel</th>
                <th className="utrecht-table__header-cell" scope="col">Gemeente</th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Jaar</th>
                <th className="utrecht-table__header-cell" scope="col">Titel</th>
                <th className="utrecht-table__header-cell" scope="col">Thema's</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {v.rijen.map((r) => (
                <tr className="utrecht-table__row" key={r.regel}>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{r.regel}</td>
                  <td className="utrecht-table__cell">{r.gemeentenaam}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{r.jaar}</td>
                  <th className="utrecht-table__header-cell" scope="row">{r.titel}</th>
                  <td className="utrecht-table__cell">{r.themas?.join(', ') ?? <span className="kp-muted">Kernplan leest de titel</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelkader>
      ) : null}
      <div className="kp-actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig || !v.kanOpslaan} onClick={onOpslaan}>
          {v.kanOpslaan ? `Alles inlezen (${meervoud(v.aantal, 'prioriteit', 'prioriteiten')})` : 'Inlezen kan pas zonder fouten'}
        </button>
      </div>
    </section>
  );
}

interface Keuzes {
  alleenLaatste: boolean;
  jaar: string;
  maat: Maat;
  selectie: string;
}

const groepSleutel = (g: GroepUitkomst) => `${g.groep.soort}|${g.groep.waarde}`;

function BeeldWeergave({ b, basis, keuzes, onKeuzes, onPagina }: { b: Beeld; basis: string; keuzes: Keuzes; onKeuzes: (k: Partial<Keuzes>) => void; onPagina: (vanaf: number) => void }) {
  const v = b.landelijk.verdeling;
  const rij = (g: GroepUitkomst) => ({
    naam: g.groep.soort === 'p10' ? 'P10' : g.groep.naam.charAt(0).toUpperCase() + g.groep.naam.slice(1),
    inData: g.gemeentenInData,
    inLand: g.gemeentenInLand,
    weinig: g.weinigGemeenten,
    verdeling: g.verdeling,
    ...(g.groep.soort === 'p10' ? { opmerking: `telt ${b.p10.gemeentenInLand} van de ${b.p10.ledenVolgensP10} leden` } : {}),
  });
  const land = { naam: 'Nederland', inData: b.landelijk.gemeentenInData, inLand: b.landelijk.gemeentenInLand, weinig: false, verdeling: v };
  const netwerken = b.groepen.filter((g) => ['g4', 'g40', 'p10', 'kleiner-dan-50k', 'grootteklasse'].includes(g.groep.soort));
  const provincies = b.groepen.filter((g) => g.groep.soort === 'provincie');
  const eenheden = b.groepen.filter((g) => g.groep.soort === 'politie-eenheid');
  const gekozen = keuzes.selectie === 'land' ? null : b.groepen.find((g) => groepSleutel(g) === keuzes.selectie) ?? null;
  const gekozenNaam = gekozen ? rij(gekozen).naam : 'Nederland';
  const jaren = b.landelijk.perJaar.map((j) => j.jaar);
  const { vanaf, aantal, totaal } = b.titels;

  return (
    <>
      <form className="kp-smal" onSubmit={(e) => e.preventDefault()} aria-label="Keuzes voor het beeld">
        <div className="kp-check">
          <input id="beeld-laatste" type="checkbox" checked={keuzes.alleenLaatste} onChange={(e) => onKeuzes({ alleenLaatste: e.target.checked })} />
          <label htmlFor="beeld-laatste">Per gemeente alleen het laatste plan</label>
        </div>
        <div className="utrecht-form-field kp-field">
          <label className="utrecht-form-label" htmlFor="beeld-jaar">
            Planjaar
          </label>
          <select id="beeld-jaar" className="utrecht-select utrecht-select--html-select kp-select-smal" value={keuzes.jaar} onChange={(e) => onKeuzes({ jaar: e.target.value })}>
            <option value="">Alle jaren</option>
            {(keuzes.jaar && !jaren.includes(Number(keuzes.jaar)) ? [...jaren, Number(keuzes.jaar)] : jaren).map((j) => (
              <option key={j} value={String(j)}>
                {j}
              </option>
            ))}
          </select>
        </div>
      </form>

      <p className="utrecht-paragraph">
        {meervoud(v.prioriteiten, 'prioriteit', 'prioriteiten')} van {b.landelijk.gemeentenInData} van de {b.landelijk.gemeentenInLand} gemeenten
        {b.jaar ? ` uit plannen die in ${b.jaar} begonnen` : ''}
        {b.alleenLaatstePlan ? ', per gemeente alleen het laatste plan' : ''}: {getal(b.bronnen.import.prioriteiten)} uit ingelezen lijsten en{' '}
        {getal(b.bronnen.werkruimte.prioriteiten)} uit {meervoud(b.bronnen.werkruimte.plannen, 'plan', 'plannen')} in Kernplan (vastgesteld of gedeeld).{' '}
        {getal(v.herkomst.metDeHand)} met thema's die de gemeente koos, {getal(v.herkomst.geclassificeerd)} gelezen door Kernplan en {getal(v.herkomst.nietTeLezen)} niet te lezen.
        {b.dubbel ? ` ${meervoud(b.dubbel, 'prioriteit stond', 'prioriteiten stonden')} er dubbel in en ${b.dubbel === 1 ? 'telt' : 'tellen'} één keer.` : ''}
        {b.onbekendeGemeenten.length ? ` ${meervoud(b.onbekendeGemeenten.length, 'prioriteit telt', 'prioriteiten tellen')} niet: de code is geen gemeente van 2024.` : ''}
      </p>
      <p className="utrecht-paragraph">
        Gemeenten in het beeld: <Deelnemers d={b.landelijk.deelnemers} />. Dit is geen steekproef: het beeld is wat er is ingelezen en gedeeld.
      </p>

      <h3 className="utrecht-heading-3">Het aandeel per veld, per groep naast elkaar</h3>
      <div className="utrecht-form-field kp-field kp-smal">
        <label className="utrecht-form-label" htmlFor="beeld-maat">
          Aandeel
        </label>
        <select id="beeld-maat" className="utrecht-select utrecht-select--html-select" value={keuzes.maat} onChange={(e) => onKeuzes({ maat: e.target.value as Maat })}>
          {(Object.keys(maatNamen) as Maat[]).map((m) => (
            <option key={m} value={m}>
              {maatNamen[m]}
            </option>
          ))}
        </select>
      </div>
      <h4 className="utrecht-heading-4">Nederland, de netwerken en naar inwonertal</h4>
      <GroepenTabel titel="Nederland, de netwerken G4, G40 en P10, en naar inwonertal" rijen={[land, ...netwerken.map(rij)]} maat={keuzes.maat} />
      <h4 className="utrecht-heading-4">Per provincie</h4>
      <GroepenTabel titel="Per provincie" rijen={provincies.map(rij)} maat={keuzes.maat} />
      <h4 className="utrecht-heading-4">Per politie-eenheid</h4>
      <GroepenTabel titel="Per politie-eenheid" rijen={eenheden.map(rij)} maat={keuzes.maat} />
      <p className="utrecht-paragraph kp-muted">
        Naar hoofdveld telt elke prioriteit één keer, bij het veld van haar belangrijkste thema (zoals het CCV rapporteert). "Raken" telt een prioriteit bij elk veld dat een van
        haar thema's raakt. Het aandeel van de gemeenten is het deel van de gemeenten in de gegevens met minstens één prioriteit in het veld. De P10 noemt{' '}
        {b.p10.ledenVolgensP10} leden; Kernplan rekent met de {b.p10.gemeentenInLand} waarvan een bron het lidmaatschap noemt.{' '}
        <a className="utrecht-link" href={`/api/v1${basis}/landelijk-beeld?formaat=csv${b.alleenLaatstePlan ? '&alleenLaatstePlan=true' : ''}${b.jaar ? `&jaar=${b.jaar}` : ''}`} download>
          Download de aandelen per groep en veld als CSV
        </a>
      </p>

      <h3 className="utrecht-heading-3">Thema's en planjaren van één groep</h3>
      <div className="utrecht-form-field kp-field kp-smal">
        <label className="utrecht-form-label" htmlFor="beeld-groep">
          Groep
        </label>
        <select id="beeld-groep" className="utrecht-select utrecht-select--html-select" value={keuzes.selectie} onChange={(e) => onKeuzes({ selectie: e.target.value })}>
          <option value="land">Nederland</option>
          {b.groepen
            .filter((g) => g.gemeentenInData > 0)
            .map((g) => (
              <option key={groepSleutel(g)} value={groepSleutel(g)}>
                {rij(g).naam} ({g.gemeentenInData} {g.gemeentenInData === 1 ? 'gemeente' : 'gemeenten'})
              </option>
            ))}
        </select>
      </div>
      {gekozen ? (
        <p className="utrecht-paragraph">
          {gekozenNaam}: <Deelnemers d={gekozen.deelnemers} />.
        </p>
      ) : null}
      <h4 className="utrecht-heading-4">Thema's met de meeste prioriteiten: {gekozenNaam}</h4>
      <ThemaTabel naam={gekozenNaam} verdeling={gekozen ? gekozen.verdeling : v} />
      <h4 className="utrecht-heading-4">Per planjaar: {gekozenNaam}</h4>
      <JarenTabel naam={gekozenNaam} jaren={gekozen ? gekozen.perJaar : b.landelijk.perJaar} />

      <h3 className="utrecht-heading-3" id="titels-kop">
        Titels die Kernplan las
      </h3>
      <p className="utrecht-paragraph">
        Deze {meervoud(totaal, 'titel had', 'titels hadden')} geen thema's die met de hand gekoppeld zijn; ze zijn <strong>gelezen door Kernplan</strong>. De eerste suggestie telt
        mee als de zekerheid minstens {procent(b.drempel)} is; anders telt de prioriteit als niet te lezen. Een gemeente die niet genoemd wil worden, staat ook in een titel als
        "[gemeente]".
      </p>
      {totaal === 0 ? null : (
        <>
          <Tabelkader label="Titels gelezen door Kernplan">
            <table className="utrecht-table kp-table">
              <caption className="kp-visually-hidden">
                Titels gelezen door Kernplan, {vanaf + 1} tot en met {Math.min(totaal, vanaf + aantal)} van {totaal}
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Titel</th>
                  <th className="utrecht-table__header-cell" scope="col">Gelezen als</th>
                  <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Zekerheid</th>
                  <th className="utrecht-table__header-cell" scope="col">Telt</th>
                  <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Keer</th>
                  <th className="utrecht-table__header-cell" scope="col">Gemeenten</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {b.geclassificeerd.map((t) => (
                  <tr className="utrecht-table__row" key={t.titel}>
                    <th className="utrecht-table__header-cell" scope="row">
                      {t.titel}
                      <span className="kp-blok kp-klein kp-muted">gelezen door Kernplan · {t.jaren.join(', ')}</span>
                    </th>
                    <td className="utrecht-table__cell">{t.suggestie ? `${t.suggestie.soort === 'thema' ? `${t.suggestie.id} ` : ''}${t.suggestie.naam}` : 'geen suggestie'}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{t.suggestie ? procent(t.suggestie.zekerheid) : '–'}</td>
                    <td className="utrecht-table__cell">{t.telt ? 'ja' : 'nee, niet te lezen'}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{t.aantal}</td>
                    <td className="utrecht-table__cell">
                      <Deelnemers d={t.deelnemers} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelkader>
          <nav className="kp-actions" aria-label="Pagina's met gelezen titels">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={vanaf === 0} onClick={() => onPagina(Math.max(0, vanaf - aantal))}>
              Vorige {aantal}
            </button>
            <span className="utrecht-paragraph">
              {vanaf + 1}–{Math.min(totaal, vanaf + aantal)} van {totaal}
            </span>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={vanaf + aantal >= totaal} onClick={() => onPagina(vanaf + aantal)}>
              Volgende {aantal}
            </button>
          </nav>
        </>
      )}
    </>
  );
}
