/**
 * De kennisbank als geheel: opzoeken van velden, thema's en aspecten, en zoeken.
 */
import { themasVeld1, aspectenDeel1 } from './data/veld-1.ts';
import { aspectenDeel2 } from './data/veld-1-aspecten.ts';
import { themasVeld2 } from './data/veld-2.ts';
import { themasVeld3 } from './data/veld-3.ts';
import { themasVeld4 } from './data/veld-4.ts';
import { themasVeld5Deel1 } from './data/veld-5a.ts';
import { themasVeld5Deel2 } from './data/veld-5b.ts';
import { strategischeThemas as strategisch, velden as veldenData } from './data/strategisch.ts';
import type { Aanpak, Aspect, AspectId, StrategischThema, Thema, ThemaId, Veld, VeldNummer } from './types.ts';
import { aspectIds, themaIds } from './types.ts';
import { type Zoekveld } from '../tekst/zoektekst.ts';
import { fragmentMetStam, scoreMetStam, stamVelden, type StamVeld, zoekwoorden } from '../tekst/stamzoeken.ts';

export const velden: readonly Veld[] = veldenData;
export const themas: readonly Thema[] = [
  ...themasVeld1, ...themasVeld2, ...themasVeld3, ...themasVeld4, ...themasVeld5Deel1, ...themasVeld5Deel2,
];
export const aspecten: readonly Aspect[] = [...aspectenDeel1, ...aspectenDeel2];
export const strategischeThemas: readonly StrategischThema[] = strategisch;

export function isThemaId(id: string): id is ThemaId {
  return (themaIds as readonly string[]).includes(id);
}

export function isAspectId(id: string): id is AspectId {
  return (aspectIds as readonly string[]).includes(id);
}

export function vindThema(id: string): Thema | undefined {
  return themas.find((t) => t.id === id);
}

export function vindAspect(id: string): Aspect | undefined {
  return aspecten.find((a) => a.id === id);
}

export function vindVeld(nummer: number): Veld | undefined {
  return velden.find((v) => v.nummer === nummer);
}

export function themasVanVeld(nummer: VeldNummer): Thema[] {
  return themas.filter((t) => t.veld === nummer);
}

export type KennisbankTreffer =
  | { soort: 'thema'; id: ThemaId; titel: string; fragment: string; score: number }
  | { soort: 'aspect'; id: AspectId; titel: string; fragment: string; score: number }
  | { soort: 'strategisch-thema'; id: StrategischThema['id']; titel: string; fragment: string; score: number };

function aanpakTekst(a: Aanpak): string[] {
  return [
    ...a.rolGemeente,
    ...a.partners.intern,
    ...a.partners.extern,
    ...a.wetgeving.flatMap((w) => [w.naam, w.toelichting ?? '']),
    ...a.maatregelen.flatMap((m) => [m.naam, m.toelichting ?? '']),
    ...a.instrumenten.flatMap((i) => [i.naam, i.toelichting ?? '']),
    ...a.ontwikkelingen,
  ];
}

function themaVelden(t: Thema): Zoekveld[] {
  return [
    { tekst: `${t.id} ${t.naam}`, gewicht: 20 },
    { tekst: t.trefwoorden.join(' | '), gewicht: 15 },
    { tekst: t.uitleg.join(' '), gewicht: 5 },
    { tekst: t.effectindicatoren.map((i) => i.naam).join(' | '), gewicht: 2 },
    { tekst: [...t.effectinformatie, ...(t.aanpak ? aanpakTekst(t.aanpak) : [])].join(' | '), gewicht: 1 },
  ];
}

function aspectVelden(a: Aspect): Zoekveld[] {
  return [
    { tekst: a.naam, gewicht: 20 },
    { tekst: a.trefwoorden.join(' | '), gewicht: 15 },
    { tekst: a.uitleg.join(' '), gewicht: 5 },
    { tekst: aanpakTekst(a).join(' | '), gewicht: 1 },
  ];
}

function strategischVelden(s: StrategischThema): Zoekveld[] {
  return [
    { tekst: s.naam, gewicht: 20 },
    { tekst: s.uitleg.join(' '), gewicht: 5 },
    { tekst: s.plaatsInIvp.map((p) => `${p.onderdeel} ${p.wat}`).join(' | '), gewicht: 1 },
  ];
}

interface Zoekdocument {
  treffer: Omit<KennisbankTreffer, 'fragment' | 'score'>;
  velden: StamVeld[];
  teksten: string[];
}

let index: Zoekdocument[] | undefined;

/** De zoekindex: per document de genormaliseerde velden met de stammen van hun woorden, eenmalig opgebouwd. */
function zoekindex(): Zoekdocument[] {
  index ??= [
    ...themas.map((t) => ({
      treffer: { soort: 'thema' as const, id: t.id, titel: `${t.id} ${t.naam}` },
      velden: stamVelden(themaVelden(t)),
      teksten: [...t.uitleg, ...t.effectindicatoren.map((i) => i.naam), ...t.effectinformatie, ...(t.aanpak ? aanpakTeksten(t.aanpak) : [])],
    })),
    ...aspecten.map((a) => ({
      treffer: { soort: 'aspect' as const, id: a.id, titel: `Aspect 1.${a.id} ${a.naam}` },
      velden: stamVelden(aspectVelden(a)),
      teksten: [...a.uitleg, ...aanpakTeksten(a)],
    })),
    ...strategischeThemas.map((s) => ({
      treffer: { soort: 'strategisch-thema' as const, id: s.id, titel: s.naam },
      velden: stamVelden(strategischVelden(s)),
      teksten: [...s.uitleg, ...s.plaatsInIvp.map((p) => `${p.onderdeel}: ${p.wat}`)],
    })),
  ];
  return index;
}

/**
 * Zoekt in thema's, aspecten en strategische thema's; beste treffer eerst. Met Nederlandse stammen:
 * enkelvoud en meervoud vinden elkaar (zie tekst/stamzoeken.ts).
 */
export function zoekInKennisbank(vraag: string): KennisbankTreffer[] {
  const woorden = zoekwoorden(vraag);
  if (woorden.length === 0) return [];
  const treffers: KennisbankTreffer[] = [];
  for (const doc of zoekindex()) {
    const score = scoreMetStam(woorden, doc.velden);
    // Het fragment komt uit de eerste losse tekst (alinea of lijstonderdeel) waarin een zoekwoord staat,
    // in de volgorde van de velden; zonder treffer in de lopende tekst is het de eerste alinea.
    if (score > 0) treffers.push({ ...doc.treffer, fragment: fragmentMetStam(doc.teksten, woorden), score } as KennisbankTreffer);
  }
  return treffers.sort((a, b) => b.score - a.score || a.titel.localeCompare(b.titel, 'nl'));
}

function aanpakTeksten(a: Aanpak): string[] {
  return [
    ...a.rolGemeente,
    ...a.maatregelen.map((m) => (m.toelichting ? `${m.naam}: ${m.toelichting}` : m.naam)),
    ...a.wetgeving.map((w) => (w.toelichting ? `${w.naam}: ${w.toelichting}` : w.naam)),
    ...a.instrumenten.map((i) => (i.toelichting ? `${i.naam}: ${i.toelichting}` : i.naam)),
    ...a.ontwikkelingen,
    [...a.partners.intern, ...a.partners.extern].join(', '),
  ];
}
