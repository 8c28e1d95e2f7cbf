import { queryOptions } from '@tanstack/react-query';
import { api, apiRequest, createWithRetry, type Collection } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/fetch-all';
import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';
import type { Customer, CustomerBillingProfile, CustomerCompanyProfile } from '@/lib/api-types/customers';

/** List items: the company profile carries a short address, there is no billing profile. */
export type CustomerListItem = Omit<Customer, 'billingProfile' | 'companyProfile'> & {
  companyProfile: CustomerCompanyProfile & { address?: { country: string; city: string; state?: string } };
  /** Ours: set when enhanced screening would stop this customer. */
  missingScreeningInfo?: ('organizationRegistrationNumber' | 'phoneNumber')[];
};

export type CustomerSort = 'companyName' | '-companyName' | 'domain' | '-domain' | 'country' | '-country';

export interface CustomerListParams {
  q: string;
  country: string;
  sort: CustomerSort;
  page: number;
  size: number;
  /** Only customers in a screening country that lack the INN or the phone. */
  missingScreening: boolean;
  /** Narrows the list to these countries (an announcement's work-list link); `country` wins when set. */
  countries: string[];
}

export const customerKeys = {
  all: ['customers'] as const,
  lists: () => [...customerKeys.all, 'list'] as const,
  list: (params: CustomerListParams) => [...customerKeys.lists(), params] as const,
  missingScreeningCount: () => [...customerKeys.lists(), 'missing-screening-count'] as const,
  detail: (customerId: string) => [...customerKeys.all, 'detail', customerId] as const,
  billing: (customerId: string) => [...customerKeys.detail(customerId), 'billing'] as const,
  rules: (iso2: string) => [...customerKeys.all, 'country-rules', iso2.toUpperCase()] as const,
  markets: () => [...customerKeys.all, 'markets'] as const,
};

/** One page of the list; the export asks for every page with the same filters and sort. */
const fetchCustomerPage = (params: CustomerListParams, offset: number, size: number, signal?: AbortSignal) =>
  api.get<Collection<CustomerListItem>>('/v1/customers', {
    signal,
    query: {
      q: params.q,
      country: params.country || params.countries.join(','),
      sort: params.sort,
      offset,
      size,
      screening: params.missingScreening ? 'missing' : undefined,
    },
  });

export const customerListQuery = (params: CustomerListParams) =>
  queryOptions({
    queryKey: customerKeys.list(params),
    queryFn: ({ signal }) => fetchCustomerPage(params, (params.page - 1) * params.size, params.size, signal),
  });

export const fetchAllCustomers = (params: CustomerListParams, options: Parameters<typeof fetchAllPages>[1]) =>
  fetchAllPages((offset, size, signal) => fetchCustomerPage(params, offset, size, signal), options);

export const missingScreeningCountQuery = () =>
  queryOptions({
    queryKey: customerKeys.missingScreeningCount(),
    queryFn: ({ signal }) =>
      api
        .get<Collection<unknown>>('/v1/customers', { signal, query: { screening: 'missing', size: 1 } })
        .then((c) => c.totalCount),
  });

export const customerQuery = (customerId: string) =>
  queryOptions({
    queryKey: customerKeys.detail(customerId),
    queryFn: ({ signal }) => api.get<Customer>(`/v1/customers/${encodeURIComponent(customerId)}`, { signal }),
  });

/**
 * The billing profile with its ETag (the `If-Match` of the next save). Fresh for a few seconds
 * only: long enough that the account tab's prefetch is the page's fetch, not followed by a second
 * one as the form mounts. A save made on an older ETag is refused (412) and offers to reload.
 */
export const billingProfileQuery = (customerId: string) =>
  queryOptions({
    queryKey: customerKeys.billing(customerId),
    queryFn: async ({ signal }) => {
      const response = await apiRequest<CustomerBillingProfile>(
        `/v1/customers/${encodeURIComponent(customerId)}/profiles/billing`,
        { signal },
      );
      return { profile: response.data, etag: response.etag ?? response.data.attributes.etag };
    },
    staleTime: 10_000,
  });

/** Rules change with a release, not during a session. */
export const countryRulesQuery = (iso2: string) =>
  queryOptions({
    queryKey: customerKeys.rules(iso2),
    queryFn: ({ signal }) =>
      api.get<CountryValidationRules>(
        `/v1/countryvalidationrules/${encodeURIComponent(iso2.toUpperCase())}`,
        {
          signal,
        },
      ),
    staleTime: 60 * 60_000,
  });

export const marketsQuery = () =>
  queryOptions({
    queryKey: customerKeys.markets(),
    queryFn: ({ signal }) =>
      api.get<Collection<CountryValidationRules>>('/v1/countryvalidationrules', { signal }),
    staleTime: 60 * 60_000,
  });

export interface SavedAccount {
  profile: CustomerBillingProfile;
  etag: string;
}

/**
 * One Save of the account page, all or nothing. Partner Center keeps the INN on the company
 * profile and the phone/middle name on the billing profile, behind two endpoints; two plain
 * writes could leave half a save behind (INN written, billing refused with 412/400, or the tab
 * closed in between). So the INN write (ours) only STAGES the value, conditioned on the billing
 * ETag the user edited, and the billing-profile PUT commits the stage and the profile together,
 * validating the record as it will be (600049/600050/600051). Either request failing leaves the
 * customer exactly as it was; an uncommitted stage is never applied. See the mock's
 * `PUT .../profiles/company` for the server half.
 */
export async function saveAccount(input: {
  customerId: string;
  etag: string;
  profile: CustomerBillingProfile;
  organizationRegistrationNumber: string | undefined;
}): Promise<SavedAccount> {
  const base = `/v1/customers/${encodeURIComponent(input.customerId)}/profiles`;
  let stagedChangeId: string | undefined;
  if (input.organizationRegistrationNumber !== undefined) {
    const staged = await apiRequest<{ stagedChangeId: string }>(`${base}/company`, {
      method: 'PUT',
      ifMatch: input.etag,
      body: { organizationRegistrationNumber: input.organizationRegistrationNumber },
    });
    stagedChangeId = staged.data.stagedChangeId;
  }
  const saved = await apiRequest<CustomerBillingProfile>(`${base}/billing`, {
    method: 'PUT',
    ifMatch: input.etag,
    body: input.profile,
    query: { companyProfileChange: stagedChangeId },
  });
  return { profile: saved.data, etag: saved.etag ?? saved.data.attributes.etag };
}

/** Retried with the same MS-RequestId when the answer is lost, so a retry never creates twice. */
export const createCustomer = (body: unknown) => createWithRetry<Customer>('/v1/customers', body);
