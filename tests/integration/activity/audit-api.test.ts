import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { api, apiRequest, type Collection } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { AuditRecord, AuditRecordCollection } from '@/lib/api-types/audit';
import type { CustomerBillingProfile } from '@/lib/api-types/customers';
import type { PartnerUser } from '@/lib/api-types/users';
import { setNow } from '@/lib/clock';
import { signInAs } from '@/lib/session';
import { getDb } from '@/mocks/db/database';
import { route, routeTable } from '@/mocks/http';
import { server } from '@/mocks/node';
import { customerIdByName } from '../customers/helpers';

/** The activity log seen through `GET /v1/auditrecords`, as any client would read it. */
const records = (query: Record<string, string | number> = {}) =>
  api.get<AuditRecordCollection>('/v1/auditrecords', { query });

const change = (record: AuditRecord | undefined, field: string) =>
  record?.changes.find((candidate) => candidate.field === field);

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

async function someUser(index = 10): Promise<PartnerUser> {
  const page = await api.get<Collection<PartnerUser>>('/v1/users', { query: { size: 50, sort: 'email' } });
  const user = page.items[index];
  if (!user) throw new Error('no seeded user');
  return user;
}

const newUser = (email: string) => ({
  firstName: 'Зоя',
  lastName: 'Иванова',
  email,
  commercialRoles: ['SalesAgent'],
  developerRoles: [],
});

afterEach(() => setNow(undefined));

