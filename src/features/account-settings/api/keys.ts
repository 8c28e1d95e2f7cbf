/** The one query-key factory of the account-settings feature. */
export const accountKeys = {
  all: ['account-settings'] as const,
  legal: () => [...accountKeys.all, 'legal'] as const,
  partner: () => [...accountKeys.all, 'partner'] as const,
  billing: () => [...accountKeys.all, 'billing'] as const,
  support: () => [...accountKeys.all, 'support'] as const,
  locations: () => [...accountKeys.all, 'locations'] as const,
  tenants: () => [...accountKeys.all, 'tenants'] as const,
  identifiers: () => [...accountKeys.all, 'identifiers'] as const,
  users: () => [...accountKeys.all, 'users'] as const,
  userDirectory: () => [...accountKeys.users(), 'directory'] as const,
  user: (userId: string) => [...accountKeys.users(), 'detail', userId] as const,
  groups: () => [...accountKeys.all, 'groups'] as const,
  group: (groupId: string) => [...accountKeys.groups(), groupId] as const,
  groupMembers: (groupId: string) => [...accountKeys.groups(), groupId, 'members'] as const,
  applications: () => [...accountKeys.all, 'applications'] as const,
};

export interface UserListParams {
  q: string;
  sort: string;
}
