/**
 * Customer compliance wire shapes (Partner Center REST): Microsoft Customer Agreement attestations
 * and special qualifications. Other features (announcement impact, import) read these endpoints:
 *
 * - `GET /v1/agreements?agreementType=MicrosoftCustomerAgreement` → `Collection<AgreementMetaData>`
 *   (without `agreementType` the service answers for `MicrosoftCloudAgreement`; `*` answers all).
 * - `GET /v1/agreementtemplates/{templateId}/document?language=…&country=…` → `AgreementDocument`
 *   (country defaults to US; a language the country's template is not published in, to en-US).
 * - `GET /v1/customers/{id}/agreements?agreementType=…` → `Collection<Agreement>` (same defaulting).
 * - `POST /v1/customers/{id}/agreements` → 201 `Agreement`; a duplicate contact → 409 / 600061.
 * - `GET /v1/customers/{id}/qualifications` → bare `CustomerQualification[]` (no Collection wrapper).
 * - `POST /v1/customers/{id}/qualifications` → 201 `CustomerQualification` (`InReview` for vetted types).
 * - `GET /v1/customers/all/validations` → bare `ValidationCode[]`: the partner's GCC validation codes.
 * - Checkout without an attestation → 403 / 13605.
 */
export const agreementTypes = ['MicrosoftCustomerAgreement', 'MicrosoftCloudAgreement'] as const;
export type AgreementType = (typeof agreementTypes)[number];

/** Links to one agreement template in one country and language; a new pair on every call. */
export interface AgreementDocument {
  /** Opens the template in a browser. */
  displayUri: string;
  /** Downloads it as a Word document; expires five minutes after the call. */
  downloadUri: string;
  language: string;
  country: string;
}

export interface AgreementMetaData {
  templateId: string;
  agreementType: AgreementType;
  agreementLink: string;
  versionRank: number;
}

export interface AgreementContact {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string;
}

export interface Agreement {
  /** The partner user who confirmed the acceptance (derived from the App+User token). */
  userId: string;
  primaryContact: AgreementContact;
  templateId: string;
  /** UTC date time. */
  dateAgreed: string;
  type: AgreementType;
  agreementLink: string;
}

/** The values Partner Center accepts on POST; `None` and `Nonprofit` exist but cannot be set. */
export const settableQualifications = ['Education', 'GovernmentCommunityCloud', 'StateOwnedEntity'] as const;
export type SettableQualification = (typeof settableQualifications)[number];
export type QualificationName = SettableQualification | 'None' | 'Nonprofit';

export const educationSegments = ['K12', 'HigherEducation'] as const;
export type EducationSegment = (typeof educationSegments)[number];

export type VettingStatus = 'None' | 'InReview' | 'Approved' | 'Denied';

export interface QualificationRequest {
  qualification: SettableQualification;
  educationSegment?: EducationSegment;
  website?: string;
  /** The partner's GCC validation code. */
  validationCode?: string;
}

/** A StateOwnedEntity entry carries no vetting fields. */
export interface CustomerQualification {
  qualification: QualificationName;
  vettingStatus?: VettingStatus;
  vettingReason?: string;
  /** Spelled as in the SDK/swagger models and the POST response (the GET samples say `vettingCreatedDate`). */
  vettingCreateDate?: string;
}

/**
 * A GCC validation code Microsoft issued to the partner after its Government Community Cloud
 * eligibility check; a GCC qualification request names one (`validationCode` = `validationId`).
 */
export interface ValidationCode {
  partnerId: string;
  organizationName: string;
  validationId: string;
  /** How many customers the code may qualify, and how many it still may. */
  maxCreates?: number;
  remainingCreates?: number;
  eTag?: string;
}

/**
 * get-direct-sign-status-of-customer-agreement: whether the customer accepted the Microsoft Customer
 * Agreement itself (in the Microsoft 365 admin center), which lets purchases through without a
 * partner's attestation.
 */
export interface DirectSignedCustomerAgreementStatus {
  isSigned: boolean;
}

export const agreementErrorCodes = {
  /** PartnerConfirmedAgreementAlreadyExists: same contact as an existing attestation. */
  alreadyExists: 600061,
  /** Checkout refused: the customer's MCA acceptance is not confirmed. */
  acceptanceRequired: 13605,
} as const;
