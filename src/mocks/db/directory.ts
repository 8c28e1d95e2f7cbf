import type { AzureAdApplication, PartnerGroup } from '@/lib/api-types/account';
import type { PartnerUser } from '@/lib/api-types/users';
import { seededGuid } from './seed-ids';

/** Groups draw their members from the seeded users, so the ids always exist. */
export function seedGroups(users: PartnerUser[]): PartnerGroup[] {
  const idsWith = (predicate: (user: PartnerUser) => boolean, limit: number) =>
    users
      .filter(predicate)
      .slice(0, limit)
      .map((user) => user.id);
  return [
    {
      id: seededGuid('group:billing'),
      name: 'Billing team',
      description: 'Invoices, reconciliation files and pricing.',
      commercialRoles: ['BillingAdmin'],
      developerRoles: [],
      memberIds: idsWith((user) => user.commercialRoles.includes('BillingAdmin'), 6),
      attributes: { objectType: 'PartnerGroup' },
    },
    {
      id: seededGuid('group:helpdesk'),
      name: 'Helpdesk',
      description: 'First-line support for customers.',
      commercialRoles: ['HelpdeskAgent'],
      developerRoles: [],
      memberIds: idsWith((user) => user.commercialRoles.includes('HelpdeskAgent'), 8),
      attributes: { objectType: 'PartnerGroup' },
    },
    {
      id: seededGuid('group:marketplace'),
      name: 'Marketplace publishers',
      description: 'Publishes and maintains the commercial marketplace offers.',
      commercialRoles: [],
      developerRoles: ['Developer', 'Marketer'],
      memberIds: idsWith((user) => user.developerRoles.includes('Developer'), 5),
      attributes: { objectType: 'PartnerGroup' },
    },
  ];
}

export function seedApplications(): AzureAdApplication[] {
  return [
    {
      appId: seededGuid('app:billing-sync'),
      displayName: 'Billing sync service',
      commercialRoles: ['BillingAdmin'],
      developerRoles: [],
      addedAt: '2020-02-11T09:00:00.000Z',
      attributes: { objectType: 'AzureAdApplication' },
    },
    {
      appId: seededGuid('app:provisioning'),
      displayName: 'Customer provisioning automation',
      commercialRoles: ['AdminAgent'],
      developerRoles: [],
      addedAt: '2020-09-30T15:45:00.000Z',
      attributes: { objectType: 'AzureAdApplication' },
    },
  ];
}
