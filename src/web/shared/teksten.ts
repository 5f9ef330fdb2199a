/** Dutch wording shared by the collaboration pages. */
import type { Aanwezige, Werkruimte } from './api.ts';

export const soortNamen: Record<Werkruimte['soort'], string> = {
  ivp: 'Integraal veiligheidsplan (IVP)',
  project: 'Project',
};

export function periodeTekst(p: Pick<Werkruimte, 'periodeStart' | 'periodeEinde'>): string {
  if (p.periodeStart && p.periodeEinde) return `${p.periodeStart} tot en met ${p.periodeEinde}`;
  if (p.periodeStart) return `vanaf ${p.periodeStart}`;
  if (p.periodeEinde) return `tot en met ${p.periodeEinde}`;
  return 'nog niet vastgesteld';
}

export const wijzigingSoortNamen: Record<string, string> = {
  'sectie.tekst': 'Tekst gewijzigd',
  'sectie.instellingen': 'Instellingen gewijzigd',
  'sectie.hersteld': 'Eerdere tekst teruggezet',
  'opmerking.geplaatst': 'Opmerking geplaatst',
  'opmerking.opgelost': 'Opmerking opgelost',
  'opmerking.heropend': 'Opmerking heropend',
};

/** "Priya Partner bewerkt dit nu" or "Priya Partner kijkt mee"; one line per person, editing first. */
export function aanwezigheidRegels(aanwezigen: Aanwezige[]): string[] {
  const perPersoon = new Map<string, { naam: string; bewerkt: boolean }>();
  for (const a of aanwezigen) {
    const oud = perPersoon.get(a.gebruikerId);
    perPersoon.set(a.gebruikerId, { naam: a.naam, bewerkt: (oud?.bewerkt ?? false) || a.bewerkt });
  }
  return [...perPersoon.values()]
    .sort((a, b) => Number(b.bewerkt) - Number(a.bewerkt) || a.naam.localeCompare(b.naam, 'nl'))
    .map((p) => `${p.naam} ${p.bewerkt ? 'bewerkt dit nu' : 'kijkt mee'}`);
}
