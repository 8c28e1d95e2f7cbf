import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n';
import { fieldOf, useActivityLabels } from '@/features/activity/activity-labels';

async function labelsIn(language: 'en' | 'fr') {
  const i18n = createI18n(language);
  await i18n.loadNamespaces('activity');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );
  return renderHook(() => useActivityLabels(), { wrapper }).result.current;
}

describe('the names of changed fields in the activity log', () => {
  it('takes the field from the end of the path, whatever its casing or index', () => {
    expect(fieldOf('billingProfile.defaultAddress.phoneNumber')).toBe('phoneNumber');
    expect(fieldOf('BillingProfile.DefaultAddress.City')).toBe('city');
    expect(fieldOf('commercialRoles[1]')).toBe('commercialRoles');
    expect(fieldOf('email')).toBe('email');
  });

  it('names a known field in the active language', async () => {
    expect((await labelsIn('en')).field('companyProfile.organizationRegistrationNumber')).toBe(
      'Organization INN',
    );
    expect((await labelsIn('fr')).field('BillingProfile.DefaultAddress.PostalCode')).toBe('Code postal');
  });

  it('has no name for ids, store keys or what only looks like a field', async () => {
    const labels = await labelsIn('en');
    expect(labels.field('companyProfile.tenantId')).toBeUndefined();
    expect(labels.field('carts.8ac1299e-1408-449e-ad31-6943fa62b361')).toBeUndefined();
    // Inherited from Object.prototype, not a name in the table.
    expect(labels.field('settings.constructor')).toBeUndefined();
  });
});
