/**
 * One prioritisation round (issue 15, point 1). A participant reads the proposal per theme and ranks
 * the candidates (or spends his points) with an argument per choice, on his own device. The
 * coordinator sees who has submitted and the live combined result, closes the round and carries the
 * outcome into the priorities with one action. A council member (no right to read the cycle in
 * progress) reads only the proposal, his own ranking and, once the round is closed, the result.
 */
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { mag } from '../../../domain/toegang/rollen.ts';
import { MAX_PRIORITEITEN } from '../../../domain/cyclus/prioriteiten.ts';
import { inwonersTekst } from '../../../domain/cyclus/ronde.ts';
import type { Prioriteit } from '../../../domain/cyclus/inhoud.ts';
import type { Vondst } from '../../shared/api.ts';
import { CyclusNavigatie } from '../../shared/cyclus-deel.tsx';
import { type Melding, Meldingregel, Tabelkader } from '../../shared/formulier.tsx';
import { datum } from '../../shared/opmaak.ts';
import { getal } from '../../shared/politie-gegevens.ts';
import { Kruimelpad, Laden, usePaginatitel, useVraagVoorWeggaan } from '../../shared/page.tsx';
import { useSchrijf } from '../../shared/sessie.tsx';
import { type Bron, useBron } from '../../shared/use-api.ts';
import { LiveStatus, useLiveBericht, useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import {
  groepNamen,
  type Keuze,
  type Ronde,
  rondeMelding,
  statusNamen,
  themaNaam,
  type Uitslag,
  type UitslagThema,
  type Voorstel,
  type VoorstelThema,
  wijzeNamen,
} from './rondes-page.tsx';
import '../../styles/ronde.css';

const tijd = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });
const eenDecimaal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "2 van de 3 deelnemers hebben ingestuurd." */
export function ingestuurdTekst(n: number, van: number): string {
  return `${n} van de ${van} deelnemers ${n === 1 ? 'heeft' : 'hebben'} ingestuurd.`;
}

/** The id-safe form of a theme id: '1.4' -> '1-4'. */
export const themaSleutel = (id: string) => id.replace('.', '-');

/** Shared by the round page and the presentation: the round, its proposal and its result, refetched live. */
export function useRonde(rondeId: string) {
  const { werkruimte, lid } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const pad = `${basis}/prioriteringsrondes/${encodeURIComponent(rondeId)}`;
  const ronde = useBron<Ronde>(pad);
  const voorstel = useBron<Voorstel>(`${pad}/voorstel`);
  const magBeheren = mag(lid, 'ronde.beheren');
  const status = ronde.toestand.status === 'klaar' ? ronde.toestand.data.status : null;
  // The coordinator follows the result live; the others see it once the round is closed.
  const uitslagZichtbaar = magBeheren || (status !== null && status !== 'open');
  const uitslag = useBron<Uitslag>(uitslagZichtbaar ? `${pad}/uitslag` : null);
  useLiveBericht((b) => {
    const opnieuw = b.type === 'opnieuw-verbonden';
    if (opnieuw || (b.type === 'werkruimte' && b.id === rondeMelding(rondeId))) {
      void ronde.vernieuw();
      if (uitslagZichtbaar) void uitslag.vernieuw();
      if (opnieuw) void voorstel.vernieuw();
    }
  });
  return { basis, pad, ronde, voorstel, uitslag, uitslagZichtbaar, magBeheren };
}

/** What the participants do in an open round, for a participant or for the others. */
function werkwijze(r: Ronde): string {
  const n = r.themaIds.length;
  const wat = r.ikDoeMee
    ? r.wijze === 'rangorde'
      ? `Lees per thema het voorstel. Zet de ${n} thema's daarna in volgorde: het thema dat u het belangrijkst vindt bovenaan. Geef bij elke keuze kort aan waarom.`
      : `Lees per thema het voorstel. Verdeel daarna ${r.punten} punten over de ${n} thema's: meer punten voor wat u belangrijker vindt. Geef bij elke keuze kort aan waarom.`
    : r.wijze === 'rangorde'
      ? `De deelnemers lezen per thema het voorstel en zetten de ${n} thema's op hun eigen apparaat in volgorde van belang, met een argument bij elke keuze.`
      : `De deelnemers lezen per thema het voorstel en verdelen op hun eigen apparaat ${r.punten} punten over de ${n} thema's, met een argument bij elke keuze.`;
  return `${wat} ${r.anoniem ? 'De ronde is anoniem: niemand ziet wie wat koos.' : 'Bij de uitkomst staat bij elk argument wie het gaf.'}`;
}

