import type { Customer, CustomerBillingProfile } from '@/lib/api-types/customers';
import { newGuid } from '@/lib/ids';
import { getDb } from '../db/database';
import { seededEtag } from '../db/seed-ids';
import { collection, pcError, readJsonBody, route } from '../http';
import { screeningProblems } from '../screening';

type CustomerParams = { customerId: string };

export function findCustomer(customerId: string): Customer | undefined {
  return getDb().customers.find((customer) => customer.id === customerId);
}

export function customerNotFound(customerId: string) {
  return pcError({
    status: 404,
    code: 60003,
    errorName: 'TenantNotFound',
    description: `Customer ${customerId} was not found.`,
  });
}

/** List items carry the company profile (with its address, as in the swagger) but no billing profile. */
function listItem(customer: Customer) {
  const address = customer.billingProfile?.defaultAddress;
  const problems = screeningProblems(customer);
  return {
    id: customer.id,
    commerceId: customer.commerceId,
    companyProfile: {
      ...customer.companyProfile,
      ...(address
        ? {
            address: {
              country: address.country,
              city: address.city,
              ...(address.state ? { state: address.state } : {}),
            },
          }
        : {}),
    },
    relationshipToPartner: customer.relationshipToPartner,
    // Ours: what enhanced screening still lacks, so the list can badge the work list's rows.
    ...(problems.length > 0 ? { missingScreeningInfo: problems } : {}),
    attributes: customer.attributes,
  };
}

type SortKey = 'companyName' | 'domain' | 'country';

function sortValue(customer: Customer, key: SortKey): string {
  if (key === 'domain') return customer.companyProfile.domain;
  if (key === 'country') return customer.billingProfile?.defaultAddress.country ?? '';
  return customer.companyProfile.companyName ?? '';
}

export function rotateEtag(profile: CustomerBillingProfile): void {
  profile.attributes.etag = seededEtag(`${profile.id}:${newGuid()}`, Date.now());
}

