/**
 * Step 3 with the council (issue 15): the prioritisation rounds of a workspace and, for the
 * coordinator, the form to open one. A round asks a group (council members, College, Driehoek,
 * werkgroep) to rank the candidate themes of the analysis, each on his own device; the round page
 * (ronde-page.tsx) shows the proposal, the ranking and the live result.
 * The types of the API answers (docs: /work/notes/ronde-contract.md) are here, shared by the pages.
 */
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { mag } from '../../../domain/toegang/rollen.ts';
import { themas, vindThema } from '../../../domain/kennisbank/kennisbank.ts';
import type { Prioriteit } from '../../../domain/cyclus/inhoud.ts';
import type { Sectie } from '../../shared/api.ts';
import { veldfouten } from '../../shared/api.ts';
import { CyclusNavigatie, Tekstvak } from '../../shared/cyclus-deel.tsx';
import { Foutsamenvatting, type Melding, Meldingregel, Tekstveld, type Veldmelding } from '../../shared/formulier.tsx';
import { datum } from '../../shared/opmaak.ts';
import { Kruimelpad, Laden, usePaginatitel, useVraagVoorWeggaan } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useBron } from '../../shared/use-api.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { ThemaKiezer } from './prioritering-extra.tsx';
import '../../styles/ronde.css';

// --- The API of a round (the contract), shared by the pages of the round ---------------------------

export type { RondeGroep as Groep, RondeStatus as Rondestatus, RondeWijze as Wijze } from '../../../domain/cyclus/ronde.ts';
import { rondeStatusNamen, type RondeGroep as Groep, type RondeStatus as Rondestatus, type RondeWijze as Wijze } from '../../../domain/cyclus/ronde.ts';

export interface RondeKop {
  id: string;
  naam: string;
  groep: Groep;
  wijze: Wijze;
  status: Rondestatus;
  anoniem: boolean;
  datum: string | null;
  aantalUitgenodigd: number;
  aantalIngevuld: number;
  ikDoeMee: boolean;
  ikHebIngevuld: boolean;
}

export interface Keuze {
  themaId: string;
  argument?: string;
  punten?: number;
}

export interface Ronde {
  id: string;
  naam: string;
  groep: Groep;
  wijze: Wijze;
  punten: number;
  anoniem: boolean;
  status: Rondestatus;
  datum: string | null;
  themaIds: string[];
  werkgroepArgumenten: Record<string, string>;
  deelnemers: { gebruikerId: string; naam: string; ingevuld: boolean }[];
  ikDoeMee: boolean;
  mijnRangorde: Keuze[] | null;
  versie: number;
}

export type { Uitslag, UitslagThema, Voorstel, VoorstelThema } from '../../../domain/cyclus/ronde.ts';

export const groepNamen: Record<Groep, string> = { raad: 'Gemeenteraad', college: 'College', driehoek: 'Driehoek', werkgroep: 'Werkgroep' };
const groepUitleg: Record<Groep, string> = {
  raad: 'De raadsleden in deze werkruimte doen mee.',
  college: 'De leden met de rol beslisser doen mee.',
  driehoek: 'De beslissers en de leden van politie en OM doen mee.',
  werkgroep: 'De coördinator, de redacteuren en de partners doen mee.',
};
export const wijzeNamen: Record<Wijze, string> = { rangorde: 'Rangorde', punten: 'Punten verdelen' };
export const statusNamen: Record<Rondestatus, string> = rondeStatusNamen;

/** The live announcement of a round: `prioriteringsronde:<id>`. */
export const rondeMelding = (id: string) => `prioriteringsronde:${id}`;

export function themaNaam(id: string): string {
  return vindThema(id)?.naam ?? id;
}

/** Why a round: the method sets priorities preferably together with the council. */
export function RondeUitleg() {
  return (
    <p className="utrecht-paragraph kp-lead-klein">
      De methode Kernbeleid Veiligheid raadt aan de prioriteiten bij voorkeur samen met de gemeenteraad te kiezen. In een prioriteringsronde leest
      iedere deelnemer per thema het voorstel: de cijfers, de analyse en de argumenten van de werkgroep. Daarna zet hij de thema's op zijn eigen
      telefoon of laptop in volgorde, met een argument bij elke keuze. Kernplan telt de keuzes live bij elkaar op. De coördinator toont de uitkomst
      in de zaal en neemt die met één knop over in de prioriteiten.
    </p>
  );
}

