/**
 * Police figures on the pages: the answers of /werkruimtes/{id}/politiecijfers/* as types, number
 * formatting, the raw file upload of an import (with the session's CSRF token, like `schrijf`), and the
 * overview per municipality.
 *
 * The overview of the API only reads rows of the municipality as a whole (GMxxxx). A download of
 * data.politie.nl per district or neighbourhood has no such row, so after importing it the overview is
 * empty. For a municipality without its own rows, `usePolitieOverzicht` therefore adds up the districts
 * (or, without districts, the neighbourhoods) per year and theme from /politiecijfers/aggregaten, and
 * says so (`bron`), so the page never shows a sum as if it were the municipality's own figure.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Trend, trend } from '../../domain/politie/cijfers.ts';
import { combineer, type Dekking } from '../../domain/politie/dekking.ts';
import { vindMisdrijfsoort } from '../../domain/politie/misdrijfsoorten.ts';
import { gemeenteVanCode } from '../../domain/politie/regios.ts';
import type { GemeenteOverzicht, ImportRegel, Inwoners } from '../../server/politie/cijfers.ts';
import type { ImportSamenvatting, Voortgang } from '../../server/politie/import.ts';
import { ApiFout, haalOp, schrijf, type Schrijfresultaat, type Werkruimte } from './api.ts';
import type { Laadtoestand } from './use-api.ts';
import { alleenEigenJaren } from './politie-gebiedssommen.ts';

export type { ImportSamenvatting, Voortgang };

export const BRON_POLITIE = 'Politie, geregistreerde misdrijven (CBS 47018NED)';

const getalFormaat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const eenDecimaal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 12.345 or 3,45; a dash for unknown. */
export function getal(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : getalFormaat.format(n);
}

/** Bytes as MB (or kB below 100 kB), e.g. "1,2 MB". */
export function grootte(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return 'onbekend';
  if (bytes < 100_000) return `${eenDecimaal.format(bytes / 1000)} kB`;
  return `${eenDecimaal.format(bytes / 1_000_000)} MB`;
}

/** The names of the workspace's municipalities, as the workspace knows them (also a municipality the CBS list lacks). */
export function werkruimteNamen(w: Pick<Werkruimte, 'gemeentecode' | 'gemeentenaam' | 'deelnemendeGemeenten'>): Map<string, string> {
  return new Map([[w.gemeentecode, w.gemeentenaam], ...w.deelnemendeGemeenten.map((g): [string, string] => [g.gemeentecode, g.gemeentenaam])]);
}

/** The API names a municipality it does not know by its code; the workspace knows better. */
export function metNaam<T extends { code: string; naam: string }>(g: T, namen: ReadonlyMap<string, string>): T {
  return g.naam === g.code && namen.has(g.code) ? { ...g, naam: namen.get(g.code)! } : g;
}

export function soortTitel(code: string): string {
  return vindMisdrijfsoort(code)?.titel ?? code;
}

/** "stijgend: van 120 in 2020 naar 150 in 2024 (+25%, gemiddeld +5,7% per jaar)". */
export function trendTekst(t: Trend | null): string {
  if (!t) return 'Geen trend: daarvoor zijn cijfers van minstens twee jaren nodig.';
  const plus = (n: number) => `${n > 0 ? '+' : ''}${getal(n)}%`;
  const delen = [`${t.richting[0]!.toUpperCase()}${t.richting.slice(1)}: van ${getal(t.van)} in ${t.vanJaar} naar ${getal(t.tot)} in ${t.totJaar}`];
  const extra = [t.procent === null ? null : plus(t.procent), t.perJaar === null ? null : `gemiddeld ${plus(t.perJaar)} per jaar`].filter(Boolean);
  return `${delen[0]}${extra.length ? ` (${extra.join(', ')})` : ''}.`;
}

// --- Answers of the API ----------------------------------------------------------------------

export type ImportStatus = 'wacht-op-bestand' | 'bezig' | 'ingelezen' | 'geweigerd' | 'geannuleerd';

/** GET/POST …/politiecijfers/imports/{id}. */
export interface ImportTaak {
  id: string;
  werkruimteId: string;
  bestandsnaam: string;
  status: ImportStatus;
  voortgang: Voortgang;
  gestartOp?: string;
  samenvatting?: ImportSamenvatting;
  reden?: string;
  regel?: number | null;
  fouten?: { regel: number; reden: string }[];
  foutenTotaal?: number;
}

export interface ImportLijst {
  lopend: ImportTaak[];
  imports: ImportRegel[];
}

export type Reekspunt = { jaar: number; aantal: number | null; per1000: number | null; dekking: Dekking };
export type { Dekking };

