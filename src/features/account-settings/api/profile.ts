import { queryOptions } from '@tanstack/react-query';
import { api, apiRequest, type Collection } from '@/lib/api-client';
import type {
  AccountIdentifier,
  AccountTenant,
  LegalBusinessProfile,
  PartnerBillingProfile,
  PartnerLocation,
  PartnerProfile,
  PartnerSupportProfile,
} from '@/lib/api-types/account';
import type { LocationInput, TenantInput } from '@/lib/account-rules';
import { accountKeys } from './keys';

export const legalProfileQuery = () =>
  queryOptions({
    queryKey: accountKeys.legal(),
    queryFn: ({ signal }) => api.get<LegalBusinessProfile>('/v1/profiles/legalbusiness', { signal }),
  });

/** Partner Center wants the full resource back with the ETag it was read with. */
export const saveLegalProfile = (profile: LegalBusinessProfile) =>
  apiRequest<LegalBusinessProfile>('/v1/profiles/legalbusiness', {
    method: 'PUT',
    body: profile,
    ifMatch: profile.attributes.etag,
  }).then((response) => response.data);

export const partnerProfileQuery = () =>
  queryOptions({
    queryKey: accountKeys.partner(),
    queryFn: ({ signal }) => api.get<PartnerProfile>('/v1/profiles/partner', { signal }),
  });

export const savePartnerProfile = (profile: PartnerProfile) =>
  apiRequest<PartnerProfile>('/v1/profiles/partner', {
    method: 'PUT',
    body: profile,
    ifMatch: profile.attributes.etag,
  }).then((response) => response.data);

export const billingProfileQuery = () =>
  queryOptions({
    queryKey: accountKeys.billing(),
    queryFn: ({ signal }) => api.get<PartnerBillingProfile>('/v1/profiles/billing', { signal }),
  });

export const saveBillingProfile = (profile: PartnerBillingProfile) =>
  apiRequest<PartnerBillingProfile>('/v1/profiles/billing', {
    method: 'PUT',
    body: profile,
    ifMatch: profile.attributes.etag,
  }).then((response) => response.data);

export const supportProfileQuery = () =>
  queryOptions({
    queryKey: accountKeys.support(),
    queryFn: ({ signal }) => api.get<PartnerSupportProfile>('/v1/profiles/support', { signal }),
  });

/** The support profile carries no ETag: Partner Center keeps the last write. */
export const saveSupportProfile = (profile: PartnerSupportProfile) =>
  api.put<PartnerSupportProfile>('/v1/profiles/support', profile);

export const locationsQuery = () =>
  queryOptions({
    queryKey: accountKeys.locations(),
    queryFn: ({ signal }) => api.get<Collection<PartnerLocation>>('/v1/profiles/locations', { signal }),
  });

export const addLocation = (input: LocationInput) =>
  api.post<PartnerLocation>('/v1/profiles/locations', input);
export const updateLocation = (id: string, input: LocationInput) =>
  api.put<PartnerLocation>(`/v1/profiles/locations/${encodeURIComponent(id)}`, input);
export const removeLocation = (id: string) => api.delete(`/v1/profiles/locations/${encodeURIComponent(id)}`);

export const tenantsQuery = () =>
  queryOptions({
    queryKey: accountKeys.tenants(),
    queryFn: ({ signal }) => api.get<Collection<AccountTenant>>('/v1/tenants', { signal }),
  });

export const associateTenant = (input: TenantInput) => api.post<AccountTenant>('/v1/tenants', input);
export const removeTenant = (tenantId: string) => api.delete(`/v1/tenants/${encodeURIComponent(tenantId)}`);

export const identifiersQuery = () =>
  queryOptions({
    queryKey: accountKeys.identifiers(),
    queryFn: ({ signal }) => api.get<Collection<AccountIdentifier>>('/v1/profiles/identifiers', { signal }),
  });
