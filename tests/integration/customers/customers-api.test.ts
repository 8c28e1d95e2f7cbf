import { describe, expect, it } from 'vitest';
import { api, apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { Customer, CustomerBillingProfile } from '@/lib/api-types/customers';
import { signInAs } from '@/lib/session';
import { customerIdByName } from './helpers';

/** These tests call the mock API directly, bypassing every form: the server enforces the rules too. */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

let seq = 0;
function newCustomer(country: string, extra: { inn?: string; phone?: string } = {}) {
  seq += 1;
  return {
    companyProfile: {
      domain: `apitest${seq}${country.toLowerCase()}`,
      ...(extra.inn !== undefined ? { organizationRegistrationNumber: extra.inn } : {}),
    },
    billingProfile: {
      email: `it@apitest${seq}.example`,
      companyName: `Api Test ${seq}`,
      culture: 'en-US',
      language: 'en',
      defaultAddress: {
        country,
        city: 'City',
        addressLine1: '1 Main St',
        postalCode: '12345',
        firstName: 'Ana',
        lastName: 'Silva',
        ...(extra.phone !== undefined ? { phoneNumber: extra.phone } : {}),
      },
    },
  };
}

const create = (body: unknown) => api.post<Customer>('/v1/customers', body);

describe('POST /v1/customers enforces the screening rules', () => {
  it('600049 when a required country has no INN', async () => {
    const error = await failure(create(newCustomer('KZ', { phone: '+77272555001' })));
    expect(error.status).toBe(400);
    expect(error.hasCode(600049)).toBe(true);
    expect(error.fieldErrors().map((f) => f.field)).toEqual([
      'companyProfile.organizationRegistrationNumber',
    ]);
  });

  it('600050 with the expected pattern when the INN has the wrong length or characters', async () => {
    const short = await failure(create(newCustomer('KZ', { inn: '12345678901', phone: '+77272555001' })));
    expect(short.hasCode(600050)).toBe(true);
    expect(short.description).toContain('^(\\d{12})$');

    const hyphen = await failure(create(newCustomer('AZ', { inn: '12-45678', phone: '+994125551234' })));
    expect(hyphen.hasCode(600050)).toBe(true);
    expect(hyphen.description).toContain('^(\\d{7}|\\d{10})$');
  });

  it('600051 when a required country has no phone', async () => {
    const error = await failure(create(newCustomer('RU', { inn: '1655123456' })));
    expect(error.hasCode(600051)).toBe(true);
    expect(error.fieldErrors().map((f) => f.field)).toEqual(['billingProfile.defaultAddress.phoneNumber']);
  });

  it('accepts a valid screening-country customer and stores INN and phone', async () => {
    const created = await create(newCustomer('MD', { inn: '123456', phone: '+37322555123' }));
    const read = await api.get<Customer>(`/v1/customers/${created.id}`);
    expect(read.companyProfile.organizationRegistrationNumber).toBe('123456');
    expect(read.billingProfile?.defaultAddress.phoneNumber).toBe('+37322555123');
  });

  it('2021 countries: required, alphanumeric only, no digit count', async () => {
    expect((await failure(create(newCustomer('BR', { phone: '+552125550100' })))).hasCode(600049)).toBe(true);
    expect(
      (
        await failure(create(newCustomer('BR', { inn: '12.345.678/0001-95', phone: '+552125550100' })))
      ).hasCode(600050),
    ).toBe(true);
    await expect(
      create(newCustomer('BR', { inn: '12345678000195', phone: '+552125550100' })),
    ).resolves.toMatchObject({
      companyProfile: { organizationRegistrationNumber: '12345678000195' },
    });
  });

  it('outside the list, INN and phone are optional and an INN is never refused (no legacy 600002)', async () => {
    await expect(create(newCustomer('US'))).resolves.toMatchObject({ relationshipToPartner: 'none' });
    const withInn = await create(newCustomer('DE', { inn: 'DE-123 456' }));
    expect(withInn.companyProfile.organizationRegistrationNumber).toBe('DE-123 456');
  });

  it('refuses a malformed phone number with a field error', async () => {
    const error = await failure(create(newCustomer('US', { phone: '555-0100 ext 3' })));
    expect(error.status).toBe(400);
    expect(error.fieldErrors().map((f) => f.field)).toEqual(['billingProfile.defaultAddress.phoneNumber']);
  });
});

async function loadBilling(customerId: string) {
  const response = await apiRequest<CustomerBillingProfile>(`/v1/customers/${customerId}/profiles/billing`);
  return { profile: response.data, etag: response.etag ?? '' };
}

function withAddress(
  profile: CustomerBillingProfile,
  changes: Partial<CustomerBillingProfile['defaultAddress']>,
) {
  return { ...profile, defaultAddress: { ...profile.defaultAddress, ...changes } };
}

const stage = (customerId: string, etag: string, inn: string) =>
  apiRequest<{ stagedChangeId: string }>(`/v1/customers/${customerId}/profiles/company`, {
    method: 'PUT',
    ifMatch: etag,
    body: { organizationRegistrationNumber: inn },
  });

const putBilling = (customerId: string, etag: string, body: unknown, stagedChangeId?: string) =>
  apiRequest<CustomerBillingProfile>(`/v1/customers/${customerId}/profiles/billing`, {
    method: 'PUT',
    ifMatch: etag,
    body,
    query: { companyProfileChange: stagedChangeId },
  });

describe('billing profile PUT + INN write (all or nothing)', () => {
  it('refuses to save a Kazakhstan billing profile while the INN is missing (600049)', async () => {
    const id = await customerIdByName('Astana Retail Group');
    const { profile, etag } = await loadBilling(id);
    const error = await failure(putBilling(id, etag, withAddress(profile, { phoneNumber: '+77172555001' })));
    expect(error.hasCode(600049)).toBe(true);
  });

  it('commits the staged INN and the billing profile together', async () => {
    const id = await customerIdByName('Astana Retail Group');
    const { profile, etag } = await loadBilling(id);
    const staged = await stage(id, etag, '960340000999');
    expect(staged.status).toBe(202);
    // Staging alone changes nothing visible.
    expect(
      (await api.get<Customer>(`/v1/customers/${id}`)).companyProfile.organizationRegistrationNumber,
    ).toBeUndefined();

    const saved = await putBilling(
      id,
      etag,
      withAddress(profile, { phoneNumber: '+77172555001' }),
      staged.data.stagedChangeId,
    );
    expect(saved.etag).not.toBe(etag);
    const read = await api.get<Customer>(`/v1/customers/${id}`);
    expect(read.companyProfile.organizationRegistrationNumber).toBe('960340000999');
    expect(read.billingProfile?.defaultAddress.phoneNumber).toBe('+77172555001');
  });

  it('applies neither when the billing half is refused (no half save)', async () => {
    const id = await customerIdByName('Astana Retail Group');
    const { profile, etag } = await loadBilling(id);
    const staged = await stage(id, etag, '960340000999');
    const error = await failure(
      putBilling(id, etag, withAddress(profile, { phoneNumber: '' }), staged.data.stagedChangeId),
    );
    expect(error.hasCode(600051)).toBe(true);
    const read = await api.get<Customer>(`/v1/customers/${id}`);
    expect(read.companyProfile.organizationRegistrationNumber).toBeUndefined();
    expect((await loadBilling(id)).etag).toBe(etag);
  });

  it('412 for a stale If-Match, on both writes, and a stage made stale by another save cannot be committed', async () => {
    const id = await customerIdByName('Astana Retail Group');
    const { profile, etag } = await loadBilling(id);
    const staged = await stage(id, etag, '960340000999');
    // Someone else saves first, with their own INN and phone.
    const other = await stage(id, etag, '960340000111');
    await putBilling(
      id,
      etag,
      withAddress(profile, { phoneNumber: '+77172555002' }),
      other.data.stagedChangeId,
    );

    expect((await failure(putBilling(id, etag, profile))).status).toBe(412);
    expect((await failure(stage(id, etag, '960340000999'))).status).toBe(412);
    const fresh = await loadBilling(id);
    const late = await failure(putBilling(id, fresh.etag, fresh.profile, staged.data.stagedChangeId));
    expect(late.status).toBe(412);
    expect(
      (await api.get<Customer>(`/v1/customers/${id}`)).companyProfile.organizationRegistrationNumber,
    ).toBe('960340000111');
  });

  it('600050 carries the pattern when the staged INN does not fit the (new) country', async () => {
    const id = await customerIdByName('Contoso Outdoor Supply');
    const { profile, etag } = await loadBilling(id);
    const staged = await stage(id, etag, '12345');
    const error = await failure(
      putBilling(
        id,
        etag,
        withAddress(profile, { country: 'MD', phoneNumber: '+37322555123' }),
        staged.data.stagedChangeId,
      ),
    );
    expect(error.hasCode(600050)).toBe(true);
    expect(error.description).toContain('^(\\d{6}|\\d{7}|\\d{8}|\\d{13})$');
  });

  it('a US customer saves without INN or phone', async () => {
    const id = await customerIdByName('Fabrikam Health');
    const { profile, etag } = await loadBilling(id);
    const saved = await putBilling(id, etag, withAddress(profile, { middleName: 'Jo' }));
    expect(saved.data.defaultAddress.middleName).toBe('Jo');
  });

  it('403 for a Sales agent on both writes', async () => {
    const id = await customerIdByName('Astana Retail Group');
    const { profile, etag } = await loadBilling(id);
    signInAs('user-devon-sales-agent');
    expect((await failure(stage(id, etag, '960340000999'))).status).toBe(403);
    expect((await failure(putBilling(id, etag, profile))).status).toBe(403);
  });
});
