/**
 * Afspraken met partners en de capaciteitskeuzes van de Driehoek (issue 19, punt 4). Per partner de
 * afspraken met hun stand, te filteren op prioriteit; een formulier om een afspraak vast te leggen of
 * te wijzigen (met If-Match: wie op een oude versie werkte, ziet wat er nu staat); en de keuzes die de
 * Driehoek maakte over de inzet van capaciteit.
 */
import { type FormEvent, type Ref, useId, useRef, useState } from 'react';
import {
  type Afspraak,
  afspraakSoortNamen,
  afspraakSoorten,
  afspraakStatusNamen,
  afspraakStatussen,
  afsprakenPerPartner,
  type AfsprakenOverzicht,
  type AfspraakSoort,
  type AfspraakStatus,
  type Capaciteitskeuze,
} from '../../../domain/cyclus/afspraken.ts';
import { veldfouten } from '../../shared/api.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { Foutsamenvatting, Meldingregel, type Melding, Tabelkader, Tekstveld, Veldkader, type Veldmelding } from '../../shared/formulier.tsx';
import { datum } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import './afspraken.css';

interface Koppelbaar {
  prioriteiten: { id: string; titel: string }[];
  maatregelen: { id: string; naam: string; jaar: number; prioriteitId: string | null }[];
}

interface Afsprakenlijst extends Koppelbaar {
  afspraken: Afspraak[];
  capaciteitskeuzes: Capaciteitskeuze[];
  overzicht: AfsprakenOverzicht;
  partnerSuggesties: string[];
  mag: { beheren: boolean };
}

const statusKlasse = (s: AfspraakStatus) => (s === 'niet-nagekomen' || s === 'deels-nagekomen' ? 'kp-tag kp-tag--aandacht' : 'kp-tag');

export function AfsprakenPage() {
  const { werkruimte } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  usePaginatitel(`Afspraken met partners – ${werkruimte.naam}`);
  const bron = useBron<Afsprakenlijst>(`${basis}/afspraken`);
  const { vernieuw } = bron;
  useLiveBericht((b) => {
    if ((b.type === 'werkruimte' && b.id === 'afspraken') || b.type === 'opnieuw-verbonden') void vernieuw();
  });

  return (
    <div className="kp-afspraken">
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Afspraken met partners' }]} />
      <h1 className="utrecht-heading-1">Afspraken met partners</h1>
      <CyclusNavigatie huidig="afspraken" />
      <p className="utrecht-paragraph kp-lead">
        Wat hebben politie, OM, GGD, woningcorporaties en andere partners toegezegd voor dit plan, en komen ze het na? Hier staan de afspraken per partner, met de prioriteiten en maatregelen
        waaraan ze bijdragen, en de keuzes die de Driehoek maakte over de inzet van capaciteit.
      </p>
      <LiveStatus />
      <Laden toestand={bron.toestand}>{(d) => <Inhoud data={d} basis={basis} opGewijzigd={() => void vernieuw()} />}</Laden>
    </div>
  );
}

