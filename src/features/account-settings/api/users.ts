import { queryOptions } from '@tanstack/react-query';
import { api, type Collection } from '@/lib/api-client';
import { exportPageSize } from '@/lib/fetch-all';
import type { ApplicationInput, GroupInput, NewUserInput } from '@/lib/account-rules';
import type { AzureAdApplication, PartnerGroup, PartnerUserPatch } from '@/lib/api-types/account';
import type { PartnerUser } from '@/lib/api-types/users';
import { accountKeys, type UserListParams } from './keys';

const fetchUserPage = (params: Partial<UserListParams>, offset: number, size: number, signal?: AbortSignal) =>
  api.get<Collection<PartnerUser>>('/v1/users', {
    query: { q: params.q, sort: params.sort, size, offset },
    signal,
  });

/**
 * The whole directory, for the users page: it searches, sorts and pages in the browser so that a
 * keystroke paints its result at once, even with thousands of users. The first page tells how many
 * there are; the others are then asked for together.
 */
export const userDirectoryQuery = () =>
  queryOptions({
    queryKey: accountKeys.userDirectory(),
    queryFn: async ({ signal }) => {
      const first = await fetchUserPage({}, 0, exportPageSize, signal);
      const step = first.items.length;
      const offsets: number[] = [];
      for (let offset = step; step > 0 && offset < first.totalCount; offset += step) offsets.push(offset);
      const rest = await Promise.all(
        offsets.map((offset) => fetchUserPage({}, offset, exportPageSize, signal)),
      );
      return [first, ...rest].flatMap((page) => page.items);
    },
  });

/** Every user's email in lower case: the import checks its rows against the whole directory. */
export const userEmailsQuery = () =>
  queryOptions({
    ...userDirectoryQuery(),
    select: (users: PartnerUser[]) => new Set(users.map((user) => user.email.toLowerCase())),
  });

export const userQuery = (userId: string) =>
  queryOptions({
    queryKey: accountKeys.user(userId),
    queryFn: ({ signal }) => api.get<PartnerUser>(`/v1/users/${encodeURIComponent(userId)}`, { signal }),
  });

export const createUser = (input: NewUserInput, options?: { requestId?: string; signal?: AbortSignal }) =>
  api.post<PartnerUser>('/v1/users', input, options);

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
