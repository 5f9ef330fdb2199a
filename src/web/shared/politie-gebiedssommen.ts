/**
 * The overview of the API adds, for a year without a row of the municipality itself, the sum of its
 * districts or neighbourhoods and names those years in `gebiedssommen` (issue 16, point 6). The pages sum
 * the areas themselves (politie-gegevens.ts, with the coverage per area), so they take only the
 * municipality's own years from the API answer: `alleenEigenJaren` drops the summed years, and the trend
 * is recomputed over the years that remain.
 */
import { trend, type Trend } from '../../domain/politie/cijfers.ts';

interface Punt {
  jaar: number;
  aantal: number | null;
}

interface MetReeksen {
  jaren: number[];
  gebiedssommen?: { jaar: number; herkomst: string }[] | undefined;
  themas: { reeks: Punt[]; trend: Trend | null }[];
  velden: { reeks: Punt[]; trend: Trend | null }[];
  totaal: Punt[];
}

/** The municipality with only its own years (unchanged when no year is a sum of areas). */
export function alleenEigenJaren<G extends MetReeksen>(g: G): G {
  if (!g.gebiedssommen?.length) return g;
  const som = new Set(g.gebiedssommen.map((s) => s.jaar));
  const eigen = <P extends Punt>(reeks: P[]) => reeks.filter((p) => !som.has(p.jaar));
  return {
    ...g,
    jaren: g.jaren.filter((j) => !som.has(j)),
    themas: g.themas.map((t) => ({ ...t, reeks: eigen(t.reeks), trend: trend(eigen(t.reeks)) })),
    velden: g.velden.map((v) => ({ ...v, reeks: eigen(v.reeks), trend: trend(eigen(v.reeks)) })),
    totaal: eigen(g.totaal),
    gebiedssommen: [],
  };
}
