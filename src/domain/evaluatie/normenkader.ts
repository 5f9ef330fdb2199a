/**
 * Evaluaties van het veiligheidsbeleid tegen een normenkader (issue 19, punt 2): de typen, het
 * standaardkader dat Kernplan meelevert en de regels voor oordelen en bewijs. Zuiver, zonder I/O.
 *
 * Het standaardkader volgt de opbouw die rekenkamers gebruiken bij onderzoek naar lokaal
 * veiligheidsbeleid: passen de maatregelen bij de doelen, worden ze goed uitgevoerd, werken de
 * partners samen, liggen de resultaten op koers; met een vijfde vraag over sturing en verantwoording
 * aan de raad. De normen bij de uitvoering gelden per maatregel of instrument, welk instrument het
 * ook is. Alle teksten zijn eigen formuleringen.
 */

export const oordelen = ['voldoet', 'voldoet-deels', 'voldoet-niet'] as const;
export type Oordeel = (typeof oordelen)[number];
export const oordeelNamen: Record<Oordeel, string> = { voldoet: 'Voldoet', 'voldoet-deels': 'Voldoet deels', 'voldoet-niet': 'Voldoet niet' };

export const uitvoerders = ['rekenkamer', 'interne-audit', 'werkgroep'] as const;
export type Uitvoerder = (typeof uitvoerders)[number];
export const uitvoerderNamen: Record<Uitvoerder, string> = { rekenkamer: 'Rekenkamer', 'interne-audit': 'Interne audit', werkgroep: 'Werkgroep' };

export const evaluatieStatussen = ['concept', 'definitief'] as const;
export type EvaluatieStatus = (typeof evaluatieStatussen)[number];
export const evaluatieStatusNamen: Record<EvaluatieStatus, string> = { concept: 'Concept', definitief: 'Definitief' };

export const bewijsSoorten = ['plan', 'document', 'cijfer', 'link'] as const;
export type BewijsSoort = (typeof bewijsSoorten)[number];
export const bewijsSoortNamen: Record<BewijsSoort, string> = { plan: 'Plan', document: 'Document', cijfer: 'Cijfer', link: 'Link' };

/**
 * Wat Kernplan bij een norm uit het plan kan afleiden (voorstel.ts). Een norm zonder sleutel (een
 * eigen norm) krijgt geen voorstel; een kopie van een norm houdt haar sleutel.
 */
export const normSleutels = [
  'probleemanalyse',
  'knelpunten',
  'effectiviteit',
  'opdracht',
  'aanpak',
  'uitvoering',
  'interventies',
  'ontwikkeling',
  'afspraken',
  'regie',
  'samenwerking-doelen',
  'voortgang',
  'doelen-meetbaar',
  'raad-geinformeerd',
] as const;
export type NormSleutel = (typeof normSleutels)[number];

export interface KaderNorm {
  /** Stabiel binnen het kader, bv. '1.2'. */
  id: string;
  norm: string;
  sleutel?: NormSleutel | null;
}

export interface KaderVraag {
  id: string;
  /** Zoals in het rapport: '1', '2'. */
  nummer: string;
  vraag: string;
  normen: KaderNorm[];
}

export interface Normenkader {
  /** 'standaard' voor het meegeleverde kader, anders de id uit de database. */
  id: string;
  naam: string;
  beschrijving: string;
  vragen: KaderVraag[];
}

export interface Bewijs {
  soort: BewijsSoort;
  label: string;
  /** Een pad in de app (/werkruimtes/...) of een adres (https://...). */
  verwijzing: string;
}

/** Een norm in een evaluatie: het kader zoals het bij het aanmaken was, met het oordeel. */
export interface EvaluatieNorm extends KaderNorm {
  oordeel: Oordeel | null;
  toelichting: string;
  bewijs: Bewijs[];
}

export interface EvaluatieVraag extends Omit<KaderVraag, 'normen'> {
  normen: EvaluatieNorm[];
}

export const STANDAARD_KADER_ID = 'standaard';

