import type { FieldErrorDetail } from '@/lib/api-error';

/** Only a path inside the app is followed after a save (never another origin). */
export function safeReturnPath(value: string | null): string | undefined {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

const ruleKeys = ['required', 'tooLong', 'email', 'phone', 'website', 'notInFuture', 'invalid'];

/**
 * The message a field shows for a service's field-level detail: a shared rule key (the field
 * translates it) when the service sent one, otherwise the service's own sentence.
 */
export function serverFieldMessage(detail: FieldErrorDetail): string {
  const code = typeof detail.code === 'string' ? detail.code : '';
  return ruleKeys.includes(code.split(':')[0] ?? '') ? code : detail.message;
}
