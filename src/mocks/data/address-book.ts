/**
 * Ours: the few streets the mock's address validation knows (`POST /v1/validations/address`), so
 * that the service's answers for a known street can be shown: an exact premise, a street typed
 * without its number, a postal code that belongs to another area. Every other well-formed address
 * in a market the mock sells in verifies as it is typed (see `src/mocks/address-validation.ts`).
 *
 * Microsoft Way is Partner Center's own documented sample and answers exactly as documented. The
 * two samples give different ZIP+4 codes for 1 Microsoft Way (98052-8300 when the number is typed,
 * 98052-6399 when it is suggested for the bare street), and both are kept as documented. The other
 * entries are invented.
 */
export interface KnownStreet {
  country: string;
  /** As the country's states list spells it; '' where addresses carry no state. */
  state: string;
  city: string;
  /** The street as the postal service spells it, without a number. */
  street: string;
  /** The postal code of the street's area. */
  postalCode: string;
  /** Numbers the postal service knows on this street, each with its full (deliverable) postal code. */
  premises: Readonly<Record<string, string>>;
  /** What the service suggests for the street typed without a number (at most 3). */
  streetOnly: ReadonlyArray<{ addressLine1: string; postalCode: string }>;
}

export const addressBook: readonly KnownStreet[] = [
  {
    country: 'US',
    state: 'WA',
    city: 'Redmond',
    street: 'Microsoft Way',
    postalCode: '98052',
    premises: { '1': '98052-8300' },
    streetOnly: [{ addressLine1: '1 Microsoft Way', postalCode: '98052-6399' }],
  },
  {
    country: 'US',
    state: 'IL',
    city: 'Springfield',
    street: 'Main St',
    postalCode: '62701',
    premises: { '1': '62701-1104', '100': '62701-1310', '200': '62701-1402' },
    streetOnly: [
      { addressLine1: '1 Main St', postalCode: '62701-1104' },
      { addressLine1: '100 Main St', postalCode: '62701-1310' },
      { addressLine1: '200 Main St', postalCode: '62701-1402' },
    ],
  },
  {
    country: 'CA',
    state: 'ON',
    city: 'Toronto',
    street: 'Bay St',
    postalCode: 'M5J 2R8',
    premises: { '100': 'M5J 2R8', '200': 'M5J 2J2' },
    streetOnly: [
      { addressLine1: '100 Bay St', postalCode: 'M5J 2R8' },
      { addressLine1: '200 Bay St', postalCode: 'M5J 2J2' },
    ],
  },
  {
    country: 'GB',
    state: '',
    city: 'London',
    street: 'Baker Street',
    postalCode: 'NW1 6XE',
    premises: { '221B': 'NW1 6XE' },
    streetOnly: [{ addressLine1: '221B Baker Street', postalCode: 'NW1 6XE' }],
  },
  {
    country: 'KZ',
    state: '',
    city: 'Almaty',
    street: 'Dostyk Ave',
    postalCode: '050010',
    premises: { '12': '050010', '43': '050010' },
    streetOnly: [
      { addressLine1: '12 Dostyk Ave', postalCode: '050010' },
      { addressLine1: '43 Dostyk Ave', postalCode: '050010' },
    ],
  },
];
