/**
 * The line chart of one effect indicator (step 6), drawn as SVG without a chart library: the
 * reference point, the target path (dashed) and the measurements, each with its status as a shape
 * and a colour. The chart is an image with a summary for screen readers; the legend is text and
 * every figure is also in a table ("Cijfers in tabel").
 *
 * Quarter measurements: a quarter measurement of a count (aantal, per 1.000 inwoners) is the count
 * over that quarter, about a quarter of a year figure. It is not drawn on the same axis as the year
 * figures (it would look like a steep fall) but shown in its own small table next to the quarter
 * share of the path. A quarter measurement of a percentage or score is on the same scale and is drawn
 * as an open symbol at its place in the year.
 *
 * Targets are drawn in the form the plan gives them (streefgrafiek in the dashboard domain): the
 * dashed path through every level (each year of a series, the computed path of a relative target);
 * a ceiling or floor as the last target is a horizontal limit from its year, labelled 'niet boven 5'
 * or 'minimaal 80 %'; a qualitative target ('afname') has no number, so no line, only a text label at
 * its year. The same is said in words in the summary, the caption and the table of figures.
 */
import { type ReactNode, type RefObject, useLayoutEffect, useRef, useState } from 'react';
import type { IndicatorOverzicht } from '../../../domain/monitoring/dashboard.ts';
import { formatGetal, formatProcentVerandering } from '../../../domain/monitoring/getallen.ts';
import { periodeTijd, tijdstip } from '../../../domain/monitoring/indicatoren.ts';
import { Tabelkader } from '../../shared/formulier.tsx';
import { type BeoordeeldeMeting, type Beoordeling, type Eenheid, eenheidTekst, type IndicatorStatus, statusNamen } from '../../../domain/monitoring/typen.ts';

/** Does a quarter measurement of this unit count a quarter (and not measure a level)? */
export function isTelling(eenheid: Eenheid): boolean {
  return eenheid === 'aantal' || eenheid === 'per-1000';
}

/** '2027-K2' → '2e kwartaal 2027'; '2027' → '2027'. */
export function periodeNaam(periode: string): string {
  const t = periodeTijd(periode);
  if (!t) return periode;
  return t.kwartaal === null ? String(t.jaar) : `${t.kwartaal}e kwartaal ${t.jaar}`;
}

const isKwartaal = (m: BeoordeeldeMeting) => periodeTijd(m.periode)?.kwartaal != null;

/** The measurements drawn in the chart and the quarter counts that go to their own table. */
export function verdeelMetingen(ind: Pick<IndicatorOverzicht, 'eenheid' | 'metingen'>): { getekend: BeoordeeldeMeting[]; kwartaaltellingen: BeoordeeldeMeting[] } {
  const telling = isTelling(ind.eenheid);
  return {
    getekend: ind.metingen.filter((m) => !(telling && isKwartaal(m)) && tijdstip(m.periode) !== null),
    kwartaaltellingen: ind.metingen.filter((m) => telling && isKwartaal(m)),
  };
}

// Colours on white: path blue 10,5:1; on track green 6,4:1; behind red 7,3:1; not judged grey 8,9:1.
// Every status also has its own shape, so the colour is never the only difference.
const kleur = { pad: '#154273', lijn: '#4a4a4a', raster: '#d3d9e0', as: '#6b7785', tekst: '#1a1a1a' } as const;
export const statusKleur: Record<IndicatorStatus, string> = { 'op-koers': '#1e6b2a', achter: '#a4001f', onbekend: '#4a4a4a' };

/** Round tick values (1, 2 or 5 times a power of ten) covering lo..hi. */
function ticks(lo: number, hi: number, aantal = 5): { min: number; max: number; stap: number; waarden: number[] } {
  if (hi - lo < 1e-9) {
    const marge = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
    lo -= marge;
    hi += marge;
  }
  const ruw = (hi - lo) / aantal;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  const stap = [1, 2, 2.5, 5, 10].map((f) => f * macht).find((s) => s >= ruw) ?? 10 * macht;
  const min = Math.floor(lo / stap) * stap;
  const max = Math.ceil(hi / stap) * stap;
  const waarden: number[] = [];
  for (let v = min; v <= max + stap / 2; v += stap) waarden.push(Number(v.toPrecision(12)));
  return { min, max, stap, waarden };
}

