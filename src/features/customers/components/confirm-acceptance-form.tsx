import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { useSingleSubmit } from '@/components/use-single-submit';
import { useNotify } from '@/components/notify';
import { TextField } from '@/components/text-field';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { ApiError } from '@/lib/api-error';
import { agreementErrorCodes, type Agreement } from '@/lib/api-types/agreements';
import { now } from '@/lib/clock';
import {
  agreementFormSchema,
  latestAgreedDay,
  sameContact,
  type AgreementFormValues,
} from '@/lib/compliance-rules';
import { errorMessage } from '@/lib/error-message';
import { useFormatters } from '@/lib/locale';
import { complianceKeys, confirmAgreement, mcaMetadataQuery } from '../compliance-api';
import { serverFieldMessage } from '../compliance-form';
import { useWorkspaceFormClassName } from './workspace-section';
import { contactText } from './agreement-table';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    // An error or a hint under one field must not stretch its neighbours' inputs.
    alignItems: 'start',
    gap: tokens.spacingVerticalM,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: 0, overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

const today = () => latestAgreedDay(now());
const emptyForm = (): AgreementFormValues => ({
  firstName: '',
  lastName: '',
  email: '',
  phoneNumber: '',
  dateAgreed: today(),
});
const formFields = ['firstName', 'lastName', 'email', 'phoneNumber', 'dateAgreed'] as const;

