/**
 * The population a user enters for a region and year (1 January), versioned with If-Match like every
 * other written resource (ADR 0012). Without such a row Kernplan uses the shipped CBS figures of 2024.
 * The budget indicators (BBV, issue 16) divide a year only by the population of that same year: the
 * shipped 2024 figures count for 2024 only, and a year without an entered figure gets no rate
 * (begrotingsindicatorenVoorWerkruimte in cijfers.ts; docs/begrotingsindicatoren.md).
 */
import type { Queryable } from '../db/db.ts';
import type { VersieRij } from '../db/versies.ts';

export interface Inwonertal {
  regio: string;
  jaar: number;
  inwoners: number;
  versie: number;
}

/** The version row; a new region and year (If-Match "0") is created with its number at once. */
export function inwonersRij(regio: string, jaar: number, inwoners: number): VersieRij {
  return { tabel: 'politie_inwoners', sleutel: { regio, jaar }, nieuw: { inwoners } };
}

export async function laadInwonertal(db: Queryable, regio: string, jaar: number): Promise<Inwonertal | null> {
  const { rows } = await db.query<Inwonertal>('select regio, jaar::int as jaar, inwoners, versie from politie_inwoners where regio = $1 and jaar = $2', [regio, jaar]);
  return rows[0] ?? null;
}

export async function zetInwonertal(tx: Queryable, regio: string, jaar: number, inwoners: number): Promise<void> {
  await tx.query('update politie_inwoners set inwoners = $3 where regio = $1 and jaar = $2', [regio, jaar, inwoners]);
}
