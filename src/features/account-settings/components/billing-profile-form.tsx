import { Text } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorSummaryFormOptions } from '@/components/error-summary';
import { applyServerFieldErrors } from '@/components/form-errors';
import { useNotify } from '@/components/notify';
import { TextField } from '@/components/text-field';
import { billingProfileSchema, type BillingProfileInput } from '@/lib/account-rules';
import type { PartnerBillingProfile } from '@/lib/api-types/account';
import { billingProfileQuery, saveBillingProfile } from '../api/profile';
import { AddressFields, addressFieldNames, addressValuesOf, useAddressLabels } from './address-fields';
import { KeptFact, ProfileForm, useFormStyles, useLoadedVersion } from './profile-form';

const valuesOf = (profile: PartnerBillingProfile): BillingProfileInput => ({
  companyName: profile.companyName,
  address: addressValuesOf(profile.address),
  primaryContact: {
    firstName: profile.primaryContact.firstName,
    lastName: profile.primaryContact.lastName,
    email: profile.primaryContact.email ?? '',
    phoneNumber: profile.primaryContact.phoneNumber ?? '',
  },
  purchaseOrderNumber: profile.purchaseOrderNumber,
});

const fieldNames = [
  'companyName',
  ...addressFieldNames,
  'primaryContact.firstName',
  'primaryContact.lastName',
  'primaryContact.email',
  'primaryContact.phoneNumber',
  'purchaseOrderNumber',
];

/**
 * The partner's billing profile (get/update-partner-billing-profile). The country, the currency
 * that follows it and the tax ID (the legal profile's) are shown, not edited: the API keeps them.
 */
export function BillingProfileForm({
  profile,
  canEdit,
  onDirtyChange,
}: {
  profile: PartnerBillingProfile;
  canEdit: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation('accountSettings');
  const { t: tCommon } = useTranslation();
  const styles = useFormStyles();
  const addressLabels = useAddressLabels();
  const notify = useNotify();
  const form = useForm<BillingProfileInput>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(billingProfileSchema),
    defaultValues: valuesOf(profile),
  });
  const version = useLoadedVersion(profile, form, valuesOf, billingProfileQuery());
  const { base } = version;
  const { isDirty } = form.formState;
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  const save = useMutation({
    mutationFn: (values: BillingProfileInput) =>
      saveBillingProfile({
        ...base,
        companyName: values.companyName,
        address: {
          ...base.address,
          ...values.address,
          addressLine2: values.address.addressLine2 ?? '',
          state: values.address.state ?? '',
        },
        primaryContact: {
          ...values.primaryContact,
          email: values.primaryContact.email ?? '',
          phoneNumber: values.primaryContact.phoneNumber ?? '',
        },
        purchaseOrderNumber: values.purchaseOrderNumber ?? '',
      }),
    onSuccess: (saved) => {
      version.saved(saved);
      notify(t('legal.billing.saved'));
    },
    onError: (error) => applyServerFieldErrors(error, form.setError, fieldNames),
  });
  const field = { form, readOnly: !canEdit };
  const contact = (label: string) =>
    tCommon('errorSummary.grouped', { group: t('legal.billing.contact'), label });
  const labels = {
    companyName: t('legal.billing.companyName'),
    ...addressLabels,
    'primaryContact.firstName': contact(t('legal.business.firstName')),
    'primaryContact.lastName': contact(t('legal.business.lastName')),
    'primaryContact.email': contact(t('legal.billing.email')),
    'primaryContact.phoneNumber': contact(t('legal.billing.phone')),
    purchaseOrderNumber: t('legal.billing.purchaseOrderNumber'),
  };
  const country = profile.address.country;

  return (
    <ProfileForm
      id="billing-profile"
      title={t('legal.billing.heading')}
      hint={t('legal.billing.hint')}
      form={form}
      labels={labels}
      save={save}
      saveFailed={t('legal.billing.saveFailed')}
      fieldNames={fieldNames}
      canEdit={canEdit}
      onReset={version.reset}
      onReloadLatest={version.reloadLatest}
    >
      <TextField {...field} name="companyName" label={labels.companyName} required />
      <AddressFields {...field} />
      <div className={styles.grid}>
        <KeptFact label={t('legal.billing.country')} hint={t('legal.billing.countryHint')}>
          {t(`countries.${country as 'FR'}`, { defaultValue: country })}
        </KeptFact>
        <KeptFact label={t('legal.billing.currency')}>{profile.billingCurrency}</KeptFact>
        <KeptFact label={t('legal.billing.taxId')} hint={t('legal.billing.taxIdHint')}>
          {profile.taxId || t('legal.billing.noTaxId')}
        </KeptFact>
      </div>
      <Text as="h3" weight="semibold" className={styles.subheading}>
        {t('legal.billing.contact')}
      </Text>
      <div className={styles.grid}>
        <TextField
          {...field}
          name="primaryContact.firstName"
          label={t('legal.business.firstName')}
          required
        />
        <TextField {...field} name="primaryContact.lastName" label={t('legal.business.lastName')} required />
        <TextField {...field} name="primaryContact.email" label={t('legal.billing.email')} type="email" />
        <TextField {...field} name="primaryContact.phoneNumber" label={t('legal.billing.phone')} type="tel" />
      </div>
      <TextField
        {...field}
        name="purchaseOrderNumber"
        label={labels.purchaseOrderNumber}
        hint={t('legal.billing.purchaseOrderHint')}
      />
    </ProfileForm>
  );
}
