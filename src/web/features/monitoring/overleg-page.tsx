/**
 * Step 6, the progress meeting: the schedule and how measurements are judged, the agenda Kernplan
 * puts together for a meeting (indicators behind, late measures, open actions), the minutes of each
 * meeting (notes, decisions, actions), who still has to update, and sending the reminders now.
 */
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { beoordelingen } from '../../../domain/monitoring/typen.ts';
import { type AgendaPunt, type BijTeHouden, type Monitoring, type Overleg, overlegSchema, volgendOverleg } from '../../../domain/monitoring/voortgang.ts';
import { mag } from '../../../domain/toegang/rollen.ts';
import { datum } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { type Laadtoestand, useBron } from '../../shared/use-api.ts';
import { CyclusNavigatie, plekPad, Tekstvak, useDeel, VerouderdMelding } from '../../shared/cyclus-deel.tsx';
import { Foutsamenvatting, Meldingregel, type Melding, Tabelkader, Tekstveld, type Veldmelding } from '../../shared/formulier.tsx';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { beoordelingUitleg, SturingNavigatie } from './indicator-formulieren.tsx';
import { meldingenGewijzigd } from './meldingen-page.tsx';

interface Agenda {
  datum: string;
  punten: AgendaPunt[];
  tekst: string;
}

interface Bijwerkstand {
  sinds: string;
  volgendOverleg: string | null;
  eigenaren: { eigenaarId: string; naam: string; achterstallig: BijTeHouden[]; bijgewerkt: number }[];
}

interface Sweepresultaat {
  herinneringen: number;
  signalen: number;
  gemaild: number;
  overleggen: { werkruimteId: string; datum: string }[];
}

const intervallen: [number, string][] = [
  [1, 'Elke maand'],
  [2, 'Elke twee maanden'],
  [3, 'Elk kwartaal (elke drie maanden)'],
  [4, 'Elke vier maanden'],
  [6, 'Elk halfjaar'],
  [12, 'Eens per jaar'],
];

const soortNamen: Record<AgendaPunt['soort'], string> = { 'indicator-achter': 'Indicator achter', 'maatregel-te-laat': 'Maatregel te laat', 'open-actie': 'Open actie' };

/** Today as 2027-03-15 in the user's time zone. */
const vandaag = () => new Date().toLocaleDateString('sv-SE');

const leegOverleg = (d: string, agenda = ''): Overleg => ({ datum: d, agenda, notulen: '', besluiten: [], acties: [] });

