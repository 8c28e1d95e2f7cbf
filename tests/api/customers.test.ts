/**
 * Customers, their profiles and the country rules, checked against the request and response
 * samples of Partner Center's REST reference (get-a-list-of-customers, get-a-customer-by-id,
 * get-a-customer-s-company-profile, create-a-customer, update-a-customer-s-billing-profile,
 * get-market-specific-validation-data / country-information-resources).
 */
import { describe, expect, it } from 'vitest';
import { expectPcError, link, pc, seededCustomer } from './support';

const contoso = seededCustomer('contosooutdoor'); // US

let seq = 0;
/** The create-a-customer sample request, with its PascalCase property names. */
function createRequest(country = 'US', extra: Record<string, unknown> = {}) {
  seq += 1;
  return {
    CompanyProfile: { Domain: `contractapi${seq}${Date.now().toString(36)}`, ...extra },
    BillingProfile: {
      Culture: 'EN-US',
      Email: `it${seq}@fabrikam.example`,
      Language: 'En',
      CompanyName: `Fabrikam ${seq}`,
      DefaultAddress: {
        Country: country,
        Region: 'WA',
        City: 'Redmond',
        State: 'WA',
        AddressLine1: 'One Microsoft Way',
        PostalCode: '98052',
        FirstName: 'Ana',
        LastName: 'Silva',
        PhoneNumber: '4255550101',
      },
    },
  };
}

describe('GET /v1/customers', () => {
  it('answers a Collection whose items carry the company profile but no billing profile, and links.self', async () => {
    const res = await pc('/v1/customers?size=40');
    expect(res.status).toBe(200);
    expect(res.body.attributes).toEqual({ objectType: 'Collection' });
    expect(res.body.links.self).toEqual(link('/v1/customers?size=40'));
    expect(typeof res.body.totalCount).toBe('number');
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const item of res.body.items) {
      expect(item).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          companyProfile: expect.objectContaining({
            tenantId: item.id,
            domain: expect.any(String),
            companyName: expect.any(String),
            attributes: { objectType: 'CustomerCompanyProfile' },
          }),
          relationshipToPartner: 'reseller',
          links: { self: link(`/customers/${item.id}`) },
          attributes: { objectType: 'Customer' },
        }),
      );
      expect(item).not.toHaveProperty('billingProfile');
    }
  });
});

describe('GET /v1/customers: pages with a continuation token', () => {
  type Page = {
    items: Array<{ id: string; companyProfile: { companyName: string } }>;
    continuationToken?: string;
    links: { next?: { uri: string; method: string; headers: Array<{ key: string; value: string }> } };
  };
  /** Follows `links.next` as a client of the reference would: its URI, with the headers it names. */
  async function readAll(first: string) {
    const pages: Page[] = [];
    let res = await pc<Page>(first);
    for (;;) {
      expect(res.status).toBe(200);
      pages.push(res.body);
      const next = res.body.links.next;
      if (!next) return pages;
      expect(next.method).toBe('GET');
      expect(next.headers).toEqual([{ key: 'MS-ContinuationToken', value: res.body.continuationToken }]);
      res = await pc<Page>(next.uri, {
        headers: Object.fromEntries(next.headers.map((header) => [header.key, header.value])),
      });
    }
  }

  it('hands out every customer once, page by page, and the last page has no next link', async () => {
    const everyone = await pc('/v1/customers?size=500');
    expect(everyone.body.continuationToken).toBeUndefined();
    expect(everyone.body.links.next).toBeUndefined();

    const pages = await readAll('/v1/customers?size=15');
    const total: number = everyone.body.items.length;
    expect(total).toBeGreaterThan(30);
    expect(pages.map((page) => page.items.length)).toEqual(
      Array.from({ length: Math.ceil(total / 15) }, (_, index) => Math.min(15, total - 15 * index)),
    );
    expect(pages[0]?.continuationToken).toEqual(expect.any(String));
    expect(pages[0]?.links.next?.uri).toBe('/v1/customers?seekOperation=Next');
    expect(pages.at(-1)?.continuationToken).toBeUndefined();
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(ids).toEqual(everyone.body.items.map((item: { id: string }) => item.id));
  });

  it('keeps the search of the first request on the following pages', async () => {
    const filter = encodeURIComponent(
      JSON.stringify({ Field: 'CompanyName', Value: 'a', Operator: 'starts_with' }),
    );
    const all = await pc(`/v1/customers?size=500&filter=${filter}`);
    expect(all.body.items.length).toBeGreaterThan(2);
    const pages = await readAll(`/v1/customers?size=2&filter=${filter}`);
    expect(pages.length).toBe(Math.ceil(all.body.items.length / 2));
    const names = pages.flatMap((page) => page.items.map((item) => item.companyProfile.companyName));
    expect(names).toEqual(
      all.body.items.map((item: Page['items'][number]) => item.companyProfile.companyName),
    );
  });

  it('refuses seekOperation=Next without a token this API handed out, and another seek operation', async () => {
    expectPcError(await pc('/v1/customers?seekOperation=Next'), 400, 800002);
    expectPcError(
      await pc('/v1/customers?seekOperation=Next', { headers: { 'MS-ContinuationToken': 'not-a-token' } }),
      400,
      800002,
    );
    expectPcError(await pc('/v1/customers?seekOperation=Previous'), 400, 800002);
  });
});

