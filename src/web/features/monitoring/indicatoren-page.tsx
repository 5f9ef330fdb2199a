/**
 * Step 6: the effect indicators per priority and for the other themes. Editors add an indicator from
 * the knowledge base suggestions, edit (If-Match) and delete it; owners, the coordinator and the
 * working group record measurements. Anchors #prioriteit-{id} and #indicator-{id} for the plan check.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import type { Prioriteit } from '../../../domain/cyclus/inhoud.ts';
import { vindThema } from '../../../domain/kennisbank/kennisbank.ts';
import { mag, magVoortgangBijwerken } from '../../../domain/toegang/rollen.ts';
import type { Lid } from '../../shared/api.ts';
import { Kruimelpad, Laden, usePaginatitel } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { useApi, useBron } from '../../shared/use-api.ts';
import { CyclusNavigatie, type DeelAntwoord } from '../../shared/cyclus-deel.tsx';
import { Meldingregel, type Melding } from '../../shared/formulier.tsx';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import {
  beoordelingUitleg,
  bronTekst,
  type IndicatorAntwoord,
  type IndicatorenAntwoord,
  IndicatorFormulier,
  type IndicatorInvoer,
  IndicatorKaart,
  invoerVan,
  legeInvoer,
  metSuggestie,
  overigeThemaKeuze,
  SturingNavigatie,
  type Suggestie,
  themaNaam,
  useAnker,
  useEigenaren,
} from './indicator-formulieren.tsx';

interface Groep {
  sleutel: string;
  anker: string;
  titel: string;
  prioriteit: Prioriteit | null;
  indicatoren: IndicatorAntwoord[];
}

export function IndicatorenPage() {
  const { werkruimte, lid, gebruiker } = useWerkruimte();
  usePaginatitel(`Indicatoren – ${werkruimte.naam}`);
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const bron = useBron<IndicatorenAntwoord>(`${basis}/indicatoren`);
  const leestCyclus = mag(lid, 'cyclus.lezen');
  const prioriteiten = useApi<DeelAntwoord<Prioriteit[]>>(leestCyclus ? `${basis}/prioriteiten` : null);
  const magBewerken = mag(lid, 'cyclus.bewerken');
  const eigenaren = useEigenaren(basis, magBewerken);
  const [melding, setMelding] = useState<Melding | null>(null);
  const prios = prioriteiten.status === 'klaar' ? prioriteiten.data.inhoud : [];
  const klaar = bron.toestand.status === 'klaar' && (!leestCyclus || prioriteiten.status !== 'laden');
  useAnker(klaar);

  useLiveBericht((b) => {
    if ((b.type === 'werkruimte' && b.id === 'indicatoren') || b.type === 'opnieuw-verbonden') void bron.vernieuw();
  });

  const vervang = (nieuw: IndicatorAntwoord) => {
    if (bron.toestand.status !== 'klaar') return;
    const d = bron.toestand.data;
    const bestaat = d.indicatoren.some((x) => x.id === nieuw.id);
    bron.zet({ ...d, indicatoren: bestaat ? d.indicatoren.map((x) => (x.id === nieuw.id ? nieuw : x)) : [...d.indicatoren, nieuw] });
  };

  return (
    <>
      <Kruimelpad kruimels={[{ naam: 'Home', naar: '/' }, { naam: 'Werkruimtes', naar: '/werkruimtes' }, { naam: werkruimte.naam, naar: basis }, { naam: 'Indicatoren' }]} />
      <h1 className="utrecht-heading-1">Stap 6: indicatoren</h1>
      <CyclusNavigatie huidig="indicatoren" />
      <SturingNavigatie huidig="indicatoren" />
      <p className="utrecht-paragraph kp-lead">
        Per prioriteit de effectindicatoren: waar u staat (referentie), waar u heen wilt (streefwaarden) en wat de metingen laten zien.
        {magBewerken ? ' Voeg indicatoren toe vanuit de kennisbank en wijs per indicator een eigenaar aan die de metingen bijhoudt.' : ''}
      </p>
      <LiveStatus />
      <Meldingregel melding={melding} />
      <Laden toestand={bron.toestand}>
        {(data) => {
          const ids = new Set(prios.map((p) => p.id));
          const groepen: Groep[] = [
            ...prios.map((p) => ({ sleutel: p.id, anker: `prioriteit-${p.id}`, titel: p.titel, prioriteit: p, indicatoren: data.indicatoren.filter((i) => i.prioriteitId === p.id) })),
            // Without the priorities (the council may not read them) every indicator is listed here.
            {
              sleutel: 'overig',
              anker: 'overige-themas',
              titel: leestCyclus ? "Overige thema's" : 'Indicatoren',
              prioriteit: null,
              indicatoren: data.indicatoren.filter((i) => i.prioriteitId === null || !ids.has(i.prioriteitId)),
            },
          ];
          const uitleg = beoordelingUitleg[data.beoordeling];
          return (
            <>
              <section className="kp-note kp-sb-beoordeling" aria-labelledby="beoordeling-kop">
                <h2 className="utrecht-heading-2" id="beoordeling-kop">
                  Beoordeling: {uitleg.naam.toLowerCase()}
                </h2>
                <p className="utrecht-paragraph">{uitleg.uitleg}</p>
                <p className="utrecht-paragraph">
                  Een kwartaalmeting van een aantal telt als een kwart van het jaar. Zonder referentie of streefwaarde is een meting ‘niet te beoordelen’.{' '}
                  {leestCyclus ? (
                    <>
                      De werkwijze kiest u bij het{' '}
                      <Link className="utrecht-link" to={`${basis}/voortgangsoverleg`}>
                        voortgangsoverleg
                      </Link>
                      .{' '}
                    </>
                  ) : null}
                  Alle indicatoren in één oogopslag staan op het{' '}
                  <Link className="utrecht-link" to={`${basis}/dashboard`}>
                    dashboard
                  </Link>
                  .
                </p>
              </section>
              {groepen.map((g) =>
                g.prioriteit === null && g.indicatoren.length === 0 && !magBewerken ? null : (
                  <Groepsectie
                    key={g.sleutel}
                    groep={g}
                    basis={basis}
                    magBewerken={magBewerken}
                    magMeten={(i) => magVoortgangBijwerken(lid, i.eigenaarId === gebruiker.id)}
                    eigenaren={eigenaren}
                    themaKeuze={g.prioriteit ? undefined : overigeThemaKeuze(new Set(prios.flatMap((p) => p.themaIds)))}
                    bestaandeNamen={data.indicatoren.map((i) => i.naam)}
                    periode={{ start: werkruimte.periodeStart, einde: werkruimte.periodeEinde }}
                    onVervang={vervang}
                    onVernieuw={() => void bron.vernieuw()}
                    onMelding={setMelding}
                  />
                ),
              )}
            </>
          );
        }}
      </Laden>
    </>
  );
}

interface GroepsectieProps {
  groep: Groep;
  basis: string;
  magBewerken: boolean;
  magMeten: (i: IndicatorAntwoord) => boolean;
  eigenaren: Lid[];
  themaKeuze: { id: string; naam: string }[] | undefined;
  bestaandeNamen: string[];
  periode: { start: number | null; einde: number | null };
  onVervang: (i: IndicatorAntwoord) => void;
  onVernieuw: () => void;
  onMelding: (m: Melding | null) => void;
}

function Groepsectie({ groep: g, basis, magBewerken, magMeten, eigenaren, themaKeuze, bestaandeNamen, periode, onVervang, onVernieuw, onMelding }: GroepsectieProps) {
  const [toevoegen, setToevoegen] = useState(false);
  const [melding, setMelding] = useState<Melding | null>(null);
  const { werkruimte } = useWerkruimte();
  const knopId = `toevoegen-${g.sleutel}`;
  return (
    <section className="kp-section kp-sb-groep" id={g.anker} aria-labelledby={`${g.anker}-kop`} tabIndex={-1}>
      <h2 className="utrecht-heading-2" id={`${g.anker}-kop`}>
        {g.prioriteit ? `${werkruimte.regio ? 'Regionaal thema' : 'Prioriteit'}: ${g.titel}` : g.titel}
      </h2>
      {g.prioriteit ? (
        <p className="utrecht-paragraph kp-klein kp-muted">
          Thema's: {g.prioriteit.themaIds.map((t) => `${t} ${vindThema(t)?.naam ?? ''}`.trim()).join(', ') || 'nog geen'}
        </p>
      ) : null}
      {g.indicatoren.length === 0 ? (
        <p className="utrecht-paragraph">{g.prioriteit ? 'Deze prioriteit heeft nog geen effectindicator.' : "Nog geen indicatoren bij overige thema's."}</p>
      ) : null}
      {g.indicatoren.map((i) => (
        <Indicator key={i.id} basis={basis} indicator={i} magBewerken={magBewerken} magMeten={magMeten(i)} eigenaren={eigenaren} themaKeuze={themaKeuze} onVervang={onVervang} onVernieuw={onVernieuw} onMelding={onMelding} />
      ))}
      <Meldingregel melding={melding} />
      {magBewerken && !toevoegen ? (
        <button type="button" id={knopId} className="utrecht-button utrecht-button--secondary-action" onClick={() => setToevoegen(true)}>
          Indicator toevoegen<span className="kp-visually-hidden"> bij {g.titel}</span>
        </button>
      ) : null}
      {magBewerken && toevoegen ? (
        <NieuweIndicator
          groep={g}
          basis={basis}
          eigenaren={eigenaren}
          themaKeuze={themaKeuze}
          bestaandeNamen={bestaandeNamen}
          periode={periode}
          onKlaar={(nieuw) => {
            setToevoegen(false);
            if (nieuw) {
              onVervang(nieuw);
              setMelding({ soort: 'ok', tekst: `De indicator ‘${nieuw.naam}’ is toegevoegd.` });
              window.requestAnimationFrame(() => document.getElementById(`indicator-${nieuw.id}`)?.focus());
            } else {
              window.requestAnimationFrame(() => document.getElementById(knopId)?.focus());
            }
          }}
        />
      ) : null}
    </section>
  );
}

interface IndicatorProps {
  basis: string;
  indicator: IndicatorAntwoord;
  magBewerken: boolean;
  magMeten: boolean;
  eigenaren: Lid[];
  themaKeuze: { id: string; naam: string }[] | undefined;
  onVervang: (i: IndicatorAntwoord) => void;
  onVernieuw: () => void;
  onMelding: (m: Melding | null) => void;
}

/** One indicator, with editing in place. */
function Indicator({ basis, indicator: i, magBewerken, magMeten, eigenaren, themaKeuze, onVervang, onVernieuw, onMelding }: IndicatorProps) {
  const schrijf = useSchrijf();
  const [bewerk, setBewerk] = useState<{ invoer: IndicatorInvoer; versie: number } | null>(null);
  const knop = `bewerk-${i.id}`;

  const verwijder = async () => {
    if (!window.confirm(`Weet u zeker dat u de indicator ‘${i.naam}’ met al zijn metingen wilt verwijderen?`)) return;
    const r = await schrijf('DELETE', `${basis}/indicatoren/${encodeURIComponent(i.id)}`, { ifMatch: i.versie });
    onMelding(r.ok ? { soort: 'ok', tekst: `De indicator ‘${i.naam}’ is verwijderd.` } : { soort: 'fout', tekst: r.probleem.detail });
    onVernieuw();
  };

  if (bewerk) {
    return (
      <div className="kp-card kp-sb-indicator" id={`indicator-${i.id}`} tabIndex={-1}>
        <IndicatorFormulier
          p={`bewerk-${i.id}`}
          titel={`‘${i.naam}’ bewerken`}
          basis={basis}
          invoer={bewerk.invoer}
          onInvoer={(f) => setBewerk((b) => (b ? { ...b, invoer: f(b.invoer) } : b))}
          eigenaren={eigenaren}
          prioriteitId={i.prioriteitId}
          bestaand={{ indicator: i, versie: bewerk.versie }}
          themaKeuze={themaKeuze}
          onOpgeslagen={(nieuw) => {
            setBewerk(null);
            onVervang(nieuw);
            onMelding({ soort: 'ok', tekst: `De indicator ‘${nieuw.naam}’ is opgeslagen.` });
            window.requestAnimationFrame(() => document.getElementById(knop)?.focus());
          }}
          onAnnuleer={() => {
            setBewerk(null);
            window.requestAnimationFrame(() => document.getElementById(knop)?.focus());
          }}
          onHerlaad={() => setBewerk({ invoer: invoerVan(i), versie: i.versie })}
        />
      </div>
    );
  }

  return (
    <IndicatorKaart
      basis={basis}
      indicator={i}
      magMeten={magMeten}
      onderKop={
        <>
          {i.vertrouwelijk ? (
            <p className="utrecht-paragraph kp-klein">
              <span className="kp-tag kp-tag--vertrouwelijk">Vertrouwelijk</span>
            </p>
          ) : null}
          {i.themaId ? <p className="utrecht-paragraph kp-klein kp-muted">Thema: {themaNaam(i.themaId)}</p> : null}
        </>
      }
      onBijgewerkt={(nieuw) => (nieuw ? onVervang(nieuw) : onVernieuw())}
      acties={
        magBewerken ? (
          <>
            <button
              type="button"
              id={knop}
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => {
                onMelding(null);
                setBewerk({ invoer: invoerVan(i), versie: i.versie });
                window.requestAnimationFrame(() => document.getElementById(`bewerk-${i.id}-naam`)?.focus());
              }}
            >
              Bewerken<span className="kp-visually-hidden"> ({i.naam})</span>
            </button>
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => void verwijder()}>
              Verwijderen<span className="kp-visually-hidden"> ({i.naam})</span>
            </button>
          </>
        ) : null
      }
    />
  );
}