export function OverlegPage() {
  const { werkruimte, lid } = useWerkruimte();
  usePaginatitel(`Voortgangsoverleg – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const deel = useDeel<Monitoring>(`${basis}/voortgangsoverleg`);
  const magBeheren = mag(lid, 'overleg.beheren');
  const magHerinneren = mag(lid, 'proces.beheren');
  const m = deel.huidig?.inhoud;
  const [gekozen, setGekozen] = useState<string | null>(null);
  const [anderOpgeslagen, setAnderOpgeslagen] = useState(false);
  const [open, setOpen] = useState<Set<number> | null>(null);
  const [fouten, setFouten] = useState<Veldmelding[]>([]);

  const dag = vandaag();
  const volgend = m ? volgendOverleg(m, dag) : null;
  const schema = m ? overlegSchema(m, '2199-12-31') : [];
  const keuzes = [...schema.filter((d) => d < dag).slice(-2), ...schema.filter((d) => d >= dag).slice(0, 4)];
  const agendaDatum = gekozen ?? volgend ?? dag;
  const agenda = useBron<Agenda>(m ? `${basis}/voortgangsoverleg/agenda?datum=${agendaDatum}` : null);
  const stand = useBron<Bijwerkstand>(magBeheren ? `${basis}/voortgangsoverleg/bijwerkstand` : null);

  useLiveBericht((b) => {
    if (b.type === 'opnieuw-verbonden') {
      void agenda.vernieuw();
      if (magBeheren) void stand.vernieuw();
      if (!deel.gewijzigd) void deel.bron.vernieuw();
      return;
    }
    if (b.type !== 'werkruimte') return;
    if (b.id === 'monitoring' && (b.versie ?? 0) > (deel.huidig?.versie ?? 0)) {
      if (deel.gewijzigd) setAnderOpgeslagen(true);
      else void deel.bron.vernieuw();
    }
    if (b.id === 'monitoring' || b.id === 'indicatoren' || b.id?.startsWith('uitvoeringsplan-')) {
      void agenda.vernieuw();
      if (magBeheren) void stand.vernieuw();
    }
  });

  // By default the newest minutes are open.
  const isOpen = (i: number) => (open ? open.has(i) : m ? i === m.overleggen.length - 1 : false);
  const zetOpen = (i: number, waarde: boolean) =>
    setOpen((oud) => {
      const s = new Set(oud ?? (m && m.overleggen.length ? [m.overleggen.length - 1] : []));
      if (waarde) s.add(i);
      else s.delete(i);
      return s;
    });

  const wijzigOverleg = (i: number, f: (o: Overleg) => Overleg) => deel.wijzig((oud) => ({ ...oud, overleggen: oud.overleggen.map((o, j) => (j === i ? f(o) : o)) }));

  /** The control of an API field name ('overleggen.0.acties.1.wat'). */
  const idVan = (naam: string): string | null => {
    const d = naam.split('.');
    if (d[0] === 'eersteOverleg') return 'ov-eerste';
    if (d[0] === 'intervalMaanden') return 'ov-interval';
    if (d[0] === 'beoordeling') return 'ov-beoordeling-pad';
    if (d[0] !== 'overleggen' || d[1] === undefined) return null;
    if (d[2] === 'besluiten' && d[3] !== undefined) return `ov-${d[1]}-besluit-${d[3]}`;
    if (d[2] === 'acties' && d[3] !== undefined) return `ov-${d[1]}-actie-${d[3]}-${d[4] ?? 'wat'}`;
    return d[2] ? `ov-${d[1]}-${d[2]}` : null;
  };
  const serverFouten: Veldmelding[] = Object.entries(deel.fouten).flatMap(([naam, melding]) => {
    const id = idVan(naam);
    return id ? [{ id, veld: naam, melding }] : [];
  });
  const alleFouten = fouten.length ? fouten : serverFouten;
  const fout = (id: string) => alleFouten.find((f) => f.id === id)?.melding;

  const opslaan = async () => {
    if (!m) return;
    const lijst: Veldmelding[] = [];
    m.overleggen.forEach((o, i) => {
      const wanneer = o.datum ? datum(o.datum) : `verslag ${i + 1}`;
      if (!o.datum) lijst.push({ id: `ov-${i}-datum`, veld: `Datum (${wanneer})`, melding: 'Vul de datum van het overleg in.' });
      o.besluiten.forEach((b, j) => {
        if (!b.trim()) lijst.push({ id: `ov-${i}-besluit-${j}`, veld: `Besluit ${j + 1} (${wanneer})`, melding: 'Vul het besluit in of verwijder het.' });
      });
      o.acties.forEach((a, j) => {
        if (!a.wat.trim()) lijst.push({ id: `ov-${i}-actie-${j}-wat`, veld: `Actie ${j + 1} (${wanneer})`, melding: 'Beschrijf de actie of verwijder haar.' });
      });
    });
    setFouten(lijst);
    if (lijst.length) {
      for (const f of lijst) {
        const i = Number(/^ov-(\d+)-/.exec(f.id)?.[1]);
        if (!Number.isNaN(i)) zetOpen(i, true);
      }
      window.requestAnimationFrame(() => document.getElementById('ov-fouten')?.focus());
      return;
    }
    const r = await deel.opslaan();
    if (r) {
      setAnderOpgeslagen(false);
      void agenda.vernieuw();
      if (magBeheren) void stand.vernieuw();
    } else {
      window.requestAnimationFrame(() => document.getElementById('ov-fouten')?.focus());
    }
  };

  const nieuwVerslag = (a: Agenda) => {
    if (!m) return;
    const i = m.overleggen.length;
    deel.wijzig((oud) => ({ ...oud, overleggen: [...oud.overleggen, leegOverleg(a.datum, a.tekst)] }));
    zetOpen(i, true);
    deel.setMelding({ soort: 'info', tekst: `Er is een verslag van ${datum(a.datum)} gemaakt met deze agenda. Vul de notulen, besluiten en acties in en sla het voortgangsoverleg op.` });
    window.requestAnimationFrame(() => document.getElementById(`ov-${i}-notulen`)?.focus());
  };

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Voortgangsoverleg' }]} />
      <h1 className="utrecht-heading-1">Stap 6: voortgangsoverleg</h1>
      <CyclusNavigatie huidig="voortgangsoverleg" />
      <SturingNavigatie huidig="voortgangsoverleg" />
      <p className="utrecht-paragraph kp-lead">
        In het voortgangsoverleg bespreekt u wat achterloopt en spreekt u af wie wat doet. Kernplan zet de agenda klaar en herinnert de eigenaren eraan om vóór het overleg bij te werken.
      </p>
      <LiveStatus />
      <Laden toestand={deel.bron.toestand}>
        {() =>
          !m ? null : (
            <>
              <VerouderdMelding zichtbaar={deel.verouderd || anderOpgeslagen} onLaad={() => void deel.laadNieuweStand().then(() => setAnderOpgeslagen(false))} />
              <div id="ov-fouten" tabIndex={-1} className="kp-sb-samenvatting">
                <Foutsamenvatting fouten={alleFouten} />
              </div>

              <section className="kp-section" aria-labelledby="schema-kop">
                <h2 className="utrecht-heading-2" id="schema-kop">
                  Schema en beoordeling
                </h2>
                {magBeheren ? (
                  <div className="kp-sb-velden">
                    <div className={`utrecht-form-field kp-field${fout('ov-eerste') ? ' utrecht-form-field--invalid' : ''}`}>
                      <label className="utrecht-form-label" htmlFor="ov-eerste">
                        Datum van het eerste overleg
                      </label>
                      {fout('ov-eerste') ? (
                        <p className="kp-field__fout" id="ov-eerste-fout">
                          {fout('ov-eerste')}
                        </p>
                      ) : null}
                      <input
                        id="ov-eerste"
                        type="date"
                        className="utrecht-textbox utrecht-textbox--html-input kp-sb-datum"
                        value={m.eersteOverleg ?? ''}
                        aria-describedby={fout('ov-eerste') ? 'ov-eerste-fout' : undefined}
                        onChange={(e) => deel.wijzig((o) => ({ ...o, eersteOverleg: e.target.value || null }))}
                      />
                    </div>
                    <div className="utrecht-form-field kp-field">
                      <label className="utrecht-form-label" htmlFor="ov-interval">
                        Hoe vaak
                      </label>
                      <select id="ov-interval" className="utrecht-select utrecht-select--html-select" value={m.intervalMaanden} onChange={(e) => deel.wijzig((o) => ({ ...o, intervalMaanden: Number(e.target.value) }))}>
                        {(intervallen.some(([n]) => n === m.intervalMaanden) ? intervallen : [...intervallen, [m.intervalMaanden, `Elke ${m.intervalMaanden} maanden`] as [number, string]]).map(([n, t]) => (
                          <option key={n} value={n}>
                            {t}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                ) : (
                  <p className="utrecht-paragraph">
                    {m.eersteOverleg ? `Het eerste overleg ${m.eersteOverleg < dag ? 'was' : 'is'} op ${datum(m.eersteOverleg)}; daarna ${(intervallen.find(([n]) => n === m.intervalMaanden)?.[1] ?? `elke ${m.intervalMaanden} maanden`).toLowerCase()}.` : 'Er is nog geen schema vastgelegd.'}
                  </p>
                )}
                <h3 className="utrecht-heading-3">Komende overleggen</h3>
                {schema.length === 0 ? (
                  <p className="utrecht-paragraph">Nog geen schema. {magBeheren ? 'Vul de datum van het eerste overleg in en sla op.' : ''}</p>
                ) : (
                  <ul className="kp-sb-datums">
                    {schema
                      .filter((d) => d >= dag)
                      .slice(0, 4)
                      .map((d) => (
                        <li key={d}>
                          {datum(d)}
                          {d === volgend ? <strong> (volgende)</strong> : null}
                          {m.overleggen.some((o) => o.datum === d) ? <span className="kp-muted">, er is een verslag</span> : null}
                        </li>
                      ))}
                  </ul>
                )}
                {magBeheren ? (
                  <fieldset className="kp-fieldset">
                    <legend className="utrecht-form-label">Hoe beoordelen we de metingen?</legend>
                    {beoordelingen.map((b) => (
                      <div key={b} className="kp-sb-keuzeuitleg">
                        <div className="kp-check kp-check--met-uitleg">
                          <input type="radio" id={`ov-beoordeling-${b}`} name="ov-beoordeling" checked={m.beoordeling === b} aria-describedby={`ov-beoordeling-${b}-uitleg`} onChange={() => deel.wijzig((o) => ({ ...o, beoordeling: b }))} />
                          <label htmlFor={`ov-beoordeling-${b}`}>{beoordelingUitleg[b].naam}</label>
                        </div>
                        <p className="kp-field__uitleg kp-sb-inspringen" id={`ov-beoordeling-${b}-uitleg`}>
                          {beoordelingUitleg[b].uitleg}
                        </p>
                      </div>
                    ))}
                  </fieldset>
                ) : (
                  <p className="utrecht-paragraph">
                    <strong>Beoordeling: {beoordelingUitleg[m.beoordeling].naam.toLowerCase()}.</strong> {beoordelingUitleg[m.beoordeling].uitleg}
                  </p>
                )}
              </section>

              <section className="kp-section" aria-labelledby="agenda-kop">
                <h2 className="utrecht-heading-2" id="agenda-kop">
                  Agenda
                </h2>
                <p className="utrecht-paragraph">Kernplan stelt de agenda samen uit de indicatoren die achterlopen, de maatregelen die te laat zijn en de open acties van het vorige overleg.</p>
                <div className="utrecht-form-field kp-field">
                  <label className="utrecht-form-label" htmlFor="ov-agendadatum">
                    Agenda voor het overleg van
                  </label>
                  {keuzes.length ? (
                    <select id="ov-agendadatum" className="utrecht-select utrecht-select--html-select kp-select-smal" value={agendaDatum} onChange={(e) => setGekozen(e.target.value)}>
                      {(keuzes.includes(agendaDatum) ? keuzes : [...keuzes, agendaDatum].sort()).map((d) => (
                        <option key={d} value={d}>
                          {datum(d)}
                          {d === volgend ? ' (volgende)' : ''}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input id="ov-agendadatum" type="date" className="utrecht-textbox utrecht-textbox--html-input kp-sb-datum" value={agendaDatum} onChange={(e) => e.target.value && setGekozen(e.target.value)} />
                  )}
                </div>
                <Laden toestand={agenda.toestand}>
                  {(a) => {
                    const bestaand = m.overleggen.findIndex((o) => o.datum === a.datum);
                    return (
                      <div className="kp-card kp-sb-agenda">
                        <h3 className="utrecht-heading-3">Agenda {datum(a.datum)}</h3>
                        {a.punten.length === 0 ? (
                          <p className="utrecht-paragraph">Geen indicatoren die achterlopen, geen maatregelen te laat en geen open acties: een korte stand van zaken per prioriteit volstaat.</p>
                        ) : (
                          <ul className="kp-sb-agendapunten">
                            {a.punten.map((p, i) => (
                              <li key={i}>
                                <span className={`kp-sb-soort kp-sb-soort--${p.soort}`}>{soortNamen[p.soort]}</span> {p.tekst}{' '}
                                {p.plek === 'voortgangsoverleg' ? null : (
                                  <Link className="utrecht-link" to={plekPad(basis, p.plek)}>
                                    Bekijken<span className="kp-visually-hidden">: {p.tekst}</span>
                                  </Link>
                                )}
                              </li>
                            ))}
                          </ul>
                        )}
                        <details className="kp-details">
                          <summary>De agenda als tekst</summary>
                          <p className="utrecht-paragraph kp-voorgevormd kp-sb-agendatekst">{a.tekst}</p>
                        </details>
                        {magBeheren ? (
                          bestaand >= 0 ? (
                            <p className="utrecht-paragraph">
                              Er is al een verslag van {datum(a.datum)}.{' '}
                              <button
                                type="button"
                                className="utrecht-button utrecht-button--secondary-action kp-button-klein"
                                onClick={() => {
                                  zetOpen(bestaand, true);
                                  window.requestAnimationFrame(() => document.getElementById(`ov-${bestaand}-notulen`)?.focus());
                                }}
                              >
                                Naar het verslag van {datum(a.datum)}
                              </button>
                            </p>
                          ) : (
                            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => nieuwVerslag(a)}>
                              Nieuw verslag met deze agenda
                            </button>
                          )
                        ) : null}
                      </div>
                    );
                  }}
                </Laden>
              </section>

              <section className="kp-section" aria-labelledby="verslagen-kop" id="verslagen">
                <h2 className="utrecht-heading-2" id="verslagen-kop">
                  Verslagen
                </h2>
                {m.overleggen.length === 0 ? <p className="utrecht-paragraph">Nog geen verslagen.</p> : null}
                {m.overleggen
                  .map((o, i) => ({ o, i }))
                  .reverse()
                  .map(({ o, i }) => (
                    <Verslag
                      key={i}
                      i={i}
                      overleg={o}
                      open={isOpen(i)}
                      onOpen={(w) => zetOpen(i, w)}
                      magBeheren={magBeheren}
                      fout={fout}
                      onWisFout={(id) => setFouten((oud) => oud.filter((f) => f.id !== id))}
                      onWijzig={(f) => wijzigOverleg(i, f)}
                      onVerwijder={() => {
                        if (!window.confirm(`Weet u zeker dat u het verslag van ${o.datum ? datum(o.datum) : 'dit overleg'} wilt verwijderen? Dat wordt definitief bij opslaan.`)) return;
                        deel.wijzig((oud) => ({ ...oud, overleggen: oud.overleggen.filter((_, j) => j !== i) }));
                        setOpen(null);
                        setFouten([]);
                      }}
                    />
                  ))}
              </section>

              <Meldingregel melding={deel.melding} />
              {magBeheren ? (
                <div className={`kp-actions${deel.gewijzigd ? ' kp-actions--plakkend' : ''}`}>
                  <button type="button" className="utrecht-button utrecht-button--primary-action" disabled={deel.bezig || !deel.gewijzigd} onClick={() => void opslaan()}>
                    Voortgangsoverleg opslaan
                  </button>
                  {deel.gewijzigd ? <span className="kp-muted kp-sb-nietopgeslagen">Er zijn wijzigingen die nog niet zijn opgeslagen.</span> : null}
                </div>
              ) : null}

              {magBeheren ? <Bijwerkstandsectie basis={basis} stand={stand.toestand} magHerinneren={magHerinneren} volgend={volgend} /> : null}
            </>
          )
        }
      </Laden>
    </>
  );
}

interface VerslagProps {
  i: number;
  overleg: Overleg;
  open: boolean;
  onOpen: (open: boolean) => void;
  magBeheren: boolean;
  fout: (id: string) => string | undefined;
  /** A field that was wrong has been filled in. */
  onWisFout: (id: string) => void;
  onWijzig: (f: (o: Overleg) => Overleg) => void;
  onVerwijder: () => void;
}

/** The minutes of one meeting: date, agenda, notes, decisions and actions. */
function Verslag({ i, overleg: o, open, onOpen, magBeheren, fout, onWisFout, onWijzig, onVerwijder }: VerslagProps) {
  const p = `ov-${i}`;
  const openActies = o.acties.filter((a) => !a.gereed).length;
  const samenvatting = `${o.besluiten.length} ${o.besluiten.length === 1 ? 'besluit' : 'besluiten'}, ${o.acties.length} ${o.acties.length === 1 ? 'actie' : 'acties'}${o.acties.length ? ` (${openActies} open)` : ''}`;
  const focusNa = (id: string) => window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  return (
    <details className="kp-card kp-sb-verslag" open={open} onToggle={(e) => onOpen((e.currentTarget as HTMLDetailsElement).open)} id={`verslag-${o.datum || i}`}>
      <summary>
        <h3 className="utrecht-heading-3 kp-sb-verslagkop">Verslag van {o.datum ? datum(o.datum) : 'een nieuw overleg'}</h3>
        <span className="kp-klein kp-muted"> {samenvatting}</span>
      </summary>
      {magBeheren ? (
        <>
          <div className={`utrecht-form-field kp-field${fout(`${p}-datum`) ? ' utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label" htmlFor={`${p}-datum`}>
              Datum van het overleg
            </label>
            {fout(`${p}-datum`) ? (
              <p className="kp-field__fout" id={`${p}-datum-fout`}>
                {fout(`${p}-datum`)}
              </p>
            ) : null}
            <input
              id={`${p}-datum`}
              type="date"
              className="utrecht-textbox utrecht-textbox--html-input kp-sb-datum"
              value={o.datum}
              aria-invalid={fout(`${p}-datum`) ? true : undefined}
              aria-describedby={fout(`${p}-datum`) ? `${p}-datum-fout` : undefined}
              onChange={(e) => {
                onWijzig((x) => ({ ...x, datum: e.target.value }));
                if (e.target.value) onWisFout(`${p}-datum`);
              }}
            />
          </div>
          <Tekstvak id={`${p}-agenda`} label="Agenda" waarde={o.agenda} onWaarde={(agenda) => onWijzig((x) => ({ ...x, agenda }))} fout={fout(`${p}-agenda`)} />
          <Tekstvak id={`${p}-notulen`} label="Notulen" uitleg="Wie waren er, wat is besproken?" waarde={o.notulen} onWaarde={(notulen) => onWijzig((x) => ({ ...x, notulen }))} fout={fout(`${p}-notulen`)} />
          <fieldset className="kp-fieldset">
            <legend className="utrecht-form-label">Besluiten</legend>
            {o.besluiten.length === 0 ? <p className="utrecht-paragraph kp-muted">Nog geen besluiten.</p> : null}
            <ol className="kp-sb-lijst">
              {o.besluiten.map((b, j) => (
                <li key={j} className="kp-sb-rij">
                  <Tekstveld
                    id={`${p}-besluit-${j}`}
                    label={`Besluit ${j + 1}`}
                    waarde={b}
                    onWaarde={(w) => {
                      onWijzig((x) => ({ ...x, besluiten: x.besluiten.map((y, k) => (k === j ? w : y)) }));
                      if (w.trim()) onWisFout(`${p}-besluit-${j}`);
                    }}
                    fout={fout(`${p}-besluit-${j}`)}
                  />
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle kp-button-klein kp-sb-rijknop"
                    onClick={() => {
                      onWijzig((x) => ({ ...x, besluiten: x.besluiten.filter((_, k) => k !== j) }));
                      focusNa(`${p}-besluit-toevoegen`);
                    }}
                  >
                    Besluit {j + 1} verwijderen
                  </button>
                </li>
              ))}
            </ol>
            <button
              type="button"
              id={`${p}-besluit-toevoegen`}
              className="utrecht-button utrecht-button--secondary-action kp-button-klein"
              onClick={() => {
                onWijzig((x) => ({ ...x, besluiten: [...x.besluiten, ''] }));
                focusNa(`${p}-besluit-${o.besluiten.length}`);
              }}
            >
              Besluit toevoegen
            </button>
          </fieldset>
          <fieldset className="kp-fieldset">
            <legend className="utrecht-form-label">Acties</legend>
            {o.acties.length === 0 ? <p className="utrecht-paragraph kp-muted">Nog geen acties.</p> : null}
            <ol className="kp-sb-lijst">
              {o.acties.map((a, j) => {
                const zet = (deel: Partial<Overleg['acties'][number]>) => onWijzig((x) => ({ ...x, acties: x.acties.map((y, k) => (k === j ? { ...y, ...deel } : y)) }));
                const q = `${p}-actie-${j}`;
                return (
                  <li key={j} className="kp-sb-actie">
                    <fieldset className="kp-fieldset">
                      <legend className="kp-sb-actielegenda">Actie {j + 1}</legend>
                      <div className="kp-sb-actievelden">
                        <Tekstveld
                          id={`${q}-wat`}
                          label="Wat"
                          waarde={a.wat}
                          onWaarde={(wat) => {
                            zet({ wat });
                            if (wat.trim()) onWisFout(`${q}-wat`);
                          }}
                          fout={fout(`${q}-wat`)}
                        />
                        <Tekstveld id={`${q}-wie`} label="Wie" waarde={a.wie} onWaarde={(wie) => zet({ wie })} fout={fout(`${q}-wie`)} />
                        <div className="utrecht-form-field kp-field">
                          <label className="utrecht-form-label" htmlFor={`${q}-deadline`}>
                            Deadline
                          </label>
                          <input id={`${q}-deadline`} type="date" className="utrecht-textbox utrecht-textbox--html-input kp-sb-datum" value={a.deadline ?? ''} onChange={(e) => zet({ deadline: e.target.value || null })} />
                        </div>
                        <div className="kp-check kp-sb-gereed">
                          <input type="checkbox" id={`${q}-gereed`} checked={a.gereed} onChange={(e) => zet({ gereed: e.target.checked })} />
                          <label htmlFor={`${q}-gereed`}>
                            Gereed<span className="kp-visually-hidden"> (actie {j + 1})</span>
                          </label>
                        </div>
                      </div>
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--subtle kp-button-klein"
                        onClick={() => {
                          onWijzig((x) => ({ ...x, acties: x.acties.filter((_, k) => k !== j) }));
                          focusNa(`${p}-actie-toevoegen`);
                        }}
                      >
                        Actie {j + 1} verwijderen
                      </button>
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              id={`${p}-actie-toevoegen`}
              className="utrecht-button utrecht-button--secondary-action kp-button-klein"
              onClick={() => {
                onWijzig((x) => ({ ...x, acties: [...x.acties, { wat: '', wie: '', deadline: null, gereed: false }] }));
                focusNa(`${p}-actie-${o.acties.length}-wat`);
              }}
            >
              Actie toevoegen
            </button>
          </fieldset>
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onVerwijder}>
            Verslag van {o.datum ? datum(o.datum) : 'dit overleg'} verwijderen
          </button>
        </>
      ) : (
        <AlleenLezen overleg={o} />
      )}
    </details>
  );
}

function Blok({ kop, children }: { kop: string; children: ReactNode }) {
  return (
    <>
      <h4 className="utrecht-heading-4 kp-sb-subkop">{kop}</h4>
      {children}
    </>
  );
}

function AlleenLezen({ overleg: o }: { overleg: Overleg }) {
  return (
    <>
      <Blok kop="Agenda">{o.agenda ? <p className="utrecht-paragraph kp-voorgevormd">{o.agenda}</p> : <p className="utrecht-paragraph kp-muted">Geen agenda.</p>}</Blok>
      <Blok kop="Notulen">{o.notulen ? <p className="utrecht-paragraph kp-voorgevormd">{o.notulen}</p> : <p className="utrecht-paragraph kp-muted">Nog geen notulen.</p>}</Blok>
      <Blok kop="Besluiten">
        {o.besluiten.length ? (
          <ol className="kp-sb-leeslijst">
            {o.besluiten.map((b, j) => (
              <li key={j}>{b}</li>
            ))}
          </ol>
        ) : (
          <p className="utrecht-paragraph kp-muted">Geen besluiten.</p>
        )}
      </Blok>
      <Blok kop="Acties">
        {o.acties.length ? (
          <Tabelkader label={`Acties van het overleg van ${o.datum}`}>
            <table className="kp-table">
              <caption className="kp-visually-hidden">Acties van het overleg van {o.datum}</caption>
              <thead>
                <tr>
                  <th scope="col">Wat</th>
                  <th scope="col">Wie</th>
                  <th scope="col">Deadline</th>
                  <th scope="col">Gereed</th>
                </tr>
              </thead>
              <tbody>
                {o.acties.map((a, j) => (
                  <tr key={j}>
                    <td>{a.wat}</td>
                    <td>{a.wie || '—'}</td>
                    <td>{a.deadline ? datum(a.deadline) : '—'}</td>
                    <td>{a.gereed ? 'Ja' : 'Nee'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabelkader>
        ) : (
          <p className="utrecht-paragraph kp-muted">Geen acties.</p>
        )}
      </Blok>
    </>
  );
}

interface BijwerkstandsectieProps {
  basis: string;
  stand: Laadtoestand<Bijwerkstand>;
  magHerinneren: boolean;
  volgend: string | null;
}

/** Who has not updated since the previous meeting, with links; the coordinator can send reminders now. */
function Bijwerkstandsectie({ basis, stand, magHerinneren, volgend }: BijwerkstandsectieProps) {
  const schrijf = useSchrijf();
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);

  const herinner = async () => {
    setBezig(true);
    setMelding(null);
    const r = await schrijf<Sweepresultaat>('POST', `${basis}/voortgangsoverleg/herinneringen`);
    setBezig(false);
    if (!r.ok) return setMelding({ soort: 'fout', tekst: r.probleem.detail });
    meldingenGewijzigd();
    const { herinneringen, signalen, gemaild, overleggen } = r.data;
    const voor = overleggen[0] ? ` voor het overleg van ${datum(overleggen[0].datum)}` : '';
    const delen = [
      herinneringen === 1 ? '1 herinnering aan een eigenaar' : `${herinneringen} herinneringen aan eigenaren`,
      signalen === 1 ? '1 signaal over een maatregel die te laat is' : `${signalen} signalen over maatregelen die te laat zijn`,
    ];
    setMelding({
      soort: 'ok',
      tekst:
        herinneringen + signalen === 0
          ? `Er was niets nieuws te versturen${voor}: wie nog moet bijwerken, heeft voor dit overleg al een herinnering gekregen.`
          : `Verstuurd${voor}: ${delen.join(' en ')}. ${gemaild === 0 ? 'Ze staan onder Meldingen in Kernplan; er ging geen e-mail uit.' : `${gemaild} daarvan ${gemaild === 1 ? 'ging' : 'gingen'} ook per e-mail.`}`,
    });
  };

  return (
    <section className="kp-section" aria-labelledby="bijwerken-kop">
      <h2 className="utrecht-heading-2" id="bijwerken-kop">
        Wie moet nog bijwerken
      </h2>
      <Laden toestand={stand}>
        {(s) => (
          <>
            <p className="utrecht-paragraph">
              Wat sinds {datum(s.sinds)} niet is bijgewerkt{s.volgendOverleg ? `, vóór het overleg van ${datum(s.volgendOverleg)}` : ''}. Eigenaren werken bij via{' '}
              <Link className="utrecht-link" to={`${basis}/mijn-voortgang`}>
                Mijn voortgang
              </Link>
              .
            </p>
            {s.eigenaren.length === 0 ? (
              <p className="utrecht-paragraph">Er zijn nog geen maatregelen of indicatoren om bij te houden.</p>
            ) : (
              <Tabelkader label="Wie moet nog bijwerken">
                <table className="kp-table kp-sb-bijwerkstand">
                  <caption className="kp-visually-hidden">Per eigenaar wat sinds {datum(s.sinds)} niet is bijgewerkt</caption>
                  <thead>
                    <tr>
                      <th scope="col">Eigenaar</th>
                      <th scope="col">Nog niet bijgewerkt</th>
                      <th scope="col">Bijgewerkt</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.eigenaren.map((e) => (
                      <tr key={e.eigenaarId || 'geen'}>
                        <th scope="row">{e.eigenaarId ? e.naam : 'Geen eigenaar (wijs er een aan)'}</th>
                        <td>
                          {e.achterstallig.length === 0 ? (
                            <span className="kp-sb-klaar">Alles bijgewerkt</span>
                          ) : (
                            <ul className="kp-sb-leeslijst">
                              {e.achterstallig.map((x) => (
                                <li key={`${x.soort}-${x.id}`}>
                                  {x.soort === 'maatregel' ? 'Maatregel' : 'Indicator'}:{' '}
                                  <Link className="utrecht-link" to={plekPad(basis, x.plek)}>
                                    {x.naam}
                                  </Link>
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td>{e.bijgewerkt}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Tabelkader>
            )}
          </>
        )}
      </Laden>
      {magHerinneren ? (
        <>
          <p className="utrecht-paragraph kp-klein">
            Kernplan stuurt de herinneringen vanzelf een week vóór elk overleg. Met de knop gaan ze nu meteen{volgend ? ` (voor het overleg van ${datum(volgend)})` : ''}; wie er al een kreeg, krijgt geen tweede.
          </p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={() => void herinner()}>
            Herinneringen nu versturen
          </button>
        </>
      ) : null}
      <Meldingregel melding={melding} />
    </section>
  );
}
