import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/notify';
import { industries, partnerProfileSchema, type PartnerProfileInput } from '@/lib/account-rules';
import type { PartnerProfile } from '@/lib/api-types/account';
import { partnerProfileQuery, savePartnerProfile } from '../api/profile';
import { applyServerFieldErrors, useRuleMessage } from '@/components/form-errors';
import { TextField } from '@/components/text-field';
import { errorSummaryFormOptions } from '@/components/error-summary';
import { ProfileForm, useFormStyles, useLoadedVersion } from './profile-form';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  options: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const valuesOf = (profile: PartnerProfile): PartnerProfileInput => ({
  publicName: profile.publicName,
  website: profile.website,
  description: profile.description,
  industries: profile.industries as PartnerProfileInput['industries'],
});

const partnerFields = ['publicName', 'website', 'description', 'industries'];

export function PartnerProfileForm({
  profile,
  canEdit,
  onDirtyChange,
}: {
  profile: PartnerProfile;
  canEdit: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation('accountSettings');
  const styles = { ...useFormStyles(), ...useStyles() };
  const ruleMessage = useRuleMessage();
  const notify = useNotify();
  const hintId = useId();
  const form = useForm<PartnerProfileInput>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(partnerProfileSchema),
    defaultValues: valuesOf(profile),
  });
  const version = useLoadedVersion(profile, form, valuesOf, partnerProfileQuery());
  const { base } = version;
  const { isDirty, errors } = form.formState;
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  const save = useMutation({
    mutationFn: (values: PartnerProfileInput) => savePartnerProfile({ ...base, ...values }),
    onSuccess: (saved) => {
      version.saved(saved);
      notify(t('legal.partner.saved'));
    },
    onError: (error) => applyServerFieldErrors(error, form.setError, partnerFields),
  });
  const industriesError = ruleMessage(errors.industries?.message);
  const field = { form, readOnly: !canEdit };

  return (
    <ProfileForm
      id="partner-profile"
      title={t('legal.partner.heading')}
      hint={t('legal.partner.hint')}
      form={form}
      labels={{
        publicName: t('legal.partner.publicName'),
        website: t('legal.partner.website'),
        description: t('legal.partner.description'),
        industries: t('legal.partner.industries'),
      }}
      save={save}
      saveFailed={t('legal.partner.saveFailed')}
      fieldNames={partnerFields}
      canEdit={canEdit}
      onReset={version.reset}
      onReloadLatest={version.reloadLatest}
    >
      <div className={styles.grid}>
        <TextField {...field} name="publicName" label={t('legal.partner.publicName')} required />
        <TextField {...field} name="website" label={t('legal.partner.website')} type="url" required />
      </div>
      <TextField {...field} name="description" label={t('legal.partner.description')} multiline />
      <Controller
        control={form.control}
        name="industries"
        render={({ field: { value, onChange } }) => (
          <fieldset className={styles.fieldset} aria-describedby={hintId} data-error-target="industries">
            <legend className={styles.legend}>{t('legal.partner.industries')}</legend>
            <Text id={hintId} size={200} className={styles.muted}>
              {t('legal.partner.industriesHint')}
            </Text>
            <div className={styles.options}>
              {industries.map((industry) => (
                <Checkbox
                  key={industry}
                  label={t(`industries.${industry}`)}
                  checked={value.includes(industry)}
                  disabled={!canEdit}
                  onChange={(_event, data) =>
                    onChange(
                      data.checked
                        ? industries.filter((i) => i === industry || value.includes(i))
                        : value.filter((i) => i !== industry),
                    )
                  }
                />
              ))}
            </div>
            {industriesError ? (
              <Text role="alert" className={styles.error}>
                {industriesError}
              </Text>
            ) : null}
          </fieldset>
        )}
      />
    </ProfileForm>
  );
}
