import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';
import type { Customer } from '@/lib/api-types/customers';

/**
 * Client-side screening rules. Every fact (which countries, which lengths, which pattern) comes
 * from `GET /v1/countryvalidationrules/{iso2}`; this file only decides how to explain a failure.
 */
export type ScreeningField = 'organizationRegistrationNumber' | 'phoneNumber';

export type RegistrationNumberIssue =
  | { kind: 'required' }
  | { kind: 'digitsOnly' }
  | { kind: 'alphanumericOnly' }
  | { kind: 'length'; lengths: number[]; actual: number }
  | { kind: 'format'; pattern: string };

const digits = /^[0-9]+$/;
const alphanumeric = /^[A-Za-z0-9]+$/;

export function registrationNumberIssue(
  value: string,
  rules: CountryValidationRules | undefined,
): RegistrationNumberIssue | null {
  // Outside the required countries the INN is optional and never refused (same as the API).
  if (!rules?.customerOrganizationRegistrationNumberRequired) return null;
  if (value === '') return { kind: 'required' };
  const lengths = rules.customerOrganizationRegistrationNumberLengths;
  if (lengths) {
    if (!digits.test(value)) return { kind: 'digitsOnly' };
    if (!lengths.includes(value.length)) return { kind: 'length', lengths, actual: value.length };
  } else if (!alphanumeric.test(value)) {
    return { kind: 'alphanumericOnly' };
  }
  // The served pattern has the last word, so a rule these messages don't model still holds.
  const pattern = rules.customerOrganizationRegistrationNumberRegex;
  if (pattern && !new RegExp(pattern).test(value)) return { kind: 'format', pattern };
  return null;
}

export type PhoneIssue = 'required' | 'format';

export function phoneNumberIssue(
  value: string,
  rules: CountryValidationRules | undefined,
): PhoneIssue | null {
  if (value === '') return rules?.customerOrganizationPhoneNumberRequired ? 'required' : null;
  if (rules && !new RegExp(rules.phoneNumberRegex).test(value)) return 'format';
  return null;
}

/** Whether enhanced screening asks anything of customers in this country (its INN or phone). */
export function isScreeningRequired(rules: CountryValidationRules | undefined): boolean {
  return (
    rules?.customerOrganizationRegistrationNumberRequired === true ||
    rules?.customerOrganizationPhoneNumberRequired === true
  );
}

/** What the gate and the work list call "missing screening info". */
export function missingScreeningFields(
  customer: Pick<Customer, 'companyProfile' | 'billingProfile'>,
  rules: CountryValidationRules | undefined,
): ScreeningField[] {
  const missing: ScreeningField[] = [];
  if (!rules) return missing;
  if (
    rules.customerOrganizationRegistrationNumberRequired &&
    !customer.companyProfile.organizationRegistrationNumber?.trim()
  )
    missing.push('organizationRegistrationNumber');
  if (
    rules.customerOrganizationPhoneNumberRequired &&
    !customer.billingProfile?.defaultAddress.phoneNumber?.trim()
  )
    missing.push('phoneNumber');
  return missing;
}

/** "БИН / ИИН" → "БИН/ИИН", as labels show it. */
export function compactName(name: string): string {
  return name.replace(/\s*\/\s*/g, '/');
}
