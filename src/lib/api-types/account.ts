import type { CommercialRole, DeveloperRole } from '../permissions';
import type { Address, Link, ResourceAttributes } from './common';

/** A person the partner names on a profile (Partner Center's `Contact`). */
export interface Contact {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string;
}

/** `GET/PUT /v1/profiles/legalbusiness` (Partner Center's shape; `taxId` is ours, see the mock). */
export interface LegalBusinessProfile {
  companyName: string;
  address: Address;
  primaryContact: Contact;
  companyApproverAddress: Address;
  companyApproverEmail: string;
  /** VAT / tax number, only where the legal country uses one (ours: PC keeps it on the billing profile). */
  taxId?: string;
  vettingStatus: 'authorized' | 'pending' | 'rejected';
  vettingSubStatus: string;
  profileType: 'LegalBusinessProfile';
  /** In the service's answers (`/profiles/legalbusiness`). */
  links?: { self: Link };
  attributes: ResourceAttributes<'LegalBusinessProfile'> & { etag: string };
}

/** get-an-organization-profile: the partner's organization, read from its legal profile and tenant. */
export interface OrganizationProfile {
  id: string;
  companyName: string;
  defaultAddress: Address;
  tenantId: string;
  domain: string;
  email: string;
  language: string;
  culture: string;
  profileType: 'OrganizationProfile';
  links: { self: Link };
  attributes: ResourceAttributes<'OrganizationProfile'> & { etag: string };
}

/** get-mpn-profile: a partner's Partner ID (MPN ID) and name. */
export interface MpnProfile {
  partnerName: string;
  mpnId: string;
  profileType: 'MpnProfile';
  links: { self: Link };
  attributes: ResourceAttributes<'MpnProfile'>;
}

/** A billing address: the company's, with no person named on it. */
export type BillingAddress = Omit<Address, 'firstName' | 'middleName' | 'lastName'>;

/**
 * get-partner-billing-profile. `taxId` is the legal profile's and `billingCurrency` the partner's
 * billing currency: both are read-only here.
 */
export interface PartnerBillingProfile {
  companyName: string;
  address: BillingAddress;
  primaryContact: { firstName: string; lastName: string; email?: string; phoneNumber?: string };
  purchaseOrderNumber: string;
  taxId: string;
  billingCurrency: string;
  profileType: 'BillingProfile';
  links: { self: Link };
  attributes: ResourceAttributes<'BillingProfile'> & { etag: string };
}

/** get-support-profile: how the partner's customers reach its support. */
export interface PartnerSupportProfile {
  email: string;
  telephone: string;
  website: string;
  profileType: 'support_profile';
  links: { self: Link };
  attributes: ResourceAttributes<'PartnerSupportProfile'>;
}

/** Ours: the public partner (marketing) profile shown to customers. */
export interface PartnerProfile {
  publicName: string;
  website: string;
  description: string;
  industries: string[];
  profileType: 'PartnerProfile';
  attributes: ResourceAttributes<'PartnerProfile'> & { etag: string };
}

export interface LocationAddress {
  addressLine1: string;
  city: string;
  state?: string;
  postalCode: string;
  country: string;
}

/** Ours: a business location, each with its own partner location ID (an MPN ID). */
export interface PartnerLocation {
  id: string;
  name: string;
  address: LocationAddress;
  isHeadquarters: boolean;
  attributes: ResourceAttributes<'PartnerLocation'>;
}

export type TenantType = 'commercial' | 'developer' | 'both';

export interface AccountTenant {
  tenantId: string;
  primaryDomain: string;
  type: TenantType;
  associatedAt: string;
  attributes: ResourceAttributes<'AccountTenant'>;
}

export type IdentifierType = 'partnerId' | 'publisherId' | 'sellerId' | 'cspTenantId';
export type IdentifierProgram = 'partnerNetwork' | 'cloudSolutionProvider' | 'commercialMarketplace';

export interface AccountIdentifier {
  value: string;
  type: IdentifierType;
  program: IdentifierProgram;
  /** The location name, for location partner IDs. */
  scope?: string;
}

export interface RoleAssignment {
  commercialRoles: CommercialRole[];
  developerRoles: DeveloperRole[];
}

export interface PartnerGroup extends RoleAssignment {
  id: string;
  name: string;
  description: string;
  memberIds: string[];
  attributes: ResourceAttributes<'PartnerGroup'>;
}

export interface AzureAdApplication extends RoleAssignment {
  appId: string;
  displayName: string;
  addedAt: string;
  attributes: ResourceAttributes<'AzureAdApplication'>;
}

/** `POST /v1/users` (ours). */
export interface NewPartnerUser extends Partial<RoleAssignment> {
  firstName: string;
  lastName: string;
  email: string;
}

/** `PATCH /v1/users/:id` (ours): names, email and both role groups, in one request. */
export type PartnerUserPatch = Partial<NewPartnerUser & RoleAssignment>;

/**
 * Error codes the account-settings endpoints answer with. Partner Center documents none for these
 * cases, so they are ours; the UI and the tests read them from here.
 */
export const accountErrorCodes = {
  invalidInput: 800002,
  emailInUse: 600210,
  lastGlobalAdmin: 600211,
  cannotRemoveSelf: 600212,
  headquartersLocation: 600213,
  lastTenant: 600214,
  tenantAlreadyAssociated: 600215,
  applicationAlreadyAdded: 600216,
  groupNameInUse: 600217,
  preconditionFailed: 2055,
  notFound: 1000,
} as const;
