import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConflictNotice, ReappliedNotice } from '@/components/conflict-notice';
import { ErrorState } from '@/components/error-state';
import { usePageHeadingLevel } from '@/components/heading-level';
import { useNotify } from '@/components/notify';
import { PageHeader } from '@/components/page-header';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { ApiError } from '@/lib/api-error';
import type { Customer, CustomerBillingProfile } from '@/lib/api-types/customers';
import { useCan, useSignedInUser } from '@/lib/auth';
import { errorMessage } from '@/lib/error-message';
import {
  billingProfileQuery,
  countryRulesQuery,
  customerKeys,
  customerQuery,
  saveAccount,
  type SavedAccount,
} from '../api';
import { ErrorSummary } from '@/components/error-summary';
import { useSingleSubmit } from '@/components/use-single-submit';
import { BillingFields, useCustomerFieldLabels, useCustomerFormStyles } from '../components/customer-fields';
import { addressFromForm, emptyCustomerForm, type CustomerFormValues } from '../customer-form';
import { missingScreeningFields } from '../rules';
import { useCustomerForm } from '../use-customer-form';
import { AddressCheck } from '../components/address-check';

const useStyles = makeStyles({
  stack: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalL,
    // The notices' stack is there even when it has nothing to say; then it takes no room.
    ':empty': { display: 'none' },
  },
  // The section's gap spaces its title, not the browser's heading margins.
  sectionTitle: { margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  skeletonRow: { marginBottom: tokens.spacingVerticalM },
});

function formValues(customer: Customer, profile: CustomerBillingProfile): CustomerFormValues {
  const a = profile.defaultAddress;
  return {
    ...emptyCustomerForm,
    companyName: customer.companyProfile.companyName ?? profile.companyName,
    domain: customer.companyProfile.domain,
    email: profile.email,
    addressLine1: a.addressLine1 ?? '',
    addressLine2: a.addressLine2 ?? '',
    addressLine3: a.addressLine3 ?? '',
    city: a.city ?? '',
    state: a.state ?? '',
    postalCode: a.postalCode ?? '',
    country: a.country ?? '',
    firstName: a.firstName ?? '',
    middleName: a.middleName ?? '',
    lastName: a.lastName ?? '',
    phoneNumber: a.phoneNumber ?? '',
    organizationRegistrationNumber: customer.companyProfile.organizationRegistrationNumber ?? '',
  };
}

export function Component() {
  const { customerId = '' } = useParams();
  const { t } = useTranslation('customers');
  const customer = useQuery(customerQuery(customerId));
  const billing = useQuery(billingProfileQuery(customerId));
  const styles = useStyles();
  const error = customer.error ?? billing.error;
  // The form is the heaviest render of the workspace: it follows the header's commit as a
  // background render, which React slices, instead of lengthening the task that paints the name.
  const formMayRender = useDeferredValue(Boolean(customer.data && billing.data), false);

  if (error) {
    const notFound = error instanceof ApiError && error.status === 404;
    return (
      <>
        <PageHeader title={t('title')} />
        <ErrorState
          error={error}
          title={notFound ? t('account.notFound') : undefined}
          onRetry={
            notFound
              ? undefined
              : () => {
                  void customer.refetch();
                  void billing.refetch();
                }
          }
        />
      </>
    );
  }
  if (!customer.data || !billing.data || !formMayRender) {
    return (
      <>
        <PageHeader title={t('title')} />
        <Skeleton aria-label={t('account.loading')}>
          {Array.from({ length: 6 }, (_, i) => (
            <SkeletonItem key={i} size={32} className={styles.skeletonRow} />
          ))}
        </Skeleton>
      </>
    );
  }
  // Keyed by the customer: a different customer gets a fresh form, never the previous one's edits.
  return <AccountForm key={customerId} customer={customer.data} billing={billing.data} />;
}