// --- The page ------------------------------------------------------------------------------------

export function RondesPage() {
  const { werkruimte, lid } = useWerkruimte();
  usePaginatitel(`Prioriteringsrondes – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const rondes = useBron<{ rondes: RondeKop[] }>(`${basis}/prioriteringsrondes`);
  const magBeheren = mag(lid, 'ronde.beheren');
  const metCyclus = mag(lid, 'cyclus.lezen');

  useLiveBericht((b) => {
    if (b.type === 'opnieuw-verbonden' || (b.type === 'werkruimte' && b.id.startsWith('prioriteringsronde'))) void rondes.vernieuw();
  });

  return (
    <>
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Werkruimtes', naar: '/werkruimtes' },
          { naam: werkruimte.naam, naar: basis },
          ...(metCyclus ? [{ naam: 'Prioriteiten', naar: `${basis}/prioriteiten` }] : []),
          { naam: 'Prioriteringsrondes' },
        ]}
      />
      <h1 className="utrecht-heading-1">Prioriteringsrondes</h1>
      <CyclusNavigatie huidig={metCyclus ? 'prioriteiten' : 'prioriteringsrondes'} />
      <RondeUitleg />
      <section aria-labelledby="rondes-kop">
        <h2 className="utrecht-heading-2" id="rondes-kop">
          {magBeheren ? 'Rondes' : 'Rondes waarin u meedoet'}
        </h2>
        <LiveStatus />
        <Laden toestand={rondes.toestand}>
          {(data) =>
            data.rondes.length === 0 ? (
              <p className="utrecht-paragraph kp-muted">{magBeheren ? 'Er is nog geen ronde geopend.' : 'Er is (nog) geen ronde waarin u meedoet.'}</p>
            ) : (
              <ul className="kp-rondes">
                {data.rondes.map((r) => (
                  <li key={r.id} className="kp-card kp-ronde-kaart">
                    <h3 className="utrecht-heading-3">
                      <Link className="utrecht-link" to={`${basis}/prioriteringsrondes/${encodeURIComponent(r.id)}`}>
                        {r.naam}
                      </Link>
                    </h3>
                    <dl className="kp-meta">
                      <div>
                        <dt>Met</dt>
                        <dd>{groepNamen[r.groep]}</dd>
                      </div>
                      <div>
                        <dt>Status</dt>
                        <dd>{statusNamen[r.status]}</dd>
                      </div>
                      <div>
                        <dt>Datum</dt>
                        <dd>{r.datum ? datum(r.datum) : 'nog niet bekend'}</dd>
                      </div>
                      <div>
                        <dt>Ingevuld</dt>
                        <dd>
                          {r.aantalIngevuld} van {r.aantalUitgenodigd}
                        </dd>
                      </div>
                      <div>
                        <dt>Manier</dt>
                        <dd>
                          {wijzeNamen[r.wijze]}, {r.anoniem ? 'anoniem' : 'met naam'}
                        </dd>
                      </div>
                    </dl>
                    {r.ikDoeMee ? (
                      <p className={`utrecht-paragraph kp-ronde-mijn${r.ikHebIngevuld ? ' kp-ronde-mijn--klaar' : ''}`}>
                        {r.ikHebIngevuld ? 'U hebt uw keuze ingestuurd.' : r.status === 'open' ? 'U doet mee en hebt nog niet ingevuld.' : 'U deed mee maar hebt niet ingevuld.'}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            )
          }
        </Laden>
      </section>
      {magBeheren ? <NieuweRonde basis={basis} /> : null}
    </>
  );
}

interface Invoer {
  naam: string;
  groep: Groep;
  themaIds: string[];
  wijze: Wijze;
  punten: string;
  anoniem: boolean;
  datum: string;
  werkgroepArgumenten: Record<string, string>;
}

const MAX_THEMAS = 12;

/** The candidate themes of the analysis: what the conclusions per veld name as a possible priority. */
function kandidaten(secties: Sectie[]): string[] {
  const uit = new Set<string>();
  for (const s of secties) if (s.sleutel.startsWith('veld-')) for (const t of s.analyse.plausibeleThemas) uit.add(t);
  // In the order of the kennisbank.
  return themas.map((t) => t.id).filter((id) => uit.has(id));
}

function NieuweRonde({ basis }: { basis: string }) {
  const secties = useBron<{ secties: Sectie[] }>(`${basis}/secties`);
  const cyclus = useBron<{ prioriteiten: Prioriteit[] }>(`${basis}/cyclus`);
  const klaar = secties.toestand.status !== 'laden' && cyclus.toestand.status !== 'laden';
  return (
    <section className="kp-section" aria-labelledby="nieuw-kop">
      <h2 className="utrecht-heading-2" id="nieuw-kop">
        Een ronde openen
      </h2>
      {klaar ? (
        <RondeFormulier
          basis={basis}
          kandidaatIds={secties.toestand.status === 'klaar' ? kandidaten(secties.toestand.data.secties) : []}
          prioriteiten={cyclus.toestand.status === 'klaar' ? cyclus.toestand.data.prioriteiten : []}
        />
      ) : (
        <p className="utrecht-paragraph kp-muted" role="status">
          Bezig met laden…
        </p>
      )}
    </section>
  );
}

function RondeFormulier({ basis, kandidaatIds, prioriteiten }: { basis: string; kandidaatIds: string[]; prioriteiten: Prioriteit[] }) {
  const schrijf = useSchrijf();
  const navigate = useNavigate();
  const inPrioriteit = useMemo(() => new Set(prioriteiten.flatMap((p) => p.themaIds)), [prioriteiten]);
  // Preselected: the candidates that are not yet a priority; when fewer than two are left, all candidates.
  const voorkeur = useMemo(() => {
    const nieuw = kandidaatIds.filter((t) => !inPrioriteit.has(t));
    return (nieuw.length >= 2 ? nieuw : kandidaatIds).slice(0, MAX_THEMAS);
  }, [kandidaatIds, inPrioriteit]);
  const leeg: Invoer = { naam: '', groep: 'raad', themaIds: voorkeur, wijze: 'rangorde', punten: '10', anoniem: false, datum: '', werkgroepArgumenten: {} };
  const [invoer, setInvoer] = useState<Invoer>(leeg);
  const [gewijzigd, setGewijzigd] = useState(false);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  useVraagVoorWeggaan(gewijzigd && !bezig);
  const zet = (p: Partial<Invoer>) => {
    setInvoer((oud) => ({ ...oud, ...p }));
    setGewijzigd(true);
  };
  const gekozen = themas.filter((t) => invoer.themaIds.includes(t.id));
  const alPrioriteit = gekozen.filter((t) => inPrioriteit.has(t.id));

  const controleer = (): Record<string, string> => {
    const f: Record<string, string> = {};
    if (!invoer.naam.trim()) f.naam = 'Geef de ronde een naam.';
    if (invoer.themaIds.length < 2) f.themaIds = "Kies ten minste 2 thema's.";
    else if (invoer.themaIds.length > MAX_THEMAS) f.themaIds = `Kies hooguit ${MAX_THEMAS} thema's.`;
    if (invoer.wijze === 'punten') {
      const n = Number(invoer.punten);
      if (!Number.isInteger(n) || n < 3 || n > 100) f.punten = 'Geef een heel getal van 3 tot en met 100.';
    }
    return f;
  };

  const verstuur = async () => {
    const f = controleer();
    setFouten(f);
    setMelding(null);
    if (Object.keys(f).length > 0) {
      document.getElementById('ronde-fouten')?.focus();
      return;
    }
    setBezig(true);
    const argumenten = Object.fromEntries(invoer.themaIds.map((t) => [t, invoer.werkgroepArgumenten[t]?.trim() ?? '']).filter(([, a]) => a));
    const r = await schrijf<{ id: string }>('POST', `${basis}/prioriteringsrondes`, {
      body: {
        naam: invoer.naam.trim(),
        themaIds: invoer.themaIds,
        groep: invoer.groep,
        wijze: invoer.wijze,
        ...(invoer.wijze === 'punten' ? { punten: Number(invoer.punten) } : {}),
        anoniem: invoer.anoniem,
        datum: invoer.datum || null,
        werkgroepArgumenten: argumenten,
      },
    });
    setBezig(false);
    if (r.ok) {
      setGewijzigd(false);
      void navigate(`${basis}/prioriteringsrondes/${encodeURIComponent(r.data.id)}`);
      return;
    }
    const vf = veldfouten(r.probleem);
    // A reason about one theme's argument goes with the field of that theme.
    const perVeld: Record<string, string> = {};
    for (const [naam, reden] of Object.entries(vf)) perVeld[naam.replace(/^werkgroepArgumenten[.[]"?([0-9.]+?)"?\]?$/, 'argument-$1').replace(/^themaIds\[\d+\]$/, 'themaIds')] = reden;
    setFouten(perVeld);
    setMelding({ soort: 'fout', tekst: r.probleem.detail });
  };

  const veldIds: Record<string, [string, string]> = {
    naam: ['Naam', 'ronde-naam'],
    themaIds: ["Thema's", 'ronde-themas-kiezen'],
    groep: ['Met wie', 'ronde-groep-raad'],
    punten: ['Punten', 'ronde-punten'],
    datum: ['Datum', 'ronde-datum'],
  };
  const samenvatting: Veldmelding[] = Object.entries(fouten).map(([veld, m]) => {
    const arg = /^argument-(.+)$/.exec(veld);
    if (arg) return { veld: `Argument bij ${arg[1]}`, id: `ronde-argument-${arg[1]!.replace('.', '-')}`, melding: m };
    const [naam, id] = veldIds[veld] ?? [veld, 'ronde-naam'];
    return { veld: naam, id, melding: m };
  });

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void verstuur();
      }}
    >
      <div id="ronde-fouten" tabIndex={-1}>
        <Foutsamenvatting fouten={samenvatting} />
      </div>
      <Tekstveld
        id="ronde-naam"
        label="Naam van de ronde"
        beschrijving="Bijvoorbeeld: Prioritering met de commissie Bestuur, 14 januari."
        waarde={invoer.naam}
        onWaarde={(naam) => zet({ naam })}
        fout={fouten.naam}
        autoComplete="off"
      />
      <fieldset className="kp-fieldset" aria-describedby="ronde-groep-uitleg">
        <legend className="utrecht-form-label">Met wie</legend>
        <p className="utrecht-form-field-description kp-field__uitleg" id="ronde-groep-uitleg">
          {groepUitleg[invoer.groep]}
        </p>
        <div className="kp-keuzerij">
          {(Object.keys(groepNamen) as Groep[]).map((g) => (
            <div className="kp-check" key={g}>
              <input type="radio" id={`ronde-groep-${g}`} name="ronde-groep" checked={invoer.groep === g} onChange={() => zet({ groep: g })} />
              <label htmlFor={`ronde-groep-${g}`}>{groepNamen[g]}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className="kp-ronde-themas">
        <p className="utrecht-paragraph kp-klein kp-muted">
          {kandidaatIds.length > 0
            ? `Al gekozen: de thema's die de conclusies van de analyse als mogelijke prioriteit noemen${voorkeur.length < kandidaatIds.length ? ' en die nog geen prioriteit zijn' : ''}. Voeg er thema's aan toe of haal ze weg (2 tot ${MAX_THEMAS}).`
            : `De conclusies van de analyse noemen nog geen mogelijke prioriteiten. Kies 2 tot ${MAX_THEMAS} thema's.`}
        </p>
        <ThemaKiezer
          idPrefix="ronde"
          checkboxId={(t) => `ronde-thema-${t.replace('.', '-')}`}
          wat="de ronde"
          keuze={themas.map((t) => t.id)}
          themaIds={invoer.themaIds}
          elders={new Set()}
          eldersTekst=""
          magBewerken
          fout={fouten.themaIds}
          onThemaIds={(themaIds) => zet({ themaIds })}
        />
        {alPrioriteit.length > 0 ? (
          <div className="kp-note">
            <p className="utrecht-paragraph">
              Al een prioriteit: {alPrioriteit.map((t) => `${t.id} ${t.naam}`).join(', ')}. Bij het overnemen van de uitkomst slaat Kernplan deze
              thema's over.
            </p>
          </div>
        ) : null}
      </div>

      <fieldset className="kp-fieldset">
        <legend className="utrecht-form-label">Hoe kiezen de deelnemers</legend>
        <div className="kp-check kp-check--met-uitleg">
          <input type="radio" id="ronde-wijze-rangorde" name="ronde-wijze" checked={invoer.wijze === 'rangorde'} onChange={() => zet({ wijze: 'rangorde' })} aria-describedby="ronde-wijze-rangorde-uitleg" />
          <label htmlFor="ronde-wijze-rangorde">Rangorde</label>
        </div>
        <p className="kp-field__uitleg kp-keuze-uitleg" id="ronde-wijze-rangorde-uitleg">
          Iedereen zet de thema's in volgorde, het belangrijkste bovenaan.
        </p>
        <div className="kp-check kp-check--met-uitleg">
          <input type="radio" id="ronde-wijze-punten" name="ronde-wijze" checked={invoer.wijze === 'punten'} onChange={() => zet({ wijze: 'punten' })} aria-describedby="ronde-wijze-punten-uitleg" />
          <label htmlFor="ronde-wijze-punten">Punten verdelen</label>
        </div>
        <p className="kp-field__uitleg kp-keuze-uitleg" id="ronde-wijze-punten-uitleg">
          Iedereen verdeelt een vast aantal punten over de thema's.
        </p>
      </fieldset>
      {invoer.wijze === 'punten' ? (
        <Tekstveld
          id="ronde-punten"
          label="Punten per deelnemer"
          beschrijving="Van 3 tot en met 100."
          type="number"
          inputMode="numeric"
          min={3}
          max={100}
          waarde={invoer.punten}
          onWaarde={(punten) => zet({ punten })}
          fout={fouten.punten}
        />
      ) : null}

      <fieldset className="kp-fieldset">
        <legend className="utrecht-form-label">Anoniem of met naam</legend>
        <div className="kp-keuzerij">
          <div className="kp-check">
            <input type="radio" id="ronde-met-naam" name="ronde-anoniem" checked={!invoer.anoniem} onChange={() => zet({ anoniem: false })} />
            <label htmlFor="ronde-met-naam">Met naam: bij de argumenten staat wie ze gaf</label>
          </div>
          <div className="kp-check">
            <input type="radio" id="ronde-anoniem" name="ronde-anoniem" checked={invoer.anoniem} onChange={() => zet({ anoniem: true })} />
            <label htmlFor="ronde-anoniem">Anoniem: niemand ziet wie wat koos</label>
          </div>
        </div>
      </fieldset>

      <div className="utrecht-form-field kp-field">
        <label className="utrecht-form-label" htmlFor="ronde-datum">
          Datum van de bijeenkomst <span className="kp-muted">(niet verplicht)</span>
        </label>
        <input
          id="ronde-datum"
          type="date"
          className="utrecht-textbox utrecht-textbox--html-input kp-datumveld"
          value={invoer.datum}
          aria-invalid={fouten.datum ? true : undefined}
          onChange={(e) => zet({ datum: e.target.value })}
        />
        {fouten.datum ? <p className="kp-field__fout">{fouten.datum}</p> : null}
      </div>

      {gekozen.length > 0 ? (
        <fieldset className="kp-fieldset">
          <legend className="utrecht-form-label">Argumenten van de werkgroep</legend>
          <p className="utrecht-paragraph kp-klein kp-muted">
            Waarom stelt de werkgroep dit thema voor? De deelnemers lezen dit bij het voorstel en in de presentatie. Laat leeg wat u niet wilt toelichten.
          </p>
          <div className="kp-argumenten-invoer">
            {gekozen.map((t) => (
              <Tekstvak
                key={t.id}
                id={`ronde-argument-${t.id.replace('.', '-')}`}
                label={`Argument bij ${t.id} ${t.naam}`}
                kort
                waarde={invoer.werkgroepArgumenten[t.id] ?? ''}
                fout={fouten[`argument-${t.id}`]}
                onWaarde={(a) => zet({ werkgroepArgumenten: { ...invoer.werkgroepArgumenten, [t.id]: a } })}
              />
            ))}
          </div>
        </fieldset>
      ) : null}

      <Meldingregel melding={melding} />
      <div className="kp-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
          Ronde openen
        </button>
      </div>
    </form>
  );
}
