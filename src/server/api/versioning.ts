/**
 * Optimistic concurrency: every resource has an integer version, sent as a strong ETag ("3").
 * A change to an existing resource must send If-Match with the version it was based on:
 * none gives 428, an old one 412 with the current version and resource. Nothing is overwritten silently.
 */
import type { Context } from 'hono';
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

export type VersionCheck = { ok: true; versie: number } | { ok: false; response: never };

export function checkIfMatch(c: Context, current: { versie: number }, currentBody: unknown): VersionCheck {
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
  if (wanted !== current.versie) {
    return {
      ok: false,
      response: problem(
        c,
        412,
        `Iemand anders heeft dit intussen gewijzigd: u werkte op versie ${wanted}, de huidige versie is ${current.versie}. Bekijk beide en voeg ze samen.`,
        { huidigeVersie: current.versie, huidig: currentBody } as never,
        { ETag: etag(current.versie) },
      ),
    };
  }
  return { ok: true, versie: wanted };
}
