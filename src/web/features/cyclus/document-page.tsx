import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { documentNamen, vaststellers } from '../../../domain/cyclus/besluiten.ts';
import type { DocumentModel } from '../../../domain/cyclus/document.ts';
import { Blokken } from '../../shared/blokken.tsx';
import { type DocumentSoort, documentSoorten, organen } from '../../../domain/cyclus/inhoud.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { Meldingregel, Tabelkader, type Melding } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import type { Bevinding } from '../../../domain/cyclus/plancheck.ts';
import { Bevindingen, CyclusNavigatie } from '../../shared/cyclus-deel.tsx';

interface DocumentInfo {
  soort: DocumentSoort;
  jaar: number | null;
  gemeentecode: string | null;
  titel: string;
  versie: number | null;
  status: 'concept' | 'in-bespreking' | 'vastgesteld' | null;
  statusTekst: string | null;
  vastgesteldDoor: string;
  besluiten: { id: string; soort: 'besproken' | 'vastgesteld'; orgaan: string; datum: string; toelichting: string; versie: number }[];
  vastgesteldeVersies: { versie: number; orgaan: string; datum: string }[];
}

const datum = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const datumTekst = (iso: string) => datum.format(new Date(`${iso}T00:00:00Z`));
export const statusNamen = { concept: 'Concept', 'in-bespreking': 'In bespreking', vastgesteld: 'Vastgesteld' } as const;