/** Het normenkader dat Kernplan meelevert; altijd beschikbaar, te kopiëren en aan te passen. */
export const standaardNormenkader: Normenkader = {
  id: STANDAARD_KADER_ID,
  naam: 'Standaardnormenkader integrale veiligheid',
  beschrijving:
    'Vijf onderzoeksvragen met normen, in de opbouw die rekenkamers gebruiken bij onderzoek naar lokaal veiligheidsbeleid: aansluiting van maatregelen op doelen, uitvoering, samenwerking, resultaten en verantwoording aan de raad.',
  vragen: [
    {
      id: '1',
      nummer: '1',
      vraag: 'Sluiten de maatregelen van de gemeente aan bij de doelen die zij voor de veiligheid heeft gesteld?',
      normen: [
        { id: '1.1', norm: 'De maatregelen komen voort uit een analyse van de veiligheidsproblemen.', sleutel: 'probleemanalyse' },
        { id: '1.2', norm: 'De maatregelen pakken de knelpunten aan die het halen van de doelen in de weg kunnen staan.', sleutel: 'knelpunten' },
        {
          id: '1.3',
          norm: 'Bij de keuze van maatregelen is gekeken naar wat bekend is over werkzame manieren om gedrag te beïnvloeden en om inwoners zich veiliger te laten voelen.',
          sleutel: 'effectiviteit',
        },
      ],
    },
    {
      id: '2',
      nummer: '2',
      vraag: 'Worden de maatregelen en instrumenten goed uitgevoerd?',
      normen: [
        { id: '2.1', norm: 'Per maatregel of instrument is helder wat de opdracht is: wie trekt, wat het moet opleveren en hoeveel.', sleutel: 'opdracht' },
        { id: '2.2', norm: 'Per maatregel of instrument ligt er een aanpak met afspraken over opzet, doel en werkwijze, die teruggaat op de probleemanalyse.', sleutel: 'aanpak' },
        { id: '2.3', norm: 'De betrokken partijen houden zich aan de afspraken over de uitvoering; wat gepland is, gebeurt.', sleutel: 'uitvoering' },
        { id: '2.4', norm: 'De inzet levert concrete interventies op: de geplande output wordt gerealiseerd.', sleutel: 'interventies' },
        { id: '2.5', norm: 'De problemen waarop een maatregel of instrument zich richt, ontwikkelen zich in de goede richting.', sleutel: 'ontwikkeling' },
      ],
    },
    {
      id: '3',
      nummer: '3',
      vraag: 'Hoe werkt de gemeente samen met de lokale partners?',
      normen: [
        { id: '3.1', norm: 'Met de partners zijn duidelijke afspraken gemaakt over de capaciteit, het afstemmen van de inzet en het delen van informatie.', sleutel: 'afspraken' },
        { id: '3.2', norm: 'Waar de gemeente de regie heeft, zorgt zij dat de partners hun werk op elkaar afstemmen.', sleutel: 'regie' },
        { id: '3.3', norm: 'De samenwerking helpt aantoonbaar om de doelen te halen.', sleutel: 'samenwerking-doelen' },
      ],
    },
    {
      id: '4',
      nummer: '4',
      vraag: 'Hoe staat het met de doelen van het veiligheidsbeleid?',
      normen: [
        {
          id: '4.1',
          norm: 'Het aantal misdrijven, het gevoel van onveiligheid en de beoordeling van de eigen buurt ontwikkelen zich zoals de doelen voorschrijven.',
          sleutel: 'voortgang',
        },
      ],
    },
    {
      id: '5',
      nummer: '5',
      vraag: 'Kan de raad sturen op het veiligheidsbeleid en wordt hij over de resultaten geïnformeerd?',
      normen: [
        { id: '5.1', norm: 'De doelen zijn meetbaar: elke prioriteit heeft een effectindicator met een streefwaarde.', sleutel: 'doelen-meetbaar' },
        { id: '5.2', norm: 'De raad krijgt regelmatig te horen of het beleid werkt, en bespreekt dat.', sleutel: 'raad-geinformeerd' },
      ],
    },
  ],
};

