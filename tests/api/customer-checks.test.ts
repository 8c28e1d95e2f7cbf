/**
 * The checks before a customer is created, against Partner Center's REST reference:
 * verify-domain-availability (HEAD /v1/domains/{domain}) and validate-an-address
 * (POST /v1/validations/address), with the documented samples transcribed below.
 */
import { describe, expect, it } from 'vitest';
import { expectPcError, pc } from './support';

const head = (domain: string, user?: string | null) =>
  pc(`/v1/domains/${encodeURIComponent(domain)}`, {
    method: 'HEAD',
    ...(user === undefined ? {} : { user }),
  });

describe('HEAD /v1/domains/{domain}', () => {
  it('a domain a customer has: 200 with an empty body', async () => {
    const res = await head('contosooutdoor.onmicrosoft.com');
    expect(res.status).toBe(200);
    expect(res.body).toBeUndefined();
  });

  it('the documented example domain, which no customer has here: 404 with an empty body', async () => {
    const res = await head('contoso.onmicrosoft.com');
    expect(res.status).toBe(404);
    expect(res.body).toBeUndefined();
  });

  it('a bare name is checked under .onmicrosoft.com, in any case', async () => {
    expect((await head('contosooutdoor')).status).toBe(200);
    expect((await head('ContosoOutdoor.OnMicrosoft.com')).status).toBe(200);
    expect((await head('contosooutdoor2')).status).toBe(404);
  });

  it('a domain becomes taken once a customer is created with it', async () => {
    const name = `headcheck${Date.now().toString(36)}`;
    expect((await head(name)).status).toBe(404);
    const created = await pc('/v1/customers', {
      method: 'POST',
      body: {
        companyProfile: { domain: name },
        billingProfile: {
          email: `it@${name}.example`,
          companyName: 'Head Check Ltd',
          defaultAddress: {
            country: 'US',
            city: 'Redmond',
            state: 'WA',
            addressLine1: '1 Microsoft Way',
            postalCode: '98052',
            firstName: 'Ana',
            lastName: 'Silva',
          },
        },
      },
    });
    expect(created.status).toBe(201);
    expect((await head(`${name}.onmicrosoft.com`)).status).toBe(200);
  });

  it('any signed-in user may ask (a developer-only user too); without a token: 401, still no body', async () => {
    expect((await head('contosooutdoor', 'user-finn-developer')).status).toBe(200);
    const anonymous = await head('contosooutdoor', null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('WWW-Authenticate')).toMatch(/^OAuth realm=/);
    expect(anonymous.body).toBeUndefined();
  });
});

const validate = (body: unknown, user?: string) =>
  pc('/v1/validations/address', { method: 'POST', body, ...(user ? { user } : {}) });

