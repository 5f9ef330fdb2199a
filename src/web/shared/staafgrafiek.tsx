/**
 * A small bar chart of yearly police figures, drawn as SVG without a chart library. One series (a
 * theme) or two side by side (the municipality and the national figure). The chart is an image with a
 * summary of every figure for screen readers (role="img" + aria-label); the second series differs by
 * pattern as well as colour; the pages show the same figures in a table beside it.
 */
import { useId } from 'react';
import { getal } from './politie-gegevens.ts';

export interface Staafreeks {
  naam: string;
  /** One value per year, in the order of `jaren`; null is unknown. */
  waarden: (number | null)[];
}

interface Props {
  /** What the chart shows, e.g. "Geregistreerde misdrijven thema 1.3 in Amsterdam". */
  titel: string;
  eenheid: string;
  jaren: number[];
  reeksen: Staafreeks[];
  /** Smaller chart (in the analysis form). */
  klein?: boolean;
  /** Names under the bars instead of the years (e.g. neighbourhoods); one per entry of `jaren`. */
  labels?: string[];
}

// Blue 10,5:1 and dark orange 6,9:1 on white; the second series is hatched, so colour is never the only difference.
const kleuren = ['#154273', '#8c3a00'] as const;

function schaal(hoogste: number): { max: number; stappen: number[] } {
  if (hoogste <= 0) return { max: 1, stappen: [0, 1] };
  const ruw = hoogste / 4;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  const stap = [1, 2, 2.5, 5, 10].map((f) => f * macht).find((s) => s >= ruw) ?? 10 * macht;
  const max = Math.ceil(hoogste / stap) * stap;
  const stappen: number[] = [];
  for (let v = 0; v <= max + stap / 2; v += stap) stappen.push(Number(v.toPrecision(12)));
  return { max, stappen };
}

/** The text for screen readers: every figure of the chart. */
export function staafSamenvatting(titel: string, eenheid: string, jaren: number[], reeksen: Staafreeks[], labels?: string[]): string {
  const perJaar = jaren.map((jaar, i) => {
    const delen = reeksen.map((r) => (reeksen.length > 1 ? `${r.naam} ${getal(r.waarden[i])}` : getal(r.waarden[i])));
    return `${labels?.[i] ?? jaar}: ${delen.join(', ')}`;
  });
  return `Staafdiagram: ${titel} (${eenheid}). ${perJaar.join('; ')}.`;
}

export function Staafgrafiek({ titel, eenheid, jaren, reeksen, klein = false, labels }: Props) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const B = klein ? 420 : 600;
  const H = klein ? 170 : 230;
  const m = { links: 64, rechts: 12, boven: 22, onder: 30 };
  const hoogste = Math.max(0, ...reeksen.flatMap((r) => r.waarden.filter((v): v is number => v !== null)));
  const { max, stappen } = schaal(hoogste);
  const breedte = B - m.links - m.rechts;
  const groep = breedte / Math.max(1, jaren.length);
  const staaf = Math.min(klein ? 36 : 48, (groep * 0.7) / reeksen.length);
  const y = (v: number) => H - m.onder - ((H - m.boven - m.onder) * v) / max;
  const patroon = `kp-arcering-${id}`;

  return (
    <figure className={`kp-politie-grafiek${klein ? ' kp-politie-grafiek--klein' : ''}`}>
      <svg className="kp-politie-grafiek__svg" viewBox={`0 0 ${B} ${H}`} role="img" aria-label={staafSamenvatting(titel, eenheid, jaren, reeksen, labels)} preserveAspectRatio="xMidYMid meet">
        <defs>
          <pattern id={patroon} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={kleuren[1]} strokeWidth="3" />
          </pattern>
        </defs>
        {stappen.map((v) => (
          <g key={v}>
            <line x1={m.links} x2={B - m.rechts} y1={y(v)} y2={y(v)} stroke="#d3d9e0" strokeWidth={1} />
            <text x={m.links - 8} y={y(v)} textAnchor="end" dominantBaseline="middle" className="kp-politie-grafiek__label">
              {getal(v)}
            </text>
          </g>
        ))}
        <line x1={m.links} x2={B - m.rechts} y1={H - m.onder} y2={H - m.onder} stroke="#6b7785" strokeWidth={1.5} />
        {jaren.map((jaar, i) => {
          const midden = m.links + groep * i + groep / 2;
          const start = midden - (staaf * reeksen.length) / 2;
          return (
            <g key={jaar}>
              {reeksen.map((r, k) => {
                const v = r.waarden[i];
                const x = start + staaf * k;
                if (v === null || v === undefined) {
                  return (
                    <text key={r.naam} x={x + staaf / 2} y={H - m.onder - 6} textAnchor="middle" className="kp-politie-grafiek__label">
                      –
                    </text>
                  );
                }
                return (
                  <g key={r.naam}>
                    <rect
                      x={x + 1}
                      y={y(v)}
                      width={Math.max(2, staaf - 2)}
                      height={Math.max(0, H - m.onder - y(v))}
                      fill={k === 0 ? kleuren[0] : `url(#${patroon})`}
                      stroke={kleuren[Math.min(k, 1)]}
                      strokeWidth={k === 0 ? 0 : 1.5}
                    />
                    {jaren.length * reeksen.length <= 14 ? (
                      <text x={x + staaf / 2} y={y(v) - 5} textAnchor="middle" className="kp-politie-grafiek__waarde">
                        {getal(v)}
                      </text>
                    ) : null}
                  </g>
                );
              })}
              <text x={midden} y={H - m.onder + 18} textAnchor="middle" className="kp-politie-grafiek__label">
                {labels?.[i] ?? jaar}
              </text>
            </g>
          );
        })}
      </svg>
      {reeksen.length > 1 ? (
        <ul className="kp-politie-legenda" aria-label="Legenda">
          {reeksen.map((r, k) => (
            <li key={r.naam}>
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <rect x="1" y="1" width="14" height="14" fill={k === 0 ? kleuren[0] : `url(#${patroon})`} stroke={kleuren[Math.min(k, 1)]} strokeWidth={k === 0 ? 0 : 1.5} />
              </svg>
              {r.naam}
            </li>
          ))}
        </ul>
      ) : null}
      <figcaption className="kp-politie-grafiek__onderschrift">
        {titel} ({eenheid}).
      </figcaption>
    </figure>
  );
}
