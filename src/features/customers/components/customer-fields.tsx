import { usePageHeadingLevel } from '@/components/heading-level';
import {
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Text,
  tokens,
  type InputProps,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';
import { marketsQuery } from '../api';
import { innHint, innLabel, type CustomerFormField, type CustomerFormValues } from '../customer-form';
import { useRuleFormatters } from '../use-rule-formatters';

/** The customer forms' sections, and the spacing of the error summary that opens them. */
export const useCustomerFormStyles = makeStyles({
  section: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    // Fields keep their natural height: a hint under one must not stretch its neighbours' inputs.
    alignItems: 'start',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    border: 'none',
    margin: 0,
    padding: 0,
    marginBottom: tokens.spacingVerticalXL,
  },
  legend: { gridColumn: '1 / -1', padding: 0, marginBottom: tokens.spacingVerticalS },
  // The sections space one another by their bottom margin; the error summary above them does the same.
  summary: { marginBottom: tokens.spacingVerticalXL },
});

export function FormSection({ legend, children }: { legend: string; children: React.ReactNode }) {
  const styles = useCustomerFormStyles();
  // One level below the page title, wherever the page is shown (the workspace makes it an h2).
  const level = usePageHeadingLevel();
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>
        <Text as={level === 1 ? 'h2' : 'h3'} size={500} weight="semibold">
          {legend}
        </Text>
      </legend>
      {children}
    </fieldset>
  );
}

interface TextFieldProps {
  control: Control<CustomerFormValues>;
  name: CustomerFormField;
  label: string;
  hint?: string;
  required?: boolean;
  readOnly?: boolean;
  type?: InputProps['type'];
  autoComplete?: string;
}

export function TextField({
  control,
  name,
  label,
  hint,
  required,
  readOnly,
  type,
  autoComplete,
}: TextFieldProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          label={label}
          hint={hint}
          required={required ?? false}
          validationMessage={fieldState.error?.message}
          validationState={fieldState.error ? 'error' : 'none'}
        >
          <Input
            name={field.name}
            ref={field.ref}
            value={field.value}
            onBlur={field.onBlur}
            onChange={(_, data) => field.onChange(data.value)}
            readOnly={readOnly ?? false}
            type={type ?? 'text'}
            autoComplete={autoComplete}
          />
        </Field>
      )}
    />
  );
}

/** The labels the customer fields show, in form order: the error summary links read them. */
export function useCustomerFieldLabels(
  rules: CountryValidationRules | undefined,
): Record<CustomerFormField, string> {
  const { t } = useTranslation('customers');
  const phoneRequired = rules?.customerOrganizationPhoneNumberRequired ?? false;
  return {
    companyName: t('fields.companyName'),
    domain: t('fields.domain'),
    firstName: t('fields.firstName'),
    middleName: t('fields.middleName'),
    lastName: t('fields.lastName'),
    email: t('fields.email'),
    phoneNumber: phoneRequired ? t('fields.phone') : t('fields.phoneOptional'),
    addressLine1: t('fields.addressLine1'),
    addressLine2: t('fields.addressLine2'),
    addressLine3: t('fields.addressLine3'),
    city: t('fields.city'),
    state: t('fields.state'),
    postalCode: t('fields.postalCode'),
    country: t('fields.country'),
    organizationRegistrationNumber: innLabel(rules, t),
  };
}

/** Contact, address, country, phone and INN: the part of the customer both forms edit. */
export function BillingFields({
  control,
  rules,
  rulesError,
  readOnly = false,
}: {
  control: Control<CustomerFormValues>;
  rules: CountryValidationRules | undefined;
  rulesError: boolean;
  readOnly?: boolean;
}) {
  const { t } = useTranslation('customers');
  const format = useRuleFormatters();
  const markets = useQuery(marketsQuery());
  const countries = useMemo(
    () =>
      (markets.data?.items ?? [])
        .map((m) => ({ code: m.iso2Code, name: format.countryName(m.iso2Code) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [markets.data, format],
  );
  const phoneRequired = rules?.customerOrganizationPhoneNumberRequired ?? false;
  const innRequired = rules?.customerOrganizationRegistrationNumberRequired ?? false;
  const common = { control, readOnly };

  return (
    <>
      <FormSection legend={t('create.contact')}>
        <TextField
          {...common}
          name="firstName"
          label={t('fields.firstName')}
          required
          autoComplete="given-name"
        />
        <TextField
          {...common}
          name="middleName"
          label={t('fields.middleName')}
          autoComplete="additional-name"
        />
        <TextField
          {...common}
          name="lastName"
          label={t('fields.lastName')}
          required
          autoComplete="family-name"
        />
        <TextField
          {...common}
          name="email"
          label={t('fields.email')}
          required
          type="email"
          autoComplete="email"
        />
        <TextField
          {...common}
          name="phoneNumber"
          label={phoneRequired ? t('fields.phone') : t('fields.phoneOptional')}
          hint={t('fields.phoneHint')}
          required={phoneRequired}
          type="tel"
          autoComplete="tel"
        />
      </FormSection>
      <FormSection legend={t('create.address')}>
        <TextField
          {...common}
          name="addressLine1"
          label={t('fields.addressLine1')}
          required
          autoComplete="address-line1"
        />
        <TextField
          {...common}
          name="addressLine2"
          label={t('fields.addressLine2')}
          autoComplete="address-line2"
        />
        <TextField
          {...common}
          name="addressLine3"
          label={t('fields.addressLine3')}
          autoComplete="address-line3"
        />
        <TextField {...common} name="city" label={t('fields.city')} required autoComplete="address-level2" />
        <TextField {...common} name="state" label={t('fields.state')} autoComplete="address-level1" />
        <TextField
          {...common}
          name="postalCode"
          label={t('fields.postalCode')}
          required
          autoComplete="postal-code"
        />
        <Controller
          control={control}
          name="country"
          render={({ field, fieldState }) => (
            <Field
              label={t('fields.country')}
              required
              validationMessage={fieldState.error?.message}
              validationState={fieldState.error ? 'error' : 'none'}
            >
              <Dropdown
                ref={field.ref}
                placeholder={t('fields.chooseCountry')}
                value={field.value ? format.countryName(field.value) : ''}
                selectedOptions={field.value ? [field.value] : []}
                onOptionSelect={(_, data) => field.onChange(data.optionValue ?? '')}
                onBlur={field.onBlur}
                disabled={readOnly}
              >
                {countries.map((c) => (
                  <Option key={c.code} value={c.code}>
                    {c.name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
        />
        <TextField
          {...common}
          name="organizationRegistrationNumber"
          label={innLabel(rules, t)}
          hint={rulesError ? t('validation.rulesFailed') : innHint(rules, t, format)}
          required={innRequired}
        />
      </FormSection>
    </>
  );
}
