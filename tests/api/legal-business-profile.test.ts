/**
 * get-legal-business-profile and update-legal-business-profile at the wire: the documented fields,
 * the self link of the sample, and the ETag that a PUT must send back.
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