export function RondePage() {
  const { rondeId = '' } = useParams();
  const { werkruimte, lid } = useWerkruimte();
  const { basis, pad, ronde, voorstel, uitslag, uitslagZichtbaar, magBeheren } = useRonde(rondeId);
  const naam = ronde.toestand.status === 'klaar' ? ronde.toestand.data.naam : undefined;
  usePaginatitel(ronde.toestand.status === 'fout' ? `Ronde niet gevonden – ${werkruimte.naam}` : naam ? `${naam} – ${werkruimte.naam}` : undefined);
  const metCyclus = mag(lid, 'cyclus.lezen');

  return (
    <>
      <Kruimelpad
        kruimels={[
          { naam: 'Home', naar: '/' },
          { naam: 'Werkruimtes', naar: '/werkruimtes' },
          { naam: werkruimte.naam, naar: basis },
          ...(metCyclus ? [{ naam: 'Prioriteiten', naar: `${basis}/prioriteiten` }] : []),
          { naam: 'Prioriteringsrondes', naar: `${basis}/prioriteringsrondes` },
          { naam: naam ?? 'Ronde' },
        ]}
      />
      {ronde.toestand.status !== 'klaar' ? <h1 className="utrecht-heading-1">Prioriteringsronde</h1> : null}
      <Laden toestand={ronde.toestand}>
        {(r) => (
          <>
            <h1 className="utrecht-heading-1">{r.naam}</h1>
            <CyclusNavigatie huidig={metCyclus ? 'prioriteiten' : 'prioriteringsrondes'} />
            <dl className="kp-meta">
              <div>
                <dt>Met</dt>
                <dd>{groepNamen[r.groep]}</dd>
              </div>
              <div>
                <dt>Datum</dt>
                <dd>{r.datum ? datum(r.datum) : 'nog niet bekend'}</dd>
              </div>
              <div>
                <dt>Manier</dt>
                <dd>
                  {r.wijze === 'punten' ? `${r.punten} punten verdelen` : wijzeNamen[r.wijze]}, {r.anoniem ? 'anoniem' : 'met naam'}
                </dd>
              </div>
              <div>
                <dt>Status</dt>
                <dd>{statusNamen[r.status]}</dd>
              </div>
            </dl>
            {r.status === 'open' ? <p className="utrecht-paragraph kp-lead-klein">{werkwijze(r)}</p> : null}
            <div className="kp-actions">
              {magBeheren ? (
                <Link className="kp-button-link" to={`${basis}/prioriteringsrondes/${encodeURIComponent(r.id)}/presentatie`}>
                  Presentatie starten
                </Link>
              ) : null}
              <a className="kp-button-link kp-button-link--secondary" href={`/api/v1${pad}/voorstel.docx`} download>
                Download het voorstel als Word (.docx)
              </a>
            </div>
            <LiveStatus />
            {r.status === 'overgenomen' ? (
              <div className="kp-success">
                <p className="utrecht-paragraph">
                  De uitkomst van deze ronde is overgenomen in de prioriteiten.
                  {metCyclus ? (
                    <>
                      {' '}
                      <Link className="utrecht-link" to={`${basis}/prioriteiten`}>
                        Naar de prioriteiten
                      </Link>
                    </>
                  ) : null}
                </p>
              </div>
            ) : r.status === 'gesloten' ? (
              <div className="kp-note">
                <p className="utrecht-paragraph">Deze ronde is gesloten: keuzes insturen of aanpassen kan niet meer.</p>
              </div>
            ) : null}

            {r.ikDoeMee ? <MijnKeuze key={`${r.id}-${r.status}`} ronde={r} pad={pad} bron={ronde} voorstel={voorstel.toestand.status === 'klaar' ? voorstel.toestand.data : null} /> : null}

            {magBeheren ? (
              <>
                <Deelnemers ronde={r} />
                <UitslagSectie uitslag={uitslag} ronde={r} live />
                <Afronden ronde={r} pad={pad} basis={basis} bron={ronde} uitslag={uitslag.toestand.status === 'klaar' ? uitslag.toestand.data : null} />
              </>
            ) : uitslagZichtbaar ? (
              <UitslagSectie uitslag={uitslag} ronde={r} live={false} />
            ) : (
              <section className="kp-section" aria-labelledby="uitslag-kop">
                <h2 className="utrecht-heading-2" id="uitslag-kop">
                  Uitkomst
                </h2>
                <p className="utrecht-paragraph">
                  {ingestuurdTekst(r.deelnemers.filter((d) => d.ingevuld).length, r.deelnemers.length)} De coördinator toont
                  de uitkomst in de bijeenkomst; hier ziet u hem zodra de ronde gesloten is.
                </p>
              </section>
            )}

            <section className="kp-section" aria-labelledby="voorstel-kop">
              <h2 className="utrecht-heading-2" id="voorstel-kop">
                Het voorstel per thema
              </h2>
              <Laden toestand={voorstel.toestand}>
                {(v) => (
                  <div className="kp-voorstel">
                    {v.themas.map((t) => (
                      <VoorstelKaart key={t.themaId} thema={t} />
                    ))}
                  </div>
                )}
              </Laden>
            </section>
          </>
        )}
      </Laden>
    </>
  );
}

// --- The proposal --------------------------------------------------------------------------------

const trendNamen = { stijgt: 'stijgt', daalt: 'daalt', stabiel: 'stabiel' } as const;

