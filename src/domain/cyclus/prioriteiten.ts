/**
 * Stap 3, prioritering: de methode kiest drie, hooguit vier prioriteiten. Een vijfde wordt geweigerd,
 * vier mag met een opmerking. De overige geanalyseerde thema's worden 'overige strategische thema's'.
 */
import { isThemaId, vindThema } from '../kennisbank/kennisbank.ts';
import type { OverigeGroep, Prioriteit } from './inhoud.ts';

export const MAX_PRIORITEITEN = 4;
export const ADVIES_PRIORITEITEN = 3;

export interface Probleem {
  /** Waar het probleem zit, als pad in de invoer: '[4]', '[1].themaIds[0]'. */
  veld: string;
  reden: string;
}

export const uitlegMaximum =
  'Kernbeleid Veiligheid werkt met drie, hooguit vier prioriteiten: zo blijft een prioriteit een echte keuze waar ' +
  'capaciteit en geld naartoe gaan. Maak van de andere thema\'s overige strategische thema\'s; die krijgen een eigen ' +
  'hoofdstuk in het IVP.';

export function controleerPrioriteiten(lijst: readonly Prioriteit[]): { problemen: Probleem[]; opmerkingen: string[] } {
  const problemen: Probleem[] = [];
  const opmerkingen: string[] = [];
  if (lijst.length > MAX_PRIORITEITEN) {
    problemen.push({ veld: `[${MAX_PRIORITEITEN}]`, reden: `U geeft ${lijst.length} prioriteiten; het maximum is ${MAX_PRIORITEITEN}. ${uitlegMaximum}` });
  } else if (lijst.length === MAX_PRIORITEITEN) {
    opmerkingen.push(
      `Vier prioriteiten is het maximum van de methode. Overweeg er drie: hoe minder prioriteiten, hoe duidelijker de keuze voor raad en partners.`,
    );
  }
  const ids = new Set<string>();
  const gebruikt = new Map<string, string>();
  lijst.forEach((p, i) => {
    if (!p.id.trim()) problemen.push({ veld: `[${i}].id`, reden: 'Elke prioriteit heeft een id.' });
    else if (ids.has(p.id)) problemen.push({ veld: `[${i}].id`, reden: `De id '${p.id}' komt twee keer voor.` });
    ids.add(p.id);
    if (!p.titel.trim()) problemen.push({ veld: `[${i}].titel`, reden: 'Geef de prioriteit een titel.' });
    if (p.themaIds.length === 0) problemen.push({ veld: `[${i}].themaIds`, reden: 'Een prioriteit omvat ten minste één thema.' });
    p.themaIds.forEach((t, j) => {
      if (!isThemaId(t)) {
        problemen.push({ veld: `[${i}].themaIds[${j}]`, reden: `Thema '${t}' bestaat niet; gebruik een nummer van 1.1 tot en met 5.5.` });
        return;
      }
      const ander = gebruikt.get(t);
      if (ander !== undefined) {
        problemen.push({ veld: `[${i}].themaIds[${j}]`, reden: `Thema ${t} (${vindThema(t)?.naam}) valt al onder prioriteit '${ander}'.` });
      }
      gebruikt.set(t, p.titel || p.id);
    });
  });
  return { problemen, opmerkingen };
}

/** Geanalyseerde thema's die geen prioriteit zijn: de overige strategische thema's, in de volgorde van de methode. */
export function overigeThemaIds(prioriteiten: readonly Prioriteit[], geanalyseerd: readonly string[]): string[] {
  const inPrioriteit = new Set(prioriteiten.flatMap((p) => p.themaIds));
  return geanalyseerd.filter((t) => isThemaId(t) && !inPrioriteit.has(t));
}

/** Groepen van overige thema's: alleen bestaande, niet-prioritaire thema's, elk hooguit in één groep. */
export function controleerOverigeGroepen(groepen: readonly OverigeGroep[], prioriteiten: readonly Prioriteit[]): Probleem[] {
  const problemen: Probleem[] = [];
  const inPrioriteit = new Set(prioriteiten.flatMap((p) => p.themaIds));
  const gezien = new Set<string>();
  groepen.forEach((g, i) => {
    if (!g.naam.trim()) problemen.push({ veld: `[${i}].naam`, reden: 'Geef de groep een naam.' });
    g.themaIds.forEach((t, j) => {
      const veld = `[${i}].themaIds[${j}]`;
      if (!isThemaId(t)) problemen.push({ veld, reden: `Thema '${t}' bestaat niet.` });
      else if (inPrioriteit.has(t)) problemen.push({ veld, reden: `Thema ${t} is een prioriteit en hoort niet bij de overige thema's.` });
      else if (gezien.has(t)) problemen.push({ veld, reden: `Thema ${t} staat al in een andere groep.` });
      gezien.add(t);
    });
  });
  return problemen;
}