describe('GET /v1/customers?filter= (get-a-customer-by-name)', () => {
  const search = (filter: object, size = 0) =>
    pc(`/v1/customers?size=${size}&filter=${encodeURIComponent(JSON.stringify(filter))}`);
  const names = (body: { items: Array<{ companyProfile: { companyName: string } }> }) =>
    body.items.map((item) => item.companyProfile.companyName).sort();

  it('finds the customers whose company name starts with the value, in any case', async () => {
    const all = await pc('/v1/customers?size=500');
    const expected = names(all.body).filter((name) => name.toLowerCase().startsWith('ast'));
    expect(expected).toContain('Astana Retail Group');

    const res = await search({ Field: 'CompanyName', Value: 'ASt', Operator: 'starts_with' });
    expect(res.status).toBe(200);
    expect(res.body.attributes).toEqual({ objectType: 'Collection' });
    expect(res.body.totalCount).toBe(expected.length);
    expect(names(res.body)).toEqual(expected);
  });

  it('finds a customer by the start of its domain', async () => {
    const res = await search({ Field: 'Domain', Value: 'contosooutdoor', Operator: 'starts_with' });
    expect(res.status).toBe(200);
    expect(res.body.items.map((item: { id: string }) => item.id)).toEqual([contoso]);
    expect(res.body.items[0].companyProfile.domain).toBe('contosooutdoor.onmicrosoft.com');
  });

  it('finds nobody for an indirect reseller: every seeded customer buys directly', async () => {
    const res = await search({
      Field: 'IndirectReseller',
      Value: '484e548c-f5f3-4528-93a9-c16c6373cb59',
      Operator: 'starts_with',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.objectContaining({ totalCount: 0, items: [] }));
  });

  it('refuses another operation, an unknown field or a filter that is not JSON with 400 / 800002', async () => {
    expectPcError(await search({ Field: 'CompanyName', Value: 'a', Operator: 'equals' }), 400, 800002);
    expectPcError(await search({ Field: 'Country', Value: 'US', Operator: 'starts_with' }), 400, 800002);
    expectPcError(await pc('/v1/customers?filter=%7Bnot-json'), 400, 800002);
  });
});

describe('GET /v1/customers/{id}', () => {
  it('answers the Customer with both profiles, each with its links, and allowDelegatedAccess', async () => {
    const res = await pc(`/v1/customers/${contoso}`);
    expect(res.status).toBe(200);
    const customer = res.body;
    expect(customer).toEqual(
      expect.objectContaining({
        id: contoso,
        commerceId: expect.any(String),
        relationshipToPartner: 'reseller',
        allowDelegatedAccess: true,
        customDomains: [customer.companyProfile.domain],
        links: { self: link(`/customers/${contoso}`) },
        attributes: { objectType: 'Customer' },
      }),
    );
    expect(customer.companyProfile.links).toEqual({ self: link(`/customers/${contoso}/profiles/company`) });
    expect(customer.billingProfile).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        email: expect.any(String),
        culture: expect.any(String),
        language: expect.any(String),
        companyName: expect.any(String),
        defaultAddress: expect.objectContaining({ country: 'US', city: expect.any(String) }),
        links: { self: link(`/customers/${contoso}/profiles/billing`) },
        attributes: { objectType: 'CustomerBillingProfile', etag: expect.any(String) },
      }),
    );
  });

  it('answers 404 with a Partner Center body for an unknown customer', async () => {
    expectPcError(await pc('/v1/customers/00000000-0000-0000-0000-000000000000'), 404, 60003);
  });
});

