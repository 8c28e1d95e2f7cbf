import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorSummaryFormOptions } from '@/components/error-summary';
import type { ApiError } from '@/lib/api-error';
import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';
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

  // A refusal's messages are written in the language of the moment (ours for 600049-600051). After a
  // language switch, the ones still at their fields are written again; a field the admin has since
  // corrected keeps no error.
  const refusal = useRef<ApiError | undefined>(undefined);
  const showRefusal = useCallback(
    (error: ApiError) => {
      refusal.current = error;
      for (const [field, message] of Object.entries(serverFieldErrors(error, t, rulesRef.current))) {
        form.setError(field as CustomerFormField, { type: 'server', message }, { shouldFocus: true });
      }
    },
    [form, t],
  );
  useEffect(() => {
    if (!refusal.current) return;
    for (const [field, message] of Object.entries(serverFieldErrors(refusal.current, t, rulesRef.current))) {
      const name = field as CustomerFormField;
      if (form.getFieldState(name).error?.type === 'server') form.setError(name, { type: 'server', message });
    }
  }, [form, t]);

  return {
    form,
    showRefusal,
    rules,
    rulesLoading: validCountry && rulesQuery.isPending,
    rulesError: validCountry && rulesQuery.isError,
  };
}
