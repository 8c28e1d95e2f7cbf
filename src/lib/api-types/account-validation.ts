/**
 * A customer's account validation ("Retrieve the validation status of a customer"):
 * `GET /v1/customers/{id}/validationStatus?type=account`.
 *
 * Purchases are blocked while the status is UnderReview, NotAllowed or Unknown; they go through
 * when it is Allowed or when the customer has no status at all (a 404 with 600074).
 */
export type AccountValidationStatus = 'Allowed' | 'UnderReview' | 'NotAllowed' | 'Unknown';

export interface AccountValidation {
  type: 'account';
  status: AccountValidationStatus;
  /** UTC, written without a zone as in the documented samples. */
  lastUpdateDateTime: string;
}

export const accountValidationErrorCodes = {
  /** 404: the customer has no account status (its purchases are not blocked). */
  statusNotFound: 600074,
  /** 403 at checkout: the account is under review. */
  underReview: 800073,
  /** 403 at checkout: the account's status is Unknown (documented with the under-review text). */
  statusUnknown: 800074,
  /** 403 at checkout: the account was not approved. */
  notApproved: 800075,
} as const;
