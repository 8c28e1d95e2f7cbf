import type { Customer } from '@/lib/api-types/customers';
import { phoneNumberPattern, registrationNumberRegex, screeningRuleFor } from './data/country-rules';
import { pcError } from './http';

/** The two facts enhanced screening asks for. */
export type ScreeningField = 'organizationRegistrationNumber' | 'phoneNumber';

/** Where each screening fact sits in the Partner Center JSON (the `field` of a 400's `data`). */
export const screeningFieldPath: Record<ScreeningField, string> = {
  organizationRegistrationNumber: 'companyProfile.organizationRegistrationNumber',
  phoneNumber: 'billingProfile.defaultAddress.phoneNumber',
};

const present = (value: string | undefined) => (value ?? '').trim().length > 0;

/** What a customer in a screening country still lacks; `[]` when complete or not screened. */
export function screeningProblems(customer: Customer): ScreeningField[] {
  const address = customer.billingProfile?.defaultAddress;
  const rule = screeningRuleFor(address?.country);
  if (!rule) return [];
  const problems: ScreeningField[] = [];
  if (!present(customer.companyProfile.organizationRegistrationNumber))
    problems.push('organizationRegistrationNumber');
  if (!present(address?.phoneNumber)) problems.push('phoneNumber');
  return problems;
}

const missingInn = (country: string) => ({
  field: screeningFieldPath.organizationRegistrationNumber,
  code: 600049,
  message: `Organization registration ID information is missing. Customers in ${country} need an Organization INN.`,
});
const missingPhone = (country: string) => ({
  field: screeningFieldPath.phoneNumber,
  code: 600051,
  message: `Customer phone number is missing. Customers in ${country} need a phone number.`,
});

/**
 * For purchase and subscription-change handlers (cart, checkout, subscription PATCH): call first.
 * A 400 with code 600049 when the INN is missing, else 600051 when the phone is missing; `data`
 * lists every missing field as `{ field, code, message }` (field = its JSON path, see
 * `screeningFieldPath`). `null` = the customer may proceed.
 */
export function screeningRefusal(customer: Customer): Response | null {
  const problems = screeningProblems(customer);
  if (problems.length === 0) return null;
  const country = customer.billingProfile?.defaultAddress.country ?? '';
  const data = problems.map((p) => (p === 'phoneNumber' ? missingPhone(country) : missingInn(country)));
  const first = data[0]!;
  return pcError({
    status: 400,
    code: first.code,
    errorName: first.code === 600049 ? 'OrganizationRegistrationIdMissing' : 'CustomerPhoneNumberMissing',
    description: data.map((d) => d.message).join(' '),
    data,
  });
}

export interface ScreeningFieldError {
  field: string;
  code: number;
  message: string;
}

/**
 * Validates a customer record as it WILL be after a write (create or billing-profile update).
 *
 * Outside the required-country list the INN is optional and accepted as sent: we follow the 2021
 * rule (create-a-customer and the 2021 announcement call it optional) and do NOT return the legacy
 * 600002 "value isn't supported". That keeps a value typed before a country change from being
 * refused, and matches what the forms say ("optional").
 */
export function screeningFieldErrors(input: {
  country: string;
  organizationRegistrationNumber: string | undefined;
  phoneNumber: string | undefined;
}): ScreeningFieldError[] {
  const errors: ScreeningFieldError[] = [];
  const rule = screeningRuleFor(input.country);
  const inn = input.organizationRegistrationNumber ?? '';
  const phone = input.phoneNumber ?? '';
  if (rule) {
    if (!present(inn)) errors.push(missingInn(input.country));
    else {
      const pattern = registrationNumberRegex(rule);
      if (!new RegExp(pattern).test(inn))
        errors.push({
          field: screeningFieldPath.organizationRegistrationNumber,
          code: 600050,
          message: `Organization registration ID information is invalid. It should be of the format ${pattern}`,
        });
    }
    if (!present(phone)) errors.push(missingPhone(input.country));
  }
  if (present(phone) && !new RegExp(phoneNumberPattern).test(phone))
    errors.push({
      field: screeningFieldPath.phoneNumber,
      code: 800002,
      message: 'The phone number must be digits with an optional leading +, 7 to 15 digits.',
    });
  return errors;
}

/** The 400 for `screeningFieldErrors`: the code of the first problem, every problem in `data`. */
export function screeningValidationError(errors: ScreeningFieldError[]): Response {
  const first = errors[0]!;
  return pcError({
    status: 400,
    code: first.code,
    errorName: 'InvalidInput',
    description: errors.map((e) => e.message).join(' '),
    data: errors,
  });
}