describe('GET /v1/auditrecords records every write', () => {
  it('starts empty and does not record reads', async () => {
    await api.get('/v1/customers');
    await api.get('/v1/users');
    const page = await records();
    expect(page.items).toEqual([]);
    expect(page.attributes.objectType).toBe('Collection');
  });

  it('a create: who, when, operation, resource, customer and the new values', async () => {
    setNow('2020-12-15T10:00:00.000Z');
    const created = await api.post<{ id: string }>('/v1/customers', {
      companyProfile: { domain: 'auditcreate' },
      billingProfile: {
        email: 'it@auditcreate.example',
        companyName: 'Audit Create Ltd',
        defaultAddress: {
          country: 'US',
          city: 'Seattle',
          state: 'WA',
          addressLine1: '1 Main St',
          postalCode: '98101',
          firstName: 'Ana',
          lastName: 'Silva',
        },
      },
    });
    const [record] = (await records()).items;
    expect(record).toMatchObject({
      userPrincipalName: 'ana.ruiz@woodgrovecloud.com',
      resourceType: 'customer',
      operationType: 'add_customer',
      operationStatus: 'succeeded',
      operationDate: '2020-12-15T10:00:00.000Z',
      customerId: created.id,
      customerName: 'Audit Create Ltd',
      resourceId: created.id,
      attributes: { objectType: 'AuditRecord' },
    });
    expect(change(record, 'companyProfile.companyName')).toEqual({
      field: 'companyProfile.companyName',
      oldValue: null,
      newValue: 'Audit Create Ltd',
    });
    expect(record?.resourceOldValue).toBeUndefined();
    expect(JSON.parse(record?.resourceNewValue ?? '{}')).toMatchObject({ id: created.id });
  });

  it('an update keeps each changed field with its value before and after', async () => {
    const customerId = await customerIdByName('Steppe Mining JSC');
    const read = await apiRequest<CustomerBillingProfile>(`/v1/customers/${customerId}/profiles/billing`);
    const before = read.data.defaultAddress.city;
    await api.put(
      `/v1/customers/${customerId}/profiles/billing`,
      { ...read.data, defaultAddress: { ...read.data.defaultAddress, city: 'Алматы' } },
      { ifMatch: read.etag ?? '' },
    );
    const [record] = (await records()).items;
    expect(record).toMatchObject({
      operationType: 'update_customer_billing_profile',
      operationStatus: 'succeeded',
      customerId,
      customerName: 'Steppe Mining JSC',
    });
    expect(record?.changes).toEqual([
      { field: 'billingProfile.defaultAddress.city', oldValue: before, newValue: 'Алматы' },
    ]);
  });

  it('a delete keeps the removed values, and the group membership it also changed', async () => {
    const user = await someUser();
    await api.delete(`/v1/users/${user.id}`);
    const [record] = (await records()).items;
    expect(record).toMatchObject({
      operationType: 'delete_partner_user',
      resourceType: 'partner_user',
      resourceId: user.id,
      operationStatus: 'succeeded',
    });
    expect(change(record, 'email')).toEqual({ field: 'email', oldValue: user.email, newValue: null });
    expect(JSON.parse(record?.resourceOldValue ?? '{}')).toMatchObject({ id: user.id, email: user.email });
  });

  it('a write refused by the role check is recorded as failed, with what was asked', async () => {
    signInAs('user-devon-sales-agent');
    const error = await failure(api.post('/v1/users', newUser('refused@woodgrovecloud.com')));
    expect(error.status).toBe(403);
    signInAs('user-ana-global-admin');
    const [record] = (await records()).items;
    expect(record).toMatchObject({
      userPrincipalName: 'devon.lee@woodgrovecloud.com',
      operationType: 'create_partner_user',
      operationStatus: 'failed',
    });
    expect(record?.customizedData).toEqual(
      expect.arrayContaining([
        { key: 'HttpStatus', value: '403' },
        { key: 'ErrorCode', value: '900308' },
      ]),
    );
    expect(change(record, 'email')?.newValue).toBe('refused@woodgrovecloud.com');
  });

  it('a write refused by validation keeps the attempted value next to the current one', async () => {
    const customerId = await customerIdByName('Steppe Mining JSC');
    const read = await apiRequest<CustomerBillingProfile>(`/v1/customers/${customerId}/profiles/billing`);
    const phone = read.data.defaultAddress.phoneNumber ?? null;
    const error = await failure(
      api.put(
        `/v1/customers/${customerId}/profiles/billing`,
        { ...read.data, defaultAddress: { ...read.data.defaultAddress, phoneNumber: '' } },
        { ifMatch: read.etag ?? '' },
      ),
    );
    expect(error.status).toBe(400);
    const [record] = (await records()).items;
    expect(record).toMatchObject({ operationStatus: 'failed', customerId });
    expect(change(record, 'billingProfile.defaultAddress.phoneNumber')).toEqual({
      field: 'billingProfile.defaultAddress.phoneNumber',
      oldValue: phone,
      newValue: '',
    });
    // Only what was asked to change: not the links the client sent back with the profile.
    expect(record?.changes.map((c) => c.field)).toEqual(['billingProfile.defaultAddress.phoneNumber']);
    expect(record?.customizedData).toContainEqual({ key: 'HttpStatus', value: '400' });
  });

  it('an idempotent retry with the same MS-RequestId is recorded once', async () => {
    // No seeded endpoint is idempotent yet: one like the ones that will be, on a path of our own.
    let created = 0;
    // Test files share modules, so the probe route must not stay in the route table that the
    // write-permission test generates its cases from.
    const declaredBefore = routeTable.length;
    onTestFinished(() => {
      routeTable.splice(declaredBefore);
    });
    server.use(
      route(
        'post',
        '/v1/_test/widgets',
        () => {
          created += 1;
          getDb().customers[0]!.companyProfile.companyName = `Widget ${created}`;
          return Response.json({ id: `widget-${created}` }, { status: 201 });
        },
        { idempotent: true },
      ),
    );
    const headers = { 'MS-RequestId': '3f0b3c52-8d7e-4a55-9f1b-6f3b0d1e2a10' };
    const first = await apiRequest<{ id: string }>('/v1/_test/widgets', {
      method: 'POST',
      body: {},
      headers,
    });
    const again = await apiRequest<{ id: string }>('/v1/_test/widgets', {
      method: 'POST',
      body: {},
      headers,
    });
    expect(again.data.id).toBe(first.data.id);
    const logged = (await records()).items;
    expect(logged.map((r) => [r.resourceType, r.operationType, r.resourceId])).toEqual([
      ['widget', 'create_widget', 'widget-1'],
    ]);
  });
});

