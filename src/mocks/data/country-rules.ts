import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';

/**
 * THE enhanced-screening rules table: the one definition of which countries require the
 * Organization INN and the phone number, and in what format. The mock API validates with it and
 * serves it (`GET /v1/countryvalidationrules/{iso2}`); the forms read it only through that endpoint,
 * so a row added here needs no UI change.
 */
export interface ScreeningCountryRule {
  iso2: string;
  /** Allowed digit counts; `null` = no published digit rule: required, alphanumeric only. */
  lengths: readonly number[] | null;
  nativeName: string;
  englishName: string;
  /** Short Latin-script name for messages ("Kazakhstan's BIN/IIN has 12 digits"). */
  shortName: string;
  since: 2020 | 2021;
}

const rule = (
  iso2: string,
  lengths: readonly number[] | null,
  nativeName: string,
  englishName: string,
  shortName: string,
  since: 2020 | 2021,
): ScreeningCountryRule => ({ iso2, lengths, nativeName, englishName, shortName, since });

export const screeningCountryRules: readonly ScreeningCountryRule[] = [
  // Announced November 2020: the eleven countries with published digit counts.
  rule(
    'AM',
    [8, 10],
    'УНН / NZOU / НЗОУ / հանրային ծառայության համարանիշը',
    'UNN / public service number',
    'UNN',
    2020,
  ),
  rule('AZ', [7, 10], 'ИНН / VOEN / ПИК', 'TIN / INN / PIC', 'TIN/INN/PIC', 2020),
  rule('BY', [9], 'УНП', 'UNP (tax ID)', 'UNP', 2020),
  rule('HU', [10, 11], 'TIN', 'TIN (tax ID)', 'TIN', 2020),
  rule('KZ', [12], 'БИН / ИИН', 'BIN / IIN', 'BIN/IIN', 2020),
  rule('KG', [14], 'ИНН', 'UNN / public service number', 'INN', 2020),
  rule(
    'MD',
    [6, 7, 8, 13],
    'IDNO / IDNP',
    'state identification number, also the fiscal code',
    'IDNO/IDNP',
    2020,
  ),
  rule('RU', [9, 10, 12], 'ИНН', 'INN', 'INN', 2020),
  rule('TJ', [9, 10, 12], 'ИНН / ЕИН / КПП', 'INN / EIN / KPP', 'INN/EIN/KPP', 2020),
  rule('UZ', [9], 'INN', 'INN', 'INN', 2020),
  rule('UA', [8, 10, 12], 'EGRPOU / EDRPOU', 'identification code of a legal entity', 'EGRPOU/EDRPOU', 2020),
  // Added in 2021: required, alphanumeric only, NO published digit rule. Names: Partner Center's
  // registration-ID help table (the kind of ID it asks for).
  rule('TH', null, 'TIN', 'tax identification number', 'TIN', 2021),
  rule('VN', null, 'TIN', 'tax identification number', 'TIN', 2021),
  rule('TR', null, 'TIN / NIN', 'tax or national identification number', 'TIN/NIN', 2021),
  rule('PL', null, 'TIN / PESEL', 'tax identification number', 'TIN/PESEL', 2021),
  rule('ZA', null, 'TRN', 'tax reference number', 'TRN', 2021),
  rule('IN', null, 'PAN / Tax ID', 'permanent account number or tax ID', 'PAN', 2021),
  rule('BR', null, 'CNPJ', 'national registry of legal entities', 'CNPJ', 2021),
  rule('IQ', null, 'TIN', 'tax identification number', 'TIN', 2021),
  rule('MM', null, 'TIN', 'tax identification number', 'TIN', 2021),
  rule('SS', null, 'TIN', 'tax identification number', 'TIN', 2021),
  rule('SA', null, 'TIN', 'tax identification number', 'TIN', 2021),
  rule('AE', null, 'Tax ID / VAT', 'tax or VAT registration number', 'Tax ID/VAT', 2021),
  rule('VE', null, 'RIF', 'fiscal information registry', 'RIF', 2021),
];

/** Markets the mock sells in (the country pickers come from here, through the API). */
export const marketCountries: readonly string[] = [
  ...screeningCountryRules.map((r) => r.iso2),
  'US',
  'CA',
  'MX',
  'GB',
  'IE',
  'FR',
  'DE',
  'NL',
  'BE',
  'ES',
  'IT',
  'PT',
  'CH',
  'AT',
  'SE',
  'NO',
  'DK',
  'FI',
  'CZ',
  'RO',
  'GE',
  'JP',
  'KR',
  'SG',
  'AU',
  'NZ',
  'AR',
  'CL',
  'CO',
  'EG',
  'KE',
  'NG',
];

/** Digits, an optional leading +, 7 to 15 digits (E.164's maximum). */
export const phoneNumberPattern = '^\\+?\\d{7,15}$';

