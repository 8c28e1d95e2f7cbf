/**
 * Agreements, qualifications and the audit log at the wire, as a partner's integration (or the
 * HTTP mock, `npm run test:api:http`) sees them: confirm-customer-consent-customer-agreement
 * (201, 600061 with its extended body), get-direct-sign-status-of-customer-agreement, checkout-a-cart
 * (403 / 13605, or 201 on the customer's direct acceptance), the customer qualification
 * requests (bare array, 201 InReview, 400 with the failing fields), and get-audit-records.
 */
import { describe, expect, it } from 'vitest';
import { expectPcError, pc, seededCustomer } from './support';

const sakura = seededCustomer('sakuraprecision'); // JP, no attestation on record
const adatum = seededCustomer('adatumedu'); // US, no qualification yet
const tailspin = seededCustomer('tailspinquebec'); // CA, no attestation on record
const alster = seededCustomer('alsterlogistik'); // DE, no attestation: accepted directly

const contact = {
  firstName: 'Tania',
  lastName: 'Carr',
  email: 'tania.carr@example.com',
  phoneNumber: '1234567890',
};

async function mcaAcceptance() {
  const metadata = await pc('/v1/agreements?agreementType=MicrosoftCustomerAgreement');
  expect(metadata.status).toBe(200);
  expect(metadata.body.items).toEqual([
    expect.objectContaining({ agreementType: 'MicrosoftCustomerAgreement', templateId: expect.any(String) }),
  ]);
  return {
    primaryContact: contact,
    templateId: metadata.body.items[0].templateId,
    dateAgreed: '2020-11-30T00:00:00Z',
    type: 'MicrosoftCustomerAgreement',
  };
}

async function businessBasicCart(customerId: string, country: string) {
  const products = await pc(`/v1/products?country=${country}&targetView=OnlineServices&expand=skus`);
  const sku = products.body.items
    .flatMap((product: { skus?: unknown[] }) => product.skus ?? [])
    .find((candidate: { title: string }) => candidate.title === 'Microsoft 365 Business Basic');
  const availability = sku.availabilities.find(
    (candidate: { terms: Array<{ duration: string }> }) => candidate.terms[0]?.duration === 'P1M',
  );
  const cart = await pc(`/v1/customers/${customerId}/carts`, {
    method: 'POST',
    body: {
      lineItems: [
        {
          id: 0,
          catalogItemId: availability.catalogItemId,
          quantity: 2,
          billingCycle: 'monthly',
          termDuration: 'P1M',
        },
      ],
    },
  });
  expect(cart.status).toBe(201);
  return cart.body.id as string;
}

