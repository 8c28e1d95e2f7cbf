import type { ResourceAttributes } from './common';

/**
 * `GET /v1/countryvalidationrules/{iso2}`: Partner Center's CountryValidationRules resource (every
 * documented field, then the CustomerService swagger's four `customerOrganization…` fields); the
 * fields marked "ours" are additions the forms need for labels, hints and messages.
 */
export interface CountryValidationRules {
  iso2Code: string;
  defaultCulture: string;
  isStateRequired: boolean;
  supportedStatesList: string[];
  supportedLanguagesList: string[];
  supportedCulturesList: string[];
  isPostalCodeRequired: boolean;
  /** Empty when the mock knows no pattern for the market. */
  postalCodeRegex: string;
  isCityRequired: boolean;
  isVatIdSupported: boolean;
  taxIdFormat: string;
  taxIdSample: string;
  vatIdRegex: string;
  /** Partner Center's phone pattern for the country's addresses. */
  phoneNumberRegex: string;
  isTaxIdSupported: boolean;
  isTaxIdOptional: boolean;
  countryCallingCodesList: string[];
  /** Anchored pattern for the Organization INN; absent where the country has no INN rule. */
  customerOrganizationRegistrationNumberRegex?: string;
  customerOrganizationRegistrationNumberSample?: string;
  customerOrganizationRegistrationNumberRequired: boolean;
  customerOrganizationPhoneNumberRequired: boolean;
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
