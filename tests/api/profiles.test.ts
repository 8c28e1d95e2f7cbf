/**
 * The partner's profiles at the wire: the legal business profile (GET, and PUT with its ETag), the
 * organization profile and the MPN profile, in the documented shapes with the samples' self links.
 */
import { describe, expect, it } from 'vitest';
import { expectPcError, link, pc } from './support';

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
