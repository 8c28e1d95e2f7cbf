import type { AccountValidation } from '@/lib/api-types/account-validation';
/**
 * Static compliance fixtures: the agreement templates Partner Center publishes, and how the
 * (simulated) Microsoft vetting answers each customer's qualification requests.
 */
import type { AgreementMetaData, SettableQualification } from '@/lib/api-types/agreements';

// Partner Center's published template ids (get-customer-agreement-metadata and its samples):
// integrations hard-code them, so a request copied from the documentation must be accepted.
export const mcaTemplateId = '117a77b0-9360-443b-8795-c6dedc750cf9';
export const mcloudTemplateId = '998b88de-aa99-4388-a42c-1b3517d49490';

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
    agreementLink: 'https://docs.microsoft.com/partner-center/agreements',
    versionRank: 0,
  },
];

/**
 * The languages Partner Center publishes the agreement template in besides en-US, by country, for
 * the countries of our markets (download-customer-agreement-template's table). Every country has
 * en-US, and others here have only en-US.
 */
export const agreementTemplateLanguages: Readonly<Record<string, readonly string[]>> = {
  AR: ['es-ES'],
  AT: ['de-DE'],
  BE: ['nl-NL'],
  BY: ['ru-RU'],
  CA: ['fr-FR'],
  CH: ['fr-FR'],
  CL: ['es-ES'],
  CO: ['es-ES'],
  CZ: ['cs-CZ'],
  DE: ['de-DE'],
  DK: ['da-DK'],
  EG: ['ar-SA'],
  ES: ['es-ES'],
  FI: ['fi-FI'],
  FR: ['fr-FR'],
  IT: ['it-IT'],
  JP: ['ja-JP'],
  KG: ['ru-RU'],
  KR: ['ko-KR'],
  KZ: ['kk-KZ'],
  MD: ['ro-RO'],
  MX: ['es-ES'],
  NL: ['nl-NL'],
  NO: ['nb-NO'],
  PT: ['pt-PT'],
  RO: ['ro-RO'],
  RU: ['ru-RU'],
  SE: ['sv-SE'],
  UA: ['uk-UA'],
  UZ: ['ru-RU'],
  VE: ['es-ES'],
};

/** Seed customers (by domain prefix) with no attestation on record, so the 13605 flow can be seen. */
export const customersWithoutAttestation = [
  'tailspinquebec',
  'atelierbordeaux',
  'alsterlogistik',
  'sakuraprecision',
] as const;

/**
 * Seed customers (by domain prefix) who accepted the Microsoft Customer Agreement directly in the
 * Microsoft 365 admin center. Alster Logistik has no attestation: it shows a purchase allowed on the
 * customer's own acceptance.
 */
export const customersWhoSignedDirectly = ['alsterlogistik', 'contosooutdoor'] as const;

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
