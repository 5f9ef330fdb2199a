/**
 * De samenvatting van een gelezen tabel van de Veiligheidsmonitor: regio's, jaren, onderwerpen en
 * bij welk thema van de kennisbank elk onderwerp hoort. Zuiver, geen I/O.
 */
import { themaNaam, vmGroepNamen, vmIndicatorBijId, type VmEenheid } from './catalogus.ts';
import type { VmFormaat, VmTabel } from './lezen.ts';
import type { VmRegio } from './regios.ts';

export interface VmOnderwerpSamenvatting {
  indicatorId: string;
  /** De naam die Kernplan toont: uit de catalogus, of het label uit het bestand. */
  naam: string;
  label: string;
  cbsEenheid: string | null;
  eenheid: VmEenheid;
  bekend: boolean;
  groep: string | null;
  themas: { id: string; naam: string }[];
  kennisbankIndicator: string | null;
  richting: 'lager-is-beter' | 'hoger-is-beter' | null;
  /** Aantal waarden in het bestand, en hoeveel daarvan een marge hebben. */
  waarden: number;
  metMarge: number;
}

export interface VmSamenvatting {
  formaat: VmFormaat;
  regios: VmRegio[];
  jaren: number[];
  onderwerpen: VmOnderwerpSamenvatting[];
  waarden: number;
  metMarge: number;
  ontbrekend: number;
}

/** Het onderwerp met naam, thema's en groep uit de catalogus (of zonder, als het eigen is). */
export function beschrijfOnderwerp(o: { indicatorId: string; label: string; cbsEenheid: string | null; eenheid: VmEenheid }): Omit<VmOnderwerpSamenvatting, 'waarden' | 'metMarge'> {
  const c = vmIndicatorBijId(o.indicatorId);
  return {
    indicatorId: o.indicatorId,
    naam: c?.naam ?? o.label,
    label: o.label,
    cbsEenheid: o.cbsEenheid,
    eenheid: c?.eenheid ?? o.eenheid,
    bekend: c !== undefined,
    groep: c ? vmGroepNamen[c.groep] : null,
    themas: (c?.themaIds ?? []).map((id) => ({ id, naam: themaNaam(id) ?? id })),
    kennisbankIndicator: c?.kennisbankIndicator ?? null,
    richting: c?.richting ?? null,
  };
}

export function vatSamen(t: VmTabel): VmSamenvatting {
  const tel = new Map<string, { n: number; m: number }>();
  for (const w of t.waarden) {
    const x = tel.get(w.indicatorId) ?? { n: 0, m: 0 };
    x.n++;
    if (w.marge !== null) x.m++;
    tel.set(w.indicatorId, x);
  }
  return {
    formaat: t.formaat,
    regios: t.regios,
    jaren: t.jaren,
    onderwerpen: t.onderwerpen.map((o) => ({ ...beschrijfOnderwerp(o), waarden: tel.get(o.indicatorId)?.n ?? 0, metMarge: tel.get(o.indicatorId)?.m ?? 0 })),
    waarden: t.waarden.length,
    metMarge: t.waarden.filter((w) => w.marge !== null).length,
    ontbrekend: t.ontbrekend,
  };
}
