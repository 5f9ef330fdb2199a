/**
 * What the public dashboard is computed from (issue 18, point 1): the adopted IVP with its priorities,
 * the effect indicators, the measures (status only), the latest report offered to the council and the
 * police figures per theme, per year and per neighbourhood. Loaded as the council sees it: without
 * anything confidential (the domain filters once more when it builds the dashboard).
 */
import type { Prioriteit } from '../../domain/cyclus/inhoud.ts';
import { dashboardVan, rapportagePeriode } from '../../domain/monitoring/dashboard.ts';
import type { BronPolitieThema, OpenbareBron } from '../../domain/openbaar/openbaar.ts';
import { combineer, type Dekking } from '../../domain/politie/dekking.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import { koppelPrioriteit, prioriteitenUitIvp } from '../../domain/raad/raad.ts';
import { laadDeel, type WerkruimteKop } from '../cyclus/opslag.ts';
import { laadBesluiten, vastgesteldeVersie } from '../cyclus/stand.ts';
import type { Queryable } from '../db/db.ts';
import { laadIndicatoren, laadMonitoring, laadPlannen } from '../monitoring/opslag.ts';
import { aggregatenVoorWerkruimte, overzichtVoorWerkruimte } from '../politie/cijfers.ts';
import { laadRaadsversies } from '../raad/opslag.ts';
import { vertrouwelijkeThemas } from './opslag.ts';

/** Who reads the public dashboard has no clearance: nothing confidential is loaded. */
const openbaar = { vertrouwelijkToegang: false } as const;
const vandaag = () => new Date().toISOString().slice(0, 10);

async function politieBron(db: Queryable, w: WerkruimteKop): Promise<BronPolitieThema[]> {
  const { gemeenten } = await overzichtVoorWerkruimte(db, w.id);
  const eigen = gemeenten.find((g) => g.code === w.gemeentecode);
  if (!eigen || eigen.jaren.length === 0) return [];
  const laatsteJaar = Math.max(...eigen.jaren);
  const wijken = await aggregatenVoorWerkruimte(db, w.id, { groep: 'thema', niveau: 'wijk', jaarVan: laatsteJaar, jaarTot: laatsteJaar });
  // A year without a row of the municipality itself is the sum of its wijken or buurten (gebiedssommen): a
  // crime type is in that sum only if it is in each of them (dekking.ts), so its coverage is that of the areas.
  const somDekking = new Map<string, Dekking>();
  for (const som of eigen.gebiedssommen ?? []) {
    const niveau = / wijken$/.test(som.herkomst) ? 'wijk' : 'buurt';
    const rijen = (await aggregatenVoorWerkruimte(db, w.id, { groep: 'thema', niveau, jaarVan: som.jaar, jaarTot: som.jaar })).rijen.filter(
      (r) => r.maand === 0 && r.regio.slice(2, 6) === w.gemeentecode.slice(2),
    );
    const perThema = new Map<string, Dekking[]>();
    for (const r of rijen) perThema.set(r.sleutel, [...(perThema.get(r.sleutel) ?? []), r.dekking]);
    for (const [themaId, delen] of perThema) somDekking.set(`${themaId} ${som.jaar}`, combineer(delen));
  }
  // The coverage as on the figures pages (domain/politie/dekking.ts): per year, per wijk, and over the years (a crime type counts only if it is in each year).
  return eigen.themas
    .filter((t) => t.reeks.some((r) => r.aantal !== null))
    .map((t) => ({
      themaId: t.themaId,
      naam: t.naam,
      codes: t.codes.map((code) => ({ code, titel: misdrijfsoorten.find((m) => m.code === code)?.titel ?? code })),
      reeks: t.reeks.map((r) => ({ jaar: r.jaar, aantal: r.aantal, per1000: r.per1000, dekking: somDekking.get(`${t.themaId} ${r.jaar}`) ?? r.dekking })),
      wijken: wijken.rijen
        .filter((r) => r.sleutel === t.themaId && r.regio.startsWith(`WK${w.gemeentecode.slice(2)}`))
        .map((r) => ({ code: r.regio, naam: r.regioNaam, jaar: r.jaar, aantal: r.aantal, per1000: r.per1000, dekking: r.dekking })),
    }));
}

export async function laadOpenbareBron(db: Queryable, w: WerkruimteKop): Promise<OpenbareBron> {
  const besluiten = await laadBesluiten(db, w.id);
  const ivpBesluit = besluiten.filter((b) => b.document === 'ivp' && b.soort === 'vastgesteld' && b.orgaan === 'Raad' && (!b.gemeentecode || b.gemeentecode === w.gemeentecode)).at(-1) ?? null;
  const ivpModel = ivpBesluit ? await vastgesteldeVersie(db, w.id, 'ivp', null, ivpBesluit.versie, ivpBesluit.gemeentecode ?? null) : undefined;
  const huidige = (await laadDeel<Prioriteit[]>(db, w, 'prioriteiten')).inhoud ?? [];
  const prioriteiten = ivpModel ? prioriteitenUitIvp(ivpModel).map((v) => ({ id: koppelPrioriteit(v, huidige)?.id ?? null, titel: v.titel, doel: v.doel })) : [];
  const m = (await laadMonitoring(db, w)).inhoud;
  const d = dashboardVan({
    prioriteiten: huidige,
    indicatoren: await laadIndicatoren(db, w.id, undefined, openbaar),
    plannen: await laadPlannen(db, w, openbaar),
    beoordeling: m.beoordeling,
    vandaag: vandaag(),
  });
  // The latest version offered to the council (only offered versions are public).
  const versies = await laadRaadsversies(db, w.id);
  const laatste = versies.filter((v) => v.aangebodenOp).sort((a, b) => b.aangebodenOp.localeCompare(a.aangebodenOp) || b.periode.localeCompare(a.periode) || b.versie - a.versie)[0];
  const periode = laatste ? rapportagePeriode(laatste.periode) : null;
  return {
    gemeente: { code: w.gemeentecode, naam: w.gemeentenaam },
    ivp: ivpBesluit ? { datum: ivpBesluit.datum, versie: ivpBesluit.versie, periodeStart: w.periodeStart, periodeEinde: w.periodeEinde } : null,
    prioriteiten,
    indicatoren: d.groepen.flatMap((g) => g.indicatoren),
    maatregelen: d.groepen.map((g) => ({ prioriteitId: g.prioriteitId, maatregelen: g.maatregelen.map((x) => ({ status: x.status, vertrouwelijk: x.vertrouwelijk })) })),
    rapportage:
      laatste && periode
        ? { periode: laatste.periode, titel: periode.kwartaal ? `Voortgangsrapportage ${periode.titel}` : periode.titel, versie: laatste.versie, aangebodenOp: laatste.aangebodenOp, besprokenOp: laatste.besprokenOp }
        : null,
    politie: await politieBron(db, w),
    vertrouwelijkeThemas: await vertrouwelijkeThemas(db, w.id),
  };
}