interface NieuweIndicatorProps {
  groep: Groep;
  basis: string;
  eigenaren: Lid[];
  themaKeuze: { id: string; naam: string }[] | undefined;
  bestaandeNamen: string[];
  periode: { start: number | null; einde: number | null };
  onKlaar: (nieuw: IndicatorAntwoord | null) => void;
}

/** Adding an indicator: first the suggestions of the knowledge base for the themes, then the form. */
function NieuweIndicator({ groep: g, basis, eigenaren, themaKeuze, bestaandeNamen, periode, onKlaar }: NieuweIndicatorProps) {
  const [invoer, setInvoer] = useState(() => legeInvoer(periode.start, periode.einde));
  const [gekozen, setGekozen] = useState<string | null>(null);
  const p = `nieuw-${g.sleutel}`;
  const query = g.prioriteit ? `prioriteitId=${encodeURIComponent(g.prioriteit.id)}` : invoer.themaId ? `themaId=${encodeURIComponent(invoer.themaId)}` : null;
  return (
    <div className="kp-card kp-sb-toevoegen" role="group" aria-labelledby={`${p}-titel`}>
      <h3 className="utrecht-heading-3" id={`${p}-titel`}>
        Nieuwe indicator bij {g.prioriteit ? g.titel : "de overige thema's"}
      </h3>
      {g.prioriteit || invoer.themaId ? (
        <Suggesties
          basis={basis}
          query={query}
          bestaandeNamen={bestaandeNamen}
          onKies={(s) => {
            setInvoer((oud) => metSuggestie(oud, s));
            setGekozen(s.naam);
            window.requestAnimationFrame(() => document.getElementById(`${p}-naam`)?.focus());
          }}
        />
      ) : (
        <p className="utrecht-paragraph kp-muted">Kies hieronder eerst het thema; dan ziet u de effectindicatoren die de kennisbank daarvoor noemt.</p>
      )}
      <div role="status" className="kp-statusregel">
        {gekozen ? (
          <div className="kp-note">
            <p className="utrecht-paragraph">Overgenomen uit de kennisbank: ‘{gekozen}’. Vul nu de eenheid, de richting, de referentie en de streefwaarden in.</p>
          </div>
        ) : null}
      </div>
      <IndicatorFormulier
        p={p}
        titel="Gegevens van de indicator"
        basis={basis}
        invoer={invoer}
        onInvoer={(f) => setInvoer((oud) => f(oud))}
        eigenaren={eigenaren}
        prioriteitId={g.prioriteit?.id ?? null}
        themaKeuze={themaKeuze}
        onOpgeslagen={(nieuw) => onKlaar(nieuw)}
        onAnnuleer={() => onKlaar(null)}
      />
    </div>
  );
}