/** Een evaluatie begint met een kopie van het kader: elke norm nog zonder oordeel. */
export function evaluatieVragen(kader: Pick<Normenkader, 'vragen'>): EvaluatieVraag[] {
  return kader.vragen.map((v) => ({
    id: v.id,
    nummer: v.nummer,
    vraag: v.vraag,
    normen: v.normen.map((n) => ({ id: n.id, norm: n.norm, sleutel: n.sleutel ?? null, oordeel: null, toelichting: '', bewijs: [] })),
  }));
}

/**
 * Een aangepaste lijst vragen en normen voor een lopende evaluatie: een norm die blijft (zelfde id)
 * houdt haar oordeel, toelichting en bewijs; een nieuwe begint leeg.
 */
export function pasVragenAan(huidig: readonly EvaluatieVraag[], nieuw: readonly KaderVraag[]): EvaluatieVraag[] {
  const bestaand = new Map(huidig.flatMap((v) => v.normen.map((n) => [n.id, n] as const)));
  return nieuw.map((v) => ({
    id: v.id,
    nummer: v.nummer,
    vraag: v.vraag,
    normen: v.normen.map((n) => {
      const oud = bestaand.get(n.id);
      return { id: n.id, norm: n.norm, sleutel: n.sleutel ?? oud?.sleutel ?? null, oordeel: oud?.oordeel ?? null, toelichting: oud?.toelichting ?? '', bewijs: oud?.bewijs ?? [] };
    }),
  }));
}

/** Wat een kader fout heeft (dubbele of lege ids), of null. */
export function kaderFout(vragen: readonly KaderVraag[]): { veld: string; reden: string } | null {
  if (vragen.length === 0) return { veld: 'vragen', reden: 'Een normenkader heeft ten minste één vraag.' };
  const vraagIds = new Set<string>();
  const normIds = new Set<string>();
  for (const [i, v] of vragen.entries()) {
    if (vraagIds.has(v.id)) return { veld: `vragen[${i}].id`, reden: `Vraag '${v.id}' staat er twee keer in.` };
    vraagIds.add(v.id);
    if (v.normen.length === 0) return { veld: `vragen[${i}].normen`, reden: `Vraag ${v.nummer} heeft nog geen norm.` };
    for (const [j, n] of v.normen.entries()) {
      if (normIds.has(n.id)) return { veld: `vragen[${i}].normen[${j}].id`, reden: `Norm '${n.id}' staat er twee keer in; elke norm heeft een eigen nummer.` };
      normIds.add(n.id);
    }
  }
  return null;
}

/** Alle normen van een evaluatie achter elkaar, met hun vraag. */
export function normenVan(vragen: readonly EvaluatieVraag[]): (EvaluatieNorm & { vraagId: string; vraagNummer: string; vraag: string })[] {
  return vragen.flatMap((v) => v.normen.map((n) => ({ ...n, vraagId: v.id, vraagNummer: v.nummer, vraag: v.vraag })));
}

export interface Telling {
  voldoet: number;
  'voldoet-deels': number;
  'voldoet-niet': number;
  open: number;
  totaal: number;
}

/** Hoeveel normen voldoen, deels, niet, en nog zonder oordeel. */
export function telOordelen(vragen: readonly EvaluatieVraag[]): Telling {
  const t: Telling = { voldoet: 0, 'voldoet-deels': 0, 'voldoet-niet': 0, open: 0, totaal: 0 };
  for (const n of normenVan(vragen)) {
    t.totaal++;
    if (n.oordeel === null) t.open++;
    else t[n.oordeel]++;
  }
  return t;
}

/** Een adres dat als bewijs mag: een pad in de app of een http(s)-adres; nooit javascript: of data:. */
export function isVeiligeVerwijzing(v: string): boolean {
  return /^\/(?!\/)/.test(v) || /^https?:\/\/[^\s]+$/i.test(v);
}
