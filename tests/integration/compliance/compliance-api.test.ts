import { afterEach, describe, expect, it } from 'vitest';
import { api, type Collection } from '@/lib/api-client';
import type { Agreement, AgreementMetaData, CustomerQualification } from '@/lib/api-types/agreements';
import type { Cart, CartCheckoutResult, Product } from '@/lib/api-types/catalog';
import { setNow } from '@/lib/clock';
import { demoTokenFor } from '@/lib/session';
import { seededGuid } from '@/mocks/db/seed-ids';

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);
const sakura = customer('sakuraprecision'); // JP, no attestation on record
const northwind = customer('northwindtraders'); // US, attestation on record
const adatum = customer('adatumedu'); // US, no qualification yet; Education vetting approves it
const thames = customer('thamesanalytics'); // GB, Education vetting denies it

afterEach(() => setNow(undefined));

/** The wire exchange as any Partner Center client sees it: status, headers and the raw JSON body. */
async function call(method: string, path: string, body?: unknown, userId = 'user-ana-global-admin') {
  const response = await fetch(`http://localhost${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${demoTokenFor(userId)}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

async function mcaTemplateId(): Promise<string> {
  const metadata = await api.get<Collection<AgreementMetaData>>('/v1/agreements', {
    query: { agreementType: 'MicrosoftCustomerAgreement' },
  });
  return metadata.items[0]!.templateId;
}

const tania = {
  firstName: 'Tania',
  lastName: 'Carr',
  email: 'tania.carr@example.com',
  phoneNumber: '1234567890',
};

describe('agreement metadata: GET /v1/agreements', () => {
  it('answers the MCA template for agreementType=MicrosoftCustomerAgreement, in the documented shape', async () => {
    const { status, body } = await call('GET', '/v1/agreements?agreementType=MicrosoftCustomerAgreement');
    expect(status).toBe(200);
    expect(body).toMatchObject({ totalCount: 1, attributes: { objectType: 'Collection' } });
    const [item] = body?.items as AgreementMetaData[];
    expect(item).toEqual({
      templateId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      agreementType: 'MicrosoftCustomerAgreement',
      agreementLink: 'https://aka.ms/customeragreement',
      versionRank: expect.any(Number),
    });
  });

  it('defaults to MicrosoftCloudAgreement without agreementType, and * answers every type', async () => {
    const defaulted = await api.get<Collection<AgreementMetaData>>('/v1/agreements');
    expect(defaulted.items.map((item) => item.agreementType)).toEqual(['MicrosoftCloudAgreement']);
    const all = await api.get<Collection<AgreementMetaData>>('/v1/agreements', {
      query: { agreementType: '*' },
    });
    expect(all.items.map((item) => item.agreementType).sort()).toEqual([
      'MicrosoftCloudAgreement',
      'MicrosoftCustomerAgreement',
    ]);
  });
});

describe('customer agreements: POST/GET /v1/customers/{id}/agreements', () => {
  it('records an attestation (201, with the attesting partner user), then lists it', async () => {
    const templateId = await mcaTemplateId();
    const request = {
      primaryContact: tania,
      templateId,
      dateAgreed: '2026-11-30T00:00:00.000Z',
      type: 'MicrosoftCustomerAgreement',
    };
    const { status, body } = await call('POST', `/v1/customers/${sakura}/agreements`, request);
    expect(status).toBe(201);
    expect(body).toEqual({
      userId: 'user-ana-global-admin',
      primaryContact: tania,
      templateId,
      dateAgreed: '2026-11-30T00:00:00.000Z',
      type: 'MicrosoftCustomerAgreement',
      agreementLink: 'https://aka.ms/customeragreement',
    });
    const list = await api.get<Collection<Agreement>>(`/v1/customers/${sakura}/agreements`, {
      query: { agreementType: 'MicrosoftCustomerAgreement' },
    });
    expect(list.items).toEqual([body]);
    // Without agreementType the service answers for the legacy Microsoft Cloud Agreement only.
    const legacy = await api.get<Collection<Agreement>>(`/v1/customers/${sakura}/agreements`);
    expect(legacy.items).toEqual([]);
  });

  it('refuses the same contact again with 600061 and the documented body; a changed contact is accepted', async () => {
    const templateId = await mcaTemplateId();
    const request = {
      primaryContact: tania,
      templateId,
      dateAgreed: '2026-11-30',
      type: 'MicrosoftCustomerAgreement',
    };
    expect((await call('POST', `/v1/customers/${sakura}/agreements`, request)).status).toBe(201);

    // Case and phone punctuation do not make a different contact.
    const again = await call('POST', `/v1/customers/${sakura}/agreements`, {
      ...request,
      primaryContact: { ...tania, email: 'Tania.Carr@example.com', phoneNumber: '123-456-7890' },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 600061,
      message: 'A partner confirmed agreement already exists for the customer.',
      description: 'A partner confirmed agreement already exists for the customer.',
      errorName: 'PartnerConfirmedAgreementAlreadyExists',
      isRetryable: false,
      parameters: {},
      errorMessageExtended: 'InternalErrorCode=600061',
      source: expect.any(String),
    });

    const changed = await call('POST', `/v1/customers/${sakura}/agreements`, {
      ...request,
      primaryContact: { ...tania, phoneNumber: '1234567891' },
    });
    expect(changed.status).toBe(201);
    const list = await api.get<Collection<Agreement>>(`/v1/customers/${sakura}/agreements`, {
      query: { agreementType: 'MicrosoftCustomerAgreement' },
    });
    expect(list.totalCount).toBe(2);
  });

  it('validates the contact, the template and the date (never in the future)', async () => {
    setNow('2026-12-02T10:00:00Z');
    const templateId = await mcaTemplateId();
    const bad = await call('POST', `/v1/customers/${sakura}/agreements`, {
      primaryContact: { firstName: '', lastName: 'Carr', email: 'not-an-email', phoneNumber: 'call me' },
      templateId,
      dateAgreed: '2026-12-03',
      type: 'MicrosoftCustomerAgreement',
    });
    expect(bad.status).toBe(400);
    expect(bad.body?.code).toBe(800002);
    expect(bad.body?.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'primaryContact.firstName', code: 'required' }),
        expect.objectContaining({ field: 'primaryContact.email', code: 'email' }),
        expect.objectContaining({ field: 'primaryContact.phoneNumber', code: 'phone' }),
        expect.objectContaining({ field: 'dateAgreed', code: 'notInFuture' }),
      ]),
    );
    const wrongTemplate = await call('POST', `/v1/customers/${sakura}/agreements`, {
      primaryContact: tania,
      templateId: '00000000-0000-4000-a000-000000000000',
      dateAgreed: '2026-12-02',
      type: 'MicrosoftCustomerAgreement',
    });
    expect(wrongTemplate.status).toBe(400);
    expect(wrongTemplate.body?.data).toEqual([expect.objectContaining({ field: 'templateId' })]);
  });

  it('lets a sales agent read attestations but not confirm one (403)', async () => {
    const templateId = await mcaTemplateId();
    const read = await call(
      'GET',
      `/v1/customers/${northwind}/agreements?agreementType=MicrosoftCustomerAgreement`,
      undefined,
      'user-devon-sales-agent',
    );
    expect(read.status).toBe(200);
    const write = await call(
      'POST',
      `/v1/customers/${sakura}/agreements`,
      { primaryContact: tania, templateId, dateAgreed: '2026-11-30', type: 'MicrosoftCustomerAgreement' },
      'user-devon-sales-agent',
    );
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({
      code: expect.anything(),
      description: expect.any(String),
      source: expect.any(String),
    });
  });
});

describe('checkout needs a confirmed MCA acceptance', () => {
  async function basicCart(customerId: string, country: string) {
    const products = await api.get<Collection<Product>>('/v1/products', {
      query: { country, expand: 'skus' },
    });
    const sku = products.items
      .flatMap((p) => p.skus ?? [])
      .find((s) => s.title === 'Microsoft 365 Business Basic');
    const catalogItemId = sku?.availabilities?.find((a) => a.terms[0]?.duration === 'P1M')?.catalogItemId;
    return api.post<Cart>(`/v1/customers/${customerId}/carts`, {
      lineItems: [{ id: 0, catalogItemId, quantity: 3, billingCycle: 'monthly', termDuration: 'P1M' }],
    });
  }

  it('refuses checkout with 403 / 13605 without an attestation, and accepts it once one is recorded', async () => {
    const cart = await basicCart(sakura, 'JP');
    const refused = await call('POST', `/v1/customers/${sakura}/carts/${cart.id}/checkout`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      code: 13605,
      description: expect.stringContaining('Microsoft Customer Agreement'),
      source: expect.any(String),
    });

    await api.post(`/v1/customers/${sakura}/agreements`, {
      primaryContact: tania,
      templateId: await mcaTemplateId(),
      dateAgreed: '2026-11-30',
      type: 'MicrosoftCustomerAgreement',
    });
    const result = await api.post<CartCheckoutResult>(`/v1/customers/${sakura}/carts/${cart.id}/checkout`);
    expect(result.orders).toHaveLength(1);
  });

  it('lets a customer with an attestation check out', async () => {
    const cart = await basicCart(northwind, 'US');
    expect((await call('POST', `/v1/customers/${northwind}/carts/${cart.id}/checkout`)).status).toBe(201);
  });
});

describe('qualifications: GET/POST /v1/customers/{id}/qualifications', () => {
  it('answers a bare array; a seeded GCC customer is approved and a state-owned entity has no vetting fields', async () => {
    const fabrikam = await call('GET', `/v1/customers/${customer('fabrikamhealth')}/qualifications`);
    expect(fabrikam.status).toBe(200);
    expect(Array.isArray(fabrikam.body)).toBe(true);
    expect(fabrikam.body).toEqual([
      {
        qualification: 'GovernmentCommunityCloud',
        vettingStatus: 'Approved',
        vettingCreateDate: expect.any(String),
      },
    ]);
    const volga = await api.get<CustomerQualification[]>(
      `/v1/customers/${customer('volgaindustrial')}/qualifications`,
    );
    expect(volga).toEqual([{ qualification: 'StateOwnedEntity' }]);
    expect(await api.get(`/v1/customers/${adatum}/qualifications`)).toEqual([]);
  });

  it('Education: 201 In review, then Approved after the vetting time, by the shared clock', async () => {
    setNow('2026-12-02T10:00:00Z');
    const { status, body } = await call('POST', `/v1/customers/${adatum}/qualifications`, {
      qualification: 'Education',
      educationSegment: 'K12',
      website: 'https://adatum.example',
    });
    expect(status).toBe(201);
    expect(body).toEqual({
      qualification: 'Education',
      vettingStatus: 'InReview',
      vettingCreateDate: '2026-12-02T10:00:00.000Z',
    });
    expect(await api.get(`/v1/customers/${adatum}/qualifications`)).toEqual([body]);

    setNow('2026-12-02T10:01:00Z');
    expect(await api.get(`/v1/customers/${adatum}/qualifications`)).toEqual([
      {
        qualification: 'Education',
        vettingStatus: 'Approved',
        vettingCreateDate: '2026-12-02T10:00:00.000Z',
      },
    ]);
  });

  it('Education for a customer vetting does not recognise: Denied with a reason, and it may be requested again', async () => {
    setNow('2026-12-02T10:00:00Z');
    await api.post(`/v1/customers/${thames}/qualifications`, {
      qualification: 'Education',
      educationSegment: 'HigherEducation',
    });
    setNow('2026-12-02T10:01:00Z');
    expect(await api.get(`/v1/customers/${thames}/qualifications`)).toEqual([
      {
        qualification: 'Education',
        vettingStatus: 'Denied',
        vettingReason: 'Not an Education Customer',
        vettingCreateDate: '2026-12-02T10:00:00.000Z',
      },
    ]);
    const again = await call('POST', `/v1/customers/${thames}/qualifications`, {
      qualification: 'Education',
      educationSegment: 'K12',
    });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ vettingStatus: 'InReview' });
  });

  it('validation errors: Education without a segment, GCC without its code, a bad website, values that cannot be set', async () => {
    const cases: Array<[unknown, string, string]> = [
      [{ qualification: 'Education' }, 'educationSegment', 'required'],
      [{ qualification: 'Education', educationSegment: 'University' }, 'educationSegment', 'required'],
      [{ qualification: 'Education', educationSegment: 'K12', website: 'adatum' }, 'website', 'website'],
      [{ qualification: 'GovernmentCommunityCloud' }, 'validationCode', 'required'],
      [{ qualification: 'Nonprofit' }, 'qualification', 'invalid'],
      [{ qualification: 'None' }, 'qualification', 'invalid'],
    ];
    for (const [request, field, code] of cases) {
      const { status, body } = await call('POST', `/v1/customers/${adatum}/qualifications`, request);
      expect({ request, status }).toEqual({ request, status: 400 });
      expect(body).toMatchObject({
        code: 800002,
        description: expect.any(String),
        source: expect.any(String),
      });
      expect(body?.data).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    }
    expect(await api.get(`/v1/customers/${adatum}/qualifications`)).toEqual([]);
  });

  it('refuses a second request while one is in review, and a sales agent cannot request one', async () => {
    await api.post(`/v1/customers/${adatum}/qualifications`, {
      qualification: 'GovernmentCommunityCloud',
      validationCode: 'GCC-1',
    });
    const twice = await call('POST', `/v1/customers/${adatum}/qualifications`, {
      qualification: 'GovernmentCommunityCloud',
      validationCode: 'GCC-1',
    });
    expect(twice.status).toBe(400);
    expect(twice.body?.data).toEqual([expect.objectContaining({ field: 'qualification' })]);
    const agent = await call(
      'POST',
      `/v1/customers/${adatum}/qualifications`,
      { qualification: 'StateOwnedEntity' },
      'user-devon-sales-agent',
    );
    expect(agent.status).toBe(403);
  });

  it('a GCC add-on line is refused without an approved GCC qualification (800020) and accepted with one', async () => {
    setNow('2026-12-02T10:00:00Z');
    const contoso = customer('contosooutdoor');
    const products = await api.get<Collection<Product>>('/v1/products', {
      query: { country: 'US', expand: 'skus' },
    });
    const gcc = products.items
      .flatMap((p) => p.skus ?? [])
      .find((s) => s.title === 'Advanced Communications for GCC');
    expect(gcc?.dynamicAttributes.requiresQualification).toBe('GovernmentCommunityCloud');
    const line = {
      id: 0,
      catalogItemId: gcc?.availabilities?.[0]?.catalogItemId,
      quantity: 5,
      billingCycle: 'monthly',
      termDuration: 'P1M',
    };
    const refused = await api.post<Cart>(`/v1/customers/${contoso}/carts`, { lineItems: [line] });
    expect(refused.lineItems[0]?.error?.errorCode).toBe(800020);

    await api.post(`/v1/customers/${contoso}/qualifications`, {
      qualification: 'GovernmentCommunityCloud',
      validationCode: 'GCC-CONTOSO',
    });
    setNow('2026-12-02T10:01:00Z');
    const accepted = await api.post<Cart>(`/v1/customers/${contoso}/carts`, { lineItems: [line] });
    expect(accepted.lineItems[0]?.error).toBeUndefined();
  });
});
