/**
 * Een project: een concrete aanpak (stationsgebied, winkelstraat, jeugdgroep) uitgewerkt langs de zes
 * vragen van de Lokale Veiligheidsplanner. Kan starten vanuit een methode uit de catalogus (die zijn
 * stappen als checklist levert) en kan gekoppeld zijn aan een prioriteit van een IVP.
 */
import { vindMethode } from '../methoden/catalogus.ts';
import type { HuidigeMaatregel, Maatregel } from './inhoud.ts';
import type { Bevinding } from './bevinding.ts';

/** Een doel dat specifiek, meetbaar en tijdgebonden is (de A en R bespreekt de werkgroep). */
export interface SmartDoel {
  omschrijving: string;
  indicator: string;
  nulwaarde: string;
  streefwaarde: string;
  /** Bv. 'eind 2027'. */
  termijn: string;
}

export interface Project {
  probleem: string;
  themaIds: string[];
  belangrijksteProblemen: string;
  huidigeAanpak: string;
  huidigeMaatregelen: HuidigeMaatregel[];
  doelen: SmartDoel[];
  maatregelen: Maatregel[];
  resultaten: string;
  methodeId: string | null;
  /** Per stap van de gekozen methode: gedaan of niet. */
  checklist: boolean[];
  ivpKoppeling: { werkruimteId: string; prioriteitId: string } | null;
}

export const projectVragen = [
  { nummer: 1, vraag: 'Wat is het probleem?', hint: 'Breng het probleem samen met de partners in beeld: waar, wanneer, wie heeft er last van, welke cijfers en signalen zijn er.' },
  { nummer: 2, vraag: 'Wat zijn de belangrijkste problemen?', hint: 'Kies uit wat u vond de problemen die het zwaarst wegen; daar richt het project zich op.' },
  { nummer: 3, vraag: 'Wat doen we al?', hint: 'Zet op een rij welke maatregelen gemeente en partners nu al nemen, en wat die opleveren.' },
  { nummer: 4, vraag: 'Wat willen we bereiken?', hint: 'Formuleer doelen die specifiek, meetbaar en tijdgebonden zijn: met een indicator, een beginwaarde, een streefwaarde en een termijn.' },
  { nummer: 5, vraag: 'Wat gaan we doen?', hint: 'Alle maatregelen, met trekker, partners, planning en budget.' },
  { nummer: 6, vraag: 'Wat hebben we bereikt?', hint: 'Volg de indicatoren en de uitvoering; beschrijf wat bereikt is en wat bijgesteld moet worden.' },
] as const;

export function leegProject(): Project {
  return {
    probleem: '',
    themaIds: [],
    belangrijksteProblemen: '',
    huidigeAanpak: '',
    huidigeMaatregelen: [],
    doelen: [],
    maatregelen: [],
    resultaten: '',
    methodeId: null,
    checklist: [],
    ivpKoppeling: null,
  };
}

/** De stappen van de gekozen methode met wat er al gedaan is; leeg zonder methode. */
export function methodeChecklist(p: Pick<Project, 'methodeId' | 'checklist'>): { stap: string; gedaan: boolean }[] {
  const m = p.methodeId ? vindMethode(p.methodeId) : undefined;
  return (m?.stappen ?? []).map((stap, i) => ({ stap, gedaan: p.checklist[i] === true }));
}

/** Wat een doel mist om SMART te zijn, als letters: S (omschrijving), M (indicator en streefwaarde), T (termijn). */
export function smartTekort(d: SmartDoel): ('S' | 'M' | 'T')[] {
  const uit: ('S' | 'M' | 'T')[] = [];
  if (d.omschrijving.trim().length < 10) uit.push('S');
  if (!d.indicator.trim() || !d.streefwaarde.trim()) uit.push('M');
  if (!d.termijn.trim()) uit.push('T');
  return uit;
}

const letterUitleg = { S: 'een specifieke omschrijving', M: 'een indicator met streefwaarde', T: 'een termijn' } as const;

/** Bevindingen over een projectplan, in dezelfde vorm als de plancheck van het IVP. */
export function projectCheck(p: Project): Bevinding[] {
  const uit: Bevinding[] = [];
  const b = (ernst: Bevinding['ernst'], code: string, melding: string, plek: string) => uit.push({ ernst, code, document: 'projectplan', melding, plek });
  if (!p.probleem.trim()) b('waarschuwing', 'project-zonder-probleem', 'Vraag 1 (wat is het probleem?) is nog niet beantwoord.', 'project#vraag-1');
  if (p.doelen.length === 0) b('fout', 'project-zonder-doel', 'Het project heeft nog geen doel (vraag 4).', 'project#vraag-4');
  p.doelen.forEach((d, i) => {
    const tekort = smartTekort(d);
    if (tekort.length > 0) {
      b('waarschuwing', 'doel-niet-smart', `Doel ${i + 1} is niet SMART: het mist ${tekort.map((l) => letterUitleg[l]).join(', ')}.`, `project#doel-${i + 1}`);
    }
  });
  if (p.maatregelen.length === 0) b('waarschuwing', 'project-zonder-maatregel', 'Er zijn nog geen maatregelen (vraag 5).', 'project#vraag-5');
  for (const m of p.maatregelen) {
    const naam = `Maatregel '${m.naam || m.id}'`;
    if (!m.bestuurlijkTrekker.trim() && !m.ambtelijkTrekker.trim()) b('fout', 'maatregel-zonder-trekker', `${naam} heeft geen trekker.`, `project#maatregel-${m.id}`);
    if (!m.startKwartaal || !m.eindKwartaal) b('fout', 'maatregel-zonder-planning', `${naam} heeft geen planning (start- en eindkwartaal).`, `project#maatregel-${m.id}`);
  }
  return uit;
}
