/**
 * A finding of the plan check (of the IVP, the uitvoeringsplan or a project plan): its own module,
 * so that the project plan check and the plan check share the shape without importing each other.
 */
import type { DocumentSoort } from './inhoud.ts';

export type Ernst = 'fout' | 'waarschuwing';

export interface Bevinding {
  ernst: Ernst;
  code: string;
  document: DocumentSoort;
  melding: string;
  /** Pad binnen de werkruimte waar het te herstellen is, bv. 'ivp#prioriteit-p1'. */
  plek: string;
}
