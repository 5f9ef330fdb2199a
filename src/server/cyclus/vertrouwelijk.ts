/**
 * Saving an uitvoeringsplan with confidential measures: what the writer sent, merged with what he does
 * not see (ADR 0015). The routes call this right before they store the plan.
 */
import type { Maatregel, Uitvoeringsplan } from '../../domain/cyclus/inhoud.ts';
import { koppelingenBinnen, voegVerborgenToe, zichtbaarPlan } from '../../domain/cyclus/vertrouwelijk.ts';
import { vindMethode } from '../../domain/methoden/catalogus.ts';
import { type Lidmaatschap, magOnderdeelZien } from '../../domain/toegang/rollen.ts';
import { laadSecties } from '../analyse/opslag.ts';
import type { Queryable } from '../db/db.ts';
import { laadIndicatoren, markeerMeldingen, metToegang } from '../monitoring/opslag.ts';

export type BewaarUitkomst =
  | { ok: true; plan: Uitvoeringsplan }
  | { ok: false; status: 422; reden: string; problemen: { veld: string; reden: string }[] };

/**
 * The plan to store: the writer's plan with the hidden measures back in place (a writer without
 * clearance cannot remove, change or overwrite them, not even by choosing their id). Only the
 * coordinator sets or clears `vertrouwelijk`; the owner of a confidential measure must have clearance.
 * Notifications about a measure that became confidential (or moved id) follow it.
 */
export async function bewaarVerborgen(
  tx: Queryable,
  werkruimteId: string,
  jaar: number,
  lid: Pick<Lidmaatschap, 'rol' | 'vertrouwelijkToegang'>,
  nieuw: Uitvoeringsplan,
  vorig: Uitvoeringsplan,
): Promise<BewaarUitkomst> {
  const r = voegVerborgenToe(nieuw, vorig, lid);
  // The route refused this before taking the version; here only when the plan changed in between.
  if (!r.ok) return { ok: false, status: 422, reden: r.reden, problemen: [{ veld: 'actiepunten', reden: r.reden }] };
  const { plan, omgezet, verplaatst } = r.samenvoeging;
  const toegang = await metToegang(tx, werkruimteId);
  const problemen: { veld: string; reden: string }[] = [];
  // Only what the writer sent is checked: hidden measures he did not see keep their owner as it was.
  const vanSchrijver = new Set(nieuw.actiepunten.flatMap((a) => a.maatregelen.map((m) => m.id)));
  plan.actiepunten.forEach((a, i) =>
    a.maatregelen.forEach((m, j) => {
      if (m.vertrouwelijk && m.eigenaarId && !toegang.has(m.eigenaarId) && vanSchrijver.has(m.id)) {
        problemen.push({ veld: `actiepunten[${i}].maatregelen[${j}].eigenaarId`, reden: 'De eigenaar van een vertrouwelijke maatregel moet toegang tot vertrouwelijke onderdelen hebben.' });
      }
    }),
  );
  if (problemen.length) return { ok: false, status: 422, reden: `Het uitvoeringsplan klopt niet: ${problemen.map((p) => p.reden).join(' ')}`, problemen };
  const pad = (id: string) => `uitvoeringsplan/${jaar}#maatregel-${id}`;
  for (const v of verplaatst) await markeerMeldingen(tx, werkruimteId, pad(v.van), true, pad(v.naar));
  for (const o of omgezet) await markeerMeldingen(tx, werkruimteId, pad(o.id), o.vertrouwelijk);
  return { ok: true, plan };
}

/**
 * Issue 19, the policy chain: what a measure can be linked to (the workspace's indicators and theme
 * sections of the analysis) with their confidentiality. A member without clearance does not see
 * confidential ones: he gets no link to them, cannot add one, and his save keeps the links he did not see.
 */
export interface Koppelbaar {
  indicatoren: { id: string; vertrouwelijk: boolean }[];
  secties: { sleutel: string; vertrouwelijk: boolean }[];
}

export async function laadKoppelbaar(db: Queryable, werkruimteId: string): Promise<Koppelbaar> {
  const indicatoren = (await laadIndicatoren(db, werkruimteId)).map((i) => ({ id: i.id, vertrouwelijk: i.vertrouwelijk === true }));
  const secties = (await laadSecties(db, werkruimteId)).filter((s) => s.sleutel.startsWith('thema-')).map((s) => ({ sleutel: s.sleutel, vertrouwelijk: s.vertrouwelijk === true }));
  return { indicatoren, secties };
}

type Toegang = Pick<Lidmaatschap, 'vertrouwelijkToegang'>;

interface Koppelsets {
  indicatorIds: Set<string>;
  probleemSleutels: Set<string>;
}

/** What this member may link to (and see linked): existing indicators and theme sections he may see. */
function zichtbaarVoor(k: Koppelbaar, lid: Toegang): Koppelsets {
  return {
    indicatorIds: new Set(k.indicatoren.filter((i) => magOnderdeelZien(lid, i)).map((i) => i.id)),
    probleemSleutels: new Set(k.secties.filter((s) => magOnderdeelZien(lid, s)).map((s) => s.sleutel)),
  };
}

/** What exists but this member does not see (empty with clearance). */
function verborgenVoor(k: Koppelbaar, lid: Toegang): Koppelsets {
  return {
    indicatorIds: new Set(k.indicatoren.filter((i) => !magOnderdeelZien(lid, i)).map((i) => i.id)),
    probleemSleutels: new Set(k.secties.filter((s) => !magOnderdeelZien(lid, s)).map((s) => s.sleutel)),
  };
}

/**
 * The plan as this member may see its links: only links to indicators and sections that exist and
 * that he may see (no confidential id, nor the id of a removed indicator). Measures without the
 * fields (plans from before issue 19) stay without them.
 */
