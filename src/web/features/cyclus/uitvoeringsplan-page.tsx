import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type Actiepunt, type Maatregel, maatregelStatusNamen, maatregelStatussen, type Prioriteit, type Uitvoeringsplan } from '../../../domain/cyclus/inhoud.ts';
import { themas } from '../../../domain/kennisbank/kennisbank.ts';
import { mag, magVertrouwelijkInstellen } from '../../../domain/toegang/rollen.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useApi } from '../../shared/use-api.ts';
import { Meldingregel, Tabelkader, Tekstveld, type Melding } from '../../shared/formulier.tsx';
import { useAnker } from '../../shared/anker.ts';
import { EigenaarKeuze, GeplandeOutput, MaatregelKoppelingen, useEigenaren } from '../../shared/maatregelvelden.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { CyclusNavigatie, type DeelAntwoord, Tekstvak, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';
import { SamenTekst } from '../../shared/samen-tekst-lui.tsx';

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

const nieuweMaatregel = (): Omit<Maatregel, 'id'> => ({
  naam: '',
  prestatieIndicator: '',
  bestuurlijkTrekker: '',
  ambtelijkTrekker: '',
  partners: '',
  startKwartaal: null,
  eindKwartaal: null,
  budget: null,
  status: 'niet-gestart',
  indicatorIds: [],
  probleemSleutels: [],
  methodeId: null,
  onderbouwing: '',
});

