import type { ZodType } from 'zod';
import { accountErrorCodes } from '@/lib/api-types/account';
import { ruleMessageInEnglish } from '@/lib/rule-messages';
import { pcError, sentEtag } from './http';

type Validated<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * The account-settings forms' schemas, which the mock's writes validate with. They bring zod, so
 * they load with the first write: a page that only lists users or reads a profile does not wait
 * for them.
 */
export const accountRules = () => import('@/lib/account-rules');

/**
 * Validates a request body with the same schema the form uses and answers 400 with one
 * `{ field, code, message }` per problem, so the UI can put each message at its field.
 */
export function validateBody<T>(schema: ZodType<T>, body: unknown): Validated<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, value: result.data };
  const data = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    code: issue.message,
    message: ruleMessageInEnglish(issue.message),
  }));
  const first = data[0];
  return {
    ok: false,
    response: pcError({
      status: 400,
      code: accountErrorCodes.invalidInput,
      errorName: 'InvalidInput',
      description: first
        ? `Invalid request input: ${first.field || 'body'}: ${first.message}`
        : 'Invalid request input.',
      data,
    }),
  };
}

export function notFound(what: string, id: string): Response {
  return pcError({
    status: 404,
    code: accountErrorCodes.notFound,
    errorName: 'NotFound',
    description: `${what} ${id} was not found.`,
  });
}

export function conflict(code: number, errorName: string, description: string, field?: string): Response {
  return pcError({
    status: 409,
    code,
    errorName,
    description,
    ...(field ? { data: [{ field, code: errorName, message: description }] } : {}),
  });
}

/**
 * `If-Match`, or else the body's attributes.etag (where Partner Center's documented profile
 * updates send it), must carry the resource's current ETag (quoted or not).
 */
export function etagMismatch(request: Request, current: string, bodyEtag?: unknown): Response | null {
  const given = sentEtag(request, bodyEtag);
  if (given && given === current) return null;
  return pcError({
    status: 412,
    code: accountErrorCodes.preconditionFailed,
    errorName: 'PreconditionFailed',
    description:
      'The profile was changed by someone else since you loaded it. Reload it and apply your changes again.',
  });
}

/** Documented requests send null for the fields they leave empty; the rules read them as absent. */
export function withoutNulls<T extends object>(value: T | undefined): Partial<T> | undefined {
  if (!value) return value;
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)) as Partial<T>;
}