describe('GET /v1/customers/{id}/profiles/company', () => {
  it('carries the address, email and links of the documented sample', async () => {
    const customer = (await pc(`/v1/customers/${contoso}`)).body;
    const res = await pc(`/v1/customers/${contoso}/profiles/company`);
    expect(res.status).toBe(200);
    const billingAddress = customer.billingProfile.defaultAddress;
    expect(res.body).toEqual(
      expect.objectContaining({
        tenantId: contoso,
        domain: customer.companyProfile.domain,
        companyName: customer.companyProfile.companyName,
        email: customer.billingProfile.email,
        links: { self: link(`/customers/${contoso}/profiles/company`) },
        attributes: { objectType: 'CustomerCompanyProfile' },
      }),
    );
    expect(res.body.address).toEqual(
      expect.objectContaining({
        country: billingAddress.country,
        region: billingAddress.state,
        city: billingAddress.city,
        addressLine1: billingAddress.addressLine1,
        postalCode: billingAddress.postalCode,
      }),
    );
  });
});

describe('GET and PUT /v1/customers/{id}/profiles/billing', () => {
  it('GET carries its etag and links; PUT with If-Match answers the updated profile with a new etag', async () => {
    const got = await pc(`/v1/customers/${contoso}/profiles/billing`);
    expect(got.status).toBe(200);
    expect(got.body.links).toEqual({ self: link(`/customers/${contoso}/profiles/billing`) });
    const etag = got.body.attributes.etag;

    const put = await pc(`/v1/customers/${contoso}/profiles/billing`, {
      method: 'PUT',
      headers: { 'If-Match': `"${etag}"` },
      body: { ...got.body, email: 'billing@contoso.example' },
    });
    expect(put.status).toBe(200);
    expect(put.body.email).toBe('billing@contoso.example');
    expect(put.body.links).toEqual({ self: link(`/customers/${contoso}/profiles/billing`) });
    expect(put.body.attributes.objectType).toBe('CustomerBillingProfile');
    expect(put.body.attributes.etag).not.toBe(etag);
  });

  it('takes the documentation’s request: PascalCase, the ETag in the body instead of If-Match', async () => {
    const current = (await pc(`/v1/customers/${contoso}/profiles/billing`)).body;
    const documented = (etag: string) => ({
      Id: current.id,
      FirstName: 'FirstName',
      LastName: 'LastName',
      Email: 'email@sample.com',
      Culture: 'en-US',
      Language: 'en',
      CompanyName: 'CompanyName',
      DefaultAddress: {
        Country: 'US',
        Region: null,
        City: 'Redmond',
        State: 'WA',
        AddressLine1: 'One Microsoft Way',
        AddressLine2: null,
        PostalCode: '98052',
        FirstName: 'FirstName',
        LastName: 'LastName',
        PhoneNumber: '4255555555',
      },
      Links: { Self: { Uri: `/v1/customers/${contoso}/profiles/billing`, Method: 'GET', Headers: [] } },
      Attributes: { Etag: etag, ObjectType: 'CustomerBillingProfile' },
    });
    const saved = await pc(`/v1/customers/${contoso}/profiles/billing`, {
      method: 'PUT',
      body: documented(current.attributes.etag),
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(
      expect.objectContaining({
        email: 'email@sample.com',
        firstName: 'FirstName',
        defaultAddress: expect.objectContaining({
          addressLine1: 'One Microsoft Way',
          phoneNumber: '4255555555',
        }),
      }),
    );
    expect(saved.body.defaultAddress).not.toHaveProperty('addressLine2');
    // The ETag that save replaced is stale; with neither If-Match nor a body ETag, 412 too.
    expectPcError(
      await pc(`/v1/customers/${contoso}/profiles/billing`, {
        method: 'PUT',
        body: documented(current.attributes.etag),
      }),
      412,
      2055,
    );
    const { Attributes: _attributes, ...withoutEtag } = documented('');
    expectPcError(
      await pc(`/v1/customers/${contoso}/profiles/billing`, { method: 'PUT', body: withoutEtag }),
      412,
      2055,
    );
  });

  it('PUT with a stale etag answers 412 with a Partner Center body', async () => {
    const got = await pc(`/v1/customers/${contoso}/profiles/billing`);
    const stale = await pc(`/v1/customers/${contoso}/profiles/billing`, {
      method: 'PUT',
      headers: { 'If-Match': '"stale"' },
      body: got.body,
    });
    expectPcError(stale, 412);
  });
});

describe('POST /v1/customers', () => {
  it('answers 201 with the customer, its profiles and the new admin credentials (PascalCase request)', async () => {
    const request = createRequest();
    const res = await pc('/v1/customers', { method: 'POST', body: request });
    expect(res.status).toBe(201);
    expect(res.body).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        commerceId: expect.any(String),
        userCredentials: { userName: expect.any(String), password: expect.any(String) },
        relationshipToPartner: 'none',
        attributes: { objectType: 'Customer' },
      }),
    );
    expect(res.body.companyProfile).toEqual(
      expect.objectContaining({
        tenantId: res.body.id,
        domain: `${request.CompanyProfile.Domain}.onmicrosoft.com`,
        attributes: { objectType: 'CustomerCompanyProfile' },
      }),
    );
    expect(res.body.billingProfile.attributes).toEqual({
      objectType: 'CustomerBillingProfile',
      etag: expect.any(String),
    });
  });

  it('the documentation’s own request: its whole domain kept, its culture and language as answered', async () => {
    const res = await pc('/v1/customers', {
      method: 'POST',
      body: {
        CompanyProfile: { Domain: 'xyz.ccsctp.net' },
        BillingProfile: {
          Culture: 'EN-US',
          Email: 'test@outlook.com',
          Language: 'en',
          CompanyName: 'test company',
          DefaultAddress: {
            FirstName: 'Test',
            LastName: 'Test',
            AddressLine1: 'One Microsoft Way',
            City: 'Redmond',
            State: 'WA',
            PostalCode: '98052',
            Country: 'US',
          },
        },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.companyProfile.domain).toBe('xyz.ccsctp.net');
    expect(res.body.billingProfile).toEqual(
      expect.objectContaining({
        email: 'test@outlook.com',
        culture: 'en-US',
        language: 'en',
        companyName: 'test company',
        defaultAddress: expect.objectContaining({
          country: 'US',
          city: 'Redmond',
          state: 'WA',
          addressLine1: 'One Microsoft Way',
          postalCode: '98052',
          firstName: 'Test',
          lastName: 'Test',
        }),
      }),
    );
    // A bare name is still under .onmicrosoft.com; the availability check finds the whole domain
    // taken, whatever its case.
    expect(
      (await pc('/v1/customers', { method: 'POST', body: createRequest() })).body.companyProfile.domain,
    ).toMatch(/\.onmicrosoft\.com$/);
    expect((await pc('/v1/domains/XYZ.ccsctp.net', { method: 'HEAD' })).status).toBe(200);
  });

  it('is idempotent on MS-RequestId: the retry answers the customer already created, not 409', async () => {
    const request = createRequest();
    const headers = { 'MS-RequestId': '0b7d4e0a-9a51-4c2d-8e0f-9a117f1c2a4e' };
    const first = await pc('/v1/customers', { method: 'POST', body: request, headers });
    const retry = await pc('/v1/customers', { method: 'POST', body: request, headers });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('MS-RequestId')).toBe(headers['MS-RequestId']);

    const domain = first.body.companyProfile.domain;
    const list = await pc(`/v1/customers?q=${encodeURIComponent(domain)}`);
    expect(list.body.totalCount).toBe(1);

    // A new request id is a new create: the domain is taken now.
    const another = await pc('/v1/customers', {
      method: 'POST',
      body: request,
      headers: { 'MS-RequestId': '5c2d1e0f-9a11-4f1c-9a4e-0b7d4e0a9a51' },
    });
    expectPcError(another, 409);
  });

  it('refuses a Kazakhstan customer whose INN is not 12 digits with 600050 and the expected format', async () => {
    const res = await pc('/v1/customers', {
      method: 'POST',
      body: createRequest('KZ', { OrganizationRegistrationNumber: '12345678901' }),
    });
    expectPcError(res, 400, 600050);
    expect(res.body.description).toContain('^(\\d{12})$');
  });

  it('refuses a Kazakhstan customer without INN with 600049', async () => {
    expectPcError(await pc('/v1/customers', { method: 'POST', body: createRequest('KZ') }), 400, 600049);
  });
});

