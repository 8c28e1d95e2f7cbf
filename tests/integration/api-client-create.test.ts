import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createWithRetry } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { Customer } from '@/lib/api-types/customers';
import { getDb } from '@/mocks/db/database';
import { handlers } from '@/mocks/handlers';
import { server } from '@/mocks/node';

const newCustomer = {
  companyProfile: { domain: 'lostanswer' },
  billingProfile: {
    email: 'it@lostanswer.example',
    companyName: 'Lost Answer Ltd',
    culture: 'en-US',
    language: 'en',
    defaultAddress: {
      country: 'US',
      city: 'Springfield',
      state: 'IL',
      addressLine1: '1 Main St',
      postalCode: '62701',
      firstName: 'Ana',
      lastName: 'Silva',
    },
  },
};

/** The service creates the customer, but its answer never reaches the client. */
function loseFirstAnswer(requestIds: string[]) {
  server.use(
    http.post('*/v1/customers', async ({ request }) => {
      requestIds.push(request.headers.get('MS-RequestId') ?? '');
      if (requestIds.length > 1) return undefined;
      await getResponse(handlers, request.clone());
      return HttpResponse.error();
    }),
  );
}

describe('createWithRetry', () => {
  it('retries a create whose answer was lost with the same MS-RequestId and gets the customer created once', async () => {
    const requestIds: string[] = [];
    loseFirstAnswer(requestIds);
    const customer = await createWithRetry<Customer>('/v1/customers', newCustomer, { backoffMs: 1 });
    expect(requestIds).toHaveLength(2);
    expect(requestIds[1]).toBe(requestIds[0]);
    expect(customer.companyProfile.domain).toBe('lostanswer.onmicrosoft.com');
    expect(
      getDb().customers.filter((c) => c.companyProfile.domain === 'lostanswer.onmicrosoft.com'),
    ).toHaveLength(1);
  });

  it('does not retry an answer that says what happened (a 4xx)', async () => {
    const requestIds: string[] = [];
    server.use(
      http.post('*/v1/customers', ({ request }) => {
        requestIds.push(request.headers.get('MS-RequestId') ?? '');
        return undefined;
      }),
    );
    const error = await createWithRetry('/v1/customers', { companyProfile: {} }, { backoffMs: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect(requestIds).toHaveLength(1);
  });
});
