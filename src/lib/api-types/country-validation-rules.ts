import type { ResourceAttributes } from './common';

/**
 * `GET /v1/countryvalidationrules/{iso2}`: Partner Center's per-country rules. The four
 * `customerOrganization…` fields are Partner Center's own (CustomerService swagger); the fields
 * marked "ours" are additions the forms need for labels, hints and messages.
 */
export interface CountryValidationRules {
  iso2Code: string;
  /** Anchored pattern for the Organization INN; absent where the country has no INN rule. */
  customerOrganizationRegistrationNumberRegex?: string;
  customerOrganizationRegistrationNumberSample?: string;
  customerOrganizationRegistrationNumberRequired: boolean;
  customerOrganizationPhoneNumberRequired: boolean;
  /** Partner Center's phone pattern for the country's addresses. */
  phoneNumberRegex: string;
  /** Ours: the allowed digit counts; absent when no digit rule is published (alphanumeric only). */
  customerOrganizationRegistrationNumberLengths?: number[];
  /** Ours: the identifier's name in the country (e.g. "БИН / ИИН"). */
  customerOrganizationRegistrationNumberNativeName?: string;
  /** Ours: what that name means in English (e.g. "BIN / IIN"). */
  customerOrganizationRegistrationNumberEnglishName?: string;
  /** Ours: the short Latin-script name used in messages (e.g. "BIN/IIN"). */
  customerOrganizationRegistrationNumberShortName?: string;
  attributes: ResourceAttributes<'CountryValidationRules'>;
}
