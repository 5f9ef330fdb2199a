/**
 * The optional CBS code lists on the import page (WijkenEnBuurten.csv, SoortMisdrijf.csv). The page
 * sends a chosen list after creating the import and before the file
 * (PUT …/imports/{id}/codelijsten/{regios|soorten}); a refused list is shown beside its field.
 */
import type { Ref } from 'react';
import { Bestandsveld } from '../../shared/formulier.tsx';
import { grootte } from '../../shared/politie-gegevens.ts';

export type CodelijstSoort = 'regios' | 'soorten';
export const codelijstSoorten: readonly CodelijstSoort[] = ['regios', 'soorten'];

/** The server's limit per list (PUT …/codelijsten answers 413 above it). */
export const MAX_CODELIJST_BYTES = 20 * 1024 * 1024;

/** PUT …/imports/{id}/codelijsten/{lijst}. */
export interface CodelijstAntwoord {
  importId: string;
  lijst: CodelijstSoort;
  aantal: number;
  bytes: number;
}

export const codelijstTeksten: Record<CodelijstSoort, { label: string; naam: string; uitleg: string }> = {
  regios: {
    label: 'Regio-codelijst (WijkenEnBuurten.csv, optioneel)',
    naam: 'regio-codelijst',
    uitleg:
      "Alleen nodig als het bestand regiocodes van de indeling van een ander jaar gebruikt: Kernplan kent de gemeenten, wijken en buurten van 2024. Met de lijst die CBS bij de tabel levert (kolommen Key, Title en Municipality) krijgen wijken en buurten van een andere indeling hun naam en gemeente.",
  },
  soorten: {
    label: 'Codelijst soorten misdrijf (SoortMisdrijf.csv, optioneel)',
    naam: 'codelijst soorten misdrijf',
    uitleg:
      'Alleen nodig als het bestand codes van soorten misdrijf bevat die Kernplan niet kent. Die codes worden niet ingelezen, maar met deze lijst van CBS (kolommen Key en Title) noemt de samenvatting ze bij hun naam.',
  },
};

/** A file too large for the server, said before anything is sent; null when it may go. */
export function codelijstTeGroot(soort: CodelijstSoort, bestand: File): string | null {
  if (bestand.size <= MAX_CODELIJST_BYTES) return null;
  return `De ${codelijstTeksten[soort].naam} ${bestand.name} is ${grootte(bestand.size)}; dat is te groot (hoogstens 20 MB).`;
}

/** One optional file field for a code list, with its help text and, after a refusal, the reason. */
export function CodelijstVeld({
  soort,
  fout,
  bezig,
  invoerRef,
  onKies,
}: {
  soort: CodelijstSoort;
  fout: string | null;
  bezig: boolean;
  invoerRef: Ref<HTMLInputElement>;
  onKies: (bestand: File | null) => void;
}) {
  const t = codelijstTeksten[soort];
  return <Bestandsveld id={`politie-codelijst-${soort}`} label={t.label} beschrijving={t.uitleg} fout={fout} uit={bezig} ref={invoerRef} onKies={onKies} />;
}