describe('GET /v1/countryvalidationrules/{iso2}', () => {
  it('serves every documented CountryValidationRules field with its JSON type, then our INN additions', async () => {
    const res = await pc('/v1/countryvalidationrules/US');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        iso2Code: 'US',
        defaultCulture: 'en-US',
        isStateRequired: true,
        supportedStatesList: expect.arrayContaining(['WA', 'NY', 'CA']),
        supportedLanguagesList: expect.arrayContaining(['en']),
        supportedCulturesList: expect.arrayContaining(['en-US']),
        isPostalCodeRequired: true,
        postalCodeRegex: expect.any(String),
        isCityRequired: true,
        isVatIdSupported: false,
        taxIdFormat: expect.any(String),
        taxIdSample: expect.any(String),
        vatIdRegex: expect.any(String),
        phoneNumberRegex: expect.any(String),
        isTaxIdSupported: expect.any(Boolean),
        isTaxIdOptional: expect.any(Boolean),
        countryCallingCodesList: ['1'],
        attributes: { objectType: 'CountryValidationRules' },
      }),
    );
    expect(new RegExp(res.body.postalCodeRegex).test('98052')).toBe(true);
    expect(res.body.customerOrganizationRegistrationNumberRequired).toBe(false);
  });

  it('Kazakhstan: the INN rule as the swagger fields plus ours', async () => {
    const res = await pc('/v1/countryvalidationrules/kz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(
      expect.objectContaining({
        iso2Code: 'KZ',
        isStateRequired: false,
        supportedStatesList: [],
        countryCallingCodesList: ['7'],
        customerOrganizationRegistrationNumberRegex: '^(\\d{12})$',
        customerOrganizationRegistrationNumberRequired: true,
        customerOrganizationPhoneNumberRequired: true,
        customerOrganizationRegistrationNumberLengths: [12],
        attributes: { objectType: 'CountryValidationRules' },
      }),
    );
  });

  it('also answers the lists as get-market-specific-validation-data’s sample writes them', async () => {
    for (const [iso2, registration] of [
      ['US', false],
      ['KZ', true],
    ] as const) {
      const { body } = await pc(`/v1/countryvalidationrules/${iso2}`);
      expect(body.states).toEqual({ value: body.supportedStatesList });
      expect(body.supportedLanguages).toEqual({ value: body.supportedLanguagesList });
      expect(body.supportedCultures).toEqual({ value: body.supportedCulturesList });
      expect(body.countryCallingCodes).toEqual({ value: body.countryCallingCodesList });
      expect(body.isRegistrationNumberSupported).toBe(registration);
    }
    const us = (await pc('/v1/countryvalidationrules/US')).body;
    expect(us.states.value).toEqual(expect.arrayContaining(['AK', 'WA', 'WY']));
    expect(us.countryCallingCodes).toEqual({ value: ['1'] });
  });

  it('answers 400 with a Partner Center body for a code that is not two letters', async () => {
    expectPcError(await pc('/v1/countryvalidationrules/USA'), 400, 800002);
  });
});

describe('GET /v1/countryvalidationrules (ours)', () => {
  it('lists the markets as a Collection with links.self', async () => {
    const res = await pc('/v1/countryvalidationrules');
    expect(res.status).toBe(200);
    expect(res.body.links.self).toEqual(link('/v1/countryvalidationrules'));
    expect(res.body.items.map((r: { iso2Code: string }) => r.iso2Code)).toEqual(
      expect.arrayContaining(['KZ', 'US']),
    );
  });
});
