/** Small typed client for the Kernplan API. Types come from the same zod schemas as the server. */
import type { z } from 'zod';
import type {
  aspectSchema,
  methodeSchema,
  strategischThemaSchema,
  themaSamenvattingSchema,
  themaSchema,
  veldSchema,
  zoekresultaatSchema,
} from '../../server/api/schemas.ts';

export type Veld = z.infer<typeof veldSchema>;
export type Thema = z.infer<typeof themaSchema>;
export type ThemaSamenvatting = z.infer<typeof themaSamenvattingSchema>;
export type Aspect = z.infer<typeof aspectSchema>;
export type StrategischThema = z.infer<typeof strategischThemaSchema>;
export type Methode = z.infer<typeof methodeSchema>;
export type Zoekresultaat = z.infer<typeof zoekresultaatSchema>;

export class ApiFout extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function haalOp<T>(pad: string, signal?: AbortSignal): Promise<T> {
  let antwoord: Response;
  try {
    antwoord = await fetch(`/api/v1${pad}`, { headers: { Accept: 'application/json' }, signal: signal ?? null });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiFout('De server is niet bereikbaar. Controleer of Kernplan nog draait en probeer het opnieuw.', 0);
  }
  if (!antwoord.ok) {
    let detail = `De server gaf fout ${antwoord.status}.`;
    try {
      const p = (await antwoord.json()) as { detail?: string };
      if (p.detail) detail = p.detail;
    } catch {
      /* geen problem+json */
    }
    throw new ApiFout(detail, antwoord.status);
  }
  return (await antwoord.json()) as T;
}
