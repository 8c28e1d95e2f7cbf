import { Text } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CardTitle } from '@/components/card-title';
import { ErrorState } from '@/components/error-state';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { applyServerFieldErrors, hasFieldErrors } from '@/components/form-errors';
import { useNotify } from '@/components/notify';
import { SaveResetActions } from '@/components/save-reset-actions';
import { TextField } from '@/components/text-field';
import { supportProfileSchema, type SupportProfileInput } from '@/lib/account-rules';
import type { PartnerSupportProfile } from '@/lib/api-types/account';
import { accountKeys } from '../api/keys';
import { saveSupportProfile } from '../api/profile';
import { useFormStyles } from './legal-business-form';

const valuesOf = ({ email, telephone, website }: PartnerSupportProfile): SupportProfileInput => ({
  email,
  telephone,
  website,
});

const fieldNames = ['email', 'telephone', 'website'];

/** How the partner's customers reach its support (get/update-support-profile). */
export function SupportProfileForm({
  profile,
  canEdit,
  onDirtyChange,
}: {
  profile: PartnerSupportProfile;
  canEdit: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation('accountSettings');
  const styles = useFormStyles();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useForm<SupportProfileInput>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(supportProfileSchema),
    defaultValues: valuesOf(profile),
  });
  const { isDirty } = form.formState;
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  const save = useMutation({
    mutationFn: (values: SupportProfileInput) => saveSupportProfile({ ...profile, ...values }),
    onSuccess: (saved) => {
      queryClient.setQueryData(accountKeys.support(), saved);
      form.reset(valuesOf(saved));
      notify(t('legal.support.saved'));
    },
    onError: (error) => applyServerFieldErrors(error, form.setError, fieldNames),
  });
  const field = { form, readOnly: !canEdit };
  const labels = {
    email: t('legal.support.email'),
    telephone: t('legal.support.telephone'),
    website: t('legal.support.website'),
  };

  return (
    <form
      noValidate
      className={styles.form}
      aria-labelledby="support-profile-heading"
      onSubmit={form.handleSubmit((values) => save.mutate(values))}
    >
      <CardTitle id="support-profile-heading" size={500}>
        {t('legal.support.heading')}
      </CardTitle>
      <ErrorSummary form={form} labels={labels} />
      <Text className={styles.muted}>{t('legal.support.hint')}</Text>
      <div className={styles.grid}>
        <TextField {...field} name="email" label={labels.email} type="email" required />
        <TextField {...field} name="telephone" label={labels.telephone} type="tel" required />
        <TextField {...field} name="website" label={labels.website} type="url" required />
      </div>
      {save.isError ? (
        <ErrorState
          error={save.error}
          title={t('legal.support.saveFailed')}
          messageAtFields={hasFieldErrors(save.error, fieldNames)}
        />
      ) : null}
      {canEdit ? (
        <SaveResetActions
          isDirty={isDirty}
          isPending={save.isPending}
          onReset={() => form.reset(valuesOf(profile))}
        />
      ) : null}
    </form>
  );
}
