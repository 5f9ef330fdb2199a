/**
 * Vertrouwelijke onderdelen (analysesecties, maatregelen, indicatoren): wie geen toegang vertrouwelijk
 * heeft, krijgt een stand waarin ze niet bestaan. Alles wat hij ziet (plan, tellingen, plancheck,
 * dashboard) wordt uit die stand berekend, zodat niets verandert als er iets verborgens verandert.
 * Documenten (Word, webweergave, vastgestelde versies) bevatten nooit iets vertrouwelijks, ook niet
 * voor wie toegang heeft: ze gaan naar de raad en worden bevroren.
 */
import type { Indicator } from '../monitoring/typen.ts';
import { type Lidmaatschap, magOnderdeelZien, magVertrouwelijkInstellen, magVertrouwelijkZien } from '../toegang/rollen.ts';
import type { DocumentModel } from './document.ts';
import type { Actiepunt, Maatregel, Uitvoeringsplan } from './inhoud.ts';
import type { CyclusStand } from './stand.ts';

type Toegang = Pick<Lidmaatschap, 'vertrouwelijkToegang'> | null | undefined;

export const isVertrouwelijk = (x: { vertrouwelijk?: boolean }): boolean => x.vertrouwelijk === true;

/**
 * Een actiepunt met maatregelen die allemaal vertrouwelijk zijn, is zelf verborgen: zijn titel
 * beschrijft het verborgen werk. Een leeg actiepunt (net aangemaakt) is gewoon zichtbaar.
 */
export function actiepuntVerborgen(a: Pick<Actiepunt, 'maatregelen'>): boolean {
  return a.maatregelen.length > 0 && a.maatregelen.every(isVertrouwelijk);
}

/** Het plan zonder vertrouwelijke maatregelen en zonder actiepunten die alleen die hebben. */
export function openbaarPlan<P extends Pick<Uitvoeringsplan, 'actiepunten'>>(plan: P): P {
  return {
    ...plan,
    actiepunten: plan.actiepunten.filter((a) => !actiepuntVerborgen(a)).map((a) => ({ ...a, maatregelen: a.maatregelen.filter((m) => !isVertrouwelijk(m)) })),
  };
}

export function zichtbaarPlan<P extends Pick<Uitvoeringsplan, 'actiepunten'>>(plan: P, lid: Toegang): P {
  return magVertrouwelijkZien(lid) ? plan : openbaarPlan(plan);
}

/**
 * Een plan met alleen de koppelingen van maatregelen naar indicatoren en themasecties die in `binnen`
 * staan (wat bestaat en wat de lezer mag zien): geen id van iets vertrouwelijks, en ook geen id van een
 * verwijderde indicator. Maatregelen zonder die velden (plannen van vóór issue 19) blijven zonder.
 */
export function koppelingenBinnen<P extends Pick<Uitvoeringsplan, 'actiepunten'>>(plan: P, binnen: { indicatorIds: ReadonlySet<string>; probleemSleutels: ReadonlySet<string> }): P {
  return {
    ...plan,
    actiepunten: plan.actiepunten.map((a) => ({
      ...a,
      maatregelen: a.maatregelen.map((m) => ({
        ...m,
        ...(m.indicatorIds ? { indicatorIds: m.indicatorIds.filter((id) => binnen.indicatorIds.has(id)) } : {}),
        ...(m.probleemSleutels ? { probleemSleutels: m.probleemSleutels.filter((x) => binnen.probleemSleutels.has(x)) } : {}),
      })),
    })),
  };
}

export function zichtbareIndicatoren<I extends Pick<Indicator, 'vertrouwelijk'>>(lijst: readonly I[], lid: Toegang): I[] {
  return lijst.filter((i) => magOnderdeelZien(lid, i));
}