/** Where the figures of a municipality come from. */
export type Herkomst = { soort: 'gemeente' } | { soort: 'wijk' | 'buurt'; gebieden: number; jaren: number[] } | { soort: 'geen' };

export interface ThemaCijfers {
  themaId: string;
  naam: string;
  veld: number;
  codes: string[];
  reeks: Reekspunt[];
  trend: Trend | null;
  /** Over alle jaren van de reeks (issue 16, punt 2). */
  dekking: Dekking;
}

export interface GemeenteCijfers {
  code: string;
  naam: string;
  inwoners: Inwoners | null;
  jaren: number[];
  themas: ThemaCijfers[];
  velden: { veld: number; naam: string; codes: string[]; reeks: Reekspunt[]; trend: Trend | null; dekking: Dekking }[];
  totaal: Reekspunt[];
  herkomst: Herkomst;
}

export interface Aggregaten {
  groep: string;
  gemeenten: string[];
  codes: Record<string, string[]>;
  rijen: { regio: string; regioNaam: string; jaar: number; maand: number; sleutel: string; naam: string; aantal: number | null; per1000: number | null; dekking: Dekking }[];
}

export function heeftCijfers(reeks: readonly Reekspunt[]): boolean {
  return reeks.some((r) => r.aantal !== null);
}

function per1000(aantal: number | null, inwoners: number | null | undefined): number | null {
  if (aantal === null || !inwoners) return null;
  return Math.round((aantal / inwoners) * 100_000) / 100;
}

/** A municipality without rows of its own: the sum of its districts (or neighbourhoods) per year and theme. */
function uitGebieden(g: GemeenteOverzicht, wijken: Aggregaten, buurten: Aggregaten): GemeenteCijfers | null {
  const van = (a: Aggregaten) => a.rijen.filter((r) => gemeenteVanCode(r.regio) === g.code && r.maand === 0);
  const w = van(wijken);
  const b = van(buurten);
  const rijen = w.length ? w : b;
  if (rijen.length === 0) return null;
  const soort = w.length ? 'wijk' : 'buurt';
  const jaren = [...new Set(rijen.map((r) => r.jaar))].sort((x, y) => x - y);
  const som = new Map<string, number | null>();
  // A crime type is in the sum only when it is in every district (or neighbourhood) added up.
  const dekkingen = new Map<string, Dekking[]>();
  for (const r of rijen) {
    const k = `${r.jaar} ${r.sleutel}`;
    const oud = som.get(k) ?? null;
    som.set(k, r.aantal === null ? oud : (oud ?? 0) + r.aantal);
    dekkingen.set(k, [...(dekkingen.get(k) ?? []), r.dekking]);
  }
  // Supplied inhabitants count for their own year only; the bundled CBS figure of 2024 for every year, as the API does.
  const inw = (jaar: number) => (g.inwoners && (g.inwoners.bron !== 'aangeleverd' || g.inwoners.jaar === jaar) ? g.inwoners.aantal : null);
  const reeksVan = (sleutels: string[]): Reekspunt[] =>
    jaren.map((jaar) => {
      let aantal: number | null = null;
      for (const s of sleutels) {
        const v = som.get(`${jaar} ${s}`);
        if (v !== null && v !== undefined) aantal = (aantal ?? 0) + v;
      }
      return { jaar, aantal, per1000: per1000(aantal, inw(jaar)), dekking: combineer(sleutels.flatMap((s) => dekkingen.get(`${jaar} ${s}`) ?? [])) };
    });
  const overJaren = (reeks: Reekspunt[], codes: string[]) => (reeks.length ? combineer(reeks.map((r) => r.dekking)) : combineer([{ codes, aanwezig: [], ontbrekend: codes, volledig: false }]));
  const themas = g.themas.map((t) => {
    const reeks = reeksVan([t.themaId]);
    return { ...t, reeks, trend: trend(reeks), dekking: overJaren(reeks, t.codes) };
  });
  const velden = g.velden.map((v) => {
    const reeks = reeksVan(g.themas.filter((t) => t.veld === v.veld).map((t) => t.themaId));
    return { ...v, reeks, trend: trend(reeks), dekking: overJaren(reeks, v.codes) };
  });
  return {
    ...g,
    jaren,
    themas,
    velden,
    totaal: jaren.map((jaar) => ({ jaar, aantal: null, per1000: null, dekking: { codes: ['0.0.0'], aanwezig: [], ontbrekend: ['0.0.0'], volledig: false } })),
    herkomst: { soort, gebieden: new Set(rijen.map((r) => r.regio)).size, jaren },
  };
}

