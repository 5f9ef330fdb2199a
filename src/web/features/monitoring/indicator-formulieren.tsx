/**
 * Shared parts of the step-6 pages (indicators, progress meeting, my progress): the indicator as the
 * API gives it, number fields that read Dutch numbers (leesGetal) and say why they cannot, the
 * indicator form (add and edit, If-Match), the measurement form and table, and the
 * navigation within step 6 (the owner select, planned output and anchor jump live in src/web/shared).
 */
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { Link } from 'react-router';
import { strategischeThemas, themas, vindThema } from '../../../domain/kennisbank/kennisbank.ts';
import { misdrijfsoorten } from '../../../domain/politie/misdrijfsoorten.ts';
import type { IndicatorOverzicht } from '../../../domain/monitoring/dashboard.ts';
import { decimalenVan, formatGetal, formatMetEenheid, formatProcentVerandering, formatStreefwaarde, leesGetal, leesMeting, leesStreefcel } from '../../../domain/monitoring/getallen.ts';
import { controleerIndicatorInvoer, normaliseerPeriode } from '../../../domain/monitoring/indicatoren.ts';
import {
  type Aard,
  type Beoordeling,
  bekendeNoemers,
  bronNamen,
  eenheidTekst,
  isPerEenheid,
  type Streefwaarde,
  type Eenheid,
  eenheden,
  eenheidNamen,
  type IndicatorBronSoort,
  indicatorBronnen,
  type IndicatorStatus,
  type Richting,
  richtingen,
  richtingNamen,
  statusNamen,
} from '../../../domain/monitoring/typen.ts';
import { mag, magVertrouwelijkInstellen } from '../../../domain/toegang/rollen.ts';
import type { Lid, Probleem } from '../../shared/api.ts';
import { useSchrijf } from '../../shared/sessie.tsx';
import { Foutsamenvatting, Meldingregel, type Melding, Tabelkader, Tekstveld, type Veldmelding } from '../../shared/formulier.tsx';
import { useWerkruimte } from '../../shared/werkruimte-layout.tsx';
import { alsInvoer, EigenaarKeuze } from '../../shared/maatregelvelden.tsx';
import { useApi } from '../../shared/use-api.ts';

export { alsInvoer, EigenaarKeuze, GeplandeOutput, useEigenaren } from '../../shared/maatregelvelden.tsx';
export { useAnker } from '../../shared/anker.ts';

// --- Types of the API --------------------------------------------------------------------------

/** One indicator of GET …/indicatoren: the stored fields, the judged measurements and the helpers. */
export type IndicatorAntwoord = IndicatorOverzicht & {
  versie: number;
  eigenaarNaam: string | null;
  bijgewerktOp: string;
  laatsteMetingOp?: string | null;
  beoordeling: Beoordeling;
  /** Alleen bij een reeks politiecijfers op een thema: gemeenten van dezelfde grootte. */
  vergelijkbareGemeenten?: { jaar: number; klasse: string; per1000: number | null; gemiddelde: number | null; plaats: number | null; van: number } | null;
};

export interface IndicatorenAntwoord {
  beoordeling: Beoordeling;
  indicatoren: IndicatorAntwoord[];
}

export interface Suggestie {
  naam: string;
  bron: IndicatorBronSoort;
  aard: Aard;
  bronToelichting?: string;
  themaId: string;
  themaNaam: string;
  eigenThema: boolean;
}

// --- Showing numbers and statuses --------------------------------------------------------------

/** A value the Dutch way with its unit: '1.630', '28,8 %', '5,8 per 1.000 inwoners', '13 per 10.000 jongeren van 12 tot en met 17 jaar'. */
export function toonWaarde(waarde: number, eenheid: Eenheid, noemer?: string | null): string {
  return formatMetEenheid(waarde, eenheid, { decimalen: decimalenVan(waarde, 3), noemer });
}

/** A stored target as the text the form reads back (leesStreefcel): '130', '-2% per jaar', 'niet boven 5', 'afname'. */
function streefTekst(s: Streefwaarde): string {
  const getal = (x: number) => formatGetal(x, undefined, { decimalen: decimalenVan(x, 3) });
  switch (s.soort ?? 'waarde') {
    case 'relatief':
      return `${(s.procent ?? 0) > 0 ? '+' : '-'}${getal(Math.abs(s.procent ?? 0))}%${s.basis === 'per-jaar' ? ' per jaar' : ''}`;
    case 'plafond':
      return `niet boven ${getal(s.waarde)}`;
    case 'vloer':
      return `minimaal ${getal(s.waarde)}`;
    case 'kwalitatief':
      return s.koers ?? '';
    default:
      return alsInvoer(s.waarde);
  }
}

/** A target year field: '2026', or a span of years for a series: '2019-2023', '2019..2023'. */
function leesJaren(t: string): { jaar: number; totJaar: number | null } | null {
  const k = t.trim();
  if (/^\d{4}$/.test(k)) return { jaar: Number(k), totJaar: null };
  const m = /^(\d{4})\s*(?:-|–|\.\.|t\/m)\s*(\d{4})$/.exec(k);
  return m ? { jaar: Number(m[1]), totJaar: Number(m[2]) } : null;
}

/** A stored number as text for an input field ('1.630', '7,5'), or '' for none. */

/** 'Politieregistratie: VNG-INP-model', without repeating the source when the detail says the same. */
export function bronTekst(bron: IndicatorBronSoort, toelichting: string | undefined): string {
  const t = (toelichting ?? '').trim();
  return t && t.toLowerCase() !== bronNamen[bron].toLowerCase() ? `${bronNamen[bron]}: ${t}` : bronNamen[bron];
}

export const aardNamen: Record<Aard, string> = { objectief: 'Objectief (geregistreerde feiten)', subjectief: 'Subjectief (beleving, oordeel van inwoners)' };

export function StatusLabel({ status }: { status: IndicatorStatus }) {
  return <span className={`kp-sb-status kp-sb-status--${status}`}>{statusNamen[status]}</span>;
}

/** How measurements are judged, in plain Dutch. */
export const beoordelingUitleg: Record<Beoordeling, { naam: string; uitleg: string }> = {
  pad: {
    naam: 'Langs het pad van de jaarlijkse streefwaarden',
    uitleg:
      'Elke meting wordt vergeleken met de lijn die van de referentiewaarde via elke jaarlijkse streefwaarde naar de eindstreefwaarde loopt. Ligt de meting op die lijn of aan de goede kant ervan, dan is de indicator op koers. Zo ziet u elk jaar of u op schema ligt.',
  },
  eindstreefwaarde: {
    naam: 'Alleen naar de eindstreefwaarde',
    uitleg:
      'Elke meting wordt vergeleken met één rechte lijn van de referentiewaarde naar de laatste streefwaarde. De tussenliggende streefwaarden tellen dan niet mee. Kies dit als die tussenstappen eerder schattingen zijn dan afspraken.',
  },
};

/** A Dutch description of a number field: what is understood of what was typed. */
function begrepen(tekst: string, eenheid: Eenheid | undefined, soort: Veldsoort = 'getal'): string | null {
  if (!tekst.trim()) return null;
  if (soort === 'meting') {
    const m = leesMeting(tekst, eenheid);
    if (m.ok && m.benchmark !== null) return `Begrepen als ${eenheid ? toonWaarde(m.waarde, eenheid) : formatGetal(m.waarde)}, met benchmark ${eenheid ? toonWaarde(m.benchmark, eenheid) : formatGetal(m.benchmark)}.`;
  }
  if (soort === 'streef') {
    const c = leesStreefcel(tekst, eenheid);
    if (c.ok && c.cel.soort !== 'waarde') {
      const s: Streefwaarde = c.cel.soort === 'reeks' ? { jaar: c.cel.jaar ?? 0, totJaar: c.cel.totJaar ?? 0, waarde: c.cel.waarde, soort: 'reeks' } : { jaar: 0, waarde: 0, ...c.cel };
      const naam = { relatief: 'een relatieve verandering', plafond: 'een plafond', vloer: 'een vloer', kwalitatief: 'een kwalitatieve streefwaarde', reeks: 'een reeks' }[c.cel.soort];
      return `Begrepen als ${naam}: ${formatStreefwaarde(s, eenheid ?? 'aantal').replace(/\u00a0/g, ' ')}.`;
    }
  }
  const r = leesGetal(tekst, eenheid);
  if (!r.ok) return null;
  const getoond = eenheid ? toonWaarde(r.waarde, eenheid) : formatGetal(r.waarde, undefined, { decimalen: decimalenVan(r.waarde, 4) });
  return getoond.replace(/\u00a0/g, ' ') === tekst.trim().replace(/\s+/g, ' ') ? null : `Begrepen als ${getoond}.`;
}