export const customerHandlers = [
  /**
   * Partner Center pages with `size` and a continuation link. `offset`, `q`, `country` and `sort`
   * and `screening`
   * are ours: the real service filters with a `filter` JSON expression instead.
   */
  route(
    'get',
    '/v1/customers',
    ({ url }) => {
      const size = Math.min(Math.max(Number(url.searchParams.get('size') ?? 25) || 25, 1), 500);
      const offset = Math.max(Number(url.searchParams.get('offset') ?? 0) || 0, 0);
      const query = (url.searchParams.get('q') ?? '').trim().toLowerCase();
      const country = (url.searchParams.get('country') ?? '').toUpperCase();
      // Ours: `screening=missing` is the work list of customers that screening would stop.
      const missingScreening = url.searchParams.get('screening') === 'missing';
      const sortParam = url.searchParams.get('sort') ?? 'companyName';
      const descending = sortParam.startsWith('-');
      const sortKey = (
        ['companyName', 'domain', 'country'].includes(sortParam.replace(/^-/, ''))
          ? sortParam.replace(/^-/, '')
          : 'companyName'
      ) as SortKey;

      const matches = getDb()
        .customers.filter((customer) => {
          if (country && customer.billingProfile?.defaultAddress.country !== country) return false;
          if (missingScreening && screeningProblems(customer).length === 0) return false;
          if (!query) return true;
          return (
            (customer.companyProfile.companyName ?? '').toLowerCase().includes(query) ||
            customer.companyProfile.domain.toLowerCase().includes(query)
          );
        })
        .sort((a, b) => sortValue(a, sortKey).localeCompare(sortValue(b, sortKey)) * (descending ? -1 : 1));
      return Response.json(
        collection(
          matches.slice(offset, offset + size).map(listItem),
          matches.length,
          url.pathname + url.search,
        ),
      );
    },
    { action: 'customers.read' },
  ),

  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId',
    ({ params }) => {
      const customer = findCustomer(params.customerId);
      return customer ? Response.json(customer) : customerNotFound(params.customerId);
    },
    { action: 'customers.read' },
  ),

  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/profiles/company',
    ({ params }) => {
      const customer = findCustomer(params.customerId);
      return customer ? Response.json(customer.companyProfile) : customerNotFound(params.customerId);
    },
    { action: 'customers.read' },
  ),

  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/profiles/billing',
    ({ params }) => {
      const profile = findCustomer(params.customerId)?.billingProfile;
      if (!profile) return customerNotFound(params.customerId);
      return Response.json(profile, { headers: { ETag: `"${profile.attributes.etag}"` } });
    },
    { action: 'customers.read' },
  ),

  route<CustomerParams>(
    'put',
    '/v1/customers/:customerId/profiles/billing',
    async ({ params, request }) => {
      const customer = findCustomer(params.customerId);
      const current = customer?.billingProfile;
      if (!customer || !current) return customerNotFound(params.customerId);
      const ifMatch = (request.headers.get('If-Match') ?? '').replace(/^W\//, '').replace(/"/g, '');
      if (!ifMatch || ifMatch !== current.attributes.etag) {
        return pcError({
          status: 412,
          code: 2055,
          errorName: 'PreconditionFailed',
          description:
            'The billing profile was changed by someone else since you loaded it. Reload it and apply your changes again.',
        });
      }
      const body = (await readJsonBody(request)) as Partial<CustomerBillingProfile> | undefined;
      if (!body?.defaultAddress || !body.email) {
        return pcError({
          status: 400,
          code: 800002,
          description: 'The billing profile must include an email and a default address.',
        });
      }
      const next: CustomerBillingProfile = {
        ...current,
        ...body,
        id: current.id,
        companyName: current.companyName,
        defaultAddress: { ...body.defaultAddress },
        attributes: { objectType: 'CustomerBillingProfile', etag: current.attributes.etag },
      };
      rotateEtag(next);
      customer.billingProfile = next;
      return Response.json(next, { headers: { ETag: `"${next.attributes.etag}"` } });
    },
    { action: 'customers.update' },
  ),

  route(
    'post',
    '/v1/customers',
    async ({ request }) => {
      const body = (await readJsonBody(request)) as Partial<Customer> | undefined;
      const billing = body?.billingProfile;
      const address = billing?.defaultAddress;
      const domain = body?.companyProfile?.domain?.trim().toLowerCase();
      const missing: { field: string; message: string }[] = [];
      if (!domain) missing.push({ field: 'companyProfile.domain', message: 'The domain is required.' });
      if (!billing?.email) missing.push({ field: 'billingProfile.email', message: 'The email is required.' });
      if (!billing?.companyName)
        missing.push({ field: 'billingProfile.companyName', message: 'The company name is required.' });
      if (!address?.country || address.country.length !== 2)
        missing.push({
          field: 'billingProfile.defaultAddress.country',
          message: 'The country must be a two-letter ISO code.',
        });
      if (!address?.addressLine1)
        missing.push({
          field: 'billingProfile.defaultAddress.addressLine1',
          message: 'The address is required.',
        });
      if (!address?.city)
        missing.push({ field: 'billingProfile.defaultAddress.city', message: 'The city is required.' });
      if (!address?.postalCode)
        missing.push({
          field: 'billingProfile.defaultAddress.postalCode',
          message: 'The postal code is required.',
        });
      if (!address?.firstName)
        missing.push({
          field: 'billingProfile.defaultAddress.firstName',
          message: 'The first name is required.',
        });
      if (!address?.lastName)
        missing.push({
          field: 'billingProfile.defaultAddress.lastName',
          message: 'The last name is required.',
        });
      if (missing.length > 0 || !billing || !address || !domain) {
        return pcError({
          status: 400,
          code: 800002,
          errorName: 'InvalidInput',
          description: missing.map((m) => m.message).join(' '),
          data: missing,
        });
      }
      const fullDomain = domain.endsWith('.onmicrosoft.com') ? domain : `${domain}.onmicrosoft.com`;
      if (getDb().customers.some((customer) => customer.companyProfile.domain === fullDomain)) {
        return pcError({
          status: 409,
          code: 1002,
          errorName: 'DomainAlreadyExists',
          description: `The domain ${fullDomain} is already in use.`,
          data: [{ field: 'companyProfile.domain', message: `The domain ${fullDomain} is already in use.` }],
        });
      }
      const id = newGuid();
      const customer: Customer = {
        id,
        commerceId: newGuid(),
        relationshipToPartner: 'reseller',
        allowDelegatedAccess: true,
        companyProfile: {
          tenantId: id,
          domain: fullDomain,
          companyName: billing.companyName,
          ...(body?.companyProfile?.organizationRegistrationNumber
            ? { organizationRegistrationNumber: body.companyProfile.organizationRegistrationNumber }
            : {}),
          attributes: { objectType: 'CustomerCompanyProfile' },
        },
        billingProfile: {
          id: newGuid(),
          email: billing.email ?? '',
          culture: billing.culture ?? 'en-US',
          language: billing.language ?? 'en',
          companyName: billing.companyName ?? '',
          firstName: address.firstName,
          lastName: address.lastName,
          defaultAddress: { ...address },
          attributes: { objectType: 'CustomerBillingProfile', etag: '' },
        },
        attributes: { objectType: 'Customer' },
      };
      if (customer.billingProfile) rotateEtag(customer.billingProfile);
      getDb().customers.push(customer);
      return Response.json(
        {
          ...customer,
          relationshipToPartner: 'none',
          userCredentials: { userName: 'admin', password: newGuid().slice(0, 12) },
        },
        { status: 201 },
      );
    },
    { action: 'customers.create' },
  ),
];
