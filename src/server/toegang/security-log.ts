/**
 * The security log: sign-ins, failed sign-ins, refusals and role changes. Appended, never edited;
 * never holds a password, token or TOTP code.
 */
import type { Queryable } from '../db/db.ts';

export type SecurityEvent =
  | 'aanmelding'
  | 'aanmelding-mislukt'
  | 'aanmelding-geblokkeerd'
  | 'afmelding'
  | 'geweigerd'
  | 'rol-gewijzigd'
  | 'lid-toegevoegd'
  | 'lid-verwijderd'
  | 'totp-ingesteld'
  | 'beheerder-aangemaakt';

export async function logSecurityEvent(
  db: Queryable,
  soort: SecurityEvent,
  fields: { gebruikerId?: string | null; email?: string | null; adres?: string | null; details?: Record<string, unknown> },
): Promise<void> {
  await db.query('insert into beveiligingslog (soort, gebruiker_id, email, adres, details) values ($1, $2, $3, $4, $5)', [
    soort,
    fields.gebruikerId ?? null,
    fields.email ?? null,
    fields.adres ?? null,
    fields.details ? JSON.stringify(fields.details) : null,
  ]);
}