export function screeningRuleFor(iso2: string | undefined): ScreeningCountryRule | undefined {
  const code = (iso2 ?? '').toUpperCase();
  return screeningCountryRules.find((r) => r.iso2 === code);
}

/** `^(\d{7}|\d{10})$` — the same form Partner Center quotes in its 600050 description. */
export function registrationNumberRegex(r: ScreeningCountryRule): string {
  return r.lengths ? `^(${r.lengths.map((n) => `\\d{${n}}`).join('|')})$` : '^[A-Za-z0-9]+$';
}

function registrationNumberSample(r: ScreeningCountryRule): string {
  return r.lengths ? '1234567890123456'.slice(0, r.lengths[0]) : 'A1B2C3D4';
}

/**
 * What Partner Center's CountryValidationRules resource says about a market's addresses, for the
 * markets the mock sells in: default culture, calling code, and the states list where a state is
 * required. Postal-code patterns are given only where they are well known; elsewhere the field is
 * an empty string (present, as documented, but not constraining).
 */
const addressRules: Record<string, { culture: string; callingCode: string; postalCodeRegex?: string }> = {
  AM: { culture: 'hy-AM', callingCode: '374' },
  AZ: { culture: 'az-Latn-AZ', callingCode: '994' },
  BY: { culture: 'ru-BY', callingCode: '375' },
  HU: { culture: 'hu-HU', callingCode: '36', postalCodeRegex: '^\\d{4}$' },
  KZ: { culture: 'ru-KZ', callingCode: '7', postalCodeRegex: '^\\d{6}$' },
  KG: { culture: 'ru-KG', callingCode: '996' },
  MD: { culture: 'ro-MD', callingCode: '373' },
  RU: { culture: 'ru-RU', callingCode: '7', postalCodeRegex: '^\\d{6}$' },
  TJ: { culture: 'tg-Cyrl-TJ', callingCode: '992' },
  UZ: { culture: 'uz-Latn-UZ', callingCode: '998' },
  UA: { culture: 'uk-UA', callingCode: '380', postalCodeRegex: '^\\d{5}$' },
  TH: { culture: 'th-TH', callingCode: '66', postalCodeRegex: '^\\d{5}$' },
  VN: { culture: 'vi-VN', callingCode: '84' },
  TR: { culture: 'tr-TR', callingCode: '90', postalCodeRegex: '^\\d{5}$' },
  PL: { culture: 'pl-PL', callingCode: '48', postalCodeRegex: '^\\d{2}-\\d{3}$' },
  ZA: { culture: 'en-ZA', callingCode: '27', postalCodeRegex: '^\\d{4}$' },
  IN: { culture: 'en-IN', callingCode: '91', postalCodeRegex: '^\\d{6}$' },
  BR: { culture: 'pt-BR', callingCode: '55', postalCodeRegex: '^\\d{5}-?\\d{3}$' },
  IQ: { culture: 'ar-IQ', callingCode: '964' },
  MM: { culture: 'my-MM', callingCode: '95' },
  SS: { culture: 'en-SS', callingCode: '211' },
  SA: { culture: 'ar-SA', callingCode: '966', postalCodeRegex: '^\\d{5}$' },
  AE: { culture: 'ar-AE', callingCode: '971' },
  VE: { culture: 'es-VE', callingCode: '58' },
  US: { culture: 'en-US', callingCode: '1', postalCodeRegex: '^\\d{5}(-\\d{4})?$' },
  CA: { culture: 'en-CA', callingCode: '1', postalCodeRegex: '^[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d$' },
  MX: { culture: 'es-MX', callingCode: '52', postalCodeRegex: '^\\d{5}$' },
  GB: { culture: 'en-GB', callingCode: '44' },
  IE: { culture: 'en-IE', callingCode: '353' },
  FR: { culture: 'fr-FR', callingCode: '33', postalCodeRegex: '^\\d{5}$' },
  DE: { culture: 'de-DE', callingCode: '49', postalCodeRegex: '^\\d{5}$' },
  NL: { culture: 'nl-NL', callingCode: '31', postalCodeRegex: '^\\d{4} ?[A-Za-z]{2}$' },
  BE: { culture: 'nl-BE', callingCode: '32', postalCodeRegex: '^\\d{4}$' },
  ES: { culture: 'es-ES', callingCode: '34', postalCodeRegex: '^\\d{5}$' },
  IT: { culture: 'it-IT', callingCode: '39', postalCodeRegex: '^\\d{5}$' },
  PT: { culture: 'pt-PT', callingCode: '351', postalCodeRegex: '^\\d{4}-\\d{3}$' },
  CH: { culture: 'de-CH', callingCode: '41', postalCodeRegex: '^\\d{4}$' },
  AT: { culture: 'de-AT', callingCode: '43', postalCodeRegex: '^\\d{4}$' },
  SE: { culture: 'sv-SE', callingCode: '46', postalCodeRegex: '^\\d{3} ?\\d{2}$' },
  NO: { culture: 'nb-NO', callingCode: '47', postalCodeRegex: '^\\d{4}$' },
  DK: { culture: 'da-DK', callingCode: '45', postalCodeRegex: '^\\d{4}$' },
  FI: { culture: 'fi-FI', callingCode: '358', postalCodeRegex: '^\\d{5}$' },
  CZ: { culture: 'cs-CZ', callingCode: '420', postalCodeRegex: '^\\d{3} ?\\d{2}$' },
  RO: { culture: 'ro-RO', callingCode: '40', postalCodeRegex: '^\\d{6}$' },
  GE: { culture: 'ka-GE', callingCode: '995' },
  JP: { culture: 'ja-JP', callingCode: '81', postalCodeRegex: '^\\d{3}-?\\d{4}$' },
  KR: { culture: 'ko-KR', callingCode: '82', postalCodeRegex: '^\\d{5}$' },
  SG: { culture: 'en-SG', callingCode: '65', postalCodeRegex: '^\\d{6}$' },
  AU: { culture: 'en-AU', callingCode: '61', postalCodeRegex: '^\\d{4}$' },
  NZ: { culture: 'en-NZ', callingCode: '64', postalCodeRegex: '^\\d{4}$' },
  AR: { culture: 'es-AR', callingCode: '54' },
  CL: { culture: 'es-CL', callingCode: '56' },
  CO: { culture: 'es-CO', callingCode: '57' },
  EG: { culture: 'ar-EG', callingCode: '20' },
  KE: { culture: 'en-KE', callingCode: '254' },
  NG: { culture: 'en-NG', callingCode: '234' },
};

