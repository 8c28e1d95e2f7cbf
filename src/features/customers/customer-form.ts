import type { TFunction } from 'i18next';
import { z } from '@/lib/zod';
import type { ApiError } from '@/lib/api-error';
import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';
import type { Address } from '@/lib/api-types/common';
import {
  compactName,
  phoneNumberIssue,
  registrationNumberIssue,
  type RegistrationNumberIssue,
} from './rules';

export interface CustomerFormValues {
  companyName: string;
  domain: string;
  email: string;
  addressLine1: string;
  addressLine2: string;
  addressLine3: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  firstName: string;
  middleName: string;
  lastName: string;
  phoneNumber: string;
  organizationRegistrationNumber: string;
}

export type CustomerFormField = keyof CustomerFormValues;

export const emptyCustomerForm: CustomerFormValues = {
  companyName: '',
  domain: '',
  email: '',
  addressLine1: '',
  addressLine2: '',
  addressLine3: '',
  city: '',
  state: '',
  postalCode: '',
  country: '',
  firstName: '',
  middleName: '',
  lastName: '',
  phoneNumber: '',
  organizationRegistrationNumber: '',
};

type T = TFunction<'customers'>;

export interface RuleFormatters {
  countryName: (iso2: string) => string;
  /** "12", "8 or 10", "6, 7, 8 or 13" in the active language. */
  lengths: (lengths: readonly number[]) => string;
}

export function registrationNumberMessage(
  issue: RegistrationNumberIssue,
  rules: CountryValidationRules,
  t: T,
  format: RuleFormatters,
): string {
  const country = format.countryName(rules.iso2Code);
  switch (issue.kind) {
    case 'required':
      return t('validation.innRequired', { country });
    case 'digitsOnly':
      return t('validation.innDigitsOnly');
    case 'alphanumericOnly':
      return t('validation.innAlphanumericOnly');
    case 'length':
      return t('validation.innLength', {
        country,
        name: rules.customerOrganizationRegistrationNumberShortName ?? '',
        lengths: format.lengths(issue.lengths),
        count: issue.actual,
      });
    case 'format':
      return t('validation.innFormat', { pattern: issue.pattern });
  }
}

/**
 * The form's schema. The INN and phone rules are not baked in: `getRules()` returns what
 * `GET /v1/countryvalidationrules/{country}` served for the country currently chosen.
 */
export function customerFormSchema(
  mode: 'create' | 'edit',
  t: T,
  getRules: () => CountryValidationRules | undefined,
  format: RuleFormatters,
) {
  const required = (field: string) => z.string().trim().min(1, t('validation.required', { field }));
  const optional = z.string();
  return z.object({
    companyName: mode === 'create' ? required(t('fields.companyName')) : optional,
    domain:
      mode === 'create'
        ? required(t('fields.domain')).regex(
            /^[A-Za-z0-9][A-Za-z0-9-]*(\.onmicrosoft\.com)?$/,
            t('validation.domain'),
          )
        : optional,
    email: required(t('fields.email')).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, t('validation.email')),
    addressLine1: required(t('fields.addressLine1')),
    addressLine2: optional,
    addressLine3: optional,
    city: required(t('fields.city')),
    state: optional,
    postalCode: required(t('fields.postalCode')),
    country: z.string().min(2, t('validation.countryRequired')),
    firstName: required(t('fields.firstName')),
    middleName: optional,
    lastName: required(t('fields.lastName')),
    phoneNumber: z.string().superRefine((value, ctx) => {
      const rules = getRules();
      const issue = phoneNumberIssue(value, rules);
      if (!issue) return;
      ctx.addIssue({
        code: 'custom',
        message:
          issue === 'required'
            ? t('validation.phoneRequired', { country: format.countryName(rules?.iso2Code ?? '') })
            : t('validation.phoneFormat'),
      });
    }),
    organizationRegistrationNumber: z.string().superRefine((value, ctx) => {
      const rules = getRules();
      const issue = registrationNumberIssue(value, rules);
      if (issue && rules)
        ctx.addIssue({ code: 'custom', message: registrationNumberMessage(issue, rules, t, format) });
    }),
  });
}

export function innLabel(rules: CountryValidationRules | undefined, t: T): string {
  if (!rules?.customerOrganizationRegistrationNumberRequired) return t('fields.innLabelOptional');
  return t('fields.innLabel', {
    native: compactName(rules.customerOrganizationRegistrationNumberNativeName ?? ''),
    english: compactName(rules.customerOrganizationRegistrationNumberEnglishName ?? ''),
  });
}

export function innHint(rules: CountryValidationRules | undefined, t: T, format: RuleFormatters): string {
  if (!rules) return t('fields.innHintNoCountry');
  if (!rules.customerOrganizationRegistrationNumberRequired)
    return t('fields.innHintOptional', { country: format.countryName(rules.iso2Code) });
  const lengths = rules.customerOrganizationRegistrationNumberLengths;
  return lengths
    ? t('fields.innHintLengths', { lengths: format.lengths(lengths) })
    : t('fields.innHintAlphanumeric');
}

/** The billing address as Partner Center stores it: optional fields left out when empty. */
export function addressFromForm(values: CustomerFormValues): Address {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    country: values.country,
    city: values.city.trim(),
    state: optional(values.state),
    addressLine1: values.addressLine1.trim(),
    addressLine2: optional(values.addressLine2),
    addressLine3: optional(values.addressLine3),
    postalCode: values.postalCode.trim(),
    firstName: values.firstName.trim(),
    middleName: optional(values.middleName),
    lastName: values.lastName.trim(),
    phoneNumber: optional(values.phoneNumber),
  };
}

const formFields = new Set<string>(Object.keys(emptyCustomerForm));

/**
 * Puts each problem of a 400 at its field: `data[].field` is a JSON path
 * ("billingProfile.defaultAddress.phoneNumber"); its last segment names the form field. The
 * screening codes also map by themselves, in case a 400 arrives without `data`.
 */
export function serverFieldErrors(
  error: ApiError,
  t: T,
  rules: CountryValidationRules | undefined,
  submittedDomain: string,
): Partial<Record<CustomerFormField, string>> {
  const byCode = (code: number | string | undefined): [CustomerFormField, string] | undefined => {
    switch (Number(code)) {
      case 600049:
        return ['organizationRegistrationNumber', t('validation.server600049')];
      case 600050:
        return [
          'organizationRegistrationNumber',
          t('validation.server600050', { pattern: rules?.customerOrganizationRegistrationNumberRegex ?? '' }),
        ];
      case 600051:
        return ['phoneNumber', t('validation.server600051')];
      default:
        return undefined;
    }
  };
  const result: Partial<Record<CustomerFormField, string>> = {};
  // Ours, like the availability check's answer, rather than the service's English sentence.
  if (error.status === 409 && error.errorName === 'DomainAlreadyExists') {
    result.domain = t('domainCheck.taken', { domain: submittedDomain });
  }
  for (const detail of error.fieldErrors()) {
    const mapped = byCode(detail.code);
    const field = mapped?.[0] ?? detail.field.split('.').pop() ?? '';
    if (formFields.has(field)) result[field as CustomerFormField] ??= mapped?.[1] ?? detail.message;
  }
  const fromCode = byCode(error.code);
  if (fromCode && !result[fromCode[0]]) result[fromCode[0]] = fromCode[1];
  return result;
}
