import type { AddressToValidate, ValidatedAddress } from '@/lib/api-types/address-validation';
import type { CustomerFormField, CustomerFormValues } from './customer-form';

/** The form fields an address validation reads and a suggestion may replace. */
export const validatedFields = [
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'postalCode',
  'country',
] as const;

/** The request body: every required property present, the state empty where none was typed. */
export function addressToValidate(
  values: Pick<CustomerFormValues, (typeof validatedFields)[number]>,
): AddressToValidate {
  const line2 = values.addressLine2.trim();
  return {
    addressLine1: values.addressLine1.trim(),
    ...(line2 ? { addressLine2: line2 } : {}),
    city: values.city.trim(),
    state: values.state.trim(),
    postalCode: values.postalCode.trim(),
    country: values.country,
  };
}

/** Whether a suggestion says something other than what was typed (case and spaces aside). */
export function differsFrom(typed: AddressToValidate, suggestion: ValidatedAddress): boolean {
  const normal = (value: string | undefined) => (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return (['addressLine1', 'addressLine2', 'city', 'state', 'postalCode', 'country'] as const).some(
    (key) => normal(typed[key]) !== normal(suggestion[key]),
  );
}

const fieldOfProperty: Record<string, CustomerFormField> = {
  addressline1: 'addressLine1',
  addressline2: 'addressLine2',
  city: 'city',
  region: 'state',
  state: 'state',
  postalcode: 'postalCode',
  country: 'country',
};

/**
 * The fields a validation message names, in form order. Partner Center's message quotes the
 * properties ("Address field invalid for property: 'Region', 'PostalCode'"); the state is its Region.
 */
export function fieldsNamedIn(message: string | undefined): CustomerFormField[] {
  const named = new Set(
    [...(message ?? '').matchAll(/'([A-Za-z0-9]+)'/g)]
      .map((match) => fieldOfProperty[(match[1] ?? '').toLowerCase()])
      .filter((field): field is CustomerFormField => field !== undefined),
  );
  return validatedFields.filter((field) => named.has(field));
}