function Inhoud({ data, basis, opGewijzigd }: { data: Afsprakenlijst; basis: string; opGewijzigd: () => void }) {
  const [filter, setFilter] = useState('');
  const [bewerkt, setBewerkt] = useState<Afspraak | 'nieuw' | null>(null);
  const [melding, setMelding] = useState<Melding | null>(null);
  const formulierKop = useRef<HTMLHeadingElement>(null);
  const prioriteitNaam = new Map(data.prioriteiten.map((p) => [p.id, p.titel]));
  const maatregelNaam = new Map(data.maatregelen.map((m) => [m.id, m.naam]));
  const zichtbaar = filter ? data.afspraken.filter((a) => a.prioriteitIds.includes(filter)) : data.afspraken;
  const groepen = afsprakenPerPartner(zichtbaar);
  const o = data.overzicht;
  const open = (a: Afspraak | 'nieuw') => {
    setBewerkt(a);
    setMelding(null);
    requestAnimationFrame(() => formulierKop.current?.focus());
  };

  return (
    <>
      <p className="utrecht-paragraph">
        {o.totaal === 0
          ? 'Er zijn nog geen afspraken vastgelegd.'
          : `${o.totaal} ${o.totaal === 1 ? 'afspraak' : 'afspraken'} met ${o.perPartner.length} ${o.perPartner.length === 1 ? 'partner' : 'partners'}: ${o.perStatus.nagekomen} nagekomen, ${o.perStatus.gemaakt} gemaakt, ${o.perStatus['in-voorbereiding']} in voorbereiding.`}
        {o.aandacht > 0 ? (
          <>
            {' '}
            <span className="kp-tag kp-tag--aandacht">
              {o.aandacht} niet of deels nagekomen
            </span>
          </>
        ) : null}
      </p>

      <div className="kp-actions kp-actions--midden">
        <div className="utrecht-form-field kp-field">
          <label className="utrecht-form-label" htmlFor="afspraken-filter">
            Toon afspraken voor prioriteit
          </label>
          <select id="afspraken-filter" className="utrecht-select utrecht-select--html-select" value={filter} onChange={(e) => setFilter(e.target.value)}>
            <option value="">Alle prioriteiten</option>
            {data.prioriteiten.map((p) => (
              <option key={p.id} value={p.id}>
                {p.titel}
              </option>
            ))}
          </select>
        </div>
        {data.mag.beheren && bewerkt === null ? (
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => open('nieuw')}>
            Nieuwe afspraak
          </button>
        ) : null}
      </div>
      <Meldingregel melding={melding} />

      {bewerkt !== null ? (
        <AfspraakFormulier
          key={bewerkt === 'nieuw' ? 'nieuw' : `${bewerkt.id}-${bewerkt.versie}`}
          kopRef={formulierKop}
          basis={basis}
          afspraak={bewerkt === 'nieuw' ? null : bewerkt}
          koppelbaar={data}
          suggesties={data.partnerSuggesties}
          opKlaar={(tekst) => {
            setBewerkt(null);
            if (tekst) setMelding({ soort: 'ok', tekst });
            opGewijzigd();
          }}
          opNieuwereVersie={(nu) => {
            setBewerkt(nu);
            opGewijzigd();
          }}
        />
      ) : null}

      <p className="utrecht-paragraph kp-muted" role="status" aria-live="polite">
        {filter ? `${zichtbaar.length} van ${data.afspraken.length} afspraken dragen bij aan ‘${prioriteitNaam.get(filter) ?? filter}’.` : ''}
      </p>
      {groepen.length === 0 && data.afspraken.length > 0 ? <p className="utrecht-paragraph">Geen afspraken voor deze prioriteit.</p> : null}
      {groepen.map((g) => (
        <section key={g.partner} className="kp-section" aria-labelledby={`partner-${sleutel(g.partner)}`}>
          <h2 className="utrecht-heading-2" id={`partner-${sleutel(g.partner)}`}>
            {g.partner} <span className="kp-count">({g.afspraken.length})</span>
          </h2>
          <ul className="kp-afspraken-lijst">
            {g.afspraken.map((a) => (
              <li key={a.id} className="kp-card" id={`afspraak-${a.id}`}>
                <h3 className="utrecht-heading-3">{a.omschrijving}</h3>
                <ul className="kp-tags" aria-label="Soort en stand">
                  <li className="kp-tag">{afspraakSoortNamen[a.soort]}</li>
                  <li className={statusKlasse(a.status)}>{afspraakStatusNamen[a.status]}</li>
                </ul>
                <dl className="kp-meta">
                  {a.vastgelegdIn ? (
                    <div>
                      <dt>Vastgelegd in</dt>
                      <dd>{a.vastgelegdIn}</dd>
                    </div>
                  ) : null}
                  {a.termijn ? (
                    <div>
                      <dt>Termijn</dt>
                      <dd>{datum(a.termijn)}</dd>
                    </div>
                  ) : null}
                  {a.prioriteitIds.length > 0 ? (
                    <div>
                      <dt>Prioriteiten</dt>
                      <dd>{a.prioriteitIds.map((id) => prioriteitNaam.get(id) ?? id).join('; ')}</dd>
                    </div>
                  ) : null}
                  {a.maatregelIds.length > 0 ? (
                    <div>
                      <dt>Maatregelen</dt>
                      <dd>{a.maatregelIds.map((id) => maatregelNaam.get(id) ?? id).join('; ')}</dd>
                    </div>
                  ) : null}
                </dl>
                {a.toelichting ? <p className="utrecht-paragraph kp-voorgevormd">{a.toelichting}</p> : null}
                {data.mag.beheren ? (
                  <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => open(a)}>
                    Wijzigen<span className="kp-visually-hidden">: de afspraak ‘{a.omschrijving}’</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <Driehoek data={data} basis={basis} opGewijzigd={opGewijzigd} />
    </>
  );
}

const sleutel = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

interface AfspraakVelden {
  partner: string;
  soort: AfspraakSoort;
  omschrijving: string;
  status: AfspraakStatus;
  prioriteitIds: string[];
  maatregelIds: string[];
  vastgelegdIn: string;
  termijn: string;
  toelichting: string;
}

const veldNamen: Record<string, string> = {
  partner: 'Partner',
  soort: 'Soort afspraak',
  omschrijving: 'Wat is afgesproken',
  status: 'Stand',
  prioriteitIds: 'Prioriteiten',
  maatregelIds: 'Maatregelen',
  vastgelegdIn: 'Vastgelegd in',
  termijn: 'Termijn',
  toelichting: 'Toelichting',
  datum: 'Datum',
  onderwerp: 'Onderwerp',
  keuze: 'Keuze',
  capaciteit: 'Capaciteit',
};

/** Field errors of a problem answer by field (prioriteitIds[1] counts for prioriteitIds). */
function foutenPerVeld(p: Parameters<typeof veldfouten>[0]): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const [naam, reden] of Object.entries(veldfouten(p))) {
    const veld = naam.replace(/\[\d+\]$/, '');
    uit[veld] = uit[veld] ? `${uit[veld]} ${reden}` : reden;
  }
  return uit;
}

function AfspraakFormulier({
  kopRef,
  basis,
  afspraak,
  koppelbaar,
  suggesties,
  opKlaar,
  opNieuwereVersie,
}: {
  kopRef: Ref<HTMLHeadingElement>;
  basis: string;
  afspraak: Afspraak | null;
  koppelbaar: Koppelbaar;
  suggesties: string[];
  opKlaar: (melding: string | null) => void;
  opNieuwereVersie: (nu: Afspraak) => void;
}) {
  const p = `afspraak-${useId().replace(/:/g, '')}`;
  const schrijf = useSchrijf();
  const [v, setV] = useState<AfspraakVelden>({
    partner: afspraak?.partner ?? '',
    soort: afspraak?.soort ?? 'capaciteit',
    omschrijving: afspraak?.omschrijving ?? '',
    status: afspraak?.status ?? 'in-voorbereiding',
    prioriteitIds: afspraak?.prioriteitIds ?? [],
    maatregelIds: afspraak?.maatregelIds ?? [],
    vastgelegdIn: afspraak?.vastgelegdIn ?? '',
    termijn: afspraak?.termijn ?? '',
    toelichting: afspraak?.toelichting ?? '',
  });
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const [verwijderVraag, setVerwijderVraag] = useState(false);
  const zet = (x: Partial<AfspraakVelden>) => setV((oud) => ({ ...oud, ...x }));
  const wissel = (lijst: string[], id: string, aan: boolean) => (aan ? [...lijst, id] : lijst.filter((x) => x !== id));

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    const eigen: Record<string, string> = {};
    if (!v.partner.trim()) eigen.partner = 'Vul de partner in: met welke organisatie is de afspraak gemaakt?';
    if (!v.omschrijving.trim()) eigen.omschrijving = 'Beschrijf wat er is afgesproken.';
    setFouten(eigen);
    if (Object.keys(eigen).length > 0) return;
    setBezig(true);
    setMelding(null);
    const body = { ...v, termijn: v.termijn || null };
    const r = afspraak
      ? await schrijf<Afspraak>('PUT', `${basis}/afspraken/${afspraak.id}`, { body, ifMatch: afspraak.versie })
      : await schrijf<Afspraak>('POST', `${basis}/afspraken`, { body });
    setBezig(false);
    if (r.ok) return opKlaar(afspraak ? 'De afspraak is bijgewerkt.' : 'De afspraak is vastgelegd.');
    if (r.status === 412 && r.probleem.huidig) {
      setMelding({ soort: 'fout', tekst: 'Iemand anders heeft deze afspraak intussen gewijzigd. Het formulier toont nu wat er staat; voer uw wijziging opnieuw in.' });
      return opNieuwereVersie(r.probleem.huidig as Afspraak);
    }
    const f = foutenPerVeld(r.probleem);
    setFouten(f);
    setMelding({ soort: 'fout', tekst: Object.keys(f).length > 0 ? 'Niet opgeslagen: controleer de velden hieronder.' : r.probleem.detail });
  };

  const verwijder = async () => {
    if (!afspraak) return;
    setBezig(true);
    const r = await schrijf('DELETE', `${basis}/afspraken/${afspraak.id}`, { ifMatch: afspraak.versie });
    setBezig(false);
    if (r.ok) return opKlaar('De afspraak is verwijderd.');
    setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  const samenvatting: Veldmelding[] = Object.entries(fouten).map(([veld, m]) => ({ veld: veldNamen[veld] ?? veld, id: `${p}-${veld}`, melding: m }));
  const fout = (veld: string) => fouten[veld];

  return (
    <form className="kp-paneel" onSubmit={opslaan} noValidate aria-labelledby={`${p}-kop`}>
      <h2 className="utrecht-heading-2" id={`${p}-kop`} ref={kopRef} tabIndex={-1}>
        {afspraak ? 'Afspraak wijzigen' : 'Nieuwe afspraak'}
      </h2>
      <Foutsamenvatting fouten={samenvatting} />
      <Tekstveld
        id={`${p}-partner`}
        label="Partner"
        beschrijving="De organisatie waarmee de afspraak is gemaakt. Kies een voorstel of typ een andere naam."
        waarde={v.partner}
        onWaarde={(x) => zet({ partner: x })}
        fout={fout('partner')}
        list={`${p}-partners`}
        autoComplete="off"
      />
      <datalist id={`${p}-partners`}>
        {suggesties.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <Veldkader id={`${p}-soort`} label="Soort afspraak" fout={fout('soort')}>
        {(beschreven) => (
          <select id={`${p}-soort`} className="utrecht-select utrecht-select--html-select" value={v.soort} onChange={(e) => zet({ soort: e.target.value as AfspraakSoort })} aria-describedby={beschreven}>
            {afspraakSoorten.map((s) => (
              <option key={s} value={s}>
                {afspraakSoortNamen[s]}
              </option>
            ))}
          </select>
        )}
      </Veldkader>
      <Veldkader id={`${p}-omschrijving`} label="Wat is afgesproken" fout={fout('omschrijving')}>
        {(beschreven) => (
          <textarea
            id={`${p}-omschrijving`}
            className={`utrecht-textarea utrecht-textarea--html-textarea kp-textarea-kort${fout('omschrijving') ? ' utrecht-textarea--invalid' : ''}`}
            value={v.omschrijving}
            onChange={(e) => zet({ omschrijving: e.target.value })}
            aria-invalid={fout('omschrijving') ? true : undefined}
            aria-describedby={beschreven}
            rows={3}
          />
        )}
      </Veldkader>
      <Veldkader id={`${p}-status`} label="Stand" fout={fout('status')}>
        {(beschreven) => (
          <select id={`${p}-status`} className="utrecht-select utrecht-select--html-select" value={v.status} onChange={(e) => zet({ status: e.target.value as AfspraakStatus })} aria-describedby={beschreven}>
            {afspraakStatussen.map((s) => (
              <option key={s} value={s}>
                {afspraakStatusNamen[s]}
              </option>
            ))}
          </select>
        )}
      </Veldkader>
      <Keuzelijst
        id={`${p}-prioriteitIds`}
        legenda="Prioriteiten waaraan de afspraak bijdraagt"
        opties={koppelbaar.prioriteiten.map((x) => ({ id: x.id, naam: x.titel }))}
        gekozen={v.prioriteitIds}
        fout={fout('prioriteitIds')}
        opWissel={(id, aan) => zet({ prioriteitIds: wissel(v.prioriteitIds, id, aan) })}
      />
      <Keuzelijst
        id={`${p}-maatregelIds`}
        legenda="Maatregelen waaraan de afspraak bijdraagt"
        opties={koppelbaar.maatregelen
          .filter((m) => v.prioriteitIds.length === 0 || m.prioriteitId === null || v.prioriteitIds.includes(m.prioriteitId) || v.maatregelIds.includes(m.id))
          .map((m) => ({ id: m.id, naam: `${m.naam} (${m.jaar})` }))}
        gekozen={v.maatregelIds}
        fout={fout('maatregelIds')}
        uitleg={v.prioriteitIds.length > 0 ? 'U ziet de maatregelen bij de gekozen prioriteiten.' : undefined}
        opWissel={(id, aan) => zet({ maatregelIds: wissel(v.maatregelIds, id, aan) })}
      />
      <Tekstveld id={`${p}-vastgelegdIn`} label="Vastgelegd in" beschrijving="Bijvoorbeeld de naam van het convenant, een brief of het verslag van de Driehoek." waarde={v.vastgelegdIn} onWaarde={(x) => zet({ vastgelegdIn: x })} fout={fout('vastgelegdIn')} />
      <Tekstveld id={`${p}-termijn`} label="Termijn" beschrijving="Wanneer de afspraak nagekomen moet zijn of opnieuw wordt bekeken (mag leeg)." type="date" waarde={v.termijn} onWaarde={(x) => zet({ termijn: x })} fout={fout('termijn')} />
      <Veldkader id={`${p}-toelichting`} label="Toelichting" fout={fout('toelichting')}>
        {(beschreven) => (
          <textarea
            id={`${p}-toelichting`}
            className="utrecht-textarea utrecht-textarea--html-textarea kp-textarea-kort"
            value={v.toelichting}
            onChange={(e) => zet({ toelichting: e.target.value })}
            aria-describedby={beschreven}
            rows={2}
          />
        )}
      </Veldkader>
      <Meldingregel melding={melding} />
      <div className="kp-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
          {afspraak ? 'Wijziging opslaan' : 'Afspraak vastleggen'}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => opKlaar(null)}>
          Annuleren
        </button>
        {afspraak && !verwijderVraag ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setVerwijderVraag(true)}>
            Verwijderen
          </button>
        ) : null}
        {afspraak && verwijderVraag ? (
          <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={bezig} onClick={() => void verwijder()}>
            Ja, verwijder deze afspraak
          </button>
        ) : null}
      </div>
      {verwijderVraag ? (
        <p className="utrecht-paragraph kp-muted" role="status">
          Weet u het zeker? Een afspraak die niet doorgaat, kunt u ook de stand ‘Vervallen’ geven; dan blijft zichtbaar dat ze er was.
        </p>
      ) : null}
    </form>
  );
}

function Keuzelijst({
  id,
  legenda,
  opties,
  gekozen,
  fout,
  uitleg,
  opWissel,
}: {
  id: string;
  legenda: string;
  opties: { id: string; naam: string }[];
  gekozen: string[];
  fout?: string | undefined;
  uitleg?: string | undefined;
  opWissel: (id: string, aan: boolean) => void;
}) {
  const beschreven = [uitleg ? `${id}-uitleg` : null, fout ? `${id}-fout` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`kp-fieldset kp-field${fout ? ' utrecht-form-field--invalid' : ''}`} aria-describedby={beschreven}>
      <legend className="utrecht-form-fieldset__legend">{legenda}</legend>
      {uitleg ? (
        <p className="utrecht-form-field-description" id={`${id}-uitleg`}>
          {uitleg}
        </p>
      ) : null}
      {fout ? (
        <p className="utrecht-form-field-error-message kp-field__fout" id={`${id}-fout`}>
          {fout}
        </p>
      ) : null}
      {opties.length === 0 ? <p className="utrecht-paragraph kp-muted">Er is nog niets om aan te koppelen.</p> : null}
      {opties.map((o, i) => (
        <div className="kp-check" key={o.id}>
          <input type="checkbox" id={i === 0 ? id : `${id}-${o.id}`} checked={gekozen.includes(o.id)} onChange={(e) => opWissel(o.id, e.target.checked)} />
          <label htmlFor={i === 0 ? id : `${id}-${o.id}`}>{o.naam}</label>
        </div>
      ))}
    </fieldset>
  );
}

// --- The Driehoek's capacity choices -------------------------------------------------------------

function Driehoek({ data, basis, opGewijzigd }: { data: Afsprakenlijst; basis: string; opGewijzigd: () => void }) {
  const [bewerkt, setBewerkt] = useState<Capaciteitskeuze | 'nieuw' | null>(null);
  const [melding, setMelding] = useState<Melding | null>(null);
  const kop = useRef<HTMLHeadingElement>(null);
  const prioriteitNaam = new Map(data.prioriteiten.map((p) => [p.id, p.titel]));
  const open = (k: Capaciteitskeuze | 'nieuw') => {
    setBewerkt(k);
    setMelding(null);
    requestAnimationFrame(() => kop.current?.focus());
  };
  return (
    <section className="kp-section" aria-labelledby="driehoek-kop">
      <h2 className="utrecht-heading-2" id="driehoek-kop">
        Capaciteitskeuzes van de Driehoek
      </h2>
      <p className="utrecht-paragraph">De burgemeester, de officier van justitie en de politiechef kiezen samen waar de politie haar capaciteit inzet. Leg die keuzes hier vast, met de prioriteiten waarvoor ze gelden.</p>
      <Meldingregel melding={melding} />
      {data.capaciteitskeuzes.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen keuzes van de Driehoek vastgelegd.</p>
      ) : (
        <Tabelkader label="Capaciteitskeuzes van de Driehoek">
          <table className="utrecht-table kp-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  Datum
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Onderwerp
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Keuze
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Capaciteit
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  Prioriteiten
                </th>
                {data.mag.beheren ? (
                  <th className="utrecht-table__header-cell" scope="col">
                    <span className="kp-visually-hidden">Acties</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.capaciteitskeuzes.map((k) => (
                <tr className="utrecht-table__row" key={k.id}>
                  <td className="utrecht-table__cell">{datum(k.datum)}</td>
                  <th className="utrecht-table__header-cell" scope="row">
                    {k.onderwerp}
                  </th>
                  <td className="utrecht-table__cell">{k.keuze}</td>
                  <td className="utrecht-table__cell">{k.capaciteit}</td>
                  <td className="utrecht-table__cell">{k.prioriteitIds.map((id) => prioriteitNaam.get(id) ?? id).join('; ')}</td>
                  {data.mag.beheren ? (
                    <td className="utrecht-table__cell">
                      <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => open(k)}>
                        Wijzigen<span className="kp-visually-hidden">: de keuze ‘{k.onderwerp}’</span>
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelkader>
      )}
      {data.mag.beheren && bewerkt === null ? (
        <div className="kp-actions">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => open('nieuw')}>
            Nieuwe keuze van de Driehoek
          </button>
        </div>
      ) : null}
      {bewerkt !== null ? (
        <KeuzeFormulier
          key={bewerkt === 'nieuw' ? 'nieuw' : `${bewerkt.id}-${bewerkt.versie}`}
          kopRef={kop}
          basis={basis}
          keuze={bewerkt === 'nieuw' ? null : bewerkt}
          prioriteiten={data.prioriteiten}
          opKlaar={(tekst) => {
            setBewerkt(null);
            if (tekst) setMelding({ soort: 'ok', tekst });
            opGewijzigd();
          }}
          opNieuwereVersie={(nu) => {
            setBewerkt(nu);
            opGewijzigd();
          }}
        />
      ) : null}
    </section>
  );
}

function KeuzeFormulier({
  kopRef,
  basis,
  keuze,
  prioriteiten,
  opKlaar,
  opNieuwereVersie,
}: {
  kopRef: Ref<HTMLHeadingElement>;
  basis: string;
  keuze: Capaciteitskeuze | null;
  prioriteiten: { id: string; titel: string }[];
  opKlaar: (melding: string | null) => void;
  opNieuwereVersie: (nu: Capaciteitskeuze) => void;
}) {
  const p = `keuze-${useId().replace(/:/g, '')}`;
  const schrijf = useSchrijf();
  const [v, setV] = useState({ datum: keuze?.datum ?? '', onderwerp: keuze?.onderwerp ?? '', keuze: keuze?.keuze ?? '', capaciteit: keuze?.capaciteit ?? '', prioriteitIds: keuze?.prioriteitIds ?? [] });
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const zet = (x: Partial<typeof v>) => setV((oud) => ({ ...oud, ...x }));

  const opslaan = async (e: FormEvent) => {
    e.preventDefault();
    const eigen: Record<string, string> = {};
    if (!v.datum) eigen.datum = 'Vul de datum van het Driehoeksoverleg in.';
    if (!v.onderwerp.trim()) eigen.onderwerp = 'Vul het onderwerp in.';
    if (!v.keuze.trim()) eigen.keuze = 'Beschrijf wat de Driehoek koos.';
    setFouten(eigen);
    if (Object.keys(eigen).length > 0) return;
    setBezig(true);
    setMelding(null);
    const r = keuze
      ? await schrijf<Capaciteitskeuze>('PUT', `${basis}/capaciteitskeuzes/${keuze.id}`, { body: v, ifMatch: keuze.versie })
      : await schrijf<Capaciteitskeuze>('POST', `${basis}/capaciteitskeuzes`, { body: v });
    setBezig(false);
    if (r.ok) return opKlaar(keuze ? 'De keuze is bijgewerkt.' : 'De keuze van de Driehoek is vastgelegd.');
    if (r.status === 412 && r.probleem.huidig) {
      setMelding({ soort: 'fout', tekst: 'Iemand anders heeft deze keuze intussen gewijzigd. Het formulier toont nu wat er staat.' });
      return opNieuwereVersie(r.probleem.huidig as Capaciteitskeuze);
    }
    const f = foutenPerVeld(r.probleem);
    setFouten(f);
    setMelding({ soort: 'fout', tekst: Object.keys(f).length > 0 ? 'Niet opgeslagen: controleer de velden hieronder.' : r.probleem.detail });
  };

  const verwijder = async () => {
    if (!keuze) return;
    setBezig(true);
    const r = await schrijf('DELETE', `${basis}/capaciteitskeuzes/${keuze.id}`, { ifMatch: keuze.versie });
    setBezig(false);
    if (r.ok) return opKlaar('De keuze is verwijderd.');
    setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  const samenvatting: Veldmelding[] = Object.entries(fouten).map(([veld, m]) => ({ veld: veldNamen[veld] ?? veld, id: `${p}-${veld}`, melding: m }));
  return (
    <form className="kp-paneel" onSubmit={opslaan} noValidate aria-labelledby={`${p}-kop`}>
      <h3 className="utrecht-heading-3" id={`${p}-kop`} ref={kopRef} tabIndex={-1}>
        {keuze ? 'Keuze van de Driehoek wijzigen' : 'Nieuwe keuze van de Driehoek'}
      </h3>
      <Foutsamenvatting fouten={samenvatting} />
      <Tekstveld id={`${p}-datum`} label="Datum van het overleg" type="date" waarde={v.datum} onWaarde={(x) => zet({ datum: x })} fout={fouten.datum} />
      <Tekstveld id={`${p}-onderwerp`} label="Onderwerp" waarde={v.onderwerp} onWaarde={(x) => zet({ onderwerp: x })} fout={fouten.onderwerp} />
      <Veldkader id={`${p}-keuze`} label="Keuze" fout={fouten.keuze}>
        {(beschreven) => (
          <textarea
            id={`${p}-keuze`}
            className={`utrecht-textarea utrecht-textarea--html-textarea kp-textarea-kort${fouten.keuze ? ' utrecht-textarea--invalid' : ''}`}
            value={v.keuze}
            onChange={(e) => zet({ keuze: e.target.value })}
            aria-invalid={fouten.keuze ? true : undefined}
            aria-describedby={beschreven}
            rows={3}
          />
        )}
      </Veldkader>
      <Tekstveld id={`${p}-capaciteit`} label="Capaciteit" beschrijving="In woorden, bijvoorbeeld ‘2 fte wijkagent’." waarde={v.capaciteit} onWaarde={(x) => zet({ capaciteit: x })} fout={fouten.capaciteit} />
      <Keuzelijst
        id={`${p}-prioriteitIds`}
        legenda="Prioriteiten waarvoor de keuze geldt"
        opties={prioriteiten.map((x) => ({ id: x.id, naam: x.titel }))}
        gekozen={v.prioriteitIds}
        fout={fouten.prioriteitIds}
        opWissel={(id, aan) => zet({ prioriteitIds: aan ? [...v.prioriteitIds, id] : v.prioriteitIds.filter((x) => x !== id) })}
      />
      <Meldingregel melding={melding} />
      <div className="kp-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
          {keuze ? 'Wijziging opslaan' : 'Keuze vastleggen'}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => opKlaar(null)}>
          Annuleren
        </button>
        {keuze ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={() => void verwijder()}>
            Verwijderen
          </button>
        ) : null}
      </div>
    </form>
  );
}
