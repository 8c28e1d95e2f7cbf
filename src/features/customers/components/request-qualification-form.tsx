import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useController, useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { useSingleSubmit } from '@/components/use-single-submit';
import { useRuleMessage } from '@/components/form-errors';
import { useNotify } from '@/components/notify';
import { TextField } from '@/components/text-field';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { ApiError } from '@/lib/api-error';
import {
  educationSegments,
  settableQualifications,
  type QualificationRequest,
} from '@/lib/api-types/agreements';
import { qualificationRequestSchema, type QualificationRequestInput } from '@/lib/compliance-rules';
import { errorMessage } from '@/lib/error-message';
import { complianceKeys, gccValidationCodesQuery, requestQualification } from '../compliance-api';
import { serverFieldMessage } from '../compliance-form';
import { useWorkspaceFormClassName } from './workspace-section';

const useStyles = makeStyles({
  codes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  codesTitle: { margin: 0 },
  codeList: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  code: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

type FormValues = {
  qualification: string;
  educationSegment: string;
  website: string;
  validationCode: string;
};
const emptyForm: FormValues = { qualification: '', educationSegment: '', website: '', validationCode: '' };
const formFields = ['qualification', 'educationSegment', 'website', 'validationCode'] as const;

/** What the form sends: only the fields the chosen qualification takes. */
function toRequest(values: FormValues): QualificationRequestInput {
  switch (values.qualification) {
    case 'Education':
      return {
        qualification: 'Education',
        ...(values.educationSegment ? { educationSegment: values.educationSegment as 'K12' } : {}),
        ...(values.website.trim() ? { website: values.website.trim() } : {}),
      };
    case 'GovernmentCommunityCloud':
      return {
        qualification: 'GovernmentCommunityCloud',
        ...(values.validationCode.trim() ? { validationCode: values.validationCode.trim() } : {}),
      };
    default:
      return { qualification: values.qualification as 'StateOwnedEntity' };
  }
}

function ChoiceField({
  form,
  name,
  label,
  hint,
  options,
}: {
  form: UseFormReturn<FormValues>;
  name: 'qualification' | 'educationSegment';
  label: string;
  hint?: string;
  options: Array<{ value: string; label: string }>;
}) {
  const ruleMessage = useRuleMessage();
  const { field, fieldState } = useController({ control: form.control, name });
  return (
    <Field label={label} hint={hint} required validationMessage={ruleMessage(fieldState.error?.message)}>
      <RadioGroup
        name={field.name}
        value={field.value}
        onChange={(_event, data) => field.onChange(data.value)}
        onBlur={field.onBlur}
      >
        {options.map((option, index) => (
          <Radio
            key={option.value}
            value={option.value}
            label={option.label}
            {...(index === 0 ? { ref: field.ref } : {})}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** Asks Microsoft to vet a qualification: Education with its segment, GCC with a validation code, or state-owned. */
export function RequestQualificationForm({ customerId, company }: { customerId: string; company: string }) {
  const { t } = useTranslation('customers');
  const { t: tCommon } = useTranslation();
  const formClassName = useWorkspaceFormClassName();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useForm<FormValues>({
    ...errorSummaryFormOptions,
    defaultValues: emptyForm,
    // The shared rules validate exactly what will be sent.
    resolver: async (values, context, options) => {
      if (!values.qualification) {
        return { values: {}, errors: { qualification: { type: 'required', message: 'required' } } };
      }
      const result = await zodResolver(qualificationRequestSchema)(
        toRequest(values),
        context,
        options as never,
      );
      return Object.keys(result.errors).length > 0
        ? { values: {}, errors: result.errors }
        : { values, errors: {} };
    },
  });
  const qualification = useWatch({ control: form.control, name: 'qualification' });

  const request = useMutation({
    mutationFn: (values: FormValues) =>
      requestQualification(customerId, toRequest(values) as QualificationRequest),
    onSuccess: async (created) => {
      // Saved: the form is clean at once, not only once both lists have been read again (leaving
      // the tab meanwhile asked "Leave without saving?").
      form.reset(emptyForm);
      notify(
        t('qualifications.requested', {
          qualification: t(`qualifications.names.${created.qualification}`),
          company,
        }),
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: complianceKeys.qualifications(customerId) }),
        // A GCC request used up one of its code's creates.
        queryClient.invalidateQueries({ queryKey: complianceKeys.gccValidationCodes() }),
      ]);
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.status !== 400) return;
      let first = true;
      for (const detail of error.fieldErrors()) {
        if (!(formFields as readonly string[]).includes(detail.field)) continue;
        form.setError(
          detail.field as (typeof formFields)[number],
          { type: 'server', message: serverFieldMessage(detail) },
          { shouldFocus: first },
        );
        first = false;
      }
    },
  });
  const placedAtFields =
    request.error instanceof ApiError &&
    request.error.fieldErrors().some((detail) => (formFields as readonly string[]).includes(detail.field));

  const submit = useSingleSubmit(form.handleSubmit, (values) => request.mutateAsync(values));

  return (
    <form
      noValidate
      aria-labelledby="request-qualification-heading"
      onSubmit={submit}
      className={formClassName}
    >
      <ErrorSummary
        form={form}
        labels={{
          qualification: t('qualifications.qualification'),
          educationSegment: t('qualifications.segment'),
          website: t('qualifications.website'),
          validationCode: t('qualifications.validationCode'),
        }}
      />
      <Text>{t('qualifications.requestIntro')}</Text>
      {request.isError && !placedAtFields ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('qualifications.failed')}</MessageBarTitle>
            {errorMessage(request.error, tCommon)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ChoiceField
        form={form}
        name="qualification"
        label={t('qualifications.qualification')}
        options={settableQualifications.map((value) => ({
          value,
          label: t(`qualifications.names.${value}`),
        }))}
      />
      {qualification === 'Education' ? (
        <>
          <ChoiceField
            form={form}
            name="educationSegment"
            label={t('qualifications.segment')}
            hint={t('qualifications.segmentHint')}
            options={educationSegments.map((value) => ({
              value,
              label: t(`qualifications.segments.${value}`),
            }))}
          />
          <TextField
            form={form}
            name="website"
            label={t('qualifications.website')}
            hint={t('qualifications.websiteHint')}
            type="url"
          />
        </>
      ) : null}
      {qualification === 'GovernmentCommunityCloud' ? (
        <>
          <TextField
            form={form}
            name="validationCode"
            label={t('qualifications.validationCode')}
            hint={t('qualifications.validationCodeHint')}
            required
          />
          <GccValidationCodes
            onUse={(code) => {
              form.setValue('validationCode', code, {
                shouldDirty: true,
                shouldValidate: form.formState.isSubmitted,
              });
              // Focus on the field reads out what it now holds.
              form.setFocus('validationCode');
            }}
          />
        </>
      ) : null}
      {qualification === 'StateOwnedEntity' ? <Text>{t('qualifications.stateOwnedHint')}</Text> : null}
      <div>
        <Button appearance="primary" type="submit" disabled={request.isPending}>
          {request.isPending ? t('qualifications.submitting') : t('qualifications.submit')}
        </Button>
      </div>
      <UnsavedChangesGuard when={form.formState.isDirty} />
    </form>
  );
}

/**
 * The partner's GCC validation codes, each with what it has left and a button that puts it in the
 * field; the field still takes a code typed by hand.
 */
function GccValidationCodes({ onUse }: { onUse: (code: string) => void }) {
  const { t } = useTranslation('customers');
  const styles = useStyles();
  const codes = useQuery(gccValidationCodesQuery());
  if (codes.isPending) return <Text>{t('qualifications.codes.loading')}</Text>;
  if (codes.error) return <Text>{t('qualifications.codes.unavailable')}</Text>;
  if (codes.data.length === 0) return <Text>{t('qualifications.codes.none')}</Text>;
  return (
    <section aria-labelledby="gcc-validation-codes" className={styles.codes}>
      <Text as="h4" weight="semibold" id="gcc-validation-codes" className={styles.codesTitle}>
        {t('qualifications.codes.title')}
      </Text>
      <ul className={styles.codeList}>
        {codes.data.map((code) => {
          const usedUp = code.remainingCreates === 0;
          return (
            <li key={code.validationId} className={styles.code}>
              <Text>
                <strong>{code.validationId}</strong>{' '}
                {code.remainingCreates === undefined
                  ? code.organizationName
                  : usedUp
                    ? t('qualifications.codes.usedUp', {
                        organization: code.organizationName,
                        max: code.maxCreates,
                      })
                    : t('qualifications.codes.left', {
                        organization: code.organizationName,
                        count: code.remainingCreates,
                        max: code.maxCreates,
                      })}
              </Text>
              {usedUp ? null : (
                <Button size="small" onClick={() => onUse(code.validationId)}>
                  {t('qualifications.codes.use', { code: code.validationId })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