/** The police figures of a theme as a small table, with the trend in words. */
export function CijferTabel({ cijfers, naam }: { cijfers: NonNullable<VoorstelThema['cijfers']>; naam: string }) {
  const metPer1000 = cijfers.jaren.some((j) => j.per1000 !== null);
  return (
    <Tabelkader label={`Cijfers van ${naam}`}>
      <table className="kp-table kp-table--smal">
        <caption className="kp-visually-hidden">Geregistreerde misdrijven per jaar, {naam}</caption>
        <thead>
          <tr>
            <th scope="col">Jaar</th>
            <th scope="col">Aantal</th>
            {metPer1000 ? <th scope="col">Per 1.000 inwoners</th> : null}
          </tr>
        </thead>
        <tbody>
          {cijfers.jaren.map((j) => (
            <tr key={j.jaar}>
              <th scope="row">{j.jaar}</th>
              <td>{getal(j.aantal)}</td>
              {metPer1000 ? <td>{getal(j.per1000)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </Tabelkader>
  );
}

export function IndicatorLijst({ indicatoren }: { indicatoren: VoorstelThema['indicatoren'] }) {
  return (
    <ul className="kp-ronde-indicatoren">
      {indicatoren.map((i, n) => (
        <li key={`${i.naam}-${n}`}>
          <strong>{i.naam}</strong>
          {i.laatste ? `: ${getal(i.laatste.waarde)}${i.eenheid ? ` ${i.eenheid}` : ''} (${i.laatste.periode})` : ': nog geen meting'}
          {i.statusTekst ? <span className="kp-blok kp-muted">{i.statusTekst}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function VoorstelKaart({ thema: t }: { thema: VoorstelThema }) {
  const kop = `voorstel-${themaSleutel(t.themaId)}`;
  return (
    <article className={`kp-card kp-veld-${t.veld.nummer} kp-voorstel-thema`} id={kop} aria-labelledby={`${kop}-kop`} tabIndex={-1}>
      <h3 className="utrecht-heading-3" id={`${kop}-kop`}>
        {t.themaId} {t.naam}
      </h3>
      <p className="utrecht-paragraph kp-muted kp-klein">
        Veld {t.veld.nummer}: {t.veld.naam}
      </p>
      <h4 className="kp-voorstel-kop">Argument van de werkgroep</h4>
      {t.werkgroepArgument ? <blockquote className="kp-citaat kp-voorgevormd">{t.werkgroepArgument}</blockquote> : <p className="utrecht-paragraph kp-muted">De werkgroep gaf hier geen argument bij.</p>}
      <h4 className="kp-voorstel-kop">Cijfers en trend</h4>
      {t.cijfers ? (
        <>
          <p className="utrecht-paragraph">
            {t.cijfers.trend ? <span className={`kp-trend kp-trend--${t.cijfers.trend}`}>Trend: {trendNamen[t.cijfers.trend]}. </span> : null}
            {t.cijfers.trendTekst}
          </p>
          <CijferTabel cijfers={t.cijfers} naam={`${t.themaId} ${t.naam}`} />
          <p className="utrecht-paragraph kp-klein kp-muted">Bron: {t.cijfers.bron}</p>
        </>
      ) : (
        <p className="utrecht-paragraph kp-muted">Er zijn geen politiecijfers bij dit thema.</p>
      )}
      {t.indicatoren.length > 0 ? (
        <>
          <h4 className="kp-voorstel-kop">Indicatoren</h4>
          <IndicatorLijst indicatoren={t.indicatoren} />
        </>
      ) : null}
      {t.inwoners ? (
        <>
          <h4 className="kp-voorstel-kop">Wat inwoners zeggen</h4>
          <p className="utrecht-paragraph">{inwonersTekst(t.inwoners)}</p>
        </>
      ) : null}
      <details className="kp-details">
        <summary>
          Uit de analyse<span className="kp-visually-hidden"> over {t.naam}</span>
        </summary>
        <p className="utrecht-paragraph kp-voorgevormd">{t.analyse || 'De analyse van dit thema is nog leeg.'}</p>
      </details>
      <details className="kp-details">
        <summary>
          Wat de kennisbank zegt<span className="kp-visually-hidden"> over {t.naam}</span>
        </summary>
        <p className="utrecht-paragraph kp-voorgevormd">{t.kennisbank}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/kennisbank/themas/${encodeURIComponent(t.themaId)}`}>
            Het thema {t.themaId} in de kennisbank
          </Link>
        </p>
      </details>
    </article>
  );
}

// --- My ranking ----------------------------------------------------------------------------------

interface Regel {
  themaId: string;
  argument: string;
  punten: string;
}

function beginRegels(r: Ronde): Regel[] {
  const eerder = r.mijnRangorde ?? [];
  const volgorde = [...eerder.map((k) => k.themaId).filter((t) => r.themaIds.includes(t)), ...r.themaIds.filter((t) => !eerder.some((k) => k.themaId === t))];
  return volgorde.map((themaId) => {
    const k = eerder.find((x) => x.themaId === themaId);
    return { themaId, argument: k?.argument ?? '', punten: k?.punten !== undefined ? String(k.punten) : r.mijnRangorde ? '0' : '' };
  });
}

function MijnKeuze({ ronde: r, pad, bron, voorstel }: { ronde: Ronde; pad: string; bron: Bron<Ronde>; voorstel: Voorstel | null }) {
  const schrijf = useSchrijf();
  const [regels, setRegels] = useState<Regel[]>(() => beginRegels(r));
  const [gewijzigd, setGewijzigd] = useState(false);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [vondsten, setVondsten] = useState<Vondst[]>([]);
  const [bezig, setBezig] = useState(false);
  const [focusNaar, setFocusNaar] = useState<string | null>(null);
  const [aankondiging, setAankondiging] = useState('');
  useVraagVoorWeggaan(gewijzigd && r.status === 'open');

  useEffect(() => {
    if (!focusNaar) return;
    document.getElementById(focusNaar)?.focus();
    setFocusNaar(null);
  }, [focusNaar]);

  const naamVan = (id: string) => voorstel?.themas.find((t) => t.themaId === id)?.naam ?? themaNaam(id);
  const ingevuld = r.mijnRangorde !== null;
  const open = r.status === 'open';
  const verdeeld = regels.reduce((s, x) => s + (Number(x.punten) || 0), 0);
  const over = r.punten - verdeeld;

  const zet = (i: number, p: Partial<Regel>) => {
    setRegels((oud) => oud.map((x, j) => (j === i ? { ...x, ...p } : x)));
    setGewijzigd(true);
  };
  const verplaats = (i: number, richting: -1 | 1) => {
    const j = i + richting;
    if (j < 0 || j >= regels.length) return;
    const id = regels[i]!.themaId;
    setRegels((oud) => {
      const nieuw = [...oud];
      [nieuw[i], nieuw[j]] = [nieuw[j]!, nieuw[i]!];
      return nieuw;
    });
    setGewijzigd(true);
    // The focus stays on the moved theme: on the same button, or on the other one at the top or bottom.
    const randBereikt = (richting === -1 && j === 0) || (richting === 1 && j === regels.length - 1);
    const knop = richting === -1 ? (randBereikt ? 'lager' : 'hoger') : randBereikt ? 'hoger' : 'lager';
    setFocusNaar(`keuze-${themaSleutel(id)}-${knop}`);
    setAankondiging(`${id} ${naamVan(id)} staat nu op plaats ${j + 1} van ${regels.length}.`);
  };

  const verstuur = async (gecontroleerd: boolean) => {
    const f: Record<string, string> = {};
    if (r.wijze === 'punten') {
      regels.forEach((x, i) => {
        const n = Number(x.punten || '0');
        if (!Number.isInteger(n) || n < 0) f[`punten-${i}`] = 'Geef een heel getal van 0 of meer.';
      });
      if (Object.keys(f).length === 0 && over !== 0) f.totaal = over > 0 ? `U moet nog ${over} ${over === 1 ? 'punt' : 'punten'} verdelen.` : `U hebt ${-over} ${over === -1 ? 'punt' : 'punten'} te veel verdeeld.`;
    }
    regels.forEach((x, i) => {
      if (x.argument.length > 1000) f[`argument-${i}`] = 'Gebruik hooguit 1000 tekens.';
    });
    setFouten(f);
    if (Object.keys(f).length > 0) {
      setMelding({ soort: 'fout', tekst: f.totaal ?? 'Controleer de velden met een melding.' });
      return;
    }
    setBezig(true);
    setMelding(null);
    const body = {
      rangorde: regels.map((x) => ({
        themaId: x.themaId,
        ...(x.argument.trim() ? { argument: x.argument.trim() } : {}),
        ...(r.wijze === 'punten' ? { punten: Number(x.punten || '0') } : {}),
      })),
    };
    const res = await schrijf<{ rangorde: Keuze[]; ontvangenOp: string }>('PUT', `${pad}/mijn-rangorde${gecontroleerd ? '?persoonsgegevensGecontroleerd=true' : ''}`, { body });
    setBezig(false);
    if (res.ok) {
      setVondsten([]);
      setFouten({});
      setGewijzigd(false);
      setMelding({ soort: 'ok', tekst: `Uw keuze is ingestuurd om ${tijd.format(new Date(res.data.ontvangenOp ?? Date.now()))}. U kunt hem aanpassen zolang de ronde open is.` });
      void bron.vernieuw();
      return;
    }
    if (res.status === 422 && Array.isArray(res.probleem.vondsten)) {
      setVondsten(res.probleem.vondsten as Vondst[]);
      setMelding(null);
      setFocusNaar('keuze-privacy');
      return;
    }
    setVondsten([]);
    if (res.status === 409) {
      setMelding({ soort: 'fout', tekst: `${res.probleem.detail} Uw keuze is niet meer ingestuurd.` });
      void bron.vernieuw();
      return;
    }
    if (res.status === 403) {
      setMelding({ soort: 'fout', tekst: 'U staat niet op de lijst van deelnemers van deze ronde, en kunt daarom niet meedoen. Vraag de coördinator u toe te voegen.' });
      return;
    }
    const vf: Record<string, string> = {};
    for (const p of (res.probleem.invalidParams as { name: string; reason: string }[] | undefined) ?? []) {
      const m = /rangorde\.?\[?(\d+)\]?\.(argument|punten)/.exec(p.name);
      if (m) vf[`${m[2]}-${m[1]}`] = p.reason;
    }
    setFouten(vf);
    setMelding({ soort: 'fout', tekst: res.probleem.detail });
  };

  if (!open) {
    return (
      <section className="kp-section" aria-labelledby="keuze-kop">
        <h2 className="utrecht-heading-2" id="keuze-kop">
          Uw keuze
        </h2>
        {ingevuld ? (
          <ol className="kp-keuze-lezen">
            {(r.mijnRangorde ?? []).map((k) => (
              <li key={k.themaId}>
                <strong>
                  {k.themaId} {naamVan(k.themaId)}
                </strong>
                {r.wijze === 'punten' ? ` – ${k.punten ?? 0} ${k.punten === 1 ? 'punt' : 'punten'}` : null}
                {k.argument ? <span className="kp-blok">{k.argument}</span> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="utrecht-paragraph">U hebt in deze ronde geen keuze ingestuurd.</p>
        )}
      </section>
    );
  }

  return (
    <section className="kp-section" aria-labelledby="keuze-kop">
      <h2 className="utrecht-heading-2" id="keuze-kop">
        Uw keuze
      </h2>
      {ingevuld && !gewijzigd ? (
        <div className="kp-success">
          <p className="utrecht-paragraph">U hebt uw keuze ingestuurd. U kunt hem aanpassen en opnieuw insturen zolang de ronde open is.</p>
        </div>
      ) : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void verstuur(false);
        }}
      >
        {r.wijze === 'rangorde' ? (
          <>
            <p className="utrecht-paragraph kp-klein kp-muted" id="keuze-uitleg">
              Bovenaan staat wat u het belangrijkst vindt. Verplaats een thema met de knoppen Hoger en Lager.
            </p>
            <div role="status" className="kp-visually-hidden">
              {aankondiging}
            </div>
          </>
        ) : (
          <p className={`kp-puntenteller${over < 0 ? ' kp-puntenteller--te-veel' : over === 0 ? ' kp-puntenteller--klaar' : ''}`} role="status" id="keuze-teller">
            {over > 0 ? `Nog te verdelen: ${over} van ${r.punten} punten.` : over === 0 ? `Alle ${r.punten} punten zijn verdeeld.` : `U hebt ${-over} ${over === -1 ? 'punt' : 'punten'} te veel verdeeld (${verdeeld} van ${r.punten}).`}
          </p>
        )}
        <ol className="kp-keuzelijst" aria-describedby={r.wijze === 'rangorde' ? 'keuze-uitleg' : 'keuze-teller'}>
          {regels.map((x, i) => {
            const s = themaSleutel(x.themaId);
            const naam = `${x.themaId} ${naamVan(x.themaId)}`;
            const argFout = fouten[`argument-${i}`];
            const puntFout = fouten[`punten-${i}`];
            return (
              <li key={x.themaId} className="kp-keuze">
                <div className="kp-keuze__kop">
                  {r.wijze === 'rangorde' ? (
                    <span className="kp-keuze__plaats" aria-hidden="true">
                      {i + 1}
                    </span>
                  ) : null}
                  <h3 className="kp-keuze__naam" id={`keuze-${s}-naam`}>
                    {r.wijze === 'rangorde' ? <span className="kp-visually-hidden">Plaats {i + 1}: </span> : null}
                    {naam}
                  </h3>
                  {r.wijze === 'rangorde' ? (
                    <div className="kp-keuze__knoppen">
                      <button type="button" id={`keuze-${s}-hoger`} aria-label={`Hoger: ${naam}`} className="utrecht-button utrecht-button--secondary-action kp-button-klein" disabled={i === 0} onClick={() => verplaats(i, -1)}>
                        <span aria-hidden="true">▲{'\u00a0'}</span>Hoger
                      </button>
                      <button type="button" id={`keuze-${s}-lager`} aria-label={`Lager: ${naam}`} className="utrecht-button utrecht-button--secondary-action kp-button-klein" disabled={i === regels.length - 1} onClick={() => verplaats(i, 1)}>
                        <span aria-hidden="true">▼{'\u00a0'}</span>Lager
                      </button>
                    </div>
                  ) : (
                    <div className={`kp-keuze__punten utrecht-form-field${puntFout ? ' utrecht-form-field--invalid' : ''}`}>
                      <label className="utrecht-form-label" htmlFor={`keuze-${s}-punten`}>
                        Punten<span className="kp-visually-hidden"> voor {naam}</span>
                      </label>
                      <input
                        id={`keuze-${s}-punten`}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={r.punten}
                        className={`utrecht-textbox utrecht-textbox--html-input kp-puntenveld${puntFout ? ' utrecht-textbox--invalid' : ''}`}
                        value={x.punten}
                        placeholder="0"
                        aria-invalid={puntFout ? true : undefined}
                        aria-describedby={puntFout ? `keuze-${s}-punten-fout` : 'keuze-teller'}
                        onChange={(e) => zet(i, { punten: e.target.value })}
                      />
                      {puntFout ? (
                        <p className="kp-field__fout" id={`keuze-${s}-punten-fout`}>
                          {puntFout}
                        </p>
                      ) : null}
                    </div>
                  )}
                </div>
                <div className={`utrecht-form-field kp-field kp-keuze__argument${argFout ? ' utrecht-form-field--invalid' : ''}`}>
                  <label className="utrecht-form-label" htmlFor={`keuze-${s}-argument`}>
                    Waarom?<span className="kp-visually-hidden"> Uw argument bij {naam}</span> <span className="kp-muted kp-normaal">(niet verplicht)</span>
                  </label>
                  {argFout ? (
                    <p className="kp-field__fout" id={`keuze-${s}-argument-fout`}>
                      {argFout}
                    </p>
                  ) : null}
                  <textarea
                    id={`keuze-${s}-argument`}
                    className={`utrecht-textarea kp-textarea-kort${argFout ? ' utrecht-textarea--invalid' : ''}`}
                    rows={2}
                    maxLength={1000}
                    value={x.argument}
                    aria-invalid={argFout ? true : undefined}
                    aria-describedby={argFout ? `keuze-${s}-argument-fout` : undefined}
                    onChange={(e) => zet(i, { argument: e.target.value })}
                  />
                </div>
                <a className="utrecht-link kp-klein" href={`#voorstel-${s}`}>
                  Voorstel bij {naam} lezen
                </a>
              </li>
            );
          })}
        </ol>
        {vondsten.length > 0 ? (
          <div className="kp-warning" id="keuze-privacy" tabIndex={-1}>
            <p className="utrecht-paragraph">
              <strong>Staan er persoonsgegevens in uw argumenten?</strong> Kernplan vond:
            </p>
            <ul className="utrecht-unordered-list">
              {vondsten.map((v, i) => (
                <li key={i} className="utrecht-unordered-list__item">
                  “{v.fragment}”: {v.uitleg}
                </li>
              ))}
            </ul>
            <p className="utrecht-paragraph">Haal ze weg en stuur opnieuw in. Zijn het geen persoonsgegevens, stuur dan toch in.</p>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={() => void verstuur(true)}>
              Toch insturen: dit zijn geen persoonsgegevens
            </button>
          </div>
        ) : null}
        <Meldingregel melding={melding} />
        <div className="kp-actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
            {ingevuld ? 'Mijn keuze opnieuw insturen' : 'Mijn keuze insturen'}
          </button>
        </div>
      </form>
    </section>
  );
}

// --- Coordinator: who has submitted, the result, closing and carrying over ------------------------

function Deelnemers({ ronde: r }: { ronde: Ronde }) {
  const klaar = r.deelnemers.filter((d) => d.ingevuld).length;
  return (
    <section className="kp-section" aria-labelledby="deelnemers-kop">
      <h2 className="utrecht-heading-2" id="deelnemers-kop">
        Deelnemers
      </h2>
      <p className="utrecht-paragraph" role="status">
        {ingestuurdTekst(klaar, r.deelnemers.length)}
      </p>
      {r.deelnemers.length === 0 ? (
        <div className="kp-warning">
          <p className="utrecht-paragraph">Er doet nog niemand mee. Nodig eerst de deelnemers uit als lid van de werkruimte, met de passende rol.</p>
        </div>
      ) : (
        <ul className="kp-deelnemers">
          {r.deelnemers.map((d) => (
            <li key={d.gebruikerId} className={d.ingevuld ? 'kp-deelnemer kp-deelnemer--klaar' : 'kp-deelnemer'}>
              <span className="kp-deelnemer__teken" aria-hidden="true">
                {d.ingevuld ? '✓' : '…'}
              </span>
              {d.naam}: {d.ingevuld ? 'ingestuurd' : 'nog niet'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "gemiddeld plaats 1,7" */
function plaats(n: number | null): string {
  return n === null ? '–' : eenDecimaal.format(n);
}

export function ArgumentenLijst({ thema, wijze }: { thema: UitslagThema; wijze: Ronde['wijze'] }) {
  if (thema.argumenten.length === 0) return <p className="utrecht-paragraph kp-muted">Geen argumenten.</p>;
  return (
    <ul className="kp-argumenten">
      {thema.argumenten.map((a, i) => {
        const bij = [a.door, wijze === 'rangorde' && a.rang !== null ? `plaats ${a.rang}` : null, wijze === 'punten' && a.punten !== null ? `${a.punten} ${a.punten === 1 ? 'punt' : 'punten'}` : null].filter(Boolean).join(', ');
        return (
          <li key={i}>
            <span className="kp-voorgevormd">“{a.tekst}”</span>
            {bij ? <span className="kp-argument__door"> – {bij}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

function UitslagSectie({ uitslag, ronde: r, live }: { uitslag: Bron<Uitslag>; ronde: Ronde; live: boolean }) {
  return (
    <section className="kp-section" aria-labelledby="uitslag-kop">
      <h2 className="utrecht-heading-2" id="uitslag-kop">
        {live && r.status === 'open' ? 'Uitkomst tot nu toe' : 'Uitkomst'}
      </h2>
      {uitslag.toestand.status === 'fout' && uitslag.toestand.fout.status === 403 ? (
        <p className="utrecht-paragraph">De coördinator toont de uitkomst in de bijeenkomst.</p>
      ) : (
        <Laden toestand={uitslag.toestand}>
          {(u) => (
            <>
              <p className="utrecht-paragraph" role={live ? 'status' : undefined}>
                {ingestuurdTekst(u.aantalDeelnemers, u.aantalUitgenodigd)}
                {live && r.status === 'open' ? ' De uitkomst werkt zich vanzelf bij.' : ''}
              </p>
              {u.aantalDeelnemers === 0 ? null : (
                <>
                  <Tabelkader label="Uitkomst per thema">
                    <table className="kp-table kp-uitslagtabel">
                      <thead>
                        <tr>
                          <th scope="col">Plaats</th>
                          <th scope="col">Thema</th>
                          <th scope="col">Score</th>
                          <th scope="col">Gekozen door</th>
                          {r.wijze === 'rangorde' ? <th scope="col">Gemiddelde plaats</th> : null}
                          <th scope="col">Spreiding</th>
                        </tr>
                      </thead>
                      <tbody>
                        {u.themas.map((t, i) => (
                          <tr key={t.themaId}>
                            <td>{i + 1}</td>
                            <th scope="row">
                              {t.themaId} {t.naam}
                            </th>
                            <td>{getal(t.score)}</td>
                            <td>{t.aantalDeelnemers}</td>
                            {r.wijze === 'rangorde' ? <td>{plaats(t.gemiddeldeRang)}</td> : null}
                            <td>{eenDecimaal.format(t.spreiding)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </Tabelkader>
                  <p className="utrecht-paragraph kp-klein kp-muted">
                    {r.wijze === 'rangorde'
                      ? `Score: een thema krijgt van elke deelnemer ${u.themas.length} punten voor plaats 1, ${u.themas.length - 1} voor plaats 2, enzovoort.`
                      : 'Score: het totaal van de punten van alle deelnemers.'}{' '}
                    Spreiding: hoe verschillend de deelnemers over het thema denken (0 is eensgezind).
                  </p>
                  <h3 className="utrecht-heading-3">Argumenten per thema</h3>
                  {u.themas.map((t) => (
                    <details key={t.themaId} className="kp-details">
                      <summary>
                        {t.themaId} {t.naam} ({t.argumenten.length} {t.argumenten.length === 1 ? 'argument' : 'argumenten'})
                      </summary>
                      <ArgumentenLijst thema={t} wijze={r.wijze} />
                    </details>
                  ))}
                </>
              )}
            </>
          )}
        </Laden>
      )}
    </section>
  );
}

function Afronden({ ronde: r, pad, basis, bron, uitslag }: { ronde: Ronde; pad: string; basis: string; bron: Bron<Ronde>; uitslag: Uitslag | null }) {
  const { werkruimte } = useWerkruimte();
  const schrijf = useSchrijf();
  const cyclus = useBron<{ prioriteiten: Prioriteit[] }>(`${basis}/cyclus`);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const [keuze, setKeuze] = useState<string[] | null>(null);
  useLiveBericht((b) => {
    if (b.type === 'werkruimte' && b.id === 'prioriteiten') void cyclus.vernieuw();
  });

  const prioriteiten = cyclus.toestand.status === 'klaar' ? cyclus.toestand.data.prioriteiten : null;
  const inPrioriteit = useMemo(() => new Set((prioriteiten ?? []).flatMap((p) => p.themaIds)), [prioriteiten]);
  const eenGemeente = werkruimte.deelnemendeGemeenten.length === 0;
  const ruimte = prioriteiten && eenGemeente ? Math.max(0, MAX_PRIORITEITEN - prioriteiten.length) : 3;
  const kandidaten = (uitslag?.themas ?? []).filter((t) => !inPrioriteit.has(t.themaId));
  // Default: the top 3 of the result, fewer when the method's maximum leaves less room.
  const standaard = kandidaten.slice(0, Math.min(3, ruimte)).map((t) => t.themaId);
  const gekozen = keuze ?? standaard;

  const wijzigStatus = async (status: 'open' | 'gesloten') => {
    setBezig(true);
    setMelding(null);
    const res = await schrijf<Ronde>('PATCH', pad, { ifMatch: r.versie, body: { status } });
    setBezig(false);
    if (res.ok) {
      bron.zet(res.data);
      setMelding({ soort: 'ok', tekst: status === 'gesloten' ? 'De ronde is gesloten. Niemand kan zijn keuze nog insturen of aanpassen.' : 'De ronde is weer open.' });
      return;
    }
    if (res.status === 412) {
      void bron.vernieuw();
      setMelding({ soort: 'fout', tekst: 'De ronde is intussen gewijzigd. De nieuwe stand is geladen; probeer het nog eens.' });
      return;
    }
    setMelding({ soort: 'fout', tekst: res.probleem.detail });
  };

  const neemOver = async () => {
    if (gekozen.length === 0) {
      setMelding({ soort: 'fout', tekst: 'Kies ten minste één thema om over te nemen.' });
      return;
    }
    setBezig(true);
    setMelding(null);
    const res = await schrijf<{ prioriteiten: unknown }>('POST', `${pad}/overname`, { body: { themaIds: gekozen } });
    setBezig(false);
    if (res.ok) {
      setKeuze(null);
      void bron.vernieuw();
      void cyclus.vernieuw();
      setMelding({
        soort: 'ok',
        tekst: (
          <>
            De uitkomst is overgenomen: {gekozen.map((t) => `${t} ${themaNaam(t)}`).join(', ')}{' '}
            {gekozen.length === 1 ? 'is nu een prioriteit' : 'zijn nu prioriteiten'}. De ronde is gesloten.{' '}
            <Link className="utrecht-link" to={`${basis}/prioriteiten`}>
              Naar de prioriteiten
            </Link>
          </>
        ),
      });
      return;
    }
    if (res.status === 422) {
      const aantal = prioriteiten?.length;
      const naarPrioriteiten = (
        <Link className="utrecht-link" to={`${basis}/prioriteiten`}>
          Prioriteiten
        </Link>
      );
      setMelding({
        soort: 'fout',
        tekst:
          eenGemeente && aantal !== undefined && aantal + gekozen.length > MAX_PRIORITEITEN ? (
            <>
              Overnemen lukte niet. De methode staat hooguit {MAX_PRIORITEITEN} prioriteiten toe en er zijn er nu {aantal}. Kies minder thema's, of
              schrap eerst een prioriteit op de pagina {naarPrioriteiten}.
            </>
          ) : (
            <>
              Overnemen lukte niet. {res.probleem.detail} Kies andere thema's, of pas eerst de prioriteiten aan op de pagina {naarPrioriteiten}.
            </>
          ),
      });
      return;
    }
    if (res.status === 409) void bron.vernieuw();
    setMelding({ soort: 'fout', tekst: res.probleem.detail });
  };

  if (r.status === 'overgenomen') return melding ? <Meldingregel melding={melding} /> : null;

  let ruimteTekst: ReactNode = null;
  if (prioriteiten && eenGemeente) {
    ruimteTekst =
      ruimte === 0
        ? `Er zijn al ${prioriteiten.length} prioriteiten, het maximum van de methode. Schrap eerst een prioriteit voordat u iets overneemt.`
        : `Er ${prioriteiten.length === 1 ? 'is' : 'zijn'} nu ${prioriteiten.length} ${prioriteiten.length === 1 ? 'prioriteit' : 'prioriteiten'}; de methode staat er hooguit ${MAX_PRIORITEITEN} toe. U kunt er nog ${ruimte} bij nemen.`;
  }

  return (
    <section className="kp-section" aria-labelledby="afronden-kop">
      <h2 className="utrecht-heading-2" id="afronden-kop">
        Afronden
      </h2>
      {r.status === 'open' ? (
        <>
          <p className="utrecht-paragraph">Sluit de ronde als iedereen heeft ingestuurd. Daarna kan niemand zijn keuze nog aanpassen.</p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={() => void wijzigStatus('gesloten')}>
            Ronde sluiten
          </button>
        </>
      ) : (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" disabled={bezig} onClick={() => void wijzigStatus('open')}>
          Ronde weer openen
        </button>
      )}
      <h3 className="utrecht-heading-3">Overnemen in de prioriteiten</h3>
      {!uitslag || uitslag.aantalDeelnemers === 0 ? (
        <p className="utrecht-paragraph kp-muted">Overnemen kan zodra er keuzes zijn ingestuurd.</p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void neemOver();
          }}
        >
          <fieldset className="kp-fieldset" aria-describedby="overname-uitleg">
            <legend className="utrecht-form-label">Welke thema's worden een prioriteit?</legend>
            <p className="utrecht-form-field-description kp-field__uitleg" id="overname-uitleg">
              Elk gekozen thema wordt een eigen prioriteit met de naam van het thema; u kunt ze daarna samenvoegen en hernoemen. Het overnemen sluit
              de ronde en legt het verslag vast. {ruimteTekst}
            </p>
            {uitslag.themas.map((t, i) => {
              const al = inPrioriteit.has(t.themaId);
              const id = `overname-${themaSleutel(t.themaId)}`;
              return (
                <div className="kp-check" key={t.themaId}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={gekozen.includes(t.themaId)}
                    disabled={al}
                    onChange={(e) => setKeuze(e.target.checked ? [...gekozen, t.themaId] : gekozen.filter((x) => x !== t.themaId))}
                  />
                  <label htmlFor={id}>
                    {i + 1}. {t.themaId} {t.naam} <span className="kp-muted">({al ? 'al een prioriteit' : `score ${getal(t.score)}`})</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
            Overnemen in de prioriteiten
          </button>
        </form>
      )}
      <Meldingregel melding={melding} />
    </section>
  );
}