/** Records the customer's acceptance: the contact, the day, and the template the API names. */
export function ConfirmAcceptanceForm({
  customerId,
  company,
  existing,
  returnTo,
}: {
  customerId: string;
  company: string;
  existing: Agreement[];
  returnTo: string | undefined;
}) {
  const { t } = useTranslation('customers');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const formClassName = useWorkspaceFormClassName();
  const format = useFormatters();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const metadata = useQuery(mcaMetadataQuery());
  const schema = useMemo(() => agreementFormSchema(now), []);
  const form = useForm<AgreementFormValues>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(schema),
    defaultValues: emptyForm(),
  });
  const [leaving, setLeaving] = useState(false);
  useEffect(() => {
    if (leaving && returnTo) void navigate(returnTo);
  }, [leaving, returnTo, navigate]);

  const confirm = useMutation({
    mutationFn: (values: AgreementFormValues) => {
      if (!metadata.data) throw new Error('template not loaded');
      const phone = values.phoneNumber?.trim();
      return confirmAgreement(customerId, {
        primaryContact: {
          firstName: values.firstName.trim(),
          lastName: values.lastName.trim(),
          email: values.email.trim(),
          ...(phone ? { phoneNumber: phone } : {}),
        },
        templateId: metadata.data.templateId,
        dateAgreed: `${values.dateAgreed}T00:00:00Z`,
      });
    },
    onSuccess: async () => {
      // Saved: the form is clean at once. Reset only after the list had been read again, it still
      // counted as unsaved for that long, and leaving the tab then asked "Leave without saving?".
      form.reset(emptyForm());
      notify(t('agreements.confirmed', { company }));
      // The list alone: a recorded attestation does not change the customer's direct acceptance.
      await queryClient.invalidateQueries({ queryKey: complianceKeys.agreements(customerId), exact: true });
      // Back where the partner came from (the cart), with the new attestation already read.
      if (returnTo) setLeaving(true);
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.status !== 400) return;
      let first = true;
      for (const detail of error.fieldErrors()) {
        const name = detail.field.replace(/^primaryContact\./, '');
        if (!(formFields as readonly string[]).includes(name)) continue;
        form.setError(
          name as (typeof formFields)[number],
          { type: 'server', message: serverFieldMessage(detail) },
          { shouldFocus: first },
        );
        first = false;
      }
    },
  });

  const duplicate =
    confirm.error instanceof ApiError && confirm.error.hasCode(agreementErrorCodes.alreadyExists);
  const submitted = confirm.variables;
  const duplicateOf =
    duplicate && submitted
      ? existing.find((item) =>
          sameContact(item.primaryContact, {
            firstName: submitted.firstName,
            lastName: submitted.lastName,
            email: submitted.email,
            phoneNumber: submitted.phoneNumber ?? '',
          }),
        )
      : undefined;

  const submit = useSingleSubmit(form.handleSubmit, (values) => confirm.mutateAsync(values));

  return (
    <form noValidate aria-labelledby="confirm-acceptance-heading" onSubmit={submit} className={formClassName}>
      <ErrorSummary
        form={form}
        labels={{
          firstName: t('agreements.firstName'),
          lastName: t('agreements.lastName'),
          email: t('agreements.email'),
          phoneNumber: t('agreements.phone'),
          dateAgreed: t('agreements.dateAgreed'),
        }}
      />
      <Text>{t('agreements.confirmIntro', { company })}</Text>
      {duplicate ? (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('agreements.duplicateTitle')}</MessageBarTitle>
            {duplicateOf
              ? t('agreements.duplicate', {
                  contact: contactText(duplicateOf.primaryContact),
                  date: format.date(duplicateOf.dateAgreed),
                })
              : confirm.error instanceof ApiError
                ? confirm.error.description
                : null}
          </MessageBarBody>
        </MessageBar>
      ) : confirm.isError &&
        !(
          confirm.error instanceof ApiError &&
          confirm.error.status === 400 &&
          confirm.error.fieldErrors().length > 0
        ) ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('agreements.failed')}</MessageBarTitle>
            {errorMessage(confirm.error, tCommon)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {duplicateOf ? <ExistingAttestation agreement={duplicateOf} /> : null}
      <div className={styles.grid}>
        <TextField form={form} name="firstName" label={t('agreements.firstName')} required />
        <TextField form={form} name="lastName" label={t('agreements.lastName')} required />
        <TextField form={form} name="email" label={t('agreements.email')} type="email" required />
        <TextField
          form={form}
          name="phoneNumber"
          label={t('agreements.phone')}
          hint={t('agreements.phoneHint')}
          type="tel"
        />
        <TextField
          form={form}
          name="dateAgreed"
          label={t('agreements.dateAgreed')}
          hint={t('agreements.dateAgreedHint')}
          type="date"
          required
        />
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('agreements.agreementType')}</dt>
        <dd className={styles.detail}>{t('agreements.mca')}</dd>
        <dt className={styles.term}>{t('agreements.templateId')}</dt>
        <dd className={styles.detail}>
          {metadata.data ? (
            <span className={styles.mono}>{metadata.data.templateId}</span>
          ) : metadata.isError ? (
            t('agreements.templateFailed')
          ) : (
            t('agreements.templateLoading')
          )}
        </dd>
      </dl>
      {metadata.data ? (
        <Link href={metadata.data.agreementLink} target="_blank" rel="noreferrer" inline>
          {t('agreements.readAgreement')}
        </Link>
      ) : null}
      <div>
        <Button appearance="primary" type="submit" disabled={confirm.isPending || !metadata.data}>
          {confirm.isPending ? t('agreements.submitting') : t('agreements.submit')}
        </Button>
      </div>
      <UnsavedChangesGuard when={form.formState.isDirty && !leaving} />
    </form>
  );
}

/** The attestation a duplicate matched, shown next to the refusal. */

function ExistingAttestation({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('customers');
  const styles = useStyles();
  const format = useFormatters();
  return (
    <dl className={styles.facts}>
      <dt className={styles.term}>{t('agreements.columns.contact')}</dt>
      <dd className={styles.detail}>{contactText(agreement.primaryContact)}</dd>
      <dt className={styles.term}>{t('agreements.columns.dateAgreed')}</dt>
      <dd className={styles.detail}>{format.date(agreement.dateAgreed)}</dd>
      <dt className={styles.term}>{t('agreements.columns.template')}</dt>
      <dd className={styles.detail}>{agreement.templateId}</dd>
    </dl>
  );
}
