import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';
import { countryValidationRules, marketCountries } from '../data/country-rules';
import { collection, pcError, route } from '../http';

type CountryParams = { iso2: string };

/**
 * get-market-specific-validation-data's sample answers the same lists under other names, each
 * wrapped as `{ "value": [...] }`, and says whether a registration number is supported. The
 * answer carries both forms, so a client written against either the resource table or the
 * sample finds its fields. (The sample's reseller agreement and geographic regions are not in the
 * mock's tables, so they are not invented.)
 */
function withSampleNames(rules: CountryValidationRules) {
  return {
    ...rules,
    states: { value: rules.supportedStatesList },
    supportedLanguages: { value: rules.supportedLanguagesList },
    supportedCultures: { value: rules.supportedCulturesList },
    countryCallingCodes: { value: rules.countryCallingCodesList },
    isRegistrationNumberSupported: rules.customerOrganizationRegistrationNumberRegex !== undefined,
  };
}

export const countryValidationRulesHandlers = [
  /** Ours: the markets the mock sells in, each with its rules (feeds the country pickers). */
  route('get', '/v1/countryvalidationrules', ({ url }) =>
    Response.json(
      collection(
        marketCountries.map((iso2) => countryValidationRules(iso2)),
        url,
      ),
    ),
  ),

  /** Partner Center's own endpoint, served from the one rules table. */
  route<CountryParams>('get', '/v1/countryvalidationrules/:iso2', ({ params }) => {
    if (!/^[A-Za-z]{2}$/.test(params.iso2)) {
      return pcError({
        status: 400,
        code: 800002,
        errorName: 'InvalidInput',
        description: `"${params.iso2}" is not a two-letter ISO country code.`,
      });
    }
    return Response.json(withSampleNames(countryValidationRules(params.iso2)));
  }),
];
