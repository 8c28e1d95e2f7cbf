import type { AddressToValidate } from '@/lib/api-types/address-validation';
import { validateAddress } from '../address-validation';
import { pcError, readJsonBody, route } from '../http';
import { domainInUse } from './customers';

type DomainParams = { domain: string };

const requiredAddressFields = ['addressLine1', 'city', 'state', 'postalCode', 'country'] as const;

/**
 * What a validation request lacks. A required property must be present; it may be empty only for
 * the state (many countries' addresses have none; where the country has a states list, an empty
 * state is then an invalid 'Region', not a malformed request).
 */
function addressProblems(body: Record<string, unknown>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  for (const field of requiredAddressFields) {
    const value = body[field];
    if (typeof value !== 'string' || (field !== 'state' && value.trim() === ''))
      problems.push({ field, message: `The ${field} is required.` });
  }
  if (body.addressLine2 !== undefined && body.addressLine2 !== null && typeof body.addressLine2 !== 'string')
    problems.push({ field: 'addressLine2', message: 'The addressLine2 must be a string.' });
  if (typeof body.country === 'string' && body.country.trim() !== '' && !/^[A-Za-z]{2}$/.test(body.country))
    problems.push({ field: 'country', message: 'The country must be a two-letter ISO code.' });
  return problems;
}

/** Partner Center's checks before a customer is created: its domain and its address. */
export const customerCheckHandlers = [
  /**
   * "Verify domain availability": 200 when a customer has the domain (taken), 404 when none has
   * it (available), never a body. A bare name is checked under .onmicrosoft.com, as the create
   * stores it. Any signed-in user may ask.
   */
  route<DomainParams>('head', '/v1/domains/:domain', ({ params }) => {
    let domain = params.domain;
    try {
      domain = decodeURIComponent(domain);
    } catch {
      // Not percent-encoded after all: checked as sent.
    }
    return new Response(null, { status: domainInUse(domain) ? 200 : 404 });
  }),

  /**
   * "Validate an address". Only reads: no audit record (see `src/mocks/audit.ts`). The permission
   * is the one to see customers: the roles that enter a customer's address all hold it, and it is
   * not a write.
   */
  route(
    'post',
    '/v1/validations/address',
    async ({ request }) => {
      const body = await readJsonBody(request);
      const fields =
        body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
      const problems = addressProblems(fields);
      if (problems.length > 0) {
        return pcError({
          status: 400,
          code: 800002,
          errorName: 'InvalidInput',
          description: `Invalid request input: ${problems.map((p) => p.message).join(' ')}`,
          data: problems,
        });
      }
      return Response.json(validateAddress(fields as unknown as AddressToValidate));
    },
    { action: 'customers.read' },
  ),
];
