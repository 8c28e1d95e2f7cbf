import type { AccountValidation } from '@/lib/api-types/account-validation';
/**
 * Static compliance fixtures: the agreement templates Partner Center publishes, and how the
 * (simulated) Microsoft vetting answers each customer's qualification requests.
 */
import type { AgreementMetaData, SettableQualification } from '@/lib/api-types/agreements';

export const mcaTemplateId = '9f1b6c2e-5d47-4a0b-8c3e-2b7d14e6a905';
export const mcloudTemplateId = '4c0e8a71-2f9d-4b63-a1d5-7e3b90c6f218';

export const agreementMetadata: AgreementMetaData[] = [
  {
    templateId: mcaTemplateId,
    agreementType: 'MicrosoftCustomerAgreement',
    agreementLink: 'https://aka.ms/customeragreement',
    versionRank: 0,
  },
  {
    templateId: mcloudTemplateId,
    agreementType: 'MicrosoftCloudAgreement',
    agreementLink: 'https://aka.ms/microsoftcloudagreement',
    versionRank: 0,
  },
];

/** Seed customers (by domain prefix) with no attestation on record, so the 13605 flow can be seen. */
export const customersWithoutAttestation = [
  'tailspinquebec',
  'atelierbordeaux',
  'alsterlogistik',
  'sakuraprecision',
] as const;

/**
 * Account validation statuses by customer (domain prefix). Every other customer has none, which
 * Partner Center answers with 404 / 600074 and which does not block purchases.
 */
export const accountValidationFixtures = {
  contosooutdoor: { status: 'Allowed', lastUpdateDateTime: '2026-03-02T09:15:00' },
  northwindtraders: { status: 'Allowed', lastUpdateDateTime: '2026-04-18T14:40:00' },
  fabrikamhealth: { status: 'Allowed', lastUpdateDateTime: '2026-02-03T11:05:00' },
  adatumedu: { status: 'Allowed', lastUpdateDateTime: '2026-05-21T08:30:00' },
  mapleleafrobotics: { status: 'UnderReview', lastUpdateDateTime: '2026-11-27T16:20:00' },
  ipanemapag: { status: 'NotAllowed', lastUpdateDateTime: '2026-10-09T10:00:00' },
} as const satisfies Record<string, Omit<AccountValidation, 'type'>>;

/** How long the simulated vetting takes, by the shared clock. */
export const vettingDelayMs = 5_000;

export interface VettingOutcome {
  status: 'Approved' | 'Denied';
  reason?: string;
}

/** Outcomes by customer domain prefix; anyone else is denied with the default reason. */
export const vettingFixtures: Record<string, Partial<Record<SettableQualification, VettingOutcome>>> = {
  adatumedu: { Education: { status: 'Approved' } },
  lumiereconseil: { Education: { status: 'Approved' } },
  contosooutdoor: { GovernmentCommunityCloud: { status: 'Approved' } },
  fabrikamhealth: { GovernmentCommunityCloud: { status: 'Approved' } },
};

export const defaultVettingOutcome: Record<
  Exclude<SettableQualification, 'StateOwnedEntity'>,
  VettingOutcome
> = {
  Education: { status: 'Denied', reason: 'Not an Education Customer' },
  GovernmentCommunityCloud: { status: 'Denied', reason: 'Not a Government Community Cloud customer' },
};
