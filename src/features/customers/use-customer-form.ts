import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorSummaryFormOptions } from '@/components/error-summary';
import { ApiError } from '@/lib/api-error';
import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';
import { onMicrosoftDomain } from '@/lib/customer-domain';
import { countryRulesQuery } from './api';
import {
  customerFormSchema,
  serverFieldErrors,
  type CustomerFormField,
  type CustomerFormValues,
} from './customer-form';
import { useRuleFormatters } from './use-rule-formatters';

/**
 * react-hook-form + zod, with the INN/phone rules fetched from the API for the country currently
 * chosen. Changing the country re-validates INN and phone as soon as the new rules arrive.
 */
export function useCustomerForm(mode: 'create' | 'edit', defaultValues: CustomerFormValues) {
  const { t } = useTranslation('customers');
  const format = useRuleFormatters();
  const rulesRef = useRef<CountryValidationRules | undefined>(undefined);
  const schema = useMemo(
    // The getter runs when the form validates (an event), never during render.
    // eslint-disable-next-line react-hooks/refs
    () => customerFormSchema(mode, t, () => rulesRef.current, format),
    [mode, t, format],
  );
  const form = useForm<CustomerFormValues>({
    ...errorSummaryFormOptions,
    defaultValues,
    resolver: zodResolver(schema),
    mode: 'onTouched',
  });
  const country = useWatch({ control: form.control, name: 'country' });
  const validCountry = /^[A-Z]{2}$/.test(country);
  const rulesQuery = useQuery({ ...countryRulesQuery(validCountry ? country : 'XX'), enabled: validCountry });
  const rules = validCountry ? rulesQuery.data : undefined;

  useEffect(() => {
    rulesRef.current = rules;
    if (!rules) return;
    const { isSubmitted } = form.formState;
    const touched =
      form.getFieldState('organizationRegistrationNumber').isTouched ||
      form.getFieldState('phoneNumber').isTouched;
    if (isSubmitted || touched || form.getFieldState('country').isDirty)
      void form.trigger(['organizationRegistrationNumber', 'phoneNumber']);
  }, [rules, form]);

  // A refusal's messages are written in the language of the moment (ours for 600049-600051 and a
  // domain in use). After a language switch, the ones still at their fields are written again; a
  // field the admin has since corrected keeps no error.
  const refusal = useRef<{ error: ApiError; domain: string } | undefined>(undefined);
  // Whether the last failure's problems went to their fields: they say it in the admin's language,
  // so the page's banner does not repeat the service's sentence.
  const [refusedAtFields, setRefusedAtFields] = useState(false);
  const showFailure = useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError && (error.status === 400 || error.status === 409))) {
        setRefusedAtFields(false);
        return;
      }
      const domain = onMicrosoftDomain(form.getValues('domain'));
      refusal.current = { error, domain };
      const atFields = Object.entries(serverFieldErrors(error, t, rulesRef.current, domain));
      for (const [field, message] of atFields) {
        form.setError(field as CustomerFormField, { type: 'server', message }, { shouldFocus: true });
      }
      setRefusedAtFields(atFields.length > 0);
    },
    [form, t],
  );
  useEffect(() => {
    if (!refusal.current) return;
    const { error, domain } = refusal.current;
    for (const [field, message] of Object.entries(serverFieldErrors(error, t, rulesRef.current, domain))) {
      const name = field as CustomerFormField;
      if (form.getFieldState(name).error?.type === 'server') form.setError(name, { type: 'server', message });
    }
  }, [form, t]);

  return {
    form,
    showFailure,
    refusedAtFields,
    rules,
    rulesLoading: validCountry && rulesQuery.isPending,
    rulesError: validCountry && rulesQuery.isError,
  };
}
