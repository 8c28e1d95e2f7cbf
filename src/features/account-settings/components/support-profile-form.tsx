import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorSummaryFormOptions } from '@/components/error-summary';
import { applyServerFieldErrors } from '@/components/form-errors';
import { useNotify } from '@/components/notify';
import { TextField } from '@/components/text-field';
import { supportProfileSchema, type SupportProfileInput } from '@/lib/account-rules';
import type { PartnerSupportProfile } from '@/lib/api-types/account';
import { accountKeys } from '../api/keys';
import { saveSupportProfile } from '../api/profile';
import { ProfileForm, useFormStyles } from './profile-form';

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
    <ProfileForm
      id="support-profile"
      title={t('legal.support.heading')}
      hint={t('legal.support.hint')}
      form={form}
      labels={labels}
      save={save}
      saveFailed={t('legal.support.saveFailed')}
      fieldNames={fieldNames}
      canEdit={canEdit}
      onReset={() => form.reset(valuesOf(profile))}
    >
      <div className={styles.grid}>
        <TextField {...field} name="email" label={labels.email} type="email" required />
        <TextField {...field} name="telephone" label={labels.telephone} type="tel" required />
        <TextField {...field} name="website" label={labels.website} type="url" required />
      </div>
    </ProfileForm>
  );
}
