import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNotify } from '@/components/notify';
import { PageHeader } from '@/components/page-header';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { useCan } from '@/lib/auth';
import { errorMessage } from '@/lib/error-message';
import { createCustomer, customerKeys } from '../api';
import { ErrorSummary } from '@/components/error-summary';
import { useSingleSubmit } from '@/components/use-single-submit';
import {
  BillingFields,
  FormSection,
  TextField,
  useCustomerFieldLabels,
  useCustomerFormStyles,
} from '../components/customer-fields';
import { AddressCheck } from '../components/address-check';
import { DomainAvailability } from '../components/domain-availability';
import { addressFromForm, emptyCustomerForm, type CustomerFormValues } from '../customer-form';
import { useCustomerForm } from '../use-customer-form';
import { newCustomerHeading } from '../page-headings';

const useStyles = makeStyles({
  message: { marginBottom: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function Component() {
  const { t, i18n } = useTranslation('customers');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const formStyles = useCustomerFormStyles();
  const navigate = useNavigate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const canCreate = useCan('customers.create');
  const { form, showFailure, refusedAtFields, rules, rulesLoading, rulesError } = useCustomerForm(
    'create',
    emptyCustomerForm,
  );
  const { control, handleSubmit, formState } = form;
  const labels = useCustomerFieldLabels(rules);
  const [createdId, setCreatedId] = useState<string>();

  const create = useMutation({
    mutationFn: (values: CustomerFormValues) =>
      createCustomer({
        companyProfile: {
          domain: values.domain.trim(),
          ...(values.organizationRegistrationNumber
            ? { organizationRegistrationNumber: values.organizationRegistrationNumber }
            : {}),
        },
        billingProfile: {
          email: values.email.trim(),
          companyName: values.companyName.trim(),
          culture: i18n.language === 'fr' ? 'fr-FR' : 'en-US',
          language: i18n.language === 'fr' ? 'fr' : 'en',
          defaultAddress: addressFromForm(values),
        },
      }),
    onSuccess: (customer, values) => {
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
      notify(t('create.created', { company: values.companyName.trim() }));
      setCreatedId(customer.id);
    },
    onError: showFailure,
  });
  const submit = useSingleSubmit(handleSubmit, (values) => create.mutateAsync(values));

  // Navigate after the render that clears the unsaved-changes guard, or it would block us.
  useEffect(() => {
    if (createdId) void navigate(`/customers/${createdId}/account`);
  }, [createdId, navigate]);

  return (
    <>
      <PageHeader title={t(newCustomerHeading.title)} description={t(newCustomerHeading.description)} />
      {canCreate === false ? (
        <MessageBar intent="info" className={styles.message}>
          <MessageBarBody>{tCommon('states.readOnly')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {create.isError ? (
        <MessageBar intent="error" role="alert" className={styles.message} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('create.failed')}</MessageBarTitle>
            {refusedAtFields ? null : errorMessage(create.error, tCommon)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <form noValidate aria-label={t('create.title')} onSubmit={submit}>
        <ErrorSummary form={form} labels={labels} className={formStyles.summary} />
        <FormSection legend={t('create.company')}>
          <TextField
            control={control}
            name="companyName"
            label={t('fields.companyName')}
            required
            autoComplete="organization"
          />
          <TextField
            control={control}
            name="domain"
            label={t('fields.domain')}
            hint={t('fields.domainHint')}
            required
          />
          <DomainAvailability form={form} />
        </FormSection>
        <BillingFields
          control={control}
          rules={rules}
          rulesError={rulesError}
          readOnly={canCreate === false}
        />
        {canCreate === false ? null : <AddressCheck form={form} labels={labels} />}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            type="submit"
            // Created: the page is on its way to the customer's account; a second press would
            // create the customer again.
            disabled={create.isPending || create.isSuccess || rulesLoading || canCreate === false}
          >
            {create.isPending || create.isSuccess ? t('create.submitting') : t('create.submit')}
          </Button>
        </div>
      </form>
      <UnsavedChangesGuard when={formState.isDirty && !createdId} />
    </>
  );
}
