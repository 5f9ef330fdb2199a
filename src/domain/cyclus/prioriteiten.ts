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

/**
 * `gemeenten`: bij een gezamenlijk IVP alle deelnemende CBS-codes (de eigen gemeente eerst); leeg bij
 * één gemeente. Het maximum geldt per gemeente: de gezamenlijke plus de eigen lokale prioriteiten.
 */
export function controleerPrioriteiten(
  lijst: readonly Prioriteit[],
  gemeenten: readonly { code: string; naam: string }[] = [],
): { problemen: Probleem[]; opmerkingen: string[] } {
  const problemen: Probleem[] = [];
  const opmerkingen: string[] = [];
  const gezamenlijk = gemeenten.length > 1;
  const telling = gezamenlijk
    ? gemeenten.map((g) => ({ wie: `Voor ${g.naam}`, aantal: lijst.filter((p) => !p.gemeentecode || p.gemeentecode === g.code).length }))
    : [{ wie: 'U', aantal: lijst.length }];
  for (const t of telling) {
    if (t.aantal > MAX_PRIORITEITEN) {
      const index = lijst.length > MAX_PRIORITEITEN ? MAX_PRIORITEITEN : lijst.length - 1;
      problemen.push({
        veld: `[${index}]`,
        reden: `${t.wie === 'U' ? 'U geeft' : `${t.wie} gelden`} ${t.aantal} prioriteiten; het maximum is ${MAX_PRIORITEITEN}. ${uitlegMaximum}`,
      });
    } else if (t.aantal === MAX_PRIORITEITEN) {
      opmerkingen.push(
        `${t.wie === 'U' ? '' : `${t.wie}: `}Vier prioriteiten is het maximum van de methode. Overweeg er drie: hoe minder prioriteiten, hoe duidelijker de keuze voor raad en partners.`,
      );
    }
  }
  lijst.forEach((p, i) => {
    if (!p.gemeentecode) return;
    if (!gezamenlijk) problemen.push({ veld: `[${i}].gemeentecode`, reden: 'Een lokale prioriteit per gemeente kan alleen in een gezamenlijk IVP.' });
    else if (!gemeenten.some((g) => g.code === p.gemeentecode)) {
      problemen.push({ veld: `[${i}].gemeentecode`, reden: `Gemeente ${p.gemeentecode} doet niet mee aan dit IVP.` });
    }
  });
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