/** De stand zonder iets vertrouwelijks: de basis van elk document. */
export function openbareStand(stand: CyclusStand): CyclusStand {
  return {
    ...stand,
    secties: stand.secties.filter((s) => !s.vertrouwelijk),
    uitvoeringsplannen: stand.uitvoeringsplannen.map((p) => openbaarPlan(p)),
    ...(stand.indicatoren ? { indicatoren: stand.indicatoren.filter((i) => !isVertrouwelijk(i)) } : {}),
  };
}

/** De stand zoals dit lid hem mag zien (met toegang: alles). */
export function zichtbareStand(stand: CyclusStand, lid: Toegang): CyclusStand {
  return magVertrouwelijkZien(lid) ? stand : openbareStand(stand);
}

const VERMELDING = 'Niet opgenomen omdat ze vertrouwelijk zijn:';
const OUDE_PLEKHOUDER = 'Vertrouwelijk; niet in deze rapportage opgenomen.';

/**
 * Een vastgestelde versie van vóór deze regel noemde weggelaten vertrouwelijke thema's nog. Bij het
 * lezen verdwijnt die vermelding; het thema staat er dan zoals elk thema zonder analyse. Rijen van
 * maatregelen die intussen vertrouwelijk zijn (op naam, in het plan van dat jaar) verdwijnen ook.
 */
export function zonderVertrouwelijkeResten(model: DocumentModel, vertrouwelijkeNamen: ReadonlySet<string> = new Set()): DocumentModel {
  const blokken = model.blokken
    .filter((b) => !(b.soort === 'alinea' && b.tekst.startsWith(VERMELDING)))
    .map((b) => {
      if (b.soort === 'leeg' && b.tekst === OUDE_PLEKHOUDER) return { ...b, tekst: 'Niet geanalyseerd.' };
      if (b.soort === 'tabel' && vertrouwelijkeNamen.size > 0 && b.bijschrift.startsWith('Maatregelen: ')) {
        return { ...b, rijen: b.rijen.filter((r) => !vertrouwelijkeNamen.has(r[0] ?? '')) };
      }
      return b;
    });
  return { ...model, blokken };
}

export interface Samenvoeging {
  plan: Uitvoeringsplan;
  /** Maatregelen die vertrouwelijk werden of het niet meer zijn (voor hun meldingen). */
  omgezet: { id: string; vertrouwelijk: boolean }[];
  /** Verborgen maatregelen die een nieuwe id kregen omdat een schrijver zonder toegang die id koos. */
  verplaatst: { van: string; naar: string }[];
}

export type SamenvoegUitkomst = { ok: true; samenvoeging: Samenvoeging } | { ok: false; status: 403; reden: string };

function vrijeId(prefix: string, bezet: Set<string>): string {
  let n = 1;
  while (bezet.has(`${prefix}${n}`)) n++;
  bezet.add(`${prefix}${n}`);
  return `${prefix}${n}`;
}

/**
 * Wat een schrijver opslaat, samengevoegd met wat hij niet ziet. Een schrijver zonder toegang stuurt
 * het plan zoals hij het zag; de verborgen maatregelen (en verborgen actiepunten) komen terug op
 * hun plek. Kiest hij een id die een verborgen maatregel of actiepunt al heeft, dan is zijn
 * maatregel nieuw en krijgt de verborgen maatregel een andere id: hij kan er niets mee overschrijven,
 * en zijn antwoord verschilt niet van dat bij een vrije id. Alleen de coördinator zet of wist
 * `vertrouwelijk`; ontbreekt het veld, dan blijft het zoals het was.
 */
