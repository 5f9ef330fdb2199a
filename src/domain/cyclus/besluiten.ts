/**
 * Besluitvorming over documenten: van concept via bespreking (MT, Driehoek, College) naar vastgesteld.
 * De Raad stelt het IVP vast, het College het uitvoeringsplan. Een vastgestelde versie is bevroren;
 * wie daarna wijzigt, werkt aan een nieuwe conceptversie.
 */
import type { DocumentSoort, Orgaan } from './inhoud.ts';

/** Wie een document vaststelt volgens de methode (de startnotitie: College, eventueel de Raad). */
export const vaststellers: Record<DocumentSoort, readonly Orgaan[]> = {
  startnotitie: ['College', 'Raad'],
  veiligheidsanalyse: ['College'],
  ivp: ['Raad'],
  uitvoeringsplan: ['College'],
  projectplan: ['MT', 'College'],
};

export const documentNamen: Record<DocumentSoort, string> = {
  startnotitie: 'Startnotitie',
  veiligheidsanalyse: 'Veiligheidsanalyserapportage',
  ivp: 'Integraal Veiligheidsplan',
  uitvoeringsplan: 'Uitvoeringsplan',
  projectplan: 'Projectplan',
};

export const documentMetLidwoord: Record<DocumentSoort, string> = {
  startnotitie: 'de startnotitie',
  veiligheidsanalyse: 'de veiligheidsanalyserapportage',
  ivp: 'het IVP',
  uitvoeringsplan: 'het uitvoeringsplan',
  projectplan: 'het projectplan',
};

export type BesluitSoort = 'besproken' | 'vastgesteld';

export interface Besluit {
  document: DocumentSoort;
  /** Bij een uitvoeringsplan het jaar, anders null. */
  jaar: number | null;
  soort: BesluitSoort;
  orgaan: Orgaan;
  datum: string;
  toelichting: string;
  /** Het documentversienummer waarop het besluit ging. */
  versie: number;
  /** Bij een gezamenlijk IVP: de gemeente waarvan het orgaan besloot; anders null. */
  gemeentecode?: string | null;
}

export function juisteVaststeller(document: DocumentSoort, orgaan: Orgaan): boolean {
  return vaststellers[document].includes(orgaan);
}

export const orgaanMetLidwoord: Record<Orgaan, string> = { MT: 'het MT', Driehoek: 'de Driehoek', College: 'het College', Raad: 'de Raad' };

/** 'de Raad', of 'het College (of de Raad)'. */
export function vaststellerTekst(document: DocumentSoort): string {
  const [eerste, ...rest] = vaststellers[document].map((o) => orgaanMetLidwoord[o]);
  return rest.length === 0 ? eerste! : `${eerste} (of ${rest.join(', ')})`;
}

export type DocumentStatus = 'concept' | 'in-bespreking' | 'vastgesteld';

export const documentStatusNamen: Record<DocumentStatus, string> = {
  concept: 'Concept',
  'in-bespreking': 'In bespreking',
  vastgesteld: 'Vastgesteld',
};

/**
 * De status van de huidige versie. `versie` telt de vastgestelde versies: na een vaststelling is
 * de volgende wijziging versie n+1 in concept.
 */
export function documentStatus(besluiten: readonly Besluit[], huidigeVersie: number): DocumentStatus {
  const hier = besluiten.filter((b) => b.versie === huidigeVersie);
  if (hier.some((b) => b.soort === 'vastgesteld')) return 'vastgesteld';
  if (hier.some((b) => b.soort === 'besproken')) return 'in-bespreking';
  return 'concept';
}
