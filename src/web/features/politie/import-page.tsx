/**
 * Step 2: importing police figures. The user chooses a file; the page creates an import
 * (POST …/politiecijfers/imports), sends the optional CBS code lists (PUT …/imports/{id}/codelijsten/…; a
 * refused list is shown beside its field and the import is dropped), then the file as the body
 * (PUT …/imports/{id}/bestand) and, while
 * that runs, asks for the progress every 300 ms (GET …/imports/{id}). "Annuleren" stops it (DELETE).
 * Afterwards: the summary, or why the file was refused (nothing is imported then). Below: earlier imports.
 */
import { type FormEvent, type Ref, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formaatNamen, type FormaatNaam, tabelPerPlaatsSlot, tabelPerPlaatsStappen, tabelPerPlaatsUitleg, verwachteKolommen } from '../../../domain/politie/formaat.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { haalOp, type Probleem } from '../../shared/api.ts';
import { datumTijd } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel, useVraagVoorWeggaan } from '../../shared/page.tsx';
import { useSessie, useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Bestandsveld, Tabelkader } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { type CodelijstAntwoord, type CodelijstSoort, codelijstSoorten, codelijstTeGroot, codelijstTeksten, CodelijstVeld } from './codelijsten.tsx';
import { getal, grootte, type ImportLijst, type ImportSamenvatting, type ImportTaak, stuurBestand, type Voortgang } from '../../shared/politie-gegevens.ts';
import { GeweigerdeRegels, Samenvatting } from './samenvatting.tsx';
import { ImportDekking } from './import-dekking.tsx';

const POLL_MS = 300;

/** The three recognised formats, from the same text the server uses when it refuses a file. */
const formaten = verwachteKolommen.split(/; (?:of )?/).map((f) => f.replace(/^een /, '').replace(/^./, (c) => c.toUpperCase()));

const faseNamen: Record<Voortgang['fase'], string> = {
  wachten: 'Wacht op het bestand',
  lezen: 'Bestand lezen',
  opslaan: 'Cijfers opslaan',
  klaar: 'Klaar',
};

type Stap =
  | { soort: 'rust' }
  | { soort: 'bezig'; bestandsnaam: string; voortgang: Voortgang; annuleren: boolean; codelijst?: string }
  | { soort: 'ingelezen'; samenvatting: ImportSamenvatting }
  | { soort: 'geweigerd'; bestandsnaam: string; probleem: Probleem }
  | { soort: 'geannuleerd'; bestandsnaam: string }
  | { soort: 'fout'; tekst: string };

function voortgangTekst(v: Voortgang): string {
  const delen = [faseNamen[v.fase], `${getal(v.regelsGelezen)} ${v.regelsGelezen === 1 ? 'regel' : 'regels'} gelezen`];
  delen.push(v.bytesTotaal ? `${grootte(v.bytesGelezen)} van ${grootte(v.bytesTotaal)}` : `${grootte(v.bytesGelezen)} gelezen`);
  if (v.fouten > 0) delen.push(`${getal(v.fouten)} ${v.fouten === 1 ? 'foute regel' : 'foute regels'}`);
  return delen.join(' · ');
}

/** What is announced to screen readers: the phase, and every quarter of the file. */
function aankondiging(v: Voortgang): string {
  if (v.fase !== 'lezen' || !v.bytesTotaal) return `${faseNamen[v.fase]}.`;
  const kwart = Math.floor((v.bytesGelezen / v.bytesTotaal) * 4) * 25;
  return kwart > 0 && kwart < 100 ? `${faseNamen[v.fase]}: ${kwart}% gelezen.` : `${faseNamen[v.fase]}.`;
}