function Suggesties({ basis, query, bestaandeNamen, onKies }: { basis: string; query: string | null; bestaandeNamen: string[]; onKies: (s: Suggestie) => void }) {
  const antwoord = useApi<{ themaIds: string[]; suggesties: Suggestie[] }>(query ? `${basis}/indicatoren/suggesties?${query}` : null);
  const lijst = (items: Suggestie[]) => (
    <ul className="kp-sb-suggesties">
      {items.map((s) => {
        const inGebruik = bestaandeNamen.includes(s.naam);
        return (
          <li key={`${s.themaId}-${s.naam}`} className="kp-sb-suggestie">
            <div>
              <span className="kp-sb-suggestienaam">{s.naam}</span>
              <span className="kp-blok kp-klein kp-muted">
                {bronTekst(s.bron, s.bronToelichting)}; {s.aard}; thema {s.themaId} {s.themaNaam}
                {inGebruik ? '; al in gebruik in deze werkruimte' : ''}
              </span>
            </div>
            <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" aria-label={`Overnemen: ${s.naam}`} onClick={() => onKies(s)}>
              Overnemen
            </button>
          </li>
        );
      })}
    </ul>
  );
  return (
    <section aria-labelledby={`suggesties-${query}`} className="kp-sb-suggestieblok">
      <h4 className="utrecht-heading-4 kp-sb-formulierkop" id={`suggesties-${query}`}>
        Suggesties uit de kennisbank
      </h4>
      <Laden toestand={antwoord}>
        {({ suggesties }) => {
          const eigen = suggesties.filter((s) => s.eigenThema);
          const andere = suggesties.filter((s) => !s.eigenThema);
          return (
            <>
              <p className="utrecht-paragraph kp-klein">Eén klik vult de naam, de bron en de aard in; daarna vult u de rest aan.</p>
              {eigen.length ? lijst(eigen) : <p className="utrecht-paragraph kp-muted">De kennisbank noemt voor deze thema's geen effectindicatoren.</p>}
              {andere.length ? (
                <details className="kp-details">
                  <summary>Suggesties bij andere thema's ({andere.length})</summary>
                  {lijst(andere)}
                </details>
              ) : null}
            </>
          );
        }}
      </Laden>
    </section>
  );
}