describe('POST /v1/validations/address', () => {
  it('documented sample 1: a full address answers VerifiedShippable with the ZIP+4 suggestion', async () => {
    const res = await validate({
      AddressLine1: '1 Microsoft Way',
      City: 'Redmond',
      State: 'WA',
      PostalCode: '98052',
      Country: 'US',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      originalAddress: {
        country: 'US',
        city: 'Redmond',
        state: 'WA',
        addressLine1: '1 Microsoft Way',
        postalCode: '98052',
      },
      suggestedAddresses: [
        {
          country: 'US',
          city: 'Redmond',
          state: 'WA',
          addressLine1: '1 Microsoft Way',
          postalCode: '98052-8300',
        },
      ],
      status: 'VerifiedShippable',
    });
  });

  it('documented sample 2: the street without a number answers StreetPartial with its suggestion and message', async () => {
    const res = await validate({
      AddressLine1: 'Microsoft Way',
      City: 'Redmond',
      State: 'WA',
      PostalCode: '98052',
      Country: 'US',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      originalAddress: {
        country: 'US',
        city: 'Redmond',
        state: 'WA',
        addressLine1: 'Microsoft Way',
        postalCode: '98052',
      },
      suggestedAddresses: [
        {
          country: 'US',
          city: 'Redmond',
          state: 'WA',
          addressLine1: '1 Microsoft Way',
          postalCode: '98052-6399',
        },
      ],
      status: 'StreetPartial',
      validationMessage: "Address field invalid for property: 'Region', 'PostalCode', 'City'",
    });
  });

  it('a request missing a required property: 400 with the error body naming each one', async () => {
    const res = await validate({ addressLine1: '1 Microsoft Way', state: 'WA', country: 'US' });
    expectPcError(res, 400, 800002);
    expect(res.body.data).toEqual([
      expect.objectContaining({ field: 'city' }),
      expect.objectContaining({ field: 'postalCode' }),
    ]);
    expectPcError(await validate(undefined), 400, 800002);
    expectPcError(
      await validate({ addressLine1: 'x', city: 'y', state: '', postalCode: '1', country: 'USA' }),
      400,
      800002,
    );
  });

  it('a United States state that is not in the country’s list: None, naming the Region', async () => {
    const res = await validate({
      addressLine1: '1 Microsoft Way',
      city: 'Redmond',
      state: 'Washington',
      postalCode: '98052',
      country: 'US',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      suggestedAddresses: [],
      status: 'None',
      validationMessage: "Address field invalid for property: 'Region'",
    });
    // An empty state where the country has a list is just as invalid.
    const empty = await validate({
      addressLine1: '1 Pine St',
      city: 'Seattle',
      state: '',
      postalCode: '98101',
      country: 'US',
    });
    expect(empty.body.status).toBe('None');
  });

  it('a postal code that does not match the country’s format: None, naming the PostalCode', async () => {
    const res = await validate({
      addressLine1: '5 Rue de Rivoli',
      city: 'Paris',
      state: '',
      postalCode: '7500',
      country: 'FR',
    });
    expect(res.body).toMatchObject({
      suggestedAddresses: [],
      status: 'None',
      validationMessage: "Address field invalid for property: 'PostalCode'",
    });
  });

  it('outside the United States, Canada, China and Mexico the state is only a string', async () => {
    const res = await validate({
      addressLine1: '10 Collins St',
      city: 'Melbourne',
      state: 'Victoria',
      postalCode: '3000',
      country: 'AU',
    });
    expect(res.body.status).toBe('Verified');
  });

  it('any other well-formed address verifies, its normalised form the one suggestion', async () => {
    const res = await validate({
      addressLine1: ' 1  Pine St ',
      addressLine2: 'Suite 200',
      city: 'Seattle',
      state: 'wa',
      postalCode: '98101',
      country: 'us',
    });
    expect(res.body.status).toBe('Verified');
    expect(res.body.suggestedAddresses).toEqual([
      {
        country: 'US',
        city: 'Seattle',
        state: 'WA',
        addressLine1: '1 Pine St',
        addressLine2: 'Suite 200',
        postalCode: '98101',
      },
    ]);
  });

  it('a known street: another number verifies, a postal code of another area needs the user, a bare street lists up to 3', async () => {
    const address = { city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' };
    const other = await validate({ ...address, addressLine1: '42 Main Street' });
    expect(other.body.status).toBe('Verified');
    expect(other.body.suggestedAddresses[0]).toMatchObject({
      addressLine1: '42 Main St',
      postalCode: '62701',
    });

    const elsewhere = await validate({ ...address, addressLine1: '100 Main St', postalCode: '62704' });
    expect(elsewhere.body.status).toBe('InteractionRequired');
    expect(elsewhere.body.suggestedAddresses).toEqual([
      expect.objectContaining({ addressLine1: '100 Main St', postalCode: '62701-1310' }),
    ]);

    const bare = await validate({ ...address, addressLine1: 'main st.' });
    expect(bare.body.status).toBe('StreetPartial');
    expect(bare.body.suggestedAddresses.map((a: { addressLine1: string }) => a.addressLine1)).toEqual([
      '1 Main St',
      '100 Main St',
      '200 Main St',
    ]);
  });

  it('a country the mock has no data for: NotValidated, no suggestions', async () => {
    const res = await validate({
      addressLine1: '1 Example Rd',
      city: 'Town',
      state: '',
      postalCode: '1000',
      country: 'ZZ',
    });
    expect(res.body).toMatchObject({ status: 'NotValidated', suggestedAddresses: [] });
    expect(res.body.validationMessage).toBeUndefined();
  });

  it('every seeded customer’s address verifies, so saving a demo customer never stops at its address', async () => {
    const list = await pc('/v1/customers?size=500');
    const statuses = new Map<string, string>();
    for (const item of list.body.items as { id: string }[]) {
      const billing = await pc(`/v1/customers/${item.id}/profiles/billing`);
      const a = billing.body.defaultAddress;
      const res = await validate({
        addressLine1: a.addressLine1,
        city: a.city,
        state: a.state ?? '',
        postalCode: a.postalCode,
        country: a.country,
      });
      statuses.set(`${a.country} ${a.addressLine1}, ${a.city}`, res.body.status);
    }
    const unverified = [...statuses].filter(
      ([, status]) => !['Verified', 'VerifiedShippable'].includes(status),
    );
    expect(statuses.size).toBeGreaterThan(10);
    expect(unverified).toEqual([]);
  });

  it('only reads: nothing is written to the activity log', async () => {
    const before = (await pc('/v1/auditrecords')).body.totalCount;
    await validate({
      addressLine1: '1 Microsoft Way',
      city: 'Redmond',
      state: 'WA',
      postalCode: '98052',
      country: 'US',
    });
    expect((await pc('/v1/auditrecords')).body.totalCount).toBe(before);
  });

  it('a role that cannot see customers (a developer) is refused with 403; one that can (sales agent) is answered', async () => {
    const body = {
      addressLine1: '1 Microsoft Way',
      city: 'Redmond',
      state: 'WA',
      postalCode: '98052',
      country: 'US',
    };
    expectPcError(await validate(body, 'user-finn-developer'), 403, 900308);
    expect((await validate(body, 'user-devon-sales-agent')).status).toBe(200);
  });
});