export interface Overzicht {
  gemeenten: GemeenteCijfers[];
}

/** The figures per municipality of the workspace, with the sum of districts or neighbourhoods where needed. */
export async function laadOverzicht(werkruimteId: string, namen: ReadonlyMap<string, string>, signal?: AbortSignal): Promise<Overzicht> {
  const basis = `/werkruimtes/${encodeURIComponent(werkruimteId)}/politiecijfers`;
  const antwoord = await haalOp<{ gemeenten: GemeenteOverzicht[] }>(basis, signal);
  const o = { gemeenten: antwoord.gemeenten.map((g) => metNaam(g, namen)) };
  // The API names years that are a sum of areas (`gebiedssommen`); this page sums the areas itself, with their coverage (issue 16).
  o.gemeenten = o.gemeenten.map(alleenEigenJaren);
  const zonder = o.gemeenten.filter((g) => g.jaren.length === 0);
  let wijken: Aggregaten | null = null;
  let buurten: Aggregaten | null = null;
  if (zonder.length > 0) {
    [wijken, buurten] = await Promise.all([
      haalOp<Aggregaten>(`${basis}/aggregaten?groep=thema&niveau=wijk&periode=jaar`, signal),
      haalOp<Aggregaten>(`${basis}/aggregaten?groep=thema&niveau=buurt&periode=jaar`, signal),
    ]);
  }
  return {
    gemeenten: o.gemeenten.map((g): GemeenteCijfers => {
      if (g.jaren.length > 0) return { ...g, herkomst: { soort: 'gemeente' } };
      const som = wijken && buurten ? uitGebieden(g, wijken, buurten) : null;
      return som ?? { ...g, herkomst: { soort: 'geen' } };
    }),
  };
}

/** The overview as a loading state, with a refetch that keeps showing the old figures meanwhile. */
export function usePolitieOverzicht(werkruimte: Werkruimte | null): { toestand: Laadtoestand<Overzicht>; vernieuw: () => void } {
  const werkruimteId = werkruimte?.id ?? null;
  const namenSleutel = werkruimte ? JSON.stringify([...werkruimteNamen(werkruimte)]) : '';
  const [toestand, setToestand] = useState<Laadtoestand<Overzicht>>({ status: 'laden' });
  const teller = useRef(0);
  const laad = useCallback(
    (stil: boolean) => {
      if (werkruimteId === null) return () => undefined;
      const nummer = ++teller.current;
      const controller = new AbortController();
      if (!stil) setToestand({ status: 'laden' });
      laadOverzicht(werkruimteId, new Map(JSON.parse(namenSleutel) as [string, string][]), controller.signal).then(
        (data) => {
          if (nummer === teller.current) setToestand({ status: 'klaar', data });
        },
        (err: unknown) => {
          if ((err as Error).name === 'AbortError' || nummer !== teller.current) return;
          setToestand({ status: 'fout', fout: err instanceof ApiFout ? err : new ApiFout(String(err), 0) });
        },
      );
      return () => controller.abort();
    },
    [werkruimteId, namenSleutel],
  );
  useEffect(() => laad(false), [laad]);
  const vernieuw = useCallback(() => {
    laad(true);
  }, [laad]);
  return { toestand, vernieuw };
}

/** The sentence that says where summed figures come from; null for the municipality's own figures. */
export function herkomstTekst(g: GemeenteCijfers): string | null {
  if (g.herkomst.soort !== 'wijk' && g.herkomst.soort !== 'buurt') return null;
  const { soort, gebieden, jaren } = g.herkomst;
  const wat = soort === 'wijk' ? (gebieden === 1 ? 'wijk' : 'wijken') : gebieden === 1 ? 'buurt' : 'buurten';
  return (
    `Er is geen cijfer voor ${g.naam} als geheel ingelezen. De cijfers hieronder zijn de som van de ${getal(gebieden)} ${wat} ` +
    `in de ingelezen bestanden (${jaren.join(', ')}); ontbreken er ${soort === 'wijk' ? 'wijken' : 'buurten'} of zijn aantallen onbekend, dan is het werkelijke aantal hoger. ` +
    'Importeer een bestand met de gemeente zelf (bijvoorbeeld de CBS-export met GM-codes) voor het officiële gemeentecijfer.'
  );
}

// --- The upload of a file --------------------------------------------------------------------

/** PUT of a file as the raw request body (via `schrijf`). Never throws for an HTTP error. */
export function stuurBestand<T>(pad: string, bestand: Blob, csrfToken: string | null | undefined): Promise<Schrijfresultaat<T>> {
  return schrijf<T>('PUT', pad, { bestand, csrfToken });
}