function volgendeId(prefix: string, bestaand: string[]): string {
  let n = 1;
  while (bestaand.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function UitvoeringsplanPage() {
  const { werkruimte, lid } = useWerkruimte();
  const [zoek, setZoek] = useSearchParams();
  const eerste = werkruimte.periodeStart ?? new Date().getFullYear();
  const laatste = werkruimte.periodeEinde ?? eerste;
  const jaar = Number(zoek.get('jaar')) || eerste;
  usePaginatitel(`Uitvoeringsplan ${jaar} – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const deel = useDeel<Uitvoeringsplan>(`${basis}/uitvoeringsplannen/${jaar}`);
  // A plan that exists is written together (saves itself); a plan not yet saved starts with the form.
  const samen = (veld: string, label: string, formulier: ReactNode) =>
    deel.bron.toestand.status === 'klaar' && deel.bron.toestand.data.versie > 0 ? (
      <SamenTekst
        werkruimteId={werkruimte.id}
        sleutel={`uitvoeringsplan-${jaar}.${veld}`}
        label={label}
        kort
        alleenLezen={!magBewerken}
        geschiedenis={{ lezen: mag(lid, 'geschiedenis.lezen'), herstellen: mag(lid, 'geschiedenis.herstellen') }}
      />
    ) : (
      formulier
    );
  const prioriteiten = useApi<DeelAntwoord<Prioriteit[]>>(`${basis}/prioriteiten`);
  const schrijf = useSchrijf();
  const magBewerken = mag(lid, 'cyclus.bewerken');
  // Owners (step 6): who keeps the progress of a measure up to date.
  const eigenaren = useEigenaren(basis, mag(lid, 'leden.lezen'));
  const [outputGeldig, setOutputGeldig] = useState(true);
  // Links from reminders and the meeting agenda point at #maatregel-{id}.
  useAnker(deel.bron.toestand.status === 'klaar');
  const plan = deel.huidig?.inhoud;
  const [melding, setMelding] = useState<Melding | null>(null);
  const [actiepuntTitel, setActiepuntTitel] = useState('');
  const [koppeling, setKoppeling] = useState('');
  const [maatregel, setMaatregel] = useState(nieuweMaatregel());
  const [doelActiepunt, setDoelActiepunt] = useState('');
  // A joint plan: an action point is shared or the local part of one municipality (issue 17, point 2).
  const gemeenten = werkruimte.deelnemendeGemeenten.length > 0 ? [{ gemeentecode: werkruimte.gemeentecode, gemeentenaam: werkruimte.gemeentenaam }, ...werkruimte.deelnemendeGemeenten] : [];
  const [actiepuntGemeente, setActiepuntGemeente] = useState('');
  /** The measure being edited in the form, or null when the form adds a new one. */
  const [bewerkId, setBewerkId] = useState<string | null>(null);
  const prios = prioriteiten.status === 'klaar' ? prioriteiten.data.inhoud : [];
  const jaren = Array.from({ length: laatste - eerste + 1 }, (_, i) => eerste + i);

  const voegActiepuntToe = (e: FormEvent) => {
    e.preventDefault();
    if (!actiepuntTitel.trim() || !koppeling) {
      setMelding({ soort: 'fout', tekst: 'Geef het actiepunt een titel en kies de prioriteit of het thema waar het bij hoort.' });
      return;
    }
    setMelding(null);
    deel.wijzig((oud) => {
      const [soort, id] = koppeling.split(':') as ['p' | 't', string];
      const nieuw: Actiepunt = {
        id: volgendeId('a', oud.actiepunten.map((a) => a.id)),
        titel: actiepuntTitel.trim(),
        prioriteitId: soort === 'p' ? id : null,
        themaId: soort === 't' ? id : null,
        ...(gemeenten.length > 0 ? { gemeentecode: (soort === 'p' ? prios.find((p) => p.id === id)?.gemeentecode : null) || actiepuntGemeente || null } : {}),
        maatregelen: [],
      };
      setDoelActiepunt(nieuw.id);
      return { ...oud, actiepunten: [...oud.actiepunten, nieuw] };
    });
    setActiepuntTitel('');
    setActiepuntGemeente('');
  };

  const voegMaatregelToe = (e: FormEvent) => {
    e.preventDefault();
    if (!doelActiepunt || !maatregel.naam.trim()) {
      setMelding({ soort: 'fout', tekst: 'Kies het actiepunt en geef de maatregel een naam.' });
      return;
    }
    if (!outputGeldig) {
      setMelding({ soort: 'fout', tekst: 'De geplande output klopt niet; de reden staat bij het kwartaal.' });
      return;
    }
    setMelding(null);
    deel.wijzig((oud) => {
      const id = bewerkId ?? volgendeId('m', oud.actiepunten.flatMap((a) => a.maatregelen.map((m) => m.id)));
      // Editing may move the measure to another action point: take it out everywhere, put it in the chosen one.
      const zonder = oud.actiepunten.map((a) => ({ ...a, maatregelen: a.maatregelen.filter((m) => m.id !== id) }));
      return {
        ...oud,
        actiepunten: zonder.map((a) => {
          if (a.id !== doelActiepunt) return a;
          const oudePlek = oud.actiepunten.find((x) => x.id === a.id)?.maatregelen.findIndex((m) => m.id === id) ?? -1;
          const lijst = [...a.maatregelen];
          lijst.splice(oudePlek >= 0 ? oudePlek : lijst.length, 0, { ...maatregel, id });
          return { ...a, maatregelen: lijst };
        }),
      };
    });
    setMaatregel(nieuweMaatregel());
    setMelding({ soort: 'info', tekst: bewerkId ? 'De maatregel is bijgewerkt. Vergeet niet op te slaan.' : 'De maatregel staat in het plan. Vergeet niet op te slaan.' });
    setBewerkId(null);
  };

  const bewerk = (a: Actiepunt, m: Maatregel) => {
    const { id, ...rest } = m;
    setBewerkId(id);
    setDoelActiepunt(a.id);
    setMaatregel(rest);
    setOutputGeldig(true);
    setMelding(null);
    window.requestAnimationFrame(() => document.getElementById('maatregel-naam')?.focus());
  };

  const maakVervolgplan = async () => {
    const r = await schrijf('POST', `${basis}/uitvoeringsplannen/${jaar}/vervolgplan`);
    if (r.ok) setZoek({ jaar: String(jaar + 1) });
    else setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  const lokaalVan = (a: Actiepunt) => a.gemeentecode ?? prios.find((p) => p.id === a.prioriteitId)?.gemeentecode ?? null;
  const koppelingNaam = (a: Actiepunt) => {
    const bij = a.prioriteitId ? `Prioriteit: ${prios.find((p) => p.id === a.prioriteitId)?.titel ?? a.prioriteitId}` : a.themaId ? `Thema ${a.themaId} ${themas.find((t) => t.id === a.themaId)?.naam ?? ''}` : 'Niet gekoppeld';
    if (gemeenten.length === 0) return bij;
    const lokaal = lokaalVan(a);
    return `${bij}. ${lokaal ? `Alleen ${gemeenten.find((g) => g.gemeentecode === lokaal)?.gemeentenaam ?? lokaal}` : 'Gezamenlijk'}`;
  };

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: `Uitvoeringsplan ${jaar}` }]} />
      <h1 className="utrecht-heading-1">Stap 5: uitvoeringsplan {jaar}</h1>
      <CyclusNavigatie huidig="uitvoeringsplan" />
      <nav aria-label="Jaar van het uitvoeringsplan" className="kp-tags">
        {jaren.map((j) => (
          <Link key={j} className="kp-tag" to={`?jaar=${j}`} aria-current={j === jaar ? 'page' : undefined}>
            {j}
          </Link>
        ))}
      </nav>
      <Meldingregel melding={melding} />
      <Laden toestand={deel.bron.toestand}>
        {(data) =>
          !plan ? null : (
            <>
              {data.versie === 0 && magBewerken && jaar > eerste ? (
                <div className="kp-note">
                  <p className="utrecht-paragraph">
                    Er is nog geen plan voor {jaar}. Maak het vanuit het plan van {jaar - 1}: de maatregelen die nog niet klaar zijn gaan mee.
                  </p>
                  <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setZoek({ jaar: String(jaar - 1) })}>
                    Naar {jaar - 1}
                  </button>
                </div>
              ) : null}
              <VerouderdMelding zichtbaar={deel.verouderd} onLaad={() => void deel.laadNieuweStand()} />
              <section className="kp-section" aria-labelledby="up-1">
                <h2 className="utrecht-heading-2" id="up-1">
                  1 Hoofdlijn IVP en beleidscyclus
                </h2>
                {samen('hoofdlijn', 'Hoofdlijn', <Tekstvak id="up-hoofdlijn" label="Hoofdlijn" kort waarde={plan.hoofdlijn} onWaarde={(w) => deel.wijzig((o) => ({ ...o, hoofdlijn: w }))} alleenLezen={!magBewerken} />)}
                <h2 className="utrecht-heading-2">2 Terugblik</h2>
                {samen('terugblik', 'Terugblik op veiligheidsbeeld en aanpak', <Tekstvak id="up-terugblik" label="Terugblik op veiligheidsbeeld en aanpak" kort waarde={plan.terugblik} onWaarde={(w) => deel.wijzig((o) => ({ ...o, terugblik: w }))} alleenLezen={!magBewerken} />)}
              </section>
              <section className="kp-section" aria-labelledby="up-3">
                <h2 className="utrecht-heading-2" id="up-3">
                  3 en 4 Actiepunten en maatregelen
                </h2>
                {plan.actiepunten.length === 0 ? <p className="utrecht-paragraph">Nog geen actiepunten.</p> : null}
                {plan.actiepunten.map((a) => (
                  <section key={a.id} className="kp-card" aria-labelledby={`ap-${a.id}`}>
                    <h3 className="utrecht-heading-3" id={`ap-${a.id}`}>
                      {a.titel}
                    </h3>
                    <p className="utrecht-paragraph kp-klein">{koppelingNaam(a)}</p>
                    {a.maatregelen.length === 0 ? (
                      <p className="utrecht-paragraph kp-muted">Nog geen maatregelen.</p>
                    ) : (
                      <Tabelkader label={`Maatregelen bij ${a.titel}`}>
                        <table className="utrecht-table kp-table">
                          <caption className="kp-visually-hidden">Maatregelen bij {a.titel}</caption>
                          <thead className="utrecht-table__header">
                            <tr className="utrecht-table__row">
                              {['Maatregel', 'Prestatie-indicator', 'Trekkers', 'Partners', 'Planning', 'Budget', 'Status', ...(magBewerken ? ['Actie'] : [])].map((k) => (
                                <th key={k} scope="col" className="utrecht-table__header-cell">
                                  {k}
                                </th>
                              ))}
                            </tr>
                          </thead>
                          <tbody className="utrecht-table__body">
                            {a.maatregelen.map((m) => (
                              <tr key={m.id} id={`maatregel-${m.id}`} className="utrecht-table__row">
                                <td className="utrecht-table__cell">
                                  {m.naam}
                                  {m.vertrouwelijk ? (
                                    <span className="kp-blok">
                                      <span className="kp-tag kp-tag--vertrouwelijk">Vertrouwelijk</span>
                                    </span>
                                  ) : null}
                                </td>
                                <td className="utrecht-table__cell">{m.prestatieIndicator || '—'}</td>
                                <td className="utrecht-table__cell">
                                  {[m.bestuurlijkTrekker, m.ambtelijkTrekker].filter(Boolean).join(' / ') || 'Geen trekker'}
                                  {m.eigenaarId ? <span className="kp-blok kp-klein">Eigenaar: {eigenaren.find((e) => e.gebruikerId === m.eigenaarId)?.naam ?? 'oud lid'}</span> : null}
                                </td>
                                <td className="utrecht-table__cell">{m.partners || '—'}</td>
                                <td className="utrecht-table__cell">{m.startKwartaal && m.eindKwartaal ? `${m.startKwartaal} t/m ${m.eindKwartaal}` : 'Niet gepland'}</td>
                                <td className="utrecht-table__cell">{m.budget === null ? 'Bestaand budget' : euro.format(m.budget)}</td>
                                <td className="utrecht-table__cell">
                                  {magBewerken ? (
                                    <select
                                      aria-label={`Status van ${m.naam}`}
                                      className="utrecht-select"
                                      value={m.status}
                                      onChange={(e) =>
                                        deel.wijzig((o) => ({
                                          ...o,
                                          actiepunten: o.actiepunten.map((x) =>
                                            x.id === a.id ? { ...x, maatregelen: x.maatregelen.map((y) => (y.id === m.id ? { ...y, status: e.target.value as Maatregel['status'] } : y)) } : x,
                                          ),
                                        }))
                                      }
                                    >
                                      {maatregelStatussen.map((s) => (
                                        <option key={s} value={s}>
                                          {maatregelStatusNamen[s]}
                                        </option>
                                      ))}
                                    </select>
                                  ) : (
                                    maatregelStatusNamen[m.status]
                                  )}
                                </td>
                                {magBewerken ? (
                                  <td className="utrecht-table__cell">
                                    <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => bewerk(a, m)}>
                                      Bewerken<span className="kp-visually-hidden"> ({m.naam})</span>
                                    </button>{' '}
                                    <button
                                      type="button"
                                      className="utrecht-button utrecht-button--secondary-action kp-button-klein"
                                      onClick={() =>
                                        deel.wijzig((o) => ({ ...o, actiepunten: o.actiepunten.map((x) => (x.id === a.id ? { ...x, maatregelen: x.maatregelen.filter((y) => y.id !== m.id) } : x)) }))
                                      }
                                    >
                                      Verwijderen<span className="kp-visually-hidden"> ({m.naam})</span>
                                    </button>
                                  </td>
                                ) : null}
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </Tabelkader>
                    )}
                  </section>
                ))}
              </section>
              {magBewerken ? (
                <>
                  <form className="kp-card" onSubmit={voegActiepuntToe} aria-labelledby="nieuw-actiepunt-kop" noValidate>
                    <h3 className="utrecht-heading-3" id="nieuw-actiepunt-kop">
                      Actiepunt toevoegen
                    </h3>
                    <Tekstveld id="actiepunt-titel" label="Titel van het actiepunt" waarde={actiepuntTitel} onWaarde={setActiepuntTitel} />
                    <div className="utrecht-form-field kp-field">
                      <label className="utrecht-form-label" htmlFor="actiepunt-koppeling">
                        Hoort bij
                      </label>
                      <select id="actiepunt-koppeling" className="utrecht-select" value={koppeling} onChange={(e) => setKoppeling(e.target.value)}>
                        <option value="">Kies een prioriteit of thema</option>
                        <optgroup label="Prioriteiten">
                          {prios.map((p) => (
                            <option key={p.id} value={`p:${p.id}`}>
                              {p.titel}
                            </option>
                          ))}
                        </optgroup>
                        <optgroup label="Overige thema's">
                          {themas
                            .filter((t) => !prios.some((p) => p.themaIds.includes(t.id)))
                            .map((t) => (
                              <option key={t.id} value={`t:${t.id}`}>
                                {t.id} {t.naam}
                              </option>
                            ))}
                        </optgroup>
                      </select>
                    </div>
                    {gemeenten.length > 0 ? (
                      <div className="utrecht-form-field kp-field">
                        <label className="utrecht-form-label" htmlFor="actiepunt-gemeente">
                          Voor
                        </label>
                        <p className="utrecht-form-field-description" id="actiepunt-gemeente-uitleg">
                          Gezamenlijk, of het lokale deel van één gemeente. Onder een lokale prioriteit hoort het actiepunt altijd bij die gemeente.
                        </p>
                        <select
                          id="actiepunt-gemeente"
                          className="utrecht-select"
                          aria-describedby="actiepunt-gemeente-uitleg"
                          value={actiepuntGemeente}
                          onChange={(e) => setActiepuntGemeente(e.target.value)}
                        >
                          <option value="">Gezamenlijk</option>
                          {gemeenten.map((g) => (
                            <option key={g.gemeentecode} value={g.gemeentecode}>
                              Alleen {g.gemeentenaam}
                            </option>
                          ))}
                        </select>
                      </div>
                    ) : null}
                    <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                      Actiepunt toevoegen
                    </button>
                  </form>
                  {plan.actiepunten.length > 0 ? (
                    <form className="kp-card" onSubmit={voegMaatregelToe} aria-labelledby="nieuwe-maatregel-kop" noValidate>
                      <h3 className="utrecht-heading-3" id="nieuwe-maatregel-kop">
                        {bewerkId ? `Maatregel ${maatregel.naam || bewerkId} bewerken` : 'Maatregel toevoegen'}
                      </h3>
                      <div className="utrecht-form-field kp-field">
                        <label className="utrecht-form-label" htmlFor="maatregel-actiepunt">
                          Actiepunt
                        </label>
                        <select id="maatregel-actiepunt" className="utrecht-select" value={doelActiepunt} onChange={(e) => setDoelActiepunt(e.target.value)}>
                          <option value="">Kies een actiepunt</option>
                          {plan.actiepunten.map((a) => (
                            <option key={a.id} value={a.id}>
                              {a.titel}
                            </option>
                          ))}
                        </select>
                      </div>
                      <Tekstveld id="maatregel-naam" label="Maatregel" waarde={maatregel.naam} onWaarde={(naam) => setMaatregel({ ...maatregel, naam })} />
                      <Tekstveld id="maatregel-indicator" label="Prestatie-indicator" beschrijving="Meetbaar, bv. '4 integrale controles'." waarde={maatregel.prestatieIndicator} onWaarde={(v) => setMaatregel({ ...maatregel, prestatieIndicator: v })} />
                      <Tekstveld id="maatregel-bestuurlijk" label="Bestuurlijk trekker" waarde={maatregel.bestuurlijkTrekker} onWaarde={(v) => setMaatregel({ ...maatregel, bestuurlijkTrekker: v })} />
                      <Tekstveld id="maatregel-ambtelijk" label="Ambtelijk trekker" waarde={maatregel.ambtelijkTrekker} onWaarde={(v) => setMaatregel({ ...maatregel, ambtelijkTrekker: v })} />
                      <Tekstveld id="maatregel-partners" label="Partners" waarde={maatregel.partners} onWaarde={(v) => setMaatregel({ ...maatregel, partners: v })} />
                      <h4 className="utrecht-heading-4 kp-koppelingen__kop">Waarom deze maatregel</h4>
                      <MaatregelKoppelingen
                        key={`koppelingen-${bewerkId ?? 'nieuw'}-${doelActiepunt}`}
                        basis={basis}
                        prioriteit={prios.find((p) => p.id === plan.actiepunten.find((a) => a.id === doelActiepunt)?.prioriteitId) ?? null}
                        themaId={plan.actiepunten.find((a) => a.id === doelActiepunt)?.themaId ?? null}
                        leesIndicatoren={mag(lid, 'dashboard.lezen')}
                        leesAnalyse={mag(lid, 'secties.lezen')}
                        waarde={maatregel}
                        onWaarde={(k) => setMaatregel({ ...maatregel, ...k })}
                      />
                      {magVertrouwelijkInstellen(lid) ? (
                        <>
                          <div className="kp-check kp-check--met-uitleg">
                            <input
                              id="maatregel-vertrouwelijk"
                              type="checkbox"
                              checked={maatregel.vertrouwelijk === true}
                              aria-describedby="maatregel-vertrouwelijk-uitleg"
                              onChange={(e) => setMaatregel({ ...maatregel, vertrouwelijk: e.target.checked })}
                            />
                            <label htmlFor="maatregel-vertrouwelijk">Vertrouwelijk</label>
                          </div>
                          <p className="utrecht-form-field-description kp-field__uitleg" id="maatregel-vertrouwelijk-uitleg">
                            Alleen leden met toegang vertrouwelijk zien deze maatregel; voor anderen bestaat hij niet, ook niet in documenten, het dashboard of meldingen. De
                            eigenaar moet toegang hebben.
                          </p>
                        </>
                      ) : null}
                      <EigenaarKeuze
                        id="maatregel-eigenaar"
                        eigenaren={eigenaren}
                        waarde={maatregel.eigenaarId ?? null}
                        onWaarde={(eigenaarId) => setMaatregel({ ...maatregel, eigenaarId })}
                        beschrijving="Werkt de status en de output bij en krijgt een herinnering vóór elk voortgangsoverleg."
                      />
                      {(['startKwartaal', 'eindKwartaal'] as const).map((veld) => (
                        <div className="utrecht-form-field kp-field" key={veld}>
                          <label className="utrecht-form-label" htmlFor={`maatregel-${veld}`}>
                            {veld === 'startKwartaal' ? 'Startkwartaal' : 'Eindkwartaal'}
                          </label>
                          <select
                            id={`maatregel-${veld}`}
                            className="utrecht-select"
                            value={maatregel[veld] ?? ''}
                            onChange={(e) => setMaatregel({ ...maatregel, [veld]: e.target.value || null })}
                          >
                            <option value="">Nog niet gepland</option>
                            {[...new Set([...(maatregel[veld] && !maatregel[veld].startsWith(`${jaar}-`) ? [maatregel[veld]] : []), ...[1, 2, 3, 4].map((k) => `${jaar}-K${k}`)])].map((k) => (
                              <option key={k} value={k}>
                                {k.replace('-K', ' kwartaal ')}
                              </option>
                            ))}
                          </select>
                        </div>
                      ))}
                      <GeplandeOutput
                        key={`${bewerkId ?? 'nieuw'}-${plan.actiepunten.reduce((n, a) => n + a.maatregelen.length, 0)}`}
                        jaar={jaar}
                        prestaties={maatregel.prestaties ?? []}
                        onPrestaties={(prestaties, geldig) => {
                          setMaatregel({ ...maatregel, prestaties });
                          setOutputGeldig(geldig);
                        }}
                      />
                      <Tekstveld
                        id="maatregel-budget"
                        label="Budget in euro's"
                        beschrijving="Leeg laten als de maatregel binnen bestaande budgetten valt."
                        inputMode="numeric"
                        waarde={maatregel.budget === null ? '' : String(maatregel.budget)}
                        onWaarde={(v) => setMaatregel({ ...maatregel, budget: v.trim() === '' || Number.isNaN(Number(v)) ? null : Number(v) })}
                      />
                      <div className="kp-actions">
                        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                          {bewerkId ? 'Maatregel bijwerken' : 'Maatregel toevoegen'}
                        </button>
                        {bewerkId ? (
                          <button
                            type="button"
                            className="utrecht-button utrecht-button--subtle"
                            onClick={() => {
                              setBewerkId(null);
                              setMaatregel(nieuweMaatregel());
                              setOutputGeldig(true);
                            }}
                          >
                            Bewerken annuleren
                          </button>
                        ) : null}
                      </div>
                    </form>
                  ) : null}
                </>
              ) : null}
              <section className="kp-section" aria-labelledby="up-5">
                <h2 className="utrecht-heading-2" id="up-5">
                  5 Begroting
                </h2>
                {samen('begroting', 'Begroting', <Tekstvak id="up-begroting" label="Begroting" kort waarde={plan.begroting} onWaarde={(w) => deel.wijzig((o) => ({ ...o, begroting: w }))} alleenLezen={!magBewerken} />)}
              </section>
              <Meldingregel melding={deel.melding} />
              {magBewerken ? (
                <div className="kp-actions">
                  <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={deel.bezig || (!deel.gewijzigd && data.versie > 0)} onClick={() => void deel.opslaan({ ...plan, jaar })}>
                    Uitvoeringsplan {jaar} opslaan
                  </button>
                  {data.versie > 0 && jaar < laatste ? (
                    <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void maakVervolgplan()}>
                      Vervolgplan {jaar + 1} maken
                    </button>
                  ) : null}
                  <Link className="kp-button-link kp-button-link--secondary" to={`${basis}/documenten/uitvoeringsplan?jaar=${jaar}`}>
                    Document bekijken
                  </Link>
                </div>
              ) : null}
            </>
          )
        }
      </Laden>
    </>
  );
}