function AccountForm({ customer: initialCustomer, billing }: { customer: Customer; billing: SavedAccount }) {
  const { t } = useTranslation('customers');
  const { t: tCommon } = useTranslation();
  const { t: tRoles } = useTranslation('roles');
  const styles = useStyles();
  const formStyles = useCustomerFormStyles();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const me = useSignedInUser();
  const canEdit = useCan('customers.update');
  const readOnly = canEdit !== true;
  const headingLevel = usePageHeadingLevel();

  // What the form was loaded from: the ETag is the If-Match of the next save.
  const [base, setBase] = useState({ customer: initialCustomer, ...billing });
  const [conflict, setConflict] = useState(false);
  const [reapplied, setReapplied] = useState(false);
  const { form, showFailure, refusedAtFields, rules, rulesLoading, rulesError } = useCustomerForm(
    'edit',
    formValues(base.customer, base.profile),
  );
  const { control, handleSubmit, formState, reset } = form;
  const labels = useCustomerFieldLabels(rules);
  const company = base.customer.companyProfile.companyName ?? base.customer.companyProfile.domain;

  const savedRules = useQuery(countryRulesQuery(base.profile.defaultAddress.country || 'XX'));
  const missing = missingScreeningFields(base.customer, savedRules.data);

  const save = useMutation({
    mutationFn: (values: CustomerFormValues) => {
      const inn = values.organizationRegistrationNumber;
      return saveAccount({
        customerId: base.customer.id,
        etag: base.etag,
        profile: {
          ...base.profile,
          email: values.email.trim(),
          firstName: values.firstName.trim(),
          lastName: values.lastName.trim(),
          defaultAddress: addressFromForm(values),
        },
        organizationRegistrationNumber:
          inn !== (base.customer.companyProfile.organizationRegistrationNumber ?? '') ? inn : undefined,
      });
    },
    onSuccess: (saved, values) => {
      const { organizationRegistrationNumber: _old, ...companyRest } = base.customer.companyProfile;
      const customer: Customer = {
        ...base.customer,
        companyProfile: values.organizationRegistrationNumber
          ? { ...companyRest, organizationRegistrationNumber: values.organizationRegistrationNumber }
          : companyRest,
        billingProfile: saved.profile,
      };
      setBase({ customer, ...saved });
      setConflict(false);
      setReapplied(false);
      reset(formValues(customer, saved.profile));
      queryClient.setQueryData(customerKeys.detail(customer.id), customer);
      queryClient.setQueryData(customerKeys.billing(customer.id), saved);
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
      notify(t('account.saved', { company }));
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 412) {
        setConflict(true);
        return;
      }
      showFailure(error);
    },
  });
  const submit = useSingleSubmit(handleSubmit, (values) => save.mutateAsync(values));

  const reloadAndReapply = async () => {
    const [customer, latest] = await Promise.all([
      queryClient.fetchQuery({ ...customerQuery(base.customer.id), staleTime: 0 }),
      queryClient.fetchQuery({ ...billingProfileQuery(base.customer.id), staleTime: 0 }),
    ]);
    setBase({ customer, ...latest });
    // The fields the user changed keep their values; every other field takes the latest.
    reset(formValues(customer, latest.profile), { keepDirtyValues: true });
    setConflict(false);
    setReapplied(true);
    save.reset();
  };

  const forbidden = save.error instanceof ApiError && save.error.isRoleRefusal();
  const roleNames = [...(me.data?.user.commercialRoles ?? []), ...(me.data?.user.developerRoles ?? [])]
    .map((role) => tRoles(`${role}.name`))
    .join(', ');
  const fieldName = (f: string) => (f === 'phoneNumber' ? t('gate.missingPhone') : t('gate.missingInn'));

  return (
    <>
      <PageHeader title={t('account.title', { company })} description={t('account.description')} />
      <div className={styles.stack}>
        {canEdit === false ? (
          <ReadOnlyNotice
            title={t('account.readOnlyTitle')}
            message={t('account.readOnly', { roles: roleNames })}
          />
        ) : null}
        {missing.length > 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{t('account.missingTitle')}</MessageBarTitle>
              {t('account.missing', { fields: missing.map(fieldName).join(', ') })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {conflict ? (
          <ConflictNotice message={t('account.conflict')} onReload={() => void reloadAndReapply()} />
        ) : null}
        {reapplied ? <ReappliedNotice /> : null}
        {save.isError && !conflict ? (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('account.saveFailed')}</MessageBarTitle>
              {forbidden
                ? t('account.forbidden')
                : refusedAtFields
                  ? null
                  : errorMessage(save.error, tCommon)}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>

      <section aria-labelledby="company-profile-heading" className={styles.stack}>
        <Text
          as={headingLevel === 1 ? 'h2' : 'h3'}
          size={500}
          weight="semibold"
          id="company-profile-heading"
          className={styles.sectionTitle}
        >
          {t('account.companyProfile')}
        </Text>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('fields.companyName')}</dt>
          <dd className={styles.detail}>{company}</dd>
          <dt className={styles.term}>{t('fields.domain')}</dt>
          <dd className={styles.detail}>{base.customer.companyProfile.domain}</dd>
          <dt className={styles.term}>{t('fields.tenantId')}</dt>
          <dd className={styles.detail}>{base.customer.companyProfile.tenantId}</dd>
        </dl>
      </section>

      <form noValidate aria-label={t('account.billingProfile')} onSubmit={submit}>
        <ErrorSummary form={form} labels={labels} className={formStyles.summary} />
        <BillingFields control={control} rules={rules} rulesError={rulesError} readOnly={readOnly} />
        {readOnly ? null : <AddressCheck form={form} labels={labels} />}
        {readOnly ? null : (
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={save.isPending || rulesLoading}>
              {save.isPending ? tCommon('actions.saving') : tCommon('actions.save')}
            </Button>
          </div>
        )}
      </form>
      <UnsavedChangesGuard when={formState.isDirty && !readOnly} />
    </>
  );
}
