import type { Action, CommercialRole, DeveloperRole } from '../permissions';

/** A user of the partner's own organization (not a customer's user). */
export interface PartnerUser {
  id: string;
  displayName: string;
  firstName: string;
  lastName: string;
  email: string;
  commercialRoles: CommercialRole[];
  developerRoles: DeveloperRole[];
  /** ISO timestamp, absent for users who never signed in. */
  lastSignIn?: string;
  attributes: { objectType: 'PartnerUser'; etag?: string };
}

/** `GET /v1/me` (ours): who the bearer token belongs to and what they may do. */
export interface SignedInUser {
  user: PartnerUser;
  allowedActions: Action[];
}