/** The markets where a state is part of every address, with the codes Partner Center accepts. */
const requiredStates: Record<string, readonly string[]> = {
  US: (
    'AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH ' +
    'NJ NM NV NY OH OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY'
  ).split(' '),
  CA: 'AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '),
  AU: 'ACT NSW NT QLD SA TAS VIC WA'.split(' '),
};

/** EU member states among the markets: a VAT ID is supported there. */
const vatMarkets = new Set([
  'HU',
  'PL',
  'IE',
  'FR',
  'DE',
  'NL',
  'BE',
  'ES',
  'IT',
  'PT',
  'AT',
  'SE',
  'DK',
  'FI',
  'CZ',
  'RO',
]);

/**
 * `GET /v1/countryvalidationrules/{iso2}`: every field of Partner Center's CountryValidationRules
 * resource, then the swagger's `customerOrganization…` fields and our INN additions.
 */
export function countryValidationRules(iso2: string): CountryValidationRules {
  const code = iso2.toUpperCase();
  const r = screeningRuleFor(code);
  const address = addressRules[code];
  const culture = address?.culture ?? 'en-US';
  const language = culture.split('-')[0] ?? 'en';
  const states = requiredStates[code] ?? [];
  const documented = {
    iso2Code: code,
    defaultCulture: culture,
    isStateRequired: states.length > 0,
    supportedStatesList: [...states],
    supportedLanguagesList: [...new Set([language, 'en'])],
    supportedCulturesList: [...new Set([culture, 'en-US'])],
    isPostalCodeRequired: true,
    postalCodeRegex: address?.postalCodeRegex ?? '',
    isCityRequired: true,
    isVatIdSupported: vatMarkets.has(code),
    taxIdFormat: r ? registrationNumberRegex(r) : '',
    taxIdSample: r ? registrationNumberSample(r) : '',
    vatIdRegex: '',
    phoneNumberRegex: phoneNumberPattern,
    isTaxIdSupported: Boolean(r),
    isTaxIdOptional: !r,
    countryCallingCodesList: address ? [address.callingCode] : [],
    attributes: { objectType: 'CountryValidationRules' as const },
  };
  if (!r) {
    return {
      ...documented,
      customerOrganizationRegistrationNumberRequired: false,
      customerOrganizationPhoneNumberRequired: false,
    };
  }
  return {
    ...documented,
    customerOrganizationRegistrationNumberRegex: registrationNumberRegex(r),
    customerOrganizationRegistrationNumberSample: registrationNumberSample(r),
    customerOrganizationRegistrationNumberRequired: true,
    customerOrganizationPhoneNumberRequired: true,
    ...(r.lengths ? { customerOrganizationRegistrationNumberLengths: [...r.lengths] } : {}),
    customerOrganizationRegistrationNumberNativeName: r.nativeName,
    customerOrganizationRegistrationNumberEnglishName: r.englishName,
    customerOrganizationRegistrationNumberShortName: r.shortName,
  };
}
