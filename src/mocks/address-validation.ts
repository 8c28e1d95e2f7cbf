import type {
  AddressToValidate,
  AddressValidationResponse,
  ValidatedAddress,
} from '@/lib/api-types/address-validation';
import { addressBook, type KnownStreet } from './data/address-book';
import { countryValidationRules, marketCountries } from './data/country-rules';

/**
 * The mock's address validation, deterministic and from data only:
 * - a country the mock does not sell in: `NotValidated` (no data to validate with);
 * - a state outside the country's list (United States, Canada, China, Mexico: the countries whose
 *   states Partner Center checks, where the rules table has a list), or a postal code that does not
 *   match the country's pattern: `None`, naming the invalid properties;
 * - a street of the address book: `VerifiedShippable` for a number it knows, `Verified` for another
 *   number, `StreetPartial` without a number, `InteractionRequired` when the postal code belongs to
 *   another area (each with the normalised address as the suggestion);
 * - any other well-formed address: `Verified`, its normalised form the one suggestion.
 */

/** Partner Center checks the state against the country's list only in these countries. */
const statesCheckedIn = new Set(['US', 'CA', 'CN', 'MX']);

const spaces = (value: string) => value.trim().replace(/\s+/g, ' ');

/** The service's message for invalid properties, in the form of the documented sample. */
const invalidProperties = (names: string[]) =>
  `Address field invalid for property: ${names.map((name) => `'${name}'`).join(', ')}`;

const suffixes: Record<string, string> = {
  street: 'st',
  avenue: 'ave',
  av: 'ave',
  road: 'rd',
  boulevard: 'blvd',
  drive: 'dr',
  lane: 'ln',
};

/** "1 Microsoft  Way." and "1 microsoft way" are the same street; so are "Bay Street" and "Bay St". */
function streetKey(street: string): string {
  return street
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => suffixes[word] ?? word)
    .join(' ');
}

/** A leading number ("1", "221B") and the street after it. */
function splitNumber(line: string): { number: string | null; street: string } {
  const match = /^(\d+[A-Za-z]?)\s+(.+)$/.exec(spaces(line));
  return match ? { number: match[1]!.toUpperCase(), street: match[2]! } : { number: null, street: line };
}

function echo(input: AddressToValidate): ValidatedAddress {
  return {
    country: input.country,
    city: input.city,
    state: input.state,
    addressLine1: input.addressLine1,
    ...(input.addressLine2 ? { addressLine2: input.addressLine2 } : {}),
    postalCode: input.postalCode,
  };
}

function normalised(input: AddressToValidate): ValidatedAddress {
  const line2 = spaces(input.addressLine2 ?? '');
  return {
    country: input.country.toUpperCase(),
    city: spaces(input.city),
    state: spaces(input.state).toUpperCase(),
    addressLine1: spaces(input.addressLine1),
    ...(line2 ? { addressLine2: line2 } : {}),
    postalCode: spaces(input.postalCode).toUpperCase(),
  };
}

function knownStreet(input: AddressToValidate, street: string): KnownStreet | undefined {
  const country = input.country.toUpperCase();
  return addressBook.find(
    (entry) =>
      entry.country === country &&
      entry.city.toLowerCase() === spaces(input.city).toLowerCase() &&
      (entry.state === '' || entry.state === spaces(input.state).toUpperCase()) &&
      streetKey(entry.street) === streetKey(street),
  );
}

/** A postal code's area: "98052-8300" and "98052" are both in 98052. */
const postalArea = (code: string) => spaces(code).toUpperCase().split('-')[0]!.replace(/\s/g, '');

export function validateAddress(input: AddressToValidate): AddressValidationResponse {
  const originalAddress = echo(input);
  const country = input.country.toUpperCase();
  if (!marketCountries.includes(country)) {
    return { originalAddress, suggestedAddresses: [], status: 'NotValidated' };
  }

  const rules = countryValidationRules(country);
  const invalid: string[] = [];
  const states = rules.supportedStatesList;
  if (
    statesCheckedIn.has(country) &&
    states.length > 0 &&
    !states.includes(spaces(input.state).toUpperCase())
  )
    invalid.push('Region');
  if (rules.postalCodeRegex && !new RegExp(rules.postalCodeRegex).test(spaces(input.postalCode)))
    invalid.push('PostalCode');
  if (invalid.length > 0) {
    return {
      originalAddress,
      suggestedAddresses: [],
      status: 'None',
      validationMessage: invalidProperties(invalid),
    };
  }

  const base = normalised(input);
  const { number, street } = splitNumber(input.addressLine1);
  const entry = knownStreet(input, street);
  if (!entry) return { originalAddress, suggestedAddresses: [base], status: 'Verified' };

  const onStreet = (addressLine1: string, postalCode: string): ValidatedAddress => ({
    ...base,
    city: entry.city,
    ...(entry.state ? { state: entry.state } : {}),
    addressLine1,
    postalCode,
  });
  if (!number) {
    return {
      originalAddress,
      suggestedAddresses: entry.streetOnly.slice(0, 3).map((s) => onStreet(s.addressLine1, s.postalCode)),
      status: 'StreetPartial',
      // As the documented sample: without a number the street alone confirms none of these.
      validationMessage: invalidProperties(['Region', 'PostalCode', 'City']),
    };
  }
  const premise = entry.premises[number];
  const suggestion = onStreet(`${number} ${entry.street}`, premise ?? entry.postalCode);
  const areas = [entry.postalCode, premise ?? entry.postalCode].map(postalArea);
  if (!areas.includes(postalArea(input.postalCode))) {
    return {
      originalAddress,
      suggestedAddresses: [suggestion],
      status: 'InteractionRequired',
      validationMessage: invalidProperties(['PostalCode']),
    };
  }
  return {
    originalAddress,
    suggestedAddresses: [suggestion],
    status: premise ? 'VerifiedShippable' : 'Verified',
  };
}
