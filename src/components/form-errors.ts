import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/lib/api-error';
import { isRuleKey } from '@/lib/rule-messages';

/**
 * Turns a rule key from the shared schemas (`tooLong:100`, `taxId:FR40123456789`) into a sentence
 * in the UI language. Anything else (a server's own sentence) is shown as it came.
 */
export function useRuleMessage() {
  const { t } = useTranslation();
  return useCallback(
    (message: string | undefined): string | undefined => {
      if (!message) return undefined;
      const [key = '', arg = ''] = message.split(':');
      if (!isRuleKey(key)) return message;
      switch (key) {
        case 'tooLong':
          return t('validation.tooLong', { count: Number(arg) });
        case 'industriesMax':
          return t('validation.industriesMax', { count: Number(arg) });
        case 'taxId':
          return t('validation.taxId', { example: arg });
        default:
          return t(`validation.${key}`);
      }
    },
    [t],
  );
}

/**
 * Puts a service's field-level 400/409 details on the form's fields: rule keys are translated by
 * `useRuleMessage`, known conflict names by `byCode`, anything else keeps the service's sentence.
 * Returns whether any field took one, so the caller shows a general message only otherwise.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
  byCode: Record<string, string> = {},
): boolean {
  if (!isApiError(error)) return false;
  let placed = false;
  for (const detail of error.fieldErrors()) {
    if (!fieldNames.includes(detail.field)) continue;
    const code = typeof detail.code === 'string' ? detail.code : '';
    const message = byCode[code] ?? (isRuleKey(code.split(':')[0] ?? '') ? code : detail.message);
    setError(detail.field as Path<T>, { type: 'server', message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}

/** Whether a failure carries details for these fields (then the fields show it, not a general message). */
export function hasFieldErrors(error: unknown, fieldNames: readonly string[]): boolean {
  return isApiError(error) && error.fieldErrors().some((detail) => fieldNames.includes(detail.field));
}

/**
 * A form's server-error handling, with its list of fields named once: `place` puts a failure's
 * field details on those fields (the mutation's onError), `general` is the failure to show as a
 * message beside the form, or null when the fields show it.
 */
export function serverFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldNames: readonly Path<T>[],
  byCode: Record<string, string> = {},
) {
  return {
    place: (error: unknown) => applyServerFieldErrors(error, setError, fieldNames, byCode),
    general: (error: unknown): unknown => (error && !hasFieldErrors(error, fieldNames) ? error : null),
  };
}
