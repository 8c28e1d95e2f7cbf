import { countryValidationRules, marketCountries } from '../data/country-rules';
import { collection, pcError, route } from '../http';

type CountryParams = { iso2: string };

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
    return Response.json(countryValidationRules(params.iso2));
  }),
];
