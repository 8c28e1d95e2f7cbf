import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';
import type { Customer } from '@/lib/api-types/customers';
import { signInAs } from '@/lib/session';
import { screeningProblems, screeningRefusal } from '@/mocks/screening';
import { customerIdByName } from './helpers';

const rules = (iso2: string) => api.get<CountryValidationRules>(`/v1/countryvalidationrules/${iso2}`);
const customer = async (name: string) => api.get<Customer>(`/v1/customers/${await customerIdByName(name)}`);

describe('GET /v1/countryvalidationrules/{iso2}', () => {
  it('serves Azerbaijan with the regex Partner Center quotes in its 600050 example', async () => {
    expect(await rules('AZ')).toMatchObject({
      iso2Code: 'AZ',
      customerOrganizationRegistrationNumberRegex: '^(\\d{7}|\\d{10})$',
      customerOrganizationRegistrationNumberRequired: true,
      customerOrganizationPhoneNumberRequired: true,
      customerOrganizationRegistrationNumberLengths: [7, 10],
      customerOrganizationRegistrationNumberNativeName: 'ИНН / VOEN / ПИК',
      customerOrganizationRegistrationNumberEnglishName: 'TIN / INN / PIC',
    });
  });

  it('marks the 2021 countries required, alphanumeric only, without a digit rule', async () => {
    for (const iso2 of ['TH', 'VN', 'TR', 'PL', 'ZA', 'IN', 'BR', 'IQ', 'MM', 'SS', 'SA', 'AE', 'VE']) {
      const served = await rules(iso2.toLowerCase());
      expect(served.customerOrganizationRegistrationNumberRequired, iso2).toBe(true);
      expect(served.customerOrganizationPhoneNumberRequired, iso2).toBe(true);
      expect(served.customerOrganizationRegistrationNumberLengths, iso2).toBeUndefined();
      expect(served.customerOrganizationRegistrationNumberRegex, iso2).toBe('^[A-Za-z0-9]+$');
    }
  });

  it('requires nothing outside the list', async () => {
    const us = await rules('US');
    expect(us.customerOrganizationRegistrationNumberRequired).toBe(false);
    expect(us.customerOrganizationPhoneNumberRequired).toBe(false);
    expect(us.customerOrganizationRegistrationNumberRegex).toBeUndefined();
  });

  it('refuses a malformed country code with a Partner Center error', async () => {
    await expect(rules('USA')).rejects.toMatchObject({ status: 400, code: 800002 });
  });
});

describe('screeningProblems / screeningRefusal (used by the purchase handlers)', () => {
  it('refuses with 600049 when the INN is missing, listing every missing field', async () => {
    const astana = await customer('Astana Retail Group');
    expect(screeningProblems(astana)).toEqual(['organizationRegistrationNumber', 'phoneNumber']);
    const refusal = screeningRefusal(astana);
    expect(refusal?.status).toBe(400);
    const body = (await refusal?.json()) as { code: number; data: { field: string; code: number }[] };
    expect(body.code).toBe(600049);
    expect(body.data.map((d) => [d.field, d.code])).toEqual([
      ['companyProfile.organizationRegistrationNumber', 600049],
      ['billingProfile.defaultAddress.phoneNumber', 600051],
    ]);
  });

  it('refuses with 600051 when only the phone is missing', async () => {
    const brest = await customer('Brest Agro Holding');
    expect(screeningProblems(brest)).toEqual(['phoneNumber']);
    const body = (await screeningRefusal(brest)?.json()) as { code: number };
    expect(body.code).toBe(600051);
  });

  it('lets complete and non-screening customers through', async () => {
    expect(screeningRefusal(await customer('Steppe Mining JSC'))).toBeNull();
    expect(screeningRefusal(await customer('Fabrikam Health'))).toBeNull();
    expect(screeningProblems(await customer('Fabrikam Health'))).toEqual([]);
  });
});

describe('GET /v1/customers?screening=missing (the work list)', () => {
  it('lists exactly the screening-country customers that lack INN or phone, and badges them', async () => {
    const page = await api.get<{
      totalCount: number;
      items: (Customer & { missingScreeningInfo?: string[] })[];
    }>('/v1/customers', { query: { screening: 'missing', size: 100 } });
    const names = page.items.map((c) => c.companyProfile.companyName);
    expect(names).toContain('Astana Retail Group');
    expect(names).toContain('Brest Agro Holding');
    expect(names).not.toContain('Steppe Mining JSC');
    expect(names).not.toContain('Fabrikam Health');
    expect(page.items.every((c) => (c.missingScreeningInfo ?? []).length > 0)).toBe(true);
    expect(page.totalCount).toBe(page.items.length);
  });

  it('is refused to a caller without customer access', async () => {
    signInAs('user-finn-developer');
    const error = await api
      .get('/v1/customers', { query: { screening: 'missing' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
  });
});
