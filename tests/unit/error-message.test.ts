import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n';
import { ApiError } from '@/lib/api-error';
import { errorMessage } from '@/lib/error-message';

const refusal = (code: number, description: string) =>
  new ApiError({ status: 403, body: { code, description }, fallbackMessage: 'Forbidden', requestId: 'r' });

describe('errorMessage for a 403', () => {
  const t = createI18n('fr').getFixedT('fr', 'common');

  it('says a refusal for the role (900308) in the interface language', () => {
    const error = refusal(900308, 'Your role does not allow this operation (customers.read).');
    expect(error.isRoleRefusal()).toBe(true);
    expect(errorMessage(error, t)).toBe(
      'Votre rôle ne permet pas cette action. Demandez à un administrateur général un rôle qui l’inclut.',
    );
  });

  it('keeps the service’s own words for a business rule’s 403 (13605, 800073)', () => {
    for (const [code, description] of [
      [13605, 'Microsoft Customer Agreement acceptance must be confirmed before a purchase.'],
      [800073, 'This customer account is under review.'],
    ] as const) {
      const error = refusal(code, description);
      expect(error.isRoleRefusal()).toBe(false);
      expect(errorMessage(error, t)).toBe(description);
    }
  });
});
