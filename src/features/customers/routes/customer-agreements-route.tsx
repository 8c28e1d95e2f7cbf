import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { AppLink } from '@/components/app-link';
import { ErrorState } from '@/components/error-state';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { useSingleSubmit } from '@/components/use-single-submit';
import { useNotify } from '@/components/notify';
import { LoadingBlock } from '@/components/page-state';
import { PageHeader } from '@/components/page-header';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { TextField } from '@/components/text-field';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { TableScroller } from '@/components/table-scroller';
import { api } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { agreementErrorCodes, type Agreement, type AgreementContact } from '@/lib/api-types/agreements';
import type { PartnerUser } from '@/lib/api-types/users';
import { useCan } from '@/lib/auth';
import { now } from '@/lib/clock';
import {
  agreementFormSchema,
  latestAgreedDay,
  sameContact,
  type AgreementFormValues,
} from '@/lib/compliance-rules';
import { errorMessage } from '@/lib/error-message';
import { useFormatters } from '@/lib/locale';
import { customerQuery } from '../api';
import {
  complianceKeys,
  confirmAgreement,
  customerAgreementsQuery,
  directSignStatusQuery,
  mcaMetadataQuery,
} from '../compliance-api';
import { safeReturnPath, serverFieldMessage } from '../compliance-form';
import { useWorkspaceFormClassName, WorkspaceSection } from '../components/workspace-section';

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
  // The table's columns share its width equally: an email longer than its column ran into the next.
  wrapAnywhere: { overflowWrap: 'anywhere' },
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

function contactText(contact: AgreementContact): string {
  return [`${contact.firstName} ${contact.lastName}`, contact.email, contact.phoneNumber]
    .filter(Boolean)
    .join(', ');
}

export function Component() {
  const { customerId = '' } = useParams();
  const { t } = useTranslation('customers');
  const [search] = useSearchParams();
  const returnTo = safeReturnPath(search.get('returnTo'));
  const customer = useQuery(customerQuery(customerId));
  const agreements = useQuery(customerAgreementsQuery(customerId));
  // Waited for, so the table never says "missing" a moment before it says "accepted directly";
  // when it cannot be read, the page says what the attestations alone say.
  const directSign = useQuery(directSignStatusQuery(customerId));
  const canConfirm = useCan('agreements.create');
  const company = customer.data?.companyProfile.companyName ?? customer.data?.companyProfile.domain ?? '';

  return (
    <>
      <PageHeader title={t('agreements.title')} description={t('agreements.description')} />
      {returnTo ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('agreements.returnNotice')} <AppLink to={returnTo}>{t('agreements.backToCart')}</AppLink>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {agreements.error ? (
        <ErrorState error={agreements.error} onRetry={() => void agreements.refetch()} />
      ) : !agreements.data || directSign.isPending ? (
        <LoadingBlock rows={3} />
      ) : (
        <AgreementTable
          agreements={agreements.data}
          company={company}
          signedDirectly={directSign.data === true}
        />
      )}
      <WorkspaceSection headingId="confirm-acceptance-heading" title={t('agreements.confirmTitle')}>
        {canConfirm === false ? (
          <ReadOnlyNotice message={t('agreements.readOnly')} />
        ) : canConfirm && agreements.data ? (
          <ConfirmAcceptanceForm
            customerId={customerId}
            company={company}
            existing={agreements.data}
            returnTo={returnTo}
          />
        ) : null}
      </WorkspaceSection>
    </>
  );
}

function AgreementTable({
  agreements,
  company,
  signedDirectly,
}: {
  agreements: Agreement[];
  company: string;
  signedDirectly: boolean;
}) {
  const { t } = useTranslation('customers');
  const styles = useStyles();
  const format = useFormatters();
  const userIds = [...new Set(agreements.map((item) => item.userId))];
  const users = useQueries({
    queries: userIds.map((userId) => ({
      queryKey: ['users', 'detail', userId],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<PartnerUser>(`/v1/users/${encodeURIComponent(userId)}`, { signal }),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  const names = new Map(userIds.map((id, i) => [id, users[i]?.data?.displayName ?? id]));
  if (agreements.length === 0) {
    return (
      <MessageBar intent={signedDirectly ? 'success' : 'warning'}>
        <MessageBarBody>
          {t(signedDirectly ? 'agreements.signedDirectlyOnly' : 'agreements.none', { company })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const sorted = [...agreements].sort((a, b) => b.dateAgreed.localeCompare(a.dateAgreed));
  return (
    <>
      {signedDirectly ? <Text block>{t('agreements.signedDirectlyToo', { company })}</Text> : null}
      <TableScroller label={t('agreements.tableLabel')} minWidth="640px">
        <Table aria-label={t('agreements.tableLabel')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('agreements.columns.type')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.columns.template')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.columns.contact')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.columns.dateAgreed')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.columns.attestedBy')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sorted.map((item, index) => {
              return (
                <TableRow key={`${item.dateAgreed}-${index}`}>
                  <TableCell>
                    {item.type === 'MicrosoftCustomerAgreement'
                      ? t('agreements.mca')
                      : t('agreements.mcloud')}
                  </TableCell>
                  <TableCell>
                    <span className={styles.mono}>{item.templateId}</span>
                  </TableCell>
                  <TableCell className={styles.wrapAnywhere}>{contactText(item.primaryContact)}</TableCell>
                  <TableCell>{format.date(item.dateAgreed)}</TableCell>
                  <TableCell>{names.get(item.userId)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableScroller>
    </>
  );
}

function ConfirmAcceptanceForm({
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
      await queryClient.invalidateQueries({ queryKey: complianceKeys.agreements(customerId) });
      notify(t('agreements.confirmed', { company }));
      form.reset(emptyForm());
      // Back where the partner came from (the cart), once the guard below no longer holds them.
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
