/**
 * The partner's profiles at the wire: the legal business profile (GET, and PUT with its ETag), the
 * organization and MPN profiles, the billing and support profiles, in the documented shapes with
 * the samples' self links.
 */
import { describe, expect, it } from 'vitest';
import { expectPcError, link, pc } from './support';

/**
 * An address as the documentation's profile updates send it (PascalCase, null where empty), in
 * the profile's own country: the legal country cannot change.
 */
const documentedAddress = (country: string) => ({
  Country: country,
  Region: null,
  City: 'Lyon',
  State: null,
  AddressLine1: '5 place Bellecour',
  AddressLine2: '',
  PostalCode: '69002',
});

describe('GET and PUT /v1/profiles/legalbusiness', () => {
  it('answers the documented fields with the sample’s self link; PUT with If-Match answers the same way', async () => {
    const current = await pc('/v1/profiles/legalbusiness');
    expect(current.status).toBe(200);
    expect(current.body).toEqual(
      expect.objectContaining({
        companyName: expect.any(String),
        address: expect.objectContaining({ country: expect.any(String), city: expect.any(String) }),
        primaryContact: expect.objectContaining({ email: expect.any(String) }),
        companyApproverAddress: expect.any(Object),
        companyApproverEmail: expect.any(String),
        vettingStatus: expect.any(String),
        vettingSubStatus: expect.any(String),
        profileType: 'LegalBusinessProfile',
        links: { self: link('/profiles/legalbusiness') },
        attributes: expect.objectContaining({ objectType: 'LegalBusinessProfile', etag: expect.any(String) }),
      }),
    );

    const etag = current.headers.get('ETag') ?? '';
    const renamed = { ...current.body, companyName: `${current.body.companyName} Group` };
    const saved = await pc('/v1/profiles/legalbusiness', {
      method: 'PUT',
      body: renamed,
      headers: { 'If-Match': etag },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.companyName).toBe(renamed.companyName);
    expect(saved.body.links).toEqual({ self: link('/profiles/legalbusiness') });
    expect(saved.body.attributes.etag).not.toBe(current.body.attributes.etag);

    // The ETag read before that save is stale now.
    expectPcError(
      await pc('/v1/profiles/legalbusiness', { method: 'PUT', body: renamed, headers: { 'If-Match': etag } }),
      412,
    );
  });
});

describe('PUT /v1/profiles/legalbusiness as documented', () => {
  it('takes the documented request: PascalCase, the ETag in the body instead of If-Match', async () => {
    const current = (await pc('/v1/profiles/legalbusiness')).body;
    const address = {
      ...documentedAddress(current.address.country),
      FirstName: 'Gena',
      LastName: 'Soto',
      PhoneNumber: '+33 4 72 00 00 00',
    };
    const documented = (etag?: string) => ({
      CompanyName: 'Lucerne Publishing',
      Address: address,
      PrimaryContact: {
        FirstName: 'Gena',
        LastName: 'Soto',
        Email: 'gena@lucernepublishing.com',
        PhoneNumber: '+33 4 72 00 00 00',
      },
      CompanyApproverAddress: { ...address, FirstName: null, LastName: null, PhoneNumber: null },
      CompanyApproverEmail: 'gena@lucernepublishing.com',
      TaxId: current.taxId,
      VettingStatus: 'authorized',
      VettingSubStatus: 'none',
      Links: { Self: { Uri: '/profiles/legalbusiness', Method: 'GET', Headers: [] } },
      Attributes: { ...(etag ? { Etag: etag } : {}), ObjectType: 'LegalBusinessProfile' },
    });
    const saved = await pc('/v1/profiles/legalbusiness', {
      method: 'PUT',
      body: documented(current.attributes.etag),
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(
      expect.objectContaining({
        companyName: 'Lucerne Publishing',
        address: expect.objectContaining({ city: 'Lyon', addressLine1: '5 place Bellecour' }),
        companyApproverEmail: 'gena@lucernepublishing.com',
        // Sent as null, the approver's names stay.
        companyApproverAddress: expect.objectContaining({
          firstName: current.companyApproverAddress.firstName,
          lastName: current.companyApproverAddress.lastName,
        }),
      }),
    );
    // The replaced ETag is stale; without any ETag the update is refused too.
    expectPcError(
      await pc('/v1/profiles/legalbusiness', { method: 'PUT', body: documented(current.attributes.etag) }),
      412,
    );
    expectPcError(await pc('/v1/profiles/legalbusiness', { method: 'PUT', body: documented() }), 412);
  });
});

describe('GET /v1/profiles/organization', () => {
  it("answers the organization from the legal profile and the partner's tenant, as documented", async () => {
    const [organization, legal, tenants] = await Promise.all([
      pc('/v1/profiles/organization'),
      pc('/v1/profiles/legalbusiness'),
      pc('/v1/tenants'),
    ]);
    expect(organization.status).toBe(200);
    const tenant = tenants.body.items.find((item: { type: string }) => item.type !== 'developer');
    expect(organization.body).toEqual({
      id: tenant.tenantId,
      companyName: legal.body.companyName,
      defaultAddress: legal.body.address,
      tenantId: tenant.tenantId,
      domain: tenant.primaryDomain,
      email: legal.body.primaryContact.email,
      language: 'fr',
      culture: 'fr-FR',
      profileType: 'OrganizationProfile',
      links: { self: link('/profiles/organization') },
      attributes: { objectType: 'OrganizationProfile', etag: expect.any(String) },
    });
  });
});

describe("the partner's profile addresses", () => {
  it('carry every documented line, the empty ones as empty strings, as the samples show them', async () => {
    const fullAddress = expect.objectContaining({
      state: expect.any(String),
      addressLine2: expect.any(String),
    });
    const legal = await pc('/v1/profiles/legalbusiness');
    expect(legal.body.address).toEqual(fullAddress);
    expect(legal.body.companyApproverAddress).toEqual(fullAddress);
    expect((await pc('/v1/profiles/organization')).body.defaultAddress).toEqual(fullAddress);
    const billing = await pc('/v1/profiles/billing');
    expect(billing.body.address).toEqual(fullAddress);
    // The seeded legal and billing addresses have no state: it is answered empty, not made up.
    expect(legal.body.address.state).toBe('');
    expect(billing.body.address.state).toBe('');
  });
});

describe('GET /v1/profiles/mpn', () => {
  it("answers the partner's own MPN profile, one of its Partner IDs, and 404 / 3000 for another partner", async () => {
    const own = await pc('/v1/profiles/mpn');
    expect(own.status).toBe(200);
    expect(own.body).toEqual({
      partnerName: expect.any(String),
      mpnId: expect.stringMatching(/^\d+$/),
      profileType: 'MpnProfile',
      links: { self: link('/profiles/mpn') },
      attributes: { objectType: 'MpnProfile' },
    });
    const locations = (await pc('/v1/profiles/locations')).body.items;
    const branch = locations.find((location: { isHeadquarters: boolean }) => !location.isHeadquarters);
    expect((await pc(`/v1/profiles/mpn?mpnId=${branch.id}`)).body.mpnId).toBe(branch.id);

    // The documentation's failure sample.
    const unknown = await pc('/v1/profiles/mpn?mpnId=9999999');
    expectPcError(unknown, 404, 3000);
    expect(unknown.body.description).toBe('Partner Organization with partner_id 9999999 could not be found');
  });
});

describe('PUT /v1/profiles/organization', () => {
  it('takes the documented request (ETag in the body) and writes through to the legal profile', async () => {
    const current = (await pc('/v1/profiles/organization')).body;
    const documented = {
      id: current.id,
      companyName: 'Woodgrove Cloud Europe',
      defaultAddress: {
        country: current.defaultAddress.country,
        city: 'Lyon',
        state: null,
        addressLine1: '5 place Bellecour',
        addressLine2: '',
        postalCode: '69002',
        firstName: 'Test',
        lastName: 'Account',
        phoneNumber: '',
      },
      tenantId: current.tenantId,
      domain: current.domain,
      email: 'test-partner@woodgrovecloud.com',
      language: 'en',
      culture: 'en-GB',
      links: { self: link('/profiles/organization') },
      attributes: { etag: current.attributes.etag, objectType: 'OrganizationProfile' },
    };
    const saved = await pc('/v1/profiles/organization', { method: 'PUT', body: documented });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(
      expect.objectContaining({
        companyName: 'Woodgrove Cloud Europe',
        defaultAddress: expect.objectContaining({
          city: 'Lyon',
          addressLine1: '5 place Bellecour',
          firstName: 'Test',
        }),
        email: 'test-partner@woodgrovecloud.com',
        language: 'en',
        culture: 'en-GB',
        profileType: 'OrganizationProfile',
      }),
    );
    expect(saved.body.attributes.etag).not.toBe(current.attributes.etag);
    expect(saved.headers.get('ETag')).toBe(`"${saved.body.attributes.etag}"`);

    // It is the legal profile, changed: same name, address and email, and the same new ETag.
    const legal = (await pc('/v1/profiles/legalbusiness')).body;
    expect(legal.companyName).toBe('Woodgrove Cloud Europe');
    expect(legal.address).toEqual(saved.body.defaultAddress);
    expect(legal.primaryContact.email).toBe('test-partner@woodgrovecloud.com');
    expect(legal.attributes.etag).toBe(saved.body.attributes.etag);
    expect((await pc('/v1/profiles/organization')).body).toEqual(saved.body);

    // The ETag that save replaced is stale.
    expectPcError(await pc('/v1/profiles/organization', { method: 'PUT', body: documented }), 412);
  });

  it("refuses what the legal profile's rules refuse, naming the organization's fields, and changes nothing", async () => {
    const current = (await pc('/v1/profiles/organization')).body;
    const refused = await pc('/v1/profiles/organization', {
      method: 'PUT',
      body: { ...current, email: 'nobody', defaultAddress: { ...current.defaultAddress, city: '' } },
    });
    expectPcError(refused, 400);
    expect(refused.body.data.map((item: { field: string }) => item.field)).toEqual([
      'defaultAddress.city',
      'email',
    ]);
    for (const change of [
      { defaultAddress: { ...current.defaultAddress, country: 'US' } },
      { culture: 'french' },
    ]) {
      expectPcError(
        await pc('/v1/profiles/organization', { method: 'PUT', body: { ...current, ...change } }),
        400,
      );
    }
    expect((await pc('/v1/profiles/organization')).body).toEqual(current);
  });
});

describe('GET and PUT /v1/profiles/billing', () => {
  it('answers the documented fields, with the legal profile’s tax ID and the partner’s currency', async () => {
    const [billing, legal] = await Promise.all([
      pc('/v1/profiles/billing'),
      pc('/v1/profiles/legalbusiness'),
    ]);
    expect(billing.status).toBe(200);
    expect(billing.body).toEqual({
      companyName: expect.any(String),
      address: expect.objectContaining({
        country: legal.body.address.country,
        city: expect.any(String),
        addressLine1: expect.any(String),
        postalCode: expect.any(String),
      }),
      primaryContact: expect.objectContaining({
        firstName: expect.any(String),
        lastName: expect.any(String),
      }),
      purchaseOrderNumber: expect.any(String),
      taxId: legal.body.taxId,
      billingCurrency: 'EUR',
      profileType: 'BillingProfile',
      links: { self: link('/profiles/billing') },
      attributes: { objectType: 'BillingProfile', etag: expect.any(String) },
    });
    expect(billing.headers.get('ETag')).toBe(`"${billing.body.attributes.etag}"`);
  });

  it('takes the documentation’s request (PascalCase, the ETag in the body, a null email) and keeps the read-only fields', async () => {
    const current = (await pc('/v1/profiles/billing')).body;
    const documented = {
      CompanyName: 'Woodgrove Cloud Billing',
      Address: {
        ...documentedAddress(current.address.country),
        FirstName: null,
        LastName: null,
        PhoneNumber: null,
      },
      PrimaryContact: { FirstName: 'Test', LastName: 'Customer', Email: null, PhoneNumber: '' },
      PurchaseOrderNumber: '9888',
      TaxId: 'FR00000000000',
      BillingCurrency: 'USD',
      Links: { Self: { Uri: '/profiles/billing', Method: 'GET', Headers: [] } },
      Attributes: { Etag: current.attributes.etag, ObjectType: 'BillingProfile' },
    };
    const saved = await pc('/v1/profiles/billing', { method: 'PUT', body: documented });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({
      ...current,
      companyName: 'Woodgrove Cloud Billing',
      address: {
        country: current.address.country,
        city: 'Lyon',
        addressLine1: '5 place Bellecour',
        // Sent as null and "": answered as empty lines.
        addressLine2: '',
        state: '',
        postalCode: '69002',
      },
      primaryContact: { firstName: 'Test', lastName: 'Customer' },
      purchaseOrderNumber: '9888',
      attributes: { objectType: 'BillingProfile', etag: expect.any(String) },
    });
    expect(saved.body.attributes.etag).not.toBe(current.attributes.etag);
    expect((await pc('/v1/profiles/billing')).body).toEqual(saved.body);

    // The ETag that save replaced is stale, in the body as in If-Match.
    expectPcError(await pc('/v1/profiles/billing', { method: 'PUT', body: documented }), 412);
    expectPcError(
      await pc('/v1/profiles/billing', {
        method: 'PUT',
        body: { ...saved.body, attributes: undefined },
        headers: { 'If-Match': `"${current.attributes.etag}"` },
      }),
      412,
    );
  });

  it('refuses a missing name, a bad email and another country, with the field named, and keeps the profile', async () => {
    const current = (await pc('/v1/profiles/billing')).body;
    const invalid = await pc('/v1/profiles/billing', {
      method: 'PUT',
      body: {
        ...current,
        companyName: ' ',
        primaryContact: { ...current.primaryContact, email: 'not-an-email' },
      },
    });
    expectPcError(invalid, 400);
    expect(invalid.body.data.map((issue: { field: string }) => issue.field)).toEqual([
      'companyName',
      'primaryContact.email',
    ]);
    const moved = await pc('/v1/profiles/billing', {
      method: 'PUT',
      body: { ...current, address: { ...current.address, country: 'US' } },
    });
    expectPcError(moved, 400);
    expect(moved.body.data).toEqual([expect.objectContaining({ field: 'address.country' })]);
    expect((await pc('/v1/profiles/billing')).body).toEqual(current);
  });
});

describe('GET and PUT /v1/profiles/support', () => {
  it('answers the documented shape, and the documented PUT /v1/profiles/supportprofile updates it', async () => {
    const current = await pc('/v1/profiles/support');
    expect(current.status).toBe(200);
    expect(current.body).toEqual({
      email: expect.any(String),
      telephone: expect.any(String),
      website: expect.any(String),
      profileType: 'support_profile',
      links: { self: link('/v1/profiles/support') },
      attributes: { objectType: 'PartnerSupportProfile' },
    });

    const documented = {
      Email: 'email@sample.com',
      Telephone: '4255555555',
      Website: 'www.microsoft.com',
      ProfileType: 'support_profile',
      Attributes: { ObjectType: 'PartnerSupportProfile' },
    };
    const saved = await pc('/v1/profiles/supportprofile', { method: 'PUT', body: documented });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({
      ...current.body,
      email: 'email@sample.com',
      telephone: '4255555555',
      website: 'www.microsoft.com',
    });
    expect((await pc('/v1/profiles/support')).body).toEqual(saved.body);

    // The REST reference's path for the same update.
    const again = await pc('/v1/profiles/support', {
      method: 'PUT',
      body: { ...saved.body, telephone: '+33 1 84 88 12 99' },
    });
    expect(again.status).toBe(200);
    expect(again.body.telephone).toBe('+33 1 84 88 12 99');
  });

  it('refuses a bad email, phone or website with each field named, and keeps the profile', async () => {
    const current = (await pc('/v1/profiles/support')).body;
    const refused = await pc('/v1/profiles/supportprofile', {
      method: 'PUT',
      body: { email: 'support', telephone: 'call us', website: 'nowhere' },
    });
    expectPcError(refused, 400);
    expect(refused.body.data.map((issue: { field: string }) => issue.field)).toEqual([
      'email',
      'telephone',
      'website',
    ]);
    expect((await pc('/v1/profiles/support')).body).toEqual(current);
  });
});