/** An API field name as in the rule problems: 'streefwaarden.0.jaar' becomes 'streefwaarden[0].jaar'. */
export function veldNaam(naam: string): string {
  return naam.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

// --- Navigation and anchors ---------------------------------------------------------------------

export type SturingPagina = 'dashboard' | 'indicatoren' | 'indicatoren/importeren' | 'voortgangsoverleg' | 'mijn-voortgang' | 'rapportages';

/** The pages of step 6, as a navigation below the steps of the cycle. */
export function SturingNavigatie({ huidig }: { huidig: SturingPagina }) {
  const { werkruimte, lid } = useWerkruimte();
  const basis = `/werkruimtes/${encodeURIComponent(werkruimte.id)}`;
  const items: [SturingPagina, string][] = [
    ['dashboard', 'Dashboard'],
    ['indicatoren', 'Indicatoren'],
    ...(mag(lid, 'cyclus.bewerken') ? ([['indicatoren/importeren', 'Tabel inlezen']] as [SturingPagina, string][]) : []),
    ...(mag(lid, 'cyclus.lezen') ? ([['voortgangsoverleg', 'Voortgangsoverleg']] as [SturingPagina, string][]) : []),
    ...(lid.rol !== 'raad' && lid.rol !== 'lezer' && lid.rol !== 'auditor' ? ([['mijn-voortgang', 'Mijn voortgang']] as [SturingPagina, string][]) : []),
    ['rapportages', 'Rapportages'],
  ];
  return (
    <nav aria-label="Stap 6: sturing" className="kp-sb-subnav">
      <ul>
        {items.map(([pad, naam]) => (
          <li key={pad}>
            <Link to={`${basis}/${pad}`} aria-current={pad === huidig ? 'page' : undefined} className="utrecht-link">
              {naam}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// --- A number field -----------------------------------------------------------------------------

interface GetalveldProps {
  id: string;
  label: ReactNode;
  waarde: string;
  onWaarde: (w: string) => void;
  fout?: string | undefined;
  eenheid?: Eenheid | undefined;
  uitleg?: ReactNode;
  /** Checks the text when the field is left; returns the reason or null. */
  onControleer?: (reden: string | null) => void;
  /** A whole number (a year): no "understood as". */
  geheel?: boolean;
  /** A year, or a span of years for a series ('2019-2023'). */
  jarenReeks?: boolean;
  /** What the field reads: a number (standard), a measurement with a benchmark ('6 / 8') or a target in any form ('-2% per jaar'). */
  soort?: Veldsoort;
}

type Veldsoort = 'getal' | 'meting' | 'streef';

/** Reads a field's text as its kind; the reason when it cannot. */
function leesVeld(tekst: string, eenheid: Eenheid | undefined, soort: Veldsoort): { ok: true } | { ok: false; reden: string } {
  const r = soort === 'meting' ? leesMeting(tekst, eenheid) : soort === 'streef' ? leesStreefcel(tekst, eenheid) : leesGetal(tekst, eenheid);
  return r.ok ? { ok: true } : r;
}

/**
 * A text field for a number (inputmode decimal, so "7,5" and "28,8%" can be typed). Says what it
 * understood ("Begrepen als 7,5.") and, when the field is left, why a text is not a number.
 */
export function Getalveld({ id, label, waarde, onWaarde, fout, eenheid, uitleg, onControleer, geheel, jarenReeks, soort = 'getal' }: GetalveldProps) {
  const hint = geheel || fout ? null : begrepen(waarde, eenheid, soort);
  const beschrijving =
    uitleg || hint ? (
      <>
        {uitleg}
        {uitleg && hint ? ' ' : null}
        {hint ? <span className="kp-sb-begrepen">{hint}</span> : null}
      </>
    ) : undefined;
  return (
    <Tekstveld
      id={id}
      label={label}
      waarde={waarde}
      onWaarde={onWaarde}
      fout={fout}
      beschrijving={beschrijving}
      inputMode={geheel && !jarenReeks ? 'numeric' : soort === 'getal' ? 'decimal' : 'text'}
      autoComplete="off"
      spellCheck={false}
      onBlur={() => {
        if (!onControleer) return;
        if (!waarde.trim()) return onControleer(null);
        if (geheel && jarenReeks) return onControleer(leesJaren(waarde) ? null : `‘${waarde.trim()}’ is geen jaartal; vul een jaar in zoals 2028, of voor een reeks de jaren zoals 2019-2023.`);
        if (geheel) return onControleer(/^\d{4}$/.test(waarde.trim()) ? null : `‘${waarde.trim()}’ is geen jaartal; vul een jaar in zoals 2024.`);
        const r = leesVeld(waarde, eenheid, soort);
        onControleer(r.ok ? null : r.reden);
      }}
    />
  );
}

/** Field errors of a form: by control id, with the label for the error summary. */
function useFouten() {
  const [fouten, setFouten] = useState<Veldmelding[]>([]);
  const fout = (id: string) => fouten.find((f) => f.id === id)?.melding;
  const zet = (id: string, veld: string, melding: string | null) =>
    setFouten((oud) => {
      const zonder = oud.filter((f) => f.id !== id);
      return melding ? [...zonder, { id, veld, melding }] : zonder;
    });
  return { fouten, setFouten, fout, zet };
}

// --- The indicator form ---------------------------------------------------------------------------

interface Streefrij {
  sleutel: number;
  jaar: string;
  waarde: string;
}

export interface IndicatorInvoer {
  naam: string;
  themaId: string;
  bron: IndicatorBronSoort;
  bronToelichting: string;
  aard: Aard;
  eenheid: Eenheid | '';
  /** Bij per 1.000 of per 10.000: de groep (leeg: inwoners). */
  noemer: string;
  richting: Richting | '';
  referentiejaar: string;
  referentiewaarde: string;
  streefwaarden: Streefrij[];
  eigenaarId: string | null;
  /** Alleen voor leden met toegang vertrouwelijk (alleen de coördinator zet dit). */
  vertrouwelijk: boolean;
  /** Zonder prioriteit: een overkoepelende effectindicator van de strategische doelstelling (hoofdstuk 2), dan zonder thema. */
  overkoepelend: boolean;
  /** Meetbron: een reeks uit de geïmporteerde politiecijfers (thema of codes), of met de hand. */
  reeks: { aan: boolean; gemeentecode: string; themaId: string; codes: string };
  /** Hoort bij een regionale streefwaarde: `werkruimteId|indicatorId`, of leeg (issue 17, ADR 0023). */
  regioKoppeling: string;
  /** Meetbron Veiligheidsmonitor (gezet op de pagina van de Veiligheidsmonitor); het formulier laat haar staan. */
  veiligheidsmonitor?: { regiocode: string; indicatorId: string } | null;
}

/** One choice of GET …/regionale-indicatoren: an indicator of a region the municipality lies in. */
export interface RegionaleIndicator {
  werkruimteId: string;
  regionaam: string;
  indicatorId: string;
  naam: string;
  eenheid: string;
}

const koppelingSleutel = (k: { werkruimteId: string; indicatorId: string } | null | undefined) => (k ? `${k.werkruimteId}|${k.indicatorId}` : '');

let rijTeller = 0;
const nieuweRij = (jaar: string, waarde = ''): Streefrij => ({ sleutel: ++rijTeller, jaar, waarde });

/** An empty form with a target row for every year of the plan, up to its end year. */
export function legeInvoer(periodeStart: number | null, periodeEinde: number | null, themaId = ''): IndicatorInvoer {
  const eind = periodeEinde ?? new Date().getFullYear() + 3;
  const start = Math.min(periodeStart ?? new Date().getFullYear(), eind);
  return {
    naam: '',
    themaId,
    bron: 'overig',
    bronToelichting: '',
    aard: 'objectief',
    eenheid: '',
    noemer: '',
    richting: '',
    referentiejaar: '',
    referentiewaarde: '',
    streefwaarden: Array.from({ length: eind - start + 1 }, (_, i) => nieuweRij(String(start + i))),
    eigenaarId: null,
    vertrouwelijk: false,
    overkoepelend: false,
    reeks: { aan: false, gemeentecode: '', themaId: '', codes: '' },
    regioKoppeling: '',
  };
}

export function invoerVan(i: IndicatorAntwoord): IndicatorInvoer {
  return {
    naam: i.naam,
    themaId: i.themaId ?? '',
    bron: i.bron,
    bronToelichting: i.bronToelichting,
    aard: i.aard,
    eenheid: i.eenheid,
    noemer: i.noemer ?? '',
    richting: i.richting,
    referentiejaar: i.referentiejaar === null ? '' : String(i.referentiejaar),
    referentiewaarde: alsInvoer(i.referentiewaarde),
    streefwaarden: i.streefwaarden.length ? i.streefwaarden.map((s) => nieuweRij(s.soort === 'reeks' && s.totJaar ? `${s.jaar}-${s.totJaar}` : String(s.jaar), streefTekst(s))) : [nieuweRij('')],
    eigenaarId: i.eigenaarId,
    vertrouwelijk: i.vertrouwelijk === true,
    overkoepelend: i.overkoepelend === true,
    reeks: i.reeks
      ? { aan: true, gemeentecode: i.reeks.gemeentecode, themaId: i.reeks.themaId ?? '', codes: i.reeks.codes.join(', ') }
      : { aan: false, gemeentecode: '', themaId: '', codes: '' },
    regioKoppeling: koppelingSleutel(i.regioKoppeling),
    veiligheidsmonitor: i.veiligheidsmonitor ?? null,
  };
}

/** Fills the form from a suggestion of the knowledge base. */
export function metSuggestie(invoer: IndicatorInvoer, s: Suggestie): IndicatorInvoer {
  return { ...invoer, naam: s.naam, bron: s.bron, aard: s.aard, bronToelichting: s.bronToelichting ?? '' };
}

interface IndicatorFormulierProps {
  /** Prefix of the ids in this form. */
  p: string;
  titel: string;
  basis: string;
  invoer: IndicatorInvoer;
  onInvoer: (f: (oud: IndicatorInvoer) => IndicatorInvoer) => void;
  eigenaren: Lid[];
  /** Adding: the priority (or null for another theme, then a theme must be chosen). */
  prioriteitId: string | null;
  /** Editing: the indicator and the version the form started from. */
  bestaand?: { indicator: IndicatorAntwoord; versie: number } | undefined;
  onOpgeslagen: (i: IndicatorAntwoord) => void;
  onAnnuleer: () => void;
  /** After a 412: load the indicator as it is now. */
  onHerlaad?: () => void;
  /** Which themes can be chosen when the indicator belongs to no priority. */
  themaKeuze?: { id: string; naam: string }[] | undefined;
}

/**
 * Add or edit an indicator. Numbers are text fields read with leesGetal ("7,5 (1 tot 10)", "28,8%");
 * the rules of the domain (controleerIndicatorInvoer) run before sending, and a 422 of the server
 * is shown at the field it names.
 */
export function IndicatorFormulier({ p, titel, basis, invoer, onInvoer, eigenaren, prioriteitId, bestaand, onOpgeslagen, onAnnuleer, onHerlaad, themaKeuze }: IndicatorFormulierProps) {
  const schrijf = useSchrijf();
  const { fouten, setFouten, fout, zet } = useFouten();
  const [melding, setMelding] = useState<Melding | null>(null);
  const [verouderd, setVerouderd] = useState(false);
  const [bezig, setBezig] = useState(false);
  const samenvatting = useRef<HTMLDivElement>(null);
  const eenheid = invoer.eenheid || undefined;
  const { werkruimte, lid } = useWerkruimte();
  const magVertrouwelijk = magVertrouwelijkInstellen(lid);
  const gemeenten = [{ code: werkruimte.gemeentecode, naam: werkruimte.gemeentenaam }, ...werkruimte.deelnemendeGemeenten.map((g) => ({ code: g.gemeentecode, naam: g.gemeentenaam }))];
  // A municipal workspace may link an indicator to a target of a region it lies in (who keeps the indicators may ask which).
  const regionaal = useApi<{ indicatoren: RegionaleIndicator[] }>(werkruimte.regio === null && mag(lid, 'cyclus.bewerken') ? `${basis}/regionale-indicatoren` : null);
  const regioKeuzes = regionaal.status === 'klaar' ? regionaal.data.indicatoren : [];
  const wijzig = (deel: Partial<IndicatorInvoer>) => onInvoer((oud) => ({ ...oud, ...deel }));
  const wijzigRij = (sleutel: number, deel: Partial<Streefrij>) => onInvoer((oud) => ({ ...oud, streefwaarden: oud.streefwaarden.map((r) => (r.sleutel === sleutel ? { ...r, ...deel } : r)) }));
  const rijLabel = (r: Streefrij, i: number) => (leesJaren(r.jaar) ? r.jaar.trim() : `rij ${i + 1}`);

  const labels: Record<string, string> = {
    naam: 'Naam',
    themaId: 'Thema',
    bron: 'Bron',
    bronToelichting: 'Nadere bron',
    aard: 'Aard',
    eenheid: 'Eenheid',
    richting: 'Richting',
    referentiejaar: 'Referentiejaar',
    referentiewaarde: 'Referentiewaarde',
    eigenaarId: 'Eigenaar',
    prioriteitId: 'Prioriteit',
    regioKoppeling: 'Hoort bij regionale streefwaarde',
    'regioKoppeling.indicatorId': 'Hoort bij regionale streefwaarde',
    'regioKoppeling.werkruimteId': 'Hoort bij regionale streefwaarde',
  };
  const ids: Record<string, string> = {
    naam: `${p}-naam`,
    themaId: `${p}-thema`,
    bron: `${p}-bron`,
    bronToelichting: `${p}-bronToelichting`,
    aard: `${p}-aard-${invoer.aard}`,
    eenheid: `${p}-eenheid`,
    richting: `${p}-richting-${invoer.richting || richtingen[0]}`,
    referentiejaar: `${p}-referentiejaar`,
    referentiewaarde: `${p}-referentiewaarde`,
    eigenaarId: `${p}-eigenaar`,
    prioriteitId: `${p}-naam`,
    regioKoppeling: `${p}-regio`,
    'regioKoppeling.indicatorId': `${p}-regio`,
    'regioKoppeling.werkruimteId': `${p}-regio`,
  };

  /** The field of an API name ('streefwaarden[1].waarde'), given the rows in the order they were sent. */
  const veldVan = (naam: string, verstuurd: Streefrij[]): { id: string; veld: string } | null => {
    const n = veldNaam(naam);
    const m = /^streefwaarden\[(\d+)\]\.(jaar|totJaar|waarde|soort|procent|basis|koers)$/.exec(n);
    if (m) {
      const rij = verstuurd[Number(m[1])];
      if (!rij) return { id: `${p}-streef-toevoegen`, veld: 'Streefwaarden' };
      const i = invoer.streefwaarden.indexOf(rij);
      return m[2] === 'jaar' || m[2] === 'totJaar' ? { id: `${p}-streef-${rij.sleutel}-jaar`, veld: `Jaar (${rijLabel(rij, i)})` } : { id: `${p}-streef-${rij.sleutel}-waarde`, veld: `Streefwaarde ${rijLabel(rij, i)}` };
    }
    if (n.startsWith('streefwaarden')) return { id: `${p}-streef-toevoegen`, veld: 'Streefwaarden' };
    return ids[n] ? { id: ids[n], veld: labels[n] ?? n } : null;
  };

  // The summary appears when the form is sent with errors, not while filling it in.
  const [samenvattingTonen, setSamenvattingTonen] = useState(false);
  const toonFouten = (lijst: Veldmelding[]) => {
    setFouten(lijst);
    setSamenvattingTonen(true);
    window.requestAnimationFrame(() => samenvatting.current?.focus());
  };

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    const lijst: Veldmelding[] = [];
    const voeg = (id: string, veld: string, melding: string) => {
      if (!lijst.some((f) => f.id === id)) lijst.push({ id, veld, melding });
    };
    if (!invoer.naam.trim()) voeg(ids.naam!, 'Naam', 'Geef de indicator een naam.');
    const overkoepelend = !!themaKeuze && invoer.overkoepelend;
    if (themaKeuze && !overkoepelend && !invoer.themaId) voeg(ids.themaId!, 'Thema', 'Kies het thema waar de indicator bij hoort, of maak er een overkoepelende indicator van.');
    if (!invoer.eenheid) voeg(ids.eenheid!, 'Eenheid', 'Kies de eenheid van de indicator.');
    if (!invoer.richting) voeg(ids.richting!, 'Richting', 'Kies of een lagere of een hogere waarde beter is.');
    let referentiejaar: number | null = null;
    if (invoer.referentiejaar.trim()) {
      if (/^\d{4}$/.test(invoer.referentiejaar.trim())) referentiejaar = Number(invoer.referentiejaar.trim());
      else voeg(ids.referentiejaar!, 'Referentiejaar', `‘${invoer.referentiejaar.trim()}’ is geen jaartal; vul een jaar in zoals 2024.`);
    }
    let referentiewaarde: number | null = null;
    if (invoer.referentiewaarde.trim()) {
      const r = leesGetal(invoer.referentiewaarde, eenheid);
      if (r.ok) referentiewaarde = r.waarde;
      else voeg(ids.referentiewaarde!, 'Referentiewaarde', r.reden);
    }
    // A row without a value is a year without a target: it is left out. The value may be any form
    // real plans use ('-2% per jaar', 'niet boven 5', 'afname'); a span of years makes a series.
    const gevuld: { rij: Streefrij; jaar: number; streef: Streefwaarde }[] = [];
    invoer.streefwaarden.forEach((rij, i) => {
      if (!rij.waarde.trim()) return;
      const label = rijLabel(rij, i);
      const waardeId = `${p}-streef-${rij.sleutel}-waarde`;
      const r = leesStreefcel(rij.waarde, eenheid);
      if (!r.ok) voeg(waardeId, `Streefwaarde ${label}`, r.reden);
      const cel = r.ok ? r.cel : null;
      const jaren = cel?.soort === 'reeks' && cel.jaar !== null && !rij.jaar.trim() ? { jaar: cel.jaar, totJaar: cel.totJaar } : leesJaren(rij.jaar);
      if (!jaren) {
        voeg(`${p}-streef-${rij.sleutel}-jaar`, `Jaar (${label})`, rij.jaar.trim() ? `‘${rij.jaar.trim()}’ is geen jaartal; vul een jaar in zoals 2028, of voor een reeks de jaren zoals 2019-2023.` : 'Vul het jaar van deze streefwaarde in.');
        return;
      }
      if (!cel) return;
      let streef: Streefwaarde;
      if (jaren.totJaar !== null || cel.soort === 'reeks') {
        if (cel.soort !== 'waarde' && cel.soort !== 'reeks') {
          voeg(waardeId, `Streefwaarde ${label}`, 'Een reeks van jaren heeft voor elk jaar dezelfde waarde; vul een getal in, bijvoorbeeld 130.');
          return;
        }
        const totJaar = cel.soort === 'reeks' && cel.totJaar !== null ? cel.totJaar : jaren.totJaar!;
        streef = { jaar: cel.soort === 'reeks' && cel.jaar !== null ? cel.jaar : jaren.jaar, totJaar, waarde: cel.waarde, soort: 'reeks' };
      } else if (cel.soort === 'relatief') streef = { jaar: jaren.jaar, waarde: 0, soort: 'relatief', procent: cel.procent, basis: cel.basis };
      else if (cel.soort === 'kwalitatief') streef = { jaar: jaren.jaar, waarde: 0, soort: 'kwalitatief', koers: cel.koers };
      else streef = { jaar: jaren.jaar, waarde: cel.waarde, ...(cel.soort === 'waarde' ? {} : { soort: cel.soort }) };
      gevuld.push({ rij, jaar: streef.jaar, streef });
    });
    gevuld.sort((a, b) => a.jaar - b.jaar);
    const verstuurd = gevuld.map((g) => g.rij);
    const codes = invoer.reeks.codes
      .split(/[,;\s]+/)
      .map((c) => c.trim())
      .filter(Boolean);
    if (invoer.reeks.aan) {
      const onbekend = codes.filter((c) => !misdrijfsoorten.some((m) => m.code === c));
      if (onbekend.length) voeg(`${p}-reeks-codes`, 'Soorten misdrijf', `Onbekende soort misdrijf: ${onbekend.join(', ')}. Gebruik codes als 1.1.1.`);
      if (!invoer.reeks.themaId && codes.length === 0) voeg(`${p}-reeks-thema`, 'Thema van de reeks', 'Kies een thema of vul de soorten misdrijf in die de reeks telt.');
      if (invoer.eenheid && invoer.eenheid !== 'aantal' && invoer.eenheid !== 'per-1000') voeg(ids.eenheid!, 'Eenheid', 'Een reeks politiecijfers is een aantal of een aantal per 1.000 inwoners.');
    }
    if (lijst.length === 0 && invoer.eenheid) {
      // The same rules as the server, so the reason appears before sending.
      for (const probleem of controleerIndicatorInvoer({ referentiejaar, referentiewaarde, eenheid: invoer.eenheid, streefwaarden: gevuld.map((g) => g.streef) })) {
        const v = veldVan(probleem.veld, verstuurd);
        if (v) voeg(v.id, v.veld, probleem.reden);
      }
    }
    if (lijst.length > 0) return toonFouten(lijst);
    setFouten([]);
    setSamenvattingTonen(false);
    const body = {
      naam: invoer.naam.trim(),
      prioriteitId: bestaand ? bestaand.indicator.prioriteitId : prioriteitId,
      themaId: themaKeuze ? (overkoepelend ? null : invoer.themaId || null) : bestaand ? bestaand.indicator.themaId : null,
      // Only without a priority: an overall indicator of the plan's strategic goal (chapter 2 of the IVP).
      ...(themaKeuze ? { overkoepelend } : {}),
      bron: invoer.bron,
      bronToelichting: invoer.bronToelichting.trim(),
      aard: invoer.aard,
      eenheid: invoer.eenheid,
      noemer: invoer.eenheid && isPerEenheid(invoer.eenheid) && invoer.noemer.trim() ? invoer.noemer.trim() : null,
      richting: invoer.richting,
      referentiejaar,
      referentiewaarde,
      // Relative and qualitative targets get their level from the server (from the reference).
      streefwaarden: gevuld.map(({ streef }) => (streef.soort === 'relatief' || streef.soort === 'kwalitatief' ? (({ waarde: _w, ...rest }) => rest)(streef) : streef)),
      eigenaarId: invoer.eigenaarId,
      ...(magVertrouwelijk ? { vertrouwelijk: invoer.vertrouwelijk } : {}),
      reeks: invoer.reeks.aan ? { gemeentecode: invoer.reeks.gemeentecode || gemeenten[0]!.code, themaId: invoer.reeks.themaId || null, codes } : null,
      // Always sent: a PUT replaces the indicator, so a link kept while the choices did not load stays.
      regioKoppeling: invoer.regioKoppeling ? { werkruimteId: invoer.regioKoppeling.split('|')[0]!, indicatorId: invoer.regioKoppeling.split('|')[1]! } : null,
      // A PUT replaces the indicator: a Veiligheidsmonitor series it follows stays (unless a police series replaces it).
      ...(invoer.veiligheidsmonitor && !invoer.reeks.aan ? { veiligheidsmonitor: invoer.veiligheidsmonitor } : {}),
    };
    setBezig(true);
    const r = bestaand
      ? await schrijf<IndicatorAntwoord>('PUT', `${basis}/indicatoren/${encodeURIComponent(bestaand.indicator.id)}`, { ifMatch: bestaand.versie, body })
      : await schrijf<IndicatorAntwoord>('POST', `${basis}/indicatoren`, { body });
    setBezig(false);
    if (r.ok) return onOpgeslagen(r.data);
    if (r.status === 412) {
      setVerouderd(true);
      setMelding({ soort: 'fout', tekst: 'Iemand anders heeft deze indicator intussen gewijzigd. Uw invoer staat er nog; neem over wat u wilt bewaren en laad dan de nieuwe stand.' });
      return;
    }
    const problemen = (r.probleem as Probleem).invalidParams ?? [];
    const veldfouten: Veldmelding[] = [];
    const overig: string[] = [];
    for (const x of problemen) {
      const v = veldVan(x.name, verstuurd);
      if (v && !veldfouten.some((f) => f.id === v.id)) veldfouten.push({ ...v, melding: x.reason });
      else if (!v) overig.push(x.reason);
    }
    if (veldfouten.length) toonFouten(veldfouten);
    if (overig.length || !veldfouten.length) setMelding({ soort: 'fout', tekst: overig.length ? overig.join(' ') : r.probleem.detail });
  };

  const overkoepelendKeuze = themaKeuze ? (
    <>
      <div className="kp-check kp-check--met-uitleg">
        <input
          id={`${p}-overkoepelend`}
          type="checkbox"
          checked={invoer.overkoepelend}
          aria-describedby={`${p}-overkoepelend-uitleg`}
          onChange={(e) => {
            wijzig({ overkoepelend: e.target.checked });
            zet(ids.themaId!, 'Thema', null);
          }}
        />
        <label htmlFor={`${p}-overkoepelend`}>Overkoepelende effectindicator</label>
      </div>
      <p className="utrecht-form-field-description kp-field__uitleg" id={`${p}-overkoepelend-uitleg`}>
        Meet de strategische doelstelling van het hele plan, niet één thema, bijvoorbeeld het rapportcijfer voor veiligheid in de buurt. Staat in
        hoofdstuk 2 van het IVP.
      </p>
    </>
  ) : null;

  const themaLabel = themaKeuze && !invoer.overkoepelend ? (
    <div className={`utrecht-form-field kp-field${fout(ids.themaId!) ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={ids.themaId}>
        Thema
      </label>
      {fout(ids.themaId!) ? (
        <p className="utrecht-form-field-error-message kp-field__fout" id={`${ids.themaId}-fout`}>
          {fout(ids.themaId!)}
        </p>
      ) : null}
      <select
        id={ids.themaId}
        className="utrecht-select utrecht-select--html-select kp-select-smal"
        value={invoer.themaId}
        aria-invalid={fout(ids.themaId!) ? true : undefined}
        aria-describedby={fout(ids.themaId!) ? `${ids.themaId}-fout` : undefined}
        onChange={(e) => {
          wijzig({ themaId: e.target.value });
          zet(ids.themaId!, 'Thema', null);
        }}
      >
        <option value="">Kies een thema</option>
        {themaKeuze.map((t) => (
          <option key={t.id} value={t.id}>
            {t.naam}
          </option>
        ))}
      </select>
    </div>
  ) : null;

  const radioGroep = <T extends string>(naam: 'aard' | 'richting', legenda: string, opties: readonly T[], namen: Record<T, string>, waarde: string, uitleg?: string) => {
    const foutId = ids[naam]!;
    const f = fout(foutId);
    const beschreven = [uitleg ? `${p}-${naam}-uitleg` : null, f ? `${p}-${naam}-fout` : null].filter(Boolean).join(' ') || undefined;
    return (
      <fieldset className={`kp-fieldset kp-field${f ? ' utrecht-form-field--invalid' : ''}`} aria-describedby={beschreven}>
        <legend className="utrecht-form-label">{legenda}</legend>
        {uitleg ? (
          <p className="kp-field__uitleg" id={`${p}-${naam}-uitleg`}>
            {uitleg}
          </p>
        ) : null}
        {f ? (
          <p className="kp-field__fout" id={`${p}-${naam}-fout`}>
            {f}
          </p>
        ) : null}
        {opties.map((o) => (
          <div className="kp-check" key={o}>
            <input
              type="radio"
              id={`${p}-${naam}-${o}`}
              name={`${p}-${naam}`}
              value={o}
              checked={waarde === o}
              onChange={() => {
                wijzig({ [naam]: o } as Partial<IndicatorInvoer>);
                setFouten((oud) => oud.filter((x) => !x.id.startsWith(`${p}-${naam}-`)));
              }}
            />
            <label htmlFor={`${p}-${naam}-${o}`}>{namen[o]}</label>
          </div>
        ))}
      </fieldset>
    );
  };

  return (
    <form className="kp-sb-formulier" onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby={`${p}-kop`}>
      <h4 className="utrecht-heading-4 kp-sb-formulierkop" id={`${p}-kop`}>
        {titel}
      </h4>
      <div ref={samenvatting} tabIndex={-1} className="kp-sb-samenvatting">
        <Foutsamenvatting fouten={samenvattingTonen ? fouten : []} />
      </div>
      {verouderd && onHerlaad ? (
        <div className="kp-warning">
          <p className="utrecht-paragraph">Er is een nieuwere versie van deze indicator opgeslagen door iemand anders.</p>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => {
              setVerouderd(false);
              setMelding(null);
              setFouten([]);
              onHerlaad();
            }}
          >
            Nieuwe stand laden (uw wijzigingen vervallen)
          </button>
        </div>
      ) : null}
      {overkoepelendKeuze}
      {themaLabel}
      <div className="kp-sb-breed">
      <Tekstveld
        id={ids.naam!}
        label="Naam van de indicator"
        beschrijving="Kort en meetbaar, bijvoorbeeld ‘Woninginbraken’ of ‘Inwoners die zich weleens onveilig voelen in de eigen buurt’."
        waarde={invoer.naam}
        onWaarde={(naam) => {
          wijzig({ naam });
          if (naam.trim()) zet(ids.naam!, 'Naam', null);
        }}
        fout={fout(ids.naam!)}
        autoComplete="off"
      />
      </div>
      <div className="kp-sb-velden">
        <div className="utrecht-form-field kp-field">
          <label className="utrecht-form-label" htmlFor={ids.bron}>
            Bron
          </label>
          <select id={ids.bron} className="utrecht-select utrecht-select--html-select" value={invoer.bron} onChange={(e) => wijzig({ bron: e.target.value as IndicatorBronSoort })}>
            {indicatorBronnen.map((b) => (
              <option key={b} value={b}>
                {bronNamen[b]}
              </option>
            ))}
          </select>
        </div>
        <Tekstveld id={ids.bronToelichting!} label="Nadere bron (optioneel)" waarde={invoer.bronToelichting} onWaarde={(bronToelichting) => wijzig({ bronToelichting })} autoComplete="off" />
      </div>
      {radioGroep('aard', 'Aard', ['objectief', 'subjectief'] as const, aardNamen, invoer.aard)}
      <div className={`utrecht-form-field kp-field${fout(ids.eenheid!) ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor={ids.eenheid}>
          Eenheid
        </label>
        {fout(ids.eenheid!) ? (
          <p className="utrecht-form-field-error-message kp-field__fout" id={`${ids.eenheid}-fout`}>
            {fout(ids.eenheid!)}
          </p>
        ) : null}
        <select
          id={ids.eenheid}
          className="utrecht-select utrecht-select--html-select kp-select-smal"
          value={invoer.eenheid}
          aria-invalid={fout(ids.eenheid!) ? true : undefined}
          aria-describedby={fout(ids.eenheid!) ? `${ids.eenheid}-fout` : undefined}
          onChange={(e) => {
            wijzig({ eenheid: e.target.value as Eenheid | '' });
            if (e.target.value) zet(ids.eenheid!, 'Eenheid', null);
          }}
        >
          <option value="">Kies een eenheid</option>
          {eenheden.map((x) => (
            <option key={x} value={x}>
              {eenheidNamen[x]}
            </option>
          ))}
        </select>
      </div>
      {invoer.eenheid && isPerEenheid(invoer.eenheid) ? (
        <>
          <Tekstveld
            id={`${p}-noemer`}
            label={`Noemer: ${invoer.eenheid === 'per-1000' ? 'per 1.000' : 'per 10.000'} van welke groep?`}
            beschrijving="Laat leeg voor inwoners. Bijvoorbeeld ‘jongeren van 12 tot en met 17 jaar’ bij verwijzingen naar Halt."
            waarde={invoer.noemer}
            onWaarde={(noemer) => wijzig({ noemer })}
            list={`${p}-noemers`}
            autoComplete="off"
          />
          <datalist id={`${p}-noemers`}>
            {bekendeNoemers.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </>
      ) : null}
      {radioGroep('richting', 'Richting', richtingen, richtingNamen, invoer.richting, 'Welke kant is goed? Bij woninginbraken is lager beter, bij het rapportcijfer voor de buurt hoger.')}
      <fieldset className="kp-fieldset">
        <legend className="utrecht-form-label">Referentie</legend>
        <p className="kp-field__uitleg">De uitgangssituatie: het jaar en de waarde waarmee u de metingen vergelijkt.</p>
        <div className="kp-sb-velden">
          <Getalveld
            id={ids.referentiejaar!}
            label="Referentiejaar"
            geheel
            waarde={invoer.referentiejaar}
            onWaarde={(referentiejaar) => wijzig({ referentiejaar })}
            fout={fout(ids.referentiejaar!)}
            onControleer={(reden) => zet(ids.referentiejaar!, 'Referentiejaar', reden)}
          />
          <Getalveld
            id={ids.referentiewaarde!}
            label="Referentiewaarde"
            eenheid={eenheid}
            waarde={invoer.referentiewaarde}
            onWaarde={(referentiewaarde) => {
              wijzig({ referentiewaarde });
              if (fout(ids.referentiewaarde!) && leesGetal(referentiewaarde, eenheid).ok) zet(ids.referentiewaarde!, 'Referentiewaarde', null);
            }}
            fout={fout(ids.referentiewaarde!)}
            onControleer={(reden) => zet(ids.referentiewaarde!, 'Referentiewaarde', reden)}
          />
        </div>
      </fieldset>
      <fieldset className="kp-fieldset">
        <legend className="utrecht-form-label">Streefwaarden</legend>
        <p className="kp-field__uitleg">
          Per jaar de waarde die u wilt bereiken; de laatste is de eindstreefwaarde. Laat de waarde leeg voor een jaar zonder streefwaarde. Schrijf getallen zoals u gewend bent: 1.630, 7,5 of
          28,8%. Schrijf de streefwaarde ook zoals in uw plan: een verandering (‘-2% per jaar’, ‘vermindert met 2 % per jaar’), een grens (‘niet boven 5’, ‘minimaal 7’) of een richting
          (‘afname’, ‘stabiel’, ‘toename’). Voor dezelfde waarde in een reeks van jaren vult u bij het jaar bijvoorbeeld 2019-2023 in.
        </p>
        <ul className="kp-sb-streefrijen">
          {invoer.streefwaarden.map((rij, i) => {
            const label = rijLabel(rij, i);
            const jaarId = `${p}-streef-${rij.sleutel}-jaar`;
            const waardeId = `${p}-streef-${rij.sleutel}-waarde`;
            return (
              <li key={rij.sleutel} className="kp-sb-streefrij">
                <Getalveld
                  id={jaarId}
                  label={
                    <>
                      Jaar<span className="kp-visually-hidden"> (streefwaarde {i + 1})</span>
                    </>
                  }
                  geheel
                  jarenReeks
                  waarde={rij.jaar}
                  onWaarde={(jaar) => wijzigRij(rij.sleutel, { jaar })}
                  fout={fout(jaarId)}
                  onControleer={(reden) => zet(jaarId, `Jaar (${label})`, reden)}
                />
                <Getalveld
                  id={waardeId}
                  label={`Streefwaarde ${label}`}
                  eenheid={eenheid}
                  soort="streef"
                  waarde={rij.waarde}
                  onWaarde={(waarde) => {
                    wijzigRij(rij.sleutel, { waarde });
                    if (fout(waardeId) && leesStreefcel(waarde, eenheid).ok) zet(waardeId, `Streefwaarde ${label}`, null);
                  }}
                  fout={fout(waardeId)}
                  onControleer={(reden) => zet(waardeId, `Streefwaarde ${label}`, reden)}
                />
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle kp-button-klein kp-sb-rijknop"
                  onClick={() => {
                    onInvoer((oud) => ({ ...oud, streefwaarden: oud.streefwaarden.filter((r) => r.sleutel !== rij.sleutel) }));
                    setFouten((oud) => oud.filter((f) => f.id !== jaarId && f.id !== waardeId));
                  }}
                >
                  Verwijderen<span className="kp-visually-hidden"> (streefwaarde {label})</span>
                </button>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          id={`${p}-streef-toevoegen`}
          className="utrecht-button utrecht-button--secondary-action kp-button-klein"
          onClick={() => {
            const laatste = Math.max(0, ...invoer.streefwaarden.map((r) => Number(r.jaar) || 0));
            const rij = nieuweRij(laatste ? String(laatste + 1) : '');
            onInvoer((oud) => ({ ...oud, streefwaarden: [...oud.streefwaarden, rij] }));
            window.requestAnimationFrame(() => document.getElementById(`${p}-streef-${rij.sleutel}-waarde`)?.focus());
          }}
        >
          Streefjaar toevoegen
        </button>
      </fieldset>
      {regioKeuzes.length > 0 || invoer.regioKoppeling ? (
        <div className={`utrecht-form-field kp-field${fout(`${p}-regio`) ? ' utrecht-form-field--invalid' : ''}`}>
          <label className="utrecht-form-label" htmlFor={`${p}-regio`}>
            Hoort bij regionale streefwaarde
          </label>
          <p className="utrecht-form-field-description kp-field__uitleg" id={`${p}-regio-uitleg`}>
            De regio toont de metingen van deze indicator naast haar regionale streefwaarde.
          </p>
          {fout(`${p}-regio`) ? (
            <p className="utrecht-form-field-error-message kp-field__fout" id={`${p}-regio-fout`}>
              {fout(`${p}-regio`)}
            </p>
          ) : null}
          <select
            id={`${p}-regio`}
            className="utrecht-select utrecht-select--html-select"
            value={invoer.regioKoppeling}
            aria-invalid={fout(`${p}-regio`) ? true : undefined}
            aria-describedby={[`${p}-regio-uitleg`, fout(`${p}-regio`) ? `${p}-regio-fout` : null].filter(Boolean).join(' ')}
            onChange={(e) => {
              wijzig({ regioKoppeling: e.target.value });
              zet(`${p}-regio`, 'Hoort bij regionale streefwaarde', null);
            }}
          >
            <option value="">Geen</option>
            {regioKeuzes.map((k) => (
              <option key={koppelingSleutel(k)} value={koppelingSleutel(k)}>
                {`${k.regionaam}: ${k.naam}`}
              </option>
            ))}
            {invoer.regioKoppeling && !regioKeuzes.some((k) => koppelingSleutel(k) === invoer.regioKoppeling) ? (
              <option value={invoer.regioKoppeling}>{regionaal.status === 'laden' ? 'De huidige koppeling (keuzes laden…)' : 'De huidige koppeling (niet meer te kiezen)'}</option>
            ) : null}
          </select>
        </div>
      ) : null}
      <fieldset className="kp-fieldset">
        <legend className="utrecht-form-fieldset__legend">Meetbron</legend>
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <input
            id={`${p}-reeks-aan`}
            type="checkbox"
            className="utrecht-checkbox"
            checked={invoer.reeks.aan}
            onChange={(e) => wijzig({ reeks: { ...invoer.reeks, aan: e.target.checked } })}
            aria-describedby={`${p}-reeks-uitleg`}
          />
          <label htmlFor={`${p}-reeks-aan`} className="utrecht-form-label utrecht-form-label--checkbox">
            Metingen komen uit de geïmporteerde politiecijfers
          </label>
        </div>
        <p id={`${p}-reeks-uitleg`} className="utrecht-form-field-description">
          Elke nieuwe import van politiecijfers schrijft dan de jaarmetingen (een aantal, of per 1.000 inwoners bij die eenheid). Zonder vinkje vult de eigenaar de metingen in.
        </p>
        {invoer.reeks.aan ? (
          <>
            {gemeenten.length > 1 ? (
              <div className="kp-field">
                <label className="utrecht-form-label" htmlFor={`${p}-reeks-gemeente`}>
                  Gemeente
                </label>
                <select id={`${p}-reeks-gemeente`} className="utrecht-select" value={invoer.reeks.gemeentecode || gemeenten[0]!.code} onChange={(e) => wijzig({ reeks: { ...invoer.reeks, gemeentecode: e.target.value } })}>
                  {gemeenten.map((g) => (
                    <option key={g.code} value={g.code}>
                      {g.naam}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div className="kp-field">
              <label className="utrecht-form-label" htmlFor={`${p}-reeks-thema`}>
                Thema van de reeks
              </label>
              <select id={`${p}-reeks-thema`} className="utrecht-select" value={invoer.reeks.themaId} onChange={(e) => wijzig({ reeks: { ...invoer.reeks, themaId: e.target.value } })} aria-invalid={fout(`${p}-reeks-thema`) ? true : undefined}>
                <option value="">Geen: tel de soorten misdrijf hieronder</option>
                {themas.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.id} {t.naam}
                  </option>
                ))}
              </select>
            </div>
            <Tekstveld
              id={`${p}-reeks-codes`}
              label="Soorten misdrijf (gaan voor het thema)"
              beschrijving="Codes van de politie, gescheiden door komma's, bijvoorbeeld 1.1.1 voor woninginbraak of 2.5.2 voor winkeldiefstal."
              waarde={invoer.reeks.codes}
              onWaarde={(codes) => wijzig({ reeks: { ...invoer.reeks, codes } })}
              fout={fout(`${p}-reeks-codes`)}
            />
          </>
        ) : null}
      </fieldset>
      {magVertrouwelijk ? (
        <>
          <div className="kp-check kp-check--met-uitleg">
            <input id={`${p}-vertrouwelijk`} type="checkbox" checked={invoer.vertrouwelijk} aria-describedby={`${p}-vertrouwelijk-uitleg`} onChange={(e) => wijzig({ vertrouwelijk: e.target.checked })} />
            <label htmlFor={`${p}-vertrouwelijk`}>Vertrouwelijk</label>
          </div>
          <p className="utrecht-form-field-description kp-field__uitleg" id={`${p}-vertrouwelijk-uitleg`}>
            Alleen leden met toegang vertrouwelijk zien deze indicator; voor anderen bestaat hij niet, ook niet op het dashboard, in rapportages of meldingen. De eigenaar
            moet toegang hebben.
          </p>
        </>
      ) : null}
      <EigenaarKeuze
        id={ids.eigenaarId!}
        eigenaren={eigenaren}
        waarde={invoer.eigenaarId}
        onWaarde={(eigenaarId) => {
          wijzig({ eigenaarId });
          zet(ids.eigenaarId!, 'Eigenaar', null);
        }}
        fout={fout(ids.eigenaarId!)}
        beschrijving="Houdt de metingen bij en krijgt een herinnering vóór elk voortgangsoverleg."
      />
      <Meldingregel melding={melding} />
      <div className="kp-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
          {bestaand ? 'Wijzigingen opslaan' : 'Indicator opslaan'}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onAnnuleer}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

/** The themes an indicator outside the priorities can belong to. */
export function overigeThemaKeuze(prioriteitThemaIds: Set<string>): { id: string; naam: string }[] {
  return [
    ...themas.filter((t) => !prioriteitThemaIds.has(t.id)).map((t) => ({ id: t.id, naam: `${t.id} ${t.naam}` })),
    ...strategischeThemas.map((s) => ({ id: s.id, naam: `Strategisch thema: ${s.naam}` })),
  ];
}

export function themaNaam(id: string | null): string | null {
  if (!id) return null;
  const t = vindThema(id);
  if (t) return `${t.id} ${t.naam}`;
  const s = strategischeThemas.find((x) => x.id === id);
  return s ? `Strategisch thema: ${s.naam}` : id;
}

// --- Measurements -------------------------------------------------------------------------------

interface MetingFormulierProps {
  p: string;
  basis: string;
  indicator: IndicatorAntwoord;
  onOpgeslagen: (i: IndicatorAntwoord, melding: string) => void;
}

/** Record a measurement: a year or a quarter, a value read the Dutch way, and a comment. */
export function MetingFormulier({ p, basis, indicator, onOpgeslagen }: MetingFormulierProps) {
  const schrijf = useSchrijf();
  const [periode, setPeriode] = useState('');
  const [waarde, setWaarde] = useState('');
  const [toelichting, setToelichting] = useState('');
  const { fouten, setFouten, fout, zet } = useFouten();
  const [melding, setMelding] = useState<Melding | null>(null);
  const [bezig, setBezig] = useState(false);
  const ids = { periode: `${p}-periode`, waarde: `${p}-waarde`, toelichting: `${p}-toelichting` };
  const genormaliseerd = periode.trim() ? normaliseerPeriode(periode) : null;
  const bestaande = genormaliseerd ? indicator.metingen.find((m) => m.periode === genormaliseerd) : undefined;
  const periodeReden = (t: string) => `‘${t.trim()}’ is geen jaar of kwartaal. Schrijf een jaar (2027) of een kwartaal (2e kwartaal 2027 of 2027-K2).`;

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    const lijst: Veldmelding[] = [];
    const p2 = periode.trim() ? normaliseerPeriode(periode) : null;
    if (!periode.trim()) lijst.push({ id: ids.periode, veld: 'Periode', melding: 'Vul het jaar of het kwartaal van de meting in.' });
    else if (!p2) lijst.push({ id: ids.periode, veld: 'Periode', melding: periodeReden(periode) });
    const r = leesMeting(waarde, indicator.eenheid);
    if (!r.ok) lijst.push({ id: ids.waarde, veld: 'Waarde', melding: r.reden });
    if (lijst.length) {
      setFouten(lijst);
      document.getElementById(lijst[0]!.id)?.focus();
      return;
    }
    setFouten([]);
    setBezig(true);
    const a = await schrijf<IndicatorAntwoord>('POST', `${basis}/indicatoren/${encodeURIComponent(indicator.id)}/metingen`, {
      body: { periode: p2, waarde: r.ok ? r.waarde : null, benchmark: r.ok ? r.benchmark : null, toelichting: toelichting.trim() },
    });
    setBezig(false);
    if (a.ok) {
      const m = a.data.metingen.find((x) => x.periode === p2);
      setPeriode('');
      setWaarde('');
      setToelichting('');
      const tekst = m
        ? `Meting over ${p2} vastgelegd: ${toonWaarde(m.waarde, indicator.eenheid, indicator.noemer)}. Status: ${statusNamen[m.status]}. ${m.uitleg}`
        : `Meting over ${p2} vastgelegd.`;
      setMelding({ soort: 'ok', tekst });
      onOpgeslagen(a.data, tekst);
      return;
    }
    const veld: Record<string, { id: string; veld: string }> = {
      periode: { id: ids.periode, veld: 'Periode' },
      waarde: { id: ids.waarde, veld: 'Waarde' },
      toelichting: { id: ids.toelichting, veld: 'Toelichting' },
    };
    const vf = ((a.probleem as Probleem).invalidParams ?? []).flatMap((x) => (veld[veldNaam(x.name)] ? [{ ...veld[veldNaam(x.name)]!, melding: x.reason }] : []));
    if (vf.length) {
      setFouten(vf);
      document.getElementById(vf[0]!.id)?.focus();
    } else setMelding({ soort: 'fout', tekst: a.probleem.detail });
  };

  return (
    <form className="kp-sb-meting" onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby={`${p}-kop`}>
      <h4 className="utrecht-heading-4 kp-sb-formulierkop" id={`${p}-kop`}>
        Meting vastleggen<span className="kp-visually-hidden"> voor {indicator.naam}</span>
      </h4>
      {fouten.length > 1 ? <Foutsamenvatting fouten={fouten} /> : null}
      <div className="kp-sb-velden">
        <Tekstveld
          id={ids.periode}
          label="Periode"
          beschrijving={
            bestaande
              ? `Een jaar (2027) of kwartaal (2e kwartaal 2027 of 2027-K2). Er is al een meting over ${bestaande.periode} (${toonWaarde(bestaande.waarde, indicator.eenheid, indicator.noemer)}); vastleggen vervangt die.`
              : 'Een jaar (2027) of een kwartaal (2e kwartaal 2027 of 2027-K2).'
          }
          waarde={periode}
          onWaarde={(v) => {
            setPeriode(v);
            if (fout(ids.periode) && normaliseerPeriode(v)) zet(ids.periode, 'Periode', null);
          }}
          onBlur={() => zet(ids.periode, 'Periode', periode.trim() && !normaliseerPeriode(periode) ? periodeReden(periode) : null)}
          fout={fout(ids.periode)}
          autoComplete="off"
            />
        <Getalveld
          id={ids.waarde}
          label="Waarde"
          eenheid={indicator.eenheid}
          soort="meting"
          uitleg={`Eenheid: ${eenheidTekst(indicator.eenheid, indicator.noemer)}. Met een benchmark erachter: 6 / 8.`}
          waarde={waarde}
          onWaarde={(v) => {
            setWaarde(v);
            if (fout(ids.waarde) && leesMeting(v, indicator.eenheid).ok) zet(ids.waarde, 'Waarde', null);
          }}
          fout={fout(ids.waarde)}
          onControleer={(reden) => zet(ids.waarde, 'Waarde', reden)}
        />
      </div>
      <div className="kp-sb-breed">
      <Tekstveld
        id={ids.toelichting}
        label="Toelichting (optioneel)"
        beschrijving="Bijvoorbeeld de bron of iets bijzonders aan deze meting."
        waarde={toelichting}
        onWaarde={setToelichting}
        fout={fout(ids.toelichting)}
      />
      </div>
      <Meldingregel melding={melding} />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>
        Meting opslaan<span className="kp-visually-hidden"> voor {indicator.naam}</span>
      </button>
    </form>
  );
}

interface MetingenTabelProps {
  basis: string;
  indicator: IndicatorAntwoord;
  magVerwijderen: boolean;
  onVerwijderd: (melding: Melding) => void;
}

/** The measurements with their status in words and why. */
export function MetingenTabel({ basis, indicator, magVerwijderen, onVerwijderd }: MetingenTabelProps) {
  const schrijf = useSchrijf();
  if (indicator.metingen.length === 0) return <p className="utrecht-paragraph kp-muted">Nog geen metingen.</p>;
  const verwijder = async (periode: string) => {
    if (!window.confirm(`Weet u zeker dat u de meting over ${periode} van ‘${indicator.naam}’ wilt verwijderen?`)) return;
    const r = await schrijf('DELETE', `${basis}/indicatoren/${encodeURIComponent(indicator.id)}/metingen/${encodeURIComponent(periode)}`, { ifMatch: indicator.versie });
    onVerwijderd(r.ok ? { soort: 'ok', tekst: `De meting over ${periode} is verwijderd.` } : { soort: 'fout', tekst: r.probleem.detail });
  };
  return (
    <Tabelkader label={`Metingen van ${indicator.naam}`}>
      <table className="kp-table kp-sb-metingen">
        <caption className="kp-visually-hidden">Metingen van {indicator.naam}</caption>
        <thead>
          <tr>
            <th scope="col">Periode</th>
            <th scope="col">Waarde</th>
            <th scope="col">Status</th>
            <th scope="col">Toelichting</th>
            {magVerwijderen ? <th scope="col">Actie</th> : null}
          </tr>
        </thead>
        <tbody>
          {[...indicator.metingen].reverse().map((m) => (
            <tr key={m.periode}>
              <th scope="row">{m.periode.replace('-K', ' kwartaal ')}</th>
              <td className="kp-sb-getalcel">
                {toonWaarde(m.waarde, indicator.eenheid, indicator.noemer)}
                {m.benchmark != null ? (
                  <span className="kp-blok kp-klein">
                    benchmark {toonWaarde(m.benchmark, indicator.eenheid, indicator.noemer)}
                    {m.tovBenchmark ? ` (${m.tovBenchmark === 'gelijk' ? 'gelijk' : m.tovBenchmark === 'beter' ? 'beter' : 'slechter'})` : ''}
                  </span>
                ) : null}
                {m.veranderingProcent !== null ? (
                  <span className="kp-blok kp-klein kp-muted">
                    {formatProcentVerandering(m.veranderingProcent)} t.o.v. referentie
                    {m.significant === true ? ', betekenisvol' : m.significant === false ? ', kan toeval zijn' : ''}
                  </span>
                ) : null}
              </td>
              <td>
                <StatusLabel status={m.status} />
                <span className="kp-blok kp-klein">{m.uitleg}</span>
              </td>
              <td>{m.toelichting || <span className="kp-muted">—</span>}</td>
              {magVerwijderen ? (
                <td>
                  <button type="button" className="utrecht-button utrecht-button--secondary-action kp-button-klein" onClick={() => void verwijder(m.periode)}>
                    Verwijderen<span className="kp-visually-hidden"> (meting {m.periode})</span>
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {indicator.metingen.some((m) => m.volatiel) ? (
        <p className="utrecht-paragraph kp-klein kp-muted">Kleine aantallen (onder de 20) schommelen sterk van jaar tot jaar; lees de status voorzichtig.</p>
      ) : null}
    </Tabelkader>
  );
}

// --- One indicator --------------------------------------------------------------------------------

interface IndicatorKaartProps {
  basis: string;
  indicator: IndicatorAntwoord;
  /** May record and delete measurements (owner, coordinator, working group). */
  magMeten: boolean;
  /** The measurement form is open from the start (my progress). */
  metingOpen?: boolean;
  /** Extra lines under the heading (e.g. the priority on "my progress"). */
  onderKop?: ReactNode;
  /** Buttons after "Meting vastleggen" (edit, delete). */
  acties?: ReactNode;
  onBijgewerkt: (i: IndicatorAntwoord | null) => void;
}

/** An indicator: reference, targets, status, the trend helper and its measurements. */
export function IndicatorKaart({ basis, indicator: i, magMeten, metingOpen = false, onderKop, acties, onBijgewerkt }: IndicatorKaartProps) {
  const [open, setOpen] = useState(metingOpen);
  const [melding, setMelding] = useState<Melding | null>(null);
  const p = `ind-${i.id}`;
  const eind = i.streefwaarden.at(-1);
  return (
    <article className="kp-card kp-sb-indicator" id={`indicator-${i.id}`} aria-labelledby={`${p}-naam`} tabIndex={-1}>
      <div className="kp-sb-indicatorkop">
        <h3 className="utrecht-heading-3" id={`${p}-naam`}>
          {i.naam}
        </h3>
        <StatusLabel status={i.status} />
      </div>
      {onderKop}
      <dl className="kp-meta kp-sb-meta">
        {i.overkoepelend && i.prioriteitId === null ? (
          <div>
            <dt>Hoort bij</dt>
            <dd>de strategische doelstelling (overkoepelend)</dd>
          </div>
        ) : null}
        <div>
          <dt>Bron</dt>
          <dd>{bronTekst(i.bron, i.bronToelichting)}</dd>
        </div>
        <div>
          <dt>Aard</dt>
          <dd>{i.aard}</dd>
        </div>
        <div>
          <dt>Eenheid</dt>
          <dd>{eenheidTekst(i.eenheid, i.noemer)}</dd>
        </div>
        <div>
          <dt>Richting</dt>
          <dd>{richtingNamen[i.richting]}</dd>
        </div>
        <div>
          <dt>Eigenaar</dt>
          <dd>{i.eigenaarNaam ?? 'nog geen'}</dd>
        </div>
      </dl>
      {i.referentiejaar !== null || i.streefwaarden.length > 0 ? (
        <Tabelkader label={`Referentie en streefwaarden van ${i.naam}`}>
          <table className="kp-table kp-sb-streef">
            <caption className="kp-visually-hidden">Referentie en streefwaarden van {i.naam}</caption>
            <thead>
              <tr>
                <td />
                {i.referentiejaar !== null ? <th scope="col">Referentie {i.referentiejaar}</th> : null}
                {i.streefwaarden.map((s) => (
                  <th scope="col" key={s.jaar}>
                    {s.soort === 'reeks' && s.totJaar ? `${s.jaar}–${s.totJaar}` : s.jaar}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Waarde</th>
                {i.referentiejaar !== null ? <td className="kp-sb-getalcel">{i.referentiewaarde === null ? '—' : toonWaarde(i.referentiewaarde, i.eenheid, i.noemer)}</td> : null}
                {i.streefwaarden.map((s) => (
                  <td className="kp-sb-getalcel" key={s.jaar}>
                    {!s.soort || s.soort === 'waarde' ? toonWaarde(s.waarde, i.eenheid, i.noemer) : formatStreefwaarde(s, i.eenheid)}
                    {s.soort === 'relatief' ? <span className="kp-blok kp-klein kp-muted">{toonWaarde(s.waarde, i.eenheid, i.noemer)}</span> : null}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </Tabelkader>
      ) : (
        <p className="utrecht-paragraph kp-muted">Nog geen referentie en geen streefwaarden.</p>
      )}
      {eind && i.streefveranderingProcent !== null ? (
        <p className="utrecht-paragraph kp-klein">
          Eindstreefwaarde {eind.soort && eind.soort !== 'waarde' ? formatStreefwaarde(eind, i.eenheid) : toonWaarde(eind.waarde, i.eenheid, i.noemer)} in {eind.soort === 'reeks' && eind.totJaar ? eind.totJaar : eind.jaar}
          {eind.soort === 'kwalitatief' ? '.' : `: ${formatProcentVerandering(i.streefveranderingProcent)} ten opzichte van ${i.referentiejaar}.`}
        </p>
      ) : null}
      <p className="utrecht-paragraph">
        <strong>Laatste meting:</strong> {statusNamen[i.status]}. {i.statusUitleg}
      </p>
      {i.streefhulp ? (
        <div className={i.streefhulp.teVer ? 'kp-warning kp-sb-trend' : 'kp-note kp-sb-trend'}>
          <p className="utrecht-paragraph">
            <strong>Trendhulp:</strong> {i.streefhulp.melding}
          </p>
        </div>
      ) : eind && i.referentiejaar !== null ? (
        <p className="utrecht-paragraph kp-klein kp-muted">
          Trendhulp: voor een vergelijking met de trend zijn metingen uit ten minste twee jaren tot en met het referentiejaar {i.referentiejaar} nodig.
        </p>
      ) : null}
      {i.vergelijkbareGemeenten && i.vergelijkbareGemeenten.gemiddelde !== null ? (
        <p className="utrecht-paragraph kp-klein">
          <strong>Vergelijkbare gemeenten:</strong> in {i.vergelijkbareGemeenten.jaar} registreerden de {i.vergelijkbareGemeenten.van} ingelezen gemeenten van {i.vergelijkbareGemeenten.klasse}{' '}
          gemiddeld {formatGetal(i.vergelijkbareGemeenten.gemiddelde)} misdrijven in dit thema per 1.000 inwoners
          {i.vergelijkbareGemeenten.per1000 !== null && i.vergelijkbareGemeenten.plaats !== null
            ? `; deze gemeente ${formatGetal(i.vergelijkbareGemeenten.per1000)} (plaats ${i.vergelijkbareGemeenten.plaats} van ${i.vergelijkbareGemeenten.van}, 1 is het laagst)`
            : ''}
          . Een streefwaarde richting dat gemiddelde is een houvast.
        </p>
      ) : null}
      <h4 className="utrecht-heading-4 kp-sb-subkop">Metingen</h4>
      <MetingenTabel
        basis={basis}
        indicator={i}
        magVerwijderen={magMeten}
        onVerwijderd={(m) => {
          setMelding(m);
          onBijgewerkt(null);
        }}
      />
      <Meldingregel melding={melding} />
      <div className="kp-actions">
        {magMeten && !metingOpen ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-expanded={open} aria-controls={`${p}-meting`} onClick={() => setOpen(!open)}>
            Meting vastleggen<span className="kp-visually-hidden"> voor {i.naam}</span>
          </button>
        ) : null}
        {acties}
      </div>
      {magMeten ? (
        <div id={`${p}-meting`} hidden={!open}>
          {open ? (
            <MetingFormulier
              p={`${p}-m`}
              basis={basis}
              indicator={i}
              onOpgeslagen={(nieuw) => {
                setMelding(null);
                onBijgewerkt(nieuw);
              }}
            />
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
