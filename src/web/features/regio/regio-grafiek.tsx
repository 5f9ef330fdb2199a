/**
 * De lokale metingen naast de regionale lijn (issue 17, punt 1): per regionale indicator één grafiek
 * met de regio en elke gekoppelde gemeente als index (referentie = 100), zodat een regio van 5.000
 * woninginbraken en een gemeente van 300 op één as passen. Elke lijn draagt haar naam aan het eind en
 * een eigen streepjespatroon en markering, dus kleur is nooit de enige drager; de tabel eronder geeft
 * dezelfde cijfers als tekst.
 */
export interface Reeks {
  naam: string;
  referentiejaar: number | null;
  referentiewaarde: number | null;
  waarden: Record<string, number | null>;
}

interface Punt {
  jaar: number;
  index: number;
}

const BREEDTE = 640;
const HOOGTE = 260;
const MARGE = { links: 44, rechts: 150, boven: 16, onder: 32 };
const STREPEN = ['', '6 4', '2 3', '10 3 2 3', '1 4'];
const KLEUREN = ['#154273', '#8b4a00', '#2e6b30', '#6b2e6b', '#5a5a5a'];
const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

export function indexreeks(r: Reeks): Punt[] {
  if (r.referentiejaar === null || !r.referentiewaarde) return [];
  const uit: Punt[] = [{ jaar: r.referentiejaar, index: 100 }];
  for (const [jaar, waarde] of Object.entries(r.waarden)) {
    if (waarde === null || Number(jaar) <= r.referentiejaar) continue;
    uit.push({ jaar: Number(jaar), index: (waarde / r.referentiewaarde) * 100 });
  }
  return uit.sort((a, b) => a.jaar - b.jaar);
}

export function RegioGrafiek({ titel, regio, lokaal }: { titel: string; regio: Reeks; lokaal: Reeks[] }) {
  const reeksen = [regio, ...lokaal].map((r) => ({ naam: r.naam, punten: indexreeks(r) })).filter((r) => r.punten.length > 1);
  if (reeksen.length === 0) return null;
  const jaren = reeksen.flatMap((r) => r.punten.map((p) => p.jaar));
  const indexen = reeksen.flatMap((r) => r.punten.map((p) => p.index));
  const [eerste, laatste] = [Math.min(...jaren), Math.max(...jaren)];
  const laag = Math.floor(Math.min(80, ...indexen) / 10) * 10;
  const hoog = Math.ceil(Math.max(120, ...indexen) / 10) * 10;
  const x = (jaar: number) => MARGE.links + ((jaar - eerste) / Math.max(1, laatste - eerste)) * (BREEDTE - MARGE.links - MARGE.rechts);
  const y = (index: number) => MARGE.boven + ((hoog - index) / (hoog - laag)) * (HOOGTE - MARGE.boven - MARGE.onder);
  const stappen = Array.from({ length: (hoog - laag) / 20 + 1 }, (_, i) => laag + i * 20).filter((v) => v <= hoog);
  const beschrijving = reeksen
    .map((r) => {
      const l = r.punten.at(-1)!;
      return `${r.naam}: ${getal.format(l.index)} in ${l.jaar}`;
    })
    .join('; ');
  return (
    <figure className="kp-regio-grafiek">
      <svg viewBox={`0 0 ${BREEDTE} ${HOOGTE}`} role="img" aria-label={`${titel}, als index (referentie = 100). ${beschrijving}.`} focusable="false">
        {stappen.map((v) => (
          <g key={v}>
            <line x1={MARGE.links} x2={BREEDTE - MARGE.rechts} y1={y(v)} y2={y(v)} stroke={v === 100 ? '#333' : '#d0d5dd'} strokeWidth={v === 100 ? 1.5 : 1} />
            <text x={MARGE.links - 6} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#333">
              {v}
            </text>
          </g>
        ))}
        {[...new Set(jaren)].sort().map((j) => (
          <text key={j} x={x(j)} y={HOOGTE - 10} textAnchor="middle" fontSize="12" fill="#333">
            {j}
          </text>
        ))}
        {reeksen.map((r, n) => {
          const kleur = KLEUREN[n % KLEUREN.length]!;
          const l = r.punten.at(-1)!;
          return (
            <g key={r.naam}>
              <polyline
                points={r.punten.map((p) => `${x(p.jaar)},${y(p.index)}`).join(' ')}
                fill="none"
                stroke={kleur}
                strokeWidth={n === 0 ? 3 : 2}
                strokeDasharray={STREPEN[n % STREPEN.length]}
              />
              {r.punten.map((p) =>
                n % 2 === 0 ? (
                  <circle key={p.jaar} cx={x(p.jaar)} cy={y(p.index)} r={n === 0 ? 4 : 3} fill={kleur} />
                ) : (
                  <rect key={p.jaar} x={x(p.jaar) - 3} y={y(p.index) - 3} width={6} height={6} fill={kleur} />
                ),
              )}
              <text x={x(l.jaar) + 8} y={y(l.index) + 4 + n * 2} fontSize="12" fill={kleur} fontWeight={n === 0 ? 700 : 400}>
                {r.naam} ({getal.format(l.index)})
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="utrecht-paragraph kp-klein">
        {titel}: de regio (dikke lijn) en de gemeenten, elk als index van de eigen referentie (= 100). Lager dan 100 is minder dan in het referentiejaar. De tabel geeft de
        cijfers zelf.
      </figcaption>
    </figure>
  );
}
