/**
 * Optimistic concurrency: every resource has an integer version, sent as a strong ETag ("3").
 * A change to an existing resource must send If-Match with the version it was based on:
 * none gives 428, an old one 412 with the current version and resource. Nothing is overwritten silently.
 */
import type { Context } from 'hono';
import type { Queryable } from '../db/db.ts';
import { type VersieRij, volgendeVersieMetRij } from '../db/versies.ts';
import { problem } from '../problem.ts';

export function etag(versie: number): string {
  return `"${versie}"`;
}

/** The version in If-Match, `undefined` when the header is missing, `null` when it is malformed. */
export function ifMatchVersion(c: Context): number | undefined | null {
  const header = c.req.header('If-Match');
  if (header === undefined) return undefined;
  const m = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  return m ? Number(m[1]) : null;
}

export type VersionCheck = { ok: true; versie: number; rij: Record<string, unknown> } | { ok: false; response: never };

/** 428 without If-Match, 400 for a malformed one; otherwise the version the writer worked on. */
export function vereisIfMatch(c: Context): { ok: true; versie: number } | { ok: false; response: never } {
  const wanted = ifMatchVersion(c);
  if (wanted === undefined) {
    return {
      ok: false,
      response: problem(c, 428, 'Stuur de header If-Match met de versie (ETag) waarop uw wijziging is gebaseerd.', {
        title: 'Versie vereist',
      }),
    };
  }
  if (wanted === null) {
    return {
      ok: false,
      response: problem(c, 400, 'De header If-Match moet een ETag zijn zoals "3".', {
        invalidParams: [{ name: 'If-Match', code: 'ongeldig', reason: 'Verwacht een ETag zoals "3".' }],
      }),
    };
  }
  return { ok: true, versie: wanted };
}

/** For writes where If-Match may be left out: the version in it, or undefined; 400 when malformed. */
export function optioneleIfMatch(c: Context): { ok: true; versie: number | undefined } | { ok: false; response: never } {
  return ifMatchVersion(c) === undefined ? { ok: true, versie: undefined } : vereisIfMatch(c);
}

/** 412 with the current version and resource, so the page can show both and merge. */
export function versieConflict(c: Context, wanted: number, current: { versie: number }, currentBody: unknown): never {
  return problem(
    c,
    412,
    `Iemand anders heeft dit intussen gewijzigd: u werkte op versie ${wanted}, de huidige versie is ${current.versie}. Bekijk beide en voeg ze samen.`,
    { huidigeVersie: current.versie, huidig: currentBody } as never,
    { ETag: etag(current.versie) },
  );
}

/**
 * The gate of every versioned write (ADR 0012), called inside the write's transaction after the
 * authorisation and before anything is read for the change: If-Match is required, and the version
 * moves from the one in If-Match to the next in one conditional statement (see db/versies.ts), so of
 * N writers with the same ETag exactly one passes and the others get 412 with what is current now.
 * Everything the route writes afterwards belongs to that new version; a later refusal (422) rolls the
 * whole transaction back (writeAndAnnounce), the version included.
 *
 * `huidig` loads the current version and body for the 412 (it runs after the winner committed), or
 * null when the resource is gone (404).
 */
export async function neemVersie(
  c: Context,
  tx: Queryable,
  rij: VersieRij,
  huidig: () => Promise<{ versie: number; body: unknown } | null>,
): Promise<VersionCheck> {
  const gevraagd = vereisIfMatch(c);
  if (!gevraagd.ok) return gevraagd;
  const genomen = await volgendeVersieMetRij(tx, rij, gevraagd.versie);
  if (genomen) return { ok: true, ...genomen };
  const nu = await huidig();
  // Removed by the writer that was first (a second DELETE): 404, as for any request to something that is gone.
  if (!nu) return { ok: false, response: problem(c, 404, 'Dit bestaat niet (meer); iemand anders heeft het intussen verwijderd.') };
  return { ok: false, response: versieConflict(c, gevraagd.versie, nu, nu.body) };
}