export function DocumentPage() {
  const { werkruimte, lid } = useWerkruimte();
  const { document: soort = '' } = useParams();
  const [zoek] = useSearchParams();
  const jaar = zoek.get('jaar');
  const versie = zoek.get('versie');
  const gemeente = zoek.get('gemeente');
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const geldig = (documentSoorten as readonly string[]).includes(soort);
  const naam = geldig ? documentNamen[soort as DocumentSoort] : 'Document';
  usePaginatitel(`${naam} – ${werkruimte.naam}`);
  const query = new URLSearchParams();
  if (jaar) query.set('jaar', jaar);
  if (versie) query.set('versie', versie);
  if (gemeente) query.set('gemeente', gemeente);
  const qs = query.toString() ? `?${query.toString()}` : '';
  const alleenVastgesteld = !mag(lid, 'cyclus.lezen');
  const lijst = useBron<{ documenten: DocumentInfo[] }>(`${basis}/documenten`);
  // Who reads only adopted documents (the council) opens a document on its latest adopted version.
  const laatsteVastgesteld =
    alleenVastgesteld && !versie && lijst.toestand.status === 'klaar'
      ? lijst.toestand.data.documenten
          .find((d) => d.soort === soort && (soort !== 'uitvoeringsplan' || !jaar || String(d.jaar) === jaar) && (d.gemeentecode ?? '') === (gemeente ?? ''))
          ?.vastgesteldeVersies.at(-1)?.versie
      : undefined;
  const modelQs = laatsteVastgesteld ? `?${new URLSearchParams({ ...Object.fromEntries(query), versie: String(laatsteVastgesteld) }).toString()}` : qs;
  const model = useBron<DocumentModel & { versie: number; jaar: number | null }>(
    geldig && (!alleenVastgesteld || versie || laatsteVastgesteld) ? `${basis}/documenten/${soort}${modelQs}` : null,
  );
  const plancheck = useBron<{ bevindingen: Bevinding[] }>(geldig && !alleenVastgesteld ? `${basis}/plancheck` : null);
  const schrijf = useSchrijf();
  const [besluit, setBesluit] = useState({ soort: 'besproken' as 'besproken' | 'vastgesteld', orgaan: 'MT', datum: new Date().toISOString().slice(0, 10), toelichting: '' });
  const [melding, setMelding] = useState<Melding | null>(null);

  if (!geldig) {
    return (
      <>
        <h1 className="utrecht-heading-1">Onbekend document</h1>
        <p className="utrecht-paragraph">
          <Link to={`${basis}/documenten`}>Naar de documenten</Link>
        </p>
      </>
    );
  }
  const info =
    lijst.toestand.status === 'klaar'
      ? lijst.toestand.data.documenten.find(
          (d) => d.soort === soort && (soort !== 'uitvoeringsplan' || !jaar || String(d.jaar) === jaar) && (d.gemeentecode ?? '') === (gemeente ?? ''),
        )
      : undefined;

  const legVast = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    const r = await schrijf<{ waarschuwingen: string[] }>('POST', `${basis}/documenten/${soort}/besluiten`, {
      body: { ...besluit, ...(info?.jaar ? { jaar: info.jaar } : {}), ...(gemeente ? { gemeentecode: gemeente } : {}) },
    });
    if (!r.ok) {
      setMelding({ soort: 'fout', tekst: r.probleem.detail });
      return;
    }
    setMelding({
      soort: 'ok',
      tekst: `${besluit.soort === 'vastgesteld' ? 'Vaststelling' : 'Bespreking'} door ${besluit.orgaan} vastgelegd.${r.data.waarschuwingen.length ? ` Let op: ${r.data.waarschuwingen.join(' ')}` : ''}`,
    });
    await Promise.all([lijst.vernieuw(), model.vernieuw(), plancheck.vernieuw()]);
  };

  const downloadPad = `/api/v1${basis}/documenten/${soort}.docx${qs || (info?.jaar ? `?jaar=${info.jaar}` : '')}`;
  const gemeenten = [{ gemeentecode: werkruimte.gemeentecode, gemeentenaam: werkruimte.gemeentenaam }, ...werkruimte.deelnemendeGemeenten];
  // A joint plan: the startnotitie, the IVP and each uitvoeringsplan have a version per municipality (issue 17, point 2).
  const gezamenlijk = (soort === 'ivp' || soort === 'startnotitie' || soort === 'uitvoeringsplan') && werkruimte.deelnemendeGemeenten.length > 0;
  const versieAdres = (code: string | null) => {
    const q = new URLSearchParams();
    if (soort === 'uitvoeringsplan' && (jaar || info?.jaar)) q.set('jaar', String(jaar || info?.jaar));
    if (code) q.set('gemeente', code);
    return `${basis}/documenten/${soort}${q.toString() ? `?${q.toString()}` : ''}`;
  };

  return (
    <>
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Werkruimtes', naar: '/werkruimtes' },
          { naam: werkruimte.naam, naar: basis },
          { naam: 'Documenten', naar: `${basis}/documenten` },
          { naam },
        ]}
      />
      <h1 className="utrecht-heading-1">
        {naam}
        {info?.jaar ? ` ${info.jaar}` : ''}
      </h1>
      <CyclusNavigatie huidig="documenten" />
      {gezamenlijk ? (
        <nav aria-label="Versie per gemeente" className="kp-tags">
          <Link className="kp-tag" to={versieAdres(null)} aria-current={!gemeente ? 'page' : undefined}>
            Gezamenlijk document
          </Link>
          {gemeenten.map((g) => (
            <Link key={g.gemeentecode} className="kp-tag" to={versieAdres(g.gemeentecode)} aria-current={gemeente === g.gemeentecode ? 'page' : undefined}>
              Versie {g.gemeentenaam}
            </Link>
          ))}
        </nav>
      ) : null}
      {info ? (
        <dl className="kp-meta">
          {info.statusTekst && !versie ? (
            <div>
              <dt>Status</dt>
              <dd>{info.statusTekst}</dd>
            </div>
          ) : null}
          {versie ? (
            <div>
              <dt>U bekijkt</dt>
              <dd>
                Vastgestelde versie {versie}. <Link to={`${basis}/documenten/${soort}${info.jaar ? `?jaar=${info.jaar}` : ''}`}>Naar de huidige versie</Link>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Stelt vast</dt>
            <dd>{info.vastgesteldDoor}</dd>
          </div>
        </dl>
      ) : null}
      {!alleenVastgesteld || versie ? (
        <p className="utrecht-paragraph">
          <a className="kp-button-link" href={downloadPad} download>
            Download als Word (.docx)
          </a>
        </p>
      ) : null}
      {!alleenVastgesteld && !versie && plancheck.toestand.status === 'klaar' ? (
        <section className="kp-section" aria-labelledby="check-kop">
          <h2 className="utrecht-heading-2" id="check-kop">
            Plancheck van dit document
          </h2>
          <Bevindingen bevindingen={plancheck.toestand.data.bevindingen.filter((b) => b.document === soort)} basis={basis} leeg="De plancheck vindt niets in dit document." />
        </section>
      ) : null}
      {info && info.vastgesteldeVersies.length > 0 ? (
        <section className="kp-section" aria-labelledby="versies-kop">
          <h2 className="utrecht-heading-2" id="versies-kop">
            Vastgestelde versies
          </h2>
          <ul className="utrecht-unordered-list">
            {info.vastgesteldeVersies.map((v) => (
              <li key={v.versie} className="utrecht-unordered-list__item">
                <Link
                  to={`${basis}/documenten/${soort}?${new URLSearchParams({ ...(info.jaar ? { jaar: String(info.jaar) } : {}), ...(gemeente ? { gemeente } : {}), versie: String(v.versie) }).toString()}`}
                >
                  Versie {v.versie}, vastgesteld door {v.orgaan} op {datumTekst(v.datum)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mag(lid, 'goedkeuring.vastleggen') && !versie && info ? (
        <form className="kp-card" onSubmit={legVast} aria-labelledby="besluit-kop" noValidate>
          <h2 className="utrecht-heading-2" id="besluit-kop">
            Besluit vastleggen over versie {info.versie}
            {gemeente ? ` (versie van ${gemeenten.find((g) => g.gemeentecode === gemeente)?.gemeentenaam ?? gemeente})` : ''}
          </h2>
          {gezamenlijk && !gemeente ? (
            <p className="utrecht-paragraph kp-muted">
              Dit is het gezamenlijke document: leg hier besprekingen vast (MT, Driehoek). De raad van elke gemeente stelt haar eigen versie vast; kies daarvoor
              hierboven de versie van de gemeente.
            </p>
          ) : null}
          <fieldset className="kp-fieldset">
            <legend className="utrecht-form-label">Soort besluit</legend>
            {(['besproken', 'vastgesteld'] as const).map((s) => (
              <div className="kp-check" key={s}>
                <input type="radio" id={`besluit-${s}`} name="besluit-soort" checked={besluit.soort === s} onChange={() => setBesluit({ ...besluit, soort: s })} />
                <label htmlFor={`besluit-${s}`}>{s === 'besproken' ? 'Besproken (ter bespreking of advies)' : 'Vastgesteld (bevriest deze versie)'}</label>
              </div>
            ))}
          </fieldset>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor="besluit-orgaan">
              Door
            </label>
            <p className="utrecht-form-field-description kp-field__uitleg" id="besluit-orgaan-uitleg">
              Volgens de methode stelt {info.vastgesteldDoor} dit document vast.
            </p>
            <select id="besluit-orgaan" aria-describedby="besluit-orgaan-uitleg" className="utrecht-select" value={besluit.orgaan} onChange={(e) => setBesluit({ ...besluit, orgaan: e.target.value })}>
              {organen.map((o) => (
                <option key={o} value={o}>
                  {o}
                  {besluit.soort === 'vastgesteld' && vaststellers[info.soort].includes(o) ? ' (stelt dit vast)' : ''}
                </option>
              ))}
            </select>
          </div>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor="besluit-datum">
              Datum
            </label>
            <input id="besluit-datum" type="date" className="utrecht-textbox" value={besluit.datum} onChange={(e) => setBesluit({ ...besluit, datum: e.target.value })} />
          </div>
          <div className="utrecht-form-field kp-field">
            <label className="utrecht-form-label" htmlFor="besluit-toelichting">
              Toelichting (optioneel)
            </label>
            <input id="besluit-toelichting" className="utrecht-textbox kp-textbox-vol" value={besluit.toelichting} onChange={(e) => setBesluit({ ...besluit, toelichting: e.target.value })} />
          </div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Besluit vastleggen
          </button>
        </form>
      ) : null}
      <Meldingregel melding={melding} />
      {info && info.besluiten.length > 0 ? (
        <section className="kp-section" aria-labelledby="besluiten-kop">
          <h2 className="utrecht-heading-2" id="besluiten-kop">
            Besluitvorming
          </h2>
          <ul className="utrecht-unordered-list">
            {info.besluiten.map((b) => (
              <li key={b.id} className="utrecht-unordered-list__item">
                {datumTekst(b.datum)}: {b.soort === 'vastgesteld' ? 'vastgesteld' : 'besproken'} door {b.orgaan} (versie {b.versie}){b.toelichting ? `. ${b.toelichting}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {alleenVastgesteld && !versie && !laatsteVastgesteld ? (
        <p className="utrecht-paragraph">Met uw rol leest u alleen vastgestelde versies{info && info.vastgesteldeVersies.length === 0 ? '; er is nog geen versie vastgesteld' : ''}.</p>
      ) : (
        <Laden toestand={model.toestand}>
          {(m) => (
            <article className="kp-document" aria-labelledby="document-titel">
              <header className="kp-document__titel">
                <p className="utrecht-paragraph kp-klein">{m.gemeente}</p>
                <p className="utrecht-paragraph kp-document__naam" id="document-titel">
                  <strong>{m.ondertitel}</strong>
                </p>
                <p className="utrecht-paragraph kp-klein">{m.status}</p>
              </header>
              <Blokken blokken={m.blokken} />
            </article>
          )}
        </Laden>
      )}
    </>
  );
}

export function DocumentenPage() {
  const { werkruimte } = useWerkruimte();
  usePaginatitel(`Documenten – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const lijst = useBron<{ documenten: DocumentInfo[]; alleenVastgesteld: boolean }>(`${basis}/documenten`);
  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Documenten' }]} />
      <h1 className="utrecht-heading-1">Documenten</h1>
      <CyclusNavigatie huidig="documenten" />
      <p className="utrecht-paragraph">
        Elk document is hier te lezen en als Word-bestand te downloaden voor de raad. Een vastgestelde versie blijft bewaard; wie daarna wijzigt, maakt een
        nieuwe conceptversie.
      </p>
      <Laden toestand={lijst.toestand}>
        {({ documenten }) => (
          <Tabelkader label="Documenten">
            <table className="utrecht-table kp-table">
              <caption className="kp-visually-hidden">Documenten van de werkruimte</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  {['Document', 'Status', 'Stelt vast', 'Vastgestelde versies'].map((k) => (
                    <th key={k} scope="col" className="utrecht-table__header-cell">
                      {k}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {documenten.map((d) => (
                  <tr key={`${d.soort}-${d.jaar ?? ''}-${d.gemeentecode ?? ''}`} className="utrecht-table__row">
                    <td className="utrecht-table__cell">
                      <Link to={`${basis}/documenten/${d.soort}${d.jaar || d.gemeentecode ? `?${new URLSearchParams({ ...(d.jaar ? { jaar: String(d.jaar) } : {}), ...(d.gemeentecode ? { gemeente: d.gemeentecode } : {}) }).toString()}` : ''}`}>{d.titel}</Link>
                    </td>
                    <td className="utrecht-table__cell">
                      {d.statusTekst ??
                        (d.vastgesteldeVersies.length > 0
                          ? `Vastgesteld (versie ${d.vastgesteldeVersies.at(-1)!.versie}, ${datumTekst(d.vastgesteldeVersies.at(-1)!.datum)})`
                          : 'Nog niet vastgesteld')}
                    </td>
                    <td className="utrecht-table__cell">{d.vastgesteldDoor}</td>
                    <td className="utrecht-table__cell">{d.vastgesteldeVersies.length ? d.vastgesteldeVersies.map((v) => `versie ${v.versie} (${datumTekst(v.datum)})`).join(', ') : 'Geen'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelkader>
        )}
      </Laden>
    </>
  );
}
