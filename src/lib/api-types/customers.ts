import type { Address, Link, ResourceAttributes } from './common';

export type RelationshipToPartner = 'none' | 'reseller' | 'advisor' | 'syndication' | 'microsoft_support';

export interface CustomerCompanyProfile {
  tenantId: string;
  domain: string;
  companyName?: string;
  /** The Organization INN (legal identifier) for the countries that require one. */
  organizationRegistrationNumber?: string;
  /** Partner Center omits the address and email when the partner has no delegated access. */
  address?: Partial<Address>;
  email?: string;
  links?: { self: Link };
  attributes: ResourceAttributes<'CustomerCompanyProfile'>;
}

export interface CustomerBillingProfile {
  id: string;
  firstName?: string;
  lastName?: string;
  email: string;
  culture: string;
  language: string;
  companyName: string;
  defaultAddress: Address;
  links?: { self: Link };
  attributes: ResourceAttributes<'CustomerBillingProfile'> & { etag: string };
}

export interface Customer {
  id: string;
  commerceId: string;
  companyProfile: CustomerCompanyProfile;
  billingProfile?: CustomerBillingProfile;
  relationshipToPartner: RelationshipToPartner;
  allowDelegatedAccess?: boolean;
  userCredentials?: { userName: string; password: string };
  customDomains?: string[];
  links?: { self: Link };
  attributes: ResourceAttributes<'Customer'>;
}
