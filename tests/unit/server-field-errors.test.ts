import { describe, expect, it, vi } from 'vitest';
import { serverFieldErrors } from '@/components/form-errors';
import { ApiError } from '@/lib/api-error';

interface UserValues {
  firstName: string;
  email: string;
}

const refusal = (data: unknown[]) =>
  new ApiError({
    status: 409,
    body: { code: 'Conflict', description: 'The request conflicts with the data.', data },
    fallbackMessage: 'Conflict',
    requestId: 'r',
  });

describe('serverFieldErrors', () => {
  it('puts a detail for a named field on that field and shows no general message', () => {
    const setError = vi.fn();
    const errors = serverFieldErrors<UserValues>(setError, ['firstName', 'email'], {
      EmailAlreadyInUse: 'That email address is already used.',
    });
    const error = refusal([{ field: 'email', code: 'EmailAlreadyInUse', message: 'Email in use.' }]);

    expect(errors.place(error)).toBe(true);
    expect(setError).toHaveBeenCalledWith(
      'email',
      { type: 'server', message: 'That email address is already used.' },
      { shouldFocus: true },
    );
    expect(errors.general(error)).toBeNull();
  });

  it('leaves a failure about no named field to the general message', () => {
    const setError = vi.fn();
    const errors = serverFieldErrors<UserValues>(setError, ['firstName', 'email']);
    const elsewhere = refusal([{ field: 'tenantId', code: 'Invalid', message: 'Unknown tenant.' }]);
    const offline = new TypeError('Failed to fetch');

    expect(errors.place(elsewhere)).toBe(false);
    expect(setError).not.toHaveBeenCalled();
    expect(errors.general(elsewhere)).toBe(elsewhere);
    expect(errors.general(offline)).toBe(offline);
    expect(errors.general(null)).toBeNull();
  });
});
