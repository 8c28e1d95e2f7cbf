import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from './api-error';

/**
 * What to tell a person about a failure: the service's own description when it gave one (never
 * "[object Object]"), or a translated generic message. A refusal for the caller's role (403 /
 * 900308) and throttling are said in the interface's language: the app knows what they mean, and
 * the service words them in English whatever the locale.
 */
export function errorMessage(error: unknown, t: TFunction<'common'>): string {
  if (error instanceof ApiError) {
    if (error.isRoleRefusal()) return t('errors.forbidden');
    if (error.status === 429)
      return t('errors.throttled', { count: Math.ceil(error.retryAfterSeconds ?? 1) });
    return error.description || t('errors.unexpected');
  }
  if (error instanceof NetworkError) return t('errors.network');
  if (error instanceof Error && error.message) return error.message;
  return t('errors.unexpected');
}
