/**
 * Seed of the compliance slices: Microsoft Customer Agreement attestations and special
 * qualifications, keyed by customer id. Most seed customers have an attestation; a few do not.
 */
import type { AccountValidation } from '@/lib/api-types/account-validation';
import type {
  Agreement,
  CustomerQualification,
  EducationSegment,
  ValidationCode,
} from '@/lib/api-types/agreements';
import type { Customer } from '@/lib/api-types/customers';
import { defaultDemoUserId } from '@/lib/session';
import {
  accountValidationFixtures,
  agreementMetadata,
  customersWhoSignedDirectly,
  customersWithoutAttestation,
  mcaTemplateId,
} from '../data/compliance';
import { commercialTenantId } from './account-profile';
import { seededGuid } from './seed-ids';

export interface StoredQualification extends CustomerQualification {
  educationSegment?: EducationSegment;
  website?: string;
  validationCode?: string;
  /** Ours, never sent: the vetting decision, applied once the clock passes `decidesAt`. */
  pending?: { status: 'Approved' | 'Denied'; reason?: string; decidesAt: string };
}

export interface ComplianceData {
  agreements: Record<string, Agreement[]>;
  /** Customer ids whose MCA acceptance was direct (get-direct-sign-status-of-customer-agreement). */
  directlySignedAgreements: string[];
  customerQualifications: Record<string, StoredQualification[]>;
  /** By customer id; a customer without an entry has no account status. */
  accountValidations: Record<string, AccountValidation>;
  /** The partner's GCC validation codes; a GCC request naming one uses up one of its creates. */
  gccValidationCodes: ValidationCode[];
}

const mcaLink =
  agreementMetadata.find((item) => item.agreementType === 'MicrosoftCustomerAgreement')?.agreementLink ?? '';

const customerId = (prefix: string) => seededGuid(`customer:${prefix}`);

export function seedCompliance(customers: Customer[]): ComplianceData {
  const without = new Set<string>(customersWithoutAttestation.map(customerId));
  const agreements: Record<string, Agreement[]> = {};
  customers.forEach((customer, index) => {
    if (without.has(customer.id) || !customer.billingProfile) return;
    const profile = customer.billingProfile;
    const phone = profile.defaultAddress.phoneNumber;
    const month = String((index % 9) + 1).padStart(2, '0');
    agreements[customer.id] = [
      {
        userId: defaultDemoUserId,
        primaryContact: {
          firstName: profile.firstName ?? profile.defaultAddress.firstName,
          lastName: profile.lastName ?? profile.defaultAddress.lastName,
          email: profile.email,
          ...(phone ? { phoneNumber: phone } : {}),
        },
        templateId: mcaTemplateId,
        dateAgreed: `2026-${month}-${String((index % 27) + 1).padStart(2, '0')}T00:00:00Z`,
        type: 'MicrosoftCustomerAgreement',
        agreementLink: mcaLink,
      },
    ];
  });
  const accountValidations = Object.fromEntries(
    Object.entries(accountValidationFixtures).map(([prefix, fixture]) => [
      customerId(prefix),
      { type: 'account' as const, ...fixture },
    ]),
  );
  return {
    agreements,
    directlySignedAgreements: customersWhoSignedDirectly.map(customerId),
    accountValidations,
    customerQualifications: {
      [customerId('fabrikamhealth')]: [
        {
          qualification: 'GovernmentCommunityCloud',
          vettingStatus: 'Approved',
          vettingCreateDate: '2026-02-03T10:00:00Z',
          validationCode: '30571',
        },
      ],
      [customerId('atelierbordeaux')]: [
        {
          qualification: 'Education',
          vettingStatus: 'Denied',
          vettingReason: 'Not an Education Customer',
          vettingCreateDate: '2026-05-12T08:30:00Z',
          educationSegment: 'HigherEducation',
        },
      ],
      [customerId('volgaindustrial')]: [{ qualification: 'StateOwnedEntity' }],
    },
    gccValidationCodes: [
      // Fabrikam Health's approved GCC qualification used one of this code's five.
      validationCode('30571', 'Woodgrove Cloud SAS', 5, 4, '2026-02-03T10:00:00Z'),
      validationCode('30588', 'Woodgrove Cloud SAS, Public Sector Practice', 3, 3, '2026-06-18T14:20:00Z'),
    ],
  };
}

function validationCode(
  validationId: string,
  organizationName: string,
  maxCreates: number,
  remainingCreates: number,
  changedAt: string,
): ValidationCode {
  return {
    partnerId: commercialTenantId,
    organizationName,
    validationId,
    maxCreates,
    remainingCreates,
    eTag: validationCodeETag(changedAt),
  };
}

/** The documented ETag form: a weak tag carrying the time of the last change. */
export function validationCodeETag(changedAt: string): string {
  return `W/"datetime'${encodeURIComponent(changedAt)}'"`;
}