/** The shape of a point by status: circle (on track), triangle (behind), diamond (not judged). */
function Symbool({ x, y, status, open = false, grootte = 6 }: { x: number; y: number; status: IndicatorStatus; open?: boolean; grootte?: number }) {
  const k = statusKleur[status];
  const props = { fill: open ? '#ffffff' : k, stroke: open ? k : '#ffffff', strokeWidth: open ? 2.5 : 1.5 };
  const g = grootte;
  if (status === 'op-koers') return <circle cx={x} cy={y} r={g} {...props} />;
  if (status === 'achter') return <path d={`M ${x} ${y - g * 1.2} L ${x + g * 1.15} ${y + g * 0.85} L ${x - g * 1.15} ${y + g * 0.85} Z`} {...props} />;
  return <path d={`M ${x} ${y - g * 1.2} L ${x + g * 1.2} ${y} L ${x} ${y + g * 1.2} L ${x - g * 1.2} ${y} Z`} {...props} />;
}

/** A small picture for the legend (decorative: the text next to it says what it is). */
function Legendabeeld({ children }: { children: ReactNode }) {
  return (
    <svg className="kp-legenda__beeld" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const standaardMarge = { links: 66, rechts: 18, boven: 18, onder: 40 };

/** The accessible summary of the chart, for aria-label. */
export function grafiekSamenvatting(ind: IndicatorOverzicht, getekend: BeoordeeldeMeting[]): string {
  const w = (v: number) => formatGetal(v, ind.eenheid);
  const delen = [`Grafiek van ${ind.naam}.`];
  if (ind.referentiejaar !== null && ind.referentiewaarde !== null) delen.push(`Referentie ${w(ind.referentiewaarde)} in ${ind.referentiejaar}.`);
  if (ind.eindjaar !== null && ind.eindstreefwaarde !== null) delen.push(ind.eindvorm ? `Streefwaarde ${ind.eindvorm}, tot en met ${ind.eindjaar}.` : `Streefwaarde ${w(ind.eindstreefwaarde)} in ${ind.eindjaar}.`);
  // A target in another form than a plain number: what the chart draws for it, in words.
  if (ind.eindvorm && ind.streefgrafiek.beschrijving) delen.push(ind.streefgrafiek.beschrijving);
  if (getekend.length === 0) delen.push('Nog geen metingen in deze periode.');
  else {
    const laatste = getekend.at(-1)!;
    delen.push(`${getekend.length === 1 ? '1 meting' : `${getekend.length} metingen`} van ${periodeNaam(getekend[0]!.periode)} tot en met ${periodeNaam(laatste.periode)}.`);
    delen.push(`Laatste meting ${w(laatste.waarde)} in ${periodeNaam(laatste.periode)}: ${statusNamen[laatste.status].toLowerCase()}.`);
  }
  return delen.join(' ');
}

/**
 * The width of the chart in CSS pixels: the viewBox follows the width of the figure, so the labels
 * keep their size on a phone and the drawing never scales text below its font size.
 */
function useBreedte(): [RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement | null>(null);
  const [breedte, setBreedte] = useState(560);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const meet = () => setBreedte(Math.max(280, Math.min(720, Math.round(el.clientWidth))));
    meet();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(meet);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, breedte];
}

export function IndicatorGrafiek({ indicator: ind, beoordeling }: { indicator: IndicatorOverzicht; beoordeling: Beoordeling }) {
  const [figuur, B] = useBreedte();
  const H = Math.round(Math.max(230, Math.min(300, B * 0.52)));
  const { getekend, kwartaaltellingen } = verdeelMetingen(ind);
  const idBasis = `grafiek-${ind.id}`;
  const w = (v: number) => formatGetal(v, ind.eenheid);

  // Time axis: year Y at time Y (end of the year), quarter q of Y at (Y - 1) + q/4.
  const sg = ind.streefgrafiek;
  // A qualitative target gets a band of its own above the plot for its label, so it never covers a point.
  const marge = { ...standaardMarge, boven: standaardMarge.boven + (sg.koersen.length > 0 ? 22 : 0) };
  const pad = [...sg.pad].sort((a, b) => a.jaar - b.jaar);
  const punten = getekend.map((m) => ({ m, t: tijdstip(m.periode)!, kwartaal: isKwartaal(m) }));
  const tijden = [...pad.map((p) => p.jaar), ...punten.map((p) => p.t), ...sg.koersen.map((k) => k.jaar)];
  const waarden = [...pad.map((p) => p.waarde), ...punten.map((p) => p.m.waarde), ...(sg.grens ? [sg.grens.waarde] : [])];
  const leeg = tijden.length === 0;

  let tMin = leeg ? 0 : Math.floor(Math.min(...tijden));
  // A limit runs on after its year: leave a year of room to draw it.
  let tMax = leeg ? 1 : Math.max(Math.ceil(Math.max(...tijden)), sg.grens ? sg.grens.jaar + 1 : -Infinity);
  if (tMax - tMin < 2) {
    tMin -= 1;
    tMax += 1;
  }
  let lo = waarden.length === 0 ? 0 : Math.min(...waarden);
  let hi = waarden.length === 0 ? 1 : Math.max(...waarden);
  const ruimte = (hi - lo) * 0.12 || Math.abs(hi) * 0.1 || 1;
  lo -= ruimte;
  hi += ruimte;
  if (lo < 0 && (waarden.length === 0 || Math.min(...waarden) >= 0)) lo = 0;
  if (ind.eenheid === 'percentage' && hi > 100) hi = 100;
  const y = ticks(lo, hi);

  const x = (t: number) => marge.links + ((t - tMin) / (tMax - tMin)) * (B - marge.links - marge.rechts);
  const yp = (v: number) => H - marge.onder - ((v - y.min) / (y.max - y.min)) * (H - marge.boven - marge.onder);
  // At least about 44 px between two year labels.
  const jaarStap = Math.max(1, Math.ceil((44 * (tMax - tMin)) / (B - marge.links - marge.rechts)));
  const jaren: number[] = [];
  for (let j = tMin; j <= tMax; j += jaarStap) jaren.push(j);

  // After the last target year the path stays level at the final target, unless a limit or a
  // qualitative target takes over there.
  const padLijn = pad.map((p) => `${x(p.jaar)},${yp(p.waarde)}`);
  const laatstePad = pad.at(-1);
  if (sg.doorlopen && laatstePad && laatstePad.jaar < tMax) padLijn.push(`${x(tMax)},${yp(laatstePad.waarde)}`);
  const jaarPunten = punten.filter((p) => !p.kwartaal);
  // The value label of the last measurement goes on the side away from the path, so they do not overlap.
  const padOp = (t: number): number | null => {
    if (sg.grens && t >= sg.grens.jaar) return sg.grens.waarde;
    if (pad.length === 0) return null;
    if (t <= pad[0]!.jaar) return pad[0]!.waarde;
    for (let i = 1; i < pad.length; i++) {
      const a = pad[i - 1]!;
      const b = pad[i]!;
      if (t <= b.jaar) return a.waarde + ((b.waarde - a.waarde) * (t - a.jaar)) / (b.jaar - a.jaar);
    }
    return pad.at(-1)!.waarde;
  };
  const labelY = (t: number, v: number) => {
    const p = padOp(t);
    const onder = yp(v) + 22;
    const boven = yp(v) - 12;
    if (p !== null && v < p) return onder <= H - marge.onder - 4 ? onder : boven;
    return boven >= marge.boven + 10 ? boven : onder;
  };
  const referentie = ind.referentiejaar !== null && ind.referentiewaarde !== null ? { jaar: ind.referentiejaar, waarde: ind.referentiewaarde } : null;
  const laatste = punten.at(-1);
  const statussen = new Set(punten.map((p) => p.m.status));
  const openKwartalen = punten.some((p) => p.kwartaal);

  if (leeg) {
    return (
      <figure className="kp-grafiek" ref={figuur}>
        <p className="utrecht-paragraph kp-muted">Nog geen referentie, streefwaarden of metingen om een grafiek van te maken.</p>
      </figure>
    );
  }

  return (
    <figure className="kp-grafiek" ref={figuur}>
      <svg className="kp-grafiek__svg" viewBox={`0 0 ${B} ${H}`} role="img" aria-label={grafiekSamenvatting(ind, getekend)} preserveAspectRatio="xMidYMid meet">
        {y.waarden.map((v) => (
          <g key={`y${v}`}>
            <line x1={marge.links} x2={B - marge.rechts} y1={yp(v)} y2={yp(v)} stroke={kleur.raster} strokeWidth={1} />
            <text x={marge.links - 8} y={yp(v)} textAnchor="end" dominantBaseline="middle" className="kp-grafiek__label">
              {w(v)}
            </text>
          </g>
        ))}
        <line x1={marge.links} x2={marge.links} y1={marge.boven} y2={H - marge.onder} stroke={kleur.as} strokeWidth={1.5} />
        <line x1={marge.links} x2={B - marge.rechts} y1={H - marge.onder} y2={H - marge.onder} stroke={kleur.as} strokeWidth={1.5} />
        {jaren.map((j) => (
          <g key={`x${j}`}>
            <line x1={x(j)} x2={x(j)} y1={H - marge.onder} y2={H - marge.onder + 5} stroke={kleur.as} strokeWidth={1.5} />
            <text x={x(j)} y={H - marge.onder + 20} textAnchor="middle" className="kp-grafiek__label">
              {j}
            </text>
          </g>
        ))}
        {padLijn.length > 1 ? <polyline points={padLijn.join(' ')} fill="none" stroke={kleur.pad} strokeWidth={2.5} strokeDasharray="9 6" /> : null}
        {pad.slice(referentie ? 1 : 0).map((p) => (
          <circle key={`s${p.jaar}`} cx={x(p.jaar)} cy={yp(p.waarde)} r={3.5} fill={kleur.pad} />
        ))}
        {sg.grens ? (
          <g>
            <line x1={x(sg.grens.jaar)} x2={x(tMax)} y1={yp(sg.grens.waarde)} y2={yp(sg.grens.waarde)} stroke={kleur.pad} strokeWidth={3} />
            <text
              x={x(tMax)}
              y={yp(sg.grens.waarde) + (sg.grens.soort === 'plafond' ? -9 : 20)}
              textAnchor="end"
              className="kp-grafiek__label"
              paintOrder="stroke"
              stroke="#ffffff"
              strokeWidth={4}
            >
              {sg.grens.tekst}
            </text>
          </g>
        ) : null}
        {sg.koersen.map((k) => (
          <text
            key={`k${k.jaar}`}
            x={x(k.jaar) > B / 2 ? x(k.jaar) : x(k.jaar) + 4}
            y={marge.boven - 8}
            textAnchor={x(k.jaar) > B / 2 ? 'end' : 'start'}
            className="kp-grafiek__waarde"
            fill={kleur.pad}
          >
            {B < 420 ? `Streefwaarde: ${k.tekst}` : `Streefwaarde: ${k.tekst} (${k.jaar})`}
          </text>
        ))}
        {sg.koersen.map((k) => (
          <line key={`kl${k.jaar}`} x1={x(k.jaar)} x2={x(k.jaar)} y1={marge.boven - 4} y2={H - marge.onder} stroke={kleur.pad} strokeWidth={1} strokeDasharray="2 4" />
        ))}
        {jaarPunten.length > 1 ? <polyline points={jaarPunten.map((p) => `${x(p.t)},${yp(p.m.waarde)}`).join(' ')} fill="none" stroke={kleur.lijn} strokeWidth={1.5} /> : null}
        {referentie ? <rect x={x(referentie.jaar) - 6.5} y={yp(referentie.waarde) - 6.5} width={13} height={13} fill={kleur.pad} stroke="#ffffff" strokeWidth={1.5} /> : null}
        {punten.map((p) => (
          <Symbool key={p.m.periode} x={x(p.t)} y={yp(p.m.waarde)} status={p.m.status} open={p.kwartaal} />
        ))}
        {laatste ? (
          <text
            x={x(laatste.t) + (x(laatste.t) > B - 90 ? -10 : 10)}
            y={labelY(laatste.t, laatste.m.waarde)}
            textAnchor={x(laatste.t) > B - 90 ? 'end' : 'start'}
            className="kp-grafiek__waarde"
          >
            {w(laatste.m.waarde)}
          </text>
        ) : null}
      </svg>
      <ul className="kp-legenda" aria-label="Legenda">
        {referentie ? (
          <li>
            <Legendabeeld>
              <rect x={8} y={2} width={12} height={12} fill={kleur.pad} />
            </Legendabeeld>
            Referentie ({referentie.jaar})
          </li>
        ) : null}
        {pad.length > 1 ? (
          <li>
            <Legendabeeld>
              <line x1={1} x2={27} y1={8} y2={8} stroke={kleur.pad} strokeWidth={2.5} strokeDasharray="7 4" />
            </Legendabeeld>
            Streefpad{beoordeling === 'eindstreefwaarde' ? ' (naar de eindstreefwaarde)' : ' (door de streefwaarden)'}
          </li>
        ) : null}
        {sg.grens ? (
          <li>
            <Legendabeeld>
              <line x1={1} x2={27} y1={8} y2={8} stroke={kleur.pad} strokeWidth={3} />
            </Legendabeeld>
            {sg.grens.soort === 'plafond' ? 'Plafond' : 'Vloer'}: {sg.grens.tekst} vanaf {sg.grens.jaar}
          </li>
        ) : null}
        {sg.koersen.map((k) => (
          <li key={`lk${k.jaar}`}>
            <Legendabeeld>
              <line x1={14} x2={14} y1={1} y2={15} stroke={kleur.pad} strokeWidth={1} strokeDasharray="2 3" />
            </Legendabeeld>
            Streefwaarde {k.tekst} ({k.jaar}): zonder getal, geen streeflijn
          </li>
        ))}
        {(['op-koers', 'achter', 'onbekend'] as const)
          .filter((s) => statussen.has(s))
          .map((s) => (
            <li key={s}>
              <Legendabeeld>
                <Symbool x={14} y={8} status={s} grootte={5} />
              </Legendabeeld>
              Meting: {statusNamen[s].toLowerCase()}
            </li>
          ))}
        {openKwartalen ? (
          <li>
            <Legendabeeld>
              <circle cx={14} cy={8} r={5} fill="#ffffff" stroke={kleur.lijn} strokeWidth={2} />
            </Legendabeeld>
            Open symbool: kwartaalmeting
          </li>
        ) : null}
      </ul>
      <figcaption id={`${idBasis}-onderschrift`} className="kp-grafiek__onderschrift">
        {ind.naam} ({eenheidTekst(ind.eenheid, ind.noemer)}, {ind.richting === 'lager-is-beter' ? 'lager is beter' : 'hoger is beter'}). Elk jaarcijfer staat aan het eind van zijn jaar.{' '}
        {sg.grens
          ? `De streefwaarde is een ${sg.grens.soort === 'plafond' ? 'plafond' : 'vloer'}: vanaf ${sg.grens.jaar} ${sg.grens.soort === 'plafond' ? 'mag de meting er niet boven liggen' : 'mag de meting er niet onder liggen'}, de dikke lijn. `
          : ''}
        {sg.koersen.length > 0
          ? `Een streefwaarde als ‘${sg.koersen.at(-1)!.tekst}’ heeft geen getal en dus geen streeflijn: Kernplan beoordeelt de trend van de jaarmetingen vanaf de referentie. `
          : ''}
        {kwartaaltellingen.length > 0
          ? 'Kwartaalcijfers van een aantal zijn tellingen over één kwartaal, ongeveer een kwart van een jaarcijfer; ze staan daarom niet in de grafiek maar in de tabel Kwartaaltellingen, naast een kwart van het streefpad.'
          : openKwartalen
            ? 'Kwartaalmetingen staan als open symbool op hun plek in het jaar.'
            : ''}
      </figcaption>
      {kwartaaltellingen.length > 0 ? <Kwartaaltabel ind={ind} metingen={kwartaaltellingen} /> : null}
      <details className="kp-details kp-grafiek__cijfers">
        <summary>Cijfers in tabel</summary>
        <Cijfertabel ind={ind} getekend={getekend} />
      </details>
    </figure>
  );
}

/**
 * What a measurement was held against, in words: 'hooguit 200,7' along the path (in the direction of the
 * indicator), 'niet boven 5' or 'minimaal 80 %' against a limit, 'trend: afname' for a qualitative
 * target; '–' when nothing was expected.
 */
export function verwachtTekst(ind: Pick<IndicatorOverzicht, 'eenheid' | 'richting' | 'streefgrafiek'>, m: BeoordeeldeMeting): string {
  const w = (v: number) => formatGetal(v, ind.eenheid);
  const jaar = periodeTijd(m.periode)?.jaar ?? 0;
  if (m.streefsoort === 'kwalitatief') {
    const koers = ind.streefgrafiek.koersen.find((k) => k.jaar >= jaar) ?? ind.streefgrafiek.koersen.at(-1);
    return koers ? `trend: ${koers.tekst}` : '–';
  }
  if (m.verwacht === null) return '–';
  // A ceiling or floor is a limit in its own year (and after the last target); before it, the path leads there.
  const sg = ind.streefgrafiek;
  const grens = sg.grens && jaar >= sg.grens.jaar ? sg.grens.soort : sg.pad.find((p) => p.jaar === jaar && (p.soort === 'plafond' || p.soort === 'vloer'))?.soort;
  if (m.streefsoort === 'plafond' && grens === 'plafond') return `niet boven ${w(m.verwacht)}`;
  if (m.streefsoort === 'vloer' && grens === 'vloer') return `minimaal ${w(m.verwacht)}`;
  return `${ind.richting === 'lager-is-beter' ? 'hooguit' : 'ten minste'} ${w(m.verwacht)}`;
}

function Kwartaaltabel({ ind, metingen }: { ind: IndicatorOverzicht; metingen: BeoordeeldeMeting[] }) {
  const w = (v: number) => formatGetal(v, ind.eenheid);
  return (
    <Tabelkader label={`Kwartaaltellingen: ${ind.naam}`}>
      <table className="utrecht-table kp-table kp-table--compact">
        <caption className="utrecht-table__caption kp-tabel-titel">Kwartaaltellingen: {ind.naam}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Kwartaal</th>
            <th scope="col" className="utrecht-table__header-cell kp-getal">Telling over het kwartaal</th>
            <th scope="col" className="utrecht-table__header-cell kp-getal">Verwacht (kwart van het pad)</th>
            <th scope="col" className="utrecht-table__header-cell">Status</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {metingen.map((m) => (
            <tr key={m.periode} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{periodeNaam(m.periode)}</th>
              <td className="utrecht-table__cell kp-getal">{w(m.waarde)}</td>
              <td className="utrecht-table__cell kp-getal">{verwachtTekst(ind, m)}</td>
              <td className="utrecht-table__cell">{statusNamen[m.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Tabelkader>
  );
}

/** Every point of the chart as a row: reference, target years and measurements, in time order. */
function Cijfertabel({ ind, getekend }: { ind: IndicatorOverzicht; getekend: BeoordeeldeMeting[] }) {
  const w = (v: number) => formatGetal(v, ind.eenheid);
  const sg = ind.streefgrafiek;
  type Rij = { t: number; periode: string; pad: string; meting: BeoordeeldeMeting | null };
  const rijen: Rij[] = [];
  // Every target year with the target in the plan's form ('niet boven 5', '−2 % t.o.v. vorig jaar: 403,8', 'afname').
  const streefJaren = new Map<number, string>();
  for (const p of sg.pad) if (p.tekst !== null) streefJaren.set(p.jaar, `streefwaarde ${p.tekst}${p.tekst.includes(w(p.waarde)) ? '' : `: ${w(p.waarde)}`}`);
  for (const k of sg.koersen) streefJaren.set(k.jaar, `streefwaarde ${k.tekst} (trend)`);
  for (const m of getekend) {
    const t = tijdstip(m.periode)!;
    const jaar = isKwartaal(m) ? null : Number(m.periode);
    let padTekst = verwachtTekst(ind, m);
    if (jaar !== null && jaar === ind.referentiejaar && ind.referentiewaarde !== null) padTekst = `referentie ${w(ind.referentiewaarde)}`;
    else if (jaar !== null && streefJaren.has(jaar) && m.verwacht === null) padTekst = streefJaren.get(jaar)!;
    rijen.push({ t, periode: m.periode, pad: padTekst, meting: m });
  }
  if (ind.referentiejaar !== null && ind.referentiewaarde !== null && !rijen.some((r) => r.periode === String(ind.referentiejaar))) {
    rijen.push({ t: ind.referentiejaar, periode: String(ind.referentiejaar), pad: `referentie ${w(ind.referentiewaarde)}`, meting: null });
  }
  for (const [jaar, tekst] of streefJaren) {
    if (rijen.some((r) => r.periode === String(jaar))) continue;
    rijen.push({ t: jaar, periode: String(jaar), pad: tekst, meting: null });
  }
  // A year and its fourth quarter share a time; the quarter comes first.
  rijen.sort((a, b) => a.t - b.t || b.periode.length - a.periode.length);
  return (
    <Tabelkader label={`Cijfers in tabel: ${ind.naam}`}>
      <table className="utrecht-table kp-table kp-table--compact">
        <caption className="kp-visually-hidden">Cijfers van de grafiek: {ind.naam}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Periode</th>
            <th scope="col" className="utrecht-table__header-cell kp-getal">Referentie en streefpad</th>
            <th scope="col" className="utrecht-table__header-cell kp-getal">Gemeten</th>
            <th scope="col" className="utrecht-table__header-cell">Status</th>
            <th scope="col" className="utrecht-table__header-cell kp-getal">Verandering t.o.v. referentie</th>
            <th scope="col" className="utrecht-table__header-cell">Toelichting</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rijen.map((r) => (
            <tr key={r.periode} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{periodeNaam(r.periode)}</th>
              <td className="utrecht-table__cell kp-getal">{r.pad}</td>
              <td className="utrecht-table__cell kp-getal">
                {r.meting ? w(r.meting.waarde) : '–'}
                {r.meting?.volatiel ? ' (klein aantal)' : ''}
              </td>
              <td className="utrecht-table__cell">{r.meting ? statusNamen[r.meting.status] : '–'}</td>
              <td className="utrecht-table__cell kp-getal">
                {r.meting?.veranderingProcent == null ? '–' : formatProcentVerandering(r.meting.veranderingProcent)}
                {r.meting?.significant === false ? ' (niet significant)' : r.meting?.significant === true ? ' (significant)' : ''}
              </td>
              <td className="utrecht-table__cell">{r.meting?.toelichting || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Tabelkader>
  );
}
