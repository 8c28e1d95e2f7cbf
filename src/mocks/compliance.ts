/** Compliance state the commerce endpoints consult: MCA attestations and vetted qualifications. */
import { accountValidationErrorCodes } from '@/lib/api-types/account-validation';
import { agreementErrorCodes, type SettableQualification } from '@/lib/api-types/agreements';
import { now } from '@/lib/clock';
import { getDb, saveDb } from './db/database';
import type { StoredQualification } from './db/compliance';
import { pcError } from './http';

export function hasMcaAttestation(customerId: string): boolean {
  return (getDb().agreements[customerId] ?? []).some((item) => item.type === 'MicrosoftCustomerAgreement');
}

export function signedMcaDirectly(customerId: string): boolean {
  return getDb().directlySignedAgreements.includes(customerId);
}

/** Purchases need the customer's acceptance: attested by the partner, or given by the customer directly. */
export function hasMcaAcceptance(customerId: string): boolean {
  return hasMcaAttestation(customerId) || signedMcaDirectly(customerId);
}

/**
 * 403 at checkout while the customer's account validation blocks transactions: under review
 * (800073), Unknown (800074, documented with the same text) or not approved (800075). Allowed, or
 * no status at all, lets the purchase through.
 */
export function accountValidationRefusal(customerId: string) {
  const status = getDb().accountValidations[customerId]?.status;
  if (status === 'UnderReview' || status === 'Unknown') {
    return pcError({
      status: 403,
      code:
        status === 'UnderReview'
          ? accountValidationErrorCodes.underReview
          : accountValidationErrorCodes.statusUnknown,
      errorName: 'CustomerAccountUnderReview',
      description:
        'This customer account is under review. Check back in a few days; purchases for it are on hold until the review ends.',
    });
  }
  if (status === 'NotAllowed') {
    return pcError({
      status: 403,
      code: accountValidationErrorCodes.notApproved,
      errorName: 'CustomerAccountNotApproved',
      description:
        'This customer account was not approved, so transactions for it are not allowed. Check that the customer account information is correct.',
    });
  }
  return undefined;
}

/** 403 / 13605: Partner Center refuses purchases until the customer's MCA acceptance is confirmed. */
export function acceptanceRequired(customerId: string) {
  return pcError({
    status: 403,
    code: agreementErrorCodes.acceptanceRequired,
    errorName: 'MicrosoftCustomerAgreementAcceptanceRequired',
    description: `Microsoft Customer Agreement acceptance must be confirmed for customer ${customerId} before a purchase. Confirm the customer's acceptance, or have the customer accept it in the Microsoft 365 admin center.`,
  });
}

/**
 * The customer's qualifications as of now: a request whose vetting time has passed takes the
 * decision its fixture gave it. Evaluated on read, so the shared clock drives it in tests.
 */
export function qualificationsOf(customerId: string): StoredQualification[] {
  const list = getDb().customerQualifications[customerId] ?? [];
  const at = now().getTime();
  let changed = false;
  for (const item of list) {
    if (item.vettingStatus === 'InReview' && item.pending && Date.parse(item.pending.decidesAt) <= at) {
      item.vettingStatus = item.pending.status;
      if (item.pending.reason) item.vettingReason = item.pending.reason;
      delete item.pending;
      changed = true;
    }
  }
  if (changed) saveDb();
  return list;
}

export function hasApprovedQualification(customerId: string, qualification: SettableQualification): boolean {
  return qualificationsOf(customerId).some(
    (item) => item.qualification === qualification && item.vettingStatus === 'Approved',
  );
}