describe('GET /v1/auditrecords filters and pages', () => {
  async function seedActivity() {
    const steppe = await customerIdByName('Steppe Mining JSC');
    setNow('2020-12-01T09:00:00.000Z');
    await api.post('/v1/users', newUser('first@woodgrovecloud.com'));
    setNow('2020-12-10T09:00:00.000Z');
    const read = await apiRequest<CustomerBillingProfile>(`/v1/customers/${steppe}/profiles/billing`);
    await api.put(
      `/v1/customers/${steppe}/profiles/billing`,
      { ...read.data, email: 'billing@steppe.example' },
      { ifMatch: read.etag ?? '' },
    );
    signInAs('user-devon-sales-agent');
    await failure(api.post('/v1/users', newUser('second@woodgrovecloud.com')));
    signInAs('user-ana-global-admin');
    setNow('2020-12-15T09:00:00.000Z');
    return steppe;
  }

  const filter = (value: object) => ({ startDate: '2020-11-20', filter: JSON.stringify(value) });

  it('by date range (date-only end dates include the whole day)', async () => {
    await seedActivity();
    const all = await records({ startDate: '2020-11-20' });
    expect(all.items.map((r) => r.operationDate)).toEqual([
      '2020-12-10T09:00:00.000Z',
      '2020-12-10T09:00:00.000Z',
      '2020-12-01T09:00:00.000Z',
    ]);
    const early = await records({ startDate: '2020-11-20', endDate: '2020-12-01' });
    expect(early.items.map((r) => r.operationType)).toEqual(['create_partner_user']);
  });

  it('by customer, resource type, user, outcome and a compound filter', async () => {
    const steppe = await seedActivity();
    const byCustomer = await records(filter({ Field: 'CustomerId', Value: steppe, Operator: 'equals' }));
    expect(byCustomer.items.map((r) => r.operationType)).toEqual(['update_customer_billing_profile']);
    const byName = await records(filter({ Field: 'CompanyName', Value: 'steppe', Operator: 'substring' }));
    expect(byName.items).toHaveLength(1);
    const byType = await records(
      filter({ Field: 'ResourceType', Value: 'partner_user', Operator: 'equals' }),
    );
    expect(byType.items).toHaveLength(2);
    const byUser = await records(
      filter({ Field: 'UserPrincipalName', Value: 'devon.lee@woodgrovecloud.com', Operator: 'equals' }),
    );
    expect(byUser.items.map((r) => r.operationStatus)).toEqual(['failed']);
    const compound = await records(
      filter({
        LeftFilter: { Field: 'ResourceType', Value: 'partner_user', Operator: 'equals' },
        Operator: 'and',
        RightFilter: { Field: 'OperationStatus', Value: 'succeeded', Operator: 'equals' },
      }),
    );
    expect(compound.items.map((r) => r.userPrincipalName)).toEqual(['ana.ruiz@woodgrovecloud.com']);
  });

  it('pages with a continuation token sent back in MS-ContinuationToken', async () => {
    for (let i = 0; i < 7; i += 1) {
      setNow(`2020-12-0${i + 1}T12:00:00.000Z`);
      await api.post('/v1/users', newUser(`page${i}@woodgrovecloud.com`));
    }
    setNow('2020-12-15T12:00:00.000Z');
    const seen: string[] = [];
    let page = await records({ startDate: '2020-11-20', size: 3 });
    const sizes = [page.items.length];
    seen.push(...page.items.map((r) => r.operationDate));
    while (page.links.next) {
      expect(page.continuationToken).toBeTruthy();
      expect(page.links.next.uri).toBe('/auditrecords?seekOperation=Next');
      const headers = Object.fromEntries(
        (page.links.next.headers as { key: string; value: string }[]).map((h) => [h.key, h.value]),
      );
      page = await api.get<AuditRecordCollection>('/v1/auditrecords', {
        query: { seekOperation: 'Next' },
        headers,
      });
      sizes.push(page.items.length);
      seen.push(...page.items.map((r) => r.operationDate));
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(page.continuationToken).toBeUndefined();
    expect(seen).toEqual([...seen].sort().reverse());
    expect(new Set(seen).size).toBe(7);
  });

  it('refuses bad input and callers who may not read the log', async () => {
    setNow('2020-12-15T12:00:00.000Z');
    expect((await failure(records({ startDate: '2020-09-01' }))).status).toBe(400);
    expect(
      (await failure(records({ filter: '{"Field":"Nope","Value":"x","Operator":"equals"}' }))).status,
    ).toBe(400);
    const seek = await failure(
      api.get('/v1/auditrecords', {
        query: { seekOperation: 'Next' },
        headers: { 'MS-ContinuationToken': 'bad' },
      }),
    );
    expect(seek.status).toBe(400);
    signInAs('user-devon-sales-agent');
    expect((await failure(records())).status).toBe(403);
  });
});