export function voegVerborgenToe(nieuw: Uitvoeringsplan, vorig: Uitvoeringsplan, lid: Pick<Lidmaatschap, 'rol' | 'vertrouwelijkToegang'>): SamenvoegUitkomst {
  const gezien = zichtbaarPlan(vorig, lid);
  const gezienePerId = new Map(gezien.actiepunten.flatMap((a) => a.maatregelen).map((m) => [m.id, m]));
  const omgezet: Samenvoeging['omgezet'] = [];
  const actiepunten: Actiepunt[] = [];
  for (const a of nieuw.actiepunten) {
    const maatregelen: Maatregel[] = [];
    for (const m of a.maatregelen) {
      const was = gezienePerId.get(m.id)?.vertrouwelijk === true;
      const wordt = m.vertrouwelijk ?? was;
      if (wordt !== was) {
        if (!magVertrouwelijkInstellen(lid)) return { ok: false, status: 403, reden: 'Alleen de coördinator maakt een maatregel vertrouwelijk of openbaar.' };
        omgezet.push({ id: m.id, vertrouwelijk: wordt });
      }
      maatregelen.push({ ...m, vertrouwelijk: wordt });
    }
    actiepunten.push({ ...a, maatregelen });
  }
  const verplaatst: Samenvoeging['verplaatst'] = [];
  if (!magVertrouwelijkZien(lid)) {
    const bezetMaatregel = new Set([...vorig.actiepunten.flatMap((a) => a.maatregelen.map((m) => m.id)), ...actiepunten.flatMap((a) => a.maatregelen.map((m) => m.id))]);
    const bezetActiepunt = new Set([...vorig.actiepunten.map((a) => a.id), ...actiepunten.map((a) => a.id)]);
    const gekozenMaatregel = new Set(actiepunten.flatMap((a) => a.maatregelen.map((m) => m.id)));
    const gekozenActiepunt = new Set(actiepunten.map((a) => a.id));
    const zichtbareActiepunten = new Set(gezien.actiepunten.map((a) => a.id));
    vorig.actiepunten.forEach((va, plek) => {
      const verborgen = va.maatregelen
        .map((m, index) => ({ m, index }))
        .filter(({ m }) => isVertrouwelijk(m))
        .map(({ m, index }) => {
          if (!gekozenMaatregel.has(m.id)) return { m, index };
          const naar = vrijeId('m', bezetMaatregel);
          verplaatst.push({ van: m.id, naar });
          return { m: { ...m, id: naar }, index };
        });
      if (verborgen.length === 0) return;
      // The writer kept this action point (he saw it and it has his id): hidden measures back in their places.
      const bestaand = zichtbareActiepunten.has(va.id) ? actiepunten.find((a) => a.id === va.id) : undefined;
      if (bestaand) {
        for (const { m, index } of verborgen) bestaand.maatregelen.splice(Math.min(index, bestaand.maatregelen.length), 0, m);
        return;
      }
      // A hidden action point, or one he removed: it stays with only its hidden measures.
      const id = gekozenActiepunt.has(va.id) ? vrijeId('a', bezetActiepunt) : va.id;
      actiepunten.splice(Math.min(plek, actiepunten.length), 0, { ...va, id, maatregelen: verborgen.map((v) => v.m) });
    });
  }
  return { ok: true, samenvoeging: { plan: { ...nieuw, actiepunten }, omgezet, verplaatst } };
}

/** Waarom dit lid deze wijziging niet mag opslaan (alleen de coördinator zet of wist `vertrouwelijk`), of null. */
export function vertrouwelijkWeigering(nieuw: Uitvoeringsplan, vorig: Uitvoeringsplan, lid: Pick<Lidmaatschap, 'rol' | 'vertrouwelijkToegang'>): string | null {
  const r = voegVerborgenToe(nieuw, vorig, lid);
  return r.ok ? null : r.reden;
}

/** Het deel zoals dit lid het mag zien: bij een uitvoeringsplan zonder verborgen maatregelen. */
export function zichtbaarDeel<D extends { inhoud: unknown }>(deel: D, lid: Toegang): D {
  const inhoud = deel.inhoud as Partial<Uitvoeringsplan> | null;
  if (!inhoud || typeof inhoud !== 'object' || !Array.isArray(inhoud.actiepunten)) return deel;
  return { ...deel, inhoud: zichtbaarPlan(inhoud as Uitvoeringsplan, lid) };
}