describe('customer agreements', () => {
  it('records an attestation (201), refuses the same contact with 600061 and its documented body', async () => {
    const request = await mcaAcceptance();
    const created = await pc(`/v1/customers/${sakura}/agreements`, { method: 'POST', body: request });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(
      expect.objectContaining({
        primaryContact: contact,
        templateId: request.templateId,
        type: 'MicrosoftCustomerAgreement',
        dateAgreed: expect.stringMatching(/^2020-11-30T00:00:00/),
        userId: expect.any(String),
      }),
    );

    const again = await pc(`/v1/customers/${sakura}/agreements`, { method: 'POST', body: request });
    expectPcError(again, 409, 600061);
    expect(again.body).toEqual(
      expect.objectContaining({
        errorName: 'PartnerConfirmedAgreementAlreadyExists',
        message: again.body.description,
        isRetryable: false,
        errorMessageExtended: 'InternalErrorCode=600061',
      }),
    );
    const list = await pc(`/v1/customers/${sakura}/agreements?agreementType=MicrosoftCustomerAgreement`);
    expect(list.body.totalCount).toBe(1);
  });

  it("accepts the documentation's own sample: the template ids are Partner Center's published ones", async () => {
    const mca = await pc('/v1/agreements?agreementType=MicrosoftCustomerAgreement');
    expect(mca.body.items).toEqual([
      expect.objectContaining({
        templateId: '117a77b0-9360-443b-8795-c6dedc750cf9',
        agreementType: 'MicrosoftCustomerAgreement',
        agreementLink: 'https://aka.ms/customeragreement',
        versionRank: 0,
      }),
    ]);
    const mcloud = await pc('/v1/agreements');
    expect(mcloud.body.items).toEqual([
      expect.objectContaining({
        templateId: '998b88de-aa99-4388-a42c-1b3517d49490',
        agreementType: 'MicrosoftCloudAgreement',
        agreementLink: 'https://docs.microsoft.com/partner-center/agreements',
      }),
    ]);

    const created = await pc(`/v1/customers/${tailspin}/agreements`, {
      method: 'POST',
      body: {
        primaryContact: {
          firstName: 'Tania',
          lastName: 'Carr',
          email: 'someone@example.com',
          phoneNumber: '1234567890',
        },
        templateId: '117a77b0-9360-443b-8795-c6dedc750cf9',
        dateAgreed: '2018-06-14T00:00:00.000Z',
        type: 'MicrosoftCustomerAgreement',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(
      expect.objectContaining({
        templateId: '117a77b0-9360-443b-8795-c6dedc750cf9',
        type: 'MicrosoftCustomerAgreement',
      }),
    );
  });

  it("gives the template's links in the customer's country and language, as documented", async () => {
    const mca = '117a77b0-9360-443b-8795-c6dedc750cf9';
    const sample = await pc(`/v1/agreementtemplates/${mca}/document?language=en-US&country=US`);
    expect(sample.status).toBe(200);
    expect(sample.body).toEqual({
      displayUri: expect.stringMatching(/^https:\/\//),
      downloadUri: expect.stringMatching(/^https:\/\//),
      language: 'en-US',
      country: 'US',
    });
    // A new link on every call.
    const again = await pc(`/v1/agreementtemplates/${mca}/document?language=en-US&country=US`);
    expect(again.body.downloadUri).not.toBe(sample.body.downloadUri);

    // Without parameters: US, en-US. In a language the country's template has: that language.
    expect((await pc(`/v1/agreementtemplates/${mca}/document`)).body).toEqual(
      expect.objectContaining({ country: 'US', language: 'en-US' }),
    );
    expect((await pc(`/v1/agreementtemplates/${mca}/document?language=fr-FR&country=CA`)).body).toEqual(
      expect.objectContaining({ country: 'CA', language: 'fr-FR' }),
    );
    // A country outside our markets has its en-US template too.
    expect((await pc(`/v1/agreementtemplates/${mca}/document?country=ZA`)).body).toEqual(
      expect.objectContaining({ country: 'ZA', language: 'en-US' }),
    );
    // A language the country's template is not published in falls back to en-US.
    expect((await pc(`/v1/agreementtemplates/${mca}/document?language=fr-FR&country=JP`)).body).toEqual(
      expect.objectContaining({ country: 'JP', language: 'en-US' }),
    );

    // The country code is case-sensitive; the template id must be one of the published ones.
    expectPcError(await pc(`/v1/agreementtemplates/${mca}/document?country=us`), 400, 800002);
    expectPcError(await pc(`/v1/agreementtemplates/${mca.toUpperCase()}/document`), 404, 1000);
  });

  it('checkout without an attestation: 403 / 13605; once recorded, the same cart checks out (201)', async () => {
    const cartId = await businessBasicCart(sakura, 'JP');
    expectPcError(
      await pc(`/v1/customers/${sakura}/carts/${cartId}/checkout`, { method: 'POST' }),
      403,
      13605,
    );
    const recorded = await pc(`/v1/customers/${sakura}/agreements`, {
      method: 'POST',
      body: await mcaAcceptance(),
    });
    expect(recorded.status).toBe(201);
    const checkout = await pc(`/v1/customers/${sakura}/carts/${cartId}/checkout`, { method: 'POST' });
    expect(checkout.status).toBe(201);
    expect(checkout.body.orders).toHaveLength(1);
  });

  it('get-direct-sign-status-of-customer-agreement: {"isSigned"} and nothing else; 404 for an unknown customer', async () => {
    const direct = await pc(`/v1/customers/${alster}/directSignedMicrosoftCustomerAgreementStatus`);
    expect(direct.status).toBe(200);
    expect(direct.body).toEqual({ isSigned: true });
    const notDirect = await pc(`/v1/customers/${sakura}/directSignedMicrosoftCustomerAgreementStatus`);
    expect(notDirect.body).toEqual({ isSigned: false });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectPcError(await pc(`/v1/customers/${unknown}/directSignedMicrosoftCustomerAgreementStatus`), 404);
  });

  it('a customer who accepted the agreement directly buys without an attestation', async () => {
    const attestations = await pc(
      `/v1/customers/${alster}/agreements?agreementType=MicrosoftCustomerAgreement`,
    );
    expect(attestations.body.items).toEqual([]);
    const cartId = await businessBasicCart(alster, 'DE');
    const checkout = await pc(`/v1/customers/${alster}/carts/${cartId}/checkout`, { method: 'POST' });
    expect(checkout.status).toBe(201);
    expect(checkout.body.orders).toHaveLength(1);
  });
});

describe('customer qualifications', () => {
  it('answers a bare array; an Education request answers 201 InReview with its create date', async () => {
    const before = await pc(`/v1/customers/${adatum}/qualifications`);
    expect(before.status).toBe(200);
    expect(before.body).toEqual([]);
    const created = await pc(`/v1/customers/${adatum}/qualifications`, {
      method: 'POST',
      body: {
        qualification: 'Education',
        educationSegment: 'HigherEducation',
        website: 'https://adatum.example',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(
      expect.objectContaining({
        qualification: 'Education',
        vettingStatus: 'InReview',
        vettingCreateDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      }),
    );
    const after = await pc(`/v1/customers/${adatum}/qualifications`);
    expect(after.body).toEqual([expect.objectContaining({ qualification: 'Education' })]);
  });

  it('refuses Education without its segment and GCC without its validation code: 400 naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [{ qualification: 'Education' }, 'educationSegment'],
      [{ qualification: 'GovernmentCommunityCloud' }, 'validationCode'],
    ];
    for (const [body, field] of cases) {
      const answer = await pc(`/v1/customers/${adatum}/qualifications`, { method: 'POST', body });
      expectPcError(answer, 400);
      expect(answer.body.data).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect((await pc(`/v1/customers/${adatum}/qualifications`)).body).toEqual([]);
  });
});

describe('GCC validation codes', () => {
  const publicSector = '30588'; // seeded with 3 of 3 creates left

  const codeNamed = async (validationId: string) => {
    const answer = await pc('/v1/customers/all/validations');
    expect(answer.status).toBe(200);
    return (answer.body as Array<{ validationId: string; remainingCreates: number }>).find(
      (code) => code.validationId === validationId,
    );
  };

  it('answers the partner’s codes as a bare array in the documented shape', async () => {
    const answer = await pc('/v1/customers/all/validations');
    expect(answer.status).toBe(200);
    expect(Array.isArray(answer.body)).toBe(true);
    expect(answer.body.length).toBeGreaterThan(0);
    for (const code of answer.body) {
      expect(code).toEqual({
        partnerId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        organizationName: expect.any(String),
        validationId: expect.any(String),
        maxCreates: expect.any(Number),
        remainingCreates: expect.any(Number),
        eTag: expect.stringMatching(/^W\/"datetime'.+'"$/),
      });
    }
  });

  it('takes the GCC validation code in ?code=, as the documented request sends it', async () => {
    const customer = seededCustomer('adatumedu');
    const before = (await codeNamed(publicSector))?.remainingCreates ?? 0;
    const created = await pc(`/v1/customers/${customer}/qualifications?code=${publicSector}`, {
      method: 'POST',
      body: { Qualification: 'GovernmentCommunityCloud' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(
      expect.objectContaining({ qualification: 'GovernmentCommunityCloud', vettingStatus: 'InReview' }),
    );
    expect((await codeNamed(publicSector))?.remainingCreates).toBe(before - 1);
    // Without a code anywhere, GCC is still refused at the validation code.
    const refused = await pc(`/v1/customers/${seededCustomer('sakuraprecision')}/qualifications`, {
      method: 'POST',
      body: { Qualification: 'GovernmentCommunityCloud' },
    });
    expectPcError(refused, 400);
    expect(refused.body.data).toEqual([expect.objectContaining({ field: 'validationCode' })]);
  });

  it('a GCC request naming a code uses one of its creates; with none left it is refused (400, validationCode)', async () => {
    const customers = ['adatumedu', 'sakuraprecision', 'araratdigital'].map(seededCustomer);
    for (const [index, customer] of customers.entries()) {
      const created = await pc(`/v1/customers/${customer}/qualifications`, {
        method: 'POST',
        body: { qualification: 'GovernmentCommunityCloud', validationCode: publicSector },
      });
      expect(created.status).toBe(201);
      expect(created.body).toEqual(expect.objectContaining({ vettingStatus: 'InReview' }));
      expect((await codeNamed(publicSector))?.remainingCreates).toBe(2 - index);
    }
    const fourth = seededCustomer('contosooutdoor');
    const refused = await pc(`/v1/customers/${fourth}/qualifications`, {
      method: 'POST',
      body: { qualification: 'GovernmentCommunityCloud', validationCode: publicSector },
    });
    expectPcError(refused, 400);
    expect(refused.body.data).toEqual([expect.objectContaining({ field: 'validationCode' })]);
    expect((await pc(`/v1/customers/${fourth}/qualifications`)).body).not.toContainEqual(
      expect.objectContaining({ qualification: 'GovernmentCommunityCloud' }),
    );
    expect((await codeNamed(publicSector))?.remainingCreates).toBe(0);
  });
});

describe('audit records', () => {
  it('records an accepted write and a refused one, filters by outcome and pages with a continuation', async () => {
    const request = await mcaAcceptance();
    await pc(`/v1/customers/${sakura}/agreements`, { method: 'POST', body: request });
    await pc(`/v1/customers/${sakura}/agreements`, { method: 'POST', body: request });

    const day = new Date().toISOString().slice(0, 10);
    const all = await pc(`/v1/auditrecords?startDate=${day}`);
    expect(all.status).toBe(200);
    expect(all.body.attributes).toEqual({ objectType: 'Collection' });
    // Each test starts from a fresh database: the log holds these two writes, newest first.
    const mine = all.body.items;
    expect(mine.map((record: { operationStatus: string }) => record.operationStatus)).toEqual([
      'failed',
      'succeeded',
    ]);
    // The accepted one keeps the contact that was recorded as its new value.
    expect(mine[1].changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ newValue: 'tania.carr@example.com' })]),
    );
    for (const record of mine) {
      expect(record).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          operationDate: expect.any(String),
          customerId: sakura,
          resourceType: 'customer',
          operationType: 'create_customer_agreement',
          attributes: { objectType: 'AuditRecord' },
        }),
      );
    }

    const failed = await pc(
      `/v1/auditrecords?startDate=${day}&filter=${encodeURIComponent(
        JSON.stringify({ Field: 'OperationStatus', Value: 'failed', Operator: 'equals' }),
      )}`,
    );
    expect(failed.status).toBe(200);
    expect(failed.body.items.every((r: { operationStatus: string }) => r.operationStatus === 'failed')).toBe(
      true,
    );

    const firstPage = await pc(`/v1/auditrecords?startDate=${day}&size=1`);
    expect(firstPage.body.items).toHaveLength(1);
    const token = firstPage.body.continuationToken;
    expect(token).toEqual(expect.any(String));
    // The next link names the header that carries the token back.
    const nextHeaders = Object.fromEntries(
      (firstPage.body.links.next.headers as Array<{ key: string; value: string }>).map((h) => [
        h.key,
        h.value,
      ]),
    );
    expect(nextHeaders['MS-ContinuationToken']).toBe(token);
    const next = await pc('/v1/auditrecords?seekOperation=Next', { headers: nextHeaders });
    expect(next.status).toBe(200);
    expect(next.body.items).toHaveLength(1);
    expect(next.body.items[0].id).not.toBe(firstPage.body.items[0].id);
  });
});
