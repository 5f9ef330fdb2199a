/**
 * De regionale werkruimte (issue 17, ADR 0023): soorten regio's, de regels voor regionale thema's en
 * de leden van een regio. Zuiver.
 *
 * Een regio werkt als een planwerkruimte: haar regionale thema's zijn de prioriteiten van het
 * regionale plan (zodat indicatoren, streeftabel en dashboard er zonder omweg op werken), maar met
 * andere regels dan een gemeentelijk IVP: geen maximum van vier, een thema mag onder meer regionale
 * thema's vallen (het Rotterdamse plan deelt bijvoorbeeld 'ondermijning' en 'drugs'), en een regionaal
 * thema mag ook alleen op een strategisch thema rusten.
 */
import { isThemaId, strategischeThemas } from '../kennisbank/kennisbank.ts';

export const regiosoorten = ['politie-eenheid', 'district', 'veiligheidsregio', 'riec', 'vrij', 'landelijk'] as const;
export type Regiosoort = (typeof regiosoorten)[number];

export const regiosoortNamen: Record<Regiosoort, string> = {
  'politie-eenheid': 'Politie-eenheid',
  district: 'District (basisteam of politiedistrict)',
  veiligheidsregio: 'Veiligheidsregio',
  riec: 'RIEC',
  vrij: 'Vrije regio (samenwerkende gemeenten)',
  landelijk: 'Landelijk beeld (alle gemeenten van deze installatie en ingelezen plannen)',
};

/** De grootste politie-eenheid (Oost-Nederland) telt ruim zeventig gemeenten. */
export const MAX_REGIOGEMEENTEN = 80;
/** Het Rotterdamse plan kent zeven regionale thema's; twaalf laat ruimte. */
export const MAX_REGIOTHEMAS = 12;

export interface Regio {
  soort: Regiosoort;
  /** CBS-codes van de lidgemeenten, de trekker (de eigen gemeente van de werkruimte) inbegrepen. */
  gemeenten: string[];
}

export interface RegioThema {
  id: string;
  titel: string;
  themaIds: string[];
  strategischeIds?: string[];
}

export interface Probleem {
  veld: string;
  reden: string;
}

const strategischeIdSet = new Set<string>(strategischeThemas.map((s) => s.id));

/** De regels voor de regionale thema's; `veld` is het JSON-pad in de lijst zoals verstuurd. */
export function controleerRegiothemas(lijst: readonly RegioThema[]): Probleem[] {
  const problemen: Probleem[] = [];
  if (lijst.length > MAX_REGIOTHEMAS) {
    problemen.push({ veld: `[${MAX_REGIOTHEMAS}]`, reden: `Een regio heeft hoogstens ${MAX_REGIOTHEMAS} regionale thema's; u geeft er ${lijst.length}.` });
  }
  const ids = new Set<string>();
  const titels = new Set<string>();
  lijst.forEach((t, i) => {
    if (!t.id.trim()) problemen.push({ veld: `[${i}].id`, reden: 'Elk regionaal thema heeft een id.' });
    else if (ids.has(t.id)) problemen.push({ veld: `[${i}].id`, reden: `De id '${t.id}' komt twee keer voor.` });
    ids.add(t.id);
    const titel = t.titel.trim().toLowerCase();
    if (!titel) problemen.push({ veld: `[${i}].titel`, reden: 'Geef het regionale thema een naam.' });
    else if (titels.has(titel)) problemen.push({ veld: `[${i}].titel`, reden: `'${t.titel.trim()}' staat er al.` });
    titels.add(titel);
    const strategisch = t.strategischeIds ?? [];
    if (t.themaIds.length === 0 && strategisch.length === 0) {
      problemen.push({ veld: `[${i}].themaIds`, reden: `Koppel '${t.titel.trim() || t.id}' aan ten minste één van de 22 thema's of een strategisch thema, anders kan Kernplan het niet naast de gemeentelijke prioriteiten leggen.` });
    }
    t.themaIds.forEach((id, j) => {
      if (!isThemaId(id)) problemen.push({ veld: `[${i}].themaIds[${j}]`, reden: `Thema '${id}' bestaat niet; gebruik een nummer van 1.1 tot en met 5.5.` });
    });
    strategisch.forEach((id, j) => {
      if (!strategischeIdSet.has(id)) {
        problemen.push({ veld: `[${i}].strategischeIds[${j}]`, reden: `Strategisch thema '${id}' bestaat niet; kies uit ${[...strategischeIdSet].join(', ')}.` });
      }
    });
  });
  return problemen;
}

/** De lidgemeenten: elke code één keer, de trekker inbegrepen, niet meer dan het maximum. */
export function controleerRegiogemeenten(codes: readonly string[], trekker: string, bestaat: (code: string) => boolean): Probleem[] {
  const problemen: Probleem[] = [];
  const gezien = new Set<string>();
  codes.forEach((code, i) => {
    if (!bestaat(code)) problemen.push({ veld: `regio.gemeenten[${i}]`, reden: `Geen gemeente met CBS-code '${code}' (indeling 2024).` });
    if (gezien.has(code)) problemen.push({ veld: `regio.gemeenten[${i}]`, reden: `${code} staat twee keer in de lijst.` });
    gezien.add(code);
  });
  if (codes.length > MAX_REGIOGEMEENTEN) problemen.push({ veld: 'regio.gemeenten', reden: `Een regio telt hoogstens ${MAX_REGIOGEMEENTEN} gemeenten.` });
  if (!gezien.has(trekker)) problemen.push({ veld: 'regio.gemeenten', reden: `De eigen gemeente van de werkruimte (${trekker}) is de trekker en hoort bij de lidgemeenten.` });
  return problemen;
}
