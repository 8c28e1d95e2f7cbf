/**
 * The one permissions table. The UI reads it to decide what to offer; the mock API reads it to
 * decide what to allow (and answers 403 otherwise), so the two can never disagree.
 */
export const commercialRoles = [
  'GlobalAdmin',
  'AccountAdmin',
  'AdminAgent',
  'SalesAgent',
  'HelpdeskAgent',
  'BillingAdmin',
  'MpnPartnerAdmin',
  'IncentiveAdmin',
  'ReferralsAdmin',
] as const;

export const developerRoles = [
  'Manager',
  'Developer',
  'BusinessContributor',
  'FinancialContributor',
  'Marketer',
] as const;

export type CommercialRole = (typeof commercialRoles)[number];
export type DeveloperRole = (typeof developerRoles)[number];
export type Role = CommercialRole | DeveloperRole;

export const actions = [
  'customers.read',
  'customers.create',
  'customers.update',
  'agreements.create',
  'qualifications.create',
  'catalog.read',
  'orders.create',
  'subscriptions.read',
  'subscriptions.update',
  'account.read',
  'account.update',
  'users.read',
  'users.update',
  'announcements.read',
  'activity.read',
] as const;

export type Action = (typeof actions)[number];

const everyone: readonly Role[] = [...commercialRoles, ...developerRoles];
const customerAdmins: readonly CommercialRole[] = ['GlobalAdmin', 'AdminAgent'];
const accountAdmins: readonly CommercialRole[] = ['GlobalAdmin', 'AccountAdmin'];

export const permissions: Record<Action, readonly Role[]> = {
  'customers.read': [
    'GlobalAdmin',
    'AccountAdmin',
    'AdminAgent',
    'SalesAgent',
    'HelpdeskAgent',
    'BillingAdmin',
  ],
  'customers.create': customerAdmins,
  // Helpdesk agents may edit customer details in Partner Center; sales agents may not.
  'customers.update': [...customerAdmins, 'HelpdeskAgent'],
  // Confirming a customer's MCA acceptance and requesting a qualification are customer-management
  // writes (Admin agent); sales and helpdesk agents only view them.
  'agreements.create': customerAdmins,
  'qualifications.create': customerAdmins,
  'catalog.read': everyone,
  'orders.create': [...customerAdmins, 'SalesAgent'],
  'subscriptions.read': ['GlobalAdmin', 'AdminAgent', 'SalesAgent', 'HelpdeskAgent', 'BillingAdmin'],
  'subscriptions.update': [...customerAdmins, 'SalesAgent'],
  'account.read': everyone,
  'account.update': accountAdmins,
  'users.read': everyone,
  'users.update': accountAdmins,
  'announcements.read': everyone,
  // The activity log shows every user's changes: the admins who answer for them.
  'activity.read': ['GlobalAdmin', 'AccountAdmin', 'AdminAgent'],
};

export function can(roles: readonly Role[], action: Action): boolean {
  const allowed = permissions[action];
  return roles.some((role) => allowed.includes(role));
}

export function allowedActions(roles: readonly Role[]): Action[] {
  return actions.filter((action) => can(roles, action));
}
