import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { type InvalidParam, problem } from '../problem.ts';

/** Turns zod issues into `invalidParams` entries that name the parameter or field in Dutch. */
export function describeIssues(error: ZodError, input: unknown, target = 'json'): InvalidParam[] {
  return error.issues.map((issue) => {
    // A query parameter is named as such, not with the index inside its list of values.
    const path = target === 'query' ? issue.path.slice(0, 1) : issue.path;
    const name = path.length > 0 ? path.map(String).join('.') : '(body)';
    let given = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as never)[k] : undefined), input);
    if (target === 'query' && issue.code === 'invalid_value' && given !== undefined) {
      const allowed = new Set(issue.values.map(String));
      given = (Array.isArray(given) ? given : [given])
        .flatMap((s) => String(s).split(','))
        .map((s) => s.trim())
        .filter((s) => s && !allowed.has(s))
        .join(', ');
    }
    let reason: string;
    switch (issue.code) {
      case 'invalid_value':
        reason = `Onbekende waarde${given === undefined ? '' : ` '${String(given)}'`}. Toegestaan: ${issue.values.map(String).join(', ')}.`;
        break;
      case 'too_small':
        reason = issue.origin === 'string' ? 'Mag niet leeg zijn.' : `Te klein (minimaal ${String(issue.minimum)}).`;
        break;
      case 'too_big':
        reason = `Te groot (maximaal ${String(issue.maximum)}${issue.origin === 'string' ? ' tekens' : ''}).`;
        break;
      case 'invalid_type':
        reason = given === undefined ? 'Verplicht.' : `Verwacht ${issue.expected}.`;
        break;
      default:
        reason = issue.message;
    }
    return { name, code: issue.code, reason };
  });
}

type HookResult = { success: true } | { success: false; error: ZodError; target: string; data?: unknown };

/** The defaultHook of every OpenAPIHono: invalid input becomes a 400 problem. */
export function validationHook(result: HookResult, c: Context): Response | undefined {
  return hookMetStatus(result, c, 400);
}

/**
 * For step 6 (indicators, measurements): a body that is well-formed JSON but has a wrong value (a
 * text where a number belongs, a percentage above 100) is 422, as the API promises; a bad query or
 * path stays 400.
 */
export function validationHook422(result: HookResult, c: Context): Response | undefined {
  return hookMetStatus(result, c, !result.success && result.target === 'json' ? 422 : 400);
}

/**
 * A refinement whose issue makes a body 422 under either hook: the value has the right form but
 * cannot be (a date like 2027-02-30). Pass as `params` of a zod refinement.
 */
export const ONMOGELIJKE_WAARDE = { status: 422 } as const;

const isOnmogelijk = (issue: ZodError['issues'][number]) =>
  issue.code === 'custom' && (issue.params as { status?: unknown } | undefined)?.status === ONMOGELIJKE_WAARDE.status;

function hookMetStatus(result: HookResult, c: Context, status: 400 | 422): Response | undefined {
  if (result.success) return undefined;
  const input = 'data' in result ? result.data : undefined;
  const invalidParams = describeIssues(result.error, input, result.target);
  // Only impossible values (a well-formed body): 422, also where the route answers 400 otherwise.
  if (result.target === 'json' && result.error.issues.length > 0 && result.error.issues.every(isOnmogelijk)) status = 422;
  return invoerProbleem(c, status, undefined, invalidParams, result.target === 'query' ? 'parameter' : 'veld');
}

/**
 * The problem answer for invalid input: `detail` names every field with its reason (or is given),
 * `invalidParams` lists them. Used by the hooks and by the JSON gate (invoer.ts).
 */
export function invoerProbleem(
  c: Context,
  status: 400 | 413 | 415 | 422,
  detail: string | undefined,
  invalidParams: InvalidParam[],
  where: 'veld' | 'parameter' = 'veld',
): Response {
  const tekst = detail ?? `Ongeldige invoer: ${invalidParams.map((p) => `${where} '${p.name}': ${p.reason}`).join(' ')}`;
  return problem(c, status, tekst, { invalidParams });
}