export function PolitieImportPage() {
  const { werkruimte, lid } = useWerkruimte();
  const { toestand: sessie, vernieuw: vernieuwSessie } = useSessie();
  const schrijf = useSchrijf();
  usePaginatitel('Politiecijfers importeren');
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const api = `${basis}/politiecijfers`;
  const magImporteren = mag(lid, 'cyclus.bewerken');
  const lijst = useBron<ImportLijst>(`${api}/imports`);

  const [bestand, setBestand] = useState<File | null>(null);
  const [veldfout, setVeldfout] = useState<string | null>(null);
  const [codelijsten, setCodelijsten] = useState<Partial<Record<CodelijstSoort, File>>>({});
  const [lijstFouten, setLijstFouten] = useState<Partial<Record<CodelijstSoort, string>>>({});
  const [stap, setStap] = useState<Stap>({ soort: 'rust' });
  const [gemeld, setGemeld] = useState('');
  const [getoond, setGetoond] = useState<{ id: string; samenvatting: ImportSamenvatting } | null>(null);
  const [lijstFout, setLijstFout] = useState<string | null>(null);
  const importId = useRef<string | null>(null);
  const annuleren = useRef(false);
  const csrf = useRef<string | null>(null);
  csrf.current = sessie.status === 'aangemeld' ? sessie.sessie.csrfToken : null;
  const invoer = useRef<HTMLInputElement>(null);
  const lijstInvoer = { regios: useRef<HTMLInputElement>(null), soorten: useRef<HTMLInputElement>(null) };
  /** The code list field to focus once it is enabled again (after a refused list). */
  const focusLijst = useRef<CodelijstSoort | null>(null);
  const uitslagKop = useRef<HTMLHeadingElement>(null);
  const getoondKop = useRef<HTMLHeadingElement>(null);

  const bezig = stap.soort === 'bezig';
  useEffect(() => {
    if (stap.soort !== 'rust' && stap.soort !== 'bezig') uitslagKop.current?.focus();
  }, [stap.soort]);
  useEffect(() => {
    if (getoond) getoondKop.current?.focus();
  }, [getoond]);
  useEffect(() => {
    if (bezig || !focusLijst.current) return;
    const veld = focusLijst.current === 'regios' ? lijstInvoer.regios.current : lijstInvoer.soorten.current;
    focusLijst.current = null;
    veld?.focus();
  });

  // Leaving the page during an import: the browser asks first (the upload would stop).
  useVraagVoorWeggaan(bezig);

  const start = async (e: FormEvent) => {
    e.preventDefault();
    if (!bestand) {
      setVeldfout('Kies eerst een bestand met politiecijfers.');
      invoer.current?.focus();
      return;
    }
    for (const soort of codelijstSoorten) {
      const f = codelijsten[soort];
      const fout = f ? codelijstTeGroot(soort, f) : null;
      if (fout) {
        setLijstFouten({ [soort]: fout });
        lijstInvoer[soort].current?.focus();
        return;
      }
    }
    setVeldfout(null);
    setLijstFouten({});
    setGetoond(null);
    const leeg: Voortgang = { fase: 'wachten', bytesGelezen: 0, bytesTotaal: bestand.size, regelsGelezen: 0, fouten: 0 };
    setStap({ soort: 'bezig', bestandsnaam: bestand.name, voortgang: leeg, annuleren: false });
    setGemeld(`Import van ${bestand.name} gestart.`);
    annuleren.current = false;
    const taak = await schrijf<ImportTaak>('POST', `${api}/imports`, { body: { bestandsnaam: bestand.name, grootte: bestand.size } });
    if (!taak.ok) {
      setStap({ soort: 'fout', tekst: taak.probleem.detail ?? 'De import kon niet beginnen.' });
      setGemeld('');
      return;
    }
    const id = taak.data.id;
    importId.current = id;
    if (annuleren.current) {
      // "Annuleren" came while the import was being created: cancel it before sending the file.
      await schrijf('DELETE', `${api}/imports/${id}`);
      importId.current = null;
      setStap({ soort: 'geannuleerd', bestandsnaam: bestand.name });
      setGemeld('De import is geannuleerd; er is niets ingelezen.');
      return;
    }

    // The code lists go first: the server checks them before the (possibly large) file is sent.
    for (const soort of codelijstSoorten) {
      const lijst = codelijsten[soort];
      if (!lijst) continue;
      const naam = codelijstTeksten[soort].naam;
      setStap((s) => (s.soort === 'bezig' ? { ...s, codelijst: `${naam[0]!.toUpperCase()}${naam.slice(1)} versturen: ${lijst.name}` } : s));
      setGemeld(`${naam[0]!.toUpperCase()}${naam.slice(1)} versturen.`);
      const pad = `${api}/imports/${id}/codelijsten/${soort}`;
      let r = await stuurBestand<CodelijstAntwoord>(pad, lijst, csrf.current);
      if (!r.ok && r.status === 403) {
        const na = await vernieuwSessie();
        if (na && na.csrfToken !== csrf.current) r = await stuurBestand<CodelijstAntwoord>(pad, lijst, na.csrfToken);
      }
      if (annuleren.current) {
        // "Annuleren" came while the list was sent; annuleer() has cancelled the import.
        importId.current = null;
        setStap({ soort: 'geannuleerd', bestandsnaam: bestand.name });
        setGemeld('De import is geannuleerd; er is niets ingelezen.');
        return;
      }
      if (!r.ok) {
        // Nothing is imported without the list: the waiting import is dropped, the reason shown beside the field.
        importId.current = null;
        await schrijf('DELETE', `${api}/imports/${id}`);
        const reden = r.probleem.detail ?? `De ${naam} is geweigerd.`;
        focusLijst.current = soort;
        setLijstFouten({ [soort]: reden });
        setStap({ soort: 'rust' });
        setGemeld(`De import is niet begonnen; er is niets ingelezen. ${reden}`);
        return;
      }
    }
    setStap((s) => (s.soort === 'bezig' ? { ...s, codelijst: undefined } : s));

    // Poll the progress while the upload runs; an answer after the end is ignored.
    let loopt = true;
    let laatsteMelding = '';
    const peil = async () => {
      try {
        const t = await haalOp<ImportTaak>(`${api}/imports/${id}`);
        if (!loopt || t.status !== 'bezig') return;
        setStap((s) => (s.soort === 'bezig' ? { ...s, voortgang: t.voortgang } : s));
        const m = aankondiging(t.voortgang);
        if (m !== laatsteMelding) {
          laatsteMelding = m;
          setGemeld(m);
        }
      } catch {
        /* a missed poll is no problem: the next one comes */
      }
    };
    const klok = window.setInterval(() => void peil(), POLL_MS);

    let r = await stuurBestand<ImportTaak>(`${api}/imports/${id}/bestand`, bestand, csrf.current);
    if (!r.ok && r.status === 403) {
      // The CSRF token may have changed (a sign-in in another window): fetch the session once and retry.
      const na = await vernieuwSessie();
      if (na && na.csrfToken !== csrf.current) r = await stuurBestand<ImportTaak>(`${api}/imports/${id}/bestand`, bestand, na.csrfToken);
    }
    loopt = false;
    window.clearInterval(klok);
    importId.current = null;

    if (r.ok && r.data.samenvatting) {
      const s = r.data.samenvatting;
      setStap({ soort: 'ingelezen', samenvatting: s });
      setGemeld(`Import klaar: ${getal(s.regelsGeimporteerd)} van ${getal(s.regelsGelezen)} regels ingelezen.`);
      setBestand(null);
      if (invoer.current) invoer.current.value = '';
      // The code lists belonged to this import; the next one needs them chosen again.
      setCodelijsten({});
      for (const soort of codelijstSoorten) if (lijstInvoer[soort].current) lijstInvoer[soort].current.value = '';
    } else if (!r.ok && r.status === 422) {
      setStap({ soort: 'geweigerd', bestandsnaam: bestand.name, probleem: r.probleem });
      setGemeld('Het bestand is geweigerd; er is niets ingelezen.');
    } else if (!r.ok && r.status === 409) {
      setStap({ soort: 'geannuleerd', bestandsnaam: bestand.name });
      setGemeld('De import is geannuleerd; er is niets ingelezen.');
    } else {
      setStap({ soort: 'fout', tekst: r.ok ? 'De server gaf een onverwacht antwoord.' : (r.probleem.detail ?? 'De import is mislukt.') });
      setGemeld('');
    }
    void lijst.vernieuw();
  };

  const annuleer = async () => {
    const id = importId.current;
    annuleren.current = true;
    setStap((s) => (s.soort === 'bezig' ? { ...s, annuleren: true } : s));
    setGemeld('Annuleren…');
    if (!id) return;
    const r = await schrijf('DELETE', `${api}/imports/${id}`);
    // 409: the import was already done; its result follows from the upload.
    if (!r.ok && r.status !== 409) {
      annuleren.current = false;
      setStap((s) => (s.soort === 'bezig' ? { ...s, annuleren: false } : s));
      setGemeld(r.probleem.detail ?? 'Annuleren lukte niet.');
    }
  };

  const toonSamenvatting = async (id: string) => {
    setLijstFout(null);
    try {
      const t = await haalOp<ImportTaak>(`${api}/imports/${id}`);
      if (t.samenvatting) setGetoond({ id, samenvatting: t.samenvatting });
      else setLijstFout('Van deze import is geen samenvatting bewaard.');
    } catch (err) {
      setLijstFout((err as Error).message);
    }
  };

  const kruimels = [
    { naam: 'Home', naar: '/' },
    { naam: 'Werkruimtes', naar: '/werkruimtes' },
    { naam: werkruimte.naam, naar: basis },
    { naam: 'Politiecijfers', naar: `${basis}/politiecijfers` },
    { naam: 'Importeren' },
  ];

  return (
    <>
      <Kruimelpad kruimels={kruimels} />
      <h1 className="utrecht-heading-1">Politiecijfers importeren</h1>
      <CyclusNavigatie huidig="politiecijfers" />
      <p className="utrecht-paragraph kp-lead">
        Lees geregistreerde misdrijven van de politie in (CBS-tabel 47018NED of een download van data.politie.nl). Kernplan telt ze op per thema van
        Kernbeleid Veiligheid; u ziet ze bij de{' '}
        <Link className="utrecht-link" to={`${basis}/politiecijfers`}>
          politiecijfers
        </Link>{' '}
        en in de analyse van elk thema. Een bestand nog eens inlezen overschrijft de cijfers; er wordt niets dubbel geteld.
      </p>

      {magImporteren ? (
        <form className="kp-card kp-politie-importformulier" onSubmit={start} noValidate aria-labelledby="bestand-kop">
          <h2 className="utrecht-heading-2" id="bestand-kop">
            Bestand kiezen
          </h2>
          <Bestandsveld
            id="politie-bestand"
            label="Bestand met politiecijfers (.csv of .txt)"
            beschrijving={
              <>
                <p className="utrecht-paragraph">Kernplan herkent drie vormen; scheidingsteken, tekencodering en regeleinden herkent het zelf:</p>
                <ul className="utrecht-unordered-list kp-politie-formaten">
                  {formaten.map((f) => (
                    <li key={f} className="utrecht-unordered-list__item">
                      {f}
                    </li>
                  ))}
                </ul>
              </>
            }
            fout={veldfout}
            uit={bezig}
            ref={invoer}
            onKies={(gekozen) => {
              setBestand(gekozen);
              setVeldfout(null);
            }}
          />
          <div className="kp-politie-codelijsten">
            <fieldset className="kp-fieldset" aria-describedby="codelijsten-uitleg">
              <legend>Codelijsten van CBS (optioneel)</legend>
              <p className="utrecht-paragraph kp-field__uitleg" id="codelijsten-uitleg">
                Meestal niet nodig. Een codelijst geldt alleen voor deze import en gaat mee vóór het bestand; hoogstens 20 MB per lijst.
              </p>
              {codelijstSoorten.map((soort) => (
                <CodelijstVeld
                  key={soort}
                  soort={soort}
                  fout={lijstFouten[soort] ?? null}
                  bezig={bezig}
                  invoerRef={lijstInvoer[soort]}
                  onKies={(f) => {
                    setCodelijsten((c) => {
                      const nieuw = { ...c };
                      if (f) nieuw[soort] = f;
                      else delete nieuw[soort];
                      return nieuw;
                    });
                    setLijstFouten((l) => ({ ...l, [soort]: undefined }));
                  }}
                />
              ))}
            </fieldset>
          </div>
          <div className="kp-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
              Importeren
            </button>
          </div>
        </form>
      ) : (
        <div className="kp-note">
          <p className="utrecht-paragraph">Met uw rol kunt u geen politiecijfers inlezen; dat mogen de coördinator en de redacteuren. U ziet hieronder wel de eerdere imports.</p>
        </div>
      )}

      <div role="status" className="kp-visually-hidden">
        {gemeld}
      </div>

      {stap.soort === 'bezig' ? (
        <section className="kp-card kp-politie-voortgang" aria-labelledby="voortgang-kop">
          <h2 className="utrecht-heading-2" id="voortgang-kop">
            Bezig met {stap.bestandsnaam}
          </h2>
          <label className="utrecht-form-label" htmlFor="import-voortgang">
            Voortgang van de import
          </label>
          <progress
            id="import-voortgang"
            className="kp-politie-voortgang__balk"
            max={stap.voortgang.bytesTotaal || 1}
            value={stap.voortgang.fase === 'opslaan' || stap.voortgang.fase === 'klaar' ? stap.voortgang.bytesTotaal || 1 : stap.voortgang.bytesGelezen}
            aria-describedby="import-voortgang-tekst"
          />
          {stap.codelijst ? <p className="utrecht-paragraph">{stap.codelijst}</p> : null}
          <p className="utrecht-paragraph" id="import-voortgang-tekst">
            {voortgangTekst(stap.voortgang)}
          </p>
          <div className="kp-actions">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void annuleer()} disabled={stap.annuleren}>
              {stap.annuleren ? 'Bezig met annuleren…' : 'Annuleren'}
            </button>
          </div>
        </section>
      ) : null}

      {stap.soort === 'ingelezen' ? <Samenvatting s={stap.samenvatting} kop={`Samenvatting: ${stap.samenvatting.bestandsnaam} is ingelezen`} kopRef={uitslagKop} cijfersPad={`${basis}/politiecijfers`} /> : null}
      {stap.soort === 'ingelezen' ? <ImportDekking s={stap.samenvatting} /> : null}

      {stap.soort === 'geweigerd' ? <Geweigerd bestandsnaam={stap.bestandsnaam} probleem={stap.probleem} kopRef={uitslagKop} /> : null}

      {stap.soort === 'geannuleerd' ? (
        <section className="kp-note" aria-labelledby="uitslag-kop">
          <h2 className="utrecht-heading-2" id="uitslag-kop" ref={uitslagKop} tabIndex={-1}>
            Import geannuleerd
          </h2>
          <p className="utrecht-paragraph">De import van {stap.bestandsnaam} is geannuleerd. Er is niets ingelezen; de cijfers zijn zoals ze waren.</p>
        </section>
      ) : null}

      {stap.soort === 'fout' ? (
        <section className="kp-error" aria-labelledby="uitslag-kop">
          <h2 className="utrecht-heading-2" id="uitslag-kop" ref={uitslagKop} tabIndex={-1}>
            De import is niet gelukt
          </h2>
          <p className="utrecht-paragraph">{stap.tekst}</p>
        </section>
      ) : null}

      <section aria-labelledby="eerdere-kop" className="kp-section">
        <h2 className="utrecht-heading-2" id="eerdere-kop">
          Eerdere imports
        </h2>
        <Laden toestand={lijst.toestand}>
          {(l) => (
            <>
              {l.lopend.length > 0 ? (
                <ul className="utrecht-unordered-list">
                  {l.lopend.map((t) => (
                    <li key={t.id} className="utrecht-unordered-list__item">
                      Loopt nu: {t.bestandsnaam} ({faseNamen[t.voortgang.fase].toLowerCase()}, {getal(t.voortgang.regelsGelezen)} regels gelezen)
                    </li>
                  ))}
                </ul>
              ) : null}
              {l.imports.length === 0 ? (
                <p className="utrecht-paragraph kp-muted">Vanuit deze werkruimte zijn nog geen politiecijfers ingelezen.</p>
              ) : (
                <Tabelkader label="Eerdere imports">
                  <table className="utrecht-table kp-table kp-politie-tabel">
                    <caption className="kp-visually-hidden">Eerdere imports vanuit deze werkruimte, nieuwste eerst</caption>
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        <th scope="col" className="utrecht-table__header-cell">Bestand</th>
                        <th scope="col" className="utrecht-table__header-cell">Formaat</th>
                        <th scope="col" className="utrecht-table__header-cell">Ingelezen op</th>
                        <th scope="col" className="utrecht-table__header-cell kp-getal">Regels ingelezen</th>
                        <th scope="col" className="utrecht-table__header-cell">Samenvatting</th>
                      </tr>
                    </thead>
                    <tbody className="utrecht-table__body">
                      {l.imports.map((i) => (
                        <tr key={i.id} className="utrecht-table__row">
                          <td className="utrecht-table__cell">{i.bestandsnaam}</td>
                          <td className="utrecht-table__cell">{formaatNamen[i.formaat as FormaatNaam] ?? i.formaat}</td>
                          <td className="utrecht-table__cell">
                            <time dateTime={i.klaarOp}>{datumTijd(i.klaarOp)}</time>
                          </td>
                          <td className="utrecht-table__cell kp-getal">{getal(i.regelsGeimporteerd)}</td>
                          <td className="utrecht-table__cell">
                            <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => void toonSamenvatting(i.id)}>
                              Toon<span className="kp-visually-hidden"> de samenvatting van {i.bestandsnaam}, {datumTijd(i.klaarOp)}</span>
                            </button>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </Tabelkader>
              )}
            </>
          )}
        </Laden>
        {lijstFout ? (
          <div className="kp-error" role="alert">
            <p className="utrecht-paragraph">{lijstFout}</p>
          </div>
        ) : null}
        {getoond ? <Samenvatting s={getoond.samenvatting} kop={`Samenvatting van de import van ${getoond.samenvatting.bestandsnaam}`} kopRef={getoondKop} cijfersPad={`${basis}/politiecijfers`} /> : null}
        {getoond ? <ImportDekking s={getoond.samenvatting} /> : null}
      </section>
    </>
  );
}

/** A refused file: the reason, the expected columns when the format was not recognised, and the faulty rows. */
function Geweigerd({ bestandsnaam, probleem, kopRef }: { bestandsnaam: string; probleem: Probleem; kopRef: Ref<HTMLHeadingElement> }) {
  const detail = probleem.detail ?? '';
  const [reden, verwacht] = detail.includes(' Verwacht: ') ? [detail.slice(0, detail.indexOf(' Verwacht: ')), true] : [detail, false];
  const fouten = (probleem.fouten as { regel: number; reden: string }[] | undefined) ?? [];
  const totaal = typeof probleem.foutenTotaal === 'number' ? probleem.foutenTotaal : fouten.length;
  return (
    <section className="kp-error kp-politie-geweigerd" aria-labelledby="uitslag-kop">
      <h2 className="utrecht-heading-2" id="uitslag-kop" ref={kopRef} tabIndex={-1}>
        Het bestand {bestandsnaam} is geweigerd
      </h2>
      {detail.includes(tabelPerPlaatsUitleg) ? (
        <>
          <p className="utrecht-paragraph">
            <strong>Er is niets ingelezen.</strong> {tabelPerPlaatsUitleg}
          </p>
          <p className="utrecht-paragraph">Zo downloadt u de tabel die wel past:</p>
          <ol className="utrecht-ordered-list">
            {tabelPerPlaatsStappen.map((stap) => (
              <li key={stap} className="utrecht-ordered-list__item">
                {stap.charAt(0).toUpperCase() + stap.slice(1)}.
              </li>
            ))}
          </ol>
          <p className="utrecht-paragraph">{tabelPerPlaatsSlot}</p>
        </>
      ) : (
        <p className="utrecht-paragraph">
          <strong>Er is niets ingelezen.</strong> {reden}
        </p>
      )}
      {verwacht ? (
        <>
          <p className="utrecht-paragraph">Verwachte kolommen, in een van deze vormen:</p>
          <ul className="utrecht-unordered-list">
            {formaten.map((f) => (
              <li key={f} className="utrecht-unordered-list__item">
                {f}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <GeweigerdeRegels regels={fouten} totaal={totaal} id="geweigerd-bestand" />
    </section>
  );
}
