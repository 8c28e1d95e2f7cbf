import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { api } from './api-client';
import type { SignedInUser } from './api-types/users';
import type { Action } from './permissions';
import { getSignedInUserId, signInAs, subscribeToSession } from './session';

export const sessionKeys = {
  all: ['session'] as const,
  me: (userId: string) => [...sessionKeys.all, 'me', userId] as const,
};

export function meQueryOptions(userId: string) {
  return queryOptions({
    queryKey: sessionKeys.me(userId),
    queryFn: ({ signal }) => api.get<SignedInUser>('/v1/me', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useSignedInUserId(): string {
  return useSyncExternalStore(subscribeToSession, getSignedInUserId, getSignedInUserId);
}

export function useSignedInUser() {
  return useQuery(meQueryOptions(useSignedInUserId()));
}

/**
 * Whether the signed-in user may do something. `undefined` while the answer is loading, so a page
 * can avoid flashing edit controls it will take away a moment later.
 */
export function useCan(action: Action): boolean | undefined {
  const { data } = useSignedInUser();
  return data ? data.allowedActions.includes(action) : undefined;
}

/** Every cached answer was computed for the previous caller: reset them all and refetch what is on screen. */
export function switchDemoUser(queryClient: QueryClient, userId: string): void {
  signInAs(userId);
  void queryClient.resetQueries();
}

export function useSwitchDemoUser() {
  const queryClient = useQueryClient();
  return useCallback((userId: string) => switchDemoUser(queryClient, userId), [queryClient]);
}