export function metZichtbareKoppelingen<P extends Pick<Uitvoeringsplan, 'actiepunten'>>(plan: P, k: Koppelbaar, lid: Toegang): P {
  return koppelingenBinnen(plan, zichtbaarVoor(k, lid));
}

/** A part (GET, PUT, 412) with only the links this member may see, when its content is a plan. */
export function deelMetZichtbareKoppelingen<D extends { inhoud: unknown }>(deel: D, k: Koppelbaar, lid: Toegang): D {
  const inhoud = deel.inhoud as Partial<Uitvoeringsplan> | null;
  if (!inhoud || typeof inhoud !== 'object' || !Array.isArray(inhoud.actiepunten)) return deel;
  return { ...deel, inhoud: metZichtbareKoppelingen(inhoud as Uitvoeringsplan, k, lid) };
}

/**
 * The links a writer sent, checked: each indicator and theme section must exist in the workspace and
 * be visible to him (a confidential one he cannot see does not exist for him), each method must be in
 * the catalogue. Field paths as `actiepunten[0].maatregelen[1].indicatorIds[0]`.
 */
export function controleerKoppelingen(plan: Pick<Uitvoeringsplan, 'actiepunten'>, k: Koppelbaar, lid: Toegang): { veld: string; reden: string }[] {
  const z = zichtbaarVoor(k, lid);
  const problemen: { veld: string; reden: string }[] = [];
  plan.actiepunten.forEach((a, i) =>
    a.maatregelen.forEach((m, j) => {
      const pad = `actiepunten[${i}].maatregelen[${j}]`;
      const naam = m.naam ? `'${m.naam}'` : 'deze maatregel';
      (m.indicatorIds ?? []).forEach((id, x) => {
        if (!z.indicatorIds.has(id)) problemen.push({ veld: `${pad}.indicatorIds[${x}]`, reden: `Maatregel ${naam} noemt indicator '${id}', maar die bestaat niet in deze werkruimte. Kies een van de effectindicatoren.` });
        else if (m.indicatorIds!.indexOf(id) !== x) problemen.push({ veld: `${pad}.indicatorIds[${x}]`, reden: `Maatregel ${naam} noemt indicator '${id}' twee keer.` });
      });
      (m.probleemSleutels ?? []).forEach((s, x) => {
        if (!z.probleemSleutels.has(s)) {
          problemen.push({ veld: `${pad}.probleemSleutels[${x}]`, reden: `Maatregel ${naam} noemt probleem '${s}', maar dat is geen themasectie van de analyse van deze werkruimte. Gebruik de sleutel van een thema, bv. 'thema-1.3'.` });
        } else if (m.probleemSleutels!.indexOf(s) !== x) problemen.push({ veld: `${pad}.probleemSleutels[${x}]`, reden: `Maatregel ${naam} noemt probleem '${s}' twee keer.` });
      });
      if (m.methodeId !== undefined && m.methodeId !== null && !vindMethode(m.methodeId)) {
        problemen.push({ veld: `${pad}.methodeId`, reden: `Maatregel ${naam} noemt methode '${m.methodeId}', maar die staat niet in de methodencatalogus. Kies een methode uit de catalogus, of laat het veld leeg en schrijf een andere onderbouwing.` });
      }
    }),
  );
  return problemen;
}

/**
 * The plan to store with the links the writer did not send kept: a field he left out of a measure he
 * saw stays as it was (a client from before issue 19 does not clear them), and links to indicators and
 * sections he may not see come back (he cannot remove what he does not see). `plan` is the merged plan
 * (hidden measures already back, `bewaarVerborgen`); `nieuw` what he sent; `vorig` the stored plan.
 */
export function behoudKoppelingen(plan: Uitvoeringsplan, nieuw: Uitvoeringsplan, vorig: Uitvoeringsplan, k: Koppelbaar, lid: Pick<Lidmaatschap, 'rol' | 'vertrouwelijkToegang'>): Uitvoeringsplan {
  const verborgen = verborgenVoor(k, lid);
  const gezien = new Map(zichtbaarPlan(vorig, lid).actiepunten.flatMap((a) => a.maatregelen).map((m) => [m.id, m]));
  const gestuurd = new Map(nieuw.actiepunten.flatMap((a) => a.maatregelen).map((m) => [m.id, m]));
  const bewaar = (was: string[] | undefined, stuurt: string[] | undefined, geheim: Set<string>): string[] | undefined => {
    if (stuurt === undefined) return was;
    const terug = (was ?? []).filter((x) => geheim.has(x) && !stuurt.includes(x));
    return terug.length ? [...stuurt, ...terug] : stuurt;
  };
  return {
    ...plan,
    actiepunten: plan.actiepunten.map((a) => ({
      ...a,
      maatregelen: a.maatregelen.map((m) => {
        const was = gezien.get(m.id);
        const stuurt = gestuurd.get(m.id);
        // A new measure, or a hidden one put back: nothing to keep.
        if (!was || !stuurt) return m;
        const uit: Maatregel = { ...m };
        const indicatorIds = bewaar(was.indicatorIds, stuurt.indicatorIds, verborgen.indicatorIds);
        const probleemSleutels = bewaar(was.probleemSleutels, stuurt.probleemSleutels, verborgen.probleemSleutels);
        if (indicatorIds !== undefined) uit.indicatorIds = indicatorIds;
        if (probleemSleutels !== undefined) uit.probleemSleutels = probleemSleutels;
        if (stuurt.methodeId === undefined && was.methodeId !== undefined) uit.methodeId = was.methodeId;
        if (stuurt.onderbouwing === undefined && was.onderbouwing !== undefined) uit.onderbouwing = was.onderbouwing;
        return uit;
      }),
    })),
  };
}
