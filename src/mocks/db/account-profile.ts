import type {
  AccountTenant,
  LegalBusinessProfile,
  PartnerBillingProfile,
  PartnerSupportProfile,
  PartnerLocation,
  PartnerProfile,
} from '@/lib/api-types/account';
import { seededEtag, seededGuid } from './seed-ids';

/** The partner's own organization: one legal entity in France with three locations. */
export interface AccountProfileSlice {
  legalBusiness: LegalBusinessProfile;
  partner: PartnerProfile;
  /** The billing profile's own fields; its tax ID and currency are read from elsewhere. */
  billing: Omit<PartnerBillingProfile, 'taxId' | 'billingCurrency' | 'links'>;
  support: Omit<PartnerSupportProfile, 'links'>;
  /** Set by update-an-organization-profile; until then the legal country's default culture. */
  organizationCulture?: string;
  locations: PartnerLocation[];
  tenants: AccountTenant[];
  /** Commercial marketplace identities (no location): publisher IDs and the seller ID. */
  publisherIds: string[];
  sellerId: string;
}

const hqAddress = {
  country: 'FR',
  city: 'Paris',
  addressLine1: '18 rue de la Chaussée-d’Antin',
  postalCode: '75009',
  firstName: 'Ana',
  lastName: 'Ruiz',
  phoneNumber: '+33 1 84 88 12 00',
};

export const commercialTenantId = seededGuid('tenant:commercial');

export function seedAccountProfile(): AccountProfileSlice {
  return {
    legalBusiness: {
      companyName: 'Woodgrove Cloud SAS',
      address: hqAddress,
      primaryContact: {
        firstName: 'Ana',
        lastName: 'Ruiz',
        email: 'ana.ruiz@woodgrovecloud.com',
        phoneNumber: '+33 1 84 88 12 00',
      },
      companyApproverAddress: { ...hqAddress, firstName: 'Ben', lastName: 'Carter' },
      companyApproverEmail: 'ben.carter@woodgrovecloud.com',
      taxId: 'FR40123456789',
      vettingStatus: 'authorized',
      vettingSubStatus: 'none',
      profileType: 'LegalBusinessProfile',
      attributes: { objectType: 'LegalBusinessProfile', etag: seededEtag('legalbusiness', 1) },
    },
    partner: {
      publicName: 'Woodgrove Cloud',
      website: 'https://www.woodgrovecloud.com',
      description:
        'Cloud migration, Microsoft 365 deployments and managed Azure services for mid-size firms.',
      industries: ['professionalServices', 'technology'],
      profileType: 'PartnerProfile',
      attributes: { objectType: 'PartnerProfile', etag: seededEtag('partnerprofile', 1) },
    },
    billing: {
      companyName: 'Woodgrove Cloud SAS',
      address: {
        country: 'FR',
        city: 'Paris',
        addressLine1: hqAddress.addressLine1,
        addressLine2: 'Service comptabilité fournisseurs',
        postalCode: '75009',
      },
      primaryContact: {
        firstName: 'Chloé',
        lastName: 'Martin',
        email: 'billing@woodgrovecloud.com',
        phoneNumber: '+33 1 84 88 12 40',
      },
      purchaseOrderNumber: 'WGC-2026-0042',
      profileType: 'BillingProfile',
      attributes: { objectType: 'BillingProfile', etag: seededEtag('billingprofile', 1) },
    },
    support: {
      email: 'support@woodgrovecloud.com',
      telephone: '+33 1 84 88 12 99',
      website: 'https://support.woodgrovecloud.com',
      profileType: 'support_profile',
      attributes: { objectType: 'PartnerSupportProfile' },
    },
    locations: [
      {
        id: '4871203',
        name: 'Paris headquarters',
        address: { addressLine1: hqAddress.addressLine1, city: 'Paris', postalCode: '75009', country: 'FR' },
        isHeadquarters: true,
        attributes: { objectType: 'PartnerLocation' },
      },
      {
        id: '4871377',
        name: 'Lyon office',
        address: { addressLine1: '5 place Bellecour', city: 'Lyon', postalCode: '69002', country: 'FR' },
        isHeadquarters: false,
        attributes: { objectType: 'PartnerLocation' },
      },
      {
        id: '5120448',
        name: 'Dublin office',
        address: {
          addressLine1: '3 Grand Canal Quay',
          city: 'Dublin',
          postalCode: 'D02 X576',
          country: 'IE',
        },
        isHeadquarters: false,
        attributes: { objectType: 'PartnerLocation' },
      },
    ],
    tenants: [
      {
        tenantId: commercialTenantId,
        primaryDomain: 'woodgrovecloud.onmicrosoft.com',
        type: 'both',
        associatedAt: '2019-03-14T10:00:00.000Z',
        attributes: { objectType: 'AccountTenant' },
      },
      {
        tenantId: seededGuid('tenant:developer'),
        primaryDomain: 'woodgrovedev.onmicrosoft.com',
        type: 'developer',
        associatedAt: '2020-06-02T08:30:00.000Z',
        attributes: { objectType: 'AccountTenant' },
      },
    ],
    publisherIds: ['woodgrovecloud', 'woodgrove-labs'],
    sellerId: '90412785',
  };
}
