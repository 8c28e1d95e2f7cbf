import { Badge, Text } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { legalProfileSchema, taxIdRules, type LegalProfileInput } from '@/lib/account-rules';
import type { LegalBusinessProfile } from '@/lib/api-types/account';
import { accountKeys } from '../api/keys';
import { legalProfileQuery, saveLegalProfile } from '../api/profile';
import { errorSummaryFormOptions } from '@/components/error-summary';
import { useNotify } from '@/components/notify';
import { applyServerFieldErrors } from '@/components/form-errors';
import { TextField } from '@/components/text-field';
import { AddressFields, addressFieldNames, addressValuesOf, useAddressLabels } from './address-fields';
import { KeptFact, ProfileForm, useFormStyles, useLoadedVersion } from './profile-form';

const valuesOf = (profile: LegalBusinessProfile): LegalProfileInput => ({
  companyName: profile.companyName,
  address: addressValuesOf(profile.address),
  primaryContact: { ...profile.primaryContact },
  companyApprover: {
    firstName: profile.companyApproverAddress.firstName,
    lastName: profile.companyApproverAddress.lastName,
    email: profile.companyApproverEmail,
  },
  taxId: profile.taxId ?? '',
});

const fieldNames = [
  'companyName',
  ...addressFieldNames,
  'primaryContact.firstName',
  'primaryContact.lastName',
  'primaryContact.email',
  'primaryContact.phoneNumber',
  'companyApprover.firstName',
  'companyApprover.lastName',
  'companyApprover.email',
  'taxId',
];

export function LegalBusinessForm({
  profile,
  canEdit,
  onDirtyChange,
}: {
  profile: LegalBusinessProfile;
  canEdit: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation('accountSettings');
  const { t: tCommon } = useTranslation();
  const styles = useFormStyles();
  const addressLabels = useAddressLabels();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const country = profile.address.country;
  const taxRule = taxIdRules[country];
  const form = useForm<LegalProfileInput>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(legalProfileSchema(country)),
    defaultValues: valuesOf(profile),
  });
  const version = useLoadedVersion(profile, form, valuesOf, legalProfileQuery());
  const { base } = version;
  const { isDirty } = form.formState;
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  const save = useMutation({
    mutationFn: (values: LegalProfileInput) => {
      const address = { ...base.address, ...values.address };
      return saveLegalProfile({
        ...base,
        companyName: values.companyName,
        address,
        primaryContact: values.primaryContact,
        companyApproverAddress: {
          ...base.companyApproverAddress,
          firstName: values.companyApprover.firstName,
          lastName: values.companyApprover.lastName,
        },
        companyApproverEmail: values.companyApprover.email,
        ...(taxRule ? { taxId: values.taxId ?? '' } : {}),
      });
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: accountKeys.identifiers() });
      // The billing profile shows the legal profile's tax ID.
      void queryClient.invalidateQueries({ queryKey: accountKeys.billing() });
      version.saved(saved);
      notify(t('legal.business.saved'));
    },
    onError: (error) => applyServerFieldErrors(error, form.setError, fieldNames),
  });
  const readOnly = !canEdit;
  const field = { form, readOnly };
  const contact = (label: string) =>
    tCommon('errorSummary.grouped', { group: t('legal.business.primaryContact'), label });
  const approver = (label: string) =>
    tCommon('errorSummary.grouped', { group: t('legal.business.approver'), label });
  const labels = {
    companyName: t('legal.business.companyName'),
    ...addressLabels,
    'primaryContact.firstName': contact(t('legal.business.firstName')),
    'primaryContact.lastName': contact(t('legal.business.lastName')),
    'primaryContact.email': contact(t('legal.business.email')),
    'primaryContact.phoneNumber': contact(t('legal.business.phone')),
    'companyApprover.firstName': approver(t('legal.business.firstName')),
    'companyApprover.lastName': approver(t('legal.business.lastName')),
    'companyApprover.email': approver(t('legal.business.email')),
    taxId: t('legal.business.taxId'),
  };

  return (
    <ProfileForm
      id="legal-business"
      title={t('legal.business.heading')}
      hint={t('legal.business.hint')}
      form={form}
      labels={labels}
      save={save}
      saveFailed={t('legal.business.saveFailed')}
      fieldNames={fieldNames}
      canEdit={canEdit}
      onReset={version.reset}
      onReloadLatest={version.reloadLatest}
    >
      <div>
        <Badge appearance="tint" color={profile.vettingStatus === 'authorized' ? 'success' : 'warning'}>
          {t('legal.business.vetting', {
            status: t(`legal.business.vettingStatus.${profile.vettingStatus}`),
          })}
        </Badge>
      </div>
      <TextField {...field} name="companyName" label={t('legal.business.companyName')} required />
      <AddressFields {...field}>
        <KeptFact label={t('legal.business.country')} hint={t('legal.business.countryHint')}>
          {t(`countries.${country as 'FR'}`, { defaultValue: country })}
        </KeptFact>
      </AddressFields>
      <Text as="h3" weight="semibold" className={styles.subheading}>
        {t('legal.business.primaryContact')}
      </Text>
      <div className={styles.grid}>
        <TextField
          {...field}
          name="primaryContact.firstName"
          label={t('legal.business.firstName')}
          required
        />
        <TextField {...field} name="primaryContact.lastName" label={t('legal.business.lastName')} required />
        <TextField
          {...field}
          name="primaryContact.email"
          label={t('legal.business.email')}
          type="email"
          required
        />
        <TextField
          {...field}
          name="primaryContact.phoneNumber"
          label={t('legal.business.phone')}
          type="tel"
          required
        />
      </div>
      <Text as="h3" weight="semibold" className={styles.subheading}>
        {t('legal.business.approver')}
      </Text>
      <Text className={styles.muted}>{t('legal.business.approverHint')}</Text>
      <div className={styles.grid}>
        <TextField
          {...field}
          name="companyApprover.firstName"
          label={t('legal.business.firstName')}
          required
        />
        <TextField {...field} name="companyApprover.lastName" label={t('legal.business.lastName')} required />
        <TextField
          {...field}
          name="companyApprover.email"
          label={t('legal.business.email')}
          type="email"
          required
        />
      </div>
      {taxRule ? (
        <TextField
          {...field}
          name="taxId"
          label={t('legal.business.taxId')}
          hint={t('legal.business.taxIdHint', {
            country: t(`countries.${country as 'FR'}`, { defaultValue: country }),
            example: taxRule.example,
          })}
          required
        />
      ) : null}
    </ProfileForm>
  );
}
