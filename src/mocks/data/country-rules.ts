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

export function countryValidationRules(iso2: string): CountryValidationRules {
  const code = iso2.toUpperCase();
  const r = screeningRuleFor(code);
  const base = {
    iso2Code: code,
    phoneNumberRegex: phoneNumberPattern,
    attributes: { objectType: 'CountryValidationRules' as const },
  };
  if (!r) {
    return {
      ...base,
      customerOrganizationRegistrationNumberRequired: false,
      customerOrganizationPhoneNumberRequired: false,
    };
  }
  return {
    ...base,
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
