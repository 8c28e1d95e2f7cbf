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
