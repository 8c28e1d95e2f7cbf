import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type Collection } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/fetch-all';
import type { ApplicationInput, GroupInput, NewUserInput } from '@/lib/account-rules';
import type { AzureAdApplication, PartnerGroup, PartnerUserPatch } from '@/lib/api-types/account';
import type { PartnerUser } from '@/lib/api-types/users';
import { accountKeys, type UserListParams } from './keys';

const fetchUserPage = (
  params: Pick<UserListParams, 'q' | 'sort'>,
  offset: number,
  size: number,
  signal?: AbortSignal,
) =>
  api.get<Collection<PartnerUser>>('/v1/users', {
    query: { q: params.q, sort: params.sort, size, offset },
    signal,
  });

export const userListQuery = (params: UserListParams) =>
  queryOptions({
    queryKey: accountKeys.userList(params),
    queryFn: ({ signal }) => fetchUserPage(params, (params.page - 1) * params.size, params.size, signal),
    placeholderData: keepPreviousData,
  });

/** Every user the search selects, in the list's sort (for the CSV export). */
export const fetchAllUsers = (
  params: Pick<UserListParams, 'q' | 'sort'>,
  options: Parameters<typeof fetchAllPages>[1],
) => fetchAllPages((offset, size, signal) => fetchUserPage(params, offset, size, signal), options);

export const userQuery = (userId: string) =>
  queryOptions({
    queryKey: accountKeys.user(userId),
    queryFn: ({ signal }) => api.get<PartnerUser>(`/v1/users/${encodeURIComponent(userId)}`, { signal }),
  });

export const createUser = (input: NewUserInput, options?: { requestId?: string; signal?: AbortSignal }) =>
  api.post<PartnerUser>('/v1/users', input, options);

/** Every user's email, page by page: the import checks its rows against the whole directory. */
export async function allUserEmails(signal?: AbortSignal): Promise<Set<string>> {
  const emails = new Set<string>();
  const size = 500;
  for (let offset = 0; ; offset += size) {
    const page = await api.get<Collection<PartnerUser>>('/v1/users', { query: { size, offset }, signal });
    for (const user of page.items) emails.add(user.email.toLowerCase());
    if (page.items.length < size || offset + size >= page.totalCount) return emails;
  }
}
export const updateUser = (userId: string, patch: PartnerUserPatch) =>
  api.patch<PartnerUser>(`/v1/users/${encodeURIComponent(userId)}`, patch);
export const deleteUser = (userId: string) => api.delete(`/v1/users/${encodeURIComponent(userId)}`);

/** For member pickers: the first matches by name or email. */
export const searchUsers = (q: string, signal?: AbortSignal) =>
  api.get<Collection<PartnerUser>>('/v1/users', { query: { q, size: 10, sort: 'displayName' }, signal });

export const groupsQuery = () =>
  queryOptions({
    queryKey: accountKeys.groups(),
    queryFn: ({ signal }) => api.get<Collection<PartnerGroup>>('/v1/groups', { signal }),
  });

export const groupQuery = (groupId: string) =>
  queryOptions({
    queryKey: accountKeys.group(groupId),
    queryFn: ({ signal }) => api.get<PartnerGroup>(`/v1/groups/${encodeURIComponent(groupId)}`, { signal }),
  });

export const groupMembersQuery = (groupId: string) =>
  queryOptions({
    queryKey: accountKeys.groupMembers(groupId),
    queryFn: ({ signal }) =>
      api.get<Collection<PartnerUser>>(`/v1/groups/${encodeURIComponent(groupId)}/members`, { signal }),
  });

export const createGroup = (input: GroupInput) => api.post<PartnerGroup>('/v1/groups', input);
export const addGroupMember = (groupId: string, userId: string) =>
  api.post<PartnerUser>(`/v1/groups/${encodeURIComponent(groupId)}/members`, { userId });
export const removeGroupMember = (groupId: string, userId: string) =>
  api.delete(`/v1/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`);

export const applicationsQuery = () =>
  queryOptions({
    queryKey: accountKeys.applications(),
    queryFn: ({ signal }) => api.get<Collection<AzureAdApplication>>('/v1/applications', { signal }),
  });

export const addApplication = (input: ApplicationInput) =>
  api.post<AzureAdApplication>('/v1/applications', input);
export const removeApplication = (appId: string) =>
  api.delete(`/v1/applications/${encodeURIComponent(appId)}`);
