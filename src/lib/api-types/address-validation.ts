/**
 * `POST /v1/validations/address` (Partner Center's "Validate an address"): the request, and the
 * AddressValidationResponse with its Address items.
 */
export interface AddressToValidate {
  addressLine1: string;
  addressLine2?: string;
  city: string;
  state: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** The Address of a validation response (a subset of the billing address). */
export interface ValidatedAddress {
  country: string;
  city: string;
  state: string;
  addressLine1: string;
  addressLine2?: string;
  postalCode: string;
}

export const addressValidationStatuses = [
  'VerifiedShippable',
  'Verified',
  'InteractionRequired',
  'StreetPartial',
  'PremisesPartial',
  'Multiple',
  'None',
  'NotValidated',
] as const;

export type AddressValidationStatus = (typeof addressValidationStatuses)[number];

/** The address is good as it is: nothing to ask the user. */
export const verifiedAddressStatuses: ReadonlySet<string> = new Set(['VerifiedShippable', 'Verified']);

export interface AddressValidationResponse {
  originalAddress: ValidatedAddress;
  /** Up to 3 for the partial statuses; none for `None` and `NotValidated`. */
  suggestedAddresses: ValidatedAddress[];
  status: AddressValidationStatus;
  validationMessage?: string;
}
